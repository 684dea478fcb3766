"""The geography an article is about, and what implicit titles refer to.

* :class:`Divisions` — a small view of the national division hierarchy
  (name, level, parent, short-form lookup) used by the relation rules and by
  resolution. The default instance adapts ``kg.pipeline.gazetteer``; tests
  build one from a handful of inline records.
* :func:`main_region` — the region an article is about, from its title,
  source line (``宿迁网``, ``淮北日报`` → the city), the regions its body
  names and the deictic level words (``全县``, ``我区``, ``该县`` …).
* :func:`region_for_level` — what an unqualified ``市委``/``区委``/``省委``
  refers to in an article about a given region: the region itself when the
  level matches, else the nearest ancestor of that level (``市委`` in a
  泗洪县 article → 宿迁市); lower levels are never guessed.
* :func:`full_body_name` — ``县委`` + 泗洪县 → ``泗洪县委``.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .gazetteer import _frequent_words
from .patterns import national_organs

log = logging.getLogger("kg")

#: division levels, top down
LEVELS = ("province", "city", "county", "township")

#: level words that refer to the article's own region: 全县, 我区, 该县, 本市 …
_DEICTIC = re.compile(r"(?:全|我|该|本)(县|区|市|旗|州|盟|省)(?![委长政级直属属])")
#: suffixes stripped from a source/medium name to find its region (宿迁网, 淮北日报)
_MEDIUM_SUFFIX = re.compile(
    r"(?:广播电视台|电视台|融媒体中心|融媒体|新闻网|日报社|日报|晚报|早报|都市报|时报|发布|在线|新闻|网|报|台)$"
)


@dataclass(frozen=True)
class Division:
    code: str
    name: str  # full official name, e.g. 泗洪县
    level: str  # province / city / county / township
    parent: str | None = None


def level_suffix_matches(hint: str, div: Division) -> bool:
    """Does an administrative level word (``县``/``区``/``市``/``省``/``旗``/``州``
    /``盟``/``镇``/``乡``/``街道``/``自治区``) describe this division?"""
    n = div.name
    if hint == "省":
        return div.level == "province" and n.endswith("省")
    if hint == "自治区":
        return div.level == "province" and n.endswith("自治区")
    if hint == "市":
        return n.endswith("市") and div.level in ("province", "city", "county")
    if hint == "区":
        return div.level == "county" and n.endswith("区")
    if hint == "县":
        return div.level == "county" and n.endswith("县")
    if hint == "旗":
        return div.level == "county" and n.endswith("旗")
    if hint == "州":
        return div.level == "city" and n.endswith("州")
    if hint == "盟":
        return div.level == "city" and n.endswith("盟")
    if hint in ("镇", "乡", "街道"):
        return div.level == "township" and n.endswith(hint)
    return False


#: levels that are below the county: never inferred from the article context
LOW_LEVEL_HINTS = frozenset({"镇", "乡", "街道", "村", "社区"})


class Divisions:
    """Division records with the lookups the relation rules need.

    ``records`` maps codes to objects with ``code``, ``name``, ``level`` and
    ``parent`` (a code); ``lookup(name)`` maps a full or short name
    (``泗洪县``, ``泗洪``) to codes. Without a lookup function the short forms
    are derived from the names (:func:`short_forms`).
    """

    def __init__(self, records: Mapping[str, Any] | Iterable[Division],
                 lookup: Callable[[str], Sequence[str]] | None = None) -> None:
        self._by_code: Mapping[str, Any] = (
            records if isinstance(records, Mapping) else {d.code: d for d in records}
        )
        self._names: dict[str, set[str]] = defaultdict(set)
        if lookup is None:
            for d in self._by_code.values():
                for form in short_forms(d.name, d.level):
                    self._names[form].add(d.code)
        self._lookup = lookup
        self._memo: dict[str, list[str]] = {}

    @classmethod
    def from_records(cls, rows: Iterable[tuple[str, str, str, str | None]]) -> Divisions:
        """From ``(code, name, level, parent_code)`` tuples (tests, small gazetteers)."""
        return cls(Division(c, n, lv, p) for c, n, lv, p in rows)

    def get(self, code: str | None) -> Division | None:
        return self._by_code.get(code) if code else None

    def name(self, code: str) -> str:
        d = self._by_code.get(code)
        return d.name if d else code

    def parent(self, code: str) -> str | None:
        d = self._by_code.get(code)
        return d.parent if d else None

    def chain(self, code: str) -> list[str]:
        """The code itself then its ancestors up to the province."""
        out: list[str] = []
        cur: str | None = code
        while cur and cur not in out:
            out.append(cur)
            cur = self.parent(cur)
        return out

    def is_within(self, code: str, ancestor: str) -> bool:
        return ancestor in self.chain(code)

    def lookup(self, name: str) -> list[str]:
        if not name:
            return []
        hit = self._memo.get(name)
        if hit is None:
            if self._lookup is not None:
                hit = sorted(c for c in self._lookup(name) if c in self._by_code)
            else:
                hit = sorted(self._names.get(name, ()))
            if len(self._memo) < 200_000:  # titles and short texts repeat their substrings
                self._memo[name] = hit
        return list(hit)

    def resolve(self, name: str, context: Sequence[str] = ()) -> tuple[str | None, list[str]]:
        """Code for ``name`` given context codes (most specific first);
        ``(None, candidates)`` when the name is ambiguous and the context does
        not decide — never a guess."""
        cands = self.lookup(name)
        if len(cands) <= 1:
            return (cands[0] if cands else None), cands
        for ctx in context:
            if not ctx or ctx not in self._by_code:
                continue
            inside = [c for c in cands if self.is_within(c, ctx)]
            if len(inside) == 1:
                return inside[0], cands
            if inside:
                continue
            # the name may denote an ancestor of the context (扬州 seen from 邗江区)
            up = [c for c in cands if self.is_within(ctx, c)]
            if len(up) == 1:
                return up[0], cands
        return self.preferred(name, cands), cands

    def preferred(self, name: str, cands: Sequence[str]) -> str | None:
        """Without deciding context, pick a candidate only where that is no guess:

        * one candidate contains all the others — the name denotes the larger unit
          (吉林 → 吉林省 ⊃ 吉林市; 南昌 → 南昌市 ⊃ 南昌县; 东莞市 and its county-level twin);
        * a *short* form whose single highest candidate is a province or prefecture
          while the others are lower units elsewhere (海南 → 海南省, not 海南区 of 乌海
          nor 海南州 of 青海; 西安 → 西安市): news writes the bare name for the
          prominent unit and the full name (海南州) for the other.

        Identical full names (two 鼓楼区) stay ambiguous."""
        tops = [c for c in cands if all(self.is_within(o, c) for o in cands)]
        if len(tops) == 1:
            return tops[0]
        divs = [self._by_code[c] for c in cands if c in self._by_code]
        if not divs or any(name in (d.name, *getattr(d, "alias", ())) for d in divs):
            return None
        rank = {lv: i for i, lv in enumerate(("province", "city", "county", "township"))}
        best = min(rank.get(d.level, 9) for d in divs)
        top = [d for d in divs if rank.get(d.level, 9) == best]
        if len(top) == 1 and best <= 1:
            return top[0].code
        return None


_SHORT_SUFFIXES = (
    "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "自治县", "自治旗",
    "省", "市", "县", "区", "旗", "盟", "地区", "州", "镇", "乡", "街道",
)
_MINORITY = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?族)+$")


def short_forms(name: str, level: str) -> set[str]:
    """``泗洪县`` → {泗洪县, 泗洪}; ``宁夏回族自治区`` → {…, 宁夏}; keeps 2+ chars."""
    forms = {name}
    for suf in _SHORT_SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            stem = name[: -len(suf)]
            stem = _MINORITY.sub("", stem) if suf.startswith("自治") else stem
            if len(stem) >= 2 and not (level == "county" and suf == "区" and stem in ("城", "郊", "矿")):
                forms.add(stem)
            break
    return forms


@lru_cache(maxsize=1)
def default_divisions() -> Divisions:
    """The national division table, from ``kg.pipeline.gazetteer``."""
    from . import gazetteer as gz

    return gz_to_divisions(gz)


def gz_to_divisions(gz: Any) -> Divisions:
    """Adapt the packaged gazetteer (``kg.pipeline.gazetteer``) to :class:`Divisions`."""
    g = gz.gazetteer()
    return Divisions(g.by_code, lookup=lambda name: [d.code for d in g.lookup(name)])


# --------------------------------------------------------------------------
# the article's main region
# --------------------------------------------------------------------------


@dataclass
class RegionEvidence:
    """Votes for the regions an article is about."""

    votes: Counter[str] = field(default_factory=Counter)
    level_words: Counter[str] = field(default_factory=Counter)  # 县/区/市 … from 全县, 我区 …

    def add(self, code: str | None, weight: float) -> None:
        if code:
            self.votes[code] += weight  # type: ignore[assignment]


TITLE_WEIGHT = 5.0
SOURCE_WEIGHT = 3.0
BODY_WEIGHT = 1.0


def scan_regions(text: str, div: Divisions, max_len: int = 12) -> list[tuple[int, int, list[str]]]:
    """Longest-match scan of division names in a short text (titles, source lines)."""
    out: list[tuple[int, int, list[str]]] = []
    i = 0
    n = len(text)
    while i < n:
        if not ("\u4e00" <= text[i] <= "\u9fff"):
            i += 1
            continue
        hit: tuple[int, int, list[str]] | None = None
        for j in range(min(n, i + max_len), i + 1, -1):
            codes = div.lookup(text[i:j])
            if codes and j - i == 2 and (text[i - 1:i + 1] if i else "") in _frequent_words() \
                    and text[j - 1:j + 1] in _frequent_words():
                continue  # 稳|定安|全: a two-character name read across two words (稳定, 安全), no place
            if codes:
                hit = (i, j, codes)
                break
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


def medium_region(source: str | None, div: Divisions) -> str | None:
    """``宿迁网``/``淮北日报``/``扬州日报-扬州网`` → the city (or county) it serves."""
    if not source:
        return None
    for part in re.split(r"[-—·|｜/\s]+", source):
        stem = part
        for _ in range(2):
            stem = _MEDIUM_SUFFIX.sub("", stem)
        code, cands = div.resolve(stem)
        if code is None and cands:
            # a medium named after a place is the highest-level one (扬州 → 扬州市)
            top = min(cands, key=lambda c: (LEVELS.index(div.get(c).level), c))  # type: ignore[union-attr]
            if sum(1 for c in cands if div.get(c).level == div.get(top).level) == 1:  # type: ignore[union-attr]
                code = top
        if code:
            return code
    return None


_VENUE = re.compile(r"在(?P<place>[\u4e00-\u9fff]{1,8}?)(?:隆重)?(?:召开|举行|开幕|闭幕)")


def _only_the_venue(div: Divisions, code: str, body_text: str) -> bool:
    """True if the article's one region is where its event takes place (会议在北京召开, 在京召开)."""
    for m in _VENUE.finditer(body_text):
        place = m.group("place")
        if place == "京" and code == "11":
            return True
        if div.resolve(place, [])[0] == code:
            return True
    return False


def main_region(
    div: Divisions,
    title: str | None,
    source: str | None,
    body_codes: Iterable[str],
    body_text: str,
    min_share: float = 0.6,
) -> str | None:
    """The most specific region consistent with most of the evidence.

    Votes: regions in the title (×5), the source medium (×3), each region the
    body names (×1); the deictic level words (``全县`` …) vote for the voted
    regions of that level. Votes flow up the hierarchy. From the province
    with most votes (it must hold half of all votes: national news about many
    provinces has no main region) the answer descends to the child holding
    ``min_share`` of its siblings' votes and no fewer than the parent's own.
    """
    body_codes = list(body_codes)
    ev = RegionEvidence()
    found = scan_regions(title or "", div)
    title_codes = [codes[0] for _s, _e, codes in found if len(codes) == 1]
    for start, end, _codes in found:
        # 江西分宜: an ambiguous name is read inside the other regions of the title
        code, _ = div.resolve((title or "")[start:end], title_codes)
        ev.add(code, TITLE_WEIGHT)
    ev.add(medium_region(source, div), SOURCE_WEIGHT)
    for c in body_codes:
        ev.add(c, BODY_WEIGHT)
    for m in _DEICTIC.finditer(body_text):
        ev.level_words[m.group(1)] += 1
    if not ev.votes:
        return None
    if not found and medium_region(source, div) is None and len(body_codes) == 1 and not ev.level_words \
            and _only_the_venue(div, body_codes[0], body_text):
        return None  # one place named once, as a venue (中央某会议在北京召开): no article region
    # title regions disambiguated against each other (江西分宜 → 分宜县 in 江西)
    votes: Counter[str] = Counter()
    for code, w in ev.votes.items():
        votes[code] += w  # type: ignore[assignment]
    for hint, n in ev.level_words.items():
        matching = [c for c in ev.votes if (d := div.get(c)) is not None and level_suffix_matches(hint, d)]
        for c in matching:
            votes[c] += n / len(matching)  # type: ignore[assignment]
    agg: Counter[str] = Counter()
    for code, w in votes.items():
        for anc in div.chain(code):
            agg[anc] += w  # type: ignore[assignment]
    total = sum(votes.values())
    provinces = [c for c in agg if div.get(c) is not None and div.get(c).parent is None]  # type: ignore[union-attr]
    if not provinces:
        return None
    root = max(provinces, key=lambda c: (agg[c], c))
    if agg[root] < 0.5 * total:
        return None
    cur = root
    while True:
        kids = [c for c in agg if div.parent(c) == cur]
        if not kids:
            break
        best = max(kids, key=lambda c: (agg[c], c))
        # descend while one child holds most of the children's votes and at
        # least as many as the parent itself (宿迁网 naming 泗洪 once stays 宿迁)
        if agg[best] < min_share * sum(agg[c] for c in kids) or agg[best] < votes.get(cur, 0):
            break
        cur = best
    return cur


def region_for_level(div: Divisions, hint: str | None, main: str | None) -> str | None:
    """The region an unqualified ``<hint>委``/``<hint>长`` refers to in an
    article about ``main``: main itself or its nearest ancestor of that level.
    Township-level and unknown hints are never guessed (→ None)."""
    if not hint or not main or hint in LOW_LEVEL_HINTS:
        return None
    for code in div.chain(main):
        d = div.get(code)
        if d is not None and level_suffix_matches(hint, d):
            return code
    return None


# --------------------------------------------------------------------------
# body names
# --------------------------------------------------------------------------

_PARTY_PREFIX = re.compile(r"^(?:中国共产党|中共)")
#: government bodies implied by government posts (县长 → 县政府)
GOV_BODY = {"政府": "政府", "人大": "人大常委会", "政协": "政协"}


def canonical_body(body: str) -> str:
    """Written body → canonical short form: ``中共濉溪县委`` → ``濉溪县委``,
    ``泗洪县人民政府`` → ``泗洪县政府``, ``泗洪县委员会`` → ``泗洪县委``."""
    b = _PARTY_PREFIX.sub("", body.strip())
    b = b.replace("人民政府", "政府")
    b = re.sub(r"([县区市省旗州盟镇乡])委员会$", r"\1委", b)
    if b.startswith("兵团") and len(b) > 2:  # 兵团教育局: the Xinjiang Production and Construction Corps' bureau
        b = "新疆生产建设" + b
    if b.startswith("人民银行"):  # 人民银行(党委): the central bank by its short name
        b = "中国" + b
    elif b.startswith("中科院"):  # 中科院(院士): the Chinese Academy of Sciences by its short name
        b = "中国科学院" + b[3:]
    return CENTRAL_FULL_NAMES.get(b, b)


#: central bodies written in full → the short names the graph uses for them (中共中央纪律检查委员会 → 中央纪委);
#: the longer first, for titles that start with one (relations_bodies.national_body)
CENTRAL_FULL_NAMES = {"中央纪律检查委员会常务委员会": "中央纪委常委会", "中央纪律检查委员会": "中央纪委"}


def body_rest(body: str, region: str | None, level_hint: str | None, region_name: str | None = None) -> str:
    """What follows the region in a written body: ``泗洪县委`` → ``委``,
    ``县委`` (hint 县) → ``委``, ``市委组织部`` → ``委组织部``."""
    b = canonical_body(body)
    for prefix in (region_name, region):
        if prefix and prefix in b:
            # 泗洪县委 → 委; 河北省邯郸市政府 → 政府 (higher regions written before)
            return b[b.rindex(prefix) + len(prefix):]
    if region_name:
        d_stem = region_name
        for suf in _SHORT_SUFFIXES:
            if d_stem.endswith(suf):
                d_stem = d_stem[: -len(suf)]
                break
        if len(d_stem) >= 2 and b.startswith(d_stem):
            rest = b[len(d_stem):]
            # 泗洪县委 written with the short form 泗洪 + 县委
            for suf in _SHORT_SUFFIXES:
                if rest.startswith(suf) and region_name.endswith(suf):
                    return rest[len(suf):]
            return rest
    if level_hint and b.startswith(level_hint):
        return b[len(level_hint):]
    return b


def full_body_name(region_name: str, rest: str) -> str:
    """``泗洪县`` + ``委`` → ``泗洪县委``; ``宿迁市`` + ``委组织部`` → ``宿迁市委组织部``;
    a level word written twice is dropped (``金凤区`` + ``区委`` → ``金凤区委``)."""
    if rest and region_name and rest[0] == region_name[-1] and re.match(r".(?:委|政府|人大|政协|纪委|监委)", rest) \
            and not region_name.endswith("新区"):  # 浦东新区区委 keeps both
        rest = rest[1:]
    return region_name + rest


# --------------------------------------------------------------------------
# national bodies
# --------------------------------------------------------------------------

#: bodies of the central party and state (the heads of the national post grammar)
_NATIONAL_HEAD = re.compile(r"^(?:中共中央|党中央|中央(?!.*(?:公司|集团|银行|大学|学院|医院))|国务院|全国人大|全国政协|"
                            r"国家(?!.*(?:公司|集团|银行|大学|学院|医院|[省市县区]))|最高人民法院|最高人民检察院|"
                            r"中国(?:科学院|工程院|社会科学院))")


def is_national_body(body: str | None) -> bool:
    """Is ``body`` (a resolved body name, no region) an organ of the central party
    or state: ``中共中央``, ``中共中央政治局``, ``国务院``, ``国家``, ``农业农村部党组`` —
    not an enterprise (``国家电网有限公司``) or a unit in a province."""
    if not body:
        return False
    if _NATIONAL_HEAD.match(body) or body == "中华人民共和国":
        return True
    return bool(national_organs().match(body) and not re.search(r"公司|集团|银行|[省市县区]", body))
