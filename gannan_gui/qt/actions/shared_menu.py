"""文件 › 连接共享资料库…: the office's library on a PostgreSQL server instead of the user's
own file, remembered for the next start (its address only: libpq finds the password in
~/.pgpass or a service file). The status bar says which library is shown, and when its
server cannot be reached."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import Qt, QTimer

from gannan_gui.common.errors import UserError
from gannan_gui.qt import dialogs
from gannan_gui.qt.actions import MenuActions, make_action
from gannan_gui.qt.settings import SHARED_LIBRARY

if TYPE_CHECKING:
    from gannan_gui.qt.main_window import MainWindow

#: How often the status bar asks the library's listener whether the server is there.
STATUS_INTERVAL_MS = 1000


class SharedLibraryActions(MenuActions):
    def __init__(self, window: MainWindow, menu: QtWidgets.QMenu) -> None:
        self.window = window
        self.connect_action = make_action(window, "connect_shared", self.choose_server)
        self.own_action = make_action(window, "own_library", self.use_own_library)
        menu.addActions([self.connect_action, self.own_action])
        self.server_label = QtWidgets.QLabel()
        self.server_label.setTextFormat(Qt.TextFormat.PlainText)  # a name from the server
        self.server_label.hide()
        window.statusBar().addPermanentWidget(self.server_label)
        self.status_timer = QTimer(window)
        self.status_timer.setInterval(STATUS_INTERVAL_MS)
        self.status_timer.timeout.connect(self.show_status)
        self.status_timer.start()
        self.show_status()

    def show_status(self) -> None:
        """Which shared library is shown, and whether its server is there right now."""
        library = self.window.library
        shared = library is not None and library.shared
        self.own_action.setEnabled(shared)
        if not shared:
            self.server_label.hide()
            return
        assert library is not None  # shared
        problem, server = library.problem, library.path
        self.server_label.setText(f"共享资料库：{server.name}@{getattr(server, 'host', '')}"
                                  + ("（已断开）" if problem else ""))
        self.server_label.setToolTip(dialogs.plain_tooltip(problem or library.location))
        self.server_label.show()
        if problem and not self.window.statusBar().currentMessage():
            self.window.statusBar().showMessage("共享资料库已断开，恢复后自动重新连接",
                                                STATUS_INTERVAL_MS * 5)

    def choose_server(self) -> None:
        remembered = SHARED_LIBRARY.read(self.window.settings)
        address, accepted = QtWidgets.QInputDialog.getText(
            self.window, "连接共享资料库",
            "共享资料库的地址（postgresql://服务器/数据库，可写 postgresql://用户@服务器:端口/"
            "数据库）。\n密码请写在 ~/.pgpass 中，程序不保存密码。",
            text=remembered or "postgresql://")
        address = address.strip()
        if accepted and address:
            self.connect_to(address)

    def connect_to(self, address: str) -> bool:
        """Show the shared library at `address`; False (and the user told why) when it is
        not one or cannot be reached."""
        from gannan_gui.store.locations import is_server_location, open_library

        if not is_server_location(address):
            dialogs.warn(self.window, "无法连接共享资料库",
                         f"“{address}”不是共享资料库的地址；应以 postgresql:// 开头")
            return False
        try:
            library = open_library(address)
            library.reports()  # reachable, and a library: else the error says why
        except UserError as exc:
            dialogs.warn(self.window, "无法连接共享资料库", str(exc))
            return False
        SHARED_LIBRARY.write(self.window.settings, library.location)  # no password in it
        self._show(library)
        if getattr(library.path, "has_password", False):
            self.window.statusBar().showMessage(
                "已连接；地址中的密码没有保存，下次请把它写在 ~/.pgpass 中", 10000)
        return True

    def use_own_library(self) -> None:
        from gannan_gui.qt.library_path import default_location

        SHARED_LIBRARY.write(self.window.settings, "")
        self._show(default_location())

    def _show(self, library) -> None:
        window = self.window
        if window.library is not None:
            window.library.close()
        window.set_library(library)
        window.tell_menus(lambda menu: menu.library_opened())
        self.show_status()
