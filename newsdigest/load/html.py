"""Web page reader: one article per ``.html``/``.htm`` file (or sniffed page, or fetched URL).

Extraction (``load.html_extractor``):

* ``trafilatura`` (extra ``html``: ``pip install 'newsdigest[html]'``): main text without
  navigation, cookie banners, related links, footers and bylines; title, date, author and site
  name from the page. Asking for it when it is not installed is a ``ConfigError`` naming the
  extra.
* ``plain``: the standard-library extractor of :mod:`.htmlparse` (``<title>``/``<h1>``,
  paragraph text, the same metadata from ``<meta>`` and JSON-LD).
* ``auto`` (default): trafilatura when installed, else plain; then every article read the
  plain way carries a ``Repair(kind="extractor")`` saying so and naming the extra.

If trafilatura finds no main text on a page, the plain extractor is tried before giving up.
The page's text keeps the dateline ("SOCHI, May 14. /TASS/. ...") as the start of the body.

Encoding: a byte-order mark, else ``<meta charset>`` (or ``http-equiv`` Content-Type) in the
first 4 KB, else UTF-8 with the cp1252 fallback of :mod:`.decode`.
``Article.source`` is the site name, ``Article.author`` the byline, ``Article.url`` the
page's canonical URL (else the URL it was fetched from).
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..config import Config
from ..errors import ConfigError, InputError
from ..model import Article, Origin, Repair
from . import read_upto
from .decode import decode_declared, sniff_bom
from .htmlparse import Page, extract
from .text import base_id, where

EXTRA_HINT = "pip install 'newsdigest[html]'"
_CHARSET = re.compile(rb"<meta[^>]{0,512}?charset\s{0,8}=\s{0,8}[\"']?\s{0,8}([a-z0-9_.:-]{1,40})",
                      re.IGNORECASE)
_WHATWG = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252",
           "us-ascii": "cp1252", "iso8859-1": "cp1252"}


def extractor(config: Config) -> str:
    """``trafilatura`` or ``plain``, from ``load.html_extractor`` and what is installed."""
    mode = config.get_str("load.html_extractor")
    if mode not in ("auto", "trafilatura", "plain"):
        raise ConfigError(f"'load.html_extractor' must be auto, trafilatura or plain, "
                          f"got {mode!r}", where=config.source("load.html_extractor"))
    if mode == "plain":
        return "plain"
    installed = importlib.util.find_spec("trafilatura") is not None
    if mode == "trafilatura" and not installed:
        raise ConfigError("'load.html_extractor' is trafilatura but trafilatura is not "
                          f"installed: {EXTRA_HINT}, or set it to plain",
                          where=config.source("load.html_extractor"))
    return "trafilatura" if installed else "plain"


def decode_html(data: bytes) -> tuple[str, Repair | None]:
    """The page's text: its ``<meta charset>`` is trusted only as ``decode_declared``
    allows (a byte-order mark and valid UTF-8 win; an EBCDIC or UTF-16 name is ignored)."""
    declared = None
    if sniff_bom(data) is None:
        m = _CHARSET.search(data[:4096])
        if m is not None:
            name = m.group(1).decode("ascii").lower()
            declared = _WHATWG.get(name, name)
    return decode_declared(data, declared)


def read(stream: BinaryIO, origin: Origin, config: Config) -> Iterator[Article | InputError]:
    mode = extractor(config)
    limit = config.get_int("limits.max_article_bytes")
    data = read_upto(stream, limit)
    if len(data) > limit:
        yield InputError(f"page is larger than limits.max_article_bytes ({limit} bytes): "
                         "raise that limit in the config", where=where(origin))
        return
    text, warning = decode_html(data)
    repairs: list[Repair] = [warning] if warning is not None else []
    page = None
    if mode == "trafilatura":
        try:
            page = _trafilatura(text, origin)
        except Exception:  # a third-party extractor failing on odd markup: fall back to plain
            page = None
    if page is None or not page.text:
        page = extract(text, tuple(config.get_list("load.html_drop")))
        if mode == "plain" and config.get_str("load.html_extractor") == "auto":
            repairs.append(Repair("extractor", "web page read with the plain extractor "
                                  f"(for better main text, dates and authors: {EXTRA_HINT})"))
    yield from article(page, origin, repairs)


def article(page: Page, origin: Origin, repairs: list[Repair]) -> Iterator[Article | InputError]:
    if not page.text.strip() and not page.title.strip():
        yield InputError("no article text found in the web page", where=where(origin))
        return
    url = page.url if page.url and page.url.startswith(("http://", "https://")) else None
    yield Article(
        id=base_id(origin),
        title=page.title,
        text=page.text,
        origin=origin,
        source=page.site or None,
        date=page.date or None,
        url=url or origin.url,
        repairs=tuple(repairs),
        author=page.author or None,
    )


def _field(doc: Any, name: str) -> str | None:
    value = doc.get(name) if isinstance(doc, dict) else getattr(doc, name, None)
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _trafilatura(text: str, origin: Origin) -> Page | None:
    import trafilatura

    doc = trafilatura.bare_extraction(
        text, url=origin.url, with_metadata=True, include_comments=False,
        include_tables=False, include_images=False, deduplicate=False,
        # the publication date from the page's markup, never one guessed from its text
        date_extraction_params={"extensive_search": False, "original_date": True})
    if doc is None:
        return None
    raw = doc.get("text") if isinstance(doc, dict) else getattr(doc, "text", None)
    body = raw if isinstance(raw, str) else ""
    title = _field(doc, "title") or ""
    paras = [p for p in (" ".join(line.split()) for line in body.split("\n")) if p]
    if paras and title and paras[0].casefold() == title.casefold():
        paras = paras[1:]  # the headline repeated as the first line of the text
    return Page(
        title=title,
        text="\n\n".join(paras),
        date=_field(doc, "date"),
        author=_field(doc, "author"),
        site=_field(doc, "sitename"),
        url=_field(doc, "url"),
    )
