"""Judge the key statements of ``summarize`` on BBC articles with extractive summaries
(``bbc/articles.jsonl``).

    python -m newsdigest.eval keys [FILE] [--part held-out|tune|all] [--limit N] [--show N]

For each article, k is the number of sentences of its reference summary; a method's extract is
its first k statements, scored by ROUGE-1 F1 (lower-cased words and numbers, counted with
repeats) against the whole summary, averaged over the articles. Ours is the digest as
``summarize`` shows it: the lead, then the key statements in ranked order (``make_digest`` with
``top`` = k); "keys only" leaves the lead out. Baselines on the same statements: Lead-k (the
first k) and a TF-IDF TextRank (words but stopwords, IDF over the article's own statements,
cosine graph, PageRank, the k best). "headline" is the share
of articles whose statement sharing most of the headline's words is among the first three of the
extract. Articles whose index in the file is a multiple of 5 are held out (``--part held-out``,
the default); the others are for tuning."""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..model import Analysis, Statement

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "bbc" / "articles.jsonl"
FOLD = 5  # articles whose index % FOLD == 0 are held out
HEADLINE_RANK = 3  # the headline's statement must be among this many
_TOKEN = re.compile(r"\w+")


def read_articles(path: Path = DATA, part: str = "held-out") -> list[dict[str, Any]]:
    """The articles of ``part``: ``held-out`` (index % 5 == 0), ``tune`` (the rest), ``all``."""
    with path.open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    if part == "all":
        return docs
    keep = part == "held-out"
    return [d for i, d in enumerate(docs) if (i % FOLD == 0) == keep]


def analyse_articles(docs: Sequence[dict[str, Any]]) -> list[Analysis]:
    from ..config import defaults
    from ..model import Article, Origin
    from ..pipeline import analyse

    config = defaults()
    return [analyse(Article(d["id"], d["title"], d["text"], Origin("bbc", entry=i)), config)
            for i, d in enumerate(docs)]


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def rouge1(candidate: str, reference: str) -> float:
    """ROUGE-1 F1 of two texts (0 when either has no words)."""
    cand, ref = Counter(tokens(candidate)), Counter(tokens(reference))
    hits = sum((cand & ref).values())
    if not hits:
        return 0.0
    p, r = hits / sum(cand.values()), hits / sum(ref.values())
    return 2 * p * r / (p + r)


def ours(analysis: Analysis, k: int) -> list[Statement]:
    from ..config import defaults
    from ..digest import make_digest

    d = make_digest(analysis, defaults(), top=k)
    lead = [d.lead] if d.lead is not None else []
    return (lead + list(d.key_statements))[:k]


def lead_k(analysis: Analysis, k: int) -> list[Statement]:
    return list(analysis.statements[:k])


def textrank_k(analysis: Analysis, k: int) -> list[Statement]:
    """The plain TF-IDF TextRank: the k statements of highest PageRank on the cosine graph."""
    import numpy as np

    from ..lexicon import STOPWORDS

    statements = analysis.statements
    bags = [Counter(w for w in tokens(s.text) if w not in STOPWORDS) for s in statements]
    df = Counter(w for b in bags for w in b)
    n = len(bags)
    vocab = {w: j for j, w in enumerate(df)}
    m = np.zeros((n, len(vocab)))
    for i, b in enumerate(bags):
        for w, c in b.items():
            m[i, vocab[w]] = c * (math.log((1 + n) / (1 + df[w])) + 1)
    m /= np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-12)
    sim = m @ m.T
    np.fill_diagonal(sim, 0.0)
    out = sim.sum(axis=1)
    out[out == 0] = 1.0
    score = np.full(n, 1.0 / max(n, 1))
    for _ in range(100):
        score = 0.15 / n + 0.85 * (score / out) @ sim
    order = sorted(range(n), key=lambda i: (-score[i], i))
    return [statements[i] for i in order[:k]]


def _stems(text: str) -> set[str]:
    """Word stems for matching a headline: the first five letters of each word that is not a
    stopword ('profits' and 'profit', 'Japanese' and 'Japan' meet)."""
    from ..lexicon import STOPWORDS

    return {w[:5] for w in tokens(text) if w not in STOPWORDS}


def headline_statements(analysis: Analysis, title: str) -> set[int]:
    """The statements that hold the largest share of the headline's word stems (all of them
    on a tie); empty when none shares one."""
    head = _stems(title)
    shares = [(len(head & _stems(s.text)), s.index) for s in analysis.statements]
    best = max((n for n, _ in shares), default=0)
    return {i for n, i in shares if n == best} if best else set()


def keys_only(analysis: Analysis, k: int) -> list[Statement]:
    from ..config import defaults
    from ..digest import make_digest

    return list(make_digest(analysis, defaults(), top=k).key_statements)


METHODS = {"ours": ours, "keys only": keys_only, "lead-k": lead_k, "textrank": textrank_k}


def evaluate(docs: Sequence[dict[str, Any]], analyses: Sequence[Analysis]
             ) -> dict[str, dict[str, float]]:
    """Per method: mean ROUGE-1 F1 (x100) and the headline share (%)."""
    out: dict[str, dict[str, float]] = {}
    for name, method in METHODS.items():
        f1, hit, counted = 0.0, 0, 0
        for d, an in zip(docs, analyses, strict=True):
            k = len(d["summary_sentences"])
            picked = method(an, k)
            f1 += rouge1(" ".join(s.text for s in picked), " ".join(d["summary_sentences"]))
            target = headline_statements(an, d["title"])
            if target:
                counted += 1
                hit += bool(target & {s.index for s in picked[:HEADLINE_RANK]})
        out[name] = {"rouge1": 100 * f1 / max(len(docs), 1),
                     "headline": 100 * hit / max(counted, 1)}
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsdigest.eval keys",
                                 description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("file", nargs="?", type=Path, default=DATA)
    ap.add_argument("--part", choices=("held-out", "tune", "all"), default="held-out")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--show", type=int, default=0, metavar="N",
                    help="print headline, reference and our extract of N articles")
    args = ap.parse_args(argv)
    try:
        docs = read_articles(args.file, args.part)
    except (OSError, ValueError, KeyError) as e:
        print(f"error: {e}")
        return 1
    if args.limit:
        docs = docs[:args.limit]
    analyses = analyse_articles(docs)
    print(f"{args.file}: {len(docs)} articles ({args.part}: index % {FOLD} "
          f"{'== 0' if args.part == 'held-out' else '!= 0' if args.part == 'tune' else 'any'})")
    for name, r in evaluate(docs, analyses).items():
        print(f"{name:10} ROUGE-1 F1 {r['rouge1']:5.1f}   headline's statement among the "
              f"first {HEADLINE_RANK}: {r['headline']:5.1f}%")
    for d, an in list(zip(docs, analyses, strict=True))[:args.show]:
        k = len(d["summary_sentences"])
        print(f"\n== {d['id']}: {d['title']} (k={k}, headline statements "
              f"{sorted(headline_statements(an, d['title']))})")
        for s in ours(an, k):
            print(f"  [{s.index}] {s.text[:160]}")
    return 0
