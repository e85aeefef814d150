"""Plain HTML extraction with the standard library (``html.parser``). Still needed for: the
HTML stripper of feed entries (:func:`fragment_text`); the fallback when trafilatura cannot be
imported, fails on a page or finds no text in it (see :mod:`.html`); ``load.html_extractor:
plain``, a reading with no third-party code. Main-text F1 on the 88 development pages: 0.851
(trafilatura as newsdigest runs it: 0.971).

A page is cut into text blocks at block-level tags (``p``, ``div``, ``h2``, ``li``, ...;
``<br>`` is a line break inside a block). A block is dropped when it sits inside

* an element that is never article text: ``nav``, ``footer``, ``aside``, ``form``, ``figure``,
  ``script``, ``style``, ``template``, ``button``, a site ``header`` (one outside ``article``),
  anything with ``hidden``, ``aria-hidden="true"`` or an ARIA role such as ``navigation``,
  ``banner``, ``contentinfo``, ``complementary``, ``dialog``;
* an element whose ``id`` or ``class`` names one of ``load.html_drop`` ("cookie", "related",
  "share", "byline", ...): a word of the class (split at ``-`` and ``_``) equal to it or to
  its plural, or for a few (``nav``, ``cookie``, ``advert``, ...) starting with it;
  ``html``, ``body``, ``main`` and ``article`` are never dropped this way;

or when most of its characters are link text (lists of related links). Headings (``h1`` to
``h6``) are not body text: the ``h1`` is the title, the others are section labels.
When the page has an ``article`` or ``main`` element (or ``itemprop="articleBody"``), only
blocks inside it count.
If the class rule leaves nothing, it is relaxed (the page's own markup was too eager).

Metadata: title (the ``h1`` of the article, else ``og:title``, else ``<title>``), date,
author, site name and canonical URL from ``<meta>`` tags, JSON-LD (``NewsArticle`` and
friends), ``<time datetime>`` and ``rel=author``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

BLOCKS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt",
    "blockquote", "pre", "section", "article", "main", "header", "footer", "nav", "aside",
    "table", "tr", "td", "th", "figure", "figcaption", "form", "address", "hr", "body",
    "title", "details", "summary", "fieldset", "center",
})
TEXT_BLOCKS = frozenset({"p", "div", "li", "blockquote", "pre", "dd", "dt", "section", "article",
                         "main", "address", "center", "body"})  # not headings: no statements
HARD_TAGS = frozenset({"nav", "footer", "aside", "form", "figure", "script", "style", "noscript",
                       "template", "button", "select", "textarea", "iframe", "svg", "canvas",
                       "object", "video", "audio", "dialog", "menu"})
HARD_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "dialog",
                        "alertdialog", "search", "menu", "menubar", "toolbar", "alert"})
VOID = frozenset({"br", "img", "meta", "link", "input", "hr", "wbr", "source", "area", "base",
                  "col", "embed", "param", "track", "keygen"})
MAIN_TAGS = frozenset({"article", "main"})
# drop words that also match as the start of a class word ('navbar', 'cookieconsent'); the
# others match a whole word or its plural only, so 'commentary' is not 'comment'
PREFIXES = frozenset({"nav", "advert", "promo", "cookie", "gdpr", "sponsor", "popup",
                      "breadcrumb", "newsletter", "sidebar", "social", "share"})
MAX_DEPTH = 512  # deeper nesting (broken markup) is read as flat inline text
ARTICLE_TYPES = ("NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting",
                 "AnalysisNewsArticle", "OpinionNewsArticle", "WebPage", "LiveBlogPosting")


@dataclass
class Page:
    title: str = ""
    text: str = ""
    date: str | None = None
    author: str | None = None
    site: str | None = None
    url: str | None = None


@dataclass
class _El:
    tag: str
    hard: bool
    soft: bool
    main: bool
    link: bool
    pre: bool


@dataclass
class _Block:
    text: str
    tag: str
    hard: bool
    soft: bool
    main: bool
    link_chars: int


@dataclass
class _Meta:
    values: dict[str, str] = field(default_factory=dict)
    title: list[str] = field(default_factory=list)
    h1: list[tuple[str, bool]] = field(default_factory=list)  # (text, inside article)
    jsonld: list[str] = field(default_factory=list)
    times: list[tuple[str, bool]] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)  # rel=author / itemprop=author text


class _Parser(HTMLParser):
    def __init__(self, drop_words: tuple[str, ...]) -> None:
        super().__init__(convert_charrefs=True)
        self.drop_words = drop_words
        self.stack: list[_El] = [_El("#root", False, False, False, False, False)]
        self.blocks: list[_Block] = []
        self.buf: list[str] = []
        self.link_chars = 0
        self.meta = _Meta()
        self.capture: str | None = None  # 'title', 'h1', 'jsonld', 'author'
        self.captured: list[str] = []
        self.capture_depth = 0

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """``<![...`` junk makes the standard parser fail an assertion: skip the ``<![``."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            return i + 3

    # -- structure ---------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            self._meta(a)
            return
        if tag == "link":
            rel = a.get("rel", "").lower().split()
            if "canonical" in rel and a.get("href"):
                self.meta.values.setdefault("canonical", a["href"])
            return
        if tag == "br":
            self.buf.append("\n")
            return
        if tag in VOID or len(self.stack) > MAX_DEPTH:
            return
        top = self.stack[-1]
        if tag in BLOCKS:
            if top.tag == "p":  # an unclosed <p> ends where the next block starts
                self._pop_to(len(self.stack) - 1)
                top = self.stack[-1]
            self._flush()
        role = a.get("role", "").lower()
        hard = top.hard or tag in HARD_TAGS or role in HARD_ROLES or "hidden" in a \
            or a.get("aria-hidden", "").lower() == "true" \
            or (tag == "header" and not top.main)
        soft = top.soft or (tag not in ("html", "body", "main", "article") and self._named(a))
        main = top.main or tag in MAIN_TAGS or role == "main" \
            or a.get("itemprop", "") == "articleBody"
        el = _El(tag, hard, soft, main, top.link or tag == "a", top.pre or tag == "pre")
        self.stack.append(el)
        self._start_capture(tag, a, el)

    def _start_capture(self, tag: str, a: dict[str, str], el: _El) -> None:
        if self.capture is not None:
            return
        if tag == "title" and not self.meta.title:
            self.capture = "title"
        elif tag == "h1" and not el.hard:
            self.capture = "h1"
        elif tag == "script" and a.get("type", "").lower() == "application/ld+json":
            self.capture = "jsonld"
        elif ("author" in a.get("rel", "").lower().split() or a.get("itemprop") == "author") \
                and not el.hard:
            self.capture = "author"
        elif tag == "time" and a.get("datetime"):
            self.meta.times.append((a["datetime"], el.main))
        else:
            return
        self.captured = []
        self.capture_depth = len(self.stack)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                self._pop_to(i)
                return

    def _pop_to(self, i: int) -> None:
        if self.capture is not None and len(self.stack) > i and self.capture_depth > i:
            self._end_capture()
        if any(el.tag in BLOCKS for el in self.stack[i:]):
            self._flush()
        del self.stack[i:]

    def _end_capture(self) -> None:
        text = " ".join("".join(self.captured).split())
        kind, self.capture = self.capture, None
        if kind == "title":
            self.meta.title.append(text)
        elif kind == "h1" and text:
            self.meta.h1.append((text, self.stack[-1].main))
        elif kind == "jsonld":
            self.meta.jsonld.append("".join(self.captured))
        elif kind == "author" and text:
            self.meta.authors.append(text)

    def handle_data(self, data: str) -> None:
        if self.capture is not None:
            self.captured.append(data)
        top = self.stack[-1]
        if top.tag in ("script", "style", "title", "template", "noscript"):
            return
        self.buf.append(data if top.pre else data.replace("\n", " "))
        if top.link:
            self.link_chars += len(data.strip())

    def close(self) -> None:
        super().close()
        if self.capture is not None:
            self._end_capture()
        self._flush()

    def _flush(self) -> None:
        if not self.buf:
            return
        raw = "".join(self.buf)
        self.buf = []
        links, self.link_chars = self.link_chars, 0
        top = self.stack[-1]
        if top.pre:
            text = raw.strip("\n")
        else:
            text = "\n".join(" ".join(line.split()) for line in raw.split("\n")).strip()
        if not text.strip():
            return
        block_tag = next((el.tag for el in reversed(self.stack) if el.tag in BLOCKS), "body")
        self.blocks.append(_Block(text, block_tag, top.hard, top.soft, top.main, links))

    # -- attributes --------------------------------------------------------------------------
    def _named(self, a: dict[str, str]) -> bool:
        names = f"{a.get('id', '')} {a.get('class', '')}".lower()
        if not names.strip():
            return False
        parts = names.replace("_", "-").split()
        words = {w for p in parts for w in p.split("-") if w}
        for d in self.drop_words:
            if "-" in d:
                if any(d in p for p in parts):
                    return True
            elif d in words or f"{d}s" in words or (
                    d in PREFIXES and any(w.startswith(d) for w in words)):
                return True
        return False

    def _meta(self, a: dict[str, str]) -> None:
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
        content = a.get("content", "").strip()
        if key and content:
            self.meta.values.setdefault(key, content)


def _walk_jsonld(node: Any, depth: int = 0) -> list[dict[str, Any]]:
    if depth > 6:
        return []
    if isinstance(node, list):
        return [d for x in node for d in _walk_jsonld(x, depth + 1)]
    if not isinstance(node, dict):
        return []
    found = [node] if _types(node) & set(ARTICLE_TYPES) else []
    for key in ("@graph", "mainEntity", "mainEntityOfPage"):
        if key in node:
            found += _walk_jsonld(node[key], depth + 1)
    return found


def _types(node: dict[str, Any]) -> set[str]:
    t = node.get("@type")
    return {t} if isinstance(t, str) else {x for x in t if isinstance(x, str)} \
        if isinstance(t, list) else set()


def _name(value: Any) -> str | None:
    """A person's or organisation's name from a JSON-LD value (string, object or list)."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value[:10]) if n]
        return ", ".join(dict.fromkeys(names)) or None
    return None


def _jsonld(scripts: list[str]) -> dict[str, Any]:
    """The first article-like JSON-LD object (news types before ``WebPage``)."""
    nodes: list[dict[str, Any]] = []
    for s in scripts:
        try:
            nodes += _walk_jsonld(json.loads(s))
        except (ValueError, RecursionError):
            continue
    nodes.sort(key=lambda n: "WebPage" in _types(n))
    return nodes[0] if nodes else {}


def _meta_first(values: dict[str, str], *keys: str) -> str | None:
    for k in keys:
        if values.get(k):
            return values[k]
    return None


def _strip_site(title: str, site: str | None) -> str:
    """'Story headline | Site' -> 'Story headline' when the suffix is the site name (or, with
    no known site name, after ' | ', which headlines themselves rarely use)."""
    for sep in (" | ", " - ", " – ", " — ", " :: "):
        head, found, tail = title.rpartition(sep)
        same = site is not None and tail.strip().casefold() == site.casefold()
        if found and head and (same or (site is None and sep == " | " and len(tail) < 40)):
            return head.strip()
    return title


def _select(blocks: list[_Block], skip: set[str], soft: bool) -> list[str]:
    keep = [b for b in blocks if not b.hard and (soft or not b.soft) and b.tag in TEXT_BLOCKS
            and b.link_chars * 2 <= len(b.text)]
    if any(b.main for b in keep):
        keep = [b for b in keep if b.main]
    out: list[str] = []
    for b in keep:
        if b.tag in ("div", "section", "body", "article", "main") and len(b.text) < 40:
            continue  # stray words in layout boxes ("Menu", "Log in"), not paragraphs
        if " ".join(b.text.split()).casefold() in skip:
            continue
        out.append(b.text)
    return out


def _parse(html: str, drop_words: tuple[str, ...]) -> _Parser:
    p = _Parser(drop_words)
    try:
        p.feed(html)
        p.close()
    except AssertionError:  # pragma: no cover - html.parser's last resort on broken markup
        p._flush()
    return p


def extract(html: str, drop_words: tuple[str, ...]) -> Page:
    """The title, main text (paragraphs separated by a blank line) and metadata of a page."""
    p = _parse(html, drop_words)
    m = p.meta
    ld = _jsonld(m.jsonld)
    v = m.values
    site = _meta_first(v, "og:site_name", "application-name") or _name(ld.get("publisher"))
    h1_main = [t for t, in_main in m.h1 if in_main]
    title = (h1_main[0] if h1_main else None) or _meta_first(v, "og:title", "twitter:title") \
        or (ld.get("headline") if isinstance(ld.get("headline"), str) else None) \
        or (m.h1[0][0] if m.h1 else None) or _strip_site(m.title[0] if m.title else "", site)
    title = " ".join(str(title).split())
    times_main = [t for t, in_main in m.times if in_main]
    date = _meta_first(v, "article:published_time", "datepublished", "date", "pubdate",
                       "publishdate", "dc.date", "dc.date.issued", "dcterms.date",
                       "dcterms.created", "parsely-pub-date", "sailthru.date") \
        or (ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else None) \
        or (times_main[0] if times_main else None) or (m.times[0][0] if m.times else None)
    author = _meta_first(v, "author", "article:author", "dc.creator", "parsely-author",
                         "sailthru.author") or _name(ld.get("author")) \
        or (m.authors[0] if m.authors else None)
    if author and author.startswith(("http://", "https://")):
        author = _name(ld.get("author")) or (m.authors[0] if m.authors else None)
    url = v.get("canonical") or _meta_first(v, "og:url")
    skip = {title.casefold()} if title else set()
    paras = _select(p.blocks, skip, soft=False) or _select(p.blocks, skip, soft=True)
    return Page(title=title, text="\n\n".join(paras), date=date, author=author, site=site,
                url=url)


def fragment_text(html: str) -> str:
    """The text of an HTML fragment (a feed entry's summary or content): every block kept
    except scripts, styles and forms, paragraphs separated by a blank line."""
    if "<" not in html and "&" not in html:
        return html.strip()
    p = _parse(html, ())
    return "\n\n".join(b.text for b in p.blocks
                         if not b.hard and b.link_chars * 2 <= len(b.text))
