"""Start-up cost: what a command imports (``bench/startup.py`` measures the time). SciPy costs
more to import than ``compare`` spends on the seeds, so ``compare``, ``summarize`` and
``pairs`` work without it (``match.sparserows``); ``--help`` loads no NumPy at all. Each case
runs the command in a fresh interpreter and lists the heavy modules it left in
``sys.modules`` (no timing: the machine's load would make that flaky)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
HEAVY = ("scipy", "sklearn", "rich", "dask")
RUN = """
import sys
heavy = set(sys.argv.pop(1).split(","))
sys.argv = ["newsdigest", *sys.argv[1:]]
from newsdigest.cli import main
try:
    main()
except SystemExit as e:
    assert not e.code, e.code
print("loaded:" + ",".join(sorted({m.split(".")[0] for m in sys.modules} & heavy)))
"""


def loaded(*args: str, stdin: str | None = None) -> list[str]:
    """The ``HEAVY`` top-level packages and NumPy left in ``sys.modules`` after running
    ``newsdigest ARGS`` in a fresh interpreter."""
    out = subprocess.run([sys.executable, "-c", RUN, ",".join((*HEAVY, "numpy")), *args],
                         capture_output=True, text=True, check=True, cwd=ROOT,
                         input=stdin).stdout
    last = out.strip().splitlines()[-1]
    assert last.startswith("loaded:"), out[-500:]
    return [m for m in last.removeprefix("loaded:").split(",") if m]


@pytest.mark.parametrize("command", ["compare", "summarize"])
def test_commands_on_the_seeds_do_not_import_scipy(command: str) -> None:
    assert SEEDS, "the bundled seeds are missing"
    assert loaded(command, *SEEDS, "-f", "jsonl", "-o", "/dev/null") == ["numpy"]


def test_pairs_does_not_import_scipy() -> None:
    lines = ("Lavrov met Pompeo in Sochi on Tuesday.\tPompeo met Lavrov in Sochi on Tuesday.\n"
             "The company sold the unit for $2.5 billion.\tThe weather in Oslo was cold.\n")
    assert loaded("pairs", "-", "-f", "jsonl", "-o", "/dev/null", stdin=lines) == ["numpy"]


def test_help_imports_nothing_heavy() -> None:
    assert loaded("--help") == []
