"""Find the figures in the article's paragraphs: number, unit, qualifiers, period, quote.

The extractor is code, not a table: it scans every numeral in the body text. The curated
file (see :mod:`gannan_gui.pipeline.curation`) then names, categorises and translates what it
found, and lists the numerals that are not facts (dates, ordinals, slogans). A numeral it
cannot read is reported as unread, never guessed. No Qt, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gannan_gui.pipeline.article import LINE_BREAKS
from gannan_gui.pipeline.numbers import (
    CHINESE_NUMERAL_CHARS,
    NUMERAL_RUN,
    UNIT_PATTERN,
    NumeralError,
    parse_amount,
    to_base,
    unit_info,
)

#: Words written right after a figure that bound it: 60%以上, 460余个.
TRAILING_QUALIFIERS = ("以上", "以下", "左右", "多", "余")
FIGURE = re.compile(
    rf"(?P<number>\d+(?:\.\d+)?|[{CHINESE_NUMERAL_CHARS}]+)"
    rf"(?P<unit>{UNIT_PATTERN})"
    rf"(?P<after>{'|'.join(TRAILING_QUALIFIERS)})?"
)
#: Words before a figure in its clause that qualify it ("累计落实", "共帮助", "达54亿元").
QUALIFIER_BEFORE = re.compile(
    rf"累计|共计|共(?![建享同])|总计|其中|(?:达到?|超过|近|约)(?=[\d{CHINESE_NUMERAL_CHARS}])"
)
#: Words that set the time a figure covers, looked for earlier in the same sentence.
PERIOD = re.compile(r"“[^”]{1,8}”以来|截至目前|截至\d{4}年(?:\d{1,2}月)?(?:底)?|近年来|\d{4}年以来")
SENTENCE_BREAKS = "。!！?？" + LINE_BREAKS
CLAUSE_BREAKS = ",，;；:：" + SENTENCE_BREAKS


@dataclass(frozen=True)
class Figure:
    """One figure found in the text, with everything code can know about it."""

    value: str  # as written: "14.93", "三四"
    unit: str  # as written: "亿元"
    unit_kind: str  # money, people, person_times, count, percent
    base_value: int | float  # the low end for a range
    base_value_high: int | float | None  # the high end of a range such as 三四千户, else None
    base_unit: str
    qualifiers: tuple[str, ...]  # words before the figure: ("累计",)
    bound: str  # the word after it: "以上", or ""
    period: str
    start: int  # offsets of the figure itself ("14.93亿元") in the document text
    end: int

    @property
    def text(self) -> str:
        return f"{self.value}{self.unit}"


@dataclass(frozen=True)
class Unread:
    """A numeral the extractor could not read: shown to the user, never guessed."""

    text: str
    start: int
    end: int
    reason: str


def _bounds(text: str, start: int, end: int, breaks: str, lo: int, hi: int) -> tuple[int, int]:
    left = start
    while left > lo and text[left - 1] not in breaks:
        left -= 1
    right = end
    while right < hi and text[right] not in breaks:
        right += 1
    return left, right


def clause_bounds(text: str, start: int, end: int, lo: int = 0, hi: int | None = None
                  ) -> tuple[int, int]:
    """Offsets of the clause (between commas, full stops...) around text[start:end]."""
    return _bounds(text, start, end, CLAUSE_BREAKS, lo, len(text) if hi is None else hi)


def sentence_bounds(text: str, start: int, end: int, lo: int = 0, hi: int | None = None
                    ) -> tuple[int, int]:
    """Offsets of the sentence around text[start:end]."""
    return _bounds(text, start, end, SENTENCE_BREAKS, lo, len(text) if hi is None else hi)


def numeral_runs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Offsets of every run of digits or Chinese numerals in text[lo:hi]."""
    return [(lo + m.start(), lo + m.end()) for m in NUMERAL_RUN.finditer(text[lo:hi])]


def _qualifiers_before(text: str, start: int, lo: int, hi: int) -> tuple[str, ...]:
    clause_start, _ = clause_bounds(text, start, start + 1, lo, hi)
    before = text[clause_start:start + 1]  # with the first digit, for 达54亿元
    return tuple(dict.fromkeys(q.group() for q in QUALIFIER_BEFORE.finditer(before)))


def _period_before(text: str, start: int, end: int, lo: int, hi: int) -> str:
    sentence_start, _ = sentence_bounds(text, start, end, lo, hi)
    periods = PERIOD.findall(text[sentence_start:start])
    return periods[-1] if periods else ""


def scan_figures(text: str, lo: int, hi: int, skip: list[tuple[int, int]] = ()
                 ) -> tuple[list[Figure], list[Unread]]:
    """Every number-with-unit in text[lo:hi] outside the `skip` spans, and those unread."""
    figures, unread = [], []
    for m in FIGURE.finditer(text, lo, hi):
        start, end = m.start(), m.end()
        if any(s <= start < e for s, e in skip):
            continue
        number, unit = m.group("number"), m.group("unit")
        try:
            low, high = parse_amount(number)
        except NumeralError as exc:
            unread.append(Unread(m.group(), start, end, str(exc)))
            continue
        base_value, base_unit = to_base(low, unit)
        figures.append(Figure(
            value=number,
            unit=unit,
            unit_kind=unit_info(unit).kind,
            base_value=base_value,
            base_value_high=None if high is None else to_base(high, unit)[0],
            base_unit=base_unit,
            qualifiers=_qualifiers_before(text, start, lo, hi),
            bound=m.group("after") or "",
            period=_period_before(text, start, end, lo, hi),
            start=start,
            end=end,
        ))
    return figures, unread


def find_figures(text: str, lo: int, hi: int, skip: list[tuple[int, int]] = ()) -> list[Figure]:
    """The figures that scan_figures() can read."""
    return scan_figures(text, lo, hi, skip)[0]


def suggest_quote(text: str, figure: Figure, lo: int = 0, hi: int | None = None) -> str:
    """The clause around a figure: a starting point for a curated quote."""
    start, end = clause_bounds(text, figure.start, figure.end, lo, hi)
    return text[start:end].strip()
