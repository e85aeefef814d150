"""load -> clean -> segment -> extract, as one call per article."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import BinaryIO

from .clean import clean_article
from .config import Config
from .errors import InputError
from .extract import extract
from .load.inputs import iter_inputs
from .model import Analysis, Article
from .segment import segment


def analyse(article: Article, config: Config) -> Analysis:
    """Clean, segment and extract one loaded article."""
    cleaned = clean_article(article, config)
    return extract(cleaned, segment(cleaned), config)


def read_inputs(
    paths: Sequence[str], config: Config, stdin: BinaryIO | None = None
) -> Iterator[Article | InputError]:
    """Every article of every input as loaded (not yet cleaned), in input order; an
    ``InputError`` in place of each input (or entry) that could not be read or holds no
    words, so the caller can report it and go on."""
    for item in iter_inputs(paths, config, stdin):
        if not isinstance(item, InputError) and not (_has_words(item.title)
                                                     or _has_words(item.text)):
            item = InputError("no words: only punctuation, symbols or spaces",
                              where=str(item.origin))
        yield item


def analyse_inputs(
    paths: Sequence[str], config: Config, stdin: BinaryIO | None = None
) -> Iterator[Analysis | InputError]:
    """Every article of every input, analysed, in input order; an ``InputError`` in place of
    each input (or entry) that could not be read, so the caller can report it and go on."""
    for item in read_inputs(paths, config, stdin):
        yield item if isinstance(item, InputError) else analyse(item, config)


def _has_words(text: str) -> bool:
    return any(c.isalnum() for c in text)
