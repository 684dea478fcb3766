"""Train the name gate (kg/pipeline/name_gate.py) and write ner_model/name_gate.json.

The gate decides which sentences the trained PERSON ``ner`` reads, so it is
trained to predict where a name starts, from two sources:

* gold names of the ner's own training corpora (CLUENER2020, ResumeNER,
  People's Daily, MSRA; the same train/dev splits as scripts/train_ner.py);
* the ner itself on news (distillation): xwlb_news articles (not the ones
  under data/gold, not from 2025 on) are run through the shipped model and
  every plausible name it finds is a positive; every other candidate position
  is a negative.

A logistic model over the gate's features is fitted by mini-batch SGD (numpy).
The threshold is the highest one that keeps ``--recall`` of the names the ner
finds in held-out news (every 5th article), and the script prints recall and
the share of sentences that pass there and on the corpora's dev splits.

Usage::

    python scripts/train_name_gate.py [--data ../shared/datasets] [--news 3000] [--recall 0.995]
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from kg.pipeline.name_gate import CANDIDATE, GATE_FILE, NameGate, features  # noqa: E402

log = logging.getLogger("train_name_gate")
DEFAULT_DATA = REPO.parent / "shared" / "datasets"
DEFAULT_OUT = REPO / "kg" / "pipeline" / "ner_model" / GATE_FILE


def examples(text: str, starts: set[int]) -> list[tuple[list[str], int]]:
    return [(features(text, m.start()), int(m.start() in starts)) for m in CANDIDATE.finditer(text)]


def corpus_examples(samples: list) -> list[tuple[str, set[int]]]:
    from train_ner import normalise_sample

    out = []
    for s in samples:
        s = normalise_sample(s)
        out.append((s.text, {a for a, _ in s.spans}))
    return out


def news_examples(data: Path, n: int) -> tuple[list[tuple[str, set[int]]], list[tuple[str, set[int]]]]:
    """(train, held-out) sentences of xwlb news labelled by the shipped ner."""
    import spacy

    from kg.normalize import normalize
    from kg.pipeline import NER_MODEL_DIR
    from kg.pipeline.components import _plausible_name
    from kg.pipeline.relations import split_sentences
    from train_ner import gold_article_ids

    excluded = gold_article_ids(REPO / "data" / "gold")
    texts = []
    with open(data / "xwlb_news" / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            aid = str(rec.get("id", ""))
            if aid in excluded or str(rec.get("date", "")) >= "2025":
                continue
            texts.append(normalize(rec.get("text", "")).text)
            if len(texts) >= n:
                break
    nlp = spacy.load(NER_MODEL_DIR)
    train, held = [], []
    for k, doc in enumerate(nlp.pipe(texts, batch_size=64)):
        t = texts[k]
        starts = {e.start_char for e in doc.ents if e.label_ == "PERSON" and _plausible_name(e.text)}
        for a, b in split_sentences(t):
            (held if k % 5 == 0 else train).append((t[a:b], {s - a for s in starts if a <= s < b}))
    return train, held


def fit(rows: list[tuple[list[str], int]], epochs: int, lr: float, l2: float, seed: int = 0
        ) -> tuple[dict[str, float], float]:
    counts = Counter(f for fs, _ in rows for f in fs)
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= 2))}
    idx = [np.array([vocab[f] for f in fs if f in vocab], dtype=np.int64) for fs, _ in rows]
    y = np.array([lab for _, lab in rows], dtype=np.float64)
    w = np.zeros(len(vocab))
    b = 0.0
    rng = np.random.default_rng(seed)
    pos_weight = max(1.0, (len(y) - y.sum()) / max(1.0, y.sum()) / 4)  # rarer positives weigh more
    for ep in range(epochs):
        order = rng.permutation(len(rows))
        step = lr / (1 + ep)
        for k in range(0, len(order), 256):
            batch = order[k:k + 256]
            lens = np.array([len(idx[j]) for j in batch])
            flat = np.concatenate([idx[j] for j in batch]) if lens.sum() else np.zeros(0, dtype=np.int64)
            owner = np.repeat(np.arange(len(batch)), lens)
            z = np.full(len(batch), b)
            np.add.at(z, owner, w[flat])
            p = 1 / (1 + np.exp(-np.clip(z, -50, 50)))
            yt = y[batch]
            g = (p - yt) * np.where(yt > 0, pos_weight, 1.0)
            np.add.at(w, flat, -step * g[owner])
            w[flat] *= 1 - step * l2
            b -= step * g.mean()
        log.info("epoch %d done", ep + 1)
    inv = {i: f for f, i in vocab.items()}
    return {inv[i]: round(float(v), 4) for i, v in enumerate(w) if abs(v) >= 1e-3}, round(float(b), 4)


def evaluate(gate: NameGate, sents: list[tuple[str, set[int]]]) -> dict[str, float]:
    """Share of names whose start position passes, and share of characters the model reads."""
    from kg.pipeline.name_gate import CANDIDATE as _C  # noqa: F401

    names = found = chars = read = 0
    for text, starts in sents:
        kept = set(gate.positions(text))
        whole = "·" in text
        names += len(starts)
        found += sum(1 for s in starts if whole or s in kept)
        chars += len(text)
        read += sum(b - a for a, b in gate.select(text, [(0, len(text))]))
    return {"sentences": len(sents), "chars_read": round(read / max(1, chars), 4),
            "names": names, "recall": round(found / max(1, names), 4)}


def pick_threshold(gate: NameGate, held: list[tuple[str, set[int]]], recall: float) -> float:
    """The highest threshold that keeps ``recall`` of the name starts of ``held``."""
    scores = sorted(gate.score(text, s) for text, starts in held if "·" not in text for s in starts
                    if CANDIDATE.match(text, s))
    k = int((1 - recall) * len(scores))
    return max(1e-5, scores[k] - 1e-7) if scores else 0.5


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--news", type=int, default=3000, help="xwlb articles labelled by the ner")
    ap.add_argument("--recall", type=float, default=0.995)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    from train_ner import load_corpora

    t0 = time.time()
    corpora = load_corpora(args.data)
    train_s, dev_s = [], {}
    for name, (tr, dv) in corpora.items():
        train_s += corpus_examples(tr)
        dev_s[name] = corpus_examples(dv)
    news_train, news_held = news_examples(args.data, args.news)
    rows = [ex for text, starts in train_s + news_train for ex in examples(text, starts)]
    log.info("%d candidate positions (%d positive)", len(rows), sum(r[1] for r in rows))
    weights, bias = fit(rows, args.epochs, lr=0.5, l2=1e-6)
    gate = NameGate(weights, bias, 0.5)
    # the gate stands in front of the ner: what matters is keeping the names the ner finds in news
    for r in (0.95, 0.98, 0.99, 0.995, 0.999):
        gate.threshold = pick_threshold(gate, news_held, r)
        log.info("recall %.3f: threshold %.5f, share of news characters read %.3f", r, gate.threshold,
                 evaluate(gate, news_held)["chars_read"])
    gate.threshold = round(pick_threshold(gate, news_held, args.recall), 6)
    report = {"news_heldout": evaluate(gate, news_held)}
    for name, sents in dev_s.items():
        report[f"{name}_dev"] = evaluate(gate, sents)
    gate.info = {"trained_on": "CLUENER2020 train (9/10), ResumeNER train, People's Daily dev (4/5), MSRA val (4/5), "
                               f"{args.news} xwlb_news articles labelled by the shipped ner (4/5)",
                 "target_recall": args.recall, "heldout": report, "features": len(weights)}
    gate.to_disk(args.out)
    for name, r in report.items():
        print(f"{name}: recall {r['recall']:.4f} of {r['names']} names, characters read {r['chars_read']:.3f} "
              f"({r['sentences']} sentences)")
    print(f"threshold {gate.threshold}  features {len(weights)}  written {args.out}  ({time.time() - t0:.0f} s)")


if __name__ == "__main__":
    main()
