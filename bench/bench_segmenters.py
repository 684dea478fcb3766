"""Benchmark the segmenter choices (and the assembled pipeline) on xwlb news.

Each figure runs in its own process so that peak RSS is that configuration's
own. Prints one summary line per figure::

    segmenter=char     load=0.4s  chars/s=512,000  peak_rss=310MB  docs=2000 chars=2,235,000

Figures:
* ``char`` / ``jieba`` / ``pkuseg``: the kg tokenizer (normalisation + segmentation
  + Doc construction), ``nlp.make_doc`` on raw text; pkuseg only if its model is
  installed (``scripts/fetch_pkuseg_model.py``).
* ``jieba.cut``: bare ``jieba.cut`` over the same (already normalised) texts.
* ``pipeline[...]`` (with ``--pipeline``): ``nlp.pipe`` with the char segmenter:
  ``rules`` = tokenizer + sentencizer + kg_rules; ``no ner`` adds kg_relations;
  ``ner`` is the whole pipeline with the trained ``ner``.

Usage::

    python bench/bench_segmenters.py [-n 2000] [--data PATH] [--pipeline] [--only char,jieba]
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "xwlb_news" / "articles.jsonl"
FIGURES = ("char", "jieba", "pkuseg", "jieba.cut", "pipeline[rules]", "pipeline[no ner]", "pipeline[ner]")


def read_texts(path: Path, n: int) -> list[str]:
    texts: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if len(texts) >= n:
                break
            texts.append(json.loads(line)["text"])
    return texts


def run_one(figure: str, path: Path, n: int) -> dict[str, object]:
    logging.disable(logging.WARNING)
    texts = read_texts(path, n)
    chars = sum(map(len, texts))
    t0 = time.perf_counter()
    if figure == "jieba.cut":
        import jieba

        from kg.normalize import normalize

        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        texts = [normalize(t).text for t in texts]
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        for t in texts:
            for _ in jieba.cut(t):
                pass
    else:
        import kg

        if figure.startswith("pipeline"):
            exclude = {"pipeline[rules]": ["ner", "kg_relations"], "pipeline[no ner]": ["ner"]}.get(figure, [])
            nlp = kg.load_pipeline(exclude=exclude)
            if figure == "pipeline[ner]" and "ner" not in nlp.pipe_names:
                return {"figure": figure, "skipped": "no trained ner model"}
            nlp("预热")
            load = time.perf_counter() - t0
            t1 = time.perf_counter()
            for _ in nlp.pipe(texts):
                pass
        else:
            try:
                nlp = kg.load_pipeline(segmenter=figure, exclude=["ner", "kg_relations"])
            except kg.errors.KGError as exc:  # pkuseg model not installed
                return {"figure": figure, "skipped": str(exc)}
            nlp.make_doc("预热")
            load = time.perf_counter() - t0
            t1 = time.perf_counter()
            for t in texts:
                nlp.make_doc(t)
    dt = time.perf_counter() - t1
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"figure": figure, "load_s": round(load, 2), "chars_per_s": round(chars / dt), "peak_rss_mb": round(rss),
            "docs": len(texts), "chars": chars, "seconds": round(dt, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=2000, help="number of articles (default 2000)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--pipeline", action="store_true", help="also time the whole pipeline (char)")
    ap.add_argument("--only", default="", help="comma-separated figures to run")
    ap.add_argument("--one", default="", help=argparse.SUPPRESS)  # internal: run one figure, print JSON
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.data, args.n), ensure_ascii=False))
        return
    if not args.data.exists():
        raise SystemExit(f"{args.data} not found; pass --data PATH to an articles.jsonl")
    figures = [f for f in FIGURES if args.pipeline or not f.startswith("pipeline")]
    if args.only:
        figures = [f for f in figures if f in args.only.split(",")]
    for fig in figures:
        out = subprocess.run([sys.executable, __file__, "--one", fig, "-n", str(args.n), "--data", str(args.data)],
                             capture_output=True, text=True, check=False)
        if out.returncode != 0:
            print(f"{fig:<18} FAILED: {out.stderr.strip().splitlines()[-1] if out.stderr else out.returncode}")
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        if "skipped" in r:
            print(f"{fig:<18} skipped ({r['skipped']})")
            continue
        print(f"{fig:<18} load={r['load_s']}s  chars/s={r['chars_per_s']:,}  peak_rss={r['peak_rss_mb']}MB  "
              f"docs={r['docs']} chars={r['chars']:,}")


if __name__ == "__main__":
    main()
