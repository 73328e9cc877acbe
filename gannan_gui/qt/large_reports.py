"""Large reports of the window's library, read off the GUI thread: a report of 50,000 figures
takes a second to read and one of 660,000 many, which would freeze the window. While one is
read the detail pane says so and the window stays usable; once it is read, its rows join the
tree and what the user asked for (its row, a link, a search hit) is shown, unless the user
went elsewhere meanwhile. Which reports are large is `ShelfBrowser.opens_apart`'s to say."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gannan_gui.qt.library_jobs import ReportOpener
    from gannan_gui.qt.main_window import MainWindow


class LargeReports:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.wanted: str | None = None  # the key to show once its report is read
        self._opener: ReportOpener | None = None  # made when first needed

    @property
    def reading(self) -> bool:
        """Whether a report is being read now."""
        return bool(self._opener is not None and self._opener.opening)

    def intercept(self, key: str) -> bool:
        """True when `key` lies in a large report not read yet: reading starts (once), the
        detail pane says so, and the key is shown when it is done."""
        browser = self.window.browser
        scope = browser.opens_apart(key) if browser is not None else None
        if scope is None:
            return False
        self.wanted = key
        waiting = browser.show(key, record=False)  # the page saying it is being opened,
        if waiting is not None:  # made before the reading starts: never the report itself
            self.window.detail.set_html(waiting.html)
        self.request(scope)
        return True

    def request(self, scope: str) -> None:
        """Read this report of the window's shelf in a thread (its row was expanded, say)."""
        from gannan_gui.qt.library_jobs import ReportOpener

        if self._opener is None:
            # Held here, not parented to the window: the thread may emit after it is gone.
            self._opener = ReportOpener()
            self._opener.opened.connect(self._read)
        self._opener.open(self.window.browser, scope)

    def _read(self, shelf, scope: str) -> None:
        from gannan_gui.qt.actions.library_menu import window_alive
        from gannan_gui.views.tree import ROOT, SCOPE_SEPARATOR

        window = self.window
        if not window_alive(window):
            return
        assert self._opener is not None  # it brought the answer
        self._opener.done(shelf, scope)
        wanted = self.wanted
        if shelf is not window.browser:  # the tree was made anew meanwhile (a reload)
            if wanted is not None and not self.intercept(wanted):  # read by the new one
                window.select_key(wanted)
            return
        node = shelf.report_of(f"{scope}{SCOPE_SEPARATOR}{ROOT}:0")
        if node is not None:
            window.model.load(node)  # its rows join the tree (an expanded row shows them)
        if wanted is None or shelf.qualify(wanted).partition(SCOPE_SEPARATOR)[0] != scope:
            return
        self.wanted = None
        window.select_key(wanted)
        shown = window.browser.shown
        if shown is None or shown.key != shelf.qualify(wanted):  # its row was selected already
            window.show_key(wanted)
