"""How news writes a number: the one place that knows it. Number words ('six', 'twenty-five',
'twenty five'), scale words and letters after a number ('2.5 million', '$5bn', '3.5 mln',
'two hundred'), thousand separators ('1,650', and '26, 000' as tokenised copy splits it),
decimals ('2.5', '5. 4' split the same way), per cent ('30%', '30 per cent', '30 pct'),
currency signs and codes before a number ('$', 'US$', 'HK$ 5bn', '£', 'EUR', 'Rs10,000'), and
codes that are no number ('007', a phone number).

``extract.figures`` reads figures (kind, unit, what a number counts, years, ranges, scores,
ages, distances) with these words and rules; ``match.normalize`` gives its number tokens their
value with them. No imports beyond ``re``."""

from __future__ import annotations

import re

UNITS: dict[str, int] = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                         "seven": 7, "eight": 8, "nine": 9}
TEENS: dict[str, int] = {"zero": 0, **UNITS, "ten": 10, "eleven": 11, "twelve": 12,
                         "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                         "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS: dict[str, int] = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                        "seventy": 70, "eighty": 80, "ninety": 90}
# the scale words written out ('two hundred', 'five million'): a number in words takes these
SCALE_NAMES: dict[str, float] = {"hundred": 1e2, "thousand": 1e3, "million": 1e6,
                                 "billion": 1e9, "trillion": 1e12}
# scale words after a number ('2.5 million', 'two hundred', '3.5 mln')
SCALE_WORDS: dict[str, float] = {**SCALE_NAMES, "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9,
                                 "tn": 1e12, "trn": 1e12}
# scale letters glued to a number or after it ('$5bn', '£1.5m', '40k'); 'b' is a scale only
# after a currency sign, 'm' may be metres (``extract.figures`` tells which)
SCALE_LETTERS: dict[str, float] = {"k": 1e3, "m": 1e6, "b": 1e9}
SCALES: dict[str, float] = {**SCALE_WORDS, **SCALE_LETTERS}
# scales of money only, after a currency sign ('$21MM', '$3.5MM': millions; '5mm' alone is
# millimetres)
MONEY_SCALES: dict[str, float] = {"mm": 1e6}
# the scale words and letters as a regex alternative, longest first
SCALE_RE = "|".join(sorted((re.escape(w) for w in SCALES), key=len, reverse=True))
# 'per cent' / 'percent' / 'pct' / '%' after a number; 'percentage points' is its own unit
PERCENT_RE = r"%|per\s?cent\b|percent\b|pct\b|percentage\s+points?\b"
PERCENT_WORDS = frozenset(("%", "percent", "pct", "percentage"))
# what every way of writing per cent has in it ('per cent', 'percent', 'percentage', '%', 'pct')
PERCENT_MARKS = ("cent", "%", "pct")
# currency signs and codes before a number, and the currency each is
CURRENCY_SIGNS: dict[str, str] = {
    "$": "USD", "US$": "USD", "A$": "AUD", "C$": "CAD", "HK$": "HKD", "NZ$": "NZD",
    "S$": "SGD", "£": "GBP", "€": "EUR", "¥": "JPY", "₽": "RUB", "₹": "INR", "USD": "USD",
    "EUR": "EUR", "GBP": "GBP", "RUB": "RUB", "JPY": "JPY", "CNY": "CNY", "Rs": "INR"}
# a currency sign or code before a number, glued to it ('Rs10,000') or with the space
# tokenised copy leaves ('$ 5bn', 'HK$ 5bn'); a code is a word of its own
CURRENCY_RE = (r"(?<![A-Za-z])(?:US|[ACS]|HK|NZ)\$\s?|[$£€¥₽₹]\s?"
               r"|(?<![A-Za-z])(?:USD|EUR|GBP|RUB|JPY|CNY|Rs\.?)\s?")

# a number in digits: with thousands separators ('1,650,000', and '26, 000' as tokenised copy
# splits it), a decimal split the same way ('5. 4': one or two digits after a head of at most
# three, as ``segment`` keeps them in one sentence; not '5. 4 - year - old': two sentences), or
# a plain run of digits, with decimals
DIGITS_RE = (r"\d{1,3}(?:,(?:\d{3}|[ ]\d{3}(?!\d)))+(?:\.\d+)?"
             r"|\d{1,3}\.[ ]\d{1,2}(?!\d|[.,:]\d|[ ]?[-–][ ]?years?\b)"
             r"|\d+(?:\.\d+)?"
             # a share with a leading point ('.09 percent'; a rate alone, 'hit .302', is none)
             r"|(?<![\w.,$£€])\.\d{1,3}(?=[ ]?(?:%|percent\b|per[ ]cent\b))")


def digits_value(raw: str, codes: bool = True) -> float | None:
    """The value of a number written in digits ('1,650', '26, 000', '2.5'); None for a time or
    score ('4:30'), commas that are no thousands separators ('1,5'), and with ``codes`` for a
    code with a leading zero ('007', '0845'; without, '000' is 0: the tail of '2, 000' that
    tokenised copy split off)."""
    s = raw.replace(" ", "")
    if ":" in s or (codes and s.startswith("0") and len(s) > 1 and not s.startswith("0.")):
        return None
    if "," in s:
        whole, _, _ = s.partition(".")
        if not all(len(p) == 3 for p in whole.split(",")[1:]):
            return None
        s = s.replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


def word_value(word: str) -> int | None:
    """The value of a number word ('six', 'twenty-five', 'twenty five', 'zero'), else None."""
    w = word.lower()
    for sep in "- ":
        if sep in w:
            tens, _, unit = w.partition(sep)
            return TENS[tens] + UNITS[unit] if tens in TENS and unit in UNITS else None
    return TEENS.get(w, TENS.get(w))


# ordinals not made by adding 'th' to the number word ('fourth', 'eleventh', 'twentieth')
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fifth": 5, "eighth": 8, "ninth": 9,
                  "twelfth": 12}
ORDINAL_SUFFIX = r"(?:st|nd|rd|th)"  # after the digits of an ordinal: '11th', '21st'
_ORDINAL_DIGITS = re.compile(rf"(?<!\d)(\d+){ORDINAL_SUFFIX}", re.IGNORECASE)


def number_value(word: str) -> float | None:
    """The value of one word that is a number or an ordinal, however written: '11', '11th',
    'eleven', 'eleventh', 'twenty-first', '1,650'; else None."""
    w = word.lower()
    m = _ORDINAL_DIGITS.fullmatch(w)
    if m:
        return float(m.group(1))
    if w[:1].isdigit():
        return digits_value(w)
    tens, sep, unit = w.rpartition("-") if "-" in w else ("", "", w)
    value = _ordinal_word(unit)
    if value is None:
        whole = word_value(w)
        return None if whole is None else float(whole)
    if sep:
        return float(TENS[tens] + value) if tens in TENS and value < 10 else None
    return float(value)


def is_ordinal(word: str) -> bool:
    """Is a number word an ordinal ('11th', 'eleventh', 'twenty-first'), not a cardinal?"""
    w = word.lower().rpartition("-")[2]
    return bool(_ORDINAL_DIGITS.fullmatch(w)) or _ordinal_word(w) is not None


def _ordinal_word(w: str) -> int | None:
    if w in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[w]
    if not w.endswith("th"):
        return None
    base = w[:-2]
    base = base[:-2] + "y" if base.endswith("ie") else base  # 'twentieth'
    return TEENS.get(base, TENS.get(base))


_SUFFIXES = tuple(sorted(SCALES, key=len, reverse=True))  # longest first


def with_suffix(raw: str) -> tuple[str, float]:
    """A number and the scale letters glued to it: '5bn' -> ('5', 1e9), '40k' -> ('40', 1e3),
    '2.5' -> ('2.5', 1.0)."""
    low = raw.lower()
    for suffix in _SUFFIXES:
        if low.endswith(suffix) and low[: -len(suffix)][-1:].isdigit():
            return raw[: -len(suffix)], SCALES[suffix]
    return raw, 1.0
