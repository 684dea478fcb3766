"""Typer command functions for the SPARQL side: ``kg query``, ``kg serve``,
``kg push``. They only parse arguments and call kg.store / kg.serve / kg.push;
kg/cli.py registers them::

    app.command("query")(query_cli)
    app.command("serve")(serve_cli)
    app.command("push")(push_cli)
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .errors import KGError

log = logging.getLogger("kg")


def _fail(err: KGError) -> typer.Exit:
    typer.echo(f"kg: error: {err}", err=True)
    return typer.Exit(1)


def _is_query_file(arg: str) -> bool:
    if arg.endswith(".rq"):
        return True
    if "\n" in arg or "{" in arg:
        return False
    try:
        return Path(arg).is_file()
    except (OSError, ValueError):  # e.g. a one-line query longer than a file name may be
        return False


def query_cli(
    outdir: Annotated[Optional[Path], typer.Argument(help="Output directory of `kg build` (holds store/).")] = None,
    query: Annotated[Optional[str], typer.Argument(help="SPARQL text, or a .rq file.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv, json or xml (CONSTRUCT/DESCRIBE: Turtle; json → JSON-LD).")] = "table",
    name: Annotated[Optional[str], typer.Option("--name", "-n", help="Run a named query (see --list).")] = None,
    param: Annotated[list[str], typer.Option("--param", "-p", help="Query parameter name=value (repeatable).")] = [],  # noqa: B006
    max_results: Annotated[Optional[int], typer.Option("--max-results", help="Fail when the result has more rows.")] = None,
    list_queries: Annotated[bool, typer.Option("--list", help="List the named queries and their parameters.")] = False,
) -> None:
    """Run a SPARQL query (or a named query) on the embedded store of OUTDIR."""
    from .store import named_queries, parse_param_args, query as run_query, run_named, serialize_result

    try:
        if list_queries:
            for nq in named_queries().values():
                typer.echo(f"{nq.name}\n    {nq.description}")
                for p in nq.params:
                    req = "required" if p.default is None else f"default {p.default!r}"
                    typer.echo(f"    --param {p.name}=…  ({p.type}, {req}) {p.help}")
            return
        if outdir is None:
            raise typer.BadParameter("give OUTDIR (or --list)")
        if fmt not in ("table", "csv", "tsv", "json", "xml"):
            raise typer.BadParameter(f"unknown format {fmt!r}; choose table, csv, tsv, json or xml")
        params = parse_param_args(param)
        if name:
            if query is not None:
                raise typer.BadParameter("give either QUERY or --name, not both")
            result = run_named(outdir, name, params, max_results=max_results)
        else:
            if query is None:
                raise typer.BadParameter("give a QUERY (text or .rq file) or --name")
            text = Path(query).read_text("utf-8") if _is_query_file(query) else query
            result = run_query(outdir, text, params, max_results=max_results)
        sys.stdout.buffer.write(serialize_result(result, fmt))
        sys.stdout.flush()
    except KGError as e:
        raise _fail(e) from None
    except BrokenPipeError:  # e.g. `kg query … | head`: stop quietly, like other Unix tools
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(0) from None
    except OSError as e:
        typer.echo(f"kg: error: {e}", err=True)
        raise typer.Exit(1) from None


def serve_cli(
    outdir: Annotated[Path, typer.Argument(help="Output directory of `kg build` (holds store/).")],
    host: Annotated[str, typer.Option("--host", help="Address to bind (loopback unless told otherwise).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port (0: any free port).")] = 7878,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds a query may run.")] = 30.0,
    max_results: Annotated[int, typer.Option("--max-results", help="Rows/triples a result may have.")] = 100_000,
    workers: Annotated[Optional[int], typer.Option("--workers", help="Query worker processes (default: cores, at least 2).")] = None,
    allow_update: Annotated[bool, typer.Option("--allow-update", help="Accept SPARQL UPDATE (LOAD and SERVICE stay refused).")] = False,
) -> None:
    """Serve OUTDIR over the SPARQL 1.1 Protocol at /sparql, with a query page at /."""
    from .serve import ServeConfig, serve

    if host not in ("127.0.0.1", "localhost", "::1"):
        log.warning("binding to %s: the endpoint is reachable from other machines", host)
    def announce(url: str) -> None:
        mode = "updates allowed" if allow_update else "read-only"
        typer.echo(f"kg: SPARQL endpoint {url}/sparql, query page {url}/ ({mode}; Ctrl-C stops)", err=True)

    try:
        serve(ServeConfig(outdir=Path(outdir), host=host, port=port, timeout=timeout, max_results=max_results,
                          workers=workers, allow_update=allow_update), announce=announce)
    except KGError as e:
        raise _fail(e) from None


def push_cli(
    outdir: Annotated[Path, typer.Argument(help="Output directory of `kg build` (holds store/).")],
    endpoint: Annotated[str, typer.Option("--endpoint", help="Graph Store (or SPARQL UPDATE) URL of the target store.")],
    graph: Annotated[Optional[str], typer.Option("--graph", help="Push only this named graph (IRI).")] = None,
    query_endpoint: Annotated[Optional[str], typer.Option("--query-endpoint", help="SPARQL query URL for the count check (default: guessed from --endpoint).")] = None,
    user: Annotated[Optional[str], typer.Option("--user", help="User name (digest or basic auth).")] = None,
    password: Annotated[Optional[str], typer.Option("--password", envvar="KG_PUSH_PASSWORD", help="Password (or env KG_PUSH_PASSWORD).")] = None,
    token: Annotated[Optional[str], typer.Option("--token", envvar="KG_PUSH_TOKEN", help="Bearer token (e.g. QLever access token; or env KG_PUSH_TOKEN).")] = None,
    replace: Annotated[bool, typer.Option("--replace/--add", help="Replace each named graph (default) or add to it.")] = True,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Triples per request.")] = 50_000,
    protocol: Annotated[str, typer.Option("--protocol", help="gsp (Graph Store Protocol) or update (SPARQL UPDATE INSERT DATA).")] = "gsp",
    retries: Annotated[int, typer.Option("--retries", help="Retries per request on 5xx or connection errors.")] = 4,
    no_check: Annotated[bool, typer.Option("--no-check", help="Skip the final count check.")] = False,
) -> None:
    """Upload the graphs of OUTDIR to a SPARQL store, then check the triple counts."""
    from .push import PushConfig, push

    try:
        report = push(PushConfig(
            outdir=Path(outdir), endpoint=endpoint, graph=graph, query_endpoint=query_endpoint, user=user,
            password=password, token=token, replace=replace, batch_size=batch_size, protocol=protocol, retries=retries,
            check=not no_check,
        ))
    except KGError as e:
        raise _fail(e) from None
    typer.echo(f"kg: pushed {report.triples} triples in {report.graphs} graphs ({report.requests} requests) "
               f"to {endpoint}" + ("; counts match" if report.checked else ""), err=True)
