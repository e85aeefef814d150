"""From signatures to weighted vectors and blocking keys: corpus document frequencies, TF-IDF
weights (L2-normalised, float32 CSR), and the few rarest terms of each article that candidate
pairs are found with. Pure NumPy/SciPy, no Python loop over pairs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt

    from .signature import Signature


@dataclass(frozen=True)
class Vocabulary:
    """Every term of the corpus (sorted int64 ids) and its document frequency."""

    terms: npt.NDArray[np.int64]
    df: npt.NDArray[np.int64]
    n_docs: int


def vocabulary(sigs: Sequence[Signature]) -> Vocabulary:
    import numpy as np

    if not sigs:
        return Vocabulary(np.zeros(0, np.int64), np.zeros(0, np.int64), 0)
    allterms = np.concatenate([s.terms for s in sigs])
    terms, df = np.unique(allterms, return_counts=True)
    return Vocabulary(terms, df.astype(np.int64), len(sigs))


def merge_vocabularies(parts: Sequence[Vocabulary]) -> Vocabulary:
    """The vocabulary of a corpus from the vocabularies of its partitions (for Dask)."""
    import numpy as np

    parts = [p for p in parts if p.n_docs]
    if not parts:
        return Vocabulary(np.zeros(0, np.int64), np.zeros(0, np.int64), 0)
    allterms = np.concatenate([p.terms for p in parts])
    alldf = np.concatenate([p.df for p in parts])
    terms, inv = np.unique(allterms, return_inverse=True)
    df = np.bincount(inv, weights=alldf, minlength=len(terms)).astype(np.int64)
    return Vocabulary(terms, df, sum(p.n_docs for p in parts))


def idf(vocab: Vocabulary) -> npt.NDArray[np.float32]:
    import numpy as np

    return (np.log((vocab.n_docs + 1) / (vocab.df + 1)) + 1.0).astype(np.float32)


def matrix(sigs: Sequence[Signature], vocab: Vocabulary, max_terms: int, beta: float,
           lexicon_weight: float = 1.0) -> Any:
    """CSR matrix, one row per signature, so that the dot product of two rows is
    ``(1 - beta) * cos(all terms) + beta * cos(names, numbers and dates only)``: columns
    ``0..V-1`` hold the L2-normalised TF-IDF weights of all terms (``vocab.terms`` order)
    scaled by sqrt(1 - beta), columns ``V..2V-1`` those of the special terms scaled by
    sqrt(beta). Each row keeps its ``max_terms`` heaviest terms (ties by term order). A term's
    rarity is its IDF in the corpus pooled with the shipped news lexicon (whose documents count
    ``lexicon_weight`` each), so a handful of articles still get sensible weights."""
    import numpy as np
    from scipy import sparse

    n = len(sigs)
    v = len(vocab.terms)
    if n == 0:
        return sparse.csr_matrix((0, 2 * v), dtype=np.float32)
    lens = np.fromiter((len(s.terms) for s in sigs), np.int64, n)
    rows = np.repeat(np.arange(n, dtype=np.int64), lens)
    col = np.searchsorted(vocab.terms, np.concatenate([s.terms for s in sigs]))
    tf = np.concatenate([s.tf for s in sigs]).astype(np.float64)
    prior = np.concatenate([s.prior for s in sigs]).astype(np.float64)
    spec = np.concatenate([s.special for s in sigs])
    from .signature import lexicon_size

    pooled_n = vocab.n_docs + lexicon_weight * lexicon_size() + 1.0
    pooled_df = vocab.df[col] + lexicon_weight * prior + 1.0
    w = tf * (np.log(pooled_n / pooled_df) + 1.0)
    # each row's heaviest max_terms terms (ties: lower column first)
    # rows ascending, heaviest first (w < 1e4 always: tf <= 1 + log(max_chars), idf < 30)
    order = np.argsort(rows * 1e4 - w, kind="stable")
    rank = rank_in_rows(rows[order])
    keep = np.sort(order[rank < max_terms])
    rows, col, w, spec = rows[keep], col[keep], w[keep], spec[keep]
    a, b = float(np.sqrt(1.0 - beta)), float(np.sqrt(beta))
    norm_all = np.sqrt(np.bincount(rows, weights=w * w, minlength=n))
    norm_spec = np.sqrt(np.bincount(rows[spec], weights=w[spec] ** 2, minlength=n))
    w_all = w * (a / np.maximum(norm_all, 1e-12))[rows]
    w_spec = w[spec] * (b / np.maximum(norm_spec, 1e-12))[rows[spec]]
    all_rows = np.concatenate([rows, rows[spec]])
    all_cols = np.concatenate([col, col[spec] + v])
    data = np.concatenate([w_all, w_spec]).astype(np.float32)
    x = sparse.csr_matrix((data, (all_rows, all_cols)), shape=(n, 2 * v))
    x.sort_indices()
    return x


def rank_in_rows(rows: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """The position of each entry within its row, given the (non-negative) row of each entry
    in ascending order: 0, 1, 2, ... from each row's first entry."""
    import numpy as np

    if len(rows) == 0:
        return np.zeros(0, np.int64)
    counts = np.bincount(rows)
    starts = np.cumsum(counts) - counts
    return np.arange(len(rows), dtype=np.int64) - starts[rows]


def block_keys(x: Any, vocab: Vocabulary, n_keys: int, max_df_share: float,
               max_posting: int = 1_000_000, n_name_keys: int = 0,
               ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Blocking keys as (row, key, worth) triples, sorted by row. Each row's ``n_keys``
    heaviest distinct terms (weight of the term plus its weight as a name, number or date)
    are keys worth 1 (key = term column); its ``n_name_keys`` heaviest names, numbers and
    dates are also keys worth 2 (key = term column + V). Only terms in at least two articles
    and in at most ``max_df_share`` of them (at least 50, at most ``max_posting``) count. Two
    rows are candidates when the keys they share are worth 2 or more: one name, or two
    terms."""
    import numpy as np

    v = max(1, len(vocab.terms))
    cap = min(max_posting, max(50, int(max_df_share * vocab.n_docs)))
    rows = np.repeat(np.arange(x.shape[0], dtype=np.int64), np.diff(x.indptr))
    cols = x.indices.astype(np.int64)
    terms = cols % v
    df = vocab.df[terms]
    ok = (df >= 2) & (df <= cap)
    key, inv = np.unique(rows[ok] * v + terms[ok], return_inverse=True)
    w = np.bincount(inv, weights=x.data[ok].astype(np.float64), minlength=len(key))
    r1, k1 = _heaviest(key // v, key % v, np.asarray(w, np.float64), n_keys)
    named = ok & (cols >= v)
    r2, k2 = _heaviest(rows[named], terms[named], x.data[named].astype(np.float64),
                       n_name_keys)
    r = np.concatenate([r1, r2])
    k = np.concatenate([k1, k2 + v])
    worth = np.concatenate([np.ones(len(r1), np.int64), np.full(len(r2), 2, np.int64)])
    order = np.lexsort((k, r))
    return r[order], k[order], worth[order]


def _heaviest(rows: npt.NDArray[np.int64], terms: npt.NDArray[np.int64],
              w: npt.NDArray[np.float64], n: int,
              ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Each row's ``n`` heaviest terms (ties: lower term first)."""
    import numpy as np

    order = np.lexsort((terms, -w, rows))
    rows, terms = rows[order], terms[order]
    rank = rank_in_rows(rows)
    keep = rank < n
    return rows[keep], terms[keep]


def key_matrices(rows: npt.NDArray[np.int64], keys: npt.NDArray[np.int64],
                 worth: npt.NDArray[np.int64], n: int) -> tuple[Any, Any]:
    """The (row x key) matrix of blocking keys, entries sqrt(worth) so that the product of two
    rows is the worth of the keys they share, and its transpose (both CSR)."""
    import numpy as np
    from scipy import sparse

    k = sparse.csr_matrix((np.sqrt(worth.astype(np.float64)), (rows, keys)),
                          shape=(n, int(keys.max()) + 1 if len(keys) else 1))
    return k, k.T.tocsr()


def chunk_candidates(k: Any, kt: Any, start: int, stop: int,
                     ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The candidate pairs (i, j), i < j, with ``start <= i < stop``, sorted by (i, j)."""
    import numpy as np

    prod = (k[start:stop] @ kt).tocoo()
    i = prod.row.astype(np.int64) + start
    j = prod.col.astype(np.int64)
    keep = (j > i) & (prod.data >= 1.5)  # worth 2 or more (sums of 1s and 2s)
    i, j = i[keep], j[keep]
    order = np.lexsort((j, i))
    return i[order], j[order]


def candidate_pairs(rows: npt.NDArray[np.int64], keys: npt.NDArray[np.int64],
                    worth: npt.NDArray[np.int64], n: int, chunk: int = 5000,
                    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Pairs (i < j) of rows whose shared keys are worth at least 2, as two arrays sorted by
    (i, j); the key matrix product is taken ``chunk`` rows at a time (bounded memory)."""
    import numpy as np

    if len(rows) == 0:
        e = np.zeros(0, np.int64)
        return e, e
    k, kt = key_matrices(rows, keys, worth, n)
    parts = [chunk_candidates(k, kt, s, s + chunk) for s in range(0, n, chunk)]
    return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])


def verified_pairs(k: Any, kt: Any, x: Any, start: int, stop: int, threshold: float,
                   ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64],
                              npt.NDArray[np.float32], int]:
    """The candidate pairs (i, j) with ``start <= i < stop`` whose cosine in ``x`` reaches
    ``threshold``: (i, j, cosine, number of candidates scored). One task of the local
    engine's parallel verification; only the pairs that pass leave it."""
    i, j = chunk_candidates(k, kt, start, stop)
    sims = pair_sims(x, i, j)
    keep = sims >= threshold
    return i[keep], j[keep], sims[keep], len(i)


def pair_sims(x: Any, i: npt.NDArray[np.int64], j: npt.NDArray[np.int64],
              chunk: int = 200_000) -> npt.NDArray[np.float32]:
    """Dot product (cosine: rows are normalised) of rows i[k] and j[k] of ``x`` for every k,
    in chunks. Each value is the float32 sum, in column order, of the products of the two
    rows' shared columns, whichever way it is computed: pairs sorted by i in long runs (the
    candidates of one article) look their j rows up in a dense copy of row i; others multiply
    the two gathered rows."""
    import numpy as np

    out = np.empty(len(i), np.float32)
    buf = np.zeros(x.shape[1], np.float32)
    for s in range(0, len(i), chunk):
        ci, cj = i[s:s + chunk], j[s:s + chunk]
        starts = np.flatnonzero(np.concatenate([[True], ci[1:] != ci[:-1]]))
        if len(ci) >= RUN * len(starts):
            out[s:s + chunk] = _run_sims(x, ci, cj, starts, buf)
        else:
            a, b = x[ci], x[cj]
            out[s:s + chunk] = np.asarray(a.multiply(b).sum(axis=1), np.float32).ravel()
    return out


RUN = 8  # pairs per run of one i from which the dense-row lookup is the faster way


def _run_sims(x: Any, i: npt.NDArray[np.int64], j: npt.NDArray[np.int64],
              starts: npt.NDArray[np.int64], buf: npt.NDArray[np.float32],
              ) -> npt.NDArray[np.float32]:
    """``pair_sims`` for pairs in runs of one i beginning at ``starts``: row i is spread into
    ``buf`` (all zeros outside this call) and every entry of each j row looks its column up
    there; the non-zero products are summed per pair as scipy sums a row."""
    import numpy as np

    xj = x[j]
    jp, jcols = xj.indptr, xj.indices
    vals = np.empty(xj.nnz, np.float32)
    ip, icols, idata = x.indptr, x.indices, x.data
    ends = np.concatenate([starts[1:], [len(i)]])
    for a, b, r in zip(starts.tolist(), ends.tolist(), i[starts].tolist(), strict=True):
        cols = icols[ip[r]:ip[r + 1]]
        buf[cols] = idata[ip[r]:ip[r + 1]]
        vals[jp[a]:jp[b]] = buf[jcols[jp[a]:jp[b]]]
        buf[cols] = 0.0
    vals *= xj.data
    shared = vals != 0.0
    counts = np.add.reduceat(shared, jp[:-1]) if len(vals) else np.zeros(len(i), np.int64)
    counts[np.diff(jp) == 0] = 0
    out = np.zeros(len(i), np.float32)
    has = counts > 0
    if has.any():
        bounds = np.concatenate([[0], np.cumsum(counts)[:-1]])
        out[has] = np.add.reduceat(vals[shared], bounds[has])
    return out
