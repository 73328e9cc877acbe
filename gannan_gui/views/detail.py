"""The detail pane's content as HTML (the subset Qt's rich text understands).

Everything taken from the database is escaped here, once, before it becomes markup. Links use
the tree's keys ("fact:1001", "entity:1005", "category:102") so a click selects that node.
No Qt.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from gannan_gui.store.database import FactBase
from gannan_gui.store.models import INNER_BOUNDS, Category, Entity, Fact, Paragraph, SearchHit
from gannan_gui.store.search import match_spans
from gannan_gui.views.palette import ACCENT, MARK, MUTED
from gannan_gui.views.words import (
    ITEM_KIND_NAMES,
    base_text,
    credits,
    decided_by,
    fact_note,
    scope_line,
)

#: A pane lists at most this many figures or names: a longer table takes seconds to lay out.
MAX_LISTED = 100


def highlight(text: str, spans: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> str:
    """Escaped text with each span wrapped in a highlight."""
    out, pos = [], 0
    for start, end in sorted(spans):
        if start < pos:
            continue
        out.append(escape(text[pos:start]))
        out.append(f'<span style="background-color:{MARK};">{escape(text[start:end])}</span>')
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def _link(key: str, text: str) -> str:
    return f'<a href="{escape(key)}">{escape(text)}</a>'


def _breadcrumbs(base: FactBase, category_id: int) -> str:
    path = [_link(f"category:{c.id}", c.name) for c in base.category_path(category_id)]
    return f'<p style="color:{MUTED};">{" › ".join(path)}</p>'


def _more(count: int, what: str) -> str:
    return (f'<p style="color:{MUTED};">…… 还有 {count} {what}，打印或导出可得全部。</p>'
            if count > 0 else "")


def _figure_table(facts: list[Fact]) -> str:
    shown = facts[:MAX_LISTED]
    rows = "".join(
        f'<tr><td>{_link(f"fact:{f.id}", f.label)}</td>'
        f'<td align="right" style="color:{ACCENT}; font-weight:bold;">'
        f"{escape(f.figure_as_written)}</td>"
        f'<td style="color:{MUTED};">{escape(fact_note(f))}</td></tr>'
        for f in shown
    )
    return (f'<table cellspacing="0" cellpadding="4" width="100%">{rows}</table>'
            + _more(len(facts) - len(shown), "项数据"))


def _entity_list(entities: list[Entity]) -> str:
    by_kind: dict[str, list[Entity]] = {}
    for entity in entities[:MAX_LISTED]:
        by_kind.setdefault(entity.kind_label, []).append(entity)
    items = "".join(
        f"<p><b>{escape(kind)}</b>：" + "、".join(_link(f"entity:{e.id}", e.name) for e in group)
        + "</p>"
        for kind, group in by_kind.items()
    )
    return items + _more(len(entities) - MAX_LISTED, "个名称")


SOURCE_HEADING = "<h4>原文</h4>"  # other reports' figures are listed just above it


def fact_html(base: FactBase, fact: Fact, others: str = "") -> str:
    """A figure's page; `others`, what other reports say of it, goes above its source."""
    paragraph = base.paragraph_of(fact)
    context = ""
    if paragraph is not None:
        start = fact.char_start - paragraph.char_start
        context = (f'<h4>所在段落</h4><p style="line-height:150%;">'
                   f"{highlight(paragraph.text, [(start, start + len(fact.quote))])}</p>")
    qualifiers = fact_note(fact)
    base_line = (f'<p style="color:{MUTED};">{escape(fact.figure)} = {escape(base_text(fact))}</p>'
                 if base_text(fact) else "")
    entities = base.entities_of_fact(fact.id)
    related = ("<h4>相关名称</h4><p>" + "、".join(_link(f"entity:{e.id}", e.name)
                                              for e in entities) + "</p>") if entities else ""
    return (
        _breadcrumbs(base, fact.category_id)
        + f'<p style="font-size:30pt; font-weight:bold; color:{ACCENT}; margin:0;">'
          + _big_figure(fact)
        + "</p>"
        + f'<p style="font-size:15pt; font-weight:bold; margin-top:2px;">{escape(fact.label)}</p>'
        + (f"<p>{escape(qualifiers)}</p>" if qualifiers else "")
        + (f'<p style="color:{MUTED};">{escape(scope_line(fact))}</p>' if scope_line(fact)
           else "")
        + (f'<p style="color:{MUTED};">指标：'
           f'{_link(INDICATOR_LINK + fact.indicator, base.indicator_name(fact.indicator))}'
           "（各篇报道中的数值）</p>" if fact.indicator else "")
        + base_line
        + (f'<p style="color:{MUTED};">{escape(decided_by(fact))}</p>' if decided_by(fact)
           else "")
        + others
        + SOURCE_HEADING
        + f'<p style="font-size:13pt;">“{escape(fact.quote)}”</p>'
        + context
        + related
    )


def entity_html(base: FactBase, entity: Entity) -> str:
    sentences = "".join(
        f'<p style="line-height:150%;">{highlight(s, match_spans(s, [entity.name]))}</p>'
        for s in base.sentences_naming(entity)
    )
    facts = base.facts_of_entity(entity.id)
    note = f"<p>{escape(entity.note)}</p>" if entity.note else ""
    return (
        _breadcrumbs(base, entity.category_id)
        + f'<p style="font-size:24pt; font-weight:bold; margin:0;">{escape(entity.name)}</p>'
        + f'<p style="color:{MUTED};">{escape(entity.kind_label)} · '
          f"{escape(entity.kind_label_en)}</p>"
        + note
        + "<h4>原文</h4>" + sentences
        + (("<h4>相关数据</h4>" + _figure_table(facts)) if facts else "")
    )


def category_html(base: FactBase, category: Category) -> str:
    facts = base.facts_in(category.id)
    entities = base.entities_in(category.id)
    parts = [
        _breadcrumbs(base, category.parent_id) if category.parent_id else "",
        # The Chinese name only: the curated English name is for --category on the command line.
        f'<p style="font-size:20pt; font-weight:bold; margin:0 0 8px 0;">'
        f'{escape(category.name)}</p>',
    ]
    if facts:
        parts += [f"<h4>数据（{len(facts)}）</h4>", _figure_table(facts)]
    if entities:
        parts += [f"<h4>名称（{len(entities)}）</h4>", _entity_list(entities)]
    return "".join(parts)


def page_html(base: FactBase, category: Category, name: str, facts: list[Fact],
              entities: list[Entity]) -> str:
    """A page of a big category: its name, and the figures and names it holds."""
    parts = [_breadcrumbs(base, category.id),
             f'<p style="font-size:20pt; font-weight:bold; margin:0 0 8px 0;">'
             f"{escape(name)}</p>"]
    if facts:
        parts += [f"<h4>数据（{len(facts)}）</h4>", _figure_table(facts)]
    if entities:
        parts += [f"<h4>名称（{len(entities)}）</h4>", _entity_list(entities)]
    return "".join(parts)


def selection_html(base: FactBase, facts: list[Fact]) -> str:
    """Several facts picked with Ctrl-click: their figures together, each with its source."""
    quotes = "".join(f'<p style="line-height:150%;"><b style="color:{ACCENT};">'
                     f"{escape(f.figure_as_written)}</b>　{escape(f.label)}："
                     f"“{escape(f.quote)}”</p>" for f in facts[:MAX_LISTED])
    return (f'<p style="font-size:20pt; font-weight:bold; margin:0;">已选 {len(facts)} 项</p>'
            f'<p style="color:{MUTED};">打印、导出和复制引文都只包括所选的数据。</p>'
            + _figure_table(facts) + "<h4>原文</h4>" + quotes)


def overview_html(base: FactBase) -> str:
    doc = base.document
    lead = base.lead()
    key = _figure_table(base.facts[:6])
    return (
        f'<p style="font-size:17pt; font-weight:bold; margin:0;">{escape(doc.title)}</p>'
        f'<p style="color:{MUTED};">{escape(" · ".join(credits(doc)))}</p>'
        f'<p style="line-height:150%;">{escape(lead)}</p>'
        f"<h4>主要数据</h4>{key}"
        f'<p style="color:{MUTED};">共 {len(base.facts)} 项数据、{len(base.entities)} 个名称，'
        f"分为 {len(base.top_categories())} 个部分。选择左侧的类别或数据查看原文。</p>"
    )


def paragraph_html(base: FactBase, paragraph: Paragraph, terms: list[str]) -> str:
    """A paragraph found by search, with the search terms highlighted."""
    facts = base.facts_of_paragraph(paragraph.id)
    return (
        f'<p style="color:{MUTED};">第 {escape(str(paragraph.position))} 段</p>'
        f'<p style="line-height:150%; font-size:12pt;">'
        f"{highlight(paragraph.text, match_spans(paragraph.text, terms))}</p>"
        + (("<h4>本段数据</h4>" + _figure_table(facts)) if facts else "")
    )


def _big_figure(fact: Fact) -> str:
    """The figure as written, a bound written after it (以上, 左右) smaller: 60%以上. A bound
    inside it (460余个) or before it (上千人) stays in its place, full size."""
    written = fact.figure_as_written
    if fact.bound and written.endswith(fact.bound) and fact.bound not in INNER_BOUNDS:
        return (f"{escape(written[:-len(fact.bound)])}"
                f'<span style="font-size:16pt;">{escape(fact.bound)}</span>')
    return escape(written)


CONTEXT_CHARS = 48


def _excerpt(hit: SearchHit) -> str:
    """The hit's text around its first match, with every match in the excerpt highlighted."""
    text = hit.text
    if not hit.spans:
        return escape(text[:CONTEXT_CHARS * 2])
    first = hit.spans[0][0]
    start = max(0, first - CONTEXT_CHARS)
    end = min(len(text), first + CONTEXT_CHARS)
    spans = [(s - start, e - start) for s, e in hit.spans if s >= start and e <= end]
    return ("…" if start else "") + highlight(text[start:end], spans) + (
        "…" if end < len(text) else "")


def _hit_key(hit: SearchHit) -> str:
    local = f"{hit.kind}:{hit.item_id}"
    return f"{hit.scope}|{local}" if hit.scope else local


#: Hits listed at most: a one-character search of a library finds thousands, which no one
#: reads through, and laying them all out kept the window busy for a tenth of a second.
MAX_LISTED_HITS = 100


def hits_html(hits: list[SearchHit], query: str, elsewhere: int = 0) -> str:
    """The hit list; `elsewhere`: how many other reports a search of every report would
    also look in, said when this one has nothing."""
    if not hits:
        more = (f"<p>勾选“所有报道”，可以在资料库的另外 {elsewhere} 篇报道中查找。</p>"
                if elsewhere else "")
        return f"<p>没有找到“{escape(query.strip())}”。</p>{more}"
    counts = {k: sum(h.kind == k for h in hits) for k in ITEM_KIND_NAMES}
    summary = "，".join(f"{ITEM_KIND_NAMES[k]} {n} 条" for k, n in counts.items() if n)
    more = ""
    if len(hits) > MAX_LISTED_HITS:
        more = (f'<p style="color:{MUTED};">只列出前 {MAX_LISTED_HITS} 条，'
                f"共 {len(hits)} 条；多输入几个字可以缩小范围。</p>")
        hits = hits[:MAX_LISTED_HITS]
    items = "".join(
        f'<p><span style="color:{MUTED};">[{ITEM_KIND_NAMES[h.kind]}]</span> '
        f'{_link(_hit_key(h), h.title)}'
        + (f' <span style="color:{MUTED};">《{escape(h.report)}》</span>' if h.report else "")
        + f"<br>{_excerpt(h)}</p>"
        for h in hits
    )
    return f'<p style="color:{MUTED};">找到 {summary}</p>{items}{more}'


#: How many reports the detail pane lines up for one figure; the rest are a link away.
COMPARISON_ROWS = 12
COMPARE_LINK = "compare:"  # followed by the figure's key: the whole comparison in a table
INDICATOR_LINK = "indicator:"  # followed by an indicator's key: the indicator view on it


def conflict_html(against: list, key_of) -> str:
    """Other reports' different values for the figure's indicator, scope and period, each
    linked to its figure (`key_of(value)`)."""
    if not against:
        return ""
    rows = "".join(
        f"<li>{_link(key_of(v), v.figure)}：《{escape(v.title)}》"
        f"{escape(v.published or '日期不详')}</li>" for v in against)
    return (f'<h4 style="color:{ACCENT};">与其他报道不一致</h4>'
            f"<p>同一指标、范围和时期，其他报道给出的数值不同：</p><ul>{rows}</ul>")


def comparison_window(comparisons: list, current: tuple[Path, int]) -> list:
    """The COMPARISON_ROWS reports nearest in date to the current one (the current one
    included), oldest first: a figure stated by ten thousand reports stays one short
    table."""
    if len(comparisons) <= COMPARISON_ROWS:
        return list(comparisons)
    here = next((i for i, c in enumerate(comparisons) if (c.path, c.document_id) == current),
                len(comparisons) - 1)
    start = min(max(here - COMPARISON_ROWS // 2, 0), len(comparisons) - COMPARISON_ROWS)
    return list(comparisons[start:start + COMPARISON_ROWS])


def comparison_html(comparisons: list, current: tuple[Path, int], key: str = "",
                    left_out: int = 0) -> str:
    """The same figure in every report that states it, oldest first, with a bar for each
    (in the same base unit only): 财政援助资金 2012 → 2023 → 2024 at a glance. Past
    COMPARISON_ROWS reports, those nearest in date, and a link to all of them (`key`);
    `left_out`: how many cover another place or another kind of period, said below."""
    apart = (f'<p style="color:{MUTED};">另有 {left_out:,} 项的范围或时期不同（如某县当年与全州'
             "累计），未列入比较。</p>") if left_out else ""
    if len(comparisons) < 2:
        return f"<h4>各篇报道中的这项数据</h4>{apart}" if left_out else ""
    unit = comparisons[-1].base_unit
    comparable = [c for c in comparisons if c.base_unit == unit]
    shown = comparison_window(comparable, current)
    top = max((c.base_value for c in shown), default=0) or 1
    rows = []
    for c in shown:
        here = (c.path, c.document_id) == current
        width = max(1, round(160 * c.base_value / top))
        colour = ACCENT if here else MUTED
        weight = ' style="font-weight:bold;"' if here else ""
        rows.append(
            f"<tr><td>{escape(c.published or '日期不详')}</td>"
            f'<td><table cellspacing="0" cellpadding="0"><tr>'
            f'<td width="{width}" height="12" bgcolor="{colour}"></td></tr></table></td>'
            f'<td align="right"{weight}>'
            f"{escape(c.figure)}</td>"
            f'<td style="color:{MUTED};">{escape(c.title)}</td></tr>')
    more = ""
    if len(shown) < len(comparable):
        link = _link(f"{COMPARE_LINK}{key}", f"查看全部 {len(comparable):,} 篇…") if key else ""
        more = (f'<p style="color:{MUTED};">这里显示日期与本篇最近的 {len(shown)} 篇。'
                f"{link}</p>")
    return (f"<h4>各篇报道中的这项数据（{len(comparable):,} 篇）</h4>"
            f'<table cellspacing="0" cellpadding="3">{"".join(rows)}</table>{more}{apart}')


#: How many of a year's reports its page lists; the tree holds them all.
YEAR_ROWS = 300


def year_html(name: str, reports: list[tuple[str, str, str]]) -> str:
    """A year of a large library in the detail pane: its reports (key, title, detail)."""
    items = "".join(f"<tr><td>{_link(key, title)}</td>"
                    f'<td style="color:{MUTED};">{escape(detail)}</td></tr>'
                    for key, title, detail in reports[:YEAR_ROWS])
    more = (f'<p style="color:{MUTED};">……另有 {len(reports) - YEAR_ROWS:,} 篇，在左边的'
            "目录中展开这一年即可看到。</p>" if len(reports) > YEAR_ROWS else "")
    return (f'<p style="font-size:15pt; font-weight:bold;">{escape(name)}</p>'
            f'<p style="color:{MUTED};">这一年的 {len(reports):,} 篇报道，点击打开：</p>'
            f'<table cellspacing="0" cellpadding="3">{items}</table>{more}')


def opening_html(title: str, figures: int) -> str:
    """What the detail pane says while a large report is read off the GUI thread."""
    return (f'<p style="font-size:15pt; font-weight:bold;">正在打开《{escape(title)}》…</p>'
            f'<p style="color:{MUTED};">这篇报道有 {figures:,} 项数据，读取需要一点时间；'
            "窗口照常可用，读完后自动显示。</p>")


def unreadable_html(reason: str, shared: bool = False) -> str:
    """What the detail pane says for a report of the library that cannot be read (`shared`:
    on a server, which may only be away for now)."""
    advice = ("共享资料库的服务器恢复后，窗口会自动重新读取。" if shared else
              "资料库中的其他报道不受影响；可以从资料库中移除这篇报道后重新导入。")
    return (f'<p style="font-size:15pt; font-weight:bold;">这篇报道无法打开</p>'
            f'<p>{escape(reason)}</p><p style="color:{MUTED};">{advice}</p>')
