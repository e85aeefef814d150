"""Time each phase of the local clustering engine on one corpus (see bench/make_corpus.py),
to see where the time goes:

    python bench/cluster_phases.py /tmp/newsdigest-bench/corpus-100000.jsonl

Reading and signing are timed together (they overlap); the later phases are called one by one
as ``clustering.local.label_signatures`` calls them.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    from newsdigest import config
    from newsdigest.clustering import linkage, local, stories_from_labels, vectors
    from newsdigest.clustering.params import Params
    from newsdigest.load.inputs import iter_inputs
    from newsdigest.model import Article

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    args = ap.parse_args()
    cfg = config.defaults()
    p = Params.from_config(cfg)
    total = time.perf_counter()

    def timed(name: str, fn: Callable[..., Any], *a: Any) -> Any:
        start = time.perf_counter()
        out = fn(*a)
        print(f"{name:<28}{time.perf_counter() - start:7.2f} s", flush=True)
        return out

    sigs = timed(f"read + sign ({p.workers} processes)", lambda: local.sign_all(
        (a for a in iter_inputs([args.corpus], cfg) if isinstance(a, Article)), cfg))
    n = len(sigs)
    many = local._mapper(p.workers if n >= local.MIN_PARALLEL else 1)
    vocab = timed("vocabulary", vectors.vocabulary, sigs)
    x = timed("matrix", vectors.matrix, sigs, vocab, p.max_terms, p.name_weight,
              p.lexicon_weight)
    rows, keys, worth = timed("blocking keys", vectors.block_keys, x, vocab, p.n_keys,
                              p.max_df, p.max_posting, p.n_name_keys)
    i, j, sims, cand = timed("candidates + verification", local._verify, x, rows, keys, worth,
                             p, n)
    facts = timed("facts", linkage.facts, sigs)
    ei, ej, es = timed("penalties", linkage.strong_edges, x, i, j, sims, facts, p)
    groups = timed("components", linkage.component_groups, n, ei, ej, es, p)
    labels = timed("linkage", linkage.label_groups, x, n, groups, facts, p, many)
    result = timed("story numbering", stories_from_labels, sigs, labels)
    print(f"{'total':<28}{time.perf_counter() - total:7.2f} s")
    print(f"{n:,} articles, {cand:,} candidate pairs, {len(ei):,} strong edges, "
          f"{len(groups):,} groups (largest {max(map(len, groups), default=0):,}), "
          f"{len(result.stories):,} stories")


if __name__ == "__main__":
    main()
