"""The stored pair model: a logistic regression over ``features.FEATURES`` applied with NumPy,
and the prefilter table that tells ``Matcher.matrix`` which pairs cannot reach a cutoff."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from .features import FEATURES, canonical, feature_matrix, prepared

MODEL_FILE = "data/match_model.json"


@dataclass(frozen=True)
class PairModel:
    mean: Any  # NumPy arrays, one value per feature
    scale: Any
    coef: Any
    intercept: float
    # (cutoff, bound): a pair whose prefilter score (rapidfuzz ratio of the sorted content
    # words) is below ``bound`` scored below ``cutoff`` on all tuning pairs, with a margin
    prefilter: tuple[tuple[float, float], ...]

    def score_pairs(self, pairs: Sequence[tuple[str, str]]) -> Any:
        import numpy as np

        out = np.zeros(len(pairs), dtype=np.float64)
        if not pairs:
            return out
        x = feature_matrix(pairs)
        z = ((x - self.mean) / self.scale) @ self.coef + self.intercept
        out[:] = 100.0 / (1.0 + np.exp(-z))
        for k, (a, b) in enumerate(pairs):
            p, q = canonical(a, b)
            if p == q or prepared(p).normal == prepared(q).normal:
                out[k] = 100.0
        return np.clip(out, 0.0, 100.0)

    def prefilter_bound(self, cutoff: float) -> float:
        bound = 0.0
        for c, b in self.prefilter:
            if c <= cutoff:
                bound = b
        return bound


@cache
def load_model() -> PairModel:
    from importlib.resources import files

    import numpy as np

    doc = json.loads(files("newsdigest").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    if list(doc["features"]) != list(FEATURES):
        raise RuntimeError(f"{MODEL_FILE} was trained on other features; "
                           "run tools/train_match.py")
    return PairModel(
        mean=np.asarray(doc["mean"], dtype=np.float64),
        scale=np.asarray(doc["scale"], dtype=np.float64),
        coef=np.asarray(doc["coef"], dtype=np.float64),
        intercept=float(doc["intercept"]),
        prefilter=tuple((float(c), float(b)) for c, b in doc.get("prefilter", [])),
    )
