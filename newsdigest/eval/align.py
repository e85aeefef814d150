"""Statement alignment on real cross-report sentence pairs (ECB+ ``align`` file): how well the
"same fact" link score (``Matcher.link_pairs``, what ``pairs`` prints and ``compare`` groups
with) ranks the pairs of two reports of one event that tell largely the same happenings
(``label_strict``) or mention one same happening (``label``).

    python -m newsdigest.eval align [FILE] [--label label_strict|label] [--head same|event]
        [--gate]

Prints, for the link score with its rarity taken over all statements of the file (as
``pairs`` takes it over its batch) and over the statements of each event (as ``compare``
takes it over the reports compared), for the matcher's head ``--head`` alone, and for plain
baselines computed on the same pairs (character n-gram TF-IDF cosine over the same two rarity
sets, rapidfuzz ``token_set_ratio``): average precision, the F1 at the tier cuts, the F1 of
the tiers (``tiered F1``: tier ``same`` or ``related`` as ``pairs`` gives them, against the
label), and the best F1 any threshold reaches (optimistic, for reference). ``--gate`` keeps
the topics of the gate fold (``ecb.GATE_FOLD``), which no shipped model was trained on."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import CONFIG_HELP
from .ecb import ALIGN, GATE_FOLD, read_jsonl, topic_folds

if TYPE_CHECKING:
    from ..match import Matcher


def average_precision(scores: Any, labels: Sequence[int]) -> float:
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


def f1_at(scores: Any, labels: Sequence[int], cut: float) -> float:
    import numpy as np

    pred = np.asarray(scores, dtype=float) >= cut
    y = np.asarray(labels, dtype=bool)
    tp = float((pred & y).sum())
    denom = float(pred.sum() + y.sum())
    return 2 * tp / denom if denom else 0.0


def best_f1(scores: Any, labels: Sequence[int]) -> tuple[float, float]:
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

    if not pairs:
        return np.zeros(0)
    texts = sorted({t for p in pairs for t in p})
    index = {t: i for i, t in enumerate(texts)}
    m = char_tfidf(texts)
    a = np.array([index[x] for x, _ in pairs])
    b = np.array([index[y] for _, y in pairs])
    return np.asarray(m[a].multiply(m[b]).sum(axis=1)).ravel()


def read_align(path: Path, label: str = "label_strict") -> list[tuple[int, int, str, str]]:
    """``(topic, label, text_a, text_b)`` of every pair."""
    return [(int(r["topic"]), int(r[label]), r["text_a"], r["text_b"]) for r in read_jsonl(path)]


def read_events(path: Path) -> list[str]:
    """The event of every pair (its topic when the file names none)."""
    return [str(r.get("event_id", r["topic"])) for r in read_jsonl(path)]


def per_event(pairs: Sequence[tuple[str, str]], events: Sequence[str], score: Any) -> Any:
    """``score(pairs of one event)`` put together in input order: the rarity over the
    statements of each event, as ``compare`` takes it over the reports it compares."""
    import numpy as np

    out = np.zeros(len(pairs))
    index: dict[str, list[int]] = {}
    for k, e in enumerate(events):
        index.setdefault(e, []).append(k)
    for idx in index.values():
        out[idx] = score([pairs[k] for k in idx])
    return out


def link_report(name: str, matcher: Matcher, pairs: Sequence[tuple[str, str]],
                labels: Sequence[int], link: Any) -> str:
    """The link score's figures, with the tiered F1 (``same`` by the same-statement head, else
    ``related`` by the link score, as ``pairs`` gives them)."""
    import numpy as np

    same = np.asarray(matcher.score_pairs(pairs)) >= matcher.same
    tiered = np.where(same | (np.asarray(link) >= matcher.related), 1.0, 0.0)
    return (f"{report(name, link, labels, (matcher.related,))}  "
            f"tiered F1 {100 * f1_at(tiered, labels, 1.0):.1f}")


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
    ap.add_argument("--config", metavar="PATH", help=CONFIG_HELP)
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
    events = read_events(args.file)
    if args.gate:
        gate = topic_folds([t for t, _, _, _ in rows])[GATE_FOLD]
        keep = [k for k, r in enumerate(rows) if r[0] in gate]
        rows, events = [rows[k] for k in keep], [events[k] for k in keep]
    pairs = [(a, b) for _, _, a, b in rows]
    labels = [y for _, y, _, _ in rows]
    matcher = Matcher(conf)
    print(f"{args.file}: {len(rows)} pairs, {sum(labels)} positive ({args.label}), "
          f"base rate {100 * sum(labels) / max(1, len(rows)):.1f}")
    print(link_report("link, rarity over all statements (pairs)", matcher, pairs, labels,
                      matcher.link_pairs(pairs)))
    print(link_report("link, rarity per event (compare)", matcher, pairs, labels,
                      per_event(pairs, events, matcher.link_pairs)))
    print(report(f"matcher head alone ({args.head})", matcher.score_pairs(pairs, args.head),
                 labels, (matcher.same, matcher.related)))
    print(report("tf-idf char cosine, rarity over all statements", tfidf_char_cosine(pairs),
                 labels, (matcher.related / 100,)))
    print(report("tf-idf char cosine, rarity per event",
                 per_event(pairs, events, tfidf_char_cosine), labels, (matcher.related / 100,)))
    print(report("token_set_ratio",
                 [fuzz.token_set_ratio(a, b, processor=utils.default_process) for a, b in pairs],
                 labels))
    return 0
