"""Start the window: application object, font, icon, database, then the event loop.

Kept small because it runs on every launch: only QtWidgets and the store are imported before
the window is shown; charts, printing and slides load when first needed.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from gannan_gui import APP_NAME, __version__
from gannan_gui.gui.fonts import chinese_font
from gannan_gui.paths import bundled_database, resources_dir
from gannan_gui.store import DatabaseError, FactBase, open_database

HEADLESS_PLATFORMS = ("offscreen", "minimal")


def make_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    app.setFont(chinese_font())
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)
    return app


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = folder / f"gannan-gui-{size}.png"
        if png.exists():
            icon.addFile(str(png))
    return icon


def report_fatal(message: str) -> None:
    """Say why the app cannot start: on stderr always, in a dialog when there is a screen."""
    print(f"{APP_NAME}: {message}", file=sys.stderr)
    if QGuiApplication.platformName() in HEADLESS_PLATFORMS:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, "gannan-gui 无法打开数据库。")
    box.setInformativeText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setDefaultButton(QMessageBox.StandardButton.Close)  # Return dismisses it
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def load_base(args: argparse.Namespace) -> FactBase | None:
    try:
        return open_database(args.db or bundled_database())
    except DatabaseError as exc:
        report_fatal(str(exc))
        return None


def run_window(args: argparse.Namespace) -> int:
    app = make_application()
    base = load_base(args)
    if base is None:
        return 1
    from gannan_gui.gui.main_window import MainWindow

    window = MainWindow(base)
    window.show()
    return app.exec()
