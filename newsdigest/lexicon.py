"""Word statistics from real news text, shipped with the package (``data/wordfreq.tsv.gz``,
built by ``tools/build_lexicon.py``): document frequencies for IDF weights and a vocabulary of
known English words. Loaded lazily, once."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import cache

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def words(text: str) -> Iterator[str]:
    """Lower-case words (letters, with inner apostrophes) of ``text``."""
    for m in _WORD.finditer(text):
        yield m.group().lower().replace("’", "'")


@cache
def doc_freq() -> tuple[dict[str, int], int]:
    """``({word: number of documents containing it}, number of documents)``."""
    import gzip
    from importlib.resources import files

    raw = gzip.decompress(files("newsdigest").joinpath("data/wordfreq.tsv.gz").read_bytes())
    lines = raw.decode("utf-8").splitlines()
    n_docs = int(lines[0].split("\t")[1])
    table: dict[str, int] = {}
    for line in lines[1:]:
        word, _, count = line.partition("\t")
        table[word] = int(count)
    return table, n_docs


@cache
def vocabulary() -> frozenset[str]:
    return frozenset(doc_freq()[0])


def idf(word: str) -> float:
    """Smoothed inverse document frequency; unseen words get the highest value."""
    table, n = doc_freq()
    return math.log((n + 1) / (table.get(word, 0) + 1)) + 1.0
