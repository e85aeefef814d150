"""Start-up time: `newsdigest --help` and `newsdigest compare` on the bundled seeds, against
`python -c "import typer"` measured in the same run, as ratios (the issue's targets: --help
within 1.5x of importing typer, compare on the seeds within 3x). The commands are run in
turn, round after round, so a busy machine slows them alike; medians of N rounds, wall clock,
output to a pipe.

    python bench/startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"newsdigest --help": 1.5, "newsdigest compare (seeds, jsonl)": 3.0}


def once(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, capture_output=True, stdin=subprocess.DEVNULL, check=True, cwd=ROOT)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    py = sys.executable
    seeds = [str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    cases = {
        "python -c pass": [py, "-c", "pass"],
        "python -c 'import typer'": [py, "-c", "import typer"],
        "newsdigest --help": [py, "-m", "newsdigest", "--help"],
        "newsdigest compare (seeds, jsonl)": [py, "-m", "newsdigest", "compare", *seeds],
        "newsdigest summarize (seeds, jsonl)": [py, "-m", "newsdigest", "summarize", *seeds],
    }
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(args.runs):
        for name, cmd in cases.items():
            samples[name].append(once(cmd))
    typer_ms = statistics.median(samples["python -c 'import typer'"]) * 1000
    print(f"{'command':40} {'median ms':>10} {'min ms':>8} {'x typer':>8} {'target':>7}")
    for name, got in samples.items():
        med = statistics.median(got) * 1000
        target = f"{TARGETS[name]:.1f}x" if name in TARGETS else ""
        print(f"{name:40} {med:10.1f} {min(got) * 1000:8.1f} {med / typer_ms:7.2f}x "
              f"{target:>7}")


if __name__ == "__main__":
    main()
