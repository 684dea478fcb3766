"""``kg_person_ner``: the trained PERSON ``ner`` behind the name gate.

The component holds the statistical recogniser of ``kg/pipeline/ner_model``
(a spaCy ``ner`` on one token per character) and runs it only on the
windows that the name gate (:mod:`kg.pipeline.name_gate`) selects around
likely name positions — each window becomes a short Doc of one token per
character, as the model was trained — and writes the PERSON spans it finds back onto the
article's Doc, as a plain ``ner`` would. On news about one sentence in nine
holds a name the model finds; the model's cost falls with the text it skips.
With ``gate = false`` every sentence is read (the whole text, as one Doc).

Serialisation: ``nlp.to_disk`` writes the recogniser's own spaCy pipeline and
the gate under the component's folder; ``spacy.load`` reads them back.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, minibatch

from ..errors import Errors, KGError
from .extensions import doc_text
from .name_gate import GATE_FILE, NameGate

log = logging.getLogger("kg")

_MODEL_SUBDIR = "model"
#: characters of context read beyond each edge of a gate window (the model's
#: receptive field is +-4 characters)
EDGE_MARGIN = 4


class GatedPersonNER:
    """See the module docstring."""

    def __init__(self, nlp: Language, name: str, model_dir: str | None, gate: bool = True,
                 threshold: float | None = None, batch_size: int = 128) -> None:
        self.name = name
        self.model_dir = Path(model_dir) if model_dir else None
        self.use_gate = gate
        self.threshold = threshold
        self.batch_size = batch_size
        self._inner: Language | None = None
        self._gate: NameGate | None = None

    # -- loading (lazy: spacy.load calls from_disk right after construction) --------
    def _load(self, folder: Path) -> None:
        import spacy

        if not (folder / "config.cfg").exists():
            raise KGError(Errors.E033.format(path=folder))
        self._inner = spacy.load(folder)
        if "ner" not in self._inner.pipe_names:
            raise KGError(Errors.E033.format(path=folder))
        gate_path = folder / GATE_FILE
        self._gate = NameGate.from_disk(gate_path) if gate_path.exists() else None
        if self._gate is not None and self.threshold is not None:
            self._gate.threshold = float(self.threshold)
        if self.use_gate and self._gate is None:
            log.warning("kg_person_ner: no %s in %s; the model reads every sentence", GATE_FILE, folder)

    @property
    def inner(self) -> Language:
        if self._inner is None:
            if self.model_dir is None:
                raise KGError(Errors.E033.format(path="(no model_dir)"))
            self._load(self.model_dir)
        assert self._inner is not None
        return self._inner

    @property
    def gate(self) -> NameGate | None:
        self.inner  # noqa: B018  (loads the gate with the model)
        return self._gate if self.use_gate else None

    # -- processing ----------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size or self.batch_size):
            yield from self._process(list(batch))

    def chunks(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """What the model reads of ``doc``: (start, end, first, last) — it reads
        ``text[start:end]`` and keeps the entities within [first, last), the
        gate's window. The read span adds ``EDGE_MARGIN`` characters of context
        on each side, so no kept entity sits at a cut where the model has lost
        its context (历|史文化, 吉尔吉斯|斯坦)."""
        from .relations import split_sentences

        text = doc_text(doc)
        n = len(text)
        gate = self.gate
        if gate is None:
            return [(0, n, 0, n)] if text else []
        m = EDGE_MARGIN
        return [(max(0, a - m), min(n, b + m), a, b) for a, b in gate.select(text, split_sentences(text))]

    def _process(self, docs: list[Doc]) -> list[Doc]:
        ner = self.inner.get_pipe("ner")
        vocab = self.inner.vocab
        subdocs: list[Doc] = []
        owners: list[tuple[int, int]] = []  # (doc index, character offset of the window)
        for k, doc in enumerate(docs):
            text = doc_text(doc)
            for a, b, first, last in self.chunks(doc):
                window = text[a:b]
                # one token per character, as the model was trained (cheaper than Span.as_doc)
                subdocs.append(Doc(vocab, words=list(window), spaces=[False] * len(window)))
                owners.append((k, a, first, last))
        found: list[list[Span]] = [[] for _ in docs]
        for (k, off, first, last), sub in zip(owners, ner.pipe(subdocs, batch_size=self.batch_size)):
            doc = docs[k]
            for e in sub.ents:
                if off + e.start_char < first or off + e.end_char > last:
                    continue
                span = doc.char_span(off + e.start_char, off + e.end_char, label=e.label_,
                                     alignment_mode="contract")
                if span is not None and len(span):
                    found[k].append(span)
        for doc, spans in zip(docs, found):
            doc.set_ents(filter_spans(spans), default="outside")
        return docs

    # -- serialisation ---------------------------------------------------------------
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self.inner.to_disk(path / _MODEL_SUBDIR)
        if self._gate is not None:
            self._gate.to_disk(path / _MODEL_SUBDIR / GATE_FILE)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "GatedPersonNER":
        self._load(Path(path) / _MODEL_SUBDIR)
        return self

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.inner.get_pipe("ner").labels)


@Language.factory(
    "kg_person_ner",
    default_config={"model_dir": None, "gate": True, "threshold": None, "batch_size": 128},
)
def make_person_ner(nlp: Language, name: str, model_dir: str | None, gate: bool, threshold: float | None,
                    batch_size: int) -> GatedPersonNER:
    return GatedPersonNER(nlp, name, model_dir, gate, threshold, batch_size)
