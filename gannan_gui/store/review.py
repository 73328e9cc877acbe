"""Review the proposed figures of an imported report: accept, reject, edit the label, the
category, the value or the unit, split a range in two, and undo any of these.

Each change is one transaction on the library (through its `Writer`) and returns what undoes
it. Every figure carries a version, bumped by each change: a decision names the version it
was made on, and when someone else changed the figure since, it is refused with a
`ConflictError` saying what the figure is now, never written over it. No Qt.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from gannan_gui.pipeline.proposals import FIELDS, OTHER
from gannan_gui.pipeline.review import (
    ACCEPTED,
    FIGURE_COLUMNS,
    PROPOSED,
    REJECTED,
    ReviewError,
    figure_columns,
    range_ends,
)
from gannan_gui.pipeline.schema import RECOUNT
from gannan_gui.pipeline.writer import TABLE_COLUMNS, label_twin
from gannan_gui.store.search import simplified
from gannan_gui.store.writing import LibraryError, Writer, sqlite_reason

STATE_NAMES = {PROPOSED: "待审核", ACCEPTED: "已接受", REJECTED: "已否决"}
#: What the two halves of a split range are called, after the range's label.
LOW_END, HIGH_END = "下限", "上限"


class ConflictError(ReviewError):
    """The figure changed since it was read: someone else decided or corrected it."""

    def __init__(self, message: str, current: sqlite3.Row) -> None:
        super().__init__(message)
        self.current = current


@dataclass(frozen=True)
class Change:
    """What one review step did, enough to undo it."""

    fact_id: int
    before: dict  # the columns it changed, as they were
    version: int  # the figure's version after the change: undo checks nobody came since
    added_id: int | None = None  # the fact a split added
    added_category: int | None = None  # a category made for the change


class Reviewer:
    """The facts of one report of a library, open for writing through its writer."""

    def __init__(self, writer: Writer, document_id: int) -> None:
        self._writer = writer
        self._report_text: str | None = None
        self._in_traditional: bool | None = None
        self.library, self.document_id = writer.path, document_id
        try:
            found = self._db.execute("SELECT 1 FROM documents WHERE id = ?",
                                     (document_id,)).fetchone()
        except sqlite3.Error as exc:
            raise LibraryError(f"{self.library}：无法读取资料库（{sqlite_reason(exc)}）") from None
        if found is None:
            raise ReviewError(f"{self.library}：资料库中没有第 {document_id} 篇报道")

    @property
    def _db(self) -> sqlite3.Connection:
        return self._writer.connection

    # --- reading ------------------------------------------------------------------------
    def facts(self) -> list[dict]:
        """Every fact of the report in reading order, rejected ones too, as they are now,
        each quote whole (a library file reads it through its offsets)."""
        rows = self._db.execute(
            "SELECT * FROM facts WHERE document_id = ? ORDER BY position, id",
            (self.document_id,)).fetchall()
        return [self._whole(row, "quote") for row in rows]

    def categories(self) -> dict[str, int]:
        """The report's categories by key."""
        return {row["key"]: row["id"] for row in self._db.execute(
            "SELECT id, key FROM categories WHERE document_id = ?", (self.document_id,))}

    def paragraph(self, paragraph_id: int) -> dict | None:
        row = self._db.execute("SELECT * FROM paragraphs WHERE id = ? AND document_id = ?",
                               (paragraph_id, self.document_id)).fetchone()
        return None if row is None else self._whole(row, "text")

    def _whole(self, row: sqlite3.Row, column: str) -> dict:
        """A row with the column a library file leaves '' read from the report's text."""
        whole = dict(row)
        if not whole[column]:
            whole[column] = self._text()[whole["char_start"]:whole["char_end"]]
        return whole

    def _text(self) -> str:
        if self._report_text is None:  # read once: a report's text never changes
            found = self._db.execute("SELECT text FROM documents WHERE id = ?",
                                     (self.document_id,)).fetchone()
            self._report_text = str(found[0]) if found else ""
        return self._report_text

    def _traditional(self) -> bool:
        """Whether the report is written in traditional characters (found once)."""
        if self._in_traditional is None:
            self._in_traditional = simplified(self._text()) != self._text()
        return self._in_traditional

    def _fact(self, fact_id: int) -> sqlite3.Row:
        row = self._db.execute("SELECT * FROM facts WHERE id = ? AND document_id = ?",
                               (fact_id, self.document_id)).fetchone()
        if row is None:
            raise ReviewError(f"这篇报道中没有第 {fact_id} 项数据（可能已被他人移除）")
        return row

    def _check_version(self, row: sqlite3.Row, expected: int | None) -> None:
        if expected is not None and row["version"] != expected:
            who = f"（{row['reviewed_by']}，{row['reviewed_at'][:16].replace('T', ' ')}）" \
                if row["reviewed_by"] else ""
            raise ConflictError(
                f"“{row['label']}”已被他人改过{who}：现在是"
                f"{STATE_NAMES.get(row['review'], row['review'])}，"
                f"{row['value']}{row['unit']}", row)

    # --- changes -------------------------------------------------------------------------
    def accept(self, fact_id: int, label: str | None = None, field_key: str | None = None,
               value: str | None = None, unit: str | None = None,
               expected_version: int | None = None, scope: str | None = None,
               indicator: str | None = None) -> Change:
        """Accept the figure, with whatever the reviewer corrected (its scope too: the place
        it is about). `expected_version`: the version the reviewer saw; None decides
        whatever the figure is now."""
        columns: dict = {"review": ACCEPTED}
        if scope is not None:
            columns["scope"] = " ".join(scope.split())
        if indicator is not None:  # the standard measure it states; '' for none
            columns["indicator"] = indicator.strip()
        return self._change(fact_id, columns, label, field_key, value, unit, expected_version)

    def reject(self, fact_id: int, expected_version: int | None = None) -> Change:
        return self._change(fact_id, {"review": REJECTED}, expected_version=expected_version)

    def edit(self, fact_id: int, label: str | None = None, field_key: str | None = None,
             value: str | None = None, unit: str | None = None,
             expected_version: int | None = None, indicator: str | None = None) -> Change:
        """Correct the figure and leave its review state as it is."""
        columns = {} if indicator is None else {"indicator": indicator.strip()}
        return self._change(fact_id, columns, label, field_key, value, unit, expected_version)

    def _change(self, fact_id: int, columns: dict, label: str | None = None,
                field_key: str | None = None, value: str | None = None,
                unit: str | None = None, expected_version: int | None = None) -> Change:
        changes = dict(columns)
        if label is not None:
            label = " ".join(label.split())
            if not label:
                raise ReviewError("标签不能为空")
            changes["label"] = label
        added_category = None
        with self._writer.transaction("保存") as db:
            row = self._fact(fact_id)  # read inside the transaction: nobody writes between
            self._check_version(row, expected_version)
            typed = (value.strip() if value is not None else row["value"],
                     unit.strip() if unit is not None else row["unit"])
            if typed != (row["value"], row["unit"]):  # corrected: read again from the text
                changes.update(figure_columns(*typed))
            if field_key is not None:
                category_id, added_category = self._category_for(field_key)
                changes["category_id"] = category_id
            changes = {k: v for k, v in changes.items() if row[k] != v}
            version = row["version"]
            if changes:
                if "review" in changes:
                    changes["reviewed_by"], changes["reviewed_at"] = \
                        self._writer.who_and_when()
                version += 1
                self._update(db, fact_id, {**changes, "version": version})
        before = {k: row[k] for k in changes}
        return Change(fact_id, before, version, added_category=added_category)

    def _update(self, db: sqlite3.Connection, fact_id: int, changes: dict) -> None:
        if not self._writer.stores_whole:  # a file's label twin, by the rule of label_twin
            label = changes.get("label") or db.execute(
                "SELECT label FROM facts WHERE id = ?", (fact_id,)).fetchone()[0]
            changes = {**changes, "search_text": label_twin(
                label, self._text(), self._traditional(), True, simplified)}
        sets = ", ".join(f"{column} = ?" for column in changes)
        db.execute(f"UPDATE facts SET {sets} WHERE id = ?", [*changes.values(), fact_id])
        db.execute(RECOUNT, (self.document_id,))

    def _category_for(self, field_key: str) -> tuple[int, int | None]:
        """The report's category for a field, made when the report has none yet."""
        existing = self.categories()
        if field_key in existing:
            return existing[field_key], None
        field = next((f for f in (*FIELDS, OTHER) if f.key == field_key), None)
        if field is None:
            raise ReviewError(f"没有“{field_key}”这个类别")
        new_id = self._db.execute("SELECT coalesce(max(id), 0) + 1 FROM categories").fetchone()[0]
        position = [f.key for f in (*FIELDS, OTHER)].index(field.key) + 1
        self._db.execute(
            "INSERT INTO categories (id, document_id, parent_id, position, key, name, name_en, "
            "section_id) VALUES (?, ?, NULL, ?, ?, ?, ?, NULL)",
            (new_id, self.document_id, position, field.key, field.name, field.name_en))
        return new_id, new_id

    def split_range(self, fact_id: int, expected_version: int | None = None,
                    label: str | None = None) -> Change:
        """A range (3至5个) becomes two figures, its low end and its high end, both to be
        reviewed, labelled (下限) and (上限) after the range's label (or `label`)."""
        label = " ".join(label.split()) if label else None
        with self._writer.transaction("保存") as db:
            row = self._fact(fact_id)
            self._check_version(row, expected_version)
            if row["base_value_high"] is None:
                raise ReviewError("这项数据不是一个范围，无需拆分")
            low, high = range_ends(row)
            new_id = db.execute("SELECT max(id) + 1 FROM facts").fetchone()[0]
            columns = [c for c in TABLE_COLUMNS["facts"] if c != "id"]
            db.execute(
                f"INSERT INTO facts (id, {', '.join(columns)}) SELECT ?, "
                f"{', '.join(columns)} FROM facts WHERE id = ?", (new_id, fact_id))
            version = row["version"] + 1
            for target, text, end in ((fact_id, low, LOW_END), (new_id, high, HIGH_END)):
                self._update(db, target, {**figure_columns(text, row["unit"]),
                                          "label": f"{label or row['label']}（{end}）",
                                          "review": PROPOSED, "version": version})
        before = {k: row[k] for k in (*FIGURE_COLUMNS, "review", "label")}
        return Change(fact_id, before, version, added_id=new_id)

    def undo(self, change: Change) -> None:
        """Put back what a change altered, and remove what it added; a ConflictError when
        someone else changed the figure after it."""
        with self._writer.transaction("撤销") as db:
            row = self._fact(change.fact_id)
            self._check_version(row, change.version)
            if change.added_id is not None:
                db.execute("DELETE FROM facts WHERE id = ?", (change.added_id,))
            if change.before:
                self._update(db, change.fact_id, {**change.before,
                                                  "version": row["version"] + 1})
            if change.added_category is not None:
                db.execute("DELETE FROM categories WHERE id = ? AND NOT EXISTS "
                           "(SELECT 1 FROM facts WHERE document_id = ? AND category_id = ?)",
                           (change.added_category, self.document_id, change.added_category))
