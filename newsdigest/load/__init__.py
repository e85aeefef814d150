"""Readers: turn paths, directories, URLs and stdin into ``Article`` objects.

Contract for a reader module (``newsdigest/load/<name>.py``): it defines
``read(stream: BinaryIO, origin: Origin, config: Config) -> Iterator[Article | InputError]``.
A reader yields every article it can and an ``InputError`` (with ``where`` set) for each part it
cannot read, so one bad entry never loses the others. Readers are imported lazily, only when an
input of their format is met, to keep start-up fast.

``FORMATS`` maps a format name to its module; ``EXTENSIONS`` maps file name endings to a format;
``inputs.sniff`` guesses the format of bytes with no telling extension (stdin, URLs, unknown
endings). Archives (``.zip``, ``.tar.gz``, ...) are not a format: ``inputs`` opens them and
hands each member to the reader of its own format.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from typing import BinaryIO

from ..config import Config
from ..errors import InputError
from ..model import Article, Origin

Reader = Callable[[BinaryIO, Origin, Config], Iterator[Article | InputError]]

FORMATS: dict[str, str] = {
    "text": "newsdigest.load.text",
    "json": "newsdigest.load.jsonfile",
    "html": "newsdigest.load.html",
    "feed": "newsdigest.load.feed",
}

EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".json": "json",
    ".jsonl": "json",
    ".ndjson": "json",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}


def reader(fmt: str) -> Reader:
    module = importlib.import_module(FORMATS[fmt])
    read: Reader = module.read
    return read


def read_upto(stream: BinaryIO, limit: int, *, read: Callable[[int], bytes] | None = None,
              piece: int = 1 << 20, each: Callable[[], None] | None = None) -> bytes:
    """At most ``limit + 1`` bytes of ``stream`` (one more than allowed tells the caller the
    input is too big), read in pieces of at most ``piece`` bytes (with ``read`` instead of
    ``stream.read`` when given), calling ``each`` after every piece: a huge configured limit
    is never allocated at once."""
    read = read or stream.read
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = read(min(piece, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if each is not None:
            each()
    return b"".join(chunks)
