"""The layers hold: code below the Qt layer runs without Qt, and the import contracts pass."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_FREE = ["common", "pipeline", "store", "views", "output"]


def test_the_layers_below_qt_never_load_qt() -> None:
    """Import every module below the Qt layer, then use it: PySide6 and pyqtgraph stay out."""
    modules = sorted(
        ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for layer in QT_FREE for path in (ROOT / "gannan_gui" / layer).glob("*.py"))
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "from gannan_gui.common.paths import bundled_database\n"
        "from gannan_gui.store.database import open_database\n"
        "from gannan_gui.views.browser import Browser\n"
        "b = Browser(open_database(bundled_database()))\n"
        "b.show('root:0'); b.search('天津'); b.print_scope([]); b.slides(True)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph',"
        " 'shiboken6') or m.startswith('gannan_gui.qt')))\n")
    child = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           cwd=ROOT, timeout=60, check=False)
    assert child.returncode == 0, child.stderr
    assert child.stdout.strip() == "[]"
    assert len(modules) > 20


@pytest.mark.skipif(shutil.which("lint-imports") is None and not (
    Path(sys.executable).parent / "lint-imports").exists(), reason="import-linter not installed")
def test_import_contracts_are_kept() -> None:
    command = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    child = subprocess.run([command], capture_output=True, text=True, cwd=ROOT, timeout=120,
                           check=False)
    assert child.returncode == 0, child.stdout[-3000:]
    assert "0 broken" in child.stdout


def test_a_window_on_a_library_file_never_loads_the_server_driver(tmp_path: Path) -> None:
    """psycopg is for shared libraries: the window on a file starts as fast as before."""
    script = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from gannan_gui.cli import make_parser\n"
        "from gannan_gui.qt import app\n"
        "application = app.make_application()\n"
        "from gannan_gui.qt.main_window import MainWindow\n"
        "args = make_parser(with_commands=False).parse_args(['--library', sys.argv[1]])\n"
        "window = MainWindow()\n"
        "window.set_library(app.library_path(args, window.settings))\n"
        "window.set_base(app.load_base(args))\n"
        "window.show(); application.processEvents()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'psycopg'))\n")
    child = subprocess.run([sys.executable, "-c", script, str(tmp_path / "library.db")],
                           capture_output=True, text=True, cwd=ROOT, timeout=60, check=False,
                           env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path)})
    assert child.returncode == 0, child.stderr
    assert child.stdout.strip().splitlines()[-1] == "[]"


#: What the window may have loaded by the time it first paints: start-up speed depends on
#: everything else being imported only when first needed (the charts, exports, imports,
#: the indicator view, a server's driver).
NOT_AT_FIRST_PAINT = ("pyqtgraph", "numpy", "sqlite_utils", "psycopg", "openpyxl", "xlsxwriter",
                      "docx", "pptx", "trafilatura", "opencc", "pypdfium2", "pikepdf", "lxml",
                      "gannan_gui.pipeline.importer", "gannan_gui.pipeline.extract",
                      "gannan_gui.pipeline.indicators", "gannan_gui.pipeline.writer",
                      "gannan_gui.pipeline.sources", "gannan_gui.output",
                      "gannan_gui.qt.indicator_window", "gannan_gui.qt.indicator_form",
                      "gannan_gui.qt.widgets.indicator_chart",
                      "gannan_gui.qt.widgets.indicator_model",
                      "gannan_gui.qt.presentation", "gannan_gui.qt.review_dialog",
                      "gannan_gui.views.indicators", "gannan_gui.views.slides",
                      "gannan_gui.views.tables")


def test_the_first_paint_loads_only_what_it_shows(tmp_path: Path) -> None:
    """Pins the lazy imports: a module that started loading early fails here, not in a
    benchmark run weeks later."""
    script = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from gannan_gui.qt import app\n"
        "application = app.make_application(dress=False)\n"
        "from gannan_gui.qt.main_window import MainWindow\n"
        "window = MainWindow(build=False)\n"
        "window.show_first_time(); application.processEvents()\n"
        "window.build_ui()\n"
        "from gannan_gui.common.paths import bundled_database\n"
        "from gannan_gui.store.database import open_database\n"
        "window.set_base(open_database(bundled_database()))\n"
        "application.processEvents()\n"
        f"early = [m for m in sys.modules if m.startswith({NOT_AT_FIRST_PAINT!r})]\n"
        "print(sorted(early))\n")
    child = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           cwd=ROOT, timeout=60, check=False,
                           env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path),
                                "XDG_DATA_HOME": str(tmp_path)})
    assert child.returncode == 0, child.stderr
    assert child.stdout.strip().splitlines()[-1] == "[]"
