"""The library as a store: written in place by several processes at once, never losing what
any of them committed, surviving kills, upgrading older files; and its command line.
Everything runs as real processes on real files, and the tests that take `location` on a
real PostgreSQL server too (see conftest.py); no display is needed."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gannan_gui.common.errors import UserError
from gannan_gui.pipeline.schema import SCHEMA_VERSION
from gannan_gui.store.library import Library
from gannan_gui.store.locations import is_server_location, open_library
from gannan_gui.store.review import ConflictError
from gannan_gui.store.writing import backup_path

HERE = Path(__file__).resolve().parent
WORKER = HERE / "library_worker.py"
FIXTURE_V3 = HERE / "fixtures" / "library-v3.db"
#: Made by version 7 (the last to store quotes and paragraph texts beside their offsets): a
#: report in simplified and one in traditional characters, two figures accepted, one
#: rejected, a source edited.
FIXTURE_V7 = HERE / "fixtures" / "library-v7.db"
PROGRAM = [sys.executable, "-m", "gannan_gui"]


def brief(folder: Path, name: str, number: int) -> Path:
    """A short report of its own: different text (and so a different report) per number."""
    path = folder / f"{name}-{number}.txt"
    path.write_text(f"{name}协作简报第{number}期\n发布时间：2023-0{1 + number % 9}-15\n"
                    f"本期投入帮扶资金{number}.5亿元，实施帮扶项目{200 + number}个。\n"
                    f"组织招聘会{number + 3}场，转移就业{number}千人。\n", encoding="utf-8")
    return path


def folder_of_briefs(tmp_path: Path, name: str, count: int) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for number in range(count):
        brief(folder, name, number)
    return folder


def run(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run([*PROGRAM, *args], capture_output=True, text=True, timeout=120,
                          check=False)
    if check:
        assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done


def integrity(location: Path | str) -> str:
    """'ok' when the library is sound: SQLite's own check of a file; on a server (whose
    references are checked at every commit) each report's counts against its figures."""
    if not is_server_location(str(location)):
        with sqlite3.connect(location) as db:
            for index in ("facts_fts", "paragraphs_fts"):  # FTS5's own check of its index
                if db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (index,)).fetchone():
                    try:
                        db.execute(f"INSERT INTO {index} ({index}) VALUES ('integrity-check')")
                    except sqlite3.DatabaseError as exc:
                        return f"{index}: {exc}"
            return db.execute("PRAGMA integrity_check").fetchone()[0]
    wrong = rows(location, "SELECT count(*) FROM documents d WHERE figures != (SELECT count(*) "
                           "FROM facts f WHERE f.document_id = d.id AND review != 'rejected')")
    return "ok" if wrong == [(0,)] else f"{wrong[0][0]} reports miscounted"


def rows(location: Path | str, sql: str) -> list[tuple]:
    """A query's rows, read past the app, straight from the file or the server."""
    if is_server_location(str(location)):
        import psycopg

        with psycopg.connect(str(location)) as db:
            return db.execute(sql).fetchall()
    with sqlite3.connect(location) as db:
        return db.execute(sql).fetchall()


def eventually(condition, seconds: float = 10.0) -> bool:
    """True once `condition()` is (a server's notices arrive a moment after the commit)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


# --- several writers at once ------------------------------------------------------------
def test_two_imports_at_once_keep_every_report(tmp_path: Path, location: str) -> None:
    library = location
    folders = [folder_of_briefs(tmp_path, name, 12) for name in ("临潭", "卓尼")]
    imports = [subprocess.Popen([*PROGRAM, "import", str(folder), "--library", str(library)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for folder in folders]
    for process in imports:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
    titles = [r.title for r in open_library(library).reports()]
    assert len(titles) == 24 and len(set(titles)) == 24
    assert integrity(library) == "ok"


def test_decisions_made_during_an_import_are_kept(tmp_path: Path, location: str) -> None:
    library_path = location
    library = open_library(library_path)
    [first] = library.import_files([brief(tmp_path, "合作", 1)])
    folder = folder_of_briefs(tmp_path, "迭部", 30)
    importer = subprocess.Popen([*PROGRAM, "import", str(folder), "--library",
                                 str(library_path)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
    reviewer = subprocess.run([sys.executable, str(WORKER), "review", str(library_path),
                               str(first.document_id)], capture_output=True, text=True,
                              timeout=120, check=False)
    _, err = importer.communicate(timeout=120)
    assert importer.returncode == 0 and reviewer.returncode == 0, err + reviewer.stderr
    accepted = [int(line.split()[1]) for line in reviewer.stdout.splitlines()]
    base = library.open_report(first.document_id)
    assert accepted and all(base.fact_by_id[i].review == "accepted" for i in accepted)
    assert len(library.reports()) == 31  # and every report of the import is in


def test_the_same_figure_decided_in_two_windows_is_a_conflict_not_an_overwrite(
        tmp_path: Path, location: str) -> None:
    mine, theirs = open_library(location), open_library(location)
    [report] = mine.import_files([brief(tmp_path, "夏河", 2)])
    seen_by_me = mine.reviewer(report.document_id).facts()[0]
    seen_by_them = theirs.reviewer(report.document_id).facts()[0]
    theirs.reviewer(report.document_id).reject(seen_by_them["id"],
                                               expected_version=seen_by_them["version"])
    with pytest.raises(ConflictError, match=r"已被他人改过.*已否决") as caught:
        mine.reviewer(report.document_id).accept(seen_by_me["id"],
                                                 expected_version=seen_by_me["version"])
    assert caught.value.current["review"] == "rejected"
    assert mine.open_report(report.document_id).fact_by_id.get(seen_by_me["id"]) is None
    mine.reviewer(report.document_id).accept(seen_by_me["id"])  # overruled on purpose
    assert mine.open_report(report.document_id).fact_by_id[seen_by_me["id"]].reviewed


def test_an_undo_never_undoes_someone_elses_later_decision(tmp_path: Path,
                                                          location: str) -> None:
    mine, theirs = open_library(location), open_library(location)
    [report] = mine.import_files([brief(tmp_path, "玛曲", 3)])
    fact = mine.reviewer(report.document_id).facts()[0]
    change = mine.reviewer(report.document_id).accept(fact["id"])
    theirs.decide([fact["id"]], "rejected")
    with pytest.raises(ConflictError):
        mine.reviewer(report.document_id).undo(change)
    assert mine.reviewer(report.document_id).facts()[0]["review"] == "rejected"


def test_a_library_notices_what_another_process_commits(tmp_path: Path,
                                                        location: str) -> None:
    path = location
    watcher = open_library(path)
    assert not watcher.changed()  # no report yet: watching starts
    time.sleep(0.3)  # a server's listener is listening
    run("import", str(brief(tmp_path, "碌曲", 4)), "--library", str(path))
    assert eventually(watcher.changed) and not watcher.changed()
    [entry] = watcher.reports()
    fact_id = watcher.reviewer(entry.document_id).facts()[0]["id"]
    run("library", "accept", str(fact_id), "--library", str(path))
    assert eventually(watcher.changed)
    assert watcher.reports()[0].proposed == entry.proposed - 1


def test_a_busy_library_is_one_clear_line(tmp_path: Path, monkeypatch) -> None:
    from gannan_gui.store import writing

    path = tmp_path / "library.db"
    library = Library(path)
    [report] = library.import_files([brief(tmp_path, "舟曲", 5)])
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer that does not let go
    monkeypatch.setattr(writing, "BUSY_TIMEOUT_S", 0.2)
    other = Library(path)
    try:
        with pytest.raises(UserError, match="资料库正被另一个程序写入，请稍后再试"):
            other.decide([other.reviewer(report.document_id).facts()[0]["id"]], "accepted")
    finally:
        holder.execute("ROLLBACK")
        holder.close()


# --- kills ---------------------------------------------------------------------------------
def test_a_kill_at_any_moment_keeps_every_committed_write(tmp_path: Path,
                                                          location: str) -> None:
    path = location
    folder = tmp_path / "briefs"
    folder.mkdir()
    rng = random.Random(18)
    committed: list[str] = []
    for _ in range(6):
        worker = subprocess.Popen([sys.executable, str(WORKER), "churn", str(path),
                                   str(folder)], stdout=subprocess.PIPE, text=True)
        # the clock starts at its first commit: a cold start (imports not yet compiled) can
        # take longer than the shortest wait, and a library never written is not the case here
        assert worker.stdout is not None
        first = worker.stdout.readline().strip()
        assert first, "the worker stopped before its first commit"
        committed.append(first)
        time.sleep(rng.uniform(0.1, 1.3))
        worker.send_signal(signal.SIGKILL)
        out, _ = worker.communicate(timeout=30)
        committed += out.splitlines()
        assert integrity(path) == "ok"
        library = open_library(path)
        digests = {row[0] for row in rows(path, "SELECT sha256 FROM documents")}
        states = dict(rows(path, "SELECT id, review FROM facts"))
        for line in committed:
            what, key = line.split()
            if what == "report":
                assert key in digests
            else:
                assert states[int(key)] == "accepted"
        assert library.reports()  # and it opens for reading, as the window does
        library.close()
    assert sum(line.startswith("accepted") for line in committed) > 5


# --- versions --------------------------------------------------------------------------------
def test_an_older_library_is_read_then_upgraded_on_the_first_write(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    shutil.copyfile(FIXTURE_V3, path)
    library = Library(path)
    before = [(r.title, r.facts, r.proposed) for r in library.reports()]
    assert before == [("2019年夏河县东西部协作总结", 3, 2), ("2024年夏河县东西部协作总结", 4, 4)]
    assert library.open_report(1).fact_by_id[1].label == "天津财政援助资金"
    assert not backup_path(path, 3).exists()  # reading writes nothing
    library.edit_report(2, region="夏河县")
    assert "已升级" in library.notice and str(backup_path(path, 3)) in library.notice
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert dict(db.execute("SELECT id, review FROM facts WHERE document_id = 1")) == {
            1: "accepted", 2: "rejected", 3: "proposed", 4: "proposed"}  # every decision kept
    with sqlite3.connect(backup_path(path, 3)) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 3
    assert library.open_report(2).document.region == "夏河县"
    assert [(r.title, r.facts, r.proposed) for r in library.reports()] == before  # recounted
    titles = {hit.report for hit in library.search("招聘会")}  # its search index rebuilt
    assert titles == {"2019年夏河县东西部协作总结", "2024年夏河县东西部协作总结"}
    assert integrity(path) == "ok"


def test_a_version_7_library_keeps_every_quote_and_decision_when_it_stops_storing_them(
        tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    shutil.copyfile(FIXTURE_V7, path)
    library = Library(path)

    def as_read() -> list:
        return [[(f.label, f.quote) for f in library.open_report(d).facts]
                + [p.text for p in library.open_report(d).paragraphs] for d in (1, 2)]

    def figures(query: str) -> list[str]:
        return sorted(h.title for h in library.search(query) if h.kind == "fact")

    before, found = as_read(), figures("财政援助资金")
    assert ("財政援助資金", "天津市投入卓尼縣財政援助資金9800萬元") in before[1]
    library.decide([3], "accepted")  # the first write upgrades it
    assert "已升级" in library.notice
    assert as_read() == before
    assert figures("财政援助资金") == found == [
        "財政援助資金 9800萬元", "财政援助资金 1.2亿元"]
    # in simplified characters: the figure by its quote, and its paragraph
    assert [h.kind for h in library.search("卓尼县")] == ["fact", "paragraph"]
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        stored = db.execute("SELECT count(*) FROM facts WHERE quote != ''").fetchone()[0]
        texts = db.execute("SELECT count(*) FROM paragraphs WHERE text != ''").fetchone()[0]
        assert (stored, texts) == (0, 0)  # read through their offsets now
        assert dict(db.execute("SELECT id, review FROM facts WHERE review != 'proposed'")) == {
            1: "accepted", 2: "rejected", 3: "accepted", 8: "accepted"}
        # another tool reads them whole through the views
        assert db.execute("SELECT quote_text FROM facts_with_quotes WHERE id = 8").fetchone()[
            0] == "天津市投入卓尼縣財政援助資金9800萬元"
    assert integrity(path) == "ok"


def test_a_label_corrected_in_review_is_found_by_its_new_words(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    shutil.copyfile(FIXTURE_V7, path)
    library = Library(path)
    library.reviewer(2).edit(10, label="招聘會場次")  # traditional, searched in simplified
    assert [h.title for h in library.search("聘会场次")] == ["招聘會場次 6場"]
    assert [h.title for h in library.search("场次")] == ["招聘會場次 6場"]  # 2 characters
    assert integrity(path) == "ok"


def test_a_library_of_a_newer_version_is_read_but_never_written(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    Library(path).import_files([brief(tmp_path, "卓尼", 6)])
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    library = Library(path)
    assert [r.title for r in library.reports()] == ["卓尼协作简报第6期"]
    assert not library.writable
    with pytest.raises(UserError, match=r"更新版本的 gannan-gui 写入.*只能阅读"):
        library.decide([1], "accepted")
    done = run("library", "accept", "1", "--library", str(path), check=False)
    assert done.returncode == 1 and done.stderr.count("\n") == 1


def test_an_interrupted_write_of_an_old_library_is_undone_when_it_is_next_opened(
        tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    shutil.copyfile(FIXTURE_V3, path)  # journalled, as libraries of version 3 are
    killed = subprocess.run([sys.executable, "-c", (
        "import os, sqlite3, sys\n"
        f"db = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        "db.execute('PRAGMA cache_size = 1')\n"
        "db.execute('BEGIN')\n"
        "db.execute(\"UPDATE facts SET label = 'half written', quote = quote || "
        "hex(randomblob(3000))\")\n"
        "os._exit(9)\n")], timeout=30, check=False)
    assert killed.returncode == 9
    assert (tmp_path / "library.db-journal").stat().st_size > 0  # a hot journal
    labels = {f.label for f in Library(path).open_report(1).facts}
    assert "half written" not in labels and "天津财政援助资金" in labels


# --- the command line -------------------------------------------------------------------------
def test_the_library_commands_do_what_the_window_does(tmp_path: Path, location: str) -> None:
    path = location
    folder = folder_of_briefs(tmp_path, "临夏", 3)
    done = run("import", str(folder), "--library", str(path))
    assert "共 3 个文件：导入 3 篇" in done.stdout
    lines = run("library", "list", "--library", str(path)).stdout.splitlines()
    assert len(lines) == 3 and all(len(line.split("\t")) == 5 for line in lines)
    report_id = lines[0].split("\t")[0]
    figures = run("library", "figures", report_id, "--library", str(path)).stdout.splitlines()
    first = figures[0].split("\t")
    assert first[1] == "待审核" and first[3] == "0.5亿元"
    assert run("library", "accept", first[0], "--library", str(path)).stdout.strip() == \
        "已接受 1 项数据"
    assert "已接受" in run("library", "accept", "--report", report_id, "--library",
                           str(path)).stdout
    assert lines[0].split("\t")[4] != "0"
    listed = run("library", "list", "--library", str(path)).stdout.splitlines()[0]
    assert listed.split("\t")[4] == "0"  # nothing left to review
    edited = run("library", "edit", report_id, "--title", "临夏简报", "--date", "2023年5月6日",
                 "--source", "临夏州协作办", "--library", str(path))
    assert edited.stdout.strip() == f"第 {report_id} 篇报道：已修改标题、日期、来源"
    assert "2023-05-06\t临夏简报" in run("library", "list", "--library", str(path)).stdout
    def found_in_it() -> list:
        return [hit for hit in open_library(str(path)).search("0.5亿元")
                if hit.report == "临夏简报"]

    assert found_in_it()
    removed = run("library", "remove", report_id, "--library", str(path))
    assert removed.stdout.strip() == "已从资料库中移除 1 篇报道"
    assert not found_in_it() and integrity(path) == "ok"  # out of the indexes too
    assert len(run("library", "list", "--library", str(path)).stdout.splitlines()) == 2
    for bad, message in ((["edit", "999", "--title", "x"], "没有第 999 篇报道"),
                         (["edit", "1", "--date", "昨天"], "无法读取日期"),
                         (["reject", "9999"], "没有第 9999 项数据"),
                         (["remove", "2", "999"], "没有第 999 篇报道")):
        failed = run("library", *bad, "--library", str(path), check=False)
        assert failed.returncode == 1 and message in failed.stderr
        assert failed.stderr.count("\n") == 1
    assert len(run("library", "list", "--library", str(path)).stdout.splitlines()) == 2


def test_export_and_summary_name_the_report_of_a_library(tmp_path: Path,
                                                         location: str) -> None:
    path = location
    run("import", str(folder_of_briefs(tmp_path, "合作", 2)), "--library", str(path))
    ids = [line.split("\t")[0] for line in
           run("library", "list", "--library", str(path)).stdout.splitlines()]
    vague = run("export", str(tmp_path / "out.csv"), "--library", str(path), check=False)
    assert vague.returncode == 1 and "请用 --report 编号指定一篇" in vague.stderr
    if not is_server_location(path):  # a file of many reports is no --db
        first_report = run("export", str(tmp_path / "out.csv"), "--db", path, check=False)
        assert first_report.returncode == 1 and "有 2 篇报道" in first_report.stderr
    run("export", str(tmp_path / "one.csv"), "--library", str(path), "--report", ids[1])
    one = (tmp_path / "one.csv").read_text(encoding="utf-8-sig")
    assert "合作协作简报第1期" in one and "第0期" not in one
    run("export", str(tmp_path / "all.csv"), "--library", str(path), "--report", "all")
    every = (tmp_path / "all.csv").read_text(encoding="utf-8-sig")
    assert "合作协作简报第0期" in every and "合作协作简报第1期" in every
    refused = run("export", str(tmp_path / "all.docx"), "--library", str(path), "--report",
                  "all", check=False)
    assert refused.returncode == 1 and not (tmp_path / "all.docx").exists()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    printed = subprocess.run([*PROGRAM, "summary", "--pdf", str(tmp_path / "s.pdf"),
                              "--library", str(path), "--report", ids[0]], env=env,
                             capture_output=True, text=True, timeout=120, check=False)
    assert printed.returncode == 0, printed.stderr
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")


def test_a_cancelled_import_keeps_what_went_in_and_nothing_half(tmp_path: Path) -> None:
    folder = folder_of_briefs(tmp_path, "夏河", 8)
    library = Library(tmp_path / "library.db")
    seen: list[float] = []
    started = lambda: sum(done == int(done) for done in seen)  # noqa: E731  files begun
    results = library.import_files([folder], lambda done, total, _path: seen.append(done),
                                   lambda: started() > 3)
    # asked before each file and as each is read: the fourth, begun when the cancel came,
    # is not written at all
    assert len(results) == 3 and all(r.added for r in results)
    assert any(done != int(done) for done in seen)  # told how far into each one
    assert len(library.reports()) == 3
    assert integrity(library.path) == "ok"


def test_a_folder_with_no_reports_says_so(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "picture.png").write_bytes(b"\x89PNG")
    done = run("import", str(tmp_path / "empty"), "--library", str(tmp_path / "l.db"),
               check=False)
    assert done.returncode == 1 and "没有找到可以导入的报道文件" in done.stderr
    assert not (tmp_path / "l.db").exists()


# --- hostile libraries ----------------------------------------------------------------------
def test_a_private_library_stays_private_through_every_write(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    library = Library(path)
    library.import_files([brief(tmp_path, "临潭", 7)])
    library.close()
    path.chmod(0o600)
    library = Library(path)
    library.import_files([brief(tmp_path, "临潭", 8)])
    library.decide([library.reviewer(1).facts()[0]["id"]], "accepted")
    for name in ("library.db", "library.db-wal", "library.db-shm"):
        if (tmp_path / name).exists():
            assert (tmp_path / name).stat().st_mode & 0o777 == 0o600, name
    library.close()
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_figure_whose_paragraph_is_missing_is_caught_when_its_report_opens(
        tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    library = Library(path)
    [report] = library.import_files([brief(tmp_path, "卓尼", 9)])
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM paragraphs WHERE document_id = ? AND position = 1",
                   (report.document_id,))
    with pytest.raises(UserError, match=r"所在的段落 .* 不存在"):
        library.open_report(report.document_id)


@pytest.mark.parametrize("kind", ["folder", "fifo", "loop"])
def test_a_library_that_is_no_file_is_one_line(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "library.db"
    if kind == "folder":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to(tmp_path / "other.db")
        (tmp_path / "other.db").symlink_to(path)
    for command in (["library", "list"], ["import", str(brief(tmp_path, "夏河", 1))],
                    ["library", "accept", "1"]):
        done = run(*command, "--library", str(path), check=False)
        assert done.returncode == 1 and done.stderr.count("\n") == 1, done.stderr
        assert str(path) in done.stderr
    from gannan_gui.qt.library_path import library_reports

    entries, problem = library_reports(Library(path))
    assert entries == [] and str(path) in problem  # the window says so in its status bar
