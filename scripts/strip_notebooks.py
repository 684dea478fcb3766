"""Strip outputs, execution counts and run-time metadata from notebooks.

    python scripts/strip_notebooks.py                 # every notebooks/*.ipynb, in place
    python scripts/strip_notebooks.py --check         # exit 1 (and list them) if any is not stripped
    python scripts/strip_notebooks.py path/to/a.ipynb

Committed notebooks carry no outputs (tests/test_notebooks.py fails otherwise):
outputs hold machine paths, timings and megabytes of inlined views, and they
go stale the moment the library changes. Cell ids, tags and the kernelspec
are kept. Only the standard library and nbformat's JSON layout are needed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
#: notebook-level metadata kept (everything else, e.g. widget state, is run-time)
KEEP_NB_METADATA = ("kernelspec", "language_info")
#: cell-level metadata kept
KEEP_CELL_METADATA = ("tags",)


def strip(nb: dict[str, Any]) -> dict[str, Any]:
    """A copy of the notebook JSON without outputs, counts or run-time metadata."""
    out = dict(nb)
    out["metadata"] = {k: v for k, v in (nb.get("metadata") or {}).items() if k in KEEP_NB_METADATA}
    if "language_info" in out["metadata"]:
        out["metadata"]["language_info"] = {"name": out["metadata"]["language_info"].get("name", "python")}
    cells = []
    for cell in nb.get("cells", []):
        c = dict(cell)
        c["metadata"] = {k: v for k, v in (cell.get("metadata") or {}).items() if k in KEEP_CELL_METADATA}
        if c.get("cell_type") == "code":
            c["outputs"] = []
            c["execution_count"] = None
        else:
            c.pop("outputs", None)
            c.pop("execution_count", None)
        cells.append(c)
    out["cells"] = cells
    return out


def problems(nb: dict[str, Any]) -> list[str]:
    """What is not stripped in ``nb`` (empty when clean)."""
    found = []
    for i, cell in enumerate(nb.get("cells", [])):
        if cell.get("cell_type") != "code":
            continue
        if cell.get("outputs"):
            found.append(f"cell {i}: {len(cell['outputs'])} output(s)")
        if cell.get("execution_count") is not None:
            found.append(f"cell {i}: execution_count {cell['execution_count']}")
    if strip(nb) != nb and not found:
        found.append("run-time metadata")
    return found


def dumps(nb: dict[str, Any]) -> str:
    """JSON the way Jupyter writes it (indent 1, UTF-8 kept, trailing newline)."""
    return json.dumps(nb, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, help="notebooks (default: notebooks/*.ipynb)")
    ap.add_argument("--check", action="store_true", help="only report; exit 1 if any notebook is not stripped")
    args = ap.parse_args(argv)
    paths = args.paths or sorted((ROOT / "notebooks").glob("*.ipynb"))
    dirty = 0
    for path in paths:
        nb = json.loads(path.read_text("utf-8"))
        found = problems(nb)
        if args.check:
            if found:
                dirty += 1
                print(f"{path}: not stripped ({'; '.join(found[:5])})", file=sys.stderr)
            continue
        text = dumps(strip(nb))
        if text != path.read_text("utf-8"):
            path.write_text(text, "utf-8")
            print(f"stripped {path}", file=sys.stderr)
    if args.check and dirty:
        print(f"{dirty} notebook(s) with outputs; run `python scripts/strip_notebooks.py`", file=sys.stderr)
    return 1 if dirty else 0


if __name__ == "__main__":
    sys.exit(main())
