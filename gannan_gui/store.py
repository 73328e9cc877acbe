"""Read the fact database: plain objects for the window, the printout and the slides.

The app opens the database read-only with the standard library's sqlite3 (sqlite-utils is
for the build and too slow to import at start-up), loads the small tables into memory once,
and keeps the connection for full-text search. No Qt.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from gannan_gui.numbers import format_grouped
from gannan_gui.schema import FTS_COLUMNS, REQUIRED_TABLES, SCHEMA_VERSION


class DatabaseError(Exception):
    """The database cannot be used; the message is meant for the user."""


@dataclass(frozen=True)
class Document:
    id: int
    title: str
    published: str
    view_count: int
    site: str
    url: str
    reporter: str
    editor: str
    previous_title: str
    next_title: str
    text: str


@dataclass(frozen=True)
class Category:
    id: int
    parent_id: int | None
    position: int
    key: str
    name: str
    name_en: str


@dataclass(frozen=True)
class Paragraph:
    id: int
    section_id: int
    position: int
    text: str
    char_start: int
    char_end: int


@dataclass(frozen=True)
class Fact:
    id: int
    category_id: int
    paragraph_id: int
    label: str
    label_en: str
    value: str
    unit: str
    unit_kind: str
    base_value: float
    base_unit: str
    qualifier: str
    period: str
    quote: str
    char_start: int
    char_end: int

    @property
    def figure(self) -> str:
        """The figure as the article writes it: '14.93亿元', '60%'."""
        return f"{self.value}{self.unit}"

    @property
    def bound(self) -> str:
        """The word the article writes after the figure, as in 60%以上; else ''."""
        last = self.qualifier.split("，")[-1]
        return last if last in TRAILING_QUALIFIERS else ""

    @property
    def figure_as_written(self) -> str:
        """The figure with its trailing qualifier: '60%以上'."""
        return self.figure + self.bound

    @property
    def base_text(self) -> str:
        """'1,493,000,000 元' where the unit has a multiplier, else ''."""
        if self.unit == self.base_unit:
            return ""
        return f"{format_grouped(self.base_value)} {self.base_unit}"


@dataclass(frozen=True)
class Entity:
    id: int
    category_id: int
    paragraph_id: int | None
    name: str
    kind: str
    kind_label: str
    kind_label_en: str
    note: str
    quote: str
    char_start: int
    char_end: int
    name_start: int
    name_end: int


@dataclass(frozen=True)
class SearchHit:
    """One place a search term was found; `spans` are offsets of matches within `text`."""

    kind: str  # fact, entity, paragraph
    item_id: int
    title: str
    text: str
    spans: tuple[tuple[int, int], ...]


UNIT_KIND_NAMES = {
    "money": ("金额", "Money"),
    "people": ("人数", "People"),
    "person_times": ("人次", "Person-times"),
    "count": ("数量", "Counts"),
    "percent": ("比例", "Percentages"),
}
UNIT_KIND_ORDER = tuple(UNIT_KIND_NAMES)
#: Qualifiers written after a figure (see gannan_gui.extract.FIGURE).
TRAILING_QUALIFIERS = ("以上", "以下", "左右", "多", "余")
MAX_QUERY_CHARS = 200


def _connect_read_only(path: Path) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


def search_terms(query: str) -> list[str]:
    """Whitespace-separated terms of what the user typed, stripped of control characters."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in query[:MAX_QUERY_CHARS])
    return list(dict.fromkeys(t for t in cleaned.split() if t))


def match_spans(text: str, terms: Iterable[str]) -> tuple[tuple[int, int], ...]:
    """Offsets of every case-insensitive occurrence of each term in text, merged and sorted."""
    folded = text.casefold()
    spans = []
    for term in terms:
        needle = term.casefold()
        pos = folded.find(needle)
        while needle and pos != -1:
            spans.append((pos, pos + len(needle)))
            pos = folded.find(needle, pos + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


class FactBase:
    """One document's facts, categories and entities, with search over the database."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.path = path
        self._db = connection
        self._db.row_factory = sqlite3.Row
        rows = self._db.execute("SELECT * FROM documents ORDER BY id LIMIT 1").fetchone()
        if rows is None:
            raise DatabaseError(f"{path}: the database holds no document")
        self.document = Document(**{k: rows[k] for k in Document.__dataclass_fields__})
        doc = self.document.id
        self.meta: dict[str, str] = dict(self._db.execute("SELECT key, value FROM meta"))
        self.categories = self._load(Category, "categories", doc)
        self.paragraphs = self._load(Paragraph, "paragraphs", doc)
        self.facts = self._load(Fact, "facts", doc)
        self.entities = self._load(Entity, "entities", doc)
        self.category_by_id = {c.id: c for c in self.categories}
        self.fact_by_id = {f.id: f for f in self.facts}
        self.entity_by_id = {e.id: e for e in self.entities}
        self.paragraph_by_id = {p.id: p for p in self.paragraphs}
        self._entity_facts = [tuple(r) for r in self._db.execute(
            "SELECT entity_id, fact_id FROM entity_facts ORDER BY entity_id, fact_id")]
        self._has_fts = self._fts_works()

    def _load(self, cls: type, table: str, document_id: int) -> list:
        names = ", ".join(cls.__dataclass_fields__)
        sql = f"SELECT {names} FROM {table} WHERE document_id = ? ORDER BY position, id"
        return [cls(*row) for row in self._db.execute(sql, (document_id,))]

    def _fts_works(self) -> bool:
        try:
            self._db.execute("SELECT rowid FROM facts_fts WHERE facts_fts MATCH '\"abc\"' LIMIT 1")
        except sqlite3.Error:
            return False
        return True

    def close(self) -> None:
        self._db.close()

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
        ids = {category_id}
        for child in self.child_categories(category_id):
            ids |= self.descendant_ids(child.id)
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
        return self.meta.get("data_version", "?")

    def source_line(self) -> str:
        d = self.document
        return f"《{d.title}》 {d.published} {d.site}"

    def citation(self, fact: Fact) -> str:
        return self.citation_of_text(fact.quote)

    def citation_of_text(self, quote: str) -> str:
        """A quote with its source, ready to paste into a document."""
        d = self.document
        return f"“{quote}”——《{d.title}》，{d.site}，{d.published}，{d.url}"

    # --- search -----------------------------------------------------------------
    def search(self, query: str, limit: int = 200) -> list[SearchHit]:
        """Facts, entities and paragraphs containing every term; never raises on odd input."""
        terms = search_terms(query)
        if not terms:
            return []
        hits: list[SearchHit] = []
        for kind, table in (("fact", "facts"), ("entity", "entities"),
                            ("paragraph", "paragraphs")):
            for item_id in self._matching_ids(table, terms, limit):
                hits.append(self._hit(kind, item_id, terms))
        return hits

    def _matching_ids(self, table: str, terms: list[str], limit: int) -> list[int]:
        columns = FTS_COLUMNS[table]
        doc = self.document.id
        if self._has_fts and all(len(t) >= 3 for t in terms):
            phrase = " ".join('"' + t.replace('"', '""') + '"' for t in terms)
            sql = (f"SELECT t.id FROM {table} t JOIN {table}_fts f ON f.rowid = t.id "
                   f"WHERE {table}_fts MATCH ? AND t.document_id = ? ORDER BY t.position LIMIT ?")
            params: list = [phrase, doc, limit]
        else:  # FTS5 trigrams need three characters: fall back to LIKE for short terms.
            any_column = " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in columns)
            where = " AND ".join(f"({any_column})" for _ in terms)
            sql = (f"SELECT id FROM {table} WHERE ({where}) AND document_id = ? "
                   "ORDER BY position LIMIT ?")
            params = []
            for term in terms:
                escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                params += [f"%{escaped}%"] * len(columns)
            params += [doc, limit]
        try:
            return [row[0] for row in self._db.execute(sql, params)]
        except sqlite3.Error as exc:
            raise DatabaseError(f"{self.path}: search failed ({exc})") from None

    def _hit(self, kind: str, item_id: int, terms: list[str]) -> SearchHit:
        if kind == "fact":
            fact = self.fact_by_id[item_id]
            title, text = f"{fact.label} {fact.figure}", fact.quote
        elif kind == "entity":
            entity = self.entity_by_id[item_id]
            title, text = f"{entity.name}（{entity.kind_label}）", entity.quote
        else:
            paragraph = self.paragraph_by_id[item_id]
            title, text = f"第{paragraph.position}段", paragraph.text
        return SearchHit(kind, item_id, title, text, match_spans(text, terms))


def open_database(path: Path) -> FactBase:
    """Open a fact database read-only, or raise DatabaseError saying what is wrong with it."""
    if not path.exists():
        raise DatabaseError(f"{path}: database file not found")
    if path.is_dir():
        raise DatabaseError(f"{path}: is a folder, not a database file")
    try:
        connection = _connect_read_only(path)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path}: cannot open database ({exc})") from None
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        missing = [t for t in REQUIRED_TABLES if t not in tables]
        if missing:
            raise DatabaseError(f"{path}: not a gannan-gui database (no table {missing[0]!r})")
        if version != SCHEMA_VERSION:
            raise DatabaseError(
                f"{path}: database schema version {version}, this app reads version "
                f"{SCHEMA_VERSION}; rebuild it with 'gannan-gui build'")
        return FactBase(connection, path)
    except DatabaseError:
        connection.close()
        raise
    except sqlite3.DatabaseError as exc:
        connection.close()
        raise DatabaseError(f"{path}: corrupt or not an SQLite database ({exc})") from None
    except (TypeError, KeyError, IndexError) as exc:  # tables with other columns
        connection.close()
        raise DatabaseError(f"{path}: database content is not as expected ({exc})") from None
