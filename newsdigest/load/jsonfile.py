"""JSON reader: one object, an array of objects, an object holding such an array under
``articles``/``items``/``entries``/``data``/``results``, or JSON Lines (one object a line,
blank lines skipped).

The article fields come from the first present name listed in ``load.fields`` (``text`` from
``text``, ``body``, ``content``...). ``text`` may also be a list of paragraph strings;
``source`` may be an object with a ``name``. Ids: the ``id`` field (a string or an integer)
or else ``<file stem>#<n>`` where ``n`` counts the entries from 1 (bad entries included, so
fixing one entry does not renumber the others).

JSON Lines is recognised when the first non-blank line starts with ``{`` and ends with ``}``;
it is streamed line by line (a line longer than ``limits.max_article_bytes`` is skipped with
an error, without reading it into memory). Anything else is read whole, up to
``load.max_json_document_bytes``. One bad entry (invalid JSON, not an object, a field of the
wrong type, no text) is an ``InputError`` at ``file:line`` (or ``file#entry`` inside an array)
and the other entries still load.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any, BinaryIO

from ..config import Config
from ..errors import InputError
from ..model import Article, Origin, Repair
from . import read_upto
from .decode import decode, sniff_bom
from .text import base_id, where

FIELDS = ("id", "title", "text", "source", "date", "url")
CONTAINERS = ("articles", "items", "entries", "data", "results")
# a lone surrogate half ("\\ud800" in the JSON text) is no character: U+FFFD instead
_SURROGATE = re.compile("[\ud800-\udfff]")
TOO_DEEP = "invalid JSON: nested too deeply (an article is a flat object)"


class _Bad(Exception):
    """An entry that cannot be an article (message for the user)."""


def field_names(config: Config) -> dict[str, list[str]]:
    """The names tried for each article field (``load.fields``, checked when loaded)."""
    return {f: config.load.fields.get(f, [f]) for f in FIELDS}


def read(stream: BinaryIO, origin: Origin, config: Config) -> Iterator[Article | InputError]:
    names = field_names(config)
    base = base_id(origin)
    head = _peek(stream)
    encoding = sniff_bom(head)
    if encoding is not None and encoding.startswith("utf-16"):
        limit = config.load.max_json_document_bytes
        data = read_upto(stream, limit)
        if len(data) > limit:
            yield _too_big(origin, limit)
            return
        text, warning = decode(data, encoding)
        yield from _from_text(text, origin, config, names, base, warning)
        return
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    line_end = first.find(b"\n")
    first_line = (first if line_end < 0 else first[:line_end]).strip()
    if first_line.startswith(b"{") and first_line.endswith(b"}"):
        yield from _lines(stream, origin, config, names, base)
        return
    limit = config.load.max_json_document_bytes
    data = read_upto(stream, limit)
    if len(data) > limit:
        yield _too_big(origin, limit)
        return
    text, warning = decode(data)
    yield from _from_text(text, origin, config, names, base, warning)


def _peek(stream: BinaryIO) -> bytes:
    peek = getattr(stream, "peek", None)
    if peek is None:  # pragma: no cover - inputs.py always hands in a BufferedReader
        raise TypeError("the JSON reader needs a stream with peek()")
    head: bytes = peek(65536)
    return head


def _too_big(origin: Origin, limit: int) -> InputError:
    return InputError(
        f"JSON document larger than load.max_json_document_bytes ({limit} bytes): convert it "
        "to JSON Lines (jq -c '.[]' FILE > FILE.jsonl), which is streamed, or raise the limit",
        where=where(origin))


def _from_text(text: str, origin: Origin, config: Config, names: dict[str, list[str]],
               base: str, warning: Repair | None) -> Iterator[Article | InputError]:
    stripped = text.lstrip()
    if stripped.startswith("{") and "\n" in stripped and _first_line_is_object(stripped):
        counter = [0]
        for lineno, line in _text_lines(text):
            yield from _entries_from_line(line, lineno, counter, origin, config, names, base,
                                          warning)
        return
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        yield InputError(f"invalid JSON: {e.msg} (column {e.colno})",
                         where=f"{where(origin)}:{e.lineno}")
        return
    except ValueError as e:  # a number of more than 4,300 digits
        yield InputError(_too_long_number(e), where=where(origin))
        return
    except RecursionError:
        yield InputError(TOO_DEEP, where=where(origin))
        return
    entries = _unbox(doc, names)
    single = len(entries) == 1 and entries[0] is doc
    for n, obj in enumerate(entries, start=1):
        at = where(origin) if single else f"{where(origin)}#{n}"
        try:
            yield _article(obj, Origin(origin.path, origin.url, n, None, origin.member),
                           config, names, f"{base}#{n}", warning)
        except _Bad as e:
            yield InputError(str(e), where=at)


def _too_long_number(e: ValueError) -> str:
    if "digits" in str(e):
        return "invalid JSON: a number of more than 4,300 digits"
    return f"invalid JSON: {str(e).split(';')[0]}"


def _first_line_is_object(text: str) -> bool:
    line = text.split("\n", 1)[0].strip()
    return line.startswith("{") and line.endswith("}")


def _text_lines(text: str) -> Iterator[tuple[int, str]]:
    for i, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield i, line


def _lines(stream: BinaryIO, origin: Origin, config: Config, names: dict[str, list[str]],
           base: str) -> Iterator[Article | InputError]:
    limit = config.limits.max_article_bytes
    lineno = 0
    counter = [0]  # entries so far (shared with _entries_from_line)
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        lineno += 1
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if len(raw) > limit and not raw.endswith(b"\n"):
            counter[0] += 1
            while raw and not raw.endswith(b"\n"):  # skip the rest of the line
                raw = stream.readline(1 << 20)
            yield InputError(f"entry larger than limits.max_article_bytes ({limit} bytes): "
                             "raise that limit in the config or shorten the entry",
                             where=f"{where(origin)}:{lineno}")
            continue
        if not raw.strip():
            continue
        line, warning = decode(raw)
        yield from _entries_from_line(line, lineno, counter, origin, config, names, base,
                                      warning)


def _entries_from_line(line: str, lineno: int, counter: list[int], origin: Origin,
                       config: Config, names: dict[str, list[str]], base: str,
                       warning: Repair | None) -> Iterator[Article | InputError]:
    """The article(s) of one JSON Lines line: one object, or a container object on one line
    (``{"articles": [...]}``) holding several."""
    at = f"{where(origin)}:{lineno}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        counter[0] += 1
        yield InputError(f"invalid JSON: {e.msg} (column {e.colno})", where=at)
        return
    except ValueError as e:  # a number of more than 4,300 digits
        counter[0] += 1
        yield InputError(_too_long_number(e), where=at)
        return
    except RecursionError:
        counter[0] += 1
        yield InputError(TOO_DEEP, where=at)
        return
    for entry in _unbox(obj, names, lists=False):
        counter[0] += 1
        n = counter[0]
        try:
            yield _article(entry, Origin(origin.path, origin.url, n, lineno, origin.member),
                           config, names, f"{base}#{n}", warning)
        except _Bad as e:
            yield InputError(str(e), where=at)


def _unbox(doc: Any, names: dict[str, list[str]], lists: bool = True) -> list[Any]:
    """The entries of a document: a list's items, the list inside a container object that has
    no text field of its own, or the document itself."""
    if isinstance(doc, dict) and not any(k in doc for k in names["text"]):
        for key in CONTAINERS:
            if isinstance(doc.get(key), list):
                return list(doc[key])
    return doc if lists and isinstance(doc, list) else [doc]


def _pick(obj: Mapping[str, Any], candidates: list[str]) -> tuple[str, Any]:
    for name in candidates:
        if name in obj and obj[name] is not None:
            return name, obj[name]
    return "", None


def _string(obj: Mapping[str, Any], field: str, names: dict[str, list[str]]) -> str | None:
    name, value = _pick(obj, names[field])
    if value is None:
        return None
    if field == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if field == "date" and isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if field == "source" and isinstance(value, dict):
        value = value.get("name") or value.get("title") or value.get("id")
    if field == "text" and isinstance(value, list) and all(isinstance(v, str) for v in value):
        value = "\n\n".join(v.strip() for v in value)
    if not isinstance(value, str):
        raise _Bad(f"field '{name}' must be a string, got {type(value).__name__}")
    return _SURROGATE.sub("\ufffd", value)


def _article(obj: Any, origin: Origin, config: Config, names: dict[str, list[str]],
             default_id: str, warning: Repair | None) -> Article:
    if not isinstance(obj, dict):
        raise _Bad(f"expected a JSON object, got {type(obj).__name__}")
    text = _string(obj, "text", names)
    title = _string(obj, "title", names) or ""
    if text is None and not title.strip():
        raise _Bad(f"no article text (looked for {', '.join(names['text'])})")
    limit = config.limits.max_article_bytes
    text = text or ""
    if len(text) > limit // 4 and len(text.encode("utf-8")) > limit:
        raise _Bad(f"text larger than limits.max_article_bytes ({limit} bytes)")
    return Article(
        id=(_string(obj, "id", names) or "").strip() or default_id,
        title=" ".join(title.split()),
        text=text.replace("\r\n", "\n").replace("\r", "\n").strip("\n"),
        origin=origin,
        source=_string(obj, "source", names),
        date=_string(obj, "date", names),
        url=_string(obj, "url", names),
        repairs=(warning,) if warning is not None else (),
    )
