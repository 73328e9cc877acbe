"""Where a user's library of imported reports lives by default: the platform's data folder
for the app (QStandardPaths' AppDataLocation), e.g. ~/.local/share/gannan-gui/gannan-gui on
Linux and %APPDATA%\\gannan-gui\\gannan-gui on Windows."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from gannan_gui import APP_NAME

if TYPE_CHECKING:
    from gannan_gui.store.library import Library

LIBRARY_FILE = "library.db"
UNREADABLE = "资料库无法打开，只显示随程序提供的报道："


def default_library() -> Path:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    # The names the folder is made from; the window has set them already, a command has not.
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / LIBRARY_FILE


def default_location() -> Library:
    from gannan_gui.store.library import Library

    return Library(default_library())


def library_reports(library: Library | None) -> tuple[list, str]:
    """The library's reports, and what to tell the user when it cannot be read (then the
    window shows the bundled report alone)."""
    from gannan_gui.common.errors import UserError, os_reason
    from gannan_gui.common.files import file_kind

    if library is None:
        return [], ""
    if not library.shared:
        try:
            kind = file_kind(library.path)
        except OSError as exc:  # a symlink loop, a folder without permission
            return [], f"{UNREADABLE}{library.path}：{os_reason(exc)}"
        if kind == "missing":  # made by the first import
            return [], ""
    try:
        return library.reports(), ""
    except UserError as exc:  # a folder, a FIFO, not a library, damaged
        return [], f"{UNREADABLE}{exc}"


class ReportListing:
    """`library_reports` run in a thread of its own, started before the window is built and
    collected when its tree is filled: counting the figures of a thousand reports takes a
    few tens of milliseconds, which the window's own building then hides (the database
    waits outside Python's lock)."""

    def __init__(self, library: Library | None) -> None:
        self.library = library
        self._result: tuple[list, str] = ([], "")
        self._thread = threading.Thread(target=self._run, name="report-listing", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._result = library_reports(self.library)
        except Exception as exc:  # any failure is told in the window, not lost in the thread
            self._result = ([], f"{UNREADABLE}{exc}")

    def result(self) -> tuple[list, str]:
        self._thread.join()
        return self._result
