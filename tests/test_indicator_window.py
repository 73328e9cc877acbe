"""The indicator view in the window: pick an indicator, its values across reports in a
sortable table and a chart that never puts yearly values and totals on one axis; a value
opens its figure; a conflict is marked in the tree and the detail pane."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gannan_gui.qt import app as app_module
from gannan_gui.qt.main_window import MainWindow
from gannan_gui.qt.settings import open_settings
from gannan_gui.store.database import FactBase
from gannan_gui.store.library import Library

FIRST = ("甘南州协作简报\n发布时间：2025-01-20\n"
         "2024年，天津市投入甘南州财政帮扶资金3.5亿元，实施协作项目120个。\n"
         "2023年，天津市投入甘南州财政帮扶资金3.1亿元。\n")
SECOND = ("甘南州东西部协作年度回顾\n发布时间：2025-03-02\n"
          "2024年，甘南州共落实天津财政援助资金3.8亿元，引进东部企业21家。\n")


@pytest.fixture()
def window(qtbot, facts: FactBase, tmp_path: Path, isolated_settings: Path) -> MainWindow:
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    library = Library(tmp_path / "library.db")
    library.import_files([first, second])
    app_module.make_application()
    win = MainWindow(settings=open_settings(isolated_settings))
    win.library = library
    win.set_base(facts)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.file_actions.library_actions.watch_timer.stop()
    return win


def shown(qtbot, view, key: str | None = None):
    """The view once the table asked for (of `key`, when given) is read and shown."""
    if key is not None:
        assert view.choose(key) or view.current_key() == key
    qtbot.waitUntil(lambda: not view.loading)
    return view


def test_the_indicator_view_lines_up_every_report(qtbot, qtmodeltester,
                                                  window: MainWindow) -> None:
    view = window.indicator_actions.open()
    qtbot.addWidget(view)
    shown(qtbot, view, "aid_funds")
    rows = view.model.rows
    assert len(rows) == 4  # three imported values and the bundled report's
    assert {r.value.figure for r in rows} == {"3.5亿元", "3.1亿元", "3.8亿元", "14.93亿元"}
    qtmodeltester.check(view.model, force_py=True)
    assert "2 个数值与其他报道不一致" in view.caption.text()
    # the chart: a plot of yearly bars and one of totals, never one axis for both
    titles = [plot.titleLabel.text for plot in view.chart.plots]
    assert titles == ["逐年（亿元）", "累计（亿元）"]


def test_filters_and_sorting_by_value(qtbot, window: MainWindow) -> None:
    view = window.indicator_actions.open()
    qtbot.addWidget(view)
    shown(qtbot, view, "aid_funds")
    view.period.setCurrentIndex(view.period.findData("total"))
    shown(qtbot, view)
    assert [r.value.figure for r in view.model.rows] == ["14.93亿元"]
    assert [plot.titleLabel.text for plot in view.chart.plots] == ["累计（亿元）"]
    view.period.setCurrentIndex(view.period.findData(""))
    view.level.setCurrentIndex(view.level.findData("county"))
    shown(qtbot, view)
    assert view.model.rows == [] and view.chart.plots == []
    view.level.setCurrentIndex(view.level.findData(""))
    shown(qtbot, view)
    view.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert [r.value.figure for r in view.model.rows][:2] == ["14.93亿元", "3.8亿元"]
    shown(qtbot, view, "projects")  # the sort stays as the user left it
    shown(qtbot, view, "aid_funds")
    assert view.model.rows[0].value.figure == "14.93亿元"


def test_a_value_opens_its_figure_in_the_main_window(qtbot, window: MainWindow) -> None:
    view = window.indicator_actions.open()
    qtbot.addWidget(view)
    shown(qtbot, view, "aid_funds")
    row = next(i for i, r in enumerate(view.model.rows) if r.value.figure == "3.8亿元")
    view.open_row(view.model.index(row, 0))
    assert window.browser.shown.key.endswith(f"fact:{view.model.rows[row].value.fact_id}")
    # the lookup of other reports runs in a thread; the pane grows when it is back
    qtbot.waitUntil(lambda: "与其他报道不一致" in window.detail.browser.toPlainText())


def test_a_conflicting_figure_is_marked_in_the_tree(qtbot, window: MainWindow) -> None:
    from gannan_gui.qt.widgets.tree_model import NODE_ROLE

    window.select_key("l2|root:0")  # its rows read, and its conflicts with them
    window.tree.expand_loaded()
    model = window.model

    def marked() -> list[tuple[str, str]]:
        found = []

        def walk(parent):
            for row in range(model.rowCount(parent)):
                index = model.index(row, 1, parent)
                if index.data(NODE_ROLE).conflict:
                    found.append((index.data(NODE_ROLE).name, index.data()))
                walk(model.index(row, 0, parent))
        walk(model.index(-1, -1))
        return found

    qtbot.waitUntil(lambda: ("天津财政援助资金", "≠ 3.8亿元") in marked())
    assert all(figure.startswith("≠") for _, figure in marked())


def test_a_new_indicator_is_added_from_the_view(qtbot, window: MainWindow,
                                                monkeypatch) -> None:
    from gannan_gui.qt import dialogs
    from gannan_gui.qt.indicator_form import NewIndicatorDialog

    view = window.indicator_actions.open()
    qtbot.addWidget(view)
    assert view.new_button.isEnabled()

    def filled(library, parent):
        dialog = NewIndicatorDialog(library, parent)
        dialog.name.setText("东部企业")
        dialog.unit.setCurrentIndex(dialog.unit.findData("count"))
        dialog.words.setText("东部企业")
        dialog.exec = lambda: (dialog.save(), True)[1]
        return dialog

    told = []
    monkeypatch.setattr(dialogs, "inform", lambda _p, _t, message: told.append(message))
    view.new_indicator(filled)
    shown(qtbot, view)
    assert view.current_key() == "own_1"
    # 东部企业 (its label) had no indicator: now it has the new one
    assert [r.value.figure for r in view.model.rows] == ["21家"]
    assert "1 项待审核的数据" in told[0]


def test_the_view_exports_its_table_to_excel(qtbot, window: MainWindow, tmp_path: Path,
                                             monkeypatch) -> None:
    import openpyxl

    from gannan_gui.qt import dialogs

    warned = []
    monkeypatch.setattr(dialogs, "warn", lambda _p, _t, message: warned.append(str(message)))
    view = window.indicator_actions.open()
    qtbot.addWidget(view)
    shown(qtbot, view, "aid_funds")
    out = tmp_path / "aid.xlsx"
    assert view.export(out)
    sheet = openpyxl.load_workbook(out)["财政援助资金"]
    table = [row for row in sheet.iter_rows(min_row=2, max_col=1, values_only=True)]
    assert table[:len(view.model.rows)] == [("财政援助资金",)] * len(view.model.rows)
    assert table[len(view.model.rows)] == (None,)  # then the chart's data, below
    assert not view.export(tmp_path / "missing" / "aid.xlsx")  # told, nothing written
    assert warned and "missing" in warned[0]


def test_the_view_presents_and_prints_its_indicator(qtbot, window: MainWindow) -> None:
    presented, printed = [], []
    view = window.indicator_actions.open()
    qtbot.addWidget(view)
    view.present_slides, view.print_summary = presented.append, printed.append
    shown(qtbot, view, "aid_funds")
    view.present_button.click()
    view.print_button.click()
    [slides] = presented
    assert [s.kind for s in slides] == ["category", "end"]
    assert slides[0].title == "财政援助资金" and slides[0].subtitle.startswith("4 个数值 · 甘南州")
    [page] = printed
    assert page.title == "指标：财政援助资金" and len(page.rows) == 4
    view.level.setCurrentIndex(view.level.findData("county"))
    shown(qtbot, view)
    assert not view.present_button.isEnabled() and not view.print_button.isEnabled()


def test_a_value_opens_its_figure_with_no_library_yet(qtbot, facts: FactBase, tmp_path: Path,
                                                      isolated_settings: Path) -> None:
    """Before anything is imported the tree holds the bundled report alone."""
    app_module.make_application()
    win = MainWindow(settings=open_settings(isolated_settings))
    win.library = Library(tmp_path / "none-yet.db")
    win.set_base(facts)
    qtbot.addWidget(win)
    view = shown(qtbot, win.indicator_actions.open(), "aid_funds")
    qtbot.addWidget(view)
    [row] = view.model.rows
    assert row.value.figure == "14.93亿元" and view.new_button.isEnabled()
    view.open_row(view.model.index(0, 0))
    assert win.browser.shown.key == f"fact:{row.value.fact_id}"


def test_an_open_indicator_view_follows_the_library(qtbot, window: MainWindow,
                                                    tmp_path: Path) -> None:
    view = shown(qtbot, window.indicator_actions.open(), "aid_funds")
    qtbot.addWidget(view)
    assert len(view.model.rows) == 4
    third = tmp_path / "third.txt"
    third.write_text("甘南州协作简报（三）\n发布时间：2025-05-10\n"
                     "2024年，天津市投入甘南州财政援助资金3.6亿元。\n", encoding="utf-8")
    window.library.import_files([third])  # as another window or a command would
    assert window.file_actions.library_actions.check_for_changes()
    shown(qtbot, view)
    assert len(view.model.rows) == 5 and view.current_key() == "aid_funds"
