"""What the benchmarks share: timing a command, comparing medians."""

from __future__ import annotations

import itertools
import statistics
import subprocess
import time


def timed(cmd: list[str]) -> float:
    """Seconds one run of `cmd` takes, start to exit."""
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - start


def alternate(first: list[str], second: list[str], runs: int) -> tuple[float, float]:
    """Medians of `runs` alternating runs of two commands, after one warm-up run of each."""
    timed(first)
    timed(second)
    a, b = [], []
    for _ in range(runs):
        a.append(timed(first))
        b.append(timed(second))
    return statistics.median(a), statistics.median(b)


def print_comparison(what: str, seconds: float, baseline: str, baseline_seconds: float,
                     runs: int, goal: float) -> None:
    """The medians, their ratio, and whether the command met its goal in seconds."""
    print(f"{what}, median of {runs}: {seconds:.3f} s "
          f"({'met' if seconds < goal else 'NOT met'}: goal under {goal:g} s)")
    print(f"  baseline {baseline}: {baseline_seconds:.3f} s; "
          f"ratio {seconds / baseline_seconds:.2f}")


def compile_package() -> None:
    """Byte-compile the package first, as installing it does: a launch timed from a checkout
    run with PYTHONDONTWRITEBYTECODE would otherwise compile every module each time."""
    import compileall
    from pathlib import Path

    compileall.compile_dir(Path(__file__).resolve().parent.parent / "gannan_gui", quiet=1)


def runs_argument(doc: str, default: int) -> int:
    """The --runs option every benchmark takes."""
    import argparse

    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--runs", type=int, default=default)
    return parser.parse_args().runs


def settle(app) -> None:
    """Let the event loop go idle, as it is between a user's clicks: posted events, deferred
    deletions of the widgets a rebuilt chart replaced, and what those post in turn."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(5):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        app.processEvents()


def time_until_idle(app, action) -> float:
    """Seconds from the action until the event loop is idle, its paints done."""
    start = time.perf_counter()
    action()
    app.processEvents()
    app.processEvents()  # anything the first round posted (deferred layouts, updates)
    return time.perf_counter() - start


class Probe:
    """The moments the event loop turned (a zero-interval timer fires once a turn)."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(0)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        self.timer.start()

    def run(self, app, action, done) -> tuple[float, float, float]:
        """Longest block, busy time and wall time from `action()` until `done()`."""
        self.ticks = []
        start = time.perf_counter()
        action()
        while not done():
            app.processEvents()
            time.sleep(0.0005)  # the reading thread's turn, as an idle loop gives it
        app.processEvents()
        app.processEvents()
        end = time.perf_counter()
        moments = [start, *self.ticks, end]
        gaps = [b - a for a, b in itertools.pairwise(moments)]
        busy = sum(g for g in gaps if g > 0.002)  # a turn of the idle loop is ~0.5 ms
        return max(gaps), busy, end - start
