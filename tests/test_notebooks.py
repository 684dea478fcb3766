"""The analyst notebooks (notebooks/*.ipynb) and their helpers (kg/notebook.py).

* every committed notebook is stripped of outputs and execution counts;
* each notebook runs top to bottom from a fresh kernel (nbclient, cwd =
  notebooks/) on data/corpus, and its key results — read from the JSON summary
  its last cell records (tag ``summary``) and from tagged outputs — are checked;
* the helpers are unit-tested on small inline inputs.

The notebooks write their build output to a temporary folder
(``KG_NOTEBOOK_OUT``), never into the repository.
"""

from __future__ import annotations

import html
import importlib.util
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
NB_DIR = ROOT / "notebooks"
NOTEBOOKS = ["01_quickstart", "02_sparql", "03_network_analysis", "04_campaigns_and_tenures"]
SUMMARY_TAG = "summary"

_MISSING = [m for m in ("nbformat", "nbclient", "ipykernel", "pandas", "matplotlib", "SPARQLWrapper")
            if importlib.util.find_spec(m) is None]
needs_jupyter = pytest.mark.skipif(bool(_MISSING), reason=f"notebook extra not installed (missing {_MISSING}); "
                                   "pip install -e '.[notebooks]'")


def _load_strip_script() -> Any:
    spec = importlib.util.spec_from_file_location("strip_notebooks", ROOT / "scripts" / "strip_notebooks.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# --------------------------------------------------------------------------
# committed notebooks are stripped
# --------------------------------------------------------------------------


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_committed_notebook_has_no_outputs(name: str) -> None:
    nb = json.loads((NB_DIR / f"{name}.ipynb").read_text("utf-8"))
    assert nb["nbformat"] == 4
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code, "a notebook without code"
    for i, cell in enumerate(code):
        assert cell.get("outputs") == [], f"{name}: code cell {i} has outputs; run scripts/strip_notebooks.py"
        assert cell.get("execution_count") is None, f"{name}: code cell {i} has an execution count"
    assert _load_strip_script().problems(nb) == []
    # the notebook records a machine-checkable summary in a tagged cell
    assert any(SUMMARY_TAG in c.get("metadata", {}).get("tags", []) for c in code)


def test_no_stray_notebooks() -> None:
    assert sorted(p.stem for p in NB_DIR.glob("*.ipynb")) == NOTEBOOKS


def test_strip_script_strips_and_checks(tmp_path: Path) -> None:
    mod = _load_strip_script()
    nb = {
        "nbformat": 4, "nbformat_minor": 5,
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
                     "widgets": {"state": {}}, "language_info": {"name": "python", "version": "3.11.9"}},
        "cells": [
            {"cell_type": "markdown", "id": "a", "metadata": {}, "source": "# t"},
            {"cell_type": "code", "id": "b", "metadata": {"tags": ["summary"], "execution": {"x": 1}},
             "execution_count": 3, "source": "1+1",
             "outputs": [{"output_type": "execute_result", "execution_count": 3, "metadata": {},
                          "data": {"text/plain": "2"}}]},
        ],
    }
    path = tmp_path / "x.ipynb"
    path.write_text(json.dumps(nb), "utf-8")
    assert mod.main(["--check", str(path)]) == 1
    assert mod.main([str(path)]) == 0
    clean = json.loads(path.read_text("utf-8"))
    assert clean["cells"][1]["outputs"] == [] and clean["cells"][1]["execution_count"] is None
    assert clean["cells"][1]["metadata"] == {"tags": ["summary"]}  # tags kept, run-time metadata dropped
    assert clean["metadata"] == {"kernelspec": nb["metadata"]["kernelspec"], "language_info": {"name": "python"}}
    assert clean["cells"][0]["source"] == "# t"
    assert mod.main(["--check", str(path)]) == 0
    # a second run changes nothing
    before = path.read_text("utf-8")
    mod.main([str(path)])
    assert path.read_text("utf-8") == before


# --------------------------------------------------------------------------
# kg/notebook.py helpers
# --------------------------------------------------------------------------


def test_repo_root_and_demo_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.notebook import OUT_ENV, demo_paths, repo_root

    assert repo_root(NB_DIR) == ROOT
    assert repo_root(ROOT / "kg" / "viz") == ROOT
    with pytest.raises(FileNotFoundError, match="data/corpus"):
        repo_root(tmp_path)
    monkeypatch.delenv(OUT_ENV, raising=False)
    corpus, out = demo_paths(NB_DIR)
    assert corpus == ROOT / "data" / "corpus" and corpus.is_dir()
    assert out == ROOT / "out" / "notebooks"  # out/ is git-ignored
    assert "out/" in (ROOT / ".gitignore").read_text("utf-8").split()
    monkeypatch.setenv(OUT_ENV, str(tmp_path / "elsewhere"))
    assert demo_paths(NB_DIR)[1] == tmp_path / "elsewhere"


def test_to_dataframe_from_store_result_and_sparql_json(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    import pyoxigraph as ox

    from kg.notebook import to_dataframe
    from kg.store import query

    store = ox.Store()
    ex = "http://example.org/"
    xsd = "http://www.w3.org/2001/XMLSchema#"
    store.add(ox.Quad(ox.NamedNode(ex + "a"), ox.NamedNode(ex + "name"), ox.Literal("李爱华", language="zh")))
    store.add(ox.Quad(ox.NamedNode(ex + "a"), ox.NamedNode(ex + "n"), ox.Literal("3", datatype=ox.NamedNode(xsd + "integer"))))
    store.add(ox.Quad(ox.NamedNode(ex + "a"), ox.NamedNode(ex + "ok"), ox.Literal("true", datatype=ox.NamedNode(xsd + "boolean"))))
    store.add(ox.Quad(ox.NamedNode(ex + "a"), ox.NamedNode(ex + "d"), ox.Literal("2021-02-27", datatype=ox.NamedNode(xsd + "date"))))
    res = query(store, f"SELECT ?s ?name ?n ?ok ?d ?missing WHERE {{ ?s <{ex}name> ?name ; <{ex}n> ?n ; <{ex}ok> ?ok ; "
                       f"<{ex}d> ?d OPTIONAL {{ ?s <{ex}nothing> ?missing }} }}")
    df = to_dataframe(res)
    assert list(df.columns) == ["s", "name", "n", "ok", "d", "missing"]
    row = df.iloc[0]
    assert row["s"] == ex + "a" and row["name"] == "李爱华"
    assert row["n"] == 3 and not isinstance(row["n"], str)
    assert bool(row["ok"]) is True and not isinstance(row["ok"], str)
    assert row["d"] == "2021-02-27" and pd.isna(row["missing"])

    js = {"head": {"vars": ["x", "y"]}, "results": {"bindings": [
        {"x": {"type": "uri", "value": ex + "b"}, "y": {"type": "literal", "value": "2.5", "datatype": xsd + "decimal"}},
        {"x": {"type": "bnode", "value": "b0"}},
    ]}}
    df2 = to_dataframe(js)
    assert df2["x"].tolist() == [ex + "b", "_:b0"]
    assert df2["y"].iloc[0] == 2.5 and pd.isna(df2["y"].iloc[1])
    assert to_dataframe({"head": {"vars": ["x"]}, "results": {"bindings": []}}).empty
    with pytest.raises(ValueError, match="ASK"):
        to_dataframe({"head": {}, "boolean": True})
    with pytest.raises(ValueError, match="SELECT"):
        to_dataframe(query(store, "ASK { ?s ?p ?o }"))


def test_iframe_html_escapes_the_page() -> None:
    from kg.notebook import iframe_html

    page = '<!DOCTYPE html><html><body><p title="a&b">"李爱华" <b>x</b></p><script>1<2</script></body></html>'
    out = iframe_html(page, height=321)
    m = re.search(r'<iframe srcdoc="([^"]*)"', out)
    assert m, out
    assert html.unescape(m.group(1)) == page  # the attribute round-trips
    assert "<script>" not in out  # nothing of the page is live markup in the notebook
    assert 'sandbox="allow-scripts' in out and "allow-same-origin" not in out
    assert "height:321px" in out


def test_view_html_sources(tmp_path: Path) -> None:
    from kg.notebook import view_html

    page = "<!DOCTYPE html><html><body>x</body></html>"
    f = tmp_path / "v.html"
    f.write_text(page, "utf-8")
    assert view_html(f) == page and view_html(str(f)) == page and view_html(page) == page
    from kg.viz import View

    with pytest.raises(ValueError, match="graph"):
        view_html(View("t", []))


def test_use_cjk_font_picks_installed_or_falls_back() -> None:
    pytest.importorskip("matplotlib")
    import matplotlib
    from matplotlib import font_manager

    from kg.notebook import CJK_FONTS, use_cjk_font

    with matplotlib.rc_context():
        assert use_cjk_font(("No Such Font 12345",)) is None
        installed = {f.name for f in font_manager.fontManager.ttflist}
        got = use_cjk_font()
        expected = next((n for n in CJK_FONTS if n in installed), None)
        assert got == expected
        if got is not None:
            assert matplotlib.rcParams["font.sans-serif"][0] == got


def test_record_summary_json(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("IPython")
    from kg.notebook import record_summary

    data = record_summary({"names": ("李爱华", "杨云峰"), "set": {2, 1}, "n": 3})
    assert data == {"names": ["李爱华", "杨云峰"], "set": [1, 2], "n": 3}
    with pytest.raises(TypeError):
        record_summary({"bad": object()})


# --------------------------------------------------------------------------
# executing the notebooks
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def nb_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One output folder for the module: the quickstart builds, the others reuse it."""
    return tmp_path_factory.mktemp("nb-out")


def _execute(name: str, out: Path) -> Any:
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(NB_DIR / f"{name}.ipynb", as_version=4)
    env_before = os.environ.get("KG_NOTEBOOK_OUT")
    os.environ["KG_NOTEBOOK_OUT"] = str(out)  # the kernel inherits it
    try:
        NotebookClient(nb, timeout=300, kernel_name="python3",
                       resources={"metadata": {"path": str(NB_DIR)}}).execute()
    finally:
        if env_before is None:
            os.environ.pop("KG_NOTEBOOK_OUT", None)
        else:
            os.environ["KG_NOTEBOOK_OUT"] = env_before
    return nb


def _tagged(nb: Any, tag: str) -> list[dict[str, Any]]:
    cells = [c for c in nb.cells if tag in c.get("metadata", {}).get("tags", [])]
    assert cells, f"no cell tagged {tag!r}"
    return [o for c in cells for o in c.get("outputs", [])]


def _summary(nb: Any) -> dict[str, Any]:
    found = [o["data"]["application/json"] for o in _tagged(nb, SUMMARY_TAG)
             if o.get("output_type") == "display_data" and "application/json" in o.get("data", {})]
    assert len(found) == 1, "the summary cell must display exactly one JSON summary"
    return dict(found[0])


def _errors(nb: Any) -> list[str]:
    return [f"{o['ename']}: {o['evalue']}" for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]


#: where a notebook must not write (the build output goes to KG_NOTEBOOK_OUT)
_WATCHED = ("notebooks", "data", "out/notebooks")


def _git_state() -> dict[str, float]:
    """Files (git-ignored ones included) under the watched folders, with their mtimes."""
    state: dict[str, float] = {}
    for sub in _WATCHED:
        for p in (ROOT / sub).rglob("*") if (ROOT / sub).is_dir() else ():
            if p.is_file() and "__pycache__" not in p.parts and ".ipynb_checkpoints" not in p.parts:
                state[str(p.relative_to(ROOT))] = p.stat().st_mtime
    return state


def _repo_untouched_since(before: dict[str, float]) -> None:
    after = _git_state()
    changed = sorted(k for k in after if before.get(k) != after[k])
    assert not changed, f"a notebook wrote into the repository: {changed}"


@needs_jupyter
def test_01_quickstart(nb_out: Path) -> None:
    before = _git_state()
    nb = _execute("01_quickstart", nb_out)
    assert not _errors(nb)
    s = _summary(nb)
    assert s["articles"] == 5 and s["failed"] == 0
    assert s["script"] == "traditional"
    # the entity table maps the simplified PERSON 李爱华 to 李愛華 as written in the article
    assert ["PERSON", "李爱华", "李愛華"] in s["entities"]
    assert ["POST", "泗洪县委书记", "泗洪縣委書記"] in s["entities"]
    assert ["holds", "李爱华", "泗洪县委书记"] in s["relations"]
    assert s["view_person"] == "李爱华"
    # the entities table itself (a DataFrame output) shows the original script
    table = "".join(o.get("data", {}).get("text/html", "") for o in _tagged(nb, "entities"))
    assert "李愛華" in table and "李爱华" in table
    # the inline view: one sandboxed iframe whose page is self-contained
    view = [o["data"]["text/html"] for o in _tagged(nb, "view") if "text/html" in o.get("data", {})]
    assert len(view) == 1
    frames = re.findall(r'<iframe srcdoc="([^"]*)"', view[0])
    outside = re.sub(r'srcdoc="[^"]*"', "", view[0])
    assert len(frames) == 1 and "src=" not in outside and "<script" not in outside
    page = html.unescape(frames[0])
    assert page.lstrip().lower().startswith("<!doctype html") and "李爱华" in page
    assert "vis-network" in page.lower()  # the library is inlined …
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=", page, re.I)  # … nothing is fetched
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I)
    assert not re.search(r"url\(\s*[\"']?\s*(https?:)?//", page, re.I)
    assert not re.search(r"@import", page, re.I)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    assert csp, "the view page sets a Content-Security-Policy"
    assert "default-src 'none'" in html.unescape(csp.group(1)) and "connect-src 'none'" in html.unescape(csp.group(1))
    assert (nb_out / "graph.html").is_file() and (nb_out / s["view_file"]).is_file()
    _repo_untouched_since(before)


@needs_jupyter
def test_02_sparql(nb_out: Path) -> None:
    before = _git_state()
    nb = _execute("02_sparql", nb_out)
    assert not _errors(nb)
    s = _summary(nb)
    assert {"officials-by-region", "posts-of-person", "campaigns-by-region"} <= set(s["named_queries"])
    # the officials table for 泗洪县 (embedded store and HTTP endpoint alike)
    assert {"李爱华", "杨云峰"} <= set(s["officials_sihong"])
    assert {"李爱华", "杨云峰"} <= set(s["http_officials_sihong"])
    assert s["officials_forms_agree"] is True
    table = "".join(o.get("data", {}).get("text/html", "") for o in _tagged(nb, "officials"))
    assert "李爱华" in table and "杨云峰" in table and "泗洪县委书记" in table
    assert "五大突破" in s["campaigns_sihong"]
    # the own query is really parameterised: a later date finds nothing
    assert s["own_query_rows"] >= 2 and {"李爱华", "杨云峰"} <= set(s["own_query_names"])
    assert s["own_query_later_rows"] == 0
    assert s["endpoint_rows"] > 0 and s["endpoint_matches_store"] is True
    assert s["update_status"] == 403  # read-only endpoint
    assert s["server_exit"] is not None  # stopped by the notebook
    _repo_untouched_since(before)


@needs_jupyter
def test_03_network_analysis(nb_out: Path) -> None:
    before = _git_state()
    nb = _execute("03_network_analysis", nb_out)
    assert not _errors(nb)
    s = _summary(nb)
    assert {"李爱华", "杨云峰", "王昊", "邓萌"} <= set(s["officials"])
    assert not {"张立婷", "胡俭"} & set(s["officials"])  # journalists are not officials
    names = [row[0] for row in s["centrality"]]
    assert sorted(names) == sorted(s["officials"]) and s["top_betweenness"] == names[0]
    assert s["communities"] >= 2
    assert s["path_李爱华_杨云峰"][0].startswith("李爱华") and s["path_李爱华_杨云峰"][-1].startswith("杨云峰")
    assert len(s["path_李爱华_杨云峰"]) == 3  # via one shared campaign or meeting
    assert ["李爱华", "杨云峰", 2] in s["shared_pairs"]
    assert "王昊" in s["path_李爱华_王昊"] and "宿迁市" in s["path_李爱华_王昊"]
    pngs = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert len(pngs) >= 4
    _repo_untouched_since(before)


@needs_jupyter
def test_04_campaigns_and_tenures(nb_out: Path) -> None:
    before = _git_state()
    nb = _execute("04_campaigns_and_tenures", nb_out)
    assert not _errors(nb)
    s = _summary(nb)
    assert s["campaigns"] >= 10
    assert s["campaigns_by_region"].get("泗洪县", 0) >= 3
    assert {"泗洪县委", "濉溪县委"} <= set(s["launchers"])
    assert s["system_13710"] == ["分宜县"]
    # campaigns in several regions, checked against the graph: every name the graph places in two or
    # more regions is listed, with exactly those regions, ordered by first report
    from kg.store import query

    placed = query(nb_out, """
        PREFIX kg: <https://kg.example.org/ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?label (GROUP_CONCAT(DISTINCT STR(?rl); separator="|") AS ?regions) WHERE {
          ?c a kg:Campaign ; rdfs:label ?label ; kg:region ?r . ?r rdfs:label ?rl
        } GROUP BY ?label HAVING (COUNT(DISTINCT ?r) > 1)""").records()
    for rec in placed:
        label = str(rec["label"])
        key = re.match(r"^[0-9][0-9+]*", label)
        core = key.group(0) if key else label
        assert core in s["multi_region"], (label, s["multi_region"])
        assert set(str(rec["regions"]).split("|")) <= set(s["multi_region"][core])
    assert all(len(regions) >= 2 for regions in s["multi_region"].values())
    # names reported by several articles (placed or not), again checked against the graph
    recurring = query(nb_out, """
        PREFIX kg: <https://kg.example.org/ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX schema: <https://schema.org/>
        SELECT ?label WHERE { ?c a kg:Campaign ; rdfs:label ?label . ?a schema:mentions ?c }
        GROUP BY ?label HAVING (COUNT(DISTINCT ?a) > 1)""").records()
    for rec in recurring:
        key = re.match(r"^[0-9][0-9+]*", str(rec["label"]))
        assert (key.group(0) if key else str(rec["label"])) in s["recurring"]
    assert all(len(dates) >= 2 and dates == sorted(dates) for dates in s["recurring"].values())
    assert "13710" not in s["multi_region"] or len(s["system_13710"]) >= 2
    # the tenure timeline has at least one row per holder in the demo graph
    assert s["holders"] and s["holders_missing"] == []
    assert set(s["timeline_holders"]) == set(s["holders"])
    rows = {(r[0], r[1]): r for r in s["tenures"]}
    assert rows[("李爱华", "泗洪县委书记")][2] == "2021-02-27"
    assert ("杨云峰", "泗洪县县长") in rows and ("杨云峰", "泗洪县委副书记") in rows
    assert all(r[2] <= r[3] and r[4] >= 1 for r in s["tenures"])
    pngs = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert len(pngs) >= 3
    _repo_untouched_since(before)


def test_server_process_bad_outdir(tmp_path: Path) -> None:
    from kg.notebook import ServerProcess

    server = ServerProcess(tmp_path / "nothing", timeout=30)
    with pytest.raises(RuntimeError, match="did not start|not answering"):
        server.start()
    assert server.proc is not None and server.proc.poll() is not None  # nothing left running
    assert server.url is None
    with pytest.raises(RuntimeError):
        _ = server.sparql_url
    assert sys.executable in server.args[0]


def test_show_view_of_a_view_object() -> None:
    pytest.importorskip("IPython")
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import FOAF, ORG, RDF, RDFS

    from kg.notebook import show_view
    from kg.viz import graph_to_networkx, overview

    g = Graph()
    person, post = URIRef("https://kg.example.org/id/person/321324/李爱华"), URIRef("https://kg.example.org/id/post/泗洪县委/书记")
    g.add((person, RDF.type, FOAF.Person))
    g.add((person, FOAF.name, Literal("李爱华", lang="zh")))
    g.add((post, RDF.type, ORG.Post))
    g.add((post, RDFS.label, Literal("泗洪县委书记", lang="zh")))
    g.add((person, ORG.holds, post))
    G = graph_to_networkx(g)
    out = show_view(overview(G), graph=G, height=300).data
    page = html.unescape(re.search(r'srcdoc="([^"]*)"', out).group(1))  # type: ignore[union-attr]
    assert "李爱华" in page and "泗洪县委书记" in page and "height:300px" in out
