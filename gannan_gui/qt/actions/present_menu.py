"""演示 menu: present the whole report, the current category or fact; choose the screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtGui, QtWidgets

from gannan_gui.qt import settings as keys
from gannan_gui.qt.actions import MenuActions, make_action

if TYPE_CHECKING:
    from gannan_gui.qt.main_window import MainWindow
    from gannan_gui.qt.presentation import Presentation
    from gannan_gui.views.slides import Slide


class PresentActions(MenuActions):
    def __init__(self, window: MainWindow, menu: QtWidgets.QMenu) -> None:
        self.window = window
        self.presentation: Presentation | None = None
        self.present_action = make_action(
            window, "present", lambda: self.start_presentation(whole_report=True))
        self.present_category_action = make_action(
            window, "present_category", lambda: self.start_presentation(whole_report=False))
        self.presenter_action = make_action(
            window, "presenter_view", lambda: self.start_presentation(whole_report=True,
                                                                      presenter_only=True))
        self.present_fact_action = make_action(window, "present_fact", self.present_current_fact)
        menu.addActions([self.present_action, self.present_category_action,
                         self.presenter_action, self.present_fact_action])
        self.screen_menu = menu.addMenu("演示屏幕")
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)

    # --- the screen ------------------------------------------------------------------
    def presentation_screen(self) -> int | None:
        """The screen chosen for slides (1-based), if the user chose one."""
        return keys.PRESENTATION_SCREEN.read(self.window.settings)

    def set_presentation_screen(self, number: int | None) -> None:
        keys.PRESENTATION_SCREEN.write(self.window.settings, number)

    def _fill_screen_menu(self) -> None:
        menu = self.screen_menu
        menu.clear()
        group = QtGui.QActionGroup(menu)
        chosen = self.presentation_screen()
        choices = [(None, "自动（投影仪优先）")] + [
            (number, f"屏幕 {number}：{screen.name()}（{screen.geometry().width()}×"
                     f"{screen.geometry().height()}）")
            for number, screen in enumerate(QtGui.QGuiApplication.screens(), 1)]
        for number, text in choices:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(chosen == number)
            action.triggered.connect(lambda _=False, n=number: self.set_presentation_screen(n))
            group.addAction(action)

    # --- presenting ------------------------------------------------------------------
    def start_presentation(self, whole_report: bool = True, screen_number: int | None = None,
                           slides: list[Slide] | None = None,
                           presenter_only: bool = False) -> None:
        """Full screen from the first slide; Esc comes back here, selection unchanged."""
        from gannan_gui.qt.presentation import Presentation
        from gannan_gui.views.slides import SlideDeck

        window = self.window
        if window.browser is None:
            return
        slides = slides or window.browser.slides(whole_report)
        presentation = Presentation(SlideDeck(slides),
                                    screen_number or self.presentation_screen(), presenter_only)
        self.presentation = presentation
        if presentation.warning:
            window.statusBar().showMessage(presentation.warning, 8000)
        presentation.closed.connect(self._presentation_ended)

    def present_current_fact(self) -> None:
        browser = self.window.browser
        slides = browser.current_fact_slide() if browser else None
        if slides:
            self.start_presentation(slides=slides)

    def _presentation_ended(self) -> None:
        self.presentation = None
        window = self.window
        window.activateWindow()
        window.raise_()
        window.tree.setFocus()
