"""Normalisation of article text with an offset map back to the original.

Steps, each keeping track of where every output character came from:

1. remove zero-width, bidi and control characters (keeping ``\\n``, ``\\t``),
   and pinyin annotations that some sites insert after characters
   (``聯(lián)席`` → ``聯席``);
2. fold full-width and small-form ASCII variants to half-width
   (``（`` → ``(``, ``１`` → ``1``) and the ideographic space to a space;
3. convert traditional to simplified with OpenCC (``t2s``) when the text has
   traditional characters.

``Normalized.to_orig(start, end)`` maps any span of the normalised text to the
exact span of the original text it came from.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache

from .types import Script

# tone-marked vowels make a parenthesised run of letters unmistakably pinyin
_TONE = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_ANNOT = re.compile(
    r"(?<=[\u3400-\u9fff\uf900-\ufaff])"  # right after a Han character
    r"[(（]"
    rf"(?=[a-zü{_TONE}]*[{_TONE}])[a-zü{_TONE}]{{1,7}}(?:[ '][a-zü{_TONE}]{{1,7}}){{0,3}}"
    r"[)）]"
)
# characters dropped outright: C0/C1 controls (but \n \t), zero-width, bidi marks, BOM
_DROP = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffe\uffff]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")


def _width_table() -> dict[int, str]:
    table: dict[int, str] = {0x3000: " ", 0x0D: "\n"}
    for cp in list(range(0xFF01, 0xFF5F)) + list(range(0xFE50, 0xFE6C)):
        folded = unicodedata.normalize("NFKC", chr(cp))
        if len(folded) == 1 and folded != chr(cp):
            table[cp] = folded
    return table


_WIDTH = _width_table()


@lru_cache(maxsize=4)
def _converter(config: str):  # noqa: ANN202 - opencc has no type hints
    import opencc

    return opencc.OpenCC(config if config.endswith(".json") else f"{config}.json")


def t2s(text: str) -> str:
    return _converter("t2s").convert(text)


def s2t(text: str) -> str:
    return _converter("s2t").convert(text)


def _han_diff(a: str, b: str) -> int:
    if len(a) != len(b):
        return abs(len(a) - len(b)) + 1
    return sum(1 for x, y in zip(a, b) if x != y)


_HAN_RUN = re.compile("[\u3400-\u9fff]+")


def detect_script(text: str) -> Script:
    """simplified / traditional / mixed, from how much t2s and s2t change."""
    sample = "".join(_HAN_RUN.findall(text))[:20000]
    if not sample:
        return "unknown"
    simplified = t2s(sample)
    if simplified == sample:  # the common case: one conversion, no per-character loop
        return "simplified"
    trad = _han_diff(sample, simplified)  # characters that are traditional-only
    simp = _han_diff(sample, s2t(sample))  # characters that are simplified-only
    if trad == 0:
        return "simplified"
    share = trad / (trad + simp)
    if share >= 0.8:
        return "traditional"
    if share <= 0.2 and trad < 5:
        return "simplified"
    return "mixed"


@dataclass(frozen=True)
class Normalized:
    """Normalised text plus, for each of its characters, the original span."""

    text: str
    orig: str
    starts: array  # starts[i]: original index where normalised char i begins
    ends: array  # ends[i]: original index where it ends (exclusive)
    script: Script = "unknown"

    def to_orig(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalised span [start, end) to the original text."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span ({start}, {end}) outside text of length {len(self.text)}")
        if start == end:
            pos = self.starts[start] if start < len(self.text) else len(self.orig)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def orig_span_text(self, start: int, end: int) -> str:
        s, e = self.to_orig(start, end)
        return self.orig[s:e]


_WIDTH_TRANS = {cp: ch for cp, ch in _WIDTH.items() if cp != 0x0D}
_WIDTH_TRANS[0x0D] = "\n"  # a lone CR is a line break; the CR of CRLF is dropped below
_CRLF = re.compile("\r(?=\n)")


def _removed_spans(orig: str) -> list[tuple[int, int]]:
    spans = sorted(
        (m.start(), m.end()) for rx in (_PINYIN_ANNOT, _DROP, _SURROGATE, _CRLF) for m in rx.finditer(orig)
    )
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _clean(orig: str) -> tuple[str, array, array]:
    """Steps 1–2: drop noise, fold widths. Every kept character maps 1:1 to
    one original character, so the map is the list of kept indices."""
    removed = _removed_spans(orig)
    if not removed:  # the common case: no per-character work at all
        n = len(orig)
        return orig.translate(_WIDTH_TRANS), array("q", range(n)), array("q", range(1, n + 1))
    starts = array("q")
    pieces: list[str] = []
    pos = 0
    for a, b in removed + [(len(orig), len(orig))]:
        if a > pos:
            starts.extend(range(pos, a))
            pieces.append(orig[pos:a])
        pos = b
    ends = array("q", (i + 1 for i in starts))
    return "".join(pieces).translate(_WIDTH_TRANS), starts, ends


_CHUNK = re.compile(r"[^\n。！？!?;；，,、]*[\n。！？!?;；，,、]?")


def _convert(text: str, starts: array, ends: array) -> tuple[str, array, array]:
    """Step 3: OpenCC t2s, keeping the map exact where lengths agree."""
    converted = t2s(text)
    if len(converted) == len(text):
        return converted, starts, ends
    # Rare: a phrase conversion changed the length. Convert clause by clause;
    # clauses whose length changed map each output char to the whole clause.
    out: list[str] = []
    new_starts = array("q")
    new_ends = array("q")
    for m in _CHUNK.finditer(text):
        a, b = m.start(), m.end()
        if a == b:
            continue
        piece = t2s(text[a:b])
        out.append(piece)
        if len(piece) == b - a:
            new_starts.extend(starts[a:b])
            new_ends.extend(ends[a:b])
        else:
            new_starts.extend([starts[a]] * len(piece))
            new_ends.extend([ends[b - 1]] * len(piece))
    return "".join(out), new_starts, new_ends


def normalize(orig: str, script: Script | None = None) -> Normalized:
    """Normalise ``orig``; see the module docstring for the steps."""
    text, starts, ends = _clean(orig)
    if script is None:
        script = detect_script(text)
    if script in ("traditional", "mixed"):
        text, starts, ends = _convert(text, starts, ends)
    return Normalized(text=text, orig=orig, starts=starts, ends=ends, script=script)
