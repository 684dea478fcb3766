"""The kg graph as a networkx graph: entities as nodes, facts as edges with
their provenance (date, evidence sentence, source article)."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import networkx as nx
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SDO, SKOS

from ..errors import Errors, KGError
from ..ontology import KG, load_ontology, term_labels

#: entity kinds (the base class of each) in legend order
KIND_CLASSES: dict[str, URIRef] = {
    "Person": FOAF.Person,
    "Post": ORG.Post,
    "Organization": ORG.Organization,
    "Region": KG.AdministrativeDivision,
    "Campaign": KG.Campaign,
    "Meeting": KG.Meeting,
    "Article": SDO.NewsArticle,
    "Role": ORG.Role,
    "Statement": KG.Statement,
}
#: classes of the reused vocabularies that kg.ttl does not declare as subclasses
_EXTRA_SUBCLASSES: dict[URIRef, str] = {
    ORG.FormalOrganization: "Organization",
    ORG.OrganizationalUnit: "Organization",
    SDO.Article: "Article",
    PROV.Entity: "Statement",
    RDF.Statement: "Statement",
}
#: colour, vis shape and legend symbol per kind
STYLE: dict[str, tuple[str, str, str]] = {
    "Person": ("#e15759", "dot", "●"),
    "Post": ("#f28e2b", "diamond", "◆"),
    "Organization": ("#4e79a7", "square", "■"),
    "Region": ("#59a14f", "hexagon", "⬢"),
    "Campaign": ("#b07aa1", "star", "★"),
    "Meeting": ("#d4a72c", "triangle", "▲"),
    "Article": ("#9c755f", "triangleDown", "▼"),
    "Role": ("#8c8c8c", "dot", "●"),
    "Other": ("#79706e", "dot", "●"),
}
KIND_FALLBACK_LABELS = {"Other": "其他"}
#: kinds drawn by default; articles and statements only feed the tooltips,
#: roles (书记, 县长 …) would tie every post of the same rank together
VIEW_KINDS: tuple[str, ...] = ("Person", "Post", "Organization", "Region", "Campaign", "Meeting", "Other")
#: kinds kept when an overview is too large to draw in full
AGGREGATE_KINDS: tuple[str, ...] = ("Region", "Organization", "Campaign")

_LABEL_PROPS = (SKOS.prefLabel, RDFS.label, FOAF.name, SDO.name, SDO.headline, DCTERMS.title)
_ARTICLE_LINK_PROPS = (SDO.url, FOAF.page, DCTERMS.source)
#: literal properties not worth a tooltip row (offsets, labels already shown)
_SKIP_ROWS = {KG.sentenceStart, KG.sentenceEnd, KG.startOffset, KG.endOffset, RDFS.label, SKOS.prefLabel, FOAF.name}


def load_graph(source: Graph | str | os.PathLike[str] | Any) -> Graph:
    """An rdflib Graph from a Graph, a kg build folder, a graph file or a pyoxigraph Store."""
    if isinstance(source, Graph):
        return source
    if hasattr(source, "quads_for_pattern"):  # pyoxigraph.Store: its default graph
        return _from_oxigraph(source)
    path = Path(source)
    if path.is_dir():
        ttl = path / "graph.ttl"
        if not ttl.is_file():
            raise KGError(Errors.E100.format(path=path))
        path = ttl
    if not path.is_file():
        raise KGError(Errors.E100.format(path=path))
    g = Graph()
    try:
        g.parse(path)
    except Exception as e:  # noqa: BLE001 - rdflib raises many parser-specific types
        raise KGError(Errors.E101.format(path=path, reason=f"{type(e).__name__}: {e}")) from e
    return g


def _from_oxigraph(store: Any) -> Graph:
    import pyoxigraph as ox

    def conv(t: Any) -> Any:
        if isinstance(t, ox.NamedNode):
            return URIRef(t.value)
        if isinstance(t, ox.BlankNode):
            return BNode(t.value)
        lang = getattr(t, "language", None)
        if lang:
            return Literal(t.value, lang=lang)
        return Literal(t.value, datatype=URIRef(t.datatype.value))

    g = Graph()
    for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        g.add((conv(q.subject), conv(q.predicate), conv(q.object)))
    return g


@lru_cache(maxsize=1)
def _class_kinds() -> dict[URIRef, str]:
    """Class IRI → kind, following rdfs:subClassOf in the ontology."""
    onto = load_ontology()
    base = {cls: kind for kind, cls in KIND_CLASSES.items()}
    base.update(_EXTRA_SUBCLASSES)
    out = dict(base)
    changed = True
    while changed:
        changed = False
        for sub, sup in onto.subject_objects(RDFS.subClassOf):
            if isinstance(sub, URIRef) and sub not in out and sup in out:
                out[sub] = out[sup]
                changed = True
    return out


@lru_cache(maxsize=1)
def _zh_labels() -> dict[URIRef, str]:
    return term_labels("zh")


def _kind_label(kind: str) -> str:
    cls = KIND_CLASSES.get(kind)
    fallback = KIND_FALLBACK_LABELS.get(kind, kind)
    return _zh_labels().get(cls, fallback) if cls is not None else fallback


def predicate_label(p: URIRef | str) -> str:
    """The Chinese label of a property from the ontology (local name if it has none)."""
    return _zh_labels().get(URIRef(p)) or _local_name(p)


def _local_name(iri: str) -> str:
    s = str(iri).rstrip("/#")
    return unquote(re.split(r"[/#]", s)[-1]) or s


def _literal_text(o: Any) -> str:
    return str(o)


def _best_label(g: Graph, s: URIRef) -> str | None:
    for p in _LABEL_PROPS:
        vals = [o for o in g.objects(s, p) if isinstance(o, Literal)]
        if vals:
            vals.sort(key=lambda o: (o.language not in (None, "zh", "zh-Hans", "zh-CN"), str(o)))
            return str(vals[0])
    return None


def graph_to_networkx(source: Graph | str | os.PathLike[str] | Any) -> nx.MultiDiGraph:
    """The entities of a kg graph as a networkx MultiDiGraph.

    Nodes are the IRIs (as strings) of typed entities, with ``label``,
    ``kind`` (Person, Post, Organization, Region, Campaign, Meeting, Article,
    Role), ``classes``, ``alt`` (alternative labels) and ``props`` (literal
    properties as ``(label, value)`` pairs). Statement nodes are not nodes:
    their provenance is attached to the edge they describe. Edges are keyed by
    predicate IRI with ``label`` (the ontology's Chinese label) and
    ``evidence``: a list of dicts ``date``, ``text``, ``inferred``, ``article``
    (a node id).
    """
    g = load_graph(source)
    kinds = _class_kinds()
    G = nx.MultiDiGraph()
    statements: set[Any] = set()
    for s, cls in g.subject_objects(RDF.type):
        kind = kinds.get(cls)  # type: ignore[call-overload]
        if kind == "Statement":
            statements.add(s)
            continue
        if kind is None or not isinstance(s, URIRef):
            continue
        key = str(s)
        if key in G:
            if KIND_ORDER.index(kind) < KIND_ORDER.index(G.nodes[key]["kind"]):
                G.nodes[key]["kind"] = kind
            G.nodes[key]["classes"].append(str(cls))
        else:
            G.add_node(key, kind=kind, classes=[str(cls)])
    # statements can also be recognised by their reification triples alone
    statements.update(s for s in g.subjects(RDF.subject, None) if str(s) not in G)
    for key, data in G.nodes(data=True):
        s = URIRef(key)
        data["label"] = _best_label(g, s) or _local_name(key)
        data["alt"] = sorted({str(o) for o in g.objects(s, SKOS.altLabel) if isinstance(o, Literal)})
        props: list[tuple[str, str]] = []
        for p, o in sorted(g.predicate_objects(s)):
            if isinstance(o, Literal) and p not in _SKIP_ROWS and p not in _LABEL_PROPS:
                props.append((predicate_label(p), _literal_text(o)))
        data["props"] = props
        if data["kind"] == "Article":
            data["date"] = next((str(o) for o in g.objects(s, SDO.datePublished)), None)
            data["url"] = next((str(o) for p in _ARTICLE_LINK_PROPS for o in g.objects(s, p)), None)
    for s, p, o in g:
        if p == RDF.type or s in statements:
            continue
        if isinstance(s, URIRef) and isinstance(o, URIRef) and str(s) in G and str(o) in G and s != o:
            G.add_edge(str(s), str(o), key=str(p), predicate=str(p), label=predicate_label(p), evidence=[])
    for st in statements:
        _attach_statement(g, G, st)
    for _u, _v, data in G.edges(data=True):
        data["evidence"].sort(key=lambda e: (e.get("date") or "", e.get("text") or ""))
    return G


def _attach_statement(g: Graph, G: nx.MultiDiGraph, st: Any) -> None:
    s, p, o = g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)
    if s is None or p is None or o is None:
        return
    s_key, o_key = str(s), str(o)
    article = next((str(a) for a in g.objects(st, None) if str(a) in G and G.nodes[str(a)]["kind"] == "Article"), None)
    date = g.value(st, KG.observedDate)
    inferred = g.value(st, KG.inferred)
    ev = {
        "date": str(date) if date is not None else (G.nodes[article].get("date") if article else None),
        "text": " ".join(str(t) for t in g.objects(st, KG.evidenceText)) or None,
        "inferred": bool(inferred is not None and inferred.toPython() is True),
        "article": article,
    }
    if s_key in G and isinstance(o, URIRef) and o_key in G:
        if not G.has_edge(s_key, o_key, key=str(p)):
            G.add_edge(s_key, o_key, key=str(p), predicate=str(p), label=predicate_label(p), evidence=[])
        G.edges[s_key, o_key, str(p)]["evidence"].append(ev)
    elif s_key in G and isinstance(o, Literal):  # a literal fact: keep its evidence on the node
        G.nodes[s_key].setdefault("literal_evidence", []).append({**ev, "head": f"{predicate_label(p)}：{o}"})


KIND_ORDER: list[str] = list(KIND_CLASSES) + ["Other"]


