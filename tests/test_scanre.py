"""compile_scan: the lookahead on a pattern's first characters never changes what matches."""

from __future__ import annotations

import random
import re

import pytest

from kg.pipeline.scanre import compile_scan, first_chars, required_tail, required_tails


@pytest.mark.parametrize("pattern, chars", [
    (r"(?:县|市)委书记", {"县", "市"}),
    (r"(?<=召开)(?:[一二]?届)?会议", {"一", "二", "届", "会"}),
    (r"(?:副)?(?:区长|镇长)", {"副", "区", "镇"}),
    (r"[甲丙]+乙", {"甲", "丙"}),
    (r"(?:[a-c]|第)?区", {"a", "b", "c", "第", "区"}),
    (r"(?=县)(?:县委|县政府)", {"县"}),
])
def test_first_characters_are_listed(pattern: str, chars: set[str]) -> None:
    assert first_chars(pattern) == chars


@pytest.mark.parametrize("pattern", [
    r"(?:县委)?",            # may match the empty string
    r".书记",                # any character
    r"[^，。]{2}书记",        # a negated class
    r"\w+书记",              # a class of letters
    r"(?i)abc",              # case-insensitive
    r"(?i:ab)c",
    r"[\u4e00-\u9fff]{2}书记",  # a range too wide to help
])
def test_uncertain_or_unhelpful_patterns_are_compiled_unchanged(pattern: str) -> None:
    plain = re.compile(pattern)
    assert first_chars(pattern) is None or len(first_chars(pattern) or ()) > 300
    assert compile_scan(pattern).pattern == plain.pattern


def test_anchored_verbose_and_prefixed_patterns_are_left_to_the_engine() -> None:
    for pattern in (r"^(?:县|市)委", r"县委|县政府", r"[县市]委", r"(?x) (?:县 | 市) 委"):
        assert compile_scan(pattern).pattern == pattern


def test_digits_are_every_decimal_digit() -> None:
    chars = first_chars(r"(?:第)?\d+次")
    assert chars is not None and {"第", "1", "１", "٣"} <= chars


_WRAPPED = re.compile(r"\(\?=\[(?:\\.|[^\]\\])*\]\)\(\?:(.*)\)", re.S)


def _rule_patterns() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """Each pattern of the rules component as compiled there, and the same pattern without a lookahead."""
    import kg

    rules = kg.load_pipeline().get_pipe("kg_rules")
    out = {}
    for name, compiled in sorted(vars(rules).items()):
        if isinstance(compiled, re.Pattern):
            m = _WRAPPED.fullmatch(compiled.pattern)
            out[name] = (compiled, re.compile(m.group(1), compiled.flags) if m else compiled)
    return out


def test_the_rules_patterns_match_the_same_spans_with_and_without_the_lookahead() -> None:
    texts = [
        "泗洪县委书记李爱华表示，强力实施“五大突破”。区委副书记、区长周大庆主持会议。",
        "在严格落实“13710”工作制度上，市委七届十三次全会、三级干部大会和工作推进会先后召开。",
        "十四届全国人大二次会议3月5日上午在人民大会堂开幕，国务院总理李强作政府工作报告。",
        "最高人民检察院检察委员会委员、第一检察部副主任王某，中央纪委国家监委驻某部纪检监察组组长。",
        "记者 张立婷 报道(吴永生 陈丽伟) 责编：萧潇、张鑫 2024年1月2日",
    ]
    rng = random.Random(7)
    pool = "".join(sorted(set("".join(texts)))) + "，。、“”《》0123456789０１２ abc\n"
    texts += ["".join(rng.choice(pool) for _ in range(rng.randint(5, 80))) for _ in range(300)]
    changed = 0
    for name, (fast, plain) in _rule_patterns().items():
        changed += fast.pattern != plain.pattern
        for t in texts:
            assert [m.span() for m in fast.finditer(t)] == [m.span() for m in plain.finditer(t)], name
            assert [m.groupdict() for m in fast.finditer(t)] == [m.groupdict() for m in plain.finditer(t)], name
    assert changed >= 10  # (the role, body, national-organisation… patterns get the lookahead)


@pytest.mark.parametrize("pattern", ["(?:县委", "[县", "a{2,1}", "(?<=a+)b"])
def test_an_invalid_pattern_raises_as_re_compile_does(pattern: str) -> None:
    with pytest.raises(re.error):
        re.compile(pattern)
    with pytest.raises(re.error):
        compile_scan(pattern)


@pytest.mark.parametrize("pattern, tail", [
    (r"(?:(?<=深化)|(?<=[，。]))(?:(?![的和])[\u4e00-\u9fff]){2,6}?制度改革", "制度改革"),
    (r"(?:(?<=[，,。])|^)[\u4e00-\u9fff]{4,24}?专项行动(?=(?:正式|全面)?启动)", "专项行动"),
    ("雅鲁藏布江下游水电工程|雅下水电工程", ""),  # a top-level alternation: no literal every match ends with
    (r"abc[de]", ""),
    (r"(?:甲|乙)丙(?!丁)", ""),  # a negative lookahead at the end: not read past
    (r"[\u4e00-\u9fff]+", ""),
])
def test_required_tail_is_the_literal_every_match_ends_with(pattern: str, tail: str) -> None:
    assert required_tail(pattern) == tail
    if tail:  # every match found in a text ends with it
        text = "各地深化农村宅基地制度改革。新年伊始，黄河流域非法采砂专项行动正式启动。"
        assert all(m.group().endswith(tail) for m in re.finditer(pattern, text))


@pytest.mark.parametrize("pattern, tails", [
    (r"(?:19|20)\d{2}年[\u4e00-\u9fff]{2,8}?(?:博览会|论坛)(?!期间)|[\u4e00-\u9fff]{2,8}?第[一二三]次(?:会晤|峰会)",
     {"博览会", "论坛", "会晤", "峰会"}),
    (r"(?:甲|乙)丙(?!丁)", {"丙"}),  # a lookahead after the match is not part of it
    (r"全体(?:大会|会议)|进博会", {"大会", "会议", "进博会"}),
    (r"abc[de]", set()),  # a class at the end: no literal
    (r"博览会|[\u4e00-\u9fff]+", set()),  # one branch without a literal: nothing can be skipped
    (r"(?i)ab", set()), (r"(?i:ab)", set()),  # case-insensitive: no exact literal
])
def test_required_tails_are_the_literals_one_of_which_every_match_ends_with(pattern: str, tails: set[str]) -> None:
    assert required_tails(pattern) == tails
    if tails:  # every match found in a text ends with one of them
        text = "2023年某某论坛在京开幕。甲丙乙丙丁。全体大会，全体会议，进博会。某国领导人第一次会晤。"
        found = [m.group() for m in re.finditer(pattern, text)]
        assert found and all(any(x.endswith(t) for t in tails) for x in found)
