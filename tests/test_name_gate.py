"""The name gate (kg.pipeline.name_gate) and the gated PERSON ner (kg.pipeline.person_model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

import kg
from kg.pipeline import NER_MODEL_DIR
from kg.pipeline.name_gate import CANDIDATE, GATE_FILE, NameGate, features
from kg.pipeline.person_model import EDGE_MARGIN

GATE_PATH = NER_MODEL_DIR / GATE_FILE
needs_gate = pytest.mark.skipif(not GATE_PATH.exists(), reason=f"no trained gate at {GATE_PATH}")

TEXTS = [
    "村民王小明说，今年的收成比去年好。",
    "会上，副州长阿不都热依木·买买提和李建国先后发言。",
    "要坚持高质量发展，推动国家安全体系和能力现代化。",
    "记者从锡林郭勒盟获悉，镶黄旗今年新建牧区公路120公里。",
    "石家庄市委常委、秘书长刘海涛，市民代表张丽华参加座谈。",
]


@pytest.fixture(scope="module")
def gate() -> NameGate:
    if not GATE_PATH.exists():
        pytest.skip(f"no trained gate at {GATE_PATH}")
    return NameGate.from_disk(GATE_PATH)


def test_fast_positions_equal_the_feature_sum(gate: NameGate) -> None:
    # positions() writes the feature sum out by hand; it must equal features() exactly
    for text in TEXTS:
        slow = [m.start() for m in CANDIDATE.finditer(text) if gate.logit(text, m.start()) >= gate._cut]
        assert list(gate.positions(text)) == slow, text


def test_names_pass_and_plain_policy_text_does_not(gate: NameGate) -> None:
    assert gate.passes("村民王小明说，今年的收成比去年好。")
    assert gate.passes("市民代表张丽华参加座谈。")
    assert 2 in set(gate.positions("村民王小明说，今年的收成比去年好。"))
    assert not gate.passes("要坚持高质量发展，推动国家安全体系和能力现代化。")
    assert not gate.passes("全年粮食总产量稳定在一万三千亿斤以上。")


def test_transliterated_names_pass_whole_sentence(gate: NameGate) -> None:
    text = "随后，穆罕默德·阿里发表讲话。天气晴朗。"
    assert gate.passes(text, 0, 15)
    windows = list(gate.select(text, [(0, 15), (15, len(text))]))
    assert windows[0] == (0, 15)


def test_select_windows_are_merged_sorted_and_inside_their_sentence(gate: NameGate) -> None:
    text = "王小明和李小红、张建国出席。天气晴朗，大家很高兴。"
    sentences = [(0, 14), (14, len(text))]
    windows = list(gate.select(text, sentences, before=3, after=4))
    assert windows == sorted(windows)
    assert all(b1 < a2 for (_, b1), (a2, _) in zip(windows, windows[1:]))  # merged: no overlap or touch
    assert all(0 <= a < b <= 14 for a, b in windows)  # the names' sentence only
    assert windows[0][0] == 0


def test_file_round_trip_and_version_check(tmp_path: Path) -> None:
    g = NameGate({"s王": 1.5, "n1小": 0.5}, -2.0, 0.3, {"note": "tiny"})
    g.to_disk(tmp_path / "g.json")
    again = NameGate.from_disk(tmp_path / "g.json")
    assert again.weights == g.weights and again.bias == g.bias and again.threshold == g.threshold
    text = "王小明"
    assert again.score(text, 0) == pytest.approx(1 / (1 + 2.718281828459045 ** -(-2.0 + 1.5 + 0.5)))
    data = json.loads((tmp_path / "g.json").read_text("utf-8"))
    data["features_version"] = 999
    with pytest.raises(ValueError, match="features version"):
        NameGate.from_dict(data)


def test_features_cover_context_and_common_words() -> None:
    f = features("市民代表张丽华参加座谈", 4)
    assert "s张" in f and "n1丽" in f and "p1表" in f and "sNN张丽华" in f
    assert "cw2" in features("高质量发展", 0)  # 高质 starts a common word
    assert "cw2" not in f


# ---------------------------------------------------------------- the gated component


@pytest.fixture(scope="module")
def gated() -> spacy.language.Language:
    if not (NER_MODEL_DIR / "config.cfg").exists():
        pytest.skip("no trained ner")
    return kg.load_pipeline(exclude=["kg_relations"])


@needs_gate
def test_gated_ner_matches_the_ungated_model(gated: spacy.language.Language) -> None:
    ungated = kg.load_pipeline(exclude=["kg_relations"], name_gate=False)
    for text in TEXTS:
        a = [(e.start_char, e.end_char, e.label_) for e in gated(text).ents if e.label_ == "PERSON"]
        b = [(e.start_char, e.end_char, e.label_) for e in ungated(text).ents if e.label_ == "PERSON"]
        assert a == b, text
    doc = gated("村民王小明说，今年的收成比去年好。")
    assert any(e.text == "王小明" and e.label_ == "PERSON" for e in doc.ents)


@needs_gate
def test_chunks_read_context_beyond_the_kept_window(gated: spacy.language.Language) -> None:
    comp = gated.get_pipe("ner")
    text = "要坚持高质量发展，推动国家安全体系和能力现代化。村民王小明说，今年的收成比去年好。"
    doc = gated.make_doc(text)
    chunks = comp.chunks(doc)
    assert chunks, "the sentence with a name is read"
    for start, end, first, last in chunks:
        assert start == max(0, first - EDGE_MARGIN) and end == min(len(text), last + EDGE_MARGIN)
        assert first >= text.index("村民")  # the first sentence holds no name and is skipped
    doc = gated("要坚持高质量发展，推动国家安全体系和能力现代化。")
    assert not [e for e in doc.ents if e.label_ == "PERSON"]


@needs_gate
def test_gated_pipeline_round_trips_through_disk(gated: spacy.language.Language, tmp_path: Path) -> None:
    gated.to_disk(tmp_path / "nlp")
    assert (tmp_path / "nlp" / "ner" / "model" / GATE_FILE).exists()
    loaded = spacy.load(tmp_path / "nlp")
    assert loaded.pipe_names == gated.pipe_names
    for text in TEXTS:
        assert [(e.text, e.label_) for e in loaded(text).ents] == [(e.text, e.label_) for e in gated(text).ents]
