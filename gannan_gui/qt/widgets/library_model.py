"""The library dialog's table: a read-only model over `views.library_table` rows, sorted by
each column's own key through a proxy."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gannan_gui.qt.widgets.table_model import RIGHT, RowsModel
from gannan_gui.views.library_table import COLUMNS, NUMBER_COLUMNS, LibraryRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 2


class LibraryTableModel(RowsModel):
    columns = COLUMNS
    rows: list[LibraryRow]

    def cell(self, row: LibraryRow, column: int, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.cells[column]
        if role == SORT_ROLE:
            return row.sort_keys[column]
        if role == DOCUMENT_ROLE:
            return row.document_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return RIGHT
        return None
