"""The window's search box: what a search keeps in the tree and lists under it, and Esc,
which goes back to what was shown before the search. What matches is decided by the
browser (`views.browser.Browser.search`); this puts it on screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gannan_gui.qt.main_window import MainWindow


class WindowSearch:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.before: str | None = None  # what Esc in the search box goes back to

    def apply(self) -> None:
        from gannan_gui.store.database import DatabaseError
        from gannan_gui.views.shelf import ShelfBrowser

        window = self.window
        box, browser = window.search_box, window.browser
        box.timer.stop()
        text = window.search_field.text()
        try:
            result = browser.search(text, box.everywhere.isChecked())
        except DatabaseError as exc:
            window.statusBar().showMessage(str(exc), 8000)
            return
        if result.tree_keys is not None and self.before is None and browser.shown:
            self.before = browser.shown.key
        box.show_count(browser.hit_count_text(result))
        keep = window.current_node()
        if result.tree_keys is None:
            window.results.hide()
            window.tree.filter_to(None, keep)
            return
        window.tree.filter_to(set(result.tree_keys), keep)
        window.tree.expand_loaded()
        everywhere = box.everywhere
        elsewhere = (browser.other_reports if isinstance(browser, ShelfBrowser)
                     and not everywhere.isHidden() and not everywhere.isChecked() else 0)
        window.results.show_hits(list(result.hits), text, elsewhere)
        window.results.show()

    def cancel(self) -> None:
        """Esc in the search box: the whole tree again, and what was shown before."""
        before, self.before = self.before, None
        self.apply()
        self.before = None
        if before:
            self.window.open_link(before)
