"""The library's work off the GUI thread: an import (files, a folder, a paste), the lookup
of the same figure in other reports, and the reading of a large report; each brings its
result back as a signal."""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from gannan_gui.common.errors import UserError

if TYPE_CHECKING:
    from gannan_gui.store.library import Library


class ImportJob(QObject):
    """One import running in a thread; `finished` brings its results (or its error) back to
    the GUI thread."""

    finished = Signal(object)
    progressed = Signal(float, int, str)  # files done (and a share of the one being read),
    # files in all, the file being read

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def start(self, paths: list[Path], library: Library) -> None:
        self.start_work(lambda own: own.import_files(
            paths, lambda done, total, path: self.progressed.emit(done, total, path.name),
            self._cancel.is_set), library)

    def start_work(self, work, library: Library) -> None:
        """Run `work(library)` (giving a list of Imported) in a thread."""
        threading.Thread(target=self._run, args=(work, library), daemon=True).start()

    def cancel(self) -> None:
        """Stop after the report being written: what is in stays, nothing is half-written."""
        self._cancel.set()

    def _run(self, work, library: Library) -> None:
        # Connections of its own: SQLite connections are not shared between threads.
        own = library.fresh()
        try:
            self.finished.emit(work(own))
        except UserError as exc:
            self.finished.emit(exc)
        finally:
            own.close()


class ComparisonLookup(QObject):
    """The same figure in other reports, looked up in a thread; `found` brings the detail
    pane's new page back to the GUI thread (key, html)."""

    found = Signal(str, str)

    def start(self, browser, shown) -> None:
        threading.Thread(target=self._run, args=(browser, shown), daemon=True).start()

    def _run(self, browser, shown) -> None:
        try:
            richer = browser.with_comparisons(shown)
        except Exception:  # an unreadable library adds no comparison; the pane stays
            return
        if richer.html != shown.html:
            with contextlib.suppress(RuntimeError):  # the window closed: nobody to tell
                self.found.emit(richer.key, richer.html)


class ReportOpener(QObject):
    """Large reports of a shelf (`ShelfBrowser.opens_apart`) read in threads, one each;
    `opened` brings the shelf and the report's scope back to the GUI thread."""

    opened = Signal(object, str)

    def __init__(self) -> None:
        super().__init__()
        self.opening: set[tuple[int, str]] = set()  # (id of the shelf, scope), GUI thread only

    def open(self, shelf, scope: str) -> None:
        """Start reading, unless this report of this shelf is being read already."""
        if (id(shelf), scope) in self.opening:
            return
        self.opening.add((id(shelf), scope))
        threading.Thread(target=self._run, args=(shelf, scope), daemon=True).start()

    def done(self, shelf, scope: str) -> None:
        """The GUI thread took the report: it may be read again (a shelf made anew)."""
        self.opening.discard((id(shelf), scope))

    def _run(self, shelf, scope: str) -> None:
        shelf.open_apart(scope)  # a report that cannot be read keeps its reason
        with contextlib.suppress(RuntimeError):  # the window closed: nobody to tell
            self.opened.emit(shelf, scope)
