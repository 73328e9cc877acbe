"""The main window: category tree, detail pane with the source, charts, search.

Widgets here only show and forward: the tree comes from :mod:`gannan_gui.tree`, the detail
HTML from :mod:`gannan_gui.detail_html`, the bars from :mod:`gannan_gui.charts`.

Start-up speed: the window is built and shown as an empty frame first (this module imports
only Qt at load time); the database, the tree and the text fill it on the next turn of the
event loop, and the chart panel (pyqtgraph, half a second to import) after that.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

# Qt classes are looked up as module attributes (QtWidgets.QTreeView), so each is loaded when
# first used, after the window is on screen; only the base classes are needed at import time.
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtWidgets import QMainWindow

from gannan_gui import APP_NAME, __version__
from gannan_gui.gui.settings import open_settings

if TYPE_CHECKING:
    from gannan_gui.store import FactBase
    from gannan_gui.tree import TreeNode

# Node kinds, as in gannan_gui.tree (not imported here: see the module docstring).
ROOT, CATEGORY, FACT, ENTITY = "root", "category", "fact", "entity"

SEARCH_DELAY_MS = 120
CHART_LOAD_DELAY_MS = 30
SMALL_SCREEN_WIDTH = 1440  # laptops: start maximized


class MainWindow(QMainWindow):
    def __init__(self, base: FactBase | None = None, settings: QtCore.QSettings | None = None,
                 build: bool = True) -> None:
        """An empty frame at the remembered size; build_ui() and set_base() fill it.

        `build=False` lets the app show the frame before the widgets exist (start-up speed).
        """
        super().__init__()
        self.base: FactBase | None = None
        self.root: TreeNode | None = None
        self.settings = settings or open_settings()
        self._selection_restored = False
        self.chart_panel = None  # created after the first paint
        self._citation = ""
        self._current: TreeNode | None = None
        self.presentation = None
        self.start_maximized = False
        self.setWindowTitle(APP_NAME)
        self.restore_geometry()
        if build:
            self.build_ui()
        if base is not None:
            self.set_base(base)

    def build_ui(self) -> None:
        """Create the panes, menus and status bar."""
        Qt = QtCore.Qt  # noqa: N806
        self._search_timer = QtCore.QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)

        self.search_field = QtWidgets.QLineEdit()
        self.search_field.setPlaceholderText("搜索数据、名称和原文 (Ctrl+F)")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(lambda _: self._search_timer.start())
        self.search_field.returnPressed.connect(self.apply_search)

        self.tree = QtWidgets.QTreeView()
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.installEventFilter(self)  # Enter on a fact presents it
        from gannan_gui.gui.search_view import SearchResultsView

        self.results = SearchResultsView()
        self.results.hide()
        self.results.link_activated.connect(self.open_link)

        left = QtWidgets.QWidget()
        left_layout = QtWidgets.QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_field)
        self.left_splitter = QtWidgets.QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.addWidget(self.tree)
        self.left_splitter.addWidget(self.results)
        self.left_splitter.setStretchFactor(0, 3)
        self.left_splitter.setStretchFactor(1, 2)
        left_layout.addWidget(self.left_splitter)

        from gannan_gui.gui.detail_pane import DetailPane

        self.detail = DetailPane()
        self.detail.browser.anchorClicked.connect(lambda url: self.open_link(url.toString()))
        self.detail.copy_button.clicked.connect(self.copy_citation)
        self.chart_holder = QtWidgets.QWidget()
        self.chart_holder_layout = QtWidgets.QVBoxLayout(self.chart_holder)
        self.chart_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_loading = QtWidgets.QLabel("正在准备图表…")
        self.chart_loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_holder_layout.addWidget(self.chart_loading)

        self.right_splitter = QtWidgets.QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.addWidget(self.detail)
        self.right_splitter.addWidget(self.chart_holder)
        self.right_splitter.setStretchFactor(0, 1)
        self.right_splitter.setStretchFactor(1, 1)
        self.main_splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.addWidget(left)
        self.main_splitter.addWidget(self.right_splitter)
        self.main_splitter.setStretchFactor(0, 2)
        self.main_splitter.setStretchFactor(1, 3)
        self.main_splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_splitter)

        self.source_label = QtWidgets.QLabel()
        self.statusBar().addPermanentWidget(self.source_label, 1)
        self._make_actions()
        self.restore_splitters()

    # --- data --------------------------------------------------------------------------
    def set_base(self, base: FactBase) -> None:
        """Show a database: rebuild the tree and the status bar."""
        self.base = base
        from gannan_gui.gui.tree_model import FactTreeModel, SearchFilterModel
        from gannan_gui.tree import build_tree

        self.root = build_tree(base)
        self.model = FactTreeModel(self.root, self)
        self.proxy = SearchFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.tree.setModel(self.proxy)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.tree.expand(self.proxy.index(0, 0))
        doc = base.document
        self.setWindowTitle(f"{doc.title} — {APP_NAME}")
        self.source_label.setText(
            f"来源：《{doc.title}》 {doc.published} {doc.site}　·　数据版本 {base.data_version}")
        self.source_label.setToolTip(doc.url)
        self.select_key("root:0")
        if not self._selection_restored:  # the first database shown: where the user left off
            self._selection_restored = True
            key = self.settings.value("window/selection")
            if isinstance(key, str):
                self.select_key(key)  # a key from another database is simply not found
        if self.chart_panel is not None:
            self.update_chart()
        self.tree.setFocus()  # arrow keys walk the tree straight away

    # --- actions and menus ----------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QtGui.QAction:
        action = QtGui.QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QtGui.QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        keys = QtGui.QKeySequence.StandardKey
        self.open_action = self._action("打开数据库(&O)…", self.choose_database, keys.Open,
                                        "打开另一个事实数据库文件")
        self.print_action = self._action("打印预览(&P)…", self.print_preview, keys.Print,
                                         "预览并打印所选范围的摘要")
        self.pdf_action = self._action("导出摘要为 PDF(&D)…", self.export_pdf, "Ctrl+Shift+P",
                                       "把所选范围的摘要保存为 PDF")
        self.export_png_action = self._action("导出图表为 PNG…", lambda: self.export_chart("png"))
        self.export_svg_action = self._action("导出图表为 SVG…", lambda: self.export_chart("svg"))
        self.quit_action = self._action("退出(&Q)", self.close, keys.Quit)
        self.copy_action = self._action("复制引文(&C)", self.copy_citation, "Ctrl+Shift+C",
                                        "复制所选数据的原文引文和出处")
        self.find_action = self._action("查找(&F)", self.focus_search, keys.Find)
        self.expand_action = self._action("全部展开", self.tree.expandAll, "Ctrl+E")
        self.collapse_action = self._action("全部折叠", self.collapse_tree, "Ctrl+Shift+E")
        self.about_action = self._action("关于 gannan-gui", self.show_about)
        self.present_action = self._action("从头演示全文(&P)", lambda: self.start_presentation(
            whole_article=True), "F5", "全屏演示全文，Esc 结束")
        self.present_category_action = self._action(
            "演示当前类别(&C)", lambda: self.start_presentation(whole_article=False), "Shift+F5",
            "全屏演示所选类别")
        self.present_fact_action = self._action(
            "单独演示所选数据", self.present_current_fact, None, "全屏演示所选数据及其原文 (Enter)")

        menus = self.menuBar()
        file_menu = menus.addMenu("文件(&F)")
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        file_menu.addAction(self.pdf_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_png_action)
        file_menu.addAction(self.export_svg_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.file_menu = file_menu
        edit_menu = menus.addMenu("编辑(&E)")
        edit_menu.addAction(self.copy_action)
        edit_menu.addAction(self.find_action)
        self.view_menu = menus.addMenu("视图(&V)")
        self.view_menu.addAction(self.expand_action)
        self.view_menu.addAction(self.collapse_action)
        present_menu = menus.addMenu("演示(&S)")
        present_menu.addAction(self.present_action)
        present_menu.addAction(self.present_category_action)
        present_menu.addAction(self.present_fact_action)
        self.screen_menu = present_menu.addMenu("演示屏幕")
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        help_menu = menus.addMenu("帮助(&H)")
        help_menu.addAction(self.about_action)
        for action in (self.export_png_action, self.export_svg_action):
            action.setEnabled(False)

    def collapse_tree(self) -> None:
        self.tree.collapseAll()
        self.tree.expand(self.proxy.index(0, 0))

    def focus_search(self) -> None:
        self.search_field.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def show_about(self) -> None:
        from html import escape

        doc = self.base.document
        QtWidgets.QMessageBox.about(
            self, f"关于 {APP_NAME}",
            f"<p><b>{APP_NAME} {__version__}</b></p>"
            f"<p>浏览、演示和打印《{escape(doc.title)}》中的数据。</p>"
            f"<p>来源：{escape(doc.site)}，{escape(doc.published)}<br>"
            f"数据库：{escape(str(self.base.path))}<br>"
            f"数据版本：{escape(self.base.data_version)}</p>")

    # --- selection ------------------------------------------------------------------
    def current_node(self) -> TreeNode | None:
        return self._current

    def selected_nodes(self) -> list[TreeNode]:
        from gannan_gui.gui.tree_model import NODE_ROLE

        rows = self.tree.selectionModel().selectedRows(0)
        return [self.proxy.data(i, NODE_ROLE) for i in rows]

    def selected_facts(self) -> list[int]:
        return [n.item_id for n in self.selected_nodes() if n.kind == FACT]

    def select_key(self, key: str) -> bool:
        """Select the node with this key ('fact:1001'), clearing a search that hides it."""
        if self.root is None:
            return False
        from gannan_gui.tree import find_node

        node = find_node(self.root, key)
        if node is None:
            return False
        index = self.proxy.mapFromSource(self.model.index_of(node))
        if not index.isValid():
            self.search_field.clear()
            self.apply_search()
            index = self.proxy.mapFromSource(self.model.index_of(node))
        self.tree.selectionModel().setCurrentIndex(
            index, QtCore.QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QtCore.QItemSelectionModel.SelectionFlag.Rows)
        self.tree.scrollTo(index)
        return True

    def open_link(self, key: str) -> None:
        if key.startswith("paragraph:"):
            self._show_paragraph(int(key.split(":", 1)[1]))
        else:
            self.select_key(key)

    def _on_selection_changed(self, *_) -> None:
        index = self.tree.selectionModel().currentIndex()
        if not index.isValid():
            return
        from gannan_gui.gui.tree_model import NODE_ROLE

        node = self.proxy.data(index, NODE_ROLE)
        if node is not None:
            self.show_node(node)

    def show_node(self, node: TreeNode) -> None:
        from gannan_gui import detail_html

        self._current = node
        base = self.base
        self._citation = ""
        if node.kind == FACT:
            fact = base.fact_by_id[node.item_id]
            html = detail_html.fact_html(base, fact)
            self._citation = base.citation(fact)
        elif node.kind == ENTITY:
            entity = base.entity_by_id[node.item_id]
            html = detail_html.entity_html(base, entity)
            self._citation = base.citation_of_text(entity.quote)
        elif node.kind == CATEGORY:
            html = detail_html.category_html(base, base.category_by_id[node.item_id])
        else:
            html = detail_html.overview_html(base)
        self.detail.browser.setHtml(html)
        self.detail.copy_button.setEnabled(bool(self._citation))
        self.copy_action.setEnabled(bool(self._citation))
        self.update_chart()

    def _show_paragraph(self, paragraph_id: int) -> None:
        paragraph = self.base.paragraph_by_id.get(paragraph_id)
        if paragraph is None:
            return
        from gannan_gui import detail_html
        from gannan_gui.store import search_terms

        terms = search_terms(self.search_field.text())
        self.detail.browser.setHtml(detail_html.paragraph_html(self.base, paragraph, terms))
        self._citation = self.base.citation_of_text(paragraph.text)
        self.detail.copy_button.setEnabled(True)

    def copy_citation(self) -> None:
        if self._citation:
            QtGui.QGuiApplication.clipboard().setText(self._citation)
            self.statusBar().showMessage("引文已复制到剪贴板", 3000)

    # --- charts ---------------------------------------------------------------------
    def chart_category(self) -> int | None:
        """The category whose figures the chart shows for the current node (None: all)."""
        node = self._current
        if node is None or node.kind == ROOT:
            return None
        if node.kind == CATEGORY:
            return node.item_id
        item = (self.base.fact_by_id if node.kind == FACT else self.base.entity_by_id)[
            node.item_id]
        return item.category_id

    def load_charts(self) -> None:
        """Create the pyqtgraph panel; called once, after the window is on screen."""
        if self.chart_panel is not None or self.base is None:
            return
        from gannan_gui.gui.chart_view import ChartPanel

        self.chart_panel = ChartPanel()
        self.chart_panel.fact_clicked.connect(lambda fid: self.select_key(f"fact:{fid}"))
        self.chart_holder_layout.removeWidget(self.chart_loading)
        self.chart_loading.deleteLater()
        self.chart_holder_layout.addWidget(self.chart_panel)
        for action in (self.export_png_action, self.export_svg_action):
            action.setEnabled(True)
        self.update_chart()

    def update_chart(self) -> None:
        if self.chart_panel is None or self.base is None:
            return
        from gannan_gui.charts import chart_groups

        node = self._current
        category = self.chart_category()
        # A category of names only (brands, villages): chart the part it belongs to.
        while category is not None and not self.base.facts_in(category):
            category = self.base.category_by_id[category].parent_id
        facts = self.base.facts_in(category)
        scope = "全文" if category is None else self.base.category_by_id[category].name
        selected = node.item_id if node is not None and node.kind == FACT else None
        self.chart_panel.show_groups(chart_groups(facts), selected, f"图表 · {scope}")

    def export_chart(self, fmt: str) -> None:
        if self.chart_panel is None:
            return
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, "导出图表", str(Path.home() / f"gannan-chart.{fmt}"),
            "PNG 图像 (*.png)" if fmt == "png" else "SVG 矢量图 (*.svg)")
        if name:
            self.write_chart(Path(name), fmt)

    def write_chart(self, target: Path, fmt: str) -> bool:
        from gannan_gui.files import OutputError, atomic_output

        try:
            with atomic_output(target) as tmp:
                if fmt == "png":
                    self.chart_panel.export_png(tmp)
                else:
                    self.chart_panel.export_svg(tmp)
        except OutputError as exc:
            QtWidgets.QMessageBox.warning(self, "无法导出图表", str(exc))
            return False
        self.statusBar().showMessage(f"图表已导出到 {target}", 5000)
        return True

    # --- presentation ---------------------------------------------------------------
    def presentation_screen(self) -> int | None:
        """The screen chosen for slides (1-based), if the user chose one."""
        value = self.settings.value("presentation/screen")
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def _fill_screen_menu(self) -> None:
        menu = self.screen_menu
        menu.clear()
        group = QtGui.QActionGroup(menu)
        chosen = self.presentation_screen()
        auto = menu.addAction("自动（投影仪优先）")
        auto.setCheckable(True)
        auto.setChecked(chosen is None)
        auto.triggered.connect(lambda: self.set_presentation_screen(None))
        group.addAction(auto)
        for number, screen in enumerate(QtGui.QGuiApplication.screens(), 1):
            size = screen.geometry().size()
            action = menu.addAction(f"屏幕 {number}：{screen.name()}（{size.width()}×"
                                    f"{size.height()}）")
            action.setCheckable(True)
            action.setChecked(chosen == number)
            action.triggered.connect(lambda _=False, n=number: self.set_presentation_screen(n))
            group.addAction(action)

    def set_presentation_screen(self, number: int | None) -> None:
        self.settings.setValue("presentation/screen", "" if number is None else number)

    def start_presentation(self, whole_article: bool = True, screen_number: int | None = None,
                           slides=None) -> None:
        """Full screen from the first slide; Esc comes back here, selection unchanged."""
        from gannan_gui.gui.presentation import Presentation
        from gannan_gui.slides import SlideDeck, build_slides

        if self.base is None:
            return
        if slides is None:
            category = None if whole_article else self.chart_category()
            slides = build_slides(self.base, category)
        self.presentation = Presentation(SlideDeck(slides),
                                         screen_number or self.presentation_screen())
        if self.presentation.warning:
            self.statusBar().showMessage(self.presentation.warning, 8000)
        self.presentation.closed.connect(self._presentation_ended)

    def present_current_fact(self) -> None:
        from gannan_gui.slides import fact_slide

        node = self._current
        if node is not None and node.kind == FACT:
            fact = self.base.fact_by_id[node.item_id]
            self.start_presentation(slides=[fact_slide(self.base, fact)])

    def _presentation_ended(self) -> None:
        self.presentation = None
        self.activateWindow()
        self.raise_()
        self.tree.setFocus()

    # --- printing -------------------------------------------------------------------
    def current_summary(self):
        """The summary of what the user is looking at: the selected facts if several are
        selected, else the current category, else the whole article."""
        from gannan_gui.summary import build_summary

        facts = self.selected_facts()
        if len(facts) > 1:
            return build_summary(self.base, fact_ids=facts)
        return build_summary(self.base, self.chart_category())

    def print_preview(self) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from gannan_gui.files import OutputError
        from gannan_gui.gui.printing import MARGINS_MM, print_summary

        summary = self.current_summary()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        layout = printer.pageLayout()
        layout.setUnits(QtGui.QPageLayout.Unit.Millimeter)
        layout.setMargins(MARGINS_MM)
        printer.setPageLayout(layout)
        printer.setDocName(f"gannan-gui {summary.scope}")
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(f"打印预览：{summary.scope}")

        def paint(target: QPrinter) -> None:
            try:
                print_summary(summary, target)
            except OutputError as exc:
                QtWidgets.QMessageBox.warning(self, "无法打印", str(exc))

        dialog.paintRequested.connect(paint)
        dialog.resize(self.size() * 0.9)
        dialog.exec()

    def export_pdf(self) -> None:
        summary = self.current_summary()
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, "导出摘要为 PDF", str(Path.home() / "gannan-summary.pdf"), "PDF 文件 (*.pdf)")
        if name:
            self.write_pdf(Path(name), summary)

    def write_pdf(self, target: Path, summary=None) -> bool:
        from gannan_gui.files import OutputError
        from gannan_gui.gui.printing import write_summary_pdf

        summary = summary or self.current_summary()
        try:
            pages = write_summary_pdf(summary, target)
        except (OutputError, OSError) as exc:
            QtWidgets.QMessageBox.warning(self, "无法导出 PDF", str(exc))
            return False
        self.statusBar().showMessage(f"已导出 {pages} 页 PDF：{target}", 5000)
        return True

    # --- search ---------------------------------------------------------------------
    def apply_search(self) -> None:
        from gannan_gui.store import DatabaseError, search_terms

        self._search_timer.stop()
        text = self.search_field.text()
        terms = search_terms(text)
        if not terms:
            self.proxy.set_matches(None)
            self.results.hide()
            self.tree.expand(self.proxy.index(0, 0))
            return
        try:
            hits = self.base.search(text)
        except DatabaseError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            hits = []
        # The tree keeps facts whose label or quote matched, and named things whose name or
        # kind did (a name merely mentioned beside the term stays in the hit list only).
        keys = {f"{h.kind}:{h.item_id}" for h in hits if h.kind == FACT}
        keys |= {f"{ENTITY}:{h.item_id}" for h in hits if h.kind == ENTITY and all(
            t.casefold() in h.title.casefold() for t in terms)}
        keys |= {n.key for n in self.root.walk()
                 if n.kind == CATEGORY and all(t.casefold() in n.name.casefold() for t in terms)}
        self.proxy.set_matches(keys)
        self.tree.expandAll()
        self.results.show_hits(hits, text)
        self.results.show()

    # --- opening another database ---------------------------------------------------
    def choose_database(self) -> None:
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, "打开事实数据库", str(self.base.path.parent),
            "SQLite 数据库 (*.db *.sqlite *.sqlite3);;所有文件 (*)")
        if name:
            self.open_database_file(Path(name))

    def open_database_file(self, path: Path) -> bool:
        from gannan_gui.store import DatabaseError, open_database

        try:
            base = open_database(path)
        except DatabaseError as exc:
            QtWidgets.QMessageBox.warning(self, "无法打开数据库", str(exc))
            return False
        old = self.base
        self.search_field.clear()
        self.set_base(base)
        old.close()
        return True

    # --- state ----------------------------------------------------------------------
    def restore_geometry(self) -> None:
        """The window's size and place as the user left them; on first run, most of the
        screen, and all of a laptop's."""
        geometry = self.settings.value("window/geometry")
        if not (isinstance(geometry, QtCore.QByteArray) and self.restoreGeometry(geometry)):
            self.resize(self._default_size())
            self.start_maximized = (
                self.screen().availableGeometry().width() <= SMALL_SCREEN_WIDTH)

    def show_first_time(self) -> None:
        """show(), or showMaximized() on a laptop's first run."""
        (self.showMaximized if self.start_maximized else self.show)()

    def restore_splitters(self) -> None:
        """Pane sizes as the user left them."""
        for name, splitter in self._splitters().items():
            state = self.settings.value(f"window/{name}")
            if not (isinstance(state, QtCore.QByteArray) and splitter.restoreState(state)):
                self._default_splitter(name, splitter)

    def _default_size(self):
        screen = self.screen().availableGeometry()
        return screen.size().boundedTo(screen.size() * 0.92).expandedTo(
            screen.size().boundedTo(self.minimumSizeHint()))

    def _splitters(self) -> dict[str, QtWidgets.QSplitter]:
        return {"main_splitter": self.main_splitter, "right_splitter": self.right_splitter,
                "left_splitter": self.left_splitter}

    def _default_splitter(self, name: str, splitter: QtWidgets.QSplitter) -> None:
        width = max(self.width(), 800)
        height = max(self.height(), 600)
        if name == "main_splitter":
            splitter.setSizes([int(width * 0.36), int(width * 0.64)])
        elif name == "right_splitter":
            splitter.setSizes([int(height * 0.56), int(height * 0.44)])
        else:
            splitter.setSizes([int(height * 0.6), int(height * 0.4)])

    def save_state(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        for name, splitter in self._splitters().items():
            s.setValue(f"window/{name}", splitter.saveState())
        if self._current is not None:
            s.setValue("window/selection", self._current.key)
        s.sync()

    # Qt override
    def closeEvent(self, event) -> None:
        self.save_state()
        super().closeEvent(event)

    # Qt override
    def eventFilter(self, watched, event) -> bool:
        if (watched is self.tree and event.type() == QtCore.QEvent.Type.KeyPress
                and event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter)
                and self._current is not None and self._current.kind == FACT):
            self.present_current_fact()
            return True
        return super().eventFilter(watched, event)

    # Qt override
    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Charts need pyqtgraph (half a second to import): load them once the window is up.
        QtCore.QTimer.singleShot(CHART_LOAD_DELAY_MS, self.load_charts)
