"""What an imported figure is probably about: a label taken from its clause and a category
from the fields of east-west cooperation. Proposals only: the user reviews each. No Qt, no
database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gannan_gui.pipeline.extract import (
    CHANGE_BEFORE,
    FIGURE,
    PERIOD,
    Figure,
    clause_bounds,
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
           "藏羊", "光伏", "千瓦", "中药材", "亩")),
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

#: Who did it, at the start of a clause: 天津市, 两地, 全州, 双方…
SUBJECT = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?(?:市|州|县|省|区)(?=[\u4e00-\u9fff]{3})"
                     r"|两地|双方|全州|全县|全市|全省|我州|我县|我市|县里|州里|市里|甘南|天津)")
QUALIFIER_WORDS = re.compile(r"(?:累计|共计|总计|其中|共有|约有|共(?![建享同产])|约|近|超过|超|逾"
                             r"|达到|达|将近|接近|大约|有)")
TRAILING_WORDS = re.compile(r"(?:累计|共计|达到|达|超过|超|逾|约|近|将近|为|了|从|由|的)+$")
#: How or where, before the verb: 通过消费帮扶渠道, 在天津.
ADVERBIAL = re.compile(r"(?:通过|借助|依托|利用|在|向|对|为|经|于)")
#: Patterns here are used with match(text, pos): anchored at pos, so no "^".
LEADING_VERB = re.compile(
    r"(?:带动|帮助|吸纳|转移|培训|种植|养殖|投入|落实|实施|引进|完成|实现|争取|安排|拨付|建成|新建|援建|共建|销售|采购|新增|发放|"
    r"捐赠|助销|帮销|改造|硬化|打造|建设|培育|创建|推动|促进|支持|资助|开展|举办|组织|签订|选派|设立|"
    r"派出|接收|覆盖|惠及)")


#: What a count of places counts, written right after it: 16个区, 34个贫困县, 15个团组. Not
#: the start of a longer word: 区域, 县级, 市场, 村民, 乡村.
COUNTED_NOUN = re.compile(r"(?:贫困县|贫困村|示范村|乡镇|团组|县区|区县|市州|社区"
                          r"|区|县|市|乡|镇|村)(?![域级场民城村庄镇])")
#: Measure words a counted noun may follow.
MEASURE_WORDS = ("个", "家", "所", "座", "处", "批")


def propose_label(simplified: str, original: str, figure: Figure, lo: int, hi: int) -> str:
    """A short name for the figure from its clause, in the report's own characters:
    落实天津财政援助资金14.93亿元 → 天津财政援助资金; 带动1.2万户群众增收 → 带动群众增收."""
    return label_text(original, label_spans(simplified, figure, lo, hi), figure)


def label_text(text: str, spans: tuple[tuple[int, int], ...], figure: Figure) -> str:
    """The label the spans mark, in `text`: the report as written, or its simplified twin
    (the same offsets serve both)."""
    label = "".join(text[start:end] for start, end in spans)
    return label.strip(" ，,")[-MAX_LABEL:] or text[figure.start:figure.end]


def label_spans(simplified: str, figure: Figure, lo: int, hi: int
                ) -> tuple[tuple[int, int], ...]:
    """Where the label lies in the figure's clause, read in simplified characters: the words
    before the figure, or a verb before it and what it acts on after it."""
    start, end = clause_bounds(simplified, figure.start, figure.end, lo, hi)
    before_start = _skip_leading(simplified, start, figure.start)
    listed = simplified.rfind("、", before_start, figure.start)  # 举办招聘会30场、培训120次
    if listed >= 0:
        before_start = listed + 1
    before_end = figure.start
    earlier = list(FIGURE.finditer(simplified, before_start, figure.start))
    if earlier:
        # 从3市13个县扩大到7市州: the words since the last figure and what it counted; but in
        # 互访15个团组共237人次 only 共 lies between, and the words before 15个 name both.
        previous = earlier[-1]
        counted = COUNTED_NOUN.match(simplified, previous.end(), figure.start)
        since = counted.end() if counted else previous.end()
        between = simplified[since:figure.start]
        if _has_words(between) or not QUALIFIER_WORDS.search(between):
            before_start = since
        else:
            before_end = previous.start()
    trailing = TRAILING_WORDS.search(simplified, before_start, before_end)  # $ at before_end
    change = CHANGE_BEFORE.search(simplified[before_start:before_end])
    if change:
        before_end = before_start + change.start()
    elif trailing:
        before_end = trailing.start()
    verbs = list(LEADING_VERB.finditer(simplified, before_start, before_end))
    # 通过…渠道销售农畜产品, 在天津设立展销中心: from the last verb; but 农村劳动力转移就业
    # is one noun phrase and stays whole.
    if verbs and before_end - verbs[-1].end() >= 2 and (
            len(verbs) > 1 or ADVERBIAL.match(simplified, before_start, verbs[-1].start())):
        before_start = verbs[-1].start()
    before = (before_start, before_end)
    verb = LEADING_VERB.match(simplified, before_start, before_end)
    if verb and before_end - verb.end() >= 4:  # 投入财政援助资金 → 财政援助资金
        before = (verb.end(), before_end)
    after_start = figure.end
    while after_start < end and simplified[after_start] in "的之为是":
        after_start += 1
    listed_after = simplified.find("、", after_start, end)
    after = (after_start, end if listed_after < 0 else listed_after)
    noun = (COUNTED_NOUN.match(simplified, figure.end, end)
            if figure.unit in MEASURE_WORDS else None)
    if noun:  # 所辖的16个区 → 所辖区; 互访交流15个团组 → 互访交流团组
        return tuple(s for s in ((max(before[0], before[1] - 6), before[1]), noun.span())
                     if s[1] > s[0])
    if before[1] - before[0] >= 2 and not (verb and verb.end() == before_end):
        return (before,)
    if after[1] > after[0]:
        return (before, after)  # the verb, then what it acts on: 带动 + 群众增收
    for span in (before, (start, figure.start), (figure.end, end)):
        if span[1] > span[0]:
            return (span,)
    return ()


def _has_words(text: str) -> bool:
    """Whether `text` says more than qualifiers and particles (共, 达, 的…)."""
    rest = TRAILING_WORDS.sub("", QUALIFIER_WORDS.sub("", text)).strip("，,、 ")
    return len(rest) >= 2


def _skip_leading(text: str, start: int, stop: int) -> int:
    """Past the period, the subject and the qualifiers that open a clause."""
    moved = True
    while moved and start < stop:
        moved = False
        for pattern in (PERIOD, SUBJECT, QUALIFIER_WORDS):
            m = pattern.match(text, start, stop)
            if m and m.end() > start and m.end() < stop:
                start, moved = m.end(), True
        while start < stop and text[start] in "，,、 ":
            start, moved = start + 1, True
    return start


def propose_field(label: str, clause: str) -> Field:
    """The field the label's and the clause's words point to most; 其他 when none does."""
    best, best_score = OTHER, 0
    for field in FIELDS:
        score = sum(3 * (word in label) + (word in clause) for word in field.words)
        if score > best_score:
            best, best_score = field, score
    return best
