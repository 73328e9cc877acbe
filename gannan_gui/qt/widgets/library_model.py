"""The library dialog's table: a read-only model over `views.library_table` rows, sorted by
each column's own key through a proxy."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gannan_gui.qt.widgets.table_model import RIGHT, AnyIndex, ColumnsModel
from gannan_gui.views.library_table import COLUMNS, NUMBER_COLUMNS, LibraryRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 2


class LibraryTableModel(ColumnsModel):
    columns = COLUMNS

    def __init__(self, rows: list[LibraryRow], parent=None) -> None:
        super().__init__(parent)
        self.rows = rows

    def shown_rows(self) -> int:
        return len(self.rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.cells[index.column()]
        if role == SORT_ROLE:
            return row.sort_keys[index.column()]
        if role == DOCUMENT_ROLE:
            return row.document_id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in NUMBER_COLUMNS:
            return RIGHT
        return None
