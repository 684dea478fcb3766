"""Examples for the rules added in the eleventh session (made up for the tests, none taken from the gold texts)."""

from __future__ import annotations

from typing import Any

import pytest

from kg.pipeline.relations_campaigns import area_provinces
from rule_docs import campaign_relations, ents, rules_pipeline


@pytest.fixture(scope="module")
def nlp() -> Any:
    return rules_pipeline()


def _regions(text: str, name: str) -> set[str]:
    return {r[2] for r in campaign_relations(text) if r[0] == "campaign_region" and r[1] == name}


# ------------------------------------------------------------------ area programmes
@pytest.mark.parametrize("name, provinces", [
    ("东北全面振兴", {"21", "22", "23", "15"}),
    ("中部地区崛起", {"14", "34", "36", "41", "42", "43"}),
    ("京津冀协同发展", {"11", "12", "13"}),
    ("成渝地区双城经济圈建设", {"50", "51"}),
    ("“三北”工程", {"11", "12", "13", "14", "15", "21", "22", "23", "61", "62", "63", "64", "65"}),
])
def test_an_area_programme_knows_its_provinces(name: str, provinces: set[str]) -> None:
    assert area_provinces(name) == provinces


@pytest.mark.parametrize("name", ["“三北”工程攻坚战", "乡村振兴", "东北虎豹国家公园建设", "长江保护"])
def test_no_area_for_a_phase_or_another_programme(name: str) -> None:
    assert area_provinces(name) is None


def test_the_provinces_a_tour_names_carry_an_area_programme_out() -> None:
    text = ("某某总理11月2日至4日在吉林、黑龙江调研。他强调，要推动新时代东北全面振兴取得新突破。"
            "他来到一家企业，了解生产情况。他希望两省为推动东北全面振兴作出更大贡献，奋力谱写东北全面振兴新篇章。")
    assert _regions(text, "东北全面振兴") == {"22", "23"}


def test_a_province_far_from_a_single_mention_does_not_carry_it_out() -> None:
    text = ("中共中央政治局委员、天津市委书记某某在参加代表团审议时说，要以推进京津冀协同发展为战略牵引。"
            "会场外，记者又来到山东，看到一片繁忙景象。青岛港码头上，货轮往来穿梭。上海代表团也在审议。")
    assert _regions(text, "京津冀协同发展") == {"12"}


def test_an_article_about_the_programme_gives_every_province_it_names() -> None:
    text = ("中部地区崛起迈出新步伐。今年以来，中部地区崛起势头强劲。"
            "在山西，新能源装机快速增长。在河南，粮食生产再获丰收。在湖北，光电子产业集群壮大。"
            "在广东，外贸订单回暖。各地奋力谱写中部地区崛起新篇章。")
    assert _regions(text, "中部地区崛起") == {"14", "41", "42"}  # 广东 lies outside the central provinces


@pytest.mark.parametrize("text", [
    "习近平总书记在江苏参选。代表们认为，这充分展现了党中央深入推进长三角一体化发展等国家重大发展战略。",
    "上海的专家说，自长三角一体化发展上升为国家战略以来，区域合作不断深化。",
    "鄂尔多斯的治沙人说，这些年，我国“三北”工程扎实推进。",
])
def test_the_nation_taking_a_programme_up_gives_no_province(text: str) -> None:
    assert not [r for r in campaign_relations(text) if r[0] == "campaign_region"]


# ------------------------------------------------------------------ national projects (campaign v12)
@pytest.mark.parametrize("text, name", [
    ("在中部，黄河“几字弯”攻坚战聚焦沙患、水患。", "黄河“几字弯”攻坚战"),
    ("在东部，科尔沁、浑善达克两大沙地歼灭战加速推进。", "科尔沁、浑善达克两大沙地歼灭战"),
    ("在西部，河西走廊—塔克拉玛干沙漠边缘阻击战进一步筑牢防线。", "河西走廊—塔克拉玛干沙漠边缘阻击战"),
    ("2014年，南水北调中线一期工程正式通水。", "南水北调中线一期工程"),
    ("他说，南水北调工程事关战略全局。", "南水北调工程"),
])
def test_a_national_project_by_its_written_name(nlp: Any, text: str, name: str) -> None:
    assert name in ents(nlp, text, "CAMPAIGN")


@pytest.mark.parametrize("text", [
    "在东部，科尔沁和浑善达克两大沙地歼灭战加速推进。",  # 科尔沁 is the sandy land, not 科尔沁区
    "十年来，作为南水北调中线工程的重要水源地，丹江口库区持续深化水质保护。",
])
def test_a_national_project_runs_in_no_region_of_its_name(text: str) -> None:
    assert not [r for r in campaign_relations(text) if r[0] == "campaign_region"]


@pytest.mark.parametrize("text", ["东部歼灭战区，绿进沙退态势明显。", "中部攻坚战片区联防联治格局基本形成。",
                                  "南水北调的水来了，村民们很高兴。"])
def test_no_project_from_a_zone_or_the_bare_short_name(nlp: Any, text: str) -> None:
    assert not ents(nlp, text, "CAMPAIGN")
