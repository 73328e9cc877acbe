"""Facts about the database layout shared by the builder, the reader and the library."""

from __future__ import annotations

#: Stored in PRAGMA user_version; bump when tables or columns change meaning, and add the
#: step that brings the previous version up to it to MIGRATIONS.
SCHEMA_VERSION = 7
#: The oldest version this program still reads (and upgrades, when it writes).
OLDEST_READABLE_VERSION = 3

#: Columns of each table indexed for full-text search (FTS5, trigram tokenizer): what a search
#: of every report needs, once. Search terms are simplified, so the simplified twins
#: (search_text: a paragraph's text, a figure's quote) are indexed, not the text beside them
#: as well (that doubled the indexes of simplified reports).
FTS_COLUMNS: dict[str, list[str]] = {
    "facts": ["label", "search_text"],
    "entities": ["name", "kind_label", "quote"],
    "paragraphs": ["search_text"],
}
#: Columns a search of one report reads (LIKE, through the report's own rows): English labels
#: and the text as written too.
SEARCH_COLUMNS: dict[str, list[str]] = {
    "facts": ["label", "label_en", "quote", "search_text"],
    "entities": ["name", "kind_label", "quote"],
    "paragraphs": ["text", "search_text"],
}


def fts_rebuild(table: str, columns: list[str]) -> tuple[str, ...]:
    """Statements that replace a table's full-text index (and the triggers that keep it) by
    one of these columns, then fill it: as sqlite-utils makes them, in one transaction."""
    fts = f"{table}_fts"
    names = ", ".join(f'"{c}"' for c in columns)
    new = ", ".join(f'new."{c}"' for c in columns)
    old = ", ".join(f'old."{c}"' for c in columns)
    remove = (f"INSERT INTO \"{fts}\" (\"{fts}\", rowid, {names}) "
              f"VALUES('delete', old.rowid, {old});")
    add = f'INSERT INTO "{fts}" (rowid, {names}) VALUES (new.rowid, {new});'
    return (
        *(f'DROP TRIGGER IF EXISTS "{table}_{kind}"' for kind in ("ai", "ad", "au")),
        f'DROP TABLE IF EXISTS "{fts}"',
        f"CREATE VIRTUAL TABLE \"{fts}\" USING FTS5 ({names}, tokenize='trigram', "
        f'content="{table}")',
        f'CREATE TRIGGER "{table}_ai" AFTER INSERT ON "{table}" BEGIN {add} END',
        f'CREATE TRIGGER "{table}_ad" AFTER DELETE ON "{table}" BEGIN {remove} END',
        f'CREATE TRIGGER "{table}_au" AFTER UPDATE ON "{table}" BEGIN {remove} {add} END',
        f"INSERT INTO \"{fts}\"(\"{fts}\") VALUES('rebuild')",
    )


#: The file each imported report came from, kept whole so that 打开原文件 shows it and an
#: export can cite it; text compressed (`encoding` 'zlib'), office files and PDFs as they are.
ORIGINALS_TABLE = ('CREATE TABLE IF NOT EXISTS "originals" (\n'
                   '   "document_id" INTEGER PRIMARY KEY REFERENCES "documents"("id"),\n'
                   '   "name" TEXT NOT NULL,\n'
                   '   "media_type" TEXT NOT NULL,\n'
                   '   "size" INTEGER NOT NULL,\n'
                   '   "encoding" TEXT NOT NULL DEFAULT \'\',\n'
                   '   "content" BLOB NOT NULL\n)')

#: How each version is reached from the one before: statements run in one transaction. Every
#: step only adds (columns with defaults), so a reader of the older version still reads it.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    4: (
        # a version per figure: a decision made on a figure someone else changed meanwhile
        # is noticed, not silently written over it
        "ALTER TABLE facts ADD COLUMN version INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE facts ADD COLUMN reviewed_by TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE facts ADD COLUMN reviewed_at TEXT NOT NULL DEFAULT ''",
        # details a user edits, and a count of changes a window compares with what it shows
        "ALTER TABLE documents ADD COLUMN region TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE documents ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
        # a report's counts kept beside it, so listing ten thousand reports reads ten
        # thousand rows, not the review state of every figure
        "ALTER TABLE documents ADD COLUMN figures INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE documents ADD COLUMN to_review INTEGER NOT NULL DEFAULT 0",
        "UPDATE documents SET {counts}",
        "{listing_index}",
        "DROP INDEX IF EXISTS idx_facts_label_review",
        "{accepted_label_index}",
        *fts_rebuild("facts", FTS_COLUMNS["facts"]),
        *fts_rebuild("paragraphs", FTS_COLUMNS["paragraphs"]),
    ),
    5: (ORIGINALS_TABLE,),
    # what each figure covers and when (pipeline.scopes), so that comparisons put like
    # beside like; found for the figures of a report imported from now on
    6: ("ALTER TABLE facts ADD COLUMN scope TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE facts ADD COLUMN period_kind TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE facts ADD COLUMN period_from TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE facts ADD COLUMN period_to TEXT NOT NULL DEFAULT ''"),
    # the standard measure each figure states (pipeline.indicators), and the measures a
    # library's users added; the figures already in it are given theirs in the same
    # transaction (store.indicators.fill_indicators)
    7: ("ALTER TABLE facts ADD COLUMN indicator TEXT NOT NULL DEFAULT ''",
        "{indicators_table}", "{indicator_index}"),
}

#: The version that gave figures their indicator.
INDICATORS_VERSION = 7
#: The indicators a library's users added, beside the app's vocabulary (data/indicators.json);
#: units, words and not_words are space-separated.
INDICATORS_TABLE = ('CREATE TABLE IF NOT EXISTS "indicators" (\n'
                    '   "key" TEXT PRIMARY KEY,\n'
                    '   "name" TEXT NOT NULL,\n'
                    '   "name_en" TEXT NOT NULL DEFAULT \'\',\n'
                    '   "units" TEXT NOT NULL,\n'
                    '   "stated" TEXT NOT NULL,\n'
                    '   "words" TEXT NOT NULL,\n'
                    '   "not_words" TEXT NOT NULL DEFAULT \'\',\n'
                    '   "added_by" TEXT NOT NULL DEFAULT \'\',\n'
                    '   "added_at" TEXT NOT NULL DEFAULT \'\'\n)')
#: An indicator's values across every report: the figures that state one, by it.
INDICATOR_INDEX = ("CREATE INDEX IF NOT EXISTS idx_facts_indicator ON facts "
                   "(indicator, scope, period_kind, period_from, review) WHERE indicator != ''")

#: The same figure across reports is looked up among the accepted figures only: an index of
#: them alone, not of every proposed figure (5 KB a report of a library nobody reviewed yet).
ACCEPTED_LABEL_INDEX = ("CREATE INDEX IF NOT EXISTS idx_facts_accepted_label ON facts "
                        "(label, unit_kind) WHERE review = 'accepted'")

#: A library's listing read from an index alone: the text stored in each row before these
#: columns would otherwise be read to reach them (60 MB for 10,000 reports).
LISTING_INDEX = ("CREATE INDEX IF NOT EXISTS idx_documents_listing ON documents "
                 "(published, id, title, origin, site, revision, figures, to_review)")

#: A report's counts as the listing shows them: figures not rejected, and those to review.
COUNTS = ("figures = (SELECT count(*) FROM facts f WHERE f.document_id = documents.id "
          "AND f.review != 'rejected'), "
          "to_review = (SELECT count(*) FROM facts f WHERE f.document_id = documents.id "
          "AND f.review = 'proposed')")
#: Run in the transaction of every change to a report's figures (? is the report's id); its
#: revision goes up too, so that a window showing it notices.
RECOUNT = f"UPDATE documents SET {COUNTS}, revision = revision + 1 WHERE id = ?"

#: Columns added since the oldest readable version, with the value an older file implies.
ADDED_COLUMNS: dict[str, dict[str, object]] = {
    "facts": {"version": 0, "reviewed_by": "", "reviewed_at": "", "scope": "",
              "period_kind": "", "period_from": "", "period_to": "", "indicator": ""},
    "documents": {"region": "", "revision": 0, "figures": 0, "to_review": 0},
}

#: A figure's review state: proposed by an import, then accepted or rejected by a reviewer
#: (the bundled report's curated figures are all accepted).
ACCEPTED, PROPOSED, REJECTED = "accepted", "proposed", "rejected"


REQUIRED_TABLES = (
    "documents", "sections", "paragraphs", "categories", "facts", "entities",
    "entity_facts", "not_facts", "meta",
)
