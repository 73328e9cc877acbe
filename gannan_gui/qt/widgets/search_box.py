"""The search box: what the user types, a short pause, then a search; the hit count stays in
view beside it; Esc clears it and goes back to what was shown before the search."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

SEARCH_DELAY_MS = 120


class SearchBox(QWidget):
    search_requested = Signal(str)  # after a pause in typing, or Enter
    cancelled = Signal()  # Esc

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setPlaceholderText("搜索数据、名称和原文 (Ctrl+F)")
        self.field.installEventFilter(self)
        self.count = QLabel()
        self.count.setObjectName("hit_count")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setContentsMargins(6, 0, 4, 0)
        self.count.hide()
        # Shown when the window holds several reports: search them all, or the current one.
        self.everywhere = QCheckBox("所有报道")
        self.everywhere.setToolTip("在随程序提供的报道和资料库中所有报道里搜索")
        self.everywhere.toggled.connect(lambda _on: self._request())
        self.everywhere.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.everywhere)
        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.timer.timeout.connect(self._request)
        self.field.textChanged.connect(lambda _: self.timer.start())
        self.field.returnPressed.connect(self._request)

    def finish(self) -> None:
        """The clear button (×) in the field: loading its icon from the style takes 9 ms,
        which the window leaves until after its first paint; the field is empty until then."""
        self.field.setClearButtonEnabled(True)

    def _request(self) -> None:
        self.timer.stop()
        self.search_requested.emit(self.field.text())

    def show_count(self, text: str) -> None:
        """'找到 7 条' while searching; hidden when there is no search."""
        self.count.setText(text)
        self.count.setVisible(bool(text))

    # Qt override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.field and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape and self.field.text()):
            self.field.clear()
            self.timer.stop()
            self.cancelled.emit()
            return True
        return super().eventFilter(watched, event)
