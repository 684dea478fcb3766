"""Shared pieces of the entity rules: the candidate record and small lexica."""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.tokens import Doc, Span

from .gazetteer import Gazetteer

_HAN = re.compile(r"[\u4e00-\u9fff]")
_LEVEL_HINT = {"自治区": "自治区", "自治州": "州", "自治县": "县", "自治旗": "旗"}
_BODY_TYPE = {"组织部": "组织部", "宣传部": "宣传部", "统战部": "统战部", "政法委": "政法委", "办公室": "办公室",
              "党组": "党组", "常委会": "党委"}
# written after a region/level word, these are not region names: 泗洪路, 扬州大学, 扬州日报
# (街头 is a street scene, not a street name: 走在福州街头; 学院路 and 大学路 are streets: 海淀区学院路街道); 代表团, zones, new towns, metropolitan areas, bank
# branches and the sections of a project (（龙岩段）) are named bodies or areas, not divisions
_REGION_NOT_BEFORE = re.compile(
    r"路(?!灯|网|面|况|径|线|演|费|标|桥)|街(?!头)|巷|大道|大街|大学(?!路)|学院(?!路)|日报|晚报|银行|电视台|广播|医院|中学|小学|高速|机场|港口|代表团|"
    r"(?:经济|经济技术|高新技术|综合保税|产业)?开发区|高新区|保税区|工业园|产业园|新城|都市圈|经济圈|城市群|"
    r"分行|支行|分公司|直属库|段|"
    # a farm product named after its place (五常大米, 赣南脐橙)
    r"大米|香米|脐橙|蜜柚|猕猴桃|大闸蟹|"
    # a province's delegation to a congress by its short name (广西团代表们)
    r"团(?=代表|审议|讨论|全体|会议)|"
    # a spirit named after a place (井冈山精神, 延安精神) and free-trade zones (海南自贸港)
    r"精神|自贸港|自贸区|自由贸易港|自由贸易试验区|"
    # a reservoir or an irrigation district named after its place (丹江口水库, 丹江口库区, 都江堰首灌区)
    r"水库|库区|首?灌区|"
    # an armed-police or fire-rescue unit named after its place (武警广西总队桂林支队), a garrison or military
    # district (北京卫戍区, 上海警备区, 山南军分区), a hydrological or weather station (湖口水文站)
    r"总队|支队|卫戍区|警备区|军分区|水文站|气象站|"
    # railway stations named after their city (北京西站、北京南站和北京站: not 北京站在新起点, 某站长)
    r"[东西南北]站(?![长点台在起上稳出住])|站(?=[、和与及])|"
    # a military region named after its city (成都军区; a province's military district is the province's: 某省军区)
    r"(?<!省)军区|"
    # historical bases and units named after their region (山东抗日根据地, 八路军山东纵队, 中共中央山东分局)
    r"(?:抗日)?根据地|纵队|分局|"
    # a lake named after a place (鄱阳湖, 洪泽湖; not 湖南, 湖北, 湖州, nor a district of the place: 厦门|湖里区), a
    # pilot zone named after its city (深圳先行示范区), a company's place in brackets (某某系统（重庆）有限公司)
    r"湖(?![南北州区])|先行示范区|示范区|先行区|引领区|[)）](?:有限|股份|集团|公司)|"
    # ships and fleets named after a place (辽宁舰, 山东舰, 北海舰队), a zone's place in brackets (中国(新疆)自贸试验区),
    # a village named after a place (马鞍山村; not 村民, 村委, 村级)
    r"舰|\)(?:自贸|自由贸易)|村(?![民委级干集])|"
    # hospitals and health centres named after their place (金寨县人民医院, 燕子河镇中心卫生院), and ports
    # (宁波舟山港; not 港澳, 港人, 港资 …)
    r"(?:人民|中医|中西医结合|妇幼保健|妇幼|第[一二三四五六七八九十]人民|中心|儿童|肿瘤|口腔|精神卫生|传染病)"
    r"(?:医院|卫生院)|医疗次?中心|疾控中心|疾病预防控制中心|卫生服务中心|妇幼保健院|保健院|港(?![澳台人资股籍口区])|"
    # people (同老乡们: the township 同老乡 is not meant; no place takes 们), the site of a meeting named after its
    # place (古田会议会址, 某地全军政治工作会议会址)
    r"们|[\u4e00-\u9fff]{0,10}?会议?会址|"
    # a river named like a place before its waterway or basin (赣江、昌江智慧航道, 某江流域)
    r"(?:智慧)?航道|流域|干流|支流|"
    # a grassland named after its place (锡林郭勒草原, 呼伦贝尔草原)
    r"草原|"
    # a wetland named after its place (玛纳斯湿地), a laboratory named after its province (辽宁材料实验室)
    r"(?:国家)?湿地|(?:(?![的了和与在是有等及把被将建设一批个家座所])[\u4e00-\u9fff]){0,4}?实验室"
)
#: words after a surname character that are not given names (祝大家, 向我们, 给群众)
_NOT_GIVEN_NAMES = frozenset("大家 我们 你们 他们 她们 咱们 自己 同志 人民 群众 一起 一同 一行 大伙 各位 "
                             # forms of address after a surname (张大妈, 李师傅): a reference, not a name
                             "大妈 大爷 阿姨 大姐 大哥 奶奶 爷爷 师傅 大叔 大娘 婆婆 阿婆 老汉 大嫂 "
                             # prepositions after the last character of a place (江|苏按照: 江苏 carrying on)
                             "按照 根据 通过 对于 关于 为了 由于 随着 围绕 依照 依据 本着 除了 经过 作为".split())
#: district names that are also ordinary words (新城区): a REGION only right after the city they belong to
_GENERIC_DISTRICTS = re.compile(r"新城区|老城区|市中区|城中区")
# a region name opening the proper name of a company or facility (湖南湘大工程检测有限公司, 某某水泥熟料生产线):
# a few words without a function word, then a company/facility noun
_REGION_IN_NAME = re.compile(
    r"(?!民营|国有|国企|企业|上市|外资|大型|中小|龙头|各类|重点|骨干|规上|优质|本地|新增|全部|多家|部分|一批|一家)"
    r"(?![一二两三四五六七八九十几\d]+[家所座个])"  # (a count after the place names it: 某县|两家县级医院)
    # (an edition first: 杭州第四届亚洲残疾人运动会)
    r"(?:第[一二三四五六七八九十\d]+届)?"
    # (同 a preposition: 在某市同世界银行行长…举行对话 names no bank of the city)
    r"(?:(?![的和与及同在对等把将被向为了是从以委推支引助促抓见访已])(?!(?<!天)府)(?!加快|打造|推进|推动|实施|聚焦|围绕|积极|大力|全力)"
    r"[\u4e00-\u9fff\d]){0,6}?"
    r"(?:有限责任公司|股份有限公司|有限公司|集团|公司|营业部|景区|生产线|供电所|供电局|水泥厂|"
    # facilities and sites named after their place (海口美兰机场口岸, 文昌市联东中学, 某市第76小学, 某某革命烈士陵园)
    r"中学|小学|大学|学院|高中|初中|幼儿园|机场|口岸|陵园|纪念园|纪念馆|博物馆|发射场|免税城|嘉年华|旧址群|旧址|会址|"
    # schools and free-trade areas named after their place (某县中等职业学校, 某市自贸片区)
    r"中等职业学校|职业学校|学校|自贸片区|"
    # banks named after their place (厦门国际银行, 某某农村商业银行)
    r"银行|农商行|信用社|"
    # (stations, parks, theme parks and resort towns, a numbered welfare home: 北京城市副中心站, 北京园博园, 赣州红色主题
    # 公园, 福州闽越水镇, 某市第一福利院)
    r"城市副中心站|高铁站|火车站|客运站|园博园|主题公园|水镇|第[一二三四五六七八九十]社会福利院|第[一二三四五六七八九十]福利院|社会福利院|"
    r"老年活动中心|活动中心|文化中心|艺术馆|科技馆|图书馆|体育馆|展览馆|美术馆|大剧院|剧院|"
    # (v7) hospitals, shops and markets, parks, research institutes, a delegation's sub-teams
    r"(?:医院|商场|(?:小商品|农贸|批发|农产品)市场|产业园|科技园|版本馆|"
    r"研究所|研究院|光机所|分团|"
    # science and industry parks named "城" (成都天府国际生物城, 怀柔科学城)
    r"生物城|科学城|科技城|影视城|医药城|大学城|"
    # plants and firms named after their place (大唐哈尔滨第一热电厂, 长春金赛药业), business districts (南京软件谷,
    # 济南中央商务区, 南昌航空城), halls, academies and exchanges (新疆人民会堂, 山西博物院, 天津农科院, 上海期货交易所),
    # ports and hubs (佛山国际陆港, 深圳蛇口邮轮母港, 海口新海港客运枢纽), survey teams (山东省地矿局第六地质大队)
    r"热电厂|发电厂|电厂|药业|重工|电器|软件谷|中央商务区|航空城|人民会堂|博物院|农科院|林科院|林科所|光源|交易所|"
    r"陆港|母港|客运枢纽|交通枢纽|枢纽|地质大队|地质队|"
    # games and fairs named after their city (杭州第19届亚洲运动会, 杭州亚运会, 北京冬奥会)
    r"亚洲运动会|亚运会|亚残运会|奥运会|冬奥会|残奥会|冬残奥会|大运会|亚冬会|全运会|运动会|世博会|进博会|博览会))"
    # power stations, wharves, data centres and bases named after their place (米林水电站, 北部湾港钦州自动化集装箱码头,
    # 某某人工智能公共算力中心, 中国移动某市智算中心, 中金数据某市零碳算力基地; not 在某市建设数据中心: no verb between)
    r"|(?:(?![的和与及在对等把将被向为了是从以建新打推加布])[\u4e00-\u9fff\d]){0,6}?"
    r"(?:水电站|核电站|电站|风电场|集装箱码头|数据中心|算力中心|智算中心|超算中心|计算中心|算力基地|数据基地)"
    # a national park, reserve or model zone named after its place, the place's own name between (某县某某国家现代农业
    # 示范区, 某地某某国家湿地公园; not 某市围绕建设国家…示范区: no verb between)
    r"|(?:(?![的和与及在对等把将被向为了是从以委推支引助促抓见访已建创争围绕成设作打造加快进实施聚焦全好])[\u4e00-\u9fff])"
    r"{0,4}国家级?[\u4e00-\u9fff]{1,10}?(?:示范区|产业园|湿地公园|森林公园|文化公园|地质公园|公园|自然保护区|保护区|"
    r"高新区|开发区|试验区)"
)
#: division names that are also words for zones and districts: 空港新城 is not the division 新城
_ZONE_WORDS = frozenset({"新城", "新区", "城区", "老城", "新村", "开发区", "高新区"})


_NOT_NAME_END = frozenset("方会版党部委省市县区局院社网报台们人")


class _CharClass:
    r"""Membership test for a regex character class such as ``[\u4e00-\u9fff\d“”]``."""

    def __init__(self, cls: str) -> None:
        self._rx = re.compile(cls)

    def __contains__(self, ch: str) -> bool:
        return self._rx.fullmatch(ch) is not None


@dataclass
class Cand:
    start: int
    end: int
    label: str
    attrs: dict[str, Any]
    prio: int = 5  # lower wins among spans of equal length
    tier: int = 0  # lower tiers are chosen first (the model's spans: 1 with policy "fill", -1 "model_first")
    parts: list[Cand] = field(default_factory=list)

    @property
    def length(self) -> int:
        return self.end - self.start


def _model_persons(doc: Doc) -> list[Span]:
    """PERSON entities already on the Doc (from ``ner``), read without iterating tokens."""
    if not doc.has_annotation("ENT_IOB"):
        return []
    person = doc.vocab.strings.add("PERSON")
    arr = doc.to_array([ENT_IOB, ENT_TYPE])
    iob, typ = arr[:, 0], arr[:, 1]
    out: list[Span] = []
    for s in numpy.flatnonzero((iob == 3) & (typ == person)):
        rest = numpy.flatnonzero(iob[s + 1:] != 1)
        e = s + 1 + (int(rest[0]) if len(rest) else len(iob) - s - 1)
        out.append(Span(doc, int(s), int(e), label="PERSON"))
    return out


@lru_cache(maxsize=1)
def _long_place_chars(gz: Gazetteer) -> frozenset[str]:
    """Second characters of division names starting with 长 (长春, 长山, 长治): after 区长/市长
    such a character makes the 长 part of a place name, not a title."""
    return frozenset(n[1] for n in gz.by_name if n.startswith("长") and len(n) >= 2)


@lru_cache(maxsize=1)
def _long_place_names(gz: Gazetteer) -> tuple[str, ...]:
    """Names of divisions that start with 长 and could follow a head's level word (县|长沙…): full names of every level,
    short forms of counties and above only (长梁 of 长梁镇 opens no place after 市长: 市长|梁某某), longest first."""
    out = set()
    for n, codes in gz.by_name.items():
        if not n.startswith("长") or len(n) < 2:
            continue
        if gz.is_full_name(n) or {gz.by_code[c].level for c in codes} <= {"province", "city", "county"}:
            out.add(n)
    return tuple(sorted(out, key=len, reverse=True))


def long_place_at(text: str, pos: int, gz: Gazetteer) -> bool:
    """True if a division named with 长 starts at ``pos`` (省|长沙市, 上海市|长宁区; not 省长|梁某某)."""
    return text.startswith(_long_place_names(gz), pos)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Frequent words starting with a surname character (never person names)."""
    ref = resources.files("kg") / "data" / "common_words.txt.gz"
    with ref.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip())


def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"
