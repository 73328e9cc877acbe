"""Bar charts as pictures: PNG at print resolution for Word, and the chart export (PNG or
SVG) with what is charted and its source, drawn as on paper."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage
from PySide6.QtSvg import QSvgGenerator

from gannan_gui.common.files import OutputError
from gannan_gui.qt.fonts import print_font
from gannan_gui.qt.painting import open_painter
from gannan_gui.qt.painting.bar_chart import chart_height, paint_bar_chart
from gannan_gui.views import palette
from gannan_gui.views.charts import ChartGroup, split_tiles

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
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; Qt, str
    return bytes(data.data())


def document_pictures(groups) -> list[bytes]:
    """The charts a Word document carries, as pictures: the comparisons only (a lone figure
    is in the table already)."""
    return [chart_png(group) for group in split_tiles(groups)[1]]


def _sheet_layout(groups: list[ChartGroup], font, device) -> tuple[float, float, list[float]]:
    metrics = QFontMetricsF(font, device)
    line = metrics.height()
    heights = [chart_height(g, metrics) + line * 0.6 for g in groups]
    return line, line * 2.2 + sum(heights) + line * 2.0, heights


def _paint_sheet(painter, width: float, groups: list[ChartGroup], caption: str, source: str,
                 font) -> None:
    """What is charted on top, the charts, the source underneath; no highlight."""
    line, _total, heights = _sheet_layout(groups, font, painter.device())
    margin = line
    title = QFont(font)
    title.setBold(True)
    title.setPointSizeF(font.pointSizeF() * 1.3)
    painter.setFont(title)
    painter.setPen(QColor(palette.TEXT))
    painter.drawText(QRectF(margin, line * 0.4, width - 2 * margin, line * 1.6),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), caption)
    y = line * 2.2
    for group, height in zip(groups, heights, strict=True):
        paint_bar_chart(painter, QRectF(margin, y, width - 2 * margin, height), group, font)
        y += height
    painter.setFont(font)
    painter.setPen(QColor(palette.MUTED))
    painter.drawText(QRectF(margin, y + line * 0.4, width - 2 * margin, line * 1.2),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                     f"来源：{source}")


def write_chart_sheet(path: Path, fmt: str, groups: list[ChartGroup], caption: str,
                      source: str, width: int = 1600) -> None:
    """The charts as a PNG (`width` pixels wide) or an SVG, for a colleague's slide or report:
    the same drawing as on paper."""
    font = print_font(10)
    if fmt == "png":
        probe = QImage(1, 1, QImage.Format.Format_RGB32)
        probe.setDotsPerMeterX(round(200 / MM_PER_INCH * 1000))
        probe.setDotsPerMeterY(round(200 / MM_PER_INCH * 1000))
        _line, height, _ = _sheet_layout(groups, font, probe)
        image = QImage(width, round(height), QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(probe.dotsPerMeterX())
        image.setDotsPerMeterY(probe.dotsPerMeterY())
        image.fill(QColor("white"))
        with open_painter(image) as painter:
            _paint_sheet(painter, width, groups, caption, source, font)
        if not image.save(str(path), "PNG"):  # type: ignore[call-overload]  # full disk?
            raise OutputError(f"{path}：无法写入图片（磁盘是否已满？）")
        return
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setResolution(96)
    _line, height, _ = _sheet_layout(groups, font, generator)
    generator.setSize(QSize(width // 2, round(height)))
    generator.setViewBox(QRectF(0, 0, width // 2, height))
    generator.setTitle(caption)
    with open_painter(generator) as painter:
        painter.fillRect(QRectF(0, 0, width // 2, height), QColor("white"))
        _paint_sheet(painter, width // 2, groups, caption, source, font)
