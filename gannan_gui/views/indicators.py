"""What the indicator view (指标) shows: every value of one indicator across the library as
table rows, and the chart over time, with the rules that keep like beside like. No Qt.

- A value's period class: a year's figure (逐年), a running total or a span of years (累计),
  or not said; a figure whose report does not say is taken as the vocabulary says reports
  state the indicator, when it says one way only.
- The chart has one series per scope, period class and unit: yearly values are bars, totals
  a line of points; the two are never on one series, never stacked.
- Growth is shown only between like values: the same series and, for totals, the same start.
- Two reports that give different values for the same indicator, scope and period conflict
  (approximate figures within 5 % of each other do not).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from gannan_gui.pipeline.indicators import Indicator, Vocabulary
from gannan_gui.pipeline.scopes import SCOPE_LEVELS, Period, scope_level
from gannan_gui.store.indicators import IndicatorValue
from gannan_gui.views.charts import ChartGroup
from gannan_gui.views.slides import Slide
from gannan_gui.views.summary import Summary

YEARLY, TOTAL, UNSTATED = "year", "total", ""
PERIOD_FILTERS = {"": "全部时期", YEARLY: "逐年", TOTAL: "累计", "unstated": "时期未注明"}
LEVEL_FILTERS = {"": "全部范围", **SCOPE_LEVELS}
CLASS_WORDS = {YEARLY: "逐年", TOTAL: "累计", UNSTATED: "时期未注明"}
#: Approximate figures closer than this to each other do not conflict (约15亿元, 14.93亿元).
APPROXIMATE_TOLERANCE = 0.05
#: The table's columns, in order.
COLUMNS = ("范围", "时期", "数值（原文）", "较上期", "报道", "日期", "标签", "审核", "核对")
COLUMNS_EN = ("Scope", "Period", "Value (as written)", "Change", "Report", "Date", "Label",
              "Review", "Check")
VALUE_COLUMN, DATE_COLUMN = 2, 5


def period_class(value: IndicatorValue, indicator: Indicator | None = None) -> str:
    """year, total, or '' (not said, and the indicator may be stated either way)."""
    kind = value.period_kind
    if kind == "year":
        return YEARLY
    if kind in ("years", "since", "cumulative", "to_date"):
        return TOTAL
    stated = indicator.stated if indicator else "both"
    return {"year": YEARLY, "cumulative": TOTAL}.get(stated, UNSTATED)


def _year(text: str) -> int | None:
    return int(text[:4]) if text[:4].isdigit() else None


def chart_year(value: IndicatorValue) -> int | None:
    """Where a value stands on the time axis: its year, or the year its total runs to (a
    total with no end runs to its report's date)."""
    if value.period_kind == "year":
        return _year(value.period_from)
    if value.period_kind in ("years", "to_date"):
        return _year(value.period_to)
    return _year(value.published)


def period_key(value: IndicatorValue, indicator: Indicator | None = None) -> tuple:
    """What two values must share to be of the same period: the class and its years (a
    total's end is its report's date when it names none)."""
    cls = period_class(value, indicator)
    if cls == YEARLY:
        return (cls, value.period_from or value.published[:4])
    end = value.period_to or value.published
    return (cls, value.period_kind, value.period_from, end)


def period_text(value: IndicatorValue, indicator: Indicator | None = None) -> str:
    said = Period(value.period_kind, value.period_from, value.period_to).text
    if said:
        return said
    cls = period_class(value, indicator)
    if cls == YEARLY and value.published[:4].isdigit():
        return f"{value.published[:4]}年（按报道日期）"
    if cls == TOTAL and value.published:
        return f"截至{value.published}（累计，按报道日期）"
    return "时期未注明"


def _differ(a: IndicatorValue, b: IndicatorValue) -> bool:
    if a.base_unit != b.base_unit:
        return False  # 人 and 人次 are not the same count: not comparable, no conflict
    if a.base_value == b.base_value:
        return False
    if a.approximate or b.approximate:
        larger = max(abs(a.base_value), abs(b.base_value))
        return abs(a.base_value - b.base_value) > APPROXIMATE_TOLERANCE * larger
    return True


class Conflicts:
    """Which values another report contradicts (found in O(n log n), however many reports
    state a measure), and, asked for one value, the values that contradict it."""

    def __init__(self, values: Iterable[IndicatorValue], vocabulary: Vocabulary | None = None,
                 indicator_of=None) -> None:
        self._groups: dict[tuple, list[IndicatorValue]] = {}
        for value in values:
            key_of = indicator_of(value) if indicator_of else ""
            indicator = vocabulary.get(key_of) if vocabulary and key_of else None
            key = (key_of, value.scope, period_key(value, indicator), value.base_unit)
            self._groups.setdefault(key, []).append(value)
        self._group_of: dict[tuple[str, int], list[IndicatorValue]] = {}
        self.value_of: dict[tuple[str, int], IndicatorValue] = {}
        self.flagged: set[tuple[str, int]] = set()
        for members in self._groups.values():
            for value in members:
                self._group_of[(value.report, value.fact_id)] = members
                self.value_of[(value.report, value.fact_id)] = value
            if len(members) > 1 and len({v.report for v in members}) > 1:
                self.flagged |= _contradicted(members)

    def __contains__(self, value: IndicatorValue) -> bool:
        return (value.report, value.fact_id) in self.flagged

    def __len__(self) -> int:
        return len(self.flagged)

    def against(self, value: IndicatorValue) -> list[IndicatorValue]:
        """The values of other reports that contradict this one, oldest first."""
        if value not in self:
            return []
        members = self._group_of[(value.report, value.fact_id)]
        return sorted((o for o in members if o.report != value.report and _differ(value, o)),
                      key=lambda o: (o.published, o.report))

    def text(self, value: IndicatorValue) -> str:
        return conflict_text(self.against(value))


def _window(value: float) -> tuple[float, float]:
    """The values an approximate figure does not contradict: within the tolerance of the
    larger of the two (|a - b| <= t * max(a, b), which is symmetric)."""
    return value * (1 - APPROXIMATE_TOLERANCE), value / (1 - APPROXIMATE_TOLERANCE)


def _contradicted(members: list[IndicatorValue]) -> set[tuple[str, int]]:
    """Of one group (one indicator, scope, period and unit), the values some other report
    contradicts: an exact value by any other exact value, any value by an approximate one
    (or an approximate one by any) outside the tolerance. Counted, not compared pairwise."""
    from bisect import bisect_left, bisect_right
    from collections import Counter

    if any(v.base_value <= 0 for v in members):  # outside what the windows assume: pairwise
        return {(v.report, v.fact_id) for v in members
                if any(o.report != v.report and _differ(v, o) for o in members)}
    exact = [v for v in members if not v.approximate]
    rough = sorted(v.base_value for v in members if v.approximate)
    every = sorted(v.base_value for v in members)
    exact_values = Counter(v.base_value for v in exact)
    per_report = Counter(v.report for v in members)
    by_report: dict[str, list[IndicatorValue]] = {}
    for v in members:
        by_report.setdefault(v.report, []).append(v)
    found = set()
    for v in members:
        low, high = _window(v.base_value)
        if v.approximate:  # agrees with anything within its window
            agreeing = bisect_right(every, high) - bisect_left(every, low)
        else:  # with equal exact values, and approximate ones within the window
            agreeing = exact_values[v.base_value] + (
                bisect_right(rough, high) - bisect_left(rough, low))
        own = by_report[v.report]  # the same report's own values do not count either way
        own_agreeing = sum(not _differ(v, o) for o in own)
        others = len(members) - per_report[v.report]
        if others - (agreeing - own_agreeing) > 0:
            found.add((v.report, v.fact_id))
    return found


def conflicts(values: Iterable[IndicatorValue], vocabulary: Vocabulary | None = None,
              indicator_of=None) -> dict[tuple[str, int], list[IndicatorValue]]:
    """For each figure (by report and fact id) that another report contradicts: the
    contradicting values. `indicator_of(value)` is the indicator key of a value (all of
    them the same indicator when not given). Every list is made: for a few figures."""
    found = Conflicts(values, vocabulary, indicator_of)
    return {key: found.against(found.value_of[key]) for key in found.flagged}


def conflict_text(against: list[IndicatorValue]) -> str:
    """In the detail pane, the review dialog and the table: who says otherwise."""
    if not against:
        return ""
    shown = "；".join(f"《{v.title}》（{v.published or '日期不详'}）为 {v.figure}"
                     for v in against[:3])
    more = f"等 {len(against)} 处" if len(against) > 3 else ""
    return f"与其他报道不一致：{shown}{more}"


@dataclass(frozen=True)
class IndicatorRow:
    value: IndicatorValue
    level: str  # province, prefecture, county or ''
    period_class: str
    period: str
    year: int | None
    growth: str = ""  # 较2023年 +12.3%, between like values only
    conflicting: bool = False  # another report gives this indicator, scope and period otherwise
    found: Conflicts | None = field(default=None, compare=False, repr=False)

    @property
    def conflict(self) -> str:
        """与其他报道不一致：… (made when asked: a row on screen, a row exported)."""
        return self.found.text(self.value) if self.conflicting and self.found else ""

    def cells(self) -> tuple[str, ...]:
        v = self.value
        return (v.scope or "（未注明）", self.period, v.figure, self.growth, v.title,
                v.published, v.label, "已审核" if v.reviewed else "待审核",
                "不一致" if self.conflicting else "")

    def sort_key(self, column: int):
        if column == VALUE_COLUMN:
            return (self.value.base_unit, self.value.base_value)
        if column == 1:  # period: by class, then by year
            return (self.period_class, self.year or 0, self.period)
        return self.cells()[column]


@dataclass(frozen=True)
class ChartPoint:
    year: int
    value: float  # in the series' axis unit
    text: str  # the figure as written
    source: str  # 《title》 date, for the hover text
    report: str
    fact_id: int
    others: int = 0  # more values of the same series and year (their reports disagree or agree)


@dataclass(frozen=True)
class Series:
    scope: str
    period_class: str  # year (bars) or total (points, joined when they count from one start)
    unit: str  # the axis unit: 亿元, 万人, 个
    points: tuple[ChartPoint, ...]
    start: str = ""  # the year a series of totals counts from; '' when not said

    @property
    def name(self) -> str:
        scope = self.scope or "范围未注明"
        if self.period_class == YEARLY:
            return f"{scope} · 逐年"
        return f"{scope} · {self.start}年以来累计" if self.start else f"{scope} · 累计"

    @property
    def bars(self) -> bool:
        return self.period_class == YEARLY

    @property
    def joined(self) -> bool:
        """Totals from one stated start are a run to draw as a line; totals from starts no
        report said may count from any years, so they stay separate points."""
        return self.period_class == TOTAL and bool(self.start)


@dataclass(frozen=True)
class IndicatorTable:
    indicator: Indicator
    rows: tuple[IndicatorRow, ...]
    series: tuple[Series, ...]
    total: int  # values before the filters

    @property
    def caption(self) -> str:
        shown = f"{len(self.rows)} 个数值" if len(self.rows) == self.total else \
            f"{len(self.rows)} 个数值（共 {self.total} 个）"
        return f"{self.indicator.name}：{shown}"

    @property
    def conflicts(self) -> int:
        return sum(row.conflicting for row in self.rows)


def _scale(unit_kind: str, base_unit: str, largest: float) -> tuple[str, float]:
    if unit_kind == "money":
        if largest >= 1e8:
            return "亿元", 1e8
        return ("万元", 1e4) if largest >= 1e4 else ("元", 1.0)
    if largest >= 1e4 and unit_kind in ("people", "person_times"):
        return f"万{base_unit}", 1e4
    return base_unit, 1.0


def _growth_text(before: IndicatorRow, after: IndicatorRow) -> str:
    if not before.value.base_value or before.year is None or before.year == after.year:
        return ""
    change = (after.value.base_value - before.value.base_value) / before.value.base_value
    if before.period_class == YEARLY:
        return f"较{before.year}年 {change:+.1%}"
    return f"较截至{before.year}年 {change:+.1%}"


def _with_growth(rows: list[IndicatorRow]) -> list[IndicatorRow]:
    """Each row's change from the like value before it (same scope, class, unit and, for a
    total, start), the reviewed or latest one of each year counted."""
    runs: dict[tuple, dict[int, IndicatorRow]] = {}
    for row in rows:
        if row.year is None or row.period_class == UNSTATED:
            continue
        if row.period_class == TOTAL and not row.value.period_from:
            continue  # 累计 from no stated start: two such totals may count from any years
        start = row.value.period_from if row.period_class == TOTAL else ""
        key = (row.value.scope, row.period_class, row.value.base_unit, start)
        chosen = runs.setdefault(key, {})
        held = chosen.get(row.year)
        if held is None or _preferred(row.value, held.value):
            chosen[row.year] = row
    growth: dict[tuple[str, int], str] = {}
    for chosen in runs.values():
        years = sorted(chosen)
        for before, after in itertools.pairwise(years):
            text = _growth_text(chosen[before], chosen[after])
            if text:
                growth[(chosen[after].value.report, chosen[after].value.fact_id)] = text
    if not growth:
        return rows
    return [replace(row, growth=growth[at]) if (at := (row.value.report, row.value.fact_id))
            in growth else row for row in rows]


def _preferred(value: IndicatorValue, than: IndicatorValue) -> bool:
    """Of two values of one series and year, the one the chart shows: reviewed first, then
    the later report."""
    return (value.reviewed, value.published) > (than.reviewed, than.published)


def _series(rows: list[IndicatorRow]) -> tuple[Series, ...]:
    grouped: dict[tuple, list[IndicatorRow]] = {}
    for row in rows:
        if row.year is None or row.period_class == UNSTATED:
            continue
        start = row.value.period_from if row.period_class == TOTAL else ""
        grouped.setdefault((row.value.scope, row.period_class, row.value.base_unit, start),
                           []).append(row)
    found = []
    for (scope, cls, _unit, start), members in grouped.items():
        unit, divisor = _scale(members[0].value.unit_kind, members[0].value.base_unit,
                               max(abs(r.value.base_value) for r in members))
        by_year: dict[int, list[IndicatorRow]] = {}
        for row in members:
            by_year.setdefault(row.year, []).append(row)  # type: ignore[arg-type]
        points = []
        for year in sorted(by_year):
            same = by_year[year]
            shown = same[0]
            for row in same[1:]:
                if _preferred(row.value, shown.value):
                    shown = row
            v = shown.value
            points.append(ChartPoint(year, v.base_value / divisor, v.figure,
                                     f"《{v.title}》{v.published}", v.report, v.fact_id,
                                     len(same) - 1))
        found.append(Series(scope, cls, unit, tuple(points), start))
    return tuple(sorted(found, key=lambda s: (s.period_class != YEARLY, s.scope)))


def indicator_table(indicator: Indicator, values: Iterable[IndicatorValue], level: str = "",
                    period: str = "", reviewed_only: bool = False,
                    sort: tuple[int, bool] = (DATE_COLUMN, False)) -> IndicatorTable:
    """The rows and chart of one indicator: `level` a key of SCOPE_LEVELS or ''; `period`
    a key of PERIOD_FILTERS; `sort` a column and whether descending."""
    values = list(values)
    found = Conflicts(values, Vocabulary((indicator,)), lambda _v: indicator.key)
    flagged = found.flagged
    rows = [IndicatorRow(v, scope_level(v.scope), period_class(v, indicator),
                         period_text(v, indicator), chart_year(v),
                         conflicting=(v.report, v.fact_id) in flagged, found=found)
            for v in values]
    total = len(rows)
    if level:
        rows = [r for r in rows if r.level == level]
    if period == "unstated":
        rows = [r for r in rows if r.period_class == UNSTATED]
    elif period:
        rows = [r for r in rows if r.period_class == period]
    if reviewed_only:
        rows = [r for r in rows if r.value.reviewed]
    rows = _with_growth(rows)
    column, descending = sort
    rows.sort(key=lambda r: (r.sort_key(column), r.value.published, r.value.fact_id),
              reverse=descending)
    return IndicatorTable(indicator, tuple(rows), _series(rows), total)


def indicator_choices(vocabulary: Vocabulary, counts: dict[str, int]
                      ) -> list[tuple[str, str]]:
    """The indicators to pick from, as (key, text): those with values first, each with its
    count."""
    listed = sorted(vocabulary.indicators, key=lambda i: counts.get(i.key, 0) == 0)
    return [(i.key, f"{i.name}（{counts[i.key]}）" if counts.get(i.key) else i.name)
            for i in listed]


class IndicatorSource:
    """The indicators' values of the bundled report and of every report of a library."""

    def __init__(self, library, bundled: Path | None = None) -> None:
        from gannan_gui.common.paths import bundled_database

        self.library = library
        self.bundled = bundled or bundled_database()
        self.vocabulary: Vocabulary = library.vocabulary()

    def counts(self) -> dict[str, int]:
        from gannan_gui.store.library import bundled_indicator_counts

        counts = bundled_indicator_counts(self.bundled)
        for key, count in self.library.indicator_counts().items():
            counts[key] = counts.get(key, 0) + count
        return counts

    def values(self, keys: Iterable[str], scopes: Iterable[str] | None = None
               ) -> list[IndicatorValue]:
        """The values of these indicators (of these scopes only, when given)."""
        from gannan_gui.store.library import bundled_indicator_values

        keys = tuple(keys)
        scopes = None if scopes is None else tuple(scopes)
        return (bundled_indicator_values(self.bundled, keys, scopes=scopes)
                + self.library.indicator_values(keys, scopes))

    def table(self, indicator: Indicator, level: str = "", period: str = "",
              reviewed_only: bool = False, sort: tuple[int, bool] = (DATE_COLUMN, False)
              ) -> IndicatorTable:
        return indicator_table(indicator, self.values([indicator.key]), level, period,
                               reviewed_only, sort)


def report_conflicts(library, bundled: Path, report: str, values: list[IndicatorValue]
                     ) -> set[int]:
    """The ids of a report's figures (`values`, of the report named `report`) that another
    report contradicts: the library's reports by one indexed lookup a figure, the bundled
    report's few figures here."""
    from gannan_gui.store.library import bundled_indicator_values
    from gannan_gui.views.tree import BUNDLED

    document_id = 0 if report == BUNDLED else values[0].document_id if values else 0
    found = library.contradicted(values, document_id, APPROXIMATE_TOLERANCE)
    if report != BUNDLED:
        others = bundled_indicator_values(bundled, {v.indicator for v in values},
                                          scopes={v.scope for v in values})
        vocabulary = library.vocabulary()
        flagged = Conflicts([*values, *others], vocabulary, lambda v: v.indicator).flagged
        found |= {fact_id for where, fact_id in flagged if where == report}
    return found


#: Of one kind of series, the most a chart draws (those with the most values); the table
#: lists every value.
CHART_SERIES = 6
#: The sources an indicator's end slide names, and the values its printout lists.
SOURCES_NAMED = 10
PRINTED_VALUES = 400


def chart_series(series: Iterable[Series]) -> tuple[list[Series], int]:
    """The series a chart of one kind and unit draws, in their order, and how many it
    leaves to the table."""
    members = list(series)
    if len(members) <= CHART_SERIES:
        return members, 0
    kept = sorted(members, key=lambda s: -len(s.points))[:CHART_SERIES]
    return [s for s in members if s in kept], len(members) - CHART_SERIES


def indicator_charts(table: IndicatorTable) -> tuple[ChartGroup, ...]:
    """The chart for slides, PowerPoint and the printout: a group of the yearly values and
    one of the totals (never one of both), a bar a series' year, in date order."""
    from gannan_gui.views.charts import MAX_BARS, Bar

    groups = []
    for bars_kind, word in ((True, "逐年"), (False, "累计")):
        members = [s for s in table.series if s.bars == bars_kind]
        if not members:
            continue
        unit = members[0].unit
        members, left = chart_series(s for s in members if s.unit == unit)
        points = sorted(((p, s) for s in members for p in s.points),
                        key=lambda ps: (ps[0].year, ps[1].scope))[-MAX_BARS:]
        bars = tuple(Bar(p.fact_id, f"{p.year}年 · {s.scope or '范围未注明'}"
                         + ("" if bars_kind else f"（{s.name.split(' · ')[-1]}）"),
                         p.value, p.text) for p, s in points)
        more = f"；另有 {left} 个系列见表" if left else ""
        kind = table.rows[0].value.unit_kind if table.rows else "count"
        english = "per year" if bars_kind else "running total"
        groups.append(ChartGroup(kind, f"{table.indicator.name} · {word}（{unit}{more}）",
                                 f"{table.indicator.name_en} · {english} ({unit})", unit, bars))
    return tuple(groups)


def _latest_by_scope(table: IndicatorTable) -> list[IndicatorRow]:
    """The latest value of each scope (reviewed first), the scopes with most values first."""
    latest: dict[str, IndicatorRow] = {}
    counts: dict[str, int] = {}
    for row in table.rows:
        scope = row.value.scope
        counts[scope] = counts.get(scope, 0) + 1
        held = latest.get(scope)
        if held is None or (row.value.reviewed, row.year or 0, row.value.published) > \
                (held.value.reviewed, held.year or 0, held.value.published):
            latest[scope] = row
    return sorted(latest.values(), key=lambda r: -counts[r.value.scope])


def _sources(table: IndicatorTable) -> list[str]:
    seen: dict[str, str] = {}
    for row in sorted(table.rows, key=lambda r: r.value.published):
        seen.setdefault(row.value.report, f"《{row.value.title}》{row.value.published}")
    return list(seen.values())


def indicator_slides(table: IndicatorTable) -> list[Slide]:
    """The indicator for the presentation and PowerPoint: its latest value in each scope
    and the chart, then the reports it comes from."""
    from gannan_gui.views.slides import MAX_FIGURES_PER_SLIDE, BigFigure

    figures = tuple(BigFigure(r.value.fact_id, r.value.figure, r.value.scope or "范围未注明",
                              r.period, pending=not r.value.reviewed,
                              period=f"{r.period} · {r.value.published}")
                    for r in _latest_by_scope(table)[:MAX_FIGURES_PER_SLIDE])
    sources = _sources(table)
    more = [f"等 {len(sources)} 篇报道"] if len(sources) > SOURCES_NAMED else []
    years = sorted(r.year for r in table.rows if r.year)
    scopes = list(dict.fromkeys(r.value.scope for r in _latest_by_scope(table) if r.value.scope))
    span = (f"{years[0]}—{years[-1]}年" if years[0] != years[-1] else f"{years[0]}年") \
        if years else ""
    subtitle = " · ".join(x for x in (f"{len(table.rows)} 个数值", "、".join(scopes[:3])
                                      + ("等" if len(scopes) > 3 else ""), span) if x)
    return [Slide("category", table.indicator.name, subtitle, figures=figures,
                  charts=indicator_charts(table), quote="；".join(sources[:SOURCES_NAMED])),
            Slide("end", "资料来源", table.indicator.name,
                  lines=tuple(sources[:SOURCES_NAMED] + more))]


def indicator_summary(table: IndicatorTable, today: str) -> Summary:
    """The indicator as a page of the printout: every value (the first PRINTED_VALUES) with
    its scope, period, report and date, and the chart."""
    from gannan_gui.views.summary import Summary, SummaryRow

    rows = tuple(SummaryRow(r.value.fact_id, f"{r.value.scope or '范围未注明'} · {r.period}",
                            r.value.figure, " · ".join(x for x in (
                                r.growth, "" if r.value.reviewed else "待审核",
                                "与其他报道不一致" if r.conflicting else "") if x),
                            f"《{r.value.title}》{r.value.published}", r.value.label)
                 for r in table.rows[:PRINTED_VALUES])
    listed = "" if len(table.rows) <= PRINTED_VALUES else \
        f"（列出前 {PRINTED_VALUES} 个）"
    return Summary(f"指标：{table.indicator.name}", f"{table.caption}{listed}",
                   f"指标 · {table.indicator.name}", rows, indicator_charts(table),
                   f"gannan-gui 指标汇总：{table.indicator.name}（{table.indicator.name_en}）",
                   f"汇总日期 {today}", show_quotes=False,
                   headers=("范围 · 时期", "数值", "较上期 · 核对", "报道"))


def value_of_fact(fact, document, report: str) -> IndicatorValue:
    """A figure of an opened report as the indicator view lists it."""
    from gannan_gui.store.indicators import APPROXIMATE_WORDS

    approximate = bool(fact.bound) or any(q.startswith(APPROXIMATE_WORDS)
                                          for q in fact.qualifiers)
    return IndicatorValue(report, document.id, fact.id, document.title, document.published,
                          fact.label, fact.figure_as_written, fact.base_value, fact.base_unit,
                          fact.unit_kind, approximate, fact.scope, fact.period_kind,
                          fact.period_from, fact.period_to, fact.review, fact.indicator)
