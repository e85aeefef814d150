"""Character n-gram TF-IDF vectors of a set of statements, the IDF taken from that very set:
within one story's coverage, the rare character strings (names, places, figures, the story's
own words with their endings) are what tell one fact from another. Cosines of these vectors
are the lexical half of ``compare``'s link score, and the plain baseline the evaluations beat.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

NGRAMS = (2, 3, 4, 5)  # character n-gram lengths, within word boundaries


def char_tfidf(texts: Sequence[str]) -> Any:
    """Row-normalised sparse matrix (CSR), one row per text, of character 2-5-gram counts of
    each lower-case word padded with spaces, weighted by smoothed IDF over ``texts``."""
    import numpy as np
    from scipy.sparse import csr_matrix, diags

    vocab: dict[str, int] = {}
    indptr = [0]
    cols: list[int] = []
    for t in texts:
        for w in t.lower().split():
            w = f" {w} "
            for n in NGRAMS:
                cols.extend(vocab.setdefault(w[k:k + n], len(vocab))
                            for k in range(max(1, len(w) - n + 1)))
        indptr.append(len(cols))
    m = csr_matrix((np.ones(len(cols)), cols, indptr), shape=(len(texts), max(1, len(vocab))))
    m.sum_duplicates()
    df = np.bincount(m.indices, minlength=m.shape[1])
    m = csr_matrix(m.multiply(np.log((1 + len(texts)) / (1 + df)) + 1.0))
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return csr_matrix(diags(1.0 / norms) @ m)
