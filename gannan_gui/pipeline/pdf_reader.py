"""PDFs with a text layer, as official sites publish reports: the page's lines joined back
into paragraphs, running headers, footers and page numbers left out, two-column pages read
column by column, tables read cell by cell, and the spaces layout puts inside Chinese text or
between a number and its unit taken out (never a wrong value because of layout).

PDFium (pypdfium2) reads the text and where each character is; chosen over pdfminer.six on
measured results (README, "Importing reports"): the same text in content order, tables kept
row by row, two columns in order, and about ten times faster. No Qt.
"""

from __future__ import annotations

import itertools
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from gannan_gui.pipeline.article import ArticleError
from gannan_gui.pipeline.blocks import Blocks, Table, without_layout_spaces

#: A PDF longer than this is a book, not a report.
MAX_PAGES = 500
#: A page number as footers write it: 3, - 3 -, 第3页, 3/12, 第 3 页 共 12 页.
PAGE_NUMBER = re.compile(r"^[\s\-—–·]*(?:第\s*)?\d{1,4}\s*(?:页)?"
                         r"(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[\s\-—–·]*$")
#: A title a PDF's metadata may carry that is not the report's (the file it was printed from).
JUNK_TITLE = re.compile(r"(?i)^(microsoft word|wps|untitled|无标题)|\.(docx?|wps|pdf|txt)$")


#: Kangxi radicals and compatibility ideographs that some PDF writers put in the text layer
#: for the ideographs they draw (⼾ for 户, ⽢ for 甘): read as the ideograph the page shows.
SHOWN_AS = {code: unicodedata.normalize("NFKC", chr(code))
            for code in (*range(0x2F00, 0x2FD6), *range(0xF900, 0xFB00))
            if len(unicodedata.normalize("NFKC", chr(code))) == 1}


@dataclass(eq=False)
class Line:
    text: str
    left: float
    right: float
    top: float
    bottom: float
    cells: list[str] = field(default_factory=list)  # split at wide gaps: a table row
    column: str = "full"  # or 'left', 'right': in which of two columns it sits

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1.0)


def read_pdf(raw: bytes, path: Path) -> Blocks:
    """The report a PDF holds, or one line saying why it cannot be read."""
    import pypdfium2 as pdfium  # loaded only for PDFs

    try:
        pdf = pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ArticleError(f"{path}：这个 PDF 设有密码，无法读取；请先去掉密码再导入") from None
        raise ArticleError(f"{path}：PDF 已损坏，无法打开") from None
    try:
        if len(pdf) > MAX_PAGES:
            raise ArticleError(f"{path}：PDF 有 {len(pdf)} 页，超过报道可能的 {MAX_PAGES} 页")
        pages = [_page_lines(pdf[number]) for number in range(len(pdf))]
        metadata = pdf.get_metadata_dict(skip_empty=True)
    finally:
        pdf.close()
    if sum(len(line.text) for page in pages for line in page) < 20:
        raise ArticleError(f"{path}：这个 PDF 没有文字层（可能是扫描件），程序无法读取其中的文字；"
                           "请找到原文的 Word 或网页版本")
    _read_look_alikes(pages)
    pages = _without_running_lines(pages)
    blocks = Blocks()
    title = " ".join(str(metadata.get("Title", "")).split())
    if title and not JUNK_TITLE.search(title):
        blocks.title = title
    created = re.match(r"D:(\d{4})(\d{2})(\d{2})", str(metadata.get("CreationDate", "")))
    if created:
        blocks.published = "-".join(created.groups())
    _paragraphs(pages, blocks)
    return blocks


def _read_look_alikes(pages: list[list[Line]]) -> None:
    """Look-alike radicals read as the ideographs the page shows: in a report written in
    simplified characters, the simplified form (⼾ is 戶 by Unicode, but the page shows 户)."""
    from gannan_gui.pipeline.sources import to_simplified

    text = "".join(line.text for page in pages for line in page)
    if not any(ord(c) in SHOWN_AS for c in text):
        return
    han = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    traditional = sum(c != s for c, s in zip(han, to_simplified("".join(han)), strict=True))
    table = SHOWN_AS
    if han and traditional <= 0.02 * len(han):
        table = {code: to_simplified(ideograph) for code, ideograph in SHOWN_AS.items()}
    for page in pages:
        for line in page:
            line.text = line.text.translate(table)
            line.cells = [cell.translate(table) for cell in line.cells]


def _page_lines(page) -> list[Line]:
    """A page's lines in reading order, each with its box and, where it has wide gaps, its
    cells."""
    text_page = page.get_textpage()
    try:
        count = text_page.count_chars()
        text = text_page.get_text_range(0, count) if count else ""
        boxes = [text_page.get_charbox(i) for i in range(count)] if len(text) == count else []
    finally:
        text_page.close()
        page.close()
    lines: list[Line] = []
    start = 0
    for end in [*(m.start() for m in re.finditer(r"\r\n|\n|\r", text)), len(text)]:
        if boxes and end > start:
            lines += _line(text, boxes, start, end)
        elif end > start and text[start:end].strip():
            lines.append(Line(text[start:end], 0, 0, 0, 0))
        start = end + (2 if text[end:end + 2] == "\r\n" else 1)
    return _reading_order([line for line in lines if line.text.strip()])


def _line(text: str, boxes: list, start: int, end: int) -> list[Line]:
    """One line of the page, its characters in the order they sit (a writer may draw the
    quotation marks of a line after its words: content order would put “ ” at its end),
    a space where a gap is as wide as one, cells where a gap is as wide as a table's."""
    inked = sorted((i for i in range(start, end) if not text[i].isspace()),
                   key=lambda i: boxes[i][0])
    if not inked:
        return []
    widths = [boxes[i][2] - boxes[i][0] for i in inked if "\u4e00" <= text[i] <= "\u9fff"]
    char_width = statistics.median(widths) if widths else 6.0
    cells, cell = [], [text[inked[0]]]
    for before, after in itertools.pairwise(inked):
        gap = boxes[after][0] - boxes[before][2]
        if gap > 1.6 * char_width:  # a table's column gap
            cells.append("".join(cell).strip())
            cell = []
        elif gap > 0.25 * char_width and text[before].isalpha() and text[after].isalpha() \
                and text[before].isascii() and text[after].isascii():
            cell.append(" ")  # between two Latin words; never inside a number
        cell.append(text[after])
    cells.append("".join(cell).strip())
    line = Line(" ".join(cells), min(boxes[i][0] for i in inked),
                max(boxes[i][2] for i in inked), max(boxes[i][3] for i in inked),
                min(boxes[i][1] for i in inked))
    if len(cells) > 1:
        line.cells = cells
    return [line]


def _reading_order(lines: list[Line]) -> list[Line]:
    """Two columns read left column first: where lines sit in two columns side by side, the
    left one's lines come before the right one's; full-width lines stay where they are."""
    if len(lines) < 6 or not any(line.right for line in lines):
        return lines
    left_edge = min(line.left for line in lines)
    right_edge = max(line.right for line in lines)
    middle = (left_edge + right_edge) / 2

    def side(line: Line) -> str:
        if line.right < middle:
            return "left"
        return "right" if line.left > middle else "full"

    if sum(side(line) == "left" for line in lines) < 3 or \
            sum(side(line) == "right" for line in lines) < 3:
        return lines
    for line in lines:
        line.column = side(line)
    ordered: list = []
    band: list = []
    for line in sorted(lines, key=lambda ln: -ln.top):
        if side(line) == "full":
            ordered += [ln for ln in band if side(ln) == "left"] + \
                [ln for ln in band if side(ln) == "right"]
            band = []
            ordered.append(line)
        else:
            band.append(line)
    return ordered + [ln for ln in band if side(ln) == "left"] + \
        [ln for ln in band if side(ln) == "right"]


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split()))


#: A running header or footer is a short line: a body line is never taken for one.
RUNNING_LINE_CHARS = 40


def _page_edges(page: list[Line]) -> list[Line]:
    """The lines a running header or footer may be: the first and last of the page, and the
    second and second-last when short (a header over a rule, a page number under a footer)."""
    if len(page) < 3:
        return []
    high = sorted(page, key=lambda line: -line.top)  # by where they sit, not reading order
    height = statistics.median(line.height for line in page)

    def apart(line: Line, inner: Line) -> bool:  # set off from the body by a clear gap
        return not line.right or (abs(line.bottom - inner.top) > height and \
            abs(inner.bottom - line.top) > height)

    edges = [line for line, inner in ((high[0], high[1]), (high[-1], high[-2]))
             if apart(line, inner)]
    edges += [line for line, inner in ((high[1], high[2]), (high[-2], high[-3]))
              if len(line.text) <= RUNNING_LINE_CHARS and apart(line, inner)]
    return list(dict.fromkeys(edges))


def _without_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Running headers and footers (the same short words at the top or the foot of most
    pages, page numbers aside) and page numbers left out."""
    edges: Counter[str] = Counter()
    for page in pages:
        for line in _page_edges(page):
            if len(line.text) <= RUNNING_LINE_CHARS:
                edges[_shape(line.text)] += 1
    running = {shape for shape, seen in edges.items()
               if len(pages) >= 2 and seen >= max(2, len(pages) // 2)}
    kept = []
    for page in pages:
        ends = set(_page_edges(page))
        kept.append([line for line in page if not (
            line in ends and (_shape(line.text) in running or PAGE_NUMBER.match(line.text)))])
    return kept


def _paragraphs(pages: list[list[Line]], blocks: Blocks) -> None:
    """Lines joined into paragraphs: a paragraph ends at a line that stops short of its
    column's right edge, before a line set in (a first-line indent) or after a wider gap;
    runs of rows with cells are tables."""
    paragraph: list[str] = []
    rows: list[list[str]] = []
    last: Line | None = None  # the last line of the page before

    def flush() -> None:
        if paragraph:
            blocks.paragraph(_joined(paragraph))
            paragraph.clear()
        if rows:
            if len(rows) >= 2:
                blocks.table(Table([list(r) for r in rows]))
            else:
                blocks.paragraph(without_layout_spaces(" ".join(rows[0])))
            rows.clear()

    for page in pages:
        measured = [ln for ln in page if ln.right]
        heights = [ln.height for ln in measured]
        height = statistics.median(heights) if heights else 10.0
        for number, line in enumerate(page):
            if line.cells and len(line.cells) >= 2 and not paragraph:
                rows.append(line.cells)
                continue
            if rows:
                flush()
            if paragraph and line.right and _starts_paragraph(page, number, height):
                flush()
            elif paragraph and number == 0 and last is not None and \
                    last.text.endswith(SENTENCE_END):
                flush()  # a new page after a sentence's end: as at the top of a column
            paragraph.append(line.text)
            if line.right and _ends_short(page, line, height):
                flush()
        last = page[-1] if page else last
    flush()


def _column_edges(page: list[Line], line: Line, height: float) -> tuple[float, float]:
    """The left and right edges of the lines that start where this one's column starts."""
    same = [ln for ln in page if ln.right and ln.column == line.column
            and abs(ln.left - line.left) < 4 * height and not ln.cells]
    rights = sorted(ln.right for ln in same) or [line.right]
    return min(ln.left for ln in same) if same else line.left, rights[int(len(rights) * 0.9)]


#: What a paragraph's last line ends with; and a sentence's end.
PARAGRAPH_END = tuple("。！？；：”’）)!?;:")
SENTENCE_END = tuple("。！？!?")


def _ends_short(page: list[Line], line: Line, height: float) -> bool:
    """A paragraph's last line: short of its column's edge, and ending as a sentence does;
    or far short (a heading). A line a character or two short that does not end a sentence
    was wrapped early (a number kept whole, a unit put on the next line)."""
    _, right = _column_edges(page, line, height)
    short = right - line.right
    size = max(height, line.height)  # a heading set large wraps on a large scale
    return short > 4 * size or (short > 1.5 * size and line.text.endswith(PARAGRAPH_END))


def _starts_paragraph(page: list[Line], number: int, height: float) -> bool:
    line = page[number]
    before = page[number - 1] if number else None
    if before is not None and before.right and min(line.height, before.height) > 1.3 * height \
            and before.bottom - line.top < 0.8 * line.height:
        return False  # the next line of a heading set large (and centred): one title
    left, _ = _column_edges(page, line, height)
    if line.left > left + 1.2 * height:  # set in: a first-line indent
        return True
    gap = before.bottom - line.top if before is not None and before.right else 0
    if gap > 1.1 * height:  # a wider gap than between the lines of a paragraph
        return True
    # the top of the next column, after a sentence's end: a paragraph that filled its last
    # line (split rather than merged when in doubt: a shorter quote, never a wrong figure)
    return before is not None and line.top > before.top and before.text.endswith(SENTENCE_END)


def _joined(lines: list[str]) -> str:
    text = ""
    for written in lines:
        line = written.strip()
        if text and re.match(r"[A-Za-z]", line) and re.search(r"[A-Za-z]$", text):
            text += " "  # two Latin words on two lines; a number is never split by a space
        text += line
    return without_layout_spaces(text)


