"""The ``kg_rules`` component: high-precision entity rules.

Finds POST, ORG, REGION, CAMPAIGN, MEETING, DATE and PERSON spans with
compiled regexes over the Doc's (normalised) text and a dictionary scan of the
division gazetteer, then chooses non-overlapping entities (longest first;
rules before the trained ``ner``'s PERSON spans, see ``model_policy``).
Spans nested in a chosen entity (the region and body of a POST …) go to
``doc.spans["kg_parts"]``. Attributes are on ``span._.kg`` (docs/design.md).
"""

from __future__ import annotations

import bisect
import logging
import os
import re
from collections import Counter
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import extensions, sentences  # noqa: F401  (declares the extensions; registers kg_sentencizer)
from .candidates import _GENERIC_DISTRICTS, _HAN, _NOT_GIVEN_NAMES, _NOT_NAME_END, _REGION_IN_NAME, _REGION_NOT_BEFORE, _ZONE_WORDS, Cand, _CharClass, _is_han, _model_persons
from .extensions import get_norm
from .candidates import common_words
from .gazetteer import PROVINCE_ABBR, Gazetteer, _frequent_words, _nonregion_words, gazetteer
from .patterns import (
    NATIONWIDE_KINDS,
    campaign_patterns,
    country_alternation,
    foreign_place_names,
    date_patterns,
    meeting_patterns,
    org_patterns,
    person_patterns,
    post_patterns,
)
from .persons import PersonRules
from .scanre import compile_scan, required_tail, required_tails
from .posts import PostRules
from .surnames import SINGLE_SURNAMES, WEAK_SURNAMES, is_yi_name, surname_of

logger = logging.getLogger("kg")

MODEL_POLICIES = ("fill", "rules", "model_first")


def _opt(patterns: dict[str, Any], key: str) -> re.Pattern[str] | None:
    """The compiled optional pattern ``key`` of a pattern set, or None when the set has none."""
    src = patterns.get(key)
    return compile_scan(src) if src else None


#: the full name of a preaching group (学习贯彻党的二十大精神中央宣讲团): a group named after what it preaches
_PREACHING_GROUP = re.compile(r"学习贯彻[^，,。；;：:\n]{2,30}?精神(?P<group>(?:中央|[省市县区])宣讲团(?:成员)?)")


def _preaching_group_names(text: str, cands: list[Cand]) -> list[Cand]:
    """No meeting or post read inside a preaching group's full name (学习贯彻党的二十大精神中央宣讲团成员在各地宣讲: the
    meeting it preaches names the group, as in every gold set; 成员 is the group's members, no one's post) unless
    another title follows (…中央宣讲团成员、某省委书记某某: the members' post stays)."""
    spans = []
    for m in _PREACHING_GROUP.finditer(text):
        stacked = m.group("group").endswith("成员") and text.startswith("、", m.end())
        spans.append((m.start(), m.start("group") if stacked else m.end()))
    if not spans:
        return cands
    return [c for c in cands if not (c.label in ("MEETING", "POST") and any(a <= c.start and c.end <= b
                                                                             for a, b in spans))]


#: the title of a book, document or programme: 《1985年—2000年某市经济社会发展战略》
_TITLE_MARKS = re.compile(r"《[^《》\n]{1,80}》")
#: labels a title never holds as mentions (a campaign or meeting may be what the document is about)
_NOT_IN_TITLES = frozenset({"PERSON", "POST", "ORG", "REGION", "DATE", "MEETING"})


def _join_quoted_pairs(text: str, cands: list[Cand], first: int) -> None:
    """A campaign whose name opens with a quoted word right after another quoted word takes both
    (“林长”“河长”联署办公机制): the name covers the pair."""
    for i in range(first, len(cands)):
        c = cands[i]
        if c.label != "CAMPAIGN" or not text.startswith("“", c.start) or c.start < 3 or text[c.start - 1] != "”":
            continue
        q = text.rfind("“", max(0, c.start - 7), c.start - 1)
        if q < 0 or _CLAUSE_PUNCT.search(text, q, c.start) or "”" in text[q:c.start - 1]:
            continue
        if any(o.label == "CAMPAIGN" and o.start == q for o in cands[first:]):
            continue  # “强富美高”“五大突破”: two campaigns, each of its own
        close = text.find("”", c.start + 1, c.end)
        if close < 0 or close - c.start > 6:
            continue  # both quoted words are short (“林长”“河长”)
        name = text[q:c.end].replace("“", "").replace("”", "")
        cands.append(Cand(q, c.end, "CAMPAIGN", dict(c.attrs, name=name), prio=c.prio))


def _jieba_dictionary() -> str:
    """Where jieba's main dictionary is installed."""
    import jieba

    return os.path.join(os.path.dirname(jieba.__file__), "dict.txt")


def _idioms() -> frozenset[str]:
    """The four-character idioms of jieba's dictionary (tag ``i``; 家喻户晓)."""
    return _jieba_words()[1]


#: an ordinal or a number (第一, 第二, 三十): never a township's short form in a list
_ORDINAL = re.compile(r"第?[一二三四五六七八九十百千零〇两\d]+")


def _without_regions_inside(cands: list[Cand], spans: list[tuple[int, int]]) -> list[Cand]:
    """``cands`` without the REGIONs that lie inside one of ``spans`` (the places naming a court or a committee)."""
    return [c for c in cands if not (c.label == "REGION" and any(a <= c.start and c.end <= b for a, b in spans))]


def _inside_foreign_place(text: str, start: int, end: int, rx: re.Pattern[str]) -> bool:
    """True if ``text[start:end]`` lies within a foreign state's or city's name written there (杜尚别, 塔吉克斯坦)."""
    for m in rx.finditer(text, max(0, start - 8), min(len(text), end + 8)):
        if m.start() <= start and end <= m.end():
            return True
    return False


def _manner_words() -> frozenset[str]:
    """The frequent two-character adjectives and adverbs of jieba's dictionary (tags a, ad, d, vd; count ≥ 200:
    郑重, 严肃, 方便), which open no name before a verb."""
    return _jieba_words()[2]


#: the words of a memorial, a cemetery or a former home (某某纪念馆, 某某故居)
_MEMORIAL_WORDS = r"纪念馆|纪念园|纪念碑|纪念堂|纪念亭|故居|旧居|陵园"
#: the word of a memorial after a name: a name never ends on its first character (庄连纪|念园)
_MEMORIAL_WORD = re.compile(_MEMORIAL_WORDS)


def _idiom_or_memorial_cut(text: str, start: int, end: int) -> bool:
    """True if an idiom of the dictionary starts one to three characters before ``start`` and runs into the span
    (家|喻户晓), or the span ends on the first character of a memorial's word (刘老庄连纪|念园)."""
    if end - start >= 2 and _MEMORIAL_WORD.match(text, end - 1):
        return True
    idioms = _idioms()
    return any(text[a:a + 4] in idioms for a in range(max(0, start - 3), start))


def _two_char_word_counts() -> dict[str, int]:
    """The counts of jieba's dictionary's two-character words."""
    return _jieba_words()[0]


@lru_cache(maxsize=1)
def _jieba_words() -> tuple[dict[str, int], frozenset[str], frozenset[str]]:
    """The counts of jieba's dictionary's two-character words, its four-character idioms and its frequent
    two-character adjectives and adverbs (MIT licence; shipped with the jieba package the tokenizer uses), read once
    per process. Without the file (a broken install) no word is known: the filters that read them keep every name,
    with a warning."""
    path = _jieba_dictionary()
    counts: dict[str, int] = {}
    idioms: set[str] = set()
    manner: set[str] = set()
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2 and len(parts[0]) == 2 and parts[1].isdigit():
                    counts[parts[0]] = int(parts[1])
                    if len(parts) >= 3 and parts[2] in ("a", "ad", "d", "vd") and counts[parts[0]] >= 200:
                        manner.add(parts[0])
                elif len(parts) >= 3 and len(parts[0]) == 4 and parts[2] == "i":
                    idioms.add(parts[0])
    except OSError as exc:
        logger.warning("kg_rules: jieba's dictionary %s cannot be read (%s); ordinary words are not told from names",
                    path, exc)
    return counts, frozenset(idioms), frozenset(manner)


@lru_cache(maxsize=2)
def _common_two_char_words(min_freq: int = 20) -> frozenset[str]:
    """Two-character words of jieba's dictionary frequent enough to be ordinary words (苗木, 康复, 关怀)."""
    return frozenset(w for w, n in _two_char_word_counts().items() if n >= min_freq)


#: how often (in jieba's counts) the first two characters of a three-character model name must occur as a word for
#: the name to be read as that word and one more character (洪水|淹, 田野|里)
_FIRST_WORD_FREQ = 300


def _uncorroborated_word(text: str, name: str, post_ends: set[int], named: set[str]) -> bool:
    """A two-character model name that is an ordinary word (苗木, 康复) and is nowhere written as a person's: never
    after a title (总理李强, 副局长丛林), never before 同志 (罗文同志), never found by the rules."""
    if name in named or not (len(name) == 2 and name in _common_two_char_words()
                             or len(name) == 3 and name[:2] in _common_two_char_words(_FIRST_WORD_FREQ)):
        return False
    i = text.find(name)
    while i >= 0:
        if i in post_ends or text.startswith(("同志", "等同志"), i + len(name)):
            return False
        i = text.find(name, i + len(name))
    return True


def _trim_to_known(text: str, model: list[Span], persons: list[Cand]) -> list[Span]:
    """A three-character model name whose first two characters are a two-character name found elsewhere in
    the article, and which is not found on its own, is that name (林丹|荣获); a model span that holds a
    name of three or more characters the rules found, and more, is that name (但在|某·某某|看)."""
    two = {e.text for e in model if len(e.text) == 2} | {text[c.start:c.end] for c in persons if c.length == 2}
    # a longer model span around a rule name of three or more characters (但在|某·某某|看) is that name
    long = {text[c.start:c.end] for c in persons if c.length >= 3 and c.attrs.get("kind") == "name"}
    if not two and not long:
        return model
    three = Counter(e.text for e in model if len(e.text) == 3)
    out = []
    for e in model:
        inner = next((n for n in long if len(n) < len(e.text) and n in e.text), None) if long else None
        if inner is not None and e.text not in long:
            a = e.start_char + e.text.index(inner)
            trimmed = e.doc.char_span(a, a + len(inner), label=e.label)
            out.append(trimmed if trimmed is not None else e)
        elif len(e.text) == 3 and e.text[:2] in two and three[e.text] == 1:
            trimmed = e.doc.char_span(e.start_char, e.end_char - 1, label=e.label)
            out.append(trimmed if trimmed is not None else e)
        else:
            out.append(e)
    return out


def _places_joined(inner: str) -> bool:
    """True if every part of a “甲+乙” phrase opens with a division's name (福建企业+宁夏资源)."""
    gz = gazetteer()
    return all(next((s == 0 for s, _e, _n in gz.finditer(part)), False) for part in inner.split("+"))


def _quoted_whole(text: str, start: int, end: int) -> bool:
    """“田秀才”: a model name that fills a pair of quotes is a nickname or a term, not a person's name."""
    return start > 0 and end < len(text) and text[start - 1] in "“\"「『" and text[end] in "”\"」』"


#: the anniversary of a law or a document before a meeting's noun (《某某法》实施20周年座谈会)
_LAW_ANNIVERSARY = re.compile(r"《[^《》\n]{2,30}》(?:实施|颁布|施行|发布|出版|公布|制定)"
                              r"(?:\d+|[一二三四五六七八九十百]+)周年$")
#: a law's anniversary named without its brackets, 纪念 opening it (纪念民族区域自治法颁布实施40周年)
_BARE_LAW_ANNIVERSARY = re.compile(r"(?:纪念)?(?:(?![的在和与是了，。；、])[\u4e00-\u9fff]){2,16}?法"
                                   r"(?:颁布实施|颁布施行|颁布|实施|施行|公布)(?:\d+|[一二三四五六七八九十百]+)周年$")
#: the anniversary of a programme's start or a body's founding, opened by 庆祝/纪念 (庆祝光彩事业发起实施30周年)
_ANNIVERSARY = re.compile(r"(?:庆祝|纪念)(?:(?![的在和与是了，。；、])[\u4e00-\u9fff“”]){2,16}?"
                          r"(?:发起实施|发起|实施|开展|设立|成立|创立|建立|创办)(?:\d+|[一二三四五六七八九十百]+)周年$")
#: a village's name of two to four characters opening with 路 (路里坑村), right after its township
_VILLAGE_AFTER = re.compile(r"[路段][\u4e00-\u9fff]{0,3}?村(?![长委])")
#: after 香港/澳门/台湾 (and the others listed with them): their people or their question, not the place
_COMPATRIOTS = re.compile(r"(?:[、和与及](?:香港|澳门|台湾))*(?:同胞|问题|青年|居民|民众|各界|事务)")


def _adverb_first(text: str, start: int) -> bool:
    """True if a name's would-be surname is the adverb 曾 ('once') before a verb (总书记曾来到, 曾到过)."""
    return text.startswith("曾", start) and text[start + 1:start + 3] in _frequent_words()


def _verb_given_name(text: str, start: int, end: int) -> bool:
    """True if a would-be three-character name ends in a frequent word with an aspect marker after it (居民楼|进行了
    改建: the surname character closes a word and the 'given name' is a verb)."""
    return end - start == 3 and text[end:end + 1] in ("了", "着", "过") and text[start + 1:end] in _frequent_words()


def _preposition_given_name(text: str, start: int, end: int) -> bool:
    """True if a would-be two-character name ends in a preposition before the leader or the people it points at
    (某某拉毛|向总书记展示: the end of a longer name, then 向)."""
    return end - start == 2 and text[start + 1] in "向对给跟为" and text.startswith(("总书记", "习近平", "大家"), end)


def _word_then_locative(text: str, start: int, end: int) -> bool:
    """True if a would-be two-character name is a word's last character and a locative (这篇文|章里: 文章里, 会场上)."""
    return end - start == 2 and start > 0 and text[start + 1] in "里上中内外下旁边" \
        and text[start - 1:start + 1] in _frequent_words()


#: an award or a fund named after a person (陈嘉庚科学奖, 某某青年科学奖, 某某奖学金): the name is the award's
_AWARD_AFTER = re.compile(r"(?:青年)?(?:科学|科技|工程科技|文学|艺术|教育|体育)?奖(?![励金状品项章杯])|奖学金|基金会")


def _no_name_here(text: str, start: int, end: int) -> bool:
    """True if a would-be name, whichever rule or model found it, is part of something else where it stands: a
    place's, a memorial's or an award's name (阿土列尔|村, 王家|镇, 某某|纪念馆, 陈嘉庚|科学奖), or words read as a
    surname and a given name (居民楼|进行了, 文|章里, 某某拉毛|向总书记, 金灿灿的)."""
    return bool(_PLACE_AFTER.match(text, end) or _MEMORIAL_AFTER.match(text, end) or _AWARD_AFTER.match(text, end)) \
        or _verb_given_name(text, start, end) or _word_then_locative(text, start, end) \
        or _preposition_given_name(text, start, end) \
        or (end - start == 3 and text[start + 1:end] in _VIVID_ENDINGS and text[end:end + 1] in ("的", "地"))


#: the levels below a province a bare title or body may name (县委书记, 市长, 县委; a village's is no division, a
#: province's bare 省委/自治区党委 is read as the article's)
_LOCAL_LEVELS = frozenset(("市", "县", "区", "镇", "乡", "旗", "州", "盟"))
#: words that point at the article's own place (我县, 本市, 该县; not 全县, which a text about the kind of official
#: uses too): a text with one is about a place
_OWN_PLACE = re.compile(r"[我本该][市县区镇乡旗州盟]")
#: the leading bodies of a level (县委, 县政府 …), which a text about the kind of official names as kinds too; a
#: bureau written alone (县林业局组织人员巡山) is a body of some county all the same
_LEADING_BODIES = frozenset(("党委", "政府", "人大", "政协", "纪委"))
#: how often a body must be written without a holder before its titles are read as kinds of officials
_GENERIC_TIMES = 3
_CLAUSE_END = re.compile(r"[，,。；;！!？?\n]")


def _generic_titles(text: str, cands: list[Cand]) -> list[Cand]:
    """In a text that names no place at all (nor its title, nor 我县/该县…), a bare title or leading body below a
    province written again and again with no one named after it in its clause is the kind of official or body,
    not a post of any region (县委是“一线指挥部”，县委书记就是“一线总指挥”。当好县委书记，必须…): none of it is kept.
    A bureau alone, a body written once or twice (乡党委抓好落实) and every title of a text that names a place
    are kept (its bare titles are read against that place)."""
    if any(c.label == "REGION" for c in cands) or _OWN_PLACE.search(text):
        return cands
    starts = sorted(c.start for c in cands if c.label == "PERSON")
    unheld: list[tuple[Cand, str]] = []
    for c in cands:
        if (c.label == "POST" or c.label == "ORG" and c.attrs.get("body_type") in _LEADING_BODIES) \
                and c.attrs.get("region") is None and c.attrs.get("level_hint") in _LOCAL_LEVELS:
            m = _CLAUSE_END.search(text, c.end)
            end = m.start() if m is not None else len(text)
            i = bisect.bisect_left(starts, c.end)
            if i == len(starts) or starts[i] >= end:  # no one holds it here
                unheld.append((c, str(c.attrs.get("body") or text[c.start:c.end])))
    times = Counter(body for _c, body in unheld)
    generic = {id(c) for c, body in unheld if times[body] >= _GENERIC_TIMES}
    return [c for c in cands if id(c) not in generic] if generic else cands


#: a comparative inside an unquoted would-be programme (更好服务国家战略): a goal, not a name
_COMPARATIVE = re.compile(r"更好|更加|更大|更多|进一步|更高")
#: a court or a procuratorate by its name (某县人民法院, 某区检察院, 最高人民检察院)
_COURT = re.compile(r"(?:法院|检察院)$")
#: the national court and procuratorate: organs of the state, ORGs like the ministries even when written alone
_SUPREME = frozenset({"最高人民法院", "最高人民检察院", "最高法", "最高检"})


#: before a membership: the word that makes it someone's (某某是/当选政协委员), or the term of a decision's
#: membership (增补某某为第十四届全国政协委员, 撤销某某第十四届全国政协委员资格)
_MEMBER_OF = re.compile(r"(?:是|为|任|担任|当选|作为|身为|成为|届)$")
#: after a membership: the membership a decision ends (…委员资格, …委员职务, 辞去…委员的决定)
_MEMBER_ENDED = re.compile(r"(?:资格|职务|的决定)")


def _member_groups(text: str, cands: list[Cand], stacked: bool = False) -> list[Cand]:
    """A CPPCC membership (政协委员, 全国政协委员, 自治区政协委员, 某市政协委员) with no one named right after it is
    the members as a group (广大政协委员, 组织政协委员…, 同政协委员互动交流, 4位政协委员, 看望在某地的全国政协委员和
    自治区政协委员), no one's title: not a POST. Kept before a name (政协委员某某), after the word that makes it
    someone's (某某是政协委员) and where a decision confers or ends it (为第十四届全国政协委员, …委员资格). With
    ``stacked``, also kept as the first of a person's stacked titles (全国政协委员、某某院院士某某: a name follows the
    titles in the same clause, nothing but titles between)."""
    person_starts = {c.start for c in cands if c.label == "PERSON"}
    stack_ends = sorted(person_starts) if stacked else []
    return [c for c in cands
            if not (c.label == "POST" and text.endswith("政协委员", 0, c.end) and c.end not in person_starts
                    and not _MEMBER_OF.search(text, max(0, c.start - 2), c.start)
                    and not _MEMBER_ENDED.match(text, c.end)
                    and not (stacked and _stacked_before_name(text, c.end, stack_ends)))]


#: 各 before a title: the holders of the title in every unit, a group (各乡镇党委书记、县直各部门主要负责人列席会议)
_EACH_BEFORE = re.compile(r"各(?:乡镇|乡|镇|街道|县区|县|市|区|级|地|村|社区)?$")


#: 各 and the levels it spans before a body (各省区|市党委宣传部, 各市|县委): the bodies of every unit, a group
_EACH_LEVELS_BEFORE = re.compile(r"各(?:省区|省|市|县|区|地|乡镇)$")


def _group_titles(text: str, cands: list[Cand]) -> list[Cand]:
    """A title after 各 with no one named right after it is the holders as a group, no one's title: not a POST."""
    person_starts = {c.start for c in cands if c.label == "PERSON"}
    return [c for c in cands if not (c.label == "POST" and c.end not in person_starts
                                     and _EACH_BEFORE.search(text, max(0, c.start - 3), c.start))]


#: what may stand between a membership and the name its stacked titles end at: the other titles, no clause break
#: and no joining word of a list of groups (全国政协委员和自治区政协委员)
_MEMBER_STACK_GAP = re.compile(r"、(?:(?![和与及等的在对为是了])[\u4e00-\u9fff·]){2,30}")


def _stacked_before_name(text: str, end: int, person_starts: list[int]) -> bool:
    """A person's name starts after the membership ending at ``end``, past ``、`` and other titles only."""
    m = _MEMBER_STACK_GAP.match(text, end)
    if m is None:
        return False
    i = bisect.bisect_right(person_starts, end)
    return i < len(person_starts) and person_starts[i] <= m.end() and "政协委员" not in text[end:person_starts[i]]


def _trim_dotted(text: str, persons: list[Cand]) -> list[Cand]:
    """A ·-joined name that is another ·-joined name found in the article and more characters
    (志愿者|某·某某写|了 beside ，某·某某来到) is that name."""
    dotted = {text[c.start:c.end] for c in persons if "·" in text[c.start:c.end]}
    if len(dotted) < 2:
        return persons
    # two that share the first part and two or more characters after the dot, then differ (某某·某某跟|村民们 and
    # 某某·某某长|期工作): the shared part is the name
    for x in sorted(dotted):
        for y in sorted(dotted):
            if x < y and x.split("·")[0] == y.split("·")[0] and not x.startswith(y) and not y.startswith(x):
                common = os.path.commonprefix([x, y])
                if len(common) - common.index("·") - 1 >= 2:
                    dotted.add(common)
    out = []
    for c in persons:
        name = text[c.start:c.end]
        inner = max((d for d in dotted if len(d) < len(name) and name.startswith(d)), key=len, default=None) \
            if "·" in name else None
        out.append(Cand(c.start, c.start + len(inner), c.label, c.attrs, c.prio, c.tier, c.parts)
                   if inner is not None else c)
    return out


def _outside_titles(text: str, cands: list[Cand], series: bool = False) -> list[Cand]:
    """The candidates that are not people, titles, bodies, places, dates or unquoted campaigns inside 《…》 (a
    document's name holds no mentions of them: 《中华人民共和国监察法》, 《某市发展战略》); with ``series`` no campaign
    at all inside the title of a programme's series (《共建“一带一路”·权威访谈》: the series, not the initiative)."""
    titles = [(m.start(), m.end()) for m in _TITLE_MARKS.finditer(text)]
    if not titles:
        return cands
    if series:
        shows = [(a, b) for a, b in titles if _SERIES_TITLE.search(text, a, b)]
        cands = [c for c in cands if not (c.label == "CAMPAIGN" and any(a < c.start and c.end < b for a, b in shows))]
    # (a campaign inside one counts only when quoted: 《关于开展“某某活动”的实施意见》, not 《关于开展某学习教育的通知》)
    return [c for c in cands if (c.label not in _NOT_IN_TITLES
                                 and not (c.label == "CAMPAIGN" and "“" not in text[c.start:c.end]
                                          and '"' not in text[c.start:c.end]))
            or not any(a < c.start and c.end < b for a, b in titles)]


#: the end of a broadcast series' title (《共建“一带一路”·权威访谈》, 《某某·高端访谈》, 《某某》系列报道)
_SERIES_TITLE = re.compile(r"(?:访谈|专访|报道|节目|纪录片|专栏|栏目|述评|对话)》")
#: what makes a named strategy part of a place's positioning goal (…崛起的重要战略支点; the gold sets' majority
#: convention, xwlb8 and xwlb16 — xwlb12 annotated 西部大开发重要战略支点 as a campaign)
_GOAL_AFTER = re.compile(r"的?(?:重要)?(?:战略)?支点|(?:国际|区域性?)?(?:航运|航空|物流|交通|开放)?枢纽")
#: the qualifier that makes a zone or centre a designated one (国家生态文明试验区, 国际科技创新中心); a place name does too
_NAMED_ZONE = re.compile(r"国家|国际|全国|中国|两岸|[“\"]")
#: a document named after a programme (某某建设总体方案, 某某发展规划纲要): the document, not the programme
_DOCUMENT_AFTER = re.compile(r"(?:总体|实施|建设|行动)?方案|(?:总体|发展|专项)?规划(?:纲要)?(?!建设|实施)|纲要|条例|实施意见")
#: Hong Kong, Macao and Taiwan by their names (no divisions of the national table's mainland codes)
_SAR_NAMES = frozenset(("香港", "澳门", "台湾", "香港特别行政区", "澳门特别行政区", "台湾省", "台湾地区"))
#: the kinds of a body's own documents named after it (工作报告, 2025年协商计划, 2024年工作总结)
_DOCUMENT_KIND = re.compile(r"(?:\d{4}年度?)?(?:工作报告|工作总结|协商计划|学习计划|工作要点)")
#: a hall, exhibition room or base named after a campaign (某某主题教育馆, 某某工程展示馆, 某某教育基地)
_HALL_AFTER = re.compile(r"(?:展示|展览|纪念)?馆|展厅|陈列室|(?:教育|实践|示范)基地")
#: a topic opening a meeting's name that lists its items and ends with 等 (加强某某和推进“某某”等)
#: the verb that holds a meeting before its name (召开, 主持召开, 举行了)
_HELD_BEFORE_NAME = re.compile(r"(?:召开|举行|举办)(?:了)?")
#: the verb of a programme that opens a meeting's name (实施某某工作动员部署会议, 深入推进某某座谈会)
_NAME_OPENING_VERB = re.compile(r"实施|深入推进|推进|推动|加强|深化|学习贯彻|贯彻落实|支持|促进|加快")
_EDUCATION_IN_NAME = re.compile(r"学习教育|主题教育|教育整顿")
_TOPIC_LIST = re.compile(r"(?P<lead>在|于)?(?:加强|推进|推动|深入推进|促进|加快|深化|做好)[^，。；、,;]*?[和与及][^，。；、,;]*?等")
#: the spirit of one meeting joined to another's name (某大会精神以及某会议精神)
_SPIRIT_AND = re.compile(r"精神(?:以及|及|和|与|、)")
#: a group of participants listed before a meeting's name, after a boundary or the verb that holds it
_GROUPS_BEFORE = re.compile(r"(?:(?<=[^\u4e00-\u9fff])|(?<=召开)|(?<=举行)|(?<=出席)|(?<=参加)|(?<=主持)|^)"
                            r"(?!召开|举行|出席|参加|主持)各?[^\W\d_的其之]{1,8}?(?:中央|人士|党派|单位|部门|企业|高校)$")
#: verbs that end a meeting's topic as well as open what is said of a meeting (加强基础研究座谈会, 研究部署)
_TOPIC_VERBS = ("研究", "学习", "落实", "贯彻")
_SESSION_OWNER = re.compile(r"(?:全国政协|全国人大|中共|政协|人大)$")
_QUOTED_TOPIC_MEETING = re.compile(r"(?<=召开|举行|主持)“[^“”，,。；;、\n]{3,20}”(?:会议|大会|专题会)")
#: a meeting named by a quoted title with a subtitle after a dash (“把某某精神传承下去——纪念某某题词六十周年”座谈会)
_QUOTED_TITLE_MEETING = re.compile(r"“[^“”，,。；;！!？?\n]{2,40}——[^“”。；;！!？?\n]{2,60}”"
                                   r"(?:座谈会|报告会|研讨会|纪念大会|大会|会议|论坛|交流会|音乐会|晚会)")
#: punctuation that ends a clause (a name never runs across it)
_CLAUSE_PUNCT = re.compile(r"[，,。；;！!？?：:\n]")
#: a building programme named after a place (数字河北建设, 平安中国建设): the middle must name the place
_PLACE_PROGRAMME = re.compile(r"^(?:数字|平安|法治|美丽|健康|智慧|清廉)(.+)建设$")


def _names_a_place(words: str) -> bool:
    """True if ``words`` is or ends in a division's name, or is 中国 (the whole country)."""
    return words in ("中国", "中华") or any(e == len(words) for _, e, _ in gazetteer().finditer(words))



#: a village, township or hamlet word right after a would-be name makes it a place name (阿土列尔村, 王家镇);
#: not the heads' titles (村长, 镇长, 乡长) nor 乡亲
_PLACE_AFTER = re.compile(r"[村屯寨](?!长)|[镇乡](?![长亲])|社区|街道|"
                          # a spirit, memorial or former home named after a person (焦裕禄精神, 某某同志纪念馆)
                          r"精神|(?:同志)?纪念馆|(?:同志)?故居|(?:同志)?纪念碑|主义|"
                          # a craft named after its town (杨柳青年画, 潍坊风筝 as a product)
                          r"年画|剪纸|刺绣|"
                          # a crossing, bridge, tunnel or reservoir named after its place (黄茅海通道, 某某特大桥)
                          r"通道|特大桥|大桥|隧道|水库|大坝|机场")
#: the doubled endings of vivid adjectives (金灿灿的, 红彤彤的, 绿油油的): before 的 or 地 no given name
_VIVID_ENDINGS = frozenset("灿灿 彤彤 油油 乎乎 洋洋 绵绵 蒙蒙 沉沉 茫茫 滚滚 闪闪 腾腾 嘟嘟 澄澄 葱葱 汪汪 喷喷 扑扑 糊糊 溜溜 "
                           "巍巍 荡荡 朗朗 苍苍 皑皑 绒绒 鼓鼓 满满 当当 墩墩 嫩嫩 艳艳 匆匆 呼呼 哄哄 乎乎 飘飘 悠悠 融融 "
                           "澎澎 湛湛 煌煌 森森 幽幽 簇簇 熙熙 攘攘".split())


#: a memorial or former home named after the person, a few words on (毛泽东某乡调查纪念馆, 某某总司令和某某活佛纪念馆,
#: 某某等老一辈革命家旧居): the name is part of the site's name. Not across a verb or a word of acting (某某来到|
#: 某某纪念馆, 某某等领导人登上纪念碑), nor a statue (向某某铜像敬献花篮: the homage is paid to the person)
_MEMORIAL_AFTER = re.compile(
    r"(?:(?!来到|前往|参观|考察|走进|瞻仰|视察|调研|看望|参加|出席|了解|察看|带领|陪同|听取|表示|指出|强调|介绍|"
    r"[率到在向赴是的为把他她同与说讲建修捐设游访进去回走看观拜祭献敬登上下入])[\u4e00-\u9fff·]){0,10}?"
    rf"(?:{_MEMORIAL_WORDS})")


#: the kinds of campaign a whole system runs nationwide (全国某某队伍教育整顿, 全国某某专项行动)
_NATIONWIDE_KIND = re.compile(rf"(?:{NATIONWIDE_KINDS})$")


#: the party or government body a list of places shares (甲县、乙县、丙县政协; 某省、某市、某区党委)
_SHARED_BODY = re.compile(r"政协|人大(?:常委会)?|政府|党委(?:政府|和政府)?|[省市县区州旗]委")


def _shared_body_lists(text: str, cands: list[Cand]) -> list[Cand]:
    """A body written once after a list of places (甲县、乙县、丙县政协看望机关干部) belongs to every place of the list:
    the gold sets' convention reads the list as places (REGIONs all) and the body as no ORG of the last one alone."""
    region_ends = {c.end for c in cands if c.label == "REGION"}
    region_at = {c.start: c for c in cands if c.label == "REGION"}
    drop = set()
    for i, c in enumerate(cands):
        if c.label != "ORG" or c.start < 2 or text[c.start - 1] != "、" or c.start - 1 not in region_ends:
            continue
        inner = region_at.get(c.start)
        if inner is not None and inner.end < c.end and _SHARED_BODY.fullmatch(text, inner.end, c.end):
            drop.add(i)
    return [c for i, c in enumerate(cands) if i not in drop] if drop else cands


#: verbs that follow a leader's name in news and are missing from the frequent-word list
_LEADER_VERBS = frozenset("察看 看望 调研 走访 慰问 考察 视察 来到 前往 深入 会见 会晤 主持 强调 指出 出席".split())


def _before_case(text: str, start: int, end: int) -> int:
    """The end of a name of two characters or more written before 案 (the case of that person, as discipline reports
    list them: 某某原副局长张某某案，), else ``end``."""
    if end - start >= 3 and text[end - 1] == "案" and text[end:end + 1] in ("，", ",", "、", "。", "；", "等"):
        return end - 1
    return end


def _two_char_name(text: str, start: int, end: int) -> bool:
    """李希|来到, 李强|察看: a three-character name whose last character opens a word with the next one,
    while the article also writes the first two characters without it (the two-character name)."""
    word = text[end - 1:end + 1]
    if end >= len(text) or not (word in common_words() or word in _frequent_words() or word in _LEADER_VERBS):
        return False
    two, third = text[start:start + 2], text[start + 2]
    pos = text.find(two)
    while pos >= 0:
        if pos != start and text[pos + 2:pos + 3] != third:
            return True
        pos = text.find(two, pos + 1)
    return False


#: characters after a name that are words of the sentence, not the name's third character
_NOT_THIRD = frozenset("的是在和与及了说等也都就将对向从到把被让给为以于称讲问答看去来走带率陪同任当曾又还再已正要会"
                       "同志书记长主任作做提谈致发写读听送拿叫请领回跑坐站住吃干搞抓用跟或但而却才便有无没不很更最"
                       "之其所这那每各共已亲先后另")


#: forms of address after a surname (李阿姨, 王大爷, 张师傅): no given name
_ADDRESS_TERMS = frozenset({"阿姨", "大爷", "大妈", "大娘", "大哥", "大姐", "大叔", "大婶", "师傅", "老师", "阿婆", "阿公",
                            "奶奶", "爷爷", "叔叔", "婶婶", "姐姐", "哥哥", "阿哥", "阿妹", "老汉", "老伯", "伯伯"})


def _third_name_char(text: str, start: int, end: int) -> bool:
    """张根|友: a two-character name the article writes twice or more, always followed by the same character that
    is no word of the sentence (neither a function word nor the start of a word with the next character)."""
    third = text[end:end + 1]
    if not third or not _is_han(third) or third in _NOT_THIRD or third in _NOT_NAME_END:
        return False
    nxt = text[end:end + 2]
    if nxt in common_words() or nxt in _frequent_words() or nxt in _LEADER_VERBS or text[end + 1:end + 2] == "的":
        return False  # (某某作的报告: a verb before 的, no name's character)
    if text[end - 1:end + 1] in common_words() or text[end - 1:end + 1] in _ADDRESS_TERMS:
        return False  # 李|阿姨: a form of address, no given name
    two = text[start:end]
    seen, pos = 0, text.find(two)
    while pos >= 0:
        if text[pos + 2:pos + 3] != third:
            return False
        seen += 1
        pos = text.find(two, pos + 1)
    return seen >= 2


#: a verb that appoints or elects people to what follows 为 (增补甲、乙为…委员)
_APPOINT_VERB = re.compile(r"(?:增补|任命|选举|推选|补选|增选|提名|聘任|聘请|决定)[^，。；,;]{0,30}$")


def _appointed_as(text: str, start: int, end: int) -> bool:
    """增补甲、肖培|为第十四届…委员: a three-character name ending in 为 after a verb of appointment is the
    two-character name and the 为 of the appointment."""
    return text[end - 1] == "为" and text[end:end + 1] != "为" \
        and _APPOINT_VERB.search(text, max(0, start - 30), start) is not None


def _inside_words(text: str, start: int, end: int) -> bool:
    """学|习贯彻: the would-be surname ends a word with the character before it and the rest is a word too;
    聚|焦加|强, 厉行|勤|俭: a span whose ends each close or open a frequent word with the text around it."""
    if start > 0 and end - start == 3 and text[start - 1:start + 1] in common_words() \
            and text[start + 1:end] in common_words():
        return True
    words = _nonregion_words()  # (the 2-character words of the dictionary with a frequency of 100 or more)
    if end - start == 2 and start > 0 and text[start - 1:start + 1] in words and text[end - 1:end + 1] in words:
        return True  # 聚焦|加强: the span is the end of one word and the start of the next
    if end - start == 3 and start > 0 and text[start - 1:start + 1] in words and (
            text[end - 1:end + 1] in words or text[start + 1] in "为对在将把被从以"):
        # 桥|梁和纽|带: the span closes one word and opens another at both ends; 聚|焦为民: the would-be surname
        # closes a word and a preposition follows it
        return True
    return end - start == 3 and (text[start:start + 2] in words or text[start:start + 2] in common_words()) \
        and text[end - 1:end + 1] in words


def _plausible_name(name: str) -> bool:
    """A model PERSON span is kept only if it looks like a Chinese name: 2–4 Han
    characters starting with a known surname. Measured with bench/bench_model_policy.py,
    this removes the model's false alarms on words (努力, 澄清, 实惠) and lifts PERSON F1
    of the ``fill`` policy from 0.956 to 1.000 on the demo gold (0.990 on the xwlb gold)."""
    if not 2 <= len(name) <= 4 or not all("\u4e00" <= c <= "\u9fff" for c in name):
        return False
    if name in _KINSHIP or name.endswith("某"):  # (李某, 苏某某: a name the text withholds)
        return False
    if name.endswith("村") or len(name) == 3 and name[1] == "村":  # 余村|携手: a village, not a person
        return False
    if name[-1] in _SUBSTANCE_END:  # 冶金焦、高纯氢、化肥原料: a product, not a person
        return False
    if len(name) == 3 and name[0] in WEAK_SURNAMES and name[1:] in _frequent_words():
        return False  # 高|水平: a weak surname before a frequent word is that word, not a name
    if is_yi_name(name):  # 帕查有格: a Yi clan name, no Han surname
        return True
    if len(name) == 2 and name[0] == name[1]:  # 冉冉升起, 徐徐: a reduplicated word
        return False
    if len(name) == 4 and name[:2] in common_words() and (name[2:] in common_words() or name[2:] in _frequent_words()):
        return False  # 团结富裕文明和谐: two words, not a four-character name
    if len(name) == 3 and name[:2] in _frequent_words() or len(name) == 2 and name in _frequent_words():
        return False  # 白天|洽谈, 马上|就, 庄严: a frequent word (and the next character)
    if len(name) == 3 and name[:2] in _nonregion_words() and gazetteer().lookup(name[1:]):
        return False  # 隆|重庆|祝: a word read across a place's name
    sur = surname_of(name)
    if sur is not None and name[len(sur):] in _NOT_GIVEN_NAMES:
        return False  # 祝|大家, 向|我们: a verb or preposition before a pronoun
    # a frequent word opened by a weak surname (方法, 和谐, 高度) is a word, not a name
    return sur is not None and not (sur in WEAK_SURNAMES and name in common_words())


#: characters of chemical elements and compounds, which end no given name (高纯氢, 金属锂, 苏打酸)
_SUBSTANCE_END = frozenset("氢氧氮氯氟氦氖氩硅磷硫钠钾钙镁铝锌锂钴镍锰钛钒铬烷烯炔醇酸醛酮酯")
#: kinship words that start with a surname character (他的孙子、孙女)
_KINSHIP = frozenset({"孙子", "孙女", "孙儿", "孙辈", "孙媳"})
#: characters after a township's short form that end the name (上塘的, 上塘在): not 六堡|茶
_AFTER_SHORT = frozenset("的是在和与及将要已也都就为把被向从到")
#: a memorial, cemetery or museum named after a wider area (中原英烈纪念馆, 东北抗日联军纪念馆, 华东革命烈士陵园)
_AREA_MEMORIAL = re.compile(r"(?:中原|东北|华北|华东|华南|华中|西北|西南|东南|江南|岭南|陕北|陕南|苏北|苏南|苏中|皖南|皖北|赣南|"
                            r"赣东北|闽西|闽北|闽东|湘西|湘鄂西|鄂豫皖|湘赣|晋察冀|晋冀鲁豫|冀中|冀东|胶东|川陕|陕甘宁|陕甘)"
                            r"[\u4e00-\u9fff]{0,8}?(?:纪念馆|纪念园|陵园|纪念碑|博物馆|旧址)")
_FOLLOW_CHARS = frozenset("还也又将在都则已曾正再就与及向给")
def _name_buildings(campaigns: list[Cand], slogans: frozenset[str] = frozenset()) -> None:
    """A quoted programme the article also writes with 建设 (“两重” beside “两重”建设) is named with it: one
    programme. Not one of the ``slogans`` (the lexicon's: “一带一路” and “一带一路”建设 are two mentions of their own)."""
    names = {str(c.attrs.get("name") or "") for c in campaigns}
    for c in campaigns:
        n = str(c.attrs.get("name") or "")
        if n and n not in slogans and n + "建设" in names:
            c.attrs["name"] = n + "建设"


#: the kinds of works a route names (…高铁, …特高压, …天然气管道), and the places after the first (至安康, —怀来—天津南)
_ROUTE_KINDS = (r"(?:高速铁路|高铁|铁路|客运专线|高速公路|高速|城际铁路|输电工程|输电线路|特高压工程|特高压|天然气管道|"
                r"输气管道|管道|航线|班列|运河)")
_ROUTE_ENDS = r"(?:[至—][^\W\d_的]{2,6}?)*"
#: the words between a route's places and its kind
_ROUTE_GAP = r"[^\s，,。；;、：:“”的]{0,14}?"
#: the rest of a route's name after a place (…至安康|高铁, …至漯河|至周口高铁, …至浙江|±800千伏特高压直流输电工程)
_ROUTE_REST = re.compile(_ROUTE_ENDS + _ROUTE_GAP + _ROUTE_KINDS)
#: a route's name from its first place on (西安|至安康高铁, 大同|—怀来—天津南特高压工程; not 西安至延安的铁路运行时间, a
#: trip between two places)
_ROUTE_FROM = re.compile(r"[至—](?:(?!的)[\u4e00-\u9fff]){2,6}?" + _ROUTE_REST.pattern)
#: (org v25) the rest of a list of routes named by their two ends after a place (陇东—山东、哈密—重庆、宁夏—湖南|等特高压
#: 直流工程, 大同—天津南、烟台—威海|特高压交流): more pairs after 、, then the works' kind
_ROUTE_LIST_REST = re.compile(r"[东南西北]?" + _ROUTE_ENDS + r"(?:、[^\W\d_的]{2,6}?(?:[至—][^\W\d_的]{2,6}?)+)+"
                              r"(?:等)?(?:一批)?" + _ROUTE_GAP + _ROUTE_KINDS + r"|[东南西北]?" + _ROUTE_REST.pattern)
_ROUTE_LIST_FROM = re.compile(r"[至—](?:(?!的)[\u4e00-\u9fff]){2,6}?(?:" + _ROUTE_LIST_REST.pattern + ")")
#: (org v27) a bay named after a place (莱州|湾, 胶州|湾; not 湾区): no REGION inside
_BAY_AFTER = re.compile(r"湾(?!区)")
#: (campaign v36) a verb of starting a programme, then its year (联合启动2026年|…, 部署开展2025年度|…)
_VERB_YEAR = re.compile(r"(?P<verb>启动|开展|实施|部署|推进|组织)(?:了)?(?:19|20)\d{2}年(?:度)?(?=[\u4e00-\u9fff])")
#: a meeting's name that opens with studying something (深入学习贯彻…专题会议, 学习贯彻…动员会)
_STUDY_OPENING = re.compile(r"(?:深入)?学习贯彻")
#: (meeting v31) the scope opening a national or local meeting's name (全国高校毕业生等青年就业创业工作会议)
_SCOPE_WORDS = ("全国", "全省", "全市", "全区", "全县", "全州")
#: (meeting v27) the audience of a study seminar before its verbs (省部级主要领导干部学习贯彻…专题研讨班)
_STUDY_AUDIENCE = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:领导干部|干部|党员|代表|委员)(?:深入)?学习贯彻")
#: a counted place inside a quoted slogan (“四个某县”, “五个某市”): the place's goals
_COUNTED_PLACE = re.compile(r"[一二三四五六七八九十两]个([\u4e00-\u9fff]{2,6})$")
#: the run of Han characters that ends where a search ends
_HAN_TAIL = re.compile(r"[\u4e00-\u9fff]*$")
_NUMERAL_CHARS = frozenset("0123456789一二三四五六七八九十百千万几多数两")


def _lexicon_scan(cp: dict[str, Any], lex: list[str]) -> tuple[re.Pattern[str] | None, dict[str, str],
                                                                re.Pattern[str] | None]:
    """The scan of a campaign pattern set's lexicon (longest first), the other forms it reads with the lexicon name
    each stands for — verb first (建设全国统一大市场 → 全国统一大市场建设) and nationwide ones without 全国
    (统一大市场建设) —, and the degree that may stand inside a regional strategy's name (长三角|更高质量|一体化发展),
    dropped from the name."""
    infix, tails = cp.get("lexicon_infix"), tuple(cp.get("lexicon_infix_tails", ()))

    def alt(word: str) -> str:  # 长三角(?:更高质量)?一体化发展
        tail = next((t for t in tails if word.endswith(t) and len(word) > len(t)), None)
        if not infix or tail is None:
            return re.escape(word)
        return re.escape(word[:-len(tail)]) + f"(?:{infix})?" + re.escape(tail)

    alts = [alt(w) for w in lex]
    forms: dict[str, str] = {}
    if cp.get("lexicon_verb_first"):
        forms.update(("建设" + w[:-2], w) for w in lex if w.endswith("建设") and len(w) >= 6)
    if cp.get("lexicon_nationwide_short"):
        forms.update((w[2:], w) for w in lex if w.startswith("全国") and len(w) >= 8)
    nb = cp.get("lexicon_verb_first_not_before")
    alts += [re.escape(f) + (f"(?!{nb})" if nb and f.startswith("建设") else "")
             for f in sorted(forms, key=len, reverse=True)]
    scan = compile_scan("|".join(alts)) if lex else None
    infix_rx = re.compile(f"(?:{infix})(?=(?:{'|'.join(tails)})$)") if infix and tails else None
    return scan, forms, infix_rx


class KGRules(PersonRules, PostRules):
    """Rule-based entity recognition; see the module docstring."""

    def __init__(self, nlp: Language, name: str, post_patterns: dict[str, Any], org_patterns: dict[str, Any],
                 campaign_patterns: dict[str, Any], meeting_patterns: dict[str, Any],
                 date_patterns: dict[str, Any], person_patterns: dict[str, Any],
                 model_policy: str = "fill", regions: bool = True) -> None:
        if model_policy not in MODEL_POLICIES:
            raise ValueError(f"model_policy must be one of {MODEL_POLICIES}, not {model_policy!r}")
        self.name = name
        self.model_policy = model_policy
        self.regions = regions
        pp, op, cp, mp, dp, pe = (post_patterns, org_patterns, campaign_patterns, meeting_patterns,
                                  date_patterns, person_patterns)
        self.re_body = compile_scan(pp["body"])
        self.re_role = compile_scan(pp["role"])
        self.re_head = compile_scan(pp["head"])
        self.re_bare = compile_scan(pp["bare_body"] + "(?P<role>" + pp["role"] + ")")
        self.re_national_post = compile_scan(pp["national"])
        self.re_media = compile_scan(pp["media"])
        self.re_stationed = _opt(pp, "stationed")
        self.re_cell = _opt(pp, "cell")
        self.re_front = _opt(pp, "front")
        self.re_foreign = _opt(pp, "foreign")
        self.re_front_local = _opt(pp, "front_local")
        self.re_foreign_stack = _opt(pp, "foreign_stack")
        self.re_foreign_next = _opt(pp, "foreign_next")
        self.title_only_bodies = frozenset(pp.get("title_only_bodies", ()))
        self.autonomous_region_heads = bool(pp.get("autonomous_region_heads"))
        self.foreign_lists = bool(pp.get("foreign_lists"))
        self.re_member_after_name = _opt(pe, "member_after_name")
        #: a CPPCC member's three-character name whose first two characters are a word (王国|生常委建议) is kept
        self.member_name_loose = bool(pe.get("member_name_loose"))
        self.re_foreign_name = re.compile(pp.get("foreign_name", "(?!)"))
        self.re_country = re.compile(country_alternation())
        self.re_stack_unit = _opt(pp, "stack_unit")
        self.re_court_unit = _opt(pp, "court_unit")
        self.re_zone = _opt(pp, "zone")
        self.re_media_own = _opt(pp, "media_own")
        self.re_unit_head = _opt(pp, "unit_head")
        self.re_unit_before = _opt(pp, "unit_before")
        self.re_committee = _opt(pp, "committee")
        self.bad_before: dict[str, str] = pp["bad_before"]
        self.bad_after_head: str = pp["bad_after_head"]
        #: after a head's level word only a division's name opens a place (省|长沙市), not any character that some name
        #: with 长 has second (省长|梁某某: post v31)
        self.head_place_names = bool(pp.get("head_place_names"))
        #: no head's title before the head's own council (俄罗斯总统|能源发展战略和生态安全委员会秘书长: post v32)
        self.head_councils = bool(pp.get("head_councils"))
        self.re_national_org = compile_scan(op["national"])
        self.org_prefix: str = op["prefix"]
        o, c = re.escape(cp["open"]), re.escape(cp["close"])
        self.re_quoted = compile_scan(rf"(?P<open>[{o}])(?P<inner>{cp['inner']})(?P<close>[{c}])(?P<suf>{cp['suffix']})?")
        self.re_shapes = [compile_scan(s) for s in cp["shapes"]]
        self.re_middle = compile_scan(rf"(?P<open>[{o}])(?P<inner>{cp['inner']})(?P<close>[{c}])"
                                    rf"(?P<mid>{cp['middle']})(?P<suf>{cp['middle_suffix']})")
        self.re_n_region = compile_scan(r"[一二三四五六七八九十]个(?P<r>[\u4e00-\u9fff]{2,4})")
        self.not_campaign = frozenset(cp["not_campaign"])
        # (each with the literal its matches end with: a text without it is not scanned)
        self.re_bare_campaign = [(compile_scan(s), required_tail(s)) for s in cp["bare"]]
        self.re_verb_object = _opt(cp, "verb_object")
        self.re_campaign_group = _opt(op, "campaign_group")
        lex = sorted(cp["lexicon"], key=len, reverse=True)
        self.campaign_lexicon = frozenset(lex)
        self._long_lexicon = sorted((x for x in lex if len(x) >= 4), key=lambda x: (-len(x), x))
        self.re_lexicon_suffix = _opt(cp, "lexicon_suffix")
        #: the lexicon's scan, the other ways its programmes are written (建设全国统一大市场, 统一大市场建设) with the
        #: name of each, and the degree written inside a regional strategy's name (长三角|更高质量|一体化发展)
        self.re_campaign_lex, self.lexicon_forms, self.re_lexicon_infix = _lexicon_scan(cp, lex)
        self.re_session = compile_scan(mp["session"] + "|" + mp["congress"])
        self.re_meeting_suffix = compile_scan(mp["suffix"])
        self.meeting_name_chars = _CharClass(mp["name_chars"])
        self.re_trim = compile_scan(mp["trim"])
        self.generic_meeting = frozenset(mp["generic_suffix"])
        self.re_date = compile_scan(dp["date"])
        self.re_name_follow = compile_scan(rf"[ \t]?(?P<name>{pe['name']}){pe['follow']}")
        #: a name and 案 in a list of discipline cases (某公司原总经理赵某某案、某镇原副镇长吴某某案)
        self.re_name_case = compile_scan(rf"[ \t]?(?P<name>{pe['name']})案(?=[，,、；;。和及])")
        self.re_name_start = compile_scan(rf"[ \t\u3000\xa0]*(?P<name>{pe['name']})")
        self.re_follow = compile_scan(pe["follow"])
        self.re_follow_multi = compile_scan(pe["follow_multi"])
        self.re_list = compile_scan(pe["list"])
        self.re_byline = compile_scan(pe["byline"])
        self.re_paren_byline = compile_scan(pe["paren_byline"])
        self.re_speech = compile_scan(pe["speech"])
        self.re_titled = compile_scan(pe["titled"])
        self.titled_by_name = bool(pe.get("titled_by_name"))
        self._titled_names = {}
        self.titled_prev = pe.get("titled_prev", "委府大协")
        self.re_comrade = compile_scan(pe["comrade"])
        self.re_role_name = compile_scan(pe["role_name"])
        self.re_attend = compile_scan(pe["attend"])
        self.re_decision = _opt(pe, "decision")
        self.re_age = _opt(pe, "age")
        self.re_dotted = _opt(pe, "dotted")
        self.re_yi_clause = _opt(pe, "yi_clause")
        self.re_appointed_next = _opt(pe, "appointed_next")
        self.re_copula = _opt(pe, "copula")
        self.re_home = _opt(pe, "home")
        self.re_kin = _opt(pe, "kin")
        self.re_role_home = _opt(pe, "role_home")
        #: a further name of a list a decision names (免去甲、乙的…职务)
        self.re_listed_name = compile_scan(rf"(?P<name>{pe['name']})(?=、|的|同志|第|职务|[，。；,;])")
        self.re_known = compile_scan("|".join(sorted(pe["known"], key=len, reverse=True))) if pe.get("known") else None
        self.re_role_after = compile_scan("(?:" + pp.get("role_sep", "、") + ")(?P<role>" + pp["role"] + ")")
        self.byline_roles: dict[str, str] = pe["byline_roles"]
        #: national titles written after a name (习近平总书记, 赵乐际委员长)
        self.national_titles: tuple[str, ...] = tuple(pe.get("titles_after_name", ("总书记",)))
        self.re_name_before_national = compile_scan(rf"(?P<name>{pe['name']})(?<!副)(?={'|'.join(self.national_titles)})")
        self.no_ordinal_townships = bool(op.get("no_ordinal_townships"))
        self.re_abbrev = _opt(op, "abbreviation")
        self.re_sub_unit = _opt(pp, "sub_unit")
        self.sub_unit_depth = int(pp.get("sub_unit_depth", 1))
        self.re_commission = _opt(pp, "commission")
        self.re_company_role = _opt(pp, "company_role")
        #: a bracketed part of a company's name before its title stays in its body (博世（中国）投资有限公司: post v33)
        self.unit_brackets = bool(pp.get("unit_brackets"))
        self.re_session_spokesman = _opt(pp, "session_spokesman")
        #: an association's officer elected at its congress (当选会长: post v35)
        self.re_elected_role = _opt(pp, "elected_role")
        #: a compound's name opening with 长 after its district (黄浦区|长乐邨: post v37)
        self.compound_next = bool(pp.get("compound_next"))
        self.re_elected_body = _opt(pp, "elected_body")
        #: a foreign head's name before the title whatever word follows (普京总统战略引领下: post v34)
        self.foreign_before_loose = bool(pp.get("foreign_before_loose"))
        self.re_foreign_before = _opt(pp, "foreign_before")
        #: no name with a country's name inside it before a head's title (post v36: 俄罗斯|总统, 我期待同某国…)
        self.foreign_country_inside = bool(pp.get("foreign_country_inside"))
        #: 来自某部队的某某代表 (person v23) and foreign names found again after a pause (person v23)
        self.re_deputy_from = _opt(pe, "deputy_from")
        self.foreign_known_loose = bool(pe.get("foreign_known_loose"))
        self.re_member_of_decision = _opt(pp, "member_of_decision")
        self.re_long_quoted = (compile_scan(rf"(?P<open>[{o}])(?P<inner>{cp['long_inner']})(?P<close>[{c}])"
                                          rf"(?P<suf>{cp['long_suffix']})") if cp.get("long_inner") else None)
        self.re_not_after = _opt(cp, "not_after")
        self.re_field_before = _opt(cp, "field_before")
        self.re_event_inner = _opt(cp, "event_inner")
        self.re_show_after = _opt(cp, "show_after")
        self.re_quoted_meeting = _opt(mp, "quoted")
        self.re_lead_verbs = _opt(cp, "lead_verbs")
        # v3 families (absent from older pattern sets: the rule is then off)
        self.re_not_inner = _opt(cp, "not_inner")
        self.re_education = _opt(cp, "education")
        self.re_education_lead = _opt(cp, "education_lead")
        self.re_education_not = _opt(cp, "education_not")
        self.re_list_before = _opt(cp, "list_before")
        self.re_list_close = _opt(cp, "list_close")
        self.re_group = _opt(op, "group")
        self.re_agency = _opt(op, "agency")
        self.re_npc_listed = _opt(op, "npc_listed")
        self.re_title_only = _opt(op, "title_only")
        self.re_npc_short = _opt(op, "npc_short")
        self.re_committee_bare = _opt(pp, "committee_bare")
        self.re_prefecture = _opt(pp, "prefecture")
        self.re_award_after = _opt(cp, "award_after")
        self.re_counted_before = _opt(cp, "counted_before")
        self.re_launched_quote = _opt(cp, "launched_quote")
        self.re_started_quote = _opt(cp, "started_quote")
        self.re_site_after = _opt(cp, "site_after")
        #: no campaign inside the title of a broadcast series (《共建“一带一路”·权威访谈》)
        self.series_titles = bool(cp.get("series_titles"))
        self.re_launched_long_middle = _opt(cp, "launched_long_middle")
        #: a slogan of the lexicon is not read out of a longer quoted word (“双减少”)
        self.lexicon_whole_quote = bool(cp.get("lexicon_whole_quote"))
        self.campaign_hall_after = bool(cp.get("hall_after"))
        #: a quoted programme with 建设 after it is named with it (“两重”建设)
        self.quoted_building = bool(cp.get("quoted_building"))
        #: words after a campaign that make it a conception (“三步走”战略|构想), and verbs that open a quoted clause
        self.re_campaign_not_after = _opt(cp, "conception_after")
        self.re_quoted_verb_start = _opt(cp, "quoted_verb_start")
        #: a quoted slogan opened by a verb stays a campaign where a kind follows its quotes (campaign v36)
        self.quoted_kind_keeps = bool(cp.get("quoted_kind_keeps"))
        #: a named programme with its year between the verb and its name (启动2026年|某某专项整治行动: campaign v36)
        self.year_opened = bool(cp.get("year_opened"))
        #: other mentions of a quoted name written with its kind (campaign v38)
        self.quoted_mentions = bool(cp.get("quoted_mentions"))
        self.re_bare_not_start = _opt(cp, "bare_not_start")
        self.document_owner = bool(op.get("document_owner"))
        self.sar_regions = op.get("sar_regions", True)
        #: no place inside a route's name (西安至安康高铁)
        self.route_names = bool(op.get("route_names"))
        #: a city before 区 of 市区 is named by its short name (温州|市区)
        self.city_proper = bool(op.get("city_proper"))
        #: a short form the table drops as a common word, right after a division above it (江西|兴国、)
        self.weak_shorts = bool(op.get("weak_shorts"))
        #: a county's short form of three characters or more naming one division stands alone (在北戴河看望)
        self.unique_long_shorts = bool(op.get("unique_long_shorts"))
        #: no county 和县 read across the conjunction 和 and 县域 (城市群和县域)
        self.conjunction_county = bool(op.get("conjunction_county"))
        #: no city opening a facility's name through its district (三明市|沙县区|总医院)
        self.facility_chains = bool(op.get("facility_chains"))
        #: no place inside a list of routes named by their ends (陇东—山东、哈密—重庆等特高压直流工程: org v25)
        self.route_lists = bool(op.get("route_lists"))
        #: no county short form opening a village's name after a place it does not lie in (眉山|永丰村: org v26)
        self.village_shorts = bool(op.get("village_shorts"))
        #: no place opening a bay's name (莱州|湾: org v27)
        self.bays = bool(op.get("bays"))
        #: a common two-character word before a county short form ending in 和 makes it the conjunction (复兴|和永续:
        #: org v28)
        self.conjunction_counts = bool(op.get("conjunction_counts"))
        #: a customs district named after its place (广州海关, 拱北海关: org v25)
        self.re_customs = _opt(op, "customs")
        #: a special committee by its full name makes a title only before a name (org v25)
        self.npc_full_named = bool(op.get("npc_full_named"))
        #: a place before a memorial named after a wider area stays a place (郑州|中原英烈纪念馆)
        self.area_memorials = bool(op.get("area_memorials"))
        #: a body after 各 and the levels it spans is a group of bodies (各省区|市党委宣传部)
        self.group_bodies = bool(op.get("group_bodies"))
        #: a central body's party group standing alone is an ORG (中共全国政协党组举行…)
        self.national_party_groups = bool(op.get("party_groups"))
        #: a CPPCC membership stacked before another title of a named person is a POST (全国政协委员、某某院院士某某)
        self.member_stack = bool(pp.get("member_stack"))
        #: a two-character model name always written with the same third character is the three-character name
        self.complete_names = bool(pe.get("complete_names"))
        #: no model name starting inside an idiom (家|喻户晓) or ending on a memorial's first character (庄连|纪念园)
        self.idiom_starts = bool(pe.get("idiom_starts"))
        #: the last name of a list run on into its verb (甲、乙、丙先后发言)
        self.list_end_names = bool(pe.get("list_end_names"))
        #: a pause or 的 after a three-character name with a weak surname right after a title (省委书记信长星的专访)
        self.re_weak_name_boundary = _opt(pe, "weak_name_boundary")
        #: what is named after a person right after the model's name (某某基金, 某某奖): no mention of a person
        self.re_named_after = _opt(pe, "named_after")
        #: no model name that is a frequent adjective or adverb before a verb (主席|郑重|提出)
        self.manner_words = bool(pe.get("manner_words"))
        self.re_foreign_place = re.compile("|".join(re.escape(n) for n in foreign_place_names())) \
            if pe.get("foreign_places") else None
        #: heads of local bodies stacked after a party title of the same place: a zone's administrative committee
        #: (某开发区党工委书记、管委会主任), a township's congress (某镇党委书记、人大主席)
        self.stacked_local_heads = bool(pp.get("stacked_local_heads"))
        #: a title after 各 with no name after it is a group (各乡镇党委书记列席会议)
        self.group_titles = bool(pp.get("group_titles"))
        #: after the verb that holds a meeting its name opens with the verb of its programme (召开|实施某某…会议)
        self.meeting_after_held = bool(mp.get("after_held"))
        self.study_opening = bool(mp.get("study_opening"))
        self.study_audience = bool(mp.get("study_audience"))
        self.lexicon_names_whole = bool(mp.get("lexicon_names_whole"))
        self.scope_lists = bool(mp.get("scope_lists"))
        #: a quoted title with a subtitle after a dash names the meeting after it (“…——纪念…”座谈会)
        self.quoted_titles = bool(mp.get("quoted_titles"))
        self.re_quoted_title_kind = _opt(mp, "quoted_title_kind")
        self.re_meeting_part = _opt(mp, "series_part")
        #: a central body inside the name of a law is none (国务院组织法修订草案)
        self.law_names = bool(op.get("law_names"))
        #: a programme written without the place that alone has it (自由贸易港建设: Hainan's), named in full when the
        #: article names the place
        self.home_programmes = [(compile_scan(rx), place, name) for rx, place, name in cp.get("home_programmes", ())]
        #: the programme word written after a quoted slogan of the lexicon (“一带一路”建设: the slogan's span grows,
        #: its name stays)
        self.re_quoted_lexicon_suffix = _opt(cp, "quoted_lexicon_suffix")
        self.re_group_meeting = _opt(mp, "group_meeting")
        self.re_used_form = _opt(mp, "used_form")
        self._edu_lex: dict[str, list[str]] = {}  # (education campaigns of the lexicon by their head, read once)
        self.re_scope_assembly = _opt(mp, "scope_assembly")
        #: a national meeting of a field opening its clause (第十五次全国民政会议25日在京召开)
        self.re_national_meeting = _opt(mp, "national_meeting")
        #: two meetings joined by 和 after a congress (党的二十大|和|中央经济工作会议)
        self.congress_and = bool(mp.get("congress_and"))
        self.re_numbered_event = _opt(mp, "numbered_event")
        self.re_org_congress = _opt(mp, "org_congress")  # (meeting v26: 中国科协十大, read where its body is named)
        self.org_congress_bodies: tuple[str, ...] = tuple(mp.get("org_congress_bodies", ()))
        #: the literals every event match ends with (博览会, 论坛, 会晤 …): a text without one is not scanned for them
        self.event_tails = required_tails(mp["numbered_event"]) if mp.get("numbered_event") else frozenset()
        self.re_study_meeting = _opt(mp, "study_meeting")
        self.law_anniversary = bool(mp.get("law_anniversary"))
        self.anniversary = bool(mp.get("anniversary"))
        self.re_generic_name = _opt(mp, "generic_name")
        self.re_manner_before = _opt(cp, "manner_before")
        self.re_quality_after = _opt(cp, "quality_after") if self.re_manner_before is not None else None
        self.re_vertical_branch = _opt(op, "vertical_branch")
        self.re_police_branch = _opt(op, "police_branch")
        self.re_national_sub = _opt(pp, "national_sub")

    # ------------------------------------------------------------------ call
    def __call__(self, doc: Doc) -> Doc:
        text = get_norm(doc).text  # == doc.text, without joining the tokens again
        self._villages = set()
        self._named_inside = []
        gz = gazetteer()
        regions = list(gz.finditer(text, self.weak_shorts)) if self.regions else []
        if self.village_shorts and "村" in text:
            regions = self._village_named_shorts(text, gz, regions)
        region_by_end = {e: (s, e, n) for s, e, n in regions}
        cands: list[Cand] = []
        persons: list[Cand] = []
        self._posts_and_orgs(text, gz, region_by_end, cands, persons)
        context = self._regions(text, gz, regions, cands, persons)
        self._township_lists(text, gz, context, cands)
        self._township_mentions(text, gz, regions, context, cands)
        self._abbreviations(text, gz, context, cands)
        lexicon_spans = self._campaigns(text, cands)
        self._meetings(text, region_by_end, gz, cands)
        self._dates(text, cands)
        self._persons(text, persons)
        # (某某是河南省辉县市某村党支部书记: the places written before the title open it too)
        region_start_by_end = {c.end: c.start for c in cands if c.label == "REGION"}
        title_starts: set[int] = set()
        for c in cands:
            if c.label == "POST":
                pos = c.start
                title_starts.add(pos)
                while pos in region_start_by_end:  # (starts only go down: the walk ends)
                    pos = region_start_by_end[pos]
                    title_starts.add(pos)
        self._copula_names(text, persons, title_starts)
        model = [t for e in _model_persons(doc) if _plausible_name((t := self._trim_model_span(text, e)).text)
                 and not _no_name_here(text, t.start_char, t.end_char)
                 and not _inside_words(text, t.start_char, t.end_char)
                 and not _quoted_whole(text, t.start_char, t.end_char)
                 and not _adverb_first(text, t.start_char)
                 and not (self.idiom_starts and _idiom_or_memorial_cut(text, t.start_char, t.end_char))
                 and not (self.re_named_after is not None and self.re_named_after.match(text, t.end_char))] \
            if self.model_policy != "rules" else []
        # a ·-joined name quoted on its own names a place or a brand (“某某·某某”养老服务街区)
        persons = [c for c in _trim_dotted(text, persons) if not (
            "·" in text[c.start:c.end] and _quoted_whole(text, c.start, c.end)) and not _adverb_first(text, c.start)]
        if model and lexicon_spans:  # (西部|陆海新|通道国际航运枢纽: no name inside a slogan)
            model = [t for t in model if not any(a < t.end_char and t.start_char < b for a, b in lexicon_spans)]
        if self.manner_words:  # 主席|郑重|提出, 县委书记|严肃|指出: an adverb before its verb, no name, even after a title
            manner = _manner_words()
            persons = [c for c in persons if not (c.end - c.start == 2 and text[c.start:c.end] in manner
                                                  and _HAN.match(text, c.end))]
            model = [e for e in model if not (e.text in manner and _HAN.match(text, e.end_char))]
        model = _trim_to_known(text, model, persons)
        post_ends = {c.end for c in cands if c.label == "POST"}
        if model:  # (苗木, 康复, 张江: a common word the model took for a name, with nothing naming a person there)
            named = {text[c.start:c.end] for c in persons}
            model = [e for e in model if not _uncorroborated_word(text, e.text, post_ends, named)]
        persons = self._propagate(text, persons, model, post_ends)
        kept: list[Cand] = []
        for c in persons:
            # 龚正|陪同 rather than 龚正陪|同; 韩正|还 rather than 韩正还, whichever rule found it
            if c.length == 3 and c.end < len(text) and _is_han(text[c.end]) \
                    and not self.re_follow_multi.match(text, c.end) and (
                    self.re_follow_multi.match(text, c.start + 2) or text[c.start + 2] in _FOLLOW_CHARS):
                c.end -= 1
            elif c.length == 3 and text[c.start + 2] == "于" and text[c.end:c.end + 1].isdigit():
                c.end -= 1  # 李希于9月20日…: the preposition before a date, not the name's third character
            if c.length == 3 and (_two_char_name(text, c.start, c.end) or _appointed_as(text, c.start, c.end)):
                c.end -= 1
            if c.start and text[c.start - 1] in _NUMERAL_CHARS:  # 十项重点, 100余人
                continue
            if _no_name_here(text, c.start, c.end):
                continue
            kept.append(c)
        persons = kept
        if self.re_foreign_place is not None:  # 抵达杜尚别, 塔吉克|斯坦: no name inside a foreign place's name
            persons = [c for c in persons if not _inside_foreign_place(text, c.start, c.end, self.re_foreign_place)]
            model = [e for e in model if not _inside_foreign_place(text, e.start_char, e.end_char,
                                                                   self.re_foreign_place)]
        self._list_names(text, persons, model)
        for c in persons:  # 某某副总经理李东案，: the case of the person named (names listed before it too)
            c.end = _before_case(text, c.start, c.end)
        cands.extend(persons)
        tier = -1 if self.model_policy == "model_first" else 1
        for e in model:
            end = e.end_char - 1 if e.end_char - e.start_char == 3 and (
                _two_char_name(text, e.start_char, e.end_char) or _appointed_as(text, e.start_char, e.end_char)) \
                else e.end_char
            if self.complete_names and end - e.start_char == 2 and _third_name_char(text, e.start_char, end):
                end += 1  # 张根|友退捕…张根|友这样: the name is 张根友
            end = _before_case(text, e.start_char, end)  # 李文喜、薛恒、王大伟案，: the case, not a name's character
            cands.append(Cand(e.start_char, end, "PERSON", {"kind": "name", "source": "model"}, 9, tier))
        if "《" in text:
            cands = _outside_titles(text, cands, self.series_titles)
        if "政协委员" in text:
            cands = _member_groups(text, cands, self.member_stack)
        if self.group_titles and "各" in text:
            cands = _group_titles(text, cands)
        if self.group_bodies and "各" in text:  # 各省区|市党委宣传部: the bodies of every province, no one body
            cands = [c for c in cands if not (c.label == "ORG" and _EACH_LEVELS_BEFORE.search(text, max(0, c.start - 5),
                                                                                          c.start))]
        if self.document_owner and _DOCUMENT_KIND.search(text):  # 某常委会工作报告稿, 全国政协2025年协商计划: the
            # document's owner opens its name, no mention of the body (the sets leave it unannotated)
            cands = [c for c in cands if not (c.label == "ORG" and _DOCUMENT_KIND.match(text, c.end))]
        if "宣讲团" in text:
            cands = _preaching_group_names(text, cands)
        if "、" in text:
            cands = _shared_body_lists(text, cands)
        if "院" in text:  # 某区检察院, 某县人民法院 written alone: no ORG in the gold sets (a court is no party or
            # government body); its titles keep it as their body (某区检察院检察官). The national ones stay
            # (人力资源社会保障部、最高人民检察院追授…: an organ of the state, as a ministry)
            # (nor are the places inside its name REGIONs: they name the court)
            courts = [(c.start, c.end) for c in cands if c.label == "ORG" and _COURT.search(text, c.start, c.end)
                      and text[c.start:c.end] not in _SUPREME]
            if courts:
                regions = [c for c in cands if c.label == "REGION"]
                spans = []
                for a, b in courts:  # (the place the court is named after: 某区|人民法院; the chain before it
                    # locates the court and stays: 云南省玉溪市|某县人民法院)
                    spans.append((min([a] + [r.start for r in regions if r.start < b and r.end > a]), b))
                cands = _without_regions_inside([c for c in cands if (c.start, c.end) not in courts], spans)
        if self._named_inside:  # (中国国民党革命委员会|北京市|委员会: the place names the committee)
            cands = _without_regions_inside(cands, self._named_inside)
        meta = doc._.meta if doc.has_extension("meta") and doc._.meta else {}
        if not any(next(gz.finditer(str(meta.get(k) or "")), None) is not None for k in ("title", "source")):
            cands = _generic_titles(text, cands)  # (a place in the title: the text's bare titles are its)
        self._set(doc, cands, len(text))
        return doc

    # ------------------------------------------------------------ region
    def _regions(self, text: str, gz: Gazetteer, regions: list[tuple[int, int, str]], cands: list[Cand],
                 persons: list[Cand]) -> set[str]:
        """REGION spans; returns the codes of the regions the article names. A county's short form (泗洪, 站前) is kept only when the
        article also names it in full or names a region above it (宿迁, 江苏):
        short county names are too often ordinary words or parts of names."""
        if self.city_proper and "市区" in text:
            # 温州|市区: the city's urban area, the city named by its short name (the gold sets' reading)
            regions = [(s, e - 1, name[:-1]) if name.endswith("市") and len(name) >= 3 and text.startswith("区", e)
                       and gz.lookup(name[:-1]) else (s, e, name) for s, e, name in regions]
        context: set[str] = set()
        for _, _, name in regions:
            if not gz.is_county_short(name):
                context.update(d.code for d in gz.lookup(name))
        start_of = {s: e for s, e, _ in regions}
        name_ending_at = {e: name for _, e, name in regions}
        named_once: set[str] | None = None  # codes of the names of one division (read when first needed)
        freq = _frequent_words()
        nonregion = _nonregion_words()
        counts = _two_char_word_counts()
        for s, e, name in regions:
            if s and gz.is_full_name(name) and s not in name_ending_at and (
                    len(name) == 3 and text[s - 1:s + 1] in freq
                    or len(name) == 2 and counts.get(text[s - 1:s + 1], 0) >= 300):
                continue  # 沿|海城市: a county's full name read across a word (沿海城市, 示|范县, 现|代县)
            if s not in name_ending_at and e < len(text) and text[e - 1:e + 1] in freq and (
                    name[:-1] in freq or (s and not gz.is_full_name(name) and (
                        text[s - 1:s + 1] in freq or text[s - 1:s + 1] in nonregion))):
                continue  # 发展|乡村 (发展乡), 重大|理论 (大理), 隆重|庆祝 (重庆): words on both sides, not a place
            if s and len(name) == 2 and name[-1] in "和与及" and not gz.is_full_name(name) \
                    and (text[s - 1:s + 1] in freq or self.conjunction_counts and counts.get(text[s - 1:s + 1], 0) >= 300):
                continue  # 廉|政和|勤政: a word, then the conjunction 和, not the county 政和
            if len(name) == 2 and name[0] in "和与及" and not gz.is_full_name(name) and text[e - 1:e + 1] in freq:
                continue  # 党委|和政|府: the conjunction 和, then a word (政府), not the county 和政
            if self.conjunction_county and name == "和县" and s and _is_han(text[s - 1]) and counts.get(text[e - 1:e + 1], 0) >= 100 \
                    and s not in name_ending_at:
                continue  # 城市群|和县|域: the conjunction 和, then 县域 (not the county 和县 of 马鞍山)
            if s in name_ending_at and self._above_its_neighbour(gz, name_ending_at[s], name):
                continue  # 路北区|山西北里社区: a short name right after a lower full one opens a place name
            district = self._generic_district(text, gz, e, name)
            if district is not None:  # 酒泉市|新城区: the city, then its district (code null if not in the table)
                cands.append(district)
            nb = None if district is not None else _REGION_NOT_BEFORE.match(text, e)
            if nb and e in start_of and self._contains(gz, name, text[e:start_of[e]]):
                nb = None  # 唐山市|路北区: a division of it follows, not a street (唐山市路)
            if nb and nb.group() == "路" and name[-1] in "镇乡道" and _VILLAGE_AFTER.match(text, e):
                nb = None  # 辉埠镇|路里坑村: a village whose name opens with 路, not a street
            if nb and nb.group() == "段" and name[-1] in "县镇乡" and _VILLAGE_AFTER.match(text, e):
                nb = None  # 代县|段家湾村: a village whose name opens with 段, not a section of a route
            if nb and not (nb.group() == "段" and s and text[s - 1] in "至到-—"):  # 合肥至武汉段: a route
                continue
            if e in start_of and not gz.is_full_name(name):  # 宁波|舟山港: a name before a facility's name
                nb2 = _REGION_NOT_BEFORE.match(text, start_of[e])
                if nb2 and nb2.group() != "段" and not self._contains(gz, name, text[e:start_of[e]]):
                    continue  # (广西|钦州港: the place of the port, not a part of its name)
            if self.route_names and (text[e:e + 1] in ("至", "—") and _ROUTE_FROM.match(text, e)
                                     or s and text[s - 1] in "至—" and _ROUTE_REST.match(text, e)):
                continue  # 西安至安康高铁, 平顶山至漯河至周口高铁, 甘肃至浙江特高压直流输电工程: the route's name
            if self.bays and _BAY_AFTER.match(text, e) and not gz.is_full_name(name):
                continue  # 莱州湾, 胶州湾: a bay named after the place
            if self.route_lists and (text[e:e + 1] in ("至", "—") and _ROUTE_LIST_FROM.match(text, e)
                                     or s and text[s - 1] in "至—" and _ROUTE_LIST_REST.match(text, e)):
                continue  # 陇东—山东、哈密—重庆等特高压直流工程, 大同—天津南、烟台—威海特高压交流: routes' names
            rin = _REGION_IN_NAME.match(text, e)
            if rin and self.area_memorials and _AREA_MEMORIAL.match(text, e):
                rin = None  # 郑州|中原英烈纪念馆, 通化|东北抗日联军纪念馆: a memorial named after a wider area, in the place
            nxt = text[e:start_of[e]] if e in start_of else None
            if self.facility_chains and nxt is not None and rin and self._contains(gz, name, nxt) \
                    and (f := _REGION_IN_NAME.match(text, start_of[e])) is not None and _is_han(f.group()[:1]) \
                    and f.group()[:1] not in "一二三四五六七八九十某这该" \
                    and {d.level for d in gz.lookup(name)} == {"city"} and {d.level for d in gz.lookup(nxt)} == {"county"}:
                continue  # 三明市|沙县区总医院: the city opens the hospital's name through its district (a province
                # before a city stays: 甘肃|兰州烈士陵园)
            if rin and (nxt is None or not (self._contains(gz, name, nxt) or self._contains(gz, nxt, name))):
                # 郑州煤矿机械集团有限责任公司, 某市第76小学 wherever they stand (also after a verb of going: the
                # gold sets' convention); 沁源县|山西某集团: the company starts with the next region, one related to
                # this one (富裕县|龙安桥粮库有限公司: an unrelated place read inside the name starts nothing)
                continue
            if name in _ZONE_WORDS and s and _is_han(text[s - 1]):  # 空港新城, 钤东新城
                continue
            if name.endswith("街道") and name[:-2] in _ZONE_WORDS and s not in name_ending_at:
                continue  # 市区各大公园、城区街道: the streets of the urban area, not a subdistrict named 城区街道
            if s > 1 and text[s - 1] in "(（" and _is_han(text[s - 2]) and text[s - 2] not in "会府城市县区镇乡村州省" \
                    and text[e:e + 1] in ")）":
                # 中欧班列（西安）, 某某家园（海口）孝慈苑: the place in brackets is part of a name (not one glossing a
                # word: 省会（海口）)
                continue
            if text.startswith("新区", e) and not gz.is_full_name(name):
                continue  # 哈尔滨新区: a new area named after the city (河北|雄安新区 keeps the province)
            if name.endswith("街道") and text.startswith("办事处", e):
                # 某某街道办事处: the subdistrict's office, a body of its own (with a role after it: its POST,
                # 某某街道办事处原副主任)
                org = {"body_type": "街道办事处", "region": name, "level_hint": None, "parent": None}
                role_m = self.re_role.match(text, e + 3)
                if role_m is not None and role_m.group().removeprefix("原") not in ("成员", "委员"):
                    post = Cand(s, role_m.end(), "POST", {"role": role_m.group(), "body": name + "办事处",
                                                          "body_type": "街道办事处", "region": name,
                                                          "level_hint": None}, prio=1,
                                parts=[Cand(s, e + 3, "ORG", org)])
                    cands.append(post)
                    self._name_after(text, role_m.end(), persons, post)
                else:
                    cands.append(Cand(s, e + 3, "ORG", org, prio=2))
                continue
            if name.endswith("市") and len(name) > 2 and text.startswith("民", e) and text[e + 1:e + 2] not in "族政主营办" \
                    and s not in name_ending_at:
                e -= 1  # 北京市民, 拉萨市民: the city's short form and 市民 (its residents)
            if text.startswith("生产建设兵团", e):
                continue  # 新疆生产建设兵团: the corps' name, not the region
            if name in ("香港", "澳门", "台湾") and _COMPATRIOTS.match(text, e):
                continue  # 香港同胞, 台湾问题, 香港、澳门同胞: the people or the question, not the place
            if not self.sar_regions and name in _SAR_NAMES:
                continue  # (org v12) Hong Kong, Macao and Taiwan are no REGION of the gold sets (none of 37 mentions)
            if len(name) == 3 and name[0] in "于在对与向从为以" and name[1:] in nonregion and s not in name_ending_at:
                continue  # 快|于城镇|居民: a township's name read across a function word and a common word
            if len(name) == 2 and s and text[s - 1:s + 1] in nonregion and text[e:e + 2] in nonregion \
                    and s not in name_ending_at and not gz.is_full_name(name) \
                    and not any(d.name in text for d in gz.lookup(name)):
                continue  # 聚|焦作|决策: a short name read across two words (not one the article names in full)
            if s and text[s - 1] in SINGLE_SURNAMES and text[s - 1] not in WEAK_SURNAMES \
                    and self.re_follow.match(text, e) and gz.is_county_short(name) \
                    and (s < 2 or not _is_han(text[s - 2]) or text[s - 2] in "、长记任员席理"):
                # 王岐山、… / 何卫东 何立峰: a name that ends in a county's short form
                if self._plausible_name(text[s - 1:e]):
                    persons.append(Cand(s - 1, e, "PERSON", {"kind": "name"}, prio=4))
                continue
            if self.weak_shorts and name not in gz.by_name:  # 江西|兴国: a dropped short form after a division above it
                weak = gz.weak_division(name, name_ending_at.get(s, ""))
                if weak is not None:
                    cands.append(Cand(s, e, "REGION", {"code": weak.code, "level": weak.level, "name": weak.name,
                                                       "candidates": [weak.code]}, prio=6))
                continue
            attrs = self._region_attrs(gz, name)
            if gz.is_county_short(name):
                divs = gz.lookup(name)
                fits = [d for d in divs if d.name in text or any(a.code in context for a in gz.ancestors(d.code))]
                if not fits and self.unique_long_shorts and len(name) >= 3 and len(divs) == 1 \
                        and name[-1] not in "新园区" and name not in freq and name not in nonregion:
                    fits = divs  # 在北戴河看望: a county's long short form, one division only
                if not fits:
                    continue
                if len(fits) == 1 and len(divs) > 1:
                    attrs = dict(attrs, code=fits[0].code, level=fits[0].level, name=fits[0].name)
            elif attrs["code"] is None and s in name_ending_at:
                # 昭觉县|古里镇: of several divisions of the name, the one inside the division written before it
                parents = {d.code for d in gz.lookup(name_ending_at[s])}
                inside = [d for d in gz.lookup(name) if any(a.code in parents for a in gz.ancestors(d.code))]
                if len(inside) > 1:
                    # 河南|安阳: a city and a county of the name inside the division before it; chains go down one
                    # level at a time, so the division right below it
                    below = [d for d in inside if (up := gz.parent(d.code)) is not None and up.code in parents]
                    inside = below if len(below) == 1 else inside
                if len(inside) == 1:
                    attrs = dict(attrs, code=inside[0].code, level=inside[0].level, name=inside[0].name)
            if attrs["code"] is None and e in start_of:
                # 江苏淮安|盱眙县: of several divisions of the name, the one holding the division written after it
                below = gz.lookup(text[e:start_of[e]])
                holding = [d for d in gz.lookup(name) if any(gz.is_within(b.code, d.code) and b.code != d.code
                                                              for b in below)]
                if len(holding) == 1:
                    attrs = dict(attrs, code=holding[0].code, level=holding[0].level, name=holding[0].name)
            if attrs["code"] is None and attrs.get("candidates"):
                # 兴福镇是山东滨州博兴县的一个小镇: of several divisions of the name, the one inside a region the
                # article names elsewhere by a name of one division (one only: else left unlinked)
                if named_once is None:
                    named_once = {ds[0].code for _, _, n in regions
                                  if len(ds := gz.lookup(n)) == 1 and not gz.is_county_short(n)}
                fits = [d for d in gz.lookup(name)
                        if any(a.code in named_once and a.code != d.code for a in gz.ancestors(d.code))]
                if len(fits) == 1:
                    attrs = dict(attrs, code=fits[0].code, level=fits[0].level, name=fits[0].name)
                elif not fits:
                    # 吉林 … 松原、白城: of a province and its city of the same name, the one that holds the other
                    # divisions the article names (one only: else left unlinked)
                    fits = [d for d in gz.lookup(name)
                            if any(c != d.code and gz.is_within(c, d.code) for c in named_once)]
                    if len(fits) == 1:
                        attrs = dict(attrs, code=fits[0].code, level=fits[0].level, name=fits[0].name)
            cands.append(Cand(s, e, "REGION", attrs, prio=6))
        return context

    @staticmethod
    def _above_its_neighbour(gz: Gazetteer, before: str, name: str) -> bool:
        """A short name (山西) written right after the full name of a division of a lower level (路北区):
        chains go down (河北省保定市), so this one starts the proper name of a smaller place."""
        if gz.is_full_name(name) or not gz.is_full_name(before):
            return False
        rank = {"province": 1, "city": 2, "county": 3, "township": 4, "village": 5}
        lower = [rank.get(d.level, 9) for d in gz.lookup(before)]
        this = [rank.get(d.level, 9) for d in gz.lookup(name)]
        return bool(lower and this) and max(this) < min(lower)

    def _village_named_shorts(self, text: str, gz: Gazetteer,
                              regions: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """(org v26) A county's short form that opens a village's name right after a place it does not lie in
        (四川眉山|永丰村: 永丰 is the village's, not Jiangxi's county 永丰) is no division name."""
        ends = {e: name for _, e, name in regions}
        return [(s, e, n) for s, e, n in regions
                if not (text.startswith("村", e) and s in ends and gz.is_county_short(n)
                        and not gz.is_full_name(n) and not self._contains(gz, ends[s], n))]

    @staticmethod
    def _contains(gz: Gazetteer, outer: str, inner: str) -> bool:
        """True if a division named ``inner`` lies inside one named ``outer``."""
        codes = [d.code for d in gz.lookup(outer)]
        return any(gz.is_within(d.code, c) for d in gz.lookup(inner) for c in codes)

    def _generic_district(self, text: str, gz: Gazetteer, e: int, name: str) -> Cand | None:
        """A district whose name is an ordinary word (新城区, 市中区) written right after a city's full or short name
        (某某市新城区, 西宁城中区): a REGION, linked to the city's child of that name, or unlinked when the table has none."""
        if e >= len(text) or gz.is_full_name(name) and name[-1] not in "市州盟":
            return None
        m = _GENERIC_DISTRICTS.match(text, e)
        if m is None:
            return None
        cities = [d for d in gz.lookup(name) if d.level == "city"]
        if not cities:
            return None
        kids = [k for c in cities for k in gz.children(c.code) if k.name == m.group()]
        if len(kids) == 1:
            k = kids[0]
            attrs = {"code": k.code, "level": k.level, "name": k.name, "candidates": [k.code]}
        else:
            attrs = {"code": None, "level": "county", "name": name + m.group(), "candidates": []}
        return Cand(e, m.end(), "REGION", attrs, prio=6)

    # ------------------------------------------------------- posts / orgs
    # ----------------------------------------------------------- campaigns
    def _township_lists(self, text: str, gz: Gazetteer, context: set[str], cands: list[Cand]) -> None:
        """Townships written without 镇/乡 in a list under a region the article names:
        实施杨寿、方巷敬老院复建 (扬州 in the article). Both neighbours of 、 must be
        such short forms, so ordinary words never qualify."""
        if not context or "、" not in text:
            return
        index = _township_shorts(gz)

        def item(a: int, b: int) -> tuple[int, int, Any] | None:
            for k in (2, 3):
                lo, hi = (b - k, b) if a < 0 else (a, a + k)
                if lo < 0 or hi > len(text):
                    continue
                if text[lo:hi] in _ZONE_WORDS or self.no_ordinal_townships and _ORDINAL.fullmatch(text[lo:hi]):
                    continue  # (居全国第一、第二: ranks, not the 第一街道 and 第二街道 of a city the article names)
                divs = [d for d in index.get(text[lo:hi], ()) if any(x.code in context for x in gz.ancestors(d.code))]
                if len(divs) == 1:
                    return lo, hi, divs[0]
            return None

        found: dict[tuple[int, int], Any] = {}
        for m in re.finditer("、", text):
            left, right = item(-1, m.start()), item(m.end(), -1)
            if left and right:
                found[left[:2]] = left[2]
                found[right[:2]] = right[2]
        for (a, b), d in found.items():
            cands.append(Cand(a, b, "REGION", {"code": d.code, "level": d.level, "name": d.name,
                                               "candidates": [d.code]}, prio=6))

    def _township_mentions(self, text: str, gz: Gazetteer, regions: list[tuple[int, int, str]], context: set[str],
                           cands: list[Cand]) -> None:
        """A township the article names in full (上塘镇) is also the region where its short form
        (上塘) is written alone: “春到上塘”. The short form must not be a common word."""
        done: set[str] = set()
        for _, _, name in regions:
            suf = next((x for x in ("街道", "镇", "乡") if name.endswith(x)), None)
            if suf is None or name in done:
                continue
            done.add(name)
            short = name[: -len(suf)]
            if not 2 <= len(short) <= 3 or short in common_words() or short in _nonregion_words() \
                    or short in _ZONE_WORDS or gz.lookup(short):
                continue
            divs = [d for d in gz.lookup(name) if d.level == "township"]
            fit = [d for d in divs if any(a.code in context for a in gz.ancestors(d.code))]
            if len(fit) == 1 or len(divs) == 1:
                d = fit[0] if fit else divs[0]
                attrs = {"code": d.code, "level": d.level, "name": d.name, "candidates": [d.code]}
            else:
                attrs = dict(self._region_attrs(gz, name))
            i = text.find(short)
            while i >= 0:
                e = i + len(short)
                if (e == len(text) or not _is_han(text[e]) or text[e] in _AFTER_SHORT) \
                        and not _REGION_NOT_BEFORE.match(text, e):
                    cands.append(Cand(i, e, "REGION", attrs, prio=7))
                i = text.find(short, e)

    def _abbreviations(self, text: str, gz: Gazetteer, context: set[str], cands: list[Cand]) -> None:
        """One-character names of a province (在京召开, 赴藏调研) or of a city the article names
        (来淮调研 in an article about 淮北), between a verb of coming and an activity."""
        if self.re_abbrev is None:
            return
        for m in self.re_abbrev.finditer(text):
            ch = m.group("r")
            code = PROVINCE_ABBR.get(ch)
            if code is None:
                fits = {c for c in context if len(c) == 4 and gz.get(c) is not None and gz.by_code[c].name[0] == ch}
                if len(fits) != 1:
                    continue
                code = fits.pop()
            d = gz.by_code[code]
            cands.append(Cand(m.start("r"), m.end("r"), "REGION",
                              {"code": d.code, "level": d.level, "name": d.name, "candidates": [d.code]}, prio=7))

    def _lexicon_in(self, name: str) -> list[str]:
        """The campaign lexicon's slogans of four or more characters written in ``name`` (a meeting's name)."""
        return [lex for lex in self._long_lexicon if lex in name]

    def _campaigns(self, text: str, cands: list[Cand]) -> list[tuple[int, int]]:
        """Campaign candidates of ``text``; returns where the lexicon's slogans stand (also those read as no
        campaign there: no name is read inside one)."""
        first = len(cands)
        lexicon_spans: list[tuple[int, int]] = []
        quoted = list(self.re_quoted.finditer(text))
        accepted: set[int] = set()  # indexes into ``quoted``
        not_named: list[tuple[int, int]] = []  # quoted phrases that name a zone, a mission, a way of working
        shows: set[int] = set()  # where a quoted name with its suffix opens a show's name (no mention of it there)
        for i, m in enumerate(quoted):
            inner, suf = m.group("inner"), m.group("suf") or ""
            if inner in self.not_campaign or not _HAN.search(inner) and not inner[:1].isdigit():
                continue
            if re.fullmatch(r"(?:19|20)\d\d", inner):
                continue
            if not suf and self.re_not_after is not None and self.re_not_after.match(text, m.end()):
                not_named.append((m.start(), m.end()))
                continue  # “四河四路”综合试验区, “两争一前列”重大使命
            if suf and self.re_show_after is not None and self.re_show_after.match(text, m.end()):
                shows.add(m.start())
                continue  # “某某”战略工程实施30周年成就展: a show about the programme
            if not suf and self.re_quality_after is not None and self.re_quality_after.match(text, m.end()) \
                    and self.re_manner_before.search(text, max(0, m.start() - 3), m.start()):
                not_named.append((m.start(), m.end()))
                continue  # 以“十年磨一剑”的坚定决心: the manner of the work, not a programme
            ok = bool(suf) or inner in self.campaign_lexicon or any(r.fullmatch(inner) for r in self.re_shapes)
            if not ok:
                continue
            if suf == "活动" and self.re_event_inner is not None and self.re_event_inner.fullmatch(inner):
                continue  # “2026世界市长对话·北京”活动: an event held, a meeting
            if not suf and self.re_not_inner is not None and self.re_not_inner.match(inner):
                continue  # “三大差距”: a problem, not a campaign
            if not suf and "+" in inner and _places_joined(inner):
                continue  # “某省企业+某区资源”: a way two places work together, not a campaign
            if self.re_award_after is not None and self.re_award_after.match(text, m.end()):
                continue  # “五个一工程”奖: an award
            if self.re_counted_before is not None and not suf \
                    and self.re_counted_before.search(text, max(0, m.start() - 10), m.start()):
                continue  # 近1.4万个“…生活圈”: things counted, not a programme
            accepted.add(i)
            start, field = m.start(), ""
            if suf and self.re_field_before is not None \
                    and (fm := self.re_field_before.search(text, max(0, start - 8), start)) is not None:
                start, field = fm.start("field"), fm.group("field")  # 科技“突围”工程: the field is the name's
            cands.append(Cand(start, m.end(), "CAMPAIGN", {"name": field + inner + suf, "core": inner}, prio=2))
        if self.re_long_quoted is not None:  # “实施二次创业，实现争先进位”活动
            for m in self.re_long_quoted.finditer(text):
                inner = m.group("inner")
                if "“" in inner or "”" in inner:
                    continue
                if m.group("suf") == "活动" and self.re_event_inner is not None and self.re_event_inner.fullmatch(inner):
                    continue  # “2026世界市长对话·北京”活动: an event held, a meeting
                cands.append(Cand(m.start(), m.end(), "CAMPAIGN",
                                  {"name": inner.replace("‘", "").replace("’", "") + m.group("suf"), "core": inner},
                                  prio=2))
        if self.re_launched_quote is not None and ("推" in text or "实行" in text):
            for m in self.re_launched_quote.finditer(text):
                inner = m.group("inner")  # 创新推行“某某一站式服务”: a named measure put in place
                if inner not in self.not_campaign and not (self.re_not_inner and self.re_not_inner.match(inner)):
                    cands.append(Cand(m.start(), m.end(), "CAMPAIGN", {"name": inner, "core": inner}, prio=3))
        if self.re_launched_long_middle is not None and "”" in text:
            for m in self.re_launched_long_middle.finditer(text):  # 开展“某某”民企高校携手促就业行动
                inner = m.group("inner")
                if inner not in self.not_campaign:
                    # (campaign v38: the span opens at the quote, after 了 or the duration: 启动了为期三天的|“…”)
                    q = m.start("q") if "q" in m.re.groupindex else m.start()
                    cands.append(Cand(q, m.end(), "CAMPAIGN",
                                      {"name": inner + m.group("mid") + m.group("suf"), "core": inner}, prio=2))
        if self.re_started_quote is not None and "以来" in text:
            for m in self.re_started_quote.finditer(text):
                inner = m.group("inner")  # “某某”开展以来: the programme counted from its start (“基本解决执行难”:
                if inner not in self.not_campaign:  # a problem's name is the programme's when it was started)
                    cands.append(Cand(m.start(), m.end(), "CAMPAIGN", {"name": inner, "core": inner}, prio=3))
        for m in self.re_middle.finditer(text):
            inner = m.group("inner")
            if inner in self.not_campaign or re.fullmatch(r"(?:19|20)\d\d", inner):
                continue
            if m.group("suf") == "产业" and not re.fullmatch(r"[\dA-Za-z+]+", inner):
                continue  # “2+2+4”产业, but not “夜经济”产业
            name = inner + m.group("mid") + m.group("suf")
            cands.append(Cand(m.start(), m.end(), "CAMPAIGN", {"name": name, "core": inner}, prio=3))
        for i, m in enumerate(quoted):  # “四个濉溪”: N个 + a region
            if m.group("suf"):
                continue
            n = self.re_n_region.fullmatch(m.group("inner"))
            if n and gazetteer().lookup(n.group("r")):
                accepted.add(i)
                cands.append(Cand(m.start(), m.end(), "CAMPAIGN", {"name": n.group(), "core": n.group()}, prio=2))
        if self.re_long_quoted is not None:
            self._campaign_neighbours(text, quoted, accepted, cands, first, set(not_named))
        for rx, needed in self.re_bare_campaign:
            if needed and needed not in text:
                continue
            for m in rx.finditer(text):
                if (pm := _PLACE_PROGRAMME.match(m.group())) and not _names_a_place(pm.group(1)):
                    continue  # 数字乡村建设, 美丽乡村建设: a general policy, not a place's programme
                a = m.start()
                if self.re_lead_verbs is not None:
                    while (v := self.re_lead_verbs.match(text, a, m.end())) is not None and v.end() > a:
                        a = v.end()  # 启动开展|秋季招商百日会战行动, 全党正在开展|…学习教育
                if text[a:m.end()] in self.not_campaign:
                    continue  # 启动专项整治行动: a kind of action, not a named one
                if self.re_bare_not_start is not None and self.re_bare_not_start.match(text, a):
                    continue  # 推进实施|一批重点工程: things done, counted, no name (campaign v39)
                if any(qs < a and m.end() < qe for qs, qe in not_named):
                    continue  # “某长制+市场化养护”新模式: a part of a way of working, not a campaign
                if _COMPARATIVE.search(text, a, m.end()):
                    continue  # 推动国有企业更好服务国家战略: a goal phrased with a comparative, no programme's name
                cands.append(Cand(a, m.end(), "CAMPAIGN", {"name": text[a:m.end()], "core": text[a:m.end()]}, prio=4))
        if self.year_opened and "年" in text:
            self._year_opened_campaigns(text, cands)
        if self.re_verb_object is not None and ("建设" in text or "创建" in text):
            # 高质量建设某某试验区: the programme 某某试验区建设 (积极创建全国某某模范区: 全国某某模范区创建)
            for m in self.re_verb_object.finditer(text):
                x = m.group("x")
                if not (_NAMED_ZONE.match(x) or any(a == 0 for a, _, _ in gazetteer().finditer(x[:4]))):
                    continue  # 高质量建设自由贸易试验区: a kind of zone, not a named one
                verb = m.groupdict().get("verb") or "建设"
                cands.append(Cand(m.start(), m.end(), "CAMPAIGN", {"name": x + verb, "core": x + verb}, prio=4))
        if self.re_campaign_lex is not None:
            for m in self.re_campaign_lex.finditer(text):
                lexicon_spans.append((m.start(), m.end()))
                if _GOAL_AFTER.match(text, m.end()):
                    continue  # 建成中部地区崛起(的)重要战略支点: a place's positioning goal, not the strategy
                if _DOCUMENT_AFTER.match(text, m.end()):
                    continue  # 全面落实某某建设总体方案: the plan, a document
                if self.lexicon_whole_quote and m.start() and text[m.start() - 1] in "“\"" \
                        and m.end() + 1 < len(text) and _HAN.match(text, m.end()) and text[m.end() + 1] in "”\"":
                    continue  # “双减少”: a longer quoted word, not the slogan
                a, b = m.start(), m.end()
                if a and b < len(text) and text[a - 1] == "‘" and text[b] == "’":
                    a, b = a - 1, b + 1  # “‘某某’+旅游”: the inner quotes are the name's
                if (a - 1, b + 1) in not_named:
                    continue  # “枫桥经验”陈列馆: the quoted slogan named as something else
                suffix = ""
                if self.re_lexicon_suffix is not None and (x := self.re_lexicon_suffix.match(text, b)):
                    b, suffix = x.end(), x.group()  # 深化接诉即办改革: the reform named by the slogan
                elif self.re_quoted_lexicon_suffix is not None and a and text[a - 1] == "“" and text[b:b + 1] == "”" \
                        and (x := self.re_quoted_lexicon_suffix.match(text, b + 1)):
                    a, b = a - 1, x.end()  # “一带一路”建设: the same programme
                core = self.lexicon_forms.get(m.group(), m.group())  # 建设全国统一大市场: 全国统一大市场建设
                if self.re_lexicon_infix is not None and core not in self.campaign_lexicon:
                    core = self.re_lexicon_infix.sub("", core, count=1)  # 长三角更高质量一体化发展: 长三角一体化发展
                cands.append(Cand(a, b, "CAMPAIGN", {"name": core + suffix, "core": core}, prio=4))
        for rx, place, name in self.home_programmes:
            if place in text:
                for m in rx.finditer(text):
                    cands.append(Cand(m.start(), m.end(), "CAMPAIGN", {"name": name, "core": name}, prio=4))
        if self.re_long_quoted is not None:
            self._campaign_lists(text, cands, first)
        if self.re_education is not None:
            self._education_campaigns(text, cands)
        if self.re_list_before is not None:
            self._campaign_lists_before(text, cands, first)
            self._campaign_mentions(text, cands, first, set(not_named))
        if "”“" in text:  # two quoted names written together
            _join_quoted_pairs(text, cands, first)
        if self.re_campaign_not_after is not None or self.re_quoted_verb_start is not None:
            cands[first:] = [c for c in cands[first:] if not (c.label == "CAMPAIGN" and (
                self.re_campaign_not_after is not None and self.re_campaign_not_after.match(text, c.end)
                or self.re_quoted_verb_start is not None and text[c.start:c.start + 1] == "“"
                and self.re_quoted_verb_start.match(text, c.start + 1)
                and not (self.quoted_kind_keeps and text[c.end - 1:c.end] != "”")))]  # “三步走”战略|构想, “通过财税改革”
        # (campaign v36: “把青春华章写在祖国大地上”网络主题宣传活动, the slogan with its kind, stays)
        if self.campaign_hall_after:  # 某某主题教育|馆, 某某工程|展示馆: a hall or base named after it, no mention
            cands[first:] = [c for c in cands[first:] if not (c.label == "CAMPAIGN" and _HALL_AFTER.match(text, c.end))]
        if self.re_site_after is not None:  # 某某工程|施工现场: the project's site, a place
            cands[first:] = [c for c in cands[first:]
                             if not (c.label == "CAMPAIGN" and self.re_site_after.match(text, c.end))]
        building = self.quoted_building and "”建设" in text
        if building:  # “某某”建设: the programme's building is its mention
            self._quoted_building(text, cands, first)
        if shows:  # (nor a shorter reading of the same name by another rule: “某某”战略|工程…成就展)
            cands[first:] = [c for c in cands[first:] if not (c.label == "CAMPAIGN" and c.start in shows)]
        if "全国" in text:  # a nationwide campaign the article also writes with 全国 (全国某某队伍教育整顿动员部署会议 …
            # 开展某某队伍教育整顿): that is its name
            for c in cands[first:]:
                n = str(c.attrs.get("name") or "")
                if c.label == "CAMPAIGN" and _NATIONWIDE_KIND.search(n) and not n.startswith("全国") \
                        and "全国" + n in text:
                    c.attrs["name"] = "全国" + n
        if building:  # “两重” beside “两重”建设: one programme
            _name_buildings([c for c in cands[first:] if c.label == "CAMPAIGN"], self.campaign_lexicon)
        if self.re_campaign_group is not None:  # 某某学习教育中央第二指导组: a body named after the campaign
            for c in [c for c in cands[first:] if c.label == "CAMPAIGN"]:
                if (g := self.re_campaign_group.match(text, c.end)) is not None:
                    cands.append(Cand(c.start, g.end(), "ORG", {"body_type": g.group("kind"), "region": None,
                                                                "level_hint": None, "parent": None}, prio=1))
        return lexicon_spans

    def _education_lexicon(self, head: str) -> list[str]:
        """The education campaigns of the lexicon that end in ``head`` (党纪学习教育 for 学习教育)."""
        if head not in self._edu_lex:
            self._edu_lex[head] = sorted(k for k in self.campaign_lexicon if k.endswith(head) and len(k) > len(head))
        return self._edu_lex[head]

    def _education_campaigns(self, text: str, cands: list[Cand]) -> None:
        """Named education campaigns (深入贯彻中央八项规定精神学习教育, 树立和践行正确政绩观学习教育) in any
        context: the words before the head are cut after the last word that introduces a campaign
        (开展, 总结, 这次, 服务保障 …); the rest must be a name of four or more characters, not a scope
        or a group (全市学习教育, 党员学习教育), nor nothing (巩固拓展学习教育成果)."""
        assert self.re_education is not None and self.re_education_lead is not None
        made: list[Cand] = []
        for m in self.re_education.finditer(text):
            head = m.start()
            lo = _HAN_TAIL.search(text, max(0, head - 24), head)  # the Han characters before the head
            a0 = lo.start() if lo else head
            lead = self.re_education_lead.match(text, a0, head)
            a = lead.end() if lead else a0
            pos = 0  # the places that carry it out are not part of its name (内蒙古阿拉善盟|深入贯彻…学习教育)
            for s, e, _ in gazetteer().finditer(text[a:head]):
                if s != pos:
                    break
                pos = e
            a += pos
            # a campaign of the lexicon closing the words (紧扣|党纪学习教育, 第一时间出台|党纪学习教育): its name
            known = max((k for k in self._education_lexicon(m.group()) if a <= m.end() - len(k)
                         and text.startswith(k, m.end() - len(k))), key=len, default=None)
            if known is not None:
                a = m.end() - len(known)
            name = text[a:head]
            if len(name) < 4 and known is None \
                    or self.re_education_not is not None and self.re_education_not.search(name):
                continue
            made.append(Cand(a, m.end(), "CAMPAIGN", {"name": text[a:m.end()], "core": name}, prio=4))
        # the short form of a campaign the article also names in full (中央八项规定精神学习教育 after or before
        # 深入贯彻中央八项规定精神学习教育) is a mention of it: the full name is its name
        names = sorted({str(c.attrs["name"]) for c in made}, key=len, reverse=True)
        for c in made:
            full = next((n for n in names if len(n) > len(c.attrs["name"]) and n.endswith(str(c.attrs["name"]))), None)
            if full is not None:
                c.attrs["name"] = full
        cands += made

    def _campaign_lists_before(self, text: str, cands: list[Cand], first: int) -> None:
        """A programme listed before a campaign after the verb that launches both, when the list is
        closed by a campaign noun: 推动实施了山海协作、“千万工程”等行动 (山海协作)."""
        assert self.re_list_before is not None and self.re_list_close is not None
        for c in [c for c in cands[first:] if c.label == "CAMPAIGN"]:
            if c.start < 4 or text[c.start - 1] != "、" or not self.re_list_close.match(text, c.end):
                continue
            m = self.re_list_before.search(text, max(0, c.start - 12), c.start)
            if m:
                x = m.group("x")
                cands.append(Cand(m.start("x"), m.end("x"), "CAMPAIGN", {"name": x, "core": x}, prio=4))

    def _campaign_mentions(self, text: str, cands: list[Cand], first: int,
                           not_named: set[tuple[int, int]] = frozenset()) -> None:
        """Other mentions of an unquoted campaign name found in the article (升级山海协作 after
        实施了山海协作、…等行动); a longer entity around a mention still wins, and none is read inside a quoted
        phrase the context names as something else (``not_named``: “某某经验”陈列馆)."""
        found: dict[str, dict[str, Any]] = {}
        for c in cands[first:]:
            if c.label == "CAMPAIGN" and c.length >= 4 and _HAN.match(text, c.end - 1) and (
                    _HAN.match(text, c.start) or self.quoted_mentions and c.length >= 8 and text[c.start] == "“"
                    and text.find("”", c.start) < c.end - 2):
                # (campaign v38: a quoted name with its kind too, “海安2025”渤海海域联合巡航执法行动 in the headline)
                found.setdefault(text[c.start:c.end], c.attrs)
        if not found:
            return
        have = {(c.start, c.end) for c in cands[first:] if c.label == "CAMPAIGN"}
        forms = dict(found)
        for name, attrs in found.items():
            if name.endswith("建设") and len(name) >= 6 and "“" not in name and '"' not in name:
                x = name[:-2]
                named = dict(attrs, name=attrs.get("name") or name)
                forms.setdefault("建设" + x, named)  # 建设某某自由贸易港, the verb before its object
                lead = next((e for s, e, _ in gazetteer().finditer(x[:4]) if s == 0), 0)
                if lead and len(x) - lead >= 4:
                    forms.setdefault(x[lead:] + "建设", named)  # 自由贸易港建设 once the place is known
        rx = re.compile("|".join(map(re.escape, sorted(forms, key=len, reverse=True))))
        for m in rx.finditer(text):
            if (m.start(), m.end()) not in have and not _DOCUMENT_AFTER.match(text, m.end()) \
                    and not any(qs < m.start() and m.end() < qe for qs, qe in not_named):
                cands.append(Cand(m.start(), m.end(), "CAMPAIGN", dict(forms[m.group()]), prio=5))

    def _campaign_neighbours(self, text: str, quoted: list[re.Match[str]], accepted: set[int], cands: list[Cand],
                             first: int, not_named: set[tuple[int, int]] = frozenset()) -> None:
        """Quoted names that are campaigns by their company or by their name:
        a quoted phrase written right next to a campaign in a run of quoted names
        (“三集中三到位”“一件事”“拿地即开工”等服务模式), and a quoted phrase that repeats
        the core of a campaign found elsewhere in the article (“实施二次创业、实现争先进位”
        after “实施二次创业，实现争先进位”活动). A quoted phrase the context names as something else (``not_named``:
        “某某经验”陈列馆, “两山”理论) is none."""
        def key(s: str) -> str:
            return re.sub(r"[，,、‘’\s]", "", s)

        cores = {key(str(c.attrs.get("core") or "")) for c in cands[first:] if c.label == "CAMPAIGN"}
        cores.discard("")
        changed = True
        while changed:
            changed = False
            for i, m in enumerate(quoted):
                if i in accepted or m.group("suf") or (m.start(), m.end()) in not_named:
                    continue
                inner = m.group("inner")
                if inner in self.not_campaign or not _HAN.search(inner):
                    continue
                near = False
                for j in (i - 1, i + 1):
                    if j in accepted:
                        a, b = (quoted[j], m) if j < i else (m, quoted[j])
                        near = near or text[a.end():b.start()] in ("", "、") and not a.group("suf")
                if near and len(inner) <= 8 or key(inner) in cores and len(key(inner)) >= 4:
                    accepted.add(i)
                    changed = True
                    cands.append(Cand(m.start(), m.end(), "CAMPAIGN", {"name": inner, "core": inner}, prio=3))

    _RE_LIST_ITEM = re.compile(r"、(?![各一该这本此其])(?P<x>(?:(?![的等和与及之、])[\u4e00-\u9fff]){2,8}?(?:工程|行动|活动|计划|战略))"
                               r"(?=[、和及等]|[^\u4e00-\u9fff]|$)")

    def _quoted_building(self, text: str, cands: list[Cand], first: int) -> None:
        """A quoted campaign with the programme word after it (“两重”建设, “双城经济圈”建设) takes the word: the
        building is the programme's name. Not a counted place (“四个某县”建设), which names the place's goals."""
        if self.re_quoted_lexicon_suffix is None:
            return
        for c in cands[first:]:
            if c.label != "CAMPAIGN" or text[c.start:c.start + 1] != "“" or text[c.end - 1:c.end] != "”":
                continue
            x = self.re_quoted_lexicon_suffix.match(text, c.end)
            if x is None:
                continue
            counted = _COUNTED_PLACE.match(text, c.start + 1, c.end - 1)
            if counted and gazetteer().lookup(counted.group(1)):
                continue  # “四个某县”建设
            c.end = x.end()
            if c.attrs.get("name") and c.attrs["name"] not in self.campaign_lexicon:
                c.attrs["name"] = str(c.attrs["name"]) + x.group()  # (a slogan of the lexicon keeps its name)

    def _year_opened_campaigns(self, text: str, cands: list[Cand]) -> None:
        """A programme named without quotes after its verb and its year (农业农村部等七部门联合启动2026年|春耕备耕农资打假
        专项整治行动): read as if the verb stood right before the name; the year is a DATE of its own."""
        for y in _VERB_YEAR.finditer(text):
            verb = y.group("verb")
            sub = verb + text[y.end():y.end() + 60]
            off = y.end() - len(verb)
            for rx, needed in self.re_bare_campaign:
                if needed and needed not in sub:
                    continue
                m = rx.match(sub, len(verb))
                if m is None or m.end() <= m.start() or sub[m.start():m.end()] in self.not_campaign:
                    continue
                name = sub[m.start():m.end()]
                cands.append(Cand(off + m.start(), off + m.end(), "CAMPAIGN", {"name": name, "core": name}, prio=4))

    def _campaign_lists(self, text: str, cands: list[Cand], first: int) -> None:
        """Unquoted programmes listed after a campaign: “党建+X”、小荷工程、水花行动等."""
        ends = sorted({c.end for c in cands[first:] if c.label == "CAMPAIGN"})
        for end in ends:
            while True:
                m = self._RE_LIST_ITEM.match(text, end)
                if not m:
                    break
                x = m.group("x")
                cands.append(Cand(m.start("x"), m.end("x"), "CAMPAIGN", {"name": x, "core": x}, prio=4))
                end = m.end()

    # ------------------------------------------------------------ meetings
    def _meetings(self, text: str, region_by_end: dict[int, tuple[int, int, str]], gz: Gazetteer,
                  cands: list[Cand]) -> None:
        for m in self.re_session.finditer(text):
            start = m.start()
            reg = region_by_end.get(start + 1) if start < len(text) else None
            if reg is not None and reg[0] < start:
                start = reg[0]
            elif (reg := region_by_end.get(start)) is not None and "全国" not in m.group() \
                    and re.search(r"人大|政协|委", m.group()):
                start = reg[0]  # 江西省|十四届人大常委会第九次会议: a local congress's session, its region first
            elif (org := _SESSION_OWNER.search(text, max(0, start - 4), start)) is not None:
                start = org.start()  # 全国政协|十四届三次会议, 中共|二十大: the body holding it is part of the name
            cands.append(Cand(start, m.end(), "MEETING", {"name": text[start:m.end()]}, prio=1))
        name_chars = self.meeting_name_chars
        region_by_start = {r[0]: r[1] for r in region_by_end.values()}
        prev_end = -1  # the end of the meeting word before: 双周协商会和|专题协商会 are two meetings
        for m in self.re_meeting_suffix.finditer(text):
            s = m.start()
            a = s
            while a > 0 and (s - a < 36 or s - a < 72 and "暨" in text[a:s]) and text[a - 1] in name_chars:
                a -= 1  # (a name of two joined by 暨 may be twice as long: 甲工作总结暨乙工作启动会)
            if a <= prev_end < s and text[prev_end] in "和与及、":
                a = prev_end + 1
            prev_end = m.end()
            name = text[a:s]
            t = self.re_trim.match(name)
            cut = t.end() if t else 0
            if cut == len(name) and name.endswith(_TOPIC_VERBS) and m.group() in self.generic_meeting:
                # 出席加强基础研究|座谈会: a topic that ends in a verb of the trim list names the meeting
                t = self.re_trim.match(name, 0, len(name) - 2)
                cut = t.end() if t else len(name)  # (nothing that opens a name before the topic: no name)
            if cut and cut == len(name) and self.re_used_form is not None \
                    and self.re_used_form.search(name, 0, cut):
                continue  # 用好新闻发布会、发言人机制…: a form of work being used, not a meeting held
            if cut and self.study_opening and a > 0 and text[a - 1] in "：:" and (
                    _STUDY_OPENING.match(name) or self.study_audience and _STUDY_AUDIENCE.match(name)):
                cut = 0  # 央视网消息：深入学习贯彻…精神专题会议: a name opening the report keeps its verbs (the sets')
                # (and its audience before them: 省部级主要领导干部学习贯彻…精神专题研讨班)
            if cut and (tl := _TOPIC_LIST.fullmatch(name, 0, cut)) is not None:
                # 加强某某和推进“某某”等|重点工程建设座谈会: the topic's list with 等 is the name's, no list of people
                cut = tl.end("lead") if tl.group("lead") else 0
            elif cut and self.meeting_after_held:
                # 召开|实施某某工作动员部署视频会议, 主持召开|加强某某和推进“某某”等重点工程建设座谈会: after the verb
                # that holds it the name opens with the verb of its programme (the gold sets' names)
                held = None
                for held in _HELD_BEFORE_NAME.finditer(name, 0, cut):
                    pass
                if held is not None and held.end() < cut and _NAME_OPENING_VERB.match(name, held.end()) \
                        and not _EDUCATION_IN_NAME.search(name, held.end()):
                    cut = held.end()  # (not before a party-wide education's name: 召开|加强某某学习教育|动员会)
            if cut and self.scope_lists and name[cut - 1] == "等":
                # (出席)|全国高校毕业生等青年就业创业工作会议: the groups a national meeting is for, listed with 等
                before = self.re_trim.match(name, 0, cut - 1)
                if name.startswith(_SCOPE_WORDS, before.end() if before else 0):
                    cut = before.end() if before else 0
            if cut and self.lexicon_names_whole:
                # 马克思主义理论研究|和建设工程工作会议, 党纪学习|教育工作会议: no cut inside a slogan of the lexicon
                for lex in self._lexicon_in(name):
                    i = name.find(lex)
                    if 0 <= i < cut < i + len(lex):
                        cut = i
            if self.congress_and and "和" in name[cut:]:
                # 党的二十大|和|中央经济工作会议: a congress, then the other meeting's name
                for j in [k for k, ch in enumerate(name) if ch == "和" and k > cut]:
                    if self.re_session.fullmatch(name, cut, j):
                        cut = j + 1
            name = name[cut:]
            # (an opening quote stays when the name closes it: “某某年”行动动员部署会议)
            name = name.lstrip("、”()（）") if name and name[0] in "“\"" and name.count(name[0]) == 1 and "”" in name \
                else name.lstrip("、“”\"()（）")
            name = re.sub(r"^(?:上|近|数)?[一二三四五六七八九十百千万两几多余首\d]*(?:次|个|场)", "", name)
            # 学习贯彻某大会精神以及|某工作会议精神: the spirit of one meeting, then the other's name
            name = _SPIRIT_AND.split(name)[-1]
            start = s - len(name)
            # keep only the innermost region: 江西|分宜县三级干部大会
            while start in region_by_start and region_by_start[start] in region_by_start:
                start = region_by_start[start]
            name = text[start:s]
            ann = _LAW_ANNIVERSARY.search(text, max(0, s - 48), s)
            if ann is None and self.law_anniversary:  # 纪念某某法颁布实施40周年|座谈会: the law without its brackets
                ann = _BARE_LAW_ANNIVERSARY.search(text, max(0, s - 40), s)
            if ann is None and self.anniversary:  # 庆祝某某事业发起实施30周年|座谈会: a programme's anniversary
                ann = _ANNIVERSARY.search(text, max(0, s - 40), s)
            if ann is not None and ann.start() < start:
                start, name = ann.start(), ann.group()  # 《某某法》实施20周年|座谈会: the law's anniversary
            if start > 1 and text[start - 1] == "、" and name:
                # 各民主党派中央、无党派人士…座谈会: the groups it gathers, listed, open its name
                g = _GROUPS_BEFORE.search(text, max(0, start - 16), start - 1)
                if g is not None:
                    start, name = g.start(), text[g.start():s]
            suf = m.group()
            if not name and suf in self.generic_meeting or len(name) + len(suf) < 3:
                continue
            if self.re_generic_name is not None and self.re_generic_name.match(name) and suf in self.generic_meeting \
                    and suf != "协商会":
                continue  # 专题学习会: a kind of meeting, no name (the CPPCC's 专题协商会 is one of its meeting types)
            if name.count("“") != name.count("”"):
                if self.re_group_meeting is None or name.count("“") != name.count("”") + 1:
                    continue
                # the name opens a quotation (a banner: “…庆祝大会”): it starts after the quote
                start = s - len(name) + name.rindex("“") + 1
                name = text[start:s]
                if not name or name.count("”"):
                    continue
            cands.append(Cand(start, m.end(), "MEETING", {"name": name + suf}, prio=2))

        if self.re_study_meeting is not None and "贯彻" in text:  # 学习贯彻某某重要思想座谈会 opening its sentence
            for m in self.re_study_meeting.finditer(text):
                cands.append(Cand(m.start("name"), m.end("name"), "MEETING", {"name": m.group("name")}, prio=1))
        if self.re_numbered_event is not None and (not self.event_tails or any(w in text for w in self.event_tails)):
            # (no tails: some branch ends in no literal, every text is scanned)
            for m in self.re_numbered_event.finditer(text):  # 第五届某某博览会, 2023年某某论坛
                cands.append(Cand(m.start(), m.end(), "MEETING", {"name": m.group()}, prio=2))
        if self.re_org_congress is not None and any(b in text for b in self.org_congress_bodies):
            for m in self.re_org_congress.finditer(text):  # 中国科协十大: a people's organisation's congress
                cands.append(Cand(m.start(), m.end(), "MEETING", {"name": m.group()}, prio=2))
        if self.re_scope_assembly is not None and "大会" in text:  # 全国科技大会, 全省某某警示教育大会
            for m in self.re_scope_assembly.finditer(text):
                cands.append(Cand(m.start(), m.end(), "MEETING", {"name": m.group()}, prio=2))
        if self.re_national_meeting is not None and "全国" in text:
            for m in self.re_national_meeting.finditer(text):
                cands.append(Cand(m.start(), m.end(), "MEETING", {"name": m.group()}, prio=2))
        if "”会" in text:  # a meeting named by a quoted topic (专题召开“综合治理某湖”会议)
            for m in _QUOTED_TOPIC_MEETING.finditer(text):
                cands.append(Cand(m.start(), m.end(), "MEETING", {"name": m.group()}, prio=2))
        if self.quoted_titles and "——" in text:  # “把某某传承下去——纪念某某六十周年”座谈会: a quoted title with its
            for m in _QUOTED_TITLE_MEETING.finditer(text):  # subtitle names the meeting
                cands.append(Cand(m.start(), m.end(), "MEETING", {"name": m.group()}, prio=1))
        if self.re_quoted_title_kind is not None and "”" in text:  # “某某的中国与世界”中阿媒体研讨会
            for m in self.re_quoted_title_kind.finditer(text):
                cands.append(Cand(m.start(), m.end(), "MEETING", {"name": m.group()}, prio=2))
        if self.re_meeting_part is not None and "场" in text:  # 某某系列报告会|第三场报告会: the series' part
            for c in [c for c in cands if c.label == "MEETING"]:
                if (part := self.re_meeting_part.match(text, c.end)) is not None:
                    cands.append(Cand(c.start, part.end(), "MEETING", {"name": text[c.start:part.end()]}, prio=1))
        if "暨" in text:  # 全国巡视工作会议暨二十届中央巡视省（区、市）动员部署会: one meeting of two names
            for c in [c for c in cands if c.label == "MEETING" and text.startswith("暨", c.end)]:
                m2 = self.re_meeting_suffix.search(text, c.end + 1, min(len(text), c.end + 46))
                if m2 is not None and not _CLAUSE_PUNCT.search(text, c.end + 1, m2.start()):
                    cands.append(Cand(c.start, m2.end(), "MEETING", {"name": text[c.start:m2.end()]}, prio=1))
        if self.re_group_meeting is not None:  # a leading group's meeting: …领导小组会议
            for c in [c for c in cands if c.label == "ORG" and c.attrs.get("body_type") == "领导小组"]:
                g = self.re_group_meeting.match(text, c.end)
                if g:
                    cands.append(Cand(c.start, g.end(), "MEETING", {"name": text[c.start:g.end()]}, prio=1))
        if self.re_quoted_meeting is not None:  # 宿迁“新年第一会”, 全市“新春第一会”, “两会”
            for m in self.re_quoted_meeting.finditer(text):
                start = m.start()
                reg = region_by_end.get(start)
                if not m.group("scope") and reg is not None:
                    start = reg[0]
                cands.append(Cand(start, m.end(), "MEETING", {"name": text[start:m.end()]}, prio=2))

    def _dates(self, text: str, cands: list[Cand]) -> None:
        for m in self.re_date.finditer(text):
            cands.append(Cand(m.start(), m.end(), "DATE", {}, prio=3))

    # ------------------------------------------------------------- persons
    # ----------------------------------------------------------- selection
    def _set(self, doc: Doc, cands: list[Cand], text_len: int) -> None:
        """Choose non-overlapping entities (rules' tier first, then longest, then priority)."""
        chosen: list[Cand] = []
        used = bytearray(text_len + 1)
        for c in sorted(cands, key=lambda c: (c.tier, -c.length, c.prio, c.start)):
            if c.length <= 0 or any(used[c.start:c.end]):
                continue
            chosen.append(c)
            used[c.start:c.end] = b"\x01" * c.length
        chosen.sort(key=lambda c: c.start)
        mode = "expand"  # a no-op for the char segmenter; word segmenters may cut inside an entity
        owner = [-1] * (len(used))  # index of the chosen span covering each character
        for i, c in enumerate(chosen):
            owner[c.start:c.end] = [i] * c.length
        nested_of: list[list[Cand]] = [list(c.parts) for c in chosen]
        for o in cands:
            i = owner[o.start] if o.length > 0 else -1
            if i >= 0 and owner[o.end - 1] == i:
                c = chosen[i]
                if o is not c and o.length < c.length and o.label != c.label:
                    nested_of[i].append(o)
        ents: list[Span] = []
        parts: list[Span] = []
        last_end = 0
        for c, nested in zip(chosen, nested_of):
            span = doc.char_span(c.start, c.end, label=c.label, alignment_mode=mode)
            if span is None or span.start < last_end:
                continue
            ents.append(span)
            last_end = span.end
            span._.kg = dict(c.attrs)
            seen: set[tuple[int, int, str]] = set()
            for p in nested:
                key = (p.start, p.end, p.label)
                if key in seen:
                    continue
                seen.add(key)
                ps = doc.char_span(p.start, p.end, label=p.label, alignment_mode=mode)
                if ps is not None:
                    ps._.kg = dict(p.attrs)
                    parts.append(ps)
        doc.set_ents(ents, default="outside")
        doc.spans["kg_parts"] = parts


@lru_cache(maxsize=1)
def _township_shorts(gz: Gazetteer) -> dict[str, tuple[Any, ...]]:
    """Township names without 镇/乡/街道 (杨寿 for 杨寿镇), for lists only."""
    out: dict[str, list[Any]] = {}
    for d in gz.by_code.values():
        if d.level != "township":
            continue
        for n in (d.alias or (d.name,)):
            for suf in ("街道", "镇", "乡"):
                if n.endswith(suf) and 2 <= len(n) - len(suf) <= 3:
                    out.setdefault(n[: -len(suf)], []).append(d)
                    break
    return {k: tuple(v) for k, v in out.items()}


@Language.factory(
    "kg_rules",
    assigns=["doc.ents", "doc.spans", "span._.kg"],
    default_config={
        "post_patterns": {"@misc": "kg.post_patterns.v38"},
        "org_patterns": {"@misc": "kg.org_patterns.v28"},
        "campaign_patterns": {"@misc": "kg.campaign_patterns.v41"},
        "meeting_patterns": {"@misc": "kg.meeting_patterns.v43"},
        "date_patterns": {"@misc": "kg.date_patterns.v18"},
        "person_patterns": {"@misc": "kg.person_patterns.v24"},
        "model_policy": "fill",
        "regions": True,
    },
)
def make_rules(nlp: Language, name: str, post_patterns: dict[str, Any], org_patterns: dict[str, Any],
               campaign_patterns: dict[str, Any], meeting_patterns: dict[str, Any], date_patterns: dict[str, Any],
               person_patterns: dict[str, Any], model_policy: str, regions: bool) -> KGRules:
    return KGRules(nlp, name, post_patterns, org_patterns, campaign_patterns, meeting_patterns, date_patterns,
                   person_patterns, model_policy=model_policy, regions=regions)


__all__ = ["KGRules", "make_rules", "Cand", "post_patterns", "org_patterns", "campaign_patterns",
           "meeting_patterns", "date_patterns", "person_patterns"]
