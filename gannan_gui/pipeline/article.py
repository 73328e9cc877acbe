"""Read the captured web page into its parts: title, date, sections, paragraphs, credits.

The capture keeps the page's own lines (see data/README of the source): title; date and view
count; body paragraphs with two-line headings; reporter; editor; previous/next article titles.
Every part keeps its character offsets into the full text, so quotes can be checked later.
No Qt, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from gannan_gui.common.errors import UserError, os_reason
from gannan_gui.common.files import file_kind


class ArticleError(UserError):
    """The article file cannot be used; the message names the file and the reason."""


@dataclass(frozen=True)
class Span:
    """A piece of the document text with its offsets: text == document[start:end]."""

    text: str
    start: int
    end: int


@dataclass
class ParsedSection:
    key: str  # lead, part1, part2, part3, outlook
    kind: str  # lead, part, outlook
    heading: str  # first heading line, "" for lead and outlook
    subheading: str
    start: int
    end: int
    paragraphs: list[Span] = field(default_factory=list)


@dataclass
class ParsedArticle:
    title: str
    published: str  # ISO date as the page gives it
    view_count: int
    reporter: str
    editor: str
    previous_title: str
    next_title: str
    text: str
    sections: list[ParsedSection]

    @property
    def paragraphs(self) -> list[Span]:
        return [p for s in self.sections for p in s.paragraphs]


DATE_LINE = re.compile(r"发布日期[:：]\s*(\d{4}-\d{2}-\d{2})\s+浏览次数[:：]\s*(\d+)")
CREDIT_LINE = re.compile(r"(记者|编辑)\s+(\S.*)")
NEIGHBOUR_LINE = re.compile(r"-\s*(上一篇|下一篇)[:：]\s*(.*)")
#: A heading line is short and has no sentence punctuation.
HEADING_MAX_CHARS = 14
#: Every character Python's str.splitlines() ends a line at: \n, \r\n, a lone \r, NEL, U+2028…
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
#: Reports are a few thousand characters; anything this large is not one.
MAX_ARTICLE_BYTES = 20_000_000
SENTENCE_MARKS = set("。,，;；:：!！?？")


def read_report_bytes(path: Path, limit: int = MAX_ARTICLE_BYTES) -> bytes:
    """A report file's bytes, or an ArticleError saying plainly why it cannot be read: not
    there, a folder or a device, larger than `limit`, unreadable or empty."""
    try:
        kind = file_kind(path)
        problem = {"missing": "找不到报道文件",
                   "folder": "这是一个文件夹，不是报道文件",
                   "special": "不是普通文件，不能作为报道读取"}.get(kind)
        if problem is None and path.stat().st_size > limit:
            problem = f"超过 {limit // 1_000_000} MB，不像一篇报道"
        if problem:
            raise ArticleError(f"{path}：{problem}")
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}：无法读取报道（{os_reason(exc)}）") from None
    if not raw.strip():
        raise ArticleError(f"{path}：报道文件是空的")
    return raw


def read_article_file(path: Path) -> str:
    """The article's text, or an ArticleError saying plainly why it cannot be read."""
    raw = read_report_bytes(path)
    if b"\x00" in raw:
        raise ArticleError(f"{path}：这是二进制文件，不是报道文字")
    try:
        return raw.decode("utf-8-sig")  # a byte-order mark is not part of the title
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{path}：不是 UTF-8 文本（第 {exc.start} 字节无法解码），请另存为 UTF-8"
        ) from None


def line_bounds(text: str, offset: int) -> tuple[int, int]:
    """Offsets of the line holding text[offset], without its line break, whatever the
    article's line endings are."""
    start = offset
    while start > 0 and text[start - 1] not in LINE_BREAKS:
        start -= 1
    end = offset
    while end < len(text) and text[end] not in LINE_BREAKS:
        end += 1
    return start, end


def _lines_with_offsets(text: str) -> list[Span]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip(LINE_BREAKS)
        if body.strip():
            lead = len(body) - len(body.lstrip())
            stripped = body.strip()
            spans.append(Span(stripped, pos + lead, pos + lead + len(stripped)))
        pos += len(line)
    return spans


def _is_heading(line: str) -> bool:
    return len(line) <= HEADING_MAX_CHARS and not (set(line) & SENTENCE_MARKS)


def _looks_forward(paragraph: str) -> bool:
    """An outlook paragraph says what will be done: 将 early in its first clause."""
    return "将" in paragraph[:8]


def _split_credits(lines: list[Span], source: str
                   ) -> tuple[list[Span], dict[str, str], dict[str, str]]:
    """Body lines, then the credits (记者, 编辑) and neighbour titles that close the page."""
    credits: dict[str, str] = {}
    neighbours: dict[str, str] = {}
    body: list[Span] = []
    for line in lines:
        if m := CREDIT_LINE.fullmatch(line.text):
            credits[m.group(1)] = m.group(2).strip()
        elif m := NEIGHBOUR_LINE.fullmatch(line.text):
            neighbours[m.group(1)] = m.group(2).strip()
        elif credits or neighbours:
            raise ArticleError(f"{source}: unexpected text after the credits: {line.text[:20]!r}")
        else:
            body.append(line)
    missing = [name for name in ("记者", "编辑") if name not in credits]
    if missing:
        raise ArticleError(f"{source}: no {' or '.join(missing)} line")
    return body, credits, neighbours


def _split_sections(body: list[Span], source: str) -> list[ParsedSection]:
    """The lead, then a part at each pair of heading lines."""
    sections: list[ParsedSection] = []
    current = ParsedSection("lead", "lead", "", "", body[0].start if body else 0, 0)
    part_number = 0
    i = 0
    while i < len(body):
        line = body[i]
        nxt = body[i + 1] if i + 1 < len(body) else None
        if _is_heading(line.text) and nxt is not None and _is_heading(nxt.text):
            if current.paragraphs:
                sections.append(current)
            part_number += 1
            current = ParsedSection(f"part{part_number}", "part", line.text, nxt.text,
                                    line.start, 0)
            i += 2
            continue
        current.paragraphs.append(line)
        i += 1
    if current.paragraphs:
        sections.append(current)
    if part_number == 0:
        raise ArticleError(f"{source}: no two-line section headings found")
    if not sections[0].paragraphs or sections[0].kind != "lead":
        raise ArticleError(f"{source}: no lead paragraph before the first heading")
    return sections


def _split_outlook(sections: list[ParsedSection]) -> None:
    """The last paragraph becomes the outlook section when it says what will be done."""
    last = sections[-1]
    if len(last.paragraphs) > 1 and _looks_forward(last.paragraphs[-1].text):
        outlook_paragraph = last.paragraphs.pop()
        sections.append(ParsedSection("outlook", "outlook", "", "", outlook_paragraph.start,
                                      outlook_paragraph.end, [outlook_paragraph]))
    for section in sections:
        section.end = section.paragraphs[-1].end


def parse_article(text: str, source: str = "article") -> ParsedArticle:
    """Split the captured page into its parts, or raise ArticleError naming what is missing."""
    lines = _lines_with_offsets(text)
    if len(lines) < 3:
        raise ArticleError(f"{source}: too short to be the captured article")
    date_match = DATE_LINE.search(lines[1].text)
    if not date_match:
        raise ArticleError(f"{source}: second line should give 发布日期 and 浏览次数")
    body, credits, neighbours = _split_credits(lines[2:], source)
    sections = _split_sections(body, source)
    _split_outlook(sections)
    return ParsedArticle(
        title=lines[0].text,
        published=date_match.group(1),
        view_count=int(date_match.group(2)),
        reporter=credits["记者"],
        editor=credits["编辑"],
        previous_title=neighbours.get("上一篇", ""),
        next_title=neighbours.get("下一篇", ""),
        text=text,
        sections=sections,
    )
