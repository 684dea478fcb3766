"""Pattern sets v8 (org v8, post v8, meeting v7, person v6) and the rules found with the xwlb24 set: the NPC's
committees by their short names, a bare committee title continuing a list of reports, the financial regulator by
its short name, 受 after a name, Mongolian names, a council entrusting someone (受某会议委托), reports and
explanations delivered to a meeting as speeches, a council's proposal to convene another meeting, and memorial
parks named after a person. Examples made up, none taken from the gold texts."""

from __future__ import annotations

from typing import Any

import pytest

from rule_docs import campaign_relations, ents, full_pipeline, holds, post_bodies, relations, rules_pipeline


@pytest.fixture(scope="module")
def nlp() -> Any:
    return rules_pipeline()


# ----------------------------------------------------------------- NPC bodies
NPC = ("十四届全国人大常委会第八次会议3日上午在京举行第一次全体会议。"
       "会议听取了全国人大财经委副主任委员张德明作的关于某某法草案修改情况的汇报，主任委员王建国作的关于某某条例草案的汇报，"
       "副主任委员刘思源作的关于某某法草案审议结果的报告。环资委提出了关于提请审议某某法草案的议案。环资委主任委员陈立新作了说明。"
       "受委员长会议委托，常委会法工委副主任赵一鸣作了说明。")


def test_npc_committees_by_their_short_names_are_the_npcs(nlp: Any) -> None:
    posts = ents(nlp, NPC, "POST")
    assert "全国人大财经委副主任委员" in posts
    assert "环资委主任委员" in posts and "常委会法工委副主任" in posts
    assert "环资委" in ents(nlp, NPC, "ORG")
    bodies = post_bodies(NPC)
    assert bodies["全国人大财经委副主任委员"][0] == "全国人大财经委"
    assert bodies["环资委主任委员"][0] == "全国人大环资委"
    # a working body of the Standing Committee, not of the congress
    assert bodies["常委会法工委副主任"][0] == "全国人大常委会法工委"


def test_a_bare_committee_title_continuing_a_list_of_reports_takes_the_committee(nlp: Any) -> None:
    assert ("王建国", "主任委员") in holds(NPC) and ("刘思源", "副主任委员") in holds(NPC)
    doc = full_pipeline()(NPC)
    bare = [r for r in doc._.relations if r.type == "post_body" and doc.ents[r.head].text == "主任委员"]
    assert [r.value for r in bare] == ["全国人大财经委"]
    assert all(r.inferred for r in bare)
    # no committee title before it in the sentence: no body guessed
    doc = full_pipeline()("会议听取了主任委员王建国作的汇报。")
    bare = [r for r in doc._.relations if r.type == "post_body" and doc.ents[r.head].text == "主任委员"]
    assert all(r.value is None for r in bare)


def test_short_names_of_npc_committees_stay_out_of_other_bodies_names(nlp: Any) -> None:
    text = "全国人大代表听取了意见。国家民委主任李明远、省人大环资委副主任委员孙海峰和中央财经委办公室负责人出席。"
    assert "民委" not in ents(nlp, text, "ORG") and "环资委" not in ents(nlp, text, "ORG")
    assert not any(p.startswith(("民委", "环资委", "财经委")) for p in ents(nlp, text, "POST"))
    # not in an article that names no NPC at all
    assert ents(nlp, "环资委提出了意见。", "ORG") == []
    # the full name is no short name followed by 员会
    text = "全国人大外事委员会委员周海洋出席。"
    assert ents(nlp, text, "POST") == ["全国人大外事委员会委员"]


def test_the_financial_regulator_by_its_short_name(nlp: Any) -> None:
    text = "会议听取了金融监管总局副局长周文涛受国务院委托作的说明。"
    assert ents(nlp, text, "POST") == ["金融监管总局副局长"]
    assert ents(nlp, text, "PERSON") == ["周文涛"]


# -------------------------------------------------------------------- persons
def test_a_name_before_shou_is_a_name(nlp: Any) -> None:
    # 受国务院委托: what a name is followed by (the name was lost after a title before)
    assert "孙长河" in ents(nlp, "会议听取了国家某某局局长孙长河受国务院委托作的说明。", "PERSON")


def test_mongolian_names_of_two_elements_after_a_title(nlp: Any) -> None:
    assert "那顺孟和" in ents(nlp, "会议听取了全国人大民委主任委员那顺孟和作的报告。", "PERSON")
    # place names made of such elements are no names: 呼和浩特, 乌兰察布
    text = "自治区政府副主席呼和浩特市考察。盟委书记乌兰察布调研。"
    assert not any(n.startswith(("呼和", "乌兰")) for n in ents(nlp, text, "PERSON"))


def test_a_rare_surname_of_national_officials(nlp: Any) -> None:
    assert "雒海峰" in ents(nlp, "教育部副部长雒海峰出席。", "PERSON")


def test_a_memorial_park_named_after_a_person_is_no_mention(nlp: Any) -> None:
    assert ents(nlp, "总书记来到张志远纪念园，缅怀先烈。", "PERSON") == []


# ------------------------------------------------------------------- meetings
def test_a_council_entrusting_someone_is_named_without_shou(nlp: Any) -> None:
    text = "受委员长会议委托，全国人大常委会秘书长作了说明。受全国人大常委会委员长会议委托，他作了说明。"
    assert ents(nlp, text, "MEETING") == ["委员长会议", "全国人大常委会委员长会议"]
    # 受 inside a name stays (a meeting of the people helped)
    assert ents(nlp, "县里召开受灾群众安置工作推进会。", "MEETING") == ["受灾群众安置工作推进会"]


def test_reports_and_explanations_delivered_to_the_meeting_are_speeches(nlp: Any) -> None:
    speakers = {p for m, p in relations(NPC, "speaker")}
    assert {"张德明", "王建国", "刘思源", "陈立新", "赵一鸣"} <= speakers
    assert all(m == "第一次全体会议" for m, p in relations(NPC, "speaker"))
    # a report only read, not delivered by the person, is no speech; one delivered is
    text = "全县三级干部大会5日召开。会议学习了张建华的报告。李文斌作的关于全县经济形势的报告。"
    assert relations(text, "speaker") == [("全县三级干部大会", "李文斌")]


def test_a_council_proposing_to_convene_another_meeting_is_not_where_the_text_is(nlp: Any) -> None:
    text = ("十四届全国人大常委会第八次会议3日上午在京举行第一次全体会议。"
            "会议审议了委员长会议关于提请审议全国人大常委会关于召开十四届全国人大五次会议的决定草案的议案。"
            "会议听取了全国人大常委会代表工委主任李国庆、国家发展改革委主任王德胜分别作的关于代表建议办理情况的报告。")
    speakers = relations(text, "speaker")
    assert ("第一次全体会议", "李国庆") in speakers and ("第一次全体会议", "王德胜") in speakers
    assert not any(m == "委员长会议" for m, p in speakers)


# ------------------------------------------------------------------ campaigns
def test_the_short_form_of_an_education_campaign_named_in_full_carries_the_full_name(nlp: Any) -> None:
    text = "各地推进清廉家风建设学习教育走深走实。全省扎实开展深入践行清廉家风建设学习教育。"
    doc = nlp(text)
    camps = [(e.text, e._.kg.get("name")) for e in doc.ents if e.label_ == "CAMPAIGN"]
    assert camps == [("清廉家风建设学习教育", "深入践行清廉家风建设学习教育"),
                     ("深入践行清廉家风建设学习教育", "深入践行清廉家风建设学习教育")]
    # alone, the short form keeps its own name
    doc = nlp("各地推进清廉家风建设学习教育走深走实。")
    assert [e._.kg.get("name") for e in doc.ents if e.label_ == "CAMPAIGN"] == ["清廉家风建设学习教育"]


def test_npc_committees_in_a_list_of_reports_and_a_name_before_a_one_character_follower(nlp: Any) -> None:
    text = ("全国人大常委会举行会议。会议听取了外事委主任委员周海洋、农业农村委主任委员孙立德分别作的报告，"
            "副主任委员黄立作的报告。")
    bodies = post_bodies(text)
    assert bodies["外事委主任委员"][0] == "全国人大外事委"
    # 农业农|村委 is no village committee
    assert bodies["农业农村委主任委员"][0] == "全国人大农业农村委"
    # a two-character name before 作: the three characters are no name, the two are
    assert ("黄立", "副主任委员") in holds(text)
    # a three-character name ending in such a character stays whole
    assert "李东来" in ents(nlp, "县长李东来主持会议。", "PERSON")


# ------------------------------------------------------- rules found with xwlb25
def test_bare_local_titles_in_a_text_that_names_no_place_are_kinds_of_officials(nlp: Any) -> None:
    text = "文章指出，县委是“一线指挥部”，县委书记就是“一线总指挥”。当好县委书记，必须心中有党。"
    assert ents(nlp, text, "POST") == [] and ents(nlp, text, "ORG") == []
    # a holder named in the clause keeps the title; a body written once or twice is one of some place
    assert ents(nlp, "会上，县委书记王建国作了讲话。", "POST") == ["县委书记"]
    assert ents(nlp, "乡党委抓好落实，县委书记要带头。", "POST") == ["县委书记"]
    # nor with a place in the title or a word pointing at the article's own place
    assert ents(nlp, "我县召开大会。县委是指挥部，县委书记是总指挥，当好县委书记很难。", "POST") == ["县委书记", "县委书记"]
    # a text that names a place reads its bare titles against it
    assert ents(nlp, "泗洪县召开大会。县委书记强调，要抓好落实。", "POST") == ["县委书记"]


def test_a_person_whose_home_is_visited_and_a_name_before_a_word_of_kin(nlp: Any) -> None:
    assert "孙德顺" in ents(nlp, "总书记走进村民孙德顺家，察看年货准备情况。", "PERSON")
    assert "许桂兰" in ents(nlp, "他走进四世同堂的许桂兰家中看望。", "PERSON")
    assert "巴依卡" in ents(nlp, "在边境村，巴依卡一家几代人巡边护边。", "PERSON")
    # places named after a family are no persons
    assert ents(nlp, "他走进王家村看望群众，又来到李家湾。", "PERSON") == []


def test_an_ethnic_townships_full_name(nlp: Any) -> None:
    doc = nlp("来到葫芦岛市绥中县明水满族乡祝家沟村。")
    regions = [(e.text, e._.kg.get("code")) for e in doc.ents if e.label_ == "REGION"]
    assert regions == [("葫芦岛市", "2114"), ("绥中县", "211421"), ("明水满族乡", "211421207")]


def test_state_council_offices_by_their_short_names(nlp: Any) -> None:
    assert ents(nlp, "国务院食安办近日部署。国家减灾委、国家防总启动应急响应。", "ORG") == \
        ["国务院食安办", "国家减灾委", "国家防总"]


def test_a_ministrys_national_programme_is_not_placed_in_the_articles_region() -> None:
    text = "乌鲁木齐市举行活动。水利部近日印发《水文现代化建设三年行动》，部署实施水文现代化建设三年行动。"
    rels = campaign_relations(text)
    assert ("launched_by", "水文现代化建设三年行动", "水利部") in rels
    assert not any(k == "campaign_region" for k, _c, _v in rels)


def test_a_programme_that_a_leaders_statement_is_about_is_promoted_by_him() -> None:
    rels = campaign_relations("王建国来到某地考察。王建国强调，“千企升级”行动，归根到底靠改革开放。")
    assert ("promoted_by", "“千企升级”行动", "王建国") in rels
    # named inside what he said, not as its topic: no relation from this rule
    assert not any(k == "promoted_by" for k, _c, _v in
                   campaign_relations("王建国来到某地考察。王建国强调，过去的经验表明“千企升级”行动的做法不够。"))


def test_the_day_of_a_cited_speech_is_its_meetings() -> None:
    doc = full_pipeline()("这是王建国同志2015年1月12日在全县干部大会上的讲话。")
    rels = {(r.type, doc.ents[r.head].text, doc.ents[r.tail].text if r.tail >= 0 else r.value)
            for r in doc._.relations}
    assert ("speaker", "全县干部大会", "王建国") in rels
    assert ("meeting_date", "全县干部大会", "2015-01-12") in rels


# ------------------------------------------------------- rules found with xwlb26
def test_an_ambiguous_township_is_the_one_inside_a_region_the_article_names(nlp: Any) -> None:
    # two 兴福镇 in the table (黑龙江, 山东): the article names 博兴县 after the first mention
    doc = nlp("兴福镇是山东滨州博兴县的一个小镇。王兆建是兴福镇党委书记。")
    assert {e._.kg.get("code") for e in doc.ents if e.text == "兴福镇"} == {"371625102"}
    # nothing in the article picks one: left unlinked
    doc = nlp("兴福镇是一个小镇。")
    assert [e._.kg.get("code") for e in doc.ents if e.text == "兴福镇"] == [None]


def test_a_governments_office_stacked_after_its_party_group_title(nlp: Any) -> None:
    bodies = post_bodies("中央纪委对宁夏回族自治区党委常委，自治区政府党组副书记、副主席王建国进行问责。")
    assert bodies["副主席"][0] == "宁夏回族自治区政府"
    assert bodies["自治区政府党组副书记"][0] == "宁夏回族自治区政府党组"
    # the title before the comma after the notice's verb is his too
    held = holds("中央纪委对宁夏回族自治区党委常委，自治区政府党组副书记、副主席王建国进行问责。")
    assert ("王建国", "宁夏回族自治区党委常委") in held and ("王建国", "副主席") in held
    # a ministry's head stacked after its party-group title keeps the ministry
    assert post_bodies("农业农村部原党组书记、部长唐立新出席。")["部长"][0] == "农业农村部"


def test_a_bare_level_title_listed_after_another_person_of_the_same_place() -> None:
    text = "上海市某局原局长张立，安徽省阜阳市委编办原主任顾建中、市财政局局长孙长胜受到处分。"
    assert post_bodies(text)["市财政局局长"] == ("阜阳市财政局", "3412")


def test_a_list_and_before_a_companys_place_is_no_part_of_its_name() -> None:
    text = "宁夏某某能源有限公司法定代表人马金礼和宁夏某某检测技术有限公司法定代表人周志远等15人被立案侦查。"
    bodies = {b for b, _r in post_bodies(text).values()}
    assert "宁夏某某检测技术有限公司" in bodies and not any(b and b.startswith("和") for b in bodies)


def test_occupations_before_names_and_a_rare_surname(nlp: Any) -> None:
    assert ents(nlp, "当即，驾驶员王炳坤和民警赵立新一同赶往现场。", "PERSON") == ["王炳坤", "赵立新"]
    assert "笪乘胜" in ents(nlp, "市财政局局长笪乘胜受到处分。", "PERSON")


def test_the_head_of_an_exchange_stacked_after_its_party_title(nlp: Any) -> None:
    assert ("姜立", "理事长") in holds("某某期货交易所原党委书记、理事长姜立受到处分。")


def test_the_person_who_convenes_a_meeting_chairs_it() -> None:
    doc = full_pipeline()("8月3日晚，舒兰市委常委、副市长骆立东紧急组织召开汛情调度会。")
    chairs = [(doc.ents[r.head].text, doc.ents[r.tail].text) for r in doc._.relations if r.type == "chaired_by"]
    assert chairs == [("汛情调度会", "骆立东")]


def test_dates_v6(nlp: Any) -> None:
    text = "1到7月，全省投资增长。8月20日凌晨两点多，洪水来袭。截至8月末，共有100家。2010年左右，他来到这里。"
    assert ents(nlp, text, "DATE") == ["1到7月", "8月20日凌晨两点多", "8月末", "2010年左右"]
    # a count of months and a range of numbers are no dates
    assert ents(nlp, "共有3到5个月的工期，1到7项任务。", "DATE") == []


def test_a_discipline_team_stationed_in_a_ministry_is_one_body(nlp: Any) -> None:
    assert ents(nlp, "中央纪委国家监委驻应急管理部纪检监察组依规依纪追责。", "ORG") == ["中央纪委国家监委驻应急管理部纪检监察组"]


def test_a_village_committee_written_short_is_the_villagers_committee() -> None:
    bodies = post_bodies("北京市门头沟区中门寺村村委委员李巧玲在抢险中牺牲。")
    assert bodies["中门寺村村委委员"][0] == "中门寺村村委会"


# ------------------------------------------------------- rules found with xwlb27
def test_a_township_title_after_its_chain_in_an_article_about_elsewhere() -> None:
    # two 中梁镇 (重庆, 甘肃); the article's own region is another province: the chain before the title decides
    text = ("新疆某县原书记王立新等人问题突出。重庆市沙坪坝区中梁镇党委原书记梁立丹等人贯彻政策打折扣。"
            "新疆各地深入整改。")
    assert post_bodies(text)["中梁镇党委原书记"] == ("中梁镇党委", "500106112")


def test_a_membership_before_or_after_a_name_is_no_obstacle() -> None:
    assert ("康立平", "张家沟村党支部书记") in holds("二十大代表康立平是河南鹤壁市鹤山区张家沟村党支部书记。")
    text = "河北秦皇岛东经路社区，社区党委书记、全国人大代表李丹红回到社区。"
    assert ("李丹红", "社区党委书记") in holds(text)
    # the membership itself is no POST
    assert "全国人大代表" not in [e.text for e in full_pipeline()(text).ents if e.label_ == "POST"]


def test_a_school_named_with_its_county_after_the_province(nlp: Any) -> None:
    text = "我们来认识贵州望谟县实验高中党总支副书记、副校长刘立祥。"
    assert ents(nlp, text, "REGION") == ["贵州"]  # (望谟县 opens the school's name)
    assert post_bodies(text)["副校长"][0] == "望谟县实验高中"
    # a company whose name opens with a word that is no place inside the province keeps its name
    assert post_bodies("宁夏龙江清洁能源有限公司法定代表人张立东被查。")["法定代表人"][0] == "宁夏龙江清洁能源有限公司"


def test_congresses_and_sessions_by_their_short_names(nlp: Any) -> None:
    text = "大家一起学习二十大报告，领悟二十大精神。两会结束后，代表们落实两会精神。"
    assert ents(nlp, text, "MEETING") == ["二十大", "二十大", "两会", "两会"]
    assert ents(nlp, "第二十大队出发。全国十大杰出青年揭晓。", "MEETING") == []
    # a meeting inside a series' or document's title is no mention (《二十大代表风采》)
    assert ents(nlp, "今天的《二十大代表风采》，我们来认识他。", "MEETING") == []


# ------------------------------------------------------- rules found with xwlb28
def test_a_village_opening_with_duan_after_its_county_is_no_route_section(nlp: Any) -> None:
    assert ents(nlp, "在山西代县段家湾村，村民有事先找村支书。", "REGION") == ["山西", "代县"]
    # a section of a route after a place stays one (合肥至武汉段)
    assert ents(nlp, "合肥至武汉段已经通车。", "REGION") == ["合肥", "武汉"]


def test_coming_back_to_the_village_to_take_up_a_title() -> None:
    text = "裴春明是河南省辉县市裴寨村党支部书记。2005年，在外做生意的裴春明回村当村委会主任。"
    assert ("裴春明", "村委会主任") in holds(text)


def test_an_institute_of_a_national_administration_is_its_sub_unit(nlp: Any) -> None:
    text = "国家林业和草原局林草调查规划院原副院长唐小明等人违规收受礼品。"
    assert ents(nlp, text, "POST") == ["国家林业和草原局林草调查规划院原副院长"]
    assert post_bodies(text)["国家林业和草原局林草调查规划院原副院长"][0] == "国家林业和草原局林草调查规划院"


# ------------------------------------------------------- rules found with xwlb29
def test_a_prefecture_committee_as_it_was_called(nlp: Any) -> None:
    text = "时任宁德地委书记的王建国同志提出了新思路。"
    assert ents(nlp, text, "POST") == ["宁德地委书记"]
    assert post_bodies(text)["宁德地委书记"] == ("宁德地委", "3509")
    assert ents(nlp, "他曾任宁德地区行署专员。", "POST") == ["宁德地区行署专员"]
    # 地委 after no city is none (各地委托)
    assert ents(nlp, "各地委托第三方评估。", "POST") == []


def test_a_bank_named_after_its_city_holds_no_region(nlp: Any) -> None:
    assert ents(nlp, "今年以来，厦门国际银行持续升级金融产品。", "REGION") == []
    assert ents(nlp, "在厦门，银行很多。", "REGION") == ["厦门"]


def test_the_chair_who_speaks_in_the_next_sentence_as_he_or_she() -> None:
    doc = full_pipeline()("某某座谈会12日在京召开，省政协主席王立新主持会议。他表示，要抓好落实。")
    speakers = [(doc.ents[r.head].text, doc.ents[r.tail].text) for r in doc._.relations if r.type == "speaker"]
    assert ("某某座谈会", "王立新") in speakers
    # a name between: the pronoun is not the chair
    doc = full_pipeline()("某某座谈会12日在京召开，省政协主席王立新主持会议。张建华发言后，他表示赞同。")
    speakers = [(doc.ents[r.head].text, doc.ents[r.tail].text) for r in doc._.relations if r.type == "speaker"]
    assert ("某某座谈会", "王立新") not in speakers


def test_solar_terms_and_decades_in_words(nlp: Any) -> None:
    text = "立春刚过，各地开工。上世纪八九十年代，这里很穷。九十年代初，他来到这里。"
    assert ents(nlp, text, "DATE") == ["立春", "上世纪八九十年代", "九十年代初"]
    assert ents(nlp, "他站在立春风里。", "DATE") == []
