"""A compact, light-weight signature of an article for clustering: its words, names, numbers
and dates as stable 64-bit term ids with boosted sub-linear term frequencies, plus the few facts
used to keep apart reports of different events (date, place). No full extraction pipeline: the
signature reads the headline and the text once with linear regexes, so 100k articles take
seconds, and the same article gives the same signature in any process (no salted hashes)."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from itertools import repeat
from typing import TYPE_CHECKING, NamedTuple

from .. import lexicon
from ..clean import day_first
from ..extract.dates import MONTHS, WEEKDAYS
from ..extract.gazetteer import load as gazetteer
from ..segment import dateline_at

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt

    from ..config import Config
    from ..model import Analysis, Article

# a word (letters with an inner apostrophe) or a number (digits with inner , or .), once ’
# has become ' (the outer group and possessive repeats, which give the
# same matches here since nothing after them can fail, make it faster)
_WORD = re.compile(r"(?:[^\W\d_]++(?:'[^\W\d_]+)?+|\d++(?:[.,]\d+)*+)")
# a capitalised word not glued to a word or an apostrophe before it (the look-behind comes
# after the capital so that most positions fail on the first character)
_CAP = re.compile(r"[A-ZÀ-ÖØ-Þ](?<![\w'’].)[^\W\d_]*(?:['’][^\W\d_]+)?")
_CAP_START = re.compile(r"[^\w]{0,8}([A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’][^\W\d_]+)?)")
_SENT_SPLIT = re.compile(r"[.!?:\"”][ \t]+|\n")
# 'May 14', 'Sept. 5': a month's first three letters (a capital not glued to a word before it,
# then the rest checked only after that capital), then the day
_MONTH_DAY = re.compile(
    r"([ADFJMNOS](?<!\w.)(?:(?<=J)(?:an|un|ul)|(?<=F)eb|(?<=M)(?:ar|ay)|(?<=A)(?:pr|ug)|"
    r"(?<=S)ep|(?<=O)ct|(?<=N)ov|(?<=D)ec))[a-z]*\.?\s{1,3}(\d{1,2})\b")
_WEEKDAYS = frozenset(w.lower() for w in WEEKDAYS)
_IN_PLACE = re.compile(r"\b(?:in|at) ([A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2})")

# closed-class words and news filler: these never carry an event, whatever the corpus
# statistics say
STOPWORDS = lexicon.STOPWORDS | lexicon.NEWS_FILLER


@dataclass(frozen=True, slots=True)
class Signature:
    """What clustering keeps of one article: ``terms`` (sorted unique int64 term ids) and
    ``tf`` (float32 boosted term frequencies, same order), the publication or dateline date as
    (year, month, day) with 0 for unknown parts, and what a story listing shows."""

    id: str
    terms: npt.NDArray[np.int64]
    tf: npt.NDArray[np.float32]
    special: npt.NDArray[np.bool_]  # names, numbers and dates: what tells events apart
    prior: npt.NDArray[np.float32]  # documents of the shipped news lexicon holding the term
    date: tuple[int, int, int]
    title: str
    source: str | None
    event_date: tuple[int, int, int] = (0, 0, 0)  # when the event happened, as found
    place: int = 0  # term id of where it happened (0: unknown)
    # ``date`` is the publication date the input gives (not one read from the text; a page's
    # 'posted 3 days ago [downloaded on …]' counts back from the day it was saved)
    date_given: bool = False
    place_kind: int = 0  # what ``place`` is: ``Gazetteer.place_kind`` (0 unknown)


class _Terms(dict[str, int]):
    """Memo of what each raw token is as a term, by position: ``ids[k]`` (term id),
    ``prior[k]`` (documents of the shipped lexicon that hold it) and ``kind[k]`` (0 a word, 1 a
    number or date, 2 not a term: one letter) for the token mapped to k. A number's term is
    '#' + its digits without thousands commas. Looked up with ``map(TERMS.__getitem__, ...)``,
    so known tokens cost no Python call; emptied when it grows past ``limit`` tokens."""

    def __init__(self, limit: int = 1_000_000) -> None:
        import numpy as np

        super().__init__()
        self.limit = limit
        self.ids = np.zeros(1024, np.int64)
        self.prior = np.zeros(1024, np.float32)
        self.kind = np.zeros(1024, np.int8)

    def __missing__(self, token: str) -> int:
        import numpy as np

        if token[0].isdigit():
            term, kind = "#" + token.replace(",", ""), 1
        elif token[0] == "@":
            term, kind = token, 1
        else:
            term, kind = token, (0 if len(token) >= 2 else 2)
        k = len(self)
        if k == len(self.ids):
            self.ids = np.concatenate([self.ids, np.zeros(k, np.int64)])
            self.prior = np.concatenate([self.prior, np.zeros(k, np.float32)])
            self.kind = np.concatenate([self.kind, np.zeros(k, np.int8)])
        self.ids[k], self.prior[k], self.kind[k] = term_id(term), _prior(term), kind
        self[token] = k
        return k

    def trim(self) -> None:
        """Forget every token once there are more than ``limit`` (bounded memory)."""
        if len(self) > self.limit:
            self.clear()


_TERMS = _Terms()


def term_id(term: str) -> int:
    """A stable signed 64-bit id for a term (blake2b), the same in every process."""
    return int.from_bytes(hashlib.blake2b(term.encode("utf-8"), digest_size=8).digest(),
                          "little", signed=True)


def parse_date(text: str | None) -> tuple[int, int, int]:
    """(year, month, day) of a date as inputs give it ('2013-05-02', 'May 2, 2013 | 5: 03pm',
    'UPDATED 05 / 03 / 2013 at 11: 00 AM EDT'), zeros for what it does not say: the
    package's publication-date parser (``extract.dates.parse_published``) as a tuple."""
    if not text:
        return (0, 0, 0)
    from ..extract.dates import parse_published

    d = parse_published(text)
    return (d.year or 0, d.month or 0, d.day or 0)


def _counts(head: str, body: str, head_times: int,
            ) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """(lower-cased tokens, lower-cased names, month-day dates) of the headline and lead
    ``head`` (each counted ``head_times``) and the ``body``. A capitalised word that does not
    open a sentence is a name."""
    head = head.replace("’", "'")
    body = body.replace("’", "'")
    low = Counter(_WORD.findall(body.lower()))
    head_toks = _WORD.findall(head.lower())
    caps = _CAP.findall(body)
    head_caps = _CAP.findall(head)
    openers = [m.group(1) for m in map(_CAP_START.match, _SENT_SPLIT.split(body)) if m]
    head_openers = [m.group(1) for m in map(_CAP_START.match, _SENT_SPLIT.split(head)) if m]
    dates = [f"@{MONTHS[m.group(1).lower()]}-{int(m.group(2))}"
             for m in _MONTH_DAY.finditer(body)]
    head_dates = [f"@{MONTHS[m.group(1).lower()]}-{int(m.group(2))}"
                  for m in _MONTH_DAY.finditer(head)]
    for _ in range(head_times):
        low.update(head_toks)
        caps += head_caps
        openers += head_openers
        dates += head_dates
    names: Counter[str] = Counter()
    if caps:
        cap_counts = Counter(caps)
        cap_counts -= Counter(openers)  # keeps the positive counts
        lowered = list(map(str.lower, cap_counts))
        if len(set(lowered)) == len(lowered):
            names = Counter(dict(zip(lowered, cap_counts.values(), strict=True)))
        else:  # 'Apple' and 'APPLE': one name
            for cap, k in cap_counts.items():
                names[cap.lower()] += k
    return low, names, Counter(dates)


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

    c = config.cluster
    name_boost, number_boost, lead_boost = c.name_boost, c.number_boost, c.lead_boost
    max_chars = c.max_chars
    text = article.text[:max_chars]
    lead_end = _lead_end(text)
    low, names, dates = _counts((article.title or "") + "\n" + text[:lead_end],
                                text[lead_end:], max(0, round(lead_boost)))
    if event_place:
        for word in event_place.lower().split():
            low[word] += round(lead_boost)
            names[word] += round(lead_boost)
    terms, tf, special, prior = _weights(low, names, dates, name_boost, number_boost)
    if not event_date[1] or not event_place:
        found_place, found_date = event_facts(article.title or "", text)
        event_place = event_place or found_place
        if not event_date[1]:
            event_date = found_date
    date = parse_date(day_first(article.date, article.url)) if article.date else (0, 0, 0)
    given = bool(date[0])
    if not date[0] and not date[1]:
        date = _date_line(article.title or _first_line(text)) or event_date
    if event_date[1] and not event_date[0]:
        event_date = (date[0], event_date[1], event_date[2])
    place = term_id("^" + " ".join(event_place.lower().split())) if event_place else 0
    return Signature(article.id, terms, tf, special, prior, date,
                     article.title or _first_line(text), article.source, event_date, place,
                     given, gazetteer().place_kind(event_place) if event_place else 0)


def _weights(low: Counter[str], names: Counter[str], dates: Counter[str], name_boost: float,
             number_boost: float,
             ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32], npt.NDArray[np.bool_],
                        npt.NDArray[np.float32]]:
    """(sorted term ids, boosted sub-linear term frequencies, is-special, lexicon prior) from
    the token, name and date counts: a number's count is multiplied by ``number_boost``, a
    word gains ``name_boost - 1`` per occurrence as a name; numbers, dates and names are
    special. Tokens that end up as the same term (1,000 and 1000) are summed."""
    import numpy as np

    toks = [t for t in low if t not in STOPWORDS]
    toks += dates
    n = len(toks)
    _TERMS.trim()
    at = np.fromiter(map(_TERMS.__getitem__, toks), np.int64, n)
    counts = np.fromiter(map(low.__getitem__, toks), np.float64, n)  # dates: 0 in low
    as_name = np.fromiter(map(names.get, toks, repeat(0)), np.float64, n)
    nd = len(dates)
    if nd:
        counts[n - nd:] = np.fromiter(dates.values(), np.float64, nd)
        as_name[n - nd:] = 0.0
    kind = _TERMS.kind[at]
    number = kind == 1
    vals = np.where(number, counts * number_boost, counts + as_name * (name_boost - 1.0))
    spec = number | (as_name > 0)
    keep = np.flatnonzero(kind != 2)
    ids = _TERMS.ids[at[keep]]
    order = np.argsort(ids, kind="stable")
    keep = keep[order]
    terms = ids[order]
    raw = vals[keep]
    if len(terms) > 1 and not np.all(terms[1:] != terms[:-1]):  # 1,000 and 1000: one term
        first = np.flatnonzero(np.concatenate([[True], terms[1:] != terms[:-1]]))
        raw = np.add.reduceat(raw, first)
        terms, keep = terms[first], keep[first]
    tf = np.where(raw >= 1.0, 1.0 + np.log(np.maximum(raw, 1.0)), raw).astype(np.float32)
    return terms, tf, spec[keep], _TERMS.prior[at[keep]]


def _prior(term: str) -> float:
    """Documents of the shipped lexicon that hold a word; numbers and dates count as rare."""
    from ..lexicon import doc_freq

    return 0.0 if term[0] in "#@" else float(doc_freq()[0].get(term, 0))


def lexicon_size() -> int:
    """Documents in the shipped lexicon."""
    from ..lexicon import doc_freq

    return doc_freq()[1]


def _lead_end(text: str) -> int:
    """End of the lead: the first two sentences, roughly (first 400 characters at most)."""
    for n, m in enumerate(re.finditer(r"[.!?](?=\s)", text[:400]), 1):
        if n == 2:
            return m.end()
    return min(len(text), 400)


def event_facts(title: str, text: str) -> tuple[str | None, tuple[int, int, int]]:
    """Where and when the reported event happened, cheaply: the place and date of a dateline
    opening one of the first paragraphs ('SOCHI, May 14. /TASS/.'), else the first known place
    after 'in'/'at' and the first month-and-day in the lead or the headline."""
    from ..extract.gazetteer import load

    gaz = load()
    place: str | None = None
    date = (0, 0, 0)
    lead = ""
    for line in [ln for ln in text[:800].split("\n") if ln.strip()][:4]:
        m = dateline_at(line.strip())  # the segmenter's reading: 'SOCHI, May 14. /TASS/.'
        name = _dateline_name(m["place"]) if m and m["place"] else None
        if m and name:
            place = gaz.place(name) or gaz.place(name.upper()) or name
            y, mo, d = parse_date(m["date"] or "")
            if mo and d:
                date = (y, mo, d)
            lead = line.strip()[m.end():]
            break
        if not lead:
            lead = line
    lead = lead[:300]
    if place is None:
        place = _place_after_in(lead) or _place_after_in(title)
    if not date[1]:
        y, mo, d = parse_date(lead[:200])
        if mo and d:
            date = (y, mo, d)
    return place, date


def _place_after_in(text: str) -> str | None:
    """The first known place named after 'in' or 'at' ('held talks in Washington')."""
    from ..extract.gazetteer import load

    gaz = load()
    for m in _IN_PLACE.finditer(text):
        words = m.group(1).split()
        for k in range(len(words), 0, -1):
            place = gaz.place(" ".join(words[:k]))
            if place:
                return place
    return None


def _dateline_name(caps: str) -> str | None:
    """A dateline's place in capitals as a name ('NEW YORK' -> 'New York'), if it is one."""
    place = caps.strip(" .'-")
    low = place.lower()
    if len(place) < 3 or low in _WEEKDAYS or low in MONTHS or low in STOPWORDS:
        return None
    return " ".join(w.capitalize() for w in place.split())


def _date_line(line: str) -> tuple[int, int, int] | None:
    """The date of a headline or first line that is only a date, as scraped pages often give
    it ('DECEMBER 16, 2008', '18 September 2013 Last updated at 13: 59 GMT')."""
    if len(line) > 60 or not any(c.isdigit() for c in line):
        return None
    date = parse_date(line)
    return date if all(date) and len(line.split()) <= 9 else None


def _first_line(text: str) -> str:
    line = text.strip().split("\n", 1)[0]
    return line[:120]
