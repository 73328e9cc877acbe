"""Where the charts go: a short notice until the chart panel exists. The panel needs
pyqtgraph, half a second to import, so it is made only after the window's first paint."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:  # pyqtgraph: imported when the panel is made
    from gannan_gui.qt.widgets.chart_panel import ChartPanel


class ChartHolder(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel: ChartPanel | None = None
        self.notice = QLabel("正在准备图表…")
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.notice)

    def load(self) -> ChartPanel:
        """The chart panel, made on the first call."""
        if self.panel is None:
            from gannan_gui.qt.widgets.chart_panel import ChartPanel

            self.panel = ChartPanel()
            self.layout_.removeWidget(self.notice)
            self.notice.deleteLater()
            self.layout_.addWidget(self.panel)
        return self.panel
