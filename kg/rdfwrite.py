"""Deterministic RDF serialisation (TriG, Turtle, N-Quads, N-Triples, JSON-LD).

rdflib's serialisers iterate over hash-ordered sets, so their output can
change between runs. kg writes every format itself from one canonical form: a
sorted list of quads whose terms are canonical N-Triples strings
(``nt_term``). Sorting those strings fixes the order of graphs, subjects,
predicates and objects, so the same data gives byte-identical files on every
run and machine. No blank nodes occur (kg mints IRIs for every node).
"""

from __future__ import annotations

import heapq
import json
import os
import re
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


def _short_iri(iri_nt: str) -> str:
    iri = iri_nt[1:-1]
    for prefix, ns in PREFIXES:
        if iri.startswith(ns) and _PN_LOCAL.match(iri[len(ns):]):
            return f"{prefix}:{iri[len(ns):]}"
    return iri_nt


def _ttl_term(term: str) -> str:
    if term.startswith("<"):
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


def _pred_key(p: str) -> tuple[int, str]:
    return (0, p) if p == _TYPE else (1, p)


def _subject_blocks(triples: Sequence[tuple[str, str, str]], indent: str) -> Iterator[str]:
    for s, group in groupby(triples, key=lambda t: t[0]):
        by_pred: dict[str, list[str]] = {}
        for _, p, o in group:
            by_pred.setdefault(p, []).append(o)
        lines = []
        for p in sorted(by_pred, key=_pred_key):
            pred = "a" if p == _TYPE else _short_iri(p)
            objs = ", ".join(_ttl_term(o) for o in sorted(set(by_pred[p])))
            lines.append(f"{indent}    {pred} {objs}")
        yield f"{indent}{_ttl_term(s)}\n" + " ;\n".join(lines) + " .\n"


def write_turtle(triples: Sequence[tuple[str, str, str]], fh: IO[str]) -> None:
    """Turtle of sorted unique (s, p, o) term strings."""
    fh.write(_prefix_block())
    for block in _subject_blocks(triples, ""):
        fh.write(block)
        fh.write("\n")


def write_trig(quads: Sequence[Quad], fh: IO[str]) -> None:
    """TriG of quads, one block per named graph, in sorted order."""
    fh.write(_prefix_block())
    ordered = sorted(set(quads), key=lambda q: (q[3], q[0], q[1], q[2]))
    for g, group in groupby(ordered, key=lambda q: q[3]):
        fh.write(f"{_ttl_term(g)} {{\n")
        fh.write("\n".join(_subject_blocks([(s, p, o) for s, p, o, _ in group], "    ")))
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


def write_formats(quads: Sequence[Quad], outdir: Path, formats: Iterable[str] = ()) -> list[Path]:
    """Write the dataset (graph.trig) and the union (graph.ttl) + extra formats."""
    chosen = normalize_formats(formats)
    quads = sorted(set(quads))
    triples = sorted({q[:3] for q in quads})
    written = []
    for name in chosen:
        path = outdir / FORMATS[name]
        with atomic_write(path) as fh:
            if name == "trig":
                write_trig(quads, fh)
            elif name == "turtle":
                write_turtle(triples, fh)
            elif name == "nquads":
                fh.writelines(quads_to_nquads(quads))
            elif name == "ntriples":
                fh.writelines(f"{s} {p} {o} .\n" for s, p, o in triples)
            else:
                write_jsonld(quads, fh)
        written.append(path)
    return written


def write_nquads_part(path: str | os.PathLike[str], lines: Iterable[str]) -> int:
    """Write sorted N-Quads lines (e.g. kg.rdf.article_nquads of a batch) to a part file."""
    lines = sorted(set(lines))
    with atomic_write(path) as fh:
        fh.writelines(lines)
    return len(lines)


def merge_nquads_parts(parts: Sequence[str | os.PathLike[str]], outdir: str | os.PathLike[str],
                       formats: Iterable[str] = ()) -> list[Path]:
    """Merge sorted part files into the final outputs (duplicates removed)."""
    handles = [open(p, encoding="utf-8") for p in parts]
    try:
        merged: list[str] = []
        for line in heapq.merge(*handles):
            if not merged or merged[-1] != line:
                merged.append(line)
    finally:
        for h in handles:
            h.close()
    quads = parse_nquads(merged, path=",".join(str(p) for p in parts))
    return write_formats(quads, Path(outdir), formats)
