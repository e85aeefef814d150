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
    """Flat clusters (labels 0..k-1) of a dense similarity matrix by hierarchical clustering
    (``weighted`` = WPGMA, ``average`` = UPGMA), merging while the linkage similarity is at
    least ``threshold``."""
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    n = sim.shape[0]
    if n == 1:
        return np.zeros(1, np.int64)
    dist = 1.0 - sim.astype(np.float64)
    np.fill_diagonal(dist, 0.0)
    dist = np.clip((dist + dist.T) / 2, 0.0, None)
    z = linkage(squareform(dist, checks=False), method=method)
    labels = fcluster(z, t=1.0 - threshold + 1e-9, criterion="distance")
    return np.asarray(labels, np.int64) - 1


def actor_conflict(sub: Any, n_actors: int) -> npt.NDArray[np.bool_]:
    """conflict[a, b]: none of a's ``n_actors`` heaviest names/numbers/dates occurs in b and
    none of b's in a (reports about different people, places or figures). ``sub`` has the
    layout of ``vectors.matrix`` (all terms, then the special terms)."""
    import numpy as np

    n, width = sub.shape
    half = width // 2
    tops = np.full((n, n_actors), -1, np.int64)
    for r in range(n):
        lo, hi = sub.indptr[r], sub.indptr[r + 1]
        cols, vals = sub.indices[lo:hi], sub.data[lo:hi]
        spec = cols >= half
        order = np.lexsort((cols[spec], -vals[spec]))[:n_actors]
        top = cols[spec][order] - half
        tops[r, :len(top)] = top
    flat = tops.ravel()
    has = np.zeros((n, n), bool)  # has[a, b]: a holds one of b's top terms
    for r in range(n):
        lo, hi = sub.indptr[r], sub.indptr[r + 1]
        cols = sub.indices[lo:hi]
        has[r] = np.isin(flat, cols[cols < half]).reshape(n, n_actors).any(axis=1)
    return ~has & ~has.T


def cluster_rows(sub: Any, f: Facts, p: Params) -> npt.NDArray[np.int64]:
    """Cluster labels for the rows of ``sub`` (one candidate component, rows in input order;
    ``f`` the facts of the same rows)."""
    import numpy as np

    n = sub.shape[0]
    sim = np.asarray((sub @ sub.T).toarray(), np.float32)
    ii, jj = np.triu_indices(n, 1)
    factor = f.factor(ii.astype(np.int64), jj.astype(np.int64), p)
    if p.actor_penalty < 1.0:
        factor *= np.where(actor_conflict(sub, p.n_actors)[ii, jj], p.actor_penalty,
                           1.0).astype(np.float32)
    sim[ii, jj] *= factor
    sim[jj, ii] = sim[ii, jj]
    return flat_clusters(sim, p.threshold, p.linkage)


def strong_edges(i: npt.NDArray[np.int64], j: npt.NDArray[np.int64],
                 sims: npt.NDArray[np.float32], f: Facts, p: Params,
                 ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.float32]]:
    """The candidate pairs whose similarity (with the date penalty) reaches the threshold,
    and that similarity. ``f`` is indexed by the row numbers in ``i``/``j``."""
    s = sims * f.factor(i, j, p)
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
                 p: Params,
                 ) -> npt.NDArray[np.int64]:
    """A label per row: the smallest row number of its cluster (singletons: their own)."""
    import numpy as np

    labels = np.arange(n, dtype=np.int64)
    for rows in groups:
        lab = cluster_rows(x[rows], f.take(rows), p)
        for k in np.unique(lab):
            members = rows[lab == k]
            labels[members] = members.min()
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
