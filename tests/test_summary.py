"""Printed summaries: content (no Qt), the PDF file, its fonts and its text layer."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pikepdf
import pypdf
import pytest

from gannan_gui.output.pdf_text import parse_cmap, rewrite_cmap
from gannan_gui.store.database import FactBase
from gannan_gui.views.summary import ScopeError, build_summary, find_category

RADICAL = re.compile("[\u2e80-\u2fdf]")


def run_summary(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gannan_gui", "summary", *args],
                          capture_output=True, text=True, timeout=120, check=False)


def pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def squeeze(text: str) -> str:
    """Text without whitespace: extractors rebuild spaces and line breaks from the layout."""
    return re.sub(r"\s+", "", text)


def test_summary_of_the_whole_article(facts: FactBase) -> None:
    summary = build_summary(facts)
    assert summary.scope == "全文"
    assert len(summary.rows) == 21
    assert summary.rows[0].figure == "14.93亿元"
    assert summary.rows[0].when == "“十四五”以来 · 累计"
    assert "gnrtv.cn" in summary.footer_detail and "数据版本" in summary.footer_detail
    assert len(summary.charts) == 15
    assert sum(not g.is_tile for g in summary.charts) == 6  # what the printout charts


def test_summary_of_a_category_and_of_selected_facts(facts: FactBase) -> None:
    pairing = find_category(facts, "结对帮扶")
    assert find_category(facts, "paired assistance") == pairing
    assert find_category(facts, "pairing") == pairing
    assert [r.figure for r in build_summary(facts, pairing.id).rows] == [
        "131所", "12家", "26个", "71家", "9个"]
    picked = build_summary(facts, fact_ids=[facts.facts[0].id, facts.facts[9].id])
    assert picked.scope == "所选数据（2 项）"
    assert [r.figure for r in picked.rows] == ["14.93亿元", "2.9万名"]
    with pytest.raises(ScopeError, match="结对帮扶"):
        find_category(facts, "不存在")


def test_cmap_rewrite_maps_radicals_back() -> None:
    cmap = (b"/CIDInit /ProcSet findresource begin\n1 begincodespacerange\n<0000> <FFFF>\n"
            b"endcodespacerange\n2 beginbfrange\n<0001> <0003> [<2F2D> <6D77> <2EE2>]\n"
            b"<0004> <0005> <0030>\nendbfrange\n1 beginbfchar\n<0006> <2E3A>\nendbfchar\n"
            b"endcmap\nend\n")
    fixed = rewrite_cmap(cmap, {"\u2ee2": "马"})
    mapping = parse_cmap(fixed)
    assert mapping == {b"0001": "山", b"0002": "海", b"0003": "马", b"0004": "0",
                       b"0005": "1", b"0006": "——"}
    assert fixed.endswith(b"endcmap\nend\n")
    assert rewrite_cmap(b"1 beginbfchar\n<0001> <0030>\nendbfchar\n") is None


@pytest.fixture(scope="module")
def whole_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pdf") / "summary.pdf"
    result = run_summary("--pdf", str(out))
    assert result.returncode == 0, result.stderr
    assert "已写入" in result.stdout
    return out


def test_pdf_is_a4_portrait_with_page_numbers(whole_pdf: Path) -> None:
    reader = pypdf.PdfReader(whole_pdf)
    assert len(reader.pages) >= 2
    for number, page in enumerate(reader.pages, 1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (595, 842)  # A4 in points
        text = squeeze(page.extract_text())
        assert f"第{number}/{len(reader.pages)}页" in text
        assert "gnrtv.cn" in text and "数据版本" in text  # footer on every page


def test_the_pdf_names_its_report_author_and_subject(whole_pdf: Path, facts: FactBase) -> None:
    """A file manager, a PDF reader's properties and a library's catalogue show these: the
    report's own title and author, not the program's name."""
    info = pypdf.PdfReader(whole_pdf).metadata
    assert info.title == facts.document.title
    assert info.author == facts.document.reporter == "高淑兰"
    assert info.subject == "全文 · 数据摘要"
    xmp = pypdf.PdfReader(whole_pdf).xmp_metadata
    assert xmp is not None and xmp.dc_creator == ["高淑兰"]


def test_pdf_embeds_a_simplified_chinese_font_and_draws_vectors(whole_pdf: Path) -> None:
    with pikepdf.open(whole_pdf) as pdf:
        fonts = {}
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font":
                fonts[str(obj.get("/BaseFont"))] = obj
        cjk = [name for name in fonts if "CJK" in name or "Han" in name or "YaHei" in name]
        assert cjk and all("JP" not in name for name in cjk)
        assert any("sc" in name.lower() for name in cjk)
        images = [o for o in pdf.objects if isinstance(o, pikepdf.Stream)
                  and o.get("/Subtype") == "/Image"]
        assert not images  # the charts are vector drawings, sharp at any zoom
        for obj in pdf.objects:  # every font program is embedded
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/FontDescriptor":
                assert any(k in obj for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_pdf_text_layer_is_the_articles_text(whole_pdf: Path, facts: FactBase) -> None:
    text = pdf_text(whole_pdf)
    flat = squeeze(text)
    assert not RADICAL.search(text)
    assert "山海同心结硕果" in flat
    assert squeeze(facts.document.title) in flat
    assert "2025-12-16" in flat and "马晓娟" in flat
    for fact in facts.facts:
        assert squeeze(fact.label) in flat
        assert fact.figure in flat
        assert squeeze(fact.quote) in flat


def test_pdftotext_agrees(whole_pdf: Path) -> None:
    result = subprocess.run(["pdftotext", str(whole_pdf), "-"], capture_output=True, text=True,
                            check=False)
    if result.returncode != 0 and "找不到" in result.stderr:
        pytest.skip("pdftotext not installed")
    assert "山海同心结硕果 协作帮扶谱新篇——天津市与甘南州协作帮扶综述" in result.stdout
    assert not RADICAL.search(result.stdout)
    assert "14.93亿元" in result.stdout and "援建乡村就业工厂(帮扶车间)" in result.stdout


def test_table_header_repeats_and_rows_stay_whole(facts: FactBase, qapp, tmp_path: Path) -> None:
    from gannan_gui.qt.painting.summary_painter import SummaryPainter
    from gannan_gui.qt.painting.summary_pdf import make_pdf_writer

    printer = make_pdf_writer(tmp_path / "a5.pdf", "A5")
    painter = SummaryPainter(build_summary(facts), printer)
    pages = painter.paginate()
    assert len(pages) >= 3
    for page in pages:
        kinds = [block.kind for block, _ in page]
        if "row" in kinds:
            assert "header" in kinds and kinds.index("header") < kinds.index("row")
        for block, y in page:
            assert y + block.height <= painter.bottom + 0.5  # nothing cut at the bottom


def test_category_and_landscape_options(tmp_path: Path) -> None:
    out = tmp_path / "pairing.pdf"
    result = run_summary("--pdf", str(out), "--category", "结对帮扶", "--landscape",
                         "--paper", "A5")
    assert result.returncode == 0, result.stderr
    page = pypdf.PdfReader(out).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)
    text = squeeze(pdf_text(out))
    assert "131所" in text and "14.93亿元" not in text


@pytest.mark.parametrize(("target", "message"), [
    ("missing-folder/out.pdf", "不存在"),
    ("a-folder", "这是一个文件夹"),
])
def test_bad_output_paths(tmp_path: Path, target: str, message: str) -> None:
    (tmp_path / "a-folder").mkdir()
    result = run_summary("--pdf", str(tmp_path / target))
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-folder"]


def test_unwritable_folder(tmp_path: Path) -> None:
    import os

    if os.geteuid() == 0:
        locked = Path("/proc/gannan-gui-test.pdf")  # root can write anywhere else
    else:
        folder = tmp_path / "ro"
        folder.mkdir(mode=0o500)
        locked = folder / "out.pdf"
    result = run_summary("--pdf", str(locked))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert str(locked.parent) in result.stderr


def test_unknown_category_and_bad_database(tmp_path: Path) -> None:
    result = run_summary("--pdf", str(tmp_path / "x.pdf"), "--category", "没有这个类别")
    assert result.returncode == 1 and "没有名为" in result.stderr
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"nonsense" * 100)
    result = run_summary("--pdf", str(tmp_path / "x.pdf"), "--db", str(bad))
    assert result.returncode == 1 and "不是 SQLite 数据库" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_existing_file_survives_a_failed_write(tmp_path: Path) -> None:
    out = tmp_path / "keep.pdf"
    out.write_bytes(b"%PDF-1.4 previous")
    result = run_summary("--pdf", str(out), "--category", "没有这个类别")
    assert result.returncode == 1
    assert out.read_bytes() == b"%PDF-1.4 previous"


def test_one_page_summary_fits_one_sheet(tmp_path: Path, facts: FactBase) -> None:
    import pypdf

    out = tmp_path / "one.pdf"
    result = run_summary("--pdf", str(out), "--one-page")
    assert result.returncode == 0, result.stderr
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 1
    text = "".join(reader.pages[0].extract_text().split())
    assert all(f.figure_as_written in text for f in facts.facts)
    assert "原文引文" not in text and "图表" in text
    small = tmp_path / "a5.pdf"
    assert run_summary("--pdf", str(small), "--one-page", "--paper", "A5").returncode == 0
    small_text = "".join(pypdf.PdfReader(small).pages[0].extract_text().split())
    assert len(pypdf.PdfReader(small).pages) == 1
    assert "另有" in small_text or all(f.figure_as_written in small_text for f in facts.facts)


def test_the_one_page_summary_fills_its_sheet_and_breaks_no_period(tmp_path: Path) -> None:
    """The period column is as wide as its longest period: “十四五”以来 · 累计 stays on one
    line (累 and 计 were split across two); the table and chart reach down the sheet."""
    out = tmp_path / "one.pdf"
    assert run_summary("--pdf", str(out), "--one-page").returncode == 0
    laid_out = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                              text=True, check=True).stdout
    assert laid_out.count("“十四五”以来 · 累计") == 3
    boxes = subprocess.run(["pdftotext", "-bbox", str(out), "-"], capture_output=True,
                           text=True, check=True).stdout
    words = [(float(y), word) for y, word in re.findall(r'yMax="([\d.]+)">([^<]*)<', boxes)]
    footer = min(y for y, word in words if word.startswith("来源"))
    body = max(y for y, _word in words if y < footer - 5)
    assert body > 0.85 * footer


def test_one_page_keeps_the_most_telling_chart(facts: FactBase) -> None:
    from gannan_gui.views.summary import one_page

    page = one_page(build_summary(facts))
    assert len(page.charts) == 1 and len(page.charts[0].bars) >= 2
    assert not page.show_quotes and len(page.rows) == 21


def test_writing_a_pdf_opens_no_network_connection(tmp_path: Path) -> None:
    """QPrinter asks CUPS for its printers over TCP even to write a file; a PDF is written
    with QPdfWriter, which does not."""
    import os
    import shutil
    import subprocess
    import sys

    if shutil.which("strace") is None:
        pytest.skip("strace not installed")
    trace = tmp_path / "connect.log"
    done = subprocess.run(["strace", "-f", "-qq", "-e", "trace=connect", "-o", str(trace),
                           sys.executable, "-m", "gannan_gui", "summary", "--pdf",
                           str(tmp_path / "s.pdf"), "--one-page"],
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                          capture_output=True, text=True, timeout=120, check=False)
    if "PTRACE" in done.stderr or "Operation not permitted" in done.stderr:
        pytest.skip("strace may not trace here")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    connects = [line for line in trace.read_text().splitlines() if "connect(" in line]
    assert connects == []


def test_printed_chinese_quotation_marks_take_the_chinese_face(qapp) -> None:
    """A Latin face comes first in print (for the PDF's text layer), and it drew “ ” in
    Chinese text half-width; now they are laid out in the Chinese face."""
    from gannan_gui.qt.fonts import chinese_family, print_font
    from gannan_gui.qt.painting.print_text import text_layout

    text = "“十四五”以来 gnrtv.cn 2025"
    layout, height = text_layout(text, print_font(10), 400)
    assert height > 0

    def family(at: int) -> str:
        return layout.glyphRuns(at, 1)[0].rawFont().familyName()

    assert family(0) == family(4) == chinese_family()  # “ and ”
    assert family(text.index("g")) != chinese_family()  # Latin text keeps the Latin face
