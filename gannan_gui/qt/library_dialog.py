"""资料库 › 管理报道…: the library's reports as a sortable table (date, title, source, figures,
still to review), to open one, edit a report's details, or remove several after one
question; and the form that edits a report's details. Every change goes through the
library; the window then shows the library again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gannan_gui.common.errors import UserError
from gannan_gui.qt import dialogs
from gannan_gui.qt.widgets.library_model import DOCUMENT_ROLE, SORT_ROLE, LibraryTableModel
from gannan_gui.store.library import Library
from gannan_gui.views.library_table import library_rows, removal_question

#: The details a user edits, in the form's order: the library's name for each, and its label.
DETAIL_FIELDS = (("title", "标题(&T)"), ("date", "日期(&D)"), ("source", "来源(&S)"),
                 ("author", "作者(&A)"), ("region", "地区(&R)"))


class ReportDetailsDialog(QDialog):
    """Title, date, source, author and region of one report, saved in one transaction."""

    def __init__(self, library: Library, document_id: int, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.library, self.document_id = library, document_id
        self.saved: dict[str, str] = {}
        self.setWindowTitle("报道详情")
        base = library.open_report(document_id)
        document = base.document
        base.close()
        current = {"title": document.title, "date": document.published,
                   "source": document.site, "author": document.reporter,
                   "region": document.region}
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for name, label in DETAIL_FIELDS:
            field = QLineEdit(current[name])
            field.setMinimumWidth(360)
            self.fields[name] = field
            form.addRow(label, field)
        self.fields["date"].setPlaceholderText("2025-12-16 或 2025年12月16日")
        self.fields["region"].setPlaceholderText("如 甘南州、临潭县、天津市东丽区")
        buttons = dialogs.form_buttons(self, "保存", self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            self.saved = self.library.edit_report(
                self.document_id, **{name: field.text() for name, field in self.fields.items()})
        except UserError as exc:
            dialogs.warn(self, "无法保存", exc)
            return
        self.accept()


class LibraryDialog(QDialog):
    """The library's reports; `open_report` shows one in the window."""

    def __init__(self, library: Library, open_report: Callable[[int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.open_report = library, open_report
        self.changed = False  # the window shows the library again when this closes
        self.setWindowTitle(f"资料库：{library.path}")
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableView()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SORT_ROLE)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # oldest first, as the tree
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        buttons = QDialogButtonBox()
        role = QDialogButtonBox.ButtonRole
        self.open_button = dialogs.add_button(buttons, "打开(&O)", role.AcceptRole,
                                              self.open_selected)
        self.edit_button = dialogs.add_button(buttons, "编辑详情(&E)…", role.ActionRole,
                                              self.edit_selected)
        self.remove_button = dialogs.add_button(buttons, "移除所选(&M)…", role.DestructiveRole,
                                                self.remove_selected)
        dialogs.add_button(buttons, "关闭", role.RejectRole, self.reject, auto_default=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        dialogs.fit_to_screen(self, 820, 460)
        self.refresh()
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)

    def refresh(self) -> None:
        """Read the library's reports again, keeping the column it is sorted by."""
        try:
            entries = self.library.reports() if self.library.exists() else []
        except UserError as exc:
            entries = []
            self.summary.setText(str(exc))
        else:
            pending = sum(e.proposed for e in entries)
            self.summary.setText(f"共 {len(entries)} 篇报道，{pending} 项数据待审核。"
                                 "点击列标题排序；按住 Ctrl 或 Shift 可选多篇。")
        kept = set(self.selected_ids()) if self.proxy.sourceModel() else set()
        self.model = LibraryTableModel(library_rows(entries), self)
        self.proxy.setSourceModel(self.model)
        header = self.table.horizontalHeader()
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        rows = [r for r in range(self.proxy.rowCount())
                if self.proxy.index(r, 0).data(DOCUMENT_ROLE) in kept] or [0]
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(rows[0], 0))
            for row in rows:  # what was selected stays selected
                self.table.selectionModel().select(
                    self.proxy.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows)
        self.selection_changed()

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows(0)
        return [index.data(DOCUMENT_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def selection_changed(self, *_args) -> None:
        count = len(self.selected_ids())
        self.open_button.setEnabled(count == 1)
        self.edit_button.setEnabled(count == 1)
        self.remove_button.setEnabled(count > 0)

    def open_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.open_report(ids[0])
            self.accept()

    def edit_selected(self, dialog_factory=ReportDetailsDialog) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        try:
            details = dialog_factory(self.library, ids[0], self)
        except UserError as exc:
            dialogs.warn(self, "无法打开", exc)
            return
        if details.exec() and details.saved:
            self.changed = True
            self.refresh()

    def remove_selected(self, confirm: Callable[[str], bool] | None = None) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        titles = [self.model.rows[self.proxy.mapToSource(i).row()].cells[1]
                  for i in sorted(self.table.selectionModel().selectedRows(0),
                                  key=lambda i: i.row())]
        question = removal_question(titles)
        if not (confirm or self._confirm)(question):
            return
        try:
            self.library.remove_reports(ids)
        except UserError as exc:
            dialogs.warn(self, "无法移除", exc)
            return
        self.changed = True
        self.refresh()

    def _confirm(self, question: str) -> bool:
        return dialogs.ask(self, "移除报道", question, "移除", "取消")
