"""文件 › 从剪贴板导入: the text or HTML copied from a browser, WPS or Word, with a small form
for its title, date and source (prefilled from what its first lines say) and a look at the
text that will be imported."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gannan_gui.common.errors import UserError
from gannan_gui.qt import dialogs

if TYPE_CHECKING:
    from gannan_gui.pipeline.sources import ReportText

#: How much of the text the form shows (the whole of it is imported).
PREVIEW_CHARS = 3000


class PasteDialog(QDialog):
    """The pasted report's details; `report` holds it once the user chose 导入."""

    def __init__(self, blocks, parent: QWidget | None = None) -> None:
        from gannan_gui.pipeline.pasted import guessed_details, pasted_text

        super().__init__(parent)
        self.setWindowTitle("从剪贴板导入报道")
        self.blocks = blocks
        self.report: ReportText | None = None
        title, published, site = guessed_details(blocks)
        self.title_field, self.date_field = QLineEdit(title), QLineEdit(published)
        self.source_field = QLineEdit(site)
        self.date_field.setPlaceholderText("2025-12-16 或 2025年12月16日")
        self.source_field.setPlaceholderText("网站或单位，如 甘南州乡村振兴局")
        form = QFormLayout()
        for label, field in (("标题", self.title_field), ("日期", self.date_field),
                             ("来源", self.source_field)):
            field.setMinimumWidth(360)
            form.addRow(label, field)

        text = pasted_text(blocks).text
        preview = QPlainTextEdit(text[:PREVIEW_CHARS] + ("……" if len(text) > PREVIEW_CHARS
                                                         else ""))
        preview.setReadOnly(True)
        count = QLabel(f"共 {len(text):,} 字；导入后程序提出的数据待审核")
        buttons = dialogs.form_buttons(self, "导入", self.confirm)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(preview, 1)
        layout.addWidget(count)
        layout.addWidget(buttons)
        dialogs.fit_to_screen(self, 640, 480)
        self.title_field.setFocus()

    def confirm(self) -> None:
        from gannan_gui.pipeline.pasted import pasted_report

        try:
            self.report = pasted_report(self.blocks, self.title_field.text(),
                                        self.date_field.text(), self.source_field.text())
        except UserError as exc:
            dialogs.warn(self, "无法导入", exc)
            return
        self.accept()
