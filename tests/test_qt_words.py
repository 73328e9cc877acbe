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


def test_the_file_dialog_lists_sizes_kinds_and_dates_in_chinese(qtbot, tmp_path) -> None:
    from PySide6.QtCore import QLocale, QMimeDatabase

    app_module.make_application()
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4\n" + b"0" * 400)
    assert "字节" in QLocale().formattedDataSize(361)
    assert QMimeDatabase().mimeTypeForName("application/pdf").comment() == "PDF 文档"
    # the app, started as a user starts it (the test's own QApplication came first)
    import os
    import subprocess
    import sys

    script = ("import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
              "from gannan_gui.qt.app import make_application\n"
              "make_application()\n"
              "from PySide6.QtCore import QDateTime, QLocale\n"
              "when = QDateTime.fromString('2026-12-01T12:43:00', 'yyyy-MM-ddTHH:mm:ss')\n"
              "print(QLocale.system().toString(when, QLocale.FormatType.ShortFormat))\n")
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_TIME")}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={**env, "LANG": "en_GB.UTF-8"}, timeout=60, check=True)
    assert done.stdout.strip().startswith("2026/12/1"), done.stdout  # not 1 12 2026
