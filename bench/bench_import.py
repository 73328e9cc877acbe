"""Benchmark: importing reports, and how it grows with the library.

1. `gannan-gui import` of one 2,000-character report as a whole process (goal: under 1 s),
   into a new library and into a library of N reports (default 10,000), against a Python
   process that only imports what an import needs (sqlite-utils and OpenCC). The import
   writes in place, so the large library should cost about what the new one does
   (goal: at most 1.5 times).
2. The same import inside one process (the library opened, one report read, proposed and
   written), so that start-up does not hide how the write itself grows.
3. A folder of M reports imported by one command: seconds per report and the peak memory of
   the process, which must not grow with M (each report is written before the next is read).

Alternating runs, medians. The large library is made once by bench/reports.py (about four
minutes for 10,000 reports) and copied into place before each run (not timed).

    python bench/bench_import.py [--runs N] [--library-reports N] [--folder-reports M...]
                                 [--keep FILE]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import print_comparison, timed
from reports import make_library, report_text

BASELINE = "import sqlite_utils, opencc"
IN_PROCESS = """
import sys, time
from pathlib import Path
from gannan_gui.store.library import Library
library = Library(Path(sys.argv[1]))
if library.exists():
    library.reports()  # opened and checked, as a window has it
start = time.perf_counter()
[result] = library.import_files([Path(sys.argv[2])])
print(time.perf_counter() - start)
assert result.added
"""


def in_process(library: Path, report: Path) -> float:
    done = subprocess.run([sys.executable, "-c", IN_PROCESS, str(library), str(report)],
                          check=True, capture_output=True, text=True)
    return float(done.stdout.split()[-1])


def place(library: Path, start_from: Path | None) -> None:
    for leftover in (library, library.with_name(library.name + "-wal"),
                     library.with_name(library.name + "-shm")):
        leftover.unlink(missing_ok=True)
    if start_from is not None:
        shutil.copyfile(start_from, library)
        # On disk before the clock starts: the import's first sync would otherwise write
        # out the whole copy (900 MB for 10,000 reports) and be timed for it.
        os.sync()


def folder_import(folder: Path, count: int) -> tuple[float, float]:
    """Seconds and peak MB of one command importing a folder of `count` reports."""
    for number in range(count):
        (folder / f"r{number:05d}.txt").write_text(report_text(200_000 + number),
                                                  encoding="utf-8")
    library = folder.parent / "folder.db"
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "gannan_gui", "import", str(folder), "--library",
                    str(library)], check=True, capture_output=True)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--library-reports", type=int, default=10_000)
    parser.add_argument("--folder-reports", type=int, nargs="*", default=[100, 400])
    parser.add_argument("--keep", type=Path, metavar="FILE",
                        help="keep the large library in FILE and reuse it when it is there")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        report = folder / "report.txt"
        report.write_text(report_text(100_000), encoding="utf-8")  # not in the big library
        big = args.keep or folder / "big.db"
        if not big.exists():
            started = time.perf_counter()
            make_library(big, args.library_reports)
            print(f"made a library of {args.library_reports:,} reports in "
                  f"{time.perf_counter() - started:.0f} s: {big.stat().st_size / 1e6:.0f} MB")
        library = folder / "library.db"
        medians = {}
        for what, start_from in (("a new library", None),
                                 (f"a library of {args.library_reports:,} reports", big)):
            command = [sys.executable, "-m", "gannan_gui", "import", str(report),
                       "--library", str(library)]
            baseline = [sys.executable, "-c", BASELINE]
            times, bases, inside = [], [], []
            for _ in range(args.runs + 1):  # the first run of each warms the caches
                place(library, start_from)
                times.append(timed(command))
                bases.append(timed(baseline))
                place(library, start_from)
                inside.append(in_process(library, report))
            medians[what] = (statistics.median(times[1:]), statistics.median(inside[1:]))
            print_comparison(f"import of a {len(report.read_text(encoding='utf-8')):,}-"
                             f"character report into {what}", medians[what][0],
                             f"python -c '{BASELINE}'", statistics.median(bases[1:]),
                             args.runs, goal=1.0)
            print(f"  the import alone, inside the process: {medians[what][1] * 1000:.1f} ms")
        (new_total, new_inside), (big_total, big_inside) = medians.values()
        ratio = big_total / new_total
        print(f"large / new library: {ratio:.2f} for the command, "
              f"{big_inside / new_inside:.2f} for the import alone "
              f"({'met' if ratio <= 1.5 else 'NOT met'}: goal at most 1.5)")
        for count in args.folder_reports:
            batch = folder / f"batch-{count}"
            batch.mkdir()
            seconds, peak = folder_import(batch, count)
            print(f"a folder of {count} reports in one command: {seconds:.1f} s "
                  f"({seconds / count * 1000:.0f} ms a report), peak memory of the children "
                  f"so far {peak:.0f} MB")


if __name__ == "__main__":
    main()
