"""Figures two statements share as evidence that they report one fact: "A total of 288
candidates run for 125 parliamentary seats" and "288 candidates are vying for the 125 seats"
share two counts of the same things, whatever else their sentences carry; "The final tally
was 97-1." and "a 97-1 vote" share a score. Within one story's coverage such words and
figures are common, so the link score alone leaves these pairs apart: a pair that shares
some words and telling figures is lifted to at least 25 (one figure) or 40 (two or more), and
so is a pair sharing a score ('97-1', whole: ``SELF_TELLING``) whatever words it shares, in
``Matcher.link_pairs`` and ``Matcher.link_matrix`` alike (``pairs``, ``compare`` and
``cluster`` see the same score).

A figure counts when the extractor gives it a meaning (``Figure.kind``: money, a percentage, a
count of named things, a score, a distance, a duration) and the two give the same kind, value
and unit. A bare number may be a year, a time, a phone number or a street number; an age
tells who, not what happened ("Cheeks, 48, was fired" / "Cheeks, 48, logged a 15-year
career"). Figures of ten and under ("two women", "three days") are too common to tell facts
apart, but a quake's magnitude ('a 5.9-magnitude quake') tells it whatever its size."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache
from typing import Any

from ..model import Figure

FigureKey = tuple[str, float, str]
SMALL = 10.0  # figures up to this are too common to tell one fact from another
UNTOLD = frozenset(("number", "age"))  # kinds that say nothing of what happened
ALWAYS_TOLD = frozenset(("magnitude",))  # kinds that tell a fact however small ('5.9')
SELF_TELLING = frozenset(("score",))  # kinds that lift a pair sharing no other word
LEVELS = (25.0, 40.0)  # the least link of a pair sharing one, two or more telling figures
FLOOR = 10.0  # ... when its own link reaches this (the two share some words)


def figure_unit(unit: str | None) -> str:
    """The unit compared: lower case, a plural 's' dropped ('seats' and 'seat')."""
    u = (unit or "").lower()
    return u[:-1] if u.endswith("s") and len(u) > 3 else u


def figure_key(f: Figure) -> FigureKey | None:
    """What a figure says, or None when it tells no fact apart."""
    if (abs(f.value) <= SMALL and f.kind not in ALWAYS_TOLD) or f.kind in UNTOLD:
        return None
    if f.kind == "count" and len(f.unit or "") < 2:
        return None  # a count of nothing named ('4: 30 p. m.' read as 30 'p')
    return f.kind, f.value, figure_unit(f.unit)


@lru_cache(maxsize=4096)
def telling_figures(text: str) -> frozenset[FigureKey]:
    """The telling figures of one statement, as the extractor reads them."""
    from ..extract import statement_figures

    return frozenset(k for k in map(figure_key, statement_figures(text)) if k is not None)


MARGIN_ROUNDING = 0.5  # margins of error this close are one told with another rounding


@lru_cache(maxsize=4096)
def margins(text: str) -> frozenset[float]:
    """The margins of error a statement gives ('plus or minus 4.3 percent')."""
    from ..extract import statement_figures
    from .quantities import tolerance

    if "minus" not in text and "±" not in text and "/-" not in text:
        return frozenset()
    return frozenset(f.value for f in statement_figures(text) if tolerance(text, f.start))


def margins_apart(a: str, b: str) -> bool:
    """Do both statements give margins of error and none of one within ``MARGIN_ROUNDING`` of
    one of the other?"""
    ma, mb = margins(a), margins(b)
    return bool(ma and mb) and all(abs(x - y) > MARGIN_ROUNDING for x in ma for y in mb)


def figure_evidence(shared: int) -> float:
    """The link a pair sharing ``shared`` telling figures gets at least: ``LEVELS[k-1]`` for
    k shared figures (the last level for more)."""
    if shared <= 0 or not LEVELS:
        return 0.0
    return LEVELS[min(shared, len(LEVELS)) - 1]


def lift(link: Any, xs: Sequence[str], ys: Sequence[str]) -> Any:
    """``link`` (``len(xs) x len(ys)`` scores, 0-100) with every pair that shares telling
    figures and reaches ``FLOOR`` raised to its ``figure_evidence``; a new array."""
    import numpy as np

    out = np.array(link, dtype=np.float64, copy=True)
    index: dict[FigureKey, list[int]] = {}
    for j, y in enumerate(ys):
        for key in telling_figures(y):
            index.setdefault(key, []).append(j)
    for i, x in enumerate(xs):
        shared: dict[int, list[FigureKey]] = {}
        for key in telling_figures(x):
            for j in index.get(key, ()):
                shared.setdefault(j, []).append(key)
        for j, keys in shared.items():
            out[i, j] = _lifted(out[i, j], keys)
    return out


def lift_pairs(link: Any, pairs: Sequence[tuple[str, str]]) -> Any:
    """``lift`` for scores of ``pairs`` in order (a new array)."""
    import numpy as np

    out = np.array(link, dtype=np.float64, copy=True)
    for n, (a, b) in enumerate(pairs):
        out[n] = _lifted(out[n], telling_figures(a) & telling_figures(b))
    return out


def _lifted(score: float, shared: Collection[FigureKey]) -> float:
    """``score`` raised to the evidence of the ``shared`` telling figures when it reaches
    ``FLOOR`` (the two share some words) or one of them tells its fact alone (a score:
    'The final tally was 97-1.' / 'a 97-1 vote')."""
    if score >= FLOOR or any(k[0] in SELF_TELLING for k in shared):
        return max(score, figure_evidence(len(shared)))
    return score
