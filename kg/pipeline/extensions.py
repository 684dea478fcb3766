"""Doc and Span extension attributes of the kg pipeline, declared once.

* ``doc._.orig_text`` – the article text as given (original script).
* ``doc._.norm`` – the :class:`kg.normalize.Normalized` offset map.
* ``doc._.meta`` – doc-level facts (``main_region``, ``title``, ``date`` …).
* ``doc._.relations`` – list of :class:`kg.types.Relation` (set by ``kg_relations``).
* ``span._.kg`` – label-specific attributes of an entity (see docs/design.md).

Values live in ``doc.user_data`` in msgpack-friendly form (the offset map as
bytes), so Docs survive ``Doc.to_bytes``/``DocBin`` and ``nlp.pipe(n_process=…)``.
The :class:`Normalized` object is rebuilt on demand and cached per Doc.
"""

from __future__ import annotations

import weakref
from array import array
from typing import Any

from spacy.tokens import Doc, Span

from ..normalize import Normalized

_NORM_KEY = "kg_norm"
_META_KEY = "kg_meta"
_REL_KEY = "kg_relations"
_cache: weakref.WeakKeyDictionary[Doc, Normalized] = weakref.WeakKeyDictionary()


def identity_norm(text: str) -> Normalized:
    """The offset map of a text that needed no normalisation."""
    n = len(text)
    return Normalized(text=text, orig=text, starts=array("q", range(n)),
                      ends=array("q", range(1, n + 1)), script="unknown")


def set_norm(doc: Doc, norm: Normalized) -> None:
    doc.user_data[_NORM_KEY] = (norm.orig, norm.starts.tobytes(), norm.ends.tobytes(), norm.script)
    _cache[doc] = norm


def get_norm(doc: Doc) -> Normalized:
    cached = _cache.get(doc)
    if cached is not None:  # a Doc's text never changes
        return cached
    data = doc.user_data.get(_NORM_KEY)
    if data is None:  # a Doc not made by the kg tokenizer: its text is taken as is
        norm = identity_norm(doc.text)
    else:
        orig, starts_b, ends_b, script = data
        starts, ends = array("q"), array("q")
        starts.frombytes(starts_b)
        ends.frombytes(ends_b)
        norm = Normalized(text=doc.text, orig=orig, starts=starts, ends=ends, script=script)
    _cache[doc] = norm
    return norm


def doc_text(doc: Doc) -> str:
    """``doc.text`` without joining every token again (spaCy rebuilds it on each access)."""
    return get_norm(doc).text


def _get_orig_text(doc: Doc) -> str:
    data = doc.user_data.get(_NORM_KEY)
    return data[0] if data is not None else doc.text


def _get_meta(doc: Doc) -> dict[str, Any]:
    return doc.user_data.setdefault(_META_KEY, {})


def _set_meta(doc: Doc, value: dict[str, Any]) -> None:
    doc.user_data[_META_KEY] = dict(value)


def _get_relations(doc: Doc) -> list[Any]:
    return doc.user_data.setdefault(_REL_KEY, [])


def _set_relations(doc: Doc, value: list[Any]) -> None:
    doc.user_data[_REL_KEY] = list(value)


def register_extensions() -> None:
    """Declare the extensions (idempotent; called on import of kg.pipeline)."""
    if not Doc.has_extension("norm"):
        Doc.set_extension("norm", getter=get_norm, setter=set_norm)
    if not Doc.has_extension("orig_text"):
        Doc.set_extension("orig_text", getter=_get_orig_text)
    if not Doc.has_extension("meta"):
        Doc.set_extension("meta", getter=_get_meta, setter=_set_meta)
    if not Doc.has_extension("relations"):
        Doc.set_extension("relations", getter=_get_relations, setter=_set_relations)
    if not Span.has_extension("kg"):
        Span.set_extension("kg", default=None)


register_extensions()
