"""Records passed between the stages of kg.

All records are frozen dataclasses with JSON-friendly fields, so that they can
be cached per article, shipped to worker processes and compared in tests.
Offsets are Python string indices (code points), end-exclusive.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Script = Literal["simplified", "traditional", "mixed", "unknown"]

#: entity labels produced by the pipeline
LABELS = ("PERSON", "POST", "ORG", "REGION", "CAMPAIGN", "MEETING", "DATE")


class HasAttrs:
    """``attrs`` is a sorted tuple of (key, value) pairs, so records stay hashable."""

    __slots__ = ()
    attrs: tuple[tuple[str, Any], ...]

    def attr(self, key: str, default: Any = None) -> Any:
        for k, v in self.attrs:
            if k == key:
                return v
        return default


@dataclass(frozen=True)
class Article:
    """One news article as read from disk (``articles.jsonl`` has these fields).

    ``text`` is the article body in its original script, with site furniture
    removed; every offset in later stages refers to this string.
    """

    id: str
    title: str
    text: str
    date: str | None = None  # ISO YYYY-MM-DD
    source: str | None = None  # publisher / site name
    url: str | None = None  # URL, or the file path for local files
    script: Script = "unknown"
    path: str | None = None  # where it was read from (file, or file:line for JSONL)
    editor: str | None = None  # editor names from 责编/编辑 lines (removed from the body), 、-separated

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        return cls(**{k: data.get(k) for k in cls.__dataclass_fields__ if k in data})


@dataclass(frozen=True, slots=True)  # slots: a corpus holds millions of these
class Mention(HasAttrs):
    """An entity mention.

    ``start``/``end`` index the normalised (simplified) text; ``orig_start``/
    ``orig_end`` the article's original text. ``attrs`` carries label-specific
    facts (e.g. ``role``/``org``/``region`` for a POST, ``code``/``level`` for a
    REGION, ``surname`` for a titled reference) as a sorted tuple of pairs so
    that the record stays hashable.
    """

    label: str
    text: str
    start: int
    end: int
    orig_start: int
    orig_end: int
    orig_text: str
    sent: int = 0
    source: str = "rule"  # "rule" or "model"
    attrs: tuple[tuple[str, Any], ...] = ()


    def to_dict(self) -> dict[str, Any]:
        # written out rather than dataclasses.asdict, which deep-copies every value (a hot path)
        return {"label": self.label, "text": self.text, "start": self.start, "end": self.end,
                "orig_start": self.orig_start, "orig_end": self.orig_end, "orig_text": self.orig_text,
                "sent": self.sent, "source": self.source, "attrs": {k: v for k, v in self.attrs}}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Mention":
        d = dict(data)
        d["attrs"] = tuple(sorted((d.get("attrs") or {}).items()))
        return cls(**d)


@dataclass(frozen=True, slots=True)  # slots: a corpus holds millions of these
class Relation(HasAttrs):
    """A relation between two mentions (by index into the article's mentions)
    or between a mention and a literal value (``tail == -1`` and ``value``).

    ``type`` is one of RELATION_TYPES. ``inferred`` marks links the text does
    not state but the pipeline inferred (e.g. the region of ``市委书记``).
    ``evidence`` is (start, end) of the evidence sentence in the original text.
    """

    type: str
    head: int
    tail: int = -1
    value: str | None = None
    inferred: bool = False
    evidence: tuple[int, int] = (0, 0)
    attrs: tuple[tuple[str, Any], ...] = ()


    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "head": self.head, "tail": self.tail, "value": self.value,
                "inferred": self.inferred, "evidence": list(self.evidence), "attrs": {k: v for k, v in self.attrs}}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Relation":
        d = dict(data)
        d["evidence"] = tuple(d.get("evidence") or (0, 0))
        d["attrs"] = tuple(sorted((d.get("attrs") or {}).items()))
        return cls(**d)


@dataclass(frozen=True, slots=True)  # slots: a corpus holds millions of these
class Sentence:
    start: int  # in the original text
    end: int
    norm_start: int
    norm_end: int


@dataclass(frozen=True)
class DocResult:
    """What the NLP stages found in one article: the unit that is cached."""

    article: Article
    norm_text: str
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    meta: tuple[tuple[str, Any], ...] = ()  # e.g. main region of the article

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "norm_text": self.norm_text,
            "sentences": [{"start": s.start, "end": s.end, "norm_start": s.norm_start, "norm_end": s.norm_end}
                          for s in self.sentences],
            "mentions": [m.to_dict() for m in self.mentions],
            "relations": [r.to_dict() for r in self.relations],
            "meta": {k: v for k, v in self.meta},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DocResult":
        return cls(
            article=Article.from_dict(data["article"]),
            norm_text=data["norm_text"],
            sentences=tuple(Sentence(**s) for s in data.get("sentences", [])),
            mentions=tuple(Mention.from_dict(m) for m in data.get("mentions", [])),
            relations=tuple(Relation.from_dict(r) for r in data.get("relations", [])),
            meta=tuple(sorted((data.get("meta") or {}).items())),
        )


@dataclass
class RunReport:
    """Counts, timings and errors of one ``kg build`` run (→ report.json)."""

    inputs: list[str] = field(default_factory=list)
    articles: int = 0
    failed: int = 0
    cached: int = 0
    up_to_date: bool = False  # nothing changed since the last complete build; outputs kept
    stage_seconds: dict[str, float] = field(default_factory=dict)
    #: peak resident memory of the process (MB) at the end of each stage
    stage_peak_rss_mb: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------
# Resolved, cross-document records: output of kg.resolve, input of kg.rdf
# --------------------------------------------------------------------------

#: entity kinds of the resolved graph (each maps to one ontology class)
KINDS = ("Person", "Post", "Role", "Organization", "Region", "Campaign", "Meeting", "Article")


@dataclass(frozen=True, slots=True)  # slots: a corpus holds millions of these
class Evidence:
    """Where a fact was read: article, sentence and span in the original text."""

    article: str  # Article.id
    sent_start: int
    sent_end: int
    start: int  # span of the key mention (original text offsets)
    end: int
    sentence: str  # the evidence sentence as written (original script)
    inferred: bool = False  # this article implies, but does not state, the fact
    ended: bool = False  # a holding whose end the article reports (免去…职务, 不再担任…)


@dataclass(frozen=True, slots=True)  # slots: a corpus holds millions of these
class Entity(HasAttrs):
    """One real-world entity after resolution.

    ``key`` is a stable, human-readable identity string from which
    ``kg.resolve.mint_iri`` mints the IRI (e.g. ``region/321324``,
    ``person/宿迁市/王昊``, ``post/泗洪县委/书记``).
    """

    kind: str
    key: str
    label: str  # simplified
    alt_labels: tuple[str, ...] = ()
    attrs: tuple[tuple[str, Any], ...] = ()



@dataclass(frozen=True, slots=True)  # slots: a corpus holds millions of these
class Fact:
    """A statement about entities: ``subject predicate object``.

    ``obj`` is another entity's key when ``literal`` is False, else a literal
    value (ISO date for dates). ``inferred`` marks facts the text implies but
    does not state. ``observed`` is the date of the article it was read from.
    """

    predicate: str
    subject: str
    obj: str
    literal: bool = False
    inferred: bool = False
    observed: str | None = None
    evidence: tuple[Evidence, ...] = ()
