"""Examples for the rules added in the sixteenth session (made up for the tests, none taken from the gold texts):
post v23, org v21, campaign v24, person v20 and the unversioned region and relation rules."""

from __future__ import annotations

from typing import Any

import pytest

from rule_docs import campaign_relations, ents, full_pipeline, holds, post_bodies, relations, rules_pipeline


@pytest.fixture(scope="module")
def nlp() -> Any:
    return rules_pipeline()


# ------------------------------------------------------------------ from xwlb77 (org v21, post v23, person v20)
def test_a_leading_group_named_after_a_numbered_census() -> None:
    text = "国务委员、第七次全国人口普查领导小组组长王明华出席会议并讲话。"
    assert ents(full_pipeline(), text, "POST") == ["国务委员", "第七次全国人口普查领导小组组长"]
    assert {("王明华", "国务委员"), ("王明华", "第七次全国人口普查领导小组组长")} <= set(holds(text))
    # (the ordinal alone opens no group: 第三次 of a meeting stays outside)
    assert "第三次全国领导小组组长" not in ents(full_pipeline(), "第三次全国会议召开。", "POST")


def test_taiwans_parties_and_the_youth_federation_as_written() -> None:
    text = "会上，新党主席陈志明，台湾劳动党主席林永华，全国学联主席赵一鸣先后发言。"
    assert {("陈志明", "新党主席"), ("林永华", "台湾劳动党主席"), ("赵一鸣", "全国学联主席")} <= set(holds(text))
    bodies = post_bodies(text)
    assert bodies["台湾劳动党主席"] == ("台湾劳动党", None)  # (no region read out of the party's name)
    assert bodies["全国学联主席"][0] == "全国学联"
    # (新党 only before its titles: a new party's committee is no body)
    assert "新党员" not in ents(full_pipeline(), "新党员代表王丽华发言。", "POST")


def test_a_village_doctor_and_a_guide_named_after_their_job() -> None:
    text = "乡村医生王德明坚守在卫生室，讲解员李晓燕为游客讲解。"
    assert ents(full_pipeline(), text, "PERSON") == ["王德明", "李晓燕"]


def test_speakers_listed_with_commas_and_a_description() -> None:
    text = ("纪念某某100周年大会12日在京召开。王立新主持大会。民革中央主席陈志明，台湾劳动党主席林永华，台湾青年代表张雨桐，"
            "全国青联主席赵一鸣在大会上发言。")
    name = "纪念某某100周年大会"
    speakers = {p for m, p in relations(text, "speaker") if m == name}
    assert speakers == {"陈志明", "林永华", "张雨桐", "赵一鸣"}
    # (an untitled name before the comma starts no list: 王立新主持 is the chair, not a speaker)
    assert ("纪念某某100周年大会", "王立新") in relations(text, "chaired_by")


# ------------------------------------------------------------------ campaigns (campaign v24, relation rules)
def test_no_campaign_of_a_technique_a_tactic_or_an_industrial_chain(nlp: Any) -> None:
    assert ents(nlp, "某市稳步构建“数字+茶叶”全产业链。", "CAMPAIGN") == []
    assert ents(nlp, "研究院通过“遥感卫星+北斗”深度融合技术破解难题。", "CAMPAIGN") == []
    assert ents(nlp, "“五大战法”“三不打”等游击战术给敌人沉重打击。", "CAMPAIGN") == []
    # (the measures of a list stay campaigns)
    assert ents(nlp, "某省通过“暖心行动”“网格机制”等措施筑牢防线。", "CAMPAIGN") == ["“暖心行动”", "“网格机制”"]


def test_a_place_working_through_a_list_of_measures_runs_each_of_them() -> None:
    found = campaign_relations("春节期间，宁夏通过“暖心行动”“网格机制”等措施，筑牢农村地区防线。")
    assert {("campaign_region", "“暖心行动”", "64"), ("campaign_region", "“网格机制”", "64")} <= set(found)
    assert not [r for r in found if r[0] == "launched_by"]  # (通过: it works with them, it did not start them)


# ------------------------------------------------------------------ regions inside names (unversioned)
def test_no_region_inside_a_park_a_resort_town_or_a_numbered_welfare_home(nlp: Any) -> None:
    text = "在北京园博园、福州闽越水镇、赣州红色主题公园等地，景区采取限流措施。"
    assert ents(nlp, text, "REGION") == []
    assert "长沙市" not in ents(nlp, "湖南省长沙市第一福利院安排医生值守。", "REGION")
    # (the place itself stays a region: 北京 then a verb)
    assert ents(nlp, "北京持续优化生态环境。", "REGION") == ["北京"]


def test_the_streets_of_the_urban_area_are_no_subdistrict(nlp: Any) -> None:
    assert ents(nlp, "市区各大公园、城区街道，银杏树形成金黄大道。", "REGION") == []
    # (after its city the subdistrict stays: 某市|城区街道)
    assert ents(nlp, "吕梁市离石区城区街道开展志愿服务。", "REGION") == ["吕梁市", "离石区", "城区街道"]
