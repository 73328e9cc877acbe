"""Bar charts as PNG pictures at print resolution, for documents that cannot hold vectors."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QImage

from gannan_gui.qt.fonts import print_font
from gannan_gui.qt.painting import open_painter
from gannan_gui.qt.painting.bar_chart import chart_height, paint_bar_chart
from gannan_gui.views.charts import ChartGroup

MM_PER_INCH = 25.4


def chart_png(group: ChartGroup, width_mm: float = 174, dpi: int = 300) -> bytes:
    """One chart, `width_mm` wide at `dpi`, on white: what Word shows at that width."""
    width = round(width_mm / MM_PER_INCH * dpi)
    font = print_font(10)
    probe = QImage(1, 1, QImage.Format.Format_RGB32)
    probe.setDotsPerMeterX(round(dpi / MM_PER_INCH * 1000))
    probe.setDotsPerMeterY(round(dpi / MM_PER_INCH * 1000))
    height = round(chart_height(group, QFontMetricsF(font, probe)))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(probe.dotsPerMeterX())
    image.setDotsPerMeterY(probe.dotsPerMeterY())
    image.fill(QColor("white"))
    with open_painter(image) as painter:
        paint_bar_chart(painter, QRectF(0, 0, width, height), group, font)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())
