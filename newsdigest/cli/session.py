"""What every command does around its API call: load settings, gather inputs, report errors
in one line each, write output to stdout (data) or stderr (messages), set the exit code."""

from __future__ import annotations

import traceback
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import typer

from ..errors import EXIT_ERROR, InputError, NewsdigestError, NewsdigestWarning, OutputError
from . import context, startup_over
from .options import Format, pager_command, resolve_format, show_progress, terminal_lines
from .progress import Bar

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from ..config import Config
    from ..model import Analysis, Article
    from .pager import Paged

PROG = "newsdigest"


class Session:
    def __init__(self, fmt: Format, config_path: str | None, no_color: bool, debug: bool,
                 strict: bool = False, *, quiet: bool = False, no_pager: bool = False) -> None:
        self.env = context.current()
        self.format = resolve_format(fmt, self.env)
        self.debug = debug
        self.strict = strict
        self.quiet = quiet
        self.no_pager = no_pager
        self.no_color = no_color or "NO_COLOR" in self.env.environ
        self.progress = Bar(self.env, self.no_color, show_progress(self.env, quiet))
        self._paged: Paged | None = None
        self._pager_decided = False
        self.failed_inputs = 0
        self.total_inputs = 0
        self._config_path = config_path
        self._config: Config | None = None

    # -- settings ---------------------------------------------------------------------------
    @property
    def config(self) -> Config:
        if self._config is None:
            from .. import config

            self._config = config.load(self._config_path, self.env.environ)
        return self._config

    def override(self, **values: Any) -> None:
        """Command-line values for settings (``None`` means not given)."""
        from ..errors import ConfigError, UsageError

        given = {k.replace("__", "."): v for k, v in values.items() if v is not None}
        if given:
            try:
                self._config = self.config.replace(given, "command line")
            except ConfigError as e:  # the options contradict each other: a usage error
                raise UsageError(str(e)) from None

    # -- messages ---------------------------------------------------------------------------
    def warn(self, message: str) -> None:
        """A line on stderr, always (errors and their summaries use it too)."""
        from ..render.text import safe

        self.progress.pause()
        self.env.stderr.write(f"{PROG}: {safe(message)}\n")
        self.env.stderr.flush()

    def note(self, message: str) -> None:
        """A notice or warning on stderr: nothing with ``--quiet``."""
        if not self.quiet:
            self.warn(message)

    def error(self, err: BaseException) -> None:
        from ..render.text import safe

        self.progress.pause()
        if self.debug:
            self.env.stderr.write(safe("".join(traceback.format_exception(err))))
        self.env.stderr.write(f"{PROG}: error: {safe(str(err))}\n")
        self.env.stderr.flush()

    def _show_warning(self, message: Warning | str, category: type[Warning], filename: str,
                      lineno: int, file: Any = None, line: str | None = None) -> None:
        """``warnings.showwarning`` while a command runs: a ``NewsdigestWarning`` from the
        library (a skipped file, a capped step) is one stderr line like the errors."""
        if issubclass(category, NewsdigestWarning):
            self.note(f"warning: {message}")
        else:  # pragma: no cover - a library's own warning: as Python shows it
            self.env.stderr.write(warnings.formatwarning(message, category, filename, lineno,
                                                         line))

    # -- input ------------------------------------------------------------------------------
    def resolve_paths(self, paths: list[str] | None) -> tuple[list[str], BinaryIO | None]:
        """No paths: stdin when it carries data, else the bundled seeds (said on stderr)."""
        if paths:
            return paths, (self.env.stdin if "-" in paths else None)
        if not self.env.stdin_isatty:
            data = self.env.stdin.read()
            if data.strip():
                return ["-"], BytesIO(data)
        from ..load.inputs import bundled_seeds

        seeds = [str(p) for p in bundled_seeds()]
        self.note(f"no input given: using the {len(seeds)} bundled seed reports "
                  f"({', '.join(Path(s).name for s in seeds)})")
        return seeds, None

    @staticmethod
    def rereadable(paths: list[str] | None) -> bool:
        """Whether the inputs can be read a second time rather than kept in memory: named
        files and folders; not stdin, not the stdin-or-seeds default, not URLs (they would be
        fetched twice)."""
        return bool(paths) and not any(p == "-" or "://" in p for p in paths or ())

    def articles(self, paths: list[str] | None) -> Iterator[Article]:
        """Every readable article as loaded; each unreadable input reported on stderr (and
        the run stopped there with ``--strict``)."""
        from ..pipeline import read_inputs

        resolved, stdin = self.resolve_paths(paths)
        self.total_inputs = len(resolved)
        bad_paths: set[str] = set()
        for item in read_inputs(resolved, self.config, stdin):
            if isinstance(item, InputError):
                self.error(item)
                bad_paths.add(_input_of(item.where or "", resolved))
                self.failed_inputs = len(bad_paths)
                if self.strict:
                    raise typer.Exit(EXIT_ERROR)
                continue
            for r in item.repairs:
                if r.kind == "encoding":
                    self.note(f"warning: {item.origin}: {r.detail}")
            yield item
            startup_over()  # the first article handled: its models are loaded

    def analyse(self, article: Article) -> Analysis:
        """One article analysed; an article without body text is said on stderr."""
        from ..pipeline import analyse

        item = analyse(article, self.config)
        if not item.statements:
            self.note(f"warning: {item.article.origin}: a headline and no body text")
        return item

    def analyses(self, paths: list[str] | None) -> Iterator[Analysis]:
        """Every readable article, analysed (see ``articles``), counted on the progress bar
        (phase ``analysing``: reading and analysing go article by article)."""
        self.progress.phase("analysing")
        for article in self.articles(paths):
            item = self.analyse(article)
            self.progress.advance()
            yield item

    def finish(self) -> None:
        """Exit 1 after output when some inputs could not be read."""
        if self.failed_inputs:
            self.warn(f"{self.failed_inputs} of {self.total_inputs} inputs could not be read")
            raise typer.Exit(EXIT_ERROR)

    # -- output -----------------------------------------------------------------------------
    # Every string written to stdout passes ``render.text.safe`` (``json_safe`` for JSON, the
    # console's segments for tables): the one choke point that keeps input text from
    # reaching the terminal as control sequences.
    def write(self, text: str) -> None:
        from ..render.text import json_safe, safe

        clean = json_safe if self.format in (Format.json, Format.jsonl) else safe
        if self.env.stdout_isatty:
            self.progress.pause()
        with _output_errors():
            self.env.stdout.write(clean(text))

    def write_lines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)
        self.flush()

    def flush(self) -> None:
        with _output_errors():
            self.env.stdout.flush()

    def console(self) -> Console:
        import os

        from .console import SafeConsole

        width = self.env.environ.get("COLUMNS")
        columns = int(width) if width and width.isdigit() else None
        pager = self._pager()
        if columns is None and pager is not None:  # Rich cannot measure the pager's pipe
            try:
                columns = os.get_terminal_size(self.env.stdout.fileno()).columns or None
            except (AttributeError, ValueError, OSError):
                columns = None
        return SafeConsole(file=pager if pager is not None else self.env.stdout,
                           no_color=self.no_color,
                           force_terminal=(self.env.stdout_isatty and not self.no_color) or None,
                           width=columns, highlight=False, emoji=False, markup=False)

    def _pager(self) -> Paged | None:
        """The pager tables are collected for, decided once (``options.pager_command``)."""
        if not self._pager_decided:
            self._pager_decided = True
            argv = pager_command(self.env, self.no_pager, self.config.output.pager)
            lines = terminal_lines(self.env)  # unknown: nothing to compare the table with
            if argv is not None and lines is not None:
                from .pager import Paged

                self._paged = Paged(argv, lines, self.env.stdout)
        return self._paged

    def show(self, renderable: RenderableType) -> None:
        if self.env.stdout_isatty:
            self.progress.pause()
        with _output_errors():
            self.console().print(renderable)

    def end_output(self, discard: bool = False) -> None:
        """The command is done: the progress bar goes, collected tables are printed or
        paged (dropped after Ctrl-C)."""
        self.progress.close()
        paged, self._paged, self._pager_decided = self._paged, None, True
        if paged is None:
            return
        if discard:
            paged.discard()
        with _output_errors():
            paged.finish()


@contextmanager
def _output_errors() -> Iterator[None]:
    """A failed write to stdout (a full disk, an I/O error) is one error line, not a
    traceback; a closed pipe stays a ``BrokenPipeError`` (a quiet exit in ``guarded``)."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as e:
        raise OutputError(f"cannot write the output: {e.strerror or e}", where="stdout") from e


def _input_of(where: str, inputs: list[str]) -> str:
    """The command-line input an error location (``file:line``, ``dir/file#3``, a URL)
    belongs to: the longest input it starts with."""
    best = ""
    for p in inputs:
        name = "stdin" if p == "-" else p
        if where.startswith(name) and len(name) > len(best):
            best = name
    return best or where


@contextmanager
def guarded(session_factory: Callable[[], Session]) -> Iterator[Session]:
    """Turn known errors into one line on stderr and their exit code; Ctrl-C into exit 130
    quietly; a closed pipe (``| head``) into a quiet exit (0, whatever the format); a failed
    write (``> /dev/full``) into one line and exit 1. Library warnings are one line each."""
    session = session_factory()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always", NewsdigestWarning)
            warnings.showwarning = session._show_warning
            try:
                yield session
            except KeyboardInterrupt:
                session.end_output(discard=True)
                raise
            finally:
                session.end_output()
                session.flush()  # here, not at interpreter exit, so a failure is handled
    except OutputError as err:
        session.error(err)
        silence_stdout()
        raise typer.Exit(err.exit_code) from None
    except NewsdigestError as err:
        session.error(err)
        raise typer.Exit(err.exit_code) from None
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    except BrokenPipeError:
        silence_stdout()
        raise typer.Exit(0) from None


def silence_stdout() -> None:
    """After EPIPE or a failed write, point stdout at devnull so the interpreter's final flush
    stays quiet."""
    import os
    import sys

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
