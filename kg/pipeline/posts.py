"""Post, body and region-prefix rules of ``kg_rules`` (a mixin of
:class:`kg.pipeline.components.KGRules`): the post grammar
``[region][body][role]``, heads of government, stacked titles, national
posts and bodies.
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import Any

from .candidates import _BODY_TYPE, _LEVEL_HINT, Cand, _is_han, _long_place_chars, long_place_at
from .gazetteer import Gazetteer, _nonregion_words
from .patterns import FOREIGN_STATE_ROLES


#: a democratic party's name right before a region's committee (中国国民党革命委员会|北京市委员会)
_DEMOCRATIC_PARTY_BEFORE = re.compile(r"(?:中国国民党革命委员会|中国民主同盟|中国民主建国会|中国民主促进会|中国农工民主党|"
                                      r"中国致公党|九三学社|台湾民主自治同盟|民革|民盟|民建|民进|农工党|致公党|台盟)$")
#: a foreign head's name before the title (…同拜登总统会晤, 希望布里德市长此访…)
_FOREIGN_NAME_BEFORE = re.compile(
    r"(?:(?<=[同与和、，向对])|(?<=希望)|(?<=祝贺)|(?<=会见)|(?<=致电))(?P<name>(?:(?![的了是在和与及等兼])[\u4e00-\u9fff·]){2,8}?)"
    r"(?P<role>副?总统|首相|国王|女王|王储|副?市长|知事|州长)"
    r"(?=[^\u4e00-\u9fff]|去年|今年|前年|成功|此访|在|会晤|会谈|通话|表示|指出|说|的|举行|共同|访华|一行|夫妇|就|对|"
    r"一道|一起|亲自|再次|兼)")


def _state_body(country: str, role: str) -> str:
    """The body of a foreign state's title: the state for its head (南非副总统), a chamber for its speaker (议会上院议长
    → 某国议会上院; 议长 → 某国议会), the embassy for an ambassador to China, else its government (某国政府)."""
    if role in FOREIGN_STATE_ROLES or role.startswith(("总统", "国王")) and role.endswith("特使"):
        return country  # (总统中国事务特使: the head of state's envoy, the state's)
    if role == "驻华大使":
        return country + "驻华大使馆"
    if role.endswith(("办公厅主任", "办公厅副主任")):  # 总统办公厅主任: the office of the head of state
        return country + role[:role.index("办公厅")] + "办公厅"
    if role.endswith("议长"):
        return country + (role[:role.index("议长")].removesuffix("副") or "议会")
    if role.endswith("主席") and role[:-2].removesuffix("副"):  # 联邦委员会主席, 国家杜马副主席: the chamber (post v34)
        return country + role[:-2].removesuffix("副")
    return country + "政府"


def _foreign_place_body(place: str, role: str) -> str:
    """The body of a foreign place's head: a city's government (旧金山市政府), else the place (爱知县, 伦敦金融城)."""
    if role.endswith("市长") and not place.endswith(("城", "区", "县", "州", "省")):
        return place + ("政府" if place.endswith("市") else "市政府")  # (杜尚别市长: the city's government)
    return place


#: a local title stacked after a foreign party's (、河内市委书记): the foreign name follows it
_FOREIGN_PARTY_STACK = re.compile(r"、(?:(?![的和与及在是])[\u4e00-\u9fff]){1,8}?(?:[市省]委)?(?P<role>书记|市长|省长|主席)")
#: the heads' titles that mark a foreign name before them even when no title named it first (拜登总统)
_HEAD_TITLES = ("总统", "副总统", "首相", "国王", "女王", "王储")
#: words after a foreign title that are no name (会见南非副总统|一行, 美国总统|访华)
_FOREIGN_NOT_NAME = re.compile(r"(?:一行|访华|先生|女士|夫妇|特使|代表团?|阁下|本人|此前|此次|本次|今年|去年|府|官邸|"
                               # a verb right after the title: no name (某组织总裁举行…, 总统出席…)
                               r"举行|出席|参加|会见|会谈|会晤|表示|指出|强调|致辞|讲话|发言|共同|先后|分别|介绍|应邀|宣布|"
                               r"签署|率团|通话)")
#: after a 党委: the region's committee and government named together (望城区党委和政府)
_RE_JOINT_BODIES = re.compile(r"(?:和|、|与)?(?:人民)?政府")
_VILLAGE_STOP = frozenset("为在任选到是的了和与及将由对从向给被让于当")
#: verbs of going somewhere: what comes before them is a subject, not part of a village's name
_VILLAGE_VERB = re.compile(r"走进|来到|深入|前往|走访|考察|调研|看望|进入|回到|返回|走入|步入|赶到|赶往|来自|出自")
#: first characters that make the words before 村/社区 a phrase, not a name (一名社区书记, 这个村)
_VILLAGE_NOT_FIRST = frozenset("一二两三几这那每各该本全此其某")
#: words before 社区/村 that are not names (城乡社区, 老旧社区, 脱贫村)
_GENERIC_CELL = frozenset("城乡 城市 农村 乡村 老旧 新型 基层 各个 这个 那个 所在 贫困 脱贫 重点 示范 行政 自然 边境 "
                          "易地 安置 搬迁 美丽 和美 文明 全国 我们 他们 当地 附近 周边 整个 多个 一个 本 该 全 各 每 "
                          "这 那 此 新 老 大".split())
#: characters before a bare 社区书记/村主任 that leave it a title (一名社区书记, 由村主任, 任社区主任)
_CELL_OPEN = frozenset("名位个任为是由当做的和及与、，,")


def cell_name_start(text: str, region_ends: Container[int], lvl_start: int, cell: str = "村") -> tuple[int, bool]:
    """Where the name before a cell word (村 at ``lvl_start``, or 社区) may start, and whether that start is
    anchored (a region, the text's start, a non-Han character, a function word or a verb of going before it).
    The name is at most 4 characters (5 before 社区: 长山花园社区) and never spans a function word or a
    region (佛山|古灶村); a verb of going is not part of it (走进|村委会)."""
    b = lvl_start
    longest = 4 if cell == "村" else 5
    while lvl_start - b < longest and b > 0 and _is_han(text[b - 1]) and text[b - 1] not in _VILLAGE_STOP \
            and b not in region_ends:
        b -= 1
    anchored = b in region_ends or b == 0 or not _is_han(text[b - 1]) or text[b - 1] in _VILLAGE_STOP
    if (verb := _VILLAGE_VERB.search(text, b, lvl_start)) is not None:
        return verb.end(), True
    return b, anchored


#: the unit written right before a company's or institute's title, back to the clause or list boundary
#: (、某大学某学院|院长某某): at least four characters, no function word
#: common words with a level character, found in the names of sub-units (城区中队, 郊区派出所, 景区管理处)
_GENERIC_LEVEL_WORD = re.compile(r"城区|市区|郊区|园区|景区|山区|矿区|辖区|社区|街区|片区|老区|牧区|林区|湖区|库区|港区|营区")
_UNIT_BEFORE = re.compile(r"(?:(?<=[、，,。；;：:\s“”])|^)(?:(?![的和与及在对为是等了]|通过|经过)[\u4e00-\u9fff]){4,24}$")
#: the same with a bracketed part of the name inside it (德国博世（中国）投资有限公司: post v33)
_UNIT_BEFORE_BRACKETS = re.compile(r"(?:(?<=[、，,。；;：:\s“”])|^)(?:(?![的和与及在对为是等了]|通过|经过)[\u4e00-\u9fff]"
                                   r"|[（(][\u4e00-\u9fff]{1,6}[）)]){4,30}$")


#: the head of a prefecture's administrative office (某地区行署专员)
_COMMISSIONER = re.compile(r"副?专员")

#: a division of the production and construction corps after its name (新疆生产建设兵团|第六师, …|第八师石河子市)
_CORPS_DIVISION = re.compile(r"第[一二三四五六七八九十\d]+师$")
#: the chairman of a township's congress stacked after a title (、人大主席, 、人大主席团主席)
_TOWNSHIP_CONGRESS_ROLE = re.compile(r"、(?P<post>人大(?P<role>主席团(?:常务)?副?主席|副?主席))")
#: the head's role in a zone's administrative committee (管委会主任, 管委会常务副主任)
_ZONE_ADMIN_ROLE = re.compile(r"(?:常务)?副?主任")
#: a body's party group standing alone (某某党组召开…), not a title of it (党组书记, 党组成员) nor its meeting (党组会议)
_PARTY_GROUP_AFTER = re.compile(r"党组(?!书记|副书记|成员|会|理论学习中心组[^\s，。]{0,6}?(?:组长|副组长))")
#: the name of a law after a central body that the law is about (国务院组织法, 全国人大某某法修订草案)
_LAW_AFTER = re.compile(r"组织法|[\u4e00-\u9fff]{0,6}?法(?:修订|修正)?草案")


def _innermost_unit(unit: str, gz: Gazetteer) -> str:
    """A unit's name from the innermost division of the chain that opens it (某自治区某市|某某乡卫生院: the
    township's clinic; 某省|某县人民医院: the county's hospital): the places above are where it is, not its name."""
    chain: list[int] = []
    end = 0
    prev: str | None = None
    for s, e, name in gz.finditer(unit):
        if s != end or (prev is not None and not any(
                gz.is_within(d.code, p.code) for p in gz.lookup(prev) for d in gz.lookup(name))):
            break  # (某省某县|龙安桥粮库: a place that is no part of the one before opens no division)
        chain.append(s)
        end = e
        prev = name
    return unit[chain[-1]:] if len(chain) >= 2 and end < len(unit) else unit


#: (post v37) a compound's or lane's name after a would-be head title (黄浦区长|乐邨, 某区长|兴坊)
_COMPOUND_NEXT = re.compile(r"[\u4e00-\u9fff]{1,2}(?:邨|坊|新村)(?![长委民级])")
#: a village's name after a would-be head title (蒙阴县长|明村): one or two characters and 村
_VILLAGE_NEXT = re.compile(r"[\u4e00-\u9fff]{1,2}村(?![长委民级])")

#: a court or procuratorate as a body, alone or followed by its committee (the base its stacked units hang from)
_COURT_BASE = re.compile(r"(.*(?:法院|检察院))(?:审判委员会|检察委员会)?$")
#: the grade before a judge's or prosecutor's title
_GRADE = re.compile(r"^(?:[一二三四]级|高级)(?=检察官|法官)")


#: a body named after a state's head and before its own officer (总统|能源发展战略和生态安全委员会秘书长): the title is the
#: officer's, no head's; and the head's office as a body (应白俄罗斯总统|办公厅|邀请)
_BODY_AFTER_TITLE = re.compile(r"(?:(?:(?![的在是了，。、；])[\u4e00-\u9fff]){2,20}?(?:委员会|理事会|办公室|基金会)"
                               r"(?:副)?(?:秘书长|主席|主任|委员|成员)|(?:办公厅|办公室)(?!(?:副)?主任))")


class PostRules:
    """Needs the compiled post/org patterns set up by ``KGRules.__init__``."""

    _villages: set[str]  # village names seen in the current article
    _named_inside: list[tuple[int, int]]  # spans of names whose places are no REGION (a party committee's)

    re_body: re.Pattern[str]
    re_role: re.Pattern[str]
    re_role_after: re.Pattern[str]
    re_head: re.Pattern[str]
    re_bare: re.Pattern[str]
    re_national_post: re.Pattern[str]
    re_national_org: re.Pattern[str]
    re_member_of_decision: re.Pattern[str] | None
    re_media: re.Pattern[str]
    re_stationed: re.Pattern[str] | None
    re_cell: re.Pattern[str] | None
    re_front: re.Pattern[str] | None
    re_foreign: re.Pattern[str] | None
    member_name_loose: bool
    head_place_names: bool
    head_councils: bool
    re_member_after_name: re.Pattern[str] | None
    re_front_local: re.Pattern[str] | None
    re_foreign_stack: re.Pattern[str] | None
    re_foreign_next: re.Pattern[str] | None
    re_foreign_name: re.Pattern[str]
    re_country: re.Pattern[str]
    title_only_bodies: frozenset[str]
    autonomous_region_heads: bool
    foreign_lists: bool
    re_stack_unit: re.Pattern[str] | None
    re_court_unit: re.Pattern[str] | None
    re_zone: re.Pattern[str] | None
    re_media_own: re.Pattern[str] | None
    re_unit_head: re.Pattern[str] | None
    re_unit_before: re.Pattern[str] | None
    re_committee: re.Pattern[str] | None
    re_sub_unit: re.Pattern[str] | None
    re_company_role: re.Pattern[str] | None
    unit_brackets: bool
    re_session_spokesman: re.Pattern[str] | None
    re_customs: re.Pattern[str] | None
    npc_full_named: bool
    foreign_before_loose: bool
    re_foreign_before: re.Pattern[str] | None
    foreign_country_inside: bool
    re_deputy_from: re.Pattern[str] | None
    foreign_known_loose: bool
    re_elected_role: re.Pattern[str] | None
    compound_next: bool
    re_elected_body: re.Pattern[str] | None
    re_name_case: re.Pattern[str]
    re_commission: re.Pattern[str] | None
    re_group: re.Pattern[str] | None
    re_agency: re.Pattern[str] | None
    re_vertical_branch: re.Pattern[str] | None
    re_police_branch: re.Pattern[str] | None
    re_national_sub: re.Pattern[str] | None
    re_npc_listed: re.Pattern[str] | None
    re_title_only: re.Pattern[str] | None
    re_npc_short: re.Pattern[str] | None
    re_committee_bare: re.Pattern[str] | None
    re_prefecture: re.Pattern[str] | None
    sub_unit_depth: int
    re_name_follow: re.Pattern[str]
    re_name_start: re.Pattern[str]
    bad_before: dict[str, str]
    bad_after_head: str
    org_prefix: str
    national_party_groups: bool
    stacked_local_heads: bool
    law_names: bool

    # _name_after and _plausible_name come from PersonRules

    def _region_attrs(self, gz: Gazetteer, name: str) -> dict[str, Any]:
        divs = gz.lookup(name)
        if len(divs) == 1:
            d = divs[0]
            return {"code": d.code, "level": d.level, "name": d.name, "candidates": [d.code]}
        levels = {d.level for d in divs}
        full = [d.name for d in divs]
        return {"code": None, "level": levels.pop() if len(levels) == 1 else None,
                "name": full[0] if len(set(full)) == 1 else name, "candidates": [d.code for d in divs]}

    def _village_start(self, text: str, region_by_end: dict[int, tuple[int, int, str]], lvl_start: int,
                       cell: str = "村") -> int:
        """Start of a village name before 村 (古灶村, 山坪村), or ``lvl_start`` for a bare 村.

        The name is 1-4 characters after a region (佛山|古灶村) or a boundary, and
        never spans a function word or verb (担任|村, 当选为|山坪村); a 1-character
        name needs a region before it. Names found in the article are remembered."""
        b, anchored = cell_name_start(text, region_by_end, lvl_start, cell)
        stem = text[b:lvl_start]
        if stem[:1] in _VILLAGE_NOT_FIRST or stem in _GENERIC_CELL or stem[-2:] in _GENERIC_CELL or "村" in stem:
            return lvl_start  # 一名|社区书记, 该村, 城乡社区: a numeral, a determiner or a generic word
        if stem and stem + cell in self._villages:
            return b
        if not stem or not anchored or (len(stem) == 1 and b not in region_by_end) \
                or (stem in _nonregion_words() and b not in region_by_end and text.count(stem + cell) < 2
                    and not (b and text[b - 1] in _VILLAGE_STOP)):
            # a word (石门, 推动) names a village only after a region (团山街道|长山社区), a function word
            # (是|中和村) or written twice
            return lvl_start
        self._villages.add(stem + cell)
        return b

    def _region_prefix(self, text: str, gz: Gazetteer, region_by_end: dict[int, tuple[int, int, str]],
                       lvl_start: int, lvl_end: int) -> tuple[int, str | None, Cand | None] | None:
        """Start of the title/body including a written region, the innermost region name
        and its REGION part; None when the level word is part of another word."""
        reg = region_by_end.get(lvl_end)
        inner: tuple[int, int, str] | None = None
        if reg is not None and reg[0] < lvl_start:
            if not gz.is_full_name(reg[2]) and reg[2][-1] in "州市":  # 广州长隆: a short form eats the level
                return None
            if not gz.is_full_name(reg[2]) and reg[0] > 0 and _is_han(text[reg[0] - 1]) \
                    and reg[0] not in region_by_end:  # 别尔哥罗德州长: a short form inside a foreign name
                return None
            inner = reg
        else:
            reg = region_by_end.get(lvl_start)
            if reg is not None:
                if not gz.is_full_name(reg[2]) and reg[0] > 0 and _is_han(text[reg[0] - 1]) \
                        and reg[0] not in region_by_end:  # 别尔哥罗德州 州长
                    return None
                inner = reg  # 泗洪县 县长
        lvl = text[lvl_start:lvl_end]
        if inner is None and lvl_start > 1 and text[lvl_start - 1] == "原" and (lvl_start - 1) in region_by_end:
            inner = region_by_end[lvl_start - 1]  # 金凤区原区委副书记
        start = lvl_start
        if inner is None and lvl == "村" and lvl_start > 0 and _is_han(text[lvl_start - 1]):
            start = self._village_start(text, region_by_end, lvl_start)
        if inner is not None:
            start = inner[0]
            # only the innermost region belongs to the title: 江苏省|泗洪县委书记 (the outer
            # regions stay REGION entities of their own)
        elif start == lvl_start and lvl_start > 0:
            prev = text[lvl_start - 1]
            if prev in self.bad_before.get(lvl, ""):
                return None
            if lvl == "市" and text[lvl_start - 2:lvl_start] == "城市":
                return None  # 来自10个国家的城市|市长: the mayors of cities, no title of one
            if lvl == "州" and _is_han(prev):
                return None
        if start >= 2 and text[start - 2:start] == self.org_prefix:
            start -= 2
        part = None
        if inner is not None:
            part = Cand(inner[0], inner[1], "REGION", self._region_attrs(gz, inner[2]))
        return start, (inner[2] if inner else None), part

    def _sub_unit_role(self, text: str, pos: int, gz: Gazetteer | None = None) -> re.Match[str] | None:
        """The role after a sub-unit that follows a body (…局|总体规划处|原处长, 国家统计局|辽宁调查总队|
        一级巡视员); the sub-unit may start with a region name only after a national body (``gz``)."""
        if self.re_sub_unit is None:
            return None
        sub = self.re_sub_unit.match(text, pos)
        if sub is None:
            return None
        if gz is None and any(c in "省市县区州旗盟" for c in sub.group()[:-1]):
            return None  # a new body with its own region starts here
        role_m = self.re_role.match(text, sub.end())
        if role_m is None or role_m.group() in ("成员", "委员") and not text.startswith("原", sub.end()):
            return None
        return role_m

    def _sub_chain_role(self, text: str, pos: int, gz: Gazetteer) -> tuple[re.Match[str] | None, str | None]:
        """The role after a chain of sub-units that follows a body (某市公安局|某区分局|某某派出所|副所长, …公安局|
        某分局|交警大队|城区中队|一级警长), and the division a branch is named after (江汉区分局: 江汉区), which
        is the body's region then (the ``branch`` attribute of the POST). A sub-unit with a level word opens a
        new body unless it is a branch named after a division or the level word is part of a common word
        (城区中队)."""
        end, region = pos, None
        for _ in range(self.sub_unit_depth):
            sub = self.re_sub_unit.match(text, end) if self.re_sub_unit is not None else None
            if sub is None:
                return None, None
            word = sub.group()
            if word.endswith("分局") and len(word) > 3 and gz.lookup(word[:-2]):
                region = word[:-2]  # 江汉区分局, 吴中分局: a branch named after a division
            elif any(c in "省市县区州旗盟" for c in word[:-1]) and not _GENERIC_LEVEL_WORD.search(word):
                return None, None  # a new body with its own region starts here
            end = sub.end()
            role_m = self.re_role.match(text, end)
            if role_m is not None:
                if role_m.group() in ("成员", "委员") and not text.startswith("原", end):
                    return None, None
                return role_m, region
        return None, None

    def _commission_abbreviations(self, text: str, cands: list[Cand], persons: list[Cand], first: int) -> None:
        """Abbreviated commissions (首规委 for 首都规划建设委员会): a 2-4 character word ending in 委
        written as the body of a stacked title before a name (政治局常委、X委主任 + name) is a body;
        its other mentions in the article are ORG (X委, X委办) or POST (X委 + role)."""
        if self.re_commission is None:
            return
        ends = {c.end for c in cands[first:] if c.label == "POST"}
        names: set[str] = set()
        for m in self.re_commission.finditer(text):
            role_m = self.re_role.match(text, m.end())
            if m.start() - 1 in ends and role_m and self.re_name_follow.match(text, role_m.end()):
                names.add(m.group("body"))
        if self.re_npc_short is not None and "全国人大" in text:  # 农业农村委: the NPC's committee (its own rule)
            names = {b for b in names if not self.re_npc_short.fullmatch(b)}
        for body in names:
            attrs = {"body_type": "commission", "region": None, "level_hint": None, "parent": None}
            i = text.find(body)
            while i >= 0:
                e = i + len(body)
                role_m = self.re_role.match(text, e)
                if role_m:
                    post = Cand(i, role_m.end(), "POST", {"role": role_m.group(), "body": body,
                                                          "body_type": "commission", "region": None,
                                                          "level_hint": None}, prio=2,
                                parts=[Cand(i, e, "ORG", attrs)])
                    cands.append(post)
                    self._name_after(text, role_m.end(), persons, post)
                else:
                    end = e + 1 if text.startswith("办", e) else e
                    cands.append(Cand(i, end, "ORG", attrs, prio=3))
                i = text.find(body, e)

    def _posts_and_orgs(self, text: str, gz: Gazetteer, region_by_end: dict[int, tuple[int, int, str]],
                        cands: list[Cand], persons: list[Cand]) -> None:
        first = len(cands)
        for m in self.re_body.finditer(text):
            lvl = m.group("lvl")
            pre = self._region_prefix(text, gz, region_by_end, m.start(), m.start() + len(lvl))
            if pre is None:
                continue
            start, region, rpart = pre
            if region is None and start > 0 and text[start - 1] in "各每":
                continue  # 各镇党委, 各县政府: generic plural references
            if self.re_front_local is not None and _DEMOCRATIC_PARTY_BEFORE.search(text, max(0, start - 12), start):
                # 中国国民党革命委员会北京市委员会: a democratic party's committee, not the CPC's (its place is part of
                # its name, no REGION)
                self._named_inside.append((start, m.end()))
                continue
            body_end = m.end()
            body = text[start:body_end]
            level_hint = _LEVEL_HINT.get(lvl, lvl)
            parent = None
            if m.group("party"):
                psub = m.group("psub")
                body_type = _BODY_TYPE.get(psub, psub) if psub else "党委"
                if psub:
                    parent = text[start:m.end("party")]
            elif m.group("gov"):
                body_type = "党组" if m.group("gsub") == "党组" else "政府"
                if m.group("gsub"):
                    parent = text[start:m.end("gov")]
            elif m.group("npc"):
                body_type = "人大"
            elif m.group("cppcc"):
                body_type = "政协"
            elif m.group("disc"):
                body_type = "纪委" if m.group("disc").startswith("纪委") else "监委"
            else:
                body_type = m.group("dept")
            org_attrs = {"body_type": body_type, "region": region, "level_hint": level_hint, "parent": parent}
            parts = [rpart] if rpart else []
            if body_type == "党委" and not m.group("psub") and _RE_JOINT_BODIES.match(text, body_end) \
                    and start and text[start - 1] in "、和及与":
                continue  # 某省、某市、望城区党委和政府: the bodies of each listed region, not one ORG
            role_m = self.re_role.match(text, body_end)
            branch = None
            if role_m is None and self.sub_unit_depth > 1:
                # 某市公安局|某区分局|某某派出所|副所长: the division of a branch is the body's region
                role_m, branch = self._sub_chain_role(text, body_end, gz)
            elif role_m is None:
                role_m = self._sub_unit_role(text, body_end)  # 河南省人民检察院|五部|原党支部委员
            if role_m and not (role_m.group() == "常委" and text.startswith("会", role_m.end())):
                role = role_m.group()
                post = Cand(start, role_m.end(), "POST",
                            {"role": role, "body": body, "body_type": body_type, "region": region,
                             "level_hint": level_hint} | ({"branch": branch} if branch else {}), prio=1,
                            parts=parts + [Cand(start, body_end, "ORG", org_attrs)])
                cands.append(post)
                self._name_after(text, role_m.end(), persons, post)
            elif lvl != "村" and body_type not in self.title_only_bodies:
                # (a village's committee or party branch on its own is no ORG (the gold sets' convention: bodies
                # below the township stand only inside titles), nor is a people's organisation: 县文联主席 only)
                if self.national_party_groups and body_type != "党组" and _PARTY_GROUP_AFTER.match(text, body_end):
                    # 中共某市人大常委会党组召开会议: the body's party group (its titles are found above)
                    parent = text[start + 2:body_end] if text.startswith(self.org_prefix, start) else text[start:body_end]
                    cands.append(Cand(start, body_end + 2, "ORG", dict(org_attrs, body_type="党组", parent=parent),
                                      prio=2, parts=parts))
                    continue
                cands.append(Cand(start, body_end, "ORG", org_attrs, prio=2, parts=parts))
        for m in self.re_head.finditer(text):
            head = m.group("head")
            lvl_pos = m.start("hl") if m.group("hl") else m.start()
            lvl = m.group("hl") or "自治区"
            if m.group("hl"):
                nxt = text[m.end():m.end() + 1]
                if nxt and (nxt in self.bad_after_head or (
                        long_place_at(text, m.end() - 1, gz) if self.head_place_names else nxt in _long_place_chars(gz))):
                    continue  # 湖南省|长沙市: the place, no 省长 (post v31: only a division's name, not 省长|梁某某)
                if m.start() == lvl_pos and (_VILLAGE_NEXT.match(text, m.end()) or self.compound_next
                                             and _COMPOUND_NEXT.match(text, m.end())) \
                        and region_by_end.get(m.start() + 1):
                    continue  # 蒙阴县|长明村: a village whose name opens with 长 after its county, no 县长 (黄浦区|长乐邨: a
                    # compound of old houses, post v37)
                if m.start() == lvl_pos:  # no 副/常务 before the level word: check the left context
                    pre = self._region_prefix(text, gz, region_by_end, lvl_pos, lvl_pos + 1)
                else:
                    pre = self._region_prefix(text, gz, region_by_end, m.start(), m.start())
                    if pre is not None and pre[1] is None:
                        pre = (m.start(), None, None)
            else:
                pre = (m.start(), None, None)
                at = m.start() + m.group().index("自治区")
                if self.autonomous_region_heads and (reg := region_by_end.get(at + 3)) is not None and reg[0] < at:
                    # 内蒙古自治区主席: the region's name holds the level word; the title starts with the region
                    pre = self._region_prefix(text, gz, region_by_end, at, at + 3) or pre
            if pre is None:
                continue
            start, region, rpart = pre
            if lvl == "州" and region is None and m.start() == lvl_pos:
                continue  # bare 州长: 广州长隆, 杭州长桥
            post = Cand(start, m.end(), "POST",
                        {"role": head, "body": None,
                         "body_type": "政府", "region": region, "level_hint": _LEVEL_HINT.get(lvl, lvl)},
                        prio=1, parts=[rpart] if rpart else [])
            cands.append(post)
            self._name_after(text, m.end(), persons, post)
        for m in self.re_bare.finditer(text):
            bare = m.group("bare")
            post = Cand(m.start(), m.end(), "POST",
                        {"role": m.group("role"), "body": bare, "body_type": _BODY_TYPE.get(bare, bare.rstrip("部")),
                         "region": None, "level_hint": None}, prio=3)
            cands.append(post)
            self._name_after(text, m.end(), persons, post)
        for m in self.re_national_post.finditer(text):
            post = Cand(m.start(), m.end(), "POST", {"role": m.group(), "body": None, "body_type": "中央",
                                                     "region": None, "level_hint": "国"}, prio=1)
            cands.append(post)
            self._name_after(text, m.end(), persons, post)
        if self.re_zone is not None and ("党工委" in text or "管委会" in text):
            for m in self.re_zone.finditer(text):  # 雄安新区党工委(书记): a zone's body, no division's
                attrs = {"body_type": m.group("zbody"), "region": None, "level_hint": None, "parent": None}
                role_m = self.re_role.match(text, m.end())
                if role_m is not None:
                    post = Cand(m.start(), role_m.end(), "POST", {"role": role_m.group(), "body": m.group(),
                                                                  "body_type": "unit", "region": None,
                                                                  "level_hint": None}, prio=1,
                                parts=[Cand(m.start(), m.end(), "ORG", attrs)])
                    cands.append(post)
                    self._name_after(text, role_m.end(), persons, post)
                else:
                    cands.append(Cand(m.start(), m.end(), "ORG", attrs, prio=2))
        for m in self.re_front.finditer(text) if self.re_front is not None else ():
            # 民盟中央主席: the body is written in the title (a united-front body, not a party or state organ)
            post = Cand(m.start(), m.end(), "POST", {"role": m.group("frole").removeprefix("原"),
                                                     "body": m.group("fbody"), "body_type": "民主党派",
                                                     "region": None, "level_hint": "国"}, prio=1)
            cands.append(post)
            self._name_after(text, m.end(), persons, post)
        for m in self.re_front_local.finditer(text) if self.re_front_local is not None else ():
            # 民革北京市委会主委: a democratic party's committee in a region (the region the body's)
            place = m.group("place")
            if not gz.lookup(place):
                continue
            body = m.group("party") + place + m.group("committee")
            post = Cand(m.start(), m.end(), "POST", {"role": m.group("lrole"), "body": body, "body_type": "民主党派",
                                                     "region": place, "level_hint": None}, prio=0)
            cands.append(post)
            self._name_after(text, m.end(), persons, post)
        if self.re_foreign is not None:
            self._foreign_posts(text, cands, persons)
        if self.re_member_after_name is not None and ("常委" in text or "委员" in text):
            self._members_after_names(text, cands, persons)
        if self.re_deputy_from is not None and "来自" in text:  # 来自海军的某某代表、…依次发言: the names
            for m in self.re_deputy_from.finditer(text):
                if self._plausible_name(m.group("name")):
                    persons.append(Cand(m.start("name"), m.end("name"), "PERSON", {"kind": "name"}, prio=2))
        for m in self.re_media.finditer(text):
            if self.re_media_own is not None and not self._named_after(text, m.end()) \
                    and not self.re_media_own.search(text, max(0, m.start() - 5), m.start()):
                continue  # 记者来到…: the narrator, no title of anyone named
            role = next(r for r in ("记者", "通讯员", "实习生") if m.group().endswith(r))
            post = Cand(m.start(), m.end(), "POST", {"role": role, "body": None, "body_type": "media",
                                                     "region": None, "level_hint": None}, prio=1)
            cands.append(post)
        for m in self.re_stationed.finditer(text) if self.re_stationed is not None else ():
            # 驻村第一书记: a village's post held by an official sent there (the village written before it,
            # 某某村驻村第一书记, else found from the context)
            # the team's leader belongs to the stationed team (某某村驻村工作队), the first secretary to the village
            start, body = m.start(), "驻村工作队" if m.group("srole").startswith("工作队") else "村"
            if start and text[start - 1] == "村" and not m.group().startswith(("原", "时任", "前")):
                b = self._village_start(text, region_by_end, start - 1)
                if b < start - 1:
                    start, body = b, text[b:m.start()] + ("驻村工作队" if body != "村" else "")
            post = Cand(start, m.end(), "POST", {"role": m.group("srole"), "body": body, "body_type": "党支部",
                                                 "region": None, "level_hint": "村"}, prio=1)
            cands.append(post)
            self._name_after(text, m.end(), persons, post)
        self._cell_heads(text, region_by_end, cands, persons)
        self._unit_heads(text, cands)
        for m in self.re_committee.finditer(text) if self.re_committee is not None and "委员会" in text else ():
            # a congress's or CPPCC's special committee (a bare one is completed from the context by the relations)
            post = Cand(m.start(), m.end(), "POST", {"role": m.group("crole"), "body": m.group("cbody"),
                                                     "body_type": "专门委员会",
                                                     "region": None, "level_hint": None}, prio=1)
            cands.append(post)
            self._name_after(text, m.end(), persons, post)
        for m in self.re_national_org.finditer(text):
            org_attrs = {"body_type": "中央", "region": None, "level_hint": "国", "parent": None}
            role_m = self.re_role.match(text, m.end()) or self._sub_unit_role(text, m.end(), gz)
            if role_m is None and self.re_national_sub is not None \
                    and (sub := self.re_national_sub.match(text, m.end())) is not None:
                role_m = self.re_role.match(text, sub.end())  # 国家某总局|稽查局|一级巡视员
                if role_m is not None and role_m.group() in ("成员", "委员"):
                    role_m = None
            if role_m and m.group() == "全国政协" and role_m.group() in ("委员", "常委") \
                    and not (text[m.start() - 1:m.start()] in ("届", "为") or text.startswith("、", role_m.end())
                             or self._named_after(text, role_m.end(), strict=True)):
                continue  # 在某市的全国政协委员: the members as a group, no one's title nor a mention of the body
            if role_m:  # 农业农村部原党组书记
                # 全国政协(原)常委: a member of the assembly's standing committee
                body = m.group() + "常委会" if m.group() in ("全国政协", "全国人大") \
                    and role_m.group().removeprefix("原") == "常委" else m.group()
                if _CORPS_DIVISION.match(text, m.end(), role_m.start()):
                    body = text[m.start():role_m.start()]  # 新疆生产建设兵团第六师|副师长: the division's
                post = Cand(m.start(), role_m.end(), "POST",
                            {"role": role_m.group(), "body": body, "body_type": "中央", "region": None,
                             "level_hint": "国"}, prio=1, parts=[Cand(m.start(), m.end(), "ORG", org_attrs)])
                cands.append(post)
                self._name_after(text, role_m.end(), persons, post)
            elif self.law_names and _LAW_AFTER.match(text, m.end()):
                continue  # 国务院组织法修订草案: the name of a law, no mention of the body
            elif self.national_party_groups and _PARTY_GROUP_AFTER.match(text, m.end()):
                # 中共全国政协党组举行…: the body's party group (a title after it is found above)
                start = m.start() - 2 if m.start() >= 2 and text.startswith(self.org_prefix, m.start() - 2) else m.start()
                cands.append(Cand(start, m.end() + 2, "ORG", dict(org_attrs, body_type="党组"), prio=1))
            elif self.re_title_only is None or not self.re_title_only.fullmatch(m.group()):
                cands.append(Cand(m.start(), m.end(), "ORG", org_attrs, prio=2))
        if self.re_npc_listed is not None and ("委员会、" in text or "委员会和" in text):
            self._npc_listed(text, cands)
        if self.re_prefecture is not None and ("地委" in text or "行署" in text):  # 时任宁德地委书记
            self._prefectures(text, gz, region_by_end, cands, persons)
        if self.re_npc_short is not None and "全国人大" in text:  # 宪法法律委副主任委员, 环资委提出…
            self._npc_short(text, cands, persons)
        if self.re_committee_bare is not None and "主任委员" in text:  # …，主任委员某某作的…
            for m in self.re_committee_bare.finditer(text):
                named: list[Cand] = []
                self._name_after(text, m.end(), named, None)
                if named:  # only a title before a name is one (not 主任委员会议, 主任委员们)
                    post = Cand(m.start(), m.end(), "POST", {"role": m.group("role"), "body": None,
                                                             "body_type": "专门委员会", "region": None,
                                                             "level_hint": None, "continued": True}, prio=3)
                    cands.append(post)
                    persons += named
        if self.re_member_of_decision is not None and "其" in text:  # 撤销其委员资格: the assembly's membership
            self._members_of_decisions(text, cands)
        if self.re_company_role is not None:  # …湖南省分行|原副巡视员|蒋祁
            for m in self.re_company_role.finditer(text):
                role = m.group("role")
                if not (self.re_name_follow.match(text, m.end()) or self.re_name_case.match(text, m.end())):
                    continue
                if text[m.start() - 1] == "部" and role in ("部长", "副部长"):
                    continue  # 中宣部部长: the whole title is the POST, not 部长 alone
                unit = (_UNIT_BEFORE_BRACKETS.search(text, max(0, m.start() - 36), m.start()) if self.unit_brackets
                        else None) or _UNIT_BEFORE.search(text, max(0, m.start() - 24), m.start())
                post = Cand(m.start(), m.end(), "POST", {"role": role,
                                                         "body": _innermost_unit(unit.group(), gz) if unit else None,
                                                         "body_type": "unit" if unit else "company",
                                                         "region": None, "level_hint": None}, prio=4)
                cands.append(post)
                self._name_after(text, m.end(), persons, post)
        if self.re_elected_role is not None and self.re_elected_body is not None and "当选" in text:
            # 某某当选会长: the officer of the association named before with its term (某某促进会十届一次理事大会)
            for m in self.re_elected_role.finditer(text):
                body = None
                for b in self.re_elected_body.finditer(text, 0, m.start()):
                    body = b.group("org")
                if body is not None:
                    cands.append(Cand(m.start("role"), m.end("role"), "POST", {
                        "role": m.group("role"), "body": body, "body_type": "unit", "region": None,
                        "level_hint": None}, prio=1))
        if self.re_session_spokesman is not None and "新闻发言人" in text:
            # 中国共产党第二十次全国代表大会|新闻发言人, 十四届全国人大三次会议|新闻发言人: the session's spokesman
            for m in self.re_session_spokesman.finditer(text):
                post = Cand(m.start(), m.end(), "POST", {"role": "新闻发言人", "body": m.group("body"),
                                                         "body_type": "unit", "region": None, "level_hint": None},
                            prio=1)
                cands.append(post)
                self._name_after(text, m.end(), persons, post)
        self._groups_and_agencies(text, gz, region_by_end, cands, persons)
        self._commission_abbreviations(text, cands, persons, first)
        # stacked bare roles: 省委书记、常委、委员职务 / 原党组书记、部长唐仁健
        for post in [c for c in cands[first:] if c.label == "POST"]:
            end = post.end
            while True:
                m = self.re_role_after.match(text, end)
                if not m:
                    unit = self._stacked_unit(text, end, post) or self._stacked_zone_admin(text, end, post) \
                        or self._stacked_township_congress(text, end, post)
                    if unit is None:
                        break
                    cands.append(unit)
                    self._name_after(text, unit.end, persons, unit)
                    end = unit.end  # 某院副院长、审判委员会委员、审判员: more may follow
                    continue
                role = m.group("role")
                if self.re_head.fullmatch(role.removeprefix("原")):
                    attrs = dict(post.attrs, role=role, body=None, body_type="政府")
                elif str(post.attrs.get("body") or "").endswith("驻村工作队") and role == "第一书记":
                    # 驻村工作队长、第一书记: the first secretary of the village, not of the team
                    attrs = dict(post.attrs, role=role, body=str(post.attrs["body"])[:-len("驻村工作队")] or "村")
                elif str(post.attrs.get("body") or "").endswith("党组") and len(str(post.attrs["body"])) > 2 \
                        and not role.removeprefix("原").startswith(("党组", "书记", "副书记", "成员")):
                    # 某省政府党组副书记、副省长: the office's role is the government's, not its party group's
                    attrs = dict(post.attrs, role=role, body=str(post.attrs["body"])[:-2])
                else:
                    attrs = dict(post.attrs, role=role)
                nxt = Cand(m.start("role"), m.end(), "POST", attrs, prio=3)
                cands.append(nxt)
                self._name_after(text, m.end(), persons, nxt)
                end = m.end()

    def _members_after_names(self, text: str, cands: list[Cand], persons: list[Cand]) -> None:
        """A CPPCC member named before his membership at the head of a clause, then a speech verb (谢伏瞻常委提出,
        某某委员代表民盟中央表示): the name; 常委 is the POST of the national committee's standing committee in an
        article that names 全国政协 (a member, 委员, is left a name: the sets give it no title)."""
        assert self.re_member_after_name is not None
        national = "全国政协" in text
        for m in self.re_member_after_name.finditer(text):
            name = m.group("name")
            if not self._plausible_name(name) and "·" not in name and not (
                    self.member_name_loose and len(name) == 3 and self._plausible_name(name[0] + name[2])):
                continue  # (王国生常委建议: a name whose first two characters are a word stays a name before 常委)
            persons.append(Cand(m.start("name"), m.end("name"), "PERSON", {"kind": "name"}, prio=2))
            if m.group("role") == "常委" and national:
                cands.append(Cand(m.start("role"), m.end("role"), "POST", {
                    "role": "常委", "body": "全国政协常委会", "body_type": "政协", "region": None, "level_hint": "国"},
                    prio=1))

    def _foreign_posts(self, text: str, cands: list[Cand], persons: list[Cand]) -> None:
        """Titles of foreign states, places, ruling parties and international organisations (post patterns
        ``foreign``), each with the name after it read up to the word that follows it (transliterated names have
        no surname), and the same names before a head's title later on (布里德市长, 拜登总统)."""
        assert self.re_foreign is not None
        known: dict[str, str | None] = {}  # foreign names read after a title → the body of that title
        for m in self.re_foreign.finditer(text):
            g = m.groupdict()  # (the groups of the newer pattern sets: lead, arole)
            if g.get("lead"):  # 缅甸领导人某某: the name only
                self._foreign_names(text, m.end(), persons, known, None)
                continue
            if g.get("arole"):  # 中国驻希腊大使某某: China's embassy, a Chinese name after it
                post = Cand(m.start(), m.end(), "POST", {
                    "role": g["arole"], "body": f"中国驻{g['host']}" + ("大使馆" if g["arole"].endswith("大使") else "总领事馆"),
                    "body_type": "foreign", "region": None, "level_hint": None}, prio=0)
                cands.append(post)
                self._foreign_names(text, m.end(), persons, known, None)
                continue
            if g.get("urole"):  # 美国某某大学校长某某: the title only, the unit its body
                role, body, start = g["urole"], g["unit"], m.start("urole")
            elif g.get("irole"):
                role, body, start = g["irole"], g["intl"], m.start()
            elif g.get("prole"):
                # (the party's usual short name, as 中国共产党中央 is 中共中央: 越共中央政治局)
                party = g["party"].replace("越南共产党", "越共", 1)
                role, body, start = g["prole"], party + ("政治局" if "政治局" in g["prole"] else ""), m.start()
            elif g.get("lrole"):
                role, start = g["lrole"], m.start("place")
                body = _foreign_place_body(g["place"], role)
            else:
                country, role, start = g["country"], g["srole"], m.start("srole")
                body = _state_body(country, role)
                if self.head_councils and _BODY_AFTER_TITLE.match(text, m.end()):
                    continue  # 俄罗斯总统|能源发展战略和生态安全委员会秘书长: the head's council, not the head
            end = m.end()
            cands.append(Cand(start, end, "POST", {"role": role, "body": body, "body_type": "foreign", "region": None,
                                                   "level_hint": None}, prio=0))
            if g.get("srole") and self.re_foreign_stack is not None \
                    and (st := self.re_foreign_stack.match(text, end)) is not None:
                sg = st.groupdict()
                if sg.get("slrole"):  # 议长兼杜尚别市长: a city's head
                    cands.append(Cand(st.start("splace"), st.end(), "POST", {
                        "role": sg["slrole"], "body": _foreign_place_body(sg["splace"], sg["slrole"]),
                        "body_type": "foreign", "region": None, "level_hint": None}, prio=0))
                else:
                    cands.append(Cand(st.start("srole"), st.end(), "POST", {
                        "role": sg["srole"], "body": _state_body(g["country"], sg["srole"]), "body_type": "foreign",
                        "region": None, "level_hint": None}, prio=0))
                end = st.end()
            if g.get("prole") and (st2 := _FOREIGN_PARTY_STACK.match(text, end)) is not None:
                # 越南共产党中央政治局委员、河内市委书记某某: the local title stacked after it (its place no division
                # of the table), and the name after the stack
                cands.append(Cand(st2.start() + 1, st2.end(), "POST", {
                    "role": st2.group("role"), "body": text[st2.start() + 1:st2.start("role")] or None,
                    "body_type": "foreign", "region": None, "level_hint": None}, prio=1))
                end = st2.end()
            # the places' titles listed after (日本某县知事某某和某市副市长某某; 希腊副总理某某、某省省长、某市长)
            listed = bool(g.get("lrole") or g.get("srole") and self.foreign_lists)
            while True:
                end = self._foreign_names(text, end, persons, known, body)
                nx = self.re_foreign_next.match(text, end) if listed and self.re_foreign_next else None
                if nx is None:
                    break
                ng = nx.groupdict()
                if ng.get("nrole"):  # 总统某某率议长某某、外长某某: the same state's titles
                    if not g.get("country"):
                        break
                    role, start = ng["nrole"], nx.start("nrole")
                    body = _state_body(g["country"], role)
                else:
                    role, start = ng["lrole"], nx.start("place")
                    body = _foreign_place_body(ng["place"], role)
                cands.append(Cand(start, nx.end(), "POST", {
                    "role": role, "body": body, "body_type": "foreign", "region": None, "level_hint": None}, prio=0))
                end = nx.end()
                if ng.get("nrole") and self.re_foreign_stack is not None \
                        and (st := self.re_foreign_stack.match(text, end)) is not None and st.groupdict().get("slrole"):
                    cands.append(Cand(st.start("splace"), st.end(), "POST", {
                        "role": st.group("slrole"), "body": _foreign_place_body(st.group("splace"), st.group("slrole")),
                        "body_type": "foreign", "region": None, "level_hint": None}, prio=0))
                    end = st.end()
        if not known and not any(r in text for r in _HEAD_TITLES):
            return
        for m in (self.re_foreign_before or _FOREIGN_NAME_BEFORE).finditer(text):
            name, role = m.group("name"), m.group("role")
            if name in known:
                body, inferred = known[name], False
            elif role in _HEAD_TITLES and (not self.re_country.search(name) if self.foreign_country_inside
                                           else name not in _nonregion_words() or self.foreign_before_loose
                                           and not self.re_country.fullmatch(name)) \
                    and not _FOREIGN_NOT_NAME.match(name):
                # (post v34: a name the word list holds too, 普京, before a head's title)
                # the state is the one named last before (习近平主席同拜登总统… in an article about the US): inferred
                country = self.re_country.findall(text, 0, m.start())
                body = (country[-1] if role in FOREIGN_STATE_ROLES else country[-1] + "政府") if country else None
                inferred = True
            else:
                continue
            persons.append(Cand(m.start("name"), m.end("name"), "PERSON", {"kind": "name"}, prio=1))
            cands.append(Cand(m.start("role"), m.end("role"), "POST", {
                "role": role, "body": body, "body_type": "foreign", "body_inferred": inferred, "region": None,
                "level_hint": "国"}, prio=0))  # (国: a head's title right after the name, as 李强总理)

    def _foreign_names(self, text: str, end: int, persons: list[Cand], known: dict[str, str | None],
                       body: str | None) -> int:
        """The foreign name right after a title at ``end`` (up to the word that follows it); returns where it ends
        (``end`` when there is none)."""
        nm = self.re_foreign_name.match(text, end)
        if nm is None or _FOREIGN_NOT_NAME.match(nm.group("name")) \
                or len(nm.group("name")) > 12 and "·" not in nm.group("name") \
                or self.foreign_lists and (self.re_follow_multi.match(text, nm.start("name"))
                                           or self.re_follow.match(text, nm.start("name"))):
            return end  # (上合组织秘书长|出席会议: a verb, no name)
        n_end = next((k for k in range(nm.start("name") + 2, nm.end("name"))
                      if text[k] != "·" and self.re_follow_multi.match(text, k)), nm.end("name"))
        persons.append(Cand(nm.start("name"), n_end, "PERSON",
                            {"kind": "name", "foreign": True} if self.foreign_known_loose else {"kind": "name"}, prio=1))
        known[text[nm.start("name"):n_end]] = body
        return n_end

    def _stacked_zone_admin(self, text: str, end: int, post: Cand) -> Cand | None:
        """The head of a zone's administrative committee stacked after the title in its party working committee
        (某开发区党工委书记、管委会主任; 区党工委副书记、管委会常务副主任): the committee of the same zone."""
        if not self.stacked_local_heads or not text.startswith("、管委会", end):
            return None
        body = str(post.attrs.get("body") or "")
        if not (body.endswith("党工委") or text.endswith("党工委", 0, post.end - len(str(post.attrs.get("role") or "")))):
            return None
        role_m = _ZONE_ADMIN_ROLE.match(text, end + 4)
        if role_m is None:
            return None
        admin = body[:-3] + "管委会" if body.endswith("党工委") else "管委会"
        return Cand(end + 1, role_m.end(), "POST", dict(post.attrs, role=role_m.group(), body=admin,
                                                       body_type="unit"), prio=3)

    def _stacked_township_congress(self, text: str, end: int, post: Cand) -> Cand | None:
        """The chairman of a township's people's congress stacked after the title in its party committee (某镇党委
        书记、人大主席; 乡党委副书记、人大主席团主席): the congress of the same township."""
        if not self.stacked_local_heads or post.attrs.get("level_hint") not in ("镇", "乡") \
                or not str(post.attrs.get("body") or "").endswith("党委"):
            return None
        m = _TOWNSHIP_CONGRESS_ROLE.match(text, end)
        if m is None:
            return None
        body = str(post.attrs["body"])[:-2] + "人大"
        return Cand(m.start("post"), m.end(), "POST", dict(post.attrs, role=m.group("role"), body=body,
                                                             body_type="人大"), prio=3)

    def _stacked_unit(self, text: str, end: int, post: Cand) -> Cand | None:
        """The head of a unit of a bureau, stacked after the bureau's title (某市公安局副局长、交通管理局局长):
        the unit's body is the bureau's body followed by the unit, in the bureau's region. After a court's or
        procuratorate's title, its committee, tribunal or bench (、审判委员会委员、第四巡回法庭庭长、审判员)."""
        body = str(post.attrs.get("body") or "")
        court = _COURT_BASE.match(body)  # the court itself, also after its committee (某院检察委员会委员、…)
        if self.re_court_unit is not None and court is not None:
            c = self.re_court_unit.match(text, end)  # 最高人民法院副院长、审判委员会委员、审判员
            if c is None:
                return None
            role = _GRADE.sub("", c.group("crole"))  # 一级检察官: a prosecutor of the first grade
            return Cand(c.start("unit") if c.group("unit") else c.start("crole"), c.end(), "POST",
                        dict(post.attrs, role=role, body=court.group(1) + (c.group("unit") or "")), prio=3)
        if self.re_stack_unit is None or not body.endswith(("局", "厅")):
            return None
        m = self.re_stack_unit.match(text, end)
        if m is None:
            return None
        role_m = self.re_role.match(text, m.end())
        if role_m is None:
            return None
        return Cand(m.start("unit"), role_m.end(), "POST",
                    dict(post.attrs, role=role_m.group(), body=body + m.group("unit")), prio=3)

    def _unit_heads(self, text: str, cands: list[Cand]) -> None:
        """A bare head's title after the verb that gives it, with the unit named right before the verb
        (选派到某县人民医院担任院长): the POST is the title as written, its body the unit (no region: a
        hospital or school is no body of a region's government)."""
        if self.re_unit_head is None or self.re_unit_before is None or "任" not in text:
            return
        for m in self.re_unit_head.finditer(text):
            verb = m.start() - 2
            u = self.re_unit_before.search(text, max(0, verb - 32), m.start())
            if u is None:
                continue
            cands.append(Cand(m.start(), m.end(), "POST", {"role": m.group("urole"), "body": u.group("unit"),
                                                           "body_type": "unit", "region": None,
                                                           "level_hint": None}, prio=3))

    def _members_of_decisions(self, text: str, cands: list[Cand]) -> None:
        """The bare 委员/常委 a decision ends (免去某某…职务，撤销其委员资格): a POST of the assembly the sentence
        names before it (全国政协, 全国人大常委会), its body marked inferred; none when it names no assembly."""
        assert self.re_member_of_decision is not None
        for m in self.re_member_of_decision.finditer(text):
            start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            before = text[start:m.start()]
            cppcc = max(before.rfind("全国政协"), before.rfind("全国委员会"))
            npc = before.rfind("全国人大")
            if cppcc < 0 and npc < 0:
                continue
            assembly = "全国政协" if cppcc > npc else "全国人大常委会"
            body = assembly + "常委会" if m.group("role") == "常委" and assembly == "全国政协" else assembly
            cands.append(Cand(m.start(), m.end(), "POST", {"role": m.group("role"), "body": body, "body_type": "中央",
                                                          "region": None, "level_hint": "国", "inferred": True,
                                                          "decision": True}, prio=1))

    def _prefectures(self, text: str, gz: Gazetteer, region_by_end: dict[int, tuple[int, int, str]],
                     cands: list[Cand], persons: list[Cand]) -> None:
        """A prefecture's party committee or office as it was called, after the city that succeeded it (宁德地委书记,
        某某地区行署专员): a POST (or an ORG) of that city's body, the prefecture's name as written."""
        assert self.re_prefecture is not None
        for m in self.re_prefecture.finditer(text):
            reg = region_by_end.get(m.start())
            if reg is None or not any(d.level == "city" for d in gz.lookup(reg[2])):
                continue
            party = m.group("pbody") == "地委"
            attrs = {"body": reg[2] + m.group("pbody"), "body_type": "党委" if party else "政府",
                     "region": reg[2], "level_hint": "市", "prefecture": True}
            role_m = self.re_role.match(text, m.end()) or (None if party else _COMMISSIONER.match(text, m.end()))
            if role_m is not None:
                end = role_m.end()
                post = Cand(reg[0], end, "POST", dict(attrs, role=text[m.end():end]), prio=1)
                cands.append(post)
                self._name_after(text, end, persons, post)
            else:
                cands.append(Cand(reg[0], m.end(), "ORG", dict(attrs, parent=None), prio=2))

    def _vertical_branches(self, text: str, gz: Gazetteer, region_by_end: dict[int, tuple[int, int, str]],
                           cands: list[Cand], persons: list[Cand]) -> None:
        """A local branch of a vertically managed national administration, named by the administration and its
        place (国家税务总局天津市河北区税务局): one ORG (or a POST with it as body when a role follows), in the
        innermost division written in its name; the places inside are part of the name."""
        assert self.re_vertical_branch is not None
        for m in self.re_vertical_branch.finditer(text):
            reg = region_by_end.get(m.end("place"))
            if reg is None or reg[0] < m.start("place"):
                continue  # (no division closes the place: not a branch's name)
            attrs = {"body_type": "agency", "region": reg[2], "level_hint": None}
            role_m = self.re_role.match(text, m.end())
            if role_m is not None:
                post = Cand(m.start(), role_m.end(), "POST", dict(attrs, role=role_m.group(), body=m.group()), prio=1,
                            parts=[Cand(m.start(), m.end(), "ORG", dict(attrs, parent=m.group("parent")))])
                cands.append(post)
                self._name_after(text, role_m.end(), persons, post)
            else:
                cands.append(Cand(m.start(), m.end(), "ORG", dict(attrs, parent=m.group("parent")), prio=1))

    def _police_branches(self, text: str, gz: Gazetteer, region_by_end: dict[int, tuple[int, int, str]],
                         cands: list[Cand]) -> None:
        """A public security bureau's branch named after its district: 某市公安局|某某分局 (the city's bureau
        written before it) and 某某|公安分局 (the district's short name alone), one ORG each; the district's name
        inside is part of it."""
        assert self.re_police_branch is not None
        for m in self.re_police_branch.finditer(text):
            br = m.group("br") or m.group("br2")
            if not gz.lookup(br) and not gz.is_county_short(br):
                continue  # (not named after a division: 治安分局, 交通分局 …)
            if m.group("br"):
                reg = region_by_end.get(m.start())
                if reg is None:
                    continue
                start, city = reg[0], reg[2]
            else:
                start, city = m.start(), None
            cands.append(Cand(start, m.end(), "ORG", {"body_type": "agency", "region": city or br, "branch": br,
                                                      "level_hint": None, "parent": None}, prio=1))

    def _customs(self, text: str, gz: Gazetteer, region_by_end: dict[int, tuple[int, int, str]],
                 cands: list[Cand], persons: list[Cand]) -> None:
        """A customs district named after its place (广州|海关, 大连|海关 — a division read by the gazetteer — or one
        of the districts named after a port, 拱北海关): one ORG, the place inside no REGION of its own; a title right
        after it makes a POST (大连海关原党委书记). Not 山海关 (no division 山海), nor 某某海关路 or 海关区."""
        assert self.re_customs is not None
        spans: list[tuple[int, int, str | None]] = []
        for m in re.finditer("海关", text):
            reg = region_by_end.get(m.start())
            if reg is not None:
                spans.append((reg[0], m.end(), reg[2]))
        spans += [(m.start(), m.end(), None) for m in self.re_customs.finditer(text)]
        for start, end, place in spans:
            if _is_han(text[end:end + 1]) and text[end] in "区路街镇站楼":
                continue  # (某某海关路, 山海关区: a street or a district)
            attrs = {"body_type": "agency", "region": place, "level_hint": None, "parent": None}
            role_m = self.re_role.match(text, end)
            if role_m is not None and (self.re_name_follow.match(text, role_m.end())
                                       or self.re_name_case.match(text, role_m.end())):
                post = Cand(start, role_m.end(), "POST", {"role": role_m.group(), "body": text[start:end],
                                                          "body_type": "unit", "region": None, "level_hint": None},
                            prio=1, parts=[Cand(start, end, "ORG", attrs)])
                cands.append(post)
                self._name_after(text, role_m.end(), persons, post)
            else:
                cands.append(Cand(start, end, "ORG", attrs, prio=1))

    def _npc_short(self, text: str, cands: list[Cand], persons: list[Cand]) -> None:
        """A committee of the NPC by its short name standing alone in an article that names the NPC (宪法法律委副主任委员,
        环资委提出了…, 常委会法工委副主任): a POST with the committee as body, or the committee as an ORG."""
        assert self.re_npc_short is not None
        for m in self.re_npc_short.finditer(text):
            role_m = self.re_role.match(text, m.end())
            if role_m is not None and self.npc_full_named and m.group().endswith("委员会") \
                    and not self._named_after(text, role_m.end()):
                role_m = None  # (org v25: 宪法和法律委员会、财政经济委员会|主任委员、副主任委员人选: the committees)
            if role_m is not None:
                # (before the body grammar's reading of the same span: 农业农|村委 is no village's committee)
                post = Cand(m.start(), role_m.end(), "POST", {"role": role_m.group(), "body": m.group(),
                                                              "body_type": "专门委员会", "region": None,
                                                              "level_hint": "国"}, prio=0)
                cands.append(post)
                self._name_after(text, role_m.end(), persons, post)
            else:
                cands.append(Cand(m.start(), m.end(), "ORG", {"body_type": "专门委员会", "body": m.group(),
                                                              "region": None, "level_hint": "国", "parent": None},
                                  prio=2))

    def _npc_listed(self, text: str, cands: list[Cand]) -> None:
        """The further committees of a list that opens with a committee of the NPC (全国人大民族委员会、
        宪法和法律委员会、外事委员会): national ORGs, each listed right after the one before."""
        ends = {c.end for c in cands if c.label == "ORG" and c.attrs.get("body_type") == "中央"
                and text.startswith("全国人大", c.start)}
        for m in self.re_npc_listed.finditer(text):
            if m.start() - 1 in ends:
                cands.append(Cand(m.start(), m.end(), "ORG", {"body_type": "中央", "region": None, "level_hint": "国",
                                                              "parent": None}, prio=2))
                ends.add(m.end())

    def _named_after(self, text: str, pos: int, strict: bool = False) -> bool:
        """True if a plausible person's name follows ``pos`` (记者 陈高飞; not 记者来到了)."""
        m = self.re_name_start.match(text, pos)
        return m is not None and self._plausible_name(m.group("name"), strict=strict)

    def _cell_heads(self, text: str, region_by_end: dict[int, tuple[int, int, str]], cands: list[Cand],
                    persons: list[Cand]) -> None:
        """The head of a community or village written with the cell word only: 社区书记, 村主任, 某某社区第一书记,
        社区党委书记. The community or village is the name written before it, else the relations find it
        from the context. A village's party cell is read by the body grammar (某某村党支部书记)."""
        if self.re_cell is None or ("社区" not in text and "村" not in text):
            return
        for m in self.re_cell.finditer(text):
            cell, party, role = m.group("cell"), m.group("cparty"), m.group("crole")
            if role == "支书":  # 村支书: the village party branch's secretary written short
                if party or cell != "村":
                    continue
                role = "书记"
            elif cell == "村" and (party or text[m.start() - 1:m.start()] == "驻"):
                continue  # 村党支部书记: the body grammar's; 驻村第一书记: the stationed rule's
            start = m.start()
            if start and text[start - 1] in self.bad_before.get("村", "") and cell == "村":
                continue  # 农村书记, 乡村主任: not a village's title
            b = self._village_start(text, region_by_end, start, cell)
            body = text[b:m.start("crole")] if b < start or party else cell
            if m.group("crole") == "支书":
                body += "党支部"
            if b == start and start and _is_han(text[start - 1]) and text[start - 1] not in _CELL_OPEN \
                    and not _VILLAGE_VERB.search(text, max(0, start - 2), start):
                continue  # a word ends in the cell word (新农村, 城乡社区): not a title
            post = Cand(b, m.end(), "POST", {"role": role, "body": body,
                                             "body_type": (re.sub(r"^第[一二三四五六七八九十]+", "", party or "")
                                                           or ("党支部" if m.group("crole") == "支书" else "党组织"))
                                             if role.endswith("书记")
                                             else "居委会" if cell == "社区" else "村委会",
                                             "region": None, "level_hint": cell}, prio=2)
            cands.append(post)
            self._name_after(text, m.end(), persons, post)

    def _groups_and_agencies(self, text: str, gz: Gazetteer, region_by_end: dict[int, tuple[int, int, str]],
                             cands: list[Cand], persons: list[Cand]) -> None:
        """Leading groups and task forces opened by a central or local organ (中央党的建设工作领导小组,
        省委…领导小组, 中央层面…工作专班): ORG, or POST with the role after them (…领导小组组长; 成员
        only before a name). Agencies named after a place (大连海关, 上海海事局) when a title follows:
        the POST covers the place, the agency and the role (大连海关原党委书记)."""
        if self.re_group is not None and ("领导小组" in text or "工作专班" in text):
            for m in self.re_group.finditer(text):
                start = m.start()
                lvl = 3 if text.startswith("自治区", start) else 1
                if text[start] in "省市县区州旗自":
                    pre = self._region_prefix(text, gz, region_by_end, start, start + lvl)
                    if pre is None:
                        continue
                    start = pre[0]
                kind = "工作专班" if m.group().endswith("工作专班") else "领导小组"
                attrs = {"body_type": kind, "region": None, "level_hint": None, "parent": None}
                role_m = self.re_role.match(text, m.end())
                if role_m and role_m.group() in ("成员", "委员") and not self.re_name_follow.match(text, role_m.end()):
                    role_m = None  # 领导小组成员等参加会议: the members, not a title
                if role_m:
                    post = Cand(start, role_m.end(), "POST", {"role": role_m.group(), "body": text[start:m.end()],
                                                              "body_type": kind, "region": None, "level_hint": None},
                                prio=1, parts=[Cand(start, m.end(), "ORG", attrs)])
                    cands.append(post)
                    self._name_after(text, role_m.end(), persons, post)
                else:
                    cands.append(Cand(start, m.end(), "ORG", attrs, prio=2))
        if self.re_vertical_branch is not None and "局" in text:  # 国家税务总局某市某区税务局: one body
            self._vertical_branches(text, gz, region_by_end, cands, persons)
        if self.re_police_branch is not None and "公安" in text:  # 某市公安局某某分局, 某某公安分局
            self._police_branches(text, gz, region_by_end, cands)
        if self.re_customs is not None and "海关" in text:  # 广州海关, 拱北海关: a customs district
            self._customs(text, gz, region_by_end, cands, persons)
        if self.re_agency is not None:
            for m in self.re_agency.finditer(text):
                reg = region_by_end.get(m.start())
                if reg is None:
                    continue
                role_m = self.re_role.match(text, m.end()) or self._sub_unit_role(text, m.end())
                if role_m is None:
                    continue
                body = text[reg[0]:m.end()]
                rpart = Cand(reg[0], reg[1], "REGION", self._region_attrs(gz, reg[2]))
                post = Cand(reg[0], role_m.end(), "POST", {"role": role_m.group(), "body": body, "body_type": "agency",
                                                          "region": reg[2], "level_hint": None}, prio=1,
                            parts=[rpart, Cand(reg[0], m.end(), "ORG", {"body_type": "agency", "region": reg[2],
                                                                        "level_hint": None, "parent": None})])
                cands.append(post)
                self._name_after(text, role_m.end(), persons, post)
