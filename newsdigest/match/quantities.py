"""Which quantity a figure is, read from the words right around it, beyond its kind and unit:
what ``explain.slots`` needs before it sets a figure of one report against another's.

- A conversion in brackets gives one amount twice: '$US1 million ($1.52 million)'.
- The tail of a span told in two units is no span of its own: '7 minutes 41 seconds' is no
  span of 41 seconds.
- A running clock counts time up to the moment a report is written: 'after four days of
  riots', 'ten days into the strike'; a report written four days later gives another span.
- A rate is another quantity than a total: '$21 million per year' / 'a $75 million deal'.
- A tolerance qualifies another figure: 'plus or minus four percentage points' is a poll's
  (or one group's of it) margin of error, which differs between polls and groups."""

from __future__ import annotations

import re

from ..extract.figures import TIME_UNITS
from ..lazyre import lazy
from .normalize import stem

# the stems of the units of time ('day', 'days' -> 'day')
TIME = frozenset(stem(w) for pair in TIME_UNITS.items() for w in pair)
_UNIT_WORDS = "|".join(sorted({*TIME_UNITS, *TIME_UNITS.values(), "min", "mins", "sec", "secs",
                               "hr", "hrs"}, key=len, reverse=True))
# an amount right before the bracket a figure opens: '$US1 million (' , '£5m ('
_CONVERTED = lazy(r"\d(?:\s{0,3}[^\W\d_]{1,8})?\s{0,3}\(\s{0,3}[$£€¥]?$")
# a number and a unit of time right before: '7 minutes ', '2 hours and '
_SPAN_HEAD = lazy(rf"\d\s{{0,3}}(?:{_UNIT_WORDS})\s{{0,3}},?\s{{0,3}}(?:and\s{{1,3}})?$",
                  re.IGNORECASE)
# 'after four days', 'following more than two weeks' (then 'of' something: ``_CLOCK_AFTER``)
_CLOCK_BEFORE = lazy(r"\b(?:after|following)\s{1,3}(?:(?:more\s{1,3}than|nearly|almost|"
                     r"about|some|over)\s{1,3})?$", re.IGNORECASE)
_CLOCK_AFTER = lazy(rf"\s{{0,3}}(?:-\s{{0,3}})?(?:{_UNIT_WORDS})?\s{{1,3}}(of|into)\b",
                    re.IGNORECASE)
# '$21MM per year', '$10 an hour', '$2 billion annually', '25 points a game' (a counted noun
# between)
_RATE = lazy(r"\s{0,3}(?:[^\W\d_]{2,20}\s{1,3})?(?:(per|a|an|each|every)\s{1,3}"
             r"([^\W\d_]{2,12})|(annually|yearly|monthly|weekly|daily))\b", re.IGNORECASE)
_RATE_WORDS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
               "daily": "day"}
_RATE_NOUNS = TIME | {stem(w) for w in ("game", "season", "share", "head", "person", "capita")}


_TOLERANCE = lazy(r"(?:plus\s{1,3}or\s{1,3}minus|±|\+\s?/\s?-)\s{0,3}$", re.IGNORECASE)


def tolerance(text: str, start: int) -> bool:
    """The figure at ``start`` is a margin: 'plus or minus four percentage points', '±3%'."""
    return _TOLERANCE.search(text, max(0, start - 20), start) is not None


def converted(text: str, start: int) -> bool:
    """The figure at ``start`` stands in brackets right after another amount: the same amount
    in another currency ('$US1 million ($1.52 million)')."""
    return _CONVERTED.search(text, max(0, start - 30), start) is not None


def span_tail(text: str, start: int) -> bool:
    """The figure at ``start`` follows a number and a unit of time: the tail of one span told
    in two units ('7 minutes 41 seconds', '2 hours and 30 minutes')."""
    return _SPAN_HEAD.search(text, max(0, start - 30), start) is not None


def running_clock(text: str, start: int, end: int, unit: str) -> bool:
    """A span of time (``unit`` a stem of one) counted up to when the report was written:
    'after four days of riots', 'ten days into the strike'."""
    if unit not in TIME:
        return False
    m = _CLOCK_AFTER.match(text, end)
    if m is None:
        return False
    return m.group(1).lower() == "into" or _CLOCK_BEFORE.search(
        text, max(0, start - 30), start) is not None


def rate(text: str, end: int) -> str:
    """What the figure ending at ``end`` is counted per: the unit of time ('year' for '$21MM
    per year', '$2 billion annually'), 'each' for any other ('25 points per game', '$10 a
    share'), else ''."""
    m = _RATE.match(text, end)
    if m is None:
        return ""
    if m.group(3):
        return _RATE_WORDS[m.group(3).lower()]
    noun = stem(m.group(2))
    if noun in TIME:
        return noun
    return "each" if m.group(1).lower() not in ("a", "an") or noun in _RATE_NOUNS else ""
