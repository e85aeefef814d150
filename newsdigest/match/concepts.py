"""Concepts of content words, from WordNet 3.0 (``data/concepts.tsv``, built by
``tools/build_concepts.py``; WordNet's licence in ``data/concepts-LICENSE.txt``): each stem
the shipped lexicon knows (as ``normalize`` stems it) with the synsets of its most frequent
senses and their derivationally related forms, so that statements that say one thing in
other words ("died" / "death", "quake" / "earthquake", "foiled" / "thwarted") share
something the link score (``link``, ``shared_concepts``: the cosine of two statements'
concept rows) can see. Loaded lazily, once."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from functools import cache

from .sparserows import SparseRows

CONCEPTS_FILE = "concepts.tsv"  # plain: no gzip to import and undo at start-up


class Table(Mapping[str, tuple[int, ...]]):
    """{stem: concept ids} over the ``stem<TAB>id id ...`` lines of the table (``#`` lines
    are comments), a line's ids read when asked for: a comparison asks for a few hundred of
    its ~5,000 stems (reading them all would cost ~4 ms of a start-up)."""

    def __init__(self, text: str) -> None:
        cells = "\n".join(line for line in text.splitlines()
                          if line and not line.startswith("#")).replace("\t", "\n").split("\n")
        self._ids = dict(zip(cells[::2], cells[1::2], strict=True))

    def __getitem__(self, word: str) -> tuple[int, ...]:
        return tuple(int(c) for c in self._ids[word].split())

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


@cache
def table() -> Table:
    from .. import shipped

    return Table(shipped(CONCEPTS_FILE).decode("utf-8"))


def concept_rows(words: SparseRows, vocab: Sequence[str],
                 concepts: Mapping[str, tuple[int, ...]] | None = None,
                 counted: int | None = None) -> SparseRows:
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
    q = rows.idf(counted) / (np.log(1 + (words.rows if counted is None else counted)) + 1.0)
    return rows.with_data(rows.data * np.sqrt(q[rows.indices]))
