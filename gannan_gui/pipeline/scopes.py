"""What a figure covers and when: its scope (the place or body it is about: 甘南州, 临潭县,
天津市东丽区) and its period, normalised (a year, a range of years, to a date, since a year,
cumulative), so that comparisons put like beside like. No Qt, no database.

The scope is the place its sentence names nearest before it, leaving out the places that give
rather than receive (天津, 江苏, 东部…: the helping side of a pairing), else the report's own
region or the first place its title names. The period is read from the words the extractor
kept (`Figure.period`, 累计 among its qualifiers) and the report's date (今年以来 is the
report's year, 截至目前 its date).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from gannan_gui.pipeline.numbers import parse_chinese_numeral

#: A place name: two to five characters and what kind of place it is.
PROVINCES = ("甘肃", "宁夏", "新疆", "青海", "西藏", "云南", "贵州", "四川", "重庆", "广西",
             "内蒙古", "陕西", "河北", "吉林", "黑龙江")
#: Every province's name without 省: a name ending in 省 is one of them or no place.
EVERY_PROVINCE = frozenset(("甘肃", "青海", "云南", "贵州", "四川", "陕西", "河北", "吉林",
                            "黑龙江", "辽宁", "山东", "江苏", "浙江", "福建", "广东", "海南",
                            "湖北", "湖南", "河南", "安徽", "江西", "山西", "台湾"))
#: The receiving side's prefectures, as reports often name them, without 市 or 州 (铜仁所辖10个
#: 板块, 助力安顺54.58万贫困人口脱贫), and their full names: facts of the map. Not names that are
#: also common words (安康, 普洱, 红河, 阿里, 文山, 海南, 海西, 兴安, 大理), nor a river or a
#: road named after one (拉萨河, 怒江流域, 怒江72拐).
PREFECTURES = {
    # 甘肃
    "甘南": "甘南州", "临夏": "临夏州", "定西": "定西市", "陇南": "陇南市", "天水": "天水市",
    "平凉": "平凉市", "庆阳": "庆阳市", "武威": "武威市", "张掖": "张掖市", "白银": "白银市",
    # 宁夏, 青海
    "固原": "固原市", "吴忠": "吴忠市", "中卫": "中卫市", "海东": "海东市", "黄南": "黄南州",
    "果洛": "果洛州", "玉树": "玉树州", "海北": "海北州",
    # 新疆, 西藏
    "和田": "和田地区", "喀什": "喀什地区", "阿克苏": "阿克苏地区", "克州": "克孜勒苏州",
    "伊犁": "伊犁州", "哈密": "哈密市", "昌吉": "昌吉州", "日喀则": "日喀则市", "林芝": "林芝市",
    "昌都": "昌都市", "那曲": "那曲市", "拉萨": "拉萨市", "山南": "山南市", "阿里": "阿里地区",
    # 四川
    "凉山": "凉山州", "甘孜": "甘孜州", "阿坝": "阿坝州", "广元": "广元市", "南充": "南充市",
    "达州": "达州市", "巴中": "巴中市", "广安": "广安市", "宜宾": "宜宾市", "泸州": "泸州市",
    # 贵州
    "遵义": "遵义市", "铜仁": "铜仁市", "六盘水": "六盘水市", "安顺": "安顺市", "毕节": "毕节市",
    "黔南": "黔南州", "黔东南": "黔东南州", "黔西南": "黔西南州",
    # 云南
    "昭通": "昭通市", "怒江": "怒江州", "迪庆": "迪庆州", "楚雄": "楚雄州", "保山": "保山市",
    "临沧": "临沧市", "丽江": "丽江市", "德宏": "德宏州", "西双版纳": "西双版纳州",
    # 广西, 湖北, 湖南, 陕西, 河北, 吉林, 内蒙古
    "百色": "百色市", "河池": "河池市", "崇左": "崇左市", "恩施": "恩施州", "湘西": "湘西州",
    "汉中": "汉中市", "商洛": "商洛市", "榆林": "榆林市", "延安": "延安市", "张家口": "张家口市",
    "承德": "承德市", "延边": "延边州", "赤峰": "赤峰市", "乌兰察布": "乌兰察布市",
    # 吉林, paired with 浙江
    "白山": "白山市", "通化": "通化市", "辽源": "辽源市", "松原": "松原市",
    # 新疆, paired with 湖南, 辽宁 and 江苏
    "吐鲁番": "吐鲁番市", "塔城": "塔城地区", "阿勒泰": "阿勒泰地区",
    # 新疆, paired with 湖北 and 河北 (巴州 alone, not 巴中's 巴州区)
    "博州": "博尔塔拉州", "巴州": "巴音郭楞州",
}
#: The receiving side's autonomous prefectures by their full names, and the short names a
#: scope gives them (海西蒙古族藏族自治州 is 海西州): facts of the map, too long for PLACE's
#: generic pattern to read whole.
AUTONOMOUS_PREFECTURES = {
    "甘南藏族自治州": "甘南州", "临夏回族自治州": "临夏州", "黄南藏族自治州": "黄南州",
    "果洛藏族自治州": "果洛州", "玉树藏族自治州": "玉树州", "海北藏族自治州": "海北州",
    "海南藏族自治州": "海南州", "海西蒙古族藏族自治州": "海西州",
    "克孜勒苏柯尔克孜自治州": "克孜勒苏州", "伊犁哈萨克自治州": "伊犁州",
    "昌吉回族自治州": "昌吉州",
    "博尔塔拉蒙古自治州": "博尔塔拉州", "巴音郭楞蒙古自治州": "巴音郭楞州",
    "凉山彝族自治州": "凉山州", "甘孜藏族自治州": "甘孜州", "阿坝藏族羌族自治州": "阿坝州",
    "黔南布依族苗族自治州": "黔南州", "黔东南苗族侗族自治州": "黔东南州",
    "黔西南布依族苗族自治州": "黔西南州", "恩施土家族苗族自治州": "恩施州",
    "湘西土家族苗族自治州": "湘西州", "延边朝鲜族自治州": "延边州", "怒江傈僳族自治州": "怒江州",
    "迪庆藏族自治州": "迪庆州", "楚雄彝族自治州": "楚雄州", "德宏傣族景颇族自治州": "德宏州",
    "西双版纳傣族自治州": "西双版纳州", "大理白族自治州": "大理州",
    "红河哈尼族彝族自治州": "红河州", "文山壮族苗族自治州": "文山州",
}
#: Prefectures a report may name with 地区 (山南地区, 阿里地区): 地区 alone names no place.
AREAS = (*PREFECTURES, "阿里")
#: Counties named by one character and 县 (落地礼县 is 礼县); not 宁 (永宁县, 会宁县, 静宁县).
ONE_CHARACTER_COUNTIES = "礼岷漳徽康文成理茂勉洋佳忠乾陇凤泸珙沛萧歙泾黟滑"


def _any_of(names) -> str:
    """A pattern for any of `names`, the longest first, tried only where one may start (a
    long alternation is slow to fail at every other character)."""
    return (f"(?=[{''.join(sorted({name[0] for name in names}))}])"
            f"(?:{'|'.join(sorted(names, key=len, reverse=True))})")


#: Counties of two characters whose second and 县 are a county of one: 镇康县 is not 康县.
COUNTIES_ENDING_AS_ONE = ("镇康县", "修文县", "来凤县")

#: Cities and leagues whose names are four characters long, past what a name's pattern takes.
LONG_NAMES = ("乌鲁木齐", "图木舒克", "可克达拉", "克拉玛依", "呼和浩特", "齐齐哈尔", "鄂尔多斯",
              "巴彦淖尔", "乌兰察布", "锡林郭勒", "香格里拉", "阿拉山口", "霍尔果斯")

#: Counties whose names are four characters long, before 县: 墨竹工卡县 (not 竹工卡县).
LONG_COUNTIES = ("墨竹工卡", "乌鲁木齐", "堆龙德庆")

#: The five autonomous regions, by name: 自治区 alone is a level.
#: The five autonomous regions as a scope names them.
AUTONOMOUS_REGIONS = ("西藏", "新疆", "宁夏", "广西", "内蒙古")
AUTONOMOUS_REGION = re.compile("(?:西藏|新疆维吾尔|新疆|宁夏回族|宁夏|广西壮族|广西|内蒙古)自治区")
#: Autonomous prefectures written with their peoples and 州 alone: 克孜勒苏柯尔克孜州 is 克孜勒苏州.
PEOPLES_PREFECTURES = {name[:-3] + "州": short for name, short in AUTONOMOUS_PREFECTURES.items()
                       if len(name) - 3 > 4}
PLACE = re.compile(rf"{_any_of(AUTONOMOUS_PREFECTURES)}|{_any_of(PEOPLES_PREFECTURES)}"
                   rf"|{_any_of(AREAS)}地区"
                   rf"|{_any_of(LONG_NAMES)}[市盟]|{_any_of(LONG_COUNTIES)}[县区]"
                   # a prefecture of four characters with 州 (西双版纳州), not 双版纳州
                   rf"|{_any_of([name for name in PREFECTURES if len(name) > 3])}[州市盟]"
                   # of two or three peoples: 孟连傣族拉祜族佤族自治县
                   r"|[\u4e00-\u9fff]{2,3}?(?:[\u4e00-\u9fff]{1,3}?族){2,3}(?:自治州|自治县)"
                   r"|[\u4e00-\u9fff]{2,6}(?:自治州|自治县)"
                   # the five autonomous regions, not 不出自治区 (“中病”不出…)
                   rf"|{AUTONOMOUS_REGION.pattern}"
                   # a province before a county's name is a name of its own: 广西|龙州县
                   rf"|{_any_of(PROVINCES)}(?![省自市区])"  # 河北区 is Tianjin's
                   # (not 双方推动市(北区): a district whose name opens with 市)
                   r"|[\u4e00-\u9fff]{2,3}(?:省|市(?![东南西北中]区)|州|县|区|旗|盟)"
                   rf"|[{ONE_CHARACTER_COUNTIES}]县(?!级)"  # not 建成县级
                   # a prefecture's bare name, not 安顺利, 阿里巴巴 or 阿里集团 (日喀则地委 is one)
                   rf"|{_any_of(PREFECTURES)}"
                   r"(?![省市州县区盟自利玉籍河巴云路街巷]|地(?!委)|集团|公司|流域|峡谷|大峡谷|沿岸|两岸"
                   r"|\d+拐|大道|医科|大学|学院|师范|职业|医院)")  # 遵义医科大学: a college's name;
# 延安路: a street
#: What a match may take in front of a name: 与甘南州, 为龙州县, 在卓尼县 (联合市慈善总会, 援疆
#: 泉州分指挥部: none).
LEADING_WORDS = ("与和及同在为向对从由到赴帮助援扶的了个将把给共年月日入除推就于挥进驻师位业扣"
                 "用地动极据按持力前其是套名来联疆下离距")
# (用于县, 带动万州, 目前宝安区, 来麟游县, (框架)下会宁县, 距离银川市, 距蓟州区)

#: Verbs whose second character a match of a name may open with (援建夏河县, 促成海西州,
#: 考察了博州): the place follows the verb.
VERBS_SPLIT_BY_A_NAME = frozenset(("援建", "新建", "修建", "共建", "兴建", "扩建", "创建", "组建",
                               "援助", "促成", "建成", "形成", "完成", "达成", "组成", "考察",
                               "选址", "安排", "实施", "落实", "投向", "举办", "举行", "销售",
                               "召开", "配合", "结合", "联合", "立足", "培训", "带动", "吸纳",
                               "转移", "组织", "覆盖", "其中", "抵达", "到达"))
# 选址嘉善县, 安排临潭县, 培训丰都县, 其中临潭县 (never 中临潭县),
# 配合汶川县, 立足海原县
#: Verbs of going somewhere that a match of a name may open with: 考察甘南州, 走进佳县.
VERBS_BEFORE_PLACES = frozenset(("考察", "调研", "走访", "慰问", "走进", "前往", "来到", "深入",
                                 "地处", "位于", "支援", "帮扶", "开发"))  # 对口支援万州
#: Places of the receiving side whose names begin with one of those words: 在和田县 is 和田县,
#: not 田县, and 和政县 alone is a place, not 和 and a fragment.
NAMES_WITH_LEADING_WORDS = ("和田", "和政", "和静", "和硕", "和龙", "同仁", "同心", "同德", "共和",
                            "日土", "日喀则", "个旧", "将乐", "从江", "于田", "于都", "师宗",
                            "进贤", "前郭", "名山", "来凤", "来安", "来宾", "下陆", "下花园",
                            "下关", "下城", "离石")
#: Prepositions and links no place name holds inside it.
INNER_LINKS = "从在向对由赴到与及是"  # 一是市财政局…: a list's item, then the city's office
#: Names of kinds of place, not of a place: 脱贫县, 贫困村, 各县.
KINDS_OF_PLACE = ("脱贫", "贫困", "重点", "各", "全", "每", "所辖", "结对", "对口", "协作", "其中",
                  "省区", "省市", "受援", "试点", "受灾", "其他", "其它", "他", "它")
#: (其中县级…, 西部10个省区市, 试点县, 其他受灾县: no place named)
#: Words that end like a place and are none: 产业园区, 示范区, 市场, 社区, 城区…
NOT_PLACES = re.compile(r"贫困|脱贫|园区|展区|结盟|示范区|开发区|经开区|高新区|保税区|综保区|院区|"
                        r"试验区|实验区|商业区|商务区|中心区|地级市|县级市|发达[县市区]|合作区|功能区|先行区|集聚区|聚集区|核心区|承载区|引领区|先导区|景区|城区|社区|小区|牧区|片区|禁区|"
                        r"库区|厂区|校区|辖区|山区|藏区|民族地区|地区|城市|门市|超市|市场|都市|"
                        r"[东西南北中]部|[东西南北](?:边|面)[县市区]|各县|各市|各区|全县|全市|全区|全州|全省|县区|区县|市州|地市|县县|镇镇|村村|"
                        r"[我本该两兩][省市州县区]|[了的着过被][省市州县区旗]|湾区|建成区|欧盟"
                        # 召开市县两级联席会议, 利用市领导联系机制
                        r"|(?:召开|举办|举行|组织|利用|依托|号召)[省市州县区]"
                        r"|服务区"
                        r"|[\u4e00-\u9fff]{2}[两三四五六七八九十][省市州县区旗]"  # 张承保三市
                        r"|口[两三四五六七八九十][省市州县区旗]"  # 对口四县
                        r"|[两三四五六七八九十]地州"  # 南疆四地州
                        r"|^[一二两三四五六七八九十]+(?:县市|县区|市县|区县|市州|州市)"  # 八县市
                        r"|每个?[省市州县区旗乡镇村]"  # 按每县6000万元
                        # 重点帮扶县, 兄弟县
                        r"|(?:帮扶|受援|协作|结对|援助|选派|兄弟)[省市州县区乡镇村]"
                        r"|水源区|设区市|主宾[省市]"  # 南水北调中线水源区
                        r"|联盟|双方|两地|市县|县市|省市|大县|省时|合作省|品专区|专馆|落实|完善|当地|实施"
                        # 产业联盟, 农业大县, 援疆省市, 当地县, 有关区(市), 昨天市(委)
                        r"|自贸区|有关|集市|昨天|今天|明天|行政区"  # 原有行政区(划)
                        # 新华社兰州10月17日电: a dateline says where the reporter filed from
                        r"|华社|新社|[新民华央]网"
                        # 挂任定点县副县长, 革命老区, 扶贫开发工作重点县: kinds of place
                        r"|定点|老区|重点[县村乡镇]"
                        # 定点扶贫县, 挂牌督战县: kinds of place
                        r"|扶贫[县村乡镇]|督战|挂牌"
                        # 展销专区, 消费扶贫专区, 棚户区改造: a counter and a kind of housing
                        r"|专区|棚户区|上市"  # 错峰上市: a launch, no city
                        r"|重灾[县区]"  # 一省帮一重灾县: a kind of county
                        r"|灌区|少数民族自治[州县]"  # 大型灌区, 全国30个少数民族自治州
                        r"|大市|大省"  # 江门是农业大市: a kind of city
                        r"|摘帽|^直辖市$"  # 283个摘帽县中, 被帮扶省（自治区、直辖市）
                        r"|集聚区|聚集区|强[省市县区]")  # 产业集聚区, 少数民族聚集区, 教育强区
#: A prefecture named with 地区, which the 地区 above does not make a kind of place.
NAMED_AREA = re.compile(f"{_any_of(AREAS)}地区")
#: What makes a name's last character the start of a word: 市场, 区域, 县级 (建成县级…).
WORD_AFTER = {"市": "场民政级域", "区": "域县位级", "县": "级城域", "州": "级",
              "省": "级域"}  # 区县帮扶, 区位优势, 市民, 市政, 州级中心, 县城, 县域
#: The rest of a firm's name after a province's: (青海)库库诺尔食品有限公司, (青海)国投集团.
COMPANY_AFTER = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:有限公司|公司|集团)")
#: An office that speaks, after a place: (西藏自治区)政府新闻办召开的新闻发布会.
OFFICE_AFTER = re.compile(r"(?:人民)?(?:政府)?(?:新闻办|新闻发布会|发布会)")
#: A level of government, not a place: 县及县以下基层项目, 乡镇以下 (安排县 is no county).
LEVEL_AFTER = re.compile(r"(?:及[省市州县区乡镇])?以[上下]")
#: The helping side of the pairings: places named as the giver, not the scope of a figure.
GIVERS = ("天津", "北京", "上海", "江苏", "浙江", "福建", "广东", "山东", "辽宁", "大连", "青岛",
          "宁波", "深圳", "厦门", "苏州", "杭州", "广州", "佛山", "东莞", "珠海", "中山", "南京",
          "无锡", "常州", "镇江", "济南", "烟台", "威海", "温州", "嘉兴", "湖州", "绍兴", "福州",
          "扬州", "南通", "徐州", "泰州", "盐城", "淮安", "宿迁", "连云港", "金华", "台州", "衢州",
          "丽水", "舟山",
          # cities of the provinces that aid Xinjiang and Tibet (郑州援疆, 武汉…4个对口援助市)
          "郑州", "洛阳", "武汉", "黄石", "襄阳", "宜昌", "长沙", "株洲", "湘潭", "合肥", "南昌",
          "太原", "哈尔滨", "石家庄",
          # Shandong's cities, which aid Chongqing's counties and Gansu (枣庄…帮助丰都县)
          "枣庄", "济宁", "潍坊", "临沂", "日照", "淄博", "泰安", "东营", "聊城", "德州", "滨州",
          # Liaoning's cities, which aid Nagqu and Tacheng (阜新市水务集团…援助那曲)
          "沈阳", "鞍山", "抚顺", "本溪", "丹东", "锦州", "营口", "阜新", "辽阳", "盘锦", "铁岭",
          "葫芦岛",
          "东部", "粤港澳", "津", "闽", "沪", "京", "粤", "澳门", "香港",
          "苏", "浙", "鲁")
#: The names of provinces and giving places: 浙江, 甘肃; those of two characters.
GIVERS_OR_PROVINCES = frozenset((*PROVINCES, *GIVERS))
PROVINCE_OR_GIVER = frozenset(name for name in GIVERS_OR_PROVINCES if len(name) == 2)
#: The provinces, prefectures and giving places of two characters or more, as the start of a
#: name (援建喀什市 is 喀什市).
NAMED_SIDES = tuple(name for name in (*PROVINCES, *GIVERS, *PREFECTURES) if len(name) > 1)
#: 自2016年…以来, 2021年至今, 从2010年开始, 自1996年…后.
PERIOD_SINCE = re.compile(r"(\d{4})年(?:\d{1,2}月份?)?"  # 2024年6月以来: since 2024
                          r"(?:[，,]?(?:[^，。；;,\d]{2,40})?(?:以?来|至今|以?后)|起|开始)")
# (1996年，中央确定对口帮扶以来: the year, then the event since which)
PLAN_PERIODS = {"十一五": (2006, 2010), "十二五": (2011, 2015), "十三五": (2016, 2020),
                "十四五": (2021, 2025), "十五五": (2026, 2030),
                # the five years after poverty was declared beaten, of 巩固衔接 (2021–2025)
                "过渡期": (2021, 2025)}
YEARS = re.compile(r"(\d{4})年?\s*[-—–至到]\s*(\d{2,4})年")  # 1994年至2018年 too
#: Two years listed: 2016、2017年 (the two of them when they follow each other).
TWO_YEARS = re.compile(r"(\d{4})年?、(\d{4})年")  # 2018年、2019年 too
YEAR = re.compile(r"(\d{4})年(?:上半年|下半年|前三季度|全年)?")
#: A span of months, within a year or across years: 2019年1—10月, 2017年1月至2019年10月.
MONTHS = re.compile(r"(\d{4})年\d{1,2}月?\s*[—–\-~～至到]\s*(?:(\d{4})年)?\d{1,2}月")
AS_OF = re.compile(r"(?:截(?:至|止[至到]?)|^[至到])(\d{4})年(?:(\d{1,2})月)?(底|末)?"
                   r"|^(\d{4})年()(底|末)$")  # 2022年末全州户籍人口: as of the year's end
AS_OF_RELATIVE = re.compile(r"截(?:至|止[至到]?)(去年|上年|今年)(?:(\d{1,2})月)?(?:底|末)?")
AS_OF_MONTH = re.compile(r"截(?:至|止[至到]?)(\d{1,2})月")  # 截止6月: of the report's year
YEARS_BACK = re.compile(r"([一二三四五六七八九十两\d]+)年来|^这?([一二三四五六七八九十两]{1,2})年$")
#: A year's summaries come out by the end of its first quarter: N年来 in a report of then counts
#: the N whole years before it.
YEAR_SUMMED_UP_BY = "03"
#: Last year, or months of it: 去年, 去年5月, 去年1—10月.
LAST_YEARS_MONTHS = re.compile(r"去年(?:\d{1,2}月?\s*[—–\-~～至到]\s*\d{1,2}月|\d{1,2}月)?$")
#: Years counted with no end said (到2010年，13年间…): a running total, from no known year.
YEARS_WITHIN = re.compile(r"[一二三四五六七八九十两\d]+(?:多?年间|多年来)")  # 十多年来 too
#: Parts of a year named alone, which are of the report's year: 上半年，….
PARTS_OF_THE_YEAR = ("上半年", "下半年", "前三季度")
#: The party congresses a period may be counted from: 党的十八大以来 is since 2012.
CONGRESSES = {"十八大": "2012", "十九大": "2017", "二十大": "2022"}

#: Kinds of period that measure the same thing: a year's figure beside a year's, a running
#: total beside a running total (comparisons put only the same class side by side).
PERIOD_CLASSES = {"year": "year", "years": "years", "since": "total", "cumulative": "total",
                  "to_date": "total", "": ""}


@dataclass(frozen=True)
class Period:
    """A figure's period: its kind and the years (or date) it runs from and to."""

    kind: str  # year, years, to_date, since, cumulative, or '' when the report does not say
    start: str = ""  # a year ('2021') or a date ('2024-12-31'); '' when open
    end: str = ""

    @property
    def text(self) -> str:
        """As the views show it: 2024年, 2021—2025年, 截至2024-12-31, 2021年以来（累计）, 累计."""
        if self.kind == "year":
            return f"{self.start}年"
        if self.kind == "years":
            return f"{self.start}—{self.end}年"
        if self.kind == "to_date":
            return f"截至{self.end}"
        if self.kind == "since":
            return f"{self.start}年以来（累计）"
        if self.kind == "cumulative":
            return "累计"
        return ""

    @property
    def cumulative(self) -> bool:
        return PERIOD_CLASSES.get(self.kind, "") == "total"


def normalise_period(period: str, qualifiers: tuple[str, ...] = (), published: str = ""
                     ) -> Period:
    """The period a figure's words name, against the report's date (YYYY-MM-DD)."""
    year_now = published[:4] if re.fullmatch(r"\d{4}-\d{2}-\d{2}", published or "") else ""
    plan = next((span for name, span in PLAN_PERIODS.items() if name in period), None)
    if plan and "以来" in period:
        return Period("since", str(plan[0]))
    if plan:
        return Period("years", str(plan[0]), str(plan[1]))
    if (months := MONTHS.search(period)) and months.group(2) not in (None, months.group(1)):
        return Period("years", months.group(1), months.group(2))
    if months:
        return Period("year", months.group(1))
    if m := YEARS.search(period):
        end = m.group(2) if len(m.group(2)) == 4 else m.group(1)[:2] + m.group(2)
        return Period("years", m.group(1), end)
    if m := TWO_YEARS.search(period):
        first, second = int(m.group(1)), int(m.group(2))
        return Period("years", m.group(1), m.group(2)) if second == first + 1 else Period("")
    if congress := next((year for name, year in CONGRESSES.items() if name in period), ""):
        return Period("since", congress)
    if m := PERIOD_SINCE.search(period):
        return Period("since", m.group(1))
    if m := AS_OF.search(period):
        return _as_of(int(m.group(1) or m.group(4)), int(m.group(2) or 12))
    if relative := AS_OF_RELATIVE.search(period):  # 截至去年底: the report's year before
        if not year_now:
            return Period("")
        year = int(year_now) - (relative.group(1) in ("去年", "上年"))
        return _as_of(year, int(relative.group(2) or 12))
    if (month := AS_OF_MONTH.search(period)) and 1 <= int(month.group(1)) <= 12:
        return _as_of(int(year_now), int(month.group(1))) if year_now else Period("")
    if "截至目前" in period or period in ("目前", "当前", "如今"):
        return Period("to_date", "", published) if published else Period("cumulative")
    if "今年以来" in period or period in ("今年", "本年", *PARTS_OF_THE_YEAR) or \
            period.startswith("今年"):
        return Period("year", year_now) if year_now else Period("")
    if LAST_YEARS_MONTHS.match(period):  # 去年, 去年5月, 去年1—10月
        return Period("year", str(int(year_now) - 1)) if year_now else Period("")
    if m := YEARS_BACK.search(period):
        count = m.group(1) or m.group(2)
        back = int(count) if count.isdigit() else parse_chinese_numeral(count)
        if year_now and back and published[5:7] <= YEAR_SUMMED_UP_BY:
            # 五年来 in a report of 2026-02: the five whole years before, 2021–2025
            return Period("years", str(int(year_now) - back), str(int(year_now) - 1))
        if year_now and back:
            return Period("since", str(int(year_now) - back + 1))
        return Period("cumulative")
    if m := YEAR.search(period):
        return Period("year", m.group(1))
    if "累计" in qualifiers or YEARS_WITHIN.search(period) or "近年来" in period:
        return Period("cumulative")
    return Period("")


def _as_of(year: int, month: int) -> Period:
    """To the last day of a month: 截至2024年6月底 is to 2024-06-30."""
    last = {2: 28, 4: 30, 6: 30, 9: 30, 11: 30}.get(month, 31)
    return Period("to_date", "", f"{year}-{month:02d}-{last:02d}")


def _led_by_a_word(name: str) -> bool:
    """Whether a match opens with a word that may stand before a place (与, 在…), not with a
    name that begins like one (和田县)."""
    return name[0] in LEADING_WORDS and not name.startswith(NAMES_WITH_LEADING_WORDS)


#: Set phrases that hold a prefecture's bare name and name no place: 天山南北 (山南),
#: 真金白银 (白银), 白山黑水 (白山).
SET_PHRASES = re.compile("天山南北|山南海北|天南海北|真金白银|白山黑水|玉树临风")


def places_in(text: str) -> list[tuple[int, str]]:
    """The place names in `text`, where they start; not the words that only end like one."""
    found = []
    phrases = [m.span() for m in SET_PHRASES.finditer(text)]
    for m in PLACE.finditer(text):
        name, at = m.group(), m.start()
        if any(a <= at < b for a, b in phrases):
            continue
        if name[-1] == "州" and not name.endswith("自治州") and \
                (suffix := text[m.end():m.end() + 1]) and suffix in "市区" and \
                text[m.end() + 1:m.end() + 2] not in WORD_AFTER[suffix]:
            name, at = name[-2:] + suffix, m.end() - 2  # 深入商州区, 率温州市: the city's name
        while name[:2] in VERBS_BEFORE_PLACES and len(name) >= 4:
            name, at = name[2:], at + 2  # 考察和州(县): a verb, then no name
        if name[:2] in VERBS_SPLIT_BY_A_NAME and len(name) >= 4:
            if not PLACE.fullmatch(name[2:]):
                continue  # 其中梅州、…: a word, then a bare name no list knows
            name, at = name[2:], at + 2
        while _led_by_a_word(name) and (len(name) > 3 or PLACE.fullmatch(name[1:])):
            name, at = name[1:], at + 1  # 与甘南州 → 甘南州; 在贵州 → 贵州
        # 位上海市, 家北京市, 率从杭州: a word's end before a named place
        cut = 1 if at > 0 and len(name) > 3 and (text[at - 1:at + 1] in PROVINCE_OR_GIVER
                                                 or text[at - 1:at + 1] in VERBS_SPLIT_BY_A_NAME) \
            else next((k for k in range(1, len(name) - 1) if name[k:].startswith(NAMED_SIDES)),
                      None) if len(name) > 3 else 1 if name[1:] in GIVERS_OR_PROVINCES \
            else None  # 援疆郑州, 支持贵州
        # (浙江安吉县, 援建夏河县: the match starts inside 浙江 or 援建, and the place follows)
        if not cut and len(name) > 3 and name[1:].startswith(NAMES_WITH_LEADING_WORDS):
            cut = 1  # 落户于田县: 于田县
        if cut:
            name, at = name[cut:], at + cut
            while _led_by_a_word(name) and PLACE.fullmatch(name[1:]):
                name, at = name[1:], at + 1  # 考察了博州 → 了博州 → 博州
        link = next((k for k in range(1, len(name) - 1) if name[k] in INNER_LINKS
                     and not name[k:].startswith(NAMES_WITH_LEADING_WORDS)), None)
        if link:  # 报记者从自治区, 协作从江县: the words before a preposition name no place
            name, at = name[link + 1:], at + link + 1
            if not PLACE.fullmatch(name) and not name.startswith(NAMES_WITH_LEADING_WORDS):
                continue
        if len(name) > 2 and name[-1] == "县" and name[-2] in ONE_CHARACTER_COUNTIES and \
                text[at + len(name):at + len(name) + 1] != "级" and \
                not name.endswith(COUNTIES_ENDING_AS_ONE):  # (镇康县, not 康县)
            name, at = name[-2:], at + len(name) - 2  # 成为礼县首个…: 礼县
        if len(name) > 3 and name[-1] == name[-2] and name[-1] in "区县市":
            name = name[:-1]  # 嘉定区区级项目: the district, then its level
        if name.endswith("自治区") and name != "自治区" and not AUTONOMOUS_REGION.fullmatch(name):
            continue  # (“中病”不)出自治区: the region as a level, no name
        if PEOPLES_ONLY.fullmatch(name):
            continue  # 河南（蒙古族自治县）: what kind of county the one before is, no name
        if name[-1] == "省" and name[:-1] not in EVERY_PROVINCE:
            continue  # 完成省(财政投资), 落实省: the 省 of a word, no province named
        if name[-1] == "县" and name[:-1] in PROVINCES:
            name = name[:-1]  # 支援新疆县（市）数量: the province, whose counties are meant
        if (NOT_PLACES.search(name) and not NAMED_AREA.fullmatch(name)  # not 宝山区, 厦门市
                and name not in GIVER_DISTRICTS and name[:-1] not in GIVERS) or \
                name.startswith(KINDS_OF_PLACE) or \
                any(mark in name for mark in "至到及等第") or _led_by_a_word(name):
            continue
        if at > 0 and (text[at - 1].isdigit() or text[at - 1] in "万亿"):
            continue  # 1000万元增至县均: the 元 of a sum, then a verb
        if (after := text[at + len(name):at + len(name) + 1]) and \
                after in WORD_AFTER.get(name[-1], "") and \
                not text.startswith(("城关", "位于"), at + len(name)):  # 临潭县城关镇: the
            # county's town; 阿勒泰地区位于…: where the place lies, not 区位
            continue  # 旅游市场, 西部区域, 实行县城(园区…): a word that ends like a place
        if LEVEL_AFTER.match(text, at + len(name)):
            continue
        inner = re.search(r"(?<=[\u4e00-\u9fff]{2}[省市州])(?=[\u4e00-\u9fff]{3})", name)
        if inner:  # 甘南州临潭县: the wider place, then the narrower one
            found.append((at, name[:inner.start()]))
            at, name = at + inner.start(), name[inner.start():]
        found.append((at, name))
    return found


#: A people's autonomy with no place's name before it: 蒙古族自治县.
PEOPLES_ONLY = re.compile(
    r"(?:(?:蒙古|回|藏|维吾尔|哈萨克|柯尔克孜|塔吉克|锡伯|土|撒拉|东乡|保安|裕固|彝|苗|壮|布依|侗|瑶|白"
    r"|土家|哈尼|傣|傈僳|佤|拉祜|纳西|景颇|羌|满|朝鲜|黎|畲|仡佬|水|毛南|仫佬|达斡尔|鄂温克|鄂伦春)族)"
    r"{1,3}自治[州县旗]")
#: The districts of the giving cities that pair with western counties, written with 区: a
#: district that gives is no scope either (普陀区投入…, 东丽区选派…). Their names are facts
#: of the map; 河北区 is Tianjin's, never 河北省. (Not 白云, 江北 or 市中: Guiyang, Chongqing and
#: Leshan have districts of those names.)
GIVER_DISTRICTS = frozenset(f"{name}区" for name in (
    # 天津
    "和平", "河东", "河西", "南开", "河北", "红桥", "东丽", "西青", "津南", "北辰", "武清", "宝坻",
    "滨海新", "宁河", "静海", "蓟州",
    # 上海
    "黄浦", "徐汇", "长宁", "静安", "普陀", "虹口", "杨浦", "闵行", "宝山", "嘉定", "浦东新",
    "金山", "松江", "青浦", "奉贤",
    # 北京
    "东城", "西城", "朝阳", "丰台", "石景山", "海淀", "门头沟", "房山", "通州", "顺义", "昌平",
    "大兴", "怀柔", "平谷", "密云", "延庆",
    # 广州, 深圳, 佛山, 东莞
    "越秀", "荔湾", "天河", "黄埔", "番禺", "花都", "南沙", "从化", "增城", "福田", "罗湖",
    "南山", "宝安", "龙岗", "盐田", "龙华", "坪山", "光明", "禅城", "南海", "顺德", "三水", "高明",
    # 杭州, 宁波, 苏州, 南京, 青岛, 大连, 厦门, 福州, 济南
    "上城", "拱墅", "西湖", "滨江", "萧山", "余杭", "临平", "钱塘", "富阳", "临安", "海曙",
    "北仑", "镇海", "鄞州", "奉化", "姑苏", "吴中", "相城", "吴江", "虎丘", "玄武", "秦淮", "建邺",
    "鼓楼", "栖霞", "雨花台", "江宁", "浦口", "六合", "溧水", "高淳", "市南", "市北", "李沧",
    "崂山", "城阳", "即墨", "黄岛", "西海岸新", "中山", "西岗", "沙河口", "甘井子", "旅顺口",
    "金州", "思明", "湖里", "集美", "海沧", "同安", "翔安", "仓山", "台江", "晋安", "马尾",
    "长乐", "历下", "槐荫", "天桥", "历城", "章丘", "济阳", "莱芜", "钢城",
    # 珠海, 江门, 温州, 台州, 湖州, 嘉兴, 绍兴, 金华
    "香洲", "斗门", "金湾", "蓬江", "江海", "新会", "鹿城", "龙湾", "瓯海", "洞头", "椒江", "黄岩",
    "路桥", "吴兴", "南浔", "南湖", "秀洲", "越城", "柯桥", "上虞", "婺城", "金东",
    # 常州, 无锡, 镇江, 南通, 扬州, 泰州, 徐州, 烟台, 威海
    "天宁", "钟楼", "新北", "武进", "金坛", "梁溪", "锡山", "惠山", "滨湖", "新吴", "京口", "润州",
    "丹徒", "崇川", "海门", "广陵", "邗江", "江都", "海陵", "高港", "姜堰", "云龙", "贾汪", "泉山",
    "铜山", "芝罘", "福山", "牟平", "莱山", "环翠", "文登",
))


def is_giver(place: str, givers: frozenset[str] = frozenset()) -> bool:
    """Whether `place` is the giving side: one of every pairing's, or one the report itself
    names as giving (`givers`, from `givers_named`)."""
    if givers and RECEIVING + place.rstrip("省市") in givers:
        return False  # 苏州南北挂钩宿迁: a giving province's own city, helped
    return place.startswith(GIVERS) or place in GIVER_DISTRICTS or \
        (bool(givers) and place.rstrip("省市") in givers)


#: Marks a place in `givers` that the report names as helped, though a giver's city.
RECEIVING = "受援:"
#: The pairing's verb right before the place it helps: 挂钩宿迁, 对口帮扶黔东南, 牵手宿迁.
HELPING = re.compile(r"(?:南北挂钩|挂钩|牵手|对口帮扶|对口支援|结对帮扶)")


#: Provinces that aid Xinjiang, Tibet or Qinghai and are named in no pairing above.
AIDING_PROVINCES = ("湖北", "湖南", "河南", "安徽", "江西", "山西", "黑龙江", "吉林", "河北",
                    "重庆", "陕西")
#: The provinces of the giving side of the east–west pairings, whose cities and counties give
#: (江苏省东台市, 浙江省湖州市).
GIVING_PROVINCES = ("北京", "天津", "上海", "江苏", "浙江", "福建", "广东", "山东", "辽宁")
#: How much of a report is read for a giving province's cities (its opening names them).
GIVING_PROVINCE_READ = 2000
#: What a giving place does, right after its name: 湖北援藏, 湖南省产业援疆, 湖北省对口支援….
GIVING = re.compile(r"(?:产业|教育|人才|干部|科技|医疗|文化|民生)?"
                    r"(?:援[疆藏青]|对口(?:支援|帮扶|援助|援[疆藏青]))")  # 重庆对口援藏


#: What may stand between a giver and its aid: 金牛区第五批援藏队, 龙泉驿区累计投入援藏资金.
GIVER_TO_AID = re.compile(r"(?:第[一二三四五六七八九十\d]{1,3}批"
                          r"|(?:累计|共|已|先后|还)*(?:投入|落实|安排|拨付|争取)了?)$")
#: Helping a place named right after: (金堂将在2017年)帮助(理塘县…), (…)对口帮扶(理塘县…),
#: (…在)对口帮扶的(凉山州美姑县…).
HELPS = re.compile(r"(?:对口)?(?:支援|帮扶|援建|援助|帮助)的?")
#: A pairing's work named by who did it: (浙江嵊州市、四川崇州市)对口援建的(…园区).
PAIRED_WHOSE = re.compile(r"对口(?:援建|支援|帮扶|援助)的")
#: Who pairs with a place, after 由: (盐源县)由泸州市江阳区负责对口帮扶.
PAIRED_BY = re.compile(r"由(?P<giver>[^，,。；;由]{2,12}?)(?:负责|牵头)?对口(?:帮扶|支援|援建)")
#: How far back the clauses before a helping verb are read for who helped.
SUBJECT_LOOK_BACK = 160
#: Doing it together with a giver: (新都区将与金堂县)共同援助(无房户…).
JOINTLY = re.compile(r"共同(?:援助|投入|帮扶|出资|援建)")
#: The time a clause may open with, before who did it: 2023年, 今年, 同时.
OPENING_TIME = re.compile(r"^(?:\d{4}年(?:以来|起)?|今年(?:以来)?|去年|同时|此外|目前)?[，,]?")
#: The verbs of a pairing, right before the place helped: (新津)对口援建(小金县).
PAIRED_WITH = re.compile(r"对口(?:支援|帮扶|援建|援助)")

#: A province that also aids opening a clause, as the subject of what follows it.
AIDING_SUBJECT = re.compile(r"(?:^|(?<=[，,。；;：:\n]))(?P<province>"
                            + "|".join(AIDING_PROVINCES) + ")省?")
#: Its aid in plain words, with where it went: 陕西省先后选派了8批261名干部支援阿里 (not
#: 陕西省使用…财政援助资金, aid it received).
AIDING = re.compile(r"支援|援助|援建")
#: How near after such a subject its aid is named: 河北省自1997年启动援疆工作.
GIVING_NEAR = 16


def givers_named(text: str) -> frozenset[str]:
    """The places `text` names as giving (湖北援藏…), beyond those of every pairing. A
    receiving place is one only if it is a province that also aids (吉林省对口支援新疆, or such a
    province opening a clause that soon names its aid): 伊犁州援疆 is the aid in 伊犁州. Never a
    place after 与, 在 or 赴 (天津与甘南州对口帮扶)."""
    named = set()
    for m in GIVING.finditer(text):
        window = text[max(0, m.start() - 16):m.start()]
        window = window[:len(window) - len(between.group())] \
            if (between := GIVER_TO_AID.search(window)) else window  # 金牛区第五批援藏队
        bare = [(len(window) - len(name), name) for name in AIDING_PROVINCES
                if window.endswith(name)]  # 湖北援藏: a province with no 省
        for at, name in [*places_in(window), *bare]:
            if at + len(name) != len(window) or (at > 0 and window[at - 1] in "与和同在对向给赴"):
                continue
            root = re.sub(r"(?:省|市|州|地区)$", "", name)
            if root in AIDING_PROVINCES or not (root in PROVINCES or root in PREFECTURES or
                                                name.endswith(("县", "旗"))):
                named.add(name.rstrip("省市"))
    full_names = {name for _at, name in places_in(text) if name.endswith(("县", "区", "旗"))}
    for m in PAIRED_WITH.finditer(text):  # 新津对口援建小金县…新津县: a county gives, too
        if not any(at == 0 for at, _ in places_in(text[m.end():m.end() + 8])):
            continue
        window = text[max(0, m.start() - 8):m.start()]
        for name in full_names:
            written = name if window.endswith(name) else name[:-1]
            opening = len(window) == len(written)
            if len(name) > 2 and window.endswith(written) and (
                    opening or window[-len(written) - 1] not in "与和同在对向给赴"):
                named.add(name)
    for m in PAIRED_WHOSE.finditer(text):  # 在浙江嵊州市、四川崇州市对口援建的…园区
        window = text[max(0, m.start() - 24):m.start()]
        end = len(window)
        for at, name in reversed(places_in(window)):
            if at + len(name) != end:
                break
            if _province_of(name.rstrip("市")) is None:
                named.add(name.rstrip("省市"))
            end = at - (window[at - 1:at] == "、")
    for m in PAIRED_BY.finditer(text):  # 盐源县由泸州市江阳区负责对口帮扶: both
        named.update(name.rstrip("省市") for _at, name in places_in(m.group("giver")))
    for m in JOINTLY.finditer(text):  # 新都区将与金堂县共同援助…: both give
        named.update(_clause_subjects(text, m.start(), full_names))
    for m in HELPS.finditer(text):  # 2023年新都区、金堂县将共同投入…，实施对口帮扶理塘县…
        aided = {name.rstrip("省市") for at, name in places_in(text[m.end():m.end() + 8])
                 if at == 0}
        if aided:  # (东兰县冷链物流中心是龙华区帮扶东兰县…: the helped place, no giver)
            named.update(_clause_subjects(text, m.start(), full_names) - aided)
    for m in AIDING_SUBJECT.finditer(text):  # 河北新一轮对口援疆…, 湖北省与五师…对口援疆工作
        if GIVING.search(text, m.end(), m.end() + GIVING_NEAR) or \
                _aids_a_place(text, m.end(), m.end() + GIVING_NEAR):
            named.add(m.group("province"))
    found = places_in(text[:GIVING_PROVINCE_READ])
    receiving = any(name.rstrip("省") in PROVINCES and name.rstrip("省") not in GIVING_PROVINCES
                    for _at, name in found)  # (诸暨市东白湖镇 alone: a report about it, no giver)
    for (at, name), (next_at, next_name) in pairwise(found) if receiving else ():
        if next_at == at + len(name) and name.rstrip("省") in GIVING_PROVINCES:
            named.add(next_name.rstrip("市"))  # 江苏省东台市对标陕西省…耀州区: a giving province's
    for m in HELPING.finditer(text):  # 苏州市南北挂钩宿迁市工作队: 宿迁, a Jiangsu city, helped
        helped = places_in(text[m.end():m.end() + 8])[:1]
        if helped and helped[0][0] == 0 and helped[0][1].startswith(GIVERS):
            named.add(RECEIVING + helped[0][1].rstrip("省市"))
    return frozenset(named)


def _clause_subjects(text: str, end: int, full_names: set[str]) -> set[str]:
    """The places that open the clause that ends at `end`, or the clause before it, past
    their time words: who did what follows (2023年新都区、金堂县将共同投入…，实施对口帮扶…;
    金堂将在2017年帮助…)."""
    reach = max(0, end - SUBJECT_LOOK_BACK)  # a sentence's clauses are near; never the text
    sentence_start = max(reach - 1, *(text.rfind(mark, reach, end) for mark in "。！？\n")) + 1
    subjects = set()
    for said in re.split(r"[，,；;：:]", text[sentence_start:end])[-2:]:
        rest = OPENING_TIME.sub("", said.strip())
        while True:
            name = next((name for at, name in places_in(rest[:8]) if at == 0), "") or next(
                (name for name in full_names if rest.startswith(name[:-1])), "")
            if not name:
                break
            if _province_of(name.rstrip("市")) is None and \
                    not rest[len(name):].startswith("委"):  # (庄浪县委书记…说: who said it)
                subjects.add(name.rstrip("省市"))  # (四川省新津县: the county, in its province)
            rest = rest[len(name) if rest.startswith(name) else len(name) - 1:]
            if not rest.startswith(("、", "和", "与", "及")):
                break
            rest = rest[1:]
    return subjects


def _aids_a_place(text: str, start: int, stop: int) -> bool:
    """Whether text[start:stop] says it aids a place it names: 支援阿里, 援建和田县."""
    return any(at == 0 for aid in AIDING.finditer(text, start, stop)
               for at, _ in places_in(text[aid.end():aid.end() + 8])[:1])


#: A count that may be of the places listed right before it: 伊犁、阿勒泰、塔城3个(地区).
COUNT_OF_PLACES = re.compile(r"[\d一二三四五六七八九十两]+个?(?:[省市州县区]|地区)?$")


def find_scope(sentence: str, before: int, region: str = "", title: str = "",
               givers: frozenset[str] = frozenset()) -> str:
    """The place a figure is about: the last place its sentence names before it (the figure
    starts at `before` in `sentence`) that is not the giving side, else the report's region,
    else the first such place in its title, else the place a speech in its sentence is
    about; '' when none is known."""
    named, topical = _named_before(sentence, before, givers)
    return named or region or _titled(title, givers) or topical


#: Those a place received help from, who give: (景宁)先后得到鄞州区、温岭市…等地的对口扶持.
RECEIVED_FROM = re.compile(r"(?:得到|受到|接受)[^，,。；;]{0,40}?的?(?:对口)?"
                           r"(?:扶持|帮扶|支援|援助)")
#: Where a place named before lies, which is no scope of its own: 位于青海省东北部.
LIES = "(?:位于|地处)"
LOCATED = re.compile(LIES + r"[^，,。；;]{0,20}")
#: The same, ending where a place starts: (地处)惠州 (but 地处库区腹地的巫山县 is 巫山县).
LOCATED_BEFORE = re.compile(LIES + r"[^，,。；;的]{0,20}$")


def _named_before(sentence: str, before: int, givers: frozenset[str]) -> tuple[str, str]:
    """The last place the sentence names before `before`, and the last it names only as the
    topic of a speech (关于西藏工作的重要指示); each '' when there is none."""
    read = EXCEPT.sub(lambda m: " " * len(m.group()), sentence[:before])  # 除贵阳市之外
    found = [(at, name) for at, name in places_in(read) if not is_giver(name, givers)]
    in_topic, quoted = _inside(TOPIC, read), _inside(QUOTED, read)
    topical = [(at, name) for at, name in found if in_topic(at) or quoted(at)
               or (name.rstrip("省") in PROVINCES and COMPANY_AFTER.match(read, at + len(name)))
               or OFFICE_AFTER.match(read, at + len(name))]
    # (青海库库诺尔食品有限公司: a firm's name says where only when nothing else does)
    found = [place for place in found if place not in topical]
    in_helpers, in_ranks = _inside(RECEIVED_FROM, read), _inside(RANKED_AMONG, read)
    held_at = _inside(HELD_AT, read)
    found = [(at, name) for at, name in found if not in_helpers(at) and not in_ranks(at)
             and not held_at(at) and not _names_a_product(read, at, name)]
    located = _inside(LOCATED, read)
    if unlocated := [(at, name) for at, name in found if not located(at)]:
        found = unlocated  # 海北，位于…青海省东北部，总面积…: 海北's, not the province's
    between = read[found[-1][0] + len(found[-1][1]):before] if found else ""
    listed_after_a_place = len(found) > 1 and read[found[-1][0] - 1:][:1] == "、" and \
        found[-2][0] + len(found[-2][1]) == found[-1][0] - 1  # (内蒙古820个、广西1200个: no list)
    if found and between in ("", "等") and (listed_after_a_place or between == "等") and \
            COUNT_OF_PLACES.match(sentence, before):
        # 伊犁、阿勒泰、塔城3个地区, 昆明、曲靖、德宏等5个州（市）, 陕西等14个地区: the
        # places the figure counts, not where it is
        while found and read[found[-1][0] - 1:][:1] == "、":
            del found[-1]
        if found:
            del found[-1]
    if wider := _wider_than_listed(read, found):
        found.append(wider)
    elif (listed := _listed_at_end(read, found)) is not None and listed < len(found) - 1:
        del found[listed:]  # 云南省…安排怒江、迪庆生态护林员指标4.56万个: both, so the wider one
        # named before (or none), not the last of the two
    return (full_name(found[-1][1]) if found else "",
            full_name(topical[-1][1]) if topical else "")


#: Where a meeting was held, which is no scope of what it told: (发布会22日)在拉萨召开,
#: (记者)从织金县召开的…会上(了解到).
HELD_AT = re.compile(r"(?<=[在于从])[\u4e00-\u9fff]{2,8}?(?=召开|举行|举办)")
#: A rank among the places of a wider one, which is no scope: 居云南全省第2位.
RANKED_AMONG = re.compile(r"(?:居|位居|位列|排名)[^，,。；;]{0,16}?"
                          r"第[一二三四五六七八九十\d]+[位名]")
#: A product a bare place name names, as one of a list: (新疆)大枣、(吉县)苹果…, (临夏)砖雕等
PRODUCT_LISTED = re.compile(r"[\u4e00-\u9fff]{2,3}(?:、|…|等)")
#: The same of a quoted name, a fair's or a brand's, as one of a list: (甘肃)“兰洽会”、….
QUOTED_LISTED = re.compile(r"(?:[\u4e00-\u9fff]{2,3})?“[^”]{1,10}”(?:[和、]“[^”]{1,10}”)*[、…等]")


def _names_a_product(read: str, at: int, name: str) -> bool:
    """Whether a place named by its bare name (新疆, not 新疆维吾尔自治区) only says where a
    product listed comes from: 新疆大枣、吉县苹果、永顺莓茶…在…对接会上 is no figure's scope."""
    after = at + len(name)
    if not (len(name) > 2 and name[-1] in "省市州县区") and QUOTED_LISTED.match(read, after):
        return True  # 甘肃“兰洽会”、…、重庆万州“一会一节”和“支洽会”等: whose fair each is
    product = PRODUCT_LISTED.match(read, after)
    return bool(product and not (len(name) > 2 and name[-1] in "省市州县区") and  # (兰州拉面)
                not places_in(read[after:product.end() - 1]))


def _inside(pattern: re.Pattern[str], read: str) -> Callable[[int], bool]:
    """Whether an offset falls inside one of `pattern`'s matches in `read`: a speech's topic,
    those a place got help from, where a place lies."""
    spans = [m.span() for m in pattern.finditer(read)]
    return lambda at: any(a <= at < b for a, b in spans)


def _listed_at_end(read: str, found: list[tuple[int, str]]) -> int | None:
    """Where a list of places joined by 、 that ends the places found begins (怒江、迪庆; its
    last item may be joined by 和: 西藏、新疆和青海藏区), when the figure's words follow it; None
    when the places found end in no such list."""
    last = len(found) - 1
    first = last
    while first > 0 and read[found[first][0] - 1:found[first][0]] in (
            ("、", "和", "及") if first == last and first > 1 else ("、",)) and \
            found[first - 1][0] + len(found[first - 1][1]) == found[first][0] - 1:
        first -= 1
    return first if first < last and (read[found[last][0] - 1] == "、" or last - first > 1) \
        else None


def _wider_than_listed(read: str, found: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The place written right before a list of places that ends the places found: 昆明市 of
    昆明市东川区、寻甸县、禄劝县 (a figure about the three is about the city they are in)."""
    first = _listed_at_end(read, found)
    if not first:  # no list, or one that opens the places found
        return None
    wider = found[first - 1]
    return wider if wider[0] + len(wider[1]) == found[first][0] else None


@lru_cache(maxsize=64)
def _titled(title: str, givers: frozenset[str]) -> str:
    """The first receiving place the title names; the narrower of two written together."""
    held_at = _inside(HELD_AT, title)  # …发布会在拉萨召开: where it was told
    titled = [(at, name) for at, name in places_in(title)
              if not is_giver(name, givers) and not held_at(at)]
    if len(titled) > 1 and titled[0][0] + len(titled[0][1]) == titled[1][0]:
        del titled[0]  # 遵义赤水市：…: the narrower place the title names within the wider
    return full_name(titled[0][1]) if titled else ""


def _province_of(place: str) -> str | None:
    """The province `place` names, when it names one and nothing narrower: 陕西省 → 陕西."""
    root = re.sub(r"(?:省|自治区|壮族自治区|回族自治区|维吾尔自治区)$", "", place)
    return root if root in PROVINCES else None


def full_name(place: str) -> str:
    """A place as a scope names it: 铜仁 is 铜仁市, 和田 is 和田地区, 甘南藏族自治州 is 甘南州;
    甘肃 is 甘肃省; others as written."""
    if place in EVERY_PROVINCE:
        return f"{place}省"
    return PREFECTURES.get(place) or PEOPLES_PREFECTURES.get(place) or \
        AUTONOMOUS_PREFECTURES.get(place, place)


#: A place set aside, which the figure is not about: 除贵阳市之外, 除沿河县计划出列外.
EXCEPT = re.compile(r"除[^，,。；;\n]{1,16}?(?:之外|以外|外)")  # within a line
#: A place as the topic of a speech or a policy, not where a figure is: 关于新疆工作的重要讲话.
TOPIC = re.compile(r"关于[^，,。；;]{1,6}?工作")
#: A quoted name, whose place names a project, not where a figure is: “甘肃武威奶源基地”.
QUOTED = re.compile(r"“[^”]{2,20}”")
#: What part of the report's year 今年 may name opening a paragraph: 今年上半年，….
OF_THE_YEAR = "(?:以来|上半年|前三季度|前[一二三四五六七八九十]{1,2}个月)"
#: A paragraph opening with the period it is about: '2023年，', '“十四五”以来，', after who
#: told it ('记者从国务院扶贫办获悉，2019年，').
PARAGRAPH_PERIOD = re.compile(r"\s*(?:[^，,。；;]{0,24}?(?:获悉|了解到|据了解|据介绍|据统计)[，,])?"
                              r"((?:\d{4}年(?:以来|上半年|下半年|前三季度|全年)?)|"
                              r"“?十[一二三四五]五”?(?:期间|以来)?|今年" + OF_THE_YEAR + r"?)[，,]")
#: A news report's lead that dates all it tells: 记者从农业农村部获悉，2023年，… (a year's summary),
#: …获悉，今年上半年，… (the report's year so far), or the year the lead opens with (2017年，…).
LEAD_PERIOD = re.compile(r"\s*(?:[^，,。；;]{0,30}?(?:获悉|了解到)[，,])?"
                         r"(\d{4}年|今年" + OF_THE_YEAR + r"?)[，,]")


def lead_period(text: str, lo: int, hi: int) -> str:
    """The year a report's first paragraph opens its news with (…获悉，2023年，…): the period
    of figures in later paragraphs that name none; '' when the lead names no year so."""
    lead = LEAD_PERIOD.match(text, lo, min(hi, lo + 60))
    return lead.group(1) if lead and not DECIDED_THEN.match(text, lead.end(), hi) else ""


#: A paragraph's opening year that dates a decision or a pairing's start, not its figures:
#: 1996年，中央确定天津对口帮扶甘肃，…; 2017年，无锡与海东建立结对帮扶关系。
DECIDED_THEN = re.compile(r"[^，,。；;]{0,12}?(?:确定|决定|作出|明确|拉开|开启)"
                          r"|[^，,。；;]{0,12}?(?:建立|结下|结成)[^，,。；;]{0,8}?(?:关系|对子)"
                          r"|[^，,。；;]{0,40}?拉开帷幕")  # 1996年，“闽宁合作”在…背景下拉开帷幕
#: Words after 自 and a year that say what started then, the start of a running total:
#: 自1997年启动援疆工作, 从2016年开始.
STARTED_THEN = re.compile(r"(?:起|以来|开始|启动|开展|建立|实施|开启)")
#: Words after a year that say a place or body was founded then: (于1951年)建县.
FOUNDED = re.compile(r"(?:建县|建州|建市|建区|设县|设市|建镇|成立|建立|设立)")
#: Words saying a figure runs to this day, after the year its sentence opens with.
TO_THIS_DAY = re.compile(r"迄今(?:为止)?|至今|到目前为止")
#: A figure that belongs to what is named right after it: 投资12亿元的云阳县…项目.
OWNER_AFTER = re.compile(r"的[\u4e00-\u9fff]{2,10}")
#: A sum's next clause opening with where it was spent: (250万元)，在(甘孜州白玉县新建…).
SPENT_IN = re.compile(r"[，,]在(?:对口帮扶|对口支援|结对帮扶)?的?")
#: What a sum was spent on there: 新建, 建设, 开设, 实施.
BUILT_THERE = re.compile(r"(?:新建|建设|建成|援建|修建|开设|开办|实施|打造)")
#: Those a figure counts going somewhere, right after it: (9批)援疆干部进驻(和田), or a sum.
ARRIVED_AT = re.compile(r"[^，,。；;“”]{0,12}?(?:进驻|来到|奔赴|赶赴|前往|进入|深入|抵达"
                        r"|帮扶|支援|援助|支持)")  # (1500万元)帮扶黔西南州: where the sum went
#: A running total's word earlier in a figure's sentence, with no 其中 or 今年 after it.
CUMULATIVE_BEFORE = re.compile(r"累计(?!.*(?:其中|今年|去年|当年))")
#: How far back in its sentence a figure's place is looked for: a sentence names it near.
SCOPE_LOOK_BACK = 160
#: How far back before its sentence, in its paragraph, when the sentence names no place.
PARAGRAPH_LOOK_BACK = 400


def scope_columns(text: str, figure, lo: int, hi: int, published: str, region: str,
                  title: str, givers: frozenset[str] = frozenset(), first_line: str = "",
                  lead: str = "") -> dict[str, str]:
    """The scope and normalised period of a figure, as a fact row keeps them; `first_line`, a
    report's first line when it has no title line, is the last place but one to look; `lead`,
    the year its news opens with (`lead_period`), the period of figures that name none."""
    from gannan_gui.pipeline.extract import LIST_ITEM_MARK, sentence_bounds

    start, _ = sentence_bounds(text, figure.start, figure.end, lo, hi)
    sentence_start = start
    item = max((m.end() for m in LIST_ITEM_MARK.finditer(
        text, max(start, figure.start - SCOPE_LOOK_BACK), figure.start)), default=start)
    if figure.start - start > SCOPE_LOOK_BACK:  # linear, however long the sentence; from a
        cut = figure.start - SCOPE_LOOK_BACK  # clause's start, never inside a place's name
        start = min((at + 1 for at in (text.find(c, cut, figure.start) for c in "，,、；;")
                     if at >= 0), default=cut)
    period = normalise_period(figure.period, tuple(figure.qualifiers), published)
    if not period.kind and not figure.period and \
            CUMULATIVE_BEFORE.search(text, item, figure.start):  # (an item's own, in a list)
        # 累计派出人才1883人次，投入资金39.57亿元: the sentence's running total, for all of it
        period = normalise_period("", ("累计",), published)
    if period.kind == "year" and figure.period and \
            (said_at := text.rfind(figure.period, sentence_start, figure.start)) >= 0 and \
            FOUNDED.match(text, said_at + len(figure.period)):
        period = Period("")  # 红河县…于1951年建县，全县面积…: when it was founded, not measured
    if period.kind == "year" and figure.period and \
            (said_at := text.rfind(figure.period, sentence_start, figure.start)) > 0 and \
            text[said_at - 1] in "自从" and STARTED_THEN.match(text, said_at + len(figure.period)):
        period = Period("since", period.start)  # 河北省自1997年启动援疆工作，累计投入…: since
    if period.kind == "year" and TO_THIS_DAY.search(text, sentence_start, figure.start):
        # 1996年，“闽宁合作”…拉开帷幕，…迄今为止已先后选派11批: since then, not that year
        period = Period("since", period.start)
    if not period.kind and (opening := PARAGRAPH_PERIOD.match(text, lo, min(hi, lo + 40))) \
            and not DECIDED_THEN.match(text, opening.end(), hi):
        # 2023年，…。…签约项目121个: a paragraph that opens with its year holds that
        # year's figures, in its later sentences too
        period = normalise_period(opening.group(1), tuple(figure.qualifiers), published)
    elif not period.kind and lead and not figure.period:  # (…获悉，2023年，…) 产业合作方面，…
        period = normalise_period(lead, tuple(figure.qualifiers), published)
    owner = OWNER_AFTER.match(text, figure.end, min(hi, figure.end + 12))
    named = [name for at, name in places_in(owner.group()) if at == 1] if owner else []
    if named and not is_giver(named[0], givers):
        scope = full_name(named[0])  # 12亿元的云阳县…项目: the place named right after it
    elif built_in := _spent_in(text, figure.end, hi, givers):
        scope = built_in  # 郫都区投入资金250万元，在甘孜州白玉县新建…: where it was spent
    else:
        scope, topical = _named_before(text[start:figure.end], figure.start - start, givers)
        part = max(text.rfind("；", start, figure.start), text.rfind(";", start, figure.start))
        if scope and part >= 0 and not _named_before(text[part:figure.end],
                                                    figure.start - part, givers)[0]:
            # 广东…甘孜州…；浙江省安排…资金1.62亿元支持阿坝州: where this part's sum went
            scope = _went_to(text, figure.end, hi, givers) or scope
        scope = scope or _went_to(text, figure.end, hi, givers) or \
            _named_in_paragraph(text, lo, hi, sentence_start, givers) or region or \
            _narrower_than_titled(text, sentence_start, title, givers) or \
            _titled(first_line, givers) or topical or _named_most_before(text, len(text), givers)
    if scope and (ruling := _ruling_place(text, sentence_start, figure.start, givers)):
        scope = ruling  # 怒江州下辖泸水市，以及兰坪、福贡、贡山3县，常住人口近55万人: 怒江州's
    if not scope and _only_givers_named(text, givers):
        # 浙江共实施产业合作项目885个 in a report of a province's own pairings, which names no
        # receiving place: 全国 or the giving place its clause names, or else its sentence,
        # the title or its paragraph (not one of a list of many: 南京、苏州、无锡、常州分别…)
        near = max(sentence_start, figure.start - SCOPE_LOOK_BACK)  # linear in long lines
        clause = max(max(text.rfind(mark, near, figure.start) for mark in "，,；;") + 1, near)
        nationwide = text.find("全国", clause, figure.start) >= 0
        scope = ("全国" if nationwide else "") or _giver_named(text, clause, figure.start) or \
            _giver_named(text, near, figure.start) or \
            _giver_named(title, 0, len(title), many=True) or \
            _giver_named(text, max(lo, figure.start - SCOPE_LOOK_BACK), figure.start, last=True)
    if scope == "自治区" and (titled := _titled(title, givers)) in AUTONOMOUS_REGIONS:
        scope = titled  # 北京…向内蒙古…：…自治区财政厅…我区: the region the title names
    return {"scope": scope,
            "period_kind": period.kind, "period_from": period.start, "period_to": period.end}


@lru_cache(maxsize=4)
def _only_givers_named(text: str, givers: frozenset[str]) -> bool:
    """Whether every place the report names is a giving one (苏南…苏北, 浙江…衢州): a report
    of a province's own pairings, whose figures are the givers' own."""
    return all(is_giver(name, givers) for _, name in _places_of_report(text))


#: Giving places by their bare names (浙江, 常州), longest first; 东部, 香港 and the one-letter
#: short forms are no scope.
GIVER_NAME = re.compile("|".join(sorted(
    (name for name in GIVERS if len(name) > 1 and name not in ("东部", "粤港澳", "澳门", "香港")),
    key=len, reverse=True)))


def _giver_named(text: str, start: int, end: int, last: bool = False, many: bool = False
                 ) -> str:
    """The giving place text[start:end] names, as a scope names it (浙江 → 浙江省, 常州 →
    常州市): the one helped when another helps it (苏州帮宿迁), else the first (the last with
    `last`); '' when it names none, or more than two unless `many` (a title's first place is
    what it is about)."""
    named = [m.group() for m in GIVER_NAME.finditer(text, start, end)]
    if not named or (len(set(named)) > 2 and not many):
        return ""  # none, or a list of many
    helped = GIVER_HELPED.search(text, start, end)
    name = helped.group("name") if helped else named[-1 if last else 0]
    return f"{name}省" if name in EVERY_PROVINCE else f"{name}市"


#: A giving place's own city helped by another: (苏州帮)宿迁, (对口帮扶)淮安.
GIVER_HELPED = re.compile(rf"(?<=帮|扶|援|钩)(?:助|建)?(?P<name>{GIVER_NAME.pattern})")


def _ruling_place(text: str, start: int, end: int, givers: frozenset[str]) -> str:
    """The place that rules the places its sentence lists before a figure (X下辖…), for a
    figure whose own clause, after that list, names no place; '' otherwise."""
    ruled = text.find("下辖", start, end)
    clause = max(text.rfind(mark, start, end) for mark in "，,；;") + 1
    if ruled < 0 or clause <= ruled or places_in(text[clause:end]):
        return ""  # (…下辖8县市，其中临潭县投入…: the clause's own place)
    ruling = [name for at, name in places_in(text[max(start, ruled - 12):ruled])
              if max(start, ruled - 12) + at + len(name) == ruled and not is_giver(name, givers)]
    return full_name(ruling[-1]) if ruling else ""


def _narrower_than_titled(text: str, start: int, title: str, givers: frozenset[str]) -> str:
    """The title's place, or the place the report names most when the title names only its
    province (四川四县…：…以金阳为例…金阳是…): the narrower one the report is about; a county
    the title names bare and the report in full (天津武清携手甘肃静宁…；…静宁县…) is that county."""
    titled = _titled(title, givers)
    if titled and _province_of(titled) is None:
        return titled
    return _titled_in_full(text, title, givers) or _named_most_before(text, start, givers) \
        or titled


@lru_cache(maxsize=4)
def _titled_in_full(text: str, title: str, givers: frozenset[str]) -> str:
    """The first county the report names in full whose bare name the title writes: the title's
    place where the title names no place known by its bare name (甘肃静宁 → 静宁县)."""
    if not title:
        return ""
    for _, name in _places_of_report(text):
        if name.endswith(("县", "旗")) and len(name) >= 3 and name[:-1] in title and \
                not is_giver(name, givers) and name not in title:
            return name
    return ""


def _spent_in(text: str, end: int, hi: int, givers: frozenset[str]) -> str:
    """Where a sum was spent, named in the clause right after it: (投入资金250万元)，在甘孜州
    白玉县新建…, (214万元)，在对口帮扶的凉山州美姑县开设…; '' when that clause names none."""
    where = SPENT_IN.match(text, end, min(hi, end + 8))
    if not where:
        return ""
    found = [(at, name) for at, name in places_in(text[where.end():min(hi, where.end() + 16)])
             if not is_giver(name, givers)]
    if not found or found[0][0] != 0:
        return ""
    last_at, last = found[0]
    for at, name in found[1:]:  # 甘孜州白玉县: the narrower, right after it
        if at != last_at + len(last):
            break
        last_at, last = at, name
    after = where.end() + last_at + len(last)
    return full_name(last) if BUILT_THERE.match(text, after, min(hi, after + 4)) else ""


def _went_to(text: str, end: int, hi: int, givers: frozenset[str]) -> str:
    """Where those a figure counts went, named right after it: (1500多人次)进驻和田 → 和田地区."""
    arrived = ARRIVED_AT.match(text, end, min(hi, end + 16))
    went_to = [name for at, name in places_in(text[arrived.end():min(hi, arrived.end() + 8)])
               if at == 0 and not is_giver(name, givers)] if arrived else []
    return full_name(went_to[0]) if went_to else ""


def _named_in_paragraph(text: str, lo: int, hi: int, start: int, givers: frozenset[str]
                        ) -> str:
    """The one place the paragraph names before the sentence starting at `start`, a
    province aside when a place within it is named too (走进佳县…陕西…); '' when it names
    none or several (保山市隆阳区、施甸县…: the title says which)."""
    places = _places_of_report(text)
    first = bisect.bisect_left(places, (max(lo, start - PARAGRAPH_LOOK_BACK), ""))
    last = bisect.bisect_left(places, (start, ""), first)
    named = {full_name(name) for at, name in places[first:last]
             if at + len(name) <= start and not is_giver(name, givers)
             and not OFFICE_AFTER.match(text, at + len(name))}  # 西藏自治区政府新闻办: who spoke
    narrower = {name for name in named if _province_of(name) is None} or named
    located = {full_name(name) for at, name in places[first:last]
               if LOCATED_BEFORE.search(text, max(lo, at - 22), at)}
    # 金阳是…县，地处…凉山彝族自治州: where 金阳 lies is no other place; 合作区…地处惠州和汕尾的
    # 交界处: where a zone lies is not the zone
    narrower -= located
    return narrower.pop() if len(narrower) == 1 else ""


def _named_most_before(text: str, start: int, givers: frozenset[str]) -> str:
    """The place the report names most before `start`, at least twice, in at least half of its
    names of places within a province and no less often than any province: what a report
    that names no place in a paragraph is about (广东援藏…林芝…林芝的产业发展); '' when no
    place stands out so (黑龙江…黑龙江…七台河市…: a province's report)."""
    starts, answers = _most_named_so_far(text, givers)
    return answers[bisect.bisect_left(starts, start)]


@lru_cache(maxsize=4)
def _most_named_so_far(text: str, givers: frozenset[str]) -> tuple[list[int], list[str]]:
    """Where each place of the report starts, and the place named most before each of them
    (the answer after all of them last): read once for all its figures."""
    starts: list[int] = []
    answers = [""]
    counts: dict[str, int] = {}
    written: dict[str, str] = {}  # each place as the report first names it
    best, total = "", 0
    provinces: dict[str, int] = {}
    for at, name in _places_of_report(text):
        starts.append(at)
        if is_giver(name, givers):
            pass
        elif (province := _province_of(name)) is not None:
            provinces[province] = provinces.get(province, 0) + 1
        else:
            place = _one_place(full_name(name))
            written.setdefault(place, full_name(name))
            counts[place] = counts.get(place, 0) + 1
            total += 1
            if not best or counts[place] > counts[best]:
                best = place
        most = counts.get(best, 0)
        answers.append(written[best] if most >= 2 and 2 * most >= total
                       and most >= max(provinces.values(), default=0) else "")
    if not answers[-1] and counts.get(best, 0) < 2 and len(provinces) == 1 and \
            max(provinces.values()) >= 3:  # 西藏…西藏…拉萨市…西藏: one province, named again
        answers[-1] = full_name(next(iter(provinces)))  # and again, and no place in it twice
        # (宁夏 twice in a list of bases across the country: no)
    return starts, answers


def _one_place(place: str) -> str:
    """A prefecture by one name whatever its rank was when written: 山南地区, since 2016
    山南市, is 山南市, so that a report naming both names counts one place."""
    if place.endswith("地区") and (now := full_name(place[:-2])).endswith("市"):
        return now
    return place


@lru_cache(maxsize=4)
def _places_of_report(text: str) -> list[tuple[int, str]]:
    """The places the report names, where each starts, its set-aside places (除…外) left out,
    and a county named once in full where the report later names it bare (桐梓县…桐梓的冷库):
    read once for all its figures and paragraphs, not once for each."""
    read = HELD_AT.sub(lambda m: " " * len(m.group()), EXCEPT.sub(lambda m: " " * len(m.group()),
                                                                 text))  # 在拉萨召开: where told
    found = places_in(read)
    counties = {name[:-1]: name for _, name in found
                if name.endswith("县") and len(name) == 3 and name[:-1] not in PREFECTURES
                and name[:-1] not in GIVERS_OR_PROVINCES}
    if not counties:
        return found
    # (a bare name ends its phrase: not 汶川地震, the whole area, or 江达岗, another place)
    bare = re.compile(f"(?:{'|'.join(counties)})(?=[，,。；;、的和与及人为是已])")
    named_at = {at for at, _ in found}
    found += [(m.start(), counties[m.group()]) for m in bare.finditer(read)
              if m.start() not in named_at]
    return sorted(found)


#: Cities of a province's rank.
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
#: The levels a scope may be of, in the user's words.
SCOPE_LEVELS = {"province": "省级", "prefecture": "市州级", "county": "县区级"}


def scope_level(scope: str) -> str:
    """province, prefecture or county for a place name; '' when it is none of these."""
    if not scope:
        return ""
    if scope in PROVINCES or scope.endswith(("省", "自治区")) or scope in MUNICIPALITIES:
        return "province"
    if scope.endswith(("县", "区", "旗", "自治县")):
        return "county"
    if scope.endswith(("州", "市", "盟", "地区", "自治州")):
        return "prefecture"
    return ""
