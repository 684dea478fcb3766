"""The build scripts of the pipeline's data: pkuseg model extraction, gazetteer rules."""

from __future__ import annotations

import importlib.util
import io
import pickle
import tarfile
from pathlib import Path
from types import ModuleType

import pytest

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _add(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    tar.addfile(info, io.BytesIO(data))


def test_extract_default_model_from_sdist(tmp_path: Path) -> None:
    fetch = load_script("fetch_pkuseg_model")
    sdist = tmp_path / "pkuseg-0.0.25.tar.gz"
    features = {"unigram": {"a"}, "bigram": {"ab"}, "feature_to_idx": {"f": 0}, "tag_to_idx": {"B": 0}}
    with tarfile.open(sdist, "w:gz") as tar:
        _add(tar, "pkuseg-0.0.25/pkuseg/models/default/features.pkl", pickle.dumps(features))
        _add(tar, "pkuseg-0.0.25/pkuseg/models/default/weights.npz", b"npz-bytes")
        _add(tar, "pkuseg-0.0.25/pkuseg/models/other/weights.npz", b"other")
    out = fetch.extract_default_model(sdist, tmp_path / "model")
    import srsly

    assert (out / "weights.npz").read_bytes() == b"npz-bytes"
    data = srsly.read_msgpack(out / "features.msgpack")
    assert data["unigram"] == ["a"] and data["tag_to_idx"] == {"B": 0}


def test_extract_rejects_sdist_without_model(tmp_path: Path) -> None:
    fetch = load_script("fetch_pkuseg_model")
    sdist = tmp_path / "x.tar.gz"
    with tarfile.open(sdist, "w:gz") as tar:
        _add(tar, "pkuseg-0.0.25/README.md", b"no model")
    with pytest.raises(SystemExit):
        fetch.extract_default_model(sdist, tmp_path / "model")


def test_short_forms_and_aliases() -> None:
    build = load_script("build_gazetteer")
    assert build.short_forms("泗洪县", "county") == ["泗洪"]
    assert build.short_forms("宁夏回族自治区", "province") == ["宁夏"]
    assert build.short_forms("延边朝鲜族自治州", "city") == ["延边"]
    assert build.short_forms("鄂温克族自治旗", "county") == ["鄂温克旗"]
    assert build.short_forms("上塘镇", "township") == []
    assert build.short_forms("正蓝旗", "county") == []  # too short to shorten safely
    by_code = {"410928": ("濮阳县", "county")}
    assert build.aliases("民和回族土族自治县", "county", "6302", by_code) == ["民和县"]
    assert build.aliases("濮阳县庆祖镇", "township", "410928", by_code) == ["庆祖镇"]
