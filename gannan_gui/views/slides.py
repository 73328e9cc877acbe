"""The slides of a presentation and how a presenter moves through them. No Qt.

Slides follow the category tree: a title slide, then for each part a divider and for each of
its categories a slide of big figures and a chart (or, for a category without figures, the
names it holds), then an end slide with the source. `SlideDeck` is the presenter's state:
current slide, typed slide number, blacked-out or whitened screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gannan_gui.store.database import FactBase
from gannan_gui.store.models import Category, Entity, Fact
from gannan_gui.views.charts import ChartGroup, chart_groups
from gannan_gui.views.words import (
    WHOLE_REPORT,
    fact_note,
    review_label,
    source_line,
    version_text,
)

MAX_FIGURES_PER_SLIDE = 6
MAX_NAMES_PER_SLIDE = 12


@dataclass(frozen=True)
class BigFigure:
    fact_id: int
    figure: str  # "14.93亿元"
    label: str
    note: str  # period, qualifier
    pending: bool = False  # imported and not yet reviewed
    period: str = ""  # what a slide of several figures says under each: “十四五”以来

    @property
    def grid_label(self) -> str:
        """The label on a slide of several figures, which shows no note: an unreviewed
        figure still says so."""
        return review_label(self.label, self.pending)


@dataclass(frozen=True)
class Slide:
    kind: str  # title, part, category, names, fact, end
    title: str
    subtitle: str = ""
    figures: tuple[BigFigure, ...] = ()
    charts: tuple[ChartGroup, ...] = ()
    names: tuple[tuple[str, str], ...] = ()  # (name, kind)
    quote: str = ""  # what the presenter view shows as the source of this slide
    lines: tuple[str, ...] = field(default=())  # free lines: source details on the end slide


def _big(fact: Fact) -> BigFigure:
    return BigFigure(fact.id, fact.figure_as_written, fact.label, fact_note(fact),
                     pending=fact.review == "proposed", period=fact.period)


def _chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def title_slide(base: FactBase, scope: str = "") -> Slide:
    doc = base.document
    head, _, tail = doc.title.partition("——")
    return Slide("title", head, tail or "",
                 lines=(f"{doc.published}　{doc.site}", scope),
                 quote=base.lead())


def end_slide(base: FactBase) -> Slide:
    doc = base.document
    people = "　".join(x for x in (doc.reporter and f"记者 {doc.reporter}",
                                   doc.editor and f"编辑 {doc.editor}") if x)
    lines = (f"{doc.site}　{doc.published}".strip("　"), doc.url, people,
             version_text(base.data_version))
    return Slide("end", "资料来源", doc.title, lines=tuple(x for x in lines if x),
                 quote=doc.url)


def figures_quoted(facts: list[Fact]) -> str:
    """The slide's source for the presenter and the speaker notes: each quote once, in
    reading order, after the figures it states (14.93亿元、971个：“…”)."""
    by_quote: dict[str, list[str]] = {}
    for fact in sorted(facts, key=lambda f: f.char_start):
        by_quote.setdefault(fact.quote, []).append(fact.figure_as_written)
    return "\n".join(f"{'、'.join(figures)}：“{quote}”" for quote, figures in by_quote.items())


def names_quoted(entities: list[Entity]) -> str:
    """Each clause naming the slide's names once, in reading order: one clause often names
    five villages."""
    ordered = sorted(entities, key=lambda e: e.char_start)
    return "\n".join(dict.fromkeys(e.quote for e in ordered))


def figure_slides(title: str, subtitle: str, facts: list[Fact]) -> list[Slide]:
    """Big figures and their chart, six to a slide."""
    return [Slide("category", title, subtitle, figures=tuple(_big(f) for f in chunk),
                  charts=tuple(chart_groups(chunk)), quote=figures_quoted(chunk))
            for chunk in _chunks(facts, MAX_FIGURES_PER_SLIDE)]


def category_slides(base: FactBase, category: Category) -> list[Slide]:
    """Slides for one category's own figures (or names), split when there are many."""
    path = " › ".join(c.name for c in base.category_path(category.id)[:-1])
    facts = base.facts_in(category.id, recursive=False)
    if facts:
        return figure_slides(category.name, path, facts)
    entities = base.entities_in(category.id, recursive=False)
    if not entities:
        return []
    # Each name's kind, unless every name is of the one kind the category already names
    # (下一步行动 would otherwise stand under every item).
    kinds = {e.kind_label for e in entities}
    shown_kind = not (len(kinds) == 1 and kinds.pop() == category.name)
    return [Slide("names", category.name, path,
                  names=tuple((e.name, e.kind_label if shown_kind else "") for e in chunk),
                  quote=names_quoted(chunk))
            for chunk in _chunks(entities, MAX_NAMES_PER_SLIDE)]


def _walk(base: FactBase, category: Category) -> list[Slide]:
    slides = []
    children = base.child_categories(category.id)
    if children and category.parent_id is None:
        total = len(base.facts_in(category.id))
        slides.append(Slide("part", category.name, "",  # Chinese slides: no English subtitle
                            lines=(f"{total} 项数据",) if total else ()))
    slides += category_slides(base, category)
    for child in children:
        slides += _walk(base, child)
    return slides


def build_slides(base: FactBase, category_id: int | None = None) -> list[Slide]:
    """The whole article, or one category (with its subcategories), in tree order."""
    if category_id is None:
        scope = WHOLE_REPORT
        body = [s for top in base.top_categories() if top.key != "report"
                for s in _walk(base, top)]
    else:
        category = base.category_by_id[category_id]
        scope = category.name
        body = _walk(base, category) or [Slide("names", category.name, "此类别没有数据。")]
    return [title_slide(base, scope), *body, end_slide(base)]


def selection_slides(base: FactBase, facts: list[Fact]) -> list[Slide]:
    """Facts the user picked: a title, their figures, the source."""
    scope = f"所选数据（{len(facts)} 项）"
    return [title_slide(base, scope), *figure_slides("所选数据", "", facts), end_slide(base)]


def fact_slide(base: FactBase, fact: Fact) -> Slide:
    """One fact alone, with its quote: what Enter on a fact presents."""
    path = " › ".join(c.name for c in base.category_path(fact.category_id))
    return Slide("fact", fact.label, path, figures=(_big(fact),), quote=fact.quote,
                 lines=(f"“{fact.quote}”", source_line(base.document)))


class SlideDeck:
    """Where the presenter is, and what a key does. Keys arrive as names: 'next', 'digit'..."""

    def __init__(self, slides: list[Slide]) -> None:
        if not slides:
            raise ValueError("a presentation needs at least one slide")
        self.slides = slides
        self.index = 0
        self.typed = ""  # digits typed before Enter
        self.blank = ""  # "", "black" or "white"
        self.ended = False  # past the last slide: the black end-of-show screen

    @property
    def current(self) -> Slide:
        return self.slides[self.index]

    @property
    def following(self) -> Slide | None:
        return self.slides[self.index + 1] if self.index + 1 < len(self.slides) else None

    def go(self, index: int) -> None:
        self.index = max(0, min(index, len(self.slides) - 1))
        self.ended = False

    def next(self) -> None:
        """On to the next slide; past the last one, the end of the show (a black screen, as
        PowerPoint has), so the audience never sees the presenter's desktop by surprise."""
        if self.index == len(self.slides) - 1:
            self.ended = True
            return
        self.go(self.index + 1)

    def previous(self) -> None:
        if self.ended:  # back to the last slide
            self.ended = False
            return
        self.go(self.index - 1)

    def first(self) -> None:
        self.go(0)

    def last(self) -> None:
        self.go(len(self.slides) - 1)

    def type_digit(self, digit: str) -> None:
        self.typed = (self.typed + digit)[-4:]

    def confirm(self) -> None:
        """Enter: jump to the typed slide number (1-based), or else go on."""
        if self.typed:
            self.go(int(self.typed) - 1)
            self.typed = ""
        else:
            self.next()

    def toggle_blank(self, colour: str) -> None:
        self.blank = "" if self.blank == colour else colour

    def position_text(self) -> str:
        """Where the show is, for the presenter: '3 / 15', or 放映结束 past the last slide."""
        return "放映结束" if self.ended else self.slide_number()

    def slide_number(self) -> str:
        """The number in the slide's corner: '3 / 15'."""
        return f"{self.index + 1} / {len(self.slides)}"

    def presenter_note(self) -> str:
        """What the presenter view says about the projector when it does not show the slide."""
        if self.ended:
            return "放映结束：观众看到黑屏；按 Esc 退出，← 回到最后一张"
        if self.blank:
            colour = "黑屏" if self.blank == "black" else "白屏"
            return f"投影屏幕现为{colour}（按任意键恢复）"
        return ""
