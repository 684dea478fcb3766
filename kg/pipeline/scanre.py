"""Compile the rules' long alternations so that a scan skips text they cannot start in.

Python's ``re`` engine tries a pattern at every position of the text. When the pattern opens with a literal
or a character class it first jumps to the positions that can start a match; a long alternation of
branches that open with groups, repeats or lookbehinds (a pattern set's role, body or session pattern)
gets no such jump, and ``finditer`` over an article then runs the whole alternation at every character.

:func:`compile_scan` computes the set of characters a match can start with from the parsed pattern and,
when it is small and certain, puts a lookahead on that set in front of the pattern: ``(?=[…])(?:…)``.
The compiled pattern matches exactly the same spans at every position (a match must begin with one of
those characters); only the scan is faster. Nothing changes for a pattern that may match the empty string,
starts with ``.``, a negated class or a class of letters, depends on case-insensitive matching, or that
the engine already scans quickly (a literal or class at its start).

Measured on 2,000 xwlb transcripts (1.12 M characters), ``finditer`` over every text: the role pattern
0.36 s → 0.12 s, the national-organisation pattern 0.27 s → 0.05 s, the role-before-name pattern
0.28 s → 0.04 s (``/tmp`` benchmark recorded in the #9 note).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache

if sys.version_info >= (3, 11):
    import re._compiler as _sre_compile
    import re._constants as _C
    import re._parser as _sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_compile as _sre_compile  # type: ignore[no-redef]
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

#: a first-character set larger than this is not worth a lookahead (measured: with ``\\d`` among the first
#: items, ~700 characters, the date pattern scanned no faster and a counted-list pattern 6× slower)
MAX_FIRST_CHARS = 300
#: a character range wider than this (e.g. all of CJK) makes the set too large to help
_MAX_RANGE = 512


@lru_cache(maxsize=1)
def _digits() -> frozenset[str]:
    """Every character ``\\d`` matches in a str pattern (Unicode decimal digits)."""
    return frozenset(chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Nd")


class _Unknown(Exception):
    """The first characters cannot be listed (any character, a negated class, a back-reference…)."""


def _class_chars(items: list[tuple[object, object]]) -> set[str]:
    chars: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL:
            chars.add(chr(av))  # type: ignore[arg-type]
        elif op is _C.RANGE:
            lo, hi = av  # type: ignore[misc]
            if hi - lo > _MAX_RANGE:
                raise _Unknown
            chars.update(chr(c) for c in range(lo, hi + 1))
        elif op is _C.CATEGORY and av is _C.CATEGORY_DIGIT:
            chars.update(_digits())
        else:  # NEGATE, other categories (\w, \s…)
            raise _Unknown
    return chars


def _first(seq: list[tuple[object, object]]) -> tuple[set[str], bool]:
    """(the characters a match of ``seq`` can start with, whether ``seq`` can match the empty string)."""
    out: set[str] = set()
    for op, av in seq:
        if op is _C.LITERAL:
            out.add(chr(av))  # type: ignore[arg-type]
            return out, False
        if op is _C.IN:
            out |= _class_chars(av)  # type: ignore[arg-type]
            return out, False
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # zero width: the match starts at the next item
        if op is _C.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av  # type: ignore[misc]
            if add_flags & re.IGNORECASE:
                raise _Unknown
            chars, empty = _first(sub)
        elif op is _C.BRANCH:
            chars, empty = set(), False
            for branch in av[1]:  # type: ignore[index]
                c, e = _first(branch)
                chars |= c
                empty = empty or e
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) or op is getattr(_C, "POSSESSIVE_REPEAT", None):
            lo, _hi, item = av  # type: ignore[misc]
            chars, empty = _first(item)
            empty = empty or lo == 0
        else:  # ANY, NOT_LITERAL, GROUPREF, atomic groups…
            raise _Unknown
        out |= chars
        if not empty:
            return out, False
    return out, True


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters every match of ``pattern`` starts with, or None when they cannot be listed for
    certain (or the pattern can match the empty string)."""
    if flags & re.IGNORECASE:
        return None
    try:
        parsed = _sre_parse.parse(pattern, flags)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE) or parsed.state.flags & ~(flags | re.UNICODE):
            return None  # (inline global flags must stay at the very start of the pattern)
        chars, empty = _first(list(parsed))
    except _Unknown:
        return None
    return None if empty or not chars else frozenset(chars)


def _engine_has_prefix(pattern: str, flags: int) -> bool:
    """True when the engine itself starts the scan from a literal prefix or a character class."""
    parsed = _sre_parse.parse(pattern, flags)
    try:
        prefix, _, _ = _sre_compile._get_literal_prefix(parsed, parsed.state.flags)
        if prefix:
            return True
        return bool(_sre_compile._get_charset_prefix(parsed, parsed.state.flags))
    except Exception:  # (private helpers: if their shape changes, fall back to the lookahead)
        return False


def compile_scan(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` with a lookahead on the characters a match can start with when that
    is certain and helps (see the module docstring). Same matches at every position."""
    if pattern.startswith(("^", r"\A")):
        return re.compile(pattern, flags)  # (anchored: fails at once everywhere but the start)
    chars = first_chars(pattern, flags)
    if chars is None or len(chars) > MAX_FIRST_CHARS or _engine_has_prefix(pattern, flags):
        return re.compile(pattern, flags)
    cls = "".join(re.escape(c) for c in sorted(chars))
    return re.compile(f"(?=[{cls}])(?:{pattern})", flags)


def required_tail(pattern: str) -> str:
    """The literal every match of ``pattern`` ends with, lookaheads after it aside (``…{2,6}?制度改革`` →
    ``制度改革``), or ``""`` when there is none (a top-level alternation, a class or a repeat at the end). A text
    without it holds no match, so a scan can skip the text."""
    try:
        items = list(_sre_parse.parse(pattern))
    except re.error:
        return ""
    while items and items[-1][0] is _C.ASSERT:  # a lookahead after the match (…专项行动(?=启动))
        items.pop()
    tail: list[str] = []
    while items and items[-1][0] is _C.LITERAL:
        tail.append(chr(items.pop()[1]))  # type: ignore[arg-type]
    return "".join(reversed(tail))


def required_tails(pattern: str) -> frozenset[str]:
    """Literals one of which every match of ``pattern`` ends with, lookarounds after it aside: each branch of a
    top-level alternation gives its own, a group of alternatives at the end gives each of its alternatives'
    (``…(?:博览会|论坛)(?!期间)|…第N次(?:会晤|峰会)`` → 博览会, 论坛, 会晤, 峰会). Empty when some branch ends in no
    literal (a class, a repeat) or under case-insensitive matching: then no text can be skipped."""
    try:
        parsed = _sre_parse.parse(pattern)
    except re.error:
        return frozenset()
    if parsed.state.flags & re.IGNORECASE:
        return frozenset()
    tails = _tails(list(parsed))
    return frozenset(tails) if tails and all(tails) else frozenset()


def _tails(items: list) -> set[str] | None:
    items = list(items)
    while items and items[-1][0] in (_C.ASSERT, _C.ASSERT_NOT):  # (what follows the match is not part of it)
        items.pop()
    if not items:
        return None
    op, av = items[-1]
    if op is _C.LITERAL:
        tail: list[str] = []
        while items and items[-1][0] is _C.LITERAL:
            tail.append(chr(items.pop()[1]))
        return {"".join(reversed(tail))}
    if op is _C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            sub = _tails(list(branch))
            if not sub:
                return None
            out |= sub
        return out
    if op is _C.SUBPATTERN and not (av[1] & re.IGNORECASE):  # (group, added flags, removed flags, pattern)
        return _tails(list(av[-1]))
    return None
