"""Excel (.xlsx) with XlsxWriter: a sheet of figures whose base values are real numbers with a
number format (so they sum), a sheet of named things, and a sheet with a native Excel bar
chart per comparable group. Header rows frozen, filters on, columns as wide as their text."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from pathlib import Path

from gannan_gui.output.fonts import EAST_ASIAN_FONT
from gannan_gui.views import palette
from gannan_gui.views.charts import split_tiles
from gannan_gui.views.tables import ENTITY_COLUMNS, FIGURE_COLUMNS, ExportContent

FIGURES_SHEET, ENTITIES_SHEET, CHARTS_SHEET = "数据", "名称", "图表"
#: Columns that hold a report's date: written as dates (yyyy-mm-dd), not as text.
DATE_COLUMNS = ("发布日期", "日期")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
MAX_COLUMN_WIDTH = 36  # longer text (quotes, titles) wraps within the cell
FIGURE_NUMBER_COLUMNS = (5, 6)  # base value and its high end
#: Characters of column width an A4 landscape page prints legibly (about 10 pt).
PRINTED_CHARS_PER_PAGE = 150
#: Rows of the chart sheet that fit a printed page, one page wide.
ROWS_PER_CHART_PAGE = 30


def display_width(text: object) -> float:
    """Column units a text takes: about 1.7 for a wide (CJK) character, 1 for a Latin one."""
    return sum(1.7 if unicodedata.east_asian_width(ch) in "WF" else 1.0 for ch in str(text))


def as_date(value: object) -> datetime | None:
    """A report's date (YYYY-MM-DD) as a date Excel sorts and filters as one; None for any
    other text (a date a report did not give stays as written)."""
    text = str(value or "")
    if not DATE.fullmatch(text):
        return None
    try:
        return datetime.strptime(text, "%Y-%m-%d")
    except ValueError:  # 2025-02-30
        return None


def write_cell(sheet, r: int, c: int, value: object, formats) -> float:
    """A text cell, or a date cell when it holds a date; the width it wants."""
    when = as_date(value)
    if when is not None:
        sheet.write_datetime(r, c, when, formats["date"])
        return 12
    sheet.write_string(r, c, "" if value is None else str(value), formats["text"])
    return display_width(value or "") + 2


def _table(workbook, name: str, header: tuple[str, ...], rows: list[tuple], formats,
           number_columns: tuple[int, ...] = ()) -> None:
    sheet = workbook.add_worksheet(name)
    sheet.write_row(0, 0, header, formats["header"])
    widths = [display_width(h) + 2 for h in header]
    dates = {c for c, h in enumerate(header) if h in DATE_COLUMNS}
    for r, row in enumerate(rows, 1):
        for c, value in enumerate(row):
            if c in dates:
                widths[c] = max(widths[c], write_cell(sheet, r, c, value, formats))
                continue
            if c in number_columns:
                if value is None:
                    sheet.write_blank(r, c, None, formats["text"])
                else:
                    sheet.write_number(r, c, value, formats["number"])
                    widths[c] = max(widths[c], len(f"{value:,.2f}") + 2)
                continue
            sheet.write_string(r, c, "" if value is None else str(value), formats["text"])
            widths[c] = max(widths[c], display_width(value or "") + 2)
    for c, width in enumerate(widths):
        sheet.set_column(c, c, min(width, MAX_COLUMN_WIDTH))
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(rows), 1), len(header) - 1)
    # printed: A4 landscape, the header row on every page, as many pages wide as keeps the
    # type legible (one page wide put 18 columns at about 4 pt)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
    sheet.repeat_rows(0)
    sheet.print_area(0, 0, max(len(rows), 1), len(header) - 1)
    shown = sum(min(width, MAX_COLUMN_WIDTH) for width in widths)
    sheet.fit_to_pages(max(1, int(-(-shown // PRINTED_CHARS_PER_PAGE))), 0)
    sheet.set_footer("&C&P / &N")


def _charts(workbook, content: ExportContent, formats) -> None:
    """One native bar chart per comparable group, its data beside it on the sheet; printed
    one page wide, a page break before any chart that would be cut by the page's end."""
    sheet = workbook.add_worksheet(CHARTS_SHEET)
    row, page_top, breaks = 0, 0, []
    for group in split_tiles(content.charts)[1]:  # a lone figure is no chart
        sheet.write_string(row, 0, group.title, formats["header"])
        sheet.write_row(row + 1, 0, ("数据项", f"数值（{group.axis_unit}）", "原文数值"),
                        formats["header"])
        first = row + 2
        for i, bar in enumerate(group.bars):
            sheet.write_string(first + i, 0, bar.label, formats["text"])
            sheet.write_number(first + i, 1, bar.value, formats["number"])
            sheet.write_string(first + i, 2, bar.text, formats["text"])
        last = first + len(group.bars) - 1
        chart = workbook.add_chart({"type": "bar"})
        chart.add_series({
            "name": group.title,
            "categories": [CHARTS_SHEET, first, 0, last, 0],
            "values": [CHARTS_SHEET, first, 1, last, 1],
            "fill": {"color": palette.BAR},
            "data_labels": {"value": True, "num_format": "#,##0.##"},
        })
        chart.set_title({"name": group.title,
                         "name_font": {"name": EAST_ASIAN_FONT, "size": 12}})
        chart.set_legend({"none": True})
        chart.set_x_axis({"min": 0, "name": group.axis_unit,
                          "num_font": {"name": EAST_ASIAN_FONT}})
        chart.set_y_axis({"reverse": True, "num_font": {"name": EAST_ASIAN_FONT}})
        chart.set_size({"width": 640, "height": 90 + 36 * len(group.bars)})
        sheet.insert_chart(row, 4, chart)
        rows_taken = max(len(group.bars) + 3, (90 + 36 * len(group.bars)) // 20 + 2)
        if row > page_top and row + rows_taken - page_top > ROWS_PER_CHART_PAGE:
            breaks.append(row)  # this chart starts a page
            page_top = row
        row += rows_taken
    sheet.set_column(0, 0, 30)
    sheet.set_column(1, 2, 14)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.set_h_pagebreaks(breaks)
    sheet.print_area(0, 0, max(row, 1), 14)
    sheet.set_footer("&C&P / &N")


def write_xlsx(content: ExportContent, path: Path) -> None:
    from io import BytesIO

    import xlsxwriter  # only exporting needs it

    from gannan_gui.output.properties import file_properties

    buffer = BytesIO()  # written whole below: a full disk never meets a half-closed zip
    workbook = xlsxwriter.Workbook(buffer, {"strings_to_numbers": False,
                                               "strings_to_formulas": False,
                                               "strings_to_urls": False})
    base_font = {"font_name": EAST_ASIAN_FONT, "font_size": 10.5, "font_charset": 134}  # GB2312
    formats = {
        "header": workbook.add_format({**base_font, "bold": True, "bg_color": palette.HEADER_FILL,
                                       "border": 1, "text_wrap": False}),
        "text": workbook.add_format({**base_font, "valign": "top", "text_wrap": True}),
        "number": workbook.add_format({**base_font, "num_format": "#,##0.##", "valign": "top"}),
        "date": workbook.add_format({**base_font, "num_format": "yyyy-mm-dd", "valign": "top"}),
    }
    doc = content.document
    given = file_properties(content)
    workbook.set_properties({"title": given.title, "subject": given.subject,
                             "author": given.author, "comments": given.comments,
                             "created": given.created})
    _table(workbook, FIGURES_SHEET, FIGURE_COLUMNS,
           [r.cells(doc) for r in content.figures], formats, FIGURE_NUMBER_COLUMNS)
    _table(workbook, ENTITIES_SHEET, ENTITY_COLUMNS,
           [r.cells(doc) for r in content.entities], formats)
    if split_tiles(content.charts)[1]:
        _charts(workbook, content, formats)
    workbook.close()
    path.write_bytes(buffer.getvalue())
