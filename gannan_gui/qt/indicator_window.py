"""指标: one indicator's values across every report (a sortable table) and over time (a chart:
yearly values as bars in one plot, running totals as lines in another, never on one axis),
filtered by scope and period, out to Excel. What is shown comes from `views.indicators`;
this only draws it (the table's model, the chart and the new-indicator form have modules
of their own)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gannan_gui.common.errors import UserError
from gannan_gui.qt import dialogs
from gannan_gui.qt.indicator_form import NewIndicatorDialog
from gannan_gui.qt.layout import splitter
from gannan_gui.qt.widgets.indicator_chart import IndicatorChart
from gannan_gui.qt.widgets.indicator_model import IndicatorTableModel, TableLoader
from gannan_gui.views.indicators import (
    DATE_COLUMN,
    LEVEL_FILTERS,
    PERIOD_FILTERS,
    IndicatorSource,
    IndicatorTable,
    indicator_choices,
)
from gannan_gui.views.slides import Slide
from gannan_gui.views.summary import Summary

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
#: Each column's width in characters, as its usual content needs (2021年以来（累计）, a
#: report's title cut to fit); measuring thousands of rows took a switch's time.
COLUMN_CHARS = (5, 10, 6, 8, 16, 6, 12, 3, 3)


class IndicatorWindow(QDialog):
    """The indicator view: pick an indicator on the left; its table and chart on the right."""

    def __init__(self, source: IndicatorSource, show_figure: Callable[[str, int], None],
                 parent: QWidget | None = None, reviewed_only: bool = False,
                 present: Callable[[list[Slide]], None] | None = None,
                 print_summary: Callable[[Summary], None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)  # its own window, beside the main one
        self.setWindowTitle("指标")
        self.source, self.show_figure = source, show_figure
        self.present_slides, self.print_summary = present, print_summary
        self.table_shown: IndicatorTable | None = None
        self.sort = (DATE_COLUMN, False)
        # not parented to this window: its thread may emit after the window is deleted, which
        # the connection then drops (an object deleted under a thread's emit crashes)
        self.loader = TableLoader(IndicatorSource(source.library.fresh(), source.bundled))
        self.loader.loaded.connect(self._loaded)
        self._request = 0  # the last table asked for: an older one arriving late is dropped
        self.loading = False
        self._columns_sized = False

        self.choices = QListWidget()
        self.choices.setMinimumWidth(220)
        self.choices.currentItemChanged.connect(lambda *_: self.refresh())
        self.new_button = QPushButton("新建指标(&N)…")
        self.new_button.clicked.connect(lambda _checked=False: self.new_indicator())
        self.new_button.setEnabled(self._can_add())
        left = QVBoxLayout()
        left.addWidget(dialogs.buddy_label("指标(&I)", self.choices))
        left.addWidget(self.choices, 1)
        left.addWidget(self.new_button)

        self.level = QComboBox()
        for key, text in LEVEL_FILTERS.items():
            self.level.addItem(text, key)
        self.period = QComboBox()
        for key, text in PERIOD_FILTERS.items():
            self.period.addItem(text, key)
        self.reviewed = QCheckBox("只看已审核(&R)")
        self.reviewed.setChecked(reviewed_only)
        for widget in (self.level, self.period):
            widget.currentIndexChanged.connect(lambda *_: self.refresh())
        self.reviewed.toggled.connect(lambda *_: self.refresh())
        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.export_button = QPushButton("导出(&X)…")
        self.export_button.setToolTip("表格和图表：Excel 工作簿、CSV 表格或 PowerPoint 演示文稿")
        self.export_button.clicked.connect(lambda _checked=False: self.export())
        self.present_button = QPushButton("放映(&F)")
        self.present_button.setToolTip("全屏放映这个指标：各范围的最新数值和图表，然后是资料来源")
        self.present_button.clicked.connect(lambda _checked=False: self.present())
        self.print_button = QPushButton("打印(&T)…")
        self.print_button.setToolTip("打印预览：这个指标的全部数值和图表")
        self.print_button.clicked.connect(lambda _checked=False: self.print_page())
        filters = QHBoxLayout()
        filters.addWidget(dialogs.buddy_label("范围(&S)", self.level))
        filters.addWidget(self.level)
        filters.addWidget(dialogs.buddy_label("时期(&P)", self.period))
        filters.addWidget(self.period)
        filters.addWidget(self.reviewed)
        filters.addStretch(1)
        # what is shown, then what can be done with it: a row of its own, so that the view
        # fits an 800×600 screen (in one row with the filters it was 880 pixels wide)
        self.caption.setWordWrap(True)  # a long caption takes lines, not the window's width
        shown = QHBoxLayout()
        shown.addWidget(self.caption, 1)
        for button in (self.present_button, self.print_button, self.export_button):
            shown.addWidget(button)

        self.table = QTableView()
        self.model = IndicatorTableModel([], self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(DATE_COLUMN, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sorted)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self.open_row)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table,
                  lambda: self.open_row(self.table.currentIndex()))
        self.chart = IndicatorChart()
        self.chart.point_clicked.connect(self.show_figure)

        split = splitter(Qt.Orientation.Vertical, self.table, self.chart, (3, 2))
        right = QVBoxLayout()
        right.addLayout(filters)
        right.addLayout(shown)
        right.addWidget(split, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        dialogs.fit_to_screen(self, 1180, 720)
        self.fill_choices()
        QTimer.singleShot(0, self.chart.prepare)

    def _can_add(self) -> bool:
        library = self.source.library
        try:  # a library not made yet is made by its first indicator, as by an import
            return bool(not library.exists() or library.writable)
        except UserError:
            return False

    def fill_choices(self, keep: str | None = None) -> None:
        """The indicators with their counts, those with values first."""
        keep = keep or self.current_key()
        self.source.vocabulary = self.source.library.vocabulary()
        self.choices.blockSignals(True)
        self.choices.clear()
        for key, text in indicator_choices(self.source.vocabulary, self.source.counts()):
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, key)
            self.choices.addItem(item)
        self.choices.blockSignals(False)
        rows = [i for i in range(self.choices.count())
                if self.choices.item(i).data(KEY_ROLE) == keep] or [0]
        if self.choices.count():
            self.choices.setCurrentRow(rows[0])
        self.refresh()

    def current_key(self) -> str | None:
        item = self.choices.currentItem()
        return item.data(KEY_ROLE) if item else None

    def choose(self, key: str) -> bool:
        for i in range(self.choices.count()):
            if self.choices.item(i).data(KEY_ROLE) == key:
                self.choices.setCurrentRow(i)
                return True
        return False

    def refresh(self) -> None:
        """Ask for the table of the indicator, filters and sort chosen; it is read in a
        thread and shown when it is back (`_loaded`)."""
        key = self.current_key()
        indicator = self.source.vocabulary.get(key) if key else None
        self._request += 1
        if indicator is None:
            self.loading = True
            self._show(None)
            self.caption.setText("没有指标")
            return
        self.loading = True
        self.caption.setText(f"正在读取“{indicator.name}”的数值…")
        self.loader.source.vocabulary = self.source.vocabulary
        self.loader.load(self._request, indicator, self.level.currentData(),
                         self.period.currentData(), self.reviewed.isChecked(), self.sort)

    def _loaded(self, request: int, table) -> None:
        if request != self._request:
            return  # another indicator or filter was chosen since
        if isinstance(table, UserError):
            self._show(None)
            self.caption.setText(str(table))
            return
        self._show(table)

    def _show(self, table: IndicatorTable | None) -> None:
        """The table now, the chart on the next turn of the event loop: two short blocks of
        the GUI thread rather than one long one."""
        self.table_shown = table
        self.model = IndicatorTableModel(list(table.rows) if table else [], self, self.sort)
        self.table.setModel(self.model)
        request = self._request
        QTimer.singleShot(0, lambda: self._draw_chart(request, table))
        for button in (self.export_button, self.present_button, self.print_button):
            button.setEnabled(bool(table and table.rows))
        if table is None:
            return
        if not self._columns_sized:  # once: then as the user leaves them
            self._columns_sized = True
            width = self.table.fontMetrics().horizontalAdvance("字")
            for column, chars in enumerate(COLUMN_CHARS):
                self.table.setColumnWidth(column, width * chars + 16)
        caption = table.caption
        if table.conflicts:
            caption += f"；{table.conflicts} 个数值与其他报道不一致（底色标出）"
        self.caption.setText(caption + "。双击一行打开它所在的报道。")

    def _draw_chart(self, request: int, table: IndicatorTable | None) -> None:
        if request == self._request:  # still what was asked for last
            self.chart.draw(table)
            self.loading = False

    def _sorted(self, column: int, order: Qt.SortOrder) -> None:
        self.sort = (column, order == Qt.SortOrder.DescendingOrder)

    def open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            value = self.model.rows[index.row()].value
            self.show_figure(value.report, value.fact_id)

    def new_indicator(self, dialog_factory=NewIndicatorDialog) -> None:
        dialog = dialog_factory(self.source.library, self)
        if dialog.exec() and dialog.created is not None:
            self.fill_choices(keep=dialog.created.key)
            dialogs.inform(self, "已建立指标",
                           f"已建立指标“{dialog.created.name}”；{dialog.given} 项待审核的数据"
                           "得到了这个指标，审核时可以确认或更改。")

    def present(self) -> None:
        from gannan_gui.views.indicators import indicator_slides

        if self.table_shown is not None and self.table_shown.rows and self.present_slides:
            self.present_slides(indicator_slides(self.table_shown))

    def print_page(self) -> None:
        from gannan_gui.views.indicators import indicator_summary

        if self.table_shown is not None and self.table_shown.rows and self.print_summary:
            self.print_summary(indicator_summary(self.table_shown, date.today().isoformat()))

    def export(self, target: Path | None = None) -> bool:
        from gannan_gui.output.indicator_sheet import export_indicators

        table = self.table_shown
        if table is None:
            return False
        if target is None:
            from gannan_gui.qt.file_dialogs import save_as
            from gannan_gui.views.words import file_name

            target = save_as(self, "导出指标",
                             file_name(table.indicator.name, "xlsx", date.today().isoformat()),
                             "Excel 工作簿 (*.xlsx);;CSV 表格 (*.csv);;"
                             "PowerPoint 演示文稿 (*.pptx)")
            if target is None:
                return False
        try:
            export_indicators([table], target)
        except UserError as exc:
            dialogs.warn(self, "无法导出", exc)
            return False
        self.caption.setText(f"已导出 {len(table.rows)} 个数值：{target}")
        return True
