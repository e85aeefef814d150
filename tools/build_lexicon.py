"""Build newsdigest/data/wordfreq.json: document frequencies of lower-case words in real news
text (the BBC articles and the ECB+ tuning articles in ../shared/data), used for IDF weights
and as the vocabulary that homoglyph repair checks words against.

    python tools/build_lexicon.py [../shared/data]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from newsdigest.lexicon import _WORD, LEXICON_FILE, words

MIN_DF = 2  # a word seen in one document only is too often a typo
# a word inside a sentence: after a word ending in a lower-case letter, or after a comma
_INSIDE = re.compile(r"(?<=[a-z,;] )" + _WORD.pattern)


def casing(text: str, up: Counter[str], low: Counter[str]) -> None:
    """Count how ``text`` writes each word inside a sentence: capitalised (``up``) or in lower
    case (``low``); lines of mostly capitalised words (headlines in title case) not read."""
    for line in text.splitlines():
        toks = line.split()
        if not toks or sum(t[:1].islower() for t in toks) * 5 < len(toks) * 2:
            continue
        for m in _INSIDE.finditer(line):
            word = m.group()
            key = word.lower().replace("’", "'")
            if word.islower():
                low[key] += 1
            elif word[:1].isupper() and not word.isupper():
                up[key] += 1


def main() -> None:
    default = Path(__file__).resolve().parents[2] / "shared" / "data"
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    df: Counter[str] = Counter()
    up: Counter[str] = Counter()
    low: Counter[str] = Counter()
    n = 0
    for name in ("bbc/articles.jsonl", "events/ecbplus_tune.jsonl"):
        with (root / name).open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                text = f"{rec.get('title') or ''}\n{rec.get('text') or ''}"
                df.update(set(words(text)))
                casing(rec.get("text") or "", up, low)
                n += 1
    out = Path(__file__).resolve().parents[1] / "newsdigest" / "data" / LEXICON_FILE
    kept = dict(sorted((w, c) for w, c in df.items() if c >= MIN_DF))
    names = [w for w in kept if up[w] > low[w]]
    text = json.dumps({"documents": n, "counts": kept, "capitalised": names},
                      ensure_ascii=False, separators=(",", ":"))
    out.write_text(text + "\n", encoding="utf-8")
    print(f"{len(kept)} words ({len(names)} capitalised) from {n} documents -> {out} "
          f"({out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
