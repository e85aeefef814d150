"""Load, clean and segment the BBC corpus; print articles, statements and speed per stage.

Usage: python bench/segment_speed.py [PATH ...]   (default: shared/data/bbc/articles.jsonl)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from newsdigest.clean import clean_article
from newsdigest.config import defaults
from newsdigest.load.inputs import iter_inputs
from newsdigest.model import Article
from newsdigest.segment import segment

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def main() -> None:
    paths = sys.argv[1:] or [str(DATA / "bbc" / "articles.jsonl")]
    config = defaults()
    t0 = time.perf_counter()
    items = list(iter_inputs(paths, config))
    articles = [a for a in items if isinstance(a, Article)]
    t1 = time.perf_counter()
    cleaned = [clean_article(a, config) for a in articles]
    t2 = time.perf_counter()
    statements = sum(len(segment(a)) for a in cleaned)
    t3 = time.perf_counter()
    chars = sum(len(a.text) for a in cleaned)
    print(f"articles {len(articles)}  errors {len(items) - len(articles)}  "
          f"statements {statements}  chars {chars}")
    print(f"load    {t1 - t0:6.2f} s  {len(articles) / (t1 - t0):9.0f} articles/s")
    print(f"clean   {t2 - t1:6.2f} s  {len(articles) / (t2 - t1):9.0f} articles/s")
    print(f"segment {t3 - t2:6.2f} s  {statements / (t3 - t2):9.0f} statements/s  "
          f"{chars / (t3 - t2) / 1e6:.1f} M chars/s")


if __name__ == "__main__":
    main()
