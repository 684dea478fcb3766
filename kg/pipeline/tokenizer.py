"""The kg tokenizer: normalises raw article text, then segments it.

``nlp(raw_text)`` runs :func:`kg.normalize.normalize` inside the tokenizer, so
the Doc's text is the normalised (simplified, half-width, pinyin-free) text;
the original text and the offset map are kept on ``doc._.orig_text`` and
``doc._.norm``.

Segmenters (``[nlp.tokenizer] segmenter``):

* ``char`` (default) – one token per non-space character; every entity
  boundary is a token boundary.
* ``jieba`` – jieba with the domain lexicon (regions, posts, campaigns) as
  user words.
* ``pkuseg`` – spacy-pkuseg with the ``default`` model (fetch it once with
  ``python scripts/fetch_pkuseg_model.py``) and the same user dictionary.

Whitespace: a single space after a token is that token's trailing space; any
other whitespace run becomes a whitespace token, and every newline is a token
of its own so that the sentencizer can split on it.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from ..errors import Errors, KGError
from ..normalize import normalize
from .extensions import set_norm

logger = logging.getLogger("kg")

SEGMENTERS = ("char", "jieba", "pkuseg")
_CHAR_PIECES = re.compile(r"\n|[^\S\n]+|\S")
_WS_PIECES = re.compile(r"\n|[^\S\n]+|\S+")


def default_pkuseg_path() -> Path:
    """Where the pkuseg ``default`` model is looked for (``$KG_PKUSEG_MODEL`` overrides)."""
    env = os.environ.get("KG_PKUSEG_MODEL")
    if env:
        return Path(env).expanduser()
    return Path("~/.cache/kg/pkuseg/default").expanduser()


@lru_cache(maxsize=1)
def domain_lexicon() -> tuple[str, ...]:
    """Region names, post titles and campaign names: the segmenters' user words."""
    from .gazetteer import lexicon_names
    from .patterns import lexicon_terms

    words = set(lexicon_names()) | set(lexicon_terms())
    return tuple(sorted(w for w in words if len(w) >= 2))


def _read_user_dict(user_dict: str | None) -> tuple[str, ...]:
    if not user_dict:
        return ()
    if user_dict == "domain":
        return domain_lexicon()
    path = Path(user_dict).expanduser()
    with open(path, encoding="utf-8") as fh:
        return tuple(line.split("\t")[0].strip() for line in fh if line.strip())


def _words_spaces(pieces: Iterable[str]) -> tuple[list[str], list[bool]]:
    """Turn text pieces (concatenating to the text) into spaCy words/spaces."""
    words: list[str] = []
    spaces: list[bool] = []
    for p in pieces:
        if p == " " and words and not spaces[-1] and not words[-1].isspace():
            spaces[-1] = True
        else:
            words.append(p)
            spaces.append(False)
    return words, spaces


def _align(segments: Iterable[str], text: str) -> list[str]:
    """Pieces of ``text`` following ``segments`` (a segmenter's output that may
    drop or merge whitespace); whitespace is split off as its own pieces."""
    out: list[str] = []
    i = 0
    for seg in segments:
        seg = seg.strip()
        if not seg:
            continue
        j = text.find(seg, i)
        if j < 0:  # segmenter changed the text: fall back to characters for the rest
            break
        if j > i:
            out.extend(_WS_PIECES.findall(text, i, j))
        out.extend(_WS_PIECES.findall(seg) if any(c.isspace() for c in seg) else (seg,))
        i = j + len(seg)
    if i < len(text):
        out.extend(_CHAR_PIECES.findall(text, i))
    return out


class KGTokenizer:
    """Normalising tokenizer; see the module docstring."""

    def __init__(self, vocab: Vocab, segmenter: str = "char", user_dict: str | None = "domain",
                 pkuseg_model: str | None = None) -> None:
        if segmenter not in SEGMENTERS:
            raise KGError(Errors.E030.format(name=segmenter, choices=", ".join(SEGMENTERS)))
        self.vocab = vocab
        self.segmenter = segmenter
        self.user_dict = user_dict
        self.pkuseg_model = pkuseg_model
        self._segment: Callable[[str], list[str]] = self._build_segmenter()

    # -- segmentation -------------------------------------------------------
    def _build_segmenter(self) -> Callable[[str], list[str]]:
        if self.segmenter == "char":
            return _CHAR_PIECES.findall
        if self.segmenter == "jieba":
            return self._jieba()
        return self._pkuseg()

    def _jieba(self) -> Callable[[str], list[str]]:
        try:
            import jieba
        except ImportError as exc:
            raise KGError(Errors.E040.format(package="jieba", feature="segmenter = \"jieba\"",
                                             hint="jieba>=0.42")) from exc
        jieba.setLogLevel(logging.WARNING)
        tok = jieba.Tokenizer()
        tok.initialize()
        for w in _read_user_dict(self.user_dict):
            tok.add_word(w, freq=max(tok.FREQ.get(w, 0), 1000))
        return lambda text: _align(tok.cut(text, HMM=True), text)

    def _pkuseg(self) -> Callable[[str], list[str]]:
        path = Path(self.pkuseg_model).expanduser() if self.pkuseg_model else default_pkuseg_path()
        if not ((path / "weights.npz").exists()
                and any((path / f).exists() for f in ("features.msgpack", "features.pkl"))):
            raise KGError(Errors.E031.format(path=path))
        try:
            import spacy_pkuseg
        except ImportError as exc:
            raise KGError(Errors.E040.format(package="spacy-pkuseg", feature="segmenter = \"pkuseg\"",
                                             hint="spacy-pkuseg>=1.0")) from exc
        seg = spacy_pkuseg.pkuseg(str(path), user_dict=None)
        words = _read_user_dict(self.user_dict)
        if words:
            seg.preprocesser = spacy_pkuseg.Preprocesser(list(words))
        return lambda text: _align(seg.cut(text), text)

    # -- call ---------------------------------------------------------------
    def __call__(self, text: str | Doc) -> Doc:
        if isinstance(text, Doc):
            return text
        norm = normalize(text)
        pieces = self._segment(norm.text)
        if " " in norm.text:
            words, spaces = _words_spaces(pieces)
        else:  # no single spaces to fold into the previous token
            words, spaces = pieces, [False] * len(pieces)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        set_norm(doc, norm)
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterable[Doc]:
        for text in texts:
            yield self(text)

    # -- serialization: settings only; models are reloaded from their source --
    def _settings(self) -> dict[str, Any]:
        return {"segmenter": self.segmenter, "user_dict": self.user_dict, "pkuseg_model": self.pkuseg_model}

    def _apply(self, settings: dict[str, Any]) -> KGTokenizer:
        changed = settings != self._settings()
        self.segmenter = settings.get("segmenter", self.segmenter)
        self.user_dict = settings.get("user_dict", self.user_dict)
        self.pkuseg_model = settings.get("pkuseg_model", self.pkuseg_model)
        if changed:
            self._segment = self._build_segmenter()
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return json.dumps(self._settings(), ensure_ascii=False).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> KGTokenizer:
        return self._apply(json.loads(data.decode("utf-8")))

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "kg_tokenizer.json").write_bytes(self.to_bytes())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> KGTokenizer:
        return self.from_bytes((Path(path) / "kg_tokenizer.json").read_bytes())


@registry.tokenizers("kg.ChineseTokenizer.v1")
def create_tokenizer(segmenter: str = "char", user_dict: str | None = "domain",
                     pkuseg_model: str | None = None) -> Callable[[Any], KGTokenizer]:
    """Tokenizer factory: ``segmenter`` is ``char``, ``jieba`` or ``pkuseg``;
    ``user_dict`` is ``"domain"`` (built-in lexicon), a word-list path, or
    None; ``pkuseg_model`` a model directory (default: see default_pkuseg_path)."""

    def make(nlp: Any) -> KGTokenizer:
        return KGTokenizer(nlp.vocab, segmenter=segmenter, user_dict=user_dict, pkuseg_model=pkuseg_model)

    return make
