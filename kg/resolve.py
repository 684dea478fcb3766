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
  (in that body) in the article, else in the corpus, else dropped. A holder of
  a central post (中共中央总书记, 国务院总理, 中央政治局常委 …) is one node
  nationwide (``person/中共中央/<name>``), joined by the name's untitled
  mentions; untitled names listed with a national figure (``某某、某某等出席``)
  are one node without a region scope; holders of local posts keep theirs;
* campaigns — ``campaign/<region>/<name>`` when the article ties it to a
  region (launched by a body there, promoted by an official there, stated),
  else ``campaign/<name>``; stated or inferred aliases merge;
* meetings — ``meeting/<article id>/<n>``, one per meeting of an article (``党的二十大``,
  ``二十大`` and ``中国共产党第二十次全国代表大会`` are one); articles — ``article/<id>``.

Everything is sorted, so the same input gives the same output.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .pipeline.article_context import is_national_body
from .resolve_article import ArticleState, PersonCluster
from .types import DocResult, Entity, Evidence, Fact

log = logging.getLogger("kg")

__all__ = ["resolve", "mint_iri", "Resolver"]


def mint_iri(kind: str, key: str) -> Any:
    """The IRI of an entity key (the single minting function lives in kg.iri)."""
    from .iri import mint_iri as _mint

    return _mint(kind, key)


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
        states = [ArticleState(self, r) for r in docs]
        for st in states:
            st.first_pass()
        self._merge_people(states)
        post_holders: dict[str, list[PersonCluster]] = defaultdict(list)
        for st in states:
            for c in st.people.values():
                for body in sorted({pk.split("/", 2)[1] for pk in c.posts}):
                    post_holders[body].append(c)
        for st in states:
            st.resolve_titled(post_holders)
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

    def _merge_people(self, states: list[ArticleState]) -> None:
        clusters: list[PersonCluster] = [c for st in states for c in st.people.values()]
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

        def national(c: PersonCluster) -> bool:
            return any(is_national_body(b) for b in c.post_bodies)

        def untitled(c: PersonCluster) -> bool:
            return not c.posts and not c.post_regions and not c.post_bodies and not c.media

        # untitled names listed together with a national figure (习某、丁某、王某等出席)
        # (two rounds: a name so found extends to the lists it heads, 丁某、王某、何某等参加)
        national_names = {c.name for c in clusters if national(c)}
        listed: set[int] = set()
        index = {id(c): i for i, c in enumerate(clusters)}
        known = set(national_names)
        for _round in range(2):
            for st in states:
                for names in st.name_lists:
                    if any(n in known for n in names):
                        listed.update(index[id(st.people[n])] for n in names if untitled(st.people[n]))
            known |= {clusters[i].name for i in listed}

        for name in sorted(by_name):
            idx = by_name[name]
            groups: dict[int, set[str]] = {i: scopes(i) for i in idx}
            if name not in national_names and len(assoc := [i for i in idx if i in listed]) > 1:
                # one national figure, named without a title in several articles
                root = find(assoc[0])
                for i in assoc[1:]:
                    parent[find(i)] = root
                groups[root] = set()
            # a holder of a central post (总书记, 国务院总理, 中央政治局常委 …) is one person
            # nationwide: every such cluster of the name is one node, and the name's
            # untitled mentions elsewhere (习近平强调…) are that person too. Same-name
            # holders of local posts keep their own scope.
            nat = [i for i in idx if national(clusters[i])]
            if nat:
                root = find(nat[0])
                for i in nat[1:] + [i for i in idx if untitled(clusters[i])]:
                    ri = find(i)
                    if ri != root:
                        parent[ri] = root
                groups[root] = set()  # scopes of the untitled mentions do not make a region tie
            # clusters already joined and alike in everything the tie test reads stand for each
            # other: pair one of each (习近平 has thousands of untitled clusters in a big corpus,
            # and every pair of them would be visited otherwise)
            reps: list[int] = []
            seen: set[tuple[Any, ...]] = set()
            for i in idx:
                c = clusters[i]
                sig = (find(i), frozenset(c.posts), frozenset(c.post_regions), frozenset(c.post_bodies), c.media)
                if sig not in seen:
                    seen.add(sig)
                    reps.append(i)
            for a_pos, a in enumerate(reps):
                for b in reps[a_pos + 1:]:
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
            central = Counter({b: n for b, n in bodies.items() if is_national_body(b)})
            if central:  # a national figure is keyed by the central body, whatever else they held
                scope = sorted(central.items(), key=lambda kv: (_central_rank(kv[0]), -kv[1], kv[0]))[0][0]
            elif not regions and not bodies and not media and any(i in listed for i in members):
                scope = "_"  # a national figure without a title in the corpus: no region scope
            elif regions:
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
    def _scope_campaigns(self, states: list[ArticleState]) -> None:
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


def _central_rank(body: str) -> int:
    """Which central body keys a national figure (stable across corpora): the
    party centre, then its organs, then the state."""
    if body == "中共中央":
        return 0
    if body.startswith(("中共中央", "中央")):
        return 1
    return 2 if body.startswith(("国务院", "国家", "全国人大", "全国政协", "中华人民共和国")) else 3


def resolve(results: Iterable[DocResult], divisions: Any = None) -> tuple[list[Entity], list[Fact]]:
    """Entities and facts of a corpus (sorted; see the module docstring)."""
    return Resolver(divisions).run(results)
