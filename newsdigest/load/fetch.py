"""Fetch a URL the user named (``http://``, ``https://``), with the standard library only.

Fetching happens only for URLs given as inputs, never on its own. Bounds (``load.*``):
``fetch_timeout`` seconds for the connection, each read and the whole body;
``fetch_max_bytes`` for the body (a larger ``Content-Length`` is refused before reading, a gzip
body the server sends anyway is unpacked within the same bound); ``fetch_max_redirects``
redirects, and only to ``http``/``https``. The content type must be a web page, a feed, JSON or text
(``text/html``, ``application/xhtml+xml``, ``application/rss+xml``, ``application/atom+xml``,
``application/xml``, ``text/xml``, ``application/json``, ``text/plain``, ...); anything else
(images, PDF, ...) is refused. Every failure is one ``InputError`` line naming the URL:
``HTTP 404 Not Found``, ``timed out after 20 s``, ``cannot connect: ...``, ...

A ``charset`` in the Content-Type header wins over what the body says (for HTML, JSON and
text; XML declares its own): the body is re-encoded to UTF-8 with a byte-order mark, which
the readers honour first.
"""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass
from http.client import HTTPMessage
from typing import IO, Any

from ..config import Config
from ..errors import InputError
from . import read_upto

ACCEPT = ("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
          "application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8,text/plain;q=0.7")
TYPES: dict[str, str | None] = {  # content type -> reader format (None: sniff the body)
    "text/html": "html", "application/xhtml+xml": "html",
    "application/rss+xml": "feed", "application/atom+xml": "feed",
    "application/rdf+xml": "feed", "application/xml": None, "text/xml": None,
    "application/json": "json", "application/x-ndjson": "json", "application/jsonl": "json",
    "application/jsonlines": "json", "application/x-jsonlines": "json", "text/json": "json",
    "text/plain": None, "text/markdown": "text", "application/octet-stream": None,
}


@dataclass(frozen=True)
class Fetched:
    data: bytes
    url: str  # after redirects
    fmt: str | None  # reader format the content type names; None: sniff


def is_url(path: str) -> bool:
    return path[:8].lower().startswith(("http://", "https://"))


def _redirects(limit: int) -> urllib.request.HTTPRedirectHandler:
    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = limit

        def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int,
                             msg: str, headers: HTTPMessage,
                             newurl: str) -> urllib.request.Request | None:
            if not is_url(newurl):
                raise _refused(newurl, req.full_url)
            if limit == 0:
                raise InputError("redirected, and load.fetch_max_redirects is 0",
                                 where=req.full_url)
            return super().redirect_request(req, fp, code, msg, headers, newurl)

        def http_error_302(self, req: urllib.request.Request, fp: IO[bytes], code: int,
                           msg: str, headers: HTTPMessage) -> Any:
            # urllib refuses a non-HTTP target before redirect_request sees it, as an
            # HTTPError that would read as 'too many redirects': say what happened instead
            target = headers.get("location") or headers.get("uri")
            if target:
                newurl = urllib.parse.urljoin(req.full_url, target.strip())
                if not is_url(newurl):
                    raise _refused(newurl, req.full_url)
            return super().http_error_302(req, fp, code, msg, headers)

        http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    return Redirects()


def _refused(newurl: str, url: str) -> InputError:
    return InputError(f"redirect to a non-HTTP URL refused: {newurl[:200]}", where=url)


def fetch(url: str, config: Config) -> Fetched:
    timeout = config.load.fetch_timeout
    limit = config.load.fetch_max_bytes
    redirects = config.load.fetch_max_redirects
    opener = urllib.request.build_opener(_redirects(redirects))
    request = urllib.request.Request(url, headers={
        "User-Agent": config.load.user_agent, "Accept": ACCEPT,
        "Accept-Encoding": "identity"})
    try:
        with opener.open(request, timeout=timeout) as resp:
            final = resp.geturl()
            ctype = resp.headers.get_content_type()
            fmt = _format(ctype, resp.headers.get("Content-Type"), url)
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise InputError(f"response of {int(length)} bytes is larger than "
                                 f"load.fetch_max_bytes ({limit})", where=url)
            data = _body(resp, limit, timeout, url)
            charset = resp.headers.get_content_charset()
            if resp.headers.get("Content-Encoding", "identity").lower() in ("gzip", "x-gzip"):
                data = _gunzip(data, limit, url)
    except InputError:
        raise
    except urllib.error.HTTPError as e:
        if 300 <= e.code < 400:
            raise InputError(f"too many redirects (more than load.fetch_max_redirects = "
                             f"{redirects})", where=url) from None
        raise InputError(f"HTTP {e.code} {e.reason}", where=url) from None
    except urllib.error.URLError as e:
        raise InputError(_reason(e.reason, timeout), where=url) from None
    except TimeoutError:
        raise InputError(f"timed out after {timeout:g} s", where=url) from None
    except (http.client.HTTPException, OSError) as e:
        raise InputError(f"cannot fetch: {_reason(e, timeout)}", where=url) from None
    except ValueError as e:
        raise InputError(f"invalid URL: {e}", where=url) from None
    if len(data) > limit:
        raise InputError(f"response is larger than load.fetch_max_bytes ({limit} bytes)",
                         where=url)
    if not data.strip():
        raise InputError("the server sent an empty response", where=url)
    return Fetched(_recode(data, charset, fmt), final, fmt)


def _body(resp: Any, limit: int, timeout: float, url: str) -> bytes:
    """At most ``limit + 1`` bytes of the body, within ``timeout`` seconds in all (a server
    that sends a byte at a time is cut off too): ``read1`` returns what has arrived."""
    deadline = time.monotonic() + timeout

    def in_time() -> None:
        if time.monotonic() > deadline:
            raise InputError(f"timed out after {timeout:g} s (body still arriving)", where=url)

    return read_upto(resp, limit, read=resp.read1, piece=1 << 16, each=in_time)


def _gunzip(data: bytes, limit: int, url: str) -> bytes:
    """A gzip body the server sent although asked not to, unpacked to at most ``limit``."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(data, limit + 1)
    except zlib.error as e:
        raise InputError(f"cannot unpack the gzip response: {e}", where=url) from None
    if len(out) > limit:
        raise InputError(f"response is larger than load.fetch_max_bytes ({limit} bytes)",
                         where=url)
    return out


def _format(ctype: str, header: str | None, url: str) -> str | None:
    if header is None:
        return None
    if ctype in TYPES:
        return TYPES[ctype]
    if ctype.endswith(("+xml",)):
        return None
    if ctype.endswith("+json"):
        return "json"
    raise InputError(f"unsupported content type {ctype!r} (expected a web page, an RSS or "
                     "Atom feed, JSON or text)", where=url)


def _recode(data: bytes, charset: str | None, fmt: str | None) -> bytes:
    if not charset or charset.replace("_", "-").lower() in ("utf-8", "utf8") or fmt == "feed":
        return data
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) \
            or data.lstrip()[:5] == b"<?xml":
        return data
    from .decode import decode_declared

    text, repair = decode_declared(data, charset)  # valid UTF-8 wins, EBCDIC is ignored
    return data if repair is not None else b"\xef\xbb\xbf" + text.encode("utf-8")


def _reason(reason: Any, timeout: float) -> str:
    if isinstance(reason, TimeoutError):
        return f"timed out after {timeout:g} s"
    if isinstance(reason, ConnectionRefusedError):
        return "cannot connect: connection refused"
    if isinstance(reason, socket.gaierror):
        return "cannot connect: host not found"
    text = str(getattr(reason, "strerror", None) or reason)
    return f"cannot connect: {text}"
