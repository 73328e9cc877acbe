"""Bar charts of a category's figures, drawn with pyqtgraph in a light theme.

pyqtgraph costs about half a second to import, so the main window imports this module only
after its first paint. One plot per kind of unit (see :mod:`gannan_gui.views.charts`),
horizontal bars so long Chinese labels stay readable, the figure as written at each bar's end.
"""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import QLabel, QScrollArea, QToolTip, QVBoxLayout, QWidget

from gannan_gui.common.files import OutputError
from gannan_gui.qt.dialogs import plain_tooltip
from gannan_gui.qt.fonts import chinese_font
from gannan_gui.qt.painting import open_painter
from gannan_gui.qt.widgets.bar_plot import BAR_THICKNESS, BarPlot
from gannan_gui.qt.widgets.tiles import TileGrid
from gannan_gui.views import palette
from gannan_gui.views.charts import ChartGroup, axis_ticks, split_tiles, tick_text

pg.setConfigOptions(background="w", foreground="k", antialias=True)

BAR_COLOR = QColor(palette.BAR)
SELECTED_COLOR = QColor(palette.ACCENT)
PENDING_COLOR = QColor(palette.PENDING_BAR)


ROW_HEIGHT = 30  # pixels per bar at 100 % scale
PLOT_EXTRA = 70  # title and axis of each plot
FOCUS_WIDTH = 2  # pixels of the focus mark round the panel


def bar_colour(bar, selected_fact: int | None) -> QColor:
    """The selected bar in the accent colour; an unreviewed one paler than the others."""
    if bar.fact_id == selected_fact:
        return SELECTED_COLOR
    return PENDING_COLOR if bar.pending else BAR_COLOR


class ChartPanel(QWidget):
    """Shows chart groups; clicking a bar emits the fact's id."""

    fact_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zoom = 1.0
        self._font = chinese_font(10)
        self._title_font = chinese_font(11, QFont.Weight.Bold)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.graphics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tiles = TileGrid()
        self.tiles.fact_clicked.connect(self.fact_clicked)
        content = QWidget()
        stack = QVBoxLayout(content)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(self.tiles)
        stack.addWidget(self.graphics, 1)
        stack.addStretch(0)  # takes the room when there are tiles and no chart
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setFont(chinese_font(10, QFont.Weight.Bold))
        self.caption.setContentsMargins(6, 2, 6, 2)
        # One Tab stop for the charts: the panel takes the arrow keys, and draws the focus
        # mark round itself; the scroll area and the plot inside take no focus of their own.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.graphics.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setToolTip("用方向键在各项数据之间移动")
        self.empty = QLabel("此范围没有可绘制的数据。")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(FOCUS_WIDTH, FOCUS_WIDTH, FOCUS_WIDTH, FOCUS_WIDTH)
        layout.addWidget(self.caption)
        layout.addWidget(self.scroll_area)
        layout.addWidget(self.empty)
        self._plots: list[tuple[BarPlot, ChartGroup]] = []  # the plots in use, top to bottom
        self._pool: list[BarPlot] = []  # every plot made so far, reused by row
        self.plots_made = 0  # how many plots were ever made (they are kept and drawn again)
        self.groups: list[ChartGroup] = []
        self.selected_fact: int | None = None
        self.graphics.scene().sigMouseClicked.connect(self._on_click)
        self.graphics.scene().sigMouseMoved.connect(self._on_move)


    @property
    def shown_plots(self) -> list[tuple[BarPlot, ChartGroup]]:
        """The plots on show, top to bottom, each with the group it draws."""
        return list(self._plots)

    @property
    def spare_plots(self) -> list[BarPlot]:
        """Plots made for an earlier chart, kept out of sight for the next."""
        shown = {id(plot) for plot, _ in self._plots}
        return [plot for plot in self._pool if id(plot) not in shown]

    @property
    def font_size(self) -> float:
        """The point size of the charts' text (zoom follows the window's)."""
        return self._font.pointSizeF()
    def focusInEvent(self, event) -> None:  # Qt override
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # Qt override
        self.update()
        super().focusOutEvent(event)

    def paintEvent(self, event) -> None:  # Qt override: the focus mark, as the other panes have
        if self.hasFocus():
            with open_painter(self) as painter:
                painter.setPen(QPen(QColor(palette.BAND), FOCUS_WIDTH))
                half = FOCUS_WIDTH / 2
                painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))

    def set_zoom(self, zoom: float) -> None:
        """Chart text, tiles and row heights at the window's zoom; redrawn in place."""
        self.zoom = zoom
        self._font = chinese_font(10 * zoom)
        self._title_font = chinese_font(11 * zoom, QFont.Weight.Bold)
        self.caption.setFont(chinese_font(10 * zoom, QFont.Weight.Bold))
        self.tiles.zoom = zoom
        self.show_groups(self.groups, self.selected_fact, self.caption.text(), rebuild=True)

    def show_groups(self, groups: list[ChartGroup], selected_fact: int | None = None,
                    caption: str = "", rebuild: bool = False) -> None:
        """Draw the groups; when they are the ones already drawn, only the highlight moves
        (another fact of the same category: no plot is rebuilt)."""
        if not rebuild and list(groups) == list(self.groups) and caption == self.caption.text():
            self.select(selected_fact)
            return
        self.groups, self.selected_fact = groups, selected_fact
        self.caption.setText(caption)
        self._plots = []
        self.scroll_area.setVisible(bool(groups))
        self.empty.setVisible(not groups)
        tiles, groups = split_tiles(groups)
        self.tiles.show_tiles(tiles, selected_fact)
        self.graphics.setVisible(bool(groups))
        if not groups:
            return
        metrics = QFontMetrics(self._font)
        label_width = max(metrics.horizontalAdvance(b.label) for g in groups for b in g.bars) + 16
        total_height = 0
        for row, group in enumerate(groups):
            plot = self._plot_for_row(row)
            self._draw(plot, group, label_width)
            height = int((ROW_HEIGHT * len(group.bars) + PLOT_EXTRA) * self.zoom)
            plot.setMinimumHeight(height)
            plot.setMaximumHeight(height)
            total_height += height
            self._plots.append((plot, group))
        for spare in self._pool[len(groups):]:  # kept for later, out of sight
            spare.hide()
            spare.setMinimumHeight(0)
            spare.setMaximumHeight(0)
        self.graphics.setMinimumHeight(total_height + 10)

    def _plot_for_row(self, row: int) -> BarPlot:
        """The plot of this row: plots are made once and redrawn, since making one costs
        more than drawing its bars."""
        while len(self._pool) <= row:
            made = BarPlot()
            self.graphics.addItem(made, row=len(self._pool), col=0)
            self._pool.append(made)
            self.plots_made += 1
        plot = self._pool[row]
        plot.show()
        return plot

    def fact_order(self) -> list[int]:
        """The facts as a keyboard user walks them: tiles, then bars, top to bottom."""
        tiles, charts = split_tiles(self.groups)
        return [b.fact_id for b in tiles] + [b.fact_id for g in charts for b in g.bars]

    def keyPressEvent(self, event) -> None:  # Qt override: arrows walk the bars and tiles
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1,
                Qt.Key.Key_Left: -1}.get(event.key())
        order = self.fact_order()
        if step is None or not order:
            super().keyPressEvent(event)
            return
        here = order.index(self.selected_fact) if self.selected_fact in order else -step
        self.fact_clicked.emit(order[(here + step) % len(order)])

    def select(self, fact_id: int | None) -> None:
        """Recolour the bars and tiles in place for another selected fact."""
        self.selected_fact = fact_id
        for plot, group in self._plots:
            plot.recolour([bar_colour(b, fact_id) for b in group.bars])
        self.tiles.select(fact_id)

    def _draw(self, plot: BarPlot, group: ChartGroup, label_width: int) -> None:
        plot.set_fonts(self._font, self._title_font)
        # Room at the right for the figures, which are drawn beyond the bars' ends.
        top = 100 if group.unit_kind == "percent" else group.maximum * 1.32 or 1
        plot.draw(group.title, [(b.label, b.value, b.text) for b in group.bars],
                  [bar_colour(b, self.selected_fact) for b in group.bars], label_width, top,
                  [(v, tick_text(v)) for v in axis_ticks(top)])  # 0 is labelled

    # --- interaction -----------------------------------------------------------------
    def bar_at(self, scene_pos: QPointF) -> tuple[ChartGroup, int] | None:
        """The group and bar index under a scene position, if any."""
        for plot, group in self._plots:
            if not plot.vb.sceneBoundingRect().contains(scene_pos):
                continue
            point = plot.vb.mapSceneToView(scene_pos)
            index = round(point.y())
            if 0 <= index < len(group.bars) and abs(point.y() - index) <= BAR_THICKNESS / 2 + 0.1:
                return group, index
        return None

    def _on_click(self, event) -> None:
        found = self.bar_at(event.scenePos())
        if found:
            group, index = found
            self.fact_clicked.emit(group.bars[index].fact_id)

    def _on_move(self, scene_pos: QPointF) -> None:
        found = self.bar_at(scene_pos)
        if found:
            group, index = found
            bar = group.bars[index]
            view_pos = self.graphics.mapFromScene(scene_pos)
            QToolTip.showText(self.graphics.viewport().mapToGlobal(view_pos),
                              plain_tooltip(f"{bar.label}：{bar.text}\n点击查看原文"),
                              self.graphics)
        else:
            QToolTip.hideText()

    def bar_scene_center(self, fact_id: int) -> QPointF | None:
        """Where a fact's bar is drawn, for tests and keyboard users."""
        for plot, group in self._plots:
            for index, bar in enumerate(group.bars):
                if bar.fact_id == fact_id:
                    return plot.vb.mapViewToScene(QPointF(bar.value / 2, index))
        return None

    # --- export ------------------------------------------------------------------------
    def export(self, path: Path, fmt: str, source: str) -> None:
        """The charts shown, as PNG or SVG: what is charted on top, the source underneath,
        no selection highlight (drawn as on paper, not grabbed from the screen)."""
        from gannan_gui.qt.painting.chart_image import write_chart_sheet

        charts = split_tiles(self.groups)[1]
        if not charts:
            raise OutputError("这一范围只有单项数据，没有可以导出的图表")
        caption = self.caption.text().replace("图表 · ", "")
        write_chart_sheet(path, fmt, charts, caption, source)
