"""kg push: upload into a real store, then count over HTTP.

The Virtuoso tests start a throw-away server with .ci/virtuoso.sh (or use the one
named by VIRTUOSO_URL/VIRTUOSO_PASSWORD); they skip when Virtuoso is not
installed. The other tests push into `kg serve --allow-update` (SPARQL UPDATE).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import subprocess
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest
import typer
from typer.testing import CliRunner

from kg.cli_sparql import push_cli
from kg.errors import KGError
from kg.push import PushConfig, guess_query_endpoint, push
from kg.serve import Endpoint, ServeConfig
from kg.store import count_by_graph, load_store

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).parent / "data" / "sparql_fixture.trig"
SCRIPT = ROOT / ".ci" / "virtuoso.sh"


def _outdir(path: Path, trig: str | None = None) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    if trig is None:
        shutil.copy(FIXTURE, path / "graph.trig")
    else:
        (path / "graph.trig").write_text(trig, encoding="utf-8")
    load_store(path)
    return path


@pytest.fixture(scope="module")
def local(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _outdir(tmp_path_factory.mktemp("push_src"))


def http_counts(query_url: str, graphs: list[str]) -> dict[str, int]:
    """Triples per graph counted by the store itself, over HTTP (independent of kg.push)."""
    out = {}
    for g in graphs:
        q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}"
        req = urllib.request.Request(query_url + "?" + urllib.parse.urlencode({"query": q}),
                                     headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=60) as r:
            out[g] = int(json.loads(r.read())["results"]["bindings"][0]["n"]["value"])
    return out


# ---- Virtuoso


@pytest.fixture(scope="module")
def virtuoso() -> Iterator[dict[str, str]]:
    if os.environ.get("VIRTUOSO_URL") and os.environ.get("VIRTUOSO_PASSWORD"):
        yield {"url": os.environ["VIRTUOSO_URL"], "user": os.environ.get("VIRTUOSO_USER", "dba"),
               "password": os.environ["VIRTUOSO_PASSWORD"]}
        return
    if not shutil.which("virtuoso-t") or not shutil.which("isql-vt"):
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource-7-bin, or .ci/virtuoso.sh install)")
    started = subprocess.run(["bash", str(SCRIPT), "start"], capture_output=True, text=True, timeout=180)
    if started.returncode != 0:
        pytest.fail(f".ci/virtuoso.sh start failed: {started.stderr[-2000:]}")
    env = dict(os.environ)
    for line in started.stdout.splitlines():
        for item in line.removeprefix("export ").split():
            k, _, v = item.partition("=")
            env[k] = v
    try:
        yield {"url": env["VIRTUOSO_URL"], "user": env["VIRTUOSO_USER"], "password": env["VIRTUOSO_PASSWORD"]}
    finally:
        subprocess.run(["bash", str(SCRIPT), "stop"], env=env, timeout=60, check=False)


@pytest.mark.server
def test_push_gsp_into_virtuoso_counts_match(virtuoso: dict[str, str], local: Path) -> None:
    cfg = PushConfig(outdir=local, endpoint=virtuoso["url"] + "/sparql-graph-crud-auth", user=virtuoso["user"],
                     password=virtuoso["password"], batch_size=25)
    report = push(cfg)
    expected = count_by_graph(local)
    assert report.checked and report.triples == sum(expected.values()) and report.graphs == len(expected)
    assert report.requests > len(expected)  # batches of 25
    assert http_counts(virtuoso["url"] + "/sparql", list(expected)) == expected
    # pushing again replaces (no duplicates, no growth)
    push(cfg)
    assert http_counts(virtuoso["url"] + "/sparql", list(expected)) == expected


@pytest.mark.server
def test_push_replace_drops_old_triples_and_add_keeps_them(virtuoso: dict[str, str], tmp_path: Path) -> None:
    g = "https://kg.example.org/id/graph/push-test"
    big = _outdir(tmp_path / "big", f'<{g}> {{ <http://e/a> <http://e/p> 1, 2, 3 . <http://e/b> <http://e/p> "甲"@zh }}')
    small = _outdir(tmp_path / "small", f'<{g}> {{ <http://e/c> <http://e/p> "乙" }}')
    base = dict(endpoint=virtuoso["url"] + "/sparql-graph-crud-auth", user=virtuoso["user"],
                password=virtuoso["password"])
    push(PushConfig(outdir=big, **base))
    assert http_counts(virtuoso["url"] + "/sparql", [g]) == {g: 4}
    push(PushConfig(outdir=small, **base))
    assert http_counts(virtuoso["url"] + "/sparql", [g]) == {g: 1}
    push(PushConfig(outdir=big, replace=False, **base))
    assert http_counts(virtuoso["url"] + "/sparql", [g]) == {g: 5}


@pytest.mark.server
def test_push_sparql_update_into_virtuoso(virtuoso: dict[str, str], local: Path) -> None:
    report = push(PushConfig(outdir=local, endpoint=virtuoso["url"] + "/sparql-auth", protocol="update",
                             user=virtuoso["user"], password=virtuoso["password"], batch_size=60))
    expected = count_by_graph(local)
    assert report.checked
    assert http_counts(virtuoso["url"] + "/sparql", list(expected)) == expected


@pytest.mark.server
def test_push_wrong_password_fails_loudly(virtuoso: dict[str, str], local: Path) -> None:
    with pytest.raises(KGError, match=r"E059.*401"):
        push(PushConfig(outdir=local, endpoint=virtuoso["url"] + "/sparql-graph-crud-auth", user=virtuoso["user"],
                        password="not-the-password", retries=0))


# ---- kg serve --allow-update as the target (SPARQL UPDATE)


@pytest.fixture()
def target(tmp_path: Path) -> Iterator[Endpoint]:
    empty = _outdir(tmp_path / "target", "")
    with Endpoint(ServeConfig(empty, port=0, timeout=20, workers=1, allow_update=True)) as ep:
        yield ep


def test_push_update_into_kg_serve(target: Endpoint, local: Path) -> None:
    report = push(PushConfig(outdir=local, endpoint=target.url + "/sparql", protocol="update", batch_size=40))
    expected = count_by_graph(local)
    assert report.checked and report.counts == {g: (n, n) for g, n in expected.items()}
    assert http_counts(target.url + "/sparql", list(expected)) == expected
    # the target now answers the named queries like the source
    status = urllib.request.urlopen(target.url + "/queries/party-secretary-of-region?region=%E5%AE%BF%E8%BF%81")
    rows = json.loads(status.read())["results"]["bindings"]
    assert [r["name"]["value"] for r in rows] == ["王昊", "钱程"]


def test_push_single_graph_and_cli(target: Endpoint, local: Path) -> None:
    g = "https://kg.example.org/id/graph/sihong"
    app = typer.Typer()
    app.command("push")(push_cli)
    app.command("other")(lambda: None)
    res = CliRunner().invoke(app, ["push", str(local), "--endpoint", target.url + "/sparql", "--protocol", "update",
                                   "--graph", g])
    assert res.exit_code == 0, res.output
    assert "counts match" in res.output
    assert http_counts(target.url + "/sparql", [g]) == {g: count_by_graph(local)[g]}
    assert http_counts(target.url + "/sparql", ["https://kg.example.org/id/graph/resolved"]) == {
        "https://kg.example.org/id/graph/resolved": 0}
    res = CliRunner().invoke(app, ["push", str(local), "--endpoint", target.url + "/sparql", "--protocol", "update",
                                   "--graph", "http://e/none"])
    assert res.exit_code == 1 and "E059" in res.output


def test_count_mismatch_fails(target: Endpoint, local: Path, tmp_path: Path) -> None:
    other = _outdir(tmp_path / "other", "")
    with Endpoint(ServeConfig(other, port=0, timeout=20, workers=1)) as elsewhere:
        with pytest.raises(KGError, match="E059.*counts differ"):
            push(PushConfig(outdir=local, endpoint=target.url + "/sparql", protocol="update",
                            query_endpoint=elsewhere.url + "/sparql"))


def test_retries_then_fails_on_connection_errors(local: Path, caplog: pytest.LogCaptureFixture) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    caplog.set_level(logging.WARNING, logger="kg")
    with pytest.raises(KGError, match="E059.*after 3 attempts"):
        push(PushConfig(outdir=local, endpoint=f"http://127.0.0.1:{port}/store", retries=2, backoff=0.01))
    assert sum("retry" in r.getMessage() for r in caplog.records) == 2


def test_blank_nodes_travel_in_one_request(target: Endpoint, tmp_path: Path) -> None:
    g = "http://e/g"
    src = _outdir(tmp_path / "bn", f"<{g}> {{ _:a <http://e/p> _:b . _:b <http://e/p> _:c . <http://e/x> <http://e/q> 1, 2, 3 }}")
    push(PushConfig(outdir=src, endpoint=target.url + "/sparql", protocol="update", batch_size=1))
    q = "ASK { GRAPH <http://e/g> { ?a <http://e/p> ?b . ?b <http://e/p> ?c } }"
    with urllib.request.urlopen(target.url + "/sparql?" + urllib.parse.urlencode({"query": q})) as r:
        assert json.loads(r.read())["boolean"] is True  # the chain survived the batching


def test_bad_arguments(local: Path) -> None:
    with pytest.raises(KGError, match="E059"):
        push(PushConfig(outdir=local, endpoint="ftp://x/store"))
    with pytest.raises(KGError, match="query-endpoint"):
        push(PushConfig(outdir=local, endpoint="http://127.0.0.1:9/some/where"))
    with pytest.raises(KGError, match="E059"):
        push(PushConfig(outdir=local, endpoint="http://127.0.0.1:9/store", protocol="ftp"))


def test_guess_query_endpoint() -> None:
    assert guess_query_endpoint("http://h:8890/sparql-graph-crud-auth") == "http://h:8890/sparql"
    assert guess_query_endpoint("http://h:3030/kg/data") == "http://h:3030/kg/sparql"
    assert guess_query_endpoint("http://h:7878/store") == "http://h:7878/query"
    assert guess_query_endpoint("http://h:7001/api/update?x=1") == "http://h:7001/api/query"
    assert guess_query_endpoint("http://h/somewhere") is None
