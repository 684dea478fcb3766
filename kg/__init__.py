"""kg: knowledge graphs of officials, posts, bodies, regions and campaigns
from Chinese local-government news.

Public API (imports are lazy so that ``import kg`` does no heavy work)::

    import kg
    nlp = kg.load_pipeline()
    doc = nlp(raw_text)
    kg.build_graph(["data/corpus"], "out/")
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "load_pipeline", "build_graph", "read_articles", "normalize"]


def __getattr__(name: str) -> Any:  # PEP 562 lazy attributes
    if name == "load_pipeline":
        from .pipeline import load_pipeline

        return load_pipeline
    if name == "build_graph":
        from .build import build_graph

        return build_graph
    if name == "read_articles":
        from .io import read_articles

        return read_articles
    if name == "normalize":
        from .normalize import normalize

        return normalize
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
