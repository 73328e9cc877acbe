"""Installing and launching like a desktop app: menu entry, icons, settings place, offline."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gannan_gui.commands.install_desktop import install_desktop_entry, installed_paths, uninstall
from gannan_gui.common.paths import PACKAGE_DIR, resources_dir

VALIDATOR = shutil.which("desktop-file-validate")


def test_resources_are_complete() -> None:
    icons = resources_dir() / "icons"
    assert (icons / "gannan-gui.svg").read_text(encoding="utf-8").startswith("<svg")
    for size in (16, 32, 48, 128, 256):
        assert (icons / f"gannan-gui-{size}.png").read_bytes()[:4] == b"\x89PNG"


@pytest.mark.skipif(VALIDATOR is None, reason="desktop-file-validate not installed")
def test_bundled_desktop_file_is_valid() -> None:
    result = subprocess.run([VALIDATOR, str(resources_dir() / "gannan-gui.desktop")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_the_menu_entry_reads_in_chinese() -> None:
    entry = (resources_dir() / "gannan-gui.desktop").read_text(encoding="utf-8").splitlines()
    for key in ("Name[zh_CN]=", "GenericName[zh_CN]=", "Comment[zh_CN]="):
        value = next(line for line in entry if line.startswith(key)).split("=", 1)[1]
        assert any("\u4e00" <= ch <= "\u9fff" for ch in value), key


def test_install_and_uninstall_the_menu_entry(tmp_path: Path) -> None:
    message = install_desktop_entry(tmp_path)
    assert "桌面菜单" in message
    desktop, svg, *pngs = installed_paths(tmp_path)
    text = desktop.read_text(encoding="utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    program = exec_line.removeprefix("Exec=").split()[0]
    assert Path(program).is_absolute() and Path(program).exists()
    assert "Icon=gannan-gui" in text and "Terminal=false" in text
    assert svg.exists() and all(p.exists() for p in pngs)
    if VALIDATOR:
        check = subprocess.run([VALIDATOR, str(desktop)], capture_output=True, text=True,
                               check=False)
        assert check.returncode == 0, check.stdout
    assert uninstall(tmp_path) == f"已删除 {2 + len(pngs)} 个文件"
    assert not desktop.exists() and not svg.exists()


def test_install_desktop_command_reports_unwritable_place(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    env = {**os.environ, "XDG_DATA_HOME": str(blocker)}
    result = subprocess.run([sys.executable, "-m", "gannan_gui", "install-desktop"], env=env,
                            capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 1 and "无法写入" in result.stderr
    assert "Traceback" not in result.stderr


def test_settings_live_in_the_users_config_folder(qapp) -> None:
    from gannan_gui.qt.settings import open_settings

    path = Path(open_settings().fileName()).resolve()
    assert PACKAGE_DIR not in path.parents
    assert "gannan-gui" in path.parts


OFFLINE_WINDOW = """
from PySide6.QtCore import QTimer
from gannan_gui.qt.app import make_application
from gannan_gui.qt.main_window import MainWindow
from gannan_gui.common.paths import bundled_database
from gannan_gui.store.database import open_database
app = make_application()
window = MainWindow(open_database(bundled_database()))
window.show()
window.load_charts()
window.present_actions.start_presentation()
QTimer.singleShot(800, app.quit)
app.exec()
print("ran offline")
"""


def _unshare_works() -> bool:
    if shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True, check=False
                          ).returncode == 0


@pytest.mark.skipif(not _unshare_works(), reason="needs 'unshare -n' (root or user namespaces)")
def test_runs_with_networking_removed(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    window = subprocess.run(["unshare", "-n", sys.executable, "-c", OFFLINE_WINDOW], env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert window.returncode == 0 and "ran offline" in window.stdout, window.stderr
    pdf = tmp_path / "offline.pdf"
    summary = subprocess.run(["unshare", "-n", sys.executable, "-m", "gannan_gui", "summary",
                              "--pdf", str(pdf)], env=env, capture_output=True, text=True,
                             timeout=120, check=False)
    assert summary.returncode == 0, summary.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_sigterm_closes_the_window_as_its_close_button_does(tmp_path: Path) -> None:
    """A kill or a logout: the window saves where the user was and exits cleanly."""
    import signal
    import time

    trace = tmp_path / "trace.txt"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "GANNAN_GUI_TRACE_STARTUP": str(trace)}
    app = subprocess.Popen([sys.executable, "-m", "gannan_gui"], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while "tree-painted" not in (trace.read_text() if trace.exists() else ""):
        assert time.monotonic() < deadline and app.poll() is None, app.stderr.read()
        time.sleep(0.1)
    time.sleep(0.3)  # the signal handler is set once the tree is painted
    app.send_signal(signal.SIGTERM)
    _, err = app.communicate(timeout=30)
    assert app.returncode == 0, err
    settings = tmp_path / "gannan-gui" / "gannan-gui.conf"
    assert "geometry=" in settings.read_text(encoding="utf-8")
    assert "Traceback" not in err
