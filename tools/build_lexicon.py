"""Build newsdigest/data/wordfreq.json: document frequencies of lower-case words in real news
text (the BBC articles and the ECB+ tuning articles in ../shared/data), used for IDF weights
and as the vocabulary that homoglyph repair checks words against.

    python tools/build_lexicon.py [../shared/data]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from newsdigest.lexicon import LEXICON_FILE, words

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
    out = Path(__file__).resolve().parents[1] / "newsdigest" / "data" / LEXICON_FILE
    kept = dict(sorted((w, c) for w, c in df.items() if c >= MIN_DF))
    text = json.dumps({"documents": n, "counts": kept}, ensure_ascii=False, separators=(",", ":"))
    out.write_text(text + "\n", encoding="utf-8")
    print(f"{len(kept)} words from {n} documents -> {out} ({out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
