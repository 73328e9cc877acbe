"""文件 › 导入报道…: reports into the user's library, read and written off the GUI thread;
the tree then shows them beside the bundled report."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QObject, Signal

from gannan_gui.common.errors import UserError
from gannan_gui.qt import dialogs
from gannan_gui.qt.actions import make_action

if TYPE_CHECKING:
    from gannan_gui.qt.main_window import MainWindow

REPORT_FILES = "报道 (*.txt *.text *.html *.htm *.shtml *.xhtml);;所有文件 (*)"


class ImportJob(QObject):
    """One import running in a thread; `finished` brings its results (or its error) back to
    the GUI thread."""

    finished = Signal(object)

    def start(self, paths: list[Path], library: Path) -> None:
        threading.Thread(target=self._run, args=(paths, library), daemon=True).start()

    def _run(self, paths: list[Path], library: Path) -> None:
        from gannan_gui.pipeline.importer import import_reports

        try:
            self.finished.emit(import_reports(paths, library))
        except UserError as exc:
            self.finished.emit(exc)


class LibraryActions:
    def __init__(self, window: MainWindow, menu: QtWidgets.QMenu) -> None:
        self.window = window
        self.import_action = make_action(window, "导入报道(&I)…", self.choose_reports, "Ctrl+I",
                                         "把报道（文本或网页）导入自己的资料库，数据待审核")
        menu.addAction(self.import_action)
        self.job: ImportJob | None = None

    def choose_reports(self) -> None:
        names, _ = QtWidgets.QFileDialog.getOpenFileNames(
            self.window, "导入报道", str(Path.home()), REPORT_FILES)
        if names:
            self.import_files([Path(name) for name in names])

    def library(self) -> Path:
        from gannan_gui.qt.library_path import default_library

        return self.window.library or default_library()

    def import_files(self, paths: list[Path]) -> ImportJob:
        """Start importing; the window says so, and shows the reports when they are in."""
        self.import_action.setEnabled(False)
        self.window.statusBar().showMessage(f"正在导入 {len(paths)} 个文件…")
        self.job = ImportJob()
        self.job.finished.connect(self._done)
        self.job.start(paths, self.library())
        return self.job

    def _done(self, outcome) -> None:
        window = self.window
        self.import_action.setEnabled(True)
        if isinstance(outcome, UserError):
            window.statusBar().clearMessage()
            dialogs.warn(window, "无法导入", outcome)
            return
        new = [r for r in outcome if not r.already]
        window.library = self.library()
        window.search_field.clear()
        window.set_base(window.home_base)
        if outcome:
            window.select_key(f"l{outcome[0].document_id}|root:0")
        proposed = sum(r.figures for r in new)
        already = len(outcome) - len(new)
        message = f"已导入 {len(new)} 篇报道，{proposed} 项数据待审核"
        if already:
            message += f"；{already} 篇已在资料库中，未重复导入"
        window.statusBar().showMessage(message, 10000)
