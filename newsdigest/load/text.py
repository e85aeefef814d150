"""Plain-text reader: one article per file.

* The first non-blank line is the headline. Leading lines that match a ``clean.boilerplate``
  pattern ("All news", "Advertisement", ...) are skipped first and recorded as a ``boilerplate``
  repair. A first line longer than ``load.max_title_chars`` is not a headline but the start of
  the body (pasted text without a title): the title is then empty.
* If the first non-blank body line repeats the headline (same words after collapsing
  whitespace, any case), it is dropped and recorded as a ``repeated_headline`` repair.
* The body keeps its lines; paragraphs stay separated by blank lines. Line ends are
  normalised to ``\\n``.
* A file with a headline and no body gives an ``Article`` with empty ``text`` (later stages
  yield no statements for it); an empty or blank file is an ``InputError``; a file that looks
  binary (many control bytes) is an ``InputError``.
* ``Origin.line`` is the line the headline is on (1-based).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache
from typing import BinaryIO

from ..config import Config
from ..errors import ConfigError, InputError
from ..model import Article, Origin, Repair
from . import read_upto
from .decode import decode, sniff_bom

_SPACES = re.compile(r"\s+")
_NEWLINES = re.compile(r"\r\n?|[\u2028\x85]")
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def boilerplate_matcher(config: Config) -> Callable[[str], bool]:
    """``is_boilerplate(line)``: the stripped line matches one of ``clean.boilerplate`` as a
    whole, ignoring case. A pattern that is not a valid regex is a ``ConfigError``."""
    return _matcher(tuple(config.clean.boilerplate))


@cache
def _matcher(patterns: tuple[str, ...]) -> Callable[[str], bool]:
    if not patterns:
        return lambda line: False
    try:
        rx = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    except re.error as e:
        raise ConfigError(f"invalid regex in boilerplate patterns: {e}",
                          where="clean.boilerplate") from e

    def is_boilerplate(line: str) -> bool:
        s = line.strip()
        return bool(s) and rx.fullmatch(s) is not None

    return is_boilerplate


def stem(path: str) -> str:
    """Article id base for a path: the file name without extension; ``stdin`` for ``-``.
    For a URL, the last segment of its path (query and fragment left out), else its host."""
    if path == "-":
        return "stdin"
    if path.startswith(("http://", "https://")):
        path = path.split("#", 1)[0].split("?", 1)[0]
        if path.count("/") < 3 or not path.rstrip("/").split("/", 3)[3:]:
            return path.split("/")[2] or "url"
    name = re.split(r"[\\/]", path.rstrip("/\\"))[-1]
    base, dot, _ = name.rpartition(".")
    for ext in (".tar",):  # 'news.tar.gz' -> 'news'
        if base.lower().endswith(ext) and len(base) > len(ext):
            base = base[: -len(ext)]
    return base if dot and base else name


def base_id(origin: Origin) -> str:
    """Article id base for an input: the archive member's stem inside an archive, else the
    stem of the path (or URL)."""
    if origin.member:
        return stem(origin.member)
    return stem(origin.url or origin.path)


def where(origin: Origin) -> str:
    """How errors name an input: the path (or URL), ``!member`` inside an archive."""
    s = origin.url or origin.path
    return f"{s}!{origin.member}" if origin.member else s


def looks_binary(data: bytes) -> bool:
    """More than 5 % control bytes in the first 8 KB (UTF-16 text, with its NULs, is not)."""
    enc = sniff_bom(data)
    if enc is not None and enc.startswith("utf-16"):
        return False
    head = data[:8192]
    return len(_BINARY.findall(head)) > max(8, len(head) // 20)


def read(stream: BinaryIO, origin: Origin, config: Config) -> Iterator[Article | InputError]:
    limit = config.limits.max_article_bytes
    data = read_upto(stream, limit)
    at = where(origin)
    if len(data) > limit:
        yield InputError(f"file is larger than limits.max_article_bytes ({limit} bytes): "
                         "raise that limit in the config or split the file", where=at)
        return
    if looks_binary(data):
        yield InputError("looks like a binary file, not text", where=at)
        return
    text, warning = decode(data)
    article = parse(text, origin, config, base_id(origin))
    if article is None:
        yield InputError("file is empty" if origin.path != "-" else "stdin is empty", where=at)
        return
    if warning is not None:
        article = _with_repairs(article, (warning,))
    yield article


def _with_repairs(a: Article, extra: tuple[Repair, ...]) -> Article:
    return replace(a, repairs=extra + a.repairs)


def _norm(line: str) -> str:
    return _SPACES.sub(" ", line).strip().casefold()


def parse(text: str, origin: Origin, config: Config, article_id: str) -> Article | None:
    """Split decoded text into headline and body (rules in the module docstring); None when
    there is no text at all."""
    text = _NEWLINES.sub("\n", text).replace("\u2029", "\n\n")
    lines = text.split("\n")
    is_boilerplate = boilerplate_matcher(config)
    repairs: list[Repair] = []
    i = 0
    while i < len(lines) and (not lines[i].strip() or is_boilerplate(lines[i])):
        if lines[i].strip():
            repairs.append(Repair("boilerplate", f"dropped leading line {lines[i].strip()!r}"))
        i += 1
    if i == len(lines):
        return None
    title_line = i
    title = _SPACES.sub(" ", lines[i]).strip()
    if len(title) > config.load.max_title_chars:
        title = ""
    else:
        i += 1
        j = i
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j < len(lines) and _norm(lines[j]) == _norm(title):
            repairs.append(Repair("repeated_headline", f"dropped repeated headline {title!r}"))
            i = j + 1
    body = "\n".join(lines[i:]).strip("\n")
    if not body.strip():
        body = ""
    return Article(
        id=article_id,
        title=title,
        text=body,
        origin=Origin(origin.path, origin.url, origin.entry, title_line + 1, origin.member),
        repairs=tuple(repairs),
    )
