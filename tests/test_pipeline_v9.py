"""Pattern sets v9 (org v9, meeting v8, person v7, campaign v8) and the rules found with the xwlb30 set: the local
branches of vertically managed national administrations as one body, assemblies named by their scope, the CPPCC's
consultations by their form, bare kinds of meeting, a congress by its number before what it did, a name after a
decision's verb before the title it also held, a preposition after a two-character name, quoted sayings as the
manner of the work, and a province told from its city of the same name by the divisions the article names.
Examples made up, none taken from the gold texts."""

from __future__ import annotations

from typing import Any

import pytest

from rule_docs import ents, full_pipeline, holds, post_bodies, relations, rules_pipeline


@pytest.fixture(scope="module")
def nlp() -> Any:
    return rules_pipeline()


def _regions(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    return [(e.text, e._.kg.get("code")) for e in nlp(text).ents if e.label_ == "REGION"]


# ------------------------------------------------------------------ bodies
def test_a_branch_of_a_vertically_managed_administration_is_one_body(nlp: Any) -> None:
    text = "副省长刘建国来到国家税务总局南京市鼓楼区税务局，看望一线干部。"
    assert "国家税务总局南京市鼓楼区税务局" in ents(nlp, text, "ORG")
    # the places inside the name are part of it, not regions of their own
    assert "鼓楼区" not in ents(nlp, text, "REGION") and "南京市" not in ents(nlp, text, "REGION")
    text = "国家金融监督管理总局苏州监管分局局长孙立平介绍了情况。"
    assert "国家金融监督管理总局苏州监管分局局长" in ents(nlp, text, "POST")
    assert ("孙立平", "国家金融监督管理总局苏州监管分局局长") in holds(text)


def test_no_branch_without_a_division_closing_its_place(nlp: Any) -> None:
    # the administration itself, then an unrelated bureau: no branch read across the words between them
    text = "国家税务总局发布通知，要求各地税务局做好准备。"
    orgs = ents(nlp, text, "ORG")
    assert not any(o.startswith("国家税务总局") and o.endswith("税务局") and o != "国家税务总局" for o in orgs)


# ---------------------------------------------------------------- meetings
def test_an_assembly_named_by_its_scope_is_a_meeting(nlp: Any) -> None:
    text = "全国生态环境保护大会召开以来，全市领导干部廉政警示教育大会也于近日举行。"
    meetings = ents(nlp, text, "MEETING")
    assert "全国生态环境保护大会" in meetings and "全市领导干部廉政警示教育大会" in meetings


def test_no_assembly_across_its_verb_nor_in_a_battle_or_the_congress(nlp: Any) -> None:
    text = "全县召开大会部署工作。全市上下打好春耕生产大会战。他是全国人民代表大会代表。"
    meetings = ents(nlp, text, "MEETING")
    assert not any(m.startswith("全县") for m in meetings)
    assert not any("大会战" in m or m.startswith("全市上下") for m in meetings)
    assert not any(m.startswith("全国人民代表") and m != "全国人民代表大会" for m in meetings)


def test_a_consultation_by_its_form_is_a_meeting_and_bare_kinds_are_not(nlp: Any) -> None:
    text = "全国政协12日在京召开双周协商会和专题协商会。某市举办了宣讲会、推介会和协商会。"
    meetings = ents(nlp, text, "MEETING")
    assert "双周协商会" in meetings and "专题协商会" in meetings
    for bare in ("宣讲会", "推介会", "协商会"):
        assert bare not in meetings
    # the CPPCC's own name holds no consultation
    text = "全国政协副主席刘新民代表中国人民政治协商会议全国委员会致辞。"
    assert not any(m.endswith("协商会") for m in ents(nlp, text, "MEETING"))
    assert "刘新民" in ents(nlp, text, "PERSON")


def test_a_consultation_is_chaired(nlp: Any) -> None:
    text = "全国政协9日在京召开网络议政远程协商会，全国政协主席王大海主持会议并讲话。"
    doc = full_pipeline()(text)
    chaired = [(doc.ents[r.head].text, doc.ents[r.tail].text) for r in doc._.relations if r.type == "chaired_by"]
    assert ("网络议政远程协商会", "王大海") in chaired


def test_a_congress_by_its_number_before_what_it_did(nlp: Any) -> None:
    text = "要落实中共二十大对乡村振兴作出的部署，领会二十大提出的目标。第二十大队出发。"
    meetings = ents(nlp, text, "MEETING")
    assert "中共二十大" in meetings and "二十大" in meetings
    assert meetings.count("二十大") == 1  # (not the 20th brigade)


# ----------------------------------------------------------------- persons
def test_a_name_after_a_decision_before_the_title_it_also_held(nlp: Any) -> None:
    text = "会议经表决，决定免去陈志远兼任的商务部部长职务，任命何立新为商务部部长。"
    assert "陈志远" in ents(nlp, text, "PERSON")
    assert ("陈志远", "商务部部长") in holds(text)
    doc = full_pipeline()(text)
    removed = [r for r in doc._.relations if r.type == "holds" and doc.ents[r.head].text == "陈志远"]
    assert removed and all(r.attr("former") for r in removed)


def test_a_preposition_after_a_two_character_name_is_no_part_of_it(nlp: Any) -> None:
    text = "29岁的韩梅从城里回到村里。走访中韩梅发现，孩子们喜欢画画。"
    persons = ents(nlp, text, "PERSON")
    assert persons == ["韩梅", "韩梅"]
    # a real third character stays (a name that does not end in a preposition, or ends in 于 as names do)
    assert "韩梅芳" in ents(nlp, "31岁的韩梅芳从城里回到村里。", "PERSON")
    assert "李建于" in ents(nlp, "会议决定，李建于同志不再担任某某职务。", "PERSON")


# --------------------------------------------------------------- campaigns
def test_a_quoted_saying_as_the_manner_of_the_work_is_no_campaign(nlp: Any) -> None:
    text = "要以“百炼成一钢”的坚定决心攻坚，拿出“钉钉子”的韧劲，发扬“三牛”精神。"
    assert ents(nlp, text, "CAMPAIGN") == []
    # a campaign being carried out keeps its name before the resolve to do it
    assert "“五大突破”" in ents(nlp, "深入实施“五大突破”的决心不变。", "CAMPAIGN")


# ----------------------------------------------------------------- regions
def test_a_province_told_from_its_city_by_the_divisions_named(nlp: Any) -> None:
    text = "吉林加快新能源建设，以松原、白城为主建设基地。"
    assert ("吉林", "22") in _regions(nlp, text)
    # a county of the city is held by both: left unlinked rather than guessed
    assert ("吉林", None) in _regions(nlp, "吉林今年在磐石市建设基地。")
    # nothing named beside it: unlinked
    assert ("吉林", None) in _regions(nlp, "吉林今年建设基地。")


# ------------------------------------------------------------- memberships
def test_the_members_of_an_assembly_as_a_group_hold_no_title(nlp: Any) -> None:
    text = "要组织政协委员深入一线，引导广大政协委员和界别群众凝聚共识，5位政协委员发言，部门负责同志同政协委员互动交流。"
    assert ents(nlp, text, "POST") == []
    # before a name, after the word that makes it someone's, or with its assembly's level: a title
    text = "政协委员赵明亮说，很好。钱立新是政协委员。孙海峰为县政协委员。"
    assert ents(nlp, text, "POST") == ["政协委员", "政协委员", "县政协委员"]
    assert ("赵明亮", "政协委员") in holds(text) and ("钱立新", "政协委员") in holds(text)


# ------------------------------------------------- found with the xwlb31 set
def test_a_known_education_campaign_is_cut_from_the_words_before_it(nlp: Any) -> None:
    text = "省委第一时间出台党纪学习教育实施方案，紧扣党纪学习教育目标要求，结合实际举办党纪学习教育读书班。"
    assert ents(nlp, text, "CAMPAIGN") == ["党纪学习教育"] * 3
    assert "省委" in ents(nlp, text, "ORG")


def test_two_dotted_mentions_sharing_a_name_are_that_name(nlp: Any) -> None:
    text = "会后，阿依努尔·买买提跟村民们一起学习。多年来，阿依努尔·买买提长期扎根在基层。"
    assert ents(nlp, text, "PERSON") == ["阿依努尔·买买提", "阿依努尔·买买提"]
    # two different people of the same first part stay two
    text = "阿依努尔·买买提、阿依努尔·吐尔逊出席。"
    assert ents(nlp, text, "PERSON") == ["阿依努尔·买买提", "阿依努尔·吐尔逊"]


def test_a_quoted_campaign_naming_a_site_or_a_theory_is_no_mention(nlp: Any) -> None:
    text = "他来到“千企升级”实施10周年成果展览和“红旗渠精神”陈列馆，强调要深化“千企升级”行动，践行“两山”理论。"
    campaigns = ents(nlp, text, "CAMPAIGN")
    assert campaigns == ["“千企升级”行动"]


def test_a_leader_who_founded_a_programme_where_he_worked_promotes_it(nlp: Any) -> None:
    text = "王建国来到某省调研。他强调，李立新同志在某市工作期间开创了“四下基层”“马上就办”等工作制度。"
    promoted = relations(text, "promoted_by")
    assert ("“四下基层”", "李立新") in promoted
    assert not any(p == "王建国" for _c, p in promoted)


def test_dates_v7(nlp: Any) -> None:
    text = "8月9日早晨7时左右，暴雨来袭。“9•18”事故后，端午节点前后要加强值守。中秋节到来。"
    assert ents(nlp, text, "DATE") == ["8月9日早晨7时左右", "9•18", "端午", "中秋节"]


def test_a_short_name_after_a_province_is_the_city_below_it(nlp: Any) -> None:
    # (安阳 is a city of Henan and the short form of a county inside it: the chain goes down one level)
    assert ("安阳", "4105") in _regions(nlp, "河南安阳“11•21”火灾发生后，各地加强排查。")


def test_posts_v9(nlp: Any) -> None:
    text = ("新疆生产建设兵团第三师副师长、图木舒克市副市长马建军，南京市财政局农业和农村处副处长黄立，"
            "某能源股份有限公司原党委委员、总会计师周新民，谢立国和镇应急办工作人员通知群众。")
    posts = ents(nlp, text, "POST")
    assert "新疆生产建设兵团第三师副师长" in posts and "南京市财政局农业和农村处副处长" in posts
    assert "总会计师" in posts
    assert "镇应急办" in ents(nlp, text, "ORG")
    bodies = post_bodies(text)
    assert bodies["新疆生产建设兵团第三师副师长"][0] == "新疆生产建设兵团第三师"
    assert ("周新民", "总会计师") in holds(text) and ("马建军", "新疆生产建设兵团第三师副师长") in holds(text)


def test_a_title_then_a_dash_then_the_name_is_held() -> None:
    assert holds("我们来认识江苏省泗洪县青阳村党总支部书记——张丽华。") == [("张丽华", "青阳村党总支部书记")]
    assert holds("县委书记——这是一个重要岗位。") == []


def test_the_chair_after_a_tour_and_in_a_subjectless_sentence() -> None:
    text = ("王建国先后到某市、某县等地调研，主持召开部分省区负责同志座谈会。他指出，要抓好落实。\n"
            "王建国深入企业、社区，看望干部群众。主持召开基层代表座谈会，听取意见建议。")
    chaired = relations(text, "chaired_by")
    assert ("部分省区负责同志座谈会", "王建国") in chaired and ("基层代表座谈会", "王建国") in chaired
    # a new paragraph opened by no one: nobody chairs a subjectless meeting there
    text = "王建国深入企业调研。\n会议指出，要抓好落实。主持召开某某座谈会。"
    assert relations(text, "chaired_by") == []


def test_no_name_across_two_words(nlp: Any) -> None:
    assert ents(nlp, "要成为联通内外的桥梁和纽带。", "PERSON") == []


# ------------------------------------------------- found with the xwlb32 set
def test_followers_and_dotted_names_after_a_visit(nlp: Any) -> None:
    assert ents(nlp, "消息传来，驻村第一书记王立立刻带着党员出发。", "PERSON") == ["王立"]
    assert "阿依努尔·买买提" in ents(nlp, "他还看望了阿依努尔·买买提，以及当地干部。", "PERSON")
    # a word that is also a name, after a role and before what the person says
    assert "白云" in ents(nlp, "作为某大学校长的全国人大代表白云表示，要培养创造力。", "PERSON")
    assert ents(nlp, "蓝天白云表示着好天气。", "PERSON") == []


def test_no_name_or_place_read_across_words(nlp: Any) -> None:
    text = "要聚焦为民、便民，聚焦作决策、定政策等关键环节。"
    assert ents(nlp, text, "PERSON") == [] and ents(nlp, text, "REGION") == []
    # a real name with 为 and the city where the article names it
    assert "李为民" in ents(full_pipeline(), "副市长李为民出席。", "PERSON")
    assert "焦作" in ents(nlp, "焦作市委书记来到焦作调研。", "REGION")


def test_hotlines_and_care_are_no_campaigns_nor_posts(nlp: Any) -> None:
    text = "某市“12345”政务服务热线接到诉求。设置“96178”企业家直通省长电话号码服务。围绕“一老一幼”需求。拨打市长热线。"
    assert ents(nlp, text, "CAMPAIGN") == [] and ents(nlp, text, "POST") == []
    assert ents(nlp, "实施“13710”工作制度。", "CAMPAIGN") == ["“13710”工作制度"]


def test_posts_and_bodies_of_the_xwlb32_analysis(nlp: Any) -> None:
    text = ("国家金融监督管理总局稽查局一级巡视员赵振华，宁夏固原市卫生健康委党组成员、副主任钱立新，"
            "河南省商丘市梁园区环境卫生事务中心副主任孙立平，重庆市大渡口区检察院检察官梅立华说。")
    posts = ents(nlp, text, "POST")
    for p in ("国家金融监督管理总局稽查局一级巡视员", "固原市卫生健康委党组成员", "梁园区环境卫生事务中心副主任",
              "大渡口区检察院检察官"):
        assert p in posts
    bodies = post_bodies(text)
    assert bodies["国家金融监督管理总局稽查局一级巡视员"][0] == "国家金融监督管理总局稽查局"
    assert bodies["梁园区环境卫生事务中心副主任"] == ("梁园区环境卫生事务中心", "411402")
    assert bodies["副主任"] == ("固原市卫生健康委", "6404")


def test_police_branches_are_one_body(nlp: Any) -> None:
    text = "宝鸡市公安局渭滨分局民警赶到。所在的渭滨公安分局联合消防救援。市公安局治安分局通报。"
    orgs = ents(nlp, text, "ORG")
    assert "宝鸡市公安局渭滨分局" in orgs and "渭滨公安分局" in orgs
    assert "渭滨" not in ents(nlp, text, "REGION")
    assert not any(o.endswith("治安分局") for o in orgs)  # (not named after a division)


def test_members_of_the_cppcc_as_a_group_at_any_level(nlp: Any) -> None:
    text = "他看望了在拉萨的全国政协委员和自治区政协委员，拉萨市政协委员和机关干部。"
    assert ents(nlp, text, "POST") == [] and "全国政协" not in ents(nlp, text, "ORG")
    text = "会议增补赵振华为第十四届全国政协委员，撤销钱立新第十四届全国政协委员资格。"
    assert ents(nlp, text, "POST") == ["全国政协委员", "全国政协委员"]


def test_a_profile_opening_with_name_comma_title_comma(nlp: Any) -> None:
    text = "央视网消息：朱立伟，青海省委组织部原副部长，从事组织工作近20年。朱立伟大力推动村集体经济发展。"
    assert holds(text) == [("朱立伟", "青海省委组织部原副部长")]
    # a comma after the title and no sentence opened by the name: no holding read
    assert holds("会上，朱立伟，王建国，市委书记，都发了言。") == []


def test_a_unit_is_named_from_the_innermost_division_of_its_chain() -> None:
    bodies = post_bodies("江苏省泗洪县人民医院院长王立新说。")
    assert bodies["院长"][0] == "泗洪县人民医院"


def test_dates_at_night(nlp: Any) -> None:
    assert ents(nlp, "7月19日夜晚，桥梁垮塌。", "DATE") == ["7月19日夜晚"]


# ------------------------------------------------- found with the xwlb33 set
def test_a_discipline_notices_officials_before_their_misdeeds(nlp: Any) -> None:
    text = ("山东省原粮食局党组书记、局长刘建平违规决策造成损失；某集团公司江苏分公司原副总经理王立新挪用公款；"
            "江苏省常州市粮食和物资储备保障中心原主任孙军虚假轮换粮食。")
    assert ents(nlp, text, "PERSON") == ["刘建平", "王立新", "孙军"]
    assert "常州市粮食和物资储备保障中心原主任" in ents(nlp, text, "POST")
    assert ("王立新", "原副总经理") in holds(text)
    bodies = post_bodies(text)
    assert bodies["局长"] == ("山东省粮食局", "37")  # (原 written between the place and the bureau: the post's)


def test_a_weak_surname_after_a_title_before_a_word_that_follows_names(nlp: Any) -> None:
    assert ents(nlp, "村支书于立红专门邀请了直播团队。", "PERSON") == ["于立红"]
    # not a conjunction or a time word, nor a third character that follows names itself
    assert ents(nlp, "10位政协委员和特邀代表发言。书记于会上强调。", "PERSON") == []


def test_the_head_of_state_after_his_name() -> None:
    text = "习近平主席在新年贺词中指出，粮食生产连年丰收。"
    assert holds(text) == [("习近平", "主席")]
    assert post_bodies(text)["主席"][0] == "中华人民共和国"


def test_a_one_character_village_after_its_county_and_products_named_after_places(nlp: Any) -> None:
    assert ("汾西县", "141034") in _regions(nlp, "在山西省汾西县段村，村党支部书记王丽丽正忙着。")
    assert ("代县", "140923") in _regions(nlp, "京港澳高速代县段村民出行。")
    text = "黑龙江省五常市的五常大米迎来销售高峰。"
    assert [r for r, _c in _regions(nlp, text)] == ["黑龙江省", "五常市"]


def test_a_campaign_office_of_a_county_committee(nlp: Any) -> None:
    assert ents(nlp, "宁陕县委主题教育办组织学习。", "ORG") == ["宁陕县委主题教育办"]


def test_a_court_or_procuratorate_alone_is_no_org(nlp: Any) -> None:
    text = "王建国来到某省济南市市中区人民法院调研。大渡口区检察院开展活动。"
    assert ents(nlp, text, "ORG") == []
    assert "市中区" not in ents(nlp, text, "REGION") and "大渡口区" not in ents(nlp, text, "REGION")
    assert "济南市" in ents(nlp, text, "REGION")  # (the chain before the court locates it)
    # its titles keep it as their body
    assert post_bodies("重庆市大渡口区检察院检察官梅立华说。")["大渡口区检察院检察官"][0] == "大渡口区检察院"


# ------------------------------------------------- found with the xwlb34 set
def test_a_bare_government_stacked_after_the_regions_party_committee() -> None:
    text = "中央纪委对内蒙古自治区党委常委、政府副主席黄立强进行了立案审查。"
    assert holds(text) == [("黄立强", "内蒙古自治区党委常委"), ("黄立强", "政府副主席")]
    assert post_bodies(text)["政府副主席"] == ("内蒙古自治区政府", "15")


def test_posts_of_towns_subdistricts_and_firms(nlp: Any) -> None:
    text = ("九龙镇派出所所长景立峰带队巡查。天津市滨海新区新北街道办事处原副主任包立文违规。"
            "某管道有限公司原党委委员、副总经理、安全总监崔立辉等人。某汽车集团有限公司首席技能专家郑立明说。")
    posts = ents(nlp, text, "POST")
    for p in ("九龙镇派出所所长", "新北街道办事处原副主任", "安全总监", "首席技能专家"):
        assert p in posts
    assert ("包立文", "新北街道办事处原副主任") in holds(text) and ("崔立辉", "安全总监") in holds(text)
    assert "新北街道办事处" in ents(nlp, "新北街道办事处组织活动。", "ORG")


def test_education_campaign_names_without_their_batch_or_a_verb(nlp: Any) -> None:
    text = "第二批学习贯彻习近平新时代中国特色社会主义思想主题教育正在开展，要把优良作风贯穿主题教育全过程。"
    assert ents(nlp, text, "CAMPAIGN") == ["学习贯彻习近平新时代中国特色社会主义思想主题教育"]


def test_meetings_of_the_xwlb34_analysis(nlp: Any) -> None:
    text = "按照三次全会部署，逐条抓好落实。要学习贯彻习近平法治思想和中央全面依法治国工作会议精神。第三次全会召开。"
    assert ents(nlp, text, "MEETING") == ["三次全会", "中央全面依法治国工作会议"]


def test_a_provinces_delegation_by_its_short_name_is_no_region(nlp: Any) -> None:
    assert ents(nlp, "广西团代表们热烈鼓掌。", "REGION") == []
    assert ents(nlp, "广西各地热烈欢迎。", "REGION") == ["广西"]


# ------------------------------------------------- found with the xwlb35 set
def test_a_working_mechanisms_meeting_and_its_chair() -> None:
    text = "某某领域整治专项工作机制会议20日在京召开，王建国主持会议并讲话。"
    doc = full_pipeline()(text)
    assert [e.text for e in doc.ents if e.label_ == "MEETING"] == ["某某领域整治专项工作机制会议"]
    assert ("某某领域整治专项工作机制会议", "王建国") in relations(text, "chaired_by")


def test_a_meeting_named_only_by_a_word_of_manner_is_none(nlp: Any) -> None:
    assert ents(nlp, "各支部开展专题学习会，开展了集中学习会。", "MEETING") == []


def test_a_village_opening_with_the_head_character_after_its_county(nlp: Any) -> None:
    text = "在山东省临沂市蒙阴县长明村，村民们忙着。蒙阴县县长王立新说。"
    assert ents(nlp, text, "POST") == ["蒙阴县县长"]
    assert ("蒙阴县", "371328") in _regions(nlp, text)


def test_a_ministrys_department_and_its_head(nlp: Any) -> None:
    text = "交通运输部安全与质量监督管理司原副司长彭立平违纪。"
    assert ents(nlp, text, "POST") == ["交通运输部安全与质量监督管理司原副司长"]
    assert post_bodies(text)["交通运输部安全与质量监督管理司原副司长"][0] == "交通运输部安全与质量监督管理司"


# ------------------------------------------------- found with the xwlb36 set
def test_a_state_council_task_group_after_the_leader_who_heads_it(nlp: Any) -> None:
    text = "中共中央政治局委员、国务院副总理王建国于19日率国务院工作组赶赴灾区。"
    assert ents(nlp, text, "ORG") == ["国务院工作组"]
    assert holds(text) == [("王建国", "中共中央政治局委员"), ("王建国", "国务院副总理")]


def test_a_name_after_a_membership_that_recurs_may_open_with_a_weak_surname(nlp: Any) -> None:
    text = "二十大代表时立伟是某农科院的一位专家。时立伟和团队育成了新品种。"
    assert ents(nlp, text, "PERSON") == ["时立伟", "时立伟"]
    # once only, a weak surname after the role stays out
    assert ents(nlp, "二十大代表时常说起这件事。", "PERSON") == []


def test_a_goal_with_a_comparative_is_no_programme(nlp: Any) -> None:
    text = "要推动国有企业更好服务国家战略，深入实施乡村振兴战略。"
    assert ents(nlp, text, "CAMPAIGN") == ["乡村振兴战略"]
