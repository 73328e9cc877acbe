"""What every reader of an office file gives: the report as a run of blocks (headings,
paragraphs, tables) and what the file says about itself, made into one `ReportText`.

A table's rows become paragraphs of their own, cells separated by ' | ', and each numeric
cell becomes a figure labelled from its row and column headers (`2024年 · 财政援助资金`),
its unit from its header (`（万元）`) or the words above the table (`单位：万元`), never
from the words before it. No Qt, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from gannan_gui.pipeline.article import ArticleError

CELL_SEPARATOR = " | "
#: A unit written in a header or a caption: （万元）, (亿元), 单位：万元, 万元/人 is not one.
HEADER_UNIT = re.compile(r"[（(]\s*(?:单位\s*[:：]\s*)?([^()（）\d\s]{1,6})\s*[)）]\s*$")
CAPTION_UNIT = re.compile(r"单位\s*[:：]\s*([^\s,，;；。)）]{1,6})")
#: A cell that is a number (with separators, a sign, a percent, or a unit after it).
NUMERIC_CELL = re.compile(r"^\s*[-−+]?\s*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*%?\s*\S{0,6}$")
#: A cell that is only a number, needing its unit from a header.
BARE_NUMBER = re.compile(r"^\s*[-−+]?\s*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*$")
#: A header that names a period: 2024年, 2021—2025年, 2024年1-6月.
YEAR_HEADER = re.compile(r"(?:19|20)\d{2}\s*年(?:\s*[-—–至]\s*(?:19|20)?\d{2}\s*年)?"
                         r"|(?:19|20)\d{2}\s*[-—–]\s*(?:19|20)\d{2}")
#: Han characters and the punctuation written with them.
CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
#: A space that layout put beside Chinese text (资金 13.76 亿元, a line break in HTML
#: source): never a word break in Chinese.
LAYOUT_SPACE = re.compile(rf"(?<=[{CJK}])[ \u00a0\t]+|[ \u00a0\t]+(?=[{CJK}])")
#: The reading some sites' converters write after a character or a word, in pinyin with
#: its tones (對(duì)口, 4.6萬(wàn)人次, 黄河(huánghé)): not the report's words, and it splits
#: them, so it is dropped.
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
PRONUNCIATION = re.compile(
    rf"(?<=[\u3400-\u4dbf\u4e00-\u9fff])[(（](?=[a-zü]*[{TONED}])[a-zü{TONED}]{{1,14}}[)）]")


def without_layout_spaces(text: str) -> str:
    return LAYOUT_SPACE.sub("", text)


#: The same converters write a comma before every mark that follows a clause (2月4日，，由;
#: 设备，、进行; 投用，。): a comma never comes before another mark in Chinese, so it is dropped.
STRAY_COMMA = re.compile(r"[,，](?=[,，、。；;：！？])")


#: A reading in the neutral tone, which has no tone mark: 的(de). Dropped only where the
#: text carries toned readings too, so a bracketed word of Latin letters elsewhere stays.
TONELESS = re.compile(r"(?<=[\u3400-\u4dbf\u4e00-\u9fff])[(（][a-zü]{1,6}[)）]")
#: How many toned readings show that a converter wrote them.
READINGS_SHOWN = 3


#: A gap a yearbook's or a PDF's text puts between a number and the Han character after it
#: (4.25 億元, 500 多個, 2021 年10 月): never a word break in Chinese, and it parts a figure
#: from its unit. A number that ends a date or a clock (2021-05-16 来源, 09:22 来源) keeps
#: the gap its line needs.
NUMBER_GAP = re.compile(
    r"(?<![\d.:/\-—])(\d+(?:\.\d+)?)[ \u00a0]+(?=[\u3400-\u4dbf\u4e00-\u9fff])")


def without_converter_marks(text: str) -> str:
    """The text as the report wrote it, without the readings, commas and gaps a converter
    added."""
    text, readings = PRONUNCIATION.subn("", text)
    if readings >= READINGS_SHOWN:
        text = TONELESS.sub("", text)
    return NUMBER_GAP.sub(r"\1", STRAY_COMMA.sub("", text))


#: What a table may hold: more is a database dump, not a report (and would take minutes).
MAX_CELLS = 200_000


@dataclass
class Table:
    """A table as read, merged cells repeated into every place they cover."""

    rows: list[list[str]]
    caption: str = ""  # the paragraph just above it, where 单位：万元 is often written


@dataclass
class Blocks:
    """A report as an office file holds it."""

    title: str = ""
    published: str = ""
    site: str = ""
    author: str = ""
    items: list[tuple[str, str | Table]] = field(default_factory=list)  # (kind, content)
    original: bytes = b""  # what the blocks were read from, when no file holds it (a paste)
    media_type: str = ""

    def heading(self, text: str) -> None:
        if text.strip():
            self.items.append(("heading", without_converter_marks(" ".join(text.split()))))

    def paragraph(self, text: str) -> None:
        text = without_converter_marks(text.strip())
        if text:
            self.items.append(("paragraph", text))

    def table(self, table: Table) -> None:
        rows = [[" ".join(str(c).split()) for c in row] for row in table.rows]
        rows = [row for row in rows if any(rows_cell for rows_cell in row)]
        if rows:
            self.items.append(("table", Table(rows, table.caption)))

    @property
    def cell_count(self) -> int:
        return sum(len(row) for item in self.items if isinstance(item[1], Table)
                   for row in item[1].rows)


@dataclass(frozen=True)
class TableCell:
    """A numeric cell of a table, as a figure: where its text is, and what its headers say."""

    start: int  # offsets of the cell's text in the report text
    end: int
    label: str
    unit: str  # from its header or caption; '' when the cell writes its own
    period: str


def header_unit(text: str) -> tuple[str, str]:
    """A header without its unit, and the unit: ('财政援助资金', '万元')."""
    found = HEADER_UNIT.search(text)
    if found:
        return text[:found.start()].strip(), found.group(1)
    return text.strip(), ""


def _is_numeric(cell: str) -> bool:
    return bool(NUMERIC_CELL.match(cell))


def table_layout(rows: list[list[str]]) -> tuple[int, int]:
    """How many rows at the top are column headers and how many columns at the left are row
    headers: the headers are where no number is written."""
    width = max(len(row) for row in rows)
    grid = [row + [""] * (width - len(row)) for row in rows]
    header_rows = 0
    for row in grid:
        if any(_is_numeric(c) and not YEAR_HEADER.fullmatch(c.strip()) for c in row[1:]):
            break
        header_rows += 1
    body = grid[header_rows:] or grid
    header_columns = 0
    for column in range(width):
        cells = [row[column] for row in body if row[column]]
        if cells and all(not _is_numeric(c) or YEAR_HEADER.fullmatch(c) for c in cells):
            header_columns += 1
        else:
            break
    return min(header_rows, len(grid) - 1), min(header_columns, width - 1)


def _joined(parts: list[str]) -> str:
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return " · ".join(seen)


@dataclass(frozen=True)
class Assembled:
    """A report's text made from its blocks, with what the text says about the report."""

    text: str  # the title line, then a paragraph (or a table row) a line
    paragraphs: tuple[tuple[int, int], ...]
    cells: tuple[TableCell, ...]
    table_lines: frozenset[int]  # which paragraphs (counted from 1) are table rows
    title: str
    published: str
    site: str


def assemble(blocks: Blocks, path: Path, kind: str) -> Assembled:
    """The report text (title line, then a paragraph a line), its paragraphs' offsets, its
    table cells as figures, and its title, date and source (the date and source as its first
    lines write them, else as the file's properties say)."""
    from gannan_gui.pipeline.sources import META_LINE, SOURCE_LINE, normalise_date

    if blocks.cell_count > MAX_CELLS:
        raise ArticleError(f"{path}：表格有 {blocks.cell_count:,} 个单元格，超过报道可能的 "
                           f"{MAX_CELLS:,} 个；请只导入需要的部分")
    title = without_converter_marks(blocks.title)
    items = list(blocks.items)
    if not title:
        for number, (item_kind, content) in enumerate(items):
            if item_kind in ("heading", "paragraph") and len(str(content)) <= 80:
                title = str(content)
                del items[number]
                break
    elif items and items[0][0] in ("heading", "paragraph") and items[0][1] == title:
        del items[0]
    text = title + "\n" if title else ""
    spans: list[tuple[int, int]] = []
    cells: list[TableCell] = []
    table_lines: set[int] = set()
    published, site = "", blocks.site
    for item_kind, content in items[:6]:
        if item_kind != "table":
            published = published or normalise_date(str(content), anywhere=True)
            source = SOURCE_LINE.search(str(content))
            site = site or (source.group(1) if source else "")

    def add_line(line: str) -> tuple[int, int]:
        nonlocal text
        span = (len(text), len(text) + len(line))
        spans.append(span)
        text += line + "\n"
        return span

    caption = ""
    for item_kind, content in items:
        if item_kind == "table":
            table: Table = content  # type: ignore[assignment]
            first = len(spans) + 1
            cells += _table_lines(table, table.caption or caption, add_line, lambda: len(text))
            table_lines.update(range(first, len(spans) + 1))
            caption = ""
            continue
        line = str(content)
        if META_LINE.match(line):
            continue
        caption = line
        add_line(line)
    if not spans:
        raise ArticleError(f"{path}：{kind}中没有正文")
    return Assembled(text, tuple(spans), tuple(cells), frozenset(table_lines), title,
                     published or blocks.published, site)


def _table_lines(table: Table, caption: str, add_line, offset) -> list[TableCell]:
    """Each row of a table as a line; its numeric body cells as figures."""
    rows = table.rows
    header_rows, header_columns = table_layout(rows)
    caption_unit = CAPTION_UNIT.search(caption)
    default_unit = caption_unit.group(1) if caption_unit else ""
    width = max(len(row) for row in rows)
    columns = []
    for column in range(width):
        names, unit = [], ""
        for row in rows[:header_rows]:
            name, header_found = header_unit(row[column] if column < len(row) else "")
            names.append(name)
            unit = unit or header_found
        columns.append((names, unit))
    found: list[TableCell] = []
    for number, row in enumerate(rows):
        start = offset()
        line = CELL_SEPARATOR.join(row)
        add_line(line)
        if number < header_rows:
            continue
        row_names, row_unit = [], ""
        for cell in row[:header_columns]:
            name, unit = header_unit(cell)
            row_names.append(name)
            row_unit = row_unit or unit
        at = start
        for column, cell in enumerate(row):
            if column >= header_columns and _is_numeric(cell):
                names, unit = columns[column] if column < len(columns) else ([], "")
                label = _joined([*row_names, *names])
                headers = [*row_names, *names, caption]
                period = next((m.group() for h in headers if (m := YEAR_HEADER.search(h))), "")
                lead = len(cell) - len(cell.lstrip())
                if label:
                    found.append(TableCell(at + lead, at + len(cell.rstrip()), label,
                                           unit or row_unit or default_unit, period))
            at += len(cell) + len(CELL_SEPARATOR)
    return found
