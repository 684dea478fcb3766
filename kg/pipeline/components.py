"""The ``kg_rules`` component: high-precision entity rules.

Finds POST, ORG, REGION, CAMPAIGN, MEETING, DATE and PERSON spans with
compiled regexes over the Doc's (normalised) text and a dictionary scan of the
division gazetteer, then chooses non-overlapping entities (longest first;
rules before the trained ``ner``'s PERSON spans, see ``model_policy``).
Spans nested in a chosen entity (the region and body of a POST …) go to
``doc.spans["kg_parts"]``. Attributes are on ``span._.kg`` (docs/design.md).
"""

from __future__ import annotations

import gzip
import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.language import Language
from spacy.tokens import Doc, Span

from . import extensions, sentences  # noqa: F401  (declares the extensions; registers kg_sentencizer)
from .extensions import get_norm
from .gazetteer import Gazetteer, gazetteer
from .patterns import (
    campaign_patterns,
    date_patterns,
    meeting_patterns,
    org_patterns,
    person_patterns,
    post_patterns,
)
from .surnames import SINGLE_SURNAMES, WEAK_SURNAMES, surname_of

logger = logging.getLogger("kg")

MODEL_POLICIES = ("fill", "rules", "model_first")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LEVEL_HINT = {"自治区": "省", "自治州": "州", "自治县": "县", "自治旗": "旗"}
_BODY_TYPE = {"组织部": "组织部", "宣传部": "宣传部", "统战部": "统战部", "政法委": "政法委", "办公室": "办公室",
              "党组": "党组", "常委会": "党委"}
# written after a region/level word, these are not region names: 泗洪路, 扬州大学, 扬州日报
_REGION_NOT_BEFORE = re.compile(r"[路街巷]|大道|大街|大学|学院|日报|晚报|银行|电视台|广播|医院|中学|小学|高速|机场|港口")


_NOT_NAME_END = frozenset("方会版党部委省市县区局院社网报台们")


class _CharClass:
    """Membership test for a regex character class such as ``[\u4e00-\u9fff\\d“”]``."""

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
def common_words() -> frozenset[str]:
    """Frequent words starting with a surname character (never person names)."""
    ref = resources.files("kg") / "data" / "common_words.txt.gz"
    with ref.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip())


def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


class KGRules:
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
        self.re_body = re.compile(pp["body"])
        self.re_role = re.compile(pp["role"])
        self.re_head = re.compile(pp["head"])
        self.re_bare = re.compile(pp["bare_body"] + "(?P<role>" + pp["role"] + ")")
        self.re_national_post = re.compile(pp["national"])
        self.re_media = re.compile(pp["media"])
        self.bad_before: dict[str, str] = pp["bad_before"]
        self.bad_after_head: str = pp["bad_after_head"]
        self.re_national_org = re.compile(op["national"])
        self.org_prefix: str = op["prefix"]
        o, c = re.escape(cp["open"]), re.escape(cp["close"])
        self.re_quoted = re.compile(rf"(?P<open>[{o}])(?P<inner>{cp['inner']})(?P<close>[{c}])(?P<suf>{cp['suffix']})?")
        self.re_shapes = [re.compile(s) for s in cp["shapes"]]
        self.not_campaign = frozenset(cp["not_campaign"])
        self.re_bare_campaign = [re.compile(s) for s in cp["bare"]]
        lex = sorted(cp["lexicon"], key=len, reverse=True)
        self.campaign_lexicon = frozenset(lex)
        self.re_campaign_lex = re.compile("|".join(map(re.escape, lex))) if lex else None
        self.re_session = re.compile(mp["session"])
        self.re_meeting_suffix = re.compile(mp["suffix"])
        self.meeting_name_chars = _CharClass(mp["name_chars"])
        self.re_trim = re.compile(mp["trim"])
        self.generic_meeting = frozenset(mp["generic_suffix"])
        self.re_date = re.compile(dp["date"])
        self.re_name_follow = re.compile(rf"[ \t]?(?P<name>{pe['name']}){pe['follow']}")
        self.re_follow = re.compile(pe["follow"])
        self.re_follow_multi = re.compile(pe["follow_multi"])
        self.re_list = re.compile(pe["list"])
        self.re_byline = re.compile(pe["byline"])
        self.re_paren_byline = re.compile(pe["paren_byline"])
        self.re_speech = re.compile(pe["speech"])
        self.re_titled = re.compile(pe["titled"])
        self.re_comrade = re.compile(pe["comrade"])
        self.re_attend = re.compile(pe["attend"])
        self.re_role_after = re.compile("、(?P<role>" + pp["role"] + ")")
        self.byline_roles: dict[str, str] = pe["byline_roles"]
        self.re_name_before_national = re.compile(rf"(?P<name>{pe['name']})(?=总书记)")

    # ------------------------------------------------------------------ call
    def __call__(self, doc: Doc) -> Doc:
        text = get_norm(doc).text  # == doc.text, without joining the tokens again
        gz = gazetteer()
        regions = list(gz.finditer(text)) if self.regions else []
        region_by_end = {e: (s, e, n) for s, e, n in regions}
        cands: list[Cand] = []
        persons: list[Cand] = []
        self._posts_and_orgs(text, gz, region_by_end, cands, persons)
        self._regions(text, gz, regions, cands, persons)
        self._campaigns(text, cands)
        self._meetings(text, region_by_end, gz, cands)
        self._dates(text, cands)
        self._persons(text, persons)
        model = _model_persons(doc) if self.model_policy != "rules" else []
        persons = self._propagate(text, persons, model)
        cands.extend(persons)
        tier = -1 if self.model_policy == "model_first" else 1
        for e in model:
            cands.append(Cand(e.start_char, e.end_char, "PERSON", {"kind": "name", "source": "model"}, 9, tier))
        self._set(doc, cands, len(text))
        return doc

    # ------------------------------------------------------------ region
    def _region_attrs(self, gz: Gazetteer, name: str) -> dict[str, Any]:
        divs = gz.lookup(name)
        if len(divs) == 1:
            d = divs[0]
            return {"code": d.code, "level": d.level, "name": d.name, "candidates": [d.code]}
        levels = {d.level for d in divs}
        full = [d.name for d in divs]
        return {"code": None, "level": levels.pop() if len(levels) == 1 else None,
                "name": full[0] if len(set(full)) == 1 else name, "candidates": [d.code for d in divs]}

    def _regions(self, text: str, gz: Gazetteer, regions: list[tuple[int, int, str]], cands: list[Cand],
                 persons: list[Cand]) -> None:
        """REGION spans. A county's short form (泗洪, 站前) is kept only when the
        article also names it in full or names a region above it (宿迁, 江苏):
        short county names are too often ordinary words or parts of names."""
        context: set[str] = set()
        for _, _, name in regions:
            if not gz.is_county_short(name):
                context.update(d.code for d in gz.lookup(name))
        for s, e, name in regions:
            if _REGION_NOT_BEFORE.match(text, e):
                continue
            if s and text[s - 1] in SINGLE_SURNAMES and text[s - 1] not in WEAK_SURNAMES \
                    and self.re_follow.match(text, e) and gz.is_county_short(name) \
                    and (s < 2 or not _is_han(text[s - 2]) or text[s - 2] == "、"):
                # 王岐山、… / 何卫东 何立峰: a name that ends in a county's short form
                if self._plausible_name(text[s - 1:e]):
                    persons.append(Cand(s - 1, e, "PERSON", {"kind": "name"}, prio=4))
                continue
            attrs = self._region_attrs(gz, name)
            if gz.is_county_short(name):
                divs = gz.lookup(name)
                fits = [d for d in divs if d.name in text or any(a.code in context for a in gz.ancestors(d.code))]
                if not fits:
                    continue
                if len(fits) == 1 and len(divs) > 1:
                    attrs = dict(attrs, code=fits[0].code, level=fits[0].level, name=fits[0].name)
            cands.append(Cand(s, e, "REGION", attrs, prio=6))

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
            for k in range(1, 5):  # 古灶村党委书记: a village name of 1-4 characters after a region or a boundary
                b = lvl_start - k
                if b in region_by_end or b == 0 or not _is_han(text[b - 1]):
                    start = b
                    break
            else:
                return None
        if inner is not None:
            start = inner[0]
            outer = region_by_end.get(start)
            while outer is not None:  # 江苏省泗洪县委
                start = outer[0]
                outer = region_by_end.get(start)
        elif start == lvl_start and lvl_start > 0:
            prev = text[lvl_start - 1]
            if prev in self.bad_before.get(lvl, ""):
                return None
            if lvl == "州" and _is_han(prev):
                return None
        outer = region_by_end.get(start) if inner is None else None
        while outer is not None:  # 六堡镇 山坪村
            start = outer[0]
            outer = region_by_end.get(start)
        if start >= 2 and text[start - 2:start] == self.org_prefix:
            start -= 2
        part = None
        if inner is not None:
            part = Cand(inner[0], inner[1], "REGION", self._region_attrs(gz, inner[2]))
        return start, (inner[2] if inner else None), part

    # ------------------------------------------------------- posts / orgs
    def _name_after(self, text: str, pos: int, persons: list[Cand], post: Cand | None) -> None:
        m = self.re_name_follow.match(text, pos)
        if not m:
            return
        start, end = m.start("name"), m.end("name")
        if end - start == 3 and self.re_follow_multi.match(text, start + 2) and text[start:start + 2] not in \
                common_words():  # 龚正|陪同 rather than 龚正陪|同
            end = start + 2
        name = text[start:end]
        # a weak surname (和, 都, 满 …) right after a title needs the name to recur: 总书记和大家
        if not self._plausible_name(name, strict=text.count(name) < 2):
            return
        persons.append(Cand(start, end, "PERSON", {"kind": "name"}, prio=2))

    def _plausible_name(self, name: str, strict: bool = False) -> bool:
        if "·" in name:
            return True
        sur = surname_of(name)
        if sur is None or not 2 <= len(name) <= 4:
            return False
        if name in common_words() or name[:2] in common_words() and len(name) == 2:
            return False
        if strict and sur in WEAK_SURNAMES:
            return False
        given = name[len(sur):]
        if given[0] in "于对在和与为将把被从以" or given[-1] in _NOT_NAME_END:
            return False
        return not any(c in "的了是在和与及等作对将副总率称说" for c in given)

    def _posts_and_orgs(self, text: str, gz: Gazetteer, region_by_end: dict[int, tuple[int, int, str]],
                        cands: list[Cand], persons: list[Cand]) -> None:
        for m in self.re_body.finditer(text):
            lvl = m.group("lvl")
            pre = self._region_prefix(text, gz, region_by_end, m.start(), m.start() + len(lvl))
            if pre is None:
                continue
            start, region, rpart = pre
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
            role_m = self.re_role.match(text, body_end)
            if role_m and not (role_m.group() == "常委" and text.startswith("会", role_m.end())):
                role = role_m.group()
                post = Cand(start, role_m.end(), "POST",
                            {"role": role, "body": body, "body_type": body_type, "region": region,
                             "level_hint": level_hint}, prio=1,
                            parts=parts + [Cand(start, body_end, "ORG", org_attrs)])
                cands.append(post)
                self._name_after(text, role_m.end(), persons, post)
            else:
                cands.append(Cand(start, body_end, "ORG", org_attrs, prio=2, parts=parts))
        for m in self.re_head.finditer(text):
            head = m.group("head")
            lvl_pos = m.start("hl") if m.group("hl") else m.start()
            lvl = m.group("hl") or "自治区"
            if m.group("hl"):
                nxt = text[m.end():m.end() + 1]
                if nxt and (nxt in self.bad_after_head or nxt in _long_place_chars(gz)):
                    continue
                if m.start() == lvl_pos:  # no 副/常务 before the level word: check the left context
                    pre = self._region_prefix(text, gz, region_by_end, lvl_pos, lvl_pos + 1)
                else:
                    pre = self._region_prefix(text, gz, region_by_end, m.start(), m.start())
                    if pre is not None and pre[1] is None:
                        pre = (m.start(), None, None)
            else:
                pre = (m.start(), None, None)
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
        for m in self.re_media.finditer(text):
            role = next(r for r in ("记者", "通讯员", "实习生") if m.group().endswith(r))
            post = Cand(m.start(), m.end(), "POST", {"role": role, "body": None, "body_type": "media",
                                                     "region": None, "level_hint": None}, prio=1)
            cands.append(post)
        for m in self.re_national_org.finditer(text):
            cands.append(Cand(m.start(), m.end(), "ORG", {"body_type": "中央", "region": None, "level_hint": "国",
                                                          "parent": None}, prio=2))

    # ----------------------------------------------------------- campaigns
    def _campaigns(self, text: str, cands: list[Cand]) -> None:
        for m in self.re_quoted.finditer(text):
            inner, suf = m.group("inner"), m.group("suf") or ""
            if inner in self.not_campaign or not _HAN.search(inner) and not inner[:1].isdigit():
                continue
            if re.fullmatch(r"(?:19|20)\d\d", inner):
                continue
            ok = bool(suf) or inner in self.campaign_lexicon or any(r.fullmatch(inner) for r in self.re_shapes)
            if not ok:
                continue
            cands.append(Cand(m.start(), m.end(), "CAMPAIGN", {"name": inner + suf, "core": inner}, prio=2))
        for rx in self.re_bare_campaign:
            for m in rx.finditer(text):
                cands.append(Cand(m.start(), m.end(), "CAMPAIGN", {"name": m.group(), "core": m.group()}, prio=4))
        if self.re_campaign_lex is not None:
            for m in self.re_campaign_lex.finditer(text):
                cands.append(Cand(m.start(), m.end(), "CAMPAIGN", {"name": m.group(), "core": m.group()}, prio=4))

    # ------------------------------------------------------------ meetings
    def _meetings(self, text: str, region_by_end: dict[int, tuple[int, int, str]], gz: Gazetteer,
                  cands: list[Cand]) -> None:
        for m in self.re_session.finditer(text):
            start = m.start()
            reg = region_by_end.get(start + 1) if start < len(text) else None
            if reg is not None and reg[0] < start:
                start = reg[0]
            cands.append(Cand(start, m.end(), "MEETING", {"name": text[start:m.end()]}, prio=1))
        name_chars = self.meeting_name_chars
        for m in self.re_meeting_suffix.finditer(text):
            s = m.start()
            a = s
            while a > 0 and s - a < 36 and text[a - 1] in name_chars:
                a -= 1
            name = text[a:s]
            t = self.re_trim.match(name)
            cut = t.end() if t else 0
            name = name[cut:].lstrip("、“”\"()（）")
            name = re.sub(r"^[一二三四五六七八九十两几多首\d]*(?:次|个|场)", "", name)
            start = s - len(name)
            suf = m.group()
            if not name and suf in self.generic_meeting or len(name) + len(suf) < 3:
                continue
            if name.count("“") != name.count("”"):
                continue
            cands.append(Cand(start, m.end(), "MEETING", {"name": name + suf}, prio=2))

    def _dates(self, text: str, cands: list[Cand]) -> None:
        for m in self.re_date.finditer(text):
            cands.append(Cand(m.start(), m.end(), "DATE", {}, prio=3))

    # ------------------------------------------------------------- persons
    def _persons(self, text: str, persons: list[Cand]) -> None:
        for m in self.re_list.finditer(text):
            pos = m.start("list")
            for piece in re.split(r"[、,，]", m.group("list")):
                if self._plausible_name(piece.rstrip("等")):
                    piece = piece.rstrip("等")
                    persons.append(Cand(pos, pos + len(piece), "PERSON", {"kind": "name"}, prio=2))
                pos += len(piece) + 1
        for m in self.re_byline.finditer(text):
            role = self.byline_roles.get(m.group("role"), "author")
            self._name_run(text, m.start("names"), m.group("names"), role, persons)
        for m in self.re_paren_byline.finditer(text):
            self._name_run(text, m.start("names"), m.group("names"), "author", persons)
        for rx in (self.re_comrade, self.re_name_before_national):
            for m in rx.finditer(text):
                self._strong_name(text, m.start("name"), m.end("name"), persons)
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
            if prev and _is_han(prev) and prev not in "委府大协":
                continue
            if sur == "原" or sur in WEAK_SURNAMES and not (prev and prev in "委府大协"):
                continue
            nxt = text[m.end():m.end() + 1]
            if nxt and nxt in "处室办会长":
                continue
            persons.append(Cand(s, m.end(), "PERSON", {"kind": "titled", "surname": sur, "role": m.group("role")},
                                prio=2))

    def _strong_name(self, text: str, s: int, e: int, persons: list[Cand]) -> None:
        """A name before 同志/总书记; a leading weak surname is taken as a preposition (向李强同志)."""
        name = text[s:e]
        if name[0] in WEAK_SURNAMES and self._plausible_name(name[1:], strict=True):
            s += 1
            name = name[1:]
        if self._plausible_name(name, strict=True):
            persons.append(Cand(s, e, "PERSON", {"kind": "name"}, prio=2))

    def _name_run(self, text: str, pos: int, names: str, role: str, persons: list[Cand]) -> None:
        for nm in re.finditer(r"[^ \t、,，]+", names):
            name = nm.group()
            if self._plausible_name(name):
                persons.append(Cand(pos + nm.start(), pos + nm.end(), "PERSON", {"kind": "byline", "role": role},
                                    prio=1))

    def _propagate(self, text: str, persons: list[Cand], model: list[Span]) -> list[Cand]:
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
        known = {k: v for k, v in known.items() if len(k) >= 2}
        if not known:
            return persons
        taken = {(c.start, c.end) for c in persons} | {(e.start_char, e.end_char) for e in model}
        rx = re.compile("|".join(map(re.escape, sorted(known, key=len, reverse=True))))
        for m in rx.finditer(text):
            if (m.start(), m.end()) in taken:
                continue
            s, e = m.start(), m.end()
            prev = text[s - 1] if s else ""
            boundary_before = not prev or not _is_han(prev)
            if not (self.re_follow.match(text, e) or boundary_before and len(m.group()) >= 3):
                continue
            tier = known[m.group()]
            attrs = {"kind": "name", "source": "model"} if tier else {"kind": "name"}
            persons.append(Cand(s, e, "PERSON", attrs, prio=3, tier=tier))
        return persons

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


@Language.factory(
    "kg_rules",
    assigns=["doc.ents", "doc.spans", "span._.kg"],
    default_config={
        "post_patterns": {"@misc": "kg.post_patterns.v1"},
        "org_patterns": {"@misc": "kg.org_patterns.v1"},
        "campaign_patterns": {"@misc": "kg.campaign_patterns.v1"},
        "meeting_patterns": {"@misc": "kg.meeting_patterns.v1"},
        "date_patterns": {"@misc": "kg.date_patterns.v1"},
        "person_patterns": {"@misc": "kg.person_patterns.v1"},
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
