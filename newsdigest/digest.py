"""One digest per article: the lead and the key statements, ranked.

Ranking is a TextRank over IDF-weighted word vectors (statements that share rare words with
many others are central), with a mild preference for early statements (news is written
top-down), then a maximal-marginal-relevance pass so the key statements do not repeat the lead
or each other."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from .config import Config
from .lexicon import content_words, idf
from .model import Analysis, Digest, Statement

MIN_LEAD_WORDS = 8
DAMPING = 0.85
REDUNDANCY = 0.5  # a candidate this similar (cosine) to one already chosen is a repeat
MMR_LAMBDA = 0.7
MAX_CANDIDATES = 500  # best-ranked statements considered as key statements


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


def _sparse(vecs: list[dict[str, float]]) -> tuple[Any, Any, Any, int]:
    """The statement-by-word matrix of ``vecs`` as (row, column, value) arrays, and the
    number of columns: similarity products computed from it cost the number of entries,
    never statements squared."""
    import numpy as np

    columns: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for i, vec in enumerate(vecs):
        for w, v in vec.items():
            rows.append(i)
            cols.append(columns.setdefault(w, len(columns)))
            vals.append(v)
    return (np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64),
            np.asarray(vals, dtype=float), len(columns))


def rank(analysis: Analysis,
         vecs: list[dict[str, float]] | None = None) -> list[tuple[float, Statement]]:
    """Every statement with its importance, best first (ties keep text order).

    TextRank on the cosine similarity of every pair of statements, computed without the
    n x n matrix: ``x @ S`` is ``(x @ V) @ V.T`` minus the diagonal, with ``V`` the sparse
    statement-by-word matrix, so a 200,000-word article costs its length, not its square."""
    statements = analysis.statements
    n = len(statements)
    if n == 0:
        return []
    import numpy as np

    rows, cols, vals, width = _sparse(_vectors(statements) if vecs is None else vecs)
    self_sim = np.bincount(rows, weights=vals * vals, minlength=n)  # the diagonal of V V^T

    def times_sim(x: Any) -> Any:  # x @ S, S = V V^T with a zero diagonal
        y = np.bincount(cols, weights=x[rows] * vals, minlength=width)
        return np.bincount(rows, weights=y[cols] * vals, minlength=n) - x * self_sim

    out_weight = times_sim(np.ones(n))
    out_weight[out_weight <= 1e-12] = 1.0
    prior = 1.0 / (1.0 + 0.15 * np.arange(n))
    prior /= prior.sum()
    vector = prior.copy()
    for _ in range(50):
        vector = (1 - DAMPING) * prior + DAMPING * times_sim(vector / out_weight)
    score = [float(v) for v in vector]
    # a statement of a few words carries little on its own
    score = [sc * min(1.0, len(s.text.split()) / 10)
             for sc, s in zip(score, statements, strict=True)]
    return sorted(zip(score, statements, strict=True), key=lambda p: (-p[0], p[1].index))


def make_digest(analysis: Analysis, config: Config, top: int | None = None) -> Digest:
    """The lead and up to ``top`` (default ``digest.top``) key statements, in ranked order,
    none repeating the lead or each other. Only the ``MAX_CANDIDATES`` best-ranked statements
    are candidates (every one on all but very long articles), so choosing stays linear."""
    top = config.get_int("digest.top") if top is None else top
    lead = find_lead(analysis)
    vecs = _vectors(analysis.statements)
    ranked = rank(analysis, vecs)
    if not ranked or top <= 0:
        return Digest(analysis, lead, ())
    best = ranked[0][0] or 1.0
    chosen: list[Statement] = [lead] if lead is not None else []
    keys: list[Statement] = []
    candidates = [(sc / best, s) for sc, s in ranked
                  if lead is None or s.index != lead.index][:MAX_CANDIDATES]
    # the largest similarity of each candidate to what is chosen, kept up to date
    overlap = {s.index: max((_cosine(vecs[s.index], vecs[c.index]) for c in chosen),
                            default=0.0) for _, s in candidates}
    while candidates and len(keys) < top:
        def mmr(item: tuple[float, Statement]) -> float:
            sc, s = item
            return MMR_LAMBDA * sc - (1 - MMR_LAMBDA) * overlap[s.index]

        pick = max(candidates, key=lambda it: (mmr(it), -it[1].index))
        candidates.remove(pick)
        s = pick[1]
        if overlap[s.index] >= REDUNDANCY:
            continue
        chosen.append(s)
        keys.append(s)
        for _, c in candidates:
            overlap[c.index] = max(overlap[c.index], _cosine(vecs[c.index], vecs[s.index]))
    return Digest(analysis, lead, tuple(keys))
