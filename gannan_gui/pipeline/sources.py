"""Read a report a user brings: plain text in any encoding Chinese offices use, or a web page
saved from a browser, in simplified or traditional characters.

The text is kept exactly as written (quotes must match the source); a simplified copy of the
same length is made beside it, for the extractor and for search. No Qt, no database.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from gannan_gui.pipeline.article import LINE_BREAKS, ArticleError, read_report_bytes

MAX_REPORT_BYTES = 20_000_000
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
#: Encodings tried after UTF-8, in this order of trust; each must decode the whole file.
LEGACY_ENCODINGS = ("gb18030", "big5")
#: A line of a saved page or a text file that says who and when, not what happened.
META_LINE = re.compile(
    r"^\s*[（(]?\s*(?:原标题|原標題|来源|來源|发布时间|發布時間|发布日期|發布日期|时间|時間|日期"
    r"|作者|编辑|編輯|责任编辑|責任編輯|记者|記者|通讯员|通訊員|浏览次数|瀏覽次數|字号|字號)\s*[:：]"
)
#: The line that names where a report comes from: 来源：甘南州乡村振兴局.
SOURCE_LINE = re.compile(r"(?:^|\s)(?:来源|來源)\s*[:：]\s*([^\s　|]{2,40})")
DATE = re.compile(r"(20\d{2}|19\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


@dataclass(frozen=True)
class ReportText:
    """A report as read: its text as written, where its paragraphs are, and its simplified
    twin (same length, same offsets)."""

    title: str
    published: str  # YYYY-MM-DD, or "" when the file does not say
    site: str
    url: str
    text: str
    paragraphs: tuple[tuple[int, int], ...]  # offsets in text
    simplified: str
    encoding: str  # the text's encoding, or the kind of file it was read from
    source_name: str
    cells: tuple = ()  # numeric table cells, as figures (pipeline.blocks.TableCell)
    table_lines: frozenset[int] = frozenset()  # paragraphs (from 1) that are table rows
    original: bytes = b""  # the file as it came, kept in the library
    media_type: str = ""


def read_report(path: Path) -> ReportText:
    """The report in `path`, or ArticleError saying in one line why it cannot be read."""
    from gannan_gui.pipeline.formats import format_for

    raw = read_report_bytes(path, MAX_REPORT_BYTES)
    kind = format_for(path, raw)
    if kind is not None and kind.reader:
        report = report_from_blocks(kind.read(raw, path), path, kind.name)
        return replace(report, original=raw, media_type=kind.media_type)
    is_html = path.suffix.lower() in HTML_SUFFIXES or _looks_like_html(raw)
    text, encoding = decode_text(raw, path)
    if is_html:
        title, published, site, url, body = _from_web_page(text, path)
    else:
        title, published, body = _from_plain_text(text)
        site = url = ""
    report = _assembled(title, published, site, url, body, encoding, path)
    return replace(report, original=raw, media_type="text/html" if is_html else "text/plain")


def _looks_like_html(raw: bytes) -> bool:
    head = raw[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml"))


def decode_text(raw: bytes, path: Path) -> tuple[str, str]:
    """The text and the encoding it was in: a byte-order mark says; else UTF-8 if the whole
    file is valid UTF-8; else GB18030 or Big5, whichever reads as Chinese prose."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"),
                          (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            return _strict(raw, encoding, path), encoding
    if b"\x00" in raw:
        from gannan_gui.pipeline.formats import format_names

        raise ArticleError(f"{path}：这不是程序能读取的报道文件（能读取 {format_names()}）")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = []
    for encoding in LEGACY_ENCODINGS:
        try:
            candidates.append((raw.decode(encoding), encoding))
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise ArticleError(f"{path}：无法识别文本编码（不是 UTF-8、GB18030/GBK 或 Big5），"
                           "请另存为 UTF-8")
    if len(candidates) == 1:
        return candidates[0]
    return max(candidates, key=lambda c: prose_score(c[0]))


def _strict(raw: bytes, encoding: str, path: Path) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{path}：按 {encoding} 无法解码（第 {exc.start} 字节）") from None


#: Characters that fill Chinese news prose whichever script it is written in.
COMMON_CHARACTERS = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下"
    "过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都"
    "两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重"
    "新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想"
    "已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知"
    "较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造"
    "百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白"
    "教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集"
    "温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿"
    "千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存"
    "候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该"
    "铁价严龙飞帮扶协作援助项目企业就业甘南天津州村镇乡户亩吨")


def prose_score(text: str) -> float:
    """The share of Han characters that are among the most frequent in Chinese prose, in
    either script once simplified: a file read with the wrong encoding scores far lower."""
    han = [c for c in to_simplified(text[:20_000]) if "\u4e00" <= c <= "\u9fff"]
    if not han:
        return 0.0
    return sum(c in COMMON_CHARACTERS for c in han) / len(han)


#: Variant characters the converter keeps as they are: 陜 (陜西日報) is 陕; the corner quotes
#: of traditional writing, read as the curly ones (8個「O2O」電商體驗館 names its kind); and
#: the small forms of marks, read as the full ones.
VARIANTS = str.maketrans({"陜": "陕", "「": "“", "」": "”", "『": "‘", "』": "’",
                          # the small forms some pages set: 脫貧村﹔先后… ends a clause
                          "﹐": "，", "﹑": "、", "﹔": "；", "﹕": "：", "﹖": "？", "﹗": "！",
                          # a kana some copied pages strew among the characters (总额的の27.78%):
                          # read as the 的 it stands for in Japanese
                          "の": "的"})


@cache
def _converter():
    import opencc  # loaded only when a report is read

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """The text in simplified characters, with full-width digits and signs made plain, at
    exactly the same length (offsets into one are offsets into the other)."""
    converted = _converter().convert(text)
    if len(converted) != len(text):  # a phrase rule changed the length: character by character
        converted = "".join(c2 if len(c2 := _converter().convert(c)) == 1 else c for c in text)
    return "".join(_plain(c) for c in converted.translate(VARIANTS))


def _plain(char: str) -> str:
    if "\uff01" <= char <= "\uff5e" and char not in "，：；！？（）":
        folded = unicodedata.normalize("NFKC", char)
        return folded if len(folded) == 1 else char
    return char


#: A full stop in a first line: a sentence of the body, not a title (a title may end in ！ or ？).
SENTENCE_END = re.compile(r"。")


def _from_plain_text(text: str) -> tuple[str, str, list[str]]:
    """Title (the first line), date (a date in the first lines), and the body's lines."""
    lines = [line.strip() for line in _lines(text)]
    lines = [line for line in lines if line]
    title = lines[0] if lines else ""
    published = _first_date(lines[:6])
    body = [line for line in lines[1:] if not META_LINE.match(line)]
    if len(title) > 80 or not body or SENTENCE_END.search(title):
        # no title line (a long one, or one that ends a sentence, is the body's first)
        title, body = "", [line for line in lines if not META_LINE.match(line)]
    return title, published, body


def _from_web_page(text: str, path: Path) -> tuple[str, str, str, str, list[str]]:
    """Title, date, site, address and main text of a saved page; menus, lists of other
    articles and footers are left out."""
    import trafilatura  # loaded only for web pages

    found: Any = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False,
                                             include_tables=False, favor_precision=True)
    if found is None or not (found.text or "").strip():
        raise ArticleError(f"{path}：网页中找不到正文")
    lines = [line.strip() for line in _lines(found.text)]
    body = [line for line in lines if line and not META_LINE.match(line)]
    published = found.date or _first_date(lines[:4])
    title = (found.title or "").strip()
    return title, published or "", found.sitename or "", found.url or "", body


def _lines(text: str) -> list[str]:
    return re.split(f"[{re.escape(LINE_BREAKS)}]", text.replace("\r\n", "\n"))


def _first_date(lines: list[str]) -> str:
    """The first date of the lines that dates the report: not one that opens a sentence
    (2022年6月1日，孩子们在…: a photograph's caption, or what happened that day)."""
    for line in lines:
        m = DATE.search(line)
        if m and not SENTENCE_AFTER_DATE.match(line, m.end()) and \
                not EVENT_AFTER_DATE.match(line, m.end()) and \
                (m.start() == 0 or line[m.start() - 1] not in TIME_BEFORE_DATE):
            return normalise_date(m.group())
    return ""


#: What follows the date that opens a sentence: its comma.
SENTENCE_AFTER_DATE = re.compile(r"日?\s*[,，]")
#: What happened on a date written in the report's sentences: (2021年12月5日)正式开馆, 起, 以来.
EVENT_AFTER_DATE = re.compile(r"日?\s*(?:正式|举行|召开|开幕|开馆|开业|启动|成立|揭牌|开工|竣工"
                              r"|投产|上线|起|以来|前|后|至|到)")
#: Words that make a date the time of something told, not the report's: 于, 自, 截至.
TIME_BEFORE_DATE = "于在自从至到"


def normalise_date(text: str, anywhere: bool = False) -> str:
    """An ISO date from a date as people write it (2025-12-16, 2025年12月16日, 2025/12/16),
    '' when `text` is not one (with `anywhere`, the first date within it)."""
    m = DATE.search(text) if anywhere else DATE.fullmatch(text.strip().rstrip("日"))
    if m:
        year, month, day = (int(g) for g in m.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return ""


def _assembled(title: str, published: str, site: str, url: str, body: list[str],
               encoding: str, path: Path) -> ReportText:
    """One text: the title line, then one paragraph a line, with their offsets."""
    from gannan_gui.pipeline.blocks import without_converter_marks

    if not body:
        raise ArticleError(f"{path}：没有正文")
    title, body = without_converter_marks(title), [without_converter_marks(b) for b in body]
    text = title + "\n" if title else ""
    spans = []
    for line in body:
        spans.append((len(text), len(text) + len(line)))
        text += line + "\n"
    return ReportText(title=title or path.stem, published=published, site=site, url=url,
                      text=text, paragraphs=tuple(spans), simplified=to_simplified(text),
                      encoding=encoding, source_name=path.name)


def report_from_blocks(blocks, path: Path, kind: str) -> ReportText:
    """A report read from an office file or a PDF (see pipeline.blocks)."""
    from gannan_gui.pipeline.blocks import assemble

    made = assemble(blocks, path, kind)
    return ReportText(title=made.title or path.stem, published=made.published,
                      site=made.site, url="", text=made.text, paragraphs=made.paragraphs,
                      simplified=to_simplified(made.text), encoding=kind,
                      source_name=path.name, cells=made.cells, table_lines=made.table_lines)
