"""The one place output formats are decided (as sqlite-utils' ``output_rows``): a command
describes its result once, as an ``Output``, and ``emit`` writes it in the session's format.

- jsonl: ``records`` one per line, streamed as they come;
- json: ``document`` (default: the records as one array);
- csv, tsv: ``rows`` (default: the records) under ``columns``;
- md: ``markdown`` (default: a table of the rows);
- table: ``table`` (Rich renderables, shown one after another as they come);
- html: ``html`` (a command without one refuses html before it starts: ``only_for_compare``).

Every producer is a callable, so only the chosen format's work is done."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .options import Format

if TYPE_CHECKING:
    from rich.console import RenderableType

    from .session import Session

Record = dict[str, Any]


@dataclass(frozen=True)
class Output:
    """A command's result in the forms the output formats take."""

    records: Callable[[], Iterable[Record]]
    columns: Sequence[str]
    table: Callable[[], Iterable[RenderableType]]
    document: Callable[[], Any] | None = None
    rows: Callable[[], Iterable[Record]] | None = None
    markdown: Callable[[], str | Iterable[str]] | None = None
    html: Callable[[], str] | None = None


def emit(s: Session, out: Output, csv_safe: bool = False) -> None:
    """Write ``out`` to stdout in ``s.format``."""
    from ..render import text

    fmt = s.format
    if fmt is Format.jsonl:
        s.write_lines(text.jsonl_lines(out.records()))
    elif fmt is Format.json:
        s.write(text.to_json(out.document() if out.document else list(out.records())))
    elif fmt in (Format.csv, Format.tsv):
        rows = out.rows() if out.rows else out.records()
        s.write_lines(text.delimited_lines(rows, out.columns, tsv=fmt is Format.tsv,
                                           safe=csv_safe))
    elif fmt is Format.md:
        md = out.markdown() if out.markdown else \
            text.markdown_table(out.rows() if out.rows else out.records(), out.columns)
        if isinstance(md, str):
            s.write(md)
        else:
            s.write_lines(md)
    elif fmt is Format.html and out.html is not None:
        s.write(out.html())
    else:
        for renderable in out.table():
            s.show(renderable)
