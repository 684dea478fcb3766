"""Which part of the graph a view draws: overview, ego, region, campaign, query."""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import URIRef
from rdflib.namespace import DCTERMS, ORG, RDF, SDO, SKOS

from ..errors import Errors, KGError
from ..ontology import KG
from .graph import _LABEL_PROP_IRIS as _LABELS
from .graph import (AGGREGATE_KINDS, VIEW_KINDS, Answer, Lit, Term, _local_name, graph_outline, graph_to_networkx,
                    predicate_label)

TYPE = str(RDF.type)

#: above this many nodes a view is cut down, with a notice asking for a focus
DEFAULT_MAX_NODES = 5000


@dataclass
class View:
    """A subgraph to draw, with what the page says about it."""

    title: str
    nodes: list[str]
    notice: str = ""
    focus: list[str] = field(default_factory=list)
    total_nodes: int = 0
    total_edges: int = 0
    aggregated: bool = False
    #: the edges to draw as (u, v, label, evidence); None: every edge of the graph between the nodes
    edges: list[tuple[str, str, str, list[dict[str, Any]]]] | None = None
    extra_rows: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


def _drawable(G: nx.MultiDiGraph, kinds: Iterable[str]) -> list[str]:
    ks = set(kinds)
    return [n for n, k in G.nodes(data="kind") if k in ks]


def overview(G: nx.MultiDiGraph, max_nodes: int = DEFAULT_MAX_NODES, kinds: Iterable[str] = VIEW_KINDS) -> View:
    """The whole graph; above ``max_nodes`` only the top regions, bodies and campaigns."""
    _check_positive("max_nodes", max_nodes)
    nodes = _drawable(G, kinds)
    sub = G.subgraph(nodes)
    view = View("知识图谱总览", nodes, total_nodes=len(nodes), total_edges=sub.number_of_edges())
    if not nodes:
        view.notice = "图中还没有可以显示的实体。"
    if len(nodes) > max_nodes:
        core = [n for n in nodes if G.nodes[n]["kind"] in AGGREGATE_KINDS]
        if len(core) > max_nodes:
            deg = dict(sub.degree(core))
            core = _top(core, deg, lambda n: G.nodes[n]["label"], max_nodes)
        _aggregate(view, core, max_nodes)
    return view


def _top(core: list[str], deg: dict[str, int], label: Any, max_nodes: int) -> list[str]:
    """The ``max_nodes`` best-connected nodes (then by label and IRI)."""
    return sorted(core, key=lambda n: (-deg.get(n, 0), label(n), n))[:max_nodes]


def _aggregate(view: View, core: list[str], max_nodes: int) -> None:
    view.nodes = core
    view.aggregated = True
    view.notice = (
        f"图太大（{view.total_nodes} 个节点，上限 {max_nodes}）：这里只显示 {len(core)} 个行政区划、机构和专项工作。"
        "请用 kg view OUTDIR --focus 名称（或 --region / --campaign）查看某个人物、机构或地区的局部图。"
    )


def overview_of(source: Any, max_nodes: int = DEFAULT_MAX_NODES,
                kinds: Iterable[str] = VIEW_KINDS) -> tuple[nx.MultiDiGraph, View]:
    """The overview of the graph in ``source`` (a build folder, a graph file, a Graph or a Store) with the graph
    it is drawn from: the same view as :func:`overview` over the whole graph, but when the graph is too large to
    draw, only the shown nodes, their neighbours and the statements about their links are read into networkx
    (a ranking pass over the graph finds them first), so memory follows the page, not the corpus."""
    _check_positive("max_nodes", max_nodes)
    outline = graph_outline(source)
    ks = set(kinds)
    nodes = [n for n, k in outline.kinds.items() if k in ks]
    if len(nodes) <= max_nodes:
        del outline
        G = graph_to_networkx(source)
        return G, overview(G, max_nodes, kinds)
    drawable = set(nodes)
    deg: dict[str, int] = defaultdict(int)
    edges = 0
    for s, _p, o in outline.links:
        if s in drawable and o in drawable:
            edges += 1
            deg[s] += 1
            deg[o] += 1
    view = View("知识图谱总览", nodes, total_nodes=len(nodes), total_edges=edges)
    core = [n for n in nodes if outline.kinds[n] in AGGREGATE_KINDS]
    if len(core) > max_nodes:
        core = _top(core, deg, outline.labels.__getitem__, max_nodes)
    _aggregate(view, core, max_nodes)
    reading = outline.reading(core)
    del outline, drawable, deg
    return graph_to_networkx(source, subjects=reading), view


def find_nodes(G: nx.MultiDiGraph, label: str, kinds: Iterable[str] = VIEW_KINDS, what: str = "node") -> list[str]:
    """Nodes whose label (or alternative label) is ``label``; a unique partial match otherwise."""
    from ..normalize import normalize

    want = normalize(label.strip()).text.strip(" \"'“”「」『』")
    ks = set(kinds)
    cands = [n for n, d in G.nodes(data=True) if d["kind"] in ks]
    exact = [n for n in cands if want == G.nodes[n]["label"] or want in G.nodes[n]["alt"]]
    if exact:
        return sorted(exact)
    partial = [n for n in cands if want and (want in G.nodes[n]["label"] or any(want in a for a in G.nodes[n]["alt"]))]
    if len(partial) == 1:
        return partial
    labels = sorted({G.nodes[n]["label"] for n in partial})
    if labels:
        shown = "、".join(labels[:10]) + ("…" if len(labels) > 10 else "")
        hint = f" Did you mean one of: {shown}?"
    else:
        hint = " Check the spelling; labels are in simplified Chinese."
    raise KGError(Errors.E102.format(what=what, label=label, hint=hint))


def _undirected_ball(G: nx.MultiDiGraph, start: Iterable[str], hops: int, allowed: set[str]) -> dict[str, int]:
    dist: dict[str, int] = {n: 0 for n in start}
    queue = deque(dist)
    while queue:
        n = queue.popleft()
        if dist[n] >= hops:
            continue
        for m in list(G.successors(n)) + list(G.predecessors(n)):
            if m not in dist and m in allowed:
                dist[m] = dist[n] + 1
                queue.append(m)
    return dist


def _cap(G: nx.MultiDiGraph, view: View, dist: dict[str, int], max_nodes: int) -> View:
    if len(dist) > max_nodes:
        view.aggregated = True
        keep = sorted(dist, key=lambda n: (dist[n], -G.degree(n), n))[:max_nodes]
        view.notice = (f"这个局部图有 {len(dist)} 个节点，超过上限 {max_nodes}：只显示离中心最近的 {max_nodes} 个。"
                       "请减小 --hops 或选一个更具体的中心。")
        view.nodes = keep
    return view


def ego(G: nx.MultiDiGraph, label: str, hops: int = 1, max_nodes: int = DEFAULT_MAX_NODES,
        kinds: Iterable[str] = VIEW_KINDS) -> View:
    """Everything within ``hops`` links of the node(s) labelled ``label``."""
    _check_hops(hops)
    _check_positive("max_nodes", max_nodes)
    allowed = set(_drawable(G, kinds))
    centre = find_nodes(G, label, kinds)
    dist = _undirected_ball(G, centre, hops, allowed)
    view = View(f"{label} 的关系图（{hops} 跳）", list(dist), focus=centre,
                total_nodes=len(dist), total_edges=G.subgraph(dist).number_of_edges())
    return _cap(G, view, dist, max_nodes)


def _in_edges(G: nx.MultiDiGraph, targets: set[str], pred: URIRef) -> set[str]:
    return {u for t in targets for u, _v, k in G.in_edges(t, keys=True) if k == str(pred)}


def _out_edges(G: nx.MultiDiGraph, sources: set[str], pred: URIRef) -> set[str]:
    return {v for s in sources for _u, v, k in G.out_edges(s, keys=True) if k == str(pred)}


def region_view(G: nx.MultiDiGraph, label: str, hops: int = 1, max_nodes: int = DEFAULT_MAX_NODES) -> View:
    """A region with its bodies, their posts and holders, its campaigns and meetings,
    its child regions and the regions above it. ``hops`` > 1 also opens the
    child regions (``hops`` - 1 levels down)."""
    _check_hops(hops)
    _check_positive("max_nodes", max_nodes)
    region = find_nodes(G, label, ["Region"], what="region")
    scope = set(region)
    frontier = set(region)
    for _ in range(max(hops - 1, 0)):
        frontier = _in_edges(G, frontier, SDO.containedInPlace) & _kind_set(G, "Region")
        scope |= frontier
    children = _in_edges(G, scope, SDO.containedInPlace) & _kind_set(G, "Region")
    ancestors: set[str] = set()
    up = set(region)
    while up:
        up = (_out_edges(G, up, SDO.containedInPlace) & _kind_set(G, "Region")) - ancestors - scope
        ancestors |= up
    bodies = _in_edges(G, scope, KG.jurisdiction)
    sub = bodies
    while sub:
        sub = _in_edges(G, sub, ORG.subOrganizationOf) - bodies
        bodies |= sub
    posts = _in_edges(G, bodies, ORG.postIn)
    holders = _in_edges(G, posts, ORG.holds)
    campaigns = (_in_edges(G, scope, KG.region) | _in_edges(G, bodies | scope, KG.launchedBy)) & _kind_set(G, "Campaign")
    meetings = _in_edges(G, scope, SDO.location) & _kind_set(G, "Meeting")
    nodes = scope | children | ancestors | bodies | posts | holders | campaigns | meetings
    dist = {n: (0 if n in region else 1 if n in scope | bodies else 2) for n in nodes}
    view = View(f"{label} 地区图", sorted(nodes), focus=region, total_nodes=len(nodes),
                total_edges=G.subgraph(nodes).number_of_edges())
    return _cap(G, view, dist, max_nodes)


def campaign_view(G: nx.MultiDiGraph, label: str, hops: int = 1, max_nodes: int = DEFAULT_MAX_NODES) -> View:
    """A campaign with who launched and promoted it, where, its parts and
    aliases, and the posts and bodies of its promoters; ``hops`` > 1 widens
    it by ``hops`` - 1 links in every direction."""
    _check_hops(hops)
    _check_positive("max_nodes", max_nodes)
    camp = find_nodes(G, label, ["Campaign"], what="campaign")
    cs = set(camp)
    launched = _out_edges(G, cs, KG.launchedBy)
    regions = _out_edges(G, cs, KG.region)
    promoters = _out_edges(G, cs, KG.promotedBy)
    parts = _out_edges(G, cs, DCTERMS.hasPart) | _out_edges(G, cs, SKOS.altLabel) | _in_edges(G, cs, DCTERMS.hasPart)
    posts = _out_edges(G, promoters, ORG.holds)
    bodies = _out_edges(G, posts, ORG.postIn)
    juris = _out_edges(G, bodies | launched, KG.jurisdiction)
    nodes = cs | launched | regions | promoters | parts | posts | bodies | juris
    nodes &= set(_drawable(G, VIEW_KINDS))
    dist = {n: (0 if n in cs else 1) for n in nodes}
    if hops > 1:
        for n, d in _undirected_ball(G, nodes, hops - 1, set(_drawable(G, VIEW_KINDS))).items():
            dist.setdefault(n, d + 1)
    view = View(f"{label} 专项工作图", sorted(dist), focus=camp, total_nodes=len(dist),
                total_edges=G.subgraph(dist).number_of_edges())
    return _cap(G, view, dist, max_nodes)


def _kind_set(G: nx.MultiDiGraph, kind: str) -> set[str]:
    return {n for n, k in G.nodes(data="kind") if k == kind}


def query_view(G: nx.MultiDiGraph, answer: Answer, path: str = "<query>",
               max_nodes: int = DEFAULT_MAX_NODES) -> View:
    """The result of a SPARQL query (:func:`kg.viz.graph.run_query`).

    CONSTRUCT: the IRIs of the result triples are nodes, IRI-to-IRI triples
    edges (with the graph's provenance when the graph has the triple).
    SELECT: per row, IRI-valued columns are nodes, consecutive ones are
    joined by an edge (named after the graph's own predicate when there is
    one, else after the two variables); literal columns annotate the IRI node
    before them. IRIs the graph does not type become nodes of kind Other.
    """
    _check_positive("max_nodes", max_nodes)
    order: dict[str, None] = {}
    edges: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    rows: dict[str, list[tuple[str, str]]] = defaultdict(list)
    labels = {s: o.value for s, p, o in answer.triples if isinstance(o, Lit) and p in _LABELS}

    def add(term: Term | None) -> str | None:
        if term is None or isinstance(term, Lit) or term.startswith("_:"):
            return None
        if term not in G:
            G.add_node(term, kind="Other", classes=[], label=labels.get(term) or _local_name(term), alt=[], props=[])
        elif G.nodes[term]["kind"] == "Statement":
            return None
        order.setdefault(term)
        return term

    if answer.kind == "CONSTRUCT":
        for s, p, o in answer.triples:
            u = add(s)
            if p == TYPE:
                continue
            v = add(o)
            if u and v and u != v:
                known = G.get_edge_data(u, v, key=p)
                edges[(u, v, predicate_label(p))] = known["evidence"] if known else []
            elif u and isinstance(o, Lit) and p not in _LABELS:
                rows[u].append((predicate_label(p), o.value))
    else:
        for row in answer.rows:
            prev: tuple[str, str] | None = None
            for name, term in zip(answer.variables, row):
                key = add(term)
                if key is None:
                    if prev is not None and isinstance(term, Lit):
                        rows[prev[0]].append((name, term.value))
                    continue
                if prev is not None and prev[0] != key:
                    label = _link_label(G, prev[0], key) or f"{prev[1]} → {name}"
                    edges.setdefault((prev[0], key, label), [])
                prev = (key, name)
    nodes = list(order)
    view = View(f"查询结果：{Path(path).name}", nodes, total_nodes=len(nodes), total_edges=len(edges),
                edges=[(u, v, lab, evs) for (u, v, lab), evs in edges.items()], extra_rows=dict(rows))
    if not nodes:
        view.notice = "查询没有返回可以画成节点的 IRI。"
    dist = {n: i for i, n in enumerate(nodes)}
    return _cap(G, view, dist, max_nodes)


def _link_label(G: nx.MultiDiGraph, u: str, v: str) -> str | None:
    for a, b in ((u, v), (v, u)):
        data = G.get_edge_data(a, b)
        if data:
            return " / ".join(sorted(d["label"] for d in data.values()))
    return None


def _check_hops(hops: int) -> None:
    if not isinstance(hops, int) or hops < 0:
        raise KGError(Errors.E107.format(name="hops", value=hops, reason="use a whole number ≥ 0"))


def _check_positive(name: str, value: int) -> None:
    if not isinstance(value, int) or value < 1:
        raise KGError(Errors.E107.format(name=name, value=value, reason="use a whole number ≥ 1"))


