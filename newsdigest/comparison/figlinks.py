"""Figures two statements share as evidence that they report one fact: "A total of 288
candidates run for 125 parliamentary seats" and "288 candidates are vying for the 125 seats"
share two counts of the same things, whatever else their sentences carry; "The final tally
was 97-1." and "a 97-1 vote" share a score.

A figure counts when the extractor gives it a meaning (``Figure.kind``: money, a percentage, a
count of named things, a score, a distance, a duration) and the two give the same kind, value
and unit. A bare number may be a year, a time, a phone number or a street number; an age
tells who, not what happened ("Cheeks, 48, was fired" / "Cheeks, 48, logged a 15-year
career"). Figures of ten and under ("two women", "three days") are too common to tell facts
apart."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Analysis, Figure

FigureKey = tuple[str, float, str]
SMALL = 10.0  # figures up to this are too common to tell one fact from another
UNTOLD = frozenset(("number", "age"))  # kinds that say nothing of what happened


def _unit(unit: str | None) -> str:
    """The unit compared: lower case, a plural 's' dropped ('seats' and 'seat')."""
    u = (unit or "").lower()
    return u[:-1] if u.endswith("s") and len(u) > 3 else u


def figure_key(f: Figure) -> FigureKey | None:
    """What a figure says, or None when it tells no fact apart."""
    if abs(f.value) <= SMALL or f.kind in UNTOLD:
        return None
    if f.kind == "count" and len(f.unit or "") < 2:
        return None  # a count of nothing named ('4: 30 p. m.' read as 30 'p')
    return f.kind, f.value, _unit(f.unit)


def statement_figures(analysis: Analysis) -> dict[int, frozenset[FigureKey]]:
    """Each statement's telling figures (statements without any are left out)."""
    found: dict[int, set[FigureKey]] = {}
    for f in analysis.figures:
        key = figure_key(f)
        if key is not None:
            found.setdefault(f.statement, set()).add(key)
    return {k: frozenset(v) for k, v in found.items()}


def shared_figures(fa: dict[int, frozenset[FigureKey]], fb: dict[int, frozenset[FigureKey]]
                   ) -> dict[tuple[int, int], int]:
    """How many telling figures statement i of one report and statement j of another share
    (``fa``, ``fb``: their ``statement_figures``), for the pairs that share any."""
    index: dict[FigureKey, list[int]] = {}
    for j, keys in fb.items():
        for key in keys:
            index.setdefault(key, []).append(j)
    out: dict[tuple[int, int], int] = {}
    for i, keys in fa.items():
        for key in keys:
            for j in index.get(key, ()):
                out[i, j] = out.get((i, j), 0) + 1
    return out


def figure_evidence(shared: int, levels: Sequence[float]) -> float:
    """The link a pair sharing ``shared`` telling figures gets at least: ``levels[k-1]`` for
    k shared figures (the last level for more)."""
    if shared <= 0 or not levels:
        return 0.0
    return levels[min(shared, len(levels)) - 1]
