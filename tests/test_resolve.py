"""Tests of cross-document resolution (kg.resolve) and of doc_to_result.

Articles are built by hand (entities given), run through the kg_relations
component and turned into DocResults, so that resolution is tested on the
records it reads in a real build."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest

from kg.pipeline import extensions  # noqa: F401  (registers the extensions)
from kg.pipeline.docresult import doc_to_result
from kg.pipeline.relations import RelationExtractor
from kg.resolve import resolve
from kg.types import Article, DocResult, Entity, Fact

from entity_docs import E, doc_with_ents

NAME: dict[str, Any] = {"kind": "name"}


def post(role: str, body: str | None = None, body_type: str = "党委", region: str | None = None,
         hint: str | None = None) -> dict[str, Any]:
    return {"role": role, "body": body, "body_type": body_type, "region": region, "level_hint": hint}


def region(code: str, name: str, level: str = "county") -> dict[str, Any]:
    return {"code": code, "name": name, "level": level}


_EXTRACTOR = RelationExtractor(None)


def result(aid: str, text: str, ents: list[E], title: str = "", date: str = "2021-02-27",
           source: str | None = None, editor: str | None = None) -> DocResult:
    """A DocResult for an article with the given entities (in order of appearance)."""
    doc = doc_with_ents(text, ents)
    doc._.meta = {"title": title, "date": date, "source": source}
    doc = _EXTRACTOR(doc)
    art = Article(id=aid, title=title, text=text, date=date, source=source, script=doc._.norm.script, editor=editor)
    return doc_to_result(doc, art)


def by_key(ents: list[Entity]) -> dict[str, Entity]:
    return {e.key: e for e in ents}


def facts_of(facts: list[Fact], predicate: str) -> set[tuple[str, str]]:
    return {(f.subject, f.obj) for f in facts if f.predicate == predicate}


def fact(facts: list[Fact], predicate: str, subject: str, obj: str) -> Fact:
    for f in facts:
        if (f.predicate, f.subject, f.obj) == (predicate, subject, obj):
            return f
    raise AssertionError(f"no fact {predicate} {subject} {obj}")


SIHONG_TRAD = result(
    "a1", "泗洪縣委書記李愛華表示，泗洪將緊扣市委書記王昊對泗洪縣提出的工作要求。2月19日，市委王書記專題調研泗洪縣。(記者 張立婷)",
    [("泗洪县委书记", "POST", post("书记", "泗洪县委", region="泗洪县", hint="县")), ("李爱华", "PERSON", NAME),
     ("市委书记", "POST", post("书记", "市委", hint="市")), ("王昊", "PERSON", NAME),
     ("泗洪县", "REGION", region("321324", "泗洪县")),
     ("市委", "ORG", {"body_type": "党委", "region": None, "level_hint": "市", "parent": None}),
     ("王书记", "PERSON", {"kind": "titled", "surname": "王", "role": "书记"}),
     ("泗洪县", "REGION", region("321324", "泗洪县")),
     ("记者", "POST", post("记者", None, "media")), ("张立婷", "PERSON", {"kind": "byline", "role": "author"})],
    title="泗洪將改革創新進行到底", source="宿遷網", editor="蕭瀟、張鑫")

SIHONG_SIMP = result(
    "a2", "泗洪县委书记李爱华主持召开县委常委会会议。李爱华强调，要全力推进改革。",
    [("泗洪县委书记", "POST", post("书记", "泗洪县委", region="泗洪县", hint="县")), ("李爱华", "PERSON", NAME),
     ("县委常委会会议", "MEETING", {"name": "县委常委会会议"}), ("李爱华", "PERSON", NAME)],
    title="泗洪县召开县委常委会会议", date="2021-03-05", source="宿迁网")

SUIXI = result(
    "a3", "濉溪县委书记李爱华调研。濉溪县长张伟主持会议。",
    [("濉溪县委书记", "POST", post("书记", "濉溪县委", region="濉溪县", hint="县")), ("李爱华", "PERSON", NAME),
     ("濉溪县长", "POST", post("县长", None, "政府", region="濉溪县", hint="县")), ("张伟", "PERSON", NAME)],
    title="濉溪县委书记调研", date="2017-09-09", source="淮北日报")


@pytest.fixture(scope="module")
def resolved() -> tuple[list[Entity], list[Fact]]:
    return resolve([SIHONG_TRAD, SIHONG_SIMP, SUIXI])


def test_traditional_and_simplified_are_one_person(resolved: tuple[list[Entity], list[Fact]]) -> None:
    ents, facts = resolved
    people = {k: e for k, e in by_key(ents).items() if e.kind == "Person"}
    sihong = people["person/321324/李爱华"]
    assert sihong.label == "李爱华" and "李愛華" in sihong.alt_labels
    # both articles' holds facts are on the same person and the same post
    f = fact(facts, "holds", "person/321324/李爱华", "post/泗洪县委/书记")
    assert {e.article for e in f.evidence} == {"a1", "a2"}
    assert not f.inferred
    assert f.observed == "2021-03-05"
    ev = [e for e in f.evidence if e.article == "a1"][0]
    assert ev.sentence.startswith("泗洪縣委書記李愛華表示")  # the sentence as written
    assert SIHONG_TRAD.article.text[ev.start:ev.end] == "泗洪縣委書記"


def test_same_name_in_unrelated_regions_stays_two(resolved: tuple[list[Entity], list[Fact]]) -> None:
    ents, facts = resolved
    keys = {e.key for e in ents if e.kind == "Person" and e.label == "李爱华"}
    assert keys == {"person/321324/李爱华", "person/340621/李爱华"}
    assert ("person/340621/李爱华", "post/濉溪县委/书记") in facts_of(facts, "holds")


def test_posts_distinct_per_body_with_one_role(resolved: tuple[list[Entity], list[Fact]]) -> None:
    ents, facts = resolved
    e = by_key(ents)
    assert e["post/泗洪县委/书记"].kind == "Post" and e["post/濉溪县委/书记"].kind == "Post"
    assert ("post/泗洪县委/书记", "role/书记") in facts_of(facts, "role")
    assert ("post/濉溪县委/书记", "role/书记") in facts_of(facts, "role")
    assert ("post/泗洪县委/书记", "org/泗洪县委") in facts_of(facts, "postIn")
    assert ("org/泗洪县委", "region/321324") in facts_of(facts, "jurisdiction")
    assert e["post/濉溪县政府/县长"].label == "濉溪县县长"


def test_inferred_post_region_is_marked(resolved: tuple[list[Entity], list[Fact]]) -> None:
    _, facts = resolved
    f = fact(facts, "holds", "person/3213/王昊", "post/宿迁市委/书记")
    assert f.inferred
    assert fact(facts, "jurisdiction", "org/宿迁市委", "region/3213").inferred


def test_surname_title_resolves_to_the_named_official(resolved: tuple[list[Entity], list[Fact]]) -> None:
    ents, facts = resolved
    mentions = [f for f in facts if f.predicate == "mentions" and f.subject == "article/a1"
                and f.obj == "person/3213/王昊"]
    assert mentions and any(SIHONG_TRAD.article.text[e.start:e.end] == "王書記" for e in mentions[0].evidence)
    assert not any(e.label in ("王书记", "王書記") for e in ents)


def test_region_hierarchy(resolved: tuple[list[Entity], list[Fact]]) -> None:
    ents, facts = resolved
    e = by_key(ents)
    assert e["region/321324"].label == "泗洪县"
    contained = facts_of(facts, "containedInPlace")
    assert ("region/321324", "region/3213") in contained and ("region/3213", "region/32") in contained
    assert ("region/340621", "region/3406") in contained and ("region/3406", "region/34") in contained


def test_articles_authors_editors(resolved: tuple[list[Entity], list[Fact]]) -> None:
    ents, facts = resolved
    art = by_key(ents)["article/a1"]
    assert art.kind == "Article" and art.attr("date") == "2021-02-27" and art.attr("publisher") == "宿迁网"
    assert ("article/a1", "person/宿迁网/张立婷") in facts_of(facts, "author")
    assert ("article/a1", "person/宿迁网/萧潇") in facts_of(facts, "editor")
    assert ("article/a1", "org/宿迁网") in facts_of(facts, "publisher")
    assert ("person/宿迁网/张立婷", "post/宿迁网/记者") in facts_of(facts, "holds")


def test_meeting_key_and_chair(resolved: tuple[list[Entity], list[Fact]]) -> None:
    ents, facts = resolved
    assert by_key(ents)["meeting/a2/1"].label == "县委常委会会议"
    assert ("meeting/a2/1", "person/321324/李爱华") in facts_of(facts, "chairedBy")
    assert ("meeting/a2/1", "person/321324/李爱华") in facts_of(facts, "speaker")
    assert ("meeting/a3/1", "person/340621/张伟") not in facts_of(facts, "chairedBy")  # no meeting named there


def test_name_tied_by_region_merges_untied_does_not() -> None:
    a = result("b1", "泗洪县长张伟主持会议。", [("泗洪县长", "POST", post("县长", None, "政府", "泗洪县", "县")),
                                          ("张伟", "PERSON", NAME)], title="泗洪县会议")
    b = result("b2", "泗洪县召开大会。张伟强调，全县要争先进位。",
               [("泗洪县", "REGION", region("321324", "泗洪县")), ("张伟", "PERSON", NAME)], title="泗洪县召开大会")
    c = result("b3", "濉溪县召开大会。张伟强调，全县要争先进位。",
               [("濉溪县", "REGION", region("340621", "濉溪县")), ("张伟", "PERSON", NAME)], title="濉溪县召开大会")
    ents, _ = resolve([a, b, c])
    assert sorted(e.key for e in ents if e.kind == "Person") == ["person/321324/张伟", "person/340621/张伟"]


def test_ambiguous_region_warns_or_resolves_in_context(caplog: pytest.LogCaptureFixture) -> None:
    amb = result("c1", "新城区召开会议。", [("新城区", "REGION", {"code": None, "name": "新城区", "level": "county",
                                                          "candidates": ["150102", "610102"]})], title="会议召开")
    with caplog.at_level(logging.WARNING, logger="kg"):
        ents, _ = resolve([amb])
    assert "W002" in caplog.text and "新城区" in caplog.text
    assert not any(e.kind == "Region" and e.label == "新城区" for e in ents)
    ctx = result("c2", "西安市新城区召开会议。",
                 [("西安市", "REGION", region("6101", "西安市", "city")),
                  ("新城区", "REGION", {"code": None, "name": "新城区", "level": "county",
                                      "candidates": ["150102", "610102"]})], title="西安市新城区召开会议")
    ents, facts = resolve([ctx])
    assert "region/610102" in by_key(ents)
    assert ("region/610102", "region/6101") in facts_of(facts, "containedInPlace")


def test_campaign_scoped_by_region_with_alias_and_parts() -> None:
    text = ("8月29日，中共濉溪县委印发《关于开展“双实活动”的实施意见》。县委决定，从2017至2019年，在全县开展"
            "“实施二次创业，实现争先进位”活动。")
    r = result("d1", text, [("中共濉溪县委", "ORG", {"body_type": "党委", "region": "濉溪县", "level_hint": "县",
                                                  "parent": None}),
                            ("“双实活动”", "CAMPAIGN", {"name": "双实活动"}),
                            ("县委", "ORG", {"body_type": "党委", "region": None, "level_hint": "县", "parent": None}),
                            ("2017至2019年", "DATE", {})],
               title="濉溪县委印发实施意见启动开展“双实活动”", date="2017-09-09", source="淮北日报")
    ents, facts = resolve([r])
    camp = by_key(ents)["campaign/340621/双实活动"]
    assert "实施二次创业,实现争先进位活动" in camp.alt_labels
    assert ("campaign/340621/双实活动", "org/濉溪县委") in facts_of(facts, "launchedBy")
    assert fact(facts, "period", "campaign/340621/双实活动", "2017/2019").literal
    assert fact(facts, "altLabel", "campaign/340621/双实活动", "实施二次创业,实现争先进位活动").inferred


def test_deterministic_and_cache_round_trip() -> None:
    docs = [SIHONG_TRAD, SIHONG_SIMP, SUIXI]
    first = resolve(docs)
    # a build reads cached DocResults back from JSON
    cached = [DocResult.from_dict(json.loads(json.dumps(d.to_dict(), ensure_ascii=False))) for d in reversed(docs)]
    assert resolve(cached) == first


def test_doc_result_offsets_map_to_original() -> None:
    r = SIHONG_TRAD
    for m in r.mentions:
        assert r.article.text[m.orig_start:m.orig_end] == m.orig_text
        assert r.norm_text[m.start:m.end] == m.text
    m = next(m for m in r.mentions if m.text == "李爱华")
    assert m.orig_text == "李愛華" and m.attr("kind") == "name"
    s = r.sentences[m.sent]
    assert s.start <= m.orig_start < s.end
    assert dict(r.meta)["main_region"] == "321324"
    assert all(rel.evidence[1] <= len(r.article.text) for rel in r.relations)


def test_national_organs_and_posts_are_one_node_across_articles() -> None:
    nat = {"body_type": "中央", "region": None, "level_hint": "国", "parent": None}
    gs = {"role": "总书记", "body": None, "body_type": "中央", "region": None, "level_hint": "国"}
    a = result("e1", "中共中央印发通知。习近平总书记强调，要抓好落实。",
               [("中共中央", "ORG", nat), ("习近平", "PERSON", NAME), ("总书记", "POST", gs)], title="通知")
    b = result("e2", "习近平总书记指出，要坚持稳中求进。中共中央决定召开会议。",
               [("习近平", "PERSON", NAME), ("总书记", "POST", gs), ("中共中央", "ORG", nat)], title="会议",
               date="2022-01-01")
    ents, facts = resolve([a, b])
    keys = {e.key for e in ents}
    assert "org/中共中央" in keys and not any(k.startswith("org/中共中央@") for k in keys)
    assert [e.key for e in ents if e.kind == "Person"] == ["person/中共中央/习近平"]
    f = fact(facts, "holds", "person/中共中央/习近平", "post/中共中央/总书记")
    assert {e.article for e in f.evidence} == {"e1", "e2"} and f.observed == "2022-01-01"


def test_titled_reference_resolved_in_the_corpus_by_body() -> None:
    a = result("f1", "宿迁市委书记王昊调研。", [("宿迁市委书记", "POST", post("书记", "宿迁市委", region="宿迁市", hint="市")),
                                        ("王昊", "PERSON", NAME)], title="宿迁市委书记调研")
    city_org = {"body_type": "党委", "region": None, "level_hint": "市", "parent": None}
    titled = {"kind": "titled", "surname": "王", "role": "书记"}
    b = result("f2", "泗洪县召开大会。市委王书记主持会议。", [("泗洪县", "REGION", region("321324", "泗洪县")),
                                                  ("大会", "MEETING", {"name": "大会"}),
                                                  ("市委", "ORG", city_org), ("王书记", "PERSON", titled)],
               title="泗洪县召开大会")
    # in an article about 淮安区, 市委 is 淮安市委: 王昊 is not its secretary
    c = result("f3", "淮安区召开大会。市委王书记主持会议。", [("淮安区", "REGION", region("320803", "淮安区")),
                                                  ("大会", "MEETING", {"name": "大会"}),
                                                  ("市委", "ORG", city_org), ("王书记", "PERSON", titled)],
               title="淮安区召开大会")
    _, facts = resolve([a, b, c])
    chairs = facts_of(facts, "chairedBy")
    assert ("meeting/f2/1", "person/3213/王昊") in chairs
    assert not any(s == "meeting/f3/1" for s, _ in chairs)
