"""Paint one slide with QPainter at sizes relative to its rectangle, so the same slide reads
from the back of the room on a 1024×768 projector and on a 4K screen."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from gannan_gui.qt.fonts import chinese_font
from gannan_gui.qt.painting import saved_state
from gannan_gui.qt.painting.bar_chart import chart_height, paint_bar_chart
from gannan_gui.views import palette
from gannan_gui.views.charts import split_tiles
from gannan_gui.views.keys import PRESENTER_KEYS
from gannan_gui.views.slides import Slide

BACKGROUND = QColor(palette.BACKGROUND)
TEXT = QColor(palette.SLIDE_TEXT)
MUTED = QColor(palette.SLIDE_MUTED)
ACCENT = QColor(palette.ACCENT)
BAND = QColor(palette.BAND)
MIN_CHART_TEXT = 0.024  # of the slide height: still readable at the back on 1024×768
#: The charts' text at most, as a share of the slide's height.
CHART_TEXT = 0.03
#: A block of figures and charts that leaves more than this share of the slide empty is
#: centred in it (4:3 screens left the bottom half of most slides blank).
SPARE_TO_CENTRE = 0.3
MIN_FIGURE_TEXT = 0.03


def _font(px: float, bold: bool = False) -> QFont:
    font = chinese_font(0, QFont.Weight.Bold if bold else QFont.Weight.Normal)
    font.setPixelSize(max(int(px), 8))
    return font


def draw_text(p: QPainter, rect: QRectF, text: str, px: float, color: QColor = TEXT,
          bold: bool = False, align=Qt.AlignmentFlag.AlignLeft) -> float:
    """Draw wrapped text; returns the height used. No character is left alone on the last
    line (基 / 地): the lines are narrowed a little until it has company."""
    font = _font(px, bold)
    flags = int(align | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
    width = without_orphan(text, QFontMetricsF(font), rect.width())
    if width < rect.width():
        shift = (rect.width() - width) / 2 if align & Qt.AlignmentFlag.AlignHCenter else 0
        rect = QRectF(rect.left() + shift, rect.top(), width, rect.height())
    used = QFontMetricsF(font).boundingRect(rect, flags, text)
    p.setFont(font)
    p.setPen(color)
    p.drawText(rect, flags, text)
    return used.height()


def _lines(text: str, metrics: QFontMetricsF, width: float) -> int:
    flags = int(Qt.TextFlag.TextWordWrap)
    height = metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()
    return round(height / metrics.lineSpacing()) if height else 0


def without_orphan(text: str, metrics: QFontMetricsF, width: float) -> float:
    """A width at most `width` at which the last wrapped line holds two characters or more;
    `width` itself when the text fits on one line or no narrower width helps."""
    if len(text) < 4 or _lines(text, metrics, width) < 2:
        return width
    narrower = width
    while (_lines(text, metrics, narrower) > _lines(text[:-1], metrics, narrower)
           and narrower > width * 0.8):
        narrower *= 0.97
    return narrower if narrower > width * 0.8 else width


def paint_slide(p: QPainter, rect: QRectF, slide: Slide, position: str = "") -> None:
    """Paint a slide to fill `rect` (any size: sizes are fractions of its height)."""
    with saved_state(p):
        _paint_slide_body(p, rect, slide, position)


def _paint_slide_body(p: QPainter, rect: QRectF, slide: Slide, position: str) -> None:
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    p.fillRect(rect, BACKGROUND)
    h, w = rect.height(), rect.width()
    margin = min(h, w) * 0.06
    inner = rect.adjusted(margin, margin * 0.8, -margin, -margin)
    p.fillRect(QRectF(rect.left(), rect.top(), w, h * 0.012), BAND)
    if slide.kind in ("title", "part", "end"):
        _paint_centred(p, inner, slide, h)
    elif slide.kind == "fact":
        _paint_fact(p, inner, slide, h)
    else:
        _paint_category(p, inner, slide, h)
    if position:
        font = _font(h * 0.022)
        p.setFont(font)
        p.setPen(MUTED)
        p.drawText(QRectF(rect.left(), rect.bottom() - h * 0.05, w - margin * 0.6, h * 0.04),
                   int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), position)


def _paint_centred(p: QPainter, r: QRectF, slide: Slide, h: float) -> None:
    sizes = {"title": (0.075, 0.045), "part": (0.085, 0.04), "end": (0.06, 0.04)}[slide.kind]
    y = r.top() + r.height() * (0.22 if slide.kind != "end" else 0.1)
    centre = Qt.AlignmentFlag.AlignHCenter
    y += draw_text(p, QRectF(r.left(), y, r.width(), h), slide.title, h * sizes[0], TEXT, True,
               centre) + h * 0.03
    if slide.subtitle:
        y += draw_text(p, QRectF(r.left(), y, r.width(), h), slide.subtitle, h * sizes[1], MUTED,
                   False, centre) + h * 0.05
    for line in slide.lines:
        if line:
            y += draw_text(p, QRectF(r.left(), y, r.width(), h), line, h * 0.034, MUTED, False,
                       centre) + h * 0.015


def _paint_fact(p: QPainter, r: QRectF, slide: Slide, h: float) -> None:
    figure = slide.figures[0]
    y = r.top()
    y += draw_text(p, QRectF(r.left(), y, r.width(), h), slide.subtitle, h * 0.03, MUTED) + h * 0.05
    y += draw_text(p, QRectF(r.left(), y, r.width(), h), figure.figure, h * 0.17, ACCENT, True,
               Qt.AlignmentFlag.AlignHCenter)
    y += draw_text(p, QRectF(r.left(), y, r.width(), h), figure.label, h * 0.06, TEXT, True,
               Qt.AlignmentFlag.AlignHCenter) + h * 0.01
    if figure.note:
        y += draw_text(p, QRectF(r.left(), y, r.width(), h), figure.note, h * 0.035, MUTED, False,
                   Qt.AlignmentFlag.AlignHCenter)
    y += h * 0.05
    for line in slide.lines:
        y += draw_text(p, QRectF(r.left() + r.width() * 0.06, y, r.width() * 0.88, h), line,
                   h * (0.042 if line.startswith("“") else 0.026),
                   TEXT if line.startswith("“") else MUTED,
                   False, Qt.AlignmentFlag.AlignHCenter) + h * 0.02


def _paint_category(p: QPainter, r: QRectF, slide: Slide, h: float) -> None:
    y = r.top()
    if slide.subtitle:
        y += draw_text(p, QRectF(r.left(), y, r.width(), h), slide.subtitle, h * 0.028, MUTED)
    y += draw_text(p, QRectF(r.left(), y, r.width(), h), slide.title, h * 0.06, TEXT, True)
    y += h * 0.03
    if slide.kind == "names":
        _paint_names(p, QRectF(r.left(), y, r.width(), r.bottom() - y), slide.names, h)
        return
    count = len(slide.figures)
    columns = min(count, 3) or 1
    rows = math.ceil(count / columns)
    cell_w = r.width() / columns
    box_w = cell_w * 0.86  # room between figures: on a 4:3 screen 14.93亿元 met 971个
    charted = bool(split_tiles(slide.charts)[1])
    # One size for every figure on the slide: the largest at which the widest fits one line;
    # larger when no chart shares the slide, which is then laid out for its whole height.
    figure_px = h * ((0.085 if rows == 1 else 0.068) if charted else
                     (0.12 if rows == 1 else 0.09))
    widest = max(slide.figures, key=lambda f: QFontMetricsF(_font(figure_px, True))
                 .horizontalAdvance(f.figure)).figure
    # Never below the smallest readable size: an absurdly long figure is clipped, not looped on.
    while (figure_px > h * MIN_FIGURE_TEXT
           and QFontMetricsF(_font(figure_px, True)).horizontalAdvance(widest) > box_w):
        figure_px *= 0.94
    label_px = h * 0.03
    flags = int(Qt.TextFlag.TextWordWrap)
    label_h = max(QFontMetricsF(_font(label_px)).boundingRect(
        QRectF(0, 0, box_w, h), flags, f.grid_label).height() for f in slide.figures)
    period_px = label_px * 0.85  # each figure's period, as the presenter view has it
    period_h = (QFontMetricsF(_font(period_px)).height()
                if any(f.period for f in slide.figures) else 0)
    cell_h = QFontMetricsF(_font(figure_px, True)).height() + label_h + period_h + h * 0.025
    if not charted:  # the figures alone: centred in the height the slide has for them
        y = max(y, y + (r.bottom() - y - rows * cell_h) / 2 - h * 0.03)
    else:  # figures and charts as one block, centred when they leave the slide half empty
        room = r.bottom() - y - rows * cell_h - h * 0.01
        _px, charts_h = _chart_layout(slide, room, h)
        spare = room - charts_h
        if spare > (r.bottom() - y) * SPARE_TO_CENTRE:
            y += spare / 2 - h * 0.02
    for i, figure in enumerate(slide.figures):
        box = QRectF(r.left() + (i % columns) * cell_w + cell_w * 0.03,
                     y + (i // columns) * cell_h, box_w, cell_h)
        used = draw_text(p, box, figure.figure, figure_px, ACCENT, True)
        used += draw_text(p, box.adjusted(0, used, 0, 0), figure.grid_label, label_px, TEXT)
        if figure.period:
            draw_text(p, box.adjusted(0, used, 0, 0), figure.period, period_px, MUTED)
    y += rows * cell_h + h * 0.01
    _paint_charts(p, QRectF(r.left(), y, r.width() * 0.9, r.bottom() - y), slide, h)


def _paint_names(p: QPainter, r: QRectF, names: tuple[tuple[str, str], ...], h: float) -> None:
    columns = 3 if len(names) > 4 else 2
    row_h = min(h * 0.13, r.height() / max(math.ceil(len(names) / columns), 1))
    name_px = min(h * 0.042, row_h * 0.42)
    for i, (name, kind) in enumerate(names):
        box = QRectF(r.left() + (i % columns) * r.width() / columns, r.top() + (i // columns)
                     * row_h, r.width() / columns * 0.95, row_h)
        p.fillRect(QRectF(box.left(), box.top() + row_h * 0.12, h * 0.01, row_h * 0.62), BAND)
        text_box = box.adjusted(h * 0.028, row_h * 0.06, 0, 0)
        used = draw_text(p, text_box, name, name_px, TEXT, True)
        # Below the name however many lines it took (the box is a row high, not a limit).
        draw_text(p, QRectF(text_box.left(), text_box.top() + used, text_box.width(), row_h),
                  kind, name_px * 0.6, MUTED)


def _chart_layout(slide: Slide, room: float, h: float) -> tuple[float, float]:
    """The charts' text size (the largest that fits `room`, at most CHART_TEXT of the slide's
    height) and the height they then take."""
    _tiles, charts = split_tiles(slide.charts)  # a lone figure is already big on the slide
    if not charts:
        return h * CHART_TEXT, 0.0
    px = h * CHART_TEXT
    while px > h * MIN_CHART_TEXT:  # the largest text that fits
        metrics = QFontMetricsF(_font(px))
        if sum(chart_height(g, metrics) for g in charts) <= room:
            break
        px *= 0.93
    metrics = QFontMetricsF(_font(px))
    return px, sum(chart_height(g, metrics) for g in charts)


def _paint_charts(p: QPainter, r: QRectF, slide: Slide, h: float) -> None:
    _tiles, charts = split_tiles(slide.charts)  # a lone figure is already big on the slide
    if not charts or r.height() <= 0:
        return
    px, _height = _chart_layout(slide, r.height(), h)
    font = _font(px)
    metrics = QFontMetricsF(font)
    y = r.top()
    for group in charts:
        height = chart_height(group, metrics)
        paint_bar_chart(p, QRectF(r.left(), y, r.width(), height), group, font)
        y += height


def paint_key_help(p: QPainter, rect: QRectF) -> None:
    """The presenter keys in a panel over the slide (F1 or ?)."""
    h = rect.height()
    px = max(h * 0.032, 12)
    rows = PRESENTER_KEYS
    line = QFontMetricsF(_font(px)).height() * 1.35
    panel = QRectF(rect.left() + rect.width() * 0.05, rect.top() + h * 0.1,
                   rect.width() * 0.9, line * (len(rows) + 2.4))
    with saved_state(p):
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(BAND, max(h * 0.003, 1.0)))
        p.setBrush(QColor(palette.BACKGROUND))
        p.drawRoundedRect(panel, h * 0.015, h * 0.015)
        inner = panel.adjusted(line, line * 0.6, -line, 0)
        draw_text(p, QRectF(inner.left(), inner.top(), inner.width(), line),
                  "演示按键（F1 或 ? 关闭）", px, TEXT, True)
        for i, (keys, what) in enumerate(rows, 1):
            y = inner.top() + i * line + line * 0.3
            draw_text(p, QRectF(inner.left(), y, inner.width() * 0.6, line), keys, px, ACCENT,
                      True)
            draw_text(p, QRectF(inner.left() + inner.width() * 0.62, y, inner.width() * 0.38,
                                line), what, px, TEXT)
