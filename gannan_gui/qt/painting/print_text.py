"""Wrapped text for paper and PDF, with Chinese punctuation in the Chinese face.

Printed text names a Latin face first (its digits and letters keep the PDF's text layer
whole, see qt.fonts.print_font); but a Latin face draws “ ” ‘ ’ — … too, half-width, so
inside Chinese text they looked wrong. These are laid out in the Chinese face here, the rest
as before; the height measured is the height drawn.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPaintDevice, QPainter, QTextCharFormat, QTextLayout, QTextOption

from gannan_gui.qt.fonts import SC_FAMILIES

#: Punctuation both a Latin and a Chinese face draw: in this app's text, always Chinese.
CHINESE_PUNCTUATION = re.compile("[“”‘’—…–]+")  # not the app's " · " separator


def text_layout(text: str, font: QFont, width: float, device: QPaintDevice | None = None,
                align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> tuple[QTextLayout, float]:
    """`text` laid out in lines of `width`, and the height the lines take."""
    layout = QTextLayout(text, font, device)
    option = QTextOption(align)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    chinese = QTextCharFormat()
    chinese.setFontFamilies(list(SC_FAMILIES))
    ranges = []
    for match in CHINESE_PUNCTUATION.finditer(text):
        span = QTextLayout.FormatRange()
        span.start, span.length, span.format = match.start(), len(match.group()), chinese
        ranges.append(span)
    layout.setFormats(ranges)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 1.0))
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


def text_height(text: str, font: QFont, width: float, device: QPaintDevice | None = None
                ) -> float:
    return text_layout(text, font, width, device)[1]


def text_width(text: str, font: QFont, device: QPaintDevice | None = None) -> float:
    """The width `text` takes on one line, as it is drawn (its punctuation in the Chinese
    face, wider than the font's own metrics say)."""
    layout, _height = text_layout(text, font, 1e9, device)
    return max((layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount())),
               default=0.0)


def draw_wrapped(p: QPainter, rect: QRectF, text: str, font: QFont,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
                 centre_vertically: bool = False) -> float:
    """Draw `text` wrapped in `rect` with the painter's pen; the height it took."""
    layout, height = text_layout(text, font, rect.width(), p.device(), align)
    top = rect.top() + ((rect.height() - height) / 2 if centre_vertically else 0)
    layout.draw(p, QPointF(rect.left(), top))
    return height
