"""RSS and Atom reader: each entry of a feed is an article.

Fields: ``title``; ``url`` from the entry's link; ``date`` as the feed gives it (``pubDate``,
``published``, ``dc:date``, else ``updated``); ``author``; ``source`` from the entry's own
``<source>``, else the feed's title; ``text`` from the full content (``content:encoded``,
Atom ``content``) when there is one, else the summary (``description``, ``summary``), with
HTML stripped to paragraphs (:func:`.htmlparse.fragment_text`). Ids are ``<file stem>#<n>``
with ``n`` counting entries from 1; ``Origin.entry`` is ``n``.

Parsing: feedparser (a core dependency, pure Python, imported at the first feed), which reads
RSS 0.9x/1.0/2.0 and Atom, ill-formed ones too. It gets the bytes, never a URL, so it cannot
reach the network by itself, and it loads no external entities.

An XML document that is not a feed, a feed with no entries and an entry with neither title
nor text are ``InputError`` (the other entries still load). A feed cut off part-way (a
truncated download) is an ``InputError`` at ``file:line`` after the entries that were
complete before the cut (feedparser would keep the broken last entry without its text: it is
dropped).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..config import Config
from ..errors import InputError
from ..model import Article, Origin
from . import read_upto
from .htmlparse import fragment_text
from .text import base_id, where

Entry = dict[str, str | None]


def read(stream: BinaryIO, origin: Origin, config: Config) -> Iterator[Article | InputError]:
    limit = config.load.max_feed_bytes
    data = read_upto(stream, limit)
    at = where(origin)
    if len(data) > limit:
        yield InputError(f"feed larger than load.max_feed_bytes ({limit} bytes): raise that "
                         "limit in the config", where=at)
        return
    try:
        entries, cut = _parse(data)
    except _NotFeed as e:
        yield InputError(str(e), where=f"{at}:{e.line}" if e.line else at)
        return
    except RecursionError:
        yield InputError("feed markup nested too deeply", where=at)
        return
    if not entries and cut is None:
        yield InputError("feed has no entries", where=at)
        return
    yield from _articles(entries, origin, config)
    if cut is not None:
        yield InputError(f"{cut}: the feed is cut off or broken here (complete entries "
                         f"before it read: {len(entries)})",
                         where=f"{at}:{cut.line}" if cut.line else at)


def _articles(entries: list[Entry], origin: Origin,
              config: Config) -> Iterator[Article | InputError]:
    at = where(origin)
    base = base_id(origin)
    max_bytes = config.limits.max_article_bytes
    for n, entry in enumerate(entries, start=1):
        title = " ".join(fragment_text(entry.get("title") or "").split())
        text = entry.get("text") or ""
        if not text.strip() and not title:
            yield InputError("feed entry has neither title nor text", where=f"{at}#{n}")
            continue
        if len(text.encode("utf-8", "surrogatepass")) > max_bytes:
            yield InputError(f"entry larger than limits.max_article_bytes ({max_bytes} bytes)",
                             where=f"{at}#{n}")
            continue
        yield Article(
            id=f"{base}#{n}", title=title, text=text,
            origin=Origin(origin.path, origin.url, n, None, origin.member),
            source=_clean(entry.get("source")), date=_clean(entry.get("date")),
            url=_clean(entry.get("url")), author=_clean(entry.get("author")))


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) or None if value else None


class _NotFeed(Exception):
    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


# expat's words for a document that ends before its root element is closed
_CUT_OFF = ("no element found", "unclosed token", "unclosed cdata section", "partial character")
_END_OF_ENTRY = re.compile(rb"</(?:[A-Za-z_][\w.-]{0,40}:)?(?:item|entry)\s{0,40}>")


def _parse(data: bytes) -> tuple[list[Entry], _NotFeed | None]:
    import feedparser

    try:
        d: Any = feedparser.parse(data)  # bytes: feedparser never fetches anything
    except RecursionError:
        raise
    except Exception as err:  # feedparser means never to raise; if it does: one line, no crash
        raise _NotFeed(f"feedparser could not read it: {type(err).__name__}: {err}") from None
    if not d.get("version") and not d.entries:
        exc = d.get("bozo_exception")
        line = getattr(exc, "getLineNumber", lambda: None)() if exc is not None else None
        raise _NotFeed("not an RSS or Atom feed" + (f": {exc}" if exc else ""), line)
    feed_title = d.feed.get("title")
    entries: list[Entry] = []
    items = list(d.entries)
    cut = None
    exc = d.get("bozo_exception")
    message = str(getattr(exc, "getMessage", lambda: "")() or "").lower()
    if d.get("bozo") and message in _CUT_OFF:
        # feedparser reads on and keeps the broken last entry (its text lost): keep the
        # complete ones only and say so
        line = getattr(exc, "getLineNumber", lambda: None)()
        cut = _NotFeed(f"invalid XML: {message}", line)
        items = items[:len(_END_OF_ENTRY.findall(data))]
    for e in items:
        contents = [c.get("value", "") for c in e.get("content", []) if c.get("value")]
        body = "\n".join(contents) or e.get("summary") or ""
        source = e.get("source", {}).get("title") if isinstance(e.get("source"), dict) else None
        entries.append({
            "title": e.get("title"),
            "url": e.get("link"),
            "date": e.get("published") or e.get("updated"),
            "author": e.get("author"),
            "source": source or feed_title,
            "text": fragment_text(body),
        })
    return entries, cut
