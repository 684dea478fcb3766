"""kg build as a whole: determinism, workers, the incremental cache, Dask."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg.build import build_graph

OUTPUTS = ("articles.jsonl", "docs.jsonl", "graph.trig", "graph.ttl")


def _files(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


@pytest.fixture(scope="module")
def reference(tmp_path_factory, corpus_dir) -> Path:
    out = tmp_path_factory.mktemp("ref") / "out"
    report = build_graph([corpus_dir], out, workers=1, progress=False, views=False)
    assert report.failed == 0 and report.articles == 5
    return out


def test_rebuild_is_byte_identical_and_uses_the_cache(reference, corpus_dir, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(reference, out)
    report = build_graph([corpus_dir], out, workers=1, progress=False, views=False)
    assert report.cached == 5  # no NLP work on an unchanged corpus
    assert _files(out) == _files(reference)


def test_fresh_build_is_byte_identical(reference, corpus_dir, tmp_path):
    out = tmp_path / "out"
    build_graph([corpus_dir], out, workers=1, progress=False, views=False, store=False)
    assert _files(out) == _files(reference)


def test_adding_an_article_processes_only_that_one(reference, corpus_dir, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(corpus_dir, corpus)
    (corpus / "new.txt").write_text(
        "某县召开全县经济工作会议\n2023年3月5日 来源:某县融媒体中心\n\n"
        "县委书记张三出席会议并讲话,强调要坚定信心、真抓实干,推动县域经济高质量发展。", encoding="utf-8")
    out = tmp_path / "out"
    shutil.copytree(reference, out)
    report = build_graph([corpus], out, workers=1, progress=False, views=False, store=False)
    assert report.articles == 6 and report.cached == 5
    docs = [json.loads(x) for x in (out / "docs.jsonl").read_text("utf-8").splitlines()]
    assert len(docs) == 6


def test_two_workers_give_identical_output(reference, corpus_dir, tmp_path):
    out = tmp_path / "out"
    report = build_graph([corpus_dir], out, workers=2, batch_size=2, progress=False, views=False, store=False)
    assert report.failed == 0
    assert _files(out) == _files(reference)


@pytest.mark.slow
def test_dask_local_cluster_gives_identical_output(reference, corpus_dir, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        out = tmp_path / "out"
        report = build_graph([corpus_dir], out, dask_address=cluster.scheduler_address, batch_size=2,
                             progress=False, views=False, store=False)
    assert report.failed == 0
    assert _files(out) == _files(reference)


def test_report_lists_stages_and_counts(reference):
    report = json.loads((reference / "report.json").read_text("utf-8"))
    assert set(report["stage_seconds"]) >= {"read", "nlp", "resolve", "rdf", "store"}
    assert report["counts"]["mentions"] > 100 and report["counts"]["triples"] > 1000
    assert report["errors"] == []


def test_no_change_rebuild_keeps_outputs_and_skips_all_stages(reference, corpus_dir, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(reference, out)
    report = build_graph([corpus_dir], out, workers=1, progress=False, views=False)
    assert report.cached == 5
    mtimes = {n: (out / n).stat().st_mtime_ns for n in OUTPUTS}
    report = build_graph([corpus_dir], out, workers=1, progress=False, views=False)
    assert report.up_to_date and report.cached == 5
    assert "nlp" not in report.stage_seconds and "rdf" not in report.stage_seconds
    assert {n: (out / n).stat().st_mtime_ns for n in OUTPUTS} == mtimes  # nothing rewritten
    assert report.counts["triples"] > 1000  # counts carried over from the complete build
    # another option (an extra format) is a change: the later stages run again
    report = build_graph([corpus_dir], out, workers=1, progress=False, views=False, formats=("nquads",))
    assert not report.up_to_date and (out / "graph.nq").exists() and "rdf" in report.stage_seconds
