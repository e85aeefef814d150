"""Statement matching speed: the full matcher against plain rapidfuzz
``cdist(token_sort_ratio)`` in the same run.

    python bench/bench_match.py [--data ../shared/data] [--n 5000] [--workers 1]

1. the 4,076 MRPC train pairs: ``Matcher.score_pairs`` (statements prepared from scratch)
   against ``process.cpdist(token_sort_ratio, processor=default_process)``;
2. all pairs over N real statements (BBC News sentences): ``Matcher.matrix`` at the
   ``match.related`` cutoff against ``process.cdist(token_sort_ratio)`` over the same N x N.
Prints pairs per second and the ratio (baseline / matcher time)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def statements(data: Path, n: int) -> list[str]:
    seen: dict[str, None] = {}
    with open(data / "bbc" / "articles.jsonl", encoding="utf-8") as f:
        for line in f:
            for s in json.loads(line).get("summary_sentences", []):
                s = " ".join(s.split())
                if len(s) >= 20 and s not in seen:
                    seen[s] = None
                    if len(seen) >= n:
                        return list(seen)
    return list(seen)


def fresh_matcher() -> object:
    from newsdigest.config import defaults
    from newsdigest.match import Matcher
    from newsdigest.match.features import prepared

    prepared.cache_clear()
    m = Matcher(defaults())
    m.model  # noqa: B018  (load the weights outside the timed part)
    return m


def line(name: str, pairs: int, seconds: float) -> str:
    return f"  {name:<38} {pairs:>12,} pairs {seconds:8.2f} s {pairs / seconds:>14,.0f} pairs/s"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--workers", type=int, default=1, help="threads for the baseline cdist")
    args = ap.parse_args()

    import numpy as np
    from rapidfuzz import fuzz, process, utils

    from newsdigest.eval.labelled import read_labelled
    from newsdigest.match import Matcher

    pairs = [(a, b) for _, a, b in read_labelled(args.data / "mrpc" / "train.tsv")]
    xs, ys = [a for a, _ in pairs], [b for _, b in pairs]
    t = time.perf_counter()
    process.cpdist(xs, ys, scorer=fuzz.token_sort_ratio, processor=utils.default_process,
                   workers=args.workers)
    base = time.perf_counter() - t
    m = fresh_matcher()
    assert isinstance(m, Matcher)
    t = time.perf_counter()
    m.score_pairs(pairs)
    full = time.perf_counter() - t
    print(f"MRPC train pairs (workers={args.workers}):")
    print(line("cpdist(token_sort_ratio)", len(pairs), base))
    print(line("Matcher.score_pairs", len(pairs), full))
    print(f"  matcher takes {full / base:.1f}x the baseline time")

    sts = statements(args.data, args.n)
    n2 = len(sts) ** 2
    t = time.perf_counter()
    for start in range(0, len(sts), 1000):  # same result as one call, bounded memory
        process.cdist(sts[start:start + 1000], sts, scorer=fuzz.token_sort_ratio,
                      processor=utils.default_process, dtype=np.uint8, workers=args.workers)
    base = time.perf_counter() - t
    m = fresh_matcher()
    assert isinstance(m, Matcher)
    t = time.perf_counter()
    scores = m.matrix(sts, sts, cutoff=m.related)
    full = time.perf_counter() - t
    hits = int((scores >= m.related).sum()) - len(sts)
    print(f"All pairs over {len(sts):,} BBC statements (cutoff match.related = {m.related:g}):")
    print(line("cdist(token_sort_ratio)", n2, base))
    print(line("Matcher.matrix", n2, full))
    print(f"  matcher takes {full / base:.2f}x the baseline time; "
          f"{hits:,} off-diagonal pairs at or above the cutoff")


if __name__ == "__main__":
    main()
