"""What depends on the terminal, decided in one place (cli/options.py) and tested through an
injected environment: --quiet, the pager (only when stdout is a terminal), progress (only
when stderr is one), and the html report of cluster."""

from __future__ import annotations

import io
import json
import shlex
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdigest import config
from newsdigest.cli import context
from newsdigest.cli.app import app
from newsdigest.cli.options import DEFAULT_PAGER, pager_command

from .conftest import SEEDS

runner = CliRunner()
SEED_ARGS = [str(p) for p in SEEDS]
# a pager that marks what it got, so a test sees the output went through it
FAKE_PAGER = shlex.join([sys.executable, "-c",
                         "import sys; sys.stdout.write('PAGED\\n' + sys.stdin.read())"])


def env(*, stdout_tty: bool, stderr_tty: bool = False, **environ: str) -> context.Environment:
    return context.Environment(stdin=io.BytesIO(), stdout=io.StringIO(), stderr=io.StringIO(),
                               stdin_isatty=True, stdout_isatty=stdout_tty,
                               stderr_isatty=stderr_tty,
                               environ={"NO_COLOR": "1", "COLUMNS": "80"} | environ)


def invoke(e: context.Environment, *args: str) -> tuple[int, str, str]:
    with context.use(e):
        result = runner.invoke(app, list(args))
    return (result.exit_code, e.stdout.getvalue(),  # type: ignore[attr-defined]
            e.stderr.getvalue())  # type: ignore[attr-defined]


def corpus(tmp_path: Path) -> Path:
    rows = [
        ("Magnitude 6.1 earthquake strikes off Tonga", "bbc.co.uk",
         "A magnitude 6.1 earthquake struck off Tonga on Monday, officials said."),
        ("Strong earthquake hits Tonga, no tsunami warning", "cnn.com",
         "A strong 6.1 magnitude earthquake struck off Tonga on Monday, officials said."),
        ("Parliament passes <script>budget</script>", "example.org",
         "Lawmakers passed the annual budget on Tuesday after a long debate."),
    ]
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps({"id": f"a{n}", "title": t, "source": s, "text": x,
                                        "date": "2024-03-04"}) + "\n"
                            for n, (t, s, x) in enumerate(rows)), encoding="utf-8")
    return path


# -- --quiet ---------------------------------------------------------------------------------
def test_quiet_silences_the_seed_notice_on_every_command() -> None:
    for command in ("summarize", "compare", "cluster"):
        code, out, err = invoke(env(stdout_tty=False), command, "-q")
        assert code == 0 and out, command
        assert err == "", command
        code, _, err = invoke(env(stdout_tty=False), command)
        assert "bundled seed reports" in err


def test_quiet_silences_warnings_but_never_errors(tmp_path: Path) -> None:
    empty_body = tmp_path / "headline.txt"
    empty_body.write_text("Only a headline here\n", encoding="utf-8")
    _, _, err = invoke(env(stdout_tty=False), "summarize", str(empty_body))
    assert "no body text" in err
    code, _, err = invoke(env(stdout_tty=False), "summarize", "--quiet", str(empty_body),
                          str(tmp_path / "missing.txt"))
    assert code == 1
    assert "no body text" not in err
    assert "missing.txt" in err and "error" in err


# -- pager -----------------------------------------------------------------------------------
def test_pager_command_precedence() -> None:
    tty = env(stdout_tty=True)
    assert pager_command(tty, False, "") == shlex.split(DEFAULT_PAGER)
    tty.environ = {"PAGER": "more"}
    assert pager_command(tty, False, "") == ["more"]
    assert pager_command(tty, False, "most -s") == ["most", "-s"]
    tty.environ = {"PAGER": "more", "NEWSDIGEST_PAGER": "less -R"}
    assert pager_command(tty, False, "most") == ["less", "-R"]
    assert pager_command(tty, True, "most") is None  # --no-pager
    for off in ("", "cat", "  "):
        tty.environ = {"NEWSDIGEST_PAGER": off}
        assert pager_command(tty, False, "most") is None
    pipe = env(stdout_tty=False, NEWSDIGEST_PAGER="less")
    assert pager_command(pipe, False, "less") is None


def test_the_pager_setting_is_a_documented_setting() -> None:
    assert config.defaults().output.pager == ""


def test_long_table_on_a_terminal_goes_through_the_pager() -> None:
    code, out, err = invoke(env(stdout_tty=True, LINES="20", NEWSDIGEST_PAGER=FAKE_PAGER),
                            "compare", *SEED_ARGS)
    assert code == 0, err
    assert out.startswith("PAGED\n") and "Different events" in out


def test_short_output_and_no_pager_print_straight() -> None:
    _, out, _ = invoke(env(stdout_tty=True, LINES="5000", NEWSDIGEST_PAGER=FAKE_PAGER),
                       "compare", *SEED_ARGS)
    assert "Different events" in out and "PAGED" not in out
    _, out, _ = invoke(env(stdout_tty=True, LINES="20", NEWSDIGEST_PAGER=FAKE_PAGER),
                       "compare", "--no-pager", *SEED_ARGS)
    assert "Different events" in out and "PAGED" not in out


def test_piped_output_never_pages(tmp_path: Path) -> None:
    for fmt in ("table", "jsonl"):
        _, out, _ = invoke(env(stdout_tty=False, LINES="5", NEWSDIGEST_PAGER=FAKE_PAGER),
                           "compare", "-f", fmt, *SEED_ARGS)
        assert out and "PAGED" not in out
    report = tmp_path / "report.txt"  # -o: stdout is the file, not the terminal
    _, out, _ = invoke(env(stdout_tty=True, LINES="5", NEWSDIGEST_PAGER=FAKE_PAGER),
                       "compare", "-o", str(report), *SEED_ARGS)
    assert "PAGED" not in report.read_text(encoding="utf-8")


def test_a_missing_pager_prints_straight() -> None:
    _, out, _ = invoke(env(stdout_tty=True, LINES="5",
                           NEWSDIGEST_PAGER="no-such-pager-newsdigest"), "compare", *SEED_ARGS)
    assert "Different events" in out


# -- progress --------------------------------------------------------------------------------
def test_progress_only_when_stderr_is_a_terminal(tmp_path: Path) -> None:
    path = str(corpus(tmp_path))
    _, _, err = invoke(env(stdout_tty=False, stderr_tty=True), "compare", path)
    assert "analysing" in err and "matching" in err
    _, _, err = invoke(env(stdout_tty=False, stderr_tty=True), "cluster", path)
    assert "reading" in err and "clustering" in err
    for args in (("compare", path), ("cluster", path), ("summarize", path)):
        _, out, err = invoke(env(stdout_tty=False, stderr_tty=False), *args)
        assert out and err == "", args
        _, out, err = invoke(env(stdout_tty=False, stderr_tty=True), args[0], "--quiet",
                             *args[1:])
        assert out and err == "", args


def test_the_library_reports_phases_to_a_reporter(tmp_path: Path) -> None:
    from newsdigest.clustering import cluster
    from newsdigest.errors import InputError
    from newsdigest.pipeline import read_inputs

    seen: list[tuple[str, int | None]] = []

    class Reporter:
        def __call__(self, done: int) -> None:
            seen.append(("", done))

        def phase(self, name: str, total: int | None = None) -> None:
            seen.append((name, total))

    articles = [a for a in read_inputs([str(corpus(tmp_path))], config.defaults())
                if not isinstance(a, InputError)]
    cluster(articles, config.defaults(), progress=Reporter())
    phases = [name for name, _ in seen if name]
    assert phases == ["reading", "clustering"]
    assert ("clustering", 3) in seen and seen[-1] == ("", 3)
    plain: list[int] = []  # a plain callable gets the counts only
    cluster(articles, config.defaults(), progress=plain.append)
    assert plain[-1] == 3


# -- cluster html ----------------------------------------------------------------------------
def test_cluster_html_report_has_a_section_per_story(tmp_path: Path) -> None:
    report = tmp_path / "stories.html"
    code, out, err = invoke(env(stdout_tty=False), "cluster", str(corpus(tmp_path)),
                            "-o", str(report))
    assert code == 0, err
    assert out == ""
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") or page.startswith("<!doctype html>")
    assert page.count('<section class="story">') == 2
    assert "Story 1: " in page and "bbc.co.uk" in page and "cnn.com" in page
    assert "<script>" not in page and "&lt;script&gt;" in page
    code, out, _ = invoke(env(stdout_tty=False), "cluster", "--format", "html",
                          str(corpus(tmp_path)))
    assert code == 0 and out.count('<section class="story">') == 2


def test_cluster_output_file_by_extension(tmp_path: Path) -> None:
    out_file = tmp_path / "stories.jsonl"
    code, out, _ = invoke(env(stdout_tty=True), "cluster", str(corpus(tmp_path)),
                          "-o", str(out_file))
    assert code == 0 and out == ""
    rows = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["story"] for r in rows) == [1, 1, 2]


def test_unknown_terminal_height_prints_straight() -> None:
    # an injected stdout without a size and no $LINES: nothing to compare the table with
    _, out, _ = invoke(env(stdout_tty=True, NEWSDIGEST_PAGER=FAKE_PAGER), "compare", *SEED_ARGS)
    assert "Different events" in out and "PAGED" not in out


# -- shell completion --------------------------------------------------------------------
def test_completion_script_and_completions(monkeypatch: pytest.MonkeyPatch) -> None:
    # typer finds the shell in the process tree; under a detached run there is none
    import typer.completion

    monkeypatch.setattr(typer.completion, "_get_shell_name", lambda: "bash")
    result = runner.invoke(app, ["--show-completion", "bash"], prog_name="newsdigest")
    assert result.exit_code == 0
    assert "_newsdigest_completion" in result.stdout and "complete " in result.stdout
    words = {"newsdigest com": "1", "newsdigest compare --no-": "2"}
    got = []
    for line, cword in words.items():
        result = runner.invoke(app, [], prog_name="newsdigest",
                               env={"_NEWSDIGEST_COMPLETE": "complete_bash",
                                    "COMP_WORDS": line, "COMP_CWORD": cword})
        got.append(result.stdout.split())
    assert got[0] == ["compare"]
    assert {"--no-pager", "--no-color"} <= set(got[1])


# -- timeline --------------------------------------------------------------------------------
def test_timeline_says_what_each_later_report_added(tmp_path: Path) -> None:
    text = ("A magnitude 6.1 earthquake struck off Tonga on Monday, officials said. "
            "No tsunami warning was issued.")
    rows = [("a", "2024-03-05", text + " Three houses were damaged in Nuku'alofa."),
            ("b", "2024-03-04", text),
            ("c", "2024-03-06", text + " Three houses were damaged in Nuku'alofa. "
             "The king visited the island on Wednesday.")]
    path = tmp_path / "quake.jsonl"
    path.write_text("".join(json.dumps({"id": i, "title": "Earthquake off Tonga", "text": x,
                                        "source": f"{i}.example", "date": d}) + "\n"
                            for i, d, x in rows), encoding="utf-8")
    code, out, err = invoke(env(stdout_tty=True, COLUMNS="100"), "compare", str(path))
    assert code == 0, err
    block = out[out.index("Published, and what each report added"):].splitlines()[1:4]
    assert [line.split()[:2] for line in block] == [
        ["B", "2024-03-04"], ["A", "2024-03-05"], ["C", "2024-03-06"]]
    assert block[0].endswith("first")
    assert "adds" in block[1] and "adds" in block[2] and "of its own" in block[2]
    _, page, _ = invoke(env(stdout_tty=False), "compare", "-f", "html", str(path))
    assert '<ul class="timeline">' in page and "first</li>" in page
