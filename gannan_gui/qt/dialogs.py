"""Text from a database or a path reaches the user as plain text: Qt reads any label,
tooltip or dialog text that starts with a tag as rich text, and would load any <img> it names.
Dialogs set the plain-text format; tooltips are escaped into a paragraph of their own."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` exactly as written, whatever tags it holds."""
    return f'<p style="white-space:pre-wrap">{escape(text)}</p>'


def warn(parent: QWidget | None, title: str, message: object) -> None:
    """A modal warning with one line of explanation."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, str(message), parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
