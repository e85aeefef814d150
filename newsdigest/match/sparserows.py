"""Sparse rows (CSR: ``indptr``, ``indices``, ``data``) with NumPy only, for the TF-IDF
vectors ``compare`` and ``pairs`` build over a few hundred statements: importing SciPy would
cost more than all the arithmetic. The row dot products add the products of the columns two
rows share in ascending column order (they agree with SciPy's to rounding, ~1e-15);
``csr()`` hands the rows to SciPy (imported then) for callers that want a matrix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

# work done at once: small arrays are reused by the allocator, large ones cost page faults
PAIR_CHUNK = 512  # row pairs of ``pairs``
MAX_PRODUCTS = 500_000  # column products of ``grid``


def smoothed_idf(df: Any, n: int) -> Any:
    """The smoothed IDF of words in ``df`` (an array) of ``n`` texts: log((1 + n) / (1 + df))
    + 1, as scikit-learn's ``smooth_idf``: a word in every text still weighs 1."""
    import numpy as np

    return np.log((1 + n) / (1 + df)) + 1.0


@dataclass(frozen=True)
class SparseRows:
    """Rows of a sparse matrix: row ``i`` holds ``data[indptr[i]:indptr[i + 1]]`` in the
    columns ``indices[...]``, ascending and distinct within a row."""

    indptr: Any
    indices: Any
    data: Any
    width: int  # number of columns

    @property
    def rows(self) -> int:
        return len(self.indptr) - 1

    def row_of_entry(self) -> Any:
        import numpy as np

        return np.repeat(np.arange(self.rows), np.diff(self.indptr))

    def with_data(self, data: Any) -> SparseRows:
        return SparseRows(self.indptr, self.indices, data, self.width)

    def idf(self, counted: int | None = None) -> Any:
        """``smoothed_idf`` of each column over the rows, a row a text; with ``counted``,
        over the first ``counted`` rows alone."""
        import numpy as np

        if counted is None:
            return smoothed_idf(np.bincount(self.indices, minlength=self.width), self.rows)
        cols = self.indices[: self.indptr[counted]]
        return smoothed_idf(np.bincount(cols, minlength=self.width), counted)

    def normalised(self) -> SparseRows:
        """Each row divided by its Euclidean norm (rows of norm 0 left as they are)."""
        import numpy as np

        norms = np.sqrt(np.bincount(self.row_of_entry(), weights=self.data * self.data,
                                    minlength=self.rows))
        norms[norms == 0] = 1.0
        return self.with_data(self.data * (1.0 / norms)[self.row_of_entry()])

    def entries(self, rows: Any) -> tuple[Any, Any, Any]:
        """(position in ``rows``, column, value) of every entry of ``rows``, row by row."""
        import numpy as np

        starts = self.indptr[rows]
        lens = self.indptr[rows + 1] - starts
        at = np.repeat(starts - np.cumsum(lens) + lens, lens) + np.arange(int(lens.sum()))
        return np.repeat(np.arange(len(rows)), lens), self.indices[at], self.data[at]

    def pairs(self, ia: Any, ib: Any) -> Any:
        """Dot products of the row pairs ``(ia[k], ib[k])``."""
        import numpy as np

        if len(ia) > PAIR_CHUNK:
            return np.concatenate([self.pairs(ia[s:s + PAIR_CHUNK], ib[s:s + PAIR_CHUNK])
                                   for s in range(0, len(ia), PAIR_CHUNK)])
        ka, ca, va = self.entries(ia)
        kb, cb, vb = self.entries(ib)
        key_a, key_b = ka * self.width + ca, kb * self.width + cb  # ascending both
        at = np.minimum(np.searchsorted(key_b, key_a), max(len(key_b) - 1, 0))
        hit = key_b[at] == key_a if len(key_b) else np.zeros(len(key_a), dtype=bool)
        return np.bincount(ka[hit], weights=va[hit] * vb[at[hit]], minlength=len(ia))

    def grid(self, ia: Any, ib: Any) -> Any:
        """Dot products of every row of ``ia`` with every row of ``ib``, ``len(ia) x
        len(ib)``."""
        import numpy as np

        ka, ca, va = self.entries(ia)
        kb, cb, vb = self.entries(ib)
        order = np.argsort(cb, kind="stable")
        kb, cb, vb = kb[order], cb[order], vb[order]
        lo = np.searchsorted(cb, ca, "left")
        count = np.searchsorted(cb, ca, "right") - lo  # entries of ib in each one's column
        out = np.zeros(len(ia) * len(ib))
        per_row = np.bincount(ka, weights=count, minlength=len(ia))
        chunk = np.searchsorted(ka, _row_chunks(per_row))
        for s, e in zip(chunk[:-1].tolist(), chunk[1:].tolist(), strict=True):
            n = count[s:e]
            a = np.repeat(np.arange(s, e), n)
            b = np.repeat(lo[s:e] - np.cumsum(n) + n, n) + np.arange(int(n.sum()))
            out += np.bincount(ka[a] * len(ib) + kb[b], weights=va[a] * vb[b],
                               minlength=len(out))
        return out.reshape(len(ia), len(ib))

    def csr(self) -> Any:
        """The rows as a SciPy CSR matrix."""
        from scipy.sparse import csr_matrix

        return csr_matrix((self.data, self.indices, self.indptr), shape=(self.rows, self.width))


def _row_chunks(products: Any) -> Any:
    """First row of each chunk of rows, and the row count at the end: chunks of at most
    ``MAX_PRODUCTS`` products (one row alone may exceed it)."""
    import numpy as np

    bounds = [0]
    total = 0.0
    for i, p in enumerate(products.tolist()):
        if total and total + p > MAX_PRODUCTS:
            bounds.append(i)
            total = 0.0
        total += p
    bounds.append(len(products))
    return np.asarray(bounds)


def counts(rows: Sequence[Sequence[int]], width: int) -> SparseRows:
    """Rows of how often each column occurs in each of ``rows`` (lists of column numbers)."""
    import numpy as np

    lens = np.fromiter((len(r) for r in rows), dtype=np.intp, count=len(rows))
    cols = np.fromiter(chain.from_iterable(rows), dtype=np.intp, count=int(lens.sum()))
    return summed(np.repeat(np.arange(len(rows)), lens), cols, len(rows), width)


def summed(row: Any, col: Any, rows: int, width: int, weights: Any = None) -> SparseRows:
    """The ``rows x width`` sparse rows whose entry (r, c) adds the ``weights`` (default: 1
    each) of the entries k with ``(row[k], col[k]) == (r, c)``."""
    import numpy as np

    keys, inverse, n = np.unique(row * width + col, return_inverse=True, return_counts=True)
    data = n.astype(np.float64) if weights is None else np.bincount(
        inverse.ravel(), weights=weights, minlength=len(keys))
    indptr = np.zeros(rows + 1, dtype=np.intp)
    np.cumsum(np.bincount(keys // width, minlength=rows), out=indptr[1:])
    return SparseRows(indptr, keys % width, data, width)
