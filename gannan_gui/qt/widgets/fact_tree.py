"""The category tree's view: names first. The figures column takes what it needs, but never
more than a third of the width, so on a narrow window or at 200 % the names stay readable.

What it needs is measured on the rows in view only (a library's tree has thousands), once
per turn of the event loop however many expansions and insertions asked for it.

The tree shows its model directly, and the search's filter over it only while a search
filters it: laying out a library's thousand reports through the filter took twice as long,
and expanding a row ten times as long."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

if TYPE_CHECKING:
    from gannan_gui.qt.widgets.tree_model import FactTreeModel, SearchFilterModel
    from gannan_gui.views.tree import TreeNode

DETAIL_SHARE = 0.34  # of the width, at most, for the figures column


class FactTree(QTreeView):
    #: Emitted as the tree is first painted, before the paint: the window then loads what
    #: the first screen does not need. Told from viewportEvent, because the first call of
    #: viewport() from Python makes PySide6 build enums for dozens of widget classes (11 ms).
    first_painted = Signal()
    #: The selection changed, whichever of the two models is shown.
    selection_changed = Signal()
    #: Ctrl+C: the window copies what the selected rows state (Qt would copy a name alone).
    copy_requested = Signal()

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
        # set by show_tree() before the tree is shown, and from then on always a pair
        self.source: FactTreeModel = None  # type: ignore[assignment]
        self.search_filter: SearchFilterModel = None  # type: ignore[assignment]

    def show_tree(self, source: FactTreeModel, search_filter: SearchFilterModel) -> None:
        """A new tree: `source` shown whole, `search_filter` (over it) kept for searches."""
        self.source, self.search_filter = source, search_filter
        for model in (source, search_filter):
            model.rowsInserted.connect(self.fit_soon)
            model.layoutChanged.connect(self.fit_soon)
        self._show(source, None)

    def filter_to(self, keys: set[str] | None, keep: TreeNode | None) -> None:
        """Only the nodes with these keys (and their ancestors and descendants), or with None
        the whole tree again; `keep` stays selected when it is shown, the selection signal
        silent (the detail pane already shows it)."""
        if keys is None:
            if self.model() is not self.source:
                self._show(self.source, keep)
                self.search_filter.set_matches(None)
            return
        self.search_filter.set_matches(keys)
        if self.model() is not self.search_filter:
            self._show(self.search_filter, keep)

    def index_of(self, node: TreeNode) -> QModelIndex:
        """The row of `node` in the tree as shown (invalid when a search hides it)."""
        index = self.source.index_of(node)
        return (self.search_filter.mapFromSource(index) if self.model() is self.search_filter
                else index)

    def _show(self, model, keep: TreeNode | None) -> None:
        old_selection = self.selectionModel()
        self.setModel(model)
        if old_selection is not None:
            old_selection.deleteLater()  # the view makes a new one and leaves the old
        self.selectionModel().selectionChanged.connect(self.selection_changed)
        self.expand(model.index(0, 0))
        index = self.index_of(keep) if keep is not None else QModelIndex()
        if index.isValid():
            selection = self.selectionModel()
            selection.blockSignals(True)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            selection.blockSignals(False)
            self.scrollTo(index)

    def setModel(self, model) -> None:  # Qt override
        super().setModel(model)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.fit_soon()

    def expand_loaded(self) -> None:
        """Expand every row whose rows are read already: the reports of a library that are
        not opened yet stay closed (expanding would read each of them: thousands, in a
        search of every report or 全部展开)."""
        from gannan_gui.qt.widgets.tree_model import NODE_ROLE

        model = self.model()
        if model is None:
            return
        todo = [QModelIndex()]
        while todo:
            parent = todo.pop()
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                node = index.data(NODE_ROLE)
                if node is not None and node.loaded and model.hasChildren(index):
                    self.expand(index)
                    todo.append(index)

    def keyPressEvent(self, event) -> None:  # Qt override
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

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
