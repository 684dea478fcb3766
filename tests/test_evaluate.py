"""The scorer on tiny hand-made gold/prediction pairs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kg.errors import KGError
from kg.evaluate import (
    EvalDoc,
    Link,
    Span,
    campaign_key,
    evaluate,
    format_table,
    load_gold,
    load_predictions,
    parse_gold_record,
    relation_keys,
    run_eval,
    score,
)
from kg.types import Article, DocResult, Mention, Relation

TEXT = "泗洪县委书记李爱华强调，全力推进“五大突破”。区长邓萌主持会议。"


def _ent(i: int, start: int, end: int, label: str, attrs: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"id": f"T{i}", "start": start, "end": end, "label": label, "text": TEXT[start:end], "attrs": attrs or {}}


def gold_record() -> dict[str, Any]:
    return {
        "id": "a1", "title": "t", "date": "2021-02-27", "source": None, "text": TEXT,
        "entities": [
            _ent(1, 0, 6, "POST"),
            _ent(2, 6, 9, "PERSON"),
            _ent(3, 16, 22, "CAMPAIGN", {"name": "五大突破"}),
            _ent(4, 23, 25, "POST"),
            _ent(5, 25, 27, "PERSON"),
        ],
        "relations": [
            {"type": "holds", "head": "T2", "tail": "T1", "value": None, "inferred": False,
             "attrs": {"body": "泗洪县委", "region": "321324"}},
            {"type": "promoted_by", "head": "T3", "tail": "T2", "value": None, "inferred": False, "attrs": {}},
            {"type": "campaign_region", "head": "T3", "tail": None, "value": "321324", "inferred": True, "attrs": {}},
        ],
    }


def gold_doc() -> EvalDoc:
    rec = gold_record()
    return parse_gold_record(rec)


def pred_doc(spans: list[Span], links: list[Link] = (), id: str = "a1") -> EvalDoc:  # type: ignore[assignment]
    return EvalDoc(id, TEXT, spans=tuple(spans), links=tuple(links))


def S(start: int, end: int, label: str, **attrs: Any) -> Span:
    return Span(start, end, label, TEXT[start:end], tuple(sorted(attrs.items())))


PERFECT_SPANS = [S(0, 6, "POST"), S(6, 9, "PERSON"), S(16, 22, "CAMPAIGN"), S(23, 25, "POST"), S(25, 27, "PERSON")]
PERFECT_LINKS = [
    Link("holds", 1, 0),
    Link("post_body", 0, -1, "泗洪县委", attrs=(("region_code", "321324"),)),
    Link("promoted_by", 2, 1),
    Link("campaign_region", 2, -1, "321324"),
]


def test_perfect_prediction_scores_one() -> None:
    res = score([gold_doc()], [pred_doc(PERFECT_SPANS, PERFECT_LINKS)])
    assert res.entities_micro.f1 == 1.0
    for t in ("holds", "promoted_by", "campaign_region"):
        assert res.relations[t].f1 == 1.0, t
    assert res.boundary_errors == 0 and res.label_errors == 0


def test_missing_entity_lowers_recall_only() -> None:
    res = score([gold_doc()], [pred_doc(PERFECT_SPANS[:-1])])
    person = res.entities["PERSON"]
    assert (person.gold, person.pred, person.tp) == (2, 1, 1)
    assert person.precision == 1.0 and person.recall == 0.5
    assert any("邓萌" in m for m in res.missed["PERSON"])


def test_spurious_entity_lowers_precision_only() -> None:
    extra = S(TEXT.index("会议"), TEXT.index("会议") + 2, "MEETING")
    res = score([gold_doc()], [pred_doc(PERFECT_SPANS + [extra])])
    m = res.entities["MEETING"]
    assert (m.gold, m.pred, m.tp) == (0, 1, 0)
    assert res.entities["POST"].f1 == 1.0
    assert res.entities_micro.precision < 1.0 and res.entities_micro.recall == 1.0


def test_boundary_error_is_a_miss_and_a_false_alarm() -> None:
    # campaign without its quotes: 五大突破 instead of “五大突破”
    spans = PERFECT_SPANS[:2] + [S(17, 21, "CAMPAIGN")] + PERFECT_SPANS[3:]
    res = score([gold_doc()], [pred_doc(spans)])
    c = res.entities["CAMPAIGN"]
    assert (c.gold, c.pred, c.tp) == (1, 1, 0)
    assert res.boundary_errors == 1


def test_label_error_is_counted() -> None:
    spans = [S(0, 6, "ORG")] + PERFECT_SPANS[1:]
    res = score([gold_doc()], [pred_doc(spans)])
    assert res.label_errors == 1
    assert res.entities["POST"].recall == 0.5 and res.entities["ORG"].precision == 0.0


def test_holds_needs_the_right_region() -> None:
    links = [Link("holds", 1, 0), Link("post_body", 0, -1, "泗洪县委", attrs=(("region_code", "3213"),))]
    res = score([gold_doc()], [pred_doc(PERFECT_SPANS, links)])
    assert res.relations["holds"].tp == 0
    assert res.relations["holds_pair"].tp == 1  # person and post are right


def test_holds_body_and_region_may_sit_on_the_relation() -> None:
    links = [Link("holds", 1, 0, attrs=(("body", "中共泗洪县委"), ("region", "321324")))]
    res = score([gold_doc()], [pred_doc(PERFECT_SPANS, links)])
    assert res.relations["holds"].f1 == 1.0


def test_a_campaign_relation_counts_for_the_programme_its_mention_names() -> None:
    # the same relation attached to another mention of the programme (a verb–object form named like the first)
    text = "某某自贸港建设由他推动。他说，建设某某自贸港是重大决策。"
    gold = EvalDoc("a", text, spans=(Span(0, 7, "CAMPAIGN", text[0:7], (("name", "某某自贸港建设"),)),
                                     Span(15, 22, "CAMPAIGN", text[15:22], (("name", "某某自贸港建设"),))),
                   links=(Link("campaign_region", 0, -1, "46"),))
    named = EvalDoc("a", text, spans=gold.spans, links=(Link("campaign_region", 1, -1, "46"),))
    assert text[15:22] == "建设某某自贸港"
    assert score([gold], [named]).relations["campaign_region"].f1 == 1.0
    # without a name, a mention is keyed by its text: another programme
    bare = EvalDoc("a", text, spans=(gold.spans[0], Span(15, 22, "CAMPAIGN", text[15:22])),
                   links=(Link("campaign_region", 1, -1, "46"),))
    assert score([gold], [bare]).relations["campaign_region"].f1 == 0.0


def test_a_campaign_name_that_is_no_string_in_a_gold_file_is_read_as_text() -> None:
    # a hand-made gold file may write a numeric programme name as a JSON number (13710)
    text = "全县推行13710工作制度。"
    gold = EvalDoc("a", text, spans=(Span(4, 13, "CAMPAIGN", text[4:13], (("name", 13710),)),),
                   links=(Link("campaign_region", 0, -1, "321324"),))
    pred = EvalDoc("a", text, spans=(Span(4, 13, "CAMPAIGN", text[4:13], (("name", "13710"),)),),
                   links=(Link("campaign_region", 0, -1, "321324"),))
    assert score([gold], [pred]).relations["campaign_region"].f1 == 1.0


def test_campaign_keys_ignore_quotes_suffix_and_script() -> None:
    assert campaign_key("“双实活动”") == campaign_key("双实活动") == "双实"
    assert campaign_key("“13710”工作制度") == campaign_key("“13710”") == "13710"
    assert campaign_key("“五大突破”") == campaign_key("“五大突破”") == "五大突破"
    assert campaign_key("“221”目標") == "221"
    assert campaign_key("“五大突破”") != campaign_key("“五场硬仗”")


def test_relation_keys_do_not_depend_on_the_mention() -> None:
    # the same fact attached to another mention of the person counts once
    doc = EvalDoc("x", "李爱华李爱华五大突破", spans=(
        Span(0, 3, "PERSON", "李爱华"), Span(3, 6, "PERSON", "李爱华"), Span(6, 10, "CAMPAIGN", "五大突破")),
        links=(Link("promoted_by", 2, 0), Link("promoted_by", 2, 1)))
    assert relation_keys(doc)["promoted_by"] == {("x", "五大突破", "person:李爱华")}


def test_traditional_person_matches_simplified_relation_key() -> None:
    trad = EvalDoc("x", "李愛華", spans=(Span(0, 3, "PERSON", "李愛華"),), links=(Link("author", 0, -1, "article"),))
    simp = EvalDoc("x", "李愛華", spans=(Span(0, 3, "PERSON", "李爱华"),), links=(Link("author", 0, -1, "article"),))
    assert relation_keys(trad)["author"] == relation_keys(simp)["author"]


def test_meeting_relations_and_groups() -> None:
    text = "区长邓萌主持会议。颜复强调。"
    g = EvalDoc("m", text, spans=(Span(4, 8, "MEETING", "主持会议"), Span(2, 4, "PERSON", "邓萌"),
                                   Span(9, 11, "PERSON", "颜复")),
                links=(Link("chaired_by", 0, 1), Link("speaker", 0, 2)))
    p = EvalDoc("m", text, spans=g.spans, links=(Link("chaired_by", 0, 1), Link("speaker", 0, 1)))
    res = score([g], [p])
    assert res.relations["chaired_by"].f1 == 1.0
    assert res.relations["speaker"].tp == 0
    grp = res.relations["chaired_by+speaker"]
    assert (grp.gold, grp.pred, grp.tp) == (2, 2, 1)


def test_missing_prediction_counts_all_as_missed() -> None:
    res = score([gold_doc()], [])
    assert res.matched == 0 and res.entities_micro.recall == 0.0
    assert res.warnings and "W060" in res.warnings[0]


def test_match_by_text_when_ids_differ() -> None:
    res = score([gold_doc()], [pred_doc(PERFECT_SPANS, id="other-id")])
    assert res.matched == 1 and res.entities_micro.f1 == 1.0


# -- gold validation ------------------------------------------------------------


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda r: r["entities"][0].update(end=5), "not '泗洪县委书记'"),
        (lambda r: r["entities"][0].update(label="TITLE"), "unknown label"),
        (lambda r: r["entities"].append(_ent(9, 3, 8, "REGION")), "overlap"),
        (lambda r: r["relations"][0].update(tail="T99"), "not an entity id"),
        (lambda r: r["relations"][0].update(type="boss_of"), "unknown relation type"),
        (lambda r: r["relations"][2].update(value=None), "needs a tail entity or a value"),
        (lambda r: r.pop("text"), "missing 'text'"),
    ],
)
def test_bad_gold_records_are_rejected(mutate: Any, message: str) -> None:
    rec = gold_record()
    mutate(rec)
    with pytest.raises(KGError, match=message) as e:
        parse_gold_record(rec, "g.jsonl", 3)
    assert "[E060] g.jsonl:3" in str(e.value)


def test_load_gold_missing_file(tmp_path: Path) -> None:
    with pytest.raises(KGError, match="E061"):
        load_gold(tmp_path / "nope.jsonl")


# -- end to end: docs.jsonl, predictor, CLI function ------------------------------


def _write_gold(tmp_path: Path) -> Path:
    rec = gold_record()
    p = tmp_path / "gold.jsonl"
    p.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    return p


def _doc_result(drop_last: bool = False) -> DocResult:
    art = Article(id="a1", title="t", text=TEXT, date="2021-02-27")
    mentions = [Mention(s.label, s.text, s.start, s.end, s.start, s.end, s.text) for s in PERFECT_SPANS]
    if drop_last:
        mentions = mentions[:-1]
    rels = [Relation(r.type, r.head, r.tail, r.value, attrs=r.attrs) for r in PERFECT_LINKS]
    return DocResult(article=art, norm_text=TEXT, mentions=tuple(mentions), relations=tuple(rels))


def test_evaluate_build_output_dir(tmp_path: Path) -> None:
    gold = _write_gold(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    (out / "docs.jsonl").write_text(json.dumps(_doc_result(drop_last=True).to_dict(), ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    res = evaluate(gold, out)
    assert res.entities["PERSON"].recall == 0.5
    assert res.relations["holds"].f1 == 1.0
    assert "PERSON" in format_table(res)


def test_load_predictions_errors(tmp_path: Path) -> None:
    with pytest.raises(KGError, match="E062"):
        load_predictions(tmp_path)
    (tmp_path / "docs.jsonl").write_text("{not json\n", encoding="utf-8")
    with pytest.raises(KGError, match="E063"):
        load_predictions(tmp_path)


def test_evaluate_with_a_fake_predictor(tmp_path: Path) -> None:
    gold = _write_gold(tmp_path)
    seen: list[Article] = []

    def predict(article: Article) -> DocResult:
        seen.append(article)
        return _doc_result()

    res = evaluate(gold, predict)
    assert seen and seen[0].text == TEXT and seen[0].date == "2021-02-27"
    assert res.entities_micro.f1 == 1.0


def test_run_eval_json_and_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _write_gold(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    (out / "docs.jsonl").write_text(json.dumps(_doc_result().to_dict(), ensure_ascii=False) + "\n", encoding="utf-8")
    assert run_eval(gold, out, as_json=True) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["entities"]["POST"]["f1"] == 1.0 and data["matched_articles"] == 1
    assert run_eval(tmp_path / "missing.jsonl", out, as_json=False) == 1
    assert "E061" in capsys.readouterr().err


@pytest.mark.slow
def test_evaluate_over_the_real_pipeline() -> None:
    """End to end over kg.load_pipeline() on the demo gold (about 10 s)."""
    gold = Path(__file__).resolve().parents[1] / "data" / "gold" / "demo.jsonl"
    res = evaluate(gold)
    assert res.matched == res.articles == 5
    assert res.entities_micro.pred > 0
    assert 0.0 < res.entities_micro.f1 <= 1.0
    assert res.relations["holds_pair"].tp > 0
