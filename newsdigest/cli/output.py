"""``-o/--output FILE``: the command's output goes to FILE instead of stdout, in the format
``--format`` names or, with ``--format auto``, the one FILE's extension names (``.html``,
``.json``, ``.jsonl``, ``.csv``, ``.tsv``, ``.md``; anything else: the table as plain text)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from ..errors import EXIT_ERROR
from . import context
from .options import Format

EXTENSIONS = {".html": Format.html, ".htm": Format.html, ".json": Format.json,
              ".jsonl": Format.jsonl, ".ndjson": Format.jsonl, ".csv": Format.csv,
              ".tsv": Format.tsv, ".md": Format.md}


def format_for(path: str) -> Format:
    return EXTENSIONS.get(Path(path).suffix.lower(), Format.table)


@contextmanager
def redirected(path: str | None, fmt: Format) -> Iterator[Format]:
    """Inside: stdout is FILE (not a terminal); yields the format to use."""
    if not path or path == "-":
        yield fmt
        return
    env = context.current()
    try:
        stream = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
    except OSError as e:
        from ..render.text import safe

        env.stderr.write(f"newsdigest: error: {safe(path)}: cannot write: "
                         f"{safe(e.strerror or str(e))}\n")
        raise typer.Exit(EXIT_ERROR) from None
    with stream, context.use(dataclasses.replace(env, stdout=stream, stdout_isatty=False)):
        yield format_for(path) if fmt is Format.auto else fmt


def only_for_compare(fmt: Format) -> None:
    """``--format html`` is a report of a comparison (compare, cluster): other commands
    refuse it (exit 2)."""
    if fmt is Format.html:
        raise typer.BadParameter("html is for 'newsdigest compare' and 'newsdigest cluster'",
                                 param_hint="'--format'")
