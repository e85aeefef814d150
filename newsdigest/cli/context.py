"""The process environment the CLI runs in: streams, whether they are terminals, environment
variables. Tests swap it for a ``MockEnvironment`` (see ``use``)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import BinaryIO, TextIO


@dataclass
class Environment:
    """The streams a command reads and writes, and whether they are terminals."""

    stdin: BinaryIO
    stdout: TextIO
    stderr: TextIO
    stdin_isatty: bool
    stdout_isatty: bool
    stderr_isatty: bool
    environ: Mapping[str, str] = field(default_factory=dict)


def _isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False


_override: Environment | None = None


def current() -> Environment:
    """The real process streams, read at call time (so pytest/CliRunner captures work)."""
    if _override is not None:
        return _override
    stdin = getattr(sys.stdin, "buffer", sys.stdin)
    return Environment(stdin=stdin, stdout=sys.stdout, stderr=sys.stderr,  # type: ignore[arg-type]
                       stdin_isatty=_isatty(sys.stdin), stdout_isatty=_isatty(sys.stdout),
                       stderr_isatty=_isatty(sys.stderr), environ=os.environ)


@contextmanager
def use(env: Environment) -> Iterator[Environment]:
    """Run the CLI against ``env`` instead of the real process streams."""
    global _override
    previous, _override = _override, env
    try:
        yield env
    finally:
        _override = previous
