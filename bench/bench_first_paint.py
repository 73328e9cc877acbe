"""Benchmark: from launch to the first paint of the tree, and to the charts drawn, against a
bare PySide6 window's first paint in the same run (goal: the tree painted within 1.5× the
bare window's first paint; the charts follow, pyqtgraph loading once the tree is on screen).

Runs a private Xvfb; the programs note their moments in the file GANNAN_GUI_TRACE_STARTUP
names. Alternating runs, medians. Needs Debian's xvfb.

    python bench/bench_first_paint.py [--runs N]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_startup import xvfb
from common import compile_package, runs_argument

HERE = Path(__file__).resolve().parent


def moments(cmd: list[str], env: dict[str, str], wanted: set[str], timeout: float = 30.0
            ) -> dict[str, float]:
    """Seconds from launch to each wanted moment the program notes."""
    with tempfile.NamedTemporaryFile("r", suffix=".trace") as trace:
        run_env = {**env, "GANNAN_GUI_TRACE_STARTUP": trace.name}
        start = time.time()
        with subprocess.Popen(cmd, env=run_env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL) as app:
            deadline = time.monotonic() + timeout
            seen: dict[str, float] = {}
            try:
                while set(seen) < wanted and time.monotonic() < deadline:
                    time.sleep(0.02)
                    for line in Path(trace.name).read_text(encoding="utf-8").splitlines():
                        name, at = line.split()
                        seen[name] = float(at) - start
            finally:
                app.kill()
        if set(seen) < wanted:
            raise TimeoutError(f"{cmd}: noted only {sorted(seen)}")
        return seen


def main() -> None:
    runs = runs_argument(__doc__, 9)
    compile_package()
    app_cmd = [sys.executable, "-m", "gannan_gui"]
    bare_cmd = [sys.executable, str(HERE / "bare_window.py")]
    both = {"tree-painted", "charts-drawn"}
    with tempfile.TemporaryDirectory() as config, xvfb() as display:
        env = {**os.environ, "DISPLAY": display, "XDG_CONFIG_HOME": config}
        env.pop("QT_QPA_PLATFORM", None)
        moments(app_cmd, env, both)  # warm the file cache and write first-run settings
        bare, tree, charts = [], [], []
        for _ in range(runs):
            bare.append(moments(bare_cmd, env, {"bare-painted"})["bare-painted"])
            seen = moments(app_cmd, env, both)
            tree.append(seen["tree-painted"])
            charts.append(seen["charts-drawn"])
    b, t, c = (statistics.median(x) for x in (bare, tree, charts))
    print(f"bare window first paint, median of {runs}: {b:.3f} s")
    print(f"gannan-gui tree painted:                 {t:.3f} s (ratio {t / b:.2f}; goal <= 1.5: "
          f"{'met' if t / b <= 1.5 else 'NOT met'})")
    print(f"gannan-gui charts drawn:                 {c:.3f} s (ratio {c / b:.2f})")


if __name__ == "__main__":
    main()
