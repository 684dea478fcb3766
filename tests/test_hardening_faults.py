"""Faults during ``kg build``: SIGKILL mid-run, and a full disk.

* SIGKILL while the NLP stage runs: the outputs of the earlier complete run
  stay intact and parseable, the next run resumes from the per-article cache
  and writes graph.ttl/graph.trig byte-identical to an uninterrupted run.
* A write that fails (no space left / file too large): a clear E020 error
  naming the file, exit code 2, no half-written file under a final name and
  no temporary files left behind.

The articles are synthetic (generated here), so the tests need no ../shared.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

KG = [shutil.which("kg") or "kg"] if shutil.which("kg") else [sys.executable, "-m", "kg.cli"]
OUTPUTS = ("graph.ttl", "graph.trig", "docs.jsonl", "articles.jsonl", "report.json")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文辉鹏飞云峰"
REGIONS = [("泗洪县", "县"), ("沭阳县", "县"), ("溧水区", "区"), ("高淳区", "区"), ("宿迁市", "市"), ("扬州市", "市"),
           ("如皋市", "市"), ("邳州市", "市"), ("东台市", "市"), ("丰县", "县")]
ROLES = ["委书记", "委副书记", "长", "委常委"]
TOPICS = ["乡村振兴", "安全生产", "招商引资", "生态环境保护", "疫情防控", "城市更新", "营商环境", "民生实事"]


def synthetic_articles(n: int, seed: int = 7) -> list[dict[str, str]]:
    """``n`` distinct short government-news articles (deterministic)."""
    rng = random.Random(seed)
    arts = []
    for i in range(n):
        region, suffix = rng.choice(REGIONS)
        people = ["".join([rng.choice(SURNAMES), *rng.sample(GIVEN, rng.choice((1, 2)))]) for _ in range(2)]
        topic = rng.choice(TOPICS)
        role1 = region[:-1] + suffix + rng.choice(ROLES[:2])
        role2 = suffix + rng.choice(ROLES[1:])
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        text = (f"{m}月{d}日上午,{role1}{people[0]}主持召开{topic}工作推进会议并讲话。"
                f"{role2}{people[1]}出席会议。会议强调,要深入推进“{topic}{i % 7}号行动”,压实责任,确保取得实效。")
        arts.append({"id": f"syn-{i:04d}", "title": f"{region}召开{topic}工作推进会议({i})", "date": f"2023-{m:02d}-{d:02d}",
                     "source": f"{region}融媒体中心", "text": text})
    return arts


def write_corpus(d: Path, arts: list[dict[str, str]]) -> Path:
    d.mkdir(parents=True, exist_ok=True)
    with open(d / "articles.jsonl", "w", encoding="utf-8") as fh:
        for a in arts:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    return d


def digest(out: Path) -> dict[str, str]:
    return {n: hashlib.sha256((out / n).read_bytes()).hexdigest() for n in OUTPUTS if (out / n).exists()}


def assert_parseable(out: Path) -> None:
    ox.parse((out / "graph.ttl").read_bytes(), format=ox.RdfFormat.TURTLE)
    ox.parse((out / "graph.trig").read_bytes(), format=ox.RdfFormat.TRIG)
    for name in ("docs.jsonl", "articles.jsonl"):
        for line in (out / name).read_text("utf-8").splitlines():
            json.loads(line)
    json.loads((out / "report.json").read_text("utf-8"))
    from kg.store import count_by_graph

    assert sum(count_by_graph(out).values()) > 0


def run_kg(*args: str, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*KG, *args], capture_output=True, text=True, timeout=600, **kw)  # type: ignore[call-overload]


def cache_entries(out: Path) -> int:
    return sum(1 for _ in (out / "cache").rglob("*.json")) if (out / "cache").exists() else 0


# --------------------------------------------------------------------------
# SIGKILL mid-run
# --------------------------------------------------------------------------

N_BEFORE, N_AFTER = 40, 300


@pytest.fixture(scope="module")
def killed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    tmp = tmp_path_factory.mktemp("kill")
    arts = synthetic_articles(N_AFTER)
    small = write_corpus(tmp / "small", arts[:N_BEFORE])
    big = write_corpus(tmp / "big", arts)
    out = tmp / "out"
    first = run_kg("build", str(small), "-o", str(out), "--quiet", "--workers", "1", "--no-views")
    assert first.returncode == 0, first.stderr
    before = digest(out)
    cached_before = cache_entries(out)
    assert cached_before == N_BEFORE

    proc = subprocess.Popen([*KG, "build", str(big), "-o", str(out), "--quiet", "--workers", "1", "--no-views"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while cache_entries(out) <= cached_before and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the build finished before it could be killed; give it more articles"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(30)
    assert proc.returncode == -signal.SIGKILL
    partial = cache_entries(out)
    after_kill = digest(out)
    tmp_left = sorted(p.name for p in out.glob(".*.tmp"))
    assert_parseable(out)

    resumed = run_kg("build", str(big), "-o", str(out), "--quiet", "--workers", "1", "--no-views")
    fresh_out = tmp / "fresh"
    fresh = run_kg("build", str(big), "-o", str(fresh_out), "--quiet", "--workers", "1", "--no-views")
    return {"out": out, "fresh": fresh_out, "before": before, "after_kill": after_kill, "partial": partial,
            "tmp_left": tmp_left, "resumed": resumed, "fresh_proc": fresh}


@pytest.mark.slow
def test_kill_leaves_previous_graph_and_store_intact(killed: dict[str, object]) -> None:
    before, after = killed["before"], killed["after_kill"]
    assert isinstance(before, dict) and isinstance(after, dict)
    for name in ("graph.ttl", "graph.trig", "docs.jsonl", "report.json"):
        assert after[name] == before[name], f"{name} changed by a killed run"
    assert killed["partial"] > N_BEFORE  # the killed run had cached some new articles


@pytest.mark.slow
def test_kill_leaves_previous_article_list_intact(killed: dict[str, object]) -> None:
    before, after = killed["before"], killed["after_kill"]
    assert isinstance(before, dict) and isinstance(after, dict)
    assert after["articles.jsonl"] == before["articles.jsonl"]


@pytest.mark.slow
def test_resume_uses_cache_and_gives_identical_graph(killed: dict[str, object]) -> None:
    resumed, fresh = killed["resumed"], killed["fresh_proc"]
    out, fresh_out = killed["out"], killed["fresh"]
    assert isinstance(out, Path) and isinstance(fresh_out, Path)
    assert resumed.returncode == 0, resumed.stderr  # type: ignore[union-attr]
    assert fresh.returncode == 0, fresh.stderr  # type: ignore[union-attr]
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["articles"] == N_AFTER
    assert report["cached"] >= killed["partial"] > N_BEFORE  # type: ignore[operator]
    assert report["cached"] < N_AFTER
    for name in ("graph.ttl", "graph.trig", "docs.jsonl", "articles.jsonl"):
        assert (out / name).read_bytes() == (fresh_out / name).read_bytes(), name
    assert_parseable(out)
    assert not list(out.glob(".*.tmp")), "temporary files left behind"


# --------------------------------------------------------------------------
# a full disk
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from kg.build import build_graph

    tmp = tmp_path_factory.mktemp("full")
    corpus = write_corpus(tmp / "in", synthetic_articles(12))
    out = tmp / "out"
    report = build_graph([corpus], out, workers=1, progress=False, views=False)
    assert report.failed == 0
    return corpus, out


@pytest.mark.parametrize("victim", ["graph.ttl", "docs.jsonl", "report.json"])
def test_disk_full_on_a_write_is_a_clear_error(small_build: tuple[Path, Path], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch, victim: str) -> None:
    """ENOSPC when one output reaches the disk: E020 names it, the old file is kept whole."""
    from kg.build import build_graph
    from kg.errors import KGError

    corpus, ref = small_build
    out = tmp_path / "out"
    shutil.copytree(ref, out)
    # a changed corpus, so that every output would change
    write_corpus(corpus.parent / "in2", synthetic_articles(14, seed=8))
    before = digest(out)
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if Path(os.readlink(f"/proc/self/fd/{fd}")).name.startswith(f".{victim}."):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(KGError, match=rf"\[E020\] Cannot write .*{victim}: No space left on device"):
        build_graph([corpus.parent / "in2"], out, workers=1, progress=False, views=False)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert digest(out)[victim] == before[victim]  # the old file, whole
    assert not list(out.rglob(".*.tmp")), "temporary files left behind"
    for name in OUTPUTS:  # every file is either the old or the new one, complete
        if name.endswith(".jsonl"):
            [json.loads(x) for x in (out / name).read_text("utf-8").splitlines()]
    ox.parse((out / "graph.ttl").read_bytes(), format=ox.RdfFormat.TURTLE)
    ox.parse((out / "graph.trig").read_bytes(), format=ox.RdfFormat.TRIG)


def _limit_file_size(limit: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG from write() instead of being killed
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs RLIMIT_FSIZE (POSIX)")
def test_real_write_failure_in_kg_build_command(small_build: tuple[Path, Path], tmp_path: Path) -> None:
    """A real failing write(2) (file-size limit, EFBIG), not a mock: exit code 2, one clear line, old files kept."""
    corpus, ref = small_build
    out = tmp_path / "out"
    shutil.copytree(ref, out)
    before = digest(out)
    big = write_corpus(tmp_path / "big", synthetic_articles(60, seed=9))
    size = (ref / "docs.jsonl").stat().st_size  # the new docs.jsonl (60 articles) is larger than this
    proc = subprocess.run([*KG, "build", str(big), "-o", str(out), "--quiet", "--workers", "1", "--no-views"],
                          capture_output=True, text=True, timeout=600, preexec_fn=lambda: _limit_file_size(size + 1))
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert "[E020]" in proc.stderr and "Traceback" not in proc.stderr
    assert "File too large" in proc.stderr
    after = digest(out)
    broken = [n for n in OUTPUTS if n in proc.stderr.split("[E020]")[1].split(":")[0]]
    assert broken, proc.stderr
    assert after[broken[0]] == before[broken[0]]
    assert not list(out.rglob(".*.tmp"))
    assert_parseable(out)
