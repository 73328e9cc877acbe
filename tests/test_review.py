"""Reviewing an imported report's figures: accept, reject, correct, split a range, undo;
the report then reads as reviewed in every view."""

from __future__ import annotations

from pathlib import Path

import pytest

from gannan_gui.common.errors import UserError
from gannan_gui.common.paths import bundled_database
from gannan_gui.store.database import FactBase
from gannan_gui.store.library import Library
from gannan_gui.store.locations import open_library
from gannan_gui.store.review import Reviewer
from gannan_gui.views.words import fact_note

REPORT = ("临潭县协作帮扶工作报告\n发布时间：2023-06-30\n"
          "今年以来，天津市投入财政援助资金2.1亿元，实施帮扶项目130余个。\n"
          "每村选派3至5名技术人员，带动三四千户群众增收。\n")


@pytest.fixture()
def reviewer(tmp_path: Path, location: str) -> Reviewer:
    """A report's reviewer in a library file, and in a library on a server."""
    source = tmp_path / "report.txt"
    source.write_text(REPORT, encoding="utf-8")
    opened = open_library(location)
    [result] = opened.import_files([source])
    yield opened.reviewer(result.document_id)
    opened.close()


def read_back(reviewer: Reviewer) -> FactBase:
    """The report as every view reads it, through a library of its own."""
    return open_library(str(reviewer.library)).open_report(reviewer.document_id)


def fact(reviewer: Reviewer, value: float):
    base = read_back(reviewer)
    return next(f for f in base.facts if f.base_value == value)


def test_accept_with_corrections_and_undo(reviewer: Reviewer) -> None:
    aid = fact(reviewer, 210_000_000)
    assert aid.review == "proposed" and "待审核" in fact_note(aid)
    change = reviewer.accept(aid.id, label="天津财政援助资金", field_key="funds",
                             value="2.15", unit="亿元")
    after = fact(reviewer, 215_000_000)
    assert (after.review, after.label, after.base_value) == ("accepted", "天津财政援助资金",
                                                            215_000_000)
    assert "待审核" not in fact_note(after)
    reviewer.undo(change)
    back = fact(reviewer, 210_000_000)
    assert (back.review, back.label) == ("proposed", aid.label)


def test_a_share_corrected_to_a_fraction_reads_as_the_percentage_it_is(
        reviewer: Reviewer) -> None:
    projects = fact(reviewer, 130)
    reviewer.accept(projects.id, value="三分之二", unit="%")
    after = fact(reviewer, 66.67)
    assert (after.unit_kind, after.figure_as_written) == ("percent", "三分之二")
    with pytest.raises(UserError, match="五分之七"):
        reviewer.accept(projects.id, value="五分之七", unit="%")


def test_a_rejected_figure_leaves_every_view_and_undo_brings_it_back(
        reviewer: Reviewer) -> None:
    projects = fact(reviewer, 130)
    change = reviewer.reject(projects.id)
    base = read_back(reviewer)
    assert projects.id not in base.fact_by_id  # tree, charts, printing, slides
    assert not any(h.item_id == projects.id for h in base.search("帮扶项目"))
    reviewer.undo(change)
    assert fact(reviewer, 130).review == "proposed"


def test_moving_a_figure_to_a_category_the_report_lacks_makes_it_and_undo_removes_it(
        reviewer: Reviewer) -> None:
    projects = fact(reviewer, 130)
    before = set(reviewer.categories())
    change = reviewer.edit(projects.id, field_key="pairing")
    assert set(reviewer.categories()) == before | {"pairing"}
    reviewer.undo(change)
    assert set(reviewer.categories()) == before


def test_split_a_range_into_its_two_ends(reviewer: Reviewer) -> None:
    households = fact(reviewer, 3000)
    assert households.base_value_high == 4000
    change = reviewer.split_range(households.id)
    base = read_back(reviewer)
    ends = {f.label: f.base_value for f in base.facts if f.label.startswith(households.label)}
    assert ends == {f"{households.label}（下限）": 3000, f"{households.label}（上限）": 4000}
    assert all(f.base_value_high is None for f in base.facts if f.label in ends)
    reviewer.undo(change)
    back = fact(reviewer, 3000)
    assert (back.base_value_high, back.label) == (4000, households.label)
    with pytest.raises(UserError, match="不是一个范围"):
        reviewer.split_range(fact(reviewer, 130).id)


def test_bad_corrections_are_one_line_and_change_nothing(reviewer: Reviewer) -> None:
    aid = fact(reviewer, 210_000_000)
    for kwargs, message in [({"value": "很多"}, "无法读取"), ({"unit": "捆"}, "无法读取"),
                            ({"label": "   "}, "不能为空"), ({"field_key": "nope"}, "没有")]:
        with pytest.raises(UserError, match=message):
            reviewer.accept(aid.id, **kwargs)
    assert fact(reviewer, 210_000_000).review == "proposed"


def test_the_bundled_database_cannot_be_reviewed() -> None:
    with pytest.raises(UserError, match="只读"):
        Library(bundled_database()).reviewer(1)


def test_a_slide_of_several_figures_marks_the_unreviewed_ones(reviewer: Reviewer) -> None:
    from gannan_gui.views.slides import build_slides

    reviewer.accept(fact(reviewer, 210_000_000).id)
    base = read_back(reviewer)
    labels = {f.figure: f.grid_label for s in build_slides(base, None) for f in s.figures}
    assert labels["2.1亿元"] == "财政援助资金"
    assert labels["130余个"] == "帮扶项目（待审核）"


def test_accepting_a_change_as_it_stands_keeps_it_a_change_with_its_sign(
        tmp_path: Path) -> None:
    source = tmp_path / "change.txt"
    source.write_text("夏河县经济运行报告\n发布时间：2024-07-01\n"
                      "上半年，全县地区生产总值同比增长-3.5%，农村居民收入同比增长6.2%。\n",
                      encoding="utf-8")
    library = Library(tmp_path / "library.db")
    [report] = library.import_files([source])
    reviewer = library.reviewer(report.document_id)
    for row in reviewer.facts():  # as the dialog accepts: the form's value and unit as shown
        reviewer.accept(row["id"], label=row["label"], value=row["value"], unit=row["unit"])
    base = library.open_report(report.document_id)
    assert [(f.figure_as_written, f.base_value, f.unit_kind, f.relation)
            for f in base.facts] == [("-3.5%", -3.5, "change", "同比增长"),
                                     ("6.2%", 6.2, "change", "同比增长")]
    assert all(f.reviewed for f in base.facts)


def test_the_review_shows_each_figure_in_its_paragraph(reviewer: Reviewer) -> None:
    import re

    from gannan_gui.views.review import ReviewQueue

    item = ReviewQueue(reviewer).item()
    assert item is not None
    # a library file stores no paragraph text: the review reads it through the offsets
    shown = re.sub(r"<[^>]*>", "", item.html)
    assert "今年以来，天津市投入财政援助资金2.1亿元，实施帮扶项目130余个。" in shown
    assert [row["quote"] for row in reviewer.facts()][:2] == [
        "天津市投入财政援助资金2.1亿元", "实施帮扶项目130余个"]


def test_a_plan_says_so_in_the_review(tmp_path: Path) -> None:
    from gannan_gui.views.review import ReviewQueue

    source = tmp_path / "plan.txt"
    source.write_text("协作计划\n发布时间：2025-02-01\n2025年，计划新建温室30座，投入资金3亿元。\n",
                      encoding="utf-8")
    library = Library(tmp_path / "library.db")
    [result] = library.import_files([source])
    queue = ReviewQueue(library.reviewer(result.document_id))
    periods = []
    for _ in queue.rows:
        item = queue.item()
        assert item is not None
        periods.append((item.label, item.period))
        queue.next()
    assert periods == [("新建温室", "2025年 · 计划"), ("投入资金", "2025年")]
