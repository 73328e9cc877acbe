"""Importing reports into a library: the encodings offices use, a saved web page,
traditional characters, duplicates, and bad input that writes nothing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from library_helpers import import_reports

from gannan_gui.common.errors import UserError
from gannan_gui.common.paths import bundled_database
from gannan_gui.pipeline import importer, writer
from gannan_gui.pipeline.sources import read_report
from gannan_gui.store.database import open_database
from gannan_gui.store.library import Library

SIMPLIFIED = ("甘南州与天津市协作成效显著\n"
              "发布时间：2024-12-20\n"
              "今年以来，天津市累计投入财政援助资金3.2亿元，实施帮扶项目460余个，引进企业80多家。\n"
              "两地共建产业园区5个，带动1.2万户群众增收，种植中药材2.5万亩。\n")
TRADITIONAL = ("甘南州與天津市協作成效顯著\n"
               "發布時間：2024年12月20日\n"
               "今年以來，天津市累計投入財政援助資金3.2億元，實施幫扶項目460餘個，引進企業80多家。\n"
               "兩地共建產業園區5個，帶動1.2萬戶群眾增收，種植中藥材2.5萬畝。\n")
WEB_PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}">
<title>夏河县消费帮扶成效_甘南新闻网</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/news">新闻中心</a> |
<a href="/gov">政务公开</a></div>
<div class="article"><h1>夏河县消费帮扶成效</h1>
<p class="info">发布时间：2023-11-08 10:20　来源：甘南日报</p>
<p>今年以来，夏河县通过东西部协作渠道销售农畜产品1.8万吨，销售额达2.3亿元，带动脱贫户3000余户增收。</p>
<p>县里在天津设立展销中心3个，组织企业参加展会20场，新增电商主体45家。</p>
<p>全县农村居民人均可支配收入同比增长8.5%，村集体经济收入从17.8万元提高到40.8万元。</p>
</div>
<div class="related"><h3>相关新闻</h3><ul><li><a href="/a">临潭县召开干部大会部署1000项工作</a></li>
<li><a href="/b">合作市举办招商推介会签约项目12个</a></li></ul></div>
<div class="footer">版权所有 甘南新闻网 联系电话 0941-8888888</div></body></html>"""


def write(folder: Path, name: str, text: str, encoding: str) -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(("encoding", "text"), [
    ("utf-8", SIMPLIFIED), ("utf-8-sig", SIMPLIFIED), ("gbk", SIMPLIFIED),
    ("gb18030", SIMPLIFIED), ("utf-16", SIMPLIFIED), ("big5", TRADITIONAL),
    ("utf-8", TRADITIONAL),
])
def test_every_encoding_reads_the_same_report(tmp_path: Path, encoding: str, text: str) -> None:
    report = read_report(write(tmp_path, "report.txt", text, encoding))
    assert report.text.splitlines()[0] == text.splitlines()[0]  # as written, not converted
    assert report.published == "2024-12-20"
    assert "发布时间" not in report.text and "發布時間" not in report.text
    assert "财政援助资金3.2亿元" in report.simplified
    assert len(report.simplified) == len(report.text)


def test_gbk_is_not_mistaken_for_big5_nor_big5_for_gbk(tmp_path: Path) -> None:
    assert read_report(write(tmp_path, "a.txt", SIMPLIFIED, "gbk")).encoding == "gb18030"
    assert read_report(write(tmp_path, "b.txt", TRADITIONAL, "big5")).encoding == "big5"


def test_a_saved_web_page_gives_its_title_date_and_main_text(tmp_path: Path) -> None:
    report = read_report(write(tmp_path, "page.html", WEB_PAGE.format(charset="gbk"), "gbk"))
    assert report.title.startswith("夏河县消费帮扶成效")
    assert report.published == "2023-11-08"
    assert "销售农畜产品1.8万吨" in report.text
    for boilerplate in ("新闻中心", "相关新闻", "临潭县召开干部大会", "版权所有", "0941"):
        assert boilerplate not in report.text


def test_import_proposes_figures_labels_and_categories(tmp_path: Path) -> None:
    page = write(tmp_path, "page.html", WEB_PAGE.format(charset="utf-8"), "utf-8")
    library = tmp_path / "library.db"
    [result] = import_reports([page], library)
    assert (result.figures, result.already) == (9, False)
    base = open_database(library)
    facts = {f.label: f for f in base.facts}
    assert all(f.review == "proposed" for f in base.facts)
    assert facts["销售农畜产品"].base_value == 18_000 and facts["销售农畜产品"].unit == "万吨"
    assert facts["带动脱贫户"].bound == "余"
    categories = {c.id: c.name for c in base.categories}
    assert categories[facts["销售农畜产品"].category_id] == "消费帮扶"
    change = next(f for f in base.facts if f.relation == "同比增长")
    assert change.unit_kind == "change" and change.base_value == 8.5
    low = next(f for f in base.facts if f.relation == "从")
    high = base.fact_by_id[low.related_id]
    assert (low.base_value, high.base_value, high.related_id) == (178_000, 408_000, low.id)
    assert low.label == high.label == "村集体经济收入"


def test_traditional_reports_keep_their_characters_and_search_in_simplified(
        tmp_path: Path) -> None:
    library = tmp_path / "library.db"
    import_reports([write(tmp_path, "t.txt", TRADITIONAL, "big5")], library)
    base = open_database(library)
    aid = next(f for f in base.facts if f.base_value == 320_000_000)
    assert aid.label == "財政援助資金" and "財政援助資金3.2億元" in aid.quote
    with sqlite3.connect(library) as db:
        found = db.execute("SELECT count(*) FROM facts_fts WHERE facts_fts MATCH ?",
                           ('"财政援助资金"',)).fetchone()[0]
    assert found == 1


def test_the_same_report_twice_is_recognised(tmp_path: Path) -> None:
    library = tmp_path / "library.db"
    source = write(tmp_path, "a.txt", SIMPLIFIED, "utf-8")
    import_reports([source], library)
    before = Library(library).reports()
    [again] = import_reports([write(tmp_path, "copy.txt", SIMPLIFIED, "utf-8")], library)
    assert again.already and Library(library).reports() == before  # not even its revision
    assert len(open_database(library).facts) == 6


@pytest.mark.parametrize(("content", "message"), [
    (b"", "空的"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "不是程序能读取的报道文件（能读取 .txt、.html"),
    ("一段没有任何数字的文字。\n第二段也没有。\n".encode(), "没有找到任何数据"),
    (b"\x80\x81\xff\xfe\x80 \xff\x80", "无法识别文本编码"),
])
def test_a_bad_file_is_named_in_one_line_and_the_others_still_go_in(
        tmp_path: Path, content: bytes, message: str) -> None:
    library = tmp_path / "library.db"
    good = write(tmp_path, "good.txt", SIMPLIFIED, "utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    first, second = import_reports([bad, good], library)
    assert message in first.error and "bad.txt" in first.error and "\n" not in first.error
    assert not first.added and second.added
    assert [r.title for r in Library(library).reports()] == [second.title]


def test_a_file_too_large_for_a_report_is_refused(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as stream:
        stream.truncate(50_000_000)  # sparse: 50 MB that take no room
    [result] = import_reports([huge], tmp_path / "library.db")
    assert "MB" in result.error


def test_a_failure_while_writing_leaves_the_library_as_it_was(tmp_path: Path,
                                                             monkeypatch) -> None:
    library = tmp_path / "library.db"
    import_reports([write(tmp_path, "a.txt", SIMPLIFIED, "utf-8")], library)
    before = Library(library).reports()

    def broken(db, records):
        db.execute("DELETE FROM facts")  # half a write, then the disk fails
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(writer, "append_rows", broken)
    with pytest.raises(UserError, match="无法写入资料库（读写设备出错）"):
        import_reports([write(tmp_path, "t.txt", TRADITIONAL, "utf-8")], library)
    assert Library(library).reports() == before
    assert len(open_database(library).facts) == 6  # the half write was rolled back
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_the_bundled_database_is_never_a_library(tmp_path: Path) -> None:
    before = bundled_database().read_bytes()
    with pytest.raises(UserError, match="只读"):
        import_reports([write(tmp_path, "a.txt", SIMPLIFIED, "utf-8")], bundled_database())
    assert bundled_database().read_bytes() == before


def test_the_library_opens_in_the_sqlite3_shell(tmp_path: Path) -> None:
    library = tmp_path / "library.db"
    import_reports([write(tmp_path, "a.txt", SIMPLIFIED, "utf-8")], library)
    shell = subprocess.run(["sqlite3", str(library), "PRAGMA integrity_check;",
                            "SELECT count(*) FROM facts WHERE review = 'proposed';"],
                           capture_output=True, text=True, check=False)
    if shell.returncode == 127 or "not found" in shell.stderr:
        pytest.skip("no sqlite3 shell")
    assert shell.stdout.split() == ["ok", "6"]


def test_import_command(tmp_path: Path) -> None:
    library = tmp_path / "library.db"
    source = write(tmp_path, "a.txt", SIMPLIFIED, "gbk")
    run = [sys.executable, "-m", "gannan_gui", "import", str(source), "--library", str(library)]
    first = subprocess.run(run, capture_output=True, text=True, timeout=60, check=False)
    assert first.returncode == 0, first.stderr
    assert "已导入《甘南州与天津市协作成效显著》：6 项数据待审核" in first.stdout
    second = subprocess.run(run, capture_output=True, text=True, timeout=60, check=False)
    assert second.returncode == 0 and "已在资料库中" in second.stdout
    missing = subprocess.run([*run[:4], str(tmp_path / "nope.txt"), *run[5:]],
                             capture_output=True, text=True, timeout=60, check=False)
    assert missing.returncode == 1 and "找不到报道文件" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_search_finds_traditional_text_with_simplified_terms_and_marks_it(
        tmp_path: Path) -> None:
    library = tmp_path / "library.db"
    import_reports([write(tmp_path, "t.txt", TRADITIONAL, "big5")], library)
    base = open_database(library)
    for query in ("财政援助", "財政援助", "帮扶", "幫扶"):
        hits = base.search(query)
        assert hits, query
        hit = hits[0]
        start, end = hit.spans[0]
        assert hit.text[start:end] in ("財政援助", "幫扶")  # marked where it is written


def test_one_report_of_many_is_loaded_alone(tmp_path: Path) -> None:
    library = tmp_path / "library.db"
    import_reports([write(tmp_path, "a.txt", SIMPLIFIED, "utf-8"),
                    write(tmp_path, "t.txt", TRADITIONAL, "utf-8")], library)
    first, second = open_database(library, 1), open_database(library, 2)
    assert first.document.title != second.document.title
    assert {f.id for f in first.facts}.isdisjoint(f.id for f in second.facts)
    assert all(f.quote in second.document.text for f in second.facts)
    assert len(second.search("财政")) >= 1 and second.search("财政")[0].item_id in \
        second.fact_by_id


def test_a_multiple_is_labelled_by_what_it_multiplies(tmp_path: Path) -> None:
    text = ("州财政投入总结\n发布时间：2023-05-06\n"
            "2022年，州财政投入帮扶资金800万元，是上年的2倍。两地互访交流12个团组共180人次。\n")
    records = importer.propose_records(read_report(write(tmp_path, "r.txt", text, "utf-8")))
    labels = {f["written"]: f["label"] for f in records.facts}
    category = {f["written"]: f["category_id"] for f in records.facts}
    assert labels["2倍"] == f"{labels['800万元']}（上年的倍数）"
    assert category["2倍"] == category["800万元"]  # in the field of what it multiplies
    assert labels["180人次"] == "互访交流"  # 共 alone lies between: the words before 12个
    assert labels["12个"] == "互访交流团组"


def test_the_detail_pane_shows_an_imported_figure_as_written(tmp_path: Path) -> None:
    import re

    from gannan_gui.views.browser import Browser

    text = ("幫扶總結\n發布時間：2024年12月28日\n實施幫扶項目460餘個，帶動上千人就業，"
            "帮扶资金60%以上用于产业。\n")
    library = tmp_path / "library.db"
    import_reports([write(tmp_path, "r.txt", text, "utf-8")], library)
    base = open_database(library, 1)
    browser = Browser(base)
    big = {}
    for fact in base.facts:
        html = browser.show(f"fact:{fact.id}").html
        shown = re.search(r"font-size:30pt[^>]*>(.*?)</p>", html).group(1)
        big[fact.figure_as_written] = re.sub(r"<[^>]+>", "", shown)
    assert big == {"460餘個": "460餘個", "上千人": "上千人", "60%以上": "60%以上"}


def test_a_long_file_says_how_far_it_got_and_stops_when_asked(tmp_path: Path) -> None:
    """One line of 150,000 characters (a pasted table): progress as it is read, a cancel in
    the middle of it leaves nothing of it in the library; and read whole, the same figures as
    the same text in paragraphs."""
    sentence = "天津市投入帮扶资金3.5亿元，实施项目120个；"
    line = tmp_path / "long.txt"
    line.write_text("长报道\n" + sentence * 6_000 + "\n", encoding="utf-8")
    library = Library(tmp_path / "library.db")
    seen: list[float] = []

    def stop_halfway() -> bool:
        return bool(seen) and seen[-1] > 0.5

    results = library.import_files([line], lambda done, total, path: seen.append(done),
                                   stop_halfway)
    assert results == []
    assert not library.exists() or library.reports() == []
    shares = [s for s in seen if 0 < s < 1]
    assert len(shares) >= 3 and shares == sorted(shares)  # said as it went
    [whole] = library.import_files([line])
    assert whole.figures == 12_000


def test_an_approximate_figure_keeps_its_word_wherever_it_is_shown(tmp_path: Path) -> None:
    """近3000人 is shown as 近3000人, not 3000人: in the tree, the detail pane, the chart's bar,
    the printed summary, the slides and the exported 数值（原文） column; the base value is
    the number, and the 近 is no longer repeated as a note beside it."""
    from gannan_gui.views.browser import Browser
    from gannan_gui.views.slides import build_slides
    from gannan_gui.views.summary import build_summary
    from gannan_gui.views.tables import build_export

    source = tmp_path / "report.txt"
    source.write_text("协作总结\n2024年，带动近3000人就业，投入资金约1.5亿元，销售额突破亿元。\n",
                      encoding="utf-8")
    library = tmp_path / "library.db"
    import_reports([source], library)
    base = open_database(library)
    assert {f.figure_as_written for f in base.facts} == {"近3000人", "约1.5亿元", "突破亿元"}
    jobs = next(f for f in base.facts if f.figure_as_written == "近3000人")
    assert jobs.base_value == 3000
    browser = Browser(base)
    assert "近3000人" in {n.detail for n in browser.root.walk()}
    assert "近3000人" in browser.show(f"fact:{jobs.id}").html
    summary = build_summary(base)
    row = next(r for r in summary.rows if r.fact_id == jobs.id)
    assert row.figure == "近3000人" and "近" not in row.when
    assert any("近3000人" in bar.text for group in summary.charts for bar in group.bars)
    assert "近3000人" in {f.figure for s in build_slides(base) for f in s.figures}
    content = build_export(base)
    assert "近3000人" in {r.figure for r in content.figures}


def test_pronunciations_a_converter_wrote_after_characters_are_no_part_of_the_report(
        tmp_path: Path) -> None:
    """Some sites print a reading after a character (對(duì)口, 4.6萬(wàn)人次): the report
    reads without them, and the figures they split are found."""
    annotated = ("上海對(duì)口支援工作綜述\n"
                 "在8個(gè)對(duì)口支援地區(qū)共援助資金3.29億元，"
                 "遠程教育網培訓的人員多達(dá)4.6萬(wàn)人次。\n")
    report = read_report(write(tmp_path, "a.txt", annotated, "utf-8"))
    assert "(" not in report.text and "對口支援地區共援助資金3.29億元" in report.text
    library = tmp_path / "library.db"
    import_reports([write(tmp_path, "a.txt", annotated, "utf-8")], library)
    labels = {f.label: f.base_value for f in open_database(library).facts}
    assert labels == {"對口支援地區": 8, "援助資金": 329_000_000, "遠程教育網培訓的人員": 46_000}


def test_the_original_title_line_is_no_part_of_the_body(tmp_path: Path) -> None:
    page = "186个援疆项目集中开工\n(原标题:186个援疆项目昨天集中开工)\n今年确定援疆项目186个。\n"
    report = read_report(write(tmp_path, "t.txt", page, "utf-8"))
    assert "原标题" not in report.text and report.text.count("186个") == 2  # title and body


def test_a_date_opening_a_caption_is_not_the_reports_date(tmp_path: Path) -> None:
    captioned = ("8月20日拍摄的蔬菜基地。\n2022年6月1日，孩子们在援建的幼儿园欢度儿童节。\n"
                 "三十年来，累计投入援藏资金61.8亿元。\n")
    assert read_report(write(tmp_path, "c.txt", captioned, "utf-8")).published == ""
    dated = "援藏综述\n2024年08月08日 09:04 来源：新闻网\n累计投入资金15.31亿元。\n"
    assert read_report(write(tmp_path, "d.txt", dated, "utf-8")).published == "2024-08-08"


def test_readings_of_words_and_toneless_ones_are_dropped_where_a_converter_wrote_them(
        tmp_path: Path) -> None:
    annotated = ("援青综述\n对口支援的(de)纽带连起黄河(huánghé)头(tóu)，15年来，"
                 "30多亿元的援助(yuánzhù)资金用于产业(chǎnyè)项目。\n")
    report = read_report(write(tmp_path, "p.txt", annotated, "utf-8"))
    assert "(" not in report.text and "对口支援的纽带连起黄河头" in report.text
    plain = "简报\n引进APP(abc)平台的企业3家。\n"  # no toned readings: brackets are words
    assert "(abc)" in read_report(write(tmp_path, "q.txt", plain, "utf-8")).text


def test_a_gap_between_a_number_and_its_unit_parts_no_figure(tmp_path: Path) -> None:
    """Yearbooks copied from print put a space after every number (4.25 亿元, 2021 年10 月):
    each figure keeps its unit and its period; the gap a date line needs stays."""
    spaced = ("对口支援综述\n2022-10-10 09:30 来源：县融媒体中心\n"
              "2021 年10 月，共无偿援助资金4.25 亿元，援建民生项目500 多个，安置移民4715 人。\n")
    path = write(tmp_path, "s.txt", spaced, "utf-8")
    report = read_report(path)
    assert report.published == "2022-10-10" and "09:30 来源" in report.text
    library = tmp_path / "library.db"
    import_reports([path], library)
    facts = open_database(library).facts
    assert [(f.value, f.unit, f.bound) for f in facts] == [
        ("4.25", "亿元", ""), ("500", "个", "多"), ("4715", "人", "")]
    assert {f.period for f in facts} == {"2021年10月"}


def test_commas_a_converter_wrote_before_every_mark_are_no_part_of_the_report(
        tmp_path: Path) -> None:
    """The same sites write a comma before every mark (投用，。 設備，、): the report reads
    without them, so a share still names what it is a share of."""
    marked = ("援疆綜述\n“十三五”期間，，投入援疆資金13億元，實施項目225項，。"
              "其中，，安排縣及縣以下基層項目資金12億元，，占比92%。\n")
    report = read_report(write(tmp_path, "m.txt", marked, "utf-8"))
    assert "，，" not in report.text and "，。" not in report.text
    library = tmp_path / "library.db"
    import_reports([write(tmp_path, "m.txt", marked, "utf-8")], library)
    shares = [f for f in open_database(library).facts if f.unit == "%"]
    assert [f.label for f in shares] == ["縣及縣以下基層項目資金占比"]


def test_a_figure_said_again_in_a_later_sentence_is_proposed_once(tmp_path: Path) -> None:
    # sets 141 and 145: 37家中央单位 in three sentences, 搬迁安置移民4.73万人 restated
    from gannan_gui.pipeline.importer import prepare

    source = tmp_path / "report.txt"
    source.write_text("某省定点帮扶\n2021年，37家中央单位在某省开展帮扶，实施帮扶项目207个。"
                      "2021年，37家中央单位共采购农副产品2.9亿元，实施项目207个。\n",
                      encoding="utf-8")
    facts = prepare(source)[1].facts
    assert [f["written"] for f in facts] == ["37家", "207个", "2.9亿元"]
    assert [f["id"] for f in facts] == [1, 2, 3]


def test_two_rates_under_the_same_bar_in_two_sentences_are_both_proposed(tmp_path) -> None:
    # set 200: 贫困发生率全部低于2% and, a sentence later, 错退率、漏评率全部低于2% are two
    # rates: a label ending in its bar (低于) names no measure to tell a restatement by
    from gannan_gui.pipeline.importer import prepare

    report = tmp_path / "r.txt"
    report.write_text("简报\n某地综合贫困发生率全部低于2%，另一地全部低于3%。"
                      "错退率、漏评率全部低于2%。\n", encoding="utf-8")
    _, records = prepare(report)
    assert [f["written"] for f in records.facts] == ["2%", "3%", "2%"]


def test_a_figure_only_the_title_states_is_proposed_and_the_lead_is_the_body_s(
        tmp_path: Path) -> None:
    # set 437: 浙江山海协作工程升级版带动2500多个村“消薄” — the body never says it again; set
    # 441: a title's 280余万元 said again in the body is proposed once, from the body
    from gannan_gui.views.detail import overview_html

    library = tmp_path / "library.db"
    source = write(tmp_path, "title.txt", "某省协作带动2500多个村增收，开馆销售300余万元\n"
                   "三年来，某省共实施产业合作项目800个。开馆以来已销售农产品300余万元。\n",
                   "utf-8")
    import_reports([source], library)
    base = open_database(library)
    assert [(f.figure_as_written, f.paragraph_id) for f in base.facts] == [
        ("2500多个", 1), ("800个", 2), ("300余万元", 2)]
    assert base.lead().startswith("三年来") and "三年来，某省" in overview_html(base)
