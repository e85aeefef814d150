"""Clustering quality against gold events: B-cubed and pairwise precision/recall/F1, and a
cross-validation by topic on ECB+-style data (tune the threshold on the other topics, score the
held-out ones; the clustering itself always runs over the whole corpus, topics mixed), per
fold, with the plain baseline (word TF-IDF + average linkage) cross-validated the same way.

    python -m newsdigest.eval stories ../shared/data/events/ecbplus_tune.jsonl
    python -m newsdigest.eval stories FILE --threshold-only --event-split
    python -m newsdigest.eval stories FILE --config PATH --set cluster.threshold=0.2

The settings are those the CLI would use (``--config``, else ``$NEWSDIGEST_CONFIG``,
``./config.yaml``, the user config dir), with ``--set`` on top; the quality gate tests use the
shipped defaults.

``--event-split`` also measures splitting stories with the same-event model (``event_split``):
on the ECB+ tuning data, refit by topic fold, B-cubed F1 92.6 against 91.7 without it (3 folds
up, 2 down; measured before the date, place and actor penalties were reworked, which brought
the plain clustering to 93.1), for an analysis of every report of a story of several (about
6x the CPU time of clustering on the 10k benchmark sample), so ``cluster`` does not split
stories this way.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
    """ECB+-style JSON Lines (``ecb.read_event_docs``): articles, gold event per id, topic
    per id."""
    from .ecb import read_event_docs

    docs = read_event_docs(path)
    return ([d.article for d in docs], {d.article.id: d.event for d in docs},
            {d.article.id: d.topic for d in docs})


# the settings the cross-validation chooses, and the values tried for each (with the
# threshold: every combination)
SEARCH: dict[str, tuple[float, ...]] = {
    "date_penalty": (1.0, 0.4, 0.2, 0.1),
    "window": (7, 30, 90),
    "event_penalty": (1.0, 0.1),
    "place_penalty": (1.0, 0.5, 0.1),
}
SEARCH_GRID = tuple(k / 100 for k in range(12, 25))  # thresholds tried with them
SETTING = {"threshold": "cluster.threshold", "date_penalty": "cluster.date_penalty",
           "window": "cluster.penalty_window", "event_penalty": "cluster.event_penalty",
           "place_penalty": "cluster.place_penalty"}
FAR_DAYS = 30  # reports published further apart than this are not one story


@dataclass(frozen=True)
class Choice:
    """One combination of settings tried and the stories it gives (article id -> label)."""

    values: dict[str, float]
    labels: dict[str, int]

    def __str__(self) -> str:
        return "  ".join(f"{SETTING[k]}={_fmt(v)}" for k, v in self.values.items())


def _fmt(v: float) -> str:
    return f"{v:g}"


def choices(articles: Sequence[Article], config: Config, search: bool = True,
            grid: Sequence[float] = GRID) -> tuple[list[Choice], list[tuple[int, int, int]]]:
    """Every combination of threshold (``grid``) and, when ``search``, the ``SEARCH`` values,
    with its stories (the clustering runs over the whole corpus each time); and each article's
    publication date (as clustering reads it)."""
    from itertools import product

    from ..clustering.local import Params, label_signatures
    from ..clustering.signature import sign

    sigs = [sign(a, config) for a in articles]
    base = Params.from_config(config)
    space = {k: v if search else (getattr(base, k),) for k, v in SEARCH.items()}
    out: list[Choice] = []
    for combo in product(grid, *space.values()):
        values = dict(zip(("threshold", *space), combo, strict=True))
        params = replace(base, threshold=values["threshold"],
                         date_penalty=values.get("date_penalty", base.date_penalty),
                         window=int(values.get("window", base.window)),
                         event_penalty=values.get("event_penalty", base.event_penalty),
                         place_penalty=values.get("place_penalty", base.place_penalty))
        labels, _ = label_signatures(sigs, params)
        out.append(Choice(values, {s.id: int(v) for s, v in zip(sigs, labels, strict=True)}))
    return out, [s.date for s in sigs]


def cross_validate(choices: Sequence[Choice], event: Mapping[str, str],
                   topic: Mapping[str, int], config: Config, folds: int = 5,
                   ) -> tuple[Scores, Scores, list[Choice], list[Scores]]:
    """Topic-fold cross-validation: for each fold (``eval.ecb.topic_folds``), pick the choice
    with the best B-cubed F1 on the other folds' topics (ties: the one nearest the
    configured values), score the fold's topics with it. Returns (B-cubed, pairwise) over all
    held-out items, the choice made for each fold and each fold's B-cubed."""
    from .ecb import topic_folds

    configured = {k: float(config.value(v)) for k, v in SETTING.items()}

    def distance(c: Choice) -> float:
        return sum(abs(v - configured[k]) / max(1.0, abs(configured[k]))
                   for k, v in c.values.items())

    held: dict[str, int] = {}
    chosen: list[Choice] = []
    per_fold: list[Scores] = []
    for f, fold in enumerate(topic_folds(list(topic.values()), folds)):
        train = {i: event[i] for i in event if topic[i] not in fold}
        best = max(choices, key=lambda c: (round(bcubed(c.labels, train).f1, 6), -distance(c)))
        chosen.append(best)
        test = {i: event[i] for i in event if topic[i] in fold}
        per_fold.append(bcubed(best.labels, test))
        for i in test:
            held[i] = best.labels[i] * folds + f  # labels of different runs never collide
    return bcubed(held, event), pairwise(held, event), chosen, per_fold


def baseline_choices(articles: Sequence[Article], grid: Sequence[float] = GRID,
                     ) -> list[Choice]:
    """The plain baseline at each threshold of ``grid``: word TF-IDF (headline and text,
    lower-cased words, smoothed IDF, rows of unit length), cosine similarity and average
    linkage over all articles (topics mixed), cut where the average similarity falls below
    the threshold."""
    import re

    import numpy as np
    from scipy import sparse
    from scipy.cluster.hierarchy import linkage

    from ..clustering.linkage import cut_tree
    from ..match.sparserows import smoothed_idf

    word = re.compile(r"[^\W\d_]{2,}|\d+")
    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for r, doc in enumerate(articles):
        counts = Counter(word.findall(f"{doc.title or ''} {doc.text}".lower()))
        for w, k in counts.items():
            rows.append(r)
            cols.append(vocab.setdefault(w, len(vocab)))
            vals.append(float(k))
    x = sparse.csr_matrix((vals, (rows, cols)), shape=(len(articles), len(vocab)))
    df = np.bincount(x.indices, minlength=len(vocab))
    x = x @ sparse.diags(smoothed_idf(df, len(articles)))
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    x = sparse.diags(1.0 / np.maximum(norms, 1e-12)) @ x
    sim = (x @ x.T).toarray()
    ia, ib = np.triu_indices(len(articles), 1)
    tree = linkage(np.clip(1.0 - sim[ia, ib], 0.0, None), method="average")
    return [Choice({"threshold": t},
                   {art.id: int(v) for art, v in zip(articles, cut_tree(tree, 1.0 - t + 1e-9),
                                                     strict=True)})
            for t in grid]


def story_gold(event: Mapping[str, str], dates: Mapping[str, tuple[int, int, int]],
               days: int = FAR_DAYS) -> dict[str, str]:
    """The gold events cut into news stories: an event's dated reports split wherever
    publication dates jump by more than ``days`` (ECB+ counts a trial two years later as the
    same event as the shooting; a digest shows it as another story); undated reports stay
    with the event's largest run."""
    import datetime as dt

    members: dict[str, list[str]] = {}
    for i, e in event.items():
        members.setdefault(e, []).append(i)
    out: dict[str, str] = {}
    for e, ids in members.items():
        dated = sorted((dt.date(*dates[i]).toordinal(), i) for i in ids if all(dates[i]))
        runs: list[list[str]] = []
        last = None
        for day, i in dated:
            if last is None or day - last > days:
                runs.append([])
            runs[-1].append(i)
            last = day
        main = max(range(len(runs)), key=lambda k: len(runs[k])) if runs else 0
        for i in ids:
            out[i] = f"{e}/{main}"
        for k, run in enumerate(runs):
            for i in run:
                out[i] = f"{e}/{k}"
    return out


def far_apart(pred: Mapping[str, Hashable], topic: Mapping[str, int],
              dates: Mapping[str, tuple[int, int, int]], days: int = FAR_DAYS,
              ) -> tuple[int, int]:
    """Reports of one topic (the same main actors, often the same kind of happening) with
    complete publication dates more than ``days`` apart: (pairs put in one story, pairs).
    Months or years apart, they are not one news story, whatever else they share."""
    import datetime as dt
    from itertools import combinations

    day = {i: dt.date(*d).toordinal() for i, d in dates.items() if all(d) and i in topic}
    merged = total = 0
    for i, j in combinations(sorted(day), 2):
        if topic[i] == topic[j] and abs(day[i] - day[j]) > days:
            total += 1
            merged += pred[i] == pred[j]
    return merged, total


# -- splitting stories with the same-event model (an experiment: see ``event_split``) --------
SPLIT_CUTS = (0.1, 0.2, 0.3)  # P(same event) at or below which a pair inside a story is 'no'
SPLIT_PENALTIES = (0.0, 0.3)  # factor on the similarity of such a pair
SPLIT_GRID = tuple(k / 100 for k in range(12, 25))  # cluster thresholds tried with them


@dataclass
class _Split:
    """What ``event_split`` re-uses across folds and settings."""

    sigs: list[Any]
    x: Any  # TF-IDF rows of every signature (copies included)
    facts: Any  # clustering.linkage.Facts
    tops: Any  # top actors of each row
    profiles: dict[str, Any]  # article id -> event.features.Profile
    pairs: dict[tuple[str, str], Any]  # (id, id) in order -> PairFacts


def event_split(articles: Sequence[Article], event: Mapping[str, str],
                topic: Mapping[str, int], config: Config, folds: int = 5,
                ) -> tuple[Scores, Scores, list[tuple[float, float, float]], list[Scores]]:
    """Does the same-event model split stories better than the linkage alone? Inside each
    story the similarity of every pair of reports the model calls different events (P(same)
    at or below a cut; no aligned statements) is multiplied by a penalty and the story is
    clustered again at the threshold. Honest by topic: in each fold the model's weights are
    refit (``_fit_logistic``, the shipped date and city offsets kept) on the same-topic
    report pairs of the other folds' topics, and the threshold, cut and penalty are chosen
    there. Returns (B-cubed with the split, without it, the (threshold, cut, penalty) of each
    fold, the per-fold B-cubed with the split)."""
    from dataclasses import replace as with_

    from ..clustering.local import Params, label_signatures
    from .ecb import topic_folds

    data = _split_data(articles, topic, config)
    base = Params.from_config(config)
    runs = [(params, label_signatures(data.sigs, params)[0])
            for params in (with_(base, threshold=t) for t in SPLIT_GRID)]
    held: dict[str, int] = {}
    plain: dict[str, int] = {}
    chosen: list[tuple[float, float, float]] = []
    per_fold: list[Scores] = []
    for f, fold in enumerate(topic_folds(list(topic.values()), folds)):
        model = _fold_model(data, event, topic, fold)
        train = {i: event[i] for i in event if topic[i] not in fold}
        tried = [((prm.threshold, cut, pen), _penalised(data, prm, lab, model, cut, pen))
                 for prm, lab in runs for cut in (0.0, *SPLIT_CUTS)
                 for pen in (SPLIT_PENALTIES if cut else (1.0,))]
        values, labels = max(tried, key=lambda t: round(bcubed(t[1], train).f1, 6))
        unsplit = max((t for t in tried if t[0][1] == 0.0),
                      key=lambda t: round(bcubed(t[1], train).f1, 6))[1]
        test = {i: event[i] for i in event if topic[i] in fold}
        chosen.append(values)
        per_fold.append(bcubed(labels, test))
        for i in test:
            held[i], plain[i] = labels[i] * folds + f, unsplit[i] * folds + f
    return bcubed(held, event), bcubed(plain, event), chosen, per_fold


def _split_data(articles: Sequence[Article], topic: Mapping[str, int], config: Config,
                ) -> _Split:
    from itertools import combinations

    from ..clustering import linkage, vectors
    from ..clustering.local import Params
    from ..clustering.signature import sign
    from ..event.features import pair_facts, profile
    from ..pipeline import analyse

    p = Params.from_config(config)
    sigs = [sign(a, config) for a in articles]
    x = vectors.matrix(sigs, vectors.vocabulary(sigs), p.max_terms, p.name_weight,
                       p.lexicon_weight)
    profiles = {a.id: profile(analyse(a, config)) for a in articles}
    pairs = {(i, j): pair_facts(profiles[i], profiles[j])
             for i, j in combinations(sorted(profiles), 2) if topic[i] == topic[j]}
    return _Split(sigs, x, linkage.facts(sigs), linkage.top_actors(x, p.n_actors), profiles,
                  pairs)


def _pair(data: _Split, i: str, j: str) -> Any:
    from ..event.features import pair_facts

    key = (i, j) if i < j else (j, i)
    if key not in data.pairs:
        data.pairs[key] = pair_facts(data.profiles[key[0]], data.profiles[key[1]])
    return data.pairs[key]


def _fold_model(data: _Split, event: Mapping[str, str], topic: Mapping[str, int],
                fold: set[int]) -> Any:
    """The shipped same-event model with its weights refit on the same-topic pairs of the
    topics outside ``fold`` (aligned share 0: ``cluster`` runs no ``compare``)."""
    import numpy as np

    from ..event import EventModel, load_model
    from ..event.features import vector
    from . import _fit_logistic

    keys = [k for k in data.pairs if topic[k[0]] == topic[k[1]] and topic[k[0]] not in fold]
    x = np.array([vector(data.pairs[k], 0.0) for k in keys])
    y = np.array([event[i] == event[j] for i, j in keys], float)
    w, mean, scale = _fit_logistic(x, y, 1.0)
    shipped = load_model()
    return EventModel(tuple(mean), tuple(scale), tuple(w[:-1]), float(w[-1]),
                      shipped.yes_above, shipped.no_below, shipped.date_logit,
                      shipped.cities_differ)


def _penalised(data: _Split, params: Any, labels: Any, model: Any, cut: float,
               pen: float) -> dict[str, int]:
    """Each story of ``labels`` clustered again with its 'no' pairs' similarity times
    ``pen`` (``cut`` 0: the stories as they are)."""
    import numpy as np

    from ..clustering.linkage import _group_sims, flat_clusters
    from ..event import pair_probability

    out = np.asarray(labels).copy()
    for label in np.unique(out) if cut else ():
        rows = np.nonzero(labels == label)[0]
        if len(rows) < 2:
            continue
        a, b = np.triu_indices(len(rows), 1)
        ids = [data.sigs[r].id for r in rows]
        prob = np.array([pair_probability(_pair(data, ids[u], ids[v]), 0.0, model)
                         for u, v in zip(a, b, strict=True)])
        sims = _group_sims(data.x, rows, data.facts, params, data.tops)
        sims = sims * np.where(prob <= cut, pen, 1.0).astype(np.float32)
        lab = flat_clusters(sims, params.threshold, params.linkage)
        firsts = np.full(int(lab.max()) + 1, np.iinfo(np.int64).max, np.int64)
        np.minimum.at(firsts, lab, rows)
        out[rows] = firsts[lab]
    return {s.id: int(v) for s, v in zip(data.sigs, out, strict=True)}


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    from .. import config as cfg
    from . import CONFIG_HELP

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("path", type=Path)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--threshold-only", action="store_true",
                    help="cross-validate the threshold alone (the other settings as configured)")
    ap.add_argument("--grid", action="store_true",
                    help="print B-cubed F1 of every combination of date and event settings "
                         "(at its best threshold on all topics)")
    ap.add_argument("--event-split", action="store_true",
                    help="also measure splitting stories with the same-event model (refit by "
                         "topic fold; slow: analyses every article)")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="override a cluster.* setting (value read as JSON)")
    ap.add_argument("--config", metavar="PATH", help=CONFIG_HELP)
    args = ap.parse_args(argv)
    config = cfg.load(args.config).replace({k: json.loads(v) for k, v in
                                 (s.split("=", 1) for s in args.set)})
    articles, event, topic = read_events(args.path)
    search = not args.threshold_only
    tried, pub = choices(articles, config, search=search,
                         grid=SEARCH_GRID if search else GRID)
    from ..clustering import cluster

    dates = {a.id: d for a, d in zip(articles, pub, strict=True)}
    stories = story_gold(event, dates)
    full = cluster(articles, config)
    pred = dict(full.assignment)
    print(f"{len(articles)} articles, {len(set(event.values()))} events "
          f"({len(set(stories.values()))} stories: events cut where publication dates jump "
          f"more than {FAR_DAYS} days), {len(set(topic.values()))} topics, {args.folds} topic "
          f"folds; {sum(1 for d in pub if all(d))} with a complete publication date")
    plain = baseline_choices(articles)
    for name, gold in (("events", event), ("stories", stories)):
        b, p, chosen, folds = cross_validate(tried, gold, topic, config, args.folds)
        print(f"gold {name}: cross-validated  B-cubed {b};  pairwise {p}")
        for k, (c, s) in enumerate(zip(chosen, folds, strict=True)):
            print(f"  fold {k}: B-cubed F1 {100 * s.f1:5.1f}  {c}")
        b, p, chosen, folds = cross_validate(plain, gold, topic, config, args.folds)
        print(f"  baseline, TF-IDF + average linkage: B-cubed {b};  pairwise {p}\n"
              "    per fold: " + "  ".join(f"{100 * s.f1:.1f} (t={_fmt(c.values['threshold'])})"
                                           for c, s in zip(chosen, folds, strict=True)))
    print("configured (" + ", ".join(f"{v}={_fmt(float(config.value(v)))}"
                                     for v in SETTING.values()) + f"), {len(full.stories)} "
          f"stories:\n  gold events:  B-cubed {bcubed(pred, event)}; pairwise "
          f"{pairwise(pred, event)}\n  gold stories: B-cubed {bcubed(pred, stories)}; "
          f"pairwise {pairwise(pred, stories)}")
    merged, total = far_apart(pred, topic, dates)
    print(f"  reports of one topic published more than {FAR_DAYS} days apart put in one "
          f"story: {merged} of {total} pairs")
    if args.grid:
        _print_grid(tried, event, stories, topic, dates)
    if args.event_split:
        _print_split(articles, event, topic, config, args.folds)
    return 0


def _print_split(articles: Sequence[Article], event: Mapping[str, str],
                 topic: Mapping[str, int], config: Config, folds: int) -> None:
    split, plain, chosen, per_fold = event_split(articles, event, topic, config, folds)
    print(f"split by the same-event model (refit per fold; threshold, cut, penalty chosen on "
          f"the other folds): gold events B-cubed {split}\n  without the split, the same "
          f"thresholds: B-cubed {plain}\n  per fold: " + "  ".join(
              f"{100 * s.f1:.1f} ({t:g}, {c:g}, {p:g})"
              for s, (t, c, p) in zip(per_fold, chosen, strict=True)))


def _print_grid(tried: Sequence[Choice], event: Mapping[str, str],
                stories: Mapping[str, str], topic: Mapping[str, int],
                dates: Mapping[str, tuple[int, int, int]]) -> None:
    """Per combination of the non-threshold settings: the best threshold on all topics (gold
    stories), B-cubed F1 against events and stories, and the far-apart merges there."""
    best: dict[tuple[float, ...], tuple[float, Choice]] = {}
    for c in tried:
        key = tuple(v for k, v in c.values.items() if k != "threshold")
        f1 = bcubed(c.labels, stories).f1
        if key not in best or f1 > best[key][0]:
            best[key] = (f1, c)
    print("grid (best threshold on all topics for gold stories; optimistic, for reading):")
    for _, (f1, c) in sorted(best.items(), key=lambda kv: -kv[1][0]):
        merged, total = far_apart(c.labels, topic, dates)
        print(f"  B-cubed F1 stories {100 * f1:5.1f}  events "
              f"{100 * bcubed(c.labels, event).f1:5.1f}  far-apart merged {merged:3d}/{total}"
              f"  {c}")


if __name__ == "__main__":
    sys.exit(main())
