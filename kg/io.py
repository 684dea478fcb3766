"""Reading articles from files, folders, HTML and JSONL; atomic writes.

``read_articles(paths)`` yields :class:`kg.types.Article` records, and one
:class:`kg.errors.InputError` per input that cannot be read (it never raises
for a bad article, so one bad file never aborts a corpus run).
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import json
import logging
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .errors import Errors, InputError, KGError, Warnings
from .normalize import detect_script

log = logging.getLogger("kg")

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
#: the largest single text/HTML file (and JSONL line) accepted, in bytes
MAX_BYTES = 8 * 1024 * 1024


# --------------------------------------------------------------------------
# encodings
# --------------------------------------------------------------------------


def _common_share(text: str, encoding: str, lead_lo: int, lead_hi: int) -> float:
    """Share of Han characters whose ``encoding`` lead byte lies in [lead_lo, lead_hi]:
    the block of frequently used characters of that standard."""
    common = total = 0
    for c in text:
        if "\u4e00" <= c <= "\u9fff":
            total += 1
            try:
                b = c.encode(encoding)
            except UnicodeEncodeError:
                continue
            if lead_lo <= b[0] <= lead_hi:
                common += 1
    return common / total if total else 0.0


def _gb2312_level1_share(text: str) -> float:
    """Share of Han characters among the 3,755 most common (GB2312 level 1)."""
    return _common_share(text, "gb2312", 0xB0, 0xD7)


def _big5_common_share(text: str) -> float:
    """Share of Han characters among Big5's frequently used set (lead A4–C6)."""
    return _common_share(text, "big5", 0xA4, 0xC6)


def _looks_binary(data: bytes) -> str | None:
    head = data[:8192]
    if b"\x00" in head:
        return "contains NUL bytes"
    ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    if head and ctrl / len(head) > 0.05:
        return f"{ctrl} control bytes in the first {len(head)}"
    magic = {b"%PDF": "PDF", b"\x89PNG": "PNG image", b"PK\x03\x04": "ZIP archive", b"\xff\xd8\xff": "JPEG image",
             b"GIF8": "GIF image", b"\x1f\x8b": "gzip archive", b"\x7fELF": "ELF executable"}
    for sig, name in magic.items():
        if head.startswith(sig):
            return name
    return None


def _raise_if_truncated(data: bytes, enc: str, err: UnicodeDecodeError, path: str) -> None:
    """A text that decodes cleanly up to an incomplete last character was cut off."""
    try:
        data[: err.start].decode(enc)
    except UnicodeDecodeError:
        return
    raise InputError(
        Errors.E003.format(path=path, reason=f"truncated {enc.upper()} text: incomplete character at byte {err.start} "
                           f"of {len(data)}"),
        path,
    )


def decode_bytes(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Decode article bytes; returns (text, encoding).

    BOMs first, then strict UTF-8; otherwise GB18030 and Big5 are both tried
    and the one whose Han characters are common characters wins; other
    encodings are left to charset-normalizer. Raises InputError.
    """
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as e:
                raise InputError(Errors.E003.format(path=path, reason=f"bad {enc}: {e.reason} at byte {e.start}"), path) from e
    reason = _looks_binary(data)
    if reason:
        raise InputError(Errors.E004.format(path=path, reason=reason), path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_err:
        first_error = utf8_err
    if first_error.start >= len(data) - 3 and "end of data" in first_error.reason:
        _raise_if_truncated(data, "utf-8", first_error, path)
    candidates: list[tuple[float, str, str]] = []
    for enc, score in (("gb18030", _gb2312_level1_share), ("big5", _big5_common_share)):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError as e:
            if e.start >= len(data) - 3 and score(data[: e.start].decode(enc, "replace")) >= 0.8:
                _raise_if_truncated(data, enc, e, path)
            continue
        candidates.append((score(text), enc, text))
    if candidates:
        candidates.sort(key=lambda c: (-c[0], c[1]))
        best_score, enc, text = candidates[0]
        if best_score >= 0.5:
            if best_score < 0.8:
                log.warning(Warnings.W001.format(path=path, encoding=enc))
            return text, enc
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        text = str(best)
        visible = [c for c in text if not c.isspace()]
        han = sum(1 for c in visible if "\u3400" <= c <= "\u9fff")
        # a Chinese article must decode to Chinese, not to single-byte mojibake
        if visible and han / len(visible) >= 0.2 and "\ufffd" not in text[:2000]:
            log.warning(Warnings.W001.format(path=path, encoding=best.encoding))
            return text, best.encoding
    raise InputError(
        Errors.E003.format(path=path, reason=f"not UTF-8 ({first_error.reason} at byte {first_error.start}), "
                           "nor GB18030 or Big5"),
        path,
    )


# --------------------------------------------------------------------------
# headers, site furniture, bylines
# --------------------------------------------------------------------------

_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[年\-/.]\s*(?P<m>\d{1,2})\s*[月\-/.]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<t>\d{1,2}:\d{2}(?::\d{2})?))?"
)
_SOURCE = re.compile(r"(?:来源|來源|稿源|出处|出處|信息来源|信息來源)\s*[:：]\s*(?P<src>[^|｜\s·]+(?:\s*-\s*[^|｜\s·]+)?)")
# "新余日报 · 2022-02-24 09:28": a medium name then a separator then the date
_SOURCE_BEFORE_DATE = re.compile(r"^\s*(?P<src>[\u4e00-\u9fff\w\-]{2,20}?(?:日报|晚报|报|网|台|新闻|融媒|在线|发布))\s*[·|｜\-—]\s*" + _DATE.pattern)
_PUBTIME = re.compile(r"(?:发表|發表|发布|發布|更新|录入|錄入)(?:时间|時間|日期)\s*[:：]")
# whole lines that are site furniture (navigation, sharing, copyright, hotlines …)
_FURNITURE_LINE = re.compile(
    r"设为首页|設為首頁|加入收藏|欢迎(?:进入|访问|來到|来到)|歡迎(?:進入|訪問)|^\s*(?:当前)?位置\s*[:：]|^\s*您(?:现在)?的位置|"
    r"给领导留言|給領導留言|^\s*相关(?:阅读|新闻|链接)\s*[:：]?|^\s*相關(?:閱讀|新聞)|新闻热线|新聞熱線|广告热线|廣告熱線|"
    r"^\s*(?:声明|聲明)\s*[:：]|版权所有|版權所有|copyright|©|未经.{0,12}授权不得|未經.{0,12}授權不得|"
    r"^\s*(?:监督|投稿|举报|舉報|联系我们|聯繫我們)(?:电话|電話|邮箱|郵箱)?\s*[:：]|"
    r"^\s*(?:分享到|扫一扫|掃一掃|打印本页|打印本頁|关闭窗口|關閉窗口|返回顶部|返回頂部|【?字[号體体]\s*[:：]?)|"
    r"本文内容为作者个人观点|不代表.{0,12}立场|不代表.{0,12}立場|如有任何疑问|转载说明|轉載說明|"
    r"^\s*阅读[数量]?\s*[:：]\s*\d+\s*$|^\s*閱讀[數量]?\s*[:：]\s*\d+\s*$|^\s*(?:浏览|瀏覽|点击|點擊)(?:次数|次數|量)?\s*[:：]\s*\d+|"
    r"^\s*[»>]\s*\S+\s*>|^\s*首页\s*[>»]|^\s*首頁\s*[>»]|"
    r"这已经是最后一期了|我知道了\s*$|^\s*内容详情\s*$|^\s*內容詳情\s*$",
    re.IGNORECASE,
)
# editor lines: removed from the body, names kept in Article.editor
_EDITOR = re.compile(
    r"^\s*[(（【\[]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯|审核|審核|校对|校對|值班编辑|值班編輯|终审|終審|初审|初審|编审|編審)"
    r"\s*[:：]?\s*(?P<names>[^)）】\]]*?)\s*[)）】\]]?\s*$"
)
_ORIG_TITLE = re.compile(r"^\s*(?:原标题|原標題)\s*[:：]")
_SENT_END = re.compile(r"[。；;，,：:…]\s*$")


@dataclass
class _Header:
    title: str | None = None
    date: str | None = None
    source: str | None = None
    editors: list[str] | None = None


def _squash(s: str) -> str:
    """Collapse whitespace (incl. no-break and ideographic spaces) to one space."""
    return re.sub(r"\s+", " ", s).strip()


def _iso(m: re.Match[str]) -> str | None:
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if 1 <= mo <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def _is_header_line(line: str) -> bool:
    """A date/source line such as ``2021年02月27日15:59  來源:宿遷網``."""
    s = line.strip().lstrip("•·-*").strip()
    if not s:
        return False
    if _PUBTIME.search(s) or _SOURCE_BEFORE_DATE.search(s):
        return True
    if _SOURCE.search(s) and len(s) <= 80:
        return True
    m = _DATE.search(s)
    if m:
        rest = (s[: m.start()] + s[m.end():]).strip()
        # a date line has little else on it (a weekday, a time, a separator)
        rest = re.sub(r"星期.|周.|[|｜·\s:：]", "", rest)
        return len(rest) <= 6
    return False


def _parse_header_line(line: str, head: _Header) -> None:
    s = line.strip().lstrip("•·-*").strip()
    m = _SOURCE_BEFORE_DATE.search(s)
    if m and not head.source:
        head.source = _squash(m.group("src"))
    m = _SOURCE.search(s)
    if m and not head.source:
        head.source = _squash(m.group("src"))
    m = _DATE.search(s)
    if m and not head.date:
        head.date = _iso(m)


def _is_headline(line: str) -> bool:
    s = line.strip()
    han = sum(1 for c in s if "\u4e00" <= c <= "\u9fff")
    return 5 <= han and len(s) <= 90 and not _SENT_END.search(s) and not _ORIG_TITLE.match(s)


def _is_promo(line: str) -> bool:
    han = sum(1 for c in line if "\u4e00" <= c <= "\u9fff")
    return han <= 8 and not re.search(r"[。，,；;]", line)


def _split_editor_names(names: str) -> list[str]:
    parts = re.split(r"[、,，;；/\s]+", names.strip())
    return [p for p in parts if p]


def parse_text_article(raw: str) -> tuple[_Header, str]:
    """Split a plain-text page into header facts and the article body.

    The title is the first non-empty line that is not furniture nor a
    date/source line and looks like a headline; header lines near the top give
    date and source; furniture lines are dropped everywhere; editor lines are
    dropped from the body but their names kept; bylines stay in the body.
    """
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    lines = raw.split("\n")
    head = _Header(editors=[])
    body: list[str] = []
    # the header zone: lines before the first real paragraph (or 15 lines)
    first_para = len(lines)
    for i, line in enumerate(lines):
        s = line.strip()
        if len(s) >= 40 and re.search(r"[。，,；;]", s) and not _FURNITURE_LINE.search(s) and not _is_header_line(s):
            first_para = i
            break
    header_limit = min(first_para, 15)
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            body.append("")
            continue
        if _FURNITURE_LINE.search(s):
            continue
        m = _EDITOR.match(s)
        if m:
            head.editors = (head.editors or []) + _split_editor_names(m.group("names"))
            continue
        if i < header_limit:
            if _is_header_line(s):
                _parse_header_line(s, head)
                continue
            if head.title is None and _is_headline(s):
                head.title = _squash(s)
                continue
            if head.title is None and _is_promo(s):
                # short promo/navigation lines above the headline (云报平台, 内容详情)
                continue
        body.append(line.rstrip())
    # trailing furniture: short label lines after the last paragraph and
    # bare time stamps (but never a byline)
    while body and (not body[-1].strip() or _is_trailing_furniture(body[-1])):
        body.pop()
    while body and not body[0].strip():
        body.pop(0)
    text = "\n".join(body)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return head, text


_BYLINE = re.compile(r"记者|記者|通讯员|通訊員|报道|報道|^\s*[(（][\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*[)）]\s*$")


def _is_trailing_furniture(line: str) -> bool:
    s = line.strip()
    if _BYLINE.search(s):
        return False
    if _DATE.fullmatch(s) or re.fullmatch(r"(?:19|20)\d{2}-\d{2}-\d{2}\s+\d{1,2}:\d{2}(?::\d{2})?", s):
        return True
    han = sum(1 for c in s if "\u4e00" <= c <= "\u9fff")
    return han <= 8 and len(s) <= 12 and not re.search(r"[。，,；;：:!！?？]", s)


# --------------------------------------------------------------------------
# records
# --------------------------------------------------------------------------


def article_id(title: str, text: str) -> str:
    """Stable id from content: whitespace-insensitive hash of title and text."""
    h = hashlib.sha256()
    h.update(re.sub(r"\s+", "", title).encode("utf-8"))
    h.update(b"\x00")
    h.update(re.sub(r"\s+", "", text).encode("utf-8"))
    return h.hexdigest()[:16]


def make_article(
    text: str,
    title: str = "",
    date: str | None = None,
    source: str | None = None,
    url: str | None = None,
    path: str | None = None,
    id: str | None = None,  # noqa: A002 - field name of the record
    editor: str | None = None,
) -> Any:
    from .types import Article

    if date:
        m = _DATE.search(str(date)) or re.fullmatch(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})", str(date))
        date = _iso(m) if m else None
    script = detect_script(title + "\n" + text)
    return Article(
        id=str(id) if id else article_id(title, text),
        title=title,
        text=text,
        date=date,
        source=source,
        url=url,
        script=script,
        path=path,
        editor=editor,
    )


def open_regular(path: Path) -> IO[bytes]:
    """Open an input for reading, refusing anything but a regular file.

    Opening is non-blocking and the check is made on the open descriptor, so a
    FIFO, socket or device named like an article gives E008 instead of
    blocking the run for ever. Raises InputError.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        raise InputError(Errors.E008.format(path=path, reason=e.strerror or str(e)), str(path)) from e
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = "a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else (
                "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file")
            raise InputError(Errors.E008.format(path=path, reason=f"{kind}, not a regular file"), str(path))
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _read_bytes(path: Path, limit: int) -> bytes:
    with open_regular(path) as fh:
        try:
            if os.fstat(fh.fileno()).st_size > limit:
                raise InputError(Errors.E012.format(path=path, limit=limit), str(path))
            data = fh.read(limit + 1)
        except OSError as e:
            raise InputError(Errors.E008.format(path=path, reason=e.strerror or str(e)), str(path)) from e
    if len(data) > limit:  # the file grew after the size check
        raise InputError(Errors.E012.format(path=path, limit=limit), str(path))
    return data


def read_text_file(path: Path, limit: int = MAX_BYTES) -> Any:
    data = _read_bytes(path, limit)
    if not data.strip():
        raise InputError(Errors.E002.format(path=path), str(path))
    raw, _enc = decode_bytes(data, str(path))
    head, text = parse_text_article(raw)
    if not text.strip():
        raise InputError(Errors.E009.format(path=path), str(path))
    if not head.date:
        log.info(Warnings.W003.format(path=path))
    return make_article(text, head.title or "", head.date, head.source, None, str(path),
                        editor="、".join(head.editors or []) or None)


def read_html_file(path: Path, limit: int = MAX_BYTES) -> Any:
    data = _read_bytes(path, limit)
    if not data.strip():
        raise InputError(Errors.E002.format(path=path), str(path))
    raw, enc = decode_bytes(data, str(path))
    declared = declared_charset(data)
    if declared and _charset_family(declared) != _charset_family(enc):
        log.warning(Warnings.W110.format(path=path, declared=declared, encoding=enc))
    return article_from_html(raw, str(path))


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)


def declared_charset(html: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag (first 4 KB), if any."""
    m = _META_CHARSET.search(html[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def _charset_family(name: str) -> str:
    """Group charset labels that decode Chinese text the same way (GB2312 ⊂ GBK ⊂ GB18030)."""
    try:
        canon = codecs.lookup(name).name
    except LookupError:
        return name.lower()
    return {"gb2312": "gb18030", "gbk": "gb18030", "hz": "gb18030", "big5hkscs": "big5", "cp950": "big5",
            "utf-8-sig": "utf-8", "ascii": "utf-8"}.get(canon, canon)


def article_from_html(html: str, path: str, url: str | None = None) -> Any:
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                                include_tables=True, favor_recall=True)
        doc = extracted.as_dict() if extracted is not None and hasattr(extracted, "as_dict") else extracted
    except Exception as e:  # trafilatura/lxml raise many types on broken markup
        raise InputError(Errors.E007.format(path=path, reason=f"{type(e).__name__}: {e}"), path) from e
    if not doc or not (doc.get("text") or "").strip():
        raise InputError(Errors.E007.format(path=path, reason="no main text found"), path)
    head, text = parse_text_article(doc["text"])
    if not text.strip():
        raise InputError(Errors.E009.format(path=path), path)
    title = _squash(doc.get("title") or head.title or "")
    return make_article(text, title, doc.get("date") or head.date, head.source or doc.get("sitename"),
                        url or doc.get("url"), path, editor="、".join(head.editors or []) or None)


def read_jsonl_file(path: Path, limit: int = MAX_BYTES) -> Iterator[Any]:
    """One article per line: ``text`` and optional id, title, date, source, url."""
    try:
        fh = open_regular(path)
    except InputError as e:
        yield e
        return
    with fh:
        for lineno, line in enumerate(fh, 1):
            where = f"{path}:{lineno}"
            if not line.strip():
                continue
            if len(line) > limit:
                yield InputError(Errors.E005.format(path=path, line=lineno, reason=f"line longer than {limit} bytes"),
                                 str(path), lineno)
                continue
            try:
                rec = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError as e:
                yield InputError(Errors.E005.format(path=path, line=lineno, reason=f"not UTF-8 at byte {e.start}"),
                                 str(path), lineno)
                continue
            except json.JSONDecodeError as e:
                yield InputError(Errors.E005.format(path=path, line=lineno, reason=f"{e.msg} at column {e.colno}"),
                                 str(path), lineno)
                continue
            if not isinstance(rec, dict):
                yield InputError(Errors.E005.format(path=path, line=lineno, reason="not a JSON object"), str(path), lineno)
                continue
            text = rec.get("text")
            if not isinstance(text, str) or not text.strip():
                yield InputError(Errors.E006.format(path=path, line=lineno), str(path), lineno)
                continue
            try:
                # lone surrogates from \ud800-style escapes cannot be encoded; drop them
                text = text.encode("utf-8", "replace").decode("utf-8") if _has_surrogate(text) else text
                title = str(rec.get("title") or "")
                title = title.encode("utf-8", "replace").decode("utf-8") if _has_surrogate(title) else title
                yield make_article(
                    text,
                    title,
                    _opt_str(rec.get("date")),
                    _opt_str(rec.get("source")),
                    _opt_str(rec.get("url")),
                    where,
                    id=_opt_str(rec.get("id")),
                    editor=_opt_str(rec.get("editor")),
                )
            except (TypeError, ValueError) as e:
                yield InputError(Errors.E005.format(path=path, line=lineno, reason=str(e)), str(path), lineno)


def _opt_str(v: Any) -> str | None:
    if v is None or v == "":
        return None
    s = str(v)
    return s.encode("utf-8", "replace").decode("utf-8") if _has_surrogate(s) else s


def _has_surrogate(s: str) -> bool:
    return any("\ud800" <= c <= "\udfff" for c in s)


def iter_input_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | InputError]:
    """Expand files and folders (recursively, sorted, hidden files skipped).

    Symlinked directories are followed once; a loop is reported, not followed.
    """
    seen_dirs: set[tuple[int, int]] = set()

    def walk(d: Path) -> Iterator[Path | InputError]:
        try:
            st = d.stat()
        except OSError as e:
            yield InputError(Errors.E008.format(path=d, reason=e.strerror or str(e)), str(d))
            return
        ident = (st.st_dev, st.st_ino)
        if ident in seen_dirs:
            yield InputError(Errors.E011.format(path=d), str(d))
            return
        seen_dirs.add(ident)
        try:
            entries = sorted(d.iterdir(), key=lambda p: p.name)
        except OSError as e:
            yield InputError(Errors.E008.format(path=d, reason=e.strerror or str(e)), str(d))
            return
        for p in entries:
            if p.name.startswith("."):
                continue
            if p.is_dir():
                yield from walk(p)
            elif p.is_symlink() and not p.exists():
                yield InputError(Errors.E008.format(path=p, reason=f"dangling symlink to {os.readlink(p)}"), str(p))
            elif p.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES and p.name not in ("README", "LICENSE"):
                yield p
            else:
                log.info("skipping %s: not an article file", p)

    for raw in paths:
        p = Path(raw)
        if not p.exists():
            yield InputError(Errors.E001.format(path=p), str(p))
        elif p.is_dir():
            yield from walk(p)
        else:
            yield p


def read_file(path: Path, limit: int = MAX_BYTES) -> Iterator[Any]:
    """Articles (or InputErrors) from one file, by its suffix."""
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl_file(path, limit)
        elif suffix in HTML_SUFFIXES:
            yield read_html_file(path, limit)
        elif suffix in TEXT_SUFFIXES:
            data_head = b""
            with contextlib.suppress(OSError), open_regular(path) as fh:
                data_head = fh.read(512).lstrip().lower()
            if data_head.startswith((b"<!doctype html", b"<html")):
                yield read_html_file(path, limit)
            else:
                yield read_text_file(path, limit)
        else:
            yield InputError(Errors.E010.format(path=path, suffix=suffix), str(path))
    except InputError as e:
        yield e


def read_articles(paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str], limit: int = MAX_BYTES) -> Iterator[Any]:
    """Yield an Article per article found, an InputError per failure."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for item in iter_input_files(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item, limit)


# --------------------------------------------------------------------------
# atomic writes
# --------------------------------------------------------------------------


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO[Any]]:
    """Write to a temporary file beside ``path``, fsync, then rename over it.

    An interrupted or failed write never leaves a half-written file under the
    final name; the previous file (if any) stays intact.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else encoding, newline=None if "b" in mode else "\n") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp creates 0600; give the usual mode
        os.replace(tmp, path)
    except OSError as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise KGError(Errors.E020.format(path=path, reason=e.strerror or str(e))) from e
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_jsonl(path: str | os.PathLike[str], records: Iterable[dict[str, Any]]) -> int:
    n = 0
    with atomic_write(path) as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=True))
            fh.write("\n")
            n += 1
    return n
