"""Judge the same-event check on report pairs (ECB+ ``align/ecbplus_docpairs_tune.jsonl``:
label 1 same event, 0 the topic's other event of the same kind).

    python -m newsdigest.eval events [FILE] [--topics N]

Cross-validated by topic (``ecb.topic_folds``): for each fold the logistic model is refitted
on the other topics and its 'yes' / 'no' thresholds are chosen there (inner folds), then the
held-out topics are judged. Prints accuracy and F1 at P = 0.5, the share of yes / no / unclear
on same-event and on different-event pairs, how many answers are confidently wrong, and the
baseline: TF-IDF cosine of the full texts with its best threshold on the whole file.

The features are those ``check_event`` computes at run time; ``aligned`` is the smaller share
of the two reports' statements that ``compare`` groups (read back from its output)."""

from __future__ import annotations

import argparse
import math
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import _fit_logistic, _predict_logistic
from .ecb import DOCPAIRS, read_jsonl, topic_folds

MAX_WRONG = 0.025  # confidently wrong answers allowed, as a share of all pairs (target 3 %)


def read_pairs(path: Path = DOCPAIRS, topics: int | None = None) -> list[dict[str, Any]]:
    """The report pairs; ``topics`` keeps only the first N topics (fast checks)."""
    rows = list(read_jsonl(path))
    if topics is not None:
        keep = sorted({r["topic"] for r in rows})[:topics]
        rows = [r for r in rows if r["topic"] in keep]
    return rows


def _analyses(rows: Sequence[dict[str, Any]], config: Any) -> dict[str, Any]:
    from ..model import Analysis, Article, Origin
    from ..pipeline import analyse

    out: dict[str, Analysis] = {}
    for r in rows:
        for side in ("a", "b"):
            doc = r[f"doc_{side}"]
            if doc not in out:
                art = Article(doc, r[f"title_{side}"] or "", r[f"text_{side}"],
                              Origin("docpairs"), date=r.get(f"date_{side}"))
                out[doc] = analyse(art, config)
    return out


def features(rows: Sequence[dict[str, Any]], events: Path | None = None) -> Any:
    """Feature matrix of the pairs (rows in ``features.NAMES`` order). Articles are read from
    the ECB+ events file when it is there (it has the publication dates), else from the
    pairs themselves."""
    import numpy as np

    from .. import config as cfg
    from ..event.features import pair_facts, profile, vector
    from ..match import Matcher
    from .ecb import EVENTS, read_event_docs

    conf = cfg.load(None)
    events = EVENTS if events is None else events
    needed = {r[f"doc_{s}"] for r in rows for s in ("a", "b")}
    if events.is_file():
        from ..pipeline import analyse

        analyses = {d.article.id: analyse(d.article, conf)
                    for d in read_event_docs(events) if d.article.id in needed}
    else:
        analyses = {}
    if needed - analyses.keys():
        analyses.update(_analyses([r for r in rows if r["doc_a"] not in analyses
                                   or r["doc_b"] not in analyses], conf))
    profiles = {k: profile(a) for k, a in analyses.items()}
    matcher = Matcher(conf)
    x = []
    for r in rows:
        f = pair_facts(profiles[r["doc_a"]], profiles[r["doc_b"]])
        x.append(vector(f, min(aligned_shares([analyses[r["doc_a"]], analyses[r["doc_b"]]],
                                              conf, matcher))))
    return np.array(x, dtype=float)


def aligned_shares(analyses: Sequence[Any], config: Any, matcher: Any) -> list[float]:
    """What ``compare`` passes to ``check_event``: the share of each report's statements in a
    group with another report's (read back from its groups)."""
    from ..compare import compare

    c = compare(analyses, config, matcher)
    grouped = Counter(m.article for g in c.groups for m in g.members)
    return [grouped[a.article.id] / max(1, len(a.statements)) for a in analyses]


def thresholds(p: Any, y: Any, max_wrong: float = MAX_WRONG) -> tuple[float, float]:
    """(yes_above, no_below): the pair that answers most pairs with confidently wrong answers
    (yes on different events, no on the same) at most ``max_wrong`` of all pairs, balancing
    the two sides: each side's wrong answers stay within half the budget."""
    import numpy as np

    n = len(y)
    grid = np.round(np.arange(0.50, 1.0, 0.01), 2)
    yes_above = min((t for t in grid if np.sum((p >= t) & (y == 0)) <= max_wrong / 2 * n),
                    default=0.99)
    no_below = max((1 - t for t in grid if np.sum((p <= 1 - t) & (y == 1)) <= max_wrong / 2 * n),
                   default=0.01)
    return float(yes_above), float(round(no_below, 2))


def fit(x: Any, y: Any, topics: Any, l2: float = 1.0) -> dict[str, Any]:
    """The model of ``event_model.json``: weights on all pairs, thresholds from the
    out-of-fold probabilities of topic folds."""
    import numpy as np

    p = np.zeros(len(y))
    for fold in topic_folds(list(topics)):
        test = np.isin(topics, list(fold))
        p[test] = _predict_logistic(_fit_logistic(x[~test], y[~test], l2), x[test])
    yes_above, no_below = thresholds(p, y)
    w, mean, scale = _fit_logistic(x, y, l2)
    return {"mean": mean.tolist(), "scale": scale.tolist(), "weights": w[:-1].tolist(),
            "bias": float(w[-1]), "yes_above": yes_above, "no_below": no_below}


def cross_validate(x: Any, y: Any, topics: Any) -> Any:
    """Out-of-fold (P(same), verdict) per pair: the model and thresholds of each fold are
    fitted on the other topics only. Verdicts: 1 yes, 0 no, -1 unclear."""
    import numpy as np

    p = np.zeros(len(y))
    verdict = np.full(len(y), -1)
    for fold in topic_folds(list(topics)):
        test = np.isin(topics, list(fold))
        m = fit(x[~test], y[~test], topics[~test])
        w = (np.array([*m["weights"], m["bias"]]), np.array(m["mean"]), np.array(m["scale"]))
        p[test] = _predict_logistic(w, x[test])
        verdict[test & (p >= m["yes_above"])] = 1
        verdict[test & (p <= m["no_below"])] = 0
    return p, verdict


def summary(p: Any, verdict: Any, y: Any) -> dict[str, float]:
    import numpy as np

    same, diff = y == 1, y == 0
    pred = p >= 0.5
    tp = float(np.sum(pred & same))
    return {
        "accuracy": float(np.mean(pred == same)),
        "f1": 2 * tp / max(1.0, float(np.sum(pred) + np.sum(same))),
        "same_yes": float(np.mean(verdict[same] == 1)),
        "same_no": float(np.mean(verdict[same] == 0)),
        "same_unclear": float(np.mean(verdict[same] == -1)),
        "diff_no": float(np.mean(verdict[diff] == 0)),
        "diff_yes": float(np.mean(verdict[diff] == 1)),
        "diff_unclear": float(np.mean(verdict[diff] == -1)),
        "wrong": float(np.mean(((verdict == 1) & diff) | ((verdict == 0) & same))),
    }


def tfidf_baseline(rows: Sequence[dict[str, Any]], by_topic: bool = False) -> dict[str, float]:
    """TF-IDF cosine of the full texts (IDF from these documents) at the threshold with the
    best F1 on these pairs, or (``by_topic``) on the other topics of each topic fold."""
    from ..lexicon import words
    from ..match.data import binary_stats

    docs: dict[str, Counter[str]] = {}
    for r in rows:
        for s in ("a", "b"):
            docs.setdefault(r[f"doc_{s}"],
                            Counter(words(f"{r[f'title_{s}'] or ''}\n{r[f'text_{s}']}")))
    df: Counter[str] = Counter(w for c in docs.values() for w in c)
    n = len(docs)
    vecs = {}
    for k, c in docs.items():
        v = {w: (1 + math.log(t)) * math.log((1 + n) / (1 + df[w])) + 1 for w, t in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs[k] = {w: x / norm for w, x in v.items()}
    scores = [sum(x * vecs[r["doc_b"]].get(w, 0.0) for w, x in vecs[r["doc_a"]].items())
              for r in rows]
    labels = [int(r["label"]) for r in rows]
    if not by_topic:
        cut = _best_f1_cut(scores, labels)
        stats = binary_stats([bool(v) for v in labels], [s >= cut for s in scores])
        stats["cut"] = cut
        return stats
    topics = [r["topic"] for r in rows]
    pred = [False] * len(rows)
    for fold in topic_folds(topics):
        train = [n for n, t in enumerate(topics) if t not in fold]
        cut = _best_f1_cut([scores[n] for n in train], [labels[n] for n in train])
        for n, t in enumerate(topics):
            if t in fold:
                pred[n] = scores[n] >= cut
    stats = binary_stats([bool(v) for v in labels], pred)
    return stats


def _best_f1_cut(scores: Sequence[float], labels: Sequence[int]) -> float:
    order = sorted(zip(scores, labels, strict=True), reverse=True)
    positives = sum(labels)
    tp = 0
    best, cut = -1.0, order[0][0]
    for k, (s, lab) in enumerate(order, 1):
        tp += lab
        f1 = 2 * tp / (k + positives)
        if f1 > best:
            best, cut = f1, s
    return cut


def main(argv: Sequence[str]) -> int:
    import numpy as np

    ap = argparse.ArgumentParser(prog="python -m newsdigest.eval events",
                                 description="Judge the same-event check on report pairs.")
    ap.add_argument("file", nargs="?", type=Path, default=DOCPAIRS)
    ap.add_argument("--topics", type=int, help="only the first N topics (a quick look)")
    args = ap.parse_args(argv)
    rows = read_pairs(args.file, args.topics)
    x = features(rows)
    y = np.array([int(r["label"]) for r in rows])
    topics = np.array([int(r["topic"]) for r in rows])
    p, verdict = cross_validate(x, y, topics)
    s = summary(p, verdict, y)
    base = tfidf_baseline(rows)
    base_cv = tfidf_baseline(rows, by_topic=True)
    print(f"{args.file}: {len(rows)} pairs ({int(y.sum())} same event), "
          f"{len(set(topics.tolist()))} topics, 5 topic folds")
    print(f"model (cross-validated): accuracy {s['accuracy']:.1%}  F1 {100 * s['f1']:.1f} "
          "at P(same) >= 0.5")
    print(f"  same-event pairs:      yes {s['same_yes']:.1%}  unclear {s['same_unclear']:.1%}  "
          f"no {s['same_no']:.1%}")
    print(f"  different-event pairs: no {s['diff_no']:.1%}  unclear {s['diff_unclear']:.1%}  "
          f"yes {s['diff_yes']:.1%}")
    print(f"  confidently wrong: {s['wrong']:.1%} of all pairs")
    print(f"baseline TF-IDF cosine of full texts (best cut {base['cut']:.3f} on this file): "
          f"accuracy {base['accuracy']:.1%}  F1 {100 * base['f1']:.1f}")
    print(f"  the same, threshold chosen by topic fold: accuracy {base_cv['accuracy']:.1%}  "
          f"F1 {100 * base_cv['f1']:.1f}")
    return 0
