"""Holders of central posts are one node across articles; same-name local officials are not."""

from __future__ import annotations

from typing import Any

from kg.pipeline import extensions  # noqa: F401  (registers the extensions)
from kg.pipeline.article_context import is_national_body
from kg.pipeline.docresult import doc_to_result
from kg.pipeline.relations import RelationExtractor
from kg.resolve import resolve
from kg.types import Article, DocResult

from entity_docs import E, doc_with_ents

NAME: dict[str, Any] = {"kind": "name"}
NATIONAL = {"body": None, "body_type": "中央", "region": None, "level_hint": "国"}
_EXTRACTOR = RelationExtractor(None)


def nat(role: str) -> dict[str, Any]:
    return {"role": role, **NATIONAL}


def local(role: str, body: str | None, region: str, hint: str, body_type: str = "政府") -> dict[str, Any]:
    return {"role": role, "body": body, "body_type": body_type, "region": region, "level_hint": hint}


def result(aid: str, text: str, ents: list[E], title: str) -> DocResult:
    doc = doc_with_ents(text, ents)
    doc._.meta = {"title": title, "date": "2023-05-01", "source": None}
    doc = _EXTRACTOR(doc)
    art = Article(id=aid, title=title, text=text, date="2023-05-01", source=None, script=doc._.norm.script)
    return doc_to_result(doc, art)


def people(results: list[DocResult]) -> list[str]:
    ents, _ = resolve(results)
    return sorted(e.key for e in ents if e.kind == "Person")


def test_is_national_body() -> None:
    assert all(is_national_body(b) for b in ("中共中央", "中共中央政治局", "国务院", "国家", "全国政协", "交通运输部党组"))
    assert not any(is_national_body(b) for b in ("国家电网有限公司", "黔东南州委", "某某集团有限公司", "", None))


def test_central_post_holder_is_one_node_across_regions_and_posts() -> None:
    a = result("n1", "中共中央总书记、国家主席李某出席会议。", [("中共中央总书记", "POST", nat("中共中央总书记")),
                                                   ("国家主席", "POST", nat("国家主席")), ("李某", "PERSON", NAME)],
               "北京会议")
    # untitled mentions in articles about unrelated places
    b = result("n2", "凱里市召開大會，傳達學習李某重要講話精神。", [("凯里市", "REGION", {"code": "522601", "level": "county",
                                                                           "name": "凯里市"}),
                                                           ("李某", "PERSON", NAME)], "凱里市召開大會")
    c = result("n3", "达拉特旗干部认真学习李某讲话。", [("达拉特旗", "REGION", {"code": "150621", "level": "county",
                                                                 "name": "达拉特旗"}), ("李某", "PERSON", NAME)],
               "达拉特旗学习会")
    d = result("n4", "国家主席李某会见外宾。", [("国家主席", "POST", nat("国家主席")), ("李某", "PERSON", NAME)], "会见")
    assert people([a, b, c, d]) == ["person/中共中央/李某"]


def test_same_name_local_officials_stay_apart_from_the_national_one() -> None:
    a = result("m1", "国务院副总理王某考察。", [("国务院副总理", "POST", nat("国务院副总理")), ("王某", "PERSON", NAME)], "考察")
    b = result("m2", "凯里市市长王某主持会议。", [("凯里市市长", "POST", local("市长", None, "凯里市", "市")),
                                          ("王某", "PERSON", NAME)], "凯里市会议")
    c = result("m3", "达拉特旗旗长王某调研。", [("达拉特旗旗长", "POST", local("旗长", None, "达拉特旗", "旗")),
                                         ("王某", "PERSON", NAME)], "达拉特旗调研")
    assert people([a, b, c]) == ["person/150621/王某", "person/522601/王某", "person/国务院/王某"]


def test_without_a_central_post_untitled_namesakes_are_not_merged() -> None:
    b = result("k2", "凯里市召开大会，赵某发言。", [("凯里市", "REGION", {"code": "522601", "level": "county",
                                                                   "name": "凯里市"}), ("赵某", "PERSON", NAME)],
               "凯里市召开大会")
    c = result("k3", "达拉特旗召开大会，赵某发言。", [("达拉特旗", "REGION", {"code": "150621", "level": "county",
                                                                  "name": "达拉特旗"}), ("赵某", "PERSON", NAME)],
               "达拉特旗召开大会")
    assert people([b, c]) == ["person/150621/赵某", "person/522601/赵某"]


def test_untitled_names_listed_with_a_national_figure_are_one_node() -> None:
    a = result("l1", "中共中央总书记李某主持会议。", [("中共中央总书记", "POST", nat("中共中央总书记")), ("李某", "PERSON", NAME)],
               "会议")
    b = result("l2", "凯里市干部收看大会，李某、丁某等出席。", [("凯里市", "REGION", {"code": "522601", "level": "county",
                                                                           "name": "凯里市"}),
                                                        ("李某", "PERSON", NAME), ("丁某", "PERSON", NAME)], "凯里市收看大会")
    # listed only with 丁某 (space-separated): found in the second round
    c = result("l3", "达拉特旗收看直播。丁某 何某 出席。", [("达拉特旗", "REGION", {"code": "150621", "level": "county",
                                                                      "name": "达拉特旗"}),
                                                     ("丁某", "PERSON", NAME), ("何某", "PERSON", NAME)], "达拉特旗收看直播")
    d = result("l4", "凯里市召开会议，何某发言。", [("凯里市", "REGION", {"code": "522601", "level": "county",
                                                                   "name": "凯里市"}), ("何某", "PERSON", NAME)],
               "凯里市召开会议")
    keys = people([a, b, c, d])
    assert "person/_/丁某" in keys and not any(k.endswith("/丁某") and k != "person/_/丁某" for k in keys)
    # 何某 of l3 is listed (one node with no region scope); 何某 of l4 is not listed and keeps its region
    assert sorted(k for k in keys if k.endswith("/何某")) == ["person/522601/何某", "person/_/何某"]


def campaigns(results: list[DocResult]) -> tuple[list[str], list[tuple[str, str]]]:
    ents, facts = resolve(results)
    keys = sorted(e.key for e in ents if e.kind == "Campaign")
    regions = sorted((f.subject, f.obj) for f in facts if f.predicate == "region" and f.subject.startswith("campaign/"))
    return keys, regions


def test_national_campaign_is_one_node_in_every_region_a_local_one_is_not() -> None:
    a = result("c1", "凯里市深入开展党史学习教育，全面推进“五大突破”。",
               [("凯里市", "REGION", {"code": "522601", "level": "county", "name": "凯里市"}),
                ("党史学习教育", "CAMPAIGN", {"name": "党史学习教育"}), ("“五大突破”", "CAMPAIGN", {"name": "五大突破"})],
               "凯里市新闻")
    b = result("c2", "达拉特旗深入开展党史学习教育，全面推进“五大突破”。",
               [("达拉特旗", "REGION", {"code": "150621", "level": "county", "name": "达拉特旗"}),
                ("党史学习教育", "CAMPAIGN", {"name": "党史学习教育"}), ("“五大突破”", "CAMPAIGN", {"name": "五大突破"})],
               "达拉特旗新闻")
    keys, regions = campaigns([a, b])
    assert keys == ["campaign/150621/五大突破", "campaign/522601/五大突破", "campaign/党史学习教育"]
    assert [r for s, r in regions if s == "campaign/党史学习教育"] == ["region/150621", "region/522601"]
