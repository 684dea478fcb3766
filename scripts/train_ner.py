#!/usr/bin/env python
"""Train the statistical PERSON recogniser shipped in kg/pipeline/ner_model.

Steps (each one reproducible from a fixed seed)::

    python scripts/train_ner.py                      # convert, train ~30 min, evaluate, ship
    python scripts/train_ner.py --max-minutes 2 --output /tmp/ner_try   # a quick trial
    python scripts/train_ner.py --evaluate-only      # figures of the shipped model

1. convert the public corpora under ``--data`` (default ../shared/datasets) into
   one-token-per-character spaCy DocBins with ``PERSON`` spans, normalised
   exactly as the runtime pipeline normalises text (kg.normalize):

   ============================  ===========  ===========================================
   corpus                        label used   held-out dev split
   ============================  ===========  ===========================================
   cluener2020/train.json        ``name``     every 10th record (index % 10 == 0)
   resume_ner/*.char.bmes        ``NAME``     the official dev.char.bmes
   people_daily/example.dev      ``PER``      every 5th sentence (index % 5 == 0)
   msra/val                      ``PER``      every 5th sentence (index % 5 == 0)
   ============================  ===========  ===========================================

   Optional extra training data (never taken from the dev splits):

   * ``--silver N``: up to N sentences of xwlb_news articles dated before
     ``--silver-before`` (default 2025-01-01, so articles of 2025-2026 stay
     unseen for evaluation; ids listed in data/gold/*.jsonl are excluded too),
     where names were found by high-precision patterns (a title right before a
     name that is followed by a speech/action verb or punctuation, or
     ``<name>同志``). Only the found names are labelled; every other token is
     *missing* (unknown) rather than "not a name", so the silver data teaches
     positives without teaching false negatives.
   * ``--synthetic N``: N training sentences framed the way local news writes
     names without titles (bylines ``(记者 X)``, ``(X Y)``, ``责编:X、Y``,
     lists ``X、Y、Z等参加``, ``X强调,`` + a real training sentence), with
     names drawn from the *training* split.

2. train the ``ner`` component from kg/pipeline/ner.cfg with spaCy's training
   loop (``spacy.training.loop.train_while_improving``), evaluating every
   ``eval_frequency`` steps on the pooled dev splits and keeping the best
   checkpoint, until ``--max-steps`` or ``--max-minutes``;
3. report PERSON P/R/F1 on each dev split, the speed of tokenizer+ner on 2000
   xwlb articles (dated 2026, never used for training) and the size on disk;
4. copy the best pipeline (config, meta, tokenizer, vocab, ner) to
   ``--output`` (default kg/pipeline/ner_model).

Converted DocBins go to ``--work-dir`` (default ~/.cache/kg/ner), never into
the repository: the corpora are research-use only and must not be shipped.
"""

from __future__ import annotations

import argparse
import bisect
import json
import logging
import os
import random
import re
import shutil
import sys
import tempfile
import time
import warnings
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

logger = logging.getLogger("kg")

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "datasets"
DEFAULT_CONFIG = REPO / "kg" / "pipeline" / "ner.cfg"
DEFAULT_OUTPUT = REPO / "kg" / "pipeline" / "ner_model"
DEFAULT_WORK = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "kg" / "ner"
LABEL = "PERSON"
SPEED_ARTICLES = 2000


@dataclass
class Sample:
    """One training/dev sentence: text plus end-exclusive PERSON spans."""

    text: str
    spans: list[tuple[int, int]]
    source: str
    partial: bool = False  # True: only the spans are known, other tokens are missing
    meta: dict[str, Any] = field(default_factory=dict)
    # LOC/ORG spans (start, end, label), used only with --labels multi
    others: list[tuple[int, int, str]] = field(default_factory=list)


# --------------------------------------------------------------------------- readers


def _fail(code: str, **kwargs: Any) -> None:
    from kg.errors import Errors, KGError

    raise KGError(getattr(Errors, code).format(**kwargs))


def read_cluener(path: Path) -> list[Sample]:
    """CLUENER2020 JSONL: ``label.name.{mention: [[start, end_inclusive], ...]}``."""
    out: list[Sample] = []
    with path.open(encoding="utf8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                text = rec["text"]
                labels = rec.get("label") or {}
                spans = [(int(s), int(e) + 1) for offs in labels.get("name", {}).values() for s, e in offs]
                others = [
                    (int(s), int(e) + 1, _CLUENER_OTHER[key])
                    for key, mentions in labels.items() if key in _CLUENER_OTHER
                    for offs in mentions.values() for s, e in offs
                ]
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                _fail("E071", path=path, line=n, reason=repr(exc))
            out.append(Sample(text, sorted(spans), "cluener", others=sorted(others)))
    return out


_CLUENER_OTHER = {"address": "LOC", "government": "ORG", "organization": "ORG", "company": "ORG"}
_TAGGED_OTHER = {"LOC": "LOC", "ORG": "ORG"}


def _tag_spans(tags: list[str], wanted: str) -> list[tuple[int, int]]:
    """Spans of label ``wanted`` in BIO or BMES tags."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, label = tag.partition("-")
        inside = label == wanted and prefix in ("I", "M", "E")
        if start is not None and not inside:
            spans.append((start, i))
            start = None
        if label == wanted and prefix in ("B", "S"):
            start = i
        if label == wanted and prefix in ("E", "S") and start is not None:
            spans.append((start, i + 1))
            start = None
    return spans


def _tagged_to_sample(chars: list[str], tags: list[str], person: str, source: str) -> Sample:
    """Turn char/tag lists in BIO or BMES into a Sample with the ``person`` spans."""
    others = [(a, b, new) for old, new in _TAGGED_OTHER.items() for a, b in _tag_spans(tags, old)]
    return Sample("".join(chars), _tag_spans(tags, person), source, others=sorted(others))


def read_char_columns(path: Path, person: str, source: str) -> list[Sample]:
    """``char<space>tag`` per line, blank line between sentences (BIO or BMES)."""
    out: list[Sample] = []
    chars: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip():
                if chars:
                    out.append(_tagged_to_sample(chars, tags, person, source))
                chars, tags = [], []
                continue
            parts = line.split()
            if len(parts) != 2:
                _fail("E071", path=path, line=n, reason=f"expected 'char tag', got {line!r}")
            chars.append(parts[0])
            tags.append(parts[1])
    if chars:
        out.append(_tagged_to_sample(chars, tags, person, source))
    return out


def read_msra(folder: Path, person: str = "PER") -> list[Sample]:
    """MSRA: sentences.txt (space-separated chars) aligned with tags.txt."""
    out: list[Sample] = []
    sent_path, tag_path = folder / "sentences.txt", folder / "tags.txt"
    with sent_path.open(encoding="utf8") as fs, tag_path.open(encoding="utf8") as ft:
        for n, (sline, tline) in enumerate(zip(fs, ft), 1):
            chars, tags = sline.split(), tline.split()
            if len(chars) != len(tags):
                _fail("E071", path=sent_path, line=n, reason=f"{len(chars)} chars but {len(tags)} tags")
            if chars:
                out.append(_tagged_to_sample(chars, tags, person, "msra"))
    return out


def load_corpora(data: Path) -> dict[str, tuple[list[Sample], list[Sample]]]:
    """Read every corpus and split it into (train, dev) as the module docstring says."""
    paths = {
        "cluener": data / "cluener2020" / "train.json",
        "resume_train": data / "resume_ner" / "train.char.bmes",
        "resume_dev": data / "resume_ner" / "dev.char.bmes",
        "people_daily": data / "zh_news_ner" / "people_daily" / "example.dev",
        "msra": data / "zh_news_ner" / "msra" / "val",
    }
    for p in paths.values():
        if not p.exists():
            _fail("E070", path=p)
    cluener = read_cluener(paths["cluener"])
    people = read_char_columns(paths["people_daily"], "PER", "people_daily")
    msra = read_msra(paths["msra"])
    corpora = {
        "cluener": _split(cluener, 10),
        "resume": (
            read_char_columns(paths["resume_train"], "NAME", "resume"),
            read_char_columns(paths["resume_dev"], "NAME", "resume"),
        ),
        "people_daily": _split(people, 5),
        "msra": _split(msra, 5),
    }
    for name, (train, dev) in corpora.items():
        if not train or not dev:
            _fail("E072", path=data / name)
    return corpora


def _split(samples: list[Sample], every: int) -> tuple[list[Sample], list[Sample]]:
    train = [s for i, s in enumerate(samples) if i % every]
    dev = [s for i, s in enumerate(samples) if not i % every]
    return train, dev


# --------------------------------------------------------------------------- normalisation


def normalise_sample(sample: Sample) -> Sample:
    """Normalise the text as the runtime does (kg.normalize) and move the spans."""
    from kg.normalize import normalize

    norm = normalize(sample.text)
    if norm.text == sample.text:
        return sample
    starts, ends = list(norm.starts), list(norm.ends)

    def move(s: int, e: int) -> tuple[int, int]:
        return bisect.bisect_left(starts, s), bisect.bisect_right(ends, e)

    spans = [(a, b) for a, b in (move(s, e) for s, e in sample.spans) if a < b]
    others = [(a, b, lab) for (a, b), lab in ((move(s, e), lab) for s, e, lab in sample.others) if a < b]
    return Sample(norm.text, spans, sample.source, sample.partial, sample.meta, others)


# --------------------------------------------------------------------------- extra data

_HAN = "\u4e00-\u9fff"
# titles that, in news, stand right before a person's name
_TITLES = (
    "总书记|国家主席|主席|副主席|总理|副总理|国务委员|委员长|副委员长|秘书长|书记|副书记|常委|"
    "部长|副部长|省长|副省长|市长|副市长|县长|副县长|区长|副区长|州长|旗长|镇长|乡长|主任|副主任|"
    "局长|厅长|院长|检察长|司令员|政委|董事长|总经理|大使|特使|发言人|记者"
)
# what may follow a name in those contexts
_FOLLOW = (
    "在|出席|主持|会见|会谈|强调|指出|表示|说|讲话|致辞|参加|发表|作|对|向|到|赴|前往|率|"
    "视察|考察|调研|陪同|一同|分别|同|与|和|、|，|。|：|；|（"
)
_SILVER_TITLED = re.compile(rf"(?:{_TITLES})([{_HAN}]{{2,3}})(?=(?:{_FOLLOW}))")
_SILVER_COMRADE = re.compile(rf"(?<![{_HAN}])([{_HAN}]{{2,3}})同志")
_NOT_NAME_END = set("等是上的了在和与")
_SILVER_MAX_LEN = 150
_SENT = re.compile(r"[^。！？!?\n]+[。！？!?]?")


def _surnames(train: Iterable[Sample], min_count: int = 5) -> set[str]:
    counts = Counter(s.text[a] for s in train for a, b in s.spans if b - a >= 2)
    return {c for c, n in counts.items() if n >= min_count and "\u4e00" <= c <= "\u9fff"}


_ARTICLE_ID = re.compile(r"xwlb-\d{8}-\d+")


def gold_article_ids(gold_dir: Path) -> set[str]:
    """Ids of xwlb articles used anywhere under data/gold (file names or contents).

    These are evaluation articles and must never become silver training data.
    """
    ids: set[str] = set()
    if not gold_dir.exists():
        return ids
    for path in sorted(gold_dir.rglob("*")):
        ids.update(_ARTICLE_ID.findall(path.name))
        if path.is_file() and path.stat().st_size < 50_000_000:
            ids.update(_ARTICLE_ID.findall(path.read_text(encoding="utf8", errors="replace")))
    return ids


def silver_samples(
    articles: Path, surnames: set[str], limit: int, before: str, exclude: set[str], seed: int
) -> list[Sample]:
    """Pattern-labelled sentences from unlabeled news (see module docstring)."""
    cutoff = before.replace("-", "")
    found: Counter[str] = Counter()
    sentences: list[tuple[str, str]] = []
    sentences_all: list[str] = []
    with articles.open(encoding="utf8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("id") in exclude or str(rec.get("date", "")) >= cutoff:
                continue
            article = str(rec.get("id"))
            for m in _SENT.finditer(rec.get("text", "")):
                sent = m.group().strip()
                sentences_all.append(sent)
                if len(sent) > _SILVER_MAX_LEN:
                    continue
                names = _pattern_names(sent, surnames)
                if names:
                    found.update(names)
                    sentences.append((article, sent))
    # a name must be found twice by the patterns, and at least a tenth of its
    # occurrences must be pattern sites: common words (大会, 关于, 多次) that
    # slip through the patterns occur far more often elsewhere
    text_all = "\n".join(sentences_all)
    accepted = {n for n, c in found.items() if c >= 2 and c >= 0.1 * text_all.count(n)}
    rng = random.Random(seed)
    rng.shuffle(sentences)
    out: list[Sample] = []
    seen: set[str] = set()
    for article, sent in sentences:
        if len(out) >= limit:
            break
        if sent in seen:
            continue
        seen.add(sent)
        spans = _string_matches(sent, accepted)
        if spans:
            out.append(Sample(sent, spans, "silver", partial=True, meta={"article": article}))
    logger.info("silver: %d sentences, %d distinct names", len(out), len(accepted))
    return out


def _pattern_names(sent: str, surnames: set[str]) -> list[str]:
    names: list[str] = []
    for rx in (_SILVER_TITLED, _SILVER_COMRADE):
        for m in rx.finditer(sent):
            name = m.group(1)
            if name[0] not in surnames or name[-1] in _NOT_NAME_END:
                continue
            if rx is _SILVER_TITLED and len(name) == 3:
                # both the 2- and the 3-character reading fit: ambiguous, skip
                if re.match(rf"(?:{_FOLLOW})", sent[m.start(1) + 2 :]):
                    continue
            names.append(name)
    return names


def _string_matches(sent: str, names: set[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    taken = [False] * len(sent)
    for name in sorted(names, key=len, reverse=True):
        start = sent.find(name)
        while start >= 0:
            end = start + len(name)
            if not any(taken[start:end]):
                spans.append((start, end))
                for i in range(start, end):
                    taken[i] = True
            start = sent.find(name, end)
    return sorted(spans)


_BYLINES = (
    "（记者 {a}）", "(记者 {a} {b})", "（{a} {b}）", "({a} {b} {c})", "记者 {a} 通讯员 {b}",
    "责编：{a}、{b}", "责编:{a}", "编辑：{a}", "责任编辑：{a}", "审核：{a}", "作者：{a}",
    "文/{a}", "图/{a}", "摄影：{a}", "供稿：{a}", "通讯员 {a} {b}", "记者{a}报道",
)
_LISTS = (
    "{lead}{a}、{b}、{c}等参加{event}。", "{lead}{a}、{b}参加{event}。", "{lead}{a}出席{event}。",
    "{a}、{b}、{c}、{d}等{lead}参加{event}。", "{a}主持{event}，{b}、{c}出席。",
)
_LEADS = ("区领导", "县领导", "市领导", "镇领导", "省领导", "州领导", "旗领导", "出席会议的还有", "参加活动的有", "")
_EVENTS = ("会议", "活动", "调研", "座谈会", "推进会", "仪式", "专题学习", "现场观摩")
_VERBS = ("强调", "指出", "表示", "要求", "说", "认为", "介绍", "提出")


def synthetic_samples(train: list[Sample], n: int, seed: int) -> list[Sample]:
    """Templates of title-less names around real training sentences (see docstring)."""
    rng = random.Random(seed)
    names = sorted({
        s.text[a:b] for s in train for a, b in s.spans
        if 2 <= b - a <= 4 and re.fullmatch(rf"[{_HAN}]+", s.text[a:b])
    })
    if not names:
        return []
    hosts = [s for s in train if 8 <= len(s.text) <= 120]
    out: list[Sample] = []
    for _ in range(n):
        picked = rng.sample(names, 4)
        kind = rng.random()
        host = rng.choice(hosts)
        if kind < 0.35:
            frame = rng.choice(_BYLINES)
            text, spans = _fill(frame, picked, lead="", event="")
            others: list[tuple[int, int, str]] = []
            if rng.random() < 0.5:  # byline after a real sentence
                spans = [(a + len(host.text), b + len(host.text)) for a, b in spans] + list(host.spans)
                others = list(host.others)
                text = host.text + text
        elif kind < 0.7:
            frame = rng.choice(_LISTS)
            text, spans = _fill(frame, picked, lead=rng.choice(_LEADS), event=rng.choice(_EVENTS))
            others = []
        else:
            head = f"{picked[0]}{rng.choice(_VERBS)}，"
            text = head + host.text
            spans = [(0, len(picked[0]))] + [(a + len(head), b + len(head)) for a, b in host.spans]
            others = [(a + len(head), b + len(head), lab) for a, b, lab in host.others]
        out.append(Sample(text, sorted(spans), "synthetic", others=others))
    return out


def _fill(frame: str, names: list[str], lead: str, event: str) -> tuple[str, list[tuple[int, int]]]:
    values = {"a": names[0], "b": names[1], "c": names[2], "d": names[3], "lead": lead, "event": event}
    text = ""
    spans: list[tuple[int, int]] = []
    for literal, key, _, _ in __import__("string").Formatter().parse(frame):
        text += literal
        if key:
            if key in "abcd":
                spans.append((len(text), len(text) + len(values[key])))
            text += values[key]
    return text, spans


# --------------------------------------------------------------------------- DocBins


def make_blank() -> "Language":
    """A blank zh pipeline with one token per character (the training tokenizer)."""
    import spacy

    with without_kg_entry_points():
        return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})


@contextmanager
def without_kg_entry_points() -> Iterator[None]:
    """Hide kg's own spaCy entry points while a Language is built.

    Training and evaluating the standalone ``ner`` need none of kg's runtime
    factories/tokenizers, but spaCy imports every ``spacy_factories`` entry
    point when it builds a Language; kg's runtime components live in the same
    package and may be mid-edit while a model trains. The entry points are
    restored on exit.
    """
    import catalogue

    with warnings.catch_warnings():  # importlib's SelectableGroups dict interface
        warnings.simplefilter("ignore", DeprecationWarning)
        saved = {group: list(points) for group, points in catalogue.AVAILABLE_ENTRY_POINTS.items()}
    try:
        for group, points in saved.items():
            catalogue.AVAILABLE_ENTRY_POINTS[group] = [p for p in points if not p.value.startswith("kg.")]
        yield
    finally:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            catalogue.AVAILABLE_ENTRY_POINTS.update(saved)


def to_doc(nlp: "Language", sample: Sample, multi: bool = False) -> "Doc":
    """A Doc with the sample's PERSON spans (and LOC/ORG ones when ``multi``)."""
    doc = nlp.make_doc(sample.text)
    ents = []
    last_end = -1
    labelled = [(s, e, LABEL) for s, e in sample.spans] + (sample.others if multi else [])
    for s, e, label in sorted(labelled):
        span = doc.char_span(s, e, label=label, alignment_mode="contract")
        if span is None or len(span) == 0 or span.start < last_end:
            continue
        ents.append(span)
        last_end = span.end
    doc.set_ents(ents, default="missing" if sample.partial else "outside")
    return doc


def write_docbin(nlp: "Language", samples: Iterable[Sample], path: Path, multi: bool = False) -> int:
    from spacy.tokens import DocBin

    db = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], store_user_data=False)
    n = 0
    for sample in samples:
        db.add(to_doc(nlp, sample, multi))
        n += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return n


def prepare(args: argparse.Namespace) -> dict[str, Any]:
    """Convert all corpora to DocBins in the work dir; return a summary."""
    nlp = make_blank()
    multi = args.labels == "multi"
    corpora = load_corpora(args.data)
    train: list[Sample] = []
    summary: dict[str, Any] = {"train": {}, "dev": {}}
    dev_all: list[Sample] = []
    for name, (tr, dev) in corpora.items():
        tr = [normalise_sample(s) for s in tr]
        dev = [normalise_sample(s) for s in dev]
        train.extend(tr)
        dev_all.extend(dev)
        n = write_docbin(nlp, dev, args.work_dir / f"dev_{name}.spacy", multi)
        summary["train"][name] = {"sentences": len(tr), "names": sum(len(s.spans) for s in tr)}
        summary["dev"][name] = {"sentences": n, "names": sum(len(s.spans) for s in dev)}
    extra: list[Sample] = []
    if args.synthetic:
        syn = synthetic_samples(train, args.synthetic, args.seed)
        extra.extend(syn)
        summary["train"]["synthetic"] = {"sentences": len(syn), "names": sum(len(s.spans) for s in syn)}
    if args.silver:
        xwlb = args.data / "xwlb_news" / "articles.jsonl"
        if not xwlb.exists():
            _fail("E070", path=xwlb)
        exclude = gold_article_ids(REPO / "data" / "gold")
        logger.info("silver: excluding %d gold articles", len(exclude))
        sil = silver_samples(xwlb, _surnames(train), args.silver, args.silver_before, exclude, args.seed)
        extra.extend(sil)
        summary["train"]["silver"] = {"sentences": len(sil), "names": sum(len(s.spans) for s in sil)}
        summary["silver_excluded_gold_articles"] = sorted(exclude)
        articles_used = sorted({s.meta["article"] for s in sil})
        (args.work_dir / "silver_articles.txt").write_text("\n".join(articles_used) + "\n")
    all_train = train + extra
    random.Random(args.seed).shuffle(all_train)
    write_docbin(nlp, all_train, args.work_dir / "train.spacy", multi)
    write_docbin(nlp, dev_all, args.work_dir / "dev.spacy", multi)
    (args.work_dir / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1))
    logger.info("data: %s", json.dumps(summary, ensure_ascii=False))
    return summary


# --------------------------------------------------------------------------- training


def train(args: argparse.Namespace) -> Path:
    """Train from the config; return the directory of the best checkpoint."""
    from spacy import util
    from spacy.schemas import ConfigSchemaTraining
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import create_evaluation_callback, create_train_batches, train_while_improving
    from thinc.api import fix_random_seed

    overrides = {
        "paths.train": str(args.work_dir / "train.spacy"),
        "paths.dev": str(args.work_dir / "dev.spacy"),
        "system.seed": args.seed,
        "training.max_steps": args.max_steps,
    }
    config = util.load_config(args.config, overrides=overrides, interpolate=False)
    fix_random_seed(args.seed)
    with without_kg_entry_points():
        nlp = init_nlp(config)
    if args.resume is not None:  # continue from an earlier checkpoint's weights
        nlp.get_pipe("ner").from_disk(args.resume / "ner")
        logger.info("resumed the ner weights from %s", args.resume)
    cfg = nlp.config.interpolate()
    T = util.registry.resolve(cfg["training"], schema=ConfigSchemaTraining)
    train_corpus, dev_corpus = util.resolve_dot_names(cfg, [T["train_corpus"], T["dev_corpus"]])
    optimizer = T["optimizer"]
    steps = train_while_improving(
        nlp,
        optimizer,
        create_train_batches(nlp, train_corpus, T["batcher"], T["max_epochs"]),
        create_evaluation_callback(nlp, dev_corpus, T["score_weights"]),
        dropout=T["dropout"],
        accumulate_gradient=T["accumulate_gradient"],
        patience=T["patience"],
        max_steps=T["max_steps"],
        eval_frequency=T["eval_frequency"],
        exclude=[],
        annotating_components=[],
        before_update=None,
    )
    best_dir = args.work_dir / "model-best"
    deadline = time.monotonic() + args.max_minutes * 60 if args.max_minutes else None
    best: float | None = None
    for _batch, info, is_best in steps:
        if is_best is not None:
            losses = info["losses"].get("ner", 0.0)
            logger.info(
                "step %d epoch %d %ds: loss %.1f dev F1 %.4f%s",
                info["step"], info["epoch"], info["seconds"], losses, info["score"], " *" if is_best else "",
            )
            if is_best:
                best = info["score"]
                _save_best(nlp, optimizer, best_dir, info)
        if deadline is not None and time.monotonic() > deadline:
            logger.info("time limit of %.1f minutes reached at step %d", args.max_minutes, info["step"])
            break
    if best is None:
        _fail("E073", eval_frequency=T["eval_frequency"])
    return best_dir


def _save_best(nlp: "Language", optimizer: Any, path: Path, info: dict[str, Any]) -> None:
    with nlp.use_params(optimizer.averages):
        nlp.meta["performance"] = {"dev_ents_f": info["score"]}
        nlp.meta["kg_training"] = {"step": info["step"], "epoch": info["epoch"], "seconds": info["seconds"]}
        tmp = path.with_name(path.name + ".tmp")
        if tmp.exists():
            shutil.rmtree(tmp)
        nlp.to_disk(tmp)
        if path.exists():
            shutil.rmtree(path)
        tmp.rename(path)


# --------------------------------------------------------------------------- evaluation


def evaluate(model: Path, work_dir: Path) -> dict[str, dict[str, float]]:
    """PERSON precision/recall/F1 on each dev split."""
    import spacy
    from spacy.training import Corpus

    with without_kg_entry_points():
        nlp = spacy.load(model)
    results: dict[str, dict[str, float]] = {}
    for path in sorted(work_dir.glob("dev_*.spacy")):
        examples = list(Corpus(str(path))(nlp))
        scores = nlp.evaluate(examples)
        per = (scores.get("ents_per_type") or {}).get(LABEL, {"p": 0.0, "r": 0.0, "f": 0.0})
        name = path.stem.removeprefix("dev_")
        results[name] = {k: round(float(per[k]), 4) for k in ("p", "r", "f")}
        results[name]["names"] = sum(1 for eg in examples for e in eg.reference.ents)
    return results


def speed(model: Path, articles: Path, n: int = SPEED_ARTICLES) -> dict[str, float]:
    """chars/s of tokenizer+ner (nlp.pipe) on the last ``n`` xwlb articles."""
    import spacy

    with without_kg_entry_points():
        nlp = spacy.load(model)
    with articles.open(encoding="utf8") as fh:
        lines = fh.readlines()[-n:]
    texts = [json.loads(line)["text"] for line in lines]
    list(nlp.pipe(texts[:20]))  # warm-up
    t0 = time.perf_counter()
    n_ents = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=32))
    dt = time.perf_counter() - t0
    chars = sum(len(t) for t in texts)
    return {"articles": len(texts), "chars": chars, "seconds": round(dt, 2),
            "chars_per_s": round(chars / dt), "persons_found": n_ents}


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def ship(best_dir: Path, output: Path, figures: dict[str, Any]) -> None:
    """Copy the loadable parts of the best checkpoint to ``output`` (atomically)."""
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".ner_model.", dir=output.parent))
    try:
        for part in ("config.cfg", "tokenizer", "vocab", "ner"):
            src = best_dir / part
            if src.is_dir():
                shutil.copytree(src, tmp / part)
            elif src.exists():
                shutil.copy2(src, tmp / part)
        meta = json.loads((best_dir / "meta.json").read_text(encoding="utf8"))
        meta.update({
            "name": "kg_ner_person",
            "version": "1.0.0",
            "description": "PERSON recogniser for Chinese news, one token per character (see README.md).",
            "license": "research use only (trained on CLUENER2020, ResumeNER, People's Daily, MSRA)",
            "performance": {**meta.get("performance", {}), **figures.get("dev", {})},
            "kg_figures": figures,
        })
        (tmp / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf8")
        readme = output / "README.md"
        if readme.exists():  # the model card is kept across retraining
            shutil.copy2(readme, tmp / "README.md")
        old = output.with_name(output.name + ".old")
        if output.exists():
            if old.exists():
                shutil.rmtree(old)
            output.rename(old)
        tmp.rename(output)
        if old.exists():
            shutil.rmtree(old)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)


# --------------------------------------------------------------------------- CLI


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of the shared datasets")
    p.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    p.add_argument("--work-dir", type=Path, default=DEFAULT_WORK, help="DocBins and checkpoints (outside the repo)")
    p.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="where the trained pipeline is shipped")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--max-steps", type=int, default=0, help="stop after this many updates (0: no limit)")
    p.add_argument("--max-minutes", type=float, default=30.0, help="stop training after this many minutes")
    p.add_argument("--threads", type=int, default=1, help="BLAS/OpenMP threads (the shipped model: 1)")
    p.add_argument("--synthetic", type=int, default=2000, help="number of template sentences (0: none)")
    p.add_argument("--silver", type=int, default=0, help="max. pattern-labelled xwlb sentences (0: none)")
    p.add_argument("--silver-before", default="2025-01-01", help="use only xwlb articles dated before this")
    p.add_argument("--labels", choices=("person", "multi"), default="person",
                   help="train PERSON only, or PERSON with LOC and ORG as contrast classes")
    p.add_argument("--resume", type=Path, default=None,
                   help="start from the weights of this trained pipeline (same config)")
    p.add_argument("--skip-convert", action="store_true", help="reuse the DocBins in --work-dir")
    p.add_argument("--evaluate-only", action="store_true", help="evaluate --output, do not train")
    p.add_argument("--no-speed", action="store_true", help="skip the xwlb speed measurement")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
        os.environ[var] = str(args.threads)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    args.work_dir = args.work_dir.resolve()
    if REPO in args.work_dir.parents or args.work_dir == REPO:
        raise SystemExit("--work-dir must be outside the repository (the corpora are not redistributable)")
    if not args.skip_convert or not (args.work_dir / "train.spacy").exists():
        prepare(args)
    model = args.output
    if not args.evaluate_only:
        model = train(args)
    figures: dict[str, Any] = {"dev": evaluate(model, args.work_dir)}
    if not args.no_speed:
        figures["speed"] = speed(model, args.data / "xwlb_news" / "articles.jsonl")
    if not args.evaluate_only:
        figures["data"] = json.loads((args.work_dir / "summary.json").read_text())
        figures["command"] = " ".join(["python", "scripts/train_ner.py", *(argv if argv is not None else sys.argv[1:])])
        ship(model, args.output, figures)
    figures["size_bytes"] = dir_size(args.output if not args.evaluate_only else model)
    print(json.dumps(figures, ensure_ascii=False, indent=1))  # the script's result
    return 0


if __name__ == "__main__":
    sys.exit(main())
