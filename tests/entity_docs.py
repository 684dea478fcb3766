"""Shared by the relation and resolution tests: a Doc with hand-set entities."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import spacy

from kg.normalize import normalize
from kg.pipeline import extensions  # noqa: F401  (registers doc._.norm, span._.kg …)
from kg.pipeline.extensions import set_norm

#: (surface text as normalised, label, span._.kg attributes)
E = tuple[str, str, dict[str, Any]]


@lru_cache(maxsize=1)
def _blank() -> Any:
    return spacy.blank("zh")  # one character per token, like the kg tokenizer's default


def doc_with_ents(orig: str, ents: list[E], meta: dict[str, Any] | None = None) -> Any:
    """A Doc over the normalised ``orig`` with ``ents`` set in order of appearance."""
    norm = normalize(orig)
    doc = _blank().make_doc(norm.text)
    set_norm(doc, norm)
    spans = []
    pos = 0
    for sub, label, _kg in ents:
        i = norm.text.index(sub, pos)
        sp = doc.char_span(i, i + len(sub), label=label)
        assert sp is not None, sub
        spans.append(sp)
        pos = i + len(sub)
    doc.ents = spans
    for sp, (_, _, kg) in zip(doc.ents, ents):
        sp._.kg = dict(kg)
    if meta:
        doc._.meta = dict(meta)
    return doc


def run(extractor: Any, orig: str, ents: list[E], meta: dict[str, Any] | None = None) -> Any:
    """Run a relation extractor over a Doc built by :func:`doc_with_ents`."""
    return extractor(doc_with_ents(orig, ents, meta))


def rels(doc: Any, type_: str) -> list[tuple[str, Any]]:
    """(head text, tail text or value) of the relations of a type, in the order found."""
    return [(doc.ents[r.head].text, doc.ents[r.tail].text if r.tail >= 0 else r.value)
            for r in doc._.relations if r.type == type_]


def bodies(doc: Any) -> dict[str, tuple[str, str | None]]:
    """POST text → (body, region code) of its post_body relation."""
    return {doc.ents[r.head].text: (r.value, r.attr("region_code")) for r in doc._.relations if r.type == "post_body"}
