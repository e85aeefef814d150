"""Command-line usage errors as one line, ``newsdigest: error: WHAT (see 'newsdigest CMD
--help')``, exit 2, as the README promises (click and Typer would draw a box in pydantic's
words); and the examples each command's help ends with."""

from __future__ import annotations

import re
import sys
from typing import Any

from typer._click import exceptions as click
from typer._click.utils import echo
from typer.core import TyperArgument, TyperGroup, TyperOption
from typer.exceptions import Abort

from ..errors import EXIT_USAGE

PROG = "newsdigest"

_WORDING = (  # pydantic's words (Typer validates with it) -> plain ones (compiled when used)
    (r"^Value error, ", ""),
    (r"Input should be a valid (\w+), unable to parse string as (an? \w+)", r"expected \2"),
    (r"Input should be (greater|less) than or equal to (\S+)",
     r"must be \1 than or equal to \2"),
)


def _no_type_noise() -> None:
    """--help names no Python types: nothing in the type column for arguments (their metavar
    says what they take) and flags ('<bool>', '<list[str]>' otherwise)."""
    for cls in (TyperArgument, TyperOption):
        original = getattr(cls, "display_type_rich", None)
        if original is None or getattr(original, "_newsdigest", False):
            continue

        def display(self: Any, ctx: Any, _original: Any = original) -> Any:
            if isinstance(self, TyperArgument) or getattr(self, "is_flag", False):
                return None
            return _original(self, ctx)

        display._newsdigest = True  # type: ignore[attr-defined]
        setattr(cls, "display_type_rich", display)  # noqa: B010


_no_type_noise()


def one_line(err: click.ClickException) -> str:
    """The error's message on one line, in plain words, with where to find help."""
    message = err.format_message() if not isinstance(err, click.BadParameter) else err.message
    for pattern, repl in _WORDING:
        message = re.sub(pattern, repl, message)
    if isinstance(err, click.BadParameter):
        names = err.param_hint or (err.param.opts if err.param else None) or ()
        if err.param is not None and err.param.param_type_name == "argument":
            names = f"argument {err.param.metavar or err.param.name}"
        hint = names if isinstance(names, str) else " / ".join(f"'{n}'" for n in names)
        message = f"invalid value for {hint}: {message}" if hint else message
    message = " ".join(message.split()).rstrip(".")
    ctx = err.ctx if isinstance(err, click.UsageError) else None
    if ctx is not None:
        message += f" (see '{ctx.command_path} --help')"
    return message[:1].lower() + message[1:]


class Group(TyperGroup):
    """The top-level command group: click's errors become one line on stderr."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        if kwargs.get("standalone_mode", True) is False:
            return super().main(*args, **kwargs)
        kwargs["standalone_mode"] = False
        try:
            rv = super().main(*args, **kwargs)
        except click.NoArgsIsHelpError as e:
            sys.exit(e.exit_code)  # the help is printed already
        except click.ClickException as e:
            echo(f"{PROG}: error: {one_line(e)}", err=True)
            sys.exit(EXIT_USAGE if isinstance(e, click.UsageError) else e.exit_code)
        except Abort:
            echo(f"{PROG}: aborted", err=True)
            sys.exit(1)
        sys.exit(rv if isinstance(rv, int) else 0)


def examples(*lines: str) -> str:
    """A help epilog listing example command lines (one per line, kept as written)."""
    return "Examples:\n\n" + "\n\n".join(f"  $ {line}" for line in lines)
