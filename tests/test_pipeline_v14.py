"""Examples for the rules added in the twelfth session (made up for the tests, none taken from the gold texts):
post v14, org v13, campaign v13, meeting v13 and the meeting relations that came with them."""

from __future__ import annotations

from typing import Any

import pytest

from kg.pipeline.candidates import Cand
from kg.pipeline.docresult import make_doc
from kg.types import Article
from kg.pipeline.components import _name_buildings
from kg.pipeline.relations_campaign_facts import contracts
from rule_docs import campaign_relations, ents, full_pipeline, holds, post_bodies, relations, rules_pipeline


@pytest.fixture(scope="module")
def nlp() -> Any:
    return rules_pipeline()


def _meeting_facts(text: str, kind: str) -> list[tuple[str, str]]:
    doc = full_pipeline()(text)
    return [(doc.ents[r.head].text, doc.ents[r.tail].text if r.tail >= 0 else str(r.value))
            for r in doc._.relations if r.type == kind]


# ------------------------------------------------------------------ bodies (org v13)
def test_a_central_bodys_party_group_standing_alone_is_a_body(nlp: Any) -> None:
    assert "中共教育部党组" in ents(nlp, "5日下午，中共教育部党组召开扩大会议，传达学习有关精神。", "ORG")
    assert "国家统计局党组" in ents(nlp, "国家统计局党组召开会议，研究部署下一步工作。", "ORG")


def test_a_party_group_title_stays_a_title(nlp: Any) -> None:
    found = ents(nlp, "教育部党组书记、部长王大明主持会议。")
    assert "中共教育部党组" not in found and "教育部党组" not in found
    assert any(p.startswith("教育部党组书记") for p in ents(nlp, "教育部党组书记、部长王大明主持会议。", "POST"))


def test_no_body_inside_the_name_of_a_law(nlp: Any) -> None:
    assert "国务院" not in ents(nlp, "常委会会议第二次审议了国务院组织法修正草案。", "ORG")
    assert "国务院" in ents(nlp, "常委会会议听取了国务院关于财政工作的报告。", "ORG")


def test_a_good_start_is_no_bureau(nlp: Any) -> None:
    assert ents(nlp, "为建设现代化国家开好局起好步贡献力量。", "ORG") == []
    assert "国家统计局" in ents(nlp, "国家统计局今天发布数据。", "ORG")


# ------------------------------------------------------------------ posts (post v14)
def test_a_membership_stacked_before_another_title_is_the_persons() -> None:
    text = "全国政协委员、中国科学院院士王立新应邀作专题报告。"
    assert set(holds(text)) >= {("王立新", "全国政协委员"), ("王立新", "中国科学院院士")}


def test_a_membership_in_a_list_of_groups_is_no_title(nlp: Any) -> None:
    assert "全国政协委员" not in ents(nlp, "他看望了全国政协委员、省政协委员和各界群众代表。", "POST")


def test_a_programmes_chief_designer_is_a_title_with_the_programme_its_body() -> None:
    text = "闭幕会前，全国政协委员、探月工程总设计师杨长明应邀作学习讲座。"
    assert set(holds(text)) >= {("杨长明", "全国政协委员"), ("杨长明", "总设计师")}
    assert post_bodies(text)["总设计师"][0] == "探月工程"


def test_a_unit_between_two_titles_of_different_people_does_not_stack() -> None:
    # the membership ends a list of names before a new clause: no title of the person named after the unit
    text = "出席会议的有全国政协委员，探月工程总设计师杨长明也出席会议。"
    assert ("杨长明", "全国政协委员") not in holds(text)


# ------------------------------------------------------------------ regions inside names
@pytest.mark.parametrize("text, place", [
    ("李某来到宜昌港集装箱码头察看作业情况。", "宜昌"),
    ("他来到庆阳零碳算力基地，了解算力调度情况。", "庆阳"),
    ("在贵阳人工智能算力中心，他听取了汇报。", "贵阳"),
    ("他来到昌吉国家现代农业示范区，察看大棚蔬菜。", "昌吉"),
    ("他来到锡林郭勒国家草原自然保护区。", "锡林郭勒"),
    ("他察看了丹巴水电站施工现场。", "丹巴"),
])
def test_no_place_inside_the_name_of_a_site(nlp: Any, text: str, place: str) -> None:
    assert place not in ents(nlp, text, "REGION")


@pytest.mark.parametrize("text, place", [
    ("安徽省围绕建设国家可持续发展试验区，推进改革。", "安徽省"),
    ("他在庆阳调研时强调，要推进算力建设。", "庆阳"),
    ("昌吉国家级开发区之外，昌吉州还有两个园区。", "昌吉州"),
])
def test_a_place_before_a_verb_or_alone_stays_a_region(nlp: Any, text: str, place: str) -> None:
    assert place in ents(nlp, text, "REGION")


# ------------------------------------------------------------------ campaigns (campaign v13)
def test_a_quoted_programme_takes_its_building(nlp: Any) -> None:
    assert "“三改一拆”建设" in ents(nlp, "各地持续推进“三改一拆”建设，城乡面貌明显改善。", "CAMPAIGN")


def test_a_counted_place_keeps_the_slogan_only(nlp: Any) -> None:
    found = ents(nlp, "全县上下加快推进“四个宿松”建设。", "CAMPAIGN")
    assert "“四个宿松”" in found and "“四个宿松”建设" not in found


def test_the_building_of_a_quoted_programme_is_not_a_result(nlp: Any) -> None:
    # 建设的 and 建设成 are no programme's building (quoted_lexicon_suffix)
    assert "“三改一拆”建设" not in ents(nlp, "推动“三改一拆”建设成效显现。", "CAMPAIGN")


def test_the_constitutional_one_government_two_courts_is_no_campaign(nlp: Any) -> None:
    assert ents(nlp, "会议听取审议了“一府两院”的有关报告。", "CAMPAIGN") == []


@pytest.mark.parametrize("short, full, expected", [
    ("雅下水电", "雅鲁藏布江下游水电", True),
    ("长三角一体化", "长江三角洲区域一体化", True),
    ("南水北调", "南水北调中线一期", False),  # one run dropped: a shorter name of its own
    ("水电", "雅鲁藏布江下游水电", False),  # not the same first character, and too short
    ("雅下工程", "雅下工程", False),
])
def test_contractions_drop_two_runs_or_more(short: str, full: str, expected: bool) -> None:
    assert contracts(short, full) is expected


def test_a_project_written_short_is_an_alias_of_its_full_name() -> None:
    text = "会议要求有力推进雅鲁藏布江下游水电工程。他指出，雅下水电工程是世纪工程。"
    doc = full_pipeline()(text)
    aliases = [(doc.ents[r.head].text, doc.ents[r.tail].text) for r in doc._.relations if r.type == "alias" and r.tail >= 0]
    assert aliases == [("雅下水电工程", "雅鲁藏布江下游水电工程")]


def test_a_quoted_programme_beside_its_building_is_one() -> None:
    cands = [Cand(0, 4, "CAMPAIGN", {"name": "两重"}), Cand(10, 16, "CAMPAIGN", {"name": "两重建设"}),
             Cand(20, 26, "CAMPAIGN", {"name": "一带一路"}), Cand(30, 38, "CAMPAIGN", {"name": "一带一路建设"})]
    _name_buildings(cands, frozenset({"一带一路"}))
    assert [c.attrs["name"] for c in cands] == ["两重建设", "两重建设", "一带一路", "一带一路建设"]


def test_a_programme_the_centre_decided_is_not_launched_by_its_deployment_meeting() -> None:
    text = ("5月8日，国务院召开推进“三改一拆”建设部署动员电视电话会议。王某某指出，推进“三改一拆”建设，是党中央作出的"
            "重大决策部署。")
    found = campaign_relations(text)
    launchers = {r[2] for r in found if r[0] == "launched_by"}
    assert "党中央" in launchers
    assert not any("会议" in x for x in launchers)


# ------------------------------------------------------------------ meetings (meeting v13) and their relations
def test_a_study_groups_collective_study_is_a_meeting_with_its_chair() -> None:
    text = "12日下午，中共教育部党组举行理论学习中心组集体学习。教育部党组书记、部长王大明主持会议并讲话。"
    assert ("理论学习中心组集体学习", "王大明") in _meeting_facts(text, "chaired_by")
    assert ("理论学习中心组集体学习", "王大明") in _meeting_facts(text, "speaker")


def test_the_chair_of_the_meeting_held_is_not_given_to_a_congress_cited_later() -> None:
    text = ("全国统战部长会议6日在京召开。王立新出席会议并讲话。"
            "中共中央政治局委员、中央统战部部长石宏远主持会议并作工作部署，强调要深入学习贯彻党的二十大精神。")
    chairs = _meeting_facts(text, "chaired_by")
    assert ("全国统战部长会议", "石宏远") in chairs or any(m == "全国统战部长会议" for m, _ in chairs)
    assert not any(m == "党的二十大" for m, _ in chairs)
    assert any(m == "全国统战部长会议" for m, _ in _meeting_facts(text, "speaker"))


def test_a_session_that_completed_its_votes_is_where_the_speech_is() -> None:
    text = "十四届全国人大常委会第九次会议完成各项表决事项后，赵建明作了讲话。赵建明指出，要做好法律实施工作。"
    speakers = _meeting_facts(text, "speaker")
    assert speakers and all(m == "十四届全国人大常委会第九次会议" for m, _ in speakers)


def test_a_lecture_after_the_meeting_is_not_the_meetings() -> None:
    text = ("十四届全国人大常委会第九次会议完成各项表决事项后，赵建明作了讲话。"
            "闭幕会后，常委会举行专题讲座，赵建明委员长主持。")
    assert _meeting_facts(text, "chaired_by") == []


def test_a_meeting_that_deliberates_at_the_head_of_its_clause_is_dated() -> None:
    text = "央视网消息：2024年3月28日，中共中央政治局会议审议并通过有关报告。"
    doc = full_pipeline()(text)
    dated = [(doc.ents[r.head].text, r.value) for r in doc._.relations if r.type == "meeting_date"]
    assert dated and dated[0][0] == "中共中央政治局会议" and str(dated[0][1]) == "2024-03-28"


def test_a_meeting_cited_as_the_author_of_a_text_is_not_dated() -> None:
    text = "3月28日，他在讲话中说，党的二十大通过的党章修正案意义重大。"
    doc = full_pipeline()(text)
    assert not [r for r in doc._.relations if r.type == "meeting_date"]


def test_relations_helper_sees_no_chair_without_a_meeting() -> None:
    assert relations("王某某主持会议。", "chaired_by") == []


def test_a_congress_after_the_partys_name_is_one_whatever_follows(nlp: Any) -> None:
    assert "中共二十大" in ents(nlp, "他指出，中共二十大着眼全局，明确了中心任务。", "MEETING")
    assert "党的二十大" in ents(nlp, "党的二十大擘画了宏伟蓝图。", "MEETING")
    # (not a word that starts with the number: 十大会堂 is no congress)
    assert ents(nlp, "中共十大会堂旧址修缮完工。", "MEETING") == []


def test_a_local_bodys_party_group_standing_alone_is_a_body_of_that_body() -> None:
    text = "中共宿迁市人大常委会党组召开会议。市政协党组举行理论学习中心组集体学习。"
    doc = full_pipeline()(text)
    orgs = [e.text for e in doc.ents if e.label_ == "ORG"]
    assert orgs == ["中共宿迁市人大常委会党组", "市政协党组"]
    subs = {doc.ents[r.head].text: r.value for r in doc._.relations if r.type == "sub_org"}
    assert subs == {"中共宿迁市人大常委会党组": "宿迁市人大常委会", "市政协党组": "宿迁市政协"}


def test_a_party_group_secretary_is_a_title_not_a_body(nlp: Any) -> None:
    found = ents(nlp, "市政协党组书记、主席张明主持会议。")
    assert "市政协党组" not in found and any(x.startswith("市政协党组书记") for x in found)


def test_a_zones_administrative_committee_stacks_after_its_working_committee() -> None:
    text = "苏州工业园区党工委副书记、管委会主任张三出席。"
    assert set(holds(text)) == {("张三", "苏州工业园区党工委副书记"), ("张三", "管委会主任")}
    assert post_bodies(text)["管委会主任"][0] == "苏州工业园区管委会"


def test_no_administrative_committee_after_a_towns_party_committee() -> None:
    assert ("李四", "管委会主任") not in holds("镇党委书记、管委会主任李四出席。")


def test_a_township_congress_chairman_stacks_after_the_townships_party_title() -> None:
    text = "沭阳县胡集镇党委书记、人大主席王强参加。"
    assert set(holds(text)) == {("王强", "胡集镇党委书记"), ("王强", "人大主席")}
    assert post_bodies(text)["人大主席"] == ("胡集镇人大", "321322102")


def test_no_township_congress_after_a_county_title() -> None:
    assert ("王强", "人大主席") not in holds("县委副书记、人大主席王强参加。")


@pytest.mark.parametrize("text, title", [
    ("乡人大主席团主席李华出席。", "乡人大主席团主席"),
    ("县委书记、县人武部党委第一书记孙刚讲话。", "县人武部党委第一书记"),
])
def test_first_secretaries_and_presidium_chairmen_are_titles(text: str, title: str) -> None:
    assert any(post == title for _, post in holds(text))


def test_a_party_committee_and_government_together_launch_a_campaign() -> None:
    found = campaign_relations("今年以来，沭阳县委、县政府在全县开展“万企联万村”行动。")
    launchers = {r[2] for r in found if r[0] == "launched_by"}
    assert launchers == {"沭阳县委", "县政府"}
    assert ("campaign_region", "“万企联万村”行动", "321322") in found


def test_a_body_named_after_the_launcher_in_another_clause_does_not_launch() -> None:
    found = campaign_relations("沭阳县委在全县开展“万企联万村”行动，县政府负责协调。")
    assert {r[2] for r in found if r[0] == "launched_by"} == {"沭阳县委"}


def test_a_general_office_is_a_body_of_its_committee() -> None:
    doc = full_pipeline()("江苏省人民政府办公厅印发通知。省委办公厅主任张明出席。")
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == ["江苏省人民政府办公厅"]
    subs = {doc.ents[r.head].text: r.value for r in doc._.relations if r.type == "sub_org"}
    assert subs == {"江苏省人民政府办公厅": "江苏省政府"}
    assert post_bodies("江苏省人民政府办公厅印发通知。省委办公厅主任张明出席。")["省委办公厅主任"] == ("江苏省委办公厅", "32")


def _definitions(text: str) -> list[tuple[str, str]]:
    doc = full_pipeline()(text)
    return [(doc.ents[r.head].text, str(r.value)) for r in doc._.relations if r.type == "definition"]


def test_a_numeric_name_is_decoded_by_counted_items() -> None:
    assert _definitions("开展“5510”行动，聚焦5大产业、实施5个专项、落实10项举措，推动高质量发展。") == [
        ("“5510”行动", "聚焦5大产业、实施5个专项、落实10项举措")]


def test_time_limits_listed_with_enumeration_commas_decode_a_work_system() -> None:
    assert _definitions("严格落实“13710”工作制度，1天内研究安排、3天内反馈、7天内落实、1个月内解决。") == [
        ("“13710”工作制度", "1天内研究安排、3天内反馈、7天内落实、1个月内解决")]


def test_numbers_that_do_not_spell_the_name_decode_nothing() -> None:
    assert _definitions("开展“5510”行动，聚焦3大产业、实施2个专项、落实9项举措。") == []


def test_jiushi_defines_but_jiushiyao_exhorts() -> None:
    assert _definitions("“三提三争”活动，就是提站位争先进、提效能争一流、提作风争满意。") == [
        ("“三提三争”活动", "提站位争先进、提效能争一流、提作风争满意")]
    assert _definitions("开展“三提三争”活动，就是要提站位、争先进。") == []


# ------------------------------------------------------------------ persons (person v12)
def test_a_name_the_model_cut_short_is_completed_when_always_written_whole(nlp: Any) -> None:
    text = "当了30年渔民的张根友退捕后，成为护渔员。在湖区，像张根友这样的退捕渔民还有很多。"
    assert [e.text for e in full_pipeline()(text).ents if e.label_ == "PERSON"] == ["张根友", "张根友"]


@pytest.mark.parametrize("text, name", [
    ("会议听取了副主任委员何平作的报告，何平作的说明也获通过。", "何平"),  # a verb before 的
    ("社区的李阿姨每天来帮忙，李阿姨说很开心。", "李阿姨"),  # a form of address
])
def test_no_third_character_from_a_verb_or_a_form_of_address(text: str, name: str) -> None:
    persons = [e.text for e in full_pipeline()(text).ents if e.label_ == "PERSON"]
    assert all(len(p) <= 3 and not p.endswith(("作", "姨")) for p in persons), persons


def test_third_character_helper_needs_two_mentions_with_the_same_character() -> None:
    from kg.pipeline.components import _third_name_char
    assert _third_name_char("渔民张根友退捕。像张根友这样。", 2, 4)
    assert not _third_name_char("渔民张根友退捕。", 2, 4)  # written once
    assert not _third_name_char("渔民张根友退捕。像张根这样。", 2, 4)  # written without it once


# ------------------------------------------------------------------ xwlb51's shapes (made up)
@pytest.mark.parametrize("text, places", [
    ("今天，四川成都至宜宾高铁开通运营。", {"四川"}),
    ("在湖南永州，衡阳至永州至郴州铁路控制性工程开工。", {"湖南", "永州"}),
    ("宁夏至湖南特高压直流输电工程全线贯通。", set()),
])
def test_no_place_inside_a_routes_name(nlp: Any, text: str, places: set[str]) -> None:
    assert set(ents(nlp, text, "REGION")) == places


def test_places_joined_by_zhi_outside_a_route_stay(nlp: Any) -> None:
    assert {"成都", "宜宾"} <= set(ents(nlp, "调研组从成都至宜宾，一路走访沿线乡镇。", "REGION"))


def test_midnight_is_part_of_the_date(nlp: Any) -> None:
    assert ents(nlp, "2021年1月1日零时起，全面实施禁捕。", "DATE") == ["2021年1月1日零时"]


def test_a_quoted_responsibility_system_with_its_head_is_a_campaign(nlp: Any) -> None:
    found = ents(nlp, "要压实“米袋子”省长负责制和“菜篮子”市长负责制。")
    assert "“米袋子”省长负责制" in found and "“菜篮子”市长负责制" in found
    assert "省长" not in found and "市长" not in found


def test_a_drive_named_in_full_that_starts_in_its_clause(nlp: Any) -> None:
    assert "黄河流域非法采砂联合整治专项行动" in ents(
        nlp, "近日，黄河流域非法采砂联合整治专项行动正式启动，为期三个月。", "CAMPAIGN")
    assert ents(nlp, "近日，专项行动正式启动。", "CAMPAIGN") == []


def test_a_speech_cited_with_its_verb_is_the_speakers_at_that_meeting() -> None:
    text = "王某指出，习近平总书记在全国教育大会上发表重要讲话，作出重要部署。"
    assert ("全国教育大会", "习近平") in _meeting_facts(text, "speaker")


def test_the_chairs_clauses_go_on_to_his_words() -> None:
    text = "国务院总理李克强3日主持召开国务院常务会议，部署做好保供稳价工作，要求抓实抓细民生工作。"
    assert ("国务院常务会议", "李克强") in _meeting_facts(text, "speaker")
    other = "国务院总理李克强3日主持召开国务院常务会议，部署做好保供稳价工作。"
    assert _meeting_facts(other, "speaker") == []


# ------------------------------------------------------------------ xwlb52's shapes (made up)
def test_the_partys_inside_a_meetings_name(nlp: Any) -> None:
    assert "第十次全省国有企业党的建设工作会议" in ents(nlp, "第十次全省国有企业党的建设工作会议8日召开。", "MEETING")


@pytest.mark.parametrize("text, name", [
    ("各地持续深化农村宅基地制度改革。", "农村宅基地制度改革"),
    ("2023年，医师执业注册制度改革稳步推进。", "医师执业注册制度改革"),
    ("会议听取了关于职称评审制度改革情况的报告。", "职称评审制度改革"),
])
def test_a_systems_named_reform_is_a_campaign(nlp: Any, text: str, name: str) -> None:
    assert name in ents(nlp, text, "CAMPAIGN")


def test_no_reform_with_the_party_inside_nor_a_bare_one(nlp: Any) -> None:
    assert ents(nlp, "要深化党的建设制度改革。", "CAMPAIGN") == []
    assert ents(nlp, "要深化制度改革。", "CAMPAIGN") == []


@pytest.mark.parametrize("text", [
    "他提出把这里建设成“国际航运中心”的“两步走”战略构想。",
    "规划提出，“通过简政放权”，“使企业更有活力”。",
    "拓宽“两山”转化通道。",
])
def test_no_campaign_in_a_conception_a_quoted_clause_or_a_theorys_short_name(nlp: Any, text: str) -> None:
    assert ents(nlp, text, "CAMPAIGN") == []


def test_no_person_before_a_crossing_or_a_bridge() -> None:
    persons = [e.text for e in full_pipeline()("深中通道、黄茅海通道今年将建成通车。").ents if e.label_ == "PERSON"]
    assert persons == []


def test_the_capitals_planning_commission_and_the_information_office_are_bodies(nlp: Any) -> None:
    assert ents(nlp, "国务院新闻办公室举行新闻发布会。首都规划建设委员会召开全体会议。", "ORG") == [
        "国务院新闻办公室", "首都规划建设委员会"]


@pytest.mark.parametrize("text, place", [
    ("今年将创建乡村建设示范县20个、示范乡镇100个。", "范县"),  # 示范 read across
    ("推动现代县域经济发展。", "代县"),
    ("在台江县中等职业学校，他察看实训室。", "台江县"),
    ("这里是厦门自贸片区。", "厦门"),
])
def test_no_county_read_across_a_word_nor_inside_a_schools_name(nlp: Any, text: str, place: str) -> None:
    assert place not in ents(nlp, text, "REGION")


def test_a_two_character_county_stands_after_a_preposition(nlp: Any) -> None:
    assert "范县" in ents(nlp, "他在范县调研。", "REGION")


@pytest.mark.parametrize("text, name", [
    ("河南在实施优质粮食工程的同时，还推进品牌建设。", "优质粮食工程"),
    ("高质量实施新时代立德树人工程。", "新时代立德树人工程"),
])
def test_national_programmes_of_the_lexicon(nlp: Any, text: str, name: str) -> None:
    assert name in ents(nlp, text, "CAMPAIGN")


def _facts(text: str, kind: str) -> list[tuple[str, str]]:
    doc = full_pipeline()(text)
    return [(doc.ents[r.head].text, doc.ents[r.tail].text if r.tail >= 0 else str(r.value))
            for r in doc._.relations if r.type == kind]


def test_the_approving_body_launches_and_a_range_of_months_is_the_period() -> None:
    text = "会议指出，经党中央同意，自2025年3月至6月在全党开展作风建设学习教育。"
    assert ("作风建设学习教育", "党中央") in _facts(text, "launched_by")
    assert ("作风建设学习教育", "2025-03/2025-06") in _facts(text, "period")


def test_a_range_of_months_across_years() -> None:
    text = "自2024年10月至2025年3月，县委在全县开展“三提三争”活动。"
    assert ("“三提三争”活动", "2024-10/2025-03") in _facts(text, "period")


def test_speaking_on_a_campaign_promotes_it() -> None:
    text = "党中央高度重视，习近平总书记多次就开展作风建设学习教育发表重要讲话、作出重要指示。"
    assert ("作风建设学习教育", "习近平") in _facts(text, "promoted_by")


def test_approval_of_something_else_launches_nothing() -> None:
    text = "经党中央同意，会议决定召开全会。各地开展“三提三争”活动。"
    assert not [x for x in _facts(text, "launched_by") if x[1] == "党中央"]


@pytest.mark.parametrize("text, name", [
    ("曾经撤资的客商王子龙又回来了。", "王子龙"),
    ("养殖户李大山介绍，今年收入增加。", "李大山"),
    ("果农陈小梅告诉记者，今年苹果丰收。", "陈小梅"),
])
def test_people_named_by_their_trade(text: str, name: str) -> None:
    assert name in [e.text for e in full_pipeline()(text).ents if e.label_ == "PERSON"]


def test_a_trade_before_a_name_does_not_take_the_home_after_it() -> None:
    persons = [e.text for e in full_pipeline()("在养殖户孟超家的羊圈里，小羊降生了。让原本冬闲的孟超也忙活起来。").ents
               if e.label_ == "PERSON"]
    assert "孟超家" not in persons


def test_a_campaign_said_to_be_a_bodys_deployed_work_is_launched_by_it() -> None:
    text = "李东指出，开展“四敢”争先活动，是市委部署的重要工作。"
    assert ("“四敢”争先活动", "市委") in _facts(text, "launched_by")
    assert not [x for x in _facts("李东指出，开展“四敢”争先活动，是市委关心的事情。", "launched_by") if x[1] == "市委"]


def test_a_title_after_ge_is_a_group_not_a_post(nlp: Any) -> None:
    assert ents(nlp, "各乡镇党委书记、县直各部门主要负责人列席会议。", "POST") == []
    assert ents(nlp, "各县委书记要带头抓落实。", "POST") == []


def test_a_title_after_ge_before_a_name_stays() -> None:
    assert any(person == "王建国" and post.endswith("党委书记") for person, post in holds("各乡镇党委书记王建国、李红梅参加会议。"))


def test_a_local_standing_committees_session_without_its_term(nlp: Any) -> None:
    assert ents(nlp, "沭阳县人大常委会第十五次会议召开。县委常委会第三次会议研究工作。", "MEETING") == [
        "沭阳县人大常委会第十五次会议", "县委常委会第三次会议"]


@pytest.mark.parametrize("text, name", [
    ("国务院9月19日召开实施渐进式延迟法定退休年龄工作动员部署视频会议。", "实施渐进式延迟法定退休年龄工作动员部署视频会议"),
    ("习近平主持召开加强湿地保护和推进“两江”等重点生态工程建设座谈会。", "加强湿地保护和推进“两江”等重点生态工程建设座谈会"),
    ("何立峰出席国家级经开区40周年座谈会并讲话。", "国家级经开区40周年座谈会"),
])
def test_a_meetings_name_after_the_verb_that_holds_it(nlp: Any, text: str, name: str) -> None:
    assert name in ents(nlp, text, "MEETING")


@pytest.mark.parametrize("text, date", [
    ("第四十一个教师节来临之际，他寄语教师。", "教师节"),
    ("五四青年节到来之际，他寄语青年。", "五四青年节"),
    ("上个世纪80年代初，这里还很穷。", "上个世纪80年代初"),
])
def test_festivals_and_decades(nlp: Any, text: str, date: str) -> None:
    assert ents(nlp, text, "DATE") == [date]


def test_a_quoted_short_plan_is_a_campaign_but_not_a_generic_plan(nlp: Any) -> None:
    assert ents(nlp, "他给“特岗计划”教师代表回信。", "CAMPAIGN") == ["“特岗计划”"]
    assert ents(nlp, "他制定了“学习计划”。", "CAMPAIGN") == []


def test_a_city_before_its_urban_area_is_named_short(nlp: Any) -> None:
    assert ents(nlp, "他来到温州市区一处社区调研。", "REGION") == ["温州"]
    assert ents(nlp, "温州市召开会议。", "REGION") == ["温州市"]


def test_a_leaders_instruction_on_a_programme_promotes_it() -> None:
    text = "他强调，要深入贯彻习近平总书记关于推动黄河流域生态保护和高质量发展的重要指示精神。"
    assert ("黄河流域生态保护和高质量发展", "习近平") in _facts(text, "promoted_by")


def test_a_leaders_instruction_on_a_party_education_is_not_its_promotion() -> None:
    text = "要认真学习习近平总书记关于深入贯彻中央八项规定精神学习教育的重要指示。"
    assert not [x for x in _facts(text, "promoted_by") if x[1] == "习近平"]


def test_a_leaders_title_alone_speaks_for_the_person_named_with_it() -> None:
    text = ("党的十八大以来，习近平总书记多次作出重要指示。2023年6月，在文化传承发展座谈会上，总书记指出，"
            "要创造新的历史。")
    assert ("文化传承发展座谈会", "习近平") in _meeting_facts(text, "speaker")
    alone = "2023年6月，在文化传承发展座谈会上，总书记指出，要创造新的历史。"
    assert _meeting_facts(alone, "speaker") == []  # no one named with the title


def test_a_party_educations_name_after_the_held_verb_stays_the_campaigns(nlp: Any) -> None:
    assert ents(nlp, "市委召开加强作风建设学习教育动员会。", "CAMPAIGN") == ["加强作风建设学习教育"]


def test_a_note_in_brackets_between_a_title_and_its_holder() -> None:
    assert set(holds("县委常委、副县长（挂职）张立军出席。")) == {("张立军", "县委常委"), ("张立军", "副县长")}


def test_no_holder_across_other_words_in_brackets() -> None:
    assert ("张立军", "副县长") not in holds("县委常委、副县长（负责农业工作的）张立军出席。")


def test_the_assistant_to_a_county_head_is_a_title() -> None:
    assert holds("县长助理李海涛陪同调研。") == [("李海涛", "县长助理")]


def test_the_date_opening_a_sentence_at_a_meeting_is_its_date() -> None:
    doc = full_pipeline()(make_doc(full_pipeline(), Article(
        id="d", title="t", date="2024-05-18",
        text="2023年6月，在文化传承发展座谈会上，总书记指出，要创造新的历史。今年以来，在全省经济工作会议上，他指出要稳增长。")))
    dated = [(doc.ents[r.head].text, r.value) for r in doc._.relations if r.type == "meeting_date"]
    assert dated == [("文化传承发展座谈会", "2023-06")]
