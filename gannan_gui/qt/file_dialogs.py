"""Asking for a file to save or to open, one way everywhere: the dialog starts in the folder
the user last saved to (or opened from), remembered in the settings, else their home
folder; what to save is named after what it holds (`views.words.file_name`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from gannan_gui.qt.settings import Setting, open_settings

#: The last folder saved to, and the last one reports were imported from.
SAVE_FOLDER = Setting("files/save_folder", str, "")
OPEN_FOLDER = Setting("files/open_folder", str, "")


def _folder(setting: Setting, settings: QSettings) -> Path:
    remembered = Path(setting.read(settings) or Path.home())
    return remembered if remembered.is_dir() else Path.home()


def _settings_of(parent: QWidget | None) -> QSettings:
    window = parent.window() if parent is not None else None
    return getattr(window, "settings", None) or open_settings()


def save_as(parent: QWidget | None, title: str, name: str, file_filter: str) -> Path | None:
    """The path the user chose to save `name` under (None when they cancelled); its folder
    is where the next save starts."""
    settings = _settings_of(parent)
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(_folder(SAVE_FOLDER, settings)
                                                               / name), file_filter)
    if not chosen:
        return None
    SAVE_FOLDER.write(settings, str(Path(chosen).parent))
    return Path(chosen)


def open_files(parent: QWidget | None, title: str, file_filter: str) -> list[Path]:
    settings = _settings_of(parent)
    chosen, _ = QFileDialog.getOpenFileNames(parent, title, str(_folder(OPEN_FOLDER, settings)),
                                             file_filter)
    if chosen:
        OPEN_FOLDER.write(settings, str(Path(chosen[0]).parent))
    return [Path(name) for name in chosen]


def open_file(parent: QWidget | None, title: str, file_filter: str) -> Path | None:
    settings = _settings_of(parent)
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(_folder(OPEN_FOLDER, settings)),
                                            file_filter)
    if not chosen:
        return None
    OPEN_FOLDER.write(settings, str(Path(chosen).parent))
    return Path(chosen)


def open_folder(parent: QWidget | None, title: str) -> Path | None:
    settings = _settings_of(parent)
    chosen = QFileDialog.getExistingDirectory(parent, title, str(_folder(OPEN_FOLDER, settings)))
    if not chosen:
        return None
    OPEN_FOLDER.write(settings, str(Path(chosen).parent))
    return Path(chosen)
