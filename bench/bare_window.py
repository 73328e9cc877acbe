"""The baseline for start-up: the barest PySide6 window, run with the same interpreter.

With GANNAN_GUI_TRACE_STARTUP set it notes when it was first painted, as the app does."""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            with open(os.environ["GANNAN_GUI_TRACE_STARTUP"], "a", encoding="utf-8") as out:
                out.write(f"bare-painted {time.time():.6f}\n")
        return False


app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 700)
if os.environ.get("GANNAN_GUI_TRACE_STARTUP"):
    spy = FirstPaint()
    window.installEventFilter(spy)
window.show()
sys.exit(app.exec())
