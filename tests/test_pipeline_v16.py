"""Examples for the rules added in the fourteenth session (made up for the tests, none taken from the gold texts):
post v17, org v18, campaign v20, meeting v20, date v16 — foreign and international titles, the people's
organisations, quoted holidays, presidium meetings and quoted seminar titles."""

from __future__ import annotations

from typing import Any

import pytest

from kg.pipeline.patterns import country_names
from rule_docs import campaign_relations, ents, full_pipeline, holds, post_bodies, relations, rules_pipeline


@pytest.fixture(scope="module")
def nlp() -> Any:
    return rules_pipeline()


# ------------------------------------------------------------------ foreign and international titles (post v17)
def test_the_country_list_is_read_longest_first() -> None:
    names = country_names()
    assert names.index("巴布亚新几内亚") < names.index("几内亚") and "中国" not in names
    assert {"南非", "日本", "美国", "越南", "秘鲁"} <= set(names)


def test_a_foreign_head_of_state_and_of_government() -> None:
    text = "国家主席在北京会见智利总统博里奇和新西兰总理希普金斯。"
    assert ("博里奇", "总统") in holds(text) and ("希普金斯", "总理") in holds(text)
    bodies = post_bodies(text)
    assert bodies["总统"][0] == "智利" and bodies["总理"][0] == "新西兰政府"  # (the state; its government)
    assert "智利总统" not in ents(full_pipeline(), text, "POST")  # the state stays outside the title


def test_a_foreign_minister_stacked_after_his_deputy_premiership() -> None:
    text = "泰国副总理兼商业部长普丹出席开幕式。"
    assert set(holds(text)) >= {("普丹", "副总理"), ("普丹", "商业部长")}
    assert post_bodies(text)["商业部长"][0] == "泰国政府"


def test_a_foreign_places_title_keeps_the_place_and_the_next_one_in_a_list() -> None:
    text = "德国汉堡市市长舒尔特和不来梅市副市长米勒出席签约仪式。"
    assert set(holds(text)) >= {("舒尔特", "汉堡市市长"), ("米勒", "不来梅市副市长")}
    assert post_bodies(text)["汉堡市市长"][0] == "汉堡市政府"
    text = "韩国京畿道知事金东植会见代表团。"
    assert ("金东植", "京畿道知事") in holds(text) and post_bodies(text)["京畿道知事"][0] == "京畿道"


def test_a_foreign_name_after_its_title_before_a_verb(nlp: Any) -> None:
    # (no surname to read it by: the name runs up to the word after it)
    assert ents(nlp, "世界卫生组织总干事谭德塞先后致辞。", "PERSON") == ["谭德塞"]
    assert ents(nlp, "国际奥委会主席托马斯·库森特出席。", "PERSON") == ["托马斯·库森特"]
    assert ents(nlp, "会见巴西总统一行。", "PERSON") == []  # (一行 follows a title, no name)


def test_a_foreign_name_before_a_heads_title_later() -> None:
    text = "副主席会见法国里昂市市长杜塞。希望杜塞市长此访推动两市合作。"
    assert holds(text).count(("杜塞", "市长")) == 1
    text = "赞比亚总统希奇莱马会见。双方表示，习近平主席同希奇莱马总统共同宣布。"
    assert ("希奇莱马", "总统") in holds(text)


def test_a_head_of_state_named_before_the_title_takes_the_state_named_before_as_inferred() -> None:
    doc = full_pipeline()("中方欢迎巴西代表团。主席同卢拉总统举行会谈。")
    rel = next(r for r in doc._.relations if r.type == "post_body" and doc.ents[r.head].text == "总统")
    assert rel.value == "巴西" and rel.inferred


def test_no_foreign_title_inside_inner_mongolia_or_a_chinese_title(nlp: Any) -> None:
    assert ents(nlp, "内蒙古自治区主席王莉霞出席。", "POST") == ["内蒙古自治区主席"]
    assert "总理" in ents(nlp, "国务院总理李强会见。", "POST") or "国务院总理" in ents(nlp, "国务院总理李强会见。", "POST")
    assert post_bodies("国务院总理李强会见。").get("国务院总理", (None,))[0] == "国务院"


def test_international_organisations_officers() -> None:
    text = "联合国教科文组织总干事阿祖莱、世界银行行长彭安杰致辞。"
    assert set(holds(text)) >= {("阿祖莱", "联合国教科文组织总干事"), ("彭安杰", "世界银行行长")}
    assert post_bodies(text)["世界银行行长"][0] == "世界银行"


def test_a_foreign_ruling_partys_title() -> None:
    text = "会见老挝人民革命党中央政治局委员、万象市委书记坎帕。"
    assert ("坎帕", "老挝人民革命党中央政治局委员") in holds(text)


# ------------------------------------------------------------------ the people's organisations (post v17)
def test_local_peoples_organisations_heads(nlp: Any) -> None:
    assert ents(nlp, "县文联主席陈立新、区红十字会会长孙慧出席。", "POST") == ["县文联主席", "区红十字会会长"]
    assert ents(nlp, "市侨联副主席郑海峰讲话。", "POST") == ["市侨联副主席"]


def test_national_peoples_organisations_by_full_name() -> None:
    text = "中国文学艺术界联合会主席孙家正、中国汽车工业协会会长付炳锋出席。"
    assert set(holds(text)) >= {("孙家正", "中国文学艺术界联合会主席"), ("付炳锋", "中国汽车工业协会会长")}


def test_an_organising_committee_with_a_long_event_name(nlp: Any) -> None:
    assert ents(nlp, "成都第三十一届世界大学生夏季运动会组委会主席黄强致辞。", "POST") == [
        "成都第三十一届世界大学生夏季运动会组委会主席"]


# ------------------------------------------------------------------ regions (org v18)
def test_beijing_by_its_one_character_name_before_a_meeting_with_someone(nlp: Any) -> None:
    assert "京" in ents(nlp, "副委员长15日在京会见巴西众议长一行。", "REGION")
    assert "京" not in ents(nlp, "他说，京会见。", "REGION")  # (only after 在)


# ------------------------------------------------------------------ dates (date v16)
def test_a_holiday_written_as_its_quoted_day(nlp: Any) -> None:
    assert ents(nlp, "“五一”假期，游客明显增多。", "DATE") == ["五一"]
    assert ents(nlp, "在“六一”国际儿童节前夕，孩子们表演节目。", "DATE") == ["六一"]
    assert ents(nlp, "祝全国少年儿童节日快乐。", "DATE") == []  # (儿童|节日: no festival)
    assert ents(nlp, "他在会上讲了“十一”个问题。", "DATE") == []  # (a quoted number, no holiday after it)


def test_the_quoted_holiday_is_dated_in_the_articles_year() -> None:
    from kg.pipeline.relations_events import holiday_iso
    import datetime as dt
    assert holiday_iso("十一", dt.date(2024, 9, 30)) == "2024-10-01"
    assert holiday_iso("六一", dt.date(2024, 5, 30)) == "2024-06-01"


# ------------------------------------------------------------------ campaigns (campaign v20)
def test_the_intelligent_and_digital_transformation_by_its_short_name() -> None:
    found = campaign_relations("浙江加快推进制造业“智改数转”，企业效益明显提升。")
    assert ("campaign_region", "“智改数转”", "33") in found


# ------------------------------------------------------------------ meetings (meeting v20)
def test_a_presidiums_numbered_meeting_and_its_chair(nlp: Any) -> None:
    text = "十四届全国人大二次会议主席团第三次会议9日在京举行。赵某某主持会议。"
    assert ents(nlp, text, "MEETING") == ["十四届全国人大二次会议主席团第三次会议"]


def test_a_quoted_title_with_a_few_words_before_its_kind(nlp: Any) -> None:
    assert ents(nlp, "“数字时代的丝路合作”中外智库研讨会在西安举行。", "MEETING") == ["“数字时代的丝路合作”中外智库研讨会"]
    assert ents(nlp, "他说“团结就是力量”，大家鼓掌。", "MEETING") == []


# ------------------------------------------------------------------ more foreign titles (post v18)
def test_ministers_called_daichen_and_ambassadors() -> None:
    text = "约旦工业大臣哈桑和中国驻约旦大使陈传东到机场迎接。法国驻华大使白林出席。"
    found = set(holds(text))
    assert {("哈桑", "工业大臣"), ("陈传东", "驻约旦大使"), ("白林", "驻华大使")} <= found
    bodies = post_bodies(text)
    assert bodies["工业大臣"][0] == "约旦政府" and bodies["驻约旦大使"][0] == "中国驻约旦大使馆"
    assert bodies["驻华大使"][0] == "法国驻华大使馆"


def test_a_second_heads_title_after_jian_and_a_leader_named_without_title(nlp: Any) -> None:
    text = "应科威特王储兼首相萨巴赫邀请，代表团抵达。"
    assert set(holds(text)) >= {("萨巴赫", "王储"), ("萨巴赫", "首相")}
    assert ents(nlp, "双方和泰国领导人赛塔共同出席。", "PERSON") == ["赛塔"]
    assert ents(nlp, "双方和泰国领导人赛塔共同出席。", "POST") == []  # (领导人: no title of the graph)


def test_place_titles_listed_after_a_states_title(nlp: Any) -> None:
    text = "葡萄牙副总理罗沙、法鲁市长和中国驻葡萄牙大使到机场迎接。"
    posts = ents(nlp, text, "POST")
    assert "法鲁市长" in posts and "副总理" in posts and "驻葡萄牙大使" in posts
    assert ents(nlp, text, "PERSON") == ["罗沙"]  # (到机场迎接 after the ambassador's title is no name)


# ------------------------------------------------------------------ meetings and their chairs (meeting v21)
def test_joint_commissions_numbered_meetings_and_their_co_chairs() -> None:
    text = ("副总理何建华9日在南京会见泰国副总理兼外长蓬帕，并共同主持中泰合作联委会第十次会议、"
            "中泰产业园联合协调理事会第五次会议和中泰铁路合作委员会第三次会议。")
    meetings = ents(full_pipeline(), text, "MEETING")
    assert meetings == ["中泰合作联委会第十次会议", "中泰产业园联合协调理事会第五次会议", "中泰铁路合作委员会第三次会议"]
    chairs = set(relations(text, "chaired_by"))
    assert {(m, p) for m in meetings for p in ("何建华", "蓬帕")} <= chairs


def test_two_leaders_chairing_together_the_meeting_named_before() -> None:
    text = "国务院总理18日出席澜湄合作第五次领导人会议。王立新和老挝领导人通伦共同主持会议，泰国总理赛塔出席。"
    chairs = set(relations(text, "chaired_by"))
    assert {("澜湄合作第五次领导人会议", "王立新"), ("澜湄合作第五次领导人会议", "通伦")} <= chairs


def test_a_summits_numbered_meeting_starts_at_its_name_and_a_forums_plenary(nlp: Any) -> None:
    assert ents(nlp, "总理乘包机离开北京，应邀赴南非出席金砖国家领导人第十五次会晤。", "MEETING") == [
        "金砖国家领导人第十五次会晤"]
    assert ents(nlp, "副主席出席第二十七届圣彼得堡国际经济论坛全会并致辞。", "MEETING") == [
        "第二十七届圣彼得堡国际经济论坛全会"]


# ------------------------------------------------------------------ post v19, person v18
def test_no_name_inside_a_foreign_place(nlp: Any) -> None:
    text = "代表团乘专机抵达阿什哈巴德，对土库曼斯坦进行国事访问。"
    assert ents(nlp, text, "PERSON") == []


def test_a_chambers_speaker_a_mayor_after_jian_and_the_states_titles_listed_after() -> None:
    text = "乌兹别克斯坦共和国总统米尔济约耶夫率参议院议长兼塔什干市长纳尔巴耶娃、外长赛义多夫等迎接。"
    found = set(holds(text))
    assert {("米尔济约耶夫", "总统"), ("纳尔巴耶娃", "参议院议长"), ("纳尔巴耶娃", "塔什干市长"),
            ("赛义多夫", "外长")} <= found
    bodies = post_bodies(text)
    assert bodies["参议院议长"][0] == "乌兹别克斯坦参议院" and bodies["塔什干市长"][0] == "塔什干市政府"
    assert bodies["外长"][0] == "乌兹别克斯坦政府"


def test_a_foreign_universitys_head_before_a_transliterated_name() -> None:
    text = "国家主席复信英国牛津大学校长理查森·琼斯，鼓励两国高校交流。"
    assert ("理查森·琼斯", "校长") in holds(text) and post_bodies(text)["校长"][0] == "牛津大学"


def test_a_surname_with_a_title_refers_to_the_full_name_written_with_it(nlp: Any) -> None:
    text = "市长周立新主持会议。会上，大家一致支持周市长提出的思路。"
    assert "周市长" in ents(nlp, text, "PERSON")
    assert "周市长" not in ents(nlp, "会上，大家一致支持周市长提出的思路。", "PERSON")  # (no full name: no mention)


def test_beijing_style_commissions_are_bodies(nlp: Any) -> None:
    assert ents(nlp, "海淀区教委相关负责人介绍。", "ORG") == ["海淀区教委"]


# ------------------------------------------------------------------ campaign v21
def test_a_quoted_pilot_programme_and_the_bodies_that_start_it() -> None:
    text = "国家体育总局、文化和旅游部近日在多地启动“体育+”消费综合试点工作。"
    found = campaign_relations(text)
    assert ("launched_by", "“体育+”消费综合试点工作", "文化和旅游部") in found
    assert ents(rules_pipeline(), "县里开展“无废城市”试点工作。", "CAMPAIGN") == ["“无废城市”试点工作"]
    assert ents(rules_pipeline(), "这项改革要先行试点。", "CAMPAIGN") == []  # (no quoted head: no pilot named)


# ------------------------------------------------------------------ post v20, org v19
def test_a_democratic_partys_local_committee_and_its_chair() -> None:
    text = "九三学社中央副主席、九三学社上海市委会主委钱锋代表中国国民党革命委员会上海市委员会出席。"
    assert ("钱锋", "九三学社上海市委会主委") in holds(text)
    assert post_bodies(text)["九三学社上海市委会主委"] == ("九三学社上海市委会", "31")
    doc = full_pipeline()(text)
    # (the party's committee in full: neither the CPC's city committee nor a REGION)
    assert [e.text for e in doc.ents if e.label in ("ORG", "REGION")] == []


def test_the_federations_committee_with_its_term_belongs_to_the_federation() -> None:
    assert post_bodies("全国工商联第十一届执行委员会主席王钦敏出席。")["全国工商联第十一届执行委员会主席"][0] == "全国工商联"


def test_ranks_in_a_list_are_no_townships(nlp: Any) -> None:
    # (Inner Mongolia has a 第一街道 and a 第二街道: in a list of ranks they are ordinals)
    assert ents(nlp, "内蒙古风能和太阳能可开发量分别居全国第一、第二。", "REGION") == ["内蒙古"]


# ------------------------------------------------------------------ post v21, meeting v22
def test_a_leadership_title_keeps_its_term_a_membership_does_not(nlp: Any) -> None:
    text = "十二届全国政协副主席王立新、张明华出席。第十四届全国政协委员李文华。"
    posts = ents(nlp, text, "POST")
    assert "十二届全国政协副主席" in posts and "全国政协委员" in posts
    assert post_bodies("会议由十二届全国政协主席王立新主持。")["十二届全国政协主席"][0] == "全国政协"


def test_a_party_congress_by_its_full_name(nlp: Any) -> None:
    assert ents(nlp, "中国共产党第十九次全国代表大会主席团举行第二次会议。", "MEETING")[0] == "中国共产党第十九次全国代表大会"
    assert "中国共产党泗洪县第十五次代表大会" in ents(nlp, "中国共产党泗洪县第十五次代表大会隆重开幕。", "MEETING")


def test_a_meeting_cited_by_a_speech_is_not_where_the_speakers_are() -> None:
    text = ("某委员会第十次主席会议27日在京召开。要深入学习贯彻总书记在某地考察并主持召开某某工作座谈会时的重要讲话精神。"
            "副主席王立新、李文华作发言。")
    speakers = set(relations(text, "speaker"))
    assert ("某委员会第十次主席会议", "王立新") in speakers
    assert not any(m == "某某工作座谈会" for m, _ in speakers)


# ------------------------------------------------------------------ meeting v23
def test_the_numbered_part_of_a_series_is_one_meeting() -> None:
    text = "“乡村振兴大家谈”系列报告会第二场报告会今天在县委党校举行。县委副书记张明华作报告并表示，要抓实产业。"
    assert ents(full_pipeline(), text, "MEETING") == ["“乡村振兴大家谈”系列报告会第二场报告会"]
    # (only a part named as a meeting: 第二场活动 is no part of the series' name)
    assert "第二场活动" not in "".join(ents(full_pipeline(), "“乡村振兴大家谈”系列报告会第二场活动今天举行。", "MEETING"))


# ------------------------------------------------------------------ campaign relations: notices, leaders' reports
def test_a_notices_requirements_launch_the_campaigns_they_open() -> None:
    text = ("新华社消息：中共中央办公厅、国务院办公厅近日印发了《关于做好冬春期间有关工作的通知》（以下简称《通知》）。\n"
            "《通知》要求，要关心困难群众生活。加大救助力度，开展“冬日暖心”专项救助行动。\n"
            "要丰富群众文化生活。开展“乡村大舞台”文艺演出活动，推出惠民措施。\n"
            "要加强基层治理。坚持和发展新时代“枫桥经验”。\n"
            "各地要认真落实。浙江省深入开展“千村微治理”行动。")
    found = campaign_relations(text)
    for name in ("“冬日暖心”专项救助行动", "“乡村大舞台”文艺演出活动"):
        assert ("launched_by", name, "中共中央办公厅") in found and ("launched_by", name, "国务院办公厅") in found
    # (a programme the notice only asks to keep up, and one a place carries on, are not the notice's)
    launched = {c for kind, c, _ in found if kind == "launched_by"}
    assert "“枫桥经验”" not in launched
    assert ("launched_by", "“千村微治理”行动", "中共中央办公厅") not in found


def test_a_leader_who_puts_a_programme_forward_in_a_report_promotes_it() -> None:
    found = campaign_relations("王立新在致辞中说，合作前景广阔。习近平主席郑重提出全球发展倡议，得到广泛支持。")
    assert ("promoted_by", "全球发展倡议", "习近平") in found and ("promoted_by", "全球发展倡议", "王立新") not in found
    found = campaign_relations("习近平总书记在党的二十大报告中鲜明提出，要实施人才强国战略，强化人才支撑。")
    assert ("promoted_by", "人才强国战略", "习近平") in found


def test_a_place_that_carries_a_programme_out_is_its_region_not_its_launcher() -> None:
    found = campaign_relations("湖北今年起全面实施“楚才回乡”工程，着力发展实体经济。")
    assert ("campaign_region", "“楚才回乡”工程", "42") in found
    assert not any(kind == "launched_by" for kind, _, _ in found)
    # (a place that starts it launches it)
    found = campaign_relations("吉林全面启动“林海守护”工程，建设生态屏障。")
    assert ("launched_by", "“林海守护”工程", "吉林") in found and ("campaign_region", "“林海守护”工程", "22") in found
    # (every place of a list carrying it on)
    found = campaign_relations("连日来，湖北、湖南、江西等地把开展“清风课堂”活动作为重要任务，认真部署。")
    assert {v for kind, c, v in found if kind == "campaign_region"} >= {"42", "43", "36"}


# ------------------------------------------------------------------ post v22, meeting relations
def test_a_schools_head_before_a_name() -> None:
    text = "中央宣讲团成员、中国人民大学校长王立新在学校作宣讲报告。"
    assert set(holds(text)) == {("王立新", "中央宣讲团成员"), ("王立新", "校长")}
    assert post_bodies(text)["校长"][0] == "中国人民大学"
    assert post_bodies("北京大学副校长李文华出席。")["副校长"][0] == "北京大学"
    # (no title out of a word that only ends in 学: 大学校长会议 names no one)
    assert holds("学校长期坚持开门办学。全国大学校长会议召开。") == []


def test_a_meeting_decided_on_is_not_where_the_speakers_are() -> None:
    text = ("某委员会第六次主席会议18日在北京召开。主席王立新主持并讲话。"
            "会议决定8月22日至24日在北京召开某委员会常务委员会第三次会议。"
            "副主席李文华、张明华围绕学习贯彻会议精神发言。秘书长赵建国就工作情况报告作说明。")
    speakers = set(relations(text, "speaker"))
    assert {("某委员会第六次主席会议", n) for n in ("王立新", "李文华", "张明华", "赵建国")} <= speakers
    assert not any(m.startswith("某委员会常务委员会") for m, _ in speakers)


def test_a_meeting_whose_spirit_is_studied_is_not_held_here() -> None:
    text = "国务院总理李强14日主持召开国务院第八次全体会议，深入学习贯彻全国两会精神。李强指出，要全面推动落实。"
    speakers = set(relations(text, "speaker"))
    assert ("国务院第八次全体会议", "李强") in speakers and not any(m == "全国两会" for m, _ in speakers)


def test_officers_of_organisations_named_without_a_region_word(nlp: Any) -> None:
    text = "经合组织秘书长科尔曼、金融稳定理事会主席诺特出席。"
    assert set(holds(text)) == {("科尔曼", "经合组织秘书长"), ("诺特", "金融稳定理事会主席")}
    # (a verb right after a title is no name)
    assert ents(nlp, "他同国际货币基金组织总裁举行对话。", "PERSON") == []


def test_a_place_before_a_preposition_is_no_part_of_a_banks_name(nlp: Any) -> None:
    assert "合肥市" in ents(nlp, "他在合肥市同世界银行代表举行对话。", "REGION")


# ------------------------------------------------------------------ meeting v24
def test_annual_forums_quoted_numbered_meetings_and_conferences_named_with_their_year(nlp: Any) -> None:
    assert ents(nlp, "2024中关村论坛年会25日在京开幕。", "MEETING") == ["2024中关村论坛年会"]
    assert ents(nlp, "总理同六大国际经济组织负责人举行第七次“1+6”圆桌对话会。", "MEETING") == ["第七次“1+6”圆桌对话会"]
    assert ents(nlp, "2023中国新媒体大会12日在长沙举行。", "MEETING") == ["2023中国新媒体大会"]
    # (the conference's delegates are no conference: 大会代表)
    assert ents(nlp, "2023科技创新大会代表合影留念。", "MEETING") == []


def test_a_sessions_presidium_chairmen_listed_after_their_title() -> None:
    text = ("某会议审议通过了政协第十四届全国委员会第一次会议主席团常务主席名单。"
            "全国政协十四届一次会议主席团常务主席王立新、李文华、张明华在主席台就座。")
    assert set(holds(text)) == {(n, "主席团常务主席") for n in ("王立新", "李文华", "张明华")}
    assert post_bodies(text)["主席团常务主席"][0] == "全国政协十四届一次会议主席团"


def test_those_on_the_rostrum_attend_the_meeting() -> None:
    text = "某委员会第三次全体会议3日在京举行。主任王立新主持会议。副主任李文华、张明华在主席台就座。"
    attendees = set(relations(text, "attendee"))
    assert {("某委员会第三次全体会议", "李文华"), ("某委员会第三次全体会议", "张明华")} <= attendees


def test_the_bodies_that_hold_a_campaign_launch_it() -> None:
    found = campaign_relations("由国家电影局、中央广播电视总台共同举办的“跟着电影看乡村”活动启动以来，游客持续增多。")
    assert ("launched_by", "“跟着电影看乡村”活动", "国家电影局") in found


def test_no_meeting_word_cut_out_of_a_meeting_and_no_host_city_in_a_games_name(nlp: Any) -> None:
    assert ents(nlp, "国务院党组和国务院部门要深入学习会议精神，认真贯彻落实。", "MEETING") == []
    assert ents(nlp, "副总理宣布：杭州第四届亚洲残疾人运动会开幕。", "REGION") == []


def test_no_press_conference_is_a_meeting_and_the_central_commissions_short_names_are(nlp: Any) -> None:
    assert ents(nlp, "国务院新闻办公室今天举行新闻发布会，介绍有关情况。", "MEETING") == []
    assert ents(nlp, "要认真落实中央财经委第四次会议精神。", "MEETING") == ["中央财经委第四次会议"]


def test_a_meeting_decided_on_is_dated_ahead_and_is_not_where_the_text_is() -> None:
    text = ("十四届全国人大常委会第四十二次委员长会议18日上午在北京举行。委员长王立新主持会议。会议决定，十四届全国人大常委会"
            "第十五次会议4月27日至30日在北京举行。委员长会议上，秘书长李文华就常委会第十五次会议议程草案作了汇报。")
    nlp = full_pipeline()
    doc = nlp.make_doc(text)
    doc._.meta = {"date": "2025-04-18"}
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    dated = {(doc.ents[r.head].text, r.value) for r in doc._.relations if r.type == "meeting_date"}
    assert ("十四届全国人大常委会第十五次会议", "2025-04-27/2025-04-30") in dated  # (the range: first/last day)
    assert ("十四届全国人大常委会第四十二次委员长会议", "2025-04-18") in dated
    speakers = {(doc.ents[r.head].text, doc.ents[r.tail].text) for r in doc._.relations if r.type == "speaker"}
    assert ("十四届全国人大常委会第四十二次委员长会议", "李文华") in speakers


def test_a_month_and_day_of_a_meeting_to_come_is_read_ahead() -> None:
    import datetime as dt

    from kg.pipeline.relations_events import _ahead
    assert _ahead("2024-04-27", "4月27日至30日", dt.date(2025, 4, 18)) == "2025-04-27"
    assert _ahead("2024-04-27", "2024年4月27日", dt.date(2025, 4, 18)) == "2024-04-27"  # (a year written: kept)
    # (a day just before the article, or within its week, was read as this year's: kept)
    assert _ahead("2025-04-10", "4月10日", dt.date(2025, 4, 18)) == "2025-04-10"
    assert _ahead("2025-04-20", "4月20日", dt.date(2025, 4, 18)) == "2025-04-20"


def test_a_forums_plenary_and_a_taiwan_partys_title() -> None:
    text = "第十五届海峡论坛大会17日在厦门举行。中国国民党副主席王立新致辞。"
    assert ("第十五届海峡论坛大会", "王立新") in set(relations(text, "speaker"))
    assert post_bodies(text)["中国国民党副主席"][0] == "中国国民党"


# ------------------------------------------------------------------ campaign v23, org v20, routes
def test_the_field_before_a_quoted_programme_is_part_of_its_name(nlp: Any) -> None:
    assert ents(nlp, "当前，安徽正深入推进量子信息“百城千景”行动。", "CAMPAIGN") == ["量子信息“百城千景”行动"]
    assert ents(nlp, "发挥好房地产融资“红名单”制度作用。", "CAMPAIGN") == ["房地产融资“红名单”制度"]
    # (a group of people or a way of working before it is not: 委员履职, 高新技术企业; nor a field before a quoted
    # slogan without its kind)
    assert ents(nlp, "开展委员履职“服务为民”活动。", "CAMPAIGN") == ["“服务为民”活动"]
    assert ents(nlp, "统筹推进传统产业“智改数转”。", "CAMPAIGN") == ["“智改数转”"]


def test_troops_stationed_in_a_province_and_a_trip_between_two_places(nlp: Any) -> None:
    assert ents(nlp, "首都各界群众和驻京部队官兵代表参加开幕式。", "REGION") == ["京"]
    assert ents(nlp, "开通运营后，西安至延安的铁路运行时间将缩短至1小时左右。", "REGION") == ["西安", "延安"]
    # (a route's name keeps its places out)
    assert ents(nlp, "西安至安康高铁正式开工。", "REGION") == []


# ------------------------------------------------------------------ from xwlb73 (post v22, date v17, meeting v25)
def test_an_embassy_is_no_title_and_a_head_of_states_envoy_is(nlp: Any) -> None:
    assert ents(nlp, "中国驻马来西亚大使馆近日在吉隆坡举行新春招待会。", "PERSON") == []
    text = "阿联酋总统中国事务特使哈立德和中国驻阿联酋大使王立新等到机场迎接。"
    assert ("哈立德", "总统中国事务特使") in set(holds(text))
    assert post_bodies(text)["总统中国事务特使"][0] == "阿联酋"


def test_the_spring_festival_with_the_years_animal(nlp: Any) -> None:
    assert ents(nlp, "为了庆祝兔年春节，使馆举办活动。", "DATE") == ["兔年春节"]


def test_the_last_name_of_a_list_before_its_verb(nlp: Any) -> None:
    assert ents(nlp, "全国政协副主席邵明、何文华、朱建新、杨震出席。", "PERSON") == ["邵明", "何文华", "朱建新", "杨震"]


def test_no_name_in_an_awards_name_and_no_place_in_a_power_lines(nlp: Any) -> None:
    assert ents(nlp, "会上，丁薛祥等为陈嘉庚科学奖、陈嘉庚青年科学奖获得者代表颁奖。", "PERSON") == ["丁薛祥"]
    assert ents(nlp, "大同—怀来—天津南特高压工程进入全面架线阶段。", "REGION") == []
    assert ents(nlp, "北京—上海两地联动。", "REGION") == ["北京", "上海"]


def test_a_dialogue_held_as_an_event_is_a_meeting(nlp: Any) -> None:
    text = "“2026世界市长对话·北京”活动在京举行。"
    assert ents(nlp, text, "MEETING") == ["“2026世界市长对话·北京”活动"] and ents(nlp, text, "CAMPAIGN") == []


# ------------------------------------------------------------------ from xwlb74 (meeting v25, lists, speakers)
def test_a_state_named_again_in_a_list_takes_its_own_titles() -> None:
    text = "老挝国家主席通伦、越南副总理兼财政部长胡德福等出席。"
    assert {("胡德福", "副总理"), ("胡德福", "财政部长")} <= set(holds(text))
    assert post_bodies(text)["财政部长"][0] == "越南政府"


def test_a_list_outranks_a_place_inside_one_of_its_names() -> None:
    # (the model reads the names of the list; the list's rule makes them outrank 南平, a city inside one of them)
    text = "全国政协委员和专家李明华、王建国、徐南平、张志强、刘文清等发言。"
    assert ents(full_pipeline(), text, "REGION") == [] and "徐南平" in ents(full_pipeline(), text, "PERSON")


def test_two_events_joined_by_ji_and_speeches_by_video_and_one_after_another() -> None:
    text = ("第二十一届中国—东盟博览会暨中国—东盟商务与投资峰会24日在广西南宁开幕。马来西亚总理安瓦尔通过视频致辞，"
            "老挝副总理吉乔、越南副总理兼财政部长胡德福出席开幕式并先后致辞。")
    name = "第二十一届中国—东盟博览会暨中国—东盟商务与投资峰会"
    assert {(name, n) for n in ("安瓦尔", "吉乔", "胡德福")} <= set(relations(text, "speaker"))


def test_a_report_to_the_meeting_and_a_name_that_opens_with_studying() -> None:
    text = ("央视网消息：深入学习贯彻总书记重要讲话精神专题会议9日在京召开。王立新主持会议。民革中央主席李文华、"
            "无党派人士代表张明华在会上介绍调研成果。")
    name = "深入学习贯彻总书记重要讲话精神专题会议"
    assert {(name, "李文华"), (name, "张明华")} <= set(relations(text, "speaker"))
    assert ents(full_pipeline(), "要落实去年中央经济工作会议部署。", "MEETING") == ["中央经济工作会议"]


# ------------------------------------------------------------------ from xwlb75 (person v19)
def test_a_cppcc_member_named_before_his_membership() -> None:
    text = ("全国政协十三届常委会第二十四次会议1日在京闭幕。谢文华常委提出，必须坚持党的领导；张雪明常委代表民革中央提出，"
            "要提高履职能力。王立新委员表示，要加强工作。")
    assert {("谢文华", "常委"), ("张雪明", "常委")} <= set(holds(text))
    assert post_bodies(text)["常委"][0] == "全国政协常委会"
    speakers = {p for _, p in relations(text, "speaker")}
    assert {"谢文华", "张雪明", "王立新"} <= speakers
    # (no name out of a committee's standing members: 区委常委提出 names no one)
    assert holds("区委常委提出，要加强工作。") == []


def test_a_long_transliterated_name_after_a_foreign_title() -> None:
    assert ("谢尔达尔·别尔德穆哈梅多夫", "总统") in set(holds("土库曼斯坦总统谢尔达尔·别尔德穆哈梅多夫会见客人。"))


def test_no_time_word_between_a_quoted_name_and_its_kind_and_the_canton_fairs_season(nlp: Any) -> None:
    assert ents(nlp, "大型邮轮“爱达·花城号”目前水下工程等工作已全部结束。", "CAMPAIGN") == []
    assert ents(full_pipeline(), "在春季广交会上，他们签约一批订单。", "MEETING") == ["春季广交会"]
