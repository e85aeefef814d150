"""Turn command-line inputs (files, directories, ``-`` for stdin) into articles.

``iter_inputs`` yields every article it can and an ``InputError`` for each input (or entry)
it cannot read, then goes on with the rest. Directories are walked recursively, files in the
sorted order of their relative paths, skipping hidden files and directories (names starting
with ``.``) and files whose extension is not in ``load.EXTENSIONS``. A file with an unknown
extension is sniffed: JSON if its first character (after a byte-order mark and whitespace) is
``{`` or ``[``, else text.

Limits: ``limits.max_article_bytes`` is enforced by the readers (per text file, per JSON
Lines entry). ``limits.max_total_bytes`` counts every byte read from every input; crossing it
raises ``LimitError`` (the run stops: a partial corpus would give silently partial results).

Article ids are made unique across all inputs: the second ``x`` becomes ``x~2``, then
``x~3`` and so on, in input order, so ids are stable for the same inputs.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from ..config import Config
from ..errors import InputError, LimitError
from ..model import Article, Origin
from . import EXTENSIONS, reader


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
        text = head.decode("utf-8", errors="ignore")
    text = text.lstrip("\ufeff \t\r\n")
    return "json" if text[:1] in ("{", "[") else "text"


def iter_inputs(paths: Sequence[str], config: Config,
                stdin: BinaryIO | None = None) -> Iterator[Article | InputError]:
    budget = _Budget(config.get_int("limits.max_total_bytes"))
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
        yield from _read_stream(stream, "-", "-", config, budget, empty="stdin is empty")
        return
    p = Path(path)
    try:
        is_dir = p.is_dir()
    except OSError as e:  # pragma: no cover - e.g. name too long
        yield InputError(_why(e), where=path)
        return
    if is_dir:
        found = False
        for file in _walk(p, config):
            if isinstance(file, InputError):
                yield file
                continue
            found = True
            yield from _read_file(str(file), config, budget)
        if not found:
            exts = ", ".join(sorted(EXTENSIONS))
            yield InputError(f"directory has no input files ({exts})", where=path)
        return
    yield from _read_file(path, config, budget)


def _walk(root: Path, config: Config) -> Iterator[Path | InputError]:
    """Input files under ``root`` sorted by their path relative to it (``a.txt``,
    ``b/z.txt``, ``c.json``), hidden names skipped; unreadable directories as errors."""
    errors: list[OSError] = []
    found: list[tuple[tuple[str, ...], Path]] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if not name.startswith(".") and any(name.lower().endswith(x) for x in EXTENSIONS):
                path = Path(dirpath) / name
                found.append((path.relative_to(root).parts, path))
    for e in errors:
        yield InputError(_why(e), where=e.filename or str(root))
    for _, path in sorted(found):
        yield path


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
        fh = open(path, "rb")  # noqa: SIM115 - closed in finally, generator keeps it open
    except OSError as e:
        yield InputError(_why(e), where=path)
        return
    try:
        yield from _read_stream(fh, path, Path(path).name, config, budget, empty="file is empty")
    except OSError as e:
        yield InputError(_why(e), where=path)
    finally:
        fh.close()


def _read_stream(raw: BinaryIO, path: str, name: str, config: Config, budget: _Budget,
                 empty: str) -> Iterator[Article | InputError]:
    stream = io.BufferedReader(_Metered(raw, budget), buffer_size=1 << 16)
    head = stream.peek(65536)
    if not head.strip(b" \t\r\n\xef\xbb\xbf"):
        yield InputError(empty, where=path)
        return
    read = reader(format_for(name, head))
    yield from read(stream, Origin(path), config)
