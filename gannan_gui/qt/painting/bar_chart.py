"""Horizontal bar charts drawn with QPainter: vector in PDFs, sharp on any projector.

The window's interactive charts use pyqtgraph; paper and slides use this, which scales with the
font it is given and needs no widget. Bars come from :mod:`gannan_gui.views.charts`.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from gannan_gui.qt.painting import saved_state
from gannan_gui.views import palette
from gannan_gui.views.charts import ChartGroup

BAR = QColor(palette.BAR)
TEXT = QColor(palette.TEXT)
AXIS = QColor(palette.AXIS)


def chart_height(group: ChartGroup, metrics: QFontMetricsF) -> float:
    """Height a chart of this group needs with this font: title, one row per bar, axis gap."""
    line = metrics.height()
    return line * 1.6 + len(group.bars) * line * 1.7 + line * 0.4


def paint_bar_chart(painter: QPainter, rect: QRectF, group: ChartGroup, font: QFont) -> None:
    """Draw the group's bars into rect: labels left, bars, the figure as written at each end."""
    with saved_state(painter):
        _paint_bars(painter, rect, group, font)


def _paint_bars(painter: QPainter, rect: QRectF, group: ChartGroup, font: QFont) -> None:
    metrics = QFontMetricsF(font, painter.device())
    line = metrics.height()
    title_font = QFont(font)
    title_font.setBold(True)
    top = rect.top()
    painter.setFont(title_font)
    painter.setPen(TEXT)
    painter.drawText(QRectF(rect.left(), top, rect.width(), line * 1.4),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, group.title)
    top += line * 1.6
    painter.setFont(font)
    label_width = min(max(metrics.horizontalAdvance(b.label) for b in group.bars) + line,
                      rect.width() * 0.42)
    value_width = max(metrics.horizontalAdvance(b.text) for b in group.bars) + line * 0.6
    bar_left = rect.left() + label_width
    bar_space = max(rect.width() - label_width - value_width, line)
    top_value = 100.0 if group.unit_kind == "percent" else (group.maximum or 1.0)
    row = line * 1.7
    for index, bar in enumerate(group.bars):
        y = top + index * row
        label_rect = QRectF(rect.left(), y, label_width - line * 0.5, row)
        painter.setPen(TEXT)
        elided = metrics.elidedText(bar.label, Qt.TextElideMode.ElideMiddle, label_rect.width())
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         elided)
        length = max(bar_space * bar.value / top_value, line * 0.15)
        bar_rect = QRectF(bar_left, y + row * 0.18, length, row * 0.64)
        painter.fillRect(bar_rect, BAR)
        painter.drawText(QRectF(bar_rect.right() + line * 0.3, y, value_width, row),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bar.text)
    pen = QPen(AXIS)
    pen.setWidthF(max(line / 14, 1.0))
    painter.setPen(pen)
    painter.drawLine(QLineF(bar_left, top, bar_left, top + len(group.bars) * row))
