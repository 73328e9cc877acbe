"""Full-screen presentation for meetings, with a presenter view on a second screen.

Slides come from :mod:`gannan_gui.slides`; here they are painted with QPainter at sizes
proportional to the screen, so the same slide reads from the back of the room on a 1024×768
projector and on a 4K screen. Nothing is loaded from the network.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QScreen,
)
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from gannan_gui.gui.bar_painter import chart_height, paint_bar_chart
from gannan_gui.gui.fonts import chinese_font
from gannan_gui.slides import Slide, SlideDeck

BACKGROUND = QColor("#ffffff")
TEXT = QColor("#1a1a1a")
MUTED = QColor("#4a4f55")
ACCENT = QColor("#b3261e")
BAND = QColor("#1f4e79")

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_PageDown,
             Qt.Key.Key_N}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace, Qt.Key.Key_PageUp,
                 Qt.Key.Key_P}
ENTER_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
MIN_CHART_TEXT = 0.024  # of the slide height: still readable at the back on 1024×768


def _font(px: float, bold: bool = False) -> QFont:
    font = chinese_font(0, QFont.Weight.Bold if bold else QFont.Weight.Normal)
    font.setPixelSize(max(int(px), 8))
    return font


def _text(p: QPainter, rect: QRectF, text: str, px: float, color: QColor = TEXT,
          bold: bool = False, align=Qt.AlignmentFlag.AlignLeft) -> float:
    """Draw wrapped text; returns the height used."""
    font = _font(px, bold)
    flags = int(align | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
    used = QFontMetricsF(font).boundingRect(rect, flags, text)
    p.setFont(font)
    p.setPen(color)
    p.drawText(rect, flags, text)
    return used.height()


def paint_slide(p: QPainter, rect: QRectF, slide: Slide, position: str = "") -> None:
    """Paint a slide to fill `rect` (any size: sizes are fractions of its height)."""
    p.save()
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
    p.restore()


def _paint_centred(p: QPainter, r: QRectF, slide: Slide, h: float) -> None:
    sizes = {"title": (0.075, 0.045), "part": (0.085, 0.04), "end": (0.06, 0.04)}[slide.kind]
    y = r.top() + r.height() * (0.22 if slide.kind != "end" else 0.1)
    centre = Qt.AlignmentFlag.AlignHCenter
    y += _text(p, QRectF(r.left(), y, r.width(), h), slide.title, h * sizes[0], TEXT, True,
               centre) + h * 0.03
    if slide.subtitle:
        y += _text(p, QRectF(r.left(), y, r.width(), h), slide.subtitle, h * sizes[1], MUTED,
                   False, centre) + h * 0.05
    for line in slide.lines:
        if line:
            y += _text(p, QRectF(r.left(), y, r.width(), h), line, h * 0.034, MUTED, False,
                       centre) + h * 0.015


def _paint_fact(p: QPainter, r: QRectF, slide: Slide, h: float) -> None:
    figure = slide.figures[0]
    y = r.top()
    y += _text(p, QRectF(r.left(), y, r.width(), h), slide.subtitle, h * 0.03, MUTED) + h * 0.05
    y += _text(p, QRectF(r.left(), y, r.width(), h), figure.figure, h * 0.17, ACCENT, True,
               Qt.AlignmentFlag.AlignHCenter)
    y += _text(p, QRectF(r.left(), y, r.width(), h), figure.label, h * 0.06, TEXT, True,
               Qt.AlignmentFlag.AlignHCenter) + h * 0.01
    if figure.note:
        y += _text(p, QRectF(r.left(), y, r.width(), h), figure.note, h * 0.035, MUTED, False,
                   Qt.AlignmentFlag.AlignHCenter)
    y += h * 0.05
    for line in slide.lines:
        y += _text(p, QRectF(r.left() + r.width() * 0.06, y, r.width() * 0.88, h), line,
                   h * (0.042 if line.startswith("“") else 0.026),
                   TEXT if line.startswith("“") else MUTED,
                   False, Qt.AlignmentFlag.AlignHCenter) + h * 0.02


def _paint_category(p: QPainter, r: QRectF, slide: Slide, h: float) -> None:
    y = r.top()
    if slide.subtitle:
        y += _text(p, QRectF(r.left(), y, r.width(), h), slide.subtitle, h * 0.028, MUTED)
    y += _text(p, QRectF(r.left(), y, r.width(), h), slide.title, h * 0.06, TEXT, True)
    y += h * 0.03
    if slide.kind == "names":
        _paint_names(p, QRectF(r.left(), y, r.width(), r.bottom() - y), slide.names, h)
        return
    count = len(slide.figures)
    columns = min(count, 3) or 1
    rows = math.ceil(count / columns)
    cell_w = r.width() / columns
    box_w = cell_w * 0.94
    # One size for every figure on the slide: the largest at which the widest fits one line.
    figure_px = h * (0.085 if rows == 1 else 0.068)
    widest = max(slide.figures, key=lambda f: QFontMetricsF(_font(figure_px, True))
                 .horizontalAdvance(f.figure)).figure
    while QFontMetricsF(_font(figure_px, True)).horizontalAdvance(widest) > box_w:
        figure_px *= 0.94
    label_px = h * 0.03
    flags = int(Qt.TextFlag.TextWordWrap)
    label_h = max(QFontMetricsF(_font(label_px)).boundingRect(
        QRectF(0, 0, box_w, h), flags, f.label).height() for f in slide.figures)
    cell_h = QFontMetricsF(_font(figure_px, True)).height() + label_h + h * 0.025
    for i, figure in enumerate(slide.figures):
        box = QRectF(r.left() + (i % columns) * cell_w + cell_w * 0.03,
                     y + (i // columns) * cell_h, box_w, cell_h)
        used = _text(p, box, figure.figure, figure_px, ACCENT, True)
        _text(p, box.adjusted(0, used, 0, 0), figure.label, label_px, TEXT)
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
        used = _text(p, text_box, name, name_px, TEXT, True)
        _text(p, text_box.adjusted(0, used, 0, 0), kind, name_px * 0.6, MUTED)


def _paint_charts(p: QPainter, r: QRectF, slide: Slide, h: float) -> None:
    if not slide.charts or r.height() <= 0:
        return
    px = h * 0.03
    while px > h * MIN_CHART_TEXT:  # the largest text that fits
        metrics = QFontMetricsF(_font(px))
        if sum(chart_height(g, metrics) for g in slide.charts) <= r.height():
            break
        px *= 0.93
    font = _font(px)
    metrics = QFontMetricsF(font)
    y = r.top()
    for group in slide.charts:
        height = chart_height(group, metrics)
        paint_bar_chart(p, QRectF(r.left(), y, r.width(), height), group, font)
        y += height


class SlideCanvas(QWidget):
    """Paints one slide (or nothing) scaled to its own size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slide: Slide | None = None
        self.position = ""
        self.blank = ""
        self.setMinimumSize(160, 90)

    def show_slide(self, slide: Slide | None, position: str = "", blank: str = "") -> None:
        self.slide, self.position, self.blank = slide, position, blank
        self.update()

    # Qt override
    def paintEvent(self, event) -> None:
        p = QPainter(self)
        rect = QRectF(self.rect())
        if self.blank:
            colour = Qt.GlobalColor.black if self.blank == "black" else Qt.GlobalColor.white
            p.fillRect(rect, colour)
        elif self.slide is None:
            p.fillRect(rect, QColor("#e8eaed"))
            _text(p, rect.adjusted(10, rect.height() * 0.4, -10, 0), "演示结束", rect.height()
                  * 0.08, MUTED, False, Qt.AlignmentFlag.AlignHCenter)
        else:
            paint_slide(p, rect, self.slide, self.position)
        p.end()


class PresentationWindow(QWidget):
    """The slides, full screen; keys and clicks as in presentation software."""

    closed = Signal()
    changed = Signal()

    def __init__(self, deck: SlideDeck) -> None:
        super().__init__()
        self.deck = deck
        self.setWindowTitle(f"{deck.slides[0].title} — 演示")
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.canvas = SlideCanvas(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.refresh()

    def refresh(self) -> None:
        self.canvas.show_slide(self.deck.current, self.deck.position_text(), self.deck.blank)
        self.changed.emit()

    def show_on(self, screen: QScreen) -> None:
        """Full screen on the given screen."""
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()

    def handle_key(self, key: int, text: str = "") -> bool:
        """Act on one key; False for keys that mean nothing here."""
        deck = self.deck
        moves = {**dict.fromkeys(NEXT_KEYS, deck.next),
                 **dict.fromkeys(PREVIOUS_KEYS, deck.previous),
                 Qt.Key.Key_Home: deck.first, Qt.Key.Key_End: deck.last}
        if deck.blank:  # any key brings the slide back
            deck.blank = ""
        elif key == Qt.Key.Key_Escape:
            self.close()
            return True
        elif len(text) == 1 and text.isdigit():
            deck.type_digit(text)
        elif key in ENTER_KEYS:
            deck.confirm()
        elif key in moves:
            deck.typed = ""
            moves[key]()
        elif key == Qt.Key.Key_B or text == ".":  # "." is what many clickers send
            deck.toggle_blank("black")
        elif key == Qt.Key.Key_W or text == ",":
            deck.toggle_blank("white")
        else:
            return False
        self.refresh()
        return True

    # Qt override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event.key(), event.text()):
            super().keyPressEvent(event)

    # Qt override
    def mousePressEvent(self, event) -> None:
        if self.deck.blank:
            self.deck.blank = ""
        elif event.button() == Qt.MouseButton.RightButton:
            self.deck.previous()
        else:
            self.deck.next()
        self.refresh()

    # Qt override
    def wheelEvent(self, event) -> None:
        (self.deck.previous if event.angleDelta().y() > 0 else self.deck.next)()
        self.refresh()

    # Qt override
    def closeEvent(self, event) -> None:
        self.closed.emit()
        super().closeEvent(event)


class PresenterView(QWidget):
    """For the presenter's own screen: this slide, the next, a clock and the source quote."""

    def __init__(self, show: PresentationWindow) -> None:
        super().__init__()
        self.show_window = show
        self.setWindowTitle("演示者视图")
        self.current = SlideCanvas()
        self.following = SlideCanvas()
        self.clock = QLabel()
        self.elapsed = QLabel()
        self.counter = QLabel()
        self.quote = QLabel()
        self.quote.setWordWrap(True)
        self.quote.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        big = chinese_font(24, QFont.Weight.Bold)
        for label in (self.clock, self.counter):
            label.setFont(big)
        self.elapsed.setFont(chinese_font(16))
        self.quote.setFont(chinese_font(15))
        heading_next = QLabel("下一张")
        heading_quote = QLabel("原文")
        for heading in (heading_next, heading_quote):
            heading.setFont(chinese_font(12, QFont.Weight.Bold))
        grid = QGridLayout(self)
        grid.addWidget(self.current, 0, 0, 4, 1)
        grid.addWidget(heading_next, 0, 1)
        grid.addWidget(self.following, 1, 1)
        grid.addWidget(heading_quote, 2, 1)
        grid.addWidget(self.quote, 3, 1)
        status = QWidget()
        row = QGridLayout(status)
        row.addWidget(self.counter, 0, 0)
        row.addWidget(self.elapsed, 0, 1, Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.clock, 0, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(status, 4, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 2)
        grid.setRowStretch(3, 3)
        self.started = time.monotonic()
        self.timer = QTimer(self, interval=1000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        show.changed.connect(self.refresh)
        show.closed.connect(self.close)
        self.refresh()

    def tick(self) -> None:
        self.clock.setText(time.strftime("%H:%M:%S"))
        minutes, seconds = divmod(int(time.monotonic() - self.started), 60)
        self.elapsed.setText(f"已用 {minutes:02d}:{seconds:02d}")

    def refresh(self) -> None:
        deck = self.show_window.deck
        self.current.show_slide(deck.current, deck.position_text(), deck.blank)
        self.following.show_slide(deck.following)
        typed = f"　→ {deck.typed}" if deck.typed else ""
        self.counter.setText(f"{deck.position_text()}{typed}")
        self.quote.setText(deck.current.quote or "—")
        self.tick()

    def show_on(self, screen: QScreen) -> None:
        self.setScreen(screen)
        self.setGeometry(screen.availableGeometry())
        self.showMaximized()

    # Qt override: the presenter's keyboard drives the show too
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.show_window.handle_key(event.key(), event.text()):
            super().keyPressEvent(event)


def choose_screens(number: int | None) -> tuple[QScreen, QScreen | None, str]:
    """The screen for the slides (1-based `number`, else the projector: a screen that is not
    the primary one), the screen for the presenter view, and a warning if `number` was bad."""
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    warning = ""
    if number is not None and not 1 <= number <= len(screens):
        warning = f"没有第 {number} 个屏幕（共 {len(screens)} 个），改用默认屏幕。"
        number = None
    if number is not None:
        slides = screens[number - 1]
    else:
        slides = next((s for s in screens if s is not primary), primary)
    others = [s for s in screens if s is not slides]
    presenter = (primary if primary is not slides else others[0]) if others else None
    return slides, presenter, warning


class Presentation:
    """One running presentation: the slide window and, with two screens, the presenter view."""

    def __init__(self, deck: SlideDeck, screen_number: int | None = None,
                 presenter_view: bool = True) -> None:
        slides_screen, presenter_screen, self.warning = choose_screens(screen_number)
        self.window = PresentationWindow(deck)
        self.presenter: PresenterView | None = None
        self.window.show_on(slides_screen)
        if presenter_view and presenter_screen is not None:
            self.presenter = PresenterView(self.window)
            self.presenter.show_on(presenter_screen)
            self.window.activateWindow()

    @property
    def closed(self):
        return self.window.closed
