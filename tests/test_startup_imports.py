"""Start-up cost: what a command imports (``bench/startup.py`` measures the time). SciPy costs
more to import than ``compare`` spends on the seeds, so ``compare``, ``summarize`` and
``pairs`` work without it (``match.sparserows``); ``--help`` loads no NumPy at all. Each case
runs the command in a fresh interpreter and lists the heavy modules it left in
``sys.modules`` (no timing: the machine's load would make that flaky)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
# yaml: the shipped config.yaml (the working directory's, as the commands run here) holds the
# defaults and is not parsed
HEAVY = ("scipy", "sklearn", "rich", "dask", "yaml")
RUN = """
import sys
heavy = set(sys.argv.pop(1).split(","))
sys.argv = ["newsdigest", *sys.argv[1:]]
from newsdigest.cli import run
try:
    run()
except SystemExit as e:
    assert not e.code, e.code
print("loaded:" + ",".join(sorted(m for m in heavy if m in sys.modules)))
"""


def loaded(*args: str, stdin: str | None = None, also: tuple[str, ...] = ()) -> list[str]:
    """The ``HEAVY`` top-level packages, NumPy and the modules ``also`` left in
    ``sys.modules`` after running ``newsdigest ARGS`` in a fresh interpreter."""
    out = subprocess.run([sys.executable, "-c", RUN, ",".join((*HEAVY, "numpy", *also)), *args],
                         capture_output=True, text=True, check=True, cwd=ROOT,
                         input=stdin).stdout
    last = out.strip().splitlines()[-1]
    assert last.startswith("loaded:"), out[-500:]
    return [m for m in last.removeprefix("loaded:").split(",") if m]


@pytest.mark.parametrize("command", ["compare", "summarize"])
def test_commands_on_the_seeds_do_not_import_scipy(command: str) -> None:
    assert SEEDS, "the bundled seeds are missing"
    assert loaded(command, *SEEDS, "-f", "jsonl", "-o", "/dev/null") == ["numpy"]


@pytest.mark.parametrize("command", ["compare", "summarize"])
def test_the_shipped_data_is_read_without_importlib_resources(command: str) -> None:
    """The models, gazetteer and lexicon are read with ``newsdigest.shipped``."""
    assert loaded(command, *SEEDS, "-f", "jsonl", "-o", "/dev/null",
                  also=("importlib.resources",)) == ["numpy"]


def test_compare_reads_its_data_and_writes_jsonl_without_gzip_or_csv() -> None:
    """The shipped lexicon and concept table are plain files, and the JSON Lines writer
    needs no csv module: neither is imported."""
    assert loaded("compare", *SEEDS, "-f", "jsonl", "-o", "/dev/null",
                  also=("gzip", "csv")) == ["numpy"]


def test_pairs_does_not_import_scipy() -> None:
    lines = ("Lavrov met Pompeo in Sochi on Tuesday.\tPompeo met Lavrov in Sochi on Tuesday.\n"
             "The company sold the unit for $2.5 billion.\tThe weather in Oslo was cold.\n")
    assert loaded("pairs", "-", "-f", "jsonl", "-o", "/dev/null", stdin=lines) == ["numpy"]


def test_help_imports_nothing_heavy() -> None:
    assert loaded("--help") == []


def cli(*args: str, code: str = "from newsdigest.cli import main; main()",
        ) -> subprocess.CompletedProcess[str]:
    """``newsdigest ARGS`` run by ``code`` in a fresh interpreter."""
    return subprocess.run([sys.executable, "-c", f"import sys; sys.argv[0] = 'newsdigest'; {code}",
                           *args], capture_output=True, text=True, check=False, cwd=ROOT)


def test_a_command_ends_with_all_its_output_and_its_exit_code() -> None:
    """``main`` ends the process without the interpreter's teardown (``cli.quick_exit``): the
    output is whole and the exit codes are the documented ones."""
    whole = cli("compare", *SEEDS, "-f", "json")
    assert whole.returncode == 0, whole.stderr
    assert json.loads(whole.stdout)["groups"]  # the whole JSON document
    missing = cli("compare", *SEEDS, str(ROOT / "missing.txt"), "-f", "jsonl")
    assert missing.returncode == 1
    assert "missing.txt" in missing.stderr and missing.stdout.count("\n") > 3
    assert cli("compare", "--bogus").returncode == 2


def test_exit_handlers_still_run() -> None:
    done = cli("--version", code="import atexit; atexit.register(print, 'handler ran'); "
                                 "from newsdigest.cli import main; main()")
    assert done.returncode == 0
    assert done.stdout.splitlines() == ["newsdigest 0.1.0", "handler ran"]
