"""Relation rules for meetings, dates and the article itself.

Part of the ``kg_relations`` component (see :mod:`kg.pipeline.relations`):

* dates — ``iso`` of DATE entities read against the article date;
* meetings — ``meeting_date`` (``4月7日上午`` read against the article date),
  ``meeting_location`` (``在…召开``), ``chaired_by`` (``主持``), ``speaker``
  (``强调``/``指出``/``要求``/``表示`` … while the meeting is the current
  one), ``attendee`` (name lists before ``参加会议``/``出席``, across clauses that only
  list names or groups: ``甲、乙，…老同志，以及有关部门负责同志等出席大会``); a meeting
  named after ``主持``/``出席`` (a headline) becomes current where the text holds it
  without its name (``某小组29日召开会议``), which also dates it; a meeting named
  inside reported speech (``他表示，…胜利召开某全会``) never becomes current;
* the article — ``author`` (bylines: ``记者 张立婷``, ``(吴永生 陈丽伟)``),
  ``editor`` (``编辑:李佳婷``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..types import Relation
from .patterns import HISTORIC_MEETINGS
from .relations import Ent, Text, cn_count, rel

# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------

#: (days listed in one month, 7月28、29日, are read as the first)
_FULL_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*(?:、\s*\d{1,2}\s*)*[日号]")
_MONTH_DAY = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*(?:、\s*\d{1,2}\s*)*[日号]")
_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:至|到|—|–|-|~|～)\s*((?:19|20)\d{2})\s*年")
_YEAR_MONTH = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_DAY_ONLY = re.compile(r"^\s*(\d{1,2})\s*日")
#: a range of days (5月28日至31日, 19日—21日, 3月30日至4月1日, 2022年11月22日至11月28日)
_DAY_RANGE = re.compile(r"(?P<first>(?:(?:19|20)\d{2}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号])\s*(?:至|到|—|–|-|~|～)\s*"
                        r"(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*[日号]")
#: an ISO day, or a range of ISO days (2026-05-28/2026-05-31)
_ISO_DAYS = re.compile(r"\d{4}-\d{2}-\d{2}(?:/\d{4}-\d{2}-\d{2})?")


def is_day(iso: str | None) -> bool:
    """True for an ISO day or a range of days (a meeting's date), not a month or a year."""
    return bool(iso) and _ISO_DAYS.fullmatch(str(iso)) is not None


def _day_range(m: re.Match[str], ref: dt.date | None) -> str | None:
    """``start/end`` of a range of days: the end takes the start's year and month unless it writes its own (a
    smaller day without a month is in the next month)."""
    start = date_iso(m.group("first"), ref)
    if start is None or len(start) != 10:
        return None
    s = dt.date.fromisoformat(start)
    year = int(m.group("y")) if m.group("y") else s.year
    month = int(m.group("m")) if m.group("m") else s.month
    try:
        e = dt.date(year, month, int(m.group("d")))
        if e < s and not m.group("m"):
            nxt = s.replace(day=1) + dt.timedelta(days=32)
            e = dt.date(nxt.year, nxt.month, int(m.group("d")))
        if e < s and not m.group("y"):
            e = e.replace(year=e.year + 1)
    except ValueError:
        return None
    return f"{s.isoformat()}/{e.isoformat()}" if e > s else None
_RELATIVE = {"今天": 0, "今日": 0, "当天": 0, "当日": 0, "昨天": -1, "昨日": -1, "前天": -2, "前日": -2}
#: a month without a year (8月, 七月底, 十一月上旬): its year comes from the words before it or the article
_MONTH_ONLY = re.compile(r"^(十[一二]|[一二三四五六七八九十]|1[0-2]|[1-9])月(?:上旬|中旬|下旬|底|初|份)?$")
#: the turn of two months (7月底8月初, 七月底八月初)
_MONTH_TURN = re.compile(r"^(十[一二]|[一二三四五六七八九十]|1[0-2]|[1-9])月(?:底|末|下旬)(?:、|到|至)?"
                         r"(?:十[一二]|[一二三四五六七八九十]|1[0-2]|[1-9])月(?:初|上旬)$")
_CN_MONTH = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"十一": 11, "十二": 12}
_RELATIVE_YEAR = {"今年": 0, "去年": -1, "前年": -2, "明年": 1}
#: holidays on a fixed day of the Gregorian year (the lunar ones need a calendar and stay unread)
_FIXED_HOLIDAYS = {"元旦": (1, 1), "五一劳动节": (5, 1), "劳动节": (5, 1), "五一": (5, 1), "五四": (5, 4),
                   "七一": (7, 1), "八一": (8, 1), "国庆节": (10, 1), "国庆": (10, 1), "六一": (6, 1), "十一": (10, 1),
                   "三八": (3, 8)}
_HOLIDAY = re.compile(r"^(五一劳动节|劳动节|五一|五四|六一|七一|八一|十一|三八|国庆节?|元旦)(?:当日|当天)?$")


def month_iso(text: str, ref: dt.date | None, before: str = "") -> str | None:
    """``YYYY-MM`` of a month written without its year, read against the article date: 去年8月 is the
    previous year's August; a bare month later than the article's is last year's."""
    m = _MONTH_ONLY.match(text) or _MONTH_TURN.match(text)  # (7月底8月初: dated by its first month)
    if m is None or ref is None:
        return None
    g = m.group(1)
    month = int(g) if g.isdigit() else _CN_MONTH[g]
    rel = before[-2:]
    if rel in _RELATIVE_YEAR:
        year = ref.year + _RELATIVE_YEAR[rel]
    elif rel in ("同年", "当年") or before[-1:] == "年":
        return None  # a year named before (2019年…同年8月): not the article's
    else:
        year = ref.year if month <= ref.month else ref.year - 1
    return f"{year:04d}-{month:02d}"


def holiday_iso(text: str, ref: dt.date | None) -> str | None:
    """The day of a fixed-date holiday (五一劳动节, 国庆) in the article's year."""
    m = _HOLIDAY.match(text)
    if m is None or ref is None:
        return None
    month, day = _FIXED_HOLIDAYS[m.group(1)]
    return dt.date(ref.year, month, day).isoformat()


def _article_date(t: Text) -> dt.date | None:
    d = t.meta.get("date")
    if not d:
        return None
    try:
        return dt.date.fromisoformat(str(d)[:10])
    except ValueError:
        return None


def date_iso(text: str, ref: dt.date | None) -> str | None:
    """ISO value of a date expression, read against the article date ``ref``:
    ``4月7日上午`` → ``2024-04-07``; ``从2017至2019年`` → ``2017/2019``;
    ``昨天`` → the day before. A month-day later than the article (by more
    than a week) is taken from the previous year."""
    m = _YEAR_RANGE.search(text)
    if m:
        return f"{m.group(1)}/{m.group(2)}"
    m = _DAY_RANGE.search(text)
    if m and (days := _day_range(m, ref)) is not None:  # 5月28日至31日 → 2026-05-28/2026-05-31
        return days
    m = _FULL_DATE.search(text)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    m = _MONTH_DAY.search(text)
    if m and ref is not None:
        y_m = _YEAR.search(text[: m.start()])
        year = int(y_m.group(1)) if y_m else ref.year
        try:
            d = dt.date(year, int(m.group(1)), int(m.group(2)))
        except ValueError:
            return None
        if not y_m and d > ref + dt.timedelta(days=7):
            try:
                d = d.replace(year=year - 1)
            except ValueError:
                return None
        return d.isoformat()
    m = _DAY_ONLY.match(text)
    if m and ref is not None:  # 1日, 19日—21日: a day of the article's month
        try:
            d = dt.date(ref.year, ref.month, int(m.group(1)))
        except ValueError:
            return None
        if d > ref + dt.timedelta(days=7):
            prev_month = ref.replace(day=1) - dt.timedelta(days=1)
            try:
                d = d.replace(year=prev_month.year, month=prev_month.month)
            except ValueError:
                return None
        return d.isoformat()
    for word, delta in _RELATIVE.items():
        if word in text and ref is not None:
            return (ref + dt.timedelta(days=delta)).isoformat()
    m = _YEAR_MONTH.search(text)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}"
    m = _YEAR.search(text)
    if m:
        return m.group(1)
    return None


#: a day or month given so many years before the article (十年前的12月4日, 3年前的今天)
_YEARS_AGO = re.compile(r"([一二三四五六七八九十两\d]{1,3})年前的?\s*$")


def _years_before(iso: str, count: str) -> str:
    """``iso`` moved back by ``count`` years (Arabic or Chinese numerals up to 99), each end of a range alike;
    unchanged where the count or a day cannot be read (2月29日 of a year with none)."""
    n = cn_count(count)
    if not n or not re.match(r"\d{4}", iso):
        return iso
    parts = []
    for part in iso.split("/"):
        if not re.match(r"\d{4}", part):
            return iso
        if int(part[:4]) - n < 1:
            return iso  # (no year before the first)
        moved = f"{int(part[:4]) - n:04d}{part[4:]}"
        if len(moved) >= 10:
            try:
                dt.date.fromisoformat(moved[:10])
            except ValueError:
                return iso
        parts.append(moved)
    return "/".join(parts)


def resolve_dates(t: Text) -> dict[int, dict[str, Any]]:
    """``iso`` for every DATE entity that can be read (→ ``span._.kg["iso"]``)."""
    ref = _article_date(t)
    out: dict[int, dict[str, Any]] = {}
    for e in t.ents:
        if e.label == "DATE":
            iso = date_iso(e.text, ref) or month_iso(e.text, ref, t.text[max(0, e.start - 2):e.start]) \
                or holiday_iso(e.text, ref)
            if iso and "年" not in e.text and (ago := _YEARS_AGO.search(t.text, max(0, e.start - 8), e.start)):
                iso = _years_before(iso, ago.group(1))  # 十年前的12月4日: that day ten years before the article's year
            if iso:
                out[e.i] = {"iso": iso}
    return out


# --------------------------------------------------------------------------
# meetings
# --------------------------------------------------------------------------

#: a deputy speaking in a delegation's deliberation of a congress session (在参加某代表团审议时说)
_IN_DELIBERATION = (r"(?:参加[\u4e00-\u9fff]{2,26}?(?:审议|讨论)时"  # (after 在; 参加他所在的某会议某代表团审议时)
                    # (a delegation by its short name: 在甘肃团审议时说)
                    r"|[\u4e00-\u9fff]{2,8}?(?:代表团|团)(?:审议|讨论)时"
                    # (a leader coming to his delegation: 来到他所在的某会议某代表团，与代表们一起讨论)
                    r"|(?:[\u4e00-\u9fff\d]{1,8}?)?来到[他她]?所在的[\u4e00-\u9fff]{2,26}?代表团[，,]\s*(?:与|同|和)代表们"
                    r"(?:一起|共同)?(?:审议|讨论))")
_DELIBERATION = r"(?:\d{1,2}日(?:上午|下午|晚上)?)?在?" + _IN_DELIBERATION  # (某某参加某代表团审议时说: 在 may be left
# out; 某某5日在参加某代表团审议时说: the day before it)
_DELEGATION = re.compile(_DELIBERATION)
_AT_DELEGATION = re.compile(r"\s*[\u4e00-\u9fff]{0,12}?代表团(?:[，,]\s*(?:与|同|和)代表们(?:一起|共同)?)?(?:审议|讨论)")
#: a speech made at a meeting named with 在…时 or 在…上 (某某在今年中央政治局第三次集体学习时强调, 某某在某座谈会上
#: 强调), and a session's delegation
#: deliberation opened by the session (今年全国两会期间，某某总书记在参加某代表团审议时强调)
_AT_MEETING_SPEECH = re.compile(r"\s*(?:时|期间|上)\s*[，,]?\s*(?:强调|指出|表示|说|要求)")
_AT_BEFORE = re.compile(r"在\s*(?:今年|去年|此前|日前)?\s*$")
_DURING_DELEGATION = re.compile(r"\s*期间\s*[，,]\s*[^，。；;\n]{0,16}?在参加[^，。；;\n]{2,24}?代表团(?:的)?(?:审议|讨论)时\s*"
                                r"[，,]?\s*(?:强调|指出|表示|说)")
#: what may follow a name before its verb: 同志 or a national title written after the name (某某总书记强调)
_TITLE_AFTER_NAME = "同志|总书记|委员长|总理|常委|委员|代表(?=依次|先后|相继|分别|发言)"  # (谢某某常委提出, 张某某
# 委员表示: a CPPCC member; 某某代表依次发言: a deputy)
#: a congress session (a delegation deliberates only there)
_CONGRESS = re.compile(r"人大|政协|人民代表大会|代表大会|党代会|两会")
_DELEGATION_AFTER_NAME = re.compile(rf"^\s*(?:{_TITLE_AFTER_NAME})?\s*" + _DELIBERATION)

#: a name's speech verb (optionally 在会上 …): the name is speaking
_SPEECH = re.compile(
    # (等3名获奖代表分别在会上发言: the list's count and kind after 等)
    rf"^\s*(?:{_TITLE_AFTER_NAME})?\s*(?:等(?:[\d一二三四五六七八九十]+(?:名|位|人)[\u4e00-\u9fff]{{0,6}}?)?)?\s*"
    r"(?:[，,]\s*(?=先后|相继|分别|依次))?(?:先后|相继|分别|依次|也|还|随后)?\s*(?:参加会见并|出席(?:会议|大会)?并|到会(?:祝贺|致贺)?[，,]\s*(?:并\s*)?|通过视频(?:连线)?|以视频方式)?\s*"
    r"(?:(?:\d{1,2}日(?:上午|下午|晚上)?\s*)?在(?:会上|会议上|大会上|讲话中|总结讲话中|主持讲话中|主持词中|座谈会上|会议中|致辞中|发言中|审议时|" + _IN_DELIBERATION
    + r"|[\u4e00-\u9fff]{2,16}?(?:后|时)|[\u4e00-\u9fff\d“”·]{2,30}?(?:会|论坛)上)\s*|" + _IN_DELIBERATION
    + r"\s*)?"  # 在认真听取大家的发言后表示; 在某某座谈会上强调
    r"(?:强调|指出|要求|表示|讲话|说|提出|部署|作报告|作了|致辞|致词|发言|总结|通报|作讲解|传达(?:了)?|"
    r"(?<=常委)建议|(?<=委员)建议|"  # (某某常委建议: a CPPCC member's speech)
    # speaking on a topic (某某围绕学习贯彻…精神发言, 某某就…工作情况报告作说明)
    r"(?:围绕|就)[^，。；;\n]{1,40}?(?:发言|讲话|作(?:了)?(?:说明|发言|报告|汇报))|"
    r"发表(?:了)?(?:重要|主旨|视频)?(?:讲话|演讲)|"
    # speaking for a body (某某代表各民主党派中央致贺词, 某某代表某党第十六届中央委员会作工作报告)
    r"代表[^，。；;,]{2,24}?(?:致贺词|致辞|致词|讲话|发言|提出|表示|建议|作(?:了)?(?:工作)?报告)|"
    # a deputy reporting to the leader at a deliberation (某某向总书记汇报了…)
    # (also after what the report is about: 某某，围绕某某，向总书记作了汇报)
    r"(?:[，,]\s*(?:围绕|就)[^，。；;\n]{1,40}?[，,]\s*)?向[\u4e00-\u9fff]{1,6}?(?:作了?|进行了?)?(?:汇报|介绍)|"
    r"(?<=会上)缅怀|(?<=会议上)缅怀|(?<=座谈会上)缅怀|"
    r"(?<=会上)介绍|(?<=会议上)介绍|"  # 某某在座谈会上介绍调研成果: a report to the meeting  # 在座谈会上缅怀了某某的一生: a memorial speech
    # announcing or reading out a decision to the meeting (某某宣布…任职和任务分工决定, 某某宣读任免决定)
    r"(?:宣布|宣读)(?:了)?[^，。；;,]{0,40}?(?:决定|命令|名单|通知)(?![\u4e00-\u9fff])|"
    # reading out a letter and giving a speech (某某宣读了某某的贺信并发表主旨演讲)
    r"(?:宣读|转达)(?:了)?[^，。；;,]{0,30}?并(?:发表|作)(?:了)?(?:主旨|重要)?(?:演讲|讲话|致辞)|"
    r"作[\u4e00-\u9fff]{1,4}?发言|作(?:了)?(?:工作)?(?:布置|部署|动员)|作(?:了)?(?:总结|重要)?讲话|"
    # 某某应邀作报告, 某某等就有关议题作说明, 某某围绕…作发言
    r"(?:等)?\s*(?:应邀)?\s*(?:(?:围绕|就)[^，。；;]{1,40}?)?(?:作|进行)(?:了)?(?:交流|专题|主旨|大会)?(?:发言|说明|报告)|"
    # a report or explanation delivered to a meeting (会议听取了某某作的关于…的报告, 某某受国务院委托作的…说明,
    # 甲、乙分别作的…报告)
    r"(?:受[^，。；;,]{1,16}?委托\s*)?作(?:了|的)?(?:关于[^，。；;]{1,80}?的)?(?:工作|综合|专项|监督调研|调研|审议)?"
    r"(?:汇报|报告|说明)|"
    # a long report ending the sentence, its subjects listed with commas (听取了某某作的某处关于…草案，关于…情况的汇报。)
    r"作的[^。；;]{2,200}?的(?:汇报|报告|说明)(?=\s*[。；;]|\s*$))"
)

#: a name who comes to the meeting (某某到会祝贺，代表…致词): an attendee who speaks
_ARRIVED = re.compile(r"^\s*(?:同志)?\s*到会")
#: a session that names the delegates after it (出席某会议解放军和武警部队代表团全体代表)
_DELEGATES_OF = re.compile(r"\s*[\u4e00-\u9fff]{0,12}?代表团(?:全体)?代表(?![团大会])")
#: the party's historic meetings (遵义会议): recalled, never held where the text is
_HISTORIC = re.compile(HISTORIC_MEETINGS)
#: meeting with those who attend a session (同列席某会议的全国人大代表座谈, 看望出席某会议的委员)
_WITH_ATTENDEES = re.compile(r"(?:同|与|和|看望|会见|慰问)\s*(?:列席|出席|参加)\s*$")
_OF_PEOPLE = re.compile(r"\s*的[^，,。；;]{0,12}?(?:代表|委员|同志|人员)")
#: the eve of a meeting (主持某峰会前夕，听取…): what the sentence tells happens before it, elsewhere
_EVE_OF = re.compile(r"\s*(?:前夕|之前|召开前|举行前|开幕前)")
#: a meeting that qualifies those who hold another (出席某会议的各代表团召开会议): that one is held, not this one
#: (参加某会议的代表分组审议: the session is where they are)
_OF_MEETING = re.compile(r"\s*的(?!召开|举行|开幕|闭幕|隆重)[^，,。；;]{1,12}?(?:召开|举行)(?:了)?[^，,。；;]{0,6}?会议")
_HELD = re.compile(r"召开|举行|举办|开幕|闭幕|开班|结业|召开的|隆重|进行(?=第|$)"
                   r"|完成(?:了)?(?:有关|各项|全部|所有)?(?:表决事项|议程)")  # 某会议完成有关表决事项后
#: what may stand between a name and its verb: 同志 or a national title written after the name (某某委员长主持),
#: a day (李希1日主持召开…), a place (在上海主持召开)
_NAME_TO_VERB = (r"^\s*(?:同志|总书记|委员长|副委员长|总理|副总理|主席|副主席)?\s*"
                 r"(?:(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上)?|[今昨]天|当天)?\s*"
                 r"(?:在[\u4e00-\u9fff]{1,10}?)?\s*")  # 在上海主持召开
#: (组织召开, 召集: the person who convenes a meeting chairs it: 某某紧急组织召开汛情调度会)
_CHAIR = re.compile(_NAME_TO_VERB + r"(?:紧急|连夜|专门|立即|共同)?(?:主持|主持召开|主持会议|组织召开|召集召开|召集)"
                    r"|^\s*在主持(?:学习|会议|座谈会)时")  # 某某在主持学习时强调
#: chairing together (甲和乙共同主持会议): each name of the pair chairs
_CO_CHAIR = re.compile(_NAME_TO_VERB + r"共同(?:主持|主持召开)")
#: meeting someone, then chairing together with him (甲会见某国副总理乙，并共同主持某某会议): both chair
_MET_CO_CHAIR = re.compile(r"^[^。；;！？!?\n]{0,40}?会见[^。；;，,！？!?\n]{1,40}?[，,]\s*并\s*(?P<verb>共同主持)")
#: a tour before the chairing (某某先后到某地、某地调研，主持召开…): the touring leader chairs
_CHAIR_AFTER_TOUR = re.compile(r"^\s*(?:同志)?\s*(?:先后|还|随后|近日)?\s*(?:到|来到|前往|赴|深入)[^，,。；;]{1,30}?"
                               r"(?:调研|考察|视察|检查)(?:时|期间)?\s*[，,]\s*(?:并|还|随后)?\s*(?:主持召开|主持|组织召开)")
#: a chairing at the end of the subject's clauses (某某来到甲、乙，了解工作进展情况，并主持召开某座谈会; 某某详细了解…
#: 情况，并召开某座谈会): the subject convenes and chairs it (no other name in between)
_CHAIR_AFTER_CLAUSES = re.compile(r"^\s*(?:同志)?[^。；;！？!?\n]{0,90}?[，,]\s*(?:并\s*(?:主持召开|主持|组织召开|召开)|主持召开)"
                                  r"(?=[^，,。；;\n]{2,40}?(?:会议|座谈会|会))")
#: a sentence with no subject that opens with the chairing (…。主持召开某座谈会，…): the paragraph's subject chairs
_SUBJECTLESS_CHAIR = re.compile(r"^\s*(?:还|并|随后|其间|期间|之后)?\s*(?P<verb>主持召开|主持)")
_CHAIR_SPEECH = re.compile(r"^[^，,。；;]{0,30}?(?:并(?:作|发表)?(?:了)?(?:重要)?(?:总结)?(?:讲话|致辞|发言)"
                           r"|并(?:作|进行)(?:了)?(?:工作)?(?:布置|部署)"  # 主持会议并作工作布置: he speaks too
                           # 主持召开某会议，部署…，要求…: the chair's clauses go on to his words (no other subject)
                           r"|[^。；;]{0,100}?[，,]\s*(?:并|还|同时)?\s*(?:强调|要求|指出|表示)"
                           # 主持会议，代表某委员会作工作报告: the chair reports for the body too
                           r"|[^，,。；;]{0,30}?[，,]\s*(?:并)?\s*代表[^，,。；;]{2,24}?作(?:了)?(?:工作)?报告"
                           r"|时(?:表示|强调|指出|说|要求))")  # 主持会议时表示: the chair speaks too
_ATTEND_SPEECH = re.compile(_NAME_TO_VERB + r"(?:应邀)?出席(?:会议|大会|开幕式|开幕会|闭幕会|闭幕式|开班式|结业式|活动)?(?:[，,]\s*)?"
                            r"(?:传达[^，,。；;]{2,16}?)?并"  # (出席会议，传达某某重要指示并讲话)
                            r"(?:代表[^，。；;,]{2,20}?)?(?:先后|分别|相继)?(?:(?:作)?(?:总结)?(?:讲话|致辞|致贺词|发言)"
                            r"|作(?:了)?(?:主旨|专题|工作|辅导)?报告"  # 应邀出席会议并作报告
                            r"|发表(?:了)?(?:主旨|重要|视频)?(?:演讲|讲话|致辞))")  # 出席并发表主旨演讲
#: 由 before the chair's name, his titles allowed between (开幕式由全国台联会长某某主持)
_CHAIR_BY = re.compile(r"由(?:[^，。；;,\s]{2,24}?(?:会长|主席|主任|部长|书记|委员长|副委员长|总理|副总理|省长|市长))?\s*$")
_ATTEND_AT = re.compile(_NAME_TO_VERB + r"(?:在)?出席")  # (某某8日下午在出席某会议时强调)
_AND_SPEECH = re.compile(r"\s*并(?:作|发表)?(?:了)?(?:重要)?(?:讲话|致辞|发言)"
                         r"|\s*时\s*(?:强调|指出|表示|说|要求)")  # (在出席某会议时强调: he speaks there)
_ATTEND = re.compile(r"(?:等)?\s*(?:(?:参加|出席|列席|参会|与会)(?:了)?(?:[\u4e00-\u9fff]{0,4}?(?:会议|大会|活动|开幕式|开幕会|闭幕会|座谈会|"
                     r"启动式|启动仪式|开班式|结业式))?|在主席台(?:上)?就座|到会(?:祝贺|致贺|指导)?)"  # (在主席台就座: on the rostrum)
                     r"(?=[,，。;；]|$)")
#: the attendees listed after the verb of attending (出席座谈会的党外人士还有…, 参加会议的还有…)
_ATTEND_ALSO = re.compile(r"(?:出席|参加|列席)(?:了)?[\u4e00-\u9fff]{0,6}?的[\u4e00-\u9fff]{0,8}?还有")
#: a verb right before a meeting's name that shows it taking place (``某某主持某某会议``, ``出席…大会``)
_HELD_BY_VERB = re.compile(r"(?:主持|主持召开|出席|参加|列席)\s*$")
#: reported speech before a meeting's name (``他表示，…胜利召开某全会``)
#: a decision or a proposal to convene a meeting (关于召开…的决定, 决定于…召开, 研究了召开…的有关事项): not held
#: where it is named
_CONVENING = re.compile(r"(?:关于|决定|提请|建议|研究(?:了)?|讨论(?:了)?|筹备)(?:于[^，。；]{0,12}?)?(?:召开|举行)"
                        r"[^，。；,;]{0,8}$"
                        # the decision with the date and place between (决定8月22日至24日在北京召开某会议)
                        r"|决定(?:于)?[^，。；,;]{2,16}?(?:召开|举行)$")
_REPORTED = re.compile(r"(?:表示|强调|指出|认为|说|谈到)\s*[,，:：]")
#: a meeting referred to without its name where it takes place (``某小组29日召开会议``, ``出席庆祝大会``)
_BARE_MEETING = re.compile(r"(?:召开|举行|举办|出席|参加)(?:了)?[\u4e00-\u9fff]{0,4}?(会议|大会|全会|座谈会|常委会)(?![\u4e00-\u9fff])")
#: a clause that only lists further attendees (``在某地工作过的老同志``, ``以及有关部门负责同志``)
_NOT_A_LIST = re.compile(r"主持|讲话|强调|指出|表示|要求|宣布|宣读|发言|致辞|召开|举行|作出|批示|会见|说|是|将|已")
#: what may join a name list of one speech verb: 、/和 + a description or titles not recognised as such
#: (``某省委书记甲、群众代表乙在会上发言``, ``…、某某股份有限公司首席科学家乙先后发言``)
_CO_GAP = re.compile(r"^(?:代表|委员)?[、和及与]\s*[^\s，,。；;：:、“”]{0,24}$")  # (来自甲的某某代表、来自乙的…)
#: the end of attending a meeting right before its name (在结束出席|某会晤并对某国进行国事访问回到国内后)
_ENDED = re.compile(r"结束(?:出席|参加|主持)\s*$")
#: congratulations on a meeting right before its name (热烈祝贺|某大会成功召开), not a letter's (致信祝贺)
_CONGRATULATED = re.compile(r"(?<!致信)(?<!致电)(?<!贺信)(?<!贺电)(?:祝贺|庆贺)\s*$")
#: the count that closes a list of speakers (…丙等9位企业和专家代表先后发言, 等三名代表依次发言)
_COUNTED_LIST = re.compile(r"\s*等\s*[\d一二三四五六七八九十]+\s*(?:位|名|人)")
#: what may stand between two names of a counted list: a comma or 、, then the next name's titles and unit
_COUNTED_GAP = re.compile(r"^\s*[，,、]\s*[^。；;：:“”\n]{0,40}$")
#: a comma before the title of the next name of the list (甲、乙，国务委员丙作交流发言)
_TITLED_COMMA = re.compile(r"^\s*[，,]\s*$")
#: a comma, then a short description before the next name (某党主席甲，台湾青年乙，某会主席丙在大会上发言)
_DESCRIBED_COMMA = re.compile(r"^\s*[，,]\s*[\u4e00-\u9fff]{2,8}$")


def _scheduled(t: Text, facts: list[Relation]) -> bool:
    """True if the meeting's date is more than a week after the article's (a meeting convened for later; a
    transcript may be dated a day before the meeting it reports)."""
    ref = _article_date(t)
    if ref is None:
        return False
    for r in facts:
        if r.type == "meeting_date" and isinstance(r.value, str) and is_day(r.value):
            try:
                return dt.date.fromisoformat(r.value[:10]) > ref + dt.timedelta(days=7)
            except ValueError:
                return False
    return False


def meeting_relations(t: Text, dates: dict[int, dict[str, Any]]) -> list[Relation]:
    """Chair, speakers, attendees, date and place of the meetings of an article.

    A meeting becomes *current* at a sentence that holds it (召开/举行 …);
    ``主持会议``, speech verbs and ``参加会议`` after it refer to the meeting in
    their sentence if there is one, else to the current one. Speech before
    any held meeting is not attributed to a meeting."""
    out: list[Relation] = []
    current: Ent | None = None
    pending: Ent | None = None  # a meeting named with 主持/出席 before the text holds it
    all_meetings = [e for e in t.ents if e.label == "MEETING"]  # (read once, not per sentence)
    last_role: tuple[Ent, Ent] | None = None  # (meeting, person) of the last chair or speaker named
    dated: set[str] = set()  # names of the meetings that have a date
    para_subject: Ent | None = None  # the person opening the last sentence of the paragraph that a name opens
    # the names of those who gave the article's instruction (某某对某某工作作出重要指示)
    instructing = {e.text for e in t.ents if e.label == "PERSON" and _INSTRUCTED.match(t.text, e.end)}
    for k, sent in enumerate(t.sents):
        ents = t.in_sentence(k)
        meetings = [e for e in ents if e.label == "MEETING"]
        stext = t.text[sent[0]:sent[1]]
        if k and "\n" in t.text[t.sents[k - 1][1]:sent[0] + 1]:
            para_subject = None  # a new paragraph
        if ents and ents[0].label == "PERSON" and ents[0].get("kind", "name") != "byline" \
                and not t.text[sent[0]:ents[0].start].strip():
            para_subject = ents[0]
        held_here: list[Ent] = []
        for mt in meetings:
            tail = t.text[mt.end:min(sent[1], mt.end + 20)]
            head_txt = t.text[max(sent[0], mt.start - 12):mt.start]
            convening_txt = t.text[max(sent[0], mt.start - 24):mt.start]  # (决定8月22日至24日在北京召开)
            by_verb = _HELD_BY_VERB.search(head_txt) is not None
            if _REPORTED.search(t.text[sent[0]:mt.start]):
                continue  # 他表示，…胜利召开某全会: a meeting recalled in a speech is not where the text is
            if _HISTORIC.fullmatch(mt.text):
                continue  # 1935年1月召开的遵义会议: history, not where the text is
            if _CITED_AFTER.match(t.text, mt.end):
                continue  # 学习贯彻…主持召开某座谈会时的重要讲话精神: a speech cited by its meeting, held elsewhere
            if _SPIRIT_AFTER.match(t.text, mt.end):
                continue  # 深入学习贯彻…全国两会精神: a meeting whose spirit is studied was held before, elsewhere
            if _CONVENING.search(convening_txt):
                continue  # 关于召开某会议的决定: a meeting decided on, not held here
            if _ENDED.search(head_txt):
                continue  # 某某在结束出席某会晤…回到国内后，…听取汇报: a meeting left behind, not where the text is
            if _CONGRATULATED.search(head_txt):
                continue  # 某某热烈祝贺某大会成功召开: a meeting congratulated on, held elsewhere (not 致信祝贺, a letter
                # read where it is held)
            # 某某出席某会议并讲话: it takes place here (a headline's 主持某会议并讲话 waits for the text to hold it)
            attended = re.search(r"出席\s*$", head_txt) is not None and _AND_SPEECH.match(tail) is not None
            if _EVE_OF.match(t.text, mt.end, sent[1]):
                continue  # 某某17日在西安主持某峰会前夕，听取…: what the sentence tells happens before the meeting
            if _WITH_ATTENDEES.search(head_txt) and _OF_PEOPLE.match(t.text, mt.end, sent[1]):
                continue  # 某某27日同列席某会议的全国人大代表座谈: the session names whom he meets, elsewhere
            if _DELEGATES_OF.match(t.text, mt.end, sent[1]):
                continue  # 接见出席某会议解放军和武警部队代表团全体代表: the session names the delegates met
            if _OF_MEETING.match(t.text, mt.end, sent[1]):
                continue  # 出席某会议的各代表团召开会议: the meeting names who acts, the verb is theirs
            if (h := _HELD.search(tail)) is not None and _CONVENING.search(tail, 0, h.end()):
                tail = tail[:h.start()]  # 某会议关于召开某会议的决定: the other meeting is convened, not this one held
            if _HELD.search(tail) or _HELD.search(head_txt) or re.match(r"\s*$", t.text[mt.end:sent[1]]) or by_verb \
                    or (_MEETING_ACTS.match(tail) and _CLAUSE_OPEN.search(t.text[sent[0]:mt.start])) \
                    or _AT_DELEGATION.match(tail) \
                    or (_AT_MEETING_SPEECH.match(t.text, mt.end, sent[1]) and _AT_BEFORE.search(head_txt)) \
                    or (_DURING_DELEGATION.match(t.text, mt.end, sent[1])
                        and not t.text[sent[0]:mt.start].strip(" \t\n今年去年")):
                # 参加某会议某代表团审议时: the session is where this is; 某某在(今年)某集体学习时强调: there he spoke; 今年
                # 全国两会期间，某某在参加某代表团审议时强调: at the session
                # date and place are read only where the meeting is held, not where it is named in passing
                facts = _meeting_facts(t, mt, ents, sent, dates)
                out += facts
                if any(r.type == "meeting_date" for r in facts):
                    dated.add(mt.text)
                held_here.append(mt)
                if _scheduled(t, facts):
                    continue  # 根据决定，某会议于(明年)某日召开: a meeting to come is not where the text is
                if by_verb and not (_HELD.search(tail) or _HELD.search(head_txt) or attended
                                    or any(r.type == "meeting_date" and len(str(r.value)) == 10 for r in facts)):
                    # (某某1日在京主持某会议: a day makes it the report's lead, not a headline; not the days of a
                    # trip, 4月15日至17日…赴某国…主持某会议, whose other events follow)
                    # 某某主持某会议 (a headline): the meeting is current only from where the
                    # text holds it (某小组29日召开会议), so speech before that is not at it
                    pending = mt
                else:
                    current = mt
            elif re.match(r"\s*上", t.text[mt.end:mt.end + 2]):
                held_here.append(mt)  # 在…会上
                # 2023年6月，在某座谈会上，…: the date opening the sentence is the meeting's
                d = next((e for e in ents if e.label == "DATE" and e.end <= mt.start), None)
                opening = _DATE_AT_MEETING.fullmatch(t.text, sent[0], mt.start)
                if d is not None and opening is not None and opening.start("d") == d.start and opening.end("d") == d.end \
                        and mt.text not in dated and dates.get(d.i, {}).get("iso"):
                    out.append(rel("meeting_date", mt, value=dates[d.i]["iso"], evidence=sent, date_text=d.text))
                    dated.add(mt.text)
        if not meetings and (cand := current or pending) is not None and (bm := _BARE_MEETING.search(stext)) is not None \
                and cand.text.endswith(bm.group(1)):
            # the meeting referred to without its name (某小组29日召开会议): it is current from here; its date
            current = cand
            d = _bare_meeting_date(t, k, sent[0] + bm.start(), dates) if current.text not in dated else None
            if d is not None:
                out.append(rel("meeting_date", current, value=dates[d.i]["iso"], evidence=sent, date_text=d.text))
                dated.add(current.text)
        if not meetings and current is not None and (ev := _OTHER_EVENT.search(stext)) is not None \
                and not _IN_MEETING.search(stext, 0, ev.start()):
            current = pending = None  # 闭幕会后，某常委会举行专题讲座，某某主持: another event, not the meeting
        # a meeting only named in passing (全国“两会”期间) is not where this sentence's speech is
        here = held_here[0] if held_here else current
        if here is not None:  # 主席会议 after 政协…第四十一次主席会议: the same meeting, by its full name
            here = next((m for m in all_meetings if m.i < here.i and len(m.text) > len(here.text)
                         and m.text.endswith(here.text)), here)
        if here is None and pending is not None and (_DELEGATION.search(stext) or "主持会议" in stext):
            # 某某在参加某代表团审议时说: at the session the text named before; so is 主持会议 (某某出席某会议。甲和乙
            # 共同主持会议)
            here = pending
        if here is None:
            continue
        names = [e for e in ents if e.label == "PERSON" and e.get("kind", "name") != "byline"]
        if not names and (titled := _titled_speaker(t, ents, stext, sent)) is not None:
            # 在某座谈会上，总书记指出…: the leader the article names with that title speaks
            out.append(rel("speaker", here, titled, evidence=sent, via="title"))
        roles: dict[int, str] = {}
        if last_role is not None and last_role[0] is here and (pm := _PRONOUN_SPEECH.match(stext)) is not None \
                and not any(p.start < sent[0] + pm.end() for p in names):
            # 某某主持会议。他表示，…: the chair or speaker named in the sentence before speaks
            out.append(rel("speaker", here, last_role[1], evidence=sent, via="pronoun"))
        if (sm := _SUBJECTLESS_CHAIR.match(stext)) is not None and para_subject is not None \
                and not any(p.start < sent[0] + sm.end() for p in names):
            # 某某深入企业、社区…。主持召开某座谈会: the subject of the paragraph chairs it
            target = next((e for e in meetings if e.start >= sent[0] + sm.start("verb")), None) or here
            out.append(rel("chaired_by", target, para_subject, evidence=sent, via="paragraph"))
            if _CHAIR_SPEECH.match(stext[sm.end():]):
                out.append(rel("speaker", target, para_subject, evidence=sent, via="paragraph"))
            last_role = (target, para_subject)
        chaired: dict[int, Ent] = {}  # person → the meeting he chairs in this sentence
        for p in names:
            after = t.text[p.end:sent[1]]
            if (mc := _MET_CO_CHAIR.match(after)) is not None and p.i not in roles:
                verb = p.end + mc.start("verb")
                partner = next((q for q in reversed(names) if p.end <= q.start and q.end <= verb), None)
                target = next((e for e in meetings if e.start >= verb), None)
                if target is not None:
                    for who in (p, partner) if partner is not None else (p,):
                        for mt in _listed_meetings(t, target, meetings):
                            out.append(rel("chaired_by", mt, who, evidence=sent, via="co_chair"))
                        roles[who.i] = "chair"
                    continue
            if p.i in roles:
                continue
            chairs = _CHAIR.match(after) or _CHAIR_AFTER_TOUR.match(after) \
                or (_CHAIR_BY.search(t.text[max(sent[0], p.start - 30):p.start])
                    and re.match(r"^\s*(?:同志)?\s*主持", after))
            convened = None if chairs else _convened_after_clauses(p, after, ents, names)
            if chairs or convened is not None:
                target = convened or _meeting_after(t, p, ents) or here
                for mt in _listed_meetings(t, target, meetings):  # (主持甲会议、乙会议和丙会议: each)
                    out.append(rel("chaired_by", mt, p, evidence=sent))
                roles[p.i] = "chair"
                chaired[p.i] = target
                if _CHAIR_SPEECH.match(after[after.find("主持") + 2:]):  # 主持会议并作总结讲话
                    out.append(rel("speaker", target, p, evidence=sent))
            elif (attended := _attended(t, p, after, ents)) is not None:
                # 出席某会议并讲话 (a speaker too); 某某4日在某地出席某博览会开幕式。 (an attendee)
                named, spoke = attended
                if spoke:
                    out.append(rel("speaker", named, p, evidence=sent))
                out.append(rel("attendee", named, p, evidence=sent))
                roles[p.i] = "attending_speaker" if spoke else "attendee"
            elif _ATTEND_SPEECH.match(after):  # 出席并讲话
                out.append(rel("speaker", here, p, evidence=sent))
                out.append(rel("attendee", here, p, evidence=sent))
                roles[p.i] = "attending_speaker"
            elif (sm := _SPEECH.match(after)) and not ((deliberating := _DELEGATION_AFTER_NAME.match(after))
                                              and not _CONGRESS.search(here.text)) \
                    and not (p.text in instructing and not _AT_THE_MEETING.match(after)):
                # (某某作出重要指示…。某某指出/强调: the instruction's words, not a speech at the meeting)
                # (a delegation's deliberation is at a congress session, not at another meeting the text is at)
                named_at = next((e for e in meetings if p.end < e.start and e.end <= p.end + sm.end()
                                 and t.text[e.start - 1:e.start] == "在" and t.text.startswith("上", e.end)), None)
                # (某某总书记在某大会上发表重要讲话: the meeting named there, not the one the text is at)
                out.append(rel("speaker", named_at or here, p, evidence=sent))
                roles[p.i] = "speaker"
                if deliberating or _ARRIVED.match(after):  # a deputy in the deliberation attends the session too
                    out.append(rel("attendee", here, p, evidence=sent))  # (so does one who 到会祝贺，代表…致词)
        # 甲、某某代表乙在会上发言: a name joined to a speaker by 、/和 (titles between) speaks too
        counted: set[int] = set()  # speakers of a list closed by its count (…，丙等9位代表先后发言)
        for p, q in reversed(list(zip(names, names[1:]))):
            role = roles.get(q.i)
            gap = _strip_ents(t, p.end, q.start, ents)
            if role in ("speaker", "attending_speaker") and (q.i in counted or _COUNTED_LIST.match(t.text, q.end)):
                counted.add(q.i)
                if p.i not in roles and _COUNTED_GAP.match(gap) and not _NOT_A_LIST.search(gap):
                    # 某公司董事长甲，某研究院院长乙，…丙等9位企业和专家代表先后发言: every name of the list speaks
                    out.append(rel("speaker", here, p, evidence=sent, via="counted_list"))
                    roles[p.i] = role
                    counted.add(p.i)
                    continue
            if p.i not in roles and role == "chair" and q.i in chaired and _CO_GAP.match(gap) \
                    and _CO_CHAIR.match(t.text[q.end:sent[1]]):
                # 甲和某国领导人乙共同主持会议: both chair
                for mt in _listed_meetings(t, chaired[q.i], meetings):
                    out.append(rel("chaired_by", mt, p, evidence=sent, via="co_chair"))
                roles[p.i], chaired[p.i] = "chair", chaired[q.i]
                continue
            if p.i not in roles and role in ("speaker", "attending_speaker") \
                    and (_CO_GAP.match(gap) or _TITLED_COMMA.match(gap)
                         and any(e.label == "POST" and p.end < e.start and e.end <= q.start for e in ents)
                         or _DESCRIBED_COMMA.match(gap) and not _NOT_A_LIST.search(gap)
                         and any(e.label == "POST" and e.end == p.start for e in ents)):
                # (国务院副总理甲、乙，国务委员丙作交流发言: a comma, then the next name's title; 某党主席甲，台湾青年乙
                # 在大会上发言: a titled name, a comma, then the next name's description)
                out.append(rel("speaker", here, p, evidence=sent))
                if role == "attending_speaker":  # 甲、乙出席并发言
                    out.append(rel("attendee", here, p, evidence=sent))
                roles[p.i] = role
        named_roles = [p for p in names if roles.get(p.i) in ("chair", "speaker", "attending_speaker")]
        last_role = (here, named_roles[-1]) if named_roles else (last_role if names == [] else None)
        if (also := _ATTEND_ALSO.search(stext)) is not None:  # 出席会议的还有甲、乙和丙
            for p in names:
                if p.start >= sent[0] + also.end() and p.i not in roles:
                    out.append(rel("attendee", here, p, evidence=sent))
                    roles[p.i] = "attendee"
        am = _ATTEND.search(stext)
        if am and "上述" in am.group():
            am = None  # 某某等参加上述活动: the day's events, not one meeting (none in the gold sets)
        if am:
            pos = sent[0] + am.start()
            lo = _attendee_list_start(t, sent[0], pos, ents)
            for p in names:
                if lo <= p.start and p.end <= pos and p.i not in roles and not _KIN_AFTER.match(t.text, p.end):
                    out.append(rel("attendee", here, p, evidence=sent))
    out += _cited_speeches(t, all_meetings)
    out += _chaired_then_pronoun(t, all_meetings, dates, out)
    return out


#: a meeting chaired (…，在今年1月主持某集体学习时，他强调): the person opening the sentence chaired it and spoke
_CHAIRED_BEFORE = re.compile(r"在\s*(?:(?:今年|去年|\d{4}年)?\d{1,2}月(?:\d{1,2}日)?)?\s*主持(?:召开)?\s*$")
_THEN_PRONOUN = re.compile(r"\s*时\s*[，,]\s*[他她]\s*(?:强调|指出|表示|说)")


def _chaired_then_pronoun(t: Text, meetings: list[Ent], dates: dict[int, dict[str, Any]],
                          found: list[Relation]) -> list[Relation]:
    """某某…，在今年1月主持某会议时，他强调: the person opening the sentence chaired the meeting and spoke there; a
    month or day written before 主持 is the meeting's date."""
    out: list[Relation] = []
    have = {(r.type, r.head, r.tail) for r in found}
    for m in meetings:
        if not _THEN_PRONOUN.match(t.text, m.end):
            continue
        k = t.sent_of[m.i]
        sent = t.sents[k] if t.sents else (0, len(t.text))
        cb = _CHAIRED_BEFORE.search(t.text, max(sent[0], m.start - 16), m.start)
        if cb is None:
            continue
        subject = next((e for e in t.in_sentence(k) if e.label == "PERSON" and e.end <= cb.start()
                        and e.get("kind", "name") != "byline"), None)
        if subject is None or t.text[sent[0]:subject.start].strip():
            continue  # the person must open the sentence
        for kind in ("chaired_by", "speaker"):
            if (kind, m.i, subject.i) not in have:
                out.append(rel(kind, m, subject, evidence=sent, via="pronoun"))
        day = next((e for e in t.in_sentence(k) if e.label == "DATE" and cb.start() <= e.start and e.end <= m.start
                    and e.i in dates and dates[e.i].get("iso")), None)
        if day is not None and not any(r.type == "meeting_date" and r.head == m.i for r in found):
            out.append(rel("meeting_date", m, value=dates[day.i]["iso"], evidence=sent, date_text=day.text))
    return out


#: a date opening the sentence, then 在 and the meeting (2023年6月，在某座谈会上)
_DATE_AT_MEETING = re.compile(r"\s*(?P<d>[^，,。；;\s]{2,16}?)\s*[，,]?\s*在\s*")
#: a meeting opening its clause that deliberates or decides (6月27日，某会议审议并通过…): it is held here
_MEETING_ACTS = re.compile(r"\s*(?:审议|研究|讨论|听取|决定|通过)(?!的|了的)")
_CLAUSE_OPEN = re.compile(r"(?:^|[，,：:。\n])\s*\Z")
#: a leader's title written alone as a sentence's speaker (总书记指出, 总理强调)
_LEADER_TITLES = frozenset({"总书记", "总理", "委员长"})


def _titled_speaker(t: Text, ents: list[Ent], stext: str, sent: tuple[int, int]) -> Ent | None:
    """The person the article names with a leader's title (习近平总书记) when the sentence's speaker is the title
    alone (在某座谈会上，总书记指出); None when no one or two people are named with it."""
    for e in ents:
        if e.label != "POST" or e.text not in _LEADER_TITLES or not _SPEECH.match(t.text[e.end:sent[1]]):
            continue
        if not re.search(r"(?:^|[，,：:])\s*$", t.text[sent[0]:e.start]):
            continue  # (the title opens its clause)
        holders = {p.text: p for p in t.ents if p.label == "PERSON" and t.text.startswith(e.text, p.end)}
        return next(iter(holders.values())) if len(holders) == 1 else None
    return None


#: another event the text goes on to, held without a meeting's name (举行专题讲座, 举行宪法宣誓仪式)
_OTHER_EVENT = re.compile(r"(?:举行|举办)(?:了)?[^，,。；;]{0,20}?(?:讲座|仪式|典礼|报告会|音乐会|文艺演出)")
#: the event is part of the meeting (会上举行颁奖仪式, 会议期间举办…)
_IN_MEETING = re.compile(r"会上|会议上|会议期间|大会上|期间")
#: a person giving an instruction or a written comment (某某近日对某某工作作出重要指示)
_INSTRUCTED = re.compile(r"[^，。；;\n]{0,24}?(?:作出(?:了)?(?:重要)?(?:指示|批示)|发来(?:了)?贺信)")
#: speech said to be at the meeting (在会上, 在大会上讲话)
_AT_THE_MEETING = re.compile(r"\s*(?:同志)?\s*在[^，。；;]{0,8}?会[议上]")
#: 某某同志亲属、生前友好…参加: the person's relatives and friends attend, not the person
_KIN_AFTER = re.compile(r"\s*(?:同志)?\s*(?:的)?(?:亲属|家属|子女|遗属|生前友好|后人|家人)")
#: a sentence opened by 他/她 and a verb of speech (他表示，…; 她在会上强调)
_PRONOUN_SPEECH = re.compile(r"\s*(?:他|她)\s*(?:在(?:会上|会议上|讲话中|总结时))?\s*(?:表示|强调|指出|要求|说|认为)")
#: a speech cited by its meeting (某某总书记在某座谈会上/某会议期间的重要讲话): the person spoke there
#: (在主持某集体学习时的重要讲话: he chaired it too)
_CITED_BEFORE = re.compile(rf"(?:{_TITLE_AFTER_NAME}|主席)?\s*(?P<day>(?:\d{{4}}年)?(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?)\s*"
                           # (在主持…时; 在某地考察并主持召开…时; 主持召开…时, without 在)
                           r"(?:在(?:[^，,。；;]{1,16}?并)?\s*(?P<chair>主持(?:召开)?)?|(?P<chair2>主持召开|主持))\s*$")
#: a meeting named for its spirit or decisions (学习贯彻全国两会精神, 落实某全会部署)
_SPIRIT_AFTER = re.compile(r"\s*(?:的)?(?:重要)?(?:精神|决策部署|战略部署|部署要求)")
_CITED_AFTER = re.compile(r"\s*(?:开班式|开幕式|开幕会|结业式)?(?:上|期间|(?<=[会议习式])时)(?:的|所作的|发表的|发表了?|作了?)(?:重要)?(?:讲话|致辞|报告)")


def _convened_after_clauses(p: Ent, after: str, ents: list[Ent], names: list[Ent]) -> Ent | None:
    """The named meeting ``p`` convenes at the end of its clauses (某某来到甲，了解…，并主持召开某座谈会), if no other
    name stands between (None for an unnamed one: 并召开座谈会)."""
    m = _CHAIR_AFTER_CLAUSES.match(after)
    if m is None or any(p.end < q.start < p.end + m.end() for q in names):
        return None
    at = p.end + m.end()
    return next((e for e in ents if e.label == "MEETING" and at <= e.start <= at + 2), None)


def _cited_speeches(t: Text, meetings: list[Ent]) -> list[Relation]:
    out: list[Relation] = []
    for m in meetings:
        if not _CITED_AFTER.match(t.text, m.end):
            continue
        prev = next((e for e in reversed(t.ents[:m.i]) if e.label in ("PERSON", "POST")), None)
        while prev is not None and prev.label == "POST" and prev.i > 0:  # 习近平总书记: the name before the title
            prev = t.ents[prev.i - 1] if t.text[t.ents[prev.i - 1].end:prev.start].strip() == "" else None
        if prev is not None and prev.label == "PERSON" and prev.get("kind", "name") != "byline" \
                and (cm := _CITED_BEFORE.fullmatch(t.text[prev.end:m.start])) is not None:
            ev = t.sents[t.sent_of[m.i]] if t.sents else (0, len(t.text))
            # (专题研讨班 after 省部级…专题研讨班: the same meeting, by its full name)
            m = next((x for x in meetings if x.i < m.i and len(x.text) > len(m.text) and x.text.endswith(m.text)), m)
            out.append(rel("speaker", m, prev, evidence=ev, via="cited"))
            if cm.group("chair") or cm.group("chair2"):
                out.append(rel("chaired_by", m, prev, evidence=ev, via="cited"))
            # 某某2015年1月12日在某座谈会上的讲话: the day of the speech is the meeting's
            if cm.group("day") and "日" in cm.group("day") and "年" in cm.group("day") \
                    and (iso := date_iso(cm.group("day"), _article_date(t))) and len(iso) == 10:
                out.append(rel("meeting_date", m, value=iso, evidence=ev, date_text=cm.group("day")))
    return out


#: a ceremony of the meeting named before it (某某出席某年会开幕式并致辞), and one ending the clause (…开幕式。)
_CEREMONY = re.compile(r"\s*(?:开幕式|闭幕式|开幕会|闭幕会|启动式|启动仪式|颁奖仪式)")
_CEREMONY_END = re.compile(rf"(?:{_CEREMONY.pattern})?\s*(?=[，,。；;]|$)")


def _attended(t: Text, p: Ent, after: str, ents: list[Ent]) -> tuple[Ent, bool] | None:
    """The meeting named right after ``p``'s 出席 (its ceremony allowed after it) and whether 并讲话 follows it
    (某某8日出席某会议并讲话, 某某出席某年会开幕式并致辞); None unless a speech follows or the clause ends there
    (某某4日在上海出席第五届某某博览会开幕式。)."""
    m = _ATTEND_AT.match(after)
    if m is None:
        return None
    at = p.end + m.end()
    mt = next((e for e in ents if e.label == "MEETING" and e.start == at), None)
    if mt is None:
        return None
    cer = _CEREMONY.match(t.text, mt.end)
    if _AND_SPEECH.match(t.text, cer.end() if cer else mt.end):
        return mt, True
    return (mt, False) if _CEREMONY_END.match(t.text, mt.end) else None


def _strip_ents(t: Text, a: int, b: int, ents: list[Ent]) -> str:
    """The text between ``a`` and ``b`` without the entities inside it."""
    parts, pos = [], a
    for e in ents:
        if e.start >= a and e.end <= b:
            parts.append(t.text[pos:e.start])
            pos = e.end
    parts.append(t.text[pos:b])
    return "".join(parts)


#: a clause that only names people or groups of people (``在某地工作过的老同志``, ``以及有关部门负责同志``)
_GROUP_CLAUSE = re.compile(r"(?:同志|负责人|成员|代表|领导|干部|专家|嘉宾|委员)(?:等)?\s*$")
_NAME_CLAUSE = re.compile(r"^[、和及与\s同志]*$")


def _attendee_list_start(t: Text, s0: int, pos: int, ents: list[Ent]) -> int:
    """Where the subject of an attend verb at ``pos`` starts: the clause before the verb,
    extended back over clauses that only list names or groups of people
    (``甲、乙和丙，在某地工作过的老同志，以及有关部门负责同志等出席大会``)."""
    cuts = [s0] + [s0 + m.end() for m in re.finditer(r"[,，;；:：。]", t.text[s0:pos])]
    lo = cuts[-1]
    for a, b in zip(reversed(cuts[:-1]), reversed(cuts[1:])):
        rest = _strip_ents(t, a, b - 1, ents)
        if _NOT_A_LIST.search(rest) or not (_NAME_CLAUSE.match(rest) or _GROUP_CLAUSE.search(rest)):
            break
        if _NAME_CLAUSE.match(rest) and not any(e.label == "PERSON" and a <= e.start < b for e in ents):
            break  # an empty clause is no list
        lo = a
    return lo


def _bare_meeting_date(t: Text, k: int, at: int, dates: dict[int, dict[str, Any]]) -> Ent | None:
    """The date of a meeting referred to without its name in sentence ``k`` (at ``at``):
    a day written before the reference in that sentence, else a day leading the
    sentence before it (``21日上午，……。某某出席庆祝大会``)."""
    def day(e: Ent) -> bool:
        return e.label == "DATE" and e.i in dates and is_day(dates[e.i]["iso"])

    here = [e for e in t.in_sentence(k) if day(e) and e.end <= at]
    if here:
        return here[-1]
    if k > 0:
        ps = t.sents[k - 1]
        lead = [e for e in t.in_sentence(k - 1) if day(e)
                and re.fullmatch(r"[^，,。]*?[:：]?\s*", t.text[ps[0]:e.start]) and "，" not in t.text[ps[0]:e.start]
                and not any(m.label == "MEETING" for m in t.in_sentence(k - 1))]
        if lead:
            return lead[0]
    return None


def _listed_meetings(t: Text, first: Ent, meetings: list[Ent]) -> list[Ent]:
    """``first`` and the meetings of its sentence listed right after it (甲会议、乙会议和丙会议)."""
    out = [first]
    for mt in meetings:
        if mt.start >= out[-1].end and _MEETING_LIST_GAP.fullmatch(t.text, out[-1].end, mt.start):
            out.append(mt)
    return out


_MEETING_LIST_GAP = re.compile(r"\s*[、和及与]\s*")


def _meeting_after(t: Text, p: Ent, ents: list[Ent]) -> Ent | None:
    """The meeting ``p`` chairs named in the clause of the chairing (某某主持召开某会议), not one a later clause
    cites (某某主持会议并作工作布置，强调…某大会精神)."""
    return next((e for e in ents if e.label == "MEETING" and e.start >= p.end
                 and not _CLAUSE_BREAK.search(t.text, p.end, e.start)), None)


_CLAUSE_BREAK = re.compile(r"[，,；;：:]")


#: a month of a year (2020-09) and the comma after a date opening its sentence
_MONTH_ISO = re.compile(r"\d{4}-\d{2}")
_OPENING_COMMA = re.compile(r"\s*[，,]")
_PLACE = re.compile(r"在([^，,。；;：:“”]{2,30}?)(?:主持|组织)?(?:隆重)?(?:召开|举行|举办)")  # (在湖南|主持召开)


#: a meeting decided on or announced for later (会议决定，某会议…举行; 某会议将于…召开)
_DECIDED_FOR = re.compile(r"决定\s*[，,：:]")
_TO_BE_HELD = re.compile(r"将(?:于|在)[^，。；;]{0,24}?(?:召开|举行|举办)")


def _ahead(iso: str, date_text: str, ref: dt.date | None) -> str:
    """A month and day without a year, of a meeting to come: the article's year where :func:`date_iso` took the
    year before (it does so for a day more than a week after the article); any other reading is kept."""
    if ref is not None and "/" in iso and is_day(iso) and not _YEAR.search(date_text) and "月" in date_text:
        a, b = iso.split("/")  # (a range: each day, the end kept after the start)
        a2 = _ahead(a, date_text, ref)
        if a2 != a:
            try:
                b = dt.date.fromisoformat(b).replace(year=dt.date.fromisoformat(b).year + 1).isoformat()
            except ValueError:  # (a 29 February in the year after: the range is kept as read)
                return iso
        return f"{a2}/{b}"
    if ref is None or len(iso) != 10 or _YEAR.search(date_text) or "月" not in date_text:
        return iso
    try:
        d = dt.date.fromisoformat(iso)
        if d.year == ref.year - 1 and (ahead := d.replace(year=ref.year)) > ref + dt.timedelta(days=7):
            return ahead.isoformat()
    except ValueError:
        return iso
    return iso


def _meeting_facts(t: Text, mt: Ent, ents: list[Ent], sent: tuple[int, int],
                   dates: dict[int, dict[str, Any]]) -> list[Relation]:
    out: list[Relation] = []
    ds = [e for e in ents if e.label == "DATE" and e.i in dates and is_day(dates[e.i]["iso"])]
    if ds:
        d = min(ds, key=lambda e: abs(e.start - mt.start) + (0 if e.end <= mt.start else 20))
        iso = dates[d.i]["iso"]
        if _DECIDED_FOR.search(t.text, sent[0], mt.start) or _TO_BE_HELD.search(t.text, sent[0], sent[1]):
            iso = _ahead(iso, d.text, _article_date(t))  # 会议决定，某会议4月27日至30日在北京举行: a date to come
        out.append(rel("meeting_date", mt, value=iso, evidence=sent, date_text=d.text))
    else:
        iso = date_iso(t.text[sent[0]:mt.start], _article_date(t)) if sent[0] < mt.start else None
        if iso and is_day(iso):
            out.append(rel("meeting_date", mt, value=iso, evidence=sent))
        elif (opening := next((e for e in ents if e.label == "DATE" and e.i in dates and e.end <= mt.start
                               and _MONTH_ISO.fullmatch(str(dates[e.i].get("iso") or ""))
                               and not t.text[sent[0]:e.start].strip()
                               and _OPENING_COMMA.match(t.text, e.end)), None)) is not None:
            # 2020年9月，某某在湖南主持召开某座谈会时指出: the month opening the sentence is the meeting's
            out.append(rel("meeting_date", mt, value=dates[opening.i]["iso"], evidence=sent, date_text=opening.text))
    # 在X召开 right after the meeting's name, or 在X召开(了) right before it
    after = t.text[mt.end:sent[1]]
    m = re.match(r"^\s*(?:[^,，。；;在]{0,14}?)?在([^，,。；;：:“”]{2,30}?)(?:隆重)?(?:召开|举行|举办)", after)
    if m is None:
        for m2 in _PLACE.finditer(t.text[sent[0]:mt.start]):
            if re.fullmatch(r"(?:了|的)?\s*", t.text[sent[0] + m2.end():mt.start]):
                m = m2
    if m is not None:
        place = m.group(1).strip()
        if place and not any(e.label in ("PERSON", "MEETING") and place in e.text for e in ents):
            out.append(rel("meeting_location", mt, value=place, evidence=sent))
    return out


# --------------------------------------------------------------------------
# the article: bylines and editors
# --------------------------------------------------------------------------

_EDITOR_BEFORE = re.compile(r"(?:责任编辑|责编|编辑|审核|校对|编审|终审|值班编辑)\s*[:：]?\s*(?:[\u4e00-\u9fff·]{2,5}\s*[、,，/]\s*)*$")
_AUTHOR_BEFORE = re.compile(r"(?:记者|通讯员|作者|撰稿|文\s*[/:：]|文字\s*[:：])\s*(?:[\u4e00-\u9fff·]{2,4}\s*[、\s]\s*)*$")


def article_relations(t: Text) -> list[Relation]:
    out: list[Relation] = []
    for p in t.ents:
        if p.label != "PERSON" or p.get("kind") == "titled":
            continue
        line_start = t.text.rfind("\n", 0, p.start) + 1
        left = t.text[line_start:p.start]
        sent = t.sent_span(p)
        if (p.get("kind") == "byline" and p.get("role") == "editor") or _EDITOR_BEFORE.search(left):
            out.append(rel("editor", p, value="article", evidence=sent))
        elif (p.get("kind") == "byline" and p.get("role") in (None, "author")) or _AUTHOR_BEFORE.search(left) \
                or _paren_byline(t, p):
            out.append(rel("author", p, value="article", evidence=sent))
    return out


def _paren_byline(t: Text, p: Ent) -> bool:
    """``(吴永生 陈丽伟)`` / ``(记者 张立婷)`` closing a paragraph."""
    open_ = max(t.text.rfind("(", 0, p.start), t.text.rfind("（", 0, p.start))
    if open_ < 0 or p.start - open_ > 30:
        return False
    close = min([i for i in (t.text.find(")", p.end), t.text.find("）", p.end)) if i >= 0] or [-1])
    if close < 0 or close - p.end > 30:
        return False
    inner = t.text[open_ + 1:close]
    if not re.fullmatch(r"(?:(?:本报|融媒体)?(?:记者|通讯员)\s*)?[\u4e00-\u9fff·]{2,4}(?:[\s、,，]+[\u4e00-\u9fff·]{2,4})*", inner.strip()):
        return False
    return t.text[close + 1:].split("\n", 1)[0].strip() == ""
