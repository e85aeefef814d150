"""Command-line interface: ``newsdigest`` (console script) and ``python -m newsdigest``."""

from __future__ import annotations


def main() -> None:
    """Run the app. Commands handle their own output errors (``session.guarded``); this is
    the last line for output written outside a command (``--help``, ``--version``): a closed
    pipe is a quiet exit 0, a failed write (a full disk) one line and exit 1."""
    import sys

    from .app import app

    try:
        app()
    except BrokenPipeError:
        _to_devnull()
        sys.exit(0)
    except OSError as e:
        if e.errno is None or e.filename is not None:
            raise
        _to_devnull()
        sys.stderr.write(f"newsdigest: error: stdout: cannot write the output: "
                         f"{e.strerror or e}\n")
        sys.exit(1)


def _to_devnull() -> None:
    """Point stdout at devnull so the interpreter's final flush stays quiet."""
    import os
    import sys

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
