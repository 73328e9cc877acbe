"""Word (.docx) with python-docx: the printed summary as a document a colleague can edit —
title block, key-figures table whose header row repeats on every page, the charts (300 dpi
images: Word has no vector format python-docx can write), each figure's quote, and a footer
with the source and page numbers. A4, East-Asian font named explicitly."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from pathlib import Path

from gannan_gui.output.fonts import EAST_ASIAN_FONT, LATIN_FONT
from gannan_gui.views import palette
from gannan_gui.views.summary import Summary
from gannan_gui.views.tables import ExportContent

COLUMN_WIDTHS_CM = (5.6, 2.9, 3.6, 4.9)


def _east_asian(element_with_rpr, name: str = EAST_ASIAN_FONT) -> None:
    """Set w:eastAsia (and Latin) fonts on a style's or run's rPr: font.name sets only ASCII."""
    from docx.oxml.ns import qn

    rpr = element_with_rpr.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    # w:hint: the characters both faces have (“ ” ‘ ’ — …) are drawn in the Chinese face, as
    # Chinese text wants them (Word drew them half-width, in the Latin face)
    for attribute, value in (("w:ascii", LATIN_FONT), ("w:hAnsi", LATIN_FONT),
                             ("w:eastAsia", name), ("w:hint", "eastAsia")):
        fonts.set(qn(attribute), value)
    language = rpr.find(qn("w:lang"))
    if language is None:
        language = rpr.makeelement(qn("w:lang"), {})
        rpr.append(language)
    language.set(qn("w:eastAsia"), "zh-CN")


def _rgb(hex_colour: str):
    from docx.shared import RGBColor

    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def _page_field(paragraph, instruction: str) -> None:
    """A field such as PAGE or NUMPAGES that Word fills in."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instruction), ("separate", None),
                       (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == instruction:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {instruction} "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)
    cant_split = OxmlElement("w:cantSplit")
    properties.append(cant_split)


def _styles(document) -> None:
    from docx.shared import Pt

    normal = document.styles["Normal"]
    normal.font.size = Pt(10.5)
    normal.font.name = LATIN_FONT  # creates rPr, see the module docstring
    _east_asian(normal.element)
    for name in ("Title", "Heading 1", "Heading 2", "Table Grid"):
        style = document.styles[name]
        style.font.name = LATIN_FONT
        _east_asian(style.element)
    document.styles["Title"].font.size = Pt(18)
    document.styles["Title"].font.color.rgb = _rgb(palette.TEXT)
    document.styles["Heading 1"].font.size = Pt(13)
    document.styles["Heading 1"].font.color.rgb = _rgb(palette.BAND)


def _page(document, summary: Summary) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(18)
    section.top_margin = section.bottom_margin = Mm(16)
    footer = section.footer.paragraphs[0]
    footer.style = document.styles["Normal"]
    run = footer.add_run(f"{summary.footer}　{summary.footer_detail}　第 ")
    run.font.size = Pt(8)
    _page_field(footer, "PAGE")
    footer.add_run(" / ").font.size = Pt(8)
    _page_field(footer, "NUMPAGES")
    footer.add_run(" 页").font.size = Pt(8)


def _figures_table(document, summary: Summary) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    table = document.add_table(rows=1, cols=len(summary.headers))
    table.style = document.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, summary.headers, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    _repeat_header(table.rows[0])
    for row in summary.rows:
        cells = table.add_row().cells
        for index, text in enumerate((row.label, row.figure, row.when, row.category)):
            run = cells[index].paragraphs[0].add_run(text)
            if index == 1:
                run.bold = True
                run.font.color.rgb = _rgb(palette.ACCENT)
                cells[index].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run.font.size = Pt(10)
    for table_row in table.rows:
        for cell, width in zip(table_row.cells, COLUMN_WIDTHS_CM, strict=True):
            cell.width = Cm(width)


def write_docx(content: ExportContent, path: Path, chart_pngs: Sequence[bytes] = ()) -> None:
    """Write the document; `chart_pngs` are the charts drawn at 300 dpi, one per group."""
    import docx
    from docx.shared import Mm, Pt

    from gannan_gui.output.exports import save_through_memory
    from gannan_gui.output.properties import file_properties

    summary = content.summary
    document = docx.Document()
    _styles(document)
    _page(document, summary)
    given = file_properties(content)
    properties = document.core_properties
    properties.title, properties.subject = given.title, given.subject
    properties.author = properties.last_modified_by = given.author
    properties.comments = summary.footer_detail
    properties.created = properties.modified = given.created
    properties.revision = 1
    document.add_paragraph(summary.title, style="Title")
    for line in (summary.meta_line, f"范围：{summary.scope}"):
        if line:  # a report imported without date or author has no meta line
            for run in document.add_paragraph(line).runs:
                run.font.color.rgb = _rgb(palette.MUTED)
    document.add_heading("主要数据", level=1)
    if summary.rows:
        _figures_table(document, summary)
    else:
        document.add_paragraph("此范围内没有数据。")
    if chart_pngs:
        document.add_heading("图表", level=1)
        for png in chart_pngs:
            document.add_picture(BytesIO(png), width=Mm(174))
    if summary.rows:
        document.add_heading("原文引文", level=1)
        for row in summary.rows:
            paragraph = document.add_paragraph()
            figure = paragraph.add_run(f"{row.figure}　")
            figure.bold = True
            figure.font.color.rgb = _rgb(palette.ACCENT)
            paragraph.add_run(f"{row.label}：“{row.quote}”")
            paragraph.paragraph_format.space_after = Pt(6)
    save_through_memory(document.save, path)
