"""Examples for the rules added in the seventeenth session (made up for the tests, none taken from the gold texts):
campaign v28–v32, post v28–v30, org v22–v24, meeting v32–v33 and the unversioned relation rules."""

from __future__ import annotations

from typing import Any

import pytest

from rule_docs import campaign_relations, ents, full_pipeline, holds, post_bodies, relations, rules_pipeline


@pytest.fixture(scope="module")
def nlp() -> Any:
    return rules_pipeline()


def values(text: str, kind: str, title: str | None = None) -> list[tuple[str, str]]:
    """(head, value) of every ``kind`` relation that carries a value (meeting dates and places)."""
    from kg.pipeline.docresult import make_doc
    from kg.types import Article

    pipe = full_pipeline()
    doc = pipe(make_doc(pipe, Article(id="t", text=text, title=title, date="2024-04-11")))
    return [(doc.ents[r.head].text, str(r.value)) for r in doc._.relations if r.type == kind and r.tail < 0]


# ------------------------------------------------------------------ campaigns (campaign v28–v32)
def test_a_special_rectification_after_the_verb_that_starts_it(nlp: Any) -> None:
    text = "会议部署开展内河客船安全运营专项整治工作。"
    assert ents(nlp, text, "CAMPAIGN") == ["内河客船安全运营专项整治"]
    # (a list of problems with 的 is no name: 开展某某、某某突出问题的专项整治)
    assert ents(nlp, "深入开展乱收费、乱摊派突出问题的专项整治。", "CAMPAIGN") == []
    assert ents(nlp, "部署开展城镇燃气管道隐患全链条整治工作。", "CAMPAIGN") == ["城镇燃气管道隐患全链条整治"]


def test_a_quoted_slogan_taken_as_the_way_or_handle_of_the_work(nlp: Any) -> None:
    assert ents(nlp, "某省以“山海共富”为实施路径，推动协调发展。", "CAMPAIGN") == ["“山海共富”"]
    assert ents(nlp, "要以“三联三帮”为抓手深化基层工作。", "CAMPAIGN") == ["“三联三帮”"]
    # (a driving force or a focus is no programme)
    assert ents(nlp, "以“二次腾飞”为动力，以“十大产业集群”为重点。", "CAMPAIGN") == []


def test_no_campaign_in_numbered_bases_nor_the_carbon_goals(nlp: Any) -> None:
    assert ents(nlp, "推动新材料研发等“五大产业基地”转型提升。", "CAMPAIGN") == []
    assert ents(nlp, "两省聚焦“双碳”战略目标，整合资源。", "CAMPAIGN") == []


def test_a_quoted_name_described_before_its_kind(nlp: Any) -> None:
    assert ents(nlp, "某省启动了“春风暖企”稳岗助企惠企专项行动。", "CAMPAIGN") == ["“春风暖企”稳岗助企惠企专项行动"]
    assert ents(nlp, "某部联合开展“千场百会”大中小企业供需对接活动。", "CAMPAIGN") == ["“千场百会”大中小企业供需对接活动"]
    assert ents(nlp, "教育厅启动实施了“乡村名师”示范项目。", "CAMPAIGN") == ["“乡村名师”示范项目"]


def test_a_quoted_campaign_of_two_parts_and_a_quoted_battle(nlp: Any) -> None:
    assert ents(nlp, "某市推出了“多彩山城·全民赏花行动”。", "CAMPAIGN") == ["“多彩山城·全民赏花行动”"]
    assert ents(nlp, "这场“碧水保卫战”带来了变化。", "CAMPAIGN") == ["“碧水保卫战”"]
    # (the unquoted three battles are no single name)
    assert ents(nlp, "打好蓝天、碧水、净土保卫战。", "CAMPAIGN") == []


def test_programmes_listed_after_a_plan_and_before_a_count(nlp: Any) -> None:
    text = "实施乡村教师素质提升计划、县域高中振兴计划等12个重大项目。"
    assert ents(nlp, text, "CAMPAIGN") == ["乡村教师素质提升计划", "县域高中振兴计划"]
    text = "某部实施“数字工匠行动”、青年技能骨干培养计划、高技能人才振兴计划。"
    assert ents(nlp, text, "CAMPAIGN") == ["“数字工匠行动”", "青年技能骨干培养计划", "高技能人才振兴计划"]
    text = "实施乡村文化振兴工程、优秀网络作品征集展播活动等。"
    assert ents(nlp, text, "CAMPAIGN") == ["乡村文化振兴工程", "优秀网络作品征集展播活动"]
    # (rounds and batches are no programme)
    assert ents(nlp, "持续开展多轮植树造林工程。", "CAMPAIGN") == []


def test_a_plan_made_a_project_before_its_building_and_a_drive_followed_by_bing(nlp: Any) -> None:
    assert ents(nlp, "某省在全国率先制定老旧小区适老改造五年行动计划。", "CAMPAIGN") == ["老旧小区适老改造五年行动计划"]
    assert ents(nlp, "多个城市开展城市排水管网安全工程建设。", "CAMPAIGN") == ["城市排水管网安全工程"]
    text = "某委启动了为期两年的改善群众办事体验行动并同步开展评估。"
    assert ents(nlp, text, "CAMPAIGN") == ["改善群众办事体验行动"]


def test_a_quoted_plus_after_deploy_and_a_quoted_integration(nlp: Any) -> None:
    assert ents(nlp, "方案部署了“数据+”、设施提升等多个方面的重大行动。", "CAMPAIGN") == ["“数据+”"]
    assert ents(nlp, "某省将深入推进“医养康养一体化”提质增效。", "CAMPAIGN") == ["“医养康养一体化”"]
    assert ents(nlp, "坚守“一国”之本，善用“两制”之利。", "CAMPAIGN") == []


def test_a_system_a_place_starts_but_no_institution(nlp: Any) -> None:
    assert ents(nlp, "某省启动重点商超民生商品日报制度，重点监测。", "CAMPAIGN") == ["重点商超民生商品日报制度"]
    assert ents(nlp, "企业要建立现代企业制度。", "CAMPAIGN") == []
    assert ents(nlp, "建立健全防止返贫动态监测制度。", "CAMPAIGN") == []


def test_what_a_body_raises_to_a_national_strategy() -> None:
    text = "党中央立足全局，将积极应对人口少子化上升为国家战略。"
    assert ("launched_by", "积极应对人口少子化", "党中央") in campaign_relations(text)


def test_a_meeting_held_that_deploys_a_campaign_launches_it() -> None:
    text = "国务院总理王立国主持召开国务院常务会议，听取某某工作汇报，部署开展内河客船安全运营专项整治工作。"
    assert ("launched_by", "内河客船安全运营专项整治", "国务院常务会议") in campaign_relations(text)


def test_no_article_region_for_the_national_plan_nor_a_programme_named_for_the_country() -> None:
    text = ("山东：加快建设新型能源体系。“十五五”规划纲要提出，实施海上能源十年倍增行动。山东将打造能源湾区。"
            "中华文化海外传播工程稳步推进。")
    regions = {r[1] for r in campaign_relations(text) if r[0] == "campaign_region"}
    assert "海上能源十年倍增行动" not in regions and "中华文化海外传播工程" not in regions
    # (the article's own programme keeps the article's place)
    assert "海洋牧场提升行动" in {r[1] for r in campaign_relations(text + "山东还实施海洋牧场提升行动。")
                             if r[0] == "campaign_region"}
    # (a title a place strives for keeps the place; a place the text ties it to still counts)
    text2 = "泗洪县召开全县大会。全县实施新一轮全国文明城市创建三年行动计划，测评保持全省前列。"
    assert ("campaign_region", "全国文明城市创建三年行动计划", "321324") in campaign_relations(text2)
    text3 = "泗洪县召开全县大会。全县实施中华文化海外传播工程，成效明显。"
    assert ("campaign_region", "中华文化海外传播工程", "321324") in campaign_relations(text3)


def test_no_promoter_where_the_clauses_doers_are_we() -> None:
    text = "王立国同志发表的一系列重要论述，对于我们深入实施人才强省战略具有重大意义。"
    assert not [r for r in campaign_relations(text) if r[0] == "promoted_by"]


def test_a_speaker_asking_that_a_programme_be_joined_with_other_work() -> None:
    text = ("丁立新指出，党中央高度重视就业工作，王立国总理提出明确要求。"
            "要把学习贯彻习近平新时代中国特色社会主义思想主题教育同做好就业工作紧密结合起来。")
    promoters = {r[2] for r in campaign_relations(text) if r[0] == "promoted_by"}
    assert promoters == {"丁立新"}  # (a demand only reported is no statement of 王立国's)


# ------------------------------------------------------------------ titles and names (post v28–v30, org v24)
def test_a_senior_academician_and_a_cppcc_vice_chair_with_terms() -> None:
    text = "中国科学院资深院士，中国人民政治协商会议第八届、九届全国委员会副主席王立国同志，因病逝世。"
    assert "中国人民政治协商会议第八届、九届全国委员会副主席" in ents(full_pipeline(), text, "POST")
    bodies = post_bodies(text)
    assert bodies["中国科学院资深院士"][0] == "中国科学院"
    assert bodies["中国人民政治协商会议第八届、九届全国委员会副主席"][0] == "全国政协"


def test_academicians_by_the_short_name_and_a_national_associations_party_committee() -> None:
    text = "中科院院士王立国出席。中国篮球协会原党委书记李明华，人民银行原党委委员、副行长赵一鸣被查处。"
    posts = ents(full_pipeline(), text, "POST")
    assert {"中科院院士", "中国篮球协会原党委书记", "人民银行原党委委员"} <= set(posts)
    bodies = post_bodies(text)
    assert bodies["中科院院士"][0] == "中国科学院"
    assert bodies["人民银行原党委委员"][0] == "中国人民银行党委"
    assert bodies["副行长"][0] == "中国人民银行"


def test_no_title_out_of_the_standing_committee_as_a_body() -> None:
    text = "一年来，在中央政治局、中央政治局常委会领导下，中央书记处认真工作。"
    assert ents(full_pipeline(), text, "POST") == []


def test_no_deputys_title_inside_a_companys_name() -> None:
    text = "全国人大代表某某重工集团有限公司董事长王立国赶回企业。"
    assert post_bodies(text)["董事长"][0] == "某某重工集团有限公司"


def test_a_name_before_gei_and_no_model_name_ending_in_an_element() -> None:
    assert ents(full_pipeline(), "当时教师王立华给总书记看了账户。", "PERSON") == ["王立华"]
    assert ents(full_pipeline(), "煤炭将变成冶金焦、高纯氢、化肥原料。", "PERSON") == []


# ------------------------------------------------------------------ regions (org v22–v24)
def test_a_countys_long_short_form_naming_one_division_stands_alone(nlp: Any) -> None:
    assert ents(nlp, "专家们在北戴河休假。", "REGION") == ["北戴河"]
    # (a two-character short form still needs the context)
    assert ents(nlp, "他在泗洪看望专家。", "REGION") == []


def test_no_county_he_across_the_conjunction(nlp: Any) -> None:
    assert ents(nlp, "正在向城市群和县域两级拓展。", "REGION") == []
    assert "和县" in ents(nlp, "马鞍山市和县县委召开会议。", "REGION") + ents(nlp, "马鞍山市和县县委召开会议。", "POST")[:0] \
        or "和县县委" in "".join(ents(nlp, "马鞍山市和县县委召开会议。"))


def test_no_city_opening_a_facilitys_name_through_its_district(nlp: Any) -> None:
    assert ents(nlp, "总书记来到福建三明市沙县区总医院了解情况。", "REGION") == ["福建"]
    # (a province before a city stays)
    assert ents(nlp, "在甘肃兰州烈士陵园，干部群众缅怀先烈。", "REGION") == ["甘肃"]


# ------------------------------------------------------------------ meetings (meeting v32–v33, relation rules)
def test_the_two_sessions_just_over_and_a_heads_meeting(nlp: Any) -> None:
    assert ents(nlp, "两会一结束，某省就启动了行动。", "MEETING") == ["两会"]
    assert ents(nlp, "中央企业负责人会议22日在京召开。", "MEETING") == ["中央企业负责人会议"]


def test_a_speech_at_a_meeting_named_with_zai_shi_and_a_delegation_opened_by_the_session() -> None:
    text = "习近平总书记在今年中央政治局第五次集体学习时强调，要加强基础研究。"
    assert ("中央政治局第五次集体学习", "习近平") in relations(text, "speaker")
    text = "今年全国两会期间，习近平总书记在参加浙江代表团审议时强调，要把握首要任务。"
    assert ("全国两会", "习近平") in relations(text, "speaker")
    assert ("全国两会", "习近平") in relations(text, "attendee")


def test_a_chair_named_with_his_title_and_a_month_opening_the_sentence() -> None:
    text = "2020年9月，习近平总书记在湖南主持召开基层代表座谈会时指出，要重视无障碍建设。"
    assert ("基层代表座谈会", "习近平") in relations(text, "chaired_by")
    assert ("基层代表座谈会", "2020-09") in values(text, "meeting_date")
    assert ("基层代表座谈会", "湖南") in values(text, "meeting_location")  # (not 湖南主持)


def test_a_chair_cited_without_zai_and_after_a_tour() -> None:
    text = "要深入贯彻习近平总书记主持召开新时代推动西部大开发座谈会时的重要讲话精神。"
    assert ("新时代推动西部大开发座谈会", "习近平") in relations(text, "chaired_by")
    text = "贯彻习近平总书记在浙江考察并主持召开深入推进长三角一体化发展座谈会时的重要讲话精神。"
    assert ("深入推进长三角一体化发展座谈会", "习近平") in relations(text, "chaired_by")


def test_the_sentence_subject_chairs_when_a_pronoun_speaks() -> None:
    text = "习近平总书记高度重视有效投资，在今年1月主持中共中央政治局第二次集体学习时，他强调，要拓展有效投资空间。"
    assert ("中共中央政治局第二次集体学习", "习近平") in relations(text, "chaired_by")
    assert ("中共中央政治局第二次集体学习", "习近平") in relations(text, "speaker")


def test_no_date_of_a_session_whose_attendees_someone_meets() -> None:
    text = "某某委员长27日下午同列席十四届全国人大常委会第九次会议的全国人大代表座谈。"
    assert not [v for m, v in values(text, "meeting_date") if m == "十四届全国人大常委会第九次会议"]
