"""The browser's decisions, without a display: what a key shows, what a search keeps, what
printing and presenting cover, and back/forward."""

from __future__ import annotations

import pytest

from gannan_gui.store.database import FactBase
from gannan_gui.views.browser import Browser, History, split_key


@pytest.fixture()
def browser(facts: FactBase) -> Browser:
    return Browser(facts)


def test_a_fact_shows_its_figure_citation_and_category_chart(browser: Browser,
                                                             facts: FactBase) -> None:
    aid = next(f for f in facts.facts if f.figure == "14.93亿元")
    shown = browser.show(f"fact:{aid.id}")
    assert "14.93亿元" in shown.html and "1,493,000,000 元" in shown.html
    assert shown.citation.startswith("“累计落实天津财政援助资金14.93亿元”——《山海同心结硕果")
    assert shown.selected_fact == aid.id
    assert shown.chart_caption == "图表 · 资金与项目"
    assert [g.unit_kind for g in shown.chart_groups] == ["money", "count", "percent"]


def test_a_category_of_names_charts_its_part(browser: Browser, facts: FactBase) -> None:
    brands = next(c for c in facts.categories if c.key == "industry")
    shown = browser.show(f"category:{brands.id}")
    assert shown.citation == ""  # nothing to cite for a whole category
    assert shown.chart_caption == "图表 · 资金赋能产业 筑牢协作帮扶根基"


def test_a_paragraph_link_has_a_citation_of_the_paragraph(browser: Browser,
                                                          facts: FactBase) -> None:
    paragraph = facts.paragraphs[2]
    shown = browser.show(f"paragraph:{paragraph.id}", ("天津",))
    assert shown.citation.startswith(f"“{paragraph.text[:10]}")
    assert "<span" in shown.html  # the search term is marked


@pytest.mark.parametrize("key", ["fact:999999", "paragraph:x", "nonsense", "fact:-1",
                                 "<img src=x>:1", ""])
def test_unknown_keys_show_nothing(browser: Browser, key: str) -> None:
    assert browser.show(key) is None
    assert browser.history.current is None


@pytest.mark.parametrize("query", ["甘", "资金", "劳务", "天津 帮扶"])
def test_the_tree_keeps_exactly_the_facts_and_names_the_hit_list_shows(browser: Browser,
                                                                      query: str) -> None:
    result = browser.search(query)
    listed = {f"{h.kind}:{h.item_id}" for h in result.hits if h.kind != "paragraph"}
    assert result.tree_keys == listed and listed
    assert not any(k.startswith("category:") for k in result.tree_keys)  # not by name alone
    assert browser.hit_count_text(result) == f"找到 {len(result.hits)} 条"
    assert browser.search("   ").tree_keys is None  # nothing typed: the whole tree
    assert browser.hit_count_text(browser.search("没有这个词")) == "没有找到"


def test_back_and_forward_do_not_add_to_the_history(browser: Browser, facts: FactBase) -> None:
    for key in ("root:0", f"fact:{facts.facts[0].id}", f"entity:{facts.entities[0].id}"):
        browser.show(key)
    previous = browser.history.back()
    browser.show(previous, record=False)
    assert browser.shown.key == f"fact:{facts.facts[0].id}"
    assert browser.history.can_go_forward


def test_print_and_presentation_scope(browser: Browser, facts: FactBase) -> None:
    talent = next(c for c in facts.categories if c.key == "talent")
    browser.show(f"category:{talent.id}")
    assert browser.print_scope([]).scope.endswith("智力与人才帮扶")
    picked = [facts.facts[0].id, facts.facts[5].id]
    assert browser.print_scope(picked).scope == "所选数据（2 项）"
    slides = browser.slides(whole_report=False)
    assert slides[0].kind == "title" and slides[1].title == "智力与人才帮扶"
    assert browser.current_fact_slide() is None
    browser.show(f"fact:{facts.facts[0].id}")
    assert [s.kind for s in browser.current_fact_slide()] == ["fact"]


def test_history_goes_back_and_forward_like_a_web_browser() -> None:
    history = History()
    for key in ("root:0", "category:2", "fact:3"):
        history.visit(key)
    assert history.back() == "category:2" and history.back() == "root:0"
    assert history.back() is None and not history.can_go_back
    assert history.forward() == "category:2"
    history.visit("entity:4")  # a new visit drops what lay ahead
    assert not history.can_go_forward and history.back() == "category:2"


def test_split_key() -> None:
    assert split_key("fact:12") == ("fact", 12)
    assert split_key("fact:1.5") is None and split_key("table:1") is None


def test_saved_files_are_named_after_what_they_hold() -> None:
    from gannan_gui.views.words import file_name

    day = "2026-11-29"
    pairing = "民族团结聚力 筑牢协同发展保障 › 结对帮扶"
    assert file_name(pairing, "pdf", day) == "结对帮扶-2026-11-29.pdf"
    assert file_name("所选数据（3 项）", "xlsx", day) == "所选数据-2026-11-29.xlsx"
    assert file_name('a/b:c*?"<>|', "csv", day) == "abc-2026-11-29.csv"
    assert file_name("", "docx", day) == "gannan-2026-11-29.docx"


def test_a_category_reads_in_chinese_only(browser: Browser, facts: FactBase) -> None:
    for category in facts.categories:
        shown = browser.show(f"category:{category.id}")
        assert category.name in shown.html
        assert category.name_en not in shown.html  # no English subtitle under the heading


def test_a_long_hit_list_says_how_many_it_leaves_out() -> None:
    from gannan_gui.store.models import SearchHit
    from gannan_gui.views.detail import MAX_LISTED_HITS, hits_html

    hits = [SearchHit("paragraph", n, f"第{n}段", f"第{n}段讲资金。", ((3, 5),))
            for n in range(1, MAX_LISTED_HITS + 51)]
    html = hits_html(hits, "资金")
    assert f"段落 {len(hits)} 条" in html  # the count is of every hit
    assert html.count('href="paragraph:') == MAX_LISTED_HITS
    assert f"只列出前 {MAX_LISTED_HITS} 条，共 {len(hits)} 条" in html
    assert "只列出" not in hits_html(hits[:3], "资金")


def test_case_folding_keeps_match_offsets_in_the_text() -> None:
    from gannan_gui.store.search import match_spans

    assert match_spans("Straße STRASSE 资金", ["strasse"]) == ((0, 6), (7, 14))
    assert match_spans("ABC 资金 abc", ["abc", "资金"]) == ((0, 3), (4, 6), (7, 10))


def test_a_reports_row_says_how_much_is_left_to_review() -> None:
    from gannan_gui.views.words import report_detail

    assert report_detail("2024-12-20", 149, 0) == "2024-12-20 · 149 项数据"
    assert report_detail("2024-12-20", 149, 12) == "2024-12-20 · 149 项（12 项待审核）"
    assert report_detail("", 4, 4) == "日期不详 · 4 项待审核"
