"""A library on a PostgreSQL server, for a whole office: the connection, the schema and the
writer behind `gannan_gui.store.shared.SharedLibrary`.

The server holds the same tables as a library file, made from the same declaration (the
SQLite schema, translated), so a copy between the two is exact. The SQL the library writes
for SQLite runs here unchanged: `ServerConnection` takes its ? placeholders and gives rows
that are read by name or by position. Every write is one transaction that first takes an
advisory lock, so writers queue one after another as they do on a SQLite file, and ends by
telling every listening window (NOTIFY). psycopg is imported only here, only when a shared
library is used. Credentials are libpq's own (a service file, ~/.pgpass, PG* variables); the
app never stores a password. No Qt.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg
from psycopg import errors as pg_errors

from gannan_gui.common.errors import UserError
from gannan_gui.pipeline.schema import (
    INDICATOR_INDEX,
    INDICATORS_TABLE,
    INDICATORS_VERSION,
    MIGRATIONS,
    ORIGINALS_TABLE,
)
from gannan_gui.store.writing import LibraryError

#: The channel on which every committed change is announced to the windows on the library.
CHANNEL = "gannan_library"
#: Taken by every write transaction (pg_advisory_xact_lock): one writer at a time, as on a
#: SQLite file; a report's rows take milliseconds, so others wait that long.
WRITE_LOCK = 0x67616E6E
#: Bounds on every round trip, so a server that went away is noticed in seconds, never a
#: frozen window: connecting, a lost network (TCP), a statement that runs away.
CONNECT_TIMEOUT_S = 5
NETWORK_TIMEOUT_MS = 5_000
STATEMENT_TIMEOUT_MS = 120_000
#: The versions of the server schema, each step run in one transaction, written as the file
#: schema's step (pipeline.schema.MIGRATIONS) and translated; the first server schema was
#: version 4.
SERVER_MIGRATIONS: dict[int, tuple[str, ...]] = {  # translated when run
    5: (ORIGINALS_TABLE,),
    6: MIGRATIONS[6],  # columns added with defaults: the same statements serve
    7: (MIGRATIONS[7][0], INDICATORS_TABLE, INDICATOR_INDEX),
}
FIRST_SERVER_VERSION = 4
#: The server schema this program writes: a file's version 8 changed only what a file leaves
#: out (schema.PARAGRAPH_TWIN), which a server stores whole, so the server stays at 7.
SERVER_VERSION = max(SERVER_MIGRATIONS)


class ServerError(LibraryError):
    """The server refused or cannot be reached; the message says why, in Chinese."""


class NoLibraryError(LibraryError):
    """The database on the server holds no library yet (`library init` makes one)."""


def no_library(location: object) -> str:
    return (f"{location}：这个数据库还不是 gannan-gui 资料库（请先运行 'gannan-gui library "
            f"init {location}'）")


def server_reason(error: BaseException) -> str:
    """Why the server refused, in the user's words."""
    text = str(error)
    if isinstance(error, pg_errors.InsufficientPrivilege):
        return "没有写入权限（这是只读的数据库角色）"
    if isinstance(error, pg_errors.QueryCanceled):
        return "服务器响应超时"
    if isinstance(error, (pg_errors.DiskFull, pg_errors.OutOfMemory)):
        return "服务器空间不足"
    if isinstance(error, pg_errors.UndefinedTable):
        return "这个数据库还不是 gannan-gui 资料库；请先运行 'gannan-gui library init'"
    if isinstance(error, psycopg.OperationalError):
        if "password" in text or "authentication" in text:
            return "用户名或密码不对；密码写在 ~/.pgpass 或服务文件中，程序不保存密码"
        if "does not exist" in text:
            return "服务器上没有这个数据库；请先创建它（见 README）"
        return "无法连接共享资料库服务器：服务器未运行，或网络中断"
    if isinstance(error, psycopg.Error) and error.sqlstate:
        return f"PostgreSQL 错误 {error.sqlstate}"
    return "PostgreSQL 错误"


class ServerLocation:
    """What a shared library is called in the window, messages and settings: its address
    without any password (libpq finds that itself)."""

    def __init__(self, url: str) -> None:
        from psycopg.conninfo import conninfo_to_dict

        try:
            parts = conninfo_to_dict(url)
        except psycopg.ProgrammingError:
            raise LibraryError(f"无法读取共享资料库地址“{url}”（应写作 "
                               "postgresql://服务器/数据库）") from None
        self.has_password = "password" in parts
        self.url = re.sub(r"(://[^:/@]*):[^@/]*@", r"\1@", url)  # the password taken out
        self.conninfo = url
        self.name = str(parts.get("dbname") or parts.get("user") or "postgres")
        self.host = str(parts.get("host") or "localhost")

    def __str__(self) -> str:
        return self.url

    def __repr__(self) -> str:
        return f"ServerLocation({self.url!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ServerLocation) and other.url == self.url

    def __hash__(self) -> int:
        return hash(self.url)

    @property
    def parent(self) -> Path:
        """Where a file dialog about this library starts: the user's home folder."""
        return Path.home()


class Row(tuple):
    """A row read by position or by column name, as sqlite3.Row is."""

    _index: dict[str, int]

    def __getitem__(self, key):
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


def _keyed_rows(cursor):
    index = {column.name: i for i, column in enumerate(cursor.description or ())}

    def make(values: Sequence[Any]) -> Row:
        row = Row(values)
        row._index = index
        return row

    return make


@functools.lru_cache(maxsize=512)
def server_sql(sql: str) -> str:
    """SQLite's SQL for psycopg: ? placeholders become %s (and a literal % is doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


class ServerConnection:
    """One psycopg connection, opened when first needed and again after the server came
    back; takes the SQL written for SQLite. Counts its round trips, for the benches."""

    def __init__(self, location: ServerLocation) -> None:
        self.location = location
        self._db: psycopg.Connection | None = None
        self.round_trips = 0

    #: Round trips of every connection of this process (the benches print them per step).
    every_round_trip = 0

    def _trip(self) -> None:
        self.round_trips += 1
        ServerConnection.every_round_trip += 1

    def connect(self) -> psycopg.Connection:
        if self._db is not None and not self._db.closed and not self._db.broken:
            return self._db
        self.close()
        try:
            self._db = psycopg.connect(
                self.location.conninfo, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                application_name="gannan-gui", tcp_user_timeout=NETWORK_TIMEOUT_MS,
                keepalives=1, keepalives_idle=5, keepalives_interval=2, keepalives_count=2,
                options=f"-c statement_timeout={STATEMENT_TIMEOUT_MS}")
        except psycopg.Error as exc:
            raise ServerError(f"{self.location}：{server_reason(exc)}") from None
        self._trip()
        return self._db

    def close(self) -> None:
        if self._db is not None:
            with contextlib.suppress(psycopg.Error):
                self._db.close()
            self._db = None

    def __del__(self) -> None:  # a library dropped without close() lets its connection go
        self.close()

    @property
    def in_transaction(self) -> bool:
        return self._db is not None and \
            self._db.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> psycopg.Cursor:
        db = self.connect()
        cursor = db.cursor(row_factory=_keyed_rows)
        try:
            cursor.execute(server_sql(sql), list(params) if params is not None else None)
        except psycopg.Error as exc:
            raise ServerError(f"{self.location}：{server_reason(exc)}") from None
        finally:
            self._trip()
        return cursor

    def tuples(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        """A large result as plain tuples, made in C (ten thousand rows of a listing)."""
        db = self.connect()
        try:
            with db.cursor() as cursor:
                cursor.execute(server_sql(sql), list(params) or None)
                return cursor.fetchall()
        except psycopg.Error as exc:
            raise ServerError(f"{self.location}：{server_reason(exc)}") from None
        finally:
            self._trip()

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        db = self.connect()
        try:
            with db.cursor() as cursor:
                cursor.executemany(server_sql(sql), [list(row) for row in rows])
        except psycopg.Error as exc:
            raise ServerError(f"{self.location}：{server_reason(exc)}") from None
        finally:
            self._trip()

    def copy_in(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        """Rows written with COPY: a library's worth in one stream, not one round trip each."""
        names = ", ".join(f'"{c}"' for c in columns)
        count = 0
        try:
            with self.connect().cursor() as cursor, cursor.copy(
                    f'COPY "{table}" ({names}) FROM STDIN') as copy:
                for row in rows:
                    copy.write_row(row)
                    count += 1
        except psycopg.Error as exc:
            raise ServerError(f"{self.location}：{server_reason(exc)}") from None
        finally:
            self._trip()
        return count

    def fetch_all(self, queries: Sequence[tuple[str, Sequence[Any]]]
                  ) -> list[tuple[list[str], list[tuple]]]:
        """Several queries sent at once (pipeline mode): one round trip for all of them;
        each result's column names and rows."""
        db = self.connect()
        try:
            with db.pipeline():
                cursors = []
                for sql, params in queries:
                    cursor = db.cursor()
                    cursor.execute(server_sql(sql), list(params) if params else None)
                    cursors.append(cursor)
            return [([c.name for c in cursor.description or ()], cursor.fetchall())
                    for cursor in cursors]
        except psycopg.Error as exc:
            raise ServerError(f"{self.location}：{server_reason(exc)}") from None
        finally:
            self._trip()

    def stream(self, sql: str, params: Sequence[Any] = (), batch: int = 2_000
               ) -> Iterator[tuple]:
        """Every row of a large result, read in batches through a server-side cursor (a
        transaction of its own), never the whole result in memory."""
        db = self.connect()
        try:
            with db.transaction(), db.cursor(name="gannan_stream") as cursor:
                cursor.itersize = batch
                cursor.execute(server_sql(sql), list(params))
                self._trip()
                yield from cursor
        except psycopg.Error as exc:
            raise ServerError(f"{self.location}：{server_reason(exc)}") from None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[ServerConnection]:
        db = self.connect()
        try:
            with db.transaction():
                yield self
        except psycopg.Error as exc:  # the commit itself, or a connection lost meanwhile
            raise ServerError(f"{self.location}：{server_reason(exc)}") from None


@functools.lru_cache(maxsize=1)
def server_schema() -> tuple[str, ...]:
    """The statements that make a library on the server: the tables and indexes of a library
    file, as its one declaration (`pipeline.writer.create_tables`) makes them, translated to
    PostgreSQL; references checked at commit; trigram indexes for search."""
    from gannan_gui.pipeline.schema import FTS_COLUMNS
    from gannan_gui.pipeline.writer import file_schema

    statements = ["CREATE EXTENSION IF NOT EXISTS pg_trgm"]
    indexes = []
    for kind, name, sql in file_schema():
        if kind == "table":
            statements.append(_server_table(sql))
        elif name == "idx_documents_listing":
            # a btree entry holds at most ~2,700 bytes: titles are not in the key here
            indexes.append("CREATE INDEX idx_documents_listing ON documents (published, id)")
        elif name == "idx_facts_accepted_label":
            # hashed: a label of any length can be indexed, and IN (…) is all it is asked
            indexes.append("CREATE INDEX idx_facts_accepted_label ON facts USING hash (label) "
                           "WHERE review = 'accepted'")
        else:
            indexes.append(sql)
    for table, columns in FTS_COLUMNS.items():
        if table == "entities":  # a search of every report finds figures and paragraphs
            continue
        indexes += [f'CREATE INDEX "idx_{table}_{column}_trgm" ON "{table}" '
                    f'USING gin ("{column}" gin_trgm_ops)' for column in columns]
    return (*statements, *indexes)


def _server_table(sql: str) -> str:
    """A CREATE TABLE of SQLite's, in PostgreSQL's types."""
    sql = re.sub(r"\bINTEGER\b", "BIGINT", sql)
    sql = re.sub(r"\bREAL\b", "DOUBLE PRECISION", sql)
    sql = re.sub(r"\bBLOB\b", "BYTEA", sql)
    return re.sub(r'(REFERENCES "\w+"\("\w+"\))', r"\1 DEFERRABLE INITIALLY DEFERRED", sql)


def server_tables(db: ServerConnection) -> set[str]:
    return {row[0] for row in db.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = "
        "current_schema()")}


def server_version(db: ServerConnection) -> int:
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    try:
        return int(row[0]) if row else 0
    except ValueError:
        return 0


class ServerWriter:
    """The connection through which a shared library is written, as `Writer` is for a file."""

    stores_whole = True  # its trigram indexes read the quotes and texts

    def __init__(self, location: ServerLocation) -> None:
        self.path = location
        self.notice = ""
        self.db = ServerConnection(location)
        self._user = ""
        self._checked = False

    @property
    def connection(self) -> ServerConnection:
        """The connection, once the server was found to hold a library this version writes."""
        if not self._checked:
            version = self.check_with(self.db)
            if version < SERVER_VERSION:  # an office's server is upgraded by whoever runs it
                raise LibraryError(f"{self.path}：共享资料库的结构是版本 {version}，本程序写入"
                                   f"版本 {SERVER_VERSION}；请先运行 'gannan-gui library init "
                                   f"{self.path}' 升级")
            self._checked = True
        return self.db

    def close(self) -> None:
        self.db.close()

    def who_and_when(self) -> tuple[str, str]:
        """The database user deciding (every desk logs in as its own) and the time."""
        if not self._user:
            row = self.db.execute("SELECT current_user").fetchone()
            self._user = str(row[0]) if row else ""
        return self._user, datetime.now().astimezone().isoformat(timespec="seconds")

    def init(self) -> str:
        """Make the library's tables on the server, or bring older ones up to this version,
        each step in one transaction; what was done, in one line."""
        db = self.db
        with db.transaction():
            db.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
            tables = server_tables(db)
            if not tables:
                for statement in server_schema():
                    db.execute(statement)
                db.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                               [("schema_version", str(SERVER_VERSION)), ("kind", "library"),
                                ("revision", "0")])
                return f"{self.path}：已建立共享资料库（结构版本 {SERVER_VERSION}）"
        version = self.check_with(db)
        if version == SERVER_VERSION:
            return f"{self.path}：共享资料库已是结构版本 {SERVER_VERSION}，无需升级"
        for step in range(max(version, FIRST_SERVER_VERSION) + 1, SERVER_VERSION + 1):
            with db.transaction():
                db.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
                if server_version(db) < step:  # not done meanwhile from another desk
                    for statement in SERVER_MIGRATIONS[step]:
                        db.execute(_server_table(statement))
                    if step == INDICATORS_VERSION:
                        from gannan_gui.store.indicators import fill_indicators

                        fill_indicators(db)
                    db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'",
                               (str(step),))
        return f"{self.path}：共享资料库已从结构版本 {version} 升级到 {SERVER_VERSION}"

    def check_with(self, db: ServerConnection, newer_ok: bool = False) -> int:
        """The schema version of the library on the server; LibraryError unless it is one
        this version writes (`newer_ok`: or reads), NoLibraryError when there is none."""
        from gannan_gui.store.database import DatabaseError, check_schema

        tables = server_tables(db)
        version = server_version(db) if "meta" in tables else 0
        try:
            check_schema(self.path, version, tables, newer_ok)  # type: ignore[arg-type]
        except DatabaseError as exc:
            if version > SERVER_VERSION:
                raise LibraryError(f"{self.path}：资料库由更新版本的 gannan-gui 建立（结构版本 "
                                   f"{version}），本程序只能阅读，不能写入") from None
            if not version:
                raise NoLibraryError(no_library(self.path)) from None
            raise LibraryError(str(exc)) from None
        return version

    @contextlib.contextmanager
    def transaction(self, doing: str = "写入", counted: bool = True
                    ) -> Iterator[ServerConnection]:
        """One change: all of it or none of it; others wait for the lock, then every window
        on the library is told (the revision goes up unless not `counted`, and a NOTIFY)."""
        try:
            db = self.connection
            with db.transaction():
                db.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
                yield db
                if counted:
                    db.execute("UPDATE meta SET value = (value::bigint + 1)::text "
                               "WHERE key = 'revision'")
                db.execute(f"NOTIFY {CHANNEL}")
        except ServerError as exc:
            raise LibraryError(f"{self.path}：无法{doing}（{reason_of(exc)}）") from None


def reason_of(error: UserError) -> str:
    """The reason part of a message 'location：reason'."""
    return str(error).partition("：")[2] or str(error)
