"""Pattern sets v5 (person v5, post v5, campaign v5) and the relation rules found with the xwlb14 set:
transliterated names with a one-character first part, Yi names opening a clause, the democratic parties'
leaders, 村支书, a bureau's unit stacked after the bureau's title, 生前是, 全国政协原常委, a township title
whose township is in the previous sentence, city short forms read across a word (人大|同), named experiences,
methods in quotes, 推广, and 出席…的还有 lists. Examples made up, none taken from the gold texts."""

from __future__ import annotations

from typing import Any

import pytest


from rule_docs import ents, full_pipeline as _full, post_bodies as bodies, rules_pipeline


def rels(text: str, type_: str) -> list[tuple[str, Any]]:
    doc = _full()(text)
    return [(doc.ents[r.head].text, doc.ents[r.tail].text if r.tail >= 0 else r.value)
            for r in doc._.relations if r.type == type_]


def former_of(text: str) -> dict[tuple[str, str], Any]:
    """(person, post) → the holds relation's ``former`` attribute."""
    doc = _full()(text)
    return {(doc.ents[r.head].text, doc.ents[r.tail].text): dict(r.attrs).get("former") for r in doc._.relations
            if r.type == "holds"}


@pytest.fixture(scope="module")
def nlp() -> Any:
    return rules_pipeline()


# -------------------------------------------------------------------- persons
def test_a_transliterated_name_with_a_one_character_first_part() -> None:
    text = ("她给英国志愿者本·哈珀写了一封信。第二年，本·哈珀来到了林场。可是在本·哈珀看来，这里的树还太小。")
    doc = _full()(text)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["本·哈珀"] * 3


def test_a_dotted_name_takes_no_function_words(nlp: Any) -> None:
    assert "但在本·哈珀看" not in ents(nlp, "可是，但在本·哈珀看来，林场还小。", "PERSON")
    assert "布茹玛汗·毛勒朵" in ents(nlp, "布茹玛汗·毛勒朵说，边境线上有她的石头。", "PERSON")


def test_a_yi_name_opening_a_clause(nlp: Any) -> None:
    found = ents(nlp, "在凉山州布拖县，吉克拉日正在地里挖土豆。后来，阿西的确说路好走了。", "PERSON")
    assert "吉克拉日" in found
    assert "阿西的确" not in found  # 的 is no part of a given name


# -------------------------------------------------------------------- posts
def test_the_democratic_parties_leaders_are_posts_with_their_central_bodies() -> None:
    text = "座谈会上，民进中央副主席林英、九三学社中央主席韩东、全国工商联副主席吴川先后发言。"
    got = bodies(text)
    assert got["民进中央副主席"][0] == "民进中央"
    assert got["九三学社中央主席"][0] == "九三学社中央"
    assert got["全国工商联副主席"][0] == "全国工商联"
    assert ("林英", "民进中央副主席") in rels(text, "holds")
    doc = _full()(text)
    assert "党中央主席" not in [e.text for e in doc.ents]  # not read from inside 九三学社中央主席/农工党中央主席
    # the bodies on their own are no ORG (united-front bodies, not party or state organs)
    assert not [e.text for e in _full()("各民主党派中央、全国工商联负责人出席。").ents if e.label_ == "ORG"
                and "工商联" in e.text]


def test_a_village_party_secretary_written_short() -> None:
    text = "在甘肃定西安定区青岚村，村支书张国梁带着村民种药材。"
    assert ("张国梁", "村支书") in rels(text, "holds")
    body, region = bodies(text)["村支书"]
    assert body == "青岚村党支部" and region == "621102"


def test_a_bureaus_unit_stacked_after_the_bureaus_title() -> None:
    text = "天津市公安局副局长、刑事侦查局局长罗川介绍了案情。"
    got = bodies(text)
    assert got["天津市公安局副局长"] == ("天津市公安局", "12")
    assert got["刑事侦查局局长"] == ("天津市公安局刑事侦查局", "12")
    assert ("罗川", "刑事侦查局局长") in rels(text, "holds")


def test_a_title_held_before_death_is_former() -> None:
    held = former_of("追授许平“时代楷模”称号。许平生前是南京市公安局副局长，他一心为民。许安是县长。")
    assert held.get(("许安", "县长")) is None
    assert any(p == "许平" and f is True for (p, _t), f in held.items())


def test_a_former_member_of_the_cppcc_standing_committee() -> None:
    text = "十四届全国政协原常委、提案委员会原副主任严方被开除党籍。"
    got = bodies(text)
    assert got["全国政协原常委"][0] == "全国政协常委会"
    assert got["提案委员会原副主任"][0] == "全国政协提案委员会"


def test_a_township_title_takes_the_township_of_the_previous_sentence() -> None:
    text = "去年冬天，西藏日喀则市定日县长所乡遭遇暴雪。乡党委书记次仁带领干部逐户查看。"
    assert bodies(text)["乡党委书记"] == ("长所乡党委", "540223205")
    # not further back than the previous sentence, and not when the title's sentence writes a region
    far = "西藏日喀则市定日县长所乡遭遇暴雪。牧民很多。乡党委书记次仁带领干部逐户查看。"
    assert bodies(far).get("乡党委书记", (None, None))[1] is None


# -------------------------------------------------------------------- regions
def test_a_city_short_form_is_not_read_across_a_frequent_word(nlp: Any) -> None:
    assert "大同" not in ents(nlp, "要密切人大同人民群众的联系。", "REGION")
    for text in ("山西大同的冬天很冷。", "他来到大同调研。", "陕西安康市有很多茶园。"):
        assert ents(nlp, text, "REGION"), text


# -------------------------------------------------------------------- campaigns
def test_a_named_experience_in_quotes_and_who_spreads_it() -> None:
    text = "李明同志总结推广“晋江经验”时指出，要做大民营经济。"
    assert rels(text, "promoted_by") == [("“晋江经验”", "李明")]


def test_a_quoted_way_of_working_is_no_campaign(nlp: Any) -> None:
    assert ents(nlp, "当地通过“请进来+送出去”的方式培训农民。", "CAMPAIGN") == []
    assert ents(nlp, "当地推行“请进来+送出去”行动。", "CAMPAIGN") == ["“请进来+送出去”行动"]
    assert "双循环" not in ents(nlp, "要促进国内国际双循环。", "CAMPAIGN")


# -------------------------------------------------------------------- meetings
def test_attendees_listed_after_the_verb_of_attending() -> None:
    text = ("6月5日，省委召开民营企业座谈会。省委书记王川主持座谈会。"
            "出席座谈会的企业家还有陈立新、孙立群和赵海燕。")
    got = rels(text, "attendee")
    assert {("民营企业座谈会", n) for n in ("陈立新", "孙立群", "赵海燕")} <= set(got)
    assert ("民营企业座谈会", "王川") not in got


# ------------------------------------------------- families found with the xwlb15 set
def test_a_provinces_department_is_a_body_on_its_own(nlp: Any) -> None:
    orgs = ents(nlp, "通报了浙江省住房和城乡建设厅及某学院的问题。云南省教育厅发布通知。", "ORG")
    assert orgs == ["浙江省住房和城乡建设厅", "云南省教育厅"]
    assert "浙江省" not in ents(nlp, "浙江省住房和城乡建设厅发布通知。", "REGION")


def test_a_rare_surname_after_a_title_and_the_shortest_name_of_a_decision() -> None:
    assert ("怀志强", "部长") in rels("科技部党组书记、部长怀志强作了报告。", "holds")
    assert ("武斌", "全国人大常委会法制工作委员会副主任") in rels(
        "会议经表决，免去武斌的全国人大常委会法制工作委员会副主任职务。", "holds")
    assert ("武斌", "全国人大常委会委员") in rels("会议通过了关于接受武斌辞去全国人大常委会委员职务的请求的决定。", "holds")


def test_a_two_character_county_is_not_read_across_a_frequent_word(nlp: Any) -> None:
    assert "成县" not in ents(nlp, "逐步形成县县有特色、乡乡有产业的格局。", "REGION")
    assert "成县" in ents(nlp, "甘肃成县的核桃远近闻名。", "REGION")
    assert "安康" not in ents(nlp, "祝愿大家幸福安康。", "REGION")


def test_national_strategies_and_systems_named_in_full(nlp: Any) -> None:
    got = ents(nlp, "把帮扶纳入乡村振兴战略统筹实施，强化粮食安全责任制落实。", "CAMPAIGN")
    assert got == ["乡村振兴战略", "粮食安全责任制"]
    assert ents(nlp, "干部要自觉增强学习教育的责任感。", "CAMPAIGN") == []
    assert ents(nlp, "当地形成了“培训+就业”模式。", "CAMPAIGN") == []


def test_a_quoted_nickname_is_no_person(nlp: Any) -> None:
    assert ents(nlp, "全县培育“土专家”“田秀才”300多人。", "PERSON") == []


def test_the_body_whose_decision_a_campaign_is_and_the_leader_on_an_inspection_tour() -> None:
    text = "王华日前在贵州考察时强调，贵州要认真落实党中央关于西部大开发和长江经济带发展的战略部署。"
    assert set(rels(text, "launched_by")) == {("西部大开发", "党中央"), ("长江经济带发展", "党中央")}
    assert ("西部大开发", "王华") in rels(text, "promoted_by")
    assert ("西部大开发", "52") in rels(text, "campaign_region")


def test_a_national_title_between_the_chair_and_the_verb() -> None:
    text = "十四届全国人大常委会第二十次会议28日在北京闭幕。赵乐际委员长主持闭幕会。"
    assert rels(text, "chaired_by") == [("十四届全国人大常委会第二十次会议", "赵乐际")]


def test_a_copula_with_then_and_a_place_and_not_with_a_relative() -> None:
    held = [(p, t, f) for (p, t), f in former_of("2015年，省委书记来到龙头村。罗玉兰是当时龙头村的党支部书记，她汇报了情况。").items()]
    assert ("罗玉兰", "党支部书记", True) in held
    assert rels("李四是县长的儿子。", "holds") == []


# ------------------------------------------------- families found with the xwlb16 set
def test_a_meeting_named_by_a_topic_ending_in_a_verb() -> None:
    text = ("李明5日在杭州出席推进科技创新研究座谈会并讲话。王东主持座谈会。座谈会上，"
            "浙江大学医学院院长赵强、某某新材料股份有限公司首席科学家周平先后发言。")
    doc = _full()(text)
    assert "推进科技创新研究座谈会" in [e.text for e in doc.ents if e.label_ == "MEETING"]
    speakers = {p for m, p in rels(text, "speaker")}
    assert {"李明", "赵强", "周平"} <= speakers
    assert ("推进科技创新研究座谈会", "王东") in rels(text, "chaired_by")
    assert bodies(text)["首席科学家"][0] == "某某新材料股份有限公司"
    assert bodies(text)["院长"][0] == "浙江大学医学院"


def test_ministries_by_their_full_names_and_roles_stacked_with_jian() -> None:
    assert bodies("闭幕会后，人力资源和社会保障部部长孙华作讲座。")["人力资源和社会保障部部长"][0] == "人力资源和社会保障部"
    text = "全国政协副主席兼秘书长吴杰主持座谈会。"
    assert ("吴杰", "秘书长") in rels(text, "holds")
    assert bodies(text)["秘书长"][0] == "全国政协"


def test_a_stack_across_a_session_prefix_and_a_new_title_after_gaiRen() -> None:
    held = rels("对第二十届中央委员、十四届全国政协提案委员会原副主任林涛进行审查调查。", "holds")
    assert ("林涛", "中央委员") in held
    held = rels("周宁同志不再担任提案委员会驻会副主任，改任提案委员会副主任。", "holds")
    assert ("周宁", "提案委员会副主任") in held


def test_a_strategy_as_a_direction_or_a_goal_is_no_campaign(nlp: Any) -> None:
    assert ents(nlp, "坚持“三个服务”战略导向。", "CAMPAIGN") == []
    assert ents(nlp, "加快建成中部地区崛起的重要战略支点。", "CAMPAIGN") == []
    assert ents(nlp, "推动中部地区加快崛起。", "CAMPAIGN") == ["中部地区加快崛起"]


def test_speeches_cited_by_their_meeting_and_a_chair_who_speaks() -> None:
    text = "刘强表示，陈光明总书记在民营企业座谈会上的重要讲话，为本省指明了方向。"
    assert rels(text, "speaker") == [("民营企业座谈会", "陈光明")]
    assert rels("他在民营企业座谈会上的讲话很好。", "speaker") == []
    text = "全省科技工作会议在长沙召开。王东主持会议时表示，要加强基础研究。"
    assert rels(text, "chaired_by") == [("全省科技工作会议", "王东")]
    assert rels(text, "speaker") == [("全省科技工作会议", "王东")]
    text = "纪念李仁同志诞辰100周年座谈会5日在京举行。省委书记张海在座谈会上缅怀了李仁同志的一生，强调要学习他。"
    assert ("纪念李仁同志诞辰100周年座谈会", "张海") in rels(text, "speaker")


# ------------------------------------------------- families found with the xwlb17 set
def test_national_titles_by_full_names_and_npc_committees_by_short_names() -> None:
    text = ("决定任命赵刚为中华人民共和国中央军事委员会副主席。任命钱伟为全国人大财经委副主任委员；"
            "免去孙立的全国人大常委会预算工委副主任职务。中央纪律检查委员会书记李方出席。"
            "任命周安为中国人民解放军军事检察院检察长。")
    got = bodies(text)
    assert got["中华人民共和国中央军事委员会副主席"][0] == "中央军委"
    assert got["全国人大财经委副主任委员"][0] == "全国人大财经委"
    assert got["全国人大常委会预算工委副主任"][0] == "全国人大常委会预算工委"
    assert got["中央纪律检查委员会书记"][0] == "中央纪委"
    assert got["中国人民解放军军事检察院检察长"][0] == "中国人民解放军军事检察院"
    held = rels(text, "holds")
    assert {("赵刚", "中华人民共和国中央军事委员会副主席"), ("孙立", "全国人大常委会预算工委副主任"),
            ("周安", "中国人民解放军军事检察院检察长")} <= set(held)


def test_a_courts_committee_tribunal_and_bench_stacked_after_its_title() -> None:
    text = "任命刘成为最高人民法院副院长、审判委员会委员、审判员，免去马平的最高人民法院副院长、第二巡回法庭庭长职务。"
    got = bodies(text)
    assert got["审判委员会委员"][0] == "最高人民法院审判委员会"
    assert got["审判员"][0] == "最高人民法院"
    assert got["第二巡回法庭庭长"][0] == "最高人民法院第二巡回法庭"
    assert {("刘成", "审判员"), ("马平", "第二巡回法庭庭长")} <= set(rels(text, "holds"))


def test_a_zones_party_working_committee(nlp: Any) -> None:
    text = "会上，雄安新区党工委书记钱江发言。长沙高新区管委会发布通知。"
    assert bodies(text)["雄安新区党工委书记"] == ("雄安新区党工委", None)
    assert ("钱江", "雄安新区党工委书记") in rels(text, "holds")
    assert "长沙高新区管委会" in ents(nlp, text, "ORG")


def test_a_bodys_decision_about_campaigns_with_verbs_in_the_list() -> None:
    text = "王华日前在江西考察时强调，江西要落实党中央关于促进中部地区加快崛起、推动长江经济带发展等战略部署。"
    assert set(rels(text, "launched_by")) == {("中部地区加快崛起", "党中央"), ("长江经济带发展", "党中央")}


def test_quoted_terms_and_verbs_before_an_education_campaign_are_no_campaigns(nlp: Any) -> None:
    assert ents(nlp, "做好“一老一小”服务保障。", "CAMPAIGN") == []
    assert ents(nlp, "全市领导班子建立学习教育问题清单。", "CAMPAIGN") == []
    assert ents(nlp, "随着固边兴边富民行动深入推进。", "CAMPAIGN") == ["固边兴边富民行动"]


def test_the_further_persons_of_an_appointment_decision() -> None:
    text = "会议经表决，任命赵明为全国人大财经委副主任委员、钱振骋为全国人大社会委副主任委员。"
    held = rels(text, "holds")
    assert ("钱振骋", "全国人大社会委副主任委员") in held and ("赵明", "全国人大财经委副主任委员") in held


# ------------------------------------------------- families found with the xwlb18 set
def test_a_delegation_deliberation_with_the_leader_and_deputies_reporting() -> None:
    text = ("5日下午，李明总书记在参加他所在的十四届全国人大三次会议浙江代表团审议时强调，要挑大梁。"
            "全国人大代表、杭州市第一医院副院长周红向总书记汇报了转化医学建设的情况。")
    got = set(rels(text, "speaker"))
    assert {("十四届全国人大三次会议", "李明"), ("十四届全国人大三次会议", "周红")} <= got
    assert ("十四届全国人大三次会议", "李明") in rels(text, "attendee")


def test_a_meeting_named_with_the_groups_it_gathers() -> None:
    doc = _full()("各民主党派中央、无党派人士黄河保护民主监督工作座谈会2日在京召开。王东主持会议。")
    assert [e.text for e in doc.ents if e.label_ == "MEETING"] == ["各民主党派中央、无党派人士黄河保护民主监督工作座谈会"]
    doc = _full()("终止其党的二十大代表、某省第十四次党代会代表资格。")
    assert "终止其党的二十大代表、某省第十四次党代会" not in [e.text for e in doc.ents]


def test_two_places_joined_by_plus_are_a_way_of_working(nlp: Any) -> None:
    assert ents(nlp, "形成了“浙江企业+贵州资源”等合作模式。", "CAMPAIGN") == []
    # (campaign v13: a quoted programme takes the 建设 written after it)
    assert ents(nlp, "推动“党建+邻里中心”建设。", "CAMPAIGN") == ["“党建+邻里中心”建设"]


def test_a_congress_by_number_before_he(nlp: Any) -> None:  # meeting patterns v4
    assert ents(nlp, "全面贯彻落实中共二十大和二十届三中全会精神。", "MEETING") == ["中共二十大", "二十届三中全会"]


# ------------------------------------------------- families found with the xwlb19 set
def test_a_premiers_symposium_chair_speakers_and_the_chair_speaking_after() -> None:
    text = ("国务院总理王平1月26日下午主持召开各民主党派中央、全国工商联负责人和无党派人士代表座谈会。"
            "座谈会上，民盟中央主席林华、无党派人士代表周敏等先后发言。"
            "王平在认真听取大家的发言后表示，意见建议很有帮助。钱一、孙二、咸明参加座谈会。")
    name = "各民主党派中央、全国工商联负责人和无党派人士代表座谈会"
    doc = _full()(text)
    assert [e.text for e in doc.ents if e.label_ == "MEETING"] == [name]
    assert rels(text, "chaired_by") == [(name, "王平")]
    assert {(name, "林华"), (name, "周敏"), (name, "王平")} <= set(rels(text, "speaker"))
    assert {(name, "钱一"), (name, "咸明")} <= set(rels(text, "attendee"))


def test_a_name_set_off_by_a_comma_before_shengqian_shi() -> None:
    held = former_of("刘远，生前是江苏省泰兴市人民法院党组副书记、常务副院长，他一心为民。")
    assert held.get(("刘远", "常务副院长")) is True


def test_a_model_span_that_takes_the_first_character_of_a_memorial_is_cut() -> None:
    doc = _full()("他们参观了李仲元纪念馆。")
    assert "李仲元纪" not in [e.text for e in doc.ents]


def test_an_education_campaign_after_tong(nlp: Any) -> None:
    assert ents(nlp, "要把履职工作同树立和践行正确政绩观学习教育结合起来。", "CAMPAIGN") == ["树立和践行正确政绩观学习教育"]


def test_longer_national_bodies_first_and_generic_actions(nlp: Any) -> None:
    orgs = ents(nlp, "外交部、国务院国资委负责同志发言。中共中央纪律检查委员会对其立案审查。", "ORG")
    assert orgs == ["外交部", "国务院国资委", "中共中央纪律检查委员会"]
    assert ents(nlp, "全省全面启动专项整治行动。", "CAMPAIGN") == []
