"""Write records into an SQLite database with sqlite-utils.

`write_database` writes a fresh file atomically (a temporary file beside the target, then a
rename), so a failed build never harms the database that was there. `append_records` adds one
document to an open database, moving every id past those already there: ids never collide,
however many reports a file holds. No clock time is stored, so two builds are byte-identical.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from gannan_gui.common.files import OutputError, atomic_output
from gannan_gui.pipeline.records import BuildError, Records
from gannan_gui.pipeline.schema import (
    ACCEPTED_LABEL_INDEX,
    ADDED_COLUMNS,
    FTS_COLUMNS,
    INDICATOR_INDEX,
    INDICATORS_TABLE,
    LISTING_INDEX,
    ORIGINALS_TABLE,
    READING_VIEWS,
    RECOUNT,
    SCHEMA_VERSION,
    TWIN_INDEXES,
    file_fts,
)

#: Each table with an id, and which of its columns point at which table's ids.
REFERENCES: dict[str, dict[str, str]] = {
    "documents": {},
    "sections": {"document_id": "documents"},
    "paragraphs": {"document_id": "documents", "section_id": "sections"},
    "categories": {"document_id": "documents", "parent_id": "categories",
                   "section_id": "sections"},
    "facts": {"document_id": "documents", "category_id": "categories",
              "paragraph_id": "paragraphs", "related_id": "facts"},
    "entities": {"document_id": "documents", "category_id": "categories",
                 "paragraph_id": "paragraphs"},
    "not_facts": {"document_id": "documents"},
}
LINK_REFERENCES = {"entity_id": "entities", "fact_id": "facts"}

TABLE_COLUMNS: dict[str, dict[str, type]] = {
    "categories": {
        "id": int, "document_id": int, "parent_id": int, "position": int, "key": str,
        "name": str, "name_en": str, "section_id": int,
    },
    "facts": {
        "id": int, "document_id": int, "category_id": int, "paragraph_id": int,
        "position": int, "label": str, "label_en": str, "value": str, "unit": str,
        "unit_kind": str, "base_value": float, "base_value_high": float, "base_unit": str,
        "qualifiers": str, "bound": str, "period": str, "quote": str, "char_start": int,
        "char_end": int, "figure_start": int, "figure_end": int,
        "written": str,  # the figure as the report writes it: 460余个, 3.5億元, 60%以上
        # proposed (imported, not yet reviewed), accepted or rejected
        "review": str,
        # "同比增长" for a change, "从" / "提高到" for a from-to pair, whose other end
        # is related_id
        "relation": str, "related_id": int,
        # for search: on a server the quote in simplified characters; in a file the label
        # in simplified characters where it differs, else '' (schema.PARAGRAPH_TWIN)
        "search_text": str,
        # a library's bookkeeping: bumped by every change, and who made the decision when
        "version": int, "reviewed_by": str, "reviewed_at": str,
        # what it covers and when (pipeline.scopes): 临潭县; year/years/to_date/since/cumulative
        "scope": str, "period_kind": str, "period_from": str, "period_to": str,
        "indicator": str,  # the standard measure it states (pipeline.indicators), or ''
    },
    "entities": {
        "id": int, "document_id": int, "category_id": int, "paragraph_id": int,
        "position": int, "name": str, "kind": str, "kind_label": str, "kind_label_en": str,
        "note": str, "quote": str, "char_start": int, "char_end": int, "name_start": int,
        "name_end": int,
    },
}


def _shifted(rows: Iterable[dict], table: str, offsets: dict[str, int],
             references: dict[str, str]) -> list[dict]:
    out = []
    for original in rows:
        row = dict(original)
        if "id" in row:
            row["id"] += offsets[table]
        for column, target in references.items():
            if row.get(column) is not None:
                row[column] += offsets[target]
        out.append(row)
    return out


def shift_ids(records: Records, offsets: dict[str, int]) -> Records:
    """The same records with every id, and every reference, moved up by its table's offset."""
    return replace(
        records,
        document=_shifted([records.document], "documents", offsets, {})[0],
        sections=_shifted(records.sections, "sections", offsets, REFERENCES["sections"]),
        paragraphs=_shifted(records.paragraphs, "paragraphs", offsets,
                            REFERENCES["paragraphs"]),
        categories=_shifted(records.categories, "categories", offsets,
                            REFERENCES["categories"]),
        facts=_shifted(records.facts, "facts", offsets, REFERENCES["facts"]),
        entities=_shifted(records.entities, "entities", offsets, REFERENCES["entities"]),
        entity_facts=_shifted(records.entity_facts, "entity_facts", offsets, LINK_REFERENCES),
        not_facts=_shifted(records.not_facts, "not_facts", offsets, REFERENCES["not_facts"]),
    )


def create_tables(db, full_text: bool = True) -> None:
    """A database's tables and indexes: the one declaration of the schema (a library on a
    server is made from it too). `full_text`: the trigram indexes of a library file."""
    doc_fk = [("document_id", "documents", "id")]
    db["documents"].create({
        "id": int, "title": str, "published": str, "view_count": int, "site": str, "url": str,
        "reporter": str, "editor": str, "previous_title": str, "next_title": str,
        "text": str, "sha256": str,
        "origin": str,  # bundled (curated with the app) or imported (by the user)
        "source_name": str,  # the file it was imported from
        "region": str,  # the place it is about, as a user gives it
        "revision": int,  # bumped by every change to the report in a library
        "figures": int, "to_review": int,  # its counts, kept by every change (RECOUNT)
    }, pk="id", not_null=set(ADDED_COLUMNS["documents"]), defaults=ADDED_COLUMNS["documents"])
    db["sections"].create({
        "id": int, "document_id": int, "position": int, "key": str, "kind": str,
        "heading": str, "subheading": str, "char_start": int, "char_end": int,
    }, pk="id", foreign_keys=doc_fk)
    db["paragraphs"].create({
        "id": int, "document_id": int, "section_id": int, "position": int, "text": str,
        "char_start": int, "char_end": int,
        # the text in simplified characters, same length, for search: in a file only where
        # it differs, and the text itself '' (read through the offsets)
        "search_text": str,
    }, pk="id", foreign_keys=[*doc_fk, ("section_id", "sections", "id")])
    db["categories"].create(TABLE_COLUMNS["categories"], pk="id", foreign_keys=[
        *doc_fk, ("parent_id", "categories", "id"), ("section_id", "sections", "id")])
    db["facts"].create(TABLE_COLUMNS["facts"], pk="id", not_null=set(ADDED_COLUMNS["facts"]),
                       defaults=ADDED_COLUMNS["facts"], foreign_keys=[
        *doc_fk, ("category_id", "categories", "id"), ("paragraph_id", "paragraphs", "id"),
        ("related_id", "facts", "id")])
    db["entities"].create(TABLE_COLUMNS["entities"], pk="id", foreign_keys=[
        *doc_fk, ("category_id", "categories", "id"), ("paragraph_id", "paragraphs", "id")])
    db["entity_facts"].create({"entity_id": int, "fact_id": int}, pk=("entity_id", "fact_id"),
                              foreign_keys=[("entity_id", "entities", "id"),
                                            ("fact_id", "facts", "id")])
    db["not_facts"].create({
        "id": int, "document_id": int, "text": str, "why": str, "char_start": int,
        "char_end": int,
    }, pk="id", foreign_keys=doc_fk)
    db["meta"].create({"key": str, "value": str}, pk="key")
    db.execute(ORIGINALS_TABLE)
    db.execute(INDICATORS_TABLE)
    for table in ("sections", "paragraphs", "categories", "facts", "entities"):
        db[table].create_index(["document_id", "position"])
    for table, column in [("entities", "category_id"), ("paragraphs", "section_id"),
                          ("categories", "parent_id"), ("entity_facts", "fact_id"),
                          ("documents", "sha256")]:
        db[table].create_index([column])
    if not full_text:  # a server's: it checks each category removed for figures in it, and
        # counts a report's figures by their review (a file reads its few hundred rows)
        db["facts"].create_index(["category_id"])
        db["facts"].create_index(["document_id", "review"])
    db.execute(ACCEPTED_LABEL_INDEX)  # one figure across reports
    db.execute(LISTING_INDEX)  # a library's order
    db.execute(INDICATOR_INDEX)  # an indicator across reports
    if full_text:
        db["entities"].enable_fts(FTS_COLUMNS["entities"], tokenize="trigram",
                                  create_triggers=True)
        for statement in (*file_fts(), *READING_VIEWS, *TWIN_INDEXES):
            db.execute(statement)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def stored_in_file(records: Records) -> Records:
    """The rows as a library file stores them (schema.PARAGRAPH_TWIN): what the offsets say
    left out, a simplified twin kept only where it differs. A server stores them whole, and
    so does the bundled database (one report, read as it is in a database browser)."""
    from gannan_gui.pipeline.sources import to_simplified

    text = records.document["text"]
    paragraphs = [{**row, "text": "" if row["text"] == text[row["char_start"]:row["char_end"]]
                   else row["text"],
                   "search_text": "" if row["search_text"] == row["text"]
                   else row["search_text"]} for row in records.paragraphs]
    traditional = to_simplified(text) != text
    facts = [{**row, "quote": "" if row["quote"] == text[row["char_start"]:row["char_end"]]
              else row["quote"],
              "search_text": label_twin(row["label"], text, traditional, False, to_simplified)}
             for row in records.facts]
    return replace(records, paragraphs=paragraphs, facts=facts)


def label_twin(label: str, report_text: str, traditional: bool, reviewed: bool,
               simplify) -> str:
    """What a library file stores as a figure's search_text: its label in simplified
    characters where it differs, and wherever the report's text cannot stand for it (a
    report in traditional characters; a label reviewed since its import that its report's
    text does not hold), those found through an index of these twins; else ''. The upgrade
    to version 8 (store.writing) applies the same rule in SQL."""
    twin = simplify(label)
    kept = traditional or (reviewed and label not in report_text)
    return twin if kept or twin != label else ""


def append_records(db, records: Records) -> Records:
    """Add one document's rows to a database with the tables; returns them with their ids."""
    offsets = {table: db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
               for table in REFERENCES}
    offsets["entity_facts"] = 0
    rows = shift_ids(records, offsets)
    db["documents"].insert(rows.document)
    for table in ("sections", "paragraphs", "categories", "facts", "entities", "entity_facts",
                  "not_facts"):
        db[table].insert_all(getattr(rows, table))
    db["meta"].upsert_all([{"key": k, "value": v} for k, v in rows.meta.items()], pk="key")
    db.execute(RECOUNT, [rows.document["id"]])
    return rows


@functools.lru_cache(maxsize=1)
def file_schema() -> tuple[tuple[str, str, str], ...]:
    """The (type, name, sql) of every table and index `create_tables` makes, without the
    full-text index: what a server's schema and a report's in-memory copy are made from."""
    import sqlite_utils

    made = sqlite3.connect(":memory:")
    try:
        create_tables(sqlite_utils.Database(made), full_text=False)
        return tuple(made.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS "
                                  "NOT NULL AND type IN ('table', 'index') "
                                  "ORDER BY type = 'index', rowid"))
    finally:
        made.close()


def append_rows(db, records: Records) -> Records:
    """`append_records` through any connection whose execute and executemany take ?
    placeholders (sqlite3's, or a library server's): a library's imports, in the
    transaction that holds its write lock."""
    offsets = {table: db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
               for table in REFERENCES}
    offsets["entity_facts"] = 0
    rows = shift_ids(records, offsets)
    _insert(db, "documents", [rows.document])
    for table in ("sections", "paragraphs", "categories", "facts", "entities", "entity_facts",
                  "not_facts"):
        _insert(db, table, getattr(rows, table))
    db.executemany("INSERT INTO meta (key, value) VALUES (?, ?) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                   list(rows.meta.items()))
    if records.original:
        _insert(db, "originals", [{**records.original, "document_id": rows.document["id"]}])
    db.execute(RECOUNT, [rows.document["id"]])
    return rows


def _insert(db, table: str, rows: Iterable[dict]) -> None:
    """Rows as sqlite-utils writes them (a list as JSON), one statement per set of columns."""
    groups: dict[tuple[str, ...], list[list]] = {}
    for row in rows:
        groups.setdefault(tuple(row), []).append(
            [json.dumps(v, ensure_ascii=False) if isinstance(v, (list, tuple, dict)) else v
             for v in row.values()])
    for columns, values in groups.items():
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        db.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', values)


def write_database(records: Records, path: Path, inputs: Iterable[Path] = ()) -> None:
    """Write rows to a fresh database at `path`, all or nothing."""
    import sqlite_utils  # only the build needs it; the app reads with sqlite3

    try:
        with atomic_output(path, inputs) as tmp:
            db = sqlite_utils.Database(tmp, recreate=True)
            try:
                create_tables(db)
                append_records(db, records)
                db.execute("VACUUM")
            finally:
                db.close()
    except sqlite3.Error as exc:
        raise BuildError(f"{path}：无法写入数据库（{exc}）") from None
    except OutputError as exc:
        raise BuildError(str(exc)) from None
