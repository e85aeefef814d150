"""Train the statement matcher's pair model on MRPC train and write
``newsdigest/data/match_model.json``.

    python tools/train_match.py [--data ../shared/data] [--folds 10] [--dry-run]

Logistic regression (scikit-learn, development only) over the symmetric pair features of
``newsdigest.match.features``; the package applies the stored weights with NumPy alone. Prints
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


def _fit(x: Any, y: Any, c: float) -> Any:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    model = make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=5000))
    model.fit(x, y)
    return model


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
    score = 100 * model.predict_proba(x_all)[:, 1]
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
    ap.add_argument("--c", type=float, default=0.3, help="inverse L2 strength")
    ap.add_argument("--dry-run", action="store_true", help="print figures, write nothing")
    args = ap.parse_args()

    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    pairs = mdata.read_labelled(args.data / "mrpc" / "train.tsv")
    x = feature_matrix([(a, b) for _, a, b in pairs])
    y = np.array([lab for lab, _, _ in pairs])

    # cross-validated probabilities; the threshold is chosen inside each training fold only
    proba = np.zeros(len(y))
    folds = StratifiedKFold(args.folds, shuffle=True, random_state=0)
    cuts = []
    for tr, te in folds.split(x, y):
        m = _fit(x[tr], y[tr], args.c)
        inner = m.predict_proba(x[tr])[:, 1]
        cut = mdata.best_threshold(inner, y[tr])
        cuts.append(cut)
        proba[te] = m.predict_proba(x[te])[:, 1]
    cv_pred = np.zeros(len(y), dtype=bool)
    for (_, te), cut in zip(folds.split(x, y), cuts, strict=True):
        cv_pred[te] = proba[te] >= cut
    stats = mdata.binary_stats(y.astype(bool), cv_pred)
    print(f"MRPC train {args.folds}-fold CV (threshold chosen per fold): "
          f"accuracy {stats['accuracy']:.1%}  F1 {stats['f1']:.1%}")

    model = _fit(x, y, args.c)
    scaler, lr = model.steps[0][1], model.steps[1][1]
    same = round(100 * mdata.best_threshold(model.predict_proba(x)[:, 1], y), 1)
    doc: dict[str, Any] = {
        "kind": "logistic",
        "features": list(FEATURES),
        "mean": [round(float(v), 8) for v in scaler.mean_],
        "scale": [round(float(v), 8) for v in scaler.scale_],
        "coef": [round(float(v), 8) for v in lr.coef_[0]],
        "intercept": round(float(lr.intercept_[0]), 8),
        "same": same,
        "trained_on": "MRPC train (4,076 pairs)",
    }
    print(f"same threshold (full train): {same}")
    doc["prefilter"] = prefilter_table(model, x, [(a, b) for _, a, b in pairs], args.data)
    if args.dry_run:
        return
    out = ROOT / "newsdigest" / "data" / "match_model.json"
    out.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
