"""Orchestration of ``kg build``: read → NLP (cached, parallel) → resolve →
RDF → store → views, writing every output atomically into OUTDIR.

Each stage lives in its own module; this one only wires them, times them and
collects errors into the run report.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import logging
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

from . import __version__
from .errors import Errors, InputError, KGError
from .io import atomic_write, read_articles, write_jsonl
from .types import Article, DocResult, RunReport

log = logging.getLogger("kg")

#: articles per nlp.pipe batch and per worker task
BATCH_SIZE = 64


class _Timer:
    def __init__(self, report: RunReport) -> None:
        self.report = report

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.report.stage_seconds[name] = round(
                self.report.stage_seconds.get(name, 0.0) + time.perf_counter() - t0, 3
            )
            self.report.stage_peak_rss_mb[name] = peak_rss_mb()


def peak_rss_mb() -> int:
    """High-water mark of this process's resident memory, in MB (0 where unknown)."""
    try:
        import resource
    except ImportError:  # not on POSIX
        return 0
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(kb / 1024) if os.uname().sysname != "Darwin" else int(kb / 1024 / 1024)


def release_memory() -> None:
    """Collect garbage and hand the freed heap back to the system (glibc's ``malloc_trim``), so a later stage
    starts from what the earlier ones still hold, not from their high-water mark. A no-op where unavailable."""
    import gc

    gc.collect()
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (macOS, musl, Windows)
        pass


def _error_record(err: InputError) -> dict[str, Any]:
    rec: dict[str, Any] = {"path": err.path, "message": str(err)}
    if err.line is not None:
        rec["line"] = err.line
    return rec


def collect_articles(inputs: Sequence[str | os.PathLike[str]], report: RunReport) -> list[Article]:
    """Read every input; errors are logged and recorded, never raised."""
    articles: dict[str, Article] = {}
    for item in read_articles(inputs):
        if isinstance(item, InputError):
            log.error("%s", item)
            report.errors.append(_error_record(item))
            report.failed += 1
            continue
        if item.id in articles:
            log.warning("%s: same content as %s; read once", item.path, articles[item.id].path)
            report.warnings.append({"path": item.path, "message": f"duplicate of {articles[item.id].path}"})
            continue
        articles[item.id] = item
    return [articles[k] for k in sorted(articles)]


# --------------------------------------------------------------------------
# NLP stage: cached per article, in batches, on one or more processes
# --------------------------------------------------------------------------


def pipeline_fingerprint() -> str:
    """Hash of everything that changes NLP output: code, config, data, model."""
    root = Path(__file__).parent
    h = hashlib.sha256(__version__.encode())
    files = [root / "normalize.py", root / "types.py"]
    for sub in ("pipeline", "data"):
        d = root / sub
        if d.exists():
            files += [p for p in d.rglob("*") if p.is_file() and p.suffix not in (".pyc",) and "__pycache__" not in p.parts]
    for p in sorted(files):
        h.update(str(p.relative_to(root)).encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _cache_key(article: Article, fingerprint: str) -> str:
    """Content only: moving or renaming a file does not invalidate its result."""
    fields = article.to_dict()
    fields.pop("path", None)
    payload = json.dumps(fields, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256((fingerprint + "\x00" + payload).encode("utf-8")).hexdigest()


class ResultCache:
    """Per-article NLP results in OUTDIR/cache, keyed by content + pipeline."""

    def __init__(self, root: Path, fingerprint: str) -> None:
        self.root = root
        self.fingerprint = fingerprint

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, article: Article) -> DocResult | None:
        p = self._path(_cache_key(article, self.fingerprint))
        try:
            data = json.loads(p.read_text("utf-8"))
        except (OSError, ValueError):
            return None
        try:
            return dataclasses.replace(DocResult.from_dict(data), article=article)
        except (KeyError, TypeError, ValueError):
            return None

    def has(self, article: Article) -> bool:
        return self._path(_cache_key(article, self.fingerprint)).exists()

    def put(self, result: DocResult) -> None:
        """Write one entry: a temporary file renamed into place, so a reader
        never sees half an entry. No fsync: after a power cut an entry may be
        empty or torn, which :meth:`get` treats as a miss (it is recomputed)."""
        p = self._path(_cache_key(result.article, self.fingerprint))
        data = json.dumps(result.to_dict(), ensure_ascii=False, sort_keys=True)
        tmp = p.with_name(f".{p.name}.{os.getpid()}.tmp")
        try:
            try:
                tmp.write_text(data, encoding="utf-8")
            except FileNotFoundError:
                p.parent.mkdir(parents=True, exist_ok=True)
                tmp.write_text(data, encoding="utf-8")
            os.replace(tmp, p)
        except OSError as e:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise KGError(Errors.E020.format(path=p, reason=e.strerror or str(e))) from e


_WORKER_NLP: Any = None


def _worker_init(segmenter: str | None) -> None:
    global _WORKER_NLP
    from .pipeline import load_pipeline

    _WORKER_NLP = load_pipeline(segmenter=segmenter)


def process_batch(nlp: Any, articles: Sequence[Article]) -> list[DocResult | dict[str, Any]]:
    """Run the spaCy pipeline over one batch; a failing article becomes an
    error record instead of aborting the batch."""
    from .pipeline.docresult import doc_to_result, make_doc

    out: list[DocResult | dict[str, Any]] = []
    docs = []
    kept: list[Article] = []
    for art in articles:
        try:
            docs.append(make_doc(nlp, art))
            kept.append(art)
        except KGError as e:
            out.append({"path": art.path or art.id, "message": str(e)})
        except Exception as e:  # noqa: BLE001 - reported per article, run continues
            log.exception("%s: tokenisation failed", art.path)
            out.append({"path": art.path or art.id, "message": f"NLP failed: {type(e).__name__}: {e}"})
    try:
        for art, doc in zip(kept, nlp.pipe(docs, batch_size=len(docs) or 1)):
            out.append(doc_to_result(doc, art))
    except Exception:  # noqa: BLE001 - retry one by one to isolate the bad article
        out = [o for o in out if isinstance(o, dict)]
        for art in kept:
            try:
                out.append(doc_to_result(nlp(make_doc(nlp, art)), art))
            except Exception as e:  # noqa: BLE001
                log.exception("%s: NLP failed", art.path)
                out.append({"path": art.path or art.id, "message": f"NLP failed: {type(e).__name__}: {e}"})
    return out


def _process_batch_in_worker(articles: Sequence[Article]) -> list[DocResult | dict[str, Any]]:
    return process_batch(_WORKER_NLP, articles)


def _batches(items: Sequence[Article], size: int) -> Iterator[list[Article]]:
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


def run_nlp(
    articles: Sequence[Article],
    cache: ResultCache,
    report: RunReport,
    workers: int = 1,
    segmenter: str | None = None,
    dask_address: str | None = None,
    progress: bool = True,
    batch_size: int = BATCH_SIZE,
) -> list[DocResult]:
    """Per-article NLP with the cache; returns results sorted by article id."""
    from tqdm import tqdm

    results: dict[str, DocResult] = {}
    todo: list[Article] = []
    for art in articles:
        hit = cache.get(art)
        if hit is not None:
            results[art.id] = hit
        else:
            todo.append(art)
    report.cached = len(results)
    bar = tqdm(total=len(todo), desc="nlp", unit="art", disable=not progress or not todo, delay=2.0, leave=False)

    def take(batch_out: list[DocResult | dict[str, Any]]) -> None:
        for r in batch_out:
            if isinstance(r, dict):
                log.error("%s: %s", r["path"], r["message"])
                report.errors.append(r)
                report.failed += 1
            else:
                cache.put(r)
                results[r.article.id] = r
        bar.update(len(batch_out))

    batches = list(_batches(todo, batch_size))
    if batches and dask_address:
        from .distributed import map_batches_on_dask

        for out in map_batches_on_dask(dask_address, batches, segmenter):
            take(out)
    elif batches and workers > 1 and len(batches) > 1:
        import multiprocessing as mp

        ctx = mp.get_context("spawn")
        with ctx.Pool(workers, initializer=_worker_init, initargs=(segmenter,)) as pool:
            for out in pool.imap_unordered(_process_batch_in_worker, batches):
                take(out)
    elif batches:
        from .pipeline import load_pipeline

        nlp = load_pipeline(segmenter=segmenter)
        for batch in batches:
            take(process_batch(nlp, batch))
    bar.close()
    return [results[k] for k in sorted(results)]


# --------------------------------------------------------------------------
# the whole build
# --------------------------------------------------------------------------


def build_graph(
    inputs: Sequence[str | os.PathLike[str]] | str | os.PathLike[str],
    outdir: str | os.PathLike[str],
    *,
    workers: int | None = None,
    formats: Iterable[str] = (),
    base_iri: str | None = None,
    segmenter: str | None = None,
    dask_address: str | None = None,
    progress: bool = True,
    views: bool = True,
    store: bool = True,
    batch_size: int = BATCH_SIZE,
) -> RunReport:
    """Build the knowledge graph of ``inputs`` into ``outdir``.

    Returns the run report (also written to ``outdir/report.json``). Bad
    inputs are recorded in the report; they never stop the run.
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    if base_iri:
        from .iri import check_base_iri

        check_base_iri(base_iri)  # fail before any work, not after the NLP stage
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    report = RunReport(inputs=[str(p) for p in inputs])
    timer = _Timer(report)
    collector = _WarningCollector(report)
    log.addHandler(collector)
    try:
        return _build(list(inputs), out, report, timer, workers=workers, formats=formats, base_iri=base_iri,
                      segmenter=segmenter, dask_address=dask_address, progress=progress, views=views, store=store,
                      batch_size=batch_size)
    finally:
        log.removeHandler(collector)


class _WarningCollector(logging.Handler):
    """Copies each distinct warning logged during a build into the run report."""

    def __init__(self, report: RunReport) -> None:
        super().__init__(logging.WARNING)
        self.report = report
        self.seen: set[str] = {w["message"] for w in report.warnings}

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno != logging.WARNING:
            return
        msg = record.getMessage()
        if msg not in self.seen:
            self.seen.add(msg)
            self.report.warnings.append({"message": msg})


def _build(inputs: list[str | os.PathLike[str]], out: Path, report: RunReport, timer: _Timer, *,
           workers: int | None, formats: Iterable[str], base_iri: str | None, segmenter: str | None,
           dask_address: str | None, progress: bool, views: bool, store: bool, batch_size: int) -> RunReport:
    workers = workers or os.cpu_count() or 1

    with timer.stage("read"):
        articles = collect_articles(list(inputs), report)
        report.articles = len(articles)

    cache = ResultCache(out / "cache", pipeline_fingerprint())
    from .rdfwrite import normalize_formats

    formats = normalize_formats(formats)  # a bad --format fails here, before any work
    digest = _build_digest(articles, cache, formats=formats, base_iri=base_iri, views=views, store=store)
    if _up_to_date(out, digest, articles, cache, formats=formats, views=views, store=store):
        # nothing changed since the last complete build: keep every output as it is
        previous = _previous_report(out)
        report.cached = len(articles)
        report.counts = previous.get("counts", {})
        report.outputs = previous.get("outputs", [])
        report.up_to_date = True
        write_report(out / "report.json", report)
        return report
    with contextlib.suppress(FileNotFoundError):
        (out / DIGEST_FILE).unlink()  # outputs are about to change

    with timer.stage("nlp"):
        results = run_nlp(articles, cache, report, workers=workers, segmenter=segmenter,
                          dask_address=dask_address, progress=progress, batch_size=batch_size)
        # written together after the NLP stage, so a killed run never leaves an
        # article list newer than the graph beside it
        write_jsonl(out / "articles.jsonl", (a.to_dict() for a in articles))
        write_jsonl(out / "docs.jsonl", (r.to_dict() for r in results))
        report.outputs += ["articles.jsonl", "docs.jsonl"]
        report.counts["mentions"] = sum(len(r.mentions) for r in results)
        report.counts["relations"] = sum(len(r.relations) for r in results)

    errors_before = len(report.errors)
    with timer.stage("resolve"):
        from .resolve import resolve

        entities, facts = resolve(results)
        report.counts["entities"] = len(entities)
        report.counts["facts"] = len(facts)
    done = [r.article for r in results]
    del results  # the per-article results are no longer needed: free them before the graph is written
    release_memory()
    _later_stages(done, entities, facts, out, report, timer, formats=formats, base_iri=base_iri, views=views,
                  store=store)
    write_report(out / "report.json", report)
    if len(report.errors) == errors_before:  # every output complete
        with atomic_write(out / DIGEST_FILE) as fh:
            json.dump({"digest": digest, "version": __version__}, fh)
    return report


#: records what the last complete build was made from (see _build_digest)
DIGEST_FILE = ".kg-build.json"


def _build_digest(articles: Sequence[Article], cache: ResultCache, **options: Any) -> str:
    """Identity of a build: every article's content (via its cache key, which
    includes the pipeline fingerprint) and the options that shape the outputs."""
    h = hashlib.sha256(json.dumps([__version__, options], sort_keys=True, default=str).encode())
    for key in sorted(_cache_key(a, cache.fingerprint) for a in articles):
        h.update(key.encode())
    return h.hexdigest()


def _up_to_date(out: Path, digest: str, articles: Sequence[Article], cache: ResultCache, *,
                formats: Iterable[str], views: bool, store: bool) -> bool:
    try:
        recorded = json.loads((out / DIGEST_FILE).read_text("utf-8")).get("digest")
    except (OSError, ValueError, AttributeError):
        return False
    if recorded != digest:
        return False
    from .rdfwrite import FORMATS, normalize_formats

    needed = ["articles.jsonl", "docs.jsonl", "report.json"] + [FORMATS[f] for f in normalize_formats(formats)]
    if views:
        needed.append("graph.html")
    if store:
        needed.append("store")
    if not all((out / n).exists() for n in needed):
        return False
    return all(cache.has(a) for a in articles)


def _previous_report(out: Path) -> dict[str, Any]:
    try:
        data = json.loads((out / "report.json").read_text("utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _later_stages(articles: list[Article], entities: list[Any], facts: list[Any], out: Path, report: RunReport,
                  timer: _Timer, **opts: Any) -> None:
    """RDF, store and views (each module owns its stage). Consumes ``entities``
    and ``facts``: the lists are emptied once the graph is written, so their
    memory is free for the store loader."""
    with timer.stage("rdf"):
        from .rdf import write_graphs

        written = write_graphs(articles, entities, facts, out, formats=tuple(opts["formats"]),
                               base_iri=opts["base_iri"])
        report.outputs.extend(str(Path(p).name) for p in written)
        entities.clear()
        facts.clear()
        release_memory()  # (the resolved graph's objects: the store and the page start lower)
    if opts.get("store"):
        with timer.stage("store"):
            from .store import load_store

            report.counts["triples"] = load_store(out)
            report.outputs.append("store/")
        release_memory()
    if opts.get("views"):
        with timer.stage("views"):
            from .viz import write_overview

            try:
                report.outputs.append(Path(write_overview(out)).name)
            except KGError as e:
                log.error("%s", e)
                report.errors.append({"path": str(out / "graph.html"), "message": str(e)})


def write_report(path: Path, report: RunReport) -> None:
    data = asdict(report)
    data["errors"] = sorted(data["errors"], key=lambda e: (str(e.get("path")), e.get("line") or 0, e["message"]))
    with atomic_write(path) as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
