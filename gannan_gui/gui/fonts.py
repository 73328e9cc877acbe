"""Choose a Simplified-Chinese font on purpose.

Left to font fallback, Qt on Linux draws Chinese with Noto Sans CJK JP, whose glyph forms are
Japanese. Naming an SC family first avoids that on every platform.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont

#: Simplified-Chinese families in order of preference: Linux, then Windows, then macOS.
SC_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "Microsoft YaHei",
    "Microsoft YaHei UI",
    "PingFang SC",
    "Hiragino Sans GB",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
)


@cache
def chinese_family() -> str:
    """The first installed Simplified-Chinese family, or '' when none is installed."""
    from PySide6.QtGui import QFontDatabase

    installed = set(QFontDatabase.families())
    return next((f for f in SC_FAMILIES if f in installed), "")


def chinese_font(point_size: float = 0, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    """A font that draws Chinese in Simplified forms, whatever the system's fallback is.

    Qt takes the first installed family of the list, so no font lookup is needed here; that
    keeps it off the start-up path.
    """
    font = QFont()
    font.setFamilies(list(SC_FAMILIES))
    if point_size:
        font.setPointSizeF(point_size)
    font.setWeight(weight)
    return font


def css_font_stack() -> str:
    """The same preference for rich text: a CSS font-family value."""
    family = chinese_family()
    names = [family, *SC_FAMILIES] if family else list(SC_FAMILIES)
    return ", ".join(f"'{n}'" for n in dict.fromkeys(names)) + ", sans-serif"
