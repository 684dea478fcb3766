"""Pattern sets v4 (person v4, campaign v4, date v3) and the relation rules found with the xwlb10 set:
names after an age or before 是 + a title, names found once and read again anywhere, month dates, named
responsibility systems, place programmes, a province's campaign written with 省内, and speakers who
作工作布置. Examples made up, none taken from the gold texts."""

from __future__ import annotations

from typing import Any

import pytest

from kg.io import make_article
from kg.pipeline.components import _plausible_name
from kg.pipeline.docresult import make_doc
from kg.pipeline.relations_events import holiday_iso, month_iso

from rule_docs import ents, full_pipeline as _full, rules_pipeline


def full_doc(text: str, date: str = "2025-08-04", title: str = "") -> Any:
    nlp = _full()
    return nlp(make_doc(nlp, make_article(text, title=title, date=date)))


def relations(doc: Any, type_: str) -> list[tuple[str, Any]]:
    return [(doc.ents[r.head].text, doc.ents[r.tail].text if r.tail >= 0 else r.value)
            for r in doc._.relations if r.type == type_]


@pytest.fixture(scope="module")
def nlp() -> Any:
    return rules_pipeline()


# -------------------------------------------------------------------- persons
@pytest.mark.parametrize("text, name", [
    ("今年58岁的韩秀英在村里开了一家小卖部。", "韩秀英"),
    ("36岁的龙泽川扎根山区教书十年。", "龙泽川"),
])
def test_a_name_after_an_age(nlp: Any, text: str, name: str) -> None:
    assert name in ents(nlp, text, "PERSON")


def test_a_name_before_is_and_a_title_holds_it() -> None:
    doc = full_doc("为了帮群众找工作，葛振东是青田县人社局局长，常年在外对接岗位。")
    assert ("葛振东", "青田县人社局局长") in relations(doc, "holds")
    doc = full_doc("会议上张三说李四是县委书记的老同学。")
    assert relations(doc, "holds") == []


def test_a_name_found_once_is_read_again_anywhere_but_inside_other_names() -> None:
    doc = full_doc("村党支部书记龙泽川说，路修好了。记者眼中，像龙泽川一样的干部还有很多。"
                   "他们学习龙泽川精神，到龙泽川干部学院培训。")
    found = [e.start_char for e in doc.ents if e.label_ == "PERSON" and e.text == "龙泽川"]
    assert len(found) == 2


@pytest.mark.parametrize("name", ["祝大家", "向我们", "白天洽", "马上就"])
def test_model_spans_that_are_words_are_no_names(name: str) -> None:
    assert not _plausible_name(name)


@pytest.mark.parametrize("name", ["王国华", "陶勋花", "张伟"])
def test_model_names_kept(name: str) -> None:
    assert _plausible_name(name)


# ---------------------------------------------------------------------- dates
@pytest.mark.parametrize("text, date", [
    ("今年春节前夕，慰问组来到村里。", "春节"),
    ("去年8月他担任村支书。", "8月"),
    ("今年一月，新厂投产。", "一月"),
    ("在六月底的暴雨中，村庄受灾。", "六月底"),
    ("祝大家五一劳动节快乐。", "五一劳动节"),
])
def test_dates_v3(nlp: Any, text: str, date: str) -> None:
    assert ents(nlp, text, "DATE") == [date]


def test_a_bare_month_is_no_date(nlp: Any) -> None:
    assert ents(nlp, "8月份的数据显示增长。", "DATE") == ["8月份"]
    assert ents(nlp, "他用了3个月时间。", "DATE") == []


def test_month_and_holiday_values() -> None:
    import datetime as dt

    ref = dt.date(2025, 2, 10)
    assert month_iso("8月", ref, "去年") == "2024-08"
    assert month_iso("一月", ref, "今年") == "2025-01"
    assert month_iso("七月底", ref, "在") == "2024-07"  # a month after the article's is last year's
    assert month_iso("1月", ref, "在") == "2025-01"
    assert month_iso("8月", ref, "同年") is None
    assert holiday_iso("五一劳动节", ref) == "2025-05-01"
    assert holiday_iso("国庆", ref) == "2025-10-01"
    assert holiday_iso("春节", ref) is None  # lunar: not read


def test_month_value_in_the_pipeline() -> None:
    doc = full_doc("去年8月她担任村书记。", date="2025-02-01")
    assert [(e.text, e._.kg.get("iso")) for e in doc.ents if e.label_ == "DATE"] == [("8月", "2024-08")]


# ------------------------------------------------------------------ campaigns
@pytest.mark.parametrize("text, campaign", [
    ("要严格落实安全生产责任制。", "安全生产责任制"),
    ("各级党委要落实意识形态工作责任制。", "意识形态工作责任制"),
])
def test_named_responsibility_systems(nlp: Any, text: str, campaign: str) -> None:
    assert ents(nlp, text, "CAMPAIGN") == [campaign]


@pytest.mark.parametrize("text", ["要落实主体责任制。", "全面落实各项责任制。", "完善工作责任制。"])
def test_generic_responsibility_systems(nlp: Any, text: str) -> None:
    assert ents(nlp, text, "CAMPAIGN") == []


def test_place_programmes_need_a_place(nlp: Any) -> None:
    assert ents(nlp, "要加快数字河北建设。", "CAMPAIGN") == ["数字河北建设"]
    assert ents(nlp, "全力推进健康濉溪建设。", "CAMPAIGN") == ["健康濉溪建设"]
    assert ents(nlp, "近年来，我国数字乡村建设驶入快车道。", "CAMPAIGN") == []
    assert ents(nlp, "深入推进美丽乡村建设。", "CAMPAIGN") == []


def test_a_campaign_the_province_runs_and_a_person_who_only_learns_of_it() -> None:
    text = ("成都市温江区某村党委书记韩秀英扎根乡村二十年。在调研中，韩秀英了解到省内多部门协同推进，"
            "去年又启动了“云上乡村”专项行动。")
    doc = full_doc(text, title="一位村党委书记的调研")
    assert relations(doc, "promoted_by") == []
    assert ("“云上乡村”专项行动", "51") in relations(doc, "campaign_region")


# ------------------------------------------------------------------- meetings
def test_a_speaker_who_makes_the_work_arrangements() -> None:
    text = ("全国统战部长会议5日在京召开。中共中央政治局常委王某某出席会议并讲话。"
            "中共中央政治局委员、中央统战部部长李干杰作工作布置，强调要抓好落实。")
    doc = full_doc(text)
    assert ("全国统战部长会议", "李干杰") in relations(doc, "speaker")


# ------------------------------------------------- families found with the xwlb11 set (examples made up)
def test_a_weak_surname_after_a_boundary_opens_a_name(nlp: Any) -> None:
    assert "关明远" in ents(nlp, "日前，中共中央决定：关明远同志任某省委委员、常委、书记。", "PERSON")
    assert "李强" in ents(nlp, "全体代表向李强同志致敬。", "PERSON")  # 向 is a preposition there


def test_ethnic_townships_by_their_short_name() -> None:
    doc = rules_pipeline()("贵州毕节市黔西市新仁乡发生险情。")
    codes = {e.text: e._.kg.get("code") for e in doc.ents if e.label_ == "REGION"}
    assert codes["新仁乡"] == "520581202"  # 新仁苗族乡


def test_a_verb_of_going_yields_to_the_place_after_it() -> None:
    doc = rules_pipeline()("浙江的山区很美。他常常来安吉进行测试。")  # (a county's short form needs its province)
    assert [e.text for e in doc.ents if e.label_ == "REGION"] == ["浙江", "安吉"]
    assert ents(rules_pipeline(), "来安县的来安中学", "REGION")[:1] == ["来安县"]


def test_the_npc_standing_committee_by_its_full_name() -> None:
    doc = full_doc("王某某同志曾任第九届全国人民代表大会常务委员会副委员长。")
    posts = [e.text for e in doc.ents if e.label_ == "POST"]
    assert posts == ["全国人民代表大会常务委员会副委员长"]
    assert [r.value for r in doc._.relations if r.type == "post_body"] == ["全国人大常委会"]


def test_places_before_a_campaign_that_opens_with_its_verb() -> None:
    doc = full_doc("湖南长沙、四川凉山州深入贯彻中央八项规定精神学习教育，坚持问题导向。")
    assert ents(rules_pipeline(), "湖南长沙、四川凉山州深入贯彻中央八项规定精神学习教育。", "CAMPAIGN") == [
        "深入贯彻中央八项规定精神学习教育"]
    assert sorted(v for _, v in relations(doc, "campaign_region")) == ["4301", "5134"]


def test_a_joint_meeting_and_its_speaker_who_attends() -> None:
    text = ("中共中央政治局常委王明远9日出席全国信访工作会议暨专项工作（省、区、市）部署会并讲话。"
            "王明远强调，要做好工作。张立新主持会议。")
    doc = full_doc(text)
    meetings = [e.text for e in doc.ents if e.label_ == "MEETING"]
    assert meetings == ["全国信访工作会议暨专项工作(省、区、市)部署会"]
    assert relations(doc, "attendee") == [(meetings[0], "王明远")]
    assert (meetings[0], "王明远") in relations(doc, "speaker")
    assert relations(doc, "chaired_by") == [(meetings[0], "张立新")]


@pytest.mark.parametrize("text, region", [
    ("代表团前往乌鲁木齐市第76小学了解情况。", "乌鲁木齐市"),
    ("他们来到中国（新疆）自贸试验区喀什片区调研。", "新疆"),
    ("社区和南宁市老年活动中心合作办班。", "南宁市"),
])
def test_places_opening_facility_and_zone_names(nlp: Any, text: str, region: str) -> None:
    assert region not in ents(nlp, text, "REGION")


@pytest.mark.parametrize("text, campaign", [
    ("推动“三北”工程标志性战役取得重要成果。", "“三北”工程标志性战役"),
    ("该省正全力推进新时代民营经济强省战略。", "新时代民营经济强省战略"),
])
def test_campaigns_v4_shapes(nlp: Any, text: str, campaign: str) -> None:
    assert ents(nlp, text, "CAMPAIGN") == [campaign]


def test_a_record_is_no_campaign(nlp: Any) -> None:
    assert ents(nlp, "粮食产量再创新高，实现“二十一连丰”。", "CAMPAIGN") == []


def test_evaluation_folds_full_width_forms() -> None:
    from kg.evaluate import _norm

    assert _norm("全国会议暨专项（省、区、市）部署会") == _norm("全国会议暨专项(省、区、市)部署会")


def test_a_cadre_who_took_up_a_title_in_a_county_of_the_sentence() -> None:
    doc = full_doc("西藏各地发展很快。第九批援藏干部邵明远两年前来到尼玛县担任县委副书记。", title="援藏干部在西藏")
    assert ("邵明远", "县委副书记") in relations(doc, "holds")
    bodies = {doc.ents[r.head].text: (r.value, r.attr("region_code"), r.inferred)
              for r in doc._.relations if r.type == "post_body"}
    assert bodies["县委副书记"] == ("尼玛县委", "540629", True)


def test_a_title_before_的_belongs_to_the_name_after_it() -> None:
    doc = full_doc("王某某会见了担任县委副书记的李某某。")
    assert ("王某某", "县委副书记") not in relations(doc, "holds")


def test_a_region_implementing_a_campaign_carries_it_out_but_did_not_launch_it() -> None:
    doc = full_doc("福建还将深入落实“四下基层”制度，引导党员干部增强服务意识。", title="福建：支持民营经济")
    assert relations(doc, "launched_by") == []
    assert ("“四下基层”制度", "35") in relations(doc, "campaign_region")


# ------------------------------------------------- families found with the xwlb12 set (examples made up)
def test_no_people_places_or_dates_inside_a_document_title(nlp: Any) -> None:
    text = "他组织制定了《2001年—2010年泉州经济社会发展战略》，对泉州影响深远。"
    assert ents(nlp, text, "REGION") == ["泉州"]  # only the one outside the title
    assert ents(nlp, text, "DATE") == []
    assert "“双实活动”" in ents(nlp, "印发《关于开展“双实活动”的实施意见》。", "CAMPAIGN")  # what it is about


@pytest.mark.parametrize("text, name", [
    ("社区居民张大妈记忆犹新。", "张大妈"),
    ("她牢记对党的庄严承诺。", "庄严"),
])
def test_forms_of_address_and_words_are_no_names(text: str, name: str) -> None:
    assert name not in [e.text for e in full_doc(text).ents if e.label_ == "PERSON"]
    assert not _plausible_name(name)


def test_a_model_name_one_character_too_long_is_the_name_found_elsewhere() -> None:
    doc = full_doc("社区党委书记周秀英说，要办好实事。多年来周秀英带领大家。2021年，周秀英荣获了表彰。")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["周秀英"] * 3
    doc = full_doc("社区党委书记林丹说，要办好实事。2021年，林丹荣获了表彰。")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["林丹", "林丹"]


def test_two_part_names_joined_by_a_dot(nlp: Any) -> None:
    text = ("在乌恰县，护边员阿依古丽·买买提践行守边誓言。作为一名护边员，阿依古丽·买买提在界碑上刻字。"
            "大家都敬佩阿依古丽。")
    assert ents(nlp, text, "PERSON") == ["阿依古丽·买买提", "阿依古丽·买买提", "阿依古丽"]


def test_a_township_right_after_its_county_is_no_county_head(nlp: Any) -> None:
    doc = rules_pipeline()("定日县长所乡古荣村党支部书记次仁平措带领村民抗震救灾。")
    assert [e.text for e in doc.ents if e.label_ in ("REGION", "POST")] == ["定日县", "长所乡", "古荣村党支部书记"]


def test_village_committee_members_fire_brigades_and_central_offices(nlp: Any) -> None:
    assert "桃源村村委委员" in ents(nlp, "王某某是桃源村村委委员。", "POST")
    assert ents(nlp, "肇庆市消防救援支队连夜救援。", "ORG") == ["肇庆市消防救援支队"]
    assert "中央台办" in ents(nlp, "中央台办负责同志介绍了情况。", "ORG")


@pytest.mark.parametrize("text, campaign", [
    ("今年，内蒙古启动了库布其、毛乌素两大沙漠锁边合龙工程。", "库布其、毛乌素两大沙漠锁边合龙工程"),
    ("国家公园深入探索“林长”“河长”联署办公机制。", "“林长”“河长”联署办公机制"),
    ("通过“近邻党建”，社区把党员拧成一股绳。", "“近邻党建”"),
])
def test_campaigns_of_the_xwlb12_shapes(nlp: Any, text: str, campaign: str) -> None:
    assert ents(nlp, text, "CAMPAIGN") == [campaign]


def test_two_quoted_campaigns_written_together_stay_two(nlp: Any) -> None:
    assert ents(nlp, "坚持“强富美高”“五大突破”不动摇。", "CAMPAIGN") == ["“强富美高”", "“五大突破”"]


def test_regions_that_carry_out_a_campaign_since_it_began() -> None:
    text = "深入贯彻中央八项规定精神学习教育开展以来，湖南省长沙市、四川省成都市深入推进学查改。"
    doc = full_doc(text)
    assert sorted(v for _, v in relations(doc, "campaign_region")) == ["4301", "5101"]


def test_a_meeting_named_by_its_quoted_topic(nlp: Any) -> None:
    assert ents(nlp, "他还专题召开“综合整治西湖”会议，组建了领导小组。", "MEETING") == ["“综合整治西湖”会议"]


# ------------------------------------------------- families found with the xwlb13 set (examples made up)
def test_cppcc_decisions_add_members_and_committee_heads() -> None:
    text = ("会议经表决，增补张建国、李秀芳同志为第十四届全国政协委员；增补张建国为经济委员会副主任，"
            "李秀芳为农业和农村委员会副主任。会议通过关于免去王立群第十四届全国政协常委、社会和法制委员会副主任职务的决定。"
            "追认关于撤销赵明远、钱卫东第十四届全国政协委员资格的决定。")
    doc = full_doc(text)
    held = relations(doc, "holds")
    for pair in [("张建国", "全国政协委员"), ("李秀芳", "全国政协委员"), ("张建国", "经济委员会副主任"),
                 ("李秀芳", "农业和农村委员会副主任"), ("王立群", "全国政协常委"), ("王立群", "社会和法制委员会副主任"),
                 ("赵明远", "全国政协委员"), ("钱卫东", "全国政协委员")]:
        assert pair in held, pair
    former = {(doc.ents[r.head].text, doc.ents[r.tail].text) for r in doc._.relations
              if r.type == "holds" and r.attr("former")}
    assert ("赵明远", "全国政协委员") in former and ("张建国", "全国政协委员") not in former


def test_cppcc_membership_is_a_post_only_where_conferred(nlp: Any) -> None:
    assert ents(nlp, "看望在本市的全国政协委员和政协机关干部。", "POST") == []
    assert ents(nlp, "全国政协常委、某大学教授王某某作讲座。", "POST") == ["全国政协常委"]


def test_a_state_commission_after_为_is_no_special_committee() -> None:
    doc = full_doc("会议决定任命陈某某为国家民族事务委员会主任。")
    assert [r.value for r in doc._.relations if r.type == "post_body"] == ["国家民族事务委员会"]


def test_a_name_that_opens_its_clause_before_是_and_places() -> None:
    doc = full_doc("刘艳梅是四川安岳县隆恩村党支部书记。")
    assert ("刘艳梅", "隆恩村党支部书记") in relations(doc, "holds")


def test_sessions_with_the_body_that_holds_them(nlp: Any) -> None:
    assert ents(nlp, "要做好全国政协十四届三次会议各项工作。", "MEETING") == ["全国政协十四届三次会议"]
    assert ents(nlp, "全面贯彻落实中共二十大精神。", "MEETING") == ["中共二十大"]


def test_words_read_across_a_place(nlp: Any) -> None:
    assert ents(nlp, "隆重庆祝中国人民政治协商会议成立75周年。", "REGION") == []
    assert not _plausible_name("隆重庆")
    assert ents(nlp, "他到重庆考察。", "REGION") == ["重庆"]
    assert ents(nlp, "位于某旗某街道的马鞍山村特别热闹。", "REGION") == []


def test_long_first_parts_of_dotted_names_and_more_day_parts(nlp: Any) -> None:
    assert ents(nlp, "阿卜迪麦麦提·奥布力：让村民看病更方便", "PERSON") == ["阿卜迪麦麦提·奥布力"]
    assert ents(nlp, "7月6日清晨，某市突降暴雨。", "DATE") == ["7月6日清晨"]


def test_deputies_of_one_title_listed_after_it() -> None:
    doc = full_doc("国务院副总理张国清、刘国中，国务委员王小洪出席会议。")
    held = relations(doc, "holds")
    assert ("张国清", "国务院副总理") in held and ("刘国中", "国务院副总理") in held


def test_former_titles_set_off_by_commas_after_a_membership() -> None:
    doc = full_doc("中央纪委国家监委对第二十届中央候补委员，某某部原党组成员，国家某某局原党组书记、局长王某严重违纪违法问题"
                   "进行了立案审查调查。".replace("某某部", "交通运输部").replace("国家某某局", "国家铁路局")
                   .replace("王某", "费立民"))
    held = relations(doc, "holds")
    for post in ("中央候补委员", "交通运输部原党组成员", "国家铁路局原党组书记", "局长"):
        assert ("费立民", post) in held, post


def test_standing_committee_membership_body() -> None:
    doc = full_doc("全国政协常委、某大学教授作讲座。")
    assert [r.value for r in doc._.relations if r.type == "post_body"] == ["全国政协常委会"]


def test_a_campaign_as_the_means_of_the_next_clauses_person() -> None:
    doc = full_doc("军门社区党委书记林某某扎根社区多年。通过“近邻党建”，林某某把党员拧成一股绳。".replace("林某某", "林秀珍"))
    assert ("“近邻党建”", "林秀珍") in relations(doc, "promoted_by")


def test_a_chain_using_a_mechanism_gives_its_smallest_place() -> None:
    doc = full_doc("学习教育开展以来，青海西宁依托“有诉必应马上办”工作机制，强化个案整改。", title="西宁：为民办实事")
    assert ("“有诉必应马上办”工作机制", "6301") in relations(doc, "campaign_region")


def test_a_campaign_in_the_part_of_an_article_about_another_place() -> None:
    text = ("内蒙古治沙成效显著，今年治理沙化土地一千万亩。\n"
            "作为首个国家生态文明试验区，今年福建在体制机制上不断创新。\n"
            "武夷山国家公园深入探索“林长”“河长”联署办公机制。")
    doc = full_doc(text, title="内蒙古、福建：生态治理见成效")
    regions = dict(relations(doc, "campaign_region"))
    assert regions.get("“林长”“河长”联署办公机制") == "35"


def test_phases_of_national_campaigns_are_national() -> None:
    from kg.pipeline.relations_campaigns import is_national_campaign

    assert is_national_campaign("西部大开发攻坚战")
    assert not is_national_campaign("某某县清河攻坚战")


def test_a_launched_project_whose_name_holds_和(nlp: Any) -> None:
    assert ents(nlp, "今年，某区启动了巴丹吉林、乌兰布和两大沙漠锁边合龙工程。", "CAMPAIGN") == [
        "巴丹吉林、乌兰布和两大沙漠锁边合龙工程"]


def test_the_head_of_a_unit_named_before_the_verb() -> None:
    doc = full_doc("2022年，医学专家马振华被组织选派到某某县人民医院担任院长。".replace("某某县", "三都水族自治县"))
    assert ("马振华", "院长") in relations(doc, "holds")
    assert [(r.value, r.attr("region_code")) for r in doc._.relations if r.type == "post_body"] == [
        ("三都水族自治县人民医院", None)]
    assert [e.text for e in full_doc("他担任院长以来，医院发展很快。").ents if e.label_ == "POST"] == []
