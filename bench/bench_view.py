"""Benchmark: how long a ~3,000-node view takes to write, render and stabilise
in headless chromium (target: render + stabilise ≤ 10 s).

    python bench/bench_view.py                     # synthetic graph written by kg.rdf (3,000 drawn nodes)
    python bench/bench_view.py --graph OUTDIR      # a real `kg build` output (e.g. ~1,000 xwlb articles)
    python bench/bench_view.py --nodes 5000 --screenshot /tmp/big.png
    python bench/bench_view.py --page view.html --hover 李爱华 --screenshot docs/img/demo-graph.png
                                                   # time (and picture) an existing page

The synthetic graph is made of resolved Entity/Fact records passed through the
real RDF writer (kg.rdf), so it has the ontology's classes, properties and
statement nodes: provinces ⊃ cities ⊃ counties, a party committee and a
government per city/county, posts with holders, campaigns, meetings and
articles with evidence sentences.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from rdflib import Graph

from kg.types import Entity, Evidence, Fact

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华云峰昊立婷爱国建新海波红玉兰"
ROLES = {"党委": ["书记", "副书记", "常委"], "政府": ["县长", "副县长"]}


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def synthetic_records(n_nodes: int, seed: int = 7) -> tuple[list[Entity], list[Fact]]:
    """Entities and facts whose drawable part has about ``n_nodes`` nodes."""
    rng = random.Random(seed)
    ents: dict[str, Entity] = {}
    facts: list[Fact] = []
    articles: list[str] = []

    def ent(kind: str, key: str, label: str, **attrs: object) -> str:
        ents.setdefault(key, Entity(kind, key, label, attrs=tuple(sorted((k, v) for k, v in attrs.items() if v))))
        return key

    def evidence(sentence: str) -> tuple[Evidence, ...]:
        art = rng.choice(articles)
        return (Evidence(art.removeprefix("article/"), 0, len(sentence), 0, 2, sentence),)

    n_articles = max(20, n_nodes // 10)
    for i in range(n_articles):
        y, m, d = 2015 + i % 9, 1 + i % 12, 1 + i % 28
        articles.append(ent("Article", f"article/a{i:05d}", f"新闻报道第{i}号：推进高质量发展",
                            date=f"{y}-{m:02d}-{d:02d}", url=f"https://news.example.cn/{i}.html"))
    drawn = 0
    p = 0
    while drawn < n_nodes:
        p += 1
        prov = ent("Region", f"region/{10 + p:02d}", f"第{p}省", code=f"{10 + p:02d}", level="province")
        drawn += 1
        for c in range(1, 9):
            if drawn >= n_nodes:
                break
            ccode = f"{10 + p:02d}{c:02d}"
            city = ent("Region", f"region/{ccode}", f"{p}省{c}市", code=ccode, level="city", parent=prov)
            drawn += 1
            units = [(city, f"{p}省{c}市", "市")] + [
                (ent("Region", f"region/{ccode}{k:02d}", f"{p}省{c}市{k}县", code=f"{ccode}{k:02d}", level="county",
                     parent=city), f"{p}省{c}市{k}县", "县") for k in range(1, 7)]
            drawn += 6
            for region, rname, level in units:
                for btype, suffix in (("党委", "委"), ("政府", "人民政府")):
                    body = ent("Organization", f"org/{rname}{suffix}", f"{rname}{suffix}", body_type=btype, region=region)
                    drawn += 1
                    for role in ROLES[btype][: 2 if level == "县" else 3]:
                        role = role.replace("县", level) if btype == "政府" else role
                        post = ent("Post", f"post/{rname}{suffix}/{role}", f"{rname}{suffix}{role}", role=role, body=body)
                        person = ent("Person", f"person/{region}/{_name(rng)}{drawn}", _name(rng))
                        drawn += 2
                        sent = f"{rname}{suffix}{role}{ents[person].label}出席会议并讲话。"
                        facts.append(Fact("holds", person, post, evidence=evidence(sent)))
                        facts.append(Fact("mentions", rng.choice(articles), person))
                if rng.random() < 0.35:
                    camp = ent("Campaign", f"campaign/{rname}/{rng.choice('三四五六')}大行动", f"{rname}专项行动")
                    drawn += 1
                    facts.append(Fact("launchedBy", camp, f"org/{rname}委",
                                      evidence=evidence(f"{rname}委部署专项行动。")))
                    facts.append(Fact("region", camp, region))
                    holders = [f.subject for f in facts[-12:] if f.predicate == "holds"]
                    if holders:
                        facts.append(Fact("promotedBy", camp, rng.choice(holders),
                                          evidence=evidence("要全力推进专项行动，确保取得实效。")))
    return list(ents.values()), facts


def synthetic_graph(n_nodes: int) -> Graph:
    from kg.rdf import build_dataset

    ents, facts = synthetic_records(n_nodes)
    ds = build_dataset(ents, facts)
    g = Graph()
    for s, p, o, _c in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def render_in_chromium(page_path: Path, screenshot: Path | None, timeout_s: float = 120, hover: str | None = None,
                       viewport: tuple[int, int] = (1600, 1000)) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
        errors: list[str] = []
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("pageerror", lambda e: errors.append(str(e)))
        t0 = time.perf_counter()
        page.goto(page_path.as_uri())
        t_load = time.perf_counter() - t0
        page.wait_for_function("() => window.kgStats && window.kgStats.stable === true", timeout=timeout_s * 1000)
        t_stable = time.perf_counter() - t0
        stats = page.evaluate("window.kgStats")
        if hover:  # show one node's tooltip in the picture
            x, y = page.evaluate("""(label) => {
                const data = JSON.parse(document.getElementById('kg-data').textContent);
                const n = data.nodes.find(x => x.full === label);
                const dom = window.kgNetwork.canvasToDOM(window.kgNetwork.getPositions([n.id])[n.id]);
                const r = document.getElementById('kg-graph').getBoundingClientRect();
                return [r.left + dom.x, r.top + dom.y];
            }""", hover)
            page.mouse.move(x, y)
            page.wait_for_selector("#kg-tooltip:not([hidden])", timeout=5000)
        if screenshot:
            page.screenshot(path=str(screenshot))
        browser.close()
    if errors:
        print("console errors:", errors, file=sys.stderr)
    return {"load_s": round(t_load, 2), "render_and_stabilise_s": round(t_stable, 2),
            "in_page_stabilise_ms": stats["stabilizeMs"], "construct_ms": stats.get("constructMs"), "prepare_ms": stats.get("prepareMs"), "nodes": stats["nodes"], "edges": stats["edges"]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--graph", type=Path, help="a kg build output folder (graph.ttl) instead of a synthetic graph")
    ap.add_argument("--nodes", type=int, default=3000, help="drawn nodes of the synthetic graph / view cap")
    ap.add_argument("--max-nodes", type=int, default=5000, help="the view's node cap (kg.viz default 5,000)")
    ap.add_argument("--screenshot", type=Path)
    ap.add_argument("--page", type=Path, help="time an existing view page instead of writing one")
    ap.add_argument("--hover", help="hover the node with this label before the screenshot")
    ap.add_argument("--viewport", default="1600x1000", help="browser window, WIDTHxHEIGHT")
    ap.add_argument("--target", type=float, default=10.0, help="seconds allowed to render and stabilise")
    args = ap.parse_args()

    from kg.viz import graph_to_networkx, overview, write_html

    viewport = tuple(int(v) for v in args.viewport.lower().split("x"))
    if args.page is not None:
        result = render_in_chromium(args.page, args.screenshot, hover=args.hover, viewport=viewport)  # type: ignore[arg-type]
        print(json.dumps(result, ensure_ascii=False))
        return 0
    t0 = time.perf_counter()
    source: Graph | Path = synthetic_graph(args.nodes) if args.graph is None else args.graph
    t_graph = time.perf_counter() - t0
    t1 = time.perf_counter()
    G = graph_to_networkx(source)
    view = overview(G, max_nodes=args.max_nodes)
    with tempfile.TemporaryDirectory() as tmp:
        page = write_html(G, view, Path(tmp) / "bench.html")
        t_write = time.perf_counter() - t1
        size = page.stat().st_size
        result = render_in_chromium(page, args.screenshot, hover=args.hover, viewport=viewport)  # type: ignore[arg-type]
    result.update({"graph_nodes": G.number_of_nodes(), "graph_edges": G.number_of_edges(), "graph_s": round(t_graph, 2), "write_view_s": round(t_write, 2),
                   "html_bytes": size, "target_s": args.target})
    print(json.dumps(result, ensure_ascii=False))
    ok = result["render_and_stabilise_s"] <= args.target
    print(f"render + stabilise: {result['render_and_stabilise_s']} s for {result['nodes']} nodes / "
          f"{result['edges']} edges ({'OK' if ok else 'SLOWER THAN'} target {args.target} s)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
