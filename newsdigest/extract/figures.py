"""Figures: numbers with a meaning, each found by one named rule (``RULES``, tried in order;
a later rule never takes a number an earlier one took):

* ``score`` (:func:`_scores`): '1-0 defeat', 'beat the Jaguars, 31-24', 'deadlocked at 9-3':
  value the first side's number, unit the whole score ('1-0'). A pair without a score word
  near it ('adults 18 - 49', '10-15') is a range: neither of its numbers is read alone.
* ``duration`` (:func:`_durations`): '31:41', '2:05:38', '3:45.12', '9.58 seconds': value in
  seconds, unit 's'. A clock time ('at 18:41', '5:30 p.m.') is no figure.
* ``age`` (:func:`_ages`): '25-year-old', 'six-year-old', 'aged 25', 'at the age of 85', 'She
  was 85.', 'Tara Reid, 33, was', 'both 51,': unit 'years'.
* ``distance`` (:func:`_distances`): '9km', '25 miles', '1500m', 'the 200m freestyle',
  '2.5m high': unit as written in short ('m', 'km', 'miles', 'ft', ...). 'm' after a number is
  metres only in a distance context: '£5m', '$3m', '5m euros' are money, '3m people' a count
  of three million.
* money, percent, count, number (:func:`_quantities`): '$27 billion' money 27e9 'USD', '£1.5m'
  money 1.5e6 'GBP', '50 cents' money 0.5 'USD', '30%' / '30 per cent' percent 30, '120,000
  US soldiers' a count of 120000 'soldiers', 'a million' the number 1e6.
* ``count`` in words (:func:`_word_counts`): 'six penalties', 'twenty-five people'; 'a
  dozen people' 12, 'half a dozen aides' 6 (:func:`_dozens`).
* a share told as a ratio (:func:`_ratios`): 'six in 10 voters', '3 out of 4', 'one in five'
  is the percent it tells (60, 75, 20), so that it meets '60 percent' in another report.

A minus sign or 'minus' right before a count, number or percent makes it negative ('minus 17
degrees', 'lost -7 points'); not after 'plus or' ('plus or minus 3 points' is a margin).

How a number is written (number and scale words, separators, per cent, currency signs) is
``extract.numbers``'s. The forms tokenised copy (ECB+) writes are read whole: '26, 000 people'
(a count of 26000), 'fell 5. 4 per cent', '$2. 6 million', 'HK$ 5bn', 'a 16 - year - old', and
'4: 30 p. m.' is a clock time like '4:30 p.m.'.

Dates, clock times, years (a year is never a count), ordinals and numbers that are part of a
name ('G20', 'Boeing 737', 'F-16', 'Radio 1 said', '50 Cent') are not figures."""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from ..lazyre import lazy
from ..model import Figure, FigureKind
from ..words import ly_adverb
from . import numbers
from .dates import WEEKDAYS, date_spans
from .gazetteer import load as gazetteer
from .gazetteer import wordset
from .mentions import words_in

SCALES = numbers.SCALES
_SCALE_VALUES = {**SCALES, **numbers.MONEY_SCALES}  # and '$21MM'
_MONEY_SCALE_RE = "|".join(numbers.MONEY_SCALES)
_SCALE_NAMES = tuple(numbers.SCALE_NAMES)  # 'hundred', 'thousand', ...: after a number in words
SYMBOLS = numbers.CURRENCY_SIGNS
UNITS = numbers.UNITS
# the number words a figure may start with ('zero' is no count), with 'a', 'an' ('a million')
# and words of no exact number
WORD_NUMBERS: dict[str, float | None] = {
    "a": 1, "an": 1, **{w: v for w, v in numbers.TEENS.items() if v}, **numbers.TENS,
    "hundred": 100, "half a": 0.5, "several": None, "hundreds of": None,
}
_TENS = tuple(numbers.TENS)
# a number in words before a scale or per cent: 'Ninety-five percent', 'two hundred', 'a million'
_NUMWORD = rf"(?:{'|'.join(_TENS)})[- ](?:{'|'.join(UNITS)})|" + "|".join(sorted(
    (w.replace(" ", r"\s+") for w in WORD_NUMBERS if WORD_NUMBERS[w] is not None), key=len,
    reverse=True))


def _either_case(words: Sequence[str]) -> str:
    """'six|ten' -> '[Ss]ix|[Tt]en': a match without IGNORECASE, which is much slower."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in words)


# a number written in words on its own: 'six', 'Twenty-five', 'twenty five' ('one', 'a', 'an',
# 'half a' are left out: mostly no count)
_WORD_NUMBER = (rf"(?:(?:{_either_case(_TENS)})[- ](?:{'|'.join(UNITS)})\b|"
                + _either_case([w for w in WORD_NUMBERS if " " not in w and WORD_NUMBERS[w]
                                and w not in ("a", "an", "one")]) + ")")
FIGURE_RE = re.compile(
    rf"(?P<cur>{numbers.CURRENCY_RE})?"
    rf"(?:(?P<num>{numbers.DIGITS_RE})|(?P<word>\b(?:" + _NUMWORD + r")\b)"
    rf"(?=\s+(?:(?:{'|'.join(_SCALE_NAMES)})\b|{numbers.PERCENT_RE})))"
    # a scale word after a space or a hyphen ('$54.9-million', '$2. 6 - million'), a scale
    # letter glued on
    rf"(?:(?:\s|[ ]?-[ ]?(?=[a-z]{{4}}))?(?P<scale>{numbers.SCALE_RE}|{_MONEY_SCALE_RE})\b)?"
    r"(?P<pence>p\b)?"
    rf"(?:\s?(?P<pct>{numbers.PERCENT_RE}))?",
    re.IGNORECASE,
)
WORD_AFTER = re.compile(r"\s{1,3}(?:(?:US|U\.S\.|UK|EU|[A-Z]{2,5}|[A-Z][a-z]{1,20}an|more|new|"
                        r"extra|additional|other|full-time|part-time"
                        r"|[A-Z][a-z]{1,20}(?=[ ][a-z][a-z\-]*s\b)"  # '6,000 Web sites'
                        # 'six AK-47 rifles', '12 AK 47 guns'
                        r"|[A-Z]{1,3}(?:[ ]?-[ ]?|[ ])?\d{1,3}[A-Z]?(?=[ ][a-z][a-z\-]*s\b))"
                        # a noun, or models of a thing ('Seven AK-47s', '16 F-16s')
                        r"\s{1,3})?(?P<w>[a-z][a-z\-]*|[A-Z]{1,3}-\d{1,3}[A-Z]?s)\b"
                        r"(?:[ ](?P<head>[a-z][a-z\-]*s)\b)?")
CURRENCY_AFTER = re.compile(r"\s{1,3}(?P<w>(?:US\s{1,3})?[a-z]+)\b")
# a verb after a number that is its subject, no noun counted after it ('all five say they
# want immigrants …', 'the last of the six comes from …')
VERBS_AFTER = wordset("say says said tell tells told comes goes gets seems")
# words that follow a number without being what it counts
NOT_UNITS = wordset(
    """a an the and or but of to in on at by for from with as than per is are was were be been
    has have had will would could should may might can did do does that which who this these
    those it its their his her our your my out up down off over under into about after before
    since until between among against during while when where if so not no yet also only just
    even still more most less least times time last next across through throughout around
    within without behind beyond near via amid amongst toward towards along upon onto inside
    outside despite except plus minus versus like unlike above below shy short
    twenties thirties forties fifties sixties seventies eighties nineties"""
) | VERBS_AFTER  # (a decade is no unit: 'the nineteen fifties', 'in her forties')
HAS_NUMBER = lazy(rf"[0-9]|\b(?:{_either_case(_SCALE_NAMES)}|per ?cent|percent|percentage)"
                  r"\b")
_ORDINAL = re.compile(rf"{numbers.ORDINAL_SUFFIX}\b", re.IGNORECASE)
_WORDS_BEFORE = lazy(r"[\w'’-]+")

QUANTIFIERS = wordset(
    """about some nearly almost around approximately over than least total only just roughly
    estimated another additional extra up to"""
)

# an area or a volume: no distance ('12,000 square feet', '1.4 billion cubic feet')
_AREA = re.compile(r"[ ](?:[a-z]+[ ]){0,2}(?:square|sq|cubic)\b", re.IGNORECASE)
# words of no exact number before 'hundred' ('several hundred', 'a few hundred')
VAGUE = wordset("several few many some")


def _vague_hundred(word: str, text: str, at: int) -> bool:
    """Is ``word`` (at ``at``) a 'hundred' of no exact number ('several hundred')?"""
    return word.lower() == "hundred" and _prev_word(text, at)[0].lower() in VAGUE

Rule = Callable[[str, int], Iterator[Figure]]


class _Spans:
    """Does a span overlap any of these? In O(log n) per question."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.max_end: list[int] = []
        top = -1
        for _, b in ordered:
            top = max(top, b)
            self.max_end.append(top)

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect_left(self.starts, e)
        return i > 0 and self.max_end[i - 1] > s


def find_figures(text: str, statement: int, masked: Sequence[tuple[int, int]] = ()
                 ) -> Iterator[Figure]:
    """Figures in one statement's ``text``; offsets are into ``text``. ``masked`` spans (a
    dateline left inside the statement) are skipped. Each rule of ``RULES`` in turn; a figure
    overlapping one an earlier rule found is dropped."""
    rules = RULES if _has_number(text) else IN_WORDS
    taken: list[tuple[int, int]] = [*masked, *_no_figures(text)]
    found: list[Figure] = []
    for rule in rules:
        new = list(rule(text, statement))
        if not new:
            continue
        if taken:
            spans = _Spans(taken)
            new = [f for f in new if not spans.overlaps(f.start, f.end)]
        found += new
        taken += [(f.start, f.end) for f in new]
    found.sort(key=lambda f: f.start)
    for f in _ranges(text, found):
        yield _signed(text, f)


# the second number of two joined by these gives the first its unit ('40 or 50 years', '50 to
# 48 percent', 'between 20 and 30 people'); 'and' only after 'between' ('in 2012 and 50 years')
_JOINED = re.compile(r"[ ](?:or|to|and)[ ]")
RANGED = frozenset(("count", "percent", "duration", "distance", "weight"))
_LEADING = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _ranges(text: str, found: list[Figure]) -> list[Figure]:
    """``found`` (in order) with a bare number that a second figure follows after 'or', 'to'
    or 'between … and' given that figure's kind and unit, scaled as it is ('20 to 30 million
    people': 20 million)."""
    out = list(found)
    for n in range(len(out) - 1):
        one, two = out[n], out[n + 1]
        if not _range_of(text, one, two):
            continue
        digits = _LEADING.match(two.text)
        base = float(digits.group().replace(",", "")) if digits else 0.0
        scale = two.value / base if base else 1.0
        out[n] = replace(one, kind=two.kind, unit=two.unit, value=one.value * scale)
    return out


def _range_of(text: str, one: Figure, two: Figure) -> bool:
    """Is ``one`` a bare number in figures that ``two`` (a quantity of ``RANGED``) follows as
    the other end of a range: after 'or' or 'to', or 'and' when 'between' opens it?"""
    if one.kind != "number" or two.kind not in RANGED or not one.text[:1].isdigit():
        return False
    joined = _JOINED.fullmatch(text, one.end, two.start)
    if joined is None:
        return False
    return joined.group() != " and " or text[:one.start].rstrip().lower().endswith("between")


_SIGNED_KINDS = frozenset(("count", "number", "percent"))


def _signed(text: str, f: Figure) -> Figure:
    """``f`` negative when a minus sign ('-17', '−17', after a space or a bracket) or the word
    'minus' ('minus 17 degrees', not 'plus or minus 3 points') stands right before it."""
    s = f.start
    if f.kind not in _SIGNED_KINDS or s == 0 or not f.text[:1].isdigit():
        return f
    if text[s - 1] in "-\u2212" and (s == 1 or text[s - 2] in " (\n\t"):
        start = s - 1
    elif (text[max(0, s - 6):s].lower() == "minus " and (s == 6 or not text[s - 7].isalnum())
          and not text[max(0, s - 14):s - 6].lower().endswith("plus or ")):
        start = s - 6
    else:
        return f
    return replace(f, text=text[start:f.end], value=-f.value, start=start)


_DIGIT = re.compile("[0-9]")
# a time of day on the 24-hour clock, in hours: 'at 1100 hours', 'until 2359 hrs'
_CLOCK_HOURS = lazy(r"\b(?:at|until|till|by|from|before|after|around|about|since)\s{1,3}"
                    r"((?:[01]\d|2[0-3])[0-5]\d)\s{0,3}(?:hours|hrs)\b", re.IGNORECASE)


# a time of day on the 24-hour clock with its zone: 'about 2045 GMT', '1630 local time'
_CLOCK_ZONE = lazy(r"(?<![\w.,:])(?:[01]\d|2[0-3])[0-5]\d(?=[ ]?(?:GMT|BST|UTC|CET|[ECMP][SD]T|"
                   r"local[ ]time)\b)")
# a telephone number: '800-800-3855', '(212) 555-0199', '527-3247', '877-LAPD-24-7'; a
# trunk prefix and groups of digits ('0845 125 2222', '0800 555 111', '+44 20 7946 0018')
_PHONE = lazy(r"(?:\(\d{3}\)\s?|\b\d{3}[-.]){1,2}(?:\d{3}|[A-Z]{3,5})[-.]\d{4}\b|\b\d{3}-[A-Z]{3,5}"
              r"(?:-\d{1,4}){1,2}\b|\b\d{3}-\d{4}\b"
              r"|(?<![\w.,:/$£€-])(?:\+\d{1,3}[ ]?(?:\(0\)[ ]?)?\d{1,4}|0\d{2,4})"
              r"(?:[ -]\d{3,4}){1,2}(?!\w|[.,]\d)")
# a rank, not a count: 'the #1 movie', 'the number 2 man at the FBI'
_RANK = lazy(r"#[ ]?\d{1,3}\b|\b[Nn]umber[ ]\d{1,3}\b(?![.,]\d)")
# an emergency number: 'Hiller called 911', 'a 911 dispatcher', 'dialled 999'
_EMERGENCY = lazy(r"(?<![\w.,$£€/-])911\b(?![.,]?\d|/)|(?:(?<=called )|(?<=dialled )|"
                  r"(?<=dialed )|(?<=dial )|(?<=call )|(?<=rang ))999\b")
# a date in figures, spaced as tokenised copy writes it too: '(10 / 1 / 61)', '10/23/66'; a
# year cut short after an apostrophe, which opens no quotation ('the ’66 squad', 'the class of
# ’89'; not a possessive's mark written apart: "Mendes ’ 12-year-old daughter")
_SLASHED_DATE = lazy(r"(?<![\d/.,])\d{1,2}[ ]?/[ ]?\d{1,2}[ ]?/[ ]?(?:\d{4}|\d{2})(?![\d/])"
                     r"|(?<=[\s(])’[ ]?\d{2}(?![\d.,]\d|%)\b(?![ ]?[-–]|[ ]year)")


def _no_figures(text: str) -> Iterator[tuple[int, int]]:
    """Spans of digits that are no figure: a time of day ('at 1100 hours', 'about 2045 GMT'),
    a telephone or emergency number, a rank, a date written in figures."""
    if "hours" in text or "hrs" in text:  # 'at 1100 hours': a time of day, no span of hours
        yield from (m.span(1) for m in _CLOCK_HOURS.finditer(text))
    yield from (m.span() for m in _PHONE.finditer(text))
    for pattern, hints in ((_CLOCK_ZONE, "TM"), (_RANK, "#u"), (_EMERGENCY, "9"),
                           (_SLASHED_DATE, "/’")):
        if any(h in text for h in hints):
            yield from (m.span() for m in pattern.finditer(text))


def _has_number(text: str) -> bool:
    """``HAS_NUMBER.search(text)``, cheaply: a digit, else a scale word or 'per cent' (each
    has one of these pieces)."""
    if _DIGIT.search(text) is not None:
        return True
    return (any(w[1:] in text for w in _SCALE_NAMES) or "cent" in text) and (
        HAS_NUMBER.search(text) is not None)


def _figure(text: str, statement: int, s: int, e: int, kind: FigureKind, value: float,
            unit: str | None) -> Figure:
    return Figure(text=text[s:e], kind=kind, value=value, statement=statement, unit=unit,
                  start=s, end=e)


def _words_before(text: str, i: int, n: int) -> list[str]:
    """The last ``n`` words before position ``i``, lower case."""
    return [w.lower() for w in _WORDS_BEFORE.findall(text, max(0, i - 12 * n), i)[-n:]]


def _next_word(text: str, i: int) -> str:
    m = _WORD_NEXT.match(text, i)
    return m.group(1).lower().rstrip(".") if m else ""


_WORD_NEXT = re.compile(r"[ ]{0,2}([A-Za-z][A-Za-z.'’-]*)")


# --- scores -----------------------------------------------------------------------------------

# (not the tail of a number tokenised copy split: '1, 000 - 2, 000 people')
_PAIR = lazy(r"(?<![\w.,:/$£€-])(?:(?<!\d,[ ])|(?!\d{3}))(\d{1,3})[ ]?[-–][ ]?(\d{1,3})"
             r"(?![\w%/]|[.,:]\d|[ ]?[-–][ ]?\d)")
SCORE_AFTER = wordset(
    """defeat defeats win wins victory victories loss losses draw lead deadlock decision vote
    verdict majority scoreline thrashing triumph success setback home away aggregate margin
    record start series result half-time full-time run ruling tally count split"""
)
SCORE_BEFORE = wordset(
    """won win wins winning beat beats beating beaten lost lose loses losing drew draw drawn
    defeated defeat defeats trail trailed trailing led leading lead deadlocked passed thrashed
    edged score scoreline record victory triumph tally voted vote votes margin ruled tops
    topped rout routs routed downs downed crushed crushes stunned stuns upset upsets edges
    outlasted blanked"""
)
# ... right before the teams and score only: 'Colts top Chiefs 20-13', not 'the top rated in
# both adults 18 - 49'
SCORE_JUST_BEFORE = wordset("top")


def _scores(text: str, statement: int) -> Iterator[Figure]:
    if "-" not in text and "–" not in text:
        return
    for m in _PAIR.finditer(text):
        if not (_next_word(text, m.end()) in SCORE_AFTER
                or SCORE_BEFORE.intersection(_words_before(text, m.start(), 5))
                or SCORE_JUST_BEFORE.intersection(_words_before(text, m.start(), 2))):
            continue
        a, b = m.group(1), m.group(2)
        yield _figure(text, statement, m.start(), m.end(), "score", float(a), f"{a}-{b}")


# --- durations -------------------------------------------------------------------------------

# ('4: 30', '2: 05: 38': as tokenised copy spaces them)
_CLOCK = lazy(r"(?<![\d:.,])(\d{1,2}):[ ]?([0-5]\d)(?::[ ]?([0-5]\d))?(?:\.(\d{1,3}))?"
              r"(?![\d:]|\.\d)")
# 'a.m.' / 'p. m.' / 'PM' after a clock time
_AM_PM = r"[ ]?[ap]\.?[ ]?m\b"
# '9 a. m.', a time as tokenised copy spaces it (``dates.TIME_RE`` knows '9 a.m.', '9am')
_HOUR = lazy(r"(?<![\d:.,])\d{1,2}(?=[ ]?[apAP]\.[ ][mM]\b)")
_SECONDS = lazy(r"(?<![\w.,])(?:(\d{1,3}(?:\.\d{1,3})?)[ ]?(?:seconds|secs?)"
                r"|(\d{1,3}\.\d{1,3})s)\b(?!-)")
_CLOCK_AFTER = lazy(rf"{_AM_PM}|[ ]?(?:GMT|BST|UTC|CET|[ECMP][SD]?T\b|local|hours?|h\b"
                    r"|o'clock|on\b|this\b|that\b|tonight"
                    r"|in the (?:morning|afternoon|evening))", re.IGNORECASE)
_AM_PM_AFTER = lazy(_AM_PM, re.IGNORECASE)
DURATION_BEFORE = wordset("in of time timed clocked record finished took lasted lasting")
DURATION_AFTER = wordset("mark minutes seconds remaining left to")


# what a match of ``_SECONDS`` must hold: 'sec' or a decimal before an 's' (cheap to look for)
_SECONDS_HINT = re.compile(r"\d\.\d{1,3}s")


def _durations(text: str, statement: int) -> Iterator[Figure]:
    clocks = _CLOCK.finditer(text) if ":" in text else iter(())
    for m in clocks:
        a, b, c, frac = m.groups()
        if not _race_time(text, m, int(a)):
            continue
        parts = [int(a), int(b)] + ([int(c)] if c is not None else [])
        seconds = sum(n * 60 ** k for k, n in enumerate(reversed(parts)))
        value = seconds + (float("0." + frac) if frac else 0.0)
        yield _figure(text, statement, m.start(), m.end(), "duration", value, "s")
    if "sec" not in text and _SECONDS_HINT.search(text) is None:
        return
    for m in _SECONDS.finditer(text):
        value = float(m.group(1) or m.group(2))
        yield _figure(text, statement, m.start(), m.end(), "duration", value, "s")


def _race_time(text: str, m: re.Match[str], first: int) -> bool:
    """'in 31:41', 'the 2:15 mark', '26:47' (no clock has 26 hours), '2:05:38', '3:45.12':
    hours, minutes and seconds, not 'at 18:41', '5:30 p.m.' or '2:48:40 PM'."""
    if m.group(3) is not None or m.group(4) is not None:
        return _AM_PM_AFTER.match(text, m.end()) is None
    if _CLOCK_AFTER.match(text, m.end()):
        return False
    before = _words_before(text, m.start(), 1)
    return first >= 24 or (bool(before) and before[0] in DURATION_BEFORE) or (
        _next_word(text, m.end()) in DURATION_AFTER)


# --- ages --------------------------------------------------------------------------------------

# a hyphen in a compound, or a space: '25-year-old', '16 - year - old' (tokenised copy)
_HYPHEN = r"(?:[ ]?[-–][ ]?|[ ])"
_AGE = re.compile(
    rf"(?<![\w.,-])(?:(?P<n>\d{{1,3}})|(?P<w>{_WORD_NUMBER})){_HYPHEN}years?{_HYPHEN}old\b"
    r"|\b[Aa]ge[ds]?[ ](?P<aged>\d{1,3})\b(?![.,]\d| ?%)"
    r"|\b[Aa]t[ ]the[ ]age[ ]of[ ](?P<ageof>\d{1,3})\b(?![.,]\d| ?%)"
    # 'dies at 91', 'died at age 95': not 'died at 3 p.m.', 'at 11:45'
    r"|\b(?:[Dd]ies|[Dd]ied|[Dd]ead)[ ]at[ ](?P<diedat>(?:age[ ])?\d{1,3})\b"
    r"(?![.,:]\d| ?%|[ ]?[ap]\.?[ ]?m\b|[ ]?[AaPp]\.?M\b|[ ]?(?:GMT|BST|UTC|local|o'clock))")
# 'Anthony LaCalamita, 57, of Troy', 'The two men, both 51, were arrested'
_APPOSED_AGE = re.compile(r",(?<=[A-Za-z],)[ ](?:both[ ])?(?P<apposed>\d{1,3}),"
                          r"(?=[ ][a-z]|[ ][A-Z][\w-]{0,30}[ ]?['’]s?[ ][a-z])")  # (", 48,
# Gomes' ex-girlfriend": a possessive opening the apposition; "Gomes ' ex-" in tokenised copy)
# the last of a list of names with their ages ('Tanya Renee Wilson, 47; LaTonya Sharon Brown,
# 36; and Bryant A. Dalton, 39.'): after a capitalised word (``_listed_age``)
_LISTED_AGE = re.compile(r"(?<=[A-Za-z]),[ ](?P<listed>\d{1,3})(?=;|\.(?!\d)|$|[ ]and\b"
                         r"(?![ ]\d{1,3}(?:\.\d+)?[ ]?(?:%|per|points)))")
# 'She was 85.', 'who was 85 when he died': a person's age told with a verb
_TOLD_AGE = re.compile(r"\b(?:[Hh]e|[Ss]he|who|[A-Z][a-z'’-]+)[ ](?:was|is)[ ](?P<told>\d{1,3})"
                       r"(?=\.(?!\d)|;|,(?![ ]?\d)|[ ]when\b|$)")


def _ages(text: str, statement: int) -> Iterator[Figure]:
    """'a 25-year-old', 'aged 25', 'at the age of 85', 'Anthony LaCalamita, 57, of Troy',
    'both 51', 'She was 85.', 'Mark Felt was 95.', 'dies at 91'."""
    hinted = "year" in text or "ge" in text or "d at " in text or "s at " in text
    found = _AGE.finditer(text) if hinted else iter(())
    told = _TOLD_AGE.finditer(text) if "as " in text or "is " in text else iter(())
    listed = (m for m in _LISTED_AGE.finditer(text) if _after_a_name(text, m.start()))
    for m in (*found, *_APPOSED_AGE.finditer(text), *told, *listed):
        key = next(k for k, v in m.groupdict().items() if v)
        raw = m.group(key)
        value = float(_word_value(raw) if key == "w" else int(raw.split()[-1]))
        if not 0 < value < 120:
            continue
        s, e = ((m.start(key), m.end(key))
                if key in ("apposed", "told", "ageof", "diedat", "listed") else m.span())
        yield _figure(text, statement, s, e, "age", value, "years")


def _after_a_name(text: str, comma: int) -> bool:
    """Is the word before ``comma`` capitalised, not the first of the text ('Dalton, 39.',
    not 'In points, 39.')?"""
    words = text[:comma].split()
    return len(words) > 1 and words[-1][:1].isupper()


# --- distances ---------------------------------------------------------------------------------

DISTANCE_UNITS = {
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km",
    "kilometers": "km", "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "mile": "miles", "miles": "miles", "nautical miles": "nautical miles", "ft": "ft",
    "feet": "ft", "foot": "ft", "yard": "yards", "yards": "yards", "yds": "yards", "cm": "cm",
    "centimetres": "cm", "centimeters": "cm", "mm": "mm", "millimetres": "mm",
    "millimeters": "mm", "inches": "in",
}
_DISTANCE = re.compile(
    rf"(?<![\w.,$£€])({numbers.DIGITS_RE})[ -]?"
    r"(nautical miles|" + "|".join(sorted((u for u in DISTANCE_UNITS if " " not in u),
                                         key=len, reverse=True)) + r")\b(?![-.]?\d)")
# after '1500m' / '2.5m': a word telling metres, not millions
METRES_AFTER = wordset(
    """high tall long wide deep taller longer higher deeper wider shorter away above below
    per hurdles freestyle breaststroke backstroke butterfly medley individual relay race races
    sprint final finals title heat heats semi-final event gold silver bronze world champion
    champions run dash steeplechase track swim walk mark from"""
)


def _distances(text: str, statement: int) -> Iterator[Figure]:
    for m in _DISTANCE.finditer(text):
        unit = DISTANCE_UNITS[m.group(2).lower()]
        if unit == "m" and not _metres(text, m):
            continue
        value = numbers.digits_value(m.group(1), codes=False)
        if value is not None:
            yield _figure(text, statement, m.start(), m.end(), "distance", value, unit)


def _metres(text: str, m: re.Match[str]) -> bool:
    """'1500m' / '2.5m' as metres: written 'metres', or a distance word after it ('2.5m high',
    'the 200m freestyle', '17m/s', '1.3m (4.2ft)'), or no counted word after a whole number
    that 'the' or a possessive stands before ('won the 1500m.'). Else millions ('3m people',
    'up from 38m')."""
    if m.group(2) != "m":
        return True
    after = text[m.end(): m.end() + 3]
    if after.startswith("/") or after.startswith(" ("):
        return True
    word = _next_word(text, m.end())
    if word in METRES_AFTER:
        return True
    if word and word not in NOT_UNITS and text[m.end():m.end() + 1] == " ":
        return False  # '3m people', '5m euros'
    before = _words_before(text, m.start(), 2)
    if any(w in MOVED for w in before):
        return True  # 'fell about 600m while climbing', 'plunged 200m'
    return "." not in m.group(1) and bool(before) and before[-1] in (
        "the", "his", "her", "their", "its", "world", "within")  # 'within 80m of the summit'


# verbs of moving a distance, one or two words before 'NNNm': metres, not millions
MOVED = wordset("""fell fall falls falling plunged plunging plummeted slid slipped tumbled
    climbing swam swum walked jumped dived dove sank sunk""")  # (not 'dropped', 'climbed',
# 'ran': shares dropped 20m, sales climbed 5m, a fund ran 3m)


# --- magnitudes ------------------------------------------------------------------------------

# '5.9-magnitude', '5. 9 - magnitude' (tokenised copy), 'a 6.1 magnitude quake', 'magnitude
# 6.1', 'magnitude-7.0', '6.1 on the Richter scale'
_MAG_NUM = r"\d(?:\.[ ]?\d{1,2})?(?!\d|[.,]\d)"
_MAGNITUDE = lazy(
    rf"(?<![\w.,$£€])(?P<a>{_MAG_NUM})(?:[ ]?[-–][ ]?|[ ])[Mm]agnitude\b"
    rf"|\b[Mm]agnitude(?:[ ]?[-–][ ]?|[ ](?:of[ ])?)(?P<b>{_MAG_NUM})"
    rf"|(?<![\w.,$£€])(?P<c>{_MAG_NUM})[ ]on[ ]the[ ]Richter\b")


def _magnitudes(text: str, statement: int) -> Iterator[Figure]:
    """An earthquake's magnitude: kind 'magnitude', no unit ('a 5.9-magnitude quake' and
    'magnitude 6.1' are two values of one quantity)."""
    if "agnitude" not in text and "Richter" not in text:
        return
    for m in _MAGNITUDE.finditer(text):
        raw = m.group("a") or m.group("b") or m.group("c")
        value = numbers.digits_value(raw, codes=False)
        if value is not None and 0 < value < 10:
            yield _figure(text, statement, m.start(), m.end(), "magnitude", value, None)


# --- hyphenated compounds: 'a 90-day stint', 'a three-week trial', 'a 200-pound man' ------------

# a span of time a compound counts, and its plural: 'a 90-day stay' is a count of 90 'days',
# as 'for 90 days' is
TIME_UNITS = {"second": "seconds", "minute": "minutes", "hour": "hours", "day": "days",
              "week": "weeks", "month": "months", "year": "years", "decade": "decades",
              "century": "centuries"}
_COMPOUND = lazy(
    rf"(?<![\w.,:$£€/-])(?<!/[ ])(?:(?P<n>\d{{1,3}}(?:,\d{{3}})*(?:\.\d{{1,2}})?)"
    rf"|(?P<w>{_WORD_NUMBER}|[Oo]ne))[ ]?[-–][ ]?(?P<u>{'|'.join(TIME_UNITS)}|pound)\b"
    r"(?![ ]?[-–][ ]?(?:olds?|[a-z]+-)\b|[ ]olds?\b|[’'])")  # not '9-month-old', '25-year olds'
# what a text with such a compound has (searched much faster than ``_COMPOUND``)
_COMPOUND_HINT = re.compile(rf"[-–][ ]?(?:{'|'.join(TIME_UNITS)}|pound)")
# a noun after 'N-pound' that makes it money: 'a 135-pound fine' (else a weight: 'a 200-pound
# man', 'a 500-pound bomb')
MONEY_NOUNS = wordset("""fine fines note notes coin coins fee fees bill ticket tickets prize
    payment payments bonus bet bets cheque check charge charges levy fare fares voucher""")


def _compounds(text: str, statement: int) -> Iterator[Figure]:
    """'a 90-day stint', 'a 90 - day stay', 'a three-week trial': a count of the span of time,
    as its spaced form ('for 90 days'); 'a 200-pound man' a weight, 'a 135-pound fine' money.
    Not an age ('25-year-old', which ``_ages`` took first, '9-month-old')."""
    if _COMPOUND_HINT.search(text) is None:
        return
    for m in _COMPOUND.finditer(text):
        word = m.group("w")
        if word and word[0].isupper() and not _sentence_initial(text, m.start()):
            continue  # part of a name
        value = float(_word_value(word)) if word else numbers.digits_value(m.group("n"),
                                                                            codes=False)
        if not value:
            continue
        unit = m.group("u")
        if unit == "pound":
            money = _next_word(text, m.end()) in MONEY_NOUNS
            yield _figure(text, statement, m.start(), m.end(), "money" if money else "weight",
                          value, "GBP" if money else "lb")
        else:
            yield _figure(text, statement, m.start(), m.end(), "count", value,
                          unit if value == 1 else TIME_UNITS[unit])


# --- counted-noun compounds: 'the 1,237-delegate threshold', 'a 10-point lead' -----------------

# a number in digits, a hyphen and a noun it counts, as in its spaced form '1,237 delegates'
# (not a span of time, a weight or a distance, which rules before this take; not '6-foot-2')
_NOUN_COMPOUND = lazy(
    r"(?<![\w.,:$£€/-])(?P<n>\d{1,3}(?:,\d{3})*)-(?P<u>[a-z]{3,20})\b(?![-’'])")
_NOUN_COMPOUND_HINT = re.compile(r"\d-[a-z]{3}")
# words after 'N-' that are no counted noun: '10-fold', '50-plus', '20-something', '100,000-strong'
NOT_COMPOUND_NOUNS = wordset("fold plus something odd ish all nil old strong percent per cent "
                             "inch pound")


def _noun_compounds(text: str, statement: int) -> Iterator[Figure]:
    """'the 1,237-delegate threshold', 'a 214-delegate advantage', 'a 30-member board': a count
    of the noun's plural, as '1,237 delegates' is, so that the two forms of one figure meet.
    Not an adjective ('9-ranked', '3-seeded'), a span of time, money or a distance."""
    if _NOUN_COMPOUND_HINT.search(text) is None:
        return
    gaz = gazetteer()
    for m in _NOUN_COMPOUND.finditer(text):
        noun = m.group("u")
        value = numbers.digits_value(m.group("n"), codes=False)
        if (not value or noun in NOT_COMPOUND_NOUNS or noun.endswith(("ed", "ing"))
                or noun.removesuffix("s") in TIME_UNITS or noun in DISTANCE_UNITS
                or noun in gaz.currency_words):
            continue
        yield _figure(text, statement, m.start(), m.end(), "count", value, _plural(noun))


def _plural(noun: str) -> str:
    """'delegate' -> 'delegates', 'county' -> 'counties', 'church' -> 'churches'."""
    if noun.endswith("s"):
        return noun
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("x", "ch", "sh")) else "s")


# --- weights -----------------------------------------------------------------------------------

WEIGHT_UNITS = {"lb": "lb", "lbs": "lb", "kg": "kg", "kgs": "kg", "kilogram": "kg",
                "kilograms": "kg", "kilogrammes": "kg", "kilos": "kg", "tonne": "tonnes",
                "tonnes": "tonnes", "ton": "tons", "tons": "tons", "ounces": "oz", "oz": "oz",
                "grams": "g", "grammes": "g"}
_WEIGHT = lazy(
    rf"(?<![\w.,$£€])({numbers.DIGITS_RE})[ ]?(?:(?P<scale>million|billion)[ ])?"
    r"(" + "|".join(sorted(WEIGHT_UNITS, key=len, reverse=True)) + r")\b(?![-.]?\d)")
_WEIGHT_HINT = re.compile(r"\d[ ]?(?:million |billion )?(?:lb|kg|kilo|ton|ounce|oz\b|gram)")
# words before '135 pounds' that make it a weight, not money
WEIGHT_BEFORE = wordset("""weigh weighs weighed weighing weight weights lost lose loses losing
    shed sheds shedding gained gain gains gaining heavy heavier lighter tipped""")
# ... and after it: '135 pounds of cocaine', '20 pounds heavier', '5 pounds overweight'
WEIGHT_AFTER = wordset("of heavier lighter overweight underweight")


def _weights(text: str, statement: int) -> Iterator[Figure]:
    """'200 lbs', '60kg', '1,000 tonnes of aid': kind 'weight', unit as written in short."""
    if _WEIGHT_HINT.search(text) is None:
        return
    for m in _WEIGHT.finditer(text):
        value = numbers.digits_value(m.group(1), codes=False)
        if value is not None:
            value *= SCALES.get(m.group("scale") or "", 1.0)
            yield _figure(text, statement, m.start(), m.end(), "weight", value,
                          WEIGHT_UNITS[m.group(3).lower()])


def _pounds_weight(text: str, start: int, end: int) -> bool:
    """'weighed 135 pounds', 'lost 135 pounds', '135 pounds of cocaine', '6-foot-2, 220
    pounds' (after a height): pounds of weight (``start`` is where the number starts, ``end``
    where 'pounds' ends); '135 pounds', '135 pounds sterling' stay money."""
    before = _words_before(text, start, 3)
    height = any(w in ("foot", "feet") or "-foot" in w or "-feet" in w for w in before)
    return height or bool(WEIGHT_BEFORE.intersection(before)) or (
        _next_word(text, end) in WEIGHT_AFTER)


# --- numbers in words ------------------------------------------------------------------------

# (the look-ahead on the first letter skips most positions at once)
_WORD_COUNT = lazy(rf"\b(?=[TtFfSsEeNnHh])({_WORD_NUMBER})\b(?![-’'])")
# the words ``_WORD_COUNT`` starts with, as whole words: a text with none has no such count
_COUNT_WORDS = frozenset(v for w in WORD_NUMBERS if " " not in w and WORD_NUMBERS[w]
                         and w not in ("a", "an", "one") for v in (w, w[0].upper() + w[1:]))
# words after a number in words that are not what it counts
NOT_COUNTED = wordset("they we he she you i them us one ones thirds quarters halves fifths")


def _counted_noun(wm: re.Match[str], text: str | None = None) -> str:
    """The noun a number counts: the word after it, or the plural after that when the first
    is its modifier ('two former executives', '40 software programs': not 'former'), or, in
    ``text``, a plural up to three words further (``_plural_after``: 'Two possible gang
    members', 'three international cables': not 'possible', 'international')."""
    w, head = wm.group("w"), wm.group("head")
    if w in VERBS_AFTER:
        return ""  # 'all five say they want immigrants': no count of immigrants
    if head in NOUN_MODIFIERS and text is not None:
        return _plural_after(text, wm.end()) or head  # 'four cable news networks'
    if w in NOUN_MODIFIERS and head:
        return head  # 'two news conferences'
    if head and w not in NOT_UNITS and not _s_plural(w) \
            and not head.endswith(("ss", "us", "is")) and head not in NOT_UNITS:
        return head  # (not 'a mother of two who works')
    if text is not None and not head and not _plural_like(w):
        # an adverb counts nothing ('14 solidly Democratic …', 'five totally decked out …')
        return _plural_after(text, wm.end()) or ("" if ly_adverb(w) else w)
    return w


# plurals with no -s: 'two possible gang members' counts members, '26 Somali crew' the crew
IRREGULAR_PLURALS = wordset("people men women children police crew staff personnel troops "
                            "cattle sheep fish deer feet teeth mice geese")
_NEXT_THREE = re.compile(r"[ ]([A-Za-z][a-z\-]*)\b(?:[ ]([A-Za-z][a-z\-]*)\b"
                         r"(?:[ ]([A-Za-z][a-z\-]*)\b)?)?")


# words in -s that mostly modify the plural after them: 'four cable news networks'
NOUN_MODIFIERS = wordset("news")
# words ending in -s that are no plural noun
NOT_PLURAL = wordset("downstairs upstairs afterwards always perhaps sometimes besides "
                     "towards nevertheless overseas indoors outdoors")


def _s_plural(word: str) -> bool:
    """A plural noun with an -s ('members', not 'suspicious', 'glass', 'downstairs')."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and (
        word not in NOT_PLURAL)


def _plural_like(word: str) -> bool:
    return word in IRREGULAR_PLURALS or _s_plural(word)


def _plural_after(text: str, at: int) -> str | None:
    """The first plural noun in lower case of the next three words at ``at``, past modifiers
    (capitalised ones too: '800 likely Republican primary voters') and before any function
    word ('gang members' at ' gang members …')."""
    m = _NEXT_THREE.match(text, at)
    modifier = None  # 'news' of 'three major cable television news networks'
    for word in (m.groups() if m else ()):
        if word is None or word in NOT_UNITS or word.lower() in NOT_UNITS:
            return modifier
        if word in NOUN_MODIFIERS:
            modifier = word
        elif _plural_like(word) and (word[0].islower() or _nationals(word)):
            return word  # 'the four brave Americans'
    return modifier


def _word_value(word: str) -> int:
    value = numbers.word_value(word)
    return value if value is not None else int(WORD_NUMBERS.get(word.lower()) or 0)


def _word_counts(text: str, statement: int) -> Iterator[Figure]:
    """'six penalties', 'Twenty-five people', 'two US soldiers': a number in words and the
    noun it counts (with no noun after it, a number in words is no figure); part of a name
    ('Three Kings') when capitalised inside a sentence. 'one' is left out: mostly a pronoun
    or an idiom ('one of', 'one day', 'no one')."""
    if _COUNT_WORDS.isdisjoint(words_in(text)):
        return
    for m in _WORD_COUNT.finditer(text):
        word = m.group(1)
        if (word[0].isupper() and not _sentence_initial(text, m.start())) or _vague_hundred(
                word, text, m.start()) or _idiom_number(text, m.start(), m.end()):
            continue
        wm = WORD_AFTER.match(text, m.end())
        value, end = float(_word_value(word)), m.end()
        if wm and wm.group("w") == "dozen":  # 'two dozen people': 24 people
            end = wm.end("w")
            wm = _DOZEN_OF.match(text, end)
            value *= 12
        noun = _counted_noun(wm, text) if wm else ""
        if not _countable(noun):
            children = None if _plural_after(text, end) else _children_of(text, m.start())
            # 'a father of three'; not 'the parents of two Americans killed'
            if children:
                yield _figure(text, statement, m.start(), end, "count", value, children)
            continue
        assert wm is not None
        if noun in _SMALL_COINS:  # 'up four pence', 'fifty cents'
            yield _figure(text, statement, m.start(), wm.end(), "money", value / 100,
                          _SMALL_COINS[noun])
            continue
        unit = DISTANCE_UNITS.get(noun)
        yield _figure(text, statement, m.start(), wm.end() if unit else end,
                      "distance" if unit else "count", value, unit or noun)


_SMALL_COINS = {"pence": "GBP", "cents": "USD"}  # a hundredth of the currency
# 'a thing or two', 'a day or two': a vague amount, no count of the noun after it
_OR_TWO = lazy(r"\b(?:[Aa]n?|[Oo]ne)[ ][a-z]+[ ]or[ ]$")
# 'a four-by-four car': a kind of vehicle, no count
_BY = lazy(r"[-–][ ]?by[ ]?[-–]")


def _idiom_number(text: str, start: int, end: int) -> bool:
    """Is the number in words at ``start``-``end`` part of an idiom, not a count: 'knows a
    thing or two about …', 'a large four-by-four car'?"""
    after = text[end: end + 30].split()[:1]
    vague = not after or not after[0].rstrip(".,;:!?\"'”’)").endswith("s")  # not 'a month or
    # six weeks'
    return (vague and _OR_TWO.search(text, max(0, start - 30), start) is not None) or (
        _BY.match(text, end) is not None or _BY.search(text, max(0, start - 5), start) is not None)


def _countable(noun: str) -> bool:
    """Can a number in words count ``noun`` (not a function word, a scale, a pronoun, a
    currency, a participle)?"""
    return bool(noun) and not (noun in NOT_UNITS or noun in _NOT_A_NOUN or noun in NOT_COUNTED
                               or noun in gazetteer().currency_words
                               or noun.endswith(("ing", "ed")))


# 'two dozen (of the) people', 'two dozen (mostly) young people'
_DOZEN_OF = re.compile(r"(?:\s{1,3}of)?(?:\s{1,3}[a-z]{2,12}ly\b)?" + WORD_AFTER.pattern)


# a scale or per cent after a number in words: ``_quantities`` reads it ('six million')
_NOT_A_NOUN = frozenset((*_SCALE_NAMES, "percent", "per"))


# 'a dozen people', 'half a dozen aides' ('two dozen' is ``_word_counts``')
_A_DOZEN = lazy(r"\b(?:(?P<half>[Hh]alf[ ]a)|[Aa])[ ]dozen\b(?![-’'])")


def _dozens(text: str, statement: int) -> Iterator[Figure]:
    """'a dozen people' (12), 'more than a dozen states', 'half a dozen aides' (6): a count of
    the noun after it, as 'two dozen people' is."""
    if "dozen" not in text:
        return
    for m in _A_DOZEN.finditer(text):
        wm = _DOZEN_OF.match(text, m.end())
        noun = _counted_noun(wm, text) if wm else ""
        if not _countable(noun):
            continue
        yield _figure(text, statement, m.start(), m.end(), "count",
                      6.0 if m.group("half") else 12.0, noun)


# 'six in 10', 'Nine in 10', '3 out of 4', 'one in five', '1 in 500' (not 'in 2016', '3 in 10
# days', '6 in 10.5', '2 in 10%')
_RATIO = lazy(
    rf"(?<![\w.,:/$£€-])(?P<n>\d{{1,3}}|{_WORD_NUMBER}|[Oo]ne)[ ](?:in|out[ ]of)[ ]"
    rf"(?P<d>\d{{1,3}}(?:,\d{{3}}){{0,2}}|{_WORD_NUMBER})\b(?![.,]\d|[ ]?[-–%]|[’'])")
_RATIO_HINT = re.compile(r" (?:in|of) (?:\d|(?:two|three|four|five|six|seven|eight|nine|ten)\b)")


def _ratios(text: str, statement: int) -> Iterator[Figure]:
    """A share told as a ratio: 'six in 10 voters' is 60 percent, '3 out of 4' 75; the smaller
    number first, the larger at most a million and no year; not a span of time ('3 in 10
    days'), nor a capitalised number word inside a sentence (a name)."""
    if _RATIO_HINT.search(text) is None:
        return
    for m in _RATIO.finditer(text):
        n, d = m.group("n"), m.group("d")
        if n[0].isupper() and not _sentence_initial(text, m.start()):
            continue
        top = float(n) if n.isdigit() else float(_word_value(n.lower()) or n.lower() == "one")
        bottom = _denominator(d)
        if (not bottom or not 0 < top < bottom or bottom > 1e6 or _is_year(d, text, m.start("d"))
                or _next_word(text, m.end()).removesuffix("s") in TIME_UNITS):
            continue
        if " out of " in m.group() and not _share_base(bottom):
            # a count of the things counted after it: 'seven out of 11 states' is 7 states
            unit = _plural_after(text, m.end())
            yield _figure(text, statement, m.start(), m.end(), "count" if unit else "number",
                          top, unit)
            continue
        yield _figure(text, statement, m.start(), m.end(), "percent", 100 * top / bottom, "%")


def _share_base(bottom: float) -> bool:
    """Is a ratio's larger number one a share is told over ('3 out of 4', '9 out of 10', '1
    out of 1,000'), not a total of things counted ('seven out of 11 states', '7 out of 12
    jurors')?"""
    return bottom <= 5 or math.log10(bottom).is_integer()


def ratio_step(text: str) -> float:
    """How far a share told as a ratio may lie from the percent it tells, in points: half a
    step of its denominator ('six in 10' is 55 to 65: 5.0; '1 in 500': 0.1); 0.0 for a figure
    written otherwise ('60 percent')."""
    m = _RATIO.fullmatch(text) if " in " in text or " out of " in text else None
    if m is None:
        return 0.0
    bottom = _denominator(m.group("d"))
    return 50.0 / bottom if bottom else 0.0


def _denominator(d: str) -> float | None:
    """The larger number of a ratio, in digits or in words ('10', 'five')."""
    return numbers.digits_value(d, codes=False) if d[0].isdigit() else float(_word_value(d))


# --- money, percent, counts and plain numbers --------------------------------------------------


def _quantities(text: str, statement: int) -> Iterator[Figure]:
    """Money, percentages, counts and plain numbers. A number of a pair that is no score
    ('adults 18 - 49', '122-147') is no figure alone, unless a unit makes it one ('2-3%'
    gives 3%)."""
    matches = list(_figure_matches(text))
    if not matches:
        return
    skip = _Spans(_times(text))
    pairs = _Spans([m.span() for m in _PAIR.finditer(text)]) if "-" in text or "–" in text \
        else None
    for whole in matches:
        m = _unsplit(text, whole, skip)
        f = None if m is None else _quantity(text, statement, m, skip)
        if f is not None and (pairs is None or f.kind not in ("count", "number")
                              or not pairs.overlaps(f.start, f.end)):
            yield f


def _times(text: str) -> list[tuple[int, int]]:
    """Spans of dates and times, as ``dates`` knows them, of clock times as tokenised copy
    spaces them ('4: 30 p. m.', '9 a. m.'; '2: 56' that is no race time, which ``_durations``
    took first)."""
    spans = date_spans(text)
    if ":" in text:
        spans += [m.span() for m in _CLOCK.finditer(text)]
    if ". m" in text or ". M" in text:
        spans += [m.span() for m in _HOUR.finditer(text)]
    return spans


# the head of a split number that is part of a compound: '5 - foot - 8, 135 pounds', '(5 - 11,
# 220)' (a height and a weight)
_COMPOUND_HEAD = lazy(r"(?:[A-Za-z]|(?<![\d,])\d{1,2})[ ]?[-–][ ]?$")


def _unsplit(text: str, m: re.Match[str], skip: _Spans) -> re.Match[str] | None:
    """A number tokenised copy split ('26, 000') read whole, unless its head is part of a date
    or a time ('May 8, 100 people') or of a compound ('5 - foot - 8, 135 pounds'): then the
    number after the split alone."""
    num = m.group("num")
    if not num or ", " not in num:
        return m
    ns = m.start("num")
    head = ns + num.index(",")
    if not (skip.overlaps(ns, head) or _COMPOUND_HEAD.search(text, max(0, ns - 4), ns)):
        return m
    return FIGURE_RE.match(text, head + 2)


# a ``FIGURE_RE`` match with no number in words has a digit or a currency sign at most four
# characters after its start ('USD 5', 'Rs. 5'); a number in words needs a scale word after it
_CORE = re.compile(r"[\d$£€¥₽₹]")
_SCALED = (*_SCALE_NAMES, *numbers.PERCENT_MARKS)
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")  # equal to ASCII letters when case-blind


def _figure_matches(text: str) -> Iterator[re.Match[str]]:
    """``FIGURE_RE.finditer(text)``, faster: the case-blind pattern is tried only near a digit
    or a currency sign, unless a number in words may be scaled ('five million')."""
    low = text.lower()
    if any(w in low for w in _SCALED) or _ODD_CASE.search(text):
        yield from FIGURE_RE.finditer(text)
        return
    pos = 0  # where the next match may start; every start before it was tried
    while (c := _CORE.search(text, pos)) is not None:
        k = c.start()
        for start in range(max(pos, k - 4), k + 1):
            m = FIGURE_RE.match(text, start)
            if m is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = k + 1


def _quantity(text: str, statement: int, m: re.Match[str], skip: _Spans) -> Figure | None:
    """The figure of one ``FIGURE_RE`` match, or None when the match is no figure."""
    s, e = m.span()
    num, word = m.group("num"), m.group("word")
    scale = (m.group("scale") or "").lower()
    if not num and not word:
        return None
    ns = m.start("num") if num else m.start("word")
    if _not_a_figure(text, m, ns, e, scale, skip):
        return None
    value = _value(num, word)
    if value is None or (word and _vague_hundred(word, text, ns)):
        return None  # 'several hundred million worldwide' is no number of them
    value *= _SCALE_VALUES.get(scale, 1.0)
    if scale == "hundred" and (more := _LARGER_SCALE.match(text, e)) is not None:
        value *= SCALES[more.group(1).lower()]  # 'two hundred million people': 2e8
        e = more.end()
    read = _kind_and_unit(text, m, num, ns, e, scale, value)
    if read is None:
        return None
    kind, unit, value, e = read
    s += len(text[s:e]) - len(text[s:e].lstrip())
    return _figure(text, statement, s, e, kind, value, unit)


# a scale after 'hundred': 'a hundred billion dollars', 'two hundred thousand people'
_LARGER_SCALE = re.compile(r"[ ]{1,2}(thousand|million|billion|trillion)\b", re.IGNORECASE)


def _not_a_figure(text: str, m: re.Match[str], ns: int, e: int, scale: str,
                  skip: _Spans) -> bool:
    """A date, a number glued into a word or code, or a scale letter that is a name."""
    cur = m.group("cur")
    if cur is None and skip.overlaps(ns, e):
        return True
    if m.group("num") and _glued(text, m, ns, e, bool(scale or m.group("pct"))):
        return True
    if scale in {"m", "k", "b"} and not cur and m.group("scale") != scale:
        return True  # 'M'/'K' alone: a name, not a scale
    if scale in numbers.MONEY_SCALES and not cur:
        return True  # '5mm' is no money
    return scale == "b" and not cur


def _value(num: str | None, word: str | None) -> float | None:
    """The number written in digits or in words; None for a code ('007', a phone number)."""
    if word:
        base = WORD_NUMBERS.get(" ".join(word.lower().split()), numbers.word_value(word))
        return None if base is None else float(base)
    assert num is not None
    return numbers.digits_value(num)  # None for phone numbers, codes


def _kind_and_unit(text: str, m: re.Match[str], num: str | None, ns: int, e: int, scale: str,
                   value: float) -> tuple[FigureKind, str | None, float, int] | None:
    """Kind, unit, value and end of the figure: pence, money, percent, or what it counts."""
    cur, pct = m.group("cur"), m.group("pct")
    if m.group("pence"):
        return None if cur or scale or pct else ("money", "GBP", value / 100, e)
    if cur:
        code = cur.strip().rstrip(".")
        return None if pct else ("money", SYMBOLS.get(code, SYMBOLS.get(code.upper(), "USD")),
                                 value, e)
    if pct:
        return "percent", "percentage points" if "point" in pct.lower() else "%", value, e
    counted = _counted(text, num, ns, e, scale)
    if counted is None:
        return None
    kind, unit, end = counted
    if kind == "money" and unit in _SMALL_COINS:  # '50 cents a share', 'up four pence'
        return "money", _SMALL_COINS[unit], value / 100, end
    return kind, unit, value, end


# two numbers joined by dashes right before a third: a win-loss-draw record ('45-7-2')
_RECORD_HEAD = lazy(r"(?<![\d,.])\d{1,3}[-–]\d{1,3}[-–]$")


def _glued(text: str, m: re.Match[str], ns: int, e: int, scaled: bool) -> bool:
    """A number that is part of a word, a code or a compound: 'G20', 'F-16', '1.2.3', '3/4',
    '1990s', '10-year', '3rd', or a year cut short ('in ’16'), and not a figure alone."""
    before = " " if ns == 0 or m.end("cur") == ns else text[ns - 1]  # 'Rs10,000'
    after = text[e] if e < len(text) else " "
    if before.isalpha() or before == "_" or (before == "-" and ns > 1 and text[ns - 2].isalpha()):
        return True  # G20, F-16, COVID-19
    if before == "[" and (text[e: e + 1] == "]" or text[e: e + 2] == ".]"):
        return True  # a reference mark: '[12]', a source tag '[538.]'
    if before in "-–" and e - ns == 2 and _YEAR_WORD.fullmatch(text, max(0, ns - 5), ns - 1):
        return True  # the end of a span of years: '1995-99'
    if before in "'‘’" and e - ns == 2 and (ns < 2 or not text[ns - 2].isalnum()):
        return True  # a year cut short: 'Hillary in ‘16', '(1983, '86, '87)'
    if before in ".,/" and ns > 1 and text[ns - 2].isdigit():
        return True  # a tail of '1.2.3' or '3/4'
    if before == "." and (ns < 2 or text[ns - 2] in " ("):
        return True  # a decimal with no leading zero: a rate written '(.535)', 'hit .302'
    if before in "-–" and _RECORD_HEAD.search(text, max(0, ns - 9), ns):
        return True  # the third number of a record: '(45-7-2, 36 KOs)'
    if after == "-" and m.group("cur") and text[e + 1:e + 2].isalpha():
        return False  # '$80,000-a-year'
    glued = after.isalnum() or (after == "-" and not m.group("pct")) or (
        after in ".,/:" and e + 1 < len(text) and text[e + 1].isdigit())
    if glued and not scaled:
        return True  # 1990s, 5-0, 10-year, 3.5.1, 10:30
    return _ORDINAL.match(text, e) is not None


def _counted(text: str, num: str | None, ns: int, e: int, scale: str
             ) -> tuple[FigureKind, str | None, int] | None:
    """Kind, unit and end of a number with no currency sign or percent: money when a currency
    word follows ('3 billion euros'), a count of the noun after it, or a plain number; None
    for a year or a number that is part of a name."""
    gaz = gazetteer()
    cm = CURRENCY_AFTER.match(text, e)
    cw = cm.group("w").split()[-1].lower() if cm else ""
    if cm and cw in gaz.currency_words:
        if cw in ("pound", "pounds") and not scale and _pounds_weight(text, ns, cm.end()):
            return "weight", "lb", cm.end()
        return "money", gaz.currency_words[cw], cm.end()
    if cm and cw in ("cent", "cents", "pence", "penny") and not scale:
        return "money", "cents" if cw.startswith("cent") else "pence", cm.end()
    if num and _is_year(num, text, ns):
        return None
    if num and not scale and _part_of_name(text, ns, e):
        children = _children_of(text, ns)  # 'Mother of 13 Zurana Horton' in a headline
        return ("count", children, e) if children else None
    wm = WORD_AFTER.match(text, e)
    w = wm.group("w") if wm else ""
    if wm and w not in NOT_UNITS and w.lower() not in gaz.currency_words:
        noun = _counted_noun(wm, text)  # '793 total yards' is a distance, as '793 yards' is
        if (noun.endswith("ing") and noun.islower()) or _verb_in_past(noun, text, wm.end("w")):
            # a participle counts nothing ('263 entering …'), nor does a verb ('back to 1972
            # showed no …', '270 needed to win'); a noun after it may be counted ('17
            # adoring grandchildren')
            noun = _plural_after(text, wm.end("w")) or ""
        if not noun:
            return "number", None, e
        return ("distance", DISTANCE_UNITS[noun], e) if noun in DISTANCE_UNITS and not (
            _AREA.match(text, e)) else ("count", noun, e)  # not '12,000 square feet'
    nm = _WORD_NEXT.match(text, e)
    if nm and text[e:e + 1] == " " and (_nationals(nm.group(1)) or _ACRONYMS.fullmatch(
            nm.group(1))):
        word = nm.group(1)  # '20 Britons', '83 MPs'; '26 Somali crew' counts the crew
        return "count", (_plural_after(text, nm.end(1)) if not word.endswith("s") else None
                         ) or word, e
    children = _children_of(text, ns)
    return ("count", children, e) if children else ("number", None, e)


# words after a verb in the past that no counted noun ('12 wounded in …') stands before
_AFTER_VERB = wordset("to that no the a an this these those what how")


def _verb_in_past(word: str, text: str, end: int) -> bool:
    """Is ``word`` (ending at ``end``) a verb in the past with an object, 'to' or a name after
    it ('showed no correlation', 'the 270 needed to win', 'under 29 backed Sanders'; not '12
    arrested for carrying weapons' nor '12 arrested Sunday', where the participle names whom
    the number counts)?"""
    nm = _WORD_NEXT.match(text, end)
    return word.endswith("ed") and word.islower() and nm is not None and (
        nm.group(1) in _AFTER_VERB or (nm.group(1)[:1].isupper() and nm.group(1) not in _MONTHS
                                       and nm.group(1) not in WEEKDAYS))


# a parent 'of' a number: the number counts their children ('a mother of 12', 'Father of Five')
_PARENT_OF = lazy(r"\b(?i:(?:grand)?(?:mother|father|parent|mom|dad)s?)[ ]of[ ]$")


def _children_of(text: str, at: int) -> str | None:
    """'children' (or 'grandchildren') when a parent 'of' comes right before ``at``."""
    m = _PARENT_OF.search(text, max(0, at - 20), at)
    if m is None:
        return None
    return "grandchildren" if m.group()[:5].lower() == "grand" else "children"


# --- mixed fractions -------------------------------------------------------------------------

_FRACTIONS = {"1/2": 0.5, "1/4": 0.25, "3/4": 0.75, "1/3": 1 / 3, "2/3": 2 / 3, "½": 0.5,
              "¼": 0.25, "¾": 0.75}
_GLYPHS = "".join(k for k in _FRACTIONS if len(k) == 1)  # '½' glued on: '3½ hours'
_MIXED = lazy(rf"(?<![\w.,/$£€])(\d{{1,3}})(?:[ -]?(?=[{_GLYPHS}])|[ -])"
              rf"({'|'.join(k for k in _FRACTIONS if len(k) > 1)}|[{_GLYPHS}])[ -]([a-z]{{2,}})\b")


def _mixed_fractions(text: str, statement: int) -> Iterator[Figure]:
    """'2 1/2 years', '2-1/2 year', '3½ hours': a whole number and a fraction counting the
    noun after them (as '2.5 years' does; else '2' alone was read and '1/2' lost)."""
    if "/" not in text and not any(c in text for c in _GLYPHS):
        return
    for m in _MIXED.finditer(text):
        noun = m.group(3)
        if noun in NOT_UNITS:
            continue
        value = int(m.group(1)) + _FRACTIONS[m.group(2)]
        yield _part_counted(text, statement, m, m.end(2), value, noun)


def _part_counted(text: str, statement: int, m: re.Match[str], number_end: int, value: float,
                  noun: str) -> Figure:
    """A whole number and a part of one ('1 1/2', 'four and a half') before ``noun``: a
    distance or weight when the noun is a unit ('1 1/2 miles', as '2 miles' is read), else a
    count of the noun (the figure's text then ends at ``number_end``)."""
    if noun in DISTANCE_UNITS:
        return _figure(text, statement, m.start(), m.end(), "distance", value,
                       DISTANCE_UNITS[noun])
    if noun in WEIGHT_UNITS:
        return _figure(text, statement, m.start(), m.end(), "weight", value, WEIGHT_UNITS[noun])
    return _figure(text, statement, m.start(), number_end, "count", value, _plural(noun))


_AND_A_HALF = lazy(rf"(?<![\w.,/$£€])(\d{{1,3}}|{_WORD_NUMBER})[ -]and[ -]a[ -]half[ -]"
                  r"([a-z]{2,})\b")


def _and_a_half(text: str, statement: int) -> Iterator[Figure]:
    """'four and a half months', '2-and-a-half years': a whole number and a half counting the
    noun after them, as '4 1/2 months' is read (else 'four' alone was no figure: 'four and')."""
    if "and a half" not in text and "and-a-half" not in text:
        return
    for m in _AND_A_HALF.finditer(text):
        noun = m.group(2)
        number = m.group(1)
        whole = int(number) if number.isdigit() else _word_value(number)
        if noun in NOT_UNITS or not whole:
            continue
        yield _part_counted(text, statement, m, m.start(2) - 1, whole + 0.5, noun)


RULES: tuple[Rule, ...] = (_scores, _durations, _ages, _magnitudes, _and_a_half,
                           _mixed_fractions, _compounds, _distances, _weights, _ratios,
                           _quantities, _noun_compounds, _dozens, _word_counts)
# the rules for a text with no digit: numbers in words only (each rule looks for its own
# words first: 'year', a hyphen or dash, a number word)
IN_WORDS: tuple[Rule, ...] = (_ages, _and_a_half, _compounds, _ratios, _dozens, _word_counts)


def _prev_word(text: str, i: int) -> tuple[str, int]:
    """The word right before position ``i`` (skipping spaces) and where it starts."""
    j = i
    while j > 0 and text[j - 1] == " ":
        j -= 1
    k = j
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] in ".'’-"):
        k -= 1
    return text[k:j], k


def _sentence_initial(text: str, k: int) -> bool:
    j = k
    while j > 0 and text[j - 1] in " \"“‘'([":
        j -= 1
    return j == 0 or text[j - 1] in ".!?:;\n"


def _is_year(num: str, text: str, s: int) -> bool:
    if len(num) != 4 or not num.isdigit() or not 1800 <= int(num) <= 2100:
        return False
    # '2003 results' is a year; 'about 2000 soldiers' is a count; 'from 1995 to 1999' and
    # 'going back to 1972' are years
    word, k = _prev_word(text, s)
    before = _prev_word(text, k)[0] if word == "to" else ""
    return word.lower() not in QUANTIFIERS or (word == "to" and (
        _YEAR_WORD.fullmatch(before) is not None or before == "back"))


_YEAR_WORD = re.compile(r"1[89]\d\d|20\d\d")


# capitalised words that may stand right before a figure at the start of a sentence
_OPENERS = wordset("about some nearly almost around over only just at by in of all another "
                   "the up more fewer less roughly approximately exactly total and but last "
                   "next first past top latest")
_NAME_AFTER_OK = wordset("US UK EU U.S.")
_ACRONYMS = lazy(r"[A-Z]{2,6}s")
_MONTHS = wordset("January February March April May June July August September October "
                  "November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec")


_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_LOWER_NEXT = re.compile(r"[ ][a-z]|[.;!?](?!\d)|$")  # or the end: "to Sanders' 1,192."


def _part_of_name(text: str, s: int, e: int) -> bool:
    """'Boeing 737', 'Article 50', 'Radio 1 said', '50 Cent': a capitalised word (at the start
    of a sentence too, unless a quantifier: 'About 50'; nor a possessive before a word in
    lower case or the end of the sentence: 'Hansbrough's 20 points', 'Cruz's 465 and',
    "Sanders' 1,192.", not 'Standard and Poor's 500,')
    or 'No.' right before the number, or a
    capitalised word right after it that is no nationality ('20 Britons') nor a modifier of a
    plural noun after it ('6,000 Web sites'). A spaced hyphen joins a short model name
    ('AK - 47', 'I - 75'; not 'BREAKING NEWS - 3 DEAD')."""
    word, k = _prev_word(text, s)
    if word in ("-", "–"):
        word = _prev_word(text, k)[0]
        word = word if len(word) <= 3 else ""
    if word and word[0].isupper() and not (_POSSESSIVE.search(word)
                                           and _LOWER_NEXT.match(text, e)) and not _timed(text, e):
        if word.rstrip(".") in {"No", "Nos", "Number", "Nr"}:
            return True
        if not (gazetteer().nationality(word) or word.lower() in _OPENERS
                or word.lower() in NOT_UNITS or word.lower() in QUANTIFIERS):
            return True
    nm = _WORD_NEXT.match(text, e)
    if nm is None or text[e:e + 1] != " " or not nm.group(1)[0].isupper():
        return False
    after = nm.group(1).rstrip(".")
    if not after[1:].islower():
        return False  # 'MPs', 'US', 'TV': no name
    counted = _WORD_NEXT.match(text, nm.end(1))  # '6,000 Web sites', '200 Facebook users'
    noun = counted.group(1).rstrip(".") if counted is not None else ""
    if noun.islower() and noun.endswith("s") and text[nm.end(1): nm.end(1) + 1] == " ":
        return False
    return not (after in _NAME_AFTER_OK or after in _MONTHS or _nationals(after)
                or _sentence_initial(text, nm.start(1)))


def _timed(text: str, e: int) -> bool:
    """Is the number ending at ``e`` a count of days, weeks, years … ('gives Congress 60 days
    to review', 'gave Iran 30 days'): no model or article number ('Boeing 737')?"""
    nm = _WORD_NEXT.match(text, e)
    if nm is None or text[e:e + 1] != " ":
        return False
    word = nm.group(1)
    return word.endswith("s") and word[:-1] in TIME_UNITS


def _nationals(word: str) -> bool:
    """'Britons', 'Americans', 'Israelis': people of a nation; 'Iowans': of a place."""
    gaz = gazetteer()
    return bool(gaz.nationality(word) or (word.endswith("s") and (
        gaz.nationality(word[:-1]) or word in ("Britons", "Swiss", "French", "Dutch")))
        or gaz.people_of(word))
