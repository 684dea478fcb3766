"""kg.rdf / kg.rdfwrite: dataset, provenance, SHACL, SPARQL, determinism."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef

from kg.errors import KGError
from kg.iri import mint_iri
from kg.ontology import FOAF, KG, ORG, PROV, RDF, RDFS, load_shapes
from kg.rdf import (
    article_nquads, build_dataset, entity_triples, fact_triples, facts_by_article, graph_iri, iter_quads,
    resolved_nquads, statement_triples, write_graphs,
)
from kg.rdfwrite import merge_nquads_parts, nt_term, parse_nquads, write_nquads_part
from kg.types import Article, DocResult, Entity, Evidence, Fact

BASE = "https://kg.example.org/id/"
# plain Namespaces: pytest probes module attributes, which rdflib's SDO/XSD warn about
SDO = Namespace("https://schema.org/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

# --------------------------------------------------------------------------
# demo-like records (hand-made, shaped like the output of kg.resolve on data/corpus)
# --------------------------------------------------------------------------

SIHONG = Article(
    id="sihong_2021-02-27", title="泗洪將改革創新進行到底 譜寫春到上塘新傳奇",
    text="牛年春來早，奮進正當時。泗洪縣委書記李愛華表示，泗洪將緊扣市委書記王昊對泗洪縣提出的工作要求，強力實施“五大突破”。",
    date="2021-02-27", source="宿遷網", url="https://www.sqnews.cn/a/1.html", script="traditional",
    path="data/corpus/sihong_2021-02-27.txt",
)
SUIXI = Article(
    id="suixi_2017-09-09", title="濉溪县委印发实施意见启动开展“双实活动”",
    text="县委决定，从2017至2019年，在全县开展“实施二次创业，实现争先进位”活动。8月29日，中共濉溪县委印发《关于开展“双实活动”的实施意见》。",
    date="2017-09-09", source="淮北日报", script="simplified", path="data/corpus/suixi_2017-09-09.txt",
)
HUAIAN = Article(
    id="huaian_2024-04-08", title="全区2023年度高质量跨越发展综合考核总结暨2024年工作推进会召开",
    text="4月7日上午，全区2023年度高质量跨越发展综合考核总结暨2024年工作推进会议召开。区委书记颜复强调，要凝神聚力。区长邓萌主持会议。融媒体记者张立婷",
    date="2024-04-08", source="淮安区融媒体中心", script="simplified", path="data/corpus/huaian_2024-04-08.txt",
)
ARTICLES = (SIHONG, SUIXI, HUAIAN)


def ev(article: Article, sentence: str, mention: str) -> Evidence:
    """Evidence for ``mention`` inside ``sentence`` of ``article`` (real offsets)."""
    s0 = article.text.index(sentence)
    m0 = article.text.index(mention, s0)
    return Evidence(article.id, s0, s0 + len(sentence), m0, m0 + len(mention), sentence)


def E(kind: str, key: str, label: str, alts: tuple[str, ...] = (), **attrs: object) -> Entity:
    return Entity(kind, key, label, alts, tuple(sorted(attrs.items())))


def demo_records() -> tuple[list[Entity], list[Fact]]:
    ents = [
        E("Region", "region/32", "江苏省", ("江苏",), code="32", level="province"),
        E("Region", "region/3213", "宿迁市", ("宿迁",), code="3213", level="city", parent="32"),
        E("Region", "region/321324", "泗洪县", ("泗洪",), code="321324", level="county", parent="3213"),
        E("Region", "region/3208", "淮安市", code="3208", level="city", parent="32"),
        E("Region", "region/320803", "淮安区", code="320803", level="county", parent="3208"),
        E("Region", "region/34", "安徽省", code="34", level="province"),
        E("Region", "region/3406", "淮北市", code="3406", level="city", parent="34"),
        E("Region", "region/340621", "濉溪县", ("濉溪",), code="340621", level="county", parent="3406"),
        E("Organization", "org/泗洪县委", "泗洪县委", ("泗洪縣委",), body_type="党委", region="321324"),
        E("Organization", "org/宿迁市委", "宿迁市委", body_type="党委", region="3213"),
        E("Organization", "org/宿迁市委组织部", "宿迁市委组织部", body_type="组织部", region="3213", parent="org/宿迁市委"),
        E("Organization", "org/濉溪县委", "濉溪县委", ("中共濉溪县委",), body_type="党委", region="340621"),
        E("Organization", "org/淮安区委", "淮安区委", body_type="党委", region="320803"),
        E("Organization", "org/淮安区政府", "淮安区人民政府", body_type="政府", region="320803"),
        E("Role", "role/书记", "书记"),
        E("Role", "role/区长", "区长"),
        E("Post", "post/泗洪县委/书记", "泗洪县委书记", ("泗洪縣委書記",), role="role/书记", body="org/泗洪县委"),
        E("Post", "post/宿迁市委/书记", "宿迁市委书记", role="role/书记", body="org/宿迁市委"),
        E("Post", "post/淮安区委/书记", "淮安区委书记", role="role/书记", body="org/淮安区委"),
        E("Post", "post/淮安区政府/区长", "淮安区区长", role="role/区长", body="org/淮安区政府"),
        E("Person", "person/321324/李爱华", "李爱华", ("李愛華",)),
        E("Person", "person/3213/王昊", "王昊"),
        E("Person", "person/320803/颜复", "颜复"),
        E("Person", "person/320803/邓萌", "邓萌"),
        E("Person", "person/320803/张立婷", "张立婷"),
        E("Campaign", "campaign/双实活动", "双实活动", ("实施二次创业，实现争先进位活动",),
          period_start="2017", period_end="2019"),
        E("Campaign", "campaign/五大突破", "五大突破"),
        E("Meeting", "meeting/huaian_2024-04-08/1", "全区2023年度高质量跨越发展综合考核总结暨2024年工作推进会议"),
        E("Article", "article/sihong_2021-02-27", SIHONG.title, headline=SIHONG.title, date=SIHONG.date,
          publisher=SIHONG.source, url=SIHONG.url, script="traditional"),
    ]
    s_li = "泗洪縣委書記李愛華表示，泗洪將緊扣市委書記王昊對泗洪縣提出的工作要求，強力實施“五大突破”。"
    s_sx1 = "县委决定，从2017至2019年，在全县开展“实施二次创业，实现争先进位”活动。"
    s_sx2 = "8月29日，中共濉溪县委印发《关于开展“双实活动”的实施意见》。"
    s_m = "4月7日上午，全区2023年度高质量跨越发展综合考核总结暨2024年工作推进会议召开。"
    s_yan = "区委书记颜复强调，要凝神聚力。"
    s_deng = "区长邓萌主持会议。"
    li, wang = "person/321324/李爱华", "person/3213/王昊"
    meeting = "meeting/huaian_2024-04-08/1"
    F = Fact
    facts = [
        F("holds", li, "post/泗洪县委/书记", observed="2021-02-27", evidence=(ev(SIHONG, s_li, "李愛華"),)),
        F("holds", wang, "post/宿迁市委/书记", inferred=True, observed="2021-02-27",
          evidence=(ev(SIHONG, s_li, "王昊"),)),
        F("postIn", "post/宿迁市委/书记", "org/宿迁市委", inferred=True, evidence=(ev(SIHONG, s_li, "市委書記"),)),
        F("jurisdiction", "org/泗洪县委", "region/321324", evidence=(ev(SIHONG, s_li, "泗洪縣委"),)),
        F("containedInPlace", "region/321324", "region/3213"),
        F("subOrganizationOf", "org/宿迁市委组织部", "org/宿迁市委"),
        F("launchedBy", "campaign/双实活动", "org/濉溪县委", evidence=(ev(SUIXI, s_sx2, "中共濉溪县委"),)),
        F("region", "campaign/双实活动", "region/340621", inferred=True, evidence=(ev(SUIXI, s_sx2, "濉溪"),)),
        F("period", "campaign/双实活动", "2017/2019", literal=True, evidence=(ev(SUIXI, s_sx1, "2017至2019年"),)),
        F("altLabel", "campaign/双实活动", "实施二次创业，实现争先进位活动", literal=True,
          evidence=(ev(SUIXI, s_sx1, "“实施二次创业，实现争先进位”活动"),)),
        F("definition", "campaign/双实活动", "实施二次创业，实现争先进位", literal=True,
          evidence=(ev(SUIXI, s_sx1, "实施二次创业"),)),
        F("hasPart", "campaign/五大突破", "工业经济突破", literal=True),
        F("promotedBy", "campaign/五大突破", li, evidence=(ev(SIHONG, s_li, "李愛華"),)),
        F("region", "campaign/五大突破", "region/321324", evidence=(ev(SIHONG, s_li, "泗洪"),)),
        F("launchedBy", "campaign/五大突破", "org/泗洪县委", inferred=True, evidence=(ev(SIHONG, s_li, "五大突破"),)),
        F("startDate", meeting, "2024-04-07", literal=True, evidence=(ev(HUAIAN, s_m, "4月7日上午"),)),
        F("location", meeting, "region/320803", evidence=(ev(HUAIAN, s_m, "全区"),)),
        F("speaker", meeting, "person/320803/颜复", evidence=(ev(HUAIAN, s_yan, "颜复"),)),
        F("chairedBy", meeting, "person/320803/邓萌", evidence=(ev(HUAIAN, s_deng, "邓萌"),)),
        F("holds", "person/320803/颜复", "post/淮安区委/书记", observed="2024-04-08", evidence=(ev(HUAIAN, s_yan, "颜复"),)),
        F("holds", "person/320803/邓萌", "post/淮安区政府/区长", observed="2024-04-08",
          evidence=(ev(HUAIAN, s_deng, "邓萌"),)),
        F("author", "article/huaian_2024-04-08", "person/320803/张立婷",
          evidence=(ev(HUAIAN, "融媒体记者张立婷", "张立婷"),)),
        F("mentions", "article/sihong_2021-02-27", "campaign/五大突破", evidence=(ev(SIHONG, s_li, "五大突破"),)),
    ]
    return ents, facts


def results() -> list[DocResult]:
    return [DocResult(article=a, norm_text=a.text) for a in ARTICLES]


@pytest.fixture(scope="module")
def outdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rdf")
    ents, facts = demo_records()
    write_graphs(results(), ents, facts, out, formats=("nquads", "ntriples", "json-ld"))
    return out


@pytest.fixture(scope="module")
def union(outdir: Path) -> Graph:
    return Graph().parse(outdir / "graph.ttl", format="turtle")


# --------------------------------------------------------------------------
# SPARQL: the three questions of issue 5 (to become named queries in kg/queries/)
# --------------------------------------------------------------------------

PREFIXES = """\
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX kg: <https://kg.example.org/ns#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""

#: posts a person (?name) holds, their bodies and regions, with the latest observation date
Q_PERSON_POSTS = PREFIXES + """\
SELECT ?person ?post ?postLabel ?body ?bodyLabel ?region ?regionLabel (MAX(?date) AS ?observed)
WHERE {
  ?person foaf:name ?n ; org:holds ?post .
  FILTER (STR(?n) = STR(?name))
  ?post rdfs:label ?postLabel .
  OPTIONAL { ?post org:postIn ?body . ?body rdfs:label ?bodyLabel .
             OPTIONAL { ?body kg:jurisdiction ?region . ?region rdfs:label ?regionLabel } }
  OPTIONAL { ?st a kg:HoldingStatement ; kg:person ?person ; kg:post ?post ; kg:observedDate ?date }
}
GROUP BY ?person ?post ?postLabel ?body ?bodyLabel ?region ?regionLabel
ORDER BY ?postLabel
"""

#: the party secretary (书记 of the 党委) of a region (?region_name, full or short name)
Q_PARTY_SECRETARY = PREFIXES + """\
SELECT ?person ?name ?post ?postLabel (MAX(?date) AS ?observed)
WHERE {
  ?region a kg:AdministrativeDivision .
  { ?region rdfs:label ?rn } UNION { ?region skos:altLabel ?rn }
  FILTER (STR(?rn) = STR(?region_name))
  ?body kg:jurisdiction ?region ; a kg:PartyCommittee .
  ?post org:postIn ?body ; org:role ?role ; rdfs:label ?postLabel .
  ?role skos:prefLabel ?roleLabel . FILTER (STR(?roleLabel) = "书记")
  ?person org:holds ?post ; foaf:name ?name .
  OPTIONAL { ?st a kg:HoldingStatement ; kg:person ?person ; kg:post ?post ; kg:observedDate ?date }
}
GROUP BY ?person ?name ?post ?postLabel
ORDER BY DESC(?observed) ?name
"""

#: campaigns run in a region (?region_name): its own, or launched by its bodies
Q_REGION_CAMPAIGNS = PREFIXES + """\
SELECT DISTINCT ?campaign ?label ?start ?end
WHERE {
  ?region a kg:AdministrativeDivision .
  { ?region rdfs:label ?rn } UNION { ?region skos:altLabel ?rn }
  FILTER (STR(?rn) = STR(?region_name))
  { ?campaign kg:region ?region }
  UNION { ?campaign kg:launchedBy ?region }
  UNION { ?campaign kg:launchedBy ?body . ?body kg:jurisdiction ?region }
  ?campaign a kg:Campaign ; rdfs:label ?label .
  OPTIONAL { ?campaign kg:periodStart ?start }
  OPTIONAL { ?campaign kg:periodEnd ?end }
}
ORDER BY ?label
"""


def test_sparql_posts_of_person(union: Graph) -> None:
    rows = list(union.query(Q_PERSON_POSTS, initBindings={"name": Literal("李爱华")}))
    assert [(str(r.postLabel), str(r.bodyLabel), str(r.regionLabel), str(r.observed)) for r in rows] == [
        ("泗洪县委书记", "泗洪县委", "泗洪县", "2021-02-27")
    ]
    assert list(union.query(Q_PERSON_POSTS, initBindings={"name": Literal("无此人")})) == []


def test_sparql_party_secretary(union: Graph) -> None:
    rows = list(union.query(Q_PARTY_SECRETARY, initBindings={"region_name": Literal("宿迁市")}))
    assert [(str(r.name), str(r.postLabel)) for r in rows] == [("王昊", "宿迁市委书记")]
    # the county secretary is not the city's; short names work; the 区长 is not a party secretary
    rows = list(union.query(Q_PARTY_SECRETARY, initBindings={"region_name": Literal("泗洪")}))
    assert [str(r.name) for r in rows] == ["李爱华"]
    rows = list(union.query(Q_PARTY_SECRETARY, initBindings={"region_name": Literal("淮安区")}))
    assert [str(r.name) for r in rows] == ["颜复"]


def test_sparql_campaigns_of_region(union: Graph) -> None:
    rows = list(union.query(Q_REGION_CAMPAIGNS, initBindings={"region_name": Literal("濉溪县")}))
    assert [(str(r.label), str(r.start), str(r.end)) for r in rows] == [("双实活动", "2017", "2019")]
    rows = list(union.query(Q_REGION_CAMPAIGNS, initBindings={"region_name": Literal("泗洪县")}))
    assert [str(r.label) for r in rows] == ["五大突破"]


# --------------------------------------------------------------------------
# provenance
# --------------------------------------------------------------------------


def test_every_holds_has_statement_with_date_and_provenance(union: Graph) -> None:
    holds = list(union.subject_objects(ORG.holds))
    assert len(holds) == 4
    for person, post in holds:
        sts = [st for st in union.subjects(KG.person, person) if (st, KG.post, post) in union]
        assert sts, (person, post)
        for st in sts:
            assert (st, RDF.type, KG.HoldingStatement) in union
            date = union.value(st, KG.observedDate)
            assert isinstance(date, Literal) and date.datatype == XSD.date
            art = union.value(st, PROV.wasDerivedFrom)
            assert (art, RDF.type, SDO.NewsArticle) in union
            start, end = union.value(st, KG.startOffset), union.value(st, KG.endOffset)
            assert start.datatype == XSD.integer and int(start) < int(end)


def test_statement_offsets_point_into_original_text(union: Graph) -> None:
    texts = {a.id: a.text for a in ARTICLES}
    n = 0
    for st in union.subjects(RDF.type, KG.Statement):
        art = str(union.value(st, PROV.wasDerivedFrom)).rsplit("/", 1)[1]
        s0, s1 = int(union.value(st, KG.sentenceStart)), int(union.value(st, KG.sentenceEnd))
        assert texts[art][s0:s1] == str(union.value(st, KG.evidenceText))
        n += 1
    assert n >= 20


def test_inferred_flag_and_wang_hao(union: Graph) -> None:
    wang = mint_iri("Person", "person/3213/王昊")
    st = next(union.subjects(KG.person, wang))
    assert union.value(st, KG.inferred) == Literal(True)
    li = mint_iri("Person", "person/321324/李爱华")
    st = next(union.subjects(KG.person, li))
    assert union.value(st, KG.inferred) == Literal(False)
    assert "李愛華" in str(union.value(st, KG.evidenceText))


def test_named_graphs(outdir: Path) -> None:
    ds = Dataset()
    ds.parse(outdir / "graph.trig", format="trig")
    names = sorted(str(g.identifier) for g in ds.graphs() if len(g))
    assert names == sorted(str(graph_iri(i, BASE)) for i in (None, SIHONG.id, SUIXI.id, HUAIAN.id))
    sihong = ds.graph(graph_iri(SIHONG.id, BASE))
    li = mint_iri("Person", "person/321324/李爱华")
    assert (li, ORG.holds, mint_iri("Post", "post/泗洪县委/书记")) in sihong
    # an article graph holds only what that article says
    assert (mint_iri("Campaign", "campaign/双实活动"), None, None) not in sihong
    resolved = ds.graph(graph_iri(None, BASE))
    assert (li, FOAF.name, Literal("李爱华", lang="zh")) in resolved
    # union (graph.ttl) == all named graphs merged
    union = Graph().parse(outdir / "graph.ttl", format="turtle")
    assert len(union) == len({(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))})


def test_literals_typed_and_tagged(union: Graph) -> None:
    li = mint_iri("Person", "person/321324/李爱华")
    assert Literal("李愛華", lang="zh") in set(union.objects(li, URIRef("http://www.w3.org/2004/02/skos/core#altLabel")))
    meeting = mint_iri("Meeting", "meeting/huaian_2024-04-08/1")
    assert union.value(meeting, SDO.startDate) == Literal("2024-04-07", datatype=XSD.date)
    art = mint_iri("Article", SIHONG.id)
    assert union.value(art, SDO.datePublished) == Literal("2021-02-27", datatype=XSD.date)
    assert union.value(art, SDO.headline).language == "zh"
    assert str(union.value(mint_iri("Region", "321324"), KG.divisionCode)) == "321324"
    # the literal part became a campaign node; the article record filled publisher/source
    part = mint_iri("Campaign", "campaign/工业经济突破")
    assert (mint_iri("Campaign", "campaign/五大突破"), URIRef("http://purl.org/dc/terms/hasPart"), part) in union
    assert (part, RDF.type, KG.Campaign) in union
    suixi = mint_iri("Article", SUIXI.id)
    pub = union.value(suixi, SDO.publisher)
    assert str(union.value(pub, RDFS.label)) == "淮北日报" and (pub, RDF.type, KG.MediaOrganization) in union


# --------------------------------------------------------------------------
# SHACL
# --------------------------------------------------------------------------


SH = Namespace("http://www.w3.org/ns/shacl#")


def _validate(g: Graph) -> tuple[bool, Graph, str]:
    pyshacl = pytest.importorskip("pyshacl")
    conforms, report, text = pyshacl.validate(g, shacl_graph=load_shapes(), advanced=True, allow_warnings=False)
    return bool(conforms), report, str(text)


def test_shacl_demo_conforms(union: Graph) -> None:
    conforms, _, text = _validate(union)
    assert conforms, text


def test_shacl_broken_graph_fails(union: Graph) -> None:
    """Nine independent breakages in one graph; each must be reported on its own node."""
    g = Graph()
    for t in union:
        g.add(t)
    li, yan = mint_iri("Person", "person/321324/李爱华"), mint_iri("Person", "person/320803/颜复")
    st_li = next(g.subjects(KG.person, li))
    wang = mint_iri("Person", "person/3213/王昊")
    st_wang = next(g.subjects(KG.person, wang))
    sihong, suqian, suixi = (mint_iri("Region", c) for c in ("321324", "3213", "340621"))
    post = mint_iri("Post", "post/泗洪县委/书记")
    article = mint_iri("Article", SUIXI.id)
    g.remove((yan, FOAF.name, None))                               # person without name
    g.set((sihong, KG.divisionCode, Literal("32132")))             # 5-digit code
    g.set((suqian, KG.level, Literal("prefecture")))               # level outside the set
    g.set((suixi, KG.divisionCode, Literal("321300")))             # not inside its parent 3406
    g.remove((post, ORG.role, None))                               # post without role
    g.add((li, ORG.holds, mint_iri("Post", "post/宿迁市委/书记")))    # holding without statement
    g.remove((st_wang, KG.observedDate, None))                     # statement without date
    g.set((st_li, KG.startOffset, Literal(500)))                   # start after end
    g.remove((article, SDO.headline, None))                        # article without headline
    conforms, report, text = _validate(g)
    assert not conforms
    found = {(r_focus, r_path) for r in report.subjects(RDF.type, SH.ValidationResult)
             for r_focus in [report.value(r, SH.focusNode)] for r_path in [report.value(r, SH.resultPath)]}
    expected = {
        (yan, FOAF.name), (sihong, KG.divisionCode), (suqian, KG.level), (suixi, None), (post, ORG.role),
        (li, None), (st_wang, KG.observedDate), (st_li, None), (article, SDO.headline),
        (wang, None),  # his only holding statement lost its date
    }
    assert expected - found == set(), text
    assert {f for f, _ in found} <= {f for f, _ in expected}, text  # nothing else was flagged


# --------------------------------------------------------------------------
# determinism, formats, streaming
# --------------------------------------------------------------------------

_BUILD = textwrap.dedent("""
    import sys
    from test_rdf import demo_records, results
    from kg.rdf import write_graphs
    ents, facts = demo_records()
    write_graphs(results(), list(reversed(ents)) if sys.argv[2] == "rev" else ents,
                 list(reversed(facts)) if sys.argv[2] == "rev" else facts,
                 sys.argv[1], formats=("nquads", "ntriples", "json-ld"))
""")


def test_byte_identical_across_processes(tmp_path: Path) -> None:
    script = tmp_path / "build.py"
    script.write_text(_BUILD, encoding="utf-8")
    outs = []
    for i, (seed, order) in enumerate([("1", "fwd"), ("2", "rev")]):
        out = tmp_path / f"out{i}"
        env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(Path(__file__).parent))
        subprocess.run([sys.executable, str(script), str(out), order], check=True, env=env)
        outs.append(out)
    names = sorted(p.name for p in outs[0].iterdir())
    assert names == ["graph.jsonld", "graph.nq", "graph.nt", "graph.trig", "graph.ttl"]
    for name in names:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_all_formats_parse_to_same_dataset(outdir: Path) -> None:
    ref = Dataset()
    ref.parse(outdir / "graph.nq", format="nquads")
    quads = {(s, p, o, g) for s, p, o, g in ref.quads((None, None, None, None))}
    for name, fmt in (("graph.trig", "trig"), ("graph.jsonld", "json-ld")):
        ds = Dataset()
        ds.parse(outdir / name, format=fmt)
        assert {(s, p, o, g) for s, p, o, g in ds.quads((None, None, None, None))} == quads, name
    nt = Graph().parse(outdir / "graph.nt", format="nt")
    ttl = Graph().parse(outdir / "graph.ttl", format="turtle")
    assert set(nt) == set(ttl) == {q[:3] for q in quads}
    lines = (outdir / "graph.nq").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) == len(set(lines))
    assert "_:" not in (outdir / "graph.nq").read_text(encoding="utf-8")
    doc = json.loads((outdir / "graph.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"]["kg"] == "https://kg.example.org/ns#"


def test_streaming_parts_merge_to_same_output(tmp_path: Path, outdir: Path) -> None:
    ents, facts = demo_records()
    index = facts_by_article(facts)
    parts = []
    for i, batch in enumerate([[SIHONG.id], [SUIXI.id, HUAIAN.id]]):
        parts.append(tmp_path / f"part{i}.nq")
        write_nquads_part(parts[-1], article_nquads(batch, index, ents, ARTICLES))
    parts.append(tmp_path / "resolved.nq")
    write_nquads_part(parts[-1], resolved_nquads(ents, facts, ARTICLES))
    merged = tmp_path / "merged"
    merge_nquads_parts(parts, merged, formats=("nquads",))
    for name in ("graph.nq", "graph.trig", "graph.ttl"):
        assert (merged / name).read_bytes() == (outdir / name).read_bytes(), name


def test_build_dataset_and_base_iri() -> None:
    ents, facts = demo_records()
    ds = build_dataset(ents, facts, ARTICLES, base="https://data.example.com/kg/")
    subjects = {str(s) for s, _, _, _ in ds.quads((None, None, None, None))}
    assert subjects and all(s.startswith("https://data.example.com/kg/") for s in subjects)
    with pytest.raises(KGError, match="E080"):
        build_dataset(ents, facts, base="not an iri")


def test_entity_and_fact_triples() -> None:
    org = set(entity_triples(E("Organization", "org/宿迁市委组织部", "宿迁市委组织部", body_type="组织部",
                               region="3213", parent="org/宿迁市委")))
    s = mint_iri("Organization", "org/宿迁市委组织部")
    assert {(s, RDF.type, ORG.Organization), (s, RDF.type, KG.PartyDepartment),
            (s, KG.jurisdiction, mint_iri("Region", "3213")),
            (s, ORG.subOrganizationOf, mint_iri("Organization", "org/宿迁市委"))} <= org
    unknown = set(entity_triples(E("Organization", "org/区考核办", "区考核办", body_type="考核办")))
    assert {o for _, p, o in unknown if p == RDF.type} == {ORG.Organization}
    # a Taiwan subdivision has no national code: its gazetteer code is an identifier
    tw = set(entity_triples(E("Region", "region/71x02", "新北市", code="71x02", level="city", parent="71")))
    assert not any(p == KG.divisionCode for _, p, _ in tw)
    assert (mint_iri("Region", "71x02"), URIRef("http://purl.org/dc/terms/identifier"), Literal("71x02")) in tw
    period = fact_triples(Fact("period", "campaign/双实活动", "2017-09/2019", literal=True))
    assert [o for _, _, o in period] == [Literal("2017-09", datatype=XSD.gYearMonth),
                                         Literal("2019", datatype=XSD.gYear)]
    f = Fact("holds", "person/1/甲", "post/x/书记", evidence=(Evidence("a1", 0, 9, 2, 3, "甲乙丙"),))
    first = statement_triples(f, f.evidence[0])
    assert first == statement_triples(f, f.evidence[0])  # content-minted, stable
    other = statement_triples(f, Evidence("a1", 0, 9, 4, 5, "甲乙丙"))
    assert first[0][0] != other[0][0]  # another observation, another statement node


def test_unknown_predicate_and_format_raise(tmp_path: Path) -> None:
    with pytest.raises(KGError, match="E082"):
        iter_quads([], [Fact("likes", "person/1/甲", "person/1/乙")])
    with pytest.raises(KGError, match="E084"):
        iter_quads([], [Fact("holds", "甲", "post/x/书记")])
    with pytest.raises(KGError, match="E083"):
        write_graphs([], [], [], tmp_path, formats=("rdfxml",))


def test_literal_for_person_is_skipped_with_warning(caplog: pytest.LogCaptureFixture) -> None:
    log = logging.getLogger("kg")  # the CLI may have stopped "kg" from propagating to the root logger
    caplog.set_level(logging.WARNING, logger="kg")
    log.addHandler(caplog.handler)
    try:
        quads = iter_quads([E("Meeting", "meeting/a/1", "会议")],
                           [Fact("speaker", "meeting/a/1", "某人", literal=True)])
    finally:
        log.removeHandler(caplog.handler)
    assert not any(KG.speaker.n3() in q[1] for q in quads)
    assert "W080" in caplog.text


# --------------------------------------------------------------------------
# hostile input
# --------------------------------------------------------------------------

HOSTILE = [
    '"> . <x> <y> "z', "a\nb\r\tc", 'tri"""ple', "back\\slash\\", "<script>{x}|^`</script>",
    "ends with \\", "# ? % & =", "\x00\x07\x1b\x7f", "\u202e\u200b\ufeff", "lone\ud800surrogate",
    " ", "..", "'single' \"double\"", "😀 emoji 𠮷",
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_strings_do_not_break_serialisations(tmp_path: Path, hostile: str) -> None:
    ents = [
        E("Person", f"person/{hostile}/{hostile}", hostile, (hostile + "2",)),
        E("Region", f"region/{hostile}", hostile, code="32", level="province"),
        E("Organization", f"org/{hostile}", hostile, body_type=hostile, region=f"region/{hostile}"),
        E("Article", f"article/{hostile}", hostile, headline=hostile, date="2021-02-27", publisher=hostile,
          url=f"https://example.com/{hostile}", path=hostile),
    ]
    fact = Fact("definition", f"org/{hostile}", hostile, literal=True,
                evidence=(Evidence(hostile, 0, 3, 1, 2, hostile),))
    out = tmp_path / "o"
    write_graphs([], ents, [fact, Fact("altLabel", f"person/{hostile}/{hostile}", hostile, literal=True)], out,
                 formats=("nquads", "ntriples", "json-ld"))
    union = Graph().parse(out / "graph.ttl", format="turtle")
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    quads = list(ds.quads((None, None, None, None)))
    assert len(quads) >= len(union) > 10
    assert all(str(g.identifier if hasattr(g, "identifier") else g).startswith(BASE + "graph/") for *_, g in quads)
    Graph().parse(out / "graph.nt", format="nt")
    ds2 = Dataset()
    ds2.parse(out / "graph.jsonld", format="json-ld")
    assert {q[:3] for q in ds2.quads((None, None, None, None))} == set(union)
    person = mint_iri("Person", f"person/{hostile}/{hostile}")
    expected = hostile.replace("\ud800", "\ufffd")
    assert union.value(person, FOAF.name) == Literal(expected, lang="zh")
    # nothing outside kg's nodes and the vocabularies appeared (no injected triples)
    for s in union.subjects():
        assert str(s).startswith(("https://kg.example.org/id/", "https://example.com/"))


def test_nt_term_escapes_and_parse_roundtrip() -> None:
    lit = Literal('a"b\\c\nd\x01', lang="zh")
    term = nt_term(lit)
    assert term == '"a\\"b\\\\c\\nd\\u0001"@zh'
    iri = mint_iri("Person", 'x"> . <y')
    line = f"{nt_term(iri)} {nt_term(FOAF.name)} {term} {nt_term(graph_iri(None, BASE))} .\n"
    assert parse_nquads([line]) == [(nt_term(iri), nt_term(FOAF.name), term, nt_term(graph_iri(None, BASE)))]
    with pytest.raises(KGError, match="E086"):
        nt_term(URIRef("http://x/a b"))
    with pytest.raises(KGError, match="E087"):
        parse_nquads(["<a> <b> c <d> ."])


def test_dates_are_typed_and_a_malformed_date_warns_every_time(caplog: pytest.LogCaptureFixture) -> None:
    from rdflib.namespace import XSD as RX

    from kg.rdf import _date

    assert _date(" 2024-03-05", "meeting") == Literal("2024-03-05", datatype=RX.date)
    assert _date("2024-03", "meeting") == Literal("2024-03", datatype=RX.gYearMonth)
    assert _date("2024", "article") == Literal("2024", datatype=RX.gYear)
    with caplog.at_level(logging.WARNING, logger="kg"):
        for _ in range(2):  # (valid dates are cached; the warning is not)
            assert _date("3月5日", "meeting") == Literal("3月5日")
    assert sum("3月5日" in r.getMessage() for r in caplog.records) == 2
