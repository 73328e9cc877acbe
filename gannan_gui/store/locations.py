"""Where a library lives: a file path, or a PostgreSQL server (`postgresql://HOST/DB`). The
one place that turns what a user typed into a `Library`; psycopg is imported only for a
server. No Qt."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gannan_gui.store.library import Library

SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server_location(location: object) -> bool:
    """True for the address of a library on a server."""
    return isinstance(location, str) and location.strip().lower().startswith(SERVER_SCHEMES)


def open_library(location: str | Path) -> Library:
    """The library at a file path or a server address; nothing is read or written yet."""
    if is_server_location(location):
        from gannan_gui.store.shared import SharedLibrary

        return SharedLibrary(str(location).strip())
    from gannan_gui.store.library import Library

    return Library(Path(location))
