"""Benchmark: opening a report of 50,000 figures in the window (goal: the GUI thread never
blocks 100 ms at a time, paint included, from the click until the report is shown).

Imports one made-up report of N figures (one a line: 第12号村投入帮扶资金13万元。) into a
fresh library, opens the real window offscreen beside it, selects the report's row as a
click does, and waits until its overview and charts are shown: the report is read in a
thread (the detail pane says so meanwhile). A probe timer that fires on every turn of the
event loop measures the longest stretch the GUI thread went without turning. Baseline in the
same run: a synchronous repaint of the main window. Each run is a new window, so the report
is read anew; medians of N.

    python bench/bench_large_report.py [--figures N] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Probe, settle, time_until_idle

from gannan_gui.common.paths import bundled_database
from gannan_gui.qt.app import make_application
from gannan_gui.qt.main_window import MainWindow
from gannan_gui.qt.settings import open_settings
from gannan_gui.store.database import open_database
from gannan_gui.store.library import Library

GOAL_MS = 100


def make_report(folder: Path, figures: int) -> Library:
    text = ("大报告\n发布时间：2024-05-01\n"
            + "\n".join(f"第{i}号村投入帮扶资金{i % 97 + 1}万元。" for i in range(figures)) + "\n")
    source = folder / "large.txt"
    source.write_text(text, encoding="utf-8")
    library = Library(folder / "library.db")
    made = time.perf_counter()
    [imported] = library.import_files([source])
    print(f"a report of {imported.figures:,} figures imported in "
          f"{time.perf_counter() - made:.1f} s")
    return library


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--figures", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = make_application()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        library = make_report(folder, args.figures)
        [entry] = library.reports()
        key = f"l{entry.document_id}|root:0"
        probe = Probe()
        results, bare = [], []
        for run in range(args.runs):
            window = MainWindow(settings=open_settings(folder / f"settings{run}.ini"))
            window.set_library(library)
            window.set_base(open_database(bundled_database()))
            window.resize(1366, 768)
            window.show()
            window.load_charts()
            settle(app)
            results.append(probe.run(app, lambda w=window: w.select_key(key),
                                     lambda w=window: w.base.document.imported))
            settle(app)
            bare.append(time_until_idle(app, window.repaint))
            window.close()
            window.deleteLater()
            settle(app)
    bare_ms = statistics.median(bare) * 1000
    longest, busy, wall = (statistics.median(r[i] for r in results) * 1000 for i in range(3))
    met = "met" if longest < GOAL_MS else "NOT met"
    print(f"opening the report, median of {len(results)}: longest GUI block {longest:.1f} ms "
          f"({met}: goal under {GOAL_MS} ms); GUI busy {busy:.1f} ms in all; shown after "
          f"{wall / 1000:.2f} s; ratio to the baseline {longest / bare_ms:.2f}")
    print(f"baseline, a repaint of the main window: {bare_ms:.1f} ms")


if __name__ == "__main__":
    main()
