"""Properties of the extractor for any text (Hypothesis): it ends, every figure's offsets cut
exactly its written text, every value is finite, and a number written with separators,
full-width digits or Chinese numerals reads as its plain form. CI runs a bounded number of
examples; bench/bench_properties.py runs many more."""

from __future__ import annotations

import math
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gannan_gui.pipeline.extract import scan_figures
from gannan_gui.pipeline.numbers import CHINESE_NUMERAL_CHARS, CLASSIFIERS

EXAMPLES = int(os.environ.get("GANNAN_PROPERTY_EXAMPLES", "150"))
settings.register_profile("suite", max_examples=EXAMPLES, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("suite")

#: Pieces report text is made of, and characters that break it: digits of every kind,
#: numerals, units, separators, signs, invisible characters, punctuation, quotes.
PIECES = st.sampled_from([
    "天津", "投入", "资金", "帮扶", "累计", "约", "近", "超过", "同比增长", "从", "提高到", "第",
    "亿元", "万元", "万", "亿", "元", "人", "名", "位", "%", "％", "个百分点", "倍", "余", "多",
    "以上", "左右", "至", "—", "-", "−", "~", ",", ".", "点", "，", "。", "、", "；", "\n",
    "“", "”",
    "一", "二", "三", "十", "百", "千", "两", "几", "数", "十几", "零", "〇",
    "0", "1", "2", "5", "9", "12", "3.5", "1,250", "１２", "٣", "e", "x", "E",
    "\u200b", "\u200d", "\u2060", "\ufeff", "\u00ad", " ", "\t",
    *CLASSIFIERS,
])
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=3)), max_size=40).map("".join)


@given(TEXTS)
def test_any_text_gives_figures_whose_offsets_cut_their_own_text(text: str) -> None:
    figures, unread = scan_figures(text, 0, len(text))
    for figure in figures:
        assert 0 <= figure.start < figure.end <= len(text)
        written = text[figure.start:figure.end]  # what the library stores as the figure
        assert any(ch.isdigit() or ch in CHINESE_NUMERAL_CHARS for ch in written)
        assert not set(written) & set("，。；;\n\u200b\u200d\u2060\ufeff")  # one clause, visible
        assert math.isfinite(figure.base_value)
        if figure.base_value_high is not None:
            assert math.isfinite(figure.base_value_high)
    for item in unread:
        assert text[item.start:item.end] == item.text


PLAIN = st.integers(min_value=1, max_value=9_999_999)


@given(PLAIN, st.sampled_from(["元", "万元", "人", "个", "吨", "亩"]))
def test_separators_and_full_width_digits_read_as_the_plain_number(number: int,
                                                                   unit: str) -> None:
    plain = f"投入{number}{unit}。"
    grouped = f"投入{number:,}{unit}。"
    wide = "投入" + str(number).translate(str.maketrans("0123456789", "０１２３４５６７８９")) \
        + f"{unit}。"
    values = []
    for text in (plain, grouped, wide):
        found, unread = scan_figures(text, 0, len(text))
        assert not unread, text
        values.append([(f.base_value, f.base_unit) for f in found])
    assert values[0] == values[1] == values[2] and len(values[0]) == 1


CHINESE = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九"}


@given(st.integers(min_value=11, max_value=99))
def test_a_count_in_chinese_numerals_reads_as_in_digits(number: int) -> None:
    tens, ones = divmod(number, 10)
    words = ("" if tens == 1 else CHINESE[tens]) + "十" + (CHINESE[ones] if ones else "")
    digits, numerals = f"建成{number}个园区。", f"建成{words}个园区。"
    read = [scan_figures(t, 0, len(t))[0] for t in (digits, numerals)]
    assert [f.base_value for f in read[0]] == [f.base_value for f in read[1]] == [number]


@pytest.mark.timeout(120)
@given(st.integers(min_value=1, max_value=40))
def test_long_texts_end(repeats: int) -> None:
    """However a text repeats, extraction ends (the suite's timeout is the proof)."""
    text = ("帮扶资金3.5亿元、项目120个、" * 50 + "。") * repeats
    figures, _ = scan_figures(text, 0, len(text))
    assert len(figures) == 100 * repeats
