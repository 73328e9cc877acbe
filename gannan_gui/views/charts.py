"""What to chart: a category's figures grouped by kind of unit, never mixed on one axis.

The window draws these with pyqtgraph, the printout and the slides with QPainter; all of them
take their bars from here. No Qt.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from gannan_gui.store.models import Fact
from gannan_gui.views.words import UNIT_KIND_NAMES, UNIT_KIND_ORDER

#: More bars than this are not read as a chart (and would take seconds to lay out).
MAX_BARS = 40
MAX_UNITS_NAMED = 4


@dataclass(frozen=True)
class Bar:
    fact_id: int
    label: str
    value: float  # in the group's axis unit
    text: str  # the figure as the article writes it, e.g. "14.93亿元"


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
    return "%", 1.0


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


def chart_groups(facts: list[Fact]) -> list[ChartGroup]:
    """One group per kind of unit, in a fixed order, bars in the facts' order; at most
    MAX_BARS bars a group (the title says how many there are in all)."""
    groups = []
    for kind in UNIT_KIND_ORDER:
        members = [f for f in facts if f.unit_kind == kind]
        if not members:
            continue
        axis_unit, divisor = _axis_scale(kind, members)
        zh, en = UNIT_KIND_NAMES[kind]
        bars = tuple(
            Bar(f.id, f.label, f.base_value / divisor, f.figure_as_written)
            for f in members[:MAX_BARS]
        )
        more = (f"，前 {MAX_BARS} 项，共 {len(members)} 项" if len(members) > MAX_BARS else "")
        more_en = f", first {MAX_BARS} of {len(members)}" if more else ""
        groups.append(ChartGroup(kind, f"{zh}（{axis_unit}{more}）",
                                 f"{en} ({axis_unit}{more_en})", axis_unit, bars))
    return groups
