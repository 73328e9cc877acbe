"""PowerPoint (.pptx) with python-pptx: the presentation's slides as a deck for the meeting
room's computer. Figures are real text, charts are native PowerPoint charts (editable, their
data inside), the source quote is in the speaker notes; 16:9 or 4:3."""

from __future__ import annotations

from pathlib import Path

from gannan_gui.output.fonts import EAST_ASIAN_FONT, LATIN_FONT
from gannan_gui.views import palette
from gannan_gui.views.charts import ChartGroup, split_tiles
from gannan_gui.views.slides import Slide
from gannan_gui.views.tables import ExportContent

ASPECTS = {"16:9": (13.333, 7.5), "4:3": (10.0, 7.5)}  # inches


def _fonts(font, size: float | None = None, bold: bool = False,
           colour: str | None = None) -> None:
    """Latin and East-Asian faces on a run's or a chart's font (python-pptx sets only Latin)."""
    from pptx.dml.color import RGBColor
    from pptx.oxml.ns import qn
    from pptx.util import Pt

    font.name = LATIN_FONT
    rpr = font._rPr  # python-pptx has no API for <a:ea>
    for tag, face in (("a:ea", EAST_ASIAN_FONT), ("a:cs", EAST_ASIAN_FONT)):
        element = rpr.find(qn(tag))
        if element is None:
            element = rpr.makeelement(qn(tag), {})
            latin = rpr.find(qn("a:latin"))
            (latin.addnext if latin is not None else rpr.append)(element)
        element.set("typeface", face)
    rpr.set("lang", "zh-CN")
    rpr.set("altLang", "en-US")
    if size:
        font.size = Pt(size)
    font.bold = bold
    if colour:
        font.color.rgb = RGBColor.from_string(colour.lstrip("#").upper())


#: The default template's 'Title Only' layout: a title placeholder and nothing else.
TITLE_ONLY = 5


class DeckWriter:
    """Lays out each kind of slide on the 'Title Only' layout, in inches relative to the
    slide size: each slide's title is its title placeholder (what PowerPoint's outline and
    screen readers read), its number a slide-number field."""

    def __init__(self, aspect: str = "16:9") -> None:
        from pptx import Presentation
        from pptx.util import Inches

        self.width, self.height = ASPECTS[aspect]
        self.deck = Presentation()
        self.deck.slide_width, self.deck.slide_height = Inches(self.width), Inches(self.height)
        self.layout = self.deck.slide_layouts[TITLE_ONLY]

    def text(self, slide, left: float, top: float, width: float, height: float, text: str,
             size: float, bold: bool = False, colour: str = palette.SLIDE_TEXT,
             centre: bool = False) -> None:
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
        from pptx.util import Inches

        box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
        frame = box.text_frame
        frame.word_wrap = True
        frame.vertical_anchor = MSO_ANCHOR.TOP
        for index, line in enumerate(text.split("\n")):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            paragraph.alignment = PP_ALIGN.CENTER if centre else PP_ALIGN.LEFT
            run = paragraph.add_run()
            run.text = line
            _fonts(run.font, size, bold, colour)

    def title(self, slide, left: float, top: float, width: float, height: float, text: str,
              size: float, colour: str = palette.SLIDE_TEXT, centre: bool = False) -> None:
        """The slide's title, in its title placeholder, placed and styled as the app's."""
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
        from pptx.util import Inches

        shape = slide.shapes.title
        shape.left, shape.top = Inches(left), Inches(top)
        shape.width, shape.height = Inches(width), Inches(height)
        frame = shape.text_frame
        frame.word_wrap = True
        frame.vertical_anchor = MSO_ANCHOR.TOP
        paragraph = frame.paragraphs[0]
        paragraph.alignment = PP_ALIGN.CENTER if centre else PP_ALIGN.LEFT
        run = paragraph.add_run()
        run.text = text
        _fonts(run.font, size, True, colour)

    def number(self, slide, number: int, total: int) -> None:
        """'3 / 15' in the corner, its 3 a slide-number field (right after a slide is moved)."""
        from pptx.enum.text import PP_ALIGN
        from pptx.oxml import parse_xml
        from pptx.oxml.ns import nsdecls
        from pptx.text.text import Font
        from pptx.util import Inches

        w, h = self.width, self.height
        margin = min(w, h) * 0.06
        box = slide.shapes.add_textbox(Inches(w - margin - 1.5), Inches(h - 0.45), Inches(1.5),
                                       Inches(0.35))
        paragraph = box.text_frame.paragraphs[0]
        paragraph.alignment = PP_ALIGN.RIGHT
        field = parse_xml(f'<a:fld {nsdecls("a")} id="{{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}}"'
                          f' type="slidenum"><a:rPr/><a:t>{number}</a:t></a:fld>')
        paragraph._p.append(field)
        _fonts(Font(field.find(f"{{{field.nsmap['a']}}}rPr")), 10, colour=palette.SLIDE_MUTED)
        run = paragraph.add_run()
        run.text = f" / {total}"
        _fonts(run.font, 10, colour=palette.SLIDE_MUTED)

    def band(self, slide) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.util import Inches

        shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, Inches(self.width),
                                       Inches(self.height * 0.012))
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string(palette.BAND.lstrip("#"))
        shape.line.fill.background()

    def chart(self, slide, group: ChartGroup, left: float, top: float, width: float,
              height: float) -> None:
        from pptx.chart.data import CategoryChartData
        from pptx.dml.color import RGBColor
        from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION
        from pptx.util import Inches

        # Bar charts draw the first category at the bottom: give them in reverse, so the first
        # figure is on top as in the window, with the value axis below the bars.
        bars = group.bars[::-1]
        data = CategoryChartData(number_format="#,##0.##")
        data.categories = [bar.label for bar in bars]
        data.add_series(group.title, [bar.value for bar in bars])
        frame = slide.shapes.add_chart(XL_CHART_TYPE.BAR_CLUSTERED, Inches(left), Inches(top),
                                       Inches(width), Inches(height), data)
        chart = frame.chart
        _fonts(chart.font, 11)
        chart.has_legend = False
        chart.has_title = True
        chart.chart_title.text_frame.text = group.title
        _fonts(chart.chart_title.text_frame.paragraphs[0].runs[0].font, 13, True)
        value_axis = chart.value_axis
        value_axis.minimum_scale = 0
        value_axis.has_major_gridlines = False
        plot = chart.plots[0]
        plot.gap_width = 60
        plot.has_data_labels = True
        labels = plot.data_labels
        labels.number_format, labels.number_format_is_linked = "#,##0.##", False
        labels.position = XL_LABEL_POSITION.OUTSIDE_END
        _fonts(labels.font, 11)
        series = plot.series[0]
        series.format.fill.solid()
        series.format.fill.fore_color.rgb = RGBColor.from_string(palette.BAR.lstrip("#"))

    def add(self, slide_content: Slide, number: int, total: int) -> None:
        slide = self.deck.slides.add_slide(self.layout)
        self.band(slide)
        w, h = self.width, self.height
        margin = min(w, h) * 0.06
        kind = slide_content.kind
        if kind in ("title", "part", "end"):
            self._centred(slide, slide_content, margin)
        elif kind == "fact":
            self._fact(slide, slide_content, margin)
        else:
            self._category(slide, slide_content, margin)
        self.number(slide, number, total)
        slide.notes_slide.notes_text_frame.text = slide_content.quote
        for paragraph in slide.notes_slide.notes_text_frame.paragraphs:
            for run in paragraph.runs:
                _fonts(run.font)

    def _centred(self, slide, content: Slide, margin: float) -> None:
        w, h = self.width, self.height
        y = h * (0.22 if content.kind != "end" else 0.12)
        size = {"title": 36, "part": 40, "end": 30}[content.kind]
        self.title(slide, margin, y, w - 2 * margin, 1.4, content.title, size, centre=True)
        y += 1.5
        if content.subtitle:
            self.text(slide, margin, y, w - 2 * margin, 0.9, content.subtitle, 22,
                      colour=palette.SLIDE_MUTED, centre=True)
            y += 1.0
        lines = "\n".join(line for line in content.lines if line)
        if lines:
            self.text(slide, margin, y, w - 2 * margin, 2.0, lines, 16,
                      colour=palette.SLIDE_MUTED, centre=True)

    def _fact(self, slide, content: Slide, margin: float) -> None:
        w = self.width
        figure = content.figures[0]
        self.text(slide, margin, 0.4, w - 2 * margin, 0.5, content.subtitle, 14,
                  colour=palette.SLIDE_MUTED)
        self.text(slide, margin, 1.2, w - 2 * margin, 1.4, figure.figure, 72, True,
                  palette.ACCENT, centre=True)
        self.title(slide, margin, 2.8, w - 2 * margin, 0.8, figure.label, 28, centre=True)
        if figure.note:
            self.text(slide, margin, 3.6, w - 2 * margin, 0.5, figure.note, 16,
                      colour=palette.SLIDE_MUTED, centre=True)
        self.text(slide, margin * 2, 4.4, w - 4 * margin, 2.2, "\n".join(content.lines), 18,
                  centre=True)

    def _category(self, slide, content: Slide, margin: float) -> None:
        w, h = self.width, self.height
        y = 0.35
        if content.subtitle:
            self.text(slide, margin, y, w - 2 * margin, 0.4, content.subtitle, 13,
                      colour=palette.SLIDE_MUTED)
            y += 0.4
        self.title(slide, margin, y, w - 2 * margin, 0.7, content.title, 28)
        y += 0.85
        if content.kind == "names":
            columns = 3 if len(content.names) > 4 else 2
            cell_w = (w - 2 * margin) / columns
            for i, (name, kind) in enumerate(content.names):
                x = margin + (i % columns) * cell_w
                row_y = y + (i // columns) * 0.95
                self.text(slide, x, row_y, cell_w * 0.95, 0.5, name, 20, True)
                self.text(slide, x, row_y + 0.45, cell_w * 0.95, 0.4, kind, 12,
                          colour=palette.SLIDE_MUTED)
            return
        columns = min(len(content.figures), 3) or 1
        cell_w = (w - 2 * margin) / columns
        rows = -(-len(content.figures) // columns)
        row_h = 1.4 if any(f.period for f in content.figures) else 1.15
        for i, figure in enumerate(content.figures):
            x = margin + (i % columns) * cell_w
            row_y = y + (i // columns) * row_h
            self.text(slide, x, row_y, cell_w * 0.95, 0.65, figure.figure,
                      30 if rows == 1 else 26, True, palette.ACCENT)
            self.text(slide, x, row_y + 0.6, cell_w * 0.95, 0.4, figure.grid_label, 13)
            if figure.period:  # each figure's period, as the presenter view has it
                self.text(slide, x, row_y + 0.95, cell_w * 0.95, 0.35, figure.period, 11,
                          colour=palette.SLIDE_MUTED)
        y += rows * row_h + 0.1
        # A single figure is already shown big above; a chart compares two or more.
        _tiles, charts = split_tiles(content.charts)
        if charts and h - y - 0.5 > 1.2:
            chart_w = (w - 2 * margin) / len(charts)
            for i, group in enumerate(charts):
                self.chart(slide, group, margin + i * chart_w, y, chart_w * 0.97, h - y - 0.5)

    def save(self, path: Path, content: ExportContent | None = None, given=None) -> None:
        """Save, the file saying what it is: a report's export (`content`), or `given`
        (output.properties.FileProperties) for slides of several reports."""
        from gannan_gui.output.exports import save_through_memory
        from gannan_gui.output.properties import file_properties

        given = given or file_properties(content)  # type: ignore[arg-type]
        properties = self.deck.core_properties
        properties.title, properties.subject = given.title, given.subject
        properties.author = properties.last_modified_by = given.author
        properties.comments = given.comments
        properties.created = properties.modified = given.created
        properties.revision = 1
        save_through_memory(self.deck.save, path)


def write_pptx(content: ExportContent, path: Path, aspect: str = "16:9") -> None:
    writer = DeckWriter(aspect)
    for number, slide in enumerate(content.slides, 1):
        writer.add(slide, number, len(content.slides))
    writer.save(path, content)


def write_slides_pptx(slides, path: Path, given, aspect: str = "16:9") -> None:
    """Slides made of several reports (an indicator's), with the file properties given."""
    writer = DeckWriter(aspect)
    for number, slide in enumerate(slides, 1):
        writer.add(slide, number, len(slides))
    writer.save(path, given=given)
