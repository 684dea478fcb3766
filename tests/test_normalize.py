from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.io import read_articles
from kg.normalize import detect_script, normalize


def test_traditional_to_simplified_with_exact_offsets(corpus_dir):
    art = next(a for a in read_articles([corpus_dir / "sihong_2021-02-27.txt"]))
    n = normalize(art.text)
    assert n.script == "traditional"
    i = n.text.index("李爱华")
    s, e = n.to_orig(i, i + 3)
    assert art.text[s:e] == "李愛華"
    j = n.text.index("杨云峰")
    assert n.orig_span_text(j, j + 3) == "楊雲峰"
    assert "縣" not in n.text and "泗洪县委书记" in n.text


def test_simplified_text_is_left_alone():
    text = "区委书记颜复强调,要凝神聚力。著名的乾隆年间"
    n = normalize(text)
    assert n.script == "simplified"
    assert n.text == text


def test_pinyin_annotations_removed_and_mapped():
    n = normalize("召開聯(lián)席會議，王春風(fēng)主持")
    assert n.text == "召开联席会议,王春风主持"
    i = n.text.index("王春风")
    # the annotation is dropped, so the span ends at 風 itself
    s, e = n.to_orig(i, i + 3)
    assert n.orig[s:e] == "王春風"


def test_parenthesised_text_that_is_not_pinyin_is_kept():
    for text in ["泗洪县(江苏省)", "GDP(国内生产总值)增长", "记者(wang)报道", "文件(2021)3号"]:
        assert normalize(text).text.replace("(", "(") == text.replace("（", "(")


def test_full_width_folded_and_controls_dropped():
    n = normalize("ＧＤＰ增长８％\u200b，\u202e第１\x00名\u3000好")
    assert n.text == "GDP增长8%,第1名 好"
    i = n.text.index("8%")
    assert n.orig_span_text(i, i + 2) == "８％"


def test_crlf_is_one_newline():
    n = normalize("第一行\r\n第二行")
    assert n.text == "第一行\n第二行"
    assert n.to_orig(3, 4) == (4, 5)  # the CR of CRLF is dropped; \n maps to itself


def test_detect_script():
    assert detect_script("泗洪縣委書記李愛華表示") == "traditional"
    assert detect_script("泗洪县委书记李爱华表示") == "simplified"
    assert detect_script("hello") == "unknown"
    mixed = "泗洪县委书记李爱华表示，要抓好落实工作。" + "責編：蕭瀟、張鑫，記者張立婷報導縣長"
    assert detect_script(mixed) == "mixed"


_han = st.sampled_from(list("泗洪縣县委書书记李愛爱華华表示區区長长會会議议聯联風风了的。，！"))
_noise = st.sampled_from(list("（）()ＡＢ１２ \n\r\t\u200b\u202e\x00\ufeff\u3000﹔") + ["(lián)", "(fēng)", "（xí）"])
_any = st.text(alphabet=st.characters(codec="utf-8"), max_size=5)
_mixed = st.lists(st.one_of(_han, _noise, _any, st.sampled_from(list(string.ascii_letters))), max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(_mixed, st.data())
def test_offset_map_property(orig, data):
    n = normalize(orig)
    assert len(n.starts) == len(n.ends) == len(n.text)
    prev = 0
    for a, b in zip(n.starts, n.ends):
        assert 0 <= a < b <= len(orig)
        assert a >= prev  # monotonic
        prev = a
    if n.text:
        s = data.draw(st.integers(0, len(n.text)))
        e = data.draw(st.integers(s, len(n.text)))
        os_, oe = n.to_orig(s, e)
        assert 0 <= os_ <= oe <= len(orig)
        if e > s:
            # the original span normalises back to the normalised span
            assert normalize(orig[os_:oe], script=n.script).text == n.text[s:e] or n.script != "simplified"


@settings(max_examples=200, deadline=None)
@given(st.lists(_han, min_size=1, max_size=60).map("".join))
def test_han_only_maps_one_to_one(orig):
    n = normalize(orig)
    assert len(n.text) == len(orig)
    for i in range(len(n.text)):
        assert n.to_orig(i, i + 1) == (i, i + 1)
