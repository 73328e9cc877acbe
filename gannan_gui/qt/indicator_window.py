"""指标: one indicator's values across every report (a sortable table) and over time (a chart:
yearly values as bars in one plot, running totals as lines in another, never on one axis),
filtered by scope and period, out to Excel; and the form that adds a library's own
indicator. What is shown comes from `views.indicators`; this only draws it."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gannan_gui.common.errors import UserError
from gannan_gui.qt import dialogs
from gannan_gui.qt.widgets.table_model import RIGHT, AnyIndex, ColumnsModel
from gannan_gui.views import palette
from gannan_gui.views.indicators import (
    COLUMNS,
    DATE_COLUMN,
    LEVEL_FILTERS,
    PERIOD_FILTERS,
    VALUE_COLUMN,
    IndicatorRow,
    IndicatorSource,
    IndicatorTable,
    Series,
    chart_series,
    indicator_choices,
)
from gannan_gui.views.slides import Slide
from gannan_gui.views.summary import Summary

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
#: Each column's width in characters, as its usual content needs (2021年以来（累计）, a
#: report's title cut to fit); measuring thousands of rows took a switch's time.
COLUMN_CHARS = (5, 10, 6, 8, 16, 6, 12, 3, 3)


def _label(text: str, buddy: QWidget) -> QLabel:
    """A label whose Alt+letter goes to `buddy`."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class IndicatorTableModel(ColumnsModel):
    """The rows of one indicator; sorted by each column's own key (numbers by value)."""

    columns = COLUMNS

    def __init__(self, rows: list[IndicatorRow], parent=None,
                 sorted_by: tuple[int, bool] | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.sorted_by = sorted_by  # (column, descending) the rows came sorted by

    def shown_rows(self) -> int:
        return len(self.rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells()[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            v = row.value
            return row.conflict or f"{v.label}：{v.figure}，《{v.title}》{v.published}（双击打开）"
        if role == Qt.ItemDataRole.BackgroundRole and row.conflicting:
            return QBrush(QColor(palette.CONFLICT_FILL))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == VALUE_COLUMN:
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


class IndicatorChart(pg.GraphicsLayoutWidget):
    """A plot of bars for the yearly series and one of lines for the totals (one per unit),
    each point naming its source when hovered; a click opens its figure."""

    point_clicked = Signal(str, int)  # report, fact id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackground(palette.BACKGROUND)
        self.plots: list[pg.PlotItem] = []  # those shown
        # made once and drawn again for each indicator: making a PlotItem (with the menus
        # and forms it brings) took most of a switch
        self._pool: list[tuple[pg.PlotItem, pg.LegendItem]] = []
        self._note = pg.LabelItem("", color=palette.MUTED)
        self._shown_items: list = []
        self.setMinimumHeight(220)

    def prepare(self, count: int = 2) -> None:
        """Make the plots before they are needed (a turn of the event loop of its own, while
        the first table is read): a yearly and a totals plot are what most indicators show."""
        for column in range(count):
            self._take(column)

    def _take(self, column: int) -> tuple[pg.PlotItem, pg.LegendItem]:
        while len(self._pool) <= column:
            plot = pg.PlotItem()
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.setMouseEnabled(x=False, y=False)
            plot.showGrid(y=True, alpha=0.25)
            plot.getAxis("left").setStyle(hideOverlappingLabels=False)  # the 0 at the foot
            self._pool.append((plot, pg.LegendItem(colCount=2, labelTextColor=palette.TEXT)))
        plot, legend = self._pool[column]
        plot.clear()
        legend.clear()
        return plot, legend

    def draw(self, table: IndicatorTable | None) -> None:
        groups: dict[tuple[bool, str], list[Series]] = {}
        for series in table.series if table else ():
            groups.setdefault((series.bars, series.unit), []).append(series)
        wanted = [self._note] if not groups else [
            item for column in range(len(groups)) for item in self._take(column)]
        if wanted != self._shown_items:  # the layout changes only when the plots do
            for item in self._shown_items:
                self.ci.removeItem(item)
            for column in range(0, len(wanted), 2):
                self.ci.addItem(wanted[column], row=0, col=column // 2)
                if column + 1 < len(wanted):  # under its plot: never over a point
                    self.ci.addItem(wanted[column + 1], row=1, col=column // 2)
            self._shown_items = wanted
        self.plots = []
        if not groups:
            self._note.setText("没有可画的数值：时期未注明的数值只列在表中"
                               if table and table.rows else "")
            return
        for column, ((bars, unit), members) in enumerate(groups.items()):
            self.plots.append(self._plot(bars, unit, members, column))

    def _plot(self, bars: bool, unit: str, members: list[Series], column: int) -> pg.PlotItem:
        kind = "逐年" if bars else "累计"
        members, left = chart_series(members)
        title = f"{kind}（{unit}；数值最多的 {len(members)} 个系列，其余见表）" if left else \
            f"{kind}（{unit}）"
        plot, legend = self._take(column)
        plot.setTitle(title)
        years = sorted({p.year for s in members for p in s.points})
        plot.getAxis("bottom").setTicks([[(y, f"{y}年") for y in years]])
        width = 0.8 / max(len(members), 1)
        top = max((p.value for s in members for p in s.points), default=1.0)
        for i, series in enumerate(members):
            colour = palette.SERIES[i % len(palette.SERIES)]
            xs: list[float] = [p.year for p in series.points]
            ys = [p.value for p in series.points]
            if bars:
                shift = (i - (len(members) - 1) / 2) * width
                xs = [x + shift for x in xs]
                item = pg.BarGraphItem(x=xs, height=ys, width=width * 0.75, brush=colour,
                                       pen=pg.mkPen(colour))
                plot.addItem(item)
                legend.addItem(item, series.name)
            elif series.joined:  # totals from one start: a dashed run
                legend.addItem(plot.plot(xs, ys, pen=pg.mkPen(
                    colour, width=2, style=Qt.PenStyle.DashLine)), series.name)
            tips = pg.ScatterPlotItem(
                x=xs, y=ys, data=list(series.points), size=12 if bars else 11,
                symbol="s" if bars else "d", brush=pg.mkBrush(colour),
                pen=pg.mkPen(colour), hoverable=True, hoverSize=16,
                tip=lambda x, y, data, name=series.name: (
                    f"{name}\n{data.year}年：{data.text}\n{data.source}"
                    + (f"\n（同年还有 {data.others} 个数值，见表）" if data.others else "")))
            tips.sigClicked.connect(self._clicked)
            plot.addItem(tips)
            if not bars and not series.joined:
                legend.addItem(tips, series.name)
        plot.setYRange(0, top * 1.15 or 1, padding=0)
        if years:
            plot.setXRange(years[0] - 0.7, years[-1] + 0.7, padding=0)
        return plot

    def _clicked(self, _item, points, *_args) -> None:
        if len(points):
            data = points[0].data()
            self.point_clicked.emit(data.report, data.fact_id)


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


class NewIndicatorDialog(QDialog):
    """A library's own indicator: its name, unit kinds, how reports state it, its words."""

    def __init__(self, library, parent: QWidget | None = None) -> None:
        from gannan_gui.pipeline.indicators import STATED, UNIT_KINDS

        super().__init__(parent)
        self.library = library
        self.created = None
        self.given = 0
        self.setWindowTitle("新建指标")
        self.name = QLineEdit()
        self.name.setPlaceholderText("如 温室大棚")
        self.name_en = QLineEdit()
        self.unit = QComboBox()
        for key, text in UNIT_KINDS.items():
            self.unit.addItem(text, key)
        self.stated = QComboBox()
        for key, text in STATED.items():
            self.stated.addItem(text, key)
        self.stated.setCurrentIndex(list(STATED).index("both"))
        self.words = QLineEdit()
        self.words.setPlaceholderText("标签中的说法，用空格分开；“…”表示中间可隔字，如 建成…大棚")
        self.not_words = QLineEdit()
        self.not_words.setPlaceholderText("标签含这些词时不算（可不填）")
        form = QFormLayout()
        form.addRow("名称(&N)", self.name)
        form.addRow("英文名称(&E)", self.name_en)
        form.addRow("单位类别(&U)", self.unit)
        form.addRow("统计方式(&S)", self.stated)
        form.addRow("说法(&W)", self.words)
        form.addRow("排除(&X)", self.not_words)
        for field in (self.name, self.words, self.not_words):
            field.setMinimumWidth(420)
        buttons = dialogs.form_buttons(self, "建立", self.save)
        layout = QVBoxLayout(self)
        note = QLabel("新指标保存在资料库中，用这个资料库的人都能看到；"
                      "待审核且尚无指标的数据，标签含其说法的，会得到这个指标。")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        words = self.words.text().replace("、", " ").replace("，", " ").split()
        not_words = self.not_words.text().replace("、", " ").replace("，", " ").split()
        try:
            self.created, self.given = self.library.add_indicator(
                self.name.text(), self.name_en.text(), [self.unit.currentData()],
                self.stated.currentData(), words, not_words)
        except UserError as exc:
            dialogs.warn(self, "无法建立指标", exc)
            return
        self.accept()


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
        left.addWidget(_label("指标(&I)", self.choices))
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
        filters.addWidget(_label("范围(&S)", self.level))
        filters.addWidget(self.level)
        filters.addWidget(_label("时期(&P)", self.period))
        filters.addWidget(self.period)
        filters.addWidget(self.reviewed)
        filters.addStretch(1)
        for button in (self.present_button, self.print_button, self.export_button):
            filters.addWidget(button)

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

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        right = QVBoxLayout()
        right.addLayout(filters)
        right.addWidget(self.caption)
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
