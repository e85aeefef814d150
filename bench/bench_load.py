"""Loading speed: articles per second for text files, JSON Lines, web pages (plain extractor
and trafilatura when installed), an RSS feed and a zip of text files, on a corpus built from
the BBC articles in ../shared/data/bbc/articles.jsonl (1,328 articles, repeated to --copies).

    python bench/bench_load.py [--copies 2] [--repeat 3]

Only loading is timed (``iter_inputs``: reading, decoding, parsing, extraction), not cleaning
or analysis. Each figure is the best of --repeat runs; the corpus is written to a temporary
directory first.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsdigest.config import defaults  # noqa: E402
from newsdigest.load.inputs import iter_inputs  # noqa: E402
from newsdigest.model import Article  # noqa: E402

BBC = ROOT.parent / "shared" / "data" / "bbc" / "articles.jsonl"

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - BBC News</title>
<meta property="og:site_name" content="BBC News"><meta property="og:title" content="{title}">
<meta property="article:published_time" content="2005-02-0{day}T10:00:00Z">
<script>var s = {{"page": "{id}"}};</script></head>
<body><div id="cookie-banner"><p>We use cookies on this site. Continue to accept them.</p>
<button>OK</button></div>
<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a>
</li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
</header>
<main><article><h1>{title}</h1><div class="byline">By Staff reporter</div>
{paras}
<div class="related"><h3>Related stories</h3><ul><li><a href="/a">Markets fall</a></li>
<li><a href="/b">Rates held</a></li></ul></div></article></main>
<footer><p>Copyright BBC. Read about our approach to external linking.</p></footer>
</body></html>
"""


def build(root: Path, copies: int) -> dict[str, Path]:
    rows = [json.loads(line) for line in BBC.open(encoding="utf-8")] * copies
    txt, pages = root / "txt", root / "html"
    txt.mkdir()
    pages.mkdir()
    with (root / "all.jsonl").open("w", encoding="utf-8") as jl:
        for i, r in enumerate(rows):
            jl.write(json.dumps({"id": f"{r['id']}-{i}", "title": r["title"], "text": r["text"]})
                     + "\n")
            (txt / f"{i:05d}.txt").write_text(f"{r['title']}\n\n{r['text']}\n", encoding="utf-8")
            paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in r["text"].split("\n\n"))
            (pages / f"{i:05d}.html").write_text(PAGE.format(
                title=html.escape(r["title"]), id=i, day=i % 9 + 1, paras=paras),
                encoding="utf-8")
    items = "".join(
        f"<item><title>{html.escape(r['title'])}</title><link>https://x.example/{i}</link>"
        f"<pubDate>Tue, 01 Feb 2005 10:00:00 GMT</pubDate><description>"
        f"{html.escape(''.join(f'<p>{p}</p>' for p in r['text'].split(chr(10) * 2)))}"
        f"</description></item>\n" for i, r in enumerate(rows))
    (root / "feed.rss").write_text(f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0">'
                                   f"<channel><title>BBC</title>{items}</channel></rss>",
                                   encoding="utf-8")
    with zipfile.ZipFile(root / "txt.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        for f in sorted(txt.iterdir()):
            zf.write(f, f"txt/{f.name}")
    return {"text": txt, "jsonl": root / "all.jsonl", "html": pages, "rss": root / "feed.rss",
            "zip": root / "txt.zip"}


def timed(path: Path, settings: dict[str, Any], repeat: int) -> tuple[int, float]:
    config = defaults().replace(settings) if settings else defaults()
    best, n = float("inf"), 0
    for _ in range(repeat):
        t = time.perf_counter()
        n = sum(1 for a in iter_inputs([str(path)], config) if isinstance(a, Article))
        best = min(best, time.perf_counter() - t)
    return n, best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if not BBC.is_file():
        sys.exit(f"BBC articles not found at {BBC}")
    with tempfile.TemporaryDirectory() as tmp:
        paths = build(Path(tmp), args.copies)
        size = {k: sum(f.stat().st_size for f in (p.iterdir() if p.is_dir() else [p]))
                for k, p in paths.items()}
        runs: list[tuple[str, str, dict[str, Any], int]] = [
            ("text files", "text", {}, args.repeat),
            ("JSON Lines (one file)", "jsonl", {}, args.repeat),
            ("zip of text files", "zip", {}, args.repeat),
            ("HTML pages, plain extractor", "html", {"load.html_extractor": "plain"},
             args.repeat),
            ("HTML pages, trafilatura", "html", {"load.html_extractor": "trafilatura"}, 1),
            ("RSS feed, feedparser", "rss", {}, 1),
        ]
        print(f"corpus: BBC articles x{args.copies}; best of {args.repeat} "
              "(trafilatura/feedparser: 1 run)")
        print(f"{'input':32} {'articles':>8} {'seconds':>8} {'articles/s':>11} {'MB/s':>7}")
        for label, key, settings, repeat in runs:
            n, secs = timed(paths[key], settings, repeat)
            print(f"{label:32} {n:8d} {secs:8.2f} {n / secs:11.0f} "
                  f"{size[key] / secs / 1e6:7.1f}")


if __name__ == "__main__":
    main()
