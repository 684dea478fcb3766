"""Examples for the rules added in the seventeenth session (made up for the tests, none taken from the gold texts):
campaign v28–v32, post v28–v30, org v22–v24, meeting v32–v33 and the unversioned relation rules."""

from __future__ import annotations

from typing import Any

import pytest

from rule_docs import (campaign_relations, ents, full_pipeline, holds, post_bodies, relations, rules_pipeline,
                       values)


@pytest.fixture(scope="module")
def nlp() -> Any:
    return rules_pipeline()


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


# ------------------------------------------------------------------ later in the session (campaign v33–v35,
# post v31–v32, person v22, meeting v34–v36)
def test_a_places_drive_or_year_of_work_after_its_verb(nlp: Any) -> None:
    assert ents(nlp, "某省开展工业项目建设攻坚，全年新增项目。", "CAMPAIGN") == ["工业项目建设攻坚"]
    assert ents(nlp, "某省启动重大项目建设年，各大工程开工。", "CAMPAIGN") == ["重大项目建设年"]
    # (a research push is no campaign)
    assert ents(nlp, "企业开展关键核心技术攻坚，取得突破。", "CAMPAIGN") == []
    assert ents(nlp, "“十四五”期间，国企改革三年行动和改革深化提升行动接续推进。", "CAMPAIGN")[:1] == ["国企改革三年行动"]
    assert ents(nlp, "深入推进主要粮油作物大面积单产提升行动，将建设农田。", "CAMPAIGN") == ["主要粮油作物大面积单产提升行动"]


def test_the_energy_transfer_projects_and_a_quoted_education_with_its_kind(nlp: Any) -> None:
    text = "“三严三实”专题教育、“两学一做”学习教育接续开展。"
    assert ents(nlp, text, "CAMPAIGN") == ["“三严三实”专题教育", "“两学一做”学习教育"]
    assert "“西电东送”" in ents(nlp, "建成“西电东送”通道。", "CAMPAIGN")


def test_a_raised_field_of_four_characters_is_no_campaign(nlp: Any) -> None:
    assert ents(nlp, "党中央将全民健身上升为国家战略。", "CAMPAIGN") == []
    assert ents(nlp, "统筹好“五大安全”，实施区域重大战略。", "CAMPAIGN") == []


def test_a_head_before_a_surname_some_place_with_chang_has_second(nlp: Any) -> None:
    for text, post, name in (("黑龙江省省长梁明华出席。", "黑龙江省省长", "梁明华"), ("泗洪县县长石建国出席。", "泗洪县县长", "石建国"),
                             ("哈尔滨市市长田立新出席。", "哈尔滨市市长", "田立新")):
        assert ents(nlp, text, "POST") == [post] and name in ents(nlp, text, "PERSON")
    # (a division's name after 长 still opens the place)
    assert ents(nlp, "湖南省长沙市召开会议。", "REGION") == ["湖南省", "长沙市"]


def test_no_head_before_the_heads_council_or_office() -> None:
    text = "某国石油公司总裁、俄罗斯总统能源发展战略和生态安全委员会秘书长谢钦出席。"
    assert "能源发展战略" not in ents(full_pipeline(), text, "PERSON")
    assert "总统" not in ents(full_pipeline(), text, "POST")
    text = "应白俄罗斯总统办公厅邀请，李希于9月20日至23日访问。"
    assert ents(full_pipeline(), text, "PERSON") == ["李希"]  # (no 办公厅, no 李希于)


def test_a_cppcc_member_at_a_paragraphs_head_and_his_suggestion() -> None:
    text = ("政协第十四届全国委员会常务委员会第十三次会议25日在京举行全体会议，全国政协主席王立新出席。"
            "\n王国华常委建议，把发展新质生产力摆在突出位置。")
    assert ("王国华", "常委") in holds(text)
    assert any(p == "王国华" for _, p in relations(text, "speaker"))


def test_a_name_before_an_anti_corruption_case_and_no_word_after_a_weak_surname() -> None:
    text = "通过某省公安厅原厅长李文喜、薛恒、王大伟案，讲述故事。两国关系持续高水平发展。"
    assert ents(full_pipeline(), text, "PERSON") == ["李文喜", "薛恒", "王大伟"]


def test_a_meeting_that_puts_forward_a_strategy_launches_it() -> None:
    text = "总书记指出，科技是关键。党的二十届三中全会提出，深入实施科教兴国战略、人才强国战略。"
    rels = campaign_relations(text)
    assert ("launched_by", "科教兴国战略", "党的二十届三中全会") in rels
    # (a congress's report puts nothing forward by itself)
    text2 = "党的二十大报告提出，要深入实施种业振兴行动。"
    assert not [r for r in campaign_relations(text2) if r[0] == "launched_by"]


def test_the_bare_general_secretary_speaking_promotes() -> None:
    text = "习近平总书记考察东北。对于中部地区，总书记强调要在更高起点上扎实推动中部地区崛起。"
    assert ("promoted_by", "中部地区崛起", "习近平") in campaign_relations(text)


def test_a_national_meeting_of_a_field_a_congress_and_another_meeting_and_a_reception(nlp: Any) -> None:
    assert ents(nlp, "第十五次全国民政会议25日在京召开。", "MEETING") == ["第十五次全国民政会议"]
    assert ents(nlp, "全国各地会议在即。", "MEETING") == []
    assert ents(nlp, "学习贯彻党的二十大和中央经济工作会议精神。", "MEETING") == ["党的二十大", "中央经济工作会议"]
    assert ents(nlp, "在庆祝中华人民共和国成立75周年招待会上。", "MEETING") == ["庆祝中华人民共和国成立75周年招待会"]
    assert ents(nlp, "新闻中心举行记者招待会。", "MEETING") == []


def test_a_group_study_after_jinxing_and_a_quoted_forum(nlp: Any) -> None:
    assert ents(nlp, "中共中央政治局9日下午就边疆治理进行第十八次集体学习。", "MEETING") == ["第十八次集体学习"]
    text = "“世界城市对话·某市暨2025年友好城市合作论坛”29日开幕。"
    assert ents(nlp, text, "MEETING") == ["“世界城市对话·某市暨2025年友好城市合作论坛”"]


def test_a_speech_at_a_meeting_named_with_zai_shang() -> None:
    text = "这个假期大家团结一心。习近平总书记在民营企业座谈会上强调，前途光明。"
    assert ("民营企业座谈会", "习近平") in relations(text, "speaker")
    # (a speech reported inside another's statement goes to the meeting it names, not the one the text is at)
    text2 = ("全国科技工作会议13日在京召开。丁立新出席会议并讲话。丁立新指出，习近平总书记在全国科技大会上发表重要讲话，"
             "作出重要部署。")
    assert ("全国科技工作会议", "习近平") not in relations(text2, "speaker")


def test_historic_meetings_are_recalled_not_held(nlp: Any) -> None:
    text = "贵州遵义是革命老区。1935年1月召开的遵义会议，是伟大转折。习近平总书记指出，要运用好遵义会议历史经验。"
    assert ents(nlp, text, "MEETING") == ["遵义会议", "遵义会议"]
    assert not relations(text, "speaker")  # (history, not the meeting the report is at)
    # (the spirit named after it, and its site, are no meeting)
    assert ents(nlp, "弘扬遵义会议精神，参观遵义会议会址。", "MEETING") == []


def test_a_day_so_many_years_before_the_article() -> None:
    text = "十年前的12月4日，王立国主持召开中央政治局会议，审议通过了某某规定。"
    assert ("中央政治局会议", "2012-12-04") in values(text, "meeting_date", date="2022-12-13")
    from kg.pipeline.relations_events import _years_before
    assert _years_before("2024-02-29", "一") == "2024-02-29"  # (no 29 February in 2023: left as read)
    assert _years_before("2022-12", "二十") == "2002-12"


def test_years_before_moves_each_end_of_a_range_and_reads_counts() -> None:
    from kg.pipeline.relations import cn_count
    from kg.pipeline.relations_events import _years_before
    assert _years_before("2022-12-04/2022-12-05", "十") == "2012-12-04/2012-12-05"
    assert _years_before("0050-01-01", "999") == "0050-01-01"  # (no year before the first: left as read)
    assert _years_before("2022-12-04", "百") == "2022-12-04"  # (a count it cannot read)
    assert [cn_count(x) for x in ("3", "十", "十五", "二十三", "十十", "")] == [3, 10, 15, 23, None, None]
