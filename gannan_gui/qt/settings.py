"""User settings: every key in one place, with its type and default.

QSettings keeps them in the platform's configuration place (~/.config on Linux, the registry on
Windows, ~/Library/Preferences on macOS), never beside the installed package. A corrupt file,
or a value of the wrong type, is ignored: the default is used.
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from gannan_gui import APP_NAME
from gannan_gui.common.files import file_kind

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
        if self.kind is bool:  # an ini file gives back "true" / "false"
            return value is True or str(value).lower() in ("true", "1")
        if isinstance(value, self.kind):
            return value
        if self.kind in (int, float):
            try:
                return self.kind(value)
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
ZOOM = Setting("view/zoom", float, 1.0)
REVIEWED_ONLY = Setting("library/reviewed_only", bool, False)  # imported reports: accepted only
#: The shared library the window connects to (its address, never a password); '' for the
#: user's own library file.
SHARED_LIBRARY = Setting("library/shared", str, "")


def restore_splitters(settings: QSettings, splitters: dict, width: int, height: int) -> None:
    """Pane sizes as the user left them; else a third for the tree, and a little more than
    half the height for the detail pane and for the tree."""
    width, height = max(width, 800), max(height, 600)
    defaults = {"main_splitter": (0.36, width), "right_splitter": (0.56, height),
                "left_splitter": (0.6, height)}
    for name, splitter in splitters.items():
        state = SPLITTERS[name].read(settings)
        if state is None or not splitter.restoreState(state):
            share, total = defaults[name]
            splitter.setSizes([int(total * share), int(total * (1 - share))])


def save_splitters(settings: QSettings, splitters: dict) -> None:
    for name, splitter in splitters.items():
        SPLITTERS[name].write(settings, splitter.saveState())


#: Why settings will not be kept this time (set on the QSettings object), for the status bar.
UNSAVED_REASON = "gannan_unsaved_reason"


def _settings_file_problem() -> str:
    """Why the user's settings file cannot be used, or ''. Looked at before QSettings opens
    it: QSettings blocks for ever on a FIFO. (Windows keeps settings in the registry.)"""
    if sys.platform == "win32":
        return ""
    if not (os.environ.get("XDG_CONFIG_HOME") or os.environ.get("HOME")):
        return "没有设置 HOME，本次的窗口布局和选择不会保存"
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.GenericConfigLocation)
    path = Path(folder) / APP_NAME / f"{APP_NAME}.conf"
    try:
        kind = file_kind(path)
    except OSError as exc:
        return f"无法读取设置文件 {path}（{exc.strerror}），本次设置不会保存"
    if kind in ("folder", "special"):
        return f"设置文件 {path} 不是普通文件，本次设置不会保存"
    return ""


def open_settings(path: Path | None = None) -> QSettings:
    """The user's settings, or those in `path` (an INI file; tests use one of their own).
    When the user's file cannot be used, settings live in a temporary file for this run,
    and the QSettings object carries the reason (UNSAVED_REASON) for the user to read."""
    reason = ""
    if path is None:
        reason = _settings_file_problem()
    if reason:
        folder = Path(tempfile.mkdtemp(prefix=f"{APP_NAME}-settings-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        settings.setProperty(UNSAVED_REASON, reason)
        log.warning("%s", reason)
    elif path is None:
        settings = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                             APP_NAME, APP_NAME)
    else:
        settings = QSettings(str(path), QSettings.Format.IniFormat)
    if settings.status() != QSettings.Status.NoError:
        log.warning("ignoring unreadable settings file %s", settings.fileName())
        settings.clear()
    return settings


def restore_window(window, small_screen_width: int) -> bool:
    """The window's size and place as the user left them; on first run, most of the screen.
    True when it should start maximized (a laptop's first run)."""
    geometry = GEOMETRY.read(window.settings)
    if geometry is not None and window.restoreGeometry(geometry):
        return False
    screen = window.screen().availableGeometry()
    window.resize(screen.size().boundedTo(screen.size() * 0.92).expandedTo(
        screen.size().boundedTo(window.minimumSizeHint())))
    return screen.width() <= small_screen_width
