"""A text browser that never loads anything: the app's HTML has no images or style sheets,
and HTML built from a database must not reach a file, a device or the network through an
<img> or a link, however it was escaped upstream."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QTextBrowser


class ClosedTextBrowser(QTextBrowser):
    """QTextBrowser whose links are only signalled and whose resources are all empty."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    # Qt override
    def loadResource(self, kind: int, name) -> QByteArray:
        return QByteArray()
