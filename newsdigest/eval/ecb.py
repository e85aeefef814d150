"""The ECB+ development files (``../shared/data/events``, ``align``) as evaluations need them:
articles grouped by event and analysed once, the annotated sentence pairs of two reports of
one event, and the report pairs (same event or not). Sentences of the gold files are mapped to
the statements ``segment`` makes of the same article (``statement_of``)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..config import Config
from ..model import Analysis, Article, Origin

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
EVENTS = DATA / "events" / "ecbplus_tune.jsonl"
ALIGN = DATA / "align" / "ecbplus_align_tune.jsonl"
DOCPAIRS = DATA / "align" / "ecbplus_docpairs_tune.jsonl"
# the topic fold (``topic_folds(...)[GATE_FOLD]``) that no shipped model is trained or tuned on:
# the quality gates measure there
GATE_FOLD = 0


@dataclass(frozen=True)
class EventDoc:
    article: Article
    event: str
    topic: int
    lines: tuple[str, ...]  # the gold file's sentences, one a line (``sent`` indexes these)


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def read_event_docs(path: Path = EVENTS) -> list[EventDoc]:
    """Every article of an ECB+-style events file, as the JSON loader would make it (title,
    text, source, date, url; the text keeps one sentence a line)."""
    docs: list[EventDoc] = []
    for n, r in enumerate(read_jsonl(path), 1):
        art = Article(id=r["id"], title=r.get("title") or "", text=r["text"],
                      origin=Origin(str(path), line=n), source=r.get("source"),
                      date=r.get("date"), url=r.get("url"))
        docs.append(EventDoc(art, str(r["event_id"]), int(r["topic_id"]),
                             tuple(r["text"].split("\n"))))
    return docs


def by_event(docs: Sequence[EventDoc]) -> dict[str, list[EventDoc]]:
    out: dict[str, list[EventDoc]] = {}
    for d in docs:
        out.setdefault(d.event, []).append(d)
    return out


def analyse_docs(docs: Sequence[EventDoc], config: Config) -> dict[str, Analysis]:
    """Article id -> analysis, through the same pipeline as the CLI."""
    from ..pipeline import analyse

    return {d.article.id: analyse(d.article, config) for d in docs}


def statement_of(analysis: Analysis, sentence: str) -> int | None:
    """The statement of ``analysis`` that holds most of the gold ``sentence`` (None when no
    statement shares most of its words: e.g. a headline, which is not a statement)."""
    words = _words(sentence)
    if not words:
        return None
    best, best_share = None, 0.0
    for s in analysis.statements:
        share = len(words & _words(s.text)) / len(words)
        if share > best_share:
            best, best_share = s.index, share
    return best if best_share >= 0.6 else None


@cache
def _words(text: str) -> frozenset[str]:
    import re

    return frozenset(w.lower() for w in re.findall(r"\w+", text))


def topic_folds(topics: Sequence[int], folds: int = 5) -> list[set[int]]:
    """Topics split into ``folds`` parts (by topic number, round robin): every evaluation
    that cross-validates uses the same folds."""
    ordered = sorted(set(topics))
    return [set(ordered[k::folds]) for k in range(folds)]
