from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import InputError, KGError
from kg.io import atomic_write, decode_bytes, parse_text_article, read_articles

EXPECTED = {
    "sihong_2021-02-27.txt": ("泗洪將改革創新進行到底 譜寫春到上塘新傳奇", "2021-02-27", "宿遷網", "traditional"),
    "yangzhou_2021-10-01.txt": ("全力走稳走好踏上新征程的第一步", "2021-10-01", "扬州日报-扬州网", "simplified"),
    "suixi_2017-09-09.txt": ("濉溪县委印发实施意见启动开展“双实活动”", "2017-09-09", "淮北日报", "simplified"),
    "huaian_2024-04-08.txt": ("全区2023年度高质量跨越发展综合考核总结暨2024年工作推进会召开", "2024-04-08", None, "simplified"),
    "fenyi_2022-02-24.txt": ("江西分宜:加快海螺数字建材产业园新型材料等产业布局", "2022-02-24", "新余日报", "simplified"),
}


def test_demo_corpus_titles_dates_sources(corpus_dir):
    arts = {Path(a.path).name: a for a in read_articles([corpus_dir])}
    assert set(arts) == set(EXPECTED)
    for name, (title, date, source, script) in EXPECTED.items():
        a = arts[name]
        assert (a.title, a.date, a.source, a.script) == (title, date, source, script), name
        assert len(a.id) == 16


def test_furniture_stripped_bylines_kept(corpus_dir):
    arts = {Path(a.path).name: a for a in read_articles([corpus_dir])}
    sihong = arts["sihong_2021-02-27.txt"]
    assert "給領導留言" not in sihong.text and "責編" not in sihong.text and "江蘇要聞" not in sihong.text
    assert "(記者 張立婷)" in sihong.text
    assert sihong.editor == "蕭瀟、張鑫"
    suixi = arts["suixi_2017-09-09.txt"]
    assert "设为首页" not in suixi.text and "(吴永生 陈丽伟)" in suixi.text
    yz = arts["yangzhou_2021-10-01.txt"]
    assert "版权" not in yz.text and "新闻热线" not in yz.text and "责任编辑" not in yz.text
    assert yz.text.rstrip().endswith("记者 邹平 杨宝岭")
    fenyi = arts["fenyi_2022-02-24.txt"]
    assert fenyi.editor == "李佳婷" and "投稿" not in fenyi.text and "2024-11-06" not in fenyi.text
    huaian = arts["huaian_2024-04-08.txt"]
    assert "阅读数" not in huaian.text and "云报平台" not in huaian.text


def test_ids_are_stable(corpus_dir):
    a = [x.id for x in read_articles([corpus_dir])]
    b = [x.id for x in read_articles([corpus_dir])]
    assert a == b and len(set(a)) == 5


@pytest.mark.parametrize(
    "header, date, source",
    [
        ("2021年02月27日15:59  來源:宿遷網", "2021-02-27", "宿遷網"),
        ("  • 发表时间: 2017-09-09 10:02", "2017-09-09", None),
        ("来源:淮北日报", None, "淮北日报"),
        ("新余日报 · 2022-02-24 09:28", "2022-02-24", "新余日报"),
        ("2024年04月08日", "2024-04-08", None),
        ("2021年10月 01日 09:04 | 来源: 扬州日报-扬州网 | 扬州网官方微博", "2021-10-01", "扬州日报-扬州网"),
        ("发布时间：2023/5/6  来源：内蒙古日报", "2023-05-06", "内蒙古日报"),
    ],
)
def test_header_lines(header, date, source):
    raw = f"某县召开全县经济工作会议部署全年任务\n{header}\n\n会议指出,要坚定信心、真抓实干,确保全年目标任务顺利完成,推动县域经济高质量发展取得新成效。"
    head, body = parse_text_article(raw)
    assert head.title == "某县召开全县经济工作会议部署全年任务"
    assert head.date == date
    assert head.source == source
    assert body.startswith("会议指出")


def test_gb18030_and_big5_detected():
    simp = "泗洪县委书记李爱华表示，新的一年，泗洪将紧扣市委书记王昊对泗洪县提出的工作要求，强力实施五大突破。" * 3
    trad = "泗洪縣委書記李愛華表示，新的一年，泗洪將緊扣市委書記王昊對泗洪縣提出的工作要求，強力實施五大突破。" * 3
    assert decode_bytes(simp.encode("gb18030")) == (simp, "gb18030")
    assert decode_bytes(trad.encode("big5")) == (trad, "big5")
    assert decode_bytes(simp.encode("utf-8")) == (simp, "utf-8")
    assert decode_bytes(b"\xef\xbb\xbf" + simp.encode("utf-8"))[0] == simp


def test_gbk_file_read(tmp_path):
    text = "某市召开全市干部大会部署工作\n2022年3月1日 来源:某某日报\n\n市委书记张三主持会议并讲话,强调要抓好各项工作落实,确保全年目标任务圆满完成。"
    (tmp_path / "a.txt").write_bytes(text.encode("gbk"))
    (art,) = list(read_articles(tmp_path))
    assert art.title == "某市召开全市干部大会部署工作" and art.date == "2022-03-01" and art.source == "某某日报"


def test_html_extracted_with_library(tmp_path):
    html = """<!doctype html><html><head><meta charset="utf-8"><title>某县召开全县经济工作会议 - 某县政府网</title></head>
    <body><div class="nav">设为首页 | 加入收藏</div><div class="article"><h1>某县召开全县经济工作会议</h1>
    <p>2023年3月5日上午，某县召开全县经济工作会议。县委书记张三出席会议并讲话，强调要坚定信心、真抓实干，推动县域经济高质量发展。</p>
    <p>县委副书记、县长李四主持会议，要求全县上下迅速行动，抓好各项工作落实，确保全年目标任务圆满完成。</p></div>
    <div class="footer">版权所有 某县人民政府</div><script>var x = "<b>no</b>";</script></body></html>"""
    (tmp_path / "a.html").write_text(html, encoding="utf-8")
    (art,) = list(read_articles(tmp_path))
    assert "县委书记张三" in art.text and "县长李四主持会议" in art.text
    assert "设为首页" not in art.text and "版权所有" not in art.text and "var x" not in art.text
    assert "某县召开全县经济工作会议" in art.title


def test_jsonl_records_and_line_errors(tmp_path):
    p = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "a1", "title": "标题一", "date": "20220924", "text": "县委书记张三主持会议。", "url": "http://x/1"}, ensure_ascii=False),
        "{not json",
        json.dumps({"title": "没有正文"}, ensure_ascii=False),
        "",
        json.dumps({"text": "区长李四强调要抓落实。", "source": "某某网"}, ensure_ascii=False),
        '{"text": "bad \\ud800 surrogate 县长王五"}',
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_articles(p))
    errors = [i for i in items if isinstance(i, InputError)]
    arts = [i for i in items if not isinstance(i, InputError)]
    assert [e.line for e in errors] == [2, 3]
    assert all(str(p) in str(e) for e in errors)
    assert arts[0].id == "a1" and arts[0].date == "2022-09-24" and arts[0].url == "http://x/1"
    assert arts[1].source == "某某网" and len(arts[1].id) == 16
    assert "县长王五" in arts[2].text and "\ud800" not in arts[2].text


def _bad_corpus(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    good = "某县召开全县经济工作会议部署工作\n2023年1月2日 来源:某县融媒体中心\n\n县委书记张三出席会议并讲话,强调要坚定信心、真抓实干,推动县域经济高质量发展。"
    (d / "good.txt").write_text(good, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (d / "undecodable.txt").write_bytes(b"\xff\xfe\xfa" * 0 + b"\x81\xff\x80\xfe\xff\x80" * 50)
    (d / "huge.txt").write_bytes(("县" * 7_000_000).encode("utf-8"))  # 21 MB on one line
    (d / "broken.html").write_text("<html><body><div><p>", encoding="utf-8")
    (d / "lines.jsonl").write_text('{"text": "区长李四强调要抓落实。"}\n{"text": \n', encoding="utf-8")
    return d


def test_bad_inputs_each_one_clear_error(tmp_path):
    d = _bad_corpus(tmp_path)
    items = list(read_articles([d, tmp_path / "missing.txt"]))
    errors = {Path(e.path).name: str(e) for e in items if isinstance(e, InputError)}
    arts = [a for a in items if not isinstance(a, InputError)]
    assert sorted(a.text[:4] for a in arts) == ["区长李四", "县委书记"]
    assert "[E002]" in errors["empty.txt"]
    assert "[E004]" in errors["binary.txt"]
    assert "[E003]" in errors["undecodable.txt"]
    assert "[E012]" in errors["huge.txt"]
    assert "[E007]" in errors["broken.html"] or "[E009]" in errors["broken.html"]
    assert "[E005]" in errors["lines.jsonl"] and ":2:" in errors["lines.jsonl"]
    assert "[E001]" in errors["missing.txt"]
    for name, msg in errors.items():
        assert name in msg  # every message names its file


def test_cli_build_bad_inputs_reported_and_nonzero(tmp_path):
    d = _bad_corpus(tmp_path)
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["build", str(d), str(tmp_path / "missing.txt"), "-o", str(out), "--quiet", "--no-views"])
    assert res.exit_code == 1
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["articles"] == 2 and report["failed"] == 7
    assert {Path(e["path"]).name for e in report["errors"]} == {
        "empty.txt", "binary.txt", "undecodable.txt", "huge.txt", "broken.html", "lines.jsonl", "missing.txt"}
    arts = [json.loads(x) for x in (out / "articles.jsonl").read_text("utf-8").splitlines()]
    assert len(arts) == 2
    assert set(arts[0]) >= {"id", "title", "date", "source", "url", "text", "script"}


def test_cli_build_demo_corpus(tmp_path, corpus_dir):
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["build", str(corpus_dir), "-o", str(out), "--quiet", "--no-views"])
    assert res.exit_code == 0, res.output
    arts = {Path(a["path"]).name: a for a in map(json.loads, (out / "articles.jsonl").read_text("utf-8").splitlines())}
    for name, (title, date, source, _script) in EXPECTED.items():
        assert (arts[name]["title"], arts[name]["date"], arts[name]["source"]) == (title, date, source)
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["articles"] == 5 and report["failed"] == 0 and "read" in report["stage_seconds"]


def test_atomic_write_keeps_old_file_on_failure(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_write(p) as fh:
            fh.write("half")
            raise RuntimeError("interrupted")
    assert p.read_text("utf-8") == "old"
    assert [q.name for q in tmp_path.iterdir()] == ["x.txt"]


def test_atomic_write_disk_full_is_clear_error(tmp_path, monkeypatch):
    p = tmp_path / "x.txt"
    p.write_text("old", encoding="utf-8")
    real_fsync = os.fsync

    def full(fd):  # simulate ENOSPC when the data hits the disk
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(KGError, match=r"\[E020\].*No space left"):
        with atomic_write(p) as fh:
            fh.write("new")
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert p.read_text("utf-8") == "old"
    assert [q.name for q in tmp_path.iterdir()] == ["x.txt"]


def test_symlink_loop_reported(tmp_path):
    d = tmp_path / "c"
    d.mkdir()
    (d / "a.txt").write_text("某县召开会议部署全年工作任务\n\n县委书记张三出席会议并讲话,强调要真抓实干,推动县域经济高质量发展。", encoding="utf-8")
    (d / "loop").symlink_to(d, target_is_directory=True)
    items = list(read_articles(d))
    assert sum(1 for i in items if not isinstance(i, InputError)) == 1
    assert any(isinstance(i, InputError) and "[E011]" in str(i) for i in items)


def test_single_sentence_file_without_headline_is_kept(tmp_path):
    (tmp_path / "one.txt").write_text("县委书记张三出席会议并讲话,强调要抓好各项工作落实。", encoding="utf-8")
    (art,) = list(read_articles(tmp_path))
    assert not isinstance(art, InputError)
    assert art.text == "县委书记张三出席会议并讲话,强调要抓好各项工作落实。" and art.title == ""
