"""The commands: each parses its options, calls the library and hands the result to a
renderer. Shared options come from ``options``; error handling and output from ``session``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, TextIO

import typer
from typer.main import get_command_name

from .. import __version__
from ..errors import EXIT_ERROR, InputError
from . import startup_over
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
from .output import only_for_compare, redirected
from .session import Session, guarded
from .usage import Group, examples

if TYPE_CHECKING:
    from rich.console import RenderableType

    from ..model import Analysis, Article, Comparison, Digest
    from ..pairs import PairScore

app = typer.Typer(
    name="newsdigest",
    help="Show how different outlets report the same story, statement by statement.\n\n"
    "Exit codes: 0 ok, 1 bad input or runtime error, 2 usage error.",
    cls=Group,
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help, as click writes it: rich.markdown costs ~50 ms
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsdigest {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Show how different outlets report the same story, statement by statement."""


def _digests_output(digests: Iterable[Digest]) -> Output:
    from ..render import records

    def table() -> Iterator[RenderableType]:
        from ..render.tables import digest_panel

        return (digest_panel(d) for d in digests)

    def markdown() -> Iterator[str]:
        from ..render.markdown import digest_markdown

        return (digest_markdown(d) for d in digests)

    return Output(records=lambda: (records.digest(d) for d in digests),
                  columns=records.DIGEST_COLUMNS, table=table, markdown=markdown,
                  rows=lambda: (r for d in digests for r in records.digest_rows(d)))


@app.command(epilog=examples(
    "newsdigest summarize seeds/000_0e89ee0f3769bdb9.txt",
    "newsdigest summarize -n 3 -f json articles/ > digests.json",
    "curl -s https://example.org/feed.rss | newsdigest summarize -"))
def summarize(
    paths: PathsArg = None,
    top: Annotated[int | None, typer.Option(
        "--top", "-n", min=0, max=1000, metavar="N",
        help="Key statements per article (default: setting digest.top)."
    )] = None,
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
    """One digest per article: headline, dateline, lead, key statements, quotes with their
    speakers, figures, people and places, and what was cleaned."""
    from ..digest import make_digest

    only_for_compare(format)
    with redirected(output, format) as format, \
            guarded(lambda: Session(format, config, no_color, debug, strict,
                                         quiet=quiet, no_pager=no_pager)) as s:
        s.override(digest__top=top, load__include=include or None,
                   load__exclude=exclude or None)
        digests = (make_digest(a, s.config) for a in s.analyses(paths))
        emit(s, _digests_output(digests), csv_safe)
        s.finish()


@app.command(epilog=examples(
    "newsdigest compare seeds/*.txt",
    "newsdigest compare a.txt b.txt c.json -o report.html",
    "newsdigest compare --story 3 articles/ -f json"))
def compare(
    paths: PathsArg = None,
    same: Annotated[float | None, typer.Option(
        "--same", min=0, max=100, metavar="SCORE",
        help="Score for tier 'same' (default: setting match.same).")] = None,
    link: Annotated[float | None, typer.Option(
        "--link", min=0, max=100, metavar="SCORE",
        help="Link score (0-100: how likely two statements report the same fact) at which "
             "statements of different reports are grouped (default: setting match.link)."
    )] = None,
    story: Annotated[int | None, typer.Option(
        "--story", min=1, metavar="N",
        help="Compare only the articles of story N, as 'newsdigest cluster' numbers the "
             "stories of the same inputs.")] = None,
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
    """Align the statements of two or more reports: what they share (with a score and the
    words that differ), what each alone says, where figures or quotes disagree, and whether
    they are about the same event."""
    from ..comparison import compare as run_compare

    with redirected(output, format) as format, \
            guarded(lambda: Session(format, config, no_color, debug, strict,
                                         quiet=quiet, no_pager=no_pager)) as s:
        s.override(match__same=same, match__link=link, load__include=include or None,
                   load__exclude=exclude or None)
        analyses = list(s.analyses(paths) if story is None else _story(s, paths, story))
        if len(analyses) < 2:
            s.warn(f"error: compare needs at least two readable articles, got {len(analyses)}")
            raise typer.Exit(EXIT_ERROR)
        s.progress.phase("matching", None, "reports")
        result = run_compare(analyses, s.config)
        emit(s, _comparison_output(result), csv_safe)
        s.finish()


def _comparison_output(result: Comparison) -> Output:
    from ..render import records

    def table() -> list[RenderableType]:
        from ..render.tables import comparison_view

        return [comparison_view(result)]

    def html() -> str:
        from ..render.html import comparison_html

        return comparison_html(result)

    def markdown() -> str:
        from ..render.markdown import comparison_markdown

        return comparison_markdown(result)

    return Output(records=lambda: records.comparison_parts(result),
                  columns=records.COMPARE_COLUMNS, table=table, html=html, markdown=markdown,
                  document=lambda: records.comparison(result),
                  rows=lambda: records.comparison_rows(result))


def _story(s: Session, paths: list[str] | None, story: int) -> Iterator[Analysis]:
    """The analysed articles of story ``story``: every input is read and clustered as
    ``newsdigest cluster`` does (``clustering.story_members``; files stream: only signatures are
    kept, then they are read again for the story's articles; stdin and URLs are kept)."""
    from ..clustering import story_members
    from ..errors import UsageError
    from ..pipeline import read_inputs

    def again() -> Iterator[Article]:  # errors: said already on the first read
        return (a for a in read_inputs(paths or [], s.config) if not isinstance(a, InputError))

    try:
        members = story_members(s.articles(paths), s.config, story,
                                again=again if s.rereadable(paths) else None)
    except KeyError as e:
        raise UsageError(f"there is no story {story}: these inputs make {e.args[-1]} stories "
                         "(see 'newsdigest cluster')") from None
    return (s.analyse(a) for a in members)


@app.command(epilog=examples(
    "printf 'Lavrov met Pompeo.\\tPompeo met Lavrov.\\n' | newsdigest pairs",
    "newsdigest pairs pairs.tsv -f csv"))
def pairs(
    file: Annotated[str, typer.Argument(metavar="[FILE|-]",
                                        help="Lines of 'statement<TAB>statement'; - is stdin.")
                    ] = "-",
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
    """Score statement pairs: for each input line of two tab-separated statements, the score
    (0-100) and tier (same, related or empty) that compare would give them."""
    import io
    import itertools

    from ..match import Matcher
    from ..pairs import read_pairs, score_pairs

    only_for_compare(format)
    with redirected(output, format) as format, \
            guarded(lambda: Session(format, config, no_color, debug, strict,
                                         quiet=quiet, no_pager=no_pager)) as s:
        stream: TextIO
        if file == "-":
            if s.env.stdin_isatty:
                s.warn("error: pairs reads 'statement<TAB>statement' lines from FILE or stdin")
                raise typer.Exit(2)
            where, stream = "stdin", io.TextIOWrapper(s.env.stdin, encoding="utf-8",
                                                        errors="replace")
        else:
            try:
                stream = open(file, encoding="utf-8", errors="replace")  # noqa: SIM115
            except OSError as e:
                raise InputError(e.strerror or str(e), where=file) from e
            where = file
        with stream:
            found = _scored_rows(s, score_pairs(read_pairs(stream, where), Matcher(s.config)))
            if s.format is not Format.jsonl:  # jsonl streams; the rest need every row
                found = iter(list(found))
            first = next(found, None)
            if first is None and not s.failed_inputs:
                raise InputError("no statement pairs: the input is empty (expected lines of "
                                 "'statement<TAB>statement')", where=where)
            rows = itertools.chain([first] if first else [], found)
            emit(s, _pairs_output(rows), csv_safe)
        if s.failed_inputs:
            s.warn(f"{s.failed_inputs} lines could not be read")
            raise typer.Exit(EXIT_ERROR)


def _scored_rows(s: Session, scored: Iterable[PairScore | InputError],
                 ) -> Iterator[dict[str, object]]:
    """The record of each scored line; an unreadable line is said on stderr and counted."""
    for item in scored:
        if isinstance(item, InputError):
            s.error(item)
            s.failed_inputs += 1
            if s.strict:
                raise typer.Exit(EXIT_ERROR)
            continue
        yield {"line": item.line, "score": item.score, "tier": item.tier, "a": item.a,
               "b": item.b}
        startup_over()  # the first pair scored: the matcher's models are loaded


def _pairs_output(rows: Iterable[dict[str, object]]) -> Output:
    """jsonl and csv carry line, score and tier (the statements are the input's); md and the
    table show the statements too."""
    columns = ("line", "score", "tier")

    def table() -> list[RenderableType]:
        from ..render.tables import pairs_table

        return [pairs_table(list(rows))]

    def markdown() -> str:
        from ..render.text import markdown_table

        return markdown_table(rows, (*columns, "a", "b"))

    return Output(records=lambda: ({k: r[k] for k in columns} for r in rows), columns=columns,
                  table=table, markdown=markdown)


@app.command("config", epilog=examples(
    "newsdigest config", "newsdigest config --config my.yaml -f json"))
def show_config(
    format: FormatOpt = Format.auto,
    output: OutputOpt = None,
    config: ConfigOpt = None,
    no_color: NoColorOpt = False,
    no_pager: NoPagerOpt = False,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """The effective settings, each with where its value came from."""
    from .. import config as cfg

    only_for_compare(format)
    with redirected(output, format) as format, \
            guarded(lambda: Session(format, config, no_color, debug,
                                         quiet=quiet, no_pager=no_pager)) as s:
        effective = s.config
        rows = [{"key": st.key, "value": effective.value(st.key),
                 "source": effective.source(st.key), "help": st.help} for st in cfg.SETTINGS]

        def table() -> list[RenderableType]:
            from ..render.tables import config_table

            return [config_table(rows)]

        emit(s, Output(records=lambda: rows, columns=("key", "value", "source", "help"),
                       table=table))


def _register_cluster() -> None:
    from .cluster_cmd import cluster

    app.command()(cluster)


_register_cluster()


@contextmanager
def only_command(args: Sequence[str]) -> Iterator[None]:
    """Within it, ``app`` holds only the command ``args`` run (their first word, when it names
    one): Typer turns every registered command's signature into click parameters before it
    dispatches, ~1 ms of each start-up per command. Top-level help, ``--version``, shell
    completion and a mistyped name (click suggests the close ones) see them all."""
    every = app.registered_commands
    wanted = args[0] if args else ""
    kept = [c for c in every
            if (c.name or get_command_name(c.callback.__name__ if c.callback else "")) == wanted]
    app.registered_commands = kept or every
    try:
        yield
    finally:
        app.registered_commands = every
