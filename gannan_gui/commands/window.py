"""`gannan-gui` with no command: the window (or, with --present, the presentation)."""

from __future__ import annotations

import argparse
import os
import sys

from gannan_gui.common.errors import report

NO_DISPLAY = ("没有图形显示（DISPLAY 和 WAYLAND_DISPLAY 都未设置），无法打开窗口；请在桌面中启动，"
              "或用 summary、export 等命令在命令行里工作")


def has_display() -> bool:
    """False on a Linux or BSD machine with no X or Wayland session (and no platform chosen):
    Qt would abort there with a misleading message about a missing library."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(args: argparse.Namespace) -> int:
    if not has_display():
        return report(NO_DISPLAY)
    from gannan_gui.qt.app import run_window

    return run_window(args)
