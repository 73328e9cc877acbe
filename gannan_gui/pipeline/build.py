"""`build`: read the article, check it against the curated file, write the database.

The steps live in their own modules, in the order data flows: article → extract → curation →
records → writer. This module only strings them together.
"""

from __future__ import annotations

from pathlib import Path

from gannan_gui.common.paths import bundled_curation
from gannan_gui.pipeline.article import parse_article, read_article_file
from gannan_gui.pipeline.curation import load_curation
from gannan_gui.pipeline.records import Records, extract_records
from gannan_gui.pipeline.writer import write_database


def build(article_path: Path, out_path: Path, curation_path: Path | None = None) -> Records:
    """Read, extract, write. Raises a UserError (one line) for anything the user can fix."""
    curation_path = curation_path or bundled_curation()
    text = read_article_file(article_path)
    article = parse_article(text, str(article_path))
    curation = load_curation(curation_path)
    records = extract_records(article, curation)
    write_database(records, out_path, inputs=(article_path, curation_path))
    return records
