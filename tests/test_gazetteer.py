"""Gazetteer of administrative divisions: hierarchy, short forms, ambiguity, scanning."""

from __future__ import annotations

import pytest

from kg.pipeline import gazetteer as gz


def codes(name: str) -> list[str]:
    return [d.code for d in gz.lookup(name)]


def test_full_and_short_forms() -> None:
    assert codes("泗洪县") == ["321324"]
    assert codes("泗洪") == ["321324"]
    assert codes("扬州") == ["3210"]
    assert codes("宁夏") == ["64"]
    assert codes("内蒙古") == ["15"]
    assert codes("延边") == ["2224"]
    assert "150724" in codes("鄂温克旗")
    assert codes("香港") == ["81"]


def test_hierarchy_and_municipalities() -> None:
    assert [d.name for d in gz.ancestors("321324")] == ["宿迁市", "江苏省"]
    assert gz.parent("3213").code == "32"
    # municipalities: no 市辖区 placeholder between county and province
    assert gz.parent("110105").name == "北京市"
    assert gz.get("1101") is None
    assert "321324" in [d.code for d in gz.children("3213")]
    assert gz.get("321324").level == "county"
    assert gz.get("321324102").name == "上塘镇"
    assert gz.parent("321324102").code == "321324"


def test_ambiguity_returns_all_candidates() -> None:
    cands = codes("朝阳区")
    assert len(cands) >= 2 and "110105" in cands and "220104" in cands
    assert set(codes("吉林")) >= {"22", "2202"}


def test_resolve_in_context() -> None:
    assert gz.resolve_in_context("朝阳区", ["22"]).code == "220104"
    assert gz.resolve_in_context("朝阳区", ["11"]).code == "110105"
    assert gz.resolve_in_context("上塘镇", ["3213"]).code == "321324102"
    # an ancestor of the context: 扬州 seen from 邗江区
    assert gz.resolve_in_context("扬州", ["321003"]).code == "3210"
    # no candidate under the context: no guess
    assert gz.resolve_in_context("朝阳区", ["32"]) is None
    assert gz.resolve_in_context("不存在的地方", ["32"]) is None


def test_short_forms_are_conservative() -> None:
    # common words are not short forms of divisions
    for word in ("城区", "新城", "互助", "城中", "和平", "中和", "大关"):
        assert word not in gz.gazetteer().match_names(), word
    # townships have no short forms
    assert codes("上塘") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("泗洪县委书记在扬州调研", ["泗洪县", "扬州"]),
        ("江苏泗洪获得大丰收", ["江苏", "泗洪"]),  # 大丰 (大丰区) is not in 大丰收
        ("中方愿同德方一道", []),  # 同德 (同德县) before 方
        ("天山南北", []),  # 山南 (山南市) inside an idiom
        ("到大丰区调研，大丰发展很快", ["大丰区", "大丰"]),
    ],
)
def test_finditer(text: str, expected: list[str]) -> None:
    assert [n for _, _, n in gz.gazetteer().finditer(text)] == expected


def test_trie_regex_prefers_longest() -> None:
    import re

    rx = re.compile(gz.trie_regex(["泗洪", "泗洪县", "扬州"]))
    assert [m.group() for m in rx.finditer("泗洪县和泗洪和扬州")] == ["泗洪县", "泗洪", "扬州"]


def test_aliases_are_full_forms() -> None:
    assert codes("民和县") == ["630222"]
    assert codes("延边州") == ["2224"]
    assert gz.gazetteer().is_full_name("延边州")
    assert codes("庆祖镇") == ["410928103"]


def test_township_aliases_need_a_name_of_their_own() -> None:
    # 嘉定区嘉定镇街道 and 东丽区东丽湖街道 minus their county's short form leave no name:
    # "镇街道" (as in 深入村镇街道) and "湖街道" are not divisions
    for word in ("镇街道", "湖街道", "路街道", "门街道"):
        assert codes(word) == [], word
    assert codes("嘉定镇街道") == ["310114004"]
    assert codes("东丽湖街道") == ["120110011"]


def test_build_script_names_a_missing_source_and_writes_nothing(tmp_path) -> None:
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "scripts" / "build_gazetteer.py"
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "provinces.csv").write_text("code,name\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, str(script), "--src", str(tmp_path / "src"), "--out", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode != 0
    assert "lacks cities.csv, areas.csv, streets.csv, HK-MO-TW.json" in proc.stderr
    assert "Traceback" not in proc.stderr and not out.exists()


def test_beijing_area_offices_are_found_by_their_town_names() -> None:
    # 门头沟区龙泉地区 is the town 龙泉镇; 朝阳区南磨房地区 the township 南磨房乡 (as news names them)
    assert "110109007" in codes("龙泉镇") and "110109007" in codes("龙泉地区")
    assert len(codes("龙泉镇")) > 1  # other provinces' 龙泉镇 stay candidates: the context decides
    assert gz.resolve_in_context("龙泉镇", ["110109"]).code == "110109007"
    assert any(c.startswith("110105") for c in codes("南磨房乡"))
    # only Beijing's: an 地区 township elsewhere (天津 长青地区) gets no town alias
    assert codes("长青地区") == ["120112403"] and "120112403" not in codes("长青镇") + codes("长青乡")


def test_a_title_in_a_beijing_area_office_has_its_body() -> None:
    from rule_docs import post_bodies

    got = post_bodies("北京门头沟区遭遇大暴雨。门头沟区龙泉镇副镇长刘某某负责防汛。")
    assert got["龙泉镇副镇长"] == ("龙泉地区政府", "110109007")
