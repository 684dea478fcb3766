"""Pattern sets v7 (org v7, campaign v7, meeting v6) and the rules found with the xwlb23 set: a province right
before a division inside it whatever word the dictionary makes across the join, a village opening with 路 after
its township, the party centre's departments written with 中共中央 in full, verb-object and placeless mentions
of a programme the article names, documents named after a programme, national programmes by name, layouts,
positionings and new ways of working that are no campaigns, kinds of meeting used as forms of work, decisions
announced at a meeting and speeches cited by the session during which they were given. Examples made up, none
taken from the gold texts."""

from __future__ import annotations

from typing import Any

import pytest

from rule_docs import ents, full_pipeline, rules_pipeline


@pytest.fixture(scope="module")
def nlp() -> Any:
    return rules_pipeline()


# -------------------------------------------------------------------- regions
def test_a_province_before_a_city_inside_it_is_a_chain_not_a_dictionary_word(nlp: Any) -> None:
    # the dictionary lists 山西晋 (a cut of 山西晋中/山西晋城); before a city of 山西 it is no word
    assert ents(nlp, "今年，山西晋城市和山西晋中两地联合开展调研。", "REGION") == ["山西", "晋城市", "山西", "晋中"]
    # a word that only starts with a province's name still blocks it
    assert ents(nlp, "他是山西晋剧院的演员。", "REGION") == []


def test_a_village_opening_with_lu_after_its_township_is_no_street(nlp: Any) -> None:
    assert ents(nlp, "在辉埠镇路口村，村民们忙着晾晒稻谷。", "REGION") == ["辉埠镇"]
    # the township's name before a street stays out (a street named after it)
    assert ents(nlp, "沿着辉埠镇路一直走到村口。", "REGION") == []


# ----------------------------------------------------------------------- orgs
def test_central_departments_written_with_zhonggong_zhongyang_are_one_body(nlp: Any) -> None:
    text = "近日，中共中央办公厅、国务院办公厅印发意见，中共中央宣传部、中共中央台湾工作办公室随后部署。"
    assert ents(nlp, text, "ORG") == ["中共中央办公厅", "国务院办公厅", "中共中央宣传部", "中共中央台湾工作办公室"]
    assert "台湾" not in ents(nlp, text, "REGION")
    # the party centre on its own is still a body
    assert ents(nlp, "中共中央印发了《条例》。", "ORG") == ["中共中央"]


def test_no_ministry_read_out_of_a_kind_of_department(nlp: Any) -> None:
    assert ents(nlp, "当地教育部门联合市场监管部门开展检查，教育部随后印发通知。", "ORG") == ["教育部"]


# ------------------------------------------------------------------ campaigns
def test_the_verb_object_form_of_a_programme_named_in_the_article_is_a_mention(nlp: Any) -> None:
    doc = nlp("会议研究了共同富裕示范区建设。会议强调，高质量建设共同富裕示范区，是一项长期任务。")
    camps = [(e.text, e._.kg.get("name")) for e in doc.ents if e.label_ == "CAMPAIGN"]
    assert camps == [("共同富裕示范区建设", "共同富裕示范区建设"), ("建设共同富裕示范区", "共同富裕示范区建设")]
    # (since campaign v15 a lexicon programme written verb first is a mention without the nominal form too: the
    # sets since xwlb45 name 建设某某示范区 so; tests/test_pipeline_v15.py)
    doc = nlp("会议强调，高质量建设共同富裕示范区，是一项长期任务。")
    assert [(e.text, e._.kg.get("name")) for e in doc.ents if e.label_ == "CAMPAIGN"] == [
        ("建设共同富裕示范区", "共同富裕示范区建设")]


def test_a_programme_written_without_its_place_once_the_place_is_known(nlp: Any) -> None:
    doc = nlp("省里全力推进海南自由贸易港建设，要为自由贸易港建设提供人才支撑。")
    camps = [(e.text, e._.kg.get("name")) for e in doc.ents if e.label_ == "CAMPAIGN"]
    assert camps == [("海南自由贸易港建设", "海南自由贸易港建设"), ("自由贸易港建设", "海南自由贸易港建设")]
    assert ents(nlp, "要为自由贸易港建设提供人才支撑。", "CAMPAIGN") == []


def test_a_document_named_after_a_programme_is_no_mention_of_it(nlp: Any) -> None:
    assert ents(nlp, "全面落实海南自由贸易港建设总体方案。", "CAMPAIGN") == []
    assert ents(nlp, "各地落实粤港澳大湾区建设实施方案，推进粤港澳大湾区建设。", "CAMPAIGN") == ["粤港澳大湾区建设"]


def test_national_programmes_by_name_and_the_party_layouts_as_principles(nlp: Any) -> None:
    assert ents(nlp, "该县持续推动“四好农村路”高质量发展。", "CAMPAIGN") == ["“四好农村路”"]
    assert ents(nlp, "统筹推进“五位一体”总体布局，协调推进“四个全面”战略布局。", "CAMPAIGN") == []


def test_quoted_positionings_and_new_ways_of_working_are_no_campaigns(nlp: Any) -> None:
    assert ents(nlp, "全市紧紧围绕建设“两区一高地”的战略定位，加快发展。", "CAMPAIGN") == []
    # a campaign-shaped part of a quoted new way of working is no campaign either, nor its later mentions
    text = "当地构建“河长制+社会化管护+智慧监测”新模式。各乡镇全面推行河长制。"
    assert ents(nlp, text, "CAMPAIGN") == ["河长制"]
    assert nlp(text).ents[-1].start_char == text.rindex("河长制")


# ------------------------------------------------------------------- meetings
def test_a_kind_of_meeting_used_as_a_form_of_work_is_no_meeting(nlp: Any) -> None:
    text = "要用好协商会、政策吹风会等形式。区政府随后召开专题协商会。"
    assert ents(nlp, text, "MEETING") == ["专题协商会"]
    assert nlp(text).ents[-1].start_char == text.rindex("专题协商会")
    # (a press conference is no meeting at all since meeting v24: the gold sets annotate none)
    assert ents(nlp, "要用好新闻发布会等形式。区政府随后召开新闻发布会。", "MEETING") == []


def _meeting_rels(text: str) -> set[tuple[str, str, str]]:
    doc = full_pipeline()(text)
    return {(doc.ents[r.head].text, r.type, doc.ents[r.tail].text) for r in doc._.relations
            if r.type in ("speaker", "chaired_by", "attendee")}


def test_announcing_a_decision_to_the_meeting_is_a_speech_at_it() -> None:
    text = "王建国5日出席全市巡察工作会议并讲话。李文明宣布第三轮巡察组组长授权任职决定，赵卫东主持会议。"
    rels = _meeting_rels(text)
    assert ("全市巡察工作会议", "speaker", "李文明") in rels
    assert ("全市巡察工作会议", "chaired_by", "赵卫东") in rels
    # announcing the opening is no speech
    assert ("全市巡察工作会议", "speaker", "赵卫东") not in _meeting_rels(
        "王建国5日出席全市巡察工作会议并讲话。赵卫东宣布会议开始。")


def test_a_speech_cited_by_the_session_during_which_it_was_given() -> None:
    text = "会议要求，认真学习贯彻王建国同志在十六届市人大三次会议期间的重要讲话精神。"
    assert ("十六届市人大三次会议", "speaker", "王建国") in _meeting_rels(text)


# -------------------------------------------------------------- persons, dates
def test_a_weak_surname_right_after_a_decision_verb_opens_the_name(nlp: Any) -> None:
    assert ents(nlp, "会议决定免去关海涛的某某局局长职务。", "PERSON") == ["关海涛"]
    assert ents(nlp, "免去关海涛同志的职务。", "PERSON") == ["关海涛"]
    # elsewhere the weak surname before 同志 is still a preposition
    assert ents(nlp, "他向李建华同志汇报工作。", "PERSON") == ["李建华"]


def test_a_bare_month_that_opens_or_closes_a_span(nlp: Any) -> None:
    assert ents(nlp, "全市从3月至7月开展专项行动。", "DATE") == ["3月", "7月"]
    assert ents(nlp, "有关部门自10月起实行新规。", "DATE") == ["10月"]
    assert ents(nlp, "该项工作到7月份结束。", "DATE") == ["7月份"]  # the month with 份, whole
    assert ents(nlp, "他从10个方面作了说明。", "DATE") == []


def test_building_a_designated_zone_written_as_the_undertaking(nlp: Any) -> None:
    doc = nlp("会议要求，高质量建设国家农业高新技术示范区，加快建设一批示范区。")
    camps = [(e.text, e._.kg.get("name")) for e in doc.ents if e.label_ == "CAMPAIGN"]
    assert camps == [("建设国家农业高新技术示范区", "国家农业高新技术示范区建设")]
    # a kind of zone, not a named one
    assert ents(nlp, "要高质量建设自由贸易试验区，加强大通道建设。", "CAMPAIGN") == []
    # the nominal form by its national qualifier, wherever it stands
    assert ents(nlp, "为该市进一步深化国际消费中心城市建设提供了遵循。", "CAMPAIGN") == ["国际消费中心城市建设"]


def test_a_slogan_of_the_lexicon_in_single_quotes_inside_a_quote_keeps_them(nlp: Any) -> None:
    assert ents(nlp, "多地创新“‘四好农村路’+文旅”等发展模式。", "CAMPAIGN") == ["‘四好农村路’"]


def _campaign_rels(text: str) -> set[tuple[str, str, str]]:
    doc = full_pipeline()(text)
    return {(str(doc.ents[r.head]._.kg.get("name") or doc.ents[r.head].text), r.type,
             doc.ents[r.tail].text if r.tail >= 0 else str(r.value)) for r in doc._.relations
            if r.type in ("launched_by", "promoted_by", "campaign_region")}


def test_a_programme_stated_as_a_bodys_decision_is_launched_by_it() -> None:
    text = "会议研究了海南自由贸易港建设。会议指出，建设海南自由贸易港，是党中央着眼全局作出的重大决策。"
    assert ("海南自由贸易港建设", "launched_by", "党中央") in _campaign_rels(text)


def test_the_bodies_issuing_the_notice_that_starts_a_campaign_launch_it() -> None:
    text = ("中央决定在全党开展党纪学习教育。近日，中共中央办公厅、国务院办公厅印发《关于在全党开展党纪学习教育的通知》，"
            "要求认真组织实施。")
    rels = _campaign_rels(text)
    assert ("党纪学习教育", "launched_by", "中共中央办公厅") in rels
    assert ("党纪学习教育", "launched_by", "国务院办公厅") in rels
    # a notice about something else launches nothing
    other = "全党开展党纪学习教育。近日，国务院办公厅印发《关于加强农村公路养护的意见》。"
    assert not any(r[2] == "国务院办公厅" for r in _campaign_rels(other))


def test_a_leader_who_cares_about_a_field_promotes_what_he_asks_for() -> None:
    text = "王建国书记高度重视农村交通，要求持续推动“四好农村路”高质量发展。"
    assert ("四好农村路", "promoted_by", "王建国") in _campaign_rels(text)



def _regions_of(text: str, title: str) -> set[tuple[str, str]]:
    from kg.pipeline.docresult import make_doc
    from kg.types import Article

    nlp = full_pipeline()
    doc = nlp(make_doc(nlp, Article(id="a", text=text, title=title)))
    return {(str(doc.ents[r.head]._.kg.get("name") or doc.ents[r.head].text), str(r.value))
            for r in doc._.relations if r.type == "campaign_region"}


def test_a_province_asked_on_a_tour_to_take_part_in_a_national_programme_carries_it_out() -> None:
    text = ("习近平在海南考察时强调，要深度融入共建“一带一路”，推进全国统一大市场建设。")
    got = _regions_of(text, "习近平在海南考察")
    assert ("一带一路", "46") in got
    # linking up with or pushing a national programme is no taking part in it (a programme for an area of the
    # country the province lies in is carried out there: see test_pipeline_v13)
    camps = {e.text for e in full_pipeline()(text).ents if e.label_ == "CAMPAIGN"}
    assert "全国统一大市场建设" in camps and not any(name == "全国统一大市场建设" for name, _ in got)


def test_a_designated_zone_opening_a_clause_is_the_programme_and_the_task_given_by_a_body() -> None:
    text = "他指出，建设国家生态产品价值实现机制试验区是党中央交给该省的一项战略任务。"
    camps = [(e.text, e._.kg.get("name")) for e in full_pipeline()(text).ents if e.label_ == "CAMPAIGN"]
    assert camps == [("建设国家生态产品价值实现机制试验区", "国家生态产品价值实现机制试验区建设")]
    assert ("国家生态产品价值实现机制试验区建设", "launched_by", "党中央") in _campaign_rels(text)


def test_a_group_named_after_the_campaign_it_is_sent_out_for_is_one_body(nlp: Any) -> None:
    text = "党纪学习教育中央第三指导组负责同志参加会议。"
    assert ents(nlp, text, "ORG") == ["党纪学习教育中央第三指导组"]
    assert ents(nlp, text, "CAMPAIGN") == []


def test_the_general_offices_by_their_short_names(nlp: Any) -> None:
    assert ents(nlp, "近日，中办国办印发《意见》，中办已经转发通知。", "ORG") == ["中办", "国办", "中办"]
    assert ents(nlp, "各地集中办理群众诉求。", "ORG") == []
    rels = _campaign_rels("全党开展党纪学习教育。近日，中办国办印发《关于在全党开展党纪学习教育的通知》。")
    assert {("党纪学习教育", "launched_by", "中办"), ("党纪学习教育", "launched_by", "国办")} <= rels


def test_a_pronoun_that_spoke_earlier_in_the_paragraph_promotes_what_it_asks_for() -> None:
    text = ("调研期间，王建国主持召开座谈会，听取意见建议。他指出，要认真学习习近平总书记重要讲话精神。"
            "要扎实开展“清风护航”行动，提升能力。")
    assert ("清风护航行动", "promoted_by", "王建国") in _campaign_rels(text)
    # another named speaker in between speaks for himself
    text2 = "王建国主持召开座谈会。他指出，形势很好。李文明强调，各地要认真落实。要扎实开展“清风护航”行动。"
    assert not any(r[1] == "promoted_by" and r[2] == "王建国" for r in _campaign_rels(text2))


def test_a_township_name_is_not_read_into_a_word_its_suffix_opens(nlp: Any) -> None:
    assert ents(nlp, "要提升乡村治理和文明乡风建设水平。", "REGION") == []
    # after its county, the township stands
    assert "文明乡" in "".join(ents(nlp, "湖南省江永县文明乡乡长主持会议。"))


def test_one_place_named_once_in_passing_is_no_article_region() -> None:
    from kg.pipeline.article_context import default_divisions, main_region

    div = default_divisions()
    # 中央某会议在北京召开: the meeting's place, nothing the article is about
    assert main_region(div, "中央农村工作会议召开", None, ["11"], "会议在北京召开") is None
    assert main_region(div, "中央农村工作会议召开", None, ["11"], "会议29日至30日在京召开") is None
    # named twice, or in the title, or with a level word, or not as the venue, it is
    assert main_region(div, "中央农村工作会议召开", None, ["11", "11"], "会议在北京召开") == "11"
    assert main_region(div, "北京：会议召开", None, ["11"], "会议在北京召开") == "11"
    assert main_region(div, "会议召开", None, ["11"], "全市上下在北京召开") == "11"
    assert main_region(div, "会议召开", None, ["11"], "北京市委召开常委会会议") == "11"


def test_a_place_opening_the_name_of_a_hospital_park_market_institute_or_sub_team(nlp: Any) -> None:
    text = "他先后来到丽水现代花卉产业园、义乌小商品市场和嘉兴市第一医院，又带领阿勒泰分团看望群众。"
    assert ents(nlp, text, "REGION") == []
    # a count between the place and the facilities: the place is named
    assert ents(nlp, "金寨县两家县级医院被确定为县域医共体牵头单位。", "REGION") == ["金寨县"]


# ---------------------------------------------------------------------- posts
def test_the_membership_a_decision_ends_is_the_removed_persons_post() -> None:
    from rule_docs import holds, post_bodies

    text = "会议通过关于免去王立新第十四届全国政协常委、经济委员会副主任职务，撤销其委员资格的决定。"
    assert ("王立新", "委员") in holds(text)
    assert post_bodies(text)["委员"] == ("全国政协", None)
    # no assembly named: no such post
    assert "委员" not in ents(full_pipeline(), "撤销其委员资格。", "POST")


def test_a_role_written_first_is_held_by_each_person_of_the_list_after_it() -> None:
    from rule_docs import holds

    text = ("担任中央代表团副团长的中共中央政治局委员王建国，国务院副总理李文明，"
            "陪同出席活动的国务院副总理赵卫东等同机抵达。")
    got = holds(text)
    assert ("王建国", "中央代表团副团长") in got and ("李文明", "中央代表团副团长") in got
    assert ("赵卫东", "中央代表团副团长") not in got  # a new description ends the list
    assert ("赵卫东", "国务院副总理") in got


def test_a_bare_branch_title_after_a_village_named_with_de_is_that_villages() -> None:
    from rule_docs import post_bodies

    assert post_bodies("贵州省铜仁市江口县云舍村的党支部书记王立新说。")["党支部书记"] == ("云舍村党支部", "520621")
    assert post_bodies("在安置点，来自石林村的党总支书记王立新主动请缨。")["党总支书记"][0] == "石林村党总支"
    # a phrase, not a village's name
    assert post_bodies("一个村的党支部书记王立新说。").get("党支部书记", (None, None))[0] != "一个村党支部"


def test_a_title_opening_its_sentence_before_a_comma_is_held_by_the_person_after_it() -> None:
    from rule_docs import holds

    text = "连日来，宣讲团在各地宣讲。\n中央宣讲团成员，浙江省委常委、组织部部长王建国6日作宣讲报告。"
    assert ("王建国", "中央宣讲团成员") in holds(text)
    # not a title in the middle of a sentence
    assert ("王建国", "中央宣讲团成员") not in holds("会上，他介绍了中央宣讲团成员，省委常委王建国随后讲话。")


def test_each_title_of_a_profiles_comma_list_is_held() -> None:
    from rule_docs import holds

    text = "王建国同志是我国水利战线的杰出领导人，中国共产党第十四届中央委员，第九届全国政协副主席，水利部原部长。"
    got = holds(text)
    # (since post v21 a national leadership title keeps its term: 第九届全国政协副主席, an earlier term's)
    assert ("王建国", "第九届全国政协副主席") in got and ("王建国", "水利部原部长") in got
    # a title inside a longer item is none of the person's
    assert ("王建国", "县委书记") not in holds("王建国同志是我国一名曾向县委书记汇报工作的老党员。")
