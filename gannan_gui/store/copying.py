"""`gannan-gui library copy SRC DEST`: a library copied whole between a file and a server, in
either direction (a laptop takes the office's library to a meeting with no network; an office
moves a personal library onto its server). The copy is exact: every table, row for row, ids,
offsets, decisions and who made them (a file leaves out what its offsets say, which a
server stores whole: what one leaves out the other is given). It is written in one
transaction into a library that holds no report yet, so a failed copy leaves nothing behind.
No Qt."""

from __future__ import annotations

from collections.abc import Callable

from gannan_gui.pipeline.writer import label_twin
from gannan_gui.store.library import Library
from gannan_gui.store.search import simplified
from gannan_gui.store.writing import LibraryError

#: In the order they are written: each row's references are written before it, or (on a
#: server) checked at the commit.
COPIED_TABLES = ("documents", "sections", "paragraphs", "categories", "facts", "entities",
                 "entity_facts", "not_facts", "originals", "indicators", "meta")
#: Meta rows that describe the file, not its content: the target keeps its own.
OWN_META = {"schema_version"}


def copy_library(source: Library, target: Library,
                 progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy every row of `source` into `target` (empty, or not made yet); how many rows of
    each table. LibraryError, and the target unchanged, when it cannot be done."""
    if source == target:
        raise LibraryError(f"{source.location}：来源和目标是同一个资料库")
    if not source.exists():
        raise LibraryError(f"{source.location}：资料库不存在")
    source.reports()  # readable, and a library: else the error says why
    if target.shared and not target.exists():
        target.init()
    if target.exists():
        held = len(target.reports())
        if held:
            raise LibraryError(f"{target.location}：目标资料库中已有 {held} 篇报道；复制只写入"
                               "空的资料库（一个新文件，或刚用 library init 建立的数据库）")
    counts: dict[str, int] = {}
    with target._writer.transaction("复制资料库", counted=False) as db:
        for table in COPIED_TABLES:
            wanted = set(target.table_columns(table))
            columns = [c for c in source.table_columns(table) if c in wanted]
            if not columns:  # a table an older source lacks (originals): none to copy
                counts[table] = 0
                continue
            rows = source.table_rows(table, columns)
            if table == "meta":
                key = columns.index("key")
                rows = (row for row in rows if row[key] not in OWN_META)
                kept = ", ".join("?" for _ in OWN_META)
                db.execute(f"DELETE FROM meta WHERE key NOT IN ({kept})", tuple(OWN_META))
            if table in ("paragraphs", "facts") and source.stores_whole != target.stores_whole:
                rows = _restored(source, table, columns, rows, whole=target.stores_whole)
            counted = _counted(rows, counts, table)
            target._load_rows(db, table, columns, counted)
            if progress is not None:
                progress(table, counts[table])
    return counts


def _counted(rows, counts: dict[str, int], table: str):
    counts[table] = 0
    for row in rows:
        counts[table] += 1
        yield row


def _restored(source: Library, table: str, columns: list[str], rows, whole: bool):
    """Rows of paragraphs or facts as the target stores them (schema.PARAGRAPH_TWIN): whole
    for a server (quote and text from the report's text, the twins in simplified
    characters), or as a file leaves them."""
    at = {name: columns.index(name) for name in columns}
    sliced = at["text" if table == "paragraphs" else "quote"]
    twin = at["search_text"]
    texts = _ReportTexts(source)
    for stored in rows:
        row = list(stored)
        report = texts.of(row[at["document_id"]])
        own = report[row[at["char_start"]]:row[at["char_end"]]]
        if whole:
            row[sliced] = row[sliced] or own
            row[twin] = (row[twin] or row[sliced]) if table == "paragraphs" else \
                simplified(row[sliced])
        else:
            written = row[sliced]
            row[sliced] = "" if written == own else written
            if table == "paragraphs":
                row[twin] = "" if row[twin] == written else row[twin]
            else:
                row[twin] = label_twin(row[at["label"]], report, texts.traditional(),
                                       row[at["version"]] > 0, simplified)
        yield tuple(row)


class _ReportTexts:
    """The text of the report a row belongs to, read from the source when the rows (in id
    order, so by report) reach the next one."""

    def __init__(self, source: Library) -> None:
        self.source = source
        self.document_id: int | None = None
        self.text = ""
        self._traditional: bool | None = None

    def of(self, document_id: int) -> str:
        if document_id != self.document_id:
            self.document_id, self.text = document_id, self.source.document_text(document_id)
            self._traditional = None
        return self.text

    def traditional(self) -> bool:
        """Whether the current report is written in traditional characters."""
        if self._traditional is None:
            self._traditional = simplified(self.text) != self.text
        return self._traditional
