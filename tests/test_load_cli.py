"""The new inputs through the command line: `summarize feed.xml`, a page, an archive and a
folder, with the provenance of every article in the machine output."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsdigest.cli.app import app

FIX = Path(__file__).resolve().parent / "fixtures"
runner = CliRunner()


def summarize(*args: str) -> tuple[int, list[dict[str, object]], str]:
    result = runner.invoke(app, ["summarize", *args, "--format", "jsonl"])
    return (result.exit_code, [json.loads(x) for x in result.stdout.splitlines()],
            result.stderr)


def test_summarize_feed_each_entry_a_digest_with_its_entry_number() -> None:
    code, digests, err = summarize(str(FIX / "world_atom.atom"))
    assert code == 0, err
    assert [d["id"] for d in digests] == ["world_atom#1", "world_atom#2"]
    first = digests[0]
    assert first["origin"] == {"path": str(FIX / "world_atom.atom"), "url": None, "entry": 1,
                               "line": None, "member": None}
    assert first["url"] == "https://desk.example.net/2017/05/10/lavrov-pompeo"
    assert first["source"] == "Capital Desk"
    lead = first["lead"]
    assert isinstance(lead, dict) and "Sergei Lavrov held talks" in str(lead["text"])


def test_summarize_rss_reports_the_bad_entry_and_keeps_the_others() -> None:
    code, digests, err = summarize(str(FIX / "world_rss.xml"))
    assert code == 1  # an entry could not be read
    assert [d["id"] for d in digests] == ["world_rss#1", "world_rss#2"]
    assert f"{FIX / 'world_rss.xml'}#3: feed entry has neither title nor text" in err
    assert "Traceback" not in err


def test_summarize_page_and_archive_keep_their_provenance() -> None:
    code, digests, err = summarize(str(FIX / "news_page.html"), str(FIX / "reports.tar.gz"))
    assert code == 0, err
    page, *members = digests
    assert page["title"] == "Lavrov says he and Pompeo agreed steps to normalize relations"
    assert page["source"] == "World Wire"
    assert [d["id"] for d in members] == ["washington", "sochi", "brief", "clip-1", "clip-2"]
    origins = [d["origin"] for d in members]
    assert all(isinstance(o, dict) and o["path"] == str(FIX / "reports.tar.gz") for o in origins)
    assert [o["member"] for o in origins if isinstance(o, dict)] == [
        "reports/washington.txt", "reports/sochi.txt", "reports/more/brief.txt",
        "reports/more/clips.jsonl", "reports/more/clips.jsonl"]


def test_summarize_folder_with_pages_feeds_and_archives(tmp_path: Path) -> None:
    for name in ("news_page.html", "world_atom.atom", "reports.zip"):
        (tmp_path / name).write_bytes((FIX / name).read_bytes())
    code, digests, err = summarize(str(tmp_path))
    assert code == 0, err
    assert [d["id"] for d in digests] == ["news_page", "washington", "sochi", "brief", "clip-1",
                                          "clip-2", "world_atom#1", "world_atom#2"]
