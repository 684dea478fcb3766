"""Examples for the rules added in the eleventh session (made up for the tests, none taken from the gold texts)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kg.pipeline.relations_campaigns import area_provinces
from kg.pipeline.relations_events import month_iso
from rule_docs import campaign_relations, ents, full_pipeline, holds, post_bodies, relations, rules_pipeline


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


# ------------------------------------------------------------------ army titles (post v13) and careers
@pytest.mark.parametrize("text, post, body", [
    ("先后任陆军第12军军长，南京军区副司令员、司令员。", "陆军第12军军长", "陆军第12军"),
    ("先后任陆军第12军军长，南京军区副司令员、司令员。", "南京军区副司令员", "南京军区"),
    ("先后任陆军第12军军长，南京军区副司令员、司令员。", "司令员", "南京军区"),
    ("中国人民解放军原总参谋部副参谋长某某出席。", "中国人民解放军原总参谋部副参谋长", "中国人民解放军总参谋部"),
    ("东部战区司令员某某讲话。", "东部战区司令员", "东部战区"),
    ("会议由江苏省军区政治委员某某主持。", "江苏省军区政治委员", "江苏省军区"),
])
def test_an_army_title_is_a_post_of_its_body(text: str, post: str, body: str) -> None:
    assert post_bodies(text)[post][0] == body


def test_a_military_region_is_no_place_of_its_city(nlp: Any) -> None:
    assert "成都" not in ents(nlp, "成都军区的官兵前往送别。", "REGION")
    assert "成都" in ents(nlp, "成都的市民前往送别。", "REGION")


OBITUARY = ("某某同志，因病于2026年1月3日在北京逝世。\n"
            "王建军同志1959年1月从某某省某某县入伍，1963年2月加入中国共产党。先后任陆军第11军军长，成都军区副司令员、"
            "司令员。2002年10月任中国人民解放军总后勤部部长，同年11月任中央军委委员。是中国共产党第十五届、十六届中央委员。")


def test_a_biography_holds_the_titles_of_its_career() -> None:
    got = set(holds(OBITUARY))
    for post in ("陆军第11军军长", "成都军区副司令员", "司令员", "中国人民解放军总后勤部部长", "中央军委委员", "中央委员"):
        assert ("王建军", post) in got


@pytest.mark.parametrize("text", [
    # someone else named in between: the career is not the first person's
    "王建军同志1959年入伍。李明华同志说，他很怀念。先后任某县县长、某县县委书记。",
    # a new paragraph: no subject carried over
    "王建军同志1959年入伍。\n先后任某县县长、某县县委书记。",
    # a sentence that names its own holder
    "王建军同志1959年入伍。2002年，李明华任某县县长。",
    # no step of a career before the title
    "王建军同志1959年入伍。某县县长来看望他。",
])
def test_no_career_without_its_subject(text: str) -> None:
    assert not [h for h in holds(text) if h[0] == "王建军"]


# ------------------------------------------------------------------ campaigns (campaign v12, relations)
def test_a_battle_fought_is_a_campaign_only_when_named() -> None:
    nlp = rules_pipeline()
    assert "污染防治攻坚战" in ents(nlp, "要坚决打好污染防治攻坚战。", "CAMPAIGN")
    for text in ("要打好关键核心技术攻坚战。", "坚决打赢反腐败斗争攻坚战持久战。", "打好作风建设攻坚战。"):
        assert not ents(nlp, text, "CAMPAIGN")


def test_the_free_trade_port_without_its_place_in_an_article_about_hainan(nlp: Any) -> None:
    text = "海南积极融入共建“一带一路”。抓住自由贸易港建设的契机，推动共建“一带一路”和自贸港建设的战略联动。"
    got = ents(nlp, text, "CAMPAIGN")
    assert "自由贸易港建设" in got and "自贸港建设" in got
    assert {"46"} == {r[2] for r in campaign_relations(text) if r[0] == "campaign_region" and "贸" in r[1]}
    # elsewhere a free-trade port is no named programme
    assert not ents(nlp, "专家介绍了国外自由贸易港建设的经验。", "CAMPAIGN")


def test_a_quoted_slogan_with_its_programme_word(nlp: Any) -> None:
    doc = nlp("推动“一带一路”建设与自由贸易港建设有机联动。")
    camp = [e for e in doc.ents if e.label_ == "CAMPAIGN"]
    assert camp[0].text == "“一带一路”建设"
    assert ents(nlp, "“一带一路”建设的成果丰硕。", "CAMPAIGN") == ["“一带一路”"]  # (the building's results)


def test_a_strategy_inside_a_hub_to_build_is_no_campaign_nor_a_name(nlp: Any) -> None:
    text = "海南奋力打造西部陆海新通道国际航运枢纽。"
    assert not ents(nlp, text, "CAMPAIGN")
    assert not ents(full_pipeline(), text, "PERSON")


def test_the_party_centre_with_its_core_launches_what_it_carries_out() -> None:
    text = ("某某表示，十八大以来，以习近平同志为核心的中共中央坚持农业农村优先发展，打赢脱贫攻坚战，"
            "实施乡村振兴战略。")
    got = campaign_relations(text)
    assert ("launched_by", "乡村振兴战略", "中共中央") in got
    assert not [r for r in got if r[0] == "promoted_by"]  # the speaker only reports the centre's work


# ------------------------------------------------------------------ bodies, places, dates, meetings (org v12, date v10,
# meeting v12)
def test_a_cppcc_special_committee_is_a_body(nlp: Any) -> None:
    assert "全国政协经济委员会" in ents(nlp, "全国政协经济委员会负责同志介绍调研情况。", "ORG")
    assert "全国政协" in ents(nlp, "全国政协在京召开专题协商会。", "ORG")


@pytest.mark.parametrize("text, region", [("军队驻京有关单位领导前往送别。", "京"), ("领导在京召开会议。", "京")])
def test_a_province_by_one_character_before_units_stationed_there(nlp: Any, text: str, region: str) -> None:
    assert region in ents(nlp, text, "REGION")


def test_no_province_by_one_character_before_troops(nlp: Any) -> None:
    assert not ents(nlp, "几代驻藏部队官兵在高原奉献。", "REGION")


@pytest.mark.parametrize("text, date", [
    ("去年7月底8月初，华北地区极端降雨。", "7月底8月初"),
    ("今年七月底八月初，雨水偏多。", "七月底八月初"),
    ("大家都在为即将到来的龙年春节做准备。", "龙年春节"),
])
def test_a_time_across_two_months_and_a_zodiac_year_after_a_word(nlp: Any, text: str, date: str) -> None:
    assert date in ents(nlp, text, "DATE")


def test_no_zodiac_year_inside_a_word(nlp: Any) -> None:
    assert "龙年春节" not in ents(nlp, "恐龙年春节展览开幕。", "DATE")


@pytest.mark.parametrize("text, meeting", [
    ("被巡视地区分别召开巡视进驻动员会。", "巡视进驻动员会"),
    ("中央第三巡视组巡视河北省工作动员会召开。", "中央第三巡视组巡视河北省工作动员会"),
])
def test_a_mobilisation_meeting_by_what_it_starts(nlp: Any, text: str, meeting: str) -> None:
    assert meeting in ents(nlp, text, "MEETING")


def test_a_bare_mobilisation_meeting_is_a_kind(nlp: Any) -> None:
    assert not ents(nlp, "这不仅是收心会、表彰会，更是动员会、誓师会。", "MEETING")


def test_reporting_to_a_meeting_makes_a_speaker() -> None:
    text = ("6月25日上午，国务院某某事故调查组在银川召开第一次全体会议。国务院事故调查组组长、应急管理部副部长"
            "宋元明通报调查安排、提出工作要求。")
    assert ("第一次全体会议", "宋元明") in relations(text, "speaker")


@pytest.mark.parametrize("text, gone", [
    ("金灿灿的制种玉米、红彤彤的番茄挂满枝头。", {"金灿灿", "红彤彤"}),
    ("他走进泥人张、杨柳青年画等特色店铺。", {"杨柳青"}),
])
def test_no_name_from_a_vivid_adjective_or_a_craft(text: str, gone: set[str]) -> None:
    assert not gone & set(ents(full_pipeline(), text, "PERSON"))


def test_a_doubled_given_name_before_a_noun_stays(nlp: Any) -> None:
    assert "王丹丹" in ents(full_pipeline(), "记者王丹丹的报道引起关注。", "PERSON")


@pytest.mark.parametrize("text, gone", [
    ("玛纳斯湿地面积扩大到了17万亩。", "玛纳斯"),
    ("他考察了辽宁材料实验室。", "辽宁"),
])
def test_no_place_before_a_wetland_or_a_laboratory(nlp: Any, text: str, gone: str) -> None:
    assert gone not in ents(nlp, text, "REGION")


def test_a_place_building_laboratories_stays(nlp: Any) -> None:
    assert "浙江" in ents(nlp, "浙江建设了一批实验室。", "REGION")


def test_a_turn_of_two_months_is_dated_by_its_first_month() -> None:
    assert month_iso("7月底8月初", dt.date(2024, 2, 3), "去年") == "2023-07"
    assert month_iso("七月底八月初", dt.date(2024, 9, 3)) == "2024-07"


# ------------------------------------------------------------------ bodies written short
def test_an_abbreviated_commission_is_the_one_the_article_names_in_full() -> None:
    text = ("二十届首都规划建设委员会第二次全体会议在京召开。中共中央政治局常委、首规委主任某某出席会议并讲话。"
            "中共中央政治局委员、首规委主任王大明主持会议。")
    assert post_bodies(text)["首规委主任"] == ("首都规划建设委员会", "11")


def test_an_abbreviated_commission_never_named_in_full_stays_unresolved() -> None:
    text = "中共中央政治局常委、首规委主任王大明出席会议并讲话。"
    assert "首规委主任" not in post_bodies(text)


@pytest.mark.parametrize("text, post", [
    ("国务院某省某市“7·6”溃坝灾害调查评估组在某市召开第一次全体会议。国务院调查评估组组长、水利部副部长王大明出席。",
     "国务院调查评估组组长"),
    ("国务院某省某市“7·17”特别重大山体崩塌灾害调查评估组成立。调查评估组组长、自然资源部副部长王大明讲话。",
     "调查评估组组长"),
])
def test_an_investigation_group_written_short_is_the_one_named_in_full(text: str, post: str) -> None:
    body = post_bodies(text)[post][0]
    assert body is not None and body.startswith("国务院某省某市") and body.endswith("调查评估组")


def test_the_corps_bureau_by_its_short_name() -> None:
    assert post_bodies("兵团教育局党组成员、副局长王大明接受审查调查。")["副局长"][0] == "新疆生产建设兵团教育局"


# ------------------------------------------------------------------ ordinary words the model takes for names
@pytest.mark.parametrize("text, gone", [
    ("基地培育的苗木长势喜人，苗木销往全国各地。", "苗木"),
    ("患者在医院康复后回到了家乡。", "康复"),
    ("洪水淹没了大片农田。", "洪水淹"),
    ("孩子们在田野里奔跑。", "田野里"),
])
def test_no_name_from_an_ordinary_word_nothing_names_as_a_person(text: str, gone: str) -> None:
    assert gone not in ents(full_pipeline(), text, "PERSON")


@pytest.mark.parametrize("text, name", [
    ("国务院总理李强出席会议并讲话。", "李强"),
    ("中共中央决定：罗文同志任某省委书记。", "罗文"),
    ("会议听取了金融监管总局副局长丛林作的说明。", "丛林"),
    ("某公司原党委书记、董事长田野，违规收受礼品。", "田野"),
])
def test_a_name_that_is_also_a_word_stays_where_it_is_a_persons(text: str, name: str) -> None:
    assert name in ents(full_pipeline(), text, "PERSON")


# ------------------------------------------------------------------ places inside the names of firms and sites
@pytest.mark.parametrize("text, gone", [
    ("在成都天府国际生物城，他勉励企业加大研发投入。", "成都"),
    ("他走进长春金赛药业，了解创新发展情况。", "长春"),
    ("他首先来到大唐哈尔滨第一热电厂。", "哈尔滨"),
    ("在哈尔滨新区冰上运动中心，他听取介绍。", "哈尔滨"),
    ("他还到南京软件谷一家软件企业交流。", "南京"),
    ("庆祝大会在新疆人民会堂隆重举行。", "新疆"),
    ("他来到上海期货交易所调研。", "上海"),
    ("在佛山国际陆港，他了解物流发展情况。", "佛山"),
])
def test_no_place_inside_the_name_of_a_firm_or_a_site(nlp: Any, text: str, gone: str) -> None:
    assert gone not in ents(nlp, text, "REGION")


@pytest.mark.parametrize("text, kept", [
    ("习近平在河北雄安新区考察。", "河北"),
    ("代表谢兰是重庆两江新区人和街道邢家桥社区党委书记。", "重庆"),
    ("成都加快建设国际生物城。", "成都"),  # the city acting: a verb before the site
])
def test_a_place_before_a_new_area_of_another_name_stays(nlp: Any, text: str, kept: str) -> None:
    assert kept in ents(nlp, text, "REGION")


def test_a_speaker_reporting_what_the_centre_carries_out_is_no_promoter() -> None:
    text = ("王大明表示，十八大以来，以习近平同志为核心的中共中央坚持农业农村优先发展，实施乡村振兴战略。")
    got = campaign_relations(text)
    assert ("launched_by", "乡村振兴战略", "中共中央") in got
    assert ("promoted_by", "乡村振兴战略", "王大明") not in got
    # the speaker's own call stays his
    assert ("promoted_by", "乡村振兴战略", "王大明") in campaign_relations("王大明强调，要全面实施乡村振兴战略。")


# ------------------------------------------------------------------ congresses and their sessions (xwlb47 work)
CONGRESS = ("某民主党第十七次全国代表大会12月7日在北京开幕。中共中央政治局常委王大明出席开幕会并代表中共中央致贺词。\n"
            "全国人大常委会副委员长、某党中央主席李小红代表各民主党派中央和全国工商联致贺词。\n"
            "大会主席团常务主席张建国代表该党第十六届中央委员会作工作报告。\n"
            "赵一平主持开幕会。")


def test_speaking_for_a_body_makes_a_speaker_of_the_congress() -> None:
    got = set(relations(CONGRESS, "speaker"))
    for name in ("王大明", "李小红", "张建国"):
        assert ("某民主党第十七次全国代表大会", name) in got


def test_a_presidium_chairman_is_of_the_congress_named_before() -> None:
    assert post_bodies(CONGRESS)["大会主席团常务主席"][0] == "某民主党第十七次全国代表大会主席团"
    assert ("张建国", "大会主席团常务主席") in holds(CONGRESS)


def test_no_central_committee_body_nor_member_read_out_of_its_name(nlp: Any) -> None:
    doc = nlp("张建国代表该党第十六届中央委员会作工作报告。")
    assert not [e for e in doc.ents if e.text in ("中央委员会", "中央委员")]
    assert "中央委员" in ents(nlp, "他是中国共产党第十五届中央委员。", "POST")


def test_a_naming_assembly_with_a_bracket_in_its_name() -> None:
    text = "全国双拥模范城（县）命名大会4月23日在京召开。国务院总理王大明出席大会并讲话。赵一平主持大会。"
    assert ("全国双拥模范城(县)命名大会", "赵一平") in relations(text, "chaired_by")
    assert ("全国双拥模范城(县)命名大会", "王大明") in relations(text, "speaker")


SESSION = ("政协第十四届全国委员会第二十九次主席会议24日在京召开。全国政协主席王大明主持并讲话。\n"
           "会议研究了召开全国政协十四届三次会议的有关事项。会议确定，全国政协常委、外事委员会副主任刘一平为"
           "全国政协十四届三次会议新闻发言人。\n"
           "会议审议通过了关于撤销魏一、吴二平政协第十四届全国委员会委员资格的决定。\n"
           "全国政协副主席李小红、张建国围绕学习贯彻重要讲话精神作了发言。")


def test_a_session_being_planned_is_not_where_the_speech_is() -> None:
    got = set(relations(SESSION, "speaker"))
    assert ("政协第十四届全国委员会第二十九次主席会议", "李小红") in got
    assert not [m for m, _ in got if "三次会议" in m]


def test_a_sessions_spokesman_and_a_cppcc_membership_in_full() -> None:
    bodies = post_bodies(SESSION)
    assert bodies["全国政协十四届三次会议新闻发言人"][0] == "政协第十四届全国委员会第三次会议"
    assert bodies["政协第十四届全国委员会委员"][0] == "全国政协"
    got = set(holds(SESSION))
    assert ("刘一平", "全国政协十四届三次会议新闻发言人") in got
    assert {("魏一", "政协第十四届全国委员会委员"), ("吴二平", "政协第十四届全国委员会委员")} <= got


def test_the_spirit_of_one_meeting_and_another_meetings_name(nlp: Any) -> None:
    got = ents(nlp, "希望该党深入学习贯彻中共二十大精神以及中央统战工作会议精神。", "MEETING")
    assert got == ["中共二十大", "中央统战工作会议"]


@pytest.mark.parametrize("text, gone", [
    ("李强首先来到海口新海港客运枢纽项目现场。", "海口"),
    ("他随后来到某某美好家园（海口）孝慈苑。", "海口"),
    ("中欧班列（西安）累计开行超3000列。", "西安"),
    ("山东省地矿局第六地质大队的队员们回信。", "山东省"),
])
def test_no_place_inside_a_hub_or_a_bracketed_part_of_a_name(nlp: Any, text: str, gone: str) -> None:
    assert gone not in ents(nlp, text, "REGION")


def test_a_place_in_brackets_glossing_a_word_stays(nlp: Any) -> None:
    assert "海口" in ents(nlp, "会议在海南省会（海口）召开。", "REGION")


def test_no_campaign_named_by_a_hall_after_it(nlp: Any) -> None:
    assert not ents(nlp, "他参观了某州铸牢中华民族共同体意识主题教育馆。", "CAMPAIGN")
    assert ents(nlp, "深入开展铸牢中华民族共同体意识主题教育。", "CAMPAIGN")


def test_a_drive_to_create_model_units(nlp: Any) -> None:
    assert "双拥模范创建" in ents(nlp, "要深化双拥模范创建，巩固扩大双拥社会基础。", "CAMPAIGN")


@pytest.mark.parametrize("text, org", [
    ("根据军委纪委监委查办案件中发现的问题线索。", "军委纪委监委"),
    ("全国双拥工作领导小组成员参加大会。", "全国双拥工作领导小组"),
])
def test_the_military_discipline_commission_and_a_nationwide_leading_group(nlp: Any, text: str, org: str) -> None:
    assert org in ents(nlp, text, "ORG")


@pytest.mark.parametrize("text, gone", [
    ("赵一平就全国人大常委会工作报告稿征求意见。", "全国人大常委会"),
    ("会议原则通过了全国政协2025年协商计划。", "全国政协"),
])
def test_no_body_opening_the_name_of_its_own_report_or_plan(nlp: Any, text: str, gone: str) -> None:
    assert gone not in ents(nlp, text, "ORG")


def test_a_body_before_its_decision_stays(nlp: Any) -> None:
    assert "全国人大常委会" in ents(nlp, "会议通过了全国人大常委会关于批准某协定的决定。", "ORG")


@pytest.mark.parametrize("text", ["这是自觉接受代表大会监督的制度安排。", "要深化巡视，开好动员会。"])
def test_a_kind_of_meeting_without_its_name(nlp: Any, text: str) -> None:
    assert not ents(nlp, text, "MEETING")


def test_a_named_congress_stays(nlp: Any) -> None:
    assert ents(nlp, "某民主党第十七次全国代表大会在北京开幕。", "MEETING") == ["某民主党第十七次全国代表大会"]


def test_a_bodys_decision_without_de_launches_the_campaign() -> None:
    text = "要助推中共中央关于海南自由贸易港建设决策部署落实落地。"
    assert ("launched_by", "海南自由贸易港建设", "中共中央") in campaign_relations(text)


def test_the_national_mineral_exploration_drive_runs_in_no_region_of_the_article() -> None:
    text = "某省地矿局的同志们：希望你们在新一轮找矿突破战略行动中发挥更大作用。"
    got = campaign_relations(text)
    assert "找矿突破战略行动" in ents(rules_pipeline(), text, "CAMPAIGN")
    assert not [r for r in got if r[0] == "campaign_region"]


# ------------------------------------------------------------------ meetings (xwlb48 work)
def test_a_congress_of_representatives_chaired_by_one_named_after_you() -> None:
    text = ("第十一次全国某某同胞代表会议13日在北京开幕。中共中央政治局常委王大明出席会议并讲话。\n"
            "某联合会主席李小红代表各人民团体致贺词。开幕式由全国某联会长赵一平主持。")
    assert ("第十一次全国某某同胞代表会议", "赵一平") in relations(text, "chaired_by")
    assert {("第十一次全国某某同胞代表会议", "王大明"), ("第十一次全国某某同胞代表会议", "李小红")} \
        <= set(relations(text, "speaker"))


def test_a_state_council_study_session() -> None:
    text = ("4月20日，国务院以“统筹能源安全”为主题，进行第十九次专题学习。国务院总理王大明在主持学习时强调，要深入学习。\n"
            "中国工程院院士、某国家实验室主任李小红作讲解。国务院副总理赵一平、张建国作交流发言。")
    assert ("第十九次专题学习", "王大明") in relations(text, "chaired_by")
    assert {("第十九次专题学习", n) for n in ("王大明", "李小红", "赵一平", "张建国")} <= set(relations(text, "speaker"))


def test_an_award_assembly_and_the_speakers_of_a_counted_list() -> None:
    text = ("第50届某某奖颁奖大会12日上午在北京人民大会堂举行。\n"
            "某中心主任王大明、某大学教授李小红等2名获奖代表分别在会上发言。某会会长赵一平主持大会。")
    got = set(relations(text, "speaker"))
    assert {("第50届某某奖颁奖大会", "王大明"), ("第50届某某奖颁奖大会", "李小红")} <= got
    assert ("第50届某某奖颁奖大会", "赵一平") in relations(text, "chaired_by")


def test_the_words_of_an_instruction_are_no_speech_at_the_meeting() -> None:
    text = ("第七次全国某某表彰大会16日在京召开。某某主席王大明作出重要指示，向受表彰的集体表示祝贺。\n"
            "王大明指出，要坚持以新时代中国特色社会主义思想为指导。\n"
            "国务委员李小红参加会见并在大会上传达王大明重要指示。李小红在总结讲话中指出，要牢记嘱托。")
    got = set(relations(text, "speaker"))
    assert ("第七次全国某某表彰大会", "王大明") not in got
    assert ("第七次全国某某表彰大会", "李小红") in got


@pytest.mark.parametrize("title, body", [
    ("中国侨联主席", "中国侨联"), ("全国台联会长", "全国台联"), ("中国红十字会名誉会长", "中国红十字会"),
    ("全国妇联主席", "全国妇联"), ("杭州亚运会组委会主席", "杭州亚运会组委会"),
])
def test_a_peoples_organisation_or_organising_committee_leader(title: str, body: str) -> None:
    text = f"国务院某部部长、{title}王大明出席并讲话。"
    assert post_bodies(text)[title][0] == body
    assert ("王大明", title) in holds(text)


def test_a_name_before_the_act_of_a_ceremony(nlp: Any) -> None:
    assert "易炼红" in ents(full_pipeline(), "在全场观众的期盼中，浙江省委书记易炼红点燃火种盆。", "PERSON")


@pytest.mark.parametrize("text, gone", [
    ("杭州第19届亚洲运动会火炬传递启动仪式在这里举行。", "杭州"),
    ("他点燃杭州亚运会火炬。", "杭州"),
    ("北京冬奥会圆满成功。", "北京"),
])
def test_no_place_inside_the_name_of_games(nlp: Any, text: str, gone: str) -> None:
    assert gone not in ents(nlp, text, "REGION")


@pytest.mark.parametrize("text, unit", [
    ("某某养老助残服务中心主任王大明在会上发言。", "服务中心"),
    ("中国工程院院士、怀柔国家实验室主任王大明作讲解。", "实验室"),
])
def test_the_head_of_a_centre_or_laboratory_before_a_name(text: str, unit: str) -> None:
    assert ("王大明", "主任") in holds(text)
    body = post_bodies(text)["主任"][0]
    assert body is not None and body.endswith(unit)


def test_a_topic_listing_its_items_with_deng_opens_the_meetings_name(nlp: Any) -> None:
    text = "2023年6月，在加强荒漠化综合防治和推进“三北”等重点生态工程建设座谈会上，他强调，要力争用10年左右时间。"
    assert ents(nlp, text, "MEETING") == ["加强荒漠化综合防治和推进“三北”等重点生态工程建设座谈会"]


# ------------------------------------------------------------------ xwlb49 work
def test_a_special_administrative_regions_chief_executive_and_governments(nlp: Any) -> None:
    text = "会议通过了任命王大明为澳门特别行政区第六任行政长官的决定。支持特别行政区政府依法施政，中央人民政府全力支持。"
    assert post_bodies(text)["澳门特别行政区第六任行政长官"][0] == "澳门特别行政区"
    assert ("王大明", "澳门特别行政区第六任行政长官") in holds(text)
    assert {"特别行政区政府", "中央人民政府"} <= set(ents(nlp, text, "ORG"))


def test_a_principle_is_no_campaign(nlp: Any) -> None:
    assert not ents(nlp, "全面准确贯彻“一国两制”“澳人治澳”、高度自治的方针。", "CAMPAIGN")


def test_a_commissions_session_with_its_term() -> None:
    text = "二十届某某委员会第一次会议召开。二十届中央国家安全委员会第一次会议5月30日下午召开。国家主席王大明主持会议并发表重要讲话。"
    assert ("二十届中央国家安全委员会第一次会议", "王大明") in relations(text, "chaired_by")


def test_two_names_joined_by_ji_make_one_meeting_however_long(nlp: Any) -> None:
    text = ("各民主党派中央、无党派人士长江生态环境保护民主监督总结暨黄河流域生态保护和高质量发展民主监督工作启动会"
            "30日在京召开。")
    assert ents(nlp, text, "MEETING") == [text[:text.index("30日")]]


def test_the_river_and_lake_chiefs_system(nlp: Any) -> None:
    assert "河湖长制" in ents(nlp, "两省建立了跨省级河湖长制协作机制。", "CAMPAIGN")


@pytest.mark.parametrize("text", ["支持香港、澳门更好融入国家发展大局。", "澳门回归祖国25年来成就显著。", "台湾是中国领土不可分割的一部分。"])
def test_hong_kong_macao_and_taiwan_are_no_region(nlp: Any, text: str) -> None:
    assert not ents(nlp, text, "REGION")


def test_the_chief_executives_body_keeps_its_region_name() -> None:
    text = "会议通过了任命王大明为香港特别行政区第七任行政长官的决定。"
    assert post_bodies(text)["香港特别行政区第七任行政长官"][0] == "香港特别行政区"


def test_an_unreadable_jieba_dictionary_keeps_every_name_with_a_warning(monkeypatch: pytest.MonkeyPatch,
                                                                        caplog: pytest.LogCaptureFixture) -> None:
    from kg.pipeline import components

    monkeypatch.setattr(components, "_jieba_dictionary", lambda: "/nonexistent/dict.txt")
    components._jieba_words.cache_clear()
    components._common_two_char_words.cache_clear()
    try:
        with caplog.at_level("WARNING", logger="kg"):
            assert not components._uncorroborated_word("苗木长势喜人。", "苗木", set(), set())
        assert "/nonexistent/dict.txt" in caplog.text
    finally:
        monkeypatch.undo()
        components._jieba_words.cache_clear()
        components._common_two_char_words.cache_clear()
    assert components._uncorroborated_word("苗木长势喜人。", "苗木", set(), set())  # (the real dictionary again)
