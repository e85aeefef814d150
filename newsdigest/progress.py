"""Progress of long library calls, reported through a callback so the core prints nothing:
``progress(done)`` with the items done so far in the current phase, and, when the callback
has a ``phase`` method (the CLI's bar does), ``progress.phase(name, total)`` when a new phase
starts (``total`` None when it is not known)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

Callback = Callable[[int], None]


class Reporter(Protocol):
    def __call__(self, done: int) -> None: ...

    def phase(self, name: str, total: int | None = None) -> None: ...


def phase(progress: Callback | None, name: str, total: int | None = None) -> None:
    """Tell ``progress`` a new phase starts (a plain callable only gets the counts)."""
    start = getattr(progress, "phase", None)
    if callable(start):
        start(name, total)
