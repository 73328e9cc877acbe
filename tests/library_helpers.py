"""Importing reports into a library file in one call, as many tests do."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from gannan_gui.pipeline.importer import Imported
from gannan_gui.store.library import Library


def import_reports(paths: Iterable[Path], library: Path) -> list[Imported]:
    """Import through a Library of its own, closed afterwards; results for every file."""
    opened = Library(library)
    try:
        return opened.import_files(list(paths))
    finally:
        opened.close()
