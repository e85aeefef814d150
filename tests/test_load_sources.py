"""Loading from URLs (a local HTTP server on 127.0.0.1 started here), archives, globs,
include/exclude patterns, JSON exports with other field names and the BBC corpus."""

from __future__ import annotations

import contextlib
import gzip
import io
import tarfile
import threading
import time
import zipfile
from collections.abc import Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from newsdigest.config import defaults
from newsdigest.errors import InputError, LimitError
from newsdigest.load.inputs import iter_inputs
from newsdigest.model import Article

FIX = Path(__file__).resolve().parent / "fixtures"
DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
PLAIN = {"load.html_extractor": "plain"}


def load(*paths: object, settings: Mapping[str, Any] | None = None) -> list[Article | InputError]:
    config = defaults().replace(settings) if settings else defaults()
    return list(iter_inputs([str(p) for p in paths], config))


def arts(items: list[Article | InputError]) -> list[Article]:
    return [a for a in items if isinstance(a, Article)]


def errs(items: list[Article | InputError]) -> list[str]:
    return [str(e) for e in items if isinstance(e, InputError)]


# --- URLs -----------------------------------------------------------------------------------

ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "/world/story.html": (200, {"Content-Type": "text/html; charset=utf-8"},
                          (FIX / "news_page.html").read_bytes()),
    "/feeds/world": (200, {"Content-Type": "application/rss+xml"},
                     (FIX / "world_rss.xml").read_bytes()),
    "/feeds/desk.atom": (200, {"Content-Type": "application/atom+xml; charset=utf-8"},
                         (FIX / "world_atom.atom").read_bytes()),
    "/export": (200, {"Content-Type": "application/json"},
                b'[{"id": "e1", "title": "Vote today", "text": "MPs vote today."}]'),
    "/plain": (200, {"Content-Type": "text/plain; charset=iso-8859-1"},
               "Café owners protest\n\nOwners of 300 cafés marched on Monday.".encode("latin-1")),
    "/old": (301, {"Location": "/world/story.html"}, b""),
    "/loop": (302, {"Location": "/loop"}, b""),
    "/to-ftp": (302, {"Location": "ftp://127.0.0.1/file.txt"}, b""),
    "/to-file": (302, {"Location": "file:///etc/passwd"}, b""),
    "/to-data": (307, {"Location": "data:text/html,<p>hi</p>"}, b""),
    "/paper.html": (200, {"Content-Type": "text/html"}, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
    "/ebcdic": (200, {"Content-Type": "text/plain; charset=cp037"},
                "Café owners protest\n\nOwners of 300 cafés marched on Monday.".encode()),
    "/logo.png": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + b"\0" * 64),
    "/huge": (200, {"Content-Type": "text/html", "Content-Length": "999999999"}, b"<p>x</p>"),
    "/empty": (200, {"Content-Type": "text/html"}, b""),
    "/gz": (200, {"Content-Type": "text/plain", "Content-Encoding": "gzip"},
            gzip.compress(b"Packed headline\n\nThe server packed this although asked not to.")),
    "/gone": (404, {"Content-Type": "text/html"}, b"<h1>Not found</h1>"),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(1.5)
        if self.path == "/drip":  # each byte in time, the whole body too slow
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                for _ in range(12):
                    self.wfile.write(b"word ")
                    self.wfile.flush()
                    time.sleep(0.1)
            return
        status, headers, body = ROUTES.get(self.path, (404, {}, b"no such page"))
        if self.path == "/big":
            status, headers, body = 200, {"Content-Type": "text/html"}, b"<p>" + b"x" * 50_000
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        if "Content-Length" not in headers and self.path != "/big":
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy",
                "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("no_proxy", "*")


def test_url_page_is_read_as_html(server: str) -> None:
    url = f"{server}/world/story.html"
    [a] = load(url, settings=PLAIN)
    assert isinstance(a, Article)
    assert a.id == "story"
    assert a.title == "Lavrov says he and Pompeo agreed steps to normalize relations"
    assert a.text.startswith("SOCHI, May 14. /TASS/.")
    assert a.origin.path == url and a.origin.url == url
    assert a.url == "https://news.example.org/world/2019/05/14/lavrov-pompeo-sochi"  # canonical


def test_url_feeds_by_content_type(server: str) -> None:
    items = load(f"{server}/feeds/world", f"{server}/feeds/desk.atom", settings=PLAIN)
    assert [a.id for a in arts(items)] == ["world#1", "world#2", "desk#1", "desk#2"]
    assert errs(items) == [f"{server}/feeds/world#3: feed entry has neither title nor text"]
    assert arts(items)[2].origin.url == f"{server}/feeds/desk.atom"
    assert arts(items)[2].origin.entry == 1


def test_url_json_and_text_with_header_charset(server: str) -> None:
    [j, t] = load(f"{server}/export", f"{server}/plain")
    assert isinstance(j, Article) and isinstance(t, Article)
    assert (j.id, j.text) == ("e1", "MPs vote today.")
    assert t.title == "Café owners protest"
    assert t.text == "Owners of 300 cafés marched on Monday."
    assert not t.repairs  # decoded by the header's charset, no cp1252 guess


def test_an_ebcdic_header_charset_does_not_garble_utf8(server: str) -> None:
    [t] = load(f"{server}/ebcdic")
    assert isinstance(t, Article) and t.title == "Café owners protest"


def test_gzip_body_sent_anyway_is_unpacked(server: str) -> None:
    [a] = load(f"{server}/gz")
    assert isinstance(a, Article)
    assert (a.title, a.text) == ("Packed headline", "The server packed this although asked "
                                                    "not to.")


def test_redirect_followed_and_final_url_kept(server: str) -> None:
    [a] = load(f"{server}/old", settings=PLAIN)
    assert isinstance(a, Article)
    assert a.origin.path == f"{server}/old"
    assert a.origin.url == f"{server}/world/story.html"


@pytest.mark.parametrize(("route", "settings", "message"), [
    ("/gone", {}, "HTTP 404 Not Found"),
    ("/loop", {}, "too many redirects (more than load.fetch_max_redirects = 5)"),
    ("/old", {"load.fetch_max_redirects": 0}, "redirected, and load.fetch_max_redirects is 0"),
    ("/to-ftp", {}, "redirect to a non-HTTP URL refused: ftp://127.0.0.1/file.txt"),
    ("/to-file", {}, "redirect to a non-HTTP URL refused: file:///etc/passwd"),
    ("/to-data", {}, "redirect to a non-HTTP URL refused: data:text/html,<p>hi</p>"),
    ("/paper.html", {}, "not a web page: looks like a PDF document (a binary file)"),
    ("/logo.png", {}, "unsupported content type 'image/png' (expected a web page, an RSS or "
                      "Atom feed, JSON or text)"),
    ("/huge", {}, "response of 999999999 bytes is larger than load.fetch_max_bytes (10000000)"),
    ("/big", {"load.fetch_max_bytes": 10_000},
     "response is larger than load.fetch_max_bytes (10000 bytes)"),
    ("/empty", {}, "the server sent an empty response"),
    ("/slow", {"load.fetch_timeout": 0.3}, "timed out after 0.3 s"),
    ("/drip", {"load.fetch_timeout": 0.5}, "timed out after 0.5 s (body still arriving)"),
])
def test_url_failures_are_one_line_errors(server: str, route: str, settings: dict[str, Any],
                                          message: str) -> None:
    items = load(f"{server}{route}", settings=settings)
    assert len(items) == 1 and isinstance(items[0], InputError)
    text = str(items[0])
    assert text.endswith(message), text
    assert "\n" not in text
    assert str(items[0].where).startswith(server)


def test_unreachable_host_is_an_input_error() -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    [err] = load(f"http://127.0.0.1:{port}/x", settings={"load.fetch_timeout": 2.0})
    assert isinstance(err, InputError)
    assert str(err) == f"http://127.0.0.1:{port}/x: cannot connect: connection refused"


def test_one_bad_url_does_not_stop_the_others(server: str) -> None:
    items = load(f"{server}/gone", f"{server}/export")
    assert errs(items) == [f"{server}/gone: HTTP 404 Not Found"]
    assert [a.id for a in arts(items)] == ["e1"]


# --- archives -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["reports.zip", "reports.tar.gz"])
def test_archive_members_read_in_place(name: str) -> None:
    path = FIX / name
    items = load(path)
    assert not errs(items)
    got = arts(items)
    assert [a.id for a in got] == ["washington", "sochi", "brief", "clip-1", "clip-2"]
    assert [a.origin.member for a in got] == [
        "reports/washington.txt", "reports/sochi.txt", "reports/more/brief.txt",
        "reports/more/clips.jsonl", "reports/more/clips.jsonl"]
    assert all(a.origin.path == str(path) for a in got)
    assert got[0].title == "Lavrov holds meeting with Pompeo in Washington"
    assert (got[4].origin.entry, got[4].origin.line) == (2, 2)
    assert str(got[4].origin) == f"{path}!reports/more/clips.jsonl:2"


def test_archive_include_exclude() -> None:
    items = load(FIX / "reports.zip", settings={"load.exclude": ["reports/more/*"]})
    assert [a.id for a in arts(items)] == ["washington", "sochi"]
    items = load(FIX / "reports.zip", settings={"load.include": ["*.jsonl"]})
    assert [a.id for a in arts(items)] == ["clip-1", "clip-2"]


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_zip_bomb_stops_at_the_article_limit(tmp_path: Path) -> None:
    path = _zip(tmp_path / "bomb.zip", {"big.txt": b"Title\n\n" + b"a" * 5_000_000,
                                        "ok.txt": b"Small\n\nA small report."})
    items = load(path, settings={"limits.max_article_bytes": 100_000})
    assert errs(items) == [f"{path}!big.txt: file is larger than limits.max_article_bytes "
                           "(100000 bytes): raise that limit in the config or split the file"]
    assert [a.id for a in arts(items)] == ["ok"]


def test_archive_total_budget_counts_decompressed_bytes(tmp_path: Path) -> None:
    path = _zip(tmp_path / "many.zip", {f"{i}.txt": b"T\n\n" + b"word " * 10_000
                                        for i in range(10)})
    with pytest.raises(LimitError, match=r"limits\.max_total_bytes"):
        load(path, settings={"limits.max_total_bytes": 200_000})


def test_bad_archives_and_members(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.zip"
    corrupt.write_bytes(b"PK\x03\x04 this is not really a zip")
    truncated = tmp_path / "cut.tar.gz"
    truncated.write_bytes((FIX / "reports.tar.gz").read_bytes()[:700])
    nested = _zip(tmp_path / "outer.zip", {"inner.zip": b"PK..", "a.txt": b"A\n\nText."})
    empty = _zip(tmp_path / "empty.zip", {"readme.pdf": b"%PDF"})
    items = load(corrupt, truncated, nested, empty)
    messages = errs(items)
    assert messages[0].startswith(f"{corrupt}: not a readable zip archive")
    assert messages[1].startswith(f"{truncated}")
    assert f"{nested}!inner.zip: archive inside an archive" in messages[2]
    assert messages[-1] == f"{empty}: archive has no input files"
    assert [a.id for a in arts(items)][-1:] == ["a"]


def test_tar_members_that_are_not_files_are_skipped(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        link = tarfile.TarInfo("evil.txt")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tf.addfile(link)
        data = b"Real report\n\nSomething happened."
        info = tarfile.TarInfo("../escape/real.txt")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    path = tmp_path / "links.tgz"
    path.write_bytes(gzip.compress(buf.getvalue()))
    items = load(path)
    assert not errs(items)
    [a] = arts(items)
    assert (a.id, a.origin.member) == ("real", "../escape/real.txt")
    assert not (tmp_path.parent / "escape").exists()  # nothing written to disk


# --- directories, globs, include/exclude ----------------------------------------------------


def _tree(root: Path) -> Path:
    (root / "2019" / "drafts").mkdir(parents=True)
    (root / "2019" / "a.txt").write_text("A\n\nText a.")
    (root / "2019" / "drafts" / "b.txt").write_text("B\n\nText b.")
    (root / "2019" / "c.html").write_text("<title>C</title><p>Text c is a paragraph.</p>")
    (root / "2019" / "d.log").write_text("D\n\nText d.")
    (root / "e.rss").write_bytes((FIX / "world_rss.xml").read_bytes())
    (root / "f.zip").write_bytes((FIX / "reports.zip").read_bytes())
    return root


def test_directory_reads_pages_feeds_and_archives(tmp_path: Path) -> None:
    root = _tree(tmp_path / "news")
    items = load(root, settings=PLAIN)
    ids = [a.id for a in arts(items)]
    assert ids == ["a", "c", "b", "e#1", "e#2", "washington", "sochi", "brief",
                   "clip-1", "clip-2"]
    assert "d" not in ids  # .log is not a known extension
    assert len(errs(items)) == 1  # the RSS entry with neither title nor text


def test_directory_include_and_exclude(tmp_path: Path) -> None:
    root = _tree(tmp_path / "news")
    got = arts(load(root, settings={"load.include": ["*.txt", "*.log"],
                                    "load.exclude": ["*/drafts/*"]}))
    assert [a.id for a in got] == ["a", "d"]
    got = arts(load(root, settings={"load.exclude": ["*.zip", "*.rss", "2019/*"]}))
    assert got == []


def test_glob_argument(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _tree(tmp_path / "news")
    monkeypatch.chdir(tmp_path)
    assert [a.id for a in arts(load("news/**/*.txt"))] == ["a", "b"]
    assert [a.id for a in arts(load("news/2019/*.txt", settings={"load.exclude": ["a.*"]}))] == []
    assert errs(load("news/*.pdf")) == ["news/*.pdf: no files match this pattern"]
    assert root.is_dir()


# --- JSON exports and the BBC corpus --------------------------------------------------------


def test_json_export_with_other_field_names() -> None:
    path = FIX / "export_other_fields.json"
    fields = {"text": ["body", "story_text"], "source": ["publisher", "outlet_name"],
              "date": ["published_at", "when"], "title": ["headline"], "id": ["doc_id"],
              "url": ["link"]}
    items = load(path, settings={"load.fields": fields})
    first, second, third = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.id, first.source, first.date, first.url) == (
        "clip-0001", "TASS", "2017-05-10", "https://tass.example/world/1")
    assert first.text == ("WASHINGTON, May 10. Russian Foreign Minister Sergei Lavrov held talks "
                          "with US Secretary of State Mike Pompeo.\n\nThe meeting lasted an hour.")
    assert (second.id, second.source, second.date) == ("clip-0002", "TASS", "2019-05-14")
    assert second.text.startswith("SOCHI, May 14. /TASS/.")
    assert isinstance(third, Article) and third.text == ""  # a headline alone
    assert [a.origin.entry for a in arts(items)] == [1, 2, 3]
    # without the mapping the second entry has no text field the defaults know
    assert arts(load(path))[1].text == ""


def test_bbc_through_json_lines_with_a_field_mapping(tmp_path: Path) -> None:
    src = DATA / "bbc" / "articles.jsonl"
    if not src.is_file():
        pytest.skip(f"shared data not present at {src}")
    import json

    out = tmp_path / "bbc_export.jsonl"
    with src.open(encoding="utf-8") as f, out.open("w", encoding="utf-8") as g:
        for line in f:
            r = json.loads(line)
            g.write(json.dumps({"story_id": r["id"], "hed": r["title"], "copy": r["text"],
                                "desk": r["category"]}) + "\n")
    fields = {"id": ["story_id"], "title": ["hed"], "text": ["copy"], "source": ["desk"]}
    items = load(out, settings={"load.fields": fields})
    assert not errs(items)
    got = arts(items)
    assert len(got) == 1328
    assert got[0].id == "business/001"
    assert got[0].title == "Ad sales boost Time Warner profit"
    assert got[0].text.startswith("Quarterly profits at US media giant TimeWarner jumped 76%")
    assert got[0].source == "business"
    assert [a.origin.line for a in got[:3]] == [1, 2, 3]


def test_archive_member_limit_reads_that_many_and_says_the_rest_are_not_read(
        tmp_path: Path) -> None:
    many = _zip(tmp_path / "many.zip", {f"{n}.txt": f"H{n}\n\nText {n}.".encode()
                                        for n in range(3)})
    items = load(many, settings={"load.max_archive_members": 2})
    assert [a.id for a in arts(items)] == ["0", "1"]
    assert errs(items) == [f"{many}: more than load.max_archive_members (2) files: the rest "
                           "are not read"]
