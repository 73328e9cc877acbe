"""On an 800×600 screen (an old projector, a netbook) every window and dialog fits, its
buttons in reach; the status bar's source line gives way rather than running off the edge."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = Path(__file__).resolve().parent / "small_screen_child.py"


def test_every_window_and_dialog_fits_an_800x600_screen(tmp_path: Path) -> None:
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "small", "x": 0, "y": 0,
                                               "width": 800, "height": 600,
                                               "logicalDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
           "XDG_CONFIG_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}
    child = subprocess.run([sys.executable, str(CHILD), str(tmp_path)], capture_output=True,
                           text=True, env=env, timeout=120, check=False)
    assert child.returncode == 0, child.stderr
    said = json.loads(child.stdout.strip().splitlines()[-1])
    left, top, width, height = said["room"]
    assert (width, height) == (800, 600)
    frames = said["frames"]
    assert {"keys", "review", "indicators", "print preview", "library"} <= set(frames)

    def fits(x: int, y: int, w: int, h: int) -> bool:
        return left <= x and top <= y and x + w <= left + width and y + h <= top + height

    too_big = {name: frame for name, frame in frames.items()
               if name != "source line" and not fits(*frame)}
    assert too_big == {}
    x, _y, w, _h = frames["source line"]
    assert x + w <= frames["window"][2]  # within the window, not past its right edge
