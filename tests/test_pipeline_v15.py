"""Examples for the rules added in the thirteenth session (made up for the tests, none taken from the gold texts):
org v14, campaign v14, meeting v14, date v12, person v13 and the campaign relations that came with them."""

from __future__ import annotations

from typing import Any

import pytest

from kg.pipeline.gazetteer import gazetteer
from rule_docs import campaign_relations, ents, full_pipeline, relations, rules_pipeline


@pytest.fixture(scope="module")
def nlp() -> Any:
    return rules_pipeline()


# ------------------------------------------------------------------ regions (org v14)
def test_a_dropped_short_form_after_its_province_is_the_county(nlp: Any) -> None:
    # 兴国县's short form is a common word (振兴国家): the table drops it, but after 江西 it is the county
    assert ents(nlp, "干部群众在江西兴国、福建长汀等地开展纪念活动。", "REGION")[:2] == ["江西", "兴国"]
    assert "恩施" in ents(nlp, "记者来到湖北恩施一带，村民正在采茶。", "REGION")
    assert "华容" in ents(nlp, "洪水过后，湖南华容三个乡镇全面恢复生产。", "REGION")


def test_a_dropped_short_form_needs_its_division_above_and_a_place_after(nlp: Any) -> None:
    assert "振兴" not in ents(nlp, "他表示，辽宁振兴首先要靠改革。", "REGION")  # (丹东's 振兴区: a verb here)
    assert "兴国" not in ents(nlp, "科技兴国、人才强国。", "REGION")  # no division above it before it
    assert "兴国" not in ents(nlp, "浙江兴国，要靠实干。", "REGION")  # 兴国县 is in Jiangxi, not Zhejiang


def test_the_dropped_short_form_is_looked_up_but_not_scanned() -> None:
    gz = gazetteer()
    assert gz.lookup("兴国") == [] and gz.weak_division("兴国", "江西").code == "360732"
    assert list(gz.finditer("在江西兴国、")) == [(1, 3, "江西")]  # (only the rules' scan reads it)
    assert list(gz.finditer("在江西兴国、", weak_shorts=True)) == [(1, 3, "江西"), (3, 5, "兴国")]


def test_a_place_before_a_memorial_named_after_a_wider_area_stays(nlp: Any) -> None:
    found = ents(nlp, "人们来到河南郑州中原英烈纪念馆和吉林通化东北抗日联军纪念馆缅怀先烈。", "REGION")
    assert {"郑州", "通化"} <= set(found)
    # a cemetery named after its own city keeps the city inside its name
    assert "兰州" not in ents(nlp, "人们来到甘肃兰州烈士陵园缅怀先烈。", "REGION")


def test_the_military_commissions_departments_and_the_civilisation_office_are_bodies(nlp: Any) -> None:
    found = ents(nlp, "中央文明办、中央军委政治工作部、中央军委联合参谋部负责同志出席。", "ORG")
    assert found == ["中央文明办", "中央军委政治工作部", "中央军委联合参谋部"]
    assert ents(nlp, "中央军委印发通知。", "ORG") == ["中央军委"]


# ------------------------------------------------------------------ persons (person v13)
def test_no_name_starting_inside_an_idiom() -> None:
    doc = full_pipeline()("多年来，张老汉的故事在村里家喻户晓，大家都很敬重他。")
    assert "喻户晓" not in [e.text for e in doc.ents]


def test_no_name_ending_on_a_memorials_first_character() -> None:
    doc = full_pipeline()("社会各界人士来到新四军某某连纪念园，祭奠革命英烈。")
    assert not any(e.label_ == "PERSON" and e.text.endswith("纪") for e in doc.ents)


# ------------------------------------------------------------------ meetings (meeting v14)
def test_a_quoted_title_with_a_subtitle_names_the_meeting(nlp: Any) -> None:
    text = "“让精神代代相传——纪念王某某同志诞辰一百周年”座谈会3日在省城召开。"
    assert ents(nlp, text, "MEETING") == ["“让精神代代相传——纪念王某某同志诞辰一百周年”座谈会"]
    assert "王某某" not in ents(nlp, text, "PERSON")


def test_a_quoted_title_without_a_meeting_after_it_names_none(nlp: Any) -> None:
    assert ents(nlp, "他写下“让精神代代相传——纪念一位老党员”一文。", "MEETING") == []


# ------------------------------------------------------------------ dates (date v12)
def test_a_years_end_written_with_nian_twice(nlp: Any) -> None:
    assert ents(nlp, "2002年年底，他到任后深入调研。", "DATE") == ["2002年年底"]
    assert ents(nlp, "力争2026年年初全面完工。", "DATE") == ["2026年年初"]


def test_the_start_of_this_century_is_a_date(nlp: Any) -> None:
    assert ents(nlp, "本世纪初，这里还是一片荒滩。", "DATE") == ["本世纪初"]
    assert ents(nlp, "本世纪以来，城市面貌变化很大。", "DATE") == []


# ------------------------------------------------------------------ campaigns (campaign v14)
def test_a_quoted_programme_counted_from_its_start(nlp: Any) -> None:
    assert ents(nlp, "“切实解决执行难”开展以来，全省法院办结积案三千件。", "CAMPAIGN") == ["“切实解决执行难”"]
    assert ents(nlp, "他说：“人家有困难”。大家都笑了。", "CAMPAIGN") == []


def test_a_regional_strategy_with_a_degree_inside_its_name() -> None:
    doc = full_pipeline()("全力推动长三角更高质量一体化发展，为本市发展拓展新空间。")
    camps = [e for e in doc.ents if e.label_ == "CAMPAIGN"]
    assert [e.text for e in camps] == ["长三角更高质量一体化发展"]
    assert camps[0]._.kg["name"] == "长三角一体化发展"


def test_the_learn_from_lei_feng_campaign_and_the_mountain_sea_cooperation(nlp: Any) -> None:
    assert ents(nlp, "各地深入开展学雷锋活动。", "CAMPAIGN") == ["学雷锋活动"]
    assert "雷锋" not in ents(nlp, "各地深入开展学雷锋活动。", "PERSON")
    assert ents(nlp, "开展学雷锋志愿服务活动。", "CAMPAIGN") == []  # (the volunteer work, no campaign)
    assert ents(nlp, "某省打造山海协作升级版。", "CAMPAIGN") == ["山海协作"]


# ------------------------------------------------------------------ campaign relations
def test_a_persons_decision_to_carry_out_a_programme() -> None:
    rels = campaign_relations("2005年，张建国同志经过深入调研，做出了实施“百村示范工程”的重大决策。")
    assert ("promoted_by", "“百村示范工程”", "张建国") in rels


def test_a_programme_said_to_be_a_persons_decision_made_in_person() -> None:
    rels = campaign_relations("“百村示范工程”是张建国同志在某省工作期间亲自谋划、亲自推动的一项重大决策。")
    assert ("promoted_by", "“百村示范工程”", "张建国") in rels
    # a person only cited after 是 does not decide it
    rels = campaign_relations("“百村示范工程”是张建国同志最关心的事情。")
    assert not any(r[0] == "promoted_by" for r in rels)


def test_a_body_listed_after_bodies_that_are_no_org_launches() -> None:
    text = "清明节期间，共青团中央、全国少工委、退役军人事务部组织开展“清明祭英烈”主题纪念活动。"
    assert ("“清明祭英烈”主题纪念活动", "退役军人事务部") in relations(text, "launched_by")


# ------------------------------------------------------------------ from xwlb55 (meeting v15, person v14, post v15,
# org v15, campaign v15, date v13)
def _meeting_rel(text: str, kind: str) -> list[tuple[str, str]]:
    doc = full_pipeline()(text)
    return [(doc.ents[r.head].text, doc.ents[r.tail].text) for r in doc._.relations if r.type == kind and r.tail >= 0]


def test_a_seminar_is_a_meeting(nlp: Any) -> None:
    assert ents(nlp, "王某某生平和思想研讨会17日在省城举行。", "MEETING") == ["王某某生平和思想研讨会"]
    assert "王某某" not in ents(nlp, "王某某生平和思想研讨会17日在省城举行。", "PERSON")
    assert ents(nlp, "他参加了研讨会。", "MEETING") == []  # (a bare kind of meeting names none)


def test_the_last_name_of_a_list_runs_on_into_its_verb() -> None:
    # 信 is a weak surname: read only where the list of names and the verb after it make it a name
    nlp = full_pipeline()
    assert "信长星" in ents(nlp, "会议由张国强主持，王建军、刘志华、信长星先后发言。", "PERSON")
    assert "信息化" not in ents(nlp, "王建军、刘志华、信息化先后发言。", "PERSON")


def test_a_standing_committee_of_the_cppcc_is_a_body_not_a_title(nlp: Any) -> None:
    text = "全国政协常委会组成人员要深入学习。政协常委会组成人员将分组讨论。"
    assert ents(nlp, text, "ORG") == ["全国政协常委会", "政协常委会"]
    assert ents(nlp, text, "POST") == []
    assert "县委常委" in ents(nlp, "县委常委、副县长王某出席。", "POST")


def test_attending_and_reporting_makes_a_speaker() -> None:
    text = "全省科技工作会议4日在省城开幕。副省长李大明应邀出席会议并作报告。"
    assert ("全省科技工作会议", "李大明") in _meeting_rel(text, "speaker")
    assert ("全省科技工作会议", "李大明") in _meeting_rel(text, "attendee")


def test_the_chairs_words_in_his_chairing_speech() -> None:
    text = "全省科技工作会议4日在省城开幕。省长王小红主持会议。王小红在主持讲话中表示，要抓好落实。"
    assert ("全省科技工作会议", "王小红") in _meeting_rel(text, "speaker")


def test_names_after_a_comma_and_a_title_speak_with_the_list() -> None:
    text = ("全省科技工作会议4日在省城举行。省长王小红主持会议。副省长李大明、赵小兵，省政协副主席钱大海作交流发言。")
    speakers = {b for a, b in _meeting_rel(text, "speaker")}
    assert {"李大明", "赵小兵", "钱大海"} <= speakers


def test_a_lexicon_programme_written_verb_first_or_without_quan_guo() -> None:
    doc = full_pipeline()("要加快建设全国统一大市场，确保统一大市场建设一步一个脚印向前推进。")
    camps = [(e.text, e._.kg["name"]) for e in doc.ents if e.label_ == "CAMPAIGN"]
    assert camps == [("建设全国统一大市场", "全国统一大市场建设"), ("统一大市场建设", "全国统一大市场建设")]


def test_a_lexicon_programme_verb_first_before_a_goals_noun_is_none(nlp: Any) -> None:
    assert ents(nlp, "加快建设粤港澳大湾区国际科技创新中心。", "CAMPAIGN") == []


def test_national_water_transfer_projects(nlp: Any) -> None:
    assert ents(nlp, "截至目前，引江补汉工程主隧洞掘进已超过14公里。", "CAMPAIGN") == ["引江补汉工程"]


def test_a_month_on_its_own(nlp: Any) -> None:
    assert ents(nlp, "某水利枢纽工程9月实现下闸蓄水。", "DATE") == ["9月"]
    assert ents(nlp, "省人大会议将于3月召开。", "DATE") == ["3月"]
    assert ents(nlp, "某市优化流程，4月启动预拨机制。", "DATE") == ["4月"]
    assert ents(nlp, "金秋十月，田野一派丰收景象。", "DATE") == ["十月"]
    assert ents(nlp, "全县共有12个月饼厂。", "DATE") == []


# ------------------------------------------------------------------ from xwlb56 (meeting v16, campaign v16, date v14)
def test_an_event_named_with_its_edition_or_year_is_a_meeting(nlp: Any) -> None:
    assert ents(nlp, "副省长出席第三届某某国际茶叶博览会开幕式。", "MEETING") == ["第三届某某国际茶叶博览会"]
    assert ents(nlp, "2024年某某数字经济论坛在省城举行。", "MEETING") == ["2024年某某数字经济论坛"]
    # a fair named without its edition or year is not one (the sets differ there; the edition makes it an event)
    assert ents(nlp, "刚刚结束的某某预制菜国际博览会达成项目20个。", "MEETING") == []


def test_a_launch_ceremony_is_a_meeting(nlp: Any) -> None:
    assert ents(nlp, "2024年全省科技活动周启动式18日在省城举办。", "MEETING") == ["2024年全省科技活动周启动式"]


def test_attending_an_events_opening_ceremony() -> None:
    text = "省长王小红4日在省城出席第三届某某国际茶叶博览会开幕式。副省长李大明主持开幕式。"
    assert ("第三届某某国际茶叶博览会", "王小红") in _meeting_rel(text, "attendee")
    assert ("第三届某某国际茶叶博览会", "李大明") in _meeting_rel(text, "chaired_by")
    text = "2024年全省科技活动周启动式18日在省城举办。副省长李大明出席启动式。"
    assert ("2024年全省科技活动周启动式", "李大明") in _meeting_rel(text, "attendee")


def test_a_quoted_name_opening_a_longer_drive_after_its_launching_verb(nlp: Any) -> None:
    text = "省工商联深入开展“千企万岗”民企高校携手促就业行动，组织企业举办招聘会。"
    assert ents(nlp, text, "CAMPAIGN") == ["“千企万岗”民企高校携手促就业行动"]
    # (not without the verb that launches it)
    assert ents(nlp, "“千企万岗”民企高校携手促就业行动取得成效。", "CAMPAIGN") != ["“千企万岗”民企高校携手促就业行动"]


def test_a_quoted_drive_named_with_its_class_or_year(nlp: Any) -> None:
    text = "省教育厅部署各高校开展“2027届高校毕业生就业促进行动”，持续发力。"
    assert ents(nlp, text, "CAMPAIGN") == ["“2027届高校毕业生就业促进行动”"]


def test_a_range_of_days_written_without_ri_after_the_first(nlp: Any) -> None:
    assert ents(nlp, "活动周于5月20至31日在全省各地举办。", "DATE") == ["5月20至31日"]


# ------------------------------------------------------------------ from xwlb57 (post v16, org v16, person v15,
# campaign v17)
def test_the_first_edition_of_an_event(nlp: Any) -> None:
    assert ents(nlp, "首届某某文化高峰论坛7日在省城开幕。", "MEETING") == ["首届某某文化高峰论坛"]


def test_attending_and_giving_a_keynote_makes_a_speaker() -> None:
    text = "首届某某文化高峰论坛7日在省城开幕。省委宣传部部长王小红出席并发表主旨演讲。"
    assert ("首届某某文化高峰论坛", "王小红") in _meeting_rel(text, "speaker")
    assert ("首届某某文化高峰论坛", "王小红") in _meeting_rel(text, "attendee")


def test_no_name_before_the_fund_named_after_it() -> None:
    assert ents(full_pipeline(), "今年是何梁何利基金成立30周年。", "PERSON") == []


def test_the_general_secretary_of_the_central_committee_and_two_titles_taken_up() -> None:
    text = "会议选举产生了新一届领导集体，王大明同志继续担任中央委员会总书记和中央军委主席。"
    assert {("王大明", "中央委员会总书记"), ("王大明", "中央军委主席")} <= set(_holds(text))


def test_bodies_after_each_and_their_levels_are_a_group(nlp: Any) -> None:
    assert ents(nlp, "中央宣传文化单位、各省区市党委宣传部负责同志参加论坛。", "ORG") == []
    assert ents(nlp, "市委宣传部召开会议。", "ORG") == ["市委宣传部"]


def test_building_a_region_into_a_goal_is_no_programme(nlp: Any) -> None:
    assert ents(nlp, "为把粤港澳大湾区建设成为高质量发展的示范地贡献力量。", "CAMPAIGN") == []
    assert ents(nlp, "推进粤港澳大湾区建设成效显著。", "CAMPAIGN") == ["粤港澳大湾区建设"]


def test_a_strategys_name_opening_its_goal_is_no_campaign(nlp: Any) -> None:
    assert ents(nlp, "锚定2035年建成科技强国战略目标。", "CAMPAIGN") == []
    assert ents(nlp, "深入实施科教兴国战略。", "CAMPAIGN") == ["科教兴国战略"]


def _holds(text: str) -> list[tuple[str, str]]:
    doc = full_pipeline()(text)
    return [(doc.ents[r.head].text, doc.ents[r.tail].text) for r in doc._.relations if r.type == "holds"]


# ------------------------------------------------------------------ from xwlb58 (meeting v17, campaign v18)
def test_a_meeting_named_by_the_study_it_holds(nlp: Any) -> None:
    text = "学习贯彻某某同志关于加强基层治理的重要思想座谈会14日在省城举行。省长王小红出席会议并讲话。"
    assert ents(nlp, text, "MEETING") == ["学习贯彻某某同志关于加强基层治理的重要思想座谈会"]
    text = "省政协委员读书群学习宣传贯彻全会精神交流会24日召开。"
    assert ents(nlp, text, "MEETING") == ["省政协委员读书群学习宣传贯彻全会精神交流会"]
    # (not inside a sentence: 要认真学习贯彻某某会议精神 names the meeting only)
    assert ents(nlp, "会议要求，要认真学习贯彻全省工作会议精神。", "MEETING") == ["全省工作会议"]


def test_annual_meetings_and_numbered_summits() -> None:
    text = "副总理李大明在上海出席某某开发银行第九届理事会年会开幕式并致辞。"
    assert ("某某开发银行第九届理事会年会", "李大明") in _meeting_rel(text, "speaker")
    assert ents(rules_pipeline(), "他在某某国家领导人第十五次会晤上发表讲话。", "MEETING") == ["某某国家领导人第十五次会晤"]
    assert ents(rules_pipeline(), "2025某某文化论坛在省城开幕。", "MEETING") == ["2025某某文化论坛"]


def test_no_campaign_inside_a_broadcast_series_title(nlp: Any) -> None:
    text = "今天的《共建“一带一路”·权威访谈》，来看记者的专访。共建“一带一路”倡议提出十年来，某市积极推动。"
    assert ents(nlp, text, "CAMPAIGN") == ["“一带一路”"]
    assert text.index("“一带一路”", 10) == [e for e in nlp(text).ents if e.label_ == "CAMPAIGN"][0].start_char


def test_the_states_constitutional_systems_are_no_campaigns(nlp: Any) -> None:
    assert ents(nlp, "要把人民代表大会制度坚持好完善好运行好。", "CAMPAIGN") == []


def test_reading_a_letter_and_giving_a_keynote_makes_a_speaker_not_the_letters_author() -> None:
    text = ("首届某某文化论坛7日在省城开幕。王大明发来贺信，表示热烈祝贺。王大明在贺信中指出，要推动文化繁荣。"
            "主论坛上，省委宣传部部长李小红宣读了王大明的贺信并发表主旨演讲。")
    speakers = {b for a, b in _meeting_rel(text, "speaker")}
    assert "李小红" in speakers and "王大明" not in speakers


def test_the_general_secretary_of_the_central_committee_belongs_to_the_party_centre() -> None:
    doc = full_pipeline()("王大明同志继续担任中央委员会总书记。")
    assert [r.value for r in doc._.relations if r.type == "post_body"] == ["中共中央"]


# ------------------------------------------------------------------ from xwlb59 (meeting v18, person v16)
def test_a_democratic_partys_congress_by_its_short_name(nlp: Any) -> None:
    assert ents(nlp, "民盟十四大在京开幕。", "MEETING") == ["民盟十四大"]


def test_an_expo_by_its_short_name_not_its_hall(nlp: Any) -> None:
    assert ents(nlp, "今年，进博会国家展将全面恢复线下举办。", "MEETING") == ["进博会"]
    assert ents(nlp, "副省长巡视服贸会展馆。", "MEETING") == []


def test_a_years_general_assembly_of_a_federation(nlp: Any) -> None:
    text = "2026年某某工程组织联合会全体大会13日在省城开幕。"
    assert ents(nlp, text, "MEETING") == ["2026年某某工程组织联合会全体大会"]


def test_a_laws_anniversary_without_its_brackets(nlp: Any) -> None:
    text = "纪念某某自治条例法颁布实施30周年座谈会4日在省城召开。"
    assert ents(nlp, text, "MEETING") == ["纪念某某自治条例法颁布实施30周年座谈会"]


def test_a_weak_surname_name_after_a_title_before_a_pause() -> None:
    nlp = full_pipeline()
    assert "信长星" in ents(nlp, "来看记者对某省委书记信长星的专访。", "PERSON")
    assert "信长星" in ents(nlp, "某省委书记信长星，在会上作了讲话。", "PERSON")


# ------------------------------------------------------------------ person v17
def test_no_name_for_an_adverb_before_its_verb_after_a_title() -> None:
    nlp = full_pipeline()
    assert "郑重" not in ents(nlp, "两年前，王大明主席郑重提出一项倡议，得到热烈反响。", "PERSON")
    assert "严肃" not in ents(nlp, "县委书记严肃指出，要整改到位。", "PERSON")


# ------------------------------------------------------------------ from xwlb60 (meeting v19, campaign v19, org v17,
# post v17, date v15)
def test_a_programmes_anniversary_names_the_meeting(nlp: Any) -> None:
    text = "庆祝某某事业发起实施20周年座谈会14日在省城召开。"
    assert ents(nlp, text, "MEETING") == ["庆祝某某事业发起实施20周年座谈会"]


def test_events_with_brackets_or_a_dash_in_their_names_and_a_years_congress(nlp: Any) -> None:
    # (the Doc text is the normalised one: full-width brackets folded)
    assert ents(nlp, "第五届中国（某国）贸易博览会在当地开幕。", "MEETING") == ["第五届中国(某国)贸易博览会"]
    assert ents(nlp, "第九届中国—某洲企业家高峰会2日开幕。", "MEETING") == ["第九届中国—某洲企业家高峰会"]
    assert ents(nlp, "2026年中国网络文明大会28日在省城开幕。", "MEETING") == ["2026年中国网络文明大会"]


def test_no_drive_for_an_activity_with_its_verb_between(nlp: Any) -> None:
    assert ents(nlp, "多地组织企业包机“出海”开展商务活动，帮助企业开拓市场。", "CAMPAIGN") == []
    assert ents(nlp, "某县开展“双实”活动。", "CAMPAIGN") == ["“双实”活动"]


def test_the_guangcai_programme_and_the_civilisation_office(nlp: Any) -> None:
    assert ents(nlp, "民营企业积极投身光彩事业。", "CAMPAIGN") == ["光彩事业"]
    assert ents(nlp, "中央精神文明建设办公室负责同志出席。", "ORG") == ["中央精神文明建设办公室"]


def test_a_month_before_yilai_and_after_zai(nlp: Any) -> None:
    assert ents(nlp, "11月以来，某省开展系列活动。", "DATE") == ["11月"]
    assert ents(nlp, "他说，在10月召开的论坛上，各方达成共识。", "DATE") == ["10月"]


def test_an_unreadable_jieba_dictionary_leaves_the_idiom_and_adverb_filters_empty(monkeypatch: pytest.MonkeyPatch,
                                                                                 caplog: pytest.LogCaptureFixture) -> None:
    from kg.pipeline import components

    monkeypatch.setattr(components, "_jieba_dictionary", lambda: "/nonexistent/dict.txt")
    components._jieba_words.cache_clear()
    try:
        with caplog.at_level("WARNING", logger="kg"):
            assert components._idioms() == frozenset() and components._manner_words() == frozenset()
            assert not components._idiom_or_memorial_cut("名字家喻户晓。", 3, 6)  # (no idiom known: the name stays)
        assert "/nonexistent/dict.txt" in caplog.text
    finally:
        monkeypatch.undo()
        components._jieba_words.cache_clear()
    assert "家喻户晓" in components._idioms() and "郑重" in components._manner_words()
