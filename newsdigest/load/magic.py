"""What a file is, by its first bytes, before its name or its markup is trusted: a PDF or a
zip archive saved as ``.html`` is not a web page. ``binary_kind(head)`` names the kind of a
known binary signature (``"a PDF document"``), else None; ``not_what(fmt)`` words what the
reader expected (``"not a web page"``)."""

from __future__ import annotations

import re

# (pattern at the start of the data, what it is); only signatures no text file starts with
_SIGNATURES: tuple[tuple[re.Pattern[bytes], str], ...] = tuple(
    (re.compile(p, re.DOTALL), what) for p, what in (
        (rb"%PDF-", "a PDF document"),
        (rb"PK(?:\x03\x04|\x05\x06|\x07\x08)", "a zip archive (or an Office/EPUB file)"),
        (rb"\x1f\x8b", "gzip-compressed data"),
        (rb"BZh[1-9]1AY&SY", "bzip2-compressed data"),
        (rb"\xfd7zXZ\x00", "xz-compressed data"),
        (rb"\x28\xb5\x2f\xfd", "zstd-compressed data"),
        (rb"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
        (rb"Rar!\x1a\x07", "a RAR archive"),
        (rb".{257}ustar", "a tar archive"),
        (rb"\x89PNG\r\n\x1a\n", "a PNG image"),
        (rb"\xff\xd8\xff", "a JPEG image"),
        (rb"GIF8[79]a", "a GIF image"),
        (rb"RIFF.{4}WEBP", "a WebP image"),
        (rb"RIFF.{4}(?:WAVE|AVI )", "a RIFF audio/video file"),
        (rb"(?:II\*\x00|MM\x00\*)", "a TIFF image"),
        (rb".{4}ftyp", "an MP4/QuickTime/HEIC file"),
        (rb"\x1a\x45\xdf\xa3", "a Matroska/WebM video"),
        (rb"OggS\x00", "an Ogg audio/video file"),
        (rb"ID3[\x02-\x04]\x00", "an MP3 audio file"),
        (rb"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
        (rb"\x7fELF", "an executable (ELF)"),
        (rb"SQLite format 3\x00", "an SQLite database"),
        (rb"wOF[F2]", "a web font"),
    ))

_WHAT = {"html": "not a web page", "feed": "not an RSS or Atom feed", "json": "not JSON",
         "text": "not text"}


def binary_kind(head: bytes) -> str | None:
    """The kind of binary file ``head`` (the first bytes) starts like, else None."""
    for pattern, what in _SIGNATURES:
        if pattern.match(head):
            return what
    return None


def not_what(fmt: str) -> str:
    return _WHAT.get(fmt, "not an article")
