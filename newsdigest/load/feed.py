"""RSS and Atom reader: each entry of a feed is an article.

Fields: ``title``; ``url`` from the entry's link; ``date`` as the feed gives it (``pubDate``,
``published``, ``dc:date``, else ``updated``); ``author``; ``source`` from the entry's own
``<source>``, else the feed's title; ``text`` from the full content (``content:encoded``,
Atom ``content``) when there is one, else the summary (``description``, ``summary``), with
HTML stripped to paragraphs. Ids are ``<file stem>#<n>`` with ``n`` counting entries from 1;
``Origin.entry`` is ``n``.

Parsing (``load.feed_parser``): feedparser (extra ``feeds``: ``pip install
'newsdigest[feeds]'``), which also reads ill-formed feeds, or the standard library's
``xml.etree`` (RSS 0.9x/2.0, RSS 1.0/RDF and Atom 1.0; a well-formed document is needed).
``auto`` (default) uses feedparser when installed. Either way the parser gets the bytes, never a
URL, so it cannot reach the network by itself; ElementTree does not load external entities.

An XML document that is not a feed, a feed with no entries and an entry with neither title
nor text are ``InputError`` (the other entries still load). A feed cut off or broken part-way
(a truncated download) is an ``InputError`` at ``file:line`` with either parser, after the
entries that were complete before the break (feedparser would keep the broken last entry
without its text: it is dropped).
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from typing import Any, BinaryIO
from xml.etree import ElementTree as ET

from ..config import Config
from ..errors import ConfigError, InputError
from ..model import Article, Origin
from . import read_upto
from .htmlparse import fragment_text
from .text import base_id, where

EXTRA_HINT = "pip install 'newsdigest[feeds]'"
ATOM = "{http://www.w3.org/2005/Atom}"
RSS1 = "{http://purl.org/rss/1.0/}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC = "{http://purl.org/dc/elements/1.1/}"
FIELDS = ("title", "url", "date", "author", "source", "text")

Entry = dict[str, str | None]


def parser(config: Config) -> str:
    mode = config.get_str("load.feed_parser")
    if mode not in ("auto", "feedparser", "plain"):
        raise ConfigError(f"'load.feed_parser' must be auto, feedparser or plain, got {mode!r}",
                          where=config.source("load.feed_parser"))
    if mode == "plain":
        return "plain"
    installed = importlib.util.find_spec("feedparser") is not None
    if mode == "feedparser" and not installed:
        raise ConfigError(f"'load.feed_parser' is feedparser but feedparser is not installed: "
                          f"{EXTRA_HINT}, or set it to plain",
                          where=config.source("load.feed_parser"))
    return "feedparser" if installed else "plain"


def read(stream: BinaryIO, origin: Origin, config: Config) -> Iterator[Article | InputError]:
    mode = parser(config)
    limit = config.get_int("load.max_feed_bytes")
    data = read_upto(stream, limit)
    at = where(origin)
    if len(data) > limit:
        yield InputError(f"feed larger than load.max_feed_bytes ({limit} bytes): raise that "
                         "limit in the config", where=at)
        return
    try:
        entries, cut = _feedparser(data) if mode == "feedparser" else _etree(data)
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
    max_bytes = config.get_int("limits.max_article_bytes")
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


# -- standard library ------------------------------------------------------------------------


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _etree(data: bytes) -> tuple[list[Entry], _NotFeed | None]:
    """The entries, and the parse error that cut the document short (None when it is whole):
    a feed broken part-way keeps the entries that were complete before the break."""
    parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("start", "end"))
    root: ET.Element | None = None
    done: set[int] = set()  # elements whose end tag was read
    cut: _NotFeed | None = None
    late: ET.ParseError | None = None
    parser.feed(data)  # a parse error comes out of read_events, after the events before it
    try:
        parser.close()
    except ET.ParseError as e:  # the end of a document that broke off
        late = e
    events = parser.read_events()
    while True:
        try:
            for item in events:
                event, el = item  # type: ignore[misc]  # start and end events: (name, element)
                assert isinstance(el, ET.Element)
                if root is None:
                    root = el
                if event == "end":
                    done.add(id(el))
            break
        except ET.ParseError as e:
            cut = cut or _broken(e)
    if cut is None and late is not None:
        cut = _broken(late)
    if root is None or (cut is not None and _local(root.tag) not in ("feed", "rss", "RDF")):
        raise cut or _NotFeed("invalid XML: no element found")
    whole = cut is None

    def complete(items: list[ET.Element]) -> list[ET.Element]:
        return items if whole else [e for e in items if id(e) in done]

    kind = _local(root.tag)
    if root.tag == f"{ATOM}feed":
        feed_title = _text(root.find(f"{ATOM}title"))
        return [_atom_entry(e, feed_title) for e in complete(root.findall(f"{ATOM}entry"))], cut
    if kind == "rss":
        channel = root.find("channel")
        if channel is None:
            raise cut or _NotFeed("RSS document has no <channel>")
        feed_title = _text(channel.find("title"))
        return [_rss_entry(e, feed_title, "") for e in complete(channel.findall("item"))], cut
    if kind == "RDF":
        channel = root.find(f"{RSS1}channel")
        feed_title = _text(channel.find(f"{RSS1}title")) if channel is not None else None
        return [_rss_entry(e, feed_title, RSS1)
                for e in complete(list(root.iter(f"{RSS1}item")))], cut
    raise cut or _NotFeed(f"XML document is not an RSS or Atom feed (root element <{kind}>)")


def _text(el: ET.Element | None) -> str | None:
    if el is None:
        return None
    return "".join(el.itertext()).strip() or None


def _rss_entry(item: ET.Element, feed_title: str | None, ns: str) -> Entry:
    content = _text(item.find(CONTENT))
    summary = _text(item.find(f"{ns}description"))
    link = _text(item.find(f"{ns}link"))
    guid = item.find("guid")
    if link is None and guid is not None and guid.get("isPermaLink", "true") == "true":
        link = _text(guid)
    return {
        "title": _text(item.find(f"{ns}title")),
        "url": link,
        "date": _text(item.find("pubDate")) or _text(item.find(f"{DC}date")),
        "author": _text(item.find("author")) or _text(item.find(f"{DC}creator")),
        "source": _text(item.find("source")) or feed_title,
        "text": fragment_text(content or summary or ""),
    }


def _atom_text(el: ET.Element | None) -> str:
    """An Atom text construct as plain text: ``text`` as is, ``html`` and ``xhtml`` stripped."""
    if el is None:
        return ""
    kind = el.get("type", "text")
    if kind == "xhtml":
        for sub in el.iter():
            sub.tag = _local(sub.tag)
        inner = (el.text or "") + "".join(ET.tostring(c, encoding="unicode") for c in el)
        return fragment_text(inner)
    raw = "".join(el.itertext())
    if kind == "html" or kind.endswith("html"):
        return fragment_text(raw)
    return "\n\n".join(p.strip() for p in raw.strip().split("\n\n") if p.strip())


def _atom_entry(entry: ET.Element, feed_title: str | None) -> Entry:
    link = None
    for el in entry.findall(f"{ATOM}link"):
        if el.get("rel", "alternate") == "alternate" and el.get("href"):
            link = el.get("href")
            break
    author = entry.find(f"{ATOM}author/{ATOM}name")
    source = entry.find(f"{ATOM}source/{ATOM}title")
    content = _atom_text(entry.find(f"{ATOM}content"))
    return {
        "title": _atom_text(entry.find(f"{ATOM}title")),
        "url": link,
        "date": _text(entry.find(f"{ATOM}published")) or _text(entry.find(f"{ATOM}updated")),
        "author": _text(author),
        "source": _text(source) or feed_title,
        "text": content or _atom_text(entry.find(f"{ATOM}summary")),
    }


# -- feedparser ------------------------------------------------------------------------------


def _broken(e: ET.ParseError) -> _NotFeed:
    return _NotFeed(f"invalid XML: {str(e).split(':')[0]}", e.position[0] if e.position
                    else None)


# expat's words for a document that ends before its root element is closed
_CUT_OFF = ("no element found", "unclosed token", "unclosed cdata section", "partial character")
_END_OF_ENTRY = re.compile(rb"</(?:[A-Za-z_][\w.-]{0,40}:)?(?:item|entry)\s{0,40}>")


def _feedparser(data: bytes) -> tuple[list[Entry], _NotFeed | None]:
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
        # complete ones only and say so, as the standard-library parser does
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
