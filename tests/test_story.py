"""``compare --story N`` compares exactly the articles ``cluster`` puts in story N."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsdigest.cli.app import app

from .test_cluster_cli import corpus

runner = CliRunner()


def test_compare_story_uses_the_cluster_numbering(tmp_path: Path) -> None:
    day = str(corpus(tmp_path))
    result = runner.invoke(app, ["cluster", day, "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    story_of = {r["article"]: r["story"] for r in map(json.loads, result.stdout.splitlines())}
    for n in sorted(set(story_of.values())):
        expected = sorted(a for a, s in story_of.items() if s == n)
        result = runner.invoke(app, ["compare", day, "--story", str(n), "--format", "json"])
        if len(expected) < 2:
            assert result.exit_code == 1
            continue
        assert result.exit_code == 0, result.stderr
        compared = sorted(a["id"] for a in json.loads(result.stdout)["articles"])
        assert compared == expected


def test_a_story_that_does_not_exist_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["compare", str(corpus(tmp_path)), "--story", "99"])
    assert result.exit_code == 2
    assert "no story 99" in result.stderr and result.stdout == ""


def test_story_from_stdin_equals_story_from_the_file(tmp_path: Path) -> None:
    path = corpus(tmp_path)  # the file is read twice, stdin is kept in memory: same comparison
    from_file = runner.invoke(app, ["compare", str(path), "--story", "1", "--format", "json"])
    from_stdin = runner.invoke(app, ["compare", "-", "--story", "1", "--format", "json"],
                               input=path.read_bytes())
    assert from_file.exit_code == from_stdin.exit_code == 0, from_file.stderr
    a, b = json.loads(from_file.stdout), json.loads(from_stdin.stdout)
    assert len(a["articles"]) >= 2
    assert [x["id"] for x in a["articles"]] == [x["id"] for x in b["articles"]]
    assert a["groups"] == b["groups"] and a["unique"] == b["unique"]
