"""``newsdigest cluster``: group articles into stories (one real-world event each).

Registered in ``app.py`` with ``app.command()(cluster)``. Articles are read once and reduced to
compact signatures as they stream in (no text is kept); the shared statements of the stories
shown are found in a second read of the inputs (stdin and URLs are kept in memory instead)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import InputError
from .emit import Output, emit
from .options import (
    ConfigOpt,
    CsvSafeOpt,
    DebugOpt,
    ExcludeOpt,
    Format,
    FormatOpt,
    IncludeOpt,
    NoColorOpt,
    NoPagerOpt,
    OutputOpt,
    PathsArg,
    QuietOpt,
    StrictOpt,
)
from .output import redirected
from .session import Session, guarded

if TYPE_CHECKING:
    from ..model import Article, Comparison, Story
    from ..render.stories import ArticleInfo


class Engine(StrEnum):
    local = "local"
    dask = "dask"


def cluster(
    paths: PathsArg = None,
    engine: Annotated[Engine, typer.Option(
        "--engine", case_sensitive=False, metavar="local|dask",
        help="local: this machine (up to a few hundred thousand articles); dask: a Dask "
             "cluster, for more (needs the 'dask' extra). Both give the same stories.")
    ] = Engine.local,
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", metavar="ADDRESS", envvar="DASK_SCHEDULER_ADDRESS",
        help="Dask scheduler, e.g. tcp://host:8786 (default: $DASK_SCHEDULER_ADDRESS, else a "
             "local Dask cluster is started).")] = None,
    threshold: Annotated[float | None, typer.Option(
        "--threshold", min=0, max=1, metavar="SIMILARITY",
        help="Similarity at which articles join one story (default: the setting "
             "cluster.threshold); higher: smaller, tighter stories.")] = None,
    top: Annotated[int, typer.Option(
        "--top", "-n", min=0, metavar="N",
        help="Stories listed in table and md output, largest first (0: all).")] = 20,
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
    format: FormatOpt = Format.auto,
    output: OutputOpt = None,
    config: ConfigOpt = None,
    no_color: NoColorOpt = False,
    no_pager: NoPagerOpt = False,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
    strict: StrictOpt = False,
    csv_safe: CsvSafeOpt = False,
) -> None:
    """Group articles into stories, one real-world event each: size, sources, dates,
    headline and the statements the reports share. jsonl/csv/tsv: one line per article with
    its story number (for 'newsdigest compare PATHS --story N'); json: one object per story;
    html: a report with a section per story, its reports compared side by side."""
    from ..clustering import cluster as run_cluster

    with redirected(output, format) as format, \
            guarded(lambda: Session(format, config, no_color, debug, strict,
                                    quiet=quiet, no_pager=no_pager)) as s:
        s.override(cluster__threshold=threshold, load__include=include or None,
                   load__exclude=exclude or None)
        info: dict[str, ArticleInfo] = {}
        # stdin, the bundled seeds and URLs are not read twice: keep those articles
        kept: dict[str, Article] | None = None if s.rereadable(paths) else {}
        result = run_cluster(_articles(s, paths, info, kept), s.config, engine=engine.value,
                             scheduler=scheduler,
                             progress=s.progress if s.progress.enabled else None)
        emit(s, _stories_output(s, result.stories, info, paths or [], kept, top), csv_safe)
        s.finish()


def _stories_output(s: Session, stories: Sequence[Story], info: dict[str, ArticleInfo],
                    paths: Sequence[str], kept: dict[str, Article] | None, top: int) -> Output:
    """jsonl, csv, tsv: one record per article with its story; json: every story, with the
    statements its reports share; table, md, html: the ``top`` largest."""
    from ..render import stories as render

    shown = stories if top == 0 else stories[:top]

    def key() -> dict[int, list[tuple[str, tuple[str, ...]]]]:
        several = [st for st in (stories if s.format is Format.json else shown)
                   if len(st.articles) > 1]
        return _key_statements(s, several, paths, kept)

    def html() -> str:
        from ..render.html import stories_html

        return stories_html(list(_sections(s, shown, info, paths, kept)))

    def document() -> list[dict[str, object]]:
        found = key()
        return [render.story_record(st, info, found) for st in stories]

    return Output(
        records=lambda: render.article_records(stories, info), columns=render.ARTICLE_COLUMNS,
        table=lambda: [render.stories_table(shown, key(), len(stories), len(info))],
        document=document, markdown=lambda: render.stories_markdown(shown, key()), html=html)


def _articles(s: Session, paths: list[str] | None, info: dict[str, ArticleInfo],
              kept: dict[str, Article] | None) -> Iterator[Article]:
    """Every readable article as loaded (clustering reads the text itself; unreadable inputs
    are reported by the session), recording what the listing shows of each."""
    from ..render.stories import ArticleInfo

    for item in s.articles(paths):
        info[item.id] = ArticleInfo(item.title, item.source, item.date, item.url,
                                    str(item.origin))
        if kept is not None:
            kept[item.id] = item
        yield item


def _key_statements(s: Session, stories: Sequence[Story], paths: Sequence[str],
                    kept: dict[str, Article] | None,
                    ) -> dict[int, list[tuple[str, tuple[str, ...]]]]:
    """The statements the reports of each story share, most widely shared first. Reads the
    inputs again (or uses the kept stdin articles); a story's texts are held until its last
    article has been read, then grouped with other finished stories in one bulk pass (batches
    run in several processes on large inputs)."""
    from ..clustering import shared_statements_batches

    out: dict[int, list[tuple[str, tuple[str, ...]]]] = {}
    s.progress.phase("matching", len(stories), "stories")
    batches = _finished_stories(s, stories, paths, kept)
    for ids, found in shared_statements_batches(batches, s.config):
        out.update(zip(ids, found, strict=True))
        s.progress(len(out))
    return out


HTML_COMPARED = 8  # reports of one story compared side by side in the html report


def _sections(s: Session, stories: Sequence[Story], info: dict[str, ArticleInfo],
              paths: Sequence[str], kept: dict[str, Article] | None,
              ) -> Iterator[tuple[str, Comparison | None, list[str]]]:
    """The html report's section of each story: its headline, what it is made of, and (for
    a story of several reports) the first ``HTML_COMPARED`` of them compared side by side."""
    from ..comparison import compare

    several = [st for st in stories if len(st.articles) > 1]
    compared: dict[int, Comparison] = {}
    order = {aid: n for n, aid in enumerate(info)}  # input order
    s.progress.phase("matching", len(several), "stories")
    for ids, texts in _finished_stories(s, several, paths, kept):
        for sid, arts in zip(ids, texts, strict=True):
            arts = sorted(arts, key=lambda a: order.get(a.id, 0))[:HTML_COMPARED]
            compared[sid] = compare([s.analyse(a) for a in arts], s.config)
            s.progress(len(compared))
    for st in stories:
        lines = [f"{len(st.articles)} report{'s' if len(st.articles) > 1 else ''}"
                 + (f" from {', '.join(st.sources)}" if st.sources else "")
                 + (f", {_span(st.dates)}" if st.dates else "")]
        if len(st.articles) > HTML_COMPARED:
            lines.append(f"The first {HTML_COMPARED} of its {len(st.articles)} reports are "
                         f"compared ('newsdigest compare PATHS --story {st.id}' compares all).")
        if len(st.articles) == 1:
            a = info[st.articles[0]]
            lines.append(" · ".join(x for x in (a.source, a.date, a.url or a.origin) if x))
        yield st.title, compared.get(st.id), lines


def _span(dates: Sequence[str]) -> str:
    return dates[0] if len(dates) == 1 else f"{dates[0]} to {dates[-1]}"


def _finished_stories(s: Session, stories: Sequence[Story], paths: Sequence[str],
                      kept: dict[str, Article] | None,
                      ) -> Iterator[tuple[list[int], list[list[Article]]]]:
    """The articles of ``stories`` grouped by story as they are read again (or taken from the
    kept stdin articles): ``clustering.finished_stories``."""
    from ..clustering import finished_stories
    from ..pipeline import read_inputs

    source = kept.values() if kept is not None else read_inputs(paths, s.config)
    return finished_stories(stories, (a for a in source if not isinstance(a, InputError)))
