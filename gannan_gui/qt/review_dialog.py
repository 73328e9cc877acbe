"""The review dialog: an imported report's figures one by one, the sentence marked in its
paragraph, driven from the keyboard. Enter accepts (with the corrections typed), Delete
rejects, Page Up / Page Down move, Ctrl+Z undoes. Decisions are kept as they are made.

The label field has the focus with its text selected, so that a corrected label is simply
typed (an input method works there as anywhere). While nothing in the form has been changed,
Delete and Ctrl+Z are the review's keys (reject, undo the last decision) even in a field;
once something is typed they edit the text, as in any field, until Enter or Esc."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gannan_gui.common.errors import UserError
from gannan_gui.qt import dialogs
from gannan_gui.qt.widgets.text_browser import ClosedTextBrowser
from gannan_gui.views.palette import ACCENT
from gannan_gui.views.review import FIELD_CHOICES, ConflictError, ReviewQueue


class ReviewDialog(QDialog):
    def __init__(self, queue: ReviewQueue, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue = queue
        self.changed = False  # anything decided: the window reloads the report
        self.setWindowTitle(f"审核数据：{title}")
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.paragraph = ClosedTextBrowser()
        self.paragraph.setMinimumHeight(120)
        self.state = QLabel()
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.label_field = QLineEdit()
        self.category_field = QComboBox()
        for key, name in FIELD_CHOICES:
            self.category_field.addItem(name, key)
        self.value_field = QLineEdit()
        self.unit_field = QLineEdit()
        figure = QHBoxLayout()
        figure.addWidget(self.value_field, 2)
        figure.addWidget(QLabel("单位"))
        figure.addWidget(self.unit_field, 1)
        form = QFormLayout()
        form.addRow("状态", self.state)
        form.addRow("标签(&L)", self.label_field)
        form.addRow("类别(&C)", self.category_field)
        form.addRow(dialogs.buddy_label("数值(&V)", self.value_field), figure)
        self.scope_field = QLineEdit()
        self.scope_field.setPlaceholderText("这项数据说的是哪里：如 甘南州、临潭县")
        self.period = QLabel()
        self.period.setTextFormat(Qt.TextFormat.PlainText)
        scope = QHBoxLayout()
        scope.addWidget(self.scope_field, 2)
        scope.addWidget(QLabel("时期"))
        scope.addWidget(self.period, 1)
        form.addRow(dialogs.buddy_label("范围(&S)", self.scope_field), scope)
        self.indicator_field = QComboBox()
        self.indicator_field.addItem("（不属于任何指标）", "")
        for indicator in queue.vocabulary.indicators:
            self.indicator_field.addItem(indicator.name, indicator.key)
        self.indicator_field.setToolTip("这项数据是哪个标准指标：Enter 接受时一并确认；"
                                        "Alt+D 到这里，↑↓ 或打字改选")
        form.addRow(dialogs.buddy_label("指标(&D)", self.indicator_field), self.indicator_field)
        self.conflict = QLabel()
        self.conflict.setTextFormat(Qt.TextFormat.PlainText)
        self.conflict.setWordWrap(True)
        self.conflict.setStyleSheet(f"color: {ACCENT};")
        form.addRow("", self.conflict)
        # a label corrected by hand proposes its indicator again, unless one was chosen
        self.label_field.textEdited.connect(self._label_edited)

        buttons = QDialogButtonBox()
        role = QDialogButtonBox.ButtonRole

        def add(text: str, slot, kind=role.ActionRole) -> QPushButton:
            # Enter always accepts: no button becomes the default by being clicked (拆分范围)
            return dialogs.add_button(buttons, text, kind, slot, auto_default=False)

        self.accept_button = add("接受 (Enter)", self.accept_current, role.AcceptRole)
        self.accept_button.setDefault(True)
        self.reject_button = add("否决 (Delete)", self.reject_current)
        self.split_button = add("拆分范围", self.split_current)
        self.undo_button = add("撤销 (Ctrl+Z)", self.undo)
        moves = QHBoxLayout()
        self.previous_button = QPushButton("◀ 上一项 (PgUp)")
        self.previous_button.clicked.connect(lambda: self._move(self.queue.previous))
        self.next_button = QPushButton("下一项 (PgDn) ▶")
        self.next_button.clicked.connect(lambda: self._move(self.queue.next))
        close = QPushButton("关闭 (Esc)")
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        for button in (self.previous_button, self.next_button):
            button.setAutoDefault(False)
            moves.addWidget(button)
        moves.addStretch(1)
        moves.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.paragraph, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        layout.addLayout(moves)
        for keys, slot in (("Delete", self.reject_current), (QKeySequence.StandardKey.Undo,
                                                             self.undo),
                           ("PgDown", lambda: self._move(self.queue.next)),
                           ("PgUp", lambda: self._move(self.queue.previous))):
            QShortcut(QKeySequence(keys), self, slot)
        for field in (self.label_field, self.value_field, self.unit_field, self.scope_field):
            field.installEventFilter(self)
        self._shown: tuple = ()  # the form as the figure was shown, to tell an edit
        self._proposed = ""  # the indicator the figure came with, or its label proposes
        dialogs.fit_to_screen(self, 760, 620)
        self.refresh()

    def form(self) -> tuple:
        return (self.label_field.text(), self.category_field.currentData(),
                self.value_field.text(), self.unit_field.text(), self.scope_field.text(),
                self.indicator_field.currentData())

    def _label_edited(self, text: str) -> None:
        item = self.queue.item()
        if item is None or self.indicator_field.currentData() != self._proposed:
            return  # the reviewer chose an indicator: a new label does not undo that
        from gannan_gui.store.search import simplified

        unit_kind = self.queue.rows[self.queue.index]["unit_kind"]
        self._proposed = self.queue.vocabulary.propose(simplified(text), unit_kind)
        self.indicator_field.setCurrentIndex(max(
            self.indicator_field.findData(self._proposed), 0))

    def edited(self) -> bool:
        """True once the reviewer has changed anything in the form for this figure."""
        return self.form() != self._shown

    # Qt override
    def eventFilter(self, watched, event) -> bool:
        """In an unchanged field, Delete rejects and Ctrl+Z undoes the last decision; the
        field itself would otherwise take both (erasing the label, undoing no typing)."""
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and not self.edited():
            step = None
            if event.key() == Qt.Key.Key_Delete and not event.modifiers():
                step = self.reject_current
            elif event.matches(QKeySequence.StandardKey.Undo):
                step = self.undo
            if step is not None:
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    step()
                return True
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        """Show the current figure and where the review stands."""
        item = self.queue.item()
        self.status.setText(self.queue.status_text())
        has_item = item is not None
        for widget in (self.accept_button, self.reject_button, self.label_field,
                       self.category_field, self.value_field, self.unit_field,
                       self.scope_field, self.indicator_field):
            widget.setEnabled(has_item)
        self.undo_button.setEnabled(bool(self.queue.undo_stack))
        if item is None:
            self.paragraph.clear()
            return
        self.paragraph.setHtml(item.html)
        self.state.setText(item.state)
        self.label_field.setText(item.label)
        self.category_field.setCurrentIndex(max(self.category_field.findData(item.field_key), 0))
        self.value_field.setText(item.value)
        self.unit_field.setText(item.unit)
        self.scope_field.setText(item.scope)
        self.period.setText(item.period or "未说明")
        self._proposed = item.indicator
        self.indicator_field.setCurrentIndex(max(self.indicator_field.findData(item.indicator),
                                                 0))
        self.conflict.setText(item.conflict)
        self.conflict.setVisible(bool(item.conflict))
        self.split_button.setEnabled(item.is_range)
        self._shown = self.form()
        self.accept_button.setDefault(True)
        self.label_field.setFocus()
        self.label_field.selectAll()

    def _decide(self, step) -> None:
        """Make a decision; when someone else changed the figure since it was shown, say
        how it is now and ask whether to overrule it."""
        try:
            try:
                step(False)
            except ConflictError as conflict:
                if not self.ask_overrule(str(conflict)):
                    self.queue.refresh()  # show the figure as it is now
                    self.refresh()
                    return
                step(True)
        except UserError as exc:
            dialogs.warn(self, "无法保存", exc)
            return
        self.changed = True
        self.refresh()

    def ask_overrule(self, what: str) -> bool:
        """True to write the decision over someone else's (a test answers for the user)."""
        return dialogs.ask(self, "数据已被他人改过", f"{what}。\n\n仍用你的决定覆盖吗？", "覆盖",
                           "先看看现在的数据")

    def accept_current(self) -> None:
        label, field = self.label_field.text(), self.category_field.currentData()
        value, unit, scope = self.value_field.text(), self.unit_field.text(), \
            self.scope_field.text()
        indicator = self.indicator_field.currentData()
        self._decide(lambda overrule: self.queue.accept(label, field, value, unit, overrule,
                                                        scope, indicator))

    def reject_current(self) -> None:
        self._decide(self.queue.reject)

    def split_current(self) -> None:
        """Split a range in two; what was typed as its label stays in the field, and Enter
        accepts the low end next."""
        typed = self.label_field.text() if self.edited() else None
        self._decide(lambda overrule: self.queue.split(overrule, typed))

    def undo(self) -> None:
        """Undo the last decision; nothing to undo says nothing. Someone else's change made
        since is never undone: that is said instead."""
        try:
            undone = self.queue.undo()
        except UserError as exc:
            dialogs.warn(self, "无法撤销", exc)
            return
        if undone:
            self.changed = True
            self.refresh()

    def _move(self, step) -> None:
        step()
        self.refresh()

    # Qt override: Enter accepts the figure, it does not close the dialog
    def accept(self) -> None:
        self.accept_current()
