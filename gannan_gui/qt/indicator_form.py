"""The form that adds a library's own indicator (新建指标)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gannan_gui.common.errors import UserError
from gannan_gui.qt import dialogs


class NewIndicatorDialog(QDialog):
    """A library's own indicator: its name, unit kinds, how reports state it, its words."""

    def __init__(self, library, parent: QWidget | None = None) -> None:
        from gannan_gui.pipeline.indicators import STATED, UNIT_KINDS

        super().__init__(parent)
        self.library = library
        self.created = None
        self.given = 0
        self.setWindowTitle("新建指标")
        self.name = QLineEdit()
        self.name.setPlaceholderText("如 温室大棚")
        self.name_en = QLineEdit()
        self.unit = QComboBox()
        for key, text in UNIT_KINDS.items():
            self.unit.addItem(text, key)
        self.stated = QComboBox()
        for key, text in STATED.items():
            self.stated.addItem(text, key)
        self.stated.setCurrentIndex(list(STATED).index("both"))
        self.words = QLineEdit()
        self.words.setPlaceholderText("标签中的说法，用空格分开；“…”表示中间可隔字，如 建成…大棚")
        self.not_words = QLineEdit()
        self.not_words.setPlaceholderText("标签含这些词时不算（可不填）")
        form = QFormLayout()
        form.addRow("名称(&N)", self.name)
        form.addRow("英文名称(&E)", self.name_en)
        form.addRow("单位类别(&U)", self.unit)
        form.addRow("统计方式(&S)", self.stated)
        form.addRow("说法(&W)", self.words)
        form.addRow("排除(&X)", self.not_words)
        for field in (self.name, self.words, self.not_words):
            field.setMinimumWidth(420)
        buttons = dialogs.form_buttons(self, "建立", self.save)
        layout = QVBoxLayout(self)
        note = QLabel("新指标保存在资料库中，用这个资料库的人都能看到；"
                      "待审核且尚无指标的数据，标签含其说法的，会得到这个指标。")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        words = self.words.text().replace("、", " ").replace("，", " ").split()
        not_words = self.not_words.text().replace("、", " ").replace("，", " ").split()
        try:
            self.created, self.given = self.library.add_indicator(
                self.name.text(), self.name_en.text(), [self.unit.currentData()],
                self.stated.currentData(), words, not_words)
        except UserError as exc:
            dialogs.warn(self, "无法建立指标", exc)
            return
        self.accept()
