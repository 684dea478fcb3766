"""Gazetteer of Chinese administrative divisions (province … township).

Built by ``scripts/build_gazetteer.py`` from the 2023 NBS division codes into
``kg/data/divisions.tsv.gz`` and loaded lazily, once. Names are simplified;
look them up in normalised text.

    >>> from kg.pipeline import gazetteer as gz
    >>> [d.code for d in gz.lookup("泗洪")]
    ['321324']
    >>> [d.name for d in gz.ancestors("321324")]
    ['宿迁市', '江苏省']

Ambiguous names return every candidate; :func:`resolve_in_context` picks the
one under a region already known (e.g. the article's main region).
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy

LEVELS = ("province", "city", "county", "township")
#: township names the rules match (others, e.g. ``XX农场``, are only looked up)
_TOWNSHIP_SUFFIX = ("镇", "乡", "街道", "苏木", "办事处")
#: official full names that are ordinary words in running text
_GENERIC_FULL = frozenset("老城区 新城区 城区 郊区 矿区 新区 市中区 城中区 市辖区 开发区 高新区 东区 西区 南区 北区 中区".split())

#: one-character names of the provinces (京 for 北京市, 黔 and 贵 for 贵州省)
PROVINCE_ABBR: dict[str, str] = {
    "京": "11", "津": "12", "冀": "13", "晋": "14", "蒙": "15", "辽": "21", "吉": "22", "黑": "23", "沪": "31",
    "苏": "32", "浙": "33", "皖": "34", "闽": "35", "赣": "36", "鲁": "37", "豫": "41", "鄂": "42", "湘": "43",
    "粤": "44", "桂": "45", "琼": "46", "渝": "50", "川": "51", "蜀": "51", "黔": "52", "滇": "53", "藏": "54",
    "陕": "61", "秦": "61", "甘": "62", "陇": "62", "青": "63", "宁": "64", "新": "65", "港": "81", "澳": "82",
}


@dataclass(frozen=True)
class Division:
    code: str
    name: str  # full official name
    level: str  # province / city / county / township
    parent: str | None
    short: tuple[str, ...] = ()
    alias: tuple[str, ...] = ()  # other full forms: 民和县 (民和回族土族自治县), 延边州

    @property
    def synthetic(self) -> bool:
        """True for Hong Kong/Macau/Taiwan subdivisions, which have no national code."""
        return "x" in self.code


def trie_regex(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, longest alternative first, factored as a trie."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            body = "(?:" + body + ")?"
        return body

    return build(trie)


class Gazetteer:
    def __init__(self, rows: Iterable[Division]) -> None:
        self.by_code: dict[str, Division] = {}
        self.by_name: dict[str, list[str]] = {}
        self.full_names: set[str] = set()
        self._children: dict[str, list[str]] = {}
        for d in rows:
            self.by_code[d.code] = d
            self.full_names.add(d.name)
            self.full_names.update(d.alias)
            for name in (d.name, *d.alias, *d.short):
                codes = self.by_name.setdefault(name, [])
                if d.code not in codes:
                    codes.append(d.code)
            if d.parent:
                self._children.setdefault(d.parent, []).append(d.code)
        # short forms the table drops as common words (兴国县: 兴国), kept only to be read right after a
        # division above them (江西兴国, 岳阳华容): name -> codes
        self.weak_short: dict[str, list[str]] = {}
        for d in self.by_code.values():
            if d.short or d.level not in ("city", "county") or d.synthetic or len(d.name) < 3 \
                    or d.name[-1] not in "市县区旗" or d.name in _GENERIC_FULL or d.name[:-1] in self.by_name:
                continue
            self.weak_short.setdefault(d.name[:-1], []).append(d.code)

    # -- lookups ------------------------------------------------------------
    def lookup(self, name: str) -> list[Division]:
        """All divisions whose full name or short form is ``name`` (higher levels first)."""
        codes = self.by_name.get(name, ())
        return sorted((self.by_code[c] for c in codes), key=lambda d: (LEVELS.index(d.level), d.code))

    def get(self, code: str) -> Division | None:
        return self.by_code.get(code)

    def parent(self, code: str) -> Division | None:
        d = self.by_code.get(code)
        return self.by_code.get(d.parent) if d and d.parent else None

    def ancestors(self, code: str) -> list[Division]:
        """Parent, grandparent … up to the province."""
        out: list[Division] = []
        p = self.parent(code)
        while p is not None:
            out.append(p)
            p = self.parent(p.code)
        return out

    def children(self, code: str) -> list[Division]:
        return [self.by_code[c] for c in self._children.get(code, ())]

    def is_within(self, code: str, region: str) -> bool:
        """True if ``code`` is ``region`` or lies under it."""
        return code == region or any(a.code == region for a in self.ancestors(code))

    def resolve_in_context(self, name: str, context_codes: Iterable[str]) -> Division | None:
        """The candidate for ``name`` lying in (or equal to) one of ``context_codes``.

        Context codes are tried most specific first; None when no candidate or
        several equally good candidates fit (never a guess)."""
        cands = self.lookup(name)
        if not cands:
            return None
        ctx = sorted({c for c in context_codes if c in self.by_code}, key=lambda c: -len(c))
        for region in ctx:
            fits = [d for d in cands if self.is_within(d.code, region)]
            if len(fits) == 1:
                return fits[0]
            if len(fits) > 1:
                return None
            # the name may denote an ancestor of the context (扬州 seen from 邗江区)
            up = [d for d in cands if self.is_within(region, d.code)]
            if len(up) == 1:
                return up[0]
        return None

    # -- text scanning --------------------------------------------------------
    def match_names(self) -> list[str]:
        """Names the REGION rule looks for in running text."""
        names: set[str] = set()
        for d in self.by_code.values():
            if d.level == "township":
                # 濮阳县庆祖镇 is matched as 濮阳县 + 庆祖镇 (its alias)
                names.update(n for n in (d.alias or (d.name,)) if len(n) >= 3 and n.endswith(_TOWNSHIP_SUFFIX))
                if d.alias and not any(d.name.endswith(a) for a in d.alias) and d.name.endswith(_TOWNSHIP_SUFFIX):
                    names.add(d.name)  # 明水满族乡 (alias 明水乡): an ethnic township's full name is written too
                continue
            names.update(d.alias)
            if d.name not in _GENERIC_FULL and len(d.name) >= 2:
                names.add(d.name)
            names.update(s for s in d.short if len(s) >= 2)
        return sorted(names)

    def finditer(self, text: str, weak_shorts: bool = False) -> Iterator[tuple[int, int, str]]:
        """(start, end, name) of division names in ``text``, leftmost-longest.

        A short form is skipped where it is the start of a longer common word
        (大丰收); a county's short form also where it straddles a common word
        with its neighbour (理顺|城市, 融合|水平). With ``weak_shorts`` a short form the table drops as a
        common word is read right after a division above it (江西|兴国、)."""
        index = _index(self)
        blockers = _nonregion_words()
        get = index.get
        i = 0  # the next position a name may start at (names do not overlap)
        for p in _candidate_starts(text, _bigram_keys(self)):
            if p < i:
                continue
            for name, check in get(text[p:p + 2], ()):  # longest first
                if text.startswith(name, p):
                    e = p + len(name)
                    if check and _blocked(text, p, e, blockers, check, after_name=p == i and p > 0) \
                            and not self._division_inside_follows(text, e, name, get, weak_shorts):
                        continue
                    if check and _river_after(text, e, get, blockers):
                        continue  # 拉萨河, 某某江: a river named after the place, not the place
                    if check == 3 and _overlapped_by_longer(text, p, e, get, blockers):
                        break  # 抵|达日|喀则: 日喀则 starts inside the county short form 达日 and runs on
                    yield p, e, name
                    i = e
                    weak = self._weak_short_after(text, e, name) if weak_shorts else None
                    if weak:
                        yield e, weak[0], weak[1]
                        i = weak[0]
                    break

    def weak_division(self, short: str, above: str) -> Division | None:
        """The one division whose dropped short form is ``short`` lying under a division named ``above`` (兴国 under
        江西: 兴国县); None if none or several. Not a lookup: such a short form names a place only where
        :meth:`finditer` reads it."""
        if short in self.by_name:
            return None
        tops = [d.code for d in self.lookup(above)]
        fits = [c for c in self.weak_short.get(short, ()) if any(self.is_within(c, a) and c != a for a in tops)]
        return self.by_code[fits[0]] if len(fits) == 1 else None

    def _weak_short_after(self, text: str, e: int, name: str) -> tuple[int, str] | None:
        """(end, short) of a dropped short form of a division inside ``name`` written right after it and
        followed by a pause, a function word, a place word or a village's name (江西兴国、, 湖北恩施营上村,
        湖南岳阳华容团洲垸); None otherwise (辽宁振兴首先…, 江苏…的发展)."""
        for n in (3, 2):
            short = text[e:e + n]
            codes = self.weak_short.get(short)
            if not codes or text[e + n:e + n + 1] in _SUFFIX_CHARS or _WEAK_FOLLOW.match(text, e + n) is None:
                continue  # (福州鼓楼|区某某社区: the full name 鼓楼区 is read instead)
            if self.weak_division(short, name) is not None:
                return e + n, short
        return None

    def _division_inside_follows(self, text: str, e: int, name: str, get: Any, weak_shorts: bool = False) -> bool:
        """True if the full name or a city's short form of a division inside ``name`` follows at ``e``
        (山西|晋中市, 山西|晋中): a chain, whatever word the dictionary makes across the join (山西晋)."""
        if weak_shorts and self._weak_short_after(text, e, name) is not None:
            return True  # 湖南|华容三县 (湖南华 a word of the dictionary)
        codes = [d.code for d in self.lookup(name)]
        for nxt, check in get(text[e:e + 2], ()):
            if check <= 2 and text.startswith(nxt, e) \
                    and any(self.is_within(d.code, c) and d.code != c for d in self.lookup(nxt) for c in codes):
                return True
        return False

    def is_county_short(self, name: str) -> bool:
        """True if ``name`` is only the short form of county-level divisions (泗洪, 岐山)."""
        if name in self.full_names:
            return False
        return {self.by_code[c].level for c in self.by_name.get(name, ())} == {"county"}

    def is_full_name(self, name: str) -> bool:
        return name in self.full_names


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once."""
    ref = resources.files("kg") / "data" / "divisions.tsv.gz"
    rows: list[Division] = []
    with ref.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            code, name, level, parent, short, alias = line.rstrip("\n").split("\t")
            rows.append(Division(code, name, level, parent or None, tuple(s for s in short.split("|") if s),
                                 tuple(a for a in alias.split("|") if a)))
    return Gazetteer(rows)


_INDEXES: dict[int, dict[str, tuple[tuple[str, int], ...]]] = {}


def _blocked(text: str, s: int, e: int, blockers: frozenset[str], check: int, after_name: bool = False) -> bool:
    """True if a common word extends the short form text[s:e] to the right (大丰收);
    for a city's short form (check 2) also if a 3-5 character word overlaps it
    (天山南北); for a county's (check 3) also 方/国 right after it (中方愿同德方).
    Counties' short forms are further checked against the article's regions in kg_rules."""
    n = len(text)
    if e < n and (text[s:e + 1] in blockers or e + 1 < n and text[s:e + 2] in blockers):
        return True
    if check == 4:  # (not right after a division's name: 定日县|长所乡 is no 县长)
        if not after_name and e < n and text[e - 1:e + 1] in _SUFFIX_WORDS:
            return True  # 文明乡|风, 某某镇|定: the township's 乡/镇 opens a word with the next character
        return bool(s) and not after_name and text[s - 1:s + 1] in _frequent_words()
    if check < 2:
        return False
    if check == 3 and e < n and text[e] in "方国":  # 同德|方, 同德|国
        return True
    if check >= 3 and s and text[s - 1:s + 1] in _frequent_words():  # 世界|首位, 高于|城镇
        return True
    if check == 2 and s and not after_name and text[s - 1:s + 1] in _frequent_words():  # 人大|同人民
        return True
    for a in range(max(0, s - 3), s + 1):  # words of 3-5 characters overlapping the name
        for b in range(e, e + 4):
            if (a, b) != (s, e) and b <= n and 3 <= b - a <= 5 and text[a:b] in blockers:
                return True
    return False


#: words that open with a township's 乡/镇 (乡风文明, 乡愁, 镇定): no township's name ends before them
_SUFFIX_WORDS = frozenset("乡风 乡愁 乡情 乡音 乡俗 乡贤 乡亲 乡土 乡邻 乡里 乡间 乡下 乡野 乡味 乡韵 乡恋 乡思 "
                          "镇定 镇静 镇痛 镇守 镇压".split())


def _river_after(text: str, e: int, get: Any, blockers: frozenset[str]) -> bool:
    """True if 河 or 江 right after a short form ends a river's name (拉萨河碧水蜿蜒): the character opens
    no division's name (北京|河北, 南京|江北新区) and no common word with the next one (银川|河套平原)."""
    if e >= len(text) or text[e] not in "河江":
        return False
    two = text[e:e + 2]
    if two in blockers or two in _frequent_words():
        return False
    return not any(text.startswith(name, e) for name, _ in get(two, ()))


@lru_cache(maxsize=1)
def _nonregion_words() -> frozenset[str]:
    ref = resources.files("kg") / "data" / "nonregion_words.txt.gz"
    with ref.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip())


@lru_cache(maxsize=1)
def _frequent_words() -> frozenset[str]:
    ref = resources.files("kg") / "data" / "frequent_words.txt.gz"
    with ref.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip())


def _overlapped_by_longer(text: str, p: int, e: int, get: Any, blockers: Any) -> bool:
    """True if a longer name that is not only a county's short form starts inside
    text[p:e] and ends after it."""
    verb_first = text[p] in _GOING  # 常来|安吉: a short form opened by a verb of going yields to any later name
    for q in range(p + 1, e):
        for name, check in get(text[q:q + 2], ()):
            end = q + len(name)
            if end <= e or (len(name) <= e - p and not verb_first):
                break  # longest first: the rest are shorter
            if (check != 3 or verb_first) and text.startswith(name, q) \
                    and not (check and _blocked(text, q, end, blockers, check)):
                return True
    return False


#: the last characters of divisions' full names (a short form right before one is read with it)
_SUFFIX_CHARS = frozenset("省市县区旗州盟镇乡")
#: what may follow a dropped short form read after a division above it: a pause, a function word, a word for
#: the place or its countryside, or a village's or polder's name (湖北恩施营上村, 湖南华容团洲垸)
_WEAK_FOLLOW = re.compile(r"$|[、，。；：,;:）)\s]|[的等和与及]|一带|境内|当地|地区|县城|城区|农村|山区|乡村|全县|全市"
                          r"|[两三四五六七八九十几]+个?(?:县|市|区|乡镇|镇|乡|村)|[\u4e00-\u9fff]{1,3}?(?:村|垸|社区)(?![\u4e00-\u9fff]{0,2}(?:公司|集团))")


#: characters that open a county's short form but are verbs of going or prepositions before a place (来安, 到)
_GOING = frozenset("来到在赴往去从于自")


def _index(gz: Gazetteer) -> dict[str, tuple[tuple[str, int], ...]]:
    """Names bucketed by their first two characters, longest first."""
    key = id(gz)
    if key not in _INDEXES:
        buckets: dict[str, list[tuple[str, int]]] = {}
        for name in gz.match_names():
            # 0: full name, no check; 1: a province's short form; 2: a city's; 3: only counties';
            # 4: a township's full name or a two-character one (only the frequent-word checks)
            levels = {gz.by_code[c].level for c in gz.by_name[name]}
            check = 0
            if not gz.is_full_name(name):
                check = 3 if levels == {"county"} else 1 if "province" in levels else 2
            elif levels == {"township"} or len(name) == 2:
                check = 4  # a two-character full name (成县, 沛县) is checked on its left too: 形|成县
            buckets.setdefault(name[:2], []).append((name, check))
        _INDEXES[key] = {k: tuple(sorted(v, key=lambda x: len(x[0]), reverse=True)) for k, v in buckets.items()}
    return _INDEXES[key]


_BIGRAMS: dict[int, numpy.ndarray] = {}


def _bigram_keys(gz: Gazetteer) -> numpy.ndarray:
    """The first two characters of every name the scan looks for, as sorted 64-bit codes."""
    key = id(gz)
    if key not in _BIGRAMS:
        codes = sorted({(ord(k[0]) << 32) | ord(k[1]) for k in _index(gz) if len(k) == 2})
        _BIGRAMS[key] = numpy.asarray(codes, dtype=numpy.uint64)
    return _BIGRAMS[key]


def _candidate_starts(text: str, keys: numpy.ndarray) -> list[int]:
    """Positions in ``text`` where a name's first two characters are written, found with array
    operations (no Python loop over the characters)."""
    if len(text) < 2 or not len(keys):
        return []
    cp = numpy.frombuffer(text.encode("utf-32-le"), dtype="<u4").astype(numpy.uint64)
    pairs = (cp[:-1] << numpy.uint64(32)) | cp[1:]
    at = numpy.searchsorted(keys, pairs)
    at[at == len(keys)] = 0
    return numpy.flatnonzero(keys[at] == pairs).tolist()


def lexicon_names() -> list[str]:
    """Division names for the segmenters' user dictionary."""
    return gazetteer().match_names()


# module-level shortcuts on the packaged gazetteer
def lookup(name: str) -> list[Division]:
    return gazetteer().lookup(name)


def get(code: str) -> Division | None:
    return gazetteer().get(code)


def parent(code: str) -> Division | None:
    return gazetteer().parent(code)


def ancestors(code: str) -> list[Division]:
    return gazetteer().ancestors(code)


def children(code: str) -> list[Division]:
    return gazetteer().children(code)


def resolve_in_context(name: str, context_codes: Iterable[str]) -> Division | None:
    return gazetteer().resolve_in_context(name, context_codes)
