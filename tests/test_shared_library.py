"""The shared library on a real PostgreSQL server (a throwaway cluster, see conftest.py): the
same answers as a library file, exact copies both ways, who decided, a read-only role, and a
server that goes away and comes back. No display is needed."""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import psycopg
import pytest
from conftest import new_server_library
from postgres_cluster import pause, resume, start, stop
from test_library_store import brief, eventually, folder_of_briefs, run

from gannan_gui.common.errors import UserError
from gannan_gui.store.copying import COPIED_TABLES, copy_library
from gannan_gui.store.database import DatabaseError
from gannan_gui.store.library import Library
from gannan_gui.store.locations import open_library
from gannan_gui.store.server import SERVER_VERSION
from gannan_gui.store.shared import SharedLibrary
from gannan_gui.views.words import decided_by

PROGRAM = [sys.executable, "-m", "gannan_gui"]

TRADITIONAL_REPORT = ("東西部協作簡報\n發佈時間：2024-06-18\n"
                      "天津市投入財政援助資金3.2億元，實施協作項目126個，幫助臨潭縣"
                      "轉移就業1.2萬人。\n")


cli = run  # the program, as a user runs it: one clear line on failure, never a traceback


#: What a file and a server store differently (a file leaves out what the offsets say; each
#: keeps its own schema version): compared through what a reader is given instead.
STORED_FORM = {"facts": {"quote", "search_text"}, "paragraphs": {"text", "search_text"}}


def table_contents(library: Library, as_read: bool = False) -> dict[str, list[tuple]]:
    """Every row of every table, in key order, as the library holds it; `as_read`: without
    the columns a file and a server store in their own way, and with every report's figures
    and paragraphs as they are read (quotes and texts whole)."""
    contents = {}
    for table in COPIED_TABLES:
        columns = sorted(c for c in library.table_columns(table)
                         if not (as_read and c in STORED_FORM.get(table, ())))
        rows = library.table_rows(table, columns)
        if as_read and table == "meta":
            rows = (row for row in rows if "schema_version" not in row)
        contents[table] = sorted(rows, key=repr)
    if as_read:
        for entry in library.reports():
            report = library.open_report(entry.document_id)
            contents[f"report {entry.document_id}"] = [
                *((f.id, f.label, f.quote) for f in report.facts),
                *((p.id, p.text) for p in report.paragraphs)]
    return contents


@pytest.fixture()
def both(tmp_path: Path, postgres_server):
    """The same reports, in the same order, imported into a file and into a server."""
    folder = folder_of_briefs(tmp_path, "临潭", 5)
    (folder / "traditional.txt").write_text(TRADITIONAL_REPORT, encoding="utf-8")
    file, server = Library(tmp_path / "library.db"), SharedLibrary(
        new_server_library(postgres_server))
    for library in (file, server):
        library.import_files(sorted(folder.iterdir()))
    yield file, server
    file.close()
    server.close()


def test_a_server_answers_as_a_file_does(both) -> None:
    file, server = both
    assert [(r.document_id, r.title, r.published, r.facts, r.proposed) for r in file.reports()] \
        == [(r.document_id, r.title, r.published, r.facts, r.proposed) for r in server.reports()]
    for entry in file.reports():
        on_file, on_server = (lib.open_report(entry.document_id) for lib in (file, server))
        assert on_file.document == on_server.document
        assert on_file.facts == on_server.facts and on_file.entities == on_server.entities
        assert on_file.search("资金") == on_server.search("资金")


@pytest.mark.parametrize("query", ["资", "资金", "帮扶资金", "財政援助", "项目 亿元",
                                   "临潭协作简报", "100%", "_", "2024"])
def test_search_gives_the_same_hits_in_the_same_order_on_both(both, query: str) -> None:
    file, server = both
    found = file.search(query)
    assert found == server.search(query)
    if query in ("资金", "帮扶资金", "財政援助"):
        assert found  # and there is something to compare


def test_a_copy_is_exact_in_both_directions(tmp_path: Path, both, postgres_server) -> None:
    file, _ = both
    reviewer = file.reviewer(1)
    first, second = reviewer.facts()[:2]
    reviewer.accept(first["id"], label="财政帮扶资金")
    reviewer.reject(second["id"])
    file.edit_report(2, title="改过的标题", region="临潭县")
    server = SharedLibrary(new_server_library(postgres_server))
    counts = copy_library(file, server)
    assert counts["documents"] == 6 and counts["facts"] == len(
        list(file.table_rows("facts", ["id"])))
    back = Library(tmp_path / "back.db")
    copy_library(server, back)
    original, returned = table_contents(file), table_contents(back)
    assert original == returned  # the same file again, row for row
    assert table_contents(file, as_read=True) == table_contents(server, as_read=True)
    on_server = table_contents(server)
    with sqlite3.connect(tmp_path / "back.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert back.search("帮扶资金") == file.search("帮扶资金")  # its full-text index is filled
    with pytest.raises(UserError, match="已有 6 篇报道"):
        copy_library(file, server)  # never into a library that holds reports
    assert table_contents(server) == on_server


def test_the_copy_command_takes_a_library_to_a_meeting(tmp_path: Path, postgres_server) -> None:
    office = new_server_library(postgres_server)
    cli("import", str(folder_of_briefs(tmp_path, "合作", 3)), "--library", office)
    laptop = tmp_path / "meeting.db"
    done = cli("library", "copy", office, str(laptop))
    assert done.stdout.strip().startswith("已把 3 篇报道")
    assert cli("library", "list", "--library", str(laptop)).stdout == \
        cli("library", "list", "--library", office).stdout
    again = cli("library", "copy", office, str(laptop), check=False)
    assert again.returncode == 1 and "已有 3 篇报道" in again.stderr
    assert again.stderr.count("\n") == 1


def test_init_makes_a_library_and_says_what_it_did(postgres_server) -> None:
    address = new_server_library(postgres_server, init=False)
    refused = cli("library", "list", "--library", address, check=False)
    assert refused.returncode == 1 and "请先运行 'gannan-gui library init" in refused.stderr
    assert "已建立共享资料库" in cli("library", "init", address).stdout
    assert "无需升级" in cli("library", "init", address).stdout
    assert cli("library", "list", "--library", address).stdout == ""
    with psycopg.connect(address) as db:
        indexes = {row[0] for row in db.execute("SELECT indexdef FROM pg_indexes")}
    assert any("gin_trgm_ops" in index for index in indexes)


def test_every_decision_says_which_database_user_made_it(tmp_path: Path, postgres_server) -> None:
    address = new_server_library(postgres_server)
    with psycopg.connect(address, autocommit=True) as admin:
        admin.execute("CREATE ROLE zhangsan LOGIN")
        admin.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                      "TO zhangsan")
    as_zhangsan = address.replace("//gannan@", "//zhangsan@")
    library = open_library(as_zhangsan)
    [report] = library.import_files([brief(tmp_path, "夏河", 1)])
    fact = library.reviewer(report.document_id).facts()[0]
    library.reviewer(report.document_id).accept(fact["id"])
    accepted = library.open_report(report.document_id).fact_by_id[fact["id"]]
    assert accepted.reviewed_by == "zhangsan"
    assert decided_by(accepted).startswith("zhangsan 审核于 20")
    library.close()


def test_a_read_only_role_browses_and_every_write_is_one_line(tmp_path: Path,
                                                              postgres_server) -> None:
    address = new_server_library(postgres_server)
    cli("import", str(brief(tmp_path, "碌曲", 2)), "--library", address)
    with psycopg.connect(address, autocommit=True) as admin:
        admin.execute("CREATE ROLE reader_only LOGIN")
        admin.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader_only")
    reader = address.replace("//gannan@", "//reader_only@")
    assert len(cli("library", "list", "--library", reader).stdout.splitlines()) == 1
    out = tmp_path / "out.csv"
    cli("export", str(out), "--library", reader, "--report", "1")
    assert "碌曲协作简报" in out.read_text(encoding="utf-8-sig")
    assert not open_library(reader).writable
    for command in (["library", "accept", "--report", "1"], ["library", "remove", "1"],
                    ["library", "edit", "1", "--title", "新"],
                    ["import", str(brief(tmp_path, "碌曲", 3))]):
        refused = cli(*command, "--library", reader, check=False)
        assert refused.returncode == 1 and "没有写入权限" in refused.stderr, refused.stderr
        assert refused.stderr.count("\n") == 1
    assert cli("library", "list", "--library", address).stdout.split("\t")[4].strip() != "0"


def test_a_server_that_goes_away_is_said_and_found_again(tmp_path: Path, postgres_server) -> None:
    folder = Path(tempfile.mkdtemp(prefix="gannan-pg-away-"))  # a server of its own to stop
    address = start(folder).rsplit("/", 1)[0] + "/postgres"
    try:
        library = SharedLibrary(address)
        library.init()
        [report] = library.import_files([brief(tmp_path, "玛曲", 4)])
        shown = library.open_report(report.document_id)
        assert not library.changed()  # the listener starts
        time.sleep(0.5)
        pause(folder)
        assert eventually(lambda: library.problem, 15)
        assert library.problem.startswith("共享资料库已断开（无法连接共享资料库服务器")
        with pytest.raises(UserError, match="无法保存（无法连接共享资料库服务器：服务器未运行"):
            library.decide([shown.facts[0].id], "accepted")
        with pytest.raises(DatabaseError, match="无法连接共享资料库服务器"):
            library.reports()
        with pytest.raises(DatabaseError, match="无法连接共享资料库服务器"):
            library.open_report(report.document_id)  # the tree shows why, not an error
        assert shown.facts and shown.search("帮扶")  # what is loaded still reads
        resume(folder)
        assert eventually(lambda: not library.problem, 15)
        assert eventually(library.changed, 5)  # shown again: others may have written
        assert library.decide([shown.facts[0].id], "accepted") == 1
        assert library.reports()[0].proposed == report.figures - 1
        library.close()
    finally:
        stop(folder)


# --- the window -------------------------------------------------------------------------------
def test_the_window_connects_to_a_shared_library_and_remembers_where(
        qtbot, tmp_path: Path, facts, isolated_settings: Path, postgres_server) -> None:
    from conftest import open_window
    from test_library_window import top_rows

    from gannan_gui.cli import make_parser
    from gannan_gui.qt import app as app_module
    from gannan_gui.qt.settings import SHARED_LIBRARY, open_settings

    address = new_server_library(postgres_server)
    cli("import", str(folder_of_briefs(tmp_path, "迭部", 2)), "--library", address)
    window = open_window(qtbot, facts, tmp_path / "own.db", isolated_settings)
    shared = window.file_actions.shared_actions
    assert shared.connect_to(address.replace("//gannan@", "//gannan:secret@"))
    assert top_rows(window)[1:] == ["迭部协作简报第0期", "迭部协作简报第1期"]
    assert shared.server_label.text().startswith("共享资料库：library_")
    assert "密码没有保存" in window.statusBar().currentMessage()
    remembered = SHARED_LIBRARY.read(open_settings(isolated_settings))
    assert remembered == address and "secret" not in isolated_settings.read_text()
    args = make_parser(with_commands=False).parse_args([])
    assert app_module.library_path(args, open_settings(isolated_settings)) == \
        open_library(address)  # the next start shows it again

    cli("import", str(brief(tmp_path, "迭部", 9)), "--library", address)  # another desk
    assert eventually(window.file_actions.library_actions.check_for_changes, 10)
    assert "迭部协作简报第9期" in top_rows(window)

    shared.use_own_library()
    assert not [row for row in top_rows(window) if "迭部" in row]  # the bundled report alone
    assert shared.server_label.isHidden()
    assert SHARED_LIBRARY.read(open_settings(isolated_settings)) == ""
    window.library.close()


def test_an_address_that_is_no_shared_library_is_one_message(
        qtbot, tmp_path: Path, facts, isolated_settings: Path, monkeypatch,
        postgres_server) -> None:
    from conftest import open_window

    from gannan_gui.qt import dialogs

    told: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda _parent, _title, message: told.append(message))
    window = open_window(qtbot, facts, tmp_path / "own.db", isolated_settings)
    shared = window.file_actions.shared_actions
    uninitialised = new_server_library(postgres_server, init=False)
    for address, words in (("/home/me/library.db", "应以 postgresql:// 开头"),
                           (uninitialised, "请先运行 'gannan-gui library init"),
                           (postgres_server[0] + "/no_such_db", "服务器上没有这个数据库"),
                           ("postgresql://127.0.0.1:1/x", "无法连接共享资料库服务器")):
        assert not shared.connect_to(address)
        assert words in told[-1], told[-1]
    assert window.library == Library(tmp_path / "own.db")  # still the user's own


def test_passwords_come_from_libpq_never_from_the_app(tmp_path: Path, monkeypatch,
                                                      postgres_server) -> None:
    folder = Path(tempfile.mkdtemp(prefix="gannan-pg-password-"))
    address = start(folder, password="s3cret-甘南")
    try:
        port = address.split(":")[2].split("/")[0]
        monkeypatch.delenv("PGPASSWORD", raising=False)
        monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
        refused = cli("library", "init", address, check=False)
        assert refused.returncode == 1 and "密码" in refused.stderr
        assert refused.stderr.count("\n") == 1
        passfile = tmp_path / "pgpass"
        passfile.write_text(f"127.0.0.1:{port}:*:gannan:s3cret-甘南\n", encoding="utf-8")
        passfile.chmod(0o600)
        monkeypatch.setenv("PGPASSFILE", str(passfile))
        assert "已建立共享资料库" in cli("library", "init", address).stdout
        cli("import", str(brief(tmp_path, "临潭", 8)), "--library", address)
        assert len(cli("library", "list", "--library", address).stdout.splitlines()) == 1
    finally:
        stop(folder)


def test_an_older_server_library_is_read_and_upgraded_by_init(tmp_path: Path,
                                                              postgres_server) -> None:
    address = new_server_library(postgres_server)
    cli("import", str(brief(tmp_path, "合作", 5)), "--library", address)
    with psycopg.connect(address, autocommit=True) as admin:  # as version 4 left it
        admin.execute("DROP TABLE originals")
        admin.execute("DROP TABLE indicators")
        admin.execute("ALTER TABLE facts DROP COLUMN scope, DROP COLUMN period_kind, "
                      "DROP COLUMN period_from, DROP COLUMN period_to, DROP COLUMN indicator")
        admin.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    assert len(cli("library", "list", "--library", address).stdout.splitlines()) == 1
    refused = cli("import", str(brief(tmp_path, "合作", 6)), "--library", address, check=False)
    assert refused.returncode == 1 and "请先运行 'gannan-gui library init" in refused.stderr
    assert f"已从结构版本 4 升级到 {SERVER_VERSION}" in cli("library", "init", address).stdout
    cli("import", str(brief(tmp_path, "合作", 6)), "--library", address)
    library = open_library(address)
    assert library.original(2) is not None and library.original(1) is None
    # the figures already there were given their indicator by the upgrade
    assert library.indicator_counts()
    library.close()
