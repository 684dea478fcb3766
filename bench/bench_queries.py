"""Latency of the named queries (kg/queries/*.rq), embedded and over HTTP.

    python bench/bench_queries.py OUTDIR [--repeat 50] [--warmup 3] [--url http://127.0.0.1:7878]
        [--param officials-by-region.region=泗洪县 ...] [--no-http]

Parameters are picked from the graph (the region with the most post holders, the person
with the most posts, the post with the most dated observations, the most frequent
meeting chair, the region with the most campaigns) unless given with --param.
Over HTTP the queries go to /queries/NAME of a `kg serve` started here on a free
loopback port (or of --url). Prints one line per figure:

    embedded  officials-by-region        p50    1.8 ms  p95    2.6 ms  rows 12  n 50
    http      officials-by-region        p50    4.0 ms  p95    5.9 ms  rows 12  n 50
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from kg.store import named_queries, open_store, query, run_named

PREFIXES = """PREFIX kg: <https://kg.example.org/ns#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

DISCOVER = {
    "region": "SELECT ?v (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x org:holds/org:postIn/kg:jurisdiction ?r . "
              "?r rdfs:label ?l . BIND(STR(?l) AS ?v) } GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 1",
    "person": "SELECT ?v (COUNT(DISTINCT ?p) AS ?n) WHERE { ?x org:holds ?p ; foaf:name ?l . BIND(STR(?l) AS ?v) } "
              "GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 1",
    "post": "SELECT ?v (COUNT(DISTINCT ?st) AS ?n) WHERE { ?st kg:post ?p . ?p rdfs:label ?l . BIND(STR(?l) AS ?v) } "
            "GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 1",
    "chair": "SELECT ?v (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m kg:chairedBy ?x . ?x foaf:name ?l . BIND(STR(?l) AS ?v) } "
             "GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 1",
    "campaign_region": "SELECT ?v (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c kg:region ?r . ?r rdfs:label ?l . "
                       "BIND(STR(?l) AS ?v) } GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 1",
}


def discover(store: Any) -> dict[str, dict[str, str]]:
    found: dict[str, str] = {}
    for key, q in DISCOVER.items():
        rows = query(store, PREFIXES + q).records()
        found[key] = (rows[0]["v"] or "") if rows else ""
    person = found["person"]
    return {
        "officials-by-region": {"region": found["region"]},
        "post-holders": {"post": found["post"]},
        "campaigns-by-region": {"region": found["campaign_region"] or found["region"]},
        "co-appearing-officials": {"person": person},
        "meetings-by-person": {"person": found["chair"] or person},
        "posts-of-person": {"person": person},
        "party-secretary-of-region": {"region": found["region"]},
        "campaigns-of-region": {"region": found["campaign_region"] or found["region"]},
    }


def pct(values: list[float], p: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1]


def line(where: str, name: str, times: list[float], rows: int) -> str:
    return (f"{where:<9} {name:<26} p50 {pct(times, 50) * 1000:8.1f} ms  p95 {pct(times, 95) * 1000:8.1f} ms  "
            f"rows {rows}  n {len(times)}")


def bench_embedded(store: Any, name: str, params: dict[str, str], repeat: int, warmup: int) -> tuple[list[float], int]:
    rows = 0
    for _ in range(warmup):
        rows = len(run_named(store, name, params))
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        rows = len(run_named(store, name, params))
        times.append(time.perf_counter() - t0)
    return times, rows


def bench_http(url: str, name: str, params: dict[str, str], repeat: int, warmup: int) -> tuple[list[float], int]:
    target = f"{url}/queries/{urllib.parse.quote(name)}?{urllib.parse.urlencode(params)}"
    req = urllib.request.Request(target, headers={"Accept": "application/sparql-results+json"})
    rows = 0
    times = []
    for i in range(warmup + repeat):
        t0 = time.perf_counter()
        with urllib.request.urlopen(req, timeout=120) as r:
            body = r.read()
        dt = time.perf_counter() - t0
        rows = len(json.loads(body)["results"]["bindings"])
        if i >= warmup:
            times.append(dt)
    return times, rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--repeat", type=int, default=50)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--url", help="a running `kg serve` (default: start one here)")
    ap.add_argument("--no-http", action="store_true")
    ap.add_argument("--param", action="append", default=[], help="QUERY.NAME=VALUE")
    args = ap.parse_args(argv)

    store = open_store(args.outdir)
    params = discover(store)
    for item in args.param:
        key, _, value = item.partition("=")
        qname, _, pname = key.rpartition(".")
        params.setdefault(qname, {})[pname] = value
    names = list(named_queries())
    print(f"# {args.outdir}: {len(store)} quads; parameters: "
          + "; ".join(f"{n} {params.get(n, {})}" for n in names), file=sys.stderr)

    for name in names:
        times, rows = bench_embedded(store, name, params.get(name, {}), args.repeat, args.warmup)
        print(line("embedded", name, times, rows), flush=True)
    if args.no_http:
        return 0
    endpoint = None
    url = args.url
    if url is None:
        from kg.serve import Endpoint, ServeConfig

        endpoint = Endpoint(ServeConfig(args.outdir, port=0, timeout=120, workers=2)).start()
        url = endpoint.url
    try:
        for name in names:
            times, rows = bench_http(url.rstrip("/"), name, params.get(name, {}), args.repeat, args.warmup)
            print(line("http", name, times, rows), flush=True)
    finally:
        if endpoint is not None:
            endpoint.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
