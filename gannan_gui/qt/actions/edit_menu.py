"""编辑 menu: copy the citation of what is shown, find."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

from gannan_gui.qt.actions import MenuActions, make_action

if TYPE_CHECKING:
    from gannan_gui.qt.main_window import MainWindow
    from gannan_gui.views.browser import Shown


class EditActions(MenuActions):
    def __init__(self, window: MainWindow, menu: QtWidgets.QMenu) -> None:
        self.window = window
        self.citation = ""
        self.copy_action = make_action(window, "copy_citation", self.copy_citation)
        self.find_action = make_action(window, "find", self.focus_search)
        menu.addActions([self.copy_action, self.find_action])
        window.detail.copy_button.clicked.connect(self.copy_citation)
        window.tree.copy_requested.connect(self.copy_figures)

    def shown_changed(self, shown: Shown) -> None:
        self.set_citation(shown.citation)

    def set_citation(self, citation: str) -> None:
        """The button and the shortcut are enabled together, whatever set the citation."""
        self.citation = citation
        self.copy_action.setEnabled(bool(citation))
        self.window.detail.copy_button.setEnabled(bool(citation))

    def copy_citation(self) -> None:
        if self.citation:
            QtGui.QGuiApplication.clipboard().setText(self.citation)
            self.window.statusBar().showMessage("引文已复制到剪贴板", 3000)

    def copy_figures(self) -> None:
        """Ctrl+C in the tree: each selected figure with its label, period and citation;
        anything else shown, its citation."""
        from gannan_gui.views.words import figure_clipboard

        window = self.window
        if window.browser is None:
            return
        base = window.browser.base
        current = window.browser.current_fact_id()
        ids = window.selected_facts() or ([current] if current is not None else [])
        facts = [base.fact_by_id[i] for i in ids if i in base.fact_by_id]
        text = "\n\n".join(figure_clipboard(f, base.document) for f in facts) or self.citation
        if text:
            QtGui.QGuiApplication.clipboard().setText(text)
            window.statusBar().showMessage(
                f"已复制 {len(facts)} 项数据及其引文" if facts else "引文已复制到剪贴板", 3000)

    def focus_search(self) -> None:
        field = self.window.search_field
        field.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()
