"""Repair the text layer of PDFs that Qt writes, so copying and searching give the article's text.

Qt's PDF writer maps an ideograph to the look-alike Kangxi radical (U+2F00–U+2FDF) or CJK
radical supplement (U+2E80–U+2EFF) code point when the font draws both with one glyph: 山
extracts as ⼭, 心 as ⼼. Each font's ToUnicode CMap is rewritten with every destination
normalised by NFKC (⼭ -> 山); glyphs and layout are untouched. No Qt.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from gannan_gui.common.errors import os_reason
from gannan_gui.common.files import OutputError

RADICALS = re.compile("[\u2e80-\u2fdf]")
_HEX = re.compile(rb"<([0-9A-Fa-f]*)>")
_SECTION = re.compile(rb"(\d+)\s+begin(bfchar|bfrange)(.*?)end\2", re.S)
_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]*>)")


def has_radicals(text: str) -> bool:
    return bool(RADICALS.search(text))


def _decode(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode("ascii")).decode("utf-16-be", errors="surrogatepass")


def _encode(text: str) -> bytes:
    return b"<" + text.encode("utf-16-be", errors="surrogatepass").hex().upper().encode() + b">"


#: Look-alikes that are not radicals: a font may draw "——" with one two-em-dash glyph.
DASHES = {"\u2e3a": "\u2014\u2014", "\u2e3b": "\u2014\u2014\u2014"}


def _fixer(known: dict[str, str]):
    """Map each look-alike to the character it stands for: `known` first (from the font),
    then NFKC, which covers the Kangxi radicals but not the radicals supplement."""
    def fix(text: str) -> str:
        return "".join(known.get(ch) or DASHES.get(ch) or (
            unicodedata.normalize("NFKC", ch) if RADICALS.match(ch) else ch) for ch in text)
    return fix


def needs_fix(text: str) -> bool:
    return has_radicals(text) or any(ch in DASHES for ch in text)


def parse_cmap(data: bytes) -> dict[bytes, str]:
    """Source code (hex, as written) -> Unicode text, from bfchar and bfrange sections."""
    mapping: dict[bytes, str] = {}
    for _count, kind, body in _SECTION.findall(data):
        if kind == b"bfchar":
            tokens = _HEX.findall(body)
            for src, dst in zip(tokens[::2], tokens[1::2], strict=True):
                mapping[src.upper()] = _decode(dst)
            continue
        for entry in _RANGE.finditer(body):
            lo_hex, hi_hex, dst = entry.groups()
            lo, hi = int(lo_hex, 16), int(hi_hex, 16)
            width = len(lo_hex)
            if dst.startswith(b"["):
                targets = [_decode(t) for t in _HEX.findall(dst)]
            else:
                first = _decode(_HEX.findall(dst)[0])
                targets = [first[:-1] + chr(ord(first[-1]) + i) for i in range(hi - lo + 1)]
            for offset, target in enumerate(targets[: hi - lo + 1]):
                mapping[f"{lo + offset:0{width}X}".encode()] = target
    return mapping


def rewrite_cmap(data: bytes, known: dict[str, str] | None = None) -> bytes | None:
    """The CMap with look-alike destinations replaced, or None when nothing needs fixing."""
    mapping = parse_cmap(data)
    if not any(needs_fix(t) for t in mapping.values()):
        return None
    fix = _fixer(known or {})
    sections = list(_SECTION.finditer(data))
    head, tail = data[: sections[0].start()], data[sections[-1].end():]
    items = sorted(mapping.items())
    blocks = []
    for i in range(0, len(items), 100):  # the CMap format allows 100 entries a section
        chunk = items[i: i + 100]
        lines = b"\n".join(b"<" + src + b"> " + _encode(fix(dst)) for src, dst in chunk)
        blocks.append(b"%d beginbfchar\n" % len(chunk) + lines + b"\nendbfchar")
    return head + b"\n".join(blocks) + tail


def fix_pdf_text_layer(source: Path, target: Path, known: dict[str, str] | None = None,
                       info: dict[str, str] | None = None) -> int:
    """Write `source` to `target` with repaired ToUnicode maps; returns how many were fixed.

    `known` maps look-alike characters to the ideographs the font draws with the same glyph;
    `info` is what the file says of itself besides its title (Qt writes only that): its
    author and subject, as {"Author": …, "Subject": …}, in the document information and
    the XMP metadata both, as readers look in either.
    """
    import pikepdf  # only PDF output needs it

    try:
        return _fix(pikepdf, source, target, known, info or {})
    except (pikepdf.PdfError, OSError) as exc:  # a full disk, a truncated PDF
        raise OutputError(f"{target}：无法写入 PDF（{os_reason(exc)}）") from None


XMP_NAMES = {"Author": "dc:creator", "Subject": "dc:description"}


def _fix(pikepdf, source: Path, target: Path, known: dict[str, str] | None,
         info: dict[str, str]) -> int:
    fixed = 0
    with pikepdf.open(source) as pdf:
        given = {name: text for name, text in info.items() if text}
        if given:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
                for name, text in given.items():
                    xmp[XMP_NAMES[name]] = [text] if name == "Author" else text
            for name, text in given.items():  # after the XMP, which would overwrite them
                pdf.docinfo[f"/{name}"] = text
        seen: set[tuple[int, int]] = set()
        for obj in pdf.objects:  # every font, wherever it is used
            if not isinstance(obj, pikepdf.Dictionary) or obj.get("/Type") != "/Font":
                continue
            cmap = obj.get("/ToUnicode")
            if not isinstance(cmap, pikepdf.Stream) or cmap.objgen in seen:
                continue
            seen.add(cmap.objgen)
            new = rewrite_cmap(cmap.read_bytes(), known)
            if new is not None:
                cmap.write(new)
                fixed += 1
        pdf.save(target, deterministic_id=True)
    return fixed
