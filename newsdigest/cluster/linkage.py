"""From scored candidate pairs to stories: connected components of the candidate pairs at or
above the threshold, then exact hierarchical clustering inside each component. A pair's
similarity is the cosine of the two articles' rows, times the date penalty when both are dated
too far apart, times the actor penalty when neither report's main names occur in the other.
Penalties only lower similarities, so no cluster can span two components: clustering the
components one by one gives the same stories as clustering the whole corpus (restricted to the
pairs blocking found)."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt

    from .params import Params
    from .signature import Signature


@dataclass(frozen=True)
class Facts:
    """Per article: publication (or dateline) day as a proleptic ordinal (-1 when the date is
    not complete) and year (0 unknown); the event's day (-1 unknown) and place (a stable
    64-bit id, 0 unknown) as the extraction found them."""

    days: npt.NDArray[np.int64]
    years: npt.NDArray[np.int64]
    event_days: npt.NDArray[np.int64]
    places: npt.NDArray[np.int64]

    def take(self, rows: npt.NDArray[np.int64]) -> Facts:
        return Facts(self.days[rows], self.years[rows], self.event_days[rows],
                     self.places[rows])

    @staticmethod
    def concat(parts: Sequence[Facts]) -> Facts:
        import numpy as np

        return Facts(np.concatenate([f.days for f in parts]),
                     np.concatenate([f.years for f in parts]),
                     np.concatenate([f.event_days for f in parts]),
                     np.concatenate([f.places for f in parts]))

    def factor(self, i: npt.NDArray[np.int64], j: npt.NDArray[np.int64], p: Params,
               ) -> npt.NDArray[np.float32]:
        """The penalty factor of each pair (i[k], j[k]): ``date_penalty`` when both are dated
        further apart than the window (or only their years are known and differ),
        ``event_penalty`` when both events are dated further apart than the window or both
        have a place and the places differ; 1 otherwise."""
        import numpy as np

        out = np.ones(len(i), np.float32)
        if p.date_penalty < 1.0:
            di, dj = self.days[i], self.days[j]
            far = (di >= 0) & (dj >= 0) & (np.abs(di - dj) > p.window)
            yi, yj = self.years[i], self.years[j]
            far |= (yi > 0) & (yj > 0) & (yi != yj) & ((di < 0) | (dj < 0))
            out[far] *= p.date_penalty
        if p.event_penalty < 1.0:
            ei, ej = self.event_days[i], self.event_days[j]
            pi, pj = self.places[i], self.places[j]
            other = (ei >= 0) & (ej >= 0) & (np.abs(ei - ej) > p.window)
            other |= (pi != 0) & (pj != 0) & (pi != pj)
            out[other] *= p.event_penalty
        return out


def facts(sigs: Sequence[Signature]) -> Facts:
    """The facts of each signature, in order."""
    import datetime as dt

    import numpy as np

    def ordinal(y: int, m: int, d: int) -> int:
        if y and m and d:
            with contextlib.suppress(ValueError):
                return dt.date(y, m, d).toordinal()
        return -1

    days = np.fromiter((ordinal(*s.date) for s in sigs), np.int64, len(sigs))
    years = np.fromiter((s.date[0] for s in sigs), np.int64, len(sigs))
    event_days = np.fromiter((ordinal(*s.event_date) for s in sigs), np.int64, len(sigs))
    places = np.fromiter((s.place for s in sigs), np.int64, len(sigs))
    return Facts(days, years, event_days, places)


def components(n: int, i: npt.NDArray[np.int64], j: npt.NDArray[np.int64],
               ) -> npt.NDArray[np.int64]:
    """Connected component label of each of ``n`` nodes given edges (i, j)."""
    import numpy as np
    from scipy import sparse
    from scipy.sparse.csgraph import connected_components

    g = sparse.coo_matrix((np.ones(len(i), np.int8), (i, j)), shape=(n, n))
    _, labels = connected_components(g, directed=False)
    return np.asarray(labels, np.int64)


def flat_clusters(sim: npt.NDArray[np.float32], threshold: float, method: str,
                  ) -> npt.NDArray[np.int64]:
    """Flat clusters (labels 0..k-1) of the rows of a group by hierarchical clustering
    (``weighted`` = WPGMA, ``average`` = UPGMA) given the similarity of every pair in
    condensed order ((0,1), (0,2), ..., (1,2), ...), merging while the linkage similarity is
    at least ``threshold``."""
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage

    if len(sim) == 0:
        return np.zeros(1, np.int64)
    if len(sim) == 1:
        return np.zeros(2, np.int64) if sim[0] >= threshold else np.arange(2, dtype=np.int64)
    dist = np.clip(1.0 - sim.astype(np.float64), 0.0, None)
    z = linkage(dist, method=method)
    labels = fcluster(z, t=1.0 - threshold + 1e-9, criterion="distance")
    return np.asarray(labels, np.int64) - 1


def top_actors(x: Any, n_actors: int) -> npt.NDArray[np.int64]:
    """Each row's ``n_actors`` heaviest names/numbers/dates (columns of the all-terms half of
    a ``vectors.matrix`` layout; -1 where a row has fewer)."""
    import numpy as np

    n, width = x.shape
    half = width // 2
    rows = np.repeat(np.arange(n, dtype=np.int64), np.diff(x.indptr))
    cols = x.indices.astype(np.int64)
    spec = cols >= half
    rows, cols, vals = rows[spec], cols[spec] - half, x.data[spec]
    order = np.lexsort((cols, -vals, rows))
    rows, cols = rows[order], cols[order]
    rank = np.arange(len(rows)) - np.searchsorted(rows, rows, side="left")
    keep = rank < n_actors
    tops = np.full((n, n_actors), -1, np.int64)
    tops[rows[keep], rank[keep]] = cols[keep]
    return tops


def _holds(keys: npt.NDArray[np.int64], width: int, r: npt.NDArray[np.int64],
           c: npt.NDArray[np.int64]) -> npt.NDArray[np.bool_]:
    """Whether row r[k] has a non-zero in column c[k] (c < 0: no), given the sorted
    ``row * width + column`` keys of a matrix's non-zeros."""
    import numpy as np

    if len(keys) == 0:
        return np.zeros(len(r), bool)
    q = r * width + np.maximum(c, 0)
    at = np.minimum(np.searchsorted(keys, q), len(keys) - 1)
    return np.asarray((c >= 0) & (keys[at] == q), bool)


def pair_factor(x: Any, i: npt.NDArray[np.int64], j: npt.NDArray[np.int64], f: Facts,
                p: Params, tops: npt.NDArray[np.int64] | None = None,
                ) -> npt.NDArray[np.float32]:
    """Penalty factor of each pair: the dates and places of ``f`` (``Facts.factor``) and
    ``actor_penalty`` when none of either report's main names, numbers and dates occurs in
    the other (reports about different people, places or figures)."""
    import numpy as np

    out = f.factor(i, j, p)
    if p.actor_penalty < 1.0 and len(i):
        if tops is None:
            tops = top_actors(x, p.n_actors)
        width = x.shape[1]
        keys = (np.repeat(np.arange(x.shape[0], dtype=np.int64), np.diff(x.indptr)) * width
                + x.indices.astype(np.int64))  # sorted: rows ascending, sorted columns
        has_ij = np.zeros(len(i), bool)
        has_ji = np.zeros(len(i), bool)
        for k in range(tops.shape[1]):
            has_ij |= _holds(keys, width, j, tops[i, k])
            has_ji |= _holds(keys, width, i, tops[j, k])
        out[~has_ij & ~has_ji] *= p.actor_penalty
    return out


def strong_edges(x: Any, i: npt.NDArray[np.int64], j: npt.NDArray[np.int64],
                 sims: npt.NDArray[np.float32], f: Facts, p: Params,
                 ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.float32]]:
    """The candidate pairs whose similarity, with every penalty, reaches the threshold, and
    that similarity. ``x`` and ``f`` are indexed by the row numbers in ``i``/``j``."""
    keep = sims >= p.threshold  # penalties only lower similarities
    i, j, s = i[keep], j[keep], sims[keep]
    s = s * pair_factor(x, i, j, f, p)
    keep = s >= p.threshold
    return i[keep], j[keep], s[keep]


def component_groups(n: int, i: npt.NDArray[np.int64], j: npt.NDArray[np.int64],
                     s: npt.NDArray[np.float32], p: Params) -> list[npt.NDArray[np.int64]]:
    """The row groups (sorted rows, >= 2 each) to cluster exactly: connected components of
    the strong edges (i, j, similarity s), components larger than ``max_component`` split."""
    import numpy as np

    comp = components(n, i, j)
    order = np.argsort(comp, kind="stable")
    bounds = np.flatnonzero(np.diff(comp[order])) + 1
    out: list[npt.NDArray[np.int64]] = []
    for rows in np.split(order, bounds):
        if len(rows) > p.max_component:
            out.extend(r for r in _split_big(rows, i, j, s, p) if len(r) >= 2)
        elif len(rows) >= 2:
            out.append(np.sort(rows))
    return out


def label_groups(x: Any, n: int, groups: Sequence[npt.NDArray[np.int64]], f: Facts,
                 p: Params, batch_pairs: int = 2_000_000) -> npt.NDArray[np.int64]:
    """A label per row: the smallest row number of its cluster (singletons: their own).
    Every pair inside each group is scored (in bulk, batch by batch), then each group is
    clustered exactly."""
    import numpy as np

    from .vectors import pair_sims

    labels = np.arange(n, dtype=np.int64)
    pairs = [g for g in groups if len(g) == 2]  # one strong edge: one story, nothing to score
    if pairs:
        both = np.array(pairs, np.int64)
        labels[both[:, 1]] = labels[both[:, 0]] = both.min(axis=1)
    groups = [g for g in groups if len(g) > 2]
    tops = top_actors(x, p.n_actors) if p.actor_penalty < 1.0 and groups else None
    start = 0
    while start < len(groups):
        stop, size = start, 0
        while stop < len(groups) and (stop == start or size < batch_pairs):
            m = len(groups[stop])
            size += m * (m - 1) // 2
            stop += 1
        batch = groups[start:stop]
        pi, pj, bounds = [], [], [0]
        for rows in batch:
            a, b = np.triu_indices(len(rows), 1)
            pi.append(rows[a])
            pj.append(rows[b])
            bounds.append(bounds[-1] + len(a))
        i, j = np.concatenate(pi), np.concatenate(pj)
        sims = pair_sims(x, i, j) * pair_factor(x, i, j, f, p, tops)
        for k, rows in enumerate(batch):
            lab = flat_clusters(sims[bounds[k]:bounds[k + 1]], p.threshold, p.linkage)
            if lab.max() == 0:
                labels[rows] = rows.min()
                continue
            for c in np.unique(lab):
                members = rows[lab == c]
                labels[members] = members.min()
        start = stop
    return labels


def _split_big(rows: npt.NDArray[np.int64], i: npt.NDArray[np.int64],
               j: npt.NDArray[np.int64], s: npt.NDArray[np.float32], p: Params,
               ) -> list[npt.NDArray[np.int64]]:
    """Split a too-large component by raising the edge threshold inside it until every
    piece fits (a bounded-memory fallback; pieces are then clustered exactly)."""
    import numpy as np

    inside = np.isin(i, rows) & np.isin(j, rows)
    li = np.searchsorted(np.sort(rows), i[inside])
    lj = np.searchsorted(np.sort(rows), j[inside])
    es = s[inside]
    srt = np.sort(rows)
    t = p.threshold
    while True:
        t += 0.05
        keep = es >= t
        comp = components(len(srt), li[keep], lj[keep])
        if np.bincount(comp).max() <= p.max_component or t >= 1.0:
            break
    out: list[npt.NDArray[np.int64]] = []
    for c in range(int(comp.max()) + 1):
        part = srt[comp == c]
        if len(part) > p.max_component:  # near-identical texts: cut into pieces
            out.extend(np.array_split(part, -(-len(part) // p.max_component)))
        else:
            out.append(part)
    return out
