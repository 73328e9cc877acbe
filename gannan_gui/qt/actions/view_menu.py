"""视图 menu: expand and collapse the tree."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtWidgets

from gannan_gui.qt.actions import make_action

if TYPE_CHECKING:
    from gannan_gui.qt.main_window import MainWindow


class ViewActions:
    def __init__(self, window: MainWindow, menu: QtWidgets.QMenu) -> None:
        self.window = window
        self.expand_action = make_action(window, "全部展开", window.tree.expandAll, "Ctrl+E")
        self.collapse_action = make_action(window, "全部折叠", self.collapse_tree, "Ctrl+Shift+E")
        menu.addActions([self.expand_action, self.collapse_action])

    def collapse_tree(self) -> None:
        tree = self.window.tree
        tree.collapseAll()
        tree.expand(tree.model().index(0, 0))
