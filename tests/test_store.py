"""kg.store: loading OUTDIR/store, querying with bound parameters, result formats."""

from __future__ import annotations

import csv
import io
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from kg.errors import KGError
from kg.store import (
    QueryResult,
    count_by_graph,
    keywords,
    load_store,
    open_store,
    operation_kind,
    query,
    serialize_result,
    store_path,
    uses_service,
)

FIXTURE = Path(__file__).parent / "data" / "sparql_fixture.trig"
FOAF_NAME = "http://xmlns.com/foaf/0.1/name"


@pytest.fixture()
def outdir(tmp_path: Path) -> Path:
    shutil.copy(FIXTURE, tmp_path / "graph.trig")
    load_store(tmp_path)
    return tmp_path


def test_load_store_counts_and_is_idempotent(tmp_path: Path) -> None:
    shutil.copy(FIXTURE, tmp_path / "graph.trig")
    expected = len(list(ox.parse(path=str(FIXTURE), format=ox.RdfFormat.TRIG)))
    n1 = load_store(tmp_path)
    n2 = load_store(tmp_path)
    assert n1 == n2 == len(set(ox.parse(path=str(FIXTURE), format=ox.RdfFormat.TRIG))) <= expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.trig", "store"]  # no leftovers
    store = open_store(tmp_path)
    assert sum(count_by_graph(store).values()) == n1
    assert len(store) > n1  # plus the merged default graph
    assert "https://kg.example.org/id/graph/resolved" in count_by_graph(store)


def test_reload_replaces_old_content(outdir: Path) -> None:
    (outdir / "graph.trig").write_text(
        '<https://kg.example.org/id/graph/x> { <https://kg.example.org/id/a> <http://xmlns.com/foaf/0.1/name> "新"@zh . }',
        encoding="utf-8")
    assert load_store(outdir) == 1
    assert len(open_store(outdir)) == 2  # the quad and its copy in the default graph
    res = query(outdir, f"SELECT ?n WHERE {{ ?s <{FOAF_NAME}> ?n }}")
    assert [r["n"] for r in res.records()] == ["新"]


def test_prefers_newer_nquads(outdir: Path) -> None:
    (outdir / "graph.nq").write_text(
        '<http://e/a> <http://e/p> "nq" <http://e/g> .\n<http://e/b> <http://e/p> "nq2" <http://e/g> .\n',
        encoding="utf-8")
    assert load_store(outdir) == 2


def test_bad_input_keeps_old_store(outdir: Path) -> None:
    before = len(open_store(outdir))
    assert before > 0
    (outdir / "graph.trig").write_text("<http://e/a> <http://e/p> ", encoding="utf-8")
    with pytest.raises(KGError, match="E054"):
        load_store(outdir)
    assert len(open_store(outdir)) == before
    assert sorted(p.name for p in outdir.iterdir()) == ["graph.trig", "store"]


def test_missing_output_gives_e050(tmp_path: Path) -> None:
    with pytest.raises(KGError, match="E050"):
        load_store(tmp_path)
    with pytest.raises(KGError, match="E050"):
        open_store(tmp_path)
    with pytest.raises(KGError, match="E050"):
        store_path(tmp_path / "nope")


def test_default_graph_is_the_merge_of_all_graphs(outdir: Path) -> None:
    q = "SELECT ?s WHERE { ?s a <https://schema.org/NewsArticle> }"
    assert len(query(outdir, q)) == 4  # articles live in their own graphs, and in the merge
    only = query(outdir, q, default_graph=["https://kg.example.org/id/graph/sihong"])
    assert [r["s"] for r in only.records()] == ["https://kg.example.org/id/article/sihong"]
    # a triple stated in several graphs comes once from the default graph ...
    holds = "SELECT ?p WHERE { <https://kg.example.org/id/person/3213/王昊> <http://www.w3.org/ns/org#holds> ?p }"
    assert len(query(outdir, holds)) == 1
    assert len(query(outdir, holds, union_default_graph=True)) == 3  # resolved, sihong and the merge
    # ... and GRAPH still tells which graphs state it
    per_graph = query(outdir, "SELECT ?g WHERE { GRAPH ?g { <https://kg.example.org/id/person/3213/王昊> "
                              "<http://www.w3.org/ns/org#holds> ?p } } ORDER BY ?g")
    assert [r["g"] for r in per_graph.records()] == ["https://kg.example.org/id/graph/resolved",
                                                     "https://kg.example.org/id/graph/sihong"]
    merged = count_by_graph(outdir, include_default=True)[""]
    distinct_triples = {q.triple for q in ox.parse(path=str(FIXTURE), format=ox.RdfFormat.TRIG)}
    assert merged == len(distinct_triples)


def test_parameters_are_bound_not_spliced(outdir: Path) -> None:
    q = f"SELECT ?s ?name WHERE {{ ?s <{FOAF_NAME}> ?n FILTER(STR(?n) = ?name) }}"
    assert len(query(outdir, q, {"name": "李爱华"})) >= 1
    # a value that would change the query if it were pasted into it
    for hostile in ['李爱华") || true || ("', "x' } ; DROP ALL ; SELECT * { '", '"> . <x> <y> "z\n']:
        rows = query(outdir, q, {"name": hostile}).records()
        assert all(r["name"] == hostile for r in rows)
    hostile_rows = query(outdir, q, {"name": '"> . <x> <y> "z'}).records()
    assert len(hostile_rows) == 1 and hostile_rows[0]["s"].endswith("%22%3E%20.%20%3Cx%3E%20%3Cy%3E%20%22z")
    # an IRI parameter
    iri = query(outdir, f"SELECT ?s ?n WHERE {{ ?s <{FOAF_NAME}> ?n }}",
                {"s": "<https://kg.example.org/id/person/3213/王昊>"}).records()
    assert [r["n"] for r in iri] == ["王昊"]


def test_syntax_error_and_limit(outdir: Path) -> None:
    with pytest.raises(KGError, match="E053"):
        query(outdir, "SELEC ?x WHERE {}")
    with pytest.raises(KGError, match="E055"):
        query(outdir, "SELECT * WHERE { ?s ?p ?o }", max_results=10)
    assert len(query(outdir, "SELECT * WHERE { ?s ?p ?o } LIMIT 10", max_results=10)) == 10


def _sample(outdir: Path) -> QueryResult:
    return query(outdir, f"""SELECT ?s ?n ?d ?missing WHERE {{
        ?s <{FOAF_NAME}> ?n . OPTIONAL {{ ?st <https://kg.example.org/ns#person> ?s ;
        <https://kg.example.org/ns#observedDate> ?d }} }} ORDER BY ?n""")


@pytest.mark.parametrize("fmt,ox_fmt", [("json", ox.QueryResultsFormat.JSON), ("xml", ox.QueryResultsFormat.XML),
                                        ("tsv", ox.QueryResultsFormat.TSV)])
def test_result_formats_parse_back(outdir: Path, fmt: str, ox_fmt: ox.QueryResultsFormat) -> None:
    res = _sample(outdir)
    data = serialize_result(res, fmt)
    parsed = ox.parse_query_results(data, format=ox_fmt)
    assert [v.value for v in parsed.variables] == ["s", "n", "d", "missing"]
    rows = list(parsed)
    assert len(rows) == len(res.rows)
    if fmt in ("json", "xml", "tsv"):  # these keep the terms exactly
        assert [tuple(r[i] for i in range(4)) for r in rows] == res.rows
    hostile = [r for r in res.records() if r["n"].startswith('">')]
    assert hostile, "fixture has a hostile name"


def test_csv_and_json_content(outdir: Path) -> None:
    res = _sample(outdir)
    rows = list(csv.reader(io.StringIO(serialize_result(res, "csv").decode("utf-8"))))
    assert rows[0] == ["s", "n", "d", "missing"]
    assert ["https://kg.example.org/id/person/321324/李爱华", "李爱华", "2021-02-27", ""] in rows
    doc = json.loads(serialize_result(res, "json"))
    li = [b for b in doc["results"]["bindings"] if b["n"]["value"] == "李爱华"][0]
    assert li["n"]["xml:lang"] == "zh" and "missing" not in li
    assert li["d"]["datatype"] == "http://www.w3.org/2001/XMLSchema#date"
    xml = ET.fromstring(serialize_result(res, "xml"))
    assert xml.tag == "{http://www.w3.org/2005/sparql-results#}sparql"


def test_table_is_aligned_and_counts_rows(outdir: Path) -> None:
    text = serialize_result(_sample(outdir), "table").decode("utf-8")
    lines = text.splitlines()
    assert lines[0].split() == ["s", "n", "d", "missing"]
    assert "id:person/321324/李爱华" in text  # IRIs compacted with the id: prefix
    assert lines[-1] == f"({len(_sample(outdir).rows)} rows)"


def test_ask_and_construct(outdir: Path) -> None:
    ask = query(outdir, "ASK { ?s a <https://kg.example.org/ns#Campaign> }")
    assert ask.kind == "ask" and ask.boolean is True
    assert json.loads(serialize_result(ask, "json")) == {"head": {}, "boolean": True}
    assert serialize_result(ask, "csv").decode().splitlines()[-1] == "true"
    g = query(outdir, "DESCRIBE <https://kg.example.org/id/campaign/双实活动>")
    assert g.kind == "graph"
    assert len(g.triples) == len(set(g.triples))  # the union of graphs does not repeat triples
    ttl = serialize_result(g, "table").decode("utf-8")
    assert "@prefix kg: <https://kg.example.org/ns#>" in ttl and "双实活动" in ttl
    back = {q.triple for q in ox.parse(serialize_result(g, "turtle"), format=ox.RdfFormat.TURTLE)}
    assert back == set(g.triples)
    nt = {q.triple for q in ox.parse(serialize_result(g, "csv"), format=ox.RdfFormat.N_TRIPLES)}
    assert nt == set(g.triples)
    assert json.loads(serialize_result(g, "json"))  # JSON-LD
    with pytest.raises(KGError, match="E053"):
        serialize_result(query(outdir, "SELECT * { ?s ?p ?o } LIMIT 1"), "turtle")


def test_static_checks() -> None:
    assert operation_kind("PREFIX x: <http://e/> SELECT * { ?s ?p ?o }") == "query"
    assert operation_kind("PREFIX insert: <http://e/> # DELETE\nASK { ?s insert:x 'DELETE' }") == "query"
    assert operation_kind("INSERT DATA { <http://e/a> <http://e/b> 1 }") == "update"
    assert operation_kind("  load <http://e/x>") == "update"
    assert uses_service("SELECT * { SERVICE <http://evil/> { ?s ?p ?o } }")
    assert uses_service("select * { service silent ?x { ?s ?p ?o } }")
    assert not uses_service("SELECT ?service { ?s <http://e/SERVICE> 'SERVICE' } # SERVICE")
    assert "SERVICE" not in keywords("SELECT * { ?s ex:SERVICE ?o }")


def test_predeclared_prefixes(outdir: Path) -> None:
    rows = query(outdir, "SELECT ?n WHERE { ?p a foaf:Person ; foaf:name ?n ; org:holds/org:postIn id:org\\/宿迁市委 }")
    assert sorted(r["n"] for r in rows.records()) == ["王昊", "钱程"]
    # a PREFIX line in the query wins over the predeclared one
    assert len(query(outdir, "PREFIX foaf: <http://e/> SELECT ?n WHERE { ?p foaf:name ?n }")) == 0


def test_hostile_names_round_trip_in_every_format(outdir: Path) -> None:
    g = query(outdir, 'CONSTRUCT { ?p ?q ?o } WHERE { ?p foaf:name ?n FILTER(STRSTARTS(STR(?n), "\\">")) ?p ?q ?o }')
    assert g.triples, "the fixture has a person with a hostile name"
    for fmt, ox_fmt in [("turtle", ox.RdfFormat.TURTLE), ("ntriples", ox.RdfFormat.N_TRIPLES),
                        ("jsonld", ox.RdfFormat.JSON_LD), ("rdfxml", ox.RdfFormat.RDF_XML)]:
        back = {q.triple for q in ox.parse(serialize_result(g, fmt), format=ox_fmt)}
        assert back == set(g.triples), fmt


def test_loading_in_slices_gives_the_same_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """kg's own TriG/Turtle are bulk-loaded in slices (flat memory); tiny slices
    must give exactly the quads of one whole-file load, default graph included."""
    import kg.store as kstore

    whole, sliced = tmp_path / "whole", tmp_path / "sliced"
    for d in (whole, sliced):
        d.mkdir()
        shutil.copy(FIXTURE, d / "graph.trig")
    # a graph.ttl newer than graph.trig is the union the default graph is loaded from
    union = {q.triple for q in ox.parse(path=str(FIXTURE), format=ox.RdfFormat.TRIG)}
    ttl = ox.serialize(sorted(union, key=str), format=ox.RdfFormat.N_TRIPLES).decode()
    for d in (whole, sliced):
        (d / "graph.ttl").write_text(ttl, encoding="utf-8")
    load_store(whole)
    monkeypatch.setattr(kstore, "LOAD_SLICE_LINES", 3)
    pieces = list(kstore._slices(sliced / "graph.trig", ox.RdfFormat.TRIG, 3))
    assert len(pieces) > 2 and all("@prefix kg: <https://kg.example.org/ns#> .\n" in p for p in pieces)
    load_store(sliced)
    a, b = open_store(whole), open_store(sliced)
    assert set(a) == set(b) and len(a) == len(b)
    assert count_by_graph(b, include_default=True)[""] == len(union)


def test_nquads_are_loaded_in_slices_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """graph.nq (written with --format nquads, then preferred as the source) is bulk-loaded in slices of lines,
    with and without a graph.ttl for the default graph: the same store as one whole-file load."""
    import kg.store as kstore

    quads = list(ox.parse(path=str(FIXTURE), format=ox.RdfFormat.TRIG))
    nq = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode()
    whole, sliced = tmp_path / "whole", tmp_path / "sliced"
    for d in (whole, sliced):
        d.mkdir()
        (d / "graph.nq").write_text(nq, encoding="utf-8")
    n_whole = load_store(whole)
    calls: list[int] = []
    real = kstore._slices

    def counted(path: Path, fmt: ox.RdfFormat, max_lines: int) -> Any:
        for piece in real(path, fmt, max_lines):
            calls.append(piece.count("\n"))
            yield piece

    monkeypatch.setattr(kstore, "LOAD_SLICE_LINES", 4)
    monkeypatch.setattr(kstore, "_slices", counted)
    assert load_store(sliced) == n_whole
    assert len(calls) > 2 and max(calls) <= 4 and sum(calls) == nq.count("\n")
    a, b = open_store(whole), open_store(sliced)
    assert set(a) == set(b) and len(a) == len(b)
    # the default graph without a graph.ttl: the union of the graphs, added in chunks
    assert count_by_graph(b, include_default=True)[""] == len({q.triple for q in quads})


def test_a_bad_line_in_a_later_slice_of_graph_nq_keeps_the_old_store(outdir: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A syntax error past the first slices of graph.nq fails with E054 naming the file, and the store already
    built stays as it was (the slices loaded before the error go to the temporary store, which is removed)."""
    import kg.store as kstore

    before = set(open_store(outdir))
    good = "".join(f'<http://e/s{i}> <http://e/p> "v{i}" <http://e/g> .\n' for i in range(20))
    (outdir / "graph.nq").write_text(good + "<http://e/bad> <http://e/p> \n", encoding="utf-8")
    monkeypatch.setattr(kstore, "LOAD_SLICE_LINES", 4)
    with pytest.raises(KGError, match="E054") as err:
        load_store(outdir)
    assert "graph.nq" in str(err.value)
    assert set(open_store(outdir)) == before
    assert not list(outdir.glob(".store.new-*"))
