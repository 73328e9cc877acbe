"""Reports that come from elsewhere than a file dialog: 文件 › 从剪贴板导入… (text or HTML
copied from a browser, WPS or Word), and files or folders dropped on the window, imported
with the same progress and cancel as 导入报道."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject

from gannan_gui.common.errors import UserError
from gannan_gui.qt import dialogs
from gannan_gui.qt.actions import MenuActions, make_action

if TYPE_CHECKING:
    from gannan_gui.qt.main_window import MainWindow


class ImportSources(QObject, MenuActions):
    def __init__(self, window: MainWindow, menu: QtWidgets.QMenu, importer) -> None:
        super().__init__(window)
        self.window, self.importer = window, importer  # the library menu's imports
        self.paste_action = make_action(window, "paste", self.paste)
        self.original_action = make_action(window, "open_original", self.open_original)
        menu.insertAction(importer.review_action, self.paste_action)  # beside the imports
        menu.insertAction(importer.details_action, self.original_action)
        importer.report_actions.append(self.original_action)
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

    def open_original(self, opener=None) -> Path | None:
        """Show the current report's original file in the system's viewer: written to a
        private temporary folder (removed when the app ends) and opened from there."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        window = self.window
        base = window.base
        if base is None or not base.document.imported or window.library is None:
            return None
        original = window.library.original(base.document.id)
        if original is None:
            dialogs.warn(window, "没有原文件", "这篇报道导入时没有保存原文件（由旧版本导入）")
            return None
        try:
            path = private_copy(original.name, original.content)
        except OSError as exc:
            dialogs.warn(window, "无法打开原文件", f"无法写入临时文件（{exc.strerror}）")
            return None
        if not (opener or QDesktopServices.openUrl)(QUrl.fromLocalFile(str(path))):
            dialogs.warn(window, "无法打开原文件",
                         f"系统中没有能打开 {path.suffix or '这种'} 文件的程序；文件在 {path}")
        return path

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


@functools.cache
def originals_folder() -> Path:
    """A folder only this user can read, removed when the app ends."""
    import atexit
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="gannan-originals-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder


def private_copy(name: str, content: bytes) -> Path:
    """`content` as a file named `name` in the originals folder."""
    path = originals_folder() / (Path(name).name or "原文件")
    path.write_bytes(content)
    path.chmod(0o600)
    return path
