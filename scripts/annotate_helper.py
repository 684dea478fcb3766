"""Turn hand-written annotation specs (data/gold/src/*/*.ann) into gold JSONL.

The decisions are made by a person reading every sentence; this script only
does the bookkeeping: it finds each listed surface string in the article's
original text (as produced by ``kg.io.read_articles``), turns it into
code-point offsets, refuses overlaps, numbers the entities ``T1 …`` in text
order and resolves relation ends. See data/gold/README.md for the format.

Usage::

    python scripts/annotate_helper.py build data/gold/src/demo data/gold/demo.jsonl --corpus data/corpus
    python scripts/annotate_helper.py build data/gold/src/xwlb data/gold/xwlb.jsonl \
        --corpus ../shared/datasets/xwlb_news/articles.jsonl
    python scripts/annotate_helper.py show data/gold/src/demo/sihong.ann --corpus data/corpus

``show`` prints the text with every annotation bracketed (``[李爱华|PERSON]``)
so the annotator can re-read it sentence by sentence.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.io import read_articles
from kg.types import LABELS, Article

RELATION_TYPES = (
    "holds", "post_body", "org_region", "sub_org", "launched_by", "campaign_region", "promoted_by",
    "period", "definition", "alias", "has_part", "meeting_date", "meeting_location",
    "chaired_by", "speaker", "attendee", "author", "editor",
)


class SpecError(ValueError):
    pass


@dataclass
class EntitySpec:
    label: str
    surface: str
    selector: str
    attrs: dict[str, Any]
    line: int


@dataclass
class RelationSpec:
    type: str
    head: str
    tail: str | None
    value: str | None
    inferred: bool
    attrs: dict[str, Any]
    line: int


@dataclass
class ArticleSpec:
    key: str  # file name (demo corpus) or article id (JSONL corpora)
    path: Path
    entities: list[EntitySpec] = field(default_factory=list)
    relations: list[RelationSpec] = field(default_factory=list)
    note: str = ""


def _split_json(rest: str, path: Path, n: int) -> tuple[str, dict[str, Any]]:
    i = rest.find("{")
    if i < 0:
        return rest.strip(), {}
    try:
        attrs = json.loads(rest[i:])
    except json.JSONDecodeError as e:
        raise SpecError(f"{path}:{n}: bad JSON attrs ({e})") from e
    return rest[:i].strip(), attrs


def parse_spec(path: Path) -> ArticleSpec:
    spec: ArticleSpec | None = None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@article "):
            spec = ArticleSpec(key=line.split(None, 1)[1].strip(), path=path)
            continue
        if spec is None:
            raise SpecError(f"{path}:{n}: the first statement must be '@article KEY'")
        if line.startswith("@note "):
            spec.note += line[6:].strip() + " "
            continue
        head, attrs = _split_json(line, path, n)
        parts = head.split()
        if parts[0] == "rel":
            if len(parts) < 4:
                raise SpecError(f"{path}:{n}: 'rel TYPE HEAD TAIL|=VALUE [inferred]' expected")
            rtype, h, t = parts[1], parts[2], parts[3]
            if rtype not in RELATION_TYPES:
                raise SpecError(f"{path}:{n}: unknown relation type {rtype}")
            flags = parts[4:]
            if any(f != "inferred" for f in flags):
                raise SpecError(f"{path}:{n}: unknown flag in {flags}")
            value = t[1:] if t.startswith("=") else None
            spec.relations.append(RelationSpec(rtype, h, None if value is not None else t, value,
                                               "inferred" in flags, attrs, n))
            continue
        if parts[0] not in LABELS:
            raise SpecError(f"{path}:{n}: unknown label {parts[0]}")
        if len(parts) != 3:
            raise SpecError(f"{path}:{n}: 'LABEL SURFACE SELECTOR [JSON]' expected, got {parts}")
        spec.entities.append(EntitySpec(parts[0], parts[1], parts[2], attrs, n))
    if spec is None:
        raise SpecError(f"{path}: empty spec")
    return spec


def _occurrences(text: str, s: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(s), text)]


def place(spec: ArticleSpec, text: str) -> list[dict[str, Any]]:
    """Offsets for every entity line; longest surfaces are placed first."""
    taken: list[tuple[int, int, str]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b, _ in taken)

    placed: list[dict[str, Any]] = []
    for es in sorted(spec.entities, key=lambda x: -len(x.surface)):
        where = f"{spec.path}:{es.line}"
        occ = _occurrences(text, es.surface)
        if not occ:
            raise SpecError(f"{where}: '{es.surface}' not in the text")
        sel = es.selector
        starts: list[int]
        if sel == "*":
            starts = [s for s in occ if free(s, s + len(es.surface))]
            if not starts:
                raise SpecError(f"{where}: every occurrence of '{es.surface}' is inside another span")
        elif sel.startswith("~"):
            ctx = sel[1:]
            k = ctx.find(es.surface)
            if k < 0:
                raise SpecError(f"{where}: context '{ctx}' does not contain '{es.surface}'")
            starts = [c + k for c in _occurrences(text, ctx)]
            if not starts:
                raise SpecError(f"{where}: context '{ctx}' not in the text")
        else:
            neg = sel.startswith("!")
            try:
                idx = {int(x) for x in sel.lstrip("!").split(",")}
            except ValueError as e:
                raise SpecError(f"{where}: bad selector '{sel}'") from e
            if max(idx) > len(occ):
                raise SpecError(f"{where}: '{es.surface}' occurs only {len(occ)} times")
            starts = [s for i, s in enumerate(occ, 1) if (i in idx) != neg]
            if neg:
                starts = [s for s in starts if free(s, s + len(es.surface))]
        for s in starts:
            e = s + len(es.surface)
            if not free(s, e):
                raise SpecError(f"{where}: '{es.surface}' at {s} overlaps another span")
            taken.append((s, e, es.label))
            placed.append({"start": s, "end": e, "label": es.label, "text": es.surface,
                           "attrs": dict(es.attrs)})
    placed.sort(key=lambda d: d["start"])
    for i, d in enumerate(placed, 1):
        d["id"] = f"T{i}"
    return [{"id": d["id"], "start": d["start"], "end": d["end"], "label": d["label"],
             "text": d["text"], "attrs": d["attrs"]} for d in placed]


def _ref(ref: str, ents: list[dict[str, Any]], where: str) -> str:
    surface, _, k = ref.partition("#")
    cands = [e for e in ents if e["text"] == surface]
    n = int(k) if k else 1
    if len(cands) < n:
        raise SpecError(f"{where}: no annotated entity '{ref}' ({len(cands)} with that text)")
    return str(cands[n - 1]["id"])


def build_record(spec: ArticleSpec, art: Article) -> dict[str, Any]:
    ents = place(spec, art.text)
    rels = []
    for rs in spec.relations:
        where = f"{spec.path}:{rs.line}"
        head = "article" if rs.head == "article" else _ref(rs.head, ents, where)
        tail = _ref(rs.tail, ents, where) if rs.tail is not None else None
        rels.append({"type": rs.type, "head": head, "tail": tail, "value": rs.value,
                     "inferred": rs.inferred, "attrs": rs.attrs})
    return {"id": art.id, "file": spec.key, "title": art.title, "date": art.date,
            "source": art.source, "text": art.text, "note": spec.note.strip(),
            "entities": ents, "relations": rels}


def load_articles(corpus: str) -> dict[str, Article]:
    out: dict[str, Article] = {}
    for a in read_articles([corpus]):
        if not isinstance(a, Article):
            continue
        out[a.id] = a
        if a.path and not re.search(r"\.jsonl:\d+$", a.path):
            out[Path(a.path).name] = a  # local files are also found by file name
    return out


def show(rec: dict[str, Any]) -> str:
    text = rec["text"]
    out, pos = [], 0
    for e in rec["entities"]:
        out.append(text[pos:e["start"]])
        out.append(f"[{text[e['start']:e['end']]}|{e['label']}]")
        pos = e["end"]
    out.append(text[pos:])
    lines = ["".join(out), "", "relations:"]
    byid = {e["id"]: e["text"] for e in rec["entities"]}
    for r in rec["relations"]:
        tail = byid.get(r["tail"]) if r["tail"] else f"={r['value']}"
        lines.append(f"  {r['type']}: {byid.get(r['head'], r['head'])} -> {tail}"
                     f"{' (inferred)' if r['inferred'] else ''} {json.dumps(r['attrs'], ensure_ascii=False)}")
    counts: dict[str, int] = {}
    for e in rec["entities"]:
        counts[e["label"]] = counts.get(e["label"], 0) + 1
    lines.append(f"entities: {counts}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("src", type=Path)
    b.add_argument("out", type=Path)
    b.add_argument("--corpus", required=True)
    s = sub.add_parser("show")
    s.add_argument("spec", type=Path)
    s.add_argument("--corpus", required=True)
    args = ap.parse_args(argv)
    arts = load_articles(args.corpus)
    if args.cmd == "show":
        spec = parse_spec(args.spec)
        print(show(build_record(spec, arts[spec.key])))
        return 0
    records = []
    for p in sorted(args.src.glob("*.ann")):
        spec = parse_spec(p)
        if spec.key not in arts:
            raise SpecError(f"{p}: article '{spec.key}' not found in {args.corpus}")
        records.append(build_record(spec, arts[spec.key]))
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    n_e = sum(len(r["entities"]) for r in records)
    n_r = sum(len(r["relations"]) for r in records)
    print(f"{args.out}: {len(records)} articles, {n_e} entities, {n_r} relations", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
