"""The older office formats (.doc, .wps, .rtf, .odt; .xls, .et, .ods), read once LibreOffice
has converted them to .docx or .xlsx. No Qt."""

from __future__ import annotations

from pathlib import Path

from gannan_gui.pipeline.blocks import Blocks
from gannan_gui.pipeline.office import convert_with_office, read_docx, read_xlsx


def read_as_docx(raw: bytes, path: Path) -> Blocks:
    return read_docx(convert_with_office(raw, path, "docx"), path)


def read_as_xlsx(raw: bytes, path: Path) -> Blocks:
    return read_xlsx(convert_with_office(raw, path, "xlsx"), path)
