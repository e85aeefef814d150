"""The bad-input matrix: every case is given next to a good report. The command must not
crash, must say in one stderr line what is wrong and where, must still process the good
report, and must exit with the documented code (1 when an input could not be read)."""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdigest.cli.app import app

from .conftest import SEEDS

runner = CliRunner()
GOOD = str(SEEDS[1])
GOOD_ID = SEEDS[1].stem
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
ARTICLE = "Storm closes ports\n\nThe storm closed three ports on Monday, officials said.\n"


def _write(data: bytes | str, name: str) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        p = tmp / name
        p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return p
    return make


def _dir_without_articles(tmp: Path) -> Path:
    d = tmp / "pictures"
    d.mkdir()
    (d / "photo.png").write_bytes(PNG)
    return d


def _nested_json(tmp: Path) -> Path:
    p = tmp / "nested.json"
    p.write_text("[" * 100_000 + "]" * 100_000)
    return p


def run(*args: str, input: bytes | None = None) -> tuple[int, str, list[str]]:
    result = runner.invoke(app, list(args), input=input)
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"traceback escaped: {result.exception!r}")
    return result.exit_code, result.stdout, result.stderr.splitlines()


def ids(out: str) -> list[str]:
    return [json.loads(line)["id"] for line in out.splitlines()]


# cases where the input cannot be read: (name, maker, words the message must contain)
UNREADABLE = [
    ("missing file", lambda t: t / "nope.txt", "no such file"),
    ("directory without articles", _dir_without_articles, "no input files"),
    ("empty file", _write(b"", "empty.txt"), "empty"),
    ("whitespace only", _write(b" \n\t\r\n \n", "blank.txt"), "empty"),
    ("binary image", _write(PNG + bytes(range(256)) * 4, "image.txt"), "binary"),
    ("gzip data", _write(gzip.compress(b"x" * 1000), "data.txt"), "binary"),
    ("only punctuation", _write("... !!! ???\n\n--- ,,, ;;;\n", "punct.txt"), "no words"),
    ("truncated JSON", _write('[{"id": "a", "title": "T", "text": "Some te', "cut.json"), "json"),
    ("deeply nested JSON", _nested_json, "json"),
    ("JSON wrong field types", _write('{"id": "x", "title": "T", "text": 5}', "types.json"),
     "must be a string"),
]


@pytest.mark.parametrize(("case", "make", "words"), UNREADABLE, ids=[c[0] for c in UNREADABLE])
def test_unreadable_input_is_one_line_and_the_good_one_is_processed(
        tmp_path: Path, case: str, make: Callable[[Path], Path], words: str) -> None:
    bad = make(tmp_path)
    code, out, err = run("summarize", str(bad), GOOD, "--format", "jsonl")
    assert code == 1, err
    assert ids(out) == [GOOD_ID], case
    errors = [line for line in err if line.startswith("newsdigest: error:")]
    assert len(errors) == 1, err
    assert bad.name in errors[0] and words in errors[0].lower(), errors[0]
    assert err[-1] == "newsdigest: 1 of 2 inputs could not be read"


def test_permission_denied(tmp_path: Path) -> None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("running as root: permissions are not enforced")
    bad = tmp_path / "secret.txt"
    bad.write_text(ARTICLE)
    bad.chmod(0)
    code, out, err = run("summarize", str(bad), GOOD, "--format", "jsonl")
    assert code == 1 and ids(out) == [GOOD_ID]
    assert any("secret.txt" in e and "permission" in e.lower() for e in err)


# inputs that are odd but readable: processed, with at most a warning
READABLE = [
    ("headline and no body", _write("Just a headline\n", "headline.txt")),
    ("invalid UTF-8 in the middle",
     _write(ARTICLE.encode() + b"Prices rose \xff\xfe 5% in May.\n", "bad-utf8.txt")),
    ("UTF-16 without BOM", _write(ARTICLE.encode("utf-16-le"), "utf16.txt")),
    ("NUL bytes", _write(ARTICLE.replace("three", "th\x00ree").encode(), "nul.txt")),
    ("100,000 one-word lines", _write("Headline\n\n" + "word\n" * 100_000, "lines.txt")),
    ("1 MB without a sentence end",
     _write("Long\n\n" + "and the talks went on " * 48_000, "long.txt")),
    ("right-to-left and emoji", _write("عنوان\n\nقال الوزير 😀 إن 30% من الناس.\n", "rtl.txt")),
]


@pytest.mark.parametrize(("case", "make"), READABLE, ids=[c[0] for c in READABLE])
def test_odd_but_readable_input_is_processed(tmp_path: Path, case: str,
                                             make: Callable[[Path], Path]) -> None:
    odd = make(tmp_path)
    code, out, err = run("summarize", str(odd), GOOD, "--format", "jsonl")
    assert code == 0, err
    digests = [json.loads(line) for line in out.splitlines()]
    assert [d["id"] for d in digests][1:] == [GOOD_ID] and len(digests) == 2, case
    assert all(line.startswith("newsdigest: warning:") and odd.name in line for line in err), err


def test_digits_survive_invalid_utf8(tmp_path: Path) -> None:
    odd = READABLE[1][1](tmp_path)
    _, out, _ = run("summarize", str(odd), "--format", "jsonl")
    assert "5%" in {f["text"] for f in json.loads(out)["figures"]}


def test_a_50_mb_line_is_refused_by_the_size_limit_without_reading_it_all(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.write(b"Headline\n\n")
        for _ in range(50):
            f.write(b"x" * 1_000_000)
    code, out, err = run("summarize", str(big), GOOD, "--format", "jsonl")
    assert code == 1 and ids(out) == [GOOD_ID]
    assert any("big.txt" in e and "max_article_bytes" in e for e in err), err


def test_empty_stdin_is_an_error() -> None:
    code, out, err = run("summarize", "-", "--format", "jsonl", input=b"")
    assert code == 1 and out == ""
    assert any("stdin" in e and "empty" in e for e in err)


@pytest.mark.parametrize(("text", "words"), [
    ("match: [unclosed\n", "invalid YAML"),
    ("nosuch:\n  key: 1\n", "nosuch"),
    ("match:\n  same: high\n", "match.same"),
    ("match:\n  same: 170\n", "match.same"),
    ("x: !!python/object:os.system ls\n", "tag"),
    ("a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n", "alias"),
    ("match:\n  same: 40\n  related: 60\n", "match.related"),
])
def test_bad_config_is_one_line_naming_file_and_key(tmp_path: Path, text: str, words: str) -> None:
    cfg = tmp_path / "bad.yaml"
    cfg.write_text(text)
    code, out, err = run("summarize", GOOD, "--config", str(cfg), "--format", "jsonl")
    assert code == 1 and out == ""
    assert len(err) == 1 and "bad.yaml" in err[0] and words in err[0], err


@pytest.mark.parametrize("args", [["summarize", "--top", "-1"], ["compare", "--same", "101"],
                                  ["summarize", "--format", "xml"], ["summarize", "--nope"]])
def test_bad_options_exit_2(args: list[str]) -> None:
    code, out, _ = run(*args, GOOD)
    assert code == 2 and out == ""


def test_headline_without_body_is_kept_and_said(tmp_path: Path) -> None:
    p = tmp_path / "headline.txt"
    p.write_text("Just a headline\n")
    code, out, err = run("summarize", str(p), "--format", "jsonl")
    assert code == 0
    assert json.loads(out)["title"] == "Just a headline"
    assert err == [f"newsdigest: warning: {p}:1: a headline and no body text"]


def test_csv_safe_neutralises_formula_cells(tmp_path: Path) -> None:
    p = tmp_path / "formula.txt"
    p.write_text("=HYPERLINK(\"http://x\")\n\n-2+3 is what the minister said on Monday in Rome.\n")
    _, plain, _ = run("summarize", str(p), "--format", "csv")
    _, safe, _ = run("summarize", str(p), "--format", "csv", "--csv-safe")
    assert any(cell.startswith("=HYPERLINK") for cell in plain.replace('"', "").split(","))
    cells = safe.replace('"', "").replace("\n", ",").split(",")
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    assert any(cell.startswith("'=HYPERLINK") for cell in cells)
