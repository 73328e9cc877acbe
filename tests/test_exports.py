"""Exports for the office: Excel, CSV, Word and PowerPoint files, read back by independent
readers and rendered by a real office suite (LibreOffice, headless)."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from gannan_gui.common.files import OutputError
from gannan_gui.output.exports import export_file, format_of
from gannan_gui.store.database import FactBase
from gannan_gui.views.tables import FIGURE_COLUMNS, build_export

FIGURES = ("14.93亿元", "971个", "60%以上", "174家", "54亿元", "12.47亿元", "2.9万名", "131所",
           "2.17万人次", "0.21万人次")


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "gannan_gui", *args], capture_output=True,
                          text=True, timeout=120, check=False, env=env)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The whole report in every format, written by the command line as a user would."""
    folder = tmp_path_factory.mktemp("exports")
    files = {}
    for fmt in ("xlsx", "csv", "docx", "pptx"):
        files[fmt] = folder / f"report-{fmt}.{fmt}"
        result = run_cli("export", str(files[fmt]))
        assert result.returncode == 0, result.stderr
        assert "21 项数据" in result.stdout
    return files


def test_the_scope_is_the_same_as_printing(facts: FactBase) -> None:
    whole = build_export(facts)
    assert len(whole.figures) == 21 and len(whole.entities) == 46 and whole.scope == "全文"
    pairing = next(c for c in facts.categories if c.key == "pairing")
    one = build_export(facts, pairing.id)
    assert [r.figure for r in one.figures] == ["131所", "12家", "26个", "71家", "9个"]
    picked = build_export(facts, fact_ids=[facts.facts[0].id, facts.facts[4].id])
    assert picked.scope == "所选数据（2 项）" and len(picked.figures) == 2
    aid = whole.figures[0]
    assert (aid.base_value, aid.base_unit, aid.qualifiers) == (1_493_000_000, "元", "累计")


def test_excel_reads_back_with_numbers_frozen_header_and_filter(exported) -> None:
    import openpyxl

    book = openpyxl.load_workbook(exported["xlsx"])
    assert book.sheetnames == ["数据", "名称", "图表"]
    sheet = book["数据"]
    header = [c.value for c in sheet[1]]
    assert tuple(header) == FIGURE_COLUMNS
    rows = {r[3]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert set(FIGURES) <= set(rows)
    aid = rows["14.93亿元"]
    assert aid[5] == 1_493_000_000 and isinstance(aid[5], (int, float))
    assert aid[9] == "“十四五”以来" and aid[10] == "已审核"  # the curated report is reviewed
    assert aid[11] == "累计落实天津财政援助资金14.93亿元" and aid[15].startswith("http://")
    import datetime

    assert aid[14] == datetime.datetime(2025, 12, 16)  # a date Excel sorts, not text
    assert sheet.cell(2, 15).number_format == "yyyy-mm-dd"
    assert sum(r[5] for r in rows.values() if r[7] == "元") == pytest.approx(8_140_000_000)
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    assert sheet.cell(2, 6).number_format == "#,##0.##"
    assert sheet.column_dimensions["B"].width > 10
    names = [r[1] for r in book["名称"].iter_rows(min_row=2, values_only=True)]
    assert "拉卜楞工匠" in names and len(names) == 46
    with zipfile.ZipFile(exported["xlsx"]) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) == 6  # a native chart per comparable group, none for a lone figure


def test_csv_has_a_bom_one_header_and_rfc_4180_quoting(exported, facts: FactBase,
                                                       tmp_path: Path) -> None:
    raw = exported["csv"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == FIGURE_COLUMNS and len(rows) == 22
    assert {r[3] for r in rows[1:]} >= set(FIGURES)
    assert next(r for r in rows if r[3] == "14.93亿元")[5] == "1493000000"  # as people write it
    assert not [r[5] for r in rows[1:] if r[5].endswith(".0")]
    # A quote with a comma, quotation marks and a line break survives the round trip.
    content = build_export(facts)
    odd = replace(content.figures[0], quote='他说："1,2,3"\n再见', label="a,b")
    target = tmp_path / "odd.csv"
    export_file(replace(content, figures=(odd,)), target, "csv")
    back = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"), newline="")))
    assert back[1][11] == '他说："1,2,3"\n再见' and back[1][1] == "a,b"


def test_word_has_the_summary_a4_repeating_header_and_chinese_font(exported) -> None:
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(str(exported["docx"]))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "山海同心结硕果" in text and "累计落实天津财政援助资金14.93亿元" in text
    table = document.tables[0]
    cells = [c.text for row in table.rows for c in row.cells]
    assert set(FIGURES) <= set(cells)
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    fonts = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "Noto Sans CJK SC"
    section = document.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    footer = section.footer.paragraphs[0]
    assert "PAGE" in footer._p.xml and "来源" in footer.text
    assert len(document.inline_shapes) == 6  # the charts of comparable figures
    assert document.inline_shapes[0].width.mm == pytest.approx(174, abs=1)
    # “ ” and — in Chinese text: drawn in the Chinese face, full width
    assert 'w:hint="eastAsia"' in document.styles["Normal"].element.xml


def test_powerpoint_has_the_slides_native_charts_and_notes(exported, facts: FactBase,
                                                           tmp_path: Path) -> None:
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation(str(exported["pptx"]))
    assert deck.slide_width == Inches(13.333) and len(deck.slides) == 15
    texts = " ".join(shape.text_frame.text for slide in deck.slides for shape in slide.shapes
                     if shape.has_text_frame)
    assert all(figure in texts for figure in FIGURES) and "山海同心结硕果" in texts
    charts = [shape.chart for slide in deck.slides for shape in slide.shapes if shape.has_chart]
    assert charts and all(c.plots[0].categories for c in charts)
    values = [v for c in charts for v in c.plots[0].series[0].values]
    assert 71 in values and 131 not in values and 971 not in values  # lone: not charted
    notes = " ".join(s.notes_slide.notes_text_frame.text for s in deck.slides)
    assert "累计落实天津财政援助资金14.93亿元" in notes
    assert all('typeface="Noto Sans CJK SC"' in slide.shapes.title.text_frame.paragraphs[0]
               .runs[0].font._rPr.xml for slide in deck.slides)  # titles in placeholders
    assert facts.document.title.startswith(deck.slides[0].shapes.title.text)
    numbers = [slide.shapes[-1].text_frame.text for slide in deck.slides]
    assert numbers[2] == "3 / 15"  # a slide-number field and its total
    assert all('type="slidenum"' in slide.shapes[-1]._element.xml for slide in deck.slides)
    square = tmp_path / "square.pptx"
    assert run_cli("export", str(square), "--aspect", "4:3", "--category", "pairing"
                   ).returncode == 0
    small = Presentation(str(square))
    assert small.slide_width == Inches(10) and len(small.slides) == 3


def _soffice() -> str | None:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None and os.environ.get("GANNAN_REQUIRE_OFFICE"):
        pytest.fail("LibreOffice is required here (GANNAN_REQUIRE_OFFICE) but not installed")
    return found


@pytest.mark.timeout(300)
def test_libreoffice_renders_every_format(exported, tmp_path: Path) -> None:
    soffice = _soffice()
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    files = [str(exported[f]) for f in ("xlsx", "docx", "pptx")]
    profile = tmp_path / "profile"
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), *files],
                   capture_output=True, timeout=240, check=True)
    for fmt in ("xlsx", "docx", "pptx"):
        pdf = tmp_path / f"report-{fmt}.pdf"
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        flat = "".join(text.split())
        assert "山海同心结硕果" in flat, fmt
        missing = [f for f in FIGURES if f not in flat]
        assert not missing, (fmt, missing)
        assert not any(0x2E80 <= ord(ch) <= 0x2FDF for ch in flat), fmt  # no radicals


def test_bad_targets_give_one_line_and_leave_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.xlsx"
    folder.mkdir()
    for target, message in [(folder, "这是一个文件夹"),
                            (tmp_path / "missing" / "x.xlsx", "不存在"),
                            (tmp_path / "x.txt", "无法识别导出格式")]:
        result = run_cli("export", str(target))
        assert result.returncode == 1 and message in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert run_cli("export", str(tmp_path / "named"), "--format", "csv").returncode == 0
    assert (tmp_path / "named").read_bytes().startswith(b"\xef\xbb\xbf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-folder.xlsx", "named"]


def test_a_failed_export_keeps_the_old_file(facts: FactBase, tmp_path: Path,
                                            monkeypatch) -> None:
    from gannan_gui.output import spreadsheet

    target = tmp_path / "keep.xlsx"
    target.write_bytes(b"yesterday's workbook")

    def full_disk(content, path) -> None:
        path.write_bytes(b"half a work")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(spreadsheet, "write_xlsx", full_disk)
    with pytest.raises(OutputError, match="磁盘空间已满"):
        export_file(build_export(facts), target, "xlsx")
    assert target.read_bytes() == b"yesterday's workbook"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.xlsx"]
    assert format_of(Path("a.PPTX")) == "pptx"


def test_a_report_without_date_or_author_exports_in_every_format(tmp_path: Path) -> None:
    from library_helpers import import_reports

    report = tmp_path / "r.txt"
    report.write_text("州财政投入总结\n州财政投入帮扶资金800万元，是上年的2倍。\n",
                      encoding="utf-8")
    library = tmp_path / "library.db"
    import_reports([report], library)
    for fmt in ("xlsx", "csv", "docx", "pptx"):
        done = run_cli("export", str(tmp_path / f"out.{fmt}"), "--db", str(library))
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
        assert (tmp_path / f"out.{fmt}").stat().st_size > 0


def test_an_unexpected_error_in_a_command_is_one_line(monkeypatch, capsys) -> None:
    from gannan_gui import cli

    class Broken:
        @staticmethod
        def run(_args) -> int:
            raise RuntimeError("试验用的故障")

    monkeypatch.setattr(cli, "_handler", lambda _command: Broken)
    monkeypatch.delenv(cli.DEBUG_VARIABLE, raising=False)
    assert cli.main(["build"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "出现意外错误" in err and "试验用的故障" in err
    monkeypatch.setenv(cli.DEBUG_VARIABLE, "1")
    with pytest.raises(RuntimeError):
        cli.main(["build"])


HOSTILE_CELLS = ("=1+1", '=HYPERLINK("http://example.invalid/","点这里")', "+1+2", "-3+4",
                 "@SUM(1,2)", "\t=1+1", "\r=1+1")


@pytest.mark.timeout(300)
def test_no_exported_cell_is_a_formula_even_when_the_text_starts_like_one(
        facts: FactBase, tmp_path: Path) -> None:
    """A label or quote that starts with =, +, -, @, a tab or a return is text in the CSV
    and the workbook as LibreOffice opens them: no formula runs, no link is made."""
    import openpyxl

    content = build_export(facts)
    rows = tuple(replace(content.figures[i % len(content.figures)], label=text, quote=text)
                 for i, text in enumerate(HOSTILE_CELLS))
    hostile = replace(content, figures=rows)
    export_file(hostile, tmp_path / "hostile.csv", "csv")
    export_file(hostile, tmp_path / "hostile.xlsx", "xlsx")
    back = list(csv.reader(io.StringIO(
        (tmp_path / "hostile.csv").read_bytes().decode("utf-8-sig"), newline="")))
    assert [row[1] for row in back[1:]] == [f"'{text}" for text in HOSTILE_CELLS]
    soffice = _soffice()
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    opened = tmp_path / "opened"
    profile = tmp_path / "profile"
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--infilter=CSV:44,34,76",  # comma, double quote, UTF-8: as a user opens it
                    "--convert-to", "xlsx", "--outdir", str(opened),
                    str(tmp_path / "hostile.csv")], capture_output=True, timeout=240,
                   check=True)
    for name in ("hostile.xlsx", "opened/hostile.xlsx"):  # ours, and the CSV as LO reads it
        sheet = openpyxl.load_workbook(tmp_path / name).worksheets[0]
        cells = [c for row in sheet.iter_rows(min_row=2) for c in row]
        assert not [c.coordinate for c in cells if c.data_type == "f"], name
        assert not [c.coordinate for c in cells if c.hyperlink is not None], name
        labels = [str(row[1].value) for row in sheet.iter_rows(min_row=2)]
        assert all(text.strip() in label for text, label in zip(HOSTILE_CELLS, labels,
                                                                 strict=True)), name


def test_control_characters_in_a_report_never_break_an_office_file(tmp_path: Path) -> None:
    """A label or quote holding control characters (a damaged file, a paste) is written
    without them in every format; python-docx refused the whole export."""
    import docx
    import openpyxl
    from pptx import Presentation

    from gannan_gui.store.library import Library

    source = tmp_path / "r.txt"
    source.write_text("临潭县简报\n发布时间：2024-05-01\n本期投入帮扶资金2.5亿元。\n",
                      encoding="utf-8")
    library = Library(tmp_path / "library.db")
    [report] = library.import_files([source])
    fact_id = library.reviewer(report.document_id).facts()[0]["id"]
    library.reviewer(report.document_id).accept(fact_id, label="帮扶\x01资金\x07总额")
    content = build_export(library.open_report(report.document_id))
    for fmt in ("xlsx", "csv", "docx", "pptx"):
        export_file(content, tmp_path / f"out.{fmt}", fmt)
    words = "".join(p.text for t in docx.Document(tmp_path / "out.docx").tables
                    for row in t.rows for p in row.cells[0].paragraphs)
    assert "帮扶资金总额" in words
    slides = "".join(shape.text_frame.text for slide in Presentation(tmp_path / "out.pptx").slides
                     for shape in slide.shapes if shape.has_text_frame)
    assert "帮扶资金总额" in slides
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").worksheets[0]
    assert sheet.cell(2, 2).value == "帮扶资金总额"
    assert "帮扶资金总额" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")


def test_every_office_file_names_its_report_author_and_day(exported, facts: FactBase) -> None:
    """Not python-docx's own 'python-docx' of 2013: the report's title, its author, today."""
    from datetime import datetime, timezone

    import docx
    import openpyxl
    from pptx import Presentation

    today = datetime.now(timezone.utc).date()
    properties = [docx.Document(exported["docx"]).core_properties,
                  Presentation(exported["pptx"]).core_properties,
                  openpyxl.load_workbook(exported["xlsx"]).properties]
    for given in properties:
        assert given.title == facts.document.title
        author = getattr(given, "author", None) or given.creator  # openpyxl says creator
        assert author == facts.document.reporter  # the report's author
        assert given.created.date() == today


@pytest.mark.parametrize("fmt", ["xlsx", "docx", "pptx", "csv"])
def test_a_full_disk_is_one_line_naming_the_file_and_leaves_nothing(
        facts: FactBase, tmp_path: Path, monkeypatch, fmt: str) -> None:
    import errno
    import gc

    from gannan_gui.common.errors import UserError

    def full(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full)
    monkeypatch.setattr(Path, "open", full)
    target = tmp_path / f"out.{fmt}"
    with pytest.raises(UserError) as caught:
        export_file(build_export(facts), target, fmt)
    assert str(caught.value) == f"{target}：无法写入（磁盘空间已满）"
    monkeypatch.undo()
    gc.collect()  # no half-closed zip left to complain later (the suite fails on it)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_the_workbook_prints_legibly_on_a4(tmp_path: Path) -> None:
    """Landscape A4, the header on every page, as many pages wide as keep the type legible
    (one page wide put every column at about 4 pt), page numbers in the footer."""
    import openpyxl

    done = subprocess.run([sys.executable, "-m", "gannan_gui", "export",
                           str(tmp_path / "a.xlsx")],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    book = openpyxl.load_workbook(tmp_path / "a.xlsx")
    figures = book["数据"]
    setup = figures.page_setup
    assert setup.orientation == "landscape" and setup.paperSize == 9
    assert setup.fitToWidth >= 2 and setup.fitToHeight == 0
    assert figures.print_title_rows.replace("$", "") == "1:1"
    assert "&P" in figures.oddFooter.center.text
    charts = book["图表"]
    assert charts.page_setup.orientation == "landscape"
    assert charts.sheet_properties.pageSetUpPr.fitToPage  # one page wide (Excel's default 1)
