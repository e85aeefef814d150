"""Web page reader: one article per ``.html``/``.htm`` file (or sniffed page, or fetched URL).

Extraction (``load.html_extractor``):

* ``trafilatura`` (a core dependency, imported only when a page is read): main text without
  navigation, cookie banners, related links, footers and bylines, tables kept (a results
  table is part of a sports report); title, date, author and site name from the page. It runs
  with ``favor_precision``: on the 88 development pages of ``../shared/data/html`` that scores
  main-text F1 0.969 against 0.961 for its defaults and 0.851 for the built-in extractor
  (``python -m newsdigest.eval html``).
* ``plain``: the standard-library extractor of :mod:`.htmlparse` (``<title>``/``<h1>``,
  paragraph text, the same metadata from ``<meta>`` and JSON-LD); no third-party code.
* ``auto`` (default): trafilatura; the plain extractor when trafilatura cannot be imported
  (a broken install), raises on a page, or finds no main text in it.

Every fallback of ``auto`` is said twice: a ``Repair(kind="extractor")`` on the article (its
``cleaning``) and a ``NewsdigestWarning`` on stderr, once per process for an import failure
and once per page otherwise. ``trafilatura`` asked for explicitly and not importable is a
``ConfigError``.

The page's text keeps the dateline ("SOCHI, May 14. /TASS/. ...") as the start of the body.

Encoding: a byte-order mark, else ``<meta charset>`` (or ``http-equiv`` Content-Type) in the
first 4 KB, else the rules of :mod:`.decode` (UTF-8, then a detected charset or cp1252).
``Article.source`` is the site name, ``Article.author`` the byline, ``Article.url`` the
page's canonical URL (else the URL it was fetched from).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from functools import cache
from typing import Any, BinaryIO

from ..config import Config
from ..errors import ConfigError, InputError, NewsdigestWarning
from ..model import Article, Origin, Repair
from . import read_upto
from .decode import decode_declared, sniff_bom
from .htmlparse import Page, extract
from .text import base_id, where

INSTALL_HINT = "reinstall newsdigest with pip to restore its dependencies"
_CHARSET = re.compile(rb"<meta[^>]{0,512}?charset\s{0,8}=\s{0,8}[\"']?\s{0,8}([a-z0-9_.:-]{1,40})",
                      re.IGNORECASE)
_WHATWG = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252",
           "us-ascii": "cp1252", "iso8859-1": "cp1252"}
_TABLE_RULE = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*$")  # '|---|---|' under a table head


@cache
def import_error() -> str | None:
    """Why trafilatura cannot be imported (``ImportError: ...``), or None when it can. Imported
    here, at the first page, never at start-up; the answer is kept for the process."""
    try:
        import trafilatura  # noqa: F401
    except Exception as e:  # ImportError, or a dependency failing as it loads
        return f"{type(e).__name__}: {' '.join(str(e).split())}"
    return None


def extractor(config: Config) -> str:
    """``trafilatura`` or ``plain``, from ``load.html_extractor`` and whether trafilatura
    imports (``auto`` falls back to plain, said by ``read``)."""
    mode = config.load.html_extractor  # one of the choices: checked when loaded
    if mode == "plain":
        return "plain"
    error = import_error()
    if mode == "trafilatura" and error is not None:
        raise ConfigError(f"'load.html_extractor' is trafilatura but it cannot be imported "
                          f"({error}): {INSTALL_HINT}, or set it to plain",
                          where=config.source("load.html_extractor"))
    return "trafilatura" if error is None else "plain"


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
    limit = config.limits.max_article_bytes
    data = read_upto(stream, limit)
    if len(data) > limit:
        yield InputError(f"page is larger than limits.max_article_bytes ({limit} bytes): "
                         "raise that limit in the config", where=where(origin))
        return
    text, warning = decode_html(data)
    repairs: list[Repair] = [warning] if warning is not None else []
    page, why = None, None
    if mode == "trafilatura":
        try:
            page = _trafilatura(text, origin)
        except Exception as e:  # a third-party extractor failing on odd markup: fall back
            why = f"trafilatura failed on it ({type(e).__name__})"
        if why is None and (page is None or not page.text):
            why = "trafilatura found no main text in it"
    elif config.load.html_extractor == "auto":
        why = f"trafilatura cannot be imported ({import_error()}; {INSTALL_HINT})"
    if page is None or not page.text:
        page = extract(text, tuple(config.load.html_drop))
    if why is not None:
        repairs.append(_fallback(why, origin, once=mode == "plain"))
    yield from article(page, origin, repairs)


_WARNED: set[str] = set()


def _fallback(why: str, origin: Origin, once: bool) -> Repair:
    """The repair saying a page was read the plain way, and its warning on stderr (a cause
    common to every page, as a failed import, is warned about once per process)."""
    detail = f"web page read with the built-in extractor: {why}"
    if not once or detail not in _WARNED:
        _WARNED.add(detail)
        warnings.warn(NewsdigestWarning(detail, where=None if once else where(origin)),
                      stacklevel=3)
    return Repair("extractor", detail)


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


def _line(line: str) -> str:
    """One line of trafilatura's text: spaces collapsed, a table row as its cells joined by
    ' | ' (without the outer bars), a table's '|---|' rule dropped."""
    if _TABLE_RULE.match(line.strip()):
        return ""
    text = " ".join(line.split())
    if text.startswith("|") and text.endswith("|"):
        text = " | ".join(c.strip() for c in text.strip("|").split("|"))
    return text


def _trafilatura(text: str, origin: Origin) -> Page | None:
    import trafilatura

    doc = trafilatura.bare_extraction(
        text, url=origin.url, with_metadata=True, include_comments=False,
        include_tables=True, include_images=False, deduplicate=False, favor_precision=True,
        # the publication date from the page's markup, never one guessed from its text
        date_extraction_params={"extensive_search": False, "original_date": True})
    if doc is None:
        return None
    raw = doc.get("text") if isinstance(doc, dict) else getattr(doc, "text", None)
    body = raw if isinstance(raw, str) else ""
    title = _field(doc, "title") or ""
    paras = [p for p in (_line(line) for line in body.split("\n")) if p]
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
