"""The app's light theme, everywhere: a dark or high-contrast system theme would otherwise
give light text on the app's white charts, slides and detail pane. Also a visible focus mark,
for those who work with the keyboard."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from gannan_gui.views import palette

FOCUS_MARK = f"""
QTreeView:focus, QTextBrowser:focus, QLineEdit:focus, QGraphicsView:focus {{
    border: 2px solid {palette.BAND};
}}
QPushButton:focus {{ border: 2px solid {palette.BAND}; border-radius: 3px; padding: 3px 10px; }}
"""


def light_palette() -> QPalette:
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#efefef", roles.WindowText: palette.TEXT, roles.Base: "#ffffff",
        roles.AlternateBase: "#f5f6f7", roles.Text: palette.TEXT, roles.Button: "#efefef",
        roles.ButtonText: palette.TEXT, roles.BrightText: "#ffffff",
        roles.Highlight: "#308cc6", roles.HighlightedText: "#ffffff",
        roles.ToolTipBase: "#ffffdc", roles.ToolTipText: palette.TEXT,
        roles.Link: "#0b57d0", roles.LinkVisited: "#6a1b9a",
        roles.PlaceholderText: palette.MUTED,
    }
    result = QPalette()
    for role, colour in colours.items():
        result.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9aa0a6"))
    return result


def apply_light_theme(app: QApplication, set_style: bool = True) -> None:
    """Fusion (it draws with the palette on every platform), the palette and the focus mark;
    `set_style=False` when the application was started with Fusion already."""
    if set_style:
        app.setStyle("Fusion")
    app.setPalette(light_palette())
    app.setStyleSheet(FOCUS_MARK)
