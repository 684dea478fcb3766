"""Pattern sets v10 (post v10, person v8, campaign v9) and the rules found with the xwlb37 set: a court's committee,
departments and grades in a stack of titles, the national court and procuratorate as ORGs when written alone, a
titled reference to the general secretary (习总书记) and titled references after a preposition, 改革 after a slogan
of the lexicon, no place read out of a reservoir's name, a place that heads a relative clause as the subject that
carries a programme on, and a leader's visit (来到某村察看…) before what he urges; then, with xwlb38 (meeting v9):
acting heads, a court's enforcement bureau, deputies to a local congress, no name of a place's last character and a
preposition, no meeting named by the words before its form, no place in an armed-police unit's name, no campaign of
更多 or of the nation's aspirations. Examples made up, none taken from the gold texts."""

from __future__ import annotations

from typing import Any

import pytest

from rule_docs import campaign_relations, ents, holds, post_bodies, rules_pipeline


@pytest.fixture(scope="module")
def nlp() -> Any:
    return rules_pipeline()


# ------------------------------------------------------------------ courts
def test_a_court_committee_department_and_grade_stacked_in_one_profile(nlp: Any) -> None:
    text = "王丽，生前是湖南省桑植县人民法院审判委员会委员、执行局局长、一级法官。"
    posts = ents(nlp, text, "POST")
    assert "桑植县人民法院审判委员会委员" in posts
    assert "执行局局长" in posts and "一级法官" in posts
    got = holds(text)
    assert ("王丽", "桑植县人民法院审判委员会委员") in got and ("王丽", "执行局局长") in got
    assert ("王丽", "一级法官") in got
    bodies = post_bodies(text)
    assert bodies["桑植县人民法院审判委员会委员"] == ("桑植县人民法院审判委员会", "430822")
    assert bodies["执行局局长"] == ("桑植县人民法院执行局", "430822")
    # a grade is held in the court itself, not in the unit named before it
    assert bodies["一级法官"] == ("桑植县人民法院", "430822")


def test_a_procuratorate_department_head_and_the_grade_role(nlp: Any) -> None:
    text = "李明任宁远县人民检察院检察委员会委员、第二检察部主任、四级高级检察官。"
    doc = nlp(text)
    by_text = {e.text: e for e in doc.ents if e.label_ == "POST"}
    assert "第二检察部主任" in by_text
    assert by_text["第二检察部主任"]._.kg.get("body") == "宁远县人民检察院第二检察部"
    # the stacked grade is not read when a qualifier the rule does not know stands before it
    assert "四级高级检察官" not in by_text


def test_no_grade_read_out_of_an_assistant_title(nlp: Any) -> None:
    text = "张红是桑植县人民法院副院长、一级法官助理。"
    assert not any(p.endswith("法官") for p in ents(nlp, text, "POST"))


def test_the_national_court_alone_is_an_org_and_a_local_court_alone_is_not(nlp: Any) -> None:
    text = "最高人民法院、司法部联合发布通知。宁远县人民法院审结一批案件。"
    orgs = ents(nlp, text, "ORG")
    assert "最高人民法院" in orgs
    assert "宁远县人民法院" not in orgs and "宁远县" not in ents(nlp, text, "REGION")


# ----------------------------------------------------------------- persons
def test_the_general_secretary_by_surname_is_a_titled_reference(nlp: Any) -> None:
    text = "村民们给习总书记写了一封信。"
    doc = nlp(text)
    titled = [e for e in doc.ents if e.label_ == "PERSON"]
    assert [e.text for e in titled] == ["习总书记"]
    assert titled[0]._.kg.get("kind") == "titled" and titled[0]._.kg.get("role") == "总书记"
    assert "总书记" not in ents(nlp, text, "POST")


def test_a_titled_reference_after_a_preposition_but_not_inside_a_word(nlp: Any) -> None:
    assert "王县长" in ents(nlp, "大家向王县长汇报了进展。", "PERSON")
    assert "李书记" in ents(nlp, "请李书记讲话。", "PERSON")
    # a party committee's secretary is a post, not a person called 党
    text = "他对党委书记说明了情况。"
    assert not any(p.startswith("党") for p in ents(nlp, text, "PERSON"))


# --------------------------------------------------------------- campaigns
def test_reform_after_a_slogan_of_the_lexicon_is_part_of_its_name(nlp: Any) -> None:
    text = "北京市持续深化接诉即办改革，提升治理水平。"
    doc = nlp(text)
    camps = [e for e in doc.ents if e.label_ == "CAMPAIGN"]
    assert [c.text for c in camps] == ["接诉即办改革"]
    assert camps[0]._.kg.get("core") == "接诉即办"
    # its home region is still found through the slogan
    assert ("campaign_region", "接诉即办改革", "11") in campaign_relations(text)


def test_no_reform_office_taken_into_the_slogan(nlp: Any) -> None:
    text = "区接诉即办改革办负责同志介绍了情况。"
    assert "接诉即办改革" not in ents(nlp, text, "CAMPAIGN")


def test_a_place_heading_a_relative_clause_carries_the_programme_on() -> None:
    text = "近年来，张华所在的泗洪县持续推进美丽庭院工程，村容村貌焕然一新。"
    assert ("campaign_region", "美丽庭院工程", "321324") in campaign_relations(text)


def test_a_leader_visiting_a_village_promotes_what_he_urges() -> None:
    text = "去年春节前夕，习近平总书记来到一个山村察看蔬菜大棚，强调要扎实实施乡村振兴战略。"
    assert ("promoted_by", "乡村振兴战略", "习近平") in campaign_relations(text)


# ----------------------------------------------------------------- regions
def test_no_place_read_out_of_a_reservoir_or_an_irrigation_district(nlp: Any) -> None:
    text = "新安江水库水质稳定，丹江口库区群众积极参与，都江堰灌区春灌开始。"
    assert ents(nlp, text, "REGION") == []
    # the same names before a body are still places
    assert "丹江口市委" in ents(nlp, "丹江口市委召开会议。", "ORG")


# ------------------------------------------------- found with xwlb38 (same pattern sets, meeting v9)
def test_an_acting_head_of_government_is_the_heads_post(nlp: Any) -> None:
    text = "南京市代市长陈立新表示，要稳住经济大盘。"
    assert "南京市代市长" in ents(nlp, text, "POST")
    assert ("陈立新", "南京市代市长") in holds(text)
    assert post_bodies(text)["南京市代市长"] == ("南京市政府", "3201")
    # 代 is no acting title where it opens a word (代表, 代理人)
    assert not any(p.startswith("代") for p in ents(nlp, "市人大代表陈立新说。", "POST"))


def test_a_courts_enforcement_bureau_head_in_one_title(nlp: Any) -> None:
    text = "桑植县人民法院执行局局长王丽带队执行。"
    assert "桑植县人民法院执行局局长" in ents(nlp, text, "POST")
    assert post_bodies(text)["桑植县人民法院执行局局长"] == ("桑植县人民法院执行局", "430822")


def test_a_deputy_to_a_local_congress_names_the_place_not_the_congress(nlp: Any) -> None:
    text = "湖南省人大代表、某公司技术员陈立新说，要把实事办好。"
    assert "湖南省" in ents(nlp, text, "REGION")
    assert not any(o.endswith("人大") for o in ents(nlp, text, "ORG"))
    assert "陈立新" in ents(nlp, text, "PERSON")
    # the congress itself, and its standing committee's titles, are unchanged
    assert "湖南省人大常委会主任" in ents(nlp, "湖南省人大常委会主任陈立新主持会议。", "POST")


def test_no_name_made_of_a_place_and_a_preposition(nlp: Any) -> None:
    text = "浙江按照总书记擘画的蓝图，一张蓝图绘到底。"
    assert "浙江" in ents(nlp, text, "REGION")
    assert not any(p.endswith("按照") for p in ents(nlp, text, "PERSON"))


def test_no_meeting_named_by_the_words_before_its_form(nlp: Any) -> None:
    text = "报告会以视频会议形式举办。陈立新一直忙着宣讲会，走家串户。"
    assert ents(nlp, text, "MEETING") == []
    # a name that opens with 以 keeps it
    assert "全市以案促改警示教育大会" in ents(nlp, "全市以案促改警示教育大会召开。", "MEETING")


def test_no_place_read_out_of_an_armed_police_unit(nlp: Any) -> None:
    text = "武警湖南总队张家界支队官兵及时出动。"
    assert ents(nlp, text, "REGION") == []


def test_more_reforms_and_the_nations_aspirations_are_no_campaigns(nlp: Any) -> None:
    assert ents(nlp, "这里将开展更多先行先试改革。", "CAMPAIGN") == []
    assert ents(nlp, "通过立法推进美丽中国建设和平安中国建设。", "CAMPAIGN") == []
    # a place's own building programme stays
    assert "平安泗洪建设" in ents(nlp, "泗洪县大力推进平安泗洪建设。", "CAMPAIGN")
