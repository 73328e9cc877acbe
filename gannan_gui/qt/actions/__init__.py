"""The window's menu actions, one module per menu: each builds its actions and fills its
menu, and holds the slots those actions call. The main window only creates them. Each
action's text, shortcuts and tip are declared once, in `gannan_gui.views.keys.ACTIONS`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtGui
from PySide6.QtCore import QObject

from gannan_gui.views.keys import ACTIONS, ActionSpec


def make_action(parent: QObject, spec: str | ActionSpec, slot: Callable) -> QtGui.QAction:
    """The QAction an ActionSpec (or the name of one in ACTIONS) declares, calling `slot`."""
    declared = ACTIONS[spec] if isinstance(spec, str) else spec
    action = QtGui.QAction(declared.text, parent)
    if declared.shortcuts:
        action.setShortcuts([QtGui.QKeySequence(key) for key in declared.shortcuts])
    if declared.tip:
        action.setStatusTip(declared.tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action
