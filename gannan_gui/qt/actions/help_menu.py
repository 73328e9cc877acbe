"""帮助 menu: about the app and the open database."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6 import QtWidgets

from gannan_gui import APP_NAME, __version__
from gannan_gui.qt import dialogs
from gannan_gui.qt.actions import MenuActions, make_action

if TYPE_CHECKING:
    from gannan_gui.qt.main_window import MainWindow


class HelpActions(MenuActions):
    def __init__(self, window: MainWindow, menu: QtWidgets.QMenu) -> None:
        self.window = window
        self.keys_action = make_action(window, "keys", self.show_keys)
        self.about_action = make_action(window, "about", self.show_about)
        menu.addActions([self.keys_action, self.about_action])
        self.keys_dialog: QtWidgets.QDialog | None = None

    def show_keys(self) -> None:
        """Every key of the window and the presentation, in a window that can stay open."""
        from gannan_gui.qt.widgets.text_browser import ClosedTextBrowser
        from gannan_gui.views.keys import keys_html

        if self.keys_dialog is None:
            dialog = QtWidgets.QDialog(self.window)
            dialog.setWindowTitle("快捷键")
            text = ClosedTextBrowser()
            text.setHtml(keys_html())
            layout = QtWidgets.QVBoxLayout(dialog)
            layout.addWidget(text)
            buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
            buttons.rejected.connect(dialog.close)
            layout.addWidget(buttons)
            dialogs.fit_to_screen(dialog, 560, 640)
            self.keys_dialog = dialog
        self.keys_dialog.show()
        self.keys_dialog.raise_()

    def show_about(self) -> None:
        base = self.window.base
        doc = base.document
        QtWidgets.QMessageBox.about(
            self.window, f"关于 {APP_NAME}",
            f"<p><b>{APP_NAME} {__version__}</b></p>"
            f"<p>浏览、演示和打印《{escape(doc.title)}》中的数据。</p>"
            f"<p>来源：{escape(doc.site)}，{escape(doc.published)}<br>"
            f"数据库：{escape(str(base.path))}<br>"
            f"数据版本：{escape(base.data_version or '（导入的报道）')}</p>")
