"""The HTML report (self-contained, escaped, checked in a real headless browser when Chromium
is installed), ``-o FILE`` and one-line usage errors with exit 2."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdigest.cli.app import app
from newsdigest.model import Article, Comparison, Group, Member
from newsdigest.render.html import comparison_html

from .conftest import SEEDS
from .render import sample_comparison

runner = CliRunner()
SEED_ARGS = [str(p) for p in SEEDS]
CHROMIUM = Path("/usr/bin/chromium")
HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'><style>*{}</style>'


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def hostile_comparison() -> Comparison:
    c = sample_comparison()
    a, b = c.articles
    art = a.article
    bad = Article(HOSTILE, HOSTILE, art.text, art.origin, source=HOSTILE, date=HOSTILE,
                  url="javascript:alert(3)")
    a = type(a)(bad, *[getattr(a, f) for f in a.__slots__[1:]])
    g = Group("same", 80.0, (Member(HOSTILE, 0, HOSTILE + " talks"),
                             Member(b.article.id, 0, "talks")), ((HOSTILE,), ("x",)))
    return Comparison((a, b), c.event_check, (g,), (Member(HOSTILE, 1, HOSTILE),),
                      c.conflicts)


def test_html_is_self_contained_and_escapes_hostile_input() -> None:
    page = comparison_html(hostile_comparison())
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page.lower() and "onerror=" not in page.replace("onerror=alert(2)&gt;",
                                                                             "")
    assert page.lower().count("<style>") == 1  # ours only
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "javascript:" not in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)  # no network
    assert "<link" not in page


def test_html_highlights_differing_words_and_marks_conflicts() -> None:
    page = comparison_html(sample_comparison())
    assert "<mark>Russian</mark>" in page and "<mark>held</mark>" in page
    assert 'class="group related conflict"' in page
    assert "Reports side by side" in page and page.count('class="card"') >= 2


def test_compare_output_file_picks_format_by_extension(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    code, stdout, _ = run("compare", *SEED_ARGS, "-o", str(out))
    assert code == 0 and stdout == ""
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    js = tmp_path / "r.json"
    assert run("compare", *SEED_ARGS, "--output", str(js))[0] == 0
    assert js.read_text(encoding="utf-8").lstrip().startswith("{")


@pytest.mark.parametrize("args", [
    ["compare", "--same", "x"], ["compare", "-f", "xml"], ["summarize", "-n", "-1"],
    ["compare", "--link", "120", *SEED_ARGS], ["compare", SEED_ARGS[0], ""],
    ["summarize", "-f", "html", *SEED_ARGS], ["bogus"],
])
def test_usage_errors_are_one_line_exit_2(args: list[str]) -> None:
    code, stdout, stderr = run(*args)
    assert code == 2, stderr
    assert stdout == ""
    lines = stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsdigest: error: "), stderr
    assert "Input should be" not in stderr and "Value error" not in stderr


def test_help_shows_defaults_and_ends_with_examples() -> None:
    for cmd in ("summarize", "compare", "pairs", "config"):
        code, stdout, _ = run(cmd, "--help")
        assert code == 0
        assert "$ newsdigest" in stdout.split("Examples:")[-1]
    text = " ".join(run("compare", "--help")[1].replace("│", " ").split())
    assert "(default: setting match.same)" in text


def _png_size(path: Path) -> tuple[int, int]:
    width, height = struct.unpack(">II", path.read_bytes()[16:24])
    return width, height


def _chromium(*args: str, profile: Path) -> str:
    cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=90, check=False).stdout


@pytest.mark.skipif(not CHROMIUM.exists() or shutil.which("chromium") is None,
                    reason="headless Chromium is not installed (Debian package 'chromium')")
def test_seeds_report_in_a_real_browser(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert run("compare", *SEED_ARGS, "-o", str(out))[0] == 0
    page = out.read_text(encoding="utf-8")
    # the test's own probe: measure the layout and write it into the DOM (our CSP forbids
    # scripts, so the probe's copy drops it)
    probe = page.replace('<meta http-equiv="Content-Security-Policy"', '<meta name="x"')
    probe = probe.replace("</body>", """<script>
const cards = [...document.querySelectorAll('#reports > .card')].map(e => e.offsetTop);
document.body.setAttribute('data-probe', JSON.stringify({
  scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
  tops: cards}));
</script></body>""")
    probe_file = tmp_path / "probe.html"
    probe_file.write_text(probe, encoding="utf-8")
    import json

    for width in (1280, 390):
        dom = _chromium(f"--window-size={width},900", "--dump-dom", probe_file.as_uri(),
                        profile=tmp_path / f"profile{width}")
        m = re.search(r'data-probe="([^"]*)"', dom)
        assert m, dom[:500]
        probe_data = json.loads(m.group(1).replace("&quot;", '"'))
        assert probe_data["scroll"] <= probe_data["client"], (width, probe_data)
        tops = probe_data["tops"]
        assert len(tops) == 2
        if width == 1280:
            assert tops[0] == tops[1]  # side by side
        else:
            assert tops[0] < tops[1]  # stacked on a phone
        shot = tmp_path / f"report_{width}.png"
        _chromium(f"--window-size={width},900", f"--screenshot={shot}", out.as_uri(),
                  profile=tmp_path / f"shot{width}")
        assert shot.exists() and _png_size(shot)[0] == width
