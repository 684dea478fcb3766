"""Deterministic RDF serialisation (TriG, Turtle, N-Quads, N-Triples, JSON-LD).

rdflib's serialisers iterate over hash-ordered sets, so their output can
change between runs. kg writes every format itself from one canonical form: a
sorted list of quads whose terms are canonical N-Triples strings
(``nt_term``). Sorting those strings fixes the order of graphs, subjects,
predicates and objects, so the same data gives byte-identical files on every
run and machine. No blank nodes occur (kg mints IRIs for every node).
"""

from __future__ import annotations

import contextlib
import heapq
import json
import os
import re
import shutil
import tempfile
from functools import lru_cache
from itertools import groupby
from pathlib import Path
from typing import IO, Iterable, Iterator, Sequence

from rdflib import Literal, URIRef
from rdflib.term import Node

from .errors import Errors, KGError
from .io import atomic_write
from .iri import is_safe_iri
from .ontology import PREFIXES, RDF, XSD

#: (subject, predicate, object, graph), each a canonical N-Triples term string
Quad = tuple[str, str, str, str]

#: format name → file name under OUTDIR (aliases in _ALIASES)
FORMATS: dict[str, str] = {
    "trig": "graph.trig",
    "turtle": "graph.ttl",
    "nquads": "graph.nq",
    "ntriples": "graph.nt",
    "json-ld": "graph.jsonld",
}
_ALIASES = {"ttl": "turtle", "nq": "nquads", "nt": "ntriples", "jsonld": "json-ld", "json": "json-ld"}
DEFAULT_FORMATS = ("trig", "turtle")

_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile('[\\\\"\x00-\x1f\x7f]')


def _escape(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        ch = m.group(0)
        return _ECHAR.get(ch) or f"\\u{ord(ch):04X}"

    return _NEEDS_ESCAPE.sub(repl, text)


_UNESCAPE = re.compile(r'\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))', re.S)
_UNECHAR = {"\\": "\\", '"': '"', "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", "'": "'"}


def _unescape(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        if m.group(1) or m.group(2):
            return chr(int(m.group(1) or m.group(2), 16))
        return _UNECHAR.get(m.group(3), m.group(3))

    return _UNESCAPE.sub(repl, text)


@lru_cache(maxsize=1 << 18)  # IRIs, dates, numbers and labels recur across statements
def nt_term(term: Node) -> str:
    """Canonical N-Triples form of an IRI or literal (no blank nodes)."""
    if isinstance(term, URIRef):
        return _nt_iri(str(term))
    if isinstance(term, Literal):
        lex = _escape(str(term))
        if term.language:
            return f'"{lex}"@{term.language.lower()}'
        if term.datatype is not None and term.datatype != XSD.string:
            return f'"{lex}"^^{nt_term(term.datatype)}'
        return f'"{lex}"'
    raise KGError(Errors.E086.format(iri=repr(term)))


@lru_cache(maxsize=1 << 17)
def _nt_iri(iri: str) -> str:
    if not is_safe_iri(iri):
        raise KGError(Errors.E086.format(iri=iri))
    return f"<{iri}>"


def quads_to_nquads(quads: Iterable[Quad]) -> list[str]:
    return [f"{s} {p} {o} {g} .\n" for s, p, o, g in quads]


_IRI = r"<[^<>\"{}|^`\\\x00-\x20]*>"
_LIT = r'"(?:[^"\\\n\r]|\\.)*"(?:@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*|\^\^' + _IRI + ")?"
_LINE = re.compile(rf"^({_IRI}) ({_IRI}) ({_IRI}|{_LIT}) ({_IRI}) \.$")


def parse_nquads(lines: Iterable[str], path: str = "<nquads>") -> list[Quad]:
    """Parse kg's canonical N-Quads lines (as written by quads_to_nquads)."""
    out: list[Quad] = []
    for n, line in enumerate(lines, 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        m = _LINE.match(line)
        if not m:
            raise KGError(Errors.E087.format(path=path, line=n, reason="not a canonical kg N-Quads line"))
        out.append((m.group(1), m.group(2), m.group(3), m.group(4)))
    return out


# --------------------------------------------------------------------------
# Turtle / TriG
# --------------------------------------------------------------------------

_PN_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_CANON_INT = re.compile(r"^-?(0|[1-9][0-9]*)$")
_TYPE = f"<{RDF.type}>"


@lru_cache(maxsize=1 << 16)
def _short_iri(iri_nt: str) -> str:
    iri = iri_nt[1:-1]
    for prefix, ns in PREFIXES:
        if iri.startswith(ns) and _PN_LOCAL.match(iri[len(ns):]):
            return f"{prefix}:{iri[len(ns):]}"
    return iri_nt


@lru_cache(maxsize=1 << 18)
def _ttl_term(term: str) -> str:
    if term[0] == "<":
        return _short_iri(term)
    if not term.endswith(">"):  # plain or language-tagged literal
        return term
    body, _, dtype = term.rpartition('"^^<')  # the datatype IRI holds no '"'
    dtype = "<" + dtype
    lex = body[1:]
    if dtype == f"<{XSD.integer}>" and _CANON_INT.match(lex):
        return lex
    if dtype == f"<{XSD.boolean}>" and lex in ("true", "false"):
        return lex
    return f'{body}"^^{_short_iri(dtype)}'


def _prefix_block() -> str:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES) + "\n"


def _subject_blocks(triples: Iterable[tuple[str, str, str]], indent: str) -> Iterator[str]:
    """Turtle blocks of (s, p, o) term strings sorted by (s, p, o) without repeats.

    One pass with plain loops (no groupby): this runs once per triple for TriG and again for Turtle."""
    ttl, short = _ttl_term, _short_iri
    pad = indent + "    "
    subject: str | None = None
    pred: str | None = None
    lines: list[str] = []
    objs: list[str] = []

    def close_predicate() -> None:
        if pred == _TYPE:  # rdf:type first, written "a"
            lines.insert(0, f"{pad}a {', '.join(objs)}")
        else:
            lines.append(f"{pad}{short(pred)} {', '.join(objs)}")  # type: ignore[arg-type]

    for s, p, o in triples:
        if s != subject:
            if subject is not None:
                close_predicate()
                yield f"{indent}{ttl(subject)}\n" + " ;\n".join(lines) + " .\n"
            subject, pred, lines, objs = s, p, [], [ttl(o)]
        elif p != pred:
            close_predicate()
            pred, objs = p, [ttl(o)]
        else:
            objs.append(ttl(o))
    if subject is not None:
        close_predicate()
        yield f"{indent}{ttl(subject)}\n" + " ;\n".join(lines) + " .\n"


def write_turtle(triples: Iterable[tuple[str, str, str]], fh: IO[str]) -> None:
    """Turtle of sorted unique (s, p, o) term strings."""
    fh.write(_prefix_block())
    for block in _subject_blocks(triples, ""):
        fh.write(block)
        fh.write("\n")


def write_trig(quads: Sequence[Quad], fh: IO[str]) -> None:
    """TriG of quads, one block per named graph, in sorted order."""
    write_trig_sorted(sorted(set(quads), key=lambda q: (q[3], q[0], q[1], q[2])), fh)


def write_trig_sorted(ordered: Iterable[Quad], fh: IO[str]) -> None:
    """TriG of unique quads already sorted by (graph, subject, predicate, object)."""
    fh.write(_prefix_block())
    for g, group in groupby(ordered, key=lambda q: q[3]):
        fh.write(f"{_ttl_term(g)} {{\n")
        fh.write("\n".join(_subject_blocks(((s, p, o) for s, p, o, _ in group), "    ")))
        fh.write("}\n\n")


# --------------------------------------------------------------------------
# JSON-LD (expanded node objects with compact IRIs from a fixed @context)
# --------------------------------------------------------------------------


def _json_iri(iri_nt: str) -> str:
    short = _short_iri(iri_nt)
    return short if not short.startswith("<") else iri_nt[1:-1]


def _json_value(term: str) -> dict[str, str]:
    if term.startswith("<"):
        return {"@id": _json_iri(term)}
    m = re.match(r'^"(.*)"(?:@([^"]+)|\^\^(<[^>]*>))?$', term, re.S)
    assert m is not None  # canonical terms only
    value: dict[str, str] = {"@value": _unescape(m.group(1))}
    if m.group(2):
        value["@language"] = m.group(2)
    elif m.group(3):
        value["@type"] = _json_iri(m.group(3))
    return value


def write_jsonld(quads: Sequence[Quad], fh: IO[str]) -> None:
    graphs = []
    ordered = sorted(set(quads), key=lambda q: (q[3], q[0], q[1], q[2]))
    for g, gquads in groupby(ordered, key=lambda q: q[3]):
        nodes = []
        for s, squads in groupby(gquads, key=lambda q: q[0]):
            node: dict[str, object] = {"@id": _json_iri(s)}
            for p, pquads in groupby(squads, key=lambda q: q[1]):
                objs = [q[2] for q in pquads]
                if p == _TYPE:
                    node["@type"] = [_json_iri(o) for o in objs]
                else:
                    node[_json_iri(p)] = [_json_value(o) for o in objs]
            nodes.append(node)
        graphs.append({"@id": _json_iri(g), "@graph": nodes})
    doc = {"@context": {p: ns for p, ns in PREFIXES}, "@graph": graphs}
    json.dump(doc, fh, ensure_ascii=False, indent=1, sort_keys=True)
    fh.write("\n")


# --------------------------------------------------------------------------
# files
# --------------------------------------------------------------------------


def normalize_formats(formats: Iterable[str]) -> list[str]:
    """Default formats plus the requested ones, validated, in FORMATS order."""
    wanted = set(DEFAULT_FORMATS)
    for name in formats:
        key = _ALIASES.get(name.lower().strip(), name.lower().strip())
        if key not in FORMATS:
            raise KGError(Errors.E083.format(name=name, choices=", ".join(list(FORMATS) + sorted(_ALIASES))))
        wanted.add(key)
    return [f for f in FORMATS if f in wanted]


class ExternalSort:
    """Sorted unique text lines with bounded memory.

    Lines are buffered; every ``limit`` lines the buffer is sorted and spilled
    to a temporary file under ``tmpdir``; iterating merges the spilled runs
    (``heapq.merge``) and drops duplicates. Memory is O(limit), not O(lines).
    """

    def __init__(self, tmpdir: str | os.PathLike[str], name: str, limit: int = 250_000) -> None:
        self.tmpdir = Path(tmpdir)
        self.name = name
        self.limit = limit
        self._buf: set[str] = set()
        self._runs: list[Path] = []

    def add(self, line: str) -> None:
        self._buf.add(line)
        if len(self._buf) >= self.limit:
            self._spill()

    def _spill(self) -> None:
        self.tmpdir.mkdir(parents=True, exist_ok=True)
        path = self.tmpdir / f"{self.name}.{len(self._runs):05d}"
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.writelines(sorted(self._buf))
        self._runs.append(path)
        self._buf = set()

    def __iter__(self) -> Iterator[str]:
        if not self._runs:
            yield from sorted(self._buf)
            return
        if self._buf:
            self._spill()
        handles = [open(p, encoding="utf-8", newline="\n") for p in self._runs]
        try:
            last = None
            for line in heapq.merge(*handles):
                if line != last:
                    yield line
                    last = line
        finally:
            for h in handles:
                h.close()

    def close(self) -> None:
        for p in self._runs:
            with contextlib.suppress(OSError):
                p.unlink()
        self._runs = []
        self._buf = set()


class QuadSink:
    """Collects quads (in any order, with repeats) and writes the chosen
    formats from sorted, unique streams, spilling to ``tmpdir`` so that memory
    does not grow with the size of the dataset (TriG/N-Quads/Turtle/N-Triples;
    JSON-LD, one JSON document, is built in memory when asked for)."""

    def __init__(self, outdir: str | os.PathLike[str], formats: Iterable[str] = (),
                 tmpdir: str | os.PathLike[str] | None = None, limit: int = 250_000) -> None:
        self.outdir = Path(outdir)
        self.outdir.mkdir(parents=True, exist_ok=True)
        self.chosen = normalize_formats(formats)
        self._tmp_owned = tmpdir is None
        self.tmpdir = Path(tmpdir) if tmpdir is not None else Path(tempfile.mkdtemp(prefix=".rdf-", dir=self.outdir))
        self.by_graph = ExternalSort(self.tmpdir, "gspo", limit)  # "g s p o" lines: TriG, JSON-LD
        self.nquads = ExternalSort(self.tmpdir, "nq", limit) if "nquads" in self.chosen else None
        want_triples = bool({"turtle", "ntriples"} & set(self.chosen))
        self.triples = ExternalSort(self.tmpdir, "spo", limit) if want_triples else None
        self.count = 0

    def add(self, quad: Quad) -> None:
        s, p, o, g = quad
        self.count += 1
        self.by_graph.add(f"{g} {s} {p} {o}\n")
        if self.nquads is not None:
            self.nquads.add(f"{s} {p} {o} {g} .\n")
        if self.triples is not None:
            self.triples.add(f"{s} {p} {o}\n")

    def update(self, quads: Iterable[Quad]) -> None:
        for q in quads:
            self.add(q)

    def _gspo(self) -> Iterator[Quad]:
        for line in self.by_graph:
            g, s, p, o = line[:-1].split(" ", 3)
            yield s, p, o, g

    def _spo(self) -> Iterator[tuple[str, str, str]]:
        assert self.triples is not None
        for line in self.triples:
            s, p, o = line[:-1].split(" ", 2)
            yield s, p, o

    def write(self) -> list[Path]:
        """Write every chosen format (atomically); returns the paths written."""
        written = []
        try:
            for name in self.chosen:
                path = self.outdir / FORMATS[name]
                with atomic_write(path) as fh:
                    if name == "trig":
                        write_trig_sorted(self._gspo(), fh)
                    elif name == "turtle":
                        write_turtle(self._spo(), fh)
                    elif name == "nquads":
                        assert self.nquads is not None
                        fh.writelines(self.nquads)
                    elif name == "ntriples":
                        fh.writelines(f"{s} {p} {o} .\n" for s, p, o in self._spo())
                    else:
                        write_jsonld(list(self._gspo()), fh)
                written.append(path)
        finally:
            self.close()
        return written

    def close(self) -> None:
        for sorter in (self.by_graph, self.nquads, self.triples):
            if sorter is not None:
                sorter.close()
        if self._tmp_owned:
            shutil.rmtree(self.tmpdir, ignore_errors=True)


def write_formats(quads: Iterable[Quad], outdir: Path, formats: Iterable[str] = ()) -> list[Path]:
    """Write the dataset (graph.trig) and the union (graph.ttl) + extra formats."""
    sink = QuadSink(outdir, formats)
    try:
        sink.update(quads)
    except BaseException:
        sink.close()
        raise
    return sink.write()


def write_nquads_part(path: str | os.PathLike[str], lines: Iterable[str]) -> int:
    """Write sorted N-Quads lines (e.g. kg.rdf.article_nquads of a batch) to a part file."""
    lines = sorted(set(lines))
    with atomic_write(path) as fh:
        fh.writelines(lines)
    return len(lines)


def merge_nquads_parts(parts: Sequence[str | os.PathLike[str]], outdir: str | os.PathLike[str],
                       formats: Iterable[str] = ()) -> list[Path]:
    """Merge sorted part files into the final outputs (duplicates removed),
    streaming: the parts are never all in memory."""
    handles = [open(p, encoding="utf-8") for p in parts]
    sink = QuadSink(Path(outdir), formats)
    try:
        for n, line in enumerate(heapq.merge(*handles), 1):
            sink.update(parse_nquads([line], path=str(parts[0]) if len(parts) == 1 else f"parts, line {n}"))
    except BaseException:
        sink.close()
        raise
    finally:
        for h in handles:
            h.close()
    return sink.write()
