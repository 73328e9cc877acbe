"""The child process of bench_library.py: the window on one library, each step timed.

    python bench/library_child.py LIBRARY RUNS   # prints one line of JSON
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

SEARCHES = (("1 char", "资"), ("2 chars", "资金"), ("3 chars", "财政援"))
STEPS = ("open window", "open a report", "select a figure",
         *(f"search {n}" for n, _ in SEARCHES), *(f"search all reports, {n}" for n, _ in SEARCHES))


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from gannan_gui.common.paths import bundled_database
    from gannan_gui.qt.app import make_application
    from gannan_gui.qt.main_window import MainWindow
    from gannan_gui.qt.settings import open_settings
    from gannan_gui.store.database import open_database

    app = make_application()
    library, runs = Path(sys.argv[1]), int(sys.argv[2])
    settings_file = Path(tempfile.mkdtemp()) / "s.ini"
    base = open_database(bundled_database())

    def idle() -> None:
        for _ in range(3):
            app.processEvents()

    def timed(action) -> float:
        start = time.perf_counter()
        action()
        idle()
        return (time.perf_counter() - start) * 1000

    def open_window() -> MainWindow:
        """A new window on the library, as a launch makes it (the frame is shown first)."""
        made = MainWindow(settings=open_settings(settings_file))
        made.resize(1366, 768)
        made.show()
        made.library = library
        made.set_base(base)
        return made

    window = open_window()  # the first one loads pyqtgraph and warms the caches
    idle()
    time.sleep(0.1)
    idle()

    def search(text: str) -> None:
        window.search_field.blockSignals(True)  # no timer: the search runs now
        window.search_field.setText(text)
        window.search_field.blockSignals(False)
        window.apply_search()

    times: dict[str, list[float]] = {name: [] for name in STEPS}
    for _ in range(runs):
        window.close()
        window.deleteLater()
        idle()
        start = time.perf_counter()
        window = open_window()
        idle()
        times["open window"].append((time.perf_counter() - start) * 1000)
        newest = window.browser.top.children[-1].scope  # a report not opened before

        times["open a report"].append(
            timed(lambda s=newest, w=window: w.select_key(f"{s}|root:0")))
        middle = window.base.facts[len(window.base.facts) // 2]
        times["select a figure"].append(
            timed(lambda m=middle, w=window: w.select_key(f"fact:{m.id}")))
        for everywhere, prefix in ((False, "search"), (True, "search all reports,")):
            window.search_box.everywhere.blockSignals(True)
            window.search_box.everywhere.setChecked(everywhere)
            window.search_box.everywhere.blockSignals(False)
            for name, text in SEARCHES:
                times[f"{prefix} {name}"].append(timed(lambda text=text: search(text)))
                search("")
                idle()
    print(json.dumps({"times": times, "rss_mb": rss_mb(),
                      "reports": len(window.browser.top.children) - 1}))


if __name__ == "__main__":
    main()
