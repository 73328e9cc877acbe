"""Benchmark: the indicator view on a library of 1,000 reports (goal: opening it and
switching indicator each block the GUI thread under 100 ms at a time, paint included).

Makes the library with the bench generator (the same measures worded several ways, for the
prefecture, the province and the counties) and opens the real window offscreen. A probe
timer that fires on every turn of the event loop measures the longest stretch the GUI
thread went without turning (what a user's click would wait for), from the action until
the view is done: the table read in its thread, shown, then the chart drawn. Also printed:
the GUI thread's busy time in all, and the wall time until done. Baseline in the same run: a
synchronous repaint of the main window. Medians of N.

    python bench/bench_indicators.py [--reports N] [--runs N]
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
from reports import make_library

from gannan_gui.common.paths import bundled_database
from gannan_gui.qt.app import make_application
from gannan_gui.qt.main_window import MainWindow
from gannan_gui.qt.settings import open_settings
from gannan_gui.store.database import open_database
from gannan_gui.store.library import Library

GOAL_MS = 100


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    app = make_application()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "library.db"
        made = time.perf_counter()
        make_library(path, args.reports)
        library = Library(path)
        counts = library.indicator_counts()
        print(f"library of {args.reports} reports made in {time.perf_counter() - made:.0f} s: "
              f"{sum(counts.values()):,} figures state one of {len(counts)} indicators")
        window = MainWindow(open_database(bundled_database()),
                            open_settings(Path(folder) / "settings.ini"))
        window.library = library
        window.set_base(window.base)
        window.resize(1366, 768)
        window.show()
        settle(app)
        actions = window.indicator_actions
        probe = Probe()
        results: dict[str, list[tuple[float, float, float]]] = {"open": [], "switch": []}
        bare = []
        for _ in range(args.runs):
            actions.view = None  # a new view each time, as the first Ctrl+Shift+I makes
            results["open"].append(probe.run(app, actions.open,
                                              lambda: not actions.view.loading))
            view = actions.view
            settle(app)
            rows = view.choices.count()
            for step in range(1, 4):
                results["switch"].append(probe.run(
                    app, lambda s=step, v=view, n=rows: v.choices.setCurrentRow(s % n),
                    lambda v=view: not v.loading))
                settle(app)
            shown = len(view.model.rows)
            view.close()
            view.deleteLater()
            settle(app)
            bare.append(time_until_idle(app, window.repaint))
    bare_ms = statistics.median(bare) * 1000
    for name, what in (("open", "opening the view"), ("switch", "switching indicator")):
        longest, busy, wall = (statistics.median(r[i] for r in results[name]) * 1000
                               for i in range(3))
        met = "met" if longest < GOAL_MS else "NOT met"
        print(f"{what}, median of {len(results[name])}: longest GUI block {longest:.1f} ms "
              f"({met}: goal under {GOAL_MS} ms); GUI busy {busy:.1f} ms in all; "
              f"done after {wall:.1f} ms; ratio to the baseline {longest / bare_ms:.2f}")
    print(f"baseline, a repaint of the main window: {bare_ms:.1f} ms")
    print(f"values in the last indicator shown: {shown:,}")


if __name__ == "__main__":
    main()
