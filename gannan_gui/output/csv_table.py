"""CSV: the figures as one table, in UTF-8 with a byte-order mark so that Excel and WPS on
Windows open it without mojibake; RFC 4180 quoting (CRLF line ends, quotes doubled).

A spreadsheet reads a cell that starts with =, +, -, @, a tab or a carriage return as a
formula (OWASP's "CSV injection"): a label or quote written so, by a report or by someone
who crafted one, would run as a formula or become a live link when the file is opened. Such
a text cell is written with an apostrophe before it, which spreadsheets show as text."""

from __future__ import annotations

import csv
from pathlib import Path

from gannan_gui.views.tables import FIGURE_COLUMNS, ExportContent

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(cell: object) -> object:
    """A cell a spreadsheet will not run: text that would start a formula gets an
    apostrophe before it; numbers are written as people write them (1493000000, 12.5)."""
    if cell is None:
        return ""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return f"'{cell}"
    if isinstance(cell, float) and cell.is_integer() and abs(cell) < 1e18:
        return int(cell)
    return cell


def write_csv(content: ExportContent, path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, dialect="excel", lineterminator="\r\n")
        writer.writerow(FIGURE_COLUMNS)
        for row in content.figures:
            writer.writerow(safe_cell(cell) for cell in row.cells(content.document))
