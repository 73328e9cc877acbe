"""The baseline for start-up: a bare PySide6 window run with the same interpreter, that
draws what the app's first paint draws, text in a Chinese font (a tree of a few rows, a line
of text), so a screenshot of either shows its first content.

With GANNAN_GUI_TRACE_STARTUP set it notes when it was first painted, as the app does."""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
)


class FirstPaint(QObject):
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            with open(os.environ["GANNAN_GUI_TRACE_STARTUP"], "a", encoding="utf-8") as out:
                out.write(f"bare-painted {time.time():.6f}\n")
        return False


app = QApplication(sys.argv)
font = QFont()
font.setFamilies(["Noto Sans CJK SC", "Microsoft YaHei"])
app.setFont(font)
window = QMainWindow()
tree = QTreeWidget()
tree.setHeaderLabels(["名称", "数据"])
ROWS = (("资金与项目", "6 项数据"), ("产销对接", "10 项数据"), ("结对帮扶", "5 项数据"))
for name, figure in ROWS:
    QTreeWidgetItem(tree, [name, figure])
split = QSplitter()
split.addWidget(tree)
split.addWidget(QLabel("山海同心结硕果 协作帮扶谱新篇——天津市与甘南州协作帮扶综述"))
window.setCentralWidget(split)
window.resize(1200, 700)
if os.environ.get("GANNAN_GUI_TRACE_STARTUP"):
    spy = FirstPaint()
    window.installEventFilter(spy)
window.show()
sys.exit(app.exec())
