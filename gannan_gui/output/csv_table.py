"""CSV: the figures as one table, in UTF-8 with a byte-order mark so that Excel and WPS on
Windows open it without mojibake; RFC 4180 quoting (CRLF line ends, quotes doubled)."""

from __future__ import annotations

import csv
from pathlib import Path

from gannan_gui.views.tables import FIGURE_COLUMNS, ExportContent


def write_csv(content: ExportContent, path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, dialect="excel", lineterminator="\r\n")
        writer.writerow(FIGURE_COLUMNS)
        for row in content.figures:
            cells = row.cells(content.document)
            writer.writerow("" if cell is None else cell for cell in cells)
