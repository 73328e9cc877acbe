"""The same figure in every report that states it, as a table that fills as it scrolls:
ten thousand reports open at once, their rows made a page at a time. A double-click (or
Enter) opens that report at that figure."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gannan_gui.qt import dialogs
from gannan_gui.qt.widgets.table_model import NO_PARENT, RIGHT, AnyIndex, RowsModel
from gannan_gui.store.library import Comparison

COLUMNS = ("日期", "数值（原文）", "报道")
PAGE = 200  # rows made at a time, as the table scrolls


class ComparisonModel(RowsModel):
    """Every comparison, shown PAGE rows at a time (canFetchMore / fetchMore)."""

    columns = COLUMNS
    rows: list[Comparison]

    def __init__(self, comparisons: list[Comparison], parent=None) -> None:
        super().__init__(comparisons, parent)
        self.shown = min(PAGE, len(comparisons))

    def shown_rows(self) -> int:
        return self.shown

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self.shown < len(self.rows)

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid():
            return
        more = min(PAGE, len(self.rows) - self.shown)
        if more <= 0:
            return
        self.beginInsertRows(NO_PARENT, self.shown, self.shown + more - 1)
        self.shown += more
        self.endInsertRows()

    def cell(self, row: Comparison, column: int, role: int):
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column == 1 else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.published or "日期不详", row.figure, row.title)[column]
        return None


class ComparisonDialog(QDialog):
    def __init__(self, label: str, comparisons: list[Comparison],
                 open_figure: Callable[[Comparison], None], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.open_figure = open_figure
        self.setWindowTitle(f"各篇报道中的“{label}”")
        values = [c.base_value for c in comparisons]
        dated = [c.published for c in comparisons if c.published]
        span = f"，{dated[0]} 至 {dated[-1]}" if dated else ""
        summary = QLabel(f"{len(comparisons):,} 篇报道有这项已审核的数据{span}；"
                         f"最小 {min(values):,.10g}，最大 {max(values):,.10g}"
                         f"（{comparisons[-1].base_unit}）。双击一行打开那篇报道。"
                         if comparisons else "没有其他报道有这项数据。")
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        self.model = ComparisonModel(comparisons, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open)  # Enter, or a double-click
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        dialogs.fit_to_screen(self, 720, 480)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_figure(self.model.rows[index.row()])
            self.accept()
