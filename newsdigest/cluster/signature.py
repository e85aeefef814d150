"""A compact, light-weight signature of an article for clustering: its words, names, numbers
and dates as stable 64-bit term ids with boosted sub-linear term frequencies, plus the few facts
used to keep apart reports of different events (date, place). No full extraction pipeline: the
signature reads the headline and the text once with linear regexes, so 100k articles take
seconds, and the same article gives the same signature in any process (no salted hashes)."""

from __future__ import annotations

import hashlib
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt

    from ..config import Config
    from ..model import Analysis, Article

# a word (letters with inner apostrophes/hyphens) or a number (digits with inner , or .)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+(?:[.,]\d+)*")
_SENT_END = re.compile(r"[.!?:\"”]\s*$")
_MONTHS = {m: i + 1 for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"))}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH_DAY = re.compile(
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s{1,3}(\d{1,2})\b")
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_ISO = re.compile(r"\b(19[5-9]\d|20\d\d)-(\d\d)-(\d\d)\b")

# small closed-class list: these never carry an event, whatever the corpus statistics say
STOPWORDS = frozenset((
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
    "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
    "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
    "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
    "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of",
    "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "said",
    "same", "says", "she", "should", "so", "some", "such", "than", "that", "the", "their",
    "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
    "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when",
    "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
    "yours", "yourself", "told", "tell", "say", "one", "two", "three", "new", "last", "first",
    "year", "years", "week", "day", "days", "time", "like", "get", "got", "well", "may",
    "might", "must", "shall", "us", "mr", "mrs", "ms",
))


@dataclass(frozen=True, slots=True)
class Signature:
    """What clustering keeps of one article: ``terms`` (sorted unique int64 term ids) and
    ``tf`` (float32 boosted term frequencies, same order), the publication or dateline date as
    (year, month, day) with 0 for unknown parts, and what a story listing shows."""

    id: str
    terms: npt.NDArray[np.int64]
    tf: npt.NDArray[np.float32]
    special: npt.NDArray[np.bool_]  # names, numbers and dates: what tells events apart
    prior: npt.NDArray[np.float32]  # IDF of each term in the shipped news lexicon
    date: tuple[int, int, int]
    title: str
    source: str | None
    event_date: tuple[int, int, int] = (0, 0, 0)  # when the event happened, as found
    place: int = 0  # term id of where it happened (0: unknown)


_HASH_CACHE: dict[str, int] = {}


def term_id(term: str) -> int:
    """A stable signed 64-bit id for a term (blake2b), the same in every process."""
    h = _HASH_CACHE.get(term)
    if h is None:
        h = int.from_bytes(hashlib.blake2b(term.encode("utf-8"), digest_size=8).digest(),
                           "little", signed=True)
        if len(_HASH_CACHE) < 2_000_000:
            _HASH_CACHE[term] = h
    return h


def parse_date(text: str | None) -> tuple[int, int, int]:
    """(year, month, day) from a date as inputs give it ('2013-05-02', 'May 2, 2013',
    'Fri., May. 3, 2013 11: 45 AM'); zeros for what it does not say."""
    if not text:
        return (0, 0, 0)
    m = _ISO.search(text)
    if m:
        return (int(m.group(1)), int(m.group(2)), int(m.group(3)))
    year = month = day = 0
    y = _YEAR.search(text)
    if y:
        year = int(y.group(1))
    toks = _TOKEN.findall(text[:200].lower())
    for i, t in enumerate(toks):
        if t in _MONTHS:
            month = _MONTHS[t]
            for nxt in toks[i + 1:i + 2] + toks[max(0, i - 1):i]:
                if nxt.isdigit() and 1 <= int(nxt) <= 31:
                    day = int(nxt)
                    break
            break
    return (year, month, day)


def _tokens(text: str, weight: float, name_boost: float, number_boost: float,
            counts: defaultdict[str, float], special: set[str]) -> None:
    prev_end = 0
    start_of_sentence = True
    for m in _TOKEN.finditer(text):
        tok = m.group()
        gap = text[prev_end:m.start()]
        if prev_end == 0 or "\n" in gap or _SENT_END.search(text[max(0, prev_end - 2):prev_end]):
            start_of_sentence = True
        prev_end = m.end()
        first = tok[0]
        if first.isdigit():
            key = "#" + tok.replace(",", "")
            counts[key] += weight * number_boost
            special.add(key)
            start_of_sentence = False
            continue
        low = tok.lower().replace("’", "'")
        if low in STOPWORDS or len(low) < 2:
            start_of_sentence = False
            continue
        if first.isupper() and not start_of_sentence:
            counts[low] += weight * name_boost
            special.add(low)
        else:
            counts[low] += weight
        start_of_sentence = False
    for m in _MONTH_DAY.finditer(text):
        key = f"@{_MONTHS[m.group(1).lower()]}-{int(m.group(2))}"
        counts[key] += weight * number_boost
        special.add(key)


class Meta(NamedTuple):
    """What a story listing shows of an article (a signature without its term arrays)."""

    id: str
    date: tuple[int, int, int]
    title: str
    source: str | None


def sign(item: Article | Analysis, config: Config) -> Signature:
    """The signature of one article (headline and lead count more; names, numbers, months
    are boosted). Given an ``Analysis``, the place and date of the event it found are used
    too (the place as a name of the lead, the date when the input gives none)."""
    import numpy as np

    from ..model import Analysis

    event_place: str | None = None
    event_date: tuple[int, int, int] = (0, 0, 0)
    if isinstance(item, Analysis):
        article = item.article
        event_place = item.event_place or item.dateline.place
        d = item.event_date or item.dateline.date
        if d is not None:
            event_date = (d.year or 0, d.month or 0, d.day or 0)
    else:
        article = item

    name_boost = config.get_float("cluster.name_boost")
    number_boost = config.get_float("cluster.number_boost")
    lead_boost = config.get_float("cluster.lead_boost")
    max_chars = config.get_int("cluster.max_chars")
    text = article.text[:max_chars]
    counts: defaultdict[str, float] = defaultdict(float)
    special: set[str] = set()
    lead_end = _lead_end(text)
    _tokens(article.title or "", lead_boost, name_boost, number_boost, counts, special)
    _tokens(text[:lead_end], lead_boost, name_boost, number_boost, counts, special)
    _tokens(text[lead_end:], 1.0, name_boost, number_boost, counts, special)
    if event_place:
        for word in event_place.lower().split():
            if word not in STOPWORDS:
                counts[word] += lead_boost * name_boost
                special.add(word)
    by_id: dict[int, float] = {}
    special_ids: set[int] = set()
    prior_of: dict[int, float] = {}
    for term, c in counts.items():
        tid = term_id(term)
        by_id[tid] = by_id.get(tid, 0.0) + c
        prior_of[tid] = _prior(term)
        if term in special:
            special_ids.add(tid)
    ids = sorted(by_id)
    terms = np.array(ids, dtype=np.int64)
    tf = np.array([1.0 + math.log(by_id[i]) if by_id[i] >= 1 else by_id[i] for i in ids],
                  dtype=np.float32)
    spec = np.array([i in special_ids for i in ids], dtype=bool)
    prior = np.array([prior_of[i] for i in ids], dtype=np.float32)
    if not event_date[1]:
        event_date = _text_date(text[:300])
    date = parse_date(article.date) if article.date else (0, 0, 0)
    if not date[0] and not date[1]:
        date = event_date
    if event_date[1] and not event_date[0]:
        event_date = (date[0], event_date[1], event_date[2])
    place = term_id("^" + " ".join(event_place.lower().split())) if event_place else 0
    return Signature(article.id, terms, tf, spec, prior, date, article.title or _first_line(text),
                     article.source, event_date, place)


def _prior(term: str) -> float:
    """IDF of a word in the shipped lexicon; numbers and dates count as rare."""
    from ..lexicon import doc_freq

    table, n = doc_freq()
    df = 0 if term[0] in "#@" else table.get(term, 0)
    return math.log((n + 1) / (df + 1)) + 1.0


def _lead_end(text: str) -> int:
    """End of the lead: the first two sentences, roughly (first 400 characters at most)."""
    for n, m in enumerate(re.finditer(r"[.!?](?=\s)", text[:400]), 1):
        if n == 2:
            return m.end()
    return min(len(text), 400)


def _text_date(head: str) -> tuple[int, int, int]:
    """A date stated at the very top of the text (a dateline such as 'SOCHI, May 14. /TASS/')
    when it names a month and a day."""
    y, m, d = parse_date(head[:120])
    if m and d:
        return (y, m, d)
    return (0, 0, 0)


def _first_line(text: str) -> str:
    line = text.strip().split("\n", 1)[0]
    return line[:120]
