"""视图 › 指标…: the indicator view, one window beside the main one, opened again where it
was; a value it lists opens its figure in the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtWidgets

from gannan_gui.qt import settings
from gannan_gui.qt.actions import MenuActions, make_action

if TYPE_CHECKING:
    from gannan_gui.qt.indicator_window import IndicatorWindow
    from gannan_gui.qt.main_window import MainWindow


class IndicatorActions(MenuActions):
    def __init__(self, window: MainWindow, menu: QtWidgets.QMenu) -> None:
        self.window = window
        self.view: IndicatorWindow | None = None
        self.action = make_action(window, "indicators", self.open)
        menu.addSeparator()
        menu.addAction(self.action)

    def open(self) -> IndicatorWindow:
        from gannan_gui.qt.indicator_window import IndicatorWindow
        from gannan_gui.qt.library_path import default_location
        from gannan_gui.views.indicators import IndicatorSource

        window = self.window
        library = window.library or default_location()
        if self.view is None or self.view.source.library != library:
            self.view = IndicatorWindow(
                IndicatorSource(library, window.home_base.path), self.show_figure, window,
                settings.REVIEWED_ONLY.read(window.settings),
                present=lambda slides: window.present_actions.start_presentation(
                    slides=slides),
                print_summary=window.file_actions.print_preview)
        else:
            self.view.fill_choices()  # the library may have changed since
        self.view.show()
        self.view.raise_()
        self.view.activateWindow()
        return self.view

    def library_changed(self) -> None:
        """Reports imported, figures decided: an open indicator view shows them."""
        if self.view is not None and self.view.isVisible():
            self.view.fill_choices()

    def open_link(self, key: str) -> bool:
        """An indicator's link in the detail pane: the indicator view on it."""
        from gannan_gui.views.detail import INDICATOR_LINK

        if not key.startswith(INDICATOR_LINK):
            return False
        self.open().choose(key[len(INDICATOR_LINK):])
        return True

    def show_figure(self, report: str, fact_id: int) -> None:
        """The figure in its report, in the main window, brought to the front."""
        from gannan_gui.views.shelf import ShelfBrowser

        window = self.window
        # a tree of several reports names each one's figures by report; a tree of the
        # bundled report alone (no library yet) by the figure only
        shelf = isinstance(window.browser, ShelfBrowser)
        key = f"{report}|fact:{fact_id}" if shelf else f"fact:{fact_id}"
        if not window.select_key(key):
            window.statusBar().showMessage("这项数据不在当前显示的报道中（可能已被否决或移除）",
                                           8000)
            return
        window.raise_()
        window.activateWindow()
