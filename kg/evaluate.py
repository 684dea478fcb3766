"""Scoring of predicted entities and relations against hand-made gold data.

Gold files are JSONL, one article per line (format: data/gold/README.md).
Predictions come either from a ``kg build`` output directory (its
``docs.jsonl`` holds one :class:`kg.types.DocResult` per article) or from a
pipeline run on each gold article's text.

* Entities match exactly: same original-text offsets and label.
* Relations match on keys that do not depend on which mention of an entity
  the relation was attached to (so the same fact stated twice counts once):

  ========================  ====================================================
  ``holds``                 (person, post, body, region code)
  ``holds_pair``            (person, post) — diagnostic, body/region ignored
  campaign relations        (campaign key, target) — target is a region code,
                            an organisation name or a person name
  meeting relations         (meeting, role, person)
  ``meeting_date``          (meeting, ISO date)
  ``author``/``editor``     (person)
  ========================  ====================================================

  Texts are compared after traditional→simplified conversion; a campaign key is
  its name (the ``name`` attribute, which the resolution merges mentions by, else
  its text) without quotes and without a generic suffix (``“双实活动”`` and
  ``双实活动`` both give ``双实``; ``建设某某自由贸易港`` named ``某某自由贸易港建设``
  is that programme).
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import Errors, KGError, Warnings
from .normalize import t2s
from .types import LABELS, Article, DocResult, HasAttrs

log = logging.getLogger("kg")

#: relation types the gold sets annotate exhaustively, hence scored
SCORED_RELATIONS = (
    "holds", "launched_by", "campaign_region", "promoted_by", "period",
    "meeting_date", "chaired_by", "speaker", "attendee", "author", "editor",
)
#: relation types allowed in gold files (the rest are recorded, not scored)
GOLD_RELATIONS = SCORED_RELATIONS + (
    "post_body", "org_region", "sub_org", "definition", "alias", "has_part", "meeting_location",
)
#: rows that pool several relation types (the targets of issue 4)
GROUPS = {
    "campaign_region+launched_by": ("campaign_region", "launched_by"),
    "chaired_by+speaker": ("chaired_by", "speaker"),
}
_CAMPAIGN_SUFFIXES = sorted(
    ["三年行动计划", "行动计划", "工作制度", "总体思路", "专项整治", "专场活动", "活动", "行动", "工程",
     "制度", "战略", "目标", "思路", "机制", "体系", "计划", "布局", "产业", "三年"],
    key=len, reverse=True,
)
_QUOTES = re.compile(r"[“”‘’\"'「」『』《》\s]")


# --------------------------------------------------------------------------
# records
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Span(HasAttrs):
    """One entity of a gold or predicted article (original-text offsets)."""

    start: int
    end: int
    label: str
    text: str
    attrs: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class Link(HasAttrs):
    """One relation; ``head``/``tail`` index the article's spans (-1: none)."""

    type: str
    head: int
    tail: int = -1
    value: str | None = None
    inferred: bool = False
    attrs: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class EvalDoc:
    """Gold or predicted annotations of one article, in one shape for scoring."""

    id: str
    text: str
    title: str = ""
    date: str | None = None
    source: str | None = None
    spans: tuple[Span, ...] = ()
    links: tuple[Link, ...] = ()


@dataclass
class Score:
    gold: int = 0
    pred: int = 0
    tp: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: set[Any], pred: set[Any]) -> None:
        self.gold += len(gold)
        self.pred += len(pred)
        self.tp += len(gold & pred)

    def to_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "pred": self.pred, "tp": self.tp,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class EvalResult:
    gold_path: str
    articles: int = 0
    matched: int = 0
    entities: dict[str, Score] = field(default_factory=dict)
    relations: dict[str, Score] = field(default_factory=dict)
    boundary_errors: int = 0  # predicted span overlaps a gold span of the same label, not exact
    label_errors: int = 0  # same offsets, other label
    region_code: Score = field(default_factory=Score)  # code of exactly matched REGION spans
    missed: dict[str, list[str]] = field(default_factory=dict)  # examples of false negatives
    spurious: dict[str, list[str]] = field(default_factory=dict)  # examples of false positives
    warnings: list[str] = field(default_factory=list)

    @property
    def entities_micro(self) -> Score:
        s = Score()
        for v in self.entities.values():
            s.gold, s.pred, s.tp = s.gold + v.gold, s.pred + v.pred, s.tp + v.tp
        return s

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold_path,
            "articles": self.articles,
            "matched_articles": self.matched,
            "entities": {k: v.to_dict() for k, v in self.entities.items()},
            "entities_micro": self.entities_micro.to_dict(),
            "relations": {k: v.to_dict() for k, v in self.relations.items()},
            "diagnostics": {
                "boundary_errors": self.boundary_errors,
                "label_errors": self.label_errors,
                "region_code_accuracy": round(self.region_code.precision, 4),
                "region_code_checked": self.region_code.pred,
            },
            "missed": self.missed,
            "spurious": self.spurious,
            "warnings": self.warnings,
        }


# --------------------------------------------------------------------------
# reading gold and predictions
# --------------------------------------------------------------------------


def _bad(path: Path | str, line: int, reason: str) -> KGError:
    return KGError(Errors.E060.format(path=path, line=line, reason=reason))


def parse_gold_record(data: Any, path: Path | str = "<gold>", line: int = 0) -> EvalDoc:
    """Validate one gold record and turn it into an :class:`EvalDoc`.

    Raises :class:`KGError` (E060) when offsets do not match the text, a label
    or relation type is unknown, entities overlap, or a relation end is missing.
    """
    if not isinstance(data, dict):
        raise _bad(path, line, "not a JSON object")
    for key in ("id", "text", "entities", "relations"):
        if key not in data:
            raise _bad(path, line, f"missing '{key}'")
    text = data["text"]
    if not isinstance(text, str) or not text:
        raise _bad(path, line, "'text' must be a non-empty string")
    spans: list[Span] = []
    index: dict[str, int] = {}
    for ent in data["entities"]:
        try:
            eid, start, end, label, etext = ent["id"], ent["start"], ent["end"], ent["label"], ent["text"]
        except (KeyError, TypeError) as e:
            raise _bad(path, line, f"entity {ent!r} lacks {e}") from None
        if label not in LABELS:
            raise _bad(path, line, f"entity {eid}: unknown label '{label}' (use one of {', '.join(LABELS)})")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise _bad(path, line, f"entity {eid}: offsets {start}-{end} outside the text")
        if text[start:end] != etext:
            raise _bad(path, line, f"entity {eid}: text[{start}:{end}] is {text[start:end]!r}, not {etext!r}")
        if eid in index:
            raise _bad(path, line, f"entity id {eid} used twice")
        index[eid] = len(spans)
        spans.append(Span(start, end, label, etext, tuple(sorted((ent.get("attrs") or {}).items()))))
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    for a, b in zip(ordered, ordered[1:]):
        if b.start < a.end:
            raise _bad(path, line, f"entities overlap: {a.text!r}@{a.start} and {b.text!r}@{b.start}")
    links: list[Link] = []
    for rel in data["relations"]:
        rtype = rel.get("type") if isinstance(rel, dict) else None
        if rtype not in GOLD_RELATIONS:
            raise _bad(path, line, f"unknown relation type {rtype!r}")
        head, tail, value = rel.get("head"), rel.get("tail"), rel.get("value")
        if head not in index:
            raise _bad(path, line, f"{rtype}: head {head!r} is not an entity id")
        if tail is not None and tail not in index:
            raise _bad(path, line, f"{rtype}: tail {tail!r} is not an entity id")
        if tail is None and value is None:
            raise _bad(path, line, f"{rtype}: needs a tail entity or a value")
        links.append(Link(rtype, index[head], index[tail] if tail is not None else -1,
                          None if value is None else str(value), bool(rel.get("inferred", False)),
                          tuple(sorted((rel.get("attrs") or {}).items()))))
    return EvalDoc(str(data["id"]), text, data.get("title") or "", data.get("date"), data.get("source"),
                   tuple(spans), tuple(links))


def load_gold(path: str | Path) -> list[EvalDoc]:
    """Read and validate a gold JSONL file."""
    p = Path(path)
    if not p.is_file():
        raise KGError(Errors.E061.format(path=p))
    docs = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as e:
            raise _bad(p, n, f"invalid JSON: {e}") from None
        docs.append(parse_gold_record(data, p, n))
    return docs


def from_doc_result(result: DocResult) -> EvalDoc:
    """A pipeline result (``docs.jsonl`` record) in the scorer's shape."""
    spans = tuple(Span(m.orig_start, m.orig_end, m.label, m.orig_text, m.attrs) for m in result.mentions)
    links = tuple(Link(r.type, r.head, r.tail, r.value, r.inferred, r.attrs) for r in result.relations)
    a = result.article
    return EvalDoc(a.id, a.text, a.title, a.date, a.source, spans, links)


def load_predictions(outdir: str | Path) -> list[EvalDoc]:
    """Read ``OUTDIR/docs.jsonl`` written by ``kg build``."""
    p = Path(outdir)
    f = p / "docs.jsonl" if p.is_dir() else p
    if not f.is_file():
        raise KGError(Errors.E062.format(path=p, missing="docs.jsonl"))
    docs = []
    for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            docs.append(from_doc_result(DocResult.from_dict(json.loads(line))))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as e:
            raise KGError(Errors.E063.format(path=f, line=n, reason=f"{type(e).__name__}: {e}")) from None
    return docs


def pipeline_predictor(nlp: Any) -> Callable[[Article], EvalDoc]:
    """Wrap a loaded kg pipeline: Article → predicted EvalDoc.

    The Doc is made as ``kg build`` makes it (``doc._.meta`` carries the
    article's title, date and source before the components run).
    """
    from .pipeline.docresult import doc_to_result, make_doc

    def predict(article: Article) -> EvalDoc:
        return from_doc_result(doc_to_result(nlp(make_doc(nlp, article)), article))

    return predict


# --------------------------------------------------------------------------
# keys
# --------------------------------------------------------------------------


def _norm(text: str | None) -> str:
    """Names compared as the pipeline reads them: simplified, without spaces, full-width forms folded
    (（区、市） = (区、市))."""
    return t2s(re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or "")))


def campaign_key(text: str) -> str:
    """``“13710”工作制度`` → ``13710``; ``双实活动`` → ``双实``; ``“3820”战略工程`` → ``3820``."""
    s = _QUOTES.sub("", _norm(text))
    stripped = True
    while stripped:  # “3820”战略工程 → 3820战略 → 3820
        stripped = False
        for suf in _CAMPAIGN_SUFFIXES:
            if s.endswith(suf) and len(s) - len(suf) >= 2:
                s, stripped = s[: -len(suf)], True
                break
    return s


def meeting_key(text: str) -> str:
    return _QUOTES.sub("", _norm(text))


def body_key(text: str | None) -> str | None:
    if text is None:
        return None
    s = _norm(str(text))
    return s[2:] if s.startswith("中共") and len(s) > 3 else s


def _target_key(span: Span) -> str:
    if span.label == "REGION":
        code = span.attr("code")
        return f"region:{code}" if code else f"region:{_norm(span.text)}"
    if span.label == "PERSON":
        return f"person:{_norm(span.text)}"
    if span.label == "CAMPAIGN":
        return f"campaign:{campaign_key(str(span.attr('name') or span.text))}"
    return f"{span.label.lower()}:{body_key(span.text)}"


def _region_value(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def relation_keys(doc: EvalDoc) -> dict[str, set[tuple[Any, ...]]]:
    """Order-free keys of a document's scored relations, by type."""
    out: dict[str, set[tuple[Any, ...]]] = defaultdict(set)
    spans = doc.spans
    post_body: dict[int, Link] = {}
    for link in doc.links:
        if link.type == "post_body":
            post_body[link.head] = link

    def span(i: int) -> Span | None:
        return spans[i] if 0 <= i < len(spans) else None

    for link in doc.links:
        head, tail = span(link.head), span(link.tail)
        t = link.type
        if t == "holds":
            if head is None or tail is None:
                continue
            body, region = link.attr("body"), link.attr("region", link.attr("region_code"))
            pb = post_body.get(link.tail)
            if pb is not None:
                body = pb.value if pb.value is not None else body
                region = pb.attr("region_code", pb.attr("region", region))
            person, post = _norm(head.text), _norm(tail.text)
            out["holds"].add((doc.id, person, post, body_key(body), _region_value(region)))
            out["holds_pair"].add((doc.id, person, post))
        elif t in ("launched_by", "promoted_by", "campaign_region", "period"):
            if head is None:
                continue
            target = _target_key(tail) if tail is not None else str(link.value)
            if t == "campaign_region" and tail is not None and tail.label == "REGION":
                target = str(tail.attr("code") or _norm(tail.text))
            out[t].add((doc.id, campaign_key(str(head.attr("name") or head.text)), target))
        elif t in ("chaired_by", "speaker", "attendee"):
            if head is None or tail is None:
                continue
            out[t].add((doc.id, meeting_key(head.text), t, _norm(tail.text)))
        elif t == "meeting_date":
            if head is None:
                continue
            value = link.value if tail is None else (tail.attr("iso") or _norm(tail.text))
            out[t].add((doc.id, meeting_key(head.text), str(value)))
        elif t in ("author", "editor"):
            if head is None:
                continue
            out[t].add((doc.id, _norm(head.text)))
    return out


# --------------------------------------------------------------------------
# scoring
# --------------------------------------------------------------------------


def _examples(bucket: dict[str, list[str]], key: str, items: Iterable[str], limit: int = 25) -> None:
    lst = bucket.setdefault(key, [])
    for it in items:
        if len(lst) >= limit:
            return
        lst.append(it)


def score(gold: Sequence[EvalDoc], pred: Sequence[EvalDoc], gold_path: str = "<gold>") -> EvalResult:
    """Compare predicted with gold documents (matched by id, else by text)."""
    res = EvalResult(gold_path=gold_path, articles=len(gold))
    by_id = {p.id: p for p in pred}
    by_text = {p.text: p for p in pred}
    for lab in LABELS:
        res.entities[lab] = Score()
    for t in ("holds", "holds_pair") + SCORED_RELATIONS[1:]:
        res.relations[t] = Score()
    for g in gold:
        p = by_id.get(g.id) or by_text.get(g.text)
        if p is None:
            msg = Warnings.W060.format(id=g.id, title=g.title)
            log.warning(msg)
            res.warnings.append(msg)
            p = EvalDoc(g.id, g.text)
        else:
            res.matched += 1
            if p.text != g.text:
                msg = f"article {g.id}: predicted text differs from the gold text; offsets may not match"
                log.warning(msg)
                res.warnings.append(msg)
        _score_entities(g, p, res)
        gk, pk = relation_keys(g), relation_keys(EvalDoc(g.id, p.text, spans=p.spans, links=p.links))
        for t, sc in res.relations.items():
            gs, ps = gk.get(t, set()), pk.get(t, set())
            sc.add(gs, ps)
            _examples(res.missed, f"rel:{t}", (str(k[1:]) for k in sorted(gs - ps, key=str)))
            _examples(res.spurious, f"rel:{t}", (str(k[1:]) for k in sorted(ps - gs, key=str)))
    for name, members in GROUPS.items():
        s = Score()
        for m in members:
            r = res.relations[m]
            s.gold, s.pred, s.tp = s.gold + r.gold, s.pred + r.pred, s.tp + r.tp
        res.relations[name] = s
    return res


def _score_entities(g: EvalDoc, p: EvalDoc, res: EvalResult) -> None:
    gold_by: dict[str, set[tuple[int, int]]] = defaultdict(set)
    pred_by: dict[str, set[tuple[int, int]]] = defaultdict(set)
    gold_span = {(s.start, s.end, s.label): s for s in g.spans}
    pred_span = {(s.start, s.end, s.label): s for s in p.spans}
    for s in g.spans:
        gold_by[s.label].add((s.start, s.end))
    for s in p.spans:
        if s.label in LABELS:
            pred_by[s.label].add((s.start, s.end))
    for lab in LABELS:
        gs, ps = gold_by[lab], pred_by[lab]
        res.entities[lab].add(gs, ps)
        _examples(res.missed, lab, (f"{g.id}:{a}-{b} {g.text[a:b]}" for a, b in sorted(gs - ps)))
        _examples(res.spurious, lab, (f"{g.id}:{a}-{b} {p.text[a:b]}" for a, b in sorted(ps - gs)))
        for a, b in ps - gs:
            if any(a < d and c < b for c, d in gs - ps):
                res.boundary_errors += 1
    gold_pos = {(s.start, s.end): s.label for s in g.spans}
    res.label_errors += sum(1 for s in p.spans if gold_pos.get((s.start, s.end), s.label) != s.label)
    for key, gs_ in gold_span.items():
        if gs_.label == "REGION" and gs_.attr("code") and key in pred_span:
            res.region_code.pred += 1
            res.region_code.tp += int(str(pred_span[key].attr("code")) == str(gs_.attr("code")))


def evaluate(
    gold_path: str | Path,
    pred: str | Path | Callable[[Article], EvalDoc] | Any | None = None,
) -> EvalResult:
    """Score predictions against a gold file.

    ``pred`` is a ``kg build`` output directory (or its ``docs.jsonl``), a
    callable ``Article → EvalDoc``, a loaded kg pipeline, or None to load the
    default pipeline with :func:`kg.load_pipeline`.
    """
    gold = load_gold(gold_path)
    if isinstance(pred, (str, Path)):
        preds = load_predictions(pred)
    else:
        if pred is None:
            from .pipeline import load_pipeline

            pred = load_pipeline()
        predict = pred if _is_predictor(pred) else pipeline_predictor(pred)
        preds = []
        for g in gold:
            art = Article(id=g.id, title=g.title, text=g.text, date=g.date, source=g.source)
            out = predict(art)
            preds.append(out if isinstance(out, EvalDoc) else from_doc_result(out))
    return score(gold, preds, str(gold_path))


def _is_predictor(obj: Any) -> bool:
    """A plain function/lambda (not a spaCy Language, which is also callable)."""
    return callable(obj) and not hasattr(obj, "pipe_names")


# --------------------------------------------------------------------------
# report
# --------------------------------------------------------------------------


def format_table(res: EvalResult) -> str:
    rows = [f"gold: {res.gold_path}  articles: {res.articles}  with predictions: {res.matched}", ""]
    head = f"{'':<28}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>8}{'R':>8}{'F1':>8}"

    def line(name: str, s: Score) -> str:
        return f"{name:<28}{s.gold:>6}{s.pred:>6}{s.tp:>6}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}"

    rows += ["entities (exact offsets + label)", head]
    rows += [line(lab, s) for lab, s in res.entities.items() if s.gold or s.pred]
    rows.append(line("all (micro)", res.entities_micro))
    rows += ["", "relations", head]
    rows += [line(t, s) for t, s in res.relations.items() if s.gold or s.pred]
    code = res.region_code
    rows += ["", f"boundary errors: {res.boundary_errors}  label errors: {res.label_errors}  "
             f"region codes right: {code.tp}/{code.pred}"]
    return "\n".join(rows)


def run_eval(gold: Path, pred: Path | None, as_json: bool) -> int:
    """``kg eval GOLD [--pred OUTDIR] [--json]``: print the scores; exit code."""
    import sys

    try:
        res = evaluate(gold, pred)
    except KGError as e:
        sys.stderr.write(f"{e}\n")
        return 1
    sys.stdout.write((json.dumps(res.to_dict(), ensure_ascii=False, indent=2) if as_json else format_table(res)) + "\n")
    return 0


def counts(docs: Iterable[EvalDoc]) -> dict[str, int]:
    """Entity counts by label (used in data/gold/README.md)."""
    c: Counter[str] = Counter()
    for d in docs:
        c.update(s.label for s in d.spans)
    return dict(c)


__all__ = ["EvalDoc", "EvalResult", "Score", "Span", "Link", "evaluate", "load_gold", "load_predictions",
           "parse_gold_record", "relation_keys", "campaign_key", "run_eval", "score", "format_table",
           "from_doc_result", "pipeline_predictor"]
