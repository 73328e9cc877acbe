"""One plot of horizontal bars: a title, the bars with their figures, a label axis and a value
axis, made of pyqtgraph's parts.

pyqtgraph's PlotItem has the same parts plus option menus, buttons and a settings form that
this app never shows; making those was two thirds of the cost of a plot, and a report's
overview makes eight. The figures at the bars' ends are one item, not a TextItem each.
"""

from __future__ import annotations

from html import escape

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsGridLayout

from gannan_gui.views import palette

BAR_THICKNESS = 0.62
TITLE_HEIGHT = 30
LABEL_GAP = 4  # pixels between a bar's end and its figure


class FigureLabels(pg.GraphicsObject):
    """The figure as written at the end of each bar, in screen pixels whatever the view's
    scale (so the text is never stretched)."""

    def __init__(self) -> None:
        super().__init__()
        self.labels: list[tuple[float, float, str]] = []  # (value, row, text)
        self.font = QFont()
        self._bounds = QRectF()

    def set_labels(self, labels: list[tuple[float, float, str]], font: QFont,
                   bounds: QRectF) -> None:
        """`bounds`: the view's range, in data units, within which the labels are drawn."""
        self.prepareGeometryChange()
        self.labels, self.font, self._bounds = labels, font, bounds
        self.update()

    def boundingRect(self) -> QRectF:  # Qt override
        return self._bounds

    def paint(self, painter, *_args) -> None:  # Qt override
        to_screen = painter.transform()
        metrics = QFontMetricsF(self.font)
        middle = (metrics.ascent() - metrics.descent()) / 2
        painter.save()
        painter.resetTransform()
        painter.setFont(self.font)
        painter.setPen(QColor(palette.TEXT))
        for value, row, text in self.labels:
            at = to_screen.map(QPointF(value, row))
            painter.drawText(QPointF(at.x() + LABEL_GAP, at.y() + middle), text)
        painter.restore()


class BarPlot(pg.GraphicsWidget):
    """Made once and redrawn for each chart group: `draw` replaces bars, labels and ticks."""

    def __init__(self) -> None:
        super().__init__()
        self.vb = pg.ViewBox(enableMenu=False)
        self.vb.setMouseEnabled(x=False, y=False)
        self.vb.invertY(True)
        self.title = pg.LabelItem("", parent=self)
        self.left = pg.AxisItem("left", parent=self)
        self.bottom = pg.AxisItem("bottom", parent=self)
        for axis in (self.left, self.bottom):
            axis.linkToView(self.vb)
            axis.setTextPen(pg.mkPen(palette.TEXT))
            axis.setPen(pg.mkPen(palette.AXIS))
        grid = QGraphicsGridLayout()
        grid.setContentsMargins(1, 1, 1, 1)
        grid.setSpacing(0)
        grid.addItem(self.title, 0, 1)
        grid.addItem(self.left, 1, 0)
        grid.addItem(self.vb, 1, 1)
        grid.addItem(self.bottom, 2, 1)
        grid.setRowFixedHeight(0, TITLE_HEIGHT)
        grid.setRowStretchFactor(1, 100)
        grid.setColumnStretchFactor(1, 100)
        self.setLayout(grid)
        self.bars = pg.BarGraphItem(x0=0, y=[], height=BAR_THICKNESS, width=[])
        self.figures = FigureLabels()
        self.vb.addItem(self.bars)
        self.vb.addItem(self.figures)
        self._font: QFont | None = None

    def set_fonts(self, font: QFont, title_font: QFont) -> None:
        """Tick and figure text in `font`, the title in `title_font`; only when they change,
        since restyling an axis re-lays its text out."""
        if self._font is not None and self._font == font:
            return
        self._font = font
        self.title.item.setFont(title_font)
        for axis in (self.left, self.bottom):
            axis.setStyle(tickFont=font, tickLength=0, hideOverlappingLabels=False)
        # Tall enough for the tick labels at this size: pyqtgraph's own height cut them off.
        self.bottom.setHeight(int(QFontMetricsF(font).height() * 1.6))
        self.layout().setRowFixedHeight(0, max(TITLE_HEIGHT,
                                               QFontMetricsF(title_font).height() * 1.5))

    def draw(self, title: str, rows: list[tuple[str, float, str]], brushes: list[QColor],
             label_width: int, top: float, ticks: list[tuple[float, str]]) -> None:
        """Bars for `rows` (label, value, figure as written), top to bottom, on a value axis
        from 0 to `top` ticked at `ticks`."""
        self.title.setText(escape(title), color=palette.TEXT)  # the title is HTML
        count = len(rows)
        ys = list(range(count))
        self.bars.setOpts(x0=0, y=ys, height=BAR_THICKNESS, width=[r[1] for r in rows],
                          brushes=brushes, pens=[pg.mkPen(None)] * count)
        self.figures.set_labels([(value, y, text) for y, (_, value, text) in zip(ys, rows,
                                                                                 strict=True)],
                                self._font or QFont(), QRectF(0, -0.6, top, count))
        self.left.setTicks([[(y, label) for y, (label, _, _) in zip(ys, rows, strict=True)]])
        self.left.setWidth(label_width)
        self.bottom.setTicks([ticks])
        self.vb.setRange(xRange=(0, top), yRange=(-0.6, count - 0.4), padding=0)

    def recolour(self, brushes: list[QColor]) -> None:
        self.bars.setOpts(brushes=brushes)
