"""The window's menu actions, one module per menu: each builds its actions and fills its
menu, and holds the slots those actions call. The main window only creates them and tells
them what changed through the hooks of :class:`MenuActions`, as calibre tells its interface
actions (`library_changed`, `location_selected`). Each action's text, shortcuts and tip are
declared once, in `gannan_gui.views.keys.ACTIONS`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QObject

from gannan_gui.views.keys import ACTIONS, ActionSpec

if TYPE_CHECKING:
    from gannan_gui.qt.main_window import MainWindow
    from gannan_gui.qt.widgets.chart_panel import ChartPanel
    from gannan_gui.store.database import FactBase
    from gannan_gui.views.browser import History, Shown


class MenuActions:
    """What every menu module is to the window: the hooks it is told of, each doing nothing
    unless the module cares. A module may hold others (文件 holds the library's, the shared
    library's and the exports'), listed in `parts`, which hear the same."""

    window: MainWindow
    parts: tuple[MenuActions, ...] = ()

    def each(self) -> Iterator[MenuActions]:
        """This module and the ones it holds."""
        yield self
        for part in self.parts:
            yield from part.each()

    def report_changed(self, base: FactBase) -> None:
        """The window now shows this report (the bundled one or one of the library's)."""

    def shown_changed(self, shown: Shown) -> None:
        """The detail pane now shows this."""

    def history_changed(self, history: History) -> None:
        """A step was taken back, forward or to somewhere new."""

    def charts_ready(self, panel: ChartPanel) -> None:
        """The chart panel exists (after the first paint)."""

    def ui_finished(self) -> None:
        """What follows the first paint is in place."""

    def library_opened(self) -> None:
        """The window's library is another one now (the shared one, or the user's own)."""

    def library_changed(self) -> None:
        """The library's reports were read again: imported, decided or changed elsewhere."""

    def open_link(self, key: str) -> bool:
        """A link of the detail pane that this module opens; True when it did."""
        return False


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
