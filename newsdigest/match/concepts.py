"""Concepts of content words, from WordNet 3.0 (``data/concepts.tsv.gz``, built by
``tools/build_concepts.py``; WordNet's licence in ``data/concepts-LICENSE.txt``): each stem
the shipped lexicon knows (as ``normalize`` stems it) with the synsets of its most frequent
senses and their derivationally related forms, so that statements that say one thing in
other words ("died" / "death", "quake" / "earthquake", "foiled" / "thwarted") share
something the link score (``link``, ``shared_concepts``: the cosine of two statements'
concept rows) can see. Loaded lazily, once."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from .sparserows import SparseRows

CONCEPTS_FILE = "concepts.tsv.gz"


def parse(text: str) -> dict[str, tuple[int, ...]]:
    """``stem<TAB>id id ...`` lines (``#`` lines are comments) as {stem: concept ids}."""
    out: dict[str, tuple[int, ...]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, _, ids = line.partition("\t")
            out[word] = tuple(int(c) for c in ids.split())
    return out


@cache
def table() -> dict[str, tuple[int, ...]]:
    import gzip

    from .. import shipped

    return parse(gzip.decompress(shipped(CONCEPTS_FILE)).decode("utf-8"))


def concept_rows(words: SparseRows, vocab: Sequence[str],
                 concepts: dict[str, tuple[int, ...]] | None = None) -> SparseRows:
    """Concept rows of the content-word rows ``words`` of some texts (columns ``vocab``;
    ``concepts``: the table, default the shipped one). A concept c weighs its rarity over
    the texts, q(c) = IDF / max IDF (the concepts every statement of a story has tell
    nothing); a word w with concepts C(w) adds sqrt(q(c) / |C(w)|) to column c of its text's
    row for each c in C(w), so that a word weighs alike however many concepts it has. Words
    without concepts (names, figures, words WordNet lacks) leave no trace."""
    import numpy as np

    from .sparserows import summed

    known = table() if concepts is None else concepts
    lists = [known.get(w, ()) for w in vocab]
    size = np.array([len(c) for c in lists], dtype=np.intp)
    flat = np.fromiter((c for cs in lists for c in cs), dtype=np.intp, count=int(size.sum()))
    width = int(flat.max()) + 1 if len(flat) else 1
    n = size[words.indices]
    first = (np.cumsum(size) - size)[words.indices]
    concept = flat[np.repeat(first - np.cumsum(n) + n, n) + np.arange(int(n.sum()))]
    g = np.repeat(1.0 / np.sqrt(np.maximum(n, 1)), n)
    rows = summed(np.repeat(words.row_of_entry(), n), concept, words.rows, width, g)
    q = rows.idf(words.rows) / (np.log(1 + words.rows) + 1.0)
    return rows.with_data(rows.data * np.sqrt(q[rows.indices]))
