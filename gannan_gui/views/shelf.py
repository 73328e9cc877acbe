"""Several reports in one window: the bundled report first, then the reports of a user's
library by date, each with its own category tree, read when first opened.

`ShelfBrowser` answers the window's questions as `Browser` does, with keys that name their
report ('l12|fact:3'); each report's own `Browser` does the rest. No Qt.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from gannan_gui.store.database import DatabaseError, FactBase
from gannan_gui.store.library import (
    Comparison,
    Library,
    ReportEntry,
    bundled_same_figure,
    library_scope,
)
from gannan_gui.store.search import simplified
from gannan_gui.views.browser import Browser, History, SearchResult, Shown
from gannan_gui.views.detail import (
    comparison_html,
    opening_html,
    unreadable_html,
    year_html,
)
from gannan_gui.views.tree import (
    BUNDLED,
    FACT,
    ROOT,
    SCOPE_SEPARATOR,
    TOP,
    YEAR,
    TreeNode,
    find_node,
)
from gannan_gui.views.words import report_detail, year_detail, year_name

if TYPE_CHECKING:
    from gannan_gui.views.slides import Slide
    from gannan_gui.views.summary import Summary
    from gannan_gui.views.tables import ExportContent

#: A library of more reports than this is shown by year (2024年 › its reports): the window
#: then lays out a few dozen rows when it opens, not ten thousand.
GROUP_BY_YEAR_ABOVE = 100
#: The most figures stating an indicator a report may have for the tree to mark conflicts
#: when it is opened: beyond, lining them all up would hold the window for seconds (the
#: detail pane of each figure still says when another report differs).
MARKED_AT_MOST = 500
#: A report of more figures than this is read off the GUI thread (`open_apart`), the detail
#: pane saying so meanwhile: 50,000 figures take a second to read, 660,000 several.
OPEN_APART_ABOVE = 5_000
YEARS = "y"  # the scope of the year rows' keys: 'y|year:2024'


def report_key(document_id: int) -> str:
    """The key of a library report's own row (its overview): 'l12|root:0'."""
    return f"{library_scope(document_id)}{SCOPE_SEPARATOR}{ROOT}:0"


class ShelfBrowser:
    """The bundled report and a library's reports as one tree."""

    def __init__(self, bundled: FactBase, library: Library, entries: list[ReportEntry],
                 reviewed_only: bool = False) -> None:
        self.library = library
        self.reviewed_only = reviewed_only  # imported reports show their accepted figures
        self.top = TreeNode(TOP, -1, "", "")
        self._browsers: dict[str, Browser] = {BUNDLED: Browser(bundled, BUNDLED)}
        self._reports: dict[str, TreeNode] = {}
        self._document_ids: dict[str, int] = {}
        self._figures: dict[str, int] = {}  # each report's count, from the listing
        self._marked: set[str] = set()  # reports whose conflicting figures are marked
        document = bundled.document
        self._add_report(BUNDLED, document.title,
                         report_detail(document.published, len(bundled.facts), 0))
        grouped = len(entries) > GROUP_BY_YEAR_ABOVE
        self._years: dict[str, TreeNode] = {}
        # A grouped library's reports wait in their year until it is opened: their rows are
        # made then, a few hundred, not ten thousand when the window opens.
        self._year_entries: dict[str, list[ReportEntry]] = {}
        self._year_of_scope: dict[str, TreeNode] = {}
        proposed_in: dict[str, int] = {}
        for entry in entries:
            scope = library_scope(entry.document_id)
            self._document_ids[scope] = entry.document_id
            self._figures[scope] = entry.facts
            if grouped:
                year = self._year_of(entry)
                self._year_of_scope[scope] = year
                self._year_entries[year.name].append(entry)
                proposed_in[year.name] = proposed_in.get(year.name, 0) + entry.proposed
            else:
                self._add_entry(entry, self.top)
        for node in self._years.values():
            node.detail = year_detail(len(self._year_entries[node.name]),
                                      proposed_in[node.name])
        self.current = BUNDLED
        self.problems: dict[str, str] = {}  # reports that could not be read, and why
        self.history = History()
        self.shown: Shown | None = None

    def _add_report(self, scope: str, title: str, detail: str,
                    under: TreeNode | None = None) -> None:
        node = (under or self.top).add(TreeNode(ROOT, 0, title, detail, scope=scope,
                                                loaded=False))
        self._reports[scope] = node

    def _add_entry(self, entry: ReportEntry, under: TreeNode) -> None:
        self._add_report(library_scope(entry.document_id), entry.title,
                         report_detail(entry.published, entry.facts, entry.proposed), under)

    def _year_of(self, entry: ReportEntry) -> TreeNode:
        """The row of the entry's year (made when first needed: the entries come by date)."""
        year = entry.published[:4] if entry.published[:4].isdigit() else ""
        if year not in self._years:
            node = self.top.add(TreeNode(YEAR, int(year or 0), year_name(year), "",
                                         scope=YEARS, loaded=False))
            self._years[year] = node
            self._year_entries[node.name] = []
        return self._years[year]

    def _year_node(self, key: str) -> TreeNode | None:
        return next((n for n in self._years.values() if n.key == key), None)

    # --- the current report -------------------------------------------------------------
    @property
    def browser(self) -> Browser:
        return self._browsers[self.current]

    @property
    def base(self) -> FactBase:
        return self.browser.base

    @property
    def root(self) -> TreeNode:
        return self.top

    @property
    def other_reports(self) -> int:
        """How many reports besides the current one a search of every report looks in."""
        return len(self._document_ids)

    @property
    def opened(self) -> set[str]:
        """The reports read so far ('b', 'l12'): a report is read when the user opens it."""
        return set(self._browsers)

    @property
    def bundled(self) -> FactBase:
        """The bundled report."""
        return self._browsers[BUNDLED].base

    @property
    def category_names(self) -> dict[int, str]:
        return self.browser.category_names

    # --- keys and reports ---------------------------------------------------------------
    def qualify(self, key: str) -> str:
        """A key of the current report ('fact:3', from a link or a chart) as the tree knows
        it ('l12|fact:3'); a key that names its report already is left as it is."""
        return key if SCOPE_SEPARATOR in key else f"{self.current}{SCOPE_SEPARATOR}{key}"

    def _split(self, key: str) -> tuple[str, str]:
        scope, _, local = self.qualify(key).partition(SCOPE_SEPARATOR)
        return scope, local

    def report_node(self, scope: str) -> TreeNode | None:
        """A report's row by its scope ('l12'), opened or not; the row of its year while
        that year is closed."""
        return self._reports.get(scope) or self._year_of_scope.get(scope)

    def report_of(self, key: str) -> TreeNode | None:
        return self._reports.get(self._split(key)[0])

    def to_load(self, key: str) -> Iterator[TreeNode]:
        """The rows to read, in order, before a key's node is in the tree: its year (in a
        grouped library), then its report. A generator: the report's row exists only once
        the caller has read the year."""
        scope = self._split(key)[0]
        year = self._year_of_scope.get(scope)
        if year is not None and not year.loaded:
            yield year
        report = self._reports.get(scope)
        if report is not None and not report.loaded:
            yield report

    def opens_apart(self, key: str) -> str | None:
        """The report a key lies in when it must be read off the GUI thread first (large, and
        not read yet); None when the key can be shown at once."""
        scope = self._split(key)[0]
        if (scope in self._browsers or scope in self.problems
                or self._figures.get(scope, 0) <= OPEN_APART_ABOVE):
            return None
        return scope

    def open_apart(self, scope: str) -> None:
        """Read a report, from a worker thread: the GUI thread then finds it read, marked and
        its overview made (or the reason it cannot be read), and asks nothing of it
        meanwhile (`opens_apart`). The cyclic collector waits: a full collection among a
        million new objects would hold every thread, the window's too, half a second."""
        collecting = gc.isenabled()
        gc.disable()
        try:
            if scope in self._browsers or scope in self.problems:
                return
            try:
                browser = Browser(self.library.open_report(self._document_ids[scope],
                                                           self.reviewed_only), scope)
            except DatabaseError as exc:
                self.problems[scope] = str(exc)
                return
            # marked and warmed before the GUI thread may take it: its rows and its
            # connection are then never used by two threads at once
            self.mark(scope, self.conflicting_ids(scope, browser), browser)
            browser.warm()
            if self._browsers.setdefault(scope, browser) is browser:
                self._marked.add(scope)
        finally:
            if collecting:
                gc.enable()

    def _known(self, scope: str) -> bool:
        return scope == BUNDLED or scope in self._document_ids

    def load(self, report: TreeNode) -> None:
        """Read a report (or make a year's report rows) and hang them under its node (the Qt
        model calls this between announcing and finishing the new rows)."""
        if report.loaded:
            return
        if report.kind == YEAR:
            for entry in self._year_entries[report.name]:
                self._add_entry(entry, report)
            report.loaded = True
            return
        browser = self._try_open(report.scope)
        report.children = browser.root.children if browser else []
        for child in report.children:
            child.parent = report
        if browser is not None:
            self._mark_once(report.scope)
        report.loaded = True

    def _mark_once(self, scope: str) -> None:
        if scope not in self._marked:
            self.mark(scope, self.conflicting_ids(scope))
            self._marked.add(scope)

    def conflicting_ids(self, scope: str, browser: Browser | None = None) -> set[int]:
        """The figures of an opened report (its browser, or the one `browser` reads) that
        another report contradicts: one query of the values of its indicators in its
        scopes, when the report is opened."""
        from gannan_gui.views.indicators import report_conflicts, value_of_fact

        browser = browser or self._browsers.get(scope)
        facts = [f for f in browser.base.facts if f.indicator] if browser else []
        if not facts or len(facts) > MARKED_AT_MOST or browser is None:
            return set()  # a report of tens of thousands of them: its detail pane says
        document = browser.base.document
        values = [value_of_fact(f, document, scope) for f in facts]
        return report_conflicts(self.library, self._browsers[BUNDLED].base.path, scope,
                                values)

    def mark(self, scope: str, fact_ids: set[int], browser: Browser | None = None
             ) -> list[TreeNode]:
        """Mark these figures of a report (or of the one `browser` reads) as contradicted
        (and no others); the nodes that changed, for the tree to draw again."""
        browser = browser or self._browsers.get(scope)
        changed = []
        for node in browser.root.walk() if browser else ():
            conflict = node.kind == FACT and node.item_id in fact_ids
            if node.conflict != conflict:
                node.conflict = conflict
                changed.append(node)
        return changed

    def children_to_load(self, report: TreeNode) -> int:
        """How many rows loading the report adds (the Qt model announces them first)."""
        if report.kind == YEAR:
            return len(self._year_entries[report.name])
        browser = self._try_open(report.scope)
        return len(browser.root.children) if browser else 0

    def _try_open(self, scope: str) -> Browser | None:
        """The report's browser, or None (and the reason kept) when it cannot be read."""
        try:
            return self._open(scope)
        except DatabaseError as exc:
            self.problems[scope] = str(exc)
            return None

    def _open(self, scope: str) -> Browser:
        if scope not in self._browsers:
            base = self.library.open_report(self._document_ids[scope], self.reviewed_only)
            self._browsers[scope] = Browser(base, scope)
        return self._browsers[scope]

    def node(self, key: str) -> TreeNode | None:
        """The tree node of a key; None for a key of no report, or of one not loaded yet."""
        if self._split(key)[0] == YEARS:
            return self._year_node(key)
        report = self.report_of(key)
        if report is None or not report.loaded:
            return None
        return find_node(report, self.qualify(key))

    # --- what a key shows ------------------------------------------------------------------
    def show(self, key: str, terms: tuple[str, ...] = (), record: bool = True) -> Shown | None:
        scope, local = self._split(key)
        if scope == YEARS:
            return self._show_year(key)
        if not self._known(scope):
            return None
        if self.opens_apart(key):  # the window reads it in a thread, and shows it after
            node = self._reports.get(scope)
            return Shown(self.qualify(key),
                         opening_html(node.name if node else "", self._figures[scope]), "", (),
                         "图表", None)
        browser = self._try_open(scope)
        if browser is None:  # said in the detail pane; the window stays on the last report
            page = unreadable_html(self.problems[scope], self.library.shared)
            return Shown(self.qualify(key), page, "", (), "图表", None)
        shown = browser.show(local, terms, record=False)
        if shown is None:
            return None
        self.current = scope
        # The same figure in other reports is looked up apart (with_comparisons), off the
        # GUI thread: a figure that ten thousand reports state takes a while to line up.
        self.shown = replace(shown, key=self.qualify(key))
        if record:
            self.history.visit(self.shown.key)
        return self.shown

    def _show_year(self, key: str) -> Shown | None:
        """A year of a large library: its reports, each a link (whether the year is open in
        the tree or not)."""
        node = self._year_node(key)
        if node is None:
            return None
        reports = [(report_key(e.document_id), e.title,
                    report_detail(e.published, e.facts, e.proposed))
                   for e in self._year_entries[node.name]]
        return Shown(key, year_html(node.name, reports), "", (), "图表", None)

    def describe(self, key: str, terms: tuple[str, ...] = ()) -> Shown | None:
        scope, local = self._split(key)
        if not self._known(scope) or self.opens_apart(key):
            return None
        browser = self._try_open(scope)
        shown = browser.describe(local, terms) if browser else None
        if browser is None or shown is None:
            return None
        return self._with_comparisons(browser, replace(shown, key=self.qualify(key)))

    def with_comparisons(self, shown: Shown) -> Shown:
        """What `show` showed, its figure's detail listing the same reviewed figure in the
        other reports; safe to call from another thread (it only reads)."""
        scope = self._split(shown.key)[0]
        browser = self._browsers.get(scope)
        return self._with_comparisons(browser, shown) if browser else shown

    def _with_comparisons(self, browser: Browser, shown: Shown) -> Shown:
        fact = browser.base.fact_by_id.get(shown.selected_fact or -1)
        if fact is None:
            return shown
        from gannan_gui.views.detail import conflict_html, fact_html

        found, left_out = like_with_like(fact, self.comparisons_of(browser, fact))
        against = self.contradicting(self._split(shown.key)[0], fact)
        others = conflict_html(against, lambda v: f"{v.report}{SCOPE_SEPARATOR}fact:{v.fact_id}"
                               ) + comparison_html(found, (browser.base.path,
                                                           browser.base.document.id),
                                                   shown.key, left_out)
        if not others:
            return shown
        return replace(shown, html=fact_html(browser.base, fact, others),
                       comparisons=tuple(found), contradicting=tuple(against))

    def contradicting(self, report: str, fact) -> list:
        """Other reports' different values for the figure's indicator, scope and period."""
        if not fact.indicator:
            return []
        from gannan_gui.views.indicators import IndicatorSource, conflicts

        source = IndicatorSource(self.library, self._browsers[BUNDLED].base.path)
        values = source.values([fact.indicator], [fact.scope])  # its scope's only
        found = conflicts(values, source.vocabulary, lambda _value: fact.indicator)
        return found.get((report, fact.id), [])

    def comparisons_of(self, browser: Browser, fact) -> list[Comparison]:
        """The same reviewed figure (same label, same kind of unit) in every report, the
        bundled one too, oldest first."""
        bundled = self._browsers[BUNDLED].base
        labels = tuple(dict.fromkeys((fact.label, simplified(fact.label))))
        return sorted([*bundled_same_figure(bundled.path, labels, fact.unit_kind),
                       *self.library.same_figure(labels, fact.unit_kind)],
                      key=lambda c: (c.published == "", c.published, c.title))

    def comparisons_for(self, key: str) -> list[Comparison]:
        """Every report's value of the figure a key names (the detail pane's link to all)."""
        scope, local = self._split(key)
        browser = self._try_open(scope) if self._known(scope) else None
        kind, _, item = local.partition(":")
        if browser is None or kind != "fact" or not item.isdigit():
            return []
        fact = browser.base.fact_by_id.get(int(item))
        if fact is None:
            return []
        found, _ = like_with_like(fact, self.comparisons_of(browser, fact))
        return [c for c in found if c.base_unit == found[-1].base_unit] if found else []

    def key_of(self, comparison: Comparison) -> str:
        """The key of a comparison's figure in its own report."""
        scope = BUNDLED if comparison.path == self._browsers[BUNDLED].base.path \
            else library_scope(comparison.document_id)
        return f"{scope}{SCOPE_SEPARATOR}fact:{comparison.fact_id}"

    def describe_selection(self, fact_ids: list[int]) -> Shown:
        shown = self.browser.describe_selection(fact_ids)
        return replace(shown, key=self.qualify(shown.key))

    def scope_category(self, key: str | None) -> int | None:
        if key is None:
            return None
        scope, local = self._split(key)
        browser = self._try_open(scope) if self._known(scope) else None
        return browser.scope_category(local) if browser else None

    # --- search, printing, presenting: the current report's -------------------------------
    def search(self, query: str, everywhere: bool = False) -> SearchResult:
        """The current report's hits, or with `everywhere` every report's (the bundled one
        first, then the library's by date, each hit naming its report). With `everywhere`
        the tree shows the same as the hit list: every report with a hit keeps its row, and
        its matching figures show when it is opened."""
        result = self.browser.search(query)
        if result.tree_keys is None:
            return result
        result = replace(result,
                         tree_keys=frozenset(self.qualify(k) for k in result.tree_keys))
        if not everywhere:
            return result
        bundled = self._browsers[BUNDLED].base
        found = result.hits if self.current == BUNDLED else bundled.search(query)
        hits = [replace(h, scope=BUNDLED, report=bundled.document.title) for h in found]
        hits += self.library.search(query)
        elsewhere = {f"{h.scope}{SCOPE_SEPARATOR}{h.kind}:{h.item_id}" for h in hits
                     if h.scope and h.scope != self.current}
        return replace(result, hits=tuple(hits),
                       tree_keys=(result.tree_keys or frozenset()) | elsewhere)

    hit_count_text = staticmethod(Browser.hit_count_text)

    def scope(self, selected_fact_ids: list[int]) -> tuple[int | None, list[int] | None]:
        return self.browser.scope(selected_fact_ids)

    def print_scope(self, selected_fact_ids: list[int]) -> Summary:
        return self.browser.print_scope(selected_fact_ids)

    def export_scope(self, selected_fact_ids: list[int]) -> ExportContent:
        return self.browser.export_scope(selected_fact_ids)

    def slides(self, whole_report: bool) -> list[Slide]:
        return self.browser.slides(whole_report)

    def current_fact_slide(self) -> list[Slide] | None:
        return self.browser.current_fact_slide()

    def current_fact_id(self) -> int | None:
        return self.browser.current_fact_id()


def like_with_like(fact, comparisons: list[Comparison]) -> tuple[list[Comparison], int]:
    """The comparisons that measure what `fact` measures: the same scope (when both name
    one) and the same kind of period (a year's, a range's, a running total's); and how many
    were left out. A county's one-year figure never stands beside a prefecture's total."""
    from gannan_gui.pipeline.scopes import PERIOD_CLASSES

    kind = PERIOD_CLASSES.get(fact.period_kind, "")
    kept = [c for c in comparisons
            if PERIOD_CLASSES.get(c.period_kind, "") == kind
            and (not fact.scope or not c.scope or c.scope == fact.scope)]
    return kept, len(comparisons) - len(kept)
