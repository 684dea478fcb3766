"""Shared by the rule tests: the pipeline without its trained ner and relation components."""

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
