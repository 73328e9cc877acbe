"""What to chart: only figures that belong together.

The rule, the same in the window, the slides, the printout and the exports: a chart compares
the figures of one category that count the same thing in the same unit once its 万/亿 is
taken out (2.9万名 and 0.32万人 workers placed; 0.21万人次 and 2.17万人次 people trained or
exchanged; 12家 hospitals and 71家 firms paired). Government aid, firms' investment and sales
are never bars on one axis, nor projects beside parks. A figure with nothing comparable beside
it is a tile: the big number alone. No Qt.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from gannan_gui.store.models import Fact
from gannan_gui.views.words import UNIT_KIND_NAMES, change_words

#: More bars than this are not read as a chart (and would take seconds to lay out).
MAX_BARS = 40
MAX_UNITS_NAMED = 4


@dataclass(frozen=True)
class Bar:
    fact_id: int
    label: str
    value: float  # in the group's axis unit
    text: str  # the figure as the article writes it, e.g. "14.93亿元"
    pending: bool = False  # imported and not yet reviewed: drawn paler


@dataclass(frozen=True)
class ChartGroup:
    unit_kind: str
    title: str  # e.g. "金额（亿元）"
    title_en: str
    axis_unit: str
    bars: tuple[Bar, ...]

    @property
    def maximum(self) -> float:
        return max((b.value for b in self.bars), default=0.0)

    @property
    def is_tile(self) -> bool:
        """One figure: shown as a big number, never as a lone full-width bar."""
        return len(self.bars) == 1


def _axis_scale(kind: str, facts: list[Fact]) -> tuple[str, float]:
    """The unit the axis counts in, and the divisor from base units to it."""
    largest = max(f.base_value for f in facts)
    base_unit = facts[0].base_unit
    if kind == "money":
        if largest >= 1e8:
            return "亿元", 1e8
        return ("万元", 1e4) if largest >= 1e4 else ("元", 1.0)
    if kind in ("people", "person_times"):
        return (f"万{base_unit}", 1e4) if largest >= 1e4 else (base_unit, 1.0)
    if kind == "count":
        units = list(dict.fromkeys(f.base_unit for f in facts))
        shown = "/".join(units[:MAX_UNITS_NAMED]) + ("/…" if len(units) > MAX_UNITS_NAMED else "")
        return shown, 1.0
    if kind in ("percent", "change"):
        return "%", 1.0
    if kind == "points":
        return "个百分点", 1.0
    # measures: 亩, 平方米, 吨, 公里, 千瓦, in 万 when large
    return (f"万{base_unit}", 1e4) if largest >= 1e4 else (base_unit, 1.0)


def axis_ticks(top: float, most: int = 7) -> list[float]:
    """Round values from 0 up to `top` for a value axis that starts at 0 and says so:
    steps of 1, 2 or 5 times a power of ten, at most `most` of them."""
    if top <= 0:
        return [0.0]
    raw = top / (most - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return [round(i * step, 12) for i in range(int(top / step + 1e-9) + 1)]


def tick_text(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2g}"


def chart_groups(facts: list[Fact], category_names: dict[int, str] | None = None
                 ) -> list[ChartGroup]:
    """Groups of comparable figures (see the module docstring), in reading order; at most
    MAX_BARS bars a group (the title says how many there are in all). With facts of several
    categories, titles name the category (from `category_names`)."""
    comparable: dict[tuple[int, str, str], list[Fact]] = {}
    for fact in facts:
        comparable.setdefault((fact.category_id, fact.unit_kind, fact.base_unit), []).append(fact)
    named = category_names if len({f.category_id for f in facts}) > 1 else None
    groups = []
    for (category_id, kind, _unit), members in comparable.items():
        axis_unit, divisor = _axis_scale(kind, members)
        zh, en = UNIT_KIND_NAMES[kind]
        if named and category_id in named:
            zh = f"{named[category_id]} · {zh}"
        bars = tuple(
            Bar(f.id, f.label, f.base_value / divisor, change_words(f) + f.figure_as_written,
                not f.reviewed)
            for f in members[:MAX_BARS]
        )
        more = (f"，前 {MAX_BARS} 项，共 {len(members)} 项" if len(members) > MAX_BARS else "")
        more_en = f", first {MAX_BARS} of {len(members)}" if more else ""
        groups.append(ChartGroup(kind, f"{zh}（{axis_unit}{more}）",
                                 f"{en} ({axis_unit}{more_en})", axis_unit, bars))
    return groups


def split_tiles(groups: list[ChartGroup] | tuple[ChartGroup, ...]
                ) -> tuple[list[Bar], list[ChartGroup]]:
    """The lone figures (shown as tiles) and the groups worth a chart."""
    return ([g.bars[0] for g in groups if g.is_tile], [g for g in groups if not g.is_tile])
