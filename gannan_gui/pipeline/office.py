"""Reports as offices send them: Word (.docx, and WPS saving as .docx), spreadsheets (.xlsx,
.csv), and the older formats (.doc, .wps, .rtf, .odt, .xls, .et) through LibreOffice when it
is installed.

Each reader gives `Blocks` (see `gannan_gui.pipeline.blocks`): paragraphs in reading order,
headings, tables cell by cell. Nothing is ever fetched: a document's external images,
templates and links are not followed. A zip that would unpack to far more than a report holds
(a renamed zip bomb) is refused before it is opened. No Qt.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from gannan_gui.pipeline.article import ArticleError
from gannan_gui.pipeline.blocks import Blocks, Table

#: An office file unpacks to at most this much; a report's .docx is a few MB at most.
MAX_UNPACKED_BYTES = 200_000_000
MAX_ZIP_MEMBERS = 20_000
#: How long LibreOffice may take to convert one file before it is stopped.
CONVERT_TIMEOUT_S = 60
OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SKIPPED_PARENTS = {f"{W}del", f"{W}moveFrom",
                   "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}


def check_zip(raw: bytes, path: Path, kind: str) -> zipfile.ZipFile:
    """The file as a zip that is safe to open, or one line saying why not."""
    if raw.startswith(OLE_HEADER):
        raise ArticleError(f"{path}：这个{kind}文件设有密码保护（或是改了扩展名的旧格式文件）；"
                           "请去掉密码，或另存为新格式后再导入")
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ArticleError(f"{path}：{kind}文件已损坏，无法打开") from None
    unpacked = sum(m.file_size for m in members)
    if len(members) > MAX_ZIP_MEMBERS or unpacked > MAX_UNPACKED_BYTES:
        raise ArticleError(f"{path}：这个{kind}文件解压后有 {unpacked / 1e6:,.0f} MB，"
                           "不像一篇报道（可能是压缩炸弹），未导入")
    return archive


# --- Word -------------------------------------------------------------------------------------
def read_docx(raw: bytes, path: Path) -> Blocks:
    """A Word document's body: headings, paragraphs and tables in reading order (headers,
    footers, comments, footnotes and tracked deletions left out; tracked insertions kept)."""
    import docx  # python-docx, loaded only for Word files
    from docx.table import Table as WordTable

    check_zip(raw, path, " Word ")
    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception:  # python-docx raises many kinds for a damaged package
        raise ArticleError(f"{path}：Word 文件已损坏，或不是 .docx 格式") from None
    properties = document.core_properties
    blocks = Blocks(title=(properties.title or "").strip(), author=properties.author or "")
    if properties.created is not None:
        blocks.published = properties.created.date().isoformat()
    caption = ""
    for element in document.element.body.iterchildren():
        if element.tag == f"{W}p":
            text = _paragraph_text(element)
            if _is_heading(element):
                blocks.heading(text)
            else:
                blocks.paragraph(text)
            caption = text or caption
        elif element.tag == f"{W}tbl":
            table = WordTable(element, document)
            rows = [[_cell_text(cell) for cell in row.cells] for row in table.rows]
            blocks.table(Table(rows, caption))
            caption = ""
    return blocks


def _paragraph_text(paragraph) -> str:
    """The text a reader sees: runs, hyperlinks and tracked insertions; not deleted or moved
    text, nor the fallback copy of a text box."""
    parts = []
    for node in paragraph.iter(f"{W}t", f"{W}tab", f"{W}br"):
        if any(a.tag in SKIPPED_PARENTS for a in node.iterancestors()):
            continue
        parts.append(node.text or "" if node.tag == f"{W}t" else " ")
    return "".join(parts)


def _cell_text(cell) -> str:
    return " ".join(_paragraph_text(p) for p in cell._tc.iter(f"{W}p")).strip()


def _is_heading(paragraph) -> bool:
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    name = (style.get(f"{W}val") or "") if style is not None else ""
    outline = paragraph.find(f"{W}pPr/{W}outlineLvl")
    return name.lower().startswith(("heading", "title")) or name.startswith("标题") \
        or outline is not None


# --- spreadsheets -------------------------------------------------------------------------------
def read_xlsx(raw: bytes, path: Path) -> Blocks:
    """Every sheet as a table (merged cells repeated into every place they cover), the sheet
    names as headings; a percent format read as a percent."""
    import openpyxl  # loaded only for spreadsheets

    check_zip(raw, path, " Excel ")
    try:
        # the sheets' sizes first, as their dimensions say them (read-only: nothing else is
        # loaded), so a workbook of millions of cells is refused before it fills memory
        sized = openpyxl.load_workbook(io.BytesIO(raw), read_only=True)
        _check_cells(path, sized.worksheets)
        sized.close()
        book = openpyxl.load_workbook(io.BytesIO(raw), data_only=True, read_only=False)
    except ArticleError:
        raise
    except Exception:  # openpyxl raises many kinds for a damaged workbook
        raise ArticleError(f"{path}：Excel 文件已损坏，或不是 .xlsx 格式") from None
    blocks = Blocks(title=(book.properties.title or "").strip())
    if book.properties.created is not None:
        blocks.published = book.properties.created.date().isoformat()
    _check_cells(path, book.worksheets)  # again as loaded: a dimension may understate
    for sheet in book.worksheets:
        rows = [[_sheet_cell(cell) for cell in row] for row in sheet.iter_rows()]
        for merged in sheet.merged_cells.ranges:
            value = rows[merged.min_row - 1][merged.min_col - 1]
            for r in range(merged.min_row - 1, merged.max_row):
                for c in range(merged.min_col - 1, merged.max_col):
                    rows[r][c] = value
        title_rows = _title_rows(rows)
        for line in title_rows:
            blocks.paragraph(line)
        if len(book.worksheets) > 1:
            blocks.heading(sheet.title)
        body = rows[len(title_rows):]
        if body:
            blocks.table(Table(body, title_rows[-1] if title_rows else ""))
    book.close()
    return blocks


#: More cells than a report's tables hold.
MAX_SHEET_CELLS = 1_000_000


def _check_cells(path: Path, sheets) -> None:
    cells = sum((sheet.max_row or 0) * (sheet.max_column or 0) for sheet in sheets)
    if cells > MAX_SHEET_CELLS:
        raise ArticleError(f"{path}：表格超过 100 万个单元格，不像一篇报道；请只导入需要的部分")


def _title_rows(rows: list[list[str]]) -> list[str]:
    """The lines above a sheet's table (its title, 单位：万元): rows with one cell filled."""
    lines = []
    for row in rows:
        filled = [c for c in row if c]
        if len(set(filled)) != 1:
            break
        lines.append(filled[0])
    return lines


def _sheet_cell(cell) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (int, float)):
        if "%" in (cell.number_format or ""):
            return f"{_plain_number(value * 100)}%"
        return _plain_number(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    return str(value)


def _plain_number(value: float) -> str:
    """A number as people write it: 1493000000, 3.2, 12.5 (never 3.2000000000000002)."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.10g}"


def read_csv(raw: bytes, path: Path) -> Blocks:
    """A CSV table in any encoding the text reader knows, comma, tab or semicolon separated."""
    from gannan_gui.pipeline.sources import decode_text

    text, _ = decode_text(raw, path)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;，")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    blocks = Blocks()
    title_rows = _title_rows(rows)
    for line in title_rows:
        blocks.paragraph(line)
    if len(title_rows) < len(rows):
        blocks.table(Table(rows[len(title_rows):], title_rows[-1] if title_rows else ""))
    return blocks


# --- older formats, through LibreOffice -----------------------------------------------------------
def office_program() -> str | None:
    """LibreOffice's program on the PATH (or where Windows and macOS install it)."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in (r"C:\Program Files\LibreOffice\program\soffice.exe",
                      "/Applications/LibreOffice.app/Contents/MacOS/soffice"):
        if os.path.exists(candidate):
            return candidate
    return None


def convert_with_office(raw: bytes, path: Path, target: str,
                        timeout: float | None = None) -> bytes:
    """The file converted by LibreOffice (headless, in a profile of its own, stopped after
    CONVERT_TIMEOUT_S) to `target` ('docx' or 'xlsx'); one line when it cannot be."""
    timeout = timeout or CONVERT_TIMEOUT_S
    program = office_program()
    if program is None:
        raise ArticleError(f"{path}：读取 {path.suffix} 文件需要安装 LibreOffice（或用 Word、"
                           f"WPS 另存为 .{target} 后再导入）")
    with tempfile.TemporaryDirectory(prefix="gannan-convert-") as work:
        folder = Path(work)
        source = folder / f"report{path.suffix.lower()}"
        source.write_bytes(raw)
        command = [program, f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                   "--headless", "--norestore", "--nologo", "--convert-to", target,
                   "--outdir", str(folder / "out"), str(source)]
        try:
            # a session of its own: a timeout stops LibreOffice and every process it started
            office = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                                      start_new_session=True,
                                      env={**os.environ, "SAL_USE_VCLPLUGIN": "svp"})
        except OSError as exc:
            raise ArticleError(f"{path}：无法运行 LibreOffice（{exc.strerror}）") from None
        try:
            office.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            _stop_group(office)
            raise ArticleError(f"{path}：LibreOffice 在 {timeout:g} 秒内没有转换完，已停止；"
                               "请用 Word 或 WPS 另存为 .docx 后再导入") from None
        converted = folder / "out" / f"report.{target}"
        if not converted.is_file():
            raise ArticleError(f"{path}：LibreOffice 无法转换这个文件（可能已损坏或设有密码）")
        return converted.read_bytes()


def _stop_group(process: subprocess.Popen) -> None:
    import signal

    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (OSError, AttributeError):  # gone already; or Windows, which has no groups
        process.kill()
    process.wait()
