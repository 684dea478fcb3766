"""Cross-document entity resolution: DocResults → Entity[] + Fact[].

``resolve(results)`` turns the per-article mentions and relations (cached, so
an incremental build redoes only this stage) into one node per real entity
and the facts between them, each fact with its evidence sentences:

* regions — linked to the division codes (``region/321324``) with
  ``containedInPlace`` facts up to the province; ambiguous names are read
  inside the article's main region or left unlinked with warning W002;
* bodies and posts — ``org/<full body name>``, ``post/<body>/<role>``,
  ``role/<role>``: ``泗洪县委书记`` and ``濉溪县委书记`` are two posts of one role;
* people — ``person/<scope>/<name>``, scope = the region (or body) of the
  posts they hold, else the article's main region. Traditional and simplified
  spellings are one person (labels are simplified, the written form is an
  alt label). Same name in unrelated regions stays two people; the same name
  is merged across articles when a post or a region ties them (same post, or
  one scope region inside the other). Titled references (``市委王书记``,
  ``王书记``) are resolved to the one person of that surname holding that role
  (in that body) in the article, else in the corpus, else dropped;
* campaigns — ``campaign/<region>/<name>`` when the article ties it to a
  region (launched by a body there, promoted by an official there, stated),
  else ``campaign/<name>``; stated or inferred aliases merge;
* meetings — ``meeting/<article id>/<n>``; articles — ``article/<id>``.

Everything is sorted, so the same input gives the same output.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .errors import Warnings
from .types import DocResult, Entity, Evidence, Fact, Mention, Relation

log = logging.getLogger("kg")

__all__ = ["resolve", "mint_iri", "Resolver"]


def mint_iri(kind: str, key: str) -> Any:
    """The IRI of an entity key (the single minting function lives in kg.iri)."""
    from .iri import mint_iri as _mint

    return _mint(kind, key)


def _norm_name(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _t2s(s: str) -> str:
    from .normalize import normalize

    return normalize(s).text


@dataclass
class _EntityBuilder:
    kind: str
    key: str
    label: str
    alt: set[str] = field(default_factory=set)
    attrs: dict[str, Any] = field(default_factory=dict)

    def build(self) -> Entity:
        alts = tuple(sorted(a for a in self.alt if a and a != self.label))
        return Entity(self.kind, self.key, self.label, alts,
                      tuple(sorted((k, v) for k, v in self.attrs.items() if v is not None)))


@dataclass
class _FactBuilder:
    predicate: str
    subject: str
    obj: str
    literal: bool
    inferred: bool = True
    observed: str | None = None
    evidence: set[Evidence] = field(default_factory=set)


@dataclass
class _PersonCluster:
    """The mentions of one name in one article."""

    article: str
    name: str
    mentions: list[int] = field(default_factory=list)
    posts: set[str] = field(default_factory=set)  # post keys
    post_regions: set[str] = field(default_factory=set)
    post_bodies: set[str] = field(default_factory=set)
    main_region: str | None = None
    written: set[str] = field(default_factory=set)
    media: str | None = None
    key: str = ""  # set when clusters are merged across articles

    @property
    def scope_candidates(self) -> list[str]:
        return sorted(self.post_regions) or sorted(self.post_bodies)


class Resolver:
    """One resolution run (see the module docstring); use :func:`resolve`."""

    def __init__(self, divisions: Any = None) -> None:
        if divisions is None:
            try:
                from .pipeline.article_context import default_divisions

                divisions = default_divisions()
            except (ImportError, OSError) as exc:  # pragma: no cover - gazetteer is packaged
                log.warning("resolve: no division gazetteer (%s); regions keep their names only", exc)
        self.div = divisions
        self.entities: dict[str, _EntityBuilder] = {}
        self.facts: dict[tuple[str, str, str, bool], _FactBuilder] = {}

    # -- records -----------------------------------------------------------------
    def entity(self, kind: str, key: str, label: str, **attrs: Any) -> str:
        b = self.entities.get(key)
        if b is None:
            b = self.entities[key] = _EntityBuilder(kind, key, label)
        for k, v in attrs.items():
            if v is not None and k not in b.attrs:
                b.attrs[k] = v
        return key

    def fact(self, predicate: str, subject: str, obj: str, *, literal: bool = False, inferred: bool = False,
             observed: str | None = None, evidence: Evidence | None = None) -> None:
        k = (predicate, subject, obj, literal)
        f = self.facts.get(k)
        if f is None:
            f = self.facts[k] = _FactBuilder(predicate, subject, obj, literal, inferred, observed)
        else:
            f.inferred = f.inferred and inferred
            if observed and (f.observed is None or observed > f.observed):
                f.observed = observed
        if evidence is not None:
            f.evidence.add(evidence)

    # -- regions -------------------------------------------------------------------
    def region(self, code: str, written: str | None = None) -> str:
        """Region entity and its containedInPlace chain up to the province."""
        div = self.div
        name = div.name(code) if div is not None else (written or code)
        d = div.get(code) if div is not None else None
        key = self.entity("Region", f"region/{code}", name, code=code, level=getattr(d, "level", None))
        if written and written != name:
            self.entities[key].alt.add(written)
        if div is not None:
            child = code
            for anc in div.chain(code)[1:]:
                ad = div.get(anc)
                self.entity("Region", f"region/{anc}", div.name(anc), code=anc, level=getattr(ad, "level", None))
                self.fact("containedInPlace", f"region/{child}", f"region/{anc}")
                child = anc
        return key

    # -- one article ---------------------------------------------------------------
    def run(self, results: Iterable[DocResult]) -> tuple[list[Entity], list[Fact]]:
        docs = sorted(results, key=lambda r: r.article.id)
        states = [_ArticleState(self, r) for r in docs]
        for st in states:
            st.first_pass()
        self._merge_people(states)
        for st in states:
            st.resolve_titled(states)
        self._scope_campaigns(states)
        for st in states:
            st.second_pass()
        ents = [b.build() for _, b in sorted(self.entities.items())]
        facts = [
            Fact(f.predicate, f.subject, f.obj, f.literal, f.inferred, f.observed,
                 tuple(sorted(f.evidence, key=lambda e: (e.article, e.sent_start, e.start, e.end))))
            for _, f in sorted(self.facts.items())
        ]
        return ents, facts

    # -- people across articles ------------------------------------------------------
    def _nested(self, a: str, b: str) -> bool:
        if a == b:
            return True
        if self.div is None or self.div.get(a) is None or self.div.get(b) is None:
            return False
        return self.div.is_within(a, b) or self.div.is_within(b, a)

    def _merge_people(self, states: list[_ArticleState]) -> None:
        clusters: list[_PersonCluster] = [c for st in states for c in st.people.values()]
        by_name: dict[str, list[int]] = defaultdict(list)
        for i, c in enumerate(clusters):
            by_name[c.name].append(i)
        parent = list(range(len(clusters)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def scopes(i: int) -> set[str]:
            c = clusters[i]
            return set(c.post_regions) or ({c.main_region} if c.main_region else set())

        for name in sorted(by_name):
            idx = by_name[name]
            groups: dict[int, set[str]] = {i: scopes(i) for i in idx}
            for a_pos, a in enumerate(idx):
                for b in idx[a_pos + 1:]:
                    ra, rb = find(a), find(b)
                    if ra == rb:
                        continue
                    ca, cb = clusters[a], clusters[b]
                    tie = bool(ca.posts & cb.posts)
                    if not tie and not (ca.post_regions or cb.post_regions) and ca.post_bodies & cb.post_bodies:
                        tie = True
                    sa, sb = groups[ra], groups[rb]
                    if not tie and sa and sb:
                        # a region tie: every scope of one nested with every scope of the other
                        tie = all(self._nested(x, y) for x in sa for y in sb) and (
                            bool(ca.post_regions) or bool(cb.post_regions) or sa == sb)
                    if not tie and not sa and not sb and ca.media and ca.media == cb.media:
                        tie = True
                    if tie:
                        parent[rb] = ra
                        groups[ra] = sa | sb
        final: dict[int, list[int]] = defaultdict(list)
        for i in range(len(clusters)):
            final[find(i)].append(i)
        for members in final.values():
            regions = Counter(r for i in members for r in clusters[i].post_regions)
            bodies = Counter(b for i in members for b in clusters[i].post_bodies)
            mains = Counter(clusters[i].main_region for i in members if clusters[i].main_region)
            media = Counter(clusters[i].media for i in members if clusters[i].media)
            if regions:
                scope = self._most_specific(regions)
            elif bodies:
                scope = sorted(bodies.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            elif media:  # reporters and editors belong to their medium
                scope = sorted(media.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            elif mains:
                scope = self._most_specific(mains)
            else:
                scope = "_"
            name = clusters[members[0]].name
            key = f"person/{scope}/{name}"
            self.entity("Person", key, name, scope=scope)
            for i in members:
                self.entities[key].alt.update(clusters[i].written)
                clusters[i].key = key

    def _most_specific(self, counts: Counter[str]) -> str:
        def depth(c: str) -> int:
            return len(self.div.chain(c)) if self.div is not None and self.div.get(c) is not None else 0

        return sorted(counts.items(), key=lambda kv: (-depth(kv[0]), -kv[1], kv[0]))[0][0]

    # -- campaigns across articles -------------------------------------------------------
    def _scope_campaigns(self, states: list[_ArticleState]) -> None:
        scoped: dict[str, set[str]] = defaultdict(set)
        for st in states:
            for name, region in st.campaign_region.items():
                if region:
                    scoped[name].add(region)
        for st in states:
            for name in st.campaign_names:
                if st.campaign_region.get(name):
                    continue
                main = st.main
                if main and scoped.get(name):
                    fits = sorted(r for r in scoped[name] if self._nested(r, main))
                    if len(fits) == 1:
                        st.campaign_region[name] = fits[0]
                        st.campaign_region_inferred.add(name)


def _post_label(body: str, role: str) -> str:
    """``泗洪县政府`` + ``县长`` → ``泗洪县县长``; ``泗洪县委`` + ``书记`` → ``泗洪县委书记``."""
    if body.endswith("政府") and len(body) > 2:
        return body[:-2] + role
    return body + role


_CANON_MEETING = re.compile(r"(?:会议|大会|会)$")


def _meeting_canon(name: str) -> str:
    return _CANON_MEETING.sub("会", re.sub(r"\s+", "", name))


class _ArticleState:
    """Per-article view: mention → entity key, and the article's facts."""

    def __init__(self, r: Resolver, doc: DocResult) -> None:
        self.r = r
        self.doc = doc
        self.aid = doc.article.id
        self.meta = dict(doc.meta)
        self.main: str | None = self.meta.get("main_region")
        self.date = doc.article.date or self.meta.get("date")
        self.key_of: dict[int, str] = {}
        self.people: dict[str, _PersonCluster] = {}
        self.person_of: dict[int, str] = {}  # mention → name of its cluster
        self.rels_by_head: dict[int, list[Relation]] = defaultdict(list)
        for rel in doc.relations:
            self.rels_by_head[rel.head].append(rel)
        self.post_key: dict[int, str] = {}
        self.post_region: dict[int, str | None] = {}
        self.post_inferred: dict[int, bool] = {}
        self.campaign_names: list[str] = []
        self.campaign_region: dict[str, str | None] = {}
        self.campaign_region_inferred: set[str] = set()
        self.campaign_canon: dict[str, str] = {}
        self.source = _t2s(doc.article.source) if doc.article.source else self.meta.get("source")

    # -- helpers -------------------------------------------------------------------
    def m(self, i: int) -> Mention:
        return self.doc.mentions[i]

    def evidence(self, rel: Relation | None, mention: int | None) -> Evidence:
        orig = self.doc.article.text
        if rel is not None and rel.evidence != (0, 0):
            s, e = rel.evidence
        elif mention is not None and self.doc.sentences:
            sent = self.doc.sentences[min(self.m(mention).sent, len(self.doc.sentences) - 1)]
            s, e = sent.start, sent.end
        else:
            s, e = 0, 0
        if mention is not None:
            ms, me = self.m(mention).orig_start, self.m(mention).orig_end
        else:
            ms, me = s, e
        return Evidence(self.aid, s, e, ms, me, orig[s:e])

    def fact(self, predicate: str, subject: str, obj: str, rel: Relation | None = None, mention: int | None = None,
             *, literal: bool = False, inferred: bool = False) -> None:
        self.r.fact(predicate, subject, obj, literal=literal, inferred=inferred, observed=self.date,
                    evidence=self.evidence(rel, mention))

    def rels(self, i: int, type_: str) -> list[Relation]:
        return [x for x in self.rels_by_head.get(i, []) if x.type == type_]

    # -- pass 1: regions, bodies, posts, person clusters ------------------------------
    def first_pass(self) -> None:
        r = self.r
        doc = self.doc
        art = doc.article
        akey = r.entity("Article", f"article/{self.aid}", _t2s(art.title) if art.title else self.aid,
                        headline=art.title, date=art.date, publisher=self.source, url=art.url, path=art.path,
                        script=art.script)
        self.akey = akey
        if self.main and r.div is not None and r.div.get(self.main) is not None:
            r.region(self.main)
        for i, m in enumerate(doc.mentions):
            if m.label == "REGION":
                self._region_mention(i, m)
            elif m.label == "ORG":
                self._org_mention(i, m)
            elif m.label == "POST":
                self._post_mention(i, m)
        holds = [x for x in doc.relations if x.type == "holds"]
        for i, m in enumerate(doc.mentions):
            if m.label == "PERSON" and m.attr("kind") != "titled":
                name = _norm_name(m.text)
                c = self.people.get(name)
                if c is None:
                    c = self.people[name] = _PersonCluster(self.aid, name, main_region=self.main)
                c.mentions.append(i)
                c.written.add(_norm_name(m.orig_text))
                self.person_of[i] = name
        for h in holds:
            name = self.person_of.get(h.head)
            if name is None or h.tail not in self.post_key:
                continue
            c = self.people[name]
            c.posts.add(self.post_key[h.tail])
            reg = self.post_region.get(h.tail)
            pm = self.m(h.tail)
            if pm.attr("body_type") == "media" or pm.attr("role") in ("记者", "通讯员", "编辑"):
                c.media = self.source or c.media
            elif reg:
                c.post_regions.add(reg)
            else:
                c.post_bodies.add(self.post_key[h.tail].split("/")[1])
        for rel in doc.relations:
            if rel.type in ("author", "editor"):
                name = self.person_of.get(rel.head)
                if name and self.source:
                    self.people[name].media = self.people[name].media or self.source
        # editors listed in the article record (removed from the body by the reader)
        self.editor_names = [_norm_name(_t2s(n)) for n in re.split(r"[、,，;；/\s]+", art.editor or "") if n.strip()]
        for name in self.editor_names:
            if name not in self.people:
                self.people[name] = _PersonCluster(self.aid, name, main_region=None, media=self.source)
                self.people[name].written.update(
                    _norm_name(n) for n in re.split(r"[、,，;；/\s]+", art.editor or "") if _t2s(n) == name)
            else:
                self.people[name].media = self.people[name].media or self.source

    def _region_mention(self, i: int, m: Mention) -> None:
        div = self.r.div
        code = m.attr("code")
        if not code and div is not None:
            name = m.attr("name") or m.text
            code, cands = div.resolve(name, [self.main] if self.main else [])
            if code is None and len(cands) > 1:
                log.warning(Warnings.W002.format(name=name, candidates=", ".join(cands[:6])))
        if code and (div is None or div.get(code) is not None):
            self.key_of[i] = self.r.region(code, m.text)

    def _org_mention(self, i: int, m: Mention) -> None:
        rels = self.rels(i, "org_region")
        if rels:
            rel = rels[0]
            body = str(rel.attr("body_name") or m.text)
            key = self.r.entity("Organization", f"org/{body}", body, body_type=m.attr("body_type"),
                                region=rel.value)
            if not rel.inferred and _norm_name(m.text) != body:
                # a written full form (中共濉溪县委); bare 县委/市委 are not names of this body
                self.r.entities[key].alt.add(_norm_name(m.text))
            if rel.value:
                self.fact("jurisdiction", key, self.r.region(rel.value), rel, i, inferred=rel.inferred)
            for sub in self.rels(i, "sub_org"):
                if sub.value:
                    pkey = self.r.entity("Organization", f"org/{sub.value}", sub.value, region=rel.value)
                    self.fact("subOrganizationOf", key, pkey, sub, i, inferred=sub.inferred)
        else:
            body = _norm_name(m.text)
            key = self.r.entity("Organization", f"org/{body}@{self.aid}", body, body_type=m.attr("body_type"),
                                unresolved=True)
        self.key_of[i] = key

    def _post_mention(self, i: int, m: Mention) -> None:
        role = str(m.attr("role") or m.text)
        pb = self.rels(i, "post_body")
        if pb and pb[0].value:
            rel = pb[0]
            body = rel.value
            region = rel.attr("region_code")
            okey = self.r.entity("Organization", f"org/{body}", body, body_type=m.attr("body_type"), region=region)
            inferred = rel.inferred
            if region:
                self.fact("jurisdiction", okey, self.r.region(region), rel, i, inferred=inferred)
        elif m.attr("body_type") == "media" and self.source:
            # a reporter of the article's publisher
            rel = None
            body, region, inferred = self.source, None, True
            okey = self.r.entity("Organization", f"org/{body}", body, body_type="media")
        else:
            rel = None
            body = f"{m.attr('body') or m.text}@{self.aid}"
            region = None
            inferred = False
            okey = self.r.entity("Organization", f"org/{body}", str(m.attr("body") or m.text),
                                 body_type=m.attr("body_type"), unresolved=True)
        if rel is not None and rel.attr("role"):
            role = str(rel.attr("role"))
        rkey = self.r.entity("Role", f"role/{role}", role)
        key = self.r.entity("Post", f"post/{body}/{role}", _post_label(body.split("@")[0], role), body=body,
                            role=role, region=region)
        self.fact("postIn", key, okey, rel, i, inferred=inferred)
        self.fact("role", key, rkey, rel, i)
        self.post_key[i] = key
        self.post_region[i] = region
        self.post_inferred[i] = inferred
        self.key_of[i] = key

    # -- titled references ------------------------------------------------------------
    def resolve_titled(self, states: list[_ArticleState]) -> None:
        for i, m in enumerate(self.doc.mentions):
            if m.label != "PERSON" or m.attr("kind") != "titled":
                continue
            surname = str(m.attr("surname") or m.text[:1])
            role = str(m.attr("role") or m.text[len(surname):])
            body = self._titled_body(i)
            key = self._find_titled(surname, role, body, [self]) or (
                self._find_titled(surname, role, body, states) if body else None)
            if key:
                self.key_of[i] = key
            else:
                log.debug("titled reference %s in %s left unresolved", m.text, self.aid)
        for c in self.people.values():
            for i in c.mentions:
                self.key_of[i] = c.key

    def _titled_body(self, i: int) -> str | None:
        """The body written before a titled reference: ``市委`` in ``市委王书记``."""
        if i == 0:
            return None
        prev = self.m(i - 1)
        if prev.label == "ORG" and self.m(i).start - prev.end <= 0:
            rels = self.rels(i - 1, "org_region")
            if rels and rels[0].attr("body_name"):
                return str(rels[0].attr("body_name"))
        return None

    def _find_titled(self, surname: str, role: str, body: str | None, states: list[_ArticleState]) -> str | None:
        found: set[str] = set()
        for exact in (True, False):
            for st in states:
                for c in st.people.values():
                    if not c.name.startswith(surname) or len(c.name) <= len(surname):
                        continue
                    for pk in c.posts:
                        _, pbody, prole = pk.split("/", 2)
                        ok = prole == role if exact else prole.endswith(role)
                        if ok and (body is None or pbody == body):
                            found.add(c.key)
            if found:
                break
        return next(iter(found)) if len(found) == 1 else None

    # -- pass 2: facts -------------------------------------------------------------------
    def second_pass(self) -> None:
        doc = self.doc
        r = self.r
        self._campaign_keys()
        self._mention_keys()
        for rel in doc.relations:
            self._relation_fact(rel)
        # articles: publisher, editors, mentions
        if self.source:
            pub = r.entity("Organization", f"org/{self.source}", self.source, body_type="media")
            r.fact("publisher", self.akey, pub, observed=self.date)
        for name in self.editor_names:
            c = self.people.get(name)
            if c is not None and c.key:
                r.fact("editor", self.akey, c.key, observed=self.date)
        for i, key in sorted(self.key_of.items()):
            self.fact("mentions", self.akey, key, None, i)

    def _campaign_keys(self) -> None:
        doc = self.doc
        names: dict[int, str] = {}
        uf: dict[str, str] = {}

        def find(x: str) -> str:
            while uf.get(x, x) != x:
                x = uf[x]
            return x

        for i, m in enumerate(doc.mentions):
            if m.label == "CAMPAIGN":
                names[i] = str(m.attr("name") or m.text.strip("“”\"'"))
        for rel in doc.relations:
            if rel.type == "alias" and rel.head in names:
                other = names.get(rel.tail) if rel.tail >= 0 else (rel.value or None)
                if other:
                    a, b = find(names[rel.head]), find(other)
                    if a != b:
                        # the shorter name is the label (双实活动 over its long form)
                        keep, drop = sorted((a, b), key=lambda s: (len(s), s))
                        uf[drop] = keep
        regions: dict[str, str | None] = {}
        inferred: set[str] = set()
        for rel in doc.relations:
            if rel.head not in names:
                continue
            canon = find(names[rel.head])
            if rel.type == "campaign_region" and rel.value and canon not in regions:
                regions[canon] = rel.value
                if rel.inferred:
                    inferred.add(canon)
            elif rel.type == "promoted_by" and canon not in regions:
                for h in doc.relations:
                    if h.type == "holds" and h.head == rel.tail and self.post_region.get(h.tail):
                        regions[canon] = self.post_region[h.tail]
                        inferred.add(canon)
                        break
        self.campaign_canon = {n: find(n) for n in set(names.values()) | set(uf)}
        self.campaign_names = sorted(set(self.campaign_canon.values()))
        for n in self.campaign_names:
            if n not in self.campaign_region:
                self.campaign_region[n] = regions.get(n)
                if n in inferred:
                    self.campaign_region_inferred.add(n)
        self.campaign_mention_names = names

    def campaign_key(self, name: str) -> str:
        canon = self.campaign_canon.get(name, name)
        region = self.campaign_region.get(canon)
        key = f"campaign/{region}/{canon}" if region else f"campaign/{canon}"
        self.r.entity("Campaign", key, canon, name=canon, region=region)
        for alias, c in self.campaign_canon.items():
            if c == canon and alias != canon:
                self.r.entities[key].alt.add(alias)
        return key

    def _mention_keys(self) -> None:
        order: dict[str, int] = {}
        for i, m in enumerate(self.doc.mentions):
            if m.label == "MEETING":
                name = str(m.attr("name") or m.text)
                canon = _meeting_canon(name)
                if canon not in order:
                    order[canon] = len(order) + 1
                key = self.r.entity("Meeting", f"meeting/{self.aid}/{order[canon]}", name, name=name,
                                    article=self.aid)
                if name != self.r.entities[key].label:
                    self.r.entities[key].alt.add(name)
                self.key_of[i] = key
        for i, m in enumerate(self.doc.mentions):
            if m.label == "CAMPAIGN":
                key = self.campaign_key(self.campaign_mention_names[i])
                self.key_of[i] = key
                if self.campaign_region.get(self.campaign_canon.get(self.campaign_mention_names[i], "")):
                    canon = self.campaign_canon[self.campaign_mention_names[i]]
                    self.fact("region", key, self.r.region(self.campaign_region[canon]), None, i,  # type: ignore[arg-type]
                              inferred=canon in self.campaign_region_inferred)

    def _relation_fact(self, rel: Relation) -> None:
        k = self.key_of
        h, t = rel.head, rel.tail
        typ = rel.type
        if typ == "holds" and h in k and t in k:
            self.fact("holds", k[h], k[t], rel, t, inferred=rel.inferred or self.post_inferred.get(t, False))
        elif typ == "launched_by" and h in k and t in k:
            self.fact("launchedBy", k[h], k[t], rel, h, inferred=rel.inferred)
        elif typ == "promoted_by" and h in k and t in k:
            self.fact("promotedBy", k[h], k[t], rel, h, inferred=rel.inferred)
        elif typ == "period" and h in k and rel.value:
            self.fact("period", k[h], rel.value, rel, h, literal=True, inferred=rel.inferred)
        elif typ == "definition" and h in k and rel.value:
            self.fact("definition", k[h], rel.value, rel, h, literal=True, inferred=rel.inferred)
        elif typ == "alias" and h in k:
            other = self.m(t).attr("name") or self.m(t).text if t >= 0 else rel.value
            if other:
                label = self.r.entities[k[h]].label
                for name in {str(other), self.campaign_mention_names.get(h, "")} - {label, ""}:
                    self.fact("altLabel", k[h], name, rel, h, literal=True, inferred=rel.inferred)
        elif typ == "has_part" and h in k and rel.value:
            region = self.campaign_region.get(self.campaign_canon.get(self.campaign_mention_names.get(h, ""), ""))
            pkey = f"campaign/{region}/{rel.value}" if region else f"campaign/{rel.value}"
            self.r.entity("Campaign", pkey, rel.value, name=rel.value, region=region)
            self.fact("hasPart", k[h], pkey, rel, h, inferred=rel.inferred)
        elif typ in ("chaired_by", "speaker", "attendee") and h in k and t in k:
            pred = {"chaired_by": "chairedBy", "speaker": "speaker", "attendee": "attendee"}[typ]
            self.fact(pred, k[h], k[t], rel, t, inferred=rel.inferred)
        elif typ == "meeting_date" and h in k and rel.value:
            self.fact("startDate", k[h], rel.value, rel, h, literal=True, inferred=rel.inferred)
        elif typ == "meeting_location" and h in k and rel.value:
            self.fact("location", k[h], rel.value, rel, h, literal=True, inferred=rel.inferred)
        elif typ in ("author", "editor") and h in k:
            self.fact(typ, self.akey, k[h], rel, h, inferred=rel.inferred)
        elif typ == "sub_org" or typ == "org_region" or typ == "post_body" or typ == "campaign_region":
            return  # already turned into facts in pass 1 / campaign keys
        elif typ == "launched_by" or typ == "promoted_by":
            return


def resolve(results: Iterable[DocResult], divisions: Any = None) -> tuple[list[Entity], list[Fact]]:
    """Entities and facts of a corpus (sorted; see the module docstring)."""
    return Resolver(divisions).run(results)
