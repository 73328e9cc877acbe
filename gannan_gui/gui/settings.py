"""User state (window layout, last selection) in the platform's configuration folder.

QSettings puts it in ~/.config on Linux, the registry on Windows, ~/Library/Preferences on
macOS: never beside the installed package. A corrupt file is ignored with a warning.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings

from gannan_gui import APP_NAME

log = logging.getLogger(__name__)


def open_settings(path: Path | None = None) -> QSettings:
    """The user's settings, or those in `path` (an INI file; tests use one of their own)."""
    if path is None:
        settings = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                             APP_NAME, APP_NAME)
    else:
        settings = QSettings(str(path), QSettings.Format.IniFormat)
    if settings.status() != QSettings.Status.NoError:
        log.warning("ignoring unreadable settings file %s", settings.fileName())
        settings.clear()
    return settings
