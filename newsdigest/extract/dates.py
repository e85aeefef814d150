"""Dates and datelines: 'May 14', '14 May 2019', '2019-05-14', 'on Tuesday', 'yesterday', and
the dateline prefix of a wire report ('SOCHI, May 14. /TASS/.', 'WASHINGTON (Reuters) -').
Unknown parts of a date stay unknown: a year is never invented."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..lazyre import lazy
from ..model import Article, Dateline, PartialDate, Statement
from ..segment import find_dateline as dateline_span
from .gazetteer import load as gazetteer
from .gazetteer import wordset

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# one date expression; named groups give its parts
DATE_RE = re.compile(
    rf"\b(?:(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])"
    rf"|(?:(?P<wd1>{_WD}),?\s+)?(?P<m1>{_MON})(?:\s+|(?<=\.))(?P<d1>{_DAY})\b"  # 'Dec.14' too
    rf"(?:,?\s+(?P<y1>{_YEAR}))?"
    rf"|(?:(?P<wd2>{_WD}),?\s+)?(?P<d2>{_DAY})\s+(?P<m2>{_MON})(?:,?\s+(?P<y2>{_YEAR}))?"
    rf"|(?P<m3>{_MON})\s+(?P<y3>{_YEAR}))(?![\w-])"
)
RELATIVE_RE = re.compile(
    rf"\b(?:(?:on|last|this|next|from|since|until|by|late|early)\s+(?P<wd>{_WD})"
    r"|(?P<rel>yesterday|today|tonight|tomorrow|overnight|last (?:week|month|year|night)"
    r"|this (?:week|month|year|morning|afternoon|evening)|earlier this (?:week|month|year))"
    rf"|(?-i:(?P<bare>{_WD})))\b",  # AP style: 'said Tuesday', 'a meeting Thursday'
    re.IGNORECASE,
)
TIME_RE = re.compile(r"\b\d{1,2}(?::\d\d|[.:]\d\d\s?[ap]\.?m\.?|\s?[ap]\.?m\.?)(?![\w])",
                     re.IGNORECASE)
YEAR_RE = re.compile(rf"\b(?:in|since|by|until|of|during|from|early|late|mid-?)\s+(?P<y>{_YEAR})\b")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date named in a text, and where."""

    start: int
    end: int
    date: PartialDate


def parse_date(m: re.Match[str]) -> PartialDate:
    g = m.groupdict()
    if g["iy"]:
        return PartialDate(int(g["iy"]), int(g["im"]), int(g["id"]))
    for n in ("1", "2", "3"):
        mon = g.get("m" + n)
        if mon:
            day = g.get("d" + n)
            year = g.get("y" + n)
            wd = g.get("wd" + n)
            d = int(re.sub(r"\D", "", day)) if day else None
            return PartialDate(int(year) if year else None, MONTHS[mon.rstrip(".").lower()],
                               d, wd or None)
    return PartialDate()  # pragma: no cover - the regex always sets one branch


def find_dates(text: str) -> Iterator[DateMention]:
    for m in DATE_RE.finditer(text):
        yield DateMention(m.start(), m.end(), parse_date(m))


def date_spans(text: str) -> list[tuple[int, int]]:
    """Spans that belong to dates, times and years-in-dates: no figure may come from them."""
    spans = [(m.start(), m.end()) for m in DATE_RE.finditer(text)]
    spans += [(m.start(), m.end()) for m in TIME_RE.finditer(text)]
    spans += [(m.start("y"), m.end("y")) for m in YEAR_RE.finditer(text)]
    return spans


@dataclass(frozen=True, slots=True)
class FoundDateline:
    """A dateline found in an article, where it is and the date as written."""

    dateline: Dateline
    span: tuple[int, int] | None  # in ``article.text``
    date_text: str | None  # 'May 14' as written


def find_dateline(article: Article, statements: Sequence[Statement]) -> FoundDateline:
    """The dateline and its span in ``article.text``: the text the segmenter left out between
    the start of one of the first paragraphs and its first statement (``segment`` decides
    what a dateline is, so the two always agree). ``Dateline.statement`` is the statement that
    follows it."""
    prev_end = 0
    text = article.text
    for st in statements[:6]:
        blank = text.rfind("\n\n", 0, st.start)
        para = max(blank + 2 if blank >= 0 else 0, prev_end)
        prefix = text[para: st.start]
        prev_end = st.end
        if not any(c.isalnum() for c in prefix) or len(prefix) > 200:
            continue  # nothing, or a list bullet ('• ') the segmenter left out
        span = dateline_span(text[para: st.end])
        if span is None or text[para + span[1]: st.start].strip():
            continue  # left out for another reason: a sentence printed twice
        return FoundDateline(_parse_prefix(prefix.strip(), st.index), (para, st.start),
                             _date_text(prefix))
    return FoundDateline(Dateline(), None, None)


def event_when(texts: Sequence[str], found: FoundDateline, published: str | None = None,
               later: Sequence[str] = ()) -> tuple[PartialDate | None, str | None]:
    """When the event happened: the dateline's date when there is one, else the first date the
    headline/lead ``texts`` give. 'yesterday' / 'today' / 'tomorrow' count from the dateline's
    date, or else from the ``published`` date the input gave; 'on Tuesday' adds the weekday,
    and with a full publication date the day it names (``event_day``). The day a closing
    attribution was said ('…, police said Friday.') counts only when no other day is given;
    the ``later`` texts (the statements after the lead) give a day only when ``texts`` give no
    date at all ('Maurice Cheeks is running the show again.' / 'the Sixers fired Jim O'Brien
    on Monday'). Parts nobody states stay unknown."""
    date = found.dateline.date
    phrases: list[str] = [found.date_text] if found.date_text else []
    explicit: PartialDate | None = None
    explicit_phrase = ""
    days: list[_Day] = []
    for text in texts:
        for dm in find_dates(text):
            if explicit is None and dm.date.iso() and not _outlet_dated(text, dm.start) \
                    and not _naming_another(text, dm.start, dm.end):
                explicit = dm.date
                if date is None:
                    explicit_phrase = text[dm.start:dm.end]
                    phrases.append(explicit_phrase)
        found_days = list(_relative(text, phrases, date or explicit))
        coming = {d.phrase for d in found_days if _coming(text, d.phrase)}  # 'will be
        phrases[:] = [p for p in phrases if p not in coming]  # counted Tuesday': not yet
        days += [d for d in found_days if d.phrase not in coming]
    if date is None and explicit is None and all(d.told for d in days):
        days += _later_day(later, phrases)
    weekday, shift = _day_of(days)
    if any(not d.told for d in days):  # the day something was told is not the event's
        told = {d.phrase for d in days if d.told}
        phrases = [p for p in phrases if p not in told]
    pub = parse_published(published) if published else None
    if date is None and explicit is None and shift is not None and pub is not None:
        date = _shifted(pub, shift)
    elif date is not None and shift:
        date = _shifted(date, shift)
    date = date or explicit
    if date is explicit and _another_weekday(date, weekday):
        # 'was sentenced Saturday … for the crimes he committed on March 11, 2005' (a Friday):
        # the full date is a day before the story's, not the day the lead's weekday names
        phrases = [p for p in phrases if p != explicit_phrase]
        date = None
    if weekday and (date is None or date.weekday is None):
        base = date or PartialDate()
        date = PartialDate(base.year, base.month, base.day, weekday)
    if date is not None and not date.iso() and not date.weekday:
        date = None
    return _completed(date, pub), ", ".join(phrases) or None


# spans longer than a day: after the lead, 'Last month, India's navy drew criticism …' tells
# what went before, not when the lead's event happened (and the statements after it that
# first tell such a span are background, so no later day is read from them either)
PERIODS = frozenset(("week", "month", "year"))


def _later_day(later: Sequence[str], phrases: list[str]) -> list[_Day]:
    """The first day of an event (not one something was told on, nor one to come) the
    ``later`` texts give, its phrase added to ``phrases``; none when they give none or the
    first they give is a ``PERIODS`` span."""
    day = next((d for text in later for d in _relative(text, list(phrases), None)
                if not d.told and d.relative != "tomorrow" and not _to_come(text, d.phrase)),
               None)  # ('Expect endless earthquake experts in the papers tomorrow')
    if day is None or day.relative.rsplit(" ", 1)[-1] in PERIODS:
        return []
    phrases.append(day.phrase)
    return [day]


def _another_weekday(date: PartialDate | None, weekday: str | None) -> bool:
    """Is ``date`` a full date that falls on another weekday than ``weekday``?"""
    if date is None or not weekday or date.year is None or date.month is None or (
            date.day is None):
        return False
    try:
        return dt.date(date.year, date.month, date.day).strftime("%A") != weekday
    except ValueError:  # no such day ('February 30')
        return False


# what is still to come: 'is due to appear before magistrates on Tuesday' is no event day
_FUTURE_WORDS = r"due to|will|is to|are to|expected to|scheduled to|set to"
_FUTURE = lazy(rf"\b(?:{_FUTURE_WORDS})\b")


# right before a day: a day the event comes before ('just days before Tuesday's primary')
_AHEAD_OF = lazy(r"\b(?:before|ahead of|until|till)\s+(?:the\s+)?$")


# ... in the clause of a lead: 'will be counted Tuesday' (not 'will host the Oscars next
# year, the Academy announced Friday', nor 'is to blame for Friday night's fire')
_COMING = lazy(rf"\b(?:{_FUTURE_WORDS})\b[^,;:.]{{0,40}}$")


def _coming(text: str, phrase: str) -> bool:
    """Does a lead's ``phrase`` name a day still to come, in the clause that says so?"""
    at = text.find(phrase)
    m = _COMING.search(text, max(0, at - 60), at) if at >= 0 else None
    return m is not None and not m.group().startswith(("is to blame", "are to blame"))


def _to_come(text: str, phrase: str) -> bool:
    """Does ``phrase`` of ``text`` name a day still to come ('is due to appear before
    magistrates on Tuesday', 'just days before Tuesday's New Hampshire primary')?"""
    at = text.find(phrase)
    return at >= 0 and (_FUTURE.search(text, max(0, at - 80), at) is not None
                        or _AHEAD_OF.search(text, max(0, at - 20), at) is not None)


# a day that only bounds a state ('have each been held since Monday', 'given LG group until
# Wednesday to sign up'), like one something was said on: the event's day only when no other
# is given ('By Monday morning, the grim global ritual had begun' is the event's)
BOUNDING = ("since ", "until ")


@dataclass(frozen=True)
class _Day:
    """A relative date phrase: its weekday ('' for none), relative word ('yesterday', '' for
    none), whether it only says when something was said ('…, police said Friday.') or bounds
    a state (``BOUNDING``), and its words."""

    weekday: str
    relative: str
    told: bool
    phrase: str


def _day_of(days: Sequence[_Day]) -> tuple[str | None, int | None]:
    """The weekday and the shift in days ('yesterday': -1) of the event among the relative
    ``days``: the first of those that are not only when something was said, else the first of
    all."""
    event = [d for d in days if not d.told] or list(days)
    weekday = next((d.weekday for d in event if d.weekday), None)
    shift = next((RELATIVE_DAYS[d.relative] for d in event if d.relative in RELATIVE_DAYS),
                 None)
    return weekday, shift


def _relative(text: str, phrases: list[str], known: PartialDate | None) -> Iterator[_Day]:
    """Each relative date phrase of ``text`` ('on Tuesday', 'yesterday', AP's bare
    'Tuesday'), each added to ``phrases``; not one already there, nor the weekday of the
    ``known`` date ('on Tuesday' after 'Tuesday, 3 March'), nor a weekday that is part of a
    name ('Super Tuesday')."""
    for m in RELATIVE_RE.finditer(text):
        phrase = m.group(0)
        if (m.group("bare") and _named_day(text, m.start())) or phrase == "TODAY":
            continue  # (USA TODAY, NBC's TODAY: a name, not the day)
        wd = (m.group("wd") or m.group("bare") or "").capitalize()
        if phrase.lower() in (p.lower() for p in phrases) or (
                wd and known is not None and known.weekday == wd):
            continue
        phrases.append(phrase)
        yield _Day(wd, (m.group("rel") or "").lower(), _said_when(text, m.start(), m.end())
                   or phrase.lower().startswith(BOUNDING), phrase)


def _said_when(text: str, start: int, end: int) -> bool:
    """The date phrase ``text[start:end]`` closes the sentence after a short attribution that
    follows a comma ('…, police said Friday.', '…, officials said on Tuesday.')."""
    if text[end:].strip(" .\"”’'"):
        return False
    clause = text[max(0, start - 50): start].rpartition(",")
    words = clause[2].split()
    if words and words[-1] == "on":
        words.pop()
    return bool(clause[1]) and 0 < len(words) <= 5 and words[-1] in _REPORTED


# the first words of days with a name ('Super Tuesday', 'Good Friday')
DAY_NAMES = wordset("super good black cyber ash holy easter palm bloody maundy giving fat patch "
                    "shrove blue")


def _named_day(text: str, start: int) -> bool:
    """The weekday at ``start`` is part of a day's name ('Super Tuesday', 'Good Friday'), not
    a weekday after a name ('killed a woman in Queens Friday night') or a word that opens the
    sentence ('Following Monday's debate')."""
    before = text[max(0, start - 30): start].split()
    return bool(before) and text[start - 1: start] == " " and before[-1][:1].isupper() and (
        before[-1].lower() in DAY_NAMES)


# the reporting verbs after which a date is when an outlet reported
_REPORTED = frozenset(("reported", "reports", "said", "says", "quoted", "cited"))


_ARTICLE_BEFORE = lazy(r"\b(?:[Aa]n?|[Tt]he)\s{1,3}$")
_NOUN_AFTER = lazy(r"\s{1,3}[a-z]{3,}")


def _naming_another(text: str, start: int, end: int) -> bool:
    """Is the date at ``start:end`` part of a name for another happening ('a March 2005
    shooting spree', 'the Dec. 14 attack'), told as background, not when this one happened?"""
    return (_ARTICLE_BEFORE.search(text, max(0, start - 6), start) is not None
            and _NOUN_AFTER.match(text, end) is not None)


def _outlet_dated(text: str, start: int) -> bool:
    """The date at ``start`` is when an outlet reported something ('…, ITAR-TASS reported
    September 26, citing the election commission'), not when the event happens."""
    words = text[max(0, start - 60): start].split()
    if words and words[-1] == "on":
        words.pop()
    if len(words) < 2 or words[-1] not in _REPORTED:
        return False
    name: list[str] = []
    for w in reversed(words[:-1]):  # 'ITAR - TASS', 'ITAR-TASS', 'Interfax'
        if not (w == "-" or w[:1].isupper()):
            break
        name.insert(0, w)
    return " ".join(name).replace(" - ", "-") in gazetteer().outlets


def _completed(date: PartialDate | None, pub: PartialDate | None) -> PartialDate | None:
    """``date`` completed from a full publication date ``pub`` (``event_day``: 'on Tuesday'
    published Thursday 16 May is 14 May), else as it is."""
    if date is None or pub is None or not (pub.year and pub.month and pub.day):
        return date
    return event_day(date, pub) or date


RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tonight": 0, "overnight": 0, "tomorrow": 1,
                 "last night": -1, "this morning": 0, "this afternoon": 0, "this evening": 0}


def _shifted(d: PartialDate, days: int) -> PartialDate:
    """``d`` moved by ``days``; a day that cannot be placed without the unknown year or month
    becomes unknown (and so does the weekday)."""
    if not days or d.day is None or d.month is None:
        return d
    if d.year is not None:
        moved = dt.date(d.year, d.month, d.day) + dt.timedelta(days=days)
        return PartialDate(moved.year, moved.month, moved.day)
    day = d.day + days
    if 1 <= day <= (28 if d.month == 2 else 30):
        return PartialDate(None, d.month, day)
    return PartialDate(None, d.month, None)


# digits split by spaces around a separator, as scraped pages give them ('5: 03pm',
# '05 / 03 / 2013', '2012 - 04 - 04')
_SPACED_SEP = lazy(r"(?<=\d) *([:/.-]) *(?=\d)")
_NUM_YMD = lazy(r"(?<!\d)(1[89]\d\d|20\d\d)([-/.])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])"
                r"(?!\d)")
# 05/03/2013, 3.5.2013, 5/3/13 (a two-digit year only with '/'); never part of a time
_NUM_DMY = lazy(r"(?<![\d:])(\d{1,2})([/.-])(\d{1,2})\2(1[89]\d\d|20\d\d|(?<=/)\d\d)"
                r"(?![\d:])")
_ANY_YEAR = lazy(rf"(?<!\d){_YEAR}(?!\d)")


# the day a page was saved, not published: '[downloaded on 2 October 2013]', 'retrieved 3 May'
_SAVED = lazy(r"\b(?:downloaded|retrieved|accessed|saved|archived|crawled|fetched)\b"
              r"(?:\s+(?:on|at))?", re.IGNORECASE)
_UNITS = r"(?:year|month|week|day|hour|minute|min|second|sec)s?"
# 'posted 1 year, 160 days ago', '(10 months ago)'
_AGO = lazy(rf"(?<!\d)\d++ {_UNITS}(?:(?:, | and | )\d++ {_UNITS})*+ ago\b",
            re.IGNORECASE)
_AGO_PART = lazy(rf"(?<!\d)(\d++) ({_UNITS})", re.IGNORECASE)


def parse_published(text: str) -> PartialDate:
    """The parts of a publication date string that it really states ('2019-05-14', 'Tue, 14
    May 2019 10:00 GMT', 'May 2, 2013 | 5: 03pm', 'UPDATED 05 / 03 / 2013 at 11: 00 AM EDT',
    'May 2019'): the first complete date it holds (numeric dates are month/day/year unless
    the first number cannot be a month; with dots, day.month.year), else a month or a year.
    A date the page says it was saved on ('[downloaded on 2 October 2013]') is not when it was
    published: 'posted 1 year, 160 days ago' counts back from it (to the day when the age is
    given in days, weeks or less; else the date stays unknown), and a date of its own before
    the mark is kept. The one publication-date parser of the package (``cluster`` reads
    article dates with it too): regular expressions first, ``dateutil`` only for the odd
    string they do not read."""
    text = " ".join(text[:200].split())
    saved = _SAVED.search(text)
    mark = saved.start() if saved else len(text)
    ago = _AGO.search(text, 0, mark)
    if saved and ago:
        return _counted_back(_parse_plain(text[saved.end():]), ago.group(0))
    return _parse_plain(text[:ago.start()] + text[ago.end():mark] if ago else text[:mark])


def _counted_back(ref: PartialDate, age: str) -> PartialDate:
    """The day ``age`` ('1 year, 160 days ago') before ``ref``, when both are exact enough."""
    parts = [(int(n), unit.lower().rstrip("s")) for n, unit in _AGO_PART.findall(age)]
    if ref.year is None or ref.month is None or ref.day is None or not any(
            u not in ("year", "month") for _, u in parts):
        return PartialDate()
    months = sum(n * (12 if u == "year" else 1) for n, u in parts if u in ("year", "month"))
    days = sum(n * (7 if u == "week" else 1) for n, u in parts if u in ("week", "day"))
    y, m = divmod(ref.year * 12 + ref.month - 1 - months, 12)
    try:
        day = dt.date(y, m + 1, min(ref.day, 28 if m == 1 else 30)) - dt.timedelta(days=days)
    except (ValueError, OverflowError):
        return PartialDate()
    return PartialDate(day.year, day.month, day.day)


def _parse_plain(text: str) -> PartialDate:
    text = _SPACED_SEP.sub(r"\1", text)
    if text.isupper():  # 'PUBLISHED: THURSDAY, MAY 2, 2013': month names as the patterns spell them
        text = text.title()
    found: list[tuple[int, PartialDate]] = []
    ymd = _NUM_YMD.search(text)
    if ymd:
        found.append((ymd.start(), PartialDate(int(ymd.group(1)), int(ymd.group(3)),
                                               int(ymd.group(4)))))
    dmy = _NUM_DMY.search(text)
    if dmy:
        a, b, y = int(dmy.group(1)), int(dmy.group(3)), int(dmy.group(4))
        month, day = (b, a) if a > 12 or (dmy.group(2) == "." and b <= 12) else (a, b)
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.append((dmy.start(), PartialDate(y + 2000 if y < 100 else y, month, day)))
    textual = [(dm.start(), parse_date(dm)) for dm in DATE_RE.finditer(text)]
    found += [(at, d) for at, d in textual if d.month is not None]
    if found:
        full = [f for f in found if f[1].day is not None] or found
        date = min(full, key=lambda f: f[0])[1]
        year = _ANY_YEAR.search(text) if date.year is None else None
        return PartialDate(int(year.group(0)) if year else date.year, date.month, date.day)
    year = _ANY_YEAR.search(text)
    if year:
        return PartialDate(int(year.group(0)))
    return _parse_with_dateutil(text)


def _parse_with_dateutil(text: str) -> PartialDate:
    """Parsed twice with different defaults: a part that changes with the default was not in
    the string."""
    import warnings

    from dateutil import parser

    if len(text) > 100 or not any(c.isdigit() for c in text):
        return PartialDate()
    try:
        with warnings.catch_warnings():  # 'GMT+3', 'EST': unknown time zones do not matter
            warnings.simplefilter("ignore")
            a = parser.parse(text, default=dt.datetime(2001, 1, 1), fuzzy=True)
            b = parser.parse(text, default=dt.datetime(2002, 2, 2), fuzzy=True)
    except (ValueError, OverflowError, TypeError, LookupError):
        return PartialDate()
    return PartialDate(a.year if a.year == b.year else None,
                       a.month if a.month == b.month else None,
                       a.day if a.day == b.day else None)


_AGENCY = re.compile(r"[(/]\s?(?P<a>[A-Z][\w.&'’ -]{0,38}?)\s?[)/]")


def _date_text(prefix: str) -> str | None:
    m = DATE_RE.search(prefix)
    return m.group(0) if m else None


def _parse_prefix(prefix: str, index: int) -> Dateline:
    """'SOCHI, May 14. /TASS/.', 'WASHINGTON (Reuters) -', 'BERLIN, Germany (AFP) -',
    'PHILADELPHIA ―', 'New York –' (any dash, see ``segment.find_dateline``)."""
    gaz = gazetteer()
    am = _AGENCY.search(prefix)
    agency = am.group("a").strip() if am else None
    if agency:
        agency = gaz.outlets.get(agency, agency)
    dm = DATE_RE.search(prefix)
    date = parse_date(dm) if dm else None
    cut = min([len(prefix), *(i for i in (prefix.find(","), prefix.find("("), prefix.find("/"),
                                           dm.start() if dm else -1) if i >= 0)])
    place_text = prefix[:cut].strip(" .:-‐‑‒–—―")
    place = None
    if place_text and not place_text[0].isdigit():
        words = place_text.split()
        # a short word in capitals is an abbreviation ('WASHINGTON DC'), unless a word of the
        # name follows it ('LA CROSSE', 'EL PASO')
        name = " ".join(w.capitalize() if w.isupper() and (len(w) > 2 or (
            w.isalpha() and n + 1 < len(words))) else w for n, w in enumerate(words))
        place = gaz.place(place_text) or gaz.place(name) or gaz.place(name.title()) or name
    return Dateline(place=place, date=date, agency=agency, statement=index)


def known_date(d: PartialDate | None) -> PartialDate | None:
    """``d`` when it says more than a weekday, else None; a weekday that is not the full
    date's own is left off ('on Friday' from another clause than '15 December 2013', a
    Sunday)."""
    if d is None or not d.iso():
        return None
    if d.weekday and d.year and d.month and d.day:
        try:
            own = WEEKDAYS[dt.date(d.year, d.month, d.day).weekday()]
        except ValueError:
            return d
        if own.lower() != d.weekday.lower():
            return PartialDate(d.year, d.month, d.day)
    return d


_WEEKDAYS = tuple(w.lower() for w in WEEKDAYS)  # Monday first, as date.weekday() counts


def _on(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None  # 29 February of another year


def event_day(d: PartialDate | None, published: PartialDate | None) -> PartialDate | None:
    """The event date, completed from the full publication date where the text leaves parts
    out: 'on Tuesday' is the last Tuesday on or before publication, '14 May' the nearest 14 May
    to publication, a day to come counting twice as far as a day past (published 27 September,
    '15 December' is the coming one, 79 days ahead, not 286 days back; '3 March' the one
    past). None when nothing but a weekday is known and there is no publication date."""
    if d is None or published is None:
        return known_date(d)
    assert published.year is not None and published.month is not None
    assert published.day is not None
    pub = dt.date(published.year, published.month, published.day)
    if d.month is not None and d.day is not None and d.year is None:
        days = [_on(year, d.month, d.day) for year in (pub.year - 1, pub.year, pub.year + 1)]
        near = [x for x in days if x is not None]
        if not near:
            return known_date(d)
        day = min(near, key=lambda x: (pub - x).days if x <= pub else 2 * (x - pub).days)
        return known_date(PartialDate(day.year, day.month, day.day, d.weekday))
    if not d.iso() and d.weekday and d.weekday.lower() in _WEEKDAYS:
        back = (pub.weekday() - _WEEKDAYS.index(d.weekday.lower())) % 7
        day = pub - dt.timedelta(days=back)
        return PartialDate(day.year, day.month, day.day, d.weekday)
    return known_date(d)
