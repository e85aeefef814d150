"""Named-entity tagger: people, places, organisations (and other names, MISC) in the
statements of one article. A linear model over word, shape, affix, context, gazetteer and
document features, decoded left to right with tag-transition scores (BIO tags), trained on
CoNLL-2003 by ``tools/train_ner.py`` (an averaged perceptron). The shipped weights
(``data/ner_model.bin``) hold only feature names and numbers; inference is NumPy: each
distinct token's own and neighbour features are summed once into a table of tag scores
(``TokenTable``), so a sentence adds only its sentence features (word pairs, shapes, gazetteer
spans, casing). Only capitalised tokens and the joining words between them are tagged, and a
sentence whose only such token is its first common word ('He', 'The') is not looked at. Every
name carries its margin (how far its least sure tag led the next), for the caller to weigh.

All-capital lines (headlines) are read through the article's own casing: a word written
'China' elsewhere in the article is read as 'China' in 'CHINA BEATS JAPAN', and a common word
of the shipped lexicon that is no known name in lower case ('BEATS' -> 'beats'). The place of a
dateline ('PHNOM PENH 1996-08-30', 'PHILADELPHIA ―') is one place; a month or weekday at either
end of a place or organisation is left out ('CNBC Friday'). A line in title case (a headline
inside the text: 'Marco Rubio Responds To Hillary Clinton On Iraq') is read as a sentence
would write it ('Marco Rubio responds to Hillary Clinton on Iraq', ``title_words``)."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from ..lexicon import common_word
from ..segment import ENDINGS, STARTERS, STATES, TITLES, dateline_place
from ..words import TITLE_ABBREVIATIONS
from .dates import MONTHS, WEEKDAYS
from .gazetteer import Gazetteer, wordset
from .gazetteer import load as gazetteer
from .given_names import given_name

TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
# an abbreviation with its dot ('Corp.', 'St.'), an initialism with its dots ('U.S.', 'A.'), a word
# (inner hyphens, ampersands, apostrophes and dots; not a possessive 's), a possessive, or
# one other character
ABBREVIATIONS = sorted(w for w in TITLES | ENDINGS | STATES if w[:1].isupper())
_ABBR = "|".join(map(re.escape, ABBREVIATIONS))
TOKEN = re.compile(rf"\b(?=[A-Z])(?:{_ABBR})\.|(?:[^\W_]\.){{2,}}|[^\W\d_a-z]\."
                   r"|\w+(?:(?:[-&.]|['’](?![sS]\b))\w+)*|['’][sS]\b|[^\w\s]")
# lower-case words inside a name: 'Bank of England', 'Vincent van Gogh', 'Organisation for
# Security and Cooperation in Europe', 'Gazzetta dello Sport'
JOINERS = wordset("of the and for on in de da del della dello di den van von der la le du bin al "
                  "& 's ’s")
# words that open a surname ('Van Rompuy', 'de Blasio', 'bin Laden', 'Al-Assad' written apart)
SURNAME_PARTICLES = wordset("van von de da del della di du le la al el bin ben ter ten den der")
LINE = re.compile(r"[^\n]+")
MAX_GAZ = 4  # longest gazetteer entry matched, in tokens
MAX_CACHE = 200_000


@lru_cache(maxsize=1 << 16)
def shape(tok: str) -> str:
    """'Lavrov' -> 'Xx', 'U.S.' -> 'X.X.', '1996-08-22' -> 'd-d-d', 'McDonald' -> 'XxXx'."""
    out: list[str] = []
    for c in tok:
        k = "X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c
        if not out or out[-1] != k:
            out.append(k)
    return "".join(out[:6])


def is_caps_line(tokens: Sequence[str]) -> bool:
    """A line in capitals (a headline, a results table header): no lower-case word."""
    letters = 0
    for t in tokens:
        if t[:1].isalpha():
            if t.islower() or (t.istitle() and len(t) > 1):
                return False
            letters += 1
    return letters >= 2


TITLE_WORDS = 4  # words after the first of a title-case line (a headline inside the text)


def is_title_line(tokens: Sequence[str]) -> bool:
    """A line in title case ('Suspected Key Mafia Boss Found Hanging Dead In Palermo Jail
    Cell'): at least ``TITLE_WORDS`` words after the first, every word capitalised, one of
    them a function word ('In', 'To', 'For'), which a sentence writes in lower case."""
    from ..lexicon import FUNCTION_WORDS

    words = [t for t in tokens[1:] if t[:1].isalpha()]
    return (len(words) >= TITLE_WORDS and all(t[:1].isupper() for t in words)
            and any(t.lower() in FUNCTION_WORDS for t in words)
            and tokens.count(",") < 2)  # not a list of names ('Boyd Brown, Will Folks, ...')


_TWO_DIGITS = re.compile(r"\d\D*\d")


def is_table(tokens: Sequence[str]) -> bool:
    """A line of a results table: at least two numbers, and few words."""
    if len(tokens) < 2 or not _TWO_DIGITS.search("".join(tokens)):
        return False
    nums = sum(1 for t in tokens if t[:1].isdigit())
    return nums >= 2 and 3 * nums >= len(tokens)


def freq_bucket(word: str, freq: dict[str, int]) -> str:
    n = freq.get(word, 0)
    return "0" if n == 0 else "1" if n < 5 else "2" if n < 50 else "3" if n < 500 else "4"


def word_features(tok: str, gaz: Gazetteer, freq: dict[str, int]) -> list[str]:
    """Features of a token on its own (cached per token by the tagger)."""
    low = tok.lower()
    out = ["bias", f"w={low}", f"s={shape(tok)}", f"p2={low[:2]}", f"p3={low[:3]}",
           f"x2={low[-2:]}", f"x3={low[-3:]}", f"x4={low[-4:]}", f"f={freq_bucket(low, freq)}"]
    if tok in gaz.first_names:
        out.append("g=first")
    if gaz.nationality(tok) and tok not in gaz.places:
        out.append("g=nat")
    if tok in gaz.titles or tok.rstrip(".") in gaz.titles:
        out.append("g=title")
    if tok in gaz.org_words:
        out.append("g=orgword")
    if low in gaz.role_ends:
        out.append("g=role")
    if "-" in tok:
        parts = tok.split("-")
        if gaz.nationality(parts[0]) or gaz.place(parts[0]):
            out.append("g=placeprefix")  # 'London-based', 'Anglo-French'
    return out


def context_keys(tok: str) -> tuple[list[str], list[str], list[str], list[str]]:
    """Features a token gives its neighbours: as the word before, after, two before, two
    after."""
    low, sh = tok.lower(), shape(tok)
    return ([f"w-1={low}", f"s-1={sh}"], [f"w+1={low}", f"s+1={sh}"], [f"w-2={low}"],
            [f"w+2={low}"])


def gaz_spans(toks: Sequence[str], gaz: Gazetteer, only: Sequence[int] | None = None
              ) -> list[str]:
    """Per token: 'place'/'org' when it begins ('B') or continues ('I') a gazetteer entry
    (longest match, starting at a capitalised token of ``only``), else ''."""
    out = [""] * len(toks)
    after = 0
    longest = gaz.heads
    for i in range(len(toks)) if only is None else only:
        if i < after or not toks[i][:1].isupper():
            continue
        after = i + 1
        for n in range(min(longest.get(toks[i], 0), MAX_GAZ, len(toks) - i), 0, -1):
            form = " ".join(toks[i: i + n])
            kind = ("place" if gaz.place(form) is not None else
                    "org" if form in gaz.orgs else "")
            if kind:
                out[i] = f"B{kind}"
                for j in range(i + 1, i + n):
                    out[j] = f"I{kind}"
                after = i + n
                break
    return out


def document_casing(lines: Sequence[Sequence[str]], caps: Sequence[bool] | None = None
                    ) -> dict[str, str]:
    """How the article writes each word away from the start of a mixed-case line: its most
    frequent written form ('china' -> 'China', 'police' -> 'police'; '1996' -> '1996')."""
    from collections import Counter

    counts: Counter[str] = Counter()
    for n, toks in enumerate(lines):
        if not (is_caps_line(toks) if caps is None else caps[n]):
            counts.update(itertools.islice(toks, 1, None))
    # most frequent last (the first seen of equally frequent ones after the others)
    forms = [t for t, _ in sorted(counts.items(), key=lambda tc: -tc[1])][::-1]
    return dict(zip(map(str.lower, forms), forms, strict=True))


COMMON = 5  # a word in this many documents of the shipped lexicon is a common word


def caps_word(tok: str, casing: dict[str, str], gaz: Gazetteer, common: int = COMMON) -> str:
    """A word of a capital line as read: as the article writes it elsewhere, else in lower
    case when it is a common word (in ``common`` documents of the lexicon) and no known name
    ('TAKES' -> 'takes'), else as is."""
    from ..lexicon import doc_freq

    low = tok.lower()
    known = casing.get(low)
    if known is not None:
        return known
    if doc_freq()[0].get(low, 0) < common or not tok.isalpha():
        return tok
    title = tok.title()
    if (gaz.place(title) is not None or title in gaz.first_names or title in gaz.orgs
            or gaz.nationality(title) or title in gaz.titles):
        return tok
    return low


def title_words(toks: Sequence[str], casing: dict[str, str], gaz: Gazetteer) -> list[str]:
    """A title-case line as a sentence would write it: each word through ``caps_word`` (its
    form elsewhere in the article, else lower case when in the lexicon at all and no known
    name: 'Marco Rubio Responds' -> 'Marco Rubio responds'), a function word in lower case
    ('Found Hanging Dead In Palermo' -> 'found hanging dead in Palermo'); as is a word in
    capitals ('GOP'), a word of a known place or organisation of several words ('Middle
    East') and the word after a first name or its initial ('Hillary Clinton', 'George W.
    Bush'; not 'Rand Paul Scores')."""
    from ..lexicon import FUNCTION_WORDS

    inside = [s[:1] == "I" for s in gaz_spans(toks, gaz)] + [False]  # a known name goes on
    out: list[str] = []
    for i, t in enumerate(toks):
        low = t.lower()
        if low in casing:  # as the article writes it elsewhere
            out.append(casing[low])
        elif (inside[i] or inside[i + 1] or _after_first_name(out, gaz)
              or (t.isupper() and len(t) > 1)):  # 'GOP', 'TV'
            out.append(t)
        elif low.replace("’", "'") in FUNCTION_WORDS or low.endswith(("n't", "n’t")):  # 'Can’t'
            out.append(low)
        else:
            out.append(caps_word(t, casing, gaz, common=1))
    return out


_INITIAL = re.compile(r"[A-Z]\.$")
INITIAL = re.compile(r"[A-Z]\.?")  # a name's initial, as a whole word ('W.', 'W'): fullmatch


def _after_first_name(read: Sequence[str], gaz: Gazetteer) -> bool:
    """Do the words read so far end in a first name (not after another: 'Rand Paul'), or a
    first name and an initial?"""
    n = len(read) - 1 if read and _INITIAL.match(read[-1]) else len(read)
    return (n > 0 and read[n - 1] in gaz.first_names
            and (n < 2 or read[n - 2] not in gaz.first_names))


def candidates(toks: Sequence[str]) -> list[int]:
    """The tokens that can be part of a name: capitalised ones, and a joining word between
    them ('Bank of England', 'Bosnia and Herzegovina', "Duke of Norfolk's XI")."""
    up = [i for i, t in enumerate(toks) if t[:1].isupper()]
    if len(up) < 2:
        return up
    out = []
    for a, b in itertools.pairwise(up):
        out.append(a)
        if b - a in (2, 3) and toks[a + 1] in JOINERS and (b - a == 2 or toks[a + 2] in JOINERS):
            out.extend(range(a + 1, b))
    out.append(up[-1])
    return out


def sentence_features(toks: Sequence[str], casing: dict[str, str], gaz: Gazetteer,
                      only: Sequence[int], caps: bool | None = None
                      ) -> tuple[list[str], list[list[str]]]:
    """The tokens as read (capital lines through the article's casing) and the features that
    depend on the sentence and the document, for the tokens ``only``."""
    caps = is_caps_line(toks) if caps is None else caps
    read = [caps_word(t, casing, gaz) for t in toks] if caps else list(toks)
    spans = gaz_spans(read, gaz, only)
    extra: list[list[str]] = []
    n = len(read)
    table = is_table(read)
    for i in only:
        t = read[i]
        low = t.lower()
        f = [f"b-1={read[i - 1].lower() if i else '<s>'}|{low}",
             f"b+1={low}|{read[i + 1].lower() if i + 1 < n else '</s>'}",
             f"s3={shape(read[i - 1]) if i else '<s>'}|{shape(t)}|"
             f"{shape(read[i + 1]) if i + 1 < n else '</s>'}"]
        if table:
            f.append(f"tbl|{shape(t)}")
        if spans[i]:
            f.append(f"gz={spans[i]}")
        if i == 0:
            f.append(f"first|{shape(t)}")
        if caps:
            known = casing.get(low)
            f.append(f"caps|{'none' if known is None else shape(known)[:2]}")
        elif t[:1].isupper() and i:
            known = casing.get(low)
            if known is not None and known.islower():
                f.append("doc=lower")  # capitalised here, lower case elsewhere
        elif t[:1].isupper():
            known = casing.get(low)
            f.append(f"doc0={'none' if known is None else shape(known)[:2]}")
        extra.append(f)
    return read, extra


@dataclass
class Model:
    """The tagger's weights, as loaded (``load_model``)."""

    index: dict[str, int]  # feature -> row of ``weights``
    weights: Any  # (features, tags) float32
    trans: Any  # (tags + 1, tags): previous tag (last row: sentence start) -> tag


# The shipped model (in ``newsdigest/data``), stored plainly (a repository and a wheel compress
# it anyway): a line of JSON (tags, scale, transitions, number of features), a line of the
# feature names separated by spaces, then the weights as little-endian int16 numbers times
# ``scale``, a row of tags per feature. Read in ~5 ms of a start-up (as JSON with the weights
# in base64: 7; a gzipped list of names: 12).
MODEL_FILE = "ner_model.bin"


@cache
def load_model() -> Model:
    from .. import shipped

    return model_from_bytes(shipped(MODEL_FILE))


def model_from_bytes(data: bytes) -> Model:
    import numpy as np

    head_end = data.index(b"\n")
    head = json.loads(data[:head_end])
    names_end = data.index(b"\n", head_end + 1)
    names = data[head_end + 1: names_end].decode("utf-8").split(" ")
    if len(names) != head["features"]:
        raise ValueError(f"{MODEL_FILE}: {len(names)} feature names, {head['features']} rows")
    w = np.frombuffer(data, dtype="<i2", count=len(names) * len(TAGS), offset=names_end + 1)
    weights = w.reshape(len(names), len(TAGS)).astype(np.float32)
    weights *= float(head["scale"])
    trans = np.asarray(head["trans"], dtype=np.float32)
    return Model(dict(zip(names, range(len(names)), strict=True)), weights, trans)


def model_to_bytes(features: list[str], weights: Any, trans: Any) -> bytes:
    import numpy as np

    if any(f.split() != [f] for f in features):
        raise ValueError("a feature name is empty or holds a space or line break")
    scale = float(np.abs(weights).max()) / 32000 or 1.0
    q = np.round(weights / scale).astype("<i2")
    head = {"tags": list(TAGS), "scale": scale, "features": len(features),
            "trans": [[round(float(x), 4) for x in row] for row in trans]}
    return b"\n".join([json.dumps(head, separators=(",", ":")).encode("ascii"),
                        " ".join(features).encode("utf-8"), q.tobytes()])


class Featurizer:
    """Token features as rows of a model's weight matrix, with the per-token part cached."""

    def __init__(self, index: dict[str, int] | None, gaz: Gazetteer | None = None) -> None:
        from ..lexicon import doc_freq

        self.index = index  # None while training: every feature is kept as its name
        self.gaz = gaz or gazetteer()
        self.freq = doc_freq()[0]
        self.own: dict[str, list[Any]] = {}
        self.ctx: dict[str, tuple[list[Any], ...]] = {}

    def _ids(self, names: list[str]) -> list[Any]:
        if self.index is None:
            return names
        get = self.index.get
        return [i for i in map(get, names) if i is not None]

    def token_ids(self, tok: str) -> tuple[list[Any], ...]:
        """The token's own features, then those it gives the token after, before, two
        after and two before it (not cached)."""
        return (self._ids(word_features(tok, self.gaz, self.freq)),
                *(self._ids(k) for k in context_keys(tok)))

    def token(self, tok: str) -> tuple[list[Any], tuple[list[Any], ...]]:
        own = self.own.get(tok)
        if own is None:
            if len(self.own) > MAX_CACHE:
                self.own.clear()
                self.ctx.clear()
            own, *ctx = self.token_ids(tok)
            self.own[tok] = own
            self.ctx[tok] = tuple(ctx)
        return own, self.ctx[tok]

    def sentence(self, toks: Sequence[str], casing: dict[str, str],
                 only: Sequence[int] | None = None, caps: bool | None = None
                 ) -> tuple[list[str], list[list[Any]]]:
        """The tokens as read and the features of the tokens ``only`` (default: all)."""
        n = len(toks)
        only = range(n) if only is None else only
        read, extra = sentence_features(toks, casing, self.gaz, only, caps)
        parts = {i: self.token(read[i]) for j in only for i in range(max(0, j - 2),
                                                                     min(n, j + 3))}
        out: list[list[Any]] = []
        for i, ex in zip(only, extra, strict=True):
            f = [*parts[i][0], *self._ids(ex)]
            if i:
                f += parts[i - 1][1][0]
            if i + 1 < n:
                f += parts[i + 1][1][1]
            if i > 1:
                f += parts[i - 2][1][2]
            if i + 2 < n:
                f += parts[i + 2][1][3]
            out.append(f)
        return read, out


def tokenize(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def _offsets(text: str, words: Sequence[str]) -> list[tuple[str, int, int]]:
    """``tokenize`` for a text already split into ``words``."""
    out = []
    pos = 0
    find = text.find
    for w in words:
        pos = find(w, pos)
        out.append((w, pos, pos + len(w)))
        pos += len(w)
    return out


# a tag may follow the one before it: I-X only after B-X or I-X
def _allowed() -> list[list[bool]]:
    out = []
    for prev in (*TAGS, "<s>"):
        out.append([not t.startswith("I-") or prev[2:] == t[2:] for t in TAGS])
    return out


ALLOWED = _allowed()


def masked(trans: Any) -> list[list[float]]:
    """Transition scores (previous tag -> tag) with the tags that may not follow as -inf."""
    rows = trans.tolist() if hasattr(trans, "tolist") else trans
    return [[v if ok else float("-inf") for v, ok in zip(row, allowed, strict=True)]
            for row, allowed in zip(rows, ALLOWED, strict=True)]


def decode(scores: list[list[float]], trans: list[list[float]],
           at: Sequence[int] | None = None, margins: list[float] | None = None) -> list[int]:
    """Greedy left to right: each token's best tag given the one before it (``trans`` from
    ``masked``). ``at`` are the tokens' positions in the sentence when some were left out
    (as 'O'); ``margins`` gets how far each best tag is ahead of the next best."""
    prev = len(TAGS) if not at or at[0] == 0 else 0
    out: list[int] = []
    for n, row in enumerate(scores):
        if at is not None and n and at[n] != at[n - 1] + 1:
            prev = 0
        v = [a + b for a, b in zip(row, trans[prev], strict=True)]
        best = max(v)
        prev = v.index(best)
        out.append(prev)
        if margins is not None:
            v[prev] = float("-inf")
            margins.append(best - max(v))
    return out


# a month or weekday at either end of a place or organisation is a date beside it: 'CNBC
# Friday', 'August Chicago', 'University of Michigan August' ('May' is too often a name)
CALENDAR = frozenset({*(m.title() for m in MONTHS if len(m) > 3), *WEEKDAYS}) - {"May"}
# holidays: a date, never a name of their own ('an office Christmas party'); awards alone
# ('her second Oscar', 'the Emmys'): a prize, no one's name
HOLIDAYS = frozenset(("Christmas", "Easter", "Thanksgiving", "Halloween", "Hanukkah",
                      "Passover", "Ramadan", "Diwali"))
AWARDS = frozenset(("Oscar", "Oscars", "Emmy", "Emmys", "Grammy", "Grammys", "Tonys", "Baftas"))
ALONE_NO_NAME = HOLIDAYS | AWARDS


def dateline(text: str, toks: Sequence[tuple[str, int, int]], tags: list[int],
             read: list[str]) -> None:
    """Tag the place of a dateline line ('PHNOM PENH 1996-08-30', 'MILWAUKEE, Wisconsin
    1996-08-29', 'PHILADELPHIA ―', as ``segment.dateline_place`` reads one) as one place, read
    in title case."""
    span = dateline_place(text)
    if span is None:
        return
    end = span[1]
    inside = [i for i, (_, s, e) in enumerate(toks) if e <= end]
    if not inside or not any(len(toks[i][0]) > 1 for i in inside):
        return
    for n, i in enumerate(inside):
        tags[i] = TAGS.index("I-LOC" if n else "B-LOC")
        read[i] = read[i] if read[i][:1].isupper() and not read[i].isupper() else (
            toks[i][0].title())


def trim_dates(tags: list[int], read: Sequence[str]) -> None:
    """Take a month or weekday off either end of a place or organisation, and a weekday off
    the end of a person ('Maurice Cheeks Saturday', 'Clinton Friday': no one is called
    Saturday; a month may be a name: 'April Ryan', 'June Carter'); a holiday or an award
    alone is no name ('an office Christmas party', 'her second Oscar')."""
    i, n = 0, len(tags)
    while i < n:
        tag = TAGS[tags[i]]
        if tag not in ("B-LOC", "B-ORG", "B-PER"):
            i += 1
            continue
        j = i + 1
        while j < n and TAGS[tags[j]] == "I-" + tag[2:]:
            j += 1
        end = j
        person = tag == "B-PER"
        if end - i == 1 and read[i] in ALONE_NO_NAME:
            tags[i] = 0  # 'Christmas' alone
            i = j
            continue
        if end - i > 1 and read[end - 1] in (WEEKDAYS if person else CALENDAR):
            end -= 1
            tags[end] = 0
        if not person and end - i > 1 and read[i] in CALENDAR:
            tags[i], tags[i + 1] = 0, tags[i]
        i = j


@dataclass(frozen=True)
class Span:
    """A name the tagger found in one of its texts."""

    line: int  # index of the text in the input sequence
    start: int
    end: int
    kind: str  # PER, LOC, ORG, MISC
    form: str  # as read: a word of a capital line in the article's casing ('CHINA' -> 'China')
    margin: float = float("inf")  # the tagger's least lead of a tag over the next, in the name
    title: bool = False  # in a title-case line, read as a sentence: its other capitals are none


KIND_OF = [t[2:] for t in TAGS]  # '' for O
BEGINS = [t.startswith("B-") for t in TAGS]


def spans_of(tags: Sequence[int], toks: Sequence[tuple[str, int, int]], read: Sequence[str],
             text: str, line: int, margins: Sequence[float] = (), at: int = 0) -> list[Span]:
    """The names tagged in a line, with their offsets (plus ``at``) and least margins."""
    out: list[Span] = []
    n = len(tags)
    for begin in [i for i, k in enumerate(tags) if BEGINS[k]]:
        kind = KIND_OF[tags[begin]]
        i = begin + 1
        while i < n and tags[i] and not BEGINS[tags[i]] and KIND_OF[tags[i]] == kind:
            i += 1
        s, e = toks[begin][1], toks[i - 1][2]
        form = text[s:e]
        if any(read[j] != toks[j][0] for j in range(begin, i)):
            form = "".join(text[toks[j - 1][2]: toks[j][1]] + read[j] if j > begin
                           else read[j] for j in range(begin, i))
        margin = min(margins[begin:i], default=float("inf"))
        out.append(Span(line, s + at, e + at, kind, form, margin))
    return out


SLOTS = 5  # a token's own features, what it gives the token after, before, 2 after, 2 before


class TokenTable:
    """Per distinct token, the summed weights of its own features and of the features it
    gives each neighbour (``SLOTS`` rows of tag scores), computed when first used and kept in
    one array (row 0: no token)."""

    def __init__(self, model: Model, features: Featurizer) -> None:
        import numpy as np

        self.features = features
        # weights with a zero row at the end, so that every feature list can start with it
        self.weights = np.vstack([model.weights, np.zeros((1, len(TAGS)), np.float32)])
        self.zero = len(model.weights)
        self.rows: dict[str, int] = {}
        self.names: list[str] = [""]
        self.table = np.zeros((4096, SLOTS, len(TAGS)), np.float32)
        self.done = np.zeros(4096, bool)
        self.done[0] = True

    def ids(self, toks: Sequence[str]) -> list[int]:
        """The rows of these tokens (new ones numbered, not yet computed)."""
        rows = self.rows
        got = list(map(rows.get, toks))
        if None not in got:
            return got  # type: ignore[return-value]
        new = [t for t in dict.fromkeys(toks) if t not in rows]
        if len(rows) + len(new) > MAX_CACHE:
            rows.clear()
            del self.names[1:]
            self.done[1:] = False
            new = list(dict.fromkeys(toks))
        for t in new:
            rows[t] = len(self.names)
            self.names.append(t)
        return [rows[t] for t in toks]

    def rows_of(self, ids: Any) -> Any:
        """The table, with the rows ``ids`` computed."""
        import numpy as np

        if len(self.names) > len(self.done):
            size = 2 * len(self.names)
            self.done = np.concatenate([self.done, np.zeros(size - len(self.done), bool)])
            grown = np.zeros((size, SLOTS, len(TAGS)), np.float32)
            grown[: len(self.table)] = self.table
            self.table = grown
        # sorted unique rows (np.unique would import numpy.ma: 5 ms of every start-up)
        todo = np.array(sorted(set(ids[~self.done[ids]].tolist())), dtype=np.intp)
        if len(todo):
            self._compute(todo)
        return self.table

    def _compute(self, todo: Any) -> None:
        import numpy as np

        flat: list[list[int]] = [[] for _ in range(SLOTS)]
        starts: list[list[int]] = [[] for _ in range(SLOTS)]
        for row in todo.tolist():
            for slot, ids in enumerate(self.features.token_ids(self.names[row])):
                starts[slot].append(len(flat[slot]))
                flat[slot].append(self.zero)
                flat[slot] += ids
        for slot in range(SLOTS):
            self.table[todo, slot] = np.add.reduceat(self.weights[flat[slot]], starts[slot],
                                                     axis=0)
        self.done[todo] = True


class Tagger:
    def __init__(self, model: Model | None = None, gaz: Gazetteer | None = None) -> None:
        self.model = model or load_model()
        self.features = Featurizer(self.model.index, gaz)
        self.tokens = TokenTable(self.model, self.features)
        self.trans = masked(self.model.trans)

    def scores(self, reads: Sequence[Sequence[str]], onlys: Sequence[Sequence[int]],
               extras: Sequence[Sequence[Sequence[str]]]) -> list[list[float]]:
        """Tag scores of the tokens ``onlys`` of each sentence (as read), in order: the
        cached sums of each token and its neighbours, plus the sentence features."""
        import numpy as np

        words: list[str] = []
        at: list[int] = []  # each candidate's place in ``words``
        for read, only in zip(reads, onlys, strict=True):
            base = len(words) + 2
            at += [base + i for i in only]
            words += ["", "", *read]
        if not at:
            return []
        ids = np.array([0, 0, *self.tokens.ids(words), 0, 0])
        ids[2:-2][np.fromiter(map(bool, words), bool, len(words)) == 0] = 0  # sentence gaps
        pos = np.array(at) + 2
        table = self.tokens.rows_of(ids[np.concatenate([pos + d for d in (0, -1, 1, -2, 2)])])
        get, zero = self.model.index.get, self.tokens.zero
        names: list[str] = []
        starts: list[int] = []
        for extra in extras:
            for ex in extra:
                starts.append(len(names))
                names.append("")  # no feature: the zero row, so no candidate is empty
                names += ex
        flat = [get(f, zero) for f in names]
        total = np.add.reduceat(self.tokens.weights[flat], starts, axis=0)
        for slot, d in enumerate((0, -1, 1, -2, 2)):
            total += table[ids[pos + d], slot]
        out: list[list[float]] = total.tolist()
        return out

    def tag(self, texts: Sequence[str]) -> list[Span]:
        """The names in the texts of one document (its statements or lines), in order; a
        line break ends a name."""
        lines: list[tuple[int, int, str]] = []  # text, offset in it, line
        for n, t in enumerate(texts):
            if "\n" in t:
                lines += [(n, m.start(), m.group()) for m in LINE.finditer(t)]
            elif t:
                lines.append((n, 0, t))
        words = [TOKEN.findall(t) for _, _, t in lines]
        caps = [is_caps_line(ws) for ws in words]
        titled = [not c and is_title_line(ws) for c, ws in zip(caps, words, strict=True)]
        casing = document_casing(words, [c or t for c, t in zip(caps, titled, strict=True)])
        gaz = self.features.gaz
        todo: list[tuple[int, list[int], list[str]]] = []  # line, candidates, tokens as read
        extras: list[list[list[str]]] = []
        for k, (ws, cap) in enumerate(zip(words, caps, strict=True)):
            if titled[k]:  # read as a sentence: its names tagged as in one
                ws = title_words(ws, casing, gaz)
            only = candidates(ws)
            if only and only[0] == 0 and ws[0] in STARTERS:
                only = only[1:]  # 'He', 'The', 'But' starting a sentence
            if only:
                read, extra = sentence_features(ws, casing, gaz, only, cap)
                todo.append((k, only, read))
                extras.append(extra)
        scores = self.scores([r for _, _, r in todo], [o for _, o, _ in todo], extras)
        out: list[Span] = []
        pos = 0
        for k, only, read in todo:
            got = self._spans(lines[k], words[k], only, read, scores[pos: pos + len(only)])
            out += [replace(sp, title=True) for sp in got] if titled[k] else got
            pos += len(only)
        spans = _people(_split_known(_titled(out, texts), texts, gaz), texts)
        return _organisations(_bodies(_widened(spans, texts, gaz), texts, gaz), texts, gaz)

    def _spans(self, line: tuple[int, int, str], ws: list[str], only: list[int],
               read: list[str], scores: list[list[float]]) -> list[Span]:
        """The names of one line: its candidates' tags decoded, a dateline's place read whole,
        month and weekday names trimmed off."""
        n, at, text = line
        tags = [0] * len(ws)
        margins = [float("inf")] * len(ws)
        got: list[float] = []
        best = decode(scores, self.trans, only, got)
        for i, tag, margin in zip(only, best, got, strict=True):
            tags[i], margins[i] = tag, margin
        dated = text[:1].isupper() and text[1:2].isupper()
        if not (dated or any(tags)):
            return []
        last = len(ws) if dated else max(i for i, t in enumerate(tags) if t) + 1
        toks = _offsets(text, ws[:last])
        if dated:
            dateline(text, toks, tags, read)
        if not any(tags):
            return []
        if not (CALENDAR.isdisjoint(read) and ALONE_NO_NAME.isdisjoint(read)):
            trim_dates(tags, read)
        return spans_of(tags, toks, read, text, n, margins, at)


# a person's title written short with its dot ('Sen.', 'Gov.', 'Lt.'), then a name; not the
# short words that title other things too ('Dist. Court', 'Rt. 9', 'Pres. Day')
_PERSON_TITLES = TITLE_ABBREVIATIONS - {"Dist", "Dep", "Rt", "Pres", "Sr", "Fr"}
_TITLED = re.compile("(?:" + "|".join(map(re.escape, sorted(_PERSON_TITLES, key=len, reverse=True)))
                     + r")\.[ ]+(?=[A-Z][a-z])")


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ ]+[A-Z][\w'’.-]*)*")


def _split_known(spans: list[Span], texts: Sequence[str], gaz: Gazetteer) -> list[Span]:
    """A name the tagger read over 'and' is two when the gazetteer knows both sides as
    organisations or places ('The New York Times and The Washington Post', 'State Department
    and White House'; not 'Procter and Gamble' nor 'Department of Health and Human
    Services'): each is the kind the gazetteer gives it, as sure as the whole."""
    out = []
    for sp in spans:
        text = texts[sp.line][sp.start: sp.end]
        left, _, right = text.partition(" and ")
        kinds = [known_kind(part, gaz) for part in (left, right)] if right else [None]
        if sp.kind == "PER" or None in kinds:
            out.append(sp)
            continue
        cut = sp.start + len(left) + len(" and ")
        out += [replace(sp, end=sp.start + len(left), kind=str(kinds[0]), form=left),
                replace(sp, start=cut, kind=str(kinds[1]), form=right)]
    return out


def known_kind(name: str, gaz: Gazetteer) -> str | None:
    """'ORG' or 'LOC' for a name the gazetteer knows as an organisation or a place."""
    if name in gaz.orgs:
        return "ORG"
    return "LOC" if gaz.place(name) else None


def _titled(spans: list[Span], texts: Sequence[str]) -> list[Span]:
    """A name the tagger read with a person's short title in front as a place or an
    organisation ('Sen. Bernie Sanders' after 'On Saturday,' tagged a place, and lost) is the
    person after the title, up to its first word in lower case ('Rep. Lee Zeldin of New
    York': Lee Zeldin): the title says what the name is."""
    out = []
    for sp in spans:
        m = _TITLED.match(texts[sp.line], sp.start) if sp.kind != "PER" else None
        if m is None or m.end() >= sp.end:
            out.append(sp)
            continue
        name = _CAPITALISED_RUN.match(texts[sp.line], m.end(), sp.end)
        assert name is not None  # (_TITLED looks ahead for a capital)
        out.append(replace(sp, start=m.end(), end=name.end(), kind="PER", form=name.group()))
    return out


def _people(spans: list[Span], texts: Sequence[str]) -> list[Span]:
    """Two people the tagger split are one when only given names lead up to the second: the
    first is given names and a space or one more capitalised word stands between ('John' +
    'Paul Jones', 'Anthony' + (Phillip) + 'Lasalle'), or the word between is a given name
    after a one-word name that is no common word ('Sharron' + (Diane) + 'Smith'; not
    'Charger' + (Vincent) + 'Jackson'). Two people side by side are set apart in news text
    ('Smith, Jones', 'Smith and Jones'); 'City Attorney' + 'Terry White' stay a role and a
    person. A surname's particle between two people makes them one too ('Osama' + (bin) +
    'Laden'). As sure as its surer part."""
    out: list[Span] = []
    for sp in spans:
        prev = out[-1] if out else None
        gap = texts[sp.line][prev.end: sp.start] if prev and prev.line == sp.line else None
        if prev is not None and gap is not None and prev.kind == sp.kind == "PER" \
                and (_particle(gap) or _given_names_before(prev, gap)):
            out[-1] = Span(sp.line, prev.start, sp.end, "PER", f"{prev.form}{gap}{sp.form}",
                           max(prev.margin, sp.margin), prev.title and sp.title)
        else:
            out.append(sp)
    return out


_ONE_WORD = re.compile(r" [A-Z][a-z]+ ")


def _given_names_before(prev: Span, gap: str) -> bool:
    """Do only given names lead up to the next person (see ``_people``)?"""
    return bool(gap == " " or _ONE_WORD.fullmatch(gap)) and (
        all(map(given_name, prev.form.split()))
        or (given_name(gap.strip() or "-") and " " not in prev.form
            and not common_word(prev.form)))


def _particle(gap: str) -> bool:
    """Is the gap between two names a surname's particle in lower case ('Osama bin Laden',
    'Vincent van Gogh', 'Bill de Blasio'), so that the two are one person's name?"""
    word = gap.strip()
    return gap == f" {word} " and word.islower() and word in SURNAME_PARTICLES


def _bodies(spans: list[Span], texts: Sequence[str], gaz: Gazetteer) -> list[Span]:
    """A body named 'HEAD on/for Name Words' is one organisation: 'Council on Foreign
    Relations', 'Commission on Presidential Debates', 'Center for Responsive Politics', with
    the name the tagger gave its head ('House Committee' + 'on Oversight and Government
    Reform', 'National Council' + 'on Aging'). HEAD is an organisation's head word; the
    name after it runs over capitalised words (and 'and' between two), at most
    ``BODY_WORDS``, up to a punctuation mark, a month or weekday, or a title or role ('the
    Center for American Progress President Neera Tanden'); not an outlet ('the Highland
    Center on ABC') nor, after a building, a place ('the Center on Long Island'; but the
    'Select Committee on Benghazi'). Not where a person of two words
    or more is inside (a lone word the tagger read as a person is a word of the name:
    'Debates'). The form itself is the evidence: the span is sure (no margin)."""
    extra: list[Span] = []
    drop: set[int] = set()
    on_line: dict[int, list[int]] = {}
    for k, sp in enumerate(spans):
        on_line.setdefault(sp.line, []).append(k)
    for n, text in enumerate(texts):
        if " on " not in text and " for " not in text:
            continue
        for m in _BODY_HEAD.finditer(text):
            if m.group(1) not in BODY_HEADS:
                continue
            end = _body_end(text, m.end(), gaz)
            name = text[m.end():end]
            if end is None or name in gaz.outlets or (name in gaz.places and m.group(1) in SITES):
                continue  # 'the Highland Center on ABC', 'the Center on Long Island'
            start = m.start()
            inside = [k for k in on_line.get(n, ()) if spans[k].start < end
                      and spans[k].end > start]
            if any(_keeps_apart(spans[k], start) for k in inside):
                continue
            over = max([end, *(spans[k].end for k in inside)])
            if over > end and not text[end + 1: end + 2].islower():
                continue  # the tagger's name goes on past a title: its reading stands
            start = min([start, *(spans[k].start for k in inside)])
            end = over  # the tagger's name goes on: 'Organisation for ... in Europe'
            drop.update(inside)
            extra.append(Span(n, start, end, "ORG", text[start:end]))
    if not extra:
        return spans
    kept = [sp for k, sp in enumerate(spans) if k not in drop]
    return sorted(kept + extra, key=lambda sp: (sp.line, sp.start))


def _keeps_apart(sp: Span, start: int) -> bool:
    """Is a name of the tagger's over a body's words (which start at ``start``) another
    name: a person of two words or more, or a name before the head word that is no
    capitalised run ('Defenders of Wildlife and Center')?"""
    if sp.kind == "PER" and " " in sp.form:
        return True
    return sp.start < start and not all(w[:1].isupper() or (w in JOINERS and w != "and")
                                        for w in sp.form.split())


_BODY_HEAD = re.compile(r"\b([A-Z][a-z]+) (?:on|for) (?=[A-Z])")
# the head words of bodies named 'HEAD on/for ...' (not 'Bank', 'University', 'Services':
# 'West Coast Bank on Highway 99', 'Hofstra University on Long Island')
BODY_HEADS = wordset("Council Commission Committee Center Centre Centers Institute Institution "
                     "Foundation Society Association Federation League Alliance Coalition Fund "
                     "Office Bureau Organisation Organization Agency Board Club Party Trust "
                     "School Union")
SITES = wordset("Center Centre Centers School Club")  # heads that are also buildings
BODY_WORDS = 6  # words of a body's name after 'on' / 'for'


def _body_end(text: str, at: int, gaz: Gazetteer) -> int | None:
    """Where the capitalised name starting at ``at`` ends (see ``_bodies``); None if none."""
    end, words, pos = None, 0, at
    while words < BODY_WORDS:
        stop = text.find(" ", pos)
        word = text[pos:] if stop < 0 else text[pos:stop]
        bare = word.rstrip(".,;:!?)’'\"")
        if word == "and" and words and stop >= 0 and text[stop + 1: stop + 2].isupper():
            pos = stop + 1
            continue
        if not bare[:1].isupper() or bare in CALENDAR or bare.lower() in MONTHS \
                or bare in gaz.titles or gaz.role_of(bare) is not None:
            break
        end, words = pos + len(bare), words + 1
        if bare != word or stop < 0:
            break
        pos = stop + 1
    return end


_OF_BEFORE = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]*[ ]){1,2}of[ ](?:the[ ])?$")


def _widened(spans: list[Span], texts: Sequence[str], gaz: Gazetteer) -> list[Span]:
    """A place the tagger read without the words 'of' joins it to is the longer name the
    gazetteer knows ('District of' + 'Columbia', 'Republic of' + 'Ireland'; a sentence's 'The'
    is no part of it): the longer one, as a place or an organisation as the gazetteer has
    it."""
    out = []
    for sp in spans:
        head = texts[sp.line][max(0, sp.start - 40): sp.start]
        m = _OF_BEFORE.search(head) if sp.kind in ("LOC", "ORG") else None
        words = m.group().split(" ") if m else []
        names = (" ".join(words[k:]) + sp.form for k in range(len(words) - 2))
        name, kind = next(((n, k) for n in names if (k := known_kind(n, gaz))), ("", None))
        if kind is None:
            out.append(sp)
            continue
        out.append(replace(sp, start=sp.end - len(name), kind=kind, form=name))
    return out


def _organisations(spans: list[Span], texts: Sequence[str], gaz: Gazetteer) -> list[Span]:
    """Two names the tagger split are one organisation when the second ends in an
    organisation's head word and they make three words or more ('Republican' (MISC, as
    Reuters' tags have it) + 'Jewish Coalition'; not 'Republican' + 'Senate'), or the second
    follows one after 'of' ('Zionist Organization' + 'America'); as sure as its surer part.
    (Retagging a lone person or MISC name that ends in a head word, 'Zionist Organization',
    lowered CoNLL organisation precision from 87.1 to 85.6: not done.)"""
    out: list[Span] = []
    for sp in spans:
        org = sp.form.split()[-1] in gaz.org_words
        prev = out[-1] if out else None
        gap = texts[sp.line][prev.end: sp.start] if prev and prev.line == sp.line else None
        if prev is not None and gap in ("'s ", "’s ") and sp.form in OWNED_HEADS \
                and len(prev.form.split()) <= 2:  # 'Sam's Club', 'Macy's Inc': not Sam, a
            # person ('the Bloomington Sam's Club' is one name too)
            out[-1] = Span(sp.line, prev.start, sp.end, "ORG", f"{prev.form}{gap}{sp.form}",
                           max(prev.margin, sp.margin), prev.title and sp.title)
            continue
        if prev is not None and (  # 'Republican' 'Jewish Coalition'; 'X Organization' 'of' 'Y'
                (gap == " " and org and prev.kind in ("MISC", "ORG")
                 and len(prev.form.split()) + len(sp.form.split()) >= 3
                 and not _modifier_word(prev.form))
                or (gap == " of " and sp.kind in ("LOC", "ORG")
                    and prev.form.split()[-1] in gaz.org_words)):
            out[-1] = Span(sp.line, prev.start, sp.end, "ORG", f"{prev.form}{gap}{sp.form}",
                           max(prev.margin, sp.margin), prev.title and sp.title)
        else:
            out.append(sp)
    return out


# an organisation's head word after a possessive name: the name is the organisation's ('Sam's
# Club', "McDonald's Corp"), not a person or an owner
OWNED_HEADS = frozenset(("Club", "Inc", "Inc.", "Corp", "Corp.", "Bros", "Bros.", "Ltd",
                         "Ltd.", "LLC", "Plc", "PLC"))


def _modifier_word(form: str) -> bool:
    """A word like 'Woodburn-area', 'Clinton-run', 'Soviet-era' in a name: a modifier before
    an organisation ('a Woodburn-area Wells Fargo Bank'), no part of its name."""
    return any("-" in w and w.rsplit("-", 1)[-1].islower() for w in form.split())


@cache
def tagger() -> Tagger:
    return Tagger()
