"""Stories (``newsdigest cluster``) as machine records, a Rich table and Markdown.

Records: one per article (jsonl, csv, tsv) ``{"type": "article", "article", "story",
"story_size", "title", "source", "date", "url", "origin"}`` in story order, then input order;
or one per story (json) ``{"story", "size", "title", "sources", "dates", "articles": [...],
"key_statements": [{"text", "articles"}]}``."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import RenderableType

    from ..model import Story

Record = dict[str, Any]
ARTICLE_COLUMNS = ("article", "story", "story_size", "title", "source", "date", "url", "origin")


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What the listing shows of one input article."""

    title: str
    source: str | None
    date: str | None
    url: str | None
    origin: str


KeyStatements = Mapping[int, Sequence[tuple[str, Sequence[str]]]]  # story -> (text, ids)


def article_records(stories: Sequence[Story], info: Mapping[str, ArticleInfo],
                    ) -> Iterator[Record]:
    for s in stories:
        for aid in s.articles:
            a = info[aid]
            yield {"type": "article", "article": aid, "story": s.id,
                   "story_size": len(s.articles), "title": a.title, "source": a.source,
                   "date": a.date, "url": a.url, "origin": a.origin}


def story_record(s: Story, info: Mapping[str, ArticleInfo], key: KeyStatements) -> Record:
    return {
        "type": "story", "story": s.id, "size": len(s.articles), "title": s.title,
        "sources": list(s.sources), "dates": list(s.dates),
        "articles": [{"article": aid, "title": info[aid].title, "source": info[aid].source,
                      "date": info[aid].date, "url": info[aid].url,
                      "origin": info[aid].origin} for aid in s.articles],
        "key_statements": [{"text": t, "articles": list(ids)} for t, ids in key.get(s.id, ())],
    }


def _short(items: Sequence[str], n: int) -> str:
    shown = ", ".join(items[:n])
    return shown + (f" +{len(items) - n}" if len(items) > n else "")


def _dates(dates: Sequence[str]) -> str:
    if not dates:
        return ""
    return dates[0] if len(dates) == 1 else f"{dates[0]} .. {dates[-1]}"


def stories_table(stories: Sequence[Story], key: KeyStatements, total: int,
                  articles: int) -> RenderableType:
    """The stories shown (``stories``, largest first) of ``total`` stories over ``articles``
    articles: size, sources, dates, headline and the statements most of them share."""
    from rich import box
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    from .tables import plain

    table = Table(box=box.SIMPLE_HEAVY, show_lines=True, expand=True,
                  title=f"{total} stories from {articles} articles")
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("size", justify="right", no_wrap=True)
    table.add_column("sources", ratio=1)
    table.add_column("dates", no_wrap=False, max_width=12)
    table.add_column("headline and shared statements", ratio=3)
    for s in stories:
        body = Text.assemble((plain(s.title).plain, "bold"))
        for text, ids in key.get(s.id, ())[:3]:
            body.append("\n• ")
            body.append(plain(text))
            body.append(f" ({len(ids)})", style="dim")
        table.add_row(str(s.id), str(len(s.articles)), plain(_short(s.sources, 4)),
                      plain(_dates(s.dates)), body)
    rest = total - len(stories)
    if rest <= 0:
        return table
    return Group(table, Text(f"... and {rest} more stories (--top 0 shows all)", style="dim"))


def stories_markdown(stories: Sequence[Story], key: KeyStatements) -> Iterator[str]:
    def cell(text: str) -> str:
        return " ".join(text.replace("|", "\\|").split())

    yield "| # | size | sources | dates | headline | shared statements |\n"
    yield "|---:|---:|---|---|---|---|\n"
    for s in stories:
        shared = "<br>".join(cell(t) + f" ({len(ids)})" for t, ids in key.get(s.id, ())[:3])
        yield (f"| {s.id} | {len(s.articles)} | {cell(_short(s.sources, 4))} | "
               f"{cell(_dates(s.dates))} | {cell(s.title)} | {shared} |\n")
