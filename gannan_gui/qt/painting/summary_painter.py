"""Paint a summary on paper or into a PDF, page by page, and the print preview.

Layout is done once in device units for the printer's page layout (so the paper size,
orientation and margins chosen in the preview are the ones used): a list of blocks — title,
table rows, charts, quotes — is cut into pages where a block does not fit, never inside one,
with the table header repeated and a footer with page numbers on every page. Where the pages
go, a printer or a PDF file whose text layer is repaired afterwards, is
:mod:`gannan_gui.qt.painting.summary_pdf`'s.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtPrintSupport import QPrinter

from gannan_gui.common.files import OutputError
from gannan_gui.qt.fonts import print_font
from gannan_gui.qt.painting import open_painter
from gannan_gui.qt.painting.bar_chart import chart_height, paint_bar_chart
from gannan_gui.qt.painting.print_text import draw_wrapped, text_height, text_width
from gannan_gui.views import palette
from gannan_gui.views.charts import split_tiles
from gannan_gui.views.summary import Summary, SummaryRow

MARGINS_MM = QMarginsF(18, 16, 18, 16)
#: What a summary is painted on: a printer (paper, or its own PDF) or a PDF file.
PagedDevice = QPrinter | QPdfWriter
TEXT = QColor(palette.TEXT)
MUTED = QColor(palette.MUTED)
ACCENT = QColor(palette.ACCENT)
RULE = QColor(palette.RULE)
HEADER_FILL = QColor(palette.HEADER_FILL)
ROW_SHADE = QColor(palette.ROW_SHADE)
COLUMNS = (("数据项", 0.34), ("数值", 0.17), ("时期 · 限定", 0.21), ("类别", 0.28))
#: The narrowest and widest share the figure and period columns may take: as wide as their
#: longest text on one line (“十四五”以来 · 累计 is not broken before 计) within these.
FITTED_SHARES = {1: (0.12, 0.22), 2: (0.12, 0.30)}
# The summary's own words; summary_text() needs them too, to find the font's look-alikes.
SCOPE_PREFIX = "范围："
FIGURES_HEADING = "主要数据"
NO_FIGURES = "此范围内没有数据。"
CHARTS_HEADING = "图表"
QUOTES_HEADING = "原文引文"
PAGE_NUMBER = "第 {number} / {total} 页"
LEFT_OUT = "…… 另有 {count} 项数据，见完整摘要。"
#: Type sizes tried, largest first, to fill a one-page summary's sheet without going over.
ONE_PAGE_SCALES = (1.4, 1.3, 1.2, 1.1, 1.0, 0.9, 0.8, 0.72, 0.65)


@dataclass
class Block:
    height: float
    paint: Callable[[QPainter, float], None]  # draws at the given top y
    kind: str = "block"  # "row" blocks get the table header on a fresh page
    keep_with_next: bool = False


class SummaryPainter:
    """Lays out and paints one Summary on a paged device."""

    def __init__(self, summary: Summary, device: PagedDevice, scale: float = 1.0) -> None:
        self.summary = summary
        self.device = device
        layout = device.pageLayout()
        self.page = QRectF(layout.paintRectPixels(device.resolution()))
        self.page.moveTo(0, 0)
        self.body = print_font(10 * scale)
        self.small = print_font(8)
        self.bold = print_font(10 * scale, QFont.Weight.Bold)
        self.title_font = print_font(16 * scale, QFont.Weight.Bold)
        self.heading = print_font(12 * scale, QFont.Weight.Bold)
        self.figure_font = print_font(10.5 * scale, QFont.Weight.Bold)
        self.left_out = 0  # rows a one-page summary could not hold
        self.m = QFontMetricsF(self.body, device)
        self.line = self.m.height()
        self.footer_height = QFontMetricsF(self.small, device).height() * 3.0
        self.bottom = self.page.height() - self.footer_height
        self.shares = self._fit_columns()

    def _fit_columns(self) -> list[float]:
        """Each column's share of the width: the figure and period columns fitted to their
        longest text (and heading), the label and category sharing the rest as in COLUMNS."""
        pad = self.line * 0.3
        width = self.page.width()
        shares = [share for _name, share in COLUMNS]
        for index, (narrowest, widest) in FITTED_SHARES.items():
            font = self.figure_font if index == 1 else self.body
            texts = [self._cell_texts(row)[index] for row in self.summary.rows]
            longest = max([text_width(t, font, self.device) for t in texts]
                          + [text_width(self.summary.headers[index], self.bold, self.device)])
            shares[index] = min(max((longest + 2 * pad) * 1.02 / width, narrowest), widest)
        rest = 1 - sum(shares[i] for i in FITTED_SHARES)
        free = [i for i in range(len(COLUMNS)) if i not in FITTED_SHARES]
        given = sum(COLUMNS[i][1] for i in free)
        for i in free:
            shares[i] = rest * COLUMNS[i][1] / given
        return shares

    # --- blocks ------------------------------------------------------------------
    def _text_height(self, text: str, font: QFont, width: float) -> float:
        return text_height(text, font, width, self.device)

    def _text_block(self, text: str, font: QFont, color: QColor = TEXT, gap: float = 0.4,
                    keep_with_next: bool = False) -> Block:
        width = self.page.width()
        height = self._text_height(text, font, width) + self.line * gap

        def paint(p: QPainter, y: float) -> None:
            p.setPen(color)
            draw_wrapped(p, QRectF(0, y, width, height), text, font)
        return Block(height, paint, keep_with_next=keep_with_next)

    def _column_rects(self, y: float, height: float) -> list[QRectF]:
        rects, x = [], 0.0
        for share in self.shares:
            w = self.page.width() * share
            rects.append(QRectF(x, y, w, height))
            x += w
        return rects

    def _cell_texts(self, row: SummaryRow) -> list[str]:
        return [row.label, row.figure, row.when, row.category]

    def _row_block(self, row: SummaryRow, shaded: bool) -> Block:
        pad = self.line * 0.3
        fonts = [self.body, self.figure_font, self.body, self.body]
        rects = self._column_rects(0, 0)
        height = max(self._text_height(t, f, r.width() - 2 * pad)
                     for t, f, r in zip(self._cell_texts(row), fonts, rects, strict=True))
        height += 2 * pad

        def paint(p: QPainter, y: float) -> None:
            cells = self._column_rects(y, height)
            if shaded:
                p.fillRect(QRectF(0, y, self.page.width(), height), ROW_SHADE)
            for text, font, rect, index in zip(self._cell_texts(row), fonts, cells, range(4),
                                               strict=True):
                p.setPen(ACCENT if index == 1 else TEXT)
                align = Qt.AlignmentFlag.AlignRight if index == 1 else Qt.AlignmentFlag.AlignLeft
                draw_wrapped(p, rect.adjusted(pad, pad, -pad, -pad), text, font, align,
                             centre_vertically=True)
            self._rule(p, y + height)
        return Block(height, paint, kind="row")

    def _header_block(self) -> Block:
        pad = self.line * 0.3
        height = self.line + 2 * pad

        def paint(p: QPainter, y: float) -> None:
            p.fillRect(QRectF(0, y, self.page.width(), height), HEADER_FILL)
            p.setFont(self.bold)
            p.setPen(TEXT)
            for name, rect, index in zip(self.summary.headers, self._column_rects(y, height),
                                         range(4), strict=True):
                align = Qt.AlignmentFlag.AlignRight if index == 1 else Qt.AlignmentFlag.AlignLeft
                p.drawText(rect.adjusted(pad, 0, -pad, 0),
                           int(align | Qt.AlignmentFlag.AlignVCenter), name)
            self._rule(p, y + height)
        return Block(height, paint, kind="header")

    def _rule(self, p: QPainter, y: float) -> None:
        pen = QPen(RULE)
        pen.setWidthF(self.line / 20)
        p.setPen(pen)
        p.drawLine(QLineF(0, y, self.page.width(), y))

    def _chart_block(self, group) -> Block:
        metrics = QFontMetricsF(self.body, self.device)
        height = chart_height(group, metrics) + self.line * 0.6

        def paint(p: QPainter, y: float) -> None:
            paint_bar_chart(p, QRectF(0, y, self.page.width() * 0.92, height), group, self.body)
        return Block(height, paint)

    def _quote_block(self, row: SummaryRow) -> Block:
        text = f"{row.figure}　{row.label}：“{row.quote}”"
        return self._text_block(text, self.body, TEXT, gap=0.5)

    def blocks(self) -> list[Block]:
        s = self.summary
        out = [
            self._text_block(s.title, self.title_font, TEXT, gap=0.3),
            self._text_block(s.meta_line, self.body, MUTED, gap=0.2),
            self._text_block(f"{SCOPE_PREFIX}{s.scope}", self.body, MUTED, gap=1.0),
        ]
        if s.rows:
            out.append(self._heading(FIGURES_HEADING))
            out.append(self._header_block())
            shown = s.rows[:len(s.rows) - self.left_out]
            out += [self._row_block(r, i % 2 == 1) for i, r in enumerate(shown)]
            if self.left_out:
                out.append(self._text_block(LEFT_OUT.format(count=self.left_out), self.body,
                                            MUTED))
        else:
            out.append(self._text_block(NO_FIGURES, self.body, MUTED))
        _tiles, charts = split_tiles(s.charts)  # lone figures are in the table already
        if charts:
            out.append(self._spacer())
            out.append(self._heading(CHARTS_HEADING))
            out += [self._chart_block(g) for g in charts]
        if s.rows and s.show_quotes:
            out.append(self._spacer())
            out.append(self._heading(QUOTES_HEADING))
            out += [self._quote_block(r) for r in s.rows]
        return out

    def _heading(self, text: str) -> Block:
        return self._text_block(text, self.heading, gap=0.4, keep_with_next=True)

    def _spacer(self) -> Block:
        return Block(self.line, lambda p, y: None)

    # --- pages -------------------------------------------------------------------
    def paginate(self) -> list[list[tuple[Block, float]]]:
        """Blocks with their y on each page; a block never straddles two pages."""
        blocks = self.blocks()
        header = next((b for b in blocks if b.kind == "header"), None)
        pages: list[list[tuple[Block, float]]] = [[]]
        y = 0.0
        for index, block in enumerate(blocks):
            need = block.height
            if block.keep_with_next and index + 1 < len(blocks):
                need += blocks[index + 1].height
                if blocks[index + 1].kind == "header" and index + 2 < len(blocks):
                    need += blocks[index + 2].height
            if y + need > self.bottom and pages[-1]:
                pages.append([])
                y = 0.0
                if block.kind == "row" and header is not None:
                    pages[-1].append((header, y))
                    y += header.height
            pages[-1].append((block, y))
            y += block.height
        return pages

    def paint(self) -> int:
        """Paint every page; returns the number of pages."""
        pages = self.paginate()
        refused = "cannot start printing (is the printer or file available?)"
        with open_painter(self.device, refused) as painter:
            for number, page in enumerate(pages, 1):
                if number > 1 and not self.device.newPage():
                    raise OutputError("打印机拒绝了新的一页")
                for block, y in page:
                    block.paint(painter, y)
                self._footer(painter, number, len(pages))
        return len(pages)

    def _footer(self, p: QPainter, number: int, total: int) -> None:
        metrics = QFontMetricsF(self.small, self.device)
        line = metrics.height()
        top = self.page.height() - line * 2.3
        self._rule(p, top - line * 0.3)
        p.setFont(self.small)
        p.setPen(MUTED)
        page_text = PAGE_NUMBER.format(number=number, total=total)
        width = self.page.width() - metrics.horizontalAdvance(page_text) - line
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for row, text in enumerate((self.summary.footer, self.summary.footer_detail)):
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            p.drawText(QRectF(0, top + row * line * 1.15, width, line), left, shown)
        p.drawText(QRectF(0, top, self.page.width(), line),
                   int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), page_text)


def fitted_painter(summary: Summary, device: PagedDevice) -> SummaryPainter:
    """A painter for the summary; a one-page summary gets the largest type that fits one
    sheet, and at the smallest, as many rows as fit, saying how many more there are."""
    if not summary.one_page:
        return SummaryPainter(summary, device)
    for scale in ONE_PAGE_SCALES:
        painter = SummaryPainter(summary, device, scale)
        if len(painter.paginate()) == 1:
            return painter
    while painter.left_out < len(summary.rows) and len(painter.paginate()) > 1:
        painter.left_out += 1
    return painter
