"""Benchmark: launch to window mapped on an X server, gannan-gui against a bare PySide6 window.

Runs a private Xvfb, watches the root window for MapNotify (the moment a window appears), and
alternates launches of bench/bare_window.py and `python -m gannan_gui` with the same
interpreter, so both see the same machine load. Reports medians and their ratio (goal: <= 1.2).
Needs Debian's xvfb and x11-utils (xev).

    python bench/bench_startup.py [--runs N] [--command CMD ...]

--command replaces `python -m gannan_gui`, e.g. the `gannan-gui` script of an installed wheel.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import compile_package

HERE = Path(__file__).resolve().parent


@contextlib.contextmanager
def xvfb(size: str = "1366x768x24"):
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", size,
                               "-nolisten", "tcp"], pass_fds=[write_fd],
                              stderr=subprocess.DEVNULL)
    os.close(write_fd)
    number = os.read(read_fd, 16).decode().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait()
        # Closed only now: Xvfb may write the number's newline later, and a pipe closed
        # before that kills it with SIGPIPE, leaving a display no client can reach.
        os.close(read_fd)


def time_to_map(cmd: list[str], env: dict[str, str], timeout: float = 30.0) -> float:
    """Seconds from launching `cmd` until some window is mapped on the display."""
    # Line-buffered: into a pipe, xev's output would otherwise sit in a 4 KiB buffer and the
    # MapNotify line arrive only when later events fill it (or never).
    watcher = subprocess.Popen(["stdbuf", "-oL", "xev", "-root", "-event", "substructure"],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        time.sleep(0.3)  # let xev select its events first
        start = time.perf_counter()
        app = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
        try:
            deadline = start + timeout
            seen = b""
            fd = watcher.stdout.fileno()
            while time.perf_counter() < deadline:
                ready, _, _ = select.select([fd], [], [], 0.5)
                if ready:
                    seen += os.read(fd, 65536)
                    if b"MapNotify" in seen:
                        return time.perf_counter() - start
            app.kill()
            said = app.communicate()[1].decode(errors="replace")[-2000:]
            raise TimeoutError(f"no window from {cmd} in {timeout} s; it said:\n{said}")
        finally:
            app.kill()
            app.wait()
    finally:
        watcher.kill()
        watcher.wait()


def with_retries(cmd: list[str], env: dict[str, str], tries: int = 3) -> float:
    """time_to_map, tried again when a busy machine made the watcher miss the window."""
    for attempt in range(1, tries + 1):
        try:
            return time_to_map(cmd, env, timeout=15.0)
        except TimeoutError as exc:
            if attempt == tries:
                raise
            print(f"(retrying: {str(exc).splitlines()[0]})", file=sys.stderr)
    raise AssertionError("unreachable")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--command", nargs="+", help="the app command to time")
    args = parser.parse_args()
    compile_package()
    for tool in ("Xvfb", "xev", "stdbuf"):
        if shutil.which(tool) is None:
            sys.exit(f"bench_startup: {tool} not found (apt-get install xvfb x11-utils)")
    app_cmd = args.command or [sys.executable, "-m", "gannan_gui"]
    bare_cmd = [sys.executable, str(HERE / "bare_window.py")]
    with tempfile.TemporaryDirectory() as config, xvfb() as display:
        env = {**os.environ, "DISPLAY": display, "XDG_CONFIG_HOME": config}
        env.pop("QT_QPA_PLATFORM", None)
        with_retries(app_cmd, env)  # warm the file cache and write first-run settings
        with_retries(bare_cmd, env)  # (a warm-up that timed out ended the bench: 2 of 8)
        app_times, bare_times = [], []
        for _ in range(args.runs):
            bare_times.append(with_retries(bare_cmd, env))
            app_times.append(with_retries(app_cmd, env))
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    print(f"bare PySide6 window, median of {args.runs}: {bare_median:.3f} s "
          f"(min {min(bare_times):.3f})")
    print(f"gannan-gui window,   median of {args.runs}: {app_median:.3f} s "
          f"(min {min(app_times):.3f})")
    ratio = app_median / bare_median
    print(f"ratio: {ratio:.2f} (goal <= 1.20: {'met' if ratio <= 1.2 else 'NOT met'})")


if __name__ == "__main__":
    main()
