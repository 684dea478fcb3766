"""ontology/kg.ttl, ontology/shapes.ttl and kg.ontology agree with each other."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

from kg.errors import KGError
from kg.ontology import (
    BODY_TYPE_CLASS, DCTERMS, FOAF, KG, KG_NS, LEVELS, ONTOLOGY_IRI, ORG, OWL, PROV, RDF, RDFS, SKOS,
    load_ontology, load_shapes, term_labels,
)
from kg.rdf import KIND_CLASSES, PREDICATES

SH = Namespace("http://www.w3.org/ns/shacl#")
SCHEMA = Namespace("https://schema.org/")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


def _kg_terms_in_ttl(g: Graph) -> set[str]:
    return {str(s)[len(KG_NS):] for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(KG_NS)}


def test_namespace_matches_ttl(onto: Graph) -> None:
    in_python = set(KG.__annotations__)
    in_ttl = _kg_terms_in_ttl(onto)
    assert in_python - in_ttl == set(), "in kg/ontology.py but not in ontology/kg.ttl"
    assert in_ttl - in_python == set(), "in ontology/kg.ttl but not in kg/ontology.py"
    # every kg: IRI used anywhere in kg.ttl (also as object) is a defined term
    used = {str(t)[len(KG_NS):] for t in onto.all_nodes() if isinstance(t, URIRef) and str(t).startswith(KG_NS)}
    assert used <= in_python


def test_namespace_fails_on_typos() -> None:
    assert KG.jurisdiction == URIRef(KG_NS + "jurisdiction")
    with pytest.raises(AttributeError):
        KG.jurisdicton  # noqa: B018


def test_every_kg_term_is_declared_labelled_and_commented(onto: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    for name in KG.__annotations__:
        term = KG[name]
        types = set(onto.objects(term, RDF.type))
        assert types & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}, name
        if name[0].isupper():
            assert OWL.Class in types, f"{name}: classes are capitalised"
        else:
            assert types & {OWL.ObjectProperty, OWL.DatatypeProperty}, f"{name}: properties are lower camel case"
        for pred in (RDFS.label, RDFS.comment):
            langs = {o.language for o in onto.objects(term, pred) if isinstance(o, Literal)}
            assert {"zh", "en"} <= langs, f"{name} lacks {pred} in zh/en"


def test_contract_terms_of_issue_5(onto: Graph) -> None:
    sub = lambda a, b: (a, RDFS.subClassOf, b) in onto  # noqa: E731
    assert sub(KG.AdministrativeDivision, SCHEMA.AdministrativeArea)
    assert sub(KG.Meeting, SCHEMA.Event)
    assert sub(KG.HoldingStatement, KG.Statement) and sub(KG.Statement, PROV.Entity)
    assert (KG.jurisdiction, RDFS.range, KG.AdministrativeDivision) in onto
    assert (KG.attendee, RDFS.subPropertyOf, SCHEMA.attendee) in onto
    for name in ("divisionCode", "level", "launchedBy", "region", "promotedBy", "periodStart", "periodEnd",
                 "chairedBy", "speaker", "attendee", "observedDate", "inferred", "evidenceText",
                 "startOffset", "endOffset"):
        assert hasattr(KG, name)


def test_body_type_classes_are_organizations(onto: Graph) -> None:
    org_classes = {ORG.Organization, ORG.FormalOrganization, ORG.OrganizationalUnit}
    for body_type, cls in BODY_TYPE_CLASS.items():
        assert set(onto.objects(cls, RDFS.subClassOf)) & org_classes, body_type


def test_edge_labels_for_views() -> None:
    zh = term_labels("zh")
    expected = {
        ORG.holds: "任职", ORG.subOrganizationOf: "隶属", KG.jurisdiction: "管辖", KG.promotedBy: "推动",
        KG.launchedBy: "发起", KG.chairedBy: "主持", KG.speaker: "讲话", KG.attendee: "参加",
        SCHEMA.containedInPlace: "位于",
    }
    assert {k: zh.get(k) for k in expected} == expected
    assert term_labels("en")[ORG.holds] == "holds"
    # every property kg.rdf writes has a Chinese label (so every edge can be labelled)
    for name, spec in PREDICATES.items():
        assert spec.prop in zh, name
    assert KG.periodEnd in zh


def test_shapes_cover_every_emitted_class(shapes: Graph) -> None:
    targets = set(shapes.objects(None, SH.targetClass))
    emitted = {classes[0] for classes in KIND_CLASSES.values()} | {KG.Statement, KG.HoldingStatement, ORG.Role}
    assert emitted - targets == set()


def test_shapes_levels_match_python(shapes: Graph) -> None:
    lists = [Collection(shapes, o) for s, o in shapes.subject_objects(SH["in"])]
    assert [tuple(str(x) for x in c) for c in lists] == [LEVELS]


def test_shape_paths_use_known_terms(shapes: Graph, onto: Graph) -> None:
    known_kg = set(KG.__annotations__)
    for path in shapes.objects(None, SH.path):
        if isinstance(path, BNode):
            continue
        if str(path).startswith(KG_NS):
            assert str(path)[len(KG_NS):] in known_kg, path
        else:
            assert str(path).startswith((str(ORG), str(FOAF), str(SKOS), str(PROV), str(RDF), str(RDFS),
                                         str(DCTERMS), str(SCHEMA))), path


def test_ontology_is_consistent_with_owlrl(onto: Graph) -> None:
    owlrl = pytest.importorskip("owlrl")
    g = Graph()
    for t in onto:
        g.add(t)
    owlrl.DeductiveClosure(owlrl.RDFS_Semantics).expand(g)
    # the closure derives the super classes kg.rdf materialises explicitly
    assert (KG.HoldingStatement, RDFS.subClassOf, PROV.Entity) in g
    assert (KG.AdministrativeDivision, RDFS.subClassOf, SCHEMA.Place) not in g  # no unintended axioms


def test_ontology_found_where_a_wheel_installs_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    import kg.ontology as onto

    # an installed package: no ontology/ beside it, the files under <prefix>/share/kg/ontology
    pkg = tmp_path / "site-packages" / "kg"
    pkg.mkdir(parents=True)
    share = tmp_path / "prefix" / "share" / "kg" / "ontology"
    share.mkdir(parents=True)
    for name in ("kg.ttl", "shapes.ttl"):
        (share / name).write_bytes((onto.ontology_dir() / name).read_bytes())
    monkeypatch.setattr(onto, "__file__", str(pkg / "ontology.py"))
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "prefix"))
    assert onto.ontology_path() == share / "kg.ttl"
    assert onto.shapes_path() == share / "shapes.ttl"
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "nowhere"))
    monkeypatch.setattr(sys, "base_prefix", str(tmp_path / "nowhere"))
    with pytest.raises(KGError, match="E085|not found"):
        onto.ontology_path()
