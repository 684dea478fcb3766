"""kg_rules: one block per rule family, with positive and negative examples."""

from __future__ import annotations

from typing import Any

import pytest


from rule_docs import rules_pipeline, ents


@pytest.fixture(scope="module")
def nlp() -> Any:
    return rules_pipeline()


def ent(nlp: Any, text: str, surface: str) -> Any:
    doc = nlp(text)
    found = [e for e in doc.ents if e.text == surface]
    assert found, f"{surface!r} not in {[(e.text, e.label_) for e in doc.ents]}"
    return found[0]


# ---------------------------------------------------------------- POST
def test_post_with_region_body_role(nlp: Any) -> None:
    e = ent(nlp, "泗洪县委书记李爱华表示，要全力推进。", "泗洪县委书记")
    assert e.label_ == "POST"
    assert e._.kg == {"role": "书记", "body": "泗洪县委", "body_type": "党委", "region": "泗洪县", "level_hint": "县"}
    doc = nlp("泗洪县委书记李爱华表示")
    parts = {(p.text, p.label_) for p in doc.spans["kg_parts"]}
    assert ("泗洪县", "REGION") in parts and ("泗洪县委", "ORG") in parts


def test_stacked_titles(nlp: Any) -> None:
    text = "——访市委常委、政法委书记、邗江区委书记 张耀武\n"
    assert ents(nlp, text, "POST") == ["市委常委", "政法委书记", "邗江区委书记"]
    assert ents(nlp, text, "PERSON") == ["张耀武"]
    text = "区委常委、组织部部长俞向林宣读了通报。纪委书记、监委主任王刚出席。"
    assert ents(nlp, text, "POST") == ["区委常委", "组织部部长", "纪委书记", "监委主任"]
    assert ents(nlp, text, "PERSON") == ["俞向林", "王刚"]


@pytest.mark.parametrize("text, post", [
    ("泗洪县委副书记、县长杨云峰要求", "泗洪县委副书记"),
    ("常务副区长刘明主持会议", "常务副区长"),
    ("镇党委书记陈刚说", "镇党委书记"),
    ("鄂温克族自治旗旗委书记巴特尔强调", "鄂温克族自治旗旗委书记"),
    ("延边朝鲜族自治州副州长金明出席", "延边朝鲜族自治州副州长"),
    ("副州长金明出席", "副州长"),
    ("锡林郭勒盟盟长参加", "锡林郭勒盟盟长"),
    ("访市政府党组成员、广陵区委书记 韦峰", "市政府党组成员"),
    ("扬州市长张三指出", "扬州市长"),
])
def test_post_variants(nlp: Any, text: str, post: str) -> None:
    assert post in ents(nlp, text, "POST")


@pytest.mark.parametrize("text", [
    "建立社区长效管理机制", "推动城市长远发展", "广州长隆度假区", "小区委托物业管理", "城镇长期规划",
])
def test_post_negatives(nlp: Any, text: str) -> None:
    assert ents(nlp, text, "POST") == []


# ---------------------------------------------------------------- ORG
@pytest.mark.parametrize("text, org, attrs", [
    ("泗洪县委印发通知", "泗洪县委", {"body_type": "党委", "region": "泗洪县"}),
    ("县政府出台政策", "县政府", {"body_type": "政府", "level_hint": "县"}),
    ("市委组织部召开会议", "市委组织部", {"body_type": "组织部", "parent": "市委"}),
    ("区考核办要落实", "区考核办", {"body_type": "考核办"}),
    ("该县县纪委县监委通过会议澄清", "县纪委县监委", {"body_type": "纪委"}),
    ("明确县人大牵头", "县人大", {"body_type": "人大"}),
    ("县政协牵头主抓营商环境", "县政协", {"body_type": "政协"}),
    ("中共濉溪县委印发", "中共濉溪县委", {"body_type": "党委", "region": "濉溪县"}),
])
def test_org(nlp: Any, text: str, org: str, attrs: dict[str, Any]) -> None:
    e = ent(nlp, text, org)
    assert e.label_ == "ORG"
    assert attrs.items() <= e._.kg.items()


def test_org_pair(nlp: Any) -> None:
    assert ents(nlp, "全面落实省委、省政府部署", "ORG") == ["省委", "省政府"]


# -------------------------------------------------------------- REGION
def test_region_attrs(nlp: Any) -> None:
    e = ent(nlp, "江苏泗洪获得大丰收", "泗洪")
    assert e.label_ == "REGION"
    assert e._.kg["code"] == "321324" and e._.kg["level"] == "county" and e._.kg["name"] == "泗洪县"
    amb = ent(nlp, "他到朝阳区调研。", "朝阳区")
    assert amb._.kg["code"] is None and len(amb._.kg["candidates"]) >= 2
    assert ents(nlp, "江苏泗洪获得大丰收", "REGION") == ["江苏", "泗洪"]


def test_county_short_form_needs_context(nlp: Any) -> None:
    # a county's short form alone is not enough (站前区, 营口): no region in this text
    assert ents(nlp, "新航站楼站前枢纽全线贯通", "REGION") == []
    assert ents(nlp, "泗洪县召开会议，泗洪将推进改革", "REGION") == ["泗洪县", "泗洪"]
    # the region named in the article picks the candidate
    assert ent(nlp, "北京城市副中心在通州", "通州")._.kg["code"] == "110112"
    assert ent(nlp, "江苏南通市通州发展", "通州")._.kg["code"] == "320612"


def test_township_short_forms_in_lists(nlp: Any) -> None:
    text = "扬州市邗江区实施杨寿、方巷敬老院复建改造。"
    assert ents(nlp, text, "REGION")[-2:] == ["杨寿", "方巷"]
    assert ent(nlp, text, "杨寿")._.kg["level"] == "township"
    assert "杨寿" not in ents(nlp, "实施杨寿、方巷敬老院复建改造。", "REGION")  # no region named: no guess


def test_region_negatives(nlp: Any) -> None:
    assert ents(nlp, "通过理顺城市经络，提升融合水平，推动碳中和。", "REGION") == []
    assert ents(nlp, "扬州大学和泗洪路", "REGION") == []


# ------------------------------------------------------------ CAMPAIGN
@pytest.mark.parametrize("text, surface, name, core", [
    ("严格落实“13710”工作制度上", "“13710”工作制度", "13710工作制度", "13710"),
    ("要围绕县委“1465”总体思路", "“1465”总体思路", "1465总体思路", "1465"),
    ("强力实施“五大突破”", "“五大突破”", "五大突破", "五大突破"),
    ("深化落实“一创双加”行动", "“一创双加”行动", "一创双加行动", "一创双加"),
    ("开展“双实活动”", "“双实活动”", "双实活动", "双实活动"),
    ("让“三真三实”作风扎根", "“三真三实”", "三真三实", "三真三实"),
    ("大力实施“链长制”", "“链长制”", "链长制", "链长制"),
    ("全面落实“五减五化”措施", "“五减五化”", "五减五化", "五减五化"),
    ("实施「千企升级行动」", "「千企升级行动」", "千企升级行动", "千企升级行动"),
    ("推动“强富美高”新泗洪建设", "“强富美高”", "强富美高", "强富美高"),
])
def test_campaigns(nlp: Any, text: str, surface: str, name: str, core: str) -> None:
    e = ent(nlp, text, surface)
    assert e.label_ == "CAMPAIGN"
    assert e._.kg == {"name": name, "core": core}


@pytest.mark.parametrize("text", [
    "泗洪县获得“大丰收”", "实现“开门红”", "分宜“簇簇新”的开局、“咚咚响”的态势和“嗷嗷叫”的作风",
    "力争“十四五”时期", "锁定“一个目标”", "今年全国“两会”期间", "“2021”年", "经济增长制约因素",
])
def test_campaign_negatives(nlp: Any, text: str) -> None:
    assert ents(nlp, text, "CAMPAIGN") == []


# ------------------------------------------------------------- MEETING
@pytest.mark.parametrize("text, meeting", [
    ("市委七届十三次全会日前召开", "市委七届十三次全会"),
    ("2月19日召开的江西分宜县三级干部大会别开生面", "分宜县三级干部大会"),
    ("先后召开三次县委常委会会议", "县委常委会会议"),
    ("4月7日上午，全区2023年度高质量跨越发展综合考核总结暨2024年工作推进会议召开。",
     "全区2023年度高质量跨越发展综合考核总结暨2024年工作推进会议"),
])
def test_meetings(nlp: Any, text: str, meeting: str) -> None:
    assert meeting in ents(nlp, text, "MEETING")


def test_meeting_negatives(nlp: Any) -> None:
    assert ents(nlp, "并召开座谈会。", "MEETING") == []
    assert ents(nlp, "这是一次重要会议。", "MEETING") == []


# ---------------------------------------------------------------- DATE
@pytest.mark.parametrize("text, date", [
    ("4月7日上午，会议召开", "4月7日上午"), ("2月19日，市委书记", "2月19日"),
    ("从2017至2019年，在全县开展", "2017至2019年"), ("在2021年全市", "2021年"),
])
def test_dates(nlp: Any, text: str, date: str) -> None:
    assert ents(nlp, text, "DATE") == [date]


def test_date_negatives(nlp: Any) -> None:
    assert ents(nlp, "总投资2000万元，完成85项", "DATE") == []


# -------------------------------------------------------------- PERSON
def test_person_after_post_and_speech(nlp: Any) -> None:
    text = "区委书记颜复强调，要凝神聚力。区长邓萌主持会议。颜复指出，回顾过去。邓萌强调，要坚持。"
    assert ents(nlp, text, "PERSON") == ["颜复", "邓萌", "颜复", "邓萌"]


def test_person_list(nlp: Any) -> None:
    text = "区领导关晓卫、朱书文、张进、彭凯、苗大成、俞向林、朱亚、汪磊等参加会议。"
    assert ents(nlp, text, "PERSON") == ["关晓卫", "朱书文", "张进", "彭凯", "苗大成", "俞向林", "朱亚", "汪磊"]


def test_bylines(nlp: Any) -> None:
    doc = nlp("要圍繞縣委部署。(記者 張立婷)\n\n(責編:蕭瀟、張鑫)\n")
    people = [(e.text, e._.kg["kind"], e._.kg["role"]) for e in doc.ents if e.label_ == "PERSON"]
    assert people == [("张立婷", "byline", "author"), ("萧潇", "byline", "editor"), ("张鑫", "byline", "editor")]
    assert ents(nlp, "纳入年度综合考核。(吴永生 陈丽伟)\n", "PERSON") == ["吴永生", "陈丽伟"]
    assert ents(nlp, "编辑:李佳婷\n", "PERSON") == ["李佳婷"]


def test_titled_reference(nlp: Any) -> None:
    e = ent(nlp, "落实市委王书记对泗洪明确的目标", "王书记")
    assert e.label_ == "PERSON" and e._.kg == {"kind": "titled", "surname": "王", "role": "书记"}


def test_person_negatives(nlp: Any) -> None:
    # speech verbs after common words; a single unknown name before a speech verb
    assert ents(nlp, "全会指出，要加强领导。全会强调，要落实。会议要求各地推进。", "PERSON") == []
    assert ents(nlp, "高度重视安全生产。", "PERSON") == []
    assert ents(nlp, "向书记汇报工作。", "PERSON") == []


def test_no_overlaps_and_longest_title_wins(nlp: Any) -> None:
    doc = nlp("泗洪县委副书记、县长杨云峰要求全县上下推进“五大突破”。")
    spans = sorted((e.start_char, e.end_char) for e in doc.ents)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    assert "泗洪县" not in [e.text for e in doc.ents]


def test_model_policy_fill_keeps_rules(nlp: Any) -> None:
    from spacy.tokens import Span

    rules = nlp.get_pipe("kg_rules")
    doc = nlp.make_doc("区长邓萌主持会议，王小明的发言很好。")
    doc.ents = [Span(doc, 0, 3, label="PERSON"), Span(doc, 9, 12, label="PERSON")]
    rules(doc)
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert people == ["邓萌", "王小明"]  # the model's 区长邓 overlaps the rule POST and is dropped
    assert [e._.kg.get("source") for e in doc.ents if e.text == "王小明"] == ["model"]


# ------------------------------------------------ titles in notices and lists
def test_former_titles_and_stacked_bare_roles(nlp: Any) -> None:
    text = "王浩同志不再兼任浙江省委书记、常委、委员职务；东丰县委原书记曾海洋，金凤区原区委副书记、区长张涛，"
    assert ents(nlp, text, "POST") == ["浙江省委书记", "常委", "委员", "东丰县委原书记", "金凤区原区委副书记", "区长"]
    assert ents(nlp, text, "PERSON") == ["王浩", "曾海洋", "张涛"]
    assert ents(nlp, text, "REGION") == []  # the regions are inside the titles (kg_parts)


def test_outer_region_is_its_own_entity(nlp: Any) -> None:
    doc = nlp("河北省邯郸市政府原党组成员、副市长任华山，")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("河北省", "REGION"), ("邯郸市政府原党组成员", "POST"), ("副市长", "POST"), ("任华山", "PERSON")]


def test_village_and_ministry_posts(nlp: Any) -> None:
    text = "带您认识广东佛山古灶村党委书记、村委会主任陆秀兴。农业农村部原党组书记、部长唐仁健，"
    assert ents(nlp, text, "POST") == ["古灶村党委书记", "村委会主任", "农业农村部原党组书记", "部长"]
    assert ents(nlp, text, "PERSON") == ["陆秀兴", "唐仁健"]
    assert ents(nlp, text, "REGION") == ["广东", "佛山"]


def test_person_context_rules(nlp: Any) -> None:
    assert ents(nlp, "经研究，给予胡衡华同志警告处分。", "PERSON") == ["胡衡华"]
    assert ents(nlp, "有关部门负责同志出席会议。", "PERSON") == []
    assert ents(nlp, "马兴瑞、姜信治出席会议。", "PERSON") == ["马兴瑞", "姜信治"]
    assert ents(nlp, "市民郑和鉴常带着孙子散步。", "PERSON") == ["郑和鉴"]
    assert ents(nlp, "在市长龚正陪同下调研。", "PERSON") == ["龚正"]
    assert ents(nlp, "全体官兵向主席敬礼。白皮书强调，白皮书指出。", "PERSON") == []


def test_campaign_shapes_with_words_between(nlp: Any) -> None:
    assert ents(nlp, "广泛开展“两在两同”建新功行动。", "CAMPAIGN") == ["“两在两同”建新功行动"]
    assert ents(nlp, "加快实现“四个濉溪”建设目标", "CAMPAIGN") == ["“四个濉溪”"]
    assert ents(nlp, "即“3820”战略工程，", "CAMPAIGN") == ["“3820”战略工程"]
    text = "主要措施是实施产业升级工程、项目推进工程和效能建设工程。"
    assert ents(nlp, text, "CAMPAIGN") == ["产业升级工程", "项目推进工程", "效能建设工程"]
    # not campaigns: military operations, pejoratives, slogans of loyalty
    assert ents(nlp, "以军开展空袭行动，搞“政绩工程”，做到“两个维护”。", "CAMPAIGN") == []


def test_villages_and_alias_regions(nlp: Any) -> None:
    text = "广西梧州六堡镇山坪村党支部书记祝雪兰说，2008年她当选为山坪村党支部书记。他担任村党支部书记35年。"
    assert ents(nlp, text, "POST") == ["山坪村党支部书记", "山坪村党支部书记", "村党支部书记"]
    # 民和县 is how news write 民和回族土族自治县 (not 和县 in Anhui)
    e = ent(nlp, "青海省海东市民和县人大常委会原党组书记、主任朵海生，", "民和县人大常委会原党组书记")
    assert e._.kg["region"] == "民和县"
    assert ent(nlp, "河南省濮阳县庆祖镇西辛庄村", "庆祖镇")._.kg["code"] == "410928103"


def test_party_congresses_and_plenums(nlp: Any) -> None:
    text = "党的二十大以来，深入学习贯彻党的二十届三中全会精神和二中全会精神，经中央纪委常委会会议研究。"
    assert ents(nlp, text, "MEETING") == ["党的二十大", "党的二十届三中全会", "二中全会", "中央纪委常委会会议"]
    assert ents(nlp, "评选全国十大杰出青年", "MEETING") == []


@pytest.mark.parametrize("text, date", [
    ("元旦、春节将至，要紧盯节点", ["元旦", "春节"]), ("李希1日主持召开会议", ["1日"]),
    ("会议19日—21日在喀什召开", ["19日—21日"]), ("上世纪90年代初，这里", ["上世纪90年代初"]),
])
def test_more_dates(nlp: Any, text: str, date: list[str]) -> None:
    assert ents(nlp, text, "DATE") == date
