"""Run the window over one database as a user would, everything at once: every tree node
selected and its tooltip shown, a search, the charts, twenty presentation keys, a PDF.

    python tests/hostile_walk.py DATABASE SETTINGS.ini

Prints "walked N nodes", or "refused: <message>" for a database the app will not open.
Used by the hostile-input tests, each run in a child process of its own.
"""

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolTip

from gannan_gui.qt.app import make_application
from gannan_gui.qt.main_window import MainWindow
from gannan_gui.qt.settings import open_settings
from gannan_gui.store.database import DatabaseError, open_database


def main() -> None:
    database, settings = Path(sys.argv[1]), Path(sys.argv[2])
    app = make_application()
    try:
        base = open_database(database)
    except DatabaseError as exc:
        print(f"refused: {exc}")
        return
    window = MainWindow(base, open_settings(settings))
    window.resize(1366, 768)
    window.show()
    window.load_charts()
    nodes = list(window.root.walk())
    for node in nodes:
        window.select_key(node.key)
        index = window.model.index_of(node)
        QToolTip.showText(QPoint(10, 10), window.model.data(index, Qt.ItemDataRole.ToolTipRole))
        app.processEvents()
    window.search_field.setText("img 天津")
    window.apply_search()
    app.processEvents()
    window.present_actions.start_presentation()
    slides = window.present_actions.presentation.window
    for _ in range(20):
        slides.handle_key(Qt.Key.Key_Right)
        slides.repaint()
        app.processEvents()
    slides.close()
    window.file_actions.write_pdf(settings.with_suffix(".pdf"))
    print(f"walked {len(nodes)} nodes")


if __name__ == "__main__":
    main()
