"""The words labels are read with, by what they do in a clause: who did it (SUBJECT), what
qualifies a figure (QUALIFIER_WORDS, TRAILING_WORDS), the verbs before it (LEADING_VERB,
MEASURE_VERBS, LIGHT_VERBS), what a count counts (COUNTED_NOUN, HEAD_NOUNS, MONEY_NOUNS),
where a counted phrase ends (AFTER_STOP), the frames around it (LOCATIVE, PER_UNIT, ETC_ALL)
and the marks no label crosses (LIST_MARKS). `pipeline.proposals` puts them to work; a new
word of a kind is added here, not as a rule. No Qt, no database.
"""

from __future__ import annotations

import re

from gannan_gui.pipeline.extract import FROM_WORD

#: Who did it, at the start of a clause: 天津市, 两地, 全州, 双方…
SUBJECT = re.compile(r"(?:(?!其中|累计|共计|总计|城市)[\u4e00-\u9fff]{1,6}?"
                     r"(?<!全)(?:市|州|县|省|(?<![地园社片校厂景城小山成])区)"  # not 园区
                     # not 六盘水市直机关, 省份, 市委书记, 市政
                     r"(?![级域场民县镇村市州区直份委政])(?!外(?!出)|内)"  # 县外务工: no one
                     r"(?!(?:及[省市州县区乡镇])?以[上下])"  # 县及县以下: a level, no one
                     r"(?=[\u4e00-\u9fff]{3})"
                     r"|[\u4e00-\u9fff]{0,2}两地|双方|全州|全县|全市|全省|我州|我县|我市|县里"
                     r"|州里|市里|甘南(?!州)"
                     r"|天津(?![市籍]))")  # 天津籍游客: whose they are
QUALIFIER_WORDS = re.compile(r"(?:累计|共计|总计|其中|共有|约有|共(?![建享同产])"
                             r"|(?<![签节制预合条协])约(?![定束])"  # not the 约 of 签约, 约定
                             r"|近(?![日期])|超过"
                             r"|超(?![细大高强市出额])"  # not 超细, nor 超出 (what it exceeds)
                             r"|逾"
                             r"|达到|达(?![成标])|将近|接近|大约|有|仅|合计)")  # not the 达 of 达成
TRAILING_WORDS = re.compile(r"(?:累计|共计|一共|总共|多达|高达|达到|达|超过|超|逾|突破"
                            # 业务总收入完成, 鲁渝消费协作已实现
                            r"|(?<=[值额量入])(?:破|过)|(?<=[\u4e00-\u9fff]{4})(?:完成|实现)"
                            r"|大约|(?<![签节制预合条协])约(?![定束])|接近|近|将近|不足|不到|不超过|不低于"
                            r"|不少于|基本上|基本"
                            r"|(?<![作成认称视列])为|了|从|由|的"
                            r"|以后|今后|将|(?<![所可予加难])以"  # 超细羊绒以1355元/公斤
                            r"|(?:稳定|保持|维持|控制|均)?在|按"  # 稳定在90%, 投资在1亿元以上
                            r"|(?:都|均)?(?<![但于凡正总要只还或别其])是"  # 第一批是49人
                            r"|(?:降低|降|提高|提升|增加|增长|上升|下降|减少)(?:至|到)"  # 降低至5%
                            r"|可|已|就|预计|拟|只需要|只需|仅需|只有|仅有|仅|总计|合计"
                            r"|(?<![拥所持占享具年月天日设])有|占"  # 可达, 已达, 贫困人口有
                            r"|(?<![每])各)+$")  # 科研项目和创业项目各1项: each of them
#: How or where, before the verb: 通过消费帮扶渠道, 在天津.
ADVERBIAL = re.compile(r"(?:通过|借助|依托|利用|结合|联合|共同|根据|按照|依据|在|向|对(?!口|接)"
                       # not 对口地区, nor the 经 of 经济
                       r"|对口(?:帮扶|支援|协作)|为|经(?![济营费验贸销])|于|让|使(?!用))")
#: Patterns here are used with match(text, pos): anchored at pos, so no "^".
LEADING_VERB = re.compile(
    r"(?:(?:规划|计划)(?=建设|新建|实施|援建))?"  # 规划建设了6个常规活动室: the plan's verb
    r"(?:带动|帮助|吸纳|转移|培训|种植|养殖|投入|落实|实施|引进|完成|实现|争取|安排|拨付|建成|新建|援建|共建|销售|采购|新增加|新增|发放|"
    r"捐赠|助销|帮销|改造|硬化|打造|建设|培育|创建|推动|促进|支持|资助|开展|举办|组织|签订|选派|设立|"
    r"派出|接收|覆盖|惠及|捐献|捐助|捐建|捐资捐物|捐款捐物|捐资|助推|解决|建立|预留|招引|签约|签下|发布|开行"
    r"|推进|协调|确定|挑选|选拔|抽调)")


#: What a count of places counts, written right after it: 16个区, 34个贫困县, 15个团组. Not
#: the start of a longer word: 区域, 县级, 市场, 村民, 乡村.
COUNTED_NOUN = re.compile(r"(?:协作|结对|帮扶|对口(?:援助|支援)?|受援|深度){0,2}"  # 8个协作市州
                          r"(?:(?:经济)?(?:发达|强)(?:县区|县市|区|县|市)"  # 8个经济发达区
                          r"|贫困县区|贫困区县|贫困县|贫困村|脱贫县区|脱贫区县|脱贫县|受援县|示范村|乡镇|团组|县区|区县|县市"
                          r"|市州|州市|地州|团场|师(?![生资范傅])|州(?=[（(][市县][）)])|地级市|地市|社区|设区市|计划单列市|板块|县级市|地区(?![生经统])|镇街|街镇|援[疆藏青]省市"
                          r"|援[疆藏青]省"
                          r"|省区市|省市区|省市|省区|省份|省辖市|城市"  # 东部8个省市
                          r"|省(?![级内外会辖定])"  # not 省定贫困村
                          r"|村委会|居委会|村民小组|街道|村庄|小城镇|区|县|市|乡|镇|村)"
                          r"(?![域级场民城村庄镇直江]|市级)")  # not 镇江
#: Measure words a counted noun may follow.
MEASURE_WORDS = ("个", "家", "所", "座", "处", "批")
#: Where a label may be shortened without cutting a word: after these, or where a verb starts.
LABEL_BREAKS = "并和及与的将把、"
#: Also where the words before a counted place may be cut: 参与到对甘肃省34个县 → 甘肃省县.
PLACE_BREAKS = LABEL_BREAKS + "到对在向为"
#: A from-to's base year, left out of its label (村集体平均收入从2021年的17.8万元): the
#: extractor's own grammar of a from-to's first end.
FROM_YEAR = re.compile("将?" + FROM_WORD.pattern)
#: Verbs that say what is measured (donated, sold, trained…): kept in the label before what
#: they act on, which the other verbs (投入, 落实…) are not.
MEASURE_VERBS = ("捐赠", "销售", "采购", "助销", "帮销", "培训", "转移", "吸纳", "选派", "派出",
                 "接收", "签约", "签下", "招引", "捐资捐物", "捐款捐物", "捐资")
#: When, in words a period does not keep: 去年山东到重庆旅游人次 → 山东到重庆旅游人次.
TIME_WORDS = re.compile(r"(?:(?:上|本|今|当)?年度|(?:建成|投产|达产|竣工|完工|运营)后"
                        r"|今年|去年|全年"
                        r"|同期|当年|上年|目前|当前|现在|如今"
                        r"|此前|此后|前期|后期"  # 上年度 whole, not 上年 and 度…
                        r"|近日|近期|日前|(?:启动|开幕|开业)?首日|当日|当天"
                        r"|上半年|下半年|前三季度"
                        r"|(?:今后|未来)[一二三四五六七八九十两\d]{1,2}年(?:内|间)?|以后|今后)"
                        r"(?:前[一二三四五六七八九十\d]{1,2}个月)?"
                        r"|\d{1,2}月份?(?:底|初|中旬|上旬|下旬)?")
#: A news dateline opening a report's first clause: 新华社武汉7月1日电（记者 某某）, 本报讯.
DATELINE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:\d{1,2}月\d{1,2}日电|讯(?=[\s（(]))"
                      r"\s*(?:[（(][^）)]{1,24}[）)])?|[（(]记者[^）)]{1,20}[）)]")
#: Words that sum what follows them in a clause: who sums it is before them.
SUMMING = re.compile(r"共有|共计|总计|累计有")
#: Adverbs that open a clause and name nothing: 还, 也, 又…
#: (and a plan's hedges, which its qualifiers keep)
ADVERBS = re.compile(r"另外|此外|同时|同样|特别是|尤其是|于是|因此|从而|凡是|而且|并且|不仅"
                     # 而苏北…: whereas; 当苏州以…时: when
                     r"|而(?!今)|然而|但是?(?!凡)|可是|当(?![地前年天日月选时])|到如今|如今"
                     r"|[一二三四五六七八九十]是(?=[\u4e00-\u9fff])"  # 一是…二是: a list's items
                     r"|并(?![购网入轨])|已经|还|也|又|再|均|都|已"
                     r"|这是|这就是|就(?![业地近医读学诊])"
                     r"|例如|比如|如(?![今期何果此])"
                     r"|将(?!近)|把|使(?!用)"  # 将事故率降低70%, 使亩产从200公斤…: what, not how
                     r"|先后|继续|接续|持续|现场|足额|全额|及时|计划(?![内外])|预计|估计|拟|力争|根据|按照|依据"
                     r"|全部(?![门分])"
                     r"|除了|到(?=第)")  # 除了第一批, 到第六批: the batch, not the link
#: A subject and its adverb before the verb: 该基地已(带动), 这些企业还(吸纳).
SUBJECT_DONE = re.compile(r"[\u4e00-\u9fff]{2,}(?:已经|已|还|也|都|均|就|累计|共)$")
#: Verbs that say little on their own: the label keeps the words they act on.
LIGHT_VERBS = ("实现", "完成", "新增", "新增加")
#: Of those, the ones that say nothing of what a count after them counts: 实现了8个东部城市….
EMPTY_VERBS = ("实现", "完成")
#: Verbs of doing, right before a count, that say nothing of what it counts: 实施13个项目,
#: 协调85名专家 (not 新建, 援建 or 选派, which say what became of them).
PLAIN_VERBS = ("实施", "协调", "组织", "开展", "落实", "安排", "推动", "推进", "促进", "确定")
#: Who, in a story: 他就靠卖菇增收 → 卖菇增收.
PRONOUN = re.compile(r"(?:他们|她们|他|她|我们|大家)(?:就|都|也|还)?(?:靠|通过)?")
#: A place named just before what a count counts: 天津市3个区, 甘肃省34个县.
#: (张承保三市 is one name: places shortened, then how many; 中西部 is whole; not 盖我省, 盖全州.)
PLACE_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{2,3}[两三四五六七八九十](?:省|市|州|县|区)"
                          r"|[\u4e00-\u9fff](?!地区|我|全|片区)[\u4e00-\u9fff](?:省|市|州|县|区)"
                          r"|[我全][省市州县区村乡镇]|(?:东中|中西|[东西南北中])部(?:地区)?)$")
#: A label longer than MAX_LABEL is kept whole up to this when no word boundary shortens it.
MAX_LONG_LABEL = 24
#: What a count counts when it is written after it (选派108名党政干部, 为47个脱贫村): the head
#: nouns a careful reader names; the noun phrase after a count ends at the last of them.
HEAD_NOUNS = re.compile(
    # (10万平方米的棚户区改造: housing reformed, counted by its area or its households)
    r"(?:村委会|居委会|村民委员会|村民小组|住房改造|危房改造|棚户区改造|棚户区"
    r"|企业家|企业|公司|单位|部门|机构|干部|人才|人员|人口|专家学者|专家|教师|校长"
    r"|文艺演出|演出|比赛|赛事"  # 2场专场文艺演出
    r"|医生|学生|青年|记者|群众|农户|脱贫户|牧户|户(?![外籍口型])|残疾人|老年人|老人|妇女|患者|患儿|行业|第一书记|书记"
    r"|农牧民|农民工|农民|牧民|村民|民众|移民|家庭|地区(?![生经])"
    r"|劳动力|村落|村|乡镇|社区|园区|基地|车间|工厂|项目|产业园(?!区)|工业园(?!区)|产业|集群|集团|学校|医院|合作社|协议|团组|组织"
    r"|棚|圈|(?<!专)场|站|中心|品牌|产品|人士|员工|学员|城市|衣物|物资|道路|公路|专馆|展馆|帮扶县"
    r"|重点县|游客|蔬菜|水果|鸡蛋|粮食|茶叶|作物|苗木|骨干|开发区|示范区|省区市|省市|人民|居民"
    r"|(?<![记学])者|温室|门店|店|培训班|培训|讲座|论坛|招聘会|推介会|洽谈会|交流会|展销会|博览会"
    r"|药材|农产品|畜产品|特产|牛羊|肉羊|牦牛|生猪|代表团|调研组|工作组|考察团|代表|食堂|超市|专柜|专区|馆|窗口|队员|队"
    r"|旗县市|旗县|贫困县|脱贫县|扶贫县|商户|客商|[浙闽粤津沪苏鲁京晋徽]商|院校|高校|职校|工程"
    r"|[浙闽粤津沪苏鲁京晋徽央国民外]企"  # 59家津企来兰投资: firms named by where they are from
    r"|蓄水池|水池|水窖|水厂|水库|机井|水井|塘坝"  # 5个蓄水池供应: water works
    r"|设区市|县级市|线路|路线|航线|专列|班列|岗位|师生|青少年|床位|客房|民宿|研究生|大学生|毕业生"
    r"|师范生|学子|孩子|儿童|幼儿园|幼儿|子女|大学(?!生)|专车|住房|房屋|廉租房|安居房|周转房|危房|示范镇|小城镇|村庄|生产线|政策举措|举措|措施|做法"
    r"|指标|综保区|保税区|经开区|高新区|新技术|技术(?![人骨干专服推])|厂房|商品|好物|成果|精英|关系|生产规模|儿女|冬衣|棉衣|衣服|校服"
    r"|安置点|服务点|网点|销售点|冷库|包机|楼房|楼宇"  # 307个安置点, 20架…旅游包机
    r"|领域(?=[、，,。；;和及与]|$)"  # 14个农业领域、…, not 农技领域专业人才
    r"|作坊|工坊|将士|官兵|建设者|书屋|指挥部"  # 基地内34家作坊, 组织5000名援建将士, 首批4座书屋
    r"|干警|民警|法官|检察官|检察院|法院|模型|转移园|媒体(?!教室)"  # 184名…的干警, 217个检察院,
    r"|教室|活动室|阅览室|实验室"  # 2所中心小学多媒体教室
    # 48个…监督模型, 7个产业转移园, 10多家主流媒体
    r"|意见建议|意见|建议"  # 50条需要…解决的意见建议
    r"|(?<![动人队学])员(?![工会]))")  # 科技特派员, 技术员 (not 动员)
#: What an area is given to, besides those: 117亩生态水产养殖.
AREA_HEADS = re.compile(HEAD_NOUNS.pattern + r"|种植规模|养殖规模|种植|养殖|茶园|果园|菜园"
                        r"|林地|草场|牧场"
                        # crops an area is sown with: 4000余亩沙棘
                        r"|沙棘|枸杞|核桃|红枣|苹果|葡萄|棉花|小麦|玉米|青稞|马铃薯|土豆|辣椒|花椒"
                        r"|牧草|饲草|油菜|中药材")
#: What a change is compared with, when nothing else names it: 比2010年(增长83.5%).
COMPARED_WITH = re.compile(r"[，,\s]*(?:比|较)(?:\d{4}年|上年|去年|同期)(?:同期)?")
#: The base a change is measured from, inside the words before it: …固定资产投资在2015年的基础上
#: (年均增长15%), 与上年相比: what changes is before it.
BASE_FRAME = re.compile(r"在(?:\d{4}年|上年|去年)的?基础上|与(?:\d{4}年|上年|去年)(?:同期)?相比")
#: A sum invested in what follows it, and how the name of what it is invested in ends.
INVESTED = re.compile(r"(?:总)?(?:投资|价值|面积|金额)(?:额)?$")  # the worth of goods, a place's
# area, what agreements are worth (投资协议89项、总金额940亿元)
#: A sum named by the word after it: 3.03亿元投资, 2900万元善款 (MONEY_NOUNS has the rest).
INVESTMENT = re.compile(r"投资(?!协议|项目|企业|建设|兴建|新建)")
#: What joins a sum to the project named after it: 投资245万元建设的…项目, 投资90亿元建设…项目.
BUILT_WITH = re.compile(r"(?:建设|建成|打造|实施|新建|援建|修建|兴建)的?|的|支持|用于")
#: The same after a comma, past where it is done, when 投资 alone names the sum: 投资1.7亿元，
#: 在…受灾县等，开展7620户灾后住宅重建项目; 投资200万元，为额敏县医院购置医疗设备.
BUILT_AFTER_COMMA = re.compile(r"[，,](?:在[^，。；;]{1,30}?[，,]?(?:实施|开展|建设|新建|援建)|开展"
                               r"|为(?=[\u4e00-\u9fff]{2,12}?购置))")
PROJECT_END = re.compile(r"“[^”]{2,12}”"  # 修建的“五大服务区”: its name, whole
                         r"|.{2,}(?:项目|基地|园区|工程|中心|工厂|车间|产品|设备|仪器|机|物资|物品"
                         r"|公路|道路|大桥|桥梁|线路|管网|水厂|电站"  # …村至…村公路: the road
                         r"|[县市州区乡镇村](?![场民政级]))|物品|物资|设备")  # 价值600万的64排CT机
#: (总价值约257万元的物品: goods named by one word too)
#: Where, framing what follows: 在电商平台上, 在展会期间.
LOCATIVE = re.compile(r"在[\u4e00-\u9fff]{1,8}?(?:上|中|内|里|期间|领域|方面)")
#: 等 closing a list the words after it sum up: 培训经费、建设费用等各类对口支援资金.
ETC_ALL = re.compile(r"等(?=各类|各项|多项|多种|专业技术|技术)"
                     r"|等(?:[0-9一二三四五六七八九十]{1,2}个)?(?:领域|方面|行业)的?")
#: A sum for each of what is named: 按每县6000万元, 每个大棚补贴 (the latter has a noun after).
PER_UNIT = re.compile(r"按?(?P<each>每个?[\u4e00-\u9fff])$")
#: A quoted name right after a count: 3场“劳务就业扶贫招聘会”.
QUOTED_NAME = re.compile(r"[“‘]([^”’]{2,20})[”’]")  # ‘五小工程’ within a quote, too
#: Marks of a list and of a source, which no label crosses: "- " or ■ before an item, [4]
#: after it (a page that lists its facts with their sources).
LIST_MARKS = re.compile(r"\s*\[\d{1,3}\]\s*|(?:(?<=\s)|(?<=^))[-–—•●■◆▪]\s*|[•●■◆▪]\s*",
                        re.MULTILINE)
#: Two things counted together: 2500家单位和企业参会 counts 单位和企业.
JOINS = ("和", "与", "及")
# (not 两家…公司, nor 多家民营企业: counted by its own word)
JOINED_HEAD = re.compile(r"(?![0-9一二三四五六七八九十两多数几]|若干)[\u4e00-\u9fff]{0,4}?"
                         + HEAD_NOUNS.pattern
                         + r"(?!的?[0-9０-９一二三四五六七八九十两])")  # not 企业的6位员工
#: Who is counted, after the words that say whose they are: 来自东部的(优秀青年校长).
WHOSE_HEAD = re.compile(r"[\u4e00-\u9fff]{0,5}?" + HEAD_NOUNS.pattern
                        + r"(?!的?[0-9０-９一二三四五六七八九十两])")
#: Who is counted, after what is said of them: 6万多名曾经生活在西海固山区的(农民).
RELATIVE_HEAD = re.compile(r"[^，,。；;：:0-9０-９]{2,20}?的(?P<head>[\u4e00-\u9fff]{0,6}?"
                           + HEAD_NOUNS.pattern + ")")
#: The rest of a list of what a count counts, up to the head noun of its last item:
#: 203名教育、医疗、农业领域专业人才 counts 专业人才 of all three fields.
LISTED_HEAD = re.compile(r"(?:、[\u4e00-\u9fff]{1,6}?)*?、[\u4e00-\u9fff]{0,8}?"
                         + HEAD_NOUNS.pattern)
#: Whose the things counted are, written before 的: 有关单位, 保险公司.
OWNER = re.compile(r"[\u4e00-\u9fff]{0,2}" + HEAD_NOUNS.pattern + "$")
#: What a count just before counted, written after it: 10位员工为…捐献衣物100余件.
COUNTED_HEAD = re.compile(r"[\u4e00-\u9fff]{0,4}?" + HEAD_NOUNS.pattern)
#: What a sum of money written before its name is: 管好用好26.42亿元江苏省财政援助资金.
MONEY_NOUNS = re.compile(r"资金|资金总额|援助款|帮扶款|扶贫款|救助款|捐款|善款|款物|物资"
                         # 近6.3亿元的消费, 每个店10万元的项目支持
                         r"|补贴|补助|奖补|奖励|资助|支持|消费|销售额|产值|收入|基金"
                         r"|工资|薪酬|报酬|慰问金|救助金|奖金"
                         r"|分红|租金|收益|利润"  # 带来15万元租金分红
                         r"|订单|协议|合同")  # 签订1.01亿元的意向协议: the agreements
#: Where the noun phrase after a count stops: a link word, or a verb of what follows.
AFTER_STOP = re.compile(r"和|与|及|同|并|除|(?<![甲乙一二三特])等(?!级)|也|到|在|赴|从(?![业事])"
                        r"|(?<![相绝针面应核])对(?![口接象外子话])"  # 7家…的医院对患儿进行…
                        # not the 向 of 意向协议, nor the 为 of 较为成熟的
                        r"|(?<![意方志导去])向|(?<![较更最极尤颇甚广])为|用于|参加"
                        # (not the 等 of 三级甲等)
                        r"|免费|落地|投资(?!协议|项目)|投产|新开工|开工|现有"
                        r"|(?<=[村户县区乡镇业])发展"  # 107个贫困村发展村集体经济: what they did
                        r"|参与|签署|签订|建立|开展|进行|购销(?!重点|项目|协议|合同|对接)|组团|都是|均是|均为|销往|发往|运往"
                        r"|实现|挂职(?!干部)|结对|提供|带动|吸纳|完成|达到|达成|解决|共(?!建)|的|将(?!士)"
                        r"|把|让|使"  # (3个共建园区: the parks built together)
                        r"|已经|已"  # 18个对口援建省市已经确定…: what they did
                        r"|来说|而言"  # 对于这里8万多百姓来说: the frame's end
                        r"|现场(?=签约|签订|签署|观摩|办公)"  # 50个项目现场签约: how it was done
                        # 6名技术人员组成专家组: the experts, not the group they formed
                        r"|组成|组建|深入|前往|赶赴|奔赴|进驻|进入|抵达|走进|来到")
#: What a classifier counts ends in one of its characters: 辆 counts cars (货车), 艘 boats,
#: 头 cattle; so 7辆满载着…的货车 counts 货车, however long what is said of them.
AGREEING = {"辆": "车巴",  # 10辆返岗务工大巴
            "艘": "船", "架": "机", "台": "机器备车", "头": "牛羊猪",
            "只": "羊鸡鸭鹅羔",
            "所": "校院园学中",  # 20所…示范性高中
            "座": "桥站馆楼塔厂房池窖棚", "株": "苗树茶花木果草参",
            "棵": "苗树茶花木果草参", "间": "房室屋厅",
            "户": "房屋舍",  # 7160户农村安居富民房: dwellings (1000户群众: households)
            "套": "房屋舍寓",  # 69套安居富民房
            "枚": "子蛋卵章币"}  # 2000枚良种奶牛冷冻精子
