"""Scale-out of the per-article NLP stage on a Dask distributed cluster.

``kg build --dask tcp://scheduler:8786`` maps batches of articles over the
cluster's workers and gathers their results; each worker loads the spaCy
pipeline once and keeps it. Resolution, RDF and the store then run locally on
the gathered per-article results, so the output is byte-identical to a local
run.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from typing import Any

from .errors import Errors, KGError
from .types import Article, DocResult

log = logging.getLogger("kg")

_NLP_BY_SEGMENTER: dict[str | None, Any] = {}


def _nlp_on_worker(segmenter: str | None) -> Any:
    nlp = _NLP_BY_SEGMENTER.get(segmenter)
    if nlp is None:
        from .pipeline import load_pipeline

        nlp = _NLP_BY_SEGMENTER[segmenter] = load_pipeline(segmenter=segmenter)
    return nlp


def _run_batch(articles: Sequence[dict[str, Any]], segmenter: str | None) -> list[dict[str, Any]]:
    """Runs on a Dask worker; plain dicts cross the wire."""
    from .build import process_batch

    out = process_batch(_nlp_on_worker(segmenter), [Article.from_dict(a) for a in articles])
    return [r.to_dict() if isinstance(r, DocResult) else {"error": r} for r in out]


def map_batches_on_dask(
    address: Any, batches: Sequence[Sequence[Article]], segmenter: str | None = None
) -> Iterator[list[DocResult | dict[str, Any]]]:
    """Yield each batch's results as its worker finishes it.

    ``address`` is a scheduler address (``tcp://host:8786``) or an existing
    ``distributed.Client``/``LocalCluster``.
    """
    try:
        from distributed import Client, as_completed
    except ImportError as e:
        raise KGError(Errors.E040.format(package="distributed", feature="kg build --dask",
                                         hint="kg[distributed]")) from e
    own_client = False
    if isinstance(address, Client):
        client = address
    else:
        client = Client(address)
        own_client = True
    try:
        futures = [
            client.submit(_run_batch, [a.to_dict() for a in batch], segmenter, pure=False)
            for batch in batches
        ]
        for fut in as_completed(futures):
            yield [DocResult.from_dict(r) if "error" not in r else r["error"] for r in fut.result()]
    finally:
        if own_client:
            client.close()
