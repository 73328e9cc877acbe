"""Reports as offices receive them: Word, PDF, spreadsheets and the older formats, made here
with python-docx, XlsxWriter, Qt's PDF writer and LibreOffice from sentences written for these
tests; and every kind of bad office file, refused in one line with nothing written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement

from gannan_gui.common.errors import UserError
from gannan_gui.pipeline import office
from gannan_gui.pipeline.formats import IMPORT_FORMATS, REPORT_SUFFIXES, file_filter, format_for
from gannan_gui.pipeline.importer import prepare
from gannan_gui.pipeline.sources import read_report
from gannan_gui.store.library import Library

TITLE = "天津市与甘南州东西部协作工作综述"
PARAGRAPHS = (
    "今年以来，天津市投入财政援助资金3.2亿元，实施帮扶项目126个。",
    "两地共建产业园区9个，引进企业89家，到位投资5.6亿元。",
    "临潭县新建标准化养殖小区18个，带动1260户农户增收。",
    # quotation marks some writers draw after the line's words, numbers of thin digits
    "打造“津品陇味”品牌11个、“甘味”认证117个，组织1716个单位结对。",
)
FIGURES = {"3.2亿元", "126个", "9个", "89家", "5.6亿元", "18个", "1260户", "11个", "117个",
           "1716个"}
TABLE = [["县市", "财政援助资金（万元）", "帮扶项目（个）"],
         ["临潭县", "3200", "126"], ["卓尼县", "2850.5", "98"]]
TABLE_FIGURES = {("临潭县 · 财政援助资金", 32_000_000), ("临潭县 · 帮扶项目", 126),
                 ("卓尼县 · 财政援助资金", 28_505_000), ("卓尼县 · 帮扶项目", 98)}


def soffice() -> str | None:
    found = office.office_program()
    if found is None and os.environ.get("GANNAN_REQUIRE_OFFICE"):
        pytest.fail("LibreOffice is required here (GANNAN_REQUIRE_OFFICE) but not installed")
    return found


def word_report(path: Path, table: bool = True, pages: int = 0) -> Path:
    """A Word report as an office writes one: a header and a footer with a page number, a
    title heading, a date and source line, paragraphs, a table."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "甘南州东西部协作简报（页眉）"
    section.footer.paragraphs[0].text = "甘南州乡村振兴局印发（页脚）"
    document.add_heading(TITLE, 0)
    document.add_paragraph("发布时间：2024年12月28日　来源：甘南州乡村振兴局")
    for text in PARAGRAPHS:
        document.add_paragraph(text)
    for number in range(pages * 12):  # pages of text between the figures and the table
        document.add_paragraph(f"（{number + 1}）协作工作持续推进，各方面工作有序开展，" * 4)
    if table:
        document.add_paragraph("表1 各县帮扶情况")
        grid = document.add_table(rows=len(TABLE), cols=3)
        for r, row in enumerate(TABLE):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    document.save(path)
    return path


def figures_of(path: Path) -> tuple[set[str], set[tuple[str, float]]]:
    """The figures an import proposes: as written, and the table's by label and value."""
    _, records = prepare(path)
    written = {f["written"] for f in records.facts if f["written"]}
    cells = {(f["label"], f["base_value"]) for f in records.facts if " | " in f["quote"]}
    return written, cells


def test_every_format_is_declared_once_and_found_by_what_it_holds(tmp_path: Path) -> None:
    assert len(REPORT_SUFFIXES) == len(set(REPORT_SUFFIXES))
    for kind in IMPORT_FORMATS:
        assert kind.name and kind.keeps and kind.suffixes
        for suffix in kind.suffixes:
            assert f"*{suffix}" in file_filter()
            assert format_for(Path(f"a{suffix.upper()}")) is kind
    renamed = word_report(tmp_path / "report.txt")  # a Word file saved under a wrong name
    assert format_for(renamed, renamed.read_bytes()).suffixes == (".docx",)
    assert format_for(Path("x.txt"), b"%PDF-1.7 ...").suffixes == (".pdf",)


def test_a_word_report_gives_its_paragraphs_title_date_source_and_table(tmp_path: Path) -> None:
    report = read_report(word_report(tmp_path / "report.docx"))
    assert (report.title, report.published, report.site) == \
        (TITLE, "2024-12-28", "甘南州乡村振兴局")
    lines = report.text.splitlines()
    assert all(text in lines for text in PARAGRAPHS)
    assert not any("页眉" in line or "页脚" in line for line in lines)
    assert "临潭县 | 3200 | 126" in lines
    written, cells = figures_of(tmp_path / "report.docx")
    assert written >= FIGURES and cells == TABLE_FIGURES


def test_a_table_labels_its_figures_from_its_headers_and_units(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("2024年各县帮扶资金（单位：万元）")
    rows = [["", "2023年", "2024年"], ["财政援助资金", "1200", "1350.5"],
            ["社会帮扶资金", "300", "420"], ["增长率", "12.5%", "8%"]]
    grid = document.add_table(rows=4, cols=3)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            grid.cell(r, c).text = value
    document.save(tmp_path / "t.docx")
    _, records = prepare(tmp_path / "t.docx")
    found = {(f["label"], f["base_value"], f["unit"], f["period"]) for f in records.facts}
    assert ("财政援助资金 · 2024年", 13_505_000, "万元", "2024年") in found
    assert ("社会帮扶资金 · 2023年", 3_000_000, "万元", "2023年") in found
    assert ("增长率 · 2023年", 12.5, "%", "2023年") in found  # its own unit, not the caption's
    shown = {f["label"]: (f["written"], f["value"] + f["unit"]) for f in records.facts}
    assert shown["财政援助资金 · 2024年"] == ("", "1350.5万元")  # shown with its header's unit


def _run(wrapper: str, text_tag: str, text: str):
    """<wrapper><w:r><text_tag>text</text_tag></w:r></wrapper>, as Word writes tracked runs."""
    from lxml import etree

    outer = etree.Element(wrapper) if wrapper.startswith("{") else OxmlElement(wrapper)
    run = OxmlElement("w:r")
    written = OxmlElement(text_tag)
    written.text = text
    run.append(written)
    outer.append(run)
    return outer


def test_tracked_deletions_and_text_box_copies_are_left_out(tmp_path: Path) -> None:
    from lxml import etree

    document = docx.Document()
    document.add_heading(TITLE, 1)
    paragraph = document.add_paragraph("投入资金")
    paragraph._p.append(_run("w:del", "w:delText", "9.9亿元（已删去）"))
    paragraph._p.append(_run("w:ins", "w:t", "3.2亿元"))
    # a text box: Word writes its text twice, for new readers (Choice) and old (Fallback)
    compatibility = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
    alternate = etree.SubElement(paragraph._p, f"{compatibility}AlternateContent")
    alternate.append(_run(f"{compatibility}Choice", "w:t", "，建成车间12个"))
    alternate.append(_run(f"{compatibility}Fallback", "w:t", "，建成车间12个"))
    document.save(tmp_path / "tracked.docx")
    report = read_report(tmp_path / "tracked.docx")
    assert report.text.count("建成车间12个") == 1
    assert "投入资金3.2亿元" in report.text and "9.9" not in report.text


def test_a_spreadsheet_is_a_report_of_its_cells(tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "台账.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("帮扶资金")
    sheet.merge_range("A1:C1", "2024年东西部协作台账")
    sheet.write_row(1, 0, ["县市", "财政援助资金（万元）", "脱贫人口占比"])
    percent = book.add_format({"num_format": "0.0%"})
    for row, (county, money, share) in enumerate((("临潭县", 3200, 0.125),
                                                  ("卓尼县", 2850.5, 0.08)), 2):
        sheet.write(row, 0, county)
        sheet.write_number(row, 1, money)
        sheet.write_number(row, 2, share, percent)
    book.set_properties({"title": "2024年东西部协作台账"})
    book.close()
    report = read_report(path)
    assert report.title == "2024年东西部协作台账"
    _, records = prepare(path)
    found = {(f["label"], f["base_value"], f["unit"]) for f in records.facts}
    assert found == {("临潭县 · 财政援助资金", 32_000_000, "万元"),
                     ("卓尼县 · 财政援助资金", 28_505_000, "万元"),
                     ("临潭县 · 脱贫人口占比", 12.5, "%"), ("卓尼县 · 脱贫人口占比", 8, "%")}
    assert all(" | " in f["quote"] for f in records.facts)  # its row, as text


def test_a_csv_table_in_gbk_is_read_like_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "ledger.csv"
    path.write_bytes("县市,帮扶项目（个）,投入资金（亿元）\n临潭县,126,3.2\n卓尼县,98,2.5\n"
                     .encode("gbk"))
    _, records = prepare(path)
    assert {(f["label"], f["base_value"]) for f in records.facts} == {
        ("临潭县 · 帮扶项目", 126), ("临潭县 · 投入资金", 320_000_000),
        ("卓尼县 · 帮扶项目", 98), ("卓尼县 · 投入资金", 250_000_000)}


def qt_pdf(path: Path, lines: list[str]) -> Path:
    """A PDF with a text layer written by Qt (not LibreOffice): one line per paragraph."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.setFont(QFont("Noto Sans CJK SC", 11))
    step = painter.fontMetrics().height() * 3
    for number, line in enumerate(lines):
        painter.drawText(200, 400 + number * step, line)
    painter.end()
    return path


def test_a_pdf_written_by_another_program_gives_the_same_figures(tmp_path: Path) -> None:
    path = qt_pdf(tmp_path / "report.pdf", [TITLE, *PARAGRAPHS])
    written, _ = figures_of(path)
    assert written == FIGURES


@pytest.mark.timeout(300)
def test_word_pdf_and_text_of_one_report_give_the_same_figures(tmp_path: Path) -> None:
    program = soffice()
    if program is None:
        pytest.skip("LibreOffice is not installed")
    source = word_report(tmp_path / "report.docx", pages=3)
    (tmp_path / "report.txt").write_text(
        "\n".join([TITLE, "发布时间：2024年12月28日", *PARAGRAPHS]), encoding="utf-8")
    for target in ("pdf", "doc", "odt", "rtf"):
        subprocess.run([program, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                        "--headless", "--convert-to", target, "--outdir", str(tmp_path),
                        str(source)], capture_output=True, timeout=120, check=True)
    from_word = figures_of(source)
    assert figures_of(tmp_path / "report.txt")[0] == FIGURES
    for converted in ("report.pdf", "report.doc", "report.odt", "report.rtf"):
        assert figures_of(tmp_path / converted) == from_word, converted
    pdf = read_report(tmp_path / "report.pdf")
    assert all(text in pdf.text.splitlines() for text in PARAGRAPHS)  # lines rejoined
    assert "页眉" not in pdf.text and "页脚" not in pdf.text  # running lines left out


# --- bad office files ----------------------------------------------------------------------------
def test_a_renamed_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr("word/document.xml", b"\0" * 0)
        with bomb.open("word/media/huge.bin", "w") as member:
            chunk = b"\0" * 1_000_000
            for _ in range(250):  # 250 MB that pack into a few hundred KB
                member.write(chunk)
    assert path.stat().st_size < 2_000_000
    with pytest.raises(UserError, match="压缩炸弹"):
        read_report(path)


def test_a_damaged_or_locked_office_file_is_one_line(tmp_path: Path) -> None:
    import pikepdf

    cases = {"broken.docx": b"PK\x03\x04" + b"\x00" * 200,
             "locked.docx": office.OLE_HEADER + b"\x00" * 512,
             "broken.pdf": b"%PDF-1.7\n" + b"garbage " * 100,
             "broken.xlsx": b"PK\x03\x04xl/" + b"\x01" * 300}
    for name, raw in cases.items():
        (tmp_path / name).write_bytes(raw)
    locked_pdf = tmp_path / "locked.pdf"
    with pikepdf.open(qt_pdf(tmp_path / "plain.pdf", [*PARAGRAPHS])) as pdf:
        pdf.save(locked_pdf, encryption=pikepdf.Encryption(user="secret", owner="secret"))
    scanned = tmp_path / "scanned.pdf"
    blank = pikepdf.new()
    blank.add_blank_page()
    blank.save(scanned)
    expected = {"broken.docx": "已损坏", "locked.docx": "设有密码保护",
                "broken.pdf": "已损坏", "broken.xlsx": "已损坏", "locked.pdf": "设有密码",
                "scanned.pdf": "没有文字层"}
    library = Library(tmp_path / "library.db")
    results = library.import_files([tmp_path / name for name in expected])
    for result in results:
        assert expected[result.path.name] in result.error, result.error
        assert "\n" not in result.error and result.path.name in result.error
    assert not library.exists() or library.reports() == []  # nothing written


def test_a_spreadsheet_of_a_million_cells_is_refused_quickly(tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "dump.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write(0, 0, "县市")
    sheet.write(1999, 700, 1)  # 2,000 rows by 701 columns: 1.4 million cells
    book.close()
    started = time.monotonic()
    with pytest.raises(UserError, match="100 万个单元格"):
        read_report(path)
    assert time.monotonic() - started < 10


def test_a_libreoffice_that_hangs_is_stopped_and_said(tmp_path: Path, monkeypatch) -> None:
    fake = tmp_path / "bin" / "soffice"
    fake.parent.mkdir()
    marker = f"gannan-hang-{os.getpid()}"
    fake.write_text(f"#!/bin/bash\nexec -a {marker} sleep 300\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(office, "CONVERT_TIMEOUT_S", 1)
    (tmp_path / "old.doc").write_bytes(office.OLE_HEADER + b"\x00" * 512)
    started = time.monotonic()
    with pytest.raises(UserError, match="没有转换完，已停止"):
        read_report(tmp_path / "old.doc")
    assert time.monotonic() - started < 10
    left = subprocess.run(["pgrep", "-f", marker], capture_output=True, text=True, check=False)
    assert left.stdout == ""  # nothing left running


def test_without_libreoffice_an_old_format_says_what_to_install(tmp_path: Path,
                                                                monkeypatch) -> None:
    monkeypatch.setattr(office, "office_program", lambda: None)
    (tmp_path / "old.wps").write_bytes(office.OLE_HEADER + b"\x00" * 512)
    with pytest.raises(UserError, match=r"需要安装 LibreOffice（或用 Word、WPS 另存为 \.docx"):
        read_report(tmp_path / "old.wps")


def test_nothing_is_fetched_from_the_network_while_office_files_are_read(tmp_path: Path) -> None:
    """A Word file that links an external image and template, imported under strace: no
    connect() at all."""
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed")
    path = word_report(tmp_path / "linked.docx")
    with zipfile.ZipFile(path) as original:
        parts = {name: original.read(name) for name in original.namelist()}
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/image" Target="http://example.invalid/x.png" '
        b'TargetMode="External"/></Relationships>')
    with zipfile.ZipFile(path, "w") as linked:
        for name, data in parts.items():
            linked.writestr(name, data)
    done = subprocess.run(
        ["strace", "-f", "-e", "trace=connect", sys.executable, "-m", "gannan_gui", "import",
         str(path), "--library", str(tmp_path / "library.db")],
        capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "connect(" not in done.stderr.replace("--- SIGCHLD", "")


def test_a_large_document_imports_in_under_two_seconds(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading(TITLE, 0)
    for page in range(50):  # about 50 pages of paragraphs and a table a page
        for number in range(8):
            document.add_paragraph(f"第{page + 1}页第{number + 1}段：投入资金{page}.{number}亿元，"
                                   f"实施项目{page * 10 + number}个，带动群众增收，成效明显。" * 2)
    document.save(tmp_path / "long.docx")
    started = time.perf_counter()
    _, records = prepare(tmp_path / "long.docx")
    assert time.perf_counter() - started < 2 and len(records.facts) >= 800


# --- pasted text and dropped files --------------------------------------------------------------
WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p{}</style>
</head><body><!--StartFragment--><p class=MsoTitle>玛曲县协作帮扶成效综述</p>
<p class=MsoNormal>来源：玛曲县乡村振兴局　2025年3月8日</p>
<p class=MsoNormal>全年落实天津市财政援助资金<span lang=EN-US>8600</span>万元，
实施项目<b>37</b>个。</p>
<table class=MsoTableGrid><tr><td><p>指标</p></td><td><p>数量（个）</p></td></tr>
<tr><td><p>帮扶车间</p></td><td><p>14</p></td></tr></table><!--EndFragment--></body></html>"""


def test_html_pasted_from_word_keeps_paragraphs_tables_and_details() -> None:
    from gannan_gui.pipeline.pasted import guessed_details, pasted_blocks, pasted_report

    blocks = pasted_blocks("玛曲县协作帮扶成效综述", WORD_HTML)
    assert guessed_details(blocks) == ("玛曲县协作帮扶成效综述", "2025-03-08", "玛曲县乡村振兴局")
    report = pasted_report(blocks, "玛曲县协作帮扶成效综述（2024年）", "2025年3月8日", "")
    assert report.title == "玛曲县协作帮扶成效综述（2024年）" and report.published == "2025-03-08"
    assert "全年落实天津市财政援助资金8600万元，实施项目37个。" in report.text.splitlines()
    from gannan_gui.pipeline.importer import propose_records

    facts = propose_records(report).facts
    assert {(f["label"], f["base_value"]) for f in facts if " | " in f["quote"]} == {
        ("帮扶车间 · 数量", 14)}
    with pytest.raises(UserError, match="无法读取日期"):
        pasted_report(blocks, "x", "上个月", "")
    with pytest.raises(UserError, match="剪贴板中没有文字"):
        pasted_blocks("  \n", "")


def test_the_window_imports_what_is_pasted_and_what_is_dropped(
        qtbot, tmp_path: Path, facts, isolated_settings: Path) -> None:
    from conftest import open_window
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication
    from test_library_window import top_rows

    window = open_window(qtbot, facts, tmp_path / "mine.db", isolated_settings)
    data = QMimeData()
    data.setHtml(WORD_HTML)
    data.setText("玛曲县协作帮扶成效综述")
    QApplication.clipboard().setMimeData(data)

    class Confirmed:  # the form as a user leaves it: the guessed details, then 导入
        def __init__(self, blocks, _parent) -> None:
            from gannan_gui.pipeline.pasted import guessed_details, pasted_report

            self.report = pasted_report(blocks, *guessed_details(blocks))

        def exec(self) -> bool:
            return True

    sources = window.file_actions.import_sources
    importer = window.file_actions.library_actions
    try:
        assert sources.paste(Confirmed)
    finally:
        # the clipboard owns the mime data now; left there, Python and Qt both free it when
        # the process exits, which crashes a run that ends with this file
        QApplication.clipboard().clear()
    qtbot.waitUntil(lambda: not importer.importing, timeout=20_000)
    assert "玛曲县协作帮扶成效综述" in top_rows(window)

    folder = tmp_path / "dropped"
    folder.mkdir()
    word_report(folder / "a.docx")
    (folder / "b.txt").write_text("碌曲县简报\n投入资金1.1亿元，实施项目12个。\n", encoding="utf-8")
    dragged = QMimeData()
    dragged.setUrls([QUrl.fromLocalFile(str(folder))])
    enter = QDragEnterEvent(QPoint(200, 200), Qt.DropAction.CopyAction, dragged,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)  # as a drag comes over the window, then lets go
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, dragged,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted() and importer.importing
    assert importer.cancel_button.isVisible()  # beside the progress, not hidden by it
    qtbot.waitUntil(lambda: not importer.importing, timeout=20_000)
    rows = top_rows(window)
    assert TITLE in rows and "碌曲县简报" in rows
    assert "已导入 2 篇报道" in window.statusBar().currentMessage()


# --- the original file, kept ----------------------------------------------------------------------
def test_the_original_file_is_kept_whole_and_goes_with_its_report(tmp_path: Path,
                                                                   location: str) -> None:
    from gannan_gui.store.locations import open_library

    library = open_library(location)
    word = word_report(tmp_path / "综述.docx")
    text = tmp_path / "简报.txt"
    text.write_bytes("碌曲县简报\n投入资金1.1亿元，实施项目12个。\n".encode("gbk") * 40)
    first, second = library.import_files([word, text])
    kept = library.original(first.document_id)
    assert (kept.name, kept.content) == ("综述.docx", word.read_bytes())
    assert kept.media_type.endswith("wordprocessingml.document")
    plain = library.original(second.document_id)
    assert plain.content == text.read_bytes() and plain.media_type == "text/plain"  # GBK kept
    library.remove_reports([first.document_id])
    assert library.original(first.document_id) is None
    assert library.original(second.document_id) is not None
    library.close()


def test_a_text_original_is_kept_compressed(tmp_path: Path) -> None:
    import sqlite3

    text = tmp_path / "简报.txt"
    text.write_text("碌曲县协作简报。投入资金1.1亿元，实施项目12个，成效明显。\n" * 200,
                    encoding="utf-8")
    Library(tmp_path / "library.db").import_files([text])
    with sqlite3.connect(tmp_path / "library.db") as db:
        size, stored = db.execute("SELECT size, length(content) FROM originals").fetchone()
    assert size == text.stat().st_size and stored < size / 5


def test_open_original_shows_the_file_as_it_came(qtbot, tmp_path: Path, facts,
                                                 isolated_settings: Path) -> None:
    from conftest import open_window

    library_path = tmp_path / "mine.db"
    Library(library_path).import_files([word_report(tmp_path / "综述.docx")])
    window = open_window(qtbot, facts, library_path, isolated_settings)
    sources = window.file_actions.import_sources
    assert not sources.original_action.isEnabled()  # the bundled report has none
    assert window.select_key("l1|root:0")
    assert sources.original_action.isEnabled()
    opened = []
    path = sources.open_original(lambda url: opened.append(url.toLocalFile()) or True)
    assert opened == [str(path)] and path.name == "综述.docx"
    assert path.read_bytes() == (tmp_path / "综述.docx").read_bytes()
    assert path.stat().st_mode & 0o077 == 0  # this user's alone


def test_a_report_with_no_address_is_cited_by_its_file(tmp_path: Path) -> None:
    from gannan_gui.views.words import citation

    library = Library(tmp_path / "library.db")
    [report] = library.import_files([word_report(tmp_path / "综述.docx")])
    base = library.open_report(report.document_id)
    cited = citation(base.document, base.facts[0].quote)
    assert cited.endswith(f"——《{TITLE}》，甘南州乡村振兴局，2024-12-28，原文件：综述.docx")


def test_merged_headers_of_an_older_excel_file_label_every_column(tmp_path: Path) -> None:
    import xlsxwriter

    program = soffice()
    if program is None:
        pytest.skip("LibreOffice is not installed")
    book = xlsxwriter.Workbook(str(tmp_path / "ledger.xlsx"))
    sheet = book.add_worksheet()
    sheet.merge_range("A1:A2", "县市")
    sheet.merge_range("B1:C1", "财政援助资金（万元）")
    sheet.write_row(1, 1, ["2023年", "2024年"])
    sheet.write_row(2, 0, ["夏河县", 1200, 1450])
    book.close()
    subprocess.run([program, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                    "--headless", "--convert-to", "xls", "--outdir", str(tmp_path),
                    str(tmp_path / "ledger.xlsx")], capture_output=True, timeout=120, check=True)
    for name in ("ledger.xlsx", "ledger.xls"):
        _, records = prepare(tmp_path / name)
        assert {(f["label"], f["base_value"], f["period"]) for f in records.facts} == {
            ("夏河县 · 财政援助资金 · 2023年", 12_000_000, "2023年"),
            ("夏河县 · 财政援助资金 · 2024年", 14_500_000, "2024年")}, name
