"""The ``kg`` command line: thin commands that parse arguments and call the
library functions."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(
    name="kg",
    help="Build and explore knowledge graphs of Chinese local-government news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _setup_logging(quiet: bool = False, verbose: bool = False) -> None:
    level = logging.DEBUG if verbose else logging.WARNING if quiet else logging.INFO
    logger = logging.getLogger("kg")
    logger.handlers.clear()
    handler = logging.StreamHandler(sys.stderr)

    class _Fmt(logging.Formatter):
        def format(self, record: logging.LogRecord) -> str:
            prefix = {"ERROR": "error: ", "WARNING": "warning: ", "CRITICAL": "error: "}.get(record.levelname, "")
            return f"kg: {prefix}{record.getMessage()}"

    class _Once(logging.Filter):
        """Show each distinct warning once per run (report.json keeps them all)."""

        def __init__(self) -> None:
            super().__init__()
            self.seen: set[str] = set()

        def filter(self, record: logging.LogRecord) -> bool:
            if record.levelno != logging.WARNING:
                return True
            msg = record.getMessage()
            if msg in self.seen:
                return False
            self.seen.add(msg)
            return True

    handler.setFormatter(_Fmt())
    handler.addFilter(_Once())
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False


def _print_version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(__version__)
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Build and explore knowledge graphs of Chinese local-government news."""
    _setup_logging()


@app.command("build")
def build_cli(
    inputs: Annotated[list[Path], typer.Argument(help="Article files or folders (.txt, .html, .jsonl).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Output directory.")],
    workers: Annotated[Optional[int], typer.Option("--workers", "-w", help="Worker processes (default: all cores).")] = None,
    fmt: Annotated[list[str], typer.Option("--format", help="Extra graph formats: nquads, ntriples, jsonld.")] = [],  # noqa: B006
    base_iri: Annotated[Optional[str], typer.Option("--base-iri", help="Base IRI for minted entity IRIs.")] = None,
    segmenter: Annotated[Optional[str], typer.Option("--segmenter", help="char (default), jieba or pkuseg.")] = None,
    dask: Annotated[Optional[str], typer.Option("--dask", help="Dask scheduler address to run the NLP stage on.")] = None,
    no_views: Annotated[bool, typer.Option("--no-views", help="Do not write graph.html.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, only warnings and errors.")] = False,
) -> None:
    """Read articles, extract entities and relations, write the graph into OUTPUT."""
    from .build import build_graph
    from .errors import KGError

    _setup_logging(quiet)
    try:
        report = build_graph(
            [str(p) for p in inputs], output, workers=workers, formats=tuple(fmt), base_iri=base_iri,
            segmenter=segmenter, dask_address=dask, progress=not quiet, views=not no_views,
        )
    except KGError as e:
        typer.echo(f"kg: error: {e}", err=True)
        raise typer.Exit(2) from e
    if not quiet:
        typer.echo(
            f"kg: {report.articles} articles ({report.cached} cached), {report.failed} failed → {output}",
            err=True,
        )
    raise typer.Exit(1 if report.failed else 0)


@app.command("eval")
def eval_cli(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL file (see data/gold/README.md).")],
    pred: Annotated[Optional[Path], typer.Option("--pred", help="A kg build OUTDIR to score (default: run the pipeline).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score entities and relations against gold annotations (P/R/F1 per label)."""
    from .evaluate import run_eval

    _setup_logging(quiet=True)
    raise typer.Exit(run_eval(gold, pred, as_json))


def _register_optional_commands() -> None:
    from .cli_sparql import push_cli, query_cli, serve_cli
    from .cli_view import view_cli

    app.command("query")(query_cli)
    app.command("serve")(serve_cli)
    app.command("push")(push_cli)
    app.command("view")(view_cli)


_register_optional_commands()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
