"""Pair features for the statement matcher. Each statement is prepared once (tokens, sets,
weights); a pair's features are symmetric (min/max of the two directions), so the model's
score is symmetric too."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

from .explain import Facts, conflicts, facts, figure_gap
from .normalize import REPORTING, Token, is_content, negations, normal_text, tokenize

_RAW = re.compile(r"\w+|[^\w\s]")


@lru_cache(maxsize=1)
def _idf_table() -> tuple[dict[str, int], int]:
    from .. import lexicon

    return lexicon.doc_freq()


def idf(word: str) -> float:
    """Smoothed IDF of a lower-case word from the shipped news lexicon (BBC + ECB+)."""
    table, n = _idf_table()
    return math.log((n + 1) / (table.get(word, 0) + 1)) + 1.0


def _max_idf() -> float:
    return idf("\x00never-seen")


@dataclass(slots=True)
class Prepared:
    text: str
    tokens: list[Token]
    norms: list[str]
    content: list[str]
    weight: dict[str, float]  # content norm -> IDF weight
    uni: frozenset[str]
    cset: frozenset[str]
    bi: frozenset[tuple[str, str]]
    tri: frozenset[tuple[str, str, str]]
    ch3: frozenset[str]
    ch5: frozenset[str]
    numbers: frozenset[str]
    figs: frozenset[str]
    caps: frozenset[str]
    neg: int
    quote: bool
    speaker: bool
    normal: str  # normalised text
    sorted_content: list[str]  # content norms, sorted (for the cdist prefilter)
    lower: str  # the text in lower case
    raw: list[str]  # lower-case surface tokens, punctuation included (BLEU-style n-grams)
    raw_grams: tuple[frozenset[tuple[str, ...]], ...]  # raw n-grams, n = 1..4
    facts: Facts  # figures, negations, speakers, places
    total: float  # sum of the content words' weights


def prepare(text: str) -> Prepared:
    toks = tokenize(text)
    norms = [t.norm for t in toks]
    content_toks = [t for t in toks if is_content(t)]
    content = [t.norm for t in content_toks]
    top = _max_idf()
    weight: dict[str, float] = {}
    for t in content_toks:
        w = top if t.kind == "n" else idf(t.text.lower())
        weight[t.norm] = max(weight.get(t.norm, 0.0), w)
    normal = normal_text(toks)
    squeezed = f" {normal} "
    raw = _RAW.findall(text.lower())
    stated = facts(text, toks)
    return Prepared(
        text=text,
        tokens=toks,
        norms=norms,
        content=content,
        weight=weight,
        uni=frozenset(norms),
        cset=frozenset(content),
        bi=frozenset(pairwise(norms)),
        tri=frozenset(zip(norms, norms[1:], norms[2:], strict=False)),
        ch3=frozenset(squeezed[i:i + 3] for i in range(len(squeezed) - 2)),
        ch5=frozenset(squeezed[i:i + 5] for i in range(len(squeezed) - 4)),
        numbers=frozenset(t.norm for t in toks if t.kind == "n"),
        figs=frozenset(f.key() for f in stated.figures),
        caps=frozenset(t.norm for t in toks if t.capital and is_content(t)),
        neg=len(negations(toks)),
        quote='"' in text or "“" in text,
        speaker=any(t.text.lower() in REPORTING for t in toks),
        normal=normal,
        sorted_content=sorted(content),
        lower=text.lower(),
        raw=raw,
        raw_grams=tuple(frozenset(zip(*(raw[i:] for i in range(n)), strict=False))
                        for n in (1, 2, 3, 4)),
        facts=stated,
        total=sum(weight.values()),
    )


def _minmax(inter: float, na: float, nb: float) -> tuple[float, float]:
    pa = inter / na if na else 1.0
    pb = inter / nb if nb else 1.0
    return (pa, pb) if pa <= pb else (pb, pa)


def _lcs(a: Sequence[str], b: Sequence[str]) -> int:
    from rapidfuzz.distance import LCSseq

    return int(LCSseq.similarity(a, b))


def _soft_unmatched(a: list[str], b: list[str]) -> tuple[int, int]:
    """Words of ``a`` without a close spelling in ``b`` (rapidfuzz ratio >= 75, or ``b`` has a
    word starting with the word's first five letters), and the same for ``b``."""
    if not a or not b:
        return len(a), len(b)
    from rapidfuzz import fuzz, process

    close: Any = process.cdist(a, b, scorer=fuzz.ratio, score_cutoff=75) > 0
    near_a: list[bool] = close.any(axis=1).tolist()  # a word has a close one in the other
    near_b: list[bool] = close.any(axis=0).tolist()
    pa = {w[:5] for w in a if len(w) >= 5}
    pb = {w[:5] for w in b if len(w) >= 5}
    left_a = sum(1 for w, near in zip(a, near_a, strict=True)
                 if not (near or (len(w) > 4 and w[:5] in pb)))
    left_b = sum(1 for w, near in zip(b, near_b, strict=True)
                 if not (near or (len(w) > 4 and w[:5] in pa)))
    return left_a, left_b


FEATURES: tuple[str, ...] = (
    "uni_min", "uni_max", "content_min", "content_max", "idf_min", "idf_max",
    "bi_min", "bi_max", "tri_min", "tri_max", "ch3_min", "ch3_max", "ch5_min", "ch5_max",
    "ratio", "token_sort", "token_set", "lcs_min", "lcs_max",
    "len_log", "len_diff", "len_ratio",
    "num_only_max", "num_only_min", "fig_only_max", "fig_only_min", "num_both",
    "neg_diff", "caps_only_max", "caps_only_min",
    "idf_only_max", "idf_only_min", "idf_top_only", "soft_only_max", "soft_only_min",
    "quote_diff", "speaker_diff",
    "cnt_only_max", "cnt_only_min", "run_max", "run_min", "runs_max", "runs_min",
    "edge_only",
    "raw1_min", "raw1_max", "raw2_min", "raw2_max", "raw3_min", "raw3_max", "raw4_min",
    "raw4_max", "tok_edit", "raw_edit", "raw_ratio", "partial", "clcs_min", "clcs_max",
    "run_common_min", "run_common_max", "idf_only_rel_max", "idf_only_rel_min",
    "conflict_figure", "conflict_negation", "conflict_speaker", "conflict_place", "dice",
    "figure_gap",
)


def _runs(norms: list[str], other: frozenset[str], content: frozenset[str]) -> tuple[int, int]:
    """Longest run of tokens not in ``other`` holding a content word, and the number of runs."""
    longest = runs = cur = 0
    has_content = False
    for w in norms:
        if w in other:
            if cur and has_content:
                runs += 1
                longest = max(longest, cur)
            cur = 0
            has_content = False
        else:
            cur += 1
            has_content = has_content or w in content
    if cur and has_content:
        runs += 1
        longest = max(longest, cur)
    return longest, runs


def pair_features(a: Prepared, b: Prepared) -> list[float]:
    from rapidfuzz import fuzz

    feats: list[float] = []
    feats += _minmax(len(a.uni & b.uni), len(a.uni), len(b.uni))
    feats += _minmax(len(a.cset & b.cset), len(a.cset), len(b.cset))
    common = a.cset & b.cset
    feats += _minmax(sum(a.weight[w] for w in common), a.total, b.total) if common else (0.0, 0.0)
    feats += _minmax(len(a.bi & b.bi), len(a.bi), len(b.bi))
    feats += _minmax(len(a.tri & b.tri), len(a.tri), len(b.tri))
    feats += _minmax(len(a.ch3 & b.ch3), len(a.ch3), len(b.ch3))
    feats += _minmax(len(a.ch5 & b.ch5), len(a.ch5), len(b.ch5))
    feats.append(fuzz.ratio(a.normal, b.normal) / 100)
    feats.append(fuzz.token_sort_ratio(a.normal, b.normal) / 100)
    feats.append(fuzz.token_set_ratio(a.normal, b.normal) / 100)
    lcs = _lcs(a.norms, b.norms)
    feats += _minmax(lcs, len(a.norms), len(b.norms))
    la, lb = len(a.norms), len(b.norms)
    feats.append(math.log1p(la + lb))
    feats.append(abs(la - lb) / max(la + lb, 1))
    feats.append(min(la, lb) / max(la, lb, 1))
    na, nb = len(a.numbers - b.numbers), len(b.numbers - a.numbers)
    feats += [max(na, nb), min(na, nb)]
    fa, fb = len(a.figs - b.figs), len(b.figs - a.figs)
    feats += [max(fa, fb), min(fa, fb)]
    feats.append(float(bool(a.numbers) and bool(b.numbers)))
    feats.append(float(abs(a.neg - b.neg)))
    ca, cb = len(a.caps - b.cset), len(b.caps - a.cset)
    feats += [max(ca, cb), min(ca, cb)]
    only_a = a.cset - b.cset
    only_b = b.cset - a.cset
    ia = sum(a.weight[w] for w in only_a)
    ib = sum(b.weight[w] for w in only_b)
    feats += [max(ia, ib), min(ia, ib)]
    top = max([a.weight[w] for w in only_a] + [b.weight[w] for w in only_b] + [0.0])
    feats.append(top)
    sa, sb = _soft_unmatched(sorted(only_a), sorted(only_b))
    feats += [max(sa, sb), min(sa, sb)]
    feats.append(float(a.quote != b.quote))
    feats.append(float(a.speaker != b.speaker))
    feats += [max(len(only_a), len(only_b)), min(len(only_a), len(only_b))]
    ra, na_runs = _runs(a.norms, b.uni, a.cset)
    rb, nb_runs = _runs(b.norms, a.uni, b.cset)
    feats += [max(ra, rb), min(ra, rb), max(na_runs, nb_runs), min(na_runs, nb_runs)]
    edges = int(bool(a.norms and a.norms[0] not in b.uni)) + int(
        bool(b.norms and b.norms[0] not in a.uni)
    )
    feats.append(float(edges))
    feats += _surface(a, b)
    kinds = {c.partition(":")[0] for c in conflicts(a.facts, b.facts)}
    feats += [float(k in kinds) for k in ("figure", "negation", "speaker", "place")]
    feats.append(dice(a, b))
    feats.append(figure_gap(a.facts, b.facts))
    return feats


def dice(a: Prepared, b: Prepared) -> float:
    """Content-word overlap 0-100: rapidfuzz ratio of the sorted content-word lists (what
    ``Matcher.matrix`` computes for all pairs with ``process.cdist``)."""
    from rapidfuzz import fuzz

    return float(fuzz.ratio(a.sorted_content, b.sorted_content))


def _longest_common_run(x: list[str], y: list[str]) -> int:
    """Length of the longest run of tokens both sequences contain contiguously."""
    where: dict[str, list[int]] = {}
    for j, w in enumerate(y):
        where.setdefault(w, []).append(j)
    best = 0
    prev: dict[int, int] = {}
    for w in x:
        cur: dict[int, int] = {}
        for j in where.get(w, ()):
            run = prev.get(j - 1, 0) + 1
            cur[j] = run
            if run > best:
                best = run
        prev = cur
    return best


def _surface(a: Prepared, b: Prepared) -> list[float]:
    """BLEU-style raw n-gram overlaps, token and raw edit distances, content-word order and
    the relative rarity mass of the words each side alone has."""
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Levenshtein

    feats: list[float] = []
    for ga, gb in zip(a.raw_grams, b.raw_grams, strict=True):
        feats += _minmax(len(ga & gb), len(ga), len(gb))
    feats.append(Levenshtein.normalized_distance(a.norms, b.norms))
    feats.append(Levenshtein.normalized_distance(a.raw, b.raw))
    feats.append(fuzz.ratio(a.lower, b.lower) / 100)
    feats.append(fuzz.partial_ratio(a.normal, b.normal) / 100)
    feats += _minmax(_lcs(a.content, b.content), len(a.content), len(b.content))
    feats += _minmax(_longest_common_run(a.norms, b.norms), len(a.norms), len(b.norms))
    wa = a.total or 1.0
    wb = b.total or 1.0
    x = sum(a.weight[w] for w in a.cset - b.cset) / wa
    y = sum(b.weight[w] for w in b.cset - a.cset) / wb
    feats += [max(x, y), min(x, y)]
    return feats


@lru_cache(maxsize=65536)
def prepared(text: str) -> Prepared:
    """``prepare`` memoised: a statement is usually compared with many others."""
    return prepare(text)


def overlap(a: Prepared, b: Prepared) -> float:
    """Rarity-weighted content-word overlap 0-100: the IDF weight of the content words both
    statements have (each side's weight) over the weight of all their content words. 100 when
    neither has content words. ``Matcher.matrix`` computes it for all pairs with NumPy."""
    if not a.cset and not b.cset:
        return 100.0
    total = a.total + b.total
    if total <= 0:
        return 0.0
    return 100.0 * sum(a.weight[w] + b.weight[w] for w in a.cset & b.cset) / total


def overlaps(pairs: Sequence[tuple[str, str]]) -> Any:
    """``overlap`` of each pair (NumPy array)."""
    import numpy as np

    return np.array([overlap(prepared(a), prepared(b)) for a, b in
                     (canonical(x, y) for x, y in pairs)], dtype=np.float64)


def canonical(a: str, b: str) -> tuple[str, str]:
    """The pair in a fixed order, so that every feature (and the score) is exactly symmetric."""
    return (a, b) if a <= b else (b, a)


def feature_matrix(pairs: Sequence[tuple[str, str]]) -> Any:
    """``len(pairs) x len(FEATURES)`` float64 array of pair features."""
    import numpy as np

    out = np.empty((len(pairs), len(FEATURES)), dtype=np.float64)
    for k, (a, b) in enumerate(pairs):
        x, y = canonical(a, b)
        out[k] = pair_features(prepared(x), prepared(y))
    return out
