"""Find the figures in the article's paragraphs: number, unit, qualifiers, period, quote.

The extractor is code, not a table: it scans every numeral in the body text. The curated
file (see :mod:`gannan_gui.pipeline.curation`) then names, categorises and translates what it
found, and lists the numerals that are not facts (dates, ordinals, slogans). A numeral it
cannot read is reported as unread, never guessed. No Qt, no database.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from gannan_gui.pipeline.article import LINE_BREAKS
from gannan_gui.pipeline.numbers import (
    AFTER_DIGITS_ONLY,
    ARABIC_FRACTION,
    ARABIC_NUMBER,
    ARABIC_ONLY,
    CHINESE_DIGITS,
    CHINESE_FRACTION,
    CHINESE_NUMERAL_CHARS,
    NUMERAL_RUN,
    PLACE_WORDS,
    UNIT_PATTERN,
    NumeralError,
    parse_amount,
    parse_chinese_decimal,
    parse_share,
    to_base,
    unit_info,
)
from gannan_gui.pipeline.scopes import GIVERS_OR_PROVINCES, PREFECTURES, places_in

#: Words written right after a figure that bound it: 60%以上, 300人左右; the first four also
#: bound a percentage in words or a fraction (百分之九十以上, 三分之二以上).
BOUND_WORDS = ("以上", "以下", "以内", "左右")
TRAILING_QUALIFIERS = (*BOUND_WORDS, "之多", "多", "余")
#: A Chinese numeral, with a decimal part read digit by digit: 四点六, 十二点五.
_CHINESE_NUMBER = rf"[{CHINESE_NUMERAL_CHARS}]+(?:点[{''.join(CHINESE_DIGITS)}]+)?"
_NUMBER = rf"{ARABIC_NUMBER}|{_CHINESE_NUMBER}"
#: A figure as news text writes it: an optional low end of a range (3至5个, 3—5个,
#: 1.2元至1.5元), the number, a magnitude and an approximation between number and unit
#: (1.2万余户, 80多家, 3000余万元), the unit, and a bounding word after it (60%以上).
FIGURE = re.compile(
    rf"(?:(?P<low>{_NUMBER})(?P<low_magnitude>[万亿]?)(?P<low_unit>{UNIT_PATTERN})?"
    rf"(?:至|到|—|–|~|～|-))?"
    rf"(?P<number>{_NUMBER})"
    rf"(?P<magnitude>[万亿]?)(?P<approx>余|多|几(?=[万个家所名人项座条户件处场次套头只]))?"
    # a range writes its unit once (3至5个) or at both ends, the same (1.2元至1.5元)
    rf"(?P<unit>(?(low_unit)(?P=low_unit)|(?:{UNIT_PATTERN}|成)))"
    # 2000万元及以上: the 及 of a bound; 2.2万平方公里多半是…: 多半 is "mostly", no bound
    rf"(?:及(?=以上|以下))?(?P<after>{'|'.join(TRAILING_QUALIFIERS)})?(?<!多(?=半))"
)
#: A number that is a magnitude alone: 千万, 亿, 百 (in 过亿元的园区 it is a threshold).
_THRESHOLD = re.compile(r"[十百千万亿]+")
#: "一个", "一项" read as the article "a", not as a count worth a figure.
_ARTICLE_LIKE = re.compile(r"一(?:个人|个|项|次|场|件|条|套|只|头|处|座|栋|幢|棵|株|家|所|名|位"
                           r"|粒|颗"
                           r"|份|辆|台|张|块|本|间|口|把|盏|双)")
#: Words that make a figure a plan, not a result: 计划安排93个项目, 预计销售40万元, 拟投资.
#: Not the noun: 年度计划的120%, 工作计划.
PLANS = ("计划", "预计", "拟", "力争", "将")
#: (将 only before a verb of what is to come: 将达到, 将形成; 将60%以上帮扶资金投向… is its
#: object's mark, no plan)
PLAN_WORDS = (r"(?<![度作施划的])计划(?![的内外书任])|预计|(?<![模比虚])拟|力争"
              r"|(?<![即必])将(?=达到|实现|形成|新增|带动|建成|超过|增加|投入|安排|完成|惠及|覆盖)")
#: Words before a figure in its clause that qualify it ("累计落实", "共帮助", "达54亿元"); the
#: approximations only right before the number, and only as words of their own: 签约 is not
#: 约, 共建 is not 共, 超市 is not 超.
QUALIFIER_BEFORE = re.compile(
    rf"累计|共计|(?<!公)共(?![建享同产])|总计|其中|{PLAN_WORDS}"
    rf"|(?:达到?|超过|将近|接近|大约|(?<![签节预合制公条履特相邀集])约|近|逾|突破|超(?!市)"
    r"|不足|不到|不超过|(?<=[值额量入])(?:破|过))"  # 年销售额破亿元, 产值过亿元
    rf"(?=[\d{CHINESE_NUMERAL_CHARS}])"
)
#: Qualifiers that may stand anywhere before the figure in its clause; the others (近, 约,
#: 超…) qualify only the number they touch: in 近两年来投入5亿元, 近 is about the years.
QUALIFIERS_ANYWHERE = ("累计", "共计", "共", "总计", "其中", *PLANS)
#: A bare magnitude after 数, 几 or 好几 (数十家, 几百人) or in 成千上万 is a manner of
#: speaking, not a number.
_VAGUE_BEFORE = re.compile(r"(?:数|几|成[百千]上|千家)$")
#: Idioms written with numbers that count nothing: 千家万户, 千山万水.
_IDIOM = re.compile(r"千家万户|千山万水|千方百计|千军万马|万水千山"
                    r"|(?<=[进入])万家"  # 中医中药进万家
                    r"|二人[台臺转轉]")  # 二人台, 二人转: folk operas
#: What follows a count that only announces a list or a division of what was counted:
#: 三项重点工作：…, 做好四件事扶持产业，一是…, 12个项目大致可分为4类, 从产业、劳务、消费协作3个方面.
_ANNOUNCES_LIST = re.compile(r"[\u4e00-\u9fff]{1,8}?[：:]"
                             r"|[\u4e00-\u9fff]{1,12}?[，,]一是"  # 做好四件事…，一是…
                             # 抓好十件实事，支持…。一是…: the items, in the next sentence
                             r"|[\u4e00-\u9fff]{1,12}?[，,][^。；;，,]{1,16}[。；;：:]一是"
                             r"|[\u4e00-\u9fff]{0,10}?(?:大致|主要)?可?分[为成]"
                             r"|(?<=个)(?:方面|领域|环节|板块|维度)")
#: The two sides of a pairing, counted: 两座城市, 两个贫困地区.
_TWO_SIDES = re.compile(r"(?:“[^”]{1,8}”的)?(?:贫困|受援)?"
                        r"(?:城市|城(?![区镇乡堡墙])|地区|省份|地级市|地方)"
                        r"|[^，,。；;、]{2,18}?的(?:兄弟|友好)?(?:城市|地区)")
# (两座“一南一北”的城市, 两个地级市合作共建, 两座相距近1700公里的城市, 两个在地理上遥遥
# 相望的城市, 两个远隔千里的地区, 专程跑了两个地方: the two sides too)
#: What follows a threshold written 亿元以上: what it makes a class of (亿元以上投产项目).
_THRESHOLD_OF = re.compile(r"的|[\u4e00-\u9fff]{0,2}企业|级|[\u4e00-\u9fff]{0,4}项目|规模")
#: A class of projects or firms by their size, after a sum's 以上: 10亿元以上的大项目.
_CLASS_BY_SIZE = re.compile(r"的[\u4e00-\u9fff]{0,4}?(?:项目|企业|工程|行政村|村|合作社|园区"
                            r"|产业集群|集群|基地)")  # 产值超过10亿元的产业集群, 及以上的电商企业
#: A class named right after a bar and counted at once: (超10亿元)工业企业55家.
_CLASS_COUNTED = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:企业|项目|园区|村)(?=[0-9０-９]+[家个项所])")
#: A bar that a 的 closes with nothing after it: (超过3000单的), 超过50人的，….
_BAR_CLOSED = re.compile(r"的[)），,。；;]")
#: The rest of a town's or village's name after a numeral and 成: (九成)宫镇.
_TOWN_NAMED_AFTER = re.compile(r"[\u4e00-\u9fff]{1,2}[镇乡村]")
#: A meeting named by how many come to it: (万人)誓师大会, (千人)大会.
_MEETING_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}(?:大会|会议)")
#: A site a bare magnitude names, right after it: (万亩)洋芋种植基地, (万亩)果园.
_SITE_NAMED_BY_SIZE = re.compile(r"[\u4e00-\u9fff]{0,6}?"
                                 r"(?:基地|果园|茶园|园区|示范区|示范园|产业园|产业集群|产业带"
                                 r"|产业链)")
#: What a length in kilometres is of when it is a figure: a road, a canal, a line, a pipe…
#: built or mended along it.
_BUILT_ALONG = re.compile(r"道路|公路|油路|路面|修路|筑路|铺路|路网|便道|线路|管网|管道|管线"
                          r"|渠道|水渠|干渠|渠系|桥|堤|隧道"
                          r"|河道|沟渠|改造|硬化|铺设|修建|修筑|新建|建设|建成|架设|治理|整治|疏浚"
                          r"|绿化|林带|防护林|巡护|巡逻|光缆|电网|输电|通车|里程")
#: How far either side of a figure its sentence is looked at for such words.
_AROUND = 24
#: A Han character, and a Latin letter: a figure with only Latin words about it is a
#: translation's, which the Chinese text has given already.
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
#: A site named after the place it is in, right after a name that reads like a count.
_NAMED_SITE_AFTER = re.compile(r"工业园|产业园|园区|开发区|经开区")
#: Two people named as a pair before their count: 父女二人, 夫妻两人.
_PAIRS_OF_PEOPLE = ("父女", "父子", "母女", "母子", "夫妻", "夫妇", "兄弟", "姐妹", "兄妹", "姐弟",
                    "婆媳", "师徒")
#: Meetings whose guidance is followed, after their number: (三次)全国对口援疆工作会议精神.
_MEETINGS_SPIRIT = re.compile(r"[^，,。；;]{0,16}?(?:会议|座谈会|全会|大会)精神")
#: The verbs that send a batch of people, before its count in words: 派出(八批).
_SENT_BEFORE = re.compile(r"(?:派出|选派|派遣|输送|挑选出?|(?<![指选])派)了?$")  # 部委派三批
#: Who a batch counted in words sends, after it: (五批)援青干部人才.
# (三批122名, 三批、共计231名)
_SENT_AFTER = re.compile(r"援[疆藏青]|干部|工作队|医疗队|专家|调研组|[、，,]?共?计?\d")
#: What pairs counted in words pair, after them: (五对)区县.
_PAIRED_AFTER = re.compile(r"区县|县区|县市|市县|城市|学校|医院|乡镇|村")
#: Where the places of a group lie, right before their count: 东部(4市), 南疆(四地州).
_REGION_BEFORE = re.compile(r"(?:东部|西部|中部|南疆|北疆|东疆)$")
#: Places listed by name, right before a count of them in words: 疏勒、英吉沙、岳普湖(三县).
_PLACES_LISTED = re.compile(r"[\u4e00-\u9fff]{2,5}(?:、[\u4e00-\u9fff]{2,5})*"
                            r"(?:、|和|及)[\u4e00-\u9fff]{2,5}$")
#: The same list in brackets right after the count: 五县（江孜、定日、萨迦、拉孜、亚东）.
_PLACES_LISTED_AFTER = re.compile(r"[（(][\u4e00-\u9fff]{2,5}"
                                  r"(?:[、和及][\u4e00-\u9fff]{2,5})+[）)]")
#: What a bare 万亩 or 千亩 names, written right after it: 万亩果园 is a kind of project.
_NAME_AFTER_MU = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:果园|茶园|林|草|田|基地|示范|园区|产业|大棚)")
#: Places a count may count again right after naming them: 兰州、白银…5市州.
_PLACES_RECOUNTED = ("市", "州", "市州", "县", "区", "县区", "县市", "省", "地", "地市", "乡镇",
                     "镇", "乡", "村")
#: Names listed with 、 right before a count, two characters or more each.
_LISTED_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{2,5}、\n?)+[\u4e00-\u9fff]{2,5}$")  # (a list may
# run on to the next line after its mark)
#: A bare number joined to the figure right after it, whose unit it shares: 5.8和(3.4个百分点);
#: as the scan reads it, and as a label's words end with it (a full-width ． in the report as
#: written).
SHARING_ITS_UNIT = re.compile(r"(?<![\d.．%％A-Za-z第])(?P<number>\d+(?:[.．]\d+)?)"
                              r"(?:和|、|及|与)$")
#: Kinds of figure whose unit a bare number before it is not given: a multiple (倍).
_NO_SHARED_UNIT = ("multiple",)
#: One person's pay, right before a sum: 月工资(达到), 年收入.
_WAGE_BEFORE = re.compile(r"(?:[月年日]|每月|每年)(?:固定|基本|平均)?(?:工资|收入|薪水|薪资)"
                          r"(?:达到|达|有|超过|约|近)?$|(?:月|年)(?:挣|赚)(?:了|到)?$")
#: A person brought in by age, earlier in the sentence: 48岁的装配工李某.
_PERSON_BY_AGE = re.compile(r"\d{1,2}岁的?[\u4e00-\u9fff]")
#: A game by how many play it, after their count: 三人(根艇赛), 五人(制足球).
_GAME_AFTER = re.compile(r"制|(?![^赛]*[参加])[\u4e00-\u9fff]{0,3}?(?:公开赛|比赛|联赛|赛)")
_FEW_PLAYERS = ("二", "两", "三", "四", "五", "六", "七", "十一",
                "2", "3", "4", "5", "6", "7", "11")
#: One character, then 村: 一棵树村 is a village.
_VILLAGE_NAME = re.compile(r"[\u4e00-\u9fff][村乡镇]")
#: A town's or village's mark right after a count in words: 八台镇, 三台乡 are names (五户村民,
#: 三个乡镇 count).
_TOWN_MARK = re.compile(r"镇|乡(?![亲村镇])|村(?![民集干级委组])")
#: One character, then a mark: 千条水，万重山 (a verse, not a count).
_VERSE_AFTER = re.compile(r"[\u4e00-\u9fff](?=[，。；、！]|$)")
#: Before a count of 板块, what makes them a place's parts, not a list's: 铜仁所辖10个板块.
_RULED_BEFORE = re.compile(r"[所下]?辖$")
_LIST_UNITS = ("项", "个", "类", "件", "条", "点")
#: How far a place is: 距昭通1000公里, 相距800多公里.
_DISTANCE_BEFORE = re.compile(r"(?:距离?|相距|相隔|远隔)[\u4e00-\u9fff]{0,14}$"  # 距离…有限公司仅
                              r"|海拔(?:高度)?(?:超过|达|近|约|在)?$")  # 海拔5010米的湖: how high
#: One of a per-unit phrase: 一亩地的收入, 一户的收入, and what one of something costs or
#: earns, 一株白芨苗售价1.2元 (the 一 counts nothing).
_PER_UNIT_AFTER = re.compile(r"地?的|地?(?:每年|一年)"  # 一亩地每年挣600元
                             r"|[\u4e00-\u9fff]{0,6}?(?:售价|价格|单价|收入|产值|成本|利润)")
#: A price written just before: 120元一斤 (the 一 is what it is the price of).
_PRICE_BEFORE = re.compile(r"[0-9０-９][万亿]?元$")
#: 个 of a length of time: 3个月, 两个多月, 5个小时.
#: (25个春秋: years; 27个守望相助的春秋 too)
_DURATION_AFTER = re.compile(r"多?(?:月|小时|星期|工作日|年头|春秋|日日夜夜|日夜|昼夜)"
                             r"|[\u4e00-\u9fff]{2,8}的(?:春秋|年头|日夜|日日夜夜)")
#: Not the second year of a range (2016—2020年): no dash, 至 or digit just before, but ——.
NOT_A_RANGES_END = r"(?<![–\-~～至到\d])(?<![^—]—)"
#: Words that set the time a figure covers, looked for earlier in the same sentence.
PERIOD = re.compile(
    r"(?=[“截至到近自从今去这一二三四五六七八九十两党中上下前目当过如\d])(?:"  # where one may start
    r"(?:党的|中共)(?:十[八九]|二十)大以来|"  # 党的十八大以来, 中共十八大以来: since 2012
    r"\d{4}年\d{1,2}月?\s*[—–\-~～至到]\s*(?:\d{4}年)?\d{1,2}月(?:底|末)?|"  # 2019年1—10月
    r"“[^”]{1,8}”(?:以来|期间)|十[一二三四五]五(?:期间|以来|时期|(?=计划|规划))|截至目前|截(?:至|止[至到]?)\d{4}年(?:\d{1,2}月)?(?:底|末)?"
    r"|截(?:至|止[至到]?)(?:去年|上年|今年)(?:\d{1,2}月)?(?:底|末)?"
    r"|截(?:至|止[至到]?)\d{1,2}月(?:底|末|份)?"  # 截止6月: that month of the report's year
    r"|(?<![\d年截])[至到]\d{4}年(?:\d{1,2}月)?(?:底|末)"  # 至2019年底, 到2005年底: as 截至
    # ，2022年末全州户籍人口… (2017年底被…招引: when it happened)
    r"|(?<![^，,。；;\s])\d{4}年(?:底|末)(?=[\u4e00-\u9fff])(?!被|前|以|开始|建成|竣工|投产|启动)"
    r"|(?<!\d)\d{4}年?、\d{4}年(?![的底末\d])"  # 2016、2017年, 2018年、2019年: the two years
    r"|(?<![^，,。；;\s])\d{4}年\d{1,2}月(?=[，,])"  # 2016年10月，…拿出1000万元: that year
    r"|近年来|\d{4}年(?:\d{1,2}月份?以来|以?来|至今)|\d{4}年[^，。；;,\d]{2,16}?至今"
    r"|\d{4}年[^，。；;,\d]{2,16}?(?<![带起出未回进过下上原本后从])来(?=[，,])"  # 2010年开展…工作来
    # 自1996年…结对后, 自2010年6月…启动以来 (the month's year)
    r"|自\d{4}年(?:\d{1,2}月)?[^，。；;,\d]{2,24}(?:以来|后)|[自从]\d{4}年(?:起|开始)"
    # 1994年中央…确定天津市对口支援西藏昌都地区以来，: a long event opening its clause
    r"|(?<![^，,。；;\s])\d{4}年[^，。；;,\d]{2,40}?以来(?=[，,])"
    r"|\d{4}年[，,][^，。；;,\d]{2,24}?以来(?=[，,])"  # (追溯到)1996年，中央确定…以来，
    r"|今年(?:\d{1,2}月份?|春节|元旦|年初|开春)?以来"  # 今年6月以来, 今年春节以来
    r"|(?<![比较与])(?:今年|去年)(?=[，,])"
    # (今年完成…, 今年5月，…, 今年3亿元…到位后: the year a sentence opens with, not a span of
    # its months, read next)
    r"|(?<![^，,；;。\s])(?:今年|去年)(?:\d{1,2}月(?!份?\s*[—–\-~～至到]))?(?![的底初末上下前])"
    r"(?!\d{1,2}(?:月|至|[—–\-~～]))"
    r"|(?:今年|去年)\d{1,2}月?\s*[—–\-~～至到]\s*\d{1,2}月|今年前[一二三四五六七八九十两\d]{1,2}个?月|今年上半年"
    r"|(?<!\d)[一二三四五六七八九十两\d]{1,2}多?年[来间]|近[一二三四五六七八九十两\d]+年来?"
    # 此外，上半年，…; “目前，…; 当前已有2.65万家…
    r"|(?<![^，,。；;:：\s“])(?:上半年|下半年|前三季度|目前|当前|如今)(?=[，,])"
    r"|(?<![^，,。；;:：\s“])(?:目前|当前)(?=已|共有|有)"
    r"|(?<![^，,。；;\s])这[两三四五]年来?(?=[，,])"  # 这两年，杭州市投入…
    r"|(?<![\d年])[一二三四五六七八九十两]{1,2}年(?=累计)|\d{4}年(?:以后|后)(?=[^，。；;\d])"
    # 2016至2020年， (a dash before it is a range's, but ——, a heading's, is not)
    rf"|{NOT_A_RANGES_END}\d{{4}}年?\s*[—–\-~～至到]\s*\d{{4}}年(?=[，,：:]|期间|间)"
    # opening a clause, or after what sets a plan or a place in time (计划2011年-2015年实施…)
    # (其中1994年至2004年达…: a part's years; 计划从2011年至2015年安排…)
    r"|(?:(?<![^，,。；;\s])|(?<=计划)|(?<=预计)|(?<=其中)|(?<=[在于拟含（(了从]))"
    r"\d{4}年?\s*[—–\-~～至到]\s*\d{4}年(?![的底末]|\d{1,2}月)"  # (2012-2016年5年内: the range)
    r"|(?<![^，,。；;\s])“十[一二三四五]五”"  # ；“十三五”再安排…: a plan's years opening a clause
    r"|(?<![^，,。；;\s])(?:5年|五年)?过渡期(?:内|期间)?"  # 5年过渡期内: 2021–2025
    # (较2016年增长: the base of a change, not its time)
    rf"|{NOT_A_RANGES_END}(?<![较比])\d{{4}}年度?(?:上半年|下半年|前三季度|全年)?(?![\d底末以的])"
    r")"
)
#: What a change may say it is compared with, right before its verb: 同比(增长), 较上年(增加).
CHANGE_COMPARED = r"(?:同比|环比|比上年|较上年|比去年|较去年)?"
#: The verbs of a rise or a fall.
CHANGE_VERBS = r"增长|增加|提高|上升|提升|下降|减少|降低|回落|直降|骤降|下滑|锐减|激增"
#: 较 or 比 and what a change is compared with, a date's digits among its words: 较3月6日.
CHANGE_BASE = r"(?:较|比)(?:[^，,。；;0-9]|\d{1,4}(?=[年月日号]))"
#: A change written before a percentage: 同比增长4.5%, 下降2个百分点.
CHANGE_BEFORE = re.compile(
    rf"{CHANGE_COMPARED}(?:{CHANGE_VERBS}|增幅|涨幅|降幅)了?$"
)
#: A from-to pair's grammar: 从 or 由, the first end's period, the first figure; the verb
#: and 到 or 至, the second end's period and a bound word, the second figure.
#: 从17.8万元提高到40.8万元, 从2017年底的3200户减少到2019年底的900户, 由5800元增加到7400元,
#: 从1000多万元提高至近5000万元.
PAIR_PERIOD = (r"(?:\d{4}年(?:底|末|初|上半年|以前|前)?|[“\"]?十[三四五]五[”\"]?(?:末|初)?"
               r"|上年|去年|现在|目前)")
#: How often an amount of a from-to is counted: 从一个月3000多元 (a month's wage).
PER_TIME = r"(?:每|一)个?(?:月|年|天|日|季度)"
#: What an amount of a from-to is per: 由每斤20元增至每斤60元 (a price).
PER_UNIT_OF_PAIR = r"每(?:斤|公斤|千克|亩|吨|头|只|人|户)"
#: What an end of a from-to is of: the plan before (从原计划的), one county's share (县均).
PAIR_BASIS = r"(?:原计划|原来|原本|过去|此前)?的?(?:[县乡镇村户人]均)?"
#: A first end's time named by an event, not a year: 从结对帮扶之初的14.88%.
PAIR_START = r"[^，,。；;从由\d]{2,10}?(?:之初|之前|以前|初期)"
FROM_WORD = re.compile(rf"(?:从|由)(?P<period>{PAIR_PERIOD}|{PAIR_START})?(?:的|时)?"
                       rf"(?:{PER_TIME}|{PER_UNIT_OF_PAIR})?"
                       rf"{PAIR_BASIS}(?:不到|不足|近|约|超过)?$")  # 从2014年以前的不到4000元
TO_WORDS = re.compile(
    r"^(?:逐渐|逐步|进一步|已经|已|又)?(?:投资|投入|资金|规模)?"  # 逐渐涨到, 从15亿元投资追加到
    r"(?:经过?[^，,。；;\d]{1,10}?)?(?:直|骤|猛|大幅|持续|稳步)?"  # 经双重“拦腰斩”直降至
    r"(?P<verb>(?:提高|增加|增长|上升|提升|下降|减少|降低|扩大|缩小|追加|增|降|升|涨)?(?:到|至))了?"
    rf"(?P<period>{PAIR_PERIOD})?(?:的|时)?(?:[县乡镇村户人]均|{PER_UNIT_OF_PAIR})?"
    r"(?:近|约|超过|超|逾|达|不足|不到)?$"  # 减少到不足1万人
)
#: A range of years, as PERIOD finds it: 2021年至2024年.
YEARS_OF_RANGE = re.compile(r"(\d{4})年?\s*[—–\-~～至到]\s*(\d{4})年")
#: How far before the first figure its 从 may stand (从2017年底的3200户).
FROM_LOOK_BACK = 14
SENTENCE_BREAKS = "。!！?？" + LINE_BREAKS
CLAUSE_BREAKS = ",，;；:：…" + SENTENCE_BREAKS  # …… ends one too


@dataclass(frozen=True)
class Figure:
    """One figure found in the text, with everything code can know about it."""

    value: str  # as written: "14.93", "三四"
    unit: str  # as written: "亿元"
    unit_kind: str  # money, people, person_times, count, percent
    base_value: int | float  # the low end for a range
    base_value_high: int | float | None  # the high end of a range such as 三四千户, else None
    base_unit: str
    qualifiers: tuple[str, ...]  # words before the figure: ("累计",)
    bound: str  # the approximation or bound written with it: "余", "以上", or ""
    period: str
    start: int  # offsets of the figure itself ("14.93亿元") in the document text
    end: int
    relation: str = ""  # "同比增长" for a change; "从" (or "由") / "提高到" for a from-to pair
    linked_start: int | None = None  # where the other figure of a from-to pair starts

    @property
    def text(self) -> str:
        return f"{self.value}{self.unit}"


@dataclass(frozen=True)
class Unread:
    """A numeral the extractor could not read: shown to the user, never guessed."""

    text: str
    start: int
    end: int
    reason: str


@functools.lru_cache(maxsize=8)
def _break_offsets(text: str, breaks: str) -> list[int]:
    """Where the text breaks (clauses, sentences), found once per text: walking from each
    figure to its clause's ends made a long text without full stops quadratic. The cache
    finds the same text object at once (a str keeps its hash)."""
    return [i for i, ch in enumerate(text) if ch in breaks]


#: How far before a figure its qualifiers and its period are looked for: words further back
#: are not about it, and looking further made a sentence of 100,000 characters slow.
LOOK_BACK = 400


def _bounds(text: str, start: int, end: int, breaks: str, lo: int, hi: int) -> tuple[int, int]:
    """text[left:right] is the stretch around text[start:end] between two breaks, within
    text[lo:hi]."""
    offsets = _break_offsets(text, breaks)
    before = bisect.bisect_left(offsets, start)  # breaks before start: offsets[:before]
    left = max(lo, offsets[before - 1] + 1 if before else 0)
    after = bisect.bisect_left(offsets, end)  # the first break at or after end
    right = min(hi, offsets[after] if after < len(offsets) else len(text))
    return min(left, start), max(right, end)


def clause_bounds(text: str, start: int, end: int, lo: int = 0, hi: int | None = None
                  ) -> tuple[int, int]:
    """Offsets of the clause (between commas, full stops...) around text[start:end]."""
    return _bounds(text, start, end, CLAUSE_BREAKS, lo, len(text) if hi is None else hi)


def sentence_bounds(text: str, start: int, end: int, lo: int = 0, hi: int | None = None
                    ) -> tuple[int, int]:
    """Offsets of the sentence around text[start:end]."""
    return _bounds(text, start, end, SENTENCE_BREAKS, lo, len(text) if hi is None else hi)


def numeral_runs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Offsets of every run of digits or Chinese numerals in text[lo:hi]."""
    return [(lo + m.start(), lo + m.end()) for m in NUMERAL_RUN.finditer(text[lo:hi])]


def _qualifiers_before(text: str, start: int, lo: int, hi: int) -> tuple[str, ...]:
    clause_start, _ = clause_bounds(text, start, start + 1, lo, hi)
    clause_start = max(clause_start, start - LOOK_BACK)
    clause_start = max((m.end() for m in LIST_ITEM_MARK.finditer(text, clause_start, start)),
                       default=clause_start)  # an item of a list run into one line: its own
    before = text[clause_start:start + 1]  # with the first digit, for 达54亿元
    touching = len(before) - 1  # where the figure's first digit is
    return tuple(dict.fromkeys(q.group() for q in QUALIFIER_BEFORE.finditer(before)
                               if q.group() in QUALIFIERS_ANYWHERE or q.end() == touching))


def _period_before(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """The last period named earlier in the figure's sentence. Not further back: a year at
    the head of a paragraph may be a date of history (1996年…), and no period is better
    than a wrong one."""
    sentence_start, _ = sentence_bounds(text, start, end, lo, hi)
    before = text[max(sentence_start, start - LOOK_BACK):start]
    if items := list(LIST_ITEM_MARK.finditer(before)):
        before = before[items[-1].end():]  # - …2024年销售额达1.47亿元 [3] - 使用5.57亿元…: an
        # item of a list run into one line has its own time
    if later := list(LATER_ON.finditer(before)):
        # 1996年，中央确定…，此后…16个区: not that year's; …，如今，…: now
        before = before[later[-1].start() if later[-1].group() == "如今" else later[-1].end():]
    first_part = min((at for at in (before.find("；"), before.find(";")) if at >= 0),
                     default=len(before))
    own_part = max(before.rfind("；"), before.rfind(";")) + 1
    found = [m for m in PERIOD.finditer(before)
             if not _RANK_AFTER.match(before, m.end())  # (…自2020年以来持续居…第1位，
             # 全州面积…: the rank's time, not the area's)
             and (m.start() < first_part or m.start() >= own_part)]  # (截至目前，…；2014年
    # 工业总产值约67亿元；实现动工项目76个: the year of its own part, the sentence's first
    # part's time for all)
    if found and found[-1].group().endswith(_SPAN_ENDINGS) and \
            _THIS_TIME.search(before, found[-1].end()):
        return ""  # 2018年以来…组织了三批…，本次出征的是…55名师生: this time's, not since then
        # (叶城县2026年…项目：…本次安排资金: this round of that year)
    if len(found) >= 2 and found[-1].start() == found[-2].end() and \
            _SPAN_OF_YEARS.fullmatch(found[-1].group()):
        found.pop()  # 在2017-2021年五年间: the years, which the span only counts
    periods = [m.group() for m in found]
    if not periods and sentence_start - 1 > lo:
        before_start, _ = sentence_bounds(text, sentence_start - 1, sentence_start - 1, lo, hi)
        before_start = max(before_start, sentence_start - LOOK_BACK)
        if text.startswith(PART_OF_THE_LAST, sentence_start):
            # 其中，…: parts of the sentence before's figure, over the same period
            periods = PERIOD.findall(text[before_start:sentence_start])
        elif text.startswith(SINCE_THEN, sentence_start) and (
                began := list(BEGAN_IN.finditer(text, before_start, sentence_start))):
            # 2010年起，山西加入对口援疆行列…。其间，…投入资金35.1亿元: since that year
            periods = [f"{began[-1].group('year')}以来"]
        elif "累计" in text[sentence_start:start] and (
                year := _year_the_sentence_before_opens_since(text, sentence_start, lo, hi)):
            # 自2017年开始，…签订…协议以来，…。和平区累计投入…: the running total since then
            periods = [f"{year}以来"]
        elif len(first := text[sentence_start:sentence_start + 2]) == 2 and \
                _HAN_WORD.fullmatch(first) and not _names_who(text, sentence_start) and (
                    text.find("，" + first, before_start, sentence_start) >= 0
                    or text.find("," + first, before_start, sentence_start) >= 0):
            # (2014年，接待…。)接待…: the same verb again, in the year that opened its first use
            periods = [m.group() for m in PERIOD.finditer(text, before_start, sentence_start)
                       if text.startswith(("，" + first, "," + first), m.end())]
    return periods[-1] if periods else ""


def _year_the_sentence_before_opens_since(text: str, sentence_start: int, lo: int, hi: int
                                          ) -> str:
    """The year the sentence before opens with as a start (自2017年开始…, 2010年起…), or ''."""
    opened, _ = sentence_bounds(text, sentence_start - 1, sentence_start - 1, lo, hi)
    while opened < sentence_start and text[opened].isspace():
        opened += 1
    began = BEGAN_IN.match(text, opened + text.startswith(("自", "从"), opened))
    return began.group("year") if began else ""


#: Where an item of a list run into one line starts: a source's [3], then " - " (not the dash
#: of a range of years written with spaces, 2017年 - 2021年).
LIST_ITEM_MARK = re.compile(r"\[\d{1,3}\]|(?<=\s)(?<![\d年]\s)[-–•●■◆▪](?=\s)")
#: A span of years counted, as PERIOD reads one: 五年间, 5年来, 三年内.
_SPAN_OF_YEARS = re.compile(r"[一二三四五六七八九十两\d]{1,2}年(?:间|来|内|以来)")
#: A word of two characters opening a sentence, which the sentence before may open a clause with.
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2}")


def _names_who(text: str, at: int) -> bool:
    """Whether the sentence at `at` opens by naming who acts (甘肃, 全县, 该县, 某市) rather than
    what is done: a subject repeated from sentence to sentence carries no year with it."""
    word = text[at:at + 2]
    return word in GIVERS_OR_PROVINCES or word in PREFECTURES or word[0] in "全该我本这各" or \
        _PLACE_OPENING.match(text, at) is not None


#: A sentence opening with a place's name: 某市…, 宁德市…, 临潭县….
_PLACE_OPENING = re.compile(r"[\u4e00-\u9fff]{1,3}[省市州县区旗盟]")


#: A rank closing the clause a period opens: (自2020年以来)持续居全国…第1位.
_RANK_AFTER = re.compile(r"[^，,。；;]{0,30}?(?:居|位列|排名)[^，,。；;]{0,20}?"
                         r"第[一二三四五六七八九十\d]+[位名][^，,。；;\d]*[，,；;]")
#: A sentence that breaks down the last one's figure: 其中，民生项目…
#: A clause that moves on from the time named before it: (1996年，…，)此后…, 如今…, a target
#: given its own years ((2015年10月，…发起…行动，)力争用3到5年时间…).
LATER_ON = re.compile(r"(?<=[，,；;])(?:此后|之后|其后|后来|随后|如今|至今|现在|力争用)")
PART_OF_THE_LAST = ("其中", "这其中", "这中间")
#: Words opening a sentence that run on from the year the sentence before began with.
SINCE_THEN = ("其间", "此间", "这期间", "在此期间", "此后", "自此")
#: A year something began in: 2010年起, 2013年开始, 2016年以来.
BEGAN_IN = re.compile(r"(?P<year>(?:19|20)\d\d年)(?:起|开始|以来)")


#: A percentage written in words: 百分之九十, 百分之九十五点五, 百分之百, then 以上 or 左右.
PERCENT_IN_WORDS = re.compile(
    rf"百分之(?P<number>[{CHINESE_NUMERAL_CHARS}]+(?:点[{CHINESE_NUMERAL_CHARS}]+)?)"
    rf"(?P<after>{'|'.join(BOUND_WORDS)})?")


def _percent_in_words(text: str, m: re.Match, lo: int, hi: int) -> Figure:
    value = parse_chinese_decimal(m.group("number"))
    base = int(value) if value == value.to_integral_value() else float(value)
    return Figure(value=m.group("number"), unit="%", unit_kind="percent", base_value=base,
                  base_value_high=None, base_unit="%",
                  qualifiers=_qualifiers_before(text, m.start(), lo, hi),
                  bound=m.group("after") or "",
                  period=_period_before(text, m.start(), m.end(), lo, hi),
                  start=m.start(), end=m.end())


#: A share written as a fraction: 三分之一, 四分之三, 1/3 (a small one: never a date's 12/31).
FRACTION = re.compile(
    rf"(?P<share>{CHINESE_FRACTION}|(?<![\d/.第]){ARABIC_FRACTION}(?![\d/.]))"
    rf"(?P<after>{'|'.join(BOUND_WORDS)})?")


def _fraction(text: str, m: re.Match, lo: int, hi: int) -> Figure:
    """A fraction as the percentage it is (三分之一: 33.33 %), written as the report writes it."""
    share = parse_share(m.group("share"))
    return Figure(value=m.group("share"), unit="%", unit_kind="percent",
                  base_value=int(share) if share == share.to_integral_value() else float(share),
                  base_value_high=None, base_unit="%",
                  qualifiers=_qualifiers_before(text, m.start(), lo, hi),
                  bound=m.group("after") or "",
                  period=_period_before(text, m.start(), m.end(), lo, hi),
                  start=m.start(), end=m.end())


#: 万 with the people it counts written right after it and no measure word between:
#: The people 万 may count without a measure word, after it or before the number.
PEOPLE_NOUNS = ("劳动力|人口|群众|民众|农牧民|农民工|农民|村民|牧民|游客|学生|患者|职工|百姓"
                "|访客|观众|旅客|乘客"  # 店铺访客达35.10万
                "|[浙闽粤津沪苏鲁京]商"  # 12万浙商在吉林省创业
                "|(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东"
                "|河南|湖北|湖南|广东|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆"
                # 14万林芝人: the people of a place of two characters, not 万元人民币
                "|(?![元亩名个位户头只吨斤公平立余多])[\u4e00-\u9fff]{2})人"
                "(?![次才员民口工数均])")  # 40万黑龙江人游新疆
#: 帮助13.76万农村劳动力就业, 惠及6.2万群众.
PEOPLE_AFTER_WAN = re.compile(  # (有10万左右农民工: about as many)
    rf"(?P<number>{ARABIC_NUMBER})(?P<approx>余|多)?万(?P<after>余|多|左右)?"
    rf"(?=的?(?:农村|脱贫|贫困|建档立卡|农牧|各族|贫困地区|脱贫地区|当地|本地|城乡|城镇|少数民族)"
    r"{0,2}"
    rf"(?:{PEOPLE_NOUNS}|妇女|儿童|人民|居民"
    r"|[\u4e00-\u9fff]{0,2}儿女"  # 43.2万康巴儿女
    r"|(?P<households>农户|牧户|贫困户|脱贫户|群众户)))")  # 6万农户: households, counted in 户


#: A number of 万 with its unit unwritten, as the bare-万 patterns below capture it (its bound
#: words before and after 万), and what may follow it: nothing that could be its unit.
_WAN_NUMBER = rf"(?P<number>{ARABIC_NUMBER})(?P<approx>余|多)?万(?P<after>余|多)?"
_NOTHING_AFTER = r"(?![\u4e00-\u9fff0-9０-９])"


#: 旅游人次超过100万, 惠及群众2.6万: 万 at the end of a clause, the people it counts named just
#: before the number (人次 makes it person-times), and where they work (脱贫人口在粤就业超过400万).
PEOPLE_BEFORE_WAN = re.compile(
    rf"(?P<noun>人次|人数|{PEOPLE_NOUNS})"
    r"(?:在[\u4e00-\u9fff]{1,4}?(?:稳定)?(?:就业|务工))?"
    r"(?:超过|超|突破|达到|达|逾|近|约|为|共|累计)?"  # 观看人数突破50万
    rf"{_WAN_NUMBER}{_NOTHING_AFTER}")


#: 价值600万的CT机, 投资300万: 万 or 亿 after a word of money (and what sums it), 元 left
#: unwritten.
MONEY_WAN = re.compile(rf"(?<=价值|投资|资金|捐款|善款|援助|投入|斥资|产值|金额|收入|售额|业额"
                       r"|易额)"
                       r"(?:累计|共计|总计|合计|共)?"
                       # 资金累计20多亿, 到位资金达到1087亿, 销售额突破1亿
                       r"(?:约|近|超过|达到|达|突破|超|破|过)?"
                       rf"(?P<number>{ARABIC_NUMBER})(?P<approx>余|多)?(?P<times>万|亿)"
                       rf"(?P<after>余|多)?(?![0-9０-９元]|{UNIT_PATTERN})")  # 斥资72亿支援…
#: 援助陇南9.78亿，: who is given it between, and nothing after that could be what it counts.
MONEY_TO = re.compile(rf"(?:援助|投入|捐赠|捐助)[\u4e00-\u9fff]{{2,4}}?(?:约|近|超过|达)?"
                      rf"(?P<number>{ARABIC_NUMBER})(?P<approx>余|多)?(?P<times>万|亿)"
                      r"(?P<after>余|多)?(?![\u4e00-\u9fff0-9０-９])")

#: Both ends of a from-to of people counted in 万, the 人 left unwritten: 贫困人口数量由86万下降到
#: 33万 (linked as a from-to like any other: each end is a figure of people).
_PEOPLE_FROM = rf"(?P<noun>人次|人数|{PEOPLE_NOUNS})(?:数量|总数|数)?(?:由|从)"
_WAN_END = rf"(?:{ARABIC_NUMBER})(?:余|多)?万(?:余|多)?人?"
_MOVED_TO = rf"(?:{CHANGE_VERBS})(?:到|至)"
PEOPLE_FROM_WAN = re.compile(rf"{_PEOPLE_FROM}{_WAN_NUMBER}"
                             rf"(?=人?{_MOVED_TO}{_WAN_END}{_NOTHING_AFTER})")
PEOPLE_TO_WAN = re.compile(rf"{_PEOPLE_FROM}{_WAN_END}{_MOVED_TO}{_WAN_NUMBER}{_NOTHING_AFTER}")
#: 较3月6日新增459.19万，: a change of the figure before, its 万 counting what that counts
#: (外出务工贫困劳动力1879.23万人，…，较3月6日新增459.19万 → 万人).
CHANGE_WAN = re.compile(rf"{CHANGE_BASE}{{1,12}}?(?:新增|增加|减少|增长)了?"
                        rf"{_WAN_NUMBER}{_NOTHING_AFTER}")

#: 21亿援疆资金: a sum written before the funds or the output it is, 元 left unwritten.
MONEY_BEFORE_FUNDS = re.compile(rf"(?<![0-9０-９.])(?P<number>{ARABIC_NUMBER})(?P<approx>余|多)?"
                                r"(?P<times>万亿|万|亿)(?P<after>余|多)?"
                                r"(?=(?:援[疆藏青]|帮扶|财政|援助|扶贫|协作)?资金"
                                r"|的?(?:GDP|地区生产总值|生产总值))")  # 苏州以2.67万亿GDP


def _wan_figure(text: str, m: re.Match, lo: int, hi: int, like: Figure | None = None
                ) -> Figure:
    """A figure of 万 (or 亿) whose unit is left unwritten: people, person-times or households
    named beside it, money after a word of money, or what `like`, the figure it changes,
    counts."""
    value, _ = parse_amount(m.group("number"))
    money = m.re in (MONEY_WAN, MONEY_TO, MONEY_BEFORE_FUNDS)
    times = ("noun" in m.re.groupindex and m.group("noun") == "人次") or (
        like is not None and like.unit_kind == "person_times")
    households = ("households" in m.re.groupindex and m.group("households") is not None) or (
        like is not None and like.unit_kind == "count")
    unit = m.group("times") if money else "万"
    base_value, base_unit = to_base(value, f"{unit}元" if money else "万人次" if times
                                    else "万户" if households else "万人")
    return Figure(value=m.group("number"), unit=unit,
                  unit_kind="money" if money else "person_times" if times
                  else "count" if households else "people",
                  base_value=base_value, base_value_high=None, base_unit=base_unit,
                  qualifiers=_qualifiers_before(text, m.start("number"), lo, hi),
                  bound=m.group("approx") or m.group("after") or "",
                  period=_period_before(text, m.start("number"), m.end(), lo, hi),
                  start=m.start("number"), end=m.end())


def scan_figures(text: str, lo: int, hi: int, skip: Sequence[tuple[int, int]] = ()
                 ) -> tuple[list[Figure], list[Unread]]:
    """Every number-with-unit in text[lo:hi] outside the `skip` spans, and those unread.

    `text` is read as simplified Chinese; a report in traditional characters is scanned in
    its simplified form, whose offsets are the same (see pipeline.sources)."""
    figures: list[Figure] = []
    unread: list[Unread] = []
    for m in FIGURE.finditer(text, lo, hi):
        start, end = m.start(), m.end()
        if any(s <= start < e for s, e in skip):
            continue
        glued = _glued(text, start, lo)
        if glued is not None:  # 1e9元, 1.2.3亿元, 3千万元, 1‍234万元: never a guess
            token_start, reason = glued
            if not any(u.start <= token_start < u.end for u in unread):
                unread.append(Unread(text[token_start:end], token_start, end, reason))
            continue
        if not_a_figure(text, m):
            continue
        if _mixed_digits(m.group()):  # 12٣万元: no reader takes that for 123万元
            unread.append(Unread(m.group(), start, end, "数字混用了不同写法的数码"))
            continue
        try:
            figure = _figure(text, m, lo, hi)
        except NumeralError as exc:
            unread.append(Unread(m.group(), start, end, str(exc)))
            continue
        figures.append(_signed(text, figure, lo))
        if (first := SHARING_ITS_UNIT.search(text, max(lo, start - 12), start)) and \
                figure.unit_kind not in _NO_SHARED_UNIT and \
                not any(s <= first.start() < e for s, e in skip) and \
                not (figures[:-1] and figures[-2].end > first.start()):
            # 分别高出5.8和3.4个百分点: the first number is of the second's unit
            number = first.group("number")
            value, _ = to_base(parse_amount(number)[0], figure.unit)
            figures.insert(len(figures) - 1, replace(
                figure, value=number, base_value=value, base_value_high=None, bound="",
                start=first.start(), end=first.start() + len(number)))
    for m in PERCENT_IN_WORDS.finditer(text, lo, hi):
        if any(s <= m.start() < e for s, e in skip):
            continue
        try:
            figures.append(_percent_in_words(text, m, lo, hi))
        except NumeralError as exc:
            unread.append(Unread(m.group(), m.start(), m.end(), str(exc)))
    for m in FRACTION.finditer(text, lo, hi):
        if any(s <= m.start() < e for s, e in skip) or any(
                f.start <= m.start() < f.end for f in figures):
            continue
        try:
            figures.append(_fraction(text, m, lo, hi))
        except NumeralError as exc:
            if m.group("whole"):  # 五分之七 reads as nothing; 3/2 is a score or a ratio
                unread.append(Unread(m.group(), m.start(), m.end(), str(exc)))
    taken = sorted([*skip, *((f.start, f.end) for f in figures),
                    *((u.start, u.end) for u in unread)])
    taken_starts = [start for start, _ in taken]
    wan = sorted([*PEOPLE_AFTER_WAN.finditer(text, lo, hi),
                  *PEOPLE_BEFORE_WAN.finditer(text, lo, hi), *MONEY_WAN.finditer(text, lo, hi),
                  *MONEY_TO.finditer(text, lo, hi), *MONEY_BEFORE_FUNDS.finditer(text, lo, hi),
                  *CHANGE_WAN.finditer(text, lo, hi), *PEOPLE_FROM_WAN.finditer(text, lo, hi),
                  *PEOPLE_TO_WAN.finditer(text, lo, hi)],
                 key=lambda m: m.start("number"))
    read = sorted(figures, key=lambda f: f.start)
    read_starts = [f.start for f in read]
    for m in wan:
        at = bisect.bisect_right(taken_starts, m.start("number")) - 1  # linear, no scan of all
        if (at >= 0 and m.start("number") < taken[at][1]) or _glued(text, m.start("number"), lo):
            continue
        like = None
        if m.re is CHANGE_WAN:  # only of a figure of 万 people (or households) in its sentence
            like = _changed_before(text, read, read_starts, m, lo, hi)
            if like is None:
                continue
        try:
            figures.append(_wan_figure(text, m, lo, hi, like))
        except NumeralError as exc:
            unread.append(Unread(m.group(), m.start(), m.end(), str(exc)))
    figures.sort(key=lambda f: f.start)
    return _with_relations(text, figures, lo, hi), unread


def _changed_before(text: str, read: list[Figure], read_starts: list[int], m: re.Match,
                    lo: int, hi: int) -> Figure | None:
    """The figure of 万 people, person-times or households a bare 万 after 较…新增 changes:
    the nearest before it in its sentence, past the shares and rates between."""
    sentence_start = sentence_bounds(text, m.start(), m.end(), lo, hi)[0]
    at = bisect.bisect_left(read_starts, m.start()) - 1
    while at >= 0 and read[at].start >= sentence_start:
        figure = read[at]
        if figure.unit_kind not in ("percent", "change", "points"):
            return figure if figure.unit.startswith("万") and figure.unit_kind in (
                "people", "person_times", "count") else None
        at -= 1
    return None


#: Characters that take no room: a number with one inside (1‍234万元) cannot be read as the
#: reader sees it; its digits are never dropped or joined by guess.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
#: What a number glued to these is part of: a longer token the extractor cannot read.
_GLUE = re.compile(rf"[0-9A-Za-z.{INVISIBLE}０-９Ａ-Ｚａ-ｚ．]")
#: A minus written before a number: 增长-3.5%.
MINUS = "-−－"


def _glued(text: str, start: int, lo: int) -> tuple[int, str] | None:
    """Where the malformed token that a figure's number ends starts, and why it cannot be
    read; None when the number stands on its own. A figure match that begins right after a
    digit, a point, a Latin letter or an invisible character is the tail of something the
    reader sees as one token (1e9元 is not 9元, 1.2.3亿元 not 3亿元, 3千万元 not 千万元)."""
    if start - 1 > lo and text[start - 1] == "点" and text[start - 2] in CHINESE_NUMERAL_CHARS:
        return _chinese_token(text, start - 2, lo), "汉字小数写法有误"
    if start - 1 > lo and text[start - 1] in "。．" and text[start - 2].isdigit():
        token = start - 1  # 14。24亿元: a full stop typed for the point; not 24亿元
        while token > lo and text[token - 1].isdigit():
            token -= 1
        return token, "数字中夹有句号（可能是小数点）"
    if start <= lo or not _GLUE.match(text, start - 1):
        return None
    token = start
    while token > lo and _GLUE.match(text, token - 1):
        token -= 1
    if text[token:start].isdigit() and text[start] in CHINESE_NUMERAL_CHARS:
        reason = "阿拉伯数字与汉字数字混写"
    elif any(ch in INVISIBLE for ch in text[token:start]):
        reason = "数字中夹有不可见字符"
    elif any(ch.isalpha() for ch in text[token:start]):
        reason = "数字与字母相连"
    else:
        reason = "数字写法有误"
    return token, reason


def _mixed_digits(written: str) -> bool:
    """True when a number mixes digits of two scripts (ASCII with full-width or Arabic-Indic):
    a pasted or damaged text, not a figure to read."""
    import unicodedata

    zeros = {ord(ch) - unicodedata.digit(ch) for ch in written if ch.isdigit()}
    return len(zeros) > 1


def _chinese_token(text: str, at: int, lo: int) -> int:
    """Where the run of Chinese numerals (and 点) ending at `at` starts."""
    while at > lo and (text[at - 1] in CHINESE_NUMERAL_CHARS or text[at - 1] == "点"):
        at -= 1
    return at


def _signed(text: str, figure: Figure, lo: int) -> Figure:
    """A change written with its sign (增长-3.5%) keeps it: the figure starts at the minus
    and its value is negative."""
    start = figure.start
    if (start - 1 < lo or text[start - 1] not in MINUS
            or (start - 2 >= lo and (text[start - 2].isdigit() or text[start - 2] in MINUS))):
        return figure  # no sign, or the dash of a range (3-5个)
    low = -figure.base_value
    high = None if figure.base_value_high is None else -figure.base_value_high
    return replace(figure, value=f"-{figure.value}", base_value=low, base_value_high=high,
                   start=start - 1)


#: A clock's hours and minutes before a number: 18:49:(47).
_CLOCK_BEFORE = re.compile(r"(?<!\d)\d{1,2}:(?:\d{2}:)?$")
#: Measure words that count, never part of a place's name: 六个省份 is six provinces.
_COUNTING_WORDS = frozenset(("个", "家", "名", "位", "人", "项", "所", "批", "次", "座", "处"))


def _starts_a_place(text: str, start: int, end: int, counting: bool = False) -> bool:
    """Whether a place's name starts at `start` and runs past `end`: 七台河市, 九台区; after
    a word that counts (`counting`), only with a word between it and the place's 市, 县 or 区
    (五家渠市 is a city, 六个省份 six provinces, 两个县 two counties)."""
    return any(at == 0 and len(name) > end - start + counting and
               (not counting or name[-1] in "市县区")
               for at, name in places_in(text[start:start + 8]))


#: Among those counted, opening a clause on one of them: (两家)入驻企业中，.
_AMONG_THEM = re.compile(r"[\u4e00-\u9fff]{1,6}中[，,]")
#: Small counts in words that may count again what was just listed or named.
_RECOUNTED = frozenset("两三四五")
#: The digits a list counted again may be written with, before a quoted name (5张“金名片”).
_SMALL_DIGITS = frozenset("23456789")


def _recounts_a_list(text: str, m: re.Match) -> bool:
    """Whether a count counts the items listed right before it in its clause: 突出园区和市场
    两个载体 (two items, 两个), 打造了产业协作、…、援派铁军5张“金名片”; not 组织企业和个人
    三批 (…等 lists examples). The first item may hold the words that open the clause (打造了…)."""
    start = m.start()
    clause_start = max((text.rfind(c, max(0, start - 40), start) for c in CLAUSE_BREAKS),
                       default=-1) + 1
    listed = text[clause_start:start]
    number = m.group("number")
    how_many = int(number) if number.isdigit() else CHINESE_DIGITS.get(number, 0)
    items = re.split(r"[、和与及]", listed)
    if how_many >= 3 and len(items) > how_many and "、" in listed:
        items = items[-how_many:]  # 深化和拓展了部门、乡镇和组织三个层面: the list at the end
    longest = 16 if _TASKS_AFTER.match(text, m.end()) else 8  # 促消费、促就业和平台企业助力
    # 乡村…发展三项专项工作: tasks are named at length
    return len(items) == how_many and not listed.endswith("等") and \
        1 <= len(items[0]) <= 16 and all(1 <= len(item) <= longest for item in items[1:])


#: How a span of time running to now ends: 以来, 至今.
_SPAN_ENDINGS = ("以来", "来", "至今", "以后", "后", "期间")
#: Words saying a clause tells of this one time, not of the period named before it.
_THIS_TIME = re.compile(r"本次|此次|这次")
#: What a character a page could not show turns into: ?, the replacement character.
GARBLED = ("?", "\ufffd")
#: A code of Latin letters and digits before a slash: G1901/(4次).
_CODE_BEFORE_SLASH = re.compile(r"[A-Za-z]\d+/$")
#: What a plan is divided into after 分N个: (分两个)阶段(有序推进).
_STAGES = re.compile(r"阶段|步骤|层次|批次")
#: What is done in stages after 分N期: 建设, 实施.
_STAGED = re.compile(r"(?:建设|实施|推进|完成|建成|开发|投入)")
#: Tasks, after a count of those listed before it: (三项)专项工作, (四项)重点任务.
_TASKS_AFTER = re.compile(r"(?:专项|重点|主要)?(?:工作|行动|任务|举措|措施)")


#: A rank among places or peers after their count: (居…12县市)前列, 之首.
_RANKED_AMONG = re.compile(r"中?(?:前列|之首|首位|第一)"  # (居全国30个…自治州第1位 too)
                           r"|[\u4e00-\u9fff]{1,12}?第[一二三四五六七八九十\d]{1,2}位")


#: One of a class, after the class's count: (14个)集中连片特困地区之一.
_ONE_OF = re.compile(r"[\u4e00-\u9fff“”]{1,14}?之一")
#: The words of a minimum, which a rule for each of something sets: 每支…不少于5人.
_MINIMUM_WORDS = ("不少于", "不低于")


def not_a_figure(text: str, m: re.Match) -> bool:
    """An ordinal (第三批), the article 一个, a digit run cut from a longer number, or 成 after
    anything but a small number (建成, 形成 never reach here; 万成 would)."""
    start = m.start()
    before = text[start - 1] if start > 0 else ""
    if before in ("第", "届") or before.isdigit() or before == "." or \
            _ARTICLE_LIKE.fullmatch(m.group()):
        return True  # (十五届)十二次全会: which plenary session, not how many
    if re.match(r"0\d", m.group("number")) or (before in GARBLED and
                                                 m.group("number").startswith("0")):
        return True  # 帶動當?00多人, 天津?0%以上: a number's first digit lost to a garbled
        # character
    if m.group("unit") in ARABIC_ONLY and (not m.group("number")[0].isdigit() or (
            m.group("unit") == "起" and re.fullmatch(r"(?:19|20)\d\d", m.group("number")))):
        return True  # 党的二十大, 三大攻坚战: names; 2019起: since that year
    if text.endswith(_MINIMUM_WORDS, max(0, start - 3), start) and \
            "每" in text[sentence_bounds(text, start, start)[0]:start]:
        return True  # 每支医疗队由不少于5人组成: a rule each must meet, not a result
    if before == ":" and (_CLOCK_BEFORE.search(text, max(0, start - 6), start)
                          and len(m.group("number")) == 2):
        return True  # 18:49:47本刊编辑部: a time's seconds, then the next words
    if m.group("unit") == "期" and re.search(r"\d{4}年第?$", text[max(0, start - 6):start]):
        return True  # 齐鲁周刊2017年35期: a periodical's issue
    if before == "/" and _CODE_BEFORE_SLASH.search(text, max(0, start - 12), start):
        return True  # G1901/4次动车组: a train's two numbers, not four times
    if m.group("unit") == "个" and before == "分" and _STAGES.match(text, m.end()):
        return True  # 分两个阶段有序推进: how the work is staged, not a count of it
    if m.group("unit") == "期" and before == "分" and _STAGED.match(text, m.end()):
        return True  # 整个项目分3期建设: how it is staged, not a count of anything done
    if m.group("unit") == "个" and text.startswith(("字", "大字"), m.end()):
        return True  # “山东援建”四个字, “泸州援建”四个大字: the characters of a phrase
    if before and m.group("number")[0] in CHINESE_NUMERAL_CHARS and before in CHINESE_NUMERAL_CHARS:
        return True
    if m.group("unit") in PLACE_WORDS and not m.group("number")[0].isdigit() and not (
            m.group("unit") in ("县", "省", "省市") and m.group("number") in "三四五六七八九"
            and not text[m.end():m.end() + 1].isdigit()
            and (_PLACES_LISTED.search(text, max(0, start - 40), start)
                 or _PLACES_LISTED_AFTER.match(text, m.end()))):
        # 三区三州, 两市: names and phrases, not counts; 疏勒、英吉沙、岳普湖三县, 江苏、
        # 安徽和陕西三省, 上海、山东、吉林、黑龙江四省市 and 五县（江孜、定日…） are (but
        # 青岛、定西两市 and 深圳、百色、河池三市 are a pairing's sides, 张家口、承德、保定三县16个
        # 乡镇 whose the 16 are)
        return True
    if m.group("unit") in PLACE_WORDS and _REGION_BEFORE.search(text, max(0, start - 3), start):
        return True  # 东部4市, 南疆四地州: a name for the places of a group, said again and again
    if m.group("unit") in AFTER_DIGITS_ONLY and not m.group("number")[0].isdigit() and \
            len(m.group("number")) == 1 and not m.group("approx") and \
            not (m.group("number") in "百千万" and text[start - 1:start] in ("上", "近", "逾")) \
            and not (
            m.group("number") != "一" and (
                (m.group("unit") == "批" and (
                    _SENT_BEFORE.search(text, max(0, start - 3), start)
                    or _SENT_AFTER.match(text, m.end())))
                or (m.group("unit") == "对" and _PAIRED_AFTER.match(text, m.end())))):
        return True  # 二期工程, 一种模式: a phase, an article (两百多种药材, 上百种, 近百份 are
        # counts, and so are the 八批 of 先后派出八批援藏工作队, 五批援青干部 and 五对区县)
    if not m.group("number")[0].isdigit() and _in_short_quote(text, start, m.end(),
                                                               PROJECT_NAME_LENGTH):
        return True  # “四个不摘”, “一县一品”: a slogan's name, not a count
    if text[start - 1:start] == "“" and (close := text.find("”", m.end(),
                                                            start + PROJECT_NAME_LENGTH)) > 0 \
            and (text.startswith(("、“", "，“", "等"), close + 1)
                 or text.endswith("”、", 0, start - 1)):
        return True  # “62项援藏工程”、“对口援助西藏”: one of the names a list quotes
    if _THRESHOLD.fullmatch(m.group("number")) and \
            _VAGUE_BEFORE.search(text, max(0, start - 3), start):  # its words end at start
        return True  # 数十家, 几百人, 成千上万
    one_magnitude = len(m.group("number")) == 1 and _THRESHOLD.fullmatch(m.group("number"))
    if one_magnitude and text.startswith("级", m.end()):
        return True  # 亿元级企业, 百亿级产业集群: a class named by its size
    if one_magnitude and text[start - 1:start] == "的" and not m.group("approx") and \
            "\u4e00" <= text[m.end():m.end() + 1] <= "\u9fff":
        return True  # 最大的万栋拱棚示范区: its size as a name says it, not a count
    if _THRESHOLD.fullmatch(m.group("number")) and not m.group("approx") and \
            not m.group("after") and _SITE_NAMED_BY_SIZE.match(text, m.end()):
        return True  # 实施了万亩洋芋种植基地, 万亩果园, 百万只肉羊全产业链: named by its size
    if _IDIOM.search(text, max(0, start - 2), m.end() + 2):
        return True  # 将天然气送进千家万户
    if not m.group("number")[0].isdigit() and m.group("unit") not in _COUNTING_WORDS and \
            "\u4e00" <= text[m.end():m.end() + 1] <= "\u9fff" and \
            _starts_a_place(text, start, m.end()):
        return True  # 长春市九台区, 三台县, 七台河市: a place's name (六个省份 is no 六个省)
    if not m.group("number")[0].isdigit() and m.group("unit") not in _COUNTING_WORDS and \
            _TOWN_MARK.match(text, m.end()):
        return True  # 铁矿镇、八台镇桅杆坪村: a town's name, no eight machines
    if not m.group("number")[0].isdigit() and m.group("unit") in _COUNTING_WORDS and \
            _starts_a_place(text, start, m.end(), counting=True):
        return True  # 兵团第六师五家渠市: a city's name, no five firms
    if text[max(0, start - 2):start] == "一行" and m.group("unit") == "人":
        return True  # 她和同伴一行五人: who went, in a story
    if m.group("number") == "两" and m.group("unit") in ("个", "座") and \
            _TWO_SIDES.match(text, m.end()):
        return True  # 两座城市的情谊, 两个贫困地区: the pairing's two sides, as 两地 is
    if m.group("number") in _RECOUNTED and before == "这":
        return True  # 这两个“后花园”: the two named before
    if _in_a_quoted_quota(text, start):
        return True  # “人均1亩油茶、1亩核桃、…，户均1头牛”: a plan's quota for each, in quotes
    if m.group("number") in _RECOUNTED and _AMONG_THEM.match(text, m.end()):
        return True  # (引进夏润…、传田…等东部企业…)两家入驻企业中，…: the ones just named
    recounted = m.group("number") in _RECOUNTED or (  # 5张“金名片”: a quoted name for the list
        m.group("number") in _SMALL_DIGITS and (  # “促消费、促就业和…发展”3个: a quoted list
            text.startswith("“", m.end()) or text[start - 1:start] == "”"))
    if recounted and m.group("unit") in ("个", "项", "类", "大", "张") and \
            _recounts_a_list(text, m):
        return True  # 园区和市场两个载体: the list again
    if m.group("number") in ("二", "两") and m.group("unit") == "人" and (
            text[max(0, start - 2):start] in _PAIRS_OF_PEOPLE or text.startswith("身上", m.end())):
        return True  # 父女二人, 目光聚焦在二人身上: who is in a story, not a count
    if m.group("unit") == "次" and not m.group("number")[0].isdigit() and \
            _MEETINGS_SPIRIT.match(text, m.end()):
        return True  # 贯彻三次全国对口援疆工作会议精神: which meetings, not how many held
    if m.group("unit") in ("公里", "千米") and (text.startswith(("之", "外"), m.end()) or not any(
            _BUILT_ALONG.search(part) for part in _sentence_around(text, start, m.end()))) and \
            not _length_of_what_was_named(text, start):
        return True  # 四千公里之路遥, 2000多公里外的山西, 从南昌出发约4500公里: how far,
        # where no road, canal or line built along it is named (修建乡村道路8公里 is one)
    if one_magnitude and m.group("unit") == "亩" and _NAME_AFTER_MU.match(text, m.end()):
        return True  # 万亩果园, 千亩茶园: a kind of project named by its size, not a count
    if m.group("unit") in ("棵", "株") and _VILLAGE_NAME.match(text, m.end()):
        return True  # 一棵树村: a village's name
    if m.group("unit") in _PLACES_RECOUNTED and m.group("number").isdigit() and \
            (listed := _LISTED_BEFORE.search(text, max(0, start - 60), start)) and \
            listed.group().count("、") + 1 == int(m.group("number")):
        return True  # 兰州、白银、甘南、庆阳、武威5市州: the places just named, counted again
        # (白朗、昂仁、南木林3个县 stays, labelled by the list)
    if m.group("unit").endswith("元") and _WAGE_BEFORE.search(text, max(0, start - 8), start) and \
            _told_by_a_person(text, start):
        return True  # 48岁的装配工李某…目前月工资达到5000多元: one person's story, not the
        # report's measure
    if m.group("unit") == "人" and m.group("number") in _FEW_PLAYERS and \
            _GAME_AFTER.match(text, m.end()):
        return True  # 三人根艇赛, 五人制足球: the kind of game, not who played
    if one_magnitude and _VERSE_AFTER.match(text, m.end()):
        return True  # 江南千条水，云贵万重山: a verse's numbers count nothing
    if m.group("unit") == "个" and _DURATION_AFTER.match(text, m.end()):
        return True  # 3个多月来: a length of time
    if m.group("unit") in _LIST_UNITS and _ANNOUNCES_LIST.match(text, m.end()) and not (
            text.startswith("板块", m.end()) and _RULED_BEFORE.search(text, max(0, start - 2),
                                                                       start)):
        return True  # 三项重点工作：…, 3个方面: the list that follows is what counts
    if m.group("unit") in _LIST_UNITS and re.search(r"分[为為成]$", text[max(0, start - 2):start]):
        return True  # 12个项目大致分为4类: how many kinds, named next
    if m.group("number") in ("一", "1") and _PER_UNIT_AFTER.match(text, m.end()) and \
            m.group("unit") not in ("%", "％") and not m.group("magnitude"):
        return True  # 一亩地的收入, 一株白芨苗售价: per unit, not a count (收入总额1%的标准 is
        # a share, 总投资1亿美元的项目 a sum)
    if m.group("number") == "一" and _PRICE_BEFORE.search(text, max(0, start - 12), start):
        return True  # 30元至120元一斤: what the price is for
    if m.group("number") == "一" and (text[m.end():m.end() + 1] == "一"
                                      or text[max(0, start - 2):start - 1] == "一"):
        return True  # 一人一亩果, 一户一棚菜: a way of speaking, each 一 per one
    if m.group("number") == "一" and text.startswith(m.group("unit"), m.end()):
        return True  # 一栋栋厂房, 一个个村庄: many, not one
    if m.group("unit") == "位" and text.startswith(("一体", "数"), m.end()):
        return True  # 五位一体: a name for a way of working; 两位数增长: how fast, no count
    if _DISTANCE_BEFORE.search(text, max(0, start - 16), start) or (
            m.group("unit") == "米" and re.match(r"的?海拔", text[m.end():m.end() + 3])):
        return True  # 距昭通1000公里外的桂林, 4000米的海拔落差: where a place is, not a figure
    if one_magnitude and m.group("unit") == "人" and (
            text[m.end():m.end() + 1] in "团计行游" or _MEETING_AFTER.match(text, m.end())):
        return True  # 百人团, 千人计划, 万人游, 万人誓师大会: a name made of a size
    around = text[max(0, start - _AROUND):m.end() + _AROUND]
    if len(_LATIN.findall(around)) >= 10 and not _HAN.search(around.replace(m.group(), "")):
        return True  # …other aspects. Over 80% of the companies: a translation's figure
    if m.group("unit") == "台" and not m.group("number")[0].isdigit() and \
            _NAMED_SITE_AFTER.match(text, m.end()):
        return True  # 博州五台工业园, 三台产业园: a place's name before a site, not a count
    if _THRESHOLD.fullmatch(m.group("number")) and (
            (before and before in "过超上") or m.group("after") in ("以上", "以下")) and (
            _THRESHOLD_OF.match(text, m.end())):
        return True  # 产值超千万元企业, 过亿元的园区, 超百亿元项目, 总投资亿元以上项目: a
        # threshold, not a figure
    if (m.group("after") in ("以上", "以下", "及以上") or (
            before and before in "过超" and m.group("unit").endswith("元"))) and \
            _CLASS_BY_SIZE.match(text, m.end()) and m.group("unit") not in ("%", "％", "成"):
        return True  # 投资额10亿元以上的大项目, 年收入10万元以上的行政村: the size that makes a
        # class (80%以上的村庄 is a share of the villages)
    if before and before in "过超" and _BAR_CLOSED.match(text, m.end()):
        return True  # 销售到山东地区(超过3000单的): those past the bar, no figure
    if ((before and before in "过超") or m.group("after") in ("以上", "及以上")) and \
            m.group("unit").endswith("元") and _CLASS_COUNTED.match(text, m.end()):
        return True  # 现有投资超10亿元工业企业55家, 新开工500万元以上产业转移项目2080个: the
        # bar of the class counted next
    if m.group("after") in ("以上", "以下") and text.startswith("的有", m.end()):
        return True  # 到疆率达到80%以上的有6个省市: the bar the places counted next pass
    if before == "前" and m.group("unit") == "名":
        return True  # 进入全省前10名: a rank
    if _ONE_OF.match(text, m.end()) and not m.group("unit").endswith(("元", "%", "％")):
        return True  # 中国14个集中连片特困地区之一: how many such there are, of which it is one
    if _RANKED_AMONG.match(text, m.end()) and "居" in text[max(0, start - 8):start]:
        return True  # 主要指标居喀什12县市前列: the places ranked among, not a figure
    if m.group("unit") == "成" and _TOWN_NAMED_AFTER.match(text, m.end()):
        return True  # 九成宫镇: a town's name, not nine tenths
    return m.group("unit") == "成" and not re.fullmatch(r"[一二三四五六七八九十]|\d", m["number"])


#: How long a quoted quota for each may be: “人均1亩油茶、…、户均1头牛、1吨水产品”.
QUOTA_LENGTH = 60
#: A quoted phrase this short is a name or a slogan: “四个不摘”, “两不愁三保障”.
SLOGAN_LENGTH = 8
#: A quoted phrase this short holding a number in Chinese numerals is a project's name:
#: “新疆和田百万只优质肉羊” (digits in quotes, “3个1000万”, are still read).
PROJECT_NAME_LENGTH = 16


def _told_by_a_person(text: str, start: int) -> bool:
    """Whether the words before `start` are of one person brought in by age: in the same
    sentence (48岁的装配工李某…), or in the quote that person opens (46岁的茶农张某表示："…")."""
    before = text[max(0, start - LOOK_BACK):start]
    if _PERSON_BY_AGE.search(re.split(r"[。！？!?；;\n]", before)[-1]):
        return True
    opened = max(before.rfind("“"), before.rfind('"'))
    return opened > 0 and "”" not in before[opened:] and \
        bool(_PERSON_BY_AGE.search(before, max(0, opened - 30), opened))


def _sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of the figure's sentence within _AROUND characters before and after it."""
    before = re.split(r"[。！？!?；;\n]", text[max(0, start - _AROUND):start])[-1]
    after = re.split(r"[。！？!?；;\n]", text[end:end + _AROUND])[0]
    return before, after


def _length_of_what_was_named(text: str, start: int) -> bool:
    """Whether a length opens its sentence (全长2754公里) right after a sentence that names a
    road, line or pipe built (…光缆干线开工建设。): the length of that one."""
    if not re.search(r"[。；;](?:全长|总长|全程|全线)$", text[max(0, start - 3):start]):
        return False
    previous = re.split(r"[。！？!?；;\n]", text[max(0, start - 3 * _AROUND):start])[-2:-1]
    return bool(previous and _BUILT_ALONG.search(previous[0]))


def _in_a_quoted_quota(text: str, start: int) -> bool:
    """Whether text[start] lies in a quoted list of what each person or household is to have:
    “人均1亩油茶、1亩核桃、1头黑山猪，户均1头牛”, the figures of a slogan, not of a result."""
    opening = text.rfind("“", max(0, start - QUOTA_LENGTH), start)
    if opening < 0 or "”" in text[opening:start] or \
            not text.startswith(("人均", "户均", "每人", "每户"), opening + 1):
        return False
    closing = text.find("”", start, opening + QUOTA_LENGTH)
    return closing > 0 and text.count("、", opening, closing) >= 2


def _in_short_quote(text: str, start: int, end: int, length: int = SLOGAN_LENGTH) -> bool:
    """Whether text[start:end] lies within “…” (or 「…」) of at most `length` characters."""
    for opens, closes in QUOTE_MARKS:
        opening = text.rfind(opens, max(0, start - length), start)
        if opening >= 0 and closes not in text[opening:start] and \
                text.find(closes, end, opening + length + 2) >= 0:
            return True
    return False


#: The quotation marks of simplified and of traditional typesetting.
QUOTE_MARKS = (("“", "”"), ("「", "」"))


def _figure(text: str, m: re.Match, lo: int, hi: int) -> Figure:
    number, unit = m.group("number"), m.group("magnitude") + m.group("unit")
    low, high = parse_amount(number)
    if m.group("low"):  # 3至5个: the low end is written first, the unit once
        first, _ = parse_amount(m.group("low"))
        low, high = first, low
    base_value, base_unit = to_base(low, unit)
    bound = m.group("approx") or m.group("after") or ""
    start = m.start()
    if (not bound and _THRESHOLD.fullmatch(number) and start > lo and text[start - 1] == "上"
            and not m.group("low")):
        start, bound = start - 1, "上"  # 上千人, 上万名: a thousand or more, written so
    end = m.end()
    if unit == "成" and not m.group("low") and (tenth := TENTH_OF_A_TENTH.match(text, end)):
        tenths = CHINESE_DIGITS[tenth.group()]  # 七成五: 7.5 成, 75 %
        number, end = f"{low}.{tenths}", end + 1
        base_value, _ = to_base(parse_amount(number)[0], unit)
    return Figure(
        value=number if not m.group("low") else f"{m.group('low')}{m.group('low_magnitude')}—"
                                                 f"{number}",
        unit=unit,
        unit_kind=unit_info(unit).kind,
        base_value=base_value,
        base_value_high=None if high is None else to_base(high, unit)[0],
        base_unit=base_unit,
        qualifiers=_qualifiers_before(text, start, lo, hi),
        bound=bound,
        period=_period_before(text, start, m.end(), lo, hi),
        start=start,
        end=end,
    )


#: The digit after 成 that adds its tenth: 七成五 is 75 %, not 七成 and a stray 五.
TENTH_OF_A_TENTH = re.compile(r"[一二三四五六七八九](?![\d一二三四五六七八九十百千万亿个名家项])")


def _with_relations(text: str, figures: list[Figure], lo: int, hi: int) -> list[Figure]:
    """Mark changes (同比增长4.5%) and link the two ends of a from-to (从…提高到…)."""
    out = list(figures)
    for i, figure in enumerate(out):
        before = text[max(lo, figure.start - 8):figure.start]
        change = CHANGE_BEFORE.search(before)
        if change and figure.unit_kind in ("percent", "points"):
            kind = "change" if figure.unit_kind == "percent" else "points"
            out[i] = replace(figure, relation=change.group().rstrip("了"), unit_kind=kind)
    for i in range(1, len(out)):  # 分别增长12.5%、20.1%: each of the list is a change
        previous, figure = out[i - 1], out[i]
        if (previous.relation and previous.unit_kind in ("change", "points")
                and figure.unit_kind in ("percent", "points") and not figure.relation
                and text[previous.end:figure.start] in ("、", "和", "及")):
            kind = "change" if figure.unit_kind == "percent" else "points"
            out[i] = replace(figure, relation=previous.relation, unit_kind=kind)
    years_of_pair: tuple[int, str, str] | None = None  # (sentence start, first, second)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        between = text[first.end:second.start]
        same_sentence = sentence_bounds(text, first.start, first.end, lo, hi)[1] > second.start
        from_word = FROM_WORD.search(text, max(lo, first.start - FROM_LOOK_BACK), first.start)
        to_words = TO_WORDS.match(between)
        if (same_sentence and from_word and to_words
                and first.unit_kind == second.unit_kind):
            # each end with its own period: 从2017年底的3200户 as of 2017年底
            # 2021年至2024年…从9.6亿元增加至19.68亿元: the first end in 2021, the second in 2024
            years = YEARS_OF_RANGE.fullmatch(first.period) if first.period == second.period \
                else None
            out[i] = replace(first, relation=from_word.group()[0], linked_start=second.start,
                             period=from_word.group("period")
                             or (f"{years.group(1)}年" if years else first.period))
            out[i + 1] = replace(second, relation=to_words.group("verb"),
                                 linked_start=first.start,
                                 period=to_words.group("period")
                                 or (f"{years.group(2)}年" if years else second.period))
            sentence_start = sentence_bounds(text, first.start, first.end, lo, hi)[0]
            if from_word.group("period"):  # 从…之初的14.88%降至0.23%: the later pairs' ends too
                years_of_pair = (sentence_start, out[i].period, out[i + 1].period)
            elif years_of_pair and years_of_pair[0] == sentence_start and \
                    not to_words.group("period"):
                # 从1994年的5.9亿元增长到2017年的…，从0.8亿元增长到375.4亿元: the same years
                out[i] = replace(out[i], period=years_of_pair[1])
                out[i + 1] = replace(out[i + 1], period=years_of_pair[2])
    return _with_grouped_pairs(text, out, lo, hi)


#: What may stand between one end of a from-to and the verb of the next when each end is a
#: group of figures (从2017年的2000万元、6个项目，到2018年的9152万元…): the last one's noun,
#: a comma, 再.
GROUP_TO = re.compile(r"^[\u4e00-\u9fff]{0,6}?\s*[,，]?\s*(?:再|又|并)?"
                      + TO_WORDS.pattern.removeprefix("^"))
#: What joins the figures of one end: 2000万元、6个项目; 超过1亿元和26个项目.
GROUP_JOIN = ("、", "和", "及", "与")
#: Places counted right before the counties or villages within them, as one end: 3市13个县,
#: 7市州的34个贫困县.
PLACES_OF_A_GROUP = ("市", "州", "市州", "省", "地", "地市")


def _with_grouped_pairs(text: str, figures: list[Figure], lo: int, hi: int) -> list[Figure]:
    """Link from-tos whose ends are each several figures, or stand apart by a comma: 从2017年的
    2000万元、6个项目，到2018年的9152万元、23个项目，再扩大到2019年的超过1亿元和26个项目 —
    each measure with the same measure of the next end, each end with its own year."""
    out = list(figures)
    groups: list[list[int]] = []
    for i, figure in enumerate(out):
        joined = text[out[groups[-1][-1]].end:figure.start].strip() if groups else None
        if joined in GROUP_JOIN or (joined in ("", "的")
                                    and out[groups[-1][-1]].unit in PLACES_OF_A_GROUP):
            groups[-1].append(i)
        else:
            groups.append([i])
    for first, second in pairwise(groups):
        ends = [out[i] for i in first], [out[i] for i in second]
        if len(first) != len(second) or [f.unit_kind for f in ends[0]] != \
                [f.unit_kind for f in ends[1]] or any(f.linked_start is not None
                                                      for f in ends[1]):
            continue
        head, tail = ends[0][0], ends[1][0]
        to_words = GROUP_TO.match(text[ends[0][-1].end:tail.start])
        if not to_words:  # the cheap test first: most figures are no from-to
            continue
        from_word = FROM_WORD.search(text, max(lo, head.start - FROM_LOOK_BACK), head.start)
        chained = head.linked_start is not None  # the middle end of 从…到…再扩大到…
        if not (from_word or chained) or \
                sentence_bounds(text, head.start, head.end, lo, hi)[1] <= tail.start:
            continue
        for k, (a, b) in enumerate(zip(*ends, strict=True)):
            if from_word and not chained:  # (a chained end was linked as the end before's)
                out[first[k]] = replace(a, relation=from_word.group()[0], linked_start=b.start,
                                        period=from_word.group("period") or a.period)
            out[second[k]] = replace(b, relation=to_words.group("verb"),
                                     linked_start=a.start,
                                     period=to_words.group("period") or b.period)
    return out


def find_figures(text: str, lo: int, hi: int, skip: Sequence[tuple[int, int]] = ()
                 ) -> list[Figure]:
    """The figures that scan_figures() can read."""
    return scan_figures(text, lo, hi, skip)[0]


def suggest_quote(text: str, figure: Figure, lo: int = 0, hi: int | None = None) -> str:
    """The clause around a figure: a starting point for a curated quote."""
    start, end = clause_bounds(text, figure.start, figure.end, lo, hi)
    return text[start:end].strip()
