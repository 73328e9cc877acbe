"""What the window does with the mouse and keys no widget takes: Ctrl+wheel zooms, the
mouse's back and forward buttons step through what was shown, and Enter on the tree
presents a figure or opens a category."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore

if TYPE_CHECKING:
    from gannan_gui.qt.main_window import MainWindow


class WindowEvents(QtCore.QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    # Qt override
    def eventFilter(self, watched, event) -> bool:
        window = self.window
        kind, Qt = event.type(), QtCore.Qt  # noqa: N806
        if (kind == QtCore.QEvent.Type.Wheel
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            window.view_actions.zoom_by(1 if event.angleDelta().y() > 0 else -1)
            return True
        if (kind == QtCore.QEvent.Type.MouseButtonPress
                and event.button() in (Qt.MouseButton.BackButton, Qt.MouseButton.ForwardButton)):
            back = event.button() == Qt.MouseButton.BackButton
            actions = window.view_actions
            (actions.go_back if back else actions.go_forward)()
            return True
        if (watched is window.tree and kind == QtCore.QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            node = window.current_node()
            if node is not None and node.kind == "fact":
                window.present_actions.present_current_fact()
                return True
            if node is not None and node.kind in ("category", "year", "page"):  # open, close
                index = window.tree.currentIndex()
                window.tree.setExpanded(index, not window.tree.isExpanded(index))
                return True
        return super().eventFilter(watched, event)
