"""`gannan-gui` with no command: the window (or, with --present, the presentation)."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    from gannan_gui.qt.app import run_window

    return run_window(args)
