"""Numbers and units as Chinese news text writes them.

Turns "14.93亿元", "2.9万名", "三百二十个" into exact values with a base unit, so a reader
sees both the figure as written and what it means (1,493,000,000 元). No Qt, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from gannan_gui.common.errors import UserError

CHINESE_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
                  "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_MAGNITUDES = {"十": 10, "百": 100, "千": 1000}
LARGE_MAGNITUDES = {"万": 10_000, "亿": 100_000_000}
CHINESE_NUMERAL_CHARS = "".join([*CHINESE_DIGITS, *SMALL_MAGNITUDES, *LARGE_MAGNITUDES])

#: An Arabic number, with or without thousands separators: 14.93, 1,250, 9,860.5.
ARABIC_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
#: Any run of Arabic digits or Chinese numeral characters: what the build must account for.
NUMERAL_RUN = re.compile(rf"{ARABIC_NUMBER}|[{CHINESE_NUMERAL_CHARS}]+")


class NumeralError(UserError, ValueError):
    """Text that looks like a numeral but is not a well-formed one."""


#: Two neighbouring digits written together mean "this or the next": 三四个 is three or four.
_RANGE_PAIRS = {("一", "两"), ("两", "三"),
                *zip("一二三四五六七八", "二三四五六七八九", strict=True)}


def _range_pair_at(text: str) -> int | None:
    """Where an approximate pair such as 三四 starts in a numeral, if it holds exactly one."""
    found = [i for i in range(len(text) - 1) if (text[i], text[i + 1]) in _RANGE_PAIRS]
    return found[0] if len(found) == 1 else None


def parse_chinese_numeral(text: str) -> int:
    """Value of a Chinese numeral such as 十四, 二十七, 一百三十一, 三万五千, 两亿."""
    if not text or any(ch not in CHINESE_NUMERAL_CHARS for ch in text):
        raise NumeralError(f"not a Chinese numeral: {text!r}")
    if all(ch in CHINESE_DIGITS for ch in text) and len(text) > 2:
        # Digit-by-digit style, e.g. 二〇二五.
        return int("".join(str(CHINESE_DIGITS[ch]) for ch in text))
    total = 0  # everything up to the last 亿
    wan_group = 0  # the part counted in 万 since the last 亿
    section = 0  # the part below 万
    digit: int | None = None
    for ch in text:
        if ch in CHINESE_DIGITS:
            if digit is not None and digit != 0:
                raise NumeralError(f"two digits in a row in {text!r}")
            digit = CHINESE_DIGITS[ch]
        elif ch in SMALL_MAGNITUDES:
            section += (1 if digit is None else digit) * SMALL_MAGNITUDES[ch]
            digit = None
        else:
            below = section + (digit or 0)
            if ch == "万":
                wan_group = (below or 1) * 10_000
            else:
                total = (total + wan_group + below or 1) * 100_000_000
                wan_group = 0
            section, digit = 0, None
    return total + wan_group + section + (digit or 0)


def parse_amount(text: str) -> tuple[Decimal, Decimal | None]:
    """(value, None) for one number; (low, high) for an approximate range such as 三四千.

    Raises NumeralError for text that is neither, never guessing a value.
    """
    if len(text) > 2 and all(ch in CHINESE_DIGITS for ch in text) and not set(text) & set("〇零"):
        raise NumeralError(f"{text!r} is neither a number nor a range")  # 一二三四个
    pair = _range_pair_at(text) if text and text[0] not in "0123456789" else None
    if pair is not None:
        low = text[:pair] + text[pair] + text[pair + 2:]
        high = text[:pair] + text[pair + 1] + text[pair + 2:]
        return Decimal(parse_chinese_numeral(low)), Decimal(parse_chinese_numeral(high))
    return parse_number(text), None


def parse_chinese_decimal(text: str) -> Decimal:
    """Value of a Chinese numeral with a decimal part read digit by digit: 九十五点五 = 95.5."""
    whole, _, fraction = text.partition("点")
    value = Decimal(parse_chinese_numeral(whole))
    if fraction:
        if any(ch not in CHINESE_DIGITS for ch in fraction):
            raise NumeralError(f"not a decimal part: {fraction!r}")
        value += Decimal("0." + "".join(str(CHINESE_DIGITS[ch]) for ch in fraction))
    return value


#: A share written as a fraction, in words (三分之一, 四分之三) and in digits (1/3): the two
#: patterns the extractor looks for in text, and a reviewer's correction is read with.
CHINESE_FRACTION = (rf"(?P<whole>[{CHINESE_NUMERAL_CHARS}]{{1,3}})分之"
                    rf"(?P<part>[{CHINESE_NUMERAL_CHARS}]{{1,3}})")
ARABIC_FRACTION = r"(?P<arabic_part>[1-9])/(?P<arabic_whole>[2-9]|10)"
FRACTION_TEXT = re.compile(rf"{CHINESE_FRACTION}|{ARABIC_FRACTION}")


def parse_share(text: str) -> Decimal:
    """A fraction as the percentage it is: 三分之一 = 33.33, 1/4 = 25; NumeralError when
    `text` is no share of a whole (五分之七, 3/2)."""
    m = FRACTION_TEXT.fullmatch(text)
    if m is None:
        raise NumeralError(f"not a fraction: {text!r}")
    if m.group("whole"):
        part = parse_chinese_numeral(m.group("part"))
        whole = parse_chinese_numeral(m.group("whole"))
    else:
        part, whole = int(m.group("arabic_part")), int(m.group("arabic_whole"))
    if not 0 < part < whole:
        raise NumeralError(f"{text!r} is not a share of a whole")
    return (Decimal(100) * part / whole).quantize(Decimal("0.01"))


def parse_number(text: str) -> Decimal:
    """Value of an Arabic ("14.93", "1,200") or Chinese ("一百三十一", "四点六") numeral."""
    cleaned = text.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", cleaned):
        return Decimal(cleaned)
    if "点" in text:  # 四点六: a Chinese decimal, read whole (never from its last digit)
        return parse_chinese_decimal(text)
    if _range_pair_at(text) is not None:
        raise NumeralError(f"{text!r} is a range, not one number")
    return Decimal(parse_chinese_numeral(text))


@dataclass(frozen=True)
class UnitInfo:
    """What a unit as written means: its kind, base unit and factor to that base."""

    unit: str
    kind: str  # money, people, person_times, count, percent
    base_unit: str
    factor: Decimal


#: Measure words (classifiers) that count things: a figure is a number and one of these.
#: Kept as one class, so that a new one is a word here, not a rule: 期 and 位 included.
CLASSIFIERS = ("个", "家", "所", "项", "座", "条", "户", "批", "件", "处", "村", "场次", "场",
               "车次", "班次", "台次", "台套", "架次", "人次", "项次", "次", "趟", "套", "头", "只",
               "箱", "种", "对", "支", "份", "台", "款", "辆", "架", "艘", "株", "棵", "本", "册",
               "张", "间", "栋", "幢", "期", "枚", "粒", "尾", "羽", "匹", "盏", "块", "袋", "瓶",
               "盒", "罐", "顶", "类", "车", "苗", "笔", "批次", "锭", "例", "道", "大项",
               "小项", "大类", "大", "起", "棒", "单", "列", "副", "双")
#: (12车产品: truckloads; 40万苗 seedlings; 708笔 donations; 160万锭: a spinning mill's
#: spindles; 5000余例: operations, cases; 近50道工序: steps of a process; 17大项84小项:
#: a plan's items and their parts; 6大特色产业基地: kinds or groups; 19起: incidents, cases;
#: 年产风电整机300台套: machines counted as sets; 种植110万棒: mushroom logs; 收到订单5810单:
#: orders; 推出2列专列: trains; 单拐50副: pairs, sets; 童鞋21500双: pairs of shoes)
#: Places counted by their own word (3市13县, 7市州, 10县1区, 11县区, 红河、文山、普洱3州市,
#: 7地市); read only after digits, since 三区三州 and 两市 are names and phrases more often
#: than counts.
PLACE_WORDS = ("市州", "州市", "地州", "地市", "县区", "区县", "县市", "省区", "省市", "省", "市",
               "县", "区", "镇", "乡")  # 5省区, 辖5镇8乡, 东部8省
#: (Bodies counted by their own word too: 市财政局等4部门联合印发, 9部委.)
_COUNT_WORDS = (*CLASSIFIERS, *PLACE_WORDS, "部门", "部委")
#: Classifiers that are read only after Arabic digits: 二期工程 is the second phase, 一种
#: and 一批 are articles ("a kind of", "a number of"); 3期, 12种 and 5批 are counts.
AFTER_DIGITS_ONLY = ("期", "批", "种", "类", "对", "支", "份", "款", "张", "间", "本", "块", "袋",
                     "瓶", "盒", "罐", "顶", "尾", "羽", "匹", "车", "方", "苗", "笔", "锭", "例",
                     "道", "大项", "小项", "棒", "单", "列", "副", "双")  # 一道彩虹桥, 一列
# 火车, 一双暖冬鞋: articles
#: Classifiers read only after Arabic digits, whatever the numeral: 6大特色产业基地 and
#: 19起 are counts, 二十大, 三大攻坚战 and 十大工程 names (一起: "together").
ARABIC_ONLY = ("大", "大类", "起")
#: People, counted by any of their measure words: 名, 位 and 人 are one unit, 人.
_PEOPLE_WORDS = ("名", "位", "人", "个人", "人口")  # 3800个人: people, counted as 个
#: Units of measure: the word, the kind of quantity, the base unit.
_MEASURES = {
    "亩": "area_mu", "平方米": "area", "吨": "weight", "公里": "length", "千瓦": "power",
    "千瓦时": "energy",  # 16.56亿千瓦时 sent east: energy, not the 千瓦 of power
    "个百分点": "points", "倍": "multiple", "立方米": "volume",
    "美元": "money_usd",  # 21亿美元 of trade or foreign investment: never added to 元
}
#: Units converted to the base of their kind, so that they add up and compare: 斤 to 吨.
_CONVERSIONS: dict[str, tuple[str, str, Decimal]] = {
    "斤": ("weight", "吨", Decimal("0.0005")), "公斤": ("weight", "吨", Decimal("0.001")),
    "千克": ("weight", "吨", Decimal("0.001")), "米": ("length", "公里", Decimal("0.001")),
    "厘米": ("length", "公里", Decimal("0.00001")),  # 身高提升17.7厘米
    "兆瓦": ("power", "千瓦", Decimal(1000)), "吉瓦": ("power", "千瓦", Decimal(1_000_000)),
    # (50兆瓦光伏储能电站, 年产太阳能组件将达2吉瓦)
    "延米": ("length", "公里", Decimal("0.001")),  # 桥梁9088延米: metres along a bridge
    "㎡": ("area", "平方米", Decimal(1)), "平方公里": ("area", "平方米", Decimal(1_000_000)),
    "公顷": ("area", "平方米", Decimal(10_000)),
    "方": ("volume", "立方米", Decimal(1)),  # 850方: cubic metres, as trade writes them
    "km": ("length", "公里", Decimal(1)), "kg": ("weight", "吨", Decimal("0.001")),
    "度": ("energy", "千瓦时", Decimal(1)),  # 180亿度 of power: kilowatt-hours (read only
    # after 万 or 亿: 30度 is a temperature or an angle)
}


def unit_info(unit: str) -> UnitInfo:
    """Interpret a unit such as 亿元, 万人次, 万名, 所, %."""
    if unit in ("%", "％"):
        return UnitInfo(unit, "percent", "%", Decimal(1))
    if unit == "成":  # 六成: six tenths
        return UnitInfo(unit, "percent", "%", Decimal(10))
    if unit == "‰":  # 收入的1‰: a thousandth
        return UnitInfo(unit, "percent", "%", Decimal("0.1"))
    factor = Decimal(1)
    rest = unit
    while rest and rest[0] in LARGE_MAGNITUDES:
        factor *= LARGE_MAGNITUDES[rest[0]]
        rest = rest[1:]
    if rest in ("元", "块钱"):  # 2万块钱: yuan, as people say it
        return UnitInfo(unit, "money", "元", factor)
    if rest == "个亿":  # 每年拿出5个亿: five hundred million yuan, as people say it
        return UnitInfo(unit, "money", "元", factor * LARGE_MAGNITUDES["亿"])
    if rest in _MEASURES:
        return UnitInfo(unit, _MEASURES[rest], rest, factor)
    if rest in _CONVERSIONS:
        kind, base, to = _CONVERSIONS[rest]
        return UnitInfo(unit, kind, base, factor * to)
    if rest == "人次":
        return UnitInfo(unit, "person_times", "人次", factor)
    if rest in _PEOPLE_WORDS:
        return UnitInfo(unit, "people", "人", factor)
    if rest in _COUNT_WORDS:
        return UnitInfo(unit, "count", rest, factor)
    raise NumeralError(f"unknown unit: {unit!r}")


#: Units the extractor recognises right after a number, longest first; each may carry 万 or
#: 亿 (4.8万件, 2.5万亩, 3万千瓦).
UNIT_WORDS = tuple(sorted({"个百分点", "平方米", "平方公里", "立方米", "公里", "千瓦时", "千瓦",
                           "公斤", "千克", "方", "元", "名", "位", "人", "亩", "吨", "斤", "米",
                           "厘米", "兆瓦", "吉瓦",
                           "㎡", "公顷", "倍", "美元", "km", "kg", "个人", "人口", "延米", "个亿",
                           "块钱",
                           "部门", "部委", *CLASSIFIERS, *PLACE_WORDS} - {"村"}, key=len,
                          reverse=True))
#: (村 is a unit a reviewer may type, but not read after a number: 一村一品 is a slogan.)
#: A classifier that starts a longer word is not one: 3种植基地, 十四五期间, 2对口, 8支持.
NOT_BEFORE = {"种": "植养", "期": "间", "间": "隔", "台": "账", "对": "口接", "支": "持援出付",
              "本": "地土", "米": "面粉饭", "车": "间辆站厢型道", "方": "面式案法向位针阵言协",
              "苗": "木圃族寨家乡", "笔": "记试者画直墨",
              "大": "于约概幅量多部半力学型中小以类众型", "起": "来草点步飞航身始止诉",
              "大项": "目", "个亿": "元",  # 3个亿元级项目: three projects
              "单": "位元独项品据间纯一个体次", "列": "入为举出席车表",  # 3单位, 列入
              "项": "目",  # 1.1 项目背景: a section's number before 项目, never 1.1项
              "省": "份会长内委级外直政"}  # 3省份, 省委, 省级
UNIT_PATTERN = (r"(?:[万亿]*(?:"
                + "|".join(f"{word}(?![{NOT_BEFORE[word]}])" if word in NOT_BEFORE else word
                           for word in UNIT_WORDS)
                + r")|[万亿]+度|%|％|‰)")


def to_base(value: Decimal, unit: str) -> tuple[int | float, str]:
    """The value in base units: (Decimal 14.93, 亿元) -> (1493000000, 元)."""
    info = unit_info(unit)
    base = value * info.factor
    if base == base.to_integral_value():
        return int(base), info.base_unit
    return float(base), info.base_unit
