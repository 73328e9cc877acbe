"""What a printed summary says: title block, key figures, charts and quotes, for a scope.

The scope is the whole article, one category, or facts the user picked. Painting it on paper
or into a PDF is :mod:`gannan_gui.qt.painting.summary_painter`'s job; this module decides the
content and needs no Qt, so it is tested without a display.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from gannan_gui.common.errors import UserError
from gannan_gui.store.database import FactBase
from gannan_gui.store.models import Category, Fact
from gannan_gui.views.charts import ChartGroup, chart_groups
from gannan_gui.views.words import WHOLE_REPORT, author_of, fact_note, meta_line, version_text


class ScopeError(UserError):
    """The requested scope does not exist; the message lists what does."""


@dataclass(frozen=True)
class SummaryRow:
    fact_id: int
    label: str
    figure: str
    when: str  # period and qualifier, e.g. "“十四五”以来 · 累计"
    category: str
    quote: str


@dataclass(frozen=True)
class Summary:
    title: str
    meta_line: str  # date, site, reporter
    scope: str  # "全文", a category name, or "所选数据"
    rows: tuple[SummaryRow, ...]
    charts: tuple[ChartGroup, ...]
    footer: str  # the source article, on every page
    footer_detail: str  # site, date and data version
    show_quotes: bool = True
    one_page: bool = False  # key figures and one chart, fitted on one sheet
    #: the table's four headings: what each row's label, figure, when and category are
    headers: tuple[str, str, str, str] = ("数据项", "数值", "时期 · 限定", "类别")
    author: str = ""  # the report's author, else where it was published: the PDF says so


def one_page(summary: Summary) -> Summary:
    """The one-page version: the key figures and the most telling chart (the comparison
    with the most figures), no quotes; the printout fits it on one sheet."""
    charts = [g for g in summary.charts if not g.is_tile]
    telling = max(charts, key=lambda g: len(g.bars), default=None)
    return replace(summary, charts=(telling,) if telling else (), show_quotes=False,
                   one_page=True)


def find_category(base: FactBase, name: str) -> Category:
    """A category by its Chinese or English name or its key, ignoring case and spaces."""
    wanted = "".join(name.split()).casefold()
    for category in base.categories:
        for candidate in (category.name, category.name_en, category.key):
            if "".join(candidate.split()).casefold() == wanted:
                return category
    names = "、".join(c.name for c in base.categories)
    raise ScopeError(f"没有名为“{name}”的分类；现有分类：{names}")


def build_summary(base: FactBase, category_id: int | None = None,
                  fact_ids: list[int] | None = None) -> Summary:
    """The summary of the whole article, of a category, or of the given facts."""
    if fact_ids:
        facts = [base.fact_by_id[i] for i in fact_ids if i in base.fact_by_id]
        scope = f"所选数据（{len(facts)} 项）"
    elif category_id is not None:
        facts = base.facts_in(category_id)
        scope = " › ".join(c.name for c in base.category_path(category_id))
    else:
        facts = list(base.facts)
        scope = WHOLE_REPORT
    doc = base.document
    return Summary(
        title=doc.title,
        meta_line=meta_line(doc),
        scope=scope,
        rows=tuple(_row(base, f) for f in facts),
        charts=tuple(chart_groups(facts, {c.id: c.name for c in base.categories})),
        footer=f"来源：《{doc.title}》",
        author=author_of(doc),
        footer_detail="　".join(x for x in (doc.site, doc.published, doc.url,
                                            version_text(base.data_version)) if x),
    )


def _row(base: FactBase, fact: Fact) -> SummaryRow:
    category = base.category_by_id[fact.category_id].name
    return SummaryRow(fact.id, fact.label, fact.figure_as_written, fact_note(fact), category,
                      fact.quote)
