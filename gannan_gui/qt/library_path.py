"""Where a user's library of imported reports lives by default: the platform's data folder
for the app (QStandardPaths' AppDataLocation), e.g. ~/.local/share/gannan-gui/gannan-gui on
Linux and %APPDATA%\\gannan-gui\\gannan-gui on Windows."""

from __future__ import annotations

from pathlib import Path

from gannan_gui import APP_NAME

LIBRARY_FILE = "library.db"


def default_library() -> Path:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if not QCoreApplication.applicationName() or QCoreApplication.instance() is None:
        QCoreApplication.setOrganizationName(APP_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / LIBRARY_FILE
