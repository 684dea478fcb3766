"""The name gate: which sentences may hold a person name the trained ``ner``
should look at.

The statistical PERSON recogniser (``kg/pipeline/ner_model``) is the most
expensive part of the pipeline, yet only about one sentence in nine of the
news it reads holds a name it finds. The gate is a logistic model over every
position where a surname (kg.pipeline.surnames) starts a run of Han
characters. Its features are the characters around that position (the
surname, the next three characters, the two before, their bigrams, and
whether the would-be name is a common word). A sentence passes when one of
its positions scores at or above the threshold, or when it holds a ``·``
(transliterated names). The ``ner`` (:mod:`kg.pipeline.person_model`) reads
only a window around each passing position (:meth:`NameGate.select`), or the
whole sentence when it holds a ``·``.

Weights and threshold are trained by ``scripts/train_name_gate.py`` from the
same corpora as the ``ner``, with the threshold set for high recall of gold
names on held-out data; they are shipped as ``ner_model/name_gate.json``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .candidates import common_words
from .surnames import COMPOUND_SURNAMES, SINGLE_SURNAMES

#: version of the feature set; a weights file of another version is refused
FEATURES_VERSION = 1
GATE_FILE = "name_gate.json"

_STARTS = "".join(sorted(set(SINGLE_SURNAMES) | {c[0] for c in COMPOUND_SURNAMES}))
#: a surname character (or the first of a compound one) followed by a Han character
CANDIDATE = re.compile(f"[{re.escape(_STARTS)}](?=[\u4e00-\u9fff])")
_PAD = "#"
#: characters the model reads before and after a passing position: its
#: receptive field is +-4 characters, a name at most 4 long, and the words
#: around a name (speech verbs, list commas, titles) decide its boundaries
WINDOW_BEFORE = 1
WINDOW_AFTER = 5
_CW: frozenset[str] | set[str] | None = None


def features(text: str, i: int) -> list[str]:
    """Feature strings of the candidate name starting at ``text[i]``."""
    p2 = text[i - 2] if i >= 2 else _PAD
    p1 = text[i - 1] if i >= 1 else _PAD
    s = text[i]
    n1 = text[i + 1] if i + 1 < len(text) else _PAD
    n2 = text[i + 2] if i + 2 < len(text) else _PAD
    n3 = text[i + 3] if i + 3 < len(text) else _PAD
    n4 = text[i + 4] if i + 4 < len(text) else _PAD
    cw = _CW if _CW is not None else _common()
    out = [
        "p1" + p1, "p2" + p2 + p1, "pS" + p1 + s, "s" + s,
        "n1" + n1, "n2" + n2, "n3" + n3, "sN" + s + n1, "nn" + n1 + n2,
        "f2" + n2 + n3, "f3" + n3 + n4, "sNN" + s + n1 + n2,
    ]
    if s + n1 in cw:
        out.append("cw2")
    if s + n1 + n2 in cw:
        out.append("cw3")
    if s + n1 in COMPOUND_SURNAMES:
        out.append("cs")
    return out


def _common() -> frozenset[str] | set[str]:
    global _CW
    _CW = common_words()
    return _CW


class NameGate:
    """Logistic scorer of candidate name positions (see the module docstring)."""

    def __init__(self, weights: dict[str, float], bias: float, threshold: float,
                 info: dict[str, Any] | None = None) -> None:
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        self.info = dict(info or {})

    # -- scoring -------------------------------------------------------------
    def score(self, text: str, i: int) -> float:
        """Probability that a person name starts at ``text[i]``."""
        w = self.weights
        z = self.bias + sum(w.get(f, 0.0) for f in features(text, i))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def logit(self, text: str, i: int) -> float:
        w = self.weights
        return self.bias + sum(w.get(f, 0.0) for f in features(text, i))

    def positions(self, text: str, start: int = 0, end: int | None = None) -> Iterator[int]:
        """Candidate positions in ``text[start:end]`` that score at or above the threshold."""
        end = len(text) if end is None else end
        cut = self._cut - self.bias
        get = self.weights.get
        cw = _CW if _CW is not None else _common()
        n = len(text)
        pad = _PAD
        # the sum of the weights of features(text, i), written out: this runs on every candidate
        for m in CANDIDATE.finditer(text, start, end):
            i = m.start()
            p2 = text[i - 2] if i >= 2 else pad
            p1 = text[i - 1] if i >= 1 else pad
            s = text[i]
            n1 = text[i + 1]  # the pattern's lookahead guarantees it
            n2 = text[i + 2] if i + 2 < n else pad
            n3 = text[i + 3] if i + 3 < n else pad
            n4 = text[i + 4] if i + 4 < n else pad
            sn1 = s + n1
            z = (get("p1" + p1, 0.0) + get("p2" + p2 + p1, 0.0) + get("pS" + p1 + s, 0.0) + get("s" + s, 0.0)
                 + get("n1" + n1, 0.0) + get("n2" + n2, 0.0) + get("n3" + n3, 0.0) + get("sN" + sn1, 0.0)
                 + get("nn" + n1 + n2, 0.0) + get("f2" + n2 + n3, 0.0) + get("f3" + n3 + n4, 0.0)
                 + get("sNN" + sn1 + n2, 0.0))
            if sn1 in cw:
                z += get("cw2", 0.0)
            if sn1 + n2 in cw:
                z += get("cw3", 0.0)
            if sn1 in COMPOUND_SURNAMES:
                z += get("cs", 0.0)
            if z >= cut:
                yield i

    def passes(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """True if ``text[start:end]`` may hold a person name."""
        end = len(text) if end is None else end
        return text.find("·", start, end) >= 0 or next(self.positions(text, start, end), None) is not None

    def select(self, text: str, spans: Iterable[tuple[int, int]], before: int = WINDOW_BEFORE,
               after: int = WINDOW_AFTER) -> Iterator[tuple[int, int]]:
        """Windows of ``text`` the model should read: around each passing
        position, ``before`` characters before and ``after`` after it, cut at
        the edges of its span (sentence); a span holding ``·`` is read whole.
        Overlapping or touching windows are merged; the result is sorted."""
        windows: list[tuple[int, int]] = []
        for a, b in spans:
            if text.find("·", a, b) >= 0:
                windows.append((a, b))
                continue
            for i in self.positions(text, a, b):
                windows.append((max(a, i - before), min(b, i + after)))
        windows.sort()
        run: tuple[int, int] | None = None
        for a, b in windows:
            if run is not None and a <= run[1]:
                run = (run[0], max(run[1], b))
                continue
            if run is not None:
                yield run
            run = (a, b)
        if run is not None:
            yield run

    @property
    def _cut(self) -> float:
        p = min(max(self.threshold, 1e-9), 1 - 1e-9)
        return math.log(p / (1 - p))

    # -- files -----------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {"features_version": FEATURES_VERSION, "bias": self.bias, "threshold": self.threshold,
                "info": self.info, "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "NameGate":
        if data.get("features_version") != FEATURES_VERSION:
            raise ValueError(f"name gate features version {data.get('features_version')!r}, "
                             f"this code reads {FEATURES_VERSION}")
        return cls({str(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]),
                   float(data["threshold"]), data.get("info"))

    def to_disk(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True, indent=0) + "\n",
                              encoding="utf-8")

    @classmethod
    def from_disk(cls, path: str | Path) -> "NameGate":
        return cls.from_dict(json.loads(Path(path).read_text("utf-8")))
