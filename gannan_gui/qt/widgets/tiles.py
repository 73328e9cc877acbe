"""Big-number tiles: a figure with nothing comparable beside it is shown as its number, not as
a lone full-width bar. A click on a tile selects its fact, as a click on a bar does."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from gannan_gui.qt.fonts import chinese_font
from gannan_gui.qt.painting import open_painter
from gannan_gui.views import palette
from gannan_gui.views.charts import Bar
from gannan_gui.views.words import review_label

COLUMNS = 3


class Tile(QFrame):
    clicked = Signal(int)

    def __init__(self, bar: Bar, selected: bool, zoom: float = 1.0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fact_id = bar.fact_id
        self.selected = selected
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("点击查看原文")
        figure = QLabel(bar.text)
        figure.setFont(chinese_font(20 * zoom, QFont.Weight.Bold))
        # Not yet reviewed: grey, and said, as the tree and the slides say it.
        label = QLabel(review_label(bar.label, bar.pending))
        label.setWordWrap(True)
        label.setFont(chinese_font(10 * zoom))
        figure_colour = palette.MUTED if bar.pending else palette.ACCENT
        for text, colour in ((figure, figure_colour), (label, palette.TEXT)):
            text.setTextFormat(Qt.TextFormat.PlainText)
            colours = text.palette()
            colours.setColor(QPalette.ColorRole.WindowText, QColor(colour))
            text.setPalette(colours)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.addWidget(figure)
        layout.addWidget(label)

    def mark(self, selected: bool) -> None:
        """Repaint the frame only when the selection changes (no style sheet: a new one would
        re-polish and re-lay out the tile on every selection)."""
        if selected != self.selected:
            self.selected = selected
            self.update()

    def paintEvent(self, event) -> None:  # Qt override
        width = 2 if self.selected else 1
        with open_painter(self) as painter:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(palette.ACCENT if self.selected else palette.RULE),
                                width))
            painter.setBrush(QColor(palette.BACKGROUND))
            inset = width / 2
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset),
                                    4, 4)

    def mousePressEvent(self, event) -> None:  # Qt override
        self.clicked.emit(self.fact_id)


class TileGrid(QWidget):
    """The tiles of one scope, three to a row."""

    fact_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(8, 6, 8, 6)
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1)  # equal tiles, whatever their text
        self.tiles: list[Tile] = []
        self.zoom = 1.0

    def show_tiles(self, bars: list[Bar], selected_fact: int | None) -> None:
        for tile in self.tiles:
            self.grid.removeWidget(tile)
            tile.hide()  # now: deleteLater waits for the event loop, and a stale tile showed
            tile.deleteLater()
        self.tiles = [Tile(bar, bar.fact_id == selected_fact, self.zoom) for bar in bars]
        for index, tile in enumerate(self.tiles):
            tile.clicked.connect(self.fact_clicked)
            self.grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
        self.setVisible(bool(bars))

    def select(self, fact_id: int | None) -> None:
        for tile in self.tiles:
            tile.mark(tile.fact_id == fact_id)
