"""The review of one imported report, one figure at a time: where the reviewer is, what the
current figure says and where it stands in its paragraph, and the steps to undo. The dialog
only shows this and forwards keys. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from gannan_gui.pipeline.proposals import FIELDS, OTHER
from gannan_gui.pipeline.review import PROPOSED
from gannan_gui.store.review import STATE_NAMES, Change, ConflictError, Reviewer
from gannan_gui.views.palette import ACCENT, MARK

__all__ = ["FIELD_CHOICES", "STATE_NAMES", "ConflictError", "ReviewItem", "ReviewQueue"]
#: The categories a reviewer can choose, by key, in the order the tree shows them.
FIELD_CHOICES = tuple((field.key, field.name) for field in (*FIELDS, OTHER))


@dataclass(frozen=True)
class ReviewItem:
    """The current figure as the review dialog shows it."""

    fact_id: int
    label: str
    value: str
    unit: str
    field_key: str
    state: str  # 待审核, 已接受, 已否决
    is_range: bool
    html: str  # its paragraph, the clause marked and the figure in bold
    scope: str = ""  # the place it is about, as proposed or corrected
    period: str = ""  # its period, normalised: 2024年, 2021年以来（累计）
    indicator: str = ""  # the key of the standard measure it states, or ''
    conflict: str = ""  # other reports' different values for its indicator, scope and period


class ReviewQueue:
    """The figures of one report in reading order, and the reviewer's place among them.
    `indicators`: where the other reports' values come from (a views.indicators
    IndicatorSource), to say when another report gives this figure differently."""

    def __init__(self, reviewer: Reviewer, start_fact: int | None = None,
                 indicators=None) -> None:
        self.reviewer = reviewer
        self.indicators = indicators
        self.undo_stack: list[Change] = []
        self._reload()
        ids = [row["id"] for row in self.rows]
        if start_fact in ids:
            self.index = ids.index(start_fact)
        else:  # the first figure still to review
            self.index = next((i for i, row in enumerate(self.rows)
                               if row["review"] == PROPOSED), 0)

    def _reload(self) -> None:
        self.rows = self.reviewer.facts()
        self.field_of_category = {v: k for k, v in self.reviewer.categories().items()}

    # --- where the reviewer is -------------------------------------------------------------
    @property
    def pending(self) -> int:
        return sum(row["review"] == PROPOSED for row in self.rows)

    def status_text(self) -> str:
        if not self.rows:
            return "这篇报道没有数据"
        left = f"还有 {self.pending} 项待审核" if self.pending else "全部审核完毕"
        return f"第 {self.index + 1} / {len(self.rows)} 项 · {left}"

    def item(self) -> ReviewItem | None:
        if not self.rows:
            return None
        row = self.rows[self.index]
        return ReviewItem(row["id"], row["label"], row["value"], row["unit"],
                          self.field_of_category.get(row["category_id"], OTHER.key),
                          STATE_NAMES.get(row["review"], row["review"]),
                          row["base_value_high"] is not None, self._paragraph_html(row),
                          row["scope"], _period_text(row),
                          row["indicator"], self._conflict(row))

    def _conflict(self, row) -> str:
        """What other reports say for this figure's indicator, scope and period, when it
        differs."""
        if self.indicators is None or not row["indicator"]:
            return ""
        from gannan_gui.store.library import library_scope
        from gannan_gui.views.indicators import conflict_text, conflicts

        report = library_scope(self.reviewer.document_id)
        values = self.indicators.values([row["indicator"]])
        found = conflicts(values, self.indicators.vocabulary, lambda v: row["indicator"])
        return conflict_text(found.get((report, row["id"]), []))

    @property
    def vocabulary(self):
        if self.indicators is not None:
            return self.indicators.vocabulary
        from gannan_gui.pipeline.indicators import bundled_vocabulary

        return bundled_vocabulary()

    def _paragraph_html(self, row) -> str:
        paragraph = self.reviewer.paragraph(row["paragraph_id"])
        if paragraph is None:  # a damaged library: the figure's own quote is all there is
            text, base = row["quote"], row["char_start"]
        else:
            text, base = paragraph["text"], paragraph["char_start"]
        clause = (row["char_start"] - base, row["char_end"] - base)
        figure = (row["figure_start"] - base, row["figure_end"] - base)
        parts, pos = [], 0
        for start, end, style in ((clause[0], figure[0], f"background-color:{MARK};"),
                                  (figure[0], figure[1],
                                   f"background-color:{MARK}; font-weight:bold; "
                                   f"color:{ACCENT};"),
                                  (figure[1], clause[1], f"background-color:{MARK};")):
            parts.append(escape(text[pos:start]))
            parts.append(f'<span style="{style}">{escape(text[start:end])}</span>')
            pos = end
        parts.append(escape(text[pos:]))
        return f'<p style="font-size:14pt; line-height:160%;">{"".join(parts)}</p>'

    def next(self) -> None:
        if self.rows:
            self.index = min(self.index + 1, len(self.rows) - 1)

    def previous(self) -> None:
        self.index = max(self.index - 1, 0)

    def _go_to(self, fact_id: int) -> None:
        ids = [row["id"] for row in self.rows]
        self.index = (ids.index(fact_id) if fact_id in ids
                      else max(0, min(self.index, len(ids) - 1)))

    # --- the reviewer's decisions ------------------------------------------------------------
    # Each decision names the version of the figure the reviewer saw; when someone else
    # changed it since, ConflictError says how it is now, and the reviewer decides again
    # (`overrule=True`: whatever it is now) or looks at it first (`refresh`).
    def _seen_version(self, overrule: bool) -> int | None:
        return None if overrule else self.rows[self.index]["version"]

    def accept(self, label: str, field_key: str, value: str, unit: str,
               overrule: bool = False, scope: str | None = None,
               indicator: str | None = None) -> None:
        """Accept the current figure as corrected, then on to the next one."""
        item = self.item()
        if item is None:
            return
        self._done(self.reviewer.accept(item.fact_id, label, field_key, value, unit,
                                        expected_version=self._seen_version(overrule),
                                        scope=scope, indicator=indicator))
        self.next()

    def reject(self, overrule: bool = False) -> None:
        item = self.item()
        if item is None:
            return
        self._done(self.reviewer.reject(item.fact_id,
                                        expected_version=self._seen_version(overrule)))
        self.next()

    def split(self, overrule: bool = False, label: str | None = None) -> None:
        """Split the current range in two, labelled after `label` (what the reviewer typed)
        or its own label."""
        item = self.item()
        if item is not None:
            self._done(self.reviewer.split_range(
                item.fact_id, expected_version=self._seen_version(overrule), label=label))

    def refresh(self) -> None:
        """Read the figures again (someone else changed them), staying on the same one."""
        current = self.rows[self.index]["id"] if self.rows else None
        self._reload()
        if current is not None:
            self._go_to(current)

    def undo(self) -> bool:
        """Undo the last decision and go back to its figure; False when there is none."""
        if not self.undo_stack:
            return False
        change = self.undo_stack[-1]
        self.reviewer.undo(change)  # a ConflictError keeps the step: nothing was undone
        self.undo_stack.pop()
        self._reload()
        self._go_to(change.fact_id)
        return True

    def _done(self, change: Change) -> None:
        self.undo_stack.append(change)
        current = self.rows[self.index]["id"]
        self._reload()
        self._go_to(current)


def _period_text(row) -> str:
    """Its period, and whether it is a plan (计划, 预计, 拟 before it): 2025年 · 计划."""
    import json

    from gannan_gui.pipeline.extract import PLANS
    from gannan_gui.pipeline.scopes import Period

    period = Period(row["period_kind"], row["period_from"], row["period_to"]).text
    try:
        words = json.loads(row["qualifiers"] or "[]")
    except (TypeError, ValueError):
        words = []
    plan = next((w for w in words if w in PLANS), "")
    return " · ".join(part for part in (period, plan) if part)
