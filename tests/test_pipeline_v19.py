"""Examples for the rules added in the eighteenth session (made up for the tests, none taken from the gold texts):
campaign v36–v41, post v33–v38, org v25–v28, meeting v38–v43, person v23–v24 and the unversioned relation rules."""

from __future__ import annotations

from typing import Any

import pytest

from rule_docs import campaign_relations, dated, ents, full_pipeline, holds, post_bodies, relations, rules_pipeline


@pytest.fixture(scope="module")
def nlp() -> Any:
    return rules_pipeline()


# ------------------------------------------------------------------ campaigns (campaign v36–v40)
def test_a_fields_system_reform_after_its_verb(nlp: Any) -> None:
    text = "要深化电力体制改革，加快构建新型电力系统。要深化油气储备体制改革，发挥好作用。"
    assert ents(nlp, text, "CAMPAIGN") == ["电力体制改革", "油气储备体制改革"]
    assert ents(nlp, "要进一步深化石油天然气市场体系改革，加强监管。", "CAMPAIGN") == ["石油天然气市场体系改革"]
    # (the reform of a whole sphere is no programme)
    assert ents(nlp, "推进经济体制改革，深化行政体制改革，参与全球治理体系改革。", "CAMPAIGN") == []


def test_a_verb_opened_slogan_with_its_kind_and_a_long_publicity_drive(nlp: Any) -> None:
    text = "某市开展“把论文写在田野大地上”网络主题宣传活动。"
    assert ents(nlp, text, "CAMPAIGN") == ["“把论文写在田野大地上”网络主题宣传活动"]
    # (a quoted clause opened by a verb alone stays none)
    assert ents(nlp, "关键在于“通过财税改革”增强活力。", "CAMPAIGN") == []


def test_the_western_corridor_is_a_route_its_building_a_programme(nlp: Any) -> None:
    assert ents(nlp, "货物沿西部陆海新通道运往东南亚。", "CAMPAIGN") == []
    assert ents(nlp, "某省大力推进西部陆海新通道建设。", "CAMPAIGN") == ["西部陆海新通道建设"]


def test_a_programme_named_after_its_verb_and_its_year(nlp: Any) -> None:
    text = "日前，某部等五部门联合启动2026年夏粮收购市场秩序专项整治行动，严查压级压价。"
    assert ents(nlp, text, "CAMPAIGN") == ["夏粮收购市场秩序专项整治行动"]
    assert "2026年" in ents(nlp, text, "DATE")


def test_a_started_programme_opening_with_a_number_or_latin_letters(nlp: Any) -> None:
    assert ents(nlp, "某部日前启动5G应用场景深化拓展专项行动，将组织试点。", "CAMPAIGN") == ["5G应用场景深化拓展专项行动"]


def test_no_verb_in_the_field_before_a_quoted_programme(nlp: Any) -> None:
    assert ents(nlp, "某市开展量子信息“百家场景”行动。", "CAMPAIGN") == ["量子信息“百家场景”行动"]


def test_a_coded_quoted_name_after_its_duration_and_again_in_the_headline(nlp: Any) -> None:
    text = ("“碧波2026”东海海域联合巡航执法行动启动\n今天，甲、乙两地海事部门共同启动了为期五天的“碧波2026”东海海域联合"
            "巡航执法行动。")
    assert ents(nlp, text, "CAMPAIGN") == ["“碧波2026”东海海域联合巡航执法行动"] * 2


def test_a_code_names_place_is_none_and_joint_starters_are_counted_before_gongtong() -> None:
    text = "今天，天津、辽宁、河北三地海事部门在渤海海域共同启动了为期三天的“海安2026”渤海海域联合巡航执法行动。"
    rels = campaign_relations(text)
    launchers = {r[2] for r in rels if r[0] == "launched_by"}
    assert launchers == {"天津", "辽宁", "河北"}
    regions = {r[2] for r in rels if r[0] == "campaign_region"}
    assert regions == {"12", "21", "13"}  # (not 海安, Jiangsu's city, read out of the code name)


def test_urban_renewal_by_name_and_no_counted_things_after_a_verb(nlp: Any) -> None:
    assert ents(nlp, "城市更新行动，让群众住得更好。", "CAMPAIGN") == ["城市更新行动"]
    assert ents(nlp, "上游各省推进实施一批重点工程，筑牢屏障。", "CAMPAIGN") == []
    # (重点 may open a name)
    assert ents(nlp, "某省启动重点产业链提质行动。", "CAMPAIGN") == ["重点产业链提质行动"]


def test_named_national_programmes_and_a_numbered_census(nlp: Any) -> None:
    text = "今年，种业振兴行动扎实推进。特岗计划扶持中西部农村学校。第五次全国经济普查基本完成。"
    assert ents(nlp, text, "CAMPAIGN") == ["种业振兴行动", "特岗计划", "第五次全国经济普查"]


def test_an_organiser_before_a_year_opened_name() -> None:
    text = "由中央网信办、教育部联合主办的2026“青春建功在基层”网络主题宣传活动在某市启动。"
    launchers = {r[2] for r in campaign_relations(text) if r[0] == "launched_by"}
    assert launchers == {"中央网信办", "教育部"}  # (the bodies named as organisers)
    assert "“青春建功在基层”网络主题宣传活动" in ents(full_pipeline(), text, "CAMPAIGN")


# ------------------------------------------------------------------ titles and names (post v33–v36, person v23–v24)
def test_company_chairmen_and_presidents_after_their_company() -> None:
    text = "会上，某某体育用品集团有限公司董事局主席王立国，德国某某（中国）投资有限公司总裁李明华，香港某某集团主席赵一鸣先后发言。"
    posts = ents(full_pipeline(), text, "POST")
    assert posts == ["董事局主席", "总裁", "主席"]
    bodies = post_bodies(text)
    assert bodies["董事局主席"][0] == "某某体育用品集团有限公司"
    assert bodies["总裁"][0] == "德国某某(中国)投资有限公司"


def test_a_sessions_spokesman(nlp: Any) -> None:
    text = "中国共产党第二十一次全国代表大会新闻发言人王立国今天举行新闻发布会。"
    assert ents(nlp, text, "POST") == ["中国共产党第二十一次全国代表大会新闻发言人"]
    assert post_bodies(text)["中国共产党第二十一次全国代表大会新闻发言人"][0] == "中国共产党第二十一次全国代表大会"
    text = "全国政协十五届二次会议新闻发言人李明华介绍议程。"
    assert post_bodies(text)["全国政协十五届二次会议新闻发言人"][0] == "政协第十五届全国委员会第二次会议"


def test_foreign_chamber_heads_and_the_next_title_after_he() -> None:
    text = "应俄罗斯联邦委员会主席安德烈耶娃和国家杜马主席谢苗诺夫邀请，某某访问俄罗斯。"
    bodies = post_bodies(text)
    assert bodies["联邦委员会主席"][0] == "俄罗斯联邦委员会"
    assert bodies["国家杜马主席"][0] == "俄罗斯国家杜马"
    assert ("谢苗诺夫", "国家杜马主席") in holds(text)


def test_a_foreign_heads_name_before_the_title_whatever_follows() -> None:
    text = "王立国访问俄罗斯。他说，在两国元首和普京总统战略引领下，合作成果丰硕。"
    assert ("普京", "总统") in holds(text)
    # (no pronoun, verb or country read as a name; 同意 is no 同)
    assert holds("双方同意落实某国总统达成的共识。") == []
    assert not [h for h in holds("他说，我期待同阿里夫总统再次会面。") if h[0] != "阿里夫"]


def test_a_foreign_name_found_again_after_a_pause() -> None:
    text = "王立国同泰国总理巴育举行会谈。王立国抵达时，巴育热情迎接。王立国和巴育共同见证签约。"
    assert ents(full_pipeline(), text, "PERSON").count("巴育") == 3


def test_a_head_of_government_listed_after_a_foreign_head_of_state() -> None:
    text = "王立国访问某国，分别会见新加坡总统哈桑、总理陈文龙、副总理林志强、国务资政吴国华。"
    bodies = {b for b, _ in post_bodies(text).values()}
    assert "国务院" not in bodies
    assert ("陈文龙", "总理") in holds(text) and ("吴国华", "国务资政") in holds(text)


def test_an_associations_officer_elected_at_its_congress() -> None:
    text = "中国某某促进会九届一次理事大会11日在京召开。王立国出席会议并当选会长。李明华当选为执行副会长。"
    assert ("王立国", "会长") in holds(text) and ("李明华", "执行副会长") in holds(text)
    assert post_bodies(text)["会长"][0] == "中国某某促进会"
    assert "中国某某促进会九届一次理事大会" in ents(full_pipeline(), text, "MEETING")


def test_deputies_named_after_their_unit_and_names_before_going_back() -> None:
    text = "会上，来自海军的丁立春代表、来自陆军的郑明代表依次发言。"
    assert ents(full_pipeline(), text, "PERSON") == ["丁立春", "郑明"]
    assert ents(full_pipeline(), "两会结束后，全国政协委员兰芳回到学校。", "PERSON") == ["兰芳"]


# ------------------------------------------------------------------ bodies and regions (org v25–v28)
def test_routes_listed_by_their_ends_have_no_regions(nlp: Any) -> None:
    text = "今年以来，陇东—山东、哈密—重庆等特高压直流工程投运，大同—天津南、烟台—威海特高压交流开工建设。"
    assert ents(nlp, text, "REGION") == []


def test_customs_districts(nlp: Any) -> None:
    text = "经广州海关监管的货物增长。记者从拱北海关了解到。"
    assert ents(nlp, text, "ORG") == ["广州海关", "拱北海关"]
    assert ents(nlp, text, "REGION") == []
    assert "山海关" not in "".join(ents(nlp, "武汉市江岸区山海关路是一条老街。", "ORG"))
    assert ents(nlp, "大连海关原党委书记王立国接受审查。", "POST") == ["大连海关原党委书记"]


def test_the_npcs_committees_by_their_full_names(nlp: Any) -> None:
    text = ("全国人大财政经济委员会主任委员王立国向会议作了报告。财政经济委员会建议批准计划。"
            "酝酿了宪法和法律委员会、财政经济委员会主任委员、副主任委员的人选。")
    orgs = ents(nlp, text, "ORG")
    assert orgs.count("财政经济委员会") == 2 and "宪法和法律委员会" in orgs
    assert "财政经济委员会主任委员" not in ents(nlp, text, "POST")  # (no name follows: the committee)


def test_a_county_short_form_opening_a_villages_name(nlp: Any) -> None:
    text = "全国人大代表、四川眉山永丰村党委书记李立华来到田间。"
    assert ents(nlp, text, "REGION") == ["四川", "眉山"]
    assert post_bodies(text)["永丰村党委书记"][1] == "5114"


def test_the_politburo_and_its_standing_committee(nlp: Any) -> None:
    assert ents(nlp, "中共中央政治局4月28日召开会议。", "ORG") == ["中共中央政治局"]
    assert ents(nlp, "中共中央政治局常务委员会1月8日召开会议。", "ORG") == ["中共中央政治局常务委员会"]
    assert ents(nlp, "中共中央政治局会议审议了文件。", "ORG") == []


def test_no_place_opening_a_bay_and_no_county_across_fuxing_he(nlp: Any) -> None:
    assert ents(nlp, "海事部门对莱州湾、胶州湾进行巡航。", "REGION") == []
    assert ents(nlp, "粤港澳大湾区建设提速。", "REGION") == []
    text = "内蒙古各地积极作为。这是事关民族复兴和永续发展的大事。"
    assert ents(nlp, text, "REGION") == ["内蒙古"]


def test_a_provinces_one_character_name_before_chairing(nlp: Any) -> None:
    assert ents(nlp, "国务院总理王立国1日在京以视频方式主持会议。", "REGION") == ["京"]


# ------------------------------------------------------------------ meetings (meeting v38–v41)
def test_a_numbered_meeting_after_its_verb(nlp: Any) -> None:
    text = "某某会议主席团10日上午在北京人民大会堂举行第三次会议。主席团常务主席王立国主持会议。"
    assert "第三次会议" in ents(nlp, text, "MEETING")
    assert ("第三次会议", "王立国") in relations(text, "chaired_by")
    # (right after the presidium's name the composite name stands)
    assert "第三次会议" not in ents(nlp, "某选举会议主席团举行第三次会议。", "MEETING")


def test_expos_with_their_edition(nlp: Any) -> None:
    assert ents(nlp, "第140届广交会今天开幕。", "MEETING") == ["第140届广交会"]
    assert ents(nlp, "第15届中国国际专利技术与产品交易会在大连开幕。", "MEETING") == ["第15届中国国际专利技术与产品交易会"]
    text = "10时许，王立国宣布第六届中国国际消费品博览会开幕。"
    assert ents(nlp, text, "MEETING") == ["第六届中国国际消费品博览会"]
    assert ents(full_pipeline(), text, "PERSON") == ["王立国"]


def test_a_forums_summit_and_ministerial_conference(nlp: Any) -> None:
    text = "2027年中非合作论坛峰会将在某地举行。在中非合作论坛第九届部长级会议上，王立国宣布了举措。"
    assert ents(nlp, text, "MEETING") == ["2027年中非合作论坛峰会", "中非合作论坛第九届部长级会议"]
    assert ents(nlp, text, "POST") == []


def test_a_party_wide_educations_summing_up_meeting_and_a_spirit_pushed(nlp: Any) -> None:
    text = "某某主题教育第一批总结暨第二批部署会议5日在京召开。"
    assert ents(nlp, text, "MEETING") == ["某某主题教育第一批总结暨第二批部署会议"]
    assert ents(nlp, "要推进全军政治工作会议精神落地见效。", "MEETING") == ["全军政治工作会议"]


# ------------------------------------------------------------------ meeting relations
def test_a_counted_list_of_speakers() -> None:
    text = ("王立国主持召开企业家座谈会。座谈会上，某某集团有限公司董事长李明华，某某研究院院长赵一鸣，"
            "某某大学教授钱文军等3位代表先后发言。")
    speakers = {p for m, p in relations(text, "speaker") if m == "企业家座谈会"}
    assert {"李明华", "赵一鸣", "钱文军"} <= speakers


def test_attendees_of_an_opening_session_and_a_speaker_for_the_centre() -> None:
    text = ("中国某某联合会第十次全国代表大会11日在北京开幕。王立国出席开幕会，并代表中共中央、国务院致贺词。"
            "李明华、赵一鸣等出席开幕会。")
    speakers = relations(text, "speaker")
    attendees = {p for _, p in relations(text, "attendee")}
    assert ("中国某某联合会第十次全国代表大会", "王立国") in speakers
    assert {"王立国", "李明华", "赵一鸣"} <= attendees


def test_a_chaired_meeting_dated_to_a_day_is_the_reports_lead() -> None:
    text = "国务院总理王立国1日在京以视频方式主持某某组织理事会第二十二次会议。\n王立国表示，各方要加强合作。\n李明华、赵一鸣出席。"
    assert ("某某组织理事会第二十二次会议", "王立国") in dated(text, "speaker")
    assert {p for _, p in dated(text, "attendee")} == {"李明华", "赵一鸣"}
    # (without a day the chaired meeting may be a headline's, waiting for the text to hold it)
    assert relations(text, "speaker") == []


def test_no_meeting_congratulated_on_left_behind_or_of_the_activities_above() -> None:
    text = "王立国会见来访的某国总理。某国总理热烈祝贺中共二十大成功召开。李明华、赵一鸣等参加上述活动。"
    assert relations(text, "attendee") == []
    text = "8月26日，王立国在结束出席某某峰会回到国内后，在某地听取工作汇报。王立国强调，要团结稳定。"
    assert relations(text, "speaker") == []


def test_national_restoration_and_procurement_programmes_by_name(nlp: Any) -> None:
    text = "前两批共19个山水林田湖草沙一体化保护和修复工程项目进展顺利。推进药品集中带量采购。"
    assert ents(nlp, text, "CAMPAIGN") == ["山水林田湖草沙一体化保护和修复工程", "药品集中带量采购"]


def test_a_commendation_meeting_named_in_full_and_the_reform_commissions_short_name() -> None:
    text = "某某系统优秀共产党员、优秀党务工作者和先进基层党组织表彰大会7月3日在京召开。王立国出席会议并讲话。"
    assert ents(full_pipeline(), text, "MEETING")[0] == "某某系统优秀共产党员、优秀党务工作者和先进基层党组织表彰大会"
    assert ("某某系统优秀共产党员、优秀党务工作者和先进基层党组织表彰大会", "王立国") in relations(text, "speaker")
    assert ents(full_pipeline(), "从主持中央深改会议审议改革举措，到亲自部署。", "MEETING") == ["中央深改会议"]
    # (a commendation meeting only mentioned inside a clause is named by the older rules, not from the clause's head)
    assert "在全国民族团结进步表彰大会" not in "".join(ents(full_pipeline(), "他在全国民族团结进步表彰大会上讲话。", "MEETING"))


def test_a_compound_opening_with_chang_after_its_district_and_a_meeting_kept_to(nlp: Any) -> None:
    assert "黄浦区长" not in ents(nlp, "黄浦区长乐邨是优秀历史建筑。", "POST")
    assert ents(nlp, "黄浦区长王立国出席。", "POST") == ["黄浦区长"]
    assert ents(nlp, "紧扣政协常委会会议议题开展讨论。", "MEETING") == ["政协常委会会议"]


def test_a_notices_requirements_started_with_an_adverb_and_a_speech_after_conveying() -> None:
    text = ("中共中央办公厅、国务院办公厅近日印发《关于做好某某期间有关工作的通知》。\n"
            "《通知》要求，要关心困难群众，扎实开展治理欠薪冬季行动。")
    launchers = {r[2] for r in campaign_relations(text) if r[0] == "launched_by"}
    assert launchers == {"中共中央办公厅", "国务院办公厅"}
    # (全面实施 carries an existing programme on: the notice does not launch it)
    text2 = ("中共中央办公厅、国务院办公厅近日印发《关于某某的意见》。\n《意见》指出，要全面实施“技能强国行动”。")
    assert not [r for r in campaign_relations(text2) if r[0] == "launched_by"]
    text3 = "全国某某秘书长会议13日在京召开。中央办公厅主任王立国出席会议，传达重要指示并讲话。"
    assert ("全国某某秘书长会议", "王立国") in relations(text3, "speaker")


def test_no_verb_read_into_a_foreign_name_that_opens_its_sentence() -> None:
    text = "副主席会见某国某市市长杜兰。希望杜兰市长此访推动两市合作。"
    assert holds(text).count(("杜兰", "市长")) == 1
    assert "希望杜兰" not in ents(full_pipeline(), text, "PERSON")
