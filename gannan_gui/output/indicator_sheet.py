"""An indicator's values out to Excel (a sheet per indicator: the table, numbers as numbers,
the source of every value in a column, and a native chart: yearly values as columns,
running totals as a line on their own axis, never stacked) or to CSV (one table of every
indicator's values)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from gannan_gui.output.csv_table import safe_cell
from gannan_gui.output.fonts import EAST_ASIAN_FONT
from gannan_gui.output.spreadsheet import MAX_COLUMN_WIDTH, display_width, write_cell
from gannan_gui.output.xml_text import xml_safe
from gannan_gui.views import palette
from gannan_gui.views.indicators import IndicatorRow, IndicatorTable

HEADER = ("指标", "范围", "范围级别", "时期", "数值（原文）", "数值", "单位", "较上期", "报道",
          "日期", "标签", "审核", "核对", "来源")
NUMBER_COLUMN, DATE_COLUMN = HEADER.index("数值"), HEADER.index("日期")


def _cells(table: IndicatorTable, row: IndicatorRow) -> tuple:
    from gannan_gui.pipeline.scopes import SCOPE_LEVELS

    v = row.value
    scope, period, figure, growth, title, published, label, review, check = row.cells()
    return (table.indicator.name, scope, SCOPE_LEVELS.get(row.level, ""), period, figure,
            v.base_value, v.base_unit, growth, title, published, label, review,
            row.conflict or check, f"《{v.title}》{v.published}")


def write_indicator_csv(tables: Sequence[IndicatorTable], path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, dialect="excel", lineterminator="\r\n")
        writer.writerow(HEADER)
        for table in tables:
            for row in table.rows:
                writer.writerow(safe_cell(xml_safe(cell)) for cell in _cells(table, row))


def _sheet_name(name: str, used: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique."""
    base = "".join("_" if ch in "[]:*?/\\" else ch for ch in name)[:28] or "指标"
    candidate, number = base, 2
    while candidate in used:
        candidate, number = f"{base[:26]}_{number}", number + 1
    used.add(candidate)
    return candidate


def write_indicator_xlsx(tables: Sequence[IndicatorTable], path: Path) -> None:
    from io import BytesIO

    import xlsxwriter

    buffer = BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"strings_to_numbers": False,
                                               "strings_to_formulas": False,
                                               "strings_to_urls": False})
    font = {"font_name": EAST_ASIAN_FONT, "font_size": 10.5, "font_charset": 134}
    formats = {
        "header": workbook.add_format({**font, "bold": True, "bg_color": palette.HEADER_FILL,
                                       "border": 1}),
        "text": workbook.add_format({**font, "valign": "top", "text_wrap": True}),
        "number": workbook.add_format({**font, "num_format": "#,##0.####", "valign": "top"}),
        "date": workbook.add_format({**font, "num_format": "yyyy-mm-dd", "valign": "top"}),
    }
    workbook.set_properties({"title": "指标", "subject": "、".join(
        t.indicator.name for t in tables), "author": "gannan-gui"})
    used: set[str] = set()
    for table in xml_safe(list(tables)):
        _indicator_sheet(workbook, table, _sheet_name(table.indicator.name, used), formats)
    if not tables:
        workbook.add_worksheet("指标").write_string(0, 0, "资料库中还没有任何指标的数值",
                                                   formats["text"])
    workbook.close()
    path.write_bytes(buffer.getvalue())


def _indicator_sheet(workbook, table: IndicatorTable, name: str, formats) -> None:
    sheet = workbook.add_worksheet(name)
    sheet.write_row(0, 0, HEADER, formats["header"])
    widths = [display_width(h) + 2 for h in HEADER]
    for r, row in enumerate(table.rows, 1):
        for c, cell in enumerate(_cells(table, row)):
            if c == NUMBER_COLUMN:
                sheet.write_number(r, c, float(cell), formats["number"])
                widths[c] = max(widths[c], len(f"{cell:,.2f}") + 2)
            elif c == DATE_COLUMN:
                widths[c] = max(widths[c], write_cell(sheet, r, c, cell, formats))
            else:
                sheet.write_string(r, c, str(cell), formats["text"])
                widths[c] = max(widths[c], display_width(cell) + 2)
    for c, width in enumerate(widths):
        sheet.set_column(c, c, min(width, MAX_COLUMN_WIDTH))
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(table.rows), 1), len(HEADER) - 1)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)
    _chart(workbook, sheet, name, table, len(table.rows) + 3, formats)


def _chart(workbook, sheet, name: str, table: IndicatorTable, top: int, formats) -> None:
    """The chart's data as a small table under the values (a year a row, a series a column),
    and the chart beside it; one chart per axis unit."""
    by_unit: dict[str, list] = {}
    for series in table.series:
        by_unit.setdefault(series.unit, []).append(series)
    row = top
    for unit, members in by_unit.items():
        years = sorted({p.year for s in members for p in s.points})
        sheet.write_string(row, 0, f"{table.indicator.name}（{unit}）", formats["header"])
        sheet.write_row(row + 1, 0, ("年份", *(s.name for s in members)), formats["header"])
        first = row + 2
        for i, year in enumerate(years):
            sheet.write_string(first + i, 0, f"{year}年", formats["text"])
            for j, series in enumerate(members, 1):
                point = next((p for p in series.points if p.year == year), None)
                if point is not None:
                    sheet.write_number(first + i, j, point.value, formats["number"])
        last = first + len(years) - 1
        yearly = [s for s in members if s.bars]
        totals = [s for s in members if not s.bars]
        columns = workbook.add_chart({"type": "column"}) if yearly else None
        line = workbook.add_chart({"type": "line"}) if totals else None
        chart = columns or line
        assert chart is not None  # members are yearly, totals or both
        for j, series in enumerate(members, 1):
            colour = palette.SERIES[(j - 1) % len(palette.SERIES)]
            spec = {"name": [name, row + 1, j], "categories": [name, first, 0, last, 0],
                    "values": [name, first, j, last, j]}
            if series.bars:
                assert columns is not None
                columns.add_series({**spec, "fill": {"color": colour},
                                    "data_labels": {"value": True, "num_format": "#,##0.##"}})
            else:
                assert line is not None
                joined = {"color": colour, "dash_type": "dash"} if series.joined else {"none": True}
                line.add_series({**spec, "line": joined,
                                 "marker": {"type": "diamond", "size": 8,
                                            "fill": {"color": colour}},
                                 "y2_axis": bool(yearly),
                                 "data_labels": {"value": True, "num_format": "#,##0.##"}})
        if columns and line:
            columns.combine(line)  # totals on their own axis, never on the columns' scale
        title = f"{table.indicator.name}（{unit}）"
        chart.set_title({"name": title, "name_font": {"name": EAST_ASIAN_FONT, "size": 12}})
        chart.set_y_axis({"min": 0, "name": f"逐年（{unit}）" if yearly else f"累计（{unit}）",
                          "num_font": {"name": EAST_ASIAN_FONT}})
        if columns and line:
            line.set_y2_axis({"min": 0, "name": f"累计（{unit}）"})
        chart.set_x_axis({"num_font": {"name": EAST_ASIAN_FONT}})
        chart.set_legend({"position": "bottom", "font": {"name": EAST_ASIAN_FONT}})
        chart.show_blanks_as("span")
        chart.set_size({"width": 720, "height": 360})
        sheet.insert_chart(row, len(members) + 2, chart)
        row = max(last, row + 18) + 3


def export_indicators(tables: Sequence[IndicatorTable], out: Path,
                      inputs: Sequence[Path] = ()) -> None:
    """Write .xlsx, .csv or .pptx (by the name's suffix), all or nothing; OutputError says
    why not."""
    from gannan_gui.common.files import OutputError, atomic_output

    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".csv", ".pptx"):
        raise OutputError(f"{out}：指标只能写成 .xlsx、.csv 或 .pptx")
    tables = xml_safe(list(tables))
    with atomic_output(out, inputs) as tmp:
        if suffix == ".csv":
            write_indicator_csv(tables, tmp)
        elif suffix == ".pptx":
            write_indicator_pptx(tables, tmp)
        else:
            write_indicator_xlsx(tables, tmp)


def write_indicator_pptx(tables: Sequence[IndicatorTable], path: Path) -> None:
    """A slide of each indicator (its latest values and chart), then their sources."""
    from datetime import datetime, timezone

    from gannan_gui import APP_NAME
    from gannan_gui.output.deck import write_slides_pptx
    from gannan_gui.output.properties import FileProperties
    from gannan_gui.views.indicators import indicator_slides

    slides = []
    for table in tables:
        slides += indicator_slides(table)
    if not slides:
        from gannan_gui.common.files import OutputError

        raise OutputError(f"{path}：没有可放入演示文稿的指标数值")
    names = "、".join(t.indicator.name for t in tables)
    write_slides_pptx(slides, path, FileProperties(
        f"指标：{names}", "各篇报道中的同一指标", APP_NAME, "",
        datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)))
