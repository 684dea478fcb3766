"""kg tokenizer: normalisation inside, offsets back to the original, segmenters,
serialization and the assembled pipeline's to_disk/spacy.load round-trip."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import spacy

import kg
from kg.errors import KGError
from kg.pipeline import orig_span
from kg.pipeline.tokenizer import KGTokenizer, _align, _words_spaces

from rule_docs import rules_pipeline

DEMO = Path(__file__).resolve().parents[1] / "data" / "corpus" / "sihong_2021-02-27.txt"
TRAD = "泗洪縣委書記李愛華表示，新的一年要推進“五大突破”。\n（記者 張立婷）\n"


@pytest.fixture(scope="module")
def nlp() -> Any:
    return rules_pipeline()


def test_char_tokens_and_whitespace(nlp: Any) -> None:
    doc = nlp.make_doc("县委 书记\n\n李爱华  表示\t")
    assert doc.text == "县委 书记\n\n李爱华  表示\t"
    words = [t.text for t in doc]
    assert words[:6] == ["县", "委", "书", "记", "\n", "\n"]
    assert "  " in words and "\t" in words
    assert doc[1].whitespace_ == " "


def test_traditional_offsets_map_back_exactly(nlp: Any) -> None:
    doc = nlp(TRAD)
    assert doc.text.startswith("泗洪县委书记李爱华")
    assert doc._.orig_text == TRAD
    people = {e.text: TRAD[slice(*orig_span(e))] for e in doc.ents if e.label_ == "PERSON"}
    assert people == {"李爱华": "李愛華", "张立婷": "張立婷"}
    post = next(e for e in doc.ents if e.label_ == "POST")
    assert TRAD[slice(*orig_span(post))] == "泗洪縣委書記"
    camp = next(e for e in doc.ents if e.label_ == "CAMPAIGN")
    assert TRAD[slice(*orig_span(camp))] == "“五大突破”"


def test_noise_is_removed_and_mapped(nlp: Any) -> None:
    raw = "區委書記顏復(yán fù)\u200b強調，要实干。"
    doc = nlp(raw)
    assert "颜复强调" in doc.text
    person = next(e for e in doc.ents if e.label_ == "PERSON")
    s, e = orig_span(person)
    assert raw[s:e].startswith("顏") and raw[s:e].endswith("復(yán fù)") or raw[s:e] == "顏復"


def test_sentences_split_on_newlines_and_punct(nlp: Any) -> None:
    doc = nlp("第一句。第二句\n第三句！")
    assert [s.text.strip() for s in doc.sents] == ["第一句。", "第二句", "第三句!"]


def test_nlp_accepts_a_doc(nlp: Any) -> None:
    doc = nlp.make_doc("区长邓萌主持会议。")
    out = nlp(doc)
    assert out is doc and [e.text for e in out.ents] == ["区长", "邓萌"]
    # a Doc made elsewhere (no offset map) gets an identity map
    other = spacy.blank("zh")("区长邓萌主持会议。")
    assert orig_span(nlp(other)[0:2]) == (0, 2)


def test_unknown_segmenter() -> None:
    with pytest.raises(KGError, match="E030"):
        kg.load_pipeline(segmenter="nope", exclude=["ner", "kg_relations"])


def test_pkuseg_without_model(tmp_path: Path) -> None:
    vocab = spacy.blank("xx").vocab
    with pytest.raises(KGError, match="E031"):
        KGTokenizer(vocab, segmenter="pkuseg", pkuseg_model=str(tmp_path / "missing"))


def test_align_keeps_text() -> None:
    text = "县委 书记\n李爱华  表示"
    pieces = _align(["县委", "书记", "李爱华", "表示"], text)
    assert "".join(pieces) == text and "\n" in pieces
    words, spaces = _words_spaces(pieces)
    assert "".join(w + (" " if s else "") for w, s in zip(words, spaces)) == text


def test_jieba_segmenter_uses_domain_lexicon() -> None:
    pytest.importorskip("jieba")
    nlp = kg.load_pipeline(segmenter="jieba", exclude=["ner", "kg_relations"])
    doc = nlp("泗洪县委书记李爱华表示")
    assert doc.text == "泗洪县委书记李爱华表示"
    tokens = [t.text for t in doc]
    assert "泗洪" in tokens and "县委书记" in tokens  # lexicon words are tokens
    assert [(e.text, e.label_) for e in doc.ents] == [("泗洪县委书记", "POST"), ("李爱华", "PERSON")]


def test_tokenizer_bytes_round_trip(nlp: Any) -> None:
    tok = nlp.tokenizer
    data = tok.to_bytes()
    other = KGTokenizer(nlp.vocab, segmenter="char", user_dict=None)
    other.from_bytes(data)
    assert other.user_dict == tok.user_dict and other.segmenter == "char"


def test_pipeline_to_disk_and_spacy_load(nlp: Any, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "kgnlp")
    loaded = spacy.load(tmp_path / "kgnlp")
    assert loaded.pipe_names == nlp.pipe_names
    a, b = nlp(TRAD), loaded(TRAD)
    assert [(e.text, e.label_, e._.kg) for e in a.ents] == [(e.text, e.label_, e._.kg) for e in b.ents]
    assert b._.orig_text == TRAD


def test_doc_survives_to_bytes(nlp: Any) -> None:
    from spacy.tokens import Doc

    doc = nlp(TRAD)
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert copy._.orig_text == TRAD
    assert [e._.kg for e in copy.ents] == [e._.kg for e in doc.ents]


def test_default_pipeline_on_demo_article() -> None:
    nlp = kg.load_pipeline()
    raw = DEMO.read_text(encoding="utf-8")
    doc = nlp(raw)
    people = {(e.text, raw[slice(*orig_span(e))]) for e in doc.ents if e.label_ == "PERSON"}
    assert ("李爱华", "李愛華") in people and ("杨云峰", "楊雲峰") in people
