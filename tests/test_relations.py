"""Tests of the kg_relations rules on hand-built Docs (entities given, so that
the relation rules are tested independently of the recogniser)."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from kg.pipeline import extensions  # noqa: F401  (registers doc._.norm, span._.kg …)
from kg.pipeline.article_context import default_divisions, main_region, region_for_level
from kg.pipeline.relations import RelationExtractor, split_sentences
from kg.pipeline.relations_campaigns import abbreviates
from kg.pipeline.relations_events import date_iso
from kg.types import Relation

from entity_docs import rels, run



def post(role: str, body: str | None = None, body_type: str = "党委", region: str | None = None,
         hint: str | None = None) -> dict[str, Any]:
    return {"role": role, "body": body, "body_type": body_type, "region": region, "level_hint": hint}


def org(body_type: str = "党委", region: str | None = None, hint: str | None = None,
        parent: str | None = None) -> dict[str, Any]:
    return {"body_type": body_type, "region": region, "level_hint": hint, "parent": parent}


NAME: dict[str, Any] = {"kind": "name"}


@pytest.fixture(scope="module")
def extractor() -> RelationExtractor:
    return RelationExtractor(None)


def find(doc: Any, type_: str, head: str) -> Relation:
    for r in doc._.relations:
        if r.type == type_ and doc.ents[r.head].text == head:
            return r
    raise AssertionError(f"no {type_} relation with head {head}: {doc._.relations}")


# --------------------------------------------------------------------------
# holds
# --------------------------------------------------------------------------


def test_stacked_titles_give_three_posts_with_bodies(extractor: RelationExtractor) -> None:
    doc = run(extractor, "勇夺双胜利\n——访市委常委、政法委书记、邗江区委书记 张耀武\n市委全会为抓好下一步工作明确了重点。",
              [("市委常委", "POST", post("常委", "市委", hint="市")),
               ("政法委书记", "POST", post("书记", "政法委", "政法委")),
               ("邗江区委书记", "POST", post("书记", "邗江区委", region="邗江区", hint="区")),
               ("张耀武", "PERSON", NAME)],
              {"title": "全力走稳走好踏上新征程的第一步", "source": "扬州日报-扬州网", "date": "2021-10-01"})
    assert sorted(rels(doc, "holds")) == [("张耀武", "市委常委"), ("张耀武", "政法委书记"), ("张耀武", "邗江区委书记")]
    bodies = dict(rels(doc, "post_body"))
    assert bodies == {"市委常委": "扬州市委", "政法委书记": "扬州市委政法委", "邗江区委书记": "邗江区委"}
    assert find(doc, "post_body", "市委常委").inferred  # 扬州 from the source line
    assert not find(doc, "post_body", "邗江区委书记").inferred
    assert find(doc, "post_body", "邗江区委书记").attr("region_code") == "321003"
    # evidence is the sentence in the original text
    s, e = find(doc, "holds", "张耀武").evidence
    assert doc._.orig_text[s:e] == "——访市委常委、政法委书记、邗江区委书记 张耀武"


def test_deputy_secretary_and_county_head_traditional(extractor: RelationExtractor) -> None:
    doc = run(extractor, "泗洪縣委副書記、縣長楊雲峰要求全縣上下堅持高點定位。",
              [("泗洪县委副书记", "POST", post("副书记", "泗洪县委", region="泗洪县", hint="县")),
               ("县长", "POST", post("县长", None, "政府", hint="县")),
               ("杨云峰", "PERSON", NAME)],
              {"title": "泗洪將改革創新進行到底", "source": "宿遷網", "date": "2021-02-27"})
    assert sorted(rels(doc, "holds")) == [("杨云峰", "县长"), ("杨云峰", "泗洪县委副书记")]
    assert dict(rels(doc, "post_body")) == {"泗洪县委副书记": "泗洪县委", "县长": "泗洪县政府"}
    assert not find(doc, "post_body", "县长").inferred  # the stack states the county
    s, e = find(doc, "holds", "杨云峰").evidence
    assert "楊雲峰" in doc._.orig_text[s:e]


def test_district_head_chairs(extractor: RelationExtractor) -> None:
    doc = run(extractor, "全区工作推进会议召开。区长邓萌主持会议。",
              [("全区工作推进会议", "MEETING", {"name": "全区工作推进会议"}),
               ("区长", "POST", post("区长", None, "政府", hint="区")),
               ("邓萌", "PERSON", NAME)],
              {"title": "全区工作推进会召开", "source": "淮安区融媒体中心", "date": "2024-04-08"})
    assert rels(doc, "holds") == [("邓萌", "区长")]
    assert rels(doc, "chaired_by") == [("全区工作推进会议", "邓萌")]


def test_byline_reporter_is_author(extractor: RelationExtractor) -> None:
    doc = run(extractor, "確保高質量完成各項目標任務。(記者 張立婷)",
              [("记者", "POST", post("记者", None, "media")), ("张立婷", "PERSON", {"kind": "byline"})],
              {"title": "泗洪", "source": "宿遷網", "date": "2021-02-27"})
    assert rels(doc, "holds") == [("张立婷", "记者")]
    assert rels(doc, "author") == [("张立婷", "article")]
    assert find(doc, "post_body", "记者").value == "宿迁网"  # the publisher, in simplified script
    assert find(doc, "post_body", "记者").inferred


def test_paren_byline_without_title_and_editor_line(extractor: RelationExtractor) -> None:
    doc = run(extractor, "把各项工作落到实处。(吴永生 陈丽伟)\n编辑:李佳婷",
              [("吴永生", "PERSON", NAME), ("陈丽伟", "PERSON", NAME), ("李佳婷", "PERSON", NAME)])
    assert sorted(rels(doc, "author")) == [("吴永生", "article"), ("陈丽伟", "article")]
    assert rels(doc, "editor") == [("李佳婷", "article")]


def test_name_in_another_clause_is_not_linked(extractor: RelationExtractor) -> None:
    doc = run(extractor, "会议听取了县委书记的讲话，李明表示赞同。县委书记，张强。",
              [("县委书记", "POST", post("书记", "县委", hint="县")), ("李明", "PERSON", NAME),
               ("县委书记", "POST", post("书记", "县委", hint="县")), ("张强", "PERSON", NAME)])
    assert rels(doc, "holds") == []


def test_single_post_not_spread_over_a_name_list(extractor: RelationExtractor) -> None:
    doc = run(extractor, "区长邓萌、关晓卫参加会议。副区长张进、彭凯出席。",
              [("区长", "POST", post("区长", None, "政府", hint="区")), ("邓萌", "PERSON", NAME),
               ("关晓卫", "PERSON", NAME), ("副区长", "POST", post("副区长", None, "政府", hint="区")),
               ("张进", "PERSON", NAME), ("彭凯", "PERSON", NAME)])
    assert sorted(rels(doc, "holds")) == [("张进", "副区长"), ("彭凯", "副区长"), ("邓萌", "区长")]


def test_apposition_and_appointment(extractor: RelationExtractor) -> None:
    doc = run(extractor, "王刚(宝应县委书记)出席。会议决定，李强任宝应县长。",
              [("王刚", "PERSON", NAME), ("宝应县委书记", "POST", post("书记", "宝应县委", region="宝应县", hint="县")),
               ("李强", "PERSON", NAME), ("宝应县长", "POST", post("县长", None, "政府", region="宝应县", hint="县"))])
    assert sorted(rels(doc, "holds")) == [("李强", "宝应县长"), ("王刚", "宝应县委书记")]
    assert dict(rels(doc, "post_body"))["宝应县长"] == "宝应县政府"


def test_former_title_is_marked(extractor: RelationExtractor) -> None:
    doc = run(extractor, "原县委书记王某某接受审查。",
              [("县委书记", "POST", post("书记", "县委", hint="县")), ("王某某", "PERSON", NAME)])
    assert find(doc, "holds", "王某某").attr("former") is True


# --------------------------------------------------------------------------
# implicit regions (each inferred)
# --------------------------------------------------------------------------


def test_city_secretary_in_county_article_is_parent_city(extractor: RelationExtractor) -> None:
    doc = run(extractor, "泗洪縣委書記李愛華表示，泗洪將緊扣市委書記王昊對泗洪縣提出的工作要求。全縣上下要爭先進位。",
              [("泗洪县委书记", "POST", post("书记", "泗洪县委", region="泗洪县", hint="县")),
               ("李爱华", "PERSON", NAME), ("泗洪", "REGION", {"code": "321324", "level": "county", "name": "泗洪县"}),
               ("市委书记", "POST", post("书记", "市委", hint="市")), ("王昊", "PERSON", NAME),
               ("泗洪县", "REGION", {"code": "321324", "level": "county", "name": "泗洪县"})],
              {"title": "泗洪將改革創新進行到底", "source": "宿遷網", "date": "2021-02-27"})
    assert doc._.meta["main_region"] == "321324"
    r = find(doc, "post_body", "市委书记")
    assert (r.value, r.attr("region_code"), r.inferred) == ("宿迁市委", "3213", True)
    assert ("王昊", "市委书记") in rels(doc, "holds")
    assert not find(doc, "post_body", "泗洪县委书记").inferred


def test_district_secretary_in_district_article(extractor: RelationExtractor) -> None:
    doc = run(extractor, "4月7日上午，全区工作推进会议召开。区委书记颜复强调，我区要鼓足干劲。就淮安区而言，全区上下要争先。",
              [("4月7日上午", "DATE", {}), ("全区工作推进会议", "MEETING", {"name": "全区工作推进会议"}),
               ("区委书记", "POST", post("书记", "区委", hint="区")), ("颜复", "PERSON", NAME),
               ("淮安区", "REGION", {"code": "320803", "level": "county", "name": "淮安区"})],
              {"title": "全区2023年度高质量跨越发展综合考核总结暨2024年工作推进会召开", "date": "2024-04-08"})
    assert doc._.meta["main_region"] == "320803"
    r = find(doc, "post_body", "区委书记")
    assert (r.value, r.inferred) == ("淮安区委", True)


def test_province_secretary_in_county_article(extractor: RelationExtractor) -> None:
    doc = run(extractor, "为贯彻落实省委书记李锦斌来淮调研重要讲话精神，进一步提升全县发展水平，县委决定开展活动。",
              [("省委书记", "POST", post("书记", "省委", hint="省")), ("李锦斌", "PERSON", NAME),
               ("县委", "ORG", org(hint="县"))],
              {"title": "濉溪县委印发实施意见启动开展“双实活动”", "source": "淮北日报", "date": "2017-09-09"})
    assert doc._.meta["main_region"] == "340621"
    r = find(doc, "post_body", "省委书记")
    assert (r.value, r.attr("region_code"), r.inferred) == ("安徽省委", "34", True)
    o = find(doc, "org_region", "县委")
    assert (o.value, o.attr("body_name"), o.inferred) == ("340621", "濉溪县委", True)


def test_township_and_mismatched_levels_are_not_guessed(extractor: RelationExtractor) -> None:
    doc = run(extractor, "镇党委书记张三、区委书记李四到泗洪县调研。全县干部参加。",
              [("镇党委书记", "POST", post("书记", "镇党委", hint="镇")), ("张三", "PERSON", NAME),
               ("区委书记", "POST", post("书记", "区委", hint="区")), ("李四", "PERSON", NAME),
               ("泗洪县", "REGION", {"code": "321324", "level": "county", "name": "泗洪县"})],
              {"title": "泗洪县干部大会", "date": "2021-02-27"})
    assert doc._.meta["main_region"] == "321324"
    assert rels(doc, "post_body") == []
    assert sorted(rels(doc, "holds")) == [("张三", "镇党委书记"), ("李四", "区委书记")]


def test_org_parent_body(extractor: RelationExtractor) -> None:
    doc = run(extractor, "区考核办要落实管理。市委组织部印发通知。",
              [("区考核办", "ORG", org("考核办", hint="区")), ("市委组织部", "ORG", org("组织部", hint="市", parent="市委"))],
              {"title": "淮安区召开会议", "date": "2024-04-08"})
    assert dict(rels(doc, "org_region")) == {"区考核办": "320803", "市委组织部": "3208"}
    assert rels(doc, "sub_org") == [("市委组织部", "淮安市委")]


def test_main_region_rules() -> None:
    div = default_divisions()
    # a county article: title, source (the city), deictic words
    assert main_region(div, "江西分宜:加快产业布局", "新余日报", ["360521"] * 3, "全县上下，该县提出") == "360521"
    # an interview series from a city paper: the city, not its most-named county
    assert main_region(div, "全力走稳走好", "扬州日报-扬州网",
                       ["321084"] * 6 + ["321023"] * 4 + ["321002"] * 3 + ["321003"] * 3, "全市上下") == "3210"
    # national news naming many provinces: no main region
    assert main_region(div, "共护一江水", None, ["50", "42", "36", "43", "32", "33", "51", "52"], "") is None
    assert region_for_level(div, "市", "321324") == "3213"
    assert region_for_level(div, "区", "320803") == "320803"
    assert region_for_level(div, "省", "340621") == "34"
    assert region_for_level(div, "镇", "321324") is None
    assert region_for_level(div, "区", "3210") is None


# --------------------------------------------------------------------------
# meetings
# --------------------------------------------------------------------------


def test_meeting_chair_speakers_attendees_date(extractor: RelationExtractor) -> None:
    text = ("区委书记颜复表示，要鼓足干劲。\n"
            "4月7日上午，全区2023年度综合考核总结暨2024年工作推进会议召开。区委书记颜复强调，要凝神聚力。"
            "区长邓萌主持会议。区领导关晓卫、朱书文等参加会议。\n就贯彻落实会议精神，邓萌强调，要坚持稳中求进。")
    doc = run(extractor, text,
              [("区委书记", "POST", post("书记", "区委", hint="区")), ("颜复", "PERSON", NAME),
               ("4月7日上午", "DATE", {}),
               ("全区2023年度综合考核总结暨2024年工作推进会议", "MEETING", {"name": "全区2023年度综合考核总结暨2024年工作推进会议"}),
               ("区委书记", "POST", post("书记", "区委", hint="区")), ("颜复", "PERSON", NAME),
               ("区长", "POST", post("区长", None, "政府", hint="区")), ("邓萌", "PERSON", NAME),
               ("关晓卫", "PERSON", NAME), ("朱书文", "PERSON", NAME), ("邓萌", "PERSON", NAME)],
              {"title": "淮安区工作推进会召开", "date": "2024-04-08"})
    mt = "全区2023年度综合考核总结暨2024年工作推进会议"
    assert rels(doc, "meeting_date") == [(mt, "2024-04-07")]
    assert rels(doc, "chaired_by") == [(mt, "邓萌")]
    # the first 颜复表示 is before the meeting: not a speaker of it
    assert sorted(rels(doc, "speaker")) == [(mt, "邓萌"), (mt, "颜复")]
    speaker_sents = [doc._.orig_text[r.evidence[0]:r.evidence[1]] for r in doc._.relations if r.type == "speaker"]
    assert all("表示" not in s for s in speaker_sents)
    assert sorted(rels(doc, "attendee")) == [(mt, "关晓卫"), (mt, "朱书文")]
    assert doc.ents[2]._.kg["iso"] == "2024-04-07"


def test_meeting_place_and_speaker_at_meeting(extractor: RelationExtractor) -> None:
    doc = run(extractor, "2月20日下午，泗洪县在上塘镇垫湖村召开改革创新表彰大会。李爱华在会上强调，要改革创新冲在前。",
              [("2月20日下午", "DATE", {}), ("泗洪县", "REGION", {"code": "321324", "level": "county", "name": "泗洪县"}),
               ("改革创新表彰大会", "MEETING", {"name": "改革创新表彰大会"}), ("李爱华", "PERSON", NAME)],
              {"title": "泗洪", "date": "2021-02-27"})
    assert rels(doc, "meeting_date") == [("改革创新表彰大会", "2021-02-20")]
    assert rels(doc, "meeting_location") == [("改革创新表彰大会", "上塘镇垫湖村")]
    assert rels(doc, "speaker") == [("改革创新表彰大会", "李爱华")]


def test_date_resolution() -> None:
    import datetime as dt

    ref = dt.date(2024, 4, 8)
    assert date_iso("4月7日上午", ref) == "2024-04-07"
    assert date_iso("12月30日", dt.date(2024, 1, 3)) == "2023-12-30"  # late December in an early-January article
    assert date_iso("从2017至2019年", ref) == "2017/2019"
    assert date_iso("2021年2月19日", ref) == "2021-02-19"
    assert date_iso("昨天", ref) == "2024-04-07"
    assert date_iso("4月7日", None) is None


# --------------------------------------------------------------------------
# campaigns
# --------------------------------------------------------------------------


def test_campaign_launch_period_and_inferred_alias(extractor: RelationExtractor) -> None:
    text = ("县委决定，从2017至2019年，在全县开展“实施二次创业，实现争先进位”活动。"
            "8月29日，中共濉溪县委印发《关于开展“双实活动”的实施意见》。")
    doc = run(extractor, text,
              [("县委", "ORG", org(hint="县")), ("2017至2019年", "DATE", {}),
               ("8月29日", "DATE", {}), ("中共濉溪县委", "ORG", org(region="濉溪县", hint="县")),
               ("“双实活动”", "CAMPAIGN", {"name": "双实活动"})],
              {"title": "濉溪县委印发实施意见启动开展“双实活动”", "source": "淮北日报", "date": "2017-09-09"})
    assert sorted(rels(doc, "launched_by")) == [("“双实活动”", "中共濉溪县委"), ("“双实活动”", "县委")]
    # what is stated next to the long form belongs to the abbreviation, inferred
    long_form = [r for r in doc._.relations if r.type == "launched_by" and doc.ents[r.tail].text == "县委"][0]
    assert long_form.inferred
    assert [(r.value, r.inferred) for r in doc._.relations if r.type == "period"] == [("2017/2019", True)]
    assert ("“双实活动”", "340621") in rels(doc, "campaign_region")
    assert find(doc, "org_region", "中共濉溪县委").attr("body_name") == "濉溪县委"
    a = find(doc, "alias", "“双实活动”")
    assert (a.value, a.inferred) == ("实施二次创业,实现争先进位活动", True)


def test_campaign_period_when_recognised(extractor: RelationExtractor) -> None:
    text = "县委决定，从2017至2019年，在全县开展“双实活动”。"
    doc = run(extractor, text, [("县委", "ORG", org(hint="县")), ("2017至2019年", "DATE", {}),
                                ("“双实活动”", "CAMPAIGN", {"name": "双实活动"})], {"title": "濉溪县委"})
    assert rels(doc, "period") == [("“双实活动”", "2017/2019")]
    assert rels(doc, "launched_by") == [("“双实活动”", "县委")]


def test_stated_alias(extractor: RelationExtractor) -> None:
    doc = run(extractor, "全市开展“实施二次创业实现争先进位”活动(以下简称“双实活动”)。",
              [("“实施二次创业实现争先进位”活动", "CAMPAIGN", {"name": "实施二次创业实现争先进位活动"}),
               ("“双实活动”", "CAMPAIGN", {"name": "双实活动"})])
    r = find(doc, "alias", "“实施二次创业实现争先进位”活动")
    assert doc.ents[r.tail].text == "“双实活动”" and not r.inferred


def test_campaign_promoter_definition_and_parts(extractor: RelationExtractor) -> None:
    text = ("泗洪縣委書記李愛華表示，泗洪將緊扣市委書記王昊提出的要求，強力實施“五大突破”，務實苦干。\n"
            "泗洪縣聚焦“五大突破”關鍵領域。大力推進工業經濟突破，緊緊咬定“221”目標，即工業開票銷售、工業用電量同比增長均在20%以上﹔"
            "縱深推進鄉村振興突破，打造農業主導產業﹔加快現代服務業突破，力爭服務業增加值增長7%以上。")
    doc = run(extractor, text,
              [("泗洪县委书记", "POST", post("书记", "泗洪县委", region="泗洪县", hint="县")), ("李爱华", "PERSON", NAME),
               ("市委书记", "POST", post("书记", "市委", hint="市")), ("王昊", "PERSON", NAME),
               ("“五大突破”", "CAMPAIGN", {"name": "五大突破"}),
               ("泗洪县", "REGION", {"code": "321324", "level": "county", "name": "泗洪县"}),
               ("“五大突破”", "CAMPAIGN", {"name": "五大突破"}),
               ("“221”目标", "CAMPAIGN", {"name": "221目标", "core": "221"})],
              {"title": "泗洪將改革創新進行到底", "source": "宿遷網", "date": "2021-02-27"})
    assert rels(doc, "promoted_by") == [("“五大突破”", "李爱华")]  # not 王昊, who is in a subordinate clause
    assert sorted(v for h, v in rels(doc, "has_part")) == ["乡村振兴突破", "工业经济突破", "现代服务业突破"]
    d = find(doc, "definition", "“221”目标")
    assert d.value.startswith("工业开票销售、工业用电量同比增长均在20%以上")
    assert "乡村振兴" not in d.value
    assert ("“五大突破”", "321324") in rels(doc, "campaign_region")


def test_numeric_campaign_decoded(extractor: RelationExtractor) -> None:
    text = ("在严格落实“13710”工作制度上，对县委的部署、指令、批示，1天内必须研究安排，3天内必须反馈办理情况，"
            "一般性问题原则上7天内落实解决，重大问题、复杂问题1个月内落实解决，确有困难的，1个月内提出解决方案。")
    doc = run(extractor, text, [("“13710”工作制度", "CAMPAIGN", {"name": "13710工作制度", "core": "13710"}),
                                ("县委", "ORG", org(hint="县"))])
    d = find(doc, "definition", "“13710”工作制度")
    assert d.value.startswith("1天内必须研究安排、3天内必须反馈办理情况、一般性问题原则上7天内落实解决")
    assert "1个月内落实解决" in d.value
    assert d.attr("via") == "numeric"


def test_numeric_campaign_not_decoded_from_unrelated_numbers(extractor: RelationExtractor) -> None:
    doc = run(extractor, "落实“13710”工作制度，全年新增企业30家，投资5亿元。",
              [("“13710”工作制度", "CAMPAIGN", {"name": "13710工作制度", "core": "13710"})])
    assert rels(doc, "definition") == []


def test_abbreviation_rule() -> None:
    assert abbreviates("双实", "实施二次创业，实现争先进位")
    assert abbreviates("稳促调", "稳增长、促改革、调结构")
    assert not abbreviates("双实", "实施二次创业")
    assert not abbreviates("三实", "实施二次创业，实现争先进位")
    assert not abbreviates("双减", "实施二次创业，实现争先进位")


def test_parts_before_counted_name(extractor: RelationExtractor) -> None:
    doc = run(extractor, "强力推进产业升级、项目推进、社会治理、思维革新、效能建设五大工程。",
              [("五大工程", "CAMPAIGN", {"name": "五大工程"})])
    assert [v for _, v in rels(doc, "has_part")] == ["产业升级工程", "项目推进工程", "社会治理工程", "思维革新工程",
                                                      "效能建设工程"]


# --------------------------------------------------------------------------
# the component
# --------------------------------------------------------------------------


def test_sentence_split_keeps_offsets() -> None:
    text = "第一句。“第二句！”\n第三句；第四句"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["第一句。", "“第二句！”", "第三句；", "第四句"]


def test_component_in_pipeline_and_plain_text_meta() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("kg_relations")
    doc = nlp.make_doc("泗洪县干部大会召开\n来源:宿迁网 2021年02月27日\n全县上下争先进位。")
    assert nlp.get_pipe("kg_relations") is not None
    doc = nlp.get_pipe("kg_relations")(doc)
    assert doc._.relations == []
    assert doc._.meta["title"] == "泗洪县干部大会召开"
    assert doc._.meta["source"] == "宿迁网"
    assert doc._.meta["date"] == "2021-02-27"
    assert doc._.meta["main_region"] == "321324"


def test_region_or_body_written_before_the_title(extractor: RelationExtractor) -> None:
    doc = run(extractor, "宁夏回族自治区银川市金凤区原区委副书记、区长张涛，河北省邯郸市政府原党组成员、副市长任华山受到处理。",
              [("宁夏回族自治区", "REGION", {"code": "64", "level": "province", "name": "宁夏回族自治区"}),
               ("银川市", "REGION", {"code": "6401", "level": "city", "name": "银川市"}),
               ("金凤区", "REGION", {"code": "640106", "level": "county", "name": "金凤区"}),
               ("区委副书记", "POST", post("副书记", "区委", hint="区")),
               ("区长", "POST", post("区长", None, "政府", hint="区")), ("张涛", "PERSON", NAME),
               ("河北省邯郸市政府", "ORG", org("政府", region="邯郸市", hint="市")),
               ("党组成员", "POST", post("成员", "党组", "党组")),
               ("副市长", "POST", post("副市长", None, "政府", hint="市")), ("任华山", "PERSON", NAME)],
              {"title": "中央纪委公开通报典型问题"})
    bodies = dict(rels(doc, "post_body"))
    assert bodies == {"区委副书记": "金凤区委", "区长": "金凤区政府", "党组成员": "邯郸市政府党组", "副市长": "邯郸市政府"}
    assert not any(r.inferred for r in doc._.relations if r.type == "post_body")
    assert all(r.attr("former") for r in doc._.relations if r.type == "holds")


def test_left_post_is_held_formerly(extractor: RelationExtractor) -> None:
    doc = run(extractor, "易炼红同志任浙江省委书记，不再担任江西省委书记职务。",
              [("易炼红", "PERSON", NAME), ("浙江省委书记", "POST", post("书记", "浙江省委", region="浙江省", hint="省")),
               ("江西省委书记", "POST", post("书记", "江西省委", region="江西省", hint="省"))])
    assert sorted(rels(doc, "holds")) == [("易炼红", "江西省委书记"), ("易炼红", "浙江省委书记")]
    assert find(doc, "holds", "易炼红").attr("via") == "appointment"
    assert [r.attr("former") for r in doc._.relations if r.type == "holds"] == [None, True]


def test_attendees_only_before_attend_verb_of_a_meeting(extractor: RelationExtractor) -> None:
    doc = run(extractor, "全区工作推进会议召开。习近平总书记参加江苏代表团审议时提出要求。区领导关晓卫、朱书文等参加会议。",
              [("全区工作推进会议", "MEETING", {"name": "全区工作推进会议"}), ("习近平", "PERSON", NAME),
               ("总书记", "POST", {"role": "总书记", "body": None, "body_type": "中央", "region": None,
                                "level_hint": "国"}),
               ("关晓卫", "PERSON", NAME), ("朱书文", "PERSON", NAME)],
              {"title": "淮安区工作推进会召开", "date": "2024-04-08"})
    assert sorted(rels(doc, "attendee")) == [("全区工作推进会议", "关晓卫"), ("全区工作推进会议", "朱书文")]
    assert rels(doc, "holds") == [("习近平", "总书记")]
    assert find(doc, "post_body", "总书记").value == "中共中央"


def test_owner_and_speaker_promoter(extractor: RelationExtractor) -> None:
    text = ("泗洪县委副书记、县长杨云峰要求全县上下坚持高点定位。要把握关键抓手，推进“五大突破”。"
            "要围绕县委“1465”总体思路，严格考核奖惩。\n要深刻领会县党代会提出的“四县”战略。")
    doc = run(extractor, text,
              [("泗洪县委副书记", "POST", post("副书记", "泗洪县委", region="泗洪县", hint="县")),
               ("县长", "POST", post("县长", None, "政府", hint="县")), ("杨云峰", "PERSON", NAME),
               ("“五大突破”", "CAMPAIGN", {"name": "五大突破"}), ("县委", "ORG", org(hint="县")),
               ("“1465”总体思路", "CAMPAIGN", {"name": "1465总体思路", "core": "1465"}),
               ("县党代会", "MEETING", {"name": "县党代会"}), ("“四县”战略", "CAMPAIGN", {"name": "四县战略"})],
              {"title": "泗洪县召开大会", "date": "2021-02-27"})
    assert sorted(rels(doc, "promoted_by")) == [("“1465”总体思路", "杨云峰"), ("“五大突破”", "杨云峰")]
    assert sorted(rels(doc, "launched_by")) == [("“1465”总体思路", "县委"), ("“四县”战略", "县党代会")]
    # the speaker's paragraph ends at the line break: 四县 is not his
    assert ("“四县”战略", "杨云峰") not in rels(doc, "promoted_by")
    assert ("“1465”总体思路", "321324") in rels(doc, "campaign_region")


def test_campaign_region_from_name_section_and_article(extractor: RelationExtractor) -> None:
    text = ("全力走稳走好\n——访宝应县委书记 张小辉\n宝应将推动县域发展，加快“五个宝应”建设，形成“3+5”现代产业体系。\n"
            "记者 胡俭\n夯实基础\n——访仪征市委书记 孙建年\n大力实施“链长制”。\n"
            "融入“赣出精品”工程。")
    doc = run(extractor, text,
              [("宝应县委书记", "POST", post("书记", "宝应县委", region="宝应县", hint="县")), ("张小辉", "PERSON", NAME),
               ("宝应", "REGION", {"code": "321023", "level": "county", "name": "宝应县"}),
               ("“五个宝应”", "CAMPAIGN", {"name": "五个宝应"}), ("“3+5”现代产业体系", "CAMPAIGN", {"name": "3+5现代产业体系"}),
               ("记者", "POST", post("记者", None, "media")), ("胡俭", "PERSON", {"kind": "byline", "role": "author"}),
               ("仪征市委书记", "POST", post("书记", "仪征市委", region="仪征市", hint="市")), ("孙建年", "PERSON", NAME),
               ("“链长制”", "CAMPAIGN", {"name": "链长制"}), ("“赣出精品”工程", "CAMPAIGN", {"name": "赣出精品工程"})],
              {"title": "全力走稳走好", "source": "扬州日报", "date": "2021-10-01"})
    regions = {(h, v): r for r in doc._.relations if r.type == "campaign_region"
               for h, v in [(doc.ents[r.head].text, r.value)]}
    assert ("“五个宝应”", "321023") in regions and not regions[("“五个宝应”", "321023")].inferred  # its name
    assert ("“3+5”现代产业体系", "321023") in regions  # launched by 宝应 (subject of the clause)
    assert regions[("“链长制”", "321081")].inferred  # the 仪征 interview section
    # 赣 is 江西, but this article is in 江苏: not read as a province name
    assert ("“赣出精品”工程", "36") not in regions


def test_province_abbreviation_and_national_slogans(extractor: RelationExtractor) -> None:
    doc = run(extractor, "分宜县积极融入“赣出精品”工程。全县共建“一带一路”。",
              [("分宜县", "REGION", {"code": "360521", "level": "county", "name": "分宜县"}),
               ("“赣出精品”工程", "CAMPAIGN", {"name": "赣出精品工程"}), ("“一带一路”", "CAMPAIGN", {"name": "一带一路"})],
              {"title": "江西分宜:加快产业布局", "source": "新余日报", "date": "2022-02-24"})
    assert ("“赣出精品”工程", "36") in rels(doc, "campaign_region")
    assert not [v for h, v in rels(doc, "campaign_region") if h == "“一带一路”"]



def test_frontier_slogans_belong_to_their_region(extractor: RelationExtractor) -> None:
    # 疆/藏 after a verb of governing or aid names Xinjiang/Tibet whatever the article's place;
    # a 疆 elsewhere in a name (疆域) does not
    doc = run(extractor, "会议在北京召开。要着力在推进文化润疆上下功夫，坚持依法治藏，开展“疆域文化”研究。",
              [("北京", "REGION", {"code": "11", "level": "province", "name": "北京市"}),
               ("文化润疆", "CAMPAIGN", {"name": "文化润疆"}), ("依法治藏", "CAMPAIGN", {"name": "依法治藏"}),
               ("“疆域文化”", "CAMPAIGN", {"name": "疆域文化"})],
              {"title": "对口支援工作会议召开", "source": "新华社", "date": "2023-09-21"})
    regions = rels(doc, "campaign_region")
    assert ("文化润疆", "65") in regions and ("依法治藏", "54") in regions
    assert ("“疆域文化”", "65") not in regions

def test_national_meeting_chair_speech_and_day_dates(extractor: RelationExtractor) -> None:
    text = ("中共中央政治局常委、中央纪委书记李希1日主持召开中央纪委常委会会议。刘金国出席会议。\n"
            "第九次全国对口支援新疆工作会议19日在新疆喀什召开，王沪宁出席并讲话。马兴瑞、姜信治出席会议。"
            "石泰峰主持会议并作总结讲话。")
    doc = run(extractor, text,
              [("李希", "PERSON", NAME), ("1日", "DATE", {}), ("中央纪委常委会会议", "MEETING", {"name": "中央纪委常委会会议"}),
               ("刘金国", "PERSON", NAME),
               ("第九次全国对口支援新疆工作会议", "MEETING", {"name": "第九次全国对口支援新疆工作会议"}), ("19日", "DATE", {}),
               ("王沪宁", "PERSON", NAME), ("马兴瑞", "PERSON", NAME), ("姜信治", "PERSON", NAME),
               ("石泰峰", "PERSON", NAME)],
              {"title": "会议召开", "date": "2023-03-01"})
    a, b = "中央纪委常委会会议", "第九次全国对口支援新疆工作会议"
    assert sorted(rels(doc, "chaired_by")) == [(a, "李希"), (b, "石泰峰")]
    assert sorted(rels(doc, "speaker")) == [(b, "王沪宁"), (b, "石泰峰")]
    assert sorted(rels(doc, "attendee")) == [(a, "刘金国"), (b, "姜信治"), (b, "王沪宁"), (b, "马兴瑞")]
    assert sorted(rels(doc, "meeting_date")) == [(a, "2023-03-01"), (b, "2023-02-19")]
    assert rels(doc, "meeting_location") == [(b, "新疆喀什")]


def test_region_carries_out_but_does_not_launch_a_national_campaign(extractor: RelationExtractor) -> None:
    doc = run(extractor, "陕西积极推进“一带一路”建设。新疆深入开展深入贯彻中央八项规定精神学习教育。",
              [("陕西", "REGION", {"code": "61", "level": "province", "name": "陕西省"}),
               ("“一带一路”", "CAMPAIGN", {"name": "一带一路"}),
               ("新疆", "REGION", {"code": "65", "level": "province", "name": "新疆维吾尔自治区"}),
               ("深入贯彻中央八项规定精神学习教育", "CAMPAIGN", {"name": "深入贯彻中央八项规定精神学习教育"})])
    # the region takes the campaign up (campaign_region: where the text says it is carried out); it did not
    # launch it
    assert rels(doc, "launched_by") == []
    assert sorted(rels(doc, "campaign_region")) == [("“一带一路”", "61"), ("深入贯彻中央八项规定精神学习教育", "65")]


def test_recogniser_title_attributes_are_normalised(extractor: RelationExtractor) -> None:
    doc = run(extractor, "银川市金凤区原区委副书记、区长张涛，农业农村部原党组书记、部长唐仁健，太原市委书记李某出席。",
              [("银川市", "REGION", {"code": "6401", "level": "city", "name": "银川市"}),
               ("金凤区原区委副书记", "POST", post("副书记", "金凤区原区委", region="金凤区", hint="区")),
               ("区长", "POST", post("区长", None, "政府", hint="区")), ("张涛", "PERSON", NAME),
               ("农业农村部", "ORG", org("中央", hint="国")),
               ("原党组书记", "POST", post("书记", "党组", "党组")), ("部长", "POST", post("部长", "党组", "党组")),
               ("唐仁健", "PERSON", NAME),
               ("太原市委书记", "POST", post("书记", "太原市委", region="太原市", hint="市")), ("李某", "PERSON", NAME)])
    assert dict(rels(doc, "post_body")) == {"金凤区原区委副书记": "金凤区委", "区长": "金凤区政府",
                                            "原党组书记": "农业农村部党组", "部长": "农业农村部",
                                            "太原市委书记": "太原市委"}
    former = {doc.ents[r.tail].text: r.attr("former") for r in doc._.relations if r.type == "holds"}
    assert former == {"金凤区原区委副书记": True, "区长": True, "原党组书记": True, "部长": True, "太原市委书记": None}


def test_new_district_and_national_organ_bodies(extractor: RelationExtractor) -> None:
    doc = run(extractor, "上海市浦东新区区委原书记朱芝松，农业农村部原党组书记唐仁健，第二十届中央候补委员吴胜华。",
              [("上海市", "REGION", {"code": "31", "level": "province", "name": "上海市"}),
               ("浦东新区区委原书记", "POST", post("书记", "浦东新区区委", region="浦东新区", hint="区")),
               ("朱芝松", "PERSON", NAME),
               ("农业农村部原党组书记", "POST", post("书记", "农业农村部原党组", "党组")), ("唐仁健", "PERSON", NAME),
               ("中央候补委员", "POST", {"role": "中央候补委员", "body": None, "body_type": "中央", "region": None,
                                    "level_hint": "国"}),
               ("吴胜华", "PERSON", NAME)])
    assert dict(rels(doc, "post_body")) == {"浦东新区区委原书记": "浦东新区区委", "农业农村部原党组书记": "农业农村部党组",
                                            "中央候补委员": "中共中央"}
    assert find(doc, "post_body", "中央候补委员").attr("role") == "候补委员"


def test_period_goes_to_the_nearest_following_name(extractor: RelationExtractor) -> None:
    doc = run(extractor, "县委决定，从2017至2019年，在全县开展“实施二次创业，实现争先进位”活动，加快实现“四个濉溪”建设目标。",
              [("县委", "ORG", org(hint="县")), ("2017至2019年", "DATE", {}), ("“四个濉溪”", "CAMPAIGN", {"name": "四个濉溪"})])
    assert rels(doc, "period") == []


def test_region_preference_without_context_is_no_guess():
    from kg.pipeline.article_context import Divisions

    div = Divisions.from_records([
        ("22", "吉林省", "province", None), ("2202", "吉林市", "city", "22"),
        ("46", "海南省", "province", None), ("63", "青海省", "province", None),
        ("6325", "海南藏族自治州", "city", "63"), ("15", "内蒙古自治区", "province", None),
        ("1503", "乌海市", "city", "15"), ("150303", "海南区", "county", "1503"),
        ("32", "江苏省", "province", None), ("3201", "南京市", "city", "32"),
        ("320106", "鼓楼区", "county", "3201"), ("3203", "徐州市", "city", "32"),
        ("320302", "鼓楼区", "county", "3203"),
    ])
    assert div.resolve("吉林")[0] == "22"  # the province contains the city
    assert div.resolve("海南")[0] == "46"  # the one province-level unit of that short name
    assert div.resolve("鼓楼区")[0] is None  # identical full names stay ambiguous
    assert div.resolve("鼓楼区", ["3203"])[0] == "320302"  # … unless context decides
    assert div.resolve("海南藏族自治州")[0] == "6325"


def test_launcher_is_the_smallest_place_of_a_chain(extractor: RelationExtractor) -> None:
    doc = run(extractor, "福建南平出台了《“回家乡来、助乡村兴”行动实施方案》。",
              [("福建", "REGION", {"code": "35", "level": "province", "name": "福建省"}),
               ("南平", "REGION", {"code": "3507", "level": "city", "name": "南平市"}),
               ("“回家乡来、助乡村兴”行动", "CAMPAIGN", {"name": "回家乡来、助乡村兴行动"})],
              {"title": "乡村振兴", "source": "新闻", "date": "2026-06-13"})
    assert rels(doc, "launched_by") == [("“回家乡来、助乡村兴”行动", "南平")]
    assert ("“回家乡来、助乡村兴”行动", "3507") in rels(doc, "campaign_region")
    assert ("“回家乡来、助乡村兴”行动", "35") not in rels(doc, "campaign_region")


def test_pronoun_speaker_promotes_though_a_leader_is_cited(extractor: RelationExtractor) -> None:
    doc = run(extractor, "某某书记甲某到某省调研。他强调，要深入学习贯彻乙某总书记重要讲话精神，扎实开展某某学习教育。",
              [("甲某", "PERSON", NAME), ("乙某", "PERSON", NAME), ("总书记", "POST", post("总书记", None, "中央", None, "国")),
               ("某某学习教育", "CAMPAIGN", {"name": "某某学习教育"})],
              {"title": "调研", "source": "新闻", "date": "2025-03-20"})
    assert rels(doc, "promoted_by") == [("某某学习教育", "甲某")]


def test_coordinated_campaigns_share_their_place(extractor: RelationExtractor) -> None:
    doc = run(extractor, "习近平在贵州考察时强调，贵州要认真落实党中央关于西部大开发和长江经济带发展的战略部署。",
              [("习近平", "PERSON", NAME), ("贵州", "REGION", {"code": "52", "level": "province", "name": "贵州省"}),
               ("贵州", "REGION", {"code": "52", "level": "province", "name": "贵州省"}),
               ("党中央", "ORG", org("中央", hint="国")),
               ("西部大开发", "CAMPAIGN", {"name": "西部大开发"}), ("长江经济带发展", "CAMPAIGN", {"name": "长江经济带发展"})],
              {"title": "考察", "source": "新闻", "date": "2025-03-19"})
    assert sorted(rels(doc, "campaign_region")) == [("西部大开发", "52"), ("长江经济带发展", "52")]
