"""The child process of bench_library.py: the window on one library, each step timed.

    python bench/library_child.py LIBRARY RUNS   # prints one line of JSON

LIBRARY is a file or a postgresql:// address; for a shared library each step's round trips
to the server are counted too.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

SEARCHES = (("1 char", "资"), ("2 chars", "资金"), ("3 chars", "财政援"))
STEPS = ("open window: tree painted", "open window", "open a report", "select a figure",
         *(f"search {n}" for n, _ in SEARCHES), *(f"search all reports, {n}" for n, _ in SEARCHES))
# Each step is timed twice: until everything is drawn and the loop is idle ("total"), and as
# the longest stretch the GUI thread was busy without handling input ("longest block").


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
    from gannan_gui.store.locations import open_library

    app = make_application()
    library, runs = sys.argv[1], int(sys.argv[2])
    settings_file = Path(tempfile.mkdtemp()) / "s.ini"
    base = open_database(bundled_database())

    def idle() -> float:
        """Handle events until none is left (the chart panel waits 30 ms after the tree's
        first paint); the longest single turn of the loop, in ms."""
        longest, quiet_since = 0.0, time.perf_counter()
        while time.perf_counter() - quiet_since < 0.06:
            start = time.perf_counter()
            app.processEvents()
            spent = time.perf_counter() - start
            longest = max(longest, spent)
            if spent > 0.0005:
                quiet_since = time.perf_counter()
        return longest * 1000

    def round_trips() -> int:
        server = sys.modules.get("gannan_gui.store.server")  # loaded for a shared library
        return server.ServerConnection.every_round_trip if server else 0

    def timed(name: str, action) -> float:
        before = round_trips()
        start = time.perf_counter()
        action()
        first = (time.perf_counter() - start) * 1000
        longest = idle()
        total = (time.perf_counter() - start) * 1000 - 60  # less the quiet wait at the end
        times[name].append(total)
        blocks[name].append(max(first, longest))
        trips[name].append(round_trips() - before)
        return start

    def open_window() -> MainWindow:
        """A new window on the library, as a launch makes it: the frame is shown first,
        the library's reports are listed while the panes are built."""
        made = MainWindow(settings=open_settings(settings_file), build=False)
        made.resize(1366, 768)
        made.show()
        made.set_library(open_library(library))
        made.build_ui()
        made.tree.first_painted.connect(lambda: painted.append(time.perf_counter()))
        made.set_base(base)
        return made

    newest_id = open_library(library).reports()[-1].document_id
    painted: list[float] = []
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
    blocks: dict[str, list[float]] = {name: [] for name in STEPS}
    trips: dict[str, list[int]] = {name: [] for name in STEPS}
    for _ in range(runs):
        window.close()
        window.deleteLater()
        idle()
        made: list[MainWindow] = []
        painted.clear()
        start = timed("open window", lambda made=made: made.append(open_window()))
        window = made[0]
        times["open window: tree painted"].append((painted[0] - start) * 1000)
        blocks["open window: tree painted"].append(blocks["open window"][-1])
        trips["open window: tree painted"].append(trips["open window"][-1])
        newest = f"l{newest_id}"  # a report not opened before (in its closed year, grouped)

        timed("open a report", lambda s=newest, w=window: w.select_key(f"{s}|root:0"))
        middle = window.base.facts[len(window.base.facts) // 2]
        timed("select a figure", lambda m=middle, w=window: w.select_key(f"fact:{m.id}"))
        for everywhere, prefix in ((False, "search"), (True, "search all reports,")):
            window.search_box.everywhere.blockSignals(True)
            window.search_box.everywhere.setChecked(everywhere)
            window.search_box.everywhere.blockSignals(False)
            for name, text in SEARCHES:
                timed(f"{prefix} {name}", lambda text=text: search(text))
                search("")
                idle()
    print(json.dumps({"times": times, "blocks": blocks, "round_trips": trips,
                      "rss_mb": rss_mb(),
                      "reports": window.browser.other_reports}))


if __name__ == "__main__":
    main()
