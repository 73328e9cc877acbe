"""文件 › 导入报道…: reports into the user's library, read and written off the GUI thread;
the tree then shows them beside the bundled report."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QObject, Qt, QTimer, Signal

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
        self.review_action = make_action(window, "审核导入的数据(&R)…", self.review_current,
                                         "Ctrl+R", "逐项接受、否决或更正这篇报道中程序提出的数据")
        self.remove_action = make_action(window, "从资料库中移除此报道…", self.remove_current,
                                         tip="把当前报道及其数据从自己的资料库中删除")
        menu.addActions([self.import_action, self.review_action, self.remove_action])
        self.job: ImportJob | None = None
        self.update_for(None)

    def update_for(self, base) -> None:
        """Reviewing and removing are for the reports of the user's library only."""
        imported = base is not None and base.document.imported
        self.review_action.setEnabled(imported)
        self.remove_action.setEnabled(imported)

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
        job = self.job = ImportJob()
        job.finished.connect(self._done)
        library = self.library()
        # Started on the next turn of the loop: whoever holds the job connects to it first.
        QTimer.singleShot(0, lambda: job.start(paths, library))
        return job

    def _done(self, outcome) -> None:
        from gannan_gui.views.shelf import report_key

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
            window.select_key(report_key(outcome[0].document_id))
        proposed = sum(r.figures for r in new)
        already = len(outcome) - len(new)
        message = f"已导入 {len(new)} 篇报道，{proposed} 项数据待审核"
        if already:
            message += f"；{already} 篇已在资料库中，未重复导入"
        window.statusBar().showMessage(message, 10000)

    # --- review and removal -------------------------------------------------------------
    def review_current(self, dialog_factory=None) -> bool:
        """Review the current report's figures, starting at the figure shown; True when
        anything was decided (the report is then read again)."""
        from gannan_gui.pipeline.review import Reviewer
        from gannan_gui.qt.review_dialog import ReviewDialog
        from gannan_gui.views.review import ReviewQueue
        from gannan_gui.views.shelf import report_key

        window = self.window
        base = window.base
        if base is None or not base.document.imported or window.library is None:
            return False
        shown = window.browser.shown
        start = window.browser.current_fact_id() if shown else None
        try:
            reviewer = Reviewer(window.library, base.document.id)
        except UserError as exc:
            dialogs.warn(window, "无法审核", exc)
            return False
        try:
            dialog = (dialog_factory or ReviewDialog)(ReviewQueue(reviewer, start),
                                                       base.document.title, window)
            dialog.exec()
        finally:
            reviewer.close()
        if dialog.changed:
            key = shown.key if shown else report_key(base.document.id)
            window.set_base(window.home_base)
            if not window.select_key(key):
                window.select_key(report_key(base.document.id))
            window.statusBar().showMessage("审核结果已保存到资料库", 5000)
        return dialog.changed

    def remove_current(self, confirm=None) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from gannan_gui.pipeline.review import remove_report

        window = self.window
        base = window.base
        if base is None or not base.document.imported or window.library is None:
            return False
        question = (f"从资料库中移除《{base.document.title}》？\n\n"
                    "它的数据和审核结果将一并删除，无法撤销；原文件不受影响。")
        if confirm is None:
            box = QMessageBox(QMessageBox.Icon.Question, "移除报道", question,
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                              window)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            confirmed = box.exec() == QMessageBox.StandardButton.Yes
        else:
            confirmed = confirm(question)
        if not confirmed:
            return False
        try:
            remove_report(window.library, base.document.id)
        except UserError as exc:
            dialogs.warn(window, "无法移除", exc)
            return False
        window.set_base(window.home_base)
        window.statusBar().showMessage(f"已从资料库中移除《{base.document.title}》", 8000)
        return True
