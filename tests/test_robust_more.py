"""The bad-input matrix, round two (issue 13): hangs, tracebacks, binary or lying inputs, silent
loss, settings that are not numbers, identical copies, terminal safety, closed pipes, full
disks, spreadsheet cells. Each case is given next to a good report that must still come out;
the command must not hang or crash and must say what is wrong in one line naming the input."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from newsdigest.cli import context
from newsdigest.config import defaults
from newsdigest.model import Analysis
from newsdigest.render.text import delimited_lines

from .conftest import SEEDS, make_analysis
from .test_robust import ARTICLE, GOOD, GOOD_ID, PNG, ids, run

REPORT = ("Storm closes ports\n\nThe storm closed three ports on Monday, officials said. "
          "Ships waited outside the harbour for two days. The port authority said trade "
          "would resume on Wednesday.\n")


def errors(err: list[str]) -> list[str]:
    return [line for line in err if line.startswith("newsdigest: error:")]


# --- binary or lying inputs: sniffed before the name is trusted ------------------------------

def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("story.txt", REPORT)
    return buf.getvalue()


BINARY = [
    ("PDF saved as .html", "paper.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"
     + ARTICLE.encode(), "not a web page: looks like a PDF"),
    ("zip saved as .html", "bundle.html", _zip_bytes(), "not a web page: looks like a zip"),
    ("PNG saved as .json", "data.json", PNG + b"{}" * 50, "not JSON: looks like a PNG"),
    ("gzip saved as .xml", "feed.xml", b"\x1f\x8b\x08\x00" + bytes(range(200)),
     "not an RSS or Atom feed: looks like gzip"),
    ("JPEG saved as .txt", "photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF" + ARTICLE.encode(),
     "not text: looks like a JPEG"),
    ("PDF with no extension", "paper", b"%PDF-1.4\n" + ARTICLE.encode(), "looks like a PDF"),
]


@pytest.mark.parametrize(("case", "name", "data", "words"), BINARY, ids=[c[0] for c in BINARY])
def test_binary_file_under_a_text_name_is_an_error(tmp_path: Path, case: str, name: str,
                                                   data: bytes, words: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    code, out, err = run("summarize", str(bad), GOOD, "--format", "jsonl")
    assert code == 1 and ids(out) == [GOOD_ID], case
    [line] = errors(err)
    assert name in line and words in line and "binary" in line, line


def test_a_page_that_only_mentions_pdf_is_still_read(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>PDF files</title></head><body><p>%PDF-1.7 is how a "
                    "PDF file starts, the council said on Monday in its guide.</p></body></html>")
    code, out, err = run("summarize", str(page), "--format", "jsonl")
    assert code == 0, err
    assert json.loads(out)["title"] == "PDF files"


@pytest.mark.parametrize("charset", ["cp037", "cp500", "utf-16", "utf-7"])
def test_a_meta_charset_that_would_garble_utf8_is_ignored(tmp_path: Path, charset: str) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(f"<html><head><meta charset=\"{charset}\"><title>Café owners protest"
                     "</title></head><body><p>Owners of 300 cafés marched in Zürich on Monday, "
                     "the organisers said.</p></body></html>".encode())
    code, out, err = run("summarize", str(page), GOOD, "--format", "jsonl")
    assert code == 0, err
    first = json.loads(out.splitlines()[0])
    assert first["title"] == "Café owners protest"
    assert "Zürich" in first["lead"]["text"]


def test_a_true_legacy_meta_charset_is_still_honoured(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes("<html><head><meta charset=\"windows-1251\"><title>Новости дня</title>"
                     "</head><body><p>Министр сказал в понедельник, что переговоры "
                     "продолжатся.</p></body></html>".encode("cp1251"))
    code, out, err = run("summarize", str(page), "--format", "jsonl")
    assert code == 0, err
    assert json.loads(out)["title"] == "Новости дня"


# --- hangs: pipes in folders, very long articles ---------------------------------------------

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


@needs_fifo
def test_a_named_pipe_inside_a_directory_is_skipped_with_a_warning(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(REPORT)
    os.mkfifo(folder / "pipe.txt")  # nobody writes to it: reading it would wait forever
    code, out, err = run("summarize", str(folder), "--format", "jsonl")
    assert code == 0, err
    assert ids(out) == ["good"]
    assert err == [f"newsdigest: warning: {folder / 'pipe.txt'}: skipped: a named pipe "
                   "(FIFO), not a regular file"]


@needs_fifo
@pytest.mark.parametrize("name", ["pipe.txt", "pipe.zip"])
def test_a_named_pipe_given_explicitly_is_an_error_not_a_hang(tmp_path: Path, name: str) -> None:
    fifo = tmp_path / name
    os.mkfifo(fifo)
    code, out, err = run("summarize", str(fifo), GOOD, "--format", "jsonl")
    assert code == 1 and ids(out) == [GOOD_ID]
    [line] = errors(err)
    assert name in line and "named pipe" in line, line


def _statements(n: int) -> Analysis:
    words = ["storm", "port", "ship", "trade", "harbour", "minister", "council", "talks",
             "budget", "vote"]
    sents = [f"The {words[i % 10]} {words[(i * 7) % 10]} case {i} said {words[(i * 3) % 10]} "
             f"item{i % 97} on day {i % 31}." for i in range(n)]
    return make_analysis("a", *sents, title="T")


def test_key_statements_of_a_very_long_article_cost_its_length_not_its_square(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Counting work, not seconds: the ranking never compares every pair of statements
    (it used to fill an n x n matrix in Python: 10,000 statements, 50 million cosines)."""
    from newsdigest import digest

    calls = [0]
    cosine = digest._cosine

    def counted(a: dict[str, float], b: dict[str, float]) -> float:
        calls[0] += 1
        return cosine(a, b)

    monkeypatch.setattr(digest, "_cosine", counted)
    for n in (200, 6000):
        calls[0] = 0
        d = digest.make_digest(_statements(n), defaults(), top=5)
        assert 1 <= len(d.key_statements) <= 5  # near-repeats: most are redundant
        assert calls[0] <= 8 * digest.MAX_CANDIDATES, (n, calls[0])


def test_ranking_grows_linearly() -> None:
    from newsdigest.digest import rank

    from .growth import superlinear

    analyses = {n: _statements(n) for n in (8000, 1000)}
    why = superlinear(lambda n: rank(analyses[n]), 8000)
    assert why is None, why


def test_an_article_longer_than_the_analysis_limit_is_cut_with_a_warning(tmp_path: Path) -> None:
    long = tmp_path / "long.txt"
    long.write_text("Long report\n\n" + "\n\n".join(
        f"Paragraph {i} says the talks went on in Geneva on Monday." for i in range(400)))
    cfg = tmp_path / "c.yaml"
    cfg.write_text("limits:\n  max_analysed_chars: 5000\n")
    code, out, err = run("summarize", str(long), GOOD, "--config", str(cfg), "--format",
                         "jsonl")
    assert code == 0, err
    digests = [json.loads(line) for line in out.splitlines()]
    assert [d["id"] for d in digests] == ["long", GOOD_ID]
    assert len(err) == 1 and "long.txt" in err[0] and "limits.max_analysed_chars" in err[0]
    assert any(r["kind"] == "truncated" for r in digests[0]["cleaning"]), digests[0]["cleaning"]


# --- tracebacks: huge numbers, lone surrogates, non-finite settings -----------------------------

def test_a_json_number_of_5000_digits_is_that_line_only(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "before", "title": "Before", "text": REPORT}),
             '{"id": "huge", "title": "T", "text": "x", "n": ' + "7" * 5000 + "}",
             json.dumps({"id": "after", "title": "After", "text": REPORT})]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n")
    code, out, err = run("summarize", str(path), GOOD, "--format", "jsonl")
    assert code == 1 and ids(out) == ["before", "after", GOOD_ID]
    [line] = errors(err)
    assert f"{path}:2" in line and "4,300 digits" in line, line


@pytest.mark.parametrize("fmt", ["jsonl", "json", "table", "md", "csv", "tsv"])
def test_a_lone_surrogate_in_json_is_replaced_in_every_format(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text('{"id": "odd\\ud800", "title": "Half \\udc00 a pair", "source": "S\\ud800",'
                    ' "text": "The minister said \\ud800 the talks went on for hours on Monday."}'
                    "\n", encoding="utf-8")
    code, out, err = run("summarize", str(path), GOOD, "--format", fmt)
    assert code == 0, err
    assert "\ufffd" in out and "Lavrov" in out
    out.encode("utf-8")  # no surrogate left to fail on


@pytest.mark.parametrize(("text", "words"), [
    ("limits:\n  max_article_bytes: 1000000000000000000000000000000\n",
     "'limits.max_article_bytes' must be at most"),
    ("match:\n  same: 1000000000000000000000000000000\n", "'match.same' must be at most 100"),
    ("cluster:\n  block_max_posting: " + "9" * 5000 + "\n", "4300 digits"),
    ("match:\n  same: .nan\n", "'match.same' must be a finite number, got nan"),
    ("match:\n  related: .inf\n", "'match.related' must be a finite number"),
    ("cluster:\n  threshold: -.inf\n", "'cluster.threshold' must be a finite number"),
])
@pytest.mark.parametrize("command", [["summarize", GOOD], ["config"]])
def test_a_setting_that_is_no_usable_number_is_one_line(tmp_path: Path, text: str, words: str,
                                                        command: list[str]) -> None:
    cfg = tmp_path / "bad.yaml"
    cfg.write_text(text)
    code, out, err = run(*command, "--config", str(cfg), "--format", "jsonl")
    assert code == 1 and out == ""
    assert len(err) == 1 and "bad.yaml" in err[0] and words in err[0], err


# --- silent loss -----------------------------------------------------------------------------

CUT_FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
<item><title>Ports close</title><description>The storm closed three ports on Monday, officials
said.</description></item>
<item><title>Talks resume</title><description>Talks resumed in Geneva on Tuesday after a
pause.</description></item>
<item><title>Budget cut</title><description>The minister said the budget wou"""


def test_a_feed_cut_off_mid_entry_is_an_error_and_keeps_complete_entries(
        tmp_path: Path) -> None:
    feed = tmp_path / "cut.xml"
    feed.write_bytes(CUT_FEED)
    code, out, err = run("summarize", str(feed), GOOD, "--format", "jsonl")
    assert code == 1
    assert ids(out) == ["cut#1", "cut#2", GOOD_ID]
    [line] = errors(err)
    assert f"{feed}:6" in line and "cut off" in line, line


@pytest.mark.parametrize("content", [b"", b"\n\n  \n"])
def test_pairs_on_an_empty_file_says_so(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_bytes(content)
    code, out, err = run("pairs", str(path), "--format", "jsonl")
    assert code == 1 and out == ""
    assert len(err) == 1 and "pairs.tsv" in err[0] and "empty" in err[0], err
    code, out, _ = run("pairs", "--format", "jsonl", input=b"")
    assert code == 1 and out == ""


def test_pairs_still_scores_a_good_file(tmp_path: Path) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_text("The storm closed three ports.\tThree ports were closed by the storm.\n")
    code, out, _ = run("pairs", str(path), "--format", "jsonl")
    assert code == 0 and json.loads(out)["line"] == 1


# --- identical copies in clustering ----------------------------------------------------------

@pytest.mark.parametrize("copies", [50, 51, 120])
def test_identical_and_near_identical_copies_are_one_story(tmp_path: Path, copies: int) -> None:
    other = ("Parliament passes budget\n\nMPs in Oslo approved the 2020 budget by 90 votes to 79 "
             "on Thursday after a night of debate, the speaker said.")
    lines = []
    for i in range(copies):
        text = REPORT if i % 3 else REPORT.replace(" ", "  ")  # spacing differs: still a copy
        if i % 4 == 1:
            text += "\n\nThis report was updated."  # a tail added: a near-exact copy
        lines.append(json.dumps({"id": f"copy{i}", "title": "Storm closes ports", "text": text,
                                 "source": f"outlet{i % 7}"}))
    lines.append(json.dumps({"id": "other", "title": "Parliament passes budget",
                             "text": other}))
    path = tmp_path / "copies.jsonl"
    path.write_text("\n".join(lines) + "\n")
    code, out, err = run("cluster", str(path), "--format", "jsonl")
    assert code == 0, err
    story = {r["article"]: r["story"] for r in map(json.loads, out.splitlines())}
    assert len({story[f"copy{i}"] for i in range(copies)}) == 1
    assert story["other"] != story["copy0"]


# --- terminal safety ---------------------------------------------------------------------------

ESCAPES = "\x1b[2J\x1b]0;owned\x07\x9b31m\x1bP"


@pytest.mark.parametrize("fmt", ["table", "md", "csv", "tsv", "jsonl", "json"])
@pytest.mark.parametrize("command", ["summarize", "compare"])
def test_no_escape_sequence_from_an_input_reaches_the_output(tmp_path: Path, fmt: str,
                                                             command: str) -> None:
    path = tmp_path / "evil.jsonl"
    rows = [{"id": f"evil{ESCAPES}", "source": f"Evil{ESCAPES} News", "title": "Storm closes ports",
             "text": REPORT.split("\n\n", 1)[1]},
            {"id": "plain", "source": f"Other{ESCAPES}", "title": f"Ports {ESCAPES}shut",
             "text": "Three ports were shut by the storm on Monday, officials said. Trade stops."}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    code, out, err = run(command, str(path), "--format", fmt)
    assert code == 0, err
    assert not any(c in out for c in "\x1b\x07\x9b"), repr(out[:400])
    assert "storm" in out.lower()
    if fmt in ("json", "jsonl"):  # the same data, escaped
        assert "\\u001b" in out and "\\u009b" in out


def test_file_names_in_messages_are_made_safe(tmp_path: Path) -> None:
    bad = tmp_path / "evil\x1b[2J.txt"
    bad.write_bytes(b"")
    code, _, err = run("summarize", str(bad), GOOD, "--format", "jsonl")
    assert code == 1 and not any("\x1b" in line for line in err)
    assert any("evil\\x1b[2J.txt" in line for line in err)


# --- spreadsheets ------------------------------------------------------------------------------

@pytest.mark.parametrize("tsv", [False, True])
@pytest.mark.parametrize("cell", ["  =1+2", "\t=1+2", "\n+A1", " \u00a0@SUM(A1)", "-3", "=x"])
def test_csv_safe_checks_the_cell_as_written(cell: str, tsv: bool) -> None:
    [_, line] = delimited_lines([{"a": cell, "b": "ok"}], ("a", "b"), tsv=tsv, safe=True)
    first = line.split("\t" if tsv else ",")[0].strip('"')
    assert first.startswith("'"), (cell, line)
    [_, line] = delimited_lines([{"a": "fine  =1", "b": "ok"}], ("a", "b"), tsv=tsv, safe=True)
    assert line.startswith("fine")


# --- output that cannot be written -------------------------------------------------------------

class _Closing(io.StringIO):
    """A stdout whose reader has gone (``| head``), or whose disk is full."""

    def __init__(self, error: OSError, after: int = 0) -> None:
        super().__init__()
        self.error, self.after = error, after

    def write(self, s: str) -> int:
        if self.tell() + len(s) > self.after:
            raise self.error
        return super().write(s)

    def flush(self) -> None:
        if self.tell() > self.after:
            raise self.error


def _with_stdout(stdout: io.StringIO, *args: str) -> tuple[int, str]:
    from typer.testing import CliRunner

    from newsdigest.cli.app import app

    err = io.StringIO()
    env = context.Environment(stdin=io.BytesIO(), stdout=stdout, stderr=err, stdin_isatty=True,
                              stdout_isatty=False, stderr_isatty=False, environ={})
    with context.use(env):
        result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"traceback escaped: {result.exception!r}")
    return result.exit_code, err.getvalue()


FORMATS = ["table", "jsonl", "json", "csv", "tsv", "md"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("command", [["summarize", GOOD], ["compare", GOOD, str(SEEDS[0])],
                                     ["config"]])
def test_a_closed_pipe_ends_quietly(fmt: str, command: list[str]) -> None:
    code, err = _with_stdout(_Closing(BrokenPipeError(32, "Broken pipe"), after=10), *command,
                             "--format", fmt)
    assert (code, err) == (0, ""), err


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_full_disk_is_one_line_and_exit_1(fmt: str) -> None:
    code, err = _with_stdout(_Closing(OSError(28, "No space left on device")), "summarize",
                             GOOD, "--format", fmt)
    assert code == 1
    assert err == "newsdigest: error: stdout: cannot write the output: No space left on device\n"


def _cli(args: list[str], **kw: Any) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "newsdigest", *args], check=False,
                          timeout=120, **kw)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_stdout_on_dev_full_for_real() -> None:
    with open("/dev/full", "w") as full:
        done = _cli(["summarize", GOOD, "--format", "table"], stdout=full, stderr=subprocess.PIPE)
    assert done.returncode == 1
    assert done.stderr.decode() == ("newsdigest: error: stdout: cannot write the output: "
                                    "No space left on device\n")


@pytest.mark.parametrize("fmt", ["table", "jsonl"])
def test_head_c_10_for_real(tmp_path: Path, fmt: str) -> None:
    many = [GOOD] * 40  # far more than a pipe buffer holds
    proc = subprocess.Popen([sys.executable, "-m", "newsdigest", "summarize", *many,
                             "--format", fmt], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "COLUMNS": "100"})
    assert proc.stdout is not None and proc.stderr is not None
    head = proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(timeout=120) == 0, err
    assert len(head) == 10 and err == b""

