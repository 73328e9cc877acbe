"""Text from a database or a path reaches the user as plain text: Qt reads any label,
tooltip or dialog text that starts with a tag as rich text, and would load any <img> it names.
Dialogs set the plain-text format; tooltips are escaped into a paragraph of their own."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton, QWidget


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` exactly as written, whatever tags it holds."""
    return f'<p style="white-space:pre-wrap">{escape(text)}</p>'


#: The share of the screen a dialog may take at most: its buttons stay on a 800×600 screen.
SCREEN_SHARE = 0.9


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Size a dialog as asked, but never beyond SCREEN_SHARE of the screen it opens on (the
    parent's): at 800×600 the F1 help's 关闭 was below the screen."""
    from PySide6.QtGui import QGuiApplication

    anchor = dialog.parentWidget() or dialog
    screen = anchor.screen() if anchor.screen() is not None else QGuiApplication.primaryScreen()
    if screen is None:
        dialog.resize(width, height)
        return
    room = screen.availableGeometry()
    dialog.resize(min(width, int(room.width() * SCREEN_SHARE)),
                  min(height, int(room.height() * SCREEN_SHARE)))


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label whose Alt+letter (the &-marked one in `text`) puts the focus on `buddy`."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def form_buttons(dialog: QDialog, confirm: str, on_confirm: Callable[[], None]
                 ) -> QDialogButtonBox:
    """A form's two buttons, named as the user says them: `confirm` (Enter; it calls
    `on_confirm`, which closes the dialog when all is well) and 取消 (Esc)."""
    ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
    buttons = QDialogButtonBox(ok | cancel)
    buttons.button(ok).setText(confirm)
    buttons.button(cancel).setText("取消")
    buttons.accepted.connect(on_confirm)
    buttons.rejected.connect(dialog.reject)
    return buttons


def add_button(box: QDialogButtonBox, text: str, role: QDialogButtonBox.ButtonRole,
               slot: Callable[[], object], auto_default: bool = True) -> QPushButton:
    """A button of `box` calling `slot`. `auto_default=False` keeps Enter on the dialog's own
    default: a button clicked would otherwise become the default while it has the focus."""
    button = box.addButton(text, role)
    button.clicked.connect(lambda _checked=False: slot())
    button.setAutoDefault(auto_default)
    return button


def warn(parent: QWidget | None, title: str, message: object) -> None:
    """A modal warning with one line of explanation."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, str(message), parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def inform(parent: QWidget | None, title: str, message: object) -> None:
    """A modal note in plain text."""
    box = QMessageBox(QMessageBox.Icon.Information, title, str(message), parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def ask(parent: QWidget | None, title: str, question: str, yes: str, no: str) -> bool:
    """A question in plain text with two answers named as the user would say them; the
    careful one (`no`) is the default, so Enter never destroys anything."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    agree = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(no, QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is agree
