"""The SPARQL endpoint under attack; adds what tests/test_serve.py does not cover.

Already covered there (not repeated): UPDATE/LOAD/SERVICE refused in their plain
forms (test_update_refused), body/query-length limits (test_errors_and_limits),
query timeout (test_runaway_query_is_stopped), reflected XSS in the query page
(test_page_escapes_reflected_query), the 16-client 30 s load test
(test_load_16_clients_30_seconds, slow).

Here:
* a canary HTTP listener on loopback proves that no obfuscated SERVICE or LOAD
  (case, comments, no whitespace, SILENT, a variable endpoint, nested in
  sub-queries, every query form, every way of sending) ever makes the server
  open a connection;
* obfuscated updates are refused and change nothing;
* slow clients (slowloris, a body shorter than its Content-Length) do not
  block other clients;
* hostile named-query parameters over HTTP return no rows;
* error bodies and the page never reflect HTML, and the page script never
  builds HTML from strings.
"""

from __future__ import annotations

import http.server
import re
import shutil
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.serve import STATIC_DIR, Endpoint, ServeConfig
from kg.store import count_by_graph, load_store

FIXTURE = Path(__file__).parent / "data" / "sparql_fixture.trig"


class Canary:
    """An HTTP server on loopback that counts every connection made to it."""

    def __init__(self) -> None:
        self.hits = 0
        canary = self

        class H(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                canary.hits += 1
                body = b'{"head":{"vars":["s"]},"results":{"bindings":[]}}'
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_POST = do_GET  # noqa: N815

            def log_message(self, *a: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/sparql"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def outdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("ep_out")
    shutil.copy(FIXTURE, d / "graph.trig")
    load_store(d)
    return d


@pytest.fixture(scope="module")
def ep(outdir: Path) -> Iterator[Endpoint]:
    with Endpoint(ServeConfig(outdir, port=0, timeout=5.0, max_results=500, workers=2,
                              max_body=64 * 1024, max_query=8 * 1024)) as endpoint:
        yield endpoint


@pytest.fixture(scope="module")
def canary() -> Iterator[Canary]:
    c = Canary()
    yield c
    c.close()


def call(url: str, data: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def send_all_ways(ep: Endpoint, text: str) -> list[int]:
    """GET ?query=, POST sparql-query, POST form query=, POST form update=, POST sparql-update."""
    q = urllib.parse.urlencode({"query": text})
    u = urllib.parse.urlencode({"update": text})
    return [
        call(f"{ep.url}/sparql?{q}")[0],
        call(f"{ep.url}/sparql", text.encode(), {"Content-Type": "application/sparql-query"})[0],
        call(f"{ep.url}/sparql", q.encode(), {"Content-Type": "application/x-www-form-urlencoded"})[0],
        call(f"{ep.url}/sparql", u.encode(), {"Content-Type": "application/x-www-form-urlencoded"})[0],
        call(f"{ep.url}/sparql", text.encode(), {"Content-Type": "application/sparql-update"})[0],
    ]


# --------------------------------------------------------------------------
# no federation, no LOAD, no update — checked by what reaches the network
# --------------------------------------------------------------------------


def service_variants(target: str) -> list[str]:
    t = f"<{target}>"
    return [
        f"SELECT * WHERE {{ SERVICE {t} {{ ?s ?p ?o }} }}",
        f"select * where {{ service {t} {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SeRvIcE SILENT {t} {{ ?s ?p ?o }} }}",
        f"SELECT*WHERE{{SERVICE{t}{{?s ?p ?o}}}}",
        f"SELECT * WHERE {{ # a comment\n SERVICE # another\n {t} {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ VALUES ?ep {{ {t} }} SERVICE ?ep {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?x ?y ?z OPTIONAL {{ SERVICE {t} {{ ?s ?p ?o }} }} }} LIMIT 1",
        f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE {t} {{ ?s ?p ?o }} }} }} }}",
        f"SELECT * WHERE {{ FILTER EXISTS {{ SERVICE {t} {{ ?s ?p ?o }} }} }}",
        f"ASK {{ SERVICE {t} {{ ?s ?p ?o }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE {t} {{ ?s ?p ?o }} }}",
        f"DESCRIBE ?s WHERE {{ SERVICE {t} {{ ?s ?p ?o }} }}",
        f"PREFIX x: {t} SELECT * WHERE {{ SERVICE x: {{ ?s ?p ?o }} }}",
        f"BASE {t} SELECT * WHERE {{ SERVICE <> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ GRAPH ?g {{ ?a ?b ?c }} MINUS {{ SERVICE {t} {{ ?s ?p ?o }} }} }}",
        f"SELECT * WHERE {{ ?a ?b \"'\" SERVICE {t} {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ FILTER(?a<?b) SERVICE {t} {{ ?s ?p ?o }} }}",
    ]


def test_no_obfuscated_service_reaches_the_network(ep: Endpoint, canary: Canary, outdir: Path) -> None:
    # the canary works: the store itself would federate if asked directly
    import pyoxigraph as ox

    try:
        list(ox.Store().query(f"SELECT * WHERE {{ SERVICE <{canary.url}> {{ ?s ?p ?o }} }}"))
    except OSError:
        pass
    # (pyoxigraph built with its HTTP client federates; without it the 403 checks below still hold)
    canary.hits = 0
    for q in service_variants(canary.url):
        statuses = send_all_ways(ep, q)
        assert all(s in (400, 403) for s in statuses), (q, statuses)
        assert statuses[:3] == [403, 403, 403], (q, statuses)
    assert canary.hits == 0


def test_no_obfuscated_load_or_update_is_run(ep: Endpoint, canary: Canary, outdir: Path) -> None:
    before = count_by_graph(outdir, include_default=True)
    updates = [
        f"LOAD <{canary.url}>",
        f"load silent <{canary.url}> into graph <http://e/g>",
        f"# comment\nLOAD<{canary.url}>",
        "INSERT DATA { <http://e/x> <http://e/p> 1 }",
        "insert data{<http://e/x><http://e/p>1}",
        "DROP ALL", "drop silent default", "CLEAR ALL", "CREATE GRAPH <http://e/g>",
        "DELETE WHERE { ?s ?p ?o }", "WITH <http://e/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "COPY DEFAULT TO <http://e/g>", "MOVE DEFAULT TO <http://e/g>", "ADD DEFAULT TO <http://e/g>",
        "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
        "PREFIX : <http://e/> INSERT DATA { :a :b :c }",
    ]
    for u in updates:
        statuses = send_all_ways(ep, u)
        assert all(s in (400, 403, 405) for s in statuses), (u, statuses)
    assert canary.hits == 0
    assert count_by_graph(outdir, include_default=True) == before


SPARQL_NOISE = st.sampled_from([" ", "\n", "\t", "\r\n", " # x\n", "  "])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ws=st.lists(SPARQL_NOISE, min_size=6, max_size=6),
       case=st.lists(st.booleans(), min_size=7, max_size=7),
       silent=st.booleans())
def test_service_keyword_fuzz(ep: Endpoint, canary: Canary, ws: list[str], case: list[bool], silent: bool) -> None:
    kw = "".join(c.lower() if low else c for c, low in zip("SERVICE", case))
    q = (f"SELECT{ws[0]}*{ws[1]}WHERE{ws[2]}{{{ws[3]}{kw}{' SILENT' if silent else ''}{ws[4]}<{canary.url}>"
         f"{ws[5]}{{ ?s ?p ?o }} }}")
    status = call(f"{ep.url}/sparql", q.encode(), {"Content-Type": "application/sparql-query"})[0]
    assert status == 403, q
    assert canary.hits == 0


# --------------------------------------------------------------------------
# slow and greedy clients
# --------------------------------------------------------------------------


def test_slow_clients_do_not_block_others(ep: Endpoint) -> None:
    host, port = ep.url.split("//")[1].split(":")
    socks = []
    try:
        for i in range(24):
            s = socket.create_connection((host, int(port)), timeout=5)
            if i % 3 == 0:  # slowloris: headers never finished
                s.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\n")
            elif i % 3 == 1:  # a body shorter than its Content-Length
                s.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                          b"Content-Length: 60000\r\n\r\nASK {")
            else:  # connected, silent
                pass
            socks.append(s)
        t0 = time.monotonic()
        for _ in range(5):
            status, _, body = call(f"{ep.url}/sparql?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}),
                                   headers={"Accept": "application/sparql-results+json"})
            assert status == 200 and b"true" in body
        assert time.monotonic() - t0 < 10
    finally:
        for s in socks:
            s.close()


def test_huge_headers_and_request_line_are_refused(ep: Endpoint) -> None:
    host, port = ep.url.split("//")[1].split(":")
    with socket.create_connection((host, int(port)), timeout=10) as s:
        s.sendall(b"GET /sparql?query=" + b"A" * 70000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
        assert s.recv(100).split(b" ")[1] in (b"414", b"400")
    with socket.create_connection((host, int(port)), timeout=10) as s:
        s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n" + b"".join(b"X-%d: y\r\n" % i for i in range(200)) + b"\r\n")
        assert s.recv(100).split(b" ")[1] == b"431"
    # still serving
    assert call(f"{ep.url}/sparql?" + urllib.parse.urlencode({"query": "ASK {}"}))[0] == 200


# --------------------------------------------------------------------------
# parameters and reflection
# --------------------------------------------------------------------------


def test_hostile_named_query_parameters_over_http(ep: Endpoint, outdir: Path) -> None:
    before = count_by_graph(outdir, include_default=True)
    ok = call(f"{ep.url}/queries/officials-by-region?region=" + urllib.parse.quote("泗洪县"),
              headers={"Accept": "application/sparql-results+json"})
    assert ok[0] == 200 and "李爱华".encode() in ok[2]
    for payload in ['" } ; DROP ALL #', '泗洪县" } UNION { ?s ?p ?o } #', "泗洪县> ?p ?o } #", "\\\"}#"]:
        status, _, body = call(f"{ep.url}/queries/officials-by-region?region=" + urllib.parse.quote(payload),
                               headers={"Accept": "text/csv"})
        assert status == 200, body
        assert body.decode("utf-8").strip().count("\n") == 0, (payload, body)  # header line only
    assert count_by_graph(outdir, include_default=True) == before


@pytest.mark.parametrize("path", [
    "/queries/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/queries/officials-by-region?%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1",
    "/sparql?query=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/%3Cscript%3E",
    "/static/%3Cscript%3E.js",
])
def test_errors_are_plain_text_never_html(ep: Endpoint, path: str) -> None:
    status, headers, body = call(ep.url + path)
    assert status >= 400
    assert headers["Content-Type"].startswith("text/plain")
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'none'" in headers["Content-Security-Policy"]


def test_page_reflects_only_escaped_text(ep: Endpoint) -> None:
    for attack in ['{{query}}<script>', "\"><svg onload=alert(1)>", "</TEXTAREA ><script>x</script>",
                   "&lt;script&gt;", "\u2028<script>"]:
        status, _, body = call(f"{ep.url}/?" + urllib.parse.urlencode({"query": attack}))
        page = body.decode("utf-8")
        assert status == 200
        assert "<script>" not in page.lower() and "<svg" not in page
        assert page.count("<textarea") == page.lower().count("</textarea>")


def test_page_script_never_builds_html_from_strings() -> None:
    """Results hold text from articles (attacker-controlled): the page must only set textContent."""
    for f in STATIC_DIR.glob("*.js"):
        js = f.read_text("utf-8")
        assert not re.search(r"\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|"
                             r"setAttribute\(\s*['\"]on|\.href\s*=", js), f.name


def test_truncated_body_is_not_run_and_dropped_clients_leave_no_traceback(
        ep: Endpoint, capfd: pytest.CaptureFixture[str]) -> None:
    """A body shorter than its Content-Length is refused (400), never run as a shorter query; a
    client that disconnects before its answer is dropped quietly (no traceback in the server log)."""
    host, port = ep.url.split("//")[1].split(":")
    query = b"SELECT * WHERE { ?s ?p ?o } LIMIT 1"
    with socket.create_connection((host, int(port)), timeout=10) as s:
        s.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                  b"Content-Length: %d\r\n\r\n" % (len(query) + 50) + query)
        s.shutdown(socket.SHUT_WR)
        answer = b""
        while chunk := s.recv(4096):
            answer += chunk
    assert answer.split(b" ")[1] == b"400" and b"ended after" in answer
    for _ in range(4):  # ask and hang up at once
        with socket.create_connection((host, int(port)), timeout=10) as s:
            s.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                      b"Content-Length: 60\r\n\r\nASK {")
    time.sleep(0.5)
    assert call(f"{ep.url}/sparql?" + urllib.parse.urlencode({"query": "ASK {}"}))[0] == 200
    assert "Traceback" not in capfd.readouterr().err
