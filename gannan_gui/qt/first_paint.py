"""The first time a widget is painted: the charts load then (pyqtgraph takes half a second
to import), after the tree is on screen, not before.

With GANNAN_GUI_TRACE_STARTUP set to a file name, each first paint with a name appends
'<name> <seconds since the epoch>' to it: bench/bench_first_paint.py reads that."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject

TRACE_VARIABLE = "GANNAN_GUI_TRACE_STARTUP"


class FirstPaint(QObject):
    """Calls `then` once, right after `widget` is first painted."""

    def __init__(self, widget: QObject, then: Callable[[], None], moment: str = "") -> None:
        super().__init__(widget)
        self.then, self.moment = then, moment
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            note_moment(self.moment)
            self.then()
        return False


def note_moment(moment: str) -> None:
    """Append '<moment> <seconds since the epoch>' to the trace file, when one is named."""
    trace_path = os.environ.get(TRACE_VARIABLE)
    if trace_path and moment:
        with open(trace_path, "a", encoding="utf-8") as stream:
            stream.write(f"{moment} {time.time():.6f}\n")
