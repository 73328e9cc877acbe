"""帮助 menu: about the app and the open database."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6 import QtWidgets

from gannan_gui import APP_NAME, __version__
from gannan_gui.qt.actions import make_action

if TYPE_CHECKING:
    from gannan_gui.qt.main_window import MainWindow


class HelpActions:
    def __init__(self, window: MainWindow, menu: QtWidgets.QMenu) -> None:
        self.window = window
        self.about_action = make_action(window, "关于 gannan-gui", self.show_about)
        menu.addAction(self.about_action)

    def show_about(self) -> None:
        base = self.window.base
        doc = base.document
        QtWidgets.QMessageBox.about(
            self.window, f"关于 {APP_NAME}",
            f"<p><b>{APP_NAME} {__version__}</b></p>"
            f"<p>浏览、演示和打印《{escape(doc.title)}》中的数据。</p>"
            f"<p>来源：{escape(doc.site)}，{escape(doc.published)}<br>"
            f"数据库：{escape(str(base.path))}<br>"
            f"数据版本：{escape(base.data_version)}</p>")
