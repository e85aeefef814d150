"""Train the statement matcher's pair model on MRPC train and write
``newsdigest/data/match_model.json``.

    python tools/train_match.py [--data ../shared/data] [--folds 10] [--dry-run]

A logistic regression averaged with five small networks (scikit-learn, development only) over
the symmetric pair features of ``newsdigest.match.features``; the package applies the stored
weights with NumPy alone. Prints
cross-validated accuracy / F1 on MRPC train at the chosen ``match.same`` threshold and Pearson /
Spearman of the score on STS news_dev, then stores weights, feature scaling, the thresholds and
the prefilter table (see ``newsdigest.match.model``)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsdigest.match import data as mdata  # noqa: E402
from newsdigest.match.features import FEATURES, feature_matrix  # noqa: E402

NETS = 5  # small networks (seeds) averaged
HIDDEN = 16
ALPHA = 1.0  # L2 penalty of the networks
C = 0.3  # inverse L2 penalty of the logistic regression


class Ensemble:
    """Standardise, then average a logistic regression with the mean of ``NETS`` networks
    (exactly what ``newsdigest.match.model.PairModel`` computes)."""

    def __init__(self, x: Any, y: Any) -> None:
        import warnings

        from sklearn.exceptions import ConvergenceWarning
        from sklearn.linear_model import LogisticRegression
        from sklearn.neural_network import MLPClassifier
        from sklearn.preprocessing import StandardScaler

        self.scaler = StandardScaler().fit(x)
        z = self.scaler.transform(x)
        self.lr = LogisticRegression(C=C, max_iter=5000).fit(z, y)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            self.nets = [MLPClassifier((HIDDEN,), alpha=ALPHA, max_iter=2000, random_state=k)
                         .fit(z, y) for k in range(NETS)]

    def score(self, x: Any) -> Any:
        import numpy as np

        z = self.scaler.transform(x)
        net = np.mean([m.predict_proba(z)[:, 1] for m in self.nets], axis=0)
        return 50.0 * (self.lr.predict_proba(z)[:, 1] + net)

    def export(self) -> dict[str, Any]:
        def r(a: Any) -> Any:
            return [r(v) for v in a] if hasattr(a, "__len__") else round(float(a), 7)

        return {
            "mean": r(self.scaler.mean_), "scale": r(self.scaler.scale_),
            "coef": r(self.lr.coef_[0]), "intercept": r(self.lr.intercept_[0]),
            "nets": [{"w1": r(m.coefs_[0]), "b1": r(m.intercepts_[0]),
                      "w2": r(m.coefs_[1][:, 0]), "b2": r(m.intercepts_[1][0])}
                     for m in self.nets],
        }


def prefilter_table(model: Any, x: Any, pairs: list[tuple[str, str]], data: Path
                    ) -> list[list[float]]:
    """For each cutoff 0, 5, ..., 100: a prefilter bound (rapidfuzz ratio of the sorted
    content-word lists, i.e. a Dice overlap of content words) that every tuning pair (MRPC
    train, STS news_train) scoring at or above the cutoff reaches, less ``MARGIN`` points."""
    import numpy as np
    from rapidfuzz import fuzz

    from newsdigest.match.features import prepared

    sts = [(a, b) for _, a, b in mdata.read_graded(data / "sts" / "news_train.tsv")]
    x_all = np.vstack([x, feature_matrix(sts)])
    every = pairs + sts
    score = model.score(x_all)
    pre = np.array([fuzz.ratio(prepared(a).sorted_content, prepared(b).sorted_content)
                    for a, b in every])
    table = []
    for cutoff in range(0, 101, 5):
        hit = pre[score >= cutoff]
        low = float(hit.min()) if len(hit) else 100.0
        bound = max(0.0, float(int(low - MARGIN))) if cutoff else 0.0
        table.append([float(cutoff), bound])
    print("prefilter (cutoff, bound):", table)
    return table


MARGIN = 10.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--dry-run", action="store_true", help="print figures, write nothing")
    args = ap.parse_args()

    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    pairs = mdata.read_labelled(args.data / "mrpc" / "train.tsv")
    x = feature_matrix([(a, b) for _, a, b in pairs])
    y = np.array([lab for lab, _, _ in pairs])

    # out-of-fold scores; each fold's threshold is the best one on the other folds' scores
    oof = np.zeros(len(y))
    folds = list(StratifiedKFold(args.folds, shuffle=True, random_state=0).split(x, y))
    for tr, te in folds:
        oof[te] = Ensemble(x[tr], y[tr]).score(x[te])
    pred = np.zeros(len(y), dtype=bool)
    for tr, te in folds:
        pred[te] = oof[te] >= mdata.best_threshold(oof[tr], y[tr])
    stats = mdata.binary_stats(y.astype(bool), pred)
    at50 = mdata.binary_stats(y.astype(bool), oof >= 50)
    same = round(mdata.best_threshold(oof, y), 1)
    print(f"MRPC train {args.folds}-fold CV, threshold from the other folds: "
          f"accuracy {stats['accuracy']:.1%}  F1 {stats['f1']:.1%}; at score 50: "
          f"accuracy {at50['accuracy']:.1%}  F1 {at50['f1']:.1%}; best cut on all folds {same}")

    model = Ensemble(x, y)
    doc: dict[str, Any] = {"features": list(FEATURES), **model.export(), "same": same,
                           "trained_on": "MRPC train (4,076 pairs)"}
    doc["prefilter"] = prefilter_table(model, x, [(a, b) for _, a, b in pairs], args.data)
    if args.dry_run:
        return
    out = ROOT / "newsdigest" / "data" / "match_model.json"
    out.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
