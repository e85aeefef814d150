"""Train the statement matcher's model and write ``newsdigest/data/match_model.json``.

    python tools/train_match.py [--data ../shared/data] [--folds 10] [--dry-run]

P(same): a logistic regression averaged with five small networks over the symmetric pair
features of ``newsdigest.match.features``, trained on MRPC train; STS: a ridge regression of the
graded similarity on STS news_train; composed as ``newsdigest.match.model`` describes
(scikit-learn is needed here only; the package applies the stored weights with NumPy).
The event head: the same ensemble trained on MRPC and ECB+ align ``label_strict`` pairs (real
cross-report sentence pairs of one event; the gate fold's topics left out), used by ``compare``
to link statements of one story.

Prints K-fold cross-validated accuracy / F1 on MRPC train (each fold's threshold chosen on the
other folds), with and without the conflict cap, Pearson / Spearman on STS news_dev, the
``match.same`` / ``match.related`` thresholds it stores, and the event head's topic-fold
average precision on ECB+ align."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsdigest.eval import labelled as mdata  # noqa: E402
from newsdigest.match.features import FEATURES, feature_matrix, overlaps  # noqa: E402

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


BLEND = 0.8  # weight of P(same) against STS / 5
GATE = 40.0  # rarity-weighted content-word overlap (0-100) under which scores scale down
RIDGE = 10.0
CONFLICTS = ("figure", "negation", "speaker", "place")  # match.conflicts default
TOLERANCE = 0.25  # match.figure_tolerance default
WORDS = 1  # match.conflict_words default


def fit_sts(x: Any, g: Any) -> dict[str, Any]:
    from sklearn.linear_model import Ridge
    from sklearn.preprocessing import StandardScaler

    sc = StandardScaler().fit(x)
    r = Ridge(RIDGE).fit(sc.transform(x), g)
    return {"mean": [round(float(v), 7) for v in sc.mean_],
            "scale": [round(float(v), 7) for v in sc.scale_],
            "coef": [round(float(v), 7) for v in r.coef_],
            "intercept": round(float(r.intercept_), 7)}


def capped(scores: Any, x: Any, kinds: tuple[str, ...], same: float, tol: float,
           words: int = WORDS) -> Any:
    """What ``Matcher.score_pairs`` does with pairs that disagree on one of ``kinds``."""
    import numpy as np

    from newsdigest.match import CAP_MARGIN
    from newsdigest.match.model import conflict_mask

    if not kinds:
        return scores
    mask = conflict_mask(x, kinds, tol, words)
    return np.where(mask, np.minimum(scores, same - CAP_MARGIN), scores)


def align_pairs(data: Path, skip: bool, held_out: bool = True) -> tuple[Any, Any, Any]:
    """Features, ``label_strict`` and topic of the ECB+ align pairs (empty when ``skip``);
    without the topics of ``GATE_FOLD`` when ``held_out``: the quality gate measures there."""
    import numpy as np

    from newsdigest.eval.align import read_align
    from newsdigest.eval.ecb import GATE_FOLD, topic_folds

    if skip:
        return np.zeros((0, len(FEATURES))), np.zeros(0, dtype=int), np.zeros(0, dtype=int)
    rows = read_align(data / "align" / "ecbplus_align_tune.jsonl")
    if held_out:
        gate = topic_folds([t for t, _, _, _ in rows])[GATE_FOLD]
        rows = [r for r in rows if r[0] not in gate]
    xa = feature_matrix([(a, b) for _, _, a, b in rows])
    return xa, np.array([r[1] for r in rows]), np.array([r[0] for r in rows])


def print_align_cv(x: Any, y: Any, xa: Any, ya: Any, topics: Any) -> None:
    """Average precision of the event head on the align pairs of held-out topics (5 topic
    folds), trained on MRPC and the other topics' pairs."""
    import numpy as np

    from newsdigest.eval.align import average_precision, best_f1
    from newsdigest.eval.ecb import topic_folds

    if not len(ya):
        return
    p = np.zeros(len(ya))
    for fold in topic_folds(topics.tolist()):
        te = np.isin(topics, sorted(fold))
        p[te] = Ensemble(np.r_[x, xa[~te]], np.r_[y, ya[~te]]).score(xa[te])
    print(f"ECB+ align (gate topics left out), 5 topic folds: event head AP "
          f"{100 * average_precision(p, ya):.1f}  best F1 {100 * best_f1(p, ya)[0]:.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--dry-run", action="store_true", help="print figures, write nothing")
    ap.add_argument("--cache", type=Path, help="folder keeping out-of-fold scores between runs")
    ap.add_argument("--no-align", action="store_true",
                    help="no event head (P(same) on MRPC and the ECB+ cross-report pairs)")
    args = ap.parse_args()

    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    from newsdigest.match.model import from_doc

    pairs = mdata.read_labelled(args.data / "mrpc" / "train.tsv")
    x = feature_matrix([(a, b) for _, a, b in pairs])
    ov = overlaps([(a, b) for _, a, b in pairs])
    y = np.array([lab for lab, _, _ in pairs])
    sts_train = mdata.read_graded(args.data / "sts" / "news_train.tsv")
    sts_dev = mdata.read_graded(args.data / "sts" / "news_dev.tsv")
    xt = feature_matrix([(a, b) for _, a, b in sts_train])
    xd = feature_matrix([(a, b) for _, a, b in sts_dev])
    ovt = overlaps([(a, b) for _, a, b in sts_train])
    ovd = overlaps([(a, b) for _, a, b in sts_dev])
    gt = np.array([g for g, _, _ in sts_train])
    gd = np.array([g for g, _, _ in sts_dev])

    # real cross-report sentence pairs of one event (ECB+ align, label_strict: the two tell
    # largely the same happenings) next to MRPC, so that the score ranks what compare meets
    xa, ya, topics = align_pairs(args.data, args.no_align)
    print_align_cv(x, y, xa, ya, topics)

    sts_doc = fit_sts(xt, gt)
    full = Ensemble(x, y)
    doc: dict[str, Any] = {"features": list(FEATURES), **full.export(), "sts": sts_doc,
                           "blend": BLEND, "gate": GATE}
    model = from_doc(doc)

    # out-of-fold P(same) on MRPC (the STS part never saw MRPC)
    p_oof = np.zeros(len(y))
    folds = list(StratifiedKFold(args.folds, shuffle=True, random_state=0).split(x, y))
    cache = args.cache / f"oof-{args.folds}.npz" if args.cache else None
    if cache and cache.is_file() and np.load(cache)["x"].shape == x.shape \
            and np.allclose(np.load(cache)["x"], x):
        p_oof = np.load(cache)["p"]
    else:
        for tr, te in folds:
            p_oof[te] = Ensemble(x[tr], y[tr]).score(x[te]) / 100.0
        if cache:
            np.savez(cache, x=x, p=p_oof)
    sts_mrpc = model.sts(x)

    def cv(blend: float, kinds: tuple[str, ...], tol: float = TOLERANCE, words: int = WORDS
           ) -> tuple[dict[str, float], float]:
        m = from_doc({**doc, "blend": blend})
        raw = m.compose(p_oof, sts_mrpc, ov)
        pred = np.zeros(len(y), dtype=bool)
        for tr, te in folds:
            cut = mdata.best_threshold(raw[tr], y[tr])
            pred[te] = capped(raw[te], x[te], kinds, cut, tol, words) >= cut
        return mdata.binary_stats(y.astype(bool), pred), mdata.best_threshold(raw, y)

    print(f"MRPC train, {args.folds}-fold CV (threshold chosen on the other folds):")
    for blend in sorted({1.0, 0.8, 0.7, 0.6, BLEND}, reverse=True):
        m = from_doc({**doc, "blend": blend})
        pr, sp = mdata.rank_correlations(m.score_features(xd, ovd), gd)
        print(f"  blend {blend:.1f}: STS news_dev Pearson {pr:.3f} Spearman {sp:.3f}")
        for kinds, tol, words in (((), 0.0, 0), (("figure",), 0.1, 0),
                                  (("figure",), TOLERANCE, 0), (("figure",), 0.5, 0),
                                  (CONFLICTS, TOLERANCE, 1), (CONFLICTS, TOLERANCE, 2),
                                  (CONFLICTS, TOLERANCE, 1000)):
            stats, cut = cv(blend, kinds, tol, words)
            print(f"    cap {'+'.join(kinds) or 'none':<30} tolerance {tol:4.2f} words "
                  f"{words:>4}: accuracy {stats['accuracy']:.1%}  F1 {100 * stats['f1']:.1f}  "
                  f"(cut {cut:.1f})")
    stats, same = cv(BLEND, CONFLICTS)
    same = round(same, 1)
    # related: the cut that best separates STS news_train pairs scored >= 2 ("not equivalent
    # but share some details") from the rest
    related = round(mdata.best_threshold(model.score_features(xt, ovt), gt >= 2.0), 1)
    related = min(related, same)
    doc["same"], doc["related"] = same, related
    print(f"shipped: blend {BLEND}, cap {'+'.join(CONFLICTS)}: CV accuracy "
          f"{stats['accuracy']:.1%}  F1 {100 * stats['f1']:.1f}; match.same {same}, "
          f"match.related {related}")
    doc["trained_on"] = "MRPC train (4,076 pairs); STS news_train (graded part)"
    if len(ya):
        # the event head: P(same) on MRPC and the align pairs (the gate topics left out)
        doc["event"] = {**Ensemble(np.r_[x, xa], np.r_[y, ya]).export(),
                        "trained_on": f"MRPC train and ECB+ align label_strict ({len(ya):,} "
                                      "pairs, gate topics left out)"}
    if args.dry_run:
        return
    out = ROOT / "newsdigest" / "data" / "match_model.json"
    out.write_text(_compact(doc), encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")


def _compact(doc: dict[str, Any]) -> str:
    """One key per line, each value on one line."""
    lines = [f" {json.dumps(k)}: {json.dumps(v, separators=(',', ':'))}" for k, v in doc.items()]
    return "{\n" + ",\n".join(lines) + "\n}\n"


if __name__ == "__main__":
    main()
