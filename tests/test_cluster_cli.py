"""``newsdigest cluster`` as a user and a script see it: one JSON line per article with its
story, stories as JSON or a table, key shared statements, errors on stderr."""

from __future__ import annotations

import io
import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from newsdigest.cli import context
from newsdigest.cli.cluster_cmd import cluster

from .conftest import SEEDS
from .test_cluster import QUAKE_A, QUAKE_B, QUAKE_C, QUAKE_D

app = typer.Typer()
app.command()(cluster)
app.command("other")(lambda: None)  # two commands, so 'cluster' is a subcommand as in app.py
runner = CliRunner()


def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "day.jsonl"
    rows = [{"id": "a", "title": QUAKE_A[0], "text": QUAKE_A[1], "source": "bbc.co.uk",
             "date": "2013-04-09"},
            {"id": "c", "title": QUAKE_C[0], "text": QUAKE_C[1], "source": "reuters.com"},
            {"id": "b", "title": QUAKE_B[0], "text": QUAKE_B[1], "source": "cnn.com",
             "date": "2013-04-09"},
            {"id": "d", "title": QUAKE_D[0], "text": QUAKE_D[1], "source": "guardian.co.uk"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def run(*args: str, input: bytes | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, ["cluster", *args], input=input)
    return result.exit_code, result.stdout, result.stderr


def test_jsonl_one_line_per_article_with_its_story(tmp_path: Path) -> None:
    code, out, err = run(str(corpus(tmp_path)), "--format", "jsonl")
    assert code == 0, err
    assert err == ""
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["article"] for r in rows] == ["a", "b", "c", "d"]
    story = {r["article"]: r["story"] for r in rows}
    assert story["a"] == story["b"] == 1 and story["c"] == story["d"] == 2
    assert rows[0]["source"] == "bbc.co.uk" and rows[0]["story_size"] == 2
    assert rows[0]["origin"].endswith("day.jsonl:1")


def test_json_stories_with_shared_statements(tmp_path: Path) -> None:
    code, out, err = run(str(corpus(tmp_path)), "--format", "json")
    assert code == 0, err
    stories = json.loads(out)
    assert [s["story"] for s in stories] == [1, 2]
    first = stories[0]
    assert first["sources"] == ["bbc.co.uk", "cnn.com"]
    assert [a["article"] for a in first["articles"]] == ["a", "b"]
    for s in stories:
        for k in s["key_statements"]:
            assert len(k["articles"]) >= 2


def test_threshold_one_makes_every_article_its_own_story(tmp_path: Path) -> None:
    code, out, _ = run(str(corpus(tmp_path)), "--format", "jsonl", "--threshold", "1")
    assert code == 0
    assert sorted(json.loads(line)["story"] for line in out.splitlines()) == [1, 2, 3, 4]


def test_seed_reports_are_two_stories_from_stdin() -> None:
    data = b"".join(json.dumps({"id": p.stem, "title": p.read_text().splitlines()[0],
                                "text": p.read_text()}).encode() + b"\n" for p in SEEDS)
    code, out, err = run("-", "--format", "jsonl", input=data)
    assert code == 0, err
    assert sorted(json.loads(line)["story"] for line in out.splitlines()) == [1, 2]


def test_table_on_a_terminal(tmp_path: Path) -> None:
    env = context.Environment(stdin=io.BytesIO(), stdout=io.StringIO(), stderr=io.StringIO(),
                              stdin_isatty=True, stdout_isatty=True, stderr_isatty=False,
                              environ={"NO_COLOR": "1", "COLUMNS": "100"})
    with context.use(env):
        result = runner.invoke(app, ["cluster", str(corpus(tmp_path)), "--top", "1"])
    assert result.exit_code == 0
    out = env.stdout.getvalue()  # type: ignore[attr-defined]
    assert "2 stories from 4 articles" in out
    assert "bbc.co.uk" in out and "cnn.com" in out and "Magnitude 6.1 earthquake" in out
    assert "1 more stories" in out
    assert env.stderr.getvalue() == ""  # type: ignore[attr-defined]


def test_unreadable_input_reported_and_exit_1(tmp_path: Path) -> None:
    code, out, err = run(str(corpus(tmp_path)), str(tmp_path / "missing.jsonl"),
                         "--format", "jsonl")
    assert code == 1
    assert len(out.splitlines()) == 4
    assert "missing.jsonl" in err


def test_markdown(tmp_path: Path) -> None:
    code, out, _ = run(str(corpus(tmp_path)), "--format", "md")
    assert code == 0
    assert out.startswith("| # | size |") and "| 1 | 2 |" in out
