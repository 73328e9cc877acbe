"""Review the proposed figures of an imported report: accept, reject, edit the label, the
category, the value or the unit, split a range in two, and undo any of these.

Each change is one SQLite transaction on the user's library and returns what undoes it; the
bundled database is never written. No Qt.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from gannan_gui.common.errors import UserError
from gannan_gui.pipeline.importer import check_library_path
from gannan_gui.pipeline.numbers import NumeralError, parse_amount, to_base, unit_info
from gannan_gui.pipeline.proposals import FIELDS, OTHER

ACCEPTED, PROPOSED, REJECTED = "accepted", "proposed", "rejected"
FIGURE_COLUMNS = ("value", "unit", "written", "unit_kind", "base_value", "base_value_high",
                  "base_unit")


class ReviewError(UserError):
    """A change that cannot be made; one line says why."""


@dataclass(frozen=True)
class Change:
    """What one review step did, enough to undo it."""

    fact_id: int
    before: dict  # the columns it changed, as they were
    added_id: int | None = None  # the fact a split added
    added_category: int | None = None  # a category made for the change


class Reviewer:
    """The facts of one report of a library, open for writing."""

    def __init__(self, library: Path, document_id: int) -> None:
        check_library_path(library)
        try:
            self._db = sqlite3.connect(library)
        except sqlite3.Error as exc:
            raise ReviewError(f"{library}：无法打开资料库（{exc}）") from None
        self._db.row_factory = sqlite3.Row
        self.library, self.document_id = library, document_id

    def close(self) -> None:
        self._db.close()

    # --- reading ------------------------------------------------------------------------
    def facts(self) -> list[sqlite3.Row]:
        """Every fact of the report in reading order, rejected ones too."""
        return self._db.execute(
            "SELECT * FROM facts WHERE document_id = ? ORDER BY position, id",
            (self.document_id,)).fetchall()

    def categories(self) -> dict[str, int]:
        """The report's categories by key."""
        return {row["key"]: row["id"] for row in self._db.execute(
            "SELECT id, key FROM categories WHERE document_id = ?", (self.document_id,))}

    def paragraph(self, paragraph_id: int) -> sqlite3.Row:
        return self._db.execute("SELECT * FROM paragraphs WHERE id = ?",
                                (paragraph_id,)).fetchone()

    def _fact(self, fact_id: int) -> sqlite3.Row:
        row = self._db.execute("SELECT * FROM facts WHERE id = ? AND document_id = ?",
                               (fact_id, self.document_id)).fetchone()
        if row is None:
            raise ReviewError(f"这篇报道中没有第 {fact_id} 项数据")
        return row

    # --- changes -------------------------------------------------------------------------
    def accept(self, fact_id: int, label: str | None = None, field_key: str | None = None,
               value: str | None = None, unit: str | None = None) -> Change:
        """Accept the figure, with whatever the reviewer corrected."""
        return self._change(fact_id, {"review": ACCEPTED}, label, field_key, value, unit)

    def reject(self, fact_id: int) -> Change:
        return self._change(fact_id, {"review": REJECTED})

    def edit(self, fact_id: int, label: str | None = None, field_key: str | None = None,
             value: str | None = None, unit: str | None = None) -> Change:
        """Correct the figure and leave its review state as it is."""
        return self._change(fact_id, {}, label, field_key, value, unit)

    def _change(self, fact_id: int, columns: dict, label: str | None = None,
                field_key: str | None = None, value: str | None = None,
                unit: str | None = None) -> Change:
        row = self._fact(fact_id)
        changes = dict(columns)
        if label is not None:
            label = " ".join(label.split())
            if not label:
                raise ReviewError("标签不能为空")
            changes["label"] = label
        if value is not None or unit is not None:
            changes.update(figure_columns(value if value is not None else row["value"],
                                          unit if unit is not None else row["unit"]))
        added_category = None
        try:
            with self._db:
                if field_key is not None:
                    category_id, added_category = self._category_for(field_key)
                    changes["category_id"] = category_id
                changes = {k: v for k, v in changes.items() if row[k] != v}
                if changes:
                    sets = ", ".join(f"{column} = ?" for column in changes)
                    self._db.execute(f"UPDATE facts SET {sets} WHERE id = ?",
                                     [*changes.values(), fact_id])
        except sqlite3.Error as exc:
            raise ReviewError(f"{self.library}：无法保存（{exc}）") from None
        return Change(fact_id, {k: row[k] for k in changes}, added_category=added_category)

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

    def split_range(self, fact_id: int) -> Change:
        """A range (3至5个) becomes two figures, its low end and its high end, both to be
        reviewed."""
        row = self._fact(fact_id)
        if row["base_value_high"] is None:
            raise ReviewError("这项数据不是一个范围，无需拆分")
        low, high = _range_ends(row)
        try:
            with self._db:
                new_id = self._db.execute("SELECT max(id) + 1 FROM facts").fetchone()[0]
                columns = [c[1] for c in self._db.execute("PRAGMA table_info(facts)")
                           if c[1] != "id"]
                self._db.execute(
                    f"INSERT INTO facts (id, {', '.join(columns)}) SELECT ?, "
                    f"{', '.join(columns)} FROM facts WHERE id = ?", (new_id, fact_id))
                for target, text in ((fact_id, low), (new_id, high)):
                    changes = {**figure_columns(text, row["unit"]), "review": PROPOSED}
                    sets = ", ".join(f"{column} = ?" for column in changes)
                    self._db.execute(f"UPDATE facts SET {sets} WHERE id = ?",
                                     [*changes.values(), target])
        except sqlite3.Error as exc:
            raise ReviewError(f"{self.library}：无法保存（{exc}）") from None
        before = {k: row[k] for k in (*FIGURE_COLUMNS, "review")}
        return Change(fact_id, before, added_id=new_id)

    def undo(self, change: Change) -> None:
        """Put back what a change altered, and remove what it added."""
        try:
            with self._db:
                if change.added_id is not None:
                    self._db.execute("DELETE FROM facts WHERE id = ?", (change.added_id,))
                if change.before:
                    sets = ", ".join(f"{column} = ?" for column in change.before)
                    self._db.execute(f"UPDATE facts SET {sets} WHERE id = ?",
                                     [*change.before.values(), change.fact_id])
                if change.added_category is not None:
                    self._db.execute("DELETE FROM categories WHERE id = ? AND NOT EXISTS "
                                     "(SELECT 1 FROM facts WHERE category_id = ?)",
                                     (change.added_category, change.added_category))
        except sqlite3.Error as exc:
            raise ReviewError(f"{self.library}：无法撤销（{exc}）") from None


def figure_columns(value: str, unit: str) -> dict:
    """The figure's columns for a value and a unit as a reviewer types them."""
    value, unit = value.strip(), unit.strip()
    try:
        low, high = parse_amount(value)
        info = unit_info(unit)
    except NumeralError as exc:
        raise ReviewError(f"无法读取“{value}{unit}”：{exc}") from None
    base_value, base_unit = to_base(low, unit)
    # written: "" once corrected, so the figure reads from the corrected value and unit
    return {"value": value, "unit": unit, "written": "", "unit_kind": info.kind,
            "base_value": base_value,
            "base_value_high": None if high is None else to_base(high, unit)[0],
            "base_unit": base_unit}


def _range_ends(row: sqlite3.Row) -> tuple[str, str]:
    """The two ends of a range in the figure's own unit: '3' and '5' from 3—5个, '3000' and
    '4000' from 三四千户."""
    factor = float(unit_info(row["unit"]).factor)
    return (_plain_number(row["base_value"] / factor),
            _plain_number(row["base_value_high"] / factor))


def _plain_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def remove_report(library: Path, document_id: int) -> None:
    """Take a report and everything said about it out of the library, in one transaction."""
    check_library_path(library)
    try:
        db = sqlite3.connect(library)
    except sqlite3.Error as exc:
        raise ReviewError(f"{library}：无法打开资料库（{exc}）") from None
    try:
        with db:
            db.execute("DELETE FROM entity_facts WHERE entity_id IN "
                       "(SELECT id FROM entities WHERE document_id = ?)", (document_id,))
            for table in ("entities", "facts", "not_facts", "categories", "paragraphs",
                          "sections"):
                db.execute(f"DELETE FROM {table} WHERE document_id = ?", (document_id,))
            if db.execute("DELETE FROM documents WHERE id = ?", (document_id,)).rowcount != 1:
                raise ReviewError(f"{library}：资料库中没有这篇报道")
    except sqlite3.Error as exc:
        raise ReviewError(f"{library}：无法移除（{exc}）") from None
    finally:
        db.close()
