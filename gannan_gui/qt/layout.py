"""Small pieces of layout the windows share: two panes in a splitter, and a tab order."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget


def splitter(orientation: Qt.Orientation, first: QWidget, second: QWidget,
             stretch: tuple[int, int]) -> QSplitter:
    """Two panes sharing the space in these proportions as the window grows."""
    split = QSplitter(orientation)
    split.addWidget(first)
    split.addWidget(second)
    split.setStretchFactor(0, stretch[0])
    split.setStretchFactor(1, stretch[1])
    return split


def tab_order(*widgets: QWidget) -> None:
    """Tab walks the widgets in this order (as the window reads)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)
