"""Character n-gram TF-IDF vectors of a set of statements, the IDF taken from that very set:
within one story's coverage, the rare character strings (names, places, figures, the story's
own words with their endings) are what tell one fact from another. Cosines of these vectors
are the lexical half of ``compare``'s link score, and the plain baseline the evaluations beat.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .sparserows import SparseRows, counts

NGRAMS = (2, 3, 4, 5)  # character n-gram lengths, within word boundaries


def char_rows(texts: Sequence[str], counted: int | None = None) -> SparseRows:
    """Row-normalised rows, one per text, of character 2-5-gram counts of each lower-case
    word padded with spaces, weighted by smoothed IDF over ``texts`` (over the first
    ``counted`` alone, when given) (NumPy only)."""
    vocab: dict[str, int] = {}
    seen: dict[str, list[int]] = {}  # a word's columns, found once: words recur
    rows: list[list[int]] = []
    for t in texts:
        cols: list[int] = []
        for word in t.lower().split():
            got = seen.get(word)
            if got is None:
                w = f" {word} "
                got = seen[word] = [vocab.setdefault(w[k:k + n], len(vocab)) for n in NGRAMS
                                    for k in range(max(1, len(w) - n + 1))]
            cols.extend(got)
        rows.append(cols)
    m = counts(rows, max(1, len(vocab)))
    return m.with_data(m.data * m.idf(counted)[m.indices]).normalised()


def char_tfidf(texts: Sequence[str]) -> Any:
    """``char_rows`` as a SciPy CSR matrix (for the evaluations' baselines)."""
    return char_rows(texts).csr()
