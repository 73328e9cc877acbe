from decimal import Decimal

import pytest

from gannan_gui.pipeline.numbers import (
    NumeralError,
    parse_amount,
    parse_chinese_numeral,
    parse_number,
    to_base,
    unit_info,
)
from gannan_gui.views.words import format_grouped


@pytest.mark.parametrize(("text", "value"), [
    ("一", 1), ("十", 10), ("十四", 14), ("二十七", 27), ("一百三十一", 131),
    ("九百七十一", 971), ("一千零五", 1005), ("两万", 20_000), ("三万五千", 35_000),
    ("一亿四千九百三十万", 149_300_000), ("十万", 100_000), ("万亿", 10**12),
    ("二〇二五", 2025), ("百", 100), ("万", 10_000),
])
def test_chinese_numerals(text: str, value: int) -> None:
    assert parse_chinese_numeral(text) == value


@pytest.mark.parametrize("text", ["", "十a", "五三十"])
def test_malformed_chinese_numerals_are_refused(text: str) -> None:
    with pytest.raises(NumeralError):
        parse_chinese_numeral(text)


def test_arabic_numbers_keep_exact_decimals() -> None:
    assert parse_number("14.93") == Decimal("14.93")
    assert parse_number("1,200") == Decimal(1200)


@pytest.mark.parametrize(("value", "unit", "base"), [
    ("14.93", "亿元", (1_493_000_000, "元")),
    ("54", "亿元", (5_400_000_000, "元")),
    ("2.9", "万名", (29_000, "人")),
    ("0.32", "万人", (3_200, "人")),
    ("0.21", "万人次", (2_100, "人次")),
    ("131", "所", (131, "所")),
    ("60", "%", (60, "%")),
    ("二十七", "个", (27, "个")),
])
def test_values_in_base_units(value: str, unit: str, base: tuple) -> None:
    assert to_base(parse_number(value), unit) == base


def test_unit_kinds() -> None:
    assert [unit_info(u).kind for u in ("亿元", "万名", "万人次", "家", "%")] == [
        "money", "people", "person_times", "count", "percent"]
    with pytest.raises(NumeralError):
        unit_info("捆")  # not a classifier (袋 is one)


def test_synonyms_share_a_base_unit_and_measures_convert_to_it() -> None:
    """名, 位 and 人 are one unit; 斤 and 公斤 are tonnes, 米 kilometres: they add up."""
    assert {unit_info(u).base_unit for u in ("名", "位", "人", "万名")} == {"人"}
    assert [to_base(Decimal(v), u) for v, u in (("8000", "斤"), ("4.8", "万公斤"),
                                                 ("500", "米"), ("2", "平方公里"))] == [
        (4, "吨"), (48, "吨"), (0.5, "公里"), (2_000_000, "平方米")]
    assert parse_number("四点六") == Decimal("4.6")


def test_grouping_for_display() -> None:
    assert format_grouped(1_493_000_000) == "1,493,000,000"
    assert format_grouped(2.5) == "2.5"


@pytest.mark.parametrize(("text", "low", "high"), [
    ("三四", 3, 4), ("三四千", 3000, 4000), ("一二十", 10, 20), ("十一二", 11, 12),
    ("两三百", 200, 300), ("五六万", 50_000, 60_000), ("一两", 1, 2),
])
def test_approximate_ranges_are_low_and_high_never_one_number(text: str, low: int,
                                                              high: int) -> None:
    assert parse_amount(text) == (low, high)
    with pytest.raises(NumeralError):
        parse_number(text)  # never 34, never a crash


def test_single_numbers_are_not_ranges() -> None:
    assert parse_amount("九百七十一") == (971, None)
    assert parse_amount("14.93") == (Decimal("14.93"), None)
    assert parse_amount("二〇二五") == (2025, None)


def test_a_run_of_digits_with_a_unit_is_not_guessed() -> None:
    with pytest.raises(NumeralError):
        parse_amount("一二三四")
