"""Why two statements differ: the content words each alone has, and the disagreements that make
them different statements however many words they share (figures, negation, speaker, place)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .normalize import (
    NEGATION,
    REPORTING,
    Figure,
    Token,
    directions,
    figures,
    is_content,
    negations,
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
    return Facts(figures(tokens), negations(tokens), speakers(text, tokens),
                 places(text, tokens), rises, falls)


def opposed(fa: Facts, fb: Facts) -> tuple[str, str] | None:
    """One statement says only that something rose and the other only that it fell: their
    first such words ('rose', 'fell'), else None."""
    if fa.rises and not fa.falls and fb.falls and not fb.rises:
        return fa.rises[0], fb.falls[0]
    if fa.falls and not fa.rises and fb.rises and not fb.falls:
        return fa.falls[0], fb.rises[0]
    return None


def disagreements(a: str, b: str) -> list[str]:
    """What makes ``a`` and ``b`` different statements, each as ``"kind: detail"`` with kind
    ``figure`` ('figure: $2.5 billion vs $1.8 billion'), ``negation`` ('negation: not vs
    none'), ``direction`` ('direction: rose vs fell'), ``speaker`` ('speaker: Smith vs
    Jones') or ``place`` ('place: Washington vs Sochi')."""
    return conflicts(facts(a, tokenize(a)), facts(b, tokenize(b)))


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


__all__ = ["NEGATION", "differing_words", "disagreements", "places", "speakers",
           "unique_words"]
