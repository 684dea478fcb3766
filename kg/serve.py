"""SPARQL 1.1 Protocol endpoint over the embedded store (``kg serve``).

Routes:

* ``/sparql`` — GET ``?query=``, POST ``application/sparql-query``, POST form
  (``query=`` or ``update=``), POST ``application/sparql-update``; results by
  content negotiation (``Accept``) or ``?format=``: SPARQL JSON/XML/CSV/TSV,
  Turtle/N-Triples/JSON-LD/RDF-XML for CONSTRUCT and DESCRIBE;
* ``/queries`` — the named queries (JSON); ``/queries/NAME?param=value`` runs one
  with its parameters bound (never spliced);
* ``/`` — a query page that works offline (assets in kg/static, no CDN).

Queries see the store's default graph, the merge of its named graphs written
by ``kg build``; with ``allow_update`` they see the union of all graphs instead,
so that updates to named graphs show (a triple in several graphs then matches
once per graph; the named queries group their rows, so their answers stay the same).

Safety: read-only unless ``allow_update`` (UPDATE gets 403); LOAD and SERVICE
are always refused (no requests to other hosts); queries run in worker
processes with a deadline — a query past it has its worker killed and replaced
and the client gets 503; results over ``max_results`` rows give 400; bodies over
``max_body`` bytes give 413 and queries over ``max_query`` characters 414/413.
Binds to loopback unless told otherwise. Every page sends a strict
Content-Security-Policy and the query page escapes everything it reflects.
"""

from __future__ import annotations

import html
import json
import logging
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Callable
from urllib.parse import parse_qs, urlsplit

from .errors import Errors, KGError

log = logging.getLogger("kg")

STATIC_DIR = Path(__file__).resolve().parent / "static"

#: media type → result format (SELECT/ASK) or graph format (CONSTRUCT/DESCRIBE)
_RESULT_TYPES: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "text/plain": "table",
}
_GRAPH_TYPES: dict[str, str] = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml",
}
#: ``?format=``/``?output=`` names
_FORMAT_NAMES: dict[str, tuple[str | None, str | None]] = {
    "json": ("json", "jsonld"), "xml": ("xml", "rdfxml"), "csv": ("csv", "ntriples"), "tsv": ("tsv", "ntriples"),
    "text": ("table", "ntriples"), "table": ("table", "turtle"), "turtle": (None, "turtle"), "ttl": (None, "turtle"),
    "ntriples": (None, "ntriples"), "nt": (None, "ntriples"), "jsonld": (None, "jsonld"), "json-ld": (None, "jsonld"),
    "rdfxml": (None, "rdfxml"),
}
_SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                               "img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


@dataclass
class ServeConfig:
    outdir: Path
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0
    max_results: int = 100_000
    workers: int | None = None
    allow_update: bool = False
    max_body: int = 1 << 20
    max_query: int = 64 * 1024


class HTTPError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


# --------------------------------------------------------------------------
# Worker processes: a query that runs past its deadline gets its worker killed
# --------------------------------------------------------------------------


def _worker_entry() -> None:
    """Entry point of a worker process: ``python -c ... FD STORE_DIR ro|rw``."""
    fd, store_dir, mode = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    _worker_main(Connection(fd), store_dir, mode == "ro")


def _worker_main(conn: Connection, store_dir: str, read_only: bool) -> None:
    """Serve query/update messages from the parent over ``conn`` until EOF."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import pyoxigraph as ox

    from . import store as st

    try:
        store = ox.Store.read_only(store_dir) if read_only else ox.Store(store_dir)
    except OSError as e:
        conn.send(("error", 500, f"cannot open the store {store_dir}: {e}"))
        return
    conn.send(("ready",))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(_handle_message(st, store, msg))
        except (EOFError, OSError):
            return


def _handle_message(st: Any, store: Any, msg: dict[str, Any]) -> tuple[Any, ...]:
    try:
        if msg["op"] == "update":
            store.update(msg["text"])
            store.flush()
            return ("ok", "update", "text/plain; charset=utf-8", b"OK\n")
        if msg.get("name"):
            nq = st.get_named_query(msg["name"])
            bound = nq.bind(msg.get("params"))
            result = st.query(store, nq.text, bound, max_results=msg["max_results"],
                              union_default_graph=msg.get("union", False)).drop(bound)
        else:
            result = st.query(store, msg["text"], None, max_results=msg["max_results"],
                              default_graph=msg.get("default_graph"), named_graphs=msg.get("named_graphs"),
                              union_default_graph=msg.get("union", False))
        fmt = msg["graph_fmt"] if result.kind == "graph" else msg["result_fmt"]
        if fmt is None:
            return ("error", 406, f"no acceptable media type for a {result.kind} result")
        media = st.media_type(result, fmt)
        charset = "" if media.endswith("+xml") else "; charset=utf-8"
        return ("ok", result.kind, media + charset, st.serialize_result(result, fmt))
    except KGError as e:
        return ("error", 400, str(e))
    except (SyntaxError, ValueError, OSError, RuntimeError) as e:
        return ("error", 400, Errors.E053.format(reason=e))


class _Worker:
    """One query process (a fresh interpreter, so no state is inherited from the server)."""

    def __init__(self, store_dir: str, read_only: bool, generation: int) -> None:
        self.generation = generation
        parent, child = socket.socketpair()
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", "from kg.serve import _worker_entry; _worker_entry()",
                 str(child.fileno()), store_dir, "ro" if read_only else "rw"],
                pass_fds=(child.fileno(),), stdin=subprocess.DEVNULL, env=env,
            )
        finally:
            child.close()
        self.conn = Connection(parent.detach())
        try:
            ready = self.conn.poll(60)
            first = self.conn.recv() if ready else ("error", 500, "query worker did not start within 60 s")
        except (EOFError, OSError):
            first = ("error", 500, "query worker exited at start; see the messages above")
        if first[0] != "ready":
            self.kill()
            raise KGError(Errors.E053.format(reason=first[2]))

    def call(self, msg: dict[str, Any], timeout: float) -> tuple[Any, ...]:
        self.conn.send(msg)
        if not self.conn.poll(timeout):
            raise TimeoutError
        return self.conn.recv()

    def kill(self) -> None:
        try:
            self.proc.kill()
            self.proc.wait(5)
        except (OSError, subprocess.TimeoutExpired) as e:
            log.error("cannot stop query worker %s: %s", self.proc.pid, e)
        finally:
            self.conn.close()


class WorkerPool:
    """A fixed number of query processes on one store; each runs one query at a time."""

    def __init__(self, store_dir: Path, size: int, read_only: bool = True) -> None:
        self.store_dir = str(store_dir)
        self.read_only = read_only
        self.size = size
        self.generation = 0
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = False
        for _ in range(size):
            self._idle.put(self._spawn())

    def _spawn(self) -> _Worker:
        return _Worker(self.store_dir, self.read_only, self.generation)

    def _replace_later(self) -> None:
        def work() -> None:
            while not self._closed:
                try:
                    self._idle.put(self._spawn())
                    return
                except KGError as e:  # keep the pool at its size
                    log.error("%s", e)
                    time.sleep(1)

        threading.Thread(target=work, daemon=True, name="kg-respawn").start()

    def run(self, msg: dict[str, Any], timeout: float) -> tuple[Any, ...]:
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise HTTPError(503, "All query workers are busy; try again.", {"Retry-After": "1"}) from None
        if worker.generation != self.generation:  # the store changed since it was opened
            worker.kill()
            worker = self._spawn()
        try:
            out = worker.call(msg, timeout)
        except TimeoutError:
            log.warning("query stopped after %.1f s; restarting its worker (pid %s)", timeout, worker.proc.pid)
            worker.kill()
            self._replace_later()
            raise HTTPError(503, Errors.E058.format(seconds=timeout)) from None
        except (EOFError, OSError) as e:
            log.error("query worker (pid %s) died: %s", worker.proc.pid, e)
            worker.kill()
            self._replace_later()
            raise HTTPError(500, Errors.E053.format(reason="the query worker died; see the server log")) from None
        self._idle.put(worker)
        return out

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().kill()
            except queue.Empty:
                return


# --------------------------------------------------------------------------
# HTTP
# --------------------------------------------------------------------------


def _accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges of an Accept header, best first."""
    out: list[tuple[str, float, int]] = []
    for i, part in enumerate((header or "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            out.append((fields[0].lower(), q, i))
    out.sort(key=lambda t: (-t[1], t[2]))
    return [(m, q) for m, q, _ in out]


def negotiate(accept: str | None, fmt: str | None) -> tuple[str | None, str | None]:
    """(result format, graph format) from ``?format=`` or the Accept header."""
    if fmt:
        if fmt.lower() not in _FORMAT_NAMES:
            raise HTTPError(400, f"Unknown format; use one of {', '.join(sorted(_FORMAT_NAMES))}.")
        r, g = _FORMAT_NAMES[fmt.lower()]
        return r or "json", g or "turtle"
    ranges = _accept(accept)
    if not ranges:
        return "json", "turtle"
    result_fmt = graph_fmt = None
    for media, _q in ranges:
        if result_fmt is None:
            if media in _RESULT_TYPES:
                result_fmt = _RESULT_TYPES[media]
            elif media in ("*/*", "application/*"):
                result_fmt = "json"
            elif media == "text/*":
                result_fmt = "csv"
        if graph_fmt is None:
            if media in _GRAPH_TYPES:
                graph_fmt = _GRAPH_TYPES[media]
            elif media in ("*/*", "text/*"):
                graph_fmt = "turtle"
            elif media == "application/*":
                graph_fmt = "ntriples"
    return result_fmt, graph_fmt


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, cfg: ServeConfig, pool: WorkerPool, updater: WorkerPool | None) -> None:
        family_host = cfg.host
        if ":" in family_host:
            self.address_family = socket.AF_INET6
        super().__init__((family_host, cfg.port), _Handler)
        self.cfg = cfg
        self.pool = pool
        self.updater = updater


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "kg-sparql"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    timeout = 60  # seconds a client may take to send its request

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        log.debug("%s - %s", self.address_string(), format % args)

    # ---- responses

    def _send(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in _SECURITY_HEADERS.items():
            self.send_header(k, v)
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, err: HTTPError) -> None:
        self._send(err.status, (err.message + "\n").encode("utf-8"), "text/plain; charset=utf-8", err.headers)

    def _dispatch(self) -> None:
        try:
            try:
                self._route()
            except HTTPError as e:
                self._error(e)
            except KGError as e:
                self._error(HTTPError(400, str(e)))
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            # the client went away (or stalled past the socket timeout) while we read or answered
            log.debug("%s: connection dropped by the client", self.address_string())
            self.close_connection = True

    def do_GET(self) -> None:  # noqa: N802
        self._dispatch()

    def do_HEAD(self) -> None:  # noqa: N802
        self._dispatch()

    def do_POST(self) -> None:  # noqa: N802
        self._dispatch()

    def do_PUT(self) -> None:  # noqa: N802
        self._refuse_method()

    def do_DELETE(self) -> None:  # noqa: N802
        self._refuse_method()

    def do_PATCH(self) -> None:  # noqa: N802
        self._refuse_method()

    def _refuse_method(self) -> None:
        self.close_connection = True
        self._error(HTTPError(405, f"Method {self.command} is not allowed.", {"Allow": "GET, HEAD, POST"}))

    # ---- routing

    def _route(self) -> None:
        url = urlsplit(self.path)
        cfg = self.server.cfg
        if len(url.query) > cfg.max_query * 3:  # percent-encoding triples the length at most
            raise HTTPError(414, f"Request URI too long (limit {cfg.max_query} characters of query).")
        try:
            args = parse_qs(url.query, keep_blank_values=True, strict_parsing=False, errors="strict", max_num_fields=200)
        except (ValueError, UnicodeDecodeError):
            raise HTTPError(400, "Malformed query string.") from None
        path = url.path
        if path in ("/", "/index.html"):
            self._method("GET", "HEAD")
            return self._page(args)
        if path == "/favicon.ico":
            return self._send(204, b"", "image/x-icon")
        if path.startswith("/static/"):
            self._method("GET", "HEAD")
            return self._static(path[len("/static/"):])
        if path == "/sparql":
            return self._sparql(args)
        if path == "/queries":
            self._method("GET", "HEAD")
            return self._list_queries()
        if path.startswith("/queries/"):
            self._method("GET", "HEAD")
            return self._named(path[len("/queries/"):], args)
        raise HTTPError(404, "Not found. The SPARQL endpoint is at /sparql.")

    def _method(self, *allowed: str) -> None:
        if self.command not in allowed:
            raise HTTPError(405, f"Method {self.command} is not allowed here.", {"Allow": ", ".join(allowed)})

    def _read_body(self) -> bytes:
        length = self.headers.get("Content-Length")
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked" or length is None:
            self.close_connection = True
            raise HTTPError(411, "A Content-Length header is required.")
        try:
            n = int(length)
        except ValueError:
            self.close_connection = True
            raise HTTPError(400, "Bad Content-Length.") from None
        if n < 0 or n > self.server.cfg.max_body:
            self.close_connection = True
            raise HTTPError(413, f"Request body too large (limit {self.server.cfg.max_body} bytes).")
        body = self.rfile.read(n)
        if len(body) < n:  # the client closed early: never run a truncated query or update
            self.close_connection = True
            raise HTTPError(400, f"Request body ended after {len(body)} of {n} bytes (Content-Length).")
        return body

    # ---- /sparql

    def _sparql(self, args: dict[str, list[str]]) -> None:
        cfg = self.server.cfg
        query_text: str | None = None
        update_text: str | None = None
        if self.command in ("GET", "HEAD"):
            if "update" in args:
                raise HTTPError(403 if not cfg.allow_update else 405,
                                "SPARQL UPDATE is only accepted by POST on an endpoint started with --allow-update.")
            query_text = _one(args, "query")
        elif self.command == "POST":
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            body = self._read_body()
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                raise HTTPError(400, "The request body is not UTF-8.") from None
            if ctype == "application/sparql-query":
                query_text = text
            elif ctype == "application/sparql-update":
                update_text = text
            elif ctype == "application/x-www-form-urlencoded":
                try:
                    form = parse_qs(text, keep_blank_values=True, max_num_fields=200)
                except ValueError:
                    raise HTTPError(400, "Malformed form body.") from None
                for k, v in form.items():
                    args.setdefault(k, []).extend(v)
                if "update" in form:
                    update_text = _one(form, "update")
                else:
                    query_text = _one(form, "query")
            else:
                raise HTTPError(415, "Use Content-Type application/sparql-query, application/sparql-update "
                                     "or application/x-www-form-urlencoded.")
        else:
            raise HTTPError(405, "Use GET or POST.", {"Allow": "GET, HEAD, POST"})
        if update_text is not None:
            return self._update(update_text)
        if not query_text:
            if self.command in ("GET", "HEAD") and "text/html" in (self.headers.get("Accept") or ""):
                return self._send(303, b"", "text/plain", {"Location": "/"})
            raise HTTPError(400, "Missing 'query' parameter.")
        if len(query_text) > cfg.max_query:
            raise HTTPError(414 if self.command in ("GET", "HEAD") else 413,
                            f"Query too long (limit {cfg.max_query} characters).")
        self._check_query(query_text)
        result_fmt, graph_fmt = negotiate(self.headers.get("Accept"), _one(args, "format") or _one(args, "output"))
        msg = {"op": "query", "text": query_text, "max_results": cfg.max_results, "result_fmt": result_fmt,
               "graph_fmt": graph_fmt, "default_graph": args.get("default-graph-uri") or None,
               "named_graphs": args.get("named-graph-uri") or None, "union": cfg.allow_update}
        self._run(self.server.pool, msg)

    def _check_query(self, text: str) -> None:
        from .store import operation_kind, uses_load, uses_service

        kind = operation_kind(text)
        if kind == "update" or uses_load(text):
            raise HTTPError(403, Errors.E056.format(
                what="SPARQL UPDATE/LOAD sent as a query; this endpoint only answers queries here "
                     "(updates go by POST as 'update=' or application/sparql-update, and only with --allow-update)"))
        if uses_service(text):
            raise HTTPError(403, Errors.E056.format(what="SERVICE (federated query) is disabled on this endpoint"))

    def _update(self, text: str) -> None:
        from .store import uses_load, uses_service

        cfg = self.server.cfg
        if len(text) > cfg.max_query:
            raise HTTPError(413, f"Update too long (limit {cfg.max_query} characters).")
        if not cfg.allow_update or self.server.updater is None:
            raise HTTPError(403, Errors.E056.format(
                what="SPARQL UPDATE on a read-only endpoint; start `kg serve --allow-update` to accept updates"))
        if uses_load(text):
            raise HTTPError(403, Errors.E056.format(what="LOAD (fetching remote data) is disabled on this endpoint"))
        if uses_service(text):
            raise HTTPError(403, Errors.E056.format(what="SERVICE (federated query) is disabled on this endpoint"))
        origin = self.headers.get("Origin")
        if origin and urlsplit(origin).netloc != (self.headers.get("Host") or ""):
            raise HTTPError(403, Errors.E056.format(what=f"cross-origin update from {origin}"))
        out = self._call(self.server.updater, {"op": "update", "text": text})
        self.server.pool.generation += 1  # read workers reopen the store to see the change
        self._send(200, out[3], out[2])

    def _call(self, pool: WorkerPool, msg: dict[str, Any]) -> tuple[Any, ...]:
        out = pool.run(msg, self.server.cfg.timeout)
        if out[0] == "error":
            raise HTTPError(out[1], out[2])
        return out

    def _run(self, pool: WorkerPool, msg: dict[str, Any]) -> None:
        out = self._call(pool, msg)
        self._send(200, out[3], out[2], {"Access-Control-Allow-Origin": "*", "Vary": "Accept"})

    # ---- named queries

    def _list_queries(self) -> None:
        from .store import named_queries

        doc = [{"name": q.name, "description": q.description, "query": q.text,
                "params": [{"name": p.name, "type": p.type, "default": p.default, "help": p.help} for p in q.params]}
               for q in named_queries().values()]
        self._send(200, json.dumps(doc, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8",
                   {"Access-Control-Allow-Origin": "*"})

    def _named(self, name: str, args: dict[str, list[str]]) -> None:
        from .store import get_named_query

        nq = get_named_query(name)  # E051 → 400
        fmt = _one(args, "format") or _one(args, "output")
        params = {k: v[-1] for k, v in args.items() if k not in ("format", "output")}
        result_fmt, graph_fmt = negotiate(self.headers.get("Accept"), fmt)
        self._run(self.server.pool, {"op": "query", "name": nq.name, "params": params,
                                     "max_results": self.server.cfg.max_results, "result_fmt": result_fmt,
                                     "graph_fmt": graph_fmt, "union": self.server.cfg.allow_update})

    # ---- page and assets

    def _page(self, args: dict[str, list[str]]) -> None:
        template = (STATIC_DIR / "index.html").read_text("utf-8")
        query = _one(args, "query") or ""
        if len(query) > self.server.cfg.max_query:
            query = ""
        page = template.replace("{{query}}", html.escape(query, quote=True))
        self._send(200, page.encode("utf-8"), "text/html; charset=utf-8")

    def _static(self, name: str) -> None:
        if not re.fullmatch(r"[A-Za-z0-9_-]+\.(js|css|svg)", name):
            raise HTTPError(404, "Not found.")
        path = STATIC_DIR / name
        if not path.is_file():
            raise HTTPError(404, "Not found.")
        ctype = {"js": "text/javascript; charset=utf-8", "css": "text/css; charset=utf-8",
                 "svg": "image/svg+xml"}[name.rsplit(".", 1)[1]]
        self._send(200, path.read_bytes(), ctype)


def _one(args: dict[str, list[str]], key: str) -> str | None:
    values = args.get(key)
    if not values:
        return None
    if len(values) > 1 and key in ("query", "update"):
        raise HTTPError(400, f"Give exactly one '{key}' parameter.")
    return values[-1]


# --------------------------------------------------------------------------
# Running
# --------------------------------------------------------------------------


class Endpoint:
    """A running endpoint (used by ``kg serve`` and by tests)::

        with Endpoint(ServeConfig(outdir, port=0)) as ep:
            urllib.request.urlopen(ep.url + "/sparql?query=...")
    """

    def __init__(self, cfg: ServeConfig) -> None:
        from .store import store_path

        self.cfg = cfg
        store_dir = store_path(cfg.outdir)
        size = cfg.workers or max(2, os.cpu_count() or 1)
        self.updater = WorkerPool(store_dir, 1, read_only=False) if cfg.allow_update else None
        self.pool = WorkerPool(store_dir, size)
        try:
            self.httpd = _Server(cfg, self.pool, self.updater)
        except OSError as e:
            self.close()
            raise KGError(Errors.E053.format(reason=f"cannot listen on {cfg.host}:{cfg.port}: {e}")) from e
        host, port = self.httpd.server_address[:2]
        self.port = int(port)
        shown = f"[{host}]" if ":" in str(host) else host
        self.url = f"http://{shown}:{self.port}"
        self._thread: threading.Thread | None = None

    def serve_forever(self) -> None:
        log.info("SPARQL endpoint on %s/sparql (query page %s/), %s, timeout %.0f s, %d workers",
                 self.url, self.url, "updates allowed" if self.cfg.allow_update else "read-only",
                 self.cfg.timeout, self.pool.size)
        self.httpd.serve_forever(poll_interval=0.2)

    def start(self) -> "Endpoint":
        self._thread = threading.Thread(target=self.serve_forever, daemon=True, name="kg-serve")
        self._thread.start()
        return self

    def close(self) -> None:
        httpd = getattr(self, "httpd", None)
        if httpd is not None:
            if getattr(self, "_thread", None) is not None:
                httpd.shutdown()
            httpd.server_close()
        for pool in (getattr(self, "pool", None), getattr(self, "updater", None)):
            if pool is not None:
                pool.close()

    def __enter__(self) -> "Endpoint":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


def serve(cfg: ServeConfig, announce: Callable[[str], None] | None = None) -> None:
    """Run the endpoint until interrupted (Ctrl-C or SIGTERM); ``announce`` gets its URL."""
    ep = Endpoint(cfg)
    if announce is not None:
        announce(ep.url)

    def stop(_sig: int, _frame: Any) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        ep.serve_forever()
    except KeyboardInterrupt:
        log.info("stopping")
    finally:
        ep.close()
