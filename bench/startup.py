"""Start-up time: `newsdigest --help` and `newsdigest compare` on the bundled seeds, against
`python -c "import typer"` measured in the same run, as ratios (the issue's targets: --help
within 1.5x of importing typer, compare on the seeds within 3x). The commands are run in
turn, round after round, so a busy machine slows them alike; medians of N rounds, wall clock
and CPU time (user + system: less swayed by other people's work on a shared machine), output
to a pipe. The load average is printed before and after, and so is what ``compare`` would
take without NumPy's import (its CPU time less what importing NumPy adds to a bare
interpreter): the floor of any change that keeps NumPy out of the start-up path.

Python compiles a module's source on every start when it may not keep the bytecode
(``PYTHONDONTWRITEBYTECODE``, as in some development shells) while the installed typer comes
compiled: ``--pyc`` keeps newsdigest's bytecode in a temporary cache
(``PYTHONPYCACHEPREFIX``, filled by one round before timing), as an installed package has it.

    python bench/startup.py [--runs 15] [--pyc] [--phases]

``--phases`` also prints where ``compare`` on the seeds spends its CPU time, phase by phase, in
one interpreter (medians of the rounds): the imports, loading the settings, reading and
analysing each report (the first one loads the tagger, the gazetteer and the lexicon, and
NumPy with them), comparing, writing the JSON Lines; garbage collection paused until the
first report is analysed, as the command does (``cli.pause_collection``).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"newsdigest --help": 1.5, "newsdigest compare (seeds, jsonl)": 3.0}
TYPER = "python -c 'import typer'"
NUMPY = "python -c 'import numpy'"


def once(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, capture_output=True, stdin=subprocess.DEVNULL, check=True, cwd=ROOT,
                   env=env)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def cases() -> dict[str, list[str]]:
    py = sys.executable
    seeds = [str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return {
        "python -c pass": [py, "-c", "pass"],
        TYPER: [py, "-c", "import typer"],
        NUMPY: [py, "-c", "import os; os.environ.setdefault('OPENBLAS_NUM_THREADS', '1'); "
                "import numpy"],  # as the command sets it
        "newsdigest --help": [py, "-m", "newsdigest", "--help"],
        "newsdigest compare (seeds, jsonl)": [py, "-m", "newsdigest", "compare", *seeds],
        "newsdigest summarize (seeds, jsonl)": [py, "-m", "newsdigest", "summarize", *seeds],
    }


def environment(pyc_cache: str | None) -> dict[str, str]:
    env = dict(os.environ)
    if pyc_cache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pyc_cache
    return env


def measure(runs: int, env: dict[str, str]) -> dict[str, list[tuple[float, float]]]:
    todo = cases()
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in todo}
    for _ in range(runs):
        for name, cmd in todo.items():
            samples[name].append(once(cmd, env))
    return samples


def report(samples: dict[str, list[tuple[float, float]]]) -> None:
    typer_wall = statistics.median(w for w, _ in samples[TYPER])
    typer_cpu = statistics.median(c for _, c in samples[TYPER])
    print(f"{'command':38} {'median ms':>9} {'min ms':>7} {'x typer':>8} {'cpu ms':>7} "
          f"{'x typer':>8} {'target':>7}")
    for name, got in samples.items():
        wall = statistics.median(w for w, _ in got)
        cpu = statistics.median(c for _, c in got)
        target = f"{TARGETS[name]:.1f}x" if name in TARGETS else ""
        print(f"{name:38} {wall * 1000:9.1f} {min(w for w, _ in got) * 1000:7.1f} "
              f"{wall / typer_wall:7.2f}x {cpu * 1000:7.1f} {cpu / typer_cpu:7.2f}x {target:>7}")
    print(floor(samples, typer_cpu))


def floor(samples: dict[str, list[tuple[float, float]]], typer_cpu: float) -> str:
    """What ``compare`` would take with NumPy's import gone and everything else as now: its CPU
    time less that of importing NumPy (over a bare interpreter), as a ratio to typer's."""
    def cpu(name: str) -> float:
        return statistics.median(c for _, c in samples[name])

    numpy = cpu(NUMPY) - cpu("python -c pass")
    rest = cpu("newsdigest compare (seeds, jsonl)") - numpy
    return (f"importing NumPy costs {numpy * 1000:.1f} CPU ms ({numpy / typer_cpu:.2f}x typer); "
            f"compare without it: {rest * 1000:.1f} ms ({rest / typer_cpu:.2f}x typer)")


def load_average() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


PHASES = """
import sys, time
marks = [("python start-up", time.process_time())]
def mark(name):
    marks.append((name, time.process_time()))
from newsdigest.cli import pause_collection, startup_over
pause_collection()  # as the command does, until the first article is analysed
import typer
mark("import typer")
import newsdigest.cli.app
mark("import newsdigest.cli")
from newsdigest import pipeline
mark("import pipeline (extract ...)")
from newsdigest.comparison import compare
from newsdigest.render import records, text
mark("import comparison (match, event)")
from newsdigest import config
cfg = config.load()
mark("settings")
articles = list(pipeline.read_inputs(sys.argv[1:], cfg))
mark("read the reports")
analyses = []
for n, article in enumerate(articles, 1):
    analyses.append(pipeline.analyse(article, cfg))
    startup_over()
    mark(f"analyse report {n}" + (" (loads models, NumPy)" if n == 1 else ""))
result = compare(analyses, cfg)
mark("compare")
out = list(text.jsonl_lines(records.comparison_parts(result)))
mark("write jsonl")
start = 0.0
for name, t in marks:
    print(f"{name}\t{1000 * (t - start):.1f}")
    start = t
"""


def phases(runs: int, env: dict[str, str]) -> list[str]:
    """Median CPU ms of each phase of ``compare`` on the seeds, in one interpreter."""
    seeds = [str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    env = {**env, "OPENBLAS_NUM_THREADS": "1"}  # as the command sets it
    got: dict[str, list[float]] = {}
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", PHASES, *seeds], capture_output=True,
                             text=True, check=True, cwd=ROOT, env=env).stdout
        for line in out.splitlines():
            name, ms = line.split("\t")
            got.setdefault(name, []).append(float(ms))
    total = sum(statistics.median(v) for v in got.values())
    return [f"compare on the seeds by phase, in one interpreter ({runs} rounds, median CPU ms):",
            *(f"  {name:40} {statistics.median(v):7.1f}" for name, v in got.items()),
            f"  {'total (no exit)':40} {total:7.1f}"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--pyc", action="store_true",
                    help="keep newsdigest's bytecode in a temporary cache (as installed)")
    ap.add_argument("--phases", action="store_true",
                    help="also time the phases of compare on the seeds in one interpreter")
    args = ap.parse_args()
    print(load_average())
    with tempfile.TemporaryDirectory(prefix="startup-pyc-") as cache:
        env = environment(cache if args.pyc else None)
        if args.pyc:
            measure(1, env)
        samples = measure(args.runs, env)
        by_phase = phases(args.runs, env) if args.phases else []
    bytecode = "cached" if args.pyc or not sys.flags.dont_write_bytecode else "compiled each run"
    print(f"newsdigest bytecode: {bytecode}; {args.runs} rounds")
    report(samples)
    print("\n".join(by_phase))
    print(load_average())


if __name__ == "__main__":
    main()
