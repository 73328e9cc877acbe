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


#: Latin families for printed text, before the Chinese one. Qt's PDF writer loses digits that
#: share a text run with Latin letters in the CJK font ("gnrtv.cn 2025" extracts as "gnrtv.cn");
#: a Latin font for Latin letters and digits keeps them.
LATIN_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Segoe UI",
                  "Helvetica Neue", "Helvetica")


def print_font(point_size: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    """The font for paper and PDF: a Latin face for Latin text, then Simplified Chinese."""
    font = QFont()
    font.setFamilies([*LATIN_FAMILIES, *SC_FAMILIES])
    font.setPointSizeF(point_size)
    font.setWeight(weight)
    return font


def look_alikes(text: str) -> dict[str, str]:
    """Radical code points that the Chinese font draws with the same glyph as a character of
    `text` (⻢ for 马): what a PDF's text layer must map back."""
    from PySide6.QtGui import QRawFont

    family = chinese_family()
    if not family:
        return {}
    raw = QRawFont.fromFont(QFont(family, 12))
    if not raw.isValid():
        return {}
    chars = sorted(set(text))
    glyph_of = dict(zip(chars, raw.glyphIndexesForString("".join(chars)), strict=True))
    by_glyph: dict[int, str] = {}
    for ch, glyph in glyph_of.items():
        if glyph and not 0x2E80 <= ord(ch) <= 0x2FDF:
            by_glyph.setdefault(glyph, ch)
    radicals = [chr(c) for c in range(0x2E80, 0x2FE0)]
    found = {}
    for radical, glyph in zip(radicals, raw.glyphIndexesForString("".join(radicals)),
                              strict=True):
        if glyph and glyph in by_glyph:
            found[radical] = by_glyph[glyph]
    return found
