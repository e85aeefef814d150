"""Statement alignment on real cross-report sentence pairs (ECB+ ``align`` file): how well the
matcher's score ranks the pairs of two reports of one event that tell largely the same
happenings (``label_strict``) or mention one same happening (``label``).

    python -m newsdigest.eval align [FILE] [--label label_strict|label] [--head same|event]
        [--gate]

Prints, for the matcher and for plain baselines computed on the same pairs (character n-gram
TF-IDF cosine, rapidfuzz ``token_set_ratio``): average precision, the F1 of the ``same`` tier
(score >= ``match.same``) and of ``same or related`` (>= ``match.related``), and the best F1
any threshold reaches (optimistic, for reference). ``--gate`` keeps the topics of the gate
fold (``ecb.GATE_FOLD``), which the shipped model never saw."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .ecb import ALIGN, GATE_FOLD, read_jsonl, topic_folds


def average_precision(scores: Sequence[float], labels: Sequence[int]) -> float:
    """Area under the precision-recall curve, ties broken against the positives (so a
    constant score gets the base rate, not better)."""
    import numpy as np

    s = np.asarray(scores, dtype=float)
    y = np.asarray(labels, dtype=int)
    if not y.sum():
        return 0.0
    order = np.lexsort((y, -s))  # score descending; among ties, negatives first
    hits = y[order]
    tp = np.cumsum(hits)
    precision = tp / np.arange(1, len(hits) + 1)
    return float((precision * hits).sum() / hits.sum())


def f1_at(scores: Sequence[float], labels: Sequence[int], cut: float) -> float:
    import numpy as np

    pred = np.asarray(scores, dtype=float) >= cut
    y = np.asarray(labels, dtype=bool)
    tp = float((pred & y).sum())
    denom = float(pred.sum() + y.sum())
    return 2 * tp / denom if denom else 0.0


def best_f1(scores: Sequence[float], labels: Sequence[int]) -> tuple[float, float]:
    """(best F1, its threshold) over every threshold."""
    import numpy as np

    s = np.asarray(scores, dtype=float)
    y = np.asarray(labels, dtype=int)
    order = np.argsort(-s, kind="stable")
    tp = np.cumsum(y[order])
    k = np.arange(1, len(s) + 1)
    f1 = 2 * tp / (k + y.sum())
    # only cut between distinct scores
    last = np.r_[s[order][1:] != s[order][:-1], True]
    f1 = np.where(last, f1, 0.0)
    i = int(np.argmax(f1))
    return float(f1[i]), float(s[order][i])


def tfidf_char_cosine(pairs: Sequence[tuple[str, str]]) -> Any:
    """Cosine of character n-gram TF-IDF vectors (``match.charvec``), IDF fitted on the
    distinct sentences of ``pairs``: the plain baseline."""
    import numpy as np

    from ..match.charvec import char_tfidf

    texts = sorted({t for p in pairs for t in p})
    index = {t: i for i, t in enumerate(texts)}
    m = char_tfidf(texts)
    a = np.array([index[x] for x, _ in pairs])
    b = np.array([index[y] for _, y in pairs])
    return np.asarray(m[a].multiply(m[b]).sum(axis=1)).ravel()


def read_align(path: Path, label: str = "label_strict") -> list[tuple[int, int, str, str]]:
    """``(topic, label, text_a, text_b)`` of every pair."""
    return [(int(r["topic"]), int(r[label]), r["text_a"], r["text_b"]) for r in read_jsonl(path)]


def report(name: str, scores: Any, labels: Sequence[int], cuts: Sequence[float] = ()) -> str:
    bf, bc = best_f1(scores, labels)
    tiers = "  ".join(f"F1@{c:g} {100 * f1_at(scores, labels, c):.1f}" for c in cuts)
    return (f"{name}: AP {100 * average_precision(scores, labels):.1f}  {tiers}  "
            f"best F1 {100 * bf:.1f} (at {bc:.3g})").replace("   ", " ")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsdigest.eval align",
                                 description="Rank real cross-report sentence pairs.")
    ap.add_argument("file", type=Path, nargs="?", default=ALIGN)
    ap.add_argument("--label", choices=("label_strict", "label"), default="label_strict")
    ap.add_argument("--config", help="configuration file (default: the usual search)")
    ap.add_argument("--head", choices=("same", "event"), default="same",
                    help="the matcher's head: same statement (default) or same happening")
    ap.add_argument("--gate", action="store_true",
                    help="only the topics held out from training (the quality gate's)")
    args = ap.parse_args(argv)

    from rapidfuzz import fuzz, utils

    from .. import config as cfg
    from ..match import Matcher

    conf = cfg.load(args.config)
    rows = read_align(args.file, args.label)
    if args.gate:
        gate = topic_folds([t for t, _, _, _ in rows])[GATE_FOLD]
        rows = [r for r in rows if r[0] in gate]
    pairs = [(a, b) for _, _, a, b in rows]
    labels = [y for _, y, _, _ in rows]
    matcher = Matcher(conf)
    print(f"{args.file}: {len(rows)} pairs, {sum(labels)} positive ({args.label}), "
          f"base rate {100 * sum(labels) / len(rows):.1f}")
    print(report(f"matcher ({args.head})", matcher.score_pairs(pairs, args.head), labels,
                 (matcher.same, matcher.related)))
    print(report("tf-idf char cosine", tfidf_char_cosine(pairs), labels))
    print(report("token_set_ratio",
                 [fuzz.token_set_ratio(a, b, processor=utils.default_process) for a, b in pairs],
                 labels))
    return 0
