"""Fetch the pkuseg ``default`` segmentation model for the ``pkuseg`` segmenter.

The spacy-pkuseg wheel ships the segmenter code but no model. The original
``pkuseg`` *source distribution* on the Python package index carries the
``default`` model (``pkuseg/models/default/{features.pkl,weights.npz}``). This
script downloads that sdist with pip (``pip download --no-deps --no-binary
:all:``), extracts the two model files and converts the feature table to the
``features.msgpack`` format spacy-pkuseg loads fastest. Nothing is fetched from
a model hub, and nothing runs at import time of ``kg``.

pip prepares the sdist's metadata, which runs pkuseg's ``setup.py``; that
imports numpy, so the download runs in a throw-away virtualenv with numpy,
setuptools and wheel (created under the temp dir, removed afterwards) unless
``--no-venv`` is given and the current interpreter has them.

Usage::

    python scripts/fetch_pkuseg_model.py [--dest ~/.cache/kg/pkuseg/default] [--version 0.0.25]
    python scripts/fetch_pkuseg_model.py --sdist pkuseg-0.0.25.tar.gz   # already downloaded

The default destination is also where ``kg.pipeline.tokenizer`` looks
(override with the environment variable ``KG_PKUSEG_MODEL``).
"""

from __future__ import annotations

import argparse
import pickle
import subprocess
import sys
import tarfile
import tempfile
import venv
from pathlib import Path

from kg.pipeline.tokenizer import default_pkuseg_path

MEMBERS = ("features.pkl", "weights.npz")


def _pip_download(version: str, workdir: Path, use_venv: bool) -> Path:
    dl = workdir / "dl"
    python = sys.executable
    if use_venv:
        env_dir = workdir / "venv"
        venv.EnvBuilder(with_pip=True).create(env_dir)
        python = str(env_dir / "bin" / "python")
        subprocess.run([python, "-m", "pip", "install", "-q", "numpy", "setuptools", "wheel"], check=True)
    cmd = [python, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "--no-build-isolation",
           f"pkuseg=={version}", "-d", str(dl)]
    print("+", " ".join(cmd))
    subprocess.run(cmd, check=True)
    found = sorted(dl.glob("pkuseg-*.tar.gz"))
    if not found:
        raise SystemExit(f"pip download left no pkuseg sdist in {dl}")
    return found[0]


def extract_default_model(sdist: Path, dest: Path) -> Path:
    """Extract ``models/default`` from the sdist into ``dest`` (features.msgpack + weights.npz)."""
    import srsly

    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(sdist, "r:gz") as tar:
        members = {Path(m.name).name: m for m in tar.getmembers()
                   if "/pkuseg/models/default/" in m.name and Path(m.name).name in MEMBERS}
        missing = [m for m in MEMBERS if m not in members]
        if missing:
            raise SystemExit(f"{sdist} has no pkuseg/models/default/{missing}")
        weights = tar.extractfile(members["weights.npz"])
        assert weights is not None
        (dest / "weights.npz").write_bytes(weights.read())
        feats_fh = tar.extractfile(members["features.pkl"])
        assert feats_fh is not None
        # the pickle comes from the pkuseg release on the package index: plain dicts/lists/sets
        data = pickle.load(feats_fh)  # noqa: S301
    data = {"unigram": sorted(data["unigram"]), "bigram": sorted(data["bigram"]),
            "feature_to_idx": data["feature_to_idx"], "tag_to_idx": data["tag_to_idx"]}
    srsly.write_msgpack(dest / "features.msgpack", data)
    return dest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dest", type=Path, default=None, help="model directory (default: $KG_PKUSEG_MODEL or ~/.cache/kg/pkuseg/default)")
    ap.add_argument("--version", default="0.0.25")
    ap.add_argument("--sdist", type=Path, default=None, help="use an already downloaded pkuseg sdist")
    ap.add_argument("--no-venv", action="store_true", help="run pip in this interpreter (needs numpy, wheel)")
    args = ap.parse_args()
    dest = args.dest or default_pkuseg_path()
    with tempfile.TemporaryDirectory(prefix="kg-pkuseg-") as tmp:
        sdist = args.sdist or _pip_download(args.version, Path(tmp), not args.no_venv)
        out = extract_default_model(sdist, dest)
    print(f"pkuseg default model written to {out}")


if __name__ == "__main__":
    main()
