"""Rule families found with the xwlb10 set (examples made up, none taken from the gold texts): the heads of
communities and villages written with the cell word only (社区书记, 村主任), stationed work teams, county
bureaus, special committees with 原, nameless reporters, ships named after places, region chains that settle
an ambiguous name, and names that start inside a county's short form (抵达日喀则)."""

from __future__ import annotations

from typing import Any

import pytest

from kg.pipeline.relations_bodies import cell_names_in_text

from rule_docs import ents, full_pipeline as _full, holds, rules_pipeline


def posts_and_bodies(text: str) -> dict[str, tuple[str | None, str | None]]:
    """POST text → (body, region code) from the full pipeline."""
    doc = _full()(text)
    out: dict[str, tuple[str | None, str | None]] = {e.text: (None, None) for e in doc.ents if e.label_ == "POST"}
    for r in doc._.relations:
        if r.type == "post_body":
            out[doc.ents[r.head].text] = (r.value, r.attr("region_code"))
    return out


@pytest.fixture(scope="module")
def nlp() -> Any:
    return rules_pipeline()


# ------------------------------------------------------- communities and villages
@pytest.mark.parametrize("text, post", [
    ("社区书记王晓红带着网格员走访独居老人。", "社区书记"),
    ("她是城东区一名社区书记，扎根基层十年。", "社区书记"),
    ("村主任张德明带领村民修通了山路。", "村主任"),
    ("桃源街道青石社区党委书记刘芳介绍，", "青石社区党委书记"),
    ("清溪街道梧桐花园社区第一书记周敏说，", "梧桐花园社区第一书记"),
    ("社区主任李秀兰挨家挨户登记。", "社区主任"),
])
def test_heads_of_communities_and_villages(nlp: Any, text: str, post: str) -> None:
    assert post in ents(nlp, text, "POST")


@pytest.mark.parametrize("text", [
    "推进新农村书记培训班建设。",
    "加强城乡社区主任队伍建设。",
    "老旧社区改造稳步推进。",
])
def test_cell_words_inside_other_words_are_no_titles(nlp: Any, text: str) -> None:
    assert not [p for p in ents(nlp, text, "POST") if p.endswith(("社区主任", "村书记", "社区书记"))]


def test_bare_community_secretary_takes_the_community_the_article_names() -> None:
    text = "我们走进丰县桃园社区。刚到桃园社区门口，社区书记马丽华就迎了上来。"
    assert posts_and_bodies(text)["社区书记"] == ("桃园社区", "320321")
    assert ("马丽华", "社区书记") in holds(text)


def _text(text: str, regions: tuple[str, ...] = ()) -> Any:
    from kg.pipeline.relations import Ent, Text

    ents = [Ent(k, "REGION", text.index(r), text.index(r) + len(r), r) for k, r in enumerate(regions)]
    return Text(text=text, ents=ents, sents=[(0, len(text))])


def test_community_names_in_running_text_need_a_region_or_a_repeat() -> None:
    text = "我们走进桃园社区。记者在桃园社区看到，老旧社区焕然一新，一个村也没落下。"
    assert [n for _, n in cell_names_in_text(_text(text), "社区")] == ["桃园社区", "桃园社区"]
    assert cell_names_in_text(_text("我们走进桃园社区。"), "社区") == []
    assert [n for _, n in cell_names_in_text(_text("丰县桃园社区很美。", ("丰县",)), "社区")] == ["桃园社区"]
    assert cell_names_in_text(_text("城乡社区和贫困村都在变。"), "村") == []


def test_stationed_team_leader_and_first_secretary_of_a_named_village() -> None:
    text = "今年春天，石门村村委会前，驻村工作队长、第一书记赵文杰正在清点物资。去年他担任石门村驻村第一书记。"
    found = posts_and_bodies(text)
    assert found["驻村工作队长"] == ("石门村驻村工作队", None)
    assert found["第一书记"][0] == "石门村"
    assert found["石门村驻村第一书记"][0] == "石门村"


# ----------------------------------------------------------- bureaus, committees
def test_county_bureau_on_its_own_is_an_org(nlp: Any) -> None:
    assert "县就业局" in ents(nlp, "县就业局干部常驻务工城市，帮群众解决困难。", "ORG")
    assert "县林业局" in ents(nlp, "县林业局组织人员巡山。", "ORG")


def test_special_committee_title_with_former_after_another_title(nlp: Any) -> None:
    text = "对全国人大常委会原委员、全国人大环境与资源保护委员会原副主任委员张某某立案审查。"
    assert "全国人大环境与资源保护委员会原副主任委员" in ents(nlp, text, "POST")


# ------------------------------------------------------------------- reporters
@pytest.mark.parametrize("text, expected", [
    ("记者来到了山脚下的小村。", []),
    ("总台记者对企业家进行了专访。", []),
    ("本报记者采访了企业负责人。", ["记者"]),
    ("记者 王小川\n", ["记者"]),
    ("记者张立新报道", ["记者"]),
])
def test_a_nameless_reporter_is_a_post_only_in_the_publishers_byline(nlp: Any, text: str,
                                                                     expected: list[str]) -> None:
    assert ents(nlp, text, "POST") == expected


# --------------------------------------------------------------------- regions
def test_ships_named_after_places_are_not_regions(nlp: Any) -> None:
    assert ents(nlp, "她曾是山东舰的一名舰员。", "REGION") == []
    assert ents(nlp, "她回到山东老家。", "REGION") == ["山东"]


def test_a_name_starting_inside_a_county_short_form() -> None:
    doc = rules_pipeline()("救灾物资陆续抵达日喀则。")
    assert [(e.text, e._.kg.get("code")) for e in doc.ents if e.label_ == "REGION"] == [("日喀则", "5402")]
    assert ents(rules_pipeline(), "达日县和玛多县", "REGION") == ["达日县", "玛多县"]


def test_an_ambiguous_name_in_a_chain_is_the_one_holding_the_next() -> None:
    doc = rules_pipeline()("她回到江苏淮安盱眙县工作。")
    codes = {e.text: e._.kg.get("code") for e in doc.ents if e.label_ == "REGION"}
    assert codes == {"江苏": "32", "淮安": "3208", "盱眙县": "320830"}
    doc = rules_pipeline()("淮安是一座历史文化名城。")
    assert [e._.kg.get("code") for e in doc.ents if e.label_ == "REGION"] == [None]


def test_village_bodies_on_their_own_are_no_orgs(nlp: Any) -> None:
    # the gold sets' convention: bodies below the township stand only inside titles
    assert ents(nlp, "群众被转移到石门村村委会，村委会的小院里很热闹。", "ORG") == []
    assert "石门村党支部书记" in ents(nlp, "石门村党支部书记王某某说，石门村变了。", "POST")
    assert ents(nlp, "丰县县委召开会议。", "ORG") == ["丰县县委"]


def test_numbered_party_branches_of_a_community(nlp: Any) -> None:
    assert "青石社区第二党支部书记" in ents(nlp, "桃源街道青石社区第二党支部书记周某某说，", "POST")


def test_general_policies_are_no_campaigns(nlp: Any) -> None:
    assert ents(nlp, "这里深入推进精准扶贫和乡村振兴。", "CAMPAIGN") == []
