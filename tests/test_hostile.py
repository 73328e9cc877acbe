"""Databases and paths that misbehave: text that looks like markup, wrong types, cycles,
special files. Each must end in a clear message or a normal window, never a crash, a hang,
a traceback or a file opened that the app did not ask for."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from gannan_gui.store.database import DatabaseError, open_database

WALK = Path(__file__).resolve().parent / "hostile_walk.py"


def hostile_copy(db_copy: Path, marker: Path) -> Path:
    """Every text the window shows from the database, made to look like an image tag
    pointing at `marker`."""
    tag = f'<img src="file://{marker}">'
    with sqlite3.connect(db_copy) as db:
        db.execute("UPDATE documents SET title = ? || title, site = ? || site", (tag, tag))
        db.execute("UPDATE categories SET name = ? || name", (tag,))
        db.execute("UPDATE facts SET label = ? || label, base_unit = ? || base_unit, "
                   "period = ? || period", (tag, tag, tag))
        db.execute("UPDATE entities SET name = ? || name, kind_label = ? || kind_label",
                   (tag, tag))
        db.execute("UPDATE paragraphs SET text = ? || text", (tag,))
    return db_copy


@pytest.mark.timeout(120)
def test_markup_in_the_database_never_loads_a_file(db_copy: Path, tmp_path: Path) -> None:
    """The image tag points at a FIFO: anything that tried to load it would hang here."""
    marker = tmp_path / "marker.png"
    os.mkfifo(marker)
    database = hostile_copy(db_copy, marker)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.run([sys.executable, str(WALK), str(database),
                            str(tmp_path / "settings.ini")], capture_output=True, text=True,
                           timeout=90, env=env, check=False)
    assert child.returncode == 0, child.stderr[-2000:]
    assert "walked" in child.stdout and "Traceback" not in child.stderr


def test_tooltips_and_titles_show_markup_as_text(qapp, db_copy: Path, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument

    from gannan_gui.qt.widgets.tree_model import FactTreeModel
    from gannan_gui.views.tree import build_tree

    base = open_database(hostile_copy(db_copy, tmp_path / "x.png"))
    model = FactTreeModel(build_tree(base))
    first_category = model.index(0, 0, model.index(0, 0))
    tooltip = model.data(first_category, Qt.ItemDataRole.ToolTipRole)
    rendered = QTextDocument()
    rendered.setHtml(tooltip)
    assert rendered.toPlainText().startswith('<img src="file://')  # shown, not loaded


@pytest.mark.parametrize(("sql", "message"), [
    ("UPDATE facts SET label = x'00ff3c623e' WHERE id = 3", "label 不是文本"),
    ("UPDATE facts SET label = NULL WHERE id = 3", "label 不是文本"),
    ("UPDATE facts SET base_value = 'lots' WHERE id = 3", "base_value 不是数值"),
    ("UPDATE facts SET base_value = 9e999 WHERE id = 3", "base_value 不是数值"),
    ("UPDATE documents SET title = NULL", "title 不是文本"),
    ("UPDATE categories SET parent_id = 3 WHERE id = 2; UPDATE categories SET parent_id = 2 "
     "WHERE id = 3", "分类形成环"),
    ("UPDATE facts SET category_id = 999 WHERE id = 3", "不存在"),
    ("UPDATE categories SET parent_id = 999 WHERE id = 3", "不存在"),
    ("UPDATE facts SET qualifiers = 'not json' WHERE id = 3", "qualifiers"),
])
def test_unsound_content_is_named_in_one_line(db_copy: Path, sql: str, message: str) -> None:
    with sqlite3.connect(db_copy) as db:
        db.executescript(sql)
    with pytest.raises(DatabaseError, match=message) as caught:
        open_database(db_copy)
    assert "\n" not in str(caught.value)


def test_a_deep_category_tree_is_refused_not_recursed(db_copy: Path) -> None:
    with sqlite3.connect(db_copy) as db:
        db.execute("PRAGMA foreign_keys = OFF")
        for i in range(1500):
            db.execute("INSERT INTO categories (id, document_id, parent_id, position, key, name,"
                       " name_en) VALUES (?, 1, ?, ?, ?, ?, '')",
                       (10_000 + i, 10_000 + i - 1 if i else None, 100 + i, f"k{i}", f"层{i}"))
    with pytest.raises(DatabaseError, match="层级过深"):
        open_database(db_copy)


def test_special_files_are_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo)
    with pytest.raises(DatabaseError, match="不是普通文件"):
        open_database(fifo)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for args, message in [
        (["build", "--article", str(fifo), "--out", str(tmp_path / "x.db")], "不是普通文件"),
        (["build", "--out", "/dev/null"], "不是普通文件"),
        (["summary", "--pdf", "/dev/null"], "不是普通文件"),
        (["export", "/dev/null", "--format", "csv"], "不是普通文件"),
    ]:
        child = subprocess.run([sys.executable, "-m", "gannan_gui", *args], capture_output=True,
                               text=True, timeout=60, env=env, check=False)
        assert child.returncode == 1 and message in child.stderr, (args, child.stderr)
    assert Path("/dev/null").is_char_device()


def test_an_output_that_is_an_input_is_refused(tmp_path: Path, db_copy: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    before = db_copy.read_bytes()
    for args in (["summary", "--pdf", str(db_copy), "--db", str(db_copy)],
                 ["export", str(db_copy), "--format", "xlsx", "--db", str(db_copy)]):
        child = subprocess.run([sys.executable, "-m", "gannan_gui", *args], capture_output=True,
                               text=True, timeout=60, env=env, check=False)
        assert child.returncode == 1 and "输入文件本身" in child.stderr, child.stderr
    assert db_copy.read_bytes() == before
    article = tmp_path / "a.txt"
    article.write_bytes(Path(__file__).resolve().parent.parent.joinpath(
        "data", "article.txt").read_bytes())
    child = subprocess.run([sys.executable, "-m", "gannan_gui", "build", "--article",
                            str(article), "--out", str(article)], capture_output=True,
                           text=True, timeout=60, env=env, check=False)
    assert child.returncode == 1 and "输入文件本身" in child.stderr
    assert article.read_bytes().startswith("山海同心结硕果".encode())


def test_a_broken_pdf_is_a_clear_error(tmp_path: Path) -> None:
    from gannan_gui.common.files import OutputError
    from gannan_gui.output.pdf_text import fix_pdf_text_layer

    broken = tmp_path / "half.pdf"
    broken.write_bytes(b"%PDF-1.6\n1 0 obj <<")
    with pytest.raises(OutputError, match="无法写入 PDF"):
        fix_pdf_text_layer(broken, tmp_path / "out.pdf")


def test_temporaries_of_a_killed_writer_are_removed_next_time(tmp_path: Path) -> None:
    from gannan_gui.common.files import atomic_output

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    stale = tmp_path / f".gannan.db.~gannan-{dead}-abcdefgh.db"
    stale.write_bytes(b"x" * 1000)
    (tmp_path / f"{stale.name}-journal").write_bytes(b"j")
    mine = tmp_path / f".other.~gannan-{os.getpid()}-zzz.db"  # a write still going on
    mine.write_bytes(b"y")
    with atomic_output(tmp_path / "gannan.db") as tmp:
        tmp.write_bytes(b"new")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["gannan.db", mine.name])


def test_sigterm_during_a_write_leaves_no_temporary(tmp_path: Path) -> None:
    import signal
    import time

    script = (
        "import signal, time\n"
        "from pathlib import Path\n"
        "from gannan_gui.cli import _exit_on_signal\n"
        "from gannan_gui.common.files import atomic_output\n"
        "signal.signal(signal.SIGTERM, _exit_on_signal)\n"
        f"with atomic_output(Path({str(tmp_path / 'out.pdf')!r})) as tmp:\n"
        "    tmp.write_bytes(b'half')\n"
        "    print('writing', flush=True)\n"
        "    time.sleep(30)\n")
    with subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                          text=True) as child:
        assert child.stdout.readline().strip() == "writing"
        assert any(".~gannan-" in p.name for p in tmp_path.iterdir())
        child.send_signal(signal.SIGTERM)
        assert child.wait(timeout=20) == 128 + signal.SIGTERM
    time.sleep(0.1)
    assert list(tmp_path.iterdir()) == []


def test_an_interrupted_write_is_named_not_called_corrupt(tmp_path: Path, db_copy: Path) -> None:
    """A copy taken while a write was under way carries a hot journal."""
    import shutil

    writer = sqlite3.connect(db_copy, isolation_level=None)
    writer.execute("PRAGMA journal_mode=DELETE")
    writer.execute("PRAGMA cache_size=1")
    writer.execute("BEGIN")
    writer.execute("UPDATE paragraphs SET text = text || 'x'")
    copy = tmp_path / "copy" / "taken.db"
    copy.parent.mkdir()
    shutil.copy(db_copy, copy)
    shutil.copy(f"{db_copy}-journal", f"{copy}-journal")
    writer.execute("ROLLBACK")
    writer.close()
    with pytest.raises(DatabaseError, match="被中断") as caught:
        open_database(copy)
    assert "损坏" not in str(caught.value)


def test_a_wal_database_that_cannot_be_opened_says_so(tmp_path: Path, db_copy: Path,
                                                      monkeypatch) -> None:
    """Root ignores folder permissions, so read-only media are simulated by SQLite's own
    refusal; what is checked is that the message names WAL mode, not damage."""
    from gannan_gui.store import database

    with sqlite3.connect(db_copy) as db:
        db.execute("PRAGMA journal_mode=WAL")
    for suffix in ("-wal", "-shm"):
        Path(f"{db_copy}{suffix}").unlink(missing_ok=True)

    def refuse(path: Path) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(database, "_connect_read_only", refuse)
    with pytest.raises(DatabaseError, match="WAL 模式"):
        open_database(db_copy)


def test_a_huge_title_is_refused_at_open(db_copy: Path) -> None:
    with sqlite3.connect(db_copy) as db:
        db.execute("UPDATE documents SET title = ?", ("题" * 10_000_000,))
    with pytest.raises(DatabaseError, match="title 长 10,000,000 字"):
        open_database(db_copy)


def test_a_category_of_5000_facts_is_laid_out_in_pages(db_copy: Path) -> None:
    """The detail pane lists the first hundred, the chart the first forty: a click stays
    quick, and the pane says how many more there are."""
    from gannan_gui.views.browser import Browser

    with sqlite3.connect(db_copy) as db:
        row = db.execute("SELECT * FROM facts WHERE id = 1").fetchone()
        columns = [d[0] for d in db.execute("SELECT * FROM facts LIMIT 0").description]
        for i in range(5000):
            values = dict(zip(columns, row, strict=True), id=1000 + i, position=1000 + i)
            db.execute(f"INSERT INTO facts ({', '.join(values)}) VALUES "
                       f"({', '.join('?' * len(values))})", list(values.values()))
    base = open_database(db_copy)
    category = base.fact_by_id[1].category_id
    shown = Browser(base).show(f"category:{category}")
    assert shown.html.count("<tr>") == 100 and "还有 4903 项数据" in shown.html
    money = shown.chart_groups[0]
    assert len(money.bars) == 40 and "共 5001 项" in money.title


@pytest.mark.parametrize(("arguments", "said"), [
    (["export"], "缺少参数：OUT"),
    (["--bogus"], "无法识别的参数：--bogus"),
    (["summary", "--paper", "B9"], "--paper 不能是“B9”，可选：A4"),
    (["library", "accept", "x"], "FACT_ID 应为数字，而不是“x”"),
    (["summary", "--pdf"], "--pdf 后面需要一个值"),
])
def test_a_mistyped_command_line_is_said_in_chinese(arguments: list[str], said: str) -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "gannan_gui", *arguments],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    last = done.stderr.strip().splitlines()[-1]
    assert said in last and "error" not in done.stderr and "Traceback" not in done.stderr
