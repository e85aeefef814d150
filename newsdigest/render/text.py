"""Serialise records as JSON, JSON Lines, CSV, TSV or Markdown text. Each function returns
text ending in a newline (or an iterator of lines) for the CLI to write."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..lazyre import lazy

Record = dict[str, Any]  # as render.records builds them

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# control characters (all but tab and newline, C1 included) and lone surrogate halves
_CONTROL = lazy(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\ud800-\udfff]")  # json.dumps escapes the rest


def _visible(m: re.Match[str]) -> str:
    c = m.group()
    return "\ufffd" if "\ud800" <= c <= "\udfff" else f"\\x{ord(c):02x}"


def safe(text: str) -> str:
    """Text fit for a terminal: control characters (ESC, BEL, C1 ...) shown as visible
    ``\\x1b``, a lone surrogate half (which no terminal encoding can carry) as U+FFFD. Every
    string the CLI writes goes through here (or ``json_safe``), so nothing from an input
    reaches the terminal raw."""
    return _CONTROL.sub(_visible, text)


def _json_escape(m: re.Match[str]) -> str:
    c = m.group()
    return "\ufffd" if "\ud800" <= c <= "\udfff" else f"\\u{ord(c):04x}"


def json_safe(text: str) -> str:
    """JSON text fit for a terminal, with the same data: DEL and the C1 controls (which
    ``json.dumps(ensure_ascii=False)`` leaves raw) escaped as ``\\u009b``, a lone surrogate
    half as U+FFFD."""
    return _JSON_UNSAFE.sub(_json_escape, text)


def to_json(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def jsonl_lines(records: Iterable[Record]) -> Iterator[str]:
    for rec in records:
        yield json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"  # as json writes it
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _spreadsheet_safe(text: str) -> str:
    """A cell a spreadsheet would run as a formula gets a leading apostrophe; so does one
    whose first character after blanks would (spreadsheets may trim the blanks)."""
    return "'" + text if text.startswith(FORMULA_START) or \
        text.lstrip().startswith(FORMULA_START) else text


def delimited_lines(rows: Iterable[Record], columns: Sequence[str], *, tsv: bool = False,
                    safe: bool = False, header: bool = True) -> Iterator[str]:
    """CSV (RFC 4180 quoting) or TSV (tabs and newlines inside cells become spaces, so every
    record is one line for awk/cut), with a header row."""
    import csv  # only here: the other formats need not import it

    if header:
        yield ("\t" if tsv else ",").join(columns) + "\n"
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for row in rows:
        cells = [_cell(row.get(c)) for c in columns]
        # tsv: tabs and newlines become spaces; csv: a newline inside a quoted cell would
        # break one-record-per-line. The formula check comes after, on the cell as written.
        cells = [" ".join(c.split()) if tsv else " ".join(c.splitlines()) for c in cells]
        if safe:
            cells = [_spreadsheet_safe(c) for c in cells]
        if tsv:
            yield "\t".join(cells) + "\n"
        else:
            writer.writerow(cells)
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
