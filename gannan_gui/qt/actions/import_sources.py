"""Reports that come from elsewhere than a file dialog: 文件 › 从剪贴板导入… (text or HTML
copied from a browser, WPS or Word), and files or folders dropped on the window, imported
with the same progress and cancel as 导入报道."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject

from gannan_gui.common.errors import UserError
from gannan_gui.qt import dialogs
from gannan_gui.qt.actions import make_action

if TYPE_CHECKING:
    from gannan_gui.qt.main_window import MainWindow


class ImportSources(QObject):
    def __init__(self, window: MainWindow, menu: QtWidgets.QMenu, importer) -> None:
        super().__init__(window)
        self.window, self.importer = window, importer  # the library menu's imports
        self.paste_action = make_action(
            window, "从剪贴板导入(&V)…", self.paste, "Ctrl+Shift+V",
            "把在浏览器、WPS 或 Word 中复制的报道导入自己的资料库")
        menu.insertAction(importer.review_action, self.paste_action)  # beside the imports
        window.setAcceptDrops(True)
        window.installEventFilter(self)  # drops on any pane that takes none reach the window

    def paste(self, dialog_factory=None) -> bool:
        """Import what the clipboard holds, once the user confirmed its details."""
        from gannan_gui.pipeline.pasted import pasted_blocks
        from gannan_gui.qt.paste_dialog import PasteDialog

        data = QtWidgets.QApplication.clipboard().mimeData()
        text = data.text() if data is not None and data.hasText() else ""
        html = data.html() if data is not None and data.hasHtml() else ""
        try:
            blocks = pasted_blocks(text, html)
        except UserError as exc:
            dialogs.warn(self.window, "无法导入", exc)
            return False
        dialog = (dialog_factory or PasteDialog)(blocks, self.window)
        if not dialog.exec() or dialog.report is None:
            return False
        self.importer.import_pasted(dialog.report)
        return True

    @staticmethod
    def dropped_paths(data) -> list[Path]:
        """The local files and folders a drag carries."""
        if data is None or not data.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self.dropped_paths(event.mimeData()) and not self.importer.importing:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            paths = self.dropped_paths(event.mimeData())
            if paths and not self.importer.importing:
                event.acceptProposedAction()
                self.importer.import_files(paths)
                return True
        return super().eventFilter(watched, event)
