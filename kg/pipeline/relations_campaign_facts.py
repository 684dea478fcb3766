"""Campaign facts stated by the text (part of ``kg_relations``): ``period``
(``从2017至2019年``), ``definition`` (``“221”目标，即…``; numeric names decoded by the
text: ``13710`` ← 1天内…3天内…7天内…1个月内…), ``alias`` (``以下简称“双实活动”``;
numeral/initial abbreviations the text implies, ``双实`` ← ``实施…，实现…``, inferred)
and ``has_part`` (``五大突破`` ← ``工业经济突破``, ``乡村振兴突破`` …). Also the small
helpers the campaign rules share.
"""

from __future__ import annotations

import bisect
import re

from ..types import Relation
from .relations import NUMERALS, Ent, Text, rel
from .relations_events import _YEAR_RANGE

#: verbs by which a body starts a campaign
_LAUNCH = re.compile(r"开展|启动|实施|部署|印发|提出|发起|推行|实行|作出|出台|决定|打响|开启|展开|定为")
_ALIAS_MARK = re.compile(r"^\s*[(（]?\s*(?:以下简称|以下称|下称|简称|简言之|又称|俗称)\s*[:：]?\s*")
_DEF_MARK = re.compile(r"^\s*[,，]?\s*(?:即|也就是|是指|指的是|具体是指|具体是|具体为|就是(?!要|为了|在|把|让|对|从|以))"
                       r"\s*[:：,，]?\s*|^\s*[:：]\s*")
_COUNTED = re.compile(r"^([一二两双三四五六七八九十]|\d{1,2})(?:大|个|项|条|张|场|化|种)?([\u4e00-\u9fff]{1,4})$")
_PART_STOP = re.compile(r"更大|重大|新的|各项|全面|进一步")
_PART_LEAD = re.compile(
    r".*(?:推进|加快|实现|推动|抓好|打好|深化|聚焦|实施|强化|做好|坚持|突出|全力|大力|力争|纵深|着力|确保|围绕|"
    r"狠抓|夯实|打造|[,，、；;:：。])"
)
_SUFFIXES = ("活动", "行动", "工程", "制度", "战略", "目标", "思路", "机制", "体系", "计划", "工作法", "工作制", "行动计划")


_CLAUSE_BREAK = re.compile(r"[,，;；:：。！？!?]")
_LEAD_IN = re.compile(r"^\s*(?:中共|中国共产党|在[^,，]{0,12}上|近日|日前|今年以来|目前|同时|此外|其中"
                      # a relative clause naming who lives or works there (某某所在的东城区持续推进…): the place heads
                      # the subject
                      r"|[^,，。；;、]{1,12}所在的"
                      # the party centre with its core (以某某同志为核心的党中央实施…): the centre is the subject
                      r"|以[^,，。；;、]{2,8}同志为核心的)?\s*$")
#: bodies listed before it that are no ORG of the sets (共青团中央、全国少工委、某部组织开展…): a lead-in only where no
#: entity stands in it (沭阳县委、县政府: the first body is the subject)
_BODY_LIST_LEAD = re.compile(r"^\s*(?:[\u4e00-\u9fff]{1,10}?(?:中央|委|部|会|局|办|厅|院|署|团|联)、){1,4}\s*$")


def _clause_initial(t: Text, e: Ent, sent: tuple[int, int]) -> bool:
    """Is the entity the subject of its clause (``8月29日，中共濉溪县委印发…``,
    ``在产业发展上，邗江持续实施…``), not a word inside a phrase (``两大新兴``)?"""
    # (a lead-in is a few words: only the last 64 characters before the entity are read, so a long sentence
    # with many entities is not read again for each of them)
    lo = max(sent[0], e.start - 64)
    left = t.text[lo:e.start]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(left)), default=-1)
    if cut < 0 and lo > sent[0]:
        return False  # no clause break in reach: the entity is deep inside its clause
    lead = left[max(cut, 0):]
    if _LEAD_IN.match(lead):
        return True
    lead_start = e.start - len(lead)
    return _BODY_LIST_LEAD.match(lead) is not None and not any(
        x.end > lead_start and x.start < e.start for x in t.ents[max(0, e.i - 5):e.i])


def _cname(e: Ent) -> str:
    return str(e.get("name") or e.text.strip("“”\"‘’「」『』"))


def _campaigns(t: Text) -> list[Ent]:
    return [e for e in t.ents if e.label == "CAMPAIGN"]


def _paragraph_end(t: Text, pos: int) -> int:
    nl = t.text.find("\n", pos)
    return len(t.text) if nl < 0 else nl



def _prev_campaign_end(t: Text, c: Ent, sent: tuple[int, int]) -> int:
    """The end of the campaign before ``c`` in its sentence, else the sentence's start (read backwards: the
    nearest one is found without reading the article's entities before it)."""
    for e in reversed(t.ents[:c.i]):
        if e.start < sent[0]:
            break
        if e.label == "CAMPAIGN":
            return e.end
    return sent[0]


def _period(t: Text, c: Ent, sent: tuple[int, int]) -> list[Relation]:
    """A year range before the campaign, with no other campaign in between."""
    start = _prev_campaign_end(t, c, sent)
    between: list[Ent] = []  # the entities from ``start`` to the campaign (read backwards, then in text order)
    for e in reversed(t.ents[:c.i]):
        if e.start < start:
            break
        between.append(e)
    for e in reversed(between):
        if e.label == "DATE" and e.end <= c.start and "“" not in t.text[e.end:c.start]:
            if (months := _month_period(_MONTH_RANGE.search(e.text))) is not None:  # 自2024年4月至7月在全党开展…
                return [rel("period", c, value=months, evidence=sent)]
            m = _YEAR_RANGE.search(e.text)
            if m:
                return [rel("period", c, value=f"{m.group(1)}/{m.group(2)}", evidence=sent)]
    months = list(_MONTH_RANGE.finditer(t.text[start:c.start]))  # (a range across years is two DATEs)
    if months and "“" not in t.text[start + months[-1].end():c.start] \
            and (value := _month_period(months[-1])) is not None:
        return [rel("period", c, value=value, evidence=sent)]
    ranges = list(_YEAR_RANGE.finditer(t.text[start:c.start]))
    m = ranges[-1] if ranges else None
    # another quoted name between the range and this campaign takes the range
    if m and "“" not in t.text[start + m.end():c.start]:
        return [rel("period", c, value=f"{m.group(1)}/{m.group(2)}", evidence=sent)]
    return []


#: a range of months (2024年4月至7月, 2024年10月至2025年3月): the campaign's period by month
_MONTH_RANGE = re.compile(r"(\d{4})年(\d{1,2})月(?:份)?(?:至|到|—|-|–|~|～)(?:(\d{4})年)?(\d{1,2})月")


def _month_period(mm: re.Match[str] | None) -> str | None:
    """``2024-04/2024-07`` for a range of months (the second year is the first's when not written)."""
    if mm is None:
        return None
    y1, m1, y2, m2 = mm.group(1), int(mm.group(2)), mm.group(3) or mm.group(1), int(mm.group(4))
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12 and (y2, m2) >= (y1, m1)):
        return None
    return f"{y1}-{m1:02d}/{y2}-{m2:02d}"


def _definition(t: Text, c: Ent, sent: tuple[int, int]) -> list[Relation]:
    after = t.text[c.end:sent[1]]
    m = _DEF_MARK.match(after)
    if m:
        body = after[m.end():].rstrip("。；;，, ")
        if len(body) >= 4:
            return [rel("definition", c, value=body, evidence=sent)] + _enumerated_parts(t, c, body, sent)
    core = str(c.get("core") or "")
    if core.isdigit() and len(core) >= 3:
        items = _numeric_items(t.text[c.end:_paragraph_end(t, c.end)], core)
        if items:
            return [rel("definition", c, value="、".join(items), evidence=sent, via="numeric")]
    return []


_NUM_ITEM = re.compile(r"[^，,；;。、]*?(\d+)\s*(?:个)?(?:小时|天|日|周|个月|月|年)内[^，,；;。、]*")


#: a counted item of a decoded name (聚焦5大产业, 实施5个专项, 落实10项举措)
_COUNTED_ITEM = re.compile(r"[^，,；;。、]*?(\d+)\s*(?:大|个|项|条|张|场|方面|类|家|批|套|支|种|化)[^，,；;。、]*")


def _numeric_items(text: str, core: str) -> list[str]:
    """Clauses whose numbers spell the campaign's digits in order
    (``13710`` ← 1天内研究安排、3天内反馈、7天内落实、1个月内解决; ``5510`` ← 聚焦5大产业、实施5个专项、落实10项
    举措: counted items when no time limits spell it)."""
    return _spelled(_NUM_ITEM, text, core) or _spelled(_COUNTED_ITEM, text, core)


def _spelled(rx: re.Pattern[str], text: str, core: str) -> list[str]:
    pos = 0
    items: list[str] = []
    for m in rx.finditer(text[:400]):
        n = m.group(1)
        if core.startswith(n, pos):
            items.append(m.group(0).strip())
            pos += len(n)
            if pos >= len(core):
                break
    return items if len(items) >= 3 and pos >= len(core) - 1 else []


def _stated_alias(t: Text, c: Ent, sent: tuple[int, int]) -> list[Relation]:
    after = t.text[c.end:c.end + 40]
    m = _ALIAS_MARK.match(after)
    if not m:
        return []
    start = c.end + m.end()
    nxt = next((e for e in t.ents[c.i + 1:] if e.start >= start), None)
    if nxt is not None and nxt.label == "CAMPAIGN" and nxt.start - start <= 1:
        return [rel("alias", c, nxt, evidence=sent)]
    q = re.match(r"[“\"《]([^”\"》]{2,30})[”\"》]", t.text[start:])
    if q:
        return [rel("alias", c, value=q.group(1), evidence=sent)]
    return []


_QUOTED = re.compile(r"“([^”]{4,40})”\s*(" + "|".join(_SUFFIXES) + r")?")


def abbreviates(short: str, long: str) -> bool:
    """Is ``short`` a numeral or initial abbreviation of ``long``?
    ``双实`` ← ``实施二次创业，实现争先进位`` (two parts, each with 实);
    ``稳促调`` ← ``稳增长、促改革、调结构`` (initials)."""
    parts = [p for p in re.split(r"[，,、；;\s]+", long) if p]
    if len(parts) < 2:
        return False
    m = re.match(r"^([一二两双三四五六七八九十])([\u4e00-\u9fff])$", short)
    if m:
        n = NUMERALS[m.group(1)]
        ch = m.group(2)
        return len(parts) == n and all(p.startswith(ch) or p[:2].count(ch) for p in parts)
    return len(short) == len(parts) and all(p.startswith(ch) for p, ch in zip(parts, short))


def contracts(short: str, long: str) -> bool:
    """Is ``short`` ``long`` written short by dropping characters in two places or more, keeping the first
    character and the last two (雅下水电 ← 雅鲁藏布江下游水电)? Not a shorter name with one run dropped
    (南水北调 ← 南水北调中线一期: a name of its own)."""
    if len(short) < 3 or len(short) >= len(long) or short[0] != long[0] or short[-2:] != long[-2:]:
        return False
    gaps, j, prev = 0, 0, -1
    for ch in short:
        k = long.find(ch, j)
        if k < 0:
            return False
        gaps += k > prev + 1
        prev, j = k, k + 1
    return gaps >= 2


def _strip_suffix(name: str) -> tuple[str, str]:
    for suf in _SUFFIXES_LONGEST_FIRST:
        if name.endswith(suf) and len(name) > len(suf):
            return name[: -len(suf)], suf
    return name, ""


_SUFFIXES_LONGEST_FIRST = tuple(sorted(_SUFFIXES, key=len, reverse=True))


def _inferred_aliases(t: Text) -> list[Relation]:
    """Numeral/initial abbreviations whose long form the article also writes
    (as a campaign or a quoted phrase); inferred because the text does not say so."""
    out: list[Relation] = []
    # each name once, at its first mention (the relations are keyed by names: a name written a thousand times
    # is compared once)
    camps: list[Ent] = []
    names: set[str] = set()
    for c in _campaigns(t):
        if _cname(c) not in names:
            names.add(_cname(c))
            camps.append(c)
    stripped = {c.i: _strip_suffix(_cname(c)) for c in camps}
    quoted = sorted(_QUOTED.finditer(t.text), key=lambda m: (m.group(2) is None, m.start())) if camps else []
    done: set[tuple[str, str]] = set()
    for c in camps:
        short, suf = stripped[c.i]
        if len(short) > 4:
            continue
        # long forms among the campaigns
        for d in camps:
            long, suf2 = stripped[d.i]
            if d is c or len(long) <= len(short) or (suf and suf2 and suf != suf2):
                continue
            if (abbreviates(short, long) or contracts(short, long)) and (_cname(c), _cname(d)) not in done:
                done.add((_cname(c), _cname(d)))
                out.append(rel("alias", c, d, inferred=True, evidence=t.sent_span(d), via="abbreviation"))
                # one campaign: the period stated for either name holds for the other
                for a, b in ((c, d), (d, c)):
                    for p in _period(t, a, t.sent_span(a)):
                        out.append(rel("period", b, value=p.value, inferred=True, evidence=p.evidence, via="alias"))
        # long forms as quoted phrases the recogniser did not take as campaigns
        for m in quoted:
            long = m.group(1)
            suf2 = m.group(2) or ""
            if suf and suf2 and suf != suf2:
                continue
            if abbreviates(short, long):
                value = long + (suf2 or "")
                key = re.sub(r"[,，、;；\s]", "", long)
                if (_cname(c), value) in done or (_cname(c), key) in done:
                    continue
                done.add((_cname(c), key))
                done.add((_cname(c), value))
                k = t.sent_index(m.start())
                sent = t.sents[k] if t.sents else (0, len(t.text))
                out.append(rel("alias", c, value=value, inferred=True, evidence=sent, via="abbreviation"))
                out += _long_form_facts(t, c, m.start(), sent)
    return out


def _long_form_facts(t: Text, c: Ent, pos: int, sent: tuple[int, int]) -> list[Relation]:
    """Launch and period stated next to a long form that is not an entity
    (``县委决定，从2017至2019年，在全县开展“实施二次创业，实现争先进位”活动``),
    attached to the abbreviation ``c`` (inferred: the identity is inferred)."""
    out: list[Relation] = []
    before = [e for e in t.ents if t.sent_of[e.i] == t.sent_index(pos) and e.end <= pos]
    persons = [e for e in before if e.label == "PERSON"]
    subjects = [e for e in before if e.label in ("ORG", "REGION") and _clause_initial(t, e, sent)
                and not any(p.start > e.start for p in persons)]
    if subjects and _LAUNCH.search(t.text[subjects[-1].end:pos]):
        out.append(rel("launched_by", c, subjects[-1], inferred=True, evidence=sent, via="long_form"))
    ranges = list(_YEAR_RANGE.finditer(t.text[sent[0]:pos]))
    m = ranges[-1] if ranges else None
    if m:
        out.append(rel("period", c, value=f"{m.group(1)}/{m.group(2)}", inferred=True, evidence=sent,
                       via="long_form"))
    return out


def _enumerated_parts(t: Text, c: Ent, body: str, sent: tuple[int, int]) -> list[Relation]:
    m = _COUNTED.match(_cname(c))
    if not m:
        return []
    g = m.group(1)
    n = int(g) if g.isdigit() else NUMERALS[g]
    items = [p for p in re.split(r"[、，,；;]|和|及", body) if p]
    if len(items) == n:
        return [rel("has_part", c, value=p.strip(), evidence=sent, via="enumeration") for p in items]
    return []


#: how far after a counted campaign's name its parts are looked for (characters)
PARTS_REACH = 400


def _parts(t: Text) -> list[Relation]:
    """``五大突破`` → ``工业经济突破``, ``乡村振兴突破`` … written after it in the
    same paragraph; ``产业升级、项目推进…五大工程`` → parts written before it."""
    out: list[Relation] = []
    seen: set[tuple[str, str]] = set()
    spans = sorted((x.start, x.end) for x in t.ents if x.label == "CAMPAIGN")
    starts = [a for a, _ in spans]

    def in_campaign(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and spans[k][0] <= pos < spans[k][1]

    for c in _campaigns(t):
        name = _cname(c)
        m = _COUNTED.match(name)
        if not m:
            continue
        g = m.group(1)
        n = int(g) if g.isdigit() else NUMERALS[g]
        head = m.group(2)
        # enumeration right before the name
        before = t.text[max(0, c.start - 80):c.start]
        enum = re.search(r"([\u4e00-\u9fff]{2,10}(?:、[\u4e00-\u9fff]{2,10}){1,8}(?:[和及][\u4e00-\u9fff]{2,10})?)[“\"]?$",
                         before)
        if enum and n >= 3:
            items = re.split(r"[、和及]", enum.group(1))
            items[0] = _PART_LEAD.sub("", items[0]) or items[0]
            if len(items) == n:
                for it in items:
                    v = it if it.endswith(head) else it + head
                    if (name, v) not in seen:
                        seen.add((name, v))
                        out.append(rel("has_part", c, value=v, evidence=t.sent_span(c), via="enumeration"))
                continue
        # phrases ending in the head noun after the name, same paragraph
        found: list[tuple[str, int]] = []
        # (within PARTS_REACH characters: the parts are stated right after the name, and a paragraph that repeats
        # the name thousands of times is not read once per mention)
        end = min(_paragraph_end(t, c.end), c.end + PARTS_REACH)
        for hm in re.finditer(re.escape(head), t.text[c.end:end]):
            pos = c.end + hm.start()
            if in_campaign(pos):
                continue
            left = t.text[max(c.end, pos - 14):pos]
            lead = _PART_LEAD.match(left)
            stem = left[lead.end():] if lead else left
            follow = t.text[pos + len(head):pos + len(head) + 1]
            if follow and not re.match(r"[,，;；。、\s”]", follow):
                continue  # 城镇化率突破60%: a verb, not a part's name
            if 2 <= len(stem) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+", stem) and not _PART_STOP.search(stem):
                found.append((stem + head, pos))
        if 2 <= len(found) <= n:
            for v, pos in found:
                if (name, v) not in seen:
                    seen.add((name, v))
                    k = t.sent_index(pos)
                    out.append(rel("has_part", c, value=v, evidence=t.sents[k], via="stated_after"))
    return out
