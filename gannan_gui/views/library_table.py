"""What the library dialog lists: one row per report, with what each column shows and how it
sorts (dates as dates, counts as numbers), and the question asked before removing. No Qt."""

from __future__ import annotations

from dataclasses import dataclass

from gannan_gui.store.library import ReportEntry

COLUMNS = ("日期", "标题", "来源", "数据", "待审核")
NUMBER_COLUMNS = (3, 4)  # right-aligned, sorted as numbers


@dataclass(frozen=True)
class LibraryRow:
    document_id: int
    cells: tuple[str, ...]  # as COLUMNS lists them
    sort_keys: tuple  # one per column: undated reports sort after dated ones


def library_rows(entries: list[ReportEntry]) -> list[LibraryRow]:
    return [LibraryRow(
        e.document_id,
        (e.published or "日期不详", " ".join(e.title.split()), e.site or "—", str(e.facts),
         str(e.proposed) if e.proposed else "—"),
        (e.published or "9999", e.title, e.site, e.facts, e.proposed))
        for e in entries]


def removal_question(titles: list[str]) -> str:
    """One question for one report or many: which ones, and that it cannot be undone."""
    if len(titles) == 1:
        return (f"从资料库中移除《{titles[0]}》？\n\n"
                "它的数据和审核结果将一并删除，无法撤销；原文件不受影响。")
    shown = "\n".join(f"《{t}》" for t in titles[:8])
    more = f"\n……另有 {len(titles) - 8} 篇" if len(titles) > 8 else ""
    return (f"从资料库中移除这 {len(titles)} 篇报道？\n\n{shown}{more}\n\n"
            "它们的数据和审核结果将一并删除，无法撤销；原文件不受影响。")
