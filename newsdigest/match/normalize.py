"""Statement normalisation for matching: tokens with a comparable form (case, quotes, hyphens,
"U.S."/"US", "percent"/"%", written and spelled-out numbers, light stemming), the figures a
statement states, its negations and its capitalised names. Pure Python, no heavy imports."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import CLITICS, CONTRACTIONS, FUNCTION_WORDS, MODALS

# One token: an abbreviation with dots (U.S.), a number (1,650 / 2.5 / 4:30, with an optional
# bn/m/k suffix), a word (letters with inner apostrophes; hyphens split words), or a currency /
# percent sign. Every alternative is a simple linear loop.
_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}"
    r"|\d+(?:[.,:]\d+)*(?:bn|m|k)?(?![^\W\d_])"
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

_UNITS = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "bn": 1e9, "mln": 1e6, "bln": 1e9,
}
_SUFFIX_UNITS = {"bn": 1e9, "m": 1e6, "k": 1e3}
_SMALL = {
    w: i for i, w in enumerate(
        """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
        fifteen sixteen seventeen eighteen nineteen""".split()  # noqa: SIM905
    )
}
_TENS = {w: 10 * (i + 2) for i, w in enumerate(
    ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])}
_PERCENT = {"percent", "pct", "%", "percentage"}
_CURRENCY = {"$": "$", "€": "€", "£": "£", "¥": "¥", "dollars": "$", "dollar": "$",
             "euros": "€", "euro": "€", "pounds": "£", "yen": "¥", "cents": "¢", "cent": "¢"}
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
_CONTRACTION = {"won't": "will not", "can't": "can not", "cannot": "can not", "shan't": "shall not"}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Light suffix stripping so that 'accused', 'accuses' and 'accusing' meet."""
    w = word.lower()
    irr = _IRREGULAR.get(w)
    if irr is not None:
        return irr
    if len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("ing") and len(w) > 5:
        w = w[:-3]
    elif (w.endswith("ed") and len(w) > 4) or (w.endswith("ly") and len(w) > 5):
        w = w[:-2]
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # 'stopp' -> 'stop'
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    if w.endswith("y") and len(w) > 3:
        w = w[:-1] + "i"
    return w


@dataclass(frozen=True, slots=True)
class Figure:
    """A number a statement states: ``value`` with its ``unit`` ('$', '%', '' ...)."""

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
    s = raw.lower()
    mult = 1.0
    for suf, m in _SUFFIX_UNITS.items():
        if s.endswith(suf):
            s, mult = s[: -len(suf)], m
            break
    if ":" in s:
        return None  # a time of day or a score: compare as text
    if "," in s:
        parts = s.split(",")
        if all(len(p) == 3 for p in parts[1:]):
            s = s.replace(",", "")
        else:
            return None
    try:
        return float(s) * mult
    except ValueError:
        return None


def _fmt(v: float) -> str:
    return f"{v:.6g}" if v != int(v) or abs(v) >= 1e15 else str(int(v))


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with normalised forms; numbers (written or spelled out, with scale
    words such as 'million') become one token holding their value."""
    raw: list[tuple[str, int]] = []
    for m in _TOKEN.finditer(text.replace("’", "'").replace("‘", "'")):
        t = m.group()
        low = t.lower()
        if low in _CONTRACTION:
            first, second = _CONTRACTION[low].split()
            raw.append((first, m.start()))
            raw.append((second, m.start()))
        elif low.endswith("n't"):
            if len(t) > 3:  # "N'T" alone, as in "DO N'T", is only the negation
                raw.append((t[:-3], m.start()))
            raw.append(("not", m.start() + len(t) - 3))
        elif "'" in t:
            head, _, tail = t.partition("'")
            raw.append((head, m.start()))
            if tail.lower() not in ("s", "d", "ll", "re", "ve", "m", ""):
                raw.append((tail, m.start() + len(head) + 1))
        else:
            raw.append((t, m.start()))
    out: list[Token] = []
    first_word = True
    i = 0
    n = len(raw)
    while i < n:
        t, start = raw[i]
        low = t.lower()
        if low[0].isdigit():
            value = _number_value(low)
            if value is None:
                out.append(Token(t, low, "n", start, False))
                i += 1
                continue
            j = i + 1
            while j < n and raw[j][0].lower() in _UNITS:
                value *= _UNITS[raw[j][0].lower()]
                j += 1
            text_span = " ".join(r[0] for r in raw[i:j])
            out.append(Token(text_span, _fmt(value), "n", start, False))
            i = j
            first_word = False
            continue
        if low in _SMALL or low in _TENS:
            value = float(_SMALL.get(low, _TENS.get(low, 0)))
            j = i + 1
            if low in _TENS and j < n and raw[j][0].lower() in _SMALL:
                value += _SMALL[raw[j][0].lower()]
                j += 1
            while j < n and raw[j][0].lower() in _UNITS:
                value *= _UNITS[raw[j][0].lower()]
                j += 1
            if low in ("one",) and j == i + 1:
                # 'one' alone is as often a pronoun as a number: keep it a word
                out.append(Token(t, "one", "w", start, False))
            else:
                out.append(Token(" ".join(r[0] for r in raw[i:j]), _fmt(value), "n", start,
                                 False))
            i = j
            first_word = False
            continue
        if low in _PERCENT:
            out.append(Token(t, "%", "s", start, False))
        elif t in "$€£¥":
            out.append(Token(t, t, "s", start, False))
        elif low in _CURRENCY:
            out.append(Token(t, _CURRENCY[low], "s", start, False))
        elif "." in t:
            norm = low.replace(".", "")
            norm = _IRREGULAR.get(norm, norm)
            out.append(Token(t, norm, "a", start, True))
        else:
            cap = t[0].isupper() and not first_word
            if t.isupper() and len(t) > 1:
                cap = True
            out.append(Token(t, stem(low), "w", start, cap))
        first_word = False
        i += 1
    return out


def figures(tokens: list[Token]) -> list[Figure]:
    """The figures among ``tokens``: numbers with a currency sign before or a percent / currency
    word after them."""
    out: list[Figure] = []
    for k, tok in enumerate(tokens):
        if tok.kind != "n":
            continue
        try:
            value = float(tok.norm)
        except ValueError:
            continue
        unit = ""
        text = tok.text
        prev = tokens[k - 1] if k > 0 else None
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if prev is not None and prev.kind == "s" and prev.norm != "%":
            unit = prev.norm
            text = prev.text + text
        if nxt is not None and (nxt.norm == "%" or nxt.text.lower() in _CURRENCY):
            unit = "%" if nxt.norm == "%" else _CURRENCY[nxt.text.lower()]
            text = f"{text}{nxt.text}" if nxt.text == "%" else f"{text} {nxt.text}"
        out.append(Figure(text, value, unit))
    return out


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
