"""Build a benchmark corpus for `newsdigest cluster` from the real BBC articles, with the true
stories known.

Each *event* starts from a BBC article. Event k uses article k mod 1328; past the first 1328
events the article is turned into a different event of a similar kind: a third of its
sentences mixed with sentences of two other articles of its category, names replaced by other
names from the corpus, numbers changed, another date. Each event is then reported by 1 to 8
outlets (3 on average): the first report is the event text itself, the others imitate other
outlets - sentences dropped and reordered, words reworded, figures rounded or changed,
another headline, boilerplate lines added, another date format.

    python bench/make_corpus.py --size 10000 --out /tmp/newsdigest-bench/corpus-10000.jsonl

One JSON object a line: id, title, text, source, date, url, story (the true event), base (the
BBC article it came from). Deterministic for a given --seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from pathlib import Path

BBC = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "bbc" / "articles.jsonl"
OUTLETS = (
    "reuters.com", "apnews.com", "theguardian.com", "ft.com", "nytimes.com", "cnn.com",
    "independent.co.uk", "telegraph.co.uk", "thetimes.co.uk", "bloomberg.com", "wsj.com",
    "economist.com", "aljazeera.com", "dw.com", "france24.com", "euronews.com", "sky.com",
    "itv.com", "channel4.com", "npr.org", "washingtonpost.com", "latimes.com", "usatoday.com",
    "abc.net.au", "cbc.ca", "irishtimes.com", "scotsman.com", "heraldscotland.com",
    "mirror.co.uk", "dailymail.co.uk", "express.co.uk", "metro.co.uk", "standard.co.uk",
    "cityam.com", "thisismoney.co.uk", "zdnet.com", "theregister.com", "wired.com",
    "techcrunch.com", "arstechnica.com",
)
REWORD = (
    ("said", "stated"), ("says", "told reporters"), ("rose", "increased"), ("fell", "dropped"),
    ("company", "firm"), ("government", "administration"), ("announced", "unveiled"),
    ("expected", "forecast"), ("profits", "earnings"), ("people", "individuals"),
    ("however", "but"), ("also", "additionally"), ("big", "large"), ("shares", "stock"),
    ("minister", "secretary"), ("plans", "proposals"), ("help", "assist"), ("buy", "acquire"),
    ("show", "indicate"), ("new", "fresh"), ("market", "sector"), ("cut", "reduce"),
)
BOILERPLATE = (
    "Follow {o} on Twitter for the latest news.",
    "Copyright {y} {o}. All rights reserved.",
    "Sign up for our daily newsletter.",
    "Read more: the week in business.",
    "This story has been updated.",
    "Additional reporting by staff in London.",
    "Share this article",
)
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"])")
_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?")
_NUM = re.compile(r"\d+(?:\.\d+)?")
_WORD = {a: re.compile(rf"\b{a}\b") for a, _ in REWORD}


def sentences(text: str) -> list[str]:
    return [s.strip() for p in text.split("\n") for s in _SENT.split(p) if s.strip()]


def name_pool(articles: list[dict[str, str]]) -> list[str]:
    names: set[str] = set()
    for a in articles:
        names.update(m.group() for m in _NAME.finditer(a["text"]))
    return sorted(names)


def variant(text: str, others: list[str], rng: random.Random, pool: list[str],
            ) -> tuple[str, str]:
    """A different event of a similar kind: a third of the article's sentences mixed with
    sentences of two other articles of its category, every name replaced by another name
    and every number changed; the headline is taken from the new first sentence."""
    mapping: dict[str, str] = {}

    def rename(m: re.Match[str]) -> str:
        return mapping.setdefault(m.group(), rng.choice(pool))

    def renumber(m: re.Match[str]) -> str:
        v = float(m.group()) * rng.uniform(0.3, 3.0)
        return f"{v:.1f}" if "." in m.group() else str(max(1, round(v)))

    sents = sentences(text)
    kept = [s for s in sents if rng.random() < 0.35] or sents[:1]
    borrowed = [s for o in others for s in sentences(o)]
    mix = kept + rng.sample(borrowed, min(len(borrowed), len(kept) + 2))
    rng.shuffle(mix)
    out = [_NUM.sub(renumber, _NAME.sub(rename, s)) for s in mix]
    words = out[0].split()
    return "\n\n".join(out), " ".join(words[:9]).rstrip(".,;:")


def rereport(text: str, title: str, outlet: str, year: int, rng: random.Random,
             ) -> tuple[str, str]:
    """Another outlet's report of the same event."""
    sents = sentences(text)
    kept = [s for k, s in enumerate(sents) if (k == 0 and rng.random() < 0.7)
            or rng.random() > 0.2] or sents[:2]
    for _ in range(rng.randint(0, 2)):  # move a sentence
        if len(kept) > 3:
            k = rng.randrange(1, len(kept) - 1)
            kept[k], kept[k + 1] = kept[k + 1], kept[k]
    out = [_reworded(s, rng) for s in kept]
    if rng.random() < 0.5:
        out.append(rng.choice(BOILERPLATE).format(o=outlet, y=year))
    if rng.random() < 0.3:
        out.insert(0, rng.choice(BOILERPLATE).format(o=outlet, y=year))
    return "\n\n".join(out), _new_title(title, kept, rng)


def _reworded(s: str, rng: random.Random) -> str:
    if rng.random() < 0.4:
        for a, b in REWORD:
            if rng.random() < 0.5:
                s = _WORD[a].sub(b, s)
    if rng.random() < 0.15:
        s = _NUM.sub(lambda m: str(round(float(m.group()))) if "." in m.group()
                     else str(int(m.group()) + rng.choice((-1, 1))), s, count=1)
    return s


def _new_title(title: str, kept: list[str], rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        return title
    if r < 0.6:
        return kept[0][:90].rsplit(" ", 1)[0]
    if r < 0.8:
        return "UPDATE 1-" + title
    words = title.split()
    return " ".join(words[len(words) // 2:] + words[:len(words) // 2])


def date_text(day: dt.date, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:
        return day.isoformat()
    if r < 0.8:
        return day.strftime("%b %d, %Y")
    return day.strftime("%d %B %Y")


def build(size: int, seed: int, out: Path) -> tuple[int, int]:
    articles = [json.loads(line) for line in BBC.open(encoding="utf-8")]
    pool = name_pool(articles)
    by_category: dict[str, list[int]] = {}
    for k, a in enumerate(articles):
        by_category.setdefault(a["category"], []).append(k)
    out.parent.mkdir(parents=True, exist_ok=True)
    n = events = 0
    start = dt.date(2005, 1, 1)
    with out.open("w", encoding="utf-8") as fh:
        while n < size:
            rng = random.Random(seed * 1_000_003 + events)
            base = articles[events % len(articles)]
            text, title = base["text"], base["title"]
            if events >= len(articles):
                same_kind = by_category[base["category"]]
                others = [articles[rng.choice(same_kind)]["text"] for _ in range(2)]
                text, title = variant(text, others, rng, pool)
            day = start + dt.timedelta(days=(events * 7919) % 730)
            reports = min(1 + int(rng.expovariate(1 / 2.0)), 8, size - n)
            outlets = rng.sample(OUTLETS, reports)
            for r in range(reports):
                if r == 0:
                    t, h, src = text, title, "bbc.co.uk"
                else:
                    t, h = rereport(text, title, outlets[r], day.year, rng)
                    src = outlets[r]
                when = day + dt.timedelta(days=rng.choice((0, 0, 0, 1)) if r else 0)
                rec = {"id": f"a{n:07d}", "title": h, "text": t, "source": src,
                       "date": date_text(when, rng), "url": f"https://{src}/news/{n}",
                       "story": f"e{events}", "base": base["id"]}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
            events += 1
    return n, events


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    if not BBC.exists():
        raise SystemExit(f"BBC articles not found at {BBC}")
    n, events = build(args.size, args.seed, args.out)
    print(f"{n} articles, {events} events -> {args.out}")


if __name__ == "__main__":
    main()
