"""A library shared by an office on a PostgreSQL server, behind the same interface as a
library file (`Library`), so that every view, printout, slide and export works on it as it is.

Reading a report takes its rows from the server in one pipelined round trip into an
in-memory SQLite copy, which the window reads as it reads a file (`FactBase`); a search of
every report uses trigram indexes (pg_trgm) as a file uses FTS5, with the same hits in the
same order. A thread listens for the changes others commit (LISTEN/NOTIFY), so a window
learns of them without asking the server from its GUI thread, and says so when the server
went away. No Qt.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator

from gannan_gui.common.errors import UserError
from gannan_gui.pipeline.schema import FTS_COLUMNS, SCHEMA_VERSION
from gannan_gui.pipeline.writer import file_schema
from gannan_gui.store.database import DatabaseError, FactBase
from gannan_gui.store.library import (
    _HIT_SQL,
    Comparison,
    Library,
    ReportEntry,
    hits_of,
    same_figure_in,
)
from gannan_gui.store.models import SearchHit
from gannan_gui.store.search import (
    LIKE_ESCAPE,
    like_pattern,
    search_terms,
    simplified,
    uses_trigrams,
)
from gannan_gui.store.server import (
    CHANNEL,
    NoLibraryError,
    ServerConnection,
    ServerLocation,
    ServerWriter,
    no_library,
    reason_of,
    server_reason,
)

#: How often a listener whose server went away tries again.
RETRY_S = 3.0
#: Tables read for one report, and the column that names it.
REPORT_TABLES = (("documents", "id"), ("sections", "document_id"),
                 ("paragraphs", "document_id"), ("categories", "document_id"),
                 ("facts", "document_id"), ("entities", "document_id"),
                 ("not_facts", "document_id"))


class ChangeListener:
    """LISTEN on the library's channel in a thread of its own; `take()` says whether anyone
    committed since it was last asked, `problem` whether the server can be reached."""

    def __init__(self, location: ServerLocation) -> None:
        self.location = location
        self.problem = ""
        self._changed = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="library-listener", daemon=True)
        self._thread.start()

    def take(self) -> bool:
        changed = self._changed.is_set()
        self._changed.clear()
        return changed

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        import psycopg

        while not self._stop.is_set():
            owner = ServerConnection(self.location)  # closes the connection when dropped
            try:
                listening = owner.connect()
                listening.execute(f"LISTEN {CHANNEL}")
            except (UserError, psycopg.Error) as exc:
                self._lost(exc)
                continue
            if self.problem:  # back: what others did meanwhile is read again
                self.problem = ""
                self._changed.set()
            try:
                while not self._stop.is_set():
                    for _ in listening.notifies(timeout=1.0):
                        self._changed.set()
                    listening.execute("SELECT 1")  # a server that stopped is noticed here
            except psycopg.Error as exc:
                self._lost(exc)
            finally:
                owner.close()

    def _lost(self, error: BaseException) -> None:
        reason = reason_of(error) if isinstance(error, UserError) else server_reason(error)
        self.problem = (f"共享资料库已断开（{reason}）：显示的是断开前的内容，更改暂不能"
                        "保存；恢复后自动重新连接")
        self._stop.wait(RETRY_S)


class SharedLibrary(Library):
    """A library on a PostgreSQL server: `postgresql://HOST/DB`."""

    shared = True

    def __init__(self, location: str | ServerLocation) -> None:  # a file's __init__ is not run
        self.server = location if isinstance(location, ServerLocation) \
            else ServerLocation(location)
        # A file library's attributes, of the server's kinds: path stands for the server
        # where messages and settings name the library, the writer writes to it.
        self.path = self.server  # type: ignore[assignment]
        self._server_writer = ServerWriter(self.server)
        self._writer = self._server_writer  # type: ignore[assignment]
        self._reader = ServerConnection(self.server)
        self._checked = False
        self._listener: ChangeListener | None = None

    def __repr__(self) -> str:
        return f"SharedLibrary({str(self.path)!r})"

    def fresh(self) -> SharedLibrary:
        return SharedLibrary(self.server)

    @property
    def round_trips(self) -> int:
        """Round trips to the server so far, reading and writing (the benches print them)."""
        return self._reader.round_trips + self._server_writer.db.round_trips

    @property
    def problem(self) -> str:
        return self._listener.problem if self._listener is not None else ""

    def close(self) -> None:
        self._writer.close()
        self._reader.close()
        if self._listener is not None:
            self._listener.stop()
            self._listener = None

    def init(self) -> str:
        """Make (or upgrade) the library's tables on the server."""
        return self._server_writer.init()

    # --- reading ---------------------------------------------------------------------------
    def _read(self) -> ServerConnection:  # type: ignore[override]
        if not self._checked:
            self._server_writer.check_with(self._reader, newer_ok=True)
            self._checked = True
        return self._reader

    @property
    def absent(self) -> str:
        return no_library(self.location)

    def exists(self) -> bool:
        """True unless the server answers that it holds no library; a server that cannot be
        reached is tried again by the next read, which says why."""
        try:
            self._read()
        except NoLibraryError:
            return False
        except UserError:  # away, or refusing: the next read says so
            pass
        return True

    @property
    def writable(self) -> bool:
        try:
            db = self._read()
            row = db.execute("SELECT has_table_privilege('facts', 'UPDATE')").fetchone()
        except UserError:
            return False
        return bool(row and row[0])

    def reports(self) -> list[ReportEntry]:
        try:
            # read as stored and sorted here: the server's sort of every row took longer
            rows = sorted(self._read().tuples(
                "SELECT id, title, published, origin, site, revision, figures, to_review "
                "FROM documents"), key=lambda r: (r[2] == "", r[2], r[0]))
        except UserError as exc:  # as a file says it cannot be read
            raise DatabaseError(str(exc)) from None
        return [ReportEntry(self.path, doc, str(title), str(published), str(origin),
                            int(figures), int(to_review), str(site or ""), int(revision))
                for doc, title, published, origin, site, revision, figures, to_review in rows]

    def open_report(self, document_id: int, reviewed_only: bool = False) -> FactBase:
        """The report's rows, in one round trip, as an in-memory library file of one report:
        read by the window exactly as a file is."""
        try:
            memory = report_snapshot(self._read(), document_id)
        except UserError as exc:  # the server went away: a report that cannot be read
            raise DatabaseError(str(exc)) from None
        if memory is None:
            raise DatabaseError(f"{self.path}：找不到第 {document_id} 篇报道")
        try:
            return FactBase(memory, self.path, document_id, reviewed_only)
        except DatabaseError:
            memory.close()
            raise

    def same_figure(self, labels: tuple[str, ...], unit_kind: str) -> list[Comparison]:
        try:
            return same_figure_in(self._read(), self.path, labels, unit_kind)  # type: ignore[arg-type]
        except UserError:
            return []

    def _reading(self, read, default):
        try:
            return read(self._read())
        except UserError:  # away or refusing: as a file that cannot be read
            return default

    def search(self, query: str, limit: int = 200) -> list[SearchHit]:
        terms = [simplified(term) for term in search_terms(query)]
        if not terms:
            return []
        try:
            return _server_search(self._read(), terms, limit)
        except UserError:
            return []

    def original(self, document_id: int):
        from gannan_gui.store.library import Original

        try:
            row = self._read().execute("SELECT name, media_type, encoding, content FROM "
                                       "originals WHERE document_id = ?",
                                       (document_id,)).fetchone()
        except UserError:
            return None
        return Original.from_row(row) if row else None

    def changed(self) -> bool:
        """As for a file, but answered by a listening thread: no round trip here."""
        if self._listener is None:
            self._listener = ChangeListener(self.server)
            return False
        return self._listener.take()


    # --- copying ---------------------------------------------------------------------------
    def table_columns(self, table: str) -> list[str]:
        return [row[0] for row in self._read().execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = ? ORDER BY ordinal_position", (table,))]

    def document_text(self, document_id: int) -> str:
        row = self._read().execute("SELECT text FROM documents WHERE id = ?",
                                   (document_id,)).fetchone()
        return str(row[0]) if row else ""

    def table_rows(self, table: str, columns: list[str]) -> Iterator[tuple]:
        names = ", ".join(f'"{c}"' for c in columns)
        keys = {"entity_facts": "entity_id, fact_id", "meta": "key",
                "originals": "document_id", "indicators": "key"}.get(table, "id")
        yield from self._read().stream(f'SELECT {names} FROM "{table}" ORDER BY {keys}')

    @staticmethod
    def _load_rows(db, table: str, columns: list[str], rows: Iterable[tuple]) -> None:
        db.copy_in(table, columns, rows)


def report_snapshot(db: ServerConnection, document_id: int) -> sqlite3.Connection | None:
    """One report's rows from the server in a pipelined round trip, written into an
    in-memory SQLite database of the library schema; None when there is no such report."""
    queries: list[tuple[str, tuple]] = [
        (f"SELECT * FROM {table} WHERE {column} = ?", (document_id,))
        for table, column in REPORT_TABLES]
    queries.append(("SELECT l.entity_id, l.fact_id FROM entity_facts l JOIN entities e "
                    "ON e.id = l.entity_id WHERE e.document_id = ?", (document_id,)))
    queries.append(("SELECT key, value FROM meta", ()))
    results = db.fetch_all(queries)
    if not results[0][1]:
        return None
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    for _, _, statement in file_schema():
        memory.execute(statement)
    memory.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    names = [table for table, _ in REPORT_TABLES] + ["entity_facts", "meta"]
    for table, (columns, rows) in zip(names, results, strict=True):
        if rows:
            marks = ", ".join("?" for _ in columns)
            quoted = ", ".join(f'"{c}"' for c in columns)
            memory.executemany(f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})', rows)
    memory.commit()
    return memory


def _server_search(db: ServerConnection, terms: list[str], limit: int) -> list[SearchHit]:
    """A search of every report as a library file answers it: terms of three characters or
    more in the columns the file's full-text index holds (here a trigram index, ILIKE), shorter
    ones in the simplified twin; hits in the same order."""
    hits: list[SearchHit] = []
    for kind, (table, title, text) in _HIT_SQL.items():
        columns = FTS_COLUMNS[table] if uses_trigrams(terms) else ["search_text"]
        where = " AND ".join(
            "(" + " OR ".join(f"t.{c} ILIKE ? {LIKE_ESCAPE}" for c in columns) + ")"
            for _ in terms)
        params = [like_pattern(term) for term in terms for _ in columns]
        if kind == "fact":
            where += " AND t.review != 'rejected'"
        hits += hits_of(kind, db.execute(
            f"SELECT d.published, t.document_id, t.position, t.id, {title}, {text}, "
            f"t.search_text, d.title FROM {table} t "
            f"JOIN documents d ON d.id = t.document_id WHERE {where} LIMIT ?",
            [*params, limit]).fetchall(), terms)
    return hits
