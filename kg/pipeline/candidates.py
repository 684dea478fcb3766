"""Shared pieces of the entity rules: the candidate record and small lexica."""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.tokens import Doc, Span

from .gazetteer import Gazetteer

_HAN = re.compile(r"[\u4e00-\u9fff]")
_LEVEL_HINT = {"自治区": "省", "自治州": "州", "自治县": "县", "自治旗": "旗"}
_BODY_TYPE = {"组织部": "组织部", "宣传部": "宣传部", "统战部": "统战部", "政法委": "政法委", "办公室": "办公室",
              "党组": "党组", "常委会": "党委"}
# written after a region/level word, these are not region names: 泗洪路, 扬州大学, 扬州日报
_REGION_NOT_BEFORE = re.compile(r"[路街巷]|大道|大街|大学|学院|日报|晚报|银行|电视台|广播|医院|中学|小学|高速|机场|港口")


_NOT_NAME_END = frozenset("方会版党部委省市县区局院社网报台们人")


class _CharClass:
    r"""Membership test for a regex character class such as ``[\u4e00-\u9fff\d“”]``."""

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
