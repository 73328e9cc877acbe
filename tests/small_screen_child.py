"""Every window and dialog of the app on one 800×600 screen (the offscreen platform's, as
QT_QPA_PLATFORM says): prints one JSON line, each one's frame and the screen's room.

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python tests/small_screen_child.py DIR

DIR holds the settings and a library of one imported report, made here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtPrintSupport import QPrintPreviewDialog

from gannan_gui.common.paths import bundled_database
from gannan_gui.pipeline.pasted import pasted_blocks
from gannan_gui.qt.app import make_application
from gannan_gui.qt.comparison_dialog import ComparisonDialog
from gannan_gui.qt.indicator_form import NewIndicatorDialog
from gannan_gui.qt.library_dialog import LibraryDialog, ReportDetailsDialog
from gannan_gui.qt.main_window import MainWindow
from gannan_gui.qt.paste_dialog import PasteDialog
from gannan_gui.qt.review_dialog import ReviewDialog
from gannan_gui.qt.settings import open_settings
from gannan_gui.store.database import open_database
from gannan_gui.store.library import Library
from gannan_gui.views.indicators import IndicatorSource
from gannan_gui.views.review import ReviewQueue

REPORT = ("2024年夏河县东西部协作总结\n发布时间：2024-12-28\n"
          "2024年，天津市投入财政援助资金3.5亿元，实施帮扶项目460余个。\n"
          "农村劳动力转移就业1.2万人，组织招聘会30场。\n")


def main(folder: Path) -> None:
    app = make_application()
    source = folder / "report.txt"
    source.write_text(REPORT, encoding="utf-8")
    library = Library(folder / "library.db")
    [imported] = library.import_files([source])
    window = MainWindow(settings=open_settings(folder / "settings.ini"))
    window.library = library
    window.set_base(open_database(bundled_database()))
    window.show_first_time()
    app.processEvents()
    frames: dict[str, list[int]] = {}

    def seen(name: str, widget) -> None:
        widget.show()
        app.processEvents()
        frame = widget.frameGeometry()
        frames[name] = [frame.x(), frame.y(), frame.width(), frame.height()]
        widget.close()

    frames["window"] = [window.frameGeometry().x(), window.frameGeometry().y(),
                        window.frameGeometry().width(), window.frameGeometry().height()]
    label = window.source_label
    frames["source line"] = [label.mapTo(window, label.rect().topLeft()).x(), 0,
                             label.width(), 0]
    window.help_actions.show_keys()
    seen("keys", window.help_actions.keys_dialog)
    seen("library", LibraryDialog(library, lambda _id: None, window))
    seen("details", ReportDetailsDialog(library, imported.document_id, window))
    sources = IndicatorSource(library, window.home_base.path)
    seen("review", ReviewDialog(ReviewQueue(library.reviewer(imported.document_id), None,
                                            sources), "报道", window))
    seen("indicators", window.indicator_actions.open())
    seen("new indicator", NewIndicatorDialog(window))
    seen("paste", PasteDialog(pasted_blocks("标题\n2024年投入资金3亿元。", ""), window))
    seen("comparison", ComparisonDialog("资金", [], lambda _c: None, window))
    QPrintPreviewDialog.exec = lambda dialog: seen("print preview", dialog)  # type: ignore
    window.file_actions.print_preview()
    room = app.primaryScreen().availableGeometry()
    print(json.dumps({"room": [room.x(), room.y(), room.width(), room.height()],
                      "frames": frames}))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
