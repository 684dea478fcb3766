"""One meeting node per article for the forms of one meeting's name."""

from __future__ import annotations

from typing import Any

from kg.pipeline import extensions  # noqa: F401  (registers the extensions)
from kg.pipeline.docresult import doc_to_result
from kg.pipeline.relations import RelationExtractor
from kg.resolve import resolve
from kg.resolve_article import meeting_groups
from kg.types import Article

from entity_docs import doc_with_ents

_EXTRACTOR = RelationExtractor(None)


def meetings(text: str, names: list[str]) -> list[str]:
    doc = _EXTRACTOR(doc_with_ents(text, [(n, "MEETING", {"name": n}) for n in names]))
    art = Article(id="mt", title="会议", text=text, date="2023-03-01", source=None, script=doc._.norm.script)
    ents, _ = resolve([doc_to_result(doc, art)])
    return sorted(e.key for e in ents if e.kind == "Meeting")


def test_forms_of_a_party_congress_are_one_node() -> None:
    assert meetings("学习贯彻党的二十大精神，把二十大部署落到实处，中国共产党第二十次全国代表大会意义重大。",
                    ["党的二十大", "二十大", "中国共产党第二十次全国代表大会"]) == ["meeting/mt/1"]
    assert meetings("传达党的十九届五中全会精神，五中全会提出新要求。", ["党的十九届五中全会", "五中全会"]) == ["meeting/mt/1"]


def test_different_meetings_stay_apart() -> None:
    assert meetings("党的十九大和党的二十大。", ["党的十九大", "党的二十大"]) == ["meeting/mt/1", "meeting/mt/2"]
    # a short form two longer names end with is left on its own
    g: dict[str, Any] = meeting_groups(["州委常委会会议", "县委常委会会议", "常委会会议"])
    assert g["常委会会"] == "常委会会" and g["州委常委会会"] == "州委常委会会"
