"""The cooperation's standard measures (indicators) and which one a figure states.

Reports word the same measure differently (天津财政援助资金, 财政帮扶资金, 投入帮扶资金), so a
figure's indicator is read from its label against a vocabulary (`data/indicators.json`, plus
the indicators users add to their library): among the indicators counted in the figure's
kind of unit whose `not_words` its label avoids, the one whose longest matching word is
longest; on a tie, the one listed first. A figure that matches none has no indicator. No Qt,
no database.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from gannan_gui.common.errors import UserError

#: The kinds of unit an indicator may be counted in, in the user's words.
UNIT_KINDS = {"money": "金额", "count": "个数", "people": "人数", "person_times": "人次",
              "area": "面积", "weight": "重量"}
#: How reports state an indicator: for one year, as a running total, or either.
STATED = {"year": "逐年", "cumulative": "累计", "both": "逐年或累计"}
#: Written between two parts of a word: any characters may stand between them.
GAP = "…"
#: Characters a word may not hold (they would mean something else in a pattern).
FORBIDDEN_IN_WORDS = re.compile(r"[%_\\\s]")


class VocabularyError(UserError):
    """The vocabulary file, or an indicator a user gives, cannot be used."""


@dataclass(frozen=True)
class Indicator:
    key: str
    name: str
    name_en: str
    units: tuple[str, ...]
    stated: str
    words: tuple[str, ...]
    not_words: tuple[str, ...] = ()
    own: bool = False  # added by a user to their library, not shipped with the app
    _patterns: tuple[tuple[int, re.Pattern], ...] = field(
        default=(), init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        patterns = tuple((len(word.replace(GAP, "")), re.compile(
            ".*?".join(re.escape(part) for part in word.split(GAP)))) for word in self.words)
        object.__setattr__(self, "_patterns", patterns)

    def score(self, label: str, unit_kind: str) -> int:
        """How strongly `label` names this indicator: the length of its longest word the label
        holds; 0 when it holds none, one of the not_words, or the unit is of another kind."""
        if unit_kind not in self.units or any(word in label for word in self.not_words):
            return 0
        return max((length for length, pattern in self._patterns if pattern.search(label)),
                   default=0)

    @property
    def unit_text(self) -> str:
        return "、".join(UNIT_KINDS.get(unit, unit) for unit in self.units)

    def as_row(self) -> dict[str, str]:
        """As a library keeps an indicator a user added."""
        return {"key": self.key, "name": self.name, "name_en": self.name_en,
                "units": " ".join(self.units), "stated": self.stated,
                "words": " ".join(self.words), "not_words": " ".join(self.not_words)}

    @classmethod
    def from_row(cls, row) -> Indicator:
        return cls(str(row["key"]), str(row["name"]), str(row["name_en"] or ""),
                   tuple(str(row["units"]).split()), str(row["stated"]),
                   tuple(str(row["words"]).split()), tuple(str(row["not_words"] or "").split()),
                   own=True)


@dataclass(frozen=True)
class Vocabulary:
    """The indicators known: the app's, then a library's own."""

    indicators: tuple[Indicator, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_key", {i.key: i for i in self.indicators})

    def get(self, key: str) -> Indicator | None:
        return self._by_key.get(key)  # type: ignore[attr-defined]

    def name_of(self, key: str) -> str:
        indicator = self.get(key)
        return indicator.name if indicator else key

    def find(self, name_or_key: str) -> Indicator | None:
        """The indicator a user names: by key, name or English name (any case)."""
        wanted = name_or_key.strip().casefold()
        return next((i for i in self.indicators if wanted in
                     (i.key.casefold(), i.name.casefold(), i.name_en.casefold())), None)

    def propose(self, label: str, unit_kind: str) -> str:
        """The key of the indicator `label` states, or '' when none."""
        best, best_score = "", 0
        for indicator in self.indicators:
            score = indicator.score(label, unit_kind)
            if score > best_score:
                best, best_score = indicator.key, score
        return best

    def with_own(self, own: Iterable[Indicator]) -> Vocabulary:
        """This vocabulary and a library's own indicators after it (a key already known is
        not replaced)."""
        extra = tuple(i for i in own if i.key not in self._by_key)  # type: ignore[attr-defined]
        return Vocabulary(self.indicators + extra) if extra else self


def parse_vocabulary(data: object, source: str) -> Vocabulary:
    """The vocabulary in a loaded JSON document; a clear message for what is wrong."""
    if not isinstance(data, dict) or not isinstance(data.get("indicators"), list):
        raise VocabularyError(f"{source}：没有指标列表（indicators）")
    indicators = []
    for number, item in enumerate(data["indicators"], 1):
        if not isinstance(item, dict):
            raise VocabularyError(f"{source}：第 {number} 个指标不是一个对象")
        try:
            indicators.append(make_indicator(
                item["key"], item["name"], item.get("name_en", ""), item["units"],
                item["stated"], item["words"], item.get("not_words", ())))
        except KeyError as exc:
            raise VocabularyError(f"{source}：第 {number} 个指标缺少 {exc.args[0]}") from None
        except VocabularyError as exc:
            raise VocabularyError(f"{source}：第 {number} 个指标：{exc}") from None
    keys = [i.key for i in indicators]
    if len(set(keys)) != len(keys):
        raise VocabularyError(f"{source}：指标的 key 有重复")
    return Vocabulary(tuple(indicators))


def make_indicator(key: str, name: str, name_en: str, units: Iterable[str], stated: str,
                   words: Iterable[str], not_words: Iterable[str] = (), own: bool = False
                   ) -> Indicator:
    """An indicator, checked: what the vocabulary file and the app's 新建指标 both make."""
    key, name, name_en = str(key).strip(), str(name).strip(), str(name_en).strip()
    units, words = tuple(units), tuple(w.strip() for w in words if w.strip())
    not_words = tuple(w.strip() for w in not_words if w.strip())
    if not re.fullmatch(r"[a-z][a-z0-9_]{0,40}", key):
        raise VocabularyError(f"key “{key}”只能由小写英文字母、数字和下划线组成")
    if not name:
        raise VocabularyError("指标需要一个名称")
    if not units or any(unit not in UNIT_KINDS for unit in units):
        raise VocabularyError(f"单位类别须为 {'、'.join(UNIT_KINDS)} 之一")
    if stated not in STATED:
        raise VocabularyError(f"统计方式须为 {'、'.join(STATED)} 之一")
    if not words:
        raise VocabularyError(f"指标“{name}”至少需要一个说法")
    bad = [w for w in (*words, *not_words) if FORBIDDEN_IN_WORDS.search(w)
           or not w.replace(GAP, "")]
    if bad:
        raise VocabularyError(f"说法“{bad[0]}”不能含空格、%、_ 或 \\")
    return Indicator(key, name, name_en, units, stated, words, not_words, own)


def load_vocabulary(path: Path) -> Vocabulary:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise VocabularyError(f"{path}：无法读取指标表（{exc}）") from None
    return parse_vocabulary(data, str(path))


@functools.lru_cache(maxsize=1)
def bundled_vocabulary() -> Vocabulary:
    """The app's own vocabulary, read once."""
    from gannan_gui.common.paths import bundled_indicators

    return load_vocabulary(bundled_indicators())


def key_for(name: str, taken: Iterable[str]) -> str:
    """A new key for an indicator a user adds: own_1, own_2…"""
    used = set(taken)
    number = 1
    while f"own_{number}" in used:
        number += 1
    return f"own_{number}"
