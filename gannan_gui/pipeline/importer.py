"""Import reports into a user's library: read, extract, propose labels and categories, and
write them all at once.

Every figure of an imported report is *proposed*, not yet reviewed. The library is a file of
the same schema as the bundled database; an import replaces it atomically (a copy with the
new reports, synced, then renamed over it), so a failure or an interruption leaves it as it
was. A report already in the library (same text, by SHA-256) is recognised and not added
again. The bundled database is never written. No Qt.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from gannan_gui.common.errors import UserError, os_reason
from gannan_gui.common.files import OutputError, atomic_output, file_kind
from gannan_gui.common.paths import bundled_database, data_dir
from gannan_gui.pipeline.extract import Figure, clause_bounds, scan_figures
from gannan_gui.pipeline.proposals import (
    FIELDS,
    OTHER,
    Field,
    label_spans,
    label_text,
    propose_field,
)
from gannan_gui.pipeline.records import Records
from gannan_gui.pipeline.schema import REQUIRED_TABLES, SCHEMA_VERSION
from gannan_gui.pipeline.sources import ReportText, read_report
from gannan_gui.pipeline.writer import append_records, create_tables

#: A multiple compared with something else: 是2011年的3倍, 为上年的1.5倍.
COMPARED_TO = re.compile(r"是|为|相当于")


class ReportImportError(UserError):
    """A report cannot be imported, or the library cannot be written; one line says why."""


@dataclass(frozen=True)
class Imported:
    """What happened to one file."""

    path: Path
    title: str
    figures: int  # proposed figures written, 0 when it was there already
    unread: int  # numerals listed as unread
    already: bool  # the same report was in the library
    document_id: int  # its id in the library (the one there already, for a duplicate)


def propose_records(report: ReportText) -> Records:
    """The rows of one report, every figure proposed; ReportImportError when it holds none."""
    records = Records(document={})
    body_start, body_end = report.paragraphs[0][0], report.paragraphs[-1][1]
    records.sections.append({
        "id": 1, "document_id": 1, "position": 1, "key": "body", "kind": "body",
        "heading": report.title, "subheading": "", "char_start": body_start,
        "char_end": body_end,
    })
    found: list[tuple[int, Figure]] = []
    for paragraph_id, (lo, hi) in enumerate(report.paragraphs, 1):
        records.paragraphs.append({
            "id": paragraph_id, "document_id": 1, "section_id": 1, "position": paragraph_id,
            "text": report.text[lo:hi], "char_start": lo, "char_end": hi,
            "search_text": report.simplified[lo:hi],
        })
        figures, unread = scan_figures(report.simplified, lo, hi)
        found += [(paragraph_id, figure) for figure in figures]
        records.not_facts += [{
            "id": len(records.not_facts) + 1, "document_id": 1, "text": report.text[u.start:u.end],
            "why": f"无法读取的数字：{u.reason}", "char_start": u.start, "char_end": u.end,
        } for u in unread]
    if not found:
        raise ReportImportError(f"{report.source_name}：没有找到任何数据（带单位的数字），未导入")
    _fact_rows(records, report, found)
    digest = hashlib.sha256(report.text.encode("utf-8")).hexdigest()
    records.document = {
        "id": 1, "title": report.title, "published": report.published, "view_count": 0,
        "site": report.site, "url": report.url, "reporter": "", "editor": "",
        "previous_title": "", "next_title": "", "text": report.text, "sha256": digest,
        "origin": "imported", "source_name": report.source_name,
    }
    return records


def _fact_rows(records: Records, report: ReportText, found: list[tuple[int, Figure]]) -> None:
    """A fact per figure, each in the category its words point to; the two ends of a
    from-to pair share the first one's label and point at each other."""
    text, simplified = report.text, report.simplified
    paragraph_span = dict(enumerate(report.paragraphs, 1))
    fields: dict[str, Field] = {}
    rows = []
    label_at: dict[int, str] = {}
    for position, (paragraph_id, figure) in enumerate(found, 1):
        lo, hi = paragraph_span[paragraph_id]
        start, end = clause_bounds(simplified, figure.start, figure.end, lo, hi)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        spans = label_spans(simplified, figure, lo, hi)
        if figure.linked_start is not None and figure.linked_start in label_at:
            label = label_at[figure.linked_start]
        else:
            label = label_text(text, spans, figure)
        simplified_label = label_text(simplified, spans, figure)
        field = propose_field(simplified_label, simplified[start:end])
        compared = COMPARED_TO.match(simplified_label)
        if figure.unit_kind == "multiple" and compared and rows and rows[-1][1] == paragraph_id:
            # 市财政资金6000万元，是2011年的3倍: a multiple of the figure before it, in its field
            label = f"{rows[-1][3]}（{label[compared.end():]}的倍数）"
            field = rows[-1][4]
        label_at[figure.start] = label
        fields.setdefault(field.key, field)
        rows.append((position, paragraph_id, figure, label, field, start, end))
    order = [f for f in (*FIELDS, OTHER) if f.key in fields]
    category_id = {field.key: number for number, field in enumerate(order, 1)}
    records.categories += [{
        "id": number, "document_id": 1, "parent_id": None, "position": number,
        "key": field.key, "name": field.name, "name_en": field.name_en, "section_id": 1,
    } for number, field in enumerate(order, 1)]
    fact_id_at = {figure.start: position for position, _, figure, *_ in rows}
    for position, paragraph_id, figure, label, field, start, end in rows:
        records.facts.append({
            "id": position, "document_id": 1, "category_id": category_id[field.key],
            "paragraph_id": paragraph_id, "position": position, "label": label,
            "label_en": "", "value": figure.value, "unit": figure.unit,
            "unit_kind": figure.unit_kind, "base_value": figure.base_value,
            "base_value_high": figure.base_value_high, "base_unit": figure.base_unit,
            "qualifiers": list(figure.qualifiers), "bound": figure.bound,
            "period": figure.period, "quote": text[start:end],
            "char_start": start, "char_end": end,
            "figure_start": figure.start, "figure_end": figure.end,
            "written": text[figure.start:figure.end],
            "review": "proposed", "relation": figure.relation,
            "related_id": fact_id_at.get(figure.linked_start),
            "search_text": simplified[start:end],  # same length as the quote
        })


def import_reports(paths: Iterable[Path], library: Path) -> list[Imported]:
    """Read every file, then add the new reports to the library in one step: all of them or,
    when one file cannot be read, none (the error names it)."""
    check_library_path(library)
    try:
        library.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReportImportError(f"{library.parent}：无法创建文件夹（{os_reason(exc)}）") from None
    proposed = []
    for path in paths:
        report = read_report(path)
        proposed.append((path, report, propose_records(report)))
    results: list[Imported] = []
    try:
        with atomic_output(library) as tmp:
            if file_kind(library) == "file":
                shutil.copyfile(library, tmp)
            db = _open_library(tmp, library, new=file_kind(library) != "file")
            try:
                for path, report, records in proposed:
                    results.append(_add(db, path, report, records))
                db.conn.commit()
            finally:
                db.close()
            if not any(not r.already for r in results):
                raise _NothingNewError
    except _NothingNewError:
        pass  # the library is left as it was: atomic_output removed the copy
    except sqlite3.Error as exc:
        raise ReportImportError(f"{library}：无法写入资料库（{exc}）") from None
    except OSError as exc:
        raise ReportImportError(f"{library}：无法写入资料库（{os_reason(exc)}）") from None
    return results


class _NothingNewError(Exception):
    """Every report was in the library already: nothing to write."""


def _add(db, path: Path, report: ReportText, records: Records) -> Imported:
    digest = records.document["sha256"]
    there = db.execute("SELECT id FROM documents WHERE sha256 = ?", (digest,)).fetchone()
    if there:
        return Imported(path, report.title, 0, 0, True, there[0])
    written = append_records(db, records)
    unread = sum(row["why"].startswith("无法读取") for row in records.not_facts)
    return Imported(path, report.title, len(records.facts), unread, False,
                    written.document["id"])


def _open_library(path: Path, library: Path, new: bool):
    """The working copy at `path` of `library`, through sqlite-utils; made when `new`."""
    import sqlite_utils  # the app reads with sqlite3; only writing needs sqlite-utils

    db = sqlite_utils.Database(path, recreate=new)
    if new:
        create_tables(db)
        db["meta"].upsert_all([{"key": "schema_version", "value": str(SCHEMA_VERSION)},
                               {"key": "kind", "value": "library"}], pk="key")
        return db
    version = db.execute("PRAGMA user_version").fetchone()[0]
    tables = set(db.table_names())
    if not set(REQUIRED_TABLES) <= tables:
        db.close()
        raise ReportImportError(f"{library}：不是 gannan-gui 资料库")
    if version != SCHEMA_VERSION:
        db.close()
        raise ReportImportError(f"{library}：资料库结构版本为 {version}，"
                                f"本程序写入版本 {SCHEMA_VERSION}")
    return db


def check_library_path(library: Path) -> None:
    """The bundled database and the app's own folder are never written."""
    bundled = bundled_database()
    with contextlib.suppress(OSError):
        if library.exists() and bundled.exists() and library.samefile(bundled):
            raise ReportImportError(f"{library}：这是随程序安装的数据库，只读；请另选资料库文件")
    if data_dir().resolve() in library.resolve().parents:
        raise ReportImportError(f"{library}：程序自带的数据文件夹只读；请另选资料库文件")
    if library.suffix.lower() not in (".db", ".sqlite", ".sqlite3"):
        raise OutputError(f"{library}：资料库文件名应以 .db 结尾")
