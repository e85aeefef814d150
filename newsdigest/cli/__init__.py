"""Command-line interface: ``newsdigest`` (console script) and ``python -m newsdigest``."""

from __future__ import annotations


def main() -> None:
    """Run the app, then end the process (``quick_exit``). Commands handle their own output
    errors (``session.guarded``); this is the last line for output written outside a command
    (``--help``, ``--version``): a closed pipe is a quiet exit 0, a failed write (a full disk)
    one line and exit 1."""
    try:
        run()
    except SystemExit as e:
        quick_exit(e)
        raise


def run() -> None:
    """Run the app (it ends with ``SystemExit``)."""
    import os
    import sys

    # NumPy's OpenBLAS starts a thread per core on import, which costs a command more than
    # its small matrix products could gain (30 ms CPU, more on a busy machine); a user's
    # setting wins
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    pause_collection()

    from .app import app, only_command
    from .session import silence_stdout

    try:
        with only_command(sys.argv[1:]):
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
    finally:
        startup_over()


_paused = False  # ``pause_collection`` switched the collector off (not the caller)


def pause_collection() -> None:
    """No garbage collection while a command starts: the modules, models and tables it loads
    (imports, then the first article: tagger, lexicon, gazetteer) live as long as the process,
    and collecting meanwhile only walks them again and again (some milliseconds of
    ``compare`` on the seeds). ``startup_over`` resumes it."""
    import gc

    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def startup_over() -> None:
    """Collect garbage again, as usual, after ``pause_collection`` (else nothing): what
    start-up made is set aside for good (``gc.freeze``), so that later collections do not
    walk it. Called after every article (or pair) handled, and when a command ends: cheap
    once it has resumed."""
    global _paused
    if not _paused:
        return
    import gc

    _paused = False
    gc.freeze()
    gc.enable()


def quick_exit(done: SystemExit) -> None:
    """End the process with ``done``'s exit code at once, without the interpreter tearing
    down every module and object one by one (~20 ms after ``compare``, whose models and
    tables hold many small objects): the output is flushed and the exit handlers are run
    first, as at a normal exit. Only when nothing else runs (a single thread) and the code is
    a number; otherwise, or when a flush fails, this returns and the exit takes its usual
    course (which reports the failure as before)."""
    import atexit
    import os
    import sys
    import threading

    code = 0 if done.code is None else done.code
    if not isinstance(code, int) or threading.active_count() > 1:
        return
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return
    atexit._run_exitfuncs()
    os._exit(code)
