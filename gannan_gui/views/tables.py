"""What an export holds, as plain rows: the figures of a scope with everything a colleague
needs to reuse them (the base value as a real number, the quote, the source), the named
things, and the comparable chart groups. Spreadsheets, CSV, Word and PowerPoint all take
their content from here, with the same scope rule as printing. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from gannan_gui.store.database import FactBase
from gannan_gui.store.models import Document, Entity, Fact
from gannan_gui.views.charts import ChartGroup
from gannan_gui.views.slides import Slide, build_slides, selection_slides
from gannan_gui.views.summary import Summary, build_summary
from gannan_gui.views.words import period_text

FIGURE_COLUMNS = ("类别", "数据项", "英文名称", "数值（原文）", "单位", "基准数值",
                  "基准数值（上限）", "基准单位", "限定词", "时期", "审核", "原文引文", "来源标题",
                  "网站", "发布日期", "网址", "范围", "时期（统一写法）")
REVIEW_WORDS = {"accepted": "已审核", "proposed": "待审核", "rejected": "已否决"}
ENTITY_COLUMNS = ("类别", "名称", "类型", "说明", "原文", "来源标题", "发布日期")


@dataclass(frozen=True)
class FigureRow:
    category: str  # the path: 资金赋能产业 › 资金与项目
    label: str
    label_en: str
    figure: str  # as written, with its bound: 60%以上
    unit: str
    base_value: float
    base_value_high: float | None
    base_unit: str
    qualifiers: str  # 累计、达
    period: str
    review: str  # 已审核, or 待审核 for an imported figure not reviewed yet
    quote: str
    source: Document | None = None  # its report, in an export of several reports
    scope: str = ""  # the place it is about
    normalised_period: str = ""  # 2021年以来（累计）

    def cells(self, document: Document) -> tuple:
        """The row as FIGURE_COLUMNS lists it."""
        document = self.source or document
        return (self.category, self.label, self.label_en, self.figure, self.unit,
                self.base_value, self.base_value_high, self.base_unit, self.qualifiers,
                self.period, self.review, self.quote, document.title, document.site,
                document.published, document.url, self.scope, self.normalised_period)


@dataclass(frozen=True)
class EntityRow:
    category: str
    name: str
    kind: str
    note: str
    quote: str
    source: Document | None = None

    def cells(self, document: Document) -> tuple:
        document = self.source or document
        return (self.category, self.name, self.kind, self.note, self.quote, document.title,
                document.published)


@dataclass(frozen=True)
class ExportContent:
    document: Document
    scope: str  # 全文, a category path, or 所选数据（N 项）
    figures: tuple[FigureRow, ...]
    entities: tuple[EntityRow, ...]
    charts: tuple[ChartGroup, ...]
    summary: Summary  # what the printout shows, for Word
    slides: tuple[Slide, ...]  # what the presentation shows, for PowerPoint


def _category_path(base: FactBase, category_id: int) -> str:
    return " › ".join(c.name for c in base.category_path(category_id))


def figure_row(base: FactBase, fact: Fact) -> FigureRow:
    return FigureRow(_category_path(base, fact.category_id), fact.label, fact.label_en,
                     fact.figure_as_written, fact.unit, fact.base_value, fact.base_value_high,
                     fact.base_unit, "、".join(fact.qualifiers), fact.period,
                     REVIEW_WORDS.get(fact.review, fact.review), fact.quote,
                     scope=fact.scope, normalised_period=period_text(fact))


def entity_row(base: FactBase, entity: Entity) -> EntityRow:
    return EntityRow(_category_path(base, entity.category_id), entity.name, entity.kind_label,
                     entity.note, entity.quote)


def build_export(base: FactBase, category_id: int | None = None,
                 fact_ids: list[int] | None = None) -> ExportContent:
    """The selected facts, else a category (with its subcategories), else the whole report."""
    summary = build_summary(base, category_id, fact_ids)
    facts = [base.fact_by_id[row.fact_id] for row in summary.rows]
    if fact_ids:
        entities, slides = [], selection_slides(base, facts)
    else:
        entities, slides = base.entities_in(category_id), build_slides(base, category_id)
    return ExportContent(
        document=base.document, scope=summary.scope,
        figures=tuple(figure_row(base, f) for f in facts),
        entities=tuple(entity_row(base, e) for e in entities),
        charts=summary.charts, summary=summary, slides=tuple(slides))


def merged_export(contents: list[ExportContent], document: Document) -> ExportContent:
    """Several reports' figures and names as one table, each row naming its own report, for
    a spreadsheet of a whole library; no charts (they would line up unlike figures)."""
    figures = tuple(replace(row, source=c.document) for c in contents for row in c.figures)
    entities = tuple(replace(row, source=c.document) for c in contents for row in c.entities)
    scope = f"全部 {len(contents)} 篇报道"
    return ExportContent(document, scope, figures, entities, (), contents[0].summary, ())
