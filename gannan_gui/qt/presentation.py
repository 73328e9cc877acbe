"""Full-screen presentation for meetings, with a presenter view on a second screen.

Slides come from :mod:`gannan_gui.views.slides` and are painted by
:mod:`gannan_gui.qt.painting.slide`; the presenter's state is a SlideDeck. Nothing is loaded
from the network.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeyEvent, QPainter, QScreen
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gannan_gui.qt.fonts import chinese_font
from gannan_gui.qt.painting import open_painter
from gannan_gui.qt.painting.slide import MUTED, draw_text, paint_key_help, paint_slide
from gannan_gui.views import palette
from gannan_gui.views.keys import PRESENTER
from gannan_gui.views.slides import Slide, SlideDeck

END_TEXT = QColor("#9aa0a6")  # the end of the show's one line, grey on black

log = logging.getLogger(__name__)

#: Each key's command, and each character's, as views.keys.PRESENTER declares them.
KEY_COMMANDS = {getattr(Qt.Key, f"Key_{name}"): row.command for row in PRESENTER
                for name in row.keys}
TEXT_COMMANDS = {text: row.command for row in PRESENTER for text in row.texts}
MOVES = ("next", "previous", "first", "last")


class SlideCanvas(QWidget):
    """Paints one slide (or nothing) scaled to its own size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slide: Slide | None = None
        self.position = ""
        self.blank = ""
        self.ended = False  # the end-of-show screen
        self._failed: list[Slide] = []  # logged once each
        self.show_keys = False  # the presenter keys over the slide (F1 or ?)
        self.setMinimumSize(160, 90)

    def show_slide(self, slide: Slide | None, position: str = "", blank: str = "",
                   ended: bool = False) -> None:
        self.slide, self.position, self.blank = slide, position, blank
        self.ended = ended
        self.update()

    # Qt override
    def paintEvent(self, event) -> None:
        rect = QRectF(self.rect())
        with open_painter(self) as painter:
            try:
                if self.ended:
                    painter.fillRect(rect, Qt.GlobalColor.black)
                    draw_text(painter, rect.adjusted(10, rect.height() * 0.45, -10, 0),
                              "放映结束，按 Esc 退出", rect.height() * 0.035, END_TEXT, False,
                              Qt.AlignmentFlag.AlignHCenter)
                elif self.blank:
                    colour = (Qt.GlobalColor.black if self.blank == "black"
                              else Qt.GlobalColor.white)
                    painter.fillRect(rect, colour)
                elif self.slide is None:
                    self._paint_message(painter, rect, "演示结束")
                else:
                    paint_slide(painter, rect, self.slide, self.position)
                if self.show_keys:
                    paint_key_help(painter, rect)
            except Exception:  # a bad slide must never take the meeting down with it
                if self.slide is not None and self.slide not in self._failed:
                    self._failed.append(self.slide)
                    log.exception("cannot paint slide %r", getattr(self.slide, "title", None))
                painter.resetTransform()
                self._paint_message(painter, rect, "此页无法显示")

    @staticmethod
    def _paint_message(painter: QPainter, rect: QRectF, message: str) -> None:
        painter.fillRect(rect, QColor(palette.PLACEHOLDER))
        draw_text(painter, rect.adjusted(10, rect.height() * 0.4, -10, 0), message,
                  rect.height() * 0.08, MUTED, False, Qt.AlignmentFlag.AlignHCenter)


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
        self.canvas.show_slide(self.deck.current, self.deck.slide_number(), self.deck.blank,
                               self.deck.ended)
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
        command = KEY_COMMANDS.get(key) or TEXT_COMMANDS.get(text, "")
        if command == "help":
            self.canvas.show_keys = not self.canvas.show_keys
            self.canvas.update()
            return True
        if deck.blank:  # any key brings the slide back
            deck.blank = ""
        elif deck.ended and command not in ("previous", "first"):
            self.close()  # past the end: any key but "back" ends the show
            return True
        elif command == "quit" and self.canvas.show_keys:
            self.canvas.show_keys = False
        elif command == "quit":
            self.close()
            return True
        elif len(text) == 1 and text.isdigit():
            deck.type_digit(text)
        elif command == "jump":  # to the typed number, else on
            deck.confirm()
        elif command in MOVES:
            deck.typed = ""
            getattr(deck, command)()
        elif command in ("black", "white"):  # "." and "," are what many clickers send
            deck.toggle_blank(command)
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
        elif self.deck.ended and event.button() != Qt.MouseButton.RightButton:
            self.close()  # a click on the end of the show ends it, as in PowerPoint
            return
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
        self.projector = QLabel()  # what the audience sees when it is not the slide
        self.projector.setFont(chinese_font(14, QFont.Weight.Bold))
        self.projector.setStyleSheet(f"color: {palette.ACCENT};")
        self.pause_button = QPushButton("暂停计时")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.reset_button = QPushButton("重新计时")
        self.reset_button.clicked.connect(self.reset_timer)
        for button in (self.pause_button, self.reset_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay the show's
        self.quote = QLabel()
        self.quote.setWordWrap(True)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
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
        row.addWidget(self.projector, 0, 1)
        row.addWidget(self.elapsed, 0, 2, Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.pause_button, 0, 3)
        row.addWidget(self.reset_button, 0, 4)
        row.addWidget(self.clock, 0, 5, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(status, 4, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 2)
        grid.setRowStretch(3, 3)
        self.started = time.monotonic()
        self.paused_at: float | None = None  # the timer stands still since then
        self.timer = QTimer(self, interval=1000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        show.changed.connect(self.refresh)
        show.closed.connect(self.close)
        self.refresh()

    def tick(self) -> None:
        self.clock.setText(time.strftime("%H:%M:%S"))
        minutes, seconds = divmod(int(self.elapsed_seconds()), 60)
        paused = "（已暂停）" if self.paused_at is not None else ""
        self.elapsed.setText(f"已用 {minutes:02d}:{seconds:02d}{paused}")

    def elapsed_seconds(self) -> float:
        now = self.paused_at if self.paused_at is not None else time.monotonic()
        return now - self.started

    def toggle_pause(self) -> None:
        """Stop the elapsed time (a break, questions) or let it run on from where it stood."""
        if self.paused_at is None:
            self.paused_at = time.monotonic()
        else:
            self.started += time.monotonic() - self.paused_at
            self.paused_at = None
        self.pause_button.setText("继续计时" if self.paused_at is not None else "暂停计时")
        self.tick()

    def reset_timer(self) -> None:
        self.started = time.monotonic()
        if self.paused_at is not None:
            self.paused_at = self.started
        self.tick()

    def refresh(self) -> None:
        deck = self.show_window.deck
        # The presenter always sees the slide; what the audience sees instead is said.
        self.current.show_slide(deck.current, deck.slide_number())
        self.projector.setText(deck.presenter_note())
        self.following.show_slide(None if deck.ended else deck.following, ended=deck.ended
                                  or deck.following is None)
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
    """One running presentation: the slide window and, with two screens, the presenter view.

    `presenter_only` (Alt+F5, as in PowerPoint) rehearses on a single laptop screen: the
    presenter view alone, full screen, with this slide, the next, the notes and the clocks.
    With a second screen the slides still go there."""

    def __init__(self, deck: SlideDeck, screen_number: int | None = None,
                 presenter_only: bool = False) -> None:
        slides_screen, presenter_screen, self.warning = choose_screens(screen_number)
        self.window = PresentationWindow(deck)
        self.presenter: PresenterView | None = None
        if presenter_only and presenter_screen is None:
            self.presenter = PresenterView(self.window)
            self.presenter.setScreen(slides_screen)
            self.presenter.setGeometry(slides_screen.geometry())
            self.presenter.showFullScreen()
            self.presenter.activateWindow()
            return
        self.window.show_on(slides_screen)
        if presenter_screen is not None:
            self.presenter = PresenterView(self.window)
            self.presenter.show_on(presenter_screen)
            self.window.activateWindow()

    @property
    def closed(self):
        return self.window.closed
