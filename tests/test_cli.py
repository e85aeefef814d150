"""The command line as a user and a script see it: stdout carries data only, stderr one line
per problem, exit codes as documented."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsdigest.cli import context
from newsdigest.cli.app import app, only_command

from .conftest import SEEDS

runner = CliRunner()
SEED_ARGS = [str(p) for p in SEEDS]


def run(*args: str, input: str | bytes | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_summarize_seeds_jsonl_one_digest_per_line() -> None:
    code, out, err = run("summarize", *SEED_ARGS, "--format", "jsonl")
    assert code == 0, err
    digests = jsonl(out)
    assert [d["id"] for d in digests] == [p.stem for p in SEEDS]
    washington, sochi = digests
    assert washington["title"] == "Lavrov holds meeting with Pompeo in Washington"
    assert sochi["title"] == (
        "Lavrov says he and Pompeo agreed steps to normalize Russia-US relations")
    assert sochi["dateline"] == {"place": "Sochi", "date": "--05-14", "agency": "TASS",
                                 "statement": sochi["dateline"]["statement"]}
    assert sochi["lead"]["text"].startswith("Moscow is interested in normalizing")
    kinds = {r["kind"] for r in washington["cleaning"]}
    assert "repeated_headline" in kinds and "space" in kinds
    assert any(r["kind"] == "homoglyph" and "particular" in r["detail"] for r in sochi["cleaning"])
    assert any(r["kind"] == "boilerplate" and "All news" in r["detail"] for r in sochi["cleaning"])
    figures = {(f["kind"], f["value"]) for f in washington["figures"]}
    assert {("percent", 30.0), ("money", 27e9)} <= figures
    assert ("count", 120000.0) in {(f["kind"], f["value"]) for f in sochi["figures"]}
    speakers = {q["speaker"] for d in digests for q in d["quotes"] if q["kind"] == "direct"}
    assert speakers == {"Sergei Lavrov"} or speakers == {"Sergei Lavrov", "Sergey Lavrov"}
    assert washington["cited_outlets"] == ["Sputnik"]
    assert err == ""


def test_compare_seeds_says_different_events_and_still_groups() -> None:
    code, out, err = run("compare", *SEED_ARGS, "--format", "jsonl")
    assert code == 0, err
    records = jsonl(out)
    head = records[0]
    assert head["type"] == "event_check"
    assert head["same_event"] == "no"
    assert any("Washington" in r and "Sochi" in r for r in head["reasons"])
    types = {r["type"] for r in records}
    assert {"group", "unique"} <= types
    for rec in records:
        if rec["type"] == "group":
            arts = {m["article"] for m in rec["members"]}
            assert len(arts) >= 2
            assert 0 <= rec["score"] <= 100 and rec["tier"] in ("same", "related")


def test_compare_json_matches_jsonl_content() -> None:
    _, out_json, _ = run("compare", *SEED_ARGS, "--format", "json")
    _, out_jsonl, _ = run("compare", *SEED_ARGS, "--format", "jsonl")
    doc = json.loads(out_json)
    records = jsonl(out_jsonl)
    assert doc["event_check"]["same_event"] == records[0]["same_event"]
    assert len(doc["groups"]) == sum(r["type"] == "group" for r in records)
    assert len(doc["unique"]) == sum(r["type"] == "unique" for r in records)


@pytest.mark.parametrize("command", ["summarize", "compare"])
@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_delimited_output_is_one_record_per_line(command: str, fmt: str) -> None:
    code, out, err = run(command, *SEED_ARGS, "--format", fmt)
    assert code == 0, err
    delim = "," if fmt == "csv" else "\t"
    rows = list(csv.reader(io.StringIO(out), delimiter=delim))
    assert len(rows) == len(out.splitlines())
    assert len({len(r) for r in rows}) == 1
    assert len(rows) > 5


def test_summarize_csv_says_where_each_article_came_from(tmp_path: Path) -> None:
    feed = tmp_path / "day.jsonl"
    feed.write_text(json.dumps({"id": "r1", "title": "Talks end", "source": "reuters.com",
                                "url": "https://example.org/r1", "date": "2019-05-14",
                                "text": "Lavrov met Pompeo in Sochi on Tuesday."}) + "\n",
                    encoding="utf-8")
    code, out, err = run("summarize", str(feed), SEED_ARGS[0], "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    items = {(r["article"], r["item"]): r["text"] for r in rows}
    assert items[("r1", "origin")] == f"{feed}:1"
    assert items[("r1", "source")] == "reuters.com"
    assert items[("r1", "url")] == "https://example.org/r1"
    assert items[("r1", "published")] == "2019-05-14"
    seed = SEEDS[0].stem
    assert items[(seed, "origin")].startswith(str(SEEDS[0]))
    assert (seed, "url") not in items  # a text file says nothing of a url


def test_include_and_exclude_pick_the_files_of_a_folder(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "notes.md", "draft-c.txt"):
        (tmp_path / name).write_text(f"Report {name}\n\nLavrov met Pompeo in Sochi.\n",
                                     encoding="utf-8")

    def ids(*options: str) -> list[str]:
        code, out, err = run("summarize", str(tmp_path), "--format", "jsonl", *options)
        assert code == 0, err
        return sorted(str(d["title"]) for d in jsonl(out))

    assert ids() == ["Report a.txt", "Report b.txt", "Report draft-c.txt", "Report notes.md"]
    assert ids("--exclude", "draft-*") == ["Report a.txt", "Report b.txt", "Report notes.md"]
    assert ids("--include", "*.md") == ["Report notes.md"]
    assert ids("--include", "*.txt", "--exclude", "draft-*", "--exclude", "b.*") == [
        "Report a.txt"]
    code, out, err = run("cluster", str(tmp_path), "--format", "jsonl", "--include", "a.txt")
    assert code == 0, err
    assert [r["title"] for r in jsonl(out)] == ["Report a.txt"]


@pytest.mark.parametrize("command", ["summarize", "compare"])
def test_table_and_markdown_render(command: str) -> None:
    code, out, _ = run(command, *SEED_ARGS, "--format", "table")
    assert code == 0
    assert "Lavrov" in out and "\x1b[" not in out
    code, out, _ = run(command, *SEED_ARGS, "--format", "md")
    assert code == 0 and out.startswith("##")


def test_no_input_uses_bundled_seeds_and_says_so_on_stderr() -> None:
    code, out, err = run("compare", input="")
    assert code == 0
    assert "bundled seed reports" in err and len(err.splitlines()) == 1
    assert jsonl(out)[0]["same_event"] == "no"


def test_terminal_stdin_uses_seeds() -> None:
    env = context.Environment(stdin=io.BytesIO(b"ignored"), stdout=io.StringIO(),
                              stderr=io.StringIO(), stdin_isatty=True, stdout_isatty=False,
                              stderr_isatty=False, environ={})
    with context.use(env):
        result = runner.invoke(app, ["summarize"])
    assert result.exit_code == 0
    assert "bundled seed reports" in env.stderr.getvalue()  # type: ignore[attr-defined]
    assert len(jsonl(env.stdout.getvalue())) == 2  # type: ignore[attr-defined]


def test_auto_format_is_table_on_a_terminal() -> None:
    env = context.Environment(stdin=io.BytesIO(), stdout=io.StringIO(), stderr=io.StringIO(),
                              stdin_isatty=True, stdout_isatty=True, stderr_isatty=True,
                              environ={"NO_COLOR": "1"})
    with context.use(env):
        result = runner.invoke(app, ["compare", *SEED_ARGS])
    assert result.exit_code == 0
    out = env.stdout.getvalue()  # type: ignore[attr-defined]
    assert "Different events" in out and not out.startswith("{")
    assert "\x1b[" not in out  # NO_COLOR


def test_stdin_dash_reads_an_article() -> None:
    text = SEEDS[1].read_bytes()
    code, out, err = run("summarize", "-", input=text)
    assert code == 0, err
    assert jsonl(out)[0]["dateline"]["agency"] == "TASS"


def test_empty_stdin_dash_is_an_error() -> None:
    code, out, err = run("summarize", "-", input="")
    assert code == 1
    assert out == ""
    assert "stdin" in err and "Traceback" not in err


def test_missing_file_is_reported_and_others_still_processed(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    code, out, err = run("summarize", str(missing), *SEED_ARGS)
    assert code == 1
    assert len(jsonl(out)) == 2
    lines = err.splitlines()
    assert any(str(missing) in line and line.startswith("newsdigest: error:") for line in lines)
    assert lines[-1] == "newsdigest: 1 of 3 inputs could not be read"


def test_strict_stops_at_first_error(tmp_path: Path) -> None:
    code, out, _ = run("summarize", "--strict", str(tmp_path / "nope.txt"), *SEED_ARGS)
    assert code == 1 and out == ""


def test_debug_shows_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("digest: {topp: 1}\n")
    code, _, err = run("summarize", *SEED_ARGS, "--config", str(bad))
    assert code == 1 and "Traceback" not in err
    assert err.strip() == f"newsdigest: error: {bad}: unknown setting 'digest.topp'"
    code, _, err = run("summarize", *SEED_ARGS, "--config", str(bad), "--debug")
    assert code == 1 and "Traceback" in err


def test_usage_errors_exit_2() -> None:
    assert run("summarize", "--top", "-1", *SEED_ARGS)[0] == 2
    assert run("compare", "--format", "xml", *SEED_ARGS)[0] == 2
    assert run("compare", "--same", "101", *SEED_ARGS)[0] == 2


def test_compare_needs_two_articles() -> None:
    code, out, err = run("compare", SEED_ARGS[0])
    assert code == 1 and out == ""
    assert "at least two" in err


def test_top_limits_key_statements() -> None:
    _, out, _ = run("summarize", *SEED_ARGS, "--top", "2", "--format", "jsonl")
    assert all(len(d["key_statements"]) <= 2 for d in jsonl(out))
    _, out, _ = run("summarize", *SEED_ARGS, "--top", "0", "--format", "jsonl")
    assert all(d["key_statements"] == [] for d in jsonl(out))


def test_pairs_scores_lines() -> None:
    text = ("Lavrov met Pompeo in Sochi on Tuesday.\tPompeo met Lavrov in Sochi on Tuesday.\n"
            "The company sold it for $2.5 billion.\tThe weather in Oslo was cold.\n")
    code, out, err = run("pairs", "-", "--format", "jsonl", input=text)
    assert code == 0, err
    first, second = jsonl(out)
    assert first["line"] == 1 and second["line"] == 2
    assert first["score"] > second["score"]
    assert first["tier"] in ("same", "related") and second["tier"] is None


def test_pairs_tier_is_never_same_for_statements_that_disagree() -> None:
    # readers I and J (session 26): '10 killed' / '80 killed' scored 100 and 'same' in pairs,
    # while compare flags the two as a figure conflict
    text = ("The quake killed 10 people.\tThe quake killed 80 people.\n"
            "The quake killed 10 people.\tTen people were killed by the quake.\n")
    code, out, err = run("pairs", "-", "--format", "jsonl", input=text)
    assert code == 0, err
    assert [r["tier"] for r in jsonl(out)] == ["related", "same"]


def test_pairs_bad_line_names_it() -> None:
    code, out, err = run("pairs", "-", "--format", "jsonl", input="a\tb\nonly one field\n")
    assert code == 1
    assert len(jsonl(out)) == 1
    assert "stdin:2:" in err


def test_config_shows_sources(tmp_path: Path) -> None:
    cfg = tmp_path / "c.yaml"
    cfg.write_text("digest:\n  top: 3\n")
    code, out, _ = run("config", "--config", str(cfg), "--format", "jsonl")
    assert code == 0
    rows = {r["key"]: r for r in jsonl(out)}
    assert rows["digest.top"]["value"] == 3 and rows["digest.top"]["source"] == str(cfg)
    assert rows["match.same"]["source"] == "built-in default"


def test_version_and_help() -> None:
    code, out, _ = run("--version")
    assert code == 0 and out.startswith("newsdigest ")
    code, out, _ = run("compare", "--help")
    assert code == 0 and "terminal" in out and "jsonl" in out


def test_only_the_command_run_is_built_and_all_are_back_after() -> None:
    every = list(app.registered_commands)
    with only_command(["compare", "a.txt"]):
        assert [c.callback.__name__ for c in app.registered_commands if c.callback] == [
            "compare"]
    with only_command(["config", "-f", "json"]):
        assert [c.name for c in app.registered_commands] == ["config"]
    for args in ([], ["--help"], ["--version"], ["comprae"]):  # top level: every command
        with only_command(args):
            assert app.registered_commands == every
    assert app.registered_commands == every
