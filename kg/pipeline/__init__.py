"""The kg spaCy pipeline: normalising tokenizer, sentencizer, trained ``ner``,
``kg_rules`` and ``kg_relations``, assembled from ``config.cfg``.

    >>> import kg
    >>> nlp = kg.load_pipeline()
    >>> doc = nlp(raw_article_text)          # any script; normalised inside
    >>> [(e.text, e.label_, e._.kg) for e in doc.ents]
    >>> orig_span(doc.ents[0])               # offsets in the original text
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import Errors, KGError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span

logger = logging.getLogger("kg")

PIPELINE_DIR = Path(__file__).resolve().parent
CONFIG_PATH = PIPELINE_DIR / "config.cfg"
NER_MODEL_DIR = PIPELINE_DIR / "ner_model"

__all__ = ["load_pipeline", "orig_span", "pipeline_config", "CONFIG_PATH", "NER_MODEL_DIR"]


def orig_span(span: Span) -> tuple[int, int]:
    """(start, end) of ``span`` in the original text (``doc._.orig_text``)."""
    from .extensions import get_norm

    return get_norm(span.doc).to_orig(span.start_char, span.end_char)


def _relations_available() -> bool:
    try:
        import kg.pipeline.relations  # noqa: F401  registers the kg_relations factory
    except ImportError as exc:
        logger.debug("kg_relations not available: %s", exc)
        return False
    from spacy.language import Language

    return Language.has_factory("kg_relations")


def _ner_listens(ner_dir: Path) -> bool:
    """True if the trained ner shares a tok2vec (its listeners must then be replaced)."""
    from spacy import util

    try:
        cfg = util.load_config(ner_dir / "config.cfg", interpolate=False)
        arch = cfg["components"]["ner"]["model"]["tok2vec"]["@architectures"]
    except (KeyError, OSError, TypeError):
        return False
    return "Listener" in str(arch)


def pipeline_config(segmenter: str | None = None, exclude: Iterable[str] = (),
                    ner_model: str | Path | None = None, model_policy: str | None = None,
                    name_gate: bool | None = None) -> Any:
    """The pipeline's spaCy Config, with ``ner``/``kg_relations`` added when available."""
    from spacy import util

    from . import components, person_model, tokenizer  # noqa: F401  (registers factories, tokenizer, patterns)

    exclude = set(exclude)
    config = util.load_config(CONFIG_PATH, interpolate=False)
    if segmenter is not None:
        config["nlp"]["tokenizer"]["segmenter"] = segmenter
    if model_policy is not None:
        config["components"]["kg_rules"]["model_policy"] = model_policy
    pipeline = list(config["nlp"]["pipeline"])
    ner_dir = Path(ner_model) if ner_model is not None else NER_MODEL_DIR
    if "ner" not in exclude:
        if (ner_dir / "config.cfg").exists():
            config["paths"]["ner_model"] = str(ner_dir)
            ner_cfg: dict[str, Any]
            if _ner_listens(ner_dir):  # a model sharing a tok2vec is sourced whole, ungated
                ner_cfg = {"source": "${paths.ner_model}", "replace_listeners": ["model.tok2vec"]}
            else:  # the trained ner behind the name gate (kg.pipeline.person_model)
                ner_cfg = dict(config["components"].get("ner") or {"factory": "kg_person_ner"})
                ner_cfg["model_dir"] = "${paths.ner_model}"
                if name_gate is not None:
                    ner_cfg["gate"] = bool(name_gate)
            config["components"]["ner"] = ner_cfg
            pipeline.insert(pipeline.index("kg_rules"), "ner")
            if (segmenter or config["nlp"]["tokenizer"]["segmenter"]) != "char":
                logger.warning("The ner model was trained on one token per character; segmenter %r "
                               "gives it words, expect lower PERSON recall.", segmenter)
        else:
            logger.warning(Errors.E033.format(path=ner_dir))
    if "kg_relations" not in exclude and _relations_available():
        config["components"]["kg_relations"] = {"factory": "kg_relations"}
        pipeline.append("kg_relations")
    pipeline = [p for p in pipeline if p not in exclude]
    for name in list(config["components"].keys()):
        if name not in pipeline:
            del config["components"][name]
    config["nlp"]["pipeline"] = pipeline
    return config


def load_pipeline(segmenter: str | None = None, exclude: Iterable[str] = (), *,
                  ner_model: str | Path | None = None, model_policy: str | None = None,
                  name_gate: bool | None = None) -> Language:
    """Build the kg pipeline.

    ``segmenter``: ``char`` (default), ``jieba`` or ``pkuseg``; ``exclude``:
    component names to leave out (e.g. ``["ner"]``); ``ner_model``: a trained
    spaCy pipeline directory with a ``ner`` component (default
    ``kg/pipeline/ner_model``); ``model_policy``: how ``kg_rules`` combines
    with the model's PERSON spans (``fill``, ``rules``, ``model_first``);
    ``name_gate``: False runs the model on every sentence (default: the
    ``[components.ner] gate`` setting of config.cfg, on)."""
    from spacy import util

    config = pipeline_config(segmenter, exclude, ner_model, model_policy, name_gate)
    try:
        return util.load_model_from_config(config, auto_fill=True, validate=True)
    except (OSError, ValueError) as exc:
        raise KGError(Errors.E032.format(path=CONFIG_PATH, reason=exc)) from exc
