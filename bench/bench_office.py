"""Benchmark: importing reports as offices send them, against the same report as plain text,
in the same run; and the two PDF text libraries compared on the same PDFs.

A made-up report (the sentences real ones carry, figures that vary, a table, a two-column
section, a running header and a footer) is written as .docx with python-docx, turned into PDF
by LibreOffice (headless), and as .txt. Each is imported (read and proposed, as `gannan-gui
import` does before it writes) N times; medians. Goal: a 20-page PDF or a 50-page .docx in
under 2 s. Then PDFium (the app's reader) and pdfminer.six (when installed) on the same PDFs:
the share of the report's figures found with the right value, whether the two columns come out
in reading order, and the time.

    python bench/bench_office.py [--pages 20] [--runs 5]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def write_report(folder: Path, paragraphs: int) -> tuple[Path, Path, list[str]]:
    """The report as .docx and .txt, and its figures as written."""
    import docx
    from docx.enum.section import WD_SECTION
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rng = random.Random(7)
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "甘南州东西部协作简报"
    document.sections[0].footer.paragraphs[0].text = "甘南州乡村振兴局"
    lines = ["天津市与甘南州东西部协作工作综述", "发布时间：2024年12月28日"]
    document.add_heading(lines[0], 0)
    document.add_paragraph(lines[1])
    figures = []
    for number in range(paragraphs):
        money, projects = round(rng.uniform(1, 20), 2), rng.randint(50, 999)
        jobs = round(rng.uniform(0.5, 4), 1)
        text = (f"第{number + 1}项工作：今年以来，天津市投入财政援助资金{money}亿元，实施帮扶项目"
                f"{projects}个，帮助农村劳动力转移就业{jobs}万人，组织开展技能培训和招聘活动，"
                "推动产业协作和消费帮扶持续深化，群众获得感不断增强。")
        document.add_paragraph(text)
        lines.append(text)
        figures += [f"{money}亿元", f"{projects}个", f"{jobs}万人"]
    two = document.add_section(WD_SECTION.CONTINUOUS)
    columns = OxmlElement("w:cols")
    columns.set(qn("w:num"), "2")
    two._sectPr.append(columns)
    for number in range(8):
        firms = rng.randint(10, 99)
        text = (f"两栏第{number + 1}段：引进企业{firms}家，到位投资{firms / 10:.1f}亿元，带动群众"
                "增收致富，合作共赢的局面进一步巩固，协作成效持续显现。")
        document.add_paragraph(text)
        lines.append(text)
        figures += [f"{firms}家", f"{firms / 10:.1f}亿元"]
    document.save(folder / "report.docx")
    (folder / "report.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder / "report.docx", folder / "report.txt", figures


def timed(path: Path, runs: int) -> tuple[float, list[str]]:
    from gannan_gui.pipeline.importer import prepare

    times, found = [], []
    for _ in range(runs):
        started = time.perf_counter()
        _, records = prepare(path)
        times.append(time.perf_counter() - started)
        found = [f["written"] or f["value"] + f["unit"] for f in records.facts]
    return statistics.median(times), found


def pdfminer_result(pdf: Path, figures: list[str], wanted: set[str]) -> str:
    try:
        from pdfminer.high_level import extract_text
    except ImportError:
        return "pdfminer.six not installed"
    from gannan_gui.pipeline.blocks import without_layout_spaces
    from gannan_gui.pipeline.extract import scan_figures
    from gannan_gui.pipeline.sources import to_simplified

    started = time.perf_counter()
    raw = extract_text(str(pdf))
    took = time.perf_counter() - started
    text = without_layout_spaces(raw.replace("\n\n", "\0").replace("\n", "").replace("\0", "\n"))
    simplified = to_simplified(text)
    found = [f.value + f.unit for f in scan_figures(simplified, 0, len(simplified))[0]]
    joined = text.replace("\n", "")
    intact = sum(paragraph in joined for paragraph in wanted)
    return (f"pdfminer.six (its layout analysis, lines joined the same way): {took:.2f} s, "
            f"{share(figures, found)} of the figures, {intact} of {len(wanted)} paragraphs "
            "intact")


def share(expected: list[str], found: list[str]) -> str:
    return f"{sum(e in found for e in expected) / len(expected):.0%}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    office = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        word, text, figures = write_report(folder, args.pages * 11)
        if office is None:
            sys.exit("LibreOffice is needed to make the PDF (apt-get install libreoffice-writer)")
        subprocess.run([office, f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                        "--headless", "--convert-to", "pdf", "--outdir", tmp, str(word)],
                       capture_output=True, timeout=300, check=True)
        pdf = folder / "report.pdf"
        pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                               check=False).stdout
        count = next((line.split()[-1] for line in pages.splitlines()
                      if line.startswith("Pages")), "?")
        baseline, plain = timed(text, args.runs)
        print(f"report of {len(figures)} figures; PDF of {count} pages; medians of {args.runs}")
        print(f"  .txt (baseline)  {baseline:6.3f} s  {share(figures, plain)} of the figures")
        for path in (word, pdf):
            took, found = timed(path, args.runs)
            print(f"  {path.suffix:16} {took:6.3f} s  {share(figures, found)} of the figures  "
                  f"ratio {took / baseline:.2f}" + ("   over 2 s" if took > 2 else ""))
        from gannan_gui.pipeline.sources import read_report

        wanted = {read_report(word).text[a:b] for a, b in read_report(word).paragraphs}
        read = read_report(pdf)
        rejoined = {read.text[a:b] for a, b in read.paragraphs}
        print(f"  the PDF's paragraphs as the .docx has them: {len(wanted & rejoined)} of "
              f"{len(wanted)}")
        print("  " + pdfminer_result(pdf, figures, wanted))


if __name__ == "__main__":
    main()
