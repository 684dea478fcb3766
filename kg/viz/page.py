"""A view → the JSON the page draws → one self-contained HTML page.

vis-network (Apache-2.0/MIT) is read from the pyvis wheel and inlined; the
page's own script and style are in kg/static/viz/. Data travels as JSON that
is inert inside its <script type="application/json"> element and is put into
the DOM only as text; a Content-Security-Policy with the hashes of the two
scripts forbids every other script, event handler and network request.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import math
import os
import re
from collections import defaultdict, deque
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib.namespace import SDO, SKOS

from ..errors import Errors, KGError
from ..io import atomic_write
from .graph import KIND_ORDER, STYLE, _kind_label, predicate_label
from .views import View

log = logging.getLogger("kg")

_MAX_ROWS = 14
_MAX_EVIDENCE = 4
_CANVAS_LABEL = 16
_STATIC = Path(__file__).resolve().parent.parent / "static" / "viz"


def _short(label: str, n: int = _CANVAS_LABEL) -> str:
    return label if len(label) <= n else label[: n - 1] + "…"


def _article_ref(G: nx.MultiDiGraph, art: str | None) -> dict[str, Any] | None:
    if not art or art not in G:
        return None
    d = G.nodes[art]
    url = d.get("url")
    return {"title": d["label"], "date": d.get("date"), "url": url if _is_web_url(url) else None}


def _is_web_url(url: Any) -> bool:
    return isinstance(url, str) and re.fullmatch(r"https?://[^\s<>\"'`]+", url) is not None


def _evidence_items(G: nx.MultiDiGraph, head: str, evs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {"head": head, "date": e.get("date"), "text": e.get("text"), "inferred": e.get("inferred", False),
         "article": _article_ref(G, e.get("article"))}
        for e in evs
    ]


def _dates(evs: list[dict[str, Any]]) -> str:
    ds = sorted({e["date"] for e in evs if e.get("date")})
    if not ds:
        return ""
    return f"（{ds[0]}）" if len(ds) == 1 else f"（{ds[0]} – {ds[-1]}，{len(ds)} 次）"


def _node_details(G: nx.MultiDiGraph, n: str, extra_rows: list[tuple[str, str]]) -> dict[str, Any]:
    """Tooltip content of a node: literal properties, its links with their
    dates (incoming ones marked ←) and the latest evidence of each link."""
    d = G.nodes[n]
    alt_label = predicate_label(SKOS.altLabel)
    rows: list[list[str]] = []
    if d.get("alt"):
        rows.append([alt_label, "、".join(d["alt"])])
    rows += [[k, v] for k, v in d.get("props", []) if k != alt_label]
    rows += [[k, v] for k, v in extra_rows]
    evidence: list[dict[str, Any]] = list(d.get("literal_evidence", []))
    links: list[tuple[int, str, str, list[dict[str, Any]]]] = []
    for _u, v, data in G.out_edges(n, data=True):
        links.append((0, data["label"], G.nodes[v]["label"], data["evidence"]))
    for u, _v, data in G.in_edges(n, data=True):
        if G.nodes[u]["kind"] not in ("Article", "Statement"):
            links.append((1, f"← {data['label']}", G.nodes[u]["label"], data["evidence"]))
    links.sort(key=lambda t: (t[0], t[1], t[2]))
    more = 0
    for _dir, key, other, evs in links:
        if len(rows) < _MAX_ROWS:
            rows.append([key, other + _dates(evs)])
        else:
            more += 1
        if evs and len(evidence) < _MAX_EVIDENCE:
            evidence += _evidence_items(G, f"{key} {other}", evs[-1:])
    mentioned = sum(1 for u in G.predecessors(n) if G.nodes[u]["kind"] == "Article")
    if mentioned:
        rows.append([predicate_label(SDO.mentions), f"{mentioned} 篇报道"])
    return {"title": d["label"], "kind": _kind_label(d["kind"]), "rows": rows, "evidence": evidence[:_MAX_EVIDENCE],
            "more": f"另有 {more} 条关系未列出" if more else ""}


def _edge_details(G: nx.MultiDiGraph, u: str, v: str, label: str, evs: list[dict[str, Any]]) -> dict[str, Any]:
    head = f"{G.nodes[u]['label']} —{label}→ {G.nodes[v]['label']}"
    items = _evidence_items(G, label, evs[-_MAX_EVIDENCE:])
    return {"title": head, "kind": "关系", "rows": [["出处", f"{len(evs)} 条"]] if evs else [], "evidence": items,
            "more": f"另有 {len(evs) - _MAX_EVIDENCE} 条出处未列出" if len(evs) > _MAX_EVIDENCE else ""}


def _simple(G: nx.MultiDiGraph, nodes: list[str]) -> nx.Graph:
    """The undirected simple graph on ``nodes`` (built directly: subgraph views are slow)."""
    keep = set(nodes)
    simple = nx.Graph()
    simple.add_nodes_from(nodes)
    simple.add_edges_from((u, v) for u, v in G.edges(nodes) if v in keep and u != v)
    return simple


def _sizes(simple: nx.Graph, measure: str) -> dict[str, float]:
    """Node size 1–10 from the degree or the betweenness centrality (sampled
    from 300 sources on large graphs) of the drawn graph."""
    n = simple.number_of_nodes()
    if measure == "betweenness":
        vals = nx.betweenness_centrality(simple, k=300 if n > 300 else None, seed=7) if n > 2 else dict.fromkeys(simple, 0.0)
    elif measure == "degree":
        vals = dict(simple.degree())
    else:
        raise KGError(Errors.E107.format(name="size_by", value=measure, reason="use 'degree' or 'betweenness'"))
    top = max(vals.values(), default=0) or 1
    return {n: round(1 + 9 * math.sqrt(vals[n] / top), 3) for n in simple}


#: from this many nodes on, positions are computed here (radial trees) and
#: the browser only relaxes them briefly instead of simulating from scratch
LAYOUT_THRESHOLD = 400
_SPACING = 70.0


def radial_layout(G: nx.Graph) -> dict[Any, tuple[float, float]]:
    """Deterministic O(n) positions: every connected component as a radial
    tree around its best-connected node (subtrees get angular wedges in
    proportion to their leaves), components packed in rows, largest first."""
    deg = dict(G.degree())
    comps = sorted((sorted(c, key=str) for c in nx.connected_components(G)), key=lambda c: (-len(c), str(c[0])))
    placed: list[tuple[dict[Any, tuple[float, float]], float]] = []
    for comp in comps:
        root = max(comp, key=lambda n: (deg[n], str(n)))
        children: dict[Any, list[Any]] = {root: []}
        order = [root]
        depth = {root: 0}
        queue = deque([root])
        while queue:
            n = queue.popleft()
            for m in sorted(G.neighbors(n), key=lambda m: (-deg[m], str(m))):
                if m not in depth:
                    depth[m] = depth[n] + 1
                    children[n].append(m)
                    children[m] = []
                    order.append(m)
                    queue.append(m)
        leaves: dict[Any, int] = {}
        for n in reversed(order):
            leaves[n] = sum(leaves[c] for c in children[n]) or 1
        per_depth: dict[int, int] = defaultdict(int)
        for n in order:
            per_depth[depth[n]] += 1
        radius = {0: 0.0}
        for d in range(1, max(per_depth) + 1):
            radius[d] = max(radius[d - 1] + _SPACING * 1.6, per_depth[d] * _SPACING / (2 * math.pi))
        pos: dict[Any, tuple[float, float]] = {}
        wedge: dict[Any, tuple[float, float]] = {root: (0.0, 2 * math.pi)}
        for n in order:
            lo, hi = wedge[n]
            a = (lo + hi) / 2
            pos[n] = (radius[depth[n]] * math.cos(a), radius[depth[n]] * math.sin(a))
            start = lo
            for c in children[n]:
                span = (hi - lo) * leaves[c] / leaves[n]
                wedge[c] = (start, start + span)
                start += span
        placed.append((pos, radius[max(per_depth)] + _SPACING))
    # shelf packing: rows of components about as wide as the biggest one (at least a square)
    out: dict[Any, tuple[float, float]] = {}
    total = sum((2 * r) ** 2 for _p, r in placed)
    row_width = max(max((2 * r for _p, r in placed), default=0.0), math.sqrt(total))
    x = y = row_h = 0.0
    for pos, r in placed:
        if x > 0 and x + 2 * r > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        cx, cy = x + r, y + r
        for n, (px, py) in pos.items():
            out[n] = (round(cx + px, 1), round(cy + py, 1))
        x += 2 * r
        row_h = max(row_h, 2 * r)
    return out


def view_data(G: nx.MultiDiGraph, view: View, size_by: str = "degree") -> dict[str, Any]:
    """The JSON the page draws: nodes, edges, legend, tooltips and counts."""
    sub = G.subgraph(view.nodes)
    ids = {n: i for i, n in enumerate(view.nodes)}
    simple = _simple(G, view.nodes)
    sizes = _sizes(simple, size_by)
    pos = radial_layout(simple) if len(view.nodes) >= LAYOUT_THRESHOLD else {}
    details: list[dict[str, Any]] = []
    nodes = []
    counts: dict[str, int] = defaultdict(int)
    for n in view.nodes:
        d = G.nodes[n]
        counts[d["kind"]] += 1
        details.append(_node_details(G, n, view.extra_rows.get(n, [])))
        nodes.append({"id": ids[n], "label": _short(d["label"]), "full": d["label"], "kind": d["kind"],
                      "value": sizes.get(n, 1), "d": len(details) - 1, "focus": n in view.focus, "iri": n})
        if n in pos:
            nodes[-1]["x"], nodes[-1]["y"] = pos[n]
    edges = []
    if view.edges is None:
        triples = [(u, v, data["label"], data["evidence"]) for u, v, data in sub.edges(data=True)]
    else:
        triples = list(view.edges)
    pair_count: dict[tuple[str, str], int] = defaultdict(int)
    kept = [t for t in triples if t[0] in ids and t[1] in ids]  # a capped view drops some ends
    for u, v, label, evs in sorted(kept, key=lambda t: (ids[t[0]], ids[t[1]], t[2])):
        pair = (min(ids[u], ids[v]), max(ids[u], ids[v]))
        details.append(_edge_details(G, u, v, label, evs))
        edges.append({"id": len(edges), "from": ids[u], "to": ids[v], "label": label, "d": len(details) - 1,
                      "par": pair_count[pair], "inferred": bool(evs) and all(e.get("inferred") for e in evs)})
        pair_count[pair] += 1
    legend = [{"kind": k, "label": _kind_label(k), "color": STYLE[k][0], "shape": STYLE[k][1], "symbol": STYLE[k][2],
               "count": counts[k]} for k in KIND_ORDER if counts.get(k)]
    return {"title": view.title, "notice": view.notice, "nodes": nodes, "edges": edges, "details": details,
            "legend": legend, "total_nodes": view.total_nodes or len(nodes),
            "total_edges": view.total_edges or len(edges), "aggregated": view.aggregated}


# --------------------------------------------------------------------------
# page
# --------------------------------------------------------------------------


def _vis_dir() -> Path:
    import pyvis

    return Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    vis = _vis_dir()
    out: dict[str, str] = {}
    for key, path in (("vis_js", vis / "vis-network.min.js"), ("vis_css", vis / "vis-network.css"),
                      ("js", _STATIC / "view.js"), ("css", _STATIC / "view.css"), ("html", _STATIC / "view.html")):
        if not path.is_file():
            raise KGError(Errors.E108.format(path=path))
        out[key] = path.read_text("utf-8")
    # inline code must not close its own element early
    out["vis_js"] = out["vis_js"].replace("</script", "<\\/script").replace("<!--", "<\\!--")
    for key in ("vis_css", "css"):
        out[key] = out[key].replace("</style", "<\\/style")
    return out


def _json_for_html(data: Any) -> str:
    """JSON that is inert inside <script type="application/json">."""
    s = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def render_html(data: dict[str, Any], options: dict[str, Any] | None = None) -> str:
    """The self-contained page for ``view_data`` output."""
    from jinja2 import Environment
    from markupsafe import Markup

    a = _assets()
    n = len(data["nodes"])
    laid_out = bool(data["nodes"]) and "x" in data["nodes"][0]
    opts = {
        # laid out here: no simulation in the browser (the 重新布局 button runs a bounded one)
        "iterations": 0 if laid_out else 400 if n <= 150 else 200,
        "improvedLayout": n <= 150,
        "big": laid_out,
        "edgeLabels": len(data["edges"]) <= 4000,
    }
    opts.update(options or {})
    page_js = "window.kgOptions = " + _json_for_html(opts) + ";\n" + a["js"]
    csp = ("default-src 'none'; "
           f"script-src '{_sha256(a['vis_js'])}' '{_sha256(page_js)}'; "
           "style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; "
           "form-action 'none'; base-uri 'none'")
    env = Environment(autoescape=True, keep_trailing_newline=True)
    tmpl = env.from_string(a["html"])
    return tmpl.render(
        title=data["title"], notice=data["notice"], csp=csp,
        n_nodes=n, n_edges=len(data["edges"]), total_nodes=data["total_nodes"], total_edges=data["total_edges"],
        vis_css=Markup(a["vis_css"]), css=Markup(a["css"]), vis_js=Markup(a["vis_js"]), page_js=Markup(page_js),
        data_json=Markup(_json_for_html(data)),
    )


def write_html(G: nx.MultiDiGraph, view: View, out_file: str | os.PathLike[str], size_by: str = "degree") -> Path:
    data = view_data(G, view, size_by=size_by)
    html = render_html(data)
    out = Path(out_file)
    with atomic_write(out) as fh:
        fh.write(html)
    log.info("view %s: %d nodes, %d edges → %s", view.title, len(data["nodes"]), len(data["edges"]), out)
    if view.notice:
        log.warning("%s", view.notice)
    return out


