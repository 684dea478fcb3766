"""Tests of kg.viz: graph → networkx, view selection, the written page."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph, URIRef
from typer.testing import CliRunner

from kg.errors import KGError
from kg.ontology import ORG, term_labels
from kg.viz import (
    DEFAULT_MAX_NODES,
    ego,
    find_nodes,
    graph_to_networkx,
    overview,
    overview_of,
    view_data,
    write_overview,
    write_view,
)

ID = "https://kg.example.org/id/"

#: a hand-written graph in the shape of the demo corpus (the kg.rdf output)
DEMO_TTL = """
@prefix id: <https://kg.example.org/id/> .
@prefix kg: <https://kg.example.org/ns#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

id:region\\/32 a kg:AdministrativeDivision ; rdfs:label "江苏省" ; kg:divisionCode "32" ; kg:level "province" .
id:region\\/3213 a kg:AdministrativeDivision ; rdfs:label "宿迁市" ; kg:divisionCode "3213" ; kg:level "city" ;
    schema:containedInPlace id:region\\/32 .
id:region\\/321324 a kg:AdministrativeDivision ; rdfs:label "泗洪县" ; kg:divisionCode "321324" ; kg:level "county" ;
    schema:containedInPlace id:region\\/3213 .
id:region\\/321302 a kg:AdministrativeDivision ; rdfs:label "宿城区" ; kg:divisionCode "321302" ; kg:level "county" ;
    schema:containedInPlace id:region\\/3213 .

<https://kg.example.org/id/org/泗洪县委> a org:Organization, kg:PartyCommittee ; rdfs:label "泗洪县委" ;
    kg:bodyType "党委" ; kg:jurisdiction id:region\\/321324 .
<https://kg.example.org/id/org/泗洪县人民政府> a org:Organization, kg:Government ; rdfs:label "泗洪县人民政府" ;
    kg:bodyType "政府" ; kg:jurisdiction id:region\\/321324 .
<https://kg.example.org/id/org/宿迁市委> a org:Organization, kg:PartyCommittee ; rdfs:label "宿迁市委" ;
    kg:bodyType "党委" ; kg:jurisdiction id:region\\/3213 .
<https://kg.example.org/id/org/宿迁市委组织部> a org:Organization, kg:PartyDepartment ; rdfs:label "宿迁市委组织部" ;
    org:subOrganizationOf <https://kg.example.org/id/org/宿迁市委> .

<https://kg.example.org/id/role/书记> a org:Role ; rdfs:label "书记" .
<https://kg.example.org/id/post/泗洪县委/书记> a org:Post ; rdfs:label "泗洪县委书记" ;
    org:postIn <https://kg.example.org/id/org/泗洪县委> ; org:role <https://kg.example.org/id/role/书记> .
<https://kg.example.org/id/post/泗洪县委/副书记> a org:Post ; rdfs:label "泗洪县委副书记" ;
    org:postIn <https://kg.example.org/id/org/泗洪县委> .
<https://kg.example.org/id/post/泗洪县人民政府/县长> a org:Post ; rdfs:label "泗洪县县长" ;
    org:postIn <https://kg.example.org/id/org/泗洪县人民政府> .
<https://kg.example.org/id/post/宿迁市委/书记> a org:Post ; rdfs:label "宿迁市委书记" ;
    org:postIn <https://kg.example.org/id/org/宿迁市委> ; org:role <https://kg.example.org/id/role/书记> .

<https://kg.example.org/id/person/321324/李爱华> a foaf:Person ; rdfs:label "李爱华" ; foaf:name "李爱华" ;
    org:holds <https://kg.example.org/id/post/泗洪县委/书记> .
<https://kg.example.org/id/person/321324/杨云峰> a foaf:Person ; rdfs:label "杨云峰" ;
    org:holds <https://kg.example.org/id/post/泗洪县委/副书记>, <https://kg.example.org/id/post/泗洪县人民政府/县长> .
<https://kg.example.org/id/person/3213/王昊> a foaf:Person ; rdfs:label "王昊" ;
    org:holds <https://kg.example.org/id/post/宿迁市委/书记> .

<https://kg.example.org/id/campaign/五大突破> a kg:Campaign ; rdfs:label "五大突破" ;
    kg:launchedBy <https://kg.example.org/id/org/泗洪县委> ; kg:region id:region\\/321324 ;
    kg:promotedBy <https://kg.example.org/id/person/321324/李爱华>, <https://kg.example.org/id/person/321324/杨云峰> .
<https://kg.example.org/id/campaign/双实活动> a kg:Campaign ; rdfs:label "双实活动" ; skos:altLabel "双实" ;
    kg:region id:region\\/3213 ; kg:periodStart "2017"^^xsd:gYear ; kg:periodEnd "2019"^^xsd:gYear ;
    kg:promotedBy <https://kg.example.org/id/person/3213/王昊> .

id:meeting\\/a1\\/1 a kg:Meeting ; rdfs:label "改革创新暨高质量发展综合考核总结表彰大会" ;
    schema:startDate "2021-02-20"^^xsd:date ; schema:location id:region\\/321324 ;
    kg:speaker <https://kg.example.org/id/person/321324/李爱华>, <https://kg.example.org/id/person/321324/杨云峰> .

id:article\\/a1 a schema:NewsArticle ; schema:headline "泗洪将改革创新进行到底 谱写春到上塘新传奇" ;
    schema:datePublished "2021-02-27"^^xsd:date ; schema:url <http://www.js.people.com.cn/n2/2021/0227/c360301.html> ;
    schema:mentions <https://kg.example.org/id/person/321324/李爱华>, <https://kg.example.org/id/person/3213/王昊> .

id:statement\\/s1 a kg:HoldingStatement ;
    rdf:subject <https://kg.example.org/id/person/321324/李爱华> ; rdf:predicate org:holds ;
    rdf:object <https://kg.example.org/id/post/泗洪县委/书记> ;
    kg:person <https://kg.example.org/id/person/321324/李爱华> ; kg:post <https://kg.example.org/id/post/泗洪县委/书记> ;
    kg:observedDate "2021-02-27"^^xsd:date ; kg:inferred false ;
    kg:evidenceText "泗洪县委书记李爱华表示，新的一年，泗洪将紧扣市委书记王昊对泗洪县提出的工作要求。" ;
    kg:sentenceStart 120 ; kg:sentenceEnd 170 ; prov:wasDerivedFrom id:article\\/a1 .
id:statement\\/s2 a kg:Statement ;
    rdf:subject <https://kg.example.org/id/campaign/五大突破> ; rdf:predicate kg:promotedBy ;
    rdf:object <https://kg.example.org/id/person/321324/李爱华> ;
    kg:observedDate "2021-02-27"^^xsd:date ; kg:evidenceText "全力深化推进“五大突破”。" ;
    prov:wasDerivedFrom id:article\\/a1 .
id:statement\\/s3 a kg:HoldingStatement ;
    rdf:subject <https://kg.example.org/id/person/3213/王昊> ; rdf:predicate org:holds ;
    rdf:object <https://kg.example.org/id/post/宿迁市委/书记> ;
    kg:observedDate "2021-02-27"^^xsd:date ; kg:inferred true ;
    kg:evidenceText "2月19日，市委书记王昊利用一天时间专题调研泗洪县改革创新工作。" ;
    prov:wasDerivedFrom id:article\\/a1 .
"""

#: the same graph plus an article full of markup
XSS_TTL = DEMO_TTL + """
id:article\\/x a schema:NewsArticle ; schema:headline "<script>alert('t')</script>标题\\" onmouseover=\\"alert(1)" ;
    schema:datePublished "2021-03-01\\"><img src=x onerror=alert(2)>" ;
    schema:url "javascript:alert(3)" .
<https://kg.example.org/id/person/x/<evil>> a foaf:Person ;
    rdfs:label "<img src=x onerror=alert(4)>张三\\" onmouseover=\\"alert(5)" ;
    org:holds <https://kg.example.org/id/post/泗洪县委/副书记> .
id:statement\\/x1 a kg:HoldingStatement ;
    rdf:subject <https://kg.example.org/id/person/x/<evil>> ; rdf:predicate org:holds ;
    rdf:object <https://kg.example.org/id/post/泗洪县委/副书记> ;
    kg:evidenceText "</script><script>alert(6)</script>\\" onmouseover=\\"alert(7)\\" <b>粗</b>" ;
    prov:wasDerivedFrom id:article\\/x .
"""


def _fix_iris(ttl: str) -> str:
    # "<evil>" inside an IRI is not valid Turtle: write it percent-encoded as kg.iri would
    return ttl.replace("person/x/<evil>>", "person/x/%3Cevil%3E>")


def demo_graph(ttl: str = DEMO_TTL) -> Graph:
    return Graph().parse(data=_fix_iris(ttl), format="turtle")


def write_demo(outdir: Path, ttl: str = DEMO_TTL) -> Path:
    outdir.mkdir(parents=True, exist_ok=True)
    demo_graph(ttl).serialize(outdir / "graph.ttl", format="turtle")
    return outdir


# ---------------------------------------------------------------- parsing the page


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.styles: list[str] = []
        self._in: str | None = None
        self._attrs: dict[str, str | None] = {}
        self._buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._in, self._attrs, self._buf = tag, dict(attrs), []

    def handle_data(self, data: str) -> None:
        if self._in:
            self._buf.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            text = "".join(self._buf)
            if tag == "script":
                self.scripts.append((self._attrs, text))
            else:
                self.styles.append(text)
            self._in = None


def parse_page(path: Path) -> _Page:
    p = _Page()
    p.feed(path.read_text("utf-8"))
    return p


def page_data(path: Path) -> dict:
    p = parse_page(path)
    (text,) = [t for a, t in p.scripts if a.get("id") == "kg-data"]
    return json.loads(text)


EXTERNAL = re.compile(r"^\s*(https?:|//|ftp:|ws:|wss:)", re.I)


def external_refs(path: Path) -> list[str]:
    """Every attribute or CSS reference that would load something from elsewhere."""
    p = parse_page(path)
    bad = []
    for tag, attrs in p.tags:
        for name in ("src", "href", "srcset", "data", "action", "poster", "background"):
            v = attrs.get(name)
            if v and EXTERNAL.match(v):
                bad.append(f"<{tag} {name}={v}>")
        if tag == "link":
            bad.append(f"<link {attrs}>")
        if tag == "script" and attrs.get("src"):
            bad.append(f"<script src={attrs['src']}>")
    for css in p.styles:
        for m in re.finditer(r"url\(\s*['\"]?([^'\")]+)", css):
            if not m.group(1).startswith("data:"):
                bad.append(f"css url({m.group(1)[:40]})")
        if "@import" in css:
            bad.append("css @import")
    return bad


# ---------------------------------------------------------------- tests


def test_graph_to_networkx_nodes_kinds_and_labels() -> None:
    G = graph_to_networkx(demo_graph())
    assert isinstance(G, nx.MultiDiGraph)
    kinds = {d["label"]: d["kind"] for _n, d in G.nodes(data=True)}
    assert kinds["李爱华"] == "Person"
    assert kinds["泗洪县委书记"] == "Post"
    assert kinds["泗洪县委"] == "Organization"  # via kg:PartyCommittee ⊂ org:FormalOrganization
    assert kinds["宿迁市委组织部"] == "Organization"  # via kg:PartyDepartment ⊂ org:OrganizationalUnit
    assert kinds["泗洪县"] == "Region"
    assert kinds["五大突破"] == "Campaign"
    assert kinds["书记"] == "Role"
    assert kinds["泗洪将改革创新进行到底 谱写春到上塘新传奇"] == "Article"
    # statements are provenance, not nodes
    assert not any("statement/" in n for n in G)
    assert G.nodes[f"{ID}campaign/双实活动"]["alt"] == ["双实"]


def test_edges_carry_ontology_labels_and_evidence() -> None:
    G = graph_to_networkx(demo_graph())
    labels = term_labels()
    li, post = f"{ID}person/321324/李爱华", f"{ID}post/泗洪县委/书记"
    e = G.edges[li, post, str(ORG.holds)]
    assert e["label"] == labels[URIRef(str(ORG.holds))] == "任职"
    (ev,) = e["evidence"]
    assert ev["date"] == "2021-02-27" and ev["text"].startswith("泗洪县委书记李爱华表示")
    assert ev["article"] == f"{ID}article/a1" and ev["inferred"] is False
    edge_labels = {d["label"] for *_x, d in G.edges(data=True)}
    assert {"任职", "所属机构", "管辖", "推动", "隶属", "位于", "发起", "实施地区", "讲话"} <= edge_labels
    # inferred statements keep their flag; literal-valued triples are no edges
    assert G.edges[f"{ID}person/3213/王昊", f"{ID}post/宿迁市委/书记", str(ORG.holds)]["evidence"][0]["inferred"]
    assert all(isinstance(v, str) and v in G for _u, v in G.edges())


def test_graph_to_networkx_accepts_folder_and_file(tmp_path: Path) -> None:
    out = write_demo(tmp_path / "out")
    assert graph_to_networkx(out).number_of_nodes() == graph_to_networkx(out / "graph.ttl").number_of_nodes() == 20
    with pytest.raises(KGError, match=r"\[E100\]"):
        graph_to_networkx(tmp_path / "missing")
    bad = tmp_path / "bad" / "graph.ttl"
    bad.parent.mkdir()
    bad.write_text("this is not turtle <<", "utf-8")
    with pytest.raises(KGError, match=r"\[E101\]"):
        graph_to_networkx(bad.parent)


def test_iter_triples_of_some_subjects_equals_filtering_all(tmp_path: Path) -> None:
    import pyoxigraph as ox

    from kg.viz import iter_triples

    out = write_demo(tmp_path / "out")
    store = ox.Store()
    store.load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    g = Graph().parse(out / "graph.ttl", format="turtle")
    for source in (out, out / "graph.ttl", store, g):
        every = list(iter_triples(source))
        subjects = {s for s, _p, _o in every[::7]}
        assert 0 < len(subjects) < len({s for s, _p, _o in every})
        some = list(iter_triples(source, subjects))
        assert sorted(map(repr, some)) == sorted(repr(t) for t in every if t[0] in subjects)
        assert list(iter_triples(source, set())) == []
    # a broken graph file is the same clear error when only some subjects are read, whatever was read before it
    bad = tmp_path / "bad.ttl"
    bad.write_text((out / "graph.ttl").read_text("utf-8") + "\nthis is not turtle <<", "utf-8")
    with pytest.raises(KGError, match=r"\[E101\].*bad\.ttl"):
        list(iter_triples(bad, subjects))


def test_overview_counts_match_the_graph(tmp_path: Path) -> None:
    out = write_demo(tmp_path / "out")
    page = write_overview(out)
    assert page == out / "graph.html"
    data = page_data(page)
    g = demo_graph()
    # independent count: typed entities of the drawn kinds and the triples between them
    q = """
    PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX org: <http://www.w3.org/ns/org#>
    PREFIX kg: <https://kg.example.org/ns#>
    SELECT DISTINCT ?n WHERE { VALUES ?c { foaf:Person org:Post org:Organization kg:PartyCommittee kg:Government
      kg:PartyDepartment kg:AdministrativeDivision kg:Campaign kg:Meeting } ?n a ?c }"""
    drawn = {str(r[0]) for r in g.query(q)}
    edges = {(s, p, o) for s, p, o in g if str(s) in drawn and str(o) in drawn and s != o}
    assert len(data["nodes"]) == len(drawn) == 18
    assert len(data["edges"]) == len(edges)
    body = parse_page(page).tags
    (attrs,) = [a for t, a in body if t == "body"]
    assert attrs["data-kg-nodes"] == str(len(drawn)) and attrs["data-kg-edges"] == str(len(edges))
    kinds = {x["kind"] for x in data["legend"]}
    assert kinds == {"Person", "Post", "Organization", "Region", "Campaign", "Meeting"}
    assert {x["label"] for x in data["legend"]} >= {"人物", "职务", "机构", "行政区划", "专项工作", "会议"}


def test_page_has_no_external_reference(tmp_path: Path) -> None:
    out = write_demo(tmp_path / "out")
    page = write_overview(out)
    assert external_refs(page) == []
    html = page.read_text("utf-8")
    assert "//cdn" not in html and "bootstrap" not in html.lower()
    csp = [a for t, a in parse_page(page).tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in (csp[0]["content"] or "")
    # the article link is data for the tooltip, not a reference the page loads
    assert "http://www.js.people.com.cn/n2/2021/0227/c360301.html" in json.dumps(page_data(page), ensure_ascii=False)


def test_external_ref_checker_catches_references(tmp_path: Path) -> None:
    p = tmp_path / "x.html"
    p.write_text('<html><head><link rel="stylesheet" href="https://cdn.example.com/b.css">'
                 '<script src="//cdn.example.com/x.js"></script><style>a{background:url(http://x/y.png)}</style>'
                 '</head><body><img src="data:image/png;base64,AA"></body></html>', "utf-8")
    bad = " ".join(external_refs(p))
    assert "cdn.example.com/b.css" in bad and "cdn.example.com/x.js" in bad and "css url(http://x/y.png)" in bad
    assert "data:image" not in bad


def test_node_tooltip_data_has_post_date_evidence_and_source() -> None:
    G = graph_to_networkx(demo_graph())
    data = view_data(G, overview(G))
    (li,) = [n for n in data["nodes"] if n["full"] == "李爱华"]
    d = data["details"][li["d"]]
    assert d["kind"] == "人物"
    assert ["任职", "泗洪县委书记（2021-02-27）"] in d["rows"]
    ev = [e for e in d["evidence"] if e["head"].startswith("任职")][0]
    assert ev["text"].startswith("泗洪县委书记李爱华") and ev["date"] == "2021-02-27"
    assert ev["article"] == {"title": "泗洪将改革创新进行到底 谱写春到上塘新传奇", "date": "2021-02-27",
                             "url": "http://www.js.people.com.cn/n2/2021/0227/c360301.html"}
    # node size comes from the degree: the county party committee outranks a lone region
    size = {n["full"]: n["value"] for n in data["nodes"]}
    assert size["泗洪县"] > size["江苏省"]


def test_ego_view(tmp_path: Path) -> None:
    out = write_demo(tmp_path / "out")
    page = write_view(out, tmp_path / "li.html", focus="李爱华", hops=1)
    labels = {n["full"] for n in page_data(page)["nodes"]}
    assert labels == {"李爱华", "泗洪县委书记", "五大突破", "改革创新暨高质量发展综合考核总结表彰大会"}
    two = {n["full"] for n in page_data(write_view(out, tmp_path / "li2.html", focus="李愛華", hops=2))["nodes"]}
    assert {"泗洪县委", "杨云峰", "泗洪县"} <= two and "王昊" not in two
    zero = page_data(write_view(out, tmp_path / "li0.html", focus="李爱华", hops=0))
    assert [n["full"] for n in zero["nodes"]] == ["李爱华"] and zero["edges"] == []


def test_find_nodes_errors_and_partial_matches() -> None:
    G = graph_to_networkx(demo_graph())
    assert find_nodes(G, "组织部") == [f"{ID}org/宿迁市委组织部"]  # unique partial match
    assert find_nodes(G, "“五大突破”") == [f"{ID}campaign/五大突破"]
    with pytest.raises(KGError, match=r"\[E102\].*宿迁市委书记、泗洪县委书记"):
        find_nodes(G, "委书记")  # ambiguous partial match lists the candidates
    with pytest.raises(KGError, match=r"\[E102\]"):
        find_nodes(G, "不存在的人")


def test_region_view(tmp_path: Path) -> None:
    out = write_demo(tmp_path / "out")
    labels = {n["full"] for n in page_data(write_view(out, tmp_path / "r.html", region="泗洪县"))["nodes"]}
    assert {"泗洪县", "宿迁市", "江苏省", "泗洪县委", "泗洪县人民政府", "泗洪县委书记", "泗洪县委副书记",
            "泗洪县县长", "李爱华", "杨云峰", "五大突破", "改革创新暨高质量发展综合考核总结表彰大会"} == labels
    city = {n["full"] for n in page_data(write_view(out, tmp_path / "c.html", region="宿迁市"))["nodes"]}
    assert {"宿迁市委", "宿迁市委组织部", "宿迁市委书记", "王昊", "双实活动", "泗洪县", "宿城区"} <= city
    assert "李爱华" not in city  # the county's officials only with --hops 2
    city2 = {n["full"] for n in page_data(write_view(out, tmp_path / "c2.html", region="宿迁市", hops=2))["nodes"]}
    assert "李爱华" in city2
    with pytest.raises(KGError, match=r"\[E103\]"):
        write_view(out, tmp_path / "x.html", region="泗洪县委")


def test_campaign_view(tmp_path: Path) -> None:
    out = write_demo(tmp_path / "out")
    data = page_data(write_view(out, tmp_path / "c.html", campaign="五大突破"))
    labels = {n["full"] for n in data["nodes"]}
    assert labels == {"五大突破", "泗洪县委", "泗洪县", "李爱华", "杨云峰", "泗洪县委书记", "泗洪县委副书记",
                      "泗洪县县长", "泗洪县人民政府"}
    assert "推动" in {e["label"] for e in data["edges"]}
    with pytest.raises(KGError, match=r"\[E102\]"):
        write_view(out, tmp_path / "x.html", campaign="三大攻坚")


def test_query_views(tmp_path: Path) -> None:
    out = write_demo(tmp_path / "out")
    sel = tmp_path / "holders.rq"
    sel.write_text("""PREFIX org: <http://www.w3.org/ns/org#>
SELECT ?person ?post ?body ?name WHERE { ?person org:holds ?post . ?post org:postIn ?body . ?person <http://www.w3.org/2000/01/rdf-schema#label> ?name }""", "utf-8")
    data = page_data(write_view(out, tmp_path / "q.html", query_file=sel))
    assert len(data["nodes"]) == 3 + 4 + 3  # people, posts, bodies
    assert len(data["edges"]) == 4 + 4
    assert {e["label"] for e in data["edges"]} == {"任职", "所属机构"}
    con = tmp_path / "c.rq"
    con.write_text("""PREFIX schema: <https://schema.org/>
CONSTRUCT { ?a schema:containedInPlace ?b } WHERE { ?a schema:containedInPlace ?b }""", "utf-8")
    data = page_data(write_view(out, tmp_path / "c.html", query_file=con))
    assert len(data["nodes"]) == 4 and len(data["edges"]) == 3
    assert {e["label"] for e in data["edges"]} == {"位于"}
    ask = tmp_path / "a.rq"
    ask.write_text("ASK { ?s ?p ?o }", "utf-8")
    with pytest.raises(KGError, match=r"\[E106\]"):
        write_view(out, tmp_path / "a.html", query_file=ask)
    broken = tmp_path / "b.rq"
    broken.write_text("SELECT WHERE {", "utf-8")
    with pytest.raises(KGError, match=r"\[E106\]"):
        write_view(out, tmp_path / "b.html", query_file=broken)
    with pytest.raises(KGError, match=r"\[E105\]"):
        write_view(out, tmp_path / "b.html", query_file=tmp_path / "nope.rq")


def test_options_are_checked(tmp_path: Path) -> None:
    out = write_demo(tmp_path / "out")
    with pytest.raises(KGError, match=r"\[E104\]"):
        write_view(out, tmp_path / "x.html", focus="李爱华", region="泗洪县")
    with pytest.raises(KGError, match=r"\[E107\]"):
        write_view(out, tmp_path / "x.html", focus="李爱华", hops=-1)
    with pytest.raises(KGError, match=r"\[E107\]"):
        write_view(out, tmp_path / "x.html", max_nodes=0)
    assert not (tmp_path / "x.html").exists()


def test_large_overview_aggregates_with_notice() -> None:
    G = graph_to_networkx(demo_graph())
    full = overview(G)
    assert not full.aggregated and full.notice == "" and DEFAULT_MAX_NODES >= 5000
    small = overview(G, max_nodes=8)
    assert small.aggregated and len(small.nodes) == 8 and "--focus" in small.notice
    assert {G.nodes[n]["kind"] for n in small.nodes} <= {"Region", "Organization", "Campaign"}
    data = view_data(G, small)
    assert data["total_nodes"] == 18 and len(data["nodes"]) == 8 and data["aggregated"]


@pytest.mark.parametrize("max_nodes", [1, 3, 8, 11, 17, 18, 100])
def test_overview_read_for_the_page_equals_the_overview_of_the_whole_graph(tmp_path: Path, max_nodes: int) -> None:
    """overview_of reads only the shown nodes, their neighbours and their statements when the graph is too large
    to draw; the page data (nodes, sizes, tooltips, evidence, counts) is the same as from the whole graph."""
    out = write_demo(tmp_path / "out")
    whole = graph_to_networkx(out)
    want = view_data(whole, overview(whole, max_nodes=max_nodes))
    G, view = overview_of(out, max_nodes=max_nodes)
    assert view_data(G, view) == want
    assert G.number_of_nodes() <= whole.number_of_nodes()
    if max_nodes == 1:  # one node shown: its neighbourhood, not the whole graph, was read
        assert view.aggregated and G.number_of_nodes() < whole.number_of_nodes()
    # and the page written by write_overview is the page drawn from the whole graph
    from kg.viz import write_html

    write_html(whole, overview(whole, max_nodes=max_nodes), tmp_path / "whole.html")
    page = write_overview(out, max_nodes=max_nodes)
    assert page.read_text("utf-8") == (tmp_path / "whole.html").read_text("utf-8")


def test_overview_of_a_missing_or_broken_graph_is_a_clear_error_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(KGError, match=r"\[E100\]"):
        overview_of(tmp_path / "missing")
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "graph.ttl").write_text("this is not turtle <<", "utf-8")
    for max_nodes in (1, DEFAULT_MAX_NODES):  # (the ranking pass reads the file first, whatever the size)
        with pytest.raises(KGError, match=r"\[E101\].*graph.ttl"):
            write_overview(bad, max_nodes=max_nodes)
    assert not (bad / "graph.html").exists()


def test_markup_from_articles_is_inert(tmp_path: Path) -> None:
    out = write_demo(tmp_path / "out", XSS_TTL)
    page = write_view(out, tmp_path / "x.html", focus="张三", hops=1)
    html = page.read_text("utf-8")
    p = parse_page(page)
    # nothing from the data became an element or attribute
    assert [t for t, _a in p.tags if t == "img"] == []
    assert all("onmouseover" not in k and "onerror" not in k for _t, a in p.tags for k in a)
    assert sum(1 for t, _a in p.tags if t == "script") == 3
    assert "<script>alert" not in html and "</script><script>" not in html
    data = page_data(page)
    person = [n for n in data["nodes"] if "张三" in n["full"]][0]
    assert person["full"].startswith("<img src=x onerror=alert(4)>")  # kept as text, escaped in transit
    ev = [e for e in data["details"][person["d"]]["evidence"]][0]
    assert ev["text"].startswith("</script><script>alert(6)")
    assert ev["article"]["url"] is None  # javascript: links are dropped


def test_cli_view(tmp_path: Path) -> None:
    import typer

    from kg.cli_view import view_cli

    app = typer.Typer()
    app.command("view")(view_cli)
    app.command("other", hidden=True)(lambda: None)  # keep a multi-command app like kg's
    out = write_demo(tmp_path / "out")
    runner = CliRunner()
    res = runner.invoke(app, ["view", str(out), "--focus", "王昊", "--hops", "2", "-o", str(tmp_path / "w.html")])
    assert res.exit_code == 0, res.output
    assert "王昊" in {n["full"] for n in page_data(tmp_path / "w.html")["nodes"]}
    res = runner.invoke(app, ["view", str(out), "--focus", "王昊", "--region", "泗洪县", "-o", str(tmp_path / "e.html")])
    assert res.exit_code == 2 and "E104" in res.output
    res = runner.invoke(app, ["view", str(out), "--focus", "没有这个人", "-o", str(tmp_path / "e.html")])
    assert res.exit_code == 2 and "E102" in res.output


def big_ttl(n_counties: int) -> str:
    """A synthetic graph: a province, cities, counties, one committee, post and holder per county."""
    lines = ["@prefix id: <https://kg.example.org/id/> .", "@prefix kg: <https://kg.example.org/ns#> .",
             "@prefix org: <http://www.w3.org/ns/org#> .", "@prefix foaf: <http://xmlns.com/foaf/0.1/> .",
             "@prefix schema: <https://schema.org/> .", "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
             'id:r99 a kg:AdministrativeDivision ; rdfs:label "某省" .']
    for i in range(n_counties):
        c = i // 20
        if i % 20 == 0:
            lines.append(f'id:c{c} a kg:AdministrativeDivision ; rdfs:label "{c}市" ; schema:containedInPlace id:r99 .')
        lines += [
            f'id:k{i} a kg:AdministrativeDivision ; rdfs:label "{c}市{i}县" ; schema:containedInPlace id:c{c} .',
            f'id:b{i} a org:Organization, kg:PartyCommittee ; rdfs:label "{c}市{i}县委" ; kg:jurisdiction id:k{i} .',
            f'id:p{i} a org:Post ; rdfs:label "{c}市{i}县委书记" ; org:postIn id:b{i} .',
            f'id:h{i} a foaf:Person ; rdfs:label "官员{i}" ; org:holds id:p{i} .',
        ]
    return "\n".join(lines)


def test_radial_layout_is_deterministic_and_spread() -> None:
    from kg.viz import LAYOUT_THRESHOLD, radial_layout

    G = graph_to_networkx(Graph().parse(data=big_ttl(120), format="turtle"))
    view = overview(G)
    simple = nx.Graph(G.subgraph(view.nodes).to_undirected())
    simple.add_node("lonely")  # an isolated node gets a place too
    pos = radial_layout(simple)
    assert pos == radial_layout(simple) and set(pos) == set(simple)
    assert len(set(pos.values())) == len(pos)  # no two nodes on the same spot
    pts = list(pos.values())
    closest = min(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5 for i, a in enumerate(pts) for b in pts[i + 1:])
    assert closest > 5
    # large views arrive laid out; small ones are left to the browser's physics
    data = view_data(G, view)
    assert len(data["nodes"]) >= LAYOUT_THRESHOLD and all("x" in n and "y" in n for n in data["nodes"])
    small = view_data(*(lambda g: (g, overview(g)))(graph_to_networkx(demo_graph())))
    assert not any("x" in n for n in small["nodes"])


def test_every_source_gives_the_same_graph(tmp_path: Path) -> None:
    import pyoxigraph as ox

    out = write_demo(tmp_path / "out")
    store = ox.Store()
    store.bulk_load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    graphs = [graph_to_networkx(src) for src in (demo_graph(), out, out / "graph.ttl", store)]

    def summary(G: nx.MultiDiGraph) -> tuple:
        return (sorted((n, d["kind"], d["label"], tuple(d["alt"]), tuple(d["props"])) for n, d in G.nodes(data=True)),
                sorted((u, v, k, json.dumps(d["evidence"], sort_keys=True)) for u, v, k, d in G.edges(keys=True, data=True)))

    first = summary(graphs[0])
    assert all(summary(G) == first for G in graphs[1:])


def test_query_on_an_rdflib_graph(tmp_path: Path) -> None:
    rq = tmp_path / "q.rq"
    rq.write_text("PREFIX kg: <https://kg.example.org/ns#>\n"
                  "SELECT ?campaign ?person WHERE { ?campaign kg:promotedBy ?person }", "utf-8")
    data = page_data(write_view(demo_graph(), tmp_path / "q.html", query_file=rq))
    assert {n["full"] for n in data["nodes"]} == {"五大突破", "双实活动", "李爱华", "杨云峰", "王昊"}
    assert {e["label"] for e in data["edges"]} == {"推动"}
    ask = tmp_path / "a.rq"
    ask.write_text("ASK { ?s ?p ?o }", "utf-8")
    with pytest.raises(KGError, match=r"\[E106\]"):
        write_view(demo_graph(), tmp_path / "a.html", query_file=ask)


def test_size_by_betweenness(tmp_path: Path) -> None:
    G = graph_to_networkx(demo_graph())
    data = view_data(G, overview(G), size_by="betweenness")
    size = {n["full"]: n["value"] for n in data["nodes"]}
    assert size["宿迁市"] == 10 and size["泗洪县"] > 9 and size["江苏省"] == 1  # bridges outrank a leaf
    tiny = view_data(G, ego(G, "李爱华", hops=0), size_by="betweenness")
    assert [n["value"] for n in tiny["nodes"]] == [1]
    with pytest.raises(KGError, match=r"\[E107\]"):
        view_data(G, overview(G), size_by="pagerank")


def test_empty_graph_gives_a_page_with_a_notice(tmp_path: Path) -> None:
    out = tmp_path / "empty"
    out.mkdir()
    (out / "graph.ttl").write_text("", "utf-8")
    data = page_data(write_overview(out))
    assert data["nodes"] == [] and data["edges"] == [] and data["notice"]


def test_capped_query_view_drops_dangling_edges(tmp_path: Path) -> None:
    out = write_demo(tmp_path / "out")
    rq = tmp_path / "q.rq"
    rq.write_text("PREFIX org: <http://www.w3.org/ns/org#>\n"
                  "SELECT ?person ?post ?body WHERE { ?person org:holds ?post . ?post org:postIn ?body }", "utf-8")
    data = page_data(write_view(out, tmp_path / "q.html", query_file=rq, max_nodes=3))
    assert len(data["nodes"]) == 3 and data["aggregated"] and data["notice"]
    ids = {n["id"] for n in data["nodes"]}
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])


def test_a_graph_file_is_read_with_each_recurring_term_held_once(tmp_path: Path) -> None:
    """Reading a graph file keeps one string object per IRI, tag, datatype and short literal however often it
    recurs (the whole corpus's graph as fresh strings took 1.8 GB); the terms themselves are unchanged."""
    from kg.viz.graph import Lit, iter_triples

    path = tmp_path / "g.ttl"
    path.write_text(DEMO_TTL, encoding="utf-8")
    triples = list(iter_triples(path))
    import pyoxigraph as ox

    from kg.viz.graph import _ox_term

    plain = [(_ox_term(q.subject), str(q.predicate.value), _ox_term(q.object))
             for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]
    assert triples == plain
    subjects = [s for s, _p, _o in triples if s == ID + "region/3213"]
    assert len(subjects) > 2 and all(s is subjects[0] for s in subjects)
    preds = [p for _s, p, _o in triples if p.endswith("#label")]
    assert len(preds) > 2 and all(p is preds[0] for p in preds)
    lits = [o for _s, _p, o in triples if isinstance(o, Lit) and o.value == "county"]
    assert len(lits) >= 2 and lits[0].value is lits[1].value
