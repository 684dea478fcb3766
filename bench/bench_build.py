"""End-to-end throughput, per-stage time and peak memory of `kg build`.

Usage::

    python bench/bench_build.py [--corpus ../shared/datasets/xwlb_news/articles.jsonl]
                                [--sizes 1000,5000,all] [--workers 1] [--rebuild]

For each size it writes the first N articles to a temporary JSONL file, runs
`kg build --workers W --quiet` — the build users run, with its overview page; `--no-views` leaves the page
out as the earlier figures did — in a child process, and prints one summary line per figure. ``peak_rss_mb`` is
the high-water mark of the largest single process (what /usr/bin/time reports); ``peak_tree_rss_mb`` is the peak
of the whole process tree sampled every 0.1 s, which with ``--workers`` > 1 counts the pool's workers too. It also times bare
`jieba.cut` over the same text as the reference floor, and with --rebuild a
no-change rebuild of the largest size.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "datasets" / "xwlb_news" / "articles.jsonl"


def _subset(corpus: Path, n: int | None, dest: Path) -> tuple[int, int]:
    arts = chars = 0
    with open(corpus, encoding="utf-8") as src, open(dest, "w", encoding="utf-8") as out:
        for line in src:
            if n is not None and arts >= n:
                break
            rec = json.loads(line)
            out.write(line if line.endswith("\n") else line + "\n")
            arts += 1
            chars += len(rec.get("text", ""))
    return arts, chars


def _tree_rss_kb(root: int) -> int:
    """Resident memory of ``root`` and all its descendants, in kB (Linux /proc; 0 elsewhere)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else ():
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status", encoding="ascii", errors="replace") as fh:
                fields = dict(line.split(":", 1) for line in fh if ":" in line)
        except OSError:  # the process ended meanwhile
            continue
        pid = int(entry)
        children.setdefault(int(fields.get("PPid", "0").strip() or 0), []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, ()))
    return total


def _run_build(inp: Path, outdir: Path, workers: int, views: bool = True) -> tuple[float, int, int, dict]:
    """One build in a fresh interpreter: (seconds, peak RSS of its largest process in kB — the high-water mark
    /usr/bin/time reports —, peak of the whole process tree (worker processes included) sampled every 0.1 s,
    report)."""
    cmd = [sys.executable, "-m", "kg.cli", "build", str(inp), "-o", str(outdir), "--workers", str(workers),
           "--quiet", *(() if views else ("--no-views",))]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    with tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(["/usr/bin/time", "-f", "%M", *cmd], stdout=subprocess.DEVNULL, stderr=err, text=True)
        tree_kb = 0
        while proc.poll() is None:
            tree_kb = max(tree_kb, _tree_rss_kb(proc.pid))
            time.sleep(0.1)
        secs = time.perf_counter() - t0
        err.seek(0)
        stderr = err.read()
    if proc.returncode not in (0, 1) or not (outdir / "report.json").exists():
        sys.stderr.write(stderr)
        raise SystemExit(f"kg build failed with {proc.returncode} (no {outdir / 'report.json'})")
    rss_kb = int(stderr.strip().splitlines()[-1]) if stderr.strip() else max(before, 0)
    report = json.loads((outdir / "report.json").read_text("utf-8"))
    return secs, rss_kb, max(tree_kb, rss_kb), report


def _jieba_rate(inp: Path) -> float:
    import jieba

    texts = [json.loads(x)["text"] for x in open(inp, encoding="utf-8")]
    jieba.initialize()
    n = sum(map(len, texts))
    t0 = time.perf_counter()
    for t in texts:
        for _ in jieba.cut(t):
            pass
    return n / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--sizes", default="1000,5000,all")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--rebuild", action="store_true", help="also time a no-change rebuild of the largest size")
    ap.add_argument("--keep", type=Path, help="keep outputs under this directory")
    ap.add_argument("--no-views", dest="views", action="store_false",
                    help="build without the overview page (graph.html), as the figures before 2026-12-06 were")
    args = ap.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"corpus not found: {args.corpus}")
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    results = []
    try:
        for size in args.sizes.split(","):
            n = None if size == "all" else int(size)
            inp = tmp / f"subset-{size}.jsonl"
            arts, chars = _subset(args.corpus, n, inp)
            out = (args.keep or tmp) / f"out-{size}"
            shutil.rmtree(out, ignore_errors=True)
            secs, rss_kb, tree_kb, report = _run_build(inp, out, args.workers, args.views)
            jieba_rate = _jieba_rate(inp)
            results.append((size, arts, chars, secs))
            tag = f"size={size} articles={arts} chars={chars} workers={args.workers} views={args.views}"
            print(f"build_seconds {secs:.1f} {tag}")
            print(f"build_chars_per_s {chars / secs:.0f} {tag}")
            print(f"build_articles_per_s {arts / secs:.1f} {tag}")
            print(f"peak_rss_mb {rss_kb / 1024:.0f} {tag}")
            print(f"peak_tree_rss_mb {tree_kb / 1024:.0f} {tag}")
            print(f"jieba_cut_chars_per_s {jieba_rate:.0f} {tag}")
            print(f"ratio_build_to_jieba {chars / secs / jieba_rate:.3f} {tag}")
            for stage, s in sorted(report["stage_seconds"].items()):
                print(f"stage_seconds_{stage} {s:.2f} {tag}")
            for stage, mb in sorted(report.get("stage_peak_rss_mb", {}).items()):
                print(f"stage_peak_rss_mb_{stage} {mb} {tag}")
            print(f"triples {report['counts'].get('triples', 0)} {tag}")
            if args.rebuild and size == args.sizes.split(",")[-1]:
                secs2, _rss2, _tree2, report2 = _run_build(inp, out, args.workers, args.views)
                print(f"rebuild_seconds {secs2:.1f} {tag} cached={report2['cached']}")
                print(f"rebuild_share_of_full {secs2 / secs:.3f} {tag}")
        if len(results) >= 2:
            (s0, a0, _c0, t0), (s1, a1, _c1, t1) = results[-2], results[-1]
            print(f"time_growth {t1 / t0:.2f} from={s0}({a0}) to={s1}({a1}) article_ratio={a1 / a0:.2f}")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
