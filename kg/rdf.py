"""Resolved entities and facts → RDF (a dataset with one named graph per article).

Graphs (IRIs minted by :func:`kg.iri.mint_iri` under the base IRI):

* ``<base>graph/resolved`` – every resolved entity (types, labels, codes …)
  and every fact as a plain triple: the merged, resolved knowledge;
* ``<base>graph/article/<id>`` – what one article says: the triples of the
  facts read from it, each with a statement node (``kg:Statement``;
  ``kg:HoldingStatement`` for ``org:holds``) carrying ``rdf:subject/
  predicate/object``, ``prov:wasDerivedFrom`` the article, ``kg:observedDate``
  (article date), ``kg:inferred``, the evidence sentence and its offsets.

Statement IRIs are minted from their content, so there are no blank nodes and
the output is the same on every run. All serialisations are written from one
sorted list of canonical N-Quads terms by the writers in :mod:`kg.rdfwrite`,
so files are byte-identical across runs and machines.

Streaming: :func:`write_graphs` feeds the quads of each article graph and of
the resolved graph to a :class:`kg.rdfwrite.QuadSink`, which sorts them in
bounded memory (spilled runs merged at the end). :func:`article_nquads` gives
the sorted N-Quads lines of a batch of articles for callers that keep their
own part files (:func:`kg.rdfwrite.merge_nquads_parts` merges them).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Mapping, Sequence

from rdflib import Dataset, Literal, URIRef
from rdflib.term import Node

from .errors import Errors, KGError, Warnings
from .iri import PREFIX_KIND, check_base_iri, get_base_iri, key_path, kind_of_key, mint_iri, safe_iri
from .normalize import normalize
from . import ontology as _onto
from .ontology import BODY_TYPE_CLASS


class _Terms:
    """Attribute cache over an rdflib namespace class, whose ``__getattr__``
    checks the name and builds a new URIRef on every access (a hot path here)."""

    def __init__(self, ns: object) -> None:
        self._ns = ns

    def __getattr__(self, name: str) -> URIRef:
        value = getattr(self._ns, name)
        setattr(self, name, value)
        return value


DCTERMS, FOAF, KG, ORG, PROV, RDF, RDFS, SDO, SKOS, XSD = (
    _Terms(getattr(_onto, n)) for n in ("DCTERMS", "FOAF", "KG", "ORG", "PROV", "RDF", "RDFS", "SDO", "SKOS", "XSD"))
from .rdfwrite import FORMATS, Quad, QuadSink, nt_term, parse_nquads, quads_to_nquads
from .types import Article, DocResult, Entity, Evidence, Fact

log = logging.getLogger("kg")

__all__ = [
    "PREDICATES", "entity_triples", "fact_triples", "statement_triples", "iter_quads", "article_nquads",
    "resolved_nquads", "build_dataset", "write_graphs", "graph_iri", "RESOLVED_GRAPH_KEY", "FORMATS",
]

Triple = tuple[Node, Node, Node]
RESOLVED_GRAPH_KEY = "resolved"
ZH = "zh"


@dataclass(frozen=True)
class PredicateSpec:
    """How a fact predicate is written: property and object shape.

    ``obj``: ``entity`` (object is an entity key), ``text`` (literal @zh),
    ``days`` (a typed date, or ``first/last`` → schema:startDate and schema:endDate),
    ``period`` (``start/end`` → two triples),
    ``entity_or_text`` (entity key, or text when the fact is literal).
    ``fallback``: entity kind to mint when an entity fact carries a literal.
    """

    prop: URIRef
    obj: str = "entity"
    fallback: str | None = None


#: fact predicates of docs/design.md → RDF
PREDICATES: dict[str, PredicateSpec] = {
    "holds": PredicateSpec(ORG.holds),
    "postIn": PredicateSpec(ORG.postIn, fallback="Organization"),
    "role": PredicateSpec(ORG.role, fallback="Role"),
    "jurisdiction": PredicateSpec(KG.jurisdiction, fallback="Region"),
    "subOrganizationOf": PredicateSpec(ORG.subOrganizationOf, fallback="Organization"),
    "containedInPlace": PredicateSpec(SDO.containedInPlace, fallback="Region"),
    "launchedBy": PredicateSpec(KG.launchedBy, fallback="Organization"),
    "region": PredicateSpec(KG.region, fallback="Region"),
    "promotedBy": PredicateSpec(KG.promotedBy),
    "period": PredicateSpec(KG.periodStart, obj="period"),
    "definition": PredicateSpec(SKOS.definition, obj="text"),
    "altLabel": PredicateSpec(SKOS.altLabel, obj="text"),
    "hasPart": PredicateSpec(DCTERMS.hasPart, fallback="Campaign"),
    "chairedBy": PredicateSpec(KG.chairedBy),
    "speaker": PredicateSpec(KG.speaker),
    "attendee": PredicateSpec(KG.attendee),
    "startDate": PredicateSpec(SDO.startDate, obj="days"),
    "location": PredicateSpec(SDO.location, obj="entity_or_text"),
    "author": PredicateSpec(SDO.author),
    "editor": PredicateSpec(SDO.editor),
    "publisher": PredicateSpec(SDO.publisher, fallback="Organization"),
    "mentions": PredicateSpec(SDO.mentions),
}

#: entity kind → classes it is typed with (super classes materialised for queries/SHACL)
KIND_CLASSES: dict[str, tuple[URIRef, ...]] = {
    "Person": (FOAF.Person,),
    "Post": (ORG.Post,),
    "Role": (ORG.Role, SKOS.Concept),
    "Organization": (ORG.Organization,),
    "Region": (KG.AdministrativeDivision, SDO.AdministrativeArea),
    "Campaign": (KG.Campaign,),
    "Meeting": (KG.Meeting, SDO.Event),
    "Article": (SDO.NewsArticle,),
}

_DATE_FORMS = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), XSD.date),
    (re.compile(r"^\d{4}-\d{2}$"), XSD.gYearMonth),
    (re.compile(r"^\d{4}$"), XSD.gYear),
)
_SURROGATES = re.compile("[\ud800-\udfff]")
#: national statistical division codes (2, 4, 6, 9 or 12 digits), as in ontology/shapes.ttl
_NATIONAL_CODE = re.compile(r"^([0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9}|[0-9]{12})$")


def _text(value: str, lang: str | None = ZH) -> Literal:
    """A string literal; lone surrogates (not encodable in UTF-8) become U+FFFD."""
    return Literal(_SURROGATES.sub("\ufffd", str(value)), lang=lang)


def _date(value: str, what: str) -> Literal:
    v = str(value).strip()
    literal = _dated_literal(v)
    if literal is None:
        log.warning(Warnings.W081.format(value=value, what=what))
        return _text(v, lang=None)
    return literal


@lru_cache(maxsize=1 << 14)  # (rdflib parses every typed date it is given; a corpus has few distinct dates)
def _dated_literal(v: str) -> Literal | None:
    for pattern, dtype in _DATE_FORMS:
        if pattern.match(v):
            return Literal(v, datatype=dtype)
    return None


@lru_cache(maxsize=1 << 16)
def _int(value: int) -> Literal:
    return Literal(str(int(value)), datatype=XSD.integer)


_TRUE = Literal("true", datatype=XSD.boolean)
_FALSE = Literal("false", datatype=XSD.boolean)


def _bool(value: bool) -> Literal:
    return _TRUE if value else _FALSE


def graph_iri(article_id: str | None, base: str) -> URIRef:
    """The named graph of an article (or of the resolved entities when None)."""
    return mint_iri("Graph", RESOLVED_GRAPH_KEY if article_id is None else f"article/{article_id}", base)


# --------------------------------------------------------------------------
# context: which kind each key is, article dates
# --------------------------------------------------------------------------


@dataclass
class _Context:
    base: str
    kinds: dict[str, str] = field(default_factory=dict)  # entity key → kind
    dates: dict[str, str] = field(default_factory=dict)  # article id → ISO date
    extra: dict[str, Entity] = field(default_factory=dict)  # entities minted from literals

    def iri(self, key: str, kind: str | None = None) -> URIRef:
        kind = kind or self.kinds.get(key) or kind_of_key(key)
        if kind is None:
            raise KGError(Errors.E084.format(key=key, choices=", ".join(sorted(PREFIX_KIND))))
        return mint_iri(kind, key, self.base)


def _article_entity(article: Article) -> Entity:
    attrs = {"headline": article.title, "date": article.date, "publisher": article.source,
             "url": article.url, "path": article.path, "script": article.script}
    return Entity("Article", key_path("Article", article.id), article.title,
                  attrs=tuple(sorted((k, v) for k, v in attrs.items() if v)))


def _merge_articles(entities: Sequence[Entity], articles: Iterable[Article]) -> list[Entity]:
    """Entities plus an Article entity for each article record; attrs of an
    existing Article entity win, missing ones are filled from the record."""
    out = list(entities)
    index = {e.key: i for i, e in enumerate(out)}
    for article in articles:
        rec = _article_entity(article)
        if rec.key in index:
            ent = out[index[rec.key]]
            attrs = dict(rec.attrs) | {k: v for k, v in ent.attrs if v is not None}
            out[index[rec.key]] = Entity(ent.kind, ent.key, ent.label or rec.label, ent.alt_labels,
                                         tuple(sorted(attrs.items())))
        else:
            index[rec.key] = len(out)
            out.append(rec)
    return out


def _context(entities: Sequence[Entity], base: str | None) -> _Context:
    ctx = _Context(base=check_base_iri(base) if base else get_base_iri())
    for e in entities:
        ctx.kinds[e.key] = e.kind
        if e.kind == "Article" and e.attr("date"):
            ctx.dates[e.key.removeprefix("article/")] = str(e.attr("date"))
    return ctx


# --------------------------------------------------------------------------
# triples
# --------------------------------------------------------------------------


def entity_triples(entity: Entity, base: str | None = None) -> Iterator[Triple]:
    """The triples describing one resolved entity (types, labels, attrs)."""
    yield from _entity_triples(entity, _context([entity], base))


def _entity_triples(e: Entity, ctx: _Context) -> Iterator[Triple]:
    if e.kind not in KIND_CLASSES:
        raise KGError(Errors.E081.format(kind=e.kind, choices=", ".join(sorted(KIND_CLASSES))))
    s = ctx.iri(e.key, e.kind)
    for cls in KIND_CLASSES[e.kind]:
        yield s, RDF.type, cls
    if e.label:
        yield s, RDFS.label, _text(e.label)
    for alt in e.alt_labels:
        if alt and alt != e.label:
            yield s, SKOS.altLabel, _text(alt)
    a = dict(e.attrs)
    if e.kind == "Person" and e.label:
        yield s, FOAF.name, _text(e.label)
    elif e.kind == "Role" and e.label:
        yield s, SKOS.prefLabel, _text(e.label)
    elif e.kind == "Post":
        if a.get("role"):
            yield s, ORG.role, ctx.iri(str(a["role"]), "Role")
        if a.get("body"):
            yield s, ORG.postIn, ctx.iri(str(a["body"]), "Organization")
    elif e.kind == "Organization":
        body_type = a.get("body_type")
        if body_type:
            yield s, KG.bodyType, _text(str(body_type))
            if str(body_type) in BODY_TYPE_CLASS:
                yield s, RDF.type, BODY_TYPE_CLASS[str(body_type)]
        if a.get("region"):
            yield s, KG.jurisdiction, ctx.iri(str(a["region"]), "Region")
        if a.get("parent"):
            yield s, ORG.subOrganizationOf, ctx.iri(str(a["parent"]), "Organization")
    elif e.kind == "Region":
        code = str(a.get("code") or "")
        if _NATIONAL_CODE.match(code):
            yield s, KG.divisionCode, Literal(code)
        elif code:  # e.g. 71x02: gazetteer code of a Hong Kong/Macau/Taiwan subdivision, not a national one
            yield s, DCTERMS.identifier, Literal(code)
        if a.get("level"):
            yield s, KG.level, Literal(str(a["level"]))
        if a.get("parent"):
            yield s, SDO.containedInPlace, ctx.iri(str(a["parent"]), "Region")
    elif e.kind == "Campaign":
        if a.get("period_start"):
            yield s, KG.periodStart, _date(str(a["period_start"]), f"{e.key} period_start")
        if a.get("period_end"):
            yield s, KG.periodEnd, _date(str(a["period_end"]), f"{e.key} period_end")
        if a.get("definition"):
            yield s, SKOS.definition, _text(str(a["definition"]))
    elif e.kind == "Article":
        yield from _article_attr_triples(s, e, a, ctx)


def _article_attr_triples(s: URIRef, e: Entity, a: Mapping[str, object], ctx: _Context) -> Iterator[Triple]:
    yield s, DCTERMS.identifier, _text(e.key.removeprefix("article/"), lang=None)
    headline = a.get("headline") or a.get("title")
    if headline:
        yield s, SDO.headline, _text(str(headline))
    if a.get("date"):
        yield s, SDO.datePublished, _date(str(a["date"]), f"{e.key} date")
    if a.get("script"):
        yield s, KG.script, _text(str(a["script"]), lang=None)
    for src in (a.get("url"), a.get("path")):
        if src:
            iri = safe_iri(str(src)) if re.match(r"^(https?|ftp)://", str(src)) else None
            yield s, DCTERMS.source, iri if iri is not None else _text(str(src), lang=None)
    publisher = str(a.get("publisher") or "").strip()
    if publisher:  # a name as written (maybe traditional): key and label simplified
        name = normalize(publisher).text.strip() or publisher
        pub = Entity("Organization", key_path("Organization", name), name,
                     alt_labels=(publisher,) if publisher != name else (), attrs=(("body_type", "media"),))
        ctx.extra.setdefault(pub.key, pub)
        yield s, SDO.publisher, ctx.iri(pub.key, "Organization")


def _object_terms(fact: Fact, spec: PredicateSpec, ctx: _Context) -> list[tuple[URIRef, Node]]:
    """(property, object) pairs a fact stands for ([] when it cannot be written)."""
    if spec.obj == "text":
        return [(spec.prop, _text(fact.obj))]
    if spec.obj == "days":  # a meeting's day, or its first and last (2026-05-28/2026-05-31)
        start, _, end = str(fact.obj).partition("/")
        out_days = [(SDO.startDate, _date(start, f"{fact.predicate} of {fact.subject}"))]
        if end.strip():
            out_days.append((SDO.endDate, _date(end, f"end date of {fact.subject}")))
        return out_days
    if spec.obj == "period":
        start, _, end = str(fact.obj).partition("/")
        out: list[tuple[URIRef, Node]] = []
        if start.strip():
            out.append((KG.periodStart, _date(start, f"period of {fact.subject}")))
        if end.strip():
            out.append((KG.periodEnd, _date(end, f"period of {fact.subject}")))
        return out
    if not fact.literal:
        return [(spec.prop, ctx.iri(fact.obj))]
    if spec.obj == "entity_or_text":
        return [(spec.prop, _text(fact.obj))]
    if spec.fallback:
        ent = Entity(spec.fallback, key_path(spec.fallback, fact.obj), fact.obj)
        if ent.key not in ctx.kinds:
            ctx.extra.setdefault(ent.key, ent)
        return [(spec.prop, ctx.iri(ent.key, ctx.kinds.get(ent.key, spec.fallback)))]
    log.warning(Warnings.W080.format(predicate=fact.predicate, subject=fact.subject, obj=fact.obj))
    return []


def _spec(fact: Fact) -> PredicateSpec:
    try:
        return PREDICATES[fact.predicate]
    except KeyError:
        raise KGError(Errors.E082.format(predicate=fact.predicate, subject=fact.subject, obj=fact.obj,
                                         choices=", ".join(sorted(PREDICATES)))) from None


def fact_triples(fact: Fact, entities: Sequence[Entity] = (), base: str | None = None) -> list[Triple]:
    """The plain (resolved) triples of one fact."""
    return _fact_triples(fact, _context(entities, base))


def _fact_triples(fact: Fact, ctx: _Context) -> list[Triple]:
    s = ctx.iri(fact.subject)
    return [(s, p, o) for p, o in _object_terms(fact, _spec(fact), ctx)]


def _digest(*parts: object) -> str:
    data = "\x1f".join(str(p) for p in parts).encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:16]


def statement_triples(fact: Fact, ev: Evidence, entities: Sequence[Entity] = (),
                      base: str | None = None) -> list[Triple]:
    """The statement nodes recording that article ``ev.article`` says ``fact``."""
    return _statement_triples(fact, ev, _context(entities, base))


def _statement_triples(fact: Fact, ev: Evidence, ctx: _Context) -> list[Triple]:
    s = ctx.iri(fact.subject)
    out: list[Triple] = []
    date = ctx.dates.get(ev.article) or fact.observed
    for p, o in _object_terms(fact, _spec(fact), ctx):
        obj_id = nt_term(o) if isinstance(o, Literal) else fact.obj  # base-independent
        key = f"{ev.article}/{fact.predicate}/" + _digest(
            fact.subject, p, obj_id, ev.article, ev.sent_start, ev.sent_end, ev.start, ev.end)
        st = mint_iri("Statement", key, ctx.base)
        out += [(st, RDF.type, KG.Statement), (st, RDF.subject, s), (st, RDF.predicate, p), (st, RDF.object, o)]
        if p == ORG.holds:
            out += [(st, RDF.type, KG.HoldingStatement), (st, KG.person, s), (st, KG.post, o)]
            if ev.ended:
                out.append((st, KG.ended, _bool(True)))
        out += [
            (st, PROV.wasDerivedFrom, ctx.iri(key_path("Article", ev.article), "Article")),
            (st, KG.inferred, _bool(fact.inferred or ev.inferred)),
            (st, KG.sentenceStart, _int(ev.sent_start)),
            (st, KG.sentenceEnd, _int(ev.sent_end)),
            (st, KG.startOffset, _int(ev.start)),
            (st, KG.endOffset, _int(ev.end)),
        ]
        if ev.sentence:
            out.append((st, KG.evidenceText, _text(ev.sentence)))
        if date:
            out.append((st, KG.observedDate, _date(date, f"observation date of {fact.predicate} in {ev.article}")))
    return out


# --------------------------------------------------------------------------
# quads (canonical N-Quads term strings)
# --------------------------------------------------------------------------


def _quads(triples: Iterable[Triple], g: URIRef) -> Iterator[Quad]:
    gs = nt_term(g)
    for s, p, o in triples:
        yield nt_term(s), nt_term(p), nt_term(o), gs


def facts_by_article(facts: Iterable[Fact]) -> dict[str, list[Fact]]:
    """Facts grouped by the article of each evidence (a fact may be in several)."""
    out: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        for art in sorted({ev.article for ev in f.evidence}):
            out[art].append(f)
    return dict(out)


def _article_quads(article_id: str, facts: Iterable[Fact], ctx: _Context) -> Iterator[Quad]:
    g = graph_iri(article_id, ctx.base)
    for f in facts:
        evs = [ev for ev in f.evidence if ev.article == article_id]
        if not evs:
            continue
        yield from _quads(_fact_triples(f, ctx), g)
        for ev in evs:
            yield from _quads(_statement_triples(f, ev, ctx), g)


def _resolved_quads(entities: Sequence[Entity], facts: Iterable[Fact], ctx: _Context) -> Iterator[Quad]:
    g = graph_iri(None, ctx.base)
    for e in entities:
        yield from _quads(_entity_triples(e, ctx), g)
    for f in facts:
        if not f.evidence and f.predicate == "holds":  # others (e.g. from the gazetteer) need none
            log.warning(Warnings.W082.format(predicate=f.predicate, subject=f.subject, obj=f.obj))
        yield from _quads(_fact_triples(f, ctx), g)
    # entities minted from literal values and publishers (after the loops above filled ctx.extra)
    seen: set[str] = set()
    while set(ctx.extra) - seen:
        for key in sorted(set(ctx.extra) - seen):
            seen.add(key)
            ctx.kinds.setdefault(key, ctx.extra[key].kind)
            yield from _quads(_entity_triples(ctx.extra[key], ctx), g)


def iter_quads(entities: Sequence[Entity], facts: Sequence[Fact], articles: Iterable[Article] = (),
               base: str | None = None) -> list[Quad]:
    """All quads (resolved graph + one graph per article), sorted and unique."""
    ents = _merge_articles(entities, articles)
    ctx = _context(ents, base)
    quads: set[Quad] = set()
    for art, fs in facts_by_article(facts).items():
        quads.update(_article_quads(art, fs, ctx))
    quads.update(_resolved_quads(ents, facts, ctx))
    return sorted(quads)


def article_nquads(article_ids: Iterable[str], facts_index: Mapping[str, Sequence[Fact]],
                   entities: Sequence[Entity] = (), articles: Iterable[Article] = (),
                   base: str | None = None) -> list[str]:
    """Sorted N-Quads lines of the named graphs of a batch of articles.

    ``facts_index`` is :func:`facts_by_article` of all resolved facts;
    ``entities`` (for the kinds of keys and the article dates) may be all
    resolved entities, ``articles`` the article records (for their dates).
    Write each batch to a part file (:func:`kg.rdfwrite.write_nquads_part`),
    the resolved graph to another (:func:`resolved_nquads`), and merge the
    parts with :func:`kg.rdfwrite.merge_nquads_parts`.
    """
    ctx = _context(_merge_articles(entities, articles), base)
    quads: set[Quad] = set()
    for art in article_ids:
        quads.update(_article_quads(art, facts_index.get(art, ()), ctx))
    return quads_to_nquads(sorted(quads))


def resolved_nquads(entities: Sequence[Entity], facts: Sequence[Fact], articles: Iterable[Article] = (),
                    base: str | None = None) -> list[str]:
    """Sorted N-Quads lines of the resolved graph (a part file of its own)."""
    ents = _merge_articles(entities, articles)
    return quads_to_nquads(sorted(set(_resolved_quads(ents, facts, _context(ents, base)))))


def build_dataset(entities: Sequence[Entity], facts: Sequence[Fact], articles: Iterable[Article] = (),
                  base: str | None = None) -> Dataset:
    """An rdflib Dataset with the resolved graph and one named graph per article."""
    ds = Dataset()
    text = "".join(quads_to_nquads(iter_quads(entities, facts, articles, base)))
    ds.parse(data=text, format="nquads")
    return ds


def write_graphs(results: Sequence[DocResult] | Iterable[Article], entities: Sequence[Entity], facts: Sequence[Fact],
                 outdir: str | os.PathLike[str], formats: Iterable[str] = (),
                 base_iri: str | None = None) -> list[Path]:
    """Write OUTDIR/graph.trig and OUTDIR/graph.ttl (+ ``formats``: nquads,
    ntriples, json-ld); returns the paths written. Deterministic output.

    ``results`` gives the articles (DocResults or Articles, for their dates).
    The quads stream through a :class:`kg.rdfwrite.QuadSink`, which sorts them
    on disk, so memory does not grow with the number of quads.
    """
    articles = [r.article if isinstance(r, DocResult) else r for r in results]
    ents = _merge_articles(entities, articles)
    ctx = _context(ents, base_iri)
    sink = QuadSink(Path(outdir), formats)
    try:
        for art, fs in sorted(facts_by_article(facts).items()):
            sink.update(_article_quads(art, fs, ctx))
        sink.update(_resolved_quads(ents, facts, ctx))
    except BaseException:
        sink.close()
        raise
    log.info("rdf: %d quads written (with repeats)", sink.count)
    return sink.write()


def quads_from_nquads(text: str) -> list[Quad]:
    """Parse canonical N-Quads lines back into quads (see kg.rdfwrite)."""
    return parse_nquads(text.splitlines())
