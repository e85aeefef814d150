"""Options shared by every command (one definition, so they read the same everywhere), and the
one place that decides what depends on a terminal: what ``--format auto`` means, whether
output goes through a pager and with which command, whether progress is shown."""

from __future__ import annotations

import os
import shlex
from enum import StrEnum
from typing import Annotated

import typer

from .context import Environment


class Format(StrEnum):
    auto = "auto"
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    md = "md"
    html = "html"


def resolve_format(fmt: Format, env: Environment) -> Format:
    """``auto``: Rich tables when stdout is a terminal, JSON Lines otherwise."""
    if fmt is Format.auto:
        return Format.table if env.stdout_isatty else Format.jsonl
    return fmt


DEFAULT_PAGER = "less -FRX"


def pager_command(env: Environment, no_pager: bool, setting: str) -> list[str] | None:
    """The pager table output goes through, like git's: only when stdout is a terminal and
    ``--no-pager`` is not given; ``$NEWSDIGEST_PAGER``, else the setting ``output.pager``,
    else ``$PAGER``, else ``less -FRX``. A variable set empty, or ``cat``, means no pager
    (the setting's empty default means not set)."""
    if no_pager or not env.stdout_isatty:
        return None
    command = env.environ.get("NEWSDIGEST_PAGER")
    if command is None:
        command = setting if setting.strip() else env.environ.get("PAGER", DEFAULT_PAGER)
    try:
        argv = shlex.split(command)
    except ValueError:
        return None
    return argv if argv and argv != ["cat"] else None


def terminal_lines(env: Environment) -> int | None:
    """Lines of the terminal stdout shows on (``$LINES`` first); None when unknown."""
    lines = env.environ.get("LINES", "")
    if lines.isdigit() and int(lines) > 0:
        return int(lines)
    try:
        return os.get_terminal_size(env.stdout.fileno()).lines or None
    except (AttributeError, ValueError, OSError):
        return None


def show_progress(env: Environment, quiet: bool) -> bool:
    """Progress bars only when stderr is a terminal (and not ``--quiet``)."""
    return env.stderr_isatty and not quiet


FormatOpt = Annotated[Format, typer.Option(
    "--format", "-f", case_sensitive=False, metavar="FORMAT",
    help="Output format: auto, table, json, jsonl, csv, tsv, md or html. auto = table when "
         "stdout is a terminal, jsonl when it is a pipe or file. Machine formats (json, jsonl, "
         "csv, tsv, md) are documented in the README; html (compare, cluster) is one "
         "self-contained report file.")]
OutputOpt = Annotated[str | None, typer.Option(
    "--output", "-o", metavar="FILE", show_default=False,
    help="Write the output to FILE instead of stdout; with --format auto the extension picks "
         "the format (.html .json .jsonl .csv .tsv .md; else the table as text).")]
ConfigOpt = Annotated[str | None, typer.Option(
    "--config", metavar="PATH", help="Settings file (default: $NEWSDIGEST_CONFIG, "
    "./config.yaml, then the user config dir).")]
# metavar "" on flags: no '<bool>' type noise in --help
NoColorOpt = Annotated[bool, typer.Option("--no-color", metavar="",
                                          help="No colour (also: NO_COLOR set).")]
QuietOpt = Annotated[bool, typer.Option(
    "--quiet", "-q", metavar="",
    help="No notices, warnings or progress on stderr; errors are still shown.")]
NoPagerOpt = Annotated[bool, typer.Option(
    "--no-pager", metavar="",
    help="Print long tables straight to the terminal instead of through the pager "
         "($NEWSDIGEST_PAGER, setting output.pager, $PAGER, less -FRX).")]
DebugOpt = Annotated[bool, typer.Option("--debug", metavar="",
                                        help="Show tracebacks for errors.")]
StrictOpt = Annotated[bool, typer.Option(
    "--strict", metavar="",
    help="Stop at the first input that cannot be read (default: report it, go on).")]
CsvSafeOpt = Annotated[bool, typer.Option(
    "--csv-safe", metavar="",
    help="In csv/tsv, prefix cells starting with = + - @ with ' so a "
    "spreadsheet shows them as text instead of running them as formulas.")]
IncludeOpt = Annotated[list[str] | None, typer.Option(
    "--include", metavar="GLOB", show_default=False,
    help="In directories and archives, read only files matching this glob (repeatable; a "
         "pattern without '/' matches the file name, else the relative path) (default: "
         "setting load.include; none: the known extensions).")]
ExcludeOpt = Annotated[list[str] | None, typer.Option(
    "--exclude", metavar="GLOB", show_default=False,
    help="In directories and archives, skip files matching this glob (repeatable) "
         "(default: setting load.exclude).")]
def _no_empty_path(paths: list[str] | None) -> list[str] | None:
    """An empty path is a mistake (an unset shell variable), not the current directory."""
    if paths and any(not p.strip() for p in paths):
        raise typer.BadParameter("an empty path (an unset variable?): name a file, a "
                                 "directory, a URL or '-'")
    return paths


PathsArg = Annotated[list[str] | None, typer.Argument(
    metavar="PATH|URL|-", show_default=False, callback=_no_empty_path,
    help="Articles: text, Markdown, JSON / JSON Lines, saved web pages, RSS/Atom feeds, "
         "http(s) URLs, zip/tar archives, directories and globs; '-' for stdin. None: stdin "
         "if it carries data, else the two bundled seed reports.")]
