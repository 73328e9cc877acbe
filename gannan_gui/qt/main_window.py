"""The main window: category tree, detail pane with the source, charts, search.

It builds and wires widgets, nothing more: what a selection shows, what a search keeps and
what printing covers are decided by :class:`gannan_gui.views.browser.Browser`; the menus'
actions live in :mod:`gannan_gui.qt.actions`.

Start-up speed: the window is shown as an empty frame first (this module imports only Qt at
load time); the database, the tree and the text fill it on the next turn of the event loop,
and the chart panel (pyqtgraph, half a second to import) after the first paint.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

# Qt classes are looked up as module attributes (QtWidgets.QTreeView), so each is loaded when
# first used, after the window is on screen; only the base classes are needed at import time.
from PySide6 import QtCore, QtWidgets
from PySide6.QtWidgets import QMainWindow

from gannan_gui import APP_NAME
from gannan_gui.qt import settings as keys
from gannan_gui.qt.first_paint import FirstPaint, note_moment

if TYPE_CHECKING:
    from gannan_gui.qt.actions import MenuActions
    from gannan_gui.qt.library_path import ReportListing
    from gannan_gui.qt.widgets.chart_panel import ChartPanel
    from gannan_gui.store.database import FactBase
    from gannan_gui.store.library import Library
    from gannan_gui.views.browser import Browsing, Shown
    from gannan_gui.views.tree import TreeNode

CHART_LOAD_DELAY_MS = 30
SMALL_SCREEN_WIDTH = 1440  # laptops: start maximized
ROOT_KEY = "root:0"  # as in gannan_gui.views.browser, not imported at start-up
SCOPE_SEPARATOR = "|"  # as in gannan_gui.views.tree: 'l12|fact:3' names its report


class MainWindow(QMainWindow):
    def __init__(self, base: FactBase | None = None, settings: QtCore.QSettings | None = None,
                 build: bool = True) -> None:
        """An empty frame at the remembered size; build_ui() and set_base() fill it.

        `build=False` lets the app show the frame before the widgets exist (start-up speed).
        """
        super().__init__()
        # Set by set_base() before any pane, menu or key can use them (the frame shown at
        # start-up has none yet), and typed as what they are from then on.
        self.base: FactBase = None  # type: ignore[assignment]  # the report shown now
        self.browser: Browsing = None  # type: ignore[assignment]
        self.library: Library | None = None  # a user's library shown beside the bundled report
        self._listing: ReportListing | None = None  # its reports, listed in a thread
        self.settings = settings or keys.open_settings()
        self._selection_restored = False
        self.chart_panel: ChartPanel | None = None  # created after the first paint
        self.ui_finished = False  # True once what follows the first paint is in place
        self.setWindowTitle(APP_NAME)
        # the size and place the user left it at; on first run, most of the screen, and all
        # of a laptop's (shown maximized by show_first_time)
        self.start_maximized = keys.restore_window(self, SMALL_SCREEN_WIDTH)
        if build:
            self.build_ui()
        if base is not None:
            self.set_base(base)

    @property
    def root(self) -> TreeNode | None:
        return self.browser.root if self.browser else None

    def build_ui(self) -> None:
        """Create the panes, menus and status bar."""
        from gannan_gui.qt.large_reports import LargeReports
        from gannan_gui.qt.layout import splitter, tab_order
        from gannan_gui.qt.widgets.chart_holder import ChartHolder
        from gannan_gui.qt.widgets.detail_pane import DetailPane
        from gannan_gui.qt.widgets.elided_label import ElidedLabel
        from gannan_gui.qt.widgets.fact_tree import FactTree
        from gannan_gui.qt.widgets.search_box import SearchBox
        from gannan_gui.qt.widgets.search_view import SearchResultsView
        from gannan_gui.qt.window_events import WindowEvents
        from gannan_gui.qt.window_search import WindowSearch

        Qt = QtCore.Qt  # noqa: N806
        self.search_box = SearchBox()
        self.search_field = self.search_box.field
        self.search = WindowSearch(self)
        self.search_box.search_requested.connect(lambda _text: self.apply_search())
        self.search_box.cancelled.connect(self.search.cancel)
        self.navigating = False  # showing a step back or forward: not a new history entry

        self.events = WindowEvents(self)
        self.large_reports = LargeReports(self)  # read off the GUI thread
        self.tree = FactTree()
        self.tree.installEventFilter(self.events)  # Enter on a fact presents it
        self.tree.selection_changed.connect(self._on_selection_changed)
        self.results = SearchResultsView()
        self.results.hide()
        self.results.link_activated.connect(self.open_link)

        left = QtWidgets.QWidget()
        left_layout = QtWidgets.QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_box)
        self.left_splitter = splitter(Qt.Orientation.Vertical, self.tree, self.results, (3, 2))
        left_layout.addWidget(self.left_splitter)

        self.detail = DetailPane()
        self.detail.browser.anchorClicked.connect(lambda url: self.open_link(url.toString()))
        self.chart_holder = ChartHolder()
        self.right_splitter = splitter(Qt.Orientation.Vertical, self.detail, self.chart_holder,
                                       (1, 1))
        self.main_splitter = splitter(Qt.Orientation.Horizontal, left, self.right_splitter,
                                      (2, 3))
        self.main_splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_splitter)

        self.source_label = ElidedLabel()  # a long line gives way at its end
        self.statusBar().addPermanentWidget(self.source_label)  # no stretch: messages need room
        self._make_menus()
        self.tree.first_painted.connect(self._on_first_paint)
        tab_order(self.search_field, self.results, self.tree, self.detail.browser,
                  self.detail.copy_button)
        self.restore_splitters()

    def _on_first_paint(self) -> None:
        """The tree is being painted for the first time: what the first screen does not need
        follows once it is on screen, and the charts (pyqtgraph, half a second) after that."""
        note_moment("tree-painted")
        QtCore.QTimer.singleShot(0, self._finish_ui)
        QtCore.QTimer.singleShot(CHART_LOAD_DELAY_MS, self.load_charts)

    def _finish_ui(self) -> None:
        self.search_box.finish()
        for viewport in (self.tree.viewport(), self.detail.browser.viewport(),
                         self.results.viewport()):
            viewport.installEventFilter(self.events)  # the mouse's back and forward buttons
        self.tell_menus(lambda menu: menu.ui_finished())
        self.ui_finished = True

    def _make_menus(self) -> None:
        from gannan_gui.qt.actions.edit_menu import EditActions
        from gannan_gui.qt.actions.file_menu import FileActions
        from gannan_gui.qt.actions.help_menu import HelpActions
        from gannan_gui.qt.actions.indicator_menu import IndicatorActions
        from gannan_gui.qt.actions.present_menu import PresentActions
        from gannan_gui.qt.actions.view_menu import ViewActions

        menus = self.menuBar()
        self.file_actions = FileActions(self, menus.addMenu("文件(&F)"))
        self.edit_actions = EditActions(self, menus.addMenu("编辑(&E)"))
        view_menu = menus.addMenu("视图(&V)")
        self.view_actions = ViewActions(self, view_menu)
        self.indicator_actions = IndicatorActions(self, view_menu)
        self.present_actions = PresentActions(self, menus.addMenu("演示(&S)"))
        self.help_actions = HelpActions(self, menus.addMenu("帮助(&H)"))
        self.menus: tuple[MenuActions, ...] = tuple(itertools.chain.from_iterable(
            top.each() for top in (self.file_actions, self.edit_actions, self.view_actions,
                                   self.indicator_actions, self.present_actions,
                                   self.help_actions)))

    def tell_menus(self, hook: Callable[[MenuActions], object]) -> None:
        """Every menu module hears what changed, through one of MenuActions' hooks."""
        for menu in getattr(self, "menus", ()):  # none in the frame shown before build_ui()
            hook(menu)

    # --- data --------------------------------------------------------------------------
    def set_library(self, library: Library | None) -> None:
        """The library to show beside the bundled report at the next set_base(); its reports
        are listed from now on, in a thread, while the window is built."""
        from gannan_gui.qt.library_path import ReportListing

        self.library = library
        self._listing = ReportListing(library)

    def set_base(self, base: FactBase) -> None:
        """Show a database, with the reports of the library beside it when there are some:
        rebuild the tree and the status bar."""
        from gannan_gui.qt.library_path import library_reports
        from gannan_gui.qt.widgets.tree_model import FactTreeModel, SearchFilterModel
        from gannan_gui.views.browser import Browser
        from gannan_gui.views.shelf import ShelfBrowser

        self.base = self.home_base = base  # home_base: the report the window was opened on
        listing, self._listing = self._listing, None
        entries, problem = (listing.result() if listing and listing.library == self.library
                            else library_reports(self.library))
        if problem:
            self.statusBar().showMessage(problem, 15000)
        self.browser = (ShelfBrowser(base, self.library, entries,
                                     keys.REVIEWED_ONLY.read(self.settings))
                        if entries and self.library is not None else Browser(base))
        self.model = FactTreeModel(self.browser.root, self,
                                   shelf=self.browser if entries else None)
        self.model.opening_needed.connect(self.large_reports.request)
        self.proxy = SearchFilterModel(self)  # shown only while a search filters the tree
        self.proxy.setSourceModel(self.model)
        self.tree.show_tree(self.model, self.proxy)
        self.search_box.everywhere.setVisible(bool(entries))
        self._show_identity(base)
        self.select_key(ROOT_KEY)
        if not self._selection_restored:  # the first database shown: where the user left off
            self._selection_restored = True
            key = keys.SELECTION.read(self.settings)
            if key:
                self.select_key(key)  # a key from another database is simply not found
        self.tree.setFocus()  # arrow keys walk the tree straight away
        unsaved = self.settings.property(keys.UNSAVED_REASON)
        if unsaved:
            self.statusBar().showMessage(unsaved, 15000)

    def _show_identity(self, base: FactBase) -> None:
        """Title bar and status bar name the report shown."""
        from gannan_gui.qt.dialogs import plain_tooltip
        from gannan_gui.views.words import source_line

        self.base = base
        self.setWindowTitle(f"{base.document.title} — {APP_NAME}")
        version = f"　·　数据版本 {base.data_version}" if not base.document.imported else ""
        text = f"来源：{source_line(base.document)}{version}"
        self.source_label.setText(text)
        self.source_label.setToolTip(plain_tooltip(f"{text}\n{base.document.url}".strip()))
        self.tell_menus(lambda menu: menu.report_changed(base))

    # --- selection ------------------------------------------------------------------
    def current_node(self) -> TreeNode | None:
        shown = self.browser.shown if self.browser else None
        return self.browser.node(shown.key) if shown else None

    def selected_facts(self) -> list[int]:
        from gannan_gui.qt.widgets.tree_model import NODE_ROLE

        nodes = [i.data(NODE_ROLE) for i in self.tree.selectionModel().selectedRows(0)]
        return [n.item_id for n in nodes if n.kind == "fact"]

    def select_key(self, key: str) -> bool:
        """Select the node with this key ('fact:3'), clearing a search that hides it; a key
        of a large report not read yet is selected once it is."""
        if self.large_reports.intercept(key):
            return True
        for unread in self.browser.to_load(key) if self.browser else ():
            self.model.load(unread)  # a year or a report of the library, read when needed
        node = self.browser.node(key) if self.browser else None
        if node is None:
            return False
        index = self.tree.index_of(node)
        if not index.isValid():
            self.search_field.clear()
            self.apply_search()
            index = self.tree.index_of(node)
        self.tree.selectionModel().setCurrentIndex(
            index, QtCore.QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QtCore.QItemSelectionModel.SelectionFlag.Rows)
        self.tree.scrollTo(index)
        return True

    def open_link(self, key: str) -> None:
        """A link in the detail pane or the hit list: a paragraph is shown in place, anything
        else is selected in the tree."""
        if any(menu.open_link(key) for menu in self.menus):  # a comparison, an indicator
            return
        if key.rpartition(SCOPE_SEPARATOR)[2].startswith("paragraph:"):
            self.show_key(key)
        else:
            self.select_key(key)

    def _on_selection_changed(self, *_) -> None:
        from gannan_gui.qt.widgets.tree_model import NODE_ROLE

        picked = self.selected_facts()
        if len(picked) > 1:  # Ctrl-click: the selection, not only the last row
            self._show(self.browser.describe_selection(picked))
            return
        index = self.tree.selectionModel().currentIndex()
        node = index.data(NODE_ROLE) if index.isValid() else None
        if node is not None:
            self.show_key(node.key)

    def show_key(self, key: str) -> None:
        from gannan_gui.store.search import search_terms

        if self.large_reports.intercept(key):  # shown once its report is read
            return
        self.large_reports.wanted = None  # the user went elsewhere meanwhile
        shown = self.browser.show(key, tuple(search_terms(self.search_field.text())),
                                  record=not self.navigating)
        if shown is not None:
            self.tell_menus(lambda menu: menu.history_changed(self.browser.history))
            if self.browser.base is not self.base:  # another report of the library
                self._show_identity(self.browser.base)
            self._show(shown)

    def _show(self, shown: Shown) -> None:
        self.detail.set_html(shown.html)
        self.tell_menus(lambda menu: menu.shown_changed(shown))
        self._show_charts(shown)

    # --- charts ---------------------------------------------------------------------
    def load_charts(self) -> None:
        """Create the pyqtgraph panel; called once, after the window is on screen."""
        from gannan_gui.qt.layout import tab_order

        if self.chart_panel is not None or self.browser is None:
            return
        panel = self.chart_panel = self.chart_holder.load()
        FirstPaint(panel.caption, lambda: None, "charts-drawn")
        panel.fact_clicked.connect(lambda fid: self.select_key(f"fact:{fid}"))
        tab_order(self.detail.copy_button, panel)
        self.tell_menus(lambda menu: menu.charts_ready(panel))
        if self.browser.shown is not None:
            self._show_charts(self.browser.shown)

    def _show_charts(self, shown: Shown) -> None:
        if self.chart_panel is not None:
            self.chart_panel.show_groups(list(shown.chart_groups), shown.selected_fact,
                                         shown.chart_caption)

    # --- search ---------------------------------------------------------------------
    def apply_search(self) -> None:
        self.search.apply()

    # --- state ----------------------------------------------------------------------
    def show_first_time(self) -> None:
        """show(), or showMaximized() on a laptop's first run."""
        (self.showMaximized if self.start_maximized else self.show)()

    def _splitters(self) -> dict[str, QtWidgets.QSplitter]:
        return {"main_splitter": self.main_splitter, "right_splitter": self.right_splitter,
                "left_splitter": self.left_splitter}

    def restore_splitters(self) -> None:
        keys.restore_splitters(self.settings, self._splitters(), self.width(), self.height())

    def save_state(self) -> None:
        keys.GEOMETRY.write(self.settings, self.saveGeometry())
        keys.save_splitters(self.settings, self._splitters())
        if self.browser is not None and self.browser.shown is not None:
            keys.SELECTION.write(self.settings, self.browser.shown.key)
        self.settings.sync()

    # Qt override
    def closeEvent(self, event) -> None:
        self.save_state()
        super().closeEvent(event)
