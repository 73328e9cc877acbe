"""Benchmark: `gannan-gui import` of one 2,000-character report as a whole process (goal:
under 1 s), into a new library and into a library of 1,000 reports (which the import copies
and renames, so it costs more as the library grows).

Baseline in the same run: a Python process that only imports what an import needs
(sqlite-utils and OpenCC). Alternating runs, medians. The 1,000-report library is made once
by bench/reports.py (about half a minute).

    python bench/bench_import.py [--runs N] [--library-reports N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from common import print_comparison, timed
from reports import make_library, report_text

BASELINE = "import sqlite_utils, opencc"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--library-reports", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        report = folder / "report.txt"
        report.write_text(report_text(100_000), encoding="utf-8")  # not in the big library
        big = folder / "big.db"
        make_library(big, args.library_reports)
        for what, start_from in (("a new library", None),
                                 (f"a library of {args.library_reports} reports", big)):
            library = folder / "library.db"
            command = [sys.executable, "-m", "gannan_gui", "import", str(report),
                       "--library", str(library)]
            baseline = [sys.executable, "-c", BASELINE]
            times, bases = [], []
            for _ in range(args.runs + 1):  # the first run of each warms the caches
                library.unlink(missing_ok=True)
                if start_from is not None:
                    shutil.copyfile(start_from, library)
                times.append(timed(command))
                bases.append(timed(baseline))
            print_comparison(f"import of a {len(report.read_text(encoding='utf-8')):,}-"
                             f"character report into {what}", statistics.median(times[1:]),
                             f"python -c '{BASELINE}'", statistics.median(bases[1:]),
                             args.runs, goal=1.0)


if __name__ == "__main__":
    main()
