"""What a reviewer's corrections mean as figure columns: a value and a unit as typed, and the
two ends of a range. The library writes them (`gannan_gui.store.review`). No Qt, no SQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

from gannan_gui.common.errors import UserError
from gannan_gui.pipeline.extract import MINUS
from gannan_gui.pipeline.numbers import (
    FRACTION_TEXT,
    NumeralError,
    parse_amount,
    parse_share,
    to_base,
    unit_info,
)
from gannan_gui.pipeline.schema import ACCEPTED, PROPOSED, REJECTED

__all__ = ["ACCEPTED", "FIGURE_COLUMNS", "PROPOSED", "REJECTED", "ReviewError",
           "figure_columns", "range_ends"]
FIGURE_COLUMNS = ("value", "unit", "written", "unit_kind", "base_value", "base_value_high",
                  "base_unit")


class ReviewError(UserError):
    """A change that cannot be made; one line says why."""


def figure_columns(value: str, unit: str) -> dict:
    """The figure's columns for a value and a unit as a reviewer types them."""
    value, unit = value.strip(), unit.strip()
    sign = -1 if value[:1] in MINUS else 1  # a change written with its sign: -3.5%
    fraction = unit in ("%", "％") and FRACTION_TEXT.fullmatch(value) is not None
    try:
        if fraction:  # 三分之一 as 33.33 %
            low, high = parse_share(value), None
        else:
            low, high = parse_amount(value[1:] if sign < 0 else value)
        info = unit_info(unit)
    except NumeralError as exc:
        raise ReviewError(f"无法读取“{value}{unit}”：{exc}") from None
    if sign < 0:
        low, high = -low, None if high is None else -high
    base_value, base_unit = to_base(low, unit)
    # written: "" once corrected, so the figure reads from the corrected value and unit (a
    # fraction reads as typed: 三分之二, never 三分之二%)
    return {"value": value, "unit": unit, "written": value if fraction else "",
            "unit_kind": info.kind,
            "base_value": base_value,
            "base_value_high": None if high is None else to_base(high, unit)[0],
            "base_unit": base_unit}


def range_ends(row: Mapping | sqlite3.Row) -> tuple[str, str]:
    """The two ends of a range in the figure's own unit: '3' and '5' from 3—5个, '3000' and
    '4000' from 三四千户."""
    factor = float(unit_info(row["unit"]).factor)
    return (_plain_number(row["base_value"] / factor),
            _plain_number(row["base_value_high"] / factor))


def _plain_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
