"""The window's menu actions, one module per menu: each builds its actions and fills its
menu, and holds the slots those actions call. The main window only creates them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtGui
from PySide6.QtCore import QObject


def make_action(parent: QObject, text: str, slot: Callable, shortcut=None,
                tip: str = "") -> QtGui.QAction:
    """A QAction with its shortcut (a string or a standard key) and status-bar tip."""
    action = QtGui.QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QtGui.QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action
