"""Pattern sets v11 (campaign v10, meeting v10, date v8, org v10) and the rules found with the xwlb39 set: a drive
to create a national model area, quoted cross-region services and the provinces they name, national strategies
carried out together, the education campaign after 运用好, no campaign for a quoted spirit or requirement,
meetings that analyse a situation, a day with a clock time, the office of a national committee, no place read out
of garrisons, stations, lakes, pilot zones, parks or a company's bracketed place, no titled name glued to a word
before it, a sentence that goes on with the subject of the one before, the place whose work report is heard, and
deputies' speech at a delegation's deliberation. Examples made up, none taken from the gold texts."""

from __future__ import annotations

from typing import Any

import pytest

from kg.pipeline.relations_campaigns import is_national_campaign
from rule_docs import campaign_relations, ents, full_pipeline, relations, rules_pipeline


@pytest.fixture(scope="module")
def nlp() -> Any:
    return rules_pipeline()


# ------------------------------------------------------------------ campaigns
def test_a_drive_to_create_a_national_model_area_is_a_campaign(nlp: Any) -> None:
    text = "会议强调，要积极创建全国民族团结进步示范区，推动各族群众共同富裕。"
    doc = nlp(text)
    camps = {e.text: e._.kg.get("name") for e in doc.ents if e.label_ == "CAMPAIGN"}
    assert camps == {"创建全国民族团结进步示范区": "全国民族团结进步示范区创建"}
    # not without a word of drive before it, nor for a kind of area that names no place or nation
    assert "CAMPAIGN" not in {e.label_ for e in nlp("该村创建全国乡村治理示范村取得成效。").ents}
    assert ents(nlp, "要积极创建示范区，带动周边发展。", "CAMPAIGN") == []


def test_the_speaker_of_the_paragraph_promotes_a_drive_named_by_its_verb() -> None:
    text = "李明强调，要坚持稳中求进。要积极创建全国民族团结进步模范区，促进各民族交往交流交融。"
    got = campaign_relations(text)
    assert ("promoted_by", "创建全国民族团结进步模范区", "李明") in got


def test_a_quoted_cross_region_service_and_the_provinces_it_names(nlp: Any) -> None:
    assert ents(nlp, "市民可在“湘赣通办”窗口一次办成。", "CAMPAIGN") == ["“湘赣通办”"]
    codes = {v for t, c, v in campaign_relations("这里设有“湘赣通办”专窗，群众办事更方便。") if t == "campaign_region"}
    assert codes == {"43", "36"}
    # a pairing of a helping and a helped province names neither as the place it runs
    got = campaign_relations("毕节市深化粤黔协作，引进一批企业。")
    assert ("campaign_region", "粤黔协作", "44") not in got


def test_a_national_strategy_carried_out_together_with_another(nlp: Any) -> None:
    text = "要把推进乡村全面振兴与实施区域协调发展战略结合起来。"
    assert "区域协调发展战略" in ents(nlp, text, "CAMPAIGN")
    # a strategy of the congress reports is national (one entity, whoever carries it out)
    assert "主体功能区战略" in ents(nlp, "要实施主体功能区战略。", "CAMPAIGN")
    assert is_national_campaign("主体功能区战略") and not is_national_campaign("区域协调发展示范区建设")


def test_the_education_campaign_after_using_its_results(nlp: Any) -> None:
    text = "要运用好深入贯彻中央八项规定精神学习教育成果，健全长效机制。"
    assert ents(nlp, text, "CAMPAIGN") == ["深入贯彻中央八项规定精神学习教育"]


@pytest.mark.parametrize("text", [
    "要大力弘扬“红船”精神，勇于担当。",             # a spirit
    "落实“网格化+信息化”两级要求，及时排查。",       # a requirement
    "严格执行“四个机关”建设要求。",
])
def test_no_campaign_for_a_quoted_spirit_or_requirement(nlp: Any, text: str) -> None:
    assert ents(nlp, text, "CAMPAIGN") == []


# ------------------------------------------------------------------ meetings, dates, bodies
def test_a_meeting_that_analyses_a_situation_and_its_chair() -> None:
    text = "在城关镇，王刚主持召开抗旱形势分析会议。王刚指出，要确保群众饮水安全。"
    doc = full_pipeline()(text)
    assert "抗旱形势分析会议" in [e.text for e in doc.ents if e.label_ == "MEETING"]
    assert ("抗旱形势分析会议", "王刚") in relations(text, "chaired_by")
    assert ("抗旱形势分析会议", "王刚") in relations(text, "speaker")


def test_a_bare_kind_of_analysis_meeting_is_no_meeting(nlp: Any) -> None:
    assert ents(nlp, "团队召开了上百次专题分析会。", "MEETING") == []
    assert ents(nlp, "团队召开了三千多次专题分析会。", "MEETING") == []


def test_a_day_with_a_clock_time_and_no_month(nlp: Any) -> None:
    assert ents(nlp, "截至12日8时，已转移群众3000人。", "DATE") == ["12日8时"]
    assert ents(nlp, "截至5月12日8时30分，全部转移。", "DATE") == ["5月12日8时30分"]
    # no day of the month read across a number (3000日)
    assert ents(nlp, "第123日3时", "DATE") != ["23日3时"]


def test_the_office_of_a_national_committee_is_a_body(nlp: Any) -> None:
    text = "国家禁毒委员会办公室会同公安部部署专项行动。"
    assert "国家禁毒委员会办公室" in ents(nlp, text, "ORG")
    # a national committee alone stays no body without a title after it (as before)
    assert "国家禁毒委员会" not in ents(nlp, "国家禁毒委员会部署专项行动。", "ORG")


# ------------------------------------------------------------------ places
@pytest.mark.parametrize("text, place", [
    ("广州警备区派出官兵支援抢险。", "广州"),
    ("记者来到宜昌水文站了解水情。", "宜昌"),
    ("游客在洪泽湖边观鸟。", "洪泽"),
    ("推进浦东引领区建设。", "浦东"),
    ("在西安高新国际医药城，企业加快研发。", "西安"),
    ("他走进某某机械（苏州）有限公司车间。", "苏州"),
    ("这里是河北抗日根据地的中心。", "河北"),
    ("八路军山东纵队在此成立。", "山东"),
])
def test_no_place_read_out_of_a_unit_station_lake_zone_park_or_company(nlp: Any, text: str, place: str) -> None:
    assert place not in ents(nlp, text, "REGION")


def test_a_district_after_its_city_that_starts_with_lake_stays(nlp: Any) -> None:
    assert ents(nlp, "在厦门湖里区，社区干部走访居民。", "REGION") == ["厦门", "湖里区"]


# ------------------------------------------------------------------ names
def test_no_titled_name_glued_to_the_word_before_it(nlp: Any) -> None:
    assert ents(nlp, "要深入学习贯彻总书记重要讲话精神。", "PERSON") == []
    assert ents(nlp, "我们认真学习习近平总书记重要讲话。", "PERSON") == ["习近平"]


# ------------------------------------------------------------------ relations
def test_a_sentence_goes_on_with_the_subject_of_the_one_before() -> None:
    text = ("今年，福建将纵深推进自贸试验区建设；坚持制造业当家；加快构建创新生态。"
            "同时，实施“千企技改工程”，发展壮大县域经济。")
    got = campaign_relations(text)
    assert ("campaign_region", "“千企技改工程”", "35") in got
    # not when the sentence before opens with no body or place
    got = campaign_relations("今年经济稳中向好。同时，实施“千企技改工程”，发展壮大县域经济。")
    assert not [r for r in got if r[0] == "launched_by"]


def test_the_place_whose_work_report_is_heard_carries_the_campaign_out() -> None:
    text = "总理听取湖南推动长株潭都市圈建设情况汇报，要求加强协同。"
    assert ("campaign_region", "长株潭都市圈建设", "43") in campaign_relations(text)


def test_deputies_speak_at_a_delegation_deliberation() -> None:
    text = ("3日下午，十四届全国人大三次会议举行。中共中央政治局委员、国务院副总理张建华参加山东代表团审议时说，完全赞成政府工作报告。"
            "全国人大代表、山东大学教授赵明远，围绕科技创新，向总理作了汇报。")
    speakers = relations(text, "speaker")
    assert ("十四届全国人大三次会议", "张建华") in speakers
    assert ("十四届全国人大三次会议", "赵明远") in speakers


@pytest.mark.parametrize("text, name", [
    ("今年，江西全面开启全域美丽河湖建设行动，到2030年建成。", "全域美丽河湖建设行动"),
    ("四川实施了万亿级特色产业培育行动，资金用于产业。", "万亿级特色产业培育行动"),
    ("该县以和美乡村示范创建行动为抓手，推进三大改造。", "和美乡村示范创建行动"),
])
def test_unquoted_programmes_after_opening_or_as_the_means_of_work(nlp: Any, text: str, name: str) -> None:
    assert ents(nlp, text, "CAMPAIGN") == [name]


@pytest.mark.parametrize("text", ["他实施了一项工程。", "以这项工程为抓手，推动发展。", "以一个行动为抓手。"])
def test_no_programme_of_a_counted_or_pointed_noun(nlp: Any, text: str) -> None:
    assert ents(nlp, text, "CAMPAIGN") == []


# ------------------------------------------------------------------ from xwlb40 (post v11, person v9, org v10, date v8)
def test_a_local_department_by_its_full_name_is_a_body_when_written_alone(nlp: Any) -> None:
    text = "浙江省安吉县市场监督管理局违规摊派费用；湖北省武汉市洪山区规划和自然资源局推进整改简单化。"
    assert ents(nlp, text, "ORG") == ["安吉县市场监督管理局", "洪山区规划和自然资源局"]
    assert ents(nlp, text, "REGION") == ["浙江省", "湖北省", "武汉市"]


def test_a_former_manager_of_a_company_in_a_list_of_cases() -> None:
    text = "片中通过吉林省农安县青山口粮库有限公司原总经理王建国案、某省某镇原副镇长李志刚案讲述。"
    doc = full_pipeline()(text)
    assert "原总经理" in [e.text for e in doc.ents if e.label_ == "POST"]
    assert ("王建国", "原总经理") in relations(text, "holds")
    bodies = {doc.ents[r.head].text: r.value for r in doc._.relations if r.type == "post_body"}
    assert bodies["原总经理"] == "农安县青山口粮库有限公司"


def test_a_weak_surname_after_a_title_before_the_report_delivered() -> None:
    text = "会议听取了全国人大宪法法律委主任委员信长江作的关于草案审议结果的报告。"
    assert ("信长江", "全国人大宪法法律委主任委员") in relations(text, "holds")


def test_a_working_body_of_the_npc_standing_committee_after_a_bare_standing_committee() -> None:
    text = ("十四届全国人大常委会第九次会议举行。会议听取了常委会代表资格审查委员会主任委员王建华作的关于个别代表的"
            "代表资格的报告。")
    doc = full_pipeline()(text)
    bodies = {doc.ents[r.head].text: r.value for r in doc._.relations if r.type == "post_body"}
    assert bodies["常委会代表资格审查委员会主任委员"] == "全国人大常委会代表资格审查委员会"
    # without the NPC named in the article the bare committee is read as nothing
    assert ents(rules_pipeline(), "常委会代表资格审查委员会主任委员王建华作了报告。", "POST") == []


def test_nothing_inside_a_preaching_group_s_full_name(nlp: Any) -> None:
    text = "近日，学习贯彻党的二十届三中全会精神中央宣讲团成员在各地宣讲。"
    assert ents(nlp, text, "MEETING") == [] and ents(nlp, text, "POST") == []
    # with a stack of titles and a name after it, the members' post stays
    text = "学习贯彻党的二十届三中全会精神中央宣讲团成员、河北省委书记倪岳峰在石家庄宣讲。"
    assert ents(nlp, text, "POST")[:2] == ["中央宣讲团成员", "河北省委书记"]
    assert ents(nlp, text, "MEETING") == []


def test_two_days_of_a_month_joined_by_and(nlp: Any) -> None:
    assert ents(nlp, "宣讲团于11月4日和5日在重庆宣讲。", "DATE") == ["11月4日和5日"]


def test_a_congress_whose_decision_about_a_campaign_the_sentence_cites() -> None:
    got = campaign_relations("要落实党的二十大关于推动西部大开发形成新格局的部署，统筹发展和安全。")
    assert ("launched_by", "西部大开发", "党的二十大") in got
    # a meeting that is no congress or plenum decides nothing here
    got = campaign_relations("要落实座谈会关于推动西部大开发形成新格局的部署。")
    assert not [r for r in got if r[0] == "launched_by"]


def test_the_subject_chairs_a_meeting_convened_at_the_end_of_its_clauses() -> None:
    text = "调研期间，王建华来到某省纪委监委、省委巡视办，了解工作进展情况，并主持召开部分省区纪委书记座谈会。他强调，要严字当头。"
    assert ("部分省区纪委书记座谈会", "王建华") in relations(text, "chaired_by")
    assert ("部分省区纪委书记座谈会", "王建华") in relations(text, "speaker")
    text = "在省纪委监委，王建华详细了解工作情况，并召开部分省区纪委书记座谈会。"
    assert ("部分省区纪委书记座谈会", "王建华") in relations(text, "chaired_by")


def test_no_chair_for_an_unnamed_meeting_or_across_another_name() -> None:
    # an unnamed 座谈会 gives no chair, not of a meeting named later
    text = "市委书记王建华专题调研改革工作，并召开座谈会。该县先后召开三次县委常委会会议。"
    assert relations(text, "chaired_by") == []
    text = "王建华陪同李志刚来到工厂，了解生产情况，并主持召开全省安全生产工作会议。"
    assert ("全省安全生产工作会议", "王建华") not in relations(text, "chaired_by")


def test_a_cited_speech_given_while_chairing_a_study_session() -> None:
    text = "要深入学习贯彻习近平总书记在主持中共中央政治局第十二次集体学习时的重要讲话精神。"
    assert ("中共中央政治局第十二次集体学习", "习近平") in relations(text, "chaired_by")
    assert ("中共中央政治局第十二次集体学习", "习近平") in relations(text, "speaker")
    # a speech at a delegation's deliberation cites no meeting he chaired
    text = "要学习贯彻习近平总书记在参加十四届全国人大二次会议江苏代表团审议时的重要讲话精神。"
    assert relations(text, "chaired_by") == []


def test_an_exchange_keeps_its_name_and_no_region() -> None:
    text = "上海期货交易所原党委书记、理事长王建华接受审查调查。"
    doc = full_pipeline()(text)
    bodies = {doc.ents[r.head].text: (r.value, r.attr("region_code")) for r in doc._.relations if r.type == "post_body"}
    assert bodies.get("理事长") == ("上海期货交易所", None)
