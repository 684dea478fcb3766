"""Titles written with a bare 自治区 (自治区党委书记, 自治区主席, 自治区政协主席) belong to the article's
autonomous region, as 省委书记 belongs to the article's province; a 省 title never does. Made-up texts."""

from __future__ import annotations

import logging
from typing import Any

import pytest

import kg


@pytest.fixture(scope="module")
def nlp() -> Any:
    logging.getLogger("kg").setLevel(logging.ERROR)
    return kg.load_pipeline()


def post_bodies(nlp: Any, text: str) -> dict[str, tuple[str, str | None]]:
    doc = nlp(text)
    return {doc.ents[r.head].text: (r.value, r.attr("region_code")) for r in doc._.relations if r.type == "post_body"}


def test_bare_autonomous_region_titles_take_the_article_region(nlp: Any) -> None:
    got = post_bodies(nlp, "广西壮族自治区党委召开常委会会议。自治区党委书记张三主持会议。自治区政协主席李四、"
                           "自治区人大常委会主任王五、自治区人民政府主席赵六出席。")
    assert got == {"自治区党委书记": ("广西壮族自治区党委", "45"), "自治区政协主席": ("广西壮族自治区政协", "45"),
                   "自治区人大常委会主任": ("广西壮族自治区人大常委会", "45"),
                   "自治区人民政府主席": ("广西壮族自治区政府", "45")}


def test_autonomous_region_from_a_city_of_it(nlp: Any) -> None:
    assert post_bodies(nlp, "南宁市召开会议。自治区党委书记张三出席。") == {"自治区党委书记": ("广西壮族自治区党委", "45")}
    assert post_bodies(nlp, "呼和浩特市召开大会。自治区主席王某出席。")["自治区主席"] == ("内蒙古自治区政府", "15")


def test_province_titles_are_not_read_as_autonomous_region_ones(nlp: Any) -> None:
    assert "省委书记" not in post_bodies(nlp, "南宁市召开会议。省委书记张三出席。")
    assert post_bodies(nlp, "江苏省委召开常委会会议。省委书记张三主持会议。") == {"省委书记": ("江苏省委", "32")}
