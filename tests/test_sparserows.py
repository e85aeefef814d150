"""``match.sparserows``: the NumPy-only sparse rows behind the link score's TF-IDF cosines
give the dot products a dense matrix gives, in the pair and the grid form, chunked or not,
with empty rows and empty selections."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from newsdigest.match import sparserows
from newsdigest.match.charvec import char_rows, char_tfidf
from newsdigest.match.sparserows import SparseRows, counts, summed

TEXTS = ["Lavrov met Pompeo in Sochi on Tuesday.", "Pompeo met Lavrov in Sochi on Tuesday.",
         "", "The company sold the unit for $2.5 billion.", "The weather in Oslo was cold.",
         "Sochi, Sochi, Sochi."]


def dense(m: SparseRows) -> Any:
    out = np.zeros((m.rows, m.width))
    for i in range(m.rows):
        s, e = m.indptr[i], m.indptr[i + 1]
        out[i, m.indices[s:e]] = m.data[s:e]
    return out


def test_counts_sum_repeated_columns_in_order() -> None:
    m = counts([[2, 0, 2], [], [1]], 3)
    assert m.indptr.tolist() == [0, 2, 2, 3]
    assert m.indices.tolist() == [0, 2, 1]
    assert m.data.tolist() == [1.0, 2.0, 1.0]


def test_summed_adds_the_weights_of_repeated_entries() -> None:
    """``summed`` builds the rows ``counts`` and the concept rows are made of: entries of one
    (row, column) add up, without weights they count."""
    row, col = np.array([0, 0, 0, 2]), np.array([2, 0, 2, 1])
    m = summed(row, col, 3, 3, np.array([0.5, 1.0, 0.25, 2.0]))
    assert (m.indptr.tolist(), m.indices.tolist()) == ([0, 2, 2, 3], [0, 2, 1])
    assert m.data.tolist() == [1.0, 0.75, 2.0]
    assert summed(row, col, 3, 3).data.tolist() == counts([[2, 0, 2], [], [1]], 3).data.tolist()
    assert summed(row[:0], col[:0], 2, 1).indptr.tolist() == [0, 0, 0]


@pytest.mark.parametrize("chunked", [False, True])
def test_pairs_and_grid_match_dense_products(monkeypatch: pytest.MonkeyPatch,
                                             chunked: bool) -> None:
    if chunked:
        monkeypatch.setattr(sparserows, "PAIR_CHUNK", 2)
        monkeypatch.setattr(sparserows, "MAX_PRODUCTS", 3)
    m = char_rows(TEXTS)
    d = dense(m)
    assert np.allclose(np.linalg.norm(d, axis=1), [1, 1, 0, 1, 1, 1])
    ia, ib = np.array([0, 1, 2, 5, 3, 0]), np.array([1, 0, 4, 5, 4, 2])
    assert np.allclose(m.pairs(ia, ib), (d[ia] * d[ib]).sum(axis=1), rtol=0, atol=1e-12)
    rows, cols = np.array([0, 2, 5]), np.array([1, 3, 4, 5, 2])
    assert np.allclose(m.grid(rows, cols), d[rows] @ d[cols].T, rtol=0, atol=1e-12)
    assert m.grid(rows, cols[:0]).shape == (3, 0)
    assert m.grid(rows[:0], cols).shape == (0, 5)
    assert len(m.pairs(ia[:0], ib[:0])) == 0


def test_char_tfidf_is_the_same_matrix_for_scipy() -> None:
    m = char_rows(TEXTS)
    assert np.array_equal(char_tfidf(TEXTS).toarray(), dense(m))
