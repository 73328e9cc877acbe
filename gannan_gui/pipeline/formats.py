"""Every kind of file a report can be imported from, declared once: the command line, the
folder import, the window's file dialog and drop target, the README's table and the tests
all read this list. No Qt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gannan_gui.pipeline.blocks import Blocks


@dataclass(frozen=True)
class ImportFormat:
    """One kind of report file."""

    name: str  # in the user's words
    suffixes: tuple[str, ...]
    keeps: str  # what an import keeps of it (README)
    needs: str = ""  # what must be installed besides the app
    reader: str = ""  # 'module:function' giving Blocks from (bytes, path); '' for text
    media_type: str = "application/octet-stream"  # the original file's, when it is kept

    def read(self, raw: bytes, path: Path) -> Blocks:
        import importlib

        module, _, function = self.reader.partition(":")
        reader: Callable[[bytes, Path], Blocks] = getattr(
            importlib.import_module(f"gannan_gui.pipeline.{module}"), function)
        return reader(raw, path)


IMPORT_FORMATS = (
    ImportFormat("文本", (".txt", ".text"),
                 "the text as written, in UTF-8, GB18030/GBK or Big5; title from the first line"),
    ImportFormat("网页", (".html", ".htm", ".xhtml", ".shtml"),
                 "the article's text, title, date and site, without menus and lists of links"),
    ImportFormat("Word 文档", (".docx",),
                 "paragraphs in reading order, headings, tables cell by cell; not headers, "
                 "footers, comments or tracked deletions", reader="office:read_docx",
                 media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ImportFormat("PDF", (".pdf",),
                 "the text layer: paragraphs rejoined, columns in order, tables cell by cell; "
                 "not running headers, footers or page numbers", reader="pdf_reader:read_pdf",
                 media_type="application/pdf"),
    ImportFormat("Excel 表格", (".xlsx",),
                 "every sheet as a table, each number a figure labelled by its headers",
                 reader="office:read_xlsx",
                 media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ImportFormat("CSV 表格", (".csv",),
                 "the table, each number a figure labelled by its headers",
                 reader="office:read_csv", media_type="text/csv"),
    ImportFormat("旧版 Word、WPS、RTF、ODT 文档", (".doc", ".wps", ".rtf", ".odt"),
                 "as a Word document, once LibreOffice has converted it", needs="LibreOffice",
                 reader="convert:read_as_docx"),
    ImportFormat("旧版 Excel、WPS 表格、ODS", (".xls", ".et", ".ods"),
                 "as an Excel workbook, once LibreOffice has converted it", needs="LibreOffice",
                 reader="convert:read_as_xlsx"),
)

#: What a report file may be called (a folder import reads these).
REPORT_SUFFIXES = tuple(s for f in IMPORT_FORMATS for s in f.suffixes)


def format_for(path: Path, raw: bytes = b"") -> ImportFormat | None:
    """The format of a file: by what it holds when that is plain (a PDF, a Word or Excel
    package, however it is named), else by its name; None for text of an unknown name."""
    by_name = {s: f for f in IMPORT_FORMATS for s in f.suffixes}
    if raw.startswith(b"%PDF-"):
        return by_name[".pdf"]
    if raw.startswith(b"PK\x03\x04"):
        head = raw[:4096] + raw[-65536:]  # member names sit in the local and central headers
        if b"word/" in head:
            return by_name[".docx"]
        if b"xl/" in head:
            return by_name[".xlsx"]
    return by_name.get(path.suffix.lower())


def file_filter() -> str:
    """The file dialog's filter: every supported report, then each kind, then any file."""
    every = " ".join(f"*{s}" for s in REPORT_SUFFIXES)
    kinds = ";;".join(f"{f.name} ({' '.join('*' + s for s in f.suffixes)})"
                      for f in IMPORT_FORMATS)
    return f"所有报道 ({every});;{kinds};;所有文件 (*)"


def format_names() -> str:
    """The supported formats in one line, for messages: '.txt、.html、.docx…'."""
    return "、".join(s for s in REPORT_SUFFIXES if s not in (".text", ".xhtml", ".shtml"))
