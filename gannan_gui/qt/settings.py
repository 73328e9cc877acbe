"""User settings: every key in one place, with its type and default.

QSettings keeps them in the platform's configuration place (~/.config on Linux, the registry on
Windows, ~/Library/Preferences on macOS), never beside the installed package. A corrupt file,
or a value of the wrong type, is ignored: the default is used.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from gannan_gui import APP_NAME

log = logging.getLogger(__name__)


class Setting:
    """One key: read() gives a value of the right type or the default; write() stores one.
    (A plain class, not a dataclass: it is imported before the window appears.)"""

    __slots__ = ("default", "key", "kind")

    def __init__(self, key: str, kind: type, default: object) -> None:
        self.key, self.kind, self.default = key, kind, default

    def read(self, settings: QSettings):
        value = settings.value(self.key)
        if value is None or value == "":
            return self.default
        if isinstance(value, self.kind):
            return value
        if self.kind is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return self.default
        return self.default

    def write(self, settings: QSettings, value: object) -> None:
        settings.setValue(self.key, "" if value is None else value)


GEOMETRY = Setting("window/geometry", QByteArray, None)
SPLITTERS = {name: Setting(f"window/{name}", QByteArray, None)
             for name in ("main_splitter", "right_splitter", "left_splitter")}
SELECTION = Setting("window/selection", str, "")
PRESENTATION_SCREEN = Setting("presentation/screen", int, None)  # 1-based; None: automatic


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
