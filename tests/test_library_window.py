"""The window with a library beside the bundled report: reports at the top of the tree,
each read when first opened, unreviewed figures marked, keys that name their report."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import open_window
from library_helpers import import_reports
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from gannan_gui.qt import app as app_module
from gannan_gui.qt.main_window import MainWindow
from gannan_gui.qt.settings import open_settings
from gannan_gui.qt.widgets.tree_model import NODE_ROLE, FactTreeModel
from gannan_gui.store.database import FactBase
from gannan_gui.store.library import Library
from gannan_gui.views.shelf import ShelfBrowser

OLDER = ("2019年夏河县东西部协作总结\n发布时间：2019-12-30\n"
         "2019年，天津市投入财政援助资金1.2亿元，实施帮扶项目120个。\n"
         "农村劳动力转移就业8000人，组织招聘会12场。\n")
NEWER = ("2024年夏河县东西部协作总结\n發布時間：2024年12月28日\n"
         "2024年，天津市投入財政援助資金3.5億元，實施幫扶項目460餘個。\n"
         "農村勞動力轉移就業1.2萬人，組織招聘會30場。\n")


@pytest.fixture()
def library(tmp_path: Path) -> Path:
    newer, older = tmp_path / "newer.txt", tmp_path / "older.txt"
    newer.write_text(NEWER, encoding="utf-8")  # imported first, listed second: by date
    older.write_text(OLDER, encoding="gbk")
    path = tmp_path / "library.db"
    import_reports([newer, older], path)
    return path


@pytest.fixture()
def watching_window(qtbot, facts: FactBase, library: Path,
                    isolated_settings: Path) -> MainWindow:
    """The window as a user has it, showing what other processes commit every 2 s."""
    return open_window(qtbot, facts, library, isolated_settings)


@pytest.fixture()
def window(qtbot, facts: FactBase, library: Path, isolated_settings: Path) -> MainWindow:
    """The window, not watching: these tests make their own changes and say when to show
    them, so that a reload on the 2-second timer never lands in the middle of a test."""
    return open_window(qtbot, facts, library, isolated_settings, watching=False)


def top_rows(win: MainWindow) -> list[str]:
    model = win.tree.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_reports_head_the_tree_bundled_first_then_by_date(window: MainWindow,
                                                               facts: FactBase) -> None:
    assert top_rows(window) == [facts.document.title, "2019年夏河县东西部协作总结",
                                "2024年夏河县东西部协作总结"]


def test_the_model_with_reports_read_on_demand_passes_the_model_tester(
        qtmodeltester, facts: FactBase, library: Path) -> None:
    shelf = ShelfBrowser(facts, Library(library), Library(library).reports())
    model = FactTreeModel(shelf.root, shelf=shelf)
    report = model.index(1, 0)
    assert model.hasChildren(report) and model.rowCount(report) == 0  # not read yet
    assert model.canFetchMore(report)
    model.fetchMore(report)
    assert not model.canFetchMore(report) and model.rowCount(report) > 0
    qtmodeltester.check(model, force_py=True)  # which also fetches the rest


def test_a_report_of_the_library_is_read_only_when_opened(window: MainWindow) -> None:
    shelf = window.browser
    assert isinstance(shelf, ShelfBrowser)
    assert shelf.opened == {"b"}  # only the bundled report is open
    assert window.select_key("l2|root:0")
    assert shelf.opened == {"b", "l2"}
    assert window.windowTitle().startswith("2019年夏河县东西部协作总结")
    assert "2019年" in window.detail.browser.toPlainText()


def test_an_imported_figure_shows_its_quote_and_looks_unreviewed(window: MainWindow) -> None:
    assert window.select_key("l1|root:0")
    base = window.base
    aid = next(f for f in base.facts if f.base_value == 350_000_000)
    assert window.select_key(f"l1|fact:{aid.id}")
    text = window.detail.browser.toPlainText()
    assert "3.5億元" in text and "財政援助資金" in text  # as written, traditional
    index = window.tree.currentIndex()
    assert index.data(NODE_ROLE).pending
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    window.load_charts()
    tiles = {t.fact_id: t for t in window.chart_panel.tiles.tiles}  # alone of its kind
    assert any("待审核" in label.text() for label in tiles[aid.id].findChildren(QLabel))
    bundled = window.browser.bundled.facts[0]
    window.select_key(f"b|fact:{bundled.id}")
    assert not window.tree.currentIndex().data(Qt.ItemDataRole.FontRole) \
        or not window.tree.currentIndex().data(Qt.ItemDataRole.FontRole).italic()


def test_links_and_chart_clicks_stay_in_their_report(window: MainWindow) -> None:
    window.select_key("l2|root:0")
    fact = window.base.facts[0]
    window.select_key(f"fact:{fact.id}")  # as a chart click or a detail link says it
    assert window.browser.shown.key == f"l2|fact:{fact.id}"
    window.open_link(f"paragraph:{fact.paragraph_id}")
    assert "投入财政援助资金1.2亿元" in window.detail.browser.toPlainText()


def test_back_and_forward_cross_reports(window: MainWindow, facts: FactBase) -> None:
    window.select_key(f"b|fact:{facts.facts[0].id}")
    window.select_key("l1|root:0")
    window.view_actions.back_action.trigger()  # Alt+Left
    assert window.browser.shown.key == f"b|fact:{facts.facts[0].id}"
    assert window.base is window.browser.bundled
    window.view_actions.forward_action.trigger()
    assert window.browser.shown.key == "l1|root:0"


def test_search_covers_the_current_report(window: MainWindow) -> None:
    window.select_key("l1|root:0")
    window.search_field.setText("财政援助")  # simplified, the report is traditional
    window.apply_search()
    assert window.search_box.count.text() == "找到 2 条"
    window.search_field.clear()
    window.apply_search()


def test_an_unusable_library_leaves_the_bundled_report(qtbot, facts: FactBase, tmp_path: Path,
                                                       isolated_settings: Path) -> None:
    broken = tmp_path / "library.db"
    broken.write_bytes(b"not a database at all")
    app_module.make_application()
    win = MainWindow(settings=open_settings(isolated_settings))
    qtbot.addWidget(win)
    win.library = Library(broken)
    win.set_base(facts)
    assert top_rows(win) == ["全文概览"]
    assert "资料库无法打开" in win.statusBar().currentMessage()


def test_the_import_menu_adds_reports_without_blocking_and_shows_them(
        qtbot, facts: FactBase, tmp_path: Path, isolated_settings: Path) -> None:
    app_module.make_application()
    win = MainWindow(settings=open_settings(isolated_settings))
    qtbot.addWidget(win)
    win.library = Library(tmp_path / "mine.db")  # none yet: the first import makes it
    win.set_base(facts)
    assert top_rows(win) == ["全文概览"]
    source = tmp_path / "older.txt"
    source.write_text(OLDER, encoding="gbk")
    actions = win.file_actions.library_actions
    with qtbot.waitSignal(actions.import_files([source]).finished, timeout=30_000):
        assert not actions.import_action.isEnabled()  # one import at a time
    assert actions.import_action.isEnabled()
    assert top_rows(win)[1] == "2019年夏河县东西部协作总结"
    assert win.browser.shown.key == "l1|root:0"
    assert "已导入 1 篇报道，4 项数据待审核" in win.statusBar().currentMessage()


def test_a_bad_file_in_the_import_menu_is_a_dialog_and_changes_nothing(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    warnings = []
    monkeypatch.setattr("gannan_gui.qt.dialogs.warn",
                        lambda parent, title, message: warnings.append(str(message)))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    before = top_rows(window)
    actions = window.file_actions.library_actions
    with qtbot.waitSignal(actions.import_files([empty]).finished, timeout=30_000):
        pass
    assert warnings and "空的" in warnings[0]
    assert top_rows(window) == before


def test_the_review_dialog_is_driven_from_the_keyboard(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import Qt as QtKeys

    from gannan_gui.qt.review_dialog import ReviewDialog

    window.select_key("l1|root:0")
    assert window.file_actions.library_actions.review_action.isEnabled()
    seen = {}

    class Driven(ReviewDialog):
        def exec(self) -> int:  # what a reviewer types, then close
            qtbot.addWidget(self)
            self.show()
            seen["first"] = self.label_field.text()
            self.label_field.setText("天津财政援助资金")
            qtbot.keyClick(self.label_field, QtKeys.Key.Key_Return)  # accept, corrected
            seen["after_accept"] = self.queue.status_text()
            qtbot.keyClick(self.paragraph, QtKeys.Key.Key_Delete)  # reject the next
            qtbot.keyClick(self.paragraph, QtKeys.Key.Key_Z,
                           QtKeys.KeyboardModifier.ControlModifier)  # undo that
            seen["after_undo"] = self.queue.status_text()
            return 0

    assert window.file_actions.library_actions.review_current(Driven)
    assert seen["first"] == "財政援助資金"  # as the report writes it
    assert seen["after_accept"].startswith("第 2 / 4 项") and "3 项待审核" in seen["after_accept"]
    assert seen["after_undo"] == seen["after_accept"]
    accepted = next(f for f in window.base.facts if f.label == "天津财政援助资金")
    assert accepted.reviewed
    assert "已保存" in window.statusBar().currentMessage()


def test_removing_a_report_asks_first(window: MainWindow) -> None:
    window.select_key("l2|root:0")
    actions = window.file_actions.library_actions
    assert not actions.remove_current(confirm=lambda question: False)
    assert len(top_rows(window)) == 3
    assert actions.remove_current(confirm=lambda question: "2019年" in question)
    assert top_rows(window)[1:] == ["2024年夏河县东西部协作总结"]
    window.select_key("b|root:0")
    assert not actions.review_action.isEnabled()  # the bundled report is curated already


def test_a_figure_lists_the_same_reviewed_figure_in_other_reports(
        qtbot, window: MainWindow, facts: FactBase, library: Path) -> None:
    aid_label = next(f for f in facts.facts if f.figure == "14.93亿元").label
    for document_id in (1, 2):
        reviewer = window.library.reviewer(document_id)
        aid = next(r for r in reviewer.facts() if r["unit_kind"] == "money")
        reviewer.accept(aid["id"], label=aid_label)
    window.set_base(facts)  # read again, as after a review
    window.select_key("l2|root:0")
    older = next(f for f in window.base.facts if f.label == aid_label)
    window.select_key(f"l2|fact:{older.id}")
    detail = window.detail.browser
    qtbot.waitUntil(lambda: "各篇报道中的这项数据" in detail.toPlainText())  # looked up apart
    text = detail.toPlainText()
    assert "各篇报道中的这项数据（2 篇）" in text  # a county's years, like with like
    assert text.index("2019-12-30") < text.index("2024-12-28")
    assert "1.2亿元" in text and "3.5億元" in text  # as written
    # the prefecture's running total since 2021 is no bar beside a county's year
    assert "14.93亿元" not in text and "另有 1 项的范围或时期不同" in text
    assert "范围：夏河县 · 时期：2019年" in text


def test_a_damaged_report_says_so_and_the_others_still_open(qtbot, facts: FactBase,
                                                           library: Path,
                                                           isolated_settings: Path) -> None:
    import sqlite3

    with sqlite3.connect(library) as db:
        db.execute("UPDATE facts SET label = NULL WHERE document_id = 2")
    app_module.make_application()
    win = MainWindow(settings=open_settings(isolated_settings))
    qtbot.addWidget(win)
    win.library = Library(library)
    win.set_base(facts)
    win.select_key("l2|root:0")  # not a tree row it can select: the report node still is
    win.show_key("l2|root:0")
    assert "这篇报道无法打开" in win.detail.browser.toPlainText()
    assert win.select_key("l1|root:0")
    assert win.windowTitle().startswith("2024年")


def test_imported_reports_can_show_their_reviewed_figures_only(window: MainWindow,
                                                               library: Path) -> None:
    reviewer = window.library.reviewer(2)
    first = reviewer.facts()[0]
    reviewer.accept(first["id"])
    action = window.view_actions.reviewed_only_action
    action.trigger()  # on
    window.select_key("l2|root:0")
    assert [f.id for f in window.base.facts] == [first["id"]]
    summary = window.browser.print_scope([])
    assert len(summary.rows) == 1  # printing, presenting and exports follow
    action.trigger()  # off again
    window.select_key("l2|root:0")
    assert len(window.base.facts) == 4


def test_search_can_cover_every_report(window: MainWindow) -> None:
    window.select_key("l1|root:0")
    window.search_box.everywhere.setChecked(True)  # runs the search again
    assert window.search_box.everywhere.isVisible()
    window.search_field.setText("财政援助")
    window.apply_search()
    hits = window.results.toPlainText()
    for report in ("2019年夏河县东西部协作总结", "2024年夏河县东西部协作总结", "山海同心结硕果"):
        assert report in hits
    older = next(h for h in window.browser.search("财政援助", True).hits if h.scope == "l2")
    window.open_link(f"l2|{older.kind}:{older.item_id}")  # a hit in another report
    assert window.browser.shown.key == f"l2|{older.kind}:{older.item_id}"
    assert window.windowTitle().startswith("2019年")


def test_an_imported_report_prints_presents_and_exports(window: MainWindow, tmp_path: Path,
                                                        qtbot) -> None:
    """Every output works for a report of the library, with its new kinds of unit."""
    import docx
    import openpyxl
    import pptx

    from gannan_gui.output.exports import export_file
    from gannan_gui.qt.painting.chart_image import document_pictures
    from gannan_gui.qt.painting.summary_pdf import write_summary_pdf

    source = tmp_path / "mixed.txt"
    source.write_text("夏河县协作帮扶年报\n发布时间：2022-12-30\n"
                      "2022年，种植中药材2.5万亩，销售农畜产品1.8万吨，硬化道路56.5公里，"
                      "建成光伏电站3万千瓦，农民收入同比增长8.5%，带动三四千户增收。\n",
                      encoding="utf-8")
    [result] = import_reports([source], window.library.path)
    window.set_base(window.home_base)
    assert window.select_key(f"l{result.document_id}|root:0")
    content = window.browser.export_scope([])
    assert len(content.figures) == 6 and all(r.review == "待审核" for r in content.figures)
    pictures = document_pictures(content.charts)
    for fmt in ("xlsx", "csv", "docx", "pptx"):
        export_file(content, tmp_path / f"out.{fmt}", fmt, pictures)
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").worksheets[0]
    assert "2.5万亩" in [c.value for c in sheet["D"]]
    assert "3万千瓦" in "".join(p.text for p in docx.Document(tmp_path / "out.docx").paragraphs
                             ) + "".join(c.text for t in docx.Document(tmp_path / "out.docx")
                                         .tables for r in t.rows for c in r.cells)
    assert len(pptx.Presentation(tmp_path / "out.pptx").slides) >= 2
    assert write_summary_pdf(window.browser.print_scope([]), tmp_path / "out.pdf") >= 1
    assert window.browser.slides(whole_report=True)


def test_nothing_found_here_points_to_the_other_reports(window: MainWindow) -> None:
    window.search_field.setText("招聘会")  # in both imported reports, not in the bundled one
    window.apply_search()
    hits = window.results.toPlainText()
    assert "没有找到“招聘会”" in hits and "另外 2 篇报道" in hits
    window.search_box.everywhere.setChecked(True)
    assert "2019年夏河县东西部协作总结" in window.results.toPlainText()


def test_the_window_shows_what_another_process_commits_within_seconds(
        qtbot, watching_window: MainWindow, library: Path) -> None:
    import subprocess
    import sys

    window = watching_window

    window.select_key("l1|root:0")  # the 2024 report (imported first), four to review
    assert window.file_actions.library_actions.watch_timer.isActive()
    done = subprocess.run([sys.executable, "-m", "gannan_gui", "library", "accept", "--report",
                           "1", "--library", str(library)], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: "已由其他窗口或程序更新" in window.statusBar().currentMessage(),
                    timeout=8000)
    assert window.browser.shown.key == "l1|root:0"  # where the user was
    assert all(f.reviewed for f in window.base.facts)
    model = window.tree.model()
    assert model.index(2, 0).data() == "2024年夏河县东西部协作总结"
    assert model.index(2, 1).data() == "2024-12-28 · 4 项数据"  # no longer 4 项待审核


def test_a_figure_someone_else_decided_meanwhile_is_asked_about_in_review(
        qtbot, window: MainWindow, library: Path) -> None:
    from gannan_gui.qt.review_dialog import ReviewDialog

    window.select_key("l1|root:0")
    asked = []

    class Raced(ReviewDialog):
        def exec(self) -> int:
            qtbot.addWidget(self)
            current = self.queue.item()
            Library(library).decide([current.fact_id], "rejected")  # another window, meanwhile
            self.ask_overrule = lambda what: asked.append(what) or False
            self.accept_current()  # told, and shown the figure as it is now
            asked.append(self.state.text())
            self.ask_overrule = lambda what: True
            self.accept_current()  # overruled on purpose
            return 0

    window.file_actions.library_actions.review_current(Raced)
    assert "已被他人改过" in asked[0] and "已否决" in asked[0]
    assert asked[1] == "已否决"
    assert any(f.reviewed for f in window.base.facts)  # the overruling decision is saved


def test_the_library_table_sorts_edits_and_removes_several_at_once(
        qtbot, qtmodeltester, window: MainWindow, library: Path) -> None:
    from gannan_gui.qt.library_dialog import LibraryDialog, ReportDetailsDialog

    opened: list[int] = []
    dialog = LibraryDialog(window.library, opened.append, window)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model, force_py=True)
    table = dialog.table
    titles = [table.model().index(r, 1).data() for r in range(table.model().rowCount())]
    assert titles == ["2019年夏河县东西部协作总结", "2024年夏河县东西部协作总结"]  # by date
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert table.model().index(0, 0).data() == "2024-12-28"
    assert table.model().index(0, 4).data() == "4"  # still to review
    from PySide6.QtCore import QItemSelectionModel

    table.selectionModel().select(table.model().index(0, 0),  # a click on its row
                                  QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)

    class Typed(ReportDetailsDialog):
        def exec(self) -> int:
            self.fields["source"].setText("夏河县融媒体中心")
            self.fields["region"].setText("夏河县")
            self.save()
            return 1

    dialog.edit_selected(Typed)
    assert table.model().index(0, 2).data() == "夏河县融媒体中心"
    assert Library(library).open_report(1).document.region == "夏河县"
    table.selectAll()
    questions = []
    dialog.remove_selected(lambda q: questions.append(q) or False)  # asked, then declined
    assert "这 2 篇报道" in questions[0] and table.model().rowCount() == 2
    dialog.remove_selected(lambda q: True)
    assert table.model().rowCount() == 0 and Library(library).reports() == []
    assert dialog.changed


def test_a_figure_many_reports_state_shows_the_nearest_and_all_in_a_paged_table(
        qtbot, qtmodeltester, facts: FactBase, tmp_path: Path, isolated_settings: Path,
        monkeypatch) -> None:
    from gannan_gui.qt import comparison_dialog
    from gannan_gui.qt.comparison_dialog import ComparisonDialog
    from gannan_gui.views.detail import COMPARISON_ROWS

    folder = tmp_path / "briefs"
    folder.mkdir()
    for number in range(40):
        (folder / f"{number:02d}.txt").write_text(
            f"协作简报第{number}期\n发布时间：{2000 + number // 4}-0{1 + number % 4}-15\n"
            f"本期投入帮扶资金{number + 1}亿元。\n", encoding="utf-8")
    library = Library(tmp_path / "library.db")
    library.import_files([folder])
    with sqlite3.connect(library.path) as db:
        ids = [row[0] for row in db.execute("SELECT id FROM facts")]
    library.decide(ids, "accepted")
    app_module.make_application()
    win = MainWindow(settings=open_settings(isolated_settings))
    qtbot.addWidget(win)
    win.library = library
    win.set_base(facts)
    report = library.reports()[20]
    fact = library.open_report(report.document_id).facts[0]
    assert win.select_key(f"l{report.document_id}|fact:{fact.id}")
    qtbot.waitUntil(lambda: "各篇报道中的这项数据" in win.detail.browser.toPlainText())
    text = win.detail.browser.toPlainText()
    assert "各篇报道中的这项数据（40 篇）" in text
    assert f"这里显示日期与本篇最近的 {COMPARISON_ROWS} 篇" in text and "查看全部 40 篇" in text
    assert text.count("协作简报第") == COMPARISON_ROWS
    assert f"协作简报第{20}期" in text
    monkeypatch.setattr(comparison_dialog, "PAGE", 15)
    seen = {}

    class Looked(ComparisonDialog):
        def exec(self) -> int:
            qtbot.addWidget(self)
            seen["rows"] = self.model.rowCount()
            qtmodeltester.check(self.model, force_py=True)  # fetches the rest too
            seen["all"] = self.model.rowCount()
            self._open(self.model.index(0, 0))  # the oldest report, at that figure
            return 0

    win.file_actions.library_actions.show_comparisons(
        f"l{report.document_id}|fact:{fact.id}", Looked)
    assert seen == {"rows": 15, "all": 40}
    assert win.windowTitle().startswith("协作简报第0期")


RANGED = ("临潭县协作帮扶工作报告\n发布时间：2023-06-30\n"
          "今年以来，天津市投入财政援助资金2.1亿元，每村选派3至5名技术人员。\n")


def review_dialog_on(qtbot, tmp_path: Path, text: str, location: str | None = None):
    """A review dialog on a report of its own, shown as the window shows it; in a library
    file, or at `location` (a file or a server)."""
    from gannan_gui.qt.review_dialog import ReviewDialog
    from gannan_gui.store.locations import open_library
    from gannan_gui.views.review import ReviewQueue

    source = tmp_path / "ranged.txt"
    source.write_text(text, encoding="utf-8")
    library = open_library(location or str(tmp_path / "keys.db"))
    [report] = library.import_files([source])
    dialog = ReviewDialog(ReviewQueue(library.reviewer(report.document_id)), report.title)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # keys go where a user's would: shortcuts need an active window
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog, library, report.document_id


def states(library: Library, document_id: int) -> list[str]:
    return [row["review"] for row in library.reviewer(document_id).facts()]


def test_delete_and_undo_decide_while_the_label_is_untouched_and_edit_once_typed(
        qtbot, tmp_path: Path, location: str) -> None:
    dialog, library, doc = review_dialog_on(qtbot, tmp_path, RANGED, location)
    field = dialog.label_field
    assert field.hasFocus() and field.selectedText() == field.text()  # ready to retype
    label = field.text()
    qtbot.keyClick(field, Qt.Key.Key_Delete)  # untouched: rejects the figure
    assert states(library, doc)[0] == "rejected" and dialog.queue.index == 1
    qtbot.keyClick(dialog.label_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert states(library, doc)[0] == "proposed" and dialog.queue.index == 0  # undone
    assert dialog.label_field.text() == label
    qtbot.keyClick(dialog.label_field, Qt.Key.Key_End)
    dialog.label_field.insert("总额")  # typed through an input method: now being edited
    qtbot.keyClick(dialog.label_field, Qt.Key.Key_Left)
    qtbot.keyClick(dialog.label_field, Qt.Key.Key_Delete)
    assert dialog.label_field.text() == f"{label}总" and states(library, doc)[0] == "proposed"
    qtbot.keyClick(dialog.label_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.label_field.text() == f"{label}总额"  # the typing undone, no decision
    qtbot.keyClick(dialog.label_field, Qt.Key.Key_Return)
    assert library.reviewer(doc).facts()[0]["label"] == f"{label}总额"
    qtbot.keyClick(dialog.label_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert states(library, doc)[0] == "proposed"  # after Enter, Ctrl+Z undoes the decision


def test_a_split_keeps_the_typed_label_names_its_ends_and_enter_accepts(
        qtbot, tmp_path: Path, location: str) -> None:
    dialog, library, doc = review_dialog_on(qtbot, tmp_path, RANGED, location)
    qtbot.keyClick(dialog.label_field, Qt.Key.Key_PageDown)  # to the range 3至5名
    assert dialog.split_button.isEnabled()
    dialog.label_field.setFocus()
    dialog.label_field.selectAll()
    dialog.label_field.insert("每村技术人员")  # typed over the selected proposal
    qtbot.mouseClick(dialog.split_button, Qt.MouseButton.LeftButton)
    assert dialog.label_field.text() == "每村技术人员（下限）"
    assert dialog.label_field.hasFocus()
    qtbot.keyClick(dialog.label_field, Qt.Key.Key_Return)  # accepts the low end, then on
    rows = library.reviewer(doc).facts()
    ends = {row["label"]: (row["review"], row["base_value"]) for row in rows[1:]}
    assert ends == {"每村技术人员（下限）": ("accepted", 3),
                    "每村技术人员（上限）": ("proposed", 5)}
    assert dialog.queue.status_text().startswith("第 3 / 3 项")


def test_a_large_library_is_listed_by_year_and_opens_any_report(
        qtbot, qtmodeltester, facts: FactBase, tmp_path: Path, isolated_settings: Path) -> None:
    from gannan_gui.views.shelf import GROUP_BY_YEAR_ABOVE

    folder = tmp_path / "briefs"
    folder.mkdir()
    count = GROUP_BY_YEAR_ABOVE + 20
    for number in range(count):
        (folder / f"{number:03d}.txt").write_text(
            f"简报第{number}期\n发布时间：{2020 + number % 3}-0{1 + number % 9}-10\n"
            f"本期投入帮扶资金{number + 1}亿元。\n", encoding="utf-8")
    library = Library(tmp_path / "library.db")
    library.import_files([folder])
    app_module.make_application()
    win = MainWindow(settings=open_settings(isolated_settings))
    qtbot.addWidget(win)
    win.library = library
    win.set_base(facts)
    assert top_rows(win) == [facts.document.title, "2020年", "2021年", "2022年"]
    model = win.tree.model()
    assert model.index(1, 1).data() == f"{len(range(0, count, 3))} 篇 · {len(range(0, count, 3))}"\
        " 项待审核"
    assert win.select_key("y|year:2021")  # a year lists its reports as links, closed or not
    assert "这一年的 40 篇报道" in win.detail.browser.toPlainText()
    assert not win.tree.isExpanded(model.index(2, 0))
    qtmodeltester.check(model, force_py=True)
    last = library.reports()[-1]
    assert win.select_key(f"l{last.document_id}|root:0")  # its year opens to show it
    assert win.windowTitle().startswith(last.title)
    assert win.tree.isExpanded(model.index(3, 0))


def test_the_detail_pane_says_who_accepted_a_figure_and_when(window: MainWindow,
                                                            library: Path) -> None:
    import getpass
    from datetime import date

    reviewer = window.library.reviewer(1)
    first = reviewer.facts()[0]
    reviewer.accept(first["id"])
    window.file_actions.library_actions.reload(f"l1|fact:{first['id']}")
    assert f"{getpass.getuser()} 审核于 {date.today().isoformat()}" in \
        window.detail.browser.toPlainText()


def test_searching_every_report_shows_the_same_reports_in_the_tree_as_in_the_hits(
        qtbot, window: MainWindow) -> None:
    window.search_box.everywhere.setChecked(True)
    window.search_field.setText("招聘会")
    window.apply_search()
    shown = window.tree.model()
    rows = [shown.index(r, 0).data() for r in range(shown.rowCount())]
    assert rows == ["2019年夏河县东西部协作总结", "2024年夏河县东西部协作总结"]  # as the hits
    report = shown.index(0, 0)
    window.tree.expand(report)  # opened: its matching figures show, nothing else
    qtbot.waitUntil(lambda: shown.rowCount(shown.index(0, 0)) > 0)
    category = shown.index(0, 0, shown.index(0, 0))
    names = [shown.index(r, 0, category).data() for r in range(shown.rowCount(category))]
    assert names == ["组织招聘会"]


def test_ctrl_z_with_nothing_to_undo_says_nothing(qtbot, tmp_path: Path, monkeypatch) -> None:
    warned = []
    monkeypatch.setattr("gannan_gui.qt.dialogs.warn", lambda *args: warned.append(args))
    dialog, library, doc = review_dialog_on(qtbot, tmp_path, RANGED)
    qtbot.keyClick(dialog.label_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.changed and warned == []
    assert states(library, doc) == ["proposed", "proposed"]


def test_the_review_dialog_shows_the_period_and_takes_a_corrected_scope(
        qtbot, tmp_path: Path, location: str) -> None:
    text = ("2024年临潭县东西部协作总结\n发布时间：2024-12-28\n"
            "今年以来，天津市投入财政援助资金0.85亿元，实施帮扶项目46个。\n")
    dialog, library, doc = review_dialog_on(qtbot, tmp_path, text, location)
    assert dialog.scope_field.text() == "临潭县" and dialog.period.text() == "2024年"
    dialog.scope_field.setFocus()
    dialog.scope_field.selectAll()
    dialog.scope_field.insert("临潭县冶力关镇")  # the reviewer knows better
    qtbot.keyClick(dialog.scope_field, Qt.Key.Key_Return)
    first = library.reviewer(doc).facts()[0]
    assert (first["review"], first["scope"]) == ("accepted", "临潭县冶力关镇")
    base = library.open_report(doc)
    from gannan_gui.views.words import scope_line

    assert scope_line(base.fact_by_id[first["id"]]) == "范围：临潭县冶力关镇 · 时期：2024年"


def test_a_large_report_is_read_off_the_gui_thread_and_shown_when_read(
        qtbot, window: MainWindow, monkeypatch) -> None:
    """Here every report with more than one figure counts as large: its row says it is being
    opened, the window stays on what it showed, and the report follows once read."""
    from gannan_gui.views import shelf

    monkeypatch.setattr(shelf, "OPEN_APART_ABOVE", 1)
    before = window.windowTitle()
    assert window.select_key("l2|root:0")  # selected once it is read
    assert "正在打开《2019年夏河县东西部协作总结》" in window.detail.browser.toPlainText()
    assert window.windowTitle() == before  # still the report shown before
    qtbot.waitUntil(lambda: window.windowTitle().startswith("2019年夏河县东西部协作总结"))
    assert window.browser.shown.key == "l2|root:0"
    assert "1.2亿元" in window.detail.browser.toPlainText()
    report = window.tree.selectionModel().currentIndex()
    assert report.data() == "2019年夏河县东西部协作总结"
    assert window.tree.model().rowCount(report) > 0  # its categories joined the tree


def test_a_large_report_expanded_in_the_tree_fills_in_once_read(
        qtbot, window: MainWindow, monkeypatch) -> None:
    from gannan_gui.views import shelf

    monkeypatch.setattr(shelf, "OPEN_APART_ABOVE", 1)
    model = window.tree.model()
    row = next(model.index(r, 0) for r in range(model.rowCount())
               if model.index(r, 0).data() == "2024年夏河县东西部协作总结")
    window.tree.expand(row)
    qtbot.waitUntil(lambda: model.rowCount(row) > 0)
    assert window.browser.opened == {"b", "l1"}
    assert window.windowTitle().startswith("山海同心结硕果")  # expanding selects nothing


def test_going_elsewhere_while_a_large_report_is_read_stays_there(
        qtbot, window: MainWindow, facts: FactBase, monkeypatch) -> None:
    from gannan_gui.views import shelf

    monkeypatch.setattr(shelf, "OPEN_APART_ABOVE", 1)
    window.select_key("l2|root:0")
    window.select_key(f"b|fact:{facts.facts[1].id}")  # the user clicked on meanwhile
    qtbot.waitUntil(lambda: not window.large_reports.reading)  # read, and taken
    assert "l2" in window.browser.opened
    assert window.browser.shown.key == f"b|fact:{facts.facts[1].id}"


def test_the_shelf_reads_a_large_report_only_when_asked_to_apart(
        facts: FactBase, library: Path, monkeypatch) -> None:
    """No display: showing a key of a large report never reads it; open_apart does."""
    from gannan_gui.views import shelf as shelf_module

    monkeypatch.setattr(shelf_module, "OPEN_APART_ABOVE", 1)
    own = Library(library)
    shelf = ShelfBrowser(facts, own, own.reports())
    assert shelf.opens_apart("l2|fact:3") == "l2"
    assert shelf.opens_apart("b|root:0") is None  # the bundled report is read already
    waiting = shelf.show("l2|root:0")
    assert waiting is not None and "正在打开" in waiting.html
    assert shelf.describe("l2|root:0") is None
    assert shelf.opened == {"b"}
    from gannan_gui.views.browser import Browser

    seen_while_warming = []
    warm = Browser.warm
    monkeypatch.setattr(Browser, "warm", lambda self: (
        seen_while_warming.append((shelf.opens_apart("l2|root:0"), set(shelf.opened))),
        warm(self)))
    shelf.open_apart("l2")
    # the GUI thread takes it only when it is done: until then it is still being opened
    assert seen_while_warming == [("l2", {"b"})]
    assert shelf.opened == {"b", "l2"} and shelf.opens_apart("l2|root:0") is None
    shown = shelf.show("l2|root:0")
    assert shown is not None and "1.2亿元" in shown.html
