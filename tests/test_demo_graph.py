"""The graph of the real demo corpus (issue 5's acceptance checks on `kg build data/corpus` output)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import XSD

from kg.build import build_graph
from kg.ontology import KG, ORG, PROV, RDF, load_shapes

from kg.store import get_named_query


def _q(graph: Graph, name: str, **params: str) -> list:
    """A shipped named query (kg/queries/NAME.rq), run by rdflib with bound parameters."""
    return list(graph.query(get_named_query(name).text, initBindings={k: Literal(v) for k, v in params.items()}))


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory, corpus_dir) -> Path:
    out = tmp_path_factory.mktemp("demo") / "out"
    report = build_graph([corpus_dir], out, workers=1, progress=False, views=False, store=False)
    assert report.failed == 0
    return out


@pytest.fixture(scope="module")
def graph(demo_out: Path) -> Graph:
    g = Graph()  # a fresh rdflib Graph, as a user would load it
    g.parse(demo_out / "graph.ttl", format="turtle")
    return g


def test_shacl_validation_of_demo_output(graph: Graph) -> None:
    pyshacl = pytest.importorskip("pyshacl")
    conforms, _report, text = pyshacl.validate(graph, shacl_graph=load_shapes(), advanced=True)
    assert conforms, text


def test_posts_of_li_aihua_and_region(graph: Graph) -> None:
    rows = _q(graph, "posts-of-person", person="李爱华")
    assert [(str(r.postLabel), str(r.region)) for r in rows] == [("泗洪县委书记", "泗洪县")]


def test_party_secretary_of_suqian(graph: Graph) -> None:
    rows = _q(graph, "party-secretary-of-region", region="宿迁市")
    assert [str(r.name) for r in rows] == ["王昊"]


def test_campaigns_of_suixi(graph: Graph) -> None:
    rows = _q(graph, "campaigns-of-region", region="濉溪县")
    assert "双实活动" in {str(r.label) for r in rows}


def test_every_holds_triple_has_a_dated_statement_with_provenance(graph: Graph, demo_out: Path) -> None:
    texts = {json.loads(x)["id"]: json.loads(x)["text"]
             for x in (demo_out / "articles.jsonl").read_text("utf-8").splitlines()}
    holds = list(graph.subject_objects(ORG.holds))
    assert len(holds) >= 20
    for person, post in holds:
        sts = [st for st in graph.subjects(KG.person, person) if (st, KG.post, post) in graph]
        assert sts, (person, post)
        for st in sts:
            assert (st, RDF.type, KG.HoldingStatement) in graph
            date = graph.value(st, KG.observedDate)
            assert isinstance(date, Literal) and date.datatype == XSD.date
            assert graph.value(st, KG.inferred) is not None
            art = graph.value(st, PROV.wasDerivedFrom)
            art_id = str(art).rsplit("/", 1)[-1]
            start, end = int(graph.value(st, KG.startOffset)), int(graph.value(st, KG.endOffset))
            assert 0 <= start < end <= len(texts[art_id])  # offsets inside the original text


def test_inferred_region_is_marked(graph: Graph) -> None:
    """市委书记王昊 in a 泗洪县 article is 宿迁市委书记, and the statement says it was inferred."""
    rows = _q(graph, "posts-of-person", person="王昊")
    assert [(str(r.postLabel), str(r.region)) for r in rows] == [("宿迁市委书记", "宿迁市")]
    person = rows[0].official
    flags = {bool(graph.value(st, KG.inferred).toPython()) for st in graph.subjects(KG.person, person)}
    assert flags == {True}
