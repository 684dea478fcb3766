"""Bodies and regions of titles and organisations (part of ``kg_relations``).

``post_body`` for every POST (``泗洪县委书记`` → 泗洪县委, 321324), ``org_region``
and ``sub_org`` for every ORG. The region is the one written in the title;
else the one written right before it (``金凤区原区委副书记``); else the title
before it in a stack (``区委常委、组织部部长`` → 区委组织部); else the level word
(``市委``, ``区委``, ``省委``) read against the article's main region — then the
link is ``inferred``. Township-level bodies are never guessed.

Bodies the recogniser does not label are read from the text: a unit written
right before a bare title (``中国某银行某省分行原副巡视员``, ``某某集团有限公司原党委书记``)
or inside the title (``某省人民检察院五部原党支部委员``); enterprises keep no region,
a unit under a national organ takes the region written after it, and a chain of
regions gives the innermost (``昆明市五华区自然资源局`` → 五华区). Village titles
take the village (written, from the stack, or the article's last named village,
inferred) and the lowest division written right before the village name.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import Warnings
from ..types import Relation
from .article_context import (CENTRAL_FULL_NAMES, GOV_BODY, body_rest, canonical_body, full_body_name, region_for_level,
                              scan_regions)
from .gazetteer import gazetteer
from .patterns import (MILITARY_BODY, MILITARY_ROLE, NPC_SPECIAL_SHORT, NPC_WORKING_FULL, NPC_WORKING_SHORT, NUM_CN,
                       national_organs)
from .relations import Ent, Text, _prev_ent, post_stacks, rel

log = logging.getLogger("kg")


# --------------------------------------------------------------------------
# post → body → region; org → region; org ⊂ parent org
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class BodyRef:
    """Where a title or organisation sits: full body name and its region."""

    body: str | None  # full body name, e.g. 泗洪县委; None when unresolved
    region: str | None  # region code
    rest: str  # body after the region (``委``, ``委组织部``, ``政府``)
    inferred: bool
    via: str  # written / stack / context / source / unresolved


#: the ranks of a court's or procuratorate's staff: held in the court itself, whatever unit the stack named before
_COURT_RANKS = frozenset({"检察官", "法官", "审判员", "检察员", "书记员"})


def _region_of_written(t: Text, name: str, context: Sequence[str] = ()) -> str | None:
    div = t.div
    if div is None or not name:
        return None
    ctx = list(context) + ([t.main] if t.main else [])
    code, cands = div.resolve(name, ctx)
    if code is None and len(cands) > 1:
        log.warning(Warnings.W002.format(name=name, candidates=", ".join(cands[:6])))
    return code


def _rest_of(kg: Mapping[str, Any], text: str, region_name: str | None, label: str = "POST") -> str:
    body = kg.get("body") or (text if label == "ORG" else None)
    if body:
        return body_rest(body, kg.get("region"), kg.get("level_hint"), region_name)
    bt = kg.get("body_type") or "政府"
    return GOV_BODY.get(bt, bt)


def resolve_body(t: Text, e: Ent, sibling: BodyRef | None = None) -> BodyRef:
    """Body and region of a POST or ORG entity (see :func:`_resolve_body`); an investigation group's title
    written short (国务院事故调查组组长, 调查评估组组长) is the group's that the article names in full."""
    if e.label == "POST" and _INQUIRY_TITLE.match(e.text) and (full := _inquiry_in_full(t, e)) is not None:
        return BodyRef(full, None, "", False, "written")
    if e.label == "POST" and (presidium := _PRESIDIUM_TITLE.match(e.text)):
        # 大会主席团常务主席: the presidium of the congress named last before it (or of the session written right
        # before the title: 全国政协十四届一次会议主席团常务主席; or of the session whose presidium's standing chairmen
        # meet: 十四届全国人大一次会议主席团常务主席第一次会议); 大会副秘书长: an officer of that session itself
        congress = next((x for x in reversed(t.ents[:e.i]) if x.label == "MEETING"
                         and (x.end == e.start or _CONGRESS_NAME.search(str(x.get("name") or x.text))
                              or "主席团" in str(x.get("name") or x.text)[1:])), None)
        # (某选举会议主席团第二次会议…。主席团常务主席某某: the presidium whose meeting it is)
        if congress is None:
            return BodyRef(None, None, "", False, "unresolved")
        name = str(congress.get("name") or congress.text)
        name = name[:name.index("主席团")] if "主席团" in name[1:] else name
        name = _SITTING.sub("", name)  # 某某第十一次全国代表大会|第二次全体会议: the congress's sitting, its presidium
        return BodyRef(name + ("主席团" if presidium.group("presidium") else ""), None, "", False, "written")
    return _resolve_body(t, e, sibling)


_PRESIDIUM_TITLE = re.compile(r"^(?:大会)?(?:(?P<presidium>主席团(?:常务|执行)?主席)|副秘书长)$")
_SITTING = re.compile(r"(?<=大会)(?:第[一二三四五六七八九十]+次全体会议|开幕会|闭幕会|预备会议)$")
#: a congress, or a national session by its short name, or its presidium's meeting (十四届全国人大一次会议, 某某主席团
#: 常务主席第一次会议)
_CONGRESS_NAME = re.compile(r"代表大会$|全国代表大会|人民代表大会|(?:全国人大|全国政协)[一二三四五六七八九十]+次会议(?:$|主席团)")


#: the title of a State Council investigation group's head, written short (国务院事故调查组组长, 调查评估组副组长)
_INQUIRY_TITLE = re.compile(r"^(?:国务院)?(?:[\u4e00-\u9fff]{0,4}?)(?P<kind>调查评估组|调查组|评估组)(?:副)?组长$")


def _inquiry_in_full(t: Text, e: Ent) -> str | None:
    """The investigation group the article names in full (国务院某地“7·6”某灾害调查评估组), of the same kind, the
    last before the title (else the first after it)."""
    m = _INQUIRY_TITLE.match(e.text)
    assert m is not None
    kind = m.group("kind")
    key = ("inquiry_groups", kind)
    if key not in t.memo:  # (the State Council's groups of that kind named in the article, found once)
        t.memo[key] = [x for x in t.ents if x.label == "ORG" and x.text.endswith(kind) and x.text.startswith("国务院")]
    groups = [x for x in t.memo[key] if len(x.text) > len(e.text) - 2]
    before = [x for x in groups if x.end <= e.start]
    pick = before[-1] if before else (groups[0] if groups else None)
    return pick.text if pick is not None else None


def _commission_in_full(t: Text, short: str) -> str | None:
    """The full name of an abbreviated commission the article writes out (首规委 → 首都规划建设委员会): a name
    ending in 委员会 that holds the abbreviation's characters in order, starting with its first."""
    key = ("commission_full", short)
    if key not in t.memo:
        if len(short) < 2 or not short.endswith("委"):
            t.memo[key] = None
        else:
            rx = "".join(re.escape(ch) + r"[\u4e00-\u9fff]{0,4}?" for ch in short[:-1]) + "委员会"
            m = re.search(rx, t.text)
            t.memo[key] = m.group() if m else None
    return t.memo[key]


def _resolve_body(t: Text, e: Ent, sibling: BodyRef | None = None) -> BodyRef:
    """Body and region of a POST or ORG entity.

    Order: the region written in the title; else the title before it in a
    stack (``区委常委、组织部部长`` → 区委组织部; ``县委副书记、县长`` → same
    county); else the level word (``市委``) read against the article's main
    region (inferred). Township-level bodies are never guessed."""
    kg = clean_post_attrs(e.kg or {}, e.text) if e.label == "POST" else (e.kg or {})
    div = t.div
    written_region = kg.get("region")
    hint = kg.get("level_hint")
    if e.label == "POST" and kg.get("body_type") == "foreign":  # 南非副总统: the state (inferred if named before)
        body = kg.get("body")
        return BodyRef(str(body) if body else None, None, "", bool(kg.get("body_inferred")),
                       "context" if kg.get("body_inferred") else "written")
    if e.label == "POST" and kg.get("body_type") == "民主党派" and kg.get("body") \
            and (written_region or "届" in e.text or hint == "国" and national_body(e.text)[0] is None):
        # 民革北京市委会主委: the party's committee as written, in the region it names; 全国工商联第十二届执行委员会
        # 主席: the federation, whatever its committee's term; 台湾劳动党主席: the party as written (no region read
        # out of its name)
        code = _region_of_written(t, str(written_region)) if written_region else None
        return BodyRef(str(kg["body"]), code, "", False, "written")
    if e.label == "POST" and kg.get("body_type") == "unit" and kg.get("body"):
        return BodyRef(str(kg["body"]), None, "", False, "written")  # 某县人民医院 (院长): the unit as written
    if kg.get("prefecture") and written_region:  # 宁德地委 (before the prefecture became a city): as written
        code = _region_of_written(t, str(written_region))
        return BodyRef(str(kg.get("body") or e.text), code, str(kg.get("body") or "")[len(str(written_region)):],
                       False, "written")
    if e.label == "POST" and kg.get("body_type") == "专门委员会" and not written_region:
        if not kg.get("body"):  # …，主任委员某某作的…: the committee of the title before it in the sentence
            return continued_committee(t, e)
        return special_committee(t, e, str(kg.get("body") or ""))
    if e.label == "ORG" and kg.get("body_type") == "专门委员会":  # 环资委提出了…: the NPC's committee
        return special_committee(t, e, str(kg.get("body") or e.text))
    if e.label == "POST" and (hint in ("村", "社区") or _VILLAGE_BODY.match(str(kg.get("body") or ""))):
        return village_body(t, e, kg, sibling)
    if e.label == "POST" and _CELL_TITLE.fullmatch(e.text) and (village := _cell_of_before(t, e.start)):
        # 某县某某村的党支部书记: the branch of the village written right before it
        role = str(kg.get("role") or "")
        rest = e.text[:-len(role)] if role and e.text.endswith(role) else ""
        if rest:
            return BodyRef(village + rest, village_region(t, village) or t.main, rest, False, "village")
    if e.label == "POST" and not written_region and hint is None and not kg.get("body") \
            and (own := own_unit_text(e.text, str(kg.get("role") or ""))):
        # a title written with a body the recogniser did not parse (某省人民检察院五部原党支部委员)
        ref = unit_body(t, own, e.start)
        if ref is not None:
            return ref
    if kg.get("body_type") == "commission" and kg.get("body") and (full := _commission_in_full(t, str(kg["body"]))):
        # 首规委主任 in an article that names the 首都规划建设委员会: that commission (the capital's: Beijing's)
        return BodyRef(full, "11" if full.startswith("首都") else None, "", False, "written")
    if e.label == "POST" and kg.get("body") and not written_region \
            and _CENTRAL_GROUP.match(str(kg["body"]) + "_") and national_body(e.text)[0] == kg["body"]:
        return BodyRef(str(kg["body"]), None, "", False, "national")  # 中央某某领导小组组长
    if e.label == "ORG" and (hint == "国" or kg.get("body_type") == "中央"):
        return BodyRef(canonical_body(e.text), None, "", False, "national")
    if e.label == "POST" and kg.get("body") and not written_region and (organ := _national_organ(str(kg["body"]))):
        # 农业农村部原党组书记 → 农业农村部党组; 国家某局某省调查总队 → in that province
        unit = unit_body(t, str(kg["body"]), e.start)
        return BodyRef(canonical_body(str(kg["body"])), unit.region if unit else None, str(kg["body"])[len(organ):],
                       False, "national")
    if hint == "国" or kg.get("body_type") == "中央":
        body, _role = national_body(e.text)
        if body is None and e.label == "POST" and kg.get("body") and (unit := unit_body(t, str(kg["body"]), e.start)):
            return unit  # a unit the recogniser took for a national one (某某兵团第七师某团党委)
        return BodyRef(body, None, "", False, "written") if body else BodyRef(None, None, "", False, "unresolved")
    if kg.get("body_type") == "media":
        # a reporter of the article's publisher (inferred: the byline does not name it)
        src = t.meta.get("source")
        return BodyRef(src, None, "", True, "source") if src else BodyRef(None, None, "", False, "unresolved")
    if written_region and div is not None:
        ctx = [sibling.region] if sibling and sibling.region else []
        prev = _prev_ent(t, e)
        if prev is not None and prev.label == "REGION" and prev.get("code") and not t.between(prev, e).strip():
            ctx.append(str(prev.get("code")))  # 重庆市沙坪坝区|中梁镇党委原书记: the chain the title continues
        code = _region_of_written(t, written_region, ctx)
        if code:
            rname = div.name(code)
            rest = _rest_of(kg, e.text, rname, e.label)
            code0 = code
            code, rest = descend(div, code, rest)  # 昆明市 + 五华区自然资源局 → 五华区
            rname = div.name(code)
            body = full_body_name(rname, rest)
            if _VERTICAL.match(rest) and code == code0:
                body = canonical_body(written_region) + rest  # 大连海关: as written
            if kg.get("branch") and e.label == "POST":
                # 某市公安局某区分局…: the branch's division is the region, the chain as written the body
                code_b = _region_of_written(t, str(kg["branch"]), [code])
                if code_b and code_b != code and div.is_within(code_b, code):
                    return BodyRef(body, code_b, rest, False, "written")
            if sibling is not None and sibling.region == code and sibling.body and e.label == "POST" \
                    and kg.get("role") not in _COURT_RANKS:
                # 某省人民检察院五部原党支部委员、副主任 (副主任 written with 某省人民检察院): the
                # stack's longer unit (not a prosecutor's or judge's rank, which is the court's: 、一级检察官)
                unit = _PARTY_CELL.sub("", sibling.body)
                if len(unit) > len(body) and unit.startswith(body) and not _PARTY_CELL.search(body):
                    return BodyRef(unit, code, sibling.rest[: len(sibling.rest) - (len(sibling.body) - len(unit))],
                                   sibling.inferred, "stack")
            return BodyRef(body, code, rest, False, "written")
        return BodyRef(None, None, "", False, "unresolved")
    if sibling is not None and sibling.body and not sibling.region and hint is None and kg.get("body"):
        cell = canonical_body(kg["body"])
        if sibling.body.endswith(cell) and not _PARTY_CELL.fullmatch(cell):
            return BodyRef(sibling.body, None, sibling.rest, sibling.inferred, "stack")  # 全国政协副主席兼秘书长
        if not _PARTY_CELL.fullmatch(cell):
            return BodyRef(None, None, "", False, "unresolved")  # its own body, not the stack's (某规委主任)
        # the party cell of a national organ or unit: 农业农村部党组
        body = sibling.body if sibling.body.endswith(cell) else _PARTY_CELL.sub("", sibling.body) + cell
        return BodyRef(body, None, cell, sibling.inferred, "stack")
    if sibling is not None and sibling.body and hint is None and not kg.get("body") and not written_region:
        # a bare role after a titled one: 浙江省委委员、常委、书记 → all of 浙江省委;
        # an office after a party-group title: 农业农村部党组书记、部长 → 农业农村部
        cell = _PARTY_CELL.search(sibling.body)
        if cell and kg.get("role") not in _PARTY_ROLES and len(sibling.body) > len(cell.group()):
            body = sibling.body[: cell.start()]
            return BodyRef(body, sibling.region, sibling.rest[: -len(cell.group())] if sibling.rest.endswith(
                cell.group()) else sibling.rest, sibling.inferred, "stack")
        if sibling.body.endswith("常委会") and kg.get("role") in ("书记", "副书记"):
            # a commission's secretary after its standing committee's member (中央纪委常委会委员、副书记): the
            # commission's, not the standing committee's
            return BodyRef(sibling.body[:-3], sibling.region, sibling.rest.removesuffix("常委会"), sibling.inferred,
                           "stack")
        return BodyRef(sibling.body, sibling.region, sibling.rest, sibling.inferred, "stack")
    if sibling is not None and sibling.region and div is not None:
        same_level = hint is not None and (d := div.get(sibling.region)) is not None \
            and _SAME_HINT.get(_hint_of(d.name) or "", _hint_of(d.name)) == _SAME_HINT.get(hint, hint)
        if hint is None and kg.get("body") in ("政府", "人民政府") and e.label == "POST":
            # 自治区党委常委、政府副主席: the government of the region of the title before it
            rest = str(kg["body"])
            return BodyRef(full_body_name(div.name(sibling.region), rest), sibling.region, rest, sibling.inferred,
                           "stack")
        if hint is None and kg.get("body") and sibling.rest:
            # a department after a committee title: 市委常委、政法委书记 → 市委政法委
            parent_rest = re.sub(r"^(.*?委).*$", r"\1", sibling.rest) if "委" in sibling.rest else sibling.rest
            rest = parent_rest + canonical_body(kg["body"])
            return BodyRef(full_body_name(div.name(sibling.region), rest), sibling.region, rest,
                           sibling.inferred, "stack")
        if same_level:
            rest = _rest_of(kg, e.text, None, e.label)
            level = _hint_of(div.name(sibling.region)) or ""
            if len(level) > 1 and rest.startswith(level):  # 自治区人民政府 after 某自治区党委
                rest = rest[len(level):]
            return BodyRef(full_body_name(div.name(sibling.region), rest), sibling.region, rest,
                           sibling.inferred, "stack")
    if div is not None and hint:
        code = region_for_level(div, hint, t.main)
        via = "context"
        if not code:  # 来到尼玛县担任县委副书记 in an article about the province: the county of the sentence
            code, via = _sentence_region_of_level(t, e, hint), "sentence"
        if code:
            rest = _rest_of(kg, e.text, None, e.label)
            return BodyRef(full_body_name(div.name(code), rest), code, rest, True, via)
    return BodyRef(None, None, "", False, "unresolved")


def _sentence_region_of_level(t: Text, e: Ent, hint: str) -> str | None:
    """The nearest region written before ``e`` in its sentence whose level is the title's level word's; when no
    region stands before the title in its sentence, the previous sentence's (某乡遭遇了…。乡人大主席某某…)."""
    assert t.div is not None
    k = t.sent_of[e.i]
    seen_own = False
    for x in reversed(t.ents[:e.i]):
        if t.sent_of[x.i] != k and (seen_own or t.sent_of[x.i] < k - 1):
            break
        if x.label != "REGION":
            continue
        seen_own = seen_own or t.sent_of[x.i] == k
        code = x.get("code") or t.div.resolve(x.get("name") or x.text, [t.main] if t.main else [])[0]
        d = t.div.get(code) if code else None
        if d is not None and _SAME_HINT.get(_hint_of(d.name) or "", _hint_of(d.name)) == _SAME_HINT.get(hint, hint):
            return d.code
    return None


#: national bodies a national title starts with (longest first), canonical name
_NATIONAL = (
    ("中共中央政治局", "中共中央政治局"), ("中央政治局", "中共中央政治局"), ("中共中央书记处", "中央书记处"),
    ("中共中央政法委员会", "中央政法委"), ("中共中央政法委", "中央政法委"), ("中央政法委员会", "中央政法委"),
    ("中央政法委", "中央政法委"), ("中央党史和文献研究院", "中央党史和文献研究院"),
    ("共青团中央书记处", "共青团中央书记处"), ("共青团中央", "共青团中央"),
    ("中共中央", "中共中央"), ("中央外办", "中央外办"), ("中央财办", "中央财办"), ("中央农办", "中央农办"), ("中宣部", "中宣部"), ("中组部", "中组部"), ("中联部", "中联部"),
    ("中央军事委员会", "中央军委"), ("中央军委", "中央军委"), ("中央书记处", "中央书记处"), ("中央纪委", "中央纪委"),
    ("中央纪律检查委员会", "中央纪委"), ("中国人民解放军军事检察院", "中国人民解放军军事检察院"),
    ("中国人民解放军军事法院", "中国人民解放军军事法院"),
    ("国家监委", "国家监委"),
    ("全国人民代表大会常务委员会", "全国人大常委会"), ("全国人大常委会", "全国人大常委会"),
    ("全国政协", "全国政协"), ("中央社会主义学院", "中央社会主义学院"),
    ("国务院", "国务院"),
    ("最高人民法院", "最高人民法院"), ("最高人民检察院", "最高人民检察院"), ("国家", "国家"),
)
_NATIONAL_BARE_PREFIX = (("中央", "中共中央"),)
#: memberships named with their assembly, and the body they belong to
_NATIONAL_MEMBERSHIPS = {"全国政协常委": "全国政协常委会", "全国人大常委": "全国人大常委会"}
_ACADEMICIAN = re.compile(r"^(.{2,12}?院)(?:资深|外籍)?院士$")
_NATIONAL_BARE = {"总书记": "中共中央", "总理": "国务院", "副总理": "国务院", "国务委员": "国务院", "主席": "中华人民共和国",
                  "委员长": "全国人大常委会", "副委员长": "全国人大常委会"}
#: the head of state: 国家主席 is a post of the People's Republic, not of an organ named 国家
_HEAD_OF_STATE = re.compile(r"^国家(?=(?:副)?主席$)")
#: a national organ the recogniser's list lacks: 国家/中国 + name + 局/署/总局 …
#: (``国家烟草专卖局``, ``国家某某总局``), not an enterprise
_NATIONAL_AGENCY = re.compile(r"^(?:国家|中国)[\u4e00-\u9fff]{1,10}?(?:总局|局|署|委员会)(?=.)")
#: the party's central committee by its name, before its general secretary (中国共产党中央委员会总书记)
_CENTRAL_COMMITTEE = re.compile(r"^(?:中国共产党|中共)?中央委员会(?=总书记)")
#: units of the central task-force kind (中央某某工作领导小组), written as a title's body
_CENTRAL_GROUP = re.compile(r"^中央[\u4e00-\u9fff]{0,20}?(?:领导小组|委员会|工作组|代表团|宣讲团|办公厅|办公室|工作部)(?=.)")


#: written between a body and the role of its deputy in charge of the daily work (某部分管日常工作的副部长)
DAILY_WORK = "分管日常工作的"


def national_body(title: str) -> tuple[str | None, str]:
    """``国务院副总理`` → (国务院, 副总理); ``总书记`` → (中共中央, 总书记); ``中央组织部分管日常工作的副部长``
    → role ``副部长``."""
    body, role = _national_body(title)
    if body is None and (term := _TERM.match(title)) is not None \
            and title.startswith(("全国政协", "全国人大常委会"), term.end()):  # 十三届全国政协副主席: the CPPCC's
        body, role = _national_body(title[term.end():])
    if body is None and (full := _CPPCC_TERMS_TITLE.match(title)) is not None:
        body, role = "全国政协", full.group("role")  # 中国人民政治协商会议第七届、八届全国委员会副主席
    return body, role.removeprefix(DAILY_WORK)


#: the CPPCC national committee by its full name with the terms served, before its chair's title (an obituary's)
_CPPCC_TERMS_TITLE = re.compile(rf"^中国人民政治协商会议第[{NUM_CN}]+届(?:、第?[{NUM_CN}]+届)*全国委员会(?P<role>(?:副)?主席)$")



_CN_NUM = NUM_CN  # (the numerals of the title patterns)
#: a session's spokesman (post v13) and a CPPCC membership in full
_SPOKESMAN_TITLE = re.compile(rf"^(?P<session>(?:全国政协|全国人大)[{_CN_NUM}]+届[{_CN_NUM}]+次会议)(?P<role>(?:新闻)?发言人)$")
_CPPCC_MEMBER_TITLE = re.compile(rf"^(?P<body>政协第[{_CN_NUM}]+届全国委员会)(?P<standing>常务)?委员$")
_SAR_CHIEF = re.compile(rf"^(?:中华人民共和国)?(?P<body>(?:香港|澳门)特别行政区)(?:第[{NUM_CN}]+任)?行政长官$")
_ORGANISING_TITLE = re.compile(r"^(?P<body>.{2,20}?(?:组委会|组织委员会))(?P<role>(?:执行)?(?:副)?主席)$")
_SESSION_SHORT = re.compile(rf"^(?P<org>全国政协|全国人大)(?P<term>[{_CN_NUM}]+)届(?P<n>[{_CN_NUM}]+)次会议$")


def session_full_name(short: str) -> str:
    """A national congress's session by its full name: 全国政协十四届三次会议 → 政协第十四届全国委员会第三次会议,
    全国人大十四届二次会议 → 第十四届全国人民代表大会第二次会议 (else as written)."""
    m = _SESSION_SHORT.match(short)
    if m is None:
        return short
    if m.group("org") == "全国政协":
        return f"政协第{m.group('term')}届全国委员会第{m.group('n')}次会议"
    return f"第{m.group('term')}届全国人民代表大会第{m.group('n')}次会议"


#: an army title (post v13): the body of the army before its head's role
_MILITARY_TITLE = re.compile(rf"^(?P<body>{MILITARY_BODY})(?P<role>{MILITARY_ROLE})$")


def _national_body(title: str) -> tuple[str | None, str]:
    if m := _SPOKESMAN_TITLE.match(title):  # 全国政协十四届三次会议新闻发言人: the session's, in its full name
        return session_full_name(m.group("session")), m.group("role")
    if m := _CPPCC_MEMBER_TITLE.match(title):  # 政协第十四届全国委员会委员: a member of the CPPCC
        return ("全国政协常委会" if m.group("standing") else "全国政协"), title[m.end("body"):]
    if m := _SAR_CHIEF.match(title):  # 澳门特别行政区第六任行政长官: the region's chief executive
        return m.group("body"), "行政长官"
    if m := _ORGANISING_TITLE.match(title):  # 杭州亚运会组委会主席: the organising committee
        return m.group("body"), m.group("role")
    if m := _MILITARY_TITLE.match(title):  # 中国人民解放军原总后勤部部长 → 中国人民解放军总后勤部 (former), 部长
        return re.sub(r"^((?:中国人民解放军|解放军)?)原", r"\1", m.group("body")), m.group("role")
    if _HEAD_OF_STATE.match(title):
        return "中华人民共和国", title[2:]
    if title.startswith(("中央军事委员会", "中华人民共和国中央军事委员会")):  # the Central Military Commission in full
        return "中央军委", title[title.index("中央军事委员会") + len("中央军事委员会"):]
    bare = title.removeprefix("中共")
    for full, short in CENTRAL_FULL_NAMES.items():  # the discipline commission or its standing committee in full,
        if bare.startswith(full):  # not a central group
            return short, bare[len(full):]
    if (m := _CENTRAL_COMMITTEE.match(title)) and len(title) > m.end():  # 中央委员会总书记: the party's centre
        return "中共中央", title[m.end():]
    if m := _CENTRAL_GROUP.match(title):  # 中央某某领导小组组长 → that group, not 中共中央
        return m.group(), title[m.end():]
    if (m := _NATIONAL_AGENCY.match(title)) and not title.startswith("国家主席"):  # 国家民族事务委员会主任
        return m.group(), title[m.end():]
    if title.removeprefix("原") in _NATIONAL_MEMBERSHIPS:  # 全国政协常委: a member of its standing committee
        return _NATIONAL_MEMBERSHIPS[title.removeprefix("原")], title[-2:]
    for prefix, body in _NATIONAL:
        if title.startswith(prefix) and len(title) > len(prefix):
            return body, title[len(prefix):]
    if title in _NATIONAL_BARE:
        return _NATIONAL_BARE[title], title
    if m := _ACADEMICIAN.match(title):  # 中国工程院院士 → 中国工程院; 中科院院士 → 中国科学院
        return ("中国科学院" if m.group(1) == "中科院" else m.group(1)), title[m.end(1):]
    for prefix, body in _NATIONAL_BARE_PREFIX:  # 中央委员, 中央候补委员: of the Central Committee
        if title.startswith(prefix) and len(title) > len(prefix):
            return body, title[len(prefix):]
    return None, title


def _national_organ(body: str) -> str | None:
    """The national organ a written body starts with (``农业农村部党组`` → 农业农村部)."""
    m = national_organs().match(body)
    if m is None and not _ENTERPRISE.search(body):
        m = _NATIONAL_AGENCY.match(body)
    return m.group() if m else None


_BEFORE_GAP = re.compile(r"^(?:原|前|现)?$")


def written_before(t: Text, post: Ent) -> BodyRef | None:
    """A region or body written right before a title that has none of its own:
    ``金凤区原区委副书记`` (→ 金凤区委), ``邯郸市政府原党组成员`` (→ 邯郸市政府党组)."""
    prev = _prev_ent(t, post)
    if prev is None or t.sent_of[prev.i] != t.sent_of[post.i] or not _BEFORE_GAP.match(t.between(prev, post)):
        return None
    if post.get("region") or t.div is None:
        return None
    if prev.label == "REGION":
        code = prev.get("code")
        if not code:
            code = _region_of_written(t, prev.get("name") or prev.text)
        return BodyRef(None, code, "", False, "written_before") if code else None
    if prev.label == "ORG":
        ref = resolve_body(t, prev)
        if ref.body and (ref.region or ref.via == "national"):
            return BodyRef(ref.body, ref.region, ref.rest, ref.inferred, "written_before")
    return None


def listed_after_person(t: Text, post: Ent) -> BodyRef | None:
    """A bare level title listed after another person of the same place (某省某市委编办原主任甲、市财政局局长乙): the
    region of that level the previous person's title names (inferred), not the article's."""
    kg = clean_post_attrs(post.kg or {}, post.text)
    hint = kg.get("level_hint")
    if kg.get("region") or not hint or t.div is None:
        return None
    prev = _prev_ent(t, post)
    if prev is None or prev.label != "PERSON" or t.between(prev, post).strip() != "、":
        return None
    title = _prev_ent(t, prev)
    if title is None or title.label != "POST" or t.between(title, prev).strip():
        return None
    ref = resolve_body(t, title)
    if not ref.region or ref.inferred:
        return None
    code = region_for_level(t.div, str(hint), ref.region)
    return BodyRef(None, code, "", True, "listed") if code else None


def unit_before(t: Text, post: Ent) -> BodyRef | None:
    """An organisation the recogniser does not label, written right before a title
    that has no body of its own: ``中国某银行某省分行原副巡视员``, ``某某集团有限公司原党委副书记``,
    ``广东省惠州市惠阳区发展改革局党组成员`` (regions inside are read, the innermost leading one wins)."""
    kg = clean_post_attrs(post.kg or {}, post.text)
    if kg.get("region") or kg.get("level_hint") is not None or t.div is None:
        return None
    body = kg.get("body")
    if body and not _PARTY_CELL.fullmatch(str(body)):
        return None
    s0 = t.sent_span(post)[0]
    lo = s0
    for e in reversed(t.ents[:post.i]):
        if e.end <= s0:
            break
        if e.label not in ("REGION", "ORG"):
            lo = max(lo, e.end)
            break
    seg = t.text[lo:post.start]
    cut = 0
    for m in _UNIT_STOP.finditer(_BRACKETED_QUALIFIER.sub(lambda q: "X" * len(q[0]), seg)):
        cut = m.end()
    seg = _FORMER_TAIL.sub("", seg[cut:])
    seg = _MEMBER_LEAD.sub("", seg)  # 全国人大代表|某某集团有限公司|董事长: the deputy's title is no part of the unit
    if seg[:1] in ("和", "及") and (hit := next(gazetteer().finditer(seg[1:7]), None)) is not None and hit[0] == 0:
        seg = seg[1:]  # …法定代表人甲和宁夏某公司法定代表人乙: the list's 和, then the unit's place
    end = _UNIT_END.search(seg)
    if end is None or not (2 <= len(seg) <= 30) or end.start() < 2:  # a name before the unit word (not bare 集团)
        return None
    return unit_body(t, seg, post.start)


#: where the name of an unlabelled unit cannot reach back across
_UNIT_STOP = re.compile(r"[，,、；;：:。！？!?“”\"'‘’「」『』（()）《》【】\s/—·]|的|是|在|为|对|由|将|把|被|向|从|了|与|"
                        r"担任|兼任|出任|时任|曾任|现任|认识|包括|其中|以及|及|等|会见|听取|看望|考察|调研|参观|走访|"
                        r"接见|来到|前往|访问|出席|"
                       # verbs of a notice or a decision about the unit's people (公开通报某集团原董事长…)
                       r"通报|公布|印发|发布|批准|任命|免去|给予|查处|表彰|问责|"
                       # a case told through (通过某公司原总经理某某案)
                       r"通过|经过")
#: a deputy's or member's title written before the unit a person works for (全国人大代表某某集团有限公司董事长某某)
_MEMBER_LEAD = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:人大代表|政协委员|党代会代表|党代表)(?=[\u4e00-\u9fff]{2})")
#: a short qualifier in brackets inside a unit's name (某某保险（集团）公司, 某某（北京）建筑装饰有限公司): part of the
#: name, not a stop
_BRACKETED_QUALIFIER = re.compile(r"(?<=[\u4e00-\u9fff])[（(][\u4e00-\u9fff]{1,4}[)）](?=[\u4e00-\u9fff])")
#: how the name of an organisation ends (enterprises, departments, offices, units)
_UNIT_END = re.compile(r"(?:公司|集团|银行|分行|支行|库|厂|矿|局|厅|处|科|部|院|所|站|队|中心|协会|学会|联合会|"
                       r"委员会|办公室|办|社|团|校|馆|室|会|司|海关|小组|中学|小学|高中|初中|幼儿园|医院)$")
#: units that are not part of a regional government, so a place in their name is no jurisdiction
_ENTERPRISE = re.compile(r"公司|集团|银行|分行|支行|直属库|交易所|兵团|[0-9一二三四五六七八九十百]+团|厂$|矿$|大学|学院|医院|"
                         r"中学|小学|高中|初中|幼儿园")
_FORMER_TAIL = re.compile(r"(?:原|前)$")
#: 原 between an enterprise or agency and its department (某银行原公司客户部 → 某银行公司客户部)
_FORMER_AFTER_UNIT = re.compile(r"(?:(?<=公司)|(?<=集团)|(?<=银行)|(?<=分行)|(?<=支行)|(?<=局)|(?<=厅)|(?<=部)|(?<=署))原(?=.)")
_VILLAGE_BODY = re.compile(r"^(?:村委|村民委员会|村党)")


def own_unit_text(title: str, role: str) -> str | None:
    """The body written inside a title the recogniser gave no body for:
    ``国家某局某省调查总队一级巡视员`` (role ``一级巡视员``) → ``国家某局某省调查总队``."""
    role = _FORMER_ROLE.sub("", role)
    if not role or len(title) <= len(role) + 1 or not title.endswith(role):
        return None
    own = _FORMER_TAIL.sub("", title[: -len(role)])
    if cell := re.match(r"(?:党组|党委|党工委|党支部|党总支)(?=.)", role):
        own += cell.group()  # role 党支部委员 → body …党支部
    own = FORMER_IN_BODY.sub("", own)
    if _PARTY_CELL.search(own):
        stem = _PARTY_CELL.sub("", own)
        stem = _FORMER_TAIL.sub("", stem)
        return stem + own[len(_PARTY_CELL.sub("", own)):] if _UNIT_END.search(stem) else None
    return own if _UNIT_END.search(own) else None


def unit_body(t: Text, unit: str, at: int) -> BodyRef | None:
    """Body and region of a unit written in full (``某省人力资源和社会保障厅``, ``某集团有限公司``).

    Enterprises keep no region; a unit under a national organ takes the region written
    after the organ (``国家某局某省调查总队``); otherwise the leading regions of the name
    give the region (the innermost one) and the body is named from it."""
    div = t.div
    if div is None:
        return None
    unit = _FORMER_AFTER_UNIT.sub("", canonical_body(unit))
    if _ENTERPRISE.search(unit):
        hits = scan_regions(unit, div)
        if len(hits) >= 2 and hits[0][0] == 0 and hits[1][0] == hits[0][1] and hits[1][1] < len(unit) \
                and any(div.is_within(c2, c1) and c2 != c1 for c1 in hits[0][2] for c2 in hits[1][2]):
            # 贵州|望谟县实验高中: the province locates it, the name opens with the place inside it (not 宁夏|龙江清洁
            # 能源有限公司: 龙江 is no place of 宁夏, so the name is as written)
            unit = unit[hits[0][1]:]
        return BodyRef(unit, None, "", False, "unit")
    hits = scan_regions(unit, div)
    ctx = [t.main] if t.main else []
    if _national_organ(unit):
        for a, b, _codes in hits:
            code, _ = div.resolve(unit[a:b], ctx)
            if code:
                return BodyRef(unit, code, "", False, "unit")
        return BodyRef(unit, None, "", False, "unit")
    code: str | None = None
    end = 0
    for a, b, _codes in hits:
        if a != end:
            break
        c, _ = div.resolve(unit[a:b], ([code] if code else []) + ctx)
        if c is None or (code is not None and not div.is_within(c, code)):
            break
        code, end = c, b
    if code is None or end >= len(unit):
        return BodyRef(unit, None, "", False, "unit") if code is None and end == 0 and hits == [] else None
    rest = unit[end:]
    if _VERTICAL.match(rest):  # 大连海关: a central agency named after its city, kept as written
        return BodyRef(unit, code, rest, False, "unit")
    return BodyRef(full_body_name(div.name(code), rest), code, rest, False, "unit")


#: central (vertical) agencies named after a city or port in short form (``大连海关``, ``某某海事局``)
_VERTICAL = re.compile(r"^(?:海关|海事局|边检站|出入境边防检查站|铁路局|铁路监督管理局)")


def descend(div: Any, code: str, rest: str) -> tuple[str, str]:
    """A written region followed by one of its own divisions: ``昆明市`` + ``五华区自然资源局``
    → (五华区, ``自然资源局``)."""
    for _ in range(3):
        hits = scan_regions(rest, div)
        if not hits or hits[0][0] != 0 or hits[0][1] >= len(rest):
            break
        inside = [c for c in hits[0][2] if div.is_within(c, code) and c != code]
        if len(inside) != 1:
            break
        code, rest = inside[0], rest[hits[0][1]:]
    return code, rest


_VILLAGE_NAME = re.compile(r"^(.{1,6}?(?:社区|村))(?=党|村|委|居|$)")

#: a bare title of a village's or community's own bodies, and the village or community written right before it
#: with 的 (骆象村的|党支部书记, 来自石林村的|党总支书记)
_CELL_TITLE = re.compile(r"(?:党支部|党总支部|党总支|村委会|居委会)(?:副书记|书记|副主任|主任|委员)")
_CELL_OF_BEFORE = re.compile(r"(?:村|社区)的\s*$")


def _region_ends(t: Text) -> frozenset[int]:
    """Where the article's REGION entities end (listed once per article)."""
    if "region_ends" not in t.memo:
        t.memo["region_ends"] = frozenset(x.end for x in t.ents if x.label == "REGION")
    return t.memo["region_ends"]  # type: ignore[no-any-return]


def _cell_of_before(t: Text, at: int) -> str | None:
    """The village or community named right before ``at`` with 的 (某县骆象村的|…), its name's start anchored as
    in the titles (:func:`kg.pipeline.posts.cell_name_start`)."""
    from .posts import _GENERIC_CELL, _VILLAGE_NOT_FIRST, cell_name_start

    m = _CELL_OF_BEFORE.search(t.text, max(0, at - 4), at)
    if m is None:
        return None
    cell = "社区" if t.text.startswith("社区", m.start()) else "村"
    region_ends = _region_ends(t)
    b, anchored = cell_name_start(t.text, region_ends, m.start(), cell)
    stem = t.text[b:m.start()]
    if not anchored or len(stem) < 2 or stem in _GENERIC_CELL or stem[0] in _VILLAGE_NOT_FIRST:
        return None
    return stem + cell


def _villages(t: Text, cell: str = "村") -> list[tuple[int, str]]:
    """Named villages (or communities) of the article's titles (``某某村党支部书记``), in order."""
    out = []
    for e in t.ents:
        if e.label == "POST" and e.get("level_hint") == cell:
            m = _VILLAGE_NAME.match(str(e.get("body") or e.text))
            if m and len(m.group(1)) > len(cell) and m.group(1).endswith(cell):
                out.append((e.start, m.group(1)))
    return out


def cell_names_in_text(t: Text, cell: str) -> list[tuple[int, str]]:
    """Communities (``某某社区``) or villages written in running text, in order: a name of two to five
    characters where :func:`kg.pipeline.posts.cell_name_start` finds an anchored start, never a generic
    word (城乡社区) or a phrase (一个村), and written twice in the article unless a region stands right
    before it."""
    from .posts import _GENERIC_CELL, _VILLAGE_NOT_FIRST, cell_name_start

    text = t.text
    region_ends = _region_ends(t)
    found: list[tuple[int, str, bool]] = []
    i = text.find(cell)
    while i >= 0:
        b, anchored = cell_name_start(text, region_ends, i, cell)
        stem = text[b:i]
        if anchored and len(stem) >= 2 and stem[0] not in _VILLAGE_NOT_FIRST and stem not in _GENERIC_CELL \
                and stem[-2:] not in _GENERIC_CELL:
            found.append((b, stem + cell, b in region_ends))
        i = text.find(cell, i + len(cell))
    counts: dict[str, int] = {}
    for _, name, _ in found:
        counts[name] = counts.get(name, 0) + 1
    return [(b, name) for b, name, anchored in found if anchored or counts[name] > 1]


#: the national congress and CPPCC as the text writes them, to complete a bare special committee
_NATIONAL_ASSEMBLY = re.compile(r"全国政协|政协第[一二三四五六七八九十]+届全国委员会|中国人民政治协商会议全国委员会|"
                                r"全国人大常委会|全国人民代表大会常务委员会|全国人大|全国人民代表大会")


_NPC_SHORT = re.compile(rf"{NPC_SPECIAL_SHORT}|常委会(?:{NPC_WORKING_FULL}|{NPC_WORKING_SHORT})")


def special_committee(t: Text, e: Ent, body: str) -> BodyRef:
    """A special committee (提案委员会, 全国政协经济委员会): written with its assembly, as written; by the short
    name of one of the NPC's (宪法法律委, 常委会法工委), the NPC's (a name only the NPC's committees bear); bare, of
    the national congress or CPPCC the article last names before it (inferred); else unresolved."""
    if body.startswith(("全国政协", "全国人大")):
        return BodyRef(body, None, "", False, "written")
    if _NPC_SHORT.fullmatch(body):
        return BodyRef("全国人大" + body, None, "", False, "written")
    named = [m for m in _NATIONAL_ASSEMBLY.finditer(t.text, 0, e.start)]
    if not named:
        return BodyRef(None, None, "", False, "unresolved")
    last = named[-1].group()
    assembly = "全国政协" if "政协" in last else "全国人大常委会" if "常委会" in last or "常务委员会" in last else "全国人大"
    if assembly.endswith("常委会") and body.startswith("常委会"):
        body = body[len("常委会"):]  # (常委会某委员会 of the NPC's standing committee: not 全国人大常委会常委会…)
    return BodyRef(assembly + body, None, "", True, "assembly")


def continued_committee(t: Text, e: Ent) -> BodyRef:
    """A bare committee title continuing a list of reports (全国人大某某委副主任委员甲作的…，主任委员乙作的…): the
    committee of the last committee title before it in the sentence (inferred); else unresolved."""
    memo: dict[int, BodyRef] = t.memo.setdefault("continued_committee", {})
    s0 = t.sent_span(e)[0]
    found = BodyRef(None, None, "", False, "unresolved")
    for prev in reversed(t.ents[:e.i]):
        if prev.start < s0:
            break
        if prev.i in memo:  # a bare title before it in the same list: the same committee (a long list read once)
            found = memo[prev.i]
            break
        pk = prev.kg or {}
        if prev.label == "POST" and pk.get("body") and str(pk.get("role") or "").endswith("主任委员"):
            ref = resolve_body(t, prev)
            if ref.body is not None:
                found = BodyRef(ref.body, ref.region, ref.rest, True, "listed")
                break
    memo[e.i] = found
    return found


def village_body(t: Text, e: Ent, kg: Mapping[str, Any], sibling: BodyRef | None) -> BodyRef:
    """A village title: the village named in it, else in the title before it in a stack
    (``某村党支部书记、村委会主任``), else the last village named in the article before it
    (inferred). The region is the township (or the lowest division) written right before
    the village anywhere in the article; villages are below the division table."""
    body = canonical_body(str(kg.get("body") or e.text))
    m = _VILLAGE_NAME.match(body)
    village = m.group(1) if m and len(m.group(1)) > 1 else None
    inferred = False
    if village is None and sibling is not None and sibling.body:
        m2 = _VILLAGE_NAME.match(sibling.body)
        village = m2.group(1) if m2 and len(m2.group(1)) > 1 else None
        inferred = sibling.inferred
    cell = "社区" if kg.get("level_hint") == "社区" else "村"
    if village is None:
        for find in (_villages, cell_names_in_text):  # the text is scanned only when no title names one
            key = (find.__name__, cell)
            if key not in t.memo:  # (once per article: a long list of village titles reads the text once)
                t.memo[key] = find(t, cell)
            named = t.memo[key]
            before = [v for s, v in named if s < e.start]
            village = before[-1] if before else (named[0][1] if len({v for _, v in named}) == 1 else None)
            if village is not None:
                break
        inferred = village is not None
    if village is None:
        return BodyRef(None, None, "", False, "unresolved")
    if body.startswith(village):
        rest = body[len(village):]
    elif body.startswith(("村委", "村民委员会")):
        rest = body  # 村委会主任 → 某某村村委会
    elif body.startswith(cell):
        rest = body[len(cell):]  # 社区书记 → 某某社区, 社区党委书记 → 某某社区党委
    else:
        rest = body
    if rest.endswith("村委"):  # 某村村委委员: the villagers' committee, 村委会, written short
        rest += "会"
    # the division written before the village, else the article's main region (a village below it)
    region = village_region(t, village) or t.main
    return BodyRef(village + rest, region, rest, inferred, "village")


def village_region(t: Text, village: str) -> str | None:
    """The lowest division written directly before the village name in the article."""
    if t.div is None:
        return None
    by_end = {x.end: x for x in t.ents if x.label == "REGION"}
    best: str | None = None
    pos = t.text.find(village)
    while pos >= 0:
        r = by_end.get(pos)
        if r is not None:
            code = r.get("code") or t.div.resolve(r.get("name") or r.text, [t.main] if t.main else [])[0]
            if code and (best is None or len(code) > len(best)):
                best = code
        pos = t.text.find(village, pos + 1)
    return best


_PARTY_CELL = re.compile(r"(?:党组|党委|党工委|党支部|党总支)$")
_PARTY_ROLES = frozenset({"书记", "副书记", "成员", "委员", "常委", "党组成员", "第一书记"})
#: 原/前 marking a former title: at the start of a role, or between a region and its body
#: (金凤区原区委) — never inside a place name (太原市委, 原平市委, 前郭县委)
_FORMER_ROLE = re.compile(r"^(?:原|前)(?=.)")
FORMER_IN_BODY = re.compile(r"(?<=[区县市省旗州盟镇乡])(?:原|前)(?=[区县市省旗州盟镇乡]?(?:委|政府|人大|政协|党组))"
                            r"|(?<=[\u4e00-\u9fff])原(?=党组|党委|党支部|党总支|党工委)"
                            # 山西省原粮食局: a department that was merged since, written with 原 after its place
                            r"|(?<=[区县市省旗州盟])原(?=[\u4e00-\u9fff]{1,10}?(?:局|厅)(?:党组|党委)?$)")


#: a term (十三届全国政协副主席 in post v21's leadership titles; 全国工商联|第十二届执行委员会 after a body)
_TERM = re.compile(r"第?[一二三四五六七八九十]+届")


def clean_post_attrs(kg: Mapping[str, Any], text: str | None = None) -> dict[str, Any]:
    """Recogniser attributes of a title, normalised: 原/前 dropped from role
    and body (``金凤区原区委`` → ``金凤区区委``), a party cell in the role moved
    to the body (``邯郸市政府`` + ``原党组成员`` → ``邯郸市政府党组`` + ``成员``),
    and a bare party cell as the body of an office dropped (``部长`` of ``党组``)."""
    out = dict(kg)
    role = str(out.get("role") or "").removeprefix(DAILY_WORK)
    body = out.get("body")
    role = _FORMER_ROLE.sub("", role)
    if body:
        body = FORMER_IN_BODY.sub("", str(body))
        if text is not None and role and text.endswith(role):
            # the recogniser's body stops early: 某省人民检察院 in 某省人民检察院五部原党支部委员
            own = FORMER_IN_BODY.sub("", _FORMER_TAIL.sub("", text[: -len(role)]))
            if len(own) > len(body) and own.startswith(body) and _UNIT_END.search(own) \
                    and not _TERM.match(own, len(body)):  # (全国工商联|第十二届执行委员会: the federation's term)
                body = own
    m = re.match(r"^(党组|党委|党工委|党支部|党总支)(?=.)", role)
    if m and body and not _PARTY_CELL.search(body):
        body, role = body + m.group(1), role[m.end():]
    if body and _PARTY_CELL.fullmatch(body) and role and role not in _PARTY_ROLES:
        body = None
    out["role"], out["body"] = role or out.get("role"), body
    if text is not None and out.get("level_hint") == "国" and not body and national_body(text)[0] is None:
        # 总经理, 法定代表人: a bare title, not a national one
        out["level_hint"] = out["body_type"] = None
    return out


#: level words of one rank (自治区人民政府 written after 某自治区党委 is that region's government)
_SAME_HINT = {"自治区": "省"}


def _hint_of(region_name: str) -> str | None:
    for h in ("自治区", "省", "市", "县", "区", "旗", "州", "盟", "镇", "乡", "街道"):
        if region_name.endswith(h):
            return h
    return None


def body_relations(t: Text) -> list[Relation]:
    """``post_body`` for every POST, ``org_region`` and ``sub_org`` for every ORG."""
    out: list[Relation] = []
    div = t.div
    for stack in post_stacks(t):
        sibling: BodyRef | None = written_before(t, stack[0]) or unit_before(t, stack[0]) \
            or listed_after_person(t, stack[0])
        for p in stack:
            ref = resolve_body(t, p, sibling)
            if ref.body is not None:
                nb, nrole = national_body(p.text)
                role = nrole if p.get("level_hint") == "国" and nb is not None and nb == ref.body \
                    else clean_post_attrs(p.kg, p.text)["role"]
                out.append(rel(
                    "post_body", p, value=ref.body, inferred=ref.inferred, evidence=t.sent_span(p),
                    region_code=ref.region, region_name=div.name(ref.region) if (div and ref.region) else None,
                    body_type=p.get("body_type"), role=role, via=ref.via,
                ))
                sibling = ref
            elif p.get("level_hint") is None and p.get("region") is None and sibling is not None:
                pass  # keep the last resolved sibling for the next title
            else:
                sibling = None
    for o in t.ents:
        if o.label != "ORG":
            continue
        ref = resolve_body(t, o)
        if ref.body is None or ref.region is None:
            continue  # unresolved, or a national organ (resolution keys it by name)
        out.append(rel("org_region", o, value=ref.region, inferred=ref.inferred, evidence=t.sent_span(o),
                       region_name=div.name(ref.region) if (div and ref.region) else None,
                       body_name=ref.body, body_type=o.get("body_type"), via=ref.via))
        parent = o.get("parent")
        if parent and ref.region and div is not None:
            prest = body_rest(parent, o.get("region"), o.get("level_hint"), div.name(ref.region))
            out.append(rel("sub_org", o, value=full_body_name(div.name(ref.region), prest), inferred=ref.inferred,
                           evidence=t.sent_span(o)))
        elif ref.rest and re.match(r"^(委|党委|党工委)(?=.)", ref.rest) and ref.region and div is not None:
            # 市委组织部 ⊂ 市委 even when the recogniser gave no parent
            head = re.match(r"^(委|党委|党工委)", ref.rest).group(1)  # type: ignore[union-attr]
            out.append(rel("sub_org", o, value=full_body_name(div.name(ref.region), head), inferred=ref.inferred,
                           evidence=t.sent_span(o)))
    return out
