"""``kg view``: write one interactive HTML view of a built graph (registered in kg/cli.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .errors import KGError


def view_cli(
    outdir: Annotated[Path, typer.Argument(help="A kg build output folder (holding graph.ttl), or a graph file.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="The HTML file to write.")],
    focus: Annotated[Optional[str], typer.Option("--focus", help="Ego view around a person, post, body, region or campaign (by name).")] = None,
    region: Annotated[Optional[str], typer.Option("--region", help="Region view: its bodies, posts, holders, campaigns and child regions.")] = None,
    campaign: Annotated[Optional[str], typer.Option("--campaign", help="Campaign view: who launched and promoted it, where.")] = None,
    query: Annotated[Optional[Path], typer.Option("--query", help="Draw the result of a SPARQL SELECT or CONSTRUCT query (.rq file).")] = None,
    hops: Annotated[int, typer.Option("--hops", help="Links to follow from the focus (region view: levels of child regions).")] = 1,
    max_nodes: Annotated[int, typer.Option("--max-nodes", help="Above this many nodes the view is cut down, with a notice.")] = 5000,
    size_by: Annotated[str, typer.Option("--size-by", help="Node size from 'degree' or 'betweenness'.")] = "degree",
) -> None:
    """Write an interactive HTML view of the graph in OUTDIR (the whole graph without a selection)."""
    from .cli import _setup_logging
    from .viz import write_view

    _setup_logging()

    try:
        path = write_view(outdir, output, focus=focus, region=region, campaign=campaign, query_file=query,
                          hops=hops, max_nodes=max_nodes, size_by=size_by)
    except KGError as e:
        typer.echo(f"kg: error: {e}", err=True)
        raise typer.Exit(2) from None
    typer.echo(str(path))
