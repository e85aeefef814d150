"""Statement groups over all reports of one event (``compare`` on every ECB+ event): of the
annotated cross-report sentence pairs (``align`` file), those ``compare`` puts in one group
against those that tell largely the same happenings (``label_strict``): pairwise precision,
recall and F1, over all events and over the gate topics (``ecb.GATE_FOLD``, which no shipped
model was trained on). Pairs whose sentence is no statement (a headline) are counted apart.
The plain baseline on the same events: character TF-IDF cosine, one-to-one links at or above
a cut, connected components, the cut that scores best here (optimistic).

    python -m newsdigest.eval groups [--events FILE] [--align FILE] [--same S] [--link L]
        [--group G] [--show EVENT]
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..config import Config
from ..model import HEADLINE, Analysis, Comparison
from .ecb import (
    ALIGN,
    EVENTS,
    GATE_FOLD,
    analyse_docs,
    by_event,
    read_event_docs,
    read_jsonl,
    statement_of,
    topic_folds,
)

BASELINE_CUTS = (0.3, 0.4, 0.5, 0.6)


@dataclass(frozen=True)
class GoldPair:
    event: str
    topic: int
    a: tuple[str, int]  # (article id, statement)
    b: tuple[str, int]
    label: int


def gold_pairs(align: Path, analyses: Mapping[str, Analysis], label: str = "label_strict",
               headlines: bool = False) -> tuple[list[GoldPair], int]:
    """The align file's pairs mapped onto statements (with ``headlines``, a title, sentence
    -1, onto the report's headline member where ``compare`` has one), and how many could not
    be mapped."""
    from ..comparison.groups import headline

    def member(x: Analysis, sent: int, text: str) -> int | None:
        if sent >= 0:
            return statement_of(x, text)
        return HEADLINE if headlines and headline(x) is not None else None

    out: list[GoldPair] = []
    unmapped = 0
    for r in read_jsonl(align):
        xa, xb = analyses.get(r["doc_a"]), analyses.get(r["doc_b"])
        if xa is None or xb is None:
            unmapped += 1
            continue
        i, j = member(xa, r["sent_a"], r["text_a"]), member(xb, r["sent_b"], r["text_b"])
        if i is None or j is None:
            unmapped += 1
            continue
        out.append(GoldPair(str(r["event_id"]), int(r["topic"]), (r["doc_a"], i),
                            (r["doc_b"], j), int(r[label])))
    return out, unmapped


def grouped_with(result: Comparison) -> dict[tuple[str, int], int]:
    """(article, statement) -> group number."""
    return {(m.article, m.statement): n for n, g in enumerate(result.groups) for m in g.members}


def pair_scores(pairs: Sequence[GoldPair], groups: Mapping[str, Mapping[tuple[str, int], int]]
                ) -> tuple[float, float, float, int, int, int]:
    """Precision, recall, F1, tp, fp, fn of 'in one group' against the gold label."""
    tp = fp = fn = 0
    for p in pairs:
        g = groups[p.event]
        together = p.a in g and p.b in g and g[p.a] == g[p.b]
        tp += together and p.label == 1
        fp += together and p.label == 0
        fn += (not together) and p.label == 1
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1, tp, fp, fn


def _texts(x: Analysis, headlines: bool) -> list[tuple[int, str]]:
    """(statement, text) of the report's members as ``compare`` groups them (its headline
    first, with ``headlines``)."""
    from ..comparison.groups import nodes

    return [(n[1], t) for n, t in nodes(x, 0) if headlines or n[1] != HEADLINE]


def baseline_groups(events: Mapping[str, Sequence[str]], analyses: Mapping[str, Analysis],
                    cut: float, headlines: bool = False) -> dict[str, dict[tuple[str, int], int]]:
    """The plain baseline's groups: per event, character TF-IDF cosine over its statements
    (and, with ``headlines``, the headlines ``compare`` groups), one-to-one links at or above
    ``cut`` (best first) per report pair, connected components."""
    from itertools import combinations

    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    from ..match.charvec import char_tfidf

    out: dict[str, dict[tuple[str, int], int]] = {}
    for e, ids in events.items():
        texts = {(i, k): t for i in ids for k, t in _texts(analyses[i], headlines)}
        per = {i: [n for n in texts if n[0] == i] for i in ids}
        nodes = list(texts)
        if not nodes:
            out[e] = {}
            continue
        sim = (lambda m: (m @ m.T).toarray())(char_tfidf([texts[n] for n in nodes]))
        at = {n: k for k, n in enumerate(nodes)}
        rows: list[int] = []
        cols: list[int] = []
        for a, b in combinations(ids, 2):
            xs = [at[n] for n in per[a]]
            ys = [at[n] for n in per[b]]
            links = sorted(((sim[x, y], x, y) for x in xs for y in ys if sim[x, y] >= cut),
                           reverse=True)
            used: set[int] = set()
            for _, x, y in links:
                if x not in used and y not in used:
                    used.update((x, y))
                    rows.append(x)
                    cols.append(y)
        graph = coo_matrix(([1] * len(rows), (rows, cols)), shape=(len(nodes), len(nodes)))
        labels = connected_components(graph, directed=False)[1]
        out[e] = {n: int(labels[k]) for n, k in at.items()}
    return out


def compare_events(docs_by_event: Mapping[str, Sequence[str]], analyses: Mapping[str, Analysis],
                   config: Config) -> dict[str, Comparison]:
    from ..comparison import compare
    from ..match import Matcher

    matcher = Matcher(config)
    return {e: compare([analyses[i] for i in ids], config, matcher)
            for e, ids in docs_by_event.items() if len(ids) > 1}


def _line(stats: tuple[float, float, float, int, int, int]) -> str:
    prec, rec, f1, tp, fp, fn = stats
    return (f"precision {100 * prec:.1f}  recall {100 * rec:.1f}  F1 {100 * f1:.1f}  "
            f"(tp {tp} fp {fp} fn {fn})")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsdigest.eval groups",
                                 description="compare's statement groups on whole events.")
    ap.add_argument("--events", type=Path, default=EVENTS)
    ap.add_argument("--align", type=Path, default=ALIGN)
    ap.add_argument("--config", help="configuration file (default: the usual search)")
    ap.add_argument("--same", type=float, help="match.same for this run")
    ap.add_argument("--link", type=float, help="match.link for this run")
    ap.add_argument("--group", type=float, help="match.group for this run")
    ap.add_argument("--show", metavar="EVENT", help="print the groups of one event")
    args = ap.parse_args(argv)

    from .. import config as cfg

    conf = cfg.load(args.config)
    overrides = {k: v for k, v in (("match.same", args.same), ("match.link", args.link),
                                          ("match.group", args.group))
                 if v is not None}
    if overrides:
        conf = conf.replace(overrides)
    docs = read_event_docs(args.events)
    analyses = analyse_docs(docs, conf)
    events = {e: [d.article.id for d in ds] for e, ds in by_event(docs).items()}
    results = compare_events(events, analyses, conf)
    pairs, unmapped = gold_pairs(args.align, analyses)
    titled, _ = gold_pairs(args.align, analyses, headlines=True)
    groups = {e: grouped_with(r) for e, r in results.items()}
    n_groups = sum(len(r.groups) for r in results.values())
    big = sum(1 for r in results.values() for g in r.groups if len(g.members) > 3)
    print(f"{len(results)} events, {len(analyses)} reports, {n_groups} groups "
          f"({big} with more than 3 members); {len(pairs)} gold pairs "
          f"({sum(p.label for p in pairs)} positive), {unmapped} not on statements (headlines)")
    gate = topic_folds([d.topic for d in docs])[GATE_FOLD]
    for heads, gold in ((False, pairs), (True, titled)):
        base = {cut: baseline_groups(events, analyses, cut, heads) for cut in BASELINE_CUTS}
        if heads:
            print(f"with headlines (titles as members, as compare groups them): {len(gold)} "
                  f"gold pairs ({sum(p.label for p in gold)} positive)")
        for name, part in (("all topics", gold), ("gate topics", [p for p in gold
                                                                  if p.topic in gate])):
            print(f"{name}: {_line(pair_scores(part, groups))}")
            cut = max(BASELINE_CUTS, key=lambda c: pair_scores(part, base[c])[2])
            print(f"  baseline (tf-idf char, 1:1 links, components, best cut {cut}): "
                  f"{_line(pair_scores(part, base[cut]))}")
    if args.show and args.show in results:
        for n, g in enumerate(results[args.show].groups):
            print(f"group {n + 1} {g.tier} {g.score}")
            for m in g.members:
                print(f"    {m.article}#{m.where}: {m.text[:150]}")
    return 0
