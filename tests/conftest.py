"""Shared fixtures. Qt runs offscreen so the suite needs no display."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gannan_gui.build import build
from gannan_gui.paths import bundled_article, bundled_database
from gannan_gui.store import FactBase, open_database

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def article_text() -> str:
    return bundled_article().read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def built_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database freshly built from the bundled article, like `gannan-gui build`."""
    out = tmp_path_factory.mktemp("db") / "gannan.db"
    build(bundled_article(), out)
    return out


@pytest.fixture()
def facts(built_db: Path) -> FactBase:
    base = open_database(built_db)
    yield base
    base.close()


@pytest.fixture()
def db_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled database for tests that damage it."""
    target = tmp_path / "copy.db"
    shutil.copyfile(bundled_database(), target)
    return target


@pytest.fixture()
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """QSettings in a temporary folder, so tests never touch the user's settings."""
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    monkeypatch.setenv("HOME", str(tmp_path))
    return home
