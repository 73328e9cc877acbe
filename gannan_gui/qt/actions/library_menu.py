"""文件 › 导入报道…: reports into the user's library, read and written off the GUI thread;
the tree then shows them beside the bundled report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QTimer

from gannan_gui.common.errors import UserError
from gannan_gui.qt import dialogs
from gannan_gui.qt.actions import MenuActions, make_action
from gannan_gui.qt.library_jobs import ComparisonLookup, ImportJob

if TYPE_CHECKING:
    from gannan_gui.qt.main_window import MainWindow
    from gannan_gui.store.database import FactBase
    from gannan_gui.store.library import Library
    from gannan_gui.views.browser import Shown

#: How often the window asks whether someone else changed the library (one row read).
WATCH_INTERVAL_MS = 2000


def window_alive(window) -> bool:
    """False once Qt has deleted the window (a thread's answer can arrive after that)."""
    import shiboken6

    return shiboken6.isValid(window)


class LibraryActions(MenuActions):
    def __init__(self, window: MainWindow, menu: QtWidgets.QMenu) -> None:
        self.window = window
        self.import_action = make_action(window, "import", self.choose_reports)
        self.review_action = make_action(window, "review", self.review_current)
        self.import_folder_action = make_action(window, "import_folder", self.choose_folder)
        self.details_action = make_action(window, "report_details", self.edit_current)
        self.remove_action = make_action(window, "remove_report", self.remove_current)
        self.manage_action = make_action(window, "manage_library", self.manage)
        menu.addActions([self.import_action, self.import_folder_action, self.review_action,
                         self.details_action, self.remove_action, self.manage_action])
        #: What only a report of the library can do (other menus add theirs).
        self.report_actions = [self.review_action, self.details_action, self.remove_action]
        self.cancel_button = QtWidgets.QPushButton("取消导入")
        self.cancel_button.setToolTip("导入完当前这篇后停止；已导入的报道保留")
        self.cancel_button.clicked.connect(self.cancel_import)
        self.cancel_button.hide()
        # permanent: the progress is a temporary message, which hides a bar's normal widgets
        window.statusBar().insertPermanentWidget(0, self.cancel_button)
        # Owned here, not by the window: a thread may still emit on them after the window is
        # gone (an object deleted under a thread's emit crashes); their slots check first.
        self.lookup = ComparisonLookup()
        self.lookup.found.connect(self._compared)
        self.job: ImportJob | None = None  # the last import, kept while its signals arrive
        self.importing = False
        self.watch_timer = QTimer(window)
        self.watch_timer.setInterval(WATCH_INTERVAL_MS)
        self.watch_timer.timeout.connect(self.check_for_changes)
        self.report_changed(None)

    # --- the window's hooks --------------------------------------------------------------
    def ui_finished(self) -> None:
        self.watch()

    def library_opened(self) -> None:
        self.reload()
        self.watch()

    def open_link(self, key: str) -> bool:
        """查看全部 … 篇 under a figure: the same figure in every report, as a table."""
        from gannan_gui.views.detail import COMPARE_LINK

        if not key.startswith(COMPARE_LINK):
            return False
        self.show_comparisons(key[len(COMPARE_LINK):])
        return True

    # --- changes made elsewhere --------------------------------------------------------------
    def watch(self) -> None:
        """From now on, what another window, an import or a command commits to the library
        is shown within a few seconds, without a restart."""
        if self.window.library is not None:
            self.window.library.changed()  # the state the window shows
        self.watch_timer.start()

    def check_for_changes(self) -> bool:
        """Show the library again when someone changed it; True when it did. Not while a
        dialog is open or an import of ours runs (it is shown when it ends)."""
        library = self.window.library
        if library is None or self.importing or QtWidgets.QApplication.activeModalWidget():
            return False
        if not library.changed():
            return False
        self.reload()
        self.window.statusBar().showMessage("资料库已由其他窗口或程序更新", 5000)
        return True

    def reload(self, key: str | None = None) -> None:
        """Read the library's reports again and show `key` (by default what is shown now),
        or its report, or the bundled report when that report is gone."""
        from gannan_gui.views.tree import ROOT, SCOPE_SEPARATOR

        window = self.window
        if window.library is not None:
            window.library.changed()  # taken before reading: a later change is seen next time
        shown = window.browser.shown if window.browser else None
        key = key or (shown.key if shown else None)
        window.set_base(window.home_base)
        if key and not window.select_key(key) and SCOPE_SEPARATOR in key:
            scope = key.partition(SCOPE_SEPARATOR)[0]  # the key names its report
            window.select_key(f"{scope}{SCOPE_SEPARATOR}{ROOT}:0")  # its overview
        window.tell_menus(lambda menu: menu.library_changed())  # an indicator view, say

    def report_changed(self, base: FactBase | None) -> None:
        """Reviewing and removing are for the reports of the user's library only."""
        imported = base is not None and base.document.imported
        for action in self.report_actions:
            action.setEnabled(imported)

    def choose_reports(self) -> None:
        from gannan_gui.pipeline.formats import file_filter  # what a folder import reads
        from gannan_gui.qt.file_dialogs import open_files

        chosen = open_files(self.window, "导入报道", file_filter())
        if chosen:
            self.import_files(chosen)

    def choose_folder(self) -> None:
        from gannan_gui.qt.file_dialogs import open_folder

        chosen = open_folder(self.window, "导入文件夹中的报道")
        if chosen:
            self.import_files([chosen])

    def cancel_import(self) -> None:
        if self.job is not None and self.importing:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.window.statusBar().showMessage("正在取消：导入完当前这篇后停止…")

    def library(self) -> Library:
        from gannan_gui.qt.library_path import default_location

        return self.window.library or default_location()

    def import_files(self, paths: list[Path]) -> ImportJob:
        """Start importing; the window says so, and shows the reports when they are in."""
        return self._start(f"正在导入 {len(paths)} 个文件…",
                           lambda job, library: job.start(paths, library))

    def import_pasted(self, report) -> ImportJob:
        """Import a report pasted from the clipboard, as a file is imported."""
        return self._start("正在导入剪贴板中的报道…", lambda job, library: job.start_work(
            lambda own: [own.import_report(report)], library))

    def _start(self, message: str, begin) -> ImportJob:
        self.import_action.setEnabled(False)
        self.window.statusBar().showMessage(message)
        job = self.job = ImportJob()
        self.importing = True
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        job.finished.connect(self._done)
        job.progressed.connect(self._progressed)
        library = self.library()
        # Started on the next turn of the loop: whoever holds the job connects to it first.
        QTimer.singleShot(0, lambda: begin(job, library))
        return job

    def _progressed(self, done: float, total: int, name: str) -> None:
        if done < total:
            share = done - int(done)
            read = f"（已读 {share:.0%}）" if share else ""
            self.window.statusBar().showMessage(
                f"正在导入第 {int(done) + 1} / {total} 个文件：{name}{read}")

    def _done(self, outcome) -> None:
        from gannan_gui.views.shelf import report_key

        window = self.window
        self.importing = False
        self.cancel_button.hide()
        self.import_action.setEnabled(True)
        if isinstance(outcome, UserError):
            window.statusBar().clearMessage()
            dialogs.warn(window, "无法导入", outcome)
            return
        new = [r for r in outcome if r.added]
        failed = [r for r in outcome if r.error]
        window.library = self.library()
        window.search_field.clear()
        shown = next((r for r in outcome if not r.error), None)
        self.reload(report_key(shown.document_id) if shown is not None else None)
        proposed = sum(r.figures for r in new)
        already = sum(r.already for r in outcome)
        message = f"已导入 {len(new)} 篇报道，{proposed} 项数据待审核"
        if already:
            message += f"；{already} 篇已在资料库中，未重复导入"
        if failed:
            message += f"；{len(failed)} 个文件无法导入"
        self.tell(message, 10000)
        if failed:
            dialogs.warn(window, "部分文件无法导入",
                         "\n".join(r.error for r in failed[:10])
                         + (f"\n……另有 {len(failed) - 10} 个" if len(failed) > 10 else ""))

    # --- review and removal -------------------------------------------------------------
    def review_current(self, dialog_factory=None) -> bool:
        """Review the current report's figures, starting at the figure shown; True when
        anything was decided (the report is then read again)."""
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
            reviewer = window.library.reviewer(base.document.id)
        except UserError as exc:
            dialogs.warn(window, "无法审核", exc)
            return False
        # The reviewer writes through the library's own connection: nothing to close after.
        from gannan_gui.views.indicators import IndicatorSource

        indicators = IndicatorSource(window.library, window.home_base.path)
        dialog = (dialog_factory or ReviewDialog)(ReviewQueue(reviewer, start, indicators),
                                                   base.document.title, window)
        dialog.exec()
        if dialog.changed:
            self.reload(shown.key if shown else report_key(base.document.id))
            self.tell("审核结果已保存到资料库", 5000)
        return dialog.changed

    def edit_current(self, dialog_factory=None) -> bool:
        """The current report's title, date, source, author and region."""
        from gannan_gui.qt.library_dialog import ReportDetailsDialog

        window = self.window
        base = window.base
        if base is None or not base.document.imported or window.library is None:
            return False
        try:
            dialog = (dialog_factory or ReportDetailsDialog)(window.library, base.document.id,
                                                             window)
        except UserError as exc:
            dialogs.warn(window, "无法打开", exc)
            return False
        if not (dialog.exec() and dialog.saved):
            return False
        self.reload()
        self.tell("报道详情已保存")
        return True

    def manage(self, dialog_factory=None) -> None:
        """The library's reports as a table, to open, edit or remove them."""
        from gannan_gui.qt.library_dialog import LibraryDialog
        from gannan_gui.views.shelf import report_key

        window = self.window
        opened: list[int] = []
        dialog = (dialog_factory or LibraryDialog)(self.library(), opened.append, window)
        dialog.exec()
        if dialog.changed or opened:
            if window.library is None:
                window.library = self.library()
            self.reload(report_key(opened[0]) if opened else None)
        if dialog.changed:
            self.tell("资料库已更新")

    def shown_changed(self, shown: Shown) -> None:
        """A figure of a library shown: its value in the other reports follows."""
        browser = self.window.browser
        if shown.selected_fact is not None and hasattr(browser, "with_comparisons"):
            self.lookup.start(browser, shown)

    def _compared(self, key: str, html: str) -> None:
        if not window_alive(self.window):
            return  # closed while the comparison was looked up
        browser = self.window.browser
        if browser is not None and browser.shown is not None and browser.shown.key == key:
            self.window.detail.set_html(html)  # still the figure shown: the page grows

    def show_comparisons(self, key: str, dialog_factory=None) -> None:
        """The figure a key names in every report that states it, in a table."""
        from gannan_gui.qt.comparison_dialog import ComparisonDialog
        from gannan_gui.views.shelf import ShelfBrowser

        window = self.window
        browser = window.browser
        if not isinstance(browser, ShelfBrowser):  # one report: nothing to compare with
            return
        found = browser.comparisons_for(key)
        node = browser.node(key)
        dialog = (dialog_factory or ComparisonDialog)(
            node.name if node else "", found,
            lambda comparison: (window.select_key(browser.key_of(comparison)), None)[1],
            window)
        dialog.exec()

    def tell(self, message: str, timeout: int = 8000) -> None:
        """A line in the status bar, with what the library has to say once (an upgrade and
        where its backup went)."""
        library = self.window.library
        notice = library.notice if library is not None else ""
        if notice and notice != getattr(self, "_told", ""):
            self._told = notice
            message, timeout = f"{message}。{notice}", 30000
        self.window.statusBar().showMessage(message, timeout)

    def remove_current(self, confirm=None) -> bool:
        window = self.window
        base = window.base
        if base is None or not base.document.imported or window.library is None:
            return False
        question = (f"从资料库中移除《{base.document.title}》？\n\n"
                    "它的数据和审核结果将一并删除，无法撤销；原文件不受影响。")
        confirm = confirm or (lambda q: dialogs.ask(window, "移除报道", q, "移除", "取消"))
        if not confirm(question):
            return False
        try:
            window.library.remove_reports([base.document.id])
        except UserError as exc:
            dialogs.warn(window, "无法移除", exc)
            return False
        self.reload("root:0")
        self.tell(f"已从资料库中移除《{base.document.title}》")
        return True
