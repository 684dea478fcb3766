"""kg.iri: the single IRI minter."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef

from kg.errors import KGError
from kg.iri import (
    DEFAULT_BASE_IRI, KIND_PREFIX, get_base_iri, iri_escape, is_safe_iri, kind_of_key, mint_iri, safe_iri,
    using_base_iri,
)

# RFC 3987 ipath characters after minting: iunreserved / pct-encoded / sub-delims / ":" "@" "/"
_VALID_PATH = re.compile(r"^(?:[A-Za-z0-9\-._~!$&()*+,;=:@/]|%[0-9A-F]{2}|[^\x00-\x7f])*$")
P = URIRef("https://kg.example.org/ns#p")
# any code point, lone surrogates included (st.text() leaves them out)
ANY_TEXT = st.text(st.characters(exclude_categories=[]))


def test_readable_and_stable() -> None:
    assert str(mint_iri("Post", "post/泗洪县委/书记")) == "https://kg.example.org/id/post/泗洪县委/书记"
    assert str(mint_iri("Region", "321324")) == str(mint_iri("Region", "region/321324"))
    assert str(mint_iri("Person", "person/3213/王昊")) == "https://kg.example.org/id/person/3213/王昊"
    assert mint_iri("Campaign", "campaign/13710工作制度").endswith("/campaign/13710工作制度")


def test_same_iri_in_another_process() -> None:
    code = "from kg.iri import mint_iri; print(mint_iri('Campaign', 'campaign/“双实”活动 #1?'))"
    out = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout for seed in ("1", "2")]
    assert out[0] == out[1] == str(mint_iri("Campaign", "campaign/“双实”活动 #1?")) + "\n"


@pytest.mark.parametrize("key, encoded", [
    ("a b", "a%20b"), ('q"x', "q%22x"), ("<>", "%3C%3E"), ("{|}", "%7B%7C%7D"), ("\\^`", "%5C%5E%60"),
    ("n\nl", "n%0Al"), ("#?", "%23%3F"), ("100%", "100%25"), ("it's", "it%27s"), ("\x00\x7f", "%00%7F"),
    ("\u3000", "%E3%80%80"), ("\u202e", "%E2%80%AE"), ("\ufeff", "%EF%BB%BF"), ("\ue000", "%EE%80%80"),
    ("\ud800", "%ED%A0%80"), ("a/../b", "a/%2E%2E/b"), ("./x", "%2E/x"), ("a.b", "a.b"),
])
def test_unsafe_characters_are_encoded(key: str, encoded: str) -> None:
    assert iri_escape(key) == encoded


def test_hostile_key() -> None:
    iri = mint_iri("Person", '"> . <x> <y> "z')
    assert is_safe_iri(iri) and " " not in iri and ">" not in iri
    g = Graph().parse(data=f"<{iri}> <{P}> \"v\" .\n", format="nt")
    assert list(g.subjects()) == [iri]


def test_unknown_kind_and_kind_of_key() -> None:
    with pytest.raises(KGError, match="E081"):
        mint_iri("Planet", "x")
    assert kind_of_key("org/泗洪县委") == "Organization"
    assert kind_of_key("泗洪县委") is None and kind_of_key("planet/x") is None
    assert set(KIND_PREFIX) >= {"Person", "Post", "Role", "Organization", "Region", "Campaign", "Meeting", "Article"}


def test_base_iri_argument_and_context() -> None:
    assert get_base_iri() == DEFAULT_BASE_IRI
    assert str(mint_iri("Region", "32", base="http://x.org/kg#")) == "http://x.org/kg#region/32"
    with using_base_iri("https://data.example.com/"):
        assert str(mint_iri("Region", "32")) == "https://data.example.com/region/32"
        with using_base_iri(None):
            assert get_base_iri() == "https://data.example.com/"
    assert get_base_iri() == DEFAULT_BASE_IRI  # restored, nothing global changed
    for bad in ("no-scheme/", "http://x.org/no-slash", "http://x .org/", "http://x.org/<a>/", "", "http://a#b#"):
        with pytest.raises(KGError, match="E080"):
            mint_iri("Region", "32", base=bad)


def test_safe_iri_for_urls() -> None:
    assert safe_iri("https://www.sqnews.cn/a b?x=1#f") == URIRef("https://www.sqnews.cn/a%20b?x=1#f")
    assert safe_iri("https://例子.中国/路径") == URIRef("https://例子.中国/路径")
    assert safe_iri("data/corpus/a.txt") is None
    assert is_safe_iri(safe_iri('http://x.org/"><script>'))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(key=ANY_TEXT, kind=st.sampled_from(sorted(KIND_PREFIX)))
def test_any_key_gives_valid_iri_that_round_trips(key: str, kind: str) -> None:
    iri = mint_iri(kind, key)
    assert iri.startswith(DEFAULT_BASE_IRI + KIND_PREFIX[kind] + "/")
    assert is_safe_iri(iri)
    assert _VALID_PATH.match(iri[len(DEFAULT_BASE_IRI):]), iri
    assert iri == mint_iri(kind, key)  # deterministic
    for fmt, data in (("nt", f"<{iri}> <{P}> <{iri}> .\n"), ("turtle", f"<{iri}> <{P}> <{iri}> .\n")):
        g = Graph().parse(data=data, format=fmt)
        assert set(g) == {(iri, P, iri)}, fmt
    g = Graph()
    g.add((iri, P, Literal("x")))
    for fmt in ("nt", "turtle", "xml", "json-ld"):
        back = Graph().parse(data=g.serialize(format=fmt), format=fmt)
        assert set(back) == set(g), fmt


@settings(max_examples=300, deadline=None)
@given(a=ANY_TEXT, b=ANY_TEXT)
def test_distinct_keys_give_distinct_iris(a: str, b: str) -> None:
    if a != b:
        assert iri_escape(a) != iri_escape(b)


def test_iri_escape_fast_path_agrees_with_the_encoder_for_every_code_point() -> None:
    # keys that need no encoding skip the per-character loop; keep_slash=False always runs it
    for cp in range(0x110000):
        ch = chr(cp)
        if ch in "/.":  # (keep_slash=False encodes "/" and skips the dot-segment rule: both checked below)
            continue
        assert iri_escape(ch) == iri_escape(ch, keep_slash=False), hex(cp)
        assert iri_escape(f"县{ch}a") == iri_escape(f"县{ch}a", keep_slash=False), hex(cp)
    assert iri_escape("region/./..") == "region/%2E/%2E%2E"
    assert iri_escape("a.b/c..d") == "a.b/c..d"
