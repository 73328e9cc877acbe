"""The baseline for start-up: the barest PySide6 window, run with the same interpreter."""

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 700)
window.show()
sys.exit(app.exec())
