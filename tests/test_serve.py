"""kg.serve: the SPARQL 1.1 Protocol endpoint, tested with a real HTTP client
(urllib) against a server listening on a free loopback port."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox
import pytest

from kg.serve import STATIC_DIR, Endpoint, ServeConfig, negotiate
from kg.store import load_store

FIXTURE = Path(__file__).parent / "data" / "sparql_fixture.trig"
NAMES = "SELECT ?n WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?n } ORDER BY ?n"
CAMPAIGNS = "CONSTRUCT WHERE { ?c a <https://kg.example.org/ns#Campaign> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
TIMEOUT = 3.0


@pytest.fixture(scope="module")
def outdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("serve_out")
    shutil.copy(FIXTURE, d / "graph.trig")
    load_store(d)
    return d


@pytest.fixture(scope="module")
def ep(outdir: Path) -> Iterator[Endpoint]:
    with Endpoint(ServeConfig(outdir, port=0, timeout=TIMEOUT, max_results=200, workers=2,
                              max_body=64 * 1024, max_query=8 * 1024)) as endpoint:
        yield endpoint


def call(url: str, data: bytes | None = None, headers: dict[str, str] | None = None,
         method: str | None = None) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def get(ep: Endpoint, query: str, accept: str | None = None, **extra: str) -> tuple[int, dict[str, str], bytes]:
    qs = urllib.parse.urlencode({"query": query, **extra})
    return call(f"{ep.url}/sparql?{qs}", headers={"Accept": accept} if accept else {})


def names_of(ctype: str, body: bytes) -> list[str]:
    fmt = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
           "application/sparql-results+xml": ox.QueryResultsFormat.XML,
           "text/tab-separated-values": ox.QueryResultsFormat.TSV}.get(ctype.split(";")[0])
    if fmt is None:  # CSV
        return body.decode("utf-8").replace("\r\n", "\n").splitlines()[1:]
    return [sol["n"].value for sol in ox.parse_query_results(body, format=fmt)]


RESULT_TYPES = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                "text/tab-separated-values"]


def test_binds_loopback_by_default(ep: Endpoint) -> None:
    assert ServeConfig(Path(".")).host == "127.0.0.1"
    assert ep.httpd.server_address[0] == "127.0.0.1"


@pytest.mark.parametrize("accept", RESULT_TYPES)
def test_get_each_result_format(ep: Endpoint, accept: str) -> None:
    status, headers, body = get(ep, NAMES, accept)
    assert status == 200, body
    assert headers["Content-Type"].split(";")[0] == accept
    got = names_of(headers["Content-Type"], body)
    assert "李爱华" in got and "王昊" in got and len(got) == 10


@pytest.mark.parametrize("accept", RESULT_TYPES)
def test_post_query_and_form_each_format(ep: Endpoint, accept: str) -> None:
    s1, h1, b1 = call(f"{ep.url}/sparql", NAMES.encode("utf-8"),
                      {"Content-Type": "application/sparql-query", "Accept": accept})
    s2, h2, b2 = call(f"{ep.url}/sparql", urllib.parse.urlencode({"query": NAMES}).encode("ascii"),
                      {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
    assert s1 == s2 == 200
    assert h1["Content-Type"] == h2["Content-Type"] and h1["Content-Type"].startswith(accept)
    assert names_of(h1["Content-Type"], b1) == names_of(h2["Content-Type"], b2)
    assert len(names_of(h1["Content-Type"], b1)) == 10


def test_default_and_format_parameter(ep: Endpoint) -> None:
    status, headers, body = get(ep, NAMES)  # no Accept: SPARQL JSON
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    status, headers, body = get(ep, NAMES, "application/sparql-results+json", format="xml")
    assert headers["Content-Type"].startswith("application/sparql-results+xml")
    ET.fromstring(body)
    status, headers, body = get(ep, NAMES, "image/png")
    assert status == 406
    status, _, _ = get(ep, NAMES, format="bogus")
    assert status == 400


@pytest.mark.parametrize("accept,rdf_format", [("text/turtle", ox.RdfFormat.TURTLE),
                                               ("application/n-triples", ox.RdfFormat.N_TRIPLES),
                                               ("application/ld+json", ox.RdfFormat.JSON_LD)])
def test_construct_graph_formats(ep: Endpoint, accept: str, rdf_format: ox.RdfFormat) -> None:
    status, headers, body = get(ep, CAMPAIGNS, f"{accept}, application/sparql-results+json;q=0.5")
    assert status == 200 and headers["Content-Type"].startswith(accept)
    triples = list(ox.parse(body, format=rdf_format))
    labels = {t.object.value for t in triples if t.predicate.value.endswith("#label")}
    assert labels == {"双实活动", "13710工作制度", "五大突破"}


def test_ask(ep: Endpoint) -> None:
    status, _, body = get(ep, "ASK { ?s a <https://kg.example.org/ns#Meeting> }", "application/sparql-results+json")
    assert status == 200 and json.loads(body)["boolean"] is True


def test_named_query_route(ep: Endpoint) -> None:
    qs = urllib.parse.urlencode({"region": "宿迁"})
    status, headers, body = call(f"{ep.url}/queries/party-secretary-of-region?{qs}")
    assert status == 200
    rows = json.loads(body)["results"]["bindings"]
    assert [r["name"]["value"] for r in rows] == ["王昊", "钱程"]
    status, headers, body = call(f"{ep.url}/queries/party-secretary-of-region?{qs}&format=csv")
    assert headers["Content-Type"].startswith("text/csv") and body.decode().startswith("official,name")
    hostile = urllib.parse.urlencode({"region": '宿迁市") || true || ("'})
    status, _, body = call(f"{ep.url}/queries/party-secretary-of-region?{hostile}")
    assert status == 200 and json.loads(body)["results"]["bindings"] == []
    assert call(f"{ep.url}/queries/nope")[0] == 400
    status, _, body = call(f"{ep.url}/queries/party-secretary-of-region")
    assert status == 400 and b"E052" in body
    status, _, body = call(f"{ep.url}/queries")
    assert status == 200 and "officials-by-region" in {q["name"] for q in json.loads(body)}


def _unchanged(ep: Endpoint) -> None:
    status, _, body = get(ep, "ASK { <http://e/x> ?p ?o }", "application/sparql-results+json")
    assert status == 200 and json.loads(body)["boolean"] is False


def test_update_refused(ep: Endpoint) -> None:
    upd = "INSERT DATA { <http://e/x> <http://e/p> 1 }"
    for data, ctype in [(urllib.parse.urlencode({"update": upd}).encode(), "application/x-www-form-urlencoded"),
                        (upd.encode(), "application/sparql-update"),
                        (upd.encode(), "application/sparql-query")]:
        status, _, body = call(f"{ep.url}/sparql", data, {"Content-Type": ctype})
        assert status == 403, (ctype, body)
        assert b"E056" in body
    assert get(ep, upd)[0] == 403
    assert call(f"{ep.url}/sparql?update=" + urllib.parse.quote(upd))[0] == 403
    status, _, body = get(ep, "LOAD <http://example.org/data.ttl>")
    assert status == 403
    status, _, body = get(ep, "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    assert status == 403 and b"SERVICE" in body
    assert call(f"{ep.url}/sparql", b"x", {"Content-Type": "text/plain"})[0] == 415
    assert call(f"{ep.url}/sparql", upd.encode(), method="PUT")[0] == 405
    _unchanged(ep)


def test_errors_and_limits(ep: Endpoint) -> None:
    status, _, body = get(ep, "SELEC ?x")
    assert status == 400 and b"E053" in body
    status, _, body = get(ep, "SELECT * WHERE { ?s ?p ?o }")  # more than max_results=200 rows
    assert status == 400 and b"E055" in body
    long_query = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 9000
    assert get(ep, long_query)[0] == 414
    assert call(f"{ep.url}/sparql", long_query.encode(), {"Content-Type": "application/sparql-query"})[0] == 413
    big = b"q" * (64 * 1024 + 1)
    assert call(f"{ep.url}/sparql", big, {"Content-Type": "application/sparql-query"})[0] == 413
    assert call(f"{ep.url}/sparql")[0] == 400
    assert call(f"{ep.url}/nothing-here")[0] == 404


def test_runaway_query_is_stopped(ep: Endpoint) -> None:
    runaway = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }")
    t0 = time.monotonic()
    status, _, body = call(f"{ep.url}/sparql", runaway.encode(), {"Content-Type": "application/sparql-query"})
    elapsed = time.monotonic() - t0
    assert status == 503 and b"E058" in body
    assert TIMEOUT - 0.5 <= elapsed < TIMEOUT + 5
    # the endpoint keeps answering (the killed worker is replaced)
    for _ in range(4):
        assert get(ep, NAMES)[0] == 200


def test_concurrent_clients(ep: Endpoint) -> None:
    urls = [f"{ep.url}/queries/officials-by-region?region=%E6%B3%97%E6%B4%AA%E5%8E%BF",
            f"{ep.url}/queries/campaigns-of-region?region=%E6%BF%89%E6%BA%AA",
            f"{ep.url}/sparql?" + urllib.parse.urlencode({"query": NAMES})]
    errors: list[str] = []

    def client(i: int) -> None:
        for j in range(6):
            status, _, body = call(urls[(i + j) % len(urls)])
            if status != 200:
                errors.append(f"{status} {body[:100]!r}")

    threads = [threading.Thread(target=client, args=(i,)) for i in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []


# ---- query page


def test_page_works_offline_and_has_no_external_reference(ep: Endpoint) -> None:
    status, headers, body = call(f"{ep.url}/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    page = body.decode("utf-8")
    refs = re.findall(r'(?:src|href)="([^"]*)"', page)
    assert refs and all(r.startswith("/static/") for r in refs)
    for ref in refs:
        assert call(ep.url + ref)[0] == 200
    for f in STATIC_DIR.glob("*.*"):
        text = f.read_text("utf-8")
        assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/|@import|url\(", text, re.I), f.name
    assert call(f"{ep.url}/static/..%2Fserve.py")[0] == 404
    assert call(f"{ep.url}/static/../serve.py")[0] in (400, 404)


def test_page_escapes_reflected_query(ep: Endpoint) -> None:
    attack = '</textarea><script>alert(1)</script><img src=x onerror=alert(2)>"\'&'
    status, _, body = call(f"{ep.url}/?" + urllib.parse.urlencode({"query": attack}))
    page = body.decode("utf-8")
    assert status == 200
    assert "<script>alert" not in page and "<img" not in page and "</textarea><script" not in page
    assert "&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # errors are plain text, never HTML
    status, headers, body = get(ep, "<script>alert(1)</script>")
    assert headers["Content-Type"].startswith("text/plain") and headers["X-Content-Type-Options"] == "nosniff"


def test_negotiate() -> None:
    assert negotiate(None, None) == ("json", "turtle")
    assert negotiate("text/csv;q=0.5, application/sparql-results+xml", None)[0] == "xml"
    assert negotiate("application/n-triples, */*;q=0.1", None) == ("json", "ntriples")
    assert negotiate("image/png", None) == (None, None)
    assert negotiate("application/json", "tsv") == ("tsv", "ntriples")


# ---- updates when allowed, and the `kg serve` command


def test_allow_update(outdir: Path, tmp_path: Path) -> None:
    shutil.copy(FIXTURE, tmp_path / "graph.trig")
    load_store(tmp_path)
    with Endpoint(ServeConfig(tmp_path, port=0, timeout=TIMEOUT, workers=1, allow_update=True)) as upd:
        ins = "INSERT DATA { GRAPH <http://e/g> { <http://e/x> <http://e/p> \"新\"@zh } }"
        status, _, body = call(f"{upd.url}/sparql", ins.encode(), {"Content-Type": "application/sparql-update"})
        assert status == 200, body
        status, _, body = get(upd, "SELECT ?o WHERE { <http://e/x> <http://e/p> ?o }")
        assert [b["o"]["value"] for b in json.loads(body)["results"]["bindings"]] == ["新"]
        assert call(f"{upd.url}/sparql", b"LOAD <http://example.org/x>",
                    {"Content-Type": "application/sparql-update"})[0] == 403
        status, _, _ = call(f"{upd.url}/sparql", ins.encode(), {"Content-Type": "application/sparql-update",
                                                                "Origin": "http://evil.example"})
        assert status == 403
    _unchanged_store = ox.Store.read_only(str(outdir / "store"))
    assert not list(_unchanged_store.quads_for_pattern(ox.NamedNode("http://e/x"), None, None))


def test_kg_serve_command(outdir: Path) -> None:
    code = "import typer; from kg.cli_sparql import serve_cli; typer.run(serve_cli)"
    proc = subprocess.Popen([sys.executable, "-c", code, str(outdir), "--port", "0", "--workers", "1",
                             "--timeout", "5"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        m = re.search(r"(http://127\.0\.0\.1:\d+)/sparql", line)
        assert m, line
        status, _, body = call(m.group(1) + "/sparql?" + urllib.parse.urlencode({"query": NAMES}))
        assert status == 200 and "李爱华" in body.decode("utf-8")
    finally:
        proc.terminate()
        proc.wait(20)
    assert proc.returncode is not None


@pytest.mark.slow
def test_load_16_clients_30_seconds(outdir: Path) -> None:
    """16 concurrent clients, 30 s of mixed named queries: zero errors; prints p50/p95."""
    duration = 30.0
    urls = [f"/queries/officials-by-region?region=%E6%B3%97%E6%B4%AA%E5%8E%BF&subregions=true",
            "/queries/party-secretary-of-region?region=%E5%AE%BF%E8%BF%81",
            "/queries/campaigns-by-region?region=%E6%B1%9F%E8%8B%8F&subregions=true",
            "/queries/co-appearing-officials",
            "/queries/posts-of-person?person=%E6%9D%8E%E7%88%B1%E5%8D%8E",
            "/queries/post-holders?post=%E5%AE%BF%E8%BF%81%E5%B8%82%E5%A7%94%E4%B9%A6%E8%AE%B0",
            "/queries/meetings-by-person?person=%E9%82%93%E8%90%8C",
            "/queries/campaigns-of-region?region=%E6%BF%89%E6%BA%AA%E5%8E%BF"]
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    with Endpoint(ServeConfig(outdir, port=0, timeout=30)) as server:
        stop = time.monotonic() + duration

        def client(i: int) -> None:
            j = i
            while time.monotonic() < stop:
                t0 = time.perf_counter()
                status, _, body = call(server.url + urls[j % len(urls)])
                dt = time.perf_counter() - t0
                with lock:
                    latencies.append(dt)
                    if status != 200:
                        errors.append(f"{status} {body[:80]!r}")
                j += 1

        threads = [threading.Thread(target=client, args=(i,)) for i in range(16)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(duration + 60)
    latencies.sort()
    p50 = latencies[len(latencies) // 2] * 1000
    p95 = latencies[int(len(latencies) * 0.95)] * 1000
    print(f"load: {len(latencies)} requests in {duration:.0f} s by 16 clients, p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
          f"errors {len(errors)}")
    assert errors == []
    assert len(latencies) > 100


@pytest.mark.browser
def test_query_page_in_a_browser(ep: Endpoint) -> None:
    """The page runs a query and a named query, shows a reflected <script> as text, loads nothing else."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright (pip install '.[browser]')")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        pytest.skip("needs a chromium binary (/usr/bin/chromium)")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            errors: list[str] = []
            dialogs: list[str] = []
            requests: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: errors.append(m.text)
                    if m.type == "error" and "400 (Bad Request)" not in m.text else None)  # the bad query below
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(ep.url + "/?" + urllib.parse.urlencode({"query": NAMES}))
            page.wait_for_selector("#named option[value='posts-of-person']", state="attached")
            page.click("#run")
            page.wait_for_selector("#result td:has-text('李爱华')")
            assert page.locator("#result tbody tr").count() == 10
            page.select_option("#named", "posts-of-person")
            page.fill("#params input[name=person]", "李爱华")
            page.click("#run")
            page.wait_for_selector("#result td:has-text('泗洪县委书记')")
            attack = "</textarea><script>alert(1)</script><img src=x onerror=alert(2)>"
            page.goto(ep.url + "/?" + urllib.parse.urlencode({"query": attack}))
            assert page.input_value("#query") == attack
            page.click("#run")  # the error message is shown as text too
            page.wait_for_selector("#status.error")
            assert dialogs == [] and errors == []
            assert all(u.startswith(ep.url) for u in requests)
        finally:
            browser.close()
