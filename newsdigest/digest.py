"""One digest per article: the lead and the key statements, ranked.

Ranking is a TextRank over IDF-weighted word vectors (statements that share rare words with
many others are central), with a mild preference for early statements (news is written
top-down), then a maximal-marginal-relevance pass so the key statements do not repeat the lead
or each other."""

from __future__ import annotations

import math
from collections import Counter

from .config import Config
from .lexicon import content_words, idf
from .model import Analysis, Digest, Statement

MIN_LEAD_WORDS = 8
DAMPING = 0.85
REDUNDANCY = 0.5  # a candidate this similar (cosine) to one already chosen is a repeat
MMR_LAMBDA = 0.7


def find_lead(analysis: Analysis) -> Statement | None:
    """The statement carrying the dateline; else the first full sentence of some length (a
    standfirst without a final stop, a one-line caption or a byline is not a lead)."""
    statements = analysis.statements
    if analysis.dateline.statement is not None and analysis.dateline.statement < len(statements):
        return statements[analysis.dateline.statement]
    for s in statements:
        full_stop = s.text.rstrip("\"'”’)").endswith((".", "!", "?"))
        if full_stop and len(s.text.split()) >= MIN_LEAD_WORDS:
            return s
    return statements[0] if statements else None


def _vectors(statements: tuple[Statement, ...]) -> list[dict[str, float]]:
    vecs = []
    for s in statements:
        counts = Counter(content_words(s.text))
        vec = {w: (1 + math.log(c)) * idf(w) for w, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vecs.append({w: v / norm for w, v in vec.items()})
    return vecs


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def rank(analysis: Analysis) -> list[tuple[float, Statement]]:
    """Every statement with its importance, best first (ties keep text order)."""
    statements = analysis.statements
    n = len(statements)
    if n == 0:
        return []
    import numpy as np

    vecs = _vectors(statements)
    sim = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            sim[i, j] = sim[j, i] = _cosine(vecs[i], vecs[j])
    out_weight = sim.sum(axis=1)
    out_weight[out_weight == 0] = 1.0
    transition = sim / out_weight[:, None]
    prior = 1.0 / (1.0 + 0.15 * np.arange(n))
    prior /= prior.sum()
    vector = prior.copy()
    for _ in range(50):
        vector = (1 - DAMPING) * prior + DAMPING * (vector @ transition)
    score = [float(v) for v in vector]
    # a statement of a few words carries little on its own
    score = [sc * min(1.0, len(s.text.split()) / 10)
             for sc, s in zip(score, statements, strict=True)]
    return sorted(zip(score, statements, strict=True), key=lambda p: (-p[0], p[1].index))


def make_digest(analysis: Analysis, config: Config, top: int | None = None) -> Digest:
    """The lead and up to ``top`` (default ``digest.top``) key statements, in ranked order,
    none repeating the lead or each other."""
    top = config.get_int("digest.top") if top is None else top
    lead = find_lead(analysis)
    ranked = rank(analysis)
    if not ranked or top <= 0:
        return Digest(analysis, lead, ())
    vecs = _vectors(analysis.statements)
    best = ranked[0][0] or 1.0
    chosen: list[Statement] = [lead] if lead is not None else []
    keys: list[Statement] = []
    candidates = [(sc / best, s) for sc, s in ranked if lead is None or s.index != lead.index]
    while candidates and len(keys) < top:
        def mmr(item: tuple[float, Statement]) -> float:
            sc, s = item
            overlap = max((_cosine(vecs[s.index], vecs[c.index]) for c in chosen), default=0.0)
            return MMR_LAMBDA * sc - (1 - MMR_LAMBDA) * overlap

        pick = max(candidates, key=lambda it: (mmr(it), -it[1].index))
        candidates.remove(pick)
        s = pick[1]
        if any(_cosine(vecs[s.index], vecs[c.index]) >= REDUNDANCY for c in chosen):
            continue
        chosen.append(s)
        keys.append(s)
    return Digest(analysis, lead, tuple(keys))
