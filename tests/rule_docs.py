"""Shared by the rule tests: the pipeline without its trained ner and relation components, the full pipeline
(loaded once for all test modules), and readers of its relations."""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

import kg


@lru_cache(maxsize=1)
def rules_pipeline() -> Any:
    """kg's pipeline up to kg_rules, loaded once per test session."""
    logging.getLogger("kg").setLevel(logging.ERROR)
    return kg.load_pipeline(exclude=["ner", "kg_relations"])


def ents(nlp: Any, text: str, label: str | None = None) -> list[str]:
    """Entity texts found in ``text``, of one label or of all."""
    return [e.text for e in nlp(text).ents if label is None or e.label_ == label]


@lru_cache(maxsize=1)
def full_pipeline() -> Any:
    """kg's whole pipeline, loaded once per test session."""
    logging.getLogger("kg").setLevel(logging.ERROR)
    return kg.load_pipeline()


def holds(text: str) -> list[tuple[str, str]]:
    """(person, post) of every holds relation the full pipeline finds in ``text``."""
    doc = full_pipeline()(text)
    return [(doc.ents[r.head].text, doc.ents[r.tail].text) for r in doc._.relations if r.type == "holds"]


def post_bodies(text: str) -> dict[str, tuple[str | None, str | None]]:
    """POST text → (body, region code) of its post_body relation in the full pipeline's output."""
    doc = full_pipeline()(text)
    return {doc.ents[r.head].text: (r.value, r.attr("region_code")) for r in doc._.relations if r.type == "post_body"}


def relations(text: str, kind: str) -> list[tuple[str, str]]:
    """(head, tail) texts of every ``kind`` relation between two entities in the full pipeline's output."""
    doc = full_pipeline()(text)
    return [(doc.ents[r.head].text, doc.ents[r.tail].text) for r in doc._.relations if r.type == kind and r.tail >= 0]


def campaign_relations(text: str) -> list[tuple[str, str, str]]:
    """(type, campaign, launcher/promoter text or region code) of every campaign relation the full pipeline finds."""
    doc = full_pipeline()(text)
    return [(r.type, doc.ents[r.head].text, doc.ents[r.tail].text if r.tail >= 0 else str(r.value))
            for r in doc._.relations if r.type in ("launched_by", "promoted_by", "campaign_region")]


def _article_doc(text: str, title: str | None, date: str) -> Any:
    """The full pipeline's Doc of ``text`` as an article of ``date`` (relative dates resolved against it)."""
    from kg.pipeline.docresult import make_doc
    from kg.types import Article

    pipe = full_pipeline()
    return pipe(make_doc(pipe, Article(id="t", text=text, title=title, date=date)))


def values(text: str, kind: str, title: str | None = None, date: str = "2024-04-11") -> list[tuple[str, str]]:
    """(head, value) of every ``kind`` relation that carries a value (meeting dates and places), in an article of
    ``date``."""
    doc = _article_doc(text, title, date)
    return [(doc.ents[r.head].text, str(r.value)) for r in doc._.relations if r.type == kind and r.tail < 0]


def dated(text: str, kind: str, date: str = "2024-04-11") -> list[tuple[str, str]]:
    """(head, tail) of every ``kind`` relation between two entities, in an article of ``date``."""
    doc = _article_doc(text, None, date)
    return [(doc.ents[r.head].text, doc.ents[r.tail].text) for r in doc._.relations if r.type == kind and r.tail >= 0]
