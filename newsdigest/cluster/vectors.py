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
           gamma: float = 1.0) -> Any:
    """CSR matrix, one row per signature, so that the dot product of two rows is
    ``(1 - beta) * cos(all terms) + beta * cos(names, numbers and dates only)``: columns
    ``0..V-1`` hold the L2-normalised TF-IDF weights of all terms (``vocab.terms`` order)
    scaled by sqrt(1 - beta), columns ``V..2V-1`` those of the special terms scaled by
    sqrt(beta). Each row keeps its ``max_terms`` heaviest terms (ties by term order). A term's
    rarity is ``corpus_idf ** gamma * lexicon_idf ** (1 - gamma)``."""
    import numpy as np
    from scipy import sparse

    weights_idf = idf(vocab)
    v = len(vocab.terms)
    a, b = float(np.sqrt(1.0 - beta)), float(np.sqrt(beta))
    indptr = [0]
    cols: list[npt.NDArray[np.int64]] = []
    vals: list[npt.NDArray[np.float32]] = []
    for s in sigs:
        col = np.searchsorted(vocab.terms, s.terms)
        w = (s.tf * weights_idf[col] ** gamma * s.prior ** (1.0 - gamma)).astype(np.float64)
        spec = s.special
        if len(w) > max_terms:
            keep = np.sort(np.argsort(-w, kind="stable")[:max_terms])
            col, w, spec = col[keep], w[keep], spec[keep]
        ws = w[spec]
        w = w * (a / max(float(np.sqrt(np.dot(w, w))), 1e-12))
        ws = ws * (b / max(float(np.sqrt(np.dot(ws, ws))), 1e-12))
        cols.append(np.concatenate([col, col[spec] + v]))
        vals.append(np.concatenate([w, ws]).astype(np.float32))
        indptr.append(indptr[-1] + len(cols[-1]))
    data = np.concatenate(vals) if vals else np.zeros(0, np.float32)
    ind = np.concatenate(cols) if cols else np.zeros(0, np.int64)
    return sparse.csr_matrix((data, ind, np.array(indptr, np.int64)),
                             shape=(len(sigs), 2 * v))


def block_keys(x: Any, vocab: Vocabulary, n_keys: int, max_df_share: float,
               ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """(row, column) pairs: for each row its ``n_keys`` heaviest terms among those that occur in
    at least two articles and in at most ``max_df_share`` of them (at least 50)."""
    import numpy as np

    cap = max(50, int(max_df_share * vocab.n_docs))
    rows = np.repeat(np.arange(x.shape[0], dtype=np.int64), np.diff(x.indptr))
    cols = x.indices.astype(np.int64)
    df = vocab.df[cols % max(1, len(vocab.terms))]
    ok = (df >= 2) & (df <= cap)
    rows, cols, w = rows[ok], cols[ok], x.data[ok]
    order = np.lexsort((cols, -w, rows))  # by row, heaviest first, ties by term
    rows, cols = rows[order], cols[order]
    first = np.searchsorted(rows, rows, side="left")
    rank = np.arange(len(rows)) - first
    keep = rank < n_keys
    return rows[keep], cols[keep]


def candidate_pairs(rows: npt.NDArray[np.int64], cols: npt.NDArray[np.int64], n: int,
                    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Pairs (i < j) of rows sharing at least one key, as two sorted arrays."""
    import numpy as np
    from scipy import sparse

    if len(rows) == 0:
        e = np.zeros(0, np.int64)
        return e, e
    k = sparse.csr_matrix((np.ones(len(rows), np.float32), (rows, cols)),
                          shape=(n, int(cols.max()) + 1))
    prod = sparse.triu(k @ k.T, k=1).tocoo()
    i, j = prod.row.astype(np.int64), prod.col.astype(np.int64)
    order = np.lexsort((j, i))
    return i[order], j[order]


def pair_sims(x: Any, i: npt.NDArray[np.int64], j: npt.NDArray[np.int64],
              chunk: int = 200_000) -> npt.NDArray[np.float32]:
    """Cosine of rows i[k] and j[k] of ``x`` for every k, in chunks."""
    import numpy as np

    out = np.empty(len(i), np.float32)
    for s in range(0, len(i), chunk):
        a = x[i[s:s + chunk]]
        b = x[j[s:s + chunk]]
        out[s:s + chunk] = np.asarray(a.multiply(b).sum(axis=1), dtype=np.float32).ravel()
    return out
