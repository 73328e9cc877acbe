"""Qt adapters for the category tree: a read-only item model and a search filter.

Both are thin: the structure comes from :mod:`gannan_gui.views.tree`, the matching from the store's
search. The filter keeps a node when it, an ancestor or a descendant matches.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from gannan_gui.qt.dialogs import plain_tooltip
from gannan_gui.views import palette
from gannan_gui.views.tree import CATEGORY, FACT, ROOT, SCOPE_SEPARATOR, TOP, YEAR, TreeNode

NODE_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = ("名称", "数据")
AnyIndex = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the invisible root, as Qt's default argument
# Made once: the view asks for every row's flags, a thousand times for a library's reports.
ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
BOLD_KINDS = (ROOT, CATEGORY, YEAR)


class FactTreeModel(QAbstractItemModel):
    """Two columns: a node's name, and its figure, kind or counts."""

    opening_needed = Signal(str)  # a large report's scope, to read off the GUI thread

    def __init__(self, root: TreeNode, parent=None, shelf=None) -> None:
        """`root` is one report's root ('全文概览'), or an invisible top over several reports,
        whose categories `shelf` (a ShelfBrowser) reads when a report is first opened."""
        super().__init__(parent)
        if root.kind == TOP:
            self._top = root
        else:  # an invisible top holds the visible root so that it shows as a row
            self._top = TreeNode(TOP, -1, "", "", children=[root])
            root.parent = self._top
        self.root = root
        self.shelf = shelf

    def load(self, report: TreeNode) -> None:
        """Read a report's categories into the tree, announcing the new rows; a large one is
        asked for (`opening_needed`), and loaded here again once it is read."""
        if report.loaded or self.shelf is None:
            return
        if self.shelf.opens_apart(report.key):
            self.opening_needed.emit(report.scope)
            return
        count = self.shelf.children_to_load(report)
        self.beginInsertRows(self.index_of(report), 0, max(count - 1, 0))
        self.shelf.load(report)
        self.endInsertRows()

    def node(self, index: AnyIndex) -> TreeNode:
        return index.internalPointer() if index.isValid() else self._top

    def index_of(self, node: TreeNode | None, column: int = 0) -> QModelIndex:
        if node is None or node is self._top or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    # Qt overrides ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = NO_PARENT) -> QModelIndex:
        # Checked here rather than with hasIndex(), which calls back into Python twice: a
        # category of thousands of facts is walked row by row when it is first shown.
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self.node(parent).children
        if not (0 <= row < len(children) and 0 <= column < len(HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: AnyIndex = NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        return self.index_of(self.node(index).parent)

    def rowCount(self, parent: AnyIndex = NO_PARENT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def hasChildren(self, parent: AnyIndex = NO_PARENT) -> bool:
        node = self.node(parent)
        return not node.loaded or bool(node.children)  # a report not read yet has some

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not self.node(parent).loaded

    def fetchMore(self, parent: AnyIndex) -> None:
        self.load(self.node(parent))

    def columnCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return len(HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = self.node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return node.name
            return f"≠ {node.detail}" if node.conflict else node.detail
        if role == Qt.ItemDataRole.ToolTipRole:
            pending = "　（导入后待审核）" if node.pending else ""
            differs = "\n≠ 与其他报道同一指标、范围和时期的数值不一致" if node.conflict else ""
            return plain_tooltip(f"{node.name}　{node.detail}{pending}".strip() + differs)
        if role == Qt.ItemDataRole.ForegroundRole and node.conflict and index.column() == 1:
            return QColor(palette.ACCENT)
        if role == Qt.ItemDataRole.FontRole and (node.kind in BOLD_KINDS or node.pending):
            font = QFont()
            font.setBold(not node.pending)
            font.setItalic(node.pending)  # not yet reviewed: it looks provisional
            return font
        if role == Qt.ItemDataRole.ForegroundRole and node.pending:
            return QColor(palette.MUTED)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1 and node.kind == FACT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == NODE_ROLE:
            return node
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return ROW_FLAGS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None


class SearchFilterModel(QSortFilterProxyModel):
    """Shows the nodes whose keys are in `matches`, with their ancestors and descendants.

    The rows to keep are worked out once per search, from the reports that hold a match;
    Qt's own recursive filtering would instead visit every row of the tree (ten thousand
    report rows in a large library) to ask whether something below it matched."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._matches: set[str] | None = None
        self._matched: set[int] = set()  # ids of the nodes that matched
        self._above: set[int] = set()  # ids of their ancestors, which stay visible

    def setSourceModel(self, model) -> None:  # Qt override
        super().setSourceModel(model)
        # A report opened while a search is shown: its matching rows are worked out once
        # the model has them (the proxy has just filtered them against the old sets).
        model.rowsInserted.connect(lambda *_: self._matches is not None and QTimer.singleShot(
            0, lambda: self.set_matches(self._matches)))

    def set_matches(self, keys: set[str] | None) -> None:
        """None shows everything; a set shows only what matched."""
        if hasattr(self, "endFilterChange"):  # Qt 6.10 and newer
            self.beginFilterChange()
            self._set(keys)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._set(keys)
            self.invalidateRowsFilter()

    def _set(self, keys: set[str] | None) -> None:
        self._matches = keys
        self._matched, self._above = set(), set()
        if keys is None:
            return
        model = cast(FactTreeModel, self.sourceModel())
        for node in self._nodes_of(model, keys):
            if node.key in keys:
                self._matched.add(id(node))
                self._show_above(node)
        if model.shelf is not None:  # every report with a hit keeps its row, opened or not
            for scope in {key.partition(SCOPE_SEPARATOR)[0] for key in keys}:
                report = model.shelf.report_node(scope)
                if report is not None:
                    self._above.add(id(report))
                    self._show_above(report)

    def _show_above(self, node: TreeNode) -> None:
        above = node.parent
        while above is not None and id(above) not in self._above:
            self._above.add(id(above))
            above = above.parent

    @staticmethod
    def _nodes_of(model: FactTreeModel, keys: set[str]):
        """Every node of the reports the keys name (one report's tree when there is no
        shelf of several)."""
        if model.shelf is None:
            yield from model.root.walk()
            return
        scopes = {key.partition(SCOPE_SEPARATOR)[0] for key in keys}
        for scope in scopes:
            report = model.shelf.report_node(scope)
            if report is not None:
                yield from report.walk()

    # Qt override
    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self._matches is None:
            return True
        model = cast(FactTreeModel, self.sourceModel())
        node: TreeNode | None = model.node(source_parent).children[source_row]
        if id(node) in self._above:
            return True
        while node is not None:  # a match shows everything below it
            if id(node) in self._matched:
                return True
            node = node.parent
        return False
