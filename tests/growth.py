"""Linearity checks that do not depend on how fast or how loaded the machine is: the same
work is timed on a small and on a big input (8 times larger) within one run, and the time
may grow at most 3 times faster than the input (linear code grows about 8-fold, quadratic
code 64-fold). Nothing is compared with a fixed number of seconds: a run on a loaded machine
is slower at both sizes alike. A big run that is over at once (under ``QUICK`` s) is not
measured further: there is no growth to see."""

from __future__ import annotations

import time
from collections.abc import Callable

GROWTH = 8  # the big input is this many times the small one
MARGIN = 3.0  # time may grow this many times more than the input
QUICK = 0.05  # s: a big run this short needs no ratio (the check would be noise)


def _timed(run: Callable[[int], object], size: int) -> float:
    t0 = time.perf_counter()
    run(size)
    return time.perf_counter() - t0


def superlinear(run: Callable[[int], object], big: int, rounds: int = 3) -> str | None:
    """None when ``run(size)`` grows about linearly from ``big // GROWTH`` to ``big``; else
    a message with both timings. The best of three runs is taken at each size; a ratio over
    the margin is measured again (up to ``rounds`` times, keeping the best timings so far),
    since another process taking the core during a few-millisecond small run is common on a
    loaded machine, while code that really grows faster fails every round."""
    t_big = _timed(run, big)
    if t_big < QUICK:
        return None
    small = max(1, big // GROWTH)
    t_small = float("inf")
    ratio = 0.0
    for _ in range(rounds):
        t_small = min(t_small, *(_timed(run, small) for _ in range(3)))
        t_big = min(t_big, *(_timed(run, big) for _ in range(2)))
        ratio = t_big / max(t_small, 1e-4)
        if ratio <= MARGIN * GROWTH:
            return None
    return f"{GROWTH}x the input took {ratio:.0f}x the time ({t_small:.3f}s -> {t_big:.3f}s)"
