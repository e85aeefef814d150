"""Statement normalisation for matching: tokens with a comparable form (case, quotes, hyphens,
"U.S."/"US", "percent"/"per cent"/"%", written and spelled-out numbers, Snowball stems), the
figures a statement states, its negations and its capitalised names. How a number is written
(number words, scale words, separators, per cent) is ``extract.numbers``'s knowledge, and the
figures are those ``extract.figures`` reads. No heavy imports (PyStemmer, a small C extension,
is loaded at the first stem)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..extract import numbers, statement_figures
from ..extract.dates import MONTHS
from ..lexicon import CLITICS, CONTRACTIONS, FUNCTION_WORDS, MODALS
from ..model import Figure as Quantity

# scale letters glued to a number ('5bn', '3.5mln', '40k'), longest first
_SUFFIX = "|".join(sorted((w for w in numbers.SCALES if len(w) <= 3 and w != "b"),
                          key=len, reverse=True))
# One token: an abbreviation with dots (U.S.), a number (1,650 / 2.5 / 4:30, with an optional
# scale suffix), a word (letters with inner apostrophes; hyphens split words), or a currency /
# percent sign. Every alternative is a simple linear loop.
_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}"
    rf"|\d+{numbers.ORDINAL_SUFFIX}\b"  # an ordinal: '15th' (not '1' and 'th')
    rf"|\d+(?:[.,:]\d+)*(?:{_SUFFIX})?(?![^\W\d_])"
    r"|[^\W\d_]+(?:['’][^\W\d_]+)*"
    r"|[$€£¥%]"
)

# words a statement's meaning does not rest on; negations stay (they are compared), and so do
# reporting words (who said it is compared elsewhere)
STOP: frozenset[str] = (FUNCTION_WORDS - CONTRACTIONS - {"no", "nor", "not", "ought"}) | \
    CLITICS | MODALS | {"just"}

NEGATION: frozenset[str] = frozenset(
    """
    not no never none nobody nothing neither nor without cannot nowhere
    """.split()  # noqa: SIM905
)

# Words that say which way something moved: a statement that has one kind and not the other
# disagrees with one that has only the other kind ('sales rose 5%' vs 'sales fell 5%'). 'up'
# and 'down' are left out: 'set up', 'step down' say nothing of a change.
RISE: frozenset[str] = frozenset(
    """
    rise rises rose risen rising increase increased increases increasing grew grow grows
    growing grown gain gained gains gaining climb climbed climbs climbing jump jumped jumps
    surge surged surges soar soared soars raise raised raises raising higher boost boosted
    boosts rallied rally rallies expand expanded expands
    """.split()  # noqa: SIM905
)
FALL: frozenset[str] = frozenset(
    """
    fall falls fell fallen falling decrease decreased decreases decreasing drop dropped drops
    dropping decline declined declines declining shrank shrink shrinks shrunk slump slumped
    slumps plunge plunged plunges tumble tumbled tumbles slid slide slides lower lowered
    lowers cut cuts reduce reduced reduces reducing sank sink sinks dip dipped dips
    contracted contracts
    """.split()  # noqa: SIM905
)

# Reporting verbs: the word that introduces a speaker ("..., Smith said").
REPORTING: frozenset[str] = frozenset(
    """
    said say says told tell tells according added adds stated states announced announces
    claimed claims reported reports
    """.split()  # noqa: SIM905
)

_SMALL = numbers.TEENS
_TENS = numbers.TENS
_SIGNS = "$€£¥"
_IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "tells": "tell", "went": "go", "gone": "go",
    "goes": "go", "made": "make", "took": "take", "taken": "take", "gave": "give",
    "given": "give", "came": "come", "found": "find", "held": "hold", "left": "leave",
    "paid": "pay", "sold": "sell", "bought": "buy", "won": "win", "lost": "lose", "rose": "rise",
    "risen": "rise", "fell": "fall", "fallen": "fall", "thought": "think", "brought": "bring",
    "began": "begin", "begun": "begin", "got": "get", "led": "lead", "met": "meet",
    "knew": "know", "known": "know", "saw": "see", "seen": "see", "ran": "run", "wrote": "write",
    "written": "write", "spoke": "speak", "spoken": "speak", "struck": "strike", "hit": "hit",
    "was": "be", "were": "be", "is": "be", "are": "be", "been": "be", "am": "be", "has": "have",
    "had": "have", "men": "man", "women": "woman", "children": "child", "people": "person",
    "shares": "share", "grew": "grow", "grown": "grow", "died": "die", "dies": "die",
    "lied": "lie", "chose": "choose", "chosen": "choose", "drove": "drive", "flew": "fly",
    "us": "us", "u.s": "us", "usa": "us", "uk": "uk", "u.k": "uk",
}
# negations written together: their words ('can't' and 'cannot' are 'can not')
IRREGULAR_NEGATIONS = {"won't": "will not", "can't": "can not", "cannot": "can not",
                       "shan't": "shall not"}


@lru_cache(maxsize=1)
def _snowball() -> Any:
    import Stemmer  # type: ignore[import-not-found]  # PyStemmer: Snowball English, in C

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """A people's name, one or many, in lower case -> its country's, where both are one word
    ('somali', 'somalis' -> 'somalia'; not 'american' -> 'united states')."""
    from ..extract.gazetteer import load

    out: dict[str, str] = {}
    for people, country in load().demonyms.items():
        if people.isalpha() and country.isalpha():
            out[people.lower()] = out[people.lower() + "s"] = country.lower()
    return out


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball English stem of ``word`` in lower case ('accused', 'accuses', 'accusing'
    -> 'accus'), irregular forms first taken to their base ('went' -> 'go', 'people' ->
    'person', 'USA' -> 'us') and a people's name to its country's ('Somalis' -> 'somalia':
    '12 Somalis and 11 Yemenis' / '12 are from Somalia and 11 from Yemen'); numbers and words
    with other characters are kept."""
    w = word.lower()
    w = _IRREGULAR.get(w, w)
    if len(w) <= 2 or not w.isalpha():
        return w
    return str(_snowball().stemWord(_countries().get(w, w)))


@dataclass(frozen=True, slots=True)
class Figure:
    """A number a statement states: ``value`` with the ``unit`` it is compared in (a currency
    'USD', '%', 'percentage points'; '' for any other figure)."""

    text: str  # as written, e.g. '$2.5 billion'
    value: float
    unit: str

    def key(self) -> str:
        return f"{self.unit}{self.value:.6g}"


@dataclass(frozen=True, slots=True)
class Token:
    text: str  # as written
    norm: str  # comparable form: stem, number value or '%'/'$'
    kind: str  # 'w' word, 'n' number, 's' sign, 'a' abbreviation
    start: int
    capital: bool  # written with a capital letter (not only because it opens the sentence)


def _number_value(raw: str) -> float | None:
    """The value of a number token ('1,650', '2.5', '5bn', '000' as 0: tokenised copy splits
    '2, 000'); None for a time or a score ('4:30': compared as text)."""
    digits, mult = numbers.with_suffix(raw)
    value = numbers.digits_value(digits, codes=False)
    return None if value is None else value * mult


def _fmt(v: float) -> str:
    return f"{v:.6g}" if v != int(v) or abs(v) >= 1e15 else str(int(v))


def _pieces(t: str, start: int) -> list[tuple[str, int]]:
    """Rule 1: a matched token split at contractions ('won't' -> 'will not', "didn't" ->
    'did not'; "'s", "'d", "'ll" ... dropped)."""
    low = t.lower()
    if low in IRREGULAR_NEGATIONS:
        first, second = IRREGULAR_NEGATIONS[low].split()
        return [(first, start), (second, start)]
    if low.endswith("n't"):
        # "N'T" alone, as in "DO N'T", is only the negation
        word = [(t[:-3], start)] if len(t) > 3 else []
        return [*word, ("not", start + len(t) - 3)]
    if "'" in t:
        head, _, tail = t.partition("'")
        if tail.lower() not in ("s", "d", "ll", "re", "ve", "m", ""):
            return [(head, start), (tail, start + len(head) + 1)]
        return [(head, start)]
    return [(t, start)]


def _scaled(raw: list[tuple[str, int]], j: int, value: float) -> tuple[float, int]:
    """Rule 2: scale words after a number ('2.5 million'): the value and the next index."""
    while j < len(raw) and raw[j][0].lower() in numbers.SCALE_WORDS:
        value *= numbers.SCALE_WORDS[raw[j][0].lower()]
        j += 1
    return value, j


def _digits(raw: list[tuple[str, int]], i: int) -> tuple[Token, int, bool]:
    """Rule 3: a number written in digits, with its scale words, as one token; and whether
    it has a value (a time such as '4:30' has none)."""
    t, start = raw[i]
    low = t.lower()
    value = _number_value(low)
    if value is None:
        return Token(t, low, "n", start, False), i + 1, False
    value, j = _scaled(raw, i + 1, value)
    return Token(" ".join(r[0] for r in raw[i:j]), _fmt(value), "n", start, False), j, True


def _spelled(raw: list[tuple[str, int]], i: int) -> tuple[Token, int]:
    """Rule 4: a spelled-out number ('twenty five thousand') as one token; 'one' alone is as
    often a pronoun as a number and stays a word."""
    t, start = raw[i]
    low = t.lower()
    value = float(_SMALL.get(low, _TENS.get(low, 0)))
    j = i + 1
    if low in _TENS and j < len(raw) and raw[j][0].lower() in _SMALL:
        value += _SMALL[raw[j][0].lower()]
        j += 1
    value, j = _scaled(raw, j, value)
    if low == "one" and j == i + 1:
        return Token(t, "one", "w", start, False), j
    return Token(" ".join(r[0] for r in raw[i:j]), _fmt(value), "n", start, False), j


def _word(t: str, start: int, first_word: bool) -> Token:
    """Rule 5: a sign, a percent word, an abbreviation or a stemmed word. A word counts as
    capitalised when written so other than as the sentence's first word, or in capitals
    throughout."""
    low = t.lower()
    if low in numbers.PERCENT_WORDS:
        return Token(t, "%", "s", start, False)
    if t in _SIGNS:
        return Token(t, t, "s", start, False)
    if "." in t:
        norm = low.replace(".", "")
        return Token(t, _IRREGULAR.get(norm, norm), "a", start, True)
    cap = (t[0].isupper() and not first_word) or (t.isupper() and len(t) > 1)
    return Token(t, stem(low), "w", start, cap)


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with normalised forms; numbers (written or spelled out, with scale
    words such as 'million') become one token holding their value."""
    raw = [p for m in _TOKEN.finditer(text.replace("’", "'").replace("‘", "'"))
           for p in _pieces(m.group(), m.start())]
    out: list[Token] = []
    first = True  # no word or number read yet (a time such as '4:30' is neither)
    i = 0
    while i < len(raw):
        low = raw[i][0].lower()
        if low[0].isdigit():
            tok, i, valued = _digits(raw, i)
            first = first and not valued
            if numbers.is_ordinal(tok.norm) and out and (
                    out[-1].text.lower().rstrip(".") in MONTHS):
                tok = Token(tok.text, tok.norm[:-2], tok.kind, tok.start, tok.capital)  # the
                # day of a date: 'December 15th' is 'Dec. 15'
        elif low in _SMALL or low in _TENS:
            tok, i = _spelled(raw, i)
            first = False
        elif low == "per" and i + 1 < len(raw) and raw[i + 1][0].lower() == "cent":
            tok, i = Token(f"{raw[i][0]} {raw[i + 1][0]}", "%", "s", raw[i][1], False), i + 2
            first = False  # 'per cent': a percent word
        else:
            tok, i = _word(raw[i][0], raw[i][1], first), i + 1
            first = False
        out.append(tok)
    return out


def figures(text: str) -> list[Figure]:
    """The figures ``text`` states, as ``extract.figures`` reads them (whole, where tokenised
    copy splits them: '26, 000'): money, percentages, counts, ages, distances, scores ...
    never a year, a date or a number that is part of a name."""
    return [Figure(f.text, f.value, _unit(f)) for f in statement_figures(text)]


def _unit(f: Quantity) -> str:
    """The unit a figure is compared in: the currency of money ('USD' for '$5' and '5
    dollars'), '%' or 'percentage points' of a percentage; none for any other figure (counts,
    ages, distances, durations, scores are compared in their role by ``explain.slots``: as
    features they split reports of one event, which differ in them as a story unfolds)."""
    return f.unit or "" if f.kind in ("money", "percent") else ""


def is_content(tok: Token) -> bool:
    return tok.kind != "s" and tok.norm not in STOP and tok.text.lower() not in STOP


def negations(tokens: list[Token]) -> list[str]:
    return [t.text.lower() if t.text.lower() in NEGATION else "not"
            for t in tokens if t.norm in NEGATION or t.text.lower() in NEGATION]


def directions(tokens: list[Token]) -> tuple[list[str], list[str]]:
    """The words of a rise and the words of a fall, lower-cased, in order."""
    low = [t.text.lower() for t in tokens]
    return [w for w in low if w in RISE], [w for w in low if w in FALL]


def normal_text(tokens: list[Token]) -> str:
    """The statement in comparable form: normalised tokens joined by spaces."""
    return " ".join(t.norm for t in tokens)
