from gannan_gui.store.database import FactBase
from gannan_gui.views.charts import chart_groups
from gannan_gui.views.tree import CATEGORY, ENTITY, FACT, ROOT, build_tree, find_node


def test_tree_follows_the_article(facts: FactBase) -> None:
    root = build_tree(facts)
    assert root.kind == ROOT
    assert [c.name for c in root.children][:3] == [
        "资金赋能产业 筑牢协作帮扶根基",
        "产销劳务联动 拓宽群众增收渠道",
        "民族团结聚力 筑牢协同发展保障",
    ]
    funds = next(n for n in root.walk() if n.kind == CATEGORY and n.name == "资金与项目")
    assert [(n.name, n.detail) for n in funds.children if n.kind == FACT] == [
        ("天津财政援助资金", "14.93亿元"), ("实施帮扶项目", "971个"),
        ("帮扶资金投向富民产业的比例", "60%以上")]
    assert root.children[0].detail == "6 项数据 · 18 个名称"
    every_fact = {n.item_id for n in root.walk() if n.kind == FACT}
    every_entity = {n.item_id for n in root.walk() if n.kind == ENTITY}
    assert every_fact == {f.id for f in facts.facts}
    assert every_entity == {e.id for e in facts.entities}


def test_nodes_are_found_by_key(facts: FactBase) -> None:
    root = build_tree(facts)
    fact = facts.facts[0]
    assert find_node(root, f"fact:{fact.id}").name == fact.label
    assert find_node(root, "fact:999999") is None


def test_charts_compare_only_what_belongs_together(facts: FactBase) -> None:
    names = {c.id: c.name for c in facts.categories}
    groups = chart_groups(facts.facts, names)
    for group in groups:
        members = [facts.fact_by_id[b.fact_id] for b in group.bars]
        assert len({(f.category_id, f.unit_kind, f.base_unit) for f in members}) == 1
    by_figure = {b.text: g for g in groups for b in g.bars}
    # Government aid, firms' investment and sales are never bars on one axis; nor projects
    # beside parks: each stands alone, as a tile.
    for figure in ("14.93亿元", "54亿元", "12.47亿元", "971个", "174家", "131所"):
        assert by_figure[figure].is_tile, figure
    charts = [g for g in groups if not g.is_tile]
    assert [[b.text for b in g.bars] for g in charts] == [
        ["282个", "35个"], ["2.9万名", "0.32万人"], ["0.21万人次", "2.17万人次"],
        ["27个", "4个"], ["12家", "71家"], ["26个", "9个"]]
    workers = charts[1]
    assert workers.title == "劳务协作与就业 · 人数（万人）"
    assert [round(b.value, 2) for b in workers.bars] == [2.9, 0.32]


def test_a_category_charts_only_its_own_figures(facts: FactBase) -> None:
    pairing = next(c for c in facts.categories if c.key == "pairing")
    groups = chart_groups(facts.facts_in(pairing.id))
    assert [[b.text for b in g.bars] for g in groups] == [["131所"], ["12家", "71家"],
                                                          ["26个", "9个"]]
    assert [g.title for g in groups] == ["数量（所）", "数量（家）", "数量（个）"]


def test_value_axes_start_at_zero_with_round_steps() -> None:
    from gannan_gui.views.charts import axis_ticks, tick_text

    assert axis_ticks(100) == [0, 20, 40, 60, 80, 100]
    assert axis_ticks(19.7) == [0, 5, 10, 15]
    assert axis_ticks(0.5) == [0, 0.1, 0.2, 0.3, 0.4, 0.5]
    assert axis_ticks(0) == [0]
    assert [tick_text(v) for v in axis_ticks(1281)] == ["0", "500", "1,000"]


def test_every_kind_of_unit_the_extractor_knows_has_a_chart_title() -> None:
    from gannan_gui.pipeline.extract import scan_figures
    from gannan_gui.views.words import UNIT_KIND_NAMES

    sentence = ("投入资金3亿元，帮助1200人，义诊3000人次，项目12个，占比60%，同比增长5%，"
                "提高2个百分点，种植2万亩，改造800平方米，销售1.8万吨，修路56公里，装机3万千瓦。")
    kinds = {f.unit_kind for f in scan_figures(sentence, 0, len(sentence))[0]}
    assert kinds <= set(UNIT_KIND_NAMES) and len(kinds) == 12


def test_a_big_category_is_held_in_pages(qtmodeltester, tmp_path, monkeypatch) -> None:
    """A category of tens of thousands of figures is laid out a page at a time: selecting a
    figure far down laid out every row above it (0.5 s for 50,000)."""
    from gannan_gui.qt.widgets.tree_model import FactTreeModel
    from gannan_gui.store.library import Library
    from gannan_gui.views import tree
    from gannan_gui.views.browser import Browser

    monkeypatch.setattr(tree, "PAGE_ROWS", 5)
    report = tmp_path / "big.txt"
    report.write_text("大报告\n发布时间：2024-05-01\n" + "".join(
        f"第{i}号村投入帮扶资金{i + 1}万元。\n" for i in range(12)), encoding="utf-8")
    library = Library(tmp_path / "library.db")
    [imported] = library.import_files([report])
    browser = Browser(library.open_report(imported.document_id))
    [category] = [n for n in browser.root.children if n.kind == tree.CATEGORY]
    pages = category.children
    assert [p.kind for p in pages] == [tree.PAGE] * 3
    assert [p.name for p in pages] == ["第 1–5 项", "第 6–10 项", "第 11–12 项"]
    assert [len(p.children) for p in pages] == [5, 5, 2]
    shown = browser.show(pages[1].key)
    assert shown is not None and "第6号村投入帮扶资金" in shown.html
    assert "第1号村" not in shown.html  # the page's own rows, not the category's first
    deep = pages[2].children[1]
    assert browser.show(deep.key).selected_fact == deep.item_id
    qtmodeltester.check(FactTreeModel(browser.root), force_py=True)
