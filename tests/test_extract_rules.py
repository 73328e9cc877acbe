"""The extractor on sentences written for these tests, one rule each: what a careful reader
would write down, never a wrong number."""

from __future__ import annotations

import pytest

from gannan_gui.pipeline.extract import Figure, scan_figures
from gannan_gui.pipeline.scopes import Period, normalise_period


def figures(sentence: str) -> list[Figure]:
    found, unread = scan_figures(sentence, 0, len(sentence))
    assert not unread, unread
    return found


def only(sentence: str) -> Figure:
    found = figures(sentence)
    assert len(found) == 1, [sentence[f.start:f.end] for f in found]
    return found[0]


def imported_facts(tmp_path, title: str, body: str) -> list[dict]:
    """The fact rows an import proposes for a report of one paragraph."""
    from gannan_gui.pipeline.importer import prepare

    source = tmp_path / "report.txt"
    source.write_text(f"{title}\n{body}\n", encoding="utf-8")
    return prepare(source)[1].facts


@pytest.mark.parametrize(("sentence", "value", "bound", "qualifier"), [
    ("全县实施帮扶项目460余个。", 460, "余", ""),
    ("贫困发生率控制在2%以内。", 2, "以内", ""),
    ("引进东部企业80多家落户园区。", 80, "多", ""),
    ("组织600多名群众外出务工。", 600, "多", ""),
    ("带动1.2万余户群众增收。", 12_000, "余", ""),
    ("争取资金3000余万元。", 30_000_000, "余", ""),
    ("近百家企业参加对接会。", 100, "", "近"),
    ("总投资约30亿元。", 3_000_000_000, "", "约"),
    ("超过50%的资金投向产业。", 50, "", "超过"),
    ("逾千人参加培训。", 1000, "", "逾"),
    ("脱贫人口超3万人。", 30_000, "", "超"),
    ("帮扶资金的六成以上用于产业。", 60, "以上", ""),
    ("销售额300万元左右。", 3_000_000, "左右", ""),
    ("全县十几家企业入驻园区。", 10, "几", ""),
    ("帮扶二十几个村。", 20, "几", ""),
])
def test_approximate_figures_keep_the_word_and_the_exact_number(
        sentence: str, value: int, bound: str, qualifier: str) -> None:
    figure = only(sentence)
    assert figure.base_value == value and figure.base_value_high is None
    assert figure.bound == bound
    assert figure.qualifiers == ((qualifier,) if qualifier else ())


@pytest.mark.parametrize(("sentence", "low", "high"), [
    ("每村选派三四个工作队员。", 3, 4),
    ("每期培训3至5个班。", 3, 5),
    ("建设温室大棚3—5套。", 3, 5),
    ("带动三四千户脱贫户增收。", 3000, 4000),
    ("新建冷库一二十座。", 10, 20),
])
def test_ranges_are_low_and_high_never_one_number(sentence: str, low: int, high: int) -> None:
    figure = only(sentence)
    assert (figure.base_value, figure.base_value_high) == (low, high)


@pytest.mark.parametrize(("sentence", "value", "kind", "base_unit"), [
    ("种植中药材2.5万亩。", 25_000, "area_mu", "亩"),
    ("销售农畜产品1.8万吨。", 18_000, "weight", "吨"),
    ("硬化农村道路56.5公里。", 56.5, "length", "公里"),
    ("建成光伏电站3万千瓦。", 30_000, "power", "千瓦"),
    ("惠及脱贫户1.2万户。", 12_000, "count", "户"),
    ("举办招聘会30场。", 30, "count", "场"),
    ("开展培训120次。", 120, "count", "次"),
    ("配发农机具45套。", 45, "count", "套"),
    ("新增牦牛1.2万头。", 12_000, "count", "头"),
    ("引进藏羊5000只。", 5000, "count", "只"),
    ("改造校舍8000平方米。", 8000, "area", "平方米"),
    ("发放生活物资4.8万件。", 48_000, "count", "件"),
    ("转移就业1,250人。", 1250, "people", "人"),
    ("吸纳就业9,860人。", 9860, "people", "人"),
    ("女性占六成。", 60, "percent", "%"),
    ("村集体收入增长3倍。", 3, "multiple", "倍"),
    ("销售额是上年的1.5倍。", 1.5, "multiple", "倍"),
    ("协作范围扩大到7市州。", 7, "count", "市州"),
    ("资金用于红河、文山、普洱3州市边境一线。", 3, "count", "州市"),  # set 269
    ("实现全区7地市主城区网络全覆盖。", 7, "count", "地市"),  # set 276
    ("覆盖全省12市。", 12, "count", "市"),
])
def test_units_and_thousands_separators(sentence: str, value: float, kind: str,
                                        base_unit: str) -> None:
    figure = only(sentence)
    assert (figure.base_value, figure.unit_kind, figure.base_unit) == (value, kind, base_unit)


def test_a_magnitude_before_an_unknown_unit_is_never_read_alone() -> None:
    assert figures("发放物资4.8万件。")[0].base_value == 48_000  # once read as 1万件
    assert figures("捐赠衣物4.8万捆。") == []  # 捆 is not a unit here: nothing, not 1万
    assert figures("捐赠衣物4.8万袋。")[0].base_value == 48_000  # 袋 is


def test_a_percentage_change_is_marked_as_a_change() -> None:
    change = only("农民人均可支配收入同比增长4.5%。")
    assert (change.relation, change.unit_kind, change.base_value) == ("同比增长", "change", 4.5)
    share = only("产业项目资金占比达到65%。")
    assert share.relation == "" and share.unit_kind == "percent"
    points = only("较上年提高1.2个百分点。")
    assert points.unit_kind == "points" and points.relation == "较上年提高"


def test_from_to_gives_two_linked_figures() -> None:
    before, after = figures("村集体经济收入从17.8万元提高到40.8万元。")
    assert (before.base_value, after.base_value) == (178_000, 408_000)
    assert (before.relation, after.relation) == ("从", "提高到")
    assert before.linked_start == after.start and after.linked_start == before.start
    low, high = figures("入园企业由3家增至12家。")
    assert (low.relation, high.relation) == ("由", "增至")


@pytest.mark.parametrize(("sentence", "period"), [
    ("2024年，全州新增就业岗位3000个。", "2024年"),
    ("“十四五”期间，累计投入资金12亿元。", "“十四五”期间"),
    ("五年来，两地互派干部120名。", "五年来"),
    ("截至2024年底，共建产业园区9个。", "截至2024年底"),
    ("“十三五”以来，结对学校达到131所。", "“十三五”以来"),
    ("今年以来，销售农产品2.3亿元。", "今年以来"),
])
def test_periods(sentence: str, period: str) -> None:
    assert only(sentence).period == period


def test_qualifier_words_only_as_words() -> None:
    signed = only("现场签约项目12个。")
    assert "约" not in signed.qualifiers
    built = only("两地共建产业园区5个。")
    assert "共" not in built.qualifiers
    shop = only("在超市销售农产品300万元。")
    assert "超" not in shop.qualifiers
    total = only("共帮助1200人就业。")
    assert total.qualifiers == ("共",)


def test_ordinals_dates_and_the_article_a_are_not_figures() -> None:
    assert figures("第三批帮扶干部于2024年12月20日到岗，打造一个品牌。") == []
    # set 346: G1901/4次动车组 is a train's numbers
    assert [f.unit for f in figures("D2501/4次动车组载着500名务工人员出发。")] == ["名"]
    # sets 323 and 327: a plenary session's number, a building as the article 一 counts it
    assert figures("市委十四届九次全会指出，村里正在建设一栋村公房。") == []


def test_a_tree_as_the_article_yi_counts_it_is_no_figure() -> None:
    # set 364: 坚硬的冻土上千年来种不活一棵树
    assert figures("坚硬的冻土上千年来种不活一棵树。") == []


def test_a_digit_lost_to_a_garbled_character_and_a_cluster_named_by_its_size() -> None:
    # set 362: 天津?0%以上的…资金 — never 0%; set 360: 形成万亩芦笋产业集群 — a name, no count
    assert figures("按照部署，某市?0%以上的资金投向民生领域。") == []
    assert figures("该产业园将形成万亩蔬菜产业集群。") == []


def test_batches_sent_counted_in_words_and_this_time_s_figure_after_a_span() -> None:
    # set 350: 2018年以来该校先后组织了三批、共计231名学生…，本次出征的是第四批、55名师生
    found = figures("2018年以来该校先后组织了三批、共计200名学生赴某地支教，本次出征的是"
                    "第四批、50名师生。")
    assert [(f.value, f.period) for f in found] == [
        ("三", "2018年以来"), ("200", "2018年以来"), ("50", "")]


def test_a_count_of_tasks_named_at_length_before_it_is_the_list_again() -> None:
    # set 321: 协作帮扶促消费、促就业和平台企业助力乡村农文旅融合发展三项专项工作
    assert figures("围绕促进消费、稳定就业和平台企业助力乡村文旅融合发展三项专项工作，"
                   "搭建平台。") == []
    assert [f.value for f in figures("实施项目三项，培训干部120名。")] == ["三", "120"]


@pytest.mark.parametrize(("sentence", "value", "bound"), [
    ("全州百分之九十以上的村通了硬化路。", 90, "以上"),
    ("覆盖率达到百分之九十五点五。", 95.5, ""),
    ("实现百分之百全覆盖。", 100, ""),
])
def test_percentages_written_in_words(sentence: str, value: float, bound: str) -> None:
    figure = only(sentence)
    assert (figure.base_value, figure.unit_kind, figure.bound) == (value, "percent", bound)
    assert sentence[figure.start:figure.end].startswith("百分之")


def test_a_percentage_in_words_can_be_a_change() -> None:
    assert only("农民收入比上年增长百分之十二。").unit_kind == "change"


def test_vague_amounts_and_lengths_of_time_are_not_figures() -> None:
    assert figures("全州数十家企业、几百名干部和成千上万名群众参与，历时3个多月。") == []


def test_an_approximation_word_qualifies_only_the_number_it_touches() -> None:
    assert only("近两年来累计投入资金5亿元。").qualifiers == ("累计",)
    sentence = "全州上千人参加招聘会。"
    thousand = only(sentence)
    assert (thousand.base_value, thousand.bound, thousand.qualifiers) == (1000, "上", ())
    assert sentence[thousand.start:thousand.end] == "上千人"


def test_a_numeral_at_the_very_start_of_a_text_is_read() -> None:
    assert [(f.base_value, f.bound) for f in figures("二十多个村、千余人次参加。")] == [
        (20, "多"), (1000, "余")]


def test_a_slogan_in_quotes_is_not_a_count() -> None:
    assert figures("落实“四个不摘”要求，打造“一县一品”。") == []
    assert [f.text for f in figures("建成“两个基地”。全州建成“示范基地”12个。")] == ["12个"]
    assert [f.text for f in figures("他说：“今年共引进企业三十家，投资二十亿元。”")] == [
        "三十家", "二十亿元"]  # a long quotation states figures


def test_places_are_counted_only_after_digits() -> None:
    assert [f.text for f in figures("从3市13县扩大到7市州。")] == ["3市", "13县", "7市州"]
    assert figures("聚焦“三区三州”深度贫困地区。") == []  # a name, not three districts


def test_a_numeral_it_cannot_read_is_listed_not_guessed() -> None:
    found, unread = scan_figures("完成一二三四个项目。", 0, 9)
    assert found == [] and unread and "一二三四" in unread[0].text


@pytest.mark.parametrize(("sentence", "label", "field"), [
    ("今年以来，天津市累计投入财政援助资金3.2亿元。", "财政援助资金", "资金与项目"),
    ("全县实施帮扶项目460余个。", "帮扶项目", "资金与项目"),
    ("带动1.2万户群众增收。", "带动群众增收", "乡村振兴"),
    ("农村劳动力转移就业2.9万人。", "农村劳动力转移就业", "劳务就业"),
    ("通过消费帮扶渠道销售农畜产品1.8万吨。", "销售农畜产品", "消费帮扶"),
    ("两地共建产业园区5个。", "产业园区", "产业"),
    ("选派专业技术人员120名到甘南挂职。", "选派专业技术人员", "人才"),
    ("结对学校达到131所。", "结对学校", "教育"),
    ("举办招聘会30场、培训120次。", "培训", "人才"),
    ("天津市所辖的16个区参与结对帮扶。", "所辖区", "结对帮扶"),
    ("两地互访交流15个团组。", "互访交流团组", "其他"),
    ("新建帮扶车间4个，带动就业。", "帮扶车间", "劳务就业"),
])
def test_proposed_labels_and_fields(sentence: str, label: str, field: str) -> None:
    from gannan_gui.pipeline.extract import clause_bounds
    from gannan_gui.pipeline.proposals import propose_field, propose_label

    figure = figures(sentence)[-1]
    proposed = propose_label(sentence, sentence, figure, 0, len(sentence))
    start, end = clause_bounds(sentence, figure.start, figure.end)
    assert proposed == label
    assert propose_field(proposed, sentence[start:end]).name == field


def test_a_from_to_may_name_its_base_year() -> None:
    before, after = figures("2023年，村民人均收入从2020年的1.2万元提高到1.8万元。")
    assert (before.relation, after.relation) == ("从", "提高到")
    assert (before.period, after.period) == ("2020年", "2023年")


@pytest.mark.parametrize(("sentence", "relations", "periods", "bounds"), [
    # each end with its own period, the relation kept
    ("建档立卡贫困户从2016年底的2800户减少到2018年底的600户。", ("从", "减少到"),
     ("2016年底", "2018年底"), ((), ())),
    ("农民人均收入由6200元增加到8100元。", ("由", "增加到"), ("", ""), ((), ())),
    # approximate ends keep their words
    ("合作社分红从800多万元提高至近4000万元。", ("从", "提高至"), ("", ""), ((), ("近",))),
    ("专业合作社从“十三五”末的15家增加到40家。", ("从", "增加到"), ("“十三五”末", ""),
     ((), ())),
    # the first end's time named by an event; the second end bounded from above
    ("2019年，全县低保人数从结对帮扶之初的3.2万人减少到不足8000人。", ("从", "减少到"),
     ("结对帮扶之初", "2019年"), ((), ("不足",))),
])
def test_from_to_pairs_link_both_ends_with_their_periods(sentence, relations, periods,
                                                         bounds) -> None:
    before, after = figures(sentence)
    assert (before.relation, after.relation) == relations
    assert before.linked_start == after.start and after.linked_start == before.start
    assert (before.period, after.period) == periods
    assert (tuple(before.qualifiers), tuple(after.qualifiers)) == bounds


def test_thresholds_are_not_figures_but_approximations_are() -> None:
    assert figures("培育产值超千万元企业，建成过亿元的园区。") == []
    assert only("超千人参加培训。").base_value == 1000


def test_a_rise_in_percent_is_a_change_and_a_year_range_is_no_period() -> None:
    assert only("游客人数增幅35.5%。").relation == "增幅"
    assert only("签署2021—2025年协议，援建学校12所。").period == ""


@pytest.mark.parametrize("sentence", ["2018至2022年，共投入帮扶资金8亿元。",
                                      "2018—2022年，共投入帮扶资金8亿元。"])
def test_a_range_of_years_opening_a_sentence_is_its_period(sentence: str) -> None:
    from gannan_gui.pipeline.scopes import Period, normalise_period

    figure = only(sentence)
    assert normalise_period(figure.period) == Period("years", "2018", "2022")


def test_compared_with_last_year_is_no_period_and_kinds_divided_into_no_figure() -> None:
    assert only("相比去年，资金增长幅度为8%。").period == ""
    found, _ = scan_figures("12个项目大致分为4类。", 0, 12)
    assert found == []


def test_these_two_years_opening_a_sentence_is_its_period() -> None:
    assert only("这两年，厦门市投入资金1.5亿元。").period == "这两年"


@pytest.mark.parametrize(("sentence", "period", "normalised"), [
    ("安排给临夏2018、2019年每县800万元。", "2018、2019年", Period("years", "2018", "2019")),
    ("至2020年底，已帮扶12县脱贫。", "至2020年底", Period("to_date", "", "2020-12-31")),
    # a month opening the sentence dates what follows in it
    ("2017年10月，工作组拿出800万元建设示范点。", "2017年10月", Period("year", "2017")),
    # set 42's: a month with no year is of the report's year (published 2017-09-22)
    ("截止6月，接洽企业38家。", "截止6月", Period("to_date", "", "2017-06-30")),
])
def test_two_years_listed_and_up_to_a_year_end_are_periods(sentence: str, period: str,
                                                           normalised: Period) -> None:
    figure = only(sentence)
    assert figure.period == period
    assert normalise_period(figure.period, (), "2017-09-22") == normalised


def test_us_dollars_a_tenth_after_cheng_and_investment_added_to_are_read() -> None:
    before, after = figures("可成科技总投资从3亿美元增加到24亿美元。")
    assert (before.unit_kind, before.base_value, after.relation) == ("money_usd", 300_000_000,
                                                                     "增加到")
    sentence = "高达七成五的工业项目都是协作的结晶。"
    share, = figures(sentence)
    assert (sentence[share.start:share.end], share.unit_kind, share.base_value) == (
        "七成五", "percent", 75)
    first, second = figures("长电科技从15亿元投资追加到100亿元。")
    assert (first.relation, second.relation) == ("从", "追加到")
    sentence = "来自两地的百余位客商参加。"
    guests, = figures(sentence)
    assert (sentence[guests.start:guests.end], guests.base_value, guests.bound) == (
        "百余位", 100, "余")


def test_a_from_to_whose_ends_are_several_figures_links_each_measure() -> None:
    sentence = ("该区增加援建项目和资金——从2021年的3000万元、8个项目，到2022年的5000万元、"
                "12个项目，再扩大到2023年的超过1亿元和20个项目。")
    found = figures(sentence)
    assert [(f.relation, f.period) for f in found] == [
        ("从", "2021年"), ("从", "2021年"), ("到", "2022年"), ("到", "2022年"),
        ("扩大到", "2023年"), ("扩大到", "2023年")]
    assert [sentence[f.linked_start:f.linked_start + 2] for f in found[2:]] == [
        "30", "8个", "50", "12"]  # each measure linked with the same measure of the end before
    first, second = figures("全县帮扶资金从2020年的500万元，到2023年的900万元。")
    assert (first.relation, second.relation, second.period) == ("从", "到", "2023年")


def test_a_from_to_after_a_dash_is_labelled_by_the_words_before_it(tmp_path) -> None:
    facts = imported_facts(tmp_path, "天津帮扶合作市", "天津持续增加对合作市的帮扶资金——"
                                                    "从2021年的800万元，到2023年的1500万元。")
    assert [(f["label"], f["period"], f["relation"]) for f in facts] == [
        ("帮扶资金", "2021年", "从"), ("帮扶资金", "2023年", "到")]
    assert facts[1]["related_id"] == facts[0]["id"]


def test_power_in_du_batches_before_a_count_and_two_years_listed() -> None:
    power, = figures("每年向东部输送电力50亿度。")
    assert (power.unit_kind, power.base_unit, power.base_value) == ("energy", "千瓦时",
                                                                   5_000_000_000)
    assert not figures("气温降到零下30度。")  # a temperature, not power
    batches, cadres = figures("天津挑选出两批45名干部。")
    assert (batches.unit, batches.base_value, cadres.base_value) == ("批", 2, 45)
    trained, = figures("2018年、2019年，共组织300名干部赴津培训。")
    assert trained.period == "2018年、2019年"


def test_the_two_sides_described_and_a_summary_s_half_year_are_read() -> None:
    # set 48's: the pairing's two cities, however they are described, count nothing
    assert not figures("两个在地理上遥遥相望的城市，跨越黄河长江。")
    assert not figures("这让两座早已“千里结亲”的兄弟城市，心更紧。")
    assert [f.base_value for f in figures("新建两个年产5万吨的工厂。")] == [2, 50_000]
    funds, = figures("摘要：上半年，拨付财政资金28.5亿元。")
    assert funds.period == "上半年"


def test_latin_units_spindles_months_and_what_a_list_counts_again() -> None:
    # set 49's: km and kg as written in Latin letters; 锭 of a spinning mill; 个人 are people
    road, = figures("改造道路12.5km。")
    assert (road.unit_kind, road.base_unit, road.base_value) == ("length", "公里", 12.5)
    spindles, = figures("形成80万锭纺纱规模。")
    assert (spindles.unit_kind, spindles.base_value) == ("count", 800_000)
    visitors, = figures("每天游客3800个人。")
    assert (visitors.unit_kind, visitors.base_unit) == ("people", "人")
    # a span of months dates what follows it
    first, second = figures("2021年1月至2023年10月，签约项目120个；2024年1—6月，落地项目30个。")
    assert (first.period, second.period) == ("2021年1月至2023年10月", "2024年1—6月")
    # the two named before, or the two just listed, are no new count
    assert not figures("这两个“后花园”受到关注。")
    assert not figures("突出园区和市场两个载体建设。")
    assert [f.base_value for f in figures("带动企业和个人参与，建成三个车间。")] == [3]


def test_a_site_named_by_its_size_is_no_count() -> None:
    # set 55's: 万亩 before the base it names (万亩洋芋种植基地), unlike 近万个…岗位
    assert [f.base_value for f in figures("投资500万元实施了万亩洋芋种植基地项目。")] == [
        5_000_000]
    assert [f.base_value for f in figures("提供近万个就业岗位。")] == [10_000]


def test_people_as_sons_and_daughters_and_a_colloquial_since() -> None:
    # set 50's: 万 before 儿女 counts people; 2010年开展…工作来 is since 2010
    people, = figures("将援青干部与43.2万甘南儿女紧紧相连。")
    assert (people.unit_kind, people.base_value) == ("people", 432_000)
    funds, = figures("2010年开展援甘工作来，累计投入资金60亿元。")
    assert funds.period == "2010年开展援甘工作来"
    assert only("2010年带来的变化，投入资金3亿元。").period == "2010年"  # 带来 is no 以来


def test_people_working_somewhere_before_wan_and_bodies_counted_by_their_word() -> None:
    # set 82's: 万 closing a clause counts the people named before where they work; set 78's:
    # 4部门 counts departments, as 9省市 counts provinces
    workers = only("广东吸纳脱贫人口在粤就业超过400万。")
    assert (workers.unit_kind, workers.base_value, workers.qualifiers) == ("people", 4_000_000,
                                                                          ("超过",))
    bodies = only("市财政局等4部门联合印发了通知。")
    assert (bodies.unit_kind, bodies.base_value, bodies.base_unit) == ("count", 4, "部门")
    assert not figures("各部门积极参与。")


def test_sums_with_no_yuan_after_spending_some_tens_and_surgeries_counted() -> None:
    # set 93's: 亿 after 斥资 or 投入 is money, 元 left unwritten; set 87's: 二十几万元 is
    # twenty-some ten thousands; set 88's: 台次 counts operations; 在二人身上 is a story's pair
    spent = only("北京则将在5年内斥资72亿支援和田地区。")
    assert (spent.unit_kind, spent.base_value) == ("money", 7_200_000_000)
    assert only("安徽省要在5年内投入13亿支援皮山县。").base_value == 1_300_000_000
    assert only("投入2万人参与。").unit_kind == "people"
    some = only("为藏羊创造了二十几万元销售额。")
    assert (some.base_value, some.bound) == (200_000, "几")
    surgeries = only("手术1.08万台次。")
    assert (surgeries.unit, surgeries.base_value) == ("万台次", 10_800)
    assert not figures("众人的目光聚焦在二人身上。")


def test_incidents_and_groups_are_counted_only_after_arabic_digits() -> None:
    # set 98's 排除安全隐患19起 and set 106's 6大特色产业基地; 二十大 and 三大攻坚战 are names,
    # 2019起 "from 2019 on", 一起 "together"
    incidents = only("调解纠纷47起。")
    assert (incidents.unit, incidents.base_value) == ("起", 47)
    assert only("建成4大蔬菜基地。").base_value == 4
    assert not figures("学习党的二十大精神，打赢三大攻坚战。")
    assert not figures("从2019起大家一起努力。")


def test_a_bound_after_a_joining_word_is_kept_and_mostly_bounds_nothing() -> None:
    # set 97's 2000万元及以上, set 104's 面积2.2万平方公里多半是盐碱地 ("mostly")
    band = only("年销售额500万元及以上。")
    assert (band.bound, band.base_value) == ("以上", 5_000_000)
    area = only("面积3.1万平方公里多半是戈壁。")
    assert (area.bound, area.base_value) == ("", 31_000_000_000)
    assert only("带动300多人就业。").bound == "多"


def test_a_population_is_people() -> None:
    population = only("全县仅5万多人口。")
    assert (population.unit_kind, population.base_value, population.base_unit) == (
        "people", 50_000, "人")


def test_a_plans_years_set_after_its_verb_or_opening_a_clause() -> None:
    # set 101's 计划2011年-2015年实施…, set 100's ；“十三五”再安排…
    planned, funds = figures("计划2016年-2020年实施援疆项目73个，援建资金9.8亿元。")
    assert normalise_period(planned.period, "2016-05-01") == Period("years", "2016", "2020")
    assert normalise_period(funds.period, "2016-05-01") == Period("years", "2016", "2020")
    *_, later = figures("“十二五”期间实施项目40个；“十三五”再安排资金12亿元。")
    assert normalise_period(later.period, "2018-08-01") == Period("years", "2016", "2020")


def test_places_a_rank_is_among_are_no_figure() -> None:
    # set 122's 主要指标居喀什12县市前列
    assert not figures("主要指标居某地区9县市前列。")


def test_a_long_event_since_which_and_a_running_total_said_once() -> None:
    # set 109's 1994年…确定…对口支援…以来，筹集…5.11亿元; set 114's 累计派出…，投入…，捐赠…
    since, = figures("1998年中央确定某市对口支援某地区以来，筹集援助资金2.6亿元。")
    assert normalise_period(since.period, "2010-02-24") == Period("since", "1998")


def test_a_minimum_each_must_meet_is_a_rule_not_a_figure() -> None:
    # set 96's: 每支医疗队由不少于5人组成 sets what each team must have; a minimum alone
    # (项目资金不少于500万元) is still what was set aside
    assert not figures("每支医疗队由不少于5人组成。")
    assert only("项目资金不少于500万元。").base_value == 5_000_000


def test_hectares_and_funds_with_no_yuan_are_figures() -> None:
    area, = figures("占地面积0.8125公顷。")
    assert (area.unit, area.unit_kind, area.base_value) == ("公顷", "area", 8125)
    funds, projects = figures("21亿援疆资金405个项目助力阿克苏发展。")
    assert (funds.unit_kind, funds.base_value, projects.base_value) == ("money", 2_100_000_000,
                                                                        405)


@pytest.mark.parametrize("sentence", [
    "2017-09-09 18:49:47本刊编辑部",  # a time's seconds
    "《齐鲁周刊》2017年35期",  # a periodical's issue
    "“山东援建”四个字十分醒目。",  # the characters of a phrase
    "举办了「千车万人海北行」等活动。",  # a slogan in corner quotes
    "到今年3月，台州万人游阿拉尔启动。",  # an event named by its size
    "其中亿元以上投产项目，包括投资额10亿元以上的大项目。",  # thresholds of a class
    "连续6年进入全省前10名。",  # a rank
    "苏州宿迁工业园区是唯一由两个地级市合作共建的园区。",  # the two sides
])
def test_times_issues_and_slogans_are_no_figures(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(("sentence", "period", "normalised"), [
    ("特别是党的十八大以来，投入援藏资金50亿元。", "党的十八大以来", Period("since", "2012")),
    ("到2010年，13年间先后选派干部6批。", "13年间", Period("cumulative")),  # from no said year
    ("三十年来，累计投入资金61亿元。", "三十年来", Period("since", "1995")),
    ("十多年来，台州共投入援疆资金24.28亿元。", "十多年来", Period("cumulative")),
    ("此外，上半年，兵团共实施项目416个。", "上半年", Period("year", "2024")),
    ("目前，完工项目32个。", "目前", Period("to_date", "", "2024-11-18")),
])
def test_periods_counted_from_a_congress_or_in_years(sentence: str, period: str,
                                                     normalised: Period) -> None:
    figure = only(sentence)
    assert figure.period == period
    assert normalise_period(figure.period, (), "2024-11-18") == normalised


def test_the_parts_of_a_figure_after_qizhong_share_its_period() -> None:
    whole, part, share = figures("“十三五”期间，累计投入资金13亿元。其中，民生项目资金12亿元，"
                                 "占比92%。")
    assert [f.period for f in (whole, part, share)] == ["“十三五”期间"] * 3
    assert figures("2010年，投入资金1亿元。其中，2009年新建学校3所。")[1].period == "2009年"
    assert figures("2010年，投入资金1亿元。新建学校3所。")[1].period == ""  # no 其中


def test_a_second_from_to_in_the_sentence_shares_the_first_ones_start() -> None:
    rate_then, rate_now, people_then, people_now = figures(
        "2019年，发生率从协作之初的9.5%降至1.2%，低保人数从3.2万人减少到8000人。")
    assert (rate_then.period, rate_now.period) == ("协作之初", "2019年")
    assert (people_then.period, people_now.period) == ("协作之初", "2019年")


def test_the_parts_a_place_rules_are_counted_and_a_size_named_is_no_count() -> None:
    assert [f.text for f in figures("临夏所辖8个板块均为贫困县，从产业、劳务2个板块推进。")] == [
        "8个"]
    assert [f.text for f in figures("建成全省最大的万亩高原夏菜基地，新建温室300栋。")] == ["300栋"]


def test_a_seed_is_no_count_and_breaking_a_hundred_million_is_a_bound() -> None:
    assert [f.text for f in figures("青稞革命：一粒种子的产业链，年产值破亿元。")] == ["亿元"]
    assert only("年销售额破亿元。").qualifiers == ("破",)
    # set 348's 产值过亿 shape: 过 bounds it as 破 does; a sum of 亿 after 销售额 needs no 元
    from gannan_gui.pipeline.proposals import propose_label

    sentence = "该项目年产值过亿元。"
    past = only(sentence)
    assert (past.qualifiers, propose_label(sentence, sentence, past, 0, len(sentence))) == (
        ("过",), "该项目年产值")
    broken = only("年销售额突破1亿。")
    assert (broken.unit_kind, broken.base_value, broken.qualifiers) == (
        "money", 100_000_000, ("突破",))
    assert only("2024年6月以来，民宿收入3万多元。").period == "2024年6月以来"


def test_the_two_sides_of_a_pairing_and_a_verse_are_no_count() -> None:
    assert [f.text for f in figures("两座城市的情谊不断加深，两个城市共建园区3个。")] == ["3个"]
    assert [f.text for f in figures("为帮助两个贫困地区群众脱贫，投入3亿元。")] == ["3亿元"]
    assert [f.text for f in figures("江南千条水，云贵万重山。新建温室300栋。")] == ["300栋"]


def test_people_after_two_words_of_whom_steps_and_two_far_regions() -> None:
    """Sets 66's and 67's: 7000多万农村贫困人口 are people; 道 counts the steps of a process;
    两个远隔千里的地区 and 两个地方 are the pairing's sides or the places listed, no count."""
    assert [(f.text, f.bound, f.base_unit) for f in figures("全国还有7000多万农村贫困人口。")] \
        == [("7000万", "多", "人")]
    assert [f.text for f in figures("园区可以完成近50道工序。")] == ["50道"]
    assert [f.text for f in figures("实施援助项目12大项40小项，这是一大项工作。")] == [
        "12大项", "40小项"]  # set 70's: a plan's items and their parts
    assert not figures("一道彩虹桥让两个远隔千里的地区携手共进，我们跑了两个地方。")


def test_a_length_opening_the_sentence_after_a_line_built_is_a_figure() -> None:
    """Set 70's: 全长…公里 right after the sentence that says which line was laid."""
    sentence = "2000年，某光缆干线开工建设。全长800公里，总投资2亿元。从县城出发约300公里。"
    assert [f.text for f in figures(sentence)] == ["800公里", "2亿元"]


def test_a_list_counted_again_before_a_quoted_name_is_no_figure() -> None:
    """Set 70's: a count of the names just listed, before the quoted name they go by, says
    nothing new; a count of projects after a short list is one."""
    assert [f.text for f in figures("打造了产业协作、消费帮扶、文化交流3张“名片”，投资2亿元。")] \
        == ["2亿元"]
    assert [f.text for f in figures("实施了教育、医疗2个项目。")] == ["2个"]  # a count, unquoted


def test_a_place_named_with_a_numeral_and_a_party_in_a_story_are_no_count() -> None:
    sentence = "位于长春市九台区的滑雪场，她和同伴一行五人，互送游客600万人次。"
    assert [f.text for f in figures(sentence)] == ["600万人次"]
    assert [f.text for f in figures("目前大约有8万浙商在吉林省创业。")] == ["8万"]
    assert only("2017年两省建立对口合作关系至今，已签约产业项目300个。").period == \
        "2017年两省建立对口合作关系至今"


def test_a_person_introduced_is_no_count() -> None:
    assert [f.text for f in figures("她还是一位普通牧民，如今每月收入3000元。")] == ["3000元"]


def test_fewer_than_bounds_a_figure() -> None:
    assert only("全县贫困人口减少到不足1万人。").qualifiers == ("不足",)
    assert only("投资不超过500万元。").qualifiers == ("不超过",)


def test_a_from_to_may_say_before_a_year_and_now() -> None:
    low, high = figures("人均年收入从2015年以前的不到3000元增加到了现在的9000元。")
    assert (low.relation, low.period, high.relation, high.period) == (
        "从", "2015年以前", "增加到", "现在")


def test_a_classifier_said_twice_is_many_not_one() -> None:
    sentence = "相邻的一栋栋厂房里，是引进的3家企业。"
    assert [sentence[f.start:f.end] for f in figures(sentence)] == ["3家"]


def test_years_of_cooperation_and_the_unit_a_price_is_for_are_no_figures() -> None:
    sentence = "两地协作已走过20个春秋，收购价达到20元至50元一斤。"
    assert [sentence[f.start:f.end] for f in figures(sentence)] == [
        "20元至50元"]


def test_this_year_opening_a_sentence_and_since_a_year_are_periods() -> None:
    from gannan_gui.pipeline.scopes import Period, normalise_period

    this_year = only("今年，两地投入协作资金3亿元。")
    assert normalise_period(this_year.period, published="2024-03-31") == Period("year", "2024")
    since = only("自2020年起投入资金2亿元。")
    assert normalise_period(since.period) == Period("since", "2020")


def test_a_thousandth_a_batch_and_a_number_garbled_at_its_first_digit() -> None:
    share = only("年度援助资金按上年度财政收入的2‰安排。")
    assert (share.value, share.unit, share.unit_kind, share.base_value) == ("2", "‰", "percent",
                                                                            0.2)
    assert [f.unit for f in figures("组织6批次代表团考察。")] == ["批次"]
    # 當?00多人: the digit before 00 was lost; 00多人 is no figure, 8亿元 still is
    assert [f.unit for f in figures("公司年销售额达8亿元，带动当?00多人就业。")] == ["亿元"]


def test_a_project_named_by_its_size_and_a_village_named_by_a_tree_are_no_figures() -> None:
    sentence = "实施了设施农业、千亩茶园等8个试点项目，在一棵树村新建大棚20座。"
    assert [sentence[f.start:f.end] for f in figures(sentence)] == ["8个", "20座"]
    assert [f.unit for f in figures("种植万亩以上。")] == ["亩"]  # a bound: an amount


def test_counties_listed_then_counted_in_words_are_a_count_but_a_pairings_sides_are_not() -> None:
    listed = "山东省帮助疏勒、岳普湖、英吉沙、麦盖提四县建设园区。"
    assert [(f.base_value, f.unit) for f in figures(listed)] == [(4, "县")]
    for sides in ("青岛、定西两市携手协作。", "深圳、百色、河池三市共同努力。",
                  "张家口、承德、保定三县16个乡镇。", "落实“三区三州”政策。",
                  "深入开展中医中药进万家活动。", "坚守边陲800多个日夜。"):
        assert [f.unit for f in figures(sides) if f.unit in ("市", "县", "家", "个")] in (
            [], ["个"]), sides


def test_provinces_counted_and_people_of_a_province_counted_in_wan() -> None:
    sentence = "专列横跨吉林、宁夏和新疆3省区，带动20万天津人游新疆。"
    assert [(f.base_value, f.unit_kind) for f in figures(sentence)] == [(3, "count"),
                                                                        (200000, "people")]
    assert [f.unit_kind for f in figures("天津人次达20万。")] == ["person_times"]  # no 天津人


def test_a_city_named_by_a_numeral_and_a_projects_size_are_no_figures() -> None:
    sentence = "七台河市副市长介绍，投资超百亿元项目3个，覆盖六个省份。"
    assert [sentence[f.start:f.end] for f in figures(sentence)] == ["3个", "六个"]


def test_an_altitude_is_where_a_place_is_not_a_figure() -> None:
    sentence = "海拔4500米的村庄新建大棚30座。"
    assert [sentence[f.start:f.end] for f in figures(sentence)] == ["30座"]


def test_a_worth_in_wan_with_yuan_unwritten_is_a_sum() -> None:
    figure = only("基金会捐赠了价值300万的医疗设备。")
    assert (figure.unit_kind, figure.base_value, figure.base_unit) == ("money", 3_000_000, "元")


def test_a_from_to_may_write_le_after_its_verb() -> None:
    low, high = figures("农民人均可支配收入从3000元增加到了1.2万元。")
    assert (low.relation, high.relation) == ("从", "增加到")


def test_since_a_year_with_words_between_is_a_running_total() -> None:
    from gannan_gui.pipeline.scopes import Period, normalise_period

    figure = only("自2018年两地结对帮扶以来，累计投入资金5亿元。")
    assert normalise_period(figure.period, figure.qualifiers) == Period("since", "2018")


def test_a_plan_is_marked_and_states_no_indicator(tmp_path) -> None:
    facts = imported_facts(tmp_path, "协作简报",
                           "计划新建温室30座，预计带动就业500人，拟投资2亿元。"
                           "完成年度计划的120%。全年投入财政援助资金3亿元。")
    marked = {f["value"] + f["unit"]: [q for q in f["qualifiers"] if q in ("计划", "预计", "拟")]
              for f in facts}
    assert marked == {"30座": ["计划"], "500人": ["预计"], "2亿元": ["拟"], "120%": [],
                      "3亿元": []}
    assert [f["indicator"] for f in facts if f["value"] == "3"] == ["aid_funds"]
    assert all(f["indicator"] == "" for f in facts if f["qualifiers"][:1] in (["计划"], ["预计"],
                                                                                ["拟"]))


def test_a_change_compared_only_is_of_the_figure_before_and_a_sum_alone_pays_for_the_next(
        tmp_path) -> None:
    facts = imported_facts(tmp_path, "协作简报",
                           "截至去年底，脱贫人口人均纯收入达12000元，较2021年刚结对时增长了40.5%。"
                           "投资150万元，组织实施某镇某村农业园区道路改造12公里。")
    assert [f["label"] for f in facts] == ["脱贫人口人均纯收入", "脱贫人口人均纯收入",
                                           "农业园区道路改造投资", "某镇某村农业园区道路改造"]
    assert facts[0]["period"] == "截至去年底"


def test_a_from_to_that_names_nothing_is_the_clause_befores_and_splits_its_years(
        tmp_path) -> None:
    facts = imported_facts(tmp_path, "协作简报",
                           "2021年至2024年农产品销售额实现翻番，从5.2亿元增加至9.8亿元，"
                           "年均增速超20%。")
    assert [(f["label"], f["period"]) for f in facts] == [
        ("农产品销售额", "2021年"), ("农产品销售额", "2024年"), ("年均增速", "2021年至2024年")]
    assert facts[1]["related_id"] == facts[0]["id"]


def test_the_later_from_tos_of_a_sentence_keep_the_years_of_its_first(tmp_path) -> None:
    facts = imported_facts(tmp_path, "简报",
                           "地区生产总值从1994年的5.9亿元增长到2017年的216.3亿元，"
                           "农牧民人均年收入从579元增长到9225元。")
    assert [f["period"] for f in facts] == ["1994年", "2017年", "1994年", "2017年"]


def test_a_from_to_of_a_plan_and_of_one_countys_share_is_linked(tmp_path) -> None:
    facts = imported_facts(tmp_path, "协作简报",
                           "自2019年起，协作资金将从原计划的县均800万元增至县均2000万元，"
                           "今后三年协作资金合计从原计划的6.5亿元增至18亿元。")
    assert [(f["label"], f["relation"]) for f in facts] == [
        ("协作资金县均", "从"), ("协作资金县均", "增至"), ("协作资金", "从"), ("协作资金", "增至")]
    assert [f["related_id"] for f in facts] == [2, 1, 4, 3]
    assert all(f["scope"] == "" for f in facts)  # 元增至县 is no place


@pytest.mark.parametrize(("sentence", "period", "normalised"), [
    ("2021年至今，该区投入帮扶资金2.1亿元。", "2021年至今", Period("since", "2021")),
    ("截止至2024年，两地共实施产业项目12个。", "截止至2024年", Period("to_date", "", "2024-12-31")),
    ("三年来，双方互访40多次；今年特色农产品销售突破了2亿元。", "今年", Period("year", "2025")),
    ("从2012年开始，共选派干部80名。", "从2012年开始", Period("since", "2012")),
    ("至此，今年援助财政资金达6.99亿元。", "今年", Period("year", "2025")),
    ("2019年度财政援助资金7.27亿元。", "2019年度", Period("year", "2019")),
    ("今年1至10月，全区实现消费帮扶金额2.87亿元。", "今年1至10月", Period("year", "2025")),
    ("今年到疆新增80亿元，五年累计到疆500亿元。", "五年", Period("since", "2021")),
    ("2010年后江苏安排12个设区市对口支援。", "2010年后", Period("since", "2010")),
    ("截至去年底，人均纯收入达12000元。", "截至去年底", Period("to_date", "", "2024-12-31")),
    ("经费保障——2017至2019年，安排补助经费300万元。", "2017至2019年",
     Period("years", "2017", "2019")),
    # a range that names an agreement is no period
    ("签署2021—2025年协议，援建学校12所。", "", Period("")),
    # set 35's: since a year, with many words before 以来
    ("自2002年某省对口支援某自治区甲地区及乙、丙、丁三县以来，投入资金9亿元。",
     "自2002年某省对口支援某自治区甲地区及乙、丙、丁三县以来", Period("since", "2002")),
    # set 30's: since an event in a year, written 自…后
    ("自2008年两市确定为结对城市后，累计捐助资金3亿元。", "自2008年两市确定为结对城市后",
     Period("since", "2008")),
])
def test_periods_named_as_reports_write_them(sentence: str, period: str, normalised: Period
                                             ) -> None:
    figure = figures(sentence)[-1]
    assert figure.period == period
    assert normalise_period(figure.period, figure.qualifiers, "2025-12-16") == normalised


@pytest.mark.parametrize(("sentence", "written", "unit", "base"), [
    ("市财政累计援助当地6.5亿，", "6.5", "亿", (650_000_000, "元")),
    ("带动6万农户增产。", "6", "万", (60_000, "户")),  # households, not people
    ("共种植了20万苗。", "20", "万苗", (200_000, "苗")),
    ("捐资捐物600笔。", "600", "笔", (600, "笔")),
    ("已有600方冷链空运。", "600", "方", (600, "立方米")),
    ("10车产品先期运抵。", "10", "车", (10, "车")),
])
def test_units_written_short(sentence: str, written: str, unit: str, base: tuple) -> None:
    figure = only(sentence)
    assert (figure.value, figure.unit, (figure.base_value, figure.base_unit)) == (
        written, unit, base)


@pytest.mark.parametrize(("sentence", "written", "share", "bound"), [
    ("受益群众占全县人口的三分之一。", "三分之一", 33.33, ""),
    ("三分之二以上的资金用于产业。", "三分之二", 66.67, "以上"),
    ("帮扶资金的1/4用于教育。", "1/4", 25, ""),
    ("千分之五的农户。", "千分之五", 0.5, ""),
])
def test_a_fraction_is_the_share_it_writes(sentence: str, written: str, share: float,
                                           bound: str) -> None:
    figure = only(sentence)
    assert (figure.value, figure.unit_kind, figure.base_value, figure.bound) == (
        written, "percent", share, bound)


@pytest.mark.parametrize("sentence", ["截至12/31，投入资金3亿元。", "比分3/2。", "第2/3期。"])
def test_dates_and_scores_are_no_fractions(sentence: str) -> None:
    assert all(f.unit_kind != "percent" for f in figures(sentence))


@pytest.mark.parametrize("sentence", ["援助当地12万人。", "建设3车间。", "双方签订3方协议。",
                                      "涉及十三方面。", "3万苗族群众。", "2笔记本。"])
def test_short_units_that_are_not_figures(sentence: str) -> None:
    assert all(f.unit not in ("亿", "方", "车", "苗", "万苗", "笔") and f.unit_kind != "money"
               for f in figures(sentence))


@pytest.mark.parametrize(("sentence", "token", "reason"), [
    ("全年投入资金1e9元，用于基础设施。", "1e9元", "字母"),
    ("拨付资金1\u200d234万元。", "1\u200d234万元", "不可见字符"),
    ("新建温室3\u200b0座。", "3\u200b0座", "不可见字符"),
    ("落实资金1\u2060234万元。", "1\u2060234万元", "不可见字符"),
    ("争取资金3千万元。", "3千万元", "混写"),
    ("投入1.2.3亿元建设园区。", "1.2.3亿元", "写法有误"),
])
def test_a_number_it_cannot_read_as_written_is_listed_never_misread(
        sentence: str, token: str, reason: str) -> None:
    found, unread = scan_figures(sentence, 0, len(sentence))
    assert found == []  # not 9元, 234万元, 0座, 千万元 or 3亿元
    [listed] = unread
    assert listed.text == token and reason in listed.reason
    assert sentence[listed.start:listed.end] == token


def test_a_change_keeps_its_sign() -> None:
    sentence = "上半年，地区生产总值同比增长-3.5%，每村选派3-5名技术人员。"
    change, people = figures(sentence)
    assert (change.value, change.base_value, change.relation) == ("-3.5", -3.5, "同比增长")
    assert sentence[change.start:change.end] == "-3.5%"
    assert (people.base_value, people.base_value_high) == (3, 5)  # a range's dash is no sign


@pytest.mark.timeout(60)
def test_extraction_is_linear_in_a_text_without_full_stops() -> None:
    """One sentence of 200,000 characters (a pasted table, a page without punctuation):
    every figure found, at a few microseconds a character (it took 103 s before)."""
    sentence = "天津市投入帮扶资金3.5亿元、实施项目120个、" * 10_000
    found, unread = scan_figures(sentence, 0, len(sentence))
    assert len(found) == 20_000 and not unread
    assert all(sentence[f.start:f.end] in ("3.5亿元", "120个") for f in found)


@pytest.mark.parametrize(("sentence", "written", "value", "base_unit"), [
    ("春运期间发车120车次。", "120车次", 120, "车次"),
    ("开通旅游专列30班次。", "30班次", 30, "班次"),
    ("组织培训3期。", "3期", 3, "期"),
    ("运送蔬菜8000斤。", "8000斤", 4, "吨"),
    ("销售牦牛肉500箱。", "500箱", 500, "箱"),
    ("选派12位专家驻村。", "12位", 12, "人"),
    ("开发特色产品20款。", "20款", 20, "款"),
    ("举办招聘会160余场次。", "160余场次", 160, "场次"),
    ("结对帮扶15对。", "15对", 15, "对"),
    ("组建医疗队8支。", "8支", 8, "支"),
    ("捐赠农机20台。", "20台", 20, "台"),
    ("修建步道800米。", "800米", 0.8, "公里"),
    ("新建厂房2.5万㎡。", "2.5万㎡", 25_000, "平方米"),
])
def test_every_measure_word_is_a_unit(sentence: str, written: str, value: float,
                                      base_unit: str) -> None:
    """Classifiers are one class: a figure counted in any of them is found, never dropped
    (160余场次 once became 160场); people in 名, 位 or 人 are 人; 斤 and 米 convert."""
    figure = only(sentence)
    assert sentence[figure.start:figure.end] == written
    assert (figure.base_value, figure.base_unit) == (value, base_unit)


@pytest.mark.parametrize("sentence", [
    "“十四五”期间建成二期工程。", "推广一种模式。", "新增3种植基地。", "开展2对口帮扶。",
    "给予8支持政策。", "建立5本地合作社。", "建立了一批展示中心。",
])
def test_a_measure_word_that_starts_another_word_is_no_unit(sentence: str) -> None:
    assert figures(sentence) == []


def test_a_chinese_decimal_is_read_whole_or_not_at_all() -> None:
    assert [(f.base_value, f.base_unit) for f in figures("投入资金四点六亿元，修路十二点五公里。")
            ] == [(460_000_000, "元"), (12.5, "公里")]  # never 六亿元 from its last digit
    found, unread = scan_figures("投入四点六点五亿元。", 0, 10)
    assert found == [] and unread[0].text == "四点六点五亿元"


# --- labels a careful reader writes (sentences shaped like those of real reports) -----------------
@pytest.mark.parametrize(("sentence", "labels"), [
    # what a count counts, written after it, with the verb before it
    ("天津共选派86名党政干部和940名专业技术人才到甘南挂职。", ["选派党政干部", "专业技术人才"]),
    ("为夏河县23个脱贫村集体经济增收800多万元。", ["夏河县脱贫村", "脱贫村集体经济增收"]),
    ("引导东部地区57家企业投资12.6亿元。", ["引导东部地区企业", "企业投资"]),
    ("甘南州8个脱贫县（市）与天津市12个区开展结对。", ["甘南州脱贫县（市）", "天津市区"]),
    ("其中县县结对40个、村村结对300个。", ["县县结对", "村村结对"]),
    ("改建成120平方米冷库。", ["建成冷库"]),
    # a figure right after another: the words before the first name both
    ("举办农民工培训班120期1.6万人次。", ["农民工培训班", "农民工培训班"]),
    # never a word cut in two, however long the clause
    ("闵夏两地党政领导班子成员率队赴天津考察对接并召开联席会议8次。", ["召开联席会议"]),
    ("对接会上，天津市有关部门和企业代表组织开展座谈交流活动26场。", ["座谈交流活动"]),
    # a from-to's base year and a verb's relative clause are not part of the label
    ("江苏省帮助引进的企业实际到位投资金额达9.2亿元。", ["企业实际到位投资金额"]),
    ("管好用好18.6亿元天津市财政援助资金。", ["管好用好天津市财政援助资金"]),
    # 分别: each figure with its own item of the list
    ("全省牛羊、蔬菜、中药材产量分别增长6%、8.5%、3%。",
     ["牛羊产量增长", "蔬菜产量增长", "中药材产量增长"]),
    # two items joined by 和, each its own measure; 达 and 为 only link them to the figures
    ("东西部协作资金和社会捐赠资金分别为2.6亿元、0.5亿元。", ["东西部协作资金", "社会捐赠资金"]),
    ("今年苹果和花椒销售额分别达1.2亿元和0.9亿元。", ["苹果销售额", "花椒销售额"]),
    # a 区 that belongs to the word after it is no place name
    ("到位区级资金2.3亿元。", ["到位区级资金"]),
    # the provinces a statement covers count provinces; what follows is the next figure's
    ("截至10月底，东部6个省市向西部9个省区市投入财政援助资金128.4亿元。",
     ["东部省市", "西部省区市", "财政援助资金"]),
    # each item of a list counts what follows it; 西部地区 is one word, not 部地区
    ("动员3100家企业、870个社会组织结对帮扶西部地区4265个村。",
     ["动员企业", "社会组织", "西部地区村"]),
    # a verb that says what is measured stays: donated, sold, taken on
    ("东部6个省市动员社会力量向西部9个省区市捐赠帮扶资金9.6亿元，"
     "销售西部地区农产品311.5亿元。",
     ["东部省市", "西部省区市", "捐赠帮扶资金", "销售西部地区农产品"]),
    ("援建帮扶车间46个，吸纳农村劳动力就业1800多人。", ["帮扶车间", "吸纳农村劳动力就业"]),
    # two things counted together
    ("共有1300家单位和企业参加对接会。", ["单位和企业"]),
    # a sum invested in the project named after it
    ("签约项目包括投资8亿元的城口县山地鸡深加工及冷链物流项目、投资3亿元的巫溪县中药材基地。",
     ["城口县山地鸡深加工投资", "巫溪县中药材基地投资"]),
    # 万 at the end of a clause, the people it counts named before it
    ("去年两地互访游客人次超过60万，惠及群众3.2万。", ["互访游客人次", "惠及群众"]),
    # a long phrase after a count, up to its last head noun; 共 alone says nothing
    ("目前，86名上海市新一轮援滇干部也已全部到岗，共90余名学员参训。",
     ["上海市新一轮援滇干部", "学员参训"]),
    # after 的, the words before say whose the things counted are
    ("组织有关单位的12名骨干教师和爱心企业的6位员工参加。", ["有关单位骨干教师", "爱心企业员工"]),
    ("来自北京及外地京商的85家企业参会。", ["外地京商企业"]),
    ("已经联系二十多位爱心人士，还修建6公里乡村道路。", ["联系爱心人士", "修建乡村道路"]),
    # what a list's 等各类 sums up; a sum for each; a bracket; 在…上 frames, names nothing
    ("落实干部培训经费、学校建设费用等各类帮扶资金300万元。", ["各类帮扶资金"]),
    ("8个重点县按每县4000万元安排。", ["重点县", "每县"]),
    ("联系爱心人士（计划10—30万元的助学资助）。", ["助学资助"]),
    ("帮扶馆在电商平台上年销售额突破亿元。", ["年销售额"]),
    # what a count just before counted is its own when a new verb phrase follows
    ("企业的20位员工为当地儿童捐献图书300余册。", ["企业员工", "捐献图书"]),
    # a list before the figure is what it counts; a list before what a count counts after
    # it gives examples only; a place whole (黔西南州, not 西南州)
    ("累计派出干部、教师、医生等人才960人次，组织村级、学校、医院结对412对。",
     ["派出干部、教师、医生等人才", "村级、学校、医院结对"]),
    ("协调学校、医院等600个单位与黔西南州25个脱贫村结对。", ["单位", "黔西南州脱贫村"]),
    # who went where is part of what is counted; 到位 is no direction
    ("深圳到毕节调研对接860人次，全省到位财政援助资金12.6亿元。",
     ["深圳到毕节调研对接", "到位财政援助资金"]),
    # 挂职 of 挂职干部 is what is counted, not a verb that ends it
    ("两市累计选派420名挂职干部、3100名专技人才到西部开展帮扶。", ["选派挂职干部", "专技人才"]),
    # what a count counts: a quoted name, 市直部门 (no 市), 街道, 开发区, 专场招聘, 骨干
    ("举办了4场“东西部劳务协作招聘会”，成都市6个街道、2个开发区和20多个县直部门参加。",
     ["举办“东西部劳务协作招聘会”", "成都市街道", "开发区", "县直部门"]),
    ("联合举办56次专场招聘，8家三甲医院选派26名专业骨干。",
     ["举办专场招聘", "三甲医院", "选派专业骨干"]),
    # 新增 says little on its own; a place alone before the figure is its scope, not its label
    ("帮助结对地区农村劳动力新增就业1.6万人，带动“西三县”3.2万人实现稳定就业，建立2.1万亩苹果示范基地。",
     ["结对地区农村劳动力新增就业", "带动实现稳定就业", "建立苹果示范基地"]),
    # a list's marks and a source's [n] are no part of a label; 镇江 is a city, no 镇
    ("- 累计引进31家扬州企业，实施产业项目208个 [3] - 建立展销中心46个 [4]",
     ["引进扬州企业", "产业项目", "展销中心"]),
    ("■ 向东部送电8.2亿千瓦时，价值3.6亿元的西部农产品销往上海。",
     ["向东部送电", "西部农产品价值"]),
    # a sum invested in what is built with it; a count after a list of places counts them all;
    # a modal or 已 before the figure is no part of its label
    ("投资180万元建设的总装机容量200千瓦的光伏扶贫项目已发电，宁夏、甘肃、青海60个县参加。",
     ["光伏扶贫项目投资", "总装机容量", "县"]),
    ("亩产效益可达三四万元，种植面积已达300多亩。", ["亩产效益", "种植面积"]),
    # a share of the whole (全县 is no subject); a change said only by its base keeps its verb;
    # 其中 alone says nothing
    ("藏族占全县总人口的91%，比2015年增长12.5%，其中60%用于县乡基层。",
     ["藏族占全县总人口", "比2015年增长", "用于县乡基层"]),
    # an agreement counted after 的; provinces in which; a place's area; 县市级 is no 县;
    # 万 before 各族人民 (和田 is their scope)
    ("两地签订的18项企业间投资协议，在16个援建省市中位列第二，总面积6200平方公里的策勒县，"
     "支持近300个县市级园区建设，惠及和田250万各族人民。",
     ["签订企业间投资协议", "援建省市", "策勒县总面积", "支持县市级园区建设", "惠及各族人民"]),
    # what is counted by weight, and eggs by a classifier of their own
    ("全年共有2600吨蔬菜销往深圳市场，每天产蛋80万枚。", ["蔬菜", "每天产蛋"]),
    # a per-unit phrase: its 一 counts nothing; 补贴 names the sum before it
    ("每个大棚补贴2000元，一亩地的收入达到6000元。", ["每个大棚补贴", "一亩地的收入"]),
    # a count of a list of kinds is read to the list's head noun; 达成 is a verb, not 达
    ("新建了12个种植、养殖基地，累计达成投资协议45个。", ["新建种植、养殖基地", "达成投资协议"]),
    ("60名教育、卫生、农技领域专业人才赴县帮扶。", ["教育、卫生、农技领域专业人才"]),
    # what a count counts after 的, and the sum named by the word after it
    ("8家来自沿海的企业带着2.5亿元投资入驻园区。", ["来自沿海的企业", "企业投资"]),
    ("爱心企业向该县捐赠了300万余元善款及物资。", ["捐赠善款及物资"]),
    # 将 and 让 end what is counted; 我省 is the place, not 盖我省
    ("600多名务工者将本地特产带到了沿海城市，9个车间让1200名群众就近就业。",
     ["务工者", "车间", "群众"]),
    ("项目覆盖我省900多个贫困村。", ["我省贫困村"]),
    # a bracket that splits the figure before it by place
    ("共确定了80个帮扶项目（天津市50个，北京市30个）。",
     ["帮扶项目", "天津市帮扶项目", "北京市帮扶项目"]),
    # training counted by sessions, then who was trained; 累计有 and 共 name nothing
    ("举办12期专题培训累计提升3000名基层干部业务素养，累计有40个镇与对方结对。",
     ["举办专题培训", "基层干部", "镇"]),
    ("该合作社已带动周边农户共150余人增收，流转土地500亩地。", ["周边农户", "流转土地"]),
    # 仅…就 and the months of this year are no part of what is measured; 等N个方面 sums a list
    ("仅今年前6个月销售金额就已突破2000万元，涵盖种植、加工等4个方面的协作项目20项。",
     ["销售金额", "协作项目"]),
    # a seventh held-out set: two counts of one noun; a sum named after 的; who sums it
    ("每年有三千多吨、一百多种中药材运往东部。", ["每年有中药材", "中药材"]),
    ("累计为该县创造近2亿元的消费。", ["创造消费"]),
    ("工作队共有干部和人才120名，同时还为该县新引进企业30家。", ["干部和人才", "新引进企业"]),
    # an eighth: a fund named after its sum; 同样…了; two counts joined by 和; a worth with
    # 元 left unwritten; a list paired with its figures by 达 alone; who helped, then whom
    ("设立200万元帮扶基金，同样安排了帮扶资金300万元。", ["设立帮扶基金", "帮扶资金"]),
    ("15名全国人大代表和3名省人大代表参加调研。", ["全国人大代表", "省人大代表"]),
    ("基金会捐赠了价值300万的医疗设备。", ["医疗设备价值"]),
    ("教育、医疗项目占比达60%和30%。", ["教育占比", "医疗项目占比"]),
    ("仅2019年，北京就助推拉萨市1200人越过贫困线。", ["助推越过贫困线"]),
    # a ninth: places counted by their own word; who sums, before 累计; when, before a count
    ("该州辖8县2区，全州10县区中有6个贫困县区。", ["该州辖县", "该州辖区", "全州县区", "贫困县区"]),
    ("两省已向该州累计投入帮扶资金20亿元。", ["帮扶资金"]),
    ("现在6家企业在园区投产。", ["企业"]),
    # a tenth: 全州 is the place covered; 有 ends no label; who is helped through 当地 and the
    # counts after it; an area given to farming, named after it
    ("帮扶范围扩展覆盖全州60个贫困村，已有5类产品入选。", ["全州贫困村", "产品"]),
    ("该村贫困人口有80户260人，带动当地30户90人实现就近务工增收。",
     ["该村贫困人口", "该村贫困人口", "带动实现就近务工增收", "带动实现就近务工增收"]),
    ("全村发展了80亩生态水产养殖和120亩花卉种植。", ["全村发展生态水产养殖", "花卉种植"]),
    # 片区 is an area, not a place ending in 区: its counties keep the name before it
    ("覆盖连片特困片区12个县。", ["连片特困片区县"]),
    # a sum invested to support a project named after it
    ("投资3000万元支持该县农产品加工厂项目建设。", ["该县农产品加工厂项目投资"]),
    # figures written one after another share the words before the first (派遣…12批830人次);
    # a unit's other name in brackets is the unit's; after a count and what it counted, the
    # next figures count what follows them (60个贫困村12095户45645个贫困人口)
    ("先后向西部贫困6县（区）派遣支教教师12批830人次。",
     ["向西部贫困县", "派遣支教教师", "派遣支教教师"]),
    ("全县60个贫困村12095户45645个贫困人口全部脱贫。", ["全县贫困村", "贫困人口", "贫困人口"]),
    # figures that name nothing of their own are of the figure before: its goods, not its worth
    ("这批农产品总价值约2600万元，共500余吨、80余万件。",
     ["这批农产品总价值", "这批农产品", "这批农产品"]),
    # what a classifier counts agrees with it, however long what is said of it (辆: 车)
    ("现场5辆满载着价值1200万元“年货”的货车出发。", ["货车", "满载着价值年货"]),
    # two counted nouns in a row, and the other side of a pairing is not counted with them
    ("60个街道乡镇、90所学校、20家医院与当地学校、医院结对帮扶。", ["街道乡镇", "学校", "医院"]),
    ("集团20个社区超市开辟专区。", ["集团社区超市"]),
    # what a percentage is a share of, written after it; but 销售利润100%反哺… is 销售利润
    ("刚性预留20%农副产品采购配额，当地将70%以上资金用于民生项目，销售利润100%反哺基金。",
     ["预留农副产品采购配额", "资金用于民生项目", "销售利润"]),
    # 对口 is a word (对口地区), 省份 is no 省, 先后/继续/如今/此前 name nothing
    ("与对口地区226所学校结对帮扶，累计向东部省份输送劳动力2.67万人次。",
     ["对口地区学校", "向东部省份输送劳动力"]),
    ("如今当地有3万多名劳动力在东部务工，该区继续投入的财政帮扶资金2.1亿元。",
     ["当地劳动力", "财政帮扶资金"]),
    ("此前已有600方冷链空运、10车产品运抵。", ["冷链空运", "产品"]),
    # whose, before 的; a head after the verb; a stop after the head; 解决…问题
    ("80多名来自当地的优秀青年校长到杭州挂职学习。", ["来自当地的优秀青年校长"]),
    ("推动12类产品打入40余家机关食堂，先后组织250家企业在当地投资兴业。",
     ["产品", "产品打入机关食堂", "企业"]),
    ("解决了8万余人饮水问题，在当地建立20个直供基地。", ["解决饮水问题", "建立直供基地"]),
    # set 12's shapes: a heading's dash; examples of a list after the verb that counts them;
    # a classifier's noun after 的 (株: 茶苗); 签约 is a verb, not 约; 新增加 is no change
    ("引进的企业——建材集团投资8.5亿元，现场签约21个项目。", ["建材集团投资", "签约项目"]),
    ("共选派教育、科技、卫生等领域120名干部赴当地工作，新增加16个县。", ["选派干部", "新增加县"]),
    ("首批50万株来自外地的茶苗扎根当地，还招引3家东部企业，90余名浙商来到当地考察。",
     ["首批茶苗", "招引东部企业", "浙商"]),
    ("每年安排40个驻村工作总队车辆补助经费500万元，向12个深度贫困旗县增加补助资金8亿元。",
     ["安排驻村工作总队", "驻村工作总队车辆补助经费", "深度贫困旗县", "深度贫困旗县增加补助资金"]),
    ("天津市12家三级甲等医疗机构选派20名骨干，300所学校等也与各贫困县村结对。",
     ["天津市三级甲等医疗机构", "选派骨干", "学校"]),
    # who gave is not what they gave
    ("某某公司捐赠物资价值20万元，某集团向当地捐赠帮扶资金500万元。",
     ["捐赠物资价值", "捐赠帮扶资金"]),
    ("动员企业、社会组织和个人向当地捐资捐物600笔共5000万元。", ["捐资捐物", "捐资捐物"]),
    # set 13's shapes: a list's examples give way to its head (…等专业技术人才); 带动…农民;
    # 新增加 is one verb; two figures in a row are each their own (种植了30亩20万苗)
    ("共派出150名医疗、教育、建设等专业技术人才到当地开展支医。", ["派出专业技术人才"]),
    ("采用“农户+基地”模式带动200余户农民种植红枣。", ["带动农民"]),
    ("新增加“区中园”2至3家，共种植了30亩20万苗。", ["“区中园”", "种植", "种植"]),
    ("有力推进了新疆某地区4县的发展。", ["新疆某地区县"]),
    # set 14's shapes: 园区 is no subject; 对口 is one word when a label is cut; 建立了…3县;
    # places listed before how many they are; 在…领域 frames
    ("完成园区内农户住房改造60户，宁波对口协作的凉山11个县。", ["园区内农户住房改造", "凉山县"]),
    ("建立了环京3县与北京交界4县联防机制。", ["环京县", "北京交界县"]),
    ("北京13个区与河北省张家口、承德、保定三市16个县（区）结对。",
     ["北京区", "张家口、承德、保定三市县（区）"]),
    ("两市在产业协作领域签订合作协议30项。", ["合作协议"]),
    # set 15's: 天津籍 says whose, 市委 is no 市, a bare share after 、 is of the figure before
    ("景区游客数量同比增长75.2%，天津籍游客数量增幅114.2%、占比11%。",
     ["景区游客数量", "天津籍游客数量", "天津籍游客占比"]),
    ("足额拨付财政援助资金6.59亿元，天津市委书记四次来甘。", ["财政援助资金", "天津市委书记来甘"]),
    # set 17's: 地区, 设区市 and 县级市 are counted; examples before 等 are not who counted;
    # a long name stays whole; a sum named only 投资 is of the count before it
    ("负责某省甲、乙、丙3个地区，安排南京等12个设区市和昆山等5个经济实力强的县级市参与。",
     ["地区", "设区市", "经济实力强的县级市"]),
    ("克孜勒苏柯尔克孜州3个县（市）参与，选派11批共3000多人次干部人才。",
     ["克孜勒苏柯尔克孜州县（市）", "选派干部人才", "选派干部人才"]),
    ("规划内项目705个，投资95.56亿元；已引进电梯厂等7家浙江龙头企业。",
     ["规划内项目", "规划内项目投资", "浙江龙头企业"]),
    ("前方指挥部促成江苏16家开发园区与受援地产业园结对共建。", ["江苏开发园区"]),
    # set 18's: a classifier's noun written right after it (头: 育肥牛, 台: 大货车); an area
    # given to an orchard; 可 of a change is a hedge
    ("主要用于采购900头育肥牛，计划由20台大货车分批运输。", ["采购育肥牛", "大货车"]),
    ("800多亩茶园的200多万株白茶苗长势喜人，茶叶产量可提高20%以上。",
     ["茶园", "茶园白茶苗", "茶叶产量"]),
    # set 19's: a quoted name runs on to its head (12趟“点对点”…专列); 线路 and 岗位 are
    # counted; 发布 is a verb
    ("将开行8趟“点对点”定制化务工专列，结合某州4条自驾旅游线路。",
     ["开行“点对点”定制化务工专列", "某州自驾旅游线路"]),
    ("在某市6个县区和乡镇发布了2万个用工岗位信息。", ["某市县区", "发布用工岗位"]),
    # what a value is held at is what it measures (稳定在, 控制在)
    ("就业率稳定在90%以上，贫困发生率控制在2%以内。", ["就业率", "贫困发生率"]),
    # set 16's: a bracket's 、 parts no list; who gave to whom (累计向28个脱贫县); 地市 and
    # 院校 are counted; quoted names before a count are its examples
    ("30个参加协作的县（市、区）累计向南疆20个受援县（市）投入帮扶资金2亿元。",
     ["参加协作的县（市、区）", "南疆受援县（市）", "帮扶资金"]),
    ("12家中央单位累计向20个脱贫县投入资金8亿元。", ["中央单位", "脱贫县", "投入资金"]),
    ("浙江9个地市30所中高职院校参与，某省实施“甲工程”“乙工程”“丙工程”三项工程。",
     ["浙江地市", "中高职院校", "实施工程"]),
    # how long is the period's to say; a value reached is what it measures (降低至5%)
    ("市财政三年累计援助当地6.5亿，损耗率降低至5%，单次采购峰值破3万元。",
     ["市财政累计援助当地", "损耗率", "单次采购峰值"]),
    # set 20's: a from-to's start named by an event, its end bounded (减少到不足)
    ("贫困发生率从协作之初的12.5%降至0.5%，贫困人口从30万人减少到不足2万人。",
     ["贫困发生率", "贫困发生率", "贫困人口", "贫困人口"]),
    # the giver's districts counted (经济强区); where the receiving side invested is the
    # scope's to say; a list of projects summed up by 等项目; an attribute of what a clause
    # before points at (这座卫生院…，占地8亩)
    ("宁波市5个经济强区与黔西南州5个贫困县结对。", ["宁波市经济强区", "黔西南州贫困县"]),
    ("已有6家浙商企业在临夏州累计投资2.3亿元。", ["浙商企业", "浙商企业累计投资"]),
    ("实施了总投资500万元的村道硬化、人畜饮水、产业培育等项目。", ["村道硬化等项目总投资"]),
    ("这座卫生院去年建成，占地8亩，建筑面积1200平方米，可容纳病床60张。",
     ["卫生院占地", "卫生院建筑面积", "卫生院可容纳病床"]),
    # set 21's: each county each year, of what follows; what one mu earns, whose 一亩 is no
    # count; a verb's end before a list of places; two places linked before a count of counties
    ("截至目前，市财政已安排给临夏2018、2019年每个脱贫县每年800万元协作资金。",
     ["每个脱贫县每年协作资金"]),
    ("过去种土豆，一亩地每年只能挣800元，如今一亩纯收入以后有三四千元。",
     ["一亩地每年只能挣", "一亩纯收入"]),
    ("其中南京市主要负责临夏、甘南两州12个县的帮扶工作。", ["临夏、甘南两州县"]),
    ("至2020年底，已帮扶临夏和甘南12县脱贫摘帽、80万人脱贫。", ["临夏和甘南县", "脱贫"]),
    # set 22's: 千家万户 counts nothing; 和政 is a name, not 和 and 政; what a 辆 or a 所
    # counts is its noun, however long (纯电公交车, 乡镇卫生院); 百姓 are people
    ("将自来水送进临夏千家万户，援助40辆纯电校车，覆盖和政12个乡镇，惠及周边8余万百姓出行。",
     ["援助纯电校车", "覆盖和政乡镇", "惠及百姓出行"]),
    ("辐射带动20所乡镇卫生院，新建3所村小学。", ["带动乡镇卫生院", "新建村小学"]),
    ("今年全年的协作资金将达到3亿元。", ["协作资金"]),  # whose time is no part of it
    ("10年间天津市先后选派5批干部到和政县。", ["选派干部"]),  # how long (10年间) goes whole
    ("她说：“现在我每个月能挣3000元。”", ["现在我每个月能挣"]),  # a quote's mark, not a word
    # set 24's: a long list of projects keeps its first item; what a count after the place
    # counts, and 共 of the sum after it; what is hoped (力争使) is no part of it; after a sum,
    # what the next count counts; 每亩 alone names nothing; a wage; whom, and what became of
    # them; 移民; two prefectures' counties; 多达
    ("全县累计实施茶叶、核桃、蚕桑、肉牛等产业发展项目36个。", ["茶叶等产业发展项目"]),
    ("在6个对口支援地区共援助资金2.15亿元，力争使6个对口支援地区的经济增长位居前列。",
     ["对口支援地区", "援助资金", "对口支援地区"]),
    ("东部城市累计投入50亿元实施帮扶项目2100个。", ["投入实施帮扶项目", "帮扶项目"]),
    ("我家的青稞与过去相比，每亩增加了25公斤。", ["每亩增加"]),
    ("合作社以每月4000多元的工资聘请了他。", ["每月工资"]),
    ("近3年，临夏有12.6万名建档立卡贫困人口脱贫。", ["建档立卡贫困人口脱贫"]),
    ("助力1800多名移民增收致富。", ["移民增收致富"]),
    ("与临夏、甘南12个县（市）实现结对全覆盖。", ["临夏、甘南县（市）"]),
    ("通过远程教育网培训的人员多达3.2万人次。", ["培训的人员"]),
    # set 25's: rooms and beds; 近两年 goes whole; places of a list where it was done; the
    # project a sum builds, after its own figure; 如, 只有, 目前, 实现对, 将 and 使 name
    # nothing; an area of what follows it
    ("6间客房共15张床位经常住满。", ["客房", "床位"]),
    ("援藏工作队近两年投入900万元改造基础设施。", ["援藏工作队投入"]),
    ("在西藏6个协作市州各建一个园区。", ["西藏协作市州"]),
    ("某集团在临夏、甘南、定西投资12亿元建设肉牛养殖全产业链项目。", ["肉牛养殖全产业链项目投资"]),
    ("如某新能源企业在园区投资60亿元建设含3条生产线的负极材料一体化项目。",
     ["负极材料一体化项目投资", "生产线"]),
    ("公司离家只有3公里。公司目前有150多名员工。", ["公司员工"]),  # how far: no figure
    ("实现对甘肃20个国家扶贫开发工作重点县结对全覆盖。", ["甘肃国家扶贫开发工作重点县"]),
    ("通过新技术，将事故率降低60%，使亩产达到300公斤。", ["事故率", "亩产"]),
    ("占地12000平方米的幸福新村总投资达2800万元。", ["幸福新村占地", "幸福新村总投资"]),
    # set 26's: who is counted after a long clause said of them; a rise written as a sum is
    # the level's; what a count is counted among; a heading run into its paragraph is no
    # part of a label; 作为 is a verb; where (在全疆); to whom (向宁夏) is the scope's; 五年内 and
    # 连续8年 go whole; two things counted together; 包括…在内的 names nothing
    ("3万多名曾经住在高寒深山沟里的牧民陆续搬进新村。", ["牧民"]),
    ("2018年，全镇农民人均可支配收入达12500元，比建设初期净增加11000多元。",
     ["全镇农民人均可支配收入", "全镇农民人均可支配收入增加"]),
    ("收入等6项指标增幅居甘肃14个地级市之首。", ["指标", "甘肃地级市"]),
    ("工作回顾 协作结硕果 甘南南部6县，又称高寒牧区。", ["甘南南部县"]),
    ("临夏作为12个受援市州中唯一的自治州。", ["受援市州"]),
    ("增幅在全省3个综保区中排名第一，已引入21家农畜产品加工和电子商务企业。",
     ["全省综保区", "引入农畜产品加工和电子商务企业"]),
    ("20年来，我省财政向甘南无偿援助3.6亿元。", ["财政无偿援助"]),
    ("五年内为临夏培养专业技术人才8000人次，推动GDP连续6年保持8%以上增速。",
     ["培养专业技术人才", "GDP保持"]),
    ("包括甘南在内的全国600万脱贫人口。", ["全国脱贫人口"]),
    # set 27's: the kinds of place in brackets after a count's are counted too, and a place's
    # aside before it is no part of it; 实现 says nothing; what a bare verb's count of 项
    # counts is the 项目 counted before
    ("实现了6个东部城市“一对一”对口帮扶甘肃（除兰州市之外）的13个市（州）。",
     ["东部城市", "甘肃市（州）"]),
    ("30余个市级部门和12个区（县、市）先后到临夏开展帮扶。", ["市级部门", "区（县、市）"]),
    ("当年安排援建甘南项目36项。目前，已实施20项。", ["甘南项目", "实施项目"]),
    # set 28's: 这是 and a trailing 占 name nothing; a rate's /年 is the unit's
    ("这是宁波市捐助300万元援建的示范项目，其中民生项目占40个。", ["宁波市捐助", "民生项目"]),
    ("某化纤企业1.5万吨/年碳纤维项目一期1000吨/年生产线投产。", ["某化纤企业", "碳纤维项目一期"]),
    # set 29's: the places a count counts, listed after a longer phrase (伊犁州伊犁、…)
    ("负责对口支援伊犁州伊犁、阿勒泰、塔城3个地区和奎屯市。", ["伊犁、阿勒泰、塔城地区"]),
    # households of dwellings, a list's next item, a long clause before what is counted, a
    # bracketed pair of places after a word's end, a share's use, a dateline
    ("开工建设3200户农村安居富民房、500套城镇廉租房等26项事关各族群众切身利益的民生工程。",
     ["建设农村安居富民房", "城镇廉租房", "民生工程"]),
    ("支持库区水源区陕西、湖北两省12个对口县市发展。", ["陕西、湖北两省对口县市"]),
    ("市协作资金里约四分之一用于生态保护。", ["市协作资金用于生态保护"]),
    ("新华社兰州5月2日电（记者 王某）某省对口支援某地区累计投资9亿元。",
     ["对口支援某地区累计投资"]),
    # set 30's: a delegation, a doing verb before a count, a base inside a change's words, a
    # list of cities opening the clause, a student counted, 均在 and 根据 naming nothing
    ("全省16个代表团进藏考察。", ["全省代表团"]),
    ("今年以来，实施9个智力支援项目，协调6批40名医疗专家组团赴当地开展义诊活动。",
     ["智力支援项目", "医疗专家", "医疗专家"]),
    ("企业固定资产投资在2020年的基础上年均增长12%。", ["企业固定资产投资"]),
    ("长沙、株洲、湘潭3个对口援助市结对帮扶。", ["长沙、株洲、湘潭对口援助市"]),
    ("联合高校选派90名研究生到当地支教。", ["选派研究生"]),
    ("每场招聘会参会企业均在50家左右。", ["每场招聘会参会企业"]),
    ("根据规划确定资金基数按6%年均递增。", ["规划确定资金基数"]),
    # set 31's: what a list of praise describes, a province's cities, 计划外, the items set
    # aside by 除…外, batches by their order, after it is built, the next figure's noun
    ("建成8个环境整洁、配套完善、群众满意的美丽乡村示范社区。", ["建成美丽乡村示范社区"]),
    ("全省12个省辖市对口援助当地乡镇。", ["全省省辖市"]),
    ("开展合作项目50余项，计划外支持资金800多万元。", ["合作项目", "计划外支持资金"]),
    ("9个援建项目除两个跨年度项目外，其他7个项目全部完工。",
     ["援建项目", "跨年度项目", "其他项目"]),
    ("除了第一批是30人外，二至四批都是40人。", ["第一批", "二至四批"]),
    ("建成后将拥有3000个座位。", ["座位"]),
    ("其中2.1亿元直接安排在临潭县实施了15个援疆项目。", ["直接安排实施援疆项目", "实施援疆项目"]),
    ("五年来，特别是干部人才62名到岗。", ["干部人才"]),
    # set 32's: a town of a programme, towns and villages, lines past their output, the
    # times something was done, counties listed then counted in words
    ("全县打造3个乡村振兴示范镇。", ["打造乡村振兴示范镇"]),
    ("整治12个小城镇、40个村庄。", ["整治小城镇", "村庄"]),
    ("规划建设三条年产10万吨饲料生产线。", ["规划建设饲料生产线", "年产饲料生产线"]),  # planned
    ("全省先后三次选派60名专业技术人才进藏。", ["选派专业技术人才", "选派专业技术人才"]),
    ("重点援助喀什地区伽师、疏附、莎车三县发展。", ["伽师、疏附、莎车县"]),
    ("基地占地1万平方米，达产后可实现年产值800万元。", ["基地占地", "可实现年产值"]),  # 达产后
    # set 34's: policies counted, a count shared across a list of places, 超细 is no bound
    ("广东省150项政策举措在本省复制推广。", ["广东省政策举措"]),
    ("江苏省5家、浙江省3家企业签约。", ["江苏省企业", "浙江省企业"]),
    ("超细羊绒以1200元/公斤成交。", ["超细羊绒"]),
    ("已经形成300多亩的种植规模。", ["形成种植规模"]),  # set 36's
    # set 37's: 近日 is a time, a kind's name holds its verbs (建设类, 组织和), a list of
    # counties after 对口, what follows the people counted, 各, the pairs after 分别 that hold
    # a 和 or 及 of their own, a plan's sum, a share of the figure before, a giver's firms
    ("甘肃省近日将开工的援建项目共12个。", ["开工的援建项目"]),
    ("其中支持村级组织和阵地建设类项目3个。", ["村级组织和阵地建设类项目"]),
    ("市里对口支援和田地区墨玉、皮山、洛浦三县。", ["墨玉、皮山、洛浦县"]),
    ("选派5名骨干教师组成讲师团赴当地。", ["选派骨干教师"]),
    ("申报农业项目和文旅项目各2项。", ["申报农业项目和文旅项目"]),
    ("医疗和教育、乡及乡以下民生领域资金分别占比70.5%和82.3%。",
     ["医疗和教育资金占比", "乡及乡以下民生领域资金占比"]),
    ("“十二五”期间投入援建资金60亿元，十三五计划投入90亿元。", ["援建资金", "投入援建资金"]),
    ("当地脱贫人口12万人，占全省的四分之一。", ["当地脱贫人口", "当地脱贫人口占全省"]),
    ("近期组织苏州市20家企业代表深入当地考察。", ["组织苏州市企业代表"]),
    # set 38's: a yearly rate after a from-to, 这一比例, a from-to whose measure follows it, a
    # threshold's projects, a reading in brackets, what a sum pays for, a sum after a count
    ("旅游产值仅占全州的21.5%；到2024年，这一比例提升到了40.2%。",
     ["旅游产值仅占全州", "旅游产值仅占全州"]),
    ("签约引进总投资亿元以上项目4个。", ["总投资亿元以上项目"]),
    ("累计实施援疆(yuánjiāng)项目(xiàngmù)35个。", ["援疆项目"]),
    ("安排2.6亿元帮扶资金用于安居工程和饮水工程。", ["帮扶资金用于安居工程和饮水工程"]),
    ("目前协作资金的75%都落实于产业项目。", ["协作资金落实于产业项目"]),
    ("先后招商引资80多个项目150多亿元。", ["招商引资项目", "招商引资项目"]),
    # set 39's: what became of the places counted, rates after 分别, 大约 and 不低于 trail, an
    # ellipsis ends a clause, a rent shared out, a count of its own after 和
    ("全市12个贫困县摘帽，860个贫困村出列。", ["全市贫困县摘帽", "贫困村出列"]),
    ("甲县和乙县的贫困发生率分别下降至2.1%、0.9%。",
     ["甲县贫困发生率下降至", "乙县贫困发生率下降至"]),
    ("如今全家年收入大约5万元。", ["全家年收入"]),
    ("投产后年上缴税收不低于3000万元。", ["年上缴税收"]),
    ("全村260户贫困户全部脱贫……至此，当地全部摘帽。", ["全村贫困户"]),
    ("每年为200户群众带来12万元租金分红。", ["群众", "群众带来租金分红"]),
    ("决定东部6个省和2个计划单列市对口帮扶。", ["东部省", "东部计划单列市"]),
    # set 40's: pairs of places, new techniques, what goods are worth, a second count's own
    # noun after 和, the examples' 等, funds summed before a bare 亿
    ("两区七对县区建立结对关系。", ["两区县区"]),
    ("帮助当地医院开展30余项新技术。", ["开展新技术"]),
    ("当地收到捐赠物资，折合260万元。", ["收到捐赠物资折合"]),
    ("解决1.2万人住房问题和0.8万人饮水安全等。", ["解决住房", "饮水安全"]),
    ("两年来财政性资金累计30多亿，到位资金达到56亿。", ["财政性资金", "到位资金"]),
    # what funds named alone are for: the kind of projects counted just before (not projects
    # of no kind, nor funds others were moved to give); words that only sum or say a part
    ("其中文化教育类项目8个，安排援藏资金2100万元。", ["文化教育类项目", "文化教育类项目援藏资金"]),
    ("安排援疆项目60个，投入援疆资金4.5亿元。", ["援疆项目", "援疆资金"]),
    ("援建项目300个，带动社会力量投入帮扶资金5000万元。", ["援建项目", "帮扶资金"]),
    ("二十年来，南京知名企业先后投资80多亿元。", ["南京知名企业投资"]),
    ("包括新建职工宿舍1200套。", ["新建职工宿舍"]),
    # set 41's: who a count is given to, named after it; 分别 after figures with no list of
    # names; counties listed then counted with 个; a caption's note; examples before 等; a
    # corps' division beside a place
    ("请工作组负责同志向160多名援疆队员转达问候。", ["援疆队员"]),
    ("全县完成生产总值12.4亿元，完成财政收入0.9亿元，分别比2010年增长2倍和5倍。",
     ["生产总值", "财政收入", "生产总值增长", "财政收入增长"]),
    ("资金分别援助临潭县的甲乡、乙乡、丙乡3个乡。", ["甲乡、乙乡、丙乡乡"]),
    ("3000平方米标准化厂房已经封顶(无人机照片)。", ["标准化厂房"]),
    ("南瓜干、保温杯等200余款精选好物汇集一堂。", ["精选好物"]),
    ("为巴州和二师援建急需项目30项。", ["急需项目"]),
    # set 42's: a level of government is no subject; words quoted as spoken begin the
    # clause; a quoted count of the rates before it; the places counted in a list
    ("其中，安排县及县以下基层项目援助资金12亿元。", ["县及县以下基层项目援助资金"]),
    ("他深情地说“远道而来的李海等26名同志，团结务实”。", ["远道而来的李海"]),
    ("项目开工率、资金到位率、任务完成率“三个100%”。", ["资金到位率、任务完成率"]),
    ("学校建成后解决周边22个村、11个社区孩子上学难的问题。", ["解决村", "社区"]),
    # set 43's: from-to ends from 原本 and to 现在; 一共 sums; a plan's verb; a second giver
    # joined to the subject; 及其 joins a place to its own
    ("整个乡的学龄前儿童一共有345名。", ["整个乡的学龄前儿童"]),
    ("规划建设了6个常规活动室、1个音乐活动室。", ["规划建设常规活动室", "音乐活动室"]),
    ("中山市及小榄组团向盘州市支援财政帮扶资金4486万元。", ["支援财政帮扶资金"]),
    ("担负起支援日喀则市及其下辖白朗、昂仁、南木林3个县的重任。", ["白朗、昂仁、南木林县"]),
    # set 44's: a kind after its examples; 于是 opens the clause; the means after examples
    ("同年选派408名教师、医生、农技人员等专技人才到铜仁挂职。", ["选派专技人才"]),
    ("认为前景广阔，于是整合4000多万元资金建设繁育基地。", ["整合资金"]),
    ("通过开发10余种深加工产品、签订18万只藏羊订单等举措，促进了产销结合。",
     ["开发深加工产品", "签订藏羊订单"]),
    # set 45's: towns and streets counted together; a region's own projects, not regions
    ("合作共建草湖镇及17个镇街结对方案。", ["镇街"]),
    ("有培训中心建设项目等13个地区统筹项目。", ["地区统筹项目"]),
    # set 46's: 完成 after a measure; 其余 names nothing; a sum's use in brackets, whole
    ("去年，园区业务总收入完成154.9亿元。", ["园区业务总收入"]),
    ("苏宿园区稳居榜首，其余5个共建园区全部进入前列。", ["共建园区全部进入前列"]),
    ("安排资金15.7亿元(另外1亿元已提前用于大学科技学院阿克苏校区建设)。",
     ["安排资金", "已提前用于大学科技学院阿克苏校区建设"]),
    # set 47's: how often names nothing; kinds of place listed; a parallel item's noun; a
    # from-to after a dash measures what the words before the dash name
    ("每年都有百名天津干部、千名天津专家来到甘南。", ["天津干部", "天津专家"]),
    ("全市12个区、县(市)与甘南州的8个县(市)结对。", ["全市区、县(市)", "甘南州县(市)"]),
    ("天津先后向甘南转移了30多项农业技术成果。", ["转移农业技术成果"]),
    ("接续选派援甘技术人才86名。", ["选派援甘技术人才"]),
    ("夏河县与天津结对的3个贫困区县已全部脱贫摘帽。", ["天津结对贫困区县"]),
    ("他带领12名天津教育精英来到合作市。", ["带领天津教育精英"]),
    ("新签约项目100个(其中亿元以上项目40个)，计划总投资500亿元。",
     ["新签约项目", "亿元以上项目", "新签约项目总投资"]),
    ("带动年收入10万元以上的行政村增长60%。", ["年收入10万元以上的行政村"]),  # a class
    ("将援青干部与43.2万康巴儿女紧紧相连。", ["康巴儿女"]),
    ("形成了投资意向210多项。", ["形成投资意向"]),  # 了 and 出 after a verb say nothing
    # set 52's: whose aid it is, in parts told apart by their givers; a clause of hedges only
    # takes what the clause before names; 例 counts operations
    ("上海市对口援藏项目1582个；山东省对口援藏项目1355个。",
     ["上海市对口援藏项目", "山东省对口援藏项目"]),
    ("扩大种植面积，估计将达30万亩。", ["扩大种植面积"]),
    ("为孩子们送来400多套冬衣。", ["孩子们送来冬衣"]),
    ("累计完成手术5000余例。", ["完成手术"]),
    ("筹集3000余株优质水蜜桃苗试种。", ["筹集优质水蜜桃苗"]),  # set 55's: 株 of a longer name
    # set 53's: 约定 is a word, not 约; a province's share of what follows 的; two pairing words
    ("约定投资总额约3000亿元。", ["约定投资总额"]),
    ("甘肃全省41%的合同金额来自天津。", ["合同金额来自天津"]),
    ("天津组织全市16个结对帮扶县“牵手”甘肃34个脱贫县。", ["组织结对帮扶县", "甘肃脱贫县"]),
    ("目前有309名科技特派员长期活跃在生产一线。", ["科技特派员"]),  # 员: a person's word
    ("全部达产后可新增就业2000人。", ["可新增就业"]),  # 全部 qualifies, 可 says it is expected
    ("天津挑选出45名干部。", ["挑选干部"]),
    ("建设项目13个(含市级项目8个、区级项目3个)。", ["建设项目", "市级项目", "区级项目"]),
    ("25个藏族古村落被列入中国传统村落。", ["藏族古村落被列入中国传统村落"]),  # not 传统村
    ("预计形成80万锭纺纱生产规模。", ["形成纺纱生产规模"]),
    ("全省86对县级对口帮扶协作关系，共28对被评为优秀。",
     ["全省县级对口帮扶协作关系", "被评为优秀"]),
    ("天津选派两批60名、甘肃选派三批90名干部交流挂职。",
     ["选派干部", "选派干部", "选派干部", "选派干部"]),
    # set 58's: 意向 is a noun, not 向 before whom; the times of what was done, not who asked
    ("现场达成采购意向2.5亿元。", ["达成采购意向"]),
    ("对各县要求每年至少举办两次招聘活动。", ["举办招聘活动"]),
    # set 59's: whose natives are part of what is counted
    ("接收安置忠县籍移民4000人。", ["接收安置忠县籍移民"]),
    # set 60's: a total after a yearly rate is of the level, not of 年均; a place's part of
    # a sum after 其中 is the sum's measure, not the place alone
    ("全州旅游收入从10亿元增加到20亿元，年均增长15%，累计达60亿元。",
     ["旅游收入", "旅游收入", "旅游收入年均", "旅游收入"]),
    ("两地协作到位资金达8亿元，其中天津市5亿元，河北省3亿元。",
     ["协作到位资金", "天津市协作到位资金", "河北省协作到位资金"]),
    # set 72's: about as many people after 万, named after it; money named after the sum
    ("县里目前有3万左右农民工在外务工。", ["农民工"]),
    ("某市向该县捐赠500万元扶贫款和20万元慰问金。", ["捐赠扶贫款", "慰问金"]),
    # set 80's: a verb's 了; a project named after its sum ends where what became of it begins
    ("开发区向该县捐赠了帮扶资金800万元。", ["捐赠帮扶资金"]),
    ("总投资1.5亿元的标准厂房建设项目已完成主体工程。", ["标准厂房建设项目总投资"]),
    # set 64's: those a verb gathered from a place are what is counted, after the place
    ("工作队组织甘南州30名少年儿童到天津参加夏令营。", ["组织少年儿童到天津参加夏令营"]),
    # set 70's: what a sum alone costs is the facility a caption or an earlier clause names
    ("援建的县城第二小学。2019年建成，总投资3000万元。", ["县城第二小学总投资"]),
    ("当年修建红旗水电站，次年发电，投资80万元。", ["红旗水电站投资"]),
    ("文物维修工程是自治区重点工程，于2005年开工建设，总投资2亿元。", ["文物维修工程总投资"]),
    # how often a meeting was held; the 到 of a verb that sends funds
    ("中央先后五次召开工作座谈会。", ["召开工作座谈会"]),
    ("截至5月底，已拨付到项目资金3.5亿元。", ["项目资金"]),
    ("浙江已落实到位财政援助资金30亿元。", ["到位财政援助资金"]),
    # set 70's: a change after 、 is of what the figure before measured, never holding it;
    # a share a verb puts to use stops before the next figure
    ("到位资金8亿元，资金到位率70%、同比增长25%。",
     ["到位资金", "资金到位率", "资金到位率同比增长"]),
    ("利用50%援助资金新建住房800户。", ["援助资金新建住房", "援助资金新建住房"]),
    # set 72's: a verb inside a list's item before 等 does not open the label; a figure
    # opening a bracket after a name is that name's
    ("重点实施了安居房、设施农业、城镇基础设施建设等项目共计60个。", ["安居房等项目"]),
    ("县污水处理厂(2000吨/天)已完工。", ["县污水处理厂"]),
    # set 61's: funds named by 资金 alone are the projects' just counted, of any kind
    ("今年安排东西协作项目9项，资金2100万元。", ["东西协作项目", "东西协作项目资金"]),
    # sets 75–86: what a classifier of firms counts is past the places before 的 that say
    # whose they are; a verb of what follows ends what a count counts; the regions of two
    # characters are whole; a sum sold after a subject and 已 names the goods after it; a
    # verb alone takes what it acted on in the clause before; the children, students and
    # universities counted are head nouns (a count of places stops before its people)
    ("博览会上，300多家贫困地区的扶贫企业和农民合作社参展。",
     ["贫困地区的扶贫企业和农民合作社"]),
    ("为省内12个重点帮扶县进行农特产品展销。", ["省内重点帮扶县"]),
    ("中西部22个省份已销售415亿元扶贫产品。", ["中西部省份", "销售扶贫产品"]),
    ("推动政府部门采购脱贫地区农副产品，去年已采购2.7亿元。",
     ["采购脱贫地区农副产品"]),
    ("以及多所高校等130余所承担援疆任务的高水平大学。", ["承担援疆任务的高水平大学"]),
    ("该校有4500余名师范生留疆就业。", ["该校师范生"]),
    ("该幼儿园163名孩子都是当地工人子女。", ["该幼儿园孩子"]),
    ("共组织安排2900余班次专车。", ["安排专车"]),
    # and: a verb of carrying says nothing of those carried; a quoted name before the places
    # it names is theirs; 实现 closing a long label, a launch's 首日 and 购销 after a count
    # are no part of it; a sum spent on what follows 的 is that thing's
    ("满载613名务工人员的专列发出。", ["务工人员"]),
    ("共有24个“一区”区县参与。", ["“一区”区县"]),
    ("某地消费协作已实现3.96亿元。", ["某地消费协作"]),
    ("启动首日已有20家企业签署了协议。", ["企业"]),
    ("推动9家中央单位购销农副产品0.9亿元。", ["中央单位", "中央单位购销农副产品"]),
    ("务工人员来自甲、乙、丙等5个州(市)。", ["州(市)"]),
    ("总投入1890万元的教育信息化项目已建成。", ["教育信息化项目总投入"]),
    # bodies counted by their own word, after their examples
    ("财政局等4部门联合印发了通知。", ["财政局等部门"]),
    # two verbs of what is measured that act on one thing are both kept; 集团 is what is
    # counted
    ("东部地区采购、销售结对地区特色农产品共计84亿元。", ["采购、销售结对地区特色农产品"]),
    ("某省采购销售对口地区农特产品达8.34亿元。", ["采购销售对口地区农特产品"]),
    ("推动17个市级帮扶集团购销农副产品2.11亿元。", ["市级帮扶集团", "市级帮扶集团购销农副产品"]),
    # sets 87–96: prefectures, the corps's divisions and survey teams are counted; experts
    # end before 组团; a currency named after a sum is no part of the next label
    ("19个省市对口支援新疆12个地州及兵团12个师。", ["省市", "新疆地州", "兵团师"]),
    ("遴派2000余名专家组团式帮扶各级医疗机构。", ["遴派专家"]),
    ("各部委派三批调研组赴新疆调研。", ["各部委派调研组"]),
    ("某省投入100余亿元人民币支援喀什地区5县市。", ["某省投入", "支援喀什地区县市"]),
    # sets 97–108: 购销 inside a project's name, a share of a place's towns, what examples
    # before 等 are of, a height of what is named after it, a place's population, 家庭 as
    # what is counted, 凡是 naming nothing, a sum of 支持 for each of something
    ("会上，8个农产品购销重点项目签约。", ["农产品购销重点项目"]),
    ("示范园带动全县60%乡镇发展菌菇产业。", ["乡镇发展菌菇产业"]),
    ("抽调内科、外科、药剂等9个专业20名骨干赴疆。", ["专业", "专业骨干"]),
    ("广场上26.5米高的纪念塔，已成为地标。", ["纪念塔高"]),
    ("全县仅3万多人口。", ["全县人口"]),
    ("与208户牧民家庭结成对子。", ["牧民家庭"]),
    ("凡是年销售额达到100—199万元的合作社。", ["年销售额"]),
    ("对新开门店的企业给予每个店5万元的资金支持。", ["每个店资金支持"]),
    # sets 109–119: people after 万 named 民众, a sum whose project a later clause names (past
    # where it is done, or what it buys), never a project of the sentence before, an area by
    # its crop, and 这座…的园区 pointing back at the park the sentence before names
    ("山区两县2万多民众喝上了放心水。", ["山区两县民众"]),
    ("投资1.2亿元，在各乡镇和其他受灾村等，开展3100户农房重建项目。",
     ["农房重建项目投资", "农房重建项目"]),
    ("同时投资150万元，为乡卫生院购置医疗设备。", ["乡卫生院购置医疗设备投资"]),
    ("投资600万元，实施县第二中学改建工程；投资900万元，实施县中医院扩建工程。",
     ["县第二中学改建工程投资", "县中医院扩建工程投资"]),
    ("河谷里，3000余亩枸杞进入了采摘期。", ["枸杞"]),
    ("清晨，某县高原生态农牧示范园的羊群出栏。这座总投资2.4亿元的园区，带动了全县。",
     ["某县高原生态农牧示范园总投资"]),
    # sets 120–124: 接近 and 基本上 are no part of what is measured, 后可 of a verb before is
    # cut, and goods named by one word after 的 are what a sum is worth
    ("全县农业总产值增长接近18%。", ["农业总产值增长"]),
    ("每天的客流量基本上在2000人。", ["每天的客流量"]),
    ("某纺织二期项目建成后可新增就业600余人。", ["新增就业"]),
    ("采购了总价值约80万元的物品。", ["物品总价值"]),
    ("推动科技园区2024年产值突破40亿元。", ["科技园区产值"]),  # the year is the period's
    # sets 125–132: the list of givers before a sum is who gave it (the scope and the givers
    # say so), a count of places listed before it names all of them, the second share of
    # 分别占…的49%和…的47% borrows 占, village committees and groups are counted whole, a
    # classifier's noun of up to eight characters, a sum that only 达到 takes the subject of
    # the clause before, 万 counts the people of a place, and a long label is cut at its verb
    ("天津市、山东省青岛市、福建省福州市和厦门市累计投入财政援助资金50亿元。", ["财政援助资金"]),
    ("上海市及承担帮扶任务的嘉定区、闵行区、宝山区累计援助项目120项。", ["累计援助项目"]),
    ("安排宝山区、嘉定区对口帮扶某州香格里拉、德钦和维西3个县。", ["香格里拉、德钦和维西县"]),
    ("新建设累计投入资金1.2亿元，分别占计划内资金总额的45%和项目总数的40%。",
     ["投入资金", "占计划内资金总额", "占项目总数"]),
    ("某地占比分别达71%和88%。", ["某地占比", "某地占比"]),
    ("项目覆盖5个乡镇、30个村委会、400个村民小组。", ["项目覆盖乡镇", "村委会", "村民小组"]),
    ("某批援藏干部从外省引进了1500枚良种奶牛冷冻精子。", ["引进良种奶牛冷冻精子"]),
    ("全区生产总值连续15年保持两位数增长，2012年达到300.5亿元。", ["全区生产总值"]),
    ("惠及12万林芝人。", ["惠及林芝人"]),
    ("其中含某市捐赠香格里拉独克宗古城火灾恢复重建资金6000万元。",
     ["捐赠香格里拉独克宗古城火灾恢复重建资金"]),
    ("1200万元的防洪和水利设施建起来了。", ["防洪和水利设施"]),  # what was built
    # sets 134–146: 经济 is no 经 (via), money brought in keeps 引进, two verbs joined by
    # 和 both stay, places listed then counted (两地) are named whole, 第一书记 and 残疾人
    # are what is counted, and a figure after 和 takes no 和
    ("其中经济建设类项目合计引进资金2246.94亿元。", ["经济建设类项目合计引进资金"]),
    ("累计投入帮扶资金15.36亿元，引进帮扶资金5.27亿元。", ["帮扶资金", "引进帮扶资金"]),
    ("累计投入和引进帮扶资金20.63亿元。", ["投入和引进帮扶资金"]),
    ("北京16个区县已与河南、湖北两地16个县、市、区结对。",
     ["北京区县", "河南、湖北两地县、市、区"]),
    ("另有20名担任贫困村第一书记。", ["担任贫困村第一书记"]),
    ("引领2300多名贫困重度残疾人发展电商。", ["引领贫困重度残疾人"]),
    ("修建桥梁9088延米和渡口60处。", ["修建桥梁", "渡口"]),
    # sets 147–157: a change against a date is of the level it changes (of its kind: the
    # count, not the rate between), a bare 增长 or 增幅 of the level before the shares; what
    # is added up before 达到; a period word alone before a count names nothing; what is
    # counted before 入选
    ("某省共有帮扶车间1200个，已复工950个，复工率79.2%，较5月8日增加130个、提高10.8个百分点。",
     ["帮扶车间", "复工", "复工率", "复工增加", "复工率较5月8日提高"]),
    ("全省吸纳脱贫人口就业12.6万人，较5月8日增加2.1万人，增长20%。",
     ["吸纳脱贫人口就业", "吸纳脱贫人口就业增加", "吸纳脱贫人口就业增长"]),
    ("外出务工脱贫劳动力512.3万人，占上年总数的71.5%，较5月8日新增88.6万，增幅20.9%。",
     ["外出务工脱贫劳动力", "外出务工脱贫劳动力占上年总数", "外出务工脱贫劳动力新增",
      "外出务工脱贫劳动力增幅"]),
    ("已就业和有就业意愿的人数相加，达到820.5万人。", ["就业和有就业意愿的人数"]),
    ("今年30个重点帮扶村已完成验收。", ["重点帮扶村"]),
    ("白沙岛等6个岛屿入选省级“美丽海岛”。", ["岛屿"]),
    ("某县对县外务工的12.3万人开展回访。", ["县外务工"]),
    # sets 158–167: a list after a clause that opens with a count is what is counted; a
    # count's firms before what they did; 超出 is what a sum exceeds; a figure's owner after
    # 的 never takes the classifier of the count before; a sum of agreements after 的; a
    # part's years after 其中 name nothing; a sum for what follows it right after; whom a sum
    # aids is the scope's; 一是 opens an item; housing reformed, counted whole
    ("8个受援县在东部建立特产体验馆、展销专区和专柜500余个。",
     ["受援县", "特产体验馆、展销专区和专柜"]),
    ("近60家企业达成农特产品购销合同金额2.5亿元。", ["企业", "企业达成农特产品购销合同金额"]),
    ("市财政援助资金3.2亿元，超出年度目标任务2100万元。", ["市财政援助资金", "超出年度目标任务"]),
    ("组织县内30家企业的150余种产品参加展销会。", ["组织县内企业", "企业产品"]),
    ("与8家采购单位签订5000万元的意向协议。", ["采购单位", "签订意向协议"]),
    ("2001年至2010年，某省财政补助累计达500.5亿元，其中2006年至2010年达320.2亿元。",
     ["财政补助", "财政补助"]),
    ("二是在临潭县投资300万元完善产业园区基础设施建设。", ["产业园区基础设施建设投资"]),
    ("未来5年内将投入50亿元（含某市）对口支援某州两县一市。", ["投入"]),
    ("抓好5200户农民住房改造和某县8万平方米的棚户区改造。", ["抓好农民住房改造", "某县棚户区改造"]),
    # sets 168–173: a sum after 占 is the whole; a share's words end before a bare 110亿; a
    # label that is only the verb of the clause before takes that clause's subject; a total
    # after a count of sites is no one site's
    ("今年援助资金到位38.2亿元，占全年计划援助资金95亿的40.2%。",
     ["援助资金到位", "全年计划援助资金", "援助资金到位占全年计划援助资金"]),
    ("今年帮扶资金到县新增20.5亿元，五年累计到县120.3亿元。", ["帮扶资金到县新增", "帮扶资金到县"]),
    ("合作共建12个重点园区，已累计推动80个项目落地，总投资达150亿元。",
     ["共建重点园区", "推动项目", "推动项目总投资"]),
    # sets 174–180: what a count counts stops at 已经; mushroom logs are counted in 棒; a
    # sum beyond another (之外) is of what it is beyond
    ("15个援建省市已经确定援建项目2100个。", ["援建省市", "援建项目"]),
    ("今年全县菌菇完成种植85万棒。", ["完成种植"]),
    ("在2.6亿元的基本任务量之外，又筹集到3000万元。", ["基本任务量", "筹集到"]),
    # sets 181–184: counts one after another share the first's words (辖4市9县, 辖5镇8乡,
    # towns and townships counted by their own word); 企业家 are people, not firms; a
    # performance is what 场 counts
    ("某州与邻国接壤，辖3市7县。", ["辖市", "辖县"]),
    ("全县辖6镇4乡，总人口20.5万人。", ["辖镇", "辖乡", "总人口"]),
    ("率领由15名企业家组成的考察团。", ["率领企业家"]),
    ("举行3场专场文艺演出。", ["举行专场文艺演出"]),
    # sets 185–192: shares listed after 的 each name their own noun; a noun joined by 和 is no
    # adverb (现场和意向订单); a share after 有 is of the noun after it
    ("某市生产了全省1/4的粮食、1/5的水产品和1/6的蔬菜。",
     ["生产了全省粮食", "水产品", "蔬菜"]),
    ("现场和意向订单金额超过2亿元。", ["现场和意向订单金额"]),
    ("每天物流园有60%的蔬菜都送到大湾区。", ["蔬菜都送到大湾区"]),
    # a total after a count of projects is theirs; 援建资金 is one noun; a whole place's area
    ("某州共实施灾后重建项目1200个，完成投资300亿元。", ["灾后重建项目", "灾后重建项目完成投资"]),
    ("援建资金总额约为8.5亿元。", ["援建资金总额"]),
    ("全县面积1800.5平方公里，总人口20.3万人。", ["全县面积", "总人口"]),
    # sets 198–200: points listed after 分别 share the first's words, never 和
    ("较上年分别高8个百分点、4个百分点和12个百分点。",
     ["较上年高", "较上年高", "较上年高"]),
    # sets 201–213: what a count after 的 counts (安置点, 冷库, 包机); a name's 和 links
    # nothing and 从 ends what is counted; a verb of money after a sum says what it pays for;
    # what a frame holds is what rose; a sum invested in what was built after it
    ("第一批8万人搬迁的96个安置点已全部开工。", ["第一批搬迁", "搬迁安置点"]),
    ("在各乡镇建设可存储果蔬2300吨的冷库16个。", ["可存储果蔬冷库", "冷库"]),
    ("今年推出6架“山海号”旅游包机。", ["推出“山海号”旅游包机"]),
    ("“津和号”旅游专列载着300余名游客从天津站出发。", ["“津和号”旅游专列载着游客"]),
    ("共安排2.5亿元支持全州旅游发展，其中1亿元支持南部旅游发展。",
     ["安排支持全州旅游发展", "支持南部旅游发展"]),
    ("在乡村振兴基金中增加5000万元。", ["乡村振兴基金中"]),
    ("某县投资8000万元修建的“三大市场”已投入使用。", ["“三大市场”投资"]),
    # sets 214–224: a count pairs with whom after 结对; where workers worked, counted after
    # 在, is what is counted; provinces listed before 三省, a giver first, are all counted
    ("帮扶工作覆盖了全市450个结对帮扶困难村。", ["覆盖了全市结对帮扶困难村"]),
    ("全区特派员在12个农业领域、30个合作社开展帮扶。", ["农业领域", "合作社"]),
    ("志愿者来自江苏、安徽和陕西三省的高校。", ["江苏、安徽和陕西省"]),
    # sets 225–228: a share of the people of a whole village (全村近40%农村劳动力); what a
    # count counts stops before the quoted name of what they do
    ("推动全村近35%农村劳动力增收。", ["农村劳动力增收"]),
    ("基地内28家作坊采用“前店后院”模式发展。", ["基地内作坊"]),
    # sets 229–233: builders are what a count of them counts (将士, not the 将 of a verb)
    ("指挥部组织3000名援建将士，克服高寒缺氧。", ["组织援建将士"]),
    # set 200: points listed after 分别, when a clause of what they are compared with
    # follows as many rates, each take their own rate
    ("有80.5%的县未发现错退，88.2%未发现漏评，较上年摘帽县分别高6个百分点和3个百分点。",
     ["县未发现错退", "未发现漏评", "县未发现错退较上年摘帽县高", "未发现漏评较上年摘帽县高"]),
    # set 174: a sum raised names the fund it set up right after it
    ("募集了56.2万元设立某某扶贫助学金。", ["募集设立某某扶贫助学金"]),
    # sets 234–239: an item of a list of goods is no verb said before (援建多媒体教室…，配备
    # …多媒体1套); the counties a firm aids, counted after 在
    ("为某小学援建多媒体教室和图书室，配备电脑20台、多媒体2套、图书3000余册。",
     ["配备电脑", "多媒体", "图书"]),
    ("中央企业在200个定点扶贫县已投入帮扶资金18.5亿元。", ["定点扶贫县", "帮扶资金"]),
    # sets 240–249: what is said of those counted before 的 (技术雄厚的医院) and what they did
    # after 对; a range of years inside a label is the period's
    ("组织省人民医院等5家技术雄厚的医院对患儿进行诊断。", ["技术雄厚的医院"]),
    ("某县从贫困户中选聘了2019-2020年生态护林员230人。", ["从贫困户中选聘了生态护林员"]),
    # sets 250–254: 所 counts schools, 高中 among them
    ("首批帮助打造15所高水平的示范性高中和标准化初中。", ["打造示范性高中"]),
    # sets 255–258: figures joined by 、 share what the last counts, past its 约
    ("8年来，来自各地的6批次、约900名“组团式”援藏医疗人才奔赴西藏。",
     ["“组团式”援藏医疗人才", "“组团式”援藏医疗人才"]),
    # set 261: 来自…的 after a count says where from; the head after it is what is counted
    ("专家团队由6名来自某某医院、某某大学附属医院等医疗机构的专家组成。", ["专家团队专家"]),
    # a link left opening a label says how, not what (将…扩大到, 是…的)
    ("今年，他将养殖规模扩大到3000只。", ["养殖规模扩大到"]),
    # sets 262–269: a second share of one figure is of what the first is of; a long clause
    # before 的 describes the 意见建议 counted; what became of a list's last item became of
    # each; a sum put in with a partner to set up a fund names the fund
    ("该区安置移民12.4万人，占全市的三分之一，占全省的十分之一。",
     ["安置移民", "安置移民占全市", "安置移民占全省"]),
    ("调研组梳理出30条需要省级部门和兄弟省市协调解决的意见建议。", ["调研组梳理出意见建议"]),
    ("帮助8.6万农村劳动力、5.2万脱贫劳动力实现就业。",
     ["帮助农村劳动力实现就业", "脱贫劳动力实现就业"]),
    ("全州有7个贫困县、360个贫困村脱贫摘帽。", ["贫困县脱贫摘帽", "贫困村脱贫摘帽"]),
    ("同时，投入资金600万元与县政府共同设立创业担保基金。", ["投入资金设立创业担保基金"]),
    # sets 270–281: 分别 before a verb names nothing, after a count it ends what is counted; a
    # sum after a count of projects is their total, not the cost of a park a sentence before
    # names; what became of projects (竣工投产) is no part of what was invested in them
    ("3个村财政分别增收60万元、90万元、20万元。", ["村", "财政增收", "财政增收", "财政增收"]),
    ("全州5家签约代表分别与外省批发市场签约。", ["全州签约代表"]),
    ("某省帮助三县建设工业园区。截至目前，落地产业项目150项，总投资90亿元，其中有60个项目竣工投产。",
     ["落地产业项目", "落地产业项目总投资", "项目竣工投产"]),
    ("如今，光伏电站等9个项目建成投产，完成投资12.5亿元。", ["项目建成投产", "项目完成投资"]),
    # sets 282–289: what agreements joined by 、 are worth; 书屋 counted
    ("促成两地投资协议60项、总金额500亿元。", ["投资协议", "投资协议总金额"]),
    ("首批3座书屋分别建在市区主干道。", ["首批书屋"]),
    # sets 290–297: what 套 counts before a clause of where it stands; 指挥部 counted
    ("村道旁，45套安居富民房整齐地排列在宽阔平坦的新村中。", ["安居富民房"]),
    ("该省设有2个前方指挥部。", ["该省设有前方指挥部"]),
    # sets 298–302: 副 counts; a total value after a list of goods is of all of them; those a
    # court or procuratorate sends (干警), the courts and the models they build
    ("向困难群众捐赠了轮椅20辆和单拐30副，共价值3万元。",
     ["捐赠轮椅", "单拐", "捐赠轮椅和单拐价值"]),
    ("先后选派96名政治过硬、业务精湛的干警。", ["选派干警"]),
    ("实现了对全区120个检察院援助的全覆盖。", ["全区检察院"]),
    ("已帮助受援院建立16个大数据法律监督模型。", ["建立大数据法律监督模型"]),
    # sets 308–314: a figure in brackets that revises the one before them is the same measure
    ("确定援建项目120个（后增加到150个），其中直接援建项目20个。",
     ["援建项目", "援建项目", "直接援建项目"]),
    # sets 303–307: 省定贫困村 counts villages, not provinces; media and transfer parks counted
    ("全市有180个省定贫困村。", ["省定贫困村"]),
    ("来自中央、省级、市级20多家主流媒体的记者参加采风。", ["主流媒体"]),
    ("两市共建的5个产业转移园。", ["共建产业转移园"]),
    ("某县党群服务阵地项目位于县城中心，于2019年投入使用，占地800平方米，总投资600万元。",
     ["某县党群服务阵地项目占地", "某县党群服务阵地项目总投资"]),
    # sets 321–327: firms named by where they are from, water works, kinds listed with 等
    ("同时引导40家津企来甘投资，86家学校、医院、社会组织等结对帮扶。",
     ["引导津企", "学校、医院、社会组织"]),
    ("过去全村用水主要靠水井连接3个蓄水池供应。", ["蓄水池"]),
    # what a count counts after a relative clause opened by 较为 (为 is no preposition there)
    ("拟实施核桃产业、花椒产业等3个较为成熟的富民产业项目。", ["较为成熟的富民产业项目"]),
    # a sum used for what follows it, and a sum named by the funds after it
    ("投入50万元重点用于培育和发展村级增收产业。", ["投入用于培育和发展村级增收产业"]),
    ("计划投入3000多万元对口援助资金用于某县改善民生。", ["投入对口援助资金"]),
    # projects listed with what each cost: a road from one village to another, whole; the
    # last but one not labelled with the last
    ("主要项目有：总投资200万元的甲乡某村至乙村公路、总投资900万元的乡村住房建设项目和"
     "总投资80万元的某村养殖基地建设项目。",
     ["甲乡某村至乙村公路总投资", "乡村住房建设项目总投资", "某村养殖基地建设项目总投资"]),
    # two who did it, joined by 和, are never cut to the second as if alone
    ("国电集团和浙江省援建项目共7项，总投资12000万元。",
     ["国电集团和浙江省援建项目", "国电集团和浙江省援建项目总投资"]),
    ("国电集团和浙江省援建南部四乡项目共7项，总投资12000万元。",
     ["国电集团和浙江省援建南部四乡项目", "援建南部四乡项目总投资"]),
    # people counted after the firms they came from: theirs, and what they did (not what was
    # done to them)
    ("组织本市300多家企业的2000多人次参展参会。", ["组织本市企业", "企业参展参会"]),
    # 该项目 points back at the project the sentence before names
    ("近期，某公司乳制品加工项目在园区正式开工。该项目总投资1.5亿元。",
     ["某公司乳制品加工项目总投资"]),
    ("工作组建设了甲乡、乙乡8个小康村建设项目。该项目计划实施资金3000万元。",
     ["小康村建设项目", "小康村建设项目计划实施资金"]),
    # sets 333–338: a result after what a count counts (贫困村发展…) is no part of it; a second
    # kind counted by its own vague word (多家) is not what the first figure counts
    ("直接带动80个建档立卡贫困村发展村集体经济。", ["带动建档立卡贫困村"]),
    ("来自某市的10家大型国企和多家民营企业参展。", ["大型国企"]),
    # a size in digits and Latin units opening a label, and a rate per kilometre
    ("建设内容：新建0.6-1m³/s防渗渠3公里及配套，90万元/公里。", ["防渗渠", "每公里"]),
    # sets 339–341: whose funds, two joined by 及, before a word holding 向 (定向)
    ("其中，市财政资金5000万元；各区县及政府部门定向援助资金2100万元。",
     ["市财政资金", "各区县及政府部门定向援助资金"]),
    # a from-to of a yearly sum, an item's number before it; a rate it grows by each year
    ("协议明确：1.某市对口帮扶某省资金由2015年前的每年1000万元增加到3000万元，"
     "并以每年10%的比例递增。",
     ["某市对口帮扶某省资金", "某市对口帮扶某省资金", "每年递增"]),
    # sets 416–418: a total of people, then some of them after 中
    ("全县建档立卡贫困人口4万多人中某族贫困人口为1.5万人。", ["建档立卡贫困人口", "某族贫困人口"]),
    # set 434: a sum a home had from funds (由…资金安排) is labelled by both, never 安排 alone
    ("投入使用的某县东关幼儿园由协作资金安排300万元。", ["东关幼儿园协作资金"]),
    # sets 426–430: what became of the projects counted (现场签约, 开工), never 项目现场
    ("会上，40个项目现场签约，签约金额约100亿元。", ["项目现场签约", "项目签约金额"]),
    ("目前已有10个项目开工。", ["项目开工"]),
    # set 404: a kindergarten is a head whole, never cut to 幼儿
    ("新建活动场地187平方米的双语幼儿园。", ["活动场地双语幼儿园"]),
    # sets 404–409: a total after a sum per household is of all of them
    ("每户补助资金4万元，共计600万元。", ["每户补助资金", "补助资金"]),
    # sets 396–403: a built-up area is no subject, 城市 no city, 而且 no part of a label
    ("梅州市中心城区建成区面积达60平方公里，城市人口达60万。", ["中心城区建成区面积", "城市人口"]),
    ("水质不好，而且日均只能供水800吨。", ["日均只能供水"]),
    # sets 386–395: a firm's long name before 的 is never cut to 有限公司; a small-form
    # semicolon (﹔) ends a clause as ； does
    ("超市引进某某核桃开发有限公司和某某两椒有限公司的10种拳头产品。", ["拳头产品"]),
    # sets 380–385: a kind in single quotes after its count; reporters meeting cadres
    # (与…面对面交流) are counted alone
    ("打造了小厕所、小食堂、小浴室等200个‘五小工程’。", ["五小工程"]),
    ("省内主流媒体近20名记者与援疆干部面对面交流。", ["省内主流媒体记者"]),
    # sets 373–379: people framed by 对于…来说 are named after the number; a head noun
    # inside a longer word (户外, 乡村) is no investor; a batch's people named after a place;
    # classrooms counted whole
    ("对于这里7万多百姓来说，安居最要紧。", ["百姓"]),
    ("某县乡村旅游户外运动综合体获得千余万元投资。", ["投资"]),
    ("首批40名某县青年获得电商技能认证。", ["首批某县青年"]),
    ("改造完成3所中心小学多媒体教室。", ["中心小学多媒体教室"]),
    # 组织 after places counted is what they did, not what they are
    ("甘肃省5市州20个贫困县组织50余家龙头企业在津推介。",
     ["甘肃省市州", "甘肃省贫困县", "组织龙头企业"]),
    # sets 369–371: parks built together counted; rises after 同比分别 pair with the sums
    # before; shares held of a whole; a class by its size counted next is no figure
    ("全省6家共建园区现有企业300家。", ["全省共建园区", "园区现有企业"]),
    ("去年总投资2900亿元，实际引资额1700亿元，同比分别增长14.1%和19.2%。",
     ["总投资", "实际引资额", "总投资增长", "实际引资额增长"]),
    ("某园区以占某市0.2%的土地，贡献全市5%的一般公共预算收入。",
     ["占某市土地", "贡献全市一般公共预算收入"]),
    ("全省现有投资超10亿元工业企业50家。", ["投资超10亿元工业企业"]),
    ("年产太阳能组件将达2吉瓦。", ["年产太阳能组件"]),
    # sets 367–368: what projects counted before will have done with a sum; a signed sum and
    # the funds in place after a count of projects are those projects'
    ("其中在2021年共实施90个项目，预计全年完成3.5亿元。", ["实施项目", "实施项目完成"]),
    ("本年度签约并投产项目3个，签约金额8000万元。", ["签约并投产项目", "签约并投产项目签约金额"]),
    # sets 363–366: pairs of shoes; centimetres; batches sent before 共计 and whom they sent;
    # a list of facilities, each line its name, its dates and its cost
    ("共募捐到童鞋12000双，价值150万元。", ["募捐到童鞋", "募捐到童鞋价值"]),
    ("从2019年起成功救治20名患者，平均每人身高提升15.5厘米。", ["成功救治患者", "平均每人身高"]),
    ("30年来，某省累计向某市选派九批共计500名援藏干部。", ["选派援藏干部", "选派援藏干部"]),
    ("某县中学图书馆，2012.5-2013.9，投资160万，由某市援建。", ["某县中学图书馆投资"]),
    ("某县人民会堂和文化广场，2008.5-2009.10，投资500万，由某市援建。",
     ["某县人民会堂和文化广场投资"]),
    # set 335: the attributes after a quoted name are the named place's, one after another
    ("展会举办地“某市新城”，占地约3000亩，投资约50亿元，是一座城市综合体。",
     ["某市新城占地", "某市新城投资"]),
    # sets 358–359: the occasion a verb was said at is not what it gave
    ("在东丽区对口支援帮扶捐资仪式上，东丽区人民政府向临潭县人民政府捐资300万元。", ["捐资"]),
    # sets 355–357: a change in a clause of its own is the sum's before it, not its giver's
    ("今年，某省已安排省级财政资金20亿元对某省进行帮扶，同比增长15.2%。",
     ["省级财政资金", "省级财政资金同比增长"]),
    # sets 349–354: the parts of a total in brackets after it, each its own noun; bodies
    # listed before 等 and counted in words; 采取 is the means, not what is counted
    ("支教团共有师生300名（280名大学生，20名教师）。", ["师生", "大学生", "教师"]),
    ("中央组织部、教育部等八部委联合启动帮扶工作。", ["中央组织部、教育部等部委"]),
    ("采取天津市8个区卫生健康系统对口帮扶甘南州8个县市卫生健康系统。",
     ["天津市区", "甘南州县市"]),
    # sets 342–348: buses counted by 辆; whom training reached; a share of the cost paid
    ("2023年、2024年连续两年向兰州市发送8辆返岗务工大巴。", ["发送返岗务工大巴"]),
    ("某县开展30期技能培训，惠及1200人。", ["开展技能培训", "技能培训惠及"]),
    ("验收通过后按总投资60%比例予以补助结算。", ["总投资比例补助"]),
    # set 329: who built it cut off a long label, not leaving 建设的 in front
    ("由天津市某区某某集团投资建设的某县青青生态生物科技有限公司项目占地60亩。",
     ["某县青青生态生物科技有限公司项目占地"]),
    # set 437: a year compared with ends the words before a rise — a time, never cut to 19年
    ("在其带动下，园区范围内农户2019年人均可支配收入比2018年增加2000余元。",
     ["园区范围内农户人均可支配收入"]),
    # set 439: a place alone after a level of another is that place's level; 而 opens nothing
    ("2000年，全省人均GDP突破1万元，苏南超过2万元，而苏北人均GDP仅5000元。",
     ["人均GDP", "苏南人均GDP", "苏北人均GDP"]),
    ("全州农牧民人均收入达到1万元，临潭县达到8000元。", ["农牧民人均收入", "临潭县农牧民人均收入"]),
    # set 439: a sum in dollars a project named after it invests
    ("某市帮某县引进了总投资2亿美元的外资制造项目，并落地开工。", ["外资制造项目总投资"]),
    # set 447: what a figure after 以 is of follows it; 当 (when) and 但 open no label
    ("2024年，某市以6.8%的增速位居全省第一，当某县以3000亿GDP领先时。", ["某市增速", "某县GDP"]),
    ("但经济总量仅占全省的20%。", ["经济总量仅占全省"]),
    # set 446: what the places or bodies listed before their count became, not the list
    ("甲园区、乙园区、丙园区3家成为省级特色园区。", ["省级特色园区"]),
    # set 451: the last of a list cut at its mark, then 等 and what all of it was; set 445: 共
    # inside the words is the figure's qualifier, said once; set 450: what a yearly output is of
    ("每年召开常委会会议、常务会议、领导小组会议等专题会议10余次。", ["专题会议"]),
    ("某县“招商2018”专项行动共对接汽车配件项目16个。", ["某县“招商2018”专项行动对接汽车配件项目"]),
    ("建成后将形成年生产5万吨天然矿泉水的规模。", ["年生产天然矿泉水"]),
    # set 438: the ties the places counted formed, right after their noun
    ("明确发达地区与欠发达地区的60个县（市、区）结成对口协作关系。",
     ["县（市、区）结成对口协作关系"]),
    # set 439: what the places counted count as, right after their noun
    ("结对将拓展到县区，苏北8个县作为重点结对帮扶县，由苏南结对帮扶。", ["苏北重点结对帮扶县"]),
    # set 447: what the people counted took part in, right after their noun
    ("这一机制在30年间推动30万名党员干部参与南北协作。", ["党员干部参与南北协作"]),
    # sets 462–463: a sum of output alone after a comma is of what the clause before made;
    # an adverb ending the words before the figure names nothing
    ("采摘鲜叶3.2万斤，产值300余万元。", ["采摘鲜叶", "鲜叶产值"]),
    ("投资500万元，产值1亿元。", ["投资", "产值"]),
    ("展销馆销往外地的产品也超100万元。", ["展销馆销往外地的产品"]),
    # sets 461–466: a quoted name and the kind its classifier agrees with; 为 (for whom)
    # opens no label; what the thing counted is for, after it, is no part of it
    ("由某村捐赠的70万株“白叶一号”茶苗安全抵达某县。", ["捐赠“白叶一号”茶苗"]),
    ("2021年，某县白茶产值超过30亿元，为当地农民人均增收8000余元。",
     ["白茶产值", "当地农民人均增收"]),
    ("提出捐赠1000万株茶苗帮助贫困地区群众脱贫。", ["捐赠茶苗"]),
    # set 458: 如今 opens no label; a place named, then counted by its kind, is that kind
    ("到如今常住居民6.6万人，产业兴旺。", ["常住居民"]),
    ("拥有福宁社区1个社区，共89个村民小组。", ["社区", "村民小组"]),
    # set 456: the two things the clause before 分别 says both did, one for each figure
    ("贫困村人均收入和农户人均纯收入增幅均高于全县平均水平，分别高出4.5和2.1个百分点。",
     ["贫困村人均收入增幅高出", "农户人均纯收入增幅高出"]),
    # set 454: a field and a verb after another verb are one noun (产业转移, 技术培训)
    ("每年落实产业转移项目资金1亿元，完成技术培训项目12个，组织农户培训200人。",
     ["每年落实产业转移项目资金", "技术培训项目", "农户培训"]),
    ("实现工业产品销售收入198亿元。", ["工业产品销售收入"]),  # set 446
    # set 446: the count of parks before the count of the firms in them, both in 家
    ("某省5家共建园区规模以上企业达到120家。", ["某省共建园区", "园区规模以上企业"]),
])
def test_labels_as_a_careful_reader_writes_them(sentence: str, labels: list[str]) -> None:
    from gannan_gui.pipeline.proposals import propose_label

    found = figures(sentence)
    assert [propose_label(sentence, sentence, f, 0, len(sentence)) for f in found] == labels


@pytest.mark.parametrize("sentence", [
    "今年重点抓好四项重点工作：一是产业协作，二是劳务协作，三是消费协作，四是人才交流。",
    "9个协作项目大致可分为3类。",
    "从产业协作、劳务协作、消费协作3个方面推动转型升级。",
])
def test_a_count_that_only_announces_a_list_is_no_figure(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence", [
    "“50项援藏工程”、“对口援助西藏”等字眼传遍高原。",  # one of the names a list quotes
    "打造产值超过10亿元的产业集群。",  # the size that makes a class
    "对年销售额2000万元及以上的电商企业给予奖励。",
    "东部4市对某省的帮扶力度不断加大。",  # a group's name, said again and again
    "连续多年保持两位数增长。",  # how fast, no count
    "深化和拓展了部门、乡镇和组织三个层面的结对。",  # the list again
    "培育亿元级企业。",  # a class named by its size
])
def test_names_thresholds_and_rates_of_growth_are_no_figures(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence", [
    "形成了“种植—加工—销售”五位一体的产业链。",
    "距遵义800公里外的湛江，也有协作车间。",
    "推行“一户一棚菜、一人一亩园”的办法。",
    "相隔1800余公里的两地结下情缘。",
    "跟进“甘南州十万头优质牦牛”等项目运营。",
])
def test_a_way_of_working_and_a_distance_are_no_figures(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence", [
    "两座城的情谊越走越近。",  # the pairing's two sides
    "图为村民母子二人在新房前合影。",  # who is in a photo
    "贯彻落实三次中央新疆工作座谈会精神。",  # which meetings, not how many
    "两地虽有三千公里之遥，却情同一家。",  # how far apart
    "从兰州出发一路向西，约2600公里。",  # how far, no road built along it
    "两省跨越2800公里的山海之隔携手前行。",
])
def test_who_is_in_a_story_and_how_far_apart_are_no_figures(sentence: str) -> None:
    assert figures(sentence) == []


def test_a_from_to_takes_its_measure_after_it_and_lends_it_to_its_yearly_rate() -> None:
    from gannan_gui.pipeline.proposals import propose_label

    def labels(sentence: str) -> list[str]:
        return [propose_label(sentence, sentence, f, 0, len(sentence)) for f in figures(sentence)]

    # its second end shares the first's label once imported
    assert labels("农民人均收入由2015年的6200元增加到2020年的11800元，年均增长13.7%。")[::2] == [
        "农民人均收入", "农民人均收入年均"]
    assert labels("从2010年的3.1亿元到2024年的86.5亿元，当地生产总值的增长有目共睹。")[0] == \
        "当地生产总值"


@pytest.mark.parametrize("sentence", [
    "翻越4500米的海拔落差来到高原。",  # an altitude written after its number
    "组建百人团赴当地帮扶。",  # a name made of a size
])
def test_an_altitude_and_a_name_of_a_size_are_no_figures(sentence: str) -> None:
    assert figures(sentence) == []


def test_batches_and_pairs_counted_in_words_are_figures() -> None:
    found = figures("十年来，三批援疆干部接续奋斗，四对区县结对帮扶。")
    assert [(f.base_value, f.unit) for f in found] == [(3, "批"), (4, "对")]
    assert figures("坚持“一对一”帮扶。") == []


def test_a_translation_and_a_place_before_a_site_are_no_figures() -> None:
    english = "More than 90 agreements were reached, and over 80% of the companies twinned."
    assert figures("共达成协议90余个。" + english) == figures("共达成协议90余个。")
    assert figures("考察了博州五台工业园。") == []


def test_a_length_built_along_is_a_figure() -> None:
    found = figures("新修建通村道路36公里，改造供水管网12.5公里。")
    assert [f.base_value for f in found] == [36, 12.5]


def test_batches_sent_counted_in_words_are_a_figure() -> None:
    sent = figures("二十年来，省里先后派出七批援藏干部。")
    assert [(f.base_value, f.unit) for f in sent] == [(7, "批")]
    assert figures("新增一批帮扶项目，第三批干部到岗。") == []  # an article, an ordinal


def test_a_plan_period_written_without_quotes_is_a_period() -> None:
    from gannan_gui.pipeline.scopes import normalise_period

    sent = figures("十二五期间投入援建资金60亿元。")
    assert [f.period for f in sent] == ["十二五期间"]
    assert normalise_period("十二五期间").text == "2011—2015年"


def test_energy_is_its_own_unit_and_near_years_are_a_period() -> None:
    sent = only("累计送电16.56亿千瓦时。")
    assert (sent.unit, sent.unit_kind, sent.base_value) == ("亿千瓦时", "energy", 1_656_000_000)
    assert only("新增装机3万千瓦。").unit_kind == "power"
    assert only("近两年来投入资金3亿元。").period == "近两年来"
    assert only("5年来累计实施产业协作项目417个。").period == "5年来"
    assert only("2019年来投入资金3亿元。").period == "2019年来"


def test_a_range_may_write_its_unit_at_both_ends() -> None:
    price = only("一株苗售价1.2元至1.5元。")
    assert (price.base_value, price.base_value_high, price.unit) == (1.2, 1.5, "元")
    assert len(figures("培训3个到5家。")) == 2  # two units: no range


def test_a_from_to_may_say_how_often_and_move_gradually() -> None:
    low, high = figures("工资从一个月3000多元逐渐涨到6000多元。")
    assert (low.relation, high.relation) == ("从", "涨到")
    assert low.linked_start == high.start and high.linked_start == low.start


def test_the_place_of_a_project_named_after_its_sum_is_its_scope(tmp_path) -> None:
    from gannan_gui.pipeline.importer import prepare

    source = tmp_path / "report.txt"
    source.write_text("签约项目\n南川区签约投资30亿元的环保设备项目、投资12亿元的云阳县基地项目。\n",
                      encoding="utf-8")
    _report, records = prepare(source)
    assert [f["scope"] for f in records.facts] == ["南川区", "云阳县"]


def test_every_figure_after_fenbie_is_a_change() -> None:
    found = figures("全省牛羊、蔬菜、中药材产量分别增长6%、8.5%、3%。")
    assert [(f.relation, f.unit_kind) for f in found] == [("增长", "change")] * 3


def test_wan_before_the_people_it_counts_is_a_figure_with_de_between() -> None:
    figure = only("累计帮助超过30万的农村人口实现增收。")
    assert (figure.value, figure.base_value, figure.unit_kind) == ("30", 300000, "people")


def test_wan_before_the_people_it_counts_is_a_figure() -> None:
    [first, second] = figures("帮助4.8万农村劳动力、2.6万脱贫劳动力实现就业。")
    assert (first.base_value, first.base_unit, first.unit_kind) == (48_000, "人", "people")
    assert second.base_value == 26_000 and second.text == "2.6万"


def test_a_full_stop_typed_for_a_point_is_unread_never_a_smaller_figure() -> None:
    found, unread = scan_figures("累计投入资金14。6亿元。", 0, 12)
    assert found == [] and unread[0].text == "14。6亿元" and "句号" in unread[0].reason


def test_both_ends_of_a_from_to_share_the_label_without_its_base_year(tmp_path) -> None:
    from gannan_gui.pipeline.importer import prepare

    report = tmp_path / "r.txt"
    report.write_text("简报\n村集体平均收入从2020年的12.5万元提高到30万元。\n", encoding="utf-8")
    _, records = prepare(report)
    assert [(f["label"], f["period"]) for f in records.facts] == [
        ("村集体平均收入", "2020年"), ("村集体平均收入", "")]
    # 原本 is the first end's basis, 现在 the second's time
    report.write_text("简报\n卫生室建设面积从原本的120平方米增加到现在的268平方米。\n",
                      encoding="utf-8")
    _, records = prepare(report)
    assert [(f["label"], f["relation"]) for f in records.facts] == [
        ("卫生室建设面积", "从"), ("卫生室建设面积", "增加到")]



@pytest.mark.parametrize("sentence", ["投入12٣万元。", "建成１2座。", "资金3۵亿元。"])
def test_a_number_of_mixed_digit_scripts_is_unread_never_a_figure(sentence: str) -> None:
    from gannan_gui.pipeline.extract import scan_figures

    found, unread = scan_figures(sentence, 0, len(sentence))
    assert found == [] and [u.reason for u in unread] == ["数字混用了不同写法的数码"]


def test_one_script_of_digits_reads_as_plain_digits() -> None:
    assert [f.base_value for f in figures("投入１２３万元，建成٣٤座。")] == [1_230_000, 34]


def test_five_ge_yi_is_five_hundred_million_and_a_date_after_dao_is_an_end() -> None:
    # set 142: 每年拿出5个亿 is 5亿元, never 5个; set 138: 到2005年底 is as of that date
    sum_ = only("每年拿出5个亿用于对口协作。")
    assert (sum_.base_value, sum_.unit_kind) == (500_000_000, "money")
    assert normalise_period(only("到2005年底共引入资金245亿元。").period) == \
        Period("to_date", "", "2005-12-31")


def test_a_bare_wan_after_a_change_against_a_date_counts_what_it_changes() -> None:
    # set 154: 较3月6日新增459.19万 adds people to the 万人 before it; with no such figure
    # in its sentence the bare 万 stays unread as a figure
    change = figures("外出务工人员301.2万人，较5月8日新增45.6万，增幅17.8%。")[1]
    assert (change.base_value, change.unit_kind) == (456_000, "people")
    assert [f.unit for f in figures("帮扶资金5000万元，比上年增加300万，效果明显。")] == ["万元"]


def test_a_share_of_things_is_a_figure_not_a_class_by_size() -> None:
    # set 150: 80%以上的村庄 are most of the villages; 10亿元以上的项目 stays a class
    assert only("西部地区聚集了全市75%以上的村庄。").bound == "以上"
    assert figures("引进10亿元以上的项目。") == []


def test_a_page_s_spaced_out_words_label_a_figure_joined(tmp_path) -> None:
    # set 184: a page that puts spaces around its numbers; the label reads its words joined
    facts = imported_facts(tmp_path, "某市对口帮扶某地回顾",
                           "考察团到某地举行洽谈会，达成了  12  个意向性协议。")
    assert [(f["written"], f["label"]) for f in facts] == [("12个", "达成了意向性协议")]


def test_items_checked_count_as_items_times() -> None:
    # set 192: 4.6万项次 are item-times, never 4.6万项
    assert only("总限量指标值达3.2万项次。").unit == "万项次"


def test_a_rank_among_places_is_no_figure() -> None:
    # set 183: 居全国30个少数民族自治州第1位 ranks it; the 30 are no figure of its own
    assert figures("经济总量持续居全国30个少数民族自治州第1位。") == []


def test_a_share_that_sets_a_bar_for_places_counted_next_is_no_figure() -> None:
    # set 170: 到位率达到80%以上的有6个省市 counts the provinces past the bar
    assert [f.unit for f in figures("资金到位率达到80%以上的有6个省市。")] == ["个"]


def test_a_count_that_announces_items_and_corner_quotes() -> None:
    # set 166: 做好四件事…，一是… counts the items named next; set 158: 「」 quote a name as
    # “” do, so 8个「O2O」电商体验馆 counts the halls
    assert figures("今年将做好四件事扶持产业，一是完善园区。") == []
    from gannan_gui.pipeline.proposals import propose_label
    from gannan_gui.pipeline.sources import to_simplified

    written = "在東部建立6個「O2O」電商體驗館。"
    simplified = to_simplified(written)
    assert propose_label(simplified, written, only(simplified), 0, len(written)) == \
        "建立「O2O」電商體驗館"


def test_sets_of_machines_and_a_season_since_are_read() -> None:
    # set 148: 300台套 are sets of machines; set 152: 今年春节以来 is this year's
    assert only("具有年产风机200台套的能力。").unit == "台套"
    assert only("今年春节以来，组织专列30趟。").period == "今年春节以来"


def test_orders_and_trains_are_counted_and_a_bar_closed_by_de_is_no_figure() -> None:
    # set 207: 收到订单2360单 counts orders; set 209: 4-5列 a range of trains; set 97: (超过
    # 500单的) is the bar a subsidy sets, no figure; 列入 and 3单位 are no counts
    assert only("一场直播收到订单2360单。").unit == "单"
    trains = only("今年预计开行旅游专列3-4列。")
    assert (trains.unit, trains.base_value, trains.base_value_high) == ("列", 3, 4)
    assert figures("对销往外省(超过500单的)按运费给予补贴。") == []
    assert figures("第5列入名单，3单位联合。") == []


def test_a_bare_wan_after_tupo_counts_the_viewers_or_visitors_before_it() -> None:
    # set 207: 观看人数突破50万, 店铺访客达35.10万: people, with 万 and no measure word
    viewers, visitors = figures("累计观看人数突破36万，店铺访客达12.5万。")
    assert (viewers.base_value, viewers.unit_kind) == (360_000, "people")
    assert (visitors.base_value, visitors.unit_kind) == (125_000, "people")


def test_months_of_this_or_last_year_written_with_a_dash_are_that_year(tmp_path) -> None:
    # set 203: 今年1~7月 is the report's year; 去年1-10月 the year before
    facts = imported_facts(tmp_path, "某省易地搬迁工作综述", "2016-09-08\n\n"
                           "今年1~7月，全省完成搬迁投资52.3亿元。去年1-10月，全省完成投资40.1亿元。")
    assert [(f["period_kind"], f["period_from"]) for f in facts] == \
        [("year", "2016"), ("year", "2015")]


def test_years_back_in_a_report_of_the_first_quarter_are_the_whole_years_before() -> None:
    # set 201: 五年来 in a report of 2026-02 is 2021–2025, not since 2022
    assert normalise_period("五年来", (), "2026-02-03") == Period("years", "2021", "2025")
    assert normalise_period("三年来", (), "2024-03-20") == Period("years", "2021", "2023")
    assert normalise_period("五年来", (), "2025-06-30") == Period("since", "2021")


def test_a_sentence_opening_with_the_verb_of_a_year_s_clause_before_is_of_that_year() -> None:
    # set 211: 2014年，接待国内游客…。接待入境游客… — the second is of 2014 too; a subject
    # said again (某省…。某省…) carries no year
    text = "近年来旅游业进步很快，2014年，接待国内游客3200万人次。接待入境游客80万人次。"
    assert [f.period for f in figures(text)] == ["2014年", "2014年"]
    text = "2019年以来，甘肃引进企业300家。甘肃帮助销售农产品价值2.5亿元。"
    assert [f.period for f in figures(text)] == ["2019年以来", ""]


def test_a_count_said_again_with_no_time_of_its_own_is_one_fact(tmp_path) -> None:
    # set 206: 覆盖…18个贫困村 (截至目前) then 18个贫困村每年每村… is the same villages
    facts = imported_facts(tmp_path, "某县光伏扶贫", "2020-07-16\n\n目前，某县建设村级电站12个，"
                           "覆盖18个贫困村。电站可带动18个贫困村每年每村增加集体收入1万元。")
    assert [f["written"] for f in facts] == ["12个", "18个", "1万元"]


def test_the_items_of_a_numbered_list_are_labelled_by_their_names_and_kept_apart(
        tmp_path) -> None:
    # set 336: 1.某县2026年甲乡…建设（…）项目（code）：投资340万元，本次安排资金310万元。…4公里;
    # 2.乙乡… the same sums: two projects, neither said again
    facts = imported_facts(tmp_path, "某县项目公示", "2026-01-10\n\n"
                           "1.莎车县2026年甲乡种植业基地配套建设（少数民族发展任务）项目（ab202601）："
                           "投资300万元，本次安排资金280万元。建设内容：新建防渗渠4公里。\n"
                           "2.莎车县2026年乙乡种植业基地配套建设（少数民族发展任务）项目（ab202602）："
                           "投资300万元，本次安排资金280万元。建设内容：新建防渗渠4公里。")
    assert [f["label"] for f in facts] == [
        "甲乡种植业基地配套项目投资", "甲乡种植业基地配套项目安排资金", "新建防渗渠",
        "乙乡种植业基地配套项目投资", "乙乡种植业基地配套项目安排资金", "新建防渗渠"]


def test_phases_a_project_is_built_in_are_no_count_and_a_range_after_cong_is_its_years(
) -> None:
    # set 335: 整个项目分3期建设; 计划从2011年至2015年安排援建资金17.96亿元
    assert figures("整个项目分3期建设。") == []
    assert [f.period for f in figures("计划从2016年至2020年安排援建资金12亿元。")] == [
        "2016年至2020年"]


def test_places_paired_said_again_by_whom_are_one_fact(tmp_path) -> None:
    # set 325: 浙江省4市18县将对口帮扶甘孜州18县。…此次将由浙江4市18县…对口帮扶甘孜州18县
    facts = imported_facts(tmp_path, "浙江省帮扶阿坝州", "2013-08-01\n\n浙江省4市18县将对口帮扶"
                           "阿坝州13县。\n此次将由浙江4市18县“一对一”对口帮扶阿坝州13县，"
                           "投入资金3000万元。")
    assert [f["written"] for f in facts] == ["4市", "18县", "13县", "3000万元"]


def test_a_count_of_tasks_whose_items_the_next_sentence_opens_is_no_figure() -> None:
    # set 211: 拟抓好十件实事，支持…。一是… announces the items that follow
    found = figures("今后拟办好八件实事，支持文旅发展。一是投入2亿元。")
    assert [f.unit for f in found] == ["亿元"]


def test_a_city_named_with_a_count_and_a_folk_opera_are_no_figures() -> None:
    # set 222: 兵团第六师五家渠市 is a city, 二人台 a folk opera; 五家企业 and 两个县区 count
    assert figures("在阜康市、兵团第六师五家渠市等地举办活动，组织二人台、舞蹈等演出。") == []
    assert [f.base_value for f in figures("帮扶两个县区和五家企业。")] == [2, 5]


def test_this_year_opening_a_sentence_is_the_report_s_year(tmp_path) -> None:
    # set 227: 今年完成…58人 with no comma after 今年; 今年5月，… and 今年3亿元…到位后 too;
    # 今年1至10月 stays a span of months
    facts = imported_facts(tmp_path, "某县劳务品牌", "2025-12-20\n\n某县培育劳务品牌。"
                           "今年完成向上海方向转移就业46人。今年5月，首批30名学员结业。"
                           "今年2亿元协作资金到位后，实施项目12个。")
    assert [(f["written"], f["period_from"]) for f in facts] == [
        ("46人", "2025"), ("30名", "2025"), ("2亿元", "2025"), ("12个", "2025")]
    assert only("今年1至10月，全区实现消费帮扶金额2.87亿元。").period == "今年1至10月"


def test_a_rally_named_by_its_size_is_no_figure_and_a_month_s_start_is_its_year() -> None:
    # set 229: 万人誓师大会 names a rally; set 231: 自2010年6月…启动以来 is since 2010
    assert [f.unit for f in figures("举办万人誓师大会，5个项目开工。")] == ["个"]
    since = only("自2012年6月恢复重建正式启动以来，已经开工项目500个。")
    assert normalise_period(since.period).start == "2012"


def test_years_told_as_seasons_of_a_pairing_are_no_figure() -> None:
    # set 183: 已共同走过27个守望相助的春秋 is 27 years, not a count
    assert figures("两地已共同走过25个守望相助的春秋。") == []


def test_a_town_named_with_cheng_and_people_of_poor_areas_after_wan() -> None:
    # set 238: 九成宫镇 is a town, no nine tenths; set 235: 带动42万贫困地区人口就业 counts people
    assert figures("在九成宫镇紫石崖村建立示范基地。") == []
    people = only("带动35万贫困地区人口就业。")
    assert (people.base_value, people.unit_kind) == (350_000, "people")


def test_years_after_le_and_now_in_a_quote_are_periods() -> None:
    # set 247: 选聘了2017-2018年生态护林员396人; set 248: “目前，…聘用…17.04万名
    assert only("某县选聘了2017-2018年生态护林员396人。").period == "2017-2018年"
    assert only("他说：“目前，全省聘用护林员达到12.5万名。”").period == "目前"


def test_a_figure_pointed_back_to_with_zhe_is_the_one_said_before(tmp_path) -> None:
    # set 245: 赴广东治疗的21名患儿中…。这21名患儿于11月22日抵达广州 — one fact; set 243: 搭载20位
    # …的列车…迎接了这20名…患儿 — 位 and 名 count the same children
    facts = imported_facts(tmp_path, "某地患儿赴外地治疗", "2012-12-08\n\n赴广东治疗的18名患儿中，"
                           "17名患儿成功接受手术。这18名患儿于11月22日抵达广州。")
    assert [f["written"] for f in facts] == ["18名", "17名"]


def test_the_year_a_report_s_news_opens_with_dates_later_paragraphs(tmp_path) -> None:
    # set 250: 记者从农业农村部获悉，2023年，…。 then 产业合作方面，…共建产业园区741个 — of 2023
    facts = imported_facts(tmp_path, "东西部协作取得新进展", "2024-01-03\n\n"
                           "记者日前从农业农村部获悉，2023年，协作各项工作取得明显成效。\n"
                           "产业合作方面，东西部共建产业园区600个。")
    assert [(f["written"], f["period_kind"], f["period_from"]) for f in facts] == \
        [("600个", "year", "2023")]


def test_since_the_congress_written_with_zhonggong_is_since_2012(tmp_path) -> None:
    # set 255: 中共十八大以来，累计实施各类援藏项目9500余个
    facts = imported_facts(tmp_path, "援藏工作发布会", "2024-08-22\n\n"
                           "中共十八大以来，累计实施各类援藏项目8600余个。")
    assert [(f["period_kind"], f["period_from"]) for f in facts] == [("since", "2012")]


def test_a_from_to_of_people_in_bare_wan_links_both_ends(tmp_path) -> None:
    # set 254: 贫困人口数量由86万下降到33万 — both ends people, linked, labelled alike; a sum
    # from 86万 to 133万 names no people and stays unread
    facts = imported_facts(tmp_path, "某区脱贫进展", "2020-01-13\n\n"
                           "过去5年，贫困人口数量由62万下降到21万，投资由86万增加到133万。")
    assert [(f["written"], f["unit_kind"], f["label"], f["relation"]) for f in facts] == [
        ("62万", "people", "贫困人口数量", "由"), ("21万", "people", "贫困人口数量", "下降到")]


def test_a_paragraph_or_lead_opening_with_a_part_of_this_year_dates_what_follows(tmp_path) -> None:
    # set 262: 记者从会上获悉，今年上半年，全省到位…。到位区级资金…; then 特色产业方面，… — of
    # 2024; set 212: a paragraph opening with 今年，… holds that year's figures in later sentences
    facts = imported_facts(tmp_path, "协作工作部署会召开", "2024-10-18\n\n"
                           "记者从会上获悉，今年上半年，全省到位援助资金20亿元。到位区级资金3亿元。\n"
                           "消费帮扶方面，协作销售农副产品40亿元。\n"
                           "今年，两地共推出旅游专列2列。已开行旅游包机6架次。")
    assert [(f["written"], f["period_kind"], f["period_from"]) for f in facts] == [
        ("20亿元", "year", "2024"), ("3亿元", "year", "2024"), ("40亿元", "year", "2024"),
        ("2列", "year", "2024"), ("6架次", "year", "2024")]


def test_now_said_as_dangqian_and_a_target_after_a_launch_year() -> None:
    # set 270: 当前已有2.65万家民营企业…; set 272: 2015年10月，…发起…行动，…力争用3到5年时间，
    # 动员…一万家以上 — the target's years are not the launch's
    assert only("我国民营企业积极参与，当前已有2.4万家民营企业参与帮扶。").period == "当前"
    launch = "2015年10月，某会发起帮扶行动，力争用3到5年时间动员一万家以上企业参与。"
    assert only(launch).period == ""


def test_days_and_nights_are_a_length_of_time(tmp_path) -> None:
    # set 284: 在西藏昌都的500多个日日夜夜 is how long they stayed; a running total said in a
    # subtitle (累计投入…) and again as the total so far (目前已累计投入…) is one fact (set 282)
    assert [f.text for f in figures("在某地的500多个日日夜夜，他们完成项目17个。")] == ["17个"]
    facts = imported_facts(tmp_path, "援青十五年", "2025-07-22\n\n"
                           "十五年已累计投入援青资金20.5亿元\n"
                           "记者获悉，目前已累计投入援青资金20.5亿元，实施项目300个。")
    assert [f["written"] for f in facts] == ["20.5亿元", "300个"]


def test_a_year_inside_one_part_of_a_sentence_dates_that_part_only() -> None:
    # set 305: 截至目前，…；建成投产项目6个，2014年工业总产值约67亿元；实现动工项目76个… — the
    # 76个 is of 截至目前, not of 2014
    found = figures("截至目前，组织企业考察3000多家；2014年工业总产值约60亿元；实现动工项目70个。")
    assert [f.period for f in found] == ["截至目前", "2014年", "截至目前"]


def test_a_share_of_one_percent_before_a_standard_is_a_figure() -> None:
    # set 308: 按照…财政收入总额1%的国家规定援助标准计算 (一亩地的收入 stays per unit)
    assert only("按照该市地方财政收入总额1%的援助标准计算。").base_value == 1
    assert figures("一亩地的收入有限。") == []


def test_places_counted_by_a_numeral_after_their_list_or_before_it_in_brackets() -> None:
    # set 319: 上海、山东、吉林、黑龙江四省市; set 318: 日喀则市五县（江孜、定日、萨迦、拉孜、
    # 亚东）; 深圳、百色、河池三市 stay a pairing's sides
    assert only("上海、山东、吉林、黑龙江四省市的援藏干部人才").base_value == 4
    assert only("对口支援日喀则市五县（江孜、定日、萨迦、拉孜、亚东）").base_value == 5
    assert figures("深圳、百色、河池三市携手共建") == []


def test_a_town_named_with_a_numeral_and_a_vehicle_as_the_article_are_no_figures() -> None:
    # set 379: 八台镇桅杆坪村 is a town's village, never eight machines; set 377: 一辆货车 is
    # the article, as 一栋 is (五户村民 still counts households)
    assert [f.text for f in figures("该区还与某市铁矿镇、八台镇桅杆坪村等6个村签订协议。")] == \
        ["6个"]
    assert [f.text for f in figures("村民从村口的一辆货车上买了花生，带动五户村民增收。")] == \
        ["五户"]


def test_a_quoted_list_counted_again_after_it_is_no_figure() -> None:
    # set 374: 统筹推进“协作帮扶促消费、促就业和平台企业助力乡村农文旅产业发展”3个专项工作
    found = figures("将统筹推进“促进消费、稳定就业和平台企业助力乡村文旅发展”3个专项工作，"
                    "建成车间5个。")
    assert [f.text for f in found] == ["5个"]


def test_local_residents_counted_in_wan_and_a_fall_through_what_caused_it() -> None:
    # set 377: 8万多当地居民; 财政收入从原来的近3亿元经双重“拦腰斩”直降至0.96亿元; 旅游收入
    # 直降85%以上 is a change
    people = only("交通中断，6万多当地居民生活困难。")
    assert (people.base_value, people.unit_kind, people.bound) == (60000, "people", "多")
    first, second = figures("财政收入从原来的近4亿元经双重冲击直降至0.8亿元。")
    assert (first.relation, second.relation) == ("从", "降至")
    assert (first.linked_start, second.linked_start) == (second.start, first.start)
    fall = only("旅游收入直降70%以上。")
    assert (fall.relation, fall.unit_kind) == ("直降", "change")


def test_a_distance_away_a_chain_named_by_its_size_and_the_years_since_a_start() -> None:
    # set 383: 从2000多公里外的山西来到… (after 这里的路叫…) is how far; set 385: 夯实…百万只
    # 肉羊全产业链 is a name; set 381: 2010年起，山西加入对口援疆行列…。其间，…投入资金35.1亿元
    assert [f.text for f in figures("这里的路叫晋北路，他从1000多公里外的某省来到这里，"
                                    "修建道路12公里。")] == ["12公里"]
    chain = "夯实某牧业百万只肉羊全产业链，存栏肉羊百万只。"
    assert [f.text for f in figures(chain)] == ["百万只"]
    found = figures("2010年起，某省加入对口援疆行列。其间，某省先后投入资金30.5亿元，"
                    "实施项目500个。")
    assert [f.period for f in found] == ["2010年以来", "2010年以来"]


def test_a_running_total_after_a_sentence_opening_with_its_start_is_since_then() -> None:
    # set 387: 自2017年开始，和平区与会宁县签订…协议以来，…。和平区累计投入财政帮扶资金3.3亿元
    found = figures("自2018年开始，某区与某县签订帮扶协议以来，某区倾注了大量心血。某区累计投入"
                    "财政帮扶资金2.5亿元，社会帮扶资金3000万元。")
    assert [f.period for f in found] == ["2018年以来", "2018年以来"]
    # (a running total with no such sentence before it keeps no year)
    assert only("某区倾注了大量心血。某区累计投入财政帮扶资金2.5亿元。").period == ""


def test_characters_of_a_name_stages_and_a_range_of_years_before_its_span() -> None:
    # set 400: 用石头书写了“泸州援建”四个大字; set 403: 分两个阶段有序推进; sets 397 and 400:
    # 确定了2012-2016年5年内拟实施…, 计划在2017-2021年五年间规划项目45个 — the years
    assert figures("村民用石头书写了“某地援建”四个大字，分两个阶段有序推进。") == []
    found = figures("确定了2012-2016年5年内拟实施的项目共36个，"
                    "计划在2017-2021年五年间规划项目45个。")
    assert [f.period for f in found] == ["2012-2016年", "2017-2021年"]
    assert only("2016年5月，建成学校3所。").period == "2016年5月"


def test_a_figure_said_first_with_no_time_and_again_with_one_is_one_fact(tmp_path) -> None:
    # set 400: a subhead 援藏 投入资金4.68亿元，援建项目71个, then 2012年以来…已投入资金4.68
    # 亿元，实施援建项目71个 — one fact each, of the later sentence's time
    facts = imported_facts(tmp_path, "某市援藏力量在行动", "2019-08-28\n\n援藏 投入资金3.5亿元，"
                           "援建项目60个\n2012年以来，某市已投入资金3.5亿元，实施援建项目60个。")
    assert [(f["written"], f["period"]) for f in facts] == [
        ("3.5亿元", "2012年以来"), ("60个", "2012年以来")]


def test_a_price_per_jin_from_one_end_to_the_other(tmp_path) -> None:
    # set 409: 黑水中蜂…价格由每斤20元增至每斤60元 — both ends linked, what is priced and per what
    facts = imported_facts(tmp_path, "某县中蜂",
                           "2017-09-29\n\n某地蜂蜜价格由每斤20元增至每斤50元。")
    assert [(f["written"], f["label"], f["relation"]) for f in facts] == [
        ("20元", "某地蜂蜜价格每斤", "由"), ("50元", "某地蜂蜜价格每斤", "增至")]


def test_a_quoted_quota_for_each_and_those_just_named_counted_again_are_no_figures() -> None:
    # set 412: 基于…实现全县31万人“人均1亩油茶、1亩核桃、1头黑山猪，户均1头牛”的…思路; set 414:
    # 引进…等东部企业…。两家入驻企业中，夏润公司的1000亩…基地 (在10个村中 still counts)
    plan = "实现全县20万人“人均1亩油茶、1亩核桃、1头黑山猪，户均1头牛”的产业思路。"
    assert [f.text for f in figures(plan)] == ["20万人"]
    among = "引进甲公司、乙公司等东部企业。两家入驻企业中，甲公司的800亩基地已建成。在10个村中，"
    assert [f.text for f in figures(among + "有5个村通了路。")] == ["800亩", "10个", "5个"]


def test_one_person_is_the_article_and_kuai_qian_is_yuan() -> None:
    # set 417: 自己一个人揣着2万块钱去看病 — 一个人 counts nobody; 块钱 is money, never blocks
    money = only("他自己一个人揣着2万块钱去看病。")
    assert (money.unit_kind, money.base_value, money.base_unit) == ("money", 20000, "元")
    assert only("帮助3800个人实现就业。").unit_kind == "people"


def test_items_of_a_list_run_into_one_line_keep_their_own_times() -> None:
    # set 424: - …2024年销售额达1.47亿元 [3] - 使用5.57亿元协作资金… [3] - 建立了29个…基地 — the
    # later items name no year, and 五年来累计… is the first item's only; set 425: 1.1 项目背景 is
    # a section's number, never 1.1项
    line = ("- 五年来累计落地400个产业项目 [3] - 示范园规划面积6万亩 [3] "
            "- 2024年销售额达1.2亿元 [3] - 使用5亿元协作资金打造产业园 [4]")
    found = figures(line)
    assert [(f.text, f.period, f.qualifiers) for f in found] == [
        ("400个", "五年来", ("累计",)), ("6万亩", "", ()), ("1.2亿元", "2024年", ("达",)),
        ("5亿元", "", ())]
    assert figures("1.1 项目背景\n随着西部大开发战略的深入推进。") == []
    # (a range of years written with spaces around its dash is no list's mark)
    assert only("计划2017年 - 2021年投入资金8亿元。").period == "2017年 - 2021年"


def test_a_game_named_by_its_players_and_a_grove_by_its_size_count_nothing() -> None:
    # set 442: 三人根艇公开赛 is the kind of race; set 437: 千亩红树林 a grove named by its size;
    # set 439: 总投资1亿美元的…项目 is a sum, never one of a per-unit phrase
    assert figures("某镇举行2023年三人龙舟公开赛，在五人制足球赛上，共有300人参加比赛。")[0].text \
        == "300人"
    assert len(figures("某镇举行2023年三人龙舟公开赛，在五人制足球赛上。")) == 0
    assert figures("沿海千亩红树林成为风景。") == []
    assert only("引进总投资1亿美元的外资项目。").unit_kind == "money_usd"
    assert only("一亩地的收入3000元。").text == "3000元"


def test_a_sum_of_output_in_wan_yi_before_gdp_is_money() -> None:
    # set 447: 苏州以2.67万亿GDP — 元 left unwritten before the output it is
    money = only("某市以1.5万亿GDP领先。")
    assert (money.unit_kind, money.base_value, money.base_unit) == ("money", 1.5e12, "元")


def test_places_named_then_counted_again_and_a_from_to_of_places_and_their_counties() -> None:
    # set 451: 深入兰州、白银、甘南、庆阳、武威5市州 counts the places just named (no figure);
    # 从3市13个县扩大到7市州的34个贫困县 links each count with the same count of the other end
    assert figures("他深入甲地、乙地、丙地3市考察。") == []
    assert [f.text for f in figures("临潭、卓尼3县投入资金。")] == ["3县"]  # (two named, three)
    found = figures("帮扶范围从2市9个县扩大到5市州的21个贫困县。")
    assert [(f.text, f.relation) for f in found] == [
        ("2市", "从"), ("9个", "从"), ("5市州", "扩大到"), ("21个", "扩大到")]
    assert [found[f].linked_start for f in (2, 3)] == [found[0].start, found[1].start]


def test_over_a_hundred_kinds_and_now_after_a_comma() -> None:
    # set 452: 如今，…上百种甘南特色农牧产品 — a count of kinds, as of now
    kinds = only("他介绍，如今，牦牛奶粉、酥油茶等上百种特色产品一应俱全。")
    assert (kinds.base_value, kinds.unit, kinds.bound, kinds.period) == (100, "种", "上", "如今")
    assert figures("推出一种模式。") == []


def test_a_target_striven_for_is_a_plan() -> None:
    # set 453: 力争2017年年内每个结对县组织3-5对结对乡镇 — a target, never a result
    target = only("力争2017年年内每个结对县组织3-5对结对乡镇。")
    assert target.qualifiers == ("力争",) and target.period == "2017年"


def test_one_person_s_pay_in_a_story_is_no_figure_of_the_report() -> None:
    # set 455: 48岁的装配工李某…目前月工资达到5000多元 — a story's; the pay of workers is one
    assert figures("36岁的农民王某去年外出务工，目前月工资达到6000多元。") == []
    assert figures('46岁的茶农张某表示:"我们每天上山采茶。我在基地工作，每月固定工资4000元。"'
                   ) == []  # (set 466: in the quote the person opens)
    assert [f.base_value for f in figures("务工人员月工资达到6000多元。")] == [6000]
    assert [f.text for f in figures("60岁以上的老人每月发放补贴100元。")] == ["100元"]


def test_a_number_sharing_the_next_one_s_unit_and_people_of_a_minority_after_wan() -> None:
    # set 456: 分别高出5.8和3.4个百分点 — two figures of one unit; 38万少数民族职工群众 — people
    first, second = figures("增幅均高于平均水平，分别高出5.8和3.4个百分点。")
    assert (first.value, first.unit, first.unit_kind, first.base_value) == (
        "5.8", "个百分点", "points", 5.8)
    assert second.text == "3.4个百分点"
    assert figures("第3和4个项目已开工。")[0].text == "4个"  # (an ordinal's number is none)
    assert only("全师有38万少数民族职工群众。").unit_kind == "people"


def test_a_kana_strewn_among_the_characters_reads_as_de() -> None:
    # set 456: 占“十二五”援疆资金总额的の27.78%, 其中90%以上的の援疆资金… — a copied page's の
    from gannan_gui.pipeline.sources import to_simplified

    assert to_simplified("总额的の27.78%") == "总额的的27.78%"
    assert [f.text for f in figures(to_simplified("其中90%以上的の援疆资金投入到民生项目。"))] == [
        "90%"]


def test_one_of_a_class_and_a_list_run_on_to_the_next_line_count_nothing() -> None:
    # set 458: 中国14个集中连片特困地区之一 — how many such there are; 武河村、…、\n…玉海村6个村
    # — the villages just named, the list running on past a line break
    assert figures("该地区是中国14个集中连片特困地区之一。") == []
    assert figures("甲村、乙村、丙村、\n丁村、戊村、己村6村") == []
    assert [f.text for f in figures("建成5个示范村之外，还新建3个。")][:1] == ["5个"]


def test_nearly_a_hundred_agreements_are_a_count() -> None:
    # set 468: 累计签署帮扶协议近百份 — about a hundred, its bound kept
    count = only("九年来累计签署帮扶协议近百份。")
    assert (count.base_value, count.unit) == (100, "份") and "近" in count.qualifiers


def test_what_will_be_is_a_plan_but_the_mark_of_an_object_is_none() -> None:
    # sets 450, 462: 种植面积将达到7000多亩, 建成后将形成年生产…, 将惠及400余户 — to come; the
    # article's 坚持将60%以上帮扶资金投向… marks its object, and is no plan
    assert only("项目建成后，种植面积将达到7000多亩。").qualifiers == ("将", "达到")
    assert only("坚持将60%以上帮扶资金投向强县富民产业。").qualifiers == ()
