"""Start the window: application object, font, icon, database, then the event loop.

Kept small because it runs on every launch: only QtWidgets is imported before the window is
shown; the store and the views load on the next turn of the event loop, charts, printing and
slides when first needed.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6 import QtCore
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from gannan_gui import APP_NAME, __version__
from gannan_gui.common.errors import EXIT_FAILURE, error_line
from gannan_gui.common.paths import bundled_database, resources_dir

if TYPE_CHECKING:
    from gannan_gui.store.database import FactBase
    from gannan_gui.store.library import Library

HEADLESS_PLATFORMS = ("offscreen", "minimal")
STYLE = "Fusion"  # draws with the app's palette on every platform
STYLE_PROPERTY = "gannan_style_set"  # the style was set when the application was made


def make_application(dress: bool = True) -> QApplication:
    """The application object; `dress=False` leaves the font and icon to dress_application(),
    which start-up calls once the window is on screen (nothing is drawn before then)."""
    app = cast(QApplication | None, QApplication.instance())
    if app is None:
        # Dates in Qt's own dialogs (the file dialog's 修改日期) follow the system locale's
        # time format: a Chinese one, as the rest of the app, unless the user set LC_ALL.
        if not os.environ.get("LC_ALL", "").startswith("zh"):
            os.environ["LC_TIME"] = "zh_CN.UTF-8"
        # The style named on the command line is set in C++: asking for it from Python
        # would first build Python enums for every QStyle constant (10 ms at start-up).
        app = QApplication([*sys.argv[:1], "-style", STYLE])
        app.setProperty(STYLE_PROPERTY, STYLE)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    if dress:
        dress_application(app)
    return app


def dress_application(app: QApplication, finish: bool = True) -> None:
    """The light theme and the Simplified-Chinese font for all text; with `finish`, also the
    window icon and Qt's own words in Chinese, which start-up leaves until the window has
    been painted (see finish_dressing)."""
    from gannan_gui.qt.fonts import chinese_font
    from gannan_gui.qt.theme import apply_light_theme

    apply_light_theme(app, set_style=app.property(STYLE_PROPERTY) != STYLE)
    app.setFont(chinese_font())
    if finish:
        finish_dressing(app)


def finish_dressing(app: QApplication) -> None:
    """The window icon, and Qt's own dialogs and menus in Chinese: nothing on the first
    screen needs them."""
    app.setWindowIcon(app_icon())
    install_chinese_translation(app)


def install_chinese_translation(app: QApplication) -> None:
    """Qt's own words (Cancel, Look in, Print preview...) in Simplified Chinese, like the
    app's."""
    from PySide6.QtCore import QLocale

    from gannan_gui.qt.qt_words import QtWords

    app.installTranslator(QtWords(app))
    # Dates, sizes and kinds of file in Qt's dialogs as a Chinese desktop shows them
    # (2026/12/1, 12.5 KB, "PDF 文档"), whatever language the machine is set to.
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))


def app_icon():
    from PySide6.QtGui import QIcon

    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(folder / f"gannan-gui-{size}.png"))  # loaded when first drawn
    return icon


def report_fatal(message: str) -> None:
    """Say why the app cannot start: on stderr always, in a dialog when there is a screen."""
    print(error_line(message), file=sys.stderr)
    if QGuiApplication.platformName() in HEADLESS_PLATFORMS:
        return
    from PySide6.QtWidgets import QMessageBox

    # Plain text: a file name or database text must never be read as markup.
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME,
                      f"gannan-gui 无法打开数据库。\n\n{message}")
    box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setDefaultButton(QMessageBox.StandardButton.Close)  # Return dismisses it
    box.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def load_base(args: argparse.Namespace) -> FactBase | str:
    """The database the user asked for, or the message saying why it cannot be used."""
    from gannan_gui.store.database import DatabaseError, open_database

    try:
        return open_database(Path(args.db) if args.db else bundled_database())
    except DatabaseError as exc:
        return str(exc)


def library_path(args: argparse.Namespace, settings=None) -> Library | None:
    """The library shown beside the bundled report: --library, else the shared library the
    window was last connected to, else the user's own library file; none beside another
    database opened with --db."""
    from gannan_gui.qt.library_path import default_location
    from gannan_gui.store.locations import open_library

    if getattr(args, "library", None):
        return open_library(args.library)
    if args.db:
        return None
    if settings is not None:
        from gannan_gui.qt.settings import SHARED_LIBRARY

        shared = SHARED_LIBRARY.read(settings)
        if shared:
            from gannan_gui.common.errors import UserError

            try:
                return open_library(shared)
            except UserError:  # an address that no longer reads: the user's own file
                pass
    return default_location()


class UnexpectedErrors:
    """sys.excepthook for the window: Qt calls it for an exception raised in an event handler
    or a slot. Each distinct error is logged once, and the user reads one line in the status
    bar; the window goes on."""

    def __init__(self, window) -> None:
        self.window = window
        self.seen: set[str] = set()

    def __call__(self, kind, error, trace) -> None:
        summary = f"{kind.__name__}: {error}"
        if summary not in self.seen:
            self.seen.add(summary)
            logging.getLogger(APP_NAME).error("unexpected error", exc_info=(kind, error, trace))
        if self.window.isVisible() and hasattr(self.window, "detail"):
            self.window.statusBar().showMessage(f"出现意外错误，操作未完成：{error}", 10000)


def close_on_terminate(app: QApplication, window) -> None:
    """SIGTERM (a kill, a logout) and the end of the desktop session close the window as its
    close button does: settings saved, temporary files gone. Python runs a signal's handler
    only when it gets control back; the signal's byte on a socket wakes Qt's loop for that
    (qutebrowser does the same)."""
    import signal
    import socket

    reader, writer = socket.socketpair()
    for end in (reader, writer):
        end.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QtCore.QSocketNotifier(reader.fileno(), QtCore.QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda *_: reader.recv(64))  # the handler runs meanwhile
    app.setProperty("signal-sockets", (reader, writer, notifier))  # kept alive with the app
    signal.signal(signal.SIGTERM, lambda *_: window.close())
    app.commitDataRequest.connect(lambda *_: window.save_state())


def run_window(args: argparse.Namespace) -> int:
    """Show the window's frame first, then open the database on the next turn of the loop."""
    app = make_application(dress=False)
    from gannan_gui.qt.main_window import MainWindow

    window = MainWindow(build=False)
    window.show_first_time()
    sys.excepthook = UnexpectedErrors(window)
    window.set_library(library_path(args, window.settings))  # listed meanwhile

    def fill() -> None:
        dress_application(app, finish=False)
        base = load_base(args)
        if isinstance(base, str):
            window.hide()
            finish_dressing(app)  # the message box's buttons in Chinese
            report_fatal(base)
            app.exit(EXIT_FAILURE)
            return
        window.build_ui()
        window.tree.first_painted.connect(  # once the tree is drawn
            lambda: QTimer.singleShot(0, lambda: finish_dressing(app)))
        window.tree.first_painted.connect(lambda: close_on_terminate(app, window))
        window.set_base(base)
        if args.present:
            window.present_actions.start_presentation(whole_report=True,
                                                      screen_number=args.screen)

    QTimer.singleShot(0, fill)
    return app.exec()
