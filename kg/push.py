"""``kg push``: upload the graphs of a build output to an external SPARQL store.

Two ways in, whichever the store offers:

* ``gsp`` — the SPARQL 1.1 Graph Store HTTP Protocol: per named graph, a PUT
  (``--replace``, the default) or POST (``--add``) of N-Triples to
  ``ENDPOINT?graph=IRI``, further batches of the same graph by POST. (The
  default graph of a kg store is the merge of its named graphs and is not sent.) Virtuoso: ``/sparql-graph-crud-auth``; Fuseki:
  ``/DATASET/data``; Oxigraph server: ``/store``.
* ``update`` — SPARQL UPDATE: ``CLEAR SILENT GRAPH`` (when replacing) then
  ``INSERT DATA { GRAPH <g> { … } }`` in batches, to the update URL.

The request bodies are serialised by pyoxigraph (N-Triples escaping), never
assembled from raw strings. Every request is retried with exponential backoff on
5xx answers and connection errors; digest and basic authentication are both
answered. At the end the number of triples of each graph is counted on the
store's query endpoint (``SELECT (COUNT(*) …) { GRAPH <g> {…} }``) and compared
with the local store: a difference raises E059.

Triples with blank nodes of one graph go in a single (last) request so that
their labels keep meaning the same node.
"""

from __future__ import annotations

import json
import logging
import random
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from .errors import Errors, KGError
from .store import open_store

log = logging.getLogger("kg")

PROTOCOLS = ("gsp", "update")

#: Graph Store path suffix → query path of well-known stores (for the count check)
_QUERY_URL_GUESSES: tuple[tuple[str, str], ...] = (
    ("/sparql-graph-crud-auth", "/sparql"),   # Virtuoso
    ("/sparql-graph-crud", "/sparql"),        # Virtuoso (no auth)
    ("/sparql-auth", "/sparql"),              # Virtuoso SPARQL UPDATE with digest auth
    ("/data", "/sparql"),                     # Fuseki /DATASET/data → /DATASET/sparql
    ("/store", "/query"),                     # Oxigraph server
    ("/update", "/query"),                    # Oxigraph / Fuseki update URL
    ("/statements", ""),                      # RDF4J/GraphDB repository
)


@dataclass
class PushConfig:
    outdir: Path
    endpoint: str
    graph: str | None = None
    query_endpoint: str | None = None
    user: str | None = None
    password: str | None = None
    token: str | None = None  # sent as "Authorization: Bearer TOKEN" (e.g. a QLever access token)
    replace: bool = True
    batch_size: int = 50_000
    protocol: str = "gsp"
    retries: int = 4
    check: bool = True
    timeout: float = 300.0
    backoff: float = 0.5


@dataclass
class PushReport:
    graphs: int = 0
    triples: int = 0
    requests: int = 0
    retries: int = 0
    checked: bool = False
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # graph → (local, remote)


def guess_query_endpoint(endpoint: str) -> str | None:
    """The query URL of a store from its Graph Store/update URL, for well-known layouts."""
    parts = urllib.parse.urlsplit(endpoint)
    path = parts.path.rstrip("/")
    for suffix, repl in _QUERY_URL_GUESSES:
        if path.endswith(suffix):
            return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path[: -len(suffix)] + repl, "", ""))
    if path.endswith("/sparql") or path.endswith("/query"):
        return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))
    return None


class _Client:
    """urllib with digest/basic auth, timeouts and retries with backoff."""

    def __init__(self, cfg: PushConfig, report: PushReport) -> None:
        self.cfg = cfg
        self.report = report
        handlers: list[urllib.request.BaseHandler] = []
        if cfg.user is not None:
            mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in filter(None, (cfg.endpoint, cfg.query_endpoint)):
                mgr.add_password(None, url, cfg.user, cfg.password or "")
            handlers += [urllib.request.HTTPDigestAuthHandler(mgr), urllib.request.HTTPBasicAuthHandler(mgr)]
        self.opener = urllib.request.build_opener(*handlers)
        self._bearer = f"Bearer {cfg.token}" if cfg.token else None

    def request(self, method: str, url: str, body: bytes | None = None, headers: dict[str, str] | None = None) -> bytes:
        attempt = 0
        while True:
            self.report.requests += 1
            req = urllib.request.Request(url, data=body, method=method, headers=dict(headers or {}))
            if self._bearer:
                req.add_header("Authorization", self._bearer)
            try:
                with self.opener.open(req, timeout=self.cfg.timeout) as resp:
                    return resp.read()
            except urllib.error.HTTPError as e:
                detail = _excerpt(e)
                if e.code < 500 or attempt >= self.cfg.retries:
                    hint = " (check --user/--password)" if e.code in (401, 403) else ""
                    raise KGError(Errors.E059.format(
                        endpoint=_redact(url), reason=f"{method} answered {e.code} {e.reason}{hint}: {detail}")) from None
                why = f"{e.code} {e.reason}"
            except (urllib.error.URLError, ConnectionError, socket.timeout, TimeoutError) as e:
                if attempt >= self.cfg.retries:
                    raise KGError(Errors.E059.format(
                        endpoint=_redact(url), reason=f"{method} failed after {attempt + 1} attempts: {e}")) from None
                why = str(e)
            delay = self.cfg.backoff * (2 ** attempt) * (1 + random.random() / 4)
            attempt += 1
            self.report.retries += 1
            log.warning("push: %s %s: %s; retry %d/%d in %.1f s", method, _redact(url), why, attempt,
                        self.cfg.retries, delay)
            time.sleep(delay)


def _excerpt(e: urllib.error.HTTPError) -> str:
    try:
        text = e.read(2000).decode("utf-8", "replace")
    except OSError:
        text = ""
    return " ".join(text.split())[:300] or "(no message)"


def _redact(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    netloc = parts.netloc.rsplit("@", 1)[-1]
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _with_param(url: str, query: str) -> str:
    return url + ("&" if "?" in url else "?") + query


def _graph_name(g: ox.NamedNode | ox.BlankNode | ox.DefaultGraph) -> str:
    return "" if isinstance(g, ox.DefaultGraph) else g.value


def _batches(store: ox.Store, graph: ox.NamedNode | ox.DefaultGraph, size: int) -> Iterator[list[ox.Triple]]:
    """Triples of ``graph`` in lists of at most ``size``; the triples with blank
    nodes all come last in one list, so their labels mean the same node."""
    with_bnodes: list[ox.Triple] = []
    batch: list[ox.Triple] = []
    for q in store.quads_for_pattern(None, None, None, graph):
        t = ox.Triple(q.subject, q.predicate, q.object)
        if isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode):
            with_bnodes.append(t)
            continue
        batch.append(t)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
    if with_bnodes:
        yield with_bnodes


def push(cfg: PushConfig) -> PushReport:
    """Upload the store of ``cfg.outdir`` to ``cfg.endpoint`` and check the counts."""
    if cfg.protocol not in PROTOCOLS:
        raise KGError(Errors.E059.format(endpoint=cfg.endpoint, reason=f"unknown protocol {cfg.protocol!r}; use gsp or update"))
    if cfg.batch_size < 1:
        raise KGError(Errors.E059.format(endpoint=cfg.endpoint, reason="--batch-size must be at least 1"))
    if urllib.parse.urlsplit(cfg.endpoint).scheme not in ("http", "https"):
        raise KGError(Errors.E059.format(endpoint=cfg.endpoint, reason="the endpoint must be an http(s) URL"))
    query_url = cfg.query_endpoint or guess_query_endpoint(cfg.endpoint)
    if cfg.check and not query_url:
        raise KGError(Errors.E059.format(endpoint=cfg.endpoint, reason=(
            "cannot tell the query URL of this store for the count check; give --query-endpoint (or --no-check)")))
    cfg.query_endpoint = query_url
    store = open_store(cfg.outdir)
    # the named graphs only: the default graph of a kg store is their merge (kg.store)
    graphs: list[ox.NamedNode | ox.DefaultGraph] = sorted(
        (g for g in store.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)
    if cfg.graph is not None:
        wanted = cfg.graph.strip("<>")
        graphs = [g for g in graphs if _graph_name(g) == wanted]
        if not graphs:
            raise KGError(Errors.E059.format(endpoint=cfg.endpoint, reason=f"the store has no graph <{wanted}>"))
    report = PushReport()
    client = _Client(cfg, report)
    local: dict[str, int] = {}
    for g in graphs:
        name = _graph_name(g)
        n = 0
        for i, batch in enumerate(_batches(store, g, cfg.batch_size)):
            body = ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES) or b""
            if cfg.protocol == "gsp":
                target = _with_param(cfg.endpoint, "default" if not name else "graph=" + urllib.parse.quote(name, safe=""))
                method = "PUT" if (i == 0 and cfg.replace) else "POST"
                client.request(method, target, body, {"Content-Type": "application/n-triples"})
            else:
                if i == 0 and cfg.replace:
                    clear = "CLEAR SILENT DEFAULT" if not name else f"CLEAR SILENT GRAPH {ox.NamedNode(name)}"
                    client.request("POST", cfg.endpoint, clear.encode("utf-8"),
                                   {"Content-Type": "application/sparql-update"})
                inner = body.decode("utf-8")
                update = (f"INSERT DATA {{ {inner} }}" if not name
                          else f"INSERT DATA {{ GRAPH {ox.NamedNode(name)} {{\n{inner}}} }}")
                client.request("POST", cfg.endpoint, update.encode("utf-8"),
                               {"Content-Type": "application/sparql-update"})
            n += len(batch)
        local[name] = n
        report.graphs += 1
        report.triples += n
        log.info("push: %s: %d triples", name or "(default graph)", n)
    if cfg.check:
        _check_counts(cfg, client, local, report)
    return report


def remote_count(client: _Client, query_url: str, graph: str) -> int:
    """Triples of ``graph`` (``""``: default graph) on the store's query endpoint."""
    where = "{ ?s ?p ?o }" if not graph else f"{{ GRAPH {ox.NamedNode(graph)} {{ ?s ?p ?o }} }}"
    text = f"SELECT (COUNT(*) AS ?n) WHERE {where}"
    url = _with_param(query_url, "query=" + urllib.parse.quote(text, safe=""))
    raw = client.request("GET", url, None, {"Accept": "application/sparql-results+json"})
    try:
        doc = json.loads(raw.decode("utf-8"))
        return int(doc["results"]["bindings"][0]["n"]["value"])
    except (ValueError, KeyError, IndexError, TypeError) as e:
        raise KGError(Errors.E059.format(endpoint=_redact(query_url),
                                         reason=f"unexpected answer to the count query: {raw[:200]!r}")) from e


def _check_counts(cfg: PushConfig, client: _Client, local: dict[str, int], report: PushReport) -> None:
    assert cfg.query_endpoint
    bad: list[str] = []
    for name, n in local.items():
        remote = remote_count(client, cfg.query_endpoint, name)
        report.counts[name] = (n, remote)
        ok = remote == n if cfg.replace else remote >= n
        if not ok and not (not name and remote >= n):  # the default graph may also show other graphs' triples
            bad.append(f"<{name or 'default graph'}> local {n}, endpoint {remote}")
    if bad:
        raise KGError(Errors.E059.format(endpoint=_redact(cfg.query_endpoint),
                                         reason="triple counts differ after the upload: " + "; ".join(bad[:10])
                                         + (f" (and {len(bad) - 10} more)" if len(bad) > 10 else "")))
    report.checked = True
