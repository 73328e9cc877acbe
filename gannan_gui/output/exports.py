"""Export a scope's content to a file a colleague opens in Excel, WPS, Word or PowerPoint.

The format follows the file's extension unless one is named. Every file is written to a
temporary name beside the target and renamed (see common.files): a failure leaves no half
file and never harms the one it replaces. The office libraries load only when exporting.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from gannan_gui.common.errors import os_reason
from gannan_gui.common.files import OutputError, atomic_output
from gannan_gui.views.tables import ExportContent

FORMATS = {"xlsx": "Excel 工作簿", "csv": "CSV 表格", "docx": "Word 文档",
           "pptx": "PowerPoint 演示文稿"}
ASPECTS = ("16:9", "4:3")


def format_of(path: Path, named: str | None = None) -> str:
    """The export format: the one named, else the file's extension."""
    fmt = (named or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise OutputError(f"{path}：无法识别导出格式“{fmt or '无扩展名'}”，"
                          f"请使用 {'、'.join('.' + f for f in FORMATS)}")
    return fmt


def save_through_memory(save, path: Path) -> None:
    """Have a library save its zip into memory, then write the bytes at once: a library
    saving to a file on a full disk leaves its zip half closed, and Python then prints
    'Exception ignored in ZipFile.__del__' long after the error was reported."""
    from io import BytesIO

    buffer = BytesIO()
    save(buffer)
    path.write_bytes(buffer.getvalue())


def needs_chart_images(fmt: str) -> bool:
    """Word carries the charts as pictures, which only the Qt layer can draw."""
    return fmt == "docx"


def export_file(content: ExportContent, path: Path, fmt: str,
                chart_pngs: Sequence[bytes] = (), aspect: str = "16:9",
                inputs: Sequence[Path] = ()) -> None:
    """Write `content` as `fmt` at `path`, all or nothing; OutputError says what failed."""
    from gannan_gui.output.xml_text import xml_safe

    content = xml_safe(content)  # no control character reaches a file (nor breaks its XML)
    try:
        with atomic_output(path, inputs) as tmp:
            if fmt == "csv":
                from gannan_gui.output.csv_table import write_csv

                write_csv(content, tmp)
            elif fmt == "xlsx":
                from gannan_gui.output.spreadsheet import write_xlsx

                write_xlsx(content, tmp)
            elif fmt == "docx":
                from gannan_gui.output.document import write_docx

                write_docx(content, tmp, chart_pngs)
            else:
                from gannan_gui.output.deck import write_pptx

                write_pptx(content, tmp, aspect)
    except OutputError:
        raise
    except (OSError, ValueError) as exc:  # a full disk inside a library's own writer
        raise OutputError(f"{path}：无法写入（{os_reason(exc)}）") from None
