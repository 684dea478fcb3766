"""Campaign relation rules of the ``kg_relations`` component (the stated facts —
period, definition, alias, parts — are in :mod:`kg.pipeline.relations_campaign_facts`).

``launched_by`` (a body, region or meeting that 开展/启动/实施/提出 it, or owns
it: ``县委“1465”总体思路``; not a place that only carries it on, ``持续实施``, and
not a speaker whose reported clause has its own subject, ``全党正在开展``),
``promoted_by`` (a person who 实施/推进 it, the speaker of the paragraph, the person
a clause-initial 他/她 refers to, or the interviewee of a section whose headline
names it), ``campaign_region`` (from its launcher or the place carrying it on, a
region written before its verb (``某市首个推行``), next to it or in its name, its
section, its promoter's post, else the article's main region — the last three
inferred; national names get none), ``period`` (``从2017至2019年``),
``definition`` (``“221”目标，即…``; numeric names decoded by the text:
``13710`` ← 1天内…3天内…7天内…1个月内…), ``alias`` (``以下简称“双实活动”``;
numeral/initial abbreviations the text implies, ``双实`` ← ``实施…，实现…``,
inferred) and ``has_part`` (``五大突破`` ← ``工业经济突破``, ``乡村振兴突破`` …).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..types import Relation
from .article_context import is_national_body
from .gazetteer import PROVINCE_ABBR, gazetteer
from .patterns import NATIONAL_PROJECT_NAMES, NATIONWIDE_KINDS
from .relations import Ent, Text, rel
from .relations_bodies import resolve_body
from .relations_campaign_facts import (  # noqa: F401  (abbreviates: the tests' entry point)
    _CLAUSE_BREAK,
    _LAUNCH,
    _campaigns,
    _clause_initial,
    _cname,
    _definition,
    _inferred_aliases,
    _parts,
    _period,
    _prev_campaign_end,
    _stated_alias,
    abbreviates,
)
from .relations_events import _SPEECH

# --------------------------------------------------------------------------
# campaigns
# --------------------------------------------------------------------------

#: verbs by which a person (or body) drives one
_PROMOTE = re.compile(r"开展|启动|实施|部署|推进|推动|深化|落实|抓好|打好|聚焦|提出|推行|实行|打响|践行|贯彻|围绕|紧扣|"
                      r"用好|坚持|打造|建设|推进|编制|制定|谋划|倡导|首创|推广|学习运用|运用|融入|共建|开创|创立|首倡|创建")
#: a campaign introduced as the means of what the next clause's subject does (通过“近邻党建”，某某…)
#: a speaker's verb and the comma opening the statement (总书记强调，), and what follows a programme that is the
#: statement's topic (，归根到底靠…; 是…; 要…)
_TOPIC_GAP = re.compile(r"\s*(?:同志|总书记|委员长|总理)?\s*(?:强调|指出|表示|说)\s*[，,:：]\s*")
_TOPIC_AFTER = re.compile(r"\s*(?:[，,]|是|要|必须|事关|关系)")
#: the party centre and the State Council: what they launch is often placed in the article's region
_CENTRE = frozenset(("党中央", "中共中央", "国务院", "中央"))
_THROUGH = re.compile(r"(?:通过|依托|借助|依靠)\s*$")
#: a person who learns or sees what others do (某某了解到，省内多部门…启动了…): not the one who does it
_PERCEIVED = re.compile(r"了解到|得知|听说|看到|看见|发现|注意到|获悉|感受到")
#: a clause's own region word (省内多部门…, 全省…): the article's region at that level
_DEICTIC_LEVEL = re.compile(r"(?:省内|全省|我省|本省|该省)|(?:市内|全市|我市|本市|该市)|(?:县内|全县|我县|本县|该县)")
_DEICTIC_RANK = {"省": "province", "市": "city", "县": "county"}
#: adverbs and leading verbs between a subject and its action (``某某正带领…推进``, ``亲自主持编制``)
_SUBJ_ADV = re.compile(r"^(?:同志|总书记|主席|委员长|总理|\s)*"
                       r"(?:正在|正|将|还|也|又|亲自|率先|始终|一直|持续|积极|大力|先后|曾|郑重|鲜明|首次|多次|明确|创造性地)*"
                       r"(?:带领|带动|组织|领导|主持|牵头)?")
#: a campaign continued, not started (``持续实施``, ``深入推进``)
_CONTINUED = re.compile(r"(?:持续|继续|深入|进一步|不断|扎实|全力)\s*(?:实施|开展|推行|实行|推进|打造|建设)|(?:持续|继续)\s*深化"
                        # implementing is carrying out what another set up (深入落实“四下基层”制度)
                        r"|落实|贯彻"
                        # using a mechanism (青海西宁依托“有诉必应马上办”工作机制): it runs there
                        r"|依托|借助|运用|用好")
#: a place that carries a programme out (浙江实施“某某”工程, 广东在全省开展了某某行动) is where it runs: the sets give
#: the place as the campaign's region, not as its launcher (the gold README's disagreement list), unless a verb says
#: the place set it up (启动, 出台, 谋划, 探索出, 首创…)
_CARRIES_OUT = re.compile(r"实施|开展|推进|推行|实行|深化|推动|践行|通过|依托|借助|展开")
_ORIGINATES = re.compile(r"启动|开启|出台|谋划|编制|制定|探索|首创|创新|创建|创设|发起|部署|推出|提出|设立|建立|印发|作出|定为|"
                         r"决定|打响")
#: a central organ that entrusts a region with a campaign (``党中央赋予某省…示范区的重大使命``)
_ENTRUST = re.compile(r"^\s*(?:赋予|交给|交付|明确)\s*$")
#: 作出“某某战略”(重大)决策部署: the person who decided it promotes it
_DECIDED = re.compile(r"^\s*(?:的)?\s*(?:重大|重要)?\s*(?:决策部署|战略部署|决策)")
#: a clause with its own collective subject (``全党正在开展…``, ``各地要…``)
_OWN_SUBJECT = re.compile(r"^\s*(?:全[党国省市县区州盟旗镇乡]|各[级地]|广大|我们|大家)")
#: a pronoun subject at the start of a clause (``她坚持…实行“四议两公开”``)
_PRONOUN = re.compile(r"^\s*(?:[^，,。]{0,8}[，,])?\s*[他她](?![们])")
#: a place written right before the campaign's verb (``成为某市首个推行…的``, ``在某县率先实施``)
_PLACE_VERB = re.compile(r"^\s*(?:首个|首家|率先|第一个|最早|全面|正在|已经|已)?\s*(?:推行|实施|开展|实行|试行|启动|推广|建立)")
#: a sentence that goes on with the subject of the one before (…。同时，实施“某某工程”): a connective, then the verb
_CARRIED_ON = re.compile(r"\s*(?:同时|此外|另外|与此同时|另一方面)\s*[，,]\s*(?:还|也|将|要|正)?\s*"
                         r"(?:实施|推进|推动|开展|启动|深化|推行|实行)\s*$")
#: province abbreviations that open the name of a programme two provinces run together (“川渝通办”, 湘赣边区合作);
#: abbreviations that are also common first characters of words (新, 青, 宁, 云, 吉, 黑, 台, 甘…) are left out
_PAIRABLE = "[京津沪渝冀晋辽皖闽赣鲁豫鄂湘粤桂琼川黔滇陕蜀陇]"
_PAIRED_ABBR = re.compile(rf"({_PAIRABLE})({_PAIRABLE})({_PAIRABLE})?(?=[\u4e00-\u9fff]{{2}})")
#: a report heard on a place's work on a campaign (听取四川…推动某某建设情况汇报): the place carries it out
_REPORT_ON = re.compile(r"\s*(?:等)?\s*(?:工作)?\s*(?:情况|进展|工作)\s*(?:的)?\s*(?:汇报|介绍)")
_HEARD = re.compile(r"听取(?:了)?\s*$")
_WORK_VERB = re.compile(r"推动|推进|实施|开展|建设|落实")



#: what joins the campaigns of one list (“某某行动”“某某机制”等措施, “甲”、“乙”和“丙”)
_CAMPAIGN_JOIN = re.compile(r"\s*[、和及与]?\s*")


def _list_head(t: Text, c: Ent, sent: tuple[int, int]) -> Ent:
    """The first campaign of the list ``c`` ends (the verb before the list governs each of its campaigns), else
    ``c``."""
    head = c
    while head.i > 0:
        prev = t.ents[head.i - 1]
        if prev.label != "CAMPAIGN" or prev.start < sent[0] or not _CAMPAIGN_JOIN.fullmatch(t.text, prev.end,
                                                                                              head.start):
            break
        head = prev
    return head


#: a speaker asking that a programme be joined with other work (要把|某某学习教育|同|做好某某工作紧密结合起来)
_TO_JOIN = re.compile(r"要\s*(?:把|将)\s*$")
_JOINED = re.compile(r"\s*(?:同|与|和)[^。；;]{1,40}?(?:结合起来|结合|融合起来|贯通起来)")
#: a clause whose own doers are “we” or everyone (…重要论述，对于我们深入实施某某战略…具有重大意义): the person named
#: before it speaks or writes on the programme, not its driver
_WE_DO = re.compile(r"(?:对于|对|让|使|要求|号召)?\s*(?:我们|大家|全党全国|全党|全国人民)")


def _clause_start(t: Text, breaks: list[int], c: Ent, sent: tuple[int, int]) -> int:
    """Where the clause holding campaign ``c`` starts (after the last clause break before it, within its sentence)."""
    k = bisect.bisect_right(breaks, c.start) - 1
    return max(sent[0], breaks[k] if k >= 0 else 0)


#: a meeting's verb of putting forward or deploying right after it (某全会提出, 会议强调/部署/明确)
_MEETING_PUTS = re.compile(r"\s*(?:还|并|进一步|明确)?\s*(?:提出|部署|作出|明确|强调|要求|审议通过|决定)")
#: what may open a clause as the one that launches its campaigns: a body, a place, a meeting (党的二十届三中全会提出…)
_SUBJECT_LABELS = ("ORG", "REGION", "MEETING")


def campaign_relations(t: Text) -> list[Relation]:
    out: list[Relation] = []
    ents = t.ents
    local: list[Ent] = []
    speakers = _paragraph_speakers(t)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(t.text)]  # where clauses end, read once
    first_of: dict[int, int] = {}  # the index of each sentence's first entity (a sentence's entities are contiguous)
    for e in ents:
        first_of.setdefault(t.sent_of[e.i], e.i)
    for c in _campaigns(t):
        k = t.sent_of[c.i]
        sent = t.sents[k] if t.sents else (0, len(t.text))
        ev = sent
        before = [e for e in ents[first_of[k]:c.i] if e.end <= c.start]
        persons = [e for e in before if e.label == "PERSON"]
        last_person = max((p.start for p in persons), default=-1)
        has_region = False
        for code in _places_right_before(t, c) + _places_since(t, c):  # 广西南宁、内蒙古阿拉善盟深入贯彻…学习教育
            out.append(rel("campaign_region", c, value=code, evidence=ev, via="subject"))
            has_region = True
        if not has_region and (reporting := _reporting_place(t, c, sent)) is not None:
            out.append(rel("campaign_region", c, value=reporting, evidence=ev, via="report"))
            has_region = True
        if not has_region and not _is_national(_cname(c)):
            for code in _paired_provinces(_cname(c)):  # “川渝通办”: Sichuan's and Chongqing's
                out.append(rel("campaign_region", c, value=code, evidence=ev, via="name"))
                has_region = True
        named_in = _region_in_name(t, _cname(c)) if t.div is not None else None
        subject_list: Ent | None = None  # the first place of a list of subjects (重庆、山西、江苏等地把开展…)
        body_subject = False  # a body or place opening the clause launched it (then a speaker only reports it)
        launcher = _owner(t, c)
        if launcher is None:
            # a body/region as the subject of its clause that launches or drives it (no person in between)
            # the last of them within reach (only it is read, and only within 120 characters; found from the
            # end, so a long sentence is not read once per campaign)
            subject = next((e for e in reversed(before) if e.label in _SUBJECT_LABELS and e.start >= last_person
                            and e.end >= c.start - 120 and _clause_initial(t, e, sent)), None)
            if subject is None and k > 0 and not persons and _CARRIED_ON.fullmatch(t.text, sent[0], c.start):
                subject = _carried_subject(t, k)  # …。同时，实施“某某工程”: the subject of the sentence before
            subjects = [subject] if subject is not None else []
            k_break = bisect.bisect_right(breaks, c.start) - 1
            clause = t.text[max(sent[0], breaks[k_break] if k_break >= 0 else 0):c.start]
            if subjects and subjects[-1].start < c.start - len(clause) and _OWN_SUBJECT.match(clause):
                subjects = []  # 某委强调，全党正在开展…: the clause has its own subject
            if subjects and (len(t.text[subjects[-1].end:c.start]) <= 120 or subjects[-1].start < sent[0]):
                # the verb must govern this campaign: it stands after the previous campaign of the sentence
                seg = t.text[max(subjects[-1].end, _prev_campaign_end(t, _list_head(t, c, sent), sent)):c.start]
                if subjects[-1].label == "REGION" and (_CONTINUED.search(seg) or (
                        _CARRIES_OUT.search(seg) and not _ORIGINATES.search(seg))):
                    # a place that carries a campaign on (持续实施, 深入推进) is where it runs, not who started it
                    # (青海西宁依托…: the smallest place of the chain)
                    region = _entity_region(t, _innermost(t, subjects[-1]))
                    listed = _region_list(t, subjects[-1].i, +1) if region else []
                    if len(listed) > 1:  # 重庆、山西、江苏等地把开展…: each place of the list
                        for code in listed:
                            out.append(rel("campaign_region", c, value=code, evidence=ev, via="subject"))
                        has_region = True
                    elif region:  # (a national campaign too: the place carries it on)
                        out.append(rel("campaign_region", c, value=region[0], inferred=region[1], evidence=ev,
                                       via="subject"))
                        has_region = True
                elif subjects[-1].label == "MEETING":
                    # 党的二十届三中全会提出…深入实施某某战略: a meeting launches what it puts forward or deploys (not its
                    # report, 党的二十大报告提出…, and not what its attendees build)
                    if _MEETING_PUTS.match(seg) and not t.text.startswith("报告", subjects[-1].end):
                        launcher = subjects[-1]
                        body_subject = True
                elif _LAUNCH.search(seg) or _PROMOTE.search(seg) or (
                        subjects[-1].label == "ORG" and t.text[c.start - 1:c.start] in ("将", "把")
                        and _RAISED.match(t.text, c.end)):
                    # (党中央…将某某上升为国家战略: the body that raises it launches it)
                    launcher = _innermost(t, subjects[-1])
                    body_subject = True
                    subject_list = subjects[-1]
            if launcher is None and (approver := _approved_by(t, c, before)) is not None:
                launcher = approver  # 经党中央同意，…在全党开展某某学习教育: the approving body launched it
            if launcher is None and (organisers := _organised_by(t, c, before)):
                # 由国家电影局、中央广播电视总台共同举办的“某某”活动: each body that holds it launched it
                launcher = organisers[0]
                for other in organisers[1:]:
                    out.append(rel("launched_by", c, other, evidence=ev, via="organiser"))
            if launcher is None and (entrusted := _entrusted(t, c, before)) is not None:
                launcher, place = entrusted
                region = _entity_region(t, place)
                if region and not _is_national(_cname(c)):
                    out.append(rel("campaign_region", c, value=region[0], inferred=region[1], evidence=ev,
                                   via="entrusted"))
                    has_region = True
            if not has_region and (place := _place_before(t, c, sent) or _place_opening(t, c, sent)) is not None \
                    and not (named_in and named_in != place and t.div.is_within(named_in, place)):
                # (拉萨市某某工程 after 西藏启动: the place in its name is the smaller one)
                out.append(rel("campaign_region", c, value=place, evidence=ev, via="place"))
                has_region = True
        named = named_in if not has_region else None
        if named:  # “四个濉溪”, 中国碳谷·绿金淮北战略
            out.append(rel("campaign_region", c, value=named, evidence=ev, via="name"))
            has_region = True
        if launcher is not None and _is_national(_cname(c)) and launcher.get("level_hint") != "国" \
                and launcher.label != "MEETING":  # (党的二十届三中全会提出…深入实施某某战略: the plenum launched it)
            # a region taking up 一带一路 did not launch it, but carries it out there
            region = _entity_region(t, launcher) if launcher.label in ("REGION", "ORG") and not has_region else None
            listed = _region_list(t, subject_list.i, +1) if subject_list is not None and region else []
            if len(listed) > 1:  # 重庆、山西、江苏等地把开展…: each place of the list carries it out
                for code in listed:
                    out.append(rel("campaign_region", c, value=code, evidence=ev, via="subject"))
                has_region = True
            elif region:
                out.append(rel("campaign_region", c, value=region[0], inferred=region[1], evidence=ev, via="subject"))
                has_region = True
            launcher = None
        if (decided_by := _deciding_body(t, c)) is not None:
            launcher = decided_by  # 某地要落实党中央关于某某的战略部署: the body decided it, the place carries it out
        partners = _joint_partners(t, subject_list, c) if launcher is not None and subject_list is not None else []
        if launcher is not None and launcher.label == "ORG" and body_subject:
            partners += _joint_bodies(t, launcher, c)  # 某县委、县政府开展…: both bodies launched it
        for partner in partners:  # 浙江杭州和安徽黄山联合开展…: each place launched it
            out.append(rel("launched_by", c, partner, evidence=ev))
            region = _entity_region(t, partner)
            if region:
                out.append(rel("campaign_region", c, value=region[0], inferred=region[1], evidence=ev,
                               via="launched_by"))
        if launcher is not None:
            out.append(rel("launched_by", c, launcher, evidence=ev))
            region = _entity_region(t, launcher) if launcher.label != "MEETING" and not named else None
            if region:
                out.append(rel("campaign_region", c, value=region[0], inferred=region[1], evidence=ev,
                               via="launched_by"))
                has_region = True
        # 通过“某某党建”，某某把…: the person opening the next clause works with it
        if (m_by := _THROUGH.search(t.text, max(sent[0], c.start - 4), c.start)) is not None \
                and (m_after := re.match(r"\s*[，,]\s*", t.text[c.end:])) is not None:
            nxt_e = next((e for e in ents[c.i + 1:] if e.start >= c.end), None)
            if nxt_e is not None and nxt_e.label == "PERSON" and nxt_e.start == c.end + m_after.end():
                out.append(rel("promoted_by", c, nxt_e, evidence=ev, via="through"))
        # a person who drives it: the last name before it that is a subject
        # (followed by a speech or action verb), with an action verb in between;
        # else the speaker of the paragraph (邓萌强调，…；要聚焦“1145”工程)
        # (only the last subject counts: found from the end, so a long sentence is not read once per campaign)
        subject_p = next((p for p in reversed(persons) if p.get("kind", "name") != "byline" and _is_subject(t, p)),
                         None)
        if subject_p is not None and body_subject and launcher is not None and launcher.start > subject_p.end:
            pass  # 某某表示，…中共中央…实施某某战略: the body the clause is about carries it out, the speaker reports it
        elif subject_p is not None:
            p = subject_p
            gap = t.text[p.end:c.start]
            if len(gap) <= 150 and _PROMOTE.search(gap) and not _PERCEIVED.search(gap) \
                    and not _WE_DO.search(t.text, _clause_start(t, breaks, c, sent), c.start):
                out.append(rel("promoted_by", c, p, evidence=ev))
            elif _TOPIC_GAP.fullmatch(gap) and _TOPIC_AFTER.match(t.text, c.end):
                # 某某强调，东北全面振兴，归根到底靠改革开放: the programme his statement is about
                out.append(rel("promoted_by", c, p, evidence=ev, via="topic"))
        else:  # no acting person in the sentence (persons only cited: 学习贯彻习近平总书记…重要讲话精神)
            p = _speaker_before(t, speakers, c)
            lead = t.text[sent[0]:c.start]
            if (led := _PROMOTE.match(t.text, c.start)) is not None:
                lead += led.group()  # 要积极|创建全国某某模范区: the name opens with the verb
            decided = re.search(r"作出\s*$", lead) is not None and _DECIDED.match(t.text[c.end:sent[1]]) is not None
            if (pm := _PRONOUN.match(lead)) and (_PROMOTE.search(lead) or decided) and _place_before(t, c, sent) is None:
                p = _antecedent(t, c, sent[0] + pm.end())
                if p is not None:
                    out.append(rel("promoted_by", c, p, evidence=ev, via="pronoun"))
            elif p is not None and (_PROMOTE.search(lead) or _TO_JOIN.search(lead) and _JOINED.match(t.text, c.end)) \
                    and not _PERCEIVED.search(lead) and not body_subject:
                out.append(rel("promoted_by", c, p, evidence=ev, via="speech"))
            elif p is None and _PROMOTE.search(lead) and not _PERCEIVED.search(lead) \
                    and (p := _pronoun_speaker(t, c, speakers)) is not None:
                # 李希主持召开座谈会…。他指出，…。要扎实开展某某行动: the speaker the pronoun stands for
                out.append(rel("promoted_by", c, p, evidence=ev, via="pronoun"))
            elif p is None and (tm := _titled_speech(t, c, sent)) is not None \
                    and _PROMOTE.search(t.text, tm, c.start + (led.end() - c.start if led else 0)) \
                    and not _PERCEIVED.search(lead) and (p := _title_holder(t, c)) is not None:
                # 总书记说，…推进乡村振兴: the leader the article names with that title speaks
                out.append(rel("promoted_by", c, p, evidence=ev, via="title"))
        # 习近平总书记多次就开展某某学习教育发表重要讲话: the person who speaks on it drives it
        # 习近平总书记关于推动长江经济带高质量发展的重要指示: the leader's instruction drives the programme (not a
        # party-wide education, which the centre launches)
        for p in persons:
            if _SPOKE_ON_BEFORE.fullmatch(t.text, p.end, c.start) and _SPOKE_ON_AFTER.match(t.text, c.end):
                via = "spoke_on"
            elif _INSTRUCTION_ON_BEFORE.fullmatch(t.text, p.end, c.start) \
                    and _INSTRUCTION_ON_AFTER.match(t.text, c.end) and not _PARTY_EDUCATION.search(_cname(c)):
                via = "instruction"
            else:
                continue
            if not any(r.type == "promoted_by" and r.head == c.i and r.tail == p.i for r in out):
                out.append(rel("promoted_by", c, p, evidence=ev, via=via))
        # 习近平同志…做出了实施“某某工程”的重大决策; “某某工程”是习近平总书记…亲自谋划、亲自部署的重大决策: the person
        # whose decision it is drives it (a person launches nothing)
        decider = _person_decision(t, c, persons, sent)
        if decider is not None and not any(r.type == "promoted_by" and r.head == c.i and r.tail == decider.i
                                           for r in out):
            out.append(rel("promoted_by", c, decider, evidence=ev, via="decision"))
        # “强富美高”新泗洪
        nxt = ents[c.i + 1] if c.i + 1 < len(ents) else None
        if nxt is not None and nxt.label == "REGION" and re.fullmatch(r"\s*新?\s*", t.text[c.end:nxt.start]):
            region = _entity_region(t, nxt)
            if region:
                out.append(rel("campaign_region", c, value=region[0], inferred=region[1], evidence=ev, via="adjacent"))
                has_region = True
        if not has_region:
            local.append(c)
        out += _period(t, c, sent)
        out += _definition(t, c, sent)
        out += _stated_alias(t, c, sent)
    out += _coordinated(t, out, local)
    out += _notice_launchers(t)
    out += _short_forms_decided(t, out)
    out += _named_meetings(t, out)
    out += _meeting_deploys(t, out)
    out += _inferred_aliases(t)
    out += _parts(t)
    out += interview_promoters(t, out)
    out += _article_region(t, local, out)
    return out


#: bodies issuing a notice or plan whose title starts a campaign (某办公厅印发《关于在全党开展某某学习教育的通知》)
_ISSUES_NOTICE = re.compile(r"\s*(?:近日|日前|今天|\d{1,2}日|已经|已|先后|正式)*\s*(?:联合)?\s*"
                            r"(?:印发|发布|出台|下发|发出)(?:了)?\s*《(?P<title>[^》\n]{4,80})》")
_STARTS_IN_TITLE = re.compile(r"开展|实施|启动|部署|推进|深入推进")


def _notice_launchers(t: Text) -> list[Relation]:
    """The bodies that issue a notice starting a campaign the article names outside the title: launched_by, on
    the campaign's first mention (中共中央办公厅印发《关于在全党开展某某学习教育的通知》)."""
    if "《" not in t.text:
        return []
    first: dict[str, Ent] = {}
    for c in _campaigns(t):
        first.setdefault(_cname(c), c)
    if not first:
        return []
    out: list[Relation] = []
    orgs = [e for e in t.ents if e.label == "ORG"]
    k = 0
    while k < len(orgs):
        group = [orgs[k]]  # 中共中央办公厅、国务院办公厅印发…, 中办国办印发…: each body of the list
        while k + 1 < len(orgs) and re.fullmatch(r"\s*[、和与及]?\s*", t.text[group[-1].end:orgs[k + 1].start]):
            k += 1
            group.append(orgs[k])
        k += 1
        m = _ISSUES_NOTICE.match(t.text, group[-1].end)
        if m is None:
            continue
        if _STARTS_IN_TITLE.search(m.group("title")):
            for name, c in first.items():
                if len(name) >= 4 and name in m.group("title"):
                    sent = t.sent_span(c)
                    out += [rel("launched_by", c, body, evidence=sent, via="notice") for body in group]
        out += _notice_content_launches(t, group, m.end())
    return out


#: a requirement of the notice: its paragraph opens with the notice's short title (《通知》要求) or with 要
_NOTICE_PARAGRAPH = re.compile(r"\s*(?:(?:同时|此外|另外|其中)[，,]\s*)?(?:《[^》\n]{1,12}》\s*(?:要求|提出|明确|指出|强调|部署)|要"
                               # (an item of the notice's list: 一是开展某某行动)
                               r"|[一二三四五六七八九十]是|第[一二三四五六七八九十]，)")
#: the campaign opens its clause with a launching verb, no subject of its own (…，开展“寒冬送温暖”专项救助行动)
_NOTICE_LAUNCH = re.compile(r"(?:^|[，,；;。：:]|[一二三四五六七八九十]是)\s*(?:(?:深入|扎实|广泛|认真)\s*开展"
                            r"|(?:组织|部署|集中)?\s*(?:开展|启动|实施))\s*$"  # (…，扎实开展某某冬季行动; not 全面实施)
                            # (《行动计划》提出实施新一轮某某行动、某某行动: the plan's own actions)
                            r"|》\s*(?:提出|明确|要求)\s*(?:组织|部署)?\s*(?:开展|启动|实施)\s*(?:新一轮)?\s*$")


def _notice_content_launches(t: Text, issuers: list[Ent], after: int) -> list[Relation]:
    """The campaigns a notice's requirements start (《通知》要求，…开展某某专项行动; a later paragraph of the
    list, 要…。开展某某活动): launched_by each issuing body. Only a clause that opens with 开展/启动 and has no
    subject of its own, in a paragraph of the notice's requirements with no other body, place or person before
    the campaign (a place carrying a programme on, 全县深入开展, is not the notice launching it)."""
    out: list[Relation] = []
    for c in _campaigns(t):
        if c.start <= after:
            continue
        para = t.text.rfind("\n", 0, c.start) + 1
        if para < after or not _NOTICE_PARAGRAPH.match(t.text, para):
            continue
        sent = t.sent_span(c)
        if not _NOTICE_LAUNCH.search(t.text, para, _list_head(t, c, sent).start):
            continue  # (a list's campaigns: the verb before its first)
        own_subject = False  # (read back from the campaign to the paragraph's start only)
        for e in reversed(t.ents[:c.i]):
            if e.start < para:
                break
            if e.label in ("PERSON", "ORG", "REGION") and e.start < c.start:
                own_subject = True
                break
        if own_subject:
            continue
        out += [rel("launched_by", c, body, evidence=sent, via="notice") for body in issuers]
    return out


_COORDINATOR = re.compile(r"^\s*(?:和|与|及|以及|、)\s*$")


def _coordinated(t: Text, found: list[Relation], local: list[Ent]) -> list[Relation]:
    """A campaign joined to the one before it by 和/、 (落实西部大开发和长江经济带发展的部署) shares its place,
    launcher and promoter when it has none of its own."""
    out: list[Relation] = []
    by_head: dict[int, list[Relation]] = {}
    for r in found:
        by_head.setdefault(r.head, []).append(r)
    for c in t.ents:
        if c.label != "CAMPAIGN" or c.i == 0:
            continue
        prev = t.ents[c.i - 1]
        if prev.label != "CAMPAIGN" or not _COORDINATOR.match(t.text[prev.end:c.start]):
            continue
        own = {r.type for r in by_head.get(c.i, [])}
        for r in by_head.get(prev.i, []):
            if r.type in ("campaign_region", "launched_by", "promoted_by") and r.type not in own:
                tail = t.ents[r.tail] if r.tail >= 0 else None
                new = rel(r.type, c, tail, value=r.value, inferred=r.inferred, evidence=r.evidence, via="coordinated")
                out.append(new)
                by_head.setdefault(c.i, []).append(new)
                if r.type == "campaign_region" and c in local:
                    local.remove(c)
    return out


def interview_promoters(t: Text, found: list[Relation]) -> list[Relation]:
    """The interviewee of a section (``——访高邮市委书记 张利``) promotes the campaigns
    its headline names (``谱写“强富美高”新高邮现代化篇章``): the headline is the
    interviewee's programme."""
    out = []
    have = {(_cname(t.ents[r.head]), r.tail) for r in found if r.type == "promoted_by"}
    for m in _SECTION_HEAD.finditer(t.text):
        names = [e for e in t.ents if e.label == "PERSON" and m.start() <= e.start < m.end()
                 and e.get("kind", "name") == "name"]
        if len(names) != 1:
            continue
        line_end = len(t.text[:m.start()].rstrip())  # the last non-blank line before the header
        line_start = t.text.rfind("\n", 0, line_end) + 1
        headline = t.text[line_start:line_end].strip()
        if not headline or len(headline) > 40 or re.search(r"[。；;]$", headline):
            continue
        for c in _campaigns(t):
            if line_start <= c.start < line_end and (_cname(c), names[0].i) not in have:
                have.add((_cname(c), names[0].i))
                out.append(rel("promoted_by", c, names[0], inferred=True, evidence=(line_start, m.end()),
                               via="interview"))
    return out


#: what links a body or meeting written right before a campaign to it:
#: 县委“1465”总体思路, 县党代会提出的“四县”战略, 市委确定的…
_OWNER_GAP = re.compile(r"^\s*(?:的|所?(?:提出|确定|部署|制定|作出|实施|推行|开展|发起|启动|推动|推进)的?)?\s*$")


def _entrusted(t: Text, c: Ent, before: list[Ent]) -> tuple[Ent, Ent] | None:
    """``党中央赋予浙江某某示范区的重大使命``: (the organ, the region) when a clause-initial
    body entrusts the region written right before the campaign with it."""
    if len(before) < 2:
        return None
    place, organ = before[-1], before[-2]
    if place.label != "REGION" or organ.label != "ORG" or place.i + 1 != c.i or t.text[place.end:c.start].strip():
        return None
    if not _ENTRUST.match(t.text[organ.end:place.start]) or not _clause_initial(t, organ, t.sent_span(c)):
        return None
    return organ, place


def _owner(t: Text, c: Ent) -> Ent | None:
    prev = t.ents[c.i - 1] if c.i > 0 else None
    if prev is None or prev.label not in ("ORG", "MEETING") or t.sent_of[prev.i] != t.sent_of[c.i]:
        return None
    return prev if _OWNER_GAP.match(t.text[prev.end:c.start]) else None


#: 某某建设，是党中央…作出的重大决策 / 交给某省的一项战略任务: the campaign stated as the decision of the body that
#: follows
_IS_DECISION_OF = re.compile(r"\s*[，,]?\s*是\s*$")
_DECISION_AFTER = re.compile(r"[^，。；,;]{0,40}?(?:作出的\s*(?:一项)?\s*(?:重大|重要)?\s*(?:战略)?(?:决策|部署)|"
                             r"(?:交给|赋予)[^，。；,;]{1,12}?的\s*(?:一项)?\s*(?:重大|重要)?\s*(?:战略)?(?:任务|使命)|"
                             # (是市委部署的重要工作: the body set the work going)
                             r"(?:部署|安排|确定)的\s*(?:一项)?\s*(?:重大|重要)?\s*(?:工作|任务|举措))")


def _decision_of(t: Text, c: Ent) -> Ent | None:
    """The body whose decision the campaign is said to be (建设某某自贸港，是党中央着眼…作出的重大决策)."""
    nxt = t.ents[c.i + 1] if c.i + 1 < len(t.ents) else None
    if nxt is None or nxt.label != "ORG" or not _IS_DECISION_OF.match(t.text[c.end:nxt.start]):
        return None
    return nxt if _DECISION_AFTER.match(t.text, nxt.end) else None


#: the subject of a sentence that calls what it names the party centre's decision: a list of short forms after the
#: verb that carries them out (开展主题教育、教育整顿是党中央…作出的重大决策部署)
_DECIDED_SUBJECT = re.compile(r"(?:^|(?<=[。！？!?\n，,；;：:]))\s*(?:开展|推进|推动|实施|深化|抓好|做好|深入开展)?"
                              r"(?P<items>[\u4e00-\u9fff]{2,16}(?:[、和及][\u4e00-\u9fff]{2,16}){0,4})\s*[，,]?\s*是\s*$")
_CENTRE = frozenset(("党中央", "中共中央"))
_LEADER_AND = re.compile(r"\s*和\s*$")


def _short_forms_decided(t: Text, out: list[Relation]) -> list[Relation]:
    """Campaigns of the article named by their short forms as the decision of the party centre (开展主题教育、教育整顿是
    党中央和习近平总书记作出的重大决策部署): each short form that ends exactly one campaign name of the article
    (学习贯彻…主题教育, 全国纪检监察干部队伍教育整顿) gives that campaign the centre as its launcher, and the leader
    named with it as its promoter. A short form that ends two names, or none, gives nothing."""
    centres = [e for e in t.ents if e.label == "ORG" and e.text in _CENTRE]
    if not centres:
        return []
    campaigns = [c for c in t.ents if c.label == "CAMPAIGN"]
    by_name: dict[str, Ent] = {}
    for c in campaigns:
        by_name.setdefault(_cname(c), c)
    have = {(r.type, r.head, r.tail) for r in out}
    made: list[Relation] = []
    for body in centres:
        k = t.sent_of[body.i]
        sent = t.sents[k] if t.sents else (0, len(t.text))
        nxt = t.ents[body.i + 1] if body.i + 1 < len(t.ents) else None
        leader = None
        after = body.end
        if nxt is not None and nxt.label == "PERSON" and _LEADER_AND.match(t.text[body.end:nxt.start]):
            leader, after = nxt, nxt.end
            title = t.ents[nxt.i + 1] if nxt.i + 1 < len(t.ents) else None
            if title is not None and title.label == "POST" and title.start == nxt.end:
                after = title.end
        if not _DECISION_AFTER.match(t.text, after):
            continue
        m = _DECIDED_SUBJECT.search(t.text, sent[0], body.start)
        if m is None:
            continue
        for item in re.split(r"[、和及]", m.group("items")):
            if len(item) < 4 or any(c.start < m.end("items") and c.end > m.start("items") for c in campaigns):
                continue  # (a campaign written in the subject is read where it stands: _decision_of)
            full = [n for n in by_name if n != item and n.endswith(item)]
            if len(full) != 1:
                continue
            c = by_name[full[0]]
            ev = sent
            if ("launched_by", c.i, body.i) not in have:
                made.append(rel("launched_by", c, body, evidence=ev, via="short_form"))
                have.add(("launched_by", c.i, body.i))
            if leader is not None and ("promoted_by", c.i, leader.i) not in have:
                made.append(rel("promoted_by", c, leader, evidence=ev, via="short_form"))
                have.add(("promoted_by", c.i, leader.i))
    return made


#: meetings that set a programme going or push it on by name (某某行动动员部署会议, “某某”专题会议, 推进某某建设座谈会)
_LAUNCHING_MEETING = re.compile(r"动员|部署会|启动")


def _named_meetings(t: Text, out: list[Relation]) -> list[Relation]:
    """A meeting of the article named after a campaign to set it going or push it on (全国某某教育整顿动员部署会议,
    “综合治理某某湖”专题会议, 推进“某某”等重点工程建设座谈会) launched it: the campaign's name (four characters or more,
    or quoted) stands inside the meeting's, and the meeting is one of mobilising, deploying, launching or pushing."""
    meetings = [m for m in t.ents if m.label == "MEETING" and _LAUNCHING_MEETING.search(m.text)]
    if not meetings:
        return []
    have = {(r.type, r.head, r.tail) for r in out}
    # a programme a body decided (某某建设，是党中央…作出的重大决策部署): the meeting deploys the body's decision
    decided = {_cname(t.ents[r.head]) for r in out if r.type == "launched_by" and r.tail >= 0
               and t.ents[r.tail].label == "ORG"}
    made: list[Relation] = []
    for c in _campaigns(t):
        name = _cname(c)
        if name in decided:
            continue
        core = str(c.get("core") or name)
        keys = {k for k in (name, core) if len(k) >= 4 or "“" + k + "”" in t.text}
        for m in meetings:
            if ("launched_by", c.i, m.i) in have or not any(k in m.text for k in keys):
                continue
            have.add(("launched_by", c.i, m.i))
            made.append(rel("launched_by", c, m, evidence=t.sent_span(m), via="named_meeting"))
    return made


#: a meeting held (主持召开某某会议，…，部署开展|某某专项整治): what it deploys; 会议 opening a sentence is the article's
_DEPLOYS = re.compile(r"(?:研究)?部署(?:开展|实施|启动)\s*$")
_HELD_MEETING = re.compile(r"(?:召开|举行)(?:了)?\s*$")
_MEETING_SUBJECT = re.compile(r"\s*(?:此次|这次|本次)?\s*(?:会议|全会|常务会议|会上)\s*(?:还|并|同时)?\s*[，,]?")


def _meeting_deploys(t: Text, out: list[Relation]) -> list[Relation]:
    """A campaign a meeting deploys (国务院总理某某主持召开国务院常务会议，听取…，部署开展某某专项整治工作; 会议…部署实施
    某某工程): launched by the meeting held earlier in the sentence, or by the article's last meeting before it when
    the sentence opens with 会议. Only a campaign nothing else launched."""
    meetings = [m for m in t.ents if m.label == "MEETING"]
    if not meetings:
        return []
    launched = {r.head for r in out if r.type == "launched_by"}
    made: list[Relation] = []
    for c in _campaigns(t):
        if c.i in launched:
            continue
        k = t.sent_of[c.i]
        sent = t.sents[k] if t.sents else (0, len(t.text))
        if not _DEPLOYS.search(t.text, max(sent[0], c.start - 8), c.start):
            continue
        held = [m for m in meetings if sent[0] <= m.start and m.end <= c.start
                and _HELD_MEETING.search(t.text, max(sent[0], m.start - 6), m.start)]
        if held:
            m = held[-1]
        elif _MEETING_SUBJECT.match(t.text, sent[0]) and (
                earlier := [m for m in meetings if m.end <= sent[0]]):
            m = earlier[-1]
        else:
            continue
        launched.add(c.i)
        made.append(rel("launched_by", c, m, evidence=sent, via="deployed"))
    return made


#: a person's decision to carry out a campaign (某某做出了实施|“某某工程”|的重大决策), or the campaign said to be it
#: (“某某工程”|是|某某总书记…亲自谋划、亲自部署、亲自推动的一项重大决策)
_DECIDED_BEFORE = re.compile(r"[^。；;！!？?]{0,40}?(?:做出|作出)(?:了)?\s*(?:实施|推进|开展|建设|启动|推行)?\s*$")
_DECIDED_AFTER = re.compile(r"\s*的\s*(?:一项)?\s*(?:重大|重要)?\s*(?:战略)?\s*(?:决策|部署)")
_PERSONALLY_DECIDED = re.compile(r"[^。；;！!？?]{0,40}?亲自(?:谋划|部署|推动|决策|主持)[^。；;！!？?]{0,24}?的\s*(?:一项)?\s*"
                                 r"(?:重大|重要)?\s*(?:战略)?\s*(?:决策|部署|工程)")


def _person_decision(t: Text, c: Ent, persons: list[Ent], sent: tuple[int, int]) -> Ent | None:
    """The person whose decision the campaign is: the subject who 做出了实施…的重大决策, or the person after 是 in
    a sentence that calls the campaign his decision made in person (亲自谋划、亲自部署)."""
    if persons and _DECIDED_AFTER.match(t.text, c.end):
        p = persons[-1]
        if _DECIDED_BEFORE.fullmatch(t.text, p.end, c.start):
            return p
    nxt = t.ents[c.i + 1] if c.i + 1 < len(t.ents) else None
    if nxt is None or nxt.label != "PERSON" or not _IS_DECISION_OF.match(t.text[c.end:nxt.start]):
        return None
    return nxt if _PERSONALLY_DECIDED.match(t.text, nxt.end, sent[1]) else None


def _deciding_body(t: Text, c: Ent) -> Ent | None:
    """The body whose decision about the campaign the sentence cites (党中央关于甲和乙的战略部署: both), or
    whose decision the campaign is said to be (某某建设，是党中央…作出的重大决策)."""
    if (body := _decision_of(t, c)) is not None:
        return body
    prev = t.ents[c.i - 1] if c.i > 0 else None
    if prev is not None and prev.label == "CAMPAIGN" and _ABOUT_LIST_GAP.match(t.text[prev.end:c.start]):
        c, prev = prev, (t.ents[prev.i - 1] if prev.i > 0 else None)
    if prev is None or t.sent_of[prev.i] != t.sent_of[c.i] or not (
            prev.label == "ORG" or prev.label == "MEETING" and _DECIDING_MEETING.search(prev.text)):
        return None
    return prev if _ABOUT_GAP.match(t.text[prev.end:c.start]) and _ABOUT_PLAN.match(t.text, c.end) else None


#: a body's decision about campaigns (党中央关于西部大开发和长江经济带发展的战略部署, 党中央关于促进甲、推动乙等战略部署)
_ABOUT_GAP = re.compile(r"^\s*关于\s*(?:促进|推动|推进|深入推进|实施|加快|建设)?\s*$")
_ABOUT_LIST_GAP = re.compile(r"^\s*[和、及与]\s*(?:促进|推动|推进|深入推进|实施|加快|建设)?\s*$")
_ABOUT_PLAN = re.compile(r"\s*(?:[和、及与][\u4e00-\u9fff“”]{2,30}?|(?:实现|取得|迈出|打造|形成)[\u4e00-\u9fff]{2,6}?)?"
                         # (without 的: 中共中央关于某某建设决策部署)
                         r"(?:(?:的|等)(?:战略|决策|重大|工作)?(?:部署|决策)|决策部署|战略部署)")
#: a congress or plenum whose decision the sentence cites (落实党的二十大关于推动某某实现新突破的部署)
_DECIDING_MEETING = re.compile(r"党的[一二三四五六七八九十]+大|[一二三四五六七八九十]+届[一二三四五六七八九十]+中全会")


def _paragraph_speakers(t: Text) -> list[Ent]:
    """Names followed by a speech verb (``颜复强调``, ``李爱华在会上强调``), or by a written instruction that the
    next sentence quotes (``某某日前对…作出重要批示。批示指出，…``)."""
    return [e for e in t.ents if e.label == "PERSON" and e.get("kind", "name") != "byline"
            and (((m := _SPEECH.match(t.text[e.end:e.end + 16])) and not _NO_STATEMENT.match(t.text, e.end + m.end()))
                 or _INSTRUCTED.match(t.text, e.end))]


#: a demand only reported inside another's statement (某某指出，…，李强总理提出明确要求。): no statement follows
_NO_STATEMENT = re.compile(r"\s*(?:了)?\s*(?:明确|重要|具体|殷切|新的|更高)?\s*要求\s*[。；;]")


#: a written instruction, then the sentence that quotes it (…作出重要批示。批示指出)
_INSTRUCTED = re.compile(r"[^。；;\n]{0,60}?作出(?:了)?(?:重要)?(?:批示|指示)\s*[。；;]\s*(?:批示|指示)(?:指出|强调|要求)")


#: a leader's bare title as the speaker of a clause (总书记说，; 总书记强调要…)
_TITLED_SPEECH = re.compile(r"总书记\s*(?:还|也)?\s*(?:强调|指出|表示|说|要求)")


def _titled_speech(t: Text, c: Ent, sent: tuple[int, int]) -> int | None:
    """Where a bare 总书记 speaking in ``c``'s sentence ends (no name written right before the title: the title alone
    names the speaker; 习近平总书记说 is the named speaker's), else None."""
    named_ends = {e.end for e in t.in_sentence(t.sent_of[c.i]) if e.label == "PERSON"}
    end = None
    for m in _TITLED_SPEECH.finditer(t.text, sent[0], c.start):
        if m.start() not in named_ends:
            end = m.end()
    return end


def _title_holder(t: Text, c: Ent) -> Ent | None:
    """The last person the article names with 总书记 right after the name (习近平总书记) before ``c``."""
    return next((e for e in reversed(t.ents[:c.i]) if e.label == "PERSON" and t.text.startswith("总书记", e.end)), None)


def _speaker_before(t: Text, speakers: list[Ent], c: Ent) -> Ent | None:
    """The last speaker before ``c`` in the same paragraph."""
    para_start = t.text.rfind("\n", 0, c.start) + 1
    cands = [p for p in speakers if para_start <= p.start and p.end <= c.start]
    return cands[-1] if cands else None


_PRONOUN_SPEECH = re.compile(r"(?:^|(?<=[。！？!?\n，,；;]))\s*[他她](?![们])\s*(?=" + _SPEECH.pattern.removeprefix("^") + ")")


def _pronoun_speaker(t: Text, c: Ent, speakers: list[Ent]) -> Ent | None:
    """The person a 他/她 speaking earlier in ``c``'s paragraph stands for (…。他指出，…。要开展某某), when no
    named speaker (``speakers``) speaks between them."""
    if "pronoun_speech" not in t.memo:  # (found once per article, then bisected for each campaign)
        spans = [(m.start(), m.end()) for m in _PRONOUN_SPEECH.finditer(t.text)]
        t.memo["pronoun_speech"] = ([a for a, _ in spans], spans, sorted(e.start for e in speakers))
    starts, spans, speaker_starts = t.memo["pronoun_speech"]
    para_start = t.text.rfind("\n", 0, c.start) + 1
    j = bisect.bisect_left(starts, c.start) - 1
    while j >= 0 and spans[j][1] > c.start:  # (the match must end before the campaign)
        j -= 1
    if j < 0 or starts[j] < para_start:
        return None
    if bisect.bisect_left(speaker_starts, c.start) > bisect.bisect_left(speaker_starts, starts[j]):
        return None  # a named speaker in between speaks for himself (a name cited there is no speaker)
    return _antecedent(t, c, spans[j][1])


#: names that say the campaign is the central party's (中央八项规定…, party-wide 学习教育 and 主题教育), a national
#: project's (南水北调) or the whole country's (全国某某队伍教育整顿, 全国某某专项行动; not a place building a national
#: model: 全国文明城市创建)
_NATIONAL_NAME = re.compile(rf"中央|学习教育$|主题教育$|^全国[\u4e00-\u9fff]*(?:{NATIONWIDE_KINDS})$"
                            # the national projects of campaign v12 (南水北调中线一期工程, the Three-North battles)
                            rf"|{NATIONAL_PROJECT_NAMES}")


def is_national_campaign(name: str) -> bool:
    """A national campaign (the lexicon's slogans, names with 中央, party-wide 学习教育/主题教育, a nationwide
    rectification or drive: 全国某某队伍教育整顿, 全国某某专项行动): one entity for the whole country, whatever region
    carries it out."""
    return _is_national(name.replace("“", "").replace("”", ""))


def _is_national(name: str) -> bool:
    """National slogans (the recogniser's lexicon) and names that say so (中央八项规定…); a phase of a
    national programme is national too (三北工程攻坚战, 三北工程标志性战役)."""
    base = _PHASE.sub("", name)
    return name in _national_slogans() or base in _national_slogans() or bool(_NATIONAL_NAME.search(name))


#: well-known programmes of the lexicon that belong to their home regions, whoever else takes them up
#: (Beijing's 接诉即办 reform since 2019; the Fujian–Ningxia pairing since 1996; Zhejiang's common-prosperity zone
#: since 2021, Hebei's Xiong'an since 2017 and Hainan's free-trade port since 2018, Zhejiang's mountain–sea
#: cooperation since 2002, as the gold sets give them)
HOME_REGIONS = {"接诉即办": ("11",), "闽宁协作": ("35", "64"), "山海协作": ("33",), "山海协作工程": ("33",),
                "共同富裕示范区建设": ("33",), "高质量发展建设共同富裕示范区": ("33",), "雄安新区建设": ("13",),
                "海南自由贸易港建设": ("46",), "海南自贸港建设": ("46",), "中国特色自由贸易港建设": ("46",)}

#: national programmes for a defined set of provinces (from the State Council's plans: the Northeast with the five
#: eastern leagues and cities of Inner Mongolia, 2007; the six central provinces, 2006; the twelve western ones, 2000;
#: the Yangtze belt's eleven, 2016; the Yellow River's nine, 2021; the Three-North shelterbelt's thirteen, 1978; the
#: western land–sea corridor's west and Hainan, 2019); an article's places among them carry the programme out
AREA_PROGRAMMES: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = tuple(
    (re.compile(rx), frozenset(codes.split())) for rx, codes in (
        (r"^东北(?:地区)?(?:全面)?振兴", "21 22 23 15"),
        (r"^(?:促进|推动)?中部(?:地区)?崛起", "14 34 36 41 42 43"),
        (r"^(?:新时代)?西部大开发", "50 51 52 53 54 61 62 63 64 65 15 45"),
        (r"^京津冀协同发展", "11 12 13"),
        (r"^长三角(?:区域)?一体化", "31 32 33 34"),
        (r"^(?:建设)?粤港澳大湾区", "44"),
        (r"^成渝地区", "50 51"),
        (r"^长江经济带", "31 32 33 34 36 42 43 50 51 52 53"),
        (r"^黄河流域生态保护", "63 51 62 64 15 14 61 41 37"),
        (r"^“?三北”?(?:防护林|工程(?!.*(?:攻坚战|标志性战役|歼灭战)$)|六期|$)", "11 12 13 14 15 21 22 23 61 62 63 64 65"),
        (r"^西部陆海新通道", "50 51 52 53 54 61 62 63 64 65 15 45 46"),
    ))


def area_provinces(name: str) -> frozenset[str] | None:
    """The provinces of a national programme for a region of the country (东北全面振兴: 辽宁, 吉林, 黑龙江 and
    内蒙古), or None."""
    return next((codes for rx, codes in AREA_PROGRAMMES if rx.search(name)), None)


#: the nation taking a programme up (党中央推动, 我国某某工程扎实推进) or calling it its strategy (某某上升为国家战略,
#: 某某、某某等国家重大发展战略): no province carries that mention out
_NATION_BEFORE = re.compile(r"(?:党中央|中共中央|国务院|国家|我国|全国)[^，。；！？\n]{0,6}$")
_NATION_AFTER = re.compile(r"(?:[、和与][^，。；！？\n]{0,16})?(?:上升为|等)国家[\u4e00-\u9fff]{0,4}战略")


def _area_regions(t: Text, name: str, codes: frozenset[str]) -> list[str]:
    """The provinces among ``codes`` (an area programme's) that carry the programme out in the article: every one
    the article names when it is about the programme (three mentions or more), else those named in a mention's
    sentence or the one before it, and the article's own province; mentions the nation takes up count for none."""
    mentions = [e for e in t.ents if e.label == "CAMPAIGN" and _cname(e) == name]
    local = [e for e in mentions if not _NATION_BEFORE.search(t.text, max(0, e.start - 12), e.start)
             and not _NATION_AFTER.match(t.text, e.end)]
    if not local:
        return []
    if len(mentions) >= 3:
        sents = None
    else:
        sents = {k for e in local for k in (t.sent_of[e.i], t.sent_of[e.i] - 1)}
    found: set[str] = set()
    for e in t.ents:
        if e.label in ("REGION", "ORG", "POST") and (sents is None or t.sent_of[e.i] in sents) \
                and (region := _entity_region(t, e)) is not None and region[0][:2] in codes \
                and (e.label == "REGION" or not region[1]):  # (a body's or title's place as written: 天津市委书记)
            found.add(region[0][:2])
    if t.main and t.main[:2] in codes:
        found.add(t.main[:2])
    return sorted(found)


_PHASE = re.compile(r"(?:攻坚战|标志性战役|歼灭战|六期|七期)$")


@lru_cache(maxsize=1)
def _national_slogans() -> frozenset[str]:
    from .patterns import campaign_lexicon

    return frozenset(campaign_lexicon())


#: raised to a national strategy by the subject of the clause (将某某上升为国家战略)
_RAISED = re.compile(r"\s*上升为\s*国家(?:重大)?战略")
#: a programme named for the whole country (中国…, 中华…, 全国…, 国家…活动/工程/行动/计划; not a title a place strives
#: for: 全国文明城市创建, 国家生态文明试验区建设)
_COUNTRY_NAMED = re.compile(r"(?:中国|中华|全国|国家)(?!式)(?!.*(?:创建|试验区|示范区|模范区|先行区|城市))"
                            r".*(?:活动|工程|行动|计划)$")
#: a sentence stating what the national five-year plan says (“十五五”规划纲要提出，…; 国家“十四五”规划明确，…), after a
#: dateline (央视网消息（新闻联播）：)
_NATIONAL_PLAN_SAYS = re.compile(r"(?:[^。，,：:\n]{0,20}[：:])?\s*(?:国家|我国)?\s*(?:“十[一二三四五六七八九]五”|十[一二三四五六七八九]五)\s*规划"
                                 r"(?:纲要|建议)?\s*(?:提出|明确|指出|强调|要求|部署)\s*[，,：:]")


def _article_region(t: Text, campaigns: list[Ent], found: list[Relation]) -> list[Relation]:
    """The region of a campaign the text does not tie to a place by a launcher:

    1. a region its own name contains (``“四个濉溪”``, ``中国碳谷·绿金淮北``) or a
       province's one-character name it starts with, when the article lies in
       that province (``“赣出精品”工程`` in a 江西 article);
    2. else the region of its section (an interview headed ``——访宝应县委书记 张小辉``);
    3. else the article's main region — except national slogans (``一带一路``).
    2 and 3 are inferred."""
    if t.div is None:
        return []
    tied = {_cname(t.ents[r.head]) for r in found if r.type == "campaign_region"}
    national = _national_slogans()
    sections = section_regions(t)
    main = t.div.get(t.main) if t.main else None
    out = []
    seen: set[str] = set()
    for c in campaigns:
        name = _cname(c)
        if name in tied or name in seen:
            continue
        seen.add(name)
        ev = t.sent_span(c)
        named = _region_in_name(t, name)
        if named:
            out.append(rel("campaign_region", c, value=named, evidence=ev, via="name"))
            continue
        if (area := area_provinces(name)) is not None:
            # 东北全面振兴 in an article about 吉林 and 黑龙江: the provinces of the area the article names
            for code in _area_regions(t, name, area):
                out.append(rel("campaign_region", c, value=code, inferred=True, evidence=ev, via="area"))
            continue
        home = HOME_REGIONS.get(name) or HOME_REGIONS.get(str(c.get("core") or ""))  # (接诉即办改革: its core's)
        if home:  # 接诉即办 is Beijing's, 闽宁协作 Fujian's and Ningxia's (inferred: not written)
            for code in home:
                out.append(rel("campaign_region", c, value=code, inferred=True, evidence=ev, via="home"))
            continue
        if _NATIONAL_PLAN_SAYS.match(t.text, ev[0]):
            continue  # “十五五”规划纲要提出，…实施某某行动: the national plan's programme, not the article's place
        if name in national or _is_national(name):
            if main is not None and main.level == "province" and not _NATIONAL_NAME.search(name) \
                    and _TAKE_PART.search(t.text, max(0, c.start - 6), c.start) and any(
                    r.type == "promoted_by" and _cname(t.ents[r.head]) == name for r in found):
                # a leader touring a province asks it to take part in a national programme (在海南考察时强调…深度
                # 融入共建“一带一路”): the province carries it out
                out.append(rel("campaign_region", c, value=t.main, inferred=True, evidence=ev, via="tour"))
            continue
        launchers = [t.ents[r.tail] for r in found if r.type == "launched_by" and r.tail >= 0
                     and _cname(t.ents[r.head]) == name]
        if launchers and all(x.label == "ORG" and is_national_body(x.text) and x.text not in _CENTRE
                             for x in launchers):
            # 水利部印发…三年行动: a ministry's national programme, not the article's place (the party centre's
            # decisions designate places: 党中央…在山西建设某试验区 stays in the article's province)
            continue
        sec = next((code for s, e, code in sections if s <= c.start < e), None)
        promoter = next((t.person_regions.get(t.ents[r.tail].text) for r in found
                         if r.type == "promoted_by" and _cname(t.ents[r.head]) == name
                         and t.person_regions.get(t.ents[r.tail].text)), None)
        deictic = _deictic_region(t, c) or _local_word_region(t, c)
        if sec:
            out.append(rel("campaign_region", c, value=sec, inferred=True, evidence=ev, via="section"))
        elif deictic:  # 省内多部门…启动了“某某”专项行动: the province of the article
            out.append(rel("campaign_region", c, value=deictic, inferred=True, evidence=ev, via="deictic"))
        elif promoter and (t.main is None or promoter == t.main or not t.div.is_within(t.main, promoter)):
            # pushed by a local official (a village secretary's 四议两公开): where that official serves
            out.append(rel("campaign_region", c, value=promoter, inferred=True, evidence=ev, via="promoter"))
        elif _COUNTRY_NAMED.match(name):
            pass  # 中国正能量网络精品征集展播活动, 中华老字号保护发展工程: named for the country, not the article's place
            # (a place the text ties it to still counts: 全县实施中华…工程)
        elif (near := _nearby_region(t, c)) is not None:
            # an article about several places (内蒙古…；福建…): the place that part of it is about
            out.append(rel("campaign_region", c, value=near, inferred=True, evidence=ev, via="nearby"))
        elif main is not None:
            out.append(rel("campaign_region", c, value=t.main, inferred=True, evidence=ev, via="article"))
    return out


#: taking part in a national programme (深度融入共建, 积极参与): not linking up with another region's (对接)
_TAKE_PART = re.compile(r"(?:融入|共建|参与|参加)(?:共建|到)?\s*$")


def _nearby_region(t: Text, c: Ent) -> str | None:
    """The last region named before ``c`` (up to two sentences back) when it lies outside the article's main
    region and the main region outside it: that part of the article is about another place."""
    if t.div is None or not t.main:
        return None
    k = t.sent_of[c.i]
    for e in reversed(t.ents[:c.i]):
        if t.sent_of[e.i] < k - 2:
            return None
        if e.label != "REGION":
            continue
        region = _entity_region(t, _innermost(t, e))
        if region is None:
            continue
        code = region[0]
        if t.div.is_within(code, t.main) or t.div.is_within(t.main, code):
            return None
        return code
    return None


_JOINTLY = re.compile(r"\s*(?:[一二三四五六七八九十两\d]+(?:地|省|市|方)(?:[\u4e00-\u9fff]{0,4}?部门)?)?"
                      r"(?:在[^，,。；;]{1,12}?)?(?:联合|共同|携手|一起|合作)")  # (某、某、某、某四地海事部门在某海域共同启动)


#: a body's approval before the verb that starts a campaign (经党中央同意，自某月至某月在全党开展…)
_APPROVED = re.compile(r"\s*(?:同意|批准|研究同意|研究决定|决定)\s*[，,]?")
_STARTED_AFTER = re.compile(r"[^。；;]{0,40}?(?:开展|启动|部署|实施|组织开展)\s*$")
#: speaking on a campaign: 就(开展)某某 … 发表讲话/作出指示 (对新时代某某工程作出重要指示)
_SPOKE_ON_BEFORE = re.compile(r"\s*(?:总书记|主席|同志|总理)?\s*(?:近日|日前|多次|曾|专门|亲自|先后)?\s*(?:就|对)\s*"
                              r"(?:开展|推进|深入开展|深化|加强|做好|抓好)?\s*(?:新时代|新形势下)?\s*")
_SPOKE_ON_AFTER = re.compile(r"\s*(?:工作)?\s*(?:发表|作出|作)(?:了)?(?:一系列)?(?:重要)?(?:讲话|指示|批示|部署)")


#: a leader's instruction or discourse on a programme (某某总书记关于推动某某的重要指示/论述)
_INSTRUCTION_ON_BEFORE = re.compile(r"\s*(?:总书记|主席|同志)?\s*关于\s*(?:推动|推进|加快|深化|实施|做好|加强)?\s*")
_INSTRUCTION_ON_AFTER = re.compile(r"\s*(?:工作)?\s*(?:的)?\s*(?:一系列)?(?:重要)?(?:指示|批示|论述|讲话)")
_PARTY_EDUCATION = re.compile(r"学习教育$|主题教育$|教育整顿$")


#: the bodies that hold a campaign, named before it (由某局、某台共同举办的“某某”活动)
_ORGANISED_BY = re.compile(r"由(?P<who>[^，。；;,\n]{2,60}?)(?:共同|联合)?(?:主办|举办|发起|组织开展|开展|组织|启动|推出)的\s*"
                           r"(?:(?:19|20)\d{2}年?)?\s*$")  # (…联合主办的|2025|“某某”活动: the year opens its name)


def _organised_by(t: Text, c: Ent, before: list[Ent]) -> list[Ent]:
    """The bodies named after 由 that hold, start or organise the campaign named right after (由某局、某台共同举办的
    “某某”活动)."""
    m = _ORGANISED_BY.search(t.text, max(0, c.start - 80), c.start)
    if m is None:
        return []
    return [e for e in before if e.label == "ORG" and m.start("who") <= e.start and e.end <= m.end("who")]


def _approved_by(t: Text, c: Ent, before: list[Ent]) -> Ent | None:
    """The body whose approval opens the clause that starts the campaign (经党中央同意，…开展某某)."""
    for e in reversed(before):
        if e.label == "ORG" and e.start >= 1 and t.text[e.start - 1] == "经" \
                and (m := _APPROVED.match(t.text, e.end)) is not None \
                and _STARTED_AFTER.match(t.text[m.end():c.start]) is not None:
            return e
    return None


def _joint_bodies(t: Text, first: Ent, c: Ent) -> list[Ent]:
    """The bodies joined to the body that opens the clause by 、/和/与 (某县委、县政府在全县开展…; 省委办公厅、省政府
    办公厅印发…): a joint subject, each launched the campaign."""
    out: list[Ent] = []
    i = first.i
    while i + 1 < c.i and t.ents[i + 1].label == "ORG" and _COORDINATOR.match(t.text[t.ents[i].end:t.ents[i + 1].start]):
        i += 1
        out.append(t.ents[i])
    return out


def _joint_partners(t: Text, first: Ent, c: Ent) -> list[Ent]:
    """The other places of a joint subject (某省某市和某省某市联合开展…): the innermost place of each chain
    joined to the first subject's chain by 和/与/、, when 联合/共同/携手 follows the last one."""
    out: list[Ent] = []
    i = _innermost(t, first).i
    while i + 1 < c.i and t.ents[i + 1].label == "REGION" and _COORDINATOR.match(t.text[t.ents[i].end:t.ents[i + 1].start]):
        nxt = _innermost(t, t.ents[i + 1])
        out.append(nxt)
        i = nxt.i
    return out if out and _JOINTLY.match(t.text, t.ents[i].end) else []


def _local_word_region(t: Text, c: Ent) -> str | None:
    """当地/这里 before the campaign in its clause: the last place named before it in the paragraph, up to two
    sentences back (在宁夏，…。今年，当地持续推进…)."""
    if t.div is None:
        return None
    sent = t.sent_span(c)
    if not re.search(r"(?:当地|这里|该地)[^，,。；;]*$", t.text[sent[0]:c.start]):
        return None
    k = t.sent_of[c.i]
    para = t.text.rfind("\n", 0, c.start) + 1
    for e in reversed(t.ents[:c.i]):
        if t.sent_of[e.i] < k - 2 or e.start < para:
            break
        if e.label == "REGION":
            region = _entity_region(t, _innermost(t, e))
            return region[0] if region else None
    return None


def _deictic_region(t: Text, c: Ent) -> str | None:
    """The article's region at the level a word of the campaign's sentence names (省内, 全市, 该县), when
    the main region is at or below that level."""
    if t.div is None or not t.main:
        return None
    sent = t.sent_span(c)
    words = list(_DEICTIC_LEVEL.finditer(t.text, sent[0], c.start))
    if not words:
        return None
    level = _DEICTIC_RANK[next(ch for ch in words[-1].group() if ch in "省市县")]
    for code in t.div.chain(t.main):
        d = t.div.get(code)
        if d is not None and d.level == level:
            return d.code
    return None


#: one-character names of the provinces (简称), by province code
PROVINCE_ABBR = {
    "京": "11", "津": "12", "冀": "13", "晋": "14", "蒙": "15", "辽": "21", "吉": "22", "黑": "23", "沪": "31",
    "苏": "32", "浙": "33", "皖": "34", "闽": "35", "赣": "36", "鲁": "37", "豫": "41", "鄂": "42", "湘": "43",
    "粤": "44", "桂": "45", "琼": "46", "渝": "50", "川": "51", "蜀": "51", "贵": "52", "黔": "52", "云": "53",
    "滇": "53", "藏": "54", "陕": "61", "秦": "61", "甘": "62", "陇": "62", "青": "63", "宁": "64", "新": "65",
}


def _region_in_name(t: Text, name: str) -> str | None:
    assert t.div is not None
    if _NATIONAL_NAME.search(name.replace("“", "").replace("”", "")):
        return None  # 科尔沁和浑善达克两大沙地歼灭战: a national project's landscape, no region
    ctx = [t.main] if t.main else []
    # (the gazetteer's scan, which reads no short form inside a longer word: 雄安新区 is no 安新)
    for s, e, _name in gazetteer().finditer(name):
        if name[e:e + 1].isdigit():
            continue  # “海安2025”, “天网2025”: a code name with its year, no place
        code, _ = t.div.resolve(name[s:e], ctx)
        if code:
            return code
    prov = PROVINCE_ABBR.get(name[:1])
    if prov and t.main and t.div.is_within(t.main, prov) and len(name) >= 3:
        return prov
    frontier = _FRONTIER_SLOGAN.search(name)
    if frontier:
        return FRONTIER_ABBR[frontier.group(1)]
    area = _NEW_AREA.search(name)
    if area:
        return NEW_AREAS[area.group()]
    return None


#: the national-level new areas that are no division of their own, and their provinces (the State Council's
#: approvals, 1992–2017; 浦东新区 and 滨海新区 are divisions and found by the scan)
NEW_AREAS = {"雄安新区": "13", "两江新区": "50", "舟山群岛新区": "33", "兰州新区": "62", "南沙新区": "44",
             "西咸新区": "61", "贵安新区": "52", "西海岸新区": "37", "金普新区": "21", "天府新区": "51",
             "湘江新区": "43", "江北新区": "32", "福州新区": "35", "滇中新区": "53", "哈尔滨新区": "23",
             "长春新区": "22", "赣江新区": "36"}
_NEW_AREA = re.compile("|".join(NEW_AREAS))


#: the short names in the slogans of the central guidelines for Xinjiang and Tibet (治疆方略, 治藏方略)
FRONTIER_ABBR = {"疆": "65", "藏": "54"}
#: ``文化润疆``, ``依法治藏``, ``产业援疆``: a verb of governing or aid, then 疆/藏, ending the name
_FRONTIER_SLOGAN = re.compile(r"[治稳润兴建援强富固安](疆|藏)(?:工程|行动|战略|计划|方略)?$")


_SECTION_HEAD = re.compile(r"^[ \t]*(?:——|—|--)[ \t]*访[^\n]*$", re.M)


def section_regions(t: Text) -> list[tuple[int, int, str]]:
    """(start, end, region code) of the sections of an interview series: each
    starts at its title line and ``——访<titles> <name>`` header, and belongs
    to the most specific region among the interviewee's titles."""
    heads = list(_SECTION_HEAD.finditer(t.text))
    if not heads:
        return []
    starts = []
    for m in heads:
        start = m.start()
        prev_end = t.text.rfind("\n", 0, max(0, start - 1))
        prev_line = t.text[prev_end + 1:start].strip()
        if prev_line and len(prev_line) <= 40 and not re.search(r"[。；;]$", prev_line):
            start = t.text.rfind(prev_line, 0, start)
        starts.append(start)
    out = []
    for k, m in enumerate(heads):
        end = starts[k + 1] if k + 1 < len(heads) else len(t.text)
        posts = [e for e in t.ents if e.label == "POST" and m.start() <= e.start < m.end()]
        codes = []
        sibling = None
        for p in posts:
            ref = resolve_body(t, p, sibling)
            if ref.region:
                codes.append(ref.region)
                sibling = ref
        if codes and t.div is not None:
            best = max(codes, key=lambda c: (len(t.div.chain(c)), c))  # type: ignore[union-attr]
            out.append((starts[k], end, best))
    return out



#: the time and occasion between a name and its verb (近日在某地考察时, 在会上)
#: (a leader's title may stand before it: 某某总书记在浙江工作期间开创了…)
_OCCASION = re.compile(r"^(?:同志|总书记|主席|委员长|总理)?(?:近日|日前|今天|昨天|当天|\d{1,2}日(?:上午|下午|晚上)?)?"
                       r"在[\u4e00-\u9fff]{1,14}?(?:时|期间|之际|报告中|讲话中|会上)")


def _is_subject(t: Text, p: Ent) -> bool:
    """A name followed by a speech or action verb (not ``王昊提出的要求``), adverbs and
    a leading verb allowed between (``某某正带领…``, ``某某同志亲自主持编制``)."""
    after = t.text[p.end:p.end + 40]
    occasion = _OCCASION.match(after)  # 某某近日在某地考察时强调
    after = after[occasion.end():] if occasion else after
    m = _SPEECH.match(after) or _CARES.match(after)
    if m:
        return not after[m.end():m.end() + 1] == "的"
    adv = _SUBJ_ADV.match(after)
    k = adv.end() if adv else 0
    if adv is not None and adv.group().rstrip("同志 ").endswith(("带领", "带动", "组织", "领导", "主持", "牵头")):
        return True
    m = _PROMOTE.match(after, k)
    if m:
        return not after[m.end():m.end() + 1] == "的"
    return _TOUR.match(after) is not None  # 某某来到某地调研，了解开展…情况: a leader on a tour


#: a leader who cares about a field (某某总书记高度重视…，要求推动…): the subject of what follows
_CARES = re.compile(r"^\s*(?:总书记|同志|书记|主席|委员长|总理|[省市县区州旗]长)?\s*(?:一直|始终|十分|非常|高度)?\s*(?:重视|关心|关注|牵挂|关怀)")
#: a leader's tour: a verb of going, the places, then the purpose (来到某市、某县调研)
_TOUR = re.compile(r"(?:总书记|同志|主席|委员长|总理|书记)?\s*(?:来到|前往|深入|赴|到)[^，。；,;]{1,40}?"
                   r"(?:调研|考察|视察|检查|督导|察看|看望|慰问)")


def _antecedent(t: Text, c: Ent, pronoun_end: int | None = None) -> Ent | None:
    """The person a clause-initial 他/她 refers to: the one person named in the
    nearest paragraph (this one or up to two before) that names anyone before the
    pronoun (people cited after it — 学习贯彻习近平总书记… — are not its antecedent);
    none when that paragraph names several."""
    end = pronoun_end if pronoun_end is not None else c.start
    for _ in range(3):
        para = t.text.rfind("\n", 0, end) + 1
        names = [e for e in t.ents[:c.i] if e.label == "PERSON" and e.get("kind", "name") == "name"
                 and para <= e.start < end]
        if names:
            return names[-1] if len({e.text for e in names}) == 1 else None
        if para == 0:
            break
        end = para - 1
    return None


_OPENING_AT = re.compile(r"\s*(?:而|同时|此外|另外|如今|目前|近年来)?\s*[，,]?\s*在\s*$")


def _opening_subject(t: Text, k: int) -> Ent | None:
    """The body or place that opens sentence ``k`` as its subject (广东将纵深推进…), if any."""
    sent = t.sents[k] if t.sents else (0, len(t.text))
    first = next(iter(t.in_sentence(k)), None)
    if first is None or first.label not in ("ORG", "REGION") or not _clause_initial(t, first, sent):
        return None
    return first


def _carried_subject(t: Text, k: int) -> Ent | None:
    """The subject of the sentence before sentence ``k``: the body or place opening it, or opening the first of
    the clauses joined to it by semicolons (广东将推进…；坚持…；加快…。同时，实施…)."""
    for j in range(k - 1, max(-1, k - 6), -1):
        if (subject := _opening_subject(t, j)) is not None:
            return subject
        start = t.sents[j][0] if t.sents else 0
        if not t.text[max(0, start - 2):start].rstrip().endswith(("；", ";")):
            return None
    return None


def _paired_provinces(name: str) -> list[str]:
    """The provinces whose abbreviations open ``name`` (川渝通办 → 51, 50), when there are two or three."""
    m = _PAIRED_ABBR.match(name)
    if m is None or re.search(r"(?:东西部)?(?:协作|帮扶|对口支援|援建)$", name):
        return []  # (粤黔协作: one province helps the other; the text's own place is where it runs)
    codes: list[str] = []
    for ch in m.groups():
        if ch and PROVINCE_ABBR[ch] not in codes:
            codes.append(PROVINCE_ABBR[ch])
    return codes if len(codes) >= 2 else []


def _reporting_place(t: Text, c: Ent, sent: tuple[int, int]) -> str | None:
    """The place whose report on its work on ``c`` is heard (听取四川新型城镇化和推动某某建设情况汇报)."""
    if t.div is None or not _REPORT_ON.match(t.text, c.end):
        return None
    for i in range(c.i - 1, -1, -1):  # (back to the sentence's start only)
        e = t.ents[i]
        if e.start < sent[0]:
            return None
        if e.label != "REGION":
            continue
        gap = t.text[e.end:c.start]
        if len(gap) > 16 or _CLAUSE_BREAK.search(gap) or not _WORK_VERB.search(gap) \
                or not _HEARD.search(t.text, max(sent[0], e.start - 4), e.start):
            return None
        region = _entity_region(t, _innermost(t, e))
        return region[0] if region else None
    return None


def _place_opening(t: Text, c: Ent, sent: tuple[int, int]) -> str | None:
    """The smallest place of a sentence that opens with 在 + places + comma (而在浙江某县某镇，“某某工程”已启动)."""
    chain: list[Ent] = []
    k = t.sent_of[c.i]
    for e in t.in_sentence(k):  # (the sentence's entities only: linear in the article)
        if e.i >= c.i:
            break
        if e.label != "REGION" or chain and t.text[chain[-1].end:e.start].strip():
            break
        if not chain and not _OPENING_AT.fullmatch(t.text, sent[0], e.start):
            break
        chain.append(e)
    if not chain or not re.match(r"\s*[，,]", t.text[chain[-1].end:chain[-1].end + 2]):
        return None
    region = _entity_region(t, chain[-1])
    return region[0] if region else None


def _place_before(t: Text, c: Ent, sent: tuple[int, int]) -> str | None:
    """A region written before the campaign's verb in its clause (``某市首个推行…``)."""
    for e in reversed(t.ents[:c.i]):
        if e.start < sent[0]:
            break
        if e.label != "REGION":
            continue
        if _CLAUSE_BREAK.search(t.text, e.end, c.start):
            break
        if _PLACE_VERB.match(t.text[e.end:c.start]):
            region = _entity_region(t, e)
            return region[0] if region else None
    return None


_SINCE_LAUNCH = re.compile(r"\s*(?:开展|实施|启动|推进|部署)(?:以来|后)\s*[，,]\s*")


def _places_since(t: Text, c: Ent) -> list[str]:
    """The regions that open the clause after ``某学习教育开展以来，``: each carries the campaign out
    (…开展以来，江西省吉安市、青海省西宁市深入推进…)."""
    m = _SINCE_LAUNCH.match(t.text, c.end)
    if m is None or t.div is None:
        return []
    first = next((e for e in t.ents[c.i + 1:] if e.start >= m.end()), None)
    if first is None or first.label != "REGION" or first.start != m.end():
        return []
    return _region_list(t, first.i, +1)


def _places_right_before(t: Text, c: Ent) -> list[str]:
    """The regions written right before a campaign whose name opens with its verb (某市深入贯彻…学习教育):
    each chain of the list (广西南宁、内蒙古阿拉善盟) gives its smallest place."""
    if c.i == 0 or t.div is None:
        return []
    prev = t.ents[c.i - 1]
    if prev.label != "REGION" or prev.end != c.start:
        return []
    return _region_list(t, prev.i, -1)


def _region_list(t: Text, i: int, step: int) -> list[str]:
    """The codes of a list of places that ends (``step`` -1) or starts (+1) with entity ``i``: regions written
    together (a chain, 广西南宁) or joined by 、/和; each chain gives its smallest place, in text order."""
    lo = hi = i
    while True:
        k = lo - 1 if step < 0 else hi + 1
        if not 0 <= k < len(t.ents) or t.ents[k].label != "REGION":
            break
        a, b = (t.ents[k], t.ents[lo]) if step < 0 else (t.ents[hi], t.ents[k])
        gap = t.text[a.end:b.start]
        if gap and not _COORDINATOR.match(gap):
            break
        lo, hi = (k, hi) if step < 0 else (lo, k)
    codes: list[str] = []
    for k in range(lo, hi + 1):
        if k > lo and t.ents[k - 1].end == t.ents[k].start:
            continue  # inside a chain: its head gives the chain's smallest place
        region = _entity_region(t, _innermost(t, t.ents[k]))
        if region and region[0] not in codes:
            codes.append(region[0])
    return codes


def _innermost(t: Text, e: Ent) -> Ent:
    """The last region of a chain written without a break (福建南平, 江苏省宿迁市) that starts with ``e``,
    each inside the one before: the subject of the clause is the smallest place."""
    while e.label == "REGION" and e.i + 1 < len(t.ents):
        nxt = t.ents[e.i + 1]
        if nxt.label != "REGION" or nxt.start != e.end:
            break
        outer, inner = _entity_region(t, e), _entity_region(t, nxt)
        if t.div is None or outer is None or inner is None or not t.div.is_within(inner[0], outer[0]) \
                or inner[0] == outer[0]:
            break
        e = nxt
    return e


def _entity_region(t: Text, e: Ent) -> tuple[str, bool] | None:
    if e.label == "REGION":
        code = e.get("code")
        if not code and t.div is not None:
            code, _ = t.div.resolve(e.get("name") or e.text, [t.main] if t.main else [])
        return (code, False) if code else None
    ref = resolve_body(t, e)
    return (ref.region, ref.inferred) if ref.region else None

