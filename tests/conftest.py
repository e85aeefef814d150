"""Every test runs isolated from the user's files and environment: no config file is found
unless the test writes one, and no terminal settings leak in."""

from __future__ import annotations

from pathlib import Path

import pytest

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
