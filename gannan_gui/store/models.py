"""The rows of a fact database as plain, immutable objects. No Qt, no SQL."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    id: int
    title: str
    published: str
    view_count: int
    site: str
    url: str
    reporter: str
    editor: str
    previous_title: str
    next_title: str
    text: str
    sha256: str
    origin: str  # bundled or imported
    source_name: str
    region: str = ""  # the place it is about, as a user gives it
    revision: int = 0  # bumped by every change to the report in a library

    @property
    def imported(self) -> bool:
        return self.origin == "imported"


@dataclass(frozen=True)
class Category:
    id: int
    parent_id: int | None
    position: int
    key: str
    name: str
    name_en: str


@dataclass(frozen=True)
class Paragraph:
    id: int
    section_id: int
    position: int
    text: str
    char_start: int
    char_end: int


@dataclass(frozen=True)
class Fact:
    id: int
    category_id: int
    paragraph_id: int
    label: str
    label_en: str
    value: str
    unit: str
    unit_kind: str
    base_value: float  # the low end for a range
    base_value_high: float | None  # the high end of a range (三四千户), else None
    base_unit: str
    qualifiers: tuple[str, ...]  # words before the figure: ("累计",)
    bound: str  # the word that bounds it: "以上", "余", "上" (上千人), or ""
    period: str
    quote: str
    char_start: int
    char_end: int
    written: str  # as the report writes it: '460余个', '3.5億元'; '' once corrected
    review: str  # proposed, accepted, rejected
    relation: str  # "同比增长"; "从" and "提高到" for the two ends of a from-to pair
    related_id: int | None  # the other end of a from-to pair
    version: int = 0  # bumped by every change, so a decision on a stale figure is noticed
    reviewed_by: str = ""  # who accepted or rejected it, and when (ISO time)
    reviewed_at: str = ""
    scope: str = ""  # the place it is about: 甘南州, 临潭县 (pipeline.scopes)
    period_kind: str = ""  # year, years, to_date, since, cumulative; '' when not said
    period_from: str = ""
    period_to: str = ""
    indicator: str = ""  # the standard measure it states (pipeline.indicators), or ''

    @property
    def reviewed(self) -> bool:
        return self.review == "accepted"

    @property
    def figure(self) -> str:
        """The figure as the article writes it: '14.93亿元', '60%'."""
        return f"{self.value}{self.unit}"

    @property
    def figure_as_written(self) -> str:
        """The figure as the report writes it, with the word that bounds it: '60%以上',
        '460余个', '1.2萬戶', and the approximation written right before it: '近3000人',
        '约60%', '超33亿元'."""
        return self.approximation + written_figure(self.written, self.value, self.unit,
                                                   self.bound)

    @property
    def approximation(self) -> str:
        """The approximation written right before the number (近, 约, 超…), or ''."""
        return leading_approximation(self.qualifiers)


#: Approximations written right before a number (the extractor keeps them only where they
#: touch it): shown with the figure, 近3000人, never as a separate note.
LEADING_APPROXIMATIONS = ("约", "大约", "近", "将近", "接近", "超", "超过", "逾", "突破",
                          "不足", "不到", "不超过", "破", "过")  # (产值过亿元)
#: Bounds written between the number and its unit: 460余个, 80多家, 十几家.
INNER_BOUNDS = ("余", "多", "几")


def leading_approximation(qualifiers: str | tuple[str, ...] | list[str]) -> str:
    """The approximation among a figure's qualifiers (a tuple, or their JSON as a row keeps
    them): 近 of 近3000人; '' when none."""
    if isinstance(qualifiers, str):
        import json

        try:
            qualifiers = json.loads(qualifiers or "[]")
        except ValueError:
            return ""
        if not isinstance(qualifiers, list):
            return ""
    return next((q for q in qualifiers if q in LEADING_APPROXIMATIONS), "")


def written_figure(written: str, value: str, unit: str, bound: str) -> str:
    """The figure as written when the report's words are kept, else made from its parts, the
    approximation in its place: 460余个, 60%以上."""
    if written:
        return written
    if bound in INNER_BOUNDS:
        return f"{value}{bound}{unit}"
    if bound == "上":  # 上千人
        return f"{bound}{value}{unit}"
    return f"{value}{unit}{bound}"


@dataclass(frozen=True)
class Entity:
    id: int
    category_id: int
    paragraph_id: int | None
    name: str
    kind: str
    kind_label: str
    kind_label_en: str
    note: str
    quote: str
    char_start: int
    char_end: int
    name_start: int
    name_end: int


@dataclass(frozen=True)
class SearchHit:
    """One place a search term was found; `spans` are offsets of matches within `text`."""

    kind: str  # fact, entity, paragraph
    item_id: int
    title: str
    text: str
    spans: tuple[tuple[int, int], ...]
    scope: str = ""  # the report, in a search of every report: 'l12'
    report: str = ""  # its title, said beside the hit
