"""Messages to the user in a dialog, always as plain text: a file name or a string from a
database must never be read as markup (Qt would load any <img> it names)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def warn(parent: QWidget | None, title: str, message: object) -> None:
    """A modal warning with one line of explanation."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, str(message), parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
