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


# ------------------------------------------------------------------ from xwlb78 (meeting v26, post v24, person v20)
_STANDING = ("十四届全国人大二次会议主席团常务主席第二次会议6日下午在北京人民大会堂举行。大会主席团常务主席王立新主持会议。"
             "在主席团常务主席第二次会议召开之前，出席十四届全国人大二次会议的各代表团召开会议，审议了有关草案。"
             "会议听取了大会副秘书长陈志明作的大会秘书处关于某某决定草案，关于某某办法草案审议情况的汇报。"
             "大会主席团常务主席张雪明、李红梅出席会议。")


def test_a_presidiums_standing_chairmen_meeting_and_the_sessions_officers() -> None:
    doc = full_pipeline()(_STANDING)
    name = "十四届全国人大二次会议主席团常务主席第二次会议"
    assert [e.text for e in doc.ents if e.label_ == "MEETING"][0] == name
    assert "主席团常务主席" not in [e.text for e in doc.ents if e.label_ == "POST"]  # (inside the meeting's name)
    assert ("陈志明", "大会副秘书长") in holds(_STANDING)
    bodies = post_bodies(_STANDING)
    assert bodies["大会主席团常务主席"][0] == "十四届全国人大二次会议主席团"
    assert bodies["大会副秘书长"][0] == "十四届全国人大二次会议"  # (the session's officer, not its presidium's)
    assert (name, "王立新") in relations(_STANDING, "chaired_by")
    assert (name, "陈志明") in relations(_STANDING, "speaker")  # (a long report heard by the meeting)
    # (出席某会议的各代表团召开会议: the delegations hold their own meetings; the attendees are at this one)
    assert {(name, "张雪明"), (name, "李红梅")} <= set(relations(_STANDING, "attendee"))
    assert not [m for m, _ in relations(_STANDING, "attendee") if m == "十四届全国人大二次会议"]


def test_a_congress_sitting_its_executive_chairman_and_speeches_for_bodies() -> None:
    text = ("中国某某协会第九次全国代表大会第二次全体会议8日在人民大会堂举行。王立新到会祝贺，代表党中央致词。"
            "中国科协第九届全国委员会主席、大会主席团执行主席陈志明主持会议，代表第九届全国委员会作工作报告。"
            "科技部部长张雪明和共青团中央书记处第一书记李红梅，分别代表科技界和人民团体致词。")
    name = "中国某某协会第九次全国代表大会第二次全体会议"
    assert "中国科协第九届全国委员会主席" in ents(full_pipeline(), text, "POST")
    assert post_bodies(text)["大会主席团执行主席"][0] == "中国某某协会第九次全国代表大会主席团"  # (the congress's)
    assert (name, "陈志明") in relations(text, "chaired_by")
    assert {(name, p) for p in ("王立新", "陈志明", "张雪明", "李红梅")} <= set(relations(text, "speaker"))
    assert (name, "王立新") in relations(text, "attendee")  # (到会祝贺)


def test_summits_award_conferences_and_a_peoples_organisations_congress_by_its_short_name() -> None:
    text = "总书记在国家科学技术奖励大会、两院院士大会上发表重要讲话。全国妇联十三大以来，各级妇联围绕中心工作。"
    assert ents(full_pipeline(), text, "MEETING") == ["国家科学技术奖励大会", "两院院士大会", "全国妇联十三大"]
    assert ents(full_pipeline(), "中国—东盟峰会在雅加达举行。", "MEETING") == ["中国—东盟峰会"]
    # (a big number is no congress: 全国总工会十大任务)
    assert ents(full_pipeline(), "全国总工会十大任务已经明确。", "MEETING") == []


def test_no_date_for_a_meeting_whose_eve_the_sentence_tells() -> None:
    text = "央视网消息：王立新17日在西安主持某某峰会前夕，听取省委工作汇报。"
    assert not relations(text, "meeting_date") and not [
        r for r in full_pipeline()(text)._.relations if r.type == "meeting_date"]


def test_a_deputy_national_title_after_a_rare_surname_and_a_rare_surname_in_a_list() -> None:
    doc = full_pipeline()("会议听取了报告。\n吉明轩副委员长主持会议。石泰峰、铁凝、吴政隆出席会议。")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["吉明轩", "石泰峰", "铁凝", "吴政隆"]
    assert "铁路" not in ents(full_pipeline(), "钢铁、铁路等行业加快发展。", "PERSON")


def test_a_chair_after_a_visit_without_bing() -> None:
    text = "3月23日，王立新在某某新区考察，主持召开深入推进某某新区高质量发展座谈会并发表重要讲话。"
    assert ("深入推进某某新区高质量发展座谈会", "王立新") in relations(text, "chaired_by")


# ------------------------------------------------------------------ from xwlb79 (meeting v27, unversioned)
def test_a_leaders_study_seminar_with_its_audience_and_ceremonies() -> None:
    text = ("央视网消息（新闻联播）：市厅级主要领导干部学习贯彻某某全会精神专题研讨班23日下午在某某党校结业，"
            "王立新出席结业式并作总结讲话。他指出，总书记张明华在专题研讨班开班式上的重要讲话很重要。"
            "陈志明主持结业式。李红梅、赵一鸣出席结业式。")
    name = "市厅级主要领导干部学习贯彻某某全会精神专题研讨班"
    assert ents(full_pipeline(), text, "MEETING")[0] == name
    assert (name, "陈志明") in relations(text, "chaired_by")
    assert {(name, "王立新"), (name, "张明华")} <= set(relations(text, "speaker"))  # (the opening speech, cited)
    assert {(name, "王立新"), (name, "李红梅"), (name, "赵一鸣")} <= set(relations(text, "attendee"))


def test_no_meeting_in_the_name_of_its_members() -> None:
    assert ents(full_pipeline(), "国务院全体会议组成人员出席会议，有关部门负责人列席会议。", "MEETING") == []
    assert ents(full_pipeline(), "国务院召开全体会议。", "ORG") == ["国务院"]


def test_no_region_inside_a_railway_stations_name(nlp: Any) -> None:
    text = "新站建筑面积相当于杭州东站、杭州南站和宁波站三座火车站之和，北京城市副中心站即将开通。"
    assert ents(nlp, text, "REGION") == []
    assert ents(nlp, "杭州站在新的起点上谋划发展。", "REGION") == ["杭州"]  # (站在: a verb, no station)


# ------------------------------------------------------------------ from xwlb80 (unversioned)
def test_the_mayors_of_cities_hold_no_title() -> None:
    assert ents(full_pipeline(), "来自10个国家的城市市长及代表共同参加了活动。", "POST") == []
    assert ents(full_pipeline(), "扬州市市长王明华出席活动。", "POST") == ["扬州市市长"]


def test_the_author_of_a_written_instruction_promotes_what_it_asks_for() -> None:
    text = ("国务院总理王立新日前对做好春季农业生产工作作出重要批示。批示指出，各地区各部门要毫不放松抓好粮食生产，"
            "实施好新一轮高标准农田提质行动。")
    assert ("promoted_by", "高标准农田提质行动", "王立新") in campaign_relations(text)
    # (without the instruction quoted, the premier only names the work)
    assert not [r for r in campaign_relations(text.replace("批示指出", "会议指出")) if r[0] == "promoted_by"]


def test_no_title_region_read_across_two_words() -> None:
    from kg.pipeline.article_context import default_divisions, scan_regions

    div = default_divisions()
    # 稳|定安|全: 稳定 and 安全, not the county 定安
    assert scan_regions("高水平保障粮食等重要农产品稳定安全供给", div) == []
    assert [(s, e) for s, e, _ in scan_regions("海南定安：稳步推进乡村振兴", div)] == [(0, 2), (2, 4)]


# ------------------------------------------------------------------ from xwlb81 (campaign v25, relation rules)
@pytest.mark.parametrize("text, name", [
    ("辽宁加快实施产业基础再造和重大技术装备攻关工程。", "产业基础再造和重大技术装备攻关工程"),
    ("今年，某省开展大模型赋能纺织行业高质量发展专项行动。", "大模型赋能纺织行业高质量发展专项行动"),
    ("某省开展为期两年的养老服务质量提升专项行动。", "养老服务质量提升专项行动"),
    ("河南今年将实施10万就业见习岗位募集计划。", "10万就业见习岗位募集计划"),
])
def test_long_unquoted_programmes_after_their_verb(nlp: Any, text: str, name: str) -> None:
    assert name in ents(nlp, text, "CAMPAIGN")


def test_no_long_unquoted_programme_of_a_building_project_or_a_battle(nlp: Any) -> None:
    assert ents(nlp, "实施公共卫生中心改扩建工程。", "CAMPAIGN") == []
    assert ents(nlp, "持续打好反腐败斗争攻坚战。", "CAMPAIGN") == []
    assert ents(nlp, "把项目打造成为民心工程。", "CAMPAIGN") == []


def test_a_plans_own_actions_are_launched_by_its_issuer() -> None:
    text = ("央视网消息：国务院日前印发《推进某某建设五年行动计划》，对未来五年作出部署。\n"
            "《行动计划》提出实施新一轮农业人口安居行动、城市更新和安全韧性提升行动2项重大行动。")
    found = campaign_relations(text)
    assert {("launched_by", "农业人口安居行动", "国务院"),
            ("launched_by", "城市更新和安全韧性提升行动", "国务院")} <= set(found)


# ------------------------------------------------------------------ from xwlb82 (campaign v26, meeting v28, relations)
def test_a_meeting_named_after_a_lexicon_slogan_keeps_it_whole() -> None:
    assert ents(full_pipeline(), "马克思主义理论研究和建设工程工作会议29日在京召开。", "MEETING") == [
        "马克思主义理论研究和建设工程工作会议"]
    assert ents(full_pipeline(), "党纪学习教育工作会议29日在京召开。", "MEETING") == ["党纪学习教育工作会议"]
    # (the trim still cuts a verb before the name: 研究|某工作会议)
    assert ents(full_pipeline(), "会议研究了全省安全生产工作会议筹备事项。", "MEETING") == ["全省安全生产工作会议"]


def test_an_instruction_on_a_programme_and_a_transfer_to_a_post() -> None:
    text = "央视网消息：总书记王立新近日对新时代马克思主义理论研究和建设工程作出重要指示。"
    assert ("promoted_by", "马克思主义理论研究和建设工程", "王立新") in campaign_relations(text)
    assert ("王立新", "宁德地委书记") in holds("1988年6月，王立新同志调任宁德地委书记，他带队深入全地区9个县。")


def test_speeches_at_a_delegations_deliberation_with_a_day_or_a_short_name() -> None:
    text = ("十四届全国人大一次会议5日在人民大会堂开幕。中共中央政治局委员王立新5日在参加陕西代表团审议时说，要坚定前行。"
            "中共中央政治局委员陈志明在甘肃团审议时说，要坚持好党的领导。")
    speakers = {p for m, p in relations(text, "speaker") if m == "十四届全国人大一次会议"}
    assert {"王立新", "陈志明"} <= speakers


def test_a_quoted_plus_programme_after_its_verb(nlp: Any) -> None:
    assert ents(nlp, "杭州率先提出“机器人+”，到2027年实现应用。", "CAMPAIGN") == ["“机器人+”"]
    assert ents(nlp, "要做好“旅游+”文章。", "CAMPAIGN") == []


# ------------------------------------------------------------------ from xwlb83 (date v18, meeting v29, post v25)
def test_a_years_month_with_its_part(nlp: Any) -> None:
    assert ents(nlp, "截至2025年12月末，全国共有网站500万个。", "DATE") == ["2025年12月末"]
    assert ents(nlp, "2023年3月上旬召开。", "DATE") == ["2023年3月上旬"]


def test_numbered_leaders_meetings_and_summits() -> None:
    text = "当地时间11日，国务院总理王立新在金边出席第25次中国-东盟领导人会议。王立新表示，中国-东盟领导人会议很重要。"
    assert ents(full_pipeline(), text, "MEETING") == ["第25次中国-东盟领导人会议", "中国-东盟领导人会议"]
    assert ents(full_pipeline(), "王立新出席第十七次东亚峰会。", "MEETING") == ["第十七次东亚峰会"]
    # (not before its spirit or results, as the other summit patterns: 某峰会精神)
    assert ents(full_pipeline(), "要落实第25次中国-东盟领导人会议精神。", "MEETING") == []


def test_no_leaders_inside_an_international_organisations_name() -> None:
    assert ents(full_pipeline(), "东盟国家领导人和东盟秘书长出席。", "POST") == ["东盟秘书长"]
    assert ents(full_pipeline(), "联合国贸易和发展会议副秘书长莫雷诺出席。", "POST") == ["联合国贸易和发展会议副秘书长"]


# ------------------------------------------------------------------ from xwlb84 (campaign v27, relation verbs)
def test_a_designated_year_of_work_and_an_action_unfolded() -> None:
    found = campaign_relations("黑龙江把今年定为“深化科技成果产业化突破年”，统筹推进攻关。")
    assert {("launched_by", "“深化科技成果产业化突破年”", "黑龙江"),
            ("campaign_region", "“深化科技成果产业化突破年”", "23")} <= set(found)  # (定为: the place set it up)
    found = campaign_relations("四川围绕电子信息等六大产业展开提质倍增行动。")
    assert ("campaign_region", "提质倍增行动", "51") in found
    assert not [r for r in found if r[0] == "launched_by"]  # (展开: the place carries it out)


# ------------------------------------------------------------------ from xwlb80 (day ranges, unversioned)
@pytest.mark.parametrize("text, iso", [
    ("5月28日至31日", "2026-05-28/2026-05-31"),
    ("19日—21日", "2026-05-19/2026-05-21"),
    ("3月30日至4月1日", "2026-03-30/2026-04-01"),
    ("2022年11月22日至11月28日", "2022-11-22/2022-11-28"),
    ("28日至2日", "2026-05-28/2026-06-02"),  # (a smaller day without its month: the next month)
    ("12月30日至1月2日", "2025-12-30/2026-01-02"),  # (across the new year, before the article)
    ("5月28日", "2026-05-28"),
])
def test_a_range_of_days_reads_as_its_first_and_last(text: str, iso: str) -> None:
    import datetime as dt

    from kg.pipeline.relations_events import date_iso

    assert date_iso(text, dt.date(2026, 5, 30)) == iso


def test_a_meeting_over_several_days_has_a_start_and_an_end() -> None:
    from kg.pipeline.docresult import make_doc
    from kg.rdf import fact_triples
    from kg.types import Article, Fact

    text = "央视网消息：5月28日至31日，由国务院新闻办公室指导的“2026世界市长对话·黄山”活动在安徽省黄山市举行。"
    nlp = full_pipeline()
    doc = nlp(make_doc(nlp, Article(id="t1", title="", text=text, date="2026-05-31")))
    assert [r.value for r in doc._.relations if r.type == "meeting_date"] == ["2026-05-28/2026-05-31"]
    triples = fact_triples(Fact("startDate", "meeting/x/1", "2026-05-28/2026-05-31", literal=True))
    assert sorted((str(p).rsplit("/", 1)[-1], str(o)) for _, p, o in triples) == [
        ("endDate", "2026-05-31"), ("startDate", "2026-05-28")]


# ------------------------------------------------------------------ from xwlb85 (meeting v30)
def test_no_meeting_name_opened_by_conforming() -> None:
    assert ents(full_pipeline(), "计划草案符合中央经济工作会议部署要求。", "MEETING") == ["中央经济工作会议"]


# ------------------------------------------------------------------ from xwlb86 (post v26, relation rules)
def test_the_listed_actions_of_a_plan_are_launched_by_its_issuers() -> None:
    text = ("央视网消息：中共中央办公厅、国务院办公厅近日印发《提振某某专项行动方案》（以下简称《方案》）。\n"
            "《方案》提出，要大力提振消费。\n"
            "一是开展城乡居民增收促进行动，要促进工资性收入合理增长。\n"
            "二是开展消费能力保障支持行动，要加大生育养育保障力度。\n"
            "同时，《方案》明确，实施急需学科专业超常布局行动，快速布局一批学科专业点。")
    found = set(campaign_relations(text))
    for name in ("城乡居民增收促进行动", "消费能力保障支持行动", "急需学科专业超常布局行动"):
        assert {("launched_by", name, "中共中央办公厅"), ("launched_by", name, "国务院办公厅")} <= found
    # (a place carrying one on in the list has its own subject: no launch by the issuers)
    found = set(campaign_relations(text.replace("二是开展", "二是某省深入开展")))
    assert ("launched_by", "消费能力保障支持行动", "国务院办公厅") not in found


def test_a_special_committees_chairman_after_the_verb_of_hearing() -> None:
    text = ("十四届全国人大三次会议主席团8日下午举行第二次会议。"
            "主席团会议听取了宪法和法律委员会主任委员王立新作的宪法和法律委员会关于某法修正草案审议结果的报告。")
    assert ("王立新", "宪法和法律委员会主任委员") in holds(text)
    assert post_bodies(text)["宪法和法律委员会主任委员"][0] == "全国人大宪法和法律委员会"


# ------------------------------------------------------------------ from xwlb87 (unversioned)
def test_no_model_person_of_a_village_name() -> None:
    text = "在以“大余村”为核心的“未来乡村”建设中，余村携手周边24个行政村，扩容近十倍。有着千年历史的余村正在变年轻。"
    assert ents(full_pipeline(), text, "PERSON") == []
    # (a name after a title may still end in 村)
    assert ents(full_pipeline(), "村党支部书记汪玉村说，要把路修好。", "PERSON") == ["汪玉村"]


def test_a_peoples_organisations_congress_is_read_only_where_the_body_is_named() -> None:
    from kg.pipeline.patterns import meeting_patterns_v26

    p = meeting_patterns_v26()
    assert "大(?=" not in p["numbered_event"]  # (its own pattern: 大 ends too many words to pre-filter on)
    assert ents(full_pipeline(), "中国科协十大以来，各级科协组织围绕中心任务。", "MEETING") == ["中国科协十大"]


# ------------------------------------------------------------------ from xwlb88 (person v21, post v27, relations)
def test_a_delegations_plenary_with_its_chair_speakers_and_the_delegates_met_before() -> None:
    text = ("央视网消息：国家主席王立新8日下午在出席十四届全国人大一次会议解放军和武警部队代表团全体会议时强调，要统一思想。\n"
            "会上，来自军委科学技术委员会的陈志明代表、来自陆军的张雪明代表依次发言。\n"
            "会前，王立新亲切接见出席十四届全国人大一次会议解放军和武警部队代表团全体代表。\n"
            "中央军委副主席李红梅主持会议，中央军委委员赵一鸣参加会议。")
    name = "十四届全国人大一次会议解放军和武警部队代表团全体会议"
    assert (name, "李红梅") in relations(text, "chaired_by")
    assert {(name, "王立新"), (name, "陈志明"), (name, "张雪明")} <= set(relations(text, "speaker"))
    assert (name, "赵一鸣") in relations(text, "attendee")
    assert not [m for m, _ in relations(text, "attendee") if m == "十四届全国人大一次会议"]


def test_an_appointment_with_the_sex_noted_and_a_gulf_states_titles() -> None:
    assert ("陈红梅", "司法部部长") in holds("免去王立新的司法部部长职务；任命陈红梅（女）为司法部部长。")
    text = "科威特埃米尔米沙勒向论坛致贺信。阿联酋总统办公厅主任曼苏尔发表视频致辞。"
    assert {("米沙勒", "埃米尔"), ("曼苏尔", "总统办公厅主任")} <= set(holds(text))
    bodies = post_bodies(text)
    assert bodies["埃米尔"][0] == "科威特" and bodies["总统办公厅主任"][0] == "阿联酋总统办公厅"


# ------------------------------------------------------------------ from xwlb89 (meeting v31)
def test_a_national_meeting_named_with_the_groups_it_is_for() -> None:
    name = "全国高校毕业生等青年就业创业工作电视电话会议"
    assert ents(full_pipeline(), f"央视网消息：{name}11日在京召开。", "MEETING") == [name]
    assert ents(full_pipeline(), f"王立新出席{name}并讲话。", "MEETING") == [name]
    # (就 still cuts where it is the preposition: 会议就|某某工作座谈会筹备作了部署)
    assert ents(full_pipeline(), "会议就做好工作座谈会筹备作了部署。", "MEETING") == ["工作座谈会"]


# ------------------------------------------------------------------ bad input at the edges of the day ranges
def test_an_impossible_or_backward_range_of_days_is_no_range() -> None:
    import datetime as dt

    from kg.pipeline.relations_events import date_iso

    ref = dt.date(2026, 5, 30)
    assert date_iso("2月30日至31日", ref) is None  # (no 30 February: neither day is read)
    assert date_iso("5月31日至31日", ref) == "2026-05-31"  # (no range of one day: the day)
    assert date_iso("4月31日至5月2日", ref) is None


def test_a_malformed_range_in_a_fact_is_written_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    from rdflib import Literal
    from rdflib.namespace import XSD

    from kg.rdf import fact_triples
    from kg.types import Fact

    with caplog.at_level("WARNING", logger="kg"):
        triples = fact_triples(Fact("startDate", "meeting/x/1", "2026-05-28/月底", literal=True))
    objs = {str(p).rsplit("/", 1)[-1]: o for _, p, o in triples}
    assert objs["startDate"] == Literal("2026-05-28", datatype=XSD.date)
    assert objs["endDate"] == Literal("月底")  # (kept as text, not dropped)
    assert "W081" in caplog.text
