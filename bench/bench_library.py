"""Benchmark: the window with a library of 1,000 reports beside the bundled one, against the
same window with a library of 1 report, in the same run (goal: each step under 100 ms on the
GUI thread; memory grows by less than 30 MB from 1 to 1,000 reports).

Each library is made by bench/reports.py (made-up reports, about half a minute for 1,000).
Each measurement runs the real window offscreen in a child process of its own, so memory is
that process's alone. Steps timed, paint included (events processed until idle): opening
a new window on the library (listing its reports and filling the tree's top level), opening
a report not opened before (its overview and charts), selecting one of its figures (another
category: its charts are built), and a 1-, 2- and 3-character search in it.
Medians of N runs of each step.

    python bench/bench_library.py [--runs N] [--reports N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from library_child import STEPS
from reports import make_library

HERE = Path(__file__).resolve().parent


def measure(library: Path, runs: int) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, str(HERE / "library_child.py"), str(library),
                          str(runs)], capture_output=True, text=True, env=env, check=True,
                         timeout=600)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--reports", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small, large = Path(tmp) / "one.db", Path(tmp) / "many.db"
        make_library(small, 1)
        make_library(large, args.reports)
        one, many = measure(small, args.runs), measure(large, args.runs)
    print(f"library of {many['reports']} reports against a library of {one['reports']} "
          f"(medians of {args.runs}, GUI thread, paint included):")
    for step in STEPS:
        a, b = statistics.median(many["times"][step]), statistics.median(one["times"][step])
        verdict = "met" if a < 100 else "NOT met"
        print(f"  {step:<28} {a:7.1f} ms  (1 report: {b:6.1f} ms; ratio {a / b:5.2f}; "
              f"goal under 100 ms: {verdict})")
    growth = many["rss_mb"] - one["rss_mb"]
    print(f"  memory: {many['rss_mb']:.1f} MB against {one['rss_mb']:.1f} MB, "
          f"+{growth:.1f} MB (goal under 30 MB: {'met' if growth < 30 else 'NOT met'})")


if __name__ == "__main__":
    main()
