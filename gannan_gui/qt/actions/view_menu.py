"""视图 menu: expand and collapse the tree."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtGui, QtWidgets

from gannan_gui.qt.actions import make_action

if TYPE_CHECKING:
    from gannan_gui.qt.main_window import MainWindow


class ViewActions:
    def __init__(self, window: MainWindow, menu: QtWidgets.QMenu) -> None:
        self.window = window
        keys = QtGui.QKeySequence
        self.back_action = make_action(window, "后退(&B)", window.go_back,
                                       keys(keys.StandardKey.Back), "回到上一个查看的内容 (Alt+←)")
        self.forward_action = make_action(window, "前进(&F)", window.go_forward,
                                          keys(keys.StandardKey.Forward),
                                          "前进到下一个查看的内容 (Alt+→)")
        self.expand_action = make_action(window, "全部展开", window.tree.expandAll, "Ctrl+E")
        self.collapse_action = make_action(window, "全部折叠", self.collapse_tree, "Ctrl+Shift+E")
        menu.addActions([self.back_action, self.forward_action])
        menu.addSeparator()
        menu.addActions([self.expand_action, self.collapse_action])
        self.update_history(None)

    def update_history(self, history) -> None:
        """Back and forward are enabled when there is somewhere to go."""
        self.back_action.setEnabled(bool(history and history.can_go_back))
        self.forward_action.setEnabled(bool(history and history.can_go_forward))

    def collapse_tree(self) -> None:
        tree = self.window.tree
        tree.collapseAll()
        tree.expand(tree.model().index(0, 0))
