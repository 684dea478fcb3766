"""The HTML views in a real headless chromium (Debian's, driven by Playwright).

Skipped where /usr/bin/chromium or the playwright package is missing
(install both with .ci/browser.sh).
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.viz import write_overview, write_view

from test_viz import DEMO_TTL, XSS_TTL, big_ttl, demo_graph, page_data, write_demo  # noqa: I001 - sibling test module

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no chromium at {CHROMIUM} (run .ci/browser.sh)"),
    pytest.mark.skipif(importlib.util.find_spec("playwright") is None,
                       reason="the playwright package is not installed (pip install '.[browser]')"),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Opened:
    """A page opened over file:// with every request, console message and dialog recorded."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": 860})
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.console_errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.console_errors.append(m.text))
        self.page.on("pageerror", lambda e: self.console_errors.append(f"pageerror: {e}"))

        def on_dialog(d: Any) -> None:
            self.dialogs.append(d.message)
            d.dismiss()

        self.page.on("dialog", on_dialog)

        def route(r: Any) -> None:
            if r.request.url.startswith(("file://", "data:")):
                r.continue_()
            else:
                self.blocked.append(r.request.url)
                r.abort()

        self.page.route("**/*", route)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("() => window.kgStats && window.kgStats.stable === true", timeout=30_000)

    def stats(self) -> dict[str, Any]:
        return self.page.evaluate("window.kgStats")  # type: ignore[no-any-return]

    def node_point(self, label: str) -> tuple[float, float]:
        """Page coordinates of the node with this full label."""
        return tuple(self.page.evaluate(  # type: ignore[return-value]
            """(label) => {
                const data = JSON.parse(document.getElementById('kg-data').textContent);
                const n = data.nodes.find(x => x.full === label);
                const pos = window.kgNetwork.getPositions([n.id])[n.id];
                const dom = window.kgNetwork.canvasToDOM(pos);
                const r = document.getElementById('kg-graph').getBoundingClientRect();
                return [r.left + dom.x, r.top + dom.y];
            }""", label))

    def assert_clean(self) -> None:
        outside = [u for u in self.requests if not u.startswith(("file://", "data:"))]
        assert outside == [] and self.blocked == [], f"requests left the page: {outside + self.blocked}"
        assert self.console_errors == [], self.console_errors
        assert self.dialogs == [], f"a dialog opened: {self.dialogs}"

    def close(self) -> None:
        self.page.close()


def _expected(ttl: str = DEMO_TTL) -> tuple[int, int]:
    """Entities of the drawn classes and the triples between them, counted on the graph."""
    g = demo_graph(ttl)
    q = """PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX org: <http://www.w3.org/ns/org#>
    PREFIX kg: <https://kg.example.org/ns#>
    SELECT DISTINCT ?n WHERE { VALUES ?c { foaf:Person org:Post org:Organization kg:AdministrativeDivision
      kg:Campaign kg:Meeting } ?n a ?c }"""
    nodes = {str(r[0]) for r in g.query(q)}
    edges = {(s, p, o) for s, p, o in g if str(s) in nodes and str(o) in nodes and s != o}
    return len(nodes), len(edges)


def test_overview_in_browser(browser: Any, tmp_path: Path) -> None:
    out = write_demo(tmp_path / "out")
    page = Opened(browser, write_overview(out))
    try:
        n, e = _expected()
        st = page.stats()
        assert (st["nodes"], st["edges"]) == (n, e)
        assert page.page.evaluate("window.kgNodes.length") == n
        assert page.page.evaluate("window.kgEdges.length") == e
        assert page.page.get_attribute("body", "data-kg-nodes") == str(n)
        assert page.page.get_attribute("body", "data-kg-stable") == "true"
        # physics is frozen once stable
        assert page.page.evaluate("window.kgNetwork.physics.options.enabled") is False
        # hover a node: its tooltip gives the post, the date, the evidence and the source
        x, y = page.node_point("李爱华")
        page.page.mouse.move(x, y)
        page.page.wait_for_selector("#kg-tooltip:not([hidden])", timeout=5000)
        tip = page.page.inner_text("#kg-tooltip")
        for text in ("李爱华", "人物", "泗洪县委书记", "2021-02-27", "泗洪县委书记李爱华表示",
                     "泗洪将改革创新进行到底 谱写春到上塘新传奇"):
            assert text in tip, (text, tip)
        # click it: the details panel says the same and links to the article
        page.page.mouse.click(x, y)
        page.page.wait_for_selector("#kg-details:not([hidden])", timeout=5000)
        details = page.page.inner_text("#kg-details")
        assert "泗洪县委书记（2021-02-27）" in details and "泗洪县委书记李爱华表示" in details
        href = page.page.get_attribute("#kg-details a", "href")
        assert href == "http://www.js.people.com.cn/n2/2021/0227/c360301.html"
        assert page.page.get_attribute("#kg-details a", "rel") == "noopener noreferrer"
        page.page.screenshot(path=str(tmp_path / "overview.png"))
        assert (tmp_path / "overview.png").stat().st_size > 10_000
        page.assert_clean()
    finally:
        page.close()


def test_filter_and_search_controls(browser: Any, tmp_path: Path) -> None:
    out = write_demo(tmp_path / "out")
    page = Opened(browser, write_overview(out))
    try:
        pg = page.page
        pg.uncheck("input[data-kind=Person]")
        hidden = pg.evaluate("window.kgNodes.get({filter: n => n.hidden === true}).map(n => n.kind)")
        assert sorted(hidden) == ["Person"] * 3
        pg.check("input[data-kind=Person]")
        assert pg.evaluate("window.kgNodes.get({filter: n => n.hidden === true}).length") == 0
        pg.fill("#kg-search", "五大突破")
        pg.press("#kg-search", "Enter")
        assert pg.get_attribute("#kg-search-status", "data-hits") == "1"
        assert pg.evaluate("window.kgNetwork.getSelectedNodes().length") == 1
        assert "五大突破" in pg.inner_text("#kg-details")
        pg.fill("#kg-search", "泗洪县委")
        pg.press("#kg-search", "Enter")
        assert pg.get_attribute("#kg-search-status", "data-hits") == "1"  # an exact label wins
        pg.fill("#kg-search", "泗洪")
        pg.press("#kg-search", "Enter")
        assert int(pg.get_attribute("#kg-search-status", "data-hits") or 0) > 5
        pg.fill("#kg-search", "不存在")
        pg.press("#kg-search", "Enter")
        assert pg.get_attribute("#kg-search-status", "data-hits") == "0"
        page.assert_clean()
    finally:
        page.close()


@pytest.mark.parametrize(
    ("kwargs", "must_have", "n_nodes"),
    [
        ({"focus": "李爱华"}, "五大突破", 4),
        ({"region": "泗洪县"}, "泗洪县人民政府", 12),
        ({"campaign": "五大突破"}, "泗洪县委副书记", 9),
        ({"focus": "王昊", "hops": 3}, "宿迁市", None),
    ],
)
def test_views_in_browser(browser: Any, tmp_path: Path, kwargs: dict[str, Any], must_have: str,
                          n_nodes: int | None) -> None:
    out = write_demo(tmp_path / "out")
    path = write_view(out, tmp_path / "view.html", **kwargs)
    page = Opened(browser, path)
    try:
        st = page.stats()
        data = page_data(path)
        assert (st["nodes"], st["edges"]) == (len(data["nodes"]), len(data["edges"]))
        if n_nodes is not None:
            assert st["nodes"] == n_nodes
        x, y = page.node_point(must_have)
        page.page.mouse.click(x, y)
        page.page.wait_for_selector("#kg-details:not([hidden])", timeout=5000)
        assert must_have in page.page.inner_text("#kg-details .kg-card-title")
        page.page.screenshot(path=str(tmp_path / "view.png"))
        page.assert_clean()
    finally:
        page.close()


def test_query_view_in_browser(browser: Any, tmp_path: Path) -> None:
    out = write_demo(tmp_path / "out")
    rq = tmp_path / "q.rq"
    rq.write_text("PREFIX org: <http://www.w3.org/ns/org#>\n"
                  "SELECT ?person ?post WHERE { ?person org:holds ?post }", "utf-8")
    page = Opened(browser, write_view(out, tmp_path / "q.html", query_file=rq))
    try:
        assert (page.stats()["nodes"], page.stats()["edges"]) == (3 + 4, 4)
        page.assert_clean()
    finally:
        page.close()


def test_aggregated_overview_shows_a_notice(browser: Any, tmp_path: Path) -> None:
    out = write_demo(tmp_path / "out")
    page = Opened(browser, write_view(out, tmp_path / "agg.html", max_nodes=6))
    try:
        st = page.stats()
        assert st["aggregated"] is True and st["nodes"] == 6 and st["totalNodes"] == _expected()[0]
        assert page.page.is_visible("#kg-notice")
        assert "--focus" in page.page.inner_text("#kg-notice")
        page.assert_clean()
    finally:
        page.close()


def test_markup_in_articles_does_not_run(browser: Any, tmp_path: Path) -> None:
    out = write_demo(tmp_path / "out", XSS_TTL)
    for path in (write_overview(out), write_view(out, tmp_path / "x.html", focus="张三", hops=2)):
        page = Opened(browser, path)
        try:
            pg = page.page
            evil = pg.evaluate("JSON.parse(document.getElementById('kg-data').textContent)"
                               ".nodes.find(n => n.full.indexOf('张三') >= 0).full")
            x, y = page.node_point(evil)
            pg.mouse.move(x, y)
            pg.wait_for_selector("#kg-tooltip:not([hidden])", timeout=5000)
            tip = pg.inner_text("#kg-tooltip")
            assert "<img src=x onerror=alert(4)>张三" in tip  # shown as text
            assert "</script><script>alert(6)</script>" in tip
            pg.mouse.move(x + 2, y + 1)  # the tooltip's own elements get mouse events too
            pg.mouse.click(x, y)
            pg.wait_for_selector("#kg-details:not([hidden])", timeout=5000)
            details = pg.inner_text("#kg-details")
            assert "<script>alert('t')</script>标题\" onmouseover=\"alert(1)" in details
            pg.hover("#kg-details .kg-ev")
            injected = pg.evaluate("""() => ({
                img: document.querySelectorAll('img').length,
                scripts: document.scripts.length,
                handlers: Array.from(document.querySelectorAll('*')).filter(
                    e => Array.from(e.attributes).some(a => a.name.startsWith('on'))).length,
                bold: document.querySelectorAll('#kg-details b, #kg-tooltip b').length,
                links: Array.from(document.querySelectorAll('a')).map(a => a.href),
            })""")
            assert injected == {"img": 0, "scripts": 3, "handlers": 0, "bold": 0, "links": []}
            pg.screenshot(path=str(tmp_path / f"xss-{path.stem}.png"))
            page.assert_clean()
        finally:
            page.close()


def test_large_view_is_laid_out_and_frozen(browser: Any, tmp_path: Path) -> None:
    from rdflib import Graph

    out = tmp_path / "big"
    out.mkdir()
    Graph().parse(data=big_ttl(300), format="turtle").serialize(out / "graph.ttl", format="turtle")
    page = Opened(browser, write_overview(out))
    try:
        st = page.stats()
        assert (st["nodes"], st["edges"]) == (1 + 15 + 4 * 300, 15 + 4 * 300)
        assert st["stabilizeMs"] < 20_000
        assert page.page.evaluate("window.kgNetwork.physics.options.enabled") is False
        # the relayout button runs a bounded simulation and freezes again
        page.page.click("#kg-relayout")
        page.page.wait_for_function("() => window.kgStats.stable === true", timeout=60_000)
        assert page.page.evaluate("window.kgNetwork.physics.options.enabled") is False
        page.page.screenshot(path=str(tmp_path / "big.png"))
        page.assert_clean()
    finally:
        page.close()


def test_empty_graph_page(browser: Any, tmp_path: Path) -> None:
    out = tmp_path / "empty"
    out.mkdir()
    (out / "graph.ttl").write_text("", "utf-8")
    page = Opened(browser, write_overview(out))
    try:
        assert (page.stats()["nodes"], page.stats()["edges"]) == (0, 0)
        assert page.page.is_visible("#kg-notice")
        page.assert_clean()
    finally:
        page.close()
