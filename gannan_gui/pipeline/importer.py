"""Import reports into a user's library: read, extract, and propose labels and categories.

Every figure of an imported report is *proposed*, not yet reviewed. What is proposed here is
written by the library (`gannan_gui.store.library.Library.import_files`), one report per
transaction, after all of this work is done. No Qt, no writing.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path

from gannan_gui.common.errors import UserError, os_reason
from gannan_gui.pipeline.blocks import BARE_NUMBER
from gannan_gui.pipeline.extract import (
    PLANS,
    Figure,
    Unread,
    clause_bounds,
    scan_figures,
    sentence_bounds,
)
from gannan_gui.pipeline.formats import REPORT_SUFFIXES
from gannan_gui.pipeline.indicators import bundled_vocabulary
from gannan_gui.pipeline.proposals import (
    FIELDS,
    ITEM_HEADING,
    OTHER,
    Field,
    label_as_written,
    label_spans,
    label_text,
    propose_field,
)
from gannan_gui.pipeline.records import Records
from gannan_gui.pipeline.scopes import givers_named, lead_period, scope_columns
from gannan_gui.pipeline.sources import ReportText, read_report, to_simplified

#: A multiple compared with something else: 是2011年的3倍, 为上年的1.5倍.
COMPARED_TO = re.compile(r"是|为|相当于")


class ReportImportError(UserError):
    """A report cannot be imported, or the library cannot be written; one line says why."""


@dataclass(frozen=True)
class Imported:
    """What happened to one file."""

    path: Path
    title: str
    figures: int  # proposed figures written, 0 when it was there already or not imported
    unread: int  # numerals listed as unread
    already: bool  # the same report was in the library
    document_id: int  # its id in the library (the one there already); 0 when not imported
    error: str = ""  # why it could not be imported (the others still were)

    @property
    def added(self) -> bool:
        return not self.already and not self.error


class ImportCancelledError(ReportImportError):
    """The user stopped the import while a report was being read: nothing of it is written."""


#: A paragraph longer than this is read in pieces cut where a sentence (or a clause) ends, so
#: that a long file says how far it got and can be stopped as it is read.
PIECE = 20_000


def _pieces(text: str, lo: int, hi: int):
    """[lo, hi) in pieces of at most about PIECE characters, cut after a sentence's end,
    else a clause's, else where no number runs across the cut."""
    while hi - lo > PIECE:
        window = lo + PIECE
        cut = max(text.rfind(c, lo, window) for c in "。！？!?")
        if cut <= lo:
            cut = max(text.rfind(c, lo, window) for c in "，,；;、")
        if cut <= lo:
            cut = window - 1
            while cut > lo + 1 and (text[cut].isalnum() or text[cut - 1].isalnum()):
                cut -= 1
        yield lo, cut + 1
        lo = cut + 1
    yield lo, hi


def propose_records(report: ReportText, progress=None, cancelled=None) -> Records:
    """The rows of one report, every figure proposed; ReportImportError when it holds none.
    `progress(share)` is told how much has been read; `cancelled()` is asked as it goes
    (ImportCancelledError when it says so)."""
    records = Records(document={})
    body_start, body_end = report.paragraphs[0][0], report.paragraphs[-1][1]
    report, title_read = _with_title_figures(report)
    records.sections.append({
        "id": 1, "document_id": 1, "position": 1, "key": "body", "kind": "body",
        "heading": report.title, "subheading": "", "char_start": body_start,
        "char_end": body_end,
    })
    found: list[tuple[int, Figure]] = []
    cell_starts = [cell.start for cell in report.cells]
    for paragraph_id, (lo, hi) in enumerate(report.paragraphs, 1):
        records.paragraphs.append({
            "id": paragraph_id, "document_id": 1, "section_id": 1, "position": paragraph_id,
            "text": report.text[lo:hi], "char_start": lo, "char_end": hi,
            "search_text": report.simplified[lo:hi],
        })
        if paragraph_id in report.table_lines:  # a table's row: its cells, by their headers
            figures = table_figures(report, lo, hi, cell_starts)
            unread: list[Unread] = []
        elif paragraph_id == 1 and title_read is not None:  # the title, read already
            figures, unread = title_read
        else:
            figures, unread = [], []
            for start, end in _pieces(report.simplified, lo, hi):
                more, missed = scan_figures(report.simplified, start, end)
                figures += more
                unread += missed
                if progress is not None:
                    progress(end / len(report.text))
                if cancelled is not None and cancelled():
                    raise ImportCancelledError(f"{report.source_name}：已取消导入")
        found += [(paragraph_id, figure) for figure in figures]
        records.not_facts += [{
            "id": len(records.not_facts) + 1, "document_id": 1, "text": report.text[u.start:u.end],
            "why": f"无法读取的数字：{u.reason}", "char_start": u.start, "char_end": u.end,
        } for u in unread]
    if not found:
        raise ReportImportError(f"{report.source_name}：没有找到任何数据（带单位的数字），未导入")
    _fact_rows(records, report, found)
    records.facts = without_restatements(records.facts, report.simplified, report.published)
    digest = hashlib.sha256(report.text.encode("utf-8")).hexdigest()
    records.document = {
        "id": 1, "title": report.title, "published": report.published, "view_count": 0,
        "site": report.site, "url": report.url, "reporter": "", "editor": "",
        "previous_title": "", "next_title": "", "text": report.text, "sha256": digest,
        "origin": "imported", "source_name": report.source_name,
    }
    records.original = original_row(report)
    return records


#: Kinds of original that are text, and so are kept compressed.
TEXT_MEDIA = ("text/", "application/rtf")


def _with_title_figures(report: ReportText
                        ) -> tuple[ReportText, tuple[list[Figure], list[Unread]] | None]:
    """The report with its title line as its first paragraph when the title holds a figure
    the body never writes (浙江山海协作…带动2500多个村“消薄”), and what of the title is read: its
    own figures and its unread numerals; the report as it was and None otherwise (a title's
    280余万元 said again in the body is the body's)."""
    title = report.title
    if not title or not report.text.startswith(title + "\n"):
        return report, None
    body = report.simplified[len(title):]
    figures, unread = scan_figures(report.simplified, 0, len(title))
    own = [f for f in figures if report.simplified[f.start:f.end] not in body]
    if not own:
        return report, None
    return replace(report, paragraphs=((0, len(title)), *report.paragraphs),
                   table_lines=frozenset(n + 1 for n in report.table_lines)), (own, unread)


def original_row(report: ReportText) -> dict | None:
    """The report's file as the library keeps it (originals table); None when none came."""
    import zlib

    if not report.original:
        return None
    texty = report.media_type.startswith(TEXT_MEDIA)
    return {"name": report.source_name, "media_type": report.media_type or
            "application/octet-stream", "size": len(report.original),
            "encoding": "zlib" if texty else "",
            "content": zlib.compress(report.original, 6) if texty else report.original}


def table_figures(report: ReportText, lo: int, hi: int, starts: list[int]) -> list[Figure]:
    """The figures of one table row: each numeric cell, read with the unit its header (or
    the table's caption) gives when the cell writes none; its period from its headers.
    `starts`: where the report's cells start, in reading order (the row's found by halving)."""
    figures = []
    first, last = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    for cell in report.cells[first:last]:
        written = report.simplified[cell.start:cell.end]
        probe = f"{written}{cell.unit}" if cell.unit and BARE_NUMBER.match(written) else written
        read, _ = scan_figures(probe, 0, len(probe))
        if len(read) != 1 or read[0].start != 0 or read[0].end < len(written):
            continue  # not one figure (a code, a date, a number with no unit): not a guess
        figures.append(replace(read[0], start=cell.start, end=cell.end, qualifiers=(),
                               period=cell.period or read[0].period, relation="",
                               linked_start=None))
    return figures


#: How much of a first line standing for a title is read for a place (a pasted page may be
#: one line).
FIRST_LINE_READ = 120


#: A mark only prose holds: a line without one is a site's 所属地区:… or 发布日期:… line.
PROSE_MARK = re.compile(r"[，,。]")


def _fact_rows(records: Records, report: ReportText, found: list[tuple[int, Figure]]) -> None:
    """A fact per figure, each in the category its words point to; the two ends of a
    from-to pair share the first one's label and point at each other."""
    vocabulary = bundled_vocabulary()
    text, simplified = report.text, report.simplified
    # 貴港市 → 贵港市, as the text's scopes; with no title line, the first line says what the
    # report is about, less surely than a title or the place the report names most
    titled = bool(report.title) and report.title in report.text  # not the file's name
    simplified_title = to_simplified(report.title) if titled else ""
    first = report.paragraphs[0] if report.paragraphs else (0, 0)
    first_line = "" if titled else report.simplified[first[0]:min(first[1],
                                                                   first[0] + FIRST_LINE_READ)]
    paragraph_span = dict(enumerate(report.paragraphs, 1))
    fields: dict[str, Field] = {}
    rows: list[tuple] = []
    label_at: dict[int, str] = {}
    cell_at = {cell.start: cell for cell in report.cells}
    for position, (paragraph_id, figure) in enumerate(found, 1):
        lo, hi = paragraph_span[paragraph_id]
        start, end = clause_bounds(simplified, figure.start, figure.end, lo, hi)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        cell = cell_at.get(figure.start)
        if cell is not None:  # a table's cell: labelled by its headers, quoted by its row
            start, end = lo, hi
            label, simplified_label = cell.label, to_simplified(cell.label)
        else:
            spans = label_spans(simplified, figure, lo, hi)
            simplified_label = label_text(simplified, spans, figure)
            if figure.linked_start is not None and figure.linked_start in label_at:
                label = label_at[figure.linked_start]
            else:
                label = label_as_written(simplified_label, simplified, text, spans, figure)
        field = propose_field(simplified_label, simplified[start:end])
        compared = COMPARED_TO.match(simplified_label)
        if figure.unit_kind == "multiple" and compared and rows and rows[-1][1] == paragraph_id:
            # 市财政资金6000万元，是2011年的3倍: a multiple of the figure before it, in its field
            label = f"{rows[-1][3]}（{label[compared.end():]}的倍数）"
            field = rows[-1][4]
        label_at[figure.start] = label
        fields.setdefault(field.key, field)
        # a plan measures nothing yet: it stands beside no result of an indicator
        planned = any(q in PLANS for q in figure.qualifiers)
        indicator = "" if planned else vocabulary.propose(simplified_label, figure.unit_kind)
        rows.append((position, paragraph_id, figure, label, field, start, end, indicator))
    order = [f for f in (*FIELDS, OTHER) if f.key in fields]
    category_id = {field.key: number for number, field in enumerate(order, 1)}
    records.categories += [{
        "id": number, "document_id": 1, "parent_id": None, "position": number,
        "key": field.key, "name": field.name, "name_en": field.name_en, "section_id": 1,
    } for number, field in enumerate(order, 1)]
    fact_id_at = {figure.start: position for position, _, figure, *_ in rows}
    givers = givers_named(simplified)
    # the year the news opens with, in the first paragraphs of prose (a date line, the site's
    # 所属地区:… and 发布日期:… lines may come first)
    prose = (number for number in sorted(paragraph_span)
             if PROSE_MARK.search(simplified, *paragraph_span[number]))
    lead, lead_paragraph = next(((year, number) for number in islice(prose, 3)
                                 if (year := lead_period(simplified, *paragraph_span[number]))),
                                ("", 0))
    for position, paragraph_id, figure, label, field, start, end, indicator in rows:
        lo, hi = paragraph_span[paragraph_id]
        records.facts.append({
            "id": position, "document_id": 1, "category_id": category_id[field.key],
            "paragraph_id": paragraph_id, "position": position, "label": label,
            "label_en": "", "value": figure.value, "unit": figure.unit,
            "unit_kind": figure.unit_kind, "base_value": figure.base_value,
            "base_value_high": figure.base_value_high, "base_unit": figure.base_unit,
            "qualifiers": list(figure.qualifiers), "bound": figure.bound,
            **scope_columns(simplified, figure, lo, hi, report.published, "", simplified_title,
                            givers, first_line,
                            # (never the figures of a paragraph before the one it opens)
                            lead if paragraph_id >= lead_paragraph else ""),
            "period": figure.period, "quote": text[start:end], "indicator": indicator,
            "char_start": start, "char_end": end,
            "figure_start": figure.start, "figure_end": figure.end,
            # a cell whose unit is its header's is written as value and unit ('3200万元')
            "written": text[figure.start:figure.end] if figure.start not in cell_at
            or not cell_at[figure.start].unit else "",
            "review": "proposed", "relation": figure.relation,
            "related_id": (fact_id_at.get(figure.linked_start)
                           if figure.linked_start is not None else None),
            "search_text": simplified[start:end],  # same length as the quote
        })


def without_restatements(facts: list[dict], simplified: str, published: str = "") -> list[dict]:
    """The facts less those that say again, in a later sentence, a figure already proposed:
    the same figure as written, of the same place and period, naming the same thing (37家中央
    单位 in three sentences of one report is one fact; a running total, 累计…, is the same as
    one to the report's day, 目前已累计…). Ends of a from-to and a table's cells are never
    dropped; ids are renumbered and links kept."""
    # the sentences each figure, place, period and measure was said in: a look-up, not a
    # scan of every fact before (a pasted table of one sentence holds thousands)
    said_in: dict[tuple, set[int]] = {}
    said_at_any_time: dict[tuple, set[int]] = {}  # the same, whatever the period
    counted_before: set[tuple] = set()  # every figure's amount in base units (20位 is 20名)
    # where each line starts, found once: a line's numbered item names its figures apart
    line_starts = [0, *(m.end() for m in re.finditer("\n", simplified))]
    kept: list[dict | None] = []  # None where a fact said first with no time was said again
    undated: dict[tuple, tuple[int, int]] = {}  # with one: (its index in kept, its sentence)
    for fact in facts:
        pointed = POINTED_BACK.search(simplified, max(0, fact["figure_start"] - 3),
                                      fact["figure_start"])
        amount = (fact["base_value"], fact["base_unit"])
        if fact["written"] and not fact["relation"] and pointed and amount in counted_before:
            continue  # 搭载20位…患儿…迎接了这20名…患儿: the same children, pointed back to
        counted_before.add(amount)
        sentence = sentence_bounds(simplified, fact["figure_start"], fact["figure_end"])[0]
        line = line_starts[bisect.bisect_right(line_starts, fact["figure_start"]) - 1]
        item = ITEM_HEADING.match(simplified, line, fact["figure_start"])
        # (1.洛克乡…项目：…4公里；2.宗朗乡…项目：…4公里: each item's own, however alike)
        what = (fact["written"], fact["unit"], fact["scope"], _measure(fact["label"]),
                item.group("name") if item else "")
        period = (fact["period_kind"], fact["period_from"], fact["period_to"])
        if published and period == ("to_date", "", published):
            period = ("cumulative", "", "")  # 目前已累计投入…: the running total so far
        key = (*what, *period)
        sentences = said_in.setdefault(key, set())
        anytime = said_at_any_time.setdefault(what, set())
        if fact["written"] and not fact["relation"] and (
                len(sentences) > 1 or (sentences and sentence not in sentences)
                or (not fact["period"] and anytime - {sentence})):
            continue  # (搬迁安置三峡库区移民4.73万人 …；…搬迁安置移民4.73万人: once; 覆盖36个
            # 贫困村。…36个贫困村每年…: said again with no time of its own, the same)
        sentences.add(sentence)
        anytime.add(sentence)
        said_before = undated.get(what) if fact["written"] and not fact["relation"] else None
        if said_before is not None and fact["period"] and said_before[1] != sentence:
            # a heading's 援建项目71个, then 2012年以来…实施援建项目71个: one fact, with the
            # time the later sentence gives it
            kept[said_before[0]] = None
            del undated[what]
        elif fact["written"] and not fact["relation"] and not fact["period"]:
            undated.setdefault(what, (len(kept), sentence))
        kept.append(fact)
    if len(kept) == len(facts) and None not in kept:
        return facts
    remaining = [fact for fact in kept if fact is not None]
    new_id = {fact["id"]: number for number, fact in enumerate(remaining, 1)}
    return [{**fact, "id": new_id[fact["id"]], "position": new_id[fact["id"]],
             "related_id": new_id.get(fact["related_id"]) if fact["related_id"] else None}
            for fact in remaining]


#: A word pointing back to what was just said, right before a figure: 这20名, 该3个, 此次.
POINTED_BACK = re.compile(r"(?:这|该|此|上述)(?:些)?$")


def _measure(label: str) -> str:
    """What a label names, for telling a figure said again: its last word (实施项目 and 帮扶
    项目 are both projects), or the whole label when it is shorter than a word or ends in a
    bound (综合贫困发生率全部低于 and 全部低于 may be two rates)."""
    read = to_simplified(label)  # (全部低於: the report's own characters)
    read = PROVINCE_BEFORE_ITS_PLACES.sub("", read)  # 浙江省(4)市 and 浙江(4)市: the same places
    if len(read) < 2 or read.endswith(BOUND_ENDINGS):
        return f"={read}"
    named = PLACE_OPENING.match(read, 0, len(read) - 2)
    # (洛克乡…项目投资 and 宗朗乡…项目投资: two projects, whatever each cost)
    return f"{named.group()}…{read[-2:]}" if named else read[-2:]


#: A place opening a label, down to a township or a village: what of two labels ending alike
#: tells two things apart (洛克乡…投资, 宗朗乡…投资).
PLACE_OPENING = re.compile(r"[\u4e00-\u9fff]{2,4}?[乡镇村县区市州]")
#: A province's 省 before the kind of its places a label counts: 浙江省市 is 浙江市.
PROVINCE_BEFORE_ITS_PLACES = re.compile(r"省(?=[市县区州]$)")
#: Words ending a label that say how a figure compares, not what it measures.
BOUND_ENDINGS = ("低于", "高于", "超过", "达到", "不到", "不足", "以上", "以下", "均", "为", "达")


def report_files(paths: Iterable[Path]) -> list[Path]:
    """The files to import: each file named, and in each folder named every report file it
    holds, in its subfolders too, by name (hidden files and folders left out)."""
    found: list[Path] = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        try:
            inside = sorted(p for p in path.rglob("*")
                            if p.suffix.lower() in REPORT_SUFFIXES and p.is_file()
                            and not any(part.startswith(".")
                                        for part in p.relative_to(path).parts))
        except OSError as exc:
            raise ReportImportError(f"{path}：无法读取文件夹（{os_reason(exc)}）") from None
        found += inside
    return found


def prepare(path: Path, progress=None, cancelled=None) -> tuple[ReportText, Records]:
    """Read one file and propose its rows: all the work of an import before it writes."""
    report = read_report(path)
    return report, propose_records(report, progress, cancelled)
