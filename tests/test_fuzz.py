"""A fixed table of hostile databases made from the real one by mutation, each run through
the whole window in a child process (tests/hostile_walk.py). Every run must end by itself,
without a signal or a traceback, either showing the data or refusing it with one line; and no
run may open the files that the mutated text points at (checked with strace where it is
installed; the markers are FIFOs besides, so an attempt to read one would hang the run)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from gannan_gui.common.paths import bundled_database

WALK = Path(__file__).resolve().parent / "hostile_walk.py"
TAG = '<img src="file://{marker}"><a href="file://{marker}">x</a>'

#: name -> (SQL run on a copy of the bundled database, "open" or "refuse")
MUTATIONS: dict[str, tuple[str, str]] = {
    "tags everywhere": (
        "UPDATE documents SET title = :tag || title, site = :tag, url = :tag, reporter = :tag;"
        "UPDATE categories SET name = :tag || name, name_en = :tag;"
        "UPDATE facts SET label = :tag || label, label_en = :tag, base_unit = :tag, "
        "  period = :tag, quote = :tag || quote, bound = :tag;"
        "UPDATE entities SET name = :tag || name, kind_label = :tag, note = :tag, quote = :tag;"
        "UPDATE paragraphs SET text = :tag || text;"
        "UPDATE meta SET value = :tag", "open"),
    "null label": ("UPDATE facts SET label = NULL WHERE id = 2", "refuse"),
    "null qualifiers": ("UPDATE facts SET qualifiers = NULL", "open"),
    "null title": ("UPDATE documents SET title = NULL", "refuse"),
    "null paragraph text": ("UPDATE paragraphs SET text = NULL WHERE id = 3", "refuse"),
    "null category name": ("UPDATE categories SET name = NULL WHERE id = 4", "refuse"),
    "blob label": ("UPDATE facts SET label = x'00ff3c623e' WHERE id = 2", "refuse"),
    "text base value": ("UPDATE facts SET base_value = 'many' WHERE id = 2", "refuse"),
    "infinite base value": ("UPDATE facts SET base_value = -9e999 WHERE id = 2", "refuse"),
    "negative and zero values": ("UPDATE facts SET base_value = -5 WHERE id = 2;"
                                 "UPDATE facts SET base_value = 0 WHERE id = 3", "open"),
    "dangling entity link": ("INSERT INTO entity_facts VALUES (999, 998)", "open"),
    "dangling category": ("UPDATE entities SET category_id = 999 WHERE id = 3", "refuse"),
    "category cycle": ("UPDATE categories SET parent_id = 3 WHERE id = 2;"
                       "UPDATE categories SET parent_id = 2 WHERE id = 3", "refuse"),
    "text paragraph id": ("UPDATE facts SET paragraph_id = 'p<b>' WHERE id = 2", "refuse"),
    "huge label": ("UPDATE facts SET label = printf('%.*c', 1000000, 'x') WHERE id = 2",
                   "refuse"),
    "no facts": ("DELETE FROM entity_facts; DELETE FROM facts", "open"),
    "no document": ("DELETE FROM documents", "refuse"),
    "wrong schema version": ("PRAGMA user_version = 99", "refuse"),
    "long but sound texts": ("UPDATE facts SET label = printf('%.*c', 1500, '长')",
                             "open"),
}


def _mutated(source: Path, folder: Path, sql: str, marker: Path) -> Path:
    target = folder / "hostile.db"
    shutil.copyfile(source, target)
    with sqlite3.connect(target) as db:
        db.execute("PRAGMA foreign_keys = OFF")
        for statement in filter(str.strip, sql.split(";")):
            params = {"tag": TAG.format(marker=marker)} if ":tag" in statement else {}
            db.execute(statement, params)
    return target


@pytest.mark.timeout(240)
def test_hostile_databases(tmp_path: Path) -> None:
    strace = shutil.which("strace")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    runs = []
    for number, (name, (sql, expected)) in enumerate(MUTATIONS.items()):
        folder = tmp_path / f"case{number}"
        folder.mkdir()
        marker = folder / "marker.png"
        os.mkfifo(marker)
        database = _mutated(bundled_database(), folder, sql, marker)
        command = [sys.executable, str(WALK), str(database), str(folder / "settings.ini")]
        if strace:
            command = [strace, "-f", "-qq", "-e", "trace=openat,open", "-o",
                       str(folder / "trace"), *command]
        runs.append((name, expected, marker, folder,
                     subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                      text=True, env=env)))
        while sum(run[4].poll() is None for run in runs) >= 4:  # a few at a time
            runs[[r[4].poll() is None for r in runs].index(True)][4].wait(timeout=120)
    failures = []
    for name, expected, marker, folder, child in runs:
        out, err = child.communicate(timeout=120)
        outcome = "open" if out.startswith("walked") else "refuse" if out.startswith(
            "refused:") else "?"
        if child.returncode != 0 or "Traceback" in err or outcome != expected:
            failures.append(f"{name}: exit {child.returncode}, {outcome}, {err[-300:]!r}")
        if outcome == "refuse" and len(out.strip().splitlines()) != 1:
            failures.append(f"{name}: the refusal is not one line: {out!r}")
        trace = folder / "trace"
        if trace.exists() and str(marker) in trace.read_text(errors="replace"):
            failures.append(f"{name}: opened {marker}")
    assert not failures, "\n".join(failures)
