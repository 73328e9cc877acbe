"""A user's library of imported reports: the one object through which every part of the app
reads and writes it (the window, the review dialog, the commands, the benches).

The library is one SQLite file of the same schema as the bundled database, written in place:
each import of a report, each review decision, each edit is one transaction (see
`gannan_gui.store.writing`), so several windows and imports may use it at once and nothing
any of them committed is lost. Readers get read-only connections, checked as the bundled
database is. No Qt.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from gannan_gui.common.errors import UserError
from gannan_gui.common.files import file_kind
from gannan_gui.pipeline.schema import (
    ACCEPTED,
    OFFSETS_VERSION,
    PARAGRAPH_TWIN,
    PROPOSED,
    RECOUNT,
    REJECTED,
    SCHEMA_VERSION,
)
from gannan_gui.store.database import (
    DatabaseError,
    FactBase,
    connect_checked,
    open_database,
    schema_version,
)
from gannan_gui.store.models import SearchHit, leading_approximation, written_figure
from gannan_gui.store.search import (
    LIKE_ESCAPE,
    like_pattern,
    match_spans,
    search_terms,
    simplified,
    trigram_query,
    uses_trigrams,
)
from gannan_gui.store.writing import LibraryError, Writer, sqlite_reason

if TYPE_CHECKING:  # importing them costs start-up time
    from gannan_gui.pipeline.importer import Imported
    from gannan_gui.pipeline.indicators import Indicator, Vocabulary
    from gannan_gui.store.indicators import IndicatorValue
    from gannan_gui.store.review import Reviewer


def library_scope(document_id: int) -> str:
    """How a report of the library is named in keys and hits: 'l12'."""
    return f"l{document_id}"


@dataclass(frozen=True, slots=True)
class ReportEntry:
    """One report of a library: enough to list it; its rows are read when it is opened."""

    path: Path
    document_id: int
    title: str
    published: str
    origin: str  # bundled or imported
    facts: int
    proposed: int  # figures not yet reviewed
    site: str = ""
    revision: int = 0  # goes up with every change to the report


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
    fact_id: int = 0
    scope: str = ""  # what it covers, and the kind of its period (pipeline.scopes)
    period_kind: str = ""


@dataclass(frozen=True)
class Original:
    """The file a report was imported from."""

    name: str
    media_type: str
    content: bytes

    @classmethod
    def from_row(cls, row) -> Original:
        import zlib

        name, media_type, encoding, content = row
        content = bytes(content)
        return cls(str(name), str(media_type),
                   zlib.decompress(content) if encoding == "zlib" else content)


#: What a report's details may be edited to, and the column each is kept in.
EDITABLE_DETAILS = {"title": "title", "date": "published", "source": "site",
                    "author": "reporter", "region": "region"}
#: Each detail's column in the user's words.
DETAIL_WORDS = {"title": "标题", "published": "日期", "site": "来源", "reporter": "作者",
                "region": "地区"}


class Library:
    """One library, opened from its location (a file path). Reading opens a short-lived
    read-only connection; writing goes through one `Writer`, opened when first needed."""

    #: True for a library on a server (`gannan_gui.store.shared.SharedLibrary`).
    shared = False

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._writer = Writer(self.path)
        self._watch: sqlite3.Connection | None = None
        self._seen_revision: str | None = None

    def fresh(self) -> Library:
        """The same library with connections of its own, for another thread."""
        return type(self)(self.path)

    @property
    def location(self) -> str:
        """What the library is called in messages, settings and on the command line."""
        return str(self.path)

    @property
    def problem(self) -> str:
        """What keeps the library from being read right now, for the status bar; '' when
        nothing does (a file is read when asked: its problems come with each answer)."""
        return ""

    def __repr__(self) -> str:
        return f"Library({str(self.path)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Library) and other.path == self.path

    def __hash__(self) -> int:
        return hash(self.path)

    @property
    def notice(self) -> str:
        """What the user should be told once about the library (an upgrade and its backup)."""
        return self._writer.notice

    def close(self) -> None:
        self._writer.close()
        if self._watch is not None:
            self._watch.close()
            self._watch = None

    # --- reading ---------------------------------------------------------------------------
    def exists(self) -> bool:
        """True when there is a file to read (a library is made by its first import)."""
        try:
            return file_kind(self.path) == "file"
        except OSError:
            return False

    @property
    def absent(self) -> str:
        """What to tell a user who reads a library that is not there yet."""
        return f"{self.location}：资料库还不存在（第一次导入报道时建立）"

    def _read(self) -> sqlite3.Connection:
        """A read-only, checked connection."""
        self._recover()
        return connect_checked(self.path, newer_ok=True)

    def _recover(self) -> None:
        """A write interrupted by a kill in a library of the older, journalled kind (a
        journal left beside the file) is undone, as opening the file for writing does; a
        read-only connection would refuse the file instead."""
        journal = self.path.with_name(self.path.name + "-journal")
        try:
            pending = journal.is_file() and journal.stat().st_size > 0
        except OSError:
            return
        if pending:
            with contextlib.suppress(UserError):  # else the reader says what is wrong
                self._writer.connection  # noqa: B018  opening it rolls the journal back

    @property
    def writable(self) -> bool:
        """False for a library of a newer version of the app (it is only read)."""
        try:
            connection = self._read()
        except DatabaseError:
            return False
        try:
            return schema_version(connection) <= SCHEMA_VERSION
        finally:
            connection.close()

    def reports(self) -> list[ReportEntry]:
        """Every report, oldest first (undated ones last); DatabaseError when the file is not
        a library this app reads."""
        connection = self._read()
        try:
            columns = {row[1] for row in connection.execute("PRAGMA table_info(documents)")}
            if "to_review" in columns:  # counted as each change was written
                rows = connection.execute(
                    "SELECT id, title, published, origin, site, revision, figures, to_review "
                    "FROM documents ORDER BY published = '', published, id").fetchall()
            else:  # a library of an older version, not written by this one yet
                rows = self._counted_rows(connection)
        except sqlite3.Error as exc:
            raise DatabaseError(f"{self.path}：无法读取资料库（{sqlite_reason(exc)}）") from None
        finally:
            connection.close()
        return [ReportEntry(self.path, doc, str(title), str(published), str(origin),
                            int(figures or 0), int(to_review or 0), str(site or ""),
                            int(revision or 0))
                for doc, title, published, origin, site, revision, figures, to_review
                in rows]

    @staticmethod
    def _counted_rows(connection: sqlite3.Connection) -> list[tuple]:
        """The listing's rows counted from the figures themselves, in the (document_id,
        review) index alone."""
        counts: dict[int, list[int]] = {}
        for doc, review, count in connection.execute(
                "SELECT document_id, review, count(*) FROM facts GROUP BY document_id, review"):
            if review != REJECTED:
                both = counts.setdefault(doc, [0, 0])
                both[0] += count
                both[1] += count if review == PROPOSED else 0
        return [(*row, 0, *counts.get(row[0], (0, 0))) for row in connection.execute(
            "SELECT id, title, published, origin, site FROM documents "
            "ORDER BY published = '', published, id")]

    def open_report(self, document_id: int, reviewed_only: bool = False) -> FactBase:
        """One report's rows, read-only, as the window, the printout and exports use them."""
        self._recover()
        return open_database(self.path, document_id, reviewed_only, newer_ok=True)

    def same_figure(self, labels: tuple[str, ...], unit_kind: str) -> list[Comparison]:
        """Every reviewed figure with one of these labels and the same kind of unit, in this
        library's reports, oldest first; none when the library cannot be read."""
        try:
            connection = self._read()
        except DatabaseError:
            return []
        try:
            return same_figure_in(connection, self.path, labels, unit_kind)
        finally:
            connection.close()

    def search(self, query: str, limit: int = 200) -> list[SearchHit]:
        """Figures and paragraphs of every report that hold every term (in simplified or
        traditional characters), each hit naming its report."""
        terms = [simplified(term) for term in search_terms(query)]
        if not terms:
            return []
        try:
            connection = self._read()
        except DatabaseError:
            return []
        try:
            whole = schema_version(connection) < OFFSETS_VERSION
            return _search(connection, terms, limit, whole)
        except sqlite3.Error:
            return []
        finally:
            connection.close()

    def original(self, document_id: int) -> Original | None:
        """The file a report was imported from, as it came; None when none was kept (a
        report imported before version 5, or a library that cannot be read)."""
        try:
            connection = self._read()
        except DatabaseError:
            return None
        try:
            row = connection.execute("SELECT name, media_type, encoding, content FROM originals "
                                     "WHERE document_id = ?", (document_id,)).fetchone()
        except sqlite3.Error:  # an older library: no originals table
            return None
        finally:
            connection.close()
        return Original.from_row(row) if row else None

    def changed(self) -> bool:
        """True when someone (another window, an import, a command, this process) committed
        a change since the last call; the first call only starts watching. A window asks
        every few seconds: it reads one row through a connection kept open for it."""
        revision = ""  # no library (yet), or none that can be read
        try:
            if self._watch is None and self.exists():
                self._watch = connect_checked(self.path, newer_ok=True)
            if self._watch is not None:
                row = self._watch.execute(
                    "SELECT value FROM meta WHERE key = 'revision'").fetchone()
                revision = str(row[0]) if row else "0"
        except (DatabaseError, sqlite3.Error):
            if self._watch is not None:
                self._watch.close()
                self._watch = None
        before, self._seen_revision = self._seen_revision, revision
        return before is not None and revision != before

    # --- writing ---------------------------------------------------------------------------
    def init(self) -> str:
        """Make the library (or bring an older one up to this version), as its first write
        would; what was done, in one line."""
        existed = self.exists()
        self._writer.connection  # noqa: B018  made or upgraded when opened for writing
        if not existed:
            return f"{self.location}：已建立资料库（结构版本 {SCHEMA_VERSION}）"
        return self._writer.notice or f"{self.location}：资料库结构已是版本 {SCHEMA_VERSION}"

    def import_files(self, paths: Iterable[Path],
                     progress: Callable[[float, int, Path], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> list[Imported]:
        """Add reports, one transaction each: a report goes in whole or not at all, a file
        that cannot be read is named in its result and the others still go in. Folders
        give every report file they hold. Each file is read and its figures proposed before
        the write lock is taken, and only one report is held in memory at a time.
        `cancelled` is asked between files and as a long file is read; what was added before
        stays. `progress(done, total, path)`: files done, a share of the one being read
        included (2.35: two, and a third of the third)."""
        from gannan_gui.pipeline.importer import (
            ImportCancelledError,
            Imported,
            ReportImportError,
            prepare,
            report_files,
        )

        files = report_files(paths)
        if not files:
            from gannan_gui.pipeline.formats import format_names

            raise ReportImportError(f"没有找到可以导入的报道文件（{format_names()}）")
        self._writer.connection  # noqa: B018  a library that cannot be written: say so first
        results: list[Imported] = []
        for number, path in enumerate(files):
            if cancelled is not None and cancelled():
                break
            if progress is not None:
                progress(number, len(files), path)
            within = None if progress is None else (
                lambda share, n=number, p=path: progress(n + share, len(files), p))
            try:
                report, records = prepare(path, within, cancelled)
            except ImportCancelledError:
                break  # nothing of this one was written; those before stay
            except UserError as exc:
                results.append(Imported(path, path.name, 0, 0, False, 0, str(exc)))
                continue
            results.append(self._add(path, report.title, records))
        if progress is not None:
            progress(len(results), len(files), files[-1])
        return results

    def import_report(self, report) -> Imported:
        """A report already read (pasted from the clipboard), in one transaction; its
        result says why when it holds no figure."""
        from gannan_gui.pipeline.importer import Imported, propose_records

        path = Path(report.source_name)
        try:
            records = propose_records(report)
        except UserError as exc:
            return Imported(path, report.title, 0, 0, False, 0, str(exc))
        self._writer.connection  # noqa: B018  a library that cannot be written: say so first
        return self._add(path, report.title, records)

    def _add(self, path: Path, title: str, records) -> Imported:
        from gannan_gui.pipeline.importer import Imported

        digest = records.document["sha256"]
        sql = "SELECT id FROM documents WHERE sha256 = ?"
        there = self._writer.connection.execute(sql, (digest,)).fetchone()
        if there:  # known already: nothing is written
            return Imported(path, title, 0, 0, True, there[0])
        with self._writer.transaction("写入资料库") as db:
            there = db.execute(sql, (digest,)).fetchone()  # imported meanwhile elsewhere
            if there:
                return Imported(path, title, 0, 0, True, there[0])
            written = self._append(db, records)
            from gannan_gui.pipeline.indicators import Vocabulary
            from gannan_gui.store.indicators import fill_indicators, own_indicators

            own = own_indicators(db)  # the app's were proposed with the figures
            if own:
                fill_indicators(db, (PROPOSED,), Vocabulary(tuple(own)),
                                written.document["id"])
        unread = sum(row["why"].startswith("无法读取") for row in records.not_facts)
        return Imported(path, title, len(records.facts), unread, False,
                        written.document["id"])

    def _append(self, db, records):
        """One report's rows into the open transaction, as this library stores them: a file
        leaves out what the offsets say, a server keeps it for its trigram indexes."""
        from gannan_gui.pipeline.writer import append_rows, stored_in_file

        return append_rows(db, records if self.stores_whole else stored_in_file(records))

    def reviewer(self, document_id: int) -> Reviewer:
        """The report's figures, open for review decisions."""
        from gannan_gui.store.review import Reviewer

        return Reviewer(self._writer, document_id)

    def decide(self, fact_ids: Iterable[int], state: str) -> int:
        """Accept or reject these figures (of any report), in one transaction; how many
        changed. LibraryError naming the first id that is not in the library."""
        if state not in (ACCEPTED, REJECTED, PROPOSED):
            raise LibraryError(f"没有“{state}”这种审核结果")
        ids = list(dict.fromkeys(fact_ids))
        changed = 0
        reports: set[int] = set()
        with self._writer.transaction("保存") as db:
            user, when = self._writer.who_and_when()
            for fact_id in ids:
                row = db.execute("SELECT document_id, review FROM facts WHERE id = ?",
                                 (fact_id,)).fetchone()
                if row is None:
                    raise LibraryError(f"{self.path}：资料库中没有第 {fact_id} 项数据")
                if row["review"] == state:
                    continue
                db.execute("UPDATE facts SET review = ?, reviewed_by = ?, reviewed_at = ?, "
                           "version = version + 1 WHERE id = ?", (state, user, when, fact_id))
                reports.add(row["document_id"])
                changed += 1
            for document_id in reports:  # each report counted once, not once per figure
                db.execute(RECOUNT, (document_id,))
        return changed

    # --- indicators --------------------------------------------------------------------------
    def _reading(self, read: Callable, default):
        """`read(connection)` on a read-only connection; `default` when the library cannot be
        read (none yet, damaged, a server away)."""
        try:
            connection = self._read()
        except DatabaseError:
            return default
        try:
            return read(connection)
        except sqlite3.Error:
            return default
        finally:
            connection.close()

    def vocabulary(self) -> Vocabulary:
        """The app's indicators and the ones this library's users added."""
        from gannan_gui.pipeline.indicators import bundled_vocabulary
        from gannan_gui.store.indicators import vocabulary_of

        return self._reading(vocabulary_of, None) or bundled_vocabulary()

    def indicator_values(self, keys: Iterable[str], scopes: Iterable[str] | None = None
                         ) -> list[IndicatorValue]:
        """Every figure (not rejected) of every report stating one of these indicators (of
        these scopes only, when given)."""
        from gannan_gui.store.indicators import values_of

        keys = tuple(keys)
        scopes = None if scopes is None else tuple(scopes)
        return self._reading(lambda c: values_of(c, keys, library_scope, scopes), [])

    def contradicted(self, values: Iterable[IndicatorValue], document_id: int = 0,
                     tolerance: float = 0.05) -> set[int]:
        """The fact ids of these figures (of report `document_id` of this library, or 0 for
        another file's) that another report of this library contradicts."""
        from gannan_gui.store.indicators import contradicted_in

        values = list(values)
        return self._reading(lambda c: contradicted_in(c, values, document_id, tolerance),
                             set())

    def indicator_counts(self) -> dict[str, int]:
        """How many figures of the library state each indicator."""
        from gannan_gui.store.indicators import counts_of

        return self._reading(counts_of, {})

    def add_indicator(self, name: str, name_en: str, units: Iterable[str], stated: str,
                      words: Iterable[str], not_words: Iterable[str] = ()
                      ) -> tuple[Indicator, int]:
        """A new indicator of this library's, and how many figures still to review were
        given it (those that had none and whose label holds one of its words)."""
        from gannan_gui.pipeline.indicators import (
            Vocabulary,
            VocabularyError,
            key_for,
            make_indicator,
        )
        from gannan_gui.store.indicators import fill_indicators, vocabulary_of

        with self._writer.transaction("新建指标") as db:
            known = vocabulary_of(db)
            if any(i.name == name.strip() for i in known.indicators):
                raise VocabularyError(f"已有名为“{name.strip()}”的指标")
            indicator = make_indicator(key_for(name, [i.key for i in known.indicators]), name,
                                       name_en, units, stated, words, not_words, own=True)
            user, when = self._writer.who_and_when()
            row = {**indicator.as_row(), "added_by": user, "added_at": when}
            db.execute(f"INSERT INTO indicators ({', '.join(row)}) VALUES "
                       f"({', '.join('?' for _ in row)})", tuple(row.values()))
            given = fill_indicators(db, (PROPOSED,), Vocabulary((indicator,)))
        return indicator, given

    def proposed_in(self, document_id: int) -> list[int]:
        """The figures of a report still to review."""
        self._document(document_id)
        return [row[0] for row in self._writer.connection.execute(
            "SELECT id FROM facts WHERE document_id = ? AND review = ? ORDER BY position, id",
            (document_id, PROPOSED))]

    def _document(self, document_id: int) -> sqlite3.Row:
        row = self._writer.connection.execute(
            "SELECT * FROM documents WHERE id = ?", (document_id,)).fetchone()
        if row is None:
            raise LibraryError(f"{self.path}：资料库中没有第 {document_id} 篇报道")
        return row

    def edit_report(self, document_id: int, **details: str) -> dict[str, str]:
        """Change a report's title, date, source, author or region; returns what changed."""
        from gannan_gui.pipeline.sources import normalise_date

        unknown = set(details) - set(EDITABLE_DETAILS)
        if unknown:
            raise LibraryError(f"不能修改报道的“{sorted(unknown)[0]}”")
        values = {}
        for name, given in details.items():
            value = " ".join(str(given).split())
            if name == "title" and not value:
                raise LibraryError("标题不能为空")
            if name == "date" and value:
                if not normalise_date(value):
                    raise LibraryError(f"无法读取日期“{value}”（应写作 2025-12-16 或 "
                                       "2025年12月16日）")
                value = normalise_date(value)
            values[EDITABLE_DETAILS[name]] = value
        with self._writer.transaction("保存") as db:
            row = self._document(document_id)
            values = {k: v for k, v in values.items() if row[k] != v}
            if values:
                sets = ", ".join(f"{column} = ?" for column in values)
                db.execute(f"UPDATE documents SET {sets}, revision = revision + 1 "
                           "WHERE id = ?", [*values.values(), document_id])
        return values

    def remove_reports(self, document_ids: Iterable[int]) -> int:
        """Take reports and everything said about them out of the library, all in one
        transaction; LibraryError (and nothing removed) when one is not there."""
        ids = list(dict.fromkeys(document_ids))
        with self._writer.transaction("移除") as db:
            for document_id in ids:
                db.execute("DELETE FROM entity_facts WHERE entity_id IN "
                           "(SELECT id FROM entities WHERE document_id = ?)", (document_id,))
                for table in ("entities", "facts", "not_facts", "categories", "paragraphs",
                              "sections", "originals"):
                    db.execute(f"DELETE FROM {table} WHERE document_id = ?", (document_id,))
                if db.execute("DELETE FROM documents WHERE id = ?",
                              (document_id,)).rowcount != 1:
                    raise LibraryError(f"{self.path}：资料库中没有第 {document_id} 篇报道")
        return len(ids)


    # --- copying ---------------------------------------------------------------------------
    @property
    def stores_whole(self) -> bool:
        """Whether quotes and paragraph texts are stored, not only their offsets: as the
        writer writes them (a server's does)."""
        return self._writer.stores_whole

    def document_text(self, document_id: int) -> str:
        """A report's whole text ('' when there is no such report)."""
        connection = self._read()
        try:
            row = connection.execute("SELECT text FROM documents WHERE id = ?",
                                     (document_id,)).fetchone()
            return str(row[0]) if row else ""
        finally:
            connection.close()

    def table_columns(self, table: str) -> list[str]:
        """A table's columns, in their order."""
        connection = self._read()
        try:
            return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
        finally:
            connection.close()

    def table_rows(self, table: str, columns: list[str]) -> Iterator[tuple]:
        """Every row of a table, read as it is written out (never all in memory)."""
        connection = self._read()
        try:
            names = ", ".join(f'"{c}"' for c in columns)
            yield from connection.execute(f'SELECT {names} FROM "{table}" ORDER BY rowid')
        finally:
            connection.close()

    @staticmethod
    def _load_rows(db, table: str, columns: list[str], rows: Iterable[tuple]) -> None:
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        db.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)


def same_figure_in(connection: sqlite3.Connection, path: Path, labels: tuple[str, ...],
                   unit_kind: str) -> list[Comparison]:
    """The reviewed figures with one of these labels in the file behind `connection`."""
    marks = ", ".join("?" for _ in labels)
    rows = []
    for scoped in ("f.scope, f.period_kind", "'', ''"):  # a file of version 5 or older: none
        try:
            rows = connection.execute(
                "SELECT d.id, d.title, d.published, f.written, f.value, f.unit, f.bound, "
                f"f.base_value, f.base_unit, f.id, {scoped}, f.qualifiers FROM facts f "
                "JOIN documents d ON d.id = f.document_id "
                f"WHERE f.label IN ({marks}) AND f.review = 'accepted' AND f.unit_kind = ?",
                (*labels, unit_kind)).fetchall()
            break
        except sqlite3.Error:
            continue
    found = [Comparison(path, doc, str(title), str(published),
                        leading_approximation(str(qualifiers or ""))
                        + written_figure(written, figure, unit, bound), float(base_value),
                        str(base_unit), fact_id, str(scope or ""), str(kind or ""))
             for doc, title, published, written, figure, unit, bound, base_value, base_unit,
             fact_id, scope, kind, qualifiers in rows]
    return sorted(found, key=lambda c: (c.published == "", c.published, c.title))


def bundled_same_figure(path: Path, labels: tuple[str, ...], unit_kind: str
                        ) -> list[Comparison]:
    """The same, in the bundled database (opened the same checked, read-only way)."""
    try:
        connection = connect_checked(path)
    except DatabaseError:
        return []
    try:
        return same_figure_in(connection, path, labels, unit_kind)
    finally:
        connection.close()


#: What a search of every report reads from each table: the title and text of a hit, and
#: the text its terms are matched in (the simplified twin). A server stores them whole.
_HIT_SQL = {
    "fact": ("facts", "t.label || ' ' || CASE WHEN t.written != '' THEN t.written ELSE "
             "t.value || t.unit END", "t.quote"),
    "paragraph": ("paragraphs", "'第' || t.position || '段'", "t.text"),
}
#: The same from a library file, which leaves out what the offsets say (PARAGRAPH_TWIN): a
#: figure's quote, as written and in simplified characters (its paragraph's twin, if any).
_SLICE = "substr(d.text, t.char_start + 1, t.char_end - t.char_start)"
_QUOTE = f"CASE WHEN t.quote != '' THEN t.quote ELSE {_SLICE} END"
_QUOTE_TWIN = ("CASE WHEN p.search_text != '' THEN substr(p.search_text, t.char_start - "
               f"p.char_start + 1, t.char_end - t.char_start) ELSE {_QUOTE} END")
_FILE_HITS = {
    "fact": (_HIT_SQL["fact"][1], _QUOTE, ("t.label", "t.search_text", _QUOTE_TWIN),
             "LEFT JOIN paragraphs p ON p.id = t.paragraph_id"),
    "paragraph": (_HIT_SQL["paragraph"][1],
                  f"CASE WHEN t.text != '' THEN t.text ELSE {_SLICE} END",
                  (PARAGRAPH_TWIN.format(row="t"),), ""),
}


def _search(connection: sqlite3.Connection, terms: list[str], limit: int,
            whole: bool = False) -> list[SearchHit]:
    """A search of every report of a library file, for figures (by label or quote) and
    paragraphs: terms of three characters or more through the trigram indexes, shorter ones
    in the reports whose text holds them, and in the rows that keep a simplified twin of
    their own (a report in traditional characters, a label a reviewer wrote); every row
    found is checked for the whole terms. `whole`: a file of before version 8, whose rows
    all keep their text and twin."""
    patterns = [like_pattern(term) for term in terms]
    hits: list[SearchHit] = []
    for kind, (title, text, read_in, with_paragraph) in _FILE_HITS.items():
        table = "facts" if kind == "fact" else "paragraphs"
        # before version 8 a figure's search_text is its quote's twin
        matched = ("t.label", "t.search_text") if whole and kind == "fact" else read_in
        joined = "" if whole else with_paragraph
        held = " AND ".join(
            "(" + " OR ".join(f"{column} LIKE ? {LIKE_ESCAPE}" for column in matched) + ")"
            for _ in terms)
        if kind == "fact":
            held += " AND t.review != 'rejected'"
        held_params = [pattern for pattern in patterns for _ in matched]
        rows = f"{table} t JOIN documents d ON d.id = t.document_id {joined}"
        if uses_trigrams(terms):
            query = trigram_query(terms)
            ways = [(rows, f"t.id IN (SELECT rowid FROM {table}_fts WHERE {table}_fts "
                     "MATCH ?)", [query])]
            if kind == "fact":  # and the figures of the paragraphs that hold them
                ways.append(("paragraphs p JOIN facts t ON t.document_id = p.document_id "
                             "AND t.paragraph_id = p.id JOIN documents d ON d.id = "
                             "t.document_id", "p.id IN (SELECT rowid FROM paragraphs_fts "
                             "WHERE paragraphs_fts MATCH ?)", [query]))
        elif whole:  # a file of before version 8: every row keeps its twin
            ways = [(rows, "1", [])]
        else:  # each report's text once (CROSS JOIN keeps that order), then its rows
            in_text = " AND ".join(f"d.text LIKE ? {LIKE_ESCAPE}" for _ in terms)
            ways = [(f"documents d CROSS JOIN {table} t ON t.document_id = d.id {joined}",
                     f"{in_text} AND t.search_text = ''", patterns),
                    (rows, "t.search_text != ''", [])]
        found: dict[int, tuple] = {}
        for source, where, params in ways:
            # No ORDER BY: SQLite stops at the limit instead of sorting every match of a
            # common word across a thousand reports; the hits found are sorted below.
            for row in connection.execute(
                    f"SELECT d.published, t.document_id, t.position, t.id, {title}, {text}, "
                    f"{matched[-1]}, d.title FROM {source} WHERE {where} AND {held} LIMIT ?",
                    [*params, *held_params, limit]):
                found.setdefault(row[3], row)
            if len(found) >= limit:
                break
        hits += hits_of(kind, list(found.values())[:limit], terms)
    return hits


def hits_of(kind: str, rows: list, terms: list[str]) -> list[SearchHit]:
    """A search of every report's rows (published, report, position, id, title, text, twin,
    report title) as hits, in the library's order: by date, report and place in it."""
    return [SearchHit(kind, item_id, str(hit_title), str(hit_text),
                      match_spans(str(twin), terms),  # the twin has the text's offsets
                      library_scope(doc), str(report))
            for _, doc, _, item_id, hit_title, hit_text, twin, report
            in sorted(rows, key=lambda r: (r[0] == "", r[0], r[1], r[2], r[3]))]



def _read_bundled(path: Path, read: Callable, default):
    try:
        connection = connect_checked(path)
    except DatabaseError:
        return default
    try:
        return read(connection)
    except sqlite3.Error:  # a bundled database of an older version: no indicators
        return default
    finally:
        connection.close()


def bundled_indicator_values(path: Path, keys: Iterable[str], report: str = "b",
                             scopes: Iterable[str] | None = None) -> list[IndicatorValue]:
    """The bundled report's figures stating these indicators, its report named `report`."""
    from gannan_gui.store.indicators import values_of

    keys = tuple(keys)
    scopes = None if scopes is None else tuple(scopes)
    return _read_bundled(path, lambda c: values_of(c, keys, lambda _doc: report, scopes), [])


def bundled_indicator_counts(path: Path) -> dict[str, int]:
    from gannan_gui.store.indicators import counts_of

    return _read_bundled(path, counts_of, {})
