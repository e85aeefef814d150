"""Why two statements differ: the content words each alone has, and the disagreements that make
them different statements however many words they share (figures, negation, speaker, place)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from ..extract import statement_figures
from ..extract.dates import YEAR_RE
from ..extract.figures import QUANTIFIERS, ratio_step
from ..extract.gazetteer import load as gazetteer
from ..extract.gazetteer import wordset
from ..extract.numbers import TEENS, TENS
from ..extract.quote_words import PREPOSITIONS
from ..lazyre import lazy
from ..model import Figure as Quantity
from . import quantities
from .days import day_conflict
from .normalize import (
    NEGATION,
    REPORTING,
    Figure,
    Token,
    directions,
    figures,
    is_content,
    negations,
    stem,
    tokenize,
)

_PLACE_PREP = frozenset(["in", "at", "near"])
_NOT_NAME = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday i the a an this that""".split()  # noqa: SIM905
)


def differing_words(a: str, b: str) -> tuple[list[str], list[str]]:
    """Content words (and numbers) only in ``a`` and only in ``b``, as written, in order of
    appearance, each once. Words are compared in normalised form ('accused' meets 'accuses',
    '5 million' meets '5,000,000')."""
    ta, tb = tokenize(a), tokenize(b)
    return _only(ta, tb), _only(tb, ta)


def unique_words(texts: list[str]) -> list[list[str]]:
    """For each text, the content words (and numbers) no other text has, as written, in order
    of appearance, each once: ``differing_words`` of one text against all the others."""
    toks = [tokenize(t) for t in texts]
    norms = [{t.norm for t in ts} for ts in toks]
    count: dict[str, int] = {}
    for ns in norms:
        for n in ns:
            count[n] = count.get(n, 0) + 1
    out: list[list[str]] = []
    for ts, ns in zip(toks, norms, strict=True):
        others = {n for n in ns if count[n] > 1}
        out.append(_only(ts, [t for t in ts if t.norm in others]))
    return out


def _only(ts: list[Token], other: list[Token]) -> list[str]:
    have = {t.norm for t in other}
    out: list[str] = []
    seen: set[str] = set()
    for t in ts:
        if is_content(t) and t.norm not in have and t.norm not in seen:
            seen.add(t.norm)
            out.append(t.text)
    return out


def _unmatched(fa: list[Figure], fb: list[Figure]) -> dict[str, list[Figure]]:
    keys = {f.key() for f in fb}
    out: dict[str, list[Figure]] = {}
    for f in fa:
        if f.key() not in keys:
            out.setdefault(f.unit, []).append(f)
    return out


def _joined(text: str, x: Token, y: Token) -> bool:
    """Only spaces (or an abbreviation's dot) between tokens ``x`` and ``y``: no comma."""
    gap = text[x.start + len(x.text):y.start]
    return not gap.strip() or (gap.strip() == "." and len(x.text) <= 3)


def _is_name(t: Token) -> bool:
    return t.capital and t.kind in "wa" and t.text.lower() not in _NOT_NAME


def _names_before(text: str, ts: list[Token], i: int) -> list[Token]:
    """The capitalised run ending right before token ``i``."""
    run: list[Token] = []
    k = i - 1
    while k >= 0 and _is_name(ts[k]) and _joined(text, ts[k], ts[k + 1]):
        run.append(ts[k])
        k -= 1
    return run[::-1]


def _names_after(text: str, ts: list[Token], i: int) -> list[Token]:
    """The capitalised run starting at token ``i`` (right after token ``i - 1``)."""
    run: list[Token] = []
    k = i
    while k < len(ts) and _is_name(ts[k]) and k > 0 and _joined(text, ts[k - 1], ts[k]):
        run.append(ts[k])
        k += 1
    return run


def speakers(text: str, ts: list[Token]) -> list[list[Token]]:
    """Named speakers: capitalised names right before or after a reporting verb ('Smith said',
    'said Smith') or after 'according to'."""
    out: list[list[Token]] = []
    for i, t in enumerate(ts):
        low = t.text.lower()
        if low not in REPORTING or not t.text[0].islower():
            continue  # 'States' in 'United States' is no reporting verb
        if low == "according":
            if i + 1 < len(ts) and ts[i + 1].text.lower() == "to":
                name = _names_after(text, ts, i + 2)
            else:
                continue
        else:
            name = _names_before(text, ts, i) or _names_after(text, ts, i + 1)
        if name:
            out.append(name)
    return out


def places(text: str, ts: list[Token]) -> list[list[Token]]:
    """Capitalised names right after 'in', 'at' or 'near' (Washington, Sochi)."""
    out: list[list[Token]] = []
    for i, t in enumerate(ts[:-1]):
        if t.text.lower() in _PLACE_PREP and not t.capital:
            name = _names_after(text, ts, i + 1)
            if name and name[0].text.lower() not in _NOT_NAME:
                out.append(name)
    return out


def _name_conflict(na: list[list[Token]], nb: list[list[Token]]) -> tuple[str, str] | None:
    """Both sides name someone/somewhere and no name of one shares a word with the other."""
    if not na or not nb:
        return None
    wa = {t.norm for name in na for t in name}
    wb = {t.norm for name in nb for t in name}
    if wa & wb:
        return None
    return (" ".join(t.text for t in na[0]), " ".join(t.text for t in nb[0]))


def _distance(pair: tuple[Figure, Figure]) -> float:
    x, y = abs(pair[0].value), abs(pair[1].value)
    if x == 0 or y == 0:
        return float("inf") if x != y else 0.0
    return abs(math.log(x / y))


@dataclass(frozen=True, slots=True)
class Facts:
    """What a statement states that can disagree with another: figures, negations, named
    speakers and places, and the words that say something rose or fell."""

    figures: list[Figure]
    negations: list[str]
    speakers: list[list[Token]]
    places: list[list[Token]]
    rises: list[str]
    falls: list[str]


def facts(text: str, tokens: list[Token]) -> Facts:
    rises, falls = directions(tokens)
    return Facts(figures(text), negations(tokens), speakers(text, tokens),
                 places(text, tokens), rises, falls)


def opposed(fa: Facts, fb: Facts) -> tuple[str, str] | None:
    """One statement says only that something rose and the other only that it fell: their
    first such words ('rose', 'fell'), else None."""
    if fa.rises and not fa.falls and fb.falls and not fb.rises:
        return fa.rises[0], fb.falls[0]
    if fa.falls and not fa.rises and fb.rises and not fb.falls:
        return fa.falls[0], fb.rises[0]
    return None


def disagreements(a: str, b: str, figures_a: Sequence[Quantity] | None = None,
                  figures_b: Sequence[Quantity] | None = None,
                  cased: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
                  ) -> list[str]:
    """What makes ``a`` and ``b`` different statements, each as ``"kind: detail"`` with kind
    ``figure`` ('figure: $2.5 billion vs $1.8 billion'), ``negation`` ('negation: sell vs
    not sell'), ``direction`` ('direction: rose vs fell'), ``speaker`` ('speaker: Smith vs
    Jones'), ``place`` ('place: Washington vs Sochi') or ``day`` ('day: died Thursday vs died
    Friday', ``match.days``).

    Stricter than the matcher's ``conflicts`` (which only has to keep such pairs out of tier
    'same'): a figure disagrees only with a figure of the same quantity (kind, and unit or
    counted noun; a year only with a year after the same preposition) in the same role (its
    clause shares words around it, ``roles``); a negation only when one side denies a word the
    other asserts; a place only when the rest of the two statements is alike, a speaker only
    for alike quotations (two sources may tell one fact; a quotation has one speaker).
    ``figures_a`` / ``figures_b`` are the extracted figures of each statement when the caller
    has them (else ``extract.figures`` reads them); ``cased`` the words each report writes
    capitalised inside a sentence (its names, ``slots``)."""
    ta, tb = tokenize(a), tokenize(b)
    out = [f"figure: {x} vs {y}" for x, y in figure_conflicts(a, ta, b, tb, figures_a,
                                                                 figures_b, cased)]
    denied = negation_conflict(a, ta, b, tb)
    if denied is not None:
        out.append(f"negation: {denied[0]} vs {denied[1]}")
    days = day_conflict(a, b)
    if days is not None:
        out.append(f"day: {days[0]} vs {days[1]}")
    fa, fb = facts(a, ta), facts(b, tb)
    moved = opposed(fa, fb)
    if moved is not None and _moved_alike(a, ta, moved[0], b, tb, moved[1]):
        out.append(f"direction: {moved[0]} vs {moved[1]}")
    if _rest_alike(ta, tb, [*fa.speakers, *fb.speakers, *fa.places, *fb.places]):
        who = _unnamed(_people(fa.speakers, ta), ta, _people(fb.speakers, tb), tb)
        if who is not None and _quoting(a) and _quoting(b):
            out.append(f"speaker: {who[0]} vs {who[1]}")
        where = _unnamed(_placed(a, ta, fa.places, b, tb, fb.places), ta,
                         _placed(b, tb, fb.places, a, ta, fa.places), tb)
        if where is not None:
            out.append(f"place: {where[0]} vs {where[1]}")
    return out


_QUOTE_MARKS = re.compile(r"[\"“”]|''")


def _quoting(text: str) -> bool:
    """The statement quotes someone's words (a double quotation mark)."""
    return _QUOTE_MARKS.search(text) is not None


MOVED_WINDOW = 4  # words before a direction word, in its clause, that tell what moved


def _moved_alike(a: str, ta: list[Token], wa: str, b: str, tb: list[Token], wb: str) -> bool:
    """The words before the first direction word of each side, in its clause (what moved),
    share a content word: the same thing rose in one and fell in the other ('Oil prices
    climbed' / 'Oil prices dropped'), not a climber who 'died while climbing to a hut' in one
    and another who 'died on Friday after falling' in the other."""
    def subject(text: str, tokens: list[Token], word: str) -> set[str]:
        clause = _clauses(text, tokens)
        k = next(i for i, t in enumerate(tokens) if t.text.lower() == word)
        return {tokens[i].norm for i in range(max(0, k - MOVED_WINDOW), k)
                if clause[i] == clause[k] and is_content(tokens[i])}

    return bool(subject(a, ta, wa) & subject(b, tb, wb))


def figure_gap(fa: Facts, fb: Facts) -> float:
    """How far apart the figures with a unit ($, %, ...) of two statements are: the largest,
    over units both sides give a different figure in, of the smallest |log(x / y)|; 0 when
    no such figures. 'sold for $2.5 billion' vs '$1.8 billion' gives log(2.5 / 1.8) = 0.33."""
    ua = _unmatched(fa.figures, fb.figures)
    ub = _unmatched(fb.figures, fa.figures)
    gap = 0.0
    for unit, fs in ua.items():
        if unit and unit in ub:
            gap = max(gap, min(_distance((x, y)) for x in fs for y in ub[unit]))
    return min(gap, 10.0)


def conflicts(fa: Facts, fb: Facts) -> list[str]:
    """``disagreements`` of two statements' facts."""
    out: list[str] = []
    ua = _unmatched(fa.figures, fb.figures)
    ub = _unmatched(fb.figures, fa.figures)
    for unit, fs in ua.items():
        if unit in ub:
            # the closest pair of values is most likely the same quantity told differently
            x, y = min(((x, y) for x in fs for y in ub[unit]), key=_distance)
            out.append(f"figure: {x.text} vs {y.text}")
    if bool(fa.negations) != bool(fb.negations):
        out.append(f"negation: {' '.join(fa.negations) or 'none'} vs "
                   f"{' '.join(fb.negations) or 'none'}")
    moved = opposed(fa, fb)
    if moved is not None:
        out.append(f"direction: {moved[0]} vs {moved[1]}")
    who = _name_conflict(fa.speakers, fb.speakers)
    if who is not None:
        out.append(f"speaker: {who[0]} vs {who[1]}")
    where = _name_conflict(fa.places, fb.places)
    if where is not None:
        out.append(f"place: {where[0]} vs {where[1]}")
    return out


# --- figures in their roles ----------------------------------------------------------------

ROLE_WINDOW = 6  # tokens each side of a figure that tell its role, inside its clause
# words that open a new clause: a figure's role is told by the words of its own clause
_CLAUSE_WORDS = wordset("and but while whereas although though which who whose")
_CLAUSE_MARKS = frozenset(",;:()[]—–\"“”")
_HEDGE_GAP = math.log(1.25)  # 'about 120' and '110' are no conflict
_ALIKE_GAP = math.log(1.1)  # 'about 120' and 'about 125' neither; 'about 120' and 'about 140' are
# a figure something needs or aims at ('needed nine points to pass Ford') is not the one it
# reached ('posting 20 points')
_TARGET = frozenset(stem(w) for w in wordset(
    "need needs needed needing require required aim aimed target targeted"))
# a market's close is another quantity than its move during the day ('stocks plunged 5.4 per
# cent' / 'stocks closed down 3.9 percent')
_CLOSE = frozenset(stem(w) for w in wordset("close closed closing"))
# the start of something and its end are two quantities ('began a career in modeling in 1950'
# / 'ended her modeling career in 1957')
_START = frozenset(stem(w) for w in wordset(
    "begin began begun beginning start started starting launch launched join joined born"))
_END = frozenset(stem(w) for w in wordset(
    "end ended ending finish finished finishing quit retire retired died"))
_TIME_PREPS = frozenset(("since", "until"))  # a year after these has one role in a statement


@dataclass(frozen=True, slots=True)
class Slot:
    """A figure where it stands in a statement: the quantity (``kind``, with 'year' and 'age'
    besides the figure kinds, and ``unit``: currency, '%', counted noun, or for a year the
    preposition before it; a score's value is its higher number, the lower in thousandths),
    its value, and the content words of its clause near it (``role``)."""

    text: str
    kind: str
    unit: str
    value: float
    role: frozenset[str]
    hedge: str  # 'about', 'nearly', 'than' ('more than'), 'least' ('at least') before it, or ''
    anchor: str = ""  # 'nine days before' the inauguration, '30 days ago': not 'in 30 days'
    end: int = 0  # where it ends in the statement
    holder: Holder = ((), False)  # whom its clause says it of (``_holder``)
    of: frozenset[str] = frozenset()  # what a share is of: '65 per cent of traffic to India'
    span_use: str = ""  # a span of time 'in' which something happened ('two extensions in
    # seven months'), one 'of' a thing ('a one-year contract'), or '' (``_span_use``)


def _clauses(text: str, ts: list[Token]) -> list[int]:
    """The clause number of each token (a comma, a colon, a bracket, 'and', 'which' ... start
    a new clause; not the comma of '26, 000')."""
    out: list[int] = []
    n = 0
    for i, t in enumerate(ts):
        if i:
            prev = ts[i - 1]
            gap = text[prev.start + len(prev.text): t.start]
            if (any(c in _CLAUSE_MARKS for c in gap) and not _thousands(prev.text, gap, t.text)
                    ) or t.text.lower() in _CLAUSE_WORDS:
                n += 1
        out.append(n)
    return out


def _thousands(before: str, gap: str, after: str) -> bool:
    """Is ``gap`` the comma of a number a tokeniser wrote apart ('26, 000')?"""
    return gap.strip() == "," and before.isdigit() and len(after) == 3 and after.isdigit()


def _role(ts: list[Token], clause: list[int], start: int, end: int, unit: str = ""
          ) -> frozenset[str]:
    """Content-word stems of the clause around the span ``start:end``, ``ROLE_WINDOW`` tokens
    each side (the counted noun ``unit`` aside: it is part of the quantity)."""
    inside = [i for i, t in enumerate(ts) if start <= t.start < end]
    if not inside:
        return frozenset()
    first, last = inside[0], inside[-1]
    c = clause[first]
    near = range(max(0, first - ROLE_WINDOW), min(len(ts), last + 1 + ROLE_WINDOW))
    return frozenset(ts[i].norm for i in near
                     if clause[i] == c and not first <= i <= last and ts[i].kind in "wa"
                     and is_content(ts[i]) and ts[i].norm != unit
                     and ts[i].text.lower() not in QUANTIFIERS)


# prepositions that bound a figure ('just under five minutes'): no quantifiers for reading a
# year ('under 2009 rules')
_BOUNDS = wordset("under below")


# a figure past which the quantity lies: above it, below it
_LOWER = frozenset(("more than", "at least", "over", "above"))
_UPPER = frozenset(("less than", "fewer than", "at most", "under", "below"))
_BOUND_GAP = math.log(2)  # 'more than 50 percent' and '90 per cent' are no conflict


def _hedge(text: str, start: int) -> str:
    """The word before a figure that makes it an estimate or a bound ('about', 'over'), with
    the word before it for a bound of two ('more than', 'at least'), or ''."""
    words = [w for w in text[max(0, start - 24): start].lower().split() if w not in ("a", "an")]
    if not words or not (words[-1] in QUANTIFIERS or words[-1] in _BOUNDS):
        return ""
    two = " ".join(words[-2:])
    return two if two in _LOWER | _UPPER else words[-1]


def _past_bound(bound: Slot, x: Slot) -> bool:
    """Is ``x`` a figure on the side of a bound its words give, within ``_BOUND_GAP`` of it
    ('90 per cent' past 'more than 50 percent'; not '300' past 'more than 100': a report
    giving a third of the other's figure)?"""
    if x.hedge in _LOWER | _UPPER or _distance_values(bound.value, x.value) > _BOUND_GAP:
        return False
    return (bound.hedge in _LOWER and x.value > bound.value) or (
        bound.hedge in _UPPER and x.value < bound.value)


def _short_of_bound(bound: Slot, x: Slot) -> bool:
    """Is ``x``, stated as it is, on the wrong side of a bound ('85 people' against 'more
    than 100 people')?"""
    return not x.hedge and ((bound.hedge in _LOWER and x.value < bound.value) or (
        bound.hedge in _UPPER and x.value > bound.value))


# a number in a score, a range, a time, a ratio or a phone number ('20 - 13', '$140 and $150
# million', '5: 43', '28 of his 68', '0845 125 2222') or a spaced compound ('16 - year -
# old'): no quantity a report states on its own
_PAIRED_AFTER = lazy(r"\s{0,3}(?:[-–:/]\s{0,3}\w|(?:of\s{1,3}(?:\w{1,20}\s{1,3})?|to\s{1,3}"
                     r"|and\s{1,3})[$£€]?\d|\d)")
_PAIRED_BEFORE = lazy(r"\d\s{0,3}(?:[-–:/]|of(?:\s{1,3}\w{1,20})?|to|and)?\s{0,3}[$£€]?$")


def _paired(text: str, start: int, end: int) -> bool:
    return bool(_PAIRED_AFTER.match(text, end) or _PAIRED_BEFORE.search(text, 0, start)) or (
        start == 0 and end == 1)  # '0 quake ...': the tail of a split '6.0' (not '31,000 …')


_AGE_BEFORE = lazy(r"\b((?:[A-Z][\w'’-]{0,30}\s)?[A-Z][\w'’-]{0,30}),\s{0,3}$")
_AGE_AFTER = re.compile(r"\s{0,3},")


def _age(text: str, f: Quantity) -> str | None:
    """'Anthony LaCalamita, 57, of Troy': an age, and whose (the name right before it, which
    the other report must write the same: 'John Jenkin, 23' and 'Kathryn Jenkin, 20' are two
    people)."""
    if f.kind not in ("number", "age") or f.value >= 120 or not _AGE_AFTER.match(text, f.end):
        return None
    m = _AGE_BEFORE.search(text, max(0, f.start - 60), f.start)
    return " ".join(m.group(1).lower().split()) if m else None


# 'the 21-year-old Alexandros Grigoropoulos', 'a 16 - year - old boy, Jermayne Timmons': whose
_AGED_NAME = lazy(r"\s{0,3}(?:[a-z]{2,12},?\s{1,3}){0,2}"
                  r"((?:[A-Z][\w'’-]{1,30}\s{1,3}){0,2}[A-Z][\w'’-]{1,30})"
                  r"(?![\w'’-])(?!\s{1,3}[a-z])")  # 'Australian climber' names no one


def _whose_age(text: str, f: Quantity) -> str | None:
    """The name (its last two words) of the person an age describes: 'Orozco, 46,' / 'Luis
    Orozco, 29,' (before it), '21-year-old Alexandros Grigoropoulos' (after it)."""
    before = _age(text, f)
    if before is not None:
        return before
    if f.kind != "age" or "old" not in f.text:
        return None
    m = _AGED_NAME.match(text, f.end)
    if m is None or m.group(1).split()[0].lower() in _NOT_NAME:
        return None
    return " ".join(m.group(1).lower().split()[-2:])


def slots(text: str, ts: list[Token], found: Sequence[Quantity] | None = None,
          cased: frozenset[str] = frozenset()) -> list[Slot]:
    """The figures of a statement (``extract.figures``, and years after a preposition:
    'since 2002') in their roles; none that is no quantity of its own (``_no_quantity``).
    ``cased``: the words its report writes capitalised inside a sentence (names: 'Bush'
    opening 'Bush missed four games')."""
    figs = list(statement_figures(text) if found is None else found)
    years = list(YEAR_RE.finditer(text))
    if not figs and not years:
        return []
    clause = _clauses(text, ts)
    spoke = _speaker_starts(text, ts)
    out: list[Slot] = []
    for f in figs:
        if _no_quantity(text, f):
            continue
        age = _whose_age(text, f)
        if age is not None:
            out.append(Slot(f.text, "age", age, f.value, frozenset(age.split()), "",
                            end=f.end))
            continue
        unit = stem(f.unit.lower()) if f.kind == "count" and f.unit else (f.unit or "")
        if f.kind == "age" and _describes_noun(ts, f.end):  # 'the 36-year-old driver': the
            unit = f"{unit} {_noun_after(ts, f.end)}"  # driver's age, not the woman's
        value = f.value
        if f.kind == "score":  # '91-73' and '73-91' are one score, '127-73' another
            unit, value = _score(f.text, value)
        elif quantities.running_clock(text, f.start, f.end, unit):
            continue
        shown = f.text
        if f.kind == "count" and unit in SPAN_DAYS:
            days, end = _tail(text, f, figs)
            value, shown = value + days / SPAN_DAYS[unit], text[f.start:end] if end else shown
        per = quantities.rate(text, f.end)
        unit = f"{unit}/{per}" if per else unit
        out.append(Slot(shown, f.kind, unit, value, _role(ts, clause, f.start, f.end, unit),
                        _hedge(text, f.start), _anchor(text, f.end, unit), f.end,
                        _holder(text, ts, f.start, spoke, cased),
                        _share_of(ts, clause, f.end) if f.kind == "percent" else frozenset(),
                        _span_use(text, f) if unit in SPAN_DAYS else ""))
    for m in years:
        prep = text[m.start(): m.start("y")].split()[0].lower()
        out.append(Slot(m.group(0), "year", prep, float(m.group("y")),
                        _role(ts, clause, m.start(), m.end()), "",
                        holder=_holder(text, ts, m.start(), spoke, cased)))
    return out


def _speaker_starts(text: str, ts: list[Token]) -> set[int]:
    """Where the words of the statement's named speakers start; a name before 'added' or
    'reported' with a number after it is no speaker ('Ty Lawson added 16 points')."""
    at = {t.start: k for k, t in enumerate(ts)}
    out: set[int] = set()
    for name in speakers(text, ts):
        k = at[name[-1].start] + 1
        if k + 1 < len(ts) and ts[k].text.lower() in REPORTING and ts[k + 1].kind == "n":
            continue
        out.update(t.start for t in name)
    return out


def _tail(text: str, head: Quantity, figs: Sequence[Quantity]) -> tuple[float, int]:
    """The tail of a span told in two units, in days, and where it ends ('4 minutes 48
    seconds': 48 seconds), or (0, 0)."""
    for g in figs:
        if head.end < g.start <= head.end + 16 and quantities.span_tail(text, g.start):
            if g.kind == "duration":  # in seconds
                return g.value / 86400, g.end
            return g.value * SPAN_DAYS.get(stem((g.unit or "").lower()), 0.0), g.end
    return 0.0, 0


def _no_quantity(text: str, f: Quantity) -> bool:
    """A figure that is no quantity a report states on its own: part of a score, a range or a
    time (``_paired``), a conversion in brackets, a margin of error, the tail of a span told
    in two units (``quantities``)."""
    if f.kind in ("count", "number", "money") and _paired(text, f.start, f.end):
        return True
    if (f.kind == "money" and quantities.converted(text, f.start)) or quantities.tolerance(
            text, f.start):
        return True
    return f.kind in ("count", "duration") and quantities.span_tail(text, f.start)


# words after which a new subject's clause begins: its figures are said of that subject
_NEW_SUBJECT = wordset("that while whereas")
_PRONOUN_SUBJECTS = wordset("he she they it we")
Holder = tuple[tuple[tuple[str, ...], ...], bool]


def _holder(text: str, ts: list[Token], start: int, spoke: set[int],
            cased: frozenset[str]) -> Holder:
    """Whom the clause of the figure at ``start`` says it of: the runs of names (normalised)
    before it, back to where its subject's clause begins (a semicolon, 'that', 'while', ',
    and', ', but'), speakers aside; and whether a pronoun stands there and no name ('He was
    sentenced to 12 years')."""
    runs: list[list[str]] = []
    pronoun = False
    k = _token_from(ts, start) - 1
    joined = False  # token ``k`` is joined to the name run read last
    while k >= 0 and not _subject_starts(text, ts, k + 1):
        t = ts[k]
        if t.start not in spoke and (_is_name(t) or (k == 0 and is_content(t) and t.text[:1]
                                                      .isupper() and t.text.lower() in cased)):
            if joined:
                runs[-1].insert(0, t.norm)
            else:
                runs.append([t.norm])
            joined = k > 0 and _joined(text, ts[k - 1], t)
        else:
            joined = False
        pronoun = pronoun or t.text.lower() in _PRONOUN_SUBJECTS
        k -= 1
    return tuple(tuple(r) for r in runs), pronoun and not runs


def _token_from(ts: list[Token], pos: int) -> int:
    """The first token starting at or after ``pos`` (``len(ts)`` if none)."""
    return next((i for i, t in enumerate(ts) if t.start >= pos), len(ts))


def _subject_starts(text: str, ts: list[Token], k: int) -> bool:
    """A new subject's clause begins at token ``k`` (after 'that', 'while', a semicolon, or
    'and' / 'but' after a comma)."""
    if k <= 0 or k > len(ts):
        return False
    prev = ts[k - 1]
    if prev.text.lower() in _NEW_SUBJECT:
        return True
    if k < len(ts) and ";" in text[prev.start + len(prev.text): ts[k].start]:
        return True
    if prev.text.lower() in ("and", "but") and k > 1:
        before = ts[k - 2]
        return "," in text[before.start + len(before.text): prev.start]
    return False


SHARE_WORDS = 6  # words after 'of' that tell what a share is of


def _share_of(ts: list[Token], clause: list[int], end: int) -> frozenset[str]:
    """The content words of the 'of' phrase right after a percentage ending at ``end``, up to
    a verb of being or the clause's end: '65 per cent of traffic to India' -> traffic,
    India."""
    k = _token_from(ts, end)
    if k >= len(ts) or ts[k].text.lower() != "of":
        return frozenset()
    out: set[str] = set()
    for i in range(k + 1, min(len(ts), k + 1 + SHARE_WORDS)):
        t = ts[i]
        if clause[i] != clause[k] or t.norm in _AUX or t.kind not in "wa":
            break
        if is_content(t):
            out.add(t.norm)
    return frozenset(out)


_ANCHORS = wordset("before after ago earlier later prior")


def _anchor(text: str, end: int, unit: str) -> str:
    """The word after a figure (and its counted noun ``unit``) that measures it from another
    moment ('nine days before the inauguration', 'two weeks ago'), else ''."""
    after = [w.lower().strip(",.;:") for w in text[end: end + 40].split()[:2]]
    if after and stem(after[0]) == unit:
        after = after[1:]
    if not after or after[0] not in _ANCHORS:
        return ""
    return "after" if after[0] in ("after", "later") else "before"  # 'ago' = 'earlier'


def _score(text: str, value: float) -> tuple[str, float]:
    """A score's unit ('score') and value (the higher number, the lower in thousandths)."""
    nums = sorted((int(n) for n in re.findall(r"\d+", text)), reverse=True)
    if len(nums) != 2 or nums[1] >= 1000:
        return text, value  # no two-number score: only the same text is the same quantity
    return "score", nums[0] + nums[1] / 1000


# spans of time counted in words or digits ('three weeks', '9 days'), in days: two spans in
# different units are one quantity ('almost three weeks ago' / 'nine days earlier')
SPAN_DAYS = {"minut": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.44,
             "year": 365.25}
_SPAN_GAP = math.log(1.1)  # 'a month' and 'four weeks' are one span


def _span(x: Slot) -> bool:
    return x.kind == "count" and x.unit in SPAN_DAYS


def _spans_in_two_units(x: Slot, y: Slot) -> bool:
    """'three weeks' and '21 days': one quantity, compared in days."""
    return x.unit != y.unit and _span(x) and _span(y)


def _agree(x: Slot, y: Slot) -> bool:
    if f"{x.value:.6g}" == f"{y.value:.6g}" and (x.unit == y.unit or not _span(x)):
        return True
    step = max(ratio_step(x.text), ratio_step(y.text))  # 'six in 10' is 58 percent rounded
    if step and abs(x.value - y.value) <= step + 1e-9:
        return True
    if _spans_in_two_units(x, y):
        gap = _distance_values(x.value * SPAN_DAYS[x.unit], y.value * SPAN_DAYS[y.unit])
        return gap <= (_HEDGE_GAP if x.hedge or y.hedge else _SPAN_GAP)
    if x.hedge and x.hedge == y.hedge:  # two estimates alike: 'more than 26,000' and 'more
        return _distance_values(x.value, y.value) <= _ALIKE_GAP  # than 31,000' disagree
    if _past_bound(x, y) or _past_bound(y, x):
        return True
    if _short_of_bound(x, y) or _short_of_bound(y, x):
        return False
    return bool(x.hedge or y.hedge) and _distance_values(x.value, y.value) <= _HEDGE_GAP


def _distance_values(x: float, y: float) -> float:
    if x == 0 or y == 0:
        return float("inf") if x != y else 0.0
    return abs(math.log(abs(x) / abs(y)))


def _same_unit(x: Slot, y: Slot) -> bool:
    """One unit; for ages, one person: a name inside the other ('Orozco' in 'Luis Orozco', not
    'John Jenkin' and 'Kathryn Jenkin')."""
    if x.unit == y.unit or (_span(x) and _span(y)):
        return True
    wx, wy = set(x.unit.split()), set(y.unit.split())
    if x.kind == "age" and "years" in wx and "years" in wy:  # an age and the noun it describes
        return wx <= wy or wy <= wx  # ('the 36-year-old driver'), or none said: one person
    return x.kind == "age" and "years" not in wx | wy and (wx <= wy or wy <= wx)


def _best(x: Slot, others: list[Slot], alone: bool, alike: bool = False,
          near: bool = False) -> Slot | None:
    """The figure of ``others`` most likely the same quantity in the same role as ``x``
    (``alike``: the two statements are the same but for their figures: no role needed;
    ``near``: they are alike, with several figures: one word of role is enough)."""
    need = 0 if alike else 1 if near or x.kind in ("money", "percent", "age") else 2
    fits = [(len(x.role & y.role), -_distance_values(x.value, y.value), n)
            for n, y in enumerate(others) if _same_quantity(x, y)]
    fits = [f for f in fits if f[0] >= need or (alone and x.unit in _TIME_PREPS)
            or (f[0] and _span(x) and _nested(x.role, others[f[2]].role))
            or (alone and _same_holders(x, others[f[2]]))]
    return others[max(fits)[2]] if fits else None


HOLDER_RATIO = 3.0  # values further apart than this are no one measure told two ways


def _same_holders(x: Slot, y: Slot) -> bool:
    """Two measures (not counts: '20 points' and '2,301 career points' are two) that both
    clauses say of the same named actors (the last words of their runs of names), with values
    within ``HOLDER_RATIO``, whatever other words stand near them ('Darius Butler intercepted
    Brady Quinn for a 42 yard defensive touchdown' / 'Darius Butler picked off a Brady Quinn
    throw and took it back 32 yards')?"""
    ex, ey = {run[-1] for run in x.holder[0]}, {run[-1] for run in y.holder[0]}
    low, high = sorted((abs(x.value), abs(y.value)))
    return x.kind != "count" and bool(ex) and ex == ey and high <= HOLDER_RATIO * low


def _nested(one: frozenset[str], two: frozenset[str]) -> bool:
    """Does one role hold the other ('hospitalized for the past three weeks' / 'hospitalized
    for four weeks'): a span of time in the same role, however few words that is ('two years
    in prison' and 'three years of probation' are two roles)?"""
    return one <= two or two <= one


def figure_conflicts(a: str, ta: list[Token], b: str, tb: list[Token],
                     figures_a: Sequence[Quantity] | None = None,
                     figures_b: Sequence[Quantity] | None = None,
                     cased: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
                     ) -> list[tuple[str, str]]:
    """Figures of ``a`` and ``b`` that are the same quantity in the same role (each the
    other's best fit) with different values, as written: [('$2.5 billion', '$1.8 billion')].
    ``cased``: the words each report writes capitalised inside a sentence (``slots``)."""
    sa = slots(a, ta, figures_a, cased[0])
    sb = slots(b, tb, figures_b, cased[1]) if sa else []
    if not sb:  # most pairs: no figure on one side, nothing to set against another
        return []
    sa, sb = _named_ages(sa, ta, sb), _named_ages(sb, tb, sa)
    if _other_tally(sa, sb):
        return []
    out: list[tuple[str, str]] = []
    sides = (_Side.of(a, ta, tb), _Side.of(b, tb, ta))
    # the same statement but for its figures: a lone figure of a kind and unit on each side is
    # the same quantity whatever words stand near it ('She was 91.' / 'She was 93.')
    alike = _rest_alike(ta, tb, []) or _same_but_numbers(ta, tb)
    for x in sa:
        alone = sum(1 for s in sa if (s.kind, s.unit) == (x.kind, x.unit)) == 1 and sum(
            1 for s in sb if (s.kind, s.unit) == (x.kind, x.unit)) == 1
        y = _best(x, sb, alone, alone and alike, alike)
        if y is None or _best(y, sa, alone, alone and alike, alike) is not x \
                or _given(x, sb) or _given(y, sa) or _apart(x, y, *sides) or _far_apart(x, y):
            continue
        if _spans_in_two_units(x, y):  # 'three weeks vs nine days'
            out.append((_with_unit(a, x), _with_unit(b, y)))
        else:
            out.append((x.text, y.text))
    return out


FAR_APART = 20.0  # counts this many times apart are two quantities, not one told twice


def _far_apart(x: Slot, y: Slot) -> bool:
    """Are two counts so far apart that they count two things ('scored 23 points' in a game /
    'leader with 2,117 points', a career's), not one thing two reports tell differently
    (planted and real disagreements lie within a few times each other)? Not when the digits
    are the same and only the scale differs ('3,000 troops' / '30,000 troops'): that is one
    figure misread. Money, percentages and the rest are compared whatever their ratio."""
    if x.kind not in ("count", "number") or x.value <= 0 or y.value <= 0:
        return False
    ratio = max(x.value, y.value) / min(x.value, y.value)
    return ratio > FAR_APART and abs(math.log10(ratio) - round(math.log10(ratio))) > 1e-9


def _with_unit(text: str, x: Slot) -> str:
    """A span's figure with the word of its unit after it, as written ('almost three weeks
    ago': 'three weeks')."""
    if stem(x.text.split()[-1].lower()) == x.unit:
        return x.text
    words = text[x.end: x.end + 40].split()[:3]
    for n, w in enumerate(words):
        if stem(w.strip(".,;:!?").lower()) == x.unit:
            return " ".join([x.text, *words[: n + 1]]).rstrip(".,;:!?")
    return x.text


@dataclass(frozen=True, slots=True)
class _Side:
    """One statement of a pair: its words (normalised), the name words only it names
    (``_own_names``) and all its name words."""

    words: frozenset[str]
    own: set[str]
    names: frozenset[str]

    @classmethod
    def of(cls, text: str, ts: list[Token], other: list[Token]) -> _Side:
        """Statement ``text`` (tokens ``ts``) against the ``other`` statement's tokens."""
        return cls(frozenset(t.norm for t in ts), _own_names(text, ts, other), _name_words(ts))


def _apart(x: Slot, y: Slot, sx: _Side, sy: _Side) -> bool:
    """Two figures of one kind and unit that are still two quantities: said of an actor the
    other does not name (near it, or as its clause's subject), or of two named things, or one
    a target or a close and the other not, or a start against an end, or shares of two
    things."""
    return bool(x.role & sx.own and y.role & sy.own) \
        or _named_apart(x.role & sx.names, y.role & sy.names) \
        or bool(x.role & _TARGET) != bool(y.role & _TARGET) \
        or bool(x.role & _CLOSE) != bool(y.role & _CLOSE) \
        or _start_and_end(x.role, y.role) \
        or (x.kind != "age" and _other_holders(x.holder, sx, y.holder, sy)) \
        or _other_share(x.of, sx, y.of, sy)


def _other_holders(hx: Holder, sx: _Side, hy: Holder, sy: _Side) -> bool:
    """The clauses say the figures of two holders: each names one the other statement does not
    name ('the Boston Red Sox have made Teixeira an eight-year, $200 million offer' / 'the
    Washington Nationals made Teixeira an eight-year, $160 million offer'), or one says it of
    'he' and the other of someone the first does not name ('He was sentenced to 12 years' /
    'Mr. Gigante ... was sentenced to seven years')."""
    own_x, own_y = _unnamed_holders(hx, sy), _unnamed_holders(hy, sx)
    return (own_x and own_y) or (hx[1] and own_y) or (hy[1] and own_x)


def _unnamed_holders(h: Holder, other: _Side) -> bool:
    """A run of names of ``h`` whose last word the ``other`` statement does not have ('Officer
    Brad Baehr' is named by 'Baehr'; 'Boston Red Sox' is not by 'Nationals')."""
    return any(run[-1] not in other.words for run in h[0])


SHARE_APART = 2  # words of what a share is of that the other statement does not have


def _other_share(ox: frozenset[str], sx: _Side, oy: frozenset[str], sy: _Side) -> bool:
    """Shares of two things: what one is of has ``SHARE_APART`` words the other statement does
    not have at all ('65 per cent of traffic to India' / '82 percent of India's voice traffic
    capability to Europe')."""
    return len(ox - sy.words) >= SHARE_APART or len(oy - sx.words) >= SHARE_APART


def _start_and_end(x: frozenset[str], y: frozenset[str]) -> bool:
    """One figure is of a start and the other of an end ('began … in 1950' / 'ended … in
    1957')."""
    return bool((x & _START and y & _END and not x & _END and not y & _START)
                or (x & _END and y & _START and not x & _START and not y & _END))


def _name_words(ts: list[Token]) -> frozenset[str]:
    return frozenset(t.norm for t in ts if _is_name(t))


def _named_apart(near_x: frozenset[str], near_y: frozenset[str]) -> bool:
    """Both figures stand next to names and none of them is the same: two quantities of two
    things, though both statements name both ('55 percent of voice traffic in Saudi Arabia' /
    'Sixty-five per cent of traffic to India')."""
    return bool(near_x) and bool(near_y) and not near_x & near_y


def _given(x: Slot, others: list[Slot]) -> bool:
    """The other statement gives ``x`` too (the same quantity, a value that agrees): '15 - 2'
    beside '65 - 53' in one statement is a run, not the final score the other gives."""
    return any(_same_quantity(x, y) and _agree(x, y) for y in others)


def _same_quantity(x: Slot, y: Slot) -> bool:
    return x.kind == y.kind and _same_unit(x, y) and x.anchor == y.anchor and \
        {x.span_use, y.span_use} != {"in", "of"}


_WITHIN = lazy(r"\b(?:in|within)\s{1,3}(?:(?:just|only|less\s{1,3}than|under|about)\s{1,3})?$",
               re.IGNORECASE)
_OF_A_THING = lazy(r"\s{0,3}[-–]\s{0,3}[a-z]+(?:\s{0,3}[-–]\s{0,3}[a-z]+)?$")


def _span_use(text: str, f: Quantity) -> str:
    """How a span of time is used: 'in' for the time something took ('two extensions in seven
    months'), 'of' for the length of a thing it describes ('a one-year contract extension',
    'a 90 - day stint'), else ''. The time two extensions took and the length of one are two
    quantities; 'a two-year sentence' and 'sentenced to three years' are one."""
    if _OF_A_THING.search(text, f.start, f.end) and f.text[:1].isalnum():
        return "of"
    return "in" if _WITHIN.search(text, max(0, f.start - 30), f.start) else ""


def _named_ages(sa: list[Slot], ta: list[Token], sb: list[Slot]) -> list[Slot]:
    """``sa`` with its one age whose person it does not tell ('the 16-year-old accused of
    firing the shot, Jermayne Timmons') given to the one person ``sb`` gives an age of, when
    the first name after that age in ``ta`` is that person's."""
    ages = [x for x in sa if x.kind == "age"]
    named = [y.unit for y in sb if y.kind == "age"]
    if len(ages) != 1 or ages[0].unit != "years" or len(named) != 1 or named[0] == "years":
        return sa
    name = named[0]
    if _describes_noun(ta, ages[0].end):
        return sa  # 'an 11-year-old girl was wounded by … Andrew Lopez': the girl's age
    after = next((t for t in ta if t.start >= ages[0].end and _is_name(t)), None)
    if after is None or after.text.lower() not in name.split():
        return sa
    return [replace(x, unit=name, role=frozenset(name.split())) if x is ages[0] else x
            for x in sa]


_STANDS_ALONE = frozenset(("was", "is", "who", "had", "has", "and", "of", "from", "in", "at"))


def _noun_after(ts: list[Token], end: int) -> str:
    """The (stemmed) word right after position ``end``."""
    return next((t.norm for t in ts if t.start >= end), "")


def _describes_noun(ts: list[Token], end: int) -> bool:
    """Does the age ending at ``end`` describe the noun after it ('an 11-year-old girl'), not
    stand for a person itself ('the 16-year-old accused of firing', 'the 16-year-old, who')?"""
    nxt = next((t for t in ts if t.start >= end), None)
    return nxt is not None and nxt.text.isalpha() and nxt.text.islower() and not (
        nxt.text in _STANDS_ALONE or nxt.text.endswith(("ed", "ing")))


TALLY = 2  # figures more that disagree than agree, on each side: two tallies


def _other_tally(sa: list[Slot], sb: list[Slot]) -> bool:
    """Two statements whose figures of quantities both give disagree by ``TALLY`` more than
    they agree, on each side, tell two tallies (a game's and a season's: 'caught 29 passes
    for 201 yards' / 'caught 39 passes for 302 yards'), not one told differently; one figure
    changed in a statement is a conflict however many figures it has."""
    def split(xs: list[Slot], ys: list[Slot]) -> tuple[int, int]:
        same = [[y for y in ys if y.kind == x.kind and x.kind != "year" and _same_unit(x, y)]
                for x in xs]
        agree = sum(1 for x, ys_ in zip(xs, same, strict=True) if any(_agree(x, y) for y in ys_))
        return agree, sum(1 for ys_ in same if ys_) - agree

    (agree_a, differ_a), (agree_b, differ_b) = split(sa, sb), split(sb, sa)
    return differ_a >= agree_a + TALLY and differ_b >= agree_b + TALLY


def but_numbers(ts: Sequence[Token]) -> tuple[str, ...]:
    """A statement's normalised words without its numbers: two statements alike in this are
    word for word the same but for their numbers ('He was 93.' / 'He was 95.')."""
    return tuple(t.norm for t in ts if t.kind != "n")


def _same_but_numbers(ta: list[Token], tb: list[Token]) -> bool:
    return but_numbers(ta) == but_numbers(tb)


def _own_names(a: str, ta: list[Token], tb: list[Token]) -> set[str]:
    """The words of the names in ``a`` (runs of capitalised words) that ``tb`` does not name:
    the actors only ``a`` names. A name is the other's too when the other has its last word
    ('Aoraki Mount Cook' and 'Mt Cook', 'Officer Brad Baehr' and 'Baehr'; not 'Red Sox' and
    'Nationals')."""
    wb = {t.norm for t in tb}
    out: set[str] = set()
    run: list[Token] = []
    for k, t in enumerate(ta):
        if _is_name(t):
            if run and not _joined(a, ta[k - 1], t):
                out |= _unnamed_run(run, wb)
                run = []
            run.append(t)
        elif run:
            out |= _unnamed_run(run, wb)
            run = []
    return out | _unnamed_run(run, wb)


def _unnamed_run(run: list[Token], other: set[str]) -> set[str]:
    return {t.norm for t in run} if run and run[-1].norm not in other else set()


# --- one side denies what the other asserts -------------------------------------------------

DENIAL_ROLE = 1  # content words a denied and an asserted word share near them
# 'not without drama', 'not just a rookie record' (and more), 'none of the teams' (the subject)
_NOT_DENIAL = frozenset(("without", "neither", "nor", "only", "just", "merely", "simply"))
# 'declined to say whether it had', 'even if he had a gun' assert nothing
_OPEN_QUESTION = frozenset(("whether", "if", "unless"))
# a verb that says the next one did not happen ('declined to describe the bomb in detail'
# asserts no detail: it agrees with 'could offer no details')
_WITHHELD = wordset("decline declined declines declining refuse refused refuses refusing "
                    "fail failed fails failing")
# 'will not reveal the name until after he dies' denies nothing the one who 'would reveal it
# after he died' asserts: a denial for a time only ('will not be fully restored before 31
# December'; not 'when': 'was not wearing crampons when he slipped' denies what another
# report asserts)
_NOT_YET = frozenset(("until", "till", "before"))
# 'photos of Paige in skimpy clothing or none at all': a pronoun in a list or with 'at all'
# names nothing, it denies no verb after it
_NEGATING_PRONOUNS = frozenset(("none", "nothing", "nobody"))
_PRESENT = frozenset(("do", "does"))
# 'She claimed the shootings didn't happen', 'Despite reports that he would not be returning':
# the report tells a disputed claim, it denies nothing
_DISPUTED = wordset("claim claims claimed alleged alleges insist insists insisted despite "
                    "rumors rumours rumored rumoured speculation")
_SKIP = wordset("""immediately yet ever also even always still really necessarily fully
    currently officially publicly formally previously""")
_WEAK = wordset("say tell get go know think one")
_AUX = wordset("be have do to will would can could shall should may might must being")


@dataclass(frozen=True, slots=True)
class Claim:
    """Where a denied or asserted word stands: the content words near it (``role``) and the
    names right next to it (``close``)."""

    role: frozenset[str]
    close: frozenset[str]
    tense: str = ""  # 'present' for a denial with 'do' / 'does', 'past' for a word in -ed
    # 'noun' for what 'no' denies or a word after a number ('four scores'); 'verb' for a word
    # after 'could', 'will' ... or a participle denied after an auxiliary ('has not scored')
    form: str = ""


# "hadn ’ t", "cant": contractions as tokenised text and hurried typing write them
_CONTRACTED = re.compile(r"\b(ca|do|did|does|is|was|were|has|have|had|wo|would|could|should|"
                         r"are)n?\s?[’']\s?t\b|\b(ca|do|did|does|is|was|were|has|have|had|"
                         r"would|could|should|are)nt\b", re.IGNORECASE)


def _contract(m: re.Match[str]) -> str:
    return f"{m.group(1) or m.group(2)}n't"


def _withheld(ts: list[Token], k: int) -> bool:
    """Token ``k`` is 'declined' / 'refused' / 'failed' before 'to'."""
    return ts[k].text.lower() in _WITHHELD and k + 1 < len(ts) and ts[k + 1].text.lower() == "to"


def _negator(t: Token) -> bool:
    return t.text.lower() in NEGATION  # as written: 'noted' may stem to 'not'


def _denials(text: str, ts: list[Token]) -> dict[str, tuple[str, Claim]]:
    """Stem of each word a negation denies -> the words as written ('not approved') and the
    role of the word (content words near it, ``_claim_role``). Only auxiliaries and a few
    adverbs may stand between ('has not yet approved'): 'not at the church' denies no word; a
    denial for a time ('not ... until') or a disputed claim the report tells ('she claimed it
    did not happen') denies none."""
    clause = _clauses(text, ts)
    out: dict[str, tuple[str, Claim]] = {}
    for i, t in enumerate(ts):
        k = _denied_word(ts, clause, i)
        if k is None or any(clause[j] == clause[k] and ts[j].text.lower() in _NOT_YET
                            for j in range(k + 1, len(ts))) \
                or any(u.text.lower() in _DISPUTED for u in ts[:i]) or _command(text, ts, i):
            continue
        u, start = ts[k], t.start
        while start and text[start - 1].isalpha():
            start -= 1  # "don't", not "n't"
        role = _claim_role(ts, u.start, u.start + len(u.text))
        if i and ts[i - 1].text.lower() in _PRESENT:
            role = replace(role, tense="present")
        if t.text.lower() == "no":
            role = replace(role, form="noun")
        elif i and ts[i - 1].norm in _AUX and u.text.lower().endswith("ed"):
            role = replace(role, form="verb")  # 'has not scored': a verb, no noun 'scores'
        elif i and k == i + 1 and ts[i - 1].text.lower() in _VERB_BEFORE:
            role = replace(role, form="verb")  # "can't call it arson": no noun 'a call'
        out.setdefault(u.norm, (text[start: u.start + len(u.text)], role))
    return out


DENIED_NEAR = 4  # tokens before a word where a negation denies it ('has not yet approved')


def _denied_word(ts: list[Token], clause: list[int], i: int) -> int | None:
    """The index of the word the negation at token ``i`` denies, or None (no negation there,
    'not without', 'not only', 'no, not', 'none of', or no content word after it)."""
    t = ts[i]
    if not _negator(t) or t.text.lower() in _NOT_DENIAL:
        return None
    nxt = ts[i + 1] if i + 1 < len(ts) else None
    after = nxt.text.lower() if nxt is not None else ""
    if (nxt is not None and _negator(nxt)) or after in _NOT_DENIAL or (
            i and _negator(ts[i - 1])) or (t.text.lower() == "none" and after == "of") \
            or _listed_pronoun(ts, i):
        return None
    pronoun = t.text.lower() in _NEGATING_PRONOUNS
    for k in range(i + 1, min(len(ts), i + 1 + DENIED_NEAR)):
        u = ts[k]
        if u.text.lower() in PREPOSITIONS and u.text.lower() != "to":
            return None  # 'was not at the church' denies no church ('not to run' denies)
        if u.text.lower() in _SKIP or u.norm in _AUX or (
                u.kind in "wa" and not is_content(u) and not pronoun):
            continue  # 'has not yet approved', 'was not a member'; not after 'nothing':
            # 'nothing you can do, folks' denies no folks
        if clause[k] == clause[i] and u.kind in "wa" and is_content(u) and not u.capital \
                and u.text[:1].islower() and u.norm not in _WEAK and u.norm not in REPORTING:
            return _head(ts, clause, k) if t.text.lower() == "no" else k
        return None
    return None


def _listed_pronoun(ts: list[Token], i: int) -> bool:
    """Token ``i`` is 'none' / 'nothing' / 'nobody' after 'or' / 'and' or before 'at all':
    one item of a list ('in skimpy clothing or none at all'), no denial."""
    if ts[i].text.lower() not in _NEGATING_PRONOUNS:
        return False
    before = ts[i - 1].text.lower() if i else ""
    return before in ("or", "and") or [t.text.lower() for t in ts[i + 1: i + 3]] == ["at", "all"]


def _head(ts: list[Token], clause: list[int], k: int) -> int:
    """The last of the content words from ``k`` on: what 'no' denies ('no reported injuries',
    'no community center')."""
    while k + 1 < len(ts) and clause[k + 1] == clause[k] and ts[k + 1].kind == "w" \
            and is_content(ts[k + 1]) and ts[k + 1].text[:1].islower():
        k += 1
    return k


def _command(text: str, ts: list[Token], i: int) -> bool:
    """The negation at token ``i`` opens a command ('"Don't talk."'): 'do' before it begins
    the statement or a quotation."""
    if not i or ts[i - 1].text.lower() != "do":
        return False
    before = text[: ts[i - 1].start].rstrip()
    return not before or before[-1] in "\"“':"


def _compound(text: str, t: Token) -> bool:
    """Token ``t`` is part of a hyphenated word ('play' in 'play-offs')."""
    end = t.start + len(t.text)
    return text[end: end + 1] == "-" or (t.start > 0 and text[t.start - 1] == "-")


def _asserts(text: str, ts: list[Token], norm: str) -> tuple[str, Claim] | None:
    """The word ``norm`` as written, and its role, where no negation stands in its clause
    (nor 'yet to', 'asked to', 'avoid' before it: ``_unrealised``), not as part of a
    hyphenated word, nor as
    a participle describing a noun after an article ('a developing young center' asserts no
    development)."""
    clause = _clauses(text, ts)
    denied = {clause[k] for k, t in enumerate(ts)
              if _negator(t) or t.text.lower() in _OPEN_QUESTION or _withheld(ts, k)}
    for k, t in enumerate(ts):
        before = ts[k - 1].text.lower() if k else ""
        if t.norm == norm and clause[k] not in denied and not _compound(text, t) and not (
                before in ("a", "an", "the") and t.text.lower().endswith("ing")) \
                and not _unrealised(ts, k):
            role = _claim_role(ts, t.start, t.start + len(t.text))
            if before in _VERB_BEFORE:
                role = replace(role, form="verb")
            elif before in ("a", "an", "the"):
                role = replace(role, form="noun")  # 'a call came in'
            elif (before.isdigit() or before in _NUMBER_WORDS) and not t.text.endswith("ed"):
                role = replace(role, form="noun")  # 'four scores': a counted noun ('the two
                # charged' is a participle)
            return t.text, replace(role, tense="past") if t.text.endswith("ed") else role
    return None


# a word right after these is a verb ('actions that could harm listed species'), no noun a
# 'no' denies ('no harm would come')
_VERB_BEFORE = wordset("can could will would may might must shall should do does did")
_NUMBER_WORDS = frozenset(TEENS) | frozenset(TENS)  # before a counted noun: 'four scores'


# an infinitive tells what was asked, wanted, planned or aimed at, not what happened ('Clinton
# has been asked to release the transcripts', 'surveyed the scene to help determine the
# cause', 'had yet to regain'), unless it follows one of these ('was forced to resign'); after
# 'avoid' a verb tells what did not happen ('to possibly avoid paying federal income taxes')
_REALISED = wordset("managed able forced compelled")
_AVOIDED = wordset("avoid avoids avoided avoiding evade evaded evading escape escaped")
_HELP = wordset("help helps helped helping")


def _unrealised(ts: list[Token], k: int) -> bool:
    """Token ``k`` is a verb after 'avoid' ('avoid paying') or 'help' ('help determine'), or
    an infinitive ('asked to release') but after 'managed', 'able', 'forced'."""
    before = ts[k - 1].text.lower() if k else ""
    if before in _AVOIDED or before in _HELP:
        return True
    return before == "to" and not (k > 1 and ts[k - 2].text.lower() in _REALISED)


NAME_NEAR = 3  # tokens each side of a denied or asserted word where its actor stands


def denied_words(text: str) -> set[str]:
    """The stems of the words ``text`` denies (``_denials``)."""
    text = _CONTRACTED.sub(_contract, text)
    return set(_denials(text, tokenize(text)))


def asserts(text: str, norm: str) -> bool:
    """``text`` asserts the word of stem ``norm`` (in a clause with no negation, question or
    condition)."""
    return _asserts(text, tokenize(text), norm) is not None


def _claim_role(ts: list[Token], start: int, end: int) -> Claim:
    """The role of a denied or asserted word: the content words near it, across clauses ('not
    survived by his wife, two sons' / 'survived by two sons'), and those right next to it
    (``NAME_NEAR``), where the one it is said of stands ('Ross is not signed')."""
    near = _role(ts, [0] * len(ts), start, end)
    at = [i for i, t in enumerate(ts) if start <= t.start < end]
    close = {t.norm for t in ts[max(0, at[0] - NAME_NEAR): at[-1] + 1 + NAME_NEAR]
             if _is_name(t)} if at else set()
    return Claim(near, frozenset(close))


def negation_conflict(a: str, ta: list[Token], b: str, tb: list[Token]
                      ) -> tuple[str, str] | None:
    """One statement denies a word the other asserts in the same role (``DENIAL_ROLE`` content
    words near both, none when the statements are alike but for it; not said of two actors,
    ``_one_claim``): ('sell', 'not sell'), ``a``'s words first; None when neither does or both
    deny it."""
    a, b = _CONTRACTED.sub(_contract, a), _CONTRACTED.sub(_contract, b)
    ta, tb = tokenize(a), tokenize(b)
    only = _only_negated(a, ta, tb) or _only_negated(b, tb, ta)
    if only is not None:
        return (only, only.split(None, 1)[-1]) if only in a else (only.split(None, 1)[-1], only)
    da, db = _denials(a, ta), _denials(b, tb)
    if not da and not db:
        return None
    need = 0 if _rest_alike(ta, tb, []) else DENIAL_ROLE  # alike but for it: no role needed
    own_a, own_b = _own_names(a, ta, tb), _own_names(b, tb, ta)
    for norm, (phrase, role) in da.items():
        said = None if norm in db or _self_asserted(a, ta, norm, phrase) \
            else _asserts(b, tb, norm)
        if said is not None and _one_claim(role, own_a, said[1], own_b, need):
            return phrase, said[0]
    for norm, (phrase, role) in db.items():
        said = None if norm in da or _self_asserted(b, tb, norm, phrase) \
            else _asserts(a, ta, norm)
        if said is not None and _one_claim(role, own_b, said[1], own_a, need):
            return said[0], phrase
    return None


def _self_asserted(text: str, ts: list[Token], norm: str, phrase: str) -> bool:
    """The statement says the very word it denies where no negation stands right before it
    ('The youth in this community have no outlets for their anger, no community'): a word said
    in two senses, no claim to set against the other's."""
    word = phrase.split()[-1].lower()
    return any(t.norm == norm and t.text.lower() == word
               and not any(_negator(u) for u in ts[max(0, k - DENIED_NEAR): k])
               for k, t in enumerate(ts))


def _one_claim(x: Claim, own_x: set[str], y: Claim, own_y: set[str], need: int) -> bool:
    """A denied and an asserted word make one claim: their roles share ``need`` words, and
    they do not name two actors right next to it, one of them only its own statement names
    ('Ross is not signed' / 'Liam Hemsworth are signed', 'never nominated for an Oscar' /
    'nominated for a Golden Globe'; not 'had not won' / 'Ortiz won'), and the denial is not
    of now what the assertion says of the past ('the rules do not require' / 'the act, which
    required'), nor a noun against a verb ('no harm would come' / 'could harm', 'has not
    scored' / 'four scores')."""
    return len(x.role & y.role) >= need and (x.tense, y.tense) != ("present", "past") \
        and {x.form, y.form} != {"noun", "verb"} \
        and not (x.close and y.close and (x.close & own_x or y.close & own_y))


NEAR_SAME = 0.9  # similarity of two statements' word sequences that makes them one statement


def _only_negated(text: str, ts: list[Token], other: list[Token]) -> str | None:
    """``text`` is the ``other`` statement (nearly word for word) with one negation more ('Cheeks
    was not one of the most popular players'): the negation and the word after it, else
    None."""
    neg = [k for k, t in enumerate(ts) if _negator(t)]
    if len(neg) != 1 or any(_negator(t) for t in other) or neg[0] + 1 >= len(ts) \
            or ts[neg[0] + 1].kind not in "wan" \
            or ts[neg[0] + 1].norm not in {t.norm for t in other}:
        return None  # ... or the other does not say the word denied ('not one person')
    rest = [t.norm for k, t in enumerate(ts) if k != neg[0] and t.kind in "wan"]
    if SequenceMatcher(None, rest, [t.norm for t in other if t.kind in "wan"],
                       autojunk=False).ratio() < NEAR_SAME:
        return None
    t, u = ts[neg[0]], ts[neg[0] + 1]
    return text[t.start: u.start + len(u.text)]


# --- a speaker or a place: only when the rest is alike --------------------------------------

REST_ALIKE = 0.5  # share of content words the two statements have in common, names aside


def _rest_alike(ta: list[Token], tb: list[Token], names: list[list[Token]]) -> bool:
    skip = {t.norm for name in names for t in name} | {stem(w) for w in REPORTING}
    wa = {t.norm for t in ta if is_content(t) and t.norm not in skip}
    wb = {t.norm for t in tb if is_content(t) and t.norm not in skip}
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= REST_ALIKE


PLACE_ROLE = 3  # words a place's clause must share near it with the other's place


def _unnamed(na: list[list[Token]], ta: list[Token], nb: list[list[Token]], tb: list[Token]
             ) -> tuple[str, str] | None:
    """``_name_conflict``, when neither statement names the other's speaker or place anywhere
    ('Her agent, Mark Roesler, said Page died' names both Roesler and Page)."""
    found = _name_conflict(na, nb)
    if found is None:
        return None
    words_a, words_b = {t.norm for t in ta}, {t.norm for t in tb}
    if any(t.norm in words_b for n in na for t in n) or any(
            t.norm in words_a for n in nb for t in n):
        return None
    return found


def _placed(text: str, ts: list[Token], names: list[list[Token]], other: str,
            other_ts: list[Token], other_names: list[list[Token]]) -> list[list[Token]]:
    """The places of a statement (countries aside: 'in Greece' and 'in Athens' agree) whose
    role (the words of their clause near them) the other
    statement's places share ``PLACE_ROLE`` words of: 'met Pompeo in Washington on Tuesday'
    and 'met Pompeo in Sochi on Tuesday', not 'left a facility in X' and 'moved to a facility
    in Y'."""
    ca, cb = _clauses(text, ts), _clauses(other, other_ts)

    def role(t: list[Token], c: list[int], n: list[Token]) -> frozenset[str]:
        return _role(t, c, n[0].start, n[-1].start + len(n[-1].text))

    countries = set(gazetteer().demonyms.values())
    theirs = [role(other_ts, cb, n) for n in other_names]
    return [n for n in names if " ".join(t.text for t in n) not in countries
            and any(len(role(ts, ca, n) & r) >= PLACE_ROLE for r in theirs)]


def _people(names: list[list[Token]], ts: list[Token]) -> list[list[Token]]:
    """Speakers that are people: not news outlets ('according to TMZ' cites a source), not
    acronyms (NYPD, DA), not nationalities ('the Indians say'), not the one told ('her rep
    told People')."""
    gaz = gazetteer()
    out = []
    for name in names:
        form = " ".join(t.text for t in name)
        at = next((k for k, t in enumerate(ts) if t.start == name[0].start), 0)
        if (form in gaz.outlets or form.removeprefix("The ") in gaz.outlets
                or any(t.text.isupper() and len(t.text) > 1 for t in name)
                or gaz.nationality(form) is not None or gaz.demonyms.get(form.rstrip("s"))
                or (at and ts[at - 1].text.lower() in ("told", "tell", "tells"))):
            continue
        out.append(name)
    return out


__all__ = ["NEGATION", "asserts", "denied_words", "differing_words", "disagreements",
           "figure_conflicts", "negation_conflict", "places", "slots", "speakers", "unique_words"]
