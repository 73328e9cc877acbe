"""`gannan-gui install-desktop`: put gannan-gui into this user's desktop menu (Linux,
freedesktop.org), or take it out.

Copies the bundled .desktop file with an absolute Exec line, and the icons into the user's
hicolor theme, under $XDG_DATA_HOME (~/.local/share). Nothing needs root. No Qt.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from gannan_gui.common.errors import EXIT_OK, UserError, os_reason, report
from gannan_gui.common.paths import resources_dir

APP_ID = "gannan-gui"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


class DesktopInstallError(UserError):
    """The menu entry could not be written; the message says where and why."""


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launcher_command() -> str:
    """The command the menu entry runs: the installed script beside this Python if there is
    one (a venv or a system install), else this Python with -m."""
    script = Path(sys.executable).with_name(APP_ID)
    if script.exists():
        return shlex.quote(str(script))
    found = shutil.which(APP_ID)
    if found:
        return shlex.quote(str(Path(found).resolve()))
    return f"{shlex.quote(sys.executable)} -m gannan_gui"


def installed_paths(home: Path | None = None) -> list[Path]:
    home = home or data_home()
    icons = home / "icons" / "hicolor"
    return [home / "applications" / f"{APP_ID}.desktop",
            icons / "scalable" / "apps" / f"{APP_ID}.svg",
            *(icons / f"{s}x{s}" / "apps" / f"{APP_ID}.png" for s in ICON_SIZES)]


def desktop_entry_text(command: str) -> str:
    template = (resources_dir() / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    lines = [f"Exec={command}" if line.startswith("Exec=") else line
             for line in template.splitlines()]
    return "\n".join(lines) + "\n"


def install_desktop_entry(home: Path | None = None) -> str:
    """Write the menu entry and icons; returns what was done, for the user."""
    desktop, svg, *pngs = installed_paths(home)
    icons = resources_dir() / "icons"
    try:
        for target, source in [(svg, icons / f"{APP_ID}.svg"),
                               *((p, icons / f"{APP_ID}-{s}.png")
                                 for p, s in zip(pngs, ICON_SIZES, strict=True))]:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        desktop.parent.mkdir(parents=True, exist_ok=True)
        desktop.write_text(desktop_entry_text(launcher_command()), encoding="utf-8")
        desktop.chmod(0o755)
    except OSError as exc:
        raise DesktopInstallError(f"{exc.filename or desktop}：无法写入（{os_reason(exc)}）"
                                  ) from None
    _refresh_caches(desktop.parent)
    return f"已安装 {desktop} 和图标；gannan-gui 已出现在桌面菜单中"


def uninstall(home: Path | None = None) -> str:
    removed = 0
    for path in installed_paths(home):
        try:
            path.unlink()
            removed += 1
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise DesktopInstallError(f"{path}：无法删除（{os_reason(exc)}）") from None
    return f"已删除 {removed} 个文件"


def _refresh_caches(applications: Path) -> None:
    """Desktops notice new entries by themselves; refreshing the caches makes it immediate."""
    for cmd in (["update-desktop-database", str(applications)],
                ["gtk-update-icon-cache", "-q", "-t", str(applications.parent / "icons" /
                                                         "hicolor")]):
        if shutil.which(cmd[0]):
            subprocess.run(cmd, check=False, capture_output=True)


def run(args) -> int:
    try:
        message = uninstall() if args.uninstall else install_desktop_entry()
    except DesktopInstallError as exc:
        return report(exc)
    print(message)
    return EXIT_OK
