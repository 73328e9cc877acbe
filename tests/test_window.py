"""The main window as a user meets it, offscreen."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import open_window
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from gannan_gui.qt import app as app_module
from gannan_gui.qt import dialogs
from gannan_gui.qt.fonts import chinese_family, chinese_font
from gannan_gui.qt.main_window import MainWindow
from gannan_gui.qt.settings import open_settings
from gannan_gui.qt.widgets.tree_model import NODE_ROLE, FactTreeModel, SearchFilterModel
from gannan_gui.store.database import FactBase
from gannan_gui.views.palette import ACCENT
from gannan_gui.views.tree import build_tree


@pytest.fixture()
def window(qtbot, facts: FactBase, isolated_settings: Path) -> MainWindow:
    win = open_window(qtbot, facts, None, isolated_settings)
    win.load_charts()
    return win


def test_tree_model_passes_the_model_tester(qtmodeltester, facts: FactBase) -> None:
    model = FactTreeModel(build_tree(facts))
    qtmodeltester.check(model, force_py=True)


def test_filter_model_passes_the_model_tester(qtmodeltester, facts: FactBase) -> None:
    proxy = SearchFilterModel()
    proxy.setSourceModel(FactTreeModel(build_tree(facts)))
    proxy.set_matches({f"fact:{facts.facts[0].id}", f"entity:{facts.entities[3].id}"})
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_matches(None)
    qtmodeltester.check(proxy, force_py=True)


def test_chinese_uses_a_simplified_font(qapp) -> None:
    assert chinese_family() in ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei",
                                "PingFang SC", "WenQuanYi Micro Hei", "Droid Sans Fallback")
    assert chinese_font().families()[0] == chinese_family()
    assert "JP" not in chinese_font().families()[0]


def test_opens_on_the_overview(window: MainWindow) -> None:
    assert window.current_node().kind == "root"
    text = window.detail.browser.toPlainText()
    assert "山海同心结硕果" in text and "14.93亿元" in text
    assert "2025-12-16" in window.source_label.text() and "gnrtv.cn" in window.source_label.text()
    assert "数据版本" in window.source_label.text()
    assert len(window.chart_panel.groups) == 15  # the whole-article overview
    assert len(window.chart_panel.tiles.tiles) == 9  # lone figures as big numbers


def test_selecting_a_fact_shows_figure_quote_and_paragraph(window: MainWindow,
                                                           facts: FactBase) -> None:
    aid = next(f for f in facts.facts if f.figure == "14.93亿元")
    assert window.select_key(f"fact:{aid.id}")
    text = window.detail.browser.toPlainText()
    assert "14.93亿元" in text and "天津财政援助资金" in text
    assert "1,493,000,000 元" in text
    assert "累计落实天津财政援助资金14.93亿元" in text
    assert "资金与项目" in text and "“十四五”以来" in text
    assert "<span" in window.detail.browser.toHtml()  # the quote is highlighted
    assert window.chart_panel.selected_fact == aid.id
    assert [g.unit_kind for g in window.chart_panel.groups] == ["money", "count", "percent"]


def test_keyboard_walks_the_tree(qtbot, window: MainWindow) -> None:
    window.tree.setFocus()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Down):
        qtbot.keyClick(window.tree, key)
    assert window.current_node().name == "资金与项目"
    assert "资金与项目" in window.detail.browser.toPlainText()


def test_names_only_category_charts_its_part(window: MainWindow, facts: FactBase) -> None:
    brand = next(e for e in facts.entities if e.name == "甘南牦牛")
    window.select_key(f"entity:{brand.id}")
    assert window.chart_panel.caption.text() == "图表 · 资金赋能产业 筑牢协作帮扶根基"
    assert sum(len(g.bars) for g in window.chart_panel.groups) == 6


def test_entity_link_selects_the_entity(window: MainWindow, facts: FactBase) -> None:
    workers = next(f for f in facts.facts if f.figure == "2.9万名")
    window.select_key(f"fact:{workers.id}")
    assert "拉卜楞工匠" in window.detail.browser.toPlainText()
    brand = next(e for e in facts.entities if e.name == "拉卜楞工匠")
    window.open_link(f"entity:{brand.id}")
    assert window.current_node().name == "拉卜楞工匠"
    text = window.detail.browser.toPlainText()
    assert "劳务品牌" in text and "2.9万名" in text


def test_copy_citation(window: MainWindow, facts: FactBase) -> None:
    window.select_key(f"fact:{facts.facts[1].id}")
    window.edit_actions.copy_action.trigger()
    clip = QGuiApplication.clipboard().text()
    assert "实施帮扶项目971个" in clip and "山海同心结硕果" in clip
    assert "2025-12-16" in clip and "gnrtv.cn" in clip


def test_rich_text_from_the_database_is_escaped(window: MainWindow, facts: FactBase,
                                                monkeypatch) -> None:
    from dataclasses import replace

    evil = replace(facts.facts[0], label="<b>x</b><img src=y>", quote="<script>q</script>")
    monkeypatch.setitem(facts.fact_by_id, evil.id, evil)
    window.select_key(f"fact:{evil.id}")
    text = window.detail.browser.toPlainText()
    assert "<b>x</b><img src=y>" in text and "<script>q</script>" in text


@pytest.mark.parametrize("query", ["山", "牦牛", "就业工厂"])
def test_search_filters_the_tree_and_lists_hits(qtbot, window: MainWindow, query: str) -> None:
    window.search_field.setText(query)  # QTest cannot type non-ASCII keys
    qtbot.waitUntil(window.results.isVisible)  # the search runs after a short pause
    assert query in window.results.toPlainText()
    tree = window.tree.model()  # the search's filter, while a search is shown
    assert tree is window.proxy
    shown = [tree.data(tree.index(r, 0, tree.index(0, 0)), NODE_ROLE)
             for r in range(tree.rowCount(tree.index(0, 0)))]
    if query != "山":
        assert 0 < len(shown) < len(window.root.children)


def test_search_hit_link_selects_the_fact(window: MainWindow) -> None:
    window.search_field.setText("帮扶车间")
    window.apply_search()
    assert "帮扶车间" in window.results.toPlainText()
    html = window.results.toHtml()
    key = html.split('href="fact:', 1)[1].split('"', 1)[0]
    window.results.link_activated.emit(f"fact:{key}")
    assert window.current_node().name == "援建乡村就业工厂(帮扶车间)"


@pytest.mark.parametrize("query", ['"', "'", "*", "AND", "NEAR(", "%_", "\\", "😀",
                                   "'; DROP TABLE facts; --", "   "])
def test_hostile_search_text(window: MainWindow, query: str) -> None:
    window.search_field.setText(query)
    window.apply_search()  # must not raise
    window.search_field.clear()
    window.apply_search()
    tree = window.tree.model()
    assert tree.rowCount(tree.index(0, 0)) == len(window.root.children)


def test_nothing_found_says_so(window: MainWindow) -> None:
    window.search_field.setText("不存在的词语")
    window.apply_search()
    assert "没有找到" in window.results.toPlainText()


def test_clicking_a_bar_selects_its_fact(qtbot, window: MainWindow, facts: FactBase) -> None:
    pairing = next(c for c in facts.categories if c.key == "pairing")
    window.select_key(f"category:{pairing.id}")
    firms = next(f for f in facts.facts if f.figure == "71家")
    panel = window.chart_panel
    qtbot.waitUntil(lambda: panel.bar_scene_center(firms.id) is not None)
    scene_pos = panel.bar_scene_center(firms.id)
    view_pos = panel.graphics.mapFromScene(scene_pos)
    qtbot.mouseClick(panel.graphics.viewport(), Qt.MouseButton.LeftButton, pos=view_pos)
    assert window.current_node().key == f"fact:{firms.id}"
    assert panel.selected_fact == firms.id


def test_each_bar_shows_its_figure_and_unused_plots_take_no_room(
        qtbot, window: MainWindow, facts: FactBase) -> None:
    window.select_key("root:0")
    panel = window.chart_panel
    made = panel.plots_made
    pairing = next(c for c in facts.categories if c.key == "pairing")
    window.select_key(f"category:{pairing.id}")
    assert panel.shown_plots
    for plot, group in panel.shown_plots:
        assert [text for _, _, text in plot.figures.labels] == [b.text for b in group.bars]
        assert plot.isVisible()
    assert panel.plots_made <= max(made, len(panel.shown_plots))  # reused, not made again
    window.select_key("root:0")
    window.select_key(f"category:{pairing.id}")
    assert panel.plots_made <= max(made, len(panel.shown_plots))  # and again
    assert all(not p.isVisible() and p.maximumHeight() == 0 for p in panel.spare_plots)


def test_a_lone_figure_is_a_tile_that_selects_its_fact(qtbot, window: MainWindow,
                                                       facts: FactBase) -> None:
    pairing = next(c for c in facts.categories if c.key == "pairing")
    window.select_key(f"category:{pairing.id}")
    schools = next(f for f in facts.facts if f.figure == "131所")
    assert window.chart_panel.bar_scene_center(schools.id) is None  # no lone bar
    tile = next(t for t in window.chart_panel.tiles.tiles if t.fact_id == schools.id)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert window.current_node().key == f"fact:{schools.id}"


def test_chart_exports(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    assert window.file_actions.write_chart(tmp_path / "c.png", "png")
    assert (tmp_path / "c.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert window.file_actions.write_chart(tmp_path / "c.svg", "svg")
    assert "<svg" in (tmp_path / "c.svg").read_text(encoding="utf-8")
    warnings = []
    monkeypatch.setattr(dialogs, "warn", lambda *a: warnings.append(str(a[2])))
    assert not window.file_actions.write_chart(tmp_path / "missing" / "c.png", "png")
    assert warnings and "不存在" in warnings[0]
    assert not (tmp_path / "missing").exists()


def test_layout_and_selection_are_remembered(qtbot, facts: FactBase,
                                             isolated_settings: Path) -> None:
    first = MainWindow(facts, open_settings(isolated_settings))
    qtbot.addWidget(first)
    first.resize(1100, 700)
    first.show()
    first.main_splitter.setSizes([300, 800])
    fact = facts.facts[4]
    first.select_key(f"fact:{fact.id}")
    first.close()
    second = MainWindow(facts, open_settings(isolated_settings))
    qtbot.addWidget(second)
    assert second.current_node().key == f"fact:{fact.id}"
    assert second.size().width() == 1100
    second.show()
    assert abs(second.main_splitter.sizes()[0] - 300) <= 2


def test_corrupt_settings_are_ignored(qtbot, facts: FactBase, isolated_settings: Path) -> None:
    isolated_settings.write_bytes(b"\x00\xff[window\ngeometry=@ByteArray(\x01\x02\n=")
    win = MainWindow(facts, open_settings(isolated_settings))
    qtbot.addWidget(win)
    assert win.current_node().kind == "root"
    assert win.width() >= 800


def test_opening_a_bad_database_keeps_the_current_one(window: MainWindow, tmp_path: Path,
                                                      monkeypatch) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 50)
    warnings = []
    monkeypatch.setattr(dialogs, "warn", lambda *a: warnings.append(str(a[2])))
    assert not window.file_actions.open_database_file(bad)
    assert "不是 SQLite 数据库" in warnings[0]
    assert window.base.facts  # still showing the old data


def test_open_another_database(window: MainWindow, db_copy: Path) -> None:
    assert window.file_actions.open_database_file(db_copy)
    assert window.base.path == db_copy
    assert "14.93亿元" in window.detail.browser.toPlainText()


def test_fatal_dialog_is_dismissed_with_return(qtbot, monkeypatch, capsys) -> None:
    monkeypatch.setattr(app_module, "HEADLESS_PLATFORMS", ())

    def press_return() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert "missing.db" in box.text()
        assert box.textFormat() == Qt.TextFormat.PlainText
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(200, press_return)
    app_module.report_fatal("/x/missing.db: database file not found")
    assert "missing.db" in capsys.readouterr().err


@pytest.mark.parametrize("content", [None, b"not a database at all" * 40])
def test_bad_database_on_the_command_line(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "given.db"
    if content is not None:
        path.write_bytes(content)
    result = subprocess.run([sys.executable, "-m", "gannan_gui", "--db", str(path)],
                            capture_output=True, text=True, timeout=60, check=False,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 1
    assert str(path) in result.stderr and "Traceback" not in result.stderr


def test_fits_a_small_screen(window: MainWindow) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 740


NONE_PROBE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QAbstractListModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication

app = QApplication([])


class Model(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):
        return 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        return None


model = Model()
proxy = QSortFilterProxyModel()
proxy.setSourceModel(model)
before = sys.getrefcount(None)
for _ in range(2000):
    proxy.data(proxy.index(0, 0), Qt.ItemDataRole.DecorationRole)
    proxy.headerData(0, Qt.Orientation.Vertical)
print("none-delta", sys.getrefcount(None) - before, flush=True)
os._exit(0)
"""


@pytest.mark.skipif(sys.version_info >= (3, 12),
                    reason="None is immortal from Python 3.12 on: a lost reference is harmless")
def test_none_survives_model_reads() -> None:
    """Views read data() thousands of times; PySide6 6.12.0 loses a reference to None on
    each read of an override that returns None, and Python 3.11 then aborts ("deallocating
    None"). Run in a child process, since a failure kills the interpreter. With 6.12.0 this
    reports a delta of about -4000 (or the child aborts); with 6.11 it is a few either way."""
    child = subprocess.run([sys.executable, "-c", NONE_PROBE], capture_output=True, text=True,
                           timeout=60, check=False)
    assert child.returncode == 0, child.stderr[-500:]
    delta = int(child.stdout.split("none-delta")[1])
    assert delta > -100, f"the Qt binding lost {-delta} references to None"


def test_pdf_of_the_selected_category(window: MainWindow, facts: FactBase,
                                      tmp_path: Path) -> None:
    import pypdf

    talent = next(c for c in facts.categories if c.key == "talent")
    window.select_key(f"category:{talent.id}")
    assert window.file_actions.write_pdf(tmp_path / "talent.pdf")
    text = "".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "talent.pdf").pages)
    text = "".join(text.split())
    assert "0.21万人次" in text and "2.17万人次" in text and "14.93亿元" not in text


def test_print_preview_prints_with_the_users_page_setup(window: MainWindow, monkeypatch,
                                                        tmp_path: Path) -> None:
    import pypdf
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    target = tmp_path / "from-preview.pdf"

    def fake_exec(dialog: QPrintPreviewDialog) -> int:
        """What the preview does when the user prints: paint on the printer it was given,
        here set to a PDF file in landscape as a user might choose."""
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        dialog.paintRequested.emit(printer)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    window.file_actions.print_preview()
    page = pypdf.PdfReader(target).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # the user's choice
    assert "山海同心结硕果" in page.extract_text()


def test_copy_shortcut_follows_the_button_after_a_paragraph_link(window: MainWindow,
                                                                 facts: FactBase) -> None:
    category = next(c for c in facts.categories if c.key == "funds")
    window.select_key(f"category:{category.id}")
    assert not window.edit_actions.copy_action.isEnabled()
    window.open_link(f"paragraph:{facts.paragraphs[1].id}")
    assert window.detail.copy_button.isEnabled()
    assert window.edit_actions.copy_action.isEnabled()  # Ctrl+Shift+C works too
    window.edit_actions.copy_action.trigger()
    assert QGuiApplication.clipboard().text().startswith(f"“{facts.paragraphs[1].text[:8]}")


def test_print_to_pdf_never_paints_into_the_users_file(window: MainWindow, monkeypatch,
                                                       tmp_path: Path) -> None:
    """The preview's PDF goes to a temporary file first: a failure leaves the old file."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from gannan_gui.common.files import OutputError
    from gannan_gui.qt.painting import summary_pdf

    target = tmp_path / "report.pdf"
    target.write_bytes(b"the user's old report")
    seen_during_paint = []

    def failing_repair(summary, source: Path, destination: Path) -> None:
        seen_during_paint.append(target.read_bytes())
        raise OutputError("disk full")

    def fake_exec(dialog: QPrintPreviewDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        dialog.paintRequested.emit(printer)
        return 0

    warnings = []
    monkeypatch.setattr(summary_pdf, "repair_text_layer", failing_repair)
    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    monkeypatch.setattr(dialogs, "warn", lambda *a: warnings.append(str(a[2])))
    window.file_actions.print_preview()
    assert seen_during_paint == [b"the user's old report"]
    assert target.read_bytes() == b"the user's old report"
    assert warnings == ["disk full"]
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]  # no temporary left over


def test_export_menu_writes_the_selected_scope_and_says_where(window: MainWindow, facts: FactBase,
                                                               tmp_path: Path,
                                                               monkeypatch) -> None:
    import docx
    import openpyxl

    menu = next(a.menu() for a in window.menuBar().actions()[0].menu().actions()
                if a.menu() is not None and a.text().startswith("导出"))
    assert [a.text().split("(")[0] for a in menu.actions()] == [
        "Excel 工作簿", "CSV 表格", "Word 文档", "PowerPoint 演示文稿"]
    pairing = next(c for c in facts.categories if c.key == "pairing")
    window.select_key(f"category:{pairing.id}")
    exports = window.file_actions.export_actions
    assert exports.write(tmp_path / "pairing.xlsx", "xlsx")
    assert str(tmp_path / "pairing.xlsx") in window.statusBar().currentMessage()
    figures = [r[3] for r in openpyxl.load_workbook(tmp_path / "pairing.xlsx")["数据"]
               .iter_rows(min_row=2, values_only=True)]
    assert figures == ["131所", "12家", "26个", "71家", "9个"]
    assert exports.write(tmp_path / "pairing.docx", "docx")
    assert len(docx.Document(str(tmp_path / "pairing.docx")).inline_shapes) == 2
    warnings = []
    monkeypatch.setattr(dialogs, "warn", lambda *a: warnings.append(str(a[2])))
    assert not exports.write(tmp_path / "missing" / "x.pptx", "pptx")
    assert warnings and "不存在" in warnings[0]


def test_an_error_in_an_event_handler_is_one_line_not_a_crash(window: MainWindow,
                                                               caplog) -> None:
    hook = app_module.UnexpectedErrors(window)
    for _ in range(3):
        try:
            raise ValueError("bad <b>value</b>")
        except ValueError as exc:
            hook(type(exc), exc, exc.__traceback__)
    assert len([r for r in caplog.records if r.levelname == "ERROR"]) == 1  # logged once
    assert window.statusBar().currentMessage() == "出现意外错误，操作未完成：bad <b>value</b>"


def test_back_and_forward_through_tree_links_and_charts(qtbot, window: MainWindow,
                                                        facts: FactBase) -> None:
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    aid, schools = facts.facts[0], next(f for f in facts.facts if f.figure == "131所")
    window.select_key(f"fact:{aid.id}")  # a tree click
    window.open_link(f"paragraph:{facts.paragraphs[2].id}")  # a paragraph link
    window.chart_panel.fact_clicked.emit(schools.id)  # a chart click
    assert not window.view_actions.forward_action.isEnabled()
    qtbot.keyClick(window.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.browser.shown.key == f"paragraph:{facts.paragraphs[2].id}"
    window.view_actions.back_action.trigger()
    assert window.current_node().key == f"fact:{aid.id}"
    assert window.view_actions.forward_action.isEnabled()
    viewport = window.detail.browser.viewport()
    press = QMouseEvent(QEvent.Type.MouseButtonPress, QPointF(5, 5), QPointF(5, 5),
                        Qt.MouseButton.ForwardButton, Qt.MouseButton.ForwardButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, press)  # the mouse's forward button
    assert window.browser.shown.key == f"paragraph:{facts.paragraphs[2].id}"


def test_escape_clears_the_search_and_returns(qtbot, window: MainWindow, facts: FactBase) -> None:
    aid = facts.facts[0]
    window.select_key(f"fact:{aid.id}")
    window.search_field.setText("学校")
    window.apply_search()
    assert window.search_box.count.isVisible()
    assert window.search_box.count.text().startswith("找到 ")
    window.results.link_activated.emit(f"fact:{facts.facts[16].id}")
    window.search_field.setFocus()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == "" and not window.search_box.count.isVisible()
    assert window.current_node().key == f"fact:{aid.id}"
    tree = window.tree.model()
    assert tree.rowCount(tree.index(0, 0)) == len(window.root.children)


def test_a_dark_system_theme_keeps_text_readable(qapp) -> None:
    from PySide6.QtGui import QColor, QPalette

    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202020"),
                         (QPalette.ColorRole.Base, "#101010"),
                         (QPalette.ColorRole.Text, "#f0f0f0"),
                         (QPalette.ColorRole.WindowText, "#f0f0f0")):
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)
    app_module.dress_application(qapp)
    palette = qapp.palette()
    assert palette.color(QPalette.ColorRole.Base).lightness() > 240
    assert palette.color(QPalette.ColorRole.Text).lightness() < 60  # dark text on white
    assert ":focus" in qapp.styleSheet()  # a visible focus mark


def test_ctrl_click_shows_the_selection(qtbot, window: MainWindow, facts: FactBase) -> None:
    from PySide6.QtCore import QItemSelectionModel

    picked = [facts.facts[0], facts.facts[4], facts.facts[16]]
    window.select_key(f"fact:{picked[0].id}")
    for fact in picked[1:]:
        index = window.tree.index_of(window.browser.node(f"fact:{fact.id}"))
        window.tree.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.Select
            | QItemSelectionModel.SelectionFlag.Rows)
    text = window.detail.browser.toPlainText()
    assert "已选 3 项" in text and all(f.figure_as_written in text for f in picked)
    assert window.chart_panel.caption.text() == "图表 · 所选数据（3 项）"
    window.edit_actions.copy_action.trigger()
    assert QGuiApplication.clipboard().text().count("——《山海同心结硕果") == 3


def test_zoom_scales_tree_detail_and_charts_and_is_remembered(qtbot, window: MainWindow,
                                                              facts: FactBase,
                                                              isolated_settings: Path) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    window.select_key(f"fact:{facts.facts[0].id}")
    tree_size = window.tree.font().pointSizeF()
    chart_size = window.chart_panel.font_size
    for _ in range(2):
        window.view_actions.zoom_in_action.trigger()
    assert window.view_actions.zoom == 1.25
    assert window.tree.font().pointSizeF() == pytest.approx(tree_size * 1.25)
    assert window.chart_panel.font_size == pytest.approx(chart_size * 1.25)
    assert "font-size:37.5pt" in window.detail.browser.toHtml()  # the big figure: 30pt × 1.25
    wheel = QWheelEvent(QPointF(5, 5), QPointF(5, 5), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(window.detail.browser.viewport(), wheel)  # Ctrl+wheel
    assert window.view_actions.zoom == 1.4
    window.settings.sync()
    again = MainWindow(facts, open_settings(isolated_settings))
    qtbot.addWidget(again)
    assert again.view_actions.zoom == 1.4  # remembered across launches
    again.view_actions.zoom_reset_action.trigger()
    assert again.view_actions.zoom == 1.0


def test_an_exported_chart_carries_what_and_where_from_not_the_selection(
        window: MainWindow, facts: FactBase, tmp_path: Path) -> None:
    firms = next(f for f in facts.facts if f.figure == "71家")
    window.select_key(f"fact:{firms.id}")
    assert window.file_actions.write_chart(tmp_path / "pairing.svg", "svg")
    svg = (tmp_path / "pairing.svg").read_text(encoding="utf-8")
    assert "结对帮扶" in svg and "来源" in svg and "gnrtv.cn" in svg
    assert ACCENT.lower() not in svg.lower()  # no highlighted bar in the file
    assert window.chart_panel.selected_fact == firms.id  # the window keeps its highlight
    assert window.file_actions.write_chart(tmp_path / "pairing.png", "png")
    assert str(tmp_path / "pairing.png") in window.statusBar().currentMessage()


def test_keyboard_walks_the_chart_and_opens_categories(qtbot, window: MainWindow,
                                                        facts: FactBase) -> None:
    pairing = next(c for c in facts.categories if c.key == "pairing")
    window.select_key(f"category:{pairing.id}")
    panel = window.chart_panel
    order = panel.fact_order()
    assert [facts.fact_by_id[i].figure for i in order] == ["131所", "12家", "71家", "26个", "9个"]
    qtbot.keyClick(panel, Qt.Key.Key_Down)  # nothing selected yet: the first
    assert window.current_node().key == f"fact:{order[0]}"
    qtbot.keyClick(panel, Qt.Key.Key_Down)
    assert window.current_node().key == f"fact:{order[1]}"
    assert panel.selected_fact == order[1]
    qtbot.keyClick(panel, Qt.Key.Key_Up)
    assert window.current_node().key == f"fact:{order[0]}"
    window.select_key(f"category:{pairing.id}")
    index = window.tree.currentIndex()
    window.tree.collapse(index)
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    assert window.tree.isExpanded(index)
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    assert not window.tree.isExpanded(index)


def test_tab_walks_the_window_as_it_reads(window: MainWindow, qtbot) -> None:
    fact = next(f for f in window.base.facts if f.figure == "971个")
    window.select_key(f"fact:{fact.id}")  # a fact: the copy button can take focus
    window.search_field.setFocus()
    order = []
    for _ in range(6):
        order.append(QApplication.focusWidget())
        window.focusNextChild()
    assert order == [window.search_field, window.tree, window.detail.browser,
                     window.detail.copy_button, window.chart_panel, window.search_field]


def test_a_search_keeps_the_selected_row_selected(window: MainWindow, facts: FactBase) -> None:
    aid = next(f for f in facts.facts if f.figure == "14.93亿元")
    window.select_key(f"fact:{aid.id}")
    for text in ("财政援助", ""):  # filtered, then the whole tree again
        window.search_field.setText(text)
        window.apply_search()
        assert window.tree.currentIndex().data(NODE_ROLE).key == f"fact:{aid.id}"
        assert window.tree.selectionModel().isSelected(window.tree.currentIndex())
        assert window.current_node().key == f"fact:{aid.id}"
    assert window.tree.model() is window.model  # no filter in between when nothing is sought


def test_ctrl_c_on_a_figure_copies_it_with_its_label_period_and_citation(
        qtbot, window: MainWindow, facts: FactBase) -> None:
    from PySide6.QtGui import QGuiApplication

    aid = next(f for f in facts.facts if f.figure == "14.93亿元")
    window.select_key(f"fact:{aid.id}")
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    head, cited = QGuiApplication.clipboard().text().split("\n")
    assert head == f"{aid.label}：14.93亿元（“十四五”以来 · 累计）"
    assert cited.startswith(f"“{aid.quote}”——《{facts.document.title}》")


def test_every_dialog_fits_an_800_by_600_screen(tmp_path: Path) -> None:
    """On a small screen the dialogs' buttons stay on it (the F1 help's 关闭 was below)."""
    import json
    import os
    import subprocess
    import sys

    screens = tmp_path / "small.json"
    screens.write_text(json.dumps({"screens": [{"name": "small", "x": 0, "y": 0, "width": 800,
                                                "height": 600, "logicalDpi": 96, "dpr": 1}]}))
    script = """
import json, sys
from pathlib import Path
from gannan_gui.qt.app import make_application
from gannan_gui.qt.main_window import MainWindow
from gannan_gui.qt.settings import open_settings
from gannan_gui.store.database import open_database
from gannan_gui.common.paths import bundled_database
from gannan_gui.store.library import Library
from gannan_gui.qt.library_dialog import LibraryDialog
from gannan_gui.qt.comparison_dialog import ComparisonDialog
app = make_application()
win = MainWindow(open_database(bundled_database()), open_settings(Path(sys.argv[1])))
win.show()
win.help_actions.show_keys()
made = [win.help_actions.keys_dialog, LibraryDialog(Library(Path(sys.argv[2])), print, win),
        ComparisonDialog("x", [], print, win)]
print(json.dumps([[d.width(), d.height()] for d in made]))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}"}
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "s.ini"),
                           str(tmp_path / "none.db")], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    sizes = json.loads(done.stdout.strip().splitlines()[-1])
    assert all(w <= 720 and h <= 540 for w, h in sizes), sizes


def test_the_one_page_summary_stays_in_sight_in_a_preview_at_800x600(window: MainWindow,
                                                                     monkeypatch) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QApplication, QToolBar

    seen = {}

    def fake_exec(dialog: QPrintPreviewDialog) -> int:
        dialog.show()
        toolbar = dialog.findChild(QToolBar)
        # narrower than its toolbar, as an 800×600 screen is with Chinese fonts at 100 %
        dialog.resize(toolbar.sizeHint().width() // 2, 560)
        QApplication.processEvents()
        button = toolbar.widgetForAction(window.file_actions.one_page_action)
        seen["visible"] = button is not None and button.isVisible()
        seen["text"] = window.file_actions.one_page_action.text()
        dialog.hide()
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    window.file_actions.print_preview()
    assert seen == {"visible": True, "text": "一页摘要"}
