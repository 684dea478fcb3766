"""The named queries of kg/queries/*.rq on a hand-written fixture graph (the shape of
`kg build data/corpus` output), their parameters, and `kg query` on the command line."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from kg.cli_sparql import query_cli
from kg.errors import KGError
from kg.store import get_named_query, load_store, named_queries, run_named

FIXTURE = Path(__file__).parent / "data" / "sparql_fixture.trig"
ROOT = Path(__file__).resolve().parent.parent
HOSTILE = '"> . <x> <y> "z'

EXPECTED_QUERIES = {
    "officials-by-region", "post-holders", "campaigns-by-region", "co-appearing-officials", "meetings-by-person",
    "posts-of-person", "party-secretary-of-region", "campaigns-of-region",
}


@pytest.fixture(scope="module")
def outdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("fixture_out")
    shutil.copy(FIXTURE, d / "graph.trig")
    load_store(d)
    return d


def names(rows: list[dict[str, str | None]], key: str = "name") -> list[str | None]:
    return [r[key] for r in rows]


def test_catalogue_is_complete_and_documented() -> None:
    queries = named_queries()
    assert EXPECTED_QUERIES <= set(queries)
    for q in queries.values():
        assert len(q.description) > 30, q.name
        assert q.params, q.name
        for p in q.params:
            assert p.help, (q.name, p.name)
            assert f"?{p.name}" in q.text  # bound through substitution, projected
    assert get_named_query("officials-by-region").params[1].default == "false"
    assert get_named_query("co-appearing-officials").params[0].default == ""


def test_officials_by_region(outdir: Path) -> None:
    rows = run_named(outdir, "officials-by-region", {"region": "泗洪县"}).records()
    got = sorted((r["name"], r["post"]) for r in rows)
    assert got == sorted([("李爱华", "泗洪县委书记"), ("杨云峰", "泗洪县县长"), ("杨云峰", "泗洪县委副书记"),
                          ("赵六", "泗洪县纪委书记"), (HOSTILE, "泗洪县委副书记")])
    li = [r for r in rows if r["name"] == "李爱华"][0]
    assert li["body"] == "泗洪县委" and li["where"] == "泗洪县" and li["lastSeen"] == "2021-02-27"
    assert "region" not in li and "subregions" not in li  # parameter columns are dropped
    # the short form and the division code name the same region
    assert run_named(outdir, "officials-by-region", {"region": "泗洪"}).records() == rows
    assert run_named(outdir, "officials-by-region", {"region": "321324"}).records() == rows
    # a city without sub-regions: only its own officials; with them: the county's too
    city = run_named(outdir, "officials-by-region", {"region": "宿迁市"}).records()
    assert sorted(names(city)) == ["王昊", "钱程"]
    deep = run_named(outdir, "officials-by-region", {"region": "宿迁", "subregions": "true"}).records()
    assert {"王昊", "钱程", "李爱华", "杨云峰"} <= set(names(deep))
    assert "颜复" not in names(deep)
    # negative: unknown region, a prefix that is not a short form, a one-character prefix
    for region in ("泗阳县", "泗洪县委", "泗", ""):
        assert run_named(outdir, "officials-by-region", {"region": region}).records() == []


def test_post_holders_over_time(outdir: Path) -> None:
    rows = run_named(outdir, "post-holders", {"post": "宿迁市委书记"}).records()
    assert [(r["name"], r["firstSeen"], r["lastSeen"]) for r in rows] == [
        ("钱程", "2019-05-01", "2019-05-01"), ("王昊", "2021-02-27", "2021-02-27")]
    assert rows[1]["source"] == "https://kg.example.org/id/article/sihong"
    assert rows[1]["observations"] == "1"
    by_iri = run_named(outdir, "post-holders", {"post": "https://kg.example.org/id/post/宿迁市委/书记"}).records()
    assert by_iri == rows
    assert run_named(outdir, "post-holders", {"post": "宿迁市委"}).records() == []


def test_campaigns_by_region_and_who_pushes_them(outdir: Path) -> None:
    suixi = run_named(outdir, "campaigns-by-region", {"region": "濉溪县"}).records()
    assert [(r["label"], r["launchedBy"], r["promotedBy"] or "") for r in suixi] == [("双实活动", "濉溪县委", "")]
    sihong = run_named(outdir, "campaigns-by-region", {"region": "泗洪"}).records()
    assert [r["label"] for r in sihong] == ["五大突破"]
    assert sorted(sihong[0]["promotedBy"].split("、")) == ["李爱华", "杨云峰"]
    assert run_named(outdir, "campaigns-by-region", {"region": "宿迁市"}).records() == []
    jiangsu = run_named(outdir, "campaigns-by-region", {"region": "江苏省", "subregions": "yes"}).records()
    assert [r["label"] for r in jiangsu] == ["五大突破"]
    jiangxi = run_named(outdir, "campaigns-by-region", {"region": "江西", "subregions": "1"}).records()
    assert [(r["label"], r["where"]) for r in jiangxi] == [("13710工作制度", "分宜县")]


def test_co_appearing_officials(outdir: Path) -> None:
    rows = run_named(outdir, "co-appearing-officials").records()
    pairs = {(r["name1"], r["name2"]): r for r in rows}
    assert ("邓萌", "颜复") in pairs
    assert pairs[("邓萌", "颜复")]["together"] == "2"  # the article and the meeting
    assert set(pairs[("邓萌", "颜复")]["how"].split(",")) == {"article", "meeting"}
    assert ("李爱华", "杨云峰") in pairs and ("李爱华", "王昊") in pairs
    assert all(a < b for a, b in pairs)  # each pair once
    flat = {n for pair in pairs for n in pair}
    assert "张立婷" not in flat  # the reporter (a media post) is no official
    assert "关晓卫" not in flat  # attends, but holds no post
    assert ("李爱华", "颜复") not in pairs  # never together
    mine = run_named(outdir, "co-appearing-officials", {"person": "李愛華"}).records()  # traditional form
    assert sorted(r["name2"] for r in mine) == ["杨云峰", "王昊"]
    assert run_named(outdir, "co-appearing-officials", {"person": "关晓卫"}).records() == []


def test_meetings_by_person(outdir: Path) -> None:
    rows = run_named(outdir, "meetings-by-person", {"person": "邓萌"}).records()
    assert len(rows) == 1
    assert rows[0]["date"] == "2024-04-07" and rows[0]["speakers"] == "颜复"
    assert rows[0]["label"].endswith("工作推进会议")
    assert run_named(outdir, "meetings-by-person", {"person": "颜复"}).records() == []  # spoke, did not chair


def test_posts_of_person(outdir: Path) -> None:
    rows = run_named(outdir, "posts-of-person", {"person": "李爱华"}).records()
    assert [(r["postLabel"], r["body"], r["region"], r["regionCode"]) for r in rows] == [
        ("泗洪县委书记", "泗洪县委", "泗洪县", "321324")]
    yang = run_named(outdir, "posts-of-person", {"person": "楊雲峰"}).records()
    assert sorted(r["postLabel"] for r in yang) == ["泗洪县县长", "泗洪县委副书记"]
    hostile = run_named(outdir, "posts-of-person", {"person": HOSTILE}).records()
    assert [r["postLabel"] for r in hostile] == ["泗洪县委副书记"]
    for value in ['李爱华" || true || "', "李爱华' || true || '", "*", "?person"]:
        assert run_named(outdir, "posts-of-person", {"person": value}).records() == []


def test_party_secretary_of_region(outdir: Path) -> None:
    rows = run_named(outdir, "party-secretary-of-region", {"region": "宿迁市"}).records()
    assert names(rows) == ["王昊", "钱程"]  # most recent first
    assert rows[0]["post"] == "宿迁市委书记" and rows[0]["lastSeen"] == "2021-02-27"
    sihong = run_named(outdir, "party-secretary-of-region", {"region": "泗洪县"}).records()
    assert names(sihong) == ["李爱华"]  # not the deputy (副书记), not the 纪委 secretary
    assert run_named(outdir, "party-secretary-of-region", {"region": "江苏省"}).records() == []


def test_campaigns_of_region(outdir: Path) -> None:
    rows = run_named(outdir, "campaigns-of-region", {"region": "濉溪县"}).records()
    assert [(r["label"], r["from"], r["to"]) for r in rows] == [("双实活动", "2017", "2019")]
    assert [r["label"] for r in run_named(outdir, "campaigns-of-region", {"region": "分宜县"}).records()] == [
        "13710工作制度"]
    assert run_named(outdir, "campaigns-of-region", {"region": "淮北市"}).records() == []


def test_parameter_errors(outdir: Path) -> None:
    with pytest.raises(KGError, match="E051"):
        run_named(outdir, "no-such-query", {})
    with pytest.raises(KGError, match="E052"):
        run_named(outdir, "posts-of-person", {})
    with pytest.raises(KGError, match="E057"):
        run_named(outdir, "posts-of-person", {"person": "李爱华", "region": "x"})
    with pytest.raises(KGError, match="E057"):
        run_named(outdir, "officials-by-region", {"region": "泗洪县", "subregions": "maybe"})


# ---- command line


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command("query")(query_cli)
    app.command("other")(lambda: None)  # keep "query" a subcommand, as in kg/cli.py
    return app


def test_cli_named_query_formats(outdir: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(_app(), ["query", str(outdir), "--name", "party-secretary-of-region",
                                 "--param", "region=宿迁市", "--format", "json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    assert [b["name"]["value"] for b in doc["results"]["bindings"]] == ["王昊", "钱程"]
    res = runner.invoke(_app(), ["query", str(outdir), "-n", "posts-of-person", "-p", "person=李爱华"])
    assert res.exit_code == 0 and "泗洪县委书记" in res.stdout and "(1 row)" in res.stdout
    res = runner.invoke(_app(), ["query", str(outdir), "-n", "posts-of-person", "-p", "person=李爱华", "-f", "csv"])
    assert res.stdout.splitlines()[0] == "official,post,postLabel,body,region,regionCode,lastSeen"


def test_cli_query_text_file_and_construct(outdir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    rq = tmp_path / "q.rq"
    rq.write_text("CONSTRUCT WHERE { ?c a <https://kg.example.org/ns#Campaign> }", encoding="utf-8")
    res = runner.invoke(_app(), ["query", str(outdir), str(rq)])
    assert res.exit_code == 0, res.output
    assert "@prefix" in res.stdout and "kg:Campaign" in res.stdout
    res = runner.invoke(_app(), ["query", str(outdir), "SELECT (COUNT(*) AS ?n) WHERE { ?s a <http://xmlns.com/foaf/0.1/Person> }",
                                 "-f", "tsv"])
    assert res.exit_code == 0 and res.stdout.splitlines()[0] == "?n"
    # a one-line query longer than a file name may be is still a query, not a path
    long_q = "SELECT ?n WHERE { ?s <http://xmlns.com/foaf/0.1/name> ?n FILTER(" + " || ".join(
        f"STRLEN(?n) = {i}" for i in range(2, 40)) + ") }"
    res = runner.invoke(_app(), ["query", str(outdir), long_q, "-f", "csv"])
    assert res.exit_code == 0, res.output
    assert "李爱华" in res.stdout.splitlines()


def test_cli_list_and_errors(outdir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(_app(), ["query", "--list"])
    assert res.exit_code == 0
    for name in EXPECTED_QUERIES:
        assert name in res.stdout
    assert "--param region=" in res.stdout
    res = runner.invoke(_app(), ["query", str(outdir), "--name", "posts-of-person"])
    assert res.exit_code == 1 and "E052" in res.output
    res = runner.invoke(_app(), ["query", str(tmp_path), "--name", "posts-of-person", "-p", "person=x"])
    assert res.exit_code == 1 and "E050" in res.output
    res = runner.invoke(_app(), ["query", str(outdir), "SELEC nothing"])
    assert res.exit_code == 1 and "E053" in res.output


# ---- the demo corpus (once `kg build` writes graph.trig)


def _demo_out() -> Path:
    """OUTDIR of `kg build data/corpus` named by KG_DEMO_OUT, else built here (slow)."""
    env = os.environ.get("KG_DEMO_OUT")
    if env:
        return Path(env)
    pytest.skip("set KG_DEMO_OUT to a `kg build data/corpus` output, or run the slow suite")


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = _demo_out()
    if not (out / "graph.trig").is_file():
        pytest.skip(f"{out} has no graph.trig")
    if not (out / "store").is_dir():
        load_store(out)
    return out


def test_demo_corpus_answers(demo_out: Path) -> None:
    _check_demo(demo_out)


@pytest.mark.slow
def test_demo_corpus_built_here(tmp_path: Path) -> None:
    from kg.build import build_graph

    build_graph([ROOT / "data" / "corpus"], tmp_path, workers=1, progress=False, views=False)
    if not (tmp_path / "graph.trig").is_file():
        pytest.fail("kg build wrote no graph.trig")
    _check_demo(tmp_path)


def _check_demo(out: Path) -> None:
    posts = run_named(out, "posts-of-person", {"person": "李爱华"}).records()
    assert any(r["postLabel"] == "泗洪县委书记" and r["region"] == "泗洪县" for r in posts), posts
    sec = run_named(out, "party-secretary-of-region", {"region": "宿迁市"}).records()
    assert "王昊" in names(sec), sec
    camp = run_named(out, "campaigns-of-region", {"region": "濉溪县"}).records()
    assert "双实活动" in [r["label"] for r in camp], camp
    fenyi = run_named(out, "campaigns-by-region", {"region": "分宜县"}).records()
    assert "13710工作制度" in [r["label"] for r in fenyi], fenyi
    officials = run_named(out, "officials-by-region", {"region": "泗洪县"}).records()
    assert {"李爱华", "杨云峰"} <= set(names(officials)), officials
    meetings = run_named(out, "meetings-by-person", {"person": "邓萌"}).records()
    assert meetings and "颜复" in (meetings[0]["speakers"] or ""), meetings
    holders = run_named(out, "post-holders", {"post": "泗洪县委书记"}).records()
    assert "李爱华" in names(holders), holders
    pairs = run_named(out, "co-appearing-officials", {"person": "李爱华"}).records()
    assert "杨云峰" in [r["name2"] for r in pairs], pairs
