"""Build newsdigest/data/wordfreq.tsv.gz: document frequencies of lower-case words in real news
text (the BBC articles and the ECB+ tuning articles in ../shared/data), used for IDF weights
and as the vocabulary that homoglyph repair checks words against.

    python tools/build_lexicon.py [../shared/data]
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from newsdigest.lexicon import words

MIN_DF = 2  # a word seen in one document only is too often a typo


def main() -> None:
    default = Path(__file__).resolve().parents[2] / "shared" / "data"
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    df: Counter[str] = Counter()
    n = 0
    for name in ("bbc/articles.jsonl", "events/ecbplus_tune.jsonl"):
        with (root / name).open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                text = f"{rec.get('title') or ''}\n{rec.get('text') or ''}"
                df.update(set(words(text)))
                n += 1
    out = Path(__file__).resolve().parents[1] / "newsdigest" / "data" / "wordfreq.tsv.gz"
    kept = sorted((w, c) for w, c in df.items() if c >= MIN_DF)
    body = f"#docs\t{n}\n" + "".join(f"{w}\t{c}\n" for w, c in kept)
    out.write_bytes(gzip.compress(body.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{len(kept)} words from {n} documents -> {out} ({out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
