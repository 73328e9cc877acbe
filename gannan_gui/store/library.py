"""The reports a file holds, listed without loading them: what the tree's top level shows
when a user's library sits beside the bundled report. No Qt."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from gannan_gui.store.database import DatabaseError, connect_checked
from gannan_gui.store.models import written_figure


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
        counts = {doc: (total, proposed) for doc, total, proposed in connection.execute(
            "SELECT document_id, count(*), total(review = 'proposed') FROM facts "
            "GROUP BY document_id")}
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
            connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        except sqlite3.Error:
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
