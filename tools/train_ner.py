"""Train the named-entity tagger and write ``newsdigest/data/ner_model.bin``.

    python tools/train_ner.py [--data ../shared/data] [--epochs 8] [--min-count 2]
                              [--folds K] [--dry-run]

An averaged perceptron over ``newsdigest.extract.ner`` features, decoded greedily left to right
with tag-transition scores (BIO tags over PER/LOC/ORG/MISC), trained on the ``train`` part of
CoNLL-2003 (``ner/conll2003_dev.jsonl``); ``testa`` is held out. Prints exact-span precision,
recall and F1 per type on ``testa`` (and, with ``--folds K``, over K document folds of both
parts); the per-article score the project is judged by is ``python -m newsdigest.eval ner``.
Features seen fewer than ``--min-count`` times are dropped, and so are weights that round to
nothing, to keep the shipped file small. The CoNLL text itself is never written out. The
tagger's margins scale with the weights: after retraining, retune ``MIN_MARGIN`` in
``newsdigest/extract/mentions.py`` on ``python -m newsdigest.eval ner``."""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsdigest.extract.ner import (  # noqa: E402
    MODEL_FILE,
    TAGS,
    Featurizer,
    decode,
    document_casing,
    masked,
    model_to_bytes,
    tokenize,
)

Sentence = tuple[list[list[Any]], list[int]]  # features per token, gold tag per token


def read_docs(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def doc_lines(doc: dict[str, Any]) -> list[tuple[list[tuple[str, int, int]], list[int]]]:
    """Each line's tokens (offsets in the document) with their gold BIO tags."""
    text = doc["text"]
    begin: dict[int, str] = {}
    inner: dict[int, str] = {}
    for e in doc["entities"]:
        begin[e["start"]] = e["type"]
        for k in range(e["start"] + 1, e["end"]):
            inner[k] = e["type"]
    out = []
    pos = 0
    for line in text.split("\n"):
        toks = [(w, s + pos, e + pos) for w, s, e in tokenize(line)]
        tags = []
        for _, s, _ in toks:
            if s in begin:
                tags.append(TAGS.index("B-" + begin[s]))
            elif s in inner:
                tags.append(TAGS.index("I-" + inner[s]))
            else:
                tags.append(0)
        if toks:
            out.append((toks, tags))
        pos += len(line) + 1
    return out


def featurize(docs: Sequence[dict[str, Any]], fz: Featurizer) -> list[Sentence]:
    out: list[Sentence] = []
    for doc in docs:
        lines = doc_lines(doc)
        words = [[w for w, _, _ in toks] for toks, _ in lines]
        casing = document_casing(words)
        for ws, (_, tags) in zip(words, lines, strict=True):
            out.append((fz.sentence(ws, casing)[1], tags))
    return out


def index_features(docs: Sequence[dict[str, Any]], min_count: int) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for feats, _ in featurize(docs, Featurizer(None)):
        for f in feats:
            counts.update(f)
    kept = sorted(f for f, c in counts.items() if c >= min_count)
    return {f: i for i, f in enumerate(kept)}


def as_arrays(sents: list[Sentence]) -> list[tuple[Any, Any, list[int]]]:
    out = []
    for feats, tags in sents:
        ids = np.fromiter((i for f in feats for i in f), dtype=np.intp)
        starts = np.cumsum([0] + [len(f) for f in feats[:-1]])
        out.append((ids, starts, tags))
    return out


def train(data: list[tuple[Any, Any, list[int]]], n_feat: int, epochs: int, seed: int = 0
          ) -> tuple[Any, Any]:
    """Averaged structured perceptron (greedy decoding); returns (weights, transitions)."""
    nt = len(TAGS)
    w = np.zeros((n_feat, nt), dtype=np.float64)
    wu = np.zeros_like(w)  # accumulated step * update, for averaging
    tr = np.zeros((nt + 1, nt), dtype=np.float64)
    tu = np.zeros_like(tr)
    step = 1
    order = list(range(len(data)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            ids, starts, gold = data[k]
            scores = np.add.reduceat(w[ids], starts, axis=0).tolist()
            pred = decode(scores, masked(tr))
            if pred != gold:
                ends = [*starts[1:].tolist(), len(ids)]
                pg = pp = nt
                for i, (g, p) in enumerate(zip(gold, pred, strict=True)):
                    if g != p:
                        f = ids[starts[i]: ends[i]]
                        np.add.at(w[:, g], f, 1.0)
                        np.add.at(w[:, p], f, -1.0)
                        np.add.at(wu[:, g], f, step)
                        np.add.at(wu[:, p], f, -step)
                    if g != p or pg != pp:
                        tr[pg, g] += 1.0
                        tr[pp, p] -= 1.0
                        tu[pg, g] += step
                        tu[pp, p] -= step
                    pg, pp = g, p
            step += 1
    return w - wu / step, tr - tu / step


def spans(tags: Sequence[int]) -> set[tuple[int, int, str]]:
    out = set()
    begin, kind = -1, ""
    for i, k in enumerate([*tags, 0]):
        tag = TAGS[k]
        if begin >= 0 and not (tag.startswith("I-") and tag[2:] == kind):
            out.add((begin, i, kind))
            begin = -1
        if tag.startswith("B-"):
            begin, kind = i, tag[2:]
    return out


def span_scores(data: list[tuple[Any, Any, list[int]]], w: Any, tr: Any) -> str:
    tp: Counter[str] = Counter()
    np_: Counter[str] = Counter()
    ng: Counter[str] = Counter()
    trl = masked(tr)
    for ids, starts, gold in data:
        pred = decode(np.add.reduceat(w[ids], starts, axis=0).tolist(), trl)
        g, p = spans(gold), spans(pred)
        for s in g:
            ng[s[2]] += 1
            ng["all"] += 1
        for s in p:
            np_[s[2]] += 1
            np_["all"] += 1
            if s in g:
                tp[s[2]] += 1
                tp["all"] += 1
    rows = []
    for kind in ("PER", "LOC", "ORG", "MISC", "all"):
        p = tp[kind] / max(1, np_[kind])
        r = tp[kind] / max(1, ng[kind])
        f1 = 200 * p * r / max(1e-9, p + r)
        rows.append(f"{kind} P {100 * p:.1f} R {100 * r:.1f} F1 {f1:.1f}")
    return "  ".join(rows)


def fit(train_docs: Sequence[dict[str, Any]], args: argparse.Namespace
        ) -> tuple[dict[str, int], Any, Any]:
    index = index_features(train_docs, args.min_count)
    data = as_arrays(featurize(train_docs, Featurizer(index)))
    w, tr = train(data, len(index), args.epochs)
    return index, w, tr


def evaluate(index: dict[str, int], w: Any, tr: Any, docs: Sequence[dict[str, Any]]) -> str:
    return span_scores(as_arrays(featurize(docs, Featurizer(index))), w, tr)


def prune(index: dict[str, int], w: Any, keep: float) -> tuple[list[str], Any]:
    """Drop features whose weights are all below ``keep`` times the largest weight."""
    big = np.abs(w).max(axis=1) >= keep * np.abs(w).max()
    names = sorted(index, key=index.__getitem__)
    kept = [n for n, b in zip(names, big, strict=True) if b]
    return kept, w[big]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--keep", type=float, default=0.002)
    ap.add_argument("--folds", type=int, default=0)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    docs = read_docs(Path(args.data) / "ner" / "conll2003_dev.jsonl")
    train_docs = [d for d in docs if d["split"] == "train"]
    held = [d for d in docs if d["split"] == "testa"]
    index, w, tr = fit(train_docs, args)
    print(f"features {len(index)}")
    print("testa (exact spans):", evaluate(index, w, tr, held))
    names, pw = prune(index, w, args.keep)
    pindex = {n: i for i, n in enumerate(names)}
    print(f"pruned to {len(names)} features:", evaluate(pindex, pw, tr, held))
    for k in range(args.folds):
        test = docs[k::args.folds]
        rest = [d for i, d in enumerate(docs) if i % args.folds != k]
        fi, fw, ftr = fit(rest, args)
        print(f"fold {k + 1}/{args.folds}:", evaluate(fi, fw, ftr, test))
    if not args.dry_run:
        out = ROOT / "newsdigest" / "data" / MODEL_FILE
        out.write_bytes(model_to_bytes(names, pw, tr))
        print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
