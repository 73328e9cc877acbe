"""视图 menu: expand and collapse the tree."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtWidgets

from gannan_gui.qt import settings
from gannan_gui.qt.actions import MenuActions, make_action

ZOOM_STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0)
#: What zoom enlarges in the window; tiles, charts and the detail pane's sizes follow set_zoom.
ZOOMED = ("QTreeView, QHeaderView, QLineEdit, QLabel#hit_count, QTextBrowser, QPushButton, "
          "QMenuBar, QStatusBar {{ font-size: {size}pt; }}")

if TYPE_CHECKING:
    from gannan_gui.qt.main_window import MainWindow
    from gannan_gui.qt.widgets.chart_panel import ChartPanel
    from gannan_gui.views.browser import History


class ViewActions(MenuActions):
    def __init__(self, window: MainWindow, menu: QtWidgets.QMenu) -> None:
        self.window = window
        self.back_action = make_action(window, "back", self.go_back)
        self.forward_action = make_action(window, "forward", self.go_forward)
        self.expand_action = make_action(window, "expand", window.tree.expand_loaded)
        self.collapse_action = make_action(window, "collapse", self.collapse_tree)
        self.zoom_in_action = make_action(window, "zoom_in", lambda: self.zoom_by(1))
        self.zoom_out_action = make_action(window, "zoom_out", lambda: self.zoom_by(-1))
        self.zoom_reset_action = make_action(window, "zoom_reset", lambda: self.set_zoom(1.0))
        menu.addActions([self.back_action, self.forward_action])
        menu.addSeparator()
        menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        menu.addSeparator()
        menu.addActions([self.expand_action, self.collapse_action])
        self.reviewed_only_action = make_action(window, "reviewed_only",
                                                self.toggle_reviewed_only)
        self.reviewed_only_action.setCheckable(True)
        self.reviewed_only_action.setChecked(settings.REVIEWED_ONLY.read(window.settings))
        menu.addSeparator()
        menu.addAction(self.reviewed_only_action)
        self.history_changed(None)
        self.base_point_size = QtWidgets.QApplication.font().pointSizeF()
        self.zoom = 1.0
        self.set_zoom(settings.ZOOM.read(window.settings), save=False)

    def toggle_reviewed_only(self) -> None:
        """Show imported reports with their accepted figures only, or with all; the tree is
        read again and the window stays where it was."""
        window = self.window
        settings.REVIEWED_ONLY.write(window.settings, self.reviewed_only_action.isChecked())
        shown = window.browser.shown.key if window.browser and window.browser.shown else None
        window.set_base(window.home_base)
        if shown:
            window.select_key(shown)

    # --- zoom ------------------------------------------------------------------------
    def zoom_by(self, steps: int) -> None:
        """One step larger (1) or smaller (-1), as Ctrl+= / Ctrl+- / Ctrl+wheel do."""
        nearest = min(range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - self.zoom))
        self.set_zoom(ZOOM_STEPS[max(0, min(len(ZOOM_STEPS) - 1, nearest + steps))])

    def set_zoom(self, zoom: float, save: bool = True) -> None:
        """The tree, the detail pane (the big figure too) and the chart text, together."""
        zoom = min(max(zoom, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        self.zoom = zoom
        window = self.window
        # Through a style sheet: the app's own (the focus mark) re-polishes widgets when focus
        # moves, which would undo a font set with setFont().
        size = self.base_point_size * zoom
        window.setStyleSheet(ZOOMED.format(size=f"{size:.2f}"))
        window.detail.set_zoom(zoom)
        if window.chart_panel is not None:
            window.chart_panel.set_zoom(zoom)
        self.zoom_reset_action.setText(f"实际大小(&A)　当前 {round(zoom * 100)}%")
        if save:
            settings.ZOOM.write(window.settings, zoom)
            window.statusBar().showMessage(f"缩放 {round(zoom * 100)}%", 2000)

    def charts_ready(self, panel: ChartPanel) -> None:
        panel.set_zoom(self.zoom)

    def history_changed(self, history: History | None) -> None:
        """Back and forward are enabled when there is somewhere to go."""
        self.back_action.setEnabled(bool(history and history.can_go_back))
        self.forward_action.setEnabled(bool(history and history.can_go_forward))

    # --- back and forward ---------------------------------------------------------------
    def go_back(self) -> None:
        browser = self.window.browser
        self._step(browser.history.back() if browser else None)

    def go_forward(self) -> None:
        browser = self.window.browser
        self._step(browser.history.forward() if browser else None)

    def _step(self, key: str | None) -> None:
        """Show a place of the history without making it a new entry."""
        if key is None:
            return
        window = self.window
        window.navigating = True
        try:
            window.open_link(key)
        finally:
            window.navigating = False
        self.history_changed(window.browser.history)

    def collapse_tree(self) -> None:
        tree = self.window.tree
        tree.collapseAll()
        tree.expand(tree.model().index(0, 0))
