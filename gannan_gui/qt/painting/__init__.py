"""Painting with QPainter: the printed summary, slides and bar charts.

Every painter is opened and closed by `open_painter` and every state change undone by
`saved_state`, even when painting raises: a painter left open crashes Qt when it is destroyed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QPaintDevice, QPainter

from gannan_gui.common.files import OutputError


@contextmanager
def open_painter(device: QPaintDevice,
                 refused: str = "cannot start painting (is the file available?)"
                 ) -> Iterator[QPainter]:
    """A painter on `device`, ended however the block leaves; OutputError(refused) when the
    device will not be painted on."""
    painter = QPainter()
    if not painter.begin(device):
        raise OutputError(refused)
    try:
        yield painter
    finally:
        painter.end()


@contextmanager
def saved_state(painter: QPainter) -> Iterator[QPainter]:
    """The painter's pen, font, transform… restored however the block leaves."""
    painter.save()
    try:
        yield painter
    finally:
        painter.restore()
