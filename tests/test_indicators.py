"""Indicators: the vocabulary maps the labels reports write, conflicts between reports are
found, the chart never mixes yearly and running totals, and the values go out to Excel."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gannan_gui.common.paths import bundled_database
from gannan_gui.pipeline.indicators import (
    VocabularyError,
    bundled_vocabulary,
    load_vocabulary,
    make_indicator,
)
from gannan_gui.pipeline.scopes import scope_level
from gannan_gui.store.indicators import IndicatorValue
from gannan_gui.store.library import Library
from gannan_gui.views.indicators import (
    TOTAL,
    YEARLY,
    IndicatorSource,
    _differ,
    conflicts,
    indicator_table,
)

PROGRAM = [sys.executable, "-m", "gannan_gui"]


@pytest.mark.parametrize(("label", "unit_kind", "expected"), [
    # the same measure worded as different reports word it
    ("天津财政援助资金", "money", "aid_funds"),
    ("财政帮扶资金", "money", "aid_funds"),
    ("投入东西部协作资金", "money", "aid_funds"),
    ("累计投入帮扶资金", "money", "aid_funds"),
    ("社会各界捐赠资金", "money", "social_aid"),
    ("实施协作项目", "count", "projects"),
    ("引导落地投产企业", "count", "firms"),
    ("引进东部企业", "count", "firms"),
    ("企业实际到位投资额", "money", "firm_investment"),
    ("采购和帮助销售农特产品", "money", "sales_east"),
    ("消费帮扶金额", "money", "sales_east"),
    ("帮助农村劳动力实现就业", "people", "workers"),
    ("农村劳动力转移就业", "person_times", "workers"),
    ("其中脱贫劳动力", "people", "poor_workers"),
    ("就近就地就业", "people", "local_jobs"),
    ("选派党政干部", "people", "cadres"),
    ("专业技术人才", "people", "cadres"),
    ("培训乡村振兴干部", "person_times", "trained"),
    ("结对学校", "count", "schools"),
    ("村企结对", "count", "firms_paired"),
    ("共建乡村振兴示范村", "count", "demo_villages"),
    ("签约项目", "count", "signed_projects"),
    ("签约金额", "money", "signed_amount"),
])
def test_the_vocabulary_maps_the_wordings_of_one_measure(label, unit_kind, expected) -> None:
    assert bundled_vocabulary().propose(label, unit_kind) == expected


@pytest.mark.parametrize(("label", "unit_kind"), [
    ("帮扶资金投向富民产业的比例", "percent"),  # a share, not an amount
    ("天津财政援助资金", "count"),  # money words on a count: not this measure
    ("企业产值同比增长", "percent"),
    ("召开联席会议", "count"),
    ("签署消费帮扶协议", "count"),
])
def test_figures_of_no_standard_measure_get_none(label, unit_kind) -> None:
    assert bundled_vocabulary().propose(label, unit_kind) == ""


def test_the_bundled_report_is_mapped() -> None:
    with sqlite3.connect(bundled_database()) as db:
        mapped = dict(db.execute("SELECT label, indicator FROM facts"))
    assert mapped["天津财政援助资金"] == "aid_funds"
    assert mapped["农村劳动力转移就业"] == "workers"
    assert mapped["结对学校"] == "schools"
    assert mapped["帮扶资金投向富民产业的比例"] == ""
    assert sum(bool(key) for key in mapped.values()) >= 19


def test_a_bad_vocabulary_says_what_is_wrong(tmp_path: Path) -> None:
    path = tmp_path / "indicators.json"
    path.write_text(json.dumps({"indicators": [{"key": "x", "name": "甲", "units": ["money"],
                                                "stated": "sometimes", "words": ["甲"]}]}),
                    encoding="utf-8")
    with pytest.raises(VocabularyError, match="第 1 个指标：统计方式"):
        load_vocabulary(path)
    path.write_text("{", encoding="utf-8")
    with pytest.raises(VocabularyError, match="无法读取指标表"):
        load_vocabulary(path)
    with pytest.raises(VocabularyError, match="不能含空格"):
        make_indicator("own_1", "说法", "", ["count"], "year", ["a%b"])


@pytest.mark.parametrize(("scope", "level"), [
    ("甘肃省", "province"), ("甘肃", "province"), ("天津市", "province"),
    ("宁夏回族自治区", "province"), ("甘南州", "prefecture"), ("兰州市", "prefecture"),
    ("甘南藏族自治州", "prefecture"), ("临潭县", "county"), ("东丽区", "county"), ("", ""),
])
def test_scope_levels(scope, level) -> None:
    assert scope_level(scope) == level


def value(report: str, figure: float, kind: str = "year", start: str = "2023", end: str = "",
          scope: str = "甘肃省", published: str = "2024-01-10", fact_id: int = 1,
          approximate: bool = False, review: str = "accepted") -> IndicatorValue:
    return IndicatorValue(report, 1, fact_id, f"报道{report}", published, "财政援助资金",
                          f"{figure:g}亿元", figure * 1e8, "元", "money", approximate, scope,
                          kind, start, end, review)


AID = bundled_vocabulary().get("aid_funds")


def test_two_reports_giving_different_values_for_one_period_conflict() -> None:
    a = value("l1", 9.65, fact_id=1)
    b = value("l2", 9.56, fact_id=2, published="2024-03-01")
    other_year = value("l3", 12.0, start="2022", fact_id=3)
    other_scope = value("l4", 1.0, scope="临潭县", fact_id=4)
    found = conflicts([a, b, other_year, other_scope])
    assert set(found) == {("l1", 1), ("l2", 2)}
    assert found[("l1", 1)] == [b]


def test_approximate_values_close_to_each_other_do_not_conflict() -> None:
    exact = value("l1", 14.93, fact_id=1)
    near = value("l2", 15.0, fact_id=2, approximate=True)
    assert conflicts([exact, near]) == {}
    far = value("l3", 17.0, fact_id=3, approximate=True)
    assert ("l3", 3) in conflicts([exact, far])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["l1", "l2", "l3"]),
                          st.sampled_from([1.0, 2.0, 2.05, 2.1, 3.0, 9.5, 10.0]),
                          st.booleans()), max_size=12))
def test_conflicts_counted_are_the_conflicts_compared_pairwise(figures) -> None:
    """The counting shortcut flags exactly what comparing every pair would."""
    values = [value(report, figure, fact_id=i, approximate=rough)
              for i, (report, figure, rough) in enumerate(figures)]
    pairwise = {(v.report, v.fact_id) for v in values
                if any(o.report != v.report and _differ(v, o) for o in values)}
    assert set(conflicts(values)) == pairwise


def test_one_report_does_not_conflict_with_itself() -> None:
    assert conflicts([value("l1", 1.0, fact_id=1), value("l1", 2.0, fact_id=2)]) == {}


def test_totals_run_to_their_reports_dates() -> None:
    # two "since 2021" totals of reports a year apart are of different periods: no conflict
    early = value("l1", 32.24, "since", "2021", published="2022-10-12", fact_id=1)
    late = value("l2", 64.5, "since", "2021", published="2024-07-18", fact_id=2)
    assert conflicts([early, late]) == {}


def test_the_chart_never_mixes_yearly_values_and_totals() -> None:
    values = [value("l1", 9.65, start="2024", published="2025-01-05", fact_id=1),
              value("l2", 8.1, start="2023", fact_id=2),
              value("l3", 32.24, "since", "2021", published="2022-10-12", fact_id=3),
              value("l4", 64.5, "since", "2021", published="2024-07-18", fact_id=4)]
    table = indicator_table(AID, values)
    assert [(s.period_class, len(s.points)) for s in table.series] == [(YEARLY, 2), (TOTAL, 2)]
    yearly, totals = table.series
    assert yearly.bars and not totals.bars
    assert [p.year for p in yearly.points] == [2023, 2024]
    assert [p.year for p in totals.points] == [2022, 2024]
    assert yearly.unit == "亿元" and yearly.points[1].value == pytest.approx(9.65)


def test_growth_only_between_like_values() -> None:
    values = [value("l1", 10.0, start="2024", fact_id=1),
              value("l2", 8.0, start="2023", fact_id=2),
              value("l3", 40.0, "since", "2021", published="2024-07-18", fact_id=3),
              value("l4", 1.0, start="2024", scope="临潭县", fact_id=4)]
    rows = {r.value.fact_id: r for r in indicator_table(AID, values).rows}
    assert rows[1].growth == "较2023年 +25.0%"
    assert rows[2].growth == "" and rows[3].growth == "" and rows[4].growth == ""


def test_filters_and_sorting() -> None:
    values = [value("l1", 10.0, start="2024", fact_id=1),
              value("l2", 1.0, start="2024", scope="临潭县", fact_id=2),
              value("l3", 40.0, "since", "2021", fact_id=3, review="proposed")]
    assert [r.value.fact_id for r in indicator_table(AID, values, level="county").rows] == [2]
    assert [r.value.fact_id for r in indicator_table(AID, values, period=TOTAL).rows] == [3]
    assert len(indicator_table(AID, values, reviewed_only=True).rows) == 2
    by_value = indicator_table(AID, values, sort=(2, True)).rows
    assert [r.value.fact_id for r in by_value] == [3, 1, 2]
    assert indicator_table(AID, values, level="county").caption == \
        "财政援助资金：1 个数值（共 3 个）"


def brief(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def two_reports(tmp_path: Path) -> Library:
    """Two reports that disagree on the prefecture's aid in 2024, in words of their own."""
    library = Library(tmp_path / "library.db")
    first = brief(tmp_path, "a", "甘南州协作简报\n发布时间：2025-01-20\n"
                  "2024年，天津市投入甘南州财政帮扶资金3.5亿元，实施协作项目120个。\n")
    second = brief(tmp_path, "b", "甘南州东西部协作年度回顾\n发布时间：2025-03-02\n"
                   "2024年，甘南州共落实天津财政援助资金3.8亿元，引进东部企业21家。\n")
    library.import_files([first, second])
    return library


def test_imported_figures_get_an_indicator_and_conflicts_are_found(tmp_path: Path) -> None:
    library = two_reports(tmp_path)
    source = IndicatorSource(library)
    assert source.counts()["aid_funds"] == 3  # two reports and the bundled one
    table = source.table(source.vocabulary.get("aid_funds"))
    conflicting = [r for r in table.rows if r.conflict]
    assert len(conflicting) == 2 and table.conflicts == 2
    assert "3.8亿元" in conflicting[0].conflict or "3.8亿元" in conflicting[1].conflict
    assert {r.value.scope for r in conflicting} == {"甘南州"}


def test_a_users_own_indicator_is_kept_and_given_to_figures(tmp_path: Path) -> None:
    library = two_reports(tmp_path)
    brief(tmp_path, "c", "甘南州简报\n发布时间：2025-04-01\n全年新建温室大棚45座。\n")
    indicator, given = library.add_indicator("温室大棚", "Greenhouses", ["count"], "year",
                                             ["温室大棚", "大棚"])
    assert indicator.key == "own_1" and given == 0
    library.import_files([tmp_path / "c.txt"])
    assert library.indicator_counts().get("own_1") == 1
    assert library.vocabulary().find("温室大棚").own
    with pytest.raises(VocabularyError, match="已有名为"):
        library.add_indicator("温室大棚", "", ["count"], "year", ["大棚"])


def test_review_confirms_or_changes_the_indicator(tmp_path: Path) -> None:
    library = two_reports(tmp_path)
    reviewer = library.reviewer(1)
    facts = {row["label"]: row for row in reviewer.facts()}
    projects = next(row for label, row in facts.items() if "项目" in label)
    assert projects["indicator"] == "projects"
    reviewer.accept(projects["id"], indicator="signed_projects")
    assert library.indicator_counts().get("signed_projects") == 1
    reviewer.accept(projects["id"], indicator="")
    assert "signed_projects" not in library.indicator_counts()


def run(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run([*PROGRAM, *args], capture_output=True, text=True, timeout=120,
                          check=False)
    if check:
        assert done.returncode == 0, done.stderr
    return done


def test_the_command_lists_shows_and_writes_indicators(tmp_path: Path) -> None:
    two_reports(tmp_path)
    library = str(tmp_path / "library.db")
    listed = run("indicators", "--library", library).stdout
    assert "财政援助资金" in listed and "[aid_funds]" in listed
    shown = run("indicators", "--library", library, "--indicator", "Fiscal aid funds").stdout
    assert "3.5亿元" in shown and "3.8亿元" in shown and "与其他报道不一致" in shown
    out = tmp_path / "aid.csv"
    run("indicators", "--library", library, "--indicator", "aid_funds", "--out", str(out))
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("指标,范围,范围级别,时期") and len(lines) == 4
    missing = run("indicators", "--library", library, "--indicator", "无此指标", check=False)
    assert missing.returncode == 1 and "没有名为“无此指标”的指标" in missing.stderr
    bad = run("indicators", "--library", library, "--out", str(tmp_path / "a.pdf"), check=False)
    assert bad.returncode == 1 and ".xlsx、.csv 或 .pptx" in bad.stderr


def test_the_excel_file_holds_numbers_sources_and_native_charts(tmp_path: Path) -> None:
    import openpyxl

    two_reports(tmp_path)
    out = tmp_path / "indicators.xlsx"
    run("indicators", "--library", str(tmp_path / "library.db"), "--out", str(out))
    book = openpyxl.load_workbook(out)
    sheet = book["财政援助资金"]
    header = [c.value for c in sheet[1]]
    number, source = header.index("数值"), header.index("来源")
    values = [row[number] for row in sheet.iter_rows(min_row=2, max_row=4, values_only=True)]
    assert all(isinstance(v, (int, float)) for v in values) and 3.5e8 in values
    assert all(row[source].startswith("《") for row in
               sheet.iter_rows(min_row=2, max_row=4, values_only=True))
    with zipfile.ZipFile(out) as package:
        charts = [n for n in package.namelist() if n.startswith("xl/charts/chart")]
        chart = package.read(charts[0]).decode()
    assert 1 <= len(charts) <= len(book.sheetnames)  # one for each indicator with a series
    assert "<c:barChart>" in chart and "甘南州 · 逐年" in chart


def test_libreoffice_opens_the_indicator_workbook_with_its_chart(tmp_path: Path) -> None:
    from test_exports import _soffice

    soffice = _soffice()
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    two_reports(tmp_path)
    out = tmp_path / "aid.xlsx"
    run("indicators", "--library", str(tmp_path / "library.db"), "--indicator", "aid_funds",
        "--out", str(out))
    profile = tmp_path / "profile"
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                   capture_output=True, timeout=240, check=True)
    text = subprocess.run(["pdftotext", str(tmp_path / "aid.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    flat = "".join(text.split())
    assert "逐年（亿元）" in flat and "累计（亿元）" in flat  # the chart's two axes, drawn
    assert "3.5亿元" in flat and "14.93亿元" in flat  # the table, as written
    assert not any(0x2E80 <= ord(ch) <= 0x2FDF for ch in flat)  # no radicals for hanzi


def test_the_indicator_slides_and_printout(tmp_path: Path) -> None:
    from pptx import Presentation

    from gannan_gui.views.indicators import indicator_charts, indicator_slides, indicator_summary

    library = two_reports(tmp_path)
    library.import_files([brief(tmp_path, "c", "甘南州协作简报\n发布时间：2024-01-08\n"
                                "2023年，天津市投入甘南州财政帮扶资金3.1亿元。\n")])
    source = IndicatorSource(library)
    table = source.table(source.vocabulary.get("aid_funds"))
    groups = indicator_charts(table)
    assert [g.title for g in groups] == ["财政援助资金 · 逐年（亿元）",
                                         "财政援助资金 · 累计（亿元）"]
    # a bar a series' year (2024: two reports, one bar), in date order
    assert [b.label for b in groups[0].bars] == ["2023年 · 甘南州", "2024年 · 甘南州"]
    slides = indicator_slides(table)
    assert [s.kind for s in slides] == ["category", "end"]
    assert "《甘南州协作简报》2025-01-20" in slides[1].lines
    page = indicator_summary(table, "2026-12-01")
    assert page.headers[0] == "范围 · 时期" and len(page.rows) == len(table.rows)
    assert any("与其他报道不一致" in row.when for row in page.rows)
    out = tmp_path / "aid.pptx"
    run("indicators", "--library", str(tmp_path / "library.db"), "--indicator", "aid_funds",
        "--out", str(out))
    deck = Presentation(out)
    assert len(deck.slides) == 2 and deck.core_properties.title == "指标：财政援助资金"
    charts = [shape.chart for shape in deck.slides[0].shapes if shape.has_chart]
    # a native bar chart of the two years (listed bottom-up, so read top-down)
    assert [sorted(c.plots[0].categories) for c in charts] == [["2023年 · 甘南州",
                                                               "2024年 · 甘南州"]]


def test_indicators_on_a_file_and_on_a_server(tmp_path: Path, location: str) -> None:
    """The same interface on a shared library: values, counts, conflicts, its own
    indicators, review, the command line, and a copy for a meeting with no network."""
    from gannan_gui.store.copying import copy_library
    from gannan_gui.store.locations import open_library

    library = open_library(location)
    first = brief(tmp_path, "a", "甘南州协作简报\n发布时间：2025-01-20\n"
                  "2024年，天津市投入甘南州财政帮扶资金3.5亿元，实施协作项目120个。\n")
    second = brief(tmp_path, "b", "甘南州东西部协作年度回顾\n发布时间：2025-03-02\n"
                   "2024年，甘南州共落实天津财政援助资金3.8亿元，新建温室大棚45座。\n")
    library.import_files([first, second])
    source = IndicatorSource(library)
    assert source.counts()["aid_funds"] == 3
    table = source.table(source.vocabulary.get("aid_funds"))
    assert table.conflicts == 2
    # what the tree marks when a report is opened: one lookup a figure, on either store
    from gannan_gui.views.indicators import report_conflicts, value_of_fact

    second = library.open_report(2)
    values = [value_of_fact(f, second.document, "l2") for f in second.facts if f.indicator]
    aid = next(v.fact_id for v in values if v.indicator == "aid_funds")
    assert report_conflicts(library, bundled_database(), "l2", values) == {aid}
    second.close()
    indicator, given = library.add_indicator("温室大棚", "", ["count"], "year", ["大棚"])
    assert given == 1 and library.indicator_counts()[indicator.key] == 1
    assert library.vocabulary().get(indicator.key).own
    row = next(r for r in library.reviewer(1).facts() if r["indicator"] == "projects")
    library.reviewer(1).accept(row["id"], indicator="signed_projects")
    assert library.indicator_counts().get("signed_projects") == 1
    shown = run("indicators", "--library", location, "--indicator", "温室大棚").stdout
    assert "45座" in shown
    copy = Library(tmp_path / "meeting.db")
    copy_library(library, copy)  # the library's own indicators go with it
    assert copy.vocabulary().get(indicator.key).name == "温室大棚"
    assert copy.indicator_counts() == library.indicator_counts()
    library.close()


def test_a_library_that_cannot_be_read_is_said_not_left_out(tmp_path: Path) -> None:
    damaged = tmp_path / "library.db"
    damaged.write_bytes(b"not a database at all")
    done = run("indicators", "--library", str(damaged), check=False)
    assert done.returncode == 1 and "这不是 SQLite 数据库文件" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    # a library not made yet: the bundled report's values alone
    fresh = run("indicators", "--library", str(tmp_path / "none-yet.db"),
                "--indicator", "aid_funds").stdout
    assert "14.93亿元" in fresh


def test_a_reader_that_stops_early_is_no_error(monkeypatch, capsys) -> None:
    """`gannan-gui indicators | head -1`: the pipe closes under the command; it stops
    quietly, with no "unexpected error" line."""
    from gannan_gui import cli

    class ClosedPipe:
        def write(self, _text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self) -> None:
            pass

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert cli.main(["indicators"]) == 0
    assert "意外错误" not in capsys.readouterr().err


def test_what_a_library_shows_of_a_figure_carries_the_other_reports_as_data(
        tmp_path: Path) -> None:
    """No display: the shelf says, as data and on the page, what other reports give."""
    from gannan_gui.store.database import open_database
    from gannan_gui.views.shelf import ShelfBrowser

    library = two_reports(tmp_path)
    shelf = ShelfBrowser(open_database(bundled_database()), library, library.reports())
    second = library.open_report(2)
    aid = next(f for f in second.facts if f.indicator == "aid_funds")
    shown = shelf.with_comparisons(shelf.show(f"l2|fact:{aid.id}"))
    assert [v.figure for v in shown.contradicting] == ["3.5亿元"]
    assert shown.html.index("与其他报道不一致") < shown.html.index("<h4>原文</h4>")
    alone = shelf.with_comparisons(shelf.show("b|fact:2"))  # 971个: nobody else says
    assert alone.contradicting == () and "与其他报道不一致" not in alone.html


@pytest.mark.parametrize("written", ["接近3.6亿元", "突破3.6亿元", "约3.6亿元", "3.6亿余元"])
def test_every_approximation_is_approximate_in_the_indicator_table(tmp_path: Path,
                                                                  written: str) -> None:
    library = Library(tmp_path / "library.db")
    library.import_files([brief(tmp_path, "a", "甘南州协作简报\n发布时间：2025-01-20\n"
                                f"2024年，天津市投入甘南州财政帮扶资金{written}。\n")])
    [value] = [v for v in IndicatorSource(library).values(["aid_funds"]) if v.report != "b"]
    assert value.approximate and value.figure.startswith(written[:2])
