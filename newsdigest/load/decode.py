"""Bytes to text, never failing and never losing a digit.

Rules, in order:

1. A byte-order mark decides: UTF-8 (``EF BB BF``), UTF-16 LE/BE (``FF FE`` / ``FE FF``).
   The mark is removed. Invalid UTF-16 (a lone surrogate half) becomes U+FFFD with a warning.
2. UTF-16 without a mark is recognised when many NUL bytes sit at the odd (LE) or even (BE)
   positions of the first 4 KB while the other positions have none (ASCII-heavy UTF-16 text).
3. Otherwise the bytes are read as UTF-8.
4. Bytes that are not UTF-8, with more invalid bytes than bytes of valid multi-byte UTF-8
   characters, are a legacy charset. charset-normalizer names it; its reading is taken when
   most of the non-ASCII letters it gives are not Latin (Cyrillic cp1251 or KOI8-R, Greek,
   Hebrew, Arabic, Shift_JIS, GBK ...: a Russian report in cp1251 reads as Russian, not as
   "Ëàâðîâ") and the charset reads ASCII as ASCII. Latin text (or no guess) goes on to rule
   5: a detector guesses single-byte Western text poorly (cp1250 or cp775 for "Café €5").
5. Each byte that is not part of a valid UTF-8 sequence is read as cp1252 (the five bytes
   cp1252 leaves undefined map to U+0081 etc., like Latin-1). So a whole cp1252 file reads
   exactly as cp1252, and a UTF-8 file with a few stray cp1252 bytes keeps its valid UTF-8
   characters and gets the stray ones right. ASCII (and so every digit) is the same in all
   these charsets and is never touched.

Whenever rule 4 or 5 applied, or rule 1 had to replace something, the caller gets a
``Repair(kind="encoding")`` to attach to each article read from the bytes; the CLI shows
repairs of kind ``encoding`` as warnings.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..model import Repair

_SNIFF = 4096
_ESCAPED = re.compile("[\udc80-\udcff]")  # bytes that surrogateescape could not decode


def _byte_to_cp1252(b: int) -> str:
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D
        return chr(b)


_CP1252 = {chr(0xDC00 + b): _byte_to_cp1252(b) for b in range(0x80, 0x100)}


def sniff_bom(data: bytes) -> str | None:
    """The encoding named by a byte-order mark (or by the NUL pattern of BOM-less UTF-16)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = data[:_SNIFF]
    if len(head) >= 8:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if odd > len(head) // 4 and even == 0:
            return "utf-16-le"
        if even > len(head) // 4 and odd == 0:
            return "utf-16-be"
    return None


def decode(data: bytes, encoding: str | None = None) -> tuple[str, Repair | None]:
    """``(text, warning)``: ``data`` decoded by the rules above; ``encoding`` (from
    :func:`sniff_bom` on the start of the file) forces rule 1/2 for pieces of a larger file."""
    encoding = encoding or sniff_bom(data)
    if encoding is not None and encoding.startswith("utf-16"):
        text = data.decode(encoding, errors="replace")
        if text.startswith("\ufeff"):
            text = text[1:]
        bad = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
        warning = None
        if bad:
            warning = Repair("encoding", f"invalid {encoding.upper()}: {bad} character(s) "
                             "replaced by U+FFFD", bad)
        return text, warning
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    escaped = data.decode("utf-8", errors="surrogateescape")
    valid = _utf8_part(data)
    multibyte = len(valid.encode("utf-8")) - sum(c < "\x80" for c in valid)
    if len(_ESCAPED.findall(escaped)) > multibyte:  # rule 4
        detected = detect_legacy(data)
        if detected is not None:
            text, charset = detected
            return text, Repair("encoding", f"not UTF-8: read as {charset} (detected)",
                                sum(b > 0x7F for b in data))
    first_match = _ESCAPED.search(escaped)
    first = first_match.start() if first_match else 0
    bad = 0

    def fix(m: re.Match[str]) -> str:
        nonlocal bad
        bad += 1
        return _CP1252[m.group()]

    text = _ESCAPED.sub(fix, escaped)
    if multibyte:
        detail = (f"invalid UTF-8 ({bad} byte(s), first near character {first}): "
                  "those bytes read as cp1252")
    else:
        detail = "not UTF-8: read as cp1252"
    return text, Repair("encoding", detail, bad)


def detect_legacy(data: bytes) -> tuple[str, str] | None:
    """``(text, charset)`` when charset-normalizer reads ``data`` as mostly non-Latin letters
    in a charset that keeps ASCII as ASCII (rule 4), else None."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or ascii_compatible(best.encoding) is None:
        return None
    text = str(best)
    if sum(c.isascii() for c in text) != sum(b < 0x80 for b in data):
        return None  # a multi-byte charset that swallowed ASCII bytes (b'\xde1' as johab)
    letters = [c for c in text if ord(c) > 0x7F and c.isalpha()]
    latin = sum(unicodedata.name(c, "").startswith("LATIN") for c in letters)
    if not letters or latin * 2 >= len(letters):
        return None
    return text, codecs.lookup(best.encoding).name


def _utf8_part(data: bytes) -> str:
    """The characters of ``data`` that are valid multi-byte UTF-8 (used only to word the
    warning: a file with none of them is plain cp1252)."""
    return data.decode("utf-8", errors="ignore")


_ASCII_PROBE = "<meta charset=utf-8> Aa Zz 09 .,;:'\"!?()[]{}/\\|-_=+*&%$#@~`^\n\t"


def ascii_compatible(name: str) -> str | None:
    """The Python codec for a declared charset name when it reads ASCII as ASCII (cp1252,
    Latin-2, KOI8-R, Shift_JIS ...), else None: an EBCDIC code page (cp037), UTF-7 or a
    UTF-16/32 name declared inside ASCII-looking bytes is a lie or a mistake, and decoding
    with it would garble the text."""
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    try:
        ok = _ASCII_PROBE.encode("ascii").decode(codec) == _ASCII_PROBE
    except (UnicodeDecodeError, LookupError, TypeError, ValueError):
        return None
    return codec if ok and not codec.startswith(("utf-16", "utf-32", "utf-7")) else None


def decode_declared(data: bytes, declared: str | None) -> tuple[str, Repair | None]:
    """Bytes whose container names a charset (``<meta charset>``, an HTTP header). Trust, in
    order: a byte-order mark; valid UTF-8 (a page that is valid UTF-8 is UTF-8, whatever it
    says: a multi-byte text in another charset is practically never valid UTF-8); the
    declared charset when it is ASCII-compatible and the bytes are valid in it; else the
    rules of ``decode`` (UTF-8 with the cp1252 fallback)."""
    if sniff_bom(data) is None and declared:
        try:
            return data.decode("utf-8"), None
        except UnicodeDecodeError:
            pass
        codec = ascii_compatible(declared)
        if codec is not None:
            try:
                return data.decode(codec), None
            except UnicodeDecodeError:
                pass
    return decode(data)
