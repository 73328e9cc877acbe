"""The shape the app's read-only tables share: named columns over a list of rows; each
table says what a cell shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ColumnsModel(QAbstractTableModel):
    """`columns` headed as given; `shown_rows()` rows (a table that fills as it scrolls
    shows fewer than it holds)."""

    columns: tuple[str, ...] = ()

    def shown_rows(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else self.shown_rows()

    def columnCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns)):
            return self.columns[section]
        return None


class RowsModel(ColumnsModel):
    """Columns over a list of rows held whole: what a cell shows in each role is the
    table's `cell()`; the rows are the list given, so a table that sorts them sorts it."""

    def __init__(self, rows: list, parent=None) -> None:
        super().__init__(parent)
        self.rows = rows

    def shown_rows(self) -> int:
        return len(self.rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.cell(self.rows[index.row()], index.column(), role)

    def cell(self, row: Any, column: int, role: int):
        """What `row` shows in `column` for `role`, None for nothing."""
        raise NotImplementedError
