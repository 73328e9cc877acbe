"""Writing files so that a failure never leaves half a file, nor harms the one it replaces.

Every file the app writes (database, PDF, PNG, SVG, office files) goes through
`atomic_output`: a temporary file in the target's folder, flushed to disk, then renamed over
the target. On any error the old file is untouched and the temporary one is removed. No Qt.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from gannan_gui.common.errors import UserError, os_reason


class OutputError(UserError):
    """An output file could not be written; the message is meant for the user."""


def file_kind(path: Path) -> str:
    """'missing', 'folder', 'file', or 'special' (a FIFO, a device: never read or replaced).
    Raises OSError when the path cannot be looked at."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "missing"
    if stat.S_ISDIR(mode):
        return "folder"
    return "file" if stat.S_ISREG(mode) else "special"


def check_output_path(target: Path, inputs: Iterable[Path] = ()) -> None:
    """Refuse a target that is a folder or a special file, or the same file as an input."""
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{folder}：文件夹不存在")
    try:
        kind = file_kind(target)
    except OSError as exc:
        raise OutputError(f"{target}：无法写入（{os_reason(exc)}）") from None
    if kind == "folder":
        raise OutputError(f"{target}：这是一个文件夹，请指定文件名")
    if kind == "special":
        raise OutputError(f"{target}：不是普通文件，请换一个文件名")
    for source in inputs:
        if not isinstance(source, (str, os.PathLike)):  # a library on a server: no file
            continue
        with contextlib.suppress(OSError):
            if os.path.samefile(source, target):
                raise OutputError(f"{target}：这是输入文件本身，请把结果写到别处")


def _fsync_path(path: Path, directory: bool = False) -> None:
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        if directory:  # some platforms cannot open a folder; the rename still stands
            return
        raise
    try:
        os.fsync(fd)
    except OSError:
        if not directory:
            raise
    finally:
        os.close(fd)


#: Temporary files are named ".<target name>.~gannan-<pid>-<random><suffix>": ours by name, and
#: left over when the process that made them is gone.
TEMP_MARK = ".~gannan-"


def _temp_prefix(target: Path) -> str:
    return f".{target.name}{TEMP_MARK}"


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete temporary files of ours (and their SQLite journals) whose writer has died,
    killed before it could clean up; returns what was removed."""
    removed: list[Path] = []
    try:
        candidates = [p for p in folder.iterdir() if TEMP_MARK in p.name]
    except OSError:
        return removed
    for path in candidates:
        pid_text = path.name.split(TEMP_MARK, 1)[1].split("-", 1)[0]
        if not pid_text.isdigit() or int(pid_text) == os.getpid():
            continue
        if not _process_alive(int(pid_text)):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


@contextlib.contextmanager
def atomic_output(target: Path, inputs: Iterable[Path] = ()) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success, sync it and rename it over `target`."""
    check_output_path(target, inputs)
    folder = target.parent if str(target.parent) else Path(".")
    remove_stale_temporaries(folder)
    try:
        fd, name = tempfile.mkstemp(prefix=f"{_temp_prefix(target)}{os.getpid()}-",
                                    suffix=target.suffix, dir=folder)
    except OSError as exc:
        raise OutputError(f"{folder}：无法在此写入（{os_reason(exc)}）") from None
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise OutputError(f"{target}：没有写入任何内容（磁盘是否已满？）")
        os.chmod(tmp, 0o644)
        _fsync_path(tmp)
        os.replace(tmp, target)
        _fsync_path(folder, directory=True)
    except OSError as exc:
        raise OutputError(f"{target}：无法写入（{os_reason(exc)}）") from None
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
