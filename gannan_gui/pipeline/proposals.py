"""What an imported figure is probably about: a label taken from its clause and a category
from the fields of east-west cooperation. Proposals only: the user reviews each. No Qt, no
database.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from gannan_gui.pipeline.extract import (
    BOUND_WORDS,
    CHANGE_BASE,
    CHANGE_BEFORE,
    CHANGE_COMPARED,
    CHANGE_VERBS,
    FIGURE,
    FROM_WORD,
    LOOK_BACK,
    PERIOD,
    SHARING_ITS_UNIT,
    Figure,
    clause_bounds,
    find_figures,
    not_a_figure,
    sentence_bounds,
)
from gannan_gui.pipeline.label_words import (
    ADVERBIAL,
    ADVERBS,
    AFTER_STOP,
    AGREEING,
    AREA_HEADS,
    BASE_FRAME,
    BUILT_AFTER_COMMA,
    BUILT_WITH,
    COMPARED_WITH,
    COUNTED_HEAD,
    COUNTED_NOUN,
    DATELINE,
    EMPTY_VERBS,
    ETC_ALL,
    FROM_YEAR,
    HEAD_NOUNS,
    INVESTED,
    INVESTMENT,
    JOINED_HEAD,
    JOINS,
    LABEL_BREAKS,
    LEADING_VERB,
    LIGHT_VERBS,
    LIST_MARKS,
    LISTED_HEAD,
    LOCATIVE,
    MAX_LONG_LABEL,
    MEASURE_VERBS,
    MEASURE_WORDS,
    MONEY_NOUNS,
    OWNER,
    PER_UNIT,
    PLACE_BEFORE,
    PLACE_BREAKS,
    PLAIN_VERBS,
    PROJECT_END,
    PRONOUN,
    QUALIFIER_WORDS,
    QUOTED_NAME,
    RELATIVE_HEAD,
    SUBJECT,
    SUBJECT_DONE,
    SUMMING,
    TIME_WORDS,
    TRAILING_WORDS,
    WHOSE_HEAD,
)
from gannan_gui.pipeline.numbers import CHINESE_NUMERAL_CHARS, PLACE_WORDS
from gannan_gui.pipeline.scopes import (
    EXCEPT,
    GIVERS,
    GIVERS_OR_PROVINCES,
    LEADING_WORDS,
    LOCATED,
    NAMES_WITH_LEADING_WORDS,
    PROVINCES,
    is_giver,
    places_in,
)

MAX_LABEL = 16


@dataclass(frozen=True)
class Field:
    """One field of the cooperation: a category an imported figure can be put in."""

    key: str
    name: str
    name_en: str
    words: tuple[str, ...]  # words that point to it, strongest first


#: The fields, in the order the tree shows them; a figure goes to the one its words point to
#: most, its label counting three times its clause.
FIELDS = (
    Field("funds", "资金与项目", "Funds and projects",
          ("财政援助", "援助资金", "帮扶资金", "资金", "项目", "拨付", "投入", "预算")),
    Field("industry", "产业", "Industry",
          ("产业", "园区", "企业", "招商", "投资", "基地", "合作社", "种植", "养殖", "牦牛",
           "藏羊", "光伏", "千瓦", "中药材", "亩", "温室", "大棚")),
    Field("consumption", "消费帮扶", "Consumption support",
          ("消费", "销售", "采购", "农产品", "农畜产品", "特产", "电商", "直播", "展销", "吨")),
    Field("labour", "劳务就业", "Labour and jobs",
          ("就业", "劳务", "务工", "转移", "岗位", "车间", "工厂", "招聘", "劳动力")),
    Field("talent", "人才", "People and skills",
          ("干部", "人才", "挂职", "专家", "选派", "支教", "支医", "培训", "技术人员")),
    Field("education", "教育", "Education",
          ("学校", "学生", "教育", "教师", "助学", "校")),
    Field("health", "医疗", "Health",
          ("医院", "医疗", "卫生", "医生", "患者", "诊疗", "健康", "义诊")),
    Field("rural", "乡村振兴", "Rural revitalisation",
          ("乡村", "农村", "公路", "道路", "住房", "饮水", "人居", "村", "户", "收入")),
    Field("pairing", "结对帮扶", "Pairing",
          ("结对", "对口", "携手", "手拉手")),
    Field("society", "社会帮扶", "Social support",
          ("捐赠", "捐款", "社会", "公益", "爱心", "物资")),
)
OTHER = Field("other", "其他", "Other", ())

def propose_label(simplified: str, original: str, figure: Figure, lo: int, hi: int) -> str:
    """A short name for the figure from its clause, in the report's own characters:
    落实天津财政援助资金14.93亿元 → 天津财政援助资金; 带动1.2万户群众增收 → 带动群众增收."""
    spans = label_spans(simplified, figure, lo, hi)
    return label_as_written(label_text(simplified, spans, figure), simplified, original, spans,
                            figure)


def label_as_written(label: str, simplified: str, original: str,
                     spans: tuple[tuple[int, int], ...], figure: Figure) -> str:
    """The label chosen on the simplified text, in the report's own characters: the same
    run of the original, or the original's own label when the chosen one is no such run."""
    if original == simplified:
        return label
    return as_written(label, simplified, original, spans) or label_text(original, spans, figure)


def as_written(label: str, simplified: str, original: str, spans: tuple[tuple[int, int], ...]
               ) -> str:
    """A label chosen on the simplified text, in the report's own characters: where it was
    cut and what was left out are decided by words the rules know in simplified form (捐赠,
    分别), so the same offsets are taken from the original; '' when the label is no run of
    its spans' characters."""
    for ordered in (spans, spans[::-1]):
        joined = "".join(simplified[a:b] for a, b in ordered)
        at = joined.find(label)
        if at >= 0:
            written = "".join(original[a:b] for a, b in ordered)
            return written[at:at + len(label)]
    return ""


def label_text(text: str, spans: tuple[tuple[int, int], ...], figure: Figure) -> str:
    """The label the spans mark, in `text`: the report as written, or its simplified twin
    (the same offsets serve both); a long one shortened at a word boundary, never through a
    word (党政 is never cut to 政)."""
    before = "".join(text[a:b] for a, b in spans if a < figure.end)
    after = "".join(text[a:b] for a, b in spans if a >= figure.end)
    if (purpose := PURPOSE_AFTER.search(after)) and purpose.start() >= 2:
        after = after[:purpose.start()]  # (1500万株)茶苗帮助贫困地区群众(脱贫): what, not what for
    if spans and spans[0][0] >= figure.end and before:  # what follows, then the verb: 投资
        listed = after.find("、")
        if len(after) + len(before) > MAX_LABEL and 0 < listed < (etc := after.rfind("等")):
            after = after[:listed] + after[etc:]  # 道路硬化、危房改造…等项目 → 道路硬化等项目
        if len(after) + len(before) > MAX_LABEL:  # a project's name: up to its first 及
            after = _shortened(after, MAX_LONG_LABEL - len(before), keep_front=True)
        return (after + before).strip(" ，,")
    label = (before + after).strip(" ，,")
    if (base := YEAR_COMPARED_AT_END.search(label)) and base.start() >= 2:
        label = label[:base.start()]  # 收入比2018年(增加3000余元): the base is a time, not
        # a word of what rose
    if len(label) > MAX_LABEL and (etc := after.rfind("等")) > 0 and len(after) - etc > 2:
        after = after[etc + 1:]  # 派出医疗、教育、建设等专业技术人才 → 派出专业技术人才
        label = (before + after).strip(" ，,")
    elif len(label) > MAX_LABEL and not after and 0 < (listed := label.find("、")) <= \
            FIRST_ITEM_MOST and listed < (etc := label.rfind("等")) < len(label) - 2:
        label = label[:listed] + label[etc:]  # 茶叶、核桃、蚕桑等产业发展项目 → 茶叶等产业发展项目
    went_to = not before and USE_AFTER.match(label) and len(label) <= MAX_LONG_LABEL
    if len(label) > MAX_LABEL and not went_to:  # (用于…校区建设: what it went to, whole)
        if after and len(after) > MAX_LABEL - len(before):  # what follows, from its start
            after = _shortened(after, max(MAX_LABEL - len(before), 4), keep_front=True)
            label = (before + after).strip(" ，,")
        if len(label) > MAX_LABEL:
            label = _shortened(label, MAX_LABEL)
    label = label.lstrip("”’」』）)、")  # a closing mark cut from the words before: ”天津市…
    label = LEADING_SPEC.sub("", label)  # 0.6-1m³/s防渗渠: a size the label need not carry
    label = ITEM_NUMBER.sub("", label)  # 1.天津市对口帮扶…: the number of a list's item
    if (per := PER_UNIT_ONLY.fullmatch(label)):
        label = "每" + per.group(1)  # 85万元/公里: a rate, for each kilometre
    label = SPACE_IN_WORDS.sub("", label)  # 达成了  意向性协议: a page's spaced-out words
    label = VERB_PARTICLE.sub("", label)  # 形成了投资意向, 挑选出干部: the verb, then what
    label = ROMANISED.sub("", PHOTO_NOTE.sub("", label))  # 项目(xiàngmù): how it is read
    # aloud; 厂房即将结顶(无人机照片): who took the picture
    if len(label) > 2 and label.endswith("等") and label[-2] not in "甲乙丙一二三特优中上下":
        label = label[:-1]  # 饮水安全等: the examples' end, not a word of what is counted
    label = MEANS_AFTER_EXAMPLES.sub("", label)  # 签订藏羊订单等举措: the order, not the means
    label = SUMMING_INSIDE.sub("", label)  # 北京知名企业先后投资: when, said by the period
    if label.startswith(RESPECTIVELY) and len(label) > len(RESPECTIVELY) + 2:
        label = label[len(RESPECTIVELY):]  # 分别占资金总额: the figures after it say which
    if label.endswith(RESPECTIVELY) and len(label) > len(RESPECTIVELY) + 1:
        label = label[:-len(RESPECTIVELY)]  # 某地占比分别(达71%和88%)
    if (opening := PART_OPENING.match(label)) and len(label) - opening.end() >= 2:
        label = label[opening.end():]  # 包括建设牧民定居房: a part's word, not what it is
    if label.startswith("“") and "”" not in label:  # “现在我每个月能挣: a quote's opening
        label = label[1:]
    if (link := LEADING_LINK.match(label)) and len(label) - link.end() >= 3:
        label = label[link.end():]  # 将养殖规模扩大到, 是去年外出务工总数(的): what, not how
    if (built_by := BUILT_BY_CUT.match(label)) and len(label) - built_by.end() >= 4:
        label = label[built_by.end():]  # (…集团投资)建设的景泰…公司项目占地: what, not by whom
    if label.startswith("的") and len(label) >= 3:  # 今年全年的援疆项目资金: whose time, gone
        # (可存储鲜货7262吨的冷库52个: the 的 after the figure before)
        label = label[1:]
    if (year := YEAR_INSIDE.search(label)) and year.start() >= 2 and \
            len(label) - len(year.group()) >= 4:
        label = label[:year.start()] + label[year.end():]  # 徐奎科技园区2024年产值: the year
        # is the period's, the label the measure's
    if (built := BUILT_UP.search(label)) and built.start() >= 2:
        label = label[:built.start()]  # 1200万元的防洪设施建起来了: what was built
    if (after_done := AFTER_DONE.match(label)) and len(label) - after_done.end() >= 2:
        label = label[after_done.end():]  # (项目建成)后可新增就业: what it will add, not 后
    if (counted := QUOTED_COUNT.search(label)) and counted.start() >= 2:
        label = label[:counted.start()]  # 开工率、任务完成率“三个(100%)”: how many, not what
    if figure.unit.endswith("人口") and \
            (not (bare := TRAILING_WORDS.sub("", label)) or _only_a_place(bare)):
        label = bare + "人口"  # 全县仅5万多人口: the place's population
    if (shared := SHARING_ITS_UNIT.search(label)) and shared.start() >= 1:
        label = label[:shared.start()]  # 分别高出5.8和(3.4个百分点): the figure before, not words
    if 0 < (etc := label.find("等")) < len(label) - 2 and \
            text.find("、" + label[:etc + 1], max(0, figure.start - LOOK_BACK), figure.start) >= 0:
        label = label[etc + 1:]  # (…、)领导小组会议等专题会议: the last of a list cut at its
        # mark, then what all of it was
    label = ADVERB_AT_END.sub("", label)  # (产品)也(超100万元), (收入)可以(达到): how, not what
    for summed in SUMMED_INSIDE:
        if summed in figure.qualifiers:
            # 专项行动共对接…项目(16个): the qualifier's, said once (never 共建, 共同…)
            label = re.sub(rf"(?<=[\u4e00-\u9fff]){summed}(?!建|同|享|有|识|赢|计|青|产)", "",
                           label, count=1)
    return label or text[figure.start:figure.end]


#: A size or a rate written in digits and Latin units before a label's words: 0.6-1m³/s(防渗渠).
LEADING_SPEC = re.compile(r"^(?:[0-9０-９]+[.．\-~～][0-9０-９.．\-~～]*[a-zA-Z³²]*(?:/[a-zA-Z]+)?"
                          r"|[0-9０-９]+[a-zA-Z³²]*/[a-zA-Z]+)(?=[\u4e00-\u9fff]{2})")
#: What a share is of, after 按 right before it: 按(总投资)(70%比例予以补助).
SHARE_BASE = re.compile(r"按(?P<base>[\u4e00-\u9fff]{2,8})$")
#: …and what is paid as that share: (70%)比例予以补助, 的比例给予奖补.
PAID_AS_SHARE = re.compile(r"的?(?P<share>比例)(?:予以|给予|进行)?"
                           r"(?P<verb>补助|补贴|奖补|奖励|分红|配套|补偿)")
#: A rate a thing grows by, before the figure: 以(每年)(8%的比例递增), 按年均.
RATE_BY = re.compile(r"[以按](?P<every>每年|年均|每月)?$")
#: …and after it: (8%)的比例递增, 的速度增长.
RATE_OF_CHANGE = re.compile(r"的?(?:比例|速度|幅度|增速)?"
                            r"(?P<verb>递增|递减|增长|增加|提高|下降|减少)")
#: The verb of what was done, right before a sum: (全年)完成(3.92亿元).
DONE_RIGHT_BEFORE = re.compile(r"(?:完成|实现)$")
#: Words that only say whom something reached: 惠及, 覆盖.
REACHING = ("惠及", "覆盖", "受益", "辐射")
#: How often, written as 每 and a time: 每年, 每月.
EVERY_SO_OFTEN = ("每年", "每月", "每天", "每日")
#: The number of a list's item opening a label: 1.(天津市…), 2、(…).
ITEM_NUMBER = re.compile(r"^\d{1,2}[.．、](?=[\u4e00-\u9fff])")
#: All a label says after a rate's slash: (85万元)/公里.
PER_UNIT_ONLY = re.compile(r"/\s*([\u4e00-\u9fff]{1,3})")
#: A link opening a label, from the clause it was cut out of: (他)将(养殖规模扩大到2000只),
#: (人数)是(去年总数的103.73%), 此次将由; not 将近, 将来, 是否, 由于.
LEADING_LINK = re.compile(r"(?:此次|本次|这次)?(?:将(?![近来军])|把(?![关握])|是(?![否非0-9])"
                          r"|为(?![民主了何]))由?"  # 为当地农民人均增收: for whom, then what
                          r"|(?:此次|本次|这次)由?|由(?![于此])"  # 此次将由(浙江4市): by whom
                          r"|采取|采用|现有")  # 采取(天津市8个区…): the means, not what is counted
#: A verb of building and its 的, left opening a label when who built it was cut off:
#: (由…集团投资)建设的(…项目占地).
BUILT_BY_CUT = re.compile(r"(?:投资)?(?:建设|兴建|援建|修建|新建|打造|建成)的")
#: That something got built, closing the words after the sum it cost: (…设施)建起来了.
BUILT_UP = re.compile(r"(?:建起来|建起來|建成|建好)了$")
#: A year written inside a label, after the name of what it measures: 园区2024年产值.
YEAR_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff])(?:19|20)\d\d(?:[—–\-~～至到](?:19|20)\d\d)?年"
                         r"(?:度)?(?=[\u4e00-\u9fff])")  # 选聘了2017-2018年生态护林员: both
#: An adverb or a modal ending the words before a figure: (产品)也, (收入)可以.
ADVERB_AT_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:也|可以|能够|还)$")
#: A word of a total a figure keeps as its qualifier, not as a word of its label inside it
#: (累计 stays: 市财政累计援助当地).
SUMMED_INSIDE = ("共",)
#: A year a change is compared with, ending the words before it: 收入比2018年(增加…).
YEAR_COMPARED_AT_END = re.compile(r"(?:比|较)(?:19|20)\d\d年(?:底|末|同期)?$")
#: The 后 of 建成后, cut from the verb before it: 后可新增就业 → 新增就业.
AFTER_DONE = re.compile(r"后可?(?=[\u4e00-\u9fff])")
#: A particle or a direction after a verb inside a label, which says nothing of what is
#: counted: 形成了(投资意向), 挑选出(干部).
VERB_PARTICLE = re.compile(r"(?<=形成|选派|派出|挑选|投入|实施|完成|实现|建成|培训|组织|引进|带动"
                           r"|捐赠|解决|转移|吸纳|安排|落实|签订|建立|打造)[了出](?=[\u4e00-\u9fff]{2})")
#: Where what is said of a project named after its sum begins: (…建设项目)已完成主体工程.
PROJECT_TOLD = re.compile(r"已经?|正在|即将|目前")
#: Verbs of meeting and going that a count of times may come before: 先后六次召开….
TIMES_DONE = re.compile(r"召开|举行|进行|赴|到|深入|前往|率团|带队")
#: Nouns that end in 向, which is then no preposition to whom: 达成采购意向3.9亿元.
NOUNS_ENDING_IN_XIANG = frozenset(("意向", "方向", "走向", "导向", "倾向", "去向", "动向", "取向",
                                   "流向"))
#: What a sum went to, written after it: (1亿元)已提前用于….
USE_AFTER = re.compile(r"(?:已经?)?(?:提前)?用于")
#: The means a label's examples were, after them: …等举措 (in either script).
MEANS_AFTER_EXAMPLES = re.compile(r"(?<=[\u4e00-\u9fff]{2})等"
                                  r"(?:举措|舉措|措施|方式|形式|手段|途径|途徑)$")
#: A quoted count of the figures just named, opened before the figure: “三个100%”.
QUOTED_COUNT = re.compile(r"[“\"][一二两兩三四五六七八九十][个個]$")


#: The last of places listed, then how many they are: (河南、)湖北两省, (青岛、)定西两市.
PLACES_COUNTED = re.compile(r"[\u4e00-\u9fff]{2,3}[两三四五六七八九十](?:省|地|市|州|县|区)")


def _shortened(label: str, limit: int, keep_front: bool = False,
               marks: str = LABEL_BREAKS) -> str:
    """`label` cut to at most `limit` characters where a word ends: its end kept (the words
    nearest a figure written after them), or with `keep_front` its start; kept whole up to
    MAX_LONG_LABEL when no boundary does."""
    breaks = {i + 1 for i, c in enumerate(label) if c in marks
              and not (c == "对" and label[i + 1:i + 2] == "口")  # 对口 is one word
              and not label.startswith(NAMES_WITH_LEADING_WORDS, i)  # nor is 和田
              and not (c == "、" and PLACES_COUNTED.match(label, i + 1))}  # 河南、湖北两省
    verbs = {m.start() for m in LEADING_VERB.finditer(label)}
    if verbs:  # 大唐集团和江苏省援建…: never the second of two who did it, as if alone
        breaks -= {i + 1 for i, c in enumerate(label[:min(verbs)]) if c in JOINS}
    breaks |= verbs
    if keep_front:
        cuts = [q if q - 1 < 0 or label[q - 1] not in marks else q - 1
                for q in breaks if 2 <= q <= limit + 1]
        cut = max(cuts, default=0)
        if cut >= 2:
            return label[:cut].rstrip(marks)
    else:
        cuts = [p for p in breaks if len(label) - p <= limit and len(label) - p >= 2]
        if cuts:
            return label[min(cuts):]
        longer = [p for p in breaks if 2 <= len(label) - p <= MAX_LONG_LABEL]
        if longer and len(label) > MAX_LONG_LABEL:  # 捐赠香格里拉…重建资金: from its verb,
            return label[min(longer):]  # never through a name
    if len(label) <= MAX_LONG_LABEL:
        return label
    return label[:limit] if keep_front else label[-limit:]


#: What a list before 分别 measures, after its last item: 茶叶、花卉、中药材产量分别增长….
LIST_MEASURE = re.compile(r"产量|产值|收入|销售额|销量|规模|面积|人数|数量|比例|比重|占比|增速|"
                          r"覆盖率|参保率|贫困发生率|发生率|资金")
#: Words before a list that are none of its items: 今年苹果和花椒.
LIST_LEAD = re.compile(r"^(?:今年|去年|全年|同期|其中|目前|当年)+")
#: A rate of output between a count and what it counts: 两条(日产5000吨)生产线.
CAPACITY = re.compile(r"日产|年产|日处理|年处理")
#: What a share of something is used for, right after it: (资金的80%)主要用于民生项目.
SHARE_USED_FOR = re.compile(r"(?:直接|主要|重点|专门|全部|均|都)?"
                            r"(?P<use>(?:用于|用在|投向|落实于|落实到)[\u4e00-\u9fff][\u4e00-\u9fff、]{1,15})"
                            r"(?![\u4e00-\u9fff、])")  # to the clause end, or nothing
#: A head noun right before a 的: what is counted, not whose it is (20个贫困村的村民).
HEAD_ENDING = re.compile(HEAD_NOUNS.pattern + "$")
#: What joins the items of a list before 分别: 茶叶、花卉和中药材.
LIST_JOINS = "[、和与及]"
#: The longest name of funds taken whole from the figure before (援建资金, 财政援助资金).
MONEY_NAME_MOST = 6
#: A giving place's name opening some words: 江苏, 天津市.
GIVER_OPENING = re.compile("(?:{})[省市区]?".format(
    "|".join(sorted((name for name in GIVERS if len(name) > 1), key=len, reverse=True))))
#: What follows a verb that is a noun in a kind's name: 政权建设类项目, 基层组织和政权.
KIND_AFTER_VERB = "类和与及"
#: What joins the names of a list of places: not the 和 that opens a name (策勒、和田), nor
#: 及其 (日喀则市及其下辖桑珠孜…: the place, then its own).
PLACE_LIST_JOINS = re.compile("、|及(?!其)|和(?!{})".format("|".join(
    name[1:] for name in NAMES_WITH_LEADING_WORDS if name.startswith("和"))))
#: The longest a list's first item is taken to be when no other item shows its length.
FIRST_ITEM_MOST = 8
#: The longest any item of a list is (县及县以下基层领域).
ITEM_MOST = 10
RESPECTIVELY = "分别"
#: Where what follows a figure turns to another one: 累计提升3000名….
NEXT_PREDICATE = re.compile(r"累计|共计|总计")
#: What the thing counted is for, after it: (茶苗)帮助(贫困地区群众脱贫), 助力.
PURPOSE_AFTER = re.compile(r"帮助|助力")
#: For each classifier, the noun it counts written right after it (1104头育肥牛) and after
#: what is said of it (7辆满载着…的货车), as AGREEING says how that noun ends.
AGREEING_NOUNS = {
    # 165辆纯电公交车, 3000株优质水蜜桃苗 (not 来自外地的茶: a relative clause, read below)
    classifier: (re.compile(rf"(?:农村|城镇)?(?:(?!的|了|建立|成立|结成)[\u4e00-\u9fff]){{0,7}}"
                            rf"[{ends}]"),  # (十多所学校建立了校际…: the schools)
                 re.compile(rf"[^，,。；;：:]{{2,24}}?的(?P<head>[\u4e00-\u9fff]{{0,5}}[{ends}])"))
    for classifier, ends in AGREEING.items()}
#: Who gave, named before the verb of what they gave: 某公司(捐赠), 爱心人士(捐款).
DONOR = re.compile(r"[\u4e00-\u9fff]+(?:公司|集团|企业|协会|商会|基金会|银行|医院|大学|学校|单位"
                   r"|人士|个人|校友|职工|员工|干部)(?:向[\u4e00-\u9fff]{1,6}?|为[\u4e00-\u9fff]{1,6}?)?$")
#: One county's (one person's…) share, just before the figure: 县均800万元.
PER_HEAD = re.compile(r"(?P<each>[县乡镇村户人]均)(?:不到|不足|近|约|超过)?$")
#: How long, before the words that sum over it: 三年累计, 16年来 (the period keeps it).
DURATION = re.compile(r"(?:近|最近|连续)?(?<![0-9])[0-9一二三四五六七八九十两]{1,3}年"
                      r"(?:间|来|内|(?=累计|共|投入|实施|安排|落实|完成|近|保持))"  # 13年间: all
                      r"|连续[0-9一二三四五六七八九十两]{1,3}年")  # 连续两年(发送…): for how long
#: Names in quotes just before a count, examples of what it counts: “粤菜师傅”“广东技工”.
QUOTED_NAMES_END = re.compile(r"(?:“[^”]{1,12}”、?){2,}$")
#: What a figure says of a thing named earlier in its sentence, with nothing else: its size,
#: its cost, how many it holds (…修成了，占地12亩，能容纳450名学生).
ATTRIBUTE_ONLY = re.compile(r"总?(?:占地|占地面积|建筑面积|面积|投资|规模)|全长|总长|长度"
                            r"|[能可]?容纳[\u4e00-\u9fff]{0,4}")
#: A facility named just before a figure of what it cost or covers, in an earlier clause or a
#: caption's sentence: 修建夺底水电站，…投资844.8万元; 拉萨饭店。…总投资8500余万元.
FACILITY_KINDS = ("水电站|电站|饭店|宾馆|酒店|公路|大道|路|干线|大桥"
                  "|工程|小学|中学|学校|医院|卫生院|幼儿园|图书馆|体育馆|博物馆|纺织厂|毛纺厂|工厂"
                  "|园区|基地|中心|大楼|市场|项目|广场|会堂|教学楼|河桥")
FACILITY = re.compile(rf"[\u4e00-\u9fff]{{2,14}}?(?:{FACILITY_KINDS})")
#: A clause that is a facility's name whole, opening its sentence: 嘉黎县中学图书馆，….
FACILITY_CLAUSE = re.compile(rf"[\u4e00-\u9fff]{{2,16}}(?:{FACILITY_KINDS})")
#: What is said right after such a name: (光缆干线)开工建设, (…阵地项目)位于县城中心地段.
FACILITY_DONE = re.compile(r"开工|建成|竣工|正式|投入使用|位于")
#: Verbs a facility's name may follow in its clause: 修建夺底水电站.
BUILDING_VERBS = ("修建", "援建", "新建", "兴建", "建设", "建成", "扩建", "改造")
#: How long a sentence that only names a thing may be (a caption before its figures).
CAPTION_LENGTH = 40
#: That thing, pointed at: 这所幼儿园, 该项目, 此基地.
DEMONSTRATED = re.compile(r"(?:这|该|此)一?[所个座家处项栋条]?(?P<noun>[\u4e00-\u9fff]{0,8}?"
                          r"(?:幼儿园|学校|小学|中学|医院|卫生院|车间|工厂|厂房|园区|产业园|基地|中心"
                          r"|项目|工程|合作社|企业|公司|大楼|市场|冷库))")
#: An attribute said of "this" thing, named after the figure: 这座(总投资)1.5亿元的园区.
POINTED_ATTRIBUTE = re.compile(r"(?:这|该|此)一?[所个座家处项栋条]?"
                               r"(?P<attribute>总投资|投资|占地面积|占地|总面积|面积|建筑面积)")
#: A numbered item opening its sentence with a name and a colon: 1.…项目（…）：, （二）…：.
ITEM_HEADING = re.compile(r"\s*(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,2}[）)])"
                          r"(?P<name>[^：:。；;，,]{4,60}?)[：:]")
#: 本次 before what an item's sum is: (本次)安排资金 — this round's, as the period says.
THIS_ROUND = re.compile(r"本次|本年度|今年")
#: What is in brackets inside such a name: its code, its kind of task.
BRACKETED = re.compile(r"[（(][^）)]{0,30}[）)]")
#: A year written inside such a name, which is the period's: 叶城县2026年洛克乡….
ITEM_YEAR = re.compile(r"(?:19|20)\d\d年度?")
#: The words of a figure that say only what of an item it is: 投资, 本次安排资金.
ITEM_ATTRIBUTE = re.compile(rf"总?投资|(?:{THIS_ROUND.pattern})?(?:安排|下达|拨付)(?:项目)?资金"
                            r"|资金")
#: A clause that only gives an attribute and its figure: 占地约6000亩, 总投资1.2亿元.
ATTRIBUTE_CLAUSE = re.compile(r"(?:" + ATTRIBUTE_ONLY.pattern + r")[约近超逾达]?"
                              r"[0-9０-９.．]+[\u4e00-\u9fff]{1,4}")
#: A quoted name closing a clause: what the attributes in the clauses after it are of.
QUOTED_AT_END = re.compile(r"“([^”]{2,12})”$")
#: What the project pointed back to cost: 该项目(总投资), 该项目(计划实施资金).
POINTED_PROJECT = re.compile(r"(?:这|该|此)(?:个|一)?项目"
                             r"(?P<attribute>[\u4e00-\u9fff]{0,6}?(?:总投资|投资|资金|投入))")
#: The kind of thing such a figure is of, after it: 的园区, 的学校.
POINTED_KIND = re.compile(r"的(?:园区|示范园|产业园|基地|学校|医院|中心|工程|项目|工厂|车间)")
#: A facility as a sentence names it, to its kind: 格桑塘现代农牧产业示范园.
FACILITY_NAMED = re.compile(r"[\u4e00-\u9fff]{2,16}?(?:示范园|产业园|园区|基地|学校|医院|中心|工程"
                            r"|项目|工厂|车间)")
#: Verbs that make what follows do something (力争使8个地区…, 让3000户…): no label's words.
CAUSATIVES = ("使", "让", "促使", "推动")
#: Verbs that say what follows is a part of something: 含3条生产线, 包括82户.
PARTS_OF = ("含", "包含", "包括")
#: What became of those a count counts, closing its clause: (41.9万名贫困人口)脱贫.
RESULT_AFTER = re.compile(r"(?:实现|稳定|均已|已)?(?:脱贫摘帽|脱贫出列|脱贫|增收致富|增收|就业"
                          r"|受益|致富|摘帽|出列|竣工投产|建成投产|投产|竣工"
                          r"|现场签约|开工)"  # (50个项目)现场签约, (10个项目)开工
                          r"|(?:全部)?进入前列")
# ((87个项目)竣工投产, (5个共建园区)全部进入前列; 其他7个项目全部完工 stays the others')
#: A per-unit phrase that names nothing alone: 每亩, 每人 (每亩增加了30公斤 keeps 增加).
EACH_ALONE = re.compile(r"每个?[\u4e00-\u9fff]")
#: A second "each" just before a sum's 每: 每个贫困县每年.
EACH_BEFORE = re.compile(r"每个?[\u4e00-\u9fff]{1,4}$")
#: The end of a list of projects: 道路硬化、危房改造等项目.
PROJECTS_LISTED = re.compile(r"等(?:[一二三四五六七八九十\d]+[个项类])?(?:项目|工程)")
#: A level's measure opening a clause, then what is said of it: 林芝地区生产总值(的飞跃).
MEASURE_OPENING = re.compile(r"[\u4e00-\u9fff]{0,8}?"
                             r"(?:生产总值|产值|收入|销售额|总额|总量|规模|人数)(?=的)")
#: Words inside a label that only say one thing came after another: 北京知名企业先后投资
#: (累计 stays: 浙商企业累计投资 is a running total's name).
SUMMING_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff])(?:先后|陆续|相继)(?=[\u4e00-\u9fff])")
#: Words opening a label that say it is a part of something said before: 其中, 包括.
PART_OPENING = re.compile(r"其中|包括|包含|含(?![量金])(?=[\u4e00-\u9fff]{2})")  # not 含量
#: A caption's note in brackets: (无人机照片), （记者某某摄）.
PHOTO_NOTE = re.compile(r"[（(][^（）()]{0,12}(?:照片|摄|供图|图)[）)]")
#: A word's reading in Latin letters, in brackets after it: 援藏(yuánzàng).
ROMANISED = re.compile(r"[（(][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]+[)）]")
#: Funds named by whose they are and no more: 援藏资金, 帮扶资金, 资金.
GENERIC_FUNDS = re.compile(r"(?:援[疆藏青]|帮扶|协作|财政|对口支援|东西部协作)?资金")
#: The words of a project's label that name no kind of project: 安排援疆(项目), 对口帮扶;
#: what is left without them is its kind (产业, 改善群众生产生活条件类).
GENERIC_PROJECT_WORDS = re.compile(r"安排|实施|签约|援建|新建|对口|援[疆藏青](?!类)"
                                   r"|帮扶|东西部扶贫协作|东西扶贫协作|东西部协作|协作")
#: Words that say a sum is what others were moved to give: 带动社会力量投入….
MOBILISED = re.compile(r"带动|动员|撬动|吸引|引导|社会力量|社会各界")
#: What a sum of goods or funds is worth, alone before it: 折合(1785万元).
VALUED_AS = ("折合", "价值", "合计", "折价", "总价值")
#: Funds or goods closing a clause, with up to four characters of what they are: 捐助款物.
GOODS_ENDING = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:" + MONEY_NOUNS.pattern + r")$")
#: A measure pointed at, named by the figure before it: 这一比例, 该比重.
POINTED_MEASURE = re.compile(r"(?:这|该|此)一?个?(?:比例|比重|占比|数字|数据|指标)")
#: A change's words that only say it is a yearly average: 年均(增长17.4%).
EACH_YEAR_ONLY = ("年均", "平均", "年平均", "每年平均")
#: Measures that name nothing without whose they are: 占比11% after 游客数量增幅114.2%、.
BARE_MEASURES = ("占比", "比重", "比例", "增幅", "增速", "占")
#: A share's words that say of what whole it is, not of what part: 占全疆, 占到总资金.
SHARE_OF_WHOLE = re.compile(r"占到?(?!地)[\u4e00-\u9fff\d]{1,10}")
#: What a rate writes after its unit: 2000吨/年.
PER_YEAR = ("/年", "/天", "/日")
#: A space between Chinese words: where a heading ran into its paragraph.
SPACE_IN_WORDS = re.compile(r"(?<=[\u4e00-\u9fff”）])[ \u3000\u00a0]+(?=[\u4e00-\u9fff“（])")
#: The other kinds of place a count of places counts, in brackets after the first: 市（州）.
OTHER_NAMES = re.compile(r"[（(][县区市州乡镇旗、]{1,6}[）)]")
#: A rise written as a sum, after what it is compared with: 比开发建设初期净(增加11400元).
COMPARED_BASE = re.compile(rf"{CHANGE_BASE}+?净?")  # 较3月6日
#: Words after a sum that say whom it aids, not what it is: (投入96亿元)对口支援喀什地区….
AIDED_AFTER = re.compile(r"(?:[（(][^）)]{0,10}[）)])?"
                         r"(?:对口(?:支援|帮扶|援助)|(?:支援|帮扶|援助)(?![资基款项金物专]))")
#: What an investment done says, naming no project: (实施项目2876个，)完成投资944亿元.
DONE_INVESTING = ("完成投资", "累计完成投资", "实际完成投资", "共完成投资",
                  # (投产项目3个，签约金额9000万元，到位资金6000万元: the projects')
                  "签约金额", "签约额", "签约总额", "到位资金", "实际到位资金", "实现到位资金")
#: The whole place whose area or people a figure is (全县面积): kept before the attribute.
WHOLE_PLACE = ("全县", "全州", "全市", "全省", "全区", "全旗", "全乡", "全镇", "全村")
#: What a place has that a figure measures, after the whole place's name.
PLACE_ATTRIBUTES = ("面积", "总面积", "土地面积", "国土面积", "人口", "总人口", "户籍人口",
                    "常住人口", "耕地面积", "森林覆盖率")
#: Verbs of being chosen or named, right after what a count counts: (4个岛屿)入选, 获评.
RECOGNISED = re.compile(r"入选|入围|获评|获批|荣获|获得|被评为|被命名为|被列为|列入|纳入|成为")
#: Words closing a clause that say its things are added up: (…的人数)相加，达到….
SUMMED_UP = ("相加", "加总", "合计", "加起来")
#: A number of 万 or 亿 with its unit unwritten: 新增459.19万.
BARE_WAN = re.compile(r"\d+(?:\.\d+)?(?:余|多)?[万亿]")
#: Classifiers a count of facilities opens with after its digits: 19个(重点园区).
COUNTING_CHARACTERS = "个家所座处条项批"
#: A number of 万 or 亿 with its unit unwritten, ending a label's words: (…资金)110亿.
BARE_WAN_ENDING = re.compile(rf"{BARE_WAN.pattern}的?$")
#: The kinds of figure that are a level, not a share or a change of one.
LEVEL_KINDS = ("money", "money_usd", "count", "people", "person_times", "area", "area_mu",
               "weight", "length", "volume", "energy", "power")
#: A change's verb and nothing else: 增加, 新增了.
CHANGE_VERB_ONLY = re.compile(rf"(?:新增|净增|{CHANGE_VERBS})了?")
#: The verb of a rise or fall ending the words before a figure: (较3月6日)新增(459.19万).
CHANGED_BY = re.compile(rf"{CHANGE_COMPARED}{CHANGE_VERB_ONLY.pattern}$")
#: A change's words that only say it changed, naming nothing: 增长(29.6%), 增幅(32.34%).
CHANGE_ONLY = ("增长", "增长了", "增幅", "增速", "提高", "提高了", "下降", "下降了", "降幅")
#: The words of a change that only say what it is compared with: 较2021年刚结对时(增长了).
COMPARISON_ONLY = re.compile(r"[，,]?(?:较|比|相比|同比)[^，。；;]{0,12}")
#: Places listed, then how many they are: 张家口、承德、保定三市 (their counties, all).
PLACES_NAMED = re.compile(r"(?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3}"
                          r"[两三四五六七八九十](?:省|市|州|县|区|地)$")  # 河南、湖北两地
#: Verbs written right before a list of places (负责百色、河池两市).
VERBS_OF_PLACES = frozenset(("负责", "帮扶", "支援", "覆盖", "涉及", "包括", "辐射", "结对", "惠及",
                             "援助", "对接", "联系"))
#: A town's or a village's name opening a phrase: 沙子镇, 三合村.
LOCAL_PLACE = re.compile(r"[\u4e00-\u9fff]{2,3}?(?:镇|乡|村|县|区)")
#: The verbs that open the clause saying what a sum pays for: 组织实施, 用于, 建设.
PURPOSE_VERB = re.compile(r"(?:组织实施|组织开展|组织|实施|用于|建设|完成)")
#: The verbs right after a sum, in its clause, that say what it pays for: (投资600万元)完善….
PAID_FOR_AFTER = re.compile(r"(?:用于|完善|新建|修建|扩建|改造|实施)")
#: What was measured of something, at the end of its label: 农产品总价值 → 农产品.
MEASURED_OF = re.compile(r"(?:总)?(?:价值|金额|重量|数量|规模)(?:达|为|约)?$")
#: What a percentage is a share of, written right after it: 30%农副产品采购配额, 80%的农户.
SHARE_OF = re.compile(rf"的?(?P<of>(?!{'|'.join(BOUND_WORDS)}|是|为|和|及|与|增长|提高|下降|用于)"
                      r"[\u4e00-\u9fff]{2})")
#: Where an item of a list of shares ends: (1/4的水产品)、(1/5的肉类)和….
LIST_ITEM_END = re.compile(r"[、，,。；;]|和|及")
#: A length that is how tall, long, wide or deep something named after it is: 19.99米高的西极塔.
DIMENSION_OF = re.compile(r"(?P<dimension>[高长宽深])的(?P<noun>[\u4e00-\u9fff]{2,8}?)"
                          r"(?=[，,。；;、]|是|$)")
#: The 地 of 230亩地, the unit's own word (not the 地 of 地膜).
MU_OF_LAND = re.compile(r"地(?=[，,。；;、的）)\s]|$)")
#: Verbs after 分别 that only link the subject to its figure: not part of a label.
COPULAS = ("达", "达到", "为", "是", "有", "共")


def _respective(text: str, figure: Figure, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    """The k-th item of the list a 分别 refers to, for the k-th figure after it, with what
    the list measures and the verb after 分别: 茶叶、花卉…产量…分别增长9%、11% → 茶叶产量增长,
    花卉产量增长. Nothing when the list and the figures do not pair up."""
    sentence_start, _ = sentence_bounds(text, figure.start, figure.end, lo, hi)
    sentence_start = max(sentence_start, figure.start - LOOK_BACK)  # linear in long lines
    at = text.rfind(RESPECTIVELY, sentence_start, figure.start)
    if at < 0:
        return _paired_without_fenbie(text, figure, sentence_start, hi)
    between = text[at + len(RESPECTIVELY):figure.start]
    joined = _joined_figures(text, at, hi)  # the figures joined by 、 or 和 after 分别
    chain: list[Chained] = [*joined]
    if joined and (shared := SHARING_ITS_UNIT.search(text, at, joined[0].start())):
        # 分别高出5.8和3.4个百分点: the 5.8 too, as the scan reads it
        chain = [_SharedUnit(shared.start(), shared.end("number"), joined[0]), *joined]
    starts = [m.start() for m in chain]
    if figure.start not in starts or len(chain) < 2:
        return ()
    k = starts.index(figure.start)
    # the list in the clause before 分别, its items joined by 、 or 和; else a list of the
    # sentence joined by 、, its measure cutting off the clause after it (…中药材产量继续
    # 保持增长势头，前三季度预计分别增长9%、11%)
    clause = re.split(r"[，,；;：:]", text[sentence_start:at])[-1]
    tries: tuple[tuple[int, str], ...] = ((at - len(clause), LIST_JOINS), (sentence_start, "、"))
    if clause.count("、") == len(chain) - 1:  # 保障和改善民生、县及县以下基层领域资金: items
        tries = ((at - len(clause), "、"), *tries)  # joined by 、 hold a 和 or 及 of their own
    for start, joins in tries:
        spans = _list_items(text, start, at, joins, chain, k, between, at + len(RESPECTIVELY))
        if spans:
            return spans
    if len(chain) == 2 and (both := _both_in_clause_before(text, sentence_start, at)):
        after = at + len(RESPECTIVELY)
        verb = re.fullmatch(r"[\u4e00-\u9fff]{1,4}", text[after:chain[0].start()])
        return (both.span(("first", "second")[k]),
                *((both.span("measure"),) if both.group("measure") else ()),
                *(((after, chain[0].start()),) if verb else ()))
    return _paired_with_figures_before(text, chain, k, sentence_start, at)


@dataclass(frozen=True)
class _SharedUnit:
    """A bare number written before a figure whose unit it shares (5.8和3.4个百分点), as one
    more figure of a chain: where it stands, and the figure's unit."""

    at: int
    stop: int
    figure: re.Match

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.stop

    def group(self, name: str | int = 0) -> str:
        return self.figure.group(name) if name == "unit" else ""


#: A figure of a chain after 分别: a match of one, or a number sharing the next one's unit.
Chained = re.Match | _SharedUnit


#: Two things and what of them both did, in the clause right before 分别: 贫困团场人均生产总值和
#: 农牧工家庭人均纯收入增幅均高于…，(分别高出…).
BOTH_BEFORE = re.compile(r"(?P<first>[\u4e00-\u9fff]{2,12}?)(?:和|与|及|、)"
                         r"(?P<second>[\u4e00-\u9fff]{2,14}?)"
                         r"(?P<measure>增幅|增速|增长率|比重|占比)?"
                         r"(?<![人户县村乡镇亩])(?:均|都)(?=[高低有超达增为在实是比较])")


def _both_in_clause_before(text: str, sentence_start: int, at: int) -> re.Match | None:
    """The two things a 分别 pairs its two figures with, when they open the clause before it
    and that clause says what both did (均高于…); None otherwise."""
    if text[at - 1:at] not in ("，", ","):
        return None
    clause = max(text.rfind(mark, sentence_start, at - 1) for mark in "，,；;：:") + 1
    return BOTH_BEFORE.match(text, max(clause, sentence_start), at - 1)


def _paired_with_figures_before(text: str, chain: Sequence[Chained], k: int,
                                sentence_start: int,
                                at: int) -> tuple[tuple[int, int], ...]:
    """The k-th of the figures before 分别, for the k-th figure after it, when no list of names
    stands before it: 完成生产总值28.6亿元，完成财政收入1.8亿元，分别比1994年增长4倍和10倍 →
    生产总值 + 增长, 财政收入 + 增长; () when they do not pair up."""
    base: tuple[tuple[int, int], ...] = ()
    closing = at
    if text[at - 1:at] not in ("，", ","):  # the figures close the clauses before 分别, or
        comma = max(text.rfind("，", sentence_start, at), text.rfind(",", sentence_start, at))
        if comma >= 0 and text[comma + 1:at] in COMPARED_ALIKE:
            closing = comma + 1  # …总投资2920.6亿元，…引资额1758.1亿元，同比分别增长14.6%和19.5%
        elif comma < 0 or not COMPARED_CLAUSE.fullmatch(text, comma + 1, at):
            return ()  # a clause of what they are compared with does: …81.27%…，较2017年
        else:
            base, closing = ((comma + 1, at),), comma + 1  # 摘帽县分别高10个百分点、5个…
    before = find_figures(text, max(sentence_start, closing - LOOK_BACK), closing)
    if len(before) < len(chain) or (base and len(before) != len(chain)):
        return ()
    spans = _label_naming(text, before[len(before) - len(chain) + k], sentence_start, closing)
    change = CHANGE_BEFORE.search(text, at + len(RESPECTIVELY), chain[0].start())
    if not spans:
        return ()
    if base:  # each rate, then what it is compared with and how it differs (高, 低)
        verb = (at + len(RESPECTIVELY), chain[0].start())
        return (*spans, *base, *((verb,) if 1 <= verb[1] - verb[0] <= 3 else ()))
    return (*spans, change.span()) if change else spans


#: Verbs of raising a sum, which say nothing of what it is for: 募集了97.43万元(设立…助学金).
RAISED = ("募集", "筹集", "出资", "捐资", "拿出", "筹措", "投入", "投入资金")
#: A fund a sum raised sets up, right after it, with whom: 设立珠海—绵虒扶贫助学金, (投入资金
#: 800万元)与县政府共同设立…风险补偿基金.
SET_UP_AFTER = re.compile(r"(?:与[\u4e00-\u9fff]{2,12}?(?:共同|联合))?"
                          r"(?P<fund>(?:设立|成立|建立|设置)[\u4e00-\u9fff“”—·]{0,14}?"
                          r"(?:基金|助学金|奖学金|专项资金|资金))")
#: A verb of holding or giving a share of a whole, and the whole, before the share: 占宿迁,
#: 贡献全市.
SHARE_VERB_WHOLE = re.compile(r"(?:占|贡献|提供|拥有)(?:了)?"
                              r"(?:全[国省市县州区]|[\u4e00-\u9fff]{2,4})?$")
#: Words saying only that each figure before is compared with its year before: 同比(分别增长…).
COMPARED_ALIKE = ("同比", "环比", "比上年", "较上年", "比去年", "较去年", "比上年同期",
                  "较上年同期")
#: A clause of what figures before it are compared with, before 分别: 较2017年摘帽县(分别高…).
COMPARED_CLAUSE = re.compile(r"(?:较|比|与)[^，,。；;]{1,16}?(?:相比)?")
#: What links a list to its figures when 分别 is not written: 基层、民生项目占比达83%和92%.
PAIRED_BY = re.compile(r"(?:达到|达|为|均为)$")


def _paired_without_fenbie(text: str, figure: Figure, sentence_start: int, hi: int
                           ) -> tuple[tuple[int, int], ...]:
    """The k-th item of a list for the k-th of figures of one unit joined by 、 or 和 after
    达 or 为, as if 分别 were written: 基层、民生项目占比达83%和92% → 基层项目占比, 民生项目占比."""
    beside = (text[figure.start - 1:figure.start] if figure.start else "",
              text[figure.end:figure.end + 1])
    if not any(c and c in "、和及与" for c in beside):  # no figure joined to it: the most
        return ()
    figures = list(FIGURE.finditer(text, max(sentence_start, figure.start - LOOK_BACK),
                                   min(hi, figure.end + LOOK_BACK)))  # linear in long lines
    at = next((i for i, m in enumerate(figures) if m.start() == figure.start), None)
    if at is None:
        return ()
    first = at
    while first > 0 and re.fullmatch(LIST_JOINS, text[figures[first - 1].end():
                                                      figures[first].start()]):
        first -= 1
    chain = _joined_figures(text, figures[first].start(), min(hi, figure.end + LOOK_BACK))
    if len(chain) < 2 or len({m.group("unit") for m in chain}) != 1:
        return ()
    linked = PAIRED_BY.search(text, sentence_start, chain[0].start())
    if linked is None:
        return ()
    clause = re.split(r"[，,；;：:]", text[sentence_start:linked.start()])[-1]
    return _list_items(text, linked.start() - len(clause), linked.start(), "、", chain,
                       at - first, "", chain[0].start())


def _joined_figures(text: str, start: int, hi: int) -> list[re.Match]:
    """The figures from the first at or after `start`, for as long as each is joined to the
    one before by 、 or 和: 9%、11%和4.8%."""
    chain: list[re.Match] = []
    for m in FIGURE.finditer(text, start, hi):
        if chain and not re.fullmatch(LIST_JOINS, text[chain[-1].end():m.start()]):
            break
        chain.append(m)
    return chain


def _list_items(text: str, sentence_start: int, at: int, joins: str, chain: Sequence[Chained],
                k: int, between: str, after: int) -> tuple[tuple[int, int], ...]:
    """The spans of the k-th figure's label from the list in text[sentence_start:at]; `after`:
    where the words after the list's marker (分别) begin."""
    parts = re.split(joins, text[sentence_start:at])
    if len(parts) < len(chain):
        return ()
    items = parts[-len(chain):]
    # what the list measures, written once after its last item (茶叶、花卉产量); or nothing,
    # each item naming its own measure (东西部协作资金和社会帮扶资金)
    measure = LIST_MEASURE.search(items[-1])
    if measure and items[0].endswith(measure.group()):
        measure = None  # 东西部协作资金和社会帮扶资金: each names its own
    last_item = items[-1][:measure.start()].removesuffix("的") if measure else items[-1]
    middle = [len(item) for item in items[1:-1]]
    first_item = LIST_LEAD.sub("", items[0])  # 今年苹果 → 苹果
    typical = sorted(middle)[len(middle) // 2] if middle else len(last_item) if measure else \
        max(len(last_item), min(len(first_item), FIRST_ITEM_MOST))
    items = [first_item[-typical:], *items[1:-1], last_item]
    if not all(re.fullmatch(rf"[\u4e00-\u9fff]{{1,{ITEM_MOST}}}", item) for item in items):
        return ()
    offset = sentence_start + sum(len(p) + 1 for p in parts[:-len(chain)])
    item_starts = []
    for number, part in enumerate(parts[-len(chain):]):
        first = offset + (len(part) - len(items[0]) if number == 0 else 0)
        item_starts.append((first, first + len(items[number])))
        offset += len(part) + 1
    verb = re.match(r"[\u4e00-\u9fff]{1,4}?(?=[0-9０-９])", between.lstrip("了") or "-")
    verb_span = (after, after + verb.end()) if verb and k == 0 else None
    spans = [item_starts[k]]
    if measure:  # where it is written in the last item (贫困发生率 after 黔南州的)
        measure_at = offset - len(parts[-1]) - 1 + measure.start()
        spans.append((measure_at, measure_at + len(measure.group())))
    if verb_span is None:  # the verb is written once, before the first figure
        first_between = text[after:chain[0].start()]
        verb = re.fullmatch(r"[\u4e00-\u9fff]{1,4}", first_between)
        if verb:
            verb_span = (after, chain[0].start())
    if verb_span and text[verb_span[0]:verb_span[1]] not in COPULAS:
        spans.append(verb_span)
    return tuple(spans)


def label_spans(simplified: str, figure: Figure, lo: int, hi: int
                ) -> tuple[tuple[int, int], ...]:
    """Where the label lies in the figure's clause, read in simplified characters: the words
    before the figure, or a verb before it and what it acts on after it; for figures after
    分别, the items of the list before it, one each. A count of places written with their
    own word (辖10县1区) counts that word: the words before it, then it (辖县, 辖区). No
    label crosses a space between words (a heading run into its paragraph)."""
    if (revised := _revised_in_brackets(simplified, figure, lo)) is not None:
        return _label_naming(simplified, revised, lo, hi)  # 项目131个（后增加到165个）: the same
    spans = []
    for start, end in _untrimmed_label_spans(simplified, figure, lo, hi):
        spaces = list(SPACE_IN_WORDS.finditer(simplified, start, end))
        kept = ((spaces[-1].end(), end) if spaces and end <= figure.start else
                (start, spaces[0].start()) if spaces and start >= figure.end else (start, end))
        if kept[1] > kept[0]:
            spans.append(kept)
    if spans and spans[0][1] <= figure.start:
        spans[0] = _past_listed_places(simplified, *spans[0])
    if spans and (borrowed := _verb_of_figure_joined_before(simplified, spans[0], lo)) \
            is not None:  # the join is no word of what is counted
        spans = [*borrowed, (spans[0][0] + 1, spans[0][1]), *spans[1:]]
    if spans and spans[-1][0] >= figure.end:  # what is counted, named after the figure
        spans[-1:] = _with_what_the_counted_did(simplified, figure, spans[-1], hi)
    return tuple(_without_respectively(simplified, spans, figure.start))


def _with_what_the_counted_did(simplified: str, figure: Figure, counted: tuple[int, int],
                               hi: int) -> list[tuple[int, int]]:
    """The spans of what a figure counts, written after it, with what the clause goes on to
    say of them where that names them better: what people took part in, the count of parks
    before the firms in them, the ties places formed, what they count as."""
    if figure.unit_kind in ("people", "person_times"):
        if simplified[figure.start - 1:figure.start] not in ("和", "、", "及", "与") and \
                (joined := TOOK_PART_AFTER.match(simplified, counted[1], hi)):
            return [counted, joined.span()]  # 34万名党员干部参与南北协作: what they took part in
            # (15名全国人大代表和3名省人大代表参加调研: what both did, said once, is neither's)
        return [counted]
    if figure.unit_kind != "count":
        return [counted]
    if (counted_again := COUNTED_AGAIN.match(simplified, counted[1], hi)) and \
            counted_again.group("unit") == figure.unit and \
            len(heads := list(HEAD_NOUNS.finditer(simplified, *counted))) >= 2:
        return [(counted[0], heads[0].end())]  # 7家共建园区规模以上企业达到160家: the parks are
        # the 7, the firms in them the 160
    if figure.unit != "对" and (paired := PAIRED_AFTER.match(simplified, counted[1], hi)):
        return [counted, paired.span()]  # 65个县（市、区）结成对口协作关系: the pairs they formed
    if (named_as := NAMED_AS_AFTER.match(simplified, counted[1], hi)) and \
            simplified[named_as.end("what") - 1] == simplified[counted[1] - 1]:
        return [named_as.span("what")]  # 苏北10个县作为重点结对帮扶县: as what they count
    return [counted]


#: A count of the same classifier right after a counted noun: (…企业)达到160家.
COUNTED_AGAIN = re.compile(r"(?:达到|达|超过|共有|有|为)?[0-9０-９][0-9０-９.．]*(?:余|多)?"
                           r"(?P<unit>[\u4e00-\u9fff])")
#: What the people counted took part in, right after their noun: (党员干部)参与南北协作.
TOOK_PART_AFTER = re.compile(r"(?:参与|参加)[\u4e00-\u9fff]{2,8}(?=[，,。；;、]|$)")
#: The ties the places or bodies counted formed, right after their noun: (县（市、区）)结成对口
#: 协作关系.
PAIRED_AFTER = re.compile(r"(?:结成|建立|形成)[\u4e00-\u9fff]{0,6}关系(?=[，,。；;、]|$)")
#: What the places counted count as, right after their noun: (县)作为(重点结对帮扶县).
NAMED_AS_AFTER = re.compile(r"作为(?P<what>[\u4e00-\u9fff]{2,10}?[县市区村镇乡])(?=[，,。；;、]|$)")
#: What brackets say before a figure that revises the one right before them: （后增加到(165个)）.
REVISED_TO = re.compile(r"[（(](?:后来|后|又|再|现|目前)?(?:增加|增至|调整|扩大|提高|增长|上调|减少"
                        r"|下降|压减)?(?:到|至|为)$")


def _revised_in_brackets(text: str, figure: Figure, lo: int) -> Figure | None:
    """The figure right before brackets whose only words revise it, the figure in them its
    new value: 确定援建项目131个（后增加到165个）; None when there is none."""
    opened = max(text.rfind("（", lo, figure.start), text.rfind("(", lo, figure.start))
    if opened < 0 or not REVISED_TO.fullmatch(text, opened, figure.start):
        return None
    before = _last_figure(text, max(lo, opened - 40), opened)
    return before if before is not None and before.end == opened else None


def _without_respectively(text: str, spans: list[tuple[int, int]], before: int
                          ) -> list[tuple[int, int]]:
    """The spans of words before the figure with any 分别 left inside them cut out: it pairs
    figures with their items and names nothing (3个村财政分别增收80万元、… → 财政增收; after
    the figure it ends what is counted: 4家签约代表分别与…)."""
    kept = []
    for start, end in spans:
        if end > before:
            kept.append((start, end))
            continue
        rest = start
        while (at := text.find(RESPECTIVELY, rest, end)) >= 0:
            if at > rest:
                kept.append((rest, at))
            rest = at + len(RESPECTIVELY)
        if end > rest:
            kept.append((rest, end))
    return kept


#: A share of a whole written before the first of two figures: (分别)占计划内资金总额的(49%和
#: 项目总数的47%).
SHARE_VERB_BEFORE = re.compile(r"(?:分别)?(?P<verb>占到?)[^，,。；;]{1,16}?的?[0-9０-９.．]+%$")


def _verb_of_figure_joined_before(text: str, span: tuple[int, int], lo: int
                                  ) -> tuple[tuple[int, int], ...] | None:
    """When a label's words open on the 和 that joins its figure to the one just before it,
    the verb that figure's words lend it: the share's 占 (…占资金总额的49%和项目总数的47% →
    占项目总数), else its clause's leading verb, if any (修建桥梁9088延米和渡口60处 → 渡口);
    None when the words open on no such join."""
    start, end = span
    if start - 1 < lo or text[start:start + 1] not in ("和", "及", "与", "、"):
        return None
    if share := SHARE_VERB_BEFORE.search(text, max(lo, start - 24), start):
        return (share.span("verb"),)
    if text[start] not in ("和", "及") or end - start < 3 or \
            not UNIT_END_BEFORE.search(text, max(lo, start - 4), start):
        return None
    verb = LEADING_VERB.match(text, clause_bounds(text, start, end, lo)[0])
    return (verb.span(),) if verb else ()


#: The end of a figure's unit, just before a 和 (延米, 万元, 个, %).
UNIT_END_BEFORE = re.compile(r"[0-9０-９][\u4e00-\u9fff]{0,3}$|[%％]$")


#: What joins two places of a list: 、, 和, 及, 与.
PLACES_JOINED = re.compile(r"[,，]?[、和及与]")


def _past_listed_places(text: str, start: int, end: int) -> tuple[int, int]:
    """A span that holds a list of places before what it measures, past them: (天津市、
    青岛市和)厦门市累计投入 → 累计投入, 上海市及…的嘉定区、闵行区、宝山区累计援助项目 → 累计援助
    项目; the scope and the givers say who, not a list or half of one."""
    chain_start, chain_end, count, cut = start, start, 0, start
    for offset, name in places_in(text[start:end]):
        at = start + offset
        if count and PLACES_JOINED.fullmatch(text, chain_end, at):  # (,、: a copy's stray
            count += 1  # comma before the list's mark)
        else:
            chain_start, count = at, 1
        chain_end = at + len(name)
        if count >= 2 or (chain_start == start > 0 and text[start - 1] in "、和及与"):
            cut = chain_end
    if cut > start and end - cut >= 2 and not text.startswith(("等", "的", "、"), cut):
        return cut, end
    return start, end


def _untrimmed_label_spans(simplified: str, figure: Figure, lo: int, hi: int
                           ) -> tuple[tuple[int, int], ...]:
    """The label's spans before `label_spans` trims them at a space: what they name, by what
    the figure measures and what the words around it leave out."""
    spans = _without_received_places(
        simplified, _without_durations(simplified, _label_spans(simplified, figure, lo, hi)))
    if spans and (bare := BARE_WAN_ENDING.search(simplified, *spans[-1])) and \
            bare.start() - spans[-1][0] >= 2:  # 占全年计划援助资金110亿的41.6%: not the 110亿
        spans = (*spans[:-1], (spans[-1][0], bare.start()))
    if spans and simplified.endswith(("之外", "以外"), *spans[-1]) and \
            spans[-1][1] - spans[-1][0] > 4:  # 在3.4亿元的基本任务量之外: what is beyond it
        spans = (*spans[:-1], (spans[-1][0], spans[-1][1] - 2))
    if len(spans) == 1 and simplified[spans[0][0]:spans[0][1]] in PLACE_ATTRIBUTES and \
            simplified[spans[0][0] - 2:spans[0][0]] in WHOLE_PLACE:
        spans = ((spans[0][0] - 2, spans[0][1]),)  # 全县面积2028.5平方公里: the county's area
    per_head = PER_HEAD.search(simplified, max(lo, figure.start - 8), figure.start)
    if figure.relation in ("从", "由") and per_head and all(
            not (a <= per_head.start() < b) for a, b in spans):  # 从原计划的县均800万元
        spans = (*spans, per_head.span("each"))
    words = "".join(simplified[a:b] for a, b in spans)
    # what the clause after a sum says it pays for (投资200万元，组织实施…公路改造): read once
    pays_for = _purpose_after(simplified, figure, hi) if figure.unit_kind == "money" and (
        INVESTED.fullmatch(words) or ATTRIBUTE_ONLY.fullmatch(words)) else None
    if simplified[figure.start - 1:figure.start] == "以" and spans and \
            (by := MEASURE_AFTER_YI.match(simplified, figure.end)):
        spans = (*spans, by.span("measure"))  # 宿迁以7.3%的增速(成为…): 宿迁增速
    elif figure.unit_kind in ("weight", "volume", "energy", "power") and spans and \
            (yearly := YEARLY_OUTPUT_END.search(simplified, *spans[-1])) and \
            (made := MADE_AFTER.match(simplified, figure.end)):
        spans = (yearly.span(), made.span("what"))  # 形成年生产7.2万吨天然矿泉水的规模 →
        # 年生产天然矿泉水: what is made, not the verb before
    elif "、" in words and figure.unit_kind == "count" and \
            (became := LISTED_BECAME.match(simplified, figure.end)):
        spans = (became.span("what"),)  # 常熟泗洪、吴江泗阳、江阴睢宁3家成为省级特色园区: what
        # the listed became, not the list again
    elif _names_nothing(simplified, spans):  # 共500余吨
        borrowed = _of_the_figure_before(simplified, figure, lo, hi)
        if borrowed and figure.unit_kind == "money" and \
                (done_verb := DONE_RIGHT_BEFORE.search(simplified, max(lo, figure.start - 3),
                                                       figure.start)) and \
                (counted := _last_figure(simplified, max(lo, figure.start - LOOK_BACK),
                                         figure.start)) is not None and \
                counted.unit_kind == "count":
            borrowed = (*borrowed, done_verb.span())  # 实施104个项目，预计全年完成3.92亿元: what
            # the projects will have done, not how many they are
        spans = borrowed or spans
    elif figure.unit_kind == "money" and words in OUTPUT_ALONE and spans and \
            simplified[spans[-1][0] - 1:spans[-1][0]] in ("，", ",") and \
            (product := _what_the_clause_before_made(simplified, spans[-1][0] - 1, lo)):
        spans = (product, *spans)  # 采摘鲜叶7000多斤，产值200多万元 → 鲜叶产值
    elif _place_word_length(words) == len(words) and spans[-1][1] < figure.start and (
            measure := _measure_of_the_figure_before(simplified, figure, lo, hi)):
        spans = (*spans, measure)  # 江苏人均GDP突破1万元，苏南超过2万元 → 苏南人均GDP
    elif words in REACHING and figure.unit_kind in ("people", "person_times", "count") and (
            reached_by := _what_reached(simplified, figure, lo, hi)):
        spans = (reached_by, *spans)  # 开展43期技能培训，惠及1530人 → 技能培训惠及
    elif (words.strip("、，, ") in ("和", "及", "与") or (
            FIGURE.search(words) and words.startswith(("和", "及", "与", "、")))) and (
            same := _of_the_figure_before(simplified, figure, lo, hi,
                                          kinds=(figure.unit_kind,), siblings=True)):
        spans = same  # 分别高10个百分点、5个百分点和15个百分点: the list's, not 和
    elif (figure.unit in ("项", "个") or (figure.unit_kind == "money" and not words.startswith(
            ("捐", *MEASURE_VERBS)))) and LEADING_VERB.fullmatch(words) and not (
            INVESTED.fullmatch(words) and pays_for) and (
            # (投资2000万元，实施…扩建工程: what the clause after names, not a project before)
            named := _projects_named_before(simplified, figure, lo)):  # 捐款 names it
        spans = (*spans, named)  # 安排项目49项…已实施22项 → 实施项目
    elif figure.unit_kind != "change" and COMPARED_BASE.fullmatch(words) and (
            previous := _of_the_figure_before(simplified, figure, lo, hi,
                                              kinds=(figure.unit_kind,))) and (
            verb := CHANGED_BY.search(simplified, spans[-1][0], figure.start)):
        # 收入达11976元，比开发建设初期净增加11400多元: the level's rise, not what it is
        # compared with (扶贫车间…已复工24740个，复工率86.98%，较3月6日增加4353个: of the 个)
        spans = (*previous, verb.span())
    elif figure.unit_kind == "points" and COMPARISON_ONLY.fullmatch(words) and (
            share := _of_the_figure_before(simplified, figure, lo, hi, kinds=("percent",))):
        spans = (*share, *spans)  # 复工率86.98%，较3月6日提高23.91个百分点 → 复工率较3月6日提高
    elif figure.unit_kind == "change" and (changed := _only_changed(simplified, figure, words,
                                                                    spans, lo, hi)) and (
            level := _of_the_figure_before(simplified, figure, lo, hi, kinds=LEVEL_KINDS)):
        spans = (*level, changed)  # 吸纳就业28.54万人，较3月6日增加6.52万人，增长29.6%
    elif figure.unit_kind == "money" and words.rstrip("了") in RAISED and (
            set_up := SET_UP_AFTER.match(simplified, figure.end,
                                         clause_bounds(simplified, figure.start, figure.end,
                                                       lo, hi)[1])):
        spans = (*spans, set_up.span("fund"))  # 募集了97.43万元设立…助学金: the fund it set up
    elif figure.unit_kind == "money" and words in MEASURE_VERBS and (
            acted_on := _verb_acted_on_before(simplified, words, spans[-1][0], lo)):
        spans = (acted_on,)  # 推动政府部门采购脱贫地区农副产品，去年已采购2.71亿元: what it bought
    elif figure.unit_kind == "change" and COMPARISON_ONLY.fullmatch(words):
        # 收入达13220元，较2021年增长了48.8%: a change of the level before (not of a share)
        spans = _of_the_figure_before(simplified, figure, lo, hi, levels_only=True) or spans
    elif figure.unit_kind == "money" and words in VALUED_AS and (
            valued := _goods_ending_clause_before(simplified, figure, lo)):
        spans = (valued, *spans)  # 捐助款物，折合1785万元 → 捐助款物折合
    elif POINTED_MEASURE.fullmatch(words) and (
            same := _same_unit_before(simplified, figure, lo)):
        spans = same  # …生产总值仅占全市的13.62%；2013年，这一比例(65.18%) → what the 13.62% is
    elif figure.unit_kind == "change" and words in EACH_YEAR_ONLY and (
            previous := _from_to_before(simplified, figure, lo, hi)):
        spans = (*previous, *spans)  # 生产总值由…增加到…，年均增长17.4% → 生产总值年均(增长)
    elif words in BARE_MEASURES and simplified[figure.start - len(words) - 1:
                                              figure.start - len(words)] == "、" and (
            figure_before := _figure_before(simplified, figure, lo)):
        # 天津籍游客数量增幅114.2%、占比11%: the share of whom the figure before is of
        previous = _label_spans(simplified, figure_before, lo, hi)
        measured = LIST_MEASURE.search("".join(simplified[a:b] for a, b in previous))
        if previous and measured and measured.start() >= 2:
            spans = ((previous[0][0], previous[0][0] + measured.start()), *spans)
    elif 2 <= len(words) <= 3 and spans[-1][1] <= figure.start and \
            not LEADING_VERB.fullmatch(words) and \
            words not in COPULAS and (subject := _subject_of_the_same_verb(
                simplified, figure, words, lo, hi)):
        spans = (subject, *spans)  # 援疆资金到疆新增103.1亿元，五年累计到疆573.2亿元: whose
    elif figure.unit_kind == "money" and SHARE_OF_WHOLE.fullmatch(words) and \
            len(spans) == 1 and simplified[spans[0][0]] == "占":
        spans = ((spans[0][0] + 1 + (simplified[spans[0][0] + 1] == "到"), spans[0][1]),)
        # 占全年计划援助资金110亿的41.6%: the 110亿 is the whole, named after 占
    elif SHARE_OF_WHOLE.fullmatch(words) and (
            whole_of := _share_of_the_figure_before(simplified, figure, spans, lo, hi)):
        spans = (*whole_of, *spans)  # 帮扶资金1400万元，占总帮扶资金的28% → 帮扶资金占总帮扶资金
    elif (pointed := POINTED_ATTRIBUTE.fullmatch(words)) and (
            owner := _named_in_sentence_before(simplified, figure, lo, hi)):
        # …格桑塘现代农牧产业示范园的牦牛群…。这座总投资1.5亿元的园区 → …示范园总投资
        spans = (owner, (spans[0][0] + pointed.start("attribute"), spans[-1][1]))
    elif ITEM_ATTRIBUTE.fullmatch(words) and (
            heading := _item_heading(simplified, figure, lo, hi)):
        this_time = THIS_ROUND.match(simplified, spans[0][0])
        own = ((this_time.end(), spans[0][1]), *spans[1:]) if this_time else spans
        spans = (*heading, *own)  # 1.某县洛克乡种植业基地配套建设项目：投资340万元 → its name
    elif (pointed := POINTED_PROJECT.fullmatch(words)) and (
            project := _project_named_before(simplified, figure, lo, hi)):
        # …乳制品加工项目在…开工。该项目总投资2.14亿元 → 乳制品加工项目总投资
        spans = (project, (spans[0][0] + pointed.start("attribute"), spans[-1][1]))
    elif ATTRIBUTE_ONLY.fullmatch(words) and not pays_for and \
            _count_summed_before(simplified, figure, lo, hi) is None and (
            owner := _demonstrated_before(simplified, figure, lo, hi)):
        spans = (owner, *spans)  # 这所幼儿园…修成了，占地12亩 → 幼儿园占地 (not when the
        # clause after says what the sum pays for)
    elif figure.unit_kind == "money" and (INVESTED.fullmatch(words) or words in DONE_INVESTING):
        if pays_for:
            spans = (pays_for, *spans)  # 投资200万元，组织实施…公路改造 → 公路改造投资
        elif (counted := _count_summed_before(simplified, figure, lo, hi)) is not None:
            # 规划内项目705个，投资95.56亿元 → 规划内项目投资
            counted_spans = _label_spans(simplified, counted, lo, hi)
            if len(counted_spans) > 1 and RESULT_AFTER.fullmatch(
                    simplified, *counted_spans[-1]):  # 11个项目建成投产，完成投资…: of the
                counted_spans = counted_spans[:-1]  # projects, not of what became of them
            if "共" in figure.qualifiers or words.startswith("总"):
                counted_spans = _items_listed(simplified, counted, lo, hi) or counted_spans
            spans = (*counted_spans, *spans)
    elif figure.unit_kind == "money" and GENERIC_FUNDS.fullmatch(words) and (
            projects := _projects_counted_before(simplified, figure, lo, hi,
                                                 any_kind=words == "资金")):
        spans = (*projects, *spans)  # 产业类项目12个，安排援藏资金8046万元 → 产业类项目援藏资金
    if len(spans) == 2 and spans[0][1] <= figure.start < figure.end < spans[1][0] and \
            ATTRIBUTE_ONLY.fullmatch(simplified, *spans[0]) and \
            simplified.startswith("的", figure.end):
        spans = (spans[1], spans[0])  # 占地15995平方米的幸福新村 → 幸福新村占地
    if figure.unit in BODY_WORDS:  # 市财政局等4部门: the bodies, after their examples
        unit = (figure.end - len(figure.unit), figure.end)
        before = tuple(span for span in spans if span[1] <= figure.start)
        if not before and simplified[figure.start - 1:figure.start] == "等" and \
                (listed := BODIES_LISTED.search(simplified, max(lo, figure.start - 16),
                                                figure.start)):
            return (listed.span(), unit)  # 中央组织部、教育部等八部委: those it names, then all
        examples = ((figure.start - 1, figure.start),) if before and \
            simplified[figure.start - 1] == "等" and before[-1][1] < figure.start else ()
        return (*before, *examples, unit) if before else (unit, *spans)
    if figure.unit not in PLACE_WORDS:
        return spans
    unit = (figure.end - len(figure.unit), figure.end)
    if (first := _first_place_listed(simplified, max(lo, figure.start - 40),
                                     figure.start)) is not None:
        # 疏勒、英吉沙、岳普湖三县: all three (英吉沙县、…和麦盖提县四县: their 县 once)
        return ((first, figure.start),) if simplified[figure.start - 1] == figure.unit[-1] \
            else ((first, figure.start), unit)
    before = tuple(span for span in spans if span[1] <= figure.start)
    after = [span for span in spans if span[0] >= figure.end]
    if not before and after and ALL_OF_THEM.match(simplified, after[0][0]):
        return (unit, *after)  # 13市全部进入百强: what all of them did, named by nothing before
    if before and (done := simplified.rfind("了", *before[-1])) >= 0 and \
            before[-1][1] - done > 2:  # 建立了环京3县 → 环京县
        before = (*before[:-1], (done + 1, before[-1][1]))
    if before and before[-1][1] - before[-1][0] > 6:  # too long: the verb goes before a name
        named_from = before[-1][0]  # 帮扶百色和河池11县 → 百色和河池县 (结对帮扶四川12市 stays)
        if simplified[named_from] in "已还又共":  # 已帮扶
            named_from += 1
        while simplified[named_from:named_from + 2] in VERBS_OF_PLACES:
            named_from += 2
        if before[-1][1] - named_from >= 2:
            before = (*before[:-1], (named_from, before[-1][1]))
    if before and before[-1][1] - before[-1][0] > 6:  # 有力推进了新疆喀什地区4县 → 喀什地区县
        words = simplified[before[-1][0]:before[-1][1]]
        kept = _shortened(words, 6, marks=LABEL_BREAKS + "了")
        before = (*before[:-1], (before[-1][1] - len(kept), before[-1][1]))
    return (*before, unit)


def _label_spans(simplified: str, figure: Figure, lo: int, hi: int
                 ) -> tuple[tuple[int, int], ...]:
    """The label's spans, read in stages: a list paired with its figures, or a bracket's part;
    else the words before the figure (`_words_before`), then what they act on after it, put
    together by what the figure counts (`_spans_chosen`)."""
    respective = _respective(simplified, figure, lo, hi)
    if respective:
        return respective
    part = _bracketed_part(simplified, figure, lo) or _part_after_whole(simplified, figure, lo, hi)
    if part:
        return part
    start, end = _clause_of(simplified, figure, lo, hi)
    words = _words_before(simplified, figure, start, end)
    if isinstance(words, tuple):  # 按每县6000万元: each county's share, and no more
        return words
    return _spans_chosen(simplified, figure, lo, start, end, words)


@dataclass
class _Before:
    """The words before a figure, as its label reads them: where they start and end; where a
    list of examples before them ends (学校、医院等1756个单位), or -1; the verb before such a
    list (选派…等领域171名干部); and the verbs among them."""

    start: int
    end: int
    examples: int
    list_verb: re.Match[str] | None
    verbs: list[re.Match[str]]


def _clause_of(simplified: str, figure: Figure, lo: int, hi: int) -> tuple[int, int]:
    """The figure's clause, within a list's marks and after a heading's dash, and never more
    than LOOK_BACK characters either side (so reading stays linear in long lines)."""
    start, end = clause_bounds(simplified, figure.start, figure.end, lo, hi)
    start, end = max(start, figure.start - LOOK_BACK), min(end, figure.end + LOOK_BACK)
    for mark in LIST_MARKS.finditer(simplified, start, end):  # - …, ■ …, … [4]: list marks
        if mark.end() <= figure.start:
            start = mark.end()
        elif mark.start() >= figure.end:
            end = mark.start()
            break
    dash = simplified.rfind("——", start, figure.start)
    if dash >= 0:  # 引进的企业——西部水泥集团投资17.6亿元: after the dash
        start = dash + 2
    opening = max(simplified.rfind("(", start, figure.start),
                  simplified.rfind("（", start, figure.start))
    if opening >= 0 and not any(c in simplified[opening:figure.start] for c in ")）"):
        closing = [at for at in (simplified.find(")", figure.end, end),
                                 simplified.find("）", figure.end, end)) if at >= 0]
        end = min(closing, default=end)  # (另外1亿元已提前用于…建设): the aside ends it
    opened = [m.end() for m in SPEECH_OPENING.finditer(simplified, start, figure.start)]
    if opened and "”" not in simplified[opened[-1]:figure.start]:
        start = opened[-1]  # 深情地说“从黑龙江远道而来的…26名同志: what is said
    return start, end


#: Where words quoted as spoken begin: 他说“…, 表示：“…
SPEECH_OPENING = re.compile(r"(?:说|道|表示|讲|称|介绍)[:：]?“")


#: What funds a sum came from, between what it paid for and the verb: (幼儿园)由苏陕扶贫资金安排.
FUNDED_BY = re.compile(r"由(?P<funds>[\u4e00-\u9fff]{2,10}?(?:资金|基金|款))"
                       r"(?:安排|投入|出资|补助|拨付|资助)")


def _words_before(simplified: str, figure: Figure, start: int, end: int
                  ) -> _Before | tuple[tuple[int, int], ...]:
    """The words before the figure that may name it: past the clause's period, subject and
    qualifiers, the list items and figures before it, a frame (在…上), what sums it (共有…)
    and the words that only qualify it; from its verb when one acts on them. A per-unit sum
    returns its spans at once."""
    before_start = _skip_leading(simplified, start, figure.start)
    listed = _list_mark(simplified, before_start, figure.start, last=True)  # 招聘会30场、培训…
    examples = listed  # 学校、医院等1756个单位: what a count counts after it, not the list
    if listed >= 0 and all(not_a_figure(simplified, m) or _opens_a_clause(simplified, m, listed)
                           for m in FIGURE.finditer(simplified, before_start, listed)):
        listed = -1  # 派出干部、教师、医生等人才1883人次: the list is what is counted (its
        # items hold no figure: in 10个市州建立体验馆、专区和专柜1700余个 the 10个 opens a
        # clause before the list; 整治12个小城镇、40个村庄 is a list of counts)
    if listed >= 0:
        before_start = listed + 1
    before_start, before_end = _past_the_figures_before(simplified, figure, before_start)
    if (aside := _set_aside_around(simplified, figure, before_start, before_end)) is not None:
        # 民生项目除两个…外: the figure is what is set aside; its words follow 除
        before_start = aside.start() + 1 + (simplified[aside.start() + 1] == "了")
    bracket = max(simplified.rfind("(", before_start, before_end),
                  simplified.rfind("（", before_start, before_end))
    if bracket >= 0 and not re.search(r"[)）]", simplified[bracket:before_end]):
        if bracket + 1 == before_end and bracket - before_start >= 2:
            before_end = bracket  # 污水处理厂(1万吨/天): what the bracket's figure is of
        else:
            before_start = bracket + 1  # 慈善人士（计划20—40万元: inside the bracket
    where = LOCATIVE.search(simplified, before_start, before_end)
    if where and CHANGE_VERB_ONLY.fullmatch(simplified, where.end(), before_end):
        before_start = where.start() + 1  # 在旅游发展基金中增加1亿元: what rose is the frame's
    elif where and before_end - where.end() >= 2:  # 在电商平台上年销售额 → 年销售额
        before_start = where.end()
    list_verb: re.Match[str] | None = None
    summed = ETC_ALL.search(simplified, before_start, before_end)  # 选派(…等领域)171名干部
    if summed:  # 培训经费、建设费用等各类对口支援资金 → 各类对口支援资金
        counting = [v for v in LEADING_VERB.finditer(simplified, before_start, summed.start())
                    if v.group() in MEASURE_VERBS]
        list_verb = counting[-1] if counting else None
        before_start = summed.end()
    per_unit = PER_UNIT.search(simplified, before_start, before_end)
    each_before = EACH_BEFORE.search(simplified, max(before_start, per_unit.start("each") - 6),
                                     per_unit.start("each")) if per_unit else None
    if per_unit and per_unit.group("each") in EVERY_SO_OFTEN and not each_before and (
            FROM_WORD.search(simplified, before_start, before_end)
            or (figure.unit_kind == "percent"
                and simplified[per_unit.start("each") - 1:per_unit.start("each")] == "以")):
        per_unit = None  # 资金由2012年前的每年2000万元(增加到…), 以每年8%的比例递增: how
        # often, in a from-to or a rate
    paired_from = FROM_WORD.search(simplified, before_start, per_unit.start("each")) \
        if per_unit else None
    if per_unit and paired_from and paired_from.end() == per_unit.start("each") and \
            paired_from.start() - before_start >= 2:
        # 价格由每斤20元(增至每斤60元): what is priced, then per what
        return ((before_start, paired_from.start()), (per_unit.start("each"), per_unit.end()))
    if per_unit:  # 10个重点帮扶县按每县6000万元 → 每县
        each = per_unit.start("each")
        if each_before:
            each = each_before.start()  # 每个贫困县每年: each county, each year
        counted = _counted_after(simplified, figure, end)
        # 每个贫困县每年1000万元扶贫协作资金: of what, when it is written after
        return ((each, per_unit.end()), *((counted,) if counted else ()))
    if (by := FUNDED_BY.search(simplified, before_start, before_end)) and \
            by.end() == before_end:  # 东关幼儿园由苏陕扶贫资金安排300万元: its funds, for it
        owner = max(before_start, simplified.rfind("的", before_start, by.start()) + 1)
        if by.start() - owner >= 2:
            return ((owner, by.start()), by.span("funds"))
    before_start, before_end = _without_qualifying_words(simplified, before_start, before_end)
    verbs = list(LEADING_VERB.finditer(simplified, before_start, before_end))
    before_start = _from_the_verb(simplified, before_start, before_end, verbs)
    pronoun = PRONOUN.match(simplified, before_start, before_end)
    if pronoun and before_end - pronoun.end() >= 2:
        before_start = pronoun.end()
    if simplified.startswith("对于", before_start) and before_end - before_start <= 6:
        before_start = before_end  # 对于这里8万多百姓来说: a frame; what it counts follows
    if before_start < before_end and any(
            pattern.fullmatch(simplified, before_start, before_end)
            for pattern in (TIME_WORDS, PERIOD)):
        before_start = before_end  # 今年52个挂牌督战县: when, naming nothing it counts
    if simplified[before_start:before_start + 1] == "对" and \
            simplified[before_start + 1:before_start + 2] not in ("口", "接", "外") and \
            simplified[figure.start - 1] == "的" and before_end - before_start > 3:
        before_start += 1  # 对县外务工的46.5万人开展回访: to whom it was done (not 对口)
    if before_end == figure.start and simplified[before_end - 1:before_end] in ("向", "给") \
            and simplified[before_end - 2:before_end] not in NOUNS_ENDING_IN_XIANG:
        before_start = before_end  # 负责同志向290多名…队员转达: to whom, named after it
    return _Before(before_start, before_end, examples, list_verb, verbs)


def _past_the_figures_before(simplified: str, figure: Figure, before_start: int
                             ) -> tuple[int, int]:
    """Where the words of the figure start and end, past the figures before it and what
    they counted: 从3市13个县扩大到7市州 → 扩大到; but figures written one after another
    share the words before the first (培训班538期2.23万人次, 派遣教师14批917人次)."""
    before_end = figure.start
    earlier = [m for m in FIGURE.finditer(simplified, before_start, figure.start)
               if not not_a_figure(simplified, m)]  # 一亩地的收入: 一亩 is no figure
    anchor = figure.start
    for previous in reversed(earlier):
        # in 互访15个团组共237人次 only 共 lies between, and the words before 15个 name both
        counted_noun = COUNTED_NOUN.match(simplified, previous.end(), anchor)
        counted_head = (COUNTED_HEAD.match(simplified, previous.end(), anchor)
                        if "元" not in previous.group("unit")  # a sum counts nothing, nor
                        and not simplified.startswith("的", previous.end())  # 7262吨的冷库52个
                        else None)
        if counted_head and (ADVERBIAL.match(simplified, counted_head.end(), anchor)
                             or QUALIFIER_WORDS.match(simplified, counted_head.end(), anchor)
                             or counted_head.end() == anchor):
            # 10位员工为…捐献衣物, 46期专题培训累计提升…: what they did is another's; and
            # in 60个贫困村1.2万户 the households are no 贫困村
            counted_noun = counted_head
        since = counted_noun.end() if counted_noun else previous.end()
        since = _past_per_year(simplified, since)  # 1.2万吨/年大丝束…: the unit's
        if previous.group("unit").endswith("元") and simplified.startswith("人民币", since):
            since += 3  # 100余亿元人民币支援…: the currency, named after the sum
        if alternative := re.match(r"[（(][^）)]{1,4}[）)]", simplified[since:anchor]):
            since += alternative.end()  # 8县（区）派遣…: the unit's other name is the unit's
        if simplified.startswith("的", since) and anchor - since >= 3:
            since += 1  # 可存储鲜货7262吨的冷库52个: what the figure before describes, counted
        between = simplified[since:anchor]
        if between in ("（", "(") and anchor == figure.start and _counted_after(
                simplified, figure, clause_bounds(simplified, figure.start, figure.end)[1]):
            return figure.start, figure.start  # 师生376名（350名大学生，…）: a part, its own noun
        if between[-1:] in ("和", "及", "与") and len(between) > 1 and \
                figure.unit.endswith(previous.group("unit")) and anchor == figure.start and \
                "\u4e00" <= simplified[figure.end:figure.end + 1] <= "\u9fff":
            return figure.start, figure.start  # 2.67万人住房问题和2.5万人饮水安全: what
            # follows it is its own, as what follows the first is the first's
        if between in ("和", "及", "与", "以及") and since > previous.end() and \
                anchor == figure.start and _counted_after(
                    simplified, figure, clause_bounds(simplified, figure.start, figure.end)[1]):
            return figure.start, figure.start  # 东部9个省(市)和4个计划单列市: its own noun
        if _has_words(between) or (since > previous.end() and (
                not between or between.endswith(("向", "对", "为", "给")))):
            # 17家单位累计向28个脱贫县: the counties are what the units gave to
            summed = QUALIFIER_WORDS.match(simplified, since, anchor)
            if summed and anchor - summed.end() >= 2 and not LEADING_VERB.fullmatch(
                    simplified, summed.end(), anchor):  # 8个地区共援助资金: 共 sums, no more
                since = summed.end()
            if simplified[since:since + 1] in ("，", ",", "；", ";"):  # …968.72亿元，其中1994
                since = _skip_leading(simplified, since + 1, anchor)  # 年至2004年达…: a clause's
            elif simplified[since:since + 1] == "中" and previous.group("unit")[-1:] in AMONG_UNITS:
                since += 1  # 贫困人口5万多人中白裤瑶贫困人口为2.3万人: among them
            return since, before_end  # opening, past its period and qualifiers
        before_end = anchor = previous.start()
    return before_start, before_end


def _without_qualifying_words(simplified: str, before_start: int, before_end: int
                              ) -> tuple[int, int]:
    """The words before a figure less those that only qualify it: a change's verb (一级果率
    增长57% → 一级果率), the words trailing before it (达, 累计, 约…), a from-to's base year,
    共, and who sums it (工作队共有挂职干部和人才248名 → 挂职干部和人才)."""
    if (base := BASE_FRAME.search(simplified, before_start, before_end)) and \
            base.start() - before_start >= 2:
        before_end = base.start()  # 固定资产投资在2015年的基础上年均(增长) → 固定资产投资
    trailing = TRAILING_WORDS.search(simplified, before_start, before_end)  # $ at before_end
    change = CHANGE_BEFORE.search(simplified[before_start:before_end])
    # but 比2010年增长 says what it is, and stays whole
    if change and not COMPARED_WITH.fullmatch(simplified, before_start,
                                              before_start + change.start()) \
            and simplified[before_start + change.start() - 1:before_start + change.start()] \
            != "新" \
            and not EACH_ALONE.fullmatch(simplified, before_start, before_start + change.start()):
        # 新增加28个县: a verb, not a change; 每亩增加了30公斤: 每亩 alone names nothing
        before_end = before_start + change.start()
        if (hedged := TRAILING_WORDS.search(simplified, before_start, before_end)) and \
                hedged.start() - before_start >= 2:  # 茶叶产量可提高20% → 茶叶产量
            before_end = hedged.start()
    elif trailing:
        before_end = trailing.start()
    from_year = FROM_YEAR.search(simplified, before_start, before_end)  # 收入从2021年的
    if from_year:
        before_end = from_year.start()
        if (again := TRAILING_WORDS.search(simplified, before_start, before_end)) and \
                again.start() - before_start >= 2:  # 协作资金合计从原计划的 → 协作资金
            before_end = again.start()
    if before_end - before_start >= 3 and simplified[before_end - 1] == "共" and \
            simplified[before_end - 2] != "公":
        before_end -= 1  # 带动当地贫困户共200余人: 共 sums, it names nothing
    summing = [q for q in SUMMING.finditer(simplified, before_start, before_end)
               if before_end - q.end() >= 2
               and not KIND_SUMMED.search(simplified, before_start, q.start())]
    if summing:  # (经济建设类项目合计引进资金: the kind summed, not who sums it)
        before_start = summing[-1].end()
    if HOW_OFTEN.fullmatch(simplified, before_start, before_end):
        before_start = before_end  # 每年都有(百名上海干部): how often, which names nothing
    return before_start, before_end


#: Verbs that make a sum another measure than the funds given: 引进帮扶资金 is money brought
#: in from others, not 投入帮扶资金.
BROUGHT_IN = ("引进", "争取", "招引")
#: A kind of thing, just before the word that sums it: 经济建设类项目(合计).
KIND_SUMMED = re.compile(r"(?:类|项目|工程)$")
#: An adverb of what is done, alone before its verb: 已(销售), 还(采购).
DONE_ADVERB = re.compile(r"已经|已|还|也|都|均|共")
#: How often, alone before a figure: 每年都(有百名干部), 年年.
HOW_OFTEN = re.compile(r"(?:每年|每月|每季度|每周|每天|年年|月月)(?:都|均|还|也)?")


def _from_the_verb(simplified: str, before_start: int, before_end: int,
                   verbs: list[re.Match[str]]) -> int:
    """Where the words start when a verb acts on them: 通过…渠道销售农畜产品, 在天津设立展销中心
    from the last verb; but 农村劳动力转移就业 is one noun phrase and stays whole, and a light
    verb keeps what it acts on before it (帮助农村劳动力实现就业 → 农村劳动力实现就业)."""
    verbs = [v for k, v in enumerate(verbs)  # 落实产业转移项目资金: 产业转移 is a noun's
             if not (k and simplified[verbs[k - 1].end():v.start()].endswith(FIELDS_BEFORE_VERBS)
                     and v.start() - verbs[k - 1].end() <= 6)]
    if verbs and verbs[-1].end() == before_end and verbs[-1].group() in MEASURE_VERBS and \
            (SUBJECT_DONE.search(simplified, before_start, verbs[-1].start())
             or DONE_ADVERB.fullmatch(simplified, before_start, verbs[-1].start())):
        return verbs[-1].start()  # 中西部省份已销售(415.98亿元扶贫产品): what was sold, after it
    acting = [v for v in verbs if before_end - v.end() >= 2  # 举办干部人才培训: not 培训
              and simplified[v.end()] not in KIND_AFTER_VERB  # 政权建设类, 基层组织和…: nouns
              and not ("、" in simplified[before_start:v.start()]  # 住房、城镇基础设施建设等
                       and "等" in simplified[v.end():before_end])]  # 项目: a list's item
    doing = [v for v in verbs if simplified[v.end():v.end() + 1] not in KIND_AFTER_VERB]
    if acting and (len(doing) > 1 or ADVERBIAL.match(simplified, before_start,
                                                     acting[-1].start())
                   or SUBJECT_DONE.search(simplified, before_start, acting[-1].start())
                   or (acting[-1].group() in MEASURE_VERBS  # 某公司捐赠物资价值 → 捐赠物资价值
                       and DONOR.search(simplified, before_start, acting[-1].start()))):
        last = acting[-1]
        earlier_verbs = [v for v in verbs if v.end() <= last.start()]
        if last.group() in LIGHT_VERBS and earlier_verbs:
            return earlier_verbs[-1].end()
        start = last.start()
        for earlier in reversed(earlier_verbs):  # 采购、销售农特产品: both verbs act on it
            if last.group() not in MEASURE_VERBS or earlier.group() not in MEASURE_VERBS or \
                    simplified[earlier.end():start] not in ("", "、", "和"):
                break
            start = earlier.start()
        return start
    return before_start


def _set_aside_around(text: str, figure: Figure, start: int, stop: int
                      ) -> re.Match[str] | None:
    """The 除…外 the figure stands in, its 除 within text[start:stop]: 除两个跨年度项目外."""
    set_aside = text.rfind("除", start, stop)
    aside = EXCEPT.match(text, set_aside) if set_aside >= 0 else None
    return aside if aside and aside.end() > figure.start else None


def _head_phrase_end(text: str, at: int, end: int) -> int:
    """Past the head nouns written one after another from `at`: 乡镇 + 援疆干部, 现代新型农村 +
    社区."""
    while more := COUNTED_HEAD.match(text, at, end):
        at = more.end()
    return at


def _past_per_year(text: str, at: int) -> int:
    """Past the /年 a rate writes after its unit (1.2万吨/年), which belongs to the figure."""
    return next((at + len(rate) for rate in PER_YEAR if text.startswith(rate, at)), at)


def _opens_a_clause(text: str, m: re.Match[str], listed: int) -> bool:
    """Whether the figure `m`, before a list's 、 at `listed`, is followed by a clause of its
    own (a verb and what it acts on) rather than by the noun it counts."""
    after = text[m.end():listed]
    return len(after) > 8 and LEADING_VERB.search(after) is not None


def _list_mark(text: str, start: int, end: int, last: bool = False) -> int:
    """Where the first (or last) 、 of text[start:end] is, outside brackets: the 、 of
    县（市、区） parts no list; -1 when there is none."""
    depth, found = 0, -1
    for at in range(start, end):
        char = text[at]
        if char in "(（":
            depth += 1
        elif char in ")）":
            depth = max(0, depth - 1)
        elif char == "、" and depth == 0:
            if not last:
                return at
            found = at
    return found


#: The rest of a list of examples after the first, then the kind they are of (、医生、农技
#: 人员等专技人才): what a count before the first example counts.
#: Kinds of what a count counts, each named by its own head noun, listed after it (学校、医院、
#: 社会组织等): all of them, not the first.
KINDS_LISTED = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?(?:" + HEAD_NOUNS.pattern + r")、)+"
                          r"[\u4e00-\u9fff]{0,4}?(?:" + HEAD_NOUNS.pattern + r")等?")
EXAMPLES_OF_A_KIND = re.compile(r"(?:、[\u4e00-\u9fff]{1,6}?)+等(?P<kind>[\u4e00-\u9fff]{0,6}?"
                                + HEAD_NOUNS.pattern + ")")


#: Units of those a clause may go on to count some of, after 中: 5万多人中(白裤瑶…2.3万人).
AMONG_UNITS = ("人", "名", "户")


def _words_after(simplified: str, figure: Figure, end: int) -> tuple[int, int]:
    """The words after the figure that may say what it counts or what was done with it: to
    the clause's end, a list's next item or the next predicate (累计…)."""
    after_start = _past_per_year(simplified, figure.end)  # 2000吨/年的…
    if simplified.startswith("中", after_start) and figure.unit[-1:] in AMONG_UNITS:
        return (after_start, after_start)  # 5万多人中白裤瑶…: some of them follow, not what
    while after_start < end and simplified[after_start] in "的之为是":
        after_start += 1
    if following := FIGURE.match(simplified, after_start, end):  # 种植了50亩40万苗: another's
        after_start = following.end()
    if figure.unit == "亩" and MU_OF_LAND.match(simplified, after_start):  # 230亩地
        after_start += 1
    listed_after = _list_mark(simplified, after_start, end)
    after = (after_start, end if listed_after < 0 else listed_after)
    if (aside := EXCEPT.search(simplified, after_start, after[1])) and \
            aside.start() - after_start >= 2:
        after = (after_start, aside.start())  # 12个民生项目除两个跨年度项目外: not those
    elif (aside := _set_aside_around(simplified, figure, max(0, figure.start - 16),
                                     figure.start)) and \
            after_start <= aside.end() - 1 < after[1]:
        after = (after_start, aside.end() - 1)  # (除)两个跨年度项目外: what is set aside
    another = NEXT_PREDICATE.search(simplified, after_start, after[1])
    if another and another.start() - after_start >= 2:  # 12期专题培训累计提升3000名…
        after = (after_start, another.start())
    if simplified.endswith(("来说", "而言"), *after) and after[1] - after[0] > 2:
        after = (after[0], after[1] - 2)  # (对于这里8万多)百姓来说: the frame's end
    kinds = LISTED_HEAD.match(simplified, listed_after, end) if listed_after >= 0 else None
    if kinds and not HEAD_NOUNS.search(simplified, *after):  # 12个种植、养殖基地: all of it
        described = RELATIVE_HEAD.match(simplified, after_start, end)
        # 10多个环境优美、设施完善、群众满意的(现代新型农村社区): what the list describes
        after = (after_start, kinds.end())
        if described and described.start("head") > kinds.end():
            after = (described.start("head"), _head_phrase_end(simplified, described.end(), end))
    return after


def _spans_chosen(simplified: str, figure: Figure, lo: int, start: int, end: int,
                  words: _Before) -> tuple[tuple[int, int], ...]:
    """The label's spans from the words before the figure and after it, by what the figure
    is: a share of what follows it, a from-to, a sum invested in a project, a count of places,
    a count of what follows it, or the words before it."""
    before_end = words.end
    before = (words.start, words.end)
    verb = LEADING_VERB.match(simplified, words.start, before_end)
    kept_verb = verb is not None and (verb.group() in MEASURE_VERBS  # 捐赠帮扶资金 stays
                                      or (figure.unit_kind == "money"
                                          and verb.group() in BROUGHT_IN
                                          and simplified[verb.end():verb.end() + 1] != "的"))
    if verb and not kept_verb and before_end - verb.end() >= 4 and \
            simplified[verb.end()] not in "和及与、" and \
            not simplified.startswith("资金", verb.end()):  # 投入财政援助资金 → 财政援助资金
        # (but 投入和引进帮扶资金: both verbs, the second kept; 援建资金总额 is one noun)
        # 引进的企业, 安排了…, 拨付到(项目资金); not the 到 of 落实到位
        after_verb = verb.end() + (simplified[verb.end()] in "的了到给"
                                   and not simplified.startswith("到位", verb.end()))
        before = (after_verb, before_end)
    if words.verbs and (verb is None or not _only_a_place(simplified[verb.end():before_end])) \
            and _only_a_place(named := simplified[words.verbs[-1].end():before_end]) and \
            not named.startswith(("全", "当地", "本地", "周边")):  # 覆盖全州60个贫困村: whole
        verb = words.verbs[-1]  # 指挥部组织克州30名少年儿童: who did it, then whose people
    if verb and _only_a_place(place := simplified[verb.end():before_end]) and \
            figure.end < end and not is_giver(place):
        # 带动“东三县”9.8万人实现较稳定就业; 带动当地95户112人实现…: past the figures after it
        # (组织宁波市36家企业…: the givers' firms, counted)
        after_figures = figure.end
        while (more := FIGURE.match(simplified, after_figures, end)) and more.start() == \
                after_figures:
            after_figures = more.end()
        after_figures += simplified.startswith("的", after_figures)  # 带动全县80%的农户
        listed = _list_mark(simplified, after_figures, end)  # 解决周边22个村、11个社区…
        stop = end if listed < 0 else listed
        if (noun := COUNTED_NOUN.match(simplified, after_figures, stop)) and \
                FIGURE.search(simplified, noun.end(), stop):
            stop = noun.end()  # 组织全市16个结对帮扶县“牵手”甘肃34个…: the places it counts
        return (verb.span(), (after_figures, stop))
    rate_by = (RATE_BY.search(simplified, max(start, figure.start - 4), figure.start)
               if figure.unit_kind == "percent" else None)
    base = (SHARE_BASE.search(simplified, max(start, figure.start - 10), figure.start)
            if figure.unit_kind == "percent" else None)
    if base and (paid := PAID_AS_SHARE.match(simplified, figure.end, end)):
        # 按总投资70%比例予以补助: what is paid, as a share of what
        return (base.span("base"), paid.span("share"), paid.span("verb"))
    if rate_by and (changed := RATE_OF_CHANGE.match(simplified, figure.end, end)):
        # 并以每年8%的比例递增: how fast it grows, each year
        return tuple(span for span in (rate_by.span("every"), changed.span("verb"))
                     if span[1] > span[0])
    if figure.unit_kind == "length" and \
            (dimension := DIMENSION_OF.match(simplified, figure.end, end)):
        return (dimension.span("noun"), dimension.span("dimension"))  # 19.99米高的西极塔 → 西极塔高
    share = (SHARE_OF.match(simplified, figure.end, end)
             if figure.unit_kind == "percent" else None)
    if share and simplified.startswith("的", figure.end):
        share_stop = next((m.start() for m in LIST_ITEM_END.finditer(simplified, share.end(),
                                                                     end)), end)
        if simplified[figure.start - 1:figure.start] in ("、", "和", "及"):
            return ((share.start("of"), share_stop),)  # 1/3的粮食、1/4的水产品: each its own
        if simplified.startswith("、", share_stop) and before[1] > before[0]:
            return (before, (share.start("of"), share_stop))  # 生产了大湾区1/3的粮食、…: the
            # first of such a list, after what holds them all
    acted = LEADING_VERB.search(simplified, max(before[0], before[1] - 2), before[1]) or (
        SHARE_VERB_WHOLE.search(simplified, max(before[0], before[1] - 8), before[1])
        if share else None)  # 以占宿迁(0.16%的土地), 贡献全市(6%的一般公共预算收入)
    share_end = next((m.start() for m in FIGURE.finditer(simplified, share.start("of"), end)
                      if not not_a_figure(simplified, m)), end) if share else end
    # (…援建保障性住房)8037户: the share's words stop before the next figure
    while share and share_end > share.start("of") and simplified[share_end - 1] in "和及与、":
        share_end -= 1  # (6%的一般公共预算收入)和(37.5%的…): not the link to the next
    if share and share_end - share.start() <= MAX_LABEL and (
            acted or not _has_words(simplified[before[0]:before[1]])
            or (simplified.startswith("的", figure.end)
                and _only_a_place(_whole_of(simplified[before[0]:before[1]])))
            or simplified[before[1] - 1:before[1]] in ("将", "把")
            or simplified[figure.start - 1:figure.start] == "有"  # 物流园有70%的蔬菜
            or simplified[before[1] - 2:before[1]] in ("利用", "使用", "拿出")
            or simplified[figure.start - 1:figure.start] in ("将", "把")
            or (COUNTED_HEAD.match(simplified, share.start("of"))  # 全村近40%农村劳动力
                and PLACE_BEFORE.search(simplified, before[0], before[1]))):
        # 将80%以上资金用于民生项目, 预留30%农副产品采购配额: of what (销售利润100%反哺…: 销售利润);
        # 带动全县80%乡镇形成…产业链: the share of the place's towns, and what became of them
        return ((acted.start(), before[1]) if acted else (end, end),
                (share.start("of"), share_end))
    if figure.unit == "次" and (LEADING_VERB.match(simplified, figure.end, end)
                               or TIMES_DONE.match(simplified, figure.end, end)):
        # 先后两次选派87名干部: the times of what was done, and to whom
        return _before_next_figure(simplified, _words_after(simplified, figure, end))
    if figure.unit == "次" and words.verbs and words.verbs[-1].end() == before_end and \
            words.verbs[-1].start() > before[0] and (
                after := _words_after(simplified, figure, end))[1] > after[0]:
        # 要求每年至少开展两次消费扶贫活动: what was done so often, not who asked for it
        return (words.verbs[-1].span(), *_before_next_figure(simplified, after))
    used = (SHARE_USED_FOR.match(simplified, figure.end, end)
            if figure.unit_kind == "percent" else None)
    if used and _has_words(simplified[before[0]:before[1]]):
        whose = before[1] - (simplified[before[1] - 1] in "里中的")  # 协作资金里约三分之一
        if whose - before[0] >= 2:  # 北京协作资金里约三分之一用于水源保护: the share of the
            return ((before[0], whose), used.span("use"))  # funds, and what it is used for
    said = simplified[before[0]:before[1]]
    if figure.relation in ("从", "由") and (not _has_words(said) or FROM_WORD.fullmatch(said)):
        subject = _subject_of_clause_before(simplified, start, lo) or \
            (None if _counted_after(simplified, figure, end)  # 6个项目 says what it counts
             else _measure_before_dash(simplified, start, lo)) or \
            _measure_after_from_to(simplified, figure, len(simplified))
        if subject:  # 消费帮扶额实现翻番，从9.6亿元增加至19.68亿元 → 消费帮扶额; 从…到…，
            return (subject,)  # 林芝地区生产总值的飞跃 → 林芝地区生产总值
    invested = _invested_in(simplified, figure, before, end)
    if invested is not None:  # 投资30亿元的南川区…项目 → 南川区…项目投资
        return invested
    after = _words_after(simplified, figure, end)
    # 有关单位的15名优秀干部: the words before 的 say whose, not what is counted
    relative = figure.start > 0 and simplified[figure.start - 1] == "的"
    places = _count_of_places(simplified, figure, start, end, before, words.examples, relative)
    if places is not None:
        result = _result_closing(simplified, places[-1][1], end) if places else None
        if result and places[-1][1] > figure.end:
            return (*places, result)  # 14个贫困县摘帽, 2666个贫困村出列
        return places
    if before[1] - before[0] >= 2 and not (verb and verb.end() == before_end) and (
            _has_words(simplified[before[0]:before[1]]) or after[1] <= after[0]):
        counted = _counted_after(simplified, figure, end)
        if counted is not None:  # 广东共选派108名党政干部 → 选派党政干部
            lead = _lead_for(simplified, before, words.examples >= before[0], relative)
            investors = [head for head in HEAD_NOUNS.finditer(simplified, *before)
                         if before[1] - head.end() <= 3]  # 企业带着, not the 村 of 乡村旅游
            if INVESTMENT.fullmatch(simplified, *counted) and investors:
                lead = investors[-1].span()  # 企业带着3.03亿元投资 → 企业投资
            if (lead[1] - lead[0]) + (counted[1] - counted[0]) > MAX_LABEL:
                lead = (lead[1], lead[1])  # what it counts, whole, before who counted it
            result = _result_closing(simplified, counted[1], end)
            if result and lead[1] - lead[0] <= 4 and not \
                    LEADING_VERB.search(simplified, *lead) and _fits(counted, result):
                # 铜仁有41.9万名建档立卡贫困人口脱贫: whom, and what became of them (not where)
                return (counted, result)
            if result and simplified.startswith("、", counted[1]) and \
                    _fits(lead, counted, result):
                return (lead, counted, result)  # 帮助13.76万农村劳动力、…实现就业: as one alone
            return tuple(s for s in (lead, *_paying_for(simplified, figure, counted, end))
                         if s[1] > s[0])
        if relative and figure.unit_kind in ("people", "person_times") and \
                2 <= after[1] - after[0] <= 6 and _has_words(simplified[after[0]:after[1]]) \
                and not FIGURE.search(simplified, *after) and _fits(before, after) and \
                not simplified.startswith(DONE_TO_THEM, after[0]):  # (对…的12.3万人)开展回访
            return (before, after)  # 400多家企业的4000多人次参展参会: theirs, and what they did
        ending = [v for v in words.verbs
                  if v.end() == before[1] and v.group().startswith("捐")]
        if ending and before[1] - before[0] > MAX_LABEL // 2:  # …和个人向凉山捐资捐物708笔:
            # who gave is not what they gave
            return ((ending[-1].start(), before[1]),)
        return (before,)
    if before[1] <= before[0] and (counted := _counted_after(simplified, figure, end)):
        if words.list_verb is not None:
            return (words.list_verb.span(), counted)
        if result := _result_closing(simplified, counted[1], end):
            return (counted, result)  # 14个贫困县摘帽: what became of them
        return (counted,)  # an item of a list: 动员5760家企业、1561个社会组织 → 社会组织
    if said in OTHERS and (counted := _counted_after(simplified, figure, end)):
        if result := _result_closing(simplified, counted[1], end):
            return (counted, result)  # 其余5个共建园区全部进入前列: what became of them
        return (before, counted)  # 其他7个项目: the others, and what they are
    if after[1] > after[0] and not _has_words(simplified[before[0]:before[1]]):
        counted = (_counted_after(simplified, figure, end)  # 在19个援疆省市中位列第一
                   if after[1] - after[0] > 6 else None)      # → 援疆省市
        # 共120余名学员参训 → 学员参训; 其中5.55亿元直接安排在库车县实施了23个…: not the next
        return (counted,) if counted else _before_next_figure(simplified, after)
    if after[1] > after[0]:
        counted = _counted_after(simplified, figure, end)
        verb_said = simplified[before[0]:before[1]]
        if counted and (verb_said in EMPTY_VERBS or (verb_said in PLAIN_VERBS and
                        simplified[counted[1]:counted[1] + 1] not in ("到", "赴"))) and \
                not 0 < after[1] - counted[1] <= 6:  # (实现1642名贫困人口)就近就地就业 stays
            # 实现了8个东部发达城市…, 实施13个项目: the verb says nothing of them (组织…赴遵义
            # 讲学 says why they went)
            return _paying_for(simplified, figure, counted, end)
        if counted is None and figure.unit_kind == "money" and \
                (used := SHARE_USED_FOR.match(simplified, after[0], end)):
            # 投入100万元重点用于培育…产业: what the sum is used for, not the adverb before it
            return (before, used.span("use")) if _fits(before, used.span("use")) \
                else (used.span("use"),)
        if not (kept_verb or FIGURE.search(simplified, *after)  # 推动12类产品打入40余家…
                or (counted and simplified.startswith(("在", "落地"), counted[1]))
                or (counted and figure.unit_kind == "money"  # 投入6000多万元对口援助资金用于…
                    and MONEY_NOUNS.search(simplified, *counted))):
            counted = None  # 带动1.2万户群众增收: what they did with it, whole
        if not counted:  # 投入50亿元实施帮扶项目2100个: what the sum was for, not the next figure
            after = _before_next_figure(simplified, after)[0]
        if not counted and figure.unit_kind == "money" and AIDED_AFTER.match(
                simplified, after[0], after[1]):
            return (before,)  # 将投入96亿元对口支援喀什地区三县一市…: whom, which the scope says
        if not counted and (result := _result_closing(simplified, after[1], end)) and \
                result[0] > after[1] and _fits(before, after, result):
            return (before, after, result)  # 帮助13.76万农村劳动力、…实现就业: as one alone
        # the verb, then what it acts on: 带动 + 群众增收; 选派 + 专业技术人才 (not 到江苏…)
        return (before, counted or after)
    if before[1] <= before[0] and figure.unit_kind == "money" and (
            counted_before := _count_right_before(simplified, figure, start)):
        return counted_before  # 招商引资100多个项目200多亿元: the sum of those projects
    if verb and verb.end() == before_end and (counted := _counted_after(simplified, figure, end)):
        return (before, counted)  # 天津选派60名、甘肃选派90名干部: the verb, and the list's noun
    if figure.unit_kind == "change" and not _has_words(PERIOD.sub("", said)) and \
            _last_figure(simplified, start, figure.start) is None and \
            (before_it := _last_figure(simplified, max(lo, start - LOOK_BACK), start)) and \
            before_it.unit_kind in LEVEL_KINDS and (
            level := _of_the_figure_before(simplified, figure, lo, len(simplified),
                                           kinds=LEVEL_KINDS)):
        # 安排省级财政资金25亿元…，同比增长21.3%: a change of the sum before, not of who
        return (*level, (start, figure.start)) if figure.start - start >= 2 else level
    if not _has_words(PERIOD.sub("", said)) and figure.end >= end and \
            _last_figure(simplified, start, figure.start) is None and (  # (辖4市9县: the 9县
            earlier := _clause_said_before(simplified, start, lo)):  # shares the 4市's words)
        return (earlier,)  # 扩大种植面积，估计将达30万亩: what the clause before names (生产
        # 总值连续19年保持两位数增长，2010年达到507.46亿元: its subject)
    if before[1] <= before[0] and (previous := _last_figure(simplified, start, figure.start)):
        # 资金到位率69.17%、同比增长26.42%: what the figure before measured, then this one's
        # own words, never the figure before itself
        tail = previous.end
        while tail < figure.start and simplified[tail] in "、，, ":
            tail += 1
        own = ((tail, figure.start),) if figure.start - tail >= 2 and \
            _has_words(simplified[tail:figure.start]) else ()  # (近)58万平方米: a bound only
        if (measured := _label_spans(simplified, previous, lo, figure.start)) and \
                not _names_nothing(simplified, measured):
            return (*measured, *own)
    for span in (before, (start, figure.start), (figure.end, end)):
        if span[1] > span[0]:
            return (span,)
    return ()


def _fits(*spans: tuple[int, int]) -> bool:
    """Whether the spans together make a label no longer than a label may be."""
    return sum(end - start for start, end in spans) <= MAX_LABEL


#: The figure opening the next item of a list, however its unit is written: 、11.76万(脱贫劳动力).
ITEM_FIGURE = re.compile(r"(?:约|近|超|逾)?[0-9０-９][0-9０-９.．]*")


def _result_closing(text: str, at: int, end: int) -> tuple[int, int] | None:
    """What became of those counted, written from `at` to the clause's end (脱贫, 摘帽,
    实现就业); None when the clause goes on past it or says nothing of the kind."""
    while text.startswith("、", at) and (item := ITEM_FIGURE.match(text, at + 1, end)):
        # 帮助13.76万农村劳动力、11.76万脱贫劳动力实现就业: what became of every item's
        at = item.end()
        while at < end and text[at] != "、":
            if (result := RESULT_AFTER.match(text, at, end)) and result.end() == end:
                return result.span()
            at += 1
    result = RESULT_AFTER.match(text, at, end)
    return result.span() if result and result.end() == end else None


def _count_right_before(text: str, figure: Figure, start: int
                        ) -> tuple[tuple[int, int], ...]:
    """The label of a count written right before the figure, its noun between them (100多个
    项目200多亿元); () when no such count is there."""
    previous = _last_figure(text, start, figure.start)
    if previous is None or previous.unit_kind != "count":
        return ()
    if not COUNTED_HEAD.fullmatch(text, previous.end, figure.start):
        return ()
    return _label_naming(text, previous, start, figure.start)


#: The people of the places a count counts, written after them: (11个社区)孩子, 村民.
PEOPLE_OF_PLACES = re.compile(r"孩子|儿童|幼儿|子女|学生|学子|群众|村民|居民|农户|农民|牧民|人口")


def _count_of_places(simplified: str, figure: Figure, start: int, end: int,
                     before: tuple[int, int], examples: int, relative: bool
                     ) -> tuple[tuple[int, int], ...] | None:
    """A count of the places (or groups) written right after it, 16个区, 15个团组: the place
    before it that they belong to, then what they are (所辖的16个区 → 所辖区, 甘肃省34个县 →
    甘肃省县); None for a count of anything else."""
    noun = (COUNTED_NOUN.match(simplified, figure.end, end)
            if figure.unit in MEASURE_WORDS else None)
    if noun is None:
        return None
    noun_span = noun.span()
    if kinds := PLACE_KINDS_LISTED.match(simplified, figure.end, end):
        noun_span = kinds.span()  # 10个区、县(市): the kinds of place, listed
    while not PEOPLE_OF_PLACES.match(simplified, noun_span[1], end) and (
            more := (COUNTED_NOUN.match(simplified, noun_span[1], end)
                     or HEAD_NOUNS.match(simplified, noun_span[1], end))) and not (
            more.group() in VERBS_AS_HEADS and FIGURE.match(simplified, more.end(), end)):
        noun_span = (noun_span[0], more.end())  # 89个街道乡镇, 30个社区超市: all the words
        # (11个社区孩子: the communities, whose children follow)
    if other_names := OTHER_NAMES.match(simplified, noun_span[1], end):
        noun_span = (noun_span[0], other_names.end())  # 8个市（州）, 10多个区（县、市）: all
    if before[1] == figure.start and noun_span[1] - noun_span[0] >= 2 and \
            simplified.endswith(simplified[noun_span[0]:noun_span[1]], before[0], before[1]):
        return (noun_span,)  # 拥有福宁社区1个社区: the one named, counted by its kind
    agreeing = AGREEING_NOUNS.get(figure.unit)
    if agreeing and (counted := agreeing[0].match(simplified, figure.end, end)) and \
            counted.end() > noun_span[1]:
        return None  # 98所乡镇卫生院: the clinics of the towns, not the towns
    if listed_places := PLACES_NAMED.search(simplified, start, before[1]):
        first = listed_places.start()
        if simplified[first + 3] == "、" and (simplified[first - 1:first + 1] in VERBS_OF_PLACES
                                              or simplified[first] in "省市州县区与和及在向对为"):
            first += 1  # 负责百色、河池两市, 水源区河南、湖北两省: a word's end is no name's
        return ((first, before[1]), noun_span)  # 张家口、承德、保定三市16个县
    if examples >= before[0]:
        items = simplified[before[0]:before[1]].split("、")
        if before[0] == start and before[1] - before[0] <= 12 and \
                items[0][0] not in LEADING_WORDS and all(
                    2 <= len(item) <= 3 and item not in PROVINCES for item in items):
            return (before, noun_span)  # 武汉、黄石、襄阳、宜昌4个对口援助市: the list opens it
        if _only_a_place(simplified[examples + 1:before[1]]):  # 贵州、四川、吉林80个县
            first = _places_listed_from(simplified, before[0], examples)
            if first < examples and before[1] - first <= 10:
                return ((first, before[1]), noun_span)  # 安顺、陇南15个县: both's
            return (noun_span,)
        listed_from = _first_place_listed(simplified, before[0], before[1])
        if listed_from is not None and simplified[before[1] - 1] not in "等" and \
                len(PLACE_LIST_JOINS.findall(simplified, listed_from, before[1])) >= 2:
            return ((listed_from, before[1]), noun_span)  # 贡嘎、扎朗、桑日、隆孜4个县: all
        before = (examples + 1, before[1])
    if aside := re.search(r"[（(][^（）()]{1,12}[）)]的?$", simplified[before[0]:before[1]]):
        before = (before[0], before[0] + aside.start())  # 贵州（除贵阳市之外）的8个市: 贵州's
        relative = False
    links = [i for i, c in enumerate(simplified[before[0]:before[1]]) if c in "和与及同并)）"
             and not simplified.startswith(NAMES_WITH_LEADING_WORDS, before[0] + i)]  # 和田
    if links:  # 脱贫县(区)与江苏53个县 → 江苏县
        before = (before[0] + links[-1] + 1, before[1])
    given_to = max((at for at in range(before[0], before[1])
                    if simplified[at] in "向为给在" or (
                        simplified[at] == "对" and simplified[at + 1] != "口"
                        and simplified[at - 1] not in "结针面应相绝核比")),
                   default=-1)
    if given_to >= 0:  # 17家单位累计向28个脱贫县, 累计向南疆28个受援县: to whom, after 向;
        # 增幅在全疆4个综保区: where, after 在
        before = (given_to + 1, before[1])
    while adverbial := ADVERBIAL.match(simplified, before[0], before[1] - 1):
        before = (adverbial.end(), before[1])  # 向西部10个省区市 → 西部省区市
    words = simplified[before[0]:before[1]]
    if not _has_words(words) or words.endswith("等"):  # 累计有100个镇: 有 names nothing;
        words, before = "", (before[1], before[1])    # 安排南京等12个设区市: examples
    place = PLACE_BEFORE.search(words)
    named = [name for at, name in places_in(words) if at + len(name) == len(words)]
    if named and len(named[-1]) < len(words) <= 10 and not is_giver(named[-1]) and \
            not named[-1].startswith(PROVINCES) and \
            words[-len(named[-1]) - 1] not in PLACE_BREAKS + LEADING_WORDS:
        named[-1] = words  # 克孜勒苏柯尔克孜州3个县: a name longer than a match of PLACE
    kept = len(named[-1]) if named else len(place.group()) if place else (
        0 if relative and len(words) > 4 else  # …帮扶工作的28个省: not 帮扶工作省
        len(_shortened(words, 6, marks=PLACE_BREAKS)) if len(words) > 6 else len(words))
    return tuple(s for s in ((before[1] - kept, before[1]), noun_span) if s[1] > s[0])


def _without_durations(text: str, spans: tuple[tuple[int, int], ...]
                       ) -> tuple[tuple[int, int], ...]:
    """The spans less how long something took, which the period says: 财政三年累计援助 →
    财政累计援助."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        at = start
        for took in DURATION.finditer(text, start, end + 2):  # what follows it tells
            if took.end() > end:
                break
            cut = took.start() - (took.start() > at and text[took.start() - 1] == "在")
            out.append((at, cut))  # 在5年内斥资: the 在 of the duration, too
            at = took.end()
        out.append((at, end))
    return tuple(span for span in out if span[1] > span[0])


def _without_received_places(text: str, spans: tuple[tuple[int, int], ...]
                             ) -> tuple[tuple[int, int], ...]:
    """The spans less where the receiving side did it, which the scope says: 浙商企业在恩施市
    累计投资 → 浙商企业累计投资. Where the giving side did it stays (在青岛销售)."""
    out: list[tuple[int, int]] = []
    for index, (start, end) in enumerate(spans):
        at = start
        more = index < len(spans) - 1  # 吴兴青川产业园在四川省青川县 + 总投资
        for where in re.finditer("[在向为给]", text[start:end]):  # 向宁夏(无偿援助) too
            if where.start() == 0 and where.group() == "在" and not any(
                    offset == 0 for offset, _ in places_in(text[start + 1:end])):
                continue  # 在 opening the label frames it (ADVERBIAL), unless it says where
                # (在于田县投资600万元完善…: the place is the scope's)
            name_start = start + where.end()
            name_end = name_start
            for offset, name in places_in(text[name_start:end]):  # 在四川省青川县: both
                if name_start + offset == name_end + 1 and text[name_end] == "、" and \
                        name_end > name_start:
                    name_end += 1  # 在毕节、黔南、安顺: all of them
                if name_start + offset != name_end or is_giver(name):
                    break
                name_end += len(name)
            if name_end > name_start and (division := DIVISION_JOINED.match(text, name_end, end)):
                name_end = division.end()  # 为巴州和二师(援建): the corps' division with it
            if name_end > name_start and text[name_end:name_end + 1] != "、" and (
                    end - name_end >= 2 or (more and name_end == end)):  # not half a list
                if not _only_the_giver(text[at:name_start - 1]):  # 江苏共(向陕西投入): who
                    out.append((at, name_start - 1))  # gave, which its scope's other side is
                at = name_end
        out.append((at, end))
    return tuple(span for span in out if span[1] > span[0])


#: A division of the Xinjiang Production and Construction Corps joined to a place before it,
#: which receives with it: (巴州)和二师, (和田地区)和兵团十四师.
DIVISION_JOINED = re.compile(r"[和及、](?:兵团)?[一二三四五六七八九十]{1,3}师"
                             r"(?![生资傅范父兄长徒])")


def _only_the_giver(words: str) -> bool:
    """Whether `words` are the giving side and what sums it, no more: 江苏共, 天津市累计."""
    giver = GIVER_OPENING.match(words)
    return giver is not None and not _has_words(words[giver.end():])


def _clause_said_before(text: str, start: int, lo: int) -> tuple[int, int] | None:
    """The clause before, whole when it is short and holds no figure (扩大种植面积), else its
    subject; None when neither names anything."""
    before = _clause_before(text, start, lo)
    if before is None:
        return None
    words_start = _skip_leading(text, *before)
    words_end = before[1] - next((len(w) for w in SUMMED_UP
                                  if text.endswith(w, words_start, before[1])), 0)
    words = text[words_start:words_end]  # 已外出务工和有外出务工意愿的人数相加，达到…: the sum
    if _has_words(words) and len(words) <= MAX_LABEL and not FIGURE.search(words) and \
            not BARE_WAN.search(words):  # (较3月6日新增459.19万，增幅…: a figure's clause)
        return (words_start, words_end)
    return _subject_of_clause_before(text, start, lo)


def _measure_before_dash(text: str, start: int, lo: int) -> tuple[int, int] | None:
    """What a from-to after a dash measures, named at the end of the words before the dash:
    …增加对口援建项目和帮扶资金——从2017年的2000万元… → 对口援建项目和帮扶资金."""
    if not text.startswith("——", start - 2):
        return None
    clause_start = clause_bounds(text, start - 3, start - 2, lo, start - 2)[0]
    words_start = max(clause_start, text.rfind("的", clause_start, start - 2) + 1)
    words = text[words_start:start - 2]
    if not _has_words(words) or len(words) > MAX_LABEL or FIGURE.search(words):
        return None
    return (words_start, start - 2)


#: An occasion named after a verb, which it does not act on: (捐资)仪式上, (采购)活动中.
OCCASION_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:仪式|活动|大会|会议|现场|签约会)"
                            r"(?:上|中|期间)?$")


def _verb_acted_on_before(text: str, verb: str, at: int, lo: int) -> tuple[int, int] | None:
    """The same verb and what it acts on in the clause before, when the figure's own clause
    says only the verb; None when that clause does not hold it or holds a figure."""
    clause_start = max(text.rfind("，", lo, at), text.rfind(",", lo, at))
    before = _clause_before(text, clause_start + 1, lo) if clause_start >= 0 else None
    if before is None:
        return None
    said = text.rfind(verb, *before)
    acted_on = (said, before[1])
    if said < 0 or before[1] - said - len(verb) < 2 or FIGURE.search(text, *acted_on) or \
            OCCASION_AFTER.match(text, said + len(verb), before[1]):
        return None  # (在…帮扶捐资仪式上，)…捐资500万元: the occasion, not what was given
    return acted_on


def _clause_before(text: str, start: int, lo: int) -> tuple[int, int] | None:
    """The clause before the one starting at `start`, when a comma parts them (a sentence's
    earlier clause); None otherwise."""
    if start - 1 <= lo or text[start - 1] not in "，,":
        return None
    return clause_bounds(text, start - 2, start - 1, lo, start - 1)


def _last_figure(text: str, start: int, end: int) -> Figure | None:
    """The last figure of text[start:end], if any."""
    earlier = find_figures(text, start, end)
    return earlier[-1] if earlier else None


def _items_listed(text: str, last: Figure, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    """What each item counts of a list of counts ending with `last`, written before each
    figure (捐赠了手动轮椅75辆、电动轮椅17辆和单拐50副 → 捐赠手动轮椅, 、电动轮椅, 和单拐):
    what a total after it (共价值7.04万元) is of; () when `last` ends no such list."""
    items = [last]
    while (before := _figure_before(text, items[0], lo)) is not None and \
            before.unit_kind == last.unit_kind and text[before.end:before.end + 1] in "、和及":
        items.insert(0, before)
    if len(items) < 2:
        return ()
    return (*_label_spans(text, items[0], lo, hi),
            *((a.end, b.start) for a, b in pairwise(items)))


def _listed_right_before(text: str, figure: Figure, lo: int) -> Figure | None:
    """The figure joined to this one by 、 in its clause: (投资协议)89项、(总金额940亿元)."""
    before = _figure_before(text, figure, lo)
    return before if before is not None and text.startswith("、", before.end) else None


def _figure_before_in_sentence(text: str, figure: Figure, lo: int, hi: int) -> Figure | None:
    """The figure just before this one, in the clause just before its own."""
    start, _ = clause_bounds(text, figure.start, figure.end, lo, hi)
    before = _clause_before(text, start, lo)
    if before is None:
        return None
    opened = max(text.rfind("(", *before), text.rfind("（", *before))
    if opened > before[0] and text[before[1] - 1] in ")）" and \
            (outside := _last_figure(text, before[0], opened)):
        return outside  # 项目348个(其中…217个)，计划总投资…: the 348, not the part in brackets
    return _last_figure(text, *before)


def _share_of_the_figure_before(text: str, figure: Figure, spans: tuple[tuple[int, int], ...],
                                lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    """The label of the figure that a share (占全疆的三分之一) is of, when that figure ends the
    clause right before: 和田贫困人口61万人，占… → 和田贫困人口; () when there is none."""
    previous = _figure_before_in_sentence(text, figure, lo, hi)
    if previous is None or not spans or not re.fullmatch(
            r"[\u4e00-\u9fff]{0,3}[，,]", text[previous.end:spans[0][0]]):  # 1300多个贫困村，占
        return ()
    named = _label_naming(text, previous, lo, hi)
    if len(named) == 1 and SHARE_OF_WHOLE.fullmatch(text[slice(*named[0])]):
        # 移民26.3万人，占库区的五分之一，占重庆库区的四分之一: of the people, as the share before
        return _share_of_the_figure_before(text, previous, named, lo, hi)
    return named


def _figure_before(text: str, figure: Figure, lo: int) -> Figure | None:
    """The figure just before this one in its clause, if any."""
    start, _ = clause_bounds(text, figure.start, figure.end, lo, figure.end)
    return _last_figure(text, start, figure.start)


def _purpose_after(text: str, figure: Figure, hi: int) -> tuple[int, int] | None:
    """What a sum written alone in its clause pays for, named in the clause after it:
    投资200万元，组织实施三合村公路油路改造14公里 → 三合村公路油路改造."""
    _, end = clause_bounds(text, figure.start, figure.end, 0, hi)
    if end != figure.end:  # 投资600万元完善工业园区基础设施建设: in its own clause, right after
        right_after = PAID_FOR_AFTER.match(text, figure.end, end)
        if right_after is None or text[right_after.end():right_after.end() + 1] == "的":
            return None
        start, next_end = right_after.end(), end
    elif text[end:end + 1] not in ("，", ","):
        return None
    else:
        _, next_end = clause_bounds(text, end + 1, end + 2, 0, hi)
        start = end + 1
        if purpose_verb := PURPOSE_VERB.match(text, start, next_end):
            start = purpose_verb.end()
        else:
            return None
    figure_after = FIGURE.search(text, start, next_end)
    stop = figure_after.start() if figure_after else next_end
    name = text[start:stop]
    if len(name) < 2 or not re.fullmatch(r"[\u4e00-\u9fff“”•·]+", name):
        return None
    while len(name) > 10 and (where := LOCAL_PLACE.match(name)):
        name = name[where.end():]  # 沙子镇三合村农业园区公路油路改造 → 农业园区公路油路改造
    return (stop - len(name), stop) if len(name) <= MAX_LABEL - 2 else None


def _named_in_sentence_before(text: str, figure: Figure, lo: int, hi: int
                              ) -> tuple[int, int] | None:
    """What 这座…的园区 points back at: the last facility of that kind the sentence before
    names (…格桑塘现代农牧产业示范园的牦牛群…。这座总投资1.5亿元的园区)."""
    kind = POINTED_KIND.match(text, figure.end, hi)
    sentence_start, _ = sentence_bounds(text, figure.start, figure.end, lo, hi)
    if kind is None or sentence_start - 1 <= lo:
        return None
    before_start, _ = sentence_bounds(text, sentence_start - 2, sentence_start - 1, lo, hi)
    named = list(FACILITY_NAMED.finditer(text, before_start, sentence_start))
    return named[-1].span() if named else None


def _item_heading(text: str, figure: Figure, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    """The name a numbered item opens with before its colon, less what is in brackets (its
    code, 少数民族发展任务) and its year: what the figures of the item's sentence are of
    (1.叶城县2026年洛克乡…项目（ycssmz202601）：投资340万元); () when the sentence opens no item."""
    sentence_start, _ = sentence_bounds(text, figure.start, figure.end, lo, hi)
    item = ITEM_HEADING.match(text, sentence_start, figure.start)
    if item is None:
        return ()
    spans, at = [], item.start("name")
    for inner in BRACKETED.finditer(text, at, item.end("name")):
        spans.append((at, inner.start()))
        at = inner.end()
    spans.append((at, item.end("name")))
    if (year := ITEM_YEAR.search(text, *spans[0])) and year.start() > spans[0][0]:
        spans[0:1] = [(spans[0][0], year.start()), (year.end(), spans[0][1])]
    first = [name for at, name in places_in(text[spans[0][0]:spans[0][1]]) if at == 0]
    if first and first[0][-1] in "县市州区旗":
        spans[0] = (spans[0][0] + len(first[0]), spans[0][1])  # 叶城县: the scope says it
    spans = [span for span in spans if span[1] > span[0]]
    for k, (start, end) in enumerate(spans):  # …配套建设（…）项目: a project, said shorter
        joined = "".join(text[a:b] for a, b in spans[k:k + 2])
        if text.endswith("建设", start, end) and joined[end - start:].startswith("项目") and \
                end - start > 4:
            spans[k] = (start, end - 2)
    kept = tuple(spans)
    return kept if sum(b - a for a, b in kept) >= 4 else ()


def _what_reached(text: str, figure: Figure, lo: int, hi: int) -> tuple[int, int] | None:
    """What the figure of the clause before counted, when this figure's words only say whom
    it reached (…开展43期技能培训，惠及1530人): its last words, the thing that reached them."""
    earlier = _figure_before_in_sentence(text, figure, lo, hi)
    if earlier is None or earlier.unit_kind == "money":
        return None
    spans = _label_spans(text, earlier, lo, hi)
    return spans[-1] if spans and spans[-1][1] - spans[-1][0] >= 2 else None


def _project_named_before(text: str, figure: Figure, lo: int, hi: int
                          ) -> tuple[int, int] | None:
    """What 该项目 points back at: the last project the sentence before names, less a
    classifier counting it (…建设了…10个小康村建设项目。该项目…)."""
    sentence_start, _ = sentence_bounds(text, figure.start, figure.end, lo, hi)
    if sentence_start - 1 <= lo:
        return None
    before_start, _ = sentence_bounds(text, sentence_start - 2, sentence_start - 1, lo, hi)
    named = [m for m in FACILITY_NAMED.finditer(text, before_start, sentence_start)
             if m.group().endswith("项目")]
    if not named:
        return None
    start, end = named[-1].span()
    start += text[start] in "个项批" and text[start - 1:start].isdigit()
    return (start, end) if end - start <= MAX_LABEL else None


def _count_summed_before(text: str, figure: Figure, lo: int, hi: int) -> Figure | None:
    """The count a sum after it totals, in the clause before or joined to it by 、 (落地产业
    项目201项，总投资245.8亿元; 投资协议89项、总金额940亿元), not the cost of a facility a
    sentence before names; None when the sum follows no count."""
    if figure.unit_kind != "money":
        return None
    counted = _figure_before_in_sentence(text, figure, lo, hi) or \
        _listed_right_before(text, figure, lo)
    return counted if counted is not None and counted.unit_kind == "count" else None


def _demonstrated_before(text: str, figure: Figure, lo: int, hi: int) -> tuple[int, int] | None:
    """The thing a figure whose words only name an attribute is of: what an earlier clause of
    the sentence points at (这所幼儿园), else the facility an earlier clause or a short caption
    sentence just before names (修建夺底水电站; 拉萨饭店。); None when none does."""
    sentence_start, _ = sentence_bounds(text, figure.start, figure.end, lo, hi)
    clause_start, _ = clause_bounds(text, figure.start, figure.end, lo, hi)
    pointed = list(DEMONSTRATED.finditer(  # no further back than a long sentence's start
        text, max(sentence_start, figure.start - LOOK_BACK), clause_start))
    if pointed:
        return pointed[-1].span("noun")
    opened = _clause_before(text, clause_start, lo)
    for _ in range(3):  # past other attributes of the same thing: 占地约6000亩，(投资约70亿元)
        if opened is None or not ATTRIBUTE_CLAUSE.fullmatch(text, *opened):
            break
        opened = _clause_before(text, opened[0], lo)
    if opened is not None and (quoted := QUOTED_AT_END.search(text, *opened)):
        return quoted.span(1)  # 交易会举办地“广州新城”，占地约6000亩: the place so named
    caption_start = sentence_start
    if sentence_start - 1 > lo and text[sentence_start - 1] == "。":
        before_start, _ = sentence_bounds(text, sentence_start - 2, sentence_start - 1, lo, hi)
        if sentence_start - before_start <= CAPTION_LENGTH:  # 援藏43项工程之一的拉萨饭店。
            caption_start = before_start
    facilities = list(FACILITY.finditer(text, caption_start, clause_start))
    built = [m for m in facilities
             if ((m.end() < len(text) and text[m.end()] in "。，,是")
                 or FACILITY_DONE.match(text, m.end()))
             and not LOCATED.search(m.group())  # (…项目)位于县城中心，: where it lies
             and not (text[m.start() - 1:m.start()].isdigit()  # (19个重点园区: many,
                      and text[m.start()] in COUNTING_CHARACTERS)]   # counted)
    subjects = [m for m in built if text.startswith("是", m.end())]
    built = subjects or built  # 维修工程是…重点工程之一，…总投资: the subject, not what it is
    if not built:
        first = clause_bounds(text, sentence_start, sentence_start, lo, hi)
        named = FACILITY_CLAUSE.fullmatch(text, *first) if first[1] < clause_start else None
        return named.span() if named else None  # 嘉黎县中学图书馆，2012.5-2013.9，投资180万
    name_start = built[-1].start()
    if (joined := [m for m in facilities if m.end() == name_start]):
        name_start = joined[-1].start()  # 人民会堂和温台广场, 人民西路延伸段工程: one name, whole
    inside = text[name_start:built[-1].end()]
    cut = max([inside.rfind("的") + 1, *(inside.rfind(verb) + len(verb)
                                         for verb in BUILDING_VERBS if verb in inside)])
    return (name_start + cut, built[-1].end()) if built[-1].end() - name_start - cut >= 2 else None


def _projects_named_before(text: str, figure: Figure, lo: int) -> tuple[int, int] | None:
    """Where the word 项目 closes the label of the last figure before, counted in the same
    unit: what a bare verb's count (已实施22项) counts; for a sum, the funds that close it
    (投入援建资金80亿元，十三五计划投入103亿元 → 投入援建资金)."""
    money = figure.unit_kind == "money"
    earlier = [f for f in find_figures(text, max(lo, figure.start - LOOK_BACK), figure.start)
               if (f.unit_kind == "money" if money else f.unit == figure.unit)]
    if not earlier:
        return None
    previous = earlier[-1]
    spans = _label_spans(text, previous, lo, figure.start)
    if not spans:
        return None
    last_start, last_end = spans[-1]
    if not money:
        return (last_end - 2, last_end) if text[last_end - 2:last_end] == "项目" else None
    funds = MONEY_NOUNS.search(text, last_start, last_end)
    if funds is None or funds.end() != last_end:
        return None
    return (last_start, last_end) if last_end - last_start <= MONEY_NAME_MOST else funds.span()


def _subject_of_the_same_verb(simplified: str, figure: Figure, verb: str, lo: int, hi: int
                              ) -> tuple[int, int] | None:
    """What the clause before says did the same thing, when the figure's own words are only
    that verb: (援疆资金)到疆新增…，五年累计到疆573.2亿元 → 援疆资金; None otherwise."""
    start = clause_bounds(simplified, figure.start, figure.end, lo, hi)[0]
    before = _clause_before(simplified, start, lo)
    if before is None:
        return None
    said = simplified.find(verb, *before)
    subject_start = _skip_leading(simplified, before[0], said) if said >= 0 else said
    if said < 0 or said - subject_start < 2 or FIGURE.search(simplified, subject_start, said) \
            or not _has_words(simplified[subject_start:said]) \
            or not FIGURE.search(simplified, said + len(verb), before[1]):
        return None  # (援建多媒体教室…，配备…多媒体1套: a noun said again, no verb of a figure)
    return (subject_start, said)


def _only_changed(simplified: str, figure: Figure, words: str,
                  spans: tuple[tuple[int, int], ...], lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the word that says a change changed, when its clause says nothing more
    (增长29.6%, 增幅32.34%), else None: such a change is of the level before it."""
    if words in CHANGE_ONLY:
        return spans[-1]
    start = clause_bounds(simplified, figure.start, figure.end, lo, hi)[0]
    said = simplified[start:figure.start].strip()
    return (figure.start - len(said), figure.start) if said in CHANGE_ONLY else None


#: A measure of output or sales written alone after a comma, of what the clause before made.
OUTPUT_ALONE = ("产值", "年产值", "销售额", "收入", "年收入", "年销售额")
#: What a clause names right before its figure, after its verb: (采摘)鲜叶(7000多斤).
MADE_BEFORE = re.compile(r"(?:采摘|生产|种植|养殖|出栏|收获|加工|产出|销售|采收)了?"
                         r"(?P<what>[\u4e00-\u9fff]{2,8})$")


def _what_the_clause_before_made(text: str, comma: int, lo: int) -> tuple[int, int] | None:
    """What the clause ending at `comma` made or sold, when it ends with a figure of it
    (采摘鲜叶7000多斤，): the span of 鲜叶; None otherwise."""
    figure = _last_figure(text, max(lo, comma - LOOK_BACK), comma)
    if figure is None or figure.end != comma or figure.unit_kind == "money":
        return None
    made = MADE_BEFORE.search(text, max(lo, figure.start - 12), figure.start)
    return made.span("what") if made else None


def _measure_of_the_figure_before(simplified: str, figure: Figure, lo: int, hi: int
                                  ) -> tuple[int, int] | None:
    """What the figure before (of the same kind, in the same sentence) measures, past the
    place its label opens with, for a figure labelled only by another place: (江苏)人均GDP."""
    before = [f for f in find_figures(simplified, max(lo, figure.start - LOOK_BACK), figure.start)
              if f.unit_kind == figure.unit_kind]
    if not before or before[-1].base_unit != figure.base_unit:
        return None  # (完成…60户，…凉山11个县: another kind of count)
    previous = _of_the_figure_before(simplified, figure, lo, hi, kinds=(figure.unit_kind,))
    if len(previous) != 1:
        return None
    start, end = previous[0]
    place = _place_word_length(simplified[start:end])  # (全省)农民人均收入: all of it
    if end - start - place < 2:
        return None
    return start + place, end


#: What a figure after 以 is of, right after it: 以7.3%的(增速), 以2.67万亿(GDP).
MEASURE_AFTER_YI = re.compile(r"的?(?P<measure>增速|增幅|增长率|涨幅|降幅|速度|比例|占比|GDP"
                              r"|地区生产总值|生产总值|总产值|产值|销售额|成绩|规模)")
#: What all of those a count opening its words counts are or did: (13市)全部百强.
ALL_OF_THEM = re.compile(r"(?:全部|均|都|全都)[^，,。；;：:、\s]{2,10}")
#: Fields of work a verb after them makes one noun with, after another verb: (落实)产业转移
#: 项目资金, (完成)技术培训项目.
FIELDS_BEFORE_VERBS = ("产业", "技术", "劳务", "消费", "人才", "教育", "医疗", "科技", "就业",
                       "文化", "旅游", "电商", "技能", "产品")  # (实现工业)产品销售(收入)
#: A rate of output ending the words before a weight: (形成)年生产(7.2万吨…).
YEARLY_OUTPUT_END = re.compile(r"(?:年|日)(?:生产|产|加工|处理|出栏|供应)$")
#: What is made, right after such a weight: (7.2万吨)天然矿泉水(的规模).
MADE_AFTER = re.compile(r"(?P<what>[\u4e00-\u9fff]{2,10}?)(?=的|[，,。；;、]|$)")
#: What the places or bodies listed before their count became: (3家)成为(省级特色园区).
LISTED_BECAME = re.compile(r"(?:均|都|已)?"
                           r"(?:成为|被评为|被认定为|被命名为|被列为|入选|获评|获批|创成)"
                           r"(?P<what>[^，,。；;：:、]{2,16})")
#: Parts of a province or a country named by a direction: 苏南, 苏北, 东部.
REGION_WORDS = ("苏南", "苏北", "苏中", "浙南", "浙北", "闽东", "闽西", "粤东", "粤西", "粤北",
                "川西", "陇东", "东部", "中部", "西部", "全国")


def _place_word_length(words: str) -> int:
    """How long the place `words` open with is: a full name (临潭县), a province's or giver's
    bare name (江苏), or a part named by a direction (苏南); 0 when they open with none."""
    named = [len(name) for at, name in places_in(words) if at == 0]
    bare = [len(name) for name in (*GIVERS_OR_PROVINCES, *REGION_WORDS)
            if len(name) > 1 and words.startswith(name)]
    return max(named + bare, default=0)


def _of_the_figure_before(simplified: str, figure: Figure, lo: int, hi: int,
                          levels_only: bool = False, kinds: tuple[str, ...] = (),
                          siblings: bool = False) -> tuple[tuple[int, int], ...]:
    """The label of the figure before in the same sentence, without what it measured of it,
    for a figure whose own words name nothing: 农产品总价值约3500万元，共600余吨 → 农产品.
    With `kinds`, the nearest figure of those kinds; a figure labelled only by what it is
    compared with (较3月6日增加…) is a change of another, never the one named, unless the
    figure is its `siblings`' (分别高10个百分点、5个百分点: the same words for both)."""
    sentence_start, _ = sentence_bounds(simplified, figure.start, figure.end, lo, hi)
    earlier = find_figures(simplified, max(sentence_start, figure.start - LOOK_BACK),
                           figure.start)
    for previous in reversed(earlier):
        if kinds and previous.unit_kind not in kinds:
            continue
        if levels_only and previous.unit_kind in ("percent", "change", "points"):
            return ()
        spans = _label_spans(simplified, previous, lo, hi)
        said = "".join(simplified[a:b] for a, b in spans)
        if not spans or _names_nothing(simplified, spans) or (
                not siblings and COMPARISON_ONLY.fullmatch(said)) or (
                siblings and (said.startswith(("和", "及", "与", "、")) or FIGURE.search(said))):
            continue
        if previous.unit_kind == "change" and "".join(
                simplified[a:b] for a, b in spans) in EACH_YEAR_ONLY:
            continue  # 从…增加到127.54亿元，年均增长27.66%，累计达…: of the level before the rate
        *rest, (last_start, last_end) = spans
        measured = MEASURED_OF.search(simplified, last_start, last_end)
        if measured and measured.start() - last_start >= 2:
            last_end = measured.start()
        if not rest and (each := PER_UNIT_OPENING.match(simplified, last_start, last_end)) and \
                last_end - each.end() >= 2 and TOTAL_BEFORE.search(
                    simplified, max(sentence_start, figure.start - 3), figure.start):
            last_start = each.end()  # 每户补助资金5万元，共计870万元: the total, of all
        return (*rest, (last_start, last_end))
    return ()


#: A label opening with what it is per: 每户(补助资金).
PER_UNIT_OPENING = re.compile(r"每个?[\u4e00-\u9fff]")
#: A total right before a figure: 共计(870万元), 合计, 总计.
TOTAL_BEFORE = re.compile(r"(?:共计|合计|总计|共)$")


def _paying_for(text: str, figure: Figure, counted: tuple[int, int], end: int
                ) -> tuple[tuple[int, int], ...]:
    """The funds a sum counts, and what they pay for when that follows them: 安排3.14亿元援疆
    资金用于富民安居、定居兴牧项目 → 援疆资金 + 用于富民安居、定居兴牧项目."""
    used_for = (SHARE_USED_FOR.match(text, counted[1], min(len(text), counted[1] + 20))
                if figure.unit_kind == "money" and counted[1] <= end else None)  # past a 、
    return (counted, used_for.span("use")) if used_for else (counted,)


def _measure_after_from_to(text: str, figure: Figure, hi: int) -> tuple[int, int] | None:
    """What a from-to that names nothing before it measures, opening the clause right after
    its second end: 从…的2.9亿元到…的235.66亿元，林芝地区生产总值的飞跃 → 林芝地区生产总值."""
    pair = find_figures(text, figure.start, min(hi, figure.end + LOOK_BACK))
    if len(pair) < 2 or text[pair[1].end:pair[1].end + 1] not in ("，", ","):
        return None
    measure = MEASURE_OPENING.match(text, pair[1].end + 1, min(hi, pair[1].end + 24))
    return measure.span() if measure else None


def _projects_counted_before(text: str, figure: Figure, lo: int, hi: int,
                             any_kind: bool = False) -> tuple[tuple[int, int], ...]:
    """The label of a count of projects of a kind in the clause just before, which the funds
    a sum names alone are for (支持社会事业发展类项目20个，安排援藏资金8790万元); () when
    that clause counts no such projects. Funds named by 资金 alone are those projects' of
    `any_kind` (协作项目14项，资金4040万元 → 协作项目资金)."""
    counted = _figure_before_in_sentence(text, figure, lo, hi)
    if counted is None or counted.unit_kind != "count":
        return ()
    start, _ = clause_bounds(text, figure.start, figure.end, lo, hi)
    if MOBILISED.search(text, start, figure.start):  # 带动社会力量投入帮扶资金: others' funds
        return ()
    spans = _label_spans(text, counted, lo, hi)
    if not spans or not text.endswith("项目", 0, spans[-1][1]):
        return ()
    if any_kind:
        return spans
    kind = GENERIC_PROJECT_WORDS.sub("", text[spans[-1][0]:spans[-1][1] - 2])
    if len(kind) < 2 or any(c in CHINESE_NUMERAL_CHARS or c.isdigit() for c in kind) or \
            _only_a_place(kind) or GIVER_OPENING.match(kind):
        return ()  # 援疆项目93个 (no kind), 两企业…项目, 玉树项目: no kind of project
    return spans


def _goods_ending_clause_before(text: str, figure: Figure, lo: int) -> tuple[int, int] | None:
    """The funds or goods that close the clause before the figure's, which what they are
    worth (折合1785万元) is of; None when that clause ends otherwise."""
    start, _ = clause_bounds(text, figure.start, figure.end, lo, figure.end)
    before = _clause_before(text, start, lo)
    if before is None:
        return None
    goods = GOODS_ENDING.search(text, max(before[0], before[1] - 8), before[1])
    return goods.span() if goods else None


def _same_unit_before(simplified: str, figure: Figure, lo: int) -> tuple[tuple[int, int], ...]:
    """The label of the last figure before in its paragraph written in the same unit, which
    这一比例 points at; () when there is none."""
    earlier = [f for f in find_figures(simplified, max(lo, figure.start - LOOK_BACK),
                                       figure.start) if f.unit == figure.unit]
    return _label_naming(simplified, earlier[-1], lo, figure.start) if earlier else ()


def _from_to_before(simplified: str, figure: Figure, lo: int, hi: int
                    ) -> tuple[tuple[int, int], ...]:
    """The label of the from-to that ends right before the figure in its sentence, which a
    yearly rate after it (年均增长17.4%) is the rate of; () when none does."""
    sentence_start, _ = sentence_bounds(simplified, figure.start, figure.end, lo, hi)
    earlier = find_figures(simplified, max(sentence_start, figure.start - LOOK_BACK),
                           figure.start)
    if len(earlier) < 2 or earlier[-2].relation not in ("从", "由"):
        return ()
    return _label_naming(simplified, earlier[-2], lo, hi)


#: How long or how steadily the subject of a clause kept doing something: 连续19年, 持续.
STEADILY = re.compile(r"连续|持续|始终|一直")


def _subject_of_clause_before(text: str, start: int, lo: int) -> tuple[int, int] | None:
    """What the clause before a from-to is about, when the from-to names nothing itself:
    its words up to its verb (农产品销售额实现翻番 → 农产品销售额); None when it has none."""
    before = _clause_before(text, start, lo)
    if before is None:
        return None
    clause_start, clause_end = before
    words_start = _skip_leading(text, clause_start, clause_end)
    verbs = [v for v in LEADING_VERB.finditer(text, words_start + 2, clause_end)
             if text[v.end():v.end() + 1] not in ("额", "量", "值")]  # 销售额 is a noun
    words_end = verbs[0].start() if verbs else clause_end
    if steady := STEADILY.search(text, words_start + 2, words_end):
        words_end = steady.start()  # 生产总值连续19年保持…: what, before how long
    words = text[words_start:words_end]
    if not _has_words(words) or len(words) > MAX_LABEL or FIGURE.search(words):
        return None
    return (words_start, words_end)


def _bracketed_part(text: str, figure: Figure, lo: int) -> tuple[tuple[int, int], ...]:
    """A place's share of the figure just before a bracket, written inside it: in
    270个帮扶项目（北京市216个，天津市54个） 216个 are 北京市帮扶项目. Nothing otherwise."""
    opened = max(text.rfind("(", max(lo, figure.start - 40), figure.start),
                 text.rfind("（", max(lo, figure.start - 40), figure.start))
    if opened < 0 or re.search(r"[)）]", text[opened:figure.start]):
        return ()
    item_start = max(opened + 1, *(text.rfind(c, opened, figure.start) + 1 for c in "，,、；;"))
    if not _only_a_place(text[item_start:figure.start]):
        return ()
    outer = [m for m in FIGURE.finditer(text, max(lo, opened - 30), opened)
             if m.group("unit") == figure.unit
             and re.fullmatch(r"[\u4e00-\u9fff]{2,10}", text[m.end():opened])]
    if not outer:
        return ()
    return ((item_start, figure.start), (outer[-1].end(), opened))


def _part_after_whole(text: str, figure: Figure, lo: int, hi: int
                      ) -> tuple[tuple[int, int], ...]:
    """A place's share of a sum just said, after 其中 and named by the place alone: in
    到位资金达93.11亿元，其中上海市72.8亿元，广东省20.31亿元 the 72.8亿元 are 上海市到位资金,
    what the whole measures without whose it was. Nothing otherwise."""
    sentence_start, _ = sentence_bounds(text, figure.start, figure.end, lo, hi)
    part_of = text.rfind("其中", max(sentence_start, figure.start - 40), figure.start)
    if part_of < 0:
        return ()
    item_start = max(part_of + 2, *(text.rfind(c, part_of, figure.start) + 1 for c in "，,、"))
    if not _only_a_place(text[item_start:figure.start]):
        return ()
    whole = [m for m in find_figures(text, max(sentence_start, part_of - LOOK_BACK), part_of)
             if m.unit_kind == figure.unit_kind and m.unit == figure.unit]
    spans = _label_spans(text, whole[-1], lo, hi) if whole else ()
    if not spans or _names_nothing(text, spans):
        return ()
    *_, (words_start, words_end) = spans
    words = text[words_start:words_end]
    named = [at + len(name) for at, name in places_in(words)]
    named += [at + len(giver) for giver in GIVERS if (at := words.rfind(giver)) >= 0]
    measure_start = words_start + max(named, default=0)  # 上海、广东扶贫协作…: whose, gone
    if words_end - measure_start < 2:
        return ()
    return ((item_start, figure.start), (measure_start, words_end))


def _invested_in(text: str, figure: Figure, before: tuple[int, int], end: int
                 ) -> tuple[tuple[int, int], ...] | None:
    """投资30亿元的南川区环保设备制造中心项目: the sum is what the project named after it
    invests; the label is the project's name, then 投资 (价值41.85亿元的定西农特产品: their
    worth)."""
    invest = INVESTED.search(text, before[0], before[1]) or (
        SPENT_ON.search(text, before[0], before[1]) if text.startswith("的", figure.end)
        else None)  # 总投入1890万元的6个教育信息化项目, not 投入50亿元实施…项目
    built = BUILT_WITH.match(text, figure.end, end)  # 投资245万元建设的…项目
    if built is None and invest and invest.group() == "投资" and invest.start() == before[0]:
        # 投资1.7亿元，在…，开展…项目: the clauses after it, in its sentence
        _, sentence_end = sentence_bounds(text, figure.start, figure.end)
        built = BUILT_AFTER_COMMA.match(text, figure.end, sentence_end)
        if built:  # the project its own clause names, not the next one's
            _, end = clause_bounds(text, built.end(), built.end(), 0, sentence_end)
    kinds = ("area", "area_mu") if invest and invest.group().endswith("面积") \
        else ("money", "money_usd")
    if figure.unit_kind not in kinds or invest is None or built is None:
        return None
    stop = text.find("、", figure.end, end)
    phrase_end = stop if stop >= 0 else end
    if joined := NEXT_INVESTED.search(text, built.end(), phrase_end):
        phrase_end = joined.start()  # …住房建设项目和总投资100万元的…: the next one's is its own
    if told := PROJECT_TOLD.search(text, built.end(), phrase_end):
        phrase_end = told.start()  # …建设项目已完成主体工程: what became of it follows
    project = PROJECT_END.search(text, built.end(), phrase_end)
    if project is None and stop >= 0:  # 总投资…的道路硬化、危房改造等项目: what the list sums up
        project = PROJECTS_LISTED.search(text, stop, min(end, stop + MAX_LONG_LABEL * 3))
    if project is None:
        return None
    name = built.end()
    if re.search(r"[0-9０-９]", text[name:project.end()]):  # …总装机容量350千瓦的光伏扶贫项目
        name = max(name, text.rfind("的", name, project.end()) + 1)
        inner = [m.end() for m in FIGURE.finditer(text, name, project.end())]
        if inner and project.end() - inner[-1] >= 4:  # 年产20万吨…一体化项目: after the figure
            name = inner[-1]
    return ((name, project.end()), invest.span())  # its name first (label_text)


def _before_next_figure(text: str, span: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """`span` without the next figure in it, when words come before that figure: the words
    before it, then what it counts (直接安排在库车县实施了23个援疆项目 → 实施 + 援疆项目)."""
    other = next((m for m in FIGURE.finditer(text, *span) if not not_a_figure(text, m)), None)
    if other is None or other.start() - span[0] < 2:
        return (span,)
    if text[other.start() - 1] in (*JOINS, "、"):  # 22名人大代表和2名…: the first item
        return ((span[0], other.start() - 1),)
    verb_end = other.start() - (text[other.start() - 1] == "了")  # 实施了23个: 实施
    counted_end = _head_phrase_end(text, other.end(), span[1])
    if counted_end == other.end():
        return ((span[0], verb_end),)
    return ((span[0], verb_end), (other.end(), counted_end))


def _past_a_place(text: str, at: int, end: int) -> int:
    """Past the place named at `at`, if one is, and its verb, if a figure follows it
    (黑龙江省6家: at 6; 内蒙古挑选四批: at 四批)."""
    named = [name for start, name in places_in(text[at:min(end, at + 8)]) if start == 0]
    if not named:
        return at
    at += len(named[0])
    verb = LEADING_VERB.match(text, at, end)
    past = verb.end() + (text[verb.end():verb.end() + 1] in ("出", "了")) if verb else at
    return past if verb and FIGURE.match(text, past, end) else at


#: The most words before a count, with no verb known among them, that go before what it counts.
UNREAD_LEAD_MOST = 12
#: Verbs of what is done to people counted after 的, not by them: (对县外务工的12.3万人)开展回访.
DONE_TO_THEM = ("开展", "进行", "实施", "给予", "提供")
#: The next sum invested, joined to the project before it: (…项目)和总投资(100万元的…).
NEXT_INVESTED = re.compile(r"[和及与](?=总?(?:投资|投入)[约近超逾]?[0-9０-９])")
#: A sum spent, before the 的 of what it was spent on: 总投入(1890万元的…项目).
SPENT_ON = re.compile(r"总?投入$")
#: Bodies listed before 等 and their count: (中央组织部、教育部等)八部委.
BODIES_LISTED = re.compile(r"[\u4e00-\u9fff]{2,6}[部委局厅办]"
                           r"(?:、[\u4e00-\u9fff]{2,6}[部委局厅办])*等$")
#: Bodies counted by their own word: 4部门, 9部委.
BODY_WORDS = ("部门", "部委")
#: Verbs of carrying before a count, which say nothing of what it counts: 满载613名务工人员.
CARRYING = ("搭载", "满载", "运载")
#: Classifiers that count no places: 1200多家贫困地区的扶贫企业 counts firms, not 地区.
NOT_PLACE_CLASSIFIERS = ("家", "名", "位", "人", "户")
#: A place or a kind of place ending the words before 的: whose the things counted are.
PLACE_ENDING = re.compile(r"(?:地区|村|乡镇|社区|[省市州县区])$")


#: The people of a place, counted by 万 with no measure word: (14万)林芝人.
PEOPLE_OF_A_PLACE = re.compile(r"[\u4e00-\u9fff]{2,3}?人(?![次才员民口工数均])")


def _past_joined_heads(text: str, stop: re.Match | None, end: int) -> re.Match | None:
    """Past the head nouns joined to the first by 和, 与 or 及: 2500家单位和企业参会 counts
    both; not 医院与当地学校(结对), a place first."""
    while stop and stop.group() in JOINS and (joined := JOINED_HEAD.match(text, stop.end(), end)) \
            and not _names_a_place_first(joined.group()) and \
            not (stop.group() == "与" and MET_WITH.match(text, joined.end(), end)):
        stop = AFTER_STOP.search(text, joined.end(), end)
    return stop


#: What one side does with another after 与: (30名记者)与援疆干部面对面交流 counts the
#: reporters only.
MET_WITH = re.compile(r"面对面|交流|座谈|见面|对话|会谈|交谈|合影|签约|签订|结对")


#: Head nouns that are verbs when a figure follows them: (贫困县)组织(60余家).
VERBS_AS_HEADS = ("组织",)
#: Words of money that are verbs too, when what they pay for follows (2亿元支持南疆旅游发展,
#: 10万元补贴贫困户): nouns only at a phrase's end (10万元的项目支持).
SUPPORTING = ("支持", "资助", "补贴", "补助", "奖励")


def _past_approximation(text: str, at: int) -> int:
    """Past a word of approximation opening a figure at `at` (8批次、约1500名…人才)."""
    return m.end() if (m := APPROXIMATE_OPENING.match(text, at)) else at


#: Words of approximation a figure may open with: 约, 近, 超, 逾.
APPROXIMATE_OPENING = re.compile(r"约|近|超过|超|逾")


def _counted_after(text: str, figure: Figure, end: int) -> tuple[int, int] | None:
    """The noun phrase a count counts when it is written after it, up to its last head noun
    (为47个脱贫村集体经济增收 → 脱贫村); None when no such phrase follows."""
    if figure.unit_kind not in ("count", "people", "person_times", "area", "area_mu", "money",
                                "length", "weight"):
        return None
    chained = figure.end
    # 六千多吨、两百多种道地药材, 1.2万户4.5万人口: what all count, after the last
    while m := (FIGURE.match(text, _past_approximation(text, _past_a_place(
            text, chained + (2 if text.startswith("共计", chained) else 1), end)), end)
                if text.startswith(("、", "共"), chained) else FIGURE.match(text, chained, end)):
        chained = m.end()  # 选派11批共3000多人次干部人才, 广东省7家、黑龙江省6家企业: what all
        # count
    while (rate := CAPACITY.match(text, chained, end)) and \
            (m := FIGURE.match(text, rate.end(), end)):
        chained = m.end()  # 两条日产5000吨…生产线: the lines, past what each makes
    begin = chained + (text[chained:chained + 1] == "的")  # 20万元的经济资助
    if text.startswith("中", begin) and figure.unit[-1:] in AMONG_UNITS:
        return None  # 5万多人中白裤瑶…: some of them follow, not what they are
    if figure.unit == "万" and (people := PEOPLE_OF_A_PLACE.match(text, begin, end)):
        return people.span()  # 14万林芝人: the people of the place
    if figure.unit == "亩" and MU_OF_LAND.match(text, begin):  # 230亩地: the unit's
        begin += 1
    if figure.unit == "对" and (pairs := COUNTED_NOUN.match(text, begin, end)):
        return pairs.span()  # 五对区县: the places paired
    named = QUOTED_NAME.match(text, begin, end)
    if named:  # 举办了3场“劳务就业扶贫招聘会…”: the name it counts
        head = HEAD_NOUNS.search(text, named.end(), min(end, named.end() + 10))
        if head and re.fullmatch(r"[\u4e00-\u9fff]*", text[named.end():head.start()]):
            return (named.start(), head.end())  # 12趟“点对点”定制化高铁务工专列: to its head
        if places := COUNTED_NOUN.match(text, named.end(), end):
            return (named.start(), places.end())  # 24个“一区”区县: the places of that name
        if (agreeing := AGREEING_NOUNS.get(figure.unit.lstrip("万亿"))) and \
                (own := agreeing[0].match(text, named.end(), end)):
            return (named.start(), own.end())  # 70万株“白叶一号”茶苗: the name, then its kind
        return named.span(1)
    if text.startswith("来自", begin) and (of := text.find("的", begin, min(end, begin + 40))) \
            - begin > MAX_LABEL // 2 and (whose := WHOSE_HEAD.match(text, of + 1, end)):
        return whose.span()  # 8名来自…西苑医院、…等医疗机构的专家: the experts (12家来自东部的
        # 企业, short, whole)
    relative = RELATIVE_HEAD.match(text, begin, end)
    if relative and (agreeing := AGREEING_NOUNS.get(figure.unit.lstrip("万亿"))) and \
            (own := agreeing[0].match(text, begin, end)) and own.end() < relative.start("head"):
        relative = None  # 69套安居富民房整齐地布局在…的乡村中: the dwellings its classifier counts
    if relative and relative.start("head") - begin > MAX_LABEL // 2 and \
            not HEAD_ENDING.search(text, begin, relative.start("head") - 1) and \
            not any(HEAD_NOUNS.match(text, begin + k) for k in range(3)) and \
            figure.unit_kind in ("count", "people", "person_times"):
        # 52项事关各族群众切身利益的民生工程 → 民生工程 (20个贫困村的村民 counts the villages,
        # 30多个市直部门与…的部门 the departments right after it)
        return relative.span("head")  # 6万多名曾经生活在西海固贫困山区的农民 → 农民 (but
        # 12家来自东部的企业, short, whole)
    stop = AFTER_STOP.search(text, begin, end)
    if stop and stop.start() == begin and stop.group() == "结对":
        stop = AFTER_STOP.search(text, stop.end(), end)  # 892个结对帮扶困难村: whom they pair with
    stop = _past_joined_heads(text, stop, end)
    if stop and stop.group() == "的" and (whose := WHOSE_HEAD.match(text, stop.end(), end)) and (
            not HEAD_ENDING.search(text, begin, stop.start())  # 7家技术雄厚的医院: 医院
            or (figure.unit in NOT_PLACE_CLASSIFIERS
                and PLACE_ENDING.search(text, begin, stop.start()))):
        # 12家来自东部的企业: to 企业; 1200多家贫困地区的扶贫企业: the firms, of those places
        # (20个贫困村的村民 counts the villages)
        stop = _past_joined_heads(text, AFTER_STOP.search(text, whose.end(), end), end)
    if figure.unit_kind == "money" and (invested := INVESTMENT.match(text, begin, end)):
        return invested.span()  # 带着3.03亿元投资落户: what the sum is
    first_example = text.find("、", begin, min(end, begin + 7))
    if first_example > begin and HEAD_NOUNS.search(text, begin, first_example) and \
            (kind := EXAMPLES_OF_A_KIND.match(text, first_example, end)):
        return kind.span("kind")  # 408名教师、医生、农技人员等专技人才: those of the kind
    if first_example > begin and (kinds := KINDS_LISTED.match(text, begin, end)) and \
            not FIGURE.search(text, first_example, kinds.end()):  # not 百名…干部、千名…专家
        return kinds.span()  # 139家学校、医院、社会组织等结对帮扶: all the kinds listed
    digit = re.search(r"[0-9０-９、]", text[begin:end])
    limit = min(stop.start() if stop else end, begin + digit.start() if digit else end)
    phrase = re.sub(r"[（(][^）)]{0,8}[）)]$", "", text[begin:limit])  # 脱贫县（区）
    words = re.match(r"[\u4e00-\u9fff“”]{1,20}", phrase)  # 155名浙江省新一轮援川干部也…
    if words is None:
        return None
    nouns = (MONEY_NOUNS if figure.unit_kind == "money" else
             AREA_HEADS if figure.unit_kind in ("area", "area_mu") else HEAD_NOUNS)
    heads = list(nouns.finditer(words.group()))
    if heads and heads[-1].group() in VERBS_AS_HEADS and heads[-1].end() == len(phrase) and \
            digit and limit == begin + digit.start() and text[limit].isdigit():
        del heads[-1]  # 25个贫困县组织60余家企业: 组织 is what the counties did, not a noun
    if (quoted := words.group().find("“")) > 0 and heads and heads[0].end() < quoted and \
            all(head.end() != quoted for head in heads):
        heads = [head for head in heads if head.end() < quoted]  # 34家作坊采用“前店后院”
        # 模式: the workshops, not a quoted name after what they do (2万多款脱贫地区“土特产”
        # names them)
    listed = (LISTED_HEAD.match(text, limit, end)  # 19个工业、农业园区: the list, to its head
              if not heads and words.group() == phrase and figure.unit_kind != "money"
              else None)
    if listed:
        return (begin, listed.end())
    agreeing = AGREEING_NOUNS.get(figure.unit.lstrip("万亿"))
    if figure.unit_kind == "money" and heads and heads[-1].start() == 0 and \
            heads[-1].group() in SUPPORTING and len(words.group()) - heads[-1].end() >= 2:
        return None  # 其中2亿元支持南疆旅游发展: a verb and what it supports, not a noun
    if heads and agreeing and (whole := agreeing[0].match(text, begin, end)) and \
            whole.end() > begin + heads[-1].end():
        return whole.span()  # 98所乡镇卫生院: the clinics, not 乡镇
    if heads:
        return (begin, begin + heads[-1].end())
    if agreeing and (right_after := agreeing[0].match(text, begin, end)):
        return right_after.span()  # 采购1104头育肥牛 → 育肥牛
    if agreeing and (modified := agreeing[1].match(text, begin, end)):
        return modified.span("head")  # 7辆满载着…年货的货车 → 货车
    if (recognised := RECOGNISED.search(phrase, 2, 5)) and figure.unit_kind != "money":
        return (begin, begin + recognised.start())  # 东澳岛等4个岛屿入选国家“美丽海岛”: the
        # islands, not what they were named
    if figure.unit_kind == "money" or figure.bound in ("余", "多") or words.group() != phrase \
            or len(phrase) > 12:  # 300余人次参加培训: the words after it are what they did
        return None
    if 2 <= len(phrase) <= 4 and (limit == end or (stop and stop.group() == "的") or (
            digit and text[figure.start - 1:figure.start] == "等"
            and text[begin + digit.start()].isdigit())):
        # 年产1.2亿块页岩砖的…公司 → 页岩砖 (not the 外 of 除…外); 医疗、管理等12个专业15名…:
        # the kind its examples are of, up to the next figure
        return (begin, limit)
    return None


#: Kinds of place listed after a count of them: 10个区、县(市), 5个乡、镇.
PLACE_KINDS_LISTED = re.compile(r"[区县市乡镇旗](?:[、和][区县市乡镇旗])+(?:[（(][区县市旗][)）])?"
                                r"(?![\u4e00-\u9fff]{0,1}[级长委])")


def _lead_for(text: str, before: tuple[int, int], listed: bool, relative: bool = False
              ) -> tuple[int, int]:
    """What of the words before a count goes before what it counts: from the last verb, or
    after a link word (单位与广西 → 广西); nothing after a list's 、 (藥”6個特色產業); after
    的, only whose they are (保险公司的10位员工 → 保险公司员工)."""
    start, stop = before
    if listed or not _has_words(text[start:stop]):  # nothing but 共有, 达
        return (stop, stop)
    owner = None
    if relative:  # past a figure in those words (not the 家 of 46家企业的200余种产品)
        since = max(0, stop - 8)
        since = max([since, *(m.end() for m in FIGURE.finditer(text, since, stop))])
        owner = OWNER.search(text, since, stop)
    if owner and owner.group().endswith(("有限公司", "股份公司")) and owner.start() > start:
        return (stop, stop)  # 青海天香两椒有限公司的12种拳头产品: a firm's name, too long to
        # keep and never cut to 有限公司
    if owner:
        return owner.span()
    if names := QUOTED_NAMES_END.search(text, start, stop):  # 实施“粤菜师傅”…“乡村工匠”四项工程:
        stop = names.start()  # the names are examples of what it counts
    if text[start:stop].endswith("等") or (  # 昆山等5个…县级市: examples, not who counted
            text.startswith("在", stop) and FIGURE.match(text, stop + 1)):
        return (stop, stop)  # 特派员在14个农业领域…: where they worked, counted
    if text[start:stop].endswith((*CAUSATIVES, *PARTS_OF)):  # 力争使8个地区…: what is hoped,
        return (stop, stop)  # not done; 建设含3条生产线的项目: a part, not who counted it
    words = text[start:stop]
    verbs = list(LEADING_VERB.finditer(words))
    if verbs:
        start += verbs[-1].start()
    elif stop - start > UNREAD_LEAD_MOST:  # 过去全村用水主要靠水井连接(3个蓄水池): a clause
        return (stop, stop)  # of its own, no verb known to say what it did to them
    if text[start:stop].rstrip("着了") in CARRYING:  # 搭载着370多名务工人员: those carried
        return (stop, stop)
    links = [i for i, c in enumerate(text[start:stop]) if c in "和与及同并"
             and not text.startswith(NAMES_WITH_LEADING_WORDS, start + i)  # 向和田赠送
             and stop - (start + i + 1) != 1  # not the 和 of 和田, one character short
             and text.count("“", start, start + i) <= text.count("”", start, start + i)]
    # (“京和号”旅游专列载着500余名游客: a name's 和 links nothing)
    if links and not all(_only_a_place(part) for part in re.split("[和与及、]", text[start:stop])):
        start += links[-1] + 1  # (盐城和常州3个共建园区: both places' parks)
    where = text.rfind("在", start + 1, stop)
    if where >= 0 and 2 <= stop - where - 1 <= 4 and text[where + 1] not in "内于这此" and \
            "的" not in text[where:stop]:  # 增幅在全疆4个综保区: where they are (not 在内的)
        start = where + 1
    if text.startswith(EMPTY_VERBS, start) and (
            stop - start > 4 or text[start + 2:stop] in ("", "了")):
        start = stop if stop - start <= 3 else start + 2  # 实现对广西33个重点县, 实现了8个…:
        # a light verb says nothing of them
    while start < stop and (adverbial := ADVERBIAL.match(text, start, stop)):
        start = adverbial.end()
    if when := TIME_WORDS.match(text, start, stop):  # 现在5家电子企业: when, not what
        start = when.end()
    stop = next((at for at in range(start + 2, stop) if TIME_WORDS.fullmatch(text, at, stop)),
                stop)  # 公司目前有240多名员工: whose, not when
    while (qualifier := QUALIFIER_WORDS.match(text, start, stop)) and stop - qualifier.end() >= 2:
        start = qualifier.end()  # 累计提升 → 提升
    while stop - start >= 2 and (adverb := ADVERBS.match(text, start, stop)):  # 还给予 → 给予
        start = adverb.end()
    words = text[start:stop]
    ending = [name for at, name in places_in(words) if at + len(name) == len(words)]
    giver = next((g for g in GIVERS if len(g) >= 2 and words.endswith(g)), "")
    if len(words) > 6 and (ending or giver):  # …前方指挥部促成江苏16家开发园区 → 江苏开发园区
        start = stop - len(ending[-1] if ending else giver)
    words = text[start:stop]
    if len(words) > 6:
        start = stop - len(_shortened(words, 6))
    if relative and (stop - start > 4 or text.startswith("来自", start)):
        # 来自天津及外埠津商的154家企业: short words only, and never where from (来自各地的)
        return (stop, stop)
    return (start, stop)


#: Provinces and giving cities by their names of two characters or more: the first of a list
#: of them before 三省.
GIVER_OR_PROVINCE_NAMES = tuple(sorted((name for name in GIVERS_OR_PROVINCES if len(name) >= 2
                               and name not in ("东部", "粤港澳")), key=len, reverse=True))


def _first_place_listed(text: str, start: int, stop: int) -> int | None:
    """Where a list of place names ending at `stop` begins, within its clause after `start`:
    at 疏勒 in 重点援助喀什地区疏勒、英吉沙、岳普湖 (past the wider place and the verb before
    it); None when the words before `stop` are no such list."""
    clause = max((text.rfind(mark, start, stop) for mark in "，,。；;：:"), default=-1)
    words = text[max(start, clause + 1):stop]
    items = PLACE_LIST_JOINS.split(words)
    short = len(items)
    while short > 1 and re.fullmatch(r"[\u4e00-\u9fff]{2,5}", items[short - 1]):
        short -= 1  # 宝山区、嘉定区对口帮扶迪庆州香格里拉、德钦和维西: the list at the end
    if len(items) < 2 or (short > 1 and len(items) - short < 2):
        return None
    if short > 1:  # the items before the list's head are another list's (the givers')
        head_at = sum(len(item) + 1 for item in items[:short - 1])
        words, items = words[head_at:], items[short - 1:]
    head = items[0]
    cut = max((at + len(name) for at, name in places_in(head)
               if at + len(name) <= len(head) - 2), default=0)  # 喀什地区疏勒 → 疏勒
    ending = [at for at, name in places_in(head) if at + len(name) == len(head) and at >= cut]
    named = next((name for name in GIVER_OR_PROVINCE_NAMES if head.endswith(name)), "")
    if ending:
        cut = ending[-1]  # 立足英吉沙县 → 英吉沙县
    elif named and len(head) - len(named) >= cut:
        cut = len(head) - len(named)  # 来自江苏、安徽和陕西三省: a giving province leads too
    elif verb := re.search(r"(?:帮扶|帮助|支援|援助|覆盖|涉及|包括|负责|下辖|所辖|为|对|在|向|与)"
                           r"(?=[\u4e00-\u9fff]{2,5}$)", head[cut:]):
        cut += verb.end()  # 特别是为江孜 → 江孜, 山东省还帮助疏勒 → 疏勒
    else:
        while (word := ADVERBS.match(head, cut) or LEADING_VERB.match(head, cut)) and \
                len(head) - word.end() >= 2:
            cut = word.end()  # 广东省新增江门 → 江门
    if not 2 <= len(head) - cut <= 5:
        return None
    return stop - len(words) + cut


def _places_listed_from(text: str, start: int, last_mark: int) -> int:
    """Where a list of places joined by 、 begins, its last 、 at `last_mark`: 与安顺、陇南 at
    安顺, 伊犁州伊犁、阿勒泰、塔城 at 伊犁 (the first item may end a longer phrase); `last_mark`
    when the item before the mark is no place (a province is no item: 贵州、四川 are examples)."""
    first = last_mark
    for item in reversed(text[start:last_mark].split("、")):
        if _only_a_place(item) and item not in PROVINCES:
            first -= len(item) + 1
            continue
        ending = [name for at, name in places_in(item) if at + len(name) == len(item)]
        if ending and ending[-1] not in PROVINCES:
            first -= len(ending[-1]) + 1
        break
    return first + 1 if first < last_mark else last_mark


def _whole_of(words: str) -> str:
    """A place's words less the 全省 that says all of it: 贵州全省 → 贵州."""
    return re.sub(r"(?<=[\u4e00-\u9fff]{2})全[省市县州区]$", "", words)


def _only_a_place(words: str) -> bool:
    """Whether `words` name a place and nothing else: “东三县”, 甘南州 (the scope says it)."""
    bare = words.strip("“”\"' ")
    if bare in ("当地", "本地", "周边", "全县", "全州", "全市", "全省"):
        return True
    return bool(bare) and [name for _at, name in places_in(bare)] == [bare]


def _names_a_place_first(words: str) -> bool:
    """Whether `words` open with a place: 当地学校, 陇南市医院 (the other side of a pairing)."""
    if words.startswith(("当地", "本地", "对方", "对口", "受援地")):
        return True
    return any(at == 0 for at, _name in places_in(words))


def _names_nothing(text: str, spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether the spans hold nothing but figures, qualifiers and particles (共, 共500余吨、)."""
    joined = "".join(text[a:b] for a, b in spans)
    # what no figure reads (二至五批: batches by their order) is words
    words = FIGURE.sub(lambda m: m.group() if not_a_figure(joined, m) else "", joined)
    if not re.search("[是比较]", words):  # (是2019年的1.3倍 names the year compared with)
        words = PERIOD.sub("", words)  # 其中1994年至2004年达(785.26亿元): when, no more
    return not TRAILING_WORDS.sub("", QUALIFIER_WORDS.sub("", words)).strip("，,、 ")


def _label_naming(text: str, figure: Figure, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    """Another figure's label spans, when they name something; () when they name nothing
    (共, 达…), so that a figure never borrows an empty label."""
    spans = _label_spans(text, figure, lo, hi)
    return spans if spans and not _names_nothing(text, spans) else ()


def _has_words(text: str) -> bool:
    """Whether `text` says more than qualifiers and particles (共, 达, 的…)."""
    rest = TRAILING_WORDS.sub("", QUALIFIER_WORDS.sub("", text)).strip("，,、 ")
    return len(rest) >= 2 and rest not in OTHERS


#: A giver's own aid named right after it, with no verb between: (上海市)对口援藏项目.
WHOSE_AID = re.compile(r"对口(?:援[藏疆青建]|帮扶|支援|协作)(?:项目|资金|干部)")
#: Words that set the figure beside others, naming nothing: 其余5个共建园区, 另外1亿元.
OTHERS = frozenset(("其余", "其他", "其它", "另外", "此外"))
#: A second giver joined to the subject, before whom the aid went to: (中山市)及小榄组团向….
JOINED_SUBJECT = re.compile(r"(?:及|和|与)[\u4e00-\u9fff]{2,8}?(?<![定方意志导去])(?=向|为|给)")
# (not the 向 of 定向援助资金, 方向: words, no preposition)


def _skip_leading(text: str, start: int, stop: int) -> int:
    """Past the period, the subject and the qualifiers that open a clause."""
    moved = True
    while moved and start < stop:
        moved = False
        for pattern in (DATELINE, PERIOD, TIME_WORDS, SUBJECT, QUALIFIER_WORDS, ADVERBS):
            m = pattern.match(text, start, stop)
            if pattern is ADVERBS and m and text[m.end():m.end() + 1] in ("和", "与", "及"):
                continue  # 现场和意向订单金额: a noun joined to the next, no adverb
            if pattern is SUBJECT and m and text[m.end():m.end() + 1] in ("到", "赴", "至") \
                    and text[m.end():m.end() + 2] != "到位":
                continue  # 广州到黔南调研对接1279人次: who went is part of it
            if pattern is SUBJECT and m and text[m.end():m.end() + 1] == "籍":
                continue  # 接收忠县籍移民: whose natives, part of what is counted
            if pattern is SUBJECT and m and WHOSE_AID.match(text, m.end(), stop):
                continue  # 上海市对口援藏项目1582个、山东省对口援藏项目…: whose, told apart
            if m and pattern is SUBJECT and (joined := JOINED_SUBJECT.match(text, m.end(), stop)):
                m = joined  # 中山市及小榄组团向盘州市支援…: both gave
            elif pattern is SUBJECT and m and text[m.end():m.end() + 1] in ("和", "与", "及"):
                continue  # 各区县及政府部门定向援助资金: whose funds, both of them
            if m and m.end() > start and m.end() < stop:
                start, moved = m.end(), True
        while start < stop and text[start] in "，,、 ":
            start, moved = start + 1, True
        if (division := DIVISION_JOINED.match(text, start, stop)) and division.end() < stop:
            start, moved = division.end(), True  # 为巴州和二师援建…: who received, with 巴州
    return start


def propose_field(label: str, clause: str) -> Field:
    """The field the label's and the clause's words point to most; 其他 when none does."""
    best, best_score = OTHER, 0
    for field in FIELDS:
        score = sum(3 * (word in label) + (word in clause) for word in field.words)
        if score > best_score:
            best, best_score = field, score
    return best
