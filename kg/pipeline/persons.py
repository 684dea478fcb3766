"""Person-name rules of ``kg_rules`` (a mixin of :class:`kg.pipeline.components.KGRules`).

Names are validated with the surname list and a list of common words that
start with a surname character; see the individual rules for the contexts.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from .candidates import _NOT_GIVEN_NAMES, _NOT_NAME_END, Cand, _is_han, common_words
from .gazetteer import _frequent_words
from .surnames import WEAK_SURNAMES, is_mongolian_name, is_tibetan_name, is_yi_name, surname_of


#: a doctrine named after a leader (习近平新时代中国特色社会主义思想, 习近平经济思想): no mention of the person
_DOCTRINE_AFTER = re.compile(r"新时代|[\u4e00-\u9fff]{0,4}思想")
#: what makes a name part of another name: a doctrine, a spirit, a memorial (焦裕禄精神, 某某纪念馆)
_NOT_PERSON_AFTER = re.compile(_DOCTRINE_AFTER.pattern + r"|精神|纪念馆|纪念园|纪念碑|纪念堂|陵园|故居|同志纪念|式|村|镇|路|街|号|"
                               r"干部学院|学院|学校|大学|中学|小学|事迹|广场|公园|大道|基金|奖")

#: words before the person a decision names (给予, 免去, 撤销, 任命): the decision rule reads only texts with one
#: the verbs of a decision right before the name it is about (免去某某同志…)
_DECISION_VERBS = frozenset(("免去", "任命", "撤销", "给予", "增补"))
_DECISION_WORDS = re.compile(r"给予|免去|撤销|任命|接受")


#: the last of two given-name characters that is a preposition, not part of a name (王颖从|农村读书, 某某在|村里)
_NOT_GIVEN_LAST = frozenset("从以在对将把被与及")

#: what a person says right after the name (代表某某表示): a word that is a name there
_SPEAKS_AFTER = re.compile(r"(?:表示|强调|指出|介绍|认为|建议|说[，,:：“])")

class PersonRules:
    """Needs the compiled person patterns set up by ``KGRules.__init__``."""

    re_name_follow: re.Pattern[str]
    re_follow: re.Pattern[str]
    re_weak_name_boundary: re.Pattern[str] | None
    re_follow_multi: re.Pattern[str]
    re_list: re.Pattern[str]
    re_byline: re.Pattern[str]
    re_paren_byline: re.Pattern[str]
    re_speech: re.Pattern[str]
    re_titled: re.Pattern[str]
    titled_by_name: bool
    _titled_names: dict[tuple[str, str], re.Pattern[str]]
    titled_prev: str
    re_comrade: re.Pattern[str]
    re_role_name: re.Pattern[str]
    re_attend: re.Pattern[str]
    re_decision: re.Pattern[str] | None
    re_age: re.Pattern[str] | None
    re_dotted: re.Pattern[str] | None
    re_yi_clause: re.Pattern[str] | None
    re_appointed_next: re.Pattern[str] | None
    re_copula: re.Pattern[str] | None
    re_home: re.Pattern[str] | None
    re_kin: re.Pattern[str] | None
    re_role_home: re.Pattern[str] | None
    re_known: re.Pattern[str] | None
    re_listed_name: re.Pattern[str]
    national_titles: tuple[str, ...]
    re_name_before_national: re.Pattern[str]
    byline_roles: dict[str, str]
    model_policy: str
    foreign_known_loose: bool

    def _name_after(self, text: str, pos: int, persons: list[Cand], post: Cand | None) -> None:
        m = self.re_name_follow.match(text, pos)
        if not m:
            return
        start, end = m.start("name"), m.end("name")
        if end - start == 3 and self.re_follow_multi.match(text, start + 2) and text[start:start + 2] not in \
                common_words():  # 龚正|陪同 rather than 龚正陪|同
            end = start + 2
        name = text[start:end]
        if end - start == 3 and self.re_follow.match(text, end - 1) and not self._plausible_name(name) \
                and self._plausible_name(name[:2]):
            end, name = end - 1, name[:2]  # 副主任委员黄明|作的…: a two-character name before a one-character follower
        # a weak surname (和, 都, 满 …) right after a title needs the name to recur (总书记和大家), or three
        # characters before a word that follows names (村支书于某某专门…)
        if not self._plausible_name(name, strict=text.count(name) < 2 and not (
                len(name) == 3 and name[0] not in "和与及同跟" and name[1] not in "会今明昨当此该本这各全"
                and (self.re_follow_multi.match(text, end)
                     or self.re_weak_name_boundary is not None and self.re_weak_name_boundary.match(text, end))
                and not self.re_follow.match(text, start + 2))):
            return
        persons.append(Cand(start, end, "PERSON", {"kind": "name"}, prio=2))

    def _plausible_name(self, name: str, strict: bool = False) -> bool:
        if "·" in name or is_tibetan_name(name) or is_yi_name(name) or is_mongolian_name(name):
            return True
        sur = surname_of(name)
        if sur is None or not 2 <= len(name) <= 4:
            return False
        if name in common_words() or name[:2] in common_words() and len(name) == 2:
            return False
        if strict and sur in WEAK_SURNAMES:
            return False
        if len(name) == 3 and name[:2] in common_words():  # 贺信并, 余人
            return False
        given = name[len(sur):]
        if given[0] in "于对在与为将把被从以" or given[-1] in _NOT_NAME_END:
            return False
        if len(given) == 2 and given[1] in _NOT_GIVEN_LAST:  # 王颖从|农村: a preposition after a name
            return False
        if given in _NOT_GIVEN_NAMES:  # 江|苏按照总书记…: a preposition, not a given name
            return False
        if given.endswith("某"):  # 李某, 苏某某: a name the text withholds names nobody the graph could tell apart
            return False
        return not any(c in "的了是在与及等作对将副总率称说" for c in given)

    def _persons(self, text: str, persons: list[Cand]) -> None:
        for m in self.re_list.finditer(text):
            pos = m.start("list")
            for piece in re.split(r"[、,，]", m.group("list")):
                name = piece.rstrip("等")
                # (the list's last name before its verb: 朱永新、杨震|出席)
                cut = next((k for k in range(2, len(name)) if self.re_follow_multi.match(name, k)), len(name))
                name = name[:cut]
                if self._plausible_name(name):
                    persons.append(Cand(pos, pos + len(name), "PERSON", {"kind": "name"}, prio=2))
                pos += len(piece) + 1
        for m in self.re_byline.finditer(text):
            role = self.byline_roles.get(m.group("role"), "author")
            self._name_run(text, m.start("names"), m.group("names"), role, persons)
        for m in self.re_paren_byline.finditer(text):
            self._name_run(text, m.start("names"), m.group("names"), "author", persons)
        if self.re_known is not None:  # 习近平在会上讲话 (known national leaders, without a title)
            for m in self.re_known.finditer(text):
                if not _DOCTRINE_AFTER.match(text, m.end()):
                    persons.append(Cand(m.start(), m.end(), "PERSON", {"kind": "name"}, prio=3))
        if self.re_decision is not None and _DECISION_WORDS.search(text):
            for m in self.re_decision.finditer(text):
                # (right after the decision's verb a weak surname opens the name: 免去关某某的…职务)
                self._strong_name(text, m.start("name"), m.end("name"), persons, after_verb=True)
                pos = m.end("name")
                while pos < len(text) and text[pos] == "、":  # 免去甲、乙的…职务: every name of the list
                    nm = self.re_listed_name.match(text, pos + 1)
                    if nm is None:
                        break
                    self._strong_name(text, nm.start("name"), nm.end("name"), persons)
                    pos = nm.end("name")
        for rx, word in ((self.re_comrade, "同志"), *((self.re_name_before_national, w) for w in self.national_titles)):
            # both end with a lookahead for ``word``: read only the few characters before each occurrence
            seen: set[int] = set()
            p = text.find(word)
            while p >= 0:
                for m in rx.finditer(text, max(0, p - 14), p + len(word)):
                    if m.start("name") not in seen:
                        seen.add(m.start("name"))
                        self._strong_name(text, m.start("name"), m.end("name"), persons,
                                          after_verb=text[max(0, m.start("name") - 2):m.start("name")] in _DECISION_VERBS)
                p = text.find(word, p + len(word))
        if self.re_dotted is not None and "·" in text:  # 某某某·某某 (a two-part name) before a follower
            for m in self.re_dotted.finditer(text):
                persons.append(Cand(m.start("name"), m.end("name"), "PERSON", {"kind": "name"}, prio=3))
        if self.re_appointed_next is not None and "任命" in text:  # 任命甲为…、乙为…
            for m in self.re_appointed_next.finditer(text):
                clause = max(text.rfind(ch, 0, m.start()) for ch in "。；;\n")
                if text.find("任命", clause + 1, m.start()) >= 0:
                    self._strong_name(text, m.start("name"), m.end("name"), persons)
        if self.re_yi_clause is not None:  # ，洛古某某正在…
            for m in self.re_yi_clause.finditer(text):
                persons.append(Cand(m.start("name"), m.end("name"), "PERSON", {"kind": "name"}, prio=3))
        for rx in (self.re_home, self.re_kin, self.re_role_home):  # 走进村民某某家; ，某某一家几代人; 养殖户某某家的
            for m in rx.finditer(text) if rx is not None else ():
                if self._plausible_name(m.group("name"), strict=True):
                    persons.append(Cand(m.start("name"), m.end("name"), "PERSON", {"kind": "name"}, prio=4))
        if self.re_age is not None and "岁的" in text:  # 55岁的某某某
            for m in self.re_age.finditer(text):
                s, e = m.start("name"), m.end("name")
                if e - s == 3 and not self._plausible_name(text[s:e]) and self.re_follow.match(text, e - 1):
                    e -= 1  # 32岁的王颖|从农村…: a two-character name before a one-character follower
                if self._plausible_name(text[s:e]):
                    persons.append(Cand(s, e, "PERSON", {"kind": "name"}, prio=4))
        for m in self.re_role_name.finditer(text):
            name = m.group("name")
            if self._plausible_name(name, strict=text.count(name) < 2) or (
                    # 代表高松表示: a word that is also a name, after a role and before what the person says
                    name in common_words() and 2 <= len(name) <= 3 and surname_of(name) is not None
                    and _SPEAKS_AFTER.match(text, m.end("name"))):
                persons.append(Cand(m.start("name"), m.end("name"), "PERSON", {"kind": "name"}, prio=4))
        for m in self.re_attend.finditer(text):
            pos = m.start("names")
            for piece in m.group("names").split("、"):
                if self._plausible_name(piece, strict=True):
                    persons.append(Cand(pos, pos + len(piece), "PERSON", {"kind": "name"}, prio=3))
                pos += len(piece) + 1
        for m in self.re_titled.finditer(text):
            s = m.start()
            prev = text[s - 1] if s else ""
            sur = m.group("sur")
            if prev and _is_han(prev) and prev not in self.titled_prev \
                    and not (self.titled_by_name and self._titled_by_name(text, sur, m.group("role"))):
                continue
            if sur == "原" or sur in WEAK_SURNAMES and not (prev and prev in "委府大协"):
                continue
            nxt = text[m.end():m.end() + 1]
            if nxt and nxt in "处室办会长":
                continue
            persons.append(Cand(s, m.end(), "PERSON", {"kind": "titled", "surname": sur, "role": m.group("role")},
                                prio=2))

    def _titled_by_name(self, text: str, sur: str, role: str) -> bool:
        """True if the article writes a full name of the surname with the title beside it (国家主席习近平, 习近平主席):
        then 响应习主席倡议 refers to that person whatever precedes it."""
        rx = self._titled_names.get((sur, role))
        if rx is None:
            name = rf"{re.escape(sur)}[\u4e00-\u9fff]{{1,2}}"
            rx = self._titled_names[(sur, role)] = re.compile(rf"{re.escape(role)}{name}|{name}{re.escape(role)}")
        return any(m.group() != sur + role and self._plausible_name(m.group().replace(role, "", 1))
                   for m in rx.finditer(text))

    def _strong_name(self, text: str, s: int, e: int, persons: list[Cand], after_verb: bool = False) -> None:
        """A name before 同志/总书记; a leading weak surname is taken as a preposition (向李强同志) unless the
        name follows the verb of a decision (``after_verb``: 免去关某某…)."""
        name = text[s:e]
        if after_verb:
            if self._plausible_name(name):
                persons.append(Cand(s, e, "PERSON", {"kind": "name"}, prio=2))
            return
        if name[0] in WEAK_SURNAMES and self._plausible_name(name[1:], strict=True):
            s += 1
            name = name[1:]
        # after a boundary (决定：关某某同志任…) a weak surname opens the name; after a character it may be a
        # preposition (向李强同志)
        opened = s == 0 or not _is_han(text[s - 1])
        if not opened and len(name) == 3 and text[s - 1:s + 1] in _frequent_words() \
                and name[1:] in _frequent_words():
            return  # 学|习贯彻总书记…: the surname closes a word before it and the "given name" is a word too
        if self._plausible_name(name, strict=not opened):
            persons.append(Cand(s, e, "PERSON", {"kind": "name"}, prio=2))

    def _name_run(self, text: str, pos: int, names: str, role: str, persons: list[Cand]) -> None:
        for nm in re.finditer(r"[^ \t、,，]+", names):
            name = nm.group()
            if self._plausible_name(name):
                persons.append(Cand(pos + nm.start(), pos + nm.end(), "PERSON", {"kind": "byline", "role": role},
                                    prio=1))

    def _copula_names(self, text: str, persons: list[Cand], post_starts: set[int]) -> None:
        """The subject of 是 when a title follows it (某某是某县就业局局长), at the start of a clause."""
        if self.re_copula is None or "是" not in text:
            return
        p = text.find("是")
        while p >= 0:
            if p + 1 in post_starts:
                for m in self.re_copula.finditer(text, max(0, p - 8), p + 1):
                    if m.end("name") == p and self._plausible_name(m.group("name")):
                        persons.append(Cand(m.start("name"), p, "PERSON", {"kind": "name"}, prio=4))
            p = text.find("是", p + 1)

    def _propagate(self, text: str, persons: list[Cand], model: list[Span],
                   post_ends: set[int] | frozenset[int] = frozenset()) -> list[Cand]:
        """Other mentions of names already found (颜复指出 after 区委书记颜复), and
        unknown names before speech verbs that occur more than once."""
        known: dict[str, int] = {text[c.start:c.end]: 0 for c in persons
                                 if c.attrs.get("kind") in ("name", "byline")}
        model_tier = -1 if self.model_policy == "model_first" else 1
        for e in model:
            if e.text not in known and self._plausible_name(e.text):
                known[e.text] = model_tier  # other mentions of a model name rank like the model
        for m in self.re_speech.finditer(text):
            name = m.group("name")
            if name not in known and self._plausible_name(name, strict=True) and text.count(name) >= 2:
                known[name] = 0
        for name in [k for k in known if "·" in k]:  # 布茹玛汗·毛勒朵 … 布茹玛汗: the first part on its own
            first = name.split("·")[0]
            if len(first) >= 3:
                known.setdefault(first, known[name])
        known = {k: v for k, v in known.items() if len(k) >= 2}
        if not known:
            return persons
        taken = {(c.start, c.end) for c in persons} | {(e.start_char, e.end_char) for e in model}
        # (person v23) a foreign name read after a title is a name after a pause or a conjunction too (，巴育热情迎接)
        foreign = {text[c.start:c.end] for c in persons if c.attrs.get("foreign")} if self.foreign_known_loose else set()
        rx = re.compile("|".join(map(re.escape, sorted(known, key=len, reverse=True))))
        for m in rx.finditer(text):
            if (m.start(), m.end()) in taken:
                continue
            s, e = m.start(), m.end()
            prev = text[s - 1] if s else ""
            boundary_before = not prev or not _is_han(prev) or s in post_ends  # 市委书记|王昊利用
            # a name of three or more characters, once found, is a name wherever it stands (54岁的某某某扎根,
            # 像某某某一样); a two-character one needs a boundary or a follower (it may be part of a word)
            if not (self.re_follow.match(text, e) or len(m.group()) >= 3 and not _NOT_PERSON_AFTER.match(text, e)
                    or boundary_before and s in post_ends
                    or m.group() in foreign and (not prev or not _is_han(prev) or prev in "和同与及")):
                continue
            tier = known[m.group()]
            attrs = {"kind": "name", "source": "model"} if tier else {"kind": "name"}
            persons.append(Cand(s, e, "PERSON", attrs, prio=3, tier=tier))
        return persons

    def _trim_model_span(self, text: str, span: Span) -> Span:
        """A model PERSON span that takes the first character of a kinship word after the name
        (蔡某某夫|妻俩), or a four-character one that takes the first character of a word that names what
        is the person's (某某某纪|念馆), loses that character (``text``: the Doc's text)."""
        e = span.end_char
        if len(span.text) == 4 and text[e - 1:e + 1] in _WORDS_AFTER_NAME:  # 某某某纪|念馆, 某某某同|志
            trimmed = span.doc.char_span(span.start_char, e - 1, label=span.label)
            if trimmed is not None:
                return trimmed
        if len(span.text) >= 3 and text[e - 1:e + 1] in _KIN_AFTER_NAME:
            trimmed = span.doc.char_span(span.start_char, e - 1, label=span.label)
            if trimmed is not None:
                return trimmed
        dot = span.text.find("·")
        if dot >= 0:  # 某某·某某跟村民们, 某某·某某长期工: a ·-joined name ends before a word that follows names
            for k in range(span.start_char + dot + 3, e):
                if text[k] == "跟" or self.re_follow_multi.match(text, k):
                    trimmed = span.doc.char_span(span.start_char, k, label=span.label)
                    if trimmed is not None:
                        return trimmed
                    break
        return span

    def _list_names(self, text: str, persons: list[Cand], model: list[Span]) -> None:
        """Names in a list of names (李某、何某、洛桑江村、胡某、帕巴拉·格列朗杰和张某): when two or more
        items, and at least half of them, are names found by other rules or the model, the other items
        that look like names (a surname, a Tibetan name, a ·-joined name) are names too; the last item may
        join two names with 和/及."""
        if "、" not in text:
            return
        ruled = {(c.start, c.end) for c in persons}
        known = ruled | {(e.start_char, e.end_char) for e in model}
        known_starts = {a for a, _ in known}
        known_ends = {b for _, b in known}
        for m in _RE_NAME_RUN.finditer(text):
            pieces: list[tuple[int, int]] = []
            pos = m.start()
            for piece in m.group().split("、"):
                pieces.append((pos, pos + len(piece)))
                pos += len(piece) + 1
            last = len(pieces) - 1
            hits = sum(1 for i, (a, b) in enumerate(pieces)
                       if (a, b) in known or i == 0 and b in known_ends or i == last and a in known_starts)
            if hits < 2 or 2 * hits < len(pieces):
                continue
            for i, (a, b) in enumerate(pieces):
                if i == 0 or (a, b) in ruled:
                    continue  # (an item only the model found is read by the rules too: 王昌林、徐南平、温枢刚 —
                    # the list outranks 南平, a city's name inside the item)
                items = [(a, b)]
                if i == last:
                    joint = next((k for k in range(a + 2, b - 1) if text[k] in "和及"), None)
                    items = [(a, joint), (joint + 1, b)] if joint is not None else [(a, b)]
                    if joint is None and b - a >= 4 and self.list_end_names:
                        # 甲、乙、信长星先后发言: the last name runs on into its verb; the name is the part the verb
                        # follows (three characters before two)
                        items = [(a, a + n) for n in (3, 2) if self.re_follow.match(text, a + n)
                                 and self._plausible_name(text[a:a + n])][:1] or items
                for x, y in items:
                    if text[y - 1] == "等":
                        y -= 1
                    if (x, y) not in ruled and self._plausible_name(text[x:y]):
                        persons.append(Cand(x, y, "PERSON", {"kind": "name"}, prio=3))


#: words that open what is named after a person (某某纪念馆, 某某故居 …): a four-character model span that
#: takes their first character is a three-character name
_WORDS_AFTER_NAME = frozenset("纪念 故居 同志 生平 铜像 雕像 旧居 精神 思想 事迹".split())
#: kinship words written right after a name (蔡某某夫妻俩)
_KIN_AFTER_NAME = frozenset("夫妻 夫妇 父子 父女 母子 母女 兄弟 姐妹 兄妹 姐弟 等人".split())
#: a run of three or more 、-separated items that may be names
#: (a run starts only after a character that cannot be in it, so each run is read once)
_RE_NAME_RUN = re.compile(r"(?:(?<=[^\u4e00-\u9fff·])|^)[\u4e00-\u9fff·]{2,}(?:、[\u4e00-\u9fff·]{2,}){2,}")
