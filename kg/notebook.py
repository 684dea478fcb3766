"""Small helpers for the analyst notebooks in ``notebooks/``.

Nothing here is needed by the pipeline; the module imports pandas, IPython
and matplotlib late, so ``import kg.notebook`` works without the
``[notebooks]`` extra::

    from kg.notebook import demo_paths, show_view, to_dataframe, use_cjk_font
    corpus, out = demo_paths()              # data/corpus and a git-ignored output folder
    df = to_dataframe(run_named(out, "officials-by-region", {"region": "泗洪县"}))
    show_view(out / "graph.html")           # the offline view, inline (iframe srcdoc)
"""

from __future__ import annotations

import atexit
import html
import json
import logging
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import pandas as pd
    from IPython.display import HTML

    from .store import QueryResult
    from .viz import View

log = logging.getLogger("kg")

#: environment variable that overrides where the notebooks write their build output
OUT_ENV = "KG_NOTEBOOK_OUT"
#: cell tag and MIME type of the machine-readable summary a notebook ends with
SUMMARY_TAG = "summary"
SUMMARY_MIME = "application/json"

#: fonts with CJK glyphs, most wanted first (Debian's fonts-wqy-microhei is what CI installs)
CJK_FONTS: tuple[str, ...] = (
    "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
    "Source Han Sans CN", "Sarasa Gothic SC", "Droid Sans Fallback", "AR PL UMing CN", "AR PL UKai CN",
    "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Hiragino Sans GB", "Noto Sans CJK JP",
)

_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {f"{_XSD}{t}" for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                   "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                   "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOAT = {f"{_XSD}{t}" for t in ("decimal", "double", "float")}


# --------------------------------------------------------------------------
# Where things are
# --------------------------------------------------------------------------


def repo_root(start: str | os.PathLike[str] | None = None) -> Path:
    """The kg source tree that holds ``start`` (default: the working directory).

    Walks up to the first folder with both ``pyproject.toml`` and
    ``data/corpus``, so a notebook finds the demo corpus whether it runs from
    ``notebooks/`` or from the repository root.
    """
    here = Path(start if start is not None else Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "pyproject.toml").is_file() and (folder / "data" / "corpus").is_dir():
            return folder
    raise FileNotFoundError(
        f"No kg source tree (pyproject.toml with data/corpus) at or above {here}; "
        "start Jupyter inside the kg repository or pass the corpus path yourself."
    )


def demo_paths(start: str | os.PathLike[str] | None = None) -> tuple[Path, Path]:
    """``(corpus, outdir)`` for the notebooks.

    ``corpus`` is ``data/corpus`` of the source tree; ``outdir`` is
    ``$KG_NOTEBOOK_OUT`` when set, else ``out/notebooks`` in the source tree
    (``out/`` is git-ignored, so the notebooks never add files to the repo).
    """
    root = repo_root(start)
    env = os.environ.get(OUT_ENV, "").strip()
    out = Path(env).expanduser().resolve() if env else root / "out" / "notebooks"
    return root / "data" / "corpus", out


# --------------------------------------------------------------------------
# Query results → pandas
# --------------------------------------------------------------------------


def _typed(value: str, datatype: str | None) -> Any:
    """A literal's value as a Python number/bool when its datatype says so."""
    try:
        if datatype in _NUMERIC:
            return int(value)
        if datatype in _FLOAT:
            return float(value)
    except ValueError:
        return value
    if datatype == f"{_XSD}boolean":
        return value.strip().lower() in ("true", "1")
    return value


def _ox_value(term: Any) -> Any:
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return _typed(term.value, term.datatype.value if term.datatype is not None else None)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def _json_value(cell: Mapping[str, Any] | None) -> Any:
    if cell is None:
        return None
    if cell.get("type") == "bnode":
        return f"_:{cell.get('value', '')}"
    if cell.get("type") in ("literal", "typed-literal"):
        return _typed(str(cell.get("value", "")), cell.get("datatype"))
    return cell.get("value")


def to_dataframe(result: "QueryResult | Mapping[str, Any]") -> "pd.DataFrame":
    """A SELECT result as a DataFrame with one column per variable.

    ``result`` is a :class:`kg.store.QueryResult` (``query``/``run_named``) or
    a SPARQL 1.1 JSON result (what ``SPARQLWrapper(...).query().convert()``
    or ``json.load`` on an endpoint's answer gives). IRIs and plain literals
    become strings, numeric and boolean literals Python numbers and bools,
    unbound cells None.
    """
    import pandas as pd

    if isinstance(result, Mapping):
        head = result.get("head") or {}
        if "boolean" in result:
            raise ValueError("an ASK result has no table; read result['boolean']")
        variables = list(head.get("vars") or [])
        rows = [[_json_value(b.get(v)) for v in variables] for b in (result.get("results") or {}).get("bindings", [])]
        return pd.DataFrame(rows, columns=variables)
    if getattr(result, "kind", "select") != "select":
        raise ValueError(f"a {result.kind} result has no table; use a SELECT query")
    return pd.DataFrame([[_ox_value(t) for t in row] for row in result.rows], columns=list(result.variables))


# --------------------------------------------------------------------------
# Views inline
# --------------------------------------------------------------------------


def view_html(source: "str | os.PathLike[str] | View", graph: "nx.MultiDiGraph | None" = None,
              size_by: str = "degree") -> str:
    """The self-contained page of a view: an HTML file written by ``kg build``
    / ``kg view`` / :func:`kg.viz.write_view`, HTML text, or a
    :class:`kg.viz.View` together with the ``graph`` it was cut from."""
    from .viz import View, render_html, view_data

    if isinstance(source, View):
        if graph is None:
            raise ValueError("a View needs the graph it was made from: view_html(view, graph=G)")
        return render_html(view_data(graph, source, size_by=size_by))
    if isinstance(source, str) and source.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
        return source
    return Path(source).read_text("utf-8")


def iframe_html(page: str, height: int = 640) -> str:
    """``page`` inside an ``<iframe srcdoc>``.

    The page travels inside the notebook output (no file or server behind it),
    so it renders in JupyterLab, classic Jupyter and VS Code alike; the
    sandbox lets its scripts run but keeps them away from the notebook's
    origin (an opaque origin: no cookies, no access to the parent page).
    """
    return (f'<div class="kg-view"><iframe srcdoc="{html.escape(page, quote=True)}" '
            f'sandbox="allow-scripts allow-popups" loading="eager" '
            f'style="width:100%;height:{int(height)}px;border:1px solid #ddd"></iframe></div>')


def show_view(source: "str | os.PathLike[str] | View", graph: "nx.MultiDiGraph | None" = None,
              height: int = 640, size_by: str = "degree") -> "HTML":
    """An IPython HTML object that shows a view inline (see :func:`view_html`,
    :func:`iframe_html`); the view's own page inlines vis-network, so nothing
    is fetched from a CDN."""
    from IPython.display import HTML

    return HTML(iframe_html(view_html(source, graph, size_by=size_by), height=height))


# --------------------------------------------------------------------------
# Plots
# --------------------------------------------------------------------------


def use_cjk_font(candidates: tuple[str, ...] = CJK_FONTS) -> str | None:
    """Make matplotlib draw Chinese labels with an installed CJK font.

    Returns the font family used, or None when none of ``candidates`` is
    installed; then labels fall back to the default font (boxes for Chinese
    characters) and the missing-glyph warnings are silenced.
    """
    import warnings

    import matplotlib
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    family = next((name for name in candidates if name in installed), None)
    if family is None:
        log.info("no CJK font found for matplotlib (tried %s); Chinese labels will not render", ", ".join(candidates))
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from", category=UserWarning)
        return None
    rc = matplotlib.rcParams
    rc["font.sans-serif"] = [family] + [f for f in rc["font.sans-serif"] if f != family]
    rc["font.family"] = "sans-serif"
    rc["axes.unicode_minus"] = False  # CJK fonts often lack U+2212
    return family


# --------------------------------------------------------------------------
# Machine-readable results (checked by tests/test_notebooks.py)
# --------------------------------------------------------------------------


def record_summary(values: Mapping[str, Any]) -> dict[str, Any]:
    """Display ``values`` as JSON (rendered as a tree in JupyterLab and VS
    Code, read back by the notebook tests) and return them.

    The values must be JSON-serialisable; tuples and sets become lists.
    """
    from IPython.display import display

    data = json.loads(json.dumps(values, ensure_ascii=False, default=_jsonable))
    display({SUMMARY_MIME: data, "text/plain": json.dumps(data, ensure_ascii=False, indent=1)}, raw=True)
    return data  # type: ignore[no-any-return]


def _jsonable(value: Any) -> Any:
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if isinstance(value, tuple):
        return list(value)
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON-serialisable")


# --------------------------------------------------------------------------
# A `kg serve` endpoint in a subprocess
# --------------------------------------------------------------------------

_ANNOUNCE = re.compile(r"SPARQL endpoint (https?://\S+?)/sparql\b")


class ServerProcess:
    """``kg serve OUTDIR --port 0`` in a subprocess, on a free loopback port.

    ::

        with ServerProcess(out) as server:
            urllib.request.urlopen(server.sparql_url + "?query=ASK%7B%7D")

    ``url`` is the endpoint's base URL once it listens; :meth:`stop` ends it
    (SIGTERM, then SIGKILL after ``grace`` seconds).
    """

    def __init__(self, outdir: str | os.PathLike[str], *, timeout: float = 60.0, workers: int = 1,
                 extra_args: tuple[str, ...] = ()) -> None:
        self.outdir = Path(outdir)
        self.timeout = timeout
        self.args = [sys.executable, "-m", "kg.cli", "serve", str(self.outdir), "--host", "127.0.0.1",
                     "--port", "0", "--workers", str(int(workers)), *extra_args]
        self.proc: subprocess.Popen[str] | None = None
        self.url: str | None = None
        self.log: list[str] = []
        self._found = threading.Event()

    @property
    def sparql_url(self) -> str:
        if self.url is None:
            raise RuntimeError("the endpoint is not running; call start() first")
        return self.url + "/sparql"

    def _read(self) -> None:
        assert self.proc is not None and self.proc.stderr is not None
        for line in self.proc.stderr:  # keep draining, so the server never blocks on a full pipe
            self.log.append(line.rstrip("\n"))
            m = _ANNOUNCE.search(line)
            if m and self.url is None:
                self.url = m.group(1)
                self._found.set()
        self._found.set()

    def start(self) -> "ServerProcess":
        if self.proc is not None:
            return self
        self.proc = subprocess.Popen(self.args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                     encoding="utf-8", errors="replace")
        atexit.register(self.stop)  # a kernel shut down mid-notebook takes its server with it
        threading.Thread(target=self._read, daemon=True, name="kg-serve-log").start()
        deadline = time.monotonic() + self.timeout
        while not self._found.wait(0.1):
            if time.monotonic() > deadline:
                break
        if self.url is None:
            self.stop()
            raise RuntimeError(f"kg serve did not start (waited up to {self.timeout:.0f} s): "
                               + " | ".join(self.log[-5:]))
        self._wait_ready(deadline)
        return self

    def _wait_ready(self, deadline: float) -> None:
        """The port is announced before the first request is served: poll until it answers."""
        import urllib.error
        import urllib.request

        while True:
            try:
                with urllib.request.urlopen(self.url + "/queries", timeout=5):  # type: ignore[operator]
                    return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if time.monotonic() > deadline or (self.proc is not None and self.proc.poll() is not None):
                    self.stop()
                    raise RuntimeError("kg serve is not answering: " + " | ".join(self.log[-5:])) from None
                time.sleep(0.2)

    def stop(self, grace: float = 10.0) -> int | None:
        """Stop the server; returns its exit status."""
        proc = self.proc
        if proc is None:
            return None
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(grace)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(grace)
        self.url = None
        return proc.returncode

    def __enter__(self) -> "ServerProcess":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


# --------------------------------------------------------------------------
# The demo graph
# --------------------------------------------------------------------------


def ensure_graph(inputs: str | os.PathLike[str], outdir: str | os.PathLike[str], *, rebuild: bool = False,
                 workers: int | None = None) -> Path:
    """Build the graph of ``inputs`` into ``outdir`` unless a complete build
    newer than every input file is already there (``rebuild=True`` forces it).

    The notebooks after the quickstart call this, so running them one after
    the other builds the demo graph once.
    """
    from .build import build_graph

    out = Path(outdir)
    report = out / "report.json"
    src = Path(inputs)
    files = [src] if src.is_file() else [p for p in src.rglob("*") if p.is_file()]
    fresh = (report.is_file() and (out / "store").is_dir() and (out / "graph.ttl").is_file()
             and all(p.stat().st_mtime <= report.stat().st_mtime for p in files))
    if rebuild or not fresh:
        build_graph([src], out, workers=workers, progress=False)
    else:
        log.info("using the graph already built in %s (pass rebuild=True to build it again)", out)
    return out
