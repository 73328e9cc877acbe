"""The detail pane: the selected node as rich text, and a button to copy its citation."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from gannan_gui.qt.widgets.text_browser import ClosedTextBrowser


class DetailPane(QWidget):
    """The selected node as rich text, with 'Copy citation' for facts and entities."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = ClosedTextBrowser()
        self.copy_button = QPushButton("复制引文")
        self.copy_button.setToolTip("把原文引文、文章标题、日期和网站复制到剪贴板 (Ctrl+Shift+C)")
        self.copy_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addStretch(1)
        bar.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addLayout(bar)
        self.zoom = 1.0
        self._html = ""

    def set_html(self, html: str) -> None:
        """Show the HTML at the window's zoom: the sizes it names in pt grow with it, the big
        figure too, and the body text with the widget's font."""
        self._html = html
        scaled = re.sub(r"font-size:\s*([\d.]+)pt",
                        lambda m: f"font-size:{float(m.group(1)) * self.zoom:.1f}pt", html)
        self.browser.setHtml(scaled)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        if self._html:
            self.set_html(self._html)
