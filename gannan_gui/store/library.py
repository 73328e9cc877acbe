"""The reports a file holds, listed without loading them: what the tree's top level shows
when a user's library sits beside the bundled report. No Qt."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from gannan_gui.store.database import DatabaseError, connect_checked
from gannan_gui.store.models import SearchHit, written_figure
from gannan_gui.store.search import (
    LIKE_ESCAPE,
    fts_phrase,
    like_pattern,
    match_spans,
    search_terms,
    simplified,
    uses_trigrams,
)


def library_scope(document_id: int) -> str:
    """How a report of the library is named in keys and hits: 'l12'."""
    return f"l{document_id}"


@dataclass(frozen=True)
class ReportEntry:
    """One report of a file: enough to list it; its rows are read when it is opened."""

    path: Path
    document_id: int
    title: str
    published: str
    origin: str  # bundled or imported
    facts: int
    proposed: int  # figures not yet reviewed


def list_reports(path: Path) -> list[ReportEntry]:
    """Every report in the file at `path`, oldest first (undated ones last), checked as a
    database of this app first; DatabaseError when it is not one."""
    connection = connect_checked(path)  # the same checks as for the window's database
    try:
        # Counted in the (document_id, review) index alone, without reading a fact.
        counts: dict[int, list[int]] = {}
        for doc, review, count in connection.execute(
                "SELECT document_id, review, count(*) FROM facts GROUP BY document_id, review"):
            if review != "rejected":
                both = counts.setdefault(doc, [0, 0])
                both[0] += count
                both[1] += count if review == "proposed" else 0
        rows = connection.execute(
            "SELECT id, title, published, origin FROM documents "
            "ORDER BY published = '', published, id").fetchall()
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path}：无法读取资料库（{exc}）") from None
    finally:
        connection.close()
    return [ReportEntry(path, doc, str(title), str(published), str(origin),
                        *(int(n) for n in counts.get(doc, (0, 0))))
            for doc, title, published, origin in rows]


@dataclass(frozen=True)
class Comparison:
    """The same reviewed figure in another report."""

    path: Path
    document_id: int
    title: str
    published: str
    figure: str  # as written, with its bound: '3.5亿元', '460余个'
    base_value: float
    base_unit: str


def same_figure_elsewhere(paths: list[Path], labels: tuple[str, ...], unit_kind: str
                          ) -> list[Comparison]:
    """Every reviewed figure with one of these labels and the same kind of unit, in the
    reports of these files, oldest first. A file that cannot be read adds nothing."""
    found = []
    marks = ", ".join("?" for _ in labels)
    for path in paths:
        try:
            connection = connect_checked(path)
        except DatabaseError:
            continue
        try:
            rows = connection.execute(
                "SELECT d.id, d.title, d.published, f.written, f.value, f.unit, f.bound, "
                "f.base_value, f.base_unit FROM facts f JOIN documents d ON d.id = f.document_id "
                f"WHERE f.label IN ({marks}) AND f.review = 'accepted' AND f.unit_kind = ?",
                (*labels, unit_kind)).fetchall()
        except sqlite3.Error:
            rows = []
        finally:
            connection.close()
        found += [Comparison(path, doc, str(title), str(published),
                             written_figure(written, figure, unit, bound), float(base_value),
                             str(base_unit))
                  for doc, title, published, written, figure, unit, bound, base_value, base_unit
                  in rows]
    return sorted(found, key=lambda c: (c.published == "", c.published, c.title))


#: What a search of every report reads from each table: the title and text of a hit.
_HIT_SQL = {
    "fact": ("facts", "t.label || ' ' || CASE WHEN t.written != '' THEN t.written ELSE "
             "t.value || t.unit END", "t.quote"),
    "paragraph": ("paragraphs", "'第' || t.position || '段'", "t.text"),
}


def search_library(path: Path, query: str, limit: int = 200) -> list[SearchHit]:
    """Figures and paragraphs of every report in the library that hold every term (in
    simplified or traditional characters), each hit naming its report."""
    terms = [simplified(term) for term in search_terms(query)]
    if not terms:
        return []
    try:
        connection = connect_checked(path)
    except DatabaseError:
        return []
    hits: list[SearchHit] = []
    try:
        for kind, (table, title, text) in _HIT_SQL.items():
            if uses_trigrams(terms):
                where, params = f"{table}_fts MATCH ?", [fts_phrase(terms)]
                source = f"{table} t JOIN {table}_fts f ON f.rowid = t.id"
            else:  # trigrams need three characters: LIKE on the simplified twin
                where = " AND ".join(f"t.search_text LIKE ? {LIKE_ESCAPE}" for _ in terms)
                params = [like_pattern(term) for term in terms]
                source = f"{table} t"
            if kind == "fact":
                where += " AND t.review != 'rejected'"
            # No ORDER BY: SQLite stops at the limit instead of sorting every match of a
            # common word across a thousand reports; the hits found are sorted below.
            rows = connection.execute(
                f"SELECT d.published, t.document_id, t.position, t.id, {title}, {text}, "
                f"t.search_text, d.title FROM {source} "
                f"JOIN documents d ON d.id = t.document_id WHERE {where} LIMIT ?",
                [*params, limit]).fetchall()
            for _, doc, _, item_id, hit_title, hit_text, twin, report in sorted(
                    rows, key=lambda r: (r[0] == "", r[0], r[1], r[2])):
                spans = match_spans(str(twin), terms)  # same offsets as the text
                hits.append(SearchHit(kind, item_id, str(hit_title), str(hit_text), spans,
                                      library_scope(doc), str(report)))
    except sqlite3.Error:
        return hits
    finally:
        connection.close()
    return hits
