"""Where the NLP stage spends its time: seconds and chars/s of each pipeline component.

Usage::

    python bench/bench_components.py [--corpus ../shared/datasets/xwlb_news/articles.jsonl] [-n 1000]
                                     [--no-gate]

Runs the tokenizer (``make_doc``), then each component of ``kg.load_pipeline()``
over all documents in turn (``pipe`` where the component has one), then the
conversion to DocResults, and prints one summary line per figure. It also
prints how much of the text the name gate passes to the trained ``ner``.
"""

from __future__ import annotations

import argparse
import json
import logging
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "datasets" / "xwlb_news" / "articles.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("-n", type=int, default=1000, help="articles (from the start of the corpus)")
    ap.add_argument("--no-gate", action="store_true", help="run the ner on every sentence")
    args = ap.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"corpus not found: {args.corpus}")
    logging.disable(logging.WARNING)
    import kg
    from kg.pipeline.docresult import doc_to_result, make_doc
    from kg.types import Article

    arts = []
    with open(args.corpus, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= args.n:
                break
            rec = json.loads(line)
            arts.append(Article(id=str(rec.get("id", i)), title=rec.get("title") or "", text=rec.get("text", ""),
                                date=rec.get("date")))
    chars = sum(len(a.text) for a in arts)
    tag = f"articles={len(arts)} chars={chars} gate={'off' if args.no_gate else 'on'}"
    t0 = time.perf_counter()
    nlp = kg.load_pipeline(name_gate=not args.no_gate)
    nlp("预热。")
    print(f"load_seconds {time.perf_counter() - t0:.2f} {tag}")

    def report(name: str, secs: float) -> None:
        print(f"seconds_{name} {secs:.2f} {tag}")
        print(f"chars_per_s_{name} {chars / max(secs, 1e-9):.0f} {tag}")

    total = 0.0
    t0 = time.perf_counter()
    docs = [make_doc(nlp, a) for a in arts]
    total += (secs := time.perf_counter() - t0)
    report("make_doc", secs)
    for name, proc in nlp.pipeline:
        t0 = time.perf_counter()
        docs = list(proc.pipe(docs, batch_size=64)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        total += (secs := time.perf_counter() - t0)
        report(name, secs)
        if name == "ner" and hasattr(proc, "chunks"):
            read = sum(b - a for d in docs for a, b, _, _ in proc.chunks(d))
            print(f"ner_share_of_text_read {read / max(chars, 1):.3f} {tag}")
    t0 = time.perf_counter()
    for a, d in zip(arts, docs):
        doc_to_result(d, a)
    total += (secs := time.perf_counter() - t0)
    report("doc_to_result", secs)
    report("all", total)


if __name__ == "__main__":
    main()
