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
