"""The ``kg_relations`` component: relations between the entities of a Doc.

Reads ``doc.ents`` (with their ``span._.kg`` attributes, see docs/design.md)
and ``doc._.meta`` (``title``, ``date``, ``source`` set by the build stage)
and writes ``doc._.relations`` (a list of :class:`kg.types.Relation` whose
head/tail index ``doc.ents``) and the article facts in ``doc._.meta``
(``main_region``, ``main_region_name``, and ``title``/``date``/``source``
inferred from the text when the build stage did not give them).

The rules are plain functions over a :class:`Text` (the normalised text, its
sentences and its entities as :class:`Ent` records), so they can be tested
without spaCy. Every rule is sentence-scoped unless it says otherwise, and
every relation carries the offsets of its evidence sentence (normalised
offsets inside the rules; the component maps them to the original text).

Rule families: ``holds`` (this module: titles and stacked titles before a
name, appositions, appointments, ended posts — ``不再担任(第N届)…``, ``免去某某(的)…职务`` —,
bylines); ``post_body``, ``org_region`` and
``sub_org`` in :mod:`kg.pipeline.relations_bodies` (the body and region of
every title, with implicit regions inferred from the article's main region and
marked ``inferred``); campaign rules in :mod:`kg.pipeline.relations_campaigns`;
meeting, date and article rules in :mod:`kg.pipeline.relations_events`; the
article's main region in :mod:`kg.pipeline.article_context`.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..normalize import normalize
from ..types import Relation
from .article_context import (
    Divisions,
    default_divisions,
    main_region,
)

log = logging.getLogger("kg")

# --------------------------------------------------------------------------
# records the rules work on
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Ent:
    """An entity of the text: ``i`` is its index in ``doc.ents``."""

    i: int
    label: str
    start: int
    end: int
    text: str
    kg: Mapping[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        v = self.kg.get(key, default) if self.kg else default
        return default if v is None else v


_SENT_SPLIT = re.compile(r"[^。！？!?;；\n]*[。！？!?;；\n]?")
_CLOSERS = "”’」』)）》"


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (end-exclusive) of normalised text: split after
    。！？；; and newlines, keep closing quotes with their sentence, trim spaces."""
    out: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    for m in _SENT_SPLIT.finditer(text):
        if m.start() < pos:
            continue
        a, b = m.start(), m.end()
        if a == b:
            if a >= n:
                break
            continue
        while b < n and text[b] in _CLOSERS:
            b += 1
        pos = b
        s, e = a, b
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


@dataclass
class Text:
    """Normalised text + sentences + entities, and the article context."""

    text: str
    ents: list[Ent]
    sents: list[tuple[int, int]]
    meta: dict[str, Any] = field(default_factory=dict)
    div: Divisions | None = None
    main: str | None = None  # main region code
    sent_of: list[int] = field(default_factory=list)
    #: name → the most specific region of the posts the person holds in this text (set by :func:`extract`)
    person_regions: dict[str, str] = field(default_factory=dict)
    #: scans of the whole text that several titles read (the villages of an article …), made once
    memo: dict[Any, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.sent_of = [self.sent_index(e.start) for e in self.ents]

    def sent_index(self, pos: int) -> int:
        lo, hi = 0, len(self.sents) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s, e = self.sents[mid]
            if pos < s:
                hi = mid - 1
            elif pos >= e:
                lo = mid + 1
            else:
                return mid
        return max(0, min(lo, len(self.sents) - 1))

    def sent_span(self, ent: Ent) -> tuple[int, int]:
        if not self.sents:
            return (0, len(self.text))
        return self.sents[self.sent_of[ent.i]]

    def between(self, a: Ent, b: Ent) -> str:
        return self.text[a.end:b.start]

    def in_sentence(self, k: int) -> list[Ent]:
        by_sent = self.memo.get("by_sentence")
        if by_sent is None:  # the entities of every sentence, grouped once
            by_sent = self.memo["by_sentence"] = {}
            for e in self.ents:
                by_sent.setdefault(self.sent_of[e.i], []).append(e)
        return list(by_sent.get(k, ()))


#: Chinese numerals of one character (the counts of campaign names, 五大突破; years before, 十年前)
NUMERALS = {"一": 1, "二": 2, "两": 2, "双": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def cn_count(text: str) -> int | None:
    """A count written in Arabic digits or in Chinese numerals up to 99 (3, 十, 十五, 二十, 二十三), else None."""
    if text.isdigit():
        return int(text)
    if text in NUMERALS:
        return NUMERALS[text]
    tens, sep, ones = text.partition("十")
    if sep and len(text) <= 3 and (not tens or tens in NUMERALS and tens != "十") \
            and (not ones or ones in NUMERALS and ones != "十"):
        return (NUMERALS[tens] if tens else 1) * 10 + (NUMERALS[ones] if ones else 0)
    return None


def rel(type_: str, head: Ent, tail: Ent | None = None, value: str | None = None, *, inferred: bool = False,
        evidence: tuple[int, int] = (0, 0), **attrs: Any) -> Relation:
    return Relation(type=type_, head=head.i, tail=tail.i if tail is not None else -1, value=value,
                    inferred=inferred, evidence=evidence,
                    attrs=tuple(sorted((k, v) for k, v in attrs.items() if v is not None)))


# --------------------------------------------------------------------------
# holds(PERSON, POST)
# --------------------------------------------------------------------------

#: what may separate stacked titles: 、 and spaces (``县委副书记、县长``, ``书记 兼 县长``)
#: 和/及 between two titles a person was appointed to (继续担任中央委员会总书记和中央军委主席)
_AND_TITLE_GAP = re.compile(r"\s*[和及]\s*")
_STACK_GAP = re.compile(r"^[、\s]*(?:兼任|兼)?[、\s]*(?:第?[一二三四五六七八九十\d]+届)?\s*$")  # 、十四届全国政协…
#: what may separate the last title from the name: nothing or spaces (``记者 张立婷``)
_NAME_GAP = re.compile(r"^\s*(?:——|—|--)?\s*"  # (某村党总支部书记——某某: the dash of a portrait)
                       # (副县长（挂职）某某: a note on the post or the person in brackets)
                       r"(?:[（(](?:挂职|正处级|副处级|正科级|副科级|主持工作|兼|代|女|[\u4e00-\u9fff]{1,3}族)[)）])?\s*$")
#: a membership, no title of the graph (二十大代表, 全国人大代表, 省政协委员, 党代表)
_MEMBERSHIP_WORD = (r"(?:(?:党的)?[一二]?十[一二三四五六七八九]?大|全国人大|全国政协|[省市县区州旗]人大|[省市县区州旗]政协|"
                    r"人大|政协|党)(?:代表|委员)")
#: a membership between a title and its holder's name (、全国人大代表)
_MEMBER_GAP = re.compile(rf"\s*、\s*{_MEMBERSHIP_WORD}\s*")
_LIST_GAP = re.compile(r"^\s*[、]\s*$|^[ \t]+$")
#: roles several people hold at once, so a name list after them all hold it
_SHARED_ROLES = ("常委", "委员", "成员", "记者", "通讯员", "代表", "领导", "干部", "负责人", "常务主席", "执行主席")
_FORMER = re.compile(r"(?:原|前)$")
#: 金凤区原区委副书记, 原党组书记: 原 inside the title (never in 太原, 原平, 前郭)
_FORMER_INSIDE = re.compile(r"^(?:原|前)(?![平郭])|(?<=[区县市省旗州盟镇乡府])(?:原|前)(?=[区县市省旗州盟镇乡]?(?:委|政府|人大|政协|党组))")
_APPOINT_BEFORE = re.compile(r"^\s*(?:同志)?\s*(?:继续|再次|仍)?\s*(?:任|担任|兼任|出任|改任|转任|升任|调任|当选为?|被任命为|任命为"
                             r"|(?:出席(?:会议|大会)|参加(?:会议|大会))并当选为?)\s*$")  # (某某出席会议并当选会长)
#: 某某(，)现任/曾任… and 某某，<title>。: the name's own titles (a comma alone only before a clause end)
_CURRENT_GAP = re.compile(r"^\s*(?:(?P<c>[，,])\s*)?(?P<v>现任|现为|曾任|原任|历任)?\s*$")
_CLAUSE_END = re.compile(r"\s*(?:[。；;！!\n]|$)")
_COMMA_AFTER = re.compile(r"\s*[，,]")
#: what opens a sentence before a name (the start, a full stop, a line, the colon after a broadcast's lead)
_SENTENCE_OPEN = re.compile(r"(?:^|[。！？!?\n：:])\s*$")
#: verbs of _CURRENT_GAP that give a title held before
_PAST_APPOINT = ("曾任", "原任", "历任")


def _own_titles(t: Text, gap: str, last: Ent, opens_sentence: bool = False) -> str | None:
    """The verb (现任, 曾任 …) or ``""`` (a comma and a clause end after the titles: 某某，某市委书记。; or, when
    the name opens a sentence, a comma: 某某，某省委组织部原副部长，从事…) when the text between a name and its
    stack of titles makes them the name's own; else None."""
    cur = _CURRENT_GAP.match(gap)
    if cur is None:
        return None
    if cur.group("v"):
        return cur.group("v")
    return "" if cur.group("c") and (_CLAUSE_END.match(t.text, last.end) or opens_sentence
                                     and _COMMA_AFTER.match(t.text, last.end)) else None
#: words before 是 that make the title one held before (某某生前是…, 曾是…)
_PAST = "生前|曾经|曾|原来|此前"
#: a name set off by a comma before the title it held (某某，生前是…)
_NAME_COMMA_PAST = re.compile(rf"[，,]\s*(?:{_PAST})是")
_PAST_COPULA = re.compile(rf"^[，,]?\s*(?:(?:{_PAST})是|是\s*(?:当时|那时|时任))")
#: 某某是县长, 某某生前是…, 某某是当时某村的党支部书记 (a place and 的 between: the title of that place)
_COPULA_GAP = re.compile(rf"^\s*(?:[，,]\s*(?={_PAST}))?(?:就|正|现在|目前|现|{_PAST})?是\s*"
                         r"(?:(?:当时|那时|时任|现任)\s*(?:[\u4e00-\u9fff]{0,10}?[村镇乡区县市]?的)?)?\s*$")
#: the start of a clause (the text before a name that opens it)
_CLAUSE_PUNCT = frozenset("。！？!?\n，,；;：:")


def _opens_clause(text: str, pos: int) -> bool:
    """True if ``pos`` starts a clause: only spaces between it and the text's start or a clause mark (read
    backwards from ``pos``, so the cost does not grow with the text before it)."""
    i = pos
    while i > 0 and text[i - 1] in " \t\r\u3000":
        i -= 1
    if i > 2 and text[i - 2:i] in ("代表", "委员"):  # 二十大代表某某是…: a membership before the name opens it too
        m = _MEMBER_BEFORE.search(text, max(0, i - 12), i)
        if m is not None:
            i = m.start()
    return i == 0 or text[i - 1] in _CLAUSE_PUNCT


#: a membership written before a name (二十大代表某某是…)
_MEMBER_BEFORE = re.compile(_MEMBERSHIP_WORD + "$")
_APPOINT_PREFIX = re.compile(r"(?:任命|提名|推选|选举|聘请|聘任|聘|增补|补选|增选|确定[，,：:]?)\s*$")
_APPOINT_MID = re.compile(r"^\s*(?:同志|[（(]女[）)])?\s*为\s*(?:第[\d一二三四五六七八九十]+届)?\s*$")  # (任命某某（女）为…)
_CHANGED_TO = re.compile(r"[，,；;]\s*(?:并|后|随后)?\s*(?:改任|转任|调任|升任)\s*$")
_LEFT_POST = re.compile(r"(?:不再担任|不再兼任|免去|卸任|辞去|请辞)\s*(?:其)?\s*(?:第[\d一二三四五六七八九十]+届)?\s*$")
#: 免去某某(的)(第十四届)职务: the named person held the titles after the name
_REMOVED_BEFORE = re.compile(r"(?:免去|免除|撤销)\s*$")
#: (免去某某兼任的…职务: the title the person also held)
_REMOVED_GAP = re.compile(r"^\s*(?:同志)?\s*(?:(?:兼任|担任|所任|所兼)?的)?\s*(?:第[\d一二三四五六七八九十]+届)?\s*$")
#: 时任/曾任/已任 + title + 的 + name (``当时已任福建省省长的某某``)
_HELD_BEFORE = re.compile(r"(?:时任|曾任|已任|现任|历任|原任)\s*$")
_HELD_OF = re.compile(r"^\s*的\s*$")
#: membership titles a notice writes before the person's posts, separated by a comma
#: (``第二十届中央候补委员，某省委原常委、某市委原书记某某``)
_MEMBERSHIP = re.compile(r"(?:委员|代表)$")
_COMMA_GAP = re.compile(r"^\s*[，,]\s*$")
#: 他/她 + (被…)推选/选举/任命为 or 担任/当选 right before a title, at the start of a clause
_PRONOUN_APPOINT = re.compile(r"^\s*[他她](?:先后|曾经?|又|也|就|便)?(?:被[^，。]{0,8}?(?:推选|推举|选举|选|任命|提拔|提名)为|"
                              r"(?:担任|出任|兼任|当选为?|任))\s*$")
#: what may stand between a clause's subject and the title it took up: a few words without a break, then 担任
#: (回村当村委会主任: 当 after a verb of coming back or going, 回村当/回乡当/到村里当, takes up the title too)
_SUBJECT_APPOINT = re.compile(r"[^，。；;,\n]{0,24}?(?:担任|出任|兼任|(?:回村|回乡|返乡|回到村里|到村里|来到村里)当)\s*$")
#: 担任<title>35年来， / 以来， / 期间，
_SINCE = re.compile(r"[^，。；\n]{0,8}?(?:年来|以来|期间|之后|后)\s*[，,]\s*")


def post_stacks(t: Text) -> list[list[Ent]]:
    """Runs of POST entities in one sentence separated only by 、/spaces."""
    stacks: list[list[Ent]] = []
    cur: list[Ent] = []
    for e in t.ents:
        if e.label != "POST":
            if cur:
                stacks.append(cur)
                cur = []
            continue
        if cur and t.sent_of[cur[-1].i] == t.sent_of[e.i] and (
                _STACK_GAP.match(gap := t.between(cur[-1], e)) or _unit_gap(gap, e)):
            cur.append(e)
        else:
            if cur:
                stacks.append(cur)
            cur = [e]
    if cur:
        stacks.append(cur)
    return stacks


def _unit_gap(gap: str, e: Ent) -> bool:
    """The gap before a unit's or company's head written with the title only is that unit's name (全国政协委员、
    某某工程|总设计师某某, 某县政协委员、某某公司|总经理某某): the title still stacks."""
    body = e.get("body")
    if e.get("body_type") not in ("unit", "company") or not body or not gap.endswith(body):
        return False
    return bool(_STACK_GAP.match(gap[:-len(body)])) and "、" in gap[:-len(body)]


def _next_ent(t: Text, e: Ent) -> Ent | None:
    return t.ents[e.i + 1] if e.i + 1 < len(t.ents) else None


def _prev_ent(t: Text, e: Ent) -> Ent | None:
    return t.ents[e.i - 1] if e.i > 0 else None


def _is_name(e: Ent | None) -> bool:
    return e is not None and e.label == "PERSON" and e.get("kind", "name") in ("name", "byline")


def _is_former_stack(stack: list[Ent]) -> bool:
    """A stack of titles written as former ones (某部原党组成员)."""
    return all("原" in p.text or _MEMBERSHIP.search(p.get("role", p.text)) for p in stack)


def _opens_sentence(t: Text, pos: int, k: int) -> bool:
    """True if only spaces stand between the start of sentence ``k`` and ``pos`` (read backwards)."""
    start = t.sents[k][0] if t.sents else 0
    i = pos
    while i > start and t.text[i - 1] in " \t\r\n\u3000":
        i -= 1
    return i == start


def _clause_opener(t: Text, first: Ent, sent_start: int) -> Ent | None:
    """The first name of the sentence before ``first`` that stands after the last comma before it, or that is
    set off by a comma before 生前是/曾是 (某某，生前是…). The sentence's names are listed once (memo), and
    each look-up is a bisection, so a sentence with many titles is read in linear time."""
    k = t.sent_of[first.i]
    table = t.memo.setdefault("names_by_sentence", {})
    if k not in table:
        names = [e for e in t.in_sentence(k) if _is_name(e) and e.start >= sent_start]
        table[k] = ([e.start for e in names], names,
                    [e for e in names if _NAME_COMMA_PAST.match(t.text, e.end)])
    starts, names, past = table[k]
    comma = max(t.text.rfind(ch, sent_start, first.start) for ch in "，,")
    j = bisect.bisect_right(starts, comma)
    after = names[j] if j < len(names) and names[j].i < first.i else None
    before = past[0] if past and past[0].i < first.i else None
    if after is None or before is not None and before.i < after.i:
        return before
    return after


def _without_regions(t: Text, a: Ent, b: Ent) -> str:
    """The text between two entities without the regions written there."""
    out, pos = [], a.end
    for e in t.ents[a.i + 1:b.i]:
        if e.label != "REGION":
            return t.text[a.end:b.start]  # another entity between: keep it, the gap will not match
        out.append(t.text[pos:e.start])
        pos = e.end
    out.append(t.text[pos:b.start])
    return "".join(out)


def _continued_appointment(t: Text, lead: Ent, sent_start: int) -> bool:
    """``增补甲为某职，乙为某职`` (or ``、乙为某职``): a clause that is only a name before 为, after a clause of the
    same sentence that an appointment verb opens."""
    cut = max(t.text.rfind(ch, sent_start, lead.start) for ch in "，,；;、")  # 任命甲为某职、乙为某职
    if cut < 0 or t.text[cut + 1:lead.start].strip():
        return False
    return re.search(r"(?:任命|增补|补选|增选|聘任|提名)[^。；;]*?为", t.text[sent_start:cut]) is not None


def holds_relations(t: Text) -> list[Relation]:
    """Titles written before a name (stacked or not), ``姓名（职务）``, and
    ``姓名任职务``. A name list after a title all hold it only when the title
    is one several people hold (``常委``, ``记者``, deputy posts)."""
    out: list[Relation] = []
    seen: set[tuple[int, int]] = set()

    former_stack: set[int] = set()

    def add(person: Ent, post: Ent, via: str) -> None:
        if (person.i, post.i) in seen:
            return
        seen.add((person.i, post.i))
        out.append(rel("holds", person, post, evidence=t.sent_span(post), via=via,
                       former=True if post.i in former_stack else None))

    for stack in post_stacks(t):
        # 原区委副书记、区长: 原 before a stack marks every title of it
        if _FORMER.search(t.text[max(0, stack[0].start - 1):stack[0].start]) or \
                _FORMER_INSIDE.search(stack[0].text):
            former_stack.update(p.i for p in stack)

    stacks = post_stacks(t)
    for k, stack in enumerate(stacks):
        last = stack[-1]
        nxt = _next_ent(t, last)
        # 第二十届中央候补委员，某省委原常委、某市委原书记某某: a membership title before the
        # person's posts belongs to the same person
        if nxt is not None and nxt.label == "POST" and k + 1 < len(stacks) and stacks[k + 1][0].i == nxt.i \
                and t.sent_of[nxt.i] == t.sent_of[last.i] and _COMMA_GAP.match(t.between(last, nxt)) \
                and all(_MEMBERSHIP.search(p.get("role", p.text)) for p in stack):
            # (第二十届中央候补委员，某部原党组成员，某局原党组书记、局长某某: former titles between, each
            # set off by a comma, belong to the same person)
            j, between = k + 1, []
            while j + 1 < len(stacks) and _is_former_stack(stacks[j]) \
                    and (n2 := _next_ent(t, stacks[j][-1])) is not None and n2.i == stacks[j + 1][0].i \
                    and t.sent_of[n2.i] == t.sent_of[last.i] and _COMMA_GAP.match(t.between(stacks[j][-1], n2)):
                between.extend(stacks[j])
                j += 1
            after = stacks[j][-1]
            person = _next_ent(t, after)
            if _is_name(person) and t.sent_of[person.i] == t.sent_of[after.i] \
                    and _NAME_GAP.match(t.between(after, person)):  # type: ignore[arg-type]
                for post in stack + between:
                    add(person, post, "title")  # type: ignore[arg-type]
                continue
        # 时任福建省省长的某某
        if _is_name(nxt) and t.sent_of[nxt.i] == t.sent_of[last.i] and _HELD_OF.match(t.between(last, nxt)) \
                and _HELD_BEFORE.search(t.text[max(0, stack[0].start - 4):stack[0].start]):
            assert nxt is not None
            for post in stack:
                add(nxt, post, "title")
            continue
        # 职务 + 姓名 (``区长邓萌``, ``——访市委常委、政法委书记、邗江区委书记 张耀武``)
        if _is_name(nxt) and t.sent_of[nxt.i] == t.sent_of[last.i] and (
                _NAME_GAP.match(t.between(last, nxt)) or _MEMBER_GAP.fullmatch(t.between(last, nxt))):
            # (社区党委书记、全国人大代表某某: a membership, no title of the graph, may stand between)
            assert nxt is not None
            persons = [nxt]
            # (国务院副总理甲、乙: a deputy's title, with or without its body, several hold at once)
            shared = all("副" in p.get("role", p.text) or any(r in p.get("role", p.text) for r in _SHARED_ROLES)
                         for p in stack)
            while shared:
                n2 = _next_ent(t, persons[-1])
                if _is_name(n2) and _LIST_GAP.match(t.between(persons[-1], n2)):  # type: ignore[arg-type]
                    persons.append(n2)  # type: ignore[arg-type]
                else:
                    break
            for person in persons:
                for post in stack:
                    add(person, post, "title")
            continue
        prev = _prev_ent(t, stack[0])
        if _is_name(prev) and prev is not None and t.sent_of[prev.i] == t.sent_of[stack[0].i]:
            gap = t.between(prev, stack[0])
            after = t.text[last.end:last.end + 2]
            # 姓名（职务） apposition
            if re.fullmatch(r"\s*[(（]\s*", gap) and re.match(r"\s*[)）]", after):
                for post in stack:
                    add(prev, post, "apposition")
                continue
            # 免去姓名(的)职务: a title the person held until now
            removed = [prev]  # 免去甲、乙的…职务: every name of the list
            while (q := _prev_ent(t, removed[0])) is not None and _is_name(q) \
                    and _LIST_GAP.match(t.between(q, removed[0])):
                removed.insert(0, q)
            if _REMOVED_GAP.match(gap) and _REMOVED_BEFORE.search(t.text[max(0, removed[0].start - 4):removed[0].start]) \
                    and re.match(r"\s*(?:职务|委员资格|资格)", t.text[last.end:last.end + 6]):
                for person in removed:
                    for post in stack:
                        if (person.i, post.i) not in seen:
                            seen.add((person.i, post.i))
                            out.append(rel("holds", person, post, evidence=t.sent_span(post), via="removed",
                                           former=True))
                continue
            # 习近平总书记: a name directly before a national title
            if gap == "" and len(stack) == 1 and stack[0].get("level_hint") == "国":
                add(prev, stack[0], "name_title")
                continue
            # 姓名(，)现任/曾任职务 and 姓名，职务。 (a profile's apposition) when the name opens its clause
            own = _own_titles(t, gap, last, _SENTENCE_OPEN.search(t.text, max(0, prev.start - 3), prev.start) is not None)
            if own is not None and _opens_clause(t.text, prev.start):
                if own in _PAST_APPOINT:
                    former_stack.update(p.i for p in stack)  # held before
                for post in stack:
                    add(prev, post, "appointment" if own else "apposition")
                continue
            # 姓名任/担任/当选职务; 姓名是职务 when the name opens its clause
            if _APPOINT_BEFORE.match(gap) or (_COPULA_GAP.match(gap) and _opens_clause(t.text, prev.start)
                                              and not t.text.startswith("的", last.end)):  # 是县长的儿子
                if _PAST_COPULA.match(gap):  # 某某生前是/曾是…: a title held before
                    former_stack.update(p.i for p in stack)
                for post in stack:
                    add(prev, post, "appointment")
                if _APPOINT_BEFORE.match(gap) and (also := _next_ent(t, last)) is not None and also.label == "POST" \
                        and _AND_TITLE_GAP.fullmatch(t.between(last, also)):
                    add(prev, also, "appointment")  # 某某继续担任甲和乙: both titles
                continue
            # 任命姓名为职务 (聘请中国工程院院士谢明勇为发展顾问: the person's own titles may come between)
            lead = prev
            while (q := _prev_ent(t, lead)) is not None and q.label == "POST" and _STACK_GAP.match(t.between(q, lead)):
                lead = q
            named = [prev]  # 增补甲、乙、丙同志为…: every name of the list
            while (q := _prev_ent(t, named[0])) is not None and _is_name(q) and _LIST_GAP.match(t.between(q, named[0])):
                named.insert(0, q)
            if len(named) > 1 and lead is prev:
                lead = named[0]
            else:
                named = [prev]
            if _APPOINT_MID.match(gap) and (_APPOINT_PREFIX.search(t.text[max(0, lead.start - 6):lead.start])
                                            or _continued_appointment(t, named[0], t.sent_span(stack[0])[0])):
                for person in named:
                    for post in stack:
                        add(person, post, "appointment")
                continue
        # 某某任…，不再担任职务: the clause's subject held it before
        sent_start = t.sent_span(stack[0])[0]
        if _LEFT_POST.search(t.text[sent_start:stack[0].start]):
            names = [e for e in t.ents[:stack[0].i] if _is_name(e) and e.start >= sent_start]
            # 甲、乙同志不再担任…: every name of the list before the verb
            subjects = names[-1:]
            while len(subjects) < len(names) and _LIST_GAP.match(t.between(names[-len(subjects) - 1], subjects[0])):
                subjects.insert(0, names[-len(subjects) - 1])
            for person in subjects:
                for post in stack:
                    if (person.i, post.i) not in seen:
                        seen.add((person.i, post.i))
                        out.append(rel("holds", person, post, evidence=t.sent_span(post), via="left", former=True))
            continue
        # 某某不再担任甲，改任乙: the clause's subject holds the new title
        if _CHANGED_TO.search(t.text, max(sent_start, stack[0].start - 6), stack[0].start):
            names = [e for e in t.ents[:stack[0].i] if _is_name(e) and e.start >= sent_start]
            if names:
                for post in stack:
                    add(names[-1], post, "appointment")
                continue
        # 他被村民们推选为村党支部书记: a pronoun subject is the person named last before
        clause = t.text[max(sent_start, t.text.rfind("，", sent_start, stack[0].start) + 1):stack[0].start]
        if _PRONOUN_APPOINT.search(clause):
            names = [e for e in t.ents[:stack[0].i] if _is_name(e) and t.sent_of[e.i] >= t.sent_of[stack[0].i] - 2]
            if names and len({e.text for e in names}) == 1:  # one person in view, else 他/她 is ambiguous
                for post in stack:
                    add(names[-1], post, "pronoun")
                continue
        # (援藏干部)某某三年前来到某县担任县委副书记: the first name of the clause, a few words, then 担任
        opener = _clause_opener(t, stack[0], sent_start)  # (also 某某，生前是…)
        # 某某，现任/曾任河南省某市…; 某某，河南省某市…。: the last name, only regions between
        named = next((t.ents[j] for j in range(stack[0].i - 1, -1, -1) if t.ents[j].label != "REGION"), None)
        if named is not None and _is_name(named) and named.start >= sent_start \
                and _opens_clause(t.text, named.start) \
                and (own := _own_titles(t, _without_regions(t, named, stack[0]), last)) is not None:
            if own in _PAST_APPOINT:
                former_stack.update(p.i for p in stack)
            for post in stack:
                add(named, post, "appointment" if own else "apposition")
            continue
        if opener is not None and _opens_clause(t.text, opener.start) \
                and _COPULA_GAP.match(_without_regions(t, opener, stack[0])) \
                and not t.text.startswith("的", stack[-1].end):
            if _PAST_COPULA.match(_without_regions(t, opener, stack[0])):  # 某某(，)生前是…
                former_stack.update(p.i for p in stack)
            for post in stack:  # 某某是四川某县某村党支部书记: the places before the title are part of it
                add(opener, post, "copula")
            continue
        if opener is not None and _SUBJECT_APPOINT.match(t.text, opener.end, stack[0].start) \
                and not t.text.startswith("的", last.end) \
                and not any(_is_name(e) for e in t.ents[opener.i + 1:stack[0].i]):
            for post in stack:
                add(opener, post, "appointment")
            continue
        # 担任村党支部书记35年来，某某……: the subject of the next clause held it
        if _APPOINT_BEFORE.match(t.text[max(sent_start, stack[0].start - 3):stack[0].start].lstrip("，")) \
                and (m := _SINCE.match(t.text, last.end)) is not None and _is_name(nxt) and nxt is not None \
                and nxt.start == m.end() and t.sent_of[nxt.i] == t.sent_of[last.i]:
            for post in stack:
                add(nxt, post, "since")
    out += _decided_memberships(t, out)
    out += _shared_role(t)
    out += _leading_title(t, out)
    out += _profile_titles(t, out)
    out += _career_titles(t, out)
    return out


#: a profile's subject (某某同志是…，…) and the term before a title in its list (中国共产党第十三届, 第八届)
_PROFILE_SUBJECT = re.compile(r"\s*(?:同志)?\s*是")
_TERM_BEFORE = re.compile(r"(?:中国共产党|中共)?(?:第[一二三四五六七八九十\d]+届)?")


def _profile_titles(t: Text, found: list[Relation]) -> list[Relation]:
    """某某同志是…的杰出领导人，中国共产党第十四届中央书记处书记，中央政法委原书记，…。: a name opening its sentence
    before 是, and each item of the comma list after it that is one title (a term before it allowed), are held."""
    out: list[Relation] = []
    held = {(r.head, r.tail) for r in found if r.type == "holds"}
    ents = t.ents
    for person in ents:
        if not _is_name(person) or not (m := _PROFILE_SUBJECT.match(t.text, person.end)):
            continue
        k = t.sent_of[person.i]
        if not _opens_sentence(t, person.start, k):
            continue  # (only a name that opens its sentence)
        for post in ents[person.i + 1:]:
            if t.sent_of[post.i] != k:
                break
            if post.label != "POST":
                continue
            comma = max(t.text.rfind("，", m.end(), post.start), t.text.rfind(",", m.end(), post.start))
            after = t.text[post.end:post.end + 1]
            if comma < 0 or not _TERM_BEFORE.fullmatch(t.text, comma + 1, post.start) \
                    or after not in ("，", ",", "。", ";", "；", ""):
                continue  # (the title must be a whole item of the list, after a comma)
            if (person.i, post.i) not in held:
                out.append(rel("holds", person, post, evidence=t.sent_span(post), via="profile"))
    return out


_NUM = r"[\d〇零一二三四五六七八九十]"
#: a career's step before a title: a time (1985年3月, 同年11月, 2002年起), a word of sequence and a verb of taking a
#: post (先后任, 历任, 调任, 当选为, 是), and a term before the title (中国共产党第十五届、十六届、十七届)
_CAREER_STEP = re.compile(
    rf"\s*(?:(?:{_NUM}{{4}}年|同年|次年|当年)?(?:{_NUM}{{1,2}}月)?(?:{_NUM}{{1,2}}日)?(?:起|后|至今)?[，,]?\s*)?"
    r"(?:先后|历|曾|又|后|随后|其后|此后|再)?(?:任|担任|兼任|出任|调任|升任|转任|改任|当选为|当选|被任命为|是)"
    r"(?:中国共产党|中共)?(?:第[一二三四五六七八九十\d]+届(?:、(?:第)?[一二三四五六七八九十\d]+届)*)?\s*")
_CAREER_NEXT = re.compile(r"\s*[、，,]\s*")
_CAREER_LATER = re.compile(r"\s*[，,；;]" + _CAREER_STEP.pattern)


def _career_titles(t: Text, found: list[Relation]) -> list[Relation]:
    """某某同志1959年入伍。先后任某军军长，某军区副司令员、司令员。2002年任某部部长。是第十五届中央委员。: a
    biography's sentences that name no one and open with a step of a career hold their titles for the person who
    opens an earlier sentence of the same paragraph (no one else named in between)."""
    out: list[Relation] = []
    if not t.sents:
        return out
    held = {r.tail for r in found if r.type == "holds"}
    for k, (s0, _s1) in enumerate(t.sents):
        posts = [e for e in t.in_sentence(k) if e.label == "POST"]
        if not posts or posts[0].i in held or not _CAREER_STEP.fullmatch(t.text, s0, posts[0].start):
            continue
        if any(e.label == "PERSON" for e in t.in_sentence(k)):
            continue
        person = _career_subject(t, k)
        if person is None:
            continue
        prev_end = None
        for post in posts:
            if prev_end is not None and not (_CAREER_NEXT.fullmatch(t.text, prev_end, post.start)
                                             or _CAREER_LATER.fullmatch(t.text, prev_end, post.start)):
                break  # (only the titles of the career's list: not one named in a clause of another kind)
            prev_end = post.end
            if post.i not in held:
                out.append(rel("holds", person, post, evidence=t.sents[k], inferred=True, via="career"))
    return out


def _career_subject(t: Text, k: int) -> Ent | None:
    """The person a career sentence is about: the name opening an earlier sentence of its paragraph, every sentence
    in between naming no one."""
    s0 = t.sents[k][0]
    for j in range(k - 1, max(-1, k - 6), -1):
        if "\n" in t.text[t.sents[j][1]:s0]:
            return None  # (the paragraph starts after it)
        persons = [e for e in t.in_sentence(j) if e.label == "PERSON"]
        if not persons:
            continue
        first = persons[0]
        if _is_name(first) and _opens_sentence(t, first.start, j) and all(p.text == first.text for p in persons):
            return first
        return None
    return None


#: the verb or preposition of a notice right before the titles of the person it is about (中央纪委对某某…, 给予…)
_NOTICE_BEFORE = re.compile(r"(?:对|给予|免去|撤销|任命|同意)$")


def _leading_title(t: Text, found: list[Relation]) -> list[Relation]:
    """中央宣讲团成员，某院院长、党组书记某某…: a title that opens its sentence, set off by a comma before the
    person's other titles and name, is held by that person too; so is a title no one else holds right after a
    notice's verb (中央纪委对某区党委常委，某区政府党组副书记、副主席某某…)."""
    out: list[Relation] = []
    holder: dict[int, int] = {}  # POST index → the person holding it
    for r in found:
        if r.type == "holds":
            holder.setdefault(r.tail, r.head)
    held = {(r.head, r.tail) for r in found if r.type == "holds"}
    ents = t.ents
    for post in ents:
        if post.label != "POST" or post.i + 1 >= len(ents) or t.text[post.end:post.end + 1] not in ("，", ","):
            continue
        nxt = ents[post.i + 1]
        if nxt.label != "POST" or nxt.start != post.end + 1 or nxt.i not in holder:
            continue
        k = t.sent_of[post.i]
        if t.sent_of[nxt.i] != k or not (_opens_sentence(t, post.start, k) or (
                post.i not in holder and _NOTICE_BEFORE.search(t.text, max(0, post.start - 3), post.start))):
            continue  # (only a title that opens its sentence, or a holderless one after a notice's verb)
        person = holder[nxt.i]
        if (person, post.i) not in held:
            out.append(rel("holds", ents[person], post, evidence=t.sent_span(post), via="leading_title"))
    return out


_SHARED_GAP = re.compile(r"\s*[，,、]?\s*")


def _shared_role(t: Text) -> list[Relation]:
    """担任某代表团副团长的甲职务某某，乙职务某某…等: the role written first is held by each person of the list
    that follows it, as long as nothing but titles and commas stands between them (陪同出席活动的… ends it)."""
    out: list[Relation] = []
    if "担任" not in t.text:
        return out
    ents = t.ents
    for post in ents:
        if post.label != "POST" or not t.text.endswith("担任", 0, post.start) \
                or not t.text.startswith("的", post.end):
            continue
        k = t.sent_of[post.i]
        pos = post.end + 1
        for e in ents[post.i + 1:]:
            if t.sent_of[e.i] != k:
                break
            if not _SHARED_GAP.fullmatch(t.text, pos, e.start):
                break  # (a new description, 陪同出席活动的…, or the verb: the list has ended)
            pos = e.end
            if _is_name(e):
                out.append(rel("holds", e, post, evidence=t.sent_span(post), via="shared_role"))
            elif e.label != "POST":
                break
    return out


def _decided_memberships(t: Text, found: list[Relation]) -> list[Relation]:
    """免去某某…职务，撤销其委员资格: the membership (a POST marked ``decision``) was the removed person's too."""
    out: list[Relation] = []
    posts = [e for e in t.ents if e.label == "POST" and e.get("decision")]
    if not posts:
        return out
    held = {r.tail for r in found if r.type == "holds"}
    removed: dict[int, list[tuple[int, int]]] = {}  # sentence → (end of the removed title, person), in text order
    for r in found:
        if r.type == "holds" and dict(r.attrs).get("via") == "removed":
            removed.setdefault(t.sent_of[r.tail], []).append((t.ents[r.tail].end, r.head))
    for v in removed.values():
        v.sort()
    for post in posts:
        if post.i in held:
            continue
        before = removed.get(t.sent_of[post.i], [])
        k = bisect.bisect_right(before, (post.start, len(t.ents))) - 1
        if k >= 0:
            person = t.ents[before[k][1]]
            out.append(rel("holds", person, post, evidence=t.sent_span(post), via="removed", former=True))
    return out


# --------------------------------------------------------------------------
# article context → main region
# --------------------------------------------------------------------------

_SOURCE_IN_TEXT = re.compile(r"(?:来源|稿源|出处)\s*[:：]\s*([^\s|·,，。]{2,20})")
_DATE_IN_TEXT = re.compile(r"((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})")


def infer_meta(text: str, meta: Mapping[str, Any]) -> dict[str, Any]:
    """Title/source/date from the text head when the build stage gave none."""
    out: dict[str, Any] = {}
    head_lines = [ln.strip() for ln in text[:600].split("\n") if ln.strip()]
    if not meta.get("title") and len(head_lines) > 1:  # a headline above the body
        first = head_lines[0]
        if len(first) <= 60 and not re.search(r"[。；;，,]$", first) and not _DATE_IN_TEXT.search(first):
            out["title"] = first
    if not meta.get("source"):
        m = _SOURCE_IN_TEXT.search(text[:600])
        if m:
            out["source"] = m.group(1)
    if not meta.get("date"):
        for ln in head_lines[:6]:
            m = _DATE_IN_TEXT.search(ln)
            if m:
                y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
                if 1 <= mo <= 12 and 1 <= d <= 31:
                    out["date"] = f"{y:04d}-{mo:02d}-{d:02d}"
                    break
    return out


def body_region_votes(t: Text) -> list[str]:
    """Region codes the body names: REGION entities and written regions of titles/bodies."""
    codes: list[str] = []
    div = t.div
    if div is None:
        return codes
    for e in t.ents:
        if e.label == "REGION":
            code = e.get("code")
            if not code:
                cands = e.get("candidates") or []
                code, _ = div.resolve(e.get("name") or e.text, ())
                if code is None and len(cands) == 1:
                    code = cands[0]
            if code and div.get(code) is not None:
                codes.append(code)
        elif e.label in ("POST", "ORG") and e.get("region"):
            code, _ = div.resolve(e.get("region"), ())
            if code:
                codes.append(code)
    return codes


def article_context(t: Text) -> dict[str, Any]:
    """Fill ``t.main`` and return the meta facts (main region, inferred title …)."""
    meta = dict(t.meta)
    meta.update(infer_meta(t.text, meta))
    t.meta = meta
    out: dict[str, Any] = {k: meta[k] for k in ("title", "date", "source") if meta.get(k)}
    # the rules read title and source in the normalised script (宿遷網 → 宿迁网)
    title = normalize(str(meta["title"])).text if meta.get("title") else None
    source = normalize(str(meta["source"])).text if meta.get("source") else None
    t.meta["title"], t.meta["source"] = title, source
    if t.div is None:
        return out
    if meta.get("main_region") and t.div.get(meta["main_region"]) is not None:
        t.main = meta["main_region"]
    else:
        t.main = main_region(t.div, title, source, body_region_votes(t), t.text)
    if t.main:
        out["main_region"] = t.main
        out["main_region_name"] = t.div.name(t.main)
    return out


# --------------------------------------------------------------------------
# all rules
# --------------------------------------------------------------------------


def extract(text: str, ents: Sequence[Ent], meta: Mapping[str, Any] | None = None,
            div: Divisions | None = None, sents: Sequence[tuple[int, int]] | None = None,
            ) -> tuple[list[Relation], dict[str, Any], dict[int, dict[str, Any]]]:
    """Run every rule. Returns the relations (evidence in normalised offsets),
    the doc meta facts, and per-entity attribute updates (e.g. DATE ``iso``)."""
    from .relations_bodies import body_relations
    from .relations_campaigns import campaign_relations
    from .relations_events import article_relations, meeting_relations, resolve_dates

    t = Text(text=text, ents=list(ents), sents=list(sents) if sents is not None else split_sentences(text),
             meta=dict(meta or {}), div=div)
    meta_out = article_context(t)
    updates = resolve_dates(t)
    rels: list[Relation] = []
    rels += holds_relations(t)
    rels += body_relations(t)
    t.person_regions = person_regions(t, rels)
    rels += campaign_relations(t)
    rels += meeting_relations(t, updates)
    rels += article_relations(t)
    return dedupe(rels), meta_out, updates


def person_regions(t: Text, rels: Sequence[Relation]) -> dict[str, str]:
    """Name → the most specific region among the current posts the person holds."""
    region_of_post = {r.head: dict(r.attrs).get("region_code") for r in rels if r.type == "post_body"}
    out: dict[str, str] = {}
    for r in rels:
        if r.type != "holds" or dict(r.attrs).get("former"):
            continue
        code = region_of_post.get(r.tail)
        name = t.ents[r.head].text
        if code and (name not in out or len(code) > len(out[name])):
            out[name] = code
    return out


def dedupe(rels: Iterable[Relation]) -> list[Relation]:
    seen: set[tuple[Any, ...]] = set()
    out: list[Relation] = []
    for r in rels:
        k = (r.type, r.head, r.tail, r.value)
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


# --------------------------------------------------------------------------
# the spaCy component
# --------------------------------------------------------------------------

from spacy.language import Language  # noqa: E402

from . import extensions  # noqa: E402,F401  (declares doc._.relations, doc._.meta, span._.kg)


def doc_sentences(doc: Any) -> list[tuple[int, int]]:
    """Sentence spans (normalised character offsets) of a Doc, by
    :func:`split_sentences` (so that evidence sentences do not depend on the
    segmenter or on how a sentencizer treats quotes and newlines)."""
    return split_sentences(extensions.doc_text(doc))


def doc_ents(doc: Any) -> list[Ent]:
    out = []
    for i, sp in enumerate(doc.ents):
        kg = getattr(sp._, "kg", None) if sp.has_extension("kg") else None
        out.append(Ent(i, sp.label_, sp.start_char, sp.end_char, sp.text, dict(kg or {})))
    return out


class RelationExtractor:
    """Stateless pipeline component: see the module docstring."""

    def __init__(self, nlp: Any, name: str = "kg_relations", divisions: Divisions | None = None) -> None:
        self.name = name
        self._div = divisions

    @property
    def divisions(self) -> Divisions | None:
        if self._div is None:
            try:
                self._div = default_divisions()
            except (ImportError, AttributeError, OSError) as exc:  # gazetteer missing: relations without regions
                log.warning("kg_relations: no division gazetteer (%s); regions stay unresolved", exc)
                return None
        return self._div

    def __call__(self, doc: Any) -> Any:
        meta = dict(doc._.meta or {}) if doc.has_extension("meta") else {}
        rels, meta_out, updates = extract(extensions.doc_text(doc), doc_ents(doc), meta, self.divisions, doc_sentences(doc))
        norm = doc._.norm if doc.has_extension("norm") else None
        mapped = []
        for r in rels:
            s, e = r.evidence
            if norm is not None and e <= len(norm.text):
                s, e = norm.to_orig(s, e)
            mapped.append(Relation(r.type, r.head, r.tail, r.value, r.inferred, (s, e), r.attrs))
        if doc.has_extension("relations"):
            doc._.relations = mapped
        if doc.has_extension("meta"):
            merged = dict(doc._.meta or {})
            merged.update(meta_out)
            doc._.meta = merged
        ents = doc.ents
        for i, upd in updates.items():
            sp = ents[i]
            if sp.has_extension("kg"):
                kg = dict(sp._.kg or {})
                kg.update(upd)
                sp._.kg = kg
        return doc

    def to_disk(self, path: Any, exclude: Iterable[str] = ()) -> None:  # stateless
        return None

    def from_disk(self, path: Any, exclude: Iterable[str] = ()) -> RelationExtractor:
        return self



@Language.factory(
    "kg_relations",
    assigns=["doc._.relations", "doc._.meta"],
    requires=["doc.ents"],
    default_config={},
)
def make_relations(nlp: Any, name: str) -> RelationExtractor:
    return RelationExtractor(nlp, name)
