"""load -> clean -> segment -> extract, as one call per article."""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import BinaryIO

from .clean import clean_article
from .config import Config
from .errors import InputError, NewsdigestWarning
from .extract import extract
from .load.inputs import iter_inputs
from .model import Analysis, Article, Repair
from .segment import segment_repeats


def analyse(article: Article, config: Config) -> Analysis:
    """Clean, segment and extract one loaded article (the first
    ``limits.max_analysed_chars`` of a very long one: see ``bounded``). A statement the
    segmenter leaves out as printed again is recorded as a ``repeated_statement`` repair."""
    cleaned = clean_article(bounded(article, config), config)
    statements, repeated = segment_repeats(cleaned)
    if repeated:
        counts = Counter(" ".join(r.split()) for r in repeated)
        cleaned = replace(cleaned, repairs=(*cleaned.repairs, *(
            Repair("repeated_statement", f"dropped a statement printed again: {text[:80]!r}",
                   n) for text, n in counts.items())))
    return extract(cleaned, statements, config)


def bounded(article: Article, config: Config) -> Article:
    """``article`` itself, or, when its text is longer than ``limits.max_analysed_chars``,
    its text cut at the last paragraph (else line, else space) break before that many
    characters, with a ``truncated`` repair and a warning: a 19 MB page is analysed for
    its first part in seconds rather than not at all."""
    limit = config.limits.max_analysed_chars
    text = article.text
    if len(text) <= limit:
        return article
    cut = max(text.rfind("\n\n", 0, limit), 0)
    if cut < limit // 2:
        cut = max(text.rfind("\n", 0, limit), text.rfind(" ", 0, limit))
    if cut < limit // 2:
        cut = limit
    detail = (f"article of {len(text):,} characters: only the first {cut:,} analysed "
              f"(limits.max_analysed_chars = {limit:,})")
    warnings.warn(NewsdigestWarning(detail, where=str(article.origin)), stacklevel=2)
    return replace(article, text=text[:cut].rstrip(),
                   repairs=(*article.repairs, Repair("truncated", detail)))


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
