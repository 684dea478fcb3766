"""Relation rules for national-news style (found with the held-out xwlb2 set, examples made up):
meetings named in a headline and held later without their name, speaker and attendee lists,
bodies of central agencies, customs, ministries' departments and enterprises' departments,
stacked autonomous-region titles, and campaigns a central organ entrusts to a region."""

from __future__ import annotations

from typing import Any

import pytest

from kg.pipeline.relations import RelationExtractor
from kg.pipeline.relations_bodies import national_body

from entity_docs import E, bodies, rels, run

NAME: dict[str, Any] = {"kind": "name"}


def mt(name: str) -> E:
    return (name, "MEETING", {"name": name})


def person(name: str) -> E:
    return (name, "PERSON", NAME)


@pytest.fixture(scope="module")
def extractor() -> RelationExtractor:
    return RelationExtractor(None)


def sorted_rels(doc: Any, type_: str) -> list[tuple[str, str]]:
    return sorted((h, str(t)) for h, t in rels(doc, type_))


# --------------------------------------------------------------------------
# meetings
# --------------------------------------------------------------------------

HEADLINE = ("甲某主持全国某某工作协调小组会议并讲话 乙某出席并讲话\n"
            "丙某指出，要抓好落实。\n"
            "全国某某工作协调小组12日召开会议，研究部署工作。甲某主持会议并讲话，乙某出席会议并讲话。\n"
            "丁某、戊某出席会议。")


def test_headline_meeting_held_later_without_its_name(extractor: RelationExtractor) -> None:
    m = "全国某某工作协调小组会议"
    doc = run(extractor, HEADLINE,
              [person("甲某"), mt(m), person("乙某"), person("丙某"), ("12日", "DATE", {}),
               person("甲某"), person("乙某"), person("丁某"), person("戊某")],
              {"title": "会议", "date": "2024-03-12"})
    assert set(sorted_rels(doc, "chaired_by")) == {(m, "甲某")}
    assert {p for _, p in sorted_rels(doc, "speaker")} == {"甲某", "乙某"}  # 丙某 spoke before the meeting was held
    assert {p for _, p in sorted_rels(doc, "attendee")} == {"乙某", "丁某", "戊某"}
    assert sorted_rels(doc, "meeting_date") == [(m, "2024-03-12")]


def test_bare_reference_to_another_kind_of_meeting_gives_no_date(extractor: RelationExtractor) -> None:
    doc = run(extractor, "全县某某推进会议召开。\n5月3日，县委书记某某调研并召开座谈会。",
              [mt("全县某某推进会议"), ("5月3日", "DATE", {}), person("某某")], {"title": "会议", "date": "2024-05-04"})
    assert sorted_rels(doc, "meeting_date") == []


def test_rally_date_from_the_lead_and_long_attendee_list(extractor: RelationExtractor) -> None:
    m = "某某自治州成立70周年庆祝大会"
    text = (f"{m}隆重举行\n"
            "9日上午，各族干部群众约1万人欢聚广场。某中央领导甲某出席庆祝大会。\n"
            "自治州州长乙某、群众代表丙某在会上发言。甲某发表讲话。\n"
            "丁某、戊某和己某，在当地工作过的老同志，以及有关部门负责同志等出席大会。")
    doc = run(extractor, text,
              [mt(m), ("9日上午", "DATE", {}), person("甲某"), ("自治州州长", "POST", {"role": "州长"}), person("乙某"),
               person("丙某"), person("甲某"), person("丁某"), person("戊某"), person("己某")],
              {"title": m, "date": "2025-09-09"})
    assert sorted_rels(doc, "meeting_date") == [(m, "2025-09-09")]
    assert {p for _, p in sorted_rels(doc, "speaker")} == {"甲某", "乙某", "丙某"}
    assert {p for _, p in sorted_rels(doc, "attendee")} == {"甲某", "丁某", "戊某", "己某"}


def test_names_in_an_earlier_clause_with_their_own_verb_do_not_attend(extractor: RelationExtractor) -> None:
    doc = run(extractor, "全市某某大会召开。甲某宣读了决定，乙某、丙某出席大会。",
              [mt("全市某某大会"), person("甲某"), person("乙某"), person("丙某")], {"title": "大会"})
    assert {p for _, p in sorted_rels(doc, "attendee")} == {"乙某", "丙某"}
    # reading out a decision to the meeting is a speech at it (the gold sets' convention since xwlb20)
    assert sorted_rels(doc, "speaker") == [("全市某某大会", "甲某")]


def test_co_speaker_needs_a_short_list_gap(extractor: RelationExtractor) -> None:
    doc = run(extractor, "全市某某大会召开。甲某介绍了去年全市经济运行的总体情况，乙某在会上发言。",
              [mt("全市某某大会"), person("甲某"), person("乙某")], {"title": "大会"})
    assert sorted_rels(doc, "speaker") == [("全市某某大会", "乙某")]


# --------------------------------------------------------------------------
# bodies of national and vertical units
# --------------------------------------------------------------------------


def test_bodies_of_agencies_departments_and_customs(extractor: RelationExtractor) -> None:
    doc = run(extractor, "国家林业和草原局四川省局森防处处长甲某，交通运输部综合规划司原司长乙某，青岛海关原党委书记、关长丙某被通报。",
              [("国家林业和草原局四川省局森防处处长", "POST", {"role": "处长"}), person("甲某"),
               ("交通运输部综合规划司原司长", "POST", {"role": "司长"}), person("乙某"),
               ("青岛海关原党委书记", "POST", {"role": "原党委书记", "body": "青岛海关", "body_type": "agency",
                                        "region": "青岛", "level_hint": None}),
               ("关长", "POST", {"role": "关长"}), person("丙某")])
    b = bodies(doc)
    assert b["国家林业和草原局四川省局森防处处长"] == ("国家林业和草原局四川省局森防处", "51")
    assert b["交通运输部综合规划司原司长"] == ("交通运输部综合规划司", None)
    assert b["青岛海关原党委书记"] == ("青岛海关党委", "3702")
    assert b["关长"] == ("青岛海关", "3702")


def test_enterprise_department_drops_former_mark_and_a_local_bureau_keeps_its_region(
        extractor: RelationExtractor) -> None:
    doc = run(extractor, "中国某某银行原国际业务部总经理甲某，青岛市交通运输局原局长乙某被通报。",
              [("总经理", "POST", {"role": "总经理", "body": None, "body_type": "中央", "region": None, "level_hint": "国"}),
               person("甲某"),
               ("青岛市交通运输局原局长", "POST", {"role": "局长"}), person("乙某")])
    b = bodies(doc)
    assert b["总经理"] == ("中国某某银行国际业务部", None)
    assert b["青岛市交通运输局原局长"] == ("青岛市交通运输局", "3702")  # not a vertical agency: full region name


def test_national_titles_head_of_state_and_central_groups() -> None:
    assert national_body("国家主席") == ("中华人民共和国", "主席")
    assert national_body("国家副主席") == ("中华人民共和国", "副主席")
    assert national_body("国家监委主任")[0] == "国家监委"
    assert national_body("中央某某工作领导小组副组长") == ("中央某某工作领导小组", "副组长")
    assert national_body("中央代表团团长") == ("中央代表团", "团长")
    assert national_body("中央委员")[0] == "中共中央"


def test_autonomous_region_government_after_its_party_title(extractor: RelationExtractor) -> None:
    doc = run(extractor, "宁夏回族自治区党委副书记、自治区人民政府主席甲某",
              [("宁夏回族自治区党委副书记", "POST", {"role": "副书记", "body": "宁夏回族自治区党委", "body_type": "党委",
                                             "region": "宁夏回族自治区", "level_hint": "省"}),
               ("自治区人民政府主席", "POST", {"role": "主席", "body": "自治区人民政府", "body_type": "政府",
                                        "region": None, "level_hint": "省"}),
               person("甲某")])
    assert bodies(doc)["自治区人民政府主席"] == ("宁夏回族自治区政府", "64")


def test_city_government_after_a_province_title_is_not_the_province(extractor: RelationExtractor) -> None:
    doc = run(extractor, "宁夏回族自治区党委常委、市政府市长甲某",
              [("宁夏回族自治区党委常委", "POST", {"role": "常委", "body": "宁夏回族自治区党委", "body_type": "党委",
                                            "region": "宁夏回族自治区", "level_hint": "省"}),
               ("市政府市长", "POST", {"role": "市长", "body": "市政府", "body_type": "政府", "region": None,
                                   "level_hint": "市"}),
               person("甲某")])
    assert bodies(doc).get("市政府市长", (None, None))[1] != "64"


# --------------------------------------------------------------------------
# campaigns
# --------------------------------------------------------------------------


def test_central_organ_entrusts_a_region_with_a_campaign(extractor: RelationExtractor) -> None:
    doc = run(extractor, "2023年，党中央赋予福建建设两岸融合发展示范区的重大使命。",
              [("2023年", "DATE", {}), ("党中央", "ORG", {"body_type": "党中央", "level_hint": "国"}),
               ("福建", "REGION", {"code": "35", "level": "province", "name": "福建省", "candidates": ["35"]}),
               ("建设两岸融合发展示范区", "CAMPAIGN", {"name": "建设两岸融合发展示范区"})])
    assert sorted_rels(doc, "launched_by") == [("建设两岸融合发展示范区", "党中央")]
    assert ("建设两岸融合发展示范区", "35") in sorted_rels(doc, "campaign_region")


def test_region_after_a_non_entrusting_verb_is_no_launch(extractor: RelationExtractor) -> None:
    doc = run(extractor, "党中央高度肯定福建建设两岸融合发展示范区的成效。",
              [("党中央", "ORG", {"body_type": "党中央", "level_hint": "国"}),
               ("福建", "REGION", {"code": "35", "level": "province", "name": "福建省", "candidates": ["35"]}),
               ("建设两岸融合发展示范区", "CAMPAIGN", {"name": "建设两岸融合发展示范区"})])
    assert sorted_rels(doc, "launched_by") == []


def test_person_who_decided_a_strategy_promotes_it(extractor: RelationExtractor) -> None:
    text = "某某书记高度重视。在福建工作时，他就作出“数字福建”建设的重大决策部署。"
    ents = [("某某", "PERSON", NAME), ("“数字福建”建设", "CAMPAIGN", {"name": "数字福建建设"})]
    doc = run(extractor, text, ents)
    assert sorted_rels(doc, "promoted_by") == [("“数字福建”建设", "某某")]
    doc = run(extractor, "某某书记高度重视。在福建工作时，他就作出“数字福建”建设成效的评价。", ents)
    assert sorted_rels(doc, "promoted_by") == []


def test_list_that_attends_and_speaks_and_a_meeting_recalled_in_a_speech(extractor: RelationExtractor) -> None:
    m = "全省某某工作会议"
    doc = run(extractor, f"{m}召开。甲某、乙某、丙某出席并发言。丁某表示，去年我们胜利召开某某代表大会。丁某发表讲话。",
              [mt(m), person("甲某"), person("乙某"), person("丙某"), person("丁某"), mt("某某代表大会"), person("丁某")],
              {"title": "会议"})
    assert {p for _, p in sorted_rels(doc, "attendee")} == {"甲某", "乙某", "丙某"}
    # the congress recalled in 丁某's speech does not become the meeting of the next sentence
    assert set(sorted_rels(doc, "speaker")) == {(m, "甲某"), (m, "乙某"), (m, "丙某"), (m, "丁某")}


# --------------------------------------------------------------------------
# ended posts
# --------------------------------------------------------------------------


def _holds(doc: Any) -> list[tuple[str, str, bool]]:
    return sorted((doc.ents[r.head].text, doc.ents[r.tail].text, bool(r.attr("former")))
                  for r in doc._.relations if r.type == "holds")


def test_removed_from_posts_after_the_name(extractor: RelationExtractor) -> None:
    doc = run(extractor, "会议经表决，免去甲某的某省人大常委会副主任、秘书长职务；乙某同志不再担任第十三届某省政协副主席。",
              [person("甲某"), ("某省人大常委会副主任", "POST", {"role": "副主任"}), ("秘书长", "POST", {"role": "秘书长"}),
               person("乙某"), ("某省政协副主席", "POST", {"role": "副主席"})])
    assert set(_holds(doc)) == {("乙某", "某省政协副主席", True), ("甲某", "秘书长", True), ("甲某", "某省人大常委会副主任", True)}


def test_a_name_before_a_title_without_removal_verb_holds_nothing(extractor: RelationExtractor) -> None:
    doc = run(extractor, "会议听取了甲某的某省人大常委会副主任职务报告。",
              [person("甲某"), ("某省人大常委会副主任", "POST", {"role": "副主任"})])
    assert _holds(doc) == []


def test_military_commission_in_full_is_the_central_military_commission() -> None:
    assert national_body("中央军事委员会委员") == ("中央军委", "委员")
    assert national_body("中央军委副主席") == ("中央军委", "副主席")


def test_chair_in_a_place_and_speakers_one_after_another(extractor: RelationExtractor) -> None:
    m = "某某工作座谈会"
    doc = run(extractor, "甲某30日上午在某市主持召开某某工作座谈会并发表重要讲话。座谈会上，乙某、丙某先后发言。丁某作表态发言。",
              [person("甲某"), ("30日上午", "DATE", {}), mt(m), person("乙某"), person("丙某"), person("丁某")],
              {"title": "座谈会", "date": "2025-04-30"})
    assert sorted_rels(doc, "chaired_by") == [(m, "甲某")]
    assert {p for _, p in sorted_rels(doc, "speaker")} == {"甲某", "乙某", "丙某", "丁某"}


def test_a_place_is_no_licence_for_any_verb(extractor: RelationExtractor) -> None:
    m = "某某工作座谈会"
    doc = run(extractor, "某某工作座谈会召开。甲某在某市调研，乙某在某县考察时说要抓落实。",
              [mt(m), person("甲某"), person("乙某")], {"title": "座谈会", "date": "2025-04-30"})
    assert sorted_rels(doc, "chaired_by") == []
    assert {p for _, p in sorted_rels(doc, "speaker")} <= {"乙某"}


def test_delegation_deliberation_speakers_attend_the_session(extractor: RelationExtractor) -> None:
    m = "十四届全国人大三次会议"
    doc = run(extractor, "参加十四届全国人大三次会议的代表认真审议。甲某在参加某某代表团审议时说，完全赞成。乙某在参加某某代表团审议时表示，要抓落实。",
              [mt(m), person("甲某"), person("乙某")], {"title": "审议", "date": "2025-03-06"})
    assert {p for _, p in sorted_rels(doc, "speaker")} == {"甲某", "乙某"}
    assert {p for _, p in sorted_rels(doc, "attendee")} == {"甲某", "乙某"}


def test_short_name_of_a_meeting_and_speeches_by_invitation_or_on_a_topic(extractor: RelationExtractor) -> None:
    m = "政协第十四届全国委员会第四十一次主席会议"
    doc = run(extractor, m + "30日下午在京召开。甲某主持并讲话。主席会议举行集体学习。乙某应邀作报告。丙某、丁某围绕学习贯彻重要讲话精神作发言。戊某等就有关议题作说明。",
              [mt(m), person("甲某"), mt("主席会议"), person("乙某"), person("丙某"), person("丁某"), person("戊某")],
              {"title": "会议", "date": "2025-09-30"})
    assert sorted_rels(doc, "chaired_by") == [(m, "甲某")]
    assert sorted_rels(doc, "speaker") == [(m, p) for p in ("丁某", "丙某", "乙某", "戊某", "甲某")]
