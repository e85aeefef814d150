"""Judge the people, places and organisations an article names (CoNLL-2003 English,
``ner/conll2003_dev.jsonl``), scored per document as distinct names.

    python -m newsdigest.eval ner [FILE] [--split testa] [--errors N]

Each document runs through the whole pipeline (clean, segment, extract). A gold name (the
distinct PER / LOC / ORG strings of a document) is found when an entity of the right kind lists
it as its name or a variant; an entity is right when its name or a variant is a gold name of
its kind. Recall and precision per kind and overall, summed over the documents of ``--split``
(``testa`` is held out from the shipped tagger's training). The baseline on the same documents:
a dictionary of the ``train`` part's names, longest match, each with its most frequent type."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ner"
CONLL = DATA / "conll2003_dev.jsonl"
KIND = {"PER": "person", "LOC": "place", "ORG": "org"}
KINDS = ("person", "place", "org")


def read_docs(path: Path = CONLL, split: str | None = None) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    return [d for d in docs if split is None or d["split"] == split]


def gold_names(doc: dict[str, Any]) -> set[tuple[str, str]]:
    """(kind, name) for every distinct person, place and organisation string."""
    return {(KIND[e["type"]], e["text"]) for e in doc["entities"] if e["type"] in KIND}


# an entity as scored: its kind and every form it is known by (name first)
Found = list[tuple[str, tuple[str, ...]]]


def system_names(docs: Sequence[dict[str, Any]]) -> list[Found]:
    """Each document's entities, from the whole pipeline."""
    from ..config import defaults
    from ..model import Article, Origin
    from ..pipeline import analyse

    config = defaults()
    out: list[Found] = []
    for d in docs:
        an = analyse(Article(d["id"], "", d["text"], Origin("conll", entry=0)), config)
        out.append([(e.kind, (e.name, *e.variants)) for e in an.entities])
    return out


class Dictionary:
    """The plain baseline: every name of the training documents, longest match first, with
    the type it had most often (MISC names are matched but not listed)."""

    def __init__(self, docs: Iterable[dict[str, Any]]) -> None:
        from ..extract.ner import tokenize

        self.tokenize = tokenize
        types: dict[tuple[str, ...], Counter[str]] = {}
        for d in docs:
            for e in d["entities"]:
                key = tuple(w for w, _, _ in tokenize(e["text"]))
                types.setdefault(key, Counter())[e["type"]] += 1
        self.types = {k: c.most_common(1)[0][0] for k, c in types.items()}
        self.longest = max(map(len, self.types), default=1)

    def names(self, doc: dict[str, Any]) -> Found:
        out: dict[tuple[str, str], None] = {}
        for line in doc["text"].split("\n"):
            toks = self.tokenize(line)
            words = [w for w, _, _ in toks]
            i = 0
            while i < len(words):
                for n in range(min(self.longest, len(words) - i), 0, -1):
                    kind = self.types.get(tuple(words[i: i + n]))
                    if kind is not None:
                        if kind in KIND:
                            out[(KIND[kind], line[toks[i][1]: toks[i + n - 1][2]])] = None
                        i += n
                        break
                else:
                    i += 1
        return [(k, (name,)) for k, name in out]


@dataclass
class Score:
    found: Counter[str] = field(default_factory=Counter)  # gold names found, per kind
    gold: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)  # entities that are right
    listed: Counter[str] = field(default_factory=Counter)
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # doc, kind, name
    wrong: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, doc: str, gold: set[tuple[str, str]], found: Found) -> None:
        have = {(k, f) for k, forms in found for f in forms}
        for k, name in sorted(gold):
            self.gold[k] += 1
            if (k, name) in have:
                self.found[k] += 1
            else:
                self.misses.append((doc, k, name))
        for k, forms in found:
            if k not in KINDS:
                continue
            self.listed[k] += 1
            if any((k, f) in gold for f in forms):
                self.right[k] += 1
            else:
                self.wrong.append((doc, k, forms[0]))

    def recall(self, kind: str | None = None) -> float:
        got = self.found[kind] if kind else sum(self.found.values())
        return 100 * got / max(1, self.gold[kind] if kind else sum(self.gold.values()))

    def precision(self, kind: str | None = None) -> float:
        got = self.right[kind] if kind else sum(self.right.values())
        return 100 * got / max(1, self.listed[kind] if kind else sum(self.listed.values()))

    def line(self, label: str) -> str:
        kinds = "  ".join(f"{k} {self.recall(k):.1f}/{self.precision(k):.1f}" for k in KINDS)
        return (f"{label:12} recall {self.recall():5.1f}  precision {self.precision():5.1f}  "
                f"(recall/precision: {kinds})")


def score(docs: Sequence[dict[str, Any]], found: Sequence[Found]) -> Score:
    s = Score()
    for d, f in zip(docs, found, strict=True):
        s.add(d["id"], gold_names(d), f)
    return s


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsdigest.eval ner",
                                 description=__doc__.split("\n\n")[0])
    ap.add_argument("file", nargs="?", default=str(CONLL))
    ap.add_argument("--split", default="testa")
    ap.add_argument("--errors", type=int, default=0, help="print N misses and N wrong names")
    args = ap.parse_args(argv)
    path = Path(args.file)
    docs = read_docs(path, args.split)
    train = read_docs(path, "train")
    system = score(docs, system_names(docs))
    base = Dictionary(train)
    baseline = score(docs, [base.names(d) for d in docs])
    print(f"{len(docs)} documents ({args.split}), {sum(system.gold.values())} distinct names")
    print(system.line("tagger"))
    print(baseline.line("dictionary"))
    for label, rows in (("missed", system.misses), ("wrong", system.wrong)):
        for doc, kind, name in rows[: args.errors]:
            print(f"  {label} {doc} {kind}: {name}")
    return 0
