"""Start-up time: `newsdigest --help` and `newsdigest compare` on the bundled seeds, against a
bare `python -c pass` in the same run (medians of N runs, wall clock, output to a pipe).

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


def timed(cmd: list[str], runs: int) -> tuple[float, float]:
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, stdin=subprocess.DEVNULL, check=True, cwd=ROOT)
        samples.append(time.perf_counter() - t)
    return statistics.median(samples), min(samples)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    py = sys.executable
    seeds = [str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    cases = {
        "python -c pass": [py, "-c", "pass"],
        "newsdigest --help": [py, "-m", "newsdigest", "--help"],
        "newsdigest compare (seeds, jsonl)": [py, "-m", "newsdigest", "compare", *seeds],
        "newsdigest summarize (seeds, jsonl)": [py, "-m", "newsdigest", "summarize", *seeds],
    }
    base = None
    print(f"{'command':40} {'median ms':>10} {'min ms':>8} {'over python':>12}")
    for name, cmd in cases.items():
        med, best = timed(cmd, args.runs)
        base = med if base is None else base
        print(f"{name:40} {med * 1000:10.1f} {best * 1000:8.1f} {(med - base) * 1000:+11.1f}")


if __name__ == "__main__":
    main()
