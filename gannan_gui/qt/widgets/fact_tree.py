"""The category tree's view: names first. The figures column takes what it needs, but never
more than a third of the width, so on a narrow window or at 200 % the names stay readable.

What it needs is measured on the rows in view only (a library's tree has thousands), once
per turn of the event loop however many expansions and insertions asked for it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

DETAIL_SHARE = 0.34  # of the width, at most, for the figures column


class FactTree(QTreeView):
    #: Emitted as the tree is first painted, before the paint: the window then loads what
    #: the first screen does not need. Told from viewportEvent, because the first call of
    #: viewport() from Python makes PySide6 build enums for dozens of widget classes (11 ms).
    first_painted = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._painted = False
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAllColumnsShowFocus(True)
        self.header().setResizeContentsPrecision(0)  # measure the rows in view, not all
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self.fit_columns)
        self.verticalScrollBar().valueChanged.connect(self.fit_soon)
        self.expanded.connect(self.fit_soon)
        self._watched: list = []  # models whose changes refit the columns

    def setModel(self, model) -> None:  # Qt override
        super().setModel(model)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        if model is not None and model not in self._watched:
            self._watched.append(model)
            model.rowsInserted.connect(self.fit_soon)
            model.layoutChanged.connect(self.fit_soon)
            model.destroyed.connect(lambda *_: self._watched.remove(model))
        self.fit_soon()

    def viewportEvent(self, event) -> bool:  # Qt override
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.first_painted.emit()
        return super().viewportEvent(event)

    def fit_soon(self, *_) -> None:
        """Fit the columns once the current burst of changes is over."""
        self._fit_timer.start()

    def fit_columns(self, *_) -> None:
        """The figures column as wide as its widest visible text, up to DETAIL_SHARE."""
        if self.model() is None:
            return
        wanted = max(self.sizeHintForColumn(1), self.header().sectionSizeHint(1))
        width = self.width() - self.verticalScrollBar().sizeHint().width()  # not viewport()
        self.header().resizeSection(1, min(wanted, int(width * DETAIL_SHARE)))

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        self.fit_soon()
