"""The kg graph as a networkx graph: entities as nodes, facts as edges with
their provenance (date, evidence sentence, source article).

Triples are read as plain strings (IRIs) and :class:`Lit` tuples (literals)
from an rdflib Graph, a pyoxigraph Store, a kg build folder or a graph file;
files are parsed by pyoxigraph, which reads a 130,000-triple graph.ttl in
about a second (rdflib needs tens of seconds)."""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple, Union
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




class Lit(NamedTuple):
    """A literal: lexical value, language tag, datatype IRI."""

    value: str
    lang: str | None = None
    datatype: str | None = None


#: an IRI (str; blank nodes as "_:id") or a literal
Term = Union[str, Lit]
Triple = tuple[str, str, Term]

_SUFFIX_FORMATS = {".ttl": "TURTLE", ".nt": "N_TRIPLES", ".nq": "N_QUADS", ".trig": "TRIG", ".rdf": "RDF_XML",
                   ".owl": "RDF_XML", ".xml": "RDF_XML", ".n3": "N3", ".jsonld": "JSON_LD"}


def graph_file(source: str | os.PathLike[str]) -> Path:
    """The graph file of a kg build folder (graph.ttl), or the file itself."""
    path = Path(source)
    if path.is_dir():
        path = path / "graph.ttl"
        if not path.is_file():
            raise KGError(Errors.E100.format(path=Path(source)))
    if not path.is_file():
        raise KGError(Errors.E100.format(path=path))
    return path


def _ox_format(path: Path) -> Any:
    import pyoxigraph as ox

    name = _SUFFIX_FORMATS.get(path.suffix.lower(), "TURTLE")
    fmt = getattr(ox.RdfFormat, name, None)
    if fmt is None:
        raise KGError(Errors.E101.format(path=path, reason=f"pyoxigraph cannot read {path.suffix} files"))
    return fmt


def _ox_term(t: Any) -> Term:
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return str(t.value)
    if isinstance(t, ox.BlankNode):
        return "_:" + str(t.value)
    if isinstance(t, ox.Literal):
        return Lit(str(t.value), t.language, str(t.datatype.value) if t.datatype is not None else None)
    return str(t)  # RDF-star triple terms: not drawn


def _rdflib_term(t: Any) -> Term:
    if isinstance(t, Literal):
        return Lit(str(t), t.language, str(t.datatype) if t.datatype is not None else None)
    if isinstance(t, BNode):
        return "_:" + str(t)
    return str(t)


def iter_triples(source: Graph | str | os.PathLike[str] | Any, subjects: set[str] | None = None) -> Iterator[Triple]:
    """Every triple of ``source`` (an rdflib Graph, a pyoxigraph Store — all
    its graphs —, a kg build folder or a graph file) as plain terms; with
    ``subjects``, only the triples of these subjects (the others are skipped
    before their predicate and object are converted)."""
    if isinstance(source, Graph):
        for s, p, o in source:
            subj = _rdflib_term(s)
            if subjects is None or subj in subjects:
                yield subj, str(p), _rdflib_term(o)  # type: ignore[misc]
        return
    if hasattr(source, "quads_for_pattern"):  # a pyoxigraph Store
        for q in source.quads_for_pattern(None, None, None, None):
            subj = _ox_term(q.subject)
            if subjects is None or subj in subjects:
                yield subj, str(q.predicate.value), _ox_term(q.object)  # type: ignore[misc]
        return
    import pyoxigraph as ox

    path = graph_file(source)
    # every IRI, language tag, datatype and short literal is one string object however often it recurs (a subject
    # stands in many triples, a statement's flags and dates repeat): the whole corpus's graph held as tuples
    # of fresh strings took 1.8 GB
    seen: dict[str, str] = {}
    one = seen.setdefault
    try:
        for q in ox.parse(path=str(path), format=_ox_format(path)):
            s, o = q.subject, q.object
            subj = _ox_term(s)
            if subjects is not None and subj not in subjects:
                continue
            if isinstance(o, ox.Literal):
                v = str(o.value)
                obj: Term = Lit(one(v, v) if len(v) <= 24 else v, o.language and one(o.language, o.language),
                                one(dt := str(o.datatype.value), dt) if o.datatype is not None else None)
            else:
                obj = _ox_term(o)
                obj = one(obj, obj)  # type: ignore[arg-type]
            pred = str(q.predicate.value)
            yield one(subj, subj), one(pred, pred), obj  # type: ignore[misc,arg-type]
    except (SyntaxError, ValueError, OSError) as e:
        raise KGError(Errors.E101.format(path=path, reason=f"{type(e).__name__}: {e}")) from e


@lru_cache(maxsize=1)
def _class_kinds() -> dict[str, str]:
    """Class IRI → kind, following rdfs:subClassOf in the ontology."""
    onto = load_ontology()
    out = {str(cls): kind for kind, cls in KIND_CLASSES.items()}
    out.update({str(cls): kind for cls, kind in _EXTRA_SUBCLASSES.items()})
    changed = True
    while changed:
        changed = False
        for sub, sup in onto.subject_objects(RDFS.subClassOf):
            if isinstance(sub, URIRef) and str(sub) not in out and str(sup) in out:
                out[str(sub)] = out[str(sup)]
                changed = True
    return out


@lru_cache(maxsize=1)
def _zh_labels() -> dict[str, str]:
    return {str(k): v for k, v in term_labels("zh").items()}


def _kind_label(kind: str) -> str:
    cls = KIND_CLASSES.get(kind)
    fallback = KIND_FALLBACK_LABELS.get(kind, kind)
    return _zh_labels().get(str(cls), fallback) if cls is not None else fallback


def predicate_label(p: URIRef | str) -> str:
    """The Chinese label of a property from the ontology (local name if it has none)."""
    return _zh_labels().get(str(p)) or _local_name(p)


def _local_name(iri: str) -> str:
    s = str(iri).rstrip("/#")
    return unquote(re.split(r"[/#]", s)[-1]) or s


_ZH_TAGS = (None, "", "zh", "zh-hans", "zh-cn")


def best_label(lits: Iterable[tuple[str, Lit]]) -> str | None:
    """The preferred label among (property, literal) pairs: skos:prefLabel,
    rdfs:label, foaf:name, schema:name, schema:headline, dcterms:title;
    Chinese or untagged first."""
    by_prop: dict[str, list[Lit]] = defaultdict(list)
    for p, o in lits:
        by_prop[p].append(o)
    for p in _LABEL_PROP_IRIS:
        vals = by_prop.get(p)
        if vals:
            return min(vals, key=lambda o: ((o.lang or "").lower() not in _ZH_TAGS, o.value)).value
    return None


_LABEL_PROP_IRIS = tuple(str(p) for p in _LABEL_PROPS)
_SKIP_ROW_IRIS = {str(p) for p in _SKIP_ROWS} | set(_LABEL_PROP_IRIS)
_T = {name: str(term) for name, term in {
    "type": RDF.type, "subject": RDF.subject, "predicate": RDF.predicate, "object": RDF.object,
    "alt": SKOS.altLabel, "published": SDO.datePublished, "observed": KG.observedDate,
    "evidence": KG.evidenceText, "inferred": KG.inferred}.items()}
_LINK_IRIS = tuple(str(p) for p in _ARTICLE_LINK_PROPS)


@dataclass
class _Statement:
    subject: str | None = None
    predicate: str | None = None
    obj: Term | None = None
    date: str | None = None
    texts: list[str] = field(default_factory=list)
    inferred: bool = False
    refs: list[str] = field(default_factory=list)


@dataclass
class Outline:
    """What ranking the nodes of an overview needs, read from a graph in one pass without building it: the kind
    and label of every typed entity (in the order :func:`graph_to_networkx` adds them), the distinct links it
    would draw between them as (subject, predicate, object), and for each statement its subject, object and the
    other nodes it refers to (its article)."""

    kinds: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    links: set[tuple[str, str, str]] = field(default_factory=set)
    statements: dict[str, tuple[str | None, Term | None, tuple[str, ...]]] = field(default_factory=dict)

    def reading(self, keep: Iterable[str]) -> set[str]:
        """The subjects :func:`graph_to_networkx` must read to give ``keep`` everything it has in the whole
        graph: the nodes themselves, every node linked to or from them (their labels and kinds), the statements
        about their links and literal facts (the evidence) and the articles those statements cite."""
        core = set(keep)
        read = set(core)
        for s, _p, o in self.links:
            if s in core or o in core:
                read.add(s)
                read.add(o)
        for st, (subj, obj, refs) in self.statements.items():
            if subj in core or (isinstance(obj, str) and obj in core):
                read.add(st)
                read.update(r for r in refs if r in self.kinds)
        return read


def _typed(types: dict[str, list[str]], kinds: dict[str, str]) -> Iterator[tuple[str, str]]:
    """(subject, kind) of every typed subject in the order first typed: its first kind in KIND_ORDER; statements
    also when blank, other blank nodes left out (they are no entities)."""
    for s, classes in types.items():
        known = sorted({kinds[c] for c in classes if c in kinds}, key=KIND_ORDER.index)
        if known and (known[0] == "Statement" or not s.startswith("_:")):
            yield s, known[0]


def graph_outline(source: Graph | str | os.PathLike[str] | Any) -> Outline:
    """The :class:`Outline` of ``source`` (see :func:`graph_to_networkx` for what a node and a link are)."""
    kinds = _class_kinds()
    types: dict[str, list[str]] = defaultdict(list)
    labels: dict[str, list[tuple[str, Lit]]] = defaultdict(list)
    parts: dict[str, list[Any]] = {}  # statement → [subject, predicate, object, refs]
    cands: list[tuple[str, str, str]] = []
    spo = {_T["subject"]: 0, _T["predicate"]: 1, _T["object"]: 2}
    label_props = set(_LABEL_PROP_IRIS)
    for s, p, o in iter_triples(source):
        if isinstance(o, Lit):
            if p in label_props:
                labels[s].append((p, o))
            elif p == _T["object"]:
                parts.setdefault(s, [None, None, None, []])[2] = o
        elif p == _T["type"]:
            types[s].append(o)
        elif p in spo:
            parts.setdefault(s, [None, None, None, []])[spo[p]] = o
        else:
            cands.append((s, p, o))
    out = Outline()
    statements: set[str] = set()
    for s, kind in _typed(types, kinds):
        if kind == "Statement":
            statements.add(s)
        else:
            out.kinds[s] = kind
    statements.update(s for s, rec in parts.items() if rec[0] is not None and s not in out.kinds)
    for s in out.kinds:
        out.labels[s] = best_label(labels.get(s, [])) or _local_name(s)
    refs: dict[str, list[str]] = defaultdict(list)
    for s, p, o in cands:
        if s in statements:
            refs[s].append(o)
        elif s in out.kinds and o in out.kinds and s != o:
            out.links.add((s, p, o))
    for st in statements:
        subj, pred, obj, _ = parts.get(st, [None, None, None, []])
        out.statements[st] = (subj, obj, tuple(refs.get(st, ())))
        if subj is not None and pred is not None and isinstance(obj, str) and subj in out.kinds and obj in out.kinds:
            out.links.add((subj, pred, obj))
    return out


def graph_to_networkx(source: Graph | str | os.PathLike[str] | Any, subjects: set[str] | None = None) -> nx.MultiDiGraph:
    """The entities of a kg graph as a networkx MultiDiGraph.

    ``source``: an rdflib Graph, a pyoxigraph Store, a kg build folder or a
    graph file. Nodes are the IRIs (as strings) of typed entities, with
    ``label``, ``kind`` (Person, Post, Organization, Region, Campaign,
    Meeting, Article, Role), ``classes``, ``alt`` (alternative labels) and
    ``props`` (literal properties as ``(label, value)`` pairs). Statement
    nodes are not nodes: their provenance is attached to the edge they
    describe. Edges are keyed by predicate IRI with ``label`` (the ontology's
    Chinese label) and ``evidence``: a list of dicts ``date``, ``text``,
    ``inferred``, ``article`` (a node id), oldest first.

    ``subjects`` (e.g. :meth:`Outline.reading`): read only the triples of these subjects, so a view of a few
    nodes of a large graph does not hold the whole graph in memory.
    """
    kinds = _class_kinds()
    types: dict[str, list[str]] = defaultdict(list)
    lits: dict[str, list[tuple[str, Lit]]] = defaultdict(list)
    links: list[tuple[str, str, str]] = []
    for s, p, o in iter_triples(source, subjects):
        if isinstance(o, Lit):
            lits[s].append((p, o))
        elif p == _T["type"]:
            types[s].append(o)
        else:
            links.append((s, p, o))
    G = nx.MultiDiGraph()
    statements: dict[str, _Statement] = {}
    for s, kind in _typed(types, kinds):
        if kind == "Statement":
            statements[s] = _Statement()
        else:
            G.add_node(s, kind=kind, classes=sorted(set(types[s])))
    for s, p, o in links:  # reification alone also makes a statement
        if p == _T["subject"] and s not in G:
            statements.setdefault(s, _Statement())
    for key, data in G.nodes(data=True):
        node_lits = lits.get(key, [])
        data["label"] = best_label(node_lits) or _local_name(key)
        data["alt"] = sorted({o.value for p, o in node_lits if p == _T["alt"]})
        data["props"] = [(predicate_label(p), o.value) for p, o in sorted(node_lits) if p not in _SKIP_ROW_IRIS]
        if data["kind"] == "Article":
            data["date"] = next((o.value for p, o in node_lits if p == _T["published"]), None)
            data["url"] = next((o.value for p, o in node_lits if p in _LINK_IRIS), None)
    for s, p, o in links:
        st = statements.get(s)
        if st is not None:
            if p == _T["subject"]:
                st.subject = o
            elif p == _T["predicate"]:
                st.predicate = o
            elif p == _T["object"]:
                st.obj = o
            else:
                st.refs.append(o)
        elif s in G and o in G and s != o:
            G.add_edge(s, o, key=p, predicate=p, label=predicate_label(p), evidence=[])
        elif p in _LINK_IRIS and G.nodes.get(s, {}).get("kind") == "Article":
            G.nodes[s]["url"] = G.nodes[s].get("url") or o
    for s, st in statements.items():
        for p, o in lits.get(s, []):
            if p == _T["observed"]:
                st.date = o.value
            elif p == _T["evidence"]:
                st.texts.append(o.value)
            elif p == _T["inferred"]:
                st.inferred = o.value.strip().lower() in ("true", "1")
            elif p == _T["object"]:
                st.obj = o
        _attach_statement(G, st)
    for _u, _v, data in G.edges(data=True):
        data["evidence"].sort(key=lambda e: (e.get("date") or "", e.get("text") or ""))
    return G


def _attach_statement(G: nx.MultiDiGraph, st: _Statement) -> None:
    s, p, o = st.subject, st.predicate, st.obj
    if s is None or p is None or o is None or s not in G:
        return
    article = next((r for r in st.refs if G.nodes.get(r, {}).get("kind") == "Article"), None)
    ev = {
        "date": st.date or (G.nodes[article].get("date") if article else None),
        "text": " ".join(st.texts) or None,
        "inferred": st.inferred,
        "article": article,
    }
    if isinstance(o, Lit):  # a literal fact: keep its evidence on the node
        G.nodes[s].setdefault("literal_evidence", []).append({**ev, "head": f"{predicate_label(p)}：{o.value}"})
    elif o in G:
        if not G.has_edge(s, o, key=p):
            G.add_edge(s, o, key=p, predicate=p, label=predicate_label(p), evidence=[])
        G.edges[s, o, p]["evidence"].append(ev)


KIND_ORDER: list[str] = list(KIND_CLASSES) + ["Other"]


# --------------------------------------------------------------------------
# SPARQL (query views)
# --------------------------------------------------------------------------


@dataclass
class Answer:
    """A query result as plain terms: ``kind`` SELECT (``variables``, ``rows``)
    or CONSTRUCT (``triples``)."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[list[Term | None]] = field(default_factory=list)
    triples: list[Triple] = field(default_factory=list)


def run_query(source: Graph | str | os.PathLike[str] | Any, query: str, path: str = "<query>") -> Answer:
    """Run a SELECT or CONSTRUCT query over ``source`` (rdflib for a Graph,
    else pyoxigraph over an in-memory copy of the graph file or the Store)."""
    if isinstance(source, Graph):
        try:
            res = source.query(query)
        except Exception as e:  # noqa: BLE001 - rdflib's parse and evaluation errors have many types
            raise KGError(Errors.E106.format(path=path, reason=f"{type(e).__name__}: {e}")) from e
        if res.type == "SELECT":
            return Answer("SELECT", [str(v) for v in res.vars or []],
                          [[None if t is None else _rdflib_term(t) for t in row] for row in res])  # type: ignore[union-attr]
        if res.type == "CONSTRUCT":
            return Answer("CONSTRUCT", triples=[(_rdflib_term(s), str(p), _rdflib_term(o))  # type: ignore[misc]
                                                for s, p, o in res.graph])  # type: ignore[union-attr]
        raise KGError(Errors.E106.format(path=path, reason=f"{res.type} results have no nodes"))
    import pyoxigraph as ox

    if hasattr(source, "query"):
        store = source
        kwargs: dict[str, Any] = {"use_default_graph_as_union": True}
    else:
        file = graph_file(source)
        store = ox.Store()
        try:
            store.bulk_load(path=str(file), format=_ox_format(file))
        except (SyntaxError, ValueError, OSError) as e:
            raise KGError(Errors.E101.format(path=file, reason=f"{type(e).__name__}: {e}")) from e
        kwargs = {}
    try:
        res = store.query(query, **kwargs)
        if isinstance(res, ox.QuerySolutions):
            names = [v.value for v in res.variables]
            rows = [[None if sol[n] is None else _ox_term(sol[n]) for n in names] for sol in res]
            return Answer("SELECT", names, rows)
        if isinstance(res, ox.QueryTriples):
            return Answer("CONSTRUCT", triples=[(_ox_term(t.subject), str(t.predicate.value), _ox_term(t.object))  # type: ignore[misc]
                                                for t in res])
    except (SyntaxError, ValueError, OSError) as e:
        raise KGError(Errors.E106.format(path=path, reason=f"{type(e).__name__}: {e}")) from e
    raise KGError(Errors.E106.format(path=path, reason="ASK results have no nodes"))
