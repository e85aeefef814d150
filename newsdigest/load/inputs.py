"""Turn command-line inputs (files, directories, globs, archives, URLs, ``-`` for stdin) into
articles.

``iter_inputs`` yields every article it can and an ``InputError`` for each input (or entry)
it cannot read, then goes on with the rest.

* Directories are walked recursively, files in the sorted order of their relative paths,
  skipping hidden files and directories (names starting with ``.``); which files count is
  decided by :mod:`.select` (known extensions, or ``load.include``; minus ``load.exclude``).
* An argument that is not an existing path but holds ``*``, ``?`` or ``[`` is a glob
  (``**`` crosses directories), expanded in sorted order; matching nothing is an error.
* Archives (``.zip``, ``.tar.gz``, ...) are read in place, member by member (:mod:`.archive`).
* A file compressed on its own (``page.html.gz``, ``articles.jsonl.bz2``, ``.xz``) is read as
  the file its name names without that ending, unpacked as it is read.
* ``http://`` and ``https://`` arguments are fetched (:mod:`.fetch`) and read as what the
  content type says (web page, feed, JSON, text), else sniffed.
* A file with an unknown extension is sniffed: JSON if its first character (after a
  byte-order mark and whitespace) is ``{`` or ``[``; a feed if it is XML with an ``<rss>``,
  ``<feed>`` or ``<rdf:RDF>`` root; a web page if it starts with ``<!doctype html``,
  ``<html``, ``<head`` or ``<body``; else text.

Every article keeps its provenance in ``Article.origin``: ``path`` (the argument: file, URL or
``-``), ``url`` (after redirects), ``member`` (inside an archive), ``entry`` (feed entry or
JSON entry number) and ``line``.

Limits: ``limits.max_article_bytes`` is enforced by the readers (per text file, per JSON
Lines entry). ``limits.max_total_bytes`` counts every byte read from every input (archive
members and compressed files unpacked); crossing it raises ``LimitError`` (the run stops: a
partial corpus would give silently partial results).

Article ids are made unique across all inputs: the second ``x`` becomes ``x~2``, then
``x~3`` and so on, in input order, so ids are stable for the same inputs.
"""

from __future__ import annotations

import glob
import io
import os
import stat
import sys
import warnings
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, cast

from ..config import Config
from ..errors import InputError, LimitError, NewsdigestWarning
from ..model import Article, Origin
from . import EXTENSIONS, reader
from .select import compression, excluded, is_archive, selected
from .text import where


class _Budget:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0


class _Metered(io.RawIOBase):
    """A raw stream that counts the bytes read against the run's total budget."""

    def __init__(self, raw: BinaryIO, budget: _Budget) -> None:
        self._raw = raw
        self._budget = budget

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self._raw.read(len(b))
        n = len(data)
        b[:n] = data
        self._budget.used += n
        if self._budget.used > self._budget.limit:
            raise LimitError(
                f"inputs are larger than limits.max_total_bytes ({self._budget.limit} bytes): "
                "raise that limit in the config or process the inputs in smaller batches")
        return n


def bundled_seeds() -> list[Path]:
    """The two seed reports shipped inside the package (``newsdigest/seeds/*.txt``), sorted,
    so ``newsdigest compare`` works with no input after a plain ``pip install``."""
    from importlib.resources import files

    root = files("newsdigest").joinpath("seeds")
    return sorted(Path(str(p)) for p in root.iterdir() if p.name.endswith(".txt"))


def format_for(name: str, head: bytes) -> str:
    """The reader format for a file name, sniffing ``head`` when the extension says nothing."""
    lower = name.lower()
    for ext, fmt in EXTENSIONS.items():
        if lower.endswith(ext):
            return fmt
    return sniff(head)


def sniff(head: bytes) -> str:
    from .decode import decode, sniff_bom

    enc = sniff_bom(head)
    if enc is not None and enc.startswith("utf-16"):
        text = decode(head[: len(head) // 2 * 2], enc)[0]
    else:
        text = head[:8192].decode("utf-8", errors="ignore")
    text = text.lstrip("\ufeff \t\r\n")
    if text[:1] in ("{", "["):
        return "json"
    if text[:1] != "<":
        return "text"
    lower = text[:4096].lower()
    page = min((i for i in (lower.find(t) for t in ("<!doctype html", "<html", "<head", "<body"))
                if i >= 0), default=-1)
    feed = min((i for i in (lower.find(t) for t in ("<rss", "<feed", "<rdf:rdf")) if i >= 0),
               default=-1)
    if feed >= 0 and (page < 0 or feed < page):
        return "feed"
    if page >= 0:
        return "html"
    return "feed" if lower.startswith("<?xml") else "html"


def iter_inputs(paths: Sequence[str], config: Config,
                stdin: BinaryIO | None = None) -> Iterator[Article | InputError]:
    budget = _Budget(config.limits.max_total_bytes)
    seen: dict[str, int] = {}
    for path in paths:
        for item in _one_input(str(path), config, stdin, budget):
            if isinstance(item, Article):
                item = _unique(item, seen)
            yield item


def _unique(article: Article, seen: dict[str, int]) -> Article:
    base = article.id
    if base not in seen:
        seen[base] = 1
        return article
    n = seen[base]
    new = base
    while new in seen:
        n += 1
        new = f"{base}~{n}"
    seen[base] = n
    seen[new] = 1
    return replace(article, id=new)


def _one_input(path: str, config: Config, stdin: BinaryIO | None,
               budget: _Budget) -> Iterator[Article | InputError]:
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        yield from _read_stream(stream, Origin("-"), "-", config, budget, empty="stdin is empty")
        return
    if path[:8].lower().startswith(("http://", "https://")):  # fetch (urllib) only then
        yield from _read_url(path, config, budget)
        return
    p = Path(path)
    try:
        is_dir = p.is_dir()
        exists = is_dir or p.exists()
    except OSError as e:  # pragma: no cover - e.g. name too long
        yield InputError(_why(e), where=path)
        return
    if not exists and any(c in path for c in "*?["):
        yield from _read_glob(path, config, budget)
        return
    if is_dir:
        yield from _read_dir(p, path, config, budget)
        return
    yield from _read_file(path, config, budget)


def _read_dir(p: Path, path: str, config: Config,
              budget: _Budget) -> Iterator[Article | InputError]:
    found = False
    for file in _walk(p, config):
        if isinstance(file, InputError):
            yield file
            continue
        found = True
        yield from _read_file(str(file), config, budget)
    if not found:
        include = config.load.include
        wanted = ", ".join(include) if include else ", ".join(sorted(EXTENSIONS))
        yield InputError(f"directory has no input files ({wanted})", where=path)


def _read_glob(pattern: str, config: Config, budget: _Budget) -> Iterator[Article | InputError]:
    matches = sorted(glob.glob(pattern, recursive=True))
    matches = [m for m in matches if not excluded(m.replace(os.sep, "/"), config)]
    if not matches:
        yield InputError("no files match this pattern", where=pattern)
        return
    for m in matches:
        if os.path.isdir(m):
            yield from _read_dir(Path(m), m, config, budget)
        else:
            yield from _read_file(m, config, budget)


def _read_url(url: str, config: Config, budget: _Budget) -> Iterator[Article | InputError]:
    from .fetch import fetch

    try:
        got = fetch(url, config)
    except InputError as e:
        yield e
        return
    origin = Origin(url, got.url)
    stream = io.BufferedReader(_Metered(io.BytesIO(got.data), budget), buffer_size=1 << 16)
    head = stream.peek(65536)
    name = got.url.split("?", 1)[0].split("#", 1)[0]
    fmt = got.fmt or format_for(name.rsplit("/", 1)[-1], head)
    bad = _binary(head, fmt, url)
    if bad is not None:
        yield bad
        return
    yield from reader(fmt)(stream, origin, config)


def _binary(head: bytes, fmt: str, at: str) -> InputError | None:
    """An error when the data starts like a known binary file, whatever its name says."""
    from .magic import binary_kind, not_what

    kind = binary_kind(head)
    if kind is None:
        return None
    return InputError(f"{not_what(fmt)}: looks like {kind} (a binary file)", where=at)


def _walk(root: Path, config: Config) -> Iterator[Path | InputError]:
    """Input files under ``root`` sorted by their path relative to it (``a.txt``,
    ``b/z.txt``, ``c.json``), hidden names skipped; unreadable directories as errors."""
    errors: list[OSError] = []
    found: list[tuple[tuple[str, ...], Path]] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            rel = path.relative_to(root).parts
            if selected("/".join(rel), config) and _regular(path):
                found.append((rel, path))
    for e in errors:
        yield InputError(_why(e), where=e.filename or str(root))
    for _, path in sorted(found):
        yield path


def _regular(path: Path) -> bool:
    """Whether a file met in a directory walk is a regular file (a link to one counts); a
    named pipe, socket or device is skipped with a warning (reading a pipe could wait
    forever). A file that cannot be looked at counts: reading it reports why."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return True
    if stat.S_ISREG(mode):
        return True
    warnings.warn(NewsdigestWarning(f"skipped: {_kind(mode)}, not a regular file",
                                    where=str(path)), stacklevel=2)
    return False


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def _open(path: str) -> BinaryIO:
    """``open(path, "rb")``, except that a named pipe is opened without waiting for a writer
    (``<(command)`` and a pipe being written work; one nobody writes to reads as empty)."""
    try:
        fifo = stat.S_ISFIFO(os.stat(path).st_mode)
    except OSError:
        fifo = False
    if not fifo:
        return open(path, "rb")
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except OSError:
        os.close(fd)
        raise


def _why(e: OSError) -> str:
    if isinstance(e, FileNotFoundError):
        return "no such file or directory"
    if isinstance(e, PermissionError):
        return "permission denied"
    if isinstance(e, IsADirectoryError):
        return "is a directory"
    return f"cannot read: {e.strerror or e}"


def _read_file(path: str, config: Config, budget: _Budget) -> Iterator[Article | InputError]:
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = stat.S_IFREG  # opening it says why it cannot be read
    if is_archive(path) and stat.S_ISREG(mode):
        yield from _read_archive(path, config, budget)
        return
    try:
        fh = _open(path)
    except OSError as e:
        yield InputError(_why(e), where=path)
        return
    empty = "file is empty"
    if not stat.S_ISREG(mode):
        empty = f"{_kind(mode)} with nothing to read"
    name = Path(path).name
    packed = compression(name)
    try:
        if packed is None:
            yield from _read_stream(fh, Origin(path), name, config, budget, empty=empty)
        else:
            yield from _read_compressed(fh, packed, path, config, budget)
    except OSError as e:
        yield InputError(_why(e), where=path)
    finally:
        fh.close()


def _read_compressed(fh: BinaryIO, packed: str, path: str, config: Config, budget: _Budget
                     ) -> Iterator[Article | InputError]:
    """A file compressed on its own ('page.html.gz'), read as the file its name names
    without the ending; what it unpacks to counts against ``limits.max_total_bytes``."""
    import bz2
    import gzip
    import lzma

    def unpack() -> BinaryIO:  # each a binary stream (io.BufferedIOBase)
        if packed == ".gz":
            return cast(BinaryIO, gzip.GzipFile(fileobj=fh, mode="rb"))
        return cast(BinaryIO, bz2.BZ2File(fh) if packed == ".bz2" else lzma.LZMAFile(fh))

    errors = (EOFError, OSError, lzma.LZMAError, zlib.error)
    name = Path(path).name[: -len(packed)]
    try:
        with unpack() as unpacked:
            yield from _read_stream(unpacked, Origin(path), name, config, budget,
                                    empty="file is empty once unpacked")
    except errors as e:
        why = str(e) or "unexpected end"
        yield InputError(f"not a {packed} file, or truncated or corrupt: {why}", where=path)


def _read_archive(path: str, config: Config, budget: _Budget) -> Iterator[Article | InputError]:
    from .archive import ERRORS, members

    found = False
    name = ""
    try:
        for item in members(path, config):
            found = True  # a member, or an error about the archive: either way not 'empty'
            if isinstance(item, InputError):
                yield item
                continue
            name, stream = item
            yield from _read_stream(stream, Origin(path, member=name), name, config, budget,
                                    empty="file is empty")
    except (OSError, *ERRORS) as e:
        where = f"{path}!{name}" if name else path
        why = _why(e) if isinstance(e, OSError) else str(e) or "unexpected end"
        yield InputError(f"archive is truncated or corrupt: {why}", where=where)
        return
    if not found:
        yield InputError("archive has no input files", where=path)


def _read_stream(raw: BinaryIO, origin: Origin, name: str, config: Config, budget: _Budget,
                 empty: str) -> Iterator[Article | InputError]:
    stream = io.BufferedReader(_Metered(raw, budget), buffer_size=1 << 16)
    head = stream.peek(65536)
    if not head.strip(b" \t\r\n\xef\xbb\xbf"):
        yield InputError(empty, where=where(origin))
        return
    fmt = format_for(name, head)
    bad = _binary(head, fmt, where(origin))
    if bad is not None:
        yield bad
        return
    yield from reader(fmt)(stream, origin, config)
