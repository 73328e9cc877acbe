"""Where a painted summary goes: a printer as the preview set it up, or a PDF file written
all or nothing, with QPdfWriter (no print system asked), its text layer mapped back to the
summary's characters and its author and subject said (:mod:`gannan_gui.output.pdf_text`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from gannan_gui import APP_NAME
from gannan_gui.common.files import OutputError, atomic_output
from gannan_gui.output.pdf_text import fix_pdf_text_layer
from gannan_gui.qt.fonts import look_alikes
from gannan_gui.qt.painting.summary_painter import (
    CHARTS_HEADING,
    FIGURES_HEADING,
    LEFT_OUT,
    MARGINS_MM,
    NO_FIGURES,
    PAGE_NUMBER,
    QUOTES_HEADING,
    SCOPE_PREFIX,
    PagedDevice,
    fitted_painter,
)
from gannan_gui.views.summary import Summary

PAPER_SIZES = {
    "A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3,
    "A5": QPageSize.PageSizeId.A5, "Letter": QPageSize.PageSizeId.Letter,
    "Legal": QPageSize.PageSizeId.Legal,
}
PDF_DPI = 1200  # as QPrinter's HighResolution writes PDFs


def make_pdf_writer(path: Path, paper: str = "A4", landscape: bool = False,
                    title: str = "") -> QPdfWriter:
    """A PDF file to paint on. QPdfWriter, not QPrinter: a QPrinter asks the print system
    (CUPS, over TCP) for its printers even when it only writes a file."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setCreator(APP_NAME)
    writer.setTitle(title or APP_NAME)
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_1_6)
    orientation = (QPageLayout.Orientation.Landscape if landscape
                   else QPageLayout.Orientation.Portrait)
    writer.setPageLayout(QPageLayout(QPageSize(PAPER_SIZES[paper]), orientation, MARGINS_MM,
                                     QPageLayout.Unit.Millimeter))
    return writer


def _paint_pdf(summary: Summary, device_at: Callable[[Path], PagedDevice], target: Path,
               inputs: tuple[Path, ...] = ()) -> int:
    """Paint into a temporary PDF beside `target`, repair its text layer into another, and
    rename that over `target`: the user's file is never half written."""
    with atomic_output(target, inputs) as final:
        raw = final.with_name(final.name + ".qt.pdf")
        try:
            device = device_at(raw)
            pages = fitted_painter(summary, device).paint()
            del device  # a QPdfWriter finishes its file when it goes
            if not raw.exists() or raw.stat().st_size == 0:
                raise OutputError(f"{target}：没有写入任何内容（磁盘是否已满？）")
            repair_text_layer(summary, raw, final)
        finally:
            raw.unlink(missing_ok=True)
    return pages


def print_summary(summary: Summary, printer: QPrinter) -> int:
    """Paint on a printer as it is set up (the preview's printer or a PDF file)."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        target = Path(printer.outputFileName())

        def same_printer(raw: Path) -> QPrinter:
            printer.setOutputFileName(str(raw))
            return printer

        try:
            return _paint_pdf(summary, same_printer, target)
        finally:
            printer.setOutputFileName(str(target))
    return fitted_painter(summary, printer).paint()


def summary_text(summary: Summary) -> str:
    """Every character the summary prints, for finding the font's look-alikes."""
    parts = [summary.title, summary.meta_line, summary.scope, summary.footer,
             summary.footer_detail,
             *(c for name in summary.headers for c in name)]
    for row in summary.rows:
        parts += [row.label, row.figure, row.when, row.category, row.quote]
    for group in summary.charts:
        parts += [group.title, *(b.label + b.text for b in group.bars)]
    parts += [SCOPE_PREFIX, FIGURES_HEADING, NO_FIGURES, CHARTS_HEADING, QUOTES_HEADING,
              PAGE_NUMBER, LEFT_OUT]
    return "".join(parts)


def repair_text_layer(summary: Summary, source: Path, target: Path) -> None:
    """Write `source` to `target` with the text layer mapped back to the summary's characters."""
    subject = f"{summary.scope} · 数据摘要" + ("（一页）" if summary.one_page else "")
    fix_pdf_text_layer(source, target, look_alikes(summary_text(summary)),
                       {"Author": summary.author, "Subject": subject})


def write_summary_pdf(summary: Summary, target: Path, paper: str = "A4",
                      landscape: bool = False, inputs: tuple[Path, ...] = ()) -> int:
    """Write the summary as a PDF at `target`, all or nothing; returns the page count.
    `inputs` are files the target must not be (the database it was read from)."""
    return _paint_pdf(summary, lambda raw: make_pdf_writer(raw, paper, landscape, summary.title),
                      target, inputs)
