"""Serialise records as JSON, JSON Lines, CSV, TSV or Markdown text. Each function returns
text ending in a newline (or an iterator of lines) for the CLI to write."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from .records import Record

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def to_json(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def jsonl_lines(records: Iterable[Record]) -> Iterator[str]:
    for rec in records:
        yield json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _spreadsheet_safe(text: str) -> str:
    """A cell a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + text if text.startswith(FORMULA_START) else text


def delimited_lines(rows: Iterable[Record], columns: Sequence[str], *, tsv: bool = False,
                    safe: bool = False, header: bool = True) -> Iterator[str]:
    """CSV (RFC 4180 quoting) or TSV (tabs and newlines inside cells become spaces, so every
    record is one line for awk/cut), with a header row."""
    if header:
        yield ("\t" if tsv else ",").join(columns) + "\n"
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for row in rows:
        cells = [_cell(row.get(c)) for c in columns]
        if safe:
            cells = [_spreadsheet_safe(c) for c in cells]
        if tsv:
            yield "\t".join(" ".join(c.split()) if c else c for c in cells) + "\n"
        else:
            # a newline inside a quoted cell would break one-record-per-line
            writer.writerow([" ".join(c.splitlines()) for c in cells])
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()


def _md_escape(text: str) -> str:
    return " ".join(text.replace("\\", "\\\\").replace("|", "\\|").split())


def markdown_table(rows: Iterable[Record], columns: Sequence[str]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        lines.append("| " + " | ".join(_md_escape(_cell(row.get(c))) for c in columns) + " |")
    return "\n".join(lines) + "\n"
