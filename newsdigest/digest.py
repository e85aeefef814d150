"""One digest per article: the lead and the key statements, ranked.

Ranking is a TextRank over IDF-weighted word vectors (statements that share rare words with
many others are central), biased towards early statements (news is written top-down) and
towards statements that share the headline's words (the headline names the main fact); a
question or a quotation standing alone with no one named as its speaker counts for less. Then
a maximal-marginal-relevance pass so the key statements do not repeat the lead or each other.
Tuned on BBC articles with reference summaries (``python -m newsdigest.eval keys --part tune``)."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from .config import Config
from .extract import lead_statement
from .lexicon import content_words, idf
from .model import Analysis, Digest, Statement

DAMPING = 0.85
REDUNDANCY = 0.7  # a candidate this similar (cosine) to one already chosen is a repeat
MMR_LAMBDA = 0.7
MAX_CANDIDATES = 500  # best-ranked statements considered as key statements
POSITION = 0.15  # the walk restarts at statement i in proportion to 1 / (1 + POSITION * i) ...
HEADLINE_PRIOR = 3.0  # ... times (1 + HEADLINE_PRIOR * its cosine with the headline)
HEADLINE_BONUS = 0.5  # the final score is also multiplied by (1 + this * that cosine)
QUESTION = 0.5  # weight of a statement that asks a question
QUOTE_ONLY = 0.7  # weight of a statement that is only a quotation (no speaker named in it)
_OPENING = "\"“‘'«„"
_CLOSING = "\"”’'»"


def find_lead(analysis: Analysis) -> Statement | None:
    """The statement carrying the dateline; else the first full sentence of some length (a
    standfirst without a final stop, a one-line caption or a byline is not a lead)."""
    return lead_statement(analysis.statements, analysis.dateline.statement,
                          analysis.article.text)


def _vector(text: str) -> dict[str, float]:
    counts = Counter(content_words(text))
    vec = {w: (1 + math.log(c)) * idf(w) for w, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {w: v / norm for w, v in vec.items()}


def _vectors(statements: tuple[Statement, ...]) -> list[dict[str, float]]:
    return [_vector(s.text) for s in statements]


def _weight(text: str) -> float:
    """How much a statement can carry on its own: a few words little, a question or a bare
    quotation less than a plain statement of fact."""
    text = text.strip()
    weight = min(1.0, len(text.split()) / 10)
    if text.rstrip(_CLOSING + ")").endswith("?"):
        weight *= QUESTION
    if text[:1] in _OPENING and text[-1:] in _CLOSING:
        weight *= QUOTE_ONLY
    return weight


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
    statement-by-word matrix, so a 200,000-word article costs its length, not its square. The
    walk restarts at early statements and at those close to the headline (see ``POSITION``,
    ``HEADLINE_PRIOR``), and the result is weighted by ``HEADLINE_BONUS`` and ``_weight``."""
    statements = analysis.statements
    n = len(statements)
    if n == 0:
        return []
    import numpy as np

    vecs = _vectors(statements) if vecs is None else vecs
    rows, cols, vals, width = _sparse(vecs)
    self_sim = np.bincount(rows, weights=vals * vals, minlength=n)  # the diagonal of V V^T

    def times_sim(x: Any) -> Any:  # x @ S, S = V V^T with a zero diagonal
        y = np.bincount(cols, weights=x[rows] * vals, minlength=width)
        return np.bincount(rows, weights=y[cols] * vals, minlength=n) - x * self_sim

    out_weight = times_sim(np.ones(n))
    out_weight[out_weight <= 1e-12] = 1.0
    headline = _vector(analysis.article.title)
    near_headline = np.array([sum(x * headline.get(w, 0.0) for w, x in v.items())
                              for v in vecs])  # each statement's cosine with the headline
    prior = (1.0 + HEADLINE_PRIOR * near_headline) / (1.0 + POSITION * np.arange(n))
    prior /= prior.sum()
    vector = prior.copy()
    for _ in range(50):
        vector = (1 - DAMPING) * prior + DAMPING * times_sim(vector / out_weight)
    vector *= 1.0 + HEADLINE_BONUS * near_headline
    score = [float(v) * _weight(s.text) for v, s in zip(vector, statements, strict=True)]
    return sorted(zip(score, statements, strict=True), key=lambda p: (-p[0], p[1].index))


def make_digest(analysis: Analysis, config: Config, top: int | None = None) -> Digest:
    """The lead and up to ``top`` (default ``digest.top``) key statements, in ranked order,
    none repeating the lead or each other. Only the ``MAX_CANDIDATES`` best-ranked statements
    are candidates (every one on all but very long articles), so choosing stays linear."""
    top = config.digest.top if top is None else top
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
