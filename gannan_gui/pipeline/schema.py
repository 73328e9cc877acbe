"""Facts about the database layout shared by the builder, the reader and the library."""

from __future__ import annotations

#: Stored in PRAGMA user_version; bump when tables or columns change meaning, and add the
#: step that brings the previous version up to it to MIGRATIONS.
SCHEMA_VERSION = 8
#: The oldest version this program still reads (and upgrades, when it writes).
OLDEST_READABLE_VERSION = 3

#: Columns of each table indexed for a search of every report (trigrams: FTS5 in a library
#: file, pg_trgm on a server): what it needs, once. Search terms are simplified, so the
#: simplified twins (search_text) are indexed, not the text beside them as well.
FTS_COLUMNS: dict[str, list[str]] = {
    "facts": ["label", "search_text"],
    "entities": ["name", "kind_label", "quote"],
    "paragraphs": ["search_text"],
}
#: How a library file stores what its offsets already say (version 8): a figure's quote and a
#: paragraph's text are read from the report's text (documents.text[char_start:char_end])
#: and stored as ''; a paragraph's simplified twin is stored only where it differs from the
#: text (a report in traditional characters), a figure's search_text holds its label's twin
#: only where the report's text cannot stand for it (pipeline.writer.label_twin). A library on
#: a server stores them all, for its trigram indexes. A made-up report of 2,000 characters
#: took 80 KB, and 40 KB since. This is a paragraph's twin, read in SQL.
PARAGRAPH_TWIN = ("CASE WHEN {row}.search_text != '' THEN {row}.search_text ELSE "
                  "substr(d.text, {row}.char_start + 1, {row}.char_end - {row}.char_start) END")
#: The step of version 8 that works report by report, in Python (store.writing): what each
#: report's offsets say left out of its rows, and its figures' label twins.
LEAVE_OUT_SLICES = "-- the quotes, texts and twins a library file leaves out"


#: The rows a search of every report cannot find through their report's text (a report in
#: traditional characters, a label a reviewer wrote): a library file's, a few rows each.
TWIN_INDEXES = ("CREATE INDEX IF NOT EXISTS idx_facts_twin ON facts (document_id) "
                "WHERE search_text != ''",
                "CREATE INDEX IF NOT EXISTS idx_paragraphs_twin ON paragraphs (document_id) "
                "WHERE search_text != ''")
#: What a library file leaves out, put back for whoever opens it in another tool (the
#: sqlite3 shell, DB Browser for SQLite, Datasette): each figure with its quote, each
#: paragraph with its text.
READING_VIEWS = (
    "CREATE VIEW IF NOT EXISTS facts_with_quotes AS SELECT f.*, CASE WHEN f.quote != '' "
    "THEN f.quote ELSE substr(d.text, f.char_start + 1, f.char_end - f.char_start) END "
    "AS quote_text FROM facts f JOIN documents d ON d.id = f.document_id",
    "CREATE VIEW IF NOT EXISTS paragraphs_with_text AS SELECT p.*, CASE WHEN p.text != '' "
    "THEN p.text ELSE substr(d.text, p.char_start + 1, p.char_end - p.char_start) END "
    "AS paragraph_text FROM paragraphs p JOIN documents d ON d.id = p.document_id",
)


def file_fts(fill: bool = False) -> tuple[str, ...]:
    """The full-text indexes of a library file (trigrams, without the column sizes search does
    not use): the figures' labels and their simplified twins, from the facts table; the
    paragraphs' simplified text, read through their offsets by the triggers that keep the
    index, since the table stores none, and which rows hold a trigram, not where (detail=none:
    a third of the size; the rows found are checked for the whole terms). `fill`: index the
    rows already there (an upgrade)."""
    new_twin = PARAGRAPH_TWIN.format(row="new")
    old_twin = PARAGRAPH_TWIN.format(row="old")
    document = "FROM documents d WHERE d.id = {row}.document_id"
    statements = (
        *(f'DROP TRIGGER IF EXISTS "{table}_{kind}"' for table in ("facts", "paragraphs")
          for kind in ("ai", "ad", "au")),
        'DROP TABLE IF EXISTS "facts_fts"',
        'DROP TABLE IF EXISTS "paragraphs_fts"',
        "CREATE VIRTUAL TABLE facts_fts USING FTS5 (label, search_text, tokenize='trigram', "
        'content="facts", columnsize=0)',  # the shape Datasette finds and searches
        "CREATE TRIGGER facts_ai AFTER INSERT ON facts BEGIN INSERT INTO facts_fts "
        "(rowid, label, search_text) VALUES (new.id, new.label, new.search_text); END",
        "CREATE TRIGGER facts_ad AFTER DELETE ON facts BEGIN INSERT INTO facts_fts "
        "(facts_fts, rowid, label, search_text) VALUES "
        "('delete', old.id, old.label, old.search_text); END",
        "CREATE TRIGGER facts_au AFTER UPDATE OF label, search_text ON facts BEGIN "
        "INSERT INTO facts_fts (facts_fts, rowid, label, search_text) VALUES "
        "('delete', old.id, old.label, old.search_text); INSERT INTO facts_fts "
        "(rowid, label, search_text) VALUES (new.id, new.label, new.search_text); END",
        "CREATE VIRTUAL TABLE paragraphs_fts USING FTS5 (search_text, tokenize='trigram', "
        "content='', detail=none, columnsize=0)",
        "CREATE TRIGGER paragraphs_ai AFTER INSERT ON paragraphs BEGIN INSERT INTO "
        f"paragraphs_fts (rowid, search_text) SELECT new.id, {new_twin} "
        f"{document.format(row='new')}; END",
        "CREATE TRIGGER paragraphs_ad AFTER DELETE ON paragraphs BEGIN INSERT INTO "
        f"paragraphs_fts (paragraphs_fts, rowid, search_text) SELECT 'delete', old.id, "
        f"{old_twin} {document.format(row='old')}; END",
    )
    if not fill:
        return statements
    return (*statements,
            "INSERT INTO facts_fts (facts_fts) VALUES ('rebuild')",
            "INSERT INTO paragraphs_fts (rowid, search_text) SELECT p.id, "
            f"{PARAGRAPH_TWIN.format(row='p')} FROM paragraphs p "
            "JOIN documents d ON d.id = p.document_id")


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
    # what the offsets say is no longer stored twice (PARAGRAPH_TWIN); simplified() is the
    # search's own conversion, given to the connection for this step
    8: (*file_fts()[:8],  # the old triggers and indexes go first: they would copy each change
        LEAVE_OUT_SLICES,
        *file_fts(fill=True)[8:], *READING_VIEWS,
        # a report's few hundred rows are read through (document_id, position) instead
        "DROP INDEX IF EXISTS idx_facts_category_id",
        "DROP INDEX IF EXISTS idx_facts_document_id_review", *TWIN_INDEXES),
}
#: The version from which a library file stores what its offsets say once (PARAGRAPH_TWIN).
OFFSETS_VERSION = 8

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
