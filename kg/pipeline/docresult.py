"""A processed Doc → the cacheable per-article record (:class:`kg.types.DocResult`).

``doc_to_result(doc, article)`` keeps what resolution needs and nothing that
ties it to spaCy: the normalised text, the sentences (original and normalised
offsets), one :class:`Mention` per ``doc.ents`` entry (same order, so the
relations' head/tail indices stay valid) with both offset pairs and the text as
written, the relations with evidence in original offsets, and ``doc._.meta``.
"""

from __future__ import annotations

from ..errors import Errors, KGError

import json
from bisect import bisect_right
from typing import Any

from ..types import Article, DocResult, Mention, Relation, Sentence
from .relations import doc_sentences


def _jsonable(v: Any) -> Any:
    """Attribute values as JSON-friendly values (tuples → lists, sets → sorted lists)."""
    if isinstance(v, (str, int, float, bool)) or v is None:
        return v
    if isinstance(v, (list, tuple)):
        return [_jsonable(x) for x in v]
    if isinstance(v, (set, frozenset)):
        return sorted(_jsonable(x) for x in v)
    if isinstance(v, dict):
        return {str(k): _jsonable(x) for k, x in v.items()}
    return json.loads(json.dumps(v, default=str))


def make_doc(nlp: Any, article: Article) -> Any:
    """The unprocessed Doc of an article, with the article facts the
    relation rules read (``doc._.meta``: title, date, source, id); run the
    pipeline over it with ``nlp(doc)`` or ``nlp.pipe(docs)``."""
    if len(article.text) > nlp.max_length:
        raise KGError(Errors.E111.format(path=article.path or article.id, length=len(article.text),
                                         limit=nlp.max_length))
    doc = nlp.make_doc(article.text)
    doc._.meta = {k: v for k, v in (("title", article.title), ("date", article.date),
                                    ("source", article.source), ("article_id", article.id)) if v}
    return doc


def doc_to_result(doc: Any, article: Article) -> DocResult:
    """The DocResult of a Doc processed by the kg pipeline (see module docstring)."""
    norm = doc._.norm
    orig = norm.orig
    spans = doc_sentences(doc)
    sentences = []
    for s, e in spans:
        os_, oe = norm.to_orig(s, e)
        sentences.append(Sentence(start=os_, end=oe, norm_start=s, norm_end=e))
    starts = [s for s, _ in spans]
    mentions = []
    for sp in doc.ents:
        kg = sp._.kg if sp.has_extension("kg") else None
        kg = dict(kg or {})
        source = str(kg.pop("source", None) or ("rule" if kg else "model"))
        os_, oe = norm.to_orig(sp.start_char, sp.end_char)
        k = max(0, bisect_right(starts, sp.start_char) - 1)
        mentions.append(Mention(
            label=sp.label_, text=sp.text, start=sp.start_char, end=sp.end_char,
            orig_start=os_, orig_end=oe, orig_text=orig[os_:oe], sent=k, source=source,
            attrs=tuple(sorted((str(a), _jsonable(b)) for a, b in kg.items())),
        ))
    rels = tuple(
        Relation(r.type, r.head, r.tail, r.value, r.inferred, tuple(r.evidence),
                 tuple(sorted((k, _jsonable(v)) for k, v in r.attrs)))
        for r in (doc._.relations or [])
    )
    meta = dict(doc._.meta or {})
    return DocResult(
        article=article,
        norm_text=norm.text,
        sentences=tuple(sentences),
        mentions=tuple(mentions),
        relations=rels,
        meta=tuple(sorted((str(k), _jsonable(v)) for k, v in meta.items())),
    )
