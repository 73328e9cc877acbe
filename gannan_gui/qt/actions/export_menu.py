"""文件 › 导出: the figures of what is selected as Excel, CSV, Word or PowerPoint, with the same
scope as printing (selected facts, else the category, else the whole report)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets

from gannan_gui.common.errors import UserError
from gannan_gui.qt import dialogs
from gannan_gui.qt.actions import MenuActions, make_action
from gannan_gui.views.keys import ActionSpec
from gannan_gui.views.words import file_name

if TYPE_CHECKING:
    from gannan_gui.qt.main_window import MainWindow
    from gannan_gui.views.tables import ExportContent

#: (format, menu text, file dialog filter); the order of the menu.
FORMATS = (("xlsx", "Excel 工作簿(&X)…", "Excel 工作簿 (*.xlsx)"),
           ("csv", "CSV 表格(&C)…", "CSV 表格 (*.csv)"),
           ("docx", "Word 文档(&W)…", "Word 文档 (*.docx)"),
           ("pptx", "PowerPoint 演示文稿(&P)…", "PowerPoint 演示文稿 (*.pptx)"))


class ExportActions(MenuActions):
    def __init__(self, window: MainWindow, menu: QtWidgets.QMenu) -> None:
        self.window = window
        self.actions = {
            fmt: make_action(window, ActionSpec(text, tip=f"把所选范围的数据导出为 "
                                                     f"{text.split('(')[0]}"),
                             lambda f=fmt: self.export(f))
            for fmt, text, _filter in FORMATS}
        menu.addActions(list(self.actions.values()))

    def export(self, fmt: str) -> None:
        window = self.window
        content = window.browser.export_scope(window.selected_facts())
        from gannan_gui.qt.file_dialogs import save_as

        file_filter = next(f for code, _text, f in FORMATS if code == fmt)
        chosen = save_as(window, "导出数据", file_name(content.scope, fmt,
                                                     date.today().isoformat()), file_filter)
        if chosen:
            self.write(chosen, fmt, content)

    def write(self, target: Path, fmt: str, content: ExportContent | None = None) -> bool:
        """Write the export; tell the user where it went, or why it could not be written."""
        from gannan_gui.output.exports import FORMATS as NAMES
        from gannan_gui.output.exports import export_file, needs_chart_images
        from gannan_gui.qt.painting.chart_image import document_pictures

        window = self.window
        content = content or window.browser.export_scope(window.selected_facts())
        pictures = document_pictures(content.charts) if needs_chart_images(fmt) else []
        try:
            export_file(content, target, fmt, pictures, inputs=(window.base.path,))
        except UserError as exc:
            dialogs.warn(window, "无法导出", exc)
            return False
        window.statusBar().showMessage(
            f"已导出 {NAMES[fmt]}（{len(content.figures)} 项数据）：{target}", 8000)
        return True
