"""The embedded SPARQL store: ``OUTDIR/store`` (pyoxigraph, RocksDB on disk).

``kg build`` calls :func:`load_store` once ``graph.trig`` is written; the store
is rebuilt from scratch in a temporary folder and swapped in, so re-runs are
idempotent and a crash never leaves a half-loaded store under the final name::

    n = load_store("out")                       # number of quads loaded
    res = query("out", "SELECT ?n WHERE { ?p foaf:name ?n }")
    res = run_named("out", "officials-by-region", {"region": "泗洪县"})
    print(serialize_result(res, "table").decode())

The named graphs are the ones of ``graph.trig`` (one per article plus the graph
of resolved entities). The store's default graph is their merge — every triple
once — written at load time, so queries without ``GRAPH`` see everything
without the repeats a union of graphs gives (a triple stated by 30 articles
would otherwise match 31 times and multiply every join). Stores that answer
queries over the union of their graphs (Virtuoso, Fuseki's
``unionDefaultGraph``) give the same answers after ``kg push``, which sends the
named graphs only.

Parameters are bound as RDF terms through pyoxigraph ``substitutions``; they
are never spliced into query text. pyoxigraph requires a substituted variable
to be in the top-level projection, so the named queries project their
parameters and :func:`run_named` drops those columns from the result.
"""

from __future__ import annotations

import datetime

import csv
import gc
import io
import itertools
import json
import logging
import os
import re
import shutil
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Union
from xml.sax.saxutils import escape as _xml_escape
from xml.sax.saxutils import quoteattr

import pyoxigraph as ox

from .errors import Errors, KGError

log = logging.getLogger("kg")

STORE_DIR = "store"
QUERIES_DIR = Path(__file__).resolve().parent / "queries"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

Term = Union[ox.NamedNode, ox.BlankNode, ox.Literal, ox.Triple]
StoreLike = Union[ox.Store, str, "os.PathLike[str]"]

#: result formats of SELECT/ASK queries → media type (``table`` is for terminals)
RESULT_MEDIA: dict[str, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "table": "text/plain",
}
#: graph formats of CONSTRUCT/DESCRIBE queries → media type
GRAPH_MEDIA: dict[str, str] = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
_GRAPH_OX: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
#: what a result format asked for a SELECT means for a graph result (CLI ``--format``)
_GRAPH_FOR_RESULT = {"table": "turtle", "csv": "ntriples", "tsv": "ntriples", "json": "jsonld", "xml": "rdfxml"}
FORMATS: tuple[str, ...] = tuple(RESULT_MEDIA) + tuple(GRAPH_MEDIA)


# --------------------------------------------------------------------------
# Loading and opening
# --------------------------------------------------------------------------


def _source(out: Path) -> tuple[Path, ox.RdfFormat]:
    """graph.nq when present and not older than graph.trig, else graph.trig."""
    trig, nq = out / "graph.trig", out / "graph.nq"
    if nq.is_file() and (not trig.is_file() or nq.stat().st_mtime >= trig.stat().st_mtime):
        return nq, ox.RdfFormat.N_QUADS
    if trig.is_file():
        return trig, ox.RdfFormat.TRIG
    raise KGError(Errors.E050.format(path=out, missing="graph.trig"))


#: lines of kg's own TriG/Turtle per bulk-load call: the loader keeps a whole
#: call's quads in memory, so slices keep peak memory flat however big the graph
LOAD_SLICE_LINES = 100_000


def _slices(path: Path, fmt: ox.RdfFormat, max_lines: int) -> Iterator[str]:
    """Self-contained pieces of a graph file written by kg.rdfwrite: the header (prefixes, comments) plus whole
    graph blocks (TriG: up to a line ``}``), whole subject blocks (Turtle: up to a blank line) or whole lines
    (N-Quads, N-Triples: every line is a statement). kg escapes newlines in literals, so every line ends a
    statement; a file of another shape simply comes back as one piece."""
    line_based = fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.N_TRIPLES)
    end = "}\n" if fmt == ox.RdfFormat.TRIG else "\n"
    prefix: list[str] = []
    buf: list[str] = []
    with open(path, encoding="utf-8", newline="\n") as fh:
        for line in fh:
            if not buf and (line.startswith(("@prefix", "#")) or not line.strip()):
                prefix.append(line)
                continue
            buf.append(line)
            if len(buf) >= max_lines and (line_based or line == end):
                yield "".join(prefix + buf)
                buf = []
    if buf:
        yield "".join(prefix + buf)


def _bulk_load(store: ox.Store, path: Path, fmt: ox.RdfFormat, to_graph: Any = None) -> None:
    """Bulk-load ``path`` in slices (see LOAD_SLICE_LINES); files of other
    formats are loaded whole."""
    # (the whole corpus's graph.nq loaded in one call took 2.5 GB)
    if fmt not in (ox.RdfFormat.TRIG, ox.RdfFormat.TURTLE, ox.RdfFormat.N_QUADS, ox.RdfFormat.N_TRIPLES):
        store.bulk_load(path=str(path), format=fmt, to_graph=to_graph)
        return
    for piece in _slices(path, fmt, LOAD_SLICE_LINES):
        store.bulk_load(input=piece, format=fmt, to_graph=to_graph)


def load_store(outdir: str | os.PathLike[str]) -> int:
    """Rebuild ``OUTDIR/store`` from ``OUTDIR/graph.trig`` (or ``graph.nq``).

    Returns the number of quads loaded (the merged default graph is not counted). The store is loaded into a
    temporary folder and renamed into place, so the old store stays intact
    until the new one is complete.
    """
    out = Path(outdir)
    src, fmt = _source(out)
    for stale in list(out.glob(".store.new-*")) + list(out.glob(".store.old-*")):
        shutil.rmtree(stale, ignore_errors=True)
    tmp = out / f".store.new-{os.getpid()}"
    store = ox.Store(str(tmp))
    try:
        _bulk_load(store, src, fmt)
        count = len(store)
        # the default graph: every triple of every graph once (see the module docstring);
        # graph.ttl is exactly that union when it is as new as the source
        union = out / "graph.ttl"
        if union.is_file() and union.stat().st_mtime >= src.stat().st_mtime:
            _bulk_load(store, union, ox.RdfFormat.TURTLE, to_graph=ox.DefaultGraph())
        else:
            triples = (ox.Quad(q.subject, q.predicate, q.object) for q in ox.parse(path=str(src), format=fmt))
            while chunk := list(itertools.islice(triples, LOAD_SLICE_LINES)):  # (a call keeps its quads in memory)
                store.bulk_extend(chunk)
        store.flush()
    except (SyntaxError, ValueError, OSError) as e:
        del store
        gc.collect()
        shutil.rmtree(tmp, ignore_errors=True)
        raise KGError(Errors.E054.format(path=src, reason=e)) from e
    del store  # closes RocksDB
    gc.collect()
    final = out / STORE_DIR
    old = out / f".store.old-{os.getpid()}"
    if final.exists():
        final.rename(old)
    tmp.rename(final)
    shutil.rmtree(old, ignore_errors=True)
    log.info("store: %d quads loaded from %s into %s", count, src.name, final)
    return count


def store_path(outdir: str | os.PathLike[str]) -> Path:
    """The store folder of a build output (or ``outdir`` itself if it is one)."""
    p = Path(outdir)
    if (p / STORE_DIR / "CURRENT").is_file():
        return p / STORE_DIR
    if (p / "CURRENT").is_file():
        return p
    raise KGError(Errors.E050.format(path=p, missing=f"{STORE_DIR}/"))


def open_store(outdir: str | os.PathLike[str], read_only: bool = True) -> ox.Store:
    """Open the store of a build output (read-only unless asked otherwise)."""
    path = store_path(outdir)
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as e:
        raise KGError(Errors.E053.format(reason=f"cannot open {path}: {e}")) from e


# --------------------------------------------------------------------------
# Querying
# --------------------------------------------------------------------------


@dataclass
class QueryResult:
    """A fully read query result.

    ``kind`` is ``select`` (``variables``/``rows``), ``ask`` (``boolean``) or
    ``graph`` (``triples``, for CONSTRUCT and DESCRIBE).
    """

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples) if self.kind == "graph" else 1

    def records(self) -> list[dict[str, str | None]]:
        """Rows as dicts of plain values (IRI or literal lexical form)."""
        return [{v: (None if t is None else term_value(t)) for v, t in zip(self.variables, row)} for row in self.rows]

    def drop(self, names: Iterable[str]) -> "QueryResult":
        """The same result without the columns ``names``."""
        names = set(names)
        keep = [i for i, v in enumerate(self.variables) if v not in names]
        if len(keep) == len(self.variables):
            return self
        return QueryResult(
            self.kind, [self.variables[i] for i in keep], [tuple(r[i] for i in keep) for r in self.rows],
            self.boolean, self.triples,
        )


def to_term(value: Any) -> Term:
    """A Python value as an RDF term: ``<iri>`` → IRI, bool/int/date → typed, str → plain literal."""
    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal, ox.Triple)):
        return value
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, datetime.datetime):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "dateTime"))
    if isinstance(value, datetime.date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "date"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    text = str(value)
    if len(text) > 2 and text.startswith("<") and text.endswith(">"):
        return _iri(text[1:-1])
    return ox.Literal(text)


def _iri(text: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(text)
    except ValueError as e:
        raise KGError(Errors.E053.format(reason=f"bad IRI {text!r}: {e}")) from e


def query(
    target: StoreLike,
    sparql: str,
    params: Mapping[str, Any] | None = None,
    *,
    max_results: int | None = None,
    union_default_graph: bool = False,
    default_graph: Iterable[str] | None = None,
    named_graphs: Iterable[str] | None = None,
) -> QueryResult:
    """Run a SPARQL query on a store (or the store of a build output).

    ``params`` bind variables to RDF terms (see :func:`to_term`); a bound
    variable must appear in the query's SELECT clause. More than
    ``max_results`` rows or triples raise E055. The prefixes of
    :func:`default_prefixes` (``kg:``, ``org:``, ``foaf:``, ``schema:``, ``id:`` …)
    are predeclared; PREFIX lines in the query override them. ``default_graph``/``named_graphs``
    (graph IRIs, the protocol's ``default-graph-uri``/``named-graph-uri``) restrict
    the dataset; ``union_default_graph`` makes the default graph the union of all
    graphs (repeats included) instead of the merged graph written at load time.
    """
    store = target if isinstance(target, ox.Store) else open_store(target)
    subs = {ox.Variable(k): to_term(v) for k, v in (params or {}).items()}
    kwargs: dict[str, Any] = {}
    if default_graph:
        kwargs["default_graph"] = [_iri(g) for g in default_graph]
    else:
        kwargs["use_default_graph_as_union"] = union_default_graph
    if named_graphs:
        kwargs["named_graphs"] = [_iri(g) for g in named_graphs]
    try:
        res = store.query(sparql, substitutions=subs or None, prefixes=default_prefixes(), **kwargs)
        if isinstance(res, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(res))
        if isinstance(res, ox.QuerySolutions):
            variables = [v.value for v in res.variables]
            rows: list[tuple[Term | None, ...]] = []
            for sol in res:
                if max_results is not None and len(rows) >= max_results:
                    raise KGError(Errors.E055.format(limit=max_results))
                rows.append(tuple(sol[i] for i in range(len(variables))))
            return QueryResult("select", variables=variables, rows=rows)
        triples: list[ox.Triple] = []
        seen: set[ox.Triple] = set()  # a triple in several graphs of the union comes once
        for t in res:
            if t in seen:
                continue
            if max_results is not None and len(triples) >= max_results:
                raise KGError(Errors.E055.format(limit=max_results))
            seen.add(t)
            triples.append(t)
        return QueryResult("graph", triples=triples)
    except KGError:
        raise
    except (SyntaxError, ValueError, OSError, RuntimeError, TypeError) as e:
        raise KGError(Errors.E053.format(reason=str(e).strip() or type(e).__name__)) from e


# --------------------------------------------------------------------------
# Named queries (kg/queries/*.rq)
# --------------------------------------------------------------------------

_PARAM_RE = re.compile(
    r"^#\s*@param\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(\s*(string|boolean|integer|date|iri)\s*"
    r"(?:,\s*(required|default\s+(.*?)))?\s*\)\s*:?\s*(.*)$"
)
_PARAM_TYPES = ("string", "boolean", "integer", "date", "iri")


@dataclass(frozen=True)
class ParamSpec:
    name: str
    type: str
    default: str | None  # None: required
    help: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[ParamSpec, ...]
    text: str
    path: Path

    def bind(self, given: Mapping[str, Any] | None) -> dict[str, Term]:
        """Check and convert parameters (applying defaults) to RDF terms."""
        given = dict(given or {})
        specs = {p.name: p for p in self.params}
        unknown = sorted(set(given) - set(specs))
        if unknown:
            raise KGError(Errors.E057.format(
                param=unknown[0], name=self.name,
                reason=f"unknown parameter; this query takes: {', '.join(specs) or 'none'}",
            ))
        out: dict[str, Term] = {}
        for spec in self.params:
            if spec.name in given and given[spec.name] is not None:
                value = given[spec.name]
            elif spec.default is not None:
                value = spec.default
            else:
                raise KGError(Errors.E052.format(param=spec.name, name=self.name))
            out[spec.name] = _coerce(self.name, spec, value)
        return out


def _coerce(qname: str, spec: ParamSpec, value: Any) -> Term:
    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return value
    text = unicodedata.normalize("NFC", str(value)).strip()

    def bad(reason: str) -> KGError:
        return KGError(Errors.E057.format(param=spec.name, name=qname, reason=reason))

    if spec.type == "boolean":
        low = text.lower()
        if low in ("true", "1", "yes", "y"):
            return to_term(True)
        if low in ("false", "0", "no", "n", ""):
            return to_term(False)
        raise bad(f"{text!r} is not true/false")
    if spec.type == "integer":
        if not re.fullmatch(r"[+-]?\d{1,18}", text):
            raise bad(f"{text!r} is not an integer")
        return to_term(int(text))
    if spec.type == "date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise bad(f"{text!r} is not a date YYYY-MM-DD")
        return ox.Literal(text, datatype=ox.NamedNode(XSD + "date"))
    if spec.type == "iri":
        iri = text[1:-1] if text.startswith("<") and text.endswith(">") else text
        if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", iri):
            raise bad(f"{text!r} is not an absolute IRI")
        try:
            return ox.NamedNode(iri)
        except ValueError as e:
            raise bad(str(e)) from e
    return ox.Literal(text)


def parse_named_query(path: Path) -> NamedQuery:
    """Read a ``.rq`` file and its header comment (description and ``@param`` lines)."""
    text = path.read_text("utf-8")
    desc: list[str] = []
    params: list[ParamSpec] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = _PARAM_RE.match(line)
        if m:
            name, typ, req, default, help_ = m.groups()
            if req and req.startswith("default"):
                default = (default or "").strip()
                if len(default) >= 2 and default[0] == default[-1] and default[0] in "\"'":
                    default = default[1:-1]
            else:
                default = None
            params.append(ParamSpec(name, typ, default, help_.strip()))
        elif not params:
            body = line.lstrip("#").strip()
            if body:
                desc.append(body)
    return NamedQuery(path.stem, " ".join(desc), tuple(params), text, path)


@lru_cache(maxsize=1)
def _named_queries(folder: str) -> dict[str, NamedQuery]:
    return {p.stem: parse_named_query(p) for p in sorted(Path(folder).glob("*.rq"))}


def named_queries() -> dict[str, NamedQuery]:
    """The named queries shipped in ``kg/queries`` by name."""
    return dict(_named_queries(str(QUERIES_DIR)))


def get_named_query(name: str) -> NamedQuery:
    queries = named_queries()
    try:
        return queries[name]
    except KeyError:
        raise KGError(Errors.E051.format(name=name, choices=", ".join(queries))) from None


def run_named(
    target: StoreLike, name: str, params: Mapping[str, Any] | None = None, *, max_results: int | None = None,
    union_default_graph: bool = False,
) -> QueryResult:
    """Run a named query with its parameters bound; parameter columns are dropped."""
    nq = get_named_query(name)
    bound = nq.bind(params)
    return query(target, nq.text, bound, max_results=max_results,
                 union_default_graph=union_default_graph).drop(bound)


def parse_param_args(items: Iterable[str]) -> dict[str, str]:
    """``["region=泗洪县", "subregions=true"]`` → dict (CLI ``--param k=v``)."""
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key.strip()):
            raise KGError(Errors.E057.format(param=item, name="", reason="write parameters as name=value"))
        out[key.strip()] = value
    return out


# --------------------------------------------------------------------------
# Static checks (read-only endpoint)
# --------------------------------------------------------------------------

_LEX = re.compile(
    r"""(?P<skip>
        '''(?:[^'\\]|\\.|'(?!''))*'''
      | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
      | '(?:[^'\\\n\r]|\\.)*'
      | "(?:[^"\\\n\r]|\\.)*"
      | <[^<>"{}|^`\\\x00-\x20]*>
      | \#[^\n\r]*
      | [?$][A-Za-z0-9_\u00B7\u00C0-\uFFFF]+
      | [A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7\u00C0-\uFFFF]*:(?:[\w.\-:%\u00B7\u00C0-\uFFFF]|\\.)*
      | :(?:[\w.\-:%\u00B7\u00C0-\uFFFF]|\\.)*
    )
    | (?P<word>[A-Za-z]+)
    """,
    re.VERBOSE,
)
_QUERY_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
_UPDATE_FORMS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}


def keywords(sparql: str) -> list[str]:
    """Upper-cased bare words of a query, outside strings, IRIs, comments, variables and prefixed names."""
    return [m.group("word").upper() for m in _LEX.finditer(sparql) if m.group("word")]


def operation_kind(sparql: str) -> str:
    """``query``, ``update`` or ``unknown``, from the first form keyword."""
    for w in keywords(sparql):
        if w in _QUERY_FORMS:
            return "query"
        if w in _UPDATE_FORMS:
            return "update"
    return "unknown"


def uses_service(sparql: str) -> bool:
    """True if the text has a SERVICE clause (federation)."""
    return "SERVICE" in keywords(sparql)


def uses_load(sparql: str) -> bool:
    return "LOAD" in keywords(sparql)


# --------------------------------------------------------------------------
# Serialising results
# --------------------------------------------------------------------------


def term_value(t: Term) -> str:
    if isinstance(t, ox.Triple):
        return f"<< {t.subject} {t.predicate} {t.object} >>"
    return t.value


def _term_json(t: Term) -> dict[str, Any]:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        d: dict[str, Any] = {"type": "literal", "value": t.value}
        if t.language:
            d["xml:lang"] = t.language
        elif t.datatype.value != XSD + "string":
            d["datatype"] = t.datatype.value
        return d
    return {"type": "triple", "value": {
        "subject": _term_json(t.subject), "predicate": _term_json(t.predicate), "object": _term_json(t.object)}}


def _term_xml(t: Term) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{_xml_text(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{_xml_text(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        if t.language:
            return f"<literal xml:lang={quoteattr(t.language)}>{_xml_text(t.value)}</literal>"
        if t.datatype.value != XSD + "string":
            return f"<literal datatype={quoteattr(t.datatype.value)}>{_xml_text(t.value)}</literal>"
        return f"<literal>{_xml_text(t.value)}</literal>"
    return (f"<triple><subject>{_term_xml(t.subject)}</subject><predicate>{_term_xml(t.predicate)}</predicate>"
            f"<object>{_term_xml(t.object)}</object></triple>")


_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(s: str) -> str:
    # characters XML 1.0 cannot carry at all are replaced (they cannot be escaped)
    return _xml_escape(_XML_BAD.sub("\ufffd", s))


def _csv_value(t: Term | None) -> str:
    if t is None:
        return ""
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    return term_value(t)


def _tsv_value(t: Term | None) -> str:
    if t is None:
        return ""
    s = str(t)  # N-Triples form; pyoxigraph escapes quotes, backslash and line breaks
    return s.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in s)


def _clip(s: str, limit: int = 60) -> str:
    s = re.sub(r"\s+", " ", s)
    if _width(s) <= limit:
        return s
    out, w = [], 0
    for c in s:
        cw = _width(c)
        if w + cw > limit - 1:
            break
        out.append(c)
        w += cw
    return "".join(out) + "…"


def _table_value(t: Term | None, prefixes: Mapping[str, str]) -> str:
    if t is None:
        return ""
    if isinstance(t, ox.NamedNode):
        for p, ns in prefixes.items():
            if t.value.startswith(ns) and len(t.value) > len(ns):
                return f"{p}:{t.value[len(ns):]}"
        return t.value
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    if isinstance(t, ox.Literal):
        return t.value
    return term_value(t)


@lru_cache(maxsize=1)
def default_prefixes() -> dict[str, str]:
    """Prefixes for Turtle output and tables: the ontology's plus ``id:`` for minted IRIs."""
    from .iri import get_base_iri
    from .ontology import PREFIXES

    out = {"id": get_base_iri()}
    out.update(dict(PREFIXES))
    return out


def _table(result: QueryResult) -> str:
    if result.kind == "ask":
        return ("true" if result.boolean else "false") + "\n"
    prefixes = default_prefixes()
    header = list(result.variables)
    body = [[_clip(_table_value(t, prefixes)) for t in row] for row in result.rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in body]) for i, h in enumerate(header)]

    def line(cells: list[str]) -> str:
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)).rstrip()

    out = [line(header), line(["-" * w for w in widths])] + [line(r) for r in body]
    out.append(f"({len(body)} row{'s' if len(body) != 1 else ''})")
    return "\n".join(out) + "\n"


def serialize_result(result: QueryResult, fmt: str) -> bytes:
    """Serialise a result: ``table``/``csv``/``tsv``/``json``/``xml`` for SELECT and ASK;
    ``turtle``/``ntriples``/``jsonld``/``rdfxml`` for graphs (a result format asked for a
    graph maps to ``table``→Turtle, ``csv``/``tsv``→N-Triples, ``json``→JSON-LD, ``xml``→RDF/XML)."""
    if fmt not in FORMATS:
        raise KGError(Errors.E053.format(reason=f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}"))
    if result.kind == "graph":
        gfmt = _GRAPH_FOR_RESULT.get(fmt, fmt)
        prefixes = default_prefixes() if gfmt == "turtle" else None
        return ox.serialize(result.triples, format=_GRAPH_OX[gfmt], prefixes=prefixes) or b""
    if fmt in GRAPH_MEDIA:
        raise KGError(Errors.E053.format(reason=f"format {fmt!r} is for CONSTRUCT/DESCRIBE results"))
    if fmt == "table":
        return _table(result).encode("utf-8")
    if fmt == "json":
        if result.kind == "ask":
            doc: dict[str, Any] = {"head": {}, "boolean": bool(result.boolean)}
        else:
            doc = {"head": {"vars": result.variables}, "results": {"bindings": [
                {v: _term_json(t) for v, t in zip(result.variables, row) if t is not None} for row in result.rows
            ]}}
        return (json.dumps(doc, ensure_ascii=False) + "\n").encode("utf-8")
    if fmt == "xml":
        parts = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
        if result.kind == "ask":
            parts.append(f"</head><boolean>{'true' if result.boolean else 'false'}</boolean></sparql>\n")
            return "".join(parts).encode("utf-8")
        parts += [f"<variable name={quoteattr(v)}/>" for v in result.variables]
        parts.append("</head><results>")
        for row in result.rows:
            parts.append("<result>")
            parts += [f"<binding name={quoteattr(v)}>{_term_xml(t)}</binding>"
                      for v, t in zip(result.variables, row) if t is not None]
            parts.append("</result>")
        parts.append("</results></sparql>\n")
        return "".join(parts).encode("utf-8")
    if result.kind == "ask":
        return ("_askResult\n" + ("true" if result.boolean else "false") + "\n").encode("utf-8")
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(result.variables)
        for row in result.rows:
            w.writerow([_csv_value(t) for t in row])
        return buf.getvalue().encode("utf-8")
    lines = ["\t".join("?" + v for v in result.variables)]
    lines += ["\t".join(_tsv_value(t) for t in row) for row in result.rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def media_type(result: QueryResult, fmt: str) -> str:
    if result.kind == "graph":
        return GRAPH_MEDIA[_GRAPH_FOR_RESULT.get(fmt, fmt)]
    return RESULT_MEDIA[fmt]


def count_by_graph(target: StoreLike, include_default: bool = False) -> dict[str, int]:
    """Number of triples in each named graph (and under ``""`` the default graph, if asked)."""
    store = target if isinstance(target, ox.Store) else open_store(target)
    counts: dict[str, int] = {}
    for q in store:
        g = q.graph_name
        if isinstance(g, ox.DefaultGraph):
            if not include_default:
                continue
            key = ""
        else:
            key = g.value
        counts[key] = counts.get(key, 0) + 1
    return counts
