"""The command pauses garbage collection while it starts (``cli.pause_collection``) and
resumes it once the first item is handled or the command ends (``cli.startup_over``)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from newsdigest import cli


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Counts ``gc.freeze`` calls instead of freezing the test process; restores the
    collector's state afterwards."""
    calls: list[int] = []
    monkeypatch.setattr(gc, "freeze", lambda: calls.append(1))
    was = gc.isenabled()
    yield calls
    cli._paused = False
    if was:
        gc.enable()
    else:
        gc.disable()


def test_collection_resumes_once_with_startup_set_aside(frozen: list[int]) -> None:
    gc.enable()
    cli.pause_collection()
    assert not gc.isenabled()
    cli.startup_over()
    assert gc.isenabled() and frozen == [1]
    cli.startup_over()  # a second call changes nothing
    assert gc.isenabled() and frozen == [1]


def test_a_collector_switched_off_by_the_caller_stays_off(frozen: list[int]) -> None:
    gc.disable()
    cli.pause_collection()
    cli.startup_over()
    assert not gc.isenabled() and frozen == []


def test_the_first_article_read_resumes_collection(frozen: list[int]) -> None:
    """``Session.articles`` resumes it once the first article has been handled."""
    from newsdigest.cli.options import Format
    from newsdigest.cli.session import Session
    from newsdigest.load.inputs import bundled_seeds

    gc.enable()
    cli.pause_collection()
    s = Session(Format.jsonl, None, no_color=True, debug=False, quiet=True)
    articles = s.articles([str(p) for p in bundled_seeds()])
    next(articles)
    assert not gc.isenabled()
    next(articles)
    assert gc.isenabled() and frozen == [1]


def test_a_command_pauses_collection_and_resumes_it_when_it_ends(
        frozen: list[int], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """``run`` pauses it before the imports; a command that reads no article (``--version``)
    resumes it as it ends."""
    import sys

    gc.enable()
    monkeypatch.setattr(sys, "argv", ["newsdigest", "--version"])
    with pytest.raises(SystemExit):
        cli.run()
    assert gc.isenabled() and frozen == [1]
    assert capsys.readouterr().out.strip()
