"""The indicator view's chart, drawn with pyqtgraph from `views.indicators`' series."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from gannan_gui.views import palette
from gannan_gui.views.indicators import IndicatorTable, Series, chart_series


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
