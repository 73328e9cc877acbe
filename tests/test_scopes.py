"""What a figure covers and when: its scope (the place it is about) and its period, normalised;
and comparisons that put only like beside like. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from gannan_gui.pipeline.scopes import (
    Period,
    find_scope,
    givers_named,
    is_giver,
    normalise_period,
    places_in,
    scope_columns,
)
from gannan_gui.store.library import Comparison
from gannan_gui.views.shelf import like_with_like

PUBLISHED = "2025-06-30"


def proposed(tmp_path: Path, text: str) -> list[dict]:
    """The fact rows an import proposes for a report of `text` (its title line first)."""
    from gannan_gui.pipeline.importer import prepare

    source = tmp_path / "report.txt"
    source.write_text(text, encoding="utf-8")
    return prepare(source)[1].facts


@pytest.mark.parametrize(("period", "qualifiers", "kind", "shown"), [
    ("2024年", (), "year", "2024年"),
    ("2024年上半年", (), "year", "2024年"),
    ("“十四五”以来", (), "since", "2021年以来（累计）"),
    ("“十四五”期间", (), "years", "2021—2025年"),
    ("2021—2025年", (), "years", "2021—2025年"),
    ("2019年以来", (), "since", "2019年以来（累计）"),
    ("今年以来", (), "year", "2025年"),  # resolved against the report's date
    ("截至目前", (), "to_date", "截至2025-06-30"),
    ("截至2024年底", (), "to_date", "截至2024-12-31"),
    ("截至2024年6月底", (), "to_date", "截至2024-06-30"),
    ("五年来", (), "since", "2021年以来（累计）"),
    ("这两年", (), "since", "2024年以来（累计）"),
    ("2023、2024年", (), "years", "2023—2024年"),  # two years listed
    ("2022、2024年", (), "", ""),  # not a run of years: none to say
    ("至2024年底", (), "to_date", "截至2024-12-31"),  # 这两年，…投入: this year and the last
    ("结对帮扶之初", (), "", ""),  # a from-to's start named by an event: no year to say
    ("2024年6月以来", (), "since", "2024年以来（累计）"),  # a month's start: its year's
    ("今年3月以来", (), "year", "2025年"),
    ("2017年两省建立对口合作关系至今", (), "since", "2017年以来（累计）"),
    ("2018年、2019年", (), "years", "2018—2019年"),  # set 47's: two years, each with 年
    ("2017年1月至2019年10月", (), "years", "2017—2019年"),  # set 49's: spans of months
    ("2019年1—10月", (), "year", "2019年"),
    ("1994年至2018年", (), "years", "1994—2018年"),  # set 52's: 年 after both years
    ("", ("累计",), "cumulative", "累计"),
    ("", (), "", ""),
])
def test_periods_are_normalised_against_the_report_date(period, qualifiers, kind, shown) -> None:
    normalised = normalise_period(period, qualifiers, PUBLISHED)
    assert (normalised.kind, normalised.text) == (kind, shown)


@pytest.mark.parametrize(("sentence", "figure", "scope"), [
    ("临潭县新建标准化养殖小区18个", "18个", "临潭县"),  # named in the sentence
    ("天津市在卓尼县共建产业园区3个", "3个", "卓尼县"),  # the helping side is no scope
    ("甘南州迭部县落实资金0.8亿元", "0.8亿元", "迭部县"),  # the narrower of two names
    ("东丽区对口帮扶皋兰县投入资金2亿元", "2亿元", "皋兰县"),
    ("帮助甘肃农村劳动力实现就业11.99万人", "11.99万人", "甘肃省"),  # a province as its full name
    ("共建产业园区9个", "9个", "甘南州"),  # none named: the report's region
    ("2019年夏河县投入资金1.2亿元", "1.2亿元", "夏河县"),  # a year is no part of the name
    # a district of a giving city gives: its figures are the report's region's
    ("普陀区投入帮扶资金300万元", "300万元", "甘南州"),
    ("河北区选派干部12名", "12名", "甘南州"),  # Tianjin's 河北区, no 河北省
    ("从1000万元增至县均3000万元", "3000万元", "甘南州"),  # 元增至县 is no place
    # 率从杭州 is no place: the giving city after a word's end
    ("贫困发生率从杭州结对帮扶之初的14.88%降至0.23%", "14.88%", "甘南州"),
    ("厦门市在和政县建成幼儿园2所", "2所", "和政县"),  # a name that begins like 和, 同
    ("同心县新建冷库6座", "6座", "同心县"),
    ("临夏州六县市全部脱贫，新建车间20个", "20个", "临夏州"),  # 六县市 counts, names none
    ("10个重点帮扶县按每县500万元安排", "500万元", "甘南州"),  # 每县, 点帮扶县: no names
    ("在从江县投入资金200万元", "200万元", "从江县"),
    ("记者从自治区会议上获悉，中央及自治区单位投入资金3亿元", "3亿元", "自治区"),
    ("扬州市选派干部71名", "71名", "甘南州"),  # a giving city of the pairings
    # set 24's: a prefecture named without 市 or 州 is the prefecture; 旅游市(场) and
    # 昨天从市 are no places, nor is 选派州 (黄南选派州直…)
    ("作为脱贫攻坚的主战场，铜仁所辖10个板块均为贫困县", "10个", "铜仁市"),
    ("近3年，和田有5.2万名群众脱贫", "5.2万名", "和田地区"),
    ("在旅游市场开拓等方面合作，累计援助资金4557万元", "4557万元", "甘南州"),
    ("记者昨天从市对口支援办获悉，投入资金3亿元", "3亿元", "甘南州"),
    ("黄南选派州直单位的15名干部到天津挂职", "15名", "黄南州"),
    ("助力安顺54万贫困人口脱贫", "54万", "安顺市"),
    # set 25's: 在贵州 is 贵州, a province before a county is the county's, an economic zone
    # is no place (铜仁大龙经开区: 铜仁), a road named after a river is no prefecture, a giving
    # city's district gives, 拉萨 is a prefecture
    ("在贵州8个协作市州各建一个园区", "8个", "贵州省"),
    ("为广西龙州县的公司提供援助款800万元", "800万元", "龙州县"),
    ("企业在铜仁大龙经开区投资40亿元", "40亿元", "铜仁市"),
    ("怒江72拐改造后，事故率降低60%", "60%", "甘南州"),
    ("斗门区投入帮扶资金500万元", "500万元", "甘南州"),
    ("对口支援拉萨以来，投入资金40亿元", "40亿元", "拉萨市"),
    # set 26's: a bonded zone and a hospital's campus are no places; 援建喀什市 is 喀什市
    ("深圳运营的喀什综保区，实现贸易额191亿元", "191亿元", "喀什地区"),
    ("援建喀什市人民医院新院区等18个项目", "18个", "喀什市"),
    # set 27's: a place set aside (除…之外) is not what the figure is about
    ("对口帮扶贵州（除贵阳市之外）的8个市（州）", "8个", "贵州省"),
    # set 28's: 于 before a place is no part of it (but 于田县 is a county)
    ("位于长春市的企业投资5亿元", "5亿元", "长春市"),
    ("在于田县建成车间6个", "6个", "于田县"),
    # set 29's: a county of one character (落地礼县 is 礼县; 建成县级 names none); a water
    # source area is no place; a prefecture with 地区 is one (援助吐鲁番地区)
    ("引进的农场落地礼县，建成大棚200座", "200座", "礼县"),
    ("在岷县新建冷库3座", "3座", "岷县"),
    ("已建成县级物流中心2个", "2个", "甘南州"),
    ("支持中线水源区两省16个县市", "16个", "甘南州"),
    ("援助吐鲁番地区建设安居房5000户", "5000户", "吐鲁番地区"),
    # set 30's: the narrower of two places (西藏自治区山南地区); a guest province and a
    # city with districts are no places; the places a count counts are not its scope
    ("对口支援西藏自治区山南地区投资8亿元", "8亿元", "山南地区"),
    ("作为本届博览会的主宾省，组织企业12家", "12家", "甘南州"),
    ("南京、扬州等7个设区市组织企业20家", "20家", "甘南州"),
    ("负责对口支援伊犁州伊犁、塔城2个地区", "2个", "伊犁州"),
    # people of both places listed, not of the last: neither alone, so the report's own
    ("帮助定西、陇南1.2万人就业", "1.2万人", "甘南州"),
    # set 31's: 日 is no leading word of 日喀则; a city of a province that aids Xinjiang gives
    ("援建日喀则地区各类项目900个", "900个", "日喀则地区"),
    ("援疆郑州工作队推动学校整合5所", "5所", "甘南州"),
    # set 33's: a city named with 州 then 区 or 市 (深入商州区), a division's 师 and the end of
    # 发挥 or 走进 before a county are no part of its name
    ("先后深入商州区、丹凤县，并在商州区签约企业18家", "18家", "商州区"),
    ("对口支援十师北屯市，投入资金1亿元", "1亿元", "北屯市"),
    ("发挥奇台县优势，设立特产店60家", "60家", "奇台县"),
    ("走进田林县，新建车间8个", "8个", "田林县"),
    ("带了几位望奎县种植户试种500亩", "500亩", "望奎县"),  # set 34's: 位 is no part of it
    ("协调淮北、铜陵等市援助资金600万元", "600万元", "甘南州"),  # set 35's: 等市 names none
    # set 36's: a nickname with 第 and a region's four prefectures name no place
    ("把当地作为“特殊第一县”，种植中草药6300多亩", "6300多亩", "甘南州"),
    ("南疆四地州是14个集中连片特困地区之一", "14个", "甘南州"),
    # set 37's: the place a speech is about, when the report says where else; a giving
    # province's city; names that a verb, a province's name or a protected name opens
    ("贯彻总书记关于新疆工作的重要讲话，在皮山县建设车间6个", "6个", "皮山县"),
    ("协调鞍山市供水公司8名技术人员", "8名", "甘南州"),
    ("一批来自浙江安吉县的茶苗共30万株", "30万株", "安吉县"),
    ("水泥厂落户于田县，年产水泥100万吨", "100万吨", "于田县"),
    ("调研并考察和州县代表团参观基地3处", "3处", "甘南州"),
    ("积极支持贵州建设园区5个", "5个", "贵州省"),
    ("组建产业联盟，吸纳企业40家", "40家", "甘南州"),
    ("完成省财政投资3亿元", "3亿元", "甘南州"),  # set 38's: the 省 of a word names no province
    # set 39's: 有关区(市) and a market (集市) name no place
    ("有关区(市)、企业向当地捐赠800万元", "800万元", "甘南州"),
    ("去趟集市得走两个小时，全年收入3万元", "3万元", "甘南州"),
    # set 40's: an autonomous prefecture by its full name, given its short one; 促成 is no part
    ("对口支援青海省海西蒙古族藏族自治州，投入资金9亿元", "9亿元", "海西州"),
    ("援建新疆克孜勒苏柯尔克孜自治州学校12所", "12所", "克孜勒苏州"),
    ("模式促成海西州人民医院开展新技术20项", "20项", "海西州"),
    # set 41's: 博州 and 巴州 are Xinjiang's prefectures; 考察 and 实施 are no part of a name
    ("张书记考察了博州的学校3所", "3所", "博尔塔拉州"),
    ("为巴州建设安居房2.7万套", "2.7万套", "巴音郭楞州"),
    ("实施县城提升改造项目9项", "9项", "甘南州"),
    # set 42's: a level of government names no county; a prefecture's committee names it;
    # 阿里 is Tibet's, 阿里集团 a company
    ("安排县及县以下基层项目援助资金12亿元", "12亿元", "甘南州"),
    ("自治区人大副主任、日喀则地委书记谈到26名同志", "26名", "日喀则市"),
    ("陕西选派干部支援阿里，开展项目209个", "209个", "阿里地区"),
    ("省商务厅与阿里集团合作建成服务站800个", "800个", "甘南州"),
    # set 44's: where a place lies is no scope; a firm's province only when nothing else
    ("海北，位于青藏高原东北隅、青海省东北部，总面积3.41万平方公里", "3.41万平方公里", "海北州"),
    ("青海库库诺尔食品有限公司职工超过50人", "50人", "甘南州"),
    ("东莞市与第三师图木舒克市和16个团场结对", "16个", "图木舒克市"),  # set 45's: four characters
    # set 49's: a word that runs on from a place's 区 or 州 (区县, 区位) ends no name
    ("同步强化区县帮扶，已有7个县签订协议", "7个", "甘南州"),
    ("围绕伊犁州区位优势，签约项目225个", "225个", "伊犁州"),
    ("建设生态保护实验区，25个古村落入选", "25个", "甘南州"),  # set 50's: a 实验区 is no place
    # set 51's: a district before its level (区区级), a county after 举办
    ("七里河区区级项目3个", "3个", "七里河区"),
    # set 52's: the place of an office that speaks is no scope
    ("记者从西藏自治区政府新闻办获悉，援藏项目3842个", "3842个", "甘南州"),
    ("天津累计投入10亿元对口支援夏河县，安置移民2000人", "2000人", "夏河县"),  # set 54's
    ("体验店销售夏河县农特产品达1008万元", "1008万元", "夏河县"),  # set 55's: 销售 is a verb
    ("举办临潭县2023年培训班1期", "1期", "临潭县"),
    # set 46's: those a place got help from give; 选址 and 行政区 are no part of a name
    ("景宁县先后得到鄞州区、宁海县等地的对口扶持，累计援建资金1.6亿元", "1.6亿元", "景宁县"),
    ("该项目选址嘉善县的特色小镇，规划面积300亩", "300亩", "嘉善县"),
    ("打破原有行政区划限制，吸引投资680亿元", "680亿元", "甘南州"),
    # set 57's and 59's: a prefecture of four characters; a county of one
    ("采购西双版纳州特色农产品800万元", "800万元", "西双版纳州"),
    ("无偿援助忠县资金3亿元", "3亿元", "忠县"),
    # set 80's and 85's: set phrases hold a prefecture's bare name and name no place
    ("援疆的大爱洒满天山南北，投入资金9亿元", "9亿元", "甘南州"),
    ("以真金白银的投入累计建成学校5所", "5所", "甘南州"),
    # set 78's: in a city's own report 一是市…, 利用市领导… and 市民 name no city; nor does
    # a motorway's 服务区
    ("一是市财政局采购农副产品2.71亿元", "2.71亿元", "甘南州"),
    ("利用市领导联系机制，购销农副产品2.11亿元", "2.11亿元", "甘南州"),
    ("号召广大市民购销农副产品47亿元", "47亿元", "甘南州"),
    ("产品进入高速服务区，实现3.96亿元", "3.96亿元", "甘南州"),
    # set 88's and 91's: only the five regions are 自治区; the receiving side's 受援地州 is a
    # kind of place
    ("332种“大病”不出自治区、1914种“中病”不出地市", "1914种", "甘南州"),
    ("新疆维吾尔自治区新建学校30所", "30所", "新疆维吾尔自治区"),
    ("新疆各受援地州密切协作，援疆项目已开工1076个", "1076个", "新疆"),
])
def test_the_scope_is_the_place_a_figure_is_about(sentence: str, figure: str,
                                                  scope: str) -> None:
    assert find_scope(sentence, sentence.index(figure), region="甘南州") == scope


def test_a_province_the_report_names_as_giving_is_no_scope() -> None:
    report = "湖北省对口支援山南已有16年。湖北省组织代表团21个进藏考察。吉林援疆工作组投资3亿元。"
    givers = givers_named(report)
    assert givers == {"湖北", "吉林"}
    sentence = "湖北省组织代表团21个进藏考察"
    assert find_scope(sentence, sentence.index("21"), givers=givers) == ""
    assert find_scope(sentence, sentence.index("21")) == "湖北省"  # in a report that says not
    # the receiving side aids no one: 伊犁州援疆 is the aid in 伊犁州; 与 names the partner
    assert givers_named("伊犁州援疆项目30个。天津与甘南州对口帮扶。赴林芝援藏的干部") == set()


def test_a_sentence_without_a_place_takes_the_one_its_paragraph_named() -> None:
    from gannan_gui.pipeline.extract import find_figures

    def scopes(paragraph: str, title: str = "") -> list[str]:
        return [scope_columns(paragraph, f, 0, len(paragraph), "2024-12-31", "", title)["scope"]
                for f in find_figures(paragraph, 0, len(paragraph))]

    assert scopes("援建干部来到玛曲县。新建牛棚20座，改造草场3万亩。") == ["玛曲县", "玛曲县"]
    # the province is the wider place, the county the one the paragraph is about
    assert scopes("走进甘肃临潭县的工厂。累计投入资金600万元。") == ["临潭县"]
    # a list names several: the title says which
    assert scopes("帮扶合作、卓尼、迭部三县。投入资金5亿元。", "甘南州协作综述") == ["甘南州"] * 2
    # where those counted went, right after them
    assert scopes("二十年来累计6批300多人次进驻舟曲县。") == ["舟曲县", "舟曲县"]
    # set 47's: where a sum went, named after its verb; a list of a city's counties is the city's
    assert scopes("今年落实资金800万元帮扶迭部县。") == ["迭部县"]
    assert scopes("天津增加对甘南州合作市、夏河县、玛曲县的帮扶资金，投入3000万元。") == ["甘南州"]
    # set 48's: a part after a semicolon whose sum went to a place named after it
    assert scopes("天津安排临潭县项目9个；北京安排项目8个、资金1.6亿元支持玛曲县。") == [
        "临潭县", "玛曲县", "玛曲县"]
    assert scopes("两市共召开市县两级联席会议7次。", "天津与甘南州协作") == ["甘南州"]  # 召开 is no
    # part of a city's name
    # no place in the paragraph or the title: the one the report names most before it
    report = "天津援建夏河县。夏河县的学校焕然一新，合作市也有新医院。\n三十年来，投入资金20亿元。"
    paragraph = report.index("三十年来")
    found = find_figures(report, paragraph, len(report))
    assert [scope_columns(report, f, paragraph, len(report), "2024-12-31", "", "")["scope"]
            for f in found] == ["夏河县"]


def test_a_prefecture_by_its_old_and_new_names_is_one_place_and_the_reports_scope() -> None:
    # set 98's: 山南地区 then 山南 counted as one place, named as the report first names it, and
    # a figure before any place is named takes the one the whole report names most
    from gannan_gui.pipeline.extract import find_figures

    report = ("某省援藏项目完成投资3.1亿元。\n企业与日喀则地区签约，日喀则的青稞远销各地。\n"
              "培训农牧民900多人次。")
    found = find_figures(report, 0, len(report))
    assert [scope_columns(report, f, 0, len(report), "2016-02-16", "", "")["scope"]
            for f in found] == ["日喀则地区", "日喀则地区"]


def test_long_county_names_kinds_of_county_and_a_total_said_once() -> None:
    # set 110's 墨竹工卡县 (not 竹工卡县), set 116's 试点县 and 其他受灾县 (no place)
    assert [name for _at, name in places_in("墨竹工卡县小菜籽油生产")] == ["墨竹工卡县"]
    assert [name for _at, name in places_in("在某地区试点县和其他受灾县等")] == []
    # set 114's: figures after a 累计 in their sentence are its running total too
    from gannan_gui.pipeline.extract import find_figures

    text = "2021年，某市对口协作某州。某市累计派出人才1883人次，投入财政援助资金39.5亿元。"
    found = find_figures(text, 0, len(text))
    assert [scope_columns(text, f, 0, len(text), "2025-07-01", "", "")["period_kind"]
            for f in found] == ["cumulative", "cumulative"]


def test_a_province_that_also_aids_opening_a_clause_about_its_aid_gives() -> None:
    report = "河北新一轮对口援疆以来，共援建项目75项。\n河北省自1997年启动援疆工作。"
    assert "河北" in givers_named(report)
    assert givers_named("北京对口帮扶河北张家口市。") == set()  # received, not given
    # a giving province's own city, helped by the pairing's verb (南北挂钩), is no giver
    helped = givers_named("苏州市南北挂钩宿迁市工作队领队。")
    sentence = "累计向宿迁市转移各类项目980个"
    assert find_scope(sentence, sentence.index("980"), givers=helped) == "宿迁市"
    assert find_scope(sentence, sentence.index("980")) == ""
    # aid in plain words, to a place it names; not aid it used (陕西省使用…援助资金)
    assert "陕西" in givers_named("陕西省先后选派了8批干部支援阿里。")
    assert givers_named("陕西省全年使用苏陕协作财政援助资金26.4亿元。") == set()


def test_a_first_line_that_ends_a_sentence_is_the_body_and_says_where(tmp_path: Path) -> None:
    from gannan_gui.pipeline.importer import prepare

    report = tmp_path / "r.txt"
    report.write_text("2023年9月，102名合作市高校毕业生组团赴天津就业。\n"
                      "天津援建的车间里，工人们正在忙碌。\n三年来，累计投入资金3亿元。\n",
                      encoding="utf-8")
    found, records = prepare(report)
    assert found.title == "r"  # no title line: the file's name stands for it
    facts = [(f["value"] + f["unit"], f["scope"]) for f in records.facts]
    assert facts == [("102名", "合作市"), ("3亿元", "合作市")]  # the first line's place, last


def test_a_province_named_more_than_a_city_leaves_no_report_wide_scope() -> None:
    from gannan_gui.pipeline.extract import find_figures

    report = ("黑龙江与广东对口合作。黑龙江企业赴粤，黑龙江省学习借鉴。\n"
              "七台河市副市长赴江门挂职，七台河市签约项目。\n黑龙江省共派出干部40名。")
    at = report.rindex("黑龙江省共")
    found = find_figures(report, at, len(report))
    assert scope_columns(report, found[0], at, len(report), "2024-12-31", "", "")["scope"] == \
        "黑龙江省"  # its own sentence says it; without it the province's report names no city
    sentence = report[:at] + "共派出干部40名。"
    found = find_figures(sentence, at, len(sentence))
    assert scope_columns(sentence, found[0], at, len(sentence), "2024-12-31", "", "")["scope"] \
        == ""


def test_the_scope_falls_back_to_the_title() -> None:
    assert find_scope("投入资金3亿元", 4, region="", title="2024年碌曲县东西部协作总结") == "碌曲县"
    assert find_scope("投入资金3亿元", 4, region="", title="天津市协作工作综述") == ""
    # a county-level city named after its prefecture: the narrower place
    assert find_scope("投入资金3亿元", 4, region="", title="遵义赤水市：协作结硕果") == "赤水市"


class Figure:
    def __init__(self, scope: str, period_kind: str) -> None:
        self.scope, self.period_kind = scope, period_kind


def comparison(scope: str, kind: str, value: float) -> Comparison:
    return Comparison(Path("x.db"), 1, "报道", "2024-12-31", f"{value}亿元", value * 1e8,
                      "元", 1, scope, kind)


def test_a_comparison_never_puts_a_county_year_beside_a_prefecture_total() -> None:
    county_year = Figure("临潭县", "year")
    found = [comparison("临潭县", "year", 0.85), comparison("临潭县", "year", 0.9),
             comparison("甘南州", "year", 3.2), comparison("甘南州", "since", 14.93),
             comparison("临潭县", "to_date", 2.1)]
    kept, left_out = like_with_like(county_year, found)
    assert [c.base_value for c in kept] == [0.85e8, 0.9e8] and left_out == 3
    total = Figure("甘南州", "since")
    kept, _ = like_with_like(total, found)
    assert [c.figure for c in kept] == ["14.93亿元"]
    assert Period("since", "2021").cumulative and not Period("year", "2024").cumulative


def test_an_imported_report_gives_each_figure_its_scope_and_period(tmp_path: Path) -> None:
    from gannan_gui.pipeline.importer import prepare

    report = tmp_path / "r.txt"
    report.write_text("2024年碌曲县东西部协作总结\n发布时间：2024-12-28\n"
                      "今年以来，天津市投入财政援助资金0.85亿元。\n"
                      "“十四五”以来，玛曲县累计实施帮扶项目126个。\n", encoding="utf-8")
    _, records = prepare(report)
    found = [(f["scope"], f["period_kind"], f["period_from"]) for f in records.facts]
    assert found == [("碌曲县", "year", "2024"), ("玛曲县", "since", "2021")]


def test_giving_districts_and_cities_that_hold_a_word_are_places() -> None:
    # sets 126 and 130: 宝山区 holds 山区 and 厦门市 holds 门市, yet both are places; a
    # news agency's dateline and 市政 name none; a province is named in full
    assert [name for _at, name in places_in("嘉定区、闵行区、宝山区累计援助")] == \
        ["嘉定区", "闵行区", "宝山区"]
    assert [name for _at, name in places_in("福州市和厦门市累计投入")] == ["福州市", "厦门市"]
    assert places_in("新华社兰州10月17日电") == []
    assert places_in("两省在八一镇市政建设的投资") == []
    assert find_scope("帮助甘肃农村劳动力就业1.2万人", 10) == "甘肃省"


def test_a_year_that_dates_a_decision_or_a_comparison_is_no_figures_period() -> None:
    # set 125: a paragraph opening with the year of a decision; set 126: 较2016年 is the
    # base of a change, not its time; set 130: a range after 含 is its part's period
    from gannan_gui.pipeline.extract import find_figures

    text = ("1996年，中央确定某市对口帮扶某省，此后帮扶范围不断扩大，某市所辖的16个区参与帮扶。"
            "《某规划》实施，5年过渡期内预计资金投入超过80亿元。")
    found = find_figures(text, 0, len(text))
    assert [(c["period_kind"], c["period_from"], c["period_to"]) for c in (
        scope_columns(text, f, 0, len(text), "2025-01-01", "", "") for f in found)] == \
        [("", "", ""), ("years", "2021", "2025")]
    text = "2020年已投入20.5亿元，较2016年增长18.2亿元，实施扶贫项目1200个。"
    assert [f.period for f in find_figures(text, 0, len(text))] == ["2020年"] * 3
    text = "投入资金1.5亿元(含2015-2016年某市捐赠资金8000万元)。"
    assert [f.period for f in find_figures(text, 0, len(text))] == ["", "2015-2016年"]


def test_kinds_of_county_places_listed_as_examples_and_a_year_after_who_told_it() -> None:
    # sets 153 and 155: 定点扶贫县 and 挂牌督战县 are kinds of county, no place; set 152: places
    # listed as examples before a count (…等5个州（市）) are what it counts, not its place;
    # set 153: a paragraph's year after 记者从…获悉 dates its later sentences too
    assert find_scope("中央单位向定点扶贫县直接投入帮扶资金30亿元", 17, "某省") == "某省"
    assert places_in("今年52个挂牌督战县已外出务工") == []
    sentence = "务工人员来自昆明、曲靖、德宏等5个"  # up to the figure, as a fact's scope reads
    assert find_scope(sentence, sentence.index("5"), "云南省") == "云南省"
    from gannan_gui.pipeline.extract import find_figures

    text = "记者从某办获悉，2019年，协作任务超额完成。中央单位直接投入帮扶资金30亿元。"
    found = find_figures(text, 0, len(text))
    assert [scope_columns(text, f, 0, len(text), "2019-12-22", "", "")["period_from"]
            for f in found] == ["2019"]


def test_a_counter_and_housing_reformed_are_no_places() -> None:
    # set 158: 展销专区 is a counter; set 166: 棚户区改造 is housing, not a district
    assert places_in("建立体验馆、展销专区和专柜") == []
    assert [name for _at, name in places_in("策勒县8万平方米的棚户区改造")] == ["策勒县"]


def test_counties_of_three_peoples_one_example_before_a_count_and_a_launch() -> None:
    # set 173: an autonomous county named for three peoples is one place, 错峰上市 none;
    # set 168: 陕西等14个地区 counts the regions, 陕西 among them, and is no scope
    assert [name for _at, name in places_in("助力孟连傣族拉祜族佤族自治县错峰上市")] == \
        ["孟连傣族拉祜族佤族自治县"]
    assert find_scope("对口帮扶陕西等14个", 7, "") == ""


def test_a_place_after_a_verb_it_ends_a_giver_of_macao_and_a_kind_of_county() -> None:
    # set 174: 配合汶川县 and set 179: 立足海原县 name 汶川县 and 海原县 (not 合汶川县, 足海原县);
    # set 175: 一重灾县 is a kind of county; set 180: Macao gives
    assert [name for _at, name in places_in("工作组配合汶川县吸纳捐赠资金")] == ["汶川县"]
    assert [name for _at, name in places_in("工作组立足海原县产业")] == ["海原县"]
    assert places_in("作出“一省帮一重灾县”的决策") == []
    assert find_scope("澳门特区援建资金总额约为11.7亿元", 13, "四川省") == "四川省"


def test_a_year_opening_a_sentence_that_runs_to_this_day_is_since_then() -> None:
    # set 178: 1996年，…拉开帷幕，…迄今为止已先后选派11批 is since 1996
    from gannan_gui.pipeline.extract import find_figures

    text = "1996年，协作在大背景下拉开帷幕，某市迄今为止已先后选派11批干部。"
    found = find_figures(text, 0, len(text))
    assert [(c["period_kind"], c["period_from"]) for c in (
        scope_columns(text, f, 0, len(text), "2019-06-01", "", "") for f in found)] == \
        [("since", "1996")]


def test_a_founding_year_and_the_end_of_a_year_and_kinds_of_area() -> None:
    # set 183: 于1951年建县 dates the county, not its area; 2022年末 is as of the year's end;
    # set 182: 大型灌区 and 少数民族自治州 are no places
    from gannan_gui.pipeline.extract import find_figures

    text = "某县位于某州西部，于1951年建县，全县面积1800.5平方公里。"
    found = find_figures(text, 0, len(text))
    assert [scope_columns(text, f, 0, len(text), "2023-09-15", "", "")["period_kind"]
            for f in found] == [""]
    assert normalise_period("2022年末") == Period("to_date", "", "2022-12-31")
    assert places_in("昭鲁大型灌区是全市唯一大型灌区") == []
    assert places_in("居全国30个少数民族自治州第1位") == []
    assert places_in("江门是农业大市") == []  # set 191: a kind of city
    assert places_in("283个摘帽县中") == []  # set 200: counties out of poverty, no name
    assert places_in("帮扶省（直辖市）") == []  # set 199: a level, in brackets


def test_a_city_of_a_giving_province_gives_when_a_western_one_is_named() -> None:
    # set 196: 江苏省东台市对标陕西省铜川市耀州区所需 — 东台 gives; set 163: a report on a
    # town of 浙江省诸暨市 alone names no giver
    assert "东台" in givers_named("江苏省东台市对标陕西省铜川市耀州区所需，把资源汇集到耀州区。")
    assert givers_named("浙江省诸暨市东白湖镇共建成共富工坊4家。") == frozenset()


def test_a_prefecture_s_level_and_a_county_town_are_no_places() -> None:
    # set 207: 全州建成州级…中心 names no place 州建成州; set 202: 实行县城园区… no county
    # (临潭县城关镇 is still 临潭县's town)
    assert places_in("全州建成州级服务中心1个") == []
    assert places_in("实行县城园区、中心集镇安置") == []
    assert [name for _, name in places_in("临潭县城关镇新建卫生院")] == ["临潭县"]


def test_a_place_that_lies_somewhere_is_the_scope_not_where_it_lies() -> None:
    # set 209: 阿勒泰地区位于新疆北部，拥有…200余处 is the prefecture's (区位 is a word, 区位于
    # is not)
    sentence = "塔城地区位于新疆北部，拥有旅游资源150余处。"
    assert find_scope(sentence, sentence.index("150")) == "塔城地区"


def test_places_each_with_its_own_figure_are_each_figure_s_scope() -> None:
    # set 216: 内蒙古820个、广西1200个 — each province its own count, not a list the count
    # counts (喀什地区疏勒、英吉沙、岳普湖3个县 still is: the prefecture's)
    sentence = "各省情况分别是：内蒙古820个、广西1200个、重庆1888个。"
    assert find_scope(sentence, sentence.index("1200")) == "广西"
    listed = "重点援助喀什地区疏勒、英吉沙、岳普湖3个县。"
    assert find_scope(listed, listed.index("3个")) == "喀什地区"


def test_a_shandong_city_gives_and_a_county_after_peixun_is_a_place() -> None:
    # set 226: 枣庄市…帮助…丰都县 — 枣庄 gives; 培训丰都县农村富余劳动力 names 丰都县, not 训丰都县
    sentence = "枣庄市累计帮助300名丰都县农村劳动力就业，培训丰都县富余劳动力200人次。"
    assert find_scope(sentence, sentence.index("300")) == ""
    assert find_scope(sentence, sentence.index("200")) == "丰都县"


def test_a_place_that_names_where_a_listed_product_comes_from_is_no_scope() -> None:
    # set 187: 新疆大枣、吉县苹果…在…对接会上 — a national fair, no figure of 新疆's
    sentence = "新疆大枣、某县苹果、永顺莓茶……在近日举行的对接会上，供应商带来了2万多款产品。"
    assert find_scope(sentence, sentence.index("2万")) == ""
    named = "新疆和田、喀什共落实资金2亿元。"
    assert find_scope(named, named.index("2亿")) != ""


def test_a_rank_s_period_and_wider_place_stay_with_the_rank() -> None:
    # set 183: 经济总量自2020年以来持续居全国…第1位，全州面积… — the area has no period; 居云南
    # 全省第2位，…全州户籍人口 is the prefecture's, not the province's
    from gannan_gui.pipeline.extract import find_figures

    text = ("某州经济总量自2020年以来持续居全国30个自治州第1位，全州面积2.5万平方公里，"
            "居云南全省第3位。")
    assert [f.period for f in find_figures(text, 0, len(text))] == [""]
    sentence = "全州面积居云南全省第3位，全州户籍人口400万人。"
    assert find_scope(sentence, sentence.index("400"), region="某州") == "某州"


def test_a_county_named_once_in_full_and_then_bare_is_the_report_s_place(tmp_path: Path) -> None:
    # set 208: 贵州遵义桐梓县… then 的桐梓，在乡镇建设冷库52个 — the county's, named bare (but
    # 汶川地震 names the whole area, and 江达岗 another place)
    source = tmp_path / "report.txt"
    source.write_text("某地电商助农\n2021-06-10\n\n上海市民选购来自贵州遵义桐梓县的方竹笋。\n"
                      "素有美称的桐梓，在乡镇建设冷库52个。\n", encoding="utf-8")
    from gannan_gui.pipeline.importer import prepare

    assert [f["scope"] for f in prepare(source)[1].facts] == ["桐梓县"]


def test_a_county_whose_name_ends_like_another_and_a_place_after_lai() -> None:
    # set 236: 镇康县 is not 康县; set 238: 联系学院来麟游县慰问 names 麟游县 (来凤县 is a county)
    assert [name for _, name in places_in("定点帮扶镇康县纪实")] == ["镇康县"]
    assert [name for _, name in places_in("联系学院来麟游县慰问")] == ["麟游县"]
    assert [name for _, name in places_in("来凤县新建学校")] == ["来凤县"]


def test_two_places_listed_before_a_figure_leave_the_wider_one_and_a_long_district() -> None:
    # set 248: 云南省…安排怒江、迪庆生态护林员指标4.56万个 is of both, so of 云南省; set 242:
    # 堆龙德庆区 is one district, not 龙德庆区
    sentence = "截至2019年，云南省林草局安排怒江、迪庆护林员指标4.56万个。"
    assert find_scope(sentence, sentence.index("4.56")) == "云南省"
    assert [name for _, name in places_in("来自拉萨市堆龙德庆区的8名患儿")] == \
        ["拉萨市", "堆龙德庆区"]


def test_kinds_of_area_a_college_s_name_and_a_product_of_a_city_are_no_places() -> None:
    # sets 250–254: 产业集聚区, 少数民族聚集区, 教育强区, 县域 and 遵义医科大学 name no place;
    # 开发兰州拉面师、临夏砖雕… lists products
    assert places_in("引导县域产业集聚区内的企业") == []
    assert places_in("西藏是少数民族聚集区，实施教育强区战略") == [(0, "西藏")]
    assert places_in("遵义医科大学第五附属医院") == []
    sentence = "山东与甘肃开发兰州拉面师、临夏砖雕等培训项目，累计培训4万人次。"
    assert find_scope(sentence, sentence.index("4万")) == "甘肃省"


def test_where_a_meeting_was_held_is_no_scope_of_what_it_told(tmp_path: Path) -> None:
    # set 255: …发布会22日在拉萨召开 (and a title …在拉萨召开): the figures told are Tibet's
    source = tmp_path / "report.txt"
    source.write_text("援藏工作发布会在拉萨召开\n2024-08-22\n\n发布会22日在拉萨召开。"
                      "援藏工作累计资助贫困学生近1万名。\n", encoding="utf-8")
    from gannan_gui.pipeline.importer import prepare

    assert [f["scope"] for f in prepare(source)[1].facts] == [""]


def test_a_county_the_report_names_bare_and_once_in_full_is_its_place(tmp_path: Path) -> None:
    # set 268: …批准金阳退出…以金阳为例，…。金阳是…县，地处…凉山彝族自治州 … 与金阳县政府: the
    # figures are 金阳县's, not the province's the title names nor the prefecture it lies in
    source = tmp_path / "report.txt"
    source.write_text("某银行定点帮扶的四川三县全部摘帽\n2020-11-20\n\n"
                      "近日，四川省政府批准美姑退出贫困县序列，该行帮扶的三县和美姑已全部摘帽。"
                      "以美姑为例，该行累计捐赠资金1亿元。\n"
                      "美姑是深度贫困县，地处凉山彝族自治州。该行累计发放贷款8000万元。\n"
                      "结合产业需要，该行投入2000万元发展特色产业。同时与美姑县政府设立基金。\n",
                      encoding="utf-8")
    from gannan_gui.pipeline.importer import prepare

    assert [f["scope"] for f in prepare(source)[1].facts] == ["美姑县"] * 3


def test_a_meeting_s_place_a_joining_verb_and_one_province_named_again_and_again(
        tmp_path: Path) -> None:
    # set 270: 这是记者从贵州织金县召开的…座谈会上了解到的 — where told, not where counted; set
    # 274: 市工商联联合市慈善总会 names no 联合市; set 276: a report of 西藏 alone, one of its
    # cities named once
    from gannan_gui.pipeline.importer import prepare

    source = tmp_path / "report.txt"
    source.write_text("民营企业积极参与帮扶\n2017-05-16\n\n全国已有2万家民营企业参与帮扶。"
                      "这是记者从贵州某某县召开的座谈会上了解到的。\n", encoding="utf-8")
    assert [f["scope"] for f in prepare(source)[1].facts] == ["全国"]  # its own clause's
    assert places_in("市工商联联合市慈善总会出资1亿余元") == []
    source.write_text("央企援藏建藏\n2021-09-18\n\n央企累计投资900亿元，为西藏发展作出贡献。"
                      "网点覆盖拉萨市全部县区和西藏主要乡镇。\n在藏分支机构150家，西藏员工1万人。\n",
                      encoding="utf-8")
    assert [f["scope"] for f in prepare(source)[1].facts] == ["西藏"] * 3
    source.write_text("首批生产基地公布\n2019-08-28\n\n首批生产基地共有200家，包括宁夏某农场、"
                      "宁夏某牧场等。\n", encoding="utf-8")  # twice, in a list: not its report
    assert [f["scope"] for f in prepare(source)[1].facts] == [""]


def test_a_street_named_after_a_city_and_aid_to_xinjiang_before_a_city_are_no_places() -> None:
    # set 289: 昌吉市延安路 is a street of 昌吉市; 福建援疆泉州分指挥部 names no 疆泉州
    assert places_in("首批书屋建在昌吉市延安路、宁边路") == [(6, "昌吉市")]
    assert places_in("福建援疆泉州分指挥部投入资金") == []


def test_a_prefecture_written_with_its_people_and_a_province_s_counties() -> None:
    # set 294: 克孜勒苏柯尔克孜州3个县（市） is 克孜勒苏州's; 支援新疆县（市）数量 names 新疆
    sentence = "江苏援疆范围扩展为克孜勒苏柯尔克孜州3个县（市）。"
    assert find_scope(sentence, sentence.index("3个")) == "克孜勒苏州"
    assert places_in("江苏对口支援新疆县（市）数量居全国首位") == [(6, "新疆")]


def test_places_listed_with_a_last_and_are_all_of_them() -> None:
    # set 301: 培训西藏、新疆和青海藏区检察人员870名 is of the three, not of 青海省; set 250:
    # 广东携手广西、贵州…共建产业园区215个 is of both
    sentence = "截至6月底，国家检察官学院直接培训西藏、新疆和青海藏区检察人员870名。"
    assert find_scope(sentence, sentence.index("870")) == ""
    sentence = "广东携手广西、贵州共建产业园区215个。"
    assert find_scope(sentence, sentence.index("215")) == ""


def test_where_a_zone_lies_is_not_the_zone_s_place(tmp_path: Path) -> None:
    # set 305: 合作区…地处惠州和汕尾的交界处。…组织3400多家企业到合作区考察 — not 惠州's; set 139:
    # 地处库区腹地的巫山县曲尺乡 is 巫山县
    from gannan_gui.pipeline.importer import prepare

    source = tmp_path / "report.txt"
    source.write_text("特别合作区招商成效明显\n2015-03-20\n\n特别合作区地处惠州和汕尾的交界处。"
                      "截至目前，先后组织了300多家企业到合作区考察。\n"
                      "地处库区腹地的巫山县曲尺乡土地细碎。近五年来实施项目八个。\n",
                      encoding="utf-8")
    assert [f["scope"] for f in prepare(source)[1].facts] == ["", "巫山县"]


def test_a_place_inside_a_quoted_project_name_is_where_only_when_nothing_else_is() -> None:
    # set 310: 跟进“甘肃武威奶源基地”等已落地项目运营 names a project; set 99: 举办“河南万人游哈密”
    # 系列活动，使25300余名游客赴哈密旅游 — where they went
    sentence = "兰州市跟进“甘肃武威奶源基地”等项目运营，提供岗位1.2万个。"
    assert find_scope(sentence, sentence.index("1.2")) == "兰州市"


def test_the_region_a_title_names_is_what_a_bare_zizhiqu_means(tmp_path: Path) -> None:
    # set 320: 北京5年向内蒙古“输血”…：…北京市累计投入我区扶贫资金…，自治区本级安排配套资金 — 内蒙古
    from gannan_gui.pipeline.importer import prepare

    source = tmp_path / "report.txt"
    source.write_text("北京5年向内蒙古投入扶贫资金\n2021-03-02\n\n北京市累计投入我区扶贫资金30亿元，"
                      "自治区本级安排配套资金5亿元。\n", encoding="utf-8")
    assert [f["scope"] for f in prepare(source)[1].facts] == ["内蒙古", "内蒙古"]


def test_places_that_only_say_whose_fair_each_is_are_no_scope() -> None:
    # set 326: 参加了甘肃“兰洽会”、新疆“乌洽会”…、重庆万州“一会一节”和“支洽会”等各类经贸洽谈会
    # 60余次 — fairs across the west, not 重庆's figures
    sentence = ("本市共参加了甘肃“兰洽会”、青海“青洽会”、重庆万州“一会一节”和“支洽会”等"
                "经贸洽谈会50余次，组织本市300多家企业参展。")
    assert find_scope(sentence, sentence.index("50")) == ""
    assert find_scope(sentence, sentence.index("300")) == ""


def test_a_year_then_the_event_since_which_is_a_running_total_since_that_year(
        tmp_path: Path) -> None:
    # set 321: 让时光追溯到1996年，中央确定对口帮扶以来，天津市为…累计投入援助资金超8亿元
    from gannan_gui.pipeline.importer import prepare

    source = tmp_path / "report.txt"
    source.write_text("某市帮扶三县综述\n2025-06-07\n\n回望1998年，两地确定结对帮扶以来，某市为三县"
                      "累计投入援助资金超5亿元，实施项目300多个。\n", encoding="utf-8")
    facts = prepare(source)[1].facts
    assert [(f["period_kind"], f["period_from"]) for f in facts] == [("since", "1998")] * 2


def test_a_county_the_title_names_bare_and_the_report_in_full_is_the_report_s_place(
        tmp_path: Path) -> None:
    # set 328: 天津武清携手甘肃静宁奔小康 …武清静宁两地…互访交流达415人次…静宁县先后选派190名
    from gannan_gui.pipeline.importer import prepare

    source = tmp_path / "report.txt"
    source.write_text("天津宝坻携手甘肃永登奔小康\n2021-09-15\n\n宝坻永登两地代表团先后互访交流达300"
                      "人次。永登县先后选派120名干部赴宝坻区学习。\n", encoding="utf-8")
    assert [f["scope"] for f in prepare(source)[1].facts] == ["永登县", "永登县"]


def test_a_district_whose_name_opens_with_shi_is_no_city_cut_from_the_words_before() -> None:
    # set 331: 双方推动市北区10个街道… — never a city 方推动市
    sentence = "双方推动市北区10个街道与某县10个乡镇建立结对关系。"
    assert find_scope(sentence, sentence.index("10")) != "方推动市"
    assert "方推动市" not in [name for _, name in places_in(sentence)]


def test_a_people_s_autonomy_in_brackets_is_no_place_of_its_own() -> None:
    # set 359: 下辖尖扎、同仁、泽库、河南（蒙古族自治县）4县 — no county called 蒙古族自治县
    assert places_in("下辖泽库、河南（蒙古族自治县）4县") == []
    assert places_in("甘南藏族自治州") == [(0, "甘南藏族自治州")]
    assert places_in("孟连傣族拉祜族佤族自治县") == [(0, "孟连傣族拉祜族佤族自治县")]


def test_a_county_after_the_frame_it_is_in_is_that_county() -> None:
    # set 360: 这是东西部协作框架下会宁县引进的…项目 — 会宁县, never 下会宁县
    sentence = "这是东西部协作框架下会宁县引进的年产5万吨薯条生产线项目。"
    assert find_scope(sentence, sentence.index("5万")) == "会宁县"


def test_a_zone_named_in_quotes_as_a_figure_of_speech_is_no_place() -> None:
    # set 364: 人们口中的“生命禁区”…，是超60亿元援藏资金注入羌塘大地
    sentence = "人们口中的“生命禁区”，是超50亿元援藏资金注入的地方。"
    assert find_scope(sentence, sentence.index("50")) == ""


def test_a_county_giving_by_its_bare_name_and_a_county_of_four_characters_titled_bare(
        tmp_path: Path) -> None:
    # set 378: 新津对口援建小金县…；…组织新津县农业专家开展…培训15场 — the giver's experts
    # trained people in the county it aids
    facts = proposed(tmp_path, "大邑对口援建黑水县十个项目全面铺开\n2024-07-15\n\n"
                     "2019年，四川省大邑县在对口援建阿坝州黑水县的进程中推进十个项目建设。"
                     "组织大邑县农业专家开展培训12场。\n")
    assert [f["scope"] for f in facts] == ["黑水县", "黑水县"]
    # set 377: 这群嘉兴人在四川九寨沟唱响 … 九寨沟县 — the county, not its province
    facts = proposed(tmp_path, "一群浙江人在四川若尔盖\n2024-07-15\n\n"
                     "阿坝州若尔盖县地处高原。浙江先后派出30名干部，实施项目20个。\n")
    assert [f["scope"] for f in facts] == ["若尔盖县", "若尔盖县"]


def test_the_year_a_lead_opens_with_after_the_site_s_lines_dates_the_report(
        tmp_path: Path) -> None:
    # set 378: 所属地区:… and 发布日期:… lines, then 2017年，…县…推进十二个项目建设 — the later
    # figures that name no year are of 2017
    facts = proposed(tmp_path, "某县援建项目全面铺开\n所属地区:四川-成都\n发布日期:2025年07月15日\n"
                     "2019年，某县在对口援建某地的进程中推进十个项目建设。\n"
                     "完成5个行政村安全饮水改造，捐赠教学设备100套。\n")
    assert [(f["written"], f["period_kind"], f["period_from"]) for f in facts] == [
        ("十个", "year", "2019"), ("5个", "year", "2019"), ("100套", "year", "2019")]


def test_a_zone_leading_the_way_is_no_place() -> None:
    # set 384: 现代煤化工产业示范区、新型电力系统先行区 — never a place 统先行区
    assert places_in("加快建设新型电力系统先行区、新材料产业集聚区") == []



def test_a_lead_opening_with_the_year_a_pairing_began_dates_nothing(tmp_path: Path) -> None:
    # set 391: 2017年，无锡与海东建立结对帮扶关系。…年产值1.2亿元 — not a figure of 2017; and
    # set 392: 覆蓋化隆縣144個脫貧村﹔先后選派… — the county, never 盖化隆县
    facts = proposed(tmp_path, "某市与某地九年情\n2024-10-14\n\n"
                     "2017年，无锡与海东建立结对帮扶关系。\n加工厂年产值1.2亿元，提供就业岗位120个。\n")
    assert [f["period_kind"] for f in facts] == ["", ""]
    facts = proposed(tmp_path, "錫山區幫扶化隆縣\n2024-10-14\n\n2017年以來，錫山區累計投入協作資金"
                     "3.3億元，覆蓋化隆縣144個脫貧村﹔先后選派6名挂職干部。\n")
    assert [f["scope"] for f in facts] == ["化隆县"] * 3
    assert facts[1]["label"] == "覆蓋脫貧村"


def test_who_was_admitted_by_a_prefecture_s_school_and_a_built_up_area_are_no_places() -> None:
    # set 398: 学生被州重点高中录取 — no place 学生被州; set 403: 中心城区建成区面积
    assert places_in("7个700分以上的学生被州重点高中录取") == []
    assert places_in("梅州市中心城区建成区面积达60平方公里") == [(0, "梅州市")]


def test_a_province_s_own_givers_are_never_the_place_of_what_they_give(tmp_path: Path) -> None:
    # sets 404–409, Sichuan's own pairings: the districts that give open the clause before
    # 对口帮扶 a county, invest 援藏资金, pair by 由…负责对口帮扶, or spend in a county named
    # after the sum (在…新建)
    facts = proposed(
        tmp_path, "某区援藏资金助力巴塘县\n2024-04-11\n\n"
        "2024年青白江区、双流区将共同投入3200万元，实施对口帮扶巴塘县产业项目8个。\n"
        "自2012年以来，成都市武侯区累计投入援藏资金2.5亿元。\n"
        "凉山州盐源县由泸州市江阳区负责对口帮扶，江阳区委副书记介绍，“我们投入30万元。”\n"
        "成都市温江区投入资金300万元，在甘孜州白玉县新建乡中心校。\n")
    assert [(f["written"], f["scope"]) for f in facts] == [
        ("3200万元", "巴塘县"), ("8个", "巴塘县"), ("2.5亿元", "巴塘县"), ("30万元", "盐源县"),
        ("300万元", "白玉县")]
    assert places_in("黑水中蜂成功通过欧盟有机产品认证") == []


def test_who_did_a_pairing_s_work_before_its_name_and_the_helped_place_are_told_apart() -> None:
    # set 415: 在浙江嵊州市、四川崇州市对口援建的马尔康…园区 — both cities give, not 四川; set
    # 412: 东兰县冷链物流中心是龙华区帮扶东兰县…项目 — 东兰县 is helped, never a giver
    assert {"嵊州", "崇州"} <= givers_named("在浙江嵊州市、四川崇州市对口援建的马尔康产业园区。")
    assert "四川" not in givers_named("在浙江嵊州市、四川崇州市对口援建的马尔康产业园区。")
    assert "东兰县" not in givers_named("东兰县冷链物流中心是龙华区帮扶东兰县扶贫协作项目。")


def test_what_a_prefecture_rules_is_counted_as_the_prefecture_s() -> None:
    # set 418: 怒江州下辖州府所在地泸水市，以及兰坪、福贡、贡山3县，常住人口近55万人 — 怒江州's;
    # a clause naming its own county after the list keeps it
    sentence = "怒江州下辖州府所在地泸水市，以及兰坪、福贡、贡山3县，常住人口近55万人。"
    assert scope_columns(sentence, only_figure(sentence, "55万"), 0, len(sentence), "", "",
                         "")["scope"] == "怒江州"
    sentence = "甘南州下辖8个县市，其中临潭县投入资金1000万元。"  # (never 中临潭县)
    assert scope_columns(sentence, only_figure(sentence, "1000万"), 0, len(sentence), "", "",
                         "")["scope"] == "临潭县"


def only_figure(sentence: str, written: str):
    from gannan_gui.pipeline.extract import scan_figures

    found = [f for f in scan_figures(sentence, 0, len(sentence))[0]
             if sentence[f.start:f.end].startswith(written)]
    assert len(found) == 1
    return found[0]


def test_a_running_total_since_a_year_something_started_and_a_port_city_of_four_characters(
        tmp_path: Path) -> None:
    # set 422: 河北省自1997年启动援疆工作，累计投入资金超24亿元 — since 1997, never of 1997;
    # set 423: 与阿拉山口市签约3个项目 — 阿拉山口市, never 拉山口市
    assert places_in("与阿拉山口市签约3个项目") == [(1, "阿拉山口市")]
    fact, = proposed(tmp_path, "某省援疆\n2025-01-21\n\n"
                     "某省自1998年启动援疆工作，累计投入资金超20亿元。\n")
    assert (fact["period_kind"], fact["period_from"]) == ("since", "1998")


def test_a_province_s_own_pairings_are_of_the_giving_places_it_names(tmp_path: Path) -> None:
    # sets 436–440: a report of Zhejiang's or Jiangsu's own pairings names no receiving place —
    # its figures are the givers' own: the clause's place, the one helped (苏州帮宿迁), 全国, or
    # the title's; never one of a list of many (南京、苏州、无锡、常州分别…)
    facts = proposed(tmp_path, "某省“南北挂钩”回顾\n2022-05-15\n\n"
                     "南京、苏州、无锡、常州分别对口帮扶淮安、宿迁、连云港、盐城，苏北10个县作为"
                     "重点帮扶县。2000年，全国人均GDP为7078元，江苏人均GDP突破1万元。"
                     "苏州帮宿迁引进了总投资1亿美元的项目。3年来，浙江共实施合作项目800个。\n")
    assert [f["scope"] for f in facts] == ["", "全国", "江苏省", "宿迁市", "浙江省"]
    facts = proposed(tmp_path, "江苏南北挂钩调整\n2022-05-15\n\n"
                     "南京、苏州、无锡、常州分别对口帮扶淮安、宿迁、连云港、盐城，苏北10个县作为"
                     "重点帮扶县。\n")
    assert [f["scope"] for f in facts] == ["江苏省"]  # the title's first place
    # (a report that names a receiving place keeps the rules of an east–west pairing)
    facts = proposed(tmp_path, "某报道\n2022-05-15\n\n江苏在临潭县投入资金3亿元。\n")
    assert [f["scope"] for f in facts] == ["临潭县"]


def test_a_date_something_happened_on_does_not_date_the_report(tmp_path: Path) -> None:
    # set 441: …于2021年12月5日正式开馆 is when the shop opened, not when the report was written
    from gannan_gui.pipeline.importer import prepare

    source = tmp_path / "report.txt"
    source.write_text("某馆开馆一个月\n某馆自去年12月5日开馆以来，已销售农产品280余万元。"
                      "该馆2021年12月5日正式开馆。\n", encoding="utf-8")
    assert prepare(source)[0].published == ""
    source.write_text("某馆开馆一个月\n2022年1月19日 来源：某报\n某馆已销售农产品280余万元。\n",
                      encoding="utf-8")
    assert prepare(source)[0].published == "2022-01-19"


def test_words_before_a_bare_name_and_kinds_of_city_name_no_place() -> None:
    # set 444: 其中梅州、河源… is no 中梅州; set 447: “最强地级市”, 苏南发达县 are kinds of place
    assert places_in("其中梅州、河源甚至不到一半") == []
    assert places_in("其中兰州市投入") == [(2, "兰州市")]
    assert places_in("稳坐“地表最强地级市”交椅") == []
    assert places_in("苏南发达县与苏北贫困县结对帮扶") == []


def test_a_year_opening_a_later_paragraph_does_not_date_the_figures_before_it(
        tmp_path: Path) -> None:
    # set 447: a third paragraph's 1994年，… never dates a first paragraph's figure
    facts = proposed(tmp_path, "某省区域协作\n\n某市以1.5万亿GDP领先。\n上世纪90年代，差距很大。\n"
                     "1994年，某省提出发展战略，推动干部3万名参与协作。\n")
    assert [(f["written"], f["period_kind"]) for f in facts] == [("1.5万亿", ""),
                                                                  ("3万名", "year")]


def test_directions_and_each_county_name_no_place() -> None:
    # set 454: 从南边县、市、区吸收…, 三门每个县市每年… — no 南边县, no 门每个县
    assert places_in("每个县市每年继续从南边县、市、区吸收合作项目") == []
    assert places_in("南面发达县、市、区要继续吸纳劳动力") == []


def test_a_distance_s_li_opens_no_place() -> None:
    # set 459: 这里距离银川市区约40公里 — never 离银川市 (but 离石区 is a district)
    assert places_in("这里距离银川市区约40公里") == [(4, "银川市")]
    assert places_in("离石区投入资金") == [(0, "离石区")]
    assert places_in("茶苗安全抵达古丈县默戎镇") == [(6, "古丈县")]  # set 461: never 达古丈县


def test_a_tianjin_district_far_away_and_brother_counties_are_no_scope() -> None:
    # set 467: 天祝县距蓟州区1600多公里，总面积7149.8平方公里 — 天祝县's area (蓟州区 gives, and
    # 距 opens no name); 兄弟县 is a kind of county
    assert places_in("天祝县距蓟州区1600多公里") == [(0, "天祝县"), (4, "蓟州区")]
    assert is_giver("蓟州区") and places_in("受援的两个兄弟县") == []
