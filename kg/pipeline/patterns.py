"""Versioned pattern sets of the ``kg_rules`` component.

Each ``kg.*_patterns.vN`` registry function returns a plain dict of regex
sources and word lists; ``kg_rules`` compiles them once. A new behaviour gets
a new version (``…v2``) so that saved pipelines keep the set they were built
with. Regexes run over the normalised (simplified, half-width) text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.util import registry

from .surnames import COMPOUND_SURNAMES, SINGLE_SURNAMES

HAN = r"\u4e00-\u9fff"
# level words a body or head-of-government title attaches to
LEVEL = r"(?:自治区|自治州|自治县|自治旗|街道|[省市县区旗州盟镇乡村])"
NUM_CN = "一二三四五六七八九十百千万两双"

_SUR1 = "".join(sorted(SINGLE_SURNAMES))
_SUR2 = "|".join(sorted(COMPOUND_SURNAMES))
#: a surname followed by one or two given-name characters (or a ·-joined minority name)
NAME = rf"(?:(?:{_SUR2})[{HAN}]{{1,2}}|[{_SUR1}][{HAN}]{{1,2}}|(?:(?![会主席长记委部的了在是和与及等])[{HAN}]){{1,5}}·(?:(?![的了在是和与及等])[{HAN}]){{2,6}})"

#: words that may follow a person's name (speech verbs, function words, time words)
FOLLOW_WORDS: tuple[str, ...] = tuple(
    """表示 强调 指出 要求 主持 出席 参加 讲话 说 在 对 到 来 赴 率 带队 一行 等 同志
    和 与 及 会见 介绍 宣读 作 调研 察看 视察 深入 走访 先后 代表 就 为 向 将 也 又
    还 是 通报 提出 部署 听取 前往 看望 慰问 陪同 分别 致辞 批示 进行 带领 参观 考察
    督导 检查 接待 的 给 了 从 以 同 被 应邀 回顾 总结 希望 认为 寄语 详细 实地 现场
    专程 亲自 首先 随后 最后 则 都 主讲 签署 签批 作出 出台 发表 透露 坦言 告诉 称
    今天 昨天 近日 日前 今年 目前 当天 近期 此前 曾 已 正 于 再 书记 主任 来到 到达 来自
    前来 一同 一起 严重 涉嫌 等人 因 常 利用 用 以及 通过 根据 按照 围绕""".split()
)
#: lookahead: what may follow a person's name (a follow word, punctuation or the end)
FOLLOW = r"(?=" + "|".join(FOLLOW_WORDS) + r"|[、，,。；;：:!！?？\s)）”\"」』\d]|$)"

SPEECH_VERBS = r"(?:强调|指出|要求|表示|主持|说(?=[,，:：“])|认为|提出|宣读|介绍|希望|总结|坦言|透露|告诉记者)"


#: roles after a body; 原 (former) and 时任 are part of the title as written
ROLE = (
    r"(?:原|时任|前)?(?:党组(?:副书记|书记|成员)|党委(?:副书记|书记|委员)|党支部(?:副书记|书记|委员)|"
    r"常务副(?:书记|主任|部长|局长|校长|主席|厅长|省长|市长|县长|区长|州长|旗长)|第一副(?:书记|主任|部长)|"
    r"第一书记|副书记|书记|常委|委员|副主任委员|副主任|主任|副部长|部长|副局长|局长|副厅长|厅长|副处长|处长|"
    r"副校长|校长|副主席|主席|副秘书长|秘书长|副院长|院长|副检察长|检察长|成员|副队长|队长|副政委|政委|"
    r"副总经理|总经理|董事长|一级巡视员|二级巡视员|副巡视员|巡视员|(?:常务)?副?[省市县区镇乡旗州盟]长)"
)


@registry.misc("kg.post_patterns.v1")
def post_patterns() -> dict[str, Any]:
    """Post grammar: [region][body][role], heads of government, media roles."""
    party_sub = ("组织部|宣传部|统战部|政法委|办公室|政研室|农办|网信办|编办|巡察办|党校|老干部局|深改办|"
                 "改革办|督查室|外办|财经办|直属机关工委|机关工委|社会工作部|金融委员会|编委")
    return {
        # a body after a level word; the region before the level word is found with the gazetteer
        "body": (
            rf"(?P<lvl>{LEVEL})"
            rf"(?:(?P<party>党工委|党委|委)(?P<psub>{party_sub})?"
            r"|(?P<gov>人民政府|政府)(?P<gsub>办公室|党组)?"
            r"|(?P<npc>人大常委会|人大)"
            r"|(?P<cppcc>政协)"
            rf"|(?P<disc>纪委(?:{LEVEL}?监委)?|监委)"
            r"|(?P<dept>考核办|督查室|发改委|发展改革委|卫健委|教育局|公安局|财政局|人社局|自然资源局|"
            r"自然资源和规划局|生态环境局|住建局|交通运输局|水利局|农业农村局|商务局|文旅局|文广旅局|应急管理局|"
            r"审计局|市场监管局|统计局|医保局|城管局|民政局|司法局|科技局|工信局|退役军人事务局|信访局|数据局|"
            r"行政审批局|招商局|税务局|宣传部门|人武部|法院|人民法院|检察院|人民检察院|总工会|团委|妇联|科协|工商联|"
            r"融媒体中心|政务服务中心|机关事务管理局|国资委|台办|侨办|档案馆|委办|村委会|居委会|党支部|党总支|"
            r"科学技术协会|仲裁委|[\u4e00-\u9fff]{2,8}?(?:厅|局)(?=原?(?:党组|党委|副?厅长|副?局长))))"
        ),
        # the role after a body (tried in this order; longest first inside each)
        "role": ROLE,
        # head of government without a written body: 县长, 常务副区长, 副州长, 自治区主席
        "head": r"(?P<head>(?:常务)?副?(?P<hl>[省市县区镇乡旗州盟])长|(?:常务)?副?自治区主席)",
        # bodies written without a level word, only as part of a title (stacked titles)
        "bare_body": (
            r"(?:原)?(?P<bare>政法委|组织部|宣传部|统战部|纪委|监委|党组|人大常委会|政协|办公室|考核办|党委|党工委|"
            r"党支部|党总支|村委会|居委会)"
        ),
        # national posts
        "national": (
            r"(?:中共中央|中央)?总书记|国家主席|国家副主席|中央军委主席|中央军委副主席|国务院总理|国务院副总理|"
            r"国务委员|全国人大常委会委员长|全国人大常委会副委员长|全国政协主席|全国政协副主席|中央政治局常委|"
            r"中共中央政治局常委|中共中央政治局委员|中央政治局委员|中央书记处书记|中央纪委书记|国家监委主任|"
            r"最高人民法院院长|最高人民检察院检察长|中央候补委员|中央委员|法定代表人|董事长|总经理"
        ),
        # the title only: 本报|记者, 融媒体|记者
        "media": r"(?:记者|通讯员|实习生)",
        # characters before a bare level word that make it part of another word (社区委员会, 城市长远)
        "bad_before": {"区": "社小园景片城库矿郊新校厂营辖山护", "市": "城超都夜股楼门上", "镇": "城",
                       "乡": "城下家老", "县": "郡", "村": "农乡", "州": "", "省": "反节", "旗": "国红彩",
                       "盟": "联同结加"},
        # characters after 长 that make X长 a word (增长, 城市长远, 社区长效)
        "bad_after_head": "效期远久足江城沙廊春征度寿跑假篇途堤势线短处项安治山冈",
    }


@registry.misc("kg.org_patterns.v1")
def org_patterns() -> dict[str, Any]:
    """Bodies standing alone (ORG) reuse the post body grammar; plus national bodies."""
    return {
        "national": (
            r"中央纪委国家监委|中央纪委办公厅|党中央|中共中央|中央委员会|中央政治局|中央书记处|中央军委|中央纪委|国家监委|国务院|全国人大常委会|全国人大|"
            r"全国政协|最高人民法院|最高人民检察院|外交部|国防部|国家发展改革委|国家发改委|教育部|科技部|工业和信息化部|"
            r"公安部|民政部|司法部|财政部|人力资源社会保障部|自然资源部|生态环境部|住房城乡建设部|交通运输部|水利部|"
            r"农业农村部|商务部|文化和旅游部|国家卫生健康委|应急管理部|审计署|国务院国资委|海关总署|国家税务总局|"
            r"国家市场监管总局|国家统计局|中央组织部|中央宣传部|中央统战部|中央政法委|中央网信办"
        ),
        "prefix": r"中共",
    }


@registry.misc("kg.campaign_patterns.v1")
def campaign_patterns() -> dict[str, Any]:
    """Campaign shapes: quoted names followed by a campaign noun, numeric codes,
    number-word slogans (三真三实, 五大突破, 一创双加, 双实), X长制, and a small
    lexicon of well-known national/provincial slogans."""
    strong = r"(?:工作制度|工作法|行动计划|专项行动|三年行动|攻坚行动|提升行动|攻坚战|工程|活动|行动)"
    suffix = (r"(?:工作制度|工作机制|工作法|工作体系|行动计划|专项行动|三年行动|攻坚行动|提升行动|专场活动|主题活动|"
              r"系列活动|专项活动|攻坚战|总体思路|发展思路|工作思路|发展战略|战略|工程|活动|行动|制度|机制|体系|"
              r"计划|目标|思路|模式|工作法)")
    return {
        "open": "“「『\"",
        "close": "”」』\"",
        "inner": r"[^“”「」『』\"\n，。；！？,;!?：:()（）]{1,16}",
        # a few words between the quoted name and its campaign noun: “两在两同”建新功行动, “3+5”现代产业体系
        "middle": rf"(?:(?![的等和与及之])[{HAN}]){{0,4}}?",
        "middle_suffix": r"(?:行动|工程|活动|战略|机制|制度|体系|产业体系|产业布局|布局|计划|三年行动|专项整治)",
        "suffix": rf"{suffix}(?:{suffix})?",  # “3820”战略工程
        # shapes of a quoted name that make it a campaign without a suffix
        "shapes": [
            r"\d{3,6}",  # “13710”, “1465” (years are excluded in code)
            r"[\dA-Z]+(?:\+[\dA-Z]+)+",  # “1+4+N”
            rf"[{NUM_CN}][{HAN}]{{1,2}}[{NUM_CN}][{HAN}]{{1,2}}",  # 三真三实, 五减五化, 一创双加, 四议两公开
            rf"[{NUM_CN}]大[{HAN}]{{2,4}}",  # 五大突破
            rf"双[{HAN}]双[{HAN}]",  # 双招双引
            rf"[{HAN}]{{1,4}}制",  # 链长制, 首问负责制
            rf"[{HAN}]{{2,10}}{strong}",  # “双实活动”, “千企升级行动”
        ],
        # quoted phrases that look like a shape but are not campaigns
        "not_campaign": ["十一五", "十二五", "十三五", "十四五", "十五五", "体制", "机制", "两会", "双十一",
                         "面子工程", "政绩工程", "形象工程", "豆腐渣工程", "烂尾工程", "两个确立", "两个维护",
                         "四个意识", "四个自信", "台独", "港独", "藏独", "疆独"],
        # unquoted shapes that are precise enough on their own
        "bare": [
            r"(?<![增成延生助])[链河湖林田路山街巷楼院网警医校](?:长制)(?![约定造度品作])",
            rf"(?<![{HAN}])[百千万][企村镇户家项校][{HAN}]{{2,4}}(?:行动|工程|计划)",
            # programmes named after the verb that launches them: 实施产业升级工程、项目推进工程
            r"(?:(?<=实施)|(?<=推进)|(?<=启动)|(?<=落实)|(?<=工程、)|(?<=工程和))"
            rf"(?:(?![的等和与及之])[{HAN}]){{3,10}}?(?:三年行动计划|行动计划|三年行动|工程|战略)"
            rf"(?=[和及等]|[^{HAN}]|$)",
            # systems introduced by name: 推行农村重要事权清单管理制度, 推进三级党建网格制度
            r"(?:(?<=推行)|(?<=实行)|(?<=推进))(?!健全|完善|相关|有关|长效|工作|现代)"
            rf"(?:(?![的等和与及之])[{HAN}]){{4,12}}?(?:管理制度|工作制度|制度)(?=[的，。、；,;]|[^{HAN}]|$)",
            # named national/provincial education campaigns after the verb that launches them
            r"(?:(?<=开展)|(?<=推进)|(?<=深化)|(?<=巩固拓展)|(?<=开展好)|(?<=开展了))"
            rf"(?![好了])[{HAN}]{{4,20}}?(?:学习教育|教育整顿|主题教育|集中整治)",
        ],
        "lexicon": ["强富美高", "放管服", "最多跑一次", "一网通办", "跨省通办", "不见面审批", "两学一做", "三严三实",
                    "一带一路", "双一流", "双减", "双循环", "六稳六保", "六稳", "六保", "放管服改革", "厕所革命",
                    "百县千镇万村高质量发展工程"],
    }


@registry.misc("kg.meeting_patterns.v1")
def meeting_patterns() -> dict[str, Any]:
    num = rf"[{NUM_CN}〇零\d]+"
    return {
        # party congresses and plenums: 党的二十大, 十九大, 党的二十届二中全会, 二中全会
        "congress": (
            rf"(?:党的)?(?:[一二]?十[一二三四五六七八九]?届)?[一二三四五六七]中全会|(?:{LEVEL})委全会"
            r"|党的[一二]?十[一二三四五六七八九]?大|(?<![\u4e00-\u9fff])(?:[一二]十[一二三四五六七八九]?|十[一二三四五六七八九])大"
            r"(?=代表|以来|精神|报告|后|前|召开|胜利|闭幕|开幕|期间|的|[，。、；,;“”\s])"
        ),
        "session": (
            rf"(?:中华人民共和国|中国共产党|中共)?(?:{LEVEL}(?:委|人大常委会|人大|政协))?(?:第)?{num}届"
            rf"(?:全国|{LEVEL})?(?:人民代表大会常务委员会|人民代表大会|人大常委会|人大|政协|中央委员会|中央纪律检查委员会)?"
            rf"(?:第)?{num}次(?:全体会议|全会|会议)"
        ),
        "suffix": (
            r"(?:三级干部大会|工作推进会议|工作推进会|推进会议|推进大会|推进会|座谈会|常委会会议|常委会议|常务会议|"
            r"表彰大会|动员大会|总结大会|誓师大会|工作会议|现场推进会|现场会|调度会|部署会|视频会议|电视电话会议|"
            r"联席会议|专题会议|民主生活会|干部大会|党代会|代表大会|全体会议|务虚会|报告会|宣讲会|观摩会|"
            r"新闻发布会|发布会|对接会|推介会|招商会|交流会|理论学习中心组学习会|中心组学习会|学习会|工作会|"
            r"政治局会议|党组会议|常委会会议)"
            r"(?!制度|常务|主席|秘书|委员)"
        ),
        "name_chars": rf"[{HAN}\d“”\"()（）·]",
        # words before a meeting name that are not part of it
        "trim": (
            r"^.*(?:召开|举行|举办|参加|出席|主持|列席|组织|筹备|开好|开了|出台|在|于|了|的|是|并|后|会上|上下|即|"
            r"预祝|祝贺|祝愿|迎接|迎来|相信|坚信|表示|实现|提请|提交|关注|邀请|参与|发挥|做好|实施|从|记者|"
            r"致信|致电|开幕|闭幕|指出|强调|要求|认为|宣讲|这次|每次|本次|该|此次|按照|根据|依据|围绕|"
            r"立即|迅速|先后|分别|随后|日前|近日|今天|昨天|上午|下午|晚上|日|等|通过|届时|作为|召集|"
            r"审议|传达|贯彻|落实|学习|领会|研究|就|将|向|据|会同|经(?!济)|报)"
        ),
        "generic_suffix": ["座谈会", "工作会议", "工作会", "会议", "现场会", "调度会", "部署会", "视频会议",
                           "专题会议", "全体会议", "发布会", "报告会", "学习会", "交流会", "推进会", "推进会议"],
    }


@registry.misc("kg.date_patterns.v1")
def date_patterns() -> dict[str, Any]:
    cn = "〇零一二三四五六七八九"
    part = r"(?:上午|下午|晚上|晚间|早上|中午|凌晨|傍晚|晚)"
    return {
        "date": (
            r"(?:(?:元旦|春节|元宵节|清明节?|五一|劳动节|端午节?|中秋节?|国庆节?|除夕)(?:当日|当天|期间|前夕|假期)?"
            r"(?=[，。、；,;将前后期假”\s]|$)|"
            r"(?=[\d〇零一二三四五六七八九十上])(?:"
            rf"\d{{4}}年?(?:至|到|-|—|–|~|～)\d{{4}}年度?"
            rf"|\d{{4}}年(?:\d{{1,2}}月(?:\d{{1,2}}日{part}?|上旬|中旬|下旬|底|初|份)?|度)?"
            rf"|(?<!\d)\d{{1,2}}月\d{{1,2}}日{part}?"
            rf"|(?<!\d)\d{{1,2}}月(?:上旬|中旬|下旬|底|初|份)"
            rf"|[{cn}]{{4}}年(?:[一二三四五六七八九十]{{1,2}}月(?:[一二三四五六七八九十]{{1,3}}日)?)?"
            rf"|(?<![{HAN}])[一二三四五六七八九十]{{1,2}}月[一二三四五六七八九十]{{1,3}}日{part}?"
            rf"|(?<![\d月.])\d{{1,2}}日(?:[—\-–至到]\d{{1,2}}日)?{part}?"  # 1日, 19日—21日 (month from context)
            rf"|(?:上世纪)?\d0年代(?:初|末|中期|中后期)?))"
        ),
    }


@registry.misc("kg.person_patterns.v1")
def person_patterns() -> dict[str, Any]:
    leaders = r"(?:[省市县区镇乡旗州盟]|街道|自治区|自治州|自治县)(?:委|政府)?(?:领导|负责同志|领导同志)"
    return {
        "name": NAME,
        "follow": FOLLOW,
        # the multi-character followers: a 2-character name before one of these is preferred
        "follow_multi": "(?:" + "|".join(w for w in FOLLOW_WORDS if len(w) >= 2) + ")",
        # names listed after 区领导 / 县领导 …
        "list": rf"{leaders}[:：]?(?P<list>[{HAN}·]{{2,6}}(?:[、,，][{HAN}·]{{2,6}})*)(?=等|参加|出席|陪同|[，,。；;\s]|$)",
        # bylines
        "byline": (
            rf"(?P<role>记者|通讯员|实习生|摄影|编辑|责编|责任编辑|审核|审校|校对|监制|编审|作者)"
            rf"[^\S\n]*[:：]?[^\S\n]*(?P<names>{NAME}(?:(?:[^\S\n]|[、,，])+{NAME})*)(?=[^\S\n]*(?:[)）\n]|$|记者|通讯员|摄影|编辑))"
        ),
        "paren_byline": rf"(?<![{HAN}])[(（][^\S\n]*(?P<names>{NAME}(?:[^\S\n]+{NAME})*)[^\S\n]*[)）](?=[^\S\n]*(?:\n|$))",
        "speech": rf"(?:(?<=[^{HAN}])|^)(?P<name>{NAME}){SPEECH_VERBS}",
        # 袁家军同志 / 以习近平同志为核心 / 给予胡衡华同志
        "comrade": rf"(?:(?<=[^{HAN}])|(?<=[以予对向和与及])|^)(?P<name>{NAME})(?=同志)",
        # a title or a word for a person right before a name: 原副巡视员蒋祁， 市民郑和鑑常
        "role_name": (
            rf"(?:{ROLE}|市民|居民|村民|农民|群众|党员|老人|学生|教师|医生|专家|企业家|负责人|房主|志愿者|院士|"
            rf"代表|委员|顾问|主委|总监|经理|厂长|站长|所长|馆长|会长|理事长|社长|台长|主编)"
            rf"(?P<name>{NAME}){FOLLOW}"
        ),
        # names (and name lists) opening a clause before attending/chairing verbs: 马兴瑞、姜信治出席会议
        "attend": (rf"(?:(?<=[^{HAN}])|^)(?P<names>{NAME}(?:、{NAME})*)"
                   r"(?=等?(?:出席|主持|参加|陪同|会见|会谈|调研|考察|视察|宣读)(?:了)?(?:会议|活动|仪式|开幕式|召开)?)"),
        "titled": (
            rf"(?P<sur>{_SUR2}|[{_SUR1}])(?P<role>书记|县长|市长|区长|镇长|乡长|省长|州长|旗长|盟长|主任|部长|局长|"
            rf"主席|校长|院长|总理)(?![{HAN}]{{0,0}}(?:处|室|办|会|长))"
        ),
        "byline_roles": {"记者": "author", "通讯员": "author", "实习生": "author", "摄影": "photographer",
                         "作者": "author", "编辑": "editor", "责编": "editor", "责任编辑": "editor",
                         "审核": "editor", "审校": "editor", "校对": "editor", "监制": "editor", "编审": "editor"},
    }


def lexicon_terms() -> list[str]:
    """Post titles and campaign names for the segmenters' user dictionary."""
    levels = "省市县区镇乡旗州盟"
    terms: set[str] = set()
    for lv in levels:
        body = f"{lv}委" if lv not in "镇乡" else f"{lv}党委"
        terms.update({body, f"{body}书记", f"{body}副书记", f"{lv}委常委", f"{lv}长", f"副{lv}长",
                      f"常务副{lv}长", f"{lv}政府", f"{lv}人大", f"{lv}政协", f"{lv}纪委", f"{lv}监委"})
    terms.update(["组织部部长", "宣传部部长", "统战部部长", "政法委书记", "纪委书记", "监委主任", "党组书记",
                  "党组成员", "秘书长", "记者", "通讯员"])
    terms.update(campaign_lexicon())
    return sorted(terms)


# --------------------------------------------------------------------------
# v2: sub-units, long department names, company titles, more campaign shapes
# --------------------------------------------------------------------------
#: a department whose name is not listed: 2-12 characters without a level word (so that
#: 昆明市|五华区自然资源局 leaves the inner 区 to start the body) before 厅/局, when a role follows
_GENERIC_DEPT = (
    rf"(?:(?![省市县区旗州盟的与及在对为是])[{HAN}]){{2,12}}?(?:厅|局)"
    rf"(?=(?:[{HAN}\d]{{1,8}}?(?:处|科|室|总队|支队|大队))?原?(?:党组|党委|副?厅长|副?局长|副?处长|副?科长|"
    r"副?主任|[一二]级巡视员|副?巡视员))"
)
#: a sub-unit between a body and the role: 总体规划处, 五部, 辽宁调查总队, 第七师123团
SUB_UNIT = (
    rf"(?:第[{NUM_CN}\d]+师(?:\d+团)?|(?:(?![的和与及在对为是等、原副])[{HAN}\dA-Z]){{1,8}}?"
    r"(?:调查总队|总队|支队|大队|中队|处|科|室|部|分局|中心|所|站))"
)


@registry.misc("kg.post_patterns.v2")
def post_patterns_v2() -> dict[str, Any]:
    """v1 plus: departments with long unlisted names (人力资源和社会保障厅), sub-units before
    the role (南京市规划和自然资源局|总体规划处|原处长), titles right after a company or
    its department (…分行|原副巡视员), and academicians."""
    p = post_patterns()
    p["body"] = p["body"].replace(
        r"[\u4e00-\u9fff]{2,8}?(?:厅|局)(?=原?(?:党组|党委|副?厅长|副?局长))", _GENERIC_DEPT)
    p["sub_unit"] = SUB_UNIT
    # (成员单位 are the member bodies, not a title)
    p["role"] = ROLE[:-1].replace("|成员|", "|成员(?!单位)|") + r"|副科长|科长|副行长|行长|副总队长|总队长)"
    p["national"] = p["national"] + r"|中国(?:科学院|工程院|社会科学院)(?:外籍)?院士"
    # an abbreviated commission as the body of a stacked title: 、首规委主任 (not a level word first:
    # 、市纪委书记 is the ordinary grammar; not 党委/政法委/常委, which are bodies or roles of their own)
    p["commission"] = (
        rf"(?<=、)(?P<body>(?![省市县区旗州盟镇乡村党政常纪监编])[{HAN}]{{1,3}}委)"
        r"(?=(?:常务)?(?:副主任|主任|副书记|书记))"
    )
    # a title written right after the name of a company, bank or one of their departments,
    # and before a person's name: the title only is the POST (…湖南省分行|原副巡视员|蒋祁)
    p["company_role"] = (
        r"(?<=[司团行部库厂社所站])"
        r"(?P<role>原?(?:党委(?:副书记|书记)|党支部(?:副书记|书记)|[一二]级巡视员|副?巡视员|副?总经理|副?董事长|"
        r"副?部长|副?厂长|副?站长|副?所长|副?主任|总工程师|总会计师))"
    )
    return p


@registry.misc("kg.org_patterns.v2")
def org_patterns_v2() -> dict[str, Any]:
    """v1 plus 新疆生产建设兵团 and one-character region names between a verb of coming and an activity
    (在京召开, 来淮调研: the component maps province abbreviations and the first character of
    cities the article names)."""
    p = org_patterns()
    p["national"] = p["national"] + r"|新疆生产建设兵团"
    p["abbreviation"] = (
        rf"(?<=[来赴抵在回离驻临])(?P<r>[{HAN}])"
        r"(?=调研|考察|视察|召开|举行|举办|开幕|闭幕|期间|指导|检查|督导|慰问|访问|出席|参加|开会)"
    )
    return p


@registry.misc("kg.campaign_patterns.v2")
def campaign_patterns_v2() -> dict[str, Any]:
    """v1 plus: long quoted names with a campaign noun (“实施二次创业，实现争先进位”活动),
    numbered mechanisms (“…”五项机制), theme years (“作风建设突破年”), battles
    (“五场硬仗”), 产业 after a coded name (“2+2+4”产业), X强县/兴省 strategies,
    campaigns listed next to a campaign, and the verbs 开展/坚持/推动 (with 新一轮) before an
    unquoted programme. Quoted names of zones (“四河四路”综合试验区) and goals
    (“两争一前列”重大使命) are rejected."""
    p = campaign_patterns()
    num = rf"[{NUM_CN}\d]"
    p["long_inner"] = r"[^“”「」『』\"\n。；！？;!?]{6,60}"
    p["long_suffix"] = (rf"(?:改革项目|主题活动|专题活动|系列活动|{num}项(?:机制|制度|工程|行动)|专项整治|专项行动|三年行动计划|行动计划|三年行动|"
                        r"活动|工程|行动|工作制度|工作机制|战略)")
    p["suffix"] = rf"(?:{num}项(?:机制|制度|工程|行动)|{p['suffix']})"
    p["shapes"] = p["shapes"] + [
        rf"[{HAN}]{{2,8}}(?:建设|提升|突破|攻坚|推进|落实|服务|质量|效能|创新|招商|发展)年",  # “作风建设突破年”
        rf"[{NUM_CN}](?:场|大|个)[{HAN}]{{0,4}}(?:硬仗|攻坚战|战役|会战)",  # “五场硬仗”
        rf"[{HAN}]{{1,8}}\+[{HAN}]{{2,8}}",  # “党建+颐养之家”
    ]
    p["middle_suffix"] = p["middle_suffix"][:-1] + r"|产业(?=[^\u4e00-\u9fff]|前|发展|链|集群))"
    # after a quoted shape: the phrase names a zone or a goal, not a campaign
    p["not_after"] = (rf"(?:[{HAN}]{{0,4}}(?:试验区|示范区|实验区|园区|开发区|新区|片区|集聚区|功能区)|"
                      r"(?:重大|光荣|历史)?(?:使命|重任)|(?:总体)?要求|技术|融合|新场景|场景|产品|品牌)")
    bare = list(p["bare"])
    bare[2] = (  # programmes named after the verb that launches them (开展/坚持/推动; 新一轮)
        # (the one-character class first: a cheap test before the alternatives)
        r"(?<=[施进动推实展持轮、和])(?:(?<=实施)|(?<=推进)|(?<=推动)|(?<=助推)|(?<=启动)|(?<=落实)|(?<=开展)|(?<=坚持)"
        r"|(?<=新一轮)|(?<=工程、)"
        r"|(?<=工程和)|(?<=行动、)|(?<=行动和))(?![了好一这各该本此新下])"
        rf"(?:(?![的等和与及之是])[{HAN}·]){{3,12}}?(?<!改扩建)(?<!新建)(?<!续建)(?<!修缮)(?<!维修)(?<!扩建)"
        r"(?:三年行动计划|行动计划|三年行动|工程|战略|行动)"
        rf"(?=[和及等]|[^{HAN}]|$|落地|落实|走深|取得|见效|成果)"
    )
    bare[4] = (
        r"(?<=[展进动化好了党省市县区州旗])(?:(?<=开展)|(?<=推进)|(?<=推动)|(?<=深化)|(?<=巩固拓展)|(?<=开展好)"
        r"|(?<=开展了)|(?<=全党)|(?<=全省)"
        r"|(?<=全市)|(?<=全县)|(?<=全区)|(?<=全州)|(?<=全旗))"
        rf"(?![好了])[{HAN}]{{4,20}}?(?:学习教育|教育整顿|主题教育|集中整治)"
    )
    bare.append(rf"[{HAN}]{{2}}[强兴立富][国省市县区州旗镇乡](?:战略|行动|工程)")  # 人才强县战略, 科教兴国战略
    bare.append(  # systems set up by name: 建立城市体检评估机制 (not 建立健全/长效机制)
        r"(?<=[立行])(?:(?<=建立)|(?<=推行)|(?<=实行))(?!健全|完善|相关|有关|长效|工作|现代|常态|一套|一个|了)"
        rf"(?:(?![的等和与及之])[{HAN}]){{4,10}}?(?:评估机制|管理机制|工作机制|管理制度)(?=[，。、；,;]|[^{HAN}]|$)"
    )
    p["bare"] = bare
    # verbs that launch a programme: a bare name is cut after the last one (启动开展|秋季招商…行动)
    p["lead_verbs"] = r".*?(?:正在开展|扎实开展|深入开展|开展|启动|推动|推进|巩固拓展|实施)(?=[\u4e00-\u9fff]{4})"
    p["lexicon"] = p["lexicon"] + ["党史学习教育"]
    return p


@registry.misc("kg.meeting_patterns.v2")
def meeting_patterns_v2() -> dict[str, Any]:
    """v1 plus quoted meeting names, with a scope word or a region right before them:
    全省“新春第一会”, 宿迁“新年第一会”, “两会” (全国 is not a region: not included)."""
    p = meeting_patterns()
    p["quoted"] = (
        r"(?P<scope>全[省市县区州旗盟镇乡])?[“\"](?P<inner>[\u4e00-\u9fff\d]{0,10}"
        r"(?:会议|大会|(?<![社机协学体理都约集宴舞聚])会))[”\"]"
    )
    return p


# --------------------------------------------------------------------------
# v3: families found missing on unseen 2025-26 articles (data/gold/xwlb2 as diagnostics)
# --------------------------------------------------------------------------
#: a word that opens a compound with a campaign noun: 战略意义, 战略地位 (the noun is not a suffix then)
_SUFFIX_NOT_BEFORE = r"(?!意义|地位|性|部署|高度|眼光|定力|机遇|支点|伙伴|合作|储备|资源|腹地|纵深|新兴|规划|目标)"
#: nouns of a problem or a gap: a quoted number word ending in one names a problem (“三大差距”), not a campaign
PROBLEM_NOUNS = (r"(?:差距|问题|矛盾|难题|短板|风险|挑战|痛点|堵点|难点|瓶颈|隐患|顽疾|弊端|不足|差异|鸿沟|"
                 r"压力|负担|困难|难|乱象|歪风)")


@registry.misc("kg.campaign_patterns.v3")
def campaign_patterns_v3() -> dict[str, Any]:
    """v2 plus: quoted names with 改革 after them (“扩中提低”改革; not 建设: “四个X”建设 is “四个X”) or 战略/改革 inside
    (“八八战略”), two-character 两X/双X names (“两新”, “双碳”), a suffix noun that opens a compound is no
    suffix (“两新”战略意义), quoted problems (“三大差距”) rejected; unquoted: named education campaigns
    found by cutting the words before them (这次|深入贯彻…学习教育), reforms named after the verb that carries
    them out (推进县域医共体改革, 随着…改革的实施), items listed before a campaign (实施了山海协作、“千万工程”等行动)."""
    p = campaign_patterns_v2()
    p["suffix"] = rf"(?:{p['suffix']}|改革){_SUFFIX_NOT_BEFORE}"
    p["long_suffix"] = rf"(?:{p['long_suffix']}){_SUFFIX_NOT_BEFORE}"
    p["middle_suffix"] = rf"{p['middle_suffix']}{_SUFFIX_NOT_BEFORE}"
    p["shapes"] = p["shapes"] + [
        rf"[{HAN}]{{2,10}}(?:战略|改革)",  # “八八战略”, “放管服改革”
        rf"[两双](?![{NUM_CN}])[{HAN}]",  # “两新”, “两重”, “双碳”
        # a city's programme of services within reach: “一刻钟便民生活圈”, “15分钟健身圈”
        rf"[{HAN}\d]{{2,10}}(?:生活圈|健身圈|服务圈|文化圈|阅读圈)",
    ]
    p["not_campaign"] = p["not_campaign"] + ["两岸", "双方", "两国", "两党", "两地", "两者", "双边", "两委"]
    # a quoted name (without a suffix) that ends in a problem noun is not a campaign
    p["not_inner"] = rf".*{PROBLEM_NOUNS}$"
    # remove v2's education-campaign rule after a verb: ``education`` below finds them in any context
    p["bare"] = [b for b in p["bare"] if "学习教育" not in b] + [
        # (not after 深化: 深化X改革 is the usual phrase for any ongoing reform)
        r"(?<=[施进动展])(?:(?<=实施)|(?<=推进)|(?<=推动)|(?<=开展))"
        r"(?!全面|深层次|各项|一系列|相关|有关|重点|重大|配套|系统|综合|这|该|此|一批|多项|改革|全球|国际|世界)"
        rf"(?:(?![的等和与及之是了])[{HAN}]){{3,10}}?(?<!体制)(?<!机制)改革(?=[，。、；,;和及等]|[^{HAN}]|$|试点|工作)",
        rf"(?<=随着)(?:(?![的等和与及之是了])[{HAN}]){{3,10}}?改革(?=的(?:实施|推进|深入|深化))",
        r"(?<=[展进动化好了党省市县区州旗])(?:(?<=开展)|(?<=推进)|(?<=推动)|(?<=深化)|(?<=开展好)|(?<=开展了)|(?<=抓好))"
        rf"(?![好了])[{HAN}]{{4,20}}?(?:教育整顿|集中整治)",
        # a named zone being built: 共同富裕示范区建设, 丝绸之路经济带核心区建设 (after a verb of doing)
        r"(?<=[施进动快好力])(?:(?<=实施)|(?<=推进)|(?<=推动)|(?<=加快)|(?<=抓好)|(?<=全力)|(?<=大力))"
        rf"(?!全面|各项|相关|有关|重点|配套|这|该|此)(?:(?![的等和与及是了])[{HAN}]){{2,10}}?"
        r"(?:示范区|先行区|先导区|核心区|试验区|实验区)建设",
        # named building programmes of a place: 数字河北建设, 平安中国建设, 长春现代化都市圈建设
        rf"(?<![化性])(?:数字|平安|法治|美丽|健康|智慧|清廉)(?:(?![的等和与及之是了化])[{HAN}]){{2,4}}?建设(?![的成])"
        rf"|(?<=[动进快好])(?:(?![的等和与及之是了])[{HAN}]){{2,8}}?都市圈建设",
        # a battle after the verb that fights it: 打好污染防治攻坚战
        r"(?:(?<=打好)|(?<=打赢)|(?<=打响))(?!脱贫)(?:(?![的等和与及之是了])[\u4e00-\u9fff]){2,10}?攻坚战",
        # plans of a number of years after the verb that launches them: 实施新型城镇化建设五年行动
        r"(?:(?<=实施)|(?<=推进)|(?<=启动)|(?<=落实)|(?<=开展))(?!全面|各项|相关|有关|这|该|此|新一轮)"
        rf"(?:(?![的等和与及之是了])[{HAN}]){{3,12}}?[两三四五十]年(?:攻坚)?行动(?:计划|方案)?",
    ]
    # named education campaigns: up to 24 characters before the head, cut after the last word that
    # introduces one (开展, 这次, 服务保障 …); what remains must be a name of 4+ characters
    p["education"] = r"学习教育|主题教育"
    p["education_lead"] = (
        r".*(?:开展|推进|推动|深化|总结|肯定|评价|认识|宣传|谋划|组织|领导|指导|督导|巩固拓展|巩固|拓展|抓好|抓实|抓紧抓细|抓细|确保|检验|制定|部署|重视|保障|"
        r"围绕|结合|参加|参与|通过|落实好|这次|本次|此次|当前|层面|全党|全国|全省|全市|全县|全区|全州|全系统|"
        r"的|把|将|在|了|对|以|为|与|及|是|和(?=开展|推进|深化|巩固)|就|按照|根据|成效|成果|要求|"
        # a list of groups closed by 等 (干部、党员等学习教育) and the verbs of a visit (走访, 调研)
        r"等|走访|调研|考察|视察|检查|看望|慰问|听取|了解|询问|统筹好|统筹|要|关于|总书记)"
    )
    # the remainder is a scope or a group, not a name
    p["education_not"] = (r"(?:全[省市县区州旗党国]|[省市县区州旗]委?|党员|干部|群众|青少年|师生|学生|职工|"
                          r"机关|单位|系统|部门|各级|广大|集中|专题|日常|经常性|常态化|深入|扎实|持续)$")
    # a programme listed before a campaign, after the verb that launches both (实施了山海协作、“千万工程”等行动)
    p["list_before"] = (
        r"(?:(?<=实施)|(?<=实施了)|(?<=推动)|(?<=推进)|(?<=开展)|(?<=启动)|(?<=落实)|(?<=深化)|(?<=坚持))"
        rf"(?P<x>(?:(?![的等和与及之是了、])[{HAN}]){{3,8}})、$"
    )
    p["list_close"] = r"(?:等|和|及)?(?:[一二三四五六七八九十]大|重大|系列)?(?:行动|工程|战略|举措|改革|计划|活动)"
    # national programmes and working methods written without quotes or a suffix (the parts of the
    # 治疆/治藏 guidelines, the named 经验 of grassroots governance, State Council reforms)
    p["lexicon"] = p["lexicon"] + ["党纪学习教育", "依法治疆", "团结稳疆", "文化润疆", "富民兴疆", "长期建疆", "依法治藏",
                                   "富民兴藏", "长期建藏", "枫桥经验", "浦江经验", "四下基层", "一网统管", "东数西算",
                                   "西部大开发", "精准扶贫", "一件事一次办", "高效办成一件事",
                                   # the national strategies for regions
                                   "长江经济带发展", "黄河流域生态保护和高质量发展", "京津冀协同发展", "长三角一体化发展",
                                   "粤港澳大湾区建设", "成渝地区双城经济圈建设", "西部陆海新通道", "海南自由贸易港建设",
                                   "中国特色自由贸易港建设", "雄安新区建设", "长江经济带高质量发展",
                                   "全球发展倡议", "全球安全倡议", "全球文明倡议", "全球治理倡议"]
    return p


@registry.misc("kg.meeting_patterns.v3")
def meeting_patterns_v3() -> dict[str, Any]:
    """v2 plus: anniversary rallies (西藏自治区成立60周年庆祝大会), conferences of a line's heads
    (全国组织部长会议), the first of two plenums written
    together (二十届二中、三中全会), and meetings of a leading group (…领导小组会议, found in kg_rules
    from the group's ORG)."""
    p = meeting_patterns_v2()
    # conferences of the heads of one line of work: 全国组织部长会议, 全省统战部长会议, 全省厅局长会议
    # (组织 part of the suffix: before it, the trim would read the verb 组织)
    p["suffix"] = p["suffix"].replace(r"(?:三级干部大会|",
                                      r"(?:三级干部大会|庆祝大会|纪念大会|周年大会|(?:组织|宣传|统战)?部长会议|厅局长会议|厅长会议|局长会议|"
                                      r"委员长会议|主席会议|")
    # plenums of a discipline commission by number (中央纪委四次全会, 省纪委十二届三次全会) and 全国两会
    p["congress"] = p["congress"] + (rf"|(?:[一二]?十[一二三四五六七八九]?届)?(?:中央纪委|中央纪律检查委员会|(?:{LEVEL})纪委)"
                                     r"(?:[一二]?十[一二三四五六七八九]?届)?"
                                     r"[一二三四五六七八九十]+次全会|(?:\d{4}年?)?全国两会")
    p["suffix"] = p["suffix"].replace("(?!制度|常务|主席|秘书|委员)", "(?!制度|常务|主席|秘书|委员|会址|旧址)")
    # 其 is never a meeting name's first word (终止其某省党代会代表资格)
    p["trim"] = p["trim"].replace("|就|", "|就|其|")
    p["generic_suffix"] = p["generic_suffix"] + ["庆祝大会", "纪念大会", "周年大会", "部长会议", "厅局长会议", "厅长会议",
                                                 "局长会议"]
    # 日 ends a date before the name only after a number (29日召开), not inside one (抗日战争)
    p["trim"] = p["trim"].replace("|日|", r"|(?<=[\d一二三四五六七八九十])日|")
    p["congress"] = (p["congress"]
                     + r"|(?:党的)?(?:[一二]?十[一二三四五六七八九]?届)[一二三四五六七]中(?=、[一二三四五六七]中全会)")
    # the party written before a plenum or congress (中共二十届四中全会, 中共十九大)
    p["congress"] = "(?:中共|中国共产党)?(?:" + p["congress"].replace(
        r"(?<![\u4e00-\u9fff])", r"(?:(?<=中共)|(?<=中国共产党)|(?<![\u4e00-\u9fff]))") + ")"
    # sessions of the CPPCC's national or local committees and their standing committees
    # (政协第十四届全国委员会常务委员会第十四次会议, 政协某市第九届委员会第三次会议)
    num = rf"[{NUM_CN}〇零\d]+"
    p["session"] = (rf"(?:中国人民政治协商会议|政协)(?:[\u4e00-\u9fff]{{2,8}}?[省市县区州旗])?第{num}届(?:全国)?委员会"
                    rf"(?:常务委员会)?第{num}次(?:全体会议|主席会议|会议)|"
                    rf"(?:全国政协|全国人大)(?:第)?{num}届(?:常委会|常务委员会)第{num}次(?:全体会议|会议)|"
                    rf"(?:中共中央|中央)政治局第{num}次集体学习|" + p["session"])
    # after a leading group's name: its meeting (…领导小组会议, …领导小组第三次会议)
    p["group_meeting"] = rf"(?:第[{NUM_CN}\d]+次)?(?:全体会议|会议)"
    return p


@registry.misc("kg.meeting_patterns.v4")
def meeting_patterns_v4() -> dict[str, Any]:
    """v3 plus a congress named by its number before 和/与/及 (中共二十大和二十届三中全会精神)."""
    p = meeting_patterns_v3()
    old = r"(?=代表|以来|精神|报告|后|前|召开|胜利|闭幕|开幕|期间|的|"
    assert old in p["congress"]
    p["congress"] = p["congress"].replace(old, r"(?=代表|以来|精神|报告|后|前|召开|胜利|闭幕|开幕|期间|的|和|与|及|")
    return p


@registry.misc("kg.meeting_patterns.v5")
def meeting_patterns_v5() -> dict[str, Any]:
    """v4 plus no meeting name across what was said or decided at an earlier one and a 和 after it
    (贯彻某全会精神和|中央经济工作会议精神, 学习某某重要讲话和|某会议精神), a session's preparatory meeting, and a
    campaign's mobilisation meeting (“某某年”行动动员部署会议)."""
    p = meeting_patterns_v4()
    assert p["trim"].endswith("|报)")
    p["trim"] = p["trim"][:-1] + r"|(?:精神|讲话|指示|批示|要求|部署)[和与及、,，])"
    # a session's preparatory meeting (十四届全国人大四次会议预备会议) is one name
    p["session"] = f"(?:{p['session']})(?:预备会议)?"
    # a campaign's mobilisation meeting (“某某年”行动动员部署会议)
    p["suffix"] = p["suffix"].replace("(?:三级干部大会|", "(?:动员部署会议|动员部署大会|动员部署会|三级干部大会|", 1)
    return p


@registry.misc("kg.meeting_patterns.v6")
def meeting_patterns_v6() -> dict[str, Any]:
    """v5 plus no meeting in a form of work being used (用好新闻发布会、发言人机制…等形式): a meeting's name
    right after a verb of using is a kind of meeting, not one held."""
    p = meeting_patterns_v5()
    p["trim"] = p["trim"][:-1] + r"|用好|用活|利用|运用|借助|依托|善用)"
    p["used_form"] = r"(?:用好|用活|利用|运用|借助|依托|善用)$"
    return p


@registry.misc("kg.meeting_patterns.v7")
def meeting_patterns_v7() -> dict[str, Any]:
    """v6 plus no 受 in a council's name when it entrusts someone (受委员长会议委托, 受全国人大常委会委员长会议委托), and a
    congress by its number after any word (学习二十大报告), not after an ordinal or a count (第二十大队), and the
    sessions by their common name alone (落实两会精神, 两会结束后)."""
    p = meeting_patterns_v6()
    p["trim"] = p["trim"][:-1] + r"|受(?=(?:全国)?(?:人大常委会|政协)?$))"
    # a congress by its number after a word as well (学习二十大报告, 领悟二十大精神), not after an ordinal or a count
    old = r"|(?<![\u4e00-\u9fff]))(?:[一二]十[一二三四五六七八九]?|十[一二三四五六七八九])大"
    assert old in p["congress"], "congress number"
    p["congress"] = p["congress"].replace(old, r"|(?<![第前\d〇零一二三四五六七八九十百千万]))(?:[一二]十[一二三四五六七八九]?|"
                                               r"十[一二三四五六七八九])大", 1)
    # the sessions of the congress and the CPPCC by their common name alone (落实两会精神, 两会结束后)
    p["congress"] += r"|(?<!全国)(?<!地方)两会(?=精神|结束|期间|召开|闭幕|开幕|胜利|以来|上|前|后|代表|委员|[，。、；,;”\s])"
    return p


@registry.misc("kg.org_patterns.v3")
def org_patterns_v3() -> dict[str, Any]:
    """v2 plus: more central organs (中央办公厅 …), national administrations named 国家…局/署/委员会
    (国家烟草专卖局), leading groups and task forces opened by a central or local organ
    (中央党的建设工作领导小组, 中央层面…工作专班), the central delegation, and agencies named after
    a place (大连海关) when a title follows."""
    p = org_patterns_v2()
    p["national"] = (
        # central departments by their short names, the central lecture group, State Council offices and
        # task groups (国务院安委办, 国务院某某事故调查组), national administrations named 中国…局 before a title
        r"中宣部|中组部|中联部|中央外办|中央财办|中央农办|中央宣讲团(?=成员|团长|副团长)|"
        r"中国(?:工程院|科学院|社会科学院)(?=院长|副院长|党组)|全国人大常委会(?:执法检查组|调研组)|国务院(?:安委办|安委会|扶贫办|侨办|台办|港澳办|"
        r"(?:(?!成立|组建|派出|设立|决定|牵头|会同)[^\s，。；：、,;（）()]){0,30}?(?:调查评估组|事故调查组|调查组|督查组|工作组))|"
        r"中国人民银行|中国气象局|国家消防救援局|市场监管总局|"
        r"国家(?:(?![的与及在对等为是从、，])[\u4e00-\u9fff]){2,8}?委员会(?=副?主任|党组|原)|"
        r"全国人大常委会(?:(?![的在对为是了、，])[\u4e00-\u9fff]){2,16}?委员会(?!副?主任)|"
        r"中国(?:(?![的与及在对等为是从、，])[\u4e00-\u9fff]){2,4}?局(?=副?局长|党组|原)|"
        r"中央办公厅|国务院办公厅|全国人大常委会办公厅|全国政协办公厅|中央政策研究室|中央对外联络部|中央社会工作部|"
        r"中央金融委员会办公室|中央金融委员会|中央金融工作委员会|中央外事工作委员会办公室|中央财经委员会办公室|"
        r"中央和国家机关工委|中央党校|中央代表团(?=副?团长|秘书长)|中央国家安全委员会|中央机构编制委员会办公室|中央编办|"
        # (not after a foreign country's name: 美国国家气象局, 西班牙国家气象局)
        r"国家(?<![国牙兰宾本斯度亚利坦南尔腊典麦鲜]国家)(?![级队务家际内外])"
        r"(?:(?![的与及在对等为是从、，])[\u4e00-\u9fff]){1,8}?"
        r"(?:总局|(?<![全大格布结时变残僵开当新胜战政赛棋骗饭])局|(?<![签部公])署)"
        r"(?!面|势|部(?!署)|限)|" + p["national"].replace("|全国人大|", "|全国人大(?!代表)|")
    )
    p["group"] = (
        r"(?:中央层面|中共中央|中央|国务院|(?:[省市县区州旗]|自治区)(?:委|党委|政府))"
        r"(?:(?!成立|组建|设立|决定|召开|印发|部署|要求|牵头|会同|联合|主持|出席|参加)"
        r"[^\s，。；：、,;:“”()（）]){2,32}?(?:工作专班|领导小组)"
    )
    p["agency"] = r"(?:海关|海事局|出入境边防检查总站|出入境边防检查站|边检站|铁路局|邮政管理局|气象局|地震局)"
    return p


@registry.misc("kg.post_patterns.v3")
def post_patterns_v3() -> dict[str, Any]:
    """v2 plus roles 主任委员, 司长, 关长, 组长, 团长, sub-units 司 and 委员会
    (民政部|规划财务司|原司长, 天津市人大|财政经济委员会|原主任委员), no 记者 POST where the
    word is not a title (记者的一线调研, 记者们, 记者站), and officials sent to a village (驻村第一书记)."""
    p = post_patterns_v2()
    extra = (r"|主任委员|副司长|司长|副关长|关长|常务副组长|副组长|组长|副团长|团长")
    # 主任委员 before 主任 (the longer role first)
    p["role"] = p["role"].replace(r"|副主任委员|副主任|主任|", r"|副主任委员|主任委员|副主任|主任|")[:-1] + extra + ")"
    p["sub_unit"] = p["sub_unit"].replace(r"(?:调查总队|", r"(?:调查总队|专门委员会|委员会|司|")
    # 记者 as a word, not a title: 记者的一线调研, 记者们, 记者节, 记者站, 记者证, 记者会
    p["media"] = r"(?:记者|通讯员|实习生)(?!的|们|节|站|证|协会|会|招待会|见面会)"
    # the party branch written in full (立峰村党总支部书记) and a county bureau's branch (县生态环境分局)
    p["body"] = p["body"].replace("|党支部|党总支|", "|党支部|党总支部|党总支|").replace(
        "|公安局|", "|公安局|生态环境分局|公安分局|").replace(
        # a party committee's standing committee as a body (重庆市委常委会带头学习), not its meeting
        "(?P<psub>组织部|", "(?P<psub>常委会(?!会议|议)|组织部|")
    p["bare_body"] = p["bare_body"].replace("党支部|党总支|", "党支部|党总支部|党总支|")
    # officials sent to a village: 驻村第一书记, 驻村工作队队长 (the village is found from the context)
    p["stationed"] = r"(?:原|时任|前)?(?:驻村|派驻村)(?P<srole>第一书记|工作队队长|工作队副队长)"
    # a special committee of a people's congress or political consultative conference, after the verb
    # or session that names the post (不再担任提案委员会副主任, 第十四届全国政协经济委员会驻会副主任)
    p["committee"] = (r"(?:(?<=担任)|(?<=兼任)|(?<=任)|(?<=届)|(?<=的)(?=全国)|(?<=为)(?=全国)|"
                      # a further committee title of a stack (…基本法委员会副主任、法制工作委员会副主任)
                      r"(?<=主任、))(?!村民|居民|村|居)"
                      r"(?P<cbody>(?:全国政协|全国人大常委会|全国人大)?(?:(?![的在对为是了、，])[\u4e00-\u9fff]){2,14}?"
                      r"委员会)(?P<crole>驻会副主任|驻会主任|副主任委员|主任委员|副主任|主任)")
    # the Central Military Commission written in full
    p["national"] = (r"中共中央书记处书记|" + p["national"]
                     + r"|中央军事委员会(?:副)?主席|中央军事委员会委员|中央军委委员"
                     # the heads of the NPC Standing Committee and the State Council by their bare titles
                     # (委员长赵乐际, 赵乐际委员长, 总理李强; not 委员长会议, 总理府)
                     + r"|(?<![国务院])(?:副)?委员长(?!会议)|(?<![国务院])(?:副)?总理(?![府衙])")
    return p


@registry.misc("kg.org_patterns.v4")
def org_patterns_v4() -> dict[str, Any]:
    """v3 plus the central Taiwan and Hong Kong/Macao offices by their short names (中央台办, 国台办,
    中央港澳办), the Central Institute of Socialism and the CPPCC national committee's standing committee
    by its full name where it decides (政协第十四届全国委员会常务委员会)."""
    p = org_patterns_v3()
    p["national"] = (r"中央台办|国台办|中央港澳办|国务院港澳办|中央社会主义学院|"
                     r"政协第[一二三四五六七八九十]+届全国委员会常务委员会|" + p["national"])
    return p


@registry.misc("kg.org_patterns.v5")
def org_patterns_v5() -> dict[str, Any]:
    """v4 plus ministries and commissions by their full names (科学技术部, 人力资源和社会保障部,
    国家发展和改革委员会), the ministries v1 lacked (退役军人事务部, 国家安全部) and the NPC's committees by
    their short names (全国人大财经委, 全国人大常委会预算工委)."""
    p = org_patterns_v4()
    # the special committees and working bodies of the NPC by their usual short names (全国人大财经委,
    # 全国人大常委会预算工委)
    npc = ("监察司法委|财经委|华侨委|环资委|社会委|民委|教科文卫委|外事委|农业农村委|宪法和法律委|法工委|预算工委|"
           "代表工委|法制工作委员会|预算工作委员会|代表资格审查委员会")
    p["national"] = (rf"全国人大(?:常委会)?(?:{npc})|国务院国资委|中共中央纪律检查委员会|中央纪律检查委员会|"
                     r"科学技术部|人力资源和社会保障部|住房和城乡建设部|国家发展和改革委员会|国家卫生健康委员会|"
                     r"退役军人事务部|国家安全部|国家民族事务委员会|" + p["national"])
    return p


#: the special committees of the National People's Congress and the working bodies of its Standing Committee
#: by their full names (the 14th NPC's list)
NPC_COMMITTEES = ("民族委员会|宪法和法律委员会|监察和司法委员会|财政经济委员会|教育科学文化卫生委员会|外事委员会|华侨委员会|"
                  "环境与资源保护委员会|农业与农村委员会|社会建设委员会|法制工作委员会|预算工作委员会|代表工作委员会|"
                  "代表资格审查委员会|香港特别行政区基本法委员会|澳门特别行政区基本法委员会")


@registry.misc("kg.org_patterns.v6")
def org_patterns_v6() -> dict[str, Any]:
    """v5 plus the NPC's special committees by their full names, also listed after one that names the NPC
    (全国人大民族委员会、宪法和法律委员会、外事委员会), and no committee name across a verb of decision
    (全国人大常委会|批准任命|某某委员会)."""
    p = org_patterns_v5()
    old = r"全国人大常委会(?:(?![的在对为是了、，])[\u4e00-\u9fff]){2,16}?委员会(?!副?主任)|"
    assert old in p["national"]
    # (the full names first: the short names of v5 are their prefixes, 全国人大华侨委|员会)
    p["national"] = rf"全国人大(?:常委会)?(?:{NPC_COMMITTEES})|" + p["national"].replace(old, (
        r"全国人大常委会(?:(?![的在对为是了、，]|批准|任命|免去|决定|通过|表决|审议|提出|关于|设立|成立)"
        r"[\u4e00-\u9fff]){2,16}?委员会(?!副?主任)|"), 1)
    # national bodies that are ORGs only inside a title (新疆生产建设兵团政委), not on their own (the corps named
    # as a place or a party to a meeting, 各省区市和新疆生产建设兵团: the gold sets' convention)
    p["title_only"] = r"新疆生产建设兵团"
    # the further committees of a list that opens with one of the NPC (…民族委员会、宪法和法律委员会)
    p["npc_listed"] = rf"(?<=委员会、)(?:{NPC_COMMITTEES})|(?<=委员会和)(?:{NPC_COMMITTEES})"
    return p


#: the departments of the party centre written with 中共中央 in full (中共中央办公厅, 中共中央宣传部)
CENTRAL_DEPARTMENTS = (
    r"办公厅|组织部|宣传部|统一战线工作部|统战部|对外联络部|政法委员会|政法委|社会工作部|政策研究室|"
    r"台湾工作办公室|台办|外事工作委员会办公室|财经委员会办公室|网络安全和信息化委员会办公室|网信办|"
    r"直属机关工作委员会|党校(?:（国家行政学院）|\(国家行政学院\))?|党史和文献研究院|机构编制委员会办公室|"
    r"纪律检查委员会|军事委员会|军委|金融委员会|香港工作办公室|港澳工作办公室|港澳办|"
    r"农村工作领导小组办公室|精神文明建设指导委员会")


@registry.misc("kg.org_patterns.v7")
def org_patterns_v7() -> dict[str, Any]:
    """v6 plus the party centre's departments written with 中共中央 in full (中共中央办公厅, 中共中央宣传部,
    中共中央台湾工作办公室): one body, not 中共中央 and a department; no ministry read out of 某某部门; a group
    named after the campaign it is sent out for (某某学习教育中央第二指导组)."""
    p = org_patterns_v6()
    # (not a ministry's name read out of a kind of department: 当地教育部|门联合市场监管部门)
    # (中办 and 国办, the general offices' short names, only where no word runs into them: not 集中办理)
    p["national"] = (rf"(?:中共中央(?:{CENTRAL_DEPARTMENTS})|(?<![\u4e00-\u9fff])中办|(?:(?<![\u4e00-\u9fff])|(?<=中办)|"
                     rf"(?<=[、和]))国办(?=[、和，,印发出台转]|[^\u4e00-\u9fff])|{p['national']})(?!(?<=部)门)")
    # a group sent out for a campaign, named after it (某某学习教育中央第二指导组): one body
    p["campaign_group"] = (r"(?:中央|省委|市委|县委|区委)?(?:第[一二三四五六七八九十\d]+)?"
                           r"(?P<kind>巡回指导组|指导组|督导组|工作专班|领导小组办公室|领导小组)")
    return p


#: the NPC's special committees by their usual short names (of the congress: 全国人大宪法法律委) and the working
#: bodies of its Standing Committee (全国人大常委会法工委), as news writes them once the NPC is named
NPC_SPECIAL_SHORT = ("宪法法律委|宪法和法律委|监察司法委|财经委|华侨委|环资委|教科文卫委|外事委|农业农村委|社会建设委|"
                     "社会委|民委")
NPC_WORKING_SHORT = "法工委|预算工委|代表工委"
#: the same working bodies of the NPC standing committee by their full names (and its credentials committee)
NPC_WORKING_FULL = "代表资格审查委员会|法制工作委员会|预算工作委员会|代表工作委员会"


@registry.misc("kg.org_patterns.v8")
def org_patterns_v8() -> dict[str, Any]:
    """v7 plus the NPC's committees by the short names news uses (全国人大宪法法律委; 宪法法律委, 环资委, 常委会法工委
    standing alone in an article that names the NPC: a committee of the NPC), the financial regulator by its
    short name (金融监管总局), the State Council's food-safety, disaster-relief and flood-control bodies by
    theirs (国务院食安办, 国家减灾委, 国家防总) and the discipline teams stationed in ministries
    (中央纪委国家监委驻某部纪检监察组)."""
    p = org_patterns_v7()
    # (the full names first: 全国人大外事委员会 is no 全国人大外事委|员会)
    # (and the State Council's commissions and offices for food safety, disaster relief, flood control by their
    # short names: 国务院食安办, 国家减灾委, 国家防总)
    # (and the discipline teams the centre stations in a ministry or a central firm, one body each:
    # 中央纪委国家监委驻应急管理部纪检监察组)
    p["national"] = (r"中央纪委国家监委驻(?:(?![，。、；,;：:的])[\u4e00-\u9fff]){2,20}?纪检监察组|"
                     rf"全国人大(?:{NPC_SPECIAL_SHORT})(?!员)|全国人大常委会(?:{NPC_WORKING_SHORT})|(?:国家)?金融监管总局|"
                     r"国务院(?:食安办|食安委|减灾委|抗震救灾指挥部)|国家(?:减灾委|防总)|" + p["national"])
    # standing alone after a boundary or a function word (了宪法法律委, 、外事委, 。环资委提出): not 国家民委, 中央财经委,
    # 省人大环资委 (a character of another body's name before it); read only where the article names the NPC
    p["npc_short"] = (r"(?:(?<![\u4e00-\u9fff])|(?<=[了和与及由是对、]))"
                      rf"(?:常委会(?:{NPC_WORKING_SHORT})|(?:{NPC_SPECIAL_SHORT}))(?!员)")
    return p


@lru_cache(maxsize=1)
def national_organs() -> re.Pattern[str]:
    """The national organs of the newest org pattern set, anchored at the start of a body's name (for the
    relation rules that tell a national body from a local one)."""
    return re.compile(f"^(?:{org_patterns_v8()['national']})")


@registry.misc("kg.campaign_patterns.v4")
def campaign_patterns_v4() -> dict[str, Any]:
    """v3 plus named responsibility systems after the verb that applies them (落实意识形态工作责任制,
    健全安全生产责任制; not 落实主体责任制 or 各项责任制), landmark battles after a quoted name,
    strong-province strategies with their modifiers, projects named after 启动, quoted ways of party building
    (“近邻党建”), and no records (“二十一连丰”)."""
    p = campaign_patterns_v3()
    # a campaign's landmark battle (“三北”工程标志性战役); (a base being built after a quoted name is not taken:
    # “沙戈荒”新能源基地建设 is one in the gold, “绿水青山就是金山银山”实践创新基地建设 a designation)
    p["suffix"] = p["suffix"].replace("(?:工作制度|工作机制|", "(?:标志性战役|工作制度|工作机制|")
    # a record, not a campaign (“二十一连丰”)
    p["not_inner"] = rf"(?:{p['not_inner']}|[{NUM_CN}\d]+连[丰增冠胜涨升]$)"
    # general policies, not named campaigns (the gold sets' convention, like 脱贫攻坚 and 乡村振兴)
    p["lexicon"] = [w for w in p["lexicon"] if w not in ("精准扶贫",)]
    # a quoted way of doing party building (“近邻党建”, “红色物业”党建 has its suffix anyway)
    p["shapes"] = [*p["shapes"], rf"[{HAN}]{{2,4}}党建"]
    p["bare"] = [*p["bare"],
                 # a named project launched (启动了某某、某某三大沙漠林草锁边带合龙工程), not a batch of them
                 r"(?:(?<=启动了)|(?<=启动))(?!一批|多项|各项|重点|相关|有关|新一轮|了)"
                 rf"(?:(?![的了是在等与及])[{HAN}、]){{6,30}}?(?:工程|专项行动|行动计划)(?![师])",
                 # a named strategy of becoming a strong province after the verb (推进新时代民营经济强省战略)
                 r"(?:(?<=推进)|(?<=实施)|(?<=推动)|(?<=落实)|(?<=深化))(?:新时代)?"
                 rf"(?:(?![的等和与及之是了])[{HAN}]){{2,8}}?[强兴立富][国省市县区州旗](?:战略|行动|工程)",
                 r"(?:(?<=落实)|(?<=压实)|(?<=健全)|(?<=完善)|(?<=实行)|(?<=推行))"
                 r"(?!主体|属地|岗位|目标|各项|相关|有关|这|该|此|工作)"
                 rf"(?:(?![的等和与及之是了])[{HAN}]){{2,10}}?责任制"]
    return p


@registry.misc("kg.campaign_patterns.v5")
def campaign_patterns_v5() -> dict[str, Any]:
    """v4 plus a named experience in quotes (“某地发展经验”, like the 枫桥经验 of the lexicon), without the
    dual circulation (双循环: a development pattern, a concept like 新发展格局, not a campaign), no quoted
    phrase named as a way of working (“走出去+引进来”的方式, “某+某”模式), national strategies named in full
    (乡村振兴战略, 科教兴国战略), and responsibility systems after 强化."""
    p = campaign_patterns_v4()
    p["shapes"] = [*p["shapes"], rf"[{HAN}]{{2,6}}经验"]
    p["lexicon"] = [w for w in p["lexicon"] if w != "双循环"] + [
        # national strategies and programmes named in full
        "乡村振兴战略", "新时代兴边富民行动", "兴边富民行动", "创新驱动发展战略", "科教兴国战略", "人才强国战略",
        "区域协调发展战略", "新型城镇化战略", "扩大内需战略", "中部地区崛起", "中部地区加快崛起", "东北全面振兴",
        "固边兴边富民行动", "共同富裕示范区建设", "雄安新区建设和发展", "雄安新区高质量建设和发展",
        "西部陆海新通道建设", "全国统一大市场建设", "闽宁协作"]
    # a quoted term for the old and the young is no campaign, nor a bare generic kind of action
    p["not_campaign"] = [*p["not_campaign"], "一老一小", "专项整治行动", "专项行动", "集中整治行动", "整治行动",
                         "攻坚行动", "专项整治", "三年行动", "行动计划"]
    # an education campaign's would-be name that ends in a verb (自觉增强|学习教育的责任感) is no name
    p["education_not"] = p["education_not"][:-2] + "|增强|加强|强化|提高|提升|抓好|做好|用好|建立|形成)$"
    # 把履职工作同|某某学习教育结合起来: 同 as 'with' before the campaign's name
    p["education_lead"] = p["education_lead"][:-1] + "|工作同|同(?=树立|深入|学习))"
    # a named responsibility system after 强化 too (强化乡村振兴责任制落实)
    p["bare"] = [b.replace(r"(?:(?<=落实)|(?<=压实)|", r"(?:(?<=落实)|(?<=压实)|(?<=强化)|") for b in p["bare"]]
    # a quoted phrase named as a way of doing something (“走出去+引进来”的方式, “某+某”模式) is a method, not a
    # campaign: 模式 is no campaign noun
    p["not_after"] = p["not_after"][:-1] + r"|的?(?:方式|方法|办法|模式|做法|路子))"
    assert p["suffix"].count("|思路|模式|") == 2  # the suffix and its optional repeat
    p["suffix"] = p["suffix"].replace("|思路|模式|", "|思路|")
    # a strategy named as a direction (“四个面向”战略导向) is a guideline, not a campaign
    p["suffix"] = p["suffix"].replace("|规划|目标)", "|规划|目标|导向|方向|取向)")
    p["middle_suffix"] = f"(?:{p['middle_suffix']})(?!导向|方向|取向)"
    return p


@registry.misc("kg.campaign_patterns.v6")
def campaign_patterns_v6() -> dict[str, Any]:
    """v5 plus longer quoted programmes that end in their campaign noun (“某某城区水系修复及生态治理工程”), a
    programme named as one of a quoted campaign's parts (某某工程是“八项工程”之一), systems introduced with
    首创/创立 (首创某某特派员制度), 浙江's 高质量发展建设共同富裕示范区; and no campaign in a quoted award (“五个
    一工程”奖), in quoted things counted (1.4万个“15分钟…生活圈”), in quoted positionings and clusters (“五大战略
    定位”, “十大产业集群”), in the metaphor “四梁八柱”, nor a slogan of the lexicon cut out of a longer quoted word
    (“双减少”); a quoted name before its demonstration zone's building (“某某+某某”示范区建设), a cooperation of two
    provinces by their abbreviations (粤黔协作), and 接诉即办 and the 2025 集中整治 by name in the lexicon."""
    p = campaign_patterns_v5()
    p["inner"] = p["inner"].replace("{1,16}", "{1,24}")
    strong = r"(?:工作制度|工作法|行动计划|专项行动|三年行动|攻坚行动|提升行动|攻坚战|工程|活动|行动)"
    old = rf"[{HAN}]{{2,10}}{strong}"
    assert old in p["shapes"]
    p["shapes"] = [rf"[{HAN}]{{2,20}}{strong}" if x == old else x for x in p["shapes"]]
    p["not_inner"] = rf"(?:{p['not_inner']}|.*(?:定位|集群)$)"
    # a person's way of working (“老某工作法”) is a method, not a campaign: 工作法 is no campaign noun
    p["shapes"] = [x.replace("|工作法|", "|") for x in p["shapes"]]
    p["suffix"] = p["suffix"].replace("|工作法|", "|").replace("|工作法)", ")")
    # a quoted standard followed by what it measures (按照“一县一中心”的规模) is no campaign
    p["not_after"] = p["not_after"][:-1] + r"|的(?:规模|标准|比例|规格))"
    p["not_campaign"] = [*p["not_campaign"], "四梁八柱"]
    p["lexicon"] = [*p["lexicon"], "高质量发展建设共同富裕示范区", "接诉即办", "群众身边不正之风和腐败问题集中整治"]
    # a quoted name before the building of its demonstration zone (“某某+某某”示范区建设): the programme
    p["middle_suffix"] = f"(?:(?:先行示范区|示范区)建设|{p['middle_suffix']})"
    # a long quoted slogan, a few words, then its action (“同饮一江水，共护母亲河”生态保护行动)
    p["long_suffix"] = rf"(?:(?:(?![的等和与及之])[{HAN}]){{0,4}}?(?:行动|工程|活动)|{p['long_suffix']})"
    # a quoted service or measure introduced by the verb that puts it in place (创新推行“某某一站式服务”)
    p["launched_quote"] = (r"(?:(?<=推行)|(?<=推出)|(?<=实行))[“\"](?P<inner>[\u4e00-\u9fff]{4,12})[”\"]"
                           r"(?=[，。；、,;.]|$)")
    # a named cooperation between two provinces by their abbreviations (粤黔协作, 沪滇协作, like 闽宁协作)
    abbr = "京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇藏陕甘青宁新"
    p["bare"] = [*p["bare"], rf"(?:(?<![{HAN}])|(?<=推进)|(?<=深化)|(?<=开展)|(?<=加强)|(?<=助力)|(?<=通过))"
                             rf"(?:[{abbr}]{{2}})(?:东西部)?协作(?![组办区])"]
    # after a quoted name: an award (“五个一工程”奖, “某某杯”奖项), not the programme
    p["award_after"] = r"(?:奖|荣誉|称号|提名)"
    # a slogan of the lexicon is not read out of a longer quoted word (“双减少” holds no 双减)
    p["lexicon_whole_quote"] = True
    # before a quoted name: a count of things (近1.4万个“…生活圈”, 建成30个“…”), not a programme
    p["counted_before"] = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万几]+)[万千百]?[多余]?[个座家处所]$"
    p["bare"] = [*p["bare"],
                 # a programme named as one of a quoted campaign's parts (文化研究工程是“八项工程”之一)
                 rf"(?:(?<=^)|(?<=[\n。，,；;：:]))(?:(?![的了是在等与及和])[{HAN}]){{2,12}}?(?:工程|行动|计划|制度)"
                 r"(?=是[“\"][^”\"\n]{2,16}[”\"]之一)",
                 # a system introduced by name (全国首创某某特派员制度)
                 r"(?:(?<=首创)|(?<=创立)|(?<=创设)|(?<=首推))(?!健全|完善|相关|有关|长效|工作|现代)"
                 rf"(?:(?![的等和与及之])[{HAN}]){{4,12}}?(?:管理制度|工作制度|制度)"
                 rf"(?=[的，。、；,;]|[^{HAN}]|$|推动|助推|让|使|实现|已经|已)"]
    return p


@registry.misc("kg.campaign_patterns.v7")
def campaign_patterns_v7() -> dict[str, Any]:
    """v6 plus the national rural-roads programme by name (四好农村路), the party's overall layouts as principles
    (“五位一体”总体布局, “四个全面”战略布局: no campaigns, like 四个意识), no quoted positioning (建设“某某”的战略
    定位) and no quoted new way of working (“甲+乙+丙”新模式)."""
    p = campaign_patterns_v6()
    p["lexicon"] = [*p["lexicon"], "四好农村路"]
    p["not_campaign"] = [*p["not_campaign"], "五位一体", "四个全面"]
    assert p["not_after"].endswith("|的(?:规模|标准|比例|规格))")
    p["not_after"] = p["not_after"][:-1] + r"|的(?:战略)?定位|(?:的)?新(?:模式|方式|路子|做法))"
    # building a designated zone or a national centre written as the undertaking itself, after a word of manner
    # or drive or opening a clause (高质量建设某某生态文明试验区, 加快建设国际科技创新中心, ，建设国家某某试验区是…):
    # the programme 某某建设
    p["verb_object"] = (
        r"(?:(?<=高质量)|(?<=高标准)|(?<=高水平)|(?<=加快)|(?<=全力)|(?<=大力)|(?<=着力)|(?<=推进)|(?<=推动)|"
        r"(?<=全面)|(?<=持续)|(?<=努力)|(?<=[，,：:。\n]))建设"
        rf"(?P<x>(?!好|成|一批|一个|一流|更多|各类|相关|有关|这|该|此)(?:(?![的等和与及之是了])[{HAN}]){{2,18}}?"
        r"(?:示范区|先行区|先导区|核心区|试验区|实验区|科技创新中心|消费中心城市))"
        r"(?=[，。；、,;]|$|是)")
    # the same programme in its nominal form, named by its national qualifier (深化国际科技创新中心建设)
    p["bare"] = [*p["bare"], rf"(?:国家|国际|两岸)(?:(?![的等和与及之是了])[{HAN}]){{0,12}}?"
                             r"(?:示范区|先行区|先导区|核心区|试验区|实验区|科技创新中心|消费中心城市)建设(?![的成])"]
    return p


@registry.misc("kg.post_patterns.v4")
def post_patterns_v4() -> dict[str, Any]:
    """v3 plus the heads of a community or village written without a party cell (社区书记, 某某社区第一书记,
    村主任), the team leader of a stationed work team (驻村工作队长), more county bureaus (县就业局), a
    special committee title with 原 or stacked after another title (…原委员、全国人大某某委员会原副主任委员),
    and no nameless 记者 outside the publisher's own byline (记者来到…)."""
    p = post_patterns_v3()
    p["stationed"] = r"(?:原|时任|前)?(?:驻村|派驻村)(?P<srole>第一书记|工作队队长|工作队长|工作队副队长)"
    # a reporter's title without a name after it is a POST only under the publisher's own name (本报记者,
    # 融媒体记者综合报道); the narrator of a broadcast (记者来到…, 总台记者对…) holds no title in the graph
    p["media_own"] = r"(?:本报|本台|本刊|本网|融媒体|融媒|新闻中心|报社|电视台|广播电视台)$"
    # the cell word and its head; a community's party cell may be written (社区党委书记), a village's is
    # read by the body grammar (村党支部书记)
    p["cell"] = (r"(?P<cell>社区|村)(?P<cparty>(?:第[一二三四五六七八九十]+)?(?:党委|党总支|党支部)|居委会)?"
                 r"(?P<crole>第一书记|副书记|书记|副主任|主任)(?![任委员])")
    # the head of a unit named just before the verb that gives the post (选派到某县人民医院担任院长)
    p["unit_head"] = (r"(?:(?<=担任)|(?<=出任)|(?<=兼任))(?P<urole>副院长|院长|副校长|校长|站长|所长|馆长|厂长|总经理|董事长)"
                      r"(?=[，。,；;、\s]|$)")
    p["unit_before"] = (r"(?:到|在|赴|于|进入|回到|被派往|派往)(?P<unit>[\u4e00-\u9fff]{2,24}?"
                        r"(?:医院|卫生院|学校|中学|小学|大学|学院|研究院|研究所|站|所|馆|厂|公司|中心))(?:担任|出任|兼任)$")
    p["body"] = p["body"].replace("|村委会|", "|村委会|村委(?=委员|主任|副主任)|消防救援支队|消防救援大队|消防救援总队|").replace(
        "|教育局|", "|教育局|就业局|林业局|林草局|粮食局|体育局|文化局|卫生局|卫健局|畜牧局|乡村振兴局|扶贫办|"
                   "水务局|农业局|交通局|经信局|发改局|规划局|环保局|残联|")
    # the Standing Committee of the NPC by its full name (第八届全国人民代表大会常务委员会副委员长); a CPPCC
    # membership where it is conferred or withdrawn (为第十四届全国政协委员, 全国政协常委、某大学教授某某)
    p["national"] = (r"全国人民代表大会常务委员会(?:副)?委员长|(?:(?<=届)|(?<=为))全国政协(?:常委|委员)|全国政协常委(?=、)|"
                     + p["national"])
    p["committee"] = p["committee"].replace(r"(?<=主任、))", r"(?<=主任、)|(?<=[员任长]、)(?=全国)|(?<=常委、)|(?<=为)(?!国家|国务院|中央|中共))").replace(
        "(?P<crole>", "(?P<crole>(?:原)?(?:")[: -1] + "))"
    return p


@registry.misc("kg.post_patterns.v5")
def post_patterns_v5() -> dict[str, Any]:
    """v4 plus the leaders of the democratic parties' central committees and of the federation of industry and
    commerce (民盟中央主席, 九三学社中央副主席, 全国工商联主席: the body is written in the title and is no ORG
    on its own), a village's party secretary written short (村支书, 某某村支书), a province's departments (某省教育厅,
    某省文化和旅游厅) and bureaus named in full with 和 as bodies on their own, the head of a school or institute
    and a company's chief scientist before a name (title only), and the head of a unit of a
    bureau stacked after the bureau's title (某市公安局副局长、交通管理局局长: the unit's body is the bureau's
    unit), a court's committee, tribunal or bench stacked after the court's title, national titles with the
    state's or the commission's full name, and the party working committee or administrative committee of a
    zone that is no division (雄安新区党工委书记)."""
    p = post_patterns_v4()
    p["front"] = (r"(?P<fbody>(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)中央|全国工商联|中华全国工商业联合会)"
                  r"(?P<frole>原?(?:常务副主席|副主席|名誉主席|主席|秘书长|党组书记|党组成员))")
    p["cell"] = p["cell"].replace("(?P<crole>", "(?P<crole>支书|")
    # a province's departments (厅) and the full names of bureaus joined with 和, as bodies on their own
    # (湖北省文化和旅游厅及…, 江苏省教育厅发布)
    depts = ("教育|科学技术|科技|工业和信息化|公安|民政|司法|财政|人力资源和社会保障|自然资源|生态环境|住房和城乡建设|"
             "交通运输|水利|农业农村|商务|文化和旅游|应急管理|审计|退役军人事务|林业|国土资源|卫生")
    p["body"] = p["body"].replace("|教育局|", f"|(?:{depts})厅|(?:文化和旅游|住房和城乡建设|人力资源和社会保障|"
                                             "工业和信息化|文化广电和旅游|自然资源和规划)局|教育局|", 1)
    # a school's or institute's head and a company's chief scientist before a name (某大学某学院院长某某,
    # 某公司首席科学家某某): the title only
    p["company_role"] = p["company_role"].replace("[司团行部库厂社所站]", "[司团行部库厂社所站院]", 1).replace(
        "总工程师|", "总工程师|首席科学家|副院长|院长|", 1)
    # national titles written with the state's or the commission's full name (中华人民共和国中央军事委员会副主席,
    # 中央纪律检查委员会书记, 中国人民解放军军事检察院检察长)
    p["national"] = (r"中华人民共和国中央军事委员会(?:副)?主席|中华人民共和国中央军事委员会委员|"
                     r"中央纪律检查委员会(?:副)?书记|中国人民解放军军事(?:检察院(?:副)?检察长|法院(?:副)?院长)|"
                     + p["national"])
    # a court's committee, tribunal or bench stacked after the court's title (、审判委员会委员, 、第四巡回法庭庭长,
    # 、审判员)
    p["court_unit"] = (r"、(?:(?P<unit>审判委员会|检察委员会|第[一二三四五六七八九十]+巡回法庭|"
                       r"(?:(?![的和与及、])[\u4e00-\u9fff]){2,6}?(?:审判)?庭)?"
                       r"(?P<crole>(?<=委员会)委员|(?<=庭)(?:副)?庭长|(?<=、)(?:审判员|检察员)))")
    # the party working committee and the administrative committee of a zone that is no division (雄安新区党工委,
    # 某高新区管委会): the zone's name is part of the body, no region
    p["zone"] = (r"(?<![\u4e00-\u9fff])(?P<zone>(?:(?![的和与及在对为是、])[\u4e00-\u9fff]){2,8}?"
                 r"(?:新区|高新区|开发区|经开区|高新技术产业开发区|经济技术开发区|自贸试验区|综合保税区))"
                 r"(?P<zbody>党工委|管委会)")
    # the executive deputy head of a court or procuratorate (、常务副院长)
    assert "常务副(?:书记|" in p["role"]
    p["role"] = p["role"].replace("常务副(?:书记|", "常务副(?:院长|检察长|书记|", 1)
    # a bare role stacked with 兼 as well as 、 (全国政协副主席兼秘书长)
    p["role_sep"] = "、|兼"
    # a unit of the body before it, stacked after that body's title (某市公安局副局长、交通管理局局长)
    p["stack_unit"] = (rf"、(?P<unit>(?:(?![的和与及在对为是等、原副省市县区州旗盟])[{HAN}]){{2,8}}?"
                       r"(?:分局|局|处|总队|支队|大队|中心|研究所|办公室))(?=(?:原|时任)?(?:常务)?副?(?:局长|处长|总队长|支队长|大队长|主任|所长|政委))")
    return p


@registry.misc("kg.post_patterns.v6")
def post_patterns_v6() -> dict[str, Any]:
    """v5 plus the chain of a police bureau's units before the role (某市公安局某区分局某某派出所副所长,
    某市公安局某分局交警大队城区中队一级警长: one POST; a branch named after a district gives the body's region)
    and the roles of those units (所长, 大队长, 中队长, 支队长, 教导员, the grades of 警长), and a CPPCC special
    committee's title stacked after the membership (全国政协委员、某某委员会副主任)."""
    p = post_patterns_v5()
    # up to three sub-units between a body and the role
    p["sub_unit_depth"] = 3
    # the central political-legal commission's titles with the party's name (中共中央政法委秘书长), and the heads
    # of central institutions written with them (中央党史和文献研究院院长, 共青团中央书记处第一书记; on their own,
    # in a list of bodies, they stay unlabelled as in the gold sets)
    p["national"] = (r"中共中央政法委(?:员会)?(?:副书记|书记|副秘书长|秘书长|委员)|"
                     r"中央党史和文献研究院(?:常务副院长|副院长|院长)|"
                     r"共青团中央(?:书记处)?(?:常务书记|第一书记|书记处书记|书记)|" + p["national"])
    # a deputy in charge of the daily work, written between the body and the role (中央组织部分管日常工作的副部长)
    assert p["role"].startswith("(?:原|时任|前)?")
    p["role"] = "(?:分管日常工作的)?" + p["role"]
    # a CPPCC special committee's title stacked after the membership (为全国政协委员、某某委员会副主任)
    assert "(?<=主任、)" in p["committee"]
    p["committee"] = p["committee"].replace("(?<=主任、)", "(?<=主任、)|(?<=政协委员、)|(?<=政协常委、)", 1)
    old = "|副队长|队长|"
    assert old in p["role"]
    p["role"] = p["role"].replace(old, "|副支队长|支队长|副大队长|大队长|副中队长|中队长|副队长|队长|副所长|所长|"
                                       "副教导员|教导员|(?:[一二三四]级)?(?:高级)?警长|", 1)
    return p


@registry.misc("kg.post_patterns.v7")
def post_patterns_v7() -> dict[str, Any]:
    """v6 plus the bare membership a decision ends for the person it names (免去某某…职务，撤销其委员资格;
    接受其辞去常委、委员): a POST 委员/常委 of the assembly the decision names."""
    p = post_patterns_v6()
    p["member_of_decision"] = (r"(?:(?<=撤销其)|(?<=其辞去)|(?<=其请辞)|(?<=常委、))(?P<role>常委|委员)"
                               r"(?=资格|的决定|职务|、委员)")
    return p


@registry.misc("kg.post_patterns.v8")
def post_patterns_v8() -> dict[str, Any]:
    """v7 plus a bare committee title continuing a list of reports (全国人大某某委副主任委员甲作的…，主任委员乙作的…,
    副主任委员丙作的…): a POST of the committee the sentence named before it, completed by the relations;
    理事长 among the roles; and institutes among the sub-units (国家某局|某某规划院|原副院长)."""
    p = post_patterns_v7()
    p["committee_bare"] = r"(?:(?<=[，,、；;])|(?<=听取了))(?P<role>副主任委员|主任委员)"
    # the heads of an exchange, an association or a foundation, stacked after its party title (某交易所原党委书记、
    # 理事长某某)
    assert p["role"].endswith(")")
    p["role"] = p["role"][:-1] + "|副理事长|理事长)"
    # a national administration's institutes as sub-units (国家林业和草原局|林草调查规划院|原副院长)
    old_sub = "|中心|所|站))"
    assert old_sub in p["sub_unit"]
    p["sub_unit"] = p["sub_unit"].replace(old_sub, "|中心|所|站|研究院|规划院|设计院|学院))", 1)
    # a prefecture's party committee or administrative office as it was called (时任宁德地委书记, 某地区行署专员)
    p["prefecture"] = r"(?P<pbody>地委|地区行署|行署)"
    return p


@registry.misc("kg.post_patterns.v9")
def post_patterns_v9() -> dict[str, Any]:
    """v8 plus the heads of the corps' divisions (新疆生产建设兵团第六师副师长, 司令员), a firm's chief officers
    stacked after its party title (原党委委员、总会计师), sub-units named by two fields joined with 和
    (某市财政局|自然资源和生态环境处|副处长), the emergency office of a county or town (镇应急办), no head's
    hotline or mailbox (市长热线, 省长信箱), a health commission by its full name and the affairs centres of a
    district (某区环境卫生事务中心副主任), prosecutors and judges (某区检察院检察官), and a national administration's
    bureau before a role (国家某总局稽查局一级巡视员), and 主席 after the head of state's name (习近平主席)."""
    p = post_patterns_v8()
    assert p["role"].endswith(")")
    p["role"] = p["role"][:-1] + "|副师长|师长|副司令员|司令员|总会计师|总经济师|总工程师|总审计师|总法律顾问)"
    # a county's or city's health commission by its full name (某市卫生健康委), and its affairs and service centres
    # before their heads (某区环境卫生事务中心副主任)
    assert "|卫健委|" in p["body"]
    p["body"] = p["body"].replace("|卫健委|", "|卫健委|卫生健康委|卫生健康局|"
                                  r"(?:(?![省市县区州旗])[\u4e00-\u9fff]){2,8}?(?:事务中心|服务中心|保障中心|管理中心)"
                                  r"(?=原?(?:党组|党委|副?主任))|", 1)
    # a government written bare in a stack after the party committee of its region (自治区党委常委、政府副主席)
    p["bare_body"] = p["bare_body"].replace("(?P<bare>政法委|", "(?P<bare>政府|政法委|", 1)
    # a town's police station and its head (镇派出所所长), a firm's safety director and chief skill expert
    # (副总经理、安全总监; 某集团首席技能专家)
    assert "|公安局|" in p["body"]
    p["body"] = p["body"].replace("|公安局|", "|公安局|派出所|", 1)
    p["role"] = p["role"][:-1] + "|副所长|所长|安全总监)"
    p["company_role"] = p["company_role"].replace("首席科学家|", "首席科学家|首席技能专家|首席技师|", 1)
    # a party committee's office for a campaign (县委主题教育办)
    assert "|巡察办|" in p["body"]
    p["body"] = p["body"].replace("|巡察办|", "|巡察办|主题教育办|", 1)
    # a prosecutor or judge of a county's procuratorate or court (某区检察院检察官)
    p["role"] = p["role"][:-1] + "|检察官|法官)"
    # the head of state by his title after his name (习近平主席在新年贺词中指出): the state's president
    p["national"] = r"(?<=习近平)主席(?![团会])|" + p["national"]
    # a national administration's bureau or department before a role (国家某总局|稽查局|一级巡视员)
    p["national_sub"] = r"(?:(?![的及在对为是等、原副省市县区州旗])[\u4e00-\u9fff]){2,12}?(?:局|司)"
    p["role"] = p["role"][:-1] + "|副司长|司长)"
    # a head's hotline, mailbox or telephone (市长热线, 省长信箱, 直通省长电话): a service, not a post
    p["bad_after_head"] = p["bad_after_head"] + "电信邮热"
    # the emergency office of a county or a town (镇应急办, 县应急局)
    assert "|应急管理局|" in p["body"]
    p["body"] = p["body"].replace("|应急管理局|", "|应急管理局|应急办|应急局|", 1)
    assert p["sub_unit"].startswith("(?:")
    p["sub_unit"] = (rf"(?:(?:(?![的和与及在对为是等、原副省市县区州旗盟])[{HAN}]){{2,6}}和"
                     rf"(?:(?![的和与及在对为是等、原副省市县区州旗盟])[{HAN}]){{2,6}}?(?:处|科|室)|" + p["sub_unit"][3:])
    return p


@registry.misc("kg.post_patterns.v10")
def post_patterns_v10() -> dict[str, Any]:
    """v9 plus a court's or procuratorate's committee written right after it (某县人民检察院检察委员会委员), and,
    stacked after a court's title, its numbered departments and their heads (、第一检察部副主任), its enforcement
    bureau (、执行局局长) and a judge's or prosecutor's grade (、一级检察官: the role is 检察官); also the enforcement
    bureau right after its court (某县人民法院执行局局长), an acting head of government (北京市代市长) and no congress
    as a body before 代表 (江苏省人大代表)."""
    p = post_patterns_v9()
    old = "|法院|人民法院|检察院|人民检察院|"
    assert old in p["body"], "court bodies"
    p["body"] = p["body"].replace(old, "|人民检察院检察委员会|检察院检察委员会|人民法院审判委员会|法院审判委员会"
                                       + old, 1)
    old_unit = "(?P<unit>审判委员会|检察委员会|"
    old_role = "(?P<crole>(?<=委员会)委员|"
    assert old_unit in p["court_unit"] and old_role in p["court_unit"], "court units"
    p["court_unit"] = p["court_unit"].replace(
        old_unit, "(?P<unit>审判委员会|检察委员会|第[一二三四五六七八九十]+(?:检察|审判)部|执行局|", 1).replace(
        old_role, "(?P<crole>(?<=委员会)委员|(?<=部)副?主任|(?<=局)副?局长|"
                  "(?<=、)(?:[一二三四]级|高级)?(?:检察官|法官)(?![助协])|", 1)
    # a deputy to a local congress (江苏省人大代表): the congress is no body there (as 全国人大代表), the place stays
    assert "(?P<npc>人大常委会|人大)" in p["body"]
    p["body"] = p["body"].replace("(?P<npc>人大常委会|人大)", "(?P<npc>人大常委会|人大(?!代表))", 1)
    # an acting head of government (北京市代市长, 代省长): the head's post, written as the text has it
    assert "副?(?P<hl>" in p["head"]
    p["head"] = p["head"].replace("副?(?P<hl>", "[副代]?(?P<hl>", 1)
    # a court's enforcement bureau right after it (某县人民法院执行局局长)
    p["body"] = p["body"].replace("|人民检察院检察委员会|", "|人民法院执行局|法院执行局|人民检察院检察委员会|", 1)
    return p


@registry.misc("kg.date_patterns.v2")
def date_patterns_v2() -> dict[str, Any]:
    """v1 plus the end or start of a year (2024年底, 2025年初) and the time of day (5月22日19时29分)."""
    p = date_patterns()
    p["date"] = p["date"].replace(r"|度)?", r"|度|底|初|末)?", 1)
    # the time of day after a day (5月22日19时29分, 3日上午10时)
    part = r"(?:上午|下午|晚上|晚间|早上|中午|凌晨|傍晚|晚)?"
    p["date"] = p["date"].replace("日" + part, "日" + part + r"(?:\d{1,2}时(?:\d{1,2}分)?[多许]?)?")
    # anniversaries named by their date in quotes (“七一”, “八一”, “五四”)
    p["date"] = p["date"] + r"|(?<=[“\"])(?:七一|八一|五四)(?=[”\"])"
    # a day named by month·day in quotes (“7·6”溃坝灾害)
    p["date"] = p["date"] + r"|(?<=[“\"])(?:1[0-2]|[1-9])·(?:3[01]|[12]\d|[1-9])(?=[”\"])"
    # a range of days in one month is one date (3月17日至20日)
    p["date"] = p["date"].replace(r"|(?<!\d)\d{1,2}月\d{1,2}日", r"|(?<!\d)\d{1,2}月\d{1,2}日(?:至|到|—|-|–)\d{1,2}日"
                                                               r"|(?<!\d)\d{1,2}月\d{1,2}日", 1)
    # a holiday is the day, its 假期/期间 is not part of the name (劳动节假期: 劳动节)
    p["date"] = p["date"].replace("(?:当日|当天|期间|前夕|假期)?", "(?:当日|当天|前夕)?(?=期间|假期|[，。、；,;将前后期假”\\s]|$)|"
                                  "(?:元旦|春节|元宵节|清明节?|五一|劳动节|端午节?|中秋节?|国庆节?|除夕)(?:当日|当天|前夕)?"
                                  "(?!期间|假期)", 1)
    return p


@registry.misc("kg.date_patterns.v3")
def date_patterns_v3() -> dict[str, Any]:
    """v2 plus a bare month after a relative year (去年8月, 今年一月), a month written in Chinese with its
    part (七月底, 十一月上旬), 五一劳动节 as one name, and no 前夕 in a holiday (春节前夕: 春节, as 春节期间)."""
    p = date_patterns_v2()
    d = p["date"].replace("(?:当日|当天|前夕)?", "(?:当日|当天)?").replace("五一|劳动节", "五一劳动节|五一|劳动节")
    d = d.replace("(?=[，。、；,;将前后期假”\\s]|$)", "(?=[，。、；,;将前后期假”\\s]|快乐|之际|到来|来临|$)")
    # more parts of the day after a date (7月6日清晨, 5日深夜)
    d = d.replace("(?:上午|下午|晚上|晚间|早上|中午|凌晨|傍晚|晚)", "(?:上午|下午|晚上|晚间|早上|中午|凌晨|傍晚|清晨|早晨|深夜|"
                                                         "夜间|午后|黎明|晚)")
    d += (r"|(?<=[去今前同当明]年)(?:1[0-2]|[1-9])月(?![\d日号])"
          r"|(?<=[去今前同当明]年)(?:十[一二]|[一二三四五六七八九十])月(?![一二三四五六七八九十日])"
          r"|(?<![一二三四五六七八九十\d])(?:十[一二]|[一二三四五六七八九十])月(?:上旬|中旬|下旬|底|初)")
    p["date"] = d
    return p


@registry.misc("kg.date_patterns.v4")
def date_patterns_v4() -> dict[str, Any]:
    """v3 plus holidays by their full names whatever follows (春节即将到来, 过好春节意味着, 新春佳节, 农历小年,
    马年新春佳节 with its zodiac year, 清明祭英烈; not 春节联欢晚会 or 春节档), a bare month that opens a sentence (四月的北京, 六月，) or follows
    进入 (进入3月以来), and days listed in one month (2005年7月28、29日)."""
    p = date_patterns_v3()
    d = p["date"]
    d = (r"(?:(?:19|20)\d{2}年(?=春节|元旦|除夕|元宵节|国庆节|中秋节|端午节|清明节|(?:中国)?农民丰收节))?"
         r"(?:(?<![\u4e00-\u9fff])[鼠牛虎兔龙蛇马羊猴鸡狗猪]年(?=春节|新春佳节))?(?:(?:中国)?农民丰收节|春节|元旦|除夕|元宵节|新春佳节|劳动节|国庆节|中秋节|端午节|清明节|(?<=农历)小年)(?!联欢|晚会|档|[\u4e00-\u9fff]{0,3}晚会)"
         r"(?:当日|当天)?|清明(?=祭|时节|前后)|(?:国庆|中秋)(?=中秋|国庆|假期)|"
         r"(?:(?<=过)|(?<=[“\"]))小年(?=[”\"，,。.；;！!]|这天|当天)|"
         r"(?:(?<=^)|(?<=[\n。；;.]))(?:十[一二]|[一二三四五六七八九十])月(?=[，,的])|"
         r"(?<=进入)(?:1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])月(?=以来|[，,])|"
         r"(?<=已于)(?:1[0-2]|[1-9])月(?![\d日号份])|"
         r"(?:\d{4}年)?(?<!\d)\d{1,2}月\d{1,2}(?:、\d{1,2})+日|" + d)
    p["date"] = d
    return p


@registry.misc("kg.date_patterns.v5")
def date_patterns_v5() -> dict[str, Any]:
    """v4 plus a bare month that opens or closes a span (自3月起, 从3月至7月, 至7月在全党开展): the month after
    自/从/至/到, not a part of a month (7月底, 7月中旬) nor a count (到7月份)."""
    p = date_patterns_v4()
    p["date"] = (r"(?<=[自从至到])(?:1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])月"
                 r"(?![\d一二三四五六七八九十日号份底末中初上下旬])|" + p["date"])
    return p


@registry.misc("kg.date_patterns.v6")
def date_patterns_v6() -> dict[str, Any]:
    """v5 plus a range of months as one date (1到7月, 1—7月份), the end of a month (8月末), the hour in words after a
    day and its part (8月20日凌晨两点多, 5日下午3点半), a year give or take (2010年左右), the solar terms that are no
    other word (立春刚过) and decades in words (上世纪八九十年代)."""
    p = date_patterns_v5()
    d = p["date"]
    old_time = r"(?:\d{1,2}时(?:\d{1,2}分)?[多许]?)?"
    assert old_time in d
    d = d.replace(old_time, r"(?:\d{1,2}时(?:\d{1,2}分)?[多许]?|(?:\d{1,2}|[一二两三四五六七八九十]{1,3})点"
                            r"(?:半|多|\d{1,2}分|[一二三四五六七八九十]{1,3}分)?)?")
    d = d.replace("(?:上旬|中旬|下旬|底|初|份)", "(?:上旬|中旬|下旬|底|初|末|份)")
    p["date"] = (r"(?:(?<![\d.])(?:1[0-2]|[1-9])(?:到|至|—|-|–|~|～)(?:1[0-2]|[1-9])月份?"
                 r"|(?<!\d)(?:19|20)\d{2}年左右"
                 # the solar terms that are no other word (立春刚过, 冬至当天), and decades in words (上世纪八九十年代)
                 r"|(?:立春|立夏|立秋|立冬|春分|秋分|夏至|冬至|惊蛰|芒种|处暑|霜降)(?=刚过|前后|时节|当天|当日|之际|到来|来临|"
                 r"节气|[，。、；,;]|$)"
                 r"|(?:上世纪)?(?<![\u4e00-\u9fff])(?:[一二三四五六七八九]|[五六七八][六七八九])十年代(?:初|末|中期|中后期)?"
                 r"|上世纪(?:[一二三四五六七八九]|[五六七八][六七八九])十年代(?:初|末|中期|中后期)?)|" + d)
    return p


#: followers added in v2: kinship and number words after a name (蔡某某夫妻俩), and words that open what a
#: leader wrote or said (传达习近平重要指示, 赠送习近平题词)
FOLLOW_WORDS_V2: tuple[str, ...] = FOLLOW_WORDS + tuple(
    "夫妻 夫妇 父子 父女 母子 母女 兄弟 姐妹 兄妹 姐弟 一家 俩 两人 二人 三人 重要 题词 贺信 回信 指示 贺电 宣布 发言".split())


@registry.misc("kg.person_patterns.v2")
def person_patterns_v2() -> dict[str, Any]:
    """v1 plus Tibetan names without a surname (two name elements: 洛桑江村, 嘎玛泽登) wherever a name may
    stand, and the v2 followers (kinship words, 重要指示, 题词)."""
    from .gazetteer import trie_regex
    from .surnames import TIBETAN_NAME_PARTS

    p = person_patterns()
    tib = trie_regex(TIBETAN_NAME_PARTS)  # (word lists as tries: one branch per first character)
    name = rf"(?:{tib}{tib}|{NAME[3:]}"  # the Tibetan form first: 卓玛仁增, not 卓玛仁
    follow = r"(?=" + trie_regex(FOLLOW_WORDS_V2) + r"|[、，,。；;：:!！?？\s)）”\"」』\d]|$)"
    multi = "(?:" + "|".join(w for w in FOLLOW_WORDS_V2 if len(w) >= 2) + ")"
    for k in ("list", "byline", "paren_byline", "speech", "comrade", "role_name", "attend"):
        p[k] = p[k].replace(NAME, name).replace(FOLLOW, follow)
    p["name"], p["follow"], p["follow_multi"] = name, follow, multi
    return p


@registry.misc("kg.person_patterns.v3")
def person_patterns_v3() -> dict[str, Any]:
    """v2 plus Yi names (clan name + two characters: 帕查有格, 吉克伍呷) where the context says a name
    stands: after a title, before 同志, in a list of names, before a verb of speech; and the person a
    decision names (给予某某开除党籍处分, 免去某某同志…职务)."""
    from .gazetteer import trie_regex
    from .surnames import YI_CLAN_NAMES

    p = person_patterns_v2()
    v2 = p["name"]
    name = rf"(?:{trie_regex(YI_CLAN_NAMES)}(?:(?![的了是在和与及等对将把被从以为书记长员也都就还又再])[{HAN}]){{2}}|" + v2[3:]
    for k in ("list", "speech", "comrade", "role_name"):
        p[k] = p[k].replace(v2, name)
    # the members of the 20th Politburo and the vice-president (public record, 2022–): named without a title in
    # national news more often than anyone else, and 习 is too rare a surname for the model
    p["known"] = ("习近平 李强 赵乐际 王沪宁 蔡奇 丁薛祥 李希 韩正 马兴瑞 王毅 尹力 石泰峰 刘国中 李干杰 李书磊 李鸿忠 "
                  "何立峰 张又侠 张国清 陈文清 陈吉宁 陈敏尔 袁家军 黄坤明").split()
    # national titles written after a name (赵乐际委员长, 李强总理)
    p["titles_after_name"] = ["总书记", "委员长", "总理"]
    # 免去某某同志…, 任命某某同志为…
    p["comrade"] = p["comrade"].replace("|(?<=[以予对向和与及])|", "|(?<=[以予对向和与及])|(?<=免去)|(?<=任命)|(?<=撤销)|")
    # the person a decision is about: 给予某某开除党籍处分, 免去某某第十四届…职务, 任命某某为…
    p["decision"] = (rf"(?:(?<=给予)|(?<=免去)|(?<=撤销)|(?<=任命))(?P<name>{v2})"
                     r"(?=开除|留党察看|党内|严重警告|警告|记过|记大过|降级|撤职|政务|诫勉|第[一二三四五六七八九十\d]|的|职务|"
                     r"全国|中共|中国|为|、)")
    p["name_yi"] = name
    return p


@registry.misc("kg.person_patterns.v4")
def person_patterns_v4() -> dict[str, Any]:
    """v3 plus the name after an age (55岁的某某某) and the subject of a copula whose complement is a title
    (某某是某县某局局长: the name at the start of a clause; the title is checked by the rules), ·-joined names,
    cadres before a name, and at most 40 names in a list before a verb of attending."""
    p = person_patterns_v3()
    name = p["name_yi"]
    p["age"] = rf"(?:(?<=\d岁的)|(?<=[一二三四五六七八九十]岁的))(?P<name>{name})"
    p["copula"] = rf"(?:^|(?<=[。！？!?\n，,；;：:]))(?P<name>{name})(?=是)"
    # at most 40 names before the verb of attending: an unbounded list was tried again from every name of a
    # long list that no such verb closes (5,000 names: 5 s)
    p["attend"] = p["attend"].replace(")*)(?=等?", "){0,40})(?=等?")
    # a name of two parts joined by · (Uyghur, Kazakh, Kyrgyz names; transliterated foreign names) after a
    # boundary and before a follower: the shortest second part that a follower closes
    p["dotted"] = rf"(?:(?<=[^{HAN}·])|^)(?P<name>[{HAN}]{{2,7}}·[{HAN}]{{2,6}}?){p['follow']}"
    # the person a decision adds or whose resignation it accepts (增补某某同志为…, 接受某某同志请辞…)
    p["comrade"] = p["comrade"].replace("|(?<=免去)|", "|(?<=免去)|(?<=增补)|(?<=接受)|(?<=同意)|(?<=批准)|")
    # a cadre before a name (援藏干部某某), and a time after the name (某某三年前来到…)
    follow = p["follow"]
    p["role_name"] = p["role_name"].replace("|代表|委员|", "|干部|代表|委员|").replace(
        follow, follow[:-1] + r"|[一二两三四五六七八九十几\d]+(?:年|个月|天)(?:前|后|来|多))")
    return p


@registry.misc("kg.person_patterns.v5")
def person_patterns_v5() -> dict[str, Any]:
    """v4 plus ·-joined names whose first part is one character (a transliterated foreign name: 某·某某某), with
    no function word or verb of speech or sight in either part (但在|某·某某|看来), a Yi name (clan name
    and two characters) that opens a clause before a follower, the shortest name a decision's context closes
    (免去某某|的…职务), and the person whose resignation a decision accepts (接受某某辞去…)."""
    p = person_patterns_v4()
    ch = rf"(?:(?![的了在是和与及等但而看说向对把被让给从同])[{HAN}])"
    p["dotted"] = rf"(?:(?<=[^{HAN}·])|^)(?P<name>{ch}{{1,7}}·{ch}{{2,6}}?){p['follow']}"
    # the further persons of an appointment decision: 任命甲为…、乙为… (the shortest name before 为)
    shortest = p["name"].replace("]{1,2}|", "]{1,2}?|")
    p["appointed_next"] = rf"(?<=、)(?P<name>{shortest})(?=为)"
    # a Yi name (clan name + two characters) opening a clause before a follower (，洛古某某正在…)
    from .gazetteer import trie_regex
    from .surnames import YI_CLAN_NAMES
    # the person a decision is about, the shortest name the context closes (免去某某|的…职务, not 某某的)
    p["decision"] = p["decision"].replace("]{1,2}|", "]{1,2}?|").replace(
        "(?:(?<=给予)|", "(?:(?<=给予)|(?<=接受)|", 1).replace("(?=开除|", "(?=辞去|辞职|请辞|开除|", 1)
    p["yi_clause"] = (rf"(?:(?<=[^{HAN}])|^)(?P<name>{trie_regex(YI_CLAN_NAMES)}"
                      rf"(?:(?![的了是在和与及等对将把被从以为书记长员也都就还又再正])[{HAN}]){{2}}){p['follow']}")
    return p


@registry.misc("kg.person_patterns.v6")
def person_patterns_v6() -> dict[str, Any]:
    """v5 plus 受 after a name (某某受国务院委托作…说明) and Mongolian names of two name elements (巴音朝鲁) after a
    title, in a list and before a follower."""
    from .gazetteer import trie_regex
    from .surnames import MONGOLIAN_NAME_PARTS

    p = person_patterns_v5()
    old = p["follow"]
    assert old.startswith("(?=")
    follow = "(?=受|" + old[3:]
    mong = trie_regex(MONGOLIAN_NAME_PARTS)
    v = p["name"]
    name = rf"(?:{mong}{mong}|" + v[3:]  # (the two-element form first: 巴音朝鲁, not 巴音朝)
    for k in ("list", "speech", "comrade", "role_name", "attend", "age", "copula"):
        if k in p:
            p[k] = p[k].replace(old, follow)
    p["follow"] = follow
    p["name"] = name
    assert p["follow_multi"].startswith("(?:")
    p["follow_multi"] = "(?:受到|受邀|受聘|" + p["follow_multi"][3:]  # 姜立|受到 rather than 姜立受|到
    # the person whose home a visitor enters (走进村民某某家, 来到四世同堂的某某家中): not a place named 某家村/某家湾
    p["home"] = (r"(?:走进|来到|看望|慰问|走访|前往)(?:[^，。；,;“”]{0,12}?(?:的|村民|居民|农民|牧民|渔民|老党员|群众|职工|老人))?"
                 rf"(?P<name>{v})(?=家(?:中|里)?(?![村庄湾镇沟寨坝屯岭山园族乡店堡营港]))")
    # more occupations before a name (驾驶员某某, 民警某某, 消防员某某): a person named by the job
    old_rn = "|市民|居民|村民|"
    assert old_rn in p["role_name"]
    p["role_name"] = p["role_name"].replace(old_rn, "|驾驶员|司机|民警|辅警|护士|消防员|队员|战士|工人|职工|网格员|快递员|"
                                                    "外卖员|护林员|护边员|技术员|工作人员|市民|居民|村民|", 1)
    # a name opening a clause before a word of kin (，某某一家几代人…, 某某夫妇): the family of a person
    p["kin"] = (rf"(?:^|(?<=[，。；：,;:\n]))(?P<name>{v})"
                r"(?=一家|夫妇|夫妻|父子|父女|母子|母女|兄弟俩|姐妹俩|老两口|祖孙)")
    return p


@registry.misc("kg.meeting_patterns.v8")
def meeting_patterns_v8() -> dict[str, Any]:
    """v7 plus an assembly of a whole country or region named by its scope (全国科技大会, 全省领导干部警示教育大会;
    not 全国人民代表大会, a 大会战, or a clause with its verb: 全县召开大会), the CPPCC's consultations by their form
    (网络议政远程协商会, 专题协商会), no bare kind of meeting with no name before it (宣讲会, 协商会, 推介会,
    动员部署会 …), a congress by its number before what it did (二十大对…作出部署, 二十大提出), a commission's
    plenum by its number alone (按照三次全会部署), no doctrine joined to a meeting's name (某某思想和|某会议), a
    working mechanism's meeting (某某专项工作机制会议), and no name that is only a word of manner (专题学习会)."""
    p = meeting_patterns_v7()
    p["scope_assembly"] = (
        r"(?:全国|全省|全市|全区|全县|全州|全盟|全旗|全镇|全乡|全军|全党)"
        r"(?:(?!召开|举行|举办|参加|出席|组织|在|的|和|与|及|是)[\u4e00-\u9fff]){2,16}?"
        r"(?<!代表)(?<!人民)(?<!党员)大会(?![战堂])")
    assert p["suffix"].startswith("(?:三级干部大会|") or p["suffix"].startswith("(?:动员部署会议|")
    p["suffix"] = p["suffix"].replace("|座谈会|", "|座谈会|协商会(?!议)|机制会议|", 1)
    # a meeting named only by its kind and a word of manner is no name (专题学习会, 集中学习会)
    p["generic_name"] = r"^(?:专题|集中|扩大|全体|专门|一次|这次|本次)$"
    p["generic_suffix"] = [*p["generic_suffix"], "宣讲会", "协商会", "推介会", "对接会", "观摩会", "务虚会", "招商会",
                           "动员部署会", "动员部署会议", "动员部署大会", "表彰大会", "动员大会", "总结大会",
                           "誓师大会", "干部大会", "现场推进会", "联席会议", "电视电话会议"]
    # a doctrine joined to the meeting by 和 is no part of its name (习近平法治思想和|中央全面依法治国工作会议)
    p["trim"] = p["trim"][:-1] + r"|思想[和与及、,，]|开展|开展了)"
    # a commission's plenum by its number alone (按照三次全会部署: 中央纪委三次全会)
    p["congress"] += (r"|(?:(?<=按照)|(?<=贯彻)|(?<=落实)|(?<=学习)|(?<![\u4e00-\u9fff\d第]))[一二三四五六七八九]次全会"
                      r"(?=精神|部署|要求|上|以来|[，。、；,;]|$)")
    old = r"(?=代表|以来|精神|报告|后|前|召开|胜利|闭幕|开幕|期间|的|和|与|及|"
    assert old in p["congress"], "congress follow"
    p["congress"] = p["congress"].replace(
        old, r"(?=代表|以来|精神|报告|后|前|召开|胜利|闭幕|开幕|期间|的|和|与|及|对|提出|作出|强调|指出|明确|部署|确立|"
             r"描绘|擘画|首次|把|将|为|上|", 1)
    return p


#: the person patterns whose name is followed by the words that may follow a name (``follow``)
_FOLLOWED_KEYS = ("list", "speech", "comrade", "role_name", "attend", "age", "copula", "byline", "paren_byline",
                  "yi_clause", "home", "kin")


#: where an event's name may start (meeting v21, v26, v29): after the verb that holds or attends it, a boundary
#: character, or no Han character
_EVENT_NAME_START = (r"(?:(?<=出席)|(?<=参加)|(?<=主持)|(?<=举办)|(?<=召开)|(?<=举行)|(?<=[在的和与、，,。：:\n“])"
                     r"|(?<![\u4e00-\u9fff]))")


def _replace_once(p: dict[str, Any], key: str, old: str, new: str, what: str) -> None:
    """Edit pattern ``key`` of an earlier set: ``old`` must stand in it exactly once (``what`` names it in the
    error), and is replaced by ``new``."""
    assert p[key].count(old) == 1, what
    p[key] = p[key].replace(old, new, 1)


def _prepend_followers(p: dict[str, Any], words: str, multi_words: str) -> None:
    """Put ``words`` (``|``-joined) first among the words that may follow a name, in every pattern that reads them,
    and ``multi_words`` first among the multi-character ones."""
    old_f = p["follow"]
    assert old_f.startswith("(?=") and p["follow_multi"].startswith("(?:"), "follow"
    follow = "(?=" + words + "|" + old_f[3:]
    for k in _FOLLOWED_KEYS:
        if k in p:
            p[k] = p[k].replace(old_f, follow)
    p["follow"] = follow
    p["follow_multi"] = "(?:" + multi_words + "|" + p["follow_multi"][3:]


@registry.misc("kg.person_patterns.v7")
def person_patterns_v7() -> dict[str, Any]:
    """v6 plus a name after a decision's verb before the title it also held (免去某某兼任的某部部长职务), and 发现,
    跟, 长期, 立刻, 专门 and 把 after a name (在走访中某某发现, 某某跟村民们一起, 某某长期工作在…, 某某立刻带着…), the
    verbs of a discipline notice after the named official (局长某某违规决策, 原主任某某虚假轮换…), and a ·-joined
    name right after the verb of a visit (看望了某某·某某)."""
    p = person_patterns_v6()
    # (and the verbs of a discipline notice after the named official: 局长某某违规决策, 原主任某某虚假轮换…)
    discipline = "违规|违反|违纪|违法|挪用|贪污|受贿|收受|虚假|干预|插手|索取|套取|侵占|滥用"
    _prepend_followers(p, "发现|跟|长期|立刻|立即|马上|随即|当即|专门|把|" + discipline,
                       "发现|长期|立刻|立即|马上|随即|当即|专门|" + discipline)
    # (the ·-joined name's lookahead was set before v6's: written anew with this one)
    cut = p["dotted"].index(")(?=", p["dotted"].index("(?P<name>")) + 1
    p["dotted"] = p["dotted"][:cut] + p["follow"]
    # a ·-joined name right after the verb of a visit or a meeting (看望了某某·某某, 会见某某·某某)
    old_b = r"(?:(?<=[^\u4e00-\u9fff·])|^)"
    assert p["dotted"].startswith(old_b), "dotted boundary"
    p["dotted"] = (r"(?:(?<=[^\u4e00-\u9fff·])|^|(?<=看望了)|(?<=看望)|(?<=会见了)|(?<=会见)|(?<=慰问了)|(?<=慰问)|"
                   "(?<=接见了)|(?<=接见)|(?<=陪同)|(?<=悼念))" + p["dotted"][len(old_b):])
    old = "(?=辞去|辞职|请辞|开除|"
    assert old in p["decision"], "decision follow"
    p["decision"] = p["decision"].replace(old, "(?=兼任|担任|所任|所兼|辞去|辞职|请辞|开除|", 1)
    return p


@registry.misc("kg.campaign_patterns.v8")
def campaign_patterns_v8() -> dict[str, Any]:
    """v7 plus no quoted saying taken as the manner of the work (以“十年磨一剑”的坚定决心, 拿出“钉钉子”的韧劲): after
    a word of manner and before the resolve or spirit it describes, a quality, not a programme (实施“五大突破”的决心
    keeps its campaign), no quoted campaign opening a site's or an exhibition's name (“某某经验”陈列馆) or named
    as a theory (“两山”理论), and no service number (“12345”政务服务热线) or care for the old and the young
    (“一老一幼”)."""
    p = campaign_patterns_v7()
    # a quoted campaign opening the name of a site or an exhibition about it (“某某经验”陈列馆, “某某战略”实施20周年大型主题
    # 展览) or named as a theory (“两山”理论): no mention of the programme itself
    assert p["not_after"].endswith(")")
    p["not_after"] = p["not_after"][:-1] + (r"|[^，。；、,;\s“”]{0,14}?(?:陈列馆|纪念馆|展览馆|博物馆|展示馆|展馆|展览)"
                                            r"|理论|理念)")
    # a service number in quotes (“12345”政务服务热线, “96178”企业家直通省长电话号码): a hotline, not a programme
    p["not_after"] = p["not_after"][:-1] + r"|[^，。；、,;\s“”]{0,10}?(?:热线|电话|号码|专线))"
    p["not_campaign"] = [*p["not_campaign"], "一老一幼"]
    # the batch of an education campaign and a verb of carrying a style into it are no part of its name
    # (第二批|学习贯彻…主题教育, 把优良作风贯穿|主题教育全过程)
    assert p["education_lead"].endswith(")")
    p["education_lead"] = p["education_lead"][:-1] + r"|第[一二三四五六七八九十]批|贯穿|贯穿于|融入|贯彻到|落实到)"
    p["manner_before"] = r"(?:以|拿出|发扬|保持|秉持|凭着|凭借|带着|怀着|展现|彰显|弘扬|用|这种|那种|一股|一种)$"
    p["quality_after"] = (r"的?(?:[\u4e00-\u9fff]{1,2}?)?(?:决心|毅力|劲头|韧劲|干劲|闯劲|拼劲|气魄|意志|勇气|定力|恒心|"
                          r"耐心|气概|魄力|精神|状态|姿态|态度|作风)")
    return p


@registry.misc("kg.campaign_patterns.v9")
def campaign_patterns_v9() -> dict[str, Any]:
    """v8 plus 改革 written right after a slogan of the lexicon as part of its name (深化接诉即办改革: the
    campaign 接诉即办改革, its core the slogan), and no nationwide aspiration read as a building programme
    (推进美丽中国建设)."""
    p = campaign_patterns_v8()
    p["lexicon_suffix"] = r"改革(?![办委组])"
    # the nation's aspirations (美丽中国建设, 平安中国建设, 数字中国建设): goals of the whole country, annotated as no
    # campaign in any gold set; a place's own (平安某市建设, 美丽乡村建设) stays
    old = "(?:数字|平安|法治|美丽|健康|智慧|清廉)(?:"
    assert any(old in b for b in p["bare"]), "bare building programmes"
    p["bare"] = [b.replace(old, "(?:数字|平安|法治|美丽|健康|智慧|清廉)(?!中国)(?:", 1) for b in p["bare"]]
    return p


@registry.misc("kg.meeting_patterns.v9")
def meeting_patterns_v9() -> dict[str, Any]:
    """v8 plus no name ending in the preposition of a form or a verb's 着 before a kind of meeting (报告会以|电视电话会议
    形式举办, 某某一直忙着|宣讲会): the words before are no part of a name, and the bare kind is no meeting."""
    p = meeting_patterns_v8()
    assert p["trim"].endswith(")")
    p["trim"] = p["trim"][:-1] + r"|以$|着$)"
    return p


@registry.misc("kg.org_patterns.v9")
def org_patterns_v9() -> dict[str, Any]:
    """v8 plus the local branches of the vertically managed national administrations, one body named by the
    administration and its place (国家税务总局天津市河北区税务局, 国家金融监督管理总局北京监管局), a public
    security bureau's branch named after its district (某市公安局某某分局, 某某公安分局), and no State Council task
    group read across the leader who heads it (国务院副总理某某率|国务院工作组)."""
    p = org_patterns_v8()
    p["vertical_branch"] = (
        r"(?P<parent>国家税务总局|国家金融监督管理总局|金融监管总局|国家外汇管理局|国家统计局)"
        r"(?P<place>(?:(?![的与及在对为是和、，。；])[\u4e00-\u9fff]){2,16}?)"
        r"(?P<kind>税务局|税务分局|监管局|监管分局|分局|调查总队|调查队)")
    # a State Council task group named after the leader who heads it is no body across his name: 国务院副总理某某于
    # 19日率|国务院工作组 (the words between the council and the group hold no person, title or verb of leading)
    old_g = "(?:(?!成立|组建|派出|设立|决定|牵头|会同)"
    assert old_g in p["national"], "task group"
    p["national"] = p["national"].replace(old_g, "(?:(?!成立|组建|派出|设立|决定|牵头|会同|率|带领|副总理|总理|国务委员|委员|于)", 1)
    # a public security bureau's branch named after its district (某市公安局某某分局, 某某公安分局): one body
    p["police_branch"] = (r"公安局(?P<br>(?:(?![的和与及在对为是、，。；])[\u4e00-\u9fff]){2,4}?)分局"
                          r"|(?:(?<![\u4e00-\u9fff])|(?<=[的在和与及、]))(?P<br2>(?:(?![的和与及在对为是、，。；])[\u4e00-\u9fff]){2,3}?)公安分局")
    return p


@registry.misc("kg.person_patterns.v8")
def person_patterns_v8() -> dict[str, Any]:
    """v7 plus 总书记 after a surname as a titled reference (习总书记, resolved like 王书记), and a titled reference
    right after a preposition or a verb of giving or asking (给习总书记写信, 向王书记汇报, 请李县长指导): until v7 only
    after a body (县委王书记) or a non-Chinese character."""
    p = person_patterns_v7()
    old = "(?P<role>书记|"
    assert old in p["titled"], "titled roles"
    p["titled"] = p["titled"].replace(old, "(?P<role>总书记|书记|", 1)
    # the characters a titled reference may follow (a body's last character, a preposition, a verb of giving)
    p["titled_prev"] = "委府大协给向对跟让请和与同"
    return p


@registry.misc("kg.person_patterns.v9")
def person_patterns_v9() -> dict[str, Any]:
    """v8 plus the report or explanation a named official delivers to a session (主任委员某某作的关于…的报告,
    某某作了说明, 某某受国务院委托作…) as words that follow a name, so a name with a weak surname after a title is
    read there (信, 于, 和 …)."""
    p = person_patterns_v8()
    assert p["follow_multi"].endswith("|发言)"), "follow_multi"
    p["follow_multi"] = p["follow_multi"][:-1] + "|作的|作了|作关于|受国务院委托|受委托)"
    return p


@registry.misc("kg.person_patterns.v10")
def person_patterns_v10() -> dict[str, Any]:
    """v9 plus a person named by the word for what he is before his home or what he does with his family or for a
    leader (在养殖户某某家的羊圈里, 某某村某某家的土坯房, 学生某某向总书记展示, 藏族姑娘某某与丈夫…): untitled
    people of a report, found where the trained recogniser misses them; skill grades and engineers before a name
    (高级技师某某); a fall from office after a name (副行长某某落马)."""
    p = person_patterns_v9()
    # a fall from office after a name (副行长某某落马, 某某被查): the words follow names, as the discipline verbs do
    _prepend_followers(p, "落马|被查", "落马|被查")
    # skill grades and engineers before a name (高级技师某某, 工程师某某): a person named by the job
    old_rn = "|驾驶员|司机|"
    assert old_rn in p["role_name"], "role_name"
    p["role_name"] = p["role_name"].replace(old_rn, "|高级技师|技师|高级工程师|工程师|驾驶员|司机|", 1)
    p["role_home"] = (r"(?:养殖户|种植户|种粮大户|农户|村民|居民|牧民|渔民|农民|学生|姑娘|小伙子|小伙|大学生|老党员|群众|"
                      r"职工|老人|(?<=[\u4e00-\u9fff]{2})村)"
                      rf"(?P<name>{p['name']})(?=家(?:的|里|中)|向(?:总书记|习近平)|[与和](?:丈夫|妻子|家人|爱人))")
    return p


@registry.misc("kg.person_patterns.v11")
def person_patterns_v11() -> dict[str, Any]:
    """v10 plus the acts of a ceremony after a name (浙江省委书记某某点燃火种盆, 某某宣布…开始, 某某颁发…): the words
    follow names, as the speech verbs do."""
    p = person_patterns_v10()
    _prepend_followers(p, "点燃|点亮|宣布|颁发|颁奖", "点燃|点亮|宣布|颁发|颁奖")
    return p


@registry.misc("kg.person_patterns.v12")
def person_patterns_v12() -> dict[str, Any]:
    """v11 plus a two-character name the model read out of a three-character one, completed when the article writes
    the two characters twice or more and always with the same third character that opens no word with the next
    (渔民的张根友退捕后…像张根友这样: 张根友), and more people named by their trade before a name (林农某某,
    客商某某, 养殖户某某)."""
    p = person_patterns_v11()
    p["complete_names"] = True
    # more people named by their trade before a name (林农某某, 客商某某, 养殖户某某)
    old_rn = "|市民|居民|村民|"
    assert p["role_name"].count(old_rn) == 1, "role before name"
    p["role_name"] = p["role_name"].replace(old_rn, "|林农|果农|菜农|茶农|蔗农|棉农|渔民|牧民|农户|养殖户|种植户|客商|商户|"
                                                    "个体户|船员|创业者|返乡青年|市民|居民|村民|", 1)
    # (not across the home after the name: 养殖户某某|家的羊圈 — the model's reading stands)
    assert p["role_name"].count("(?P<name>") == 1, "role before name: the name"
    p["role_name"] = p["role_name"].replace("(?P<name>", "(?![\u4e00-\u9fff·]{1,4}家[的里中门])(?P<name>", 1)
    return p


@registry.misc("kg.person_patterns.v13")
def person_patterns_v13() -> dict[str, Any]:
    """v12 plus no model name that starts inside an idiom of jieba's dictionary (家|喻户晓: 喻户晓 is no name) or
    ends on the first character of a memorial's word (新四军刘老|庄连纪|念园: no 庄连纪)."""
    p = person_patterns_v12()
    p["idiom_starts"] = True
    return p


@registry.misc("kg.person_patterns.v14")
def person_patterns_v14() -> dict[str, Any]:
    """v13 plus the last name of a list run on into the verb after it (甲、乙、信长星先后发言: 信长星, a weak surname
    read only there)."""
    p = person_patterns_v13()
    p["list_end_names"] = True
    return p


@registry.misc("kg.person_patterns.v15")
def person_patterns_v15() -> dict[str, Any]:
    """v14 plus no model name right before the fund or award named after it (何梁何利基金: no 何利; 某某奖)."""
    p = person_patterns_v14()
    p["named_after"] = r"基金会|基金|奖学金|奖(?![励惩金品项])"
    return p


@registry.misc("kg.person_patterns.v16")
def person_patterns_v16() -> dict[str, Any]:
    """v15 plus a three-character name with a weak surname right after a title when a pause or 的 follows it
    (江苏省委书记信长星的专访; 信长星，…)."""
    p = person_patterns_v15()
    p["weak_name_boundary"] = r"的(?!话)|[，,。、；;）)]"
    return p


@registry.misc("kg.person_patterns.v17")
def person_patterns_v17() -> dict[str, Any]:
    """v16 plus no model name that is a frequent adjective or adverb of jieba's dictionary written before a verb, even
    right after a title (习近平主席|郑重|提出: no 郑重)."""
    p = person_patterns_v16()
    p["manner_words"] = True
    return p


@registry.misc("kg.person_patterns.v18")
def person_patterns_v18() -> dict[str, Any]:
    """v17 plus no name inside or equal to a foreign state's or city's name (习近平抵达杜尚别, 塔吉克|斯坦:
    kg/data/countries.txt and foreign_places.txt), and a surname with a title after any word when the article
    writes the full name with that title (国家主席习近平 … 响应习主席倡议)."""
    p = person_patterns_v17()
    p["foreign_places"] = True
    # a surname with a title after any character when the article writes the full name with that title (国家主席
    # 习近平 … 响应习主席倡议: the same person, a mention for resolution)
    p["titled_by_name"] = True
    return p


@registry.misc("kg.person_patterns.v19")
def person_patterns_v19() -> dict[str, Any]:
    """v18 plus a CPPCC member named before his membership and a speech verb at the head of a clause (谢伏瞻常委提出,
    张某某委员代表民革中央表示: the name; 常委 the POST of the national committee's standing committee where the
    article names the CPPCC)."""
    p = person_patterns_v18()
    p["member_after_name"] = (r"(?:(?<=^)|(?<=[。；;，,\n]))(?P<name>(?:(?![的了在和与及是将把对为向从等])[\u4e00-\u9fff·]){2,12}?)"
                              r"(?P<role>常委|委员)(?=提出|表示|说|指出|建议|认为|介绍|发言|代表|呼吁|强调|谈到)")
    return p


@registry.misc("kg.person_patterns.v20")
def person_patterns_v20() -> dict[str, Any]:
    """v19 plus more occupations before a name (村医某某, 乡村医生某某, 护士长某某, 环卫工人某某, 讲解员某某) and the deputies'
    national titles after a name (某某副委员长主持会议, 某某副总理出席)."""
    p = person_patterns_v19()
    p["titles_after_name"] = ["总书记", "副委员长", "委员长", "副总理", "总理"]
    _replace_once(p, "role_name", "|护士|", "|村医|乡村医生|护士长|护士|环卫工人|保洁员|讲解员|", "role before name: 护士")
    return p


@registry.misc("kg.date_patterns.v7")
def date_patterns_v7() -> dict[str, Any]:
    """v6 plus a time give or take (早晨6时左右), a day named by month and day in quotes with a bullet between
    (“11•21”), 夜晚/夜里 after a day (7月19日夜晚), and no holiday read out of 节点 (端午节点: 端午, the juncture of
    the festival)."""
    p = date_patterns_v6()
    d = p["date"]
    assert d.count("[多许]?") >= 1
    d = d.replace("[多许]?", "(?:[多许]|左右)?")
    old = r"(?<=[“\"])(?:1[0-2]|[1-9])·(?:3[01]|[12]\d|[1-9])(?=[”\"])"
    assert old in d, "quoted day"
    d = d.replace(old, r"(?<=[“\"])(?:1[0-2]|[1-9])[·•‧・](?:3[01]|[12]\d|[1-9])(?=[”\"])")
    old = "(?!联欢|晚会|档|"
    assert old in d, "holiday"
    d = d.replace(old, "(?!联欢|晚会|档|点|", 1)
    d = d.replace("|午后|黎明|晚)", "|午后|黎明|夜晚|夜里|晚)")
    p["date"] = r"(?:元旦|春节|元宵|清明|五一|端午|中秋|国庆)(?=节点)|" + d
    return p


@registry.misc("kg.post_patterns.v11")
def post_patterns_v11() -> dict[str, Any]:
    """v10 plus the local government departments by their full names as bodies after a level word, so that one
    written alone is an ORG (某县市场监督管理局, 某区规划和自然资源局, 某县政务服务管理局, 某市城管执法局): until v10
    only the short names (市场监管局, 自然资源局) and any department before a title were."""
    p = post_patterns_v10()
    old = "(?P<dept>考核办|"
    assert old in p["body"], "department bodies"
    full = ("市场监督管理局|规划和自然资源局|自然资源和规划局|政务服务管理局|政务服务和大数据管理局|城管执法局|"
            "城市管理局|城市管理综合执法局|综合行政执法局|医疗保障局|发展和改革局|发展改革局|工业和信息化局|"
            "人力资源和社会保障局|住房和城乡建设局|住房城乡建设局|文化和旅游局|文化广电和旅游局|文化广电旅游局|"
            "卫生健康局|林业和草原局|林业局|水务局|交通局|粮食和物资储备局|教育体育局|教体局|体育局|乡村振兴局|"
            "民族宗教事务局|行政审批服务局|大数据局|数据资源管理局|投资促进局|国有资产监督管理委员会|")
    p["body"] = p["body"].replace(old, "(?P<dept>" + full + "考核办|", 1)
    return p


@registry.misc("kg.org_patterns.v10")
def org_patterns_v10() -> dict[str, Any]:
    """v9 plus the office of a national committee without a title after it (国家防灾减灾救灾委员会办公室会同…): until
    v9 a national committee was a body only before a title (国家某某委员会副主任); and the NPC standing committee's
    working bodies by full name after a bare 常委会 (常委会代表资格审查委员会主任委员)."""
    p = org_patterns_v9()
    old = r"|国家(?:(?![的与及在对等为是从、，])[\u4e00-\u9fff]){2,8}?委员会(?=副?主任|党组|原)"
    assert old in p["national"], "national committee"
    p["national"] = p["national"].replace(
        old, r"|国家(?:(?![的与及在对等为是从、，])[\u4e00-\u9fff]){2,8}?委员会办公室" + old, 1)
    # the NPC standing committee's working bodies by their full names after a bare 常委会 (常委会代表资格审查委员会,
    # read only where the article names the NPC, as 常委会法工委)
    old = rf"常委会(?:{NPC_WORKING_SHORT})"
    assert old in p["npc_short"], "npc_short"
    p["npc_short"] = p["npc_short"].replace(
        old, rf"常委会(?:{NPC_WORKING_FULL}|{NPC_WORKING_SHORT})", 1)
    return p


#: the kinds of campaign a whole system runs nationwide (全国某某队伍教育整顿, 全国某某专项行动): the recogniser names
#: one by 全国 where the article writes it so, and the relation rules treat 全国 + one as national
NATIONWIDE_KINDS = "教育整顿|集中整治|专项整治|专项行动"

#: the party centre's decision-making commissions (chaired by the general secretary): their titles and numbered
#: meetings (中央财经委员会主任, 中央全面深化改革委员会第五次会议)
CENTRAL_COMMISSIONS = ("中央(?:全面深化改革|财经|外事工作|全面依法治国|审计|国家安全|科技|金融|网络安全和信息化|"
                       "军民融合发展|机构编制)委员会")


@registry.misc("kg.post_patterns.v12")
def post_patterns_v12() -> dict[str, Any]:
    """v11 plus the titles of the party centre's commissions (中央财经委员会主任, 中央全面深化改革委员会副主任, 中央外事
    工作委员会委员), which stand in the leaders' stacks (中共中央总书记、国家主席、中央军委主席、中央财经委员会主任某某);
    a development and reform commission by its full name (某省发展和改革委员会); the discipline commission's standing
    committee members by its full name (中共中央纪律检查委员会常务委员会委员)."""
    p = post_patterns_v11()
    p["national"] = p["national"] + rf"|{CENTRAL_COMMISSIONS}(?:副主任|主任|委员|秘书长)"
    # the discipline commission's standing committee by its full name (中共中央纪律检查委员会常务委员会委员)
    p["national"] = r"(?:中共)?中央纪律检查委员会常务委员会委员|" + p["national"]
    # a province's or city's development and reform commission by its full name (某省发展和改革委员会), a body on its
    # own as the bureaus' full names of v11 are
    old = "(?P<dept>市场监督管理局|"
    assert old in p["body"], "department bodies (v11)"
    p["body"] = p["body"].replace(old, "(?P<dept>发展和改革委员会|发展改革委员会|市场监督管理局|", 1)
    return p


#: the army's bodies whose heads are named by them (from the PLA's structure before and after the 2016 reform): the four
#: general departments, the numbered corps and group armies, the seven military regions and the five theatre commands,
#: the services, a province's military district, the Central Military Commission's departments; ``原`` (formerly) may
#: stand after the army's name (中国人民解放军原总后勤部部长)
MILITARY_BODY = (r"(?:中国人民解放军|解放军)?原?(?:总(?:后勤|参谋|政治|装备)部|(?:陆军|海军|空军)?第[一二三四五六七八九十\d]+"
                 r"(?:集团)?军|(?:沈阳|北京|兰州|济南|南京|广州|成都)军区|(?:东部|南部|西部|北部|中部)战区(?:陆军|海军|空军)?|"
                 r"陆军|海军|空军|火箭军|战略支援部队|武警部队|武装警察部队|(?:新疆|西藏)军区|"
                 r"(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|"
                 r"甘肃|青海)省军区|(?:内蒙古|广西|宁夏)军区|军委(?:联合参谋部|政治工作部|后勤保障部|装备发展部|训练管理部|国防动员部))")
#: the roles of an army body's heads
MILITARY_ROLE = r"(?:副)?(?:司令员|政治委员|政委|参谋长|军长|部长|主任)"


@registry.misc("kg.post_patterns.v13")
def post_patterns_v13() -> dict[str, Any]:
    """v12 plus the army's titles (陆军第11军军长, 成都军区副司令员, 中国人民解放军原总后勤部部长, 东部战区司令员,
    某省军区政治委员): a body of the army before the role of its head; the head of an investigation group written short
    (调查评估组组长), a congress's presidium chairman (大会主席团常务主席), a session's spokesman
    (全国政协十四届三次会议新闻发言人) and a CPPCC membership in full (政协第十四届全国委员会委员); no member read out of
    the Central Committee's name (第十六届中央委员会)."""
    p = post_patterns_v12()
    p["national"] = rf"{MILITARY_BODY}{MILITARY_ROLE}|" + p["national"]
    # the head of a State Council investigation group written short (调查评估组组长, 国务院事故调查组副组长): the
    # group the article names in full is its body
    p["national"] = r"(?:国务院)?(?:事故|灾害)?(?:调查评估组|调查组)(?:副)?组长|" + p["national"]
    # a congress's presidium (大会主席团常务主席): the presidium of the congress the article names
    p["national"] = r"(?:大会)?主席团(?:常务)?主席|" + p["national"]
    # the spokesman of a congress's session (全国政协十四届三次会议新闻发言人) and a CPPCC membership written in full
    # (政协第十四届全国委员会委员)
    p["national"] = (rf"(?:全国政协|全国人大)[{NUM_CN}]+届[{NUM_CN}]+次会议(?:新闻)?发言人|"
                     rf"政协第[{NUM_CN}]+届全国委员会(?:常务)?委员(?!会)|" + p["national"])
    # the people's organisations' leaders (中国侨联主席, 全国台联会长, 中国红十字会名誉会长, 全国妇联主席), as the
    # democratic parties' are (the body is written in the title)
    old_f = "(?P<fbody>(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)中央|全国工商联|"
    assert p["front"].startswith(old_f), "front bodies (v5)"
    p["front"] = p["front"].replace(old_f, old_f + "中国侨联|全国台联|中国红十字会|全国妇联|中国科协|中国残联|中国文联|中国作协|"
                                    "全国总工会|中华全国总工会|", 1)
    old_r = "(?P<frole>原?(?:常务副主席|副主席|名誉主席|主席|"
    assert old_r in p["front"], "front roles (v5)"
    p["front"] = p["front"].replace(old_r, old_r + "名誉会长|常务副会长|副会长|会长|理事长|", 1)
    # an organising committee's head (杭州亚运会组委会主席)
    p["national"] = (r"(?:[\u4e00-\u9fff]{2}第[\d一二三四五六七八九十]+届)?[\u4e00-\u9fff]{2,4}?"
                     r"(?:亚运会|亚残运会|奥运会|冬奥会|残奥会|冬残奥会|大运会|亚冬会|全运会|运动会|博览会)"
                     r"(?:组委会|组织委员会)(?:执行)?(?:副)?主席|" + p["national"])
    # the head of a centre, an office abroad or a laboratory before a name (某服务中心主任某某, 某委员会东亚地区代表处
    # 主任某某, 某国家实验室主任某某): the title only, as a company's or an institute's head
    assert p["company_role"].startswith("(?<=[司团行部库厂社所站院])"), "company roles (v5)"
    p["company_role"] = p["company_role"].replace(
        "(?<=[司团行部库厂社所站院])", "(?:(?<=[司团行部库厂社所站院])|(?<=中心)|(?<=代表处)|(?<=实验室))", 1)
    # the chief executive of a special administrative region (中华人民共和国澳门特别行政区第六任行政长官)
    p["national"] = (rf"(?:中华人民共和国)?(?:香港|澳门)特别行政区(?:第[{NUM_CN}]+任)?行政长官|" + p["national"])
    # (no member read out of the committee's name: 第十六届中央委员会 is no 中央委员)
    assert "|中央候补委员|中央委员|" in p["national"], "national: members of the Central Committee"
    p["national"] = p["national"].replace("|中央候补委员|中央委员|", "|中央候补委员(?!会)|中央委员(?!会)|", 1)
    return p


@registry.misc("kg.post_patterns.v14")
def post_patterns_v14() -> dict[str, Any]:
    """v13 plus a CPPCC membership stacked before another title of the person named after it (全国政协委员、某某院院士
    某某: the membership is the person's title, not the members as a group) and a programme's chief designer or
    commander before a name (中国载人航天工程总设计师某某: the title only, the programme its body, as a company's
    head), and the head of a zone's administrative committee stacked after the title in its party working committee
    (某开发区党工委书记、管委会主任某某) or the township congress's chairman after the township's party title (某镇党委
    书记、人大主席某某); roles 党委第一书记 (县人武部党委第一书记) and 主席团主席 (乡人大主席团主席); a committee's or
    government's general office (省委办公厅, 省政府办公厅); no POST for a title after 各 with no name after it (各乡镇
    党委书记列席会议: the holders as a group); the assistant to a head of government (县长助理) as a title."""
    p = post_patterns_v13()
    p["member_stack"] = True
    p["stacked_local_heads"] = True
    # the assistant to a head of government (县长助理, 市长助理): a title of its own
    _replace_once(p, "head", "(?P<hl>[省市县区镇乡旗州盟])长|", "(?P<hl>[省市县区镇乡旗州盟])长(?:助理)?|", "head of government")
    p["group_titles"] = True
    # a provincial committee's or government's general office (省委办公厅, 某省人民政府办公厅), as 办公室 is below
    _replace_once(p, "body", "(?P<psub>常委会(?!会议|议)|组织部|",
                  "(?P<psub>常委会(?!会议|议)|办公厅|组织部|", "body: party sub-bodies (v3)")
    _replace_once(p, "body", "(?P<gsub>办公室|党组)?", "(?P<gsub>办公厅|办公室|党组)?", "body: government sub-bodies")
    # a party committee's first secretary (县人武部党委第一书记: the county's party secretary by office) and the chairman
    # of a township congress's presidium (乡人大主席团主席)
    _replace_once(p, "role", "党委(?:副书记|书记|委员)", "党委(?:第一书记|副书记|书记|委员)", "role: party committee")
    _replace_once(p, "role", "(?:原|时任|前)?(?:党组(?:副书记",
                  "(?:原|时任|前)?(?:主席团(?:常务)?副?主席|党组(?:副书记", "role: first alternative")
    old = "(?:(?<=[司团行部库厂社所站院])|(?<=中心)|"
    assert p["company_role"].startswith(old), "company roles (v13)"
    p["company_role"] = p["company_role"].replace(old, "(?:(?<=[司团行部库厂社所站院])|(?<=中心)|(?<=工程)|", 1)
    assert "总工程师|" in p["company_role"], "company roles (v3)"
    p["company_role"] = p["company_role"].replace("总工程师|", "总工程师|副总设计师|总设计师|副总指挥|总指挥|", 1)
    return p


@registry.misc("kg.post_patterns.v15")
def post_patterns_v15() -> dict[str, Any]:
    """v14 plus no 常委 read out of a standing committee (政协常委会组成人员: the body, no member's title)."""
    p = post_patterns_v14()
    _replace_once(p, "role", "|书记|常委|委员|", "|书记|常委(?!会)|委员|", "role: 常委")
    return p


@registry.misc("kg.post_patterns.v16")
def post_patterns_v16() -> dict[str, Any]:
    """v15 plus the general secretary named with the central committee (中央委员会总书记, as elected at a congress)."""
    p = post_patterns_v15()
    p["national"] = r"(?:中国共产党|中共)?中央委员会总书记|" + p["national"]
    return p


@registry.misc("kg.org_patterns.v11")
def org_patterns_v11() -> dict[str, Any]:
    """v10 plus the discipline commission's standing committee (中央纪律检查委员会常务委员会, 中央纪委常委会), the
    financial regulators by their usual names (中国证监会, 国家外汇管理局; 金融监管总局 was one
    already) and the centre's numbered guidance groups of a party-wide campaign named by its bare head (主题教育中央第十二指导组,
    学习教育中央第三指导组: bodies of the campaign, as 某某学习教育中央第二指导组 after the campaign's full name)."""
    p = org_patterns_v10()
    p["national"] = (r"(?:中共)?中央纪律检查委员会常务委员会|中央纪委常委会|中国证券监督管理委员会|中国证监会|国家外汇管理局|"
                     r"(?:主题教育|学习教育)中央第[一二三四五六七八九十]+(?:指导组|巡回督导组)|" + p["national"])
    return p


@registry.misc("kg.org_patterns.v12")
def org_patterns_v12() -> dict[str, Any]:
    """v11 plus the CPPCC's special committees by name (全国政协农业和农村委员会, 全国政协提案委员会), the military
    discipline commission (军委纪委监委), a nationwide leading group (全国双拥工作领导小组), no ORG for the bare 中央委员会
    nor for a body opening the name of its own report or plan (全国人大常委会工作报告稿), no REGION for Hong Kong, Macao
    or Taiwan, and a province's one-character
    name after 驻 before the units stationed there (军队驻京有关单位; not before troops, which the sets leave unnamed:
    驻藏部队)."""
    p = org_patterns_v11()
    p["national"] = (r"全国政协(?:提案|经济|农业和农村|人口资源环境|教科卫体|社会和法制|民族和宗教|港澳台侨|外事|"
                     r"文化文史和学习)委员会|" + p["national"])
    # the military discipline commission (军委纪委监委), and a nationwide leading group (全国双拥工作领导小组) as the
    # centre's and the State Council's are
    p["national"] = r"(?:中央)?军委纪委(?:监委)?|中央人民政府|(?:香港|澳门)?特别行政区政府|" + p["national"]
    p["group"] = p["group"].replace("(?:中央层面|中共中央|中央|国务院|", "(?:中央层面|中共中央|中央|国务院|全国|", 1)
    # the body opening the name of its own report or plan (全国人大常委会工作报告稿, 全国政协2025年协商计划) is no ORG
    p["document_owner"] = True
    # Hong Kong, Macao and Taiwan are no REGION (the gold sets name none of them one; their codes stay in the table
    # for the bodies and titles that name them: 澳门特别行政区行政长官)
    p["sar_regions"] = False
    # the bare 中央委员会 (中国共产党第二十届中央委员会, 某民主党派第十六届中央委员会) is no ORG of the sets: the party
    # centre is 中共中央 or 党中央, a session of the committee a MEETING
    assert "|中央委员会|" in p["national"], "org national: 中央委员会"
    p["national"] = p["national"].replace("|中央委员会|", "|", 1)
    old = "(?=调研|"
    assert p["abbreviation"].count(old) == 1, "abbreviation (v2)"
    p["abbreviation"] = p["abbreviation"].replace(
        old, "(?=(?<=驻.)(?:有关单位|单位|机构|办事处)|调研|", 1)
    return p


@registry.misc("kg.org_patterns.v13")
def org_patterns_v13() -> dict[str, Any]:
    """v12 plus a central body's party group standing alone (中共全国政协党组, 国家发展改革委党组 as the body that
    meets or studies, not only inside a title), no national body inside the name of a law (国务院组织法修订草案,
    某某法草案), no administration for a good start written after 国家 (…现代化国家开好局: 好局 is no bureau), and no
    REGION inside a route's name (西安至安康高铁, 平顶山至漯河至周口高铁, 甘肃至浙江特高压直流输电工程), and a city
    before the 区 of 市区 named by its short name (温州|市区)."""
    p = org_patterns_v12()
    p["party_groups"] = True
    # the capital's planning commission by its full name (its short name 首规委 is resolved to it) and the State
    # Council's information office (国务院新闻办公室, 国务院新闻办)
    p["national"] = r"首都规划建设委员会|国务院新闻办公室|国务院新闻办|" + p["national"]
    p["law_names"] = True
    p["route_names"] = True
    p["city_proper"] = True
    _replace_once(p, "national", "(?<![全大格布结时变残僵开当新胜战政赛棋骗饭])局", "(?<![全大格布结时变残僵开当新胜战政赛棋骗饭好])局", "org national: 国家…局")
    return p


@registry.misc("kg.org_patterns.v14")
def org_patterns_v14() -> dict[str, Any]:
    """v13 plus a county's or city's short form that the division table drops as a common word, read right after
    a division above it and before a pause, a place word or a village's name (江西|兴国、, 湖北|恩施营上村, 湖南|华容
    三县), and a place before a memorial named after a wider area kept as the place (河南郑州|中原英烈纪念馆,
    吉林通化|东北抗日联军纪念馆; 兰州烈士陵园 stays the cemetery's name), and the military commission's departments
    and the civilisation office as bodies (中央军委政治工作部, 中央文明办)."""
    p = org_patterns_v13()
    p["weak_shorts"] = True
    p["area_memorials"] = True
    # the military commission's departments and the party centre's civilisation office by name (中央军委政治工作部,
    # 中央文明办: the sets name them as bodies of their own, as 中央网信办)
    p["national"] = (r"中央军委(?:政治工作部|联合参谋部|后勤保障部|装备发展部|训练管理部|国防动员部|纪律检查委员会|纪委|"
                     r"政法委员会|政法委|科学技术委员会|科技委|战略规划办公室|改革和编制办公室|国际军事合作办公室|审计署|"
                     r"机关事务管理总局)|中央精神文明建设指导委员会办公室|中央精神文明建设指导委员会|中央文明办|中央文明委|"
                     + p["national"])
    return p


@registry.misc("kg.org_patterns.v15")
def org_patterns_v15() -> dict[str, Any]:
    """v14 plus the CPPCC national committee's standing committee (全国政协常委会, and 政协常委会 written on its own:
    the body whose members meet, not a member's title)."""
    p = org_patterns_v14()
    p["national"] = (r"全国政协常务委员会|全国政协常委会|(?<![\u4e00-\u9fff])政协常委会(?!会议|议)|"
                     r"(?<=[本次该])政协常委会(?!会议|议)|" + p["national"])
    return p


@registry.misc("kg.org_patterns.v16")
def org_patterns_v16() -> dict[str, Any]:
    """v15 plus no body read after 各 and the levels it spans (各省区|市党委宣传部: the bodies of every province, a
    group)."""
    p = org_patterns_v15()
    p["group_bodies"] = True
    return p


@registry.misc("kg.org_patterns.v17")
def org_patterns_v17() -> dict[str, Any]:
    """v16 plus the civilisation office by its name without the commission's (中央精神文明建设办公室)."""
    p = org_patterns_v16()
    p["national"] = r"中央精神文明建设办公室|" + p["national"]
    return p


@registry.misc("kg.campaign_patterns.v10")
def campaign_patterns_v10() -> dict[str, Any]:
    """v9 plus a drive to create a named national model area as a programme (积极创建全国民族团结进步模范区: the
    campaign 全国民族团结进步模范区创建, as 建设某某示范区 gives 某某示范区建设), a quoted cross-region service
    (“川渝通办”, like the lexicon's 跨省通办), a strategy carried out together with another (实施某某战略结合起来),
    the education campaign after 运用好 (运用好某某学习教育成果), and no campaign for a quoted spirit (“两路”精神) or
    a quoted requirement with its kind before 要求 (“隐患点+风险区”双控要求); more national strategies in the lexicon
    (主体功能区战略)."""
    p = campaign_patterns_v9()
    vo = p["verb_object"]
    assert vo.count("建设(?P<x>") == 1 and "(?<=努力)|" in vo and "|核心区|" in vo, "verb-object programme"
    vo = vo.replace("建设(?P<x>", "(?P<verb>建设|创建)(?P<x>", 1).replace("(?<=努力)|", "(?<=努力)|(?<=积极)|", 1)
    p["verb_object"] = vo.replace("|核心区|", "|核心区|模范区|", 1)
    p["shapes"] = [*p["shapes"], r"[\u4e00-\u9fff]{2,4}通办"]
    # national strategies of the party congress reports (19th and 20th) not yet in the lexicon: national, whoever
    # carries them out
    p["lexicon"] = [*p["lexicon"], *(w for w in (
        "主体功能区战略", "就业优先战略", "可持续发展战略", "食品安全战略", "军民融合发展战略", "健康中国战略",
        "全面节约战略", "积极应对人口老龄化国家战略") if w not in p["lexicon"])]
    old = "|$|落地|落实|走深|取得|见效|成果)"
    assert sum(old in b for b in p["bare"]) == 1, "bare programmes after a verb of carrying out"
    p["bare"] = [b.replace(old, "|$|落地|落实|走深|取得|见效|成果|相?结合|相?衔接)", 1) for b in p["bare"]]
    # the same programmes after 开启 or a verb with 了 (全面开启某某建设行动, 实施了某某培育行动)
    old = "(?<=[施进动推实展持轮、和])(?:(?<=实施)|"
    assert sum(old in b for b in p["bare"]) == 1, "bare programmes: lead verbs"
    p["bare"] = [b.replace(old, "(?<=[施进动推实展持轮、和启了])(?:(?<=实施)|(?<=开启)|(?<=实施了)|(?<=启动了)|"
                                "(?<=开展了)|(?<=推进了)|", 1) for b in p["bare"]]
    # a programme taken as the means of the work (以某某示范创建行动为抓手)
    p["bare"] = [*p["bare"], r"(?<=以)(?![这该此其])(?:(?![的等与及之是了，。、；])[\u4e00-\u9fff]){3,14}?(?:行动|工程)"
                             r"(?=为(?:抓手|载体|牵引|突破口|引领|契机|切入点))"]
    old = "|统筹好|统筹|"
    assert old in p["education_lead"], "education lead"
    p["education_lead"] = p["education_lead"].replace(old, "|统筹好|统筹|运用好|运用|用好|", 1)
    old = "|(?:总体)?要求|"
    assert old in p["not_after"], "not after"
    p["not_after"] = p["not_after"].replace(old, r"|(?:总体|[\u4e00-\u9fff]{1,2})?要求|精神|", 1)
    return p


@registry.misc("kg.campaign_patterns.v11")
def campaign_patterns_v11() -> dict[str, Any]:
    """v10 plus the education campaign after the verb of the event held for it (举办某某学习教育专题读书班: the
    body's verb is no part of the name), and a programme taken in hand after 把 (把某某振兴行动切实抓出成效,
    把某某工程抓实); no campaign for a quoted name opening an achievement show (“某某”战略工程实施30周年成就展)
    or naming poor areas (“三区三州”深度贫困地区), for the standing forms of a party branch's life (“三会一课”) or for
    a quoted allocation per unit (“一县一业”, “一村一品”); 四下基层 in the lexicon; a quoted name ending in 计划
    (“各族青少年交流计划”) as one ending in 行动 or 工程."""
    p = campaign_patterns_v10()
    assert p["not_after"].endswith(")")
    p["not_after"] = p["not_after"][:-1] + (r"|[^，。；、,;\s“”]{0,14}?(?:成就展|主题展|图片展|专题展)"
                                            r"|(?:深度)?贫困(?:地区|县))")
    p["not_campaign"] = [*p["not_campaign"], "三会一课", "主题党日"]
    # a quoted allocation per unit (“一县一业”“一村一品”, “一县一中心”, “一户一策”): a pattern of work, no programme
    p["not_inner"] = rf"(?:{p['not_inner']})|一[县村乡镇户企园校人]一[\u4e00-\u9fff]{{1,3}}"
    # building the free-trade port named by its place (加快建设海南自由贸易港): the programme 海南自由贸易港建设
    assert "|核心区|模范区|" in p["verb_object"], "verb-object zones"
    p["verb_object"] = p["verb_object"].replace("|核心区|模范区|", "|核心区|模范区|自由贸易港|", 1)
    # a quoted programme whose own last word is 计划 (“各族青少年交流计划”), as 行动/工程 were: a named plan of four or
    # more characters before it (not “十四五”计划 or a bare quoted 计划)
    p["shapes"] = [*p["shapes"], r"[\u4e00-\u9fff]{4,16}计划"]
    # the work system of leading cadres going down to the grassroots (since 1988), named in quotes in any context
    p["lexicon"] = [*p["lexicon"], "四下基层"]
    # a requirement's kind before 要求 is no locative (在“某某”中要求: the verb 要求 after the programme)
    old = r"|(?:总体|[\u4e00-\u9fff]{1,2})?要求|"
    assert old in p["not_after"], "not after: requirements"
    p["not_after"] = p["not_after"].replace(old, r"|(?:总体|(?![中里上])[\u4e00-\u9fff]{1,2})?要求|", 1)
    # (the same show after a quoted name with its suffix: “某某”战略工程实施30周年成就展)
    p["show_after"] = (r"[^，。；、,;\s“”]{0,14}?(?:陈列馆|纪念馆|展览馆|博物馆|展示馆|展馆|展览|成就展|主题展|图片展|"
                       r"专题展)")
    old = "|统筹好|统筹|"
    assert old in p["education_lead"], "education lead"
    p["education_lead"] = p["education_lead"].replace(old, "|统筹好|统筹|举办|举行|召开|启动|印发|出台|", 1)
    p["bare"] = [*p["bare"], r"(?<=把)(?![这该此其])(?:(?![的等与及之是了，。、；])[\u4e00-\u9fff]){3,12}?(?:行动|工程)"
                             r"(?=切实|扎实|真正|抓|落实|落地|推向|作为|摆在|放在|纳入)"]
    return p


#: the national projects campaign v12 reads by their written names (the Three-North programme's three landmark battles;
#: the South–North water diversion by route and phase), and how their names end or open (one place for both: the
#: relation rules read a campaign so named as national)
NATIONAL_PROJECTS = (r"黄河“几字弯”攻坚战|科尔沁[、和与]浑善达克两大沙地歼灭战|河西走廊[—－-]{1,2}塔克拉玛干沙漠边缘阻击战",
                     r"南水北调(?:[东中西]线)?(?:一期|二期|后续)?工程")
NATIONAL_PROJECT_NAMES = r"^南水北调|两大沙地歼灭战$|几字弯”?攻坚战$|沙漠边缘阻击战$"


@registry.misc("kg.campaign_patterns.v12")
def campaign_patterns_v12() -> dict[str, Any]:
    """v11 plus two national projects by their written names: the three landmark battles of the Three-North
    shelterbelt programme (the 2023 plan: 黄河“几字弯”攻坚战, 科尔沁和浑善达克两大沙地歼灭战, 河西走廊—塔克拉玛干沙漠
    边缘阻击战) and the South–North water diversion by its route and phase (南水北调工程, 南水北调中线一期工程); a battle
    fought only when named (污染防治攻坚战, not 打好关键核心技术攻坚战); the free-trade port's building without its place
    in an article about Hainan; a quoted slogan with 建设 after it (“一带一路”建设); a drive to create model units
    (深化双拥模范创建); no campaign named by a hall after it (某某主题教育馆); the national mineral exploration drive
    (找矿突破战略行动) in the lexicon."""
    p = campaign_patterns_v11()
    p["bare"] = [*p["bare"], *NATIONAL_PROJECTS]
    # a battle after the verb that fights it is named only when it is one of the national three (污染防治攻坚战,
    # 防范化解重大风险攻坚战, 精准脱贫攻坚战) or another named programme's: 打好关键核心技术攻坚战 and 打赢反腐败斗争攻坚战
    # are figures of speech
    fights = [b for b in p["bare"] if b.startswith(r"(?:(?<=打好)|(?<=打赢)|(?<=打响))")]
    assert len(fights) == 1, "the battle after its verb (v5)"
    p["bare"] = [b for b in p["bare"] if b not in fights] + [
        r"(?:(?<=打好)|(?<=打赢)|(?<=打响))(?:污染防治|防范化解重大风险|精准脱贫|蓝天保卫战和污染防治)攻坚战"]
    # the free-trade port's building written without its place in an article about Hainan (抓住自由贸易港建设的契机,
    # 自贸港建设): Hainan's programme, the only free-trade port (since 2018)
    p["home_programmes"] = [(r"(?<!海南)(?<!特色)(?:自由贸易港|自贸港)建设(?!总体方案)", "海南", "海南自由贸易港建设")]
    # a quoted slogan with the programme word after it (“一带一路”建设) is the slogan's mention
    p["quoted_lexicon_suffix"] = r"建设(?![的成])"
    # a hall or base named after a campaign (某某主题教育馆) is no mention of it
    p["hall_after"] = True
    # the national mineral exploration drive (新一轮找矿突破战略行动, 2021–2035) in the lexicon: national
    p["lexicon"] = [*p["lexicon"], "找矿突破战略行动", "河湖长制"]
    # a constitutional principle is no campaign (“一国两制”, “澳人治澳”, “港人治港”)
    p["lexicon"] = [w for w in p["lexicon"] if w not in ("一国两制",)]
    p["not_campaign"] = [*p["not_campaign"], "一国两制", "澳人治澳", "港人治港"]
    # a drive to create model units (深化双拥模范创建), as 创建全国某某模范区 is one
    p["bare"] = [*p["bare"], r"(?:(?<=深化)|(?<=开展)|(?<=推进)|(?<=推动)|(?<=持续))(?:(?![的等和与及之是了])[\u4e00-\u9fff]){2,8}?"
                             r"模范(?:城|县|区|单位)?创建"]
    return p


@registry.misc("kg.campaign_patterns.v13")
def campaign_patterns_v13() -> dict[str, Any]:
    """v12 plus the building of any quoted programme written with 建设 after it (“两重”建设, “双城经济圈”建设, as
    “一带一路”建设 of the lexicon; not a counted place, “四个某县”建设, which the demo set names by the slogan), the lower
    Yarlung Tsangpo hydropower project by its full and short names (a national project begun in 2025, carried out in
    Tibet), the national integrated computing-power network (全国一体化算力网建设, the 2023 national plan) and the
    Yangtze's ten-year fishing ban (长江十年禁渔, since 2021), the national quality-grain programme (优质粮食工程, 2017)
    and the moral-education programme (新时代立德树人工程) in the lexicon; a drive named in full that opens its clause
    and starts there (…联合执法专项行动启动实施); a quoted programme the article also writes with 建设 named with it (“两重” beside “两重”建设); a quoted
    responsibility system with its responsible head (“米袋子”省长负责制); a system's named reform (户籍制度改革); no
    campaign for the constitutional “一府两院”, a theory's short name (“两山”), a strategy's conception (“三步走”战略
    构想) or a quoted clause opened by a verb (“通过财税改革”)."""
    p = campaign_patterns_v12()
    p["quoted_building"] = True
    # a programme's short quoted name ending in 计划 (“特岗计划”, as “三支一扶”计划 after its quotes)
    p["shapes"] = [*p["shapes"], r"(?!学习|工作|协商|年度|发展|实施|培训|教学|生产|采购|预算|出版)[\u4e00-\u9fff]{2,6}计划"]
    # a system's named reform (户籍制度改革, 考试招生制度改革, 集体林权制度改革: the sets since xwlb47 name them) after
    # the verb that carries it or opening a clause; not one with 的 inside (党的建设制度改革)
    p["bare"] = [*p["bare"], r"(?:(?<=深化)|(?<=推进)|(?<=推动)|(?<=实施)|(?<=实施了)|(?<=关于)|(?<=开展)|"
                             r"(?<=[，,。；;：:、\n]))(?!关于|深化|推进|推动|实施|开展)"
                             r"(?:(?![的和与及等在对为是了])[\u4e00-\u9fff]){2,6}?制度改革"]
    # a theory's short name is no campaign (“两山”理论, “两山”转化路径)
    p["not_campaign"] = [*p["not_campaign"], "两山"]
    # a strategy's conception or a quoted clause opened by a verb is no campaign (“三步走”战略构想; “通过财税改革”)
    p["conception_after"] = r"构想|设想"
    p["quoted_verb_start"] = r"通过|使|把|让|对|在|为了|以|从|向|将|要|必须"
    # a quoted responsibility system with the responsible head between (“米袋子”省长负责制, “菜篮子”市长负责制)
    _replace_once(p, "middle_suffix", "(?:(?:行动|工程|活动|战略|", "(?:(?:负责制|责任制|行动|工程|活动|战略|", "middle suffix")
    # a constitutional term for the government, the court and the procuratorate is no campaign (“一府两院”)
    p["not_campaign"] = [*p["not_campaign"], "一府两院", "一府一委两院"]
    p["bare"] = [*p["bare"], r"雅鲁藏布江下游水电工程|雅下水电工程"]
    p["lexicon"] = [*p["lexicon"], "全国一体化算力网建设", "长江十年禁渔", "长江禁渔", "优质粮食工程",
                    "新时代立德树人工程"]
    # a drive named in full that opens its clause and is started there (新年伊始，某某流域某某联合执法专项行动启动实施)
    p["bare"] = [*p["bare"], r"(?:(?<=[，,。；;：:\n])|^)(?:(?![的和与及在对为是了等])[\u4e00-\u9fff]){4,24}?专项行动"
                             r"(?=(?:正式|全面|同步)?(?:启动|开始|展开|拉开帷幕))"]
    return p


@registry.misc("kg.campaign_patterns.v14")
def campaign_patterns_v14() -> dict[str, Any]:
    """v13 plus a quoted programme named by the start it is counted from (“基本解决执行难”开展以来), a regional
    strategy of the lexicon written with a degree inside it (长三角更高质量一体化发展: the strategy 长三角一体化发展),
    and in the lexicon the nationwide learn-from-Lei-Feng campaign (学雷锋活动, since 1963; not the volunteer work
    学雷锋志愿服务活动) and Zhejiang's mountain-and-sea cooperation (山海协作, since 2002; its 工程 after it)."""
    p = campaign_patterns_v13()
    p["started_quote"] = (r"[“\"](?P<inner>[\u4e00-\u9fff]{4,12})[”\"]"
                          r"(?=(?:全面|深入)?(?:开展|实施|启动|推行|部署)以来)")
    p["lexicon_infix"] = r"更高质量|高质量|更高水平"
    p["lexicon_infix_tails"] = ["一体化发展", "协同发展"]
    p["lexicon"] = [*p["lexicon"], "学雷锋活动", "山海协作工程", "山海协作"]
    return p


@registry.misc("kg.campaign_patterns.v15")
def campaign_patterns_v15() -> dict[str, Any]:
    """v14 plus the lexicon's building programmes written verb first (建设全国统一大市场, 建设西部陆海新通道: the
    programme 全国统一大市场建设, as the sets name a verb–object programme by its noun form; not before a goal's noun:
    建设粤港澳大湾区|国际科技创新中心) and its nationwide programmes written without 全国 (统一大市场建设); the national
    water-transfer projects 引江补汉工程, 引江济淮工程 and 滇中引水工程 in the lexicon; no mention for a project's
    building site (某某工程施工现场, 某某工程工地)."""
    p = campaign_patterns_v14()
    p["lexicon_verb_first"] = True
    p["lexicon_verb_first_not_before"] = (r"[\u4e00-\u9fff]{0,8}?(?:中心|高地|基地|枢纽|城市|示范区|先行区|样板|标杆|平台|"
                                          r"体系|门户|窗口)")
    p["lexicon_nationwide_short"] = True
    # the national water-transfer projects of the 172 major water projects, named like 南水北调 (引江补汉 since 2022,
    # 引江济淮 since 2016, 滇中引水 since 2017)
    p["lexicon"] = [*p["lexicon"], "引江补汉工程", "引江济淮工程", "滇中引水工程"]
    # a project's building site is a place, no mention of the project (到某某工程施工现场, 来到某某工程工地)
    p["site_after"] = r"(?:施工|建设)?(?:现场|工地)"
    return p


@registry.misc("kg.campaign_patterns.v16")
def campaign_patterns_v16() -> dict[str, Any]:
    """v15 plus a quoted name opening a longer drive's name after the verb that launches it (开展“百城万企”民企高校
    携手促就业行动: one drive, the quoted words its core) and a quoted drive named with its year or graduating class
    (“2026届高校毕业生就业扩容提质行动”)."""
    p = campaign_patterns_v15()
    p["launched_long_middle"] = (r"(?:(?<=开展)|(?<=实施)|(?<=启动)|(?<=部署)|(?<=组织)|(?<=推出))"
                                 r"[“\"](?P<inner>[\u4e00-\u9fff]{2,8})[”\"]"
                                 r"(?P<mid>(?:(?![的和与及等在是了])[\u4e00-\u9fff]){5,12}?)"
                                 r"(?P<suf>专项行动|行动|工程|活动)(?![\u4e00-\u9fff]{0,2}(?:中心|基地|馆))")
    p["shapes"] = [*p["shapes"], r"(?:19|20)\d{2}(?:年度|年|届)[\u4e00-\u9fff]{4,20}(?:专项行动|行动|活动|工程|计划)"]
    return p


@registry.misc("kg.campaign_patterns.v17")
def campaign_patterns_v17() -> dict[str, Any]:
    """v16 plus no campaign where 建设 is the verb of making something into something (把某某大湾区建设|成为…: the
    region is built into a goal) or a strategy's name opens its goal (建成科技强国战略|目标)."""
    p = campaign_patterns_v16()
    p["conception_after"] = (p["conception_after"] + r"|(?<=战略)目标"
                             r"|(?<=建设)成(?!效|果|就|绩|本|员|长|熟|立|功|型|批|片|套|为常态)")
    return p


@registry.misc("kg.campaign_patterns.v18")
def campaign_patterns_v18() -> dict[str, Any]:
    """v17 plus no campaign inside the title of a broadcast series (《共建“一带一路”·权威访谈》) and none for the
    state's constitutional systems (人民代表大会制度, 民族区域自治制度: institutions, not programmes)."""
    p = campaign_patterns_v17()
    p["series_titles"] = True
    p["not_campaign"] = [*p["not_campaign"], "人民代表大会制度", "民族区域自治制度", "基层群众自治制度",
                         "中国共产党领导的多党合作和政治协商制度", "多党合作和政治协商制度", "社会主义基本经济制度"]
    return p


@registry.misc("kg.campaign_patterns.v19")
def campaign_patterns_v19() -> dict[str, Any]:
    """v18 plus the private sector's poverty-relief programme (光彩事业, since 1994) in the lexicon, and no longer drive
    whose words between the quote and the noun hold a verb of doing (组织企业“出海”|开展商务|活动: the activity, no
    named drive)."""
    p = campaign_patterns_v18()
    old = r"(?P<mid>(?:(?![的和与及等在是了])[\u4e00-\u9fff]){5,12}?)"
    assert p["launched_long_middle"].count(old) == 1, "launched long middle"
    p["launched_long_middle"] = p["launched_long_middle"].replace(
        old, r"(?P<mid>(?:(?![的和与及等在是了]|开展|举办|进行|参加|组织)[\u4e00-\u9fff]){5,12}?)", 1)
    p["lexicon"] = [*p["lexicon"], "光彩事业"]
    old = r"(?:(?![的等和与及之])[\u4e00-\u9fff]){0,4}?"
    assert p["middle"] == old, "middle"
    p["middle"] = r"(?:(?![的等和与及之]|开展|举办|进行|参加|组织)[\u4e00-\u9fff]){0,4}?"
    return p


@registry.misc("kg.meeting_patterns.v10")
def meeting_patterns_v10() -> dict[str, Any]:
    """v9 plus the meetings that analyse a situation or consult on it (防汛形势分析会议, 经济形势分析会, 汛情会商会,
    风险研判会)."""
    p = meeting_patterns_v9()
    old = "|调度会|"
    assert old in p["suffix"], "meeting suffix"
    p["suffix"] = p["suffix"].replace(
        old, "|调度会|形势分析会议|形势分析会|分析会议|分析会|研判会议|研判会|会商会议|会商会|", 1)
    # (kinds as well: 召开专题分析会 names no meeting)
    p["generic_suffix"] = [*p["generic_suffix"], "形势分析会议", "形势分析会", "分析会议", "分析会", "研判会议",
                           "研判会", "会商会议", "会商会"]
    return p


@registry.misc("kg.meeting_patterns.v11")
def meeting_patterns_v11() -> dict[str, Any]:
    """v10 plus no meeting cut short before the site named after it (某某工作会|议会址: the 会议会址 is a site, not the
    meeting 某某工作会), the numbered meetings of the party centre's commissions (中央财经委员会第六次会议,
    中央全面深化改革委员会第五次会议), a law's implementation meeting (某某保护法实施座谈会) and the secretaries-general's
    meeting (全国党委和政府秘书长会议)."""
    p = meeting_patterns_v10()
    num = rf"[{NUM_CN}〇零\d]+"
    p["session"] = rf"{CENTRAL_COMMISSIONS}第{num}次(?:全体会议|会议)|" + p["session"]
    # the meeting of the secretaries-general (全国党委和政府秘书长会议), as the ministers' and heads' meetings
    assert "|厅局长会议|" in p["suffix"], "meeting suffix: heads' meetings"
    p["suffix"] = p["suffix"].replace("|厅局长会议|", "|厅局长会议|秘书长会议|", 1)
    # a law's implementation names the meeting about it (召开某某保护法实施座谈会): 实施 after a law's name is no verb
    # cut from the name
    assert "|实施|" in p["trim"], "meeting trim: 实施"
    p["trim"] = p["trim"].replace("|实施|", "|(?<![法例》])(?<!规定)(?<!纲要)实施|", 1)
    old = "|委员|会址|旧址)"
    assert old in p["suffix"], "meeting suffix: sites"
    p["suffix"] = p["suffix"].replace(old, "|委员|议?会址|议?旧址)")
    return p


@registry.misc("kg.meeting_patterns.v12")
def meeting_patterns_v12() -> dict[str, Any]:
    """v11 plus a mobilisation meeting named by what it starts (巡视进驻动员会, 中央第三巡视组巡视某省工作动员会) and a
    naming assembly (全国双拥模范城（县）命名大会); a bare 动员会, 命名大会 or 代表大会 is a kind."""
    p = meeting_patterns_v11()
    assert "|动员大会|" in p["suffix"], "meeting suffix: mobilisation"
    p["suffix"] = p["suffix"].replace("|动员大会|", "|动员大会|动员会议|动员会|命名表彰大会|命名大会|颁奖大会|代表会议|启动会议|启动会|", 1)
    # a numbered study session of the State Council (国务院第十九次专题学习), as the Politburo's 集体学习
    num = rf"[{NUM_CN}〇零\d]+"
    p["session"] = rf"(?:国务院)?第{num}次专题学习|" + p["session"]
    # a commission's session with its term before it (二十届中央国家安全委员会第一次会议)
    p["session"] = rf"{num}届{CENTRAL_COMMISSIONS}第{num}次(?:全体会议|会议)|" + p["session"]
    p["generic_suffix"] = [*p["generic_suffix"], "动员会", "动员会议", "命名大会", "代表大会", "颁奖大会", "代表会议", "启动会",
                           "启动会议"]
    # a standing committee's kind (列席常委会会议): no name (a press conference held, 召开新闻发布会, stays one: the sets
    # differ on 专题新闻发布会)
    assert p["generic_name"] == r"^(?:专题|集中|扩大|全体|专门|一次|这次|本次)$", "meeting generic names (v8)"
    p["generic_name"] = r"^(?:专题|集中|扩大|全体|专门|一次|这次|本次|常委会)$"
    return p


@registry.misc("kg.meeting_patterns.v13")
def meeting_patterns_v13() -> dict[str, Any]:
    """v12 plus a theory study group's collective study (某党组举行理论学习中心组集体学习, 中心组专题学习), a meeting
    as the study session of the group (市委中心组学习会) is, a congress by its number after the party's name
    whatever word follows it (中共二十大着眼…, 党的二十大提出), 党的 inside a meeting's name (全国高校党的建设工作
    会议), and a local standing committee's numbered session without its term (县人大常委会第十五次会议)."""
    p = meeting_patterns_v12()
    old = "|理论学习中心组学习会|"
    assert old in p["suffix"], "meeting suffix: study sessions"
    p["suffix"] = p["suffix"].replace(old, "|理论学习中心组集体学习|理论学习中心组专题学习|中心组集体学习|中心组专题学习|"
                                           "理论学习中心组学习会|", 1)
    # a local standing committee's numbered session written without its term (县人大常委会第十五次会议, 市委常委会第
    # 三次会议)
    num = rf"[{NUM_CN}〇零\d]+"
    p["session"] = rf"(?:{LEVEL})(?:人大常委会|政协常委会|委常委会)第{num}次(?:全体会议|会议)|" + p["session"]
    # after the verb that holds it a meeting's name opens with its programme's verb (召开|实施某某工作动员部署视频会议),
    # and 经开区 is no 经 that opens the words before a name (国家级经开区40周年座谈会)
    p["after_held"] = True
    assert p["trim"].count("|经(?!济)|") == 1, "meeting trim: 经"
    p["trim"] = p["trim"].replace("|经(?!济)|", "|经(?!济|开区)|", 1)
    # 党的 inside a meeting's name (全国高校党的建设工作会议): the party's, no 的 that ends the words before the name
    assert p["trim"].count("|了|的|是|") == 1, "meeting trim: 的"
    p["trim"] = p["trim"].replace("|了|的|是|", "|了|(?<!党)的|是|", 1)
    # a congress by its number after the party's name, whatever follows (中共二十大着眼…): the name says what it is
    p["congress"] = (r"(?:中共|中国共产党|党的)(?:[一二]十[一二三四五六七八九]?|十[一二三四五六七八九]?)大(?![会学厦楼道庆])|"
                     + p["congress"])
    return p


@registry.misc("kg.meeting_patterns.v14")
def meeting_patterns_v14() -> dict[str, Any]:
    """v13 plus a meeting named by a quoted title with a subtitle after a dash (“把某某精神代代传承下去——纪念某某
    题词六十周年”座谈会: one name, the persons inside it none)."""
    p = meeting_patterns_v13()
    p["quoted_titles"] = True
    return p


@registry.misc("kg.meeting_patterns.v15")
def meeting_patterns_v15() -> dict[str, Any]:
    """v14 plus seminars (某某生平和思想研讨会, 学术研讨会: a meeting like a symposium)."""
    p = meeting_patterns_v14()
    _replace_once(p, "suffix", "|座谈会|", "|座谈会|学术研讨会|理论研讨会|研讨会|", "meeting suffix: 座谈会")
    p["generic_suffix"] = [*p["generic_suffix"], "研讨会"]
    return p


@registry.misc("kg.meeting_patterns.v16")
def meeting_patterns_v16() -> dict[str, Any]:
    """v15 plus the events leaders open, address or chair, named with their edition or year (第五届中国国际进口博览会,
    2023年某某论坛; not a fair named without one, 某某国际博览会), and a launch ceremony after its name (2023年全国某某
    活动周启动式)."""
    p = meeting_patterns_v15()
    # (the host's name may open it after a verb or a pause: 出席|新开发银行第八届理事会年会)
    p["numbered_event"] = (r"(?:(?:(?<=出席)|(?<=参加)|(?<=举办)|(?<=召开)|(?<=举行)|(?<=[在的和与、，,。：:\n“])|"
                           r"(?<![\u4e00-\u9fff]))(?:(?!出席|参加|举办|召开|举行|开幕|在|的|和|与|是|了)"
                           r"[\u4e00-\u9fff]){1,8}?)?"
                           r"(?:(?:19|20)\d{2}年?|第[一二三四五六七八九十百\d]+届|首届)"
                           r"(?:(?![的在和与是了，。；、])[\u4e00-\u9fff·“”]){2,24}?"
                           r"(?:博览会|交易会|洽谈会|论坛|峰会|年会)(?![\u4e00-\u9fff]{0,2}(?:期间|展区|展馆))")
    old = "|启动会议|启动会|"
    assert p["suffix"].count(old) == 1, "meeting suffix: 启动会"
    # (not a ceremony, 启动仪式: the sets name no torch relay's launch ceremony)
    p["suffix"] = p["suffix"].replace(old, "|启动会议|启动会|启动式|", 1)
    p["generic_suffix"] = [*p["generic_suffix"], "启动式"]
    return p


@registry.misc("kg.meeting_patterns.v17")
def meeting_patterns_v17() -> dict[str, Any]:
    """v16 plus annual meetings and numbered summits (新开发银行第八届理事会年会, 金砖国家领导人第十四次会晤), and a
    meeting named by the study it holds, opening its sentence (学习贯彻某某关于某某的重要思想座谈会,
    全国政协委员读书群学习宣传贯彻某某精神交流会, 认真学习贯彻甲精神、深入学习贯彻乙重要思想交流会: one name, the
    persons, titles and congresses inside it none)."""
    p = meeting_patterns_v16()
    # a numbered summit of leaders (金砖国家领导人第十四次会晤)
    p["numbered_event"] = (p["numbered_event"] + r"|(?:(?![的在和与是了，。；、])[\u4e00-\u9fff]){2,16}?"
                           r"第[一二三四五六七八九十百\d]+次(?:会晤|峰会)")
    p["study_meeting"] = (r"(?:(?<=[：:。！？!?\n])|^)\s*"
                          r"(?P<name>[^，,。；;：:\n“”]{0,16}?(?:认真|深入)?学习(?:宣传)?贯彻[^，,。；;：:\n]{2,80}?"
                          r"(?:精神|重要思想|重要讲话|重要论述)(?:座谈会|交流会|研讨会|报告会|推进会|学习会))")
    return p


@registry.misc("kg.meeting_patterns.v18")
def meeting_patterns_v18() -> dict[str, Any]:
    """v17 plus a democratic party's national congress by its short name (致公党十六大, 民盟十三大), the expos by
    their short names (进博会, 服贸会; not their halls), a year's general assembly of a body (2025年某某联合会全体大会)
    and a law's anniversary named without its brackets (纪念民族区域自治法颁布实施40周年座谈会)."""
    p = meeting_patterns_v17()
    parties = r"(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)"
    p["congress"] = rf"{parties}(?:第)?(?:[一二]十[一二三四五六七八九]?|十[一二三四五六七八九]?)大(?![会学厦楼道庆])|" + p["congress"]
    p["numbered_event"] = (p["numbered_event"] + r"|(?:进博会|服贸会|广交会|消博会|链博会|东博会|投洽会|高交会)"
                           r"(?![\u4e00-\u9fff]{0,2}(?:展馆|展区|展台|期间|精神))"
                           r"|(?:19|20)\d{2}年(?:(?![的在和与是了，。；、])[\u4e00-\u9fff]){2,20}?(?:联合会|协会|理事会)"
                           r"全体(?:大会|会议)")
    p["law_anniversary"] = True
    return p


@registry.misc("kg.meeting_patterns.v19")
def meeting_patterns_v19() -> dict[str, Any]:
    """v18 plus the anniversary of a programme's start or a body's founding before a meeting's noun (庆祝光彩事业
    发起实施30周年座谈会), events whose names hold brackets or a dash (第十三届中国（阿联酋）贸易博览会, 第十六届
    中国—拉美企业家高峰会) and a year's congress (2024年中国网络文明大会)."""
    p = meeting_patterns_v18()
    old = r"(?:(?![的在和与是了，。；、])[\u4e00-\u9fff·“”]){2,24}?"
    assert p["numbered_event"].count(old) == 1, "numbered event: its name's characters"
    p["numbered_event"] = p["numbered_event"].replace(
        old, r"(?:(?![的在和与是了，。；、])[\u4e00-\u9fff·“”（）()—]){2,24}?", 1)
    _replace_once(p, "numbered_event", "(?:博览会|交易会|洽谈会|论坛|峰会|年会)",
                  "(?:博览会|交易会|洽谈会|论坛|高峰会|峰会|年会)", "numbered event: its nouns")
    p["numbered_event"] += (r"|(?:19|20)\d{2}年(?:(?![的在和与是了，。；、])[\u4e00-\u9fff]){2,16}?大会"
                            r"(?![\u4e00-\u9fff]{0,2}(?:期间|精神))")
    p["anniversary"] = True
    return p


@registry.misc("kg.date_patterns.v8")
def date_patterns_v8() -> dict[str, Any]:
    """v7 plus a day of the month with a clock time and no month (截至29日14时, 28日23时许): one DATE, as 5月29日14时;
    and two days of a month joined by 和 (11月4日和5日)."""
    p = date_patterns_v7()
    p["date"] = (r"(?<![\d月])(?:[12]\d|3[01]|[1-9])日(?:上午|下午|凌晨|晚上|早上|中午|傍晚|清晨|早晨|深夜|夜间|夜里)?"
                 r"\d{1,2}时(?:\d{1,2}分)?(?:[多许]|左右)?|"
                 # two days of one month joined by 和 (11月4日和5日), one DATE as a list with 、 (11月4、5日)
                 r"(?:\d{4}年)?(?<!\d)\d{1,2}月\d{1,2}日(?:和|及)\d{1,2}日|" + p["date"])
    return p


@registry.misc("kg.date_patterns.v9")
def date_patterns_v9() -> dict[str, Any]:
    """v8 plus a range of days across two months or years (3月30日至4月1日, 2023年12月30日至2024年1月2日): one DATE,
    as a range within one month is (3月17日至20日); a range of months in a year (2022年1月至11月) and a year's half
    (2026年上半年)."""
    p = date_patterns_v8()
    p["date"] = (r"(?:\d{4}年)?(?<!\d)\d{1,2}月\d{1,2}日(?:至|到|—|-|–)(?:\d{4}年)?\d{1,2}月\d{1,2}日|"
                 # a range of months in a year (2022年1月至11月) and a year's half (2026年上半年)
                 r"\d{4}年(?<!\d)\d{1,2}月(?:至|到|—|-|–)\d{1,2}月(?!\d{0,2}日)|\d{4}年[上下]半年|" + p["date"])
    return p


@registry.misc("kg.date_patterns.v10")
def date_patterns_v10() -> dict[str, Any]:
    """v9 plus a time spanning the turn of two months (7月底8月初, 七月底八月初): one DATE, and a zodiac year before
    the festival after a word (即将到来的龙年春节, 欢度马年春节)."""
    p = date_patterns_v9()
    month = r"(?:(?<!\d)\d{1,2}|[一二三四五六七八九十]{1,2}(?<!十[一二三四五六七八九十]))月"
    p["date"] = rf"{month}(?:底|末|下旬)(?:、|到|至)?{month}(?:初|上旬)|" + p["date"]
    _replace_once(p, "date", r"(?:(?<![\u4e00-\u9fff])[鼠牛虎兔龙蛇马羊猴鸡狗猪]年",
                  r"(?:(?:(?<![\u4e00-\u9fff])|(?<=[的迎过度庆]))[鼠牛虎兔龙蛇马羊猴鸡狗猪]年", "zodiac year (v4)")
    return p


@registry.misc("kg.date_patterns.v11")
def date_patterns_v11() -> dict[str, Any]:
    """v10 plus midnight written 零时 or 零点 after a day (2021年1月1日零时起: one DATE with its hour), more festivals
    (五四青年节, 教师节) and a decade of the last century in digits (上个世纪80年代初)."""
    p = date_patterns_v10()
    old_h, old_p = r"\d{1,2}时(?:", r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})点"
    assert old_h in p["date"] and old_p in p["date"], "date: clock times"
    p["date"] = p["date"].replace(old_h, r"(?:\d{1,2}|零)时(?:").replace(
        old_p, r"(?:\d{1,2}|零|[一二两三四五六七八九十]{1,3})点")
    # more festivals by name (五四青年节, 教师节, 五一劳动节) and a decade of the last century in digits
    # (上个世纪80年代初)
    _replace_once(p, "date", "|新春佳节|劳动节|国庆节|",
                  "|新春佳节|五一劳动节|劳动节|五四青年节|青年节|教师节|儿童节|妇女节|建军节|重阳节|"
                  "国庆节|", "date: festivals")
    p["date"] = r"上个?世纪[1-9]0年代(?:初|末|中期|中后期)?|" + p["date"]
    return p


@registry.misc("kg.date_patterns.v12")
def date_patterns_v12() -> dict[str, Any]:
    """v11 plus a year's end or start written after the year with 年 again (2002年年底, 2025年年初) and the start or
    end of this century (本世纪初, 本世纪20年代)."""
    p = date_patterns_v11()
    p["date"] = r"(?:19|20)\d{2}年年(?:底|初|末)|本世纪(?:[1-9]0年代)?(?:初|末|中叶)?(?<!纪)|" + p["date"]
    return p


@registry.misc("kg.date_patterns.v13")
def date_patterns_v13() -> dict[str, Any]:
    """v12 plus a month on its own after 于/在 (将于3月召开), opening a clause before a comma, 的 or a verb of
    starting or finishing (，4月启动…; 。11月，…; 9月的草原), after a project before such a verb (某枢纽工程9月实现
    下闸蓄水), and 金秋十月."""
    p = date_patterns_v12()
    month = r"(?:1[0-2]|[1-9])月"
    cn_month = r"(?:十[一二]|[一二三四五六七八九十])月"
    verbs = r"(?:前)?(?:启动|开始|实现|开工|完工|竣工|建成|投产|投用|召开|举行|印发|出台|发布|上线|开通|通车|正式|全面)"
    part = r"(?:初|上旬|中旬|下旬|底|末)?"  # (9月底前: the part of the month is the date's)
    p["date"] = (rf"(?<![\d.])(?:(?<=[将已]于)|(?<=[将已]在)|(?<=[，,。；;\n]于)){month}{part}(?![\d日号份])|"
                 rf"(?<=于){cn_month}{part}(?![一二三四五六七八九十日号份])|"
                 rf"(?:(?<=^)|(?<=[\n。；;，,])){month}{part}(?=[，,的]|{verbs})|"
                 rf"(?<=[程目]){month}{part}(?={verbs})|(?<=金秋){cn_month}|" + p["date"])
    return p


@registry.misc("kg.date_patterns.v14")
def date_patterns_v14() -> dict[str, Any]:
    """v13 plus a range of days in one month written without 日 after the first day (5月20至31日)."""
    p = date_patterns_v13()
    p["date"] = r"(?:\d{4}年)?(?<!\d)\d{1,2}月\d{1,2}(?:至|到|—|-|–)\d{1,2}日|" + p["date"]
    return p


@registry.misc("kg.date_patterns.v15")
def date_patterns_v15() -> dict[str, Any]:
    """v14 plus a month on its own opening a clause before 以来 (11月以来) and after 在 before a verb of holding
    (在10月召开的…)."""
    p = date_patterns_v14()
    month = r"(?:1[0-2]|[1-9])月"
    p["date"] = (rf"(?:(?<=^)|(?<=[\n。；;，,])){month}(?=以来)|"
                 rf"(?<![\d.])(?<=在){month}(?=(?:初|上旬|中旬|下旬|底)?(?:召开|举行|举办|开幕|闭幕|启动|发布|印发))|"
                 + p["date"])
    return p


@registry.misc("kg.campaign_patterns.v20")
def campaign_patterns_v20() -> dict[str, Any]:
    """v19 plus two national and provincial programmes known by their short names in the lexicon: the intelligent
    and digital transformation of manufacturing (智改数转, Jiangsu's and Fujian's) and the national computing
    network (东数西算, since 2022)."""
    p = campaign_patterns_v19()
    p["lexicon"] = [*p["lexicon"], "智改数转", "东数西算"]
    return p


@registry.misc("kg.meeting_patterns.v20")
def meeting_patterns_v20() -> dict[str, Any]:
    """v19 plus a presidium's numbered meeting after the congress or conference it presides (某某选举会议主席团第二次
    会议, 十四届全国人大一次会议主席团第三次会议) and a quoted title with a few words before the kind of meeting
    (“新征程的中国与世界”中阿媒体研讨会, “某某”国际学术论坛)."""
    p = meeting_patterns_v19()
    old = "(?:动员部署会议|"
    assert p["suffix"].startswith(old), "meeting suffix"
    p["suffix"] = "(?:主席团第[一二三四五六七八九十\\d]+次会议|" + p["suffix"][len(old) - len("动员部署会议|"):]
    p["quoted_title_kind"] = (r"“[^“”，,。；;！!？?、\n]{2,30}”(?:(?![的和与及在是了])[\u4e00-\u9fff]){0,8}?"
                              r"(?:学术研讨会|研讨会|座谈会|论坛|报告会|交流会)(?![\u4e00-\u9fff]{0,2}(?:期间|精神))")
    return p


@registry.misc("kg.post_patterns.v18")
def post_patterns_v18() -> dict[str, Any]:
    """v17 plus more foreign titles: a minister called 大臣 (沙特商务大臣), a state's ambassador to China (法国驻华大使)
    and China's ambassador or consul general to a state (中国驻希腊大使: the title from 驻, the embassy its body), a
    state's leader named without a title (缅甸领导人某某: the name only), a second head's title after 兼 (王储兼首相),
    a foreign place's head without the place's level word (罗德市长), and a list of place titles after a state's
    title (希腊副总理某某、南爱琴省省长、罗德市长)."""
    p = post_patterns_v17()
    han = "(?:(?![的在是了，。、；])[\\u4e00-\\u9fff])"
    old = f"|{han}{{1,8}}?部长))"
    assert p["foreign"].endswith(old), "foreign state roles"
    country = country_alternation()
    p["foreign"] = (p["foreign"][:-len(old)] + f"|{han}{{1,8}}?部长|{han}{{1,6}}?大臣|驻华大使))"
                    rf"|(?<!内)(?P<lcountry>{country})(?P<lead>领导人)"
                    rf"|(?:(?<=中国)|(?<=我国))驻(?P<host>{country})(?P<arole>(?:特命全权)?大使|总领事)")
    _replace_once(p, "foreign", "(?:金融城|市|县|州|省|郡|府|道))(?P<lrole>",
                  "(?:金融城|市|县|州|省|郡|府|道)?)(?P<lrole>", "foreign place suffix")
    _replace_once(p, "foreign_next", "(?:金融城|市|县|州|省|郡))(?P<lrole>",
                  "(?:金融城|市|县|州|省|郡)?)(?P<lrole>", "foreign next place suffix")
    p["foreign_lists"] = True
    _replace_once(p, "foreign_name", "|日前|近日|今天|昨天|", "|日前|近日|今天|昨天|邀请|到|抵达|来华|访问|发来|致电|", "foreign name followers")
    p["foreign_stack"] = (rf"兼(?P<srole>{han}{{1,8}}?部长|{han}{{1,6}}?大臣|外长|副?总理|首相|副?总统|国防部长)")
    return p


@registry.misc("kg.post_patterns.v19")
def post_patterns_v19() -> dict[str, Any]:
    """v18 plus a state written with its form (塔吉克斯坦共和国总统), a chamber's speaker (议会上院议长: the chamber its
    body), the head of a foreign university, firm or bank before a transliterated name (美国某某大学校长某某: the title
    only, the unit its body), an acting or executive head of an international organisation (国际大体联代理主席), a
    city's mayor after 兼 (议长兼杜尚别市长), a state's titles listed after the first with the state written once
    (总统某某率议长某某、外长某某), and the people's organisations' and Beijing-style commissions at every level
    (朝阳区交通委, 某市教委)."""
    p = post_patterns_v18()
    han = "(?:(?![的在是了，。、；])[\\u4e00-\\u9fff])"
    country = country_alternation()
    f = p["foreign"]
    old = ")(?:(?P<place>"
    assert f.count(old) == 1, "foreign: place after the state"
    f = f.replace(old, ")(?:共和国|王国|联邦|合众国)?(?:(?P<place>", 1)
    old = "(?P<srole>副?(?:总统|"
    assert f.count(old) == 1, "foreign: state roles"
    f = f.replace(old, "(?P<srole>(?:议会)?(?:上院|下院|参议院|众议院|国民议会)副?议长|副?(?:总统|", 1)
    old = "(?P<irole>副?(?:"
    assert f.count(old) == 1, "foreign: international roles"
    f = f.replace(old, "(?P<irole>(?:代理|执行|名誉|常务)?副?(?:", 1)
    f += (rf"|(?<!内)(?P<ucountry>{country})(?P<unit>(?:(?![的和与及在是、，。])[\u4e00-\u9fff]){{2,10}}?"
          r"(?:大学|学院|公司|集团|银行|基金会|研究院|研究所|博物馆|商会))"
          r"(?P<urole>(?:前任|名誉)?(?:校长|院长|总裁|董事长|首席执行官|总经理|行长|所长|馆长|会长|主席))")
    p["foreign"] = f
    p["foreign_next"] = (p["foreign_next"] + rf"|(?:、|率领?)(?P<nrole>外长|外交部长|{han}{{1,8}}?部长|{han}{{1,6}}?大臣|副总理|"
                         r"副总统|(?:议会)?(?:上院|下院|参议院|众议院|国民议会)?副?议长)")
    p["foreign_stack"] = (p["foreign_stack"] + r"|兼(?P<splace>(?:(?![的和与及在是、，。])[\u4e00-\u9fff]){1,6}?市?)"
                          r"(?P<slrole>副?(?:市长|州长|省长))")
    _replace_once(p, "body", "|总工会|团委|妇联|科协|工商联|",
                  "|总工会|团委|妇联|科协|工商联|交通委|教委|科委|商委|农委|经信委|住建委|规自委|", "post body: people's organisations (v19)")
    return p


@registry.misc("kg.post_patterns.v20")
def post_patterns_v20() -> dict[str, Any]:
    """v19 plus a democratic party's local committee and its chair (民革北京市委会主委, 九三学社某省委副主委: the
    committee its body, in the region it names) and the federation's executive committee with its term
    (全国工商联第十二届执行委员会主席: the federation)."""
    p = post_patterns_v19()
    old = "(?P<frole>"
    assert p["front"].count(old) == 1, "front roles"
    p["front"] = p["front"].replace(
        old, r"(?:第[一二三四五六七八九十]+届(?:执行委员会|中央委员会|委员会))?" + old, 1)
    p["front_local"] = (r"(?P<party>民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)"
                        r"(?P<place>[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|区|县|州))(?P<committee>委员会|委会|委)"
                        r"(?P<lrole>副主委|主委|副主任委员|主任委员|秘书长)")
    return p


@registry.misc("kg.meeting_patterns.v21")
def meeting_patterns_v21() -> dict[str, Any]:
    """v20 plus a joint commission's, council's or cooperation's numbered meeting (中新双边合作联委会第十九次会议, 某某
    联合协调理事会第七次会议, 澜沧江—湄公河合作第四次领导人会议), a forum's plenary after its name (第某届某某国际经济论坛
    全会), and a summit's numbered meeting read only from the start of its name (应邀赴巴西出席|某某领导人第十七次会晤)."""
    p = meeting_patterns_v20()
    start = _EVENT_NAME_START
    old = r"|(?:(?![的在和与是了，。；、])[\u4e00-\u9fff]){2,16}?第[一二三四五六七八九十百\d]+次(?:会晤|峰会)"
    assert p["numbered_event"].count(old) == 1, "numbered summits"
    p["numbered_event"] = p["numbered_event"].replace(
        old, "|" + start + old[1:].replace("(?:(?!", "(?:(?!出席|参加|主持|召开|举行|应邀|赴)(?!", 1).replace(
            "[\\u4e00-\\u9fff]){2,16}?", "[\\u4e00-\\u9fff（）()—]){2,16}?", 1), 1)
    _replace_once(p, "numbered_event", "(?:博览会|交易会|洽谈会|论坛|高峰会|峰会|年会)",
                  "(?:博览会|交易会|洽谈会|论坛全会|论坛|高峰会|峰会|年会)", "numbered event nouns")
    p["numbered_event"] += ("|" + start + r"(?:(?!出席|参加|主持|召开|举行|会议|通过|审议|批准|决定|根据|按照|关于|依照|听取)(?![的在和与是了，。；、])"
                            r"[\u4e00-\u9fff（）()—]){2,30}?"
                            r"(?:联合委员会|委员会|联委会|理事会|合作|机制)第[一二三四五六七八九十百\d]+次(?:领导人会议|全体会议|会议)")
    return p


@registry.misc("kg.campaign_patterns.v21")
def campaign_patterns_v21() -> dict[str, Any]:
    """v20 plus a quoted pilot programme (“电影+”消费综合试点工作, “某某”试点: a pilot the text names by its quoted
    head)."""
    p = campaign_patterns_v20()
    old = "(?:标志性战役|工作制度|"
    assert p["suffix"].count(old) == 2, "campaign suffix"
    p["suffix"] = p["suffix"].replace(old, "(?:标志性战役|综合试点工作|试点工作|综合试点|工作制度|", 1)
    _replace_once(p, "middle_suffix", "(?:(?:负责制|责任制|行动|",
                  "(?:(?:综合试点工作|试点工作|综合试点|负责制|责任制|行动|", "campaign middle suffix")
    return p


@registry.misc("kg.org_patterns.v19")
def org_patterns_v19() -> dict[str, Any]:
    """v18 plus no township's short form read out of an ordinal in a list (居全国第一、第二: not the 第一街道 and
    第二街道 of a city in the article's region)."""
    p = org_patterns_v18()
    p["no_ordinal_townships"] = True
    return p


@registry.misc("kg.campaign_patterns.v22")
def campaign_patterns_v22() -> dict[str, Any]:
    """v21 plus the State Council's programme of getting one thing done efficiently (高效办成一件事, since 2024) in the
    lexicon."""
    p = campaign_patterns_v21()
    p["lexicon"] = [*p["lexicon"], "高效办成一件事"]
    return p


@registry.misc("kg.campaign_patterns.v23")
def campaign_patterns_v23() -> dict[str, Any]:
    """v22 plus the field written right before a quoted programme with its kind (科技“突围”工程, 量子信息“千家场景”行动,
    文化科技卫生“三下乡”活动, 房地产融资“白名单”制度, 产业“四地”建设: the field is part of the name), after a verb, a
    pause, a year or 的 (not a group of people or a way of working: 委员履职“服务为民”活动, 高新技术企业“增量提质”行动);
    no campaign of a dialogue, forum or summit held as an event (“2026世界市长对话·北京”活动: a meeting); no time word
    between a quoted name and its kind (“爱达·花城号”目前水下工程)."""
    p = campaign_patterns_v22()
    boundary = ("(?:(?<![\u4e00-\u9fff])|(?<=[年的])|(?<=实施)|(?<=推进)|(?<=推动)|(?<=启动)|(?<=开展)|(?<=部署)|"
                "(?<=部署了)|(?<=深化)|(?<=打造)|(?<=落实)|(?<=发挥好)|(?<=发挥)|(?<=聚焦)|(?<=加快)|(?<=完善)|(?<=用好))")
    p["field_before"] = (boundary + "(?P<field>(?:(?![的了好在和与及是将把对为向从等])[\u4e00-\u9fff]){0,4}?"
                         "(?:产业集群|产业|科技|信息|卫生|融资|金融))$")
    # no time word inside the words between a quoted name and its kind (“爱达·花城号”目前水下工程: a ship's works)
    old = "(?:(?:(?![的等和与及之])[\\u4e00-\\u9fff]){0,4}?(?:行动|工程|活动)|"
    assert p["long_suffix"].startswith(old), "long suffix (v6)"
    p["long_suffix"] = ("(?:(?:(?![的等和与及之]|目前|正在|已经|今年|去年|日前|近日)[\\u4e00-\\u9fff]){0,4}?(?:行动|工程|活动)|"
                        + p["long_suffix"][len(old):])
    old = "(?:(?![的等和与及之]|开展|举办|进行|参加|组织)"
    assert p["middle"].startswith(old), "middle (v6)"
    p["middle"] = "(?:(?![的等和与及之]|开展|举办|进行|参加|组织|目前|正在|已经|今年|去年|日前|近日)" + p["middle"][len(old):]
    # a dialogue, forum or summit held as an event (“2026世界市长对话·北京”活动): a meeting (meeting v25), no campaign
    p["event_inner"] = r"[^”\"]*(?:对话|论坛|峰会)(?:·[^”\"]{1,6})?"
    return p


@registry.misc("kg.campaign_patterns.v24")
def campaign_patterns_v24() -> dict[str, Any]:
    """v23 plus no campaign of a quoted phrase that names a technique, a tactic or an industrial chain, alone or in a
    list before 等 (“雷达卫星+北斗”深度融合技术, “数字+人参”全产业链, “三大绝招”“四不打”等游击战术)."""
    p = campaign_patterns_v23()
    assert p["not_after"].endswith(")"), "not after (v18)"
    p["not_after"] = p["not_after"][:-1] + (
        r"|(?:“[^”“]{1,12}”)*等?(?:(?![的了是在和与及将把对为向从])[\u4e00-\u9fff]){0,4}?"
        r"(?:技术|战术|战法|工艺|全产业链|产业链))")
    return p


@registry.misc("kg.campaign_patterns.v25")
def campaign_patterns_v25() -> dict[str, Any]:
    """v24 plus long unquoted programmes after the verb that carries them out, up to twenty characters, two parts
    joined by 和 allowed (实施产业基础再造和重大技术装备攻关工程, 开展大模型赋能钢铁行业高质量发展专项行动, 开展为期两年
    的托育服务质量提升专项行动, 实施10万就业见习岗位募集计划, 制定了新一轮支持某某提升三年行动和某某培育计划, …行动、
    城市更新和安全韧性提升行动; not a building project: 某中心改扩建工程), and the national Marxist theory project
    by its full name (马克思主义理论研究和建设工程)."""
    p = campaign_patterns_v24()
    # the national Marxist theory project (马工程, 2004–), named in full with 和 inside
    p["lexicon"] = [*p["lexicon"], "马克思主义理论研究和建设工程"]
    after = ("(?:(?<=实施)|(?<=实施好)|(?<=开展)|(?<=打造)|(?<=制定了)|(?<=新一轮)|"
             "(?<=为期两年的)|(?<=为期一年的)|(?<=为期三年的)|(?<=为期半年的)|(?<=行动、)|(?<=行动和)|(?<=工程、)|"
             "(?<=计划和))")
    p["bare"] = [*p["bare"], (
        after + r"(?!一批|多项|各项|各级|各类|重点|相关|有关|新一轮|了|好|这|该|此|全面|一系列|系列|成为)"
        r"(?:(?![的了是在等与及，。、；])[\u4e00-\u9fff\d万]){4,20}?"
        # (not a building project: 某中心改扩建工程)
        r"(?<!改扩建)(?<!新建)(?<!续建)(?<!扩建)(?<!修缮)(?<!维修)(?<!建设)"
        r"(?:三年行动|专项行动|工程|行动|计划)(?=[和及与、，。；,;]|[^\u4e00-\u9fff]|$)")]
    return p


@registry.misc("kg.campaign_patterns.v26")
def campaign_patterns_v26() -> dict[str, Any]:
    """v25 plus a quoted “某某+” alone after the verb that carries it out or puts it forward (实施“人工智能+”, 提出
    “机器人+”: the programme; not 做好“旅游+”文章, 培育“乡村+”新业态)."""
    p = campaign_patterns_v25()
    p["bare"] = [*p["bare"], (r"(?:(?<=实施)|(?<=提出)|(?<=推进)|(?<=推动)|(?<=开展)|(?<=深化)|(?<=启动)|(?<=拓展))"
                              r"“[\u4e00-\u9fff]{1,6}\+”(?![\u4e00-\u9fff]{0,2}(?:文章|新业|业态|产业|模式))")]
    return p


@registry.misc("kg.campaign_patterns.v27")
def campaign_patterns_v27() -> dict[str, Any]:
    """v26 plus a quoted year of work with a longer field (“深化科技成果产业化突破年”: up to twelve characters before its
    kind) and 展开 before a long unquoted programme (六大产业展开提质倍增行动)."""
    p = campaign_patterns_v26()
    shapes = list(p["shapes"])
    old = "[\\u4e00-\\u9fff]{2,8}(?:建设|提升|突破|攻坚|推进|落实|服务|质量|效能|创新|招商|发展)年"
    assert shapes.count(old) == 1, "campaign shapes: years of work (v4)"
    shapes[shapes.index(old)] = old.replace("{2,8}", "{2,12}")
    p["shapes"] = shapes
    bare = list(p["bare"])
    i = len(bare) - 2  # (v25's long unquoted programmes, before v26's “某某+”)
    assert "(?<=实施好)|" in bare[i], "campaign bare: v25's long programmes"
    bare[i] = bare[i].replace("(?<=实施好)|", "(?<=实施好)|(?<=展开)|", 1)
    p["bare"] = bare
    return p


@registry.misc("kg.campaign_patterns.v28")
def campaign_patterns_v28() -> dict[str, Any]:
    """v27 plus a long unquoted special rectification after the verb that starts it (部署开展某某安全生产专项整治工作:
    the rectification, without 工作; not 开展某某、某某突出问题的专项整治), a quoted slogan taken as the way or
    handle of the work (以“富矿精开”为实施路径, 以“两个联系”为抓手; not 以“二次创业”为动力, 以“某某”为重点), and no
    campaign in numbered bases named as a positioning (等“六大产业基地”转型提升) nor in the carbon goals (“双碳”战略目标)."""
    p = campaign_patterns_v27()
    p["bare"] = [*p["bare"],
                 (r"(?:(?<=开展)|(?<=启动)|(?<=部署))(?!一批|多项|各项|相关|有关|了|好|这|该|此|全面|一系列|系列)"
                  r"(?:(?![的了是在等与及，。、；])[\u4e00-\u9fff]){4,16}?专项整治(?=工作|[和与、，。；,;]|[^\u4e00-\u9fff]|$)"),
                 (r"(?<=以)“[\u4e00-\u9fff]{2,8}”(?=为(?:总抓手|主抓手|抓手|实施路径|路径|总纲领|总牵引))")]
    p["not_inner"] = rf"(?:{p['not_inner']}|[一二三四五六七八九十两]+大[\u4e00-\u9fff]{{0,4}}基地)"
    # the carbon peak and neutrality goals are a national aim, not a programme (聚焦“双碳”战略目标, “双碳”科技)
    p["not_campaign"] = [*p["not_campaign"], "双碳"]
    return p


@registry.misc("kg.campaign_patterns.v29")
def campaign_patterns_v29() -> dict[str, Any]:
    """v28 plus a quoted name whose drive is described before its kind (启动了“小微你好”暖企助企惠企专项行动: up to eight
    characters), a quoted campaign of two parts joined by · (“多彩京秋·全民赏红行动”), a quoted battle for the air or
    water (“蓝天保卫战”; not the unquoted three battles 蓝天、碧水、净土保卫战), the programmes listed after another
    plan and before 等 (…建设计划、国家交叉学科中心建设计划、某某促进计划等15个重大项目), and no campaign of rounds or
    batches (持续开展多轮造林绿化工程); the NPC's “两个联系” in the lexicon (national: no region of the article)."""
    p = campaign_patterns_v28()
    # the NPC's tie of its standing committee with deputies and of deputies with the people (2019–): national
    p["lexicon"] = [*p["lexicon"], "两个联系"]
    p["shapes"] = [*p["shapes"], r"[\u4e00-\u9fff]{2,8}·[\u4e00-\u9fff]{2,12}(?:行动|活动|工程|计划)",
                   r"[\u4e00-\u9fff]{2,4}保卫战"]
    p["bare"] = [*p["bare"], (r"“[^“”\n，。；！？]{2,10}”(?:(?![的等和与及之了是在]|开展|举办|进行)[\u4e00-\u9fff]){5,8}?"
                              r"(?:专项行动|三年行动|行动计划)")]
    bare = list(p["bare"])
    i = next(k for k, x in enumerate(bare) if "(?<=实施好)|(?<=展开)|" in x)  # v25's long programmes (v27)
    _b = bare[i]
    assert "(?!一批|多项|各项|" in _b and "(?<=计划和))" in _b and "(?=[和及与、，。；,;]|" in _b, "campaign bare: v25"
    _b = _b.replace("(?!一批|多项|各项|", "(?!一批|多项|各项|多轮|多批|多个|若干|", 1)
    _b = _b.replace("(?<=计划和))", "(?<=计划和)|(?<=计划、))", 1)
    _b = _b.replace("(?=[和及与、，。；,;]|", "(?=[和及与、，。；,;]|等[\\d一二三四五六七八九十]+[个项条]|", 1)
    bare[i] = _b
    # (the programmes after their verb of v3 too)
    j = next(k for k, x in enumerate(bare) if x.startswith("(?<=[施进动推实展持轮、和启了])"))
    assert bare[j].count("(?![了好一这各该本此新下])") == 1, "campaign bare: programmes after their verb"
    bare[j] = bare[j].replace("(?![了好一这各该本此新下])", "(?![了好一这各该本此新下]|多轮|多批|多个|若干)")
    p["bare"] = bare
    return p


@registry.misc("kg.meeting_patterns.v22")
def meeting_patterns_v22() -> dict[str, Any]:
    """v21 plus a party congress by its full name (中国共产党第二十次全国代表大会, 中国共产党某县第十五次代表大会),
    and no meeting's name opened by 以及 or by the verb of discussing a list (日程以及|某会议, 酝酿|主席团第三次会议)."""
    p = meeting_patterns_v21()
    num = "[一二三四五六七八九十百]+"
    p["congress"] = (rf"(?:中国共产党|中共)(?:(?![的在和与是了，。；、])[\u4e00-\u9fff]){{0,12}}?第{num}次(?:全国)?代表大会"
                     r"(?!代表)|" + p["congress"])
    old = "^.*(?:"
    assert p["trim"].startswith(old), "meeting trim"
    p["trim"] = old + "以及|酝酿|" + p["trim"][len(old):]
    return p


@registry.misc("kg.meeting_patterns.v23")
def meeting_patterns_v23() -> dict[str, Any]:
    """v22 plus the numbered part of a series after the series' name (某某形势政策系列报告会第三场报告会, 某某大讲堂第五
    场讲座): one meeting, the part."""
    p = meeting_patterns_v22()
    p["series_part"] = r"第[一二三四五六七八九十百\d]+场(?:专题)?(?:报告会|讲座|宣讲会|座谈会|论坛)"
    return p


@registry.misc("kg.meeting_patterns.v24")
def meeting_patterns_v24() -> dict[str, Any]:
    """v23 plus a forum's annual meeting and its plenary (2024中关村论坛年会, 第十五届海峡论坛大会: part of the name), a numbered meeting with a quoted
    name (第七次“1+6”圆桌对话会), a conference named with its year (2023中国新媒体大会; not its delegates, 大会代表),
    no meeting word cut out of 会议 (深入学习会|议精神), no press conference (新闻发布会: the sets annotate none), and
    the central commissions' numbered meetings by their short names (中央财经委第四次会议)."""
    p = meeting_patterns_v23()
    start = _EVENT_NAME_START
    _replace_once(p, "numbered_event", "(?:博览会|交易会|洽谈会|论坛全会|论坛|高峰会|峰会|年会)",
                  "(?:博览会|交易会|洽谈会|论坛全会|论坛年会|论坛大会|论坛|高峰会|峰会|"
                  "年会)", "numbered event nouns (v20)")
    p["numbered_event"] += (
        "|" + start + r"(?:(?!出席|参加|主持|召开|举行)(?![的在和与是了，。；、])[\u4e00-\u9fff]){0,12}?"
        r"第[一二三四五六七八九十百\d]+次[“\"][^”\"\n]{1,12}[”\"](?:(?![的在和与是了，。；、])[\u4e00-\u9fff]){0,8}?"
        r"(?:圆桌对话会|对话会|圆桌会|峰会|论坛|会议)"
        "|" + start + r"(?:19|20)\d{2}年?(?:(?![的在和与是了，。；、代])[\u4e00-\u9fff]){2,16}?大会"
        r"(?![\u4e00-\u9fff]{0,2}(?:期间|精神|代表))")
    # the central commissions' numbered meetings by their short names (中央财经委第四次会议, 中央深改委第二次会议)
    p["session"] += r"|中央(?:财经|外事|深改|网信|科技|金融|审计|国安|社会工作)委第[一二三四五六七八九十百\d]+次(?:全体会议|会议)"
    # no press conference (the sets annotate none: an office informing the press, not a meeting of a body)
    _replace_once(p, "suffix", "|新闻发布会|发布会|", "|", "meeting suffix: press conferences")
    # no meeting word cut out of 会议 (深入学习会|议精神: 学习会 is no meeting there)
    p["suffix"] = "(?:" + p["suffix"] + ")(?!(?<=会)议)"
    return p


@registry.misc("kg.meeting_patterns.v25")
def meeting_patterns_v25() -> dict[str, Any]:
    """v24 plus a dialogue, forum or summit named in quotes with its year and held as an event (2026“世界市长对话·西安”
    活动, “2026世界市长对话·北京”活动: a meeting, as the sets have it, not a campaign) and two events held as one,
    joined by 暨 (第二十一届中国—东盟博览会暨中国—东盟商务与投资峰会); a name that opens the report with studying
    something keeps its verbs (央视网消息：深入学习贯彻…重要讲话精神专题会议, 学习贯彻…中央宣讲团动员会); no name
    opened by 去年 (去年中央经济工作会议); the Canton Fair with its season (春季广交会)."""
    p = meeting_patterns_v24()
    p["numbered_event"] += (r"|(?:(?:19|20)\d{2}年?)?[“\"](?:(?:19|20)\d{2}年?)?[^”\"\n]{2,16}?(?:对话|论坛|峰会)"
                            r"(?:·[^”\"\n]{1,6})?[”\"]活动")
    # a name that opens the report with studying something keeps its verbs (央视网消息：深入学习贯彻…专题会议)
    p["study_opening"] = True
    # the Canton Fair with its season (春季广交会: the spring session, one name)
    p["numbered_event"] = (r"(?:春季|秋季)广交会(?![\u4e00-\u9fff]{0,2}(?:展馆|展区|展台|期间|精神))|"
                           + p["numbered_event"])
    # no meeting's name opened by the year before (去年中央经济工作会议: the conference of last year, named alone)
    old = "^.*(?:"
    assert p["trim"].startswith(old), "meeting trim"
    p["trim"] = old + "去年|前年|" + p["trim"][len(old):]
    # two events held as one, joined by 暨 (第二十一届中国—东盟博览会暨中国—东盟商务与投资峰会)
    ev = "(?:(?![的在和与是了，。；、])[\\u4e00-\\u9fff—·]){2,24}?"
    ev2 = "(?:(?![的在是了，。；、])[\\u4e00-\\u9fff—·]){2,24}?"  # (the second may join two words: 商务与投资峰会)
    kinds = "(?:博览会|交易会|洽谈会|论坛|高峰会|峰会|年会|大会)"
    # (first: an alternation takes its first branch that matches, and the joined name is the longer)
    p["numbered_event"] = (r"(?:(?<=出席)|(?<=参加)|(?<=举办)|(?<=举行)|(?<=[在的和与、，,。：:\n“])|(?<![\u4e00-\u9fff]))"
                           rf"(?:(?:19|20)\d{{2}}年?|第[一二三四五六七八九十百\d]+届|首届){ev}{kinds}暨{ev2}{kinds}|"
                           + p["numbered_event"])
    return p


@registry.misc("kg.meeting_patterns.v26")
def meeting_patterns_v26() -> dict[str, Any]:
    """v25 plus the meetings of a presidium's standing chairmen (十四届全国人大一次会议主席团常务主席第一次会议, 主席团常务
    主席第二次会议: one name, the session's before it), a summit of China with a region (中国—中亚峰会), the national
    awards and academicians' conferences (国家科学技术奖励大会, 两院院士大会) and a people's organisation's congress by its
    short name (中国科协十大, 全国妇联十三大)."""
    p = meeting_patterns_v25()
    start = _EVENT_NAME_START
    p["numbered_event"] += (  # (a cheap lookahead first: the boundary's lookbehinds run only where the name can start)
        "|(?=中国—)" + start + r"中国—(?:(?![的在和与是了，。；、])[\u4e00-\u9fff]){2,8}?峰会(?![\u4e00-\u9fff]{0,2}(?:精神|成果))"
        r"|(?:国家科学技术奖励大会|两院院士大会|中国科学院院士大会|中国工程院院士大会)")
    # (a pattern of its own, read only where one of the bodies is named: its last character, 大, is in every text)
    p["org_congress_bodies"] = ["中国科协", "全国妇联", "全国总工会", "中国文联", "中国作协", "全国台联", "中国侨联",
                                "全国工商联", "中国残联"]
    p["org_congress"] = (r"(?:" + "|".join(p["org_congress_bodies"]) + r")"
                         r"[一二三四五六七八九十]+大(?=以来|召开|开幕|闭幕|精神|上|期间|胜利|[，。、；）)”]|$)")
    _replace_once(p, "suffix", "(?:主席团第[一二三四五六七八九十\\d]+次会议|",
                  "(?:主席团常务主席第[一二三四五六七八九十\\d]+次会议|主席团第[一二三四五六七八九十\\d]+次会议|",
                  "meeting suffix: a presidium's numbered meeting (v20)")
    return p


@registry.misc("kg.meeting_patterns.v27")
def meeting_patterns_v27() -> dict[str, Any]:
    """v26 plus a leaders' study seminar (省部级主要领导干部学习贯彻…精神专题研讨班: a MEETING with its opening and closing
    ceremonies) and no meeting in the name of its members (国务院全体会议组成人员出席会议: the State Council's)."""
    p = meeting_patterns_v26()
    _replace_once(p, "suffix", "|学术研讨会|", "|专题研讨班|学术研讨会|", "meeting suffix: seminars")
    _replace_once(p, "suffix", "(?!制度|常务|主席|秘书|委员|", "(?!制度|常务|主席|秘书|委员|组成人员|",
                  "meeting suffix: what follows no meeting's name")
    p["study_audience"] = True  # (省部级主要领导干部|学习贯彻…: the audience opens the name too)
    return p


@registry.misc("kg.meeting_patterns.v28")
def meeting_patterns_v28() -> dict[str, Any]:
    """v27 plus no cut of a meeting's name inside a slogan of the campaign lexicon (马克思主义理论研究和建设工程工作会议,
    党纪学习教育工作会议: the whole slogan opens the name, not what follows its 研究 or 学习)."""
    p = meeting_patterns_v27()
    p["lexicon_names_whole"] = True
    return p


@registry.misc("kg.post_patterns.v25")
def post_patterns_v25() -> dict[str, Any]:
    """v24 plus no leaders inside an international organisation's name before its officer's title (东盟国家领导人和东盟
    秘书长: only 东盟秘书长; 联合国贸易和发展会议副秘书长 keeps its 和)."""
    p = post_patterns_v24()
    _replace_once(p, "foreign", "(?:(?![的在是了，。、；])[\\u4e00-\\u9fff]){0,12}?(?:组织|委员会",
                  "(?:(?![的在是了，。、；]|领导人|国家领导)[\\u4e00-\\u9fff]){0,12}?(?:组织|委员会",
                  "foreign: an international organisation's name (v17)")
    return p


@registry.misc("kg.post_patterns.v26")
def post_patterns_v26() -> dict[str, Any]:
    """v25 plus a special committee's chairman named after the verb of hearing his report (会议听取了宪法和法律委员会
    主任委员某某作的…报告: the committee's title, as after 担任)."""
    p = post_patterns_v25()
    _replace_once(p, "committee", "(?:(?<=担任)|", "(?:(?<=担任)|(?<=听取了)|(?<=听取)|", "committee titles (v3)")
    return p


@registry.misc("kg.post_patterns.v27")
def post_patterns_v27() -> dict[str, Any]:
    """v26 plus a Gulf state's emir and a head of state's office director (科威特埃米尔某某, 总统办公厅主任某某)."""
    p = post_patterns_v26()
    _replace_once(p, "foreign", "|副?(?:总统|总理|首相|国王|女王|王储|议长|",
                  "|(?:总统|国王)办公厅(?:副)?主任|副?(?:总统|总理|首相|国王|女王|王储|埃米尔|议长|",
                  "foreign: state roles (v17)")
    return p


@registry.misc("kg.post_patterns.v28")
def post_patterns_v28() -> dict[str, Any]:
    """v27 plus a senior academician (中国工程院资深院士: an academician over eighty) and a CPPCC national vice-chair
    with the full name of the body and the terms served (中国人民政治协商会议第七届、八届、九届全国委员会副主席, as an
    obituary writes it)."""
    p = post_patterns_v27()
    _replace_once(p, "national", "(?:外籍)?院士", "(?:外籍|资深)?院士", "national: academicians (v3)")
    p["national"] = (rf"中国人民政治协商会议第[{NUM_CN}]+届(?:、第?[{NUM_CN}]+届)*全国委员会(?:副)?主席|"
                     + p["national"])
    return p


@registry.misc("kg.meeting_patterns.v32")
def meeting_patterns_v32() -> dict[str, Any]:
    """v31 plus the two sessions by their common name alone just over (两会一结束，…; 两会刚结束，…)."""
    p = meeting_patterns_v31()
    _replace_once(p, "congress", "(?=精神|结束|", "(?=精神|结束|一结束|刚结束|刚刚结束|一闭幕|刚闭幕|", "congress: the two sessions by their common name")
    return p


@registry.misc("kg.meeting_patterns.v30")
def meeting_patterns_v30() -> dict[str, Any]:
    """v29 plus no meeting's name opened by the verb of conforming (符合|中央经济工作会议部署)."""
    p = meeting_patterns_v29()
    old = "^.*(?:"
    assert p["trim"].startswith(old), "meeting trim"
    p["trim"] = old + "符合|" + p["trim"][len(old):]
    return p


@registry.misc("kg.meeting_patterns.v29")
def meeting_patterns_v29() -> dict[str, Any]:
    """v28 plus a numbered summit or leaders' meeting whose parties are joined by an ASCII hyphen (中国-东盟, as 中国—
    东盟), with the number first (第25次中国-东盟领导人会议, 第十七次东亚峰会), and China's meeting with a group of states
    named again without its number (中国-东盟领导人会议)."""
    p = meeting_patterns_v28()
    _replace_once(p, "numbered_event", "[\\u4e00-\\u9fff（）()—]){2,16}?",
                  "[\\u4e00-\\u9fff（）()—-]){2,16}?", "numbered summits (v21)")
    # the number first (第25次中国—东盟领导人会议, 第十七次东亚峰会), and China's meeting with a group of states named
    # again without it (中国-东盟领导人会议)
    start = _EVENT_NAME_START
    p["numbered_event"] += (  # (a cheap lookahead first, as in v26)
        "|(?=第[一二三四五六七八九十百\\d])" + start + r"第[一二三四五六七八九十百\d]+(?:次|届)"
        r"(?:(?![的在和与是了，。；、])[\u4e00-\u9fff—-]){2,16}?(?:领导人会议|峰会|会晤)(?![\u4e00-\u9fff]{0,2}(?:精神|成果))"
        r"|(?=中国[—-])" + start + r"中国[—-](?:(?![的在和与是了，。；、])[\u4e00-\u9fff]){2,8}?领导人会议"
        r"(?![\u4e00-\u9fff]{0,2}(?:精神|成果))")
    return p


@registry.misc("kg.post_patterns.v24")
def post_patterns_v24() -> dict[str, Any]:
    """v23 plus a session's deputy secretaries-general (大会副秘书长某某: the session's officer, as its presidium's
    chairmen), a presidium's executive chairman (大会主席团执行主席), no presidium's title in the name of its standing
    chairmen's meeting (…主席团常务主席第一次会议), and a people's organisation's national committee by its term
    (中国科协第十届全国委员会主席)."""
    p = post_patterns_v23()
    _replace_once(p, "front", "(?:执行委员会|中央委员会|委员会)", "(?:执行委员会|中央委员会|全国委员会|委员会)",
                  "front: the committee's term (v13)")
    _replace_once(p, "national", "(?:大会)?主席团(?:常务)?主席(?!名单)|",
                  "(?:大会)?主席团(?:常务|执行)?主席(?!名单|第[一二三四五六七八九十\\d]+次会议|会议)|"
                  "大会副秘书长(?=[\u4e00-\u9fff]{2,3}(?:作|在|表示|说|介绍|宣读|主持|出席))|",
                  "national: a presidium's chairman (v22)")
    return p


@registry.misc("kg.meeting_patterns.v31")
def meeting_patterns_v31() -> dict[str, Any]:
    """v30 plus no cut of a meeting's name at the preposition 就 inside a word (就业, 就医, 就读) nor at the 等 of the
    groups a national meeting is for (全国高校毕业生等青年就业创业工作电视电话会议: one name)."""
    p = meeting_patterns_v30()
    _replace_once(p, "trim", "|就|", "|就(?!业|医|读|餐|近|地)|", "meeting trim: 就")
    # the groups a national meeting is for, listed with 等 after its scope (全国高校毕业生等青年…会议): one name
    p["scope_lists"] = True
    return p


@registry.misc("kg.post_patterns.v21")
def post_patterns_v21() -> dict[str, Any]:
    """v20 plus a national leadership title with its term (十三届全国政协副主席, 第八届全国人大常委会副委员长: the
    term tells an earlier term's holders from the current ones); a membership keeps the term outside (第十四届全国
    政协委员 stays 全国政协委员)."""
    p = post_patterns_v20()
    p["national"] = (r"(?:第)?[一二三四五六七八九十]+届(?:全国政协(?:副)?主席|全国人大常委会(?:副)?委员长)|"
                     + p["national"])
    return p


@registry.misc("kg.post_patterns.v22")
def post_patterns_v22() -> dict[str, Any]:
    """v21 plus a school's head before a name (中国人民大学校长某某, 某某中学副校长某某: the title only, the school its
    body, as a company's or an institute's head) and the officers of international organisations whose names open
    with no region word (经合组织秘书长, 金融稳定理事会主席), Taiwan's parties' titles (中国国民党副主席), a head of
    state's special envoy (总统中国事务特使), no ambassador's title in an embassy's name (中国驻某国大使馆), and no
    presidium's title in the name of its list (主席团常务主席名单)."""
    p = post_patterns_v21()
    old = "(?:(?<=[司团行部库厂社所站院])|"
    assert p["company_role"].startswith(old), "company roles (v13)"
    p["company_role"] = p["company_role"].replace(old, "(?:(?<=[司团行部库厂社所站院])|(?<=大学)|(?<=中学)|(?<=小学)|", 1)
    _replace_once(p, "company_role", "(?P<role>原?(?:", "(?P<role>原?(?:(?<=学)副?校长|", "company roles: the role group")
    # international organisations whose names open with none of the region words (经合组织秘书长某某, 金融稳定理事会
    # 主席某某, 北约秘书长某某)
    old = "金砖国家|二十国集团"
    assert p["foreign"].count(old) == 1, "foreign: international organisations (v19)"
    p["foreign"] = p["foreign"].replace(old, old + "|经合组织|经济合作与发展组织|金融稳定理事会|北约|北大西洋公约组织|"
                                        "石油输出国组织|欧佩克|海湾阿拉伯国家合作委员会|海合会|阿拉伯国家联盟|阿盟|"
                                        "亚太经合组织|红十字国际委员会|东南亚国家联盟", 1)
    # Taiwan's parties (中国国民党副主席某某: the party its body)
    old = "(?P<fbody>"
    assert p["front"].count(old) == 1, "front bodies (v12)"
    p["front"] = p["front"].replace(old, old + "中国国民党|亲民党|", 1)
    # China's ambassador only where the title stands alone (中国驻马来西亚大使馆: the embassy, no title) and a head of
    # state's special envoy (阿联酋总统中国事务特使某某: the state its body)
    _replace_once(p, "foreign", "(?P<arole>(?:特命全权)?大使|总领事)",
                  "(?P<arole>(?:特命全权)?大使(?!馆)|总领事(?!馆))", "foreign: China's ambassador (v17)")
    old = "(?P<srole>"
    assert p["foreign"].count(old) == 1, "foreign: state roles"
    p["foreign"] = p["foreign"].replace(
        old, old + "(?:总统|总理|首相|国王|政府)(?:(?![的和与及在是、，。])[\u4e00-\u9fff]){0,6}?特使|", 1)
    # the next title of a list is the same state's only when no other state is written before it (、越南副总理兼
    # 财政部长某某: Viet Nam's, read as a state's title of its own)
    _replace_once(p, "foreign_next", "(?:、|率领?)(?P<nrole>",
                  f"(?:、|率领?)(?!{country_alternation()})(?P<nrole>", "foreign_next: the list's next title (v19)")
    # a transliterated name of two long parts (库尔班古力·别尔德穆哈梅多夫: fourteen characters)
    old = "(?P<name>(?:(?![的了是在和与及等])[\\u4e00-\\u9fff·]){2,12}?)"
    assert p["foreign_name"].count(old) == 1, "foreign_name (v17)"
    p["foreign_name"] = p["foreign_name"].replace(old, old.replace("{2,12}?", "{2,16}?"), 1)
    # a presidium's title only where someone holds it (…主席团常务主席名单 is the list's name)
    _replace_once(p, "national", "(?:大会)?主席团(?:常务)?主席|",
                  "(?:大会)?主席团(?:常务)?主席(?!名单)|", "national: a presidium's chairman (v12)")
    return p


@registry.misc("kg.post_patterns.v23")
def post_patterns_v23() -> dict[str, Any]:
    """v22 plus more of Taiwan's parties (台湾劳动党主席, 新党主席, 中国统一促进党主席) and the national youth and
    students' federations (全国青联主席, 全国学联主席) as the bodies of their leaders' titles."""
    p = post_patterns_v22()
    _replace_once(p, "front", "中国国民党|亲民党|",
                  "中国国民党|亲民党|台湾劳动党|劳动党|新党(?=主席|副主席)|中国统一促进党|全国青联|全国学联|"
                  "中华全国青年联合会|中华全国学生联合会|", "front: Taiwan's parties (v22)")
    return p


@registry.misc("kg.person_patterns.v21")
def person_patterns_v21() -> dict[str, Any]:
    """v20 plus the person a decision is about with her sex noted after the name (任命某某（女）为…)."""
    p = person_patterns_v20()
    _replace_once(p, "decision", "职务|全国|中共|中国|为|、)", "职务|全国|中共|中国|为|、|[（(]女[）)]为)",
                  "decision: what follows the name (v4)")
    return p


@registry.misc("kg.date_patterns.v18")
def date_patterns_v18() -> dict[str, Any]:
    """v17 plus a year's month with its part (截至2025年12月末, 2024年6月底, 2023年3月上旬: one DATE, the part inside)."""
    p = date_patterns_v17()
    p["date"] = r"(?<!\d)(?:19|20)\d{2}年(?:1[0-2]|[1-9])月(?:底|末|初|上旬|中旬|下旬)(?![\d日号份])|" + p["date"]
    return p


@registry.misc("kg.date_patterns.v17")
def date_patterns_v17() -> dict[str, Any]:
    """v16 plus the Spring Festival with the year's animal after any word (庆祝兔年春节, 马年新春佳节, 龙年新春: one DATE;
    not 恐龙年春节展览)."""
    p = date_patterns_v16()
    # (after any word but one that makes the animal part of it: 恐龙|年, 斑马, 山羊, 老虎…)
    p["date"] = (r"(?<![恐斑黑海河骏战野山绵羚公母小老白玉飞金青巨毒猛])[鼠牛虎兔龙蛇马羊猴鸡狗猪]年(?:春节|新春佳节|新春)|"
                 + p["date"])
    return p


@registry.misc("kg.date_patterns.v16")
def date_patterns_v16() -> dict[str, Any]:
    """v15 plus a holiday written as its quoted day (“十一”期间, “六一”国际儿童节: the day without its quotes, and no
    second DATE for the festival's name right after it), and no festival read out of a longer word (少年儿童节日)."""
    p = date_patterns_v15()
    _replace_once(p, "date", "|儿童节|妇女节|", "|(?<!”国际)(?<!”)儿童节(?!日)|(?<!”国际)(?<!”)妇女节(?!日)|", "date: festivals (v11)")
    p["date"] = (r"(?<=[“\"])(?:五一|五四|六一|七一|八一|十一|三八)(?=[”\"](?:期间|假期|长假|小长假|黄金周|当天|前夕|"
                 r"到来|来临|将至|前后|国际|儿童节|劳动节|青年节|妇女节|建党|建军|国庆|节))|" + p["date"])
    return p


@lru_cache(maxsize=1)
def foreign_place_names() -> tuple[str, ...]:
    """Foreign capitals and cities often named in the news (kg/data/foreign_places.txt) and the states, longest
    first."""
    ref = resources.files("kg") / "data" / "foreign_places.txt"
    names = {ln.strip() for ln in ref.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")} | set(country_names())
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


@lru_cache(maxsize=1)
def country_names() -> tuple[str, ...]:
    """The world's states by their Chinese short names (kg/data/countries.txt), longest first."""
    ref = resources.files("kg") / "data" / "countries.txt"
    names = {ln.strip() for ln in ref.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


@lru_cache(maxsize=1)
def country_alternation() -> str:
    """The states' names as one regex alternation, longest first (for the foreign titles' patterns and their
    readers)."""
    return "|".join(re.escape(c) for c in country_names())


#: a head of state's titles: the state is the body (南非副总统 → 南非); other state titles belong to its government
FOREIGN_STATE_ROLES = ("总统", "副总统", "国王", "女王", "王储", "国家主席", "国家副主席", "总督", "埃米尔")


@registry.misc("kg.post_patterns.v17")
def post_patterns_v17() -> dict[str, Any]:
    """v16 plus the people's organisations' bodies at every level (市文联主席, 区红十字会会长) and their national
    bodies by their full names or as 中国某某协会 (中国残疾人联合会主席, 中国钢铁工业协会会长), an organising committee
    of an event with a longer name (杭州第四届亚洲残疾人运动会组委会主席), and foreign titles (``foreign``): an
    international organisation's (联合国秘书长, 世界贸易组织副总干事, 亚残奥委员会主席: the organisation in the title), a
    foreign state's (南非副总统, 澳大利亚总理, 缅甸交通和通讯部长: the title without the state, which is the body of a
    head of state and has a government for the others), a foreign place's (日本爱知县知事, 美国旧金山市市长: the place
    in the title, the state outside) and a foreign ruling party's (越南共产党中央政治局委员)."""
    p = post_patterns_v16()
    _replace_once(p, "body", "|总工会|团委|妇联|科协|工商联|",
                  "|总工会|团委|妇联|科协|工商联|文联|作协|侨联|台联|残联|红十字会|社科联|青联|"
                  "关工委|老龄委|计生协|慈善总会|法学会|", "post body: people's organisations")
    # an autonomous region's chairman after its full name (内蒙古自治区主席, 广西壮族自治区副主席)
    old = "|(?:常务)?副?自治区主席)"
    assert p["head"].endswith(old), "head: 自治区主席"
    p["head"] = p["head"][:-len(old)] + "|(?:常务)?副?自治区(?:常务)?副?主席)"
    p["autonomous_region_heads"] = True
    # (those stand only inside titles, as a village's committee does: no ORG on their own, 各级红十字会组织)
    p["title_only_bodies"] = ["文联", "作协", "侨联", "台联", "残联", "红十字会", "社科联", "青联", "关工委", "老龄委",
                              "计生协", "慈善总会", "法学会"]
    _replace_once(p, "role", "|副理事长|理事长|", "|副理事长|理事长|名誉会长|常务副会长|副会长|会长|", "post roles: 理事长")
    old = "(?P<fbody>"
    assert p["front"].count(old) == 1, "front bodies (v12)"
    p["front"] = p["front"].replace(old, old + (
        r"中国残疾人联合会|中华全国妇女联合会|中华全国归国华侨联合会|中国科学技术协会|中国文学艺术界联合会|"
        r"中国作家协会|中华全国台湾同胞联谊会|中华全国青年联合会|中国红十字会总会|中国残奥委员会|中国奥委会|"
        r"中国(?:(?![的和与及在是了等])[\u4e00-\u9fff]){2,10}?(?:协会|学会|联合会|研究会|促进会|基金会)(?=原?[常副名会主理秘党])|"), 1)
    p["national"] = (r"(?:[\u4e00-\u9fff]{2}第[\d一二三四五六七八九十]+届)?(?:(?![的和与及在是])[\u4e00-\u9fff]){5,8}?"
                     r"(?:运动会|博览会)(?:组委会|组织委员会)(?:执行)?(?:副)?主席|" + p["national"])
    country = country_alternation()
    org_word = r"(?:(?![的在是了，。、；])[\u4e00-\u9fff]){0,12}?"
    p["foreign"] = (
        # an international organisation's officer: the organisation is written in the title
        r"(?P<intl>(?:联合国|世界|国际|亚洲|亚(?!运|冬|残运|洲)|欧洲|欧盟|非洲|非盟|美洲|拉美|东盟|上海合作组织|上合组织|"
        rf"金砖国家|二十国集团){org_word}(?:组织|委员会|奥委会|联合会|协会|理事会|银行|联盟|论坛|会议|署)?)"
        r"(?P<irole>副?(?:秘书长|总干事|主席|行长|总裁|会长|执行主任|署长))"
        # a foreign ruling party's title
        r"|(?P<party>(?:越南共产党|越共|老挝人民革命党|老挝人革党|朝鲜劳动党|古巴共产党)(?:中央)?)"
        r"(?P<prole>政治局常委|政治局委员|书记处书记|总书记|第一书记|主席)"
        # a foreign state's or place's
        rf"|(?<!内)(?P<country>{country})(?:(?P<place>(?:(?![的和与及在是、，。])[\u4e00-\u9fff]){{1,6}}?"
        r"(?:金融城|市|县|州|省|郡|府|道))(?P<lrole>副?(?:市长|知事|州长|省长|郡长))"
        r"|(?P<srole>副?(?:总统|总理|首相|国王|女王|王储|议长|外长|外交部长|国务卿|国防部长|总督|国家主席)"
        r"|(?:(?![的在是了，。、；])[\u4e00-\u9fff]){1,8}?部长))"
    )
    # the next foreign place's title in a list, its state written once (日本爱知县知事某某和名古屋市副市长某某)
    p["foreign_next"] = (r"[和、及与](?P<place>(?:(?![的和与及在是、，。])[\u4e00-\u9fff]){1,6}?(?:金融城|市|县|州|省|郡))"
                         r"(?P<lrole>副?(?:市长|知事|州长|省长|郡长))")
    # a second title after 兼 (缅甸副总理兼交通和通讯部长: the same state's government)
    p["foreign_stack"] = r"兼(?P<srole>(?:(?![的在是了，。、；])[\u4e00-\u9fff]){1,8}?部长|外长|副?总理)"
    # a foreign official's name after the title, up to the word that follows it (布里德。, 马吉德·拉什德先后致辞)
    p["foreign_name"] = (r"(?P<name>(?:(?![的了是在和与及等])[\u4e00-\u9fff·]){2,12}?)"
                         r"(?=[^\u4e00-\u9fff·]|$|和|与|及|等|先生|女士|夫妇|一行|此访|访华|在|于|表示|说|指出|称|会见|会谈|"
                         r"会晤|接过|出席|致辞|致信|讲话|发言|举行|参加|共同|先后|分别|率|时|也|还|就|日前|近日|今天|昨天|"
                         r"强调|介绍|代表|应邀|对|向|同)")
    return p


@registry.misc("kg.org_patterns.v18")
def org_patterns_v18() -> dict[str, Any]:
    """v17 plus a province's one-character name between 在 and a verb of meeting someone (28日在京会见…)."""
    p = org_patterns_v17()
    _replace_once(p, "abbreviation", "|出席|参加|开会)", "|出席|参加|开会|(?<=在.)(?:会见|会晤|会谈|接见))", "abbreviation (v12)")
    return p


@registry.misc("kg.org_patterns.v20")
def org_patterns_v20() -> dict[str, Any]:
    """v19 plus Beijing's one-character name between 驻 and the troops stationed there (驻京部队, as 驻京有关单位; not
    驻藏部队, a name of the army in Tibet that xwlb11 leaves without a REGION)."""
    p = org_patterns_v19()
    _replace_once(p, "abbreviation", "(?<=驻.)(?:有关单位|单位|机构|办事处)",
                  "(?<=驻.)(?:有关单位|单位|机构|办事处)|(?<=驻京)部队", "abbreviation: stationed units (v19)")
    return p


@registry.misc("kg.org_patterns.v21")
def org_patterns_v21() -> dict[str, Any]:
    """v20 plus a nationwide leading group named after a numbered census or survey (第五次全国经济普查领导小组, 第七次全国
    人口普查领导小组: the ordinal is part of its name)."""
    p = org_patterns_v20()
    _replace_once(p, "group", "|中央|国务院|全国|", "|中央|国务院|(?:第[一二三四五六七八九十]+次)?全国|",
                  "group: the nationwide leading group (v12)")
    return p


@registry.misc("kg.org_patterns.v22")
def org_patterns_v22() -> dict[str, Any]:
    """v21 plus a county's short form of three characters or more that names one division only (北戴河, 积石山, 玛纳斯)
    read without the article naming it in full or a region above it: such names are not ordinary words (short forms
    of two characters still need the context)."""
    p = org_patterns_v21()
    p["unique_long_shorts"] = True
    return p


@registry.misc("kg.org_patterns.v23")
def org_patterns_v23() -> dict[str, Any]:
    """v22 plus no county 和县 read across the conjunction 和 and the word 县域 (向城市群和县域两级拓展)."""
    p = org_patterns_v22()
    p["conjunction_county"] = True
    return p


@registry.misc("kg.post_patterns.v29")
def post_patterns_v29() -> dict[str, Any]:
    """v28 plus no title read out of the Politburo's standing committee as a body (在中央政治局、中央政治局常委会领导下:
    the committee, no member's title)."""
    p = post_patterns_v28()
    _replace_once(p, "national", "|中央政治局常委|中共中央政治局常委|", "|中央政治局常委(?!会)|中共中央政治局常委(?!会)|",
                  "national: the Politburo's standing members")
    return p


@registry.misc("kg.campaign_patterns.v30")
def campaign_patterns_v30() -> dict[str, Any]:
    """v29 plus a long unquoted plan after 制定 (率先制定无障碍环境建设五年行动计划), the programmes listed after a
    quoted one (实施“技能中国行动”、现场工程师专项培养计划), a drive of a list that ends in 活动 (实施某某工程、某某征集
    展播活动等), a project named before 建设 (开展城市基础设施生命线安全工程建设: the project), and a quoted “某某+” after
    部署 (部署了“人工智能+”、…等重大行动), and what is raised to a national strategy (将积极应对人口老龄化上升为国家
    战略)."""
    p = campaign_patterns_v29()
    bare = list(p["bare"])
    i = next(k for k, x in enumerate(bare) if "(?<=实施好)|(?<=展开)|" in x and "(?<=计划、))" in x)  # v25 (v29)
    _b = bare[i]
    _b = _b.replace("(?<=计划、))", "(?<=计划、)|(?<=制定)|(?<=行动”、)|(?<=工程”、)|(?<=计划”、))", 1)
    old_tail = "(?:三年行动|专项行动|工程|行动|计划)(?=[和及与、，。；,;]|"
    assert _b.count(old_tail) == 1, "campaign bare: v25's kinds"
    _b = _b.replace(old_tail, "(?:三年行动|专项行动|工程|行动|计划)(?=[和及与、，。；,;]|(?<=工程)建设|", 1)
    bare[i] = _b
    j = next(k for k, x in enumerate(bare) if x.startswith("(?:(?<=实施)|(?<=提出)|(?<=推进)|") and "\\+”" in x)  # v26
    bare[j] = bare[j].replace("(?:(?<=实施)|", "(?:(?<=实施)|(?<=部署)|(?<=部署了)|", 1)
    # what a body raises to a national strategy (党中央…将积极应对人口老龄化上升为国家战略)
    bare.append(r"(?<=将)(?:(?![的了是在等与及，。、；])[\u4e00-\u9fff]){4,12}(?=上升为国家(?:重大)?战略)")
    # a drive of a list of programmes that ends in 活动 (…工程、中国正能量网络精品征集展播活动等)
    bare.append(r"(?:(?<=工程、)|(?<=行动、)|(?<=计划、))(?:(?![的了是在等与及，。、；])[\u4e00-\u9fff]){4,20}?活动"
                r"(?=等|[、，。；,;]|$)")
    p["bare"] = bare
    return p


@registry.misc("kg.org_patterns.v24")
def org_patterns_v24() -> dict[str, Any]:
    """v23 plus the central bank by its short name (人民银行原党委委员, 人民银行副行长: 中国人民银行), and no city opening a
    facility's name through its district (三明市|沙县区|总医院: neither is a REGION; 甘肃|兰州烈士陵园 keeps the
    province)."""
    p = org_patterns_v23()
    p["facility_chains"] = True
    _replace_once(p, "national", "|中国人民银行|", "|中国人民银行|(?<!中国)人民银行(?=原|党委|党组|副?行长|[、，])|",
                  "national: the central bank")
    return p


@registry.misc("kg.post_patterns.v30")
def post_patterns_v30() -> dict[str, Any]:
    """v29 plus an academician of the Chinese Academy of Sciences by its short name (中科院院士) and the party committee
    of a national association (中国足球协会原党委书记: the association's party secretary)."""
    p = post_patterns_v29()
    _replace_once(p, "national", "|中国(?:科学院|工程院|社会科学院)(?:外籍|资深)?院士",
                  "|中国(?:科学院|工程院|社会科学院)(?:外籍|资深)?院士|中科院(?:外籍|资深)?院士", "national: academicians (v28)")
    _replace_once(p, "front", "|党组书记|党组成员))", "|党组书记|党组成员|党委书记|党委副书记|党委委员|党委常委))",
                  "front: the roles of a national body's leaders")
    return p


@registry.misc("kg.meeting_patterns.v33")
def meeting_patterns_v33() -> dict[str, Any]:
    """v32 plus a meeting of the heads of a kind of unit (中央企业负责人会议, 全国某某主要负责同志会议)."""
    p = meeting_patterns_v32()
    _replace_once(p, "suffix", "|厅局长会议|", "|厅局长会议|负责人会议|负责同志会议|", "suffix: heads' meetings")
    return p


@registry.misc("kg.campaign_patterns.v31")
def campaign_patterns_v31() -> dict[str, Any]:
    """v30 plus a long unquoted system a place starts or introduces (湖北启动重点保供企业生活必需品日报制度; not 建立健全…
    制度, 建立现代企业制度: an institution, not a programme), a quoted integration pushed forward (深入推进“托老托幼
    一体化”), and no campaign in the “两制” of “一国两制” (善用“两制”之利)."""
    p = campaign_patterns_v30()
    p["bare"] = [*p["bare"],
                 (r"(?:(?<=启动)|(?<=推行))(?!健全|完善|了|起|一批|一套|相关|有关|各项|这|该)"
                  r"(?:(?![的了是在等与及，。、；])[\u4e00-\u9fff]){4,16}?制度(?=[和与、，。；,;]|[^\u4e00-\u9fff]|$)"),
                 r"(?:(?<=推进)|(?<=推动)|(?<=实施)|(?<=开展))“[\u4e00-\u9fff]{2,8}一体化”"]
    p["not_campaign"] = [*p["not_campaign"], "两制"]
    return p


@registry.misc("kg.campaign_patterns.v32")
def campaign_patterns_v32() -> dict[str, Any]:
    """v31 plus a whole-chain rectification deployed (部署开展电动自行车安全隐患全链条整治工作), a long programme followed
    by 并 (启动了为期三年的改善患者就医体验行动并同步…), a quoted programme's demonstration or pilot project (启动实施了
    “职教国培”示范项目), a quoted name whose drive is described before 活动 (“百场万企”大中小企业融通对接活动: up to ten
    characters), and the innovation-driven strategy by its short name (创新驱动战略) in the lexicon."""
    p = campaign_patterns_v31()
    p["lexicon"] = [*p["lexicon"], "创新驱动战略"]
    bare = list(p["bare"])
    i = next(k for k, x in enumerate(bare) if "专项整治(?=工作|" in x and x.startswith("(?:(?<=开展)|(?<=启动)|(?<=部署))"))
    bare[i] = bare[i].replace("专项整治(?=工作|", "(?:专项整治|全链条整治)(?=工作|", 1)
    j = next(k for k, x in enumerate(bare) if "(?<=实施好)|(?<=展开)|" in x and "(?<=工程)建设|" in x)  # v25 (v30)
    bare[j] = bare[j].replace("(?<=工程)建设|", "(?<=工程)建设|并(?=[\\u4e00-\\u9fff])|", 1)
    assert "并(?=[" in bare[j], "campaign bare: v25's end"
    bare += [r"“[^“”\n，。；！？]{2,10}”(?:示范|试点|重点)项目",
             (r"“[^“”\n，。；！？]{2,10}”(?:(?![的等和与及之了是在]|开展|举办|进行|时期|期间)[\u4e00-\u9fff]){6,10}?"
              r"(?:对接活动|主题活动|专项活动|系列活动)")]
    p["bare"] = bare
    return p


@registry.misc("kg.person_patterns.v22")
def person_patterns_v22() -> dict[str, Any]:
    """v21 plus a CPPCC member named before his membership at the head of a paragraph set off by a space (…出席。
    某某常委建议: the transcripts' paragraphs), also where the name's first two characters are a word (王国|生常委)."""
    p = person_patterns_v21()
    p["member_name_loose"] = True
    _replace_once(p, "member_after_name", "(?<=[。；;，,\\n])", "(?<=[。；;，,\\n\\s])", "member after name: clause head")
    return p


@registry.misc("kg.campaign_patterns.v33")
def campaign_patterns_v33() -> dict[str, Any]:
    """v32 plus a long unquoted programme pushed on (深入推进主要粮油作物大面积单产提升行动), a place's unquoted drive or
    year of work after the verb that starts it (广西开展工业项目建设攻坚, 山西启动重大项目建设年; not a research push:
    开展关键核心技术攻坚), a three-year or
    upgrading action opening its clause before the next one (国企改革三年行动和改革深化提升行动), and Hainan's free-trade
    port by its short name (海南自贸港建设) in the lexicon."""
    p = campaign_patterns_v32()
    p["lexicon"] = [*p["lexicon"], "海南自贸港建设"]
    bare = list(p["bare"])
    j = next(k for k, x in enumerate(bare) if "(?<=实施好)|(?<=展开)|" in x and "(?<=工程)建设|" in x)  # v25 (v32)
    bare[j] = bare[j].replace("(?<=实施好)|(?<=展开)|", "(?<=实施好)|(?<=展开)|(?<=推进)|", 1)
    bare += [(r"(?:(?<=开展)|(?<=启动))(?!一批|多项|各项|相关|有关|了|这|该|全面)"
              r"(?:(?![的了是在等与及，。、；])[\u4e00-\u9fff]){4,12}?(?:建设攻坚|建设年|提升年|攻坚年|推进年)"
              r"(?=[，。；,;、]|$)"),
             (r"(?:(?<=[，,。：:\n])|^)(?:(?![的了是在等与及，。、；])[\u4e00-\u9fff]){2,16}?(?:三年行动|提升行动)"
              r"(?=[和、])")]
    p["bare"] = bare
    return p


@registry.misc("kg.meeting_patterns.v34")
def meeting_patterns_v34() -> dict[str, Any]:
    """v33 plus a national meeting of a field opening its clause and held there (第十五次全国民政会议25日至26日在京召开),
    and two meetings joined by 和 after a congress (党的二十大和中央经济工作会议精神: two meetings)."""
    p = meeting_patterns_v33()
    p["national_meeting"] = (r"(?:(?<=[，,。：:\n\s])|^)(?:第[一二三四五六七八九十]+次)?全国(?!各|上下|范围)"
                             r"(?:(?![的了是在和与及召开举行])[\u4e00-\u9fff]){2,8}?会议"
                             r"(?=\d{1,2}[日月]|[在于]|召开|举行|开幕|闭幕)")
    p["congress_and"] = True
    return p


@registry.misc("kg.campaign_patterns.v34")
def campaign_patterns_v34() -> dict[str, Any]:
    """v33 with what is raised to a national strategy named by five characters or more (将积极应对人口老龄化上升为国家
    战略; not a field of four, 将全民健身上升为国家战略, which the text then names everywhere), and no campaign in the
    five areas of security or the regional strategies as a class (统筹“五大安全”, 实施区域重大战略)."""
    p = campaign_patterns_v33()
    bare = list(p["bare"])
    old = r"(?<=将)(?:(?![的了是在等与及，。、；])[\u4e00-\u9fff]){4,12}(?=上升为国家(?:重大)?战略)"
    assert bare.count(old) == 1, "campaign bare: raised to a national strategy (v30)"
    bare[bare.index(old)] = old.replace("{4,12}", "{5,12}")
    p["bare"] = bare
    p["not_campaign"] = [*p["not_campaign"], "五大安全", "区域重大战略"]
    return p


@registry.misc("kg.post_patterns.v31")
def post_patterns_v31() -> dict[str, Any]:
    """v30 plus a state's first deputy prime minister (哈萨克斯坦第一副总理, 同某某第一副总理举行会谈), and a head's title
    before a name whose surname some place with 长 has second (黑龙江省省长梁某某, 市长田某某, 区长石某某: 长 opens a place
    only where a division's name follows, 湖南省|长沙市)."""
    p = post_patterns_v30()
    p["head_place_names"] = True
    _replace_once(p, "foreign", "|副?(?:总统|总理|首相|国王|女王|王储|埃米尔|议长|",
                  "|第一副总理|副?(?:总统|总理|首相|国王|女王|王储|埃米尔|议长|", "foreign: state roles (v27)")
    return p


@registry.misc("kg.campaign_patterns.v35")
def campaign_patterns_v35() -> dict[str, Any]:
    """v34 plus the national energy transfer projects by name (西电东送 since 2000, 西气东输 since 2000) in the
    lexicon, and a quoted party-wide education named with its kind (“三严三实”专题教育, “两学一做”学习教育, “不忘初心、
    牢记使命”主题教育: one campaign with the kind)."""
    p = campaign_patterns_v34()
    p["lexicon"] = [*p["lexicon"], "西电东送", "西气东输"]
    p["bare"] = [*p["bare"], r"“[^“”\n，。；！？]{2,12}”(?:专题教育|学习教育|主题教育)"]
    return p


@registry.misc("kg.meeting_patterns.v35")
def meeting_patterns_v35() -> dict[str, Any]:
    """v34 plus the Politburo's numbered group study named after the verb that holds it (中共中央政治局…进行第十八次
    集体学习: 第十八次集体学习), the discipline commission's standing committee's numbered meeting (二十届中央纪委常委会
    第一次会议), and a quoted forum or summit named in full inside its quotes (“世界市长对话·上海暨2025年上海国际友好城市
    合作论坛”)."""
    p = meeting_patterns_v34()
    num = "[一二三四五六七八九十百]+"
    p["session"] = (rf"(?<=进行)第{num}次集体学习|(?:{num}届)?中央纪委常委会第{num}次(?:全体会议|会议)|"
                    r"“[^“”\n，。；！？]{4,30}(?:论坛|峰会|博览会)”|" + p["session"])
    return p


@registry.misc("kg.post_patterns.v32")
def post_patterns_v32() -> dict[str, Any]:
    """v31 plus no head's title before a council named after the head, whose officer the name is (俄罗斯总统能源发展
    战略和生态安全委员会秘书长某某: no 总统, no name 能源发展战略), nor before the head's office as a body (应某国总统办公厅
    邀请: no 总统, no name 办公厅)."""
    p = post_patterns_v31()
    p["head_councils"] = True
    return p


@registry.misc("kg.meeting_patterns.v36")
def meeting_patterns_v36() -> dict[str, Any]:
    """v35 plus the reception for an anniversary (庆祝中华人民共和国成立74周年招待会, 国庆招待会; not a bare 记者招待会
    or 新春招待会)."""
    p = meeting_patterns_v35()
    _replace_once(p, "suffix", "|周年大会|", "|周年大会|周年招待会|国庆招待会|", "suffix: anniversaries")
    return p


#: the party's historic meetings named after their place or date (meeting v37): never the meeting a report is at
HISTORIC_MEETINGS = "遵义会议|古田会议|洛川会议|瓦窑堡会议|八七会议"


@registry.misc("kg.meeting_patterns.v37")
def meeting_patterns_v37() -> dict[str, Any]:
    """v36 plus the party's historic meetings named after their place or date (遵义会议 1935, 古田会议 1929, 洛川会议
    1937, 瓦窑堡会议 1935, 八七会议 1927; not their spirit, 遵义会议精神, nor their sites)."""
    p = meeting_patterns_v36()
    p["session"] = rf"(?:{HISTORIC_MEETINGS})(?!会址|旧址|纪念馆|陈列馆|精神)|" + p["session"]
    return p


def campaign_lexicon() -> list[str]:
    """The well-known national and provincial slogans of the newest campaign pattern set (for the
    segmenters' user dictionary and the relation rules that tell national campaigns from local ones)."""
    return list(campaign_patterns_v41()["lexicon"])


@registry.misc("kg.campaign_patterns.v36")
def campaign_patterns_v36() -> dict[str, Any]:
    """v35 plus a field's named system reform after the verb that carries it (深化电力体制改革, 深化医药卫生体制改革,
    深化油气储备体制改革, 深化石油天然气市场体系改革; not the reform of a whole sphere, 经济体制改革, 行政体制改革,
    司法体制改革, nor 全球治理体系改革), a quoted slogan opened by a verb kept where a campaign's kind follows its
    quotes (“把青春华章写在祖国大地上”网络主题宣传活动: the slogan names the activity), and the western land–sea
    corridor no campaign by itself (西部陆海新通道: a route; its building, 西部陆海新通道建设, stays one)."""
    p = campaign_patterns_v35()
    p["lexicon"] = [w for w in p["lexicon"] if w != "西部陆海新通道"]
    p["bare"] = [*p["bare"],
                 r"(?:(?<=深化)|(?<=推进)|(?<=推动)|(?<=实施)|(?<=关于)|(?<=开展)|(?<=、))"
                 r"(?!关于|深化|推进|推动|实施|开展|进一步|持续|不断|积极|加快|全面|继续)"
                 r"(?!(?:经济|政治|文化|社会|行政|司法|国家治理|治理|全球治理)(?:体制|体系)改革)"
                 r"(?:(?![的和与及等在对为是了、，。；])[\u4e00-\u9fff]){2,8}?(?:体制改革|市场体系改革)"]
    p["quoted_kind_keeps"] = True
    # a long quoted slogan before the kind of a publicity drive with up to four words between (“把青春华章写在祖国大地上”
    # 网络主题宣传活动, “…”大思政课网络主题宣传活动)
    p["long_suffix"] = (r"(?:(?![的等和与及之]|目前|正在|已经|今年|去年|日前|近日)[\u4e00-\u9fff]){0,4}?(?:网络)?(?:主题)?宣传"
                        r"(?:教育)?活动|" + p["long_suffix"])
    return p


@registry.misc("kg.post_patterns.v33")
def post_patterns_v33() -> dict[str, Any]:
    """v32 plus a company's chairman of the board, president and chief executive written after its name (某集团有限公司
    董事局主席, 某投资有限公司总裁, 某集团主席: the title only, the company its body, a bracketed part of the company's
    name kept in it, 博世（中国）投资有限公司), and the spokesman of a congress or an annual session
    (中国共产党第二十次全国代表大会新闻发言人, 十四届全国人大三次会议新闻发言人, 全国政协十四届三次会议新闻发言人: one
    POST, the session its body)."""
    p = post_patterns_v32()
    _replace_once(p, "company_role", "(?P<role>原?(?:",
                  "(?P<role>原?(?:董事局主席|董事会主席|副?总裁|首席执行官|(?<=集团)主席|", "company roles: the role group")
    p["unit_brackets"] = True
    p["session_spokesman"] = (
        r"(?P<body>(?:中国共产党|中共)?第[一二三四五六七八九十]+次全国代表大会|党的[一二]?十[一二三四五六七八九]?大"
        r"|(?:全国政协)?[一二]?十[一二三四五六七八九]?届(?:全国人大|全国政协)?[一二三四五六七八九十]次会议)新闻发言人")
    return p


@registry.misc("kg.org_patterns.v25")
def org_patterns_v25() -> dict[str, Any]:
    """v24 plus a list of routes named by their two ends before the kind of the works (陇东—山东、哈密—重庆等特高压直流
    工程, 大同—天津南、烟台—威海特高压交流: no REGION inside), a customs district named after its place (广州海关,
    大连海关, 拱北海关: one ORG, the place inside no REGION; not 山海关), and the NPC's special committees by their full
    names standing alone in an article that names the NPC (财政经济委员会建议…, 宪法和法律委员会关于…)."""
    p = org_patterns_v24()
    p["route_lists"] = True
    p["npc_full_named"] = True
    # the customs districts whose names are no division (拱北: Zhuhai; 黄埔: Guangzhou's port, not the district's
    # customs; 皇岗: Shenzhen) — the rest are named after a division and read through the gazetteer
    p["customs"] = r"(?<![\u4e00-\u9fff])(?:拱北|皇岗|黄埔)海关|(?<=[经从由在对向与和及、])(?:拱北|皇岗|黄埔)海关"
    full = ("宪法和法律委员会|财政经济委员会|监察和司法委员会|民族委员会|华侨委员会|外事委员会|环境与资源保护委员会|"
            "教育科学文化卫生委员会|农业与农村委员会|农业农村委员会|社会建设委员会")
    p["npc_short"] = (r"(?:(?:(?<![\u4e00-\u9fff])|(?<=[了和与及由是对、的]))(?:" + full + r"))|"
                      + p["npc_short"])
    return p


@registry.misc("kg.meeting_patterns.v38")
def meeting_patterns_v38() -> dict[str, Any]:
    """v37 plus a body's numbered meeting named after the verb that holds it (某会议主席团…举行第二次会议: 第二次会议),
    an expo's short name with its edition (第138届广交会), and 与 inside a numbered event's name
    (第14届中国国际专利技术与产品交易会)."""
    p = meeting_patterns_v37()
    num = "[一二三四五六七八九十百]+"
    # (not right after the body's name: 某选举会议主席团举行第二次会议 is named with the presidium, 主席团第二次会议)
    p["session"] = rf"(?:(?<=[^团会组]举行)|(?<=[^团会组]召开)|(?<=[^团会组]举行了)|(?<=[^团会组]召开了))第{num}次会议|" + p["session"]
    p["numbered_event"] = (r"(?:第[一二三四五六七八九十百\d]+届|(?:19|20)\d{2}年)"
                           r"(?:进博会|服贸会|广交会|消博会|链博会|东博会|投洽会|高交会)"
                           r"(?![\u4e00-\u9fff]{0,2}(?:展馆|展区|展台|期间|精神))|" + p["numbered_event"])
    _replace_once(p, "numbered_event", r"(?:(?![的在和与是了，。；、])[\u4e00-\u9fff·“”（）()—]){2,24}?",
                  r"(?:(?![的在和与是了，。；、])[\u4e00-\u9fff·“”（）()—]|(?<=[\u4e00-\u9fff]{2})与(?=[\u4e00-\u9fff]{2})){2,24}?",
                  "numbered event: its name (v16)")
    return p


@registry.misc("kg.post_patterns.v34")
def post_patterns_v34() -> dict[str, Any]:
    """v33 plus the heads of a foreign parliament's chambers (俄罗斯联邦委员会主席, 国家杜马主席, 某国国民议会主席:
    the chamber their body), the next title of the same state after 和 (…联邦委员会主席某某和国家杜马主席某某), and a
    foreign head's name before the title wherever a word follows it (同拉马福萨总统达成…, 普京总统战略引领下)."""
    p = post_patterns_v33()
    chambers = "联邦委员会|国家杜马|联邦议会|国民议会|人民议会|参议院|众议院|上院|下院|议会"
    _replace_once(p, "foreign", "|(?:议会)?(?:上院|下院|参议院|众议院|国民议会)副?议长|",
                  rf"|(?:议会)?(?:上院|下院|参议院|众议院|国民议会)副?议长|(?:{chambers})副?主席|",
                  "foreign: chamber heads (v27)")
    _replace_once(p, "foreign_next", "|(?:、|率领?)(?!", "|(?:、|和|率领?)(?!", "foreign next: joined by 和")
    _replace_once(p, "foreign_next", "|(?:议会)?(?:上院|下院|参议院|众议院|国民议会)?副?议长)",
                  rf"|(?:议会)?(?:上院|下院|参议院|众议院|国民议会)?副?议长|(?:{chambers})副?主席)",
                  "foreign next: chamber heads")
    p["foreign_before_loose"] = True
    p["foreign_before"] = (
        r"(?:(?<=[与和、，向对])|(?<![共协])(?<=同)(?!意|时|样|步|期|行|类)|(?<=希望)|(?<=祝贺)|(?<=会见)|(?<=致电))"
        r"(?P<name>(?![各两多该本前副时现新原])(?:(?![的了是在和与及等兼])[\u4e00-\u9fff·]){2,8}?)"
        r"(?<![任国方位届选前后新原代名])"
        r"(?P<role>副?总统|首相|国王|女王|王储|副?市长|知事|州长)"
        r"(?!府|官邸|大选|选举|竞选|候选|办公|任期|职务|特使|令|制|夫人|之)")
    return p


@registry.misc("kg.person_patterns.v23")
def person_patterns_v23() -> dict[str, Any]:
    """v22 plus a deputy named between the unit he comes from and 代表 in a list of speakers (来自海军的某某代表、来自
    陆军的某某代表依次发言: the names), and a two-character foreign name read after a title found again wherever it
    stands after a pause or a conjunction (泰国总理巴育… ，巴育热情迎接, 习近平和巴育举行会谈)."""
    p = person_patterns_v22()
    p["deputy_from"] = (r"来自[^，。；;、\n]{2,16}?的(?P<name>[\u4e00-\u9fff]{2,3}?)代表"
                        r"(?=[、，,]|依次|先后|相继|分别|发言|表示|说|指出|建议|认为|在|和|与)")
    p["foreign_known_loose"] = True
    return p


@registry.misc("kg.campaign_patterns.v37")
def campaign_patterns_v37() -> dict[str, Any]:
    """v36 plus a programme started whose name opens with a number or a Latin abbreviation (启动6G创新发展部省协同试点
    专项行动, 实施5G应用“扬帆”行动), and a programme named without quotes after its verb and its year (农业农村部等七部门
    联合启动2026年|春耕备耕农资打假专项整治行动: read as if the verb stood right before the name)."""
    p = campaign_patterns_v36()
    p["year_opened"] = True
    p["bare"] = [*p["bare"], r"(?:(?<=启动了)|(?<=启动)|(?<=实施)|(?<=开展))[\dA-Za-z]{1,4}"
                             r"(?:(?![的了是在等与及])[\u4e00-\u9fff、]){4,30}?(?:工程|专项行动|行动计划)(?![师])"]
    return p


@registry.misc("kg.meeting_patterns.v39")
def meeting_patterns_v39() -> dict[str, Any]:
    """v38 plus an event with its edition named after the verb that opens it (韩正宣布第五届中国国际消费品博览会…启动:
    the expo, not the name and the verb before it)."""
    p = meeting_patterns_v38()
    _replace_once(p, "numbered_event", "(?!出席|参加|举办|召开|举行|开幕|在|的|和|与|是|了)",
                  "(?!出席|参加|举办|召开|举行|开幕|宣布|在|的|和|与|是|了)", "numbered event: the host's words (v16)")
    _replace_once(p, "numbered_event", "(?:(?<=出席)|(?<=参加)|(?<=举办)|(?<=召开)|(?<=举行)|",
                  "(?:(?<=出席)|(?<=参加)|(?<=举办)|(?<=召开)|(?<=举行)|(?<=宣布)|", "numbered event: verbs before (v16)")
    return p


@registry.misc("kg.person_patterns.v24")
def person_patterns_v24() -> dict[str, Any]:
    """v23 plus going back to a place after a name (全国政协委员某某回到福建…, 某某回村后: not a name 某某回)."""
    p = person_patterns_v23()
    _prepend_followers(p, "回到|回村|回乡", "回到|回村|回乡")
    return p


@registry.misc("kg.org_patterns.v26")
def org_patterns_v26() -> dict[str, Any]:
    """v25 plus no county's short form opening a village's name right after a place it does not lie in (四川眉山|永丰村:
    the village of Meishan, not Jiangxi's county 永丰; the city before stays a REGION), and the Politburo and its
    standing committee written with 中共中央 (中共中央政治局, 中共中央政治局常务委员会: the bodies themselves)."""
    p = org_patterns_v25()
    p["village_shorts"] = True
    # the Politburo and its standing committee written with 中共中央 (中共中央政治局4月28日召开会议: the Politburo, not
    # the central committee; not its meeting, 中共中央政治局会议, nor its members' titles)
    _replace_once(p, "national", "|中共中央|",
                  "|中共中央政治局常务委员会|中共中央政治局(?!常委|委员|会议|第|常务)|中共中央|", "national: the Politburo")
    return p


#: the kinds of association whose numbered congress or council meets (meeting v40) and whose officers are elected at it
#: (post v35): 中国和平统一促进会, 全国台联, 中华全国归国华侨联合会 …
ASSOCIATIONS = "促进会|联合会|协会|学会|商会|基金会|研究会|台联|侨联|工商联|文联|作协|科协|妇联|总会|红十字会"


@registry.misc("kg.meeting_patterns.v40")
def meeting_patterns_v40() -> dict[str, Any]:
    """v39 plus a forum's summit or ministerial conference named with the forum (2024年中非合作论坛峰会, 2018年中非合作
    论坛北京峰会, 中非合作论坛第八届部长级会议), an association's numbered council or congress (中国和平统一促进会十届
    一次理事大会), and a party-wide education's summing-up or deployment meeting opening its sentence (学习贯彻…主题教育
    第一批总结暨第二批部署会议, 某某主题教育工作会议)."""
    p = meeting_patterns_v39()
    _replace_once(p, "numbered_event", "(?:博览会|交易会|洽谈会|论坛全会|论坛年会|论坛大会|论坛|高峰会|峰会|",
                  "(?:博览会|交易会|洽谈会|论坛全会|论坛年会|论坛大会|论坛峰会|论坛[\\u4e00-\\u9fff]{2,5}?峰会|"
                  "论坛第[一二三四五六七八九十\\d]+届部长级会议|论坛|高峰会|峰会|", "numbered event nouns (v25)")
    num = "[一二三四五六七八九十]+"
    anchor = r"(?:(?<=出席)|(?<=参加)|(?<=主持)|(?<=举行)|(?<=召开)|(?<=[在的和与、，,。：:\n“])|(?<![\u4e00-\u9fff]))"
    p["session"] = (anchor + rf"(?:(?![的在和与是了，。；、]|出席|参加|主持|举行|召开|举办)[\u4e00-\u9fff—]){{2,12}}?合作论坛(?:第{num}届部长级会议|[\u4e00-\u9fff]{{2,5}}?峰会)"
                    r"(?![\u4e00-\u9fff]{0,2}(?:精神|成果))|"
                    + anchor + rf"(?:(?![的在与是了，。；、]|和(?!平)|出席|参加|主持|举行|召开|举办)[\u4e00-\u9fff]){{2,16}}?(?:{ASSOCIATIONS})(?:第)?{num}届(?:第)?{num}次"
                    r"(?:理事大会|会员代表大会|理事会会议|常务理事会会议|全体会议)|"
                    r"(?:(?<=[：:。！？!?\n])|^)(?:学习贯彻)?[^，,。；;：:\n“”]{0,40}?主题教育(?:第[一二三四五六七八九十]批)?(?:总结)?"
                    r"(?:暨第[一二三四五六七八九十]批)?(?:工作)?(?:动员)?(?:部署会议|总结会议|工作会议)|" + p["session"])
    return p


@registry.misc("kg.post_patterns.v35")
def post_patterns_v35() -> dict[str, Any]:
    """v34 plus an association's officer elected at its congress (王沪宁…当选会长, 某某当选为执行副会长: the title, the
    association named before with its term its body, 中国和平统一促进会十届…)."""
    p = post_patterns_v34()
    p["elected_role"] = r"(?<=当选)(?:为)?(?P<role>(?:执行|常务)?副?(?:会长|主席|理事长))(?=[。，,；;、]|$)"
    # (和 only in 和平: 中国和平统一促进会)
    p["elected_body"] = (rf"(?P<org>(?:(?![的在与是了，。；、]|和(?!平))[\u4e00-\u9fff]){{2,16}}?(?:{ASSOCIATIONS}))"
                         r"(?:第)?[一二三四五六七八九十]+届")
    return p


@registry.misc("kg.campaign_patterns.v38")
def campaign_patterns_v38() -> dict[str, Any]:
    """v37 plus no verb read into the field before a quoted programme (开展|量子信息“千家场景”行动: the field only), and a
    quoted name with digits, or after the programme's duration, before a long description and its kind (共同启动了为期
    三天的“海安2025”渤海海域联合巡航执法行动), found again wherever the article writes it (its headline)."""
    p = campaign_patterns_v37()
    _replace_once(p, "field_before", "(?P<field>(?:(?![的了好在和与及是将把对为向从等])",
                  "(?P<field>(?!开展|实施|推进|推动|启动|部署|深化|打造|落实|发挥|聚焦|加快|完善|用好)"
                  "(?:(?![的了好在和与及是将把对为向从等])", "field before (v23)")
    p["launched_long_middle"] = (
        r"(?:(?<=开展)|(?<=实施)|(?<=启动)|(?<=部署)|(?<=组织)|(?<=推出))(?:了)?"
        r"(?:为期[\d一二三四五六七八九十两]+(?:天|周|个月|年)的)?(?P<q>[“\"])(?P<inner>[\u4e00-\u9fff\dA-Za-z·]{2,10})[”\"]"
        r"(?P<mid>(?:(?![的和与及等在是了]|开展|举办|进行|参加|组织)[\u4e00-\u9fff]){5,12}?)(?P<suf>专项行动|行动|工程|活动)"
        r"(?![\u4e00-\u9fff]{0,2}(?:中心|基地|馆))")
    p["quoted_mentions"] = True
    return p


@registry.misc("kg.org_patterns.v27")
def org_patterns_v27() -> dict[str, Any]:
    """v26 plus no REGION opening a bay's name (莱州湾, 胶州湾; not 湾区, nor a full name before 湾: 某县湾…)."""
    p = org_patterns_v26()
    p["bays"] = True
    return p


@registry.misc("kg.org_patterns.v28")
def org_patterns_v28() -> dict[str, Any]:
    """v27 plus no county short form ending in 和 read across a common word and the conjunction (伟大复兴和永续发展: not
    兴和, Inner Mongolia's county, also where the word is common in the segmentation word list only), and a province's
    one-character name between 在 and chairing or a video link (1日在京以视频方式主持某会议)."""
    p = org_patterns_v27()
    p["conjunction_counts"] = True
    # a province's one-character name between 在 and the verb of chairing or a video link (1日在京以视频方式主持…)
    _replace_once(p, "abbreviation", "|出席|参加|开会|", "|出席|参加|开会|(?<=在.)(?:主持|以视频方式)|", "abbreviation (v18)")
    return p


@registry.misc("kg.campaign_patterns.v39")
def campaign_patterns_v39() -> dict[str, Any]:
    """v38 plus the national urban renewal programme by name (城市更新行动, in the 14th five-year plan since 2021)
    in the lexicon, and no programme read after its verb that opens with a count or a determiner (推进实施|一批重点
    工程, 一系列…行动: things done, no name)."""
    p = campaign_patterns_v38()
    p["lexicon"] = [*p["lexicon"], "城市更新行动"]
    p["bare_not_start"] = r"一批|一系列|多项|多个|若干|各项|一些|这些|相关|有关"
    return p


@registry.misc("kg.post_patterns.v36")
def post_patterns_v36() -> dict[str, Any]:
    """v35 plus the head of government and a senior minister listed after a foreign head of state without the state
    written again (会见新加坡总统某某、总理某某、副总理某某、国务资政某某: the state's titles, not the State Council's)."""
    p = post_patterns_v35()
    _replace_once(p, "foreign_next", "(?P<nrole>外长|外交部长|", "(?P<nrole>总理|首相|国务资政|高级部长|外长|外交部长|",
                  "foreign next: the head of government")
    # a foreign name once read before 总理 too; the name may open a sentence (。李某某总理表示); no pronoun or 同 inside
    # it, and no country's name anywhere in it (我期待同某国…, 。俄罗斯总统…)
    _replace_once(p, "foreign_before", "(?:(?<=[与和、，向对])|", r"(?:(?<=[与和、，向对。；;\n])|^|", "foreign before: sentence start")
    _replace_once(p, "foreign_before", "(?![各两多该本前副时现新原])(?:(?![的了是在和与及等兼])",
                  "(?![各两多该本前副时现新原我他她])(?:(?![的了是在和与及等兼同我])", "foreign before: the name")
    _replace_once(p, "foreign_before", "|副?市长|知事|州长)", "|副?市长|知事|州长|副?总理)", "foreign before: 总理")
    p["foreign_country_inside"] = True
    return p


@registry.misc("kg.meeting_patterns.v41")
def meeting_patterns_v41() -> dict[str, Any]:
    """v40 plus the verbs of pushing a meeting's spirit before its name (要推进|中央军委政治工作会议精神…: the meeting
    only)."""
    p = meeting_patterns_v40()
    _replace_once(p, "trim", "|贯彻|落实", "|贯彻|落实|要推进|要推动", "trim: pushing a spirit")
    return p


@registry.misc("kg.campaign_patterns.v40")
def campaign_patterns_v40() -> dict[str, Any]:
    """v39 plus the seed industry revitalisation action (种业振兴行动, since 2021) and the special-post teachers'
    programme (特岗计划, since 2006) by name in the lexicon, and a numbered national census (第四次全国文物普查,
    第七次全国人口普查, 第三次全国土壤普查)."""
    p = campaign_patterns_v39()
    p["lexicon"] = [*p["lexicon"], "种业振兴行动", "特岗计划"]
    p["bare"] = [*p["bare"], r"第[一二三四五六七八九十]次全国(?:(?![的和与及等在是了])[\u4e00-\u9fff]){2,6}?普查"]
    return p


@registry.misc("kg.campaign_patterns.v41")
def campaign_patterns_v41() -> dict[str, Any]:
    """v40 plus the integrated protection and restoration of mountains, rivers, forests, farmland, lakes, grassland
    and deserts (山水林田湖草沙一体化保护和修复工程, the national programme since 2016) and the national volume-based drug
    procurement (药品集中带量采购, since 2018) by name in the lexicon."""
    p = campaign_patterns_v40()
    p["lexicon"] = [*p["lexicon"], "山水林田湖草沙一体化保护和修复工程", "药品集中带量采购"]
    return p


@registry.misc("kg.meeting_patterns.v42")
def meeting_patterns_v42() -> dict[str, Any]:
    """v41 plus a commendation meeting named in full at the head of its sentence, its list of the commended with 、 and
    和 (中央和国家机关优秀共产党员、优秀党务工作者和先进基层党组织表彰大会7月3日在京召开), and the central commission for
    deepening reform's meeting by its short name (中央深改会议, 中央深改委会议)."""
    p = meeting_patterns_v41()
    p["session"] = (r"(?:(?<=[：:。！？!?\n])|^)(?:(?![的在是了，,。；;：:“”\s]|出席|参加|召开|举行)[\u4e00-\u9fff、]){4,50}?表彰大会"
                    r"(?=(?:\d{1,2}月)?[\d一二三四五六七八九十]+日|在|于|召开|举行)|中央深改委?会议|" + p["session"])
    return p


@registry.misc("kg.post_patterns.v37")
def post_patterns_v37() -> dict[str, Any]:
    """v36 plus no head's title before a compound or lane whose name opens with 长 after its district (黄浦区|长乐邨:
    Shanghai's old-house compound, no 区长 and no name 乐邨)."""
    p = post_patterns_v36()
    p["compound_next"] = True
    return p


@registry.misc("kg.meeting_patterns.v43")
def meeting_patterns_v43() -> dict[str, Any]:
    """v42 plus the verbs of keeping to a meeting's agenda before its name (紧扣|政协常委会会议议题: the meeting only)."""
    p = meeting_patterns_v42()
    _replace_once(p, "trim", "|要推进|要推动", "|要推进|要推动|紧扣|聚焦", "trim: keeping to a meeting")
    return p


@registry.misc("kg.post_patterns.v38")
def post_patterns_v38() -> dict[str, Any]:
    """v37 plus no verb of hoping, congratulating, meeting or cabling read into a foreign name that opens its sentence
    (。希望|某某市长此访…: the name after the verb, as in the middle of a sentence)."""
    p = post_patterns_v37()
    _replace_once(p, "foreign_before", "(?![各两多该本前副时现新原我他她])", "(?![各两多该本前副时现新原我他她]|希望|祝贺|会见|致电)",
                  "foreign before: no verb opening the name (v36)")
    return p
