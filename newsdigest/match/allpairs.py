"""The all-pairs prefilter: the rarity-weighted content-word overlap (``features.overlap``) of
every statement of one list with every statement of another, computed with NumPy from an
inverted index (one block update per shared word), never a Python loop per pair."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .features import Prepared


def overlap_matrix(px: Sequence[Prepared], py: Sequence[Prepared]) -> Any:
    """``len(px) x len(py)`` float64 array of ``features.overlap`` values (equal up to float
    rounding in the order of summation)."""
    import numpy as np

    n, m = len(px), len(py)
    rows: dict[str, tuple[list[int], list[float]]] = {}
    for i, p in enumerate(px):
        for w in p.cset:
            r = rows.setdefault(w, ([], []))
            r[0].append(i)
            r[1].append(p.weight[w])
    cols: dict[str, tuple[list[int], list[float]]] = {}
    for j, q in enumerate(py):
        for w in q.cset:
            if w in rows:
                c = cols.setdefault(w, ([], []))
                c[0].append(j)
                c[1].append(q.weight[w])
    inter = np.zeros((n, m), dtype=np.float64)
    for w, (jj, wj) in cols.items():
        ii, wi = rows[w]
        block = np.add.outer(np.asarray(wi), np.asarray(wj))
        inter[np.ix_(ii, jj)] += block
    total = (np.array([p.total for p in px])[:, None] + np.array([q.total for q in py])[None, :])
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(total > 0, 100.0 * inter / total, 0.0)
    empty_x = np.array([not p.cset for p in px])
    empty_y = np.array([not q.cset for q in py])
    out[np.outer(empty_x, empty_y)] = 100.0
    return out
