"""Every test runs isolated from the user's files and environment: no config file is found
unless the test writes one, and no terminal settings leak in. ``make_analysis`` builds the
hand-made analyses tests feed to ``compare``, ``check_event``, ``cluster`` and the renderers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsdigest.model import Analysis, Article, Dateline, Origin, Statement

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(autouse=True)
def isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    for var in ("NEWSDIGEST_CONFIG", "NO_COLOR", "FORCE_COLOR", "DASK_SCHEDULER_ADDRESS",
                "TERM", "COLUMNS", "LINES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    work = tmp_path_factory.mktemp("cwd")
    monkeypatch.chdir(work)
    return work


def make_analysis(aid: str, *texts: str, title: str | None = None, sep: str = " ",
                  body: str | None = None, source: str | None = None, date: str | None = None,
                  article: Article | None = None, dateline: Dateline | None = None,
                  **fields: Any) -> Analysis:
    """An analysis of report ``aid`` whose statements are ``texts``, in order, their offsets
    into the body ``texts`` joined by ``sep`` (or ``body``). The article is ``article``, else
    one titled ``title`` (default 'report {aid}') read from '{aid}.txt' with ``source`` and
    ``date``; other keywords are ``Analysis`` fields (``quotes``, ``entities``,
    ``event_place`` ...)."""
    statements, at = [], 0
    for i, t in enumerate(texts):
        statements.append(Statement(aid, i, t, at, at + len(t)))
        at += len(t) + len(sep)
    if article is None:
        article = Article(aid, f"report {aid}" if title is None else title,
                          sep.join(texts) if body is None else body, Origin(f"{aid}.txt"),
                          source=source, date=date)
    return Analysis(article, tuple(statements), Dateline() if dateline is None else dateline,
                    **fields)
