"""文件 menu: open another database, print, export the summary as PDF, export the chart."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtGui, QtWidgets

from gannan_gui.common.errors import UserError
from gannan_gui.qt import dialogs
from gannan_gui.qt.actions import MenuActions, make_action
from gannan_gui.qt.actions.export_menu import ExportActions
from gannan_gui.qt.actions.import_sources import ImportSources
from gannan_gui.qt.actions.library_menu import LibraryActions
from gannan_gui.qt.actions.shared_menu import SharedLibraryActions
from gannan_gui.views.words import file_name, source_line

if TYPE_CHECKING:
    from gannan_gui.qt.main_window import MainWindow
    from gannan_gui.qt.widgets.chart_panel import ChartPanel
    from gannan_gui.views.summary import Summary


class FileActions(MenuActions):
    def __init__(self, window: MainWindow, menu: QtWidgets.QMenu) -> None:
        self.window = window
        self.open_action = make_action(window, "open_database", self.choose_database)
        self.print_action = make_action(window, "print_preview", self.print_preview)
        self.pdf_action = make_action(window, "export_pdf", self.export_pdf)
        self.export_png_action = make_action(window, "export_chart_png",
                                             lambda: self.export_chart("png"))
        self.export_svg_action = make_action(window, "export_chart_svg",
                                             lambda: self.export_chart("svg"))
        self.quit_action = make_action(window, "quit", window.close)
        menu.addAction(self.open_action)
        self.library_actions = LibraryActions(window, menu)
        self.import_sources = ImportSources(window, menu, self.library_actions)
        self.shared_actions = SharedLibraryActions(window, menu)
        menu.addSeparator()
        menu.addActions([self.print_action, self.pdf_action])
        menu.addSeparator()
        self.export_actions = ExportActions(window, menu.addMenu("导出(&E)"))
        menu.addActions([self.export_png_action, self.export_svg_action])
        menu.addSeparator()
        menu.addAction(self.quit_action)
        self.parts = (self.library_actions, self.import_sources, self.shared_actions,
                      self.export_actions)
        self.set_charts_ready(False)

    def current_summary(self) -> Summary:
        """What printing covers: the selected facts, else the category, else the report."""
        return self.window.browser.print_scope(self.window.selected_facts())

    def charts_ready(self, panel: ChartPanel) -> None:
        self.set_charts_ready(True)

    def set_charts_ready(self, ready: bool) -> None:
        for action in (self.export_png_action, self.export_svg_action):
            action.setEnabled(ready)

    # --- another database ------------------------------------------------------------
    def choose_database(self) -> None:
        from gannan_gui.qt.file_dialogs import open_file

        chosen = open_file(self.window, "打开事实数据库",
                           "SQLite 数据库 (*.db *.sqlite *.sqlite3);;所有文件 (*)")
        if chosen:
            self.open_database_file(chosen)

    def open_database_file(self, path: Path) -> bool:
        from gannan_gui.store.database import DatabaseError, open_database

        try:
            base = open_database(path)
        except DatabaseError as exc:
            dialogs.warn(self.window, "无法打开数据库", exc)
            return False
        old = self.window.base
        self.window.search_field.clear()
        self.window.set_base(base)
        old.close()
        return True

    # --- printing --------------------------------------------------------------------
    def print_preview(self, summary: Summary | None = None) -> None:
        """Qt's print preview of the current scope (or of `summary`: an indicator's page),
        with 一页摘要 first in its toolbar."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget

        from gannan_gui.qt.painting.summary_painter import MARGINS_MM
        from gannan_gui.qt.painting.summary_pdf import print_summary
        from gannan_gui.views.summary import one_page

        window = self.window
        summary = summary or self.current_summary()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        layout = printer.pageLayout()
        layout.setUnits(QtGui.QPageLayout.Unit.Millimeter)
        layout.setMargins(MARGINS_MM)
        printer.setPageLayout(layout)
        # Qt's print dialog names a PDF after the document: the same name as Ctrl+Shift+P.
        printer.setDocName(file_name(summary.scope, "pdf", date.today().isoformat())[:-4])
        dialog = QPrintPreviewDialog(printer, window)
        dialog.setWindowTitle(f"打印预览：{summary.scope}")
        one_page_action = QtGui.QAction("一页摘要", dialog, checkable=True)
        one_page_action.setToolTip("主要数据和最能说明问题的一张图表，排在一页纸上")
        preview = dialog.findChild(QPrintPreviewWidget)
        if preview is not None:
            one_page_action.toggled.connect(lambda _on: preview.updatePreview())
        toolbar = dialog.findChild(QtWidgets.QToolBar)
        if toolbar is not None:  # first: on a small screen Qt's own buttons go behind »
            if toolbar.actions():
                first = toolbar.actions()[0]
                toolbar.insertAction(first, one_page_action)
                toolbar.insertSeparator(first)
            else:
                toolbar.addAction(one_page_action)
        self.one_page_action = one_page_action  # the dialog's, while it is open

        def paint(target: QPrinter) -> None:
            try:
                print_summary(one_page(summary) if one_page_action.isChecked() else summary,
                              target)
            except UserError as exc:
                dialogs.warn(self.window, "无法打印", exc)

        dialog.paintRequested.connect(paint)
        size = window.size() * 0.9
        dialogs.fit_to_screen(dialog, size.width(), size.height())
        dialog.exec()

    def export_pdf(self) -> None:
        from gannan_gui.qt.file_dialogs import save_as

        summary = self.current_summary()
        chosen = save_as(self.window, "导出摘要为 PDF",
                         file_name(summary.scope, "pdf", date.today().isoformat()),
                         "PDF 文件 (*.pdf)")
        if chosen:
            self.write_pdf(chosen, summary)

    def write_pdf(self, target: Path, summary: Summary | None = None) -> bool:
        from gannan_gui.qt.painting.summary_pdf import write_summary_pdf

        summary = summary or self.current_summary()
        try:
            pages = write_summary_pdf(summary, target)
        except UserError as exc:
            dialogs.warn(self.window, "无法导出 PDF", exc)
            return False
        self.window.statusBar().showMessage(f"已导出 {pages} 页 PDF：{target}", 5000)
        return True

    # --- the chart -------------------------------------------------------------------
    def export_chart(self, fmt: str) -> None:
        if self.window.chart_panel is None:
            return
        from gannan_gui.qt.file_dialogs import save_as

        caption = self.window.chart_panel.caption.text() or "图表"
        chosen = save_as(self.window, "导出图表",
                         file_name(caption, fmt, date.today().isoformat()),
                         "PNG 图像 (*.png)" if fmt == "png" else "SVG 矢量图 (*.svg)")
        if chosen:
            self.write_chart(chosen, fmt)

    def write_chart(self, target: Path, fmt: str) -> bool:
        from gannan_gui.common.files import atomic_output

        panel = self.window.chart_panel
        if panel is None:  # the charts are not drawn yet: the action is not enabled then
            return False
        source = source_line(self.window.base.document)
        try:
            with atomic_output(target) as tmp:
                panel.export(tmp, fmt, source)
        except UserError as exc:
            dialogs.warn(self.window, "无法导出图表", exc)
            return False
        self.window.statusBar().showMessage(f"图表已导出到 {target}", 5000)
        return True
