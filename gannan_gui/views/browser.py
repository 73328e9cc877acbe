"""The browser's state and decisions, without Qt: what a selection shows, which tree rows a
search keeps, what printing and presenting cover, and where back and forward go.

The main window only forwards clicks and keys here and puts the answers on screen, so every
decision is tested without a display.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from gannan_gui.store.database import FactBase
from gannan_gui.store.models import Entity, Fact, SearchHit
from gannan_gui.store.search import search_terms
from gannan_gui.views import detail
from gannan_gui.views.charts import ChartGroup, chart_groups
from gannan_gui.views.tree import (
    CATEGORY,
    ENTITY,
    FACT,
    PAGE,
    PAGE_IDS,
    ROOT,
    SCOPE_SEPARATOR,
    TreeNode,
    build_tree,
    find_node,
)
from gannan_gui.views.words import WHOLE_REPORT, citation

if TYPE_CHECKING:  # made for printing, presenting and exporting: imported when first asked for
    from gannan_gui.views.slides import Slide
    from gannan_gui.views.summary import Summary
    from gannan_gui.views.tables import ExportContent

PARAGRAPH = "paragraph"
#: Plots drawn at once (tiles are cheap and all shown): a long imported report has dozens
#: of groups, and each plot takes tens of milliseconds to build; the rest are a category away.
MAX_CHART_GROUPS = 8
ROOT_KEY = f"{ROOT}:0"


def split_key(key: str) -> tuple[str, int] | None:
    """('fact', 3) from 'fact:3'; None for anything that is not a kind and a whole number."""
    kind, _, number = key.partition(":")
    if kind not in (ROOT, CATEGORY, PAGE, FACT, ENTITY, PARAGRAPH) or not number.isdigit():
        return None
    return kind, int(number)


@dataclass(frozen=True)
class Shown:
    """What the window shows for one key: detail, citation and charts."""

    key: str
    html: str
    citation: str  # "" when there is nothing to cite
    chart_groups: tuple[ChartGroup, ...]
    chart_caption: str
    selected_fact: int | None  # the bar to highlight
    # a figure's same figure in other reports, and the values other reports give for its
    # indicator, scope and period that differ (a library's; views.shelf fills them in)
    comparisons: tuple = ()
    contradicting: tuple = ()


@dataclass(frozen=True)
class SearchResult:
    terms: tuple[str, ...]
    hits: tuple[SearchHit, ...]
    tree_keys: frozenset[str] | None  # None: the tree shows everything


@dataclass
class History:
    """Back and forward through what was shown, as a web browser does."""

    past: list[str] = field(default_factory=list)
    future: list[str] = field(default_factory=list)
    current: str | None = None
    limit: int = 200

    def visit(self, key: str) -> None:
        if key == self.current:
            return
        if self.current is not None:
            self.past = [*self.past, self.current][-self.limit:]
        self.current = key
        self.future = []

    def back(self) -> str | None:
        return self._move(self.past, self.future)

    def forward(self) -> str | None:
        return self._move(self.future, self.past)

    def _move(self, source: list[str], target: list[str]) -> str | None:
        """Step to the last key of `source`, leaving the current one on `target`."""
        if not source:
            return None
        if self.current is not None:
            target.append(self.current)
        self.current = source.pop()
        return self.current

    @property
    def can_go_back(self) -> bool:
        return bool(self.past)

    @property
    def can_go_forward(self) -> bool:
        return bool(self.future)


class Browsing(Protocol):
    """What the window asks of what it browses: one report (`Browser`) or the bundled report
    beside a library's (`views.shelf.ShelfBrowser`). Keys name tree nodes ('fact:3', and
    'l12|fact:3' when several reports are shown)."""

    history: History
    shown: Shown | None

    @property
    def base(self) -> FactBase: ...  # the report shown now
    @property
    def root(self) -> TreeNode: ...
    @property
    def category_names(self) -> dict[int, str]: ...
    def node(self, key: str) -> TreeNode | None: ...
    def qualify(self, key: str) -> str: ...
    def report_of(self, key: str) -> TreeNode | None: ...
    def to_load(self, key: str) -> Iterable[TreeNode]: ...
    def opens_apart(self, key: str) -> str | None: ...
    def show(self, key: str, terms: tuple[str, ...] = (), record: bool = True
             ) -> Shown | None: ...
    def describe(self, key: str, terms: tuple[str, ...] = ()) -> Shown | None: ...
    def describe_selection(self, fact_ids: list[int]) -> Shown: ...
    def scope_category(self, key: str | None) -> int | None: ...
    def search(self, query: str, everywhere: bool = False) -> SearchResult: ...
    def hit_count_text(self, result: SearchResult) -> str: ...
    def print_scope(self, selected_fact_ids: list[int]) -> Summary: ...
    def export_scope(self, selected_fact_ids: list[int]) -> ExportContent: ...
    def slides(self, whole_report: bool) -> list[Slide]: ...
    def current_fact_id(self) -> int | None: ...
    def current_fact_slide(self) -> list[Slide] | None: ...


class Browser:
    """One open database as the window sees it."""

    def __init__(self, base: FactBase, scope: str = "") -> None:
        self.base = base
        self.tree_scope = scope  # how the tree's keys name this report, in a tree of several
        self.root: TreeNode = build_tree(base, scope)
        self.history = History()
        self.shown: Shown | None = None
        self.category_names = {c.id: c.name for c in base.categories}
        # each chart scope's groups, made once: a report of 650,000 figures takes half a
        # second to group (the report's rows never change while it is open)
        self._chart_groups: dict[int | None, tuple[list[ChartGroup], str]] = {}

    def warm(self) -> None:
        """Make what showing the report's overview needs (its charts' groups) now: called
        where the report is read, off the GUI thread for a large one."""
        self._groups_of(self._chart_scope(None))

    def node(self, key: str) -> TreeNode | None:
        return find_node(self.root, key)

    def qualify(self, key: str) -> str:
        """The key as the tree knows it (a tree of one report: unchanged)."""
        return key

    def report_of(self, key: str) -> TreeNode | None:
        """The report node a key lies under, when the tree shows several reports."""
        return None

    def to_load(self, key: str) -> list[TreeNode]:
        """The rows to read before a key's node is in the tree: none, for one report."""
        return []

    def opens_apart(self, key: str) -> str | None:
        """The report to read off the GUI thread before a key can be shown: none here."""
        return None

    # --- what a key shows -------------------------------------------------------------
    def show(self, key: str, terms: tuple[str, ...] = (), record: bool = True) -> Shown | None:
        """What to show for a tree key or a paragraph link; None for a key not in this base.
        Records the key in the history, unless this is a step back or forward."""
        shown = self.describe(key, terms)
        if shown is not None:
            self.shown = shown
            if record:
                self.history.visit(key)
        return shown

    def describe(self, key: str, terms: tuple[str, ...] = ()) -> Shown | None:
        parsed = split_key(key)
        if parsed is None:
            return None
        kind, item_id = parsed
        base = self.base
        quote = ""
        if kind == FACT and item_id in base.fact_by_id:
            fact = base.fact_by_id[item_id]
            html, quote = detail.fact_html(base, fact), fact.quote
        elif kind == ENTITY and item_id in base.entity_by_id:
            entity = base.entity_by_id[item_id]
            html, quote = detail.entity_html(base, entity), entity.quote
        elif kind == CATEGORY and item_id in base.category_by_id:
            html = detail.category_html(base, base.category_by_id[item_id])
        elif kind == PAGE and (page := self.node(
                f"{self.tree_scope}{SCOPE_SEPARATOR}{key}" if self.tree_scope else key)):
            html = detail.page_html(
                base, base.category_by_id[item_id // PAGE_IDS], page.name,
                [base.fact_by_id[n.item_id] for n in page.children if n.kind == FACT],
                [base.entity_by_id[n.item_id] for n in page.children if n.kind == ENTITY])
        elif kind == PARAGRAPH and item_id in base.paragraph_by_id:
            paragraph = base.paragraph_by_id[item_id]
            html, quote = detail.paragraph_html(base, paragraph, list(terms)), paragraph.text
        elif kind == ROOT:
            html = detail.overview_html(base)
        else:
            return None
        groups, caption = self._groups_of(self._chart_scope(self.scope_category(key)))
        return Shown(key, html, citation(base.document, quote) if quote else "",
                     tuple(groups), f"图表 · {caption}", item_id if kind == FACT else None)

    def describe_selection(self, fact_ids: list[int]) -> Shown:
        """Several facts selected together: their figures, their citations, their chart.
        Not a history entry: the tree's current row stays what back and forward know."""
        facts = [self.base.fact_by_id[i] for i in fact_ids if i in self.base.fact_by_id]
        key = self.shown.key if self.shown else ROOT_KEY
        return Shown(key, detail.selection_html(self.base, facts),
                     "\n".join(citation(self.base.document, f.quote) for f in facts),
                     tuple(chart_groups(facts, self.category_names)),
                     f"图表 · 所选数据（{len(facts)} 项）", None)

    def scope_category(self, key: str | None) -> int | None:
        """The category a key belongs to: itself, its fact's or entity's; None for the root
        (the whole report) and for paragraphs."""
        parsed = split_key(key or "")
        if parsed is None:
            return None
        kind, item_id = parsed
        if kind == CATEGORY:
            return item_id if item_id in self.base.category_by_id else None
        if kind == PAGE:
            return item_id // PAGE_IDS if item_id // PAGE_IDS in self.base.category_by_id \
                else None
        item: Fact | Entity | None = (self.base.fact_by_id.get(item_id) if kind == FACT else
                                      self.base.entity_by_id.get(item_id) if kind == ENTITY
                                      else None)
        return item.category_id if item is not None else None

    def _groups_of(self, scope: int | None) -> tuple[list[ChartGroup], str]:
        """The chart groups of a category (None: the whole report), and their caption."""
        if scope in self._chart_groups:
            return self._chart_groups[scope]
        base = self.base
        caption = WHOLE_REPORT if scope is None else base.category_by_id[scope].name
        groups = chart_groups(base.facts_in(scope), self.category_names)
        plots = [g for g in groups if not g.is_tile]
        if len(plots) > MAX_CHART_GROUPS:  # a long report's overview: the first plots
            caption += f"（前 {MAX_CHART_GROUPS} 组图表，共 {len(plots)} 组；选择类别查看其余）"
            kept = plots[:MAX_CHART_GROUPS]
            groups = [g for g in groups if g.is_tile or g in kept]
        self._chart_groups[scope] = (groups, caption)
        return groups, caption

    def _chart_scope(self, category: int | None) -> int | None:
        """A category of names only (brands, villages) charts the part it belongs to."""
        while category is not None and not self.base.facts_in(category):
            category = self.base.category_by_id[category].parent_id
        return category

    # --- search -----------------------------------------------------------------------
    def search(self, query: str, everywhere: bool = False) -> SearchResult:
        """The hits, and the tree rows to keep. One rule for both: a fact or a name matches
        when its own text holds every term (label, English label and quote; name, kind and
        the clause naming it), so the tree keeps exactly the facts and names the hit list
        shows, with the categories above them. A category is not a match by its name alone;
        paragraphs are listed in the hit list only (they are not tree rows). `everywhere`
        means every report, for a window that shows several."""
        terms = tuple(search_terms(query))
        if not terms:
            return SearchResult((), (), None)
        hits = tuple(self.base.search(query))
        keys = frozenset(f"{h.kind}:{h.item_id}" for h in hits if h.kind in (FACT, ENTITY))
        return SearchResult(terms, hits, keys)

    @staticmethod
    def hit_count_text(result: SearchResult) -> str:
        """What the line under the search box says."""
        if result.tree_keys is None:
            return ""
        if not result.hits:
            return "没有找到"
        return f"找到 {len(result.hits)} 条"

    # --- printing and presenting ------------------------------------------------------
    def scope(self, selected_fact_ids: list[int]) -> tuple[int | None, list[int] | None]:
        """What printing and exporting cover: several selected facts, else the current
        category, else the whole report. Returns (category id, fact ids)."""
        if len(selected_fact_ids) > 1:
            return None, list(selected_fact_ids)
        return self.scope_category(self.shown.key if self.shown else None), None

    def print_scope(self, selected_fact_ids: list[int]) -> Summary:
        category_id, fact_ids = self.scope(selected_fact_ids)
        from gannan_gui.views.summary import build_summary

        return build_summary(self.base, category_id, fact_ids)

    def export_scope(self, selected_fact_ids: list[int]) -> ExportContent:
        category_id, fact_ids = self.scope(selected_fact_ids)
        from gannan_gui.views.tables import build_export

        return build_export(self.base, category_id, fact_ids)

    def slides(self, whole_report: bool) -> list[Slide]:
        current = self.shown.key if self.shown else None
        from gannan_gui.views.slides import build_slides

        return build_slides(self.base, None if whole_report else self.scope_category(current))

    def current_fact_id(self) -> int | None:
        """The fact shown now, if a fact is shown."""
        parsed = split_key(self.shown.key if self.shown else "")
        return parsed[1] if parsed and parsed[0] == FACT else None

    def current_fact_slide(self) -> list[Slide] | None:
        """The current fact alone, or None when the current node is not a fact."""
        parsed = split_key(self.shown.key if self.shown else "")
        if parsed is None or parsed[0] != FACT:
            return None
        from gannan_gui.views.slides import fact_slide

        return [fact_slide(self.base, self.base.fact_by_id[parsed[1]])]
