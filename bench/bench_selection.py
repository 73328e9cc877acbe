"""Benchmark: selecting a fact in the window, on the GUI thread, paint included (goal: 16 ms,
one frame, for another fact of the same category, whose chart only changes colour).

Runs the real window offscreen (Qt's offscreen platform paints into memory) and times, per
selection, select_key() and then the event loop until it is idle: that includes the paint of
every region the selection changed (the bench counts the paint events to show it), as a
user's screen would get it. Baseline in the same run: a synchronous repaint of the whole
window, what a frame costs at most. Medians of N.

    python bench/bench_selection.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import settle, time_until_idle
from PySide6.QtCore import QEvent, QObject

from gannan_gui.common.paths import bundled_database
from gannan_gui.qt.app import make_application
from gannan_gui.qt.main_window import MainWindow
from gannan_gui.qt.settings import open_settings
from gannan_gui.store.database import open_database


class PaintCounter(QObject):
    """Counts paint events anywhere in the window."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event) -> bool:  # Qt override
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


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
        counter = PaintCounter()
        app.installEventFilter(counter)
        same, other, bare, paints = [], [], [], []
        for i in range(runs):
            pick = hospitals if i % 2 else firms
            window.select_key(f"fact:{firms.id if pick is hospitals else hospitals.id}")
            settle(app)
            counter.count = 0
            same.append(time_until_idle(app, lambda p=pick: window.select_key(f"fact:{p.id}")))
            paints.append(counter.count)
            settle(app)
            bare.append(time_until_idle(app, window.repaint))
            settle(app)
            other.append(time_until_idle(app, lambda: window.select_key(f"fact:{aid.id}")))
            settle(app)
    ms = {name: statistics.median(times) * 1000 for name, times in
          (("same", same), ("other", other), ("bare", bare))}
    print(f"another fact, same category (recolour in place), median of {runs}: "
          f"{ms['same']:.1f} ms ({'met' if ms['same'] <= 16 else 'NOT met'}: goal 16 ms)")
    print(f"a fact of another category (charts rebuilt):            {ms['other']:.1f} ms")
    print(f"baseline, a repaint of the whole window:                {ms['bare']:.1f} ms")
    print(f"paint events per selection (median): {statistics.median(paints):.0f}")
    print(f"ratios to the bare repaint: {ms['same'] / ms['bare']:.2f}, "
          f"{ms['other'] / ms['bare']:.2f}")


if __name__ == "__main__":
    main()
