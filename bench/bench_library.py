"""Benchmark: the window with a library of 1,000 reports beside the bundled one, against the
same window with a library of 1 report, in the same run (goal: each step under 100 ms on the
GUI thread; memory grows by less than 30 MB from 1 to 1,000 reports).

Each library is made by bench/reports.py (made-up reports, about half a minute for 1,000).
Each measurement runs the real window offscreen in a child process of its own, so memory is
that process's alone. Steps: opening a new window on the library as a launch does (listing
its reports, building the panes, filling the tree's top level; timed until the tree is
painted, and until the charts are drawn too), opening a report not opened before (its
overview and charts), selecting one of its figures (another category: its charts are
drawn), and a 1-, 2- and 3-character search in it and in every report.

Each step has two times: its total, until everything is drawn and no event is left, and its
longest block, the longest stretch the GUI thread spent without handling input. The goal
(under 100 ms on the GUI thread) is judged on the longest block; the totals are printed
beside it. Medians of N runs of each step.

    python bench/bench_library.py [--runs N] [--reports N] [--keep FILE]
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
    parser.add_argument("--keep", type=Path, metavar="FILE",
                        help="keep the large library in FILE and reuse it when it is there "
                             "(bench_import.py --keep makes the same one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small, large = Path(tmp) / "one.db", args.keep or Path(tmp) / "many.db"
        make_library(small, 1)
        if not large.exists():
            make_library(large, args.reports)
        one, many = measure(small, args.runs), measure(large, args.runs)
    print(f"library of {many['reports']} reports against a library of {one['reports']} "
          f"(medians of {args.runs}; paint included):")
    print(f"  {'step':<30} {'longest block':>14} {'total':>8}    1 report: block, total")
    for step in STEPS:
        block, total = (statistics.median(many[k][step]) for k in ("blocks", "times"))
        block_1, total_1 = (statistics.median(one[k][step]) for k in ("blocks", "times"))
        verdict = "met" if block < 100 else "NOT met"
        print(f"  {step:<30} {block:11.1f} ms {total:6.1f} ms    {block_1:6.1f}, {total_1:6.1f} ms"
              f"   (under 100 ms: {verdict})")
    growth = many["rss_mb"] - one["rss_mb"]
    print(f"  memory: {many['rss_mb']:.1f} MB against {one['rss_mb']:.1f} MB, "
          f"+{growth:.1f} MB (goal under 30 MB: {'met' if growth < 30 else 'NOT met'})")


if __name__ == "__main__":
    main()
