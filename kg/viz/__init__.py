"""Interactive HTML views of the graph (vis-network, fully offline).

Views read the graph (``OUTDIR/graph.ttl``, any graph file, an rdflib Graph
or a pyoxigraph Store), never pipeline internals:

* :func:`write_overview` — the whole graph (``OUTDIR/graph.html``, written by ``kg build``);
* :func:`write_view` — an ego view (``focus``), a region view, a campaign view
  or the result of a SPARQL SELECT/CONSTRUCT query.

The graph becomes a networkx ``MultiDiGraph`` (:func:`graph_to_networkx`, also
used by the notebooks) whose nodes are the typed entities and whose edges are
the entity-to-entity triples, each carrying the provenance of its statements
(date, evidence sentence, source article). A view selects a subgraph, sizes
nodes by a networkx measure (degree or betweenness), lays out large views here
(:func:`kg.viz.page.radial_layout`; small ones settle with the browser's
physics, which is then frozen) and renders one self-contained HTML page: the
vis-network library shipped in the pyvis wheel is inlined, the data travels as
escaped JSON and the page builds every tooltip from text nodes, so no string
from an article can inject markup, and the page makes no network request
(its Content-Security-Policy forbids any).

Modules: :mod:`kg.viz.graph` (RDF → networkx, SPARQL), :mod:`kg.viz.views`
(what each view draws), :mod:`kg.viz.page` (page data, layout, HTML); the
page's template, script and style are in ``kg/static/viz/``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph

from ..errors import Errors, KGError
from .graph import (
    KIND_CLASSES,
    STYLE,
    VIEW_KINDS,
    Answer,
    _kind_label,
    graph_to_networkx,
    iter_triples,
    predicate_label,
    run_query,
)
from .page import LAYOUT_THRESHOLD, radial_layout, render_html, view_data, write_html
from .views import (
    DEFAULT_MAX_NODES,
    View,
    _check_hops,
    campaign_view,
    ego,
    find_nodes,
    overview,
    overview_of,
    query_view,
    region_view,
)

__all__ = [
    "Answer", "DEFAULT_MAX_NODES", "KIND_CLASSES", "LAYOUT_THRESHOLD", "STYLE", "VIEW_KINDS", "View", "campaign_view", "ego",
    "find_nodes", "graph_to_networkx", "iter_triples", "overview", "overview_of", "predicate_label", "query_view", "radial_layout",
    "region_view", "render_html", "run_query", "view_data", "write_html", "write_overview", "write_view",
]


def write_overview(outdir: str | os.PathLike[str], max_nodes: int = DEFAULT_MAX_NODES,
                   size_by: str = "degree") -> Path:
    """Write ``OUTDIR/graph.html``: the whole graph (aggregated above ``max_nodes``)."""
    G, view = overview_of(outdir, max_nodes=max_nodes)
    return write_html(G, view, Path(outdir) / "graph.html", size_by=size_by)


def write_view(
    outdir: str | os.PathLike[str] | Graph | Any,
    out_file: str | os.PathLike[str],
    focus: str | None = None,
    region: str | None = None,
    campaign: str | None = None,
    query_file: str | os.PathLike[str] | None = None,
    hops: int = 1,
    max_nodes: int = DEFAULT_MAX_NODES,
    size_by: str = "degree",
) -> Path:
    """Write one view of the graph in ``outdir`` (a kg build folder, a graph
    file, an rdflib Graph or a pyoxigraph Store) to ``out_file``.

    At most one of ``focus`` (ego view of a person, post, body, region or
    campaign), ``region``, ``campaign`` or ``query_file`` (SPARQL SELECT or
    CONSTRUCT); none gives the overview.
    """
    given = [name for name, v in (("--focus", focus), ("--region", region), ("--campaign", campaign),
                                  ("--query", query_file)) if v is not None]
    if len(given) > 1:
        raise KGError(Errors.E104.format(given=", ".join(given)))
    _check_hops(hops)
    query_text = None
    if query_file is not None:
        qpath = Path(query_file)
        try:
            query_text = qpath.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise KGError(Errors.E105.format(path=qpath, reason=getattr(e, "strerror", None) or str(e))) from e
    if not given:  # the overview: read only what the page shows when the graph is too large to draw
        G, view = overview_of(outdir, max_nodes=max_nodes)
        return write_html(G, view, out_file, size_by=size_by)
    G = graph_to_networkx(outdir)
    if focus is not None:
        view = ego(G, focus, hops=hops, max_nodes=max_nodes)
    elif region is not None:
        view = _typed(G, region, "Region", "region", region_view, hops, max_nodes)
    elif campaign is not None:
        view = _typed(G, campaign, "Campaign", "campaign", campaign_view, hops, max_nodes)
    elif query_file is not None and query_text is not None:
        answer = run_query(outdir, query_text, path=str(query_file))
        view = query_view(G, answer, path=str(query_file), max_nodes=max_nodes)
    else:
        view = overview(G, max_nodes=max_nodes)
    return write_html(G, view, out_file, size_by=size_by)


def _typed(G: nx.MultiDiGraph, label: str, kind: str, what: str, fn: Any, hops: int, max_nodes: int) -> View:
    try:
        return fn(G, label, hops=hops, max_nodes=max_nodes)  # type: ignore[no-any-return]
    except KGError:
        other = [n for n, d in G.nodes(data=True) if d["kind"] != kind and d["kind"] in VIEW_KINDS
                 and (d["label"] == label or label in d["alt"])]
        if other:
            raise KGError(Errors.E103.format(label=label, kind=_kind_label(G.nodes[other[0]]["kind"]),
                                             expected=_kind_label(kind))) from None
        raise
