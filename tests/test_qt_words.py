"""Qt's own dialogs speak Chinese: the wheels carry no Simplified-Chinese catalogue, so the
app supplies the words a user meets in the file, print and message dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from gannan_gui.qt import app as app_module


def visible_words(widget) -> list[str]:
    words = [label.text() for label in widget.findChildren(QLabel)]
    for box in widget.findChildren(QDialogButtonBox):
        words += [button.text() for button in box.buttons()]
    return words


def test_the_save_dialog_labels_are_chinese(qtbot) -> None:
    app_module.make_application()
    dialog = QFileDialog(None, "保存")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    words = visible_words(dialog)
    assert "查找范围(&L)：" in words and "文件类型(&T)：" in words
    assert "保存(&S)" in words and "取消" in words
    assert not any(w in words for w in ("&Look in:", "Files of &type:", "Cancel"))


def test_message_and_preview_buttons_are_chinese(qtbot) -> None:
    app_module.make_application()
    box = QMessageBox(QMessageBox.Icon.Warning, "gannan-gui", "无法保存",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert {b.text() for b in box.buttons()} == {"确定", "取消"}
    preview = QPrintPreviewDialog(QPrinter())
    qtbot.addWidget(preview)
    actions = {action.text() for action in preview.findChildren(QAction)}
    assert {"下一页", "上一页", "适合宽度", "页面设置", "打印"} <= actions


def test_a_word_without_translation_stays_as_qt_wrote_it(qtbot) -> None:
    app_module.make_application()
    assert QCoreApplication.translate("QFileDialog", "no such word") == "no such word"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
