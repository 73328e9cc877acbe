"""The words a user reads about figures, units and sources, written once for every screen,
printout and export. No Qt."""

from __future__ import annotations

from gannan_gui.store.models import Document, Fact

UNIT_KIND_NAMES = {
    "money": ("金额", "Money"),
    "people": ("人数", "People"),
    "person_times": ("人次", "Person-times"),
    "count": ("数量", "Counts"),
    "percent": ("比例", "Percentages"),
    "change": ("增减", "Changes"),
    "points": ("百分点", "Percentage points"),
    "area_mu": ("面积", "Area"),
    "area": ("面积", "Area"),
    "weight": ("重量", "Weight"),
    "length": ("长度", "Length"),
    "volume": ("体积", "Volume"),
    "power": ("装机容量", "Power"),
    "energy": ("电量", "Energy"),
    "money_usd": ("美元金额", "US dollars"),
    "multiple": ("倍数", "Multiples"),
}
ITEM_KIND_NAMES = {"fact": "数据", "entity": "名称", "paragraph": "段落"}
WHOLE_REPORT = "全文"
OVERVIEW = "全文概览"


def author_of(document: Document) -> str:
    """Who a report is by, as the files made from it say: its reporter, else its site."""
    return document.reporter or document.site


def format_grouped(value: int | float) -> str:
    """1493000000 -> '1,493,000,000'; 0.5 -> '0.5'."""
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,}"


def base_text(fact: Fact) -> str:
    """'1,493,000,000 元' where the unit has a multiplier (or the figure is a range), else ''."""
    if fact.base_value_high is not None:
        return (f"{format_grouped(fact.base_value)}–{format_grouped(fact.base_value_high)} "
                f"{fact.base_unit}")
    if fact.unit == fact.base_unit:
        return ""
    return f"{format_grouped(fact.base_value)} {fact.base_unit}"


PENDING = "待审核"


def review_label(label: str, pending: bool) -> str:
    """A label in a grid of figures (tiles, slides): an unreviewed one says so."""
    return f"{label}（{PENDING}）" if pending else label


def change_words(fact: Fact) -> str:
    """'同比增长' before a change, so a tile or a bar never reads 8.5% as a share."""
    return fact.relation if fact.unit_kind in ("change", "points") else ""


def fact_note(fact: Fact) -> str:
    """Period, change and the words before the figure, and whether it awaits review, the same
    in every view: '“十四五”以来 · 累计', '2024年 · 同比增长 · 待审核'. The word after the
    figure (以上) and the approximation before it (近) are already in figure_as_written."""
    relation = "变化前" if fact.relation in ("从", "由") else fact.relation
    pending = PENDING if fact.review == "proposed" else ""
    qualifiers = [q for q in fact.qualifiers if q != fact.approximation]  # shown with it
    return " · ".join(x for x in (fact.period, relation, *qualifiers, pending) if x)


def scope_line(fact: Fact) -> str:
    """What a figure covers and when, as the detail pane and exports say it:
    '范围：临潭县 · 时期：2021年以来（累计）'; '' when neither is known."""
    period = period_text(fact)
    parts = [f"范围：{fact.scope}" if fact.scope else "", f"时期：{period}" if period else ""]
    return " · ".join(part for part in parts if part)


def period_text(fact: Fact) -> str:
    """The normalised period alone: 2024年, 2021年以来（累计）, 截至2025-12-16."""
    from gannan_gui.pipeline.scopes import Period

    return Period(fact.period_kind, fact.period_from, fact.period_to).text


def report_detail(published: str, facts: int, proposed: int) -> str:
    """A report's second column in a tree of several, short enough for a narrow column:
    '2024-12-20 · 149 项数据', '2024-12-20 · 149 项（12 项待审核）', '2024-12-20 · 4 项待审核'."""
    if proposed and proposed == facts:
        count = f"{facts} 项待审核"
    elif proposed:
        count = f"{facts} 项（{proposed} 项待审核）"
    else:
        count = f"{facts} 项数据"
    return f"{published or '日期不详'} · {count}"


def year_detail(reports: int, proposed: int) -> str:
    """A year's second column in a large library, short enough for the column at 1366×768:
    '812 篇', '812 篇 · 35 项待审核', '714 篇 · 10.8万项待审核'."""
    if not proposed:
        return f"{reports} 篇"
    count = short_count(proposed)
    return f"{reports} 篇 · {count}{'' if count.endswith('万') else ' '}项待审核"


def short_count(number: int) -> str:
    """A count as a narrow column shows it: 35, 9,860, 10.8万."""
    if number < 10_000:
        return f"{number:,}" if number >= 1000 else str(number)
    return f"{number / 10_000:.1f}".rstrip("0").rstrip(".") + "万"


def year_name(year: str) -> str:
    return f"{year}年" if year else "日期不详"


def count_text(facts: int, entities: int) -> str:
    parts = []
    if facts:
        parts.append(f"{facts} 项数据")
    if entities:
        parts.append(f"{entities} 个名称")
    return " · ".join(parts)


def source_line(document: Document) -> str:
    return f"《{document.title}》 {document.published} {document.site}"


def citation(document: Document, quote: str) -> str:
    """A quote with its source, ready to paste into a document: an imported report with no
    address is cited by the file it came from."""
    d = document
    where = d.url or (f"原文件：{d.source_name}" if d.imported and d.source_name else "")
    parts = [f"《{d.title}》", d.site, d.published, where]
    return f"“{quote}”——" + "，".join(part for part in parts if part)


def decided_by(fact: Fact) -> str:
    """Who decided an imported figure, and when: 'zhangsan 审核于 2026-12-03'; '' for a
    figure nobody decided (the bundled report's curated figures, those still proposed)."""
    if not fact.reviewed_at or fact.review == "proposed":
        return ""
    verb = "审核" if fact.review == "accepted" else "否决"
    who = f"{fact.reviewed_by} " if fact.reviewed_by else ""
    return f"{who}{verb}于 {fact.reviewed_at[:10]}"


def figure_clipboard(fact: Fact, document: Document) -> str:
    """What Ctrl+C on a figure copies: its label and figure as written, its period and the
    words that qualify it, then its citation: '天津财政援助资金：14.93亿元（“十四五”以来 · 累计）'
    and the quote with its source on the next line."""
    note = fact_note(fact)
    head = f"{fact.label}：{fact.figure_as_written}" + (f"（{note}）" if note else "")
    return f"{head}\n{citation(document, fact.quote)}"


def file_name(scope: str, extension: str, today: str) -> str:
    """What a saved file is called: what it holds and the day, '结对帮扶-2026-11-29.pdf'.
    The last part of a category path; characters no file system takes are left out."""
    last = scope.rsplit(" › ", maxsplit=1)[-1].split("（", maxsplit=1)[0]
    safe = "".join(ch for ch in last if ch not in '\\/:*?"<>|' and ch.isprintable()).strip()
    return f"{safe or 'gannan'}-{today}.{extension}"


def credits(document: Document) -> list[str]:
    """Date, site, reporter and editor, those the report gives (an imported one may give
    none of the last three)."""
    d = document
    return [x for x in (d.published, d.site, d.reporter and f"记者 {d.reporter}",
                        d.editor and f"编辑 {d.editor}") if x]


def meta_line(document: Document) -> str:
    return "　".join(credits(document))


def version_text(data_version: str) -> str:
    """'数据版本 …' for the bundled report; '' for an imported one, which has none."""
    return f"数据版本 {data_version}" if data_version else ""
