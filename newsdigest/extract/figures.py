"""Figures: numbers with a meaning. '$27 billion' is money 27e9 USD, '£1.5m' money 1.5e6 GBP,
'30%' / '30 per cent' percent 30, '120,000 US soldiers' a count of 120000 'soldiers', 'a
million' the number 1e6. Dates, times, years, ordinals and numbers that are part of a name
('G20', 'Boeing 737', 'F-16') are not figures."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from ..model import Figure, FigureKind
from .dates import date_spans
from .gazetteer import load as gazetteer
from .gazetteer import wordset

SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
          "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12}
SYMBOLS = {"$": "USD", "US$": "USD", "A$": "AUD", "C$": "CAD", "HK$": "HKD", "NZ$": "NZD",
           "S$": "SGD", "£": "GBP", "€": "EUR", "¥": "JPY", "₽": "RUB", "₹": "INR", "USD": "USD",
           "EUR": "EUR", "GBP": "GBP", "RUB": "RUB", "JPY": "JPY", "CNY": "CNY", "Rs": "INR"}
WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "half a": 0.5, "several": None, "hundreds of": None,
}
_NUMWORD = (r"half\s+a|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred")
FIGURE_RE = re.compile(
    r"(?P<cur>US\$|[ACS]\$|HK\$|NZ\$|[$£€¥₽₹]|(?:USD|EUR|GBP|RUB|JPY|CNY|Rs\.?)\s?)?"
    r"(?:(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?P<word>\b(?:" + _NUMWORD + r")\b)"
    r"(?=\s+(?:thousand|million|billion|trillion|per\s?cent|percent)\b))"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|mln|mn|bn|trn|tn|[mkb])\b)?"
    r"(?P<pence>p\b)?"
    r"(?:\s?(?P<pct>%|per\s?cent\b|percent\b|pct\b|percentage\s+points?\b))?",
    re.IGNORECASE,
)
WORD_AFTER = re.compile(r"\s{1,3}(?:(?:US|U\.S\.|UK|EU|[A-Z][a-z]{1,20}an|more|new|extra|"
                        r"additional|other|full-time|part-time)\s{1,3})?(?P<w>[a-z][a-z\-]*)\b")
CURRENCY_AFTER = re.compile(r"\s{1,3}(?P<w>(?:US\s{1,3})?[a-z]+)\b")
# words that follow a number without being what it counts
NOT_UNITS = wordset(
    """a an the and or but of to in on at by for from with as than per is are was were be been
    has have had will would could should may might can did do does that which who this these
    those it its their his her our your my out up down off over under into about after before
    since until between among against during while when where if so not no yet also only just
    even still more most less least times time"""
)
HAS_NUMBER = re.compile(r"[0-9]|\b(?:[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|per ?cent"
                        r"|percent)\b")
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)


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


def find_figures(text: str, statement: int, masked: Sequence[tuple[int, int]] = ()
                 ) -> Iterator[Figure]:
    """Figures in one statement's ``text``; offsets are into ``text``. ``masked`` spans (a
    dateline left inside the statement) are skipped."""
    if HAS_NUMBER.search(text) is None:
        return
    skip = _Spans([*date_spans(text), *masked])
    gaz = gazetteer()
    for m in FIGURE_RE.finditer(text):
        s, e = m.span()
        cur, num, word = m.group("cur"), m.group("num"), m.group("word")
        scale = (m.group("scale") or "").lower()
        pct = m.group("pct")
        if not num and not word:
            continue
        ns = m.start("num") if num else m.start("word")
        if cur is None and skip.overlaps(ns, e):
            continue
        before = text[ns - 1] if ns > 0 else " "
        after = text[e] if e < len(text) else " "
        if num and (before.isalpha() or before in "_" or (before == "-" and ns > 1
                                                           and text[ns - 2].isalpha())):
            continue  # G20, F-16, COVID-19
        if num and before in ".,/" and ns > 1 and text[ns - 2].isdigit():
            continue  # a tail of '1.2.3' or '3/4'
        glued = after.isalnum() or (after == "-" and not pct) or (
            after in ".,/:" and e + 1 < len(text) and text[e + 1].isdigit())
        if glued and not (scale or pct):
            continue  # 1990s, 5-0, 10-year, 3.5.1, 10:30
        if num and _ORDINAL.match(text, e):
            continue
        if scale in {"m", "k", "b"} and not cur and m.group("scale") != scale:
            continue  # 'M'/'K' alone: a name, not a scale
        if scale == "b" and not cur:
            continue
        if word:
            base = WORD_NUMBERS.get(" ".join(word.lower().split()))
            if base is None:
                continue
            value = float(base)
        else:
            assert num is not None
            value = float(num.replace(",", ""))
            if num.startswith("0") and len(num) > 1 and not num.startswith("0."):
                continue  # phone numbers, codes
        value *= SCALES.get(scale, 1.0)
        kind: FigureKind
        unit: str | None
        if m.group("pence") and not cur and not scale and not pct:
            kind, unit, value = "money", "GBP", value / 100
        elif m.group("pence"):
            continue
        elif cur:
            code = cur.strip().rstrip(".")
            kind, unit = "money", SYMBOLS.get(code, SYMBOLS.get(code.upper(), "USD"))
            if pct:
                continue
        elif pct:
            kind = "percent"
            unit = "percentage points" if "point" in pct.lower() else "%"
        else:
            cm = CURRENCY_AFTER.match(text, e)
            cw = cm.group("w").split()[-1].lower() if cm else ""
            if cm and cw in gaz.currency_words:
                kind, unit, e = "money", gaz.currency_words[cw], cm.end()
            else:
                if num and _is_year(num, text, ns, e):
                    continue
                if num and not scale and _part_of_name(text, ns):
                    continue
                wm = WORD_AFTER.match(text, e)
                w = wm.group("w") if wm else ""
                if w and w not in NOT_UNITS and w.lower() not in gaz.currency_words:
                    kind, unit = "count", w
                else:
                    kind, unit = "number", None
        yield Figure(text=text[s:e].strip(), kind=kind, value=value, statement=statement,
                     unit=unit, start=s + (len(text[s:e]) - len(text[s:e].lstrip())), end=e)


def _is_year(num: str, text: str, s: int, e: int) -> bool:
    if len(num) != 4 or not num.isdigit() or not 1800 <= int(num) <= 2100:
        return False
    # '2003 results' is a year; 'about 2000 soldiers' is a count
    return _prev_word(text, s)[0].lower() not in QUANTIFIERS


QUANTIFIERS = wordset(
    """about some nearly almost around approximately over than least total only just roughly
    estimated another additional extra up to"""
)


def _part_of_name(text: str, s: int) -> bool:
    """'Boeing 737', 'Article 50', 'Radio 4': a capitalised word (not sentence-initial) or
    'No.' right before the number."""
    word, k = _prev_word(text, s)
    if not word or not word[0].isupper():
        return False
    if word.rstrip(".") in {"No", "Nos", "Number", "Nr"}:
        return True
    if gazetteer().nationality(word) or word in {"About", "Some", "Nearly", "Almost", "Over",
                                                  "Around", "Only", "Just", "At", "By"}:
        return False
    return not _sentence_initial(text, k)
