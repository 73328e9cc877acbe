"""Writing a user's library in place, in SQLite transactions.

The library is one SQLite file in WAL mode: any number of readers and one writer at a time,
readers never blocked. Every change is one `BEGIN IMMEDIATE` transaction (the write lock is
taken first, so two writers queue instead of failing half-way), committed with a full sync,
so a kill at any moment leaves the file as it was after the last commit. A library written
by an older version of the app is upgraded in place, after a backup copy beside it. No Qt.
"""

from __future__ import annotations

import contextlib
import getpass
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from gannan_gui.common.errors import UserError, os_reason
from gannan_gui.common.files import file_kind
from gannan_gui.common.paths import bundled_database, data_dir
from gannan_gui.pipeline.schema import (
    ACCEPTED_LABEL_INDEX,
    COUNTS,
    INDICATOR_INDEX,
    INDICATORS_TABLE,
    INDICATORS_VERSION,
    LEAVE_OUT_SLICES,
    LISTING_INDEX,
    MIGRATIONS,
    OFFSETS_VERSION,
    SCHEMA_VERSION,
)
from gannan_gui.store.database import (
    DatabaseError,
    check_schema,
    schema_version,
    table_names,
)

#: How long a writer waits for another one to finish before saying the library is busy; a
#: report's rows take milliseconds to write, so this is only reached when something hangs.
BUSY_TIMEOUT_S = 5.0


class LibraryError(UserError):
    """The library cannot be written (or read); one line says why."""


#: SQLite's result codes in the user's words (its own messages are English).
SQLITE_REASONS = {
    "SQLITE_BUSY": "资料库正被另一个程序写入，请稍后再试",
    "SQLITE_LOCKED": "资料库正被另一个程序写入，请稍后再试",
    "SQLITE_READONLY": "资料库只读（没有写入权限）",
    "SQLITE_FULL": "磁盘空间已满",
    "SQLITE_CORRUPT": "资料库已损坏",
    "SQLITE_NOTADB": "这不是 SQLite 数据库文件",
    "SQLITE_CANTOPEN": "无法打开资料库文件",
    "SQLITE_IOERR": "读写设备出错",
    "SQLITE_PERM": "没有权限",
}
#: The same, for Pythons whose sqlite3 errors carry no result code (3.10): by message.
_MESSAGE_REASONS = (
    ("locked", "SQLITE_BUSY"), ("readonly", "SQLITE_READONLY"), ("read-only", "SQLITE_READONLY"),
    ("disk is full", "SQLITE_FULL"), ("malformed", "SQLITE_CORRUPT"),
    ("not a database", "SQLITE_NOTADB"), ("unable to open", "SQLITE_CANTOPEN"),
    ("disk i/o", "SQLITE_IOERR"),
)


def sqlite_reason(error: sqlite3.Error) -> str:
    """Why SQLite refused, in Chinese; its own words only for what is not foreseen."""
    name = getattr(error, "sqlite_errorname", "") or ""
    for prefix, reason in SQLITE_REASONS.items():
        if name.startswith(prefix):
            return reason
    message = str(error).lower()
    for words, code in _MESSAGE_REASONS:
        if words in message:
            return SQLITE_REASONS[code]
    return f"SQLite 错误：{error}"


#: The names a library file may have.
LIBRARY_SUFFIXES = (".db", ".sqlite", ".sqlite3")


def check_library_path(library: Path) -> None:
    """The bundled database and the app's own folder are never written, and a library's name
    says what it is."""
    try:
        resolved = library.resolve()
        if library.exists() and bundled_database().exists() and library.samefile(
                bundled_database()):
            raise LibraryError(f"{library}：这是随程序安装的数据库，只读；请另选资料库文件")
    except (OSError, RuntimeError) as exc:  # a symlink loop (RuntimeError before 3.13)
        reason = os_reason(exc) if isinstance(exc, OSError) else "符号链接形成循环"
        raise LibraryError(f"{library}：无法打开资料库（{reason}）") from None
    if data_dir().resolve() in resolved.parents:
        raise LibraryError(f"{library}：程序自带的数据文件夹只读；请另选资料库文件")
    if library.suffix.lower() not in LIBRARY_SUFFIXES:
        raise LibraryError(f"{library}：资料库文件名应以 .db 结尾")


def who_and_when() -> tuple[str, str]:
    """The user deciding (the login name) and the time, as a decision records them."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no login name in this environment
        user = ""
    return user, datetime.now().astimezone().isoformat(timespec="seconds")


def backup_path(path: Path, version: int) -> Path:
    """Where the copy made before an upgrade from `version` goes: library.v3-backup.db."""
    return path.with_name(f"{path.stem}.v{version}-backup{path.suffix}")


@contextlib.contextmanager
def immediate(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A transaction that takes the write lock first (BEGIN IMMEDIATE: two writers queue
    instead of failing half-way), committed when the block ends, rolled back on any error
    or interruption."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def _leave_out_slices(db: sqlite3.Connection) -> None:
    """Version 8, report by report: a figure's quote and a paragraph's text left out where
    they are what the offsets say, a paragraph's twin kept only where it differs, and each
    figure's label twin by the rule of pipeline.writer.label_twin (a report in traditional
    characters, whose paragraphs keep a twin, or a label reviewed since its import that its
    report's text does not hold). The report's text is bound once, never fetched per row."""
    traditional = {row[0] for row in db.execute(
        "SELECT DISTINCT document_id FROM paragraphs WHERE search_text != text")}
    for (document_id,) in db.execute("SELECT id FROM documents").fetchall():
        text = db.execute("SELECT text FROM documents WHERE id = ?",
                          (document_id,)).fetchone()[0]
        db.execute("UPDATE facts SET quote = '' WHERE document_id = ? AND quote = "
                   "substr(?, char_start + 1, char_end - char_start)", (document_id, text))
        if document_id in traditional:
            db.execute("UPDATE facts SET search_text = simplified(label) WHERE document_id = ?",
                       (document_id,))
        else:
            db.execute("UPDATE facts SET search_text = CASE WHEN version > 0 AND "
                       "instr(?, label) = 0 THEN simplified(label) ELSE '' END "
                       "WHERE document_id = ?", (text, document_id))
        db.execute("UPDATE paragraphs SET search_text = CASE WHEN search_text != text THEN "
                   "search_text ELSE '' END, text = CASE WHEN text = substr(?, char_start + 1, "
                   "char_end - char_start) THEN '' ELSE text END WHERE document_id = ?",
                   (text, document_id))


class Writer:
    """The one connection through which a library is written; opened when first needed."""

    #: A file leaves out what the offsets say (schema.PARAGRAPH_TWIN); a server stores it.
    stores_whole = False

    def __init__(self, path: Path) -> None:
        self.path = path
        self.notice = ""  # what the user should be told once (an upgrade and its backup)
        self._db: sqlite3.Connection | None = None

    @property
    def connection(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = self._open()
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    @staticmethod
    def who_and_when() -> tuple[str, str]:
        return who_and_when()

    def _open(self) -> sqlite3.Connection:
        path = self.path
        check_library_path(path)
        try:
            kind = file_kind(path)
        except OSError as exc:
            raise LibraryError(f"{path}：无法打开资料库（{os_reason(exc)}）") from None
        if kind == "folder":
            raise LibraryError(f"{path}：这是一个文件夹，不是资料库文件")
        if kind == "special":
            raise LibraryError(f"{path}：不是普通文件，不能作为资料库")
        if kind == "missing":
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LibraryError(f"{path.parent}：无法创建文件夹（{os_reason(exc)}）") from None
        try:
            # isolation_level=None: no implicit transactions; each change opens its own
            db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                 check_same_thread=False)
        except sqlite3.Error as exc:
            raise LibraryError(f"{path}：{sqlite_reason(exc)}") from None
        try:
            db.row_factory = sqlite3.Row
            if kind == "missing" or not table_names(db):
                self._create(db)
            self._upgrade(db)
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")  # a commit is on disk when it returns
        except sqlite3.Error as exc:
            db.close()
            raise LibraryError(f"{path}：{sqlite_reason(exc)}") from None
        except UserError:
            db.close()
            raise
        return db

    def _create(self, db: sqlite3.Connection) -> None:
        """A new library's tables, in one transaction (two first imports at once make one)."""
        import sqlite_utils  # the app reads with sqlite3; writing the schema needs sqlite-utils

        from gannan_gui.pipeline.writer import create_tables

        db.execute("PRAGMA journal_mode = WAL")
        with immediate(db):
            if not table_names(db):
                create_tables(sqlite_utils.Database(db))
                db.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                               [("schema_version", str(SCHEMA_VERSION)), ("kind", "library"),
                                ("revision", "0")])

    def _upgrade(self, db: sqlite3.Connection) -> None:
        """Bring an older library up to this version: a backup copy first, then each step of
        MIGRATIONS, all in one transaction; a newer one is refused (it is read, not written)."""
        path = self.path
        version = schema_version(db)
        try:
            check_schema(path, version, table_names(db))
        except DatabaseError as exc:
            if version > SCHEMA_VERSION:
                raise LibraryError(f"{path}：资料库由更新版本的 gannan-gui 写入（结构版本 "
                                   f"{version}），本程序只能阅读，不能写入") from None
            raise LibraryError(str(exc)) from None
        if version == SCHEMA_VERSION:
            return
        # The copy is taken outside a transaction (SQLite's backup cannot read through the
        # connection's own write lock); only an older app could write in between.
        backup = backup_path(path, version)
        copy = sqlite3.connect(backup)
        try:
            db.backup(copy)
        finally:
            copy.close()
        with immediate(db):
            version = schema_version(db)  # another process may have upgraded it meanwhile
            if version < SCHEMA_VERSION:
                for step in range(version + 1, SCHEMA_VERSION + 1):
                    if step == OFFSETS_VERSION:  # its labels' simplified twins
                        from gannan_gui.store.search import simplified

                        db.create_function("simplified", 1, simplified, deterministic=True)
                    for statement in MIGRATIONS[step]:
                        if statement == LEAVE_OUT_SLICES:
                            _leave_out_slices(db)
                            continue
                        db.execute(statement.format(counts=COUNTS, listing_index=LISTING_INDEX,
                                                    accepted_label_index=ACCEPTED_LABEL_INDEX,
                                                    indicators_table=INDICATORS_TABLE,
                                                    indicator_index=INDICATOR_INDEX))
                    if step == INDICATORS_VERSION:
                        from gannan_gui.store.indicators import fill_indicators

                        fill_indicators(db)
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'",
                           (str(SCHEMA_VERSION),))
                self.notice = (f"资料库已升级到结构版本 {SCHEMA_VERSION}；"
                               f"升级前的副本保存在 {backup}")
        if version < OFFSETS_VERSION:  # give back what the file no longer stores; when
            with contextlib.suppress(sqlite3.Error):  # busy, it is used by what comes next
                db.execute("VACUUM")

    @contextlib.contextmanager
    def transaction(self, doing: str = "写入", counted: bool = True
                    ) -> Iterator[sqlite3.Connection]:
        """One change to the library: all of it is committed, or none of it (an error, a
        kill). The library's revision goes up, so windows on it notice (not `counted`: a copy
        that writes the revision it copies)."""
        db = self.connection
        try:
            with immediate(db):
                yield db
                if counted:
                        db.execute("INSERT INTO meta (key, value) VALUES ('revision', '1') ON "
                               "CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")
        except sqlite3.Error as exc:
            raise LibraryError(f"{self.path}：无法{doing}（{sqlite_reason(exc)}）") from None
