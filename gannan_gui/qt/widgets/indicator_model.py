"""The indicator view's table: its rows as a Qt model, and the thread that reads them."""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from gannan_gui.common.errors import UserError
from gannan_gui.qt.widgets.table_model import RIGHT, RowsModel
from gannan_gui.views import palette
from gannan_gui.views.indicators import COLUMNS, VALUE_COLUMN, IndicatorRow, IndicatorSource


class IndicatorTableModel(RowsModel):
    """The rows of one indicator; sorted by each column's own key (numbers by value)."""

    columns = COLUMNS
    rows: list[IndicatorRow]

    def __init__(self, rows: list[IndicatorRow], parent=None,
                 sorted_by: tuple[int, bool] | None = None) -> None:
        super().__init__(rows, parent)
        self.sorted_by = sorted_by  # (column, descending) the rows came sorted by

    def cell(self, row: IndicatorRow, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells()[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            v = row.value
            return row.conflict or f"{v.label}：{v.figure}，《{v.title}》{v.published}（双击打开）"
        if role == Qt.ItemDataRole.BackgroundRole and row.conflicting:
            return QBrush(QColor(palette.CONFLICT_FILL))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VALUE_COLUMN:
            return RIGHT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if not 0 <= column < len(self.columns) or self.sorted_by == (column, descending):
            return  # sorted so already (the view asks again whenever a model is set)
        self.sorted_by = (column, descending)
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=lambda r: (r.sort_key(column), r.value.published, r.value.fact_id),
                       reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class TableLoader(QObject):
    """An indicator's table made in a thread (a measure a thousand reports state is
    thousands of values to read and line up); `loaded` brings it back (request, table)."""

    loaded = Signal(int, object)

    def __init__(self, source: IndicatorSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source  # connections of its own: never the GUI thread's
        self._one_at_a_time = threading.Lock()  # a server connection serves one query
        self._latest = 0

    def load(self, request: int, *args) -> None:
        self._latest = request
        threading.Thread(target=self._run, args=(request, *args), daemon=True).start()

    def _run(self, request: int, *args) -> None:
        with self._one_at_a_time:
            if request != self._latest:
                return  # asked for something else since: not worth reading
            try:
                table: object = self.source.table(*args)
            except UserError as exc:  # the library went away meanwhile: said, not raised
                table = exc
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self.loaded.emit(request, table)
