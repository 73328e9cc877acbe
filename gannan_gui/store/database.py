"""Read a fact database: plain objects for the window, the printout, the slides and exports.

The app opens the database read-only with the standard library's sqlite3 (sqlite-utils is
for the build and too slow to import at start-up), checks what it reads once, at open, loads
the small tables into memory and keeps the connection for full-text search. No Qt.
"""

from __future__ import annotations

import functools
import json
import math
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

from gannan_gui.common.errors import UserError, os_reason
from gannan_gui.common.files import file_kind
from gannan_gui.pipeline.schema import (
    ADDED_COLUMNS,
    OLDEST_READABLE_VERSION,
    REQUIRED_TABLES,
    SCHEMA_VERSION,
)
from gannan_gui.store.models import Category, Document, Entity, Fact, Paragraph, SearchHit
from gannan_gui.store.search import (
    match_spans,
    search_terms,
    simplified,
)

#: Deeper category trees than this are refused: no report is organised that deeply.
MAX_CATEGORY_DEPTH = 32
#: Longest text a field may hold (a title, a label, a name), and the fields that hold more:
#: anything longer is not a report, and laying it out would freeze the window.
MAX_SHORT_TEXT = 2_000
TEXT_LIMITS = {("documents", "text"): 20_000_000, "text": 200_000, "quote": 200_000}


class DatabaseError(UserError):
    """The database cannot be used; the message is meant for the user."""


def _connect_read_only(path: Path) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


@functools.cache
def _plan(cls: type, table: str) -> tuple[tuple[str, str, int, bool], ...]:
    """How each column of `cls` is checked, worked out once, not once a row (a report of
    50,000 figures spent a second on it): (name, check, text limit, may be NULL)."""
    plan = []
    for f in fields(cls):
        kind = str(f.type)
        check = ("words" if f.name == "qualifiers" else next(
            (k for k in ("str", "int", "float") if kind.startswith(k)), ""))
        limit = TEXT_LIMITS.get((table, f.name), TEXT_LIMITS.get(f.name, MAX_SHORT_TEXT))
        plan.append((f.name, check, limit, "None" in kind))
    return tuple(plan)


@functools.cache
def _unsound(cls: type, table: str) -> str:
    """A condition true for a row some column of which `_checked` would refuse: one query
    checks a report's rows (a report of 50,000 figures took a second in Python)."""
    tests = []
    for name, check, limit, optional in _plan(cls, table):
        col = f'"{name}"'
        if check == "str":
            tests.append(f"typeof({col}) != 'text' OR length({col}) > {limit}")
        elif check == "int":
            allowed = "('integer', 'null')" if optional else "('integer')"
            tests.append(f"typeof({col}) NOT IN {allowed}")
        elif check == "float":
            allowed = "('integer', 'real', 'null')" if optional else "('integer', 'real')"
            tests.append(f"typeof({col}) NOT IN {allowed} OR abs({col}) > 1.7e308")
        elif check == "words":  # a JSON list of words, or nothing
            tests.append(f"({col} IS NOT NULL AND {col} != '' AND (typeof({col}) != 'text' "
                         f"OR NOT json_valid({col}) OR json_type({col}) != 'array' OR EXISTS "
                         f"(SELECT 1 FROM json_each({col}) WHERE type != 'text')))")
    return " OR ".join(f"({test})" for test in tests) or "0"


@functools.cache
def _maker(cls: type, table: str) -> Callable[[Sequence[Any]], object]:
    """Make an object of `cls` from a row SQLite found sound: its words parsed, its real
    numbers as floats."""
    plan = _plan(cls, table)
    words = [i for i, (_n, check, _l, _o) in enumerate(plan) if check == "words"]
    floats = [i for i, (_n, check, _l, _o) in enumerate(plan) if check == "float"]
    if not words and not floats:
        return lambda row: cls(*row)

    def make(row: Sequence[Any]) -> object:
        values = list(row)
        for i in words:
            stored = values[i]
            values[i] = () if not stored or stored == "[]" else tuple(json.loads(stored))
        for i in floats:
            if values[i] is not None:
                values[i] = float(values[i])
        return cls(*values)
    return make


def _checked(cls: type, row: sqlite3.Row, table: str, path: Path):
    """An object of `cls` from a row (its columns in the class's order), or DatabaseError
    naming the column that is unsound."""
    values = []
    for (name, check, limit, optional), stored in zip(_plan(cls, table), row, strict=True):
        value = stored
        if check == "str":
            if type(value) is not str:
                raise DatabaseError(f"{path}：{table} 表第 {row['id']} 行的 {name} 不是文本")
            if len(value) > limit:
                raise DatabaseError(f"{path}：{table} 表第 {row['id']} 行的 {name} 长 "
                                    f"{len(value):,} 字，超过报道可能的 {limit:,} 字")
        elif check == "int":
            if not (type(value) is int or (value is None and optional)):
                raise DatabaseError(f"{path}：{table} 表第 {row['id']} 行的 {name} 不是整数")
        elif check == "float":
            if value is None and optional:
                pass
            elif type(value) not in (int, float) or not math.isfinite(value):
                raise DatabaseError(f"{path}：{table} 表第 {row['id']} 行的 {name} 不是数值")
            else:
                value = float(value)
        elif check == "words":
            try:
                value = tuple(json.loads(value or "[]"))
            except (TypeError, ValueError):
                value = None
            if value is None or not all(isinstance(v, str) for v in value):
                raise DatabaseError(f"{path}：{table} 表第 {row['id']} 行的 qualifiers "
                                    "不是词语列表")
        values.append(value)
    return cls(*values)


#: The column of a table that a library file leaves '' when the offsets after it say it.
_SLICED = {"facts": "quote", "paragraphs": "text"}


class FactBase:
    """One document's facts, categories and entities, with search over that document.

    A file may hold many reports (a user's library); `document_id` chooses one, the first
    by default. Only that report's rows are loaded."""

    def __init__(self, connection: sqlite3.Connection, path: Path,
                 document_id: int | None = None, reviewed_only: bool = False) -> None:
        self.path = path
        self.reviewed_only = reviewed_only  # only the figures a reviewer accepted
        self._db = connection
        self._db.row_factory = sqlite3.Row
        columns = select_list(self._db, "documents", [f.name for f in fields(Document)])
        if document_id is None:
            row = self._db.execute(f"SELECT {columns} FROM documents ORDER BY id LIMIT 1"
                                   ).fetchone()
        else:
            row = self._db.execute(f"SELECT {columns} FROM documents WHERE id = ?",
                                   (document_id,)).fetchone()
        if row is None:
            raise DatabaseError(f"{path}：数据库中没有任何报道" if document_id is None
                                else f"{path}：找不到第 {document_id} 篇报道")
        self.document: Document = _checked(Document, row, "documents", path)
        doc = self.document.id
        self.meta: dict[str, str] = {str(k): str(v) for k, v in self._db.execute(
            "SELECT key, value FROM meta")}
        self.categories: list[Category] = self._load(Category, "categories", doc)
        self.paragraphs: list[Paragraph] = self._load(Paragraph, "paragraphs", doc)
        self.facts: list[Fact] = self._load(Fact, "facts", doc)
        self.entities: list[Entity] = self._load(Entity, "entities", doc)
        self.category_by_id = {c.id: c for c in self.categories}
        self.fact_by_id = {f.id: f for f in self.facts}
        self.entity_by_id = {e.id: e for e in self.entities}
        self.paragraph_by_id = {p.id: p for p in self.paragraphs}
        self._entity_facts = [  # this report's links only: a library holds many reports
            (e, f) for e, f in self._db.execute(
                "SELECT l.entity_id, l.fact_id FROM entity_facts l "
                "JOIN entities e ON e.id = l.entity_id WHERE e.document_id = ? "
                "ORDER BY l.entity_id, l.fact_id", (doc,))
            if e in self.entity_by_id and f in self.fact_by_id]
        self._check_references()
        self._searched: dict[str, list[tuple[int, str]]] = {}  # made by the first search
        self._twins: dict[str, dict[int, str]] = {}  # by table, read by the first search

    def _load(self, cls: type, table: str, document_id: int) -> list:
        names = select_list(self._db, table, [f.name for f in fields(cls)])
        # A figure the reviewer rejected is in no view: not the tree, charts, print, slides.
        rejected = ""
        if table == "facts":
            rejected = (" AND review = 'accepted'" if self.reviewed_only
                        else " AND review != 'rejected'")
        sql = f"SELECT {names} FROM {table} WHERE document_id = ?{rejected}"
        # SQLite checks every row's columns at once (in C); a row it finds unsound is
        # checked again here, for the message naming its column
        unsound = self._db.execute(f"SELECT * FROM ({sql}) WHERE {_unsound(cls, table)} "
                                   "LIMIT 1", (document_id,)).fetchone()
        if unsound is not None:
            _checked(cls, unsound, table, self.path)  # raises DatabaseError
        make = _maker(cls, table)
        rows = self._db.execute(f"{sql} ORDER BY position, id", (document_id,))
        sliced = _SLICED.get(table)
        if sliced is None:
            return [make(row) for row in rows]
        # a library file leaves out what the offsets say (schema.PARAGRAPH_TWIN)
        order = [f.name for f in fields(cls)]
        at, start, end = (order.index(n) for n in (sliced, "char_start", "char_end"))
        text = self.document.text
        return [make(row) if row[at] else
                make((*row[:at], text[row[start]:row[end]], *row[at + 1:])) for row in rows]

    def _check_references(self) -> None:
        """Every category chain ends at the top within MAX_CATEGORY_DEPTH; every fact and
        entity sits in a category and a paragraph that exist."""
        for category in self.categories:
            seen = [category.name]
            parent = category.parent_id
            while parent is not None:
                above = self.category_by_id.get(parent)
                if above is None:
                    raise DatabaseError(f"{self.path}：分类“{category.name}”的上级分类 "
                                        f"{parent} 不存在")
                if above.name in seen or len(seen) > MAX_CATEGORY_DEPTH:
                    chain = " › ".join(seen[:6])
                    raise DatabaseError(f"{self.path}：分类形成环或层级过深：{chain}…")
                seen.append(above.name)
                parent = above.parent_id
        items: list[Fact | Entity] = [*self.facts, *self.entities]
        for item in items:
            if item.category_id not in self.category_by_id:
                raise DatabaseError(f"{self.path}：{type(item).__name__.lower()} {item.id} "
                                    f"所属的分类 {item.category_id} 不存在")
            if item.paragraph_id is not None and item.paragraph_id not in self.paragraph_by_id:
                raise DatabaseError(f"{self.path}：{type(item).__name__.lower()} {item.id} "
                                    f"所在的段落 {item.paragraph_id} 不存在")

    def close(self) -> None:
        self._db.close()

    def indicator_name(self, key: str) -> str:
        """An indicator's name: the app's, or one the library's users added; '' for none."""
        if not key:
            return ""
        from gannan_gui.pipeline.indicators import bundled_vocabulary

        known = bundled_vocabulary().get(key)
        if known is not None:
            return known.name
        try:
            row = self._db.execute("SELECT name FROM indicators WHERE key = ?", (key,)
                                   ).fetchone()
        except sqlite3.Error:  # a file of an older version: no indicators of its own
            row = None
        return str(row[0]) if row else key

    def document_count(self) -> int:
        """How many reports the file holds (a library holds many)."""
        return int(self._db.execute("SELECT count(*) FROM documents").fetchone()[0])

    # --- the tree ---------------------------------------------------------------
    def top_categories(self) -> list[Category]:
        return [c for c in self.categories if c.parent_id is None]

    def child_categories(self, category_id: int) -> list[Category]:
        return [c for c in self.categories if c.parent_id == category_id]

    def category_path(self, category_id: int) -> list[Category]:
        """From the top category down to this one."""
        path = []
        current: int | None = category_id
        while current is not None:
            category = self.category_by_id[current]
            path.append(category)
            current = category.parent_id
        return path[::-1]

    def descendant_ids(self, category_id: int) -> set[int]:
        ids, todo = set(), [category_id]
        while todo:
            current = todo.pop()
            ids.add(current)
            todo += [c.id for c in self.child_categories(current)]
        return ids

    def facts_in(self, category_id: int | None, recursive: bool = True) -> list[Fact]:
        """Facts of a category (and its subcategories), or every fact for None."""
        if category_id is None:
            return list(self.facts)
        ids = self.descendant_ids(category_id) if recursive else {category_id}
        return [f for f in self.facts if f.category_id in ids]

    def entities_in(self, category_id: int | None, recursive: bool = True) -> list[Entity]:
        if category_id is None:
            return list(self.entities)
        ids = self.descendant_ids(category_id) if recursive else {category_id}
        return [e for e in self.entities if e.category_id in ids]

    def entities_of_fact(self, fact_id: int) -> list[Entity]:
        return [self.entity_by_id[e] for e, f in self._entity_facts if f == fact_id]

    def facts_of_entity(self, entity_id: int) -> list[Fact]:
        return [self.fact_by_id[f] for e, f in self._entity_facts if e == entity_id]

    def paragraph_of(self, item: Fact | Entity) -> Paragraph | None:
        return self.paragraph_by_id.get(item.paragraph_id) if item.paragraph_id else None

    def lead(self) -> str:
        """The report's first paragraph of text, past a title line kept as a paragraph for
        the figures only it states."""
        return next((p.text for p in self.paragraphs if p.text != self.document.title), "")

    def facts_of_paragraph(self, paragraph_id: int) -> list[Fact]:
        return [f for f in self.facts if f.paragraph_id == paragraph_id]

    def sentences_naming(self, entity: Entity) -> list[str]:
        """Every sentence of the body that names the entity, in reading order."""
        found = []
        for paragraph in self.paragraphs:
            for sentence in paragraph.text.replace("。", "。\n").splitlines():
                if entity.name in sentence and sentence not in found:
                    found.append(sentence)
        return found or [entity.quote]

    @property
    def data_version(self) -> str:
        """The bundled build's version; '' for an imported report (a library's meta is
        about the file, not about one of its reports)."""
        if self.document.imported:
            return ""
        return self.meta.get("data_version", "?")

    # --- search -----------------------------------------------------------------
    def search(self, query: str, limit: int = 200) -> list[SearchHit]:
        """Facts, entities and paragraphs containing every term; never raises on odd input."""
        # Simplified terms: every report stores a simplified twin of its text (search_text),
        # so 财政 finds 財政 in a report written in traditional characters, and 財政 finds 财政.
        terms = [simplified(term) for term in search_terms(query)]
        if not terms:
            return []
        hits: list[SearchHit] = []
        for kind, table in (("fact", "facts"), ("entity", "entities"),
                            ("paragraph", "paragraphs")):
            for item_id in self._matching_ids(table, terms, limit):
                hit = self._hit(kind, item_id, terms)
                if hit is not None:
                    hits.append(hit)
        return hits

    def _matching_ids(self, table: str, terms: list[str], limit: int) -> list[int]:
        # One report is searched in memory, where it is loaded anyway: a few hundred rows
        # (a library file stores no quote or paragraph text for LIKE to read). The
        # full-text index would first find the term in every report of a library.
        folded = [term.casefold() for term in terms]
        found = []
        for item_id, haystack in self._haystacks(table):
            if all(term in haystack for term in folded):
                found.append(item_id)
                if len(found) >= limit:
                    break
        return found

    def _haystacks(self, table: str) -> list[tuple[int, str]]:
        """What a search of this report reads of each row, in reading order, case-folded:
        the text as written and its simplified twin (stored for a report in traditional
        characters), made once."""
        made = self._searched.get(table)
        if made is not None:
            return made
        if table == "paragraphs":
            twins = self._twins_of("paragraphs")
            made = [(p.id, f"{p.text}\n{twins.get(p.id, '')}".casefold())
                    for p in self.paragraphs]
        elif table == "facts":
            twins = self._twins_of("facts")
            made = [(f.id, "\n".join((f.label, f.label_en, f.quote, twins.get(f.id, ""),
                                       self._quote_twin(f))).casefold()) for f in self.facts]
        else:
            made = [(e.id, f"{e.name}\n{e.kind_label}\n{e.quote}".casefold())
                    for e in self.entities]
        self._searched[table] = made
        return made

    def _quote_twin(self, fact: Fact) -> str:
        """The simplified twin of a figure's quote, from its paragraph's (a report in
        traditional characters); '' when the paragraph has none."""
        paragraph = self.paragraph_of(fact)
        if paragraph is None or not self.document.imported:
            return ""
        twin = self._twins_of("paragraphs").get(paragraph.id, "")
        if not twin:
            return ""
        return twin[fact.char_start - paragraph.char_start:fact.char_end - paragraph.char_start]

    def _twins_of(self, table: str) -> dict[int, str]:
        """The simplified twins the report's rows of `table` keep (by id), read once."""
        twins = self._twins.get(table)
        if twins is None:
            try:
                twins = {row[0]: str(row[1]) for row in self._db.execute(
                    f"SELECT id, search_text FROM {table} WHERE document_id = ? "
                    "AND search_text != ''", (self.document.id,))}
            except sqlite3.Error as exc:
                raise DatabaseError(f"{self.path}：搜索失败（{exc}）") from None
            self._twins[table] = twins
        return twins

    def _hit(self, kind: str, item_id: int, terms: list[str]) -> SearchHit | None:
        if kind == "fact":
            fact = self.fact_by_id.get(item_id)
            if fact is None:
                return None
            title, text = f"{fact.label} {fact.figure}", fact.quote
        elif kind == "entity":
            entity = self.entity_by_id.get(item_id)
            if entity is None:
                return None
            title, text = f"{entity.name}（{entity.kind_label}）", entity.quote
        else:
            paragraph = self.paragraph_by_id.get(item_id)
            if paragraph is None:
                return None
            title, text = f"第{paragraph.position}段", paragraph.text
        spans = match_spans(text, terms)
        if self.document.origin == "imported":  # same length: its spans are the text's spans
            spans = tuple(sorted({*spans, *match_spans(simplified(text), terms)}))
        return SearchHit(kind, item_id, title, text, spans)


def select_list(connection: sqlite3.Connection, table: str, names: list[str]) -> str:
    """The columns to select, a column that an older version of the file lacks read as the
    value that version implies ('' AS region)."""
    present = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
    defaults = ADDED_COLUMNS.get(table, {})
    return ", ".join(name if name in present or name not in defaults
                     else f"{defaults[name]!r} AS {name}" for name in names)


def _check_regular_file(path: Path) -> None:
    try:
        kind = file_kind(path)
    except OSError as exc:
        raise DatabaseError(f"{path}：无法打开数据库（{os_reason(exc)}）") from None
    problem = {"missing": "找不到数据库文件", "folder": "这是一个文件夹，不是数据库文件",
               "special": "不是普通文件，不能作为数据库打开"}.get(kind)
    if problem:
        raise DatabaseError(f"{path}：{problem}")


SQLITE_HEADER = b"SQLite format 3\x00"


def _diagnose(path: Path, error: sqlite3.Error) -> str:
    """What is really wrong when SQLite refuses a file opened read-only: not SQLite at all,
    a write that was interrupted (a hot journal), a WAL database where its -shm cannot be
    made, or damage."""
    try:
        with path.open("rb") as stream:
            header = stream.read(100)
    except OSError as exc:
        return f"无法读取数据库（{os_reason(exc)}）"
    if not header.startswith(SQLITE_HEADER):
        return "这不是 SQLite 数据库文件"
    journal = path.with_name(path.name + "-journal")
    if journal.is_file() and journal.stat().st_size > 0:
        return (f"上次写入这个数据库时被中断（旁边留有 {journal.name}）；请先用可以写入它的"
                "程序（例如 sqlite3 命令行）打开一次，撤销中断的写入，再在这里打开")
    if len(header) > 19 and 2 in (header[18], header[19]):
        return ("数据库处于 WAL 模式而所在文件夹只读，SQLite 无法打开；请把它复制到可写的"
                "文件夹，或在那里执行 'PRAGMA journal_mode=DELETE' 转换")
    return f"数据库已损坏，或不是 gannan-gui 数据库（{error}）"


def schema_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def check_schema(path: Path, version: int, tables: set[str], newer_ok: bool = False) -> None:
    """DatabaseError unless the file is a database of this app that this version reads: the
    one check that the reading and the writing side both make."""
    missing = [t for t in REQUIRED_TABLES if t not in tables]
    if missing:
        raise DatabaseError(f"{path}：不是 gannan-gui 数据库（缺少 {missing[0]} 表）")
    if version < OLDEST_READABLE_VERSION or (version > SCHEMA_VERSION and not newer_ok):
        raise DatabaseError(f"{path}：数据库结构版本为 {version}，本程序读取版本 "
                            f"{OLDEST_READABLE_VERSION}–{SCHEMA_VERSION}；"
                            + ("请使用更新版本的 gannan-gui" if version > SCHEMA_VERSION
                               else "请用 'gannan-gui build' 重新生成"))


def table_names(connection: sqlite3.Connection) -> set[str]:
    return {r[0] for r in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}


def connect_checked(path: Path, newer_ok: bool = False) -> sqlite3.Connection:
    """A read-only connection to a database of this app (tables and schema version checked),
    or DatabaseError saying what is wrong with the file. `newer_ok`: a library written by a
    newer version of the app is read too (its additions are ignored)."""
    _check_regular_file(path)
    try:
        connection = _connect_read_only(path)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path}：{_diagnose(path, exc)}") from None
    try:
        check_schema(path, schema_version(connection), table_names(connection), newer_ok)
    except sqlite3.DatabaseError as exc:
        connection.close()
        raise DatabaseError(f"{path}：{_diagnose(path, exc)}") from None
    except DatabaseError:
        connection.close()
        raise
    return connection


def open_database(path: Path, document_id: int | None = None,
                  reviewed_only: bool = False, newer_ok: bool = False) -> FactBase:
    """Open a fact database read-only, or raise DatabaseError saying what is wrong with it;
    the report `document_id`, or the first; with `reviewed_only`, its accepted figures."""
    connection = connect_checked(path, newer_ok)
    try:
        return FactBase(connection, path, document_id, reviewed_only)
    except DatabaseError:
        connection.close()
        raise
    except sqlite3.DatabaseError as exc:
        connection.close()
        raise DatabaseError(f"{path}：{_diagnose(path, exc)}") from None
    except (TypeError, KeyError, IndexError) as exc:  # tables with other columns
        connection.close()
        raise DatabaseError(f"{path}：数据库内容与预期不符（{exc}）") from None
