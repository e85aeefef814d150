"""Main-text extraction from web pages, scored as the article-extraction benchmark does.

    python -m newsdigest.eval html [DIR] [--limit N] [--errors N]

``DIR`` (default ``../shared/data/html``) holds ``pages/<key>.html.gz`` and
``ground-truth.json`` ``{key: {"url", "articleBody"}}``. Each page is read three or four ways:

* ``newsdigest``: the ``.html`` reader as configured (``load.html_extractor``), the text an
  article gets;
* ``plain extractor``: the built-in standard-library extractor (``load/htmlparse.py``);
* ``trafilatura alone``: ``trafilatura.extract(page)`` with its defaults (when importable);
* ``get_text``: every text node outside scripts and styles (the plain baseline).

Scoring: both texts split into lowercase word tokens (``\\w+``), 4-token shingles counted as
multisets; per page tp/fp/fn normalised to sum 1; precision averaged over pages with some
prediction, recall over pages with some truth; F1 of the two averages.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parents[3] / "shared" / "data" / "html"
_TOKEN = re.compile(r"\w+")

Scores = tuple[float, float, float]  # tp, fp, fn (normalised to sum 1)
Extractor = Callable[[bytes, str], str]


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text.lower())
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))
                   if tokens[i:i + n])


def page_scores(truth: str, pred: str) -> Scores:
    t, p = shingles(truth), shingles(pred)
    tp = float(sum((t & p).values()))
    fp = float(sum((p - t).values()))
    fn = float(sum((t - p).values()))
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def summary(scores: Sequence[Scores]) -> dict[str, float]:
    """Precision, recall and F1 over pages, as the benchmark averages them."""
    def ratio(a: float, b: float) -> float:
        return 1.0 if b == 0 and a == 0 else a / (a + b) if a + b else 0.0
    precision = statistics.mean([ratio(tp, fp) if fp or fn else 1.0
                                 for tp, fp, fn in scores if tp + fp > 0] or [0.0])
    recall = statistics.mean([ratio(tp, fn) if fp or fn else 1.0
                              for tp, fp, fn in scores if tp + fn > 0] or [0.0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


Page = tuple[str, str, bytes, str]  # key, url, page bytes, human-checked body


def read_pages(root: Path) -> list[Page]:
    """Every page of ``root``, sorted by key."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    return [(key, truth[key].get("url") or "",
             gzip.decompress((root / "pages" / f"{key}.html.gz").read_bytes()),
             truth[key].get("articleBody") or "") for key in sorted(truth)]


# -- extractors ------------------------------------------------------------------------------


def ours(extractor: str = "auto") -> Extractor:
    """The text newsdigest's ``.html`` reader gives an article (``load.html_extractor``)."""
    from ..config import defaults
    from ..load.html import read
    from ..model import Article, Origin

    config = defaults().replace({"load.html_extractor": extractor})

    def run(page: bytes, url: str) -> str:
        items = list(read(BytesIO(page), Origin("page.html", url), config))
        return "\n\n".join(a.text for a in items if isinstance(a, Article))
    return run


def trafilatura_alone(page: bytes, url: str) -> str:
    import trafilatura

    return trafilatura.extract(page, include_comments=False) or ""


class _AllText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skip += tag in ("script", "style", "template", "noscript")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "template", "noscript") and self.skip:
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def get_text(page: bytes, url: str) -> str:
    """Every text node of the page but scripts and styles (BeautifulSoup's ``get_text``)."""
    from ..load.html import decode_html

    p = _AllText()
    p.feed(decode_html(page)[0])
    p.close()
    return " ".join(p.parts)


def trafilatura_importable() -> bool:
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        return False
    return True


def evaluate(pages: Sequence[Page], extract: Extractor
             ) -> tuple[dict[str, float], list[Scores]]:
    per_page = [page_scores(body, extract(page, url)) for _, url, page, body in pages]
    return summary(per_page), per_page


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsdigest.eval html",
                                 description="Score main-text extraction from web pages.")
    ap.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--limit", type=int, default=0, help="first N pages only (by key)")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="list the N pages newsdigest reads worst")
    args = ap.parse_args(argv)
    try:
        pages = read_pages(args.dir)
    except (OSError, ValueError, KeyError) as e:
        print(f"error: {args.dir}: {e}", file=sys.stderr)
        return 1
    if args.limit:
        pages = pages[:args.limit]
    runs: list[tuple[str, Extractor]] = [("newsdigest (load.html_extractor: auto)", ours()),
                                         ("plain extractor (load/htmlparse.py)", ours("plain"))]
    if trafilatura_importable():
        runs.append(("trafilatura alone, extract()", trafilatura_alone))
    else:
        print("trafilatura alone: not importable, skipped")
    runs.append(("get_text (baseline)", get_text))
    print(f"{args.dir}: {len(pages)} pages, 4-token shingles")
    worst: list[Scores] = []
    for label, extract in runs:
        stats, per_page = evaluate(pages, extract)
        worst = worst or per_page
        print(f"{label:<40} F1 {stats['f1']:.3f}  precision {stats['precision']:.3f}  "
              f"recall {stats['recall']:.3f}")
    if args.errors:
        ranked = sorted(zip(worst, pages, strict=True), key=lambda x: x[0][0])
        for (tp, fp, fn), (key, url, _, _) in ranked[:args.errors]:
            print(f"{key[:12]}  tp {tp:.2f}  fp {fp:.2f}  fn {fn:.2f}  {url}")
    return 0
