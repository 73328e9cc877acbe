"""Writing files so that a failure never leaves half a file at the target path. No Qt."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


class OutputError(Exception):
    """An output file could not be written; the message is meant for the user."""


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success rename it over `target`."""
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{folder}: folder does not exist")
    if target.is_dir():
        raise OutputError(f"{target}: is a folder")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=target.suffix, dir=folder)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot write here ({exc.strerror})") from None
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise OutputError(f"{target}: nothing was written (is the disk full?)")
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
