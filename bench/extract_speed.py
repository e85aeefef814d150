"""Extraction speed on the BBC corpus in articles per CPU-second (``time.process_time``: other
work on a shared machine does not count; clean and segment are done first, not timed), plus what
was found: quotes (direct / reported, share with a person as speaker), figures, entities,
datelines. Every quote and figure is checked to point to a statement that contains it.

Usage: python bench/extract_speed.py [--runs N] [PATH ...]
(default: shared/data/bbc/articles.jsonl; with ``--runs N`` the best of N runs is reported: on
a shared machine the others only add time)
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

from newsdigest.clean import clean_article
from newsdigest.config import defaults
from newsdigest.extract import extract
from newsdigest.extract.gazetteer import load as load_gazetteer
from newsdigest.extract.ner import tagger
from newsdigest.load.inputs import iter_inputs
from newsdigest.model import Analysis, Article
from newsdigest.segment import segment

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def main() -> None:
    args = sys.argv[1:]
    runs = 1
    if args[:1] == ["--runs"] and len(args) > 1:
        runs, args = max(1, int(args[1])), args[2:]
    paths = args or [str(DATA / "bbc" / "articles.jsonl")]
    config = defaults()
    articles = [a for a in iter_inputs(paths, config) if isinstance(a, Article)]
    prepared = [(a, segment(a)) for a in (clean_article(a, config) for a in articles)]
    t0 = time.process_time()
    load_gazetteer()
    tagger()  # the name tagger's weights: loaded once per process, not per article
    t1 = time.process_time()
    load = t1 - t0
    analyses: list[Analysis] = [extract(a, sts, config) for a, sts in prepared]
    t2 = time.process_time()
    for _ in range(runs - 1):
        t = time.process_time()
        analyses = [extract(a, sts, config) for a, sts in prepared]
        t1, t2 = min((t1, t2), (t, time.process_time()), key=lambda span: span[1] - span[0])
    n = len(analyses)
    statements = sum(len(sts) for _, sts in prepared)
    count: Counter[str] = Counter()
    bad = 0
    for an in analyses:
        persons = {e.name for e in an.entities if e.kind == "person"}
        for q in an.quotes:
            count[q.kind] += 1
            count[q.kind + " by person"] += q.speaker in persons
            where = " ".join(an.article.title.split()) if q.headline \
                else an.statements[q.statement].text  # a headline quote: in the headline
            bad += q.text not in where
        for f in an.figures:
            count["figure " + f.kind] += 1
            bad += an.statements[f.statement].text[f.start:f.end] != f.text
        for e in an.entities:
            count["entity " + e.kind] += 1
        count["dateline"] += an.dateline.place is not None
        count["event place"] += an.event_place is not None
        count["event date"] += an.event_date is not None
    print(f"articles {n}  statements {statements}  gazetteer and tagger load "
          f"{1000 * load:.0f} ms")
    print(f"extract {t2 - t1:6.2f} CPU-s  {n / (t2 - t1):7.0f} articles per CPU-second  "
          f"{statements / (t2 - t1):7.0f} statements/CPU-s  {1000 * (t2 - t1) / n:.2f} ms/article")
    for key in sorted(count):
        print(f"  {key:22} {count[key]:7d}")
    print(f"  quotes/figures not found in their statement: {bad}")


if __name__ == "__main__":
    main()
