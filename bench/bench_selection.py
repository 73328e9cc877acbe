"""Benchmark: selecting a fact in the window, on the GUI thread, paint included (goal: 16 ms,
one frame, for another fact of the same category, whose chart only changes colour).

Runs the real window offscreen (Qt's offscreen platform paints into memory) and times, per
selection, select_key() + processing events + a synchronous repaint of the whole window.
Baseline in the same run: the same repaint with nothing selected anew. Medians of N.

    python bench/bench_selection.py [--runs N]
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

from gannan_gui.common.paths import bundled_database
from gannan_gui.qt.app import make_application
from gannan_gui.qt.main_window import MainWindow
from gannan_gui.qt.settings import open_settings
from gannan_gui.store.database import open_database


def timed(app, window, action) -> float:
    start = time.perf_counter()
    action()
    app.processEvents()
    window.repaint()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=60)
    runs = parser.parse_args().runs
    app = make_application()
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(open_database(bundled_database()),
                            open_settings(Path(folder) / "settings.ini"))
        window.resize(1366, 768)
        window.show()
        window.load_charts()
        app.processEvents()
        base = window.base
        hospitals = next(f for f in base.facts if f.figure == "12家")
        firms = next(f for f in base.facts if f.figure == "71家")
        aid = next(f for f in base.facts if f.figure == "14.93亿元")
        same, other, bare = [], [], []
        for i in range(runs):
            pick = hospitals if i % 2 else firms
            window.select_key(f"fact:{firms.id if pick is hospitals else hospitals.id}")
            app.processEvents()
            same.append(timed(app, window, lambda p=pick: window.select_key(f"fact:{p.id}")))
            bare.append(timed(app, window, lambda: None))
            other.append(timed(app, window, lambda: window.select_key(f"fact:{aid.id}")))
    ms = {name: statistics.median(times) * 1000 for name, times in
          (("same", same), ("other", other), ("bare", bare))}
    print(f"another fact, same category (recolour in place), median of {runs}: "
          f"{ms['same']:.1f} ms ({'met' if ms['same'] <= 16 else 'NOT met'}: goal 16 ms)")
    print(f"a fact of another category (charts rebuilt):            {ms['other']:.1f} ms")
    print(f"baseline, a repaint of the window alone:                {ms['bare']:.1f} ms")
    print(f"ratios to the bare repaint: {ms['same'] / ms['bare']:.2f}, "
          f"{ms['other'] / ms['bare']:.2f}")


if __name__ == "__main__":
    main()
