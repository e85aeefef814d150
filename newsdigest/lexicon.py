"""Word statistics from real news text, shipped with the package (``data/wordfreq.json``,
built by ``tools/build_lexicon.py``): document frequencies for IDF weights and a vocabulary of
known English words. Loaded lazily, once."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

LEXICON_FILE = "wordfreq.json"  # {"documents": n, "counts": {word: documents, ...},
# "capitalised": [word, ...]}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def words(text: str) -> Iterator[str]:
    """Lower-case words (letters, with inner apostrophes) of ``text``."""
    for m in _WORD.finditer(text):
        yield m.group().lower().replace("’", "'")


@cache
def _lexicon() -> dict[str, Any]:
    """The shipped lexicon as stored: plain JSON, which Python reads in C (~2 ms of a start-up
    less than gzipped lines of words and counts)."""
    import json

    from . import shipped

    data: dict[str, Any] = json.loads(shipped(LEXICON_FILE))
    return data


@cache
def doc_freq() -> tuple[dict[str, int], int]:
    """``({word: number of documents containing it}, number of documents)``, the words in
    sorted order."""
    data = _lexicon()
    return data["counts"], data["documents"]


@cache
def vocabulary() -> frozenset[str]:
    return frozenset(doc_freq()[0])


@cache
def capitalised() -> frozenset[str]:
    """The words of the vocabulary that real news writes with a capital inside a sentence
    more often than in lower case: names ('obama', 'blair'), not common words ('maybe')."""
    return frozenset(_lexicon().get("capitalised", ()))


def common_word(word: str) -> bool:
    """Is ``word`` a common lower-case word of real news ('Maybe', 'Hey' read in capitals),
    not a name: in the vocabulary and not mostly written with a capital inside a sentence?"""
    low = word.lower().replace("’", "'")
    return low in vocabulary() and low not in capitalised()


def idf(word: str) -> float:
    """Smoothed inverse document frequency; unseen words get the highest value."""
    table, n = doc_freq()
    return math.log((n + 1) / (table.get(word, 0) + 1)) + 1.0


# The English function words (the common stop-word list), contractions written whole: the one
# list every stage filters with, each taking what it needs below.
FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    a about above after again against all also am an and any are aren't as at be because
    been before being below between both but by can could did didn't do does doesn't doing
    don't down during each few for from further had has have having he he'd he'll he's her
    here here's hers herself him himself his how i i'd i'll i'm i've if in into is isn't it
    it's its itself let's me more most my myself no nor not of off on once only or other
    ought our ours ourselves out over own same she she'd she'll she's should so some such
    than that that's the their theirs them themselves then there there's these they they'd
    they'll they're they've this those through to too under until up very was wasn't we we'd
    we'll we're we've were weren't what what's when when's where where's which while who
    who's whom why why's will with won't would you you'd you'll you're you've your yours
    yourself yourselves
    """.split()  # noqa: SIM905
)
CONTRACTIONS = frozenset(w for w in FUNCTION_WORDS if "'" in w)
# the pieces a tokenizer leaves of a contraction ("don't" -> 'don', 't')
CLITICS = frozenset(["'s", "s", "t", "d", "ll", "re", "ve", "m", "o", "y"])
MODALS = frozenset(["may", "might", "must", "shall"])
# words of reporting: they say nothing about what happened
REPORTING = frozenset(["said", "says", "say", "told"])
# frequent in news, never what a story is about (clustering's signatures leave them out)
NEWS_FILLER = MODALS | frozenset(
    """
    just now one two three new last first year years week day days time like get got well us
    mr mrs ms tell
    """.split()  # noqa: SIM905
)

# content words: what is left without function words and reporting words
STOPWORDS: frozenset[str] = FUNCTION_WORDS | REPORTING


def content_words(text: str) -> list[str]:
    """Lower-case words of ``text`` without stop words."""
    return [w for w in words(text) if w not in STOPWORDS]
