"""A report pasted from the clipboard: text, or the HTML a browser, WPS or Word puts there
(paragraphs and tables kept). Its title, date and source are guessed from its first lines,
for the user to confirm. No Qt."""

from __future__ import annotations

import re
from pathlib import Path

from gannan_gui.pipeline.article import ArticleError
from gannan_gui.pipeline.blocks import Assembled, Blocks, Table, assemble, without_layout_spaces
from gannan_gui.pipeline.sources import ReportText, report_from_blocks

#: What a pasted report is called in the library (it has no file name).
PASTED_NAME = "剪贴板"
BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "dd", "dt"}
MAX_PASTED_CHARS = 2_000_000


def pasted_blocks(text: str, html: str = "") -> Blocks:
    """The blocks of what was pasted: the HTML's paragraphs and tables when it has any, else
    the text's lines."""
    if len(text) > MAX_PASTED_CHARS or len(html) > 5 * MAX_PASTED_CHARS:
        raise ArticleError("剪贴板中的内容太长，不像一篇报道")
    blocks = _html_blocks(html) if html.strip() else None
    if blocks is None or not blocks.items:
        blocks = Blocks()
        for line in text.splitlines():
            blocks.paragraph(line)
    if not blocks.items:
        raise ArticleError("剪贴板中没有文字；请先在浏览器、WPS 或 Word 中复制报道")
    kept, blocks.media_type = (html, "text/html") if html.strip() else (text, "text/plain")
    blocks.original = kept.encode("utf-8")
    return blocks


def _html_blocks(html: str) -> Blocks | None:
    import lxml.html  # comes with the web-page reader

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for junk in root.xpath("//script|//style|//head|//noscript"):
        junk.drop_tree()
    blocks = Blocks()
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "table" and not element.xpath("ancestor::table"):
            rows = [[_flowed(cell.text_content())
                     for cell in row.xpath("./td|./th")] for row in element.xpath(".//tr")]
            blocks.table(Table(rows))
        elif tag in BLOCK_TAGS and not element.xpath("ancestor::table") and \
                not any(a.tag in BLOCK_TAGS for a in element.iterancestors()):
            text = _flowed(element.text_content())
            if tag.startswith("h"):
                blocks.heading(text)
            else:
                blocks.paragraph(text)
    return blocks


def guessed_details(blocks: Blocks) -> tuple[str, str, str]:
    """The title, date and source the form offers: its first short line, and the first date
    and 来源 its first lines give."""
    made = pasted_text(blocks)  # no simplified twin: the guess needs none
    return made.title, made.published, made.site


def pasted_text(blocks: Blocks) -> Assembled:
    """What would be imported, as the form shows it before the user confirms."""
    return assemble(blocks, Path(PASTED_NAME), "剪贴板")


def pasted_report(blocks: Blocks, title: str, published: str, site: str) -> ReportText:
    """The report as the user confirmed its details; what was pasted is kept as its
    original."""
    from dataclasses import replace

    from gannan_gui.pipeline.sources import normalise_date

    guessed = guessed_details(blocks)[0]
    items = list(blocks.items)
    for number, (kind, content) in enumerate(items[:3]):
        if kind != "table" and content == guessed:  # the line the title was taken from
            del items[number]
            break
    chosen = Blocks(title=" ".join(title.split()), site=site.strip(), items=items)
    report = report_from_blocks(chosen, Path(PASTED_NAME), "剪贴板")
    date = normalise_date(published) if published.strip() else ""
    if published.strip() and not date:
        raise ArticleError(f"无法读取日期“{published}”（应写作 2025-12-16 或 2025年12月16日）")
    suffix = "html" if blocks.media_type == "text/html" else "txt"
    return replace(report, published=date, site=site.strip() or report.site,
                   original=blocks.original, media_type=blocks.media_type,
                   source_name=f"{PASTED_NAME}.{suffix}")


def _flowed(text: str) -> str:
    """HTML text as a browser shows it: runs of spaces and line breaks one space, and none
    beside Chinese text; an ideographic space (a deliberate gap) kept."""
    return without_layout_spaces(re.sub(r"[ \t\r\n\f\v\u00a0]+", " ", text).strip())
