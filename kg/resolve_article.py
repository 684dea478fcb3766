"""Resolution, per article: mentions → entity keys, relations → facts.

Used by :mod:`kg.resolve`; an :class:`ArticleState` reads one cached
:class:`kg.types.DocResult` in two passes (regions, bodies, posts and the
article's person clusters first; then, once people are merged across
articles, campaigns, meetings and every relation as a fact with evidence).
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .errors import Warnings
from .pipeline.article_context import canonical_body
from .pipeline.relations_campaigns import is_national_campaign
from .types import DocResult, Evidence, Mention, Relation

if TYPE_CHECKING:
    from .resolve import Resolver

log = logging.getLogger("kg")


def _norm_name(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _t2s(s: str) -> str:
    from .normalize import normalize

    return normalize(s).text


@dataclass
class PersonCluster:
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


def _post_label(body: str, role: str) -> str:
    """``泗洪县政府`` + ``县长`` → ``泗洪县县长``; ``泗洪县委`` + ``书记`` → ``泗洪县委书记``."""
    if body.endswith("政府") and len(body) > 2:
        return body[:-2] + role
    return body + role


_CANON_MEETING = re.compile(r"(?:会议|大会|会)$")


_PARTY_PREFIX = re.compile(r"^(?:中国共产党|中共|党的)")
_CONGRESS = re.compile(r"第?([一二三四五六七八九十]+)次全国代表大会$")


def _meeting_canon(name: str) -> str:
    """``党的二十大`` / ``中国共产党第二十次全国代表大会`` → ``二十大``; ``…会议`` → ``…会``."""
    s = _PARTY_PREFIX.sub("", re.sub(r"\s+", "", name))
    s = _CONGRESS.sub(r"\1大", s)
    return _CANON_MEETING.sub("会", s)


def meeting_groups(names: list[str]) -> dict[str, str]:
    """Canonical name → the canonical name of its node in one article: a short form
    that ends exactly one longer name of the article is that meeting
    (``二中全会`` in an article on ``党的二十届二中全会``); otherwise its own."""
    canons = list(dict.fromkeys(_meeting_canon(n) for n in names))
    out = {}
    for c in canons:
        longer = [d for d in canons if len(d) > len(c) and d.endswith(c)]
        out[c] = longer[0] if len(c) >= 3 and len(longer) == 1 else c
    return out


class ArticleState:
    """Per-article view: mention → entity key, and the article's facts."""

    def __init__(self, r: Resolver, doc: DocResult) -> None:
        self.r = r
        self.doc = doc
        self.aid = doc.article.id
        self.meta = dict(doc.meta)
        self.main: str | None = self.meta.get("main_region")
        self.date = doc.article.date or self.meta.get("date")
        self.key_of: dict[int, str] = {}
        self.people: dict[str, PersonCluster] = {}
        #: runs of names written as one list (``丁某、王某、何某等参加``), normalised names
        self.name_lists: list[list[str]] = []
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

    def evidence(self, rel: Relation | None, mention: int | None, ended: bool = False) -> Evidence:
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
        return Evidence(self.aid, s, e, ms, me, orig[s:e], ended=ended)

    def fact(self, predicate: str, subject: str, obj: str, rel: Relation | None = None, mention: int | None = None,
             *, literal: bool = False, inferred: bool = False, ended: bool = False) -> None:
        self.r.fact(predicate, subject, obj, literal=literal, inferred=inferred, observed=self.date,
                    evidence=self.evidence(rel, mention, ended))

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
                    c = self.people[name] = PersonCluster(self.aid, name, main_region=self.main)
                c.mentions.append(i)
                c.written.add(_norm_name(m.orig_text))
                self.person_of[i] = name
        run: list[int] = []
        for i in sorted(self.person_of):
            gap = self.doc.norm_text[doc.mentions[run[-1]].end:doc.mentions[i].start] if run else "\n"
            if gap in ("、", "和", "及") or (gap and not gap.strip(" \t\u3000") and len(gap) <= 3):
                run.append(i)
            else:
                if len(run) > 1:
                    self.name_lists.append([self.person_of[k] for k in run])
                run = [i]
        if len(run) > 1:
            self.name_lists.append([self.person_of[k] for k in run])
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
            elif "@" not in self.post_key[h.tail]:  # a national or other region-less body (中共中央)
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
                self.people[name] = PersonCluster(self.aid, name, main_region=None, media=self.source)
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
        elif m.attr("level_hint") == "国" or m.attr("body_type") == "中央":
            body = canonical_body(_norm_name(m.text))  # a national organ: one node for the corpus
            key = self.r.entity("Organization", f"org/{body}", body, body_type=m.attr("body_type"))
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
    def resolve_titled(self, post_holders: dict[str, list[PersonCluster]]) -> None:
        """Titled references (``市委王书记``): the one person of that surname who
        holds that role (in that body) in this article, else — when the body
        is known — in the corpus (``post_holders``: post body → clusters)."""
        for i, m in enumerate(self.doc.mentions):
            if m.label != "PERSON" or m.attr("kind") != "titled":
                continue
            surname = str(m.attr("surname") or m.text[:1])
            role = str(m.attr("role") or m.text[len(surname):])
            body = self._titled_body(i)
            key = _find_titled(surname, role, body, list(self.people.values())) or (
                _find_titled(surname, role, body, post_holders.get(body, [])) if body else None)
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
        # a local campaign is one per place (two counties' “五大突破”); a national one (一带一路, 党史学习教育)
        # is one node however many regions carry it out (its kg:region facts say where)
        region = None if is_national_campaign(canon) else self.campaign_region.get(canon)
        key = f"campaign/{region}/{canon}" if region else f"campaign/{canon}"
        self.r.entity("Campaign", key, canon, name=canon, region=region)
        for alias, c in self.campaign_canon.items():
            if c == canon and alias != canon:
                self.r.entities[key].alt.add(alias)
        return key

    def _mention_keys(self) -> None:
        order: dict[str, int] = {}
        groups = meeting_groups([str(m.attr("name") or m.text) for m in self.doc.mentions if m.label == "MEETING"])
        for i, m in enumerate(self.doc.mentions):
            if m.label == "MEETING":
                name = str(m.attr("name") or m.text)
                canon = groups[_meeting_canon(name)]
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
            self.fact("holds", k[h], k[t], rel, t, inferred=rel.inferred or self.post_inferred.get(t, False),
                      ended=bool(rel.attr("former")))
        elif typ == "launched_by" and h in k and t in k and not k[t].startswith("meeting/"):
            # kg:launchedBy ranges over bodies and regions (ontology/kg.ttl); a campaign put
            # forward at a meeting (县党代会提出的“四县”战略) keeps only its region facts
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
            if region:  # a part is where its whole is
                self.fact("region", pkey, self.r.region(region), rel, h, inferred=True)
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


def _find_titled(surname: str, role: str, body: str | None, clusters: list[PersonCluster]) -> str | None:
    """The key of the one cluster whose name has ``surname`` and who holds
    ``role`` (exactly, else as a deputy: 王市长 for a 副市长) in ``body``."""
    for exact in (True, False):
        found: set[str] = set()
        for c in clusters:
            if not c.name.startswith(surname) or len(c.name) <= len(surname):
                continue
            for pk in c.posts:
                _, pbody, prole = pk.split("/", 2)
                ok = prole == role if exact else prole.endswith(role)
                if ok and (body is None or pbody == body):
                    found.add(c.key)
        if found:
            return next(iter(found)) if len(found) == 1 else None
    return None
