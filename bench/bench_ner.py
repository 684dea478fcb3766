#!/usr/bin/env python
"""Throughput of the trained PERSON recogniser alone (tokenizer + ner).

    python bench/bench_ner.py [--articles 2000] [--model kg/pipeline/ner_model]

Runs ``nlp.pipe`` over the last N articles of ../shared/datasets/xwlb_news
(dated 2026, never used for training) and prints one line per figure:
chars/s, articles/s, PERSON mentions found, model size and peak RSS.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO.parent / "shared" / "datasets" / "xwlb_news" / "articles.jsonl"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--model", type=Path, default=REPO / "kg" / "pipeline" / "ner_model")
    p.add_argument("--articles", type=int, default=2000)
    p.add_argument("--input", type=Path, default=ARTICLES)
    p.add_argument("--batch-size", type=int, default=128)
    args = p.parse_args(argv)
    if not (args.model / "meta.json").exists():
        from kg.errors import Errors

        raise SystemExit(Errors.E074.format(path=args.model))
    import spacy

    with args.input.open(encoding="utf8") as fh:
        texts = [json.loads(line)["text"] for line in fh.readlines()[-args.articles:]]
    t0 = time.perf_counter()
    nlp = spacy.load(args.model)
    load_s = time.perf_counter() - t0
    list(nlp.pipe(texts[:10]))  # warm-up
    t0 = time.perf_counter()
    found = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=args.batch_size))
    dt = time.perf_counter() - t0
    chars = sum(len(t) for t in texts)
    size = sum(f.stat().st_size for f in args.model.rglob("*") if f.is_file())
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for name, value in (
        ("ner_load_s", f"{load_s:.2f}"),
        ("ner_articles", len(texts)),
        ("ner_chars", chars),
        ("ner_seconds", f"{dt:.2f}"),
        ("ner_chars_per_s", f"{chars / dt:.0f}"),
        ("ner_articles_per_s", f"{len(texts) / dt:.1f}"),
        ("ner_persons_found", found),
        ("ner_model_mb", f"{size / 1e6:.2f}"),
        ("ner_peak_rss_mb", f"{rss_mb:.0f}"),
    ):
        sys.stdout.write(f"{name}\t{value}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
