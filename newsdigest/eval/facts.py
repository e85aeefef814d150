"""Shared facts in real two-outlet coverage of one event: how many of the facts two reports
both state end up in one ``compare`` group, and how many listed groups are a real shared fact.

    python -m newsdigest.eval facts [--labels FILE] [--config PATH] [--show]

The labels (``tests/data/polnear_facts.json``, read by hand): 10 pairs of US campaign reports
from two outlets about one event (PolNeAR dev, ``../shared/data/quotes/polnear_dev.jsonl``),
every pair of statements that state the same fact (a paraphrase, a quotation or a figure), and
a reading of the groups ``compare`` listed when they were made (a group is real when its
members state one shared fact). Statements are named by their first 48 characters, so the
labels survive changes to how the text is cut into statements. Recall: labelled facts whose
two statements share a group. Precision: judged groups that are real (groups nobody judged
yet are counted and can be listed with ``--show``). The plain baseline on the same pairs:
character TF-IDF cosine, one-to-one links at or above 0.4, connected components (as in
``eval groups``).

It also ranks every cross-report statement pair of the labelled report pairs by ``compare``'s
link score and by that cosine: average precision, a labelled fact pair being a positive (the
held-out measure of issue 10 on political coverage, which ECB+'s happening labels do not
give)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import Config
from ..model import HEADLINE, Analysis
from . import CONFIG_HELP

LABELS = Path(__file__).resolve().parents[2] / "tests" / "data" / "polnear_facts.json"
ANCHOR = 48  # characters that name a statement
BASELINE_CUT = 0.4


@dataclass(frozen=True)
class Score:
    facts: int
    found: int
    groups: int
    judged: int
    real: int

    @property
    def recall(self) -> float:
        return self.found / self.facts if self.facts else 0.0

    @property
    def precision(self) -> float:
        return self.real / self.judged if self.judged else 0.0


def read_labels(path: Path = LABELS) -> dict[str, Any]:
    return dict(json.loads(path.read_text(encoding="utf-8")))


def analyses(labels: Mapping[str, Any], config: Config) -> dict[str, Analysis]:
    """The labelled reports, read from PolNeAR as ``eval quotes`` reads it, analysed."""
    from ..pipeline import analyse
    from .quotes import POLNEAR, read_docs

    wanted = {p[k] for p in labels["pairs"] for k in ("doc_a", "doc_b")}
    return {d.article.id: analyse(d.article, config) for d in read_docs(POLNEAR, "all")
            if d.article.id in wanted}


def _index(a: Analysis) -> dict[str, int]:
    return {s.text[:ANCHOR]: s.index for s in a.statements}


def score(labels: Mapping[str, Any], found: Mapping[tuple[str, str], Sequence[set[str]]]
          ) -> tuple[Score, list[tuple[str, str, list[str]]]]:
    """Recall and precision of ``found``: per report pair, its groups as sets of statement
    anchors ('a:' or 'b:' and the statement's first ``ANCHOR`` characters); and the groups
    nobody judged."""
    judged = {(*j["pair"], *sorted(j["members"])): bool(j["real"])
              for j in labels["judged_groups"]}
    facts = hits = groups = n_judged = real = 0
    unjudged = []
    for p in labels["pairs"]:
        gs = found[p["doc_a"], p["doc_b"]]
        for f in p["facts"]:
            facts += 1
            hits += any(f"a:{f['a']}" in g and f"b:{f['b']}" in g for g in gs)
        for g in gs:
            groups += 1
            verdict = judged.get((p["doc_a"], p["doc_b"], *sorted(g)))
            if verdict is None:
                unjudged.append((p["doc_a"], p["doc_b"], sorted(g)))
                continue
            n_judged += 1
            real += verdict
    return Score(facts, hits, groups, n_judged, real), unjudged


def compare_groups(labels: Mapping[str, Any], an: Mapping[str, Analysis], config: Config
                   ) -> dict[tuple[str, str], list[set[str]]]:
    from ..comparison import compare
    from ..match import Matcher

    matcher = Matcher(config)
    out = {}
    for p in labels["pairs"]:
        a, b = an[p["doc_a"]], an[p["doc_b"]]
        result = compare([a, b], config, matcher)
        texts = {(x.article.id, s.index): f"{side}:{s.text[:ANCHOR]}"
                 for side, x in (("a", a), ("b", b)) for s in x.statements}
        # the labels name statements: a group's headlines (``HEADLINE``) are left out
        out[p["doc_a"], p["doc_b"]] = [found for g in result.groups if len(found := {
            texts[m.article, m.statement] for m in g.members if m.statement != HEADLINE})
            and {t[:2] for t in found} == {"a:", "b:"}]
    return out


def baseline_groups(labels: Mapping[str, Any], an: Mapping[str, Analysis]
                    ) -> dict[tuple[str, str], list[set[str]]]:
    from .groups import baseline_groups as components

    out = {}
    for p in labels["pairs"]:
        ids = [p["doc_a"], p["doc_b"]]
        labelled = components({"pair": ids}, an, BASELINE_CUT)["pair"]
        side = {p["doc_a"]: "a", p["doc_b"]: "b"}
        by: dict[int, set[str]] = {}
        for (doc, k), g in labelled.items():
            by.setdefault(g, set()).add(f"{side[doc]}:{an[doc].statements[k].text[:ANCHOR]}")
        out[p["doc_a"], p["doc_b"]] = [g for g in by.values()  # both reports in it
                                       if {m[:2] for m in g} == {"a:", "b:"}]
    return out


def ranking(labels: Mapping[str, Any], an: Mapping[str, Analysis], config: Config
            ) -> tuple[float, float, int, int]:
    """Average precision of the link score and of the character TF-IDF cosine over every
    cross-report statement pair of the labelled report pairs, the positives and the pairs."""
    from ..comparison.groups import pair_scores
    from ..match import Matcher
    from ..match.charvec import char_tfidf
    from .align import average_precision

    matcher = Matcher(config)
    ours: list[float] = []
    base: list[float] = []
    gold: list[int] = []
    for p in labels["pairs"]:
        a, b = an[p["doc_a"]], an[p["doc_b"]]
        ia, ib = _index(a), _index(b)
        pos = {(ia[f["a"]], ib[f["b"]]) for f in p["facts"] if f["a"] in ia and f["b"] in ib}
        links = pair_scores([a, b], matcher, 0.0)
        m = char_tfidf([s.text for s in a.statements] + [s.text for s in b.statements])
        cos = (m[: len(a.statements)] @ m[len(a.statements):].T).toarray()
        for s in a.statements:
            for t in b.statements:
                ours.append(links.get(((0, s.index), (1, t.index)), 0.0))
                base.append(float(cos[s.index, t.index]))
                gold.append(int((s.index, t.index) in pos))
    return (average_precision(ours, gold), average_precision(base, gold), sum(gold), len(gold))


def missing_anchors(labels: Mapping[str, Any], an: Mapping[str, Analysis]) -> list[str]:
    """Labelled statements no statement of today's analysis starts with."""
    out = []
    for p in labels["pairs"]:
        for side, doc in (("a", p["doc_a"]), ("b", p["doc_b"])):
            known = _index(an[doc])
            out += [f"{doc}: {f[side]}" for f in p["facts"] if f[side] not in known]
    return out


def main(argv: Sequence[str]) -> int:
    from .. import config as cfg

    ap = argparse.ArgumentParser(prog="python -m newsdigest.eval facts",
                                 description="Shared facts of two-outlet coverage in groups.")
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--config", metavar="PATH", help=CONFIG_HELP)
    ap.add_argument("--show", action="store_true", help="list the groups nobody judged")
    args = ap.parse_args(argv)
    from .quotes import POLNEAR

    for need in (args.labels, POLNEAR):
        if not need.is_file():
            print(f"eval facts: {need} not found (the labels live in the repository's tests/data, "
                  "PolNeAR in ../shared/data)", file=sys.stderr)
            return 2
    conf = cfg.load(args.config)
    labels = read_labels(args.labels)
    an = analyses(labels, conf)
    for line in missing_anchors(labels, an):
        print(f"label not found (the statement is cut differently now): {line}")
    ours, unjudged = score(labels, compare_groups(labels, an, conf))
    base, _ = score(labels, baseline_groups(labels, an))
    print(f"{args.labels.name}: {len(labels['pairs'])} report pairs, {ours.facts} shared facts")
    print(f"compare:  recall {ours.found}/{ours.facts} ({ours.recall:.1%}); precision "
          f"{ours.real}/{ours.judged} ({ours.precision:.1%}) of judged groups; "
          f"{ours.groups - ours.judged} groups not judged")
    print(f"baseline (char TF-IDF >= {BASELINE_CUT}, 1:1 links, components): recall "
          f"{base.found}/{base.facts} ({base.recall:.1%}), {base.groups} groups")
    ours_ap, base_ap, positives, pairs = ranking(labels, an, conf)
    print(f"pair ranking ({pairs} cross-report statement pairs, {positives} labelled facts): "
          f"AP {100 * ours_ap:.1f}; baseline (char TF-IDF cosine) AP {100 * base_ap:.1f}")
    if args.show:
        for a, b, members in unjudged:
            print(json.dumps({"pair": [a, b], "members": members}, ensure_ascii=False))
    return 0
