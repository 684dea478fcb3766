"""Posts whose end an article reports (免去…职务, 不再担任…) stay holdings of the person but are
marked: the relation carries ``former``, the evidence ``ended`` and the RDF statement ``kg:ended true``."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from rdflib import Literal

import kg
from kg.ontology import KG, RDF
from kg.pipeline.docresult import doc_to_result
from kg.rdf import statement_triples
from kg.resolve import resolve
from kg.types import Article

TEXTS = [
    "泗洪县十七届人大常委会第三十次会议召开\n2021年3月2日，会议经表决，免去张建国的泗洪县副县长职务；"
    "任命刘卫东为泗洪县副县长。",
    "濉溪縣召開會議\n會議決定，李明同志不再擔任濉溪縣人民政府副縣長。縣長王小平主持會議。",
]


@pytest.fixture(scope="module")
def resolved() -> tuple[list[Any], list[Any]]:
    logging.getLogger("kg").setLevel(logging.ERROR)
    nlp = kg.load_pipeline()
    results = []
    for i, text in enumerate(TEXTS):
        art = Article(id=f"a{i}", title=text.split("\n")[0], text=text, date="2021-03-02", source=None)
        results.append(doc_to_result(nlp(text), art))
    return resolve(results)


def holdings(facts: list[Any]) -> dict[tuple[str, str], bool]:
    return {(f.subject.rsplit("/", 1)[-1], f.obj): any(e.ended for e in f.evidence)
            for f in facts if f.predicate == "holds"}


def test_removed_and_left_posts_are_marked_ended(resolved: tuple[list[Any], list[Any]]) -> None:
    _, facts = resolved
    assert holdings(facts) == {
        ("张建国", "post/泗洪县政府/副县长"): True,  # 免去…职务
        ("刘卫东", "post/泗洪县政府/副县长"): False,  # 任命: the new holder
        ("李明", "post/濉溪县政府/副县长"): True,  # 不再担任, traditional script
        ("王小平", "post/濉溪县政府/县长"): False,
    }


def test_holding_statement_carries_kg_ended(resolved: tuple[list[Any], list[Any]]) -> None:
    entities, facts = resolved
    for fact in (f for f in facts if f.predicate == "holds"):
        for ev in fact.evidence:
            triples = statement_triples(fact, ev, entities)
            statements = {s for s, p, o in triples if p == RDF.type and o == KG.HoldingStatement}
            assert len(statements) == 1
            ended = {o for s, p, o in triples if p == KG.ended}
            assert ended == ({Literal(True)} if ev.ended else set())
