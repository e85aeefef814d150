"""Clustering quality against gold events: B-cubed and pairwise precision/recall/F1, and a
cross-validation by topic on ECB+-style data (tune the threshold on the other topics, score the
held-out ones; the clustering itself always runs over the whole corpus, topics mixed).

    python -m newsdigest.cluster.evaluate /work/shared/data/events/ecbplus_tune.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..config import Config
    from ..model import Article


GRID = tuple(k / 100 for k in range(8, 41))  # thresholds tried


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float

    def __str__(self) -> str:
        return f"P {100 * self.precision:5.1f}  R {100 * self.recall:5.1f}  F1 {100 * self.f1:5.1f}"


def _f1(p: float, r: float) -> Scores:
    return Scores(p, r, 2 * p * r / (p + r) if p + r else 0.0)


def bcubed(pred: Mapping[str, Hashable], gold: Mapping[str, Hashable]) -> Scores:
    """B-cubed precision/recall/F1 over the items of ``gold`` (every one must be in
    ``pred``): each item's share of its predicted cluster that is gold-correct, and the share
    of its gold cluster that is predicted with it, averaged over items."""
    items = list(gold)
    if not items:
        return Scores(1.0, 1.0, 1.0)
    both = Counter((pred[i], gold[i]) for i in items)
    psize = Counter(pred[i] for i in items)
    gsize = Counter(gold[i] for i in items)
    p = sum(both[(pred[i], gold[i])] / psize[pred[i]] for i in items) / len(items)
    r = sum(both[(pred[i], gold[i])] / gsize[gold[i]] for i in items) / len(items)
    return _f1(p, r)


def pairwise(pred: Mapping[str, Hashable], gold: Mapping[str, Hashable]) -> Scores:
    """Precision/recall/F1 of the item pairs put together (1.0 when there are none)."""
    items = list(gold)

    def pairs(c: Counter[Hashable]) -> int:
        return sum(n * (n - 1) // 2 for n in c.values())

    tp = pairs(Counter((pred[i], gold[i]) for i in items))
    pp = pairs(Counter(pred[i] for i in items))
    gp = pairs(Counter(gold[i] for i in items))
    return _f1(tp / pp if pp else 1.0, tp / gp if gp else 1.0)


def read_events(path: Path) -> tuple[list[Article], dict[str, str], dict[str, int]]:
    """ECB+-style JSON Lines: articles, gold event per id, topic per id."""
    from ..model import Article, Origin

    articles: list[Article] = []
    event: dict[str, str] = {}
    topic: dict[str, int] = {}
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            r = json.loads(line)
            articles.append(Article(id=r["id"], title=r.get("title") or "", text=r["text"],
                                    origin=Origin(str(path), line=n), source=r.get("source"),
                                    date=r.get("date"), url=r.get("url")))
            event[r["id"]] = str(r["event_id"])
            topic[r["id"]] = int(r["topic_id"])
    return articles, event, topic


def cross_validate(articles: Sequence[Article], event: Mapping[str, str],
                   topic: Mapping[str, int], config: Config, folds: int = 5,
                   grid: Sequence[float] = GRID,
                   ) -> tuple[Scores, Scores, list[float]]:
    """Topic-fold cross-validation of ``cluster.threshold``: for each fold, pick the threshold
    with the best B-cubed F1 on the other folds' topics, score the fold's topics with it.
    Returns (B-cubed, pairwise) over all held-out items, and the chosen thresholds."""
    from .local import Params, label_signatures
    from .signature import sign

    sigs = [sign(a, config) for a in articles]
    base = Params.from_config(config)
    by_t: dict[float, dict[str, int]] = {}
    for t in grid:
        params = replace(base, threshold=t)
        labels, _ = label_signatures(sigs, params)
        by_t[t] = {s.id: int(v) for s, v in zip(sigs, labels, strict=True)}
    topics = sorted(set(topic.values()))
    fold_of = {t: k % folds for k, t in enumerate(topics)}
    held: dict[str, int] = {}
    chosen: list[float] = []
    for f in range(folds):
        train = {i: event[i] for i in event if fold_of[topic[i]] != f}
        best = max(grid, key=lambda t: (bcubed(by_t[t], train).f1, -abs(t - base.threshold)))
        chosen.append(best)
        for i in event:
            if fold_of[topic[i]] == f:
                held[i] = by_t[best][i] * folds + f  # labels of different runs never collide
    return bcubed(held, event), pairwise(held, event), chosen


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    from ..config import defaults

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("path", type=Path)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="override a cluster.* setting (value read as JSON)")
    args = ap.parse_args(argv)
    config = defaults().replace({k: json.loads(v) for k, v in
                                 (s.split("=", 1) for s in args.set)})
    articles, event, topic = read_events(args.path)
    b, p, chosen = cross_validate(articles, event, topic, config, args.folds)
    from . import cluster

    full = cluster(articles, config)
    pred = dict(full.assignment)
    print(f"{len(articles)} articles, {len(set(event.values()))} events, "
          f"{len(set(topic.values()))} topics, {args.folds} topic folds")
    print(f"cross-validated  B-cubed   {b}")
    print(f"cross-validated  pairwise  {p}")
    print(f"thresholds chosen per fold: {', '.join(f'{t:.2f}' for t in chosen)}")
    t = config.get_float("cluster.threshold")
    print(f"whole corpus at cluster.threshold={t:.2f}: B-cubed {bcubed(pred, event)}; "
          f"pairwise {pairwise(pred, event)}; {len(full.stories)} stories")
    return 0


if __name__ == "__main__":
    sys.exit(main())
