"""kg_rules, pattern sets v2: regions inside names, township short forms, one-character
region names, sub-units and company titles in posts, and the new campaign shapes.
Every family has positive and negative examples (none taken from the gold texts)."""

from __future__ import annotations

from typing import Any

import pytest

import kg

from rule_docs import rules_pipeline, ents


@pytest.fixture(scope="module")
def nlp() -> Any:
    return rules_pipeline()


def region_codes(nlp: Any, text: str) -> dict[str, Any]:
    return {e.text: e._.kg.get("code") for e in nlp(text).ents if e.label_ == "REGION"}


# ------------------------------------------------- regions inside other names
@pytest.mark.parametrize("text, region", [
    ("代表们参加广东代表团审议。", "广东"),
    ("加快赣州经济技术开发区建设。", "赣州"),
    ("贵州茅台酒股份有限公司发布年报。", "贵州"),
    ("沪昆高铁贵州段顺利铺轨。", "贵州"),
    ("努力打造西安都市圈先进制造业高地。", "西安"),
    ("中国银行河北省分行召开会议。", "河北省"),
    ("建设钤阳新城和滨江新城。", "新城"),
    ("湖南湘江建设工程有限公司中标。", "湖南"),
])
def test_region_inside_name_is_not_a_region(nlp: Any, text: str, region: str) -> None:
    assert region not in ents(nlp, text, "REGION")


@pytest.mark.parametrize("text, region", [
    ("贵州大力发展白酒产业。", "贵州"),
    ("走在成都街头，处处是美景。", "成都"),
    ("广东代表们参加审议。", "广东"),
    ("河北省召开全省大会。", "河北省"),
    ("浙江民营公司数量持续增长。", "浙江"),
    ("广东国有企业集团化改革提速。", "广东"),
])
def test_region_as_modifier_stays(nlp: Any, text: str, region: str) -> None:
    assert region in ents(nlp, text, "REGION")


# ------------------------------------------------------ township short forms
def test_township_short_form_after_full_name(nlp: Any) -> None:
    text = "会议在积石山县吹麻滩镇召开。大家表示，要让“美丽吹麻滩”更加美丽，吹麻滩的明天会更好。"
    doc = nlp(text)
    regs = [(e.text, e._.kg.get("code")) for e in doc.ents if e.label_ == "REGION"]
    assert ("吹麻滩镇", "622927100") in regs
    assert regs.count(("吹麻滩", "622927100")) == 2


def test_township_short_form_traditional_script(nlp: Any) -> None:
    doc = nlp("會議在積石山縣吹麻灘鎮召開。吹麻灘的明天會更好。")
    assert [e.text for e in doc.ents if e.label_ == "REGION"].count("吹麻滩") == 1  # the Doc text is simplified


def test_township_short_form_needs_the_full_name_and_a_word_end(nlp: Any) -> None:
    assert "吹麻滩" not in ents(nlp, "吹麻滩的明天会更好。", "REGION")  # never named in full
    # a product named after the township is not the township: 茶卡|盐
    text = "茶卡镇位于乌兰县。茶卡盐湖游客很多。"
    assert "茶卡" not in ents(nlp, text, "REGION")


# -------------------------------------------------- one-character region names
def test_province_abbreviation(nlp: Any) -> None:
    assert region_codes(nlp, "全国政协常委会会议在京召开。") == {"京": "11"}
    assert region_codes(nlp, "自治区领导赴藏调研。").get("藏") == "54"


def test_city_abbreviation_needs_the_city_in_the_article(nlp: Any) -> None:
    assert region_codes(nlp, "榆林市召开大会。省长来榆调研时指出，要加快发展。").get("榆") == "6108"
    assert "榆" not in region_codes(nlp, "省长来榆调研时指出，要加快发展。")


@pytest.mark.parametrize("text", ["会议在此召开。", "总理来华访问。", "他在京剧院工作。"])
def test_no_abbreviation(nlp: Any, text: str) -> None:
    assert ents(nlp, text, "REGION") == []


# ---------------------------------------------------------- joint bodies
def test_committee_and_government_together(nlp: Any) -> None:
    text = "内蒙古自治区、鄂尔多斯市、达拉特旗党委和政府高度重视。"
    assert "达拉特旗" in ents(nlp, text, "REGION")
    assert "达拉特旗党委" not in ents(nlp, text, "ORG")
    assert ents(nlp, "达拉特旗党委书记王刚出席。", "POST") == ["达拉特旗党委书记"]
    # one region's committee, named with its government, is an ORG (the listed regions' ones are not)
    assert ents(nlp, "听取宁夏回族自治区党委和政府工作汇报。", "ORG") == ["宁夏回族自治区党委"]
    assert ents(nlp, "在自治区党委和政府团结带领下。", "ORG") == ["自治区党委"]


# ------------------------------------------------------------------- posts
@pytest.mark.parametrize("text, posts, regions", [
    ("四川省成都市规划和自然资源局用途管制处原处长李明，", ["成都市规划和自然资源局用途管制处原处长"], ["四川省"]),
    ("湖北省人力资源和社会保障厅原党组成员、副厅长张强，", ["湖北省人力资源和社会保障厅原党组成员", "副厅长"],
     []),
    ("广西壮族自治区桂林市临桂区发展改革局原局长王林，", ["临桂区发展改革局原局长"], ["广西壮族自治区", "桂林市"]),
    ("国家统计局湖北调查总队一级巡视员刘华，", ["国家统计局湖北调查总队一级巡视员"], []),
    ("贵州省人民检察院第三检察部原副主任陈刚，", ["贵州省人民检察院第三检察部原副主任"], []),
    ("新疆生产建设兵团第八师原党委书记赵军，", ["新疆生产建设兵团第八师原党委书记"], []),
    ("中国科学院院士王立新出席。", ["中国科学院院士"], []),
])
def test_posts_with_sub_units(nlp: Any, text: str, posts: list[str], regions: list[str]) -> None:
    assert ents(nlp, text, "POST") == posts
    assert ents(nlp, text, "REGION") == regions


def test_company_title_is_the_title_only(nlp: Any) -> None:
    text = "中国工商银行河北省分行原副巡视员张伟，某集团有限公司原总经理李强，"
    assert ents(nlp, text, "POST") == ["原副巡视员", "原总经理"]
    assert ents(nlp, text, "PERSON") == ["张伟", "李强"]
    assert "河北省" not in ents(nlp, text, "REGION")


@pytest.mark.parametrize("text", ["该分行原副巡视员退休后，", "某部部长期间分管工作。", "县政府召开常务会议部署工作。"])
def test_no_company_title_without_a_name(nlp: Any, text: str) -> None:
    assert ents(nlp, text, "POST") == []


# --------------------------------------------------------------- campaigns
@pytest.mark.parametrize("text, campaign", [
    # (the Doc text is normalised: full-width commas become ",")
    ("全县开展“守初心，担使命，争当排头兵”主题活动。", "“守初心,担使命,争当排头兵”主题活动"),
    ("建立“周调度、月通报、季考核”三项机制。", "“周调度、月通报、季考核”三项机制"),
    ("把今年作为“营商环境提升年”。", "“营商环境提升年”"),
    ("打好“三场硬仗”。", "“三场硬仗”"),
    ("深入推进“互联网+政务服务”。", "“互联网+政务服务”"),
    ("实施“三江两岸”行动。", "“三江两岸”行动"),
    ("大力发展“4+6”产业，做强链条。", "“4+6”产业"),
    ("坚定实施人才强旗战略。", "人才强旗战略"),
    ("深入实施科教兴国战略。", "科教兴国战略"),
    ("高标准启动实施乡村振兴示范创建行动。", "乡村振兴示范创建行动"),
    ("全党深入开展学习贯彻新思想主题教育，", "学习贯彻新思想主题教育"),
    ("建立河湖健康评估机制，", "河湖健康评估机制"),
    ("助推数字赋能·智慧城市战略落地。", "数字赋能·智慧城市战略"),
])
def test_campaign_shapes_v2(nlp: Any, text: str, campaign: str) -> None:
    assert campaign in ents(nlp, text, "CAMPAIGN")


@pytest.mark.parametrize("text", [
    "这是一场“硬仗”。",
    "迎来“丰收年”。",
    "建设“三江两岸”生态示范区。",
    "担当“一争两创”重大使命。",
    "编制“十四五”产业规划。",
    "增强县域经济实力。",
    "建立长效机制，建立健全考核评价机制。",
    "实施公共图书馆改扩建工程。",
    "推进中国式现代化是一个系统工程。",
    "各地启动下一阶段救援行动。",
    "大力发展“夜经济”产业。",
])
def test_not_campaigns_v2(nlp: Any, text: str) -> None:
    assert ents(nlp, text, "CAMPAIGN") == []


def test_campaign_neighbours_in_a_run_of_quotes(nlp: Any) -> None:
    text = "推行“最多跑一次”“一窗受理”“容缺办理”等服务模式。"
    assert ents(nlp, text, "CAMPAIGN") == ["“最多跑一次”", "“一窗受理”", "“容缺办理”"]
    assert ents(nlp, "迎来“开门红”“大丰收”。", "CAMPAIGN") == []


def test_campaign_repeated_core(nlp: Any) -> None:
    text = "开展“学党史、悟思想，办实事、开新局”活动。“学党史、悟思想、办实事、开新局”要落到实处。"
    assert ents(nlp, text, "CAMPAIGN") == ["“学党史、悟思想,办实事、开新局”活动", "“学党史、悟思想、办实事、开新局”"]
    assert ents(nlp, "“学党史、悟思想、办实事、开新局”要落到实处。", "CAMPAIGN") == []


def test_campaign_list_after_a_campaign(nlp: Any) -> None:
    text = "实施“千村示范”工程、春雨工程、护苗行动等民生实事。"
    assert ents(nlp, text, "CAMPAIGN") == ["“千村示范”工程", "春雨工程", "护苗行动"]
    assert ents(nlp, "加强管理、春雨工程建设。", "CAMPAIGN") == []
    assert ents(nlp, "实施“千村示范”工程、各项工程。", "CAMPAIGN") == ["“千村示范”工程"]


# ----------------------------------------------------------------- persons
def test_rare_surname_and_kinship_words(nlp: Any) -> None:
    assert "朵建华" in ents(nlp, "县人大常委会原主任朵建华，", "PERSON")
    assert ents(kg.load_pipeline(), "市民常带着他的孙子、孙女在公园玩耍。", "PERSON") == []


# ---------------------------------------------------------- generic bodies
def test_plural_bodies_are_not_orgs(nlp: Any) -> None:
    assert ents(nlp, "要求各乡党委、各街道党工委抓好落实。", "ORG") == []
    assert ents(nlp, "乡党委、街道党工委抓好落实。", "ORG") == ["乡党委", "街道党工委"]


# ---------------------------------------------------------- quoted meetings
def test_quoted_meeting_names(nlp: Any) -> None:
    assert ents(nlp, "在赣州“新春第一会”上，", "MEETING") == ["赣州“新春第一会”"]
    assert ents(nlp, "在全州“开年第一会”上，", "MEETING") == ["全州“开年第一会”"]
    assert ents(nlp, "今年全国“两会”期间，", "MEETING") == ["“两会”"]
    assert ents(nlp, "这是一个“好机会”，“学会”很重要。", "MEETING") == []


def test_model_name_filter() -> None:
    from kg.pipeline.components import _plausible_name

    assert not _plausible_name("方法") and not _plausible_name("孙女") and not _plausible_name("和谐")
    assert _plausible_name("方明") and _plausible_name("孙立") and _plausible_name("朵海平")


# ------------------------------------------------- abbreviated commissions
def test_commission_abbreviation_learned_from_a_stacked_title(nlp: Any) -> None:
    text = "自治区党委常委、农工委主任李华出席。会议要求，农工委成员单位要履职，农工委办抓好落实。"
    assert ents(nlp, text, "POST") == ["自治区党委常委", "农工委主任"]
    assert ents(nlp, text, "ORG") == ["农工委", "农工委办"]
    assert ents(nlp, text, "PERSON") == ["李华"]


def test_commission_abbreviation_needs_the_stacked_title(nlp: Any) -> None:
    assert ents(nlp, "农工委主任李华出席。农工委成员单位要履职。", "ORG") == []
    assert ents(nlp, "市委常委、政法委书记张明出席。", "POST") == ["市委常委", "政法委书记"]
    assert ents(nlp, "县委成员单位要履职。", "POST") == []


def test_region_names_in_routes_and_meetings_stay(nlp: Any) -> None:
    assert "武威" in ents(nlp, "兰张高铁兰州至武威段启动联调联试。", "REGION")
    assert "北京" in ents(nlp, "国家副主席3日在北京会见德国某某集团董事长。", "REGION")


def test_department_head_is_not_cut_to_the_role(nlp: Any) -> None:
    assert "部长" not in ents(nlp, "中央政治局委员、中宣部部长李明作工作布置。", "POST")
    assert ents(nlp, "推广“水肥一体化+密植”技术。", "CAMPAIGN") == []
