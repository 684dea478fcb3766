"""The kg vocabulary as Python namespaces.

``ontology/kg.ttl`` is the single source of truth; the ``KG`` namespace below
is checked against it term by term (tests/test_ontology.py fails when a term is
in one but not the other). ``KG`` is an rdflib ``DefinedNamespace`` with
``_fail = True``, so a misspelt term (``KG.jurisdicton``) raises at once.

The standard vocabularies the ontology reuses are re-exported from here so the
rest of kg imports every namespace from one module.
"""

from __future__ import annotations

import sys
import sysconfig
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace

from .errors import Errors, KGError

__all__ = [
    "KG", "KG_NS", "ONTOLOGY_IRI", "DCTERMS", "FOAF", "ORG", "OWL", "PROV", "RDF", "RDFS", "SDO", "SCHEMA",
    "SKOS", "XSD", "PREFIXES", "BODY_TYPE_CLASS", "LEVELS", "ontology_dir", "ontology_path", "shapes_path",
    "load_ontology", "load_shapes", "term_labels",
]

KG_NS = "https://kg.example.org/ns#"
ONTOLOGY_IRI = URIRef("https://kg.example.org/ns")
SCHEMA = SDO  # schema.org, https://schema.org/


class KG(DefinedNamespace):
    """Terms minted by kg (ontology/kg.ttl)."""

    _NS = Namespace(KG_NS)
    _fail = True

    # classes
    AdministrativeDivision: URIRef
    Campaign: URIRef
    Meeting: URIRef
    Statement: URIRef
    HoldingStatement: URIRef
    PartyCommittee: URIRef
    Government: URIRef
    PeoplesCongress: URIRef
    PoliticalConsultativeConference: URIRef
    DisciplineInspectionCommission: URIRef
    SupervisoryCommission: URIRef
    PartyDepartment: URIRef
    PartyGroup: URIRef
    MediaOrganization: URIRef
    # bodies and regions
    jurisdiction: URIRef
    bodyType: URIRef
    divisionCode: URIRef
    level: URIRef
    # campaigns
    launchedBy: URIRef
    region: URIRef
    promotedBy: URIRef
    periodStart: URIRef
    periodEnd: URIRef
    # meetings
    chairedBy: URIRef
    speaker: URIRef
    attendee: URIRef
    # statements (provenance of observations)
    person: URIRef
    post: URIRef
    observedDate: URIRef
    inferred: URIRef
    ended: URIRef
    evidenceText: URIRef
    sentenceStart: URIRef
    sentenceEnd: URIRef
    startOffset: URIRef
    endOffset: URIRef
    # articles
    script: URIRef


#: prefixes used in every kg serialisation (sorted by prefix)
PREFIXES: tuple[tuple[str, str], ...] = (
    ("dcterms", str(DCTERMS)),
    ("foaf", str(FOAF)),
    ("kg", KG_NS),
    ("org", str(ORG)),
    ("owl", str(OWL)),
    ("prov", str(PROV)),
    ("rdf", str(RDF)),
    ("rdfs", str(RDFS)),
    ("schema", str(SDO)),
    ("skos", str(SKOS)),
    ("xsd", str(XSD)),
)

#: body types written in the text (``span._.kg["body_type"]``) → class of the body
BODY_TYPE_CLASS: dict[str, URIRef] = {
    "党委": KG.PartyCommittee,
    "政府": KG.Government,
    "人大": KG.PeoplesCongress,
    "政协": KG.PoliticalConsultativeConference,
    "纪委": KG.DisciplineInspectionCommission,
    "监委": KG.SupervisoryCommission,
    "政法委": KG.PartyDepartment,
    "组织部": KG.PartyDepartment,
    "宣传部": KG.PartyDepartment,
    "统战部": KG.PartyDepartment,
    "党组": KG.PartyGroup,
    "media": KG.MediaOrganization,
}

#: allowed values of kg:level (mirrored in ontology/shapes.ttl)
LEVELS: tuple[str, ...] = ("province", "city", "county", "township", "village")


def ontology_dir() -> Path:
    """The folder holding kg.ttl and shapes.ttl: ``ontology/`` of the source tree (a checkout or an
    editable install), else ``<prefix>/share/kg/ontology`` where a wheel installs it."""
    source = Path(__file__).resolve().parent.parent / "ontology"
    if (source / "kg.ttl").is_file():
        return source
    for prefix in filter(None, (sys.prefix, sys.base_prefix, sysconfig.get_config_var("userbase"))):
        installed = Path(prefix) / "share" / "kg" / "ontology"
        if (installed / "kg.ttl").is_file():
            return installed
    return source


def ontology_path() -> Path:
    return _existing(ontology_dir() / "kg.ttl")


def shapes_path() -> Path:
    return _existing(ontology_dir() / "shapes.ttl")


def _existing(path: Path) -> Path:
    if not path.is_file():
        raise KGError(Errors.E085.format(path=path))
    return path


def load_ontology() -> Graph:
    """A fresh Graph with ontology/kg.ttl."""
    return Graph().parse(ontology_path(), format="turtle")


def load_shapes() -> Graph:
    """A fresh Graph with the SHACL shapes of ontology/shapes.ttl."""
    return Graph().parse(shapes_path(), format="turtle")


@lru_cache(maxsize=4)
def _labels(lang: str) -> tuple[tuple[str, str], ...]:
    g = load_ontology()
    out: dict[str, str] = {}
    for s, o in g.subject_objects(RDFS.label):
        if isinstance(s, URIRef) and isinstance(o, Literal) and o.language == lang:
            out[str(s)] = str(o)
    return tuple(sorted(out.items()))


def term_labels(lang: str = "zh") -> dict[URIRef, str]:
    """Labels of classes and properties in ``lang`` (edge labels of the views).

    Covers kg terms and the reused standard terms annotated in kg.ttl, e.g.
    ``term_labels()[ORG.holds] == "任职"``.
    """
    return {URIRef(k): v for k, v in _labels(lang)}
