"""The stored pair model, applied with NumPy: the mean of a logistic regression and a few small
neural networks (one hidden ReLU layer, different seeds) over the standardised
``features.FEATURES``; and the prefilter table that tells ``Matcher.matrix`` which pairs cannot
reach a cutoff."""

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
    # networks: (hidden weights, hidden bias, output weights, output bias)
    nets: tuple[tuple[Any, Any, Any, float], ...]
    # (cutoff, bound): a pair whose prefilter score (rapidfuzz ratio of the sorted content
    # words) is below ``bound`` scored below ``cutoff`` on all tuning pairs, with a margin
    prefilter: tuple[tuple[float, float], ...]

    def score_pairs(self, pairs: Sequence[tuple[str, str]]) -> Any:
        import numpy as np

        out = np.zeros(len(pairs), dtype=np.float64)
        if not pairs:
            return out
        x = (feature_matrix(pairs) - self.mean) / self.scale
        probs = [_sigmoid(x @ self.coef + self.intercept)]
        for w1, b1, w2, b2 in self.nets:
            probs.append(_sigmoid(np.maximum(x @ w1 + b1, 0.0) @ w2 + b2))
        # the logistic model and the mean of the networks weigh the same
        lr = probs[0]
        net = np.mean(probs[1:], axis=0) if self.nets else lr
        out[:] = 50.0 * (lr + net)
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


def _sigmoid(z: Any) -> Any:
    import numpy as np

    return 1.0 / (1.0 + np.exp(-np.clip(z, -500.0, 500.0)))


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
        nets=tuple(
            (np.asarray(n["w1"], dtype=np.float64), np.asarray(n["b1"], dtype=np.float64),
             np.asarray(n["w2"], dtype=np.float64), float(n["b2"]))
            for n in doc.get("nets", [])
        ),
        prefilter=tuple((float(c), float(b)) for c, b in doc.get("prefilter", [])),
    )
