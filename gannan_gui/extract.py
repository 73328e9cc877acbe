"""Find the figures in the article's paragraphs: number, unit, qualifier, period, quote.

The extractor is code, not a table: it scans every numeral in the body text. The curated
file (see :mod:`gannan_gui.curation`) then names, categorises and translates what it found,
and lists the numerals that are not facts (dates, ordinals, slogans). No Qt, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gannan_gui.numbers import (
    CHINESE_NUMERAL_CHARS,
    NUMERAL_RUN,
    UNIT_PATTERN,
    parse_number,
    to_base,
    unit_info,
)

FIGURE = re.compile(
    rf"(?P<number>\d+(?:\.\d+)?|[{CHINESE_NUMERAL_CHARS}]+)"
    rf"(?P<unit>{UNIT_PATTERN})"
    r"(?P<after>以上|以下|左右|多|余)?"
)
#: Words before a figure in its clause that qualify it ("累计落实", "共帮助", "达54亿元").
QUALIFIER_BEFORE = re.compile(
    rf"累计|共计|共(?![建享同])|总计|其中|(?:达到?|超过|近|约)(?=[\d{CHINESE_NUMERAL_CHARS}])"
)
#: Words that set the time a figure covers, looked for earlier in the same sentence.
PERIOD = re.compile(r"“[^”]{1,8}”以来|截至目前|截至\d{4}年(?:\d{1,2}月)?(?:底)?|近年来|\d{4}年以来")
CLAUSE_BREAKS = ",，;；:：。!！?？\n"
SENTENCE_BREAKS = "。!！?？\n"


@dataclass(frozen=True)
class Figure:
    """One figure found in the text, with everything code can know about it."""

    value: str  # as written: "14.93"
    unit: str  # as written: "亿元"
    unit_kind: str  # money, people, person_times, count, percent
    base_value: int | float
    base_unit: str
    qualifier: str
    period: str
    start: int  # offsets of the figure itself ("14.93亿元") in the document text
    end: int

    @property
    def text(self) -> str:
        return f"{self.value}{self.unit}"


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


def find_figures(text: str, lo: int, hi: int, skip: list[tuple[int, int]] = ()) -> list[Figure]:
    """Every number-with-unit in text[lo:hi], except those inside the `skip` spans."""
    figures = []
    for m in FIGURE.finditer(text, lo, hi):
        start = m.start()
        if any(s <= start < e for s, e in skip):
            continue
        number, unit = m.group("number"), m.group("unit")
        value = parse_number(number)
        info = unit_info(unit)
        base_value, base_unit = to_base(value, unit)
        clause_start, _ = clause_bounds(text, start, m.end(), lo, hi)
        before = text[clause_start:start + 1]  # with the first digit, for 达54亿元
        qualifiers = [q.group() for q in QUALIFIER_BEFORE.finditer(before)]
        if m.group("after"):
            qualifiers.append(m.group("after"))
        sentence_start, _ = sentence_bounds(text, start, m.end(), lo, hi)
        periods = PERIOD.findall(text[sentence_start:start])
        figures.append(Figure(
            value=number,
            unit=unit,
            unit_kind=info.kind,
            base_value=base_value,
            base_unit=base_unit,
            qualifier="，".join(dict.fromkeys(qualifiers)),
            period=periods[-1] if periods else "",
            start=start,
            end=m.end(),
        ))
    return figures


def suggest_quote(text: str, figure: Figure, lo: int = 0, hi: int | None = None) -> str:
    """The clause around a figure: a starting point for a curated quote."""
    start, end = clause_bounds(text, figure.start, figure.end, lo, hi)
    return text[start:end].strip()
