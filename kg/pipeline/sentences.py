"""``kg_sentencizer``: sentence boundaries at Chinese/ASCII sentence punctuation
and newlines, computed with one regex over the text (no per-token Python loop).

A boundary falls after a run of ``。！？!?；;…`` or newlines, together with any
closing quotes/brackets that follow it (``……。”`` ends the sentence after ``”``).
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .extensions import get_norm

DEFAULT_PUNCT = "。！？!?；;…\n"
DEFAULT_CLOSERS = "”’」』)）\"'"


class KGSentencizer:
    def __init__(self, punct_chars: str = DEFAULT_PUNCT, closers: str = DEFAULT_CLOSERS) -> None:
        self.punct_chars = punct_chars
        self.closers = closers
        self._rx = re.compile(rf"[{re.escape(punct_chars)}]+[{re.escape(closers)}\s]*")

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        text = get_norm(doc).text
        ends = [m.end() for m in self._rx.finditer(text) if m.end() < len(text)]
        arr = numpy.full(n, -1, dtype="int32")
        arr[0] = 1
        if ends:
            idx = doc.to_array([IDX]).astype("int64").reshape(-1)
            starts = numpy.searchsorted(idx, numpy.asarray(ends, dtype="int64"))
            arr[starts[starts < n]] = 1
        doc.from_array([SENT_START], arr.reshape(-1, 1).astype("uint64"))
        return doc


@Language.factory("kg_sentencizer", assigns=["token.is_sent_start", "doc.sents"],
                  default_config={"punct_chars": DEFAULT_PUNCT, "closers": DEFAULT_CLOSERS})
def make_sentencizer(nlp: Language, name: str, punct_chars: str, closers: str) -> KGSentencizer:
    return KGSentencizer(punct_chars, closers)
