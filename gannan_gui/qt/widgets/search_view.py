"""The list of full-text hits, each with its matches highlighted and a link to the item."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal

from gannan_gui.qt.widgets.text_browser import ClosedTextBrowser

if TYPE_CHECKING:
    from gannan_gui.store.models import SearchHit


class SearchResultsView(ClosedTextBrowser):
    link_activated = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.anchorClicked.connect(lambda url: self.link_activated.emit(url.toString()))

    def show_hits(self, hits: list[SearchHit], query: str, elsewhere: int = 0) -> None:
        from gannan_gui.views.detail import hits_html  # not at start-up

        self.setHtml(hits_html(hits, query, elsewhere))
