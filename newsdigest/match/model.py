"""The stored pair model, applied with NumPy (``data/match_model.json``, written by
``tools/train_match.py``).

score = 100 * (blend * P(same) + (1 - blend) * STS / 5) * min(1, overlap / gate)

- P(same): the mean of a logistic regression and of a few small networks (one hidden ReLU
  layer, different seeds) over the standardised ``features.FEATURES``, trained on MRPC train;
- STS: a ridge regression of the graded 0-5 similarity over the same features, trained on STS
  news_train, so that scores below ``same`` mean something ("related");
- overlap: the rarity-weighted content-word overlap (``features.overlap``, 0-100). Two
  statements sharing few rare words score low whatever else they share, which also makes the
  all-pairs prefilter exact: a pair with overlap < gate * cutoff / 100 cannot reach
  ``cutoff``.

Identical statements after normalisation score 100. ``Matcher`` then keeps statements that
disagree on a figure, negation or place out of the ``same`` tier."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from .features import FEATURES, canonical, feature_matrix, overlaps, prepared

MODEL_FILE = "data/match_model.json"


def _sigmoid(z: Any) -> Any:
    import numpy as np

    return 1.0 / (1.0 + np.exp(-np.clip(z, -500.0, 500.0)))


@dataclass(frozen=True)
class PairModel:
    """The matcher's trained heads (``data/match_model.json``)."""

    mean: Any  # NumPy arrays, one value per feature
    scale: Any
    coef: Any
    intercept: float
    nets: tuple[tuple[Any, Any, Any, float], ...]  # (hidden W, hidden b, output w, output b)
    sts_mean: Any
    sts_scale: Any
    sts_coef: Any
    sts_intercept: float
    blend: float
    gate: float
    # the same model with P(same) trained on MRPC and real cross-report pairs of one event
    # (ECB+ align, label_strict): ranks which statements of a story's reports tell the same
    # happening; ``compare`` links statements with it (head "event")
    event: PairModel | None = None

    def head(self, name: str) -> PairModel:
        """``self`` for "same", the event model for "event" (``self`` when none is stored)."""
        return self.event or self if name == "event" else self

    def p_same(self, x: Any) -> Any:
        """P(same) of feature rows ``x``: logistic and mean of the networks, weighed equally."""
        import numpy as np

        z = (x - self.mean) / self.scale
        lr = _sigmoid(z @ self.coef + self.intercept)
        if not self.nets:
            return lr
        net = np.mean([_sigmoid(np.maximum(z @ w1 + b1, 0.0) @ w2 + b2)
                       for w1, b1, w2, b2 in self.nets], axis=0)
        return 0.5 * (lr + net)

    def sts(self, x: Any) -> Any:
        """Graded similarity 0-5 of feature rows ``x``."""
        import numpy as np

        z = (x - self.sts_mean) / self.sts_scale
        return np.clip(z @ self.sts_coef + self.sts_intercept, 0.0, 5.0)

    def compose(self, p_same: Any, sts: Any, overlap: Any) -> Any:
        import numpy as np

        raw = 100.0 * (self.blend * p_same + (1.0 - self.blend) * sts / 5.0)
        return np.clip(raw * np.minimum(1.0, overlap / self.gate), 0.0, 100.0)

    def score_features(self, x: Any, overlap: Any) -> Any:
        return self.compose(self.p_same(x), self.sts(x), overlap)

    def score_pairs(self, pairs: Sequence[tuple[str, str]], head: str = "same",
                    x: Any = None) -> tuple[Any, Any]:
        """Scores (0-100) and feature rows of ``pairs``; ``x``: their feature rows when
        already computed (``feature_matrix(pairs)``)."""
        rows = pair_rows(pairs, x)
        return self.score_rows(rows, head), rows.x

    def score_rows(self, rows: PairRows, head: str = "same") -> Any:
        """Scores (0-100) of the pairs of ``rows``: identical ones score 100."""
        out = self.head(head).score_features(rows.x, rows.overlap)
        out[rows.identical] = 100.0
        return out

    def prefilter_bound(self, cutoff: float) -> float:
        """Pairs whose overlap is below this cannot score ``cutoff`` or more."""
        return max(0.0, self.gate * cutoff / 100.0 - 1e-6)


@dataclass(frozen=True)
class PairRows:
    """What every head needs of some pairs, worked out once for all heads: their feature rows
    (``feature_matrix``), overlaps (``features.overlaps``) and which are identical after
    normalisation."""

    x: Any
    overlap: Any
    identical: Any  # one bool a pair

    def take(self, rows: Any) -> PairRows:
        """The pairs at positions ``rows``, in that order."""
        return PairRows(self.x[rows], self.overlap[rows], self.identical[rows])


def pair_rows(pairs: Sequence[tuple[str, str]], x: Any = None) -> PairRows:
    """The ``PairRows`` of ``pairs``; ``x``: their feature rows when already computed."""
    import numpy as np

    if not pairs:
        return PairRows(np.zeros((0, len(FEATURES))), np.zeros(0), np.zeros(0, dtype=bool))
    identical = np.fromiter((_identical(*canonical(a, b)) for a, b in pairs), dtype=bool,
                            count=len(pairs))
    return PairRows(feature_matrix(pairs) if x is None else x, overlaps(pairs), identical)


def _identical(a: str, b: str) -> bool:
    return a == b or prepared(a).normal == prepared(b).normal


def conflict_mask(x: Any, kinds: Sequence[str], figure_tolerance: float,
                  max_words: int, opposed: Any = None) -> Any:
    """Rows of feature matrix ``x`` whose statements disagree on one of ``kinds``: for
    ``figure``, figures with the same unit differ by more than ``figure_tolerance`` (a share:
    0.25 lets $2.0 billion vs $2.4 billion pass, not $2.5 billion vs $1.8 billion); for
    ``negation``, ``speaker`` and ``place``, the disagreement is there and neither statement
    has more than ``max_words`` content words the other lacks (the statements are the same
    but for it: 'would sell' vs 'would not sell', 'in Washington' vs 'in Sochi'); for
    ``direction``, the same given ``opposed``, one flag per row (one statement says only
    that something rose, the other only that it fell: no feature column holds it)."""
    import math

    import numpy as np

    mask = np.zeros(len(x), dtype=bool)
    alike = x[:, FEATURES.index("cnt_only_max")] <= max_words
    for kind in kinds:
        if kind == "figure":
            mask |= x[:, FEATURES.index("figure_gap")] > math.log1p(figure_tolerance)
        elif kind == "direction":
            if opposed is not None:
                mask |= np.asarray(opposed, bool) & alike
        else:
            mask |= (x[:, FEATURES.index(f"conflict_{kind}")] > 0) & alike
    return mask


def _array(v: Any) -> Any:
    import numpy as np

    return np.asarray(v, dtype=np.float64)


def from_doc(doc: dict[str, Any]) -> PairModel:
    if list(doc["features"]) != list(FEATURES):
        raise RuntimeError(f"{MODEL_FILE} was trained on other features; "
                           "run tools/train_match.py")
    return PairModel(
        mean=_array(doc["mean"]), scale=_array(doc["scale"]), coef=_array(doc["coef"]),
        intercept=float(doc["intercept"]),
        nets=tuple((_array(n["w1"]), _array(n["b1"]), _array(n["w2"]), float(n["b2"]))
                   for n in doc.get("nets", [])),
        sts_mean=_array(doc["sts"]["mean"]), sts_scale=_array(doc["sts"]["scale"]),
        sts_coef=_array(doc["sts"]["coef"]), sts_intercept=float(doc["sts"]["intercept"]),
        blend=float(doc["blend"]), gate=float(doc["gate"]),
        event=from_doc({**doc, **doc["event"], "event": None}) if doc.get("event") else None,
    )


@cache
def load_model() -> PairModel:
    from .. import shipped

    return from_doc(json.loads(shipped(MODEL_FILE.removeprefix("data/"))))
