"""Facts about the database layout shared by the builder and the reader."""

from __future__ import annotations

#: Stored in PRAGMA user_version; bump when tables or columns change meaning.
SCHEMA_VERSION = 3

#: Columns of each table indexed for full-text search (FTS5, trigram tokenizer).
FTS_COLUMNS: dict[str, list[str]] = {
    "facts": ["label", "label_en", "quote", "search_text"],
    "entities": ["name", "kind_label", "quote"],
    "paragraphs": ["text", "search_text"],
}

REQUIRED_TABLES = (
    "documents", "sections", "paragraphs", "categories", "facts", "entities",
    "entity_facts", "not_facts", "meta",
)
