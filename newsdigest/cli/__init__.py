"""Command-line interface: ``newsdigest`` (console script) and ``python -m newsdigest``."""

from __future__ import annotations


def main() -> None:
    """Run the app. Commands handle their own output errors (``session.guarded``); this is
    the last line for output written outside a command (``--help``, ``--version``): a closed
    pipe is a quiet exit 0, a failed write (a full disk) one line and exit 1."""
    import os
    import sys

    # NumPy's OpenBLAS starts a thread per core on import, which costs a command more than
    # its small matrix products could gain (30 ms CPU, more on a busy machine); a user's
    # setting wins
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

    from .app import app
    from .session import silence_stdout

    try:
        app()
    except BrokenPipeError:
        silence_stdout()
        sys.exit(0)
    except OSError as e:
        if e.errno is None or e.filename is not None:
            raise
        silence_stdout()
        sys.stderr.write(f"newsdigest: error: stdout: cannot write the output: "
                         f"{e.strerror or e}\n")
        sys.exit(1)
