"""Shared fixtures. Qt runs offscreen so the suite needs no display."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from gannan_gui.common.paths import bundled_article, bundled_database
from gannan_gui.pipeline.build import build
from gannan_gui.store.database import FactBase, open_database

SCREENS = Path(__file__).resolve().parent / "screens.json"
# A laptop and a projector, as in a meeting room; the offscreen platform pretends to have both.
# Set before any test creates the QApplication (the modules above do not import Qt), and set
# whatever the environment says: a plain "offscreen" would silently drop the second screen.
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREENS}"

# A user's library is found in the data folder: the tests' own, never the user's.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="gannan-tests-data-")

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
def isolated_settings(tmp_path: Path) -> Path:
    """A settings file of the test's own, so tests never touch the user's settings."""
    return tmp_path / "settings.ini"


# --- a library on a PostgreSQL server ------------------------------------------------------
#: Set to make the server tests fail instead of skip when no PostgreSQL is installed (CI).
REQUIRE_POSTGRES = "GANNAN_REQUIRE_POSTGRES"


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory: pytest.TempPathFactory):
    """A throwaway cluster of the installed PostgreSQL, for the whole run (see
    postgres_cluster.py); its superuser's address without a database."""
    from postgres_cluster import server_bin, start, stop

    if server_bin() is None:
        if os.environ.get(REQUIRE_POSTGRES):
            pytest.fail("PostgreSQL is not installed, and these tests must run")
        pytest.skip("PostgreSQL is not installed")
    folder = Path(tempfile.mkdtemp(prefix="gannan-pg-"))
    address = start(folder)
    yield address.rsplit("/", 1)[0], folder
    stop(folder)


_databases = iter(range(1, 1_000_000))


def new_server_library(postgres_server, init: bool = True) -> str:
    """The address of a new database on the test server, made a library unless not `init`."""
    import psycopg

    base, _ = postgres_server
    name = f"library_{os.getpid()}_{next(_databases)}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    address = f"{base}/{name}"
    if init:
        from gannan_gui.store.shared import SharedLibrary

        library = SharedLibrary(address)
        library.init()
        library.close()
    return address


@pytest.fixture(params=["file", "server"])
def location(request, tmp_path: Path) -> str:
    """Where a new, empty library lives: a file, and a database on a PostgreSQL server; a
    test that takes it runs on both."""
    if request.param == "file":
        return str(tmp_path / "library.db")
    return new_server_library(request.getfixturevalue("postgres_server"))


# --- the window -----------------------------------------------------------------------------
def open_window(qtbot, facts, library: Path | None, settings: Path, watching: bool = True):
    """The main window on the bundled report (and `library` beside it), at 1366×768, shown
    and past its first paint, as a user opens it; `watching=False` stops the 2-second look
    at the library, so that tests making their own changes say when to show them."""
    from gannan_gui.qt import app as app_module
    from gannan_gui.qt.main_window import MainWindow
    from gannan_gui.qt.settings import open_settings
    from gannan_gui.store.library import Library

    app_module.make_application()
    win = MainWindow(settings=open_settings(settings))
    if library is not None:
        win.library = Library(library)
    win.set_base(facts)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.ui_finished)  # the first paint, and what follows it
    if not watching:
        win.file_actions.library_actions.watch_timer.stop()
    return win
