"""The one place where kg mints IRIs.

``mint_iri(kind, key)`` turns an entity key (``region/321324``,
``post/泗洪县委/书记``, ``person/3213/王昊`` …, see docs/design.md) into an IRI
under a configurable base::

    >>> str(mint_iri("Region", "region/321324"))
    'https://kg.example.org/id/region/321324'
    >>> str(mint_iri("Post", "post/泗洪县委/书记"))
    'https://kg.example.org/id/post/泗洪县委/书记'

The IRIs are

* readable: Chinese (any RFC 3987 ``ucschar``) is kept as is;
* safe: everything else that could break an IRI or a serialisation (spaces,
  quotes, ``<>{}|\\^`` and the backquote, ``#``, ``?``, ``%``, control, format
  and separator characters, private-use characters, lone surrogates, ``.``/``..``
  path segments) is percent-encoded as UTF-8, so no key can end the IRI early;
* injective: different keys give different IRIs (``%`` itself is encoded);
* stable: only fixed code-point ranges are consulted (never the Unicode
  database of the running Python), so the same key gives the same IRI on every
  machine and Python version.

The kind prefix is idempotent: ``mint_iri("Region", "321324")`` and
``mint_iri("Region", "region/321324")`` are the same IRI.

The base IRI is an argument (``base=``) or a context setting
(``with using_base_iri("https://example.com/kg/"): ...``); nothing global is
changed at import time.
"""

from __future__ import annotations

import contextlib
import re
from contextvars import ContextVar
from functools import lru_cache
from typing import Iterator

from rdflib import URIRef

from .errors import Errors, KGError

#: default base of entity IRIs (override with ``kg build --base-iri``)
DEFAULT_BASE_IRI = "https://kg.example.org/id/"

_BASE: ContextVar[str] = ContextVar("kg_base_iri", default=DEFAULT_BASE_IRI)

#: entity kind → first path segment of its IRI (the key prefix of docs/design.md)
KIND_PREFIX: dict[str, str] = {
    "Person": "person",
    "Post": "post",
    "Role": "role",
    "Organization": "org",
    "Region": "region",
    "Campaign": "campaign",
    "Meeting": "meeting",
    "Article": "article",
    # nodes kg.rdf mints itself
    "Statement": "statement",
    "Graph": "graph",
}
PREFIX_KIND: dict[str, str] = {v: k for k, v in KIND_PREFIX.items()}

# ASCII characters kept verbatim in a path: RFC 3986 unreserved, sub-delims
# other than "'" (kept out so IRIs can be pasted into quoted strings), ":" "@" "/".
_ASCII_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&()*+,;=:@/")

# RFC 3987 ucschar minus invisible/spacing characters that make IRIs unreadable
# or spoofable. Fixed ranges only (stable across Unicode versions).
_UCS_RANGES: tuple[tuple[int, int], ...] = (
    (0x00A1, 0x00AC),  # (A0 NBSP and AD soft hyphen are encoded)
    (0x00AE, 0x167F),
    (0x1681, 0x180D),
    (0x180F, 0x1FFF),
    (0x2010, 0x2027),  # 2000-200F: spaces, zero-width, bidi marks
    (0x2030, 0x205E),  # 2028-202F: line/para separators, bidi embeddings, NNBSP
    (0x2070, 0x2FFF),  # 205F-206F: MMSP, invisible operators, bidi isolates
    (0x3001, 0xD7FF),  # 3000: ideographic space
    (0xF900, 0xFDCF),
    (0xFDF0, 0xFEFE),  # FEFF: BOM
    (0xFF00, 0xFFEF),
    (0x10000, 0x1FFFD),
    (0x20000, 0x2FFFD),
    (0x30000, 0x3FFFD),
    (0x40000, 0x4FFFD),
    (0x50000, 0x5FFFD),
    (0x60000, 0x6FFFD),
    (0x70000, 0x7FFFD),
    (0x80000, 0x8FFFD),
    (0x90000, 0x9FFFD),
    (0xA0000, 0xAFFFD),
    (0xB0000, 0xBFFFD),
    (0xC0000, 0xCFFFD),
    (0xD0000, 0xDFFFD),
    (0xE1000, 0xEFFFD),
)


def _ucs_ok(cp: int) -> bool:
    for lo, hi in _UCS_RANGES:
        if cp < lo:
            return False
        if cp <= hi:
            return True
    return False


def _encode_char(ch: str) -> str:
    data = ch.encode("utf-8", "surrogatepass")  # lone surrogates stay distinct
    return "".join(f"%{b:02X}" for b in data)


def _class_range(lo: int, hi: int) -> str:
    return re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"


#: any character iri_escape would change ("." too: dot segments), so most keys skip the loop below
_NEEDS_ENCODING = re.compile(
    "[^" + "".join(re.escape(c) for c in sorted(_ASCII_SAFE - {"."}))
    + "".join(_class_range(lo, hi) for lo, hi in _UCS_RANGES) + "]"
)


def iri_escape(text: str, keep_slash: bool = True) -> str:
    """Percent-encode ``text`` for use in an IRI path (see module docstring)."""
    if keep_slash and not _NEEDS_ENCODING.search(text):
        return text
    out: list[str] = []
    for ch in text:
        cp = ord(ch)
        if cp < 0x80:
            if ch in _ASCII_SAFE and (keep_slash or ch != "/"):
                out.append(ch)
            else:
                out.append(_encode_char(ch))
        elif _ucs_ok(cp):
            out.append(ch)
        else:
            out.append(_encode_char(ch))
    escaped = "".join(out)
    if not keep_slash:
        return escaped
    # "." and ".." segments would be removed by IRI normalisation (RFC 3986 §5.2.4)
    segments = escaped.split("/")
    return "/".join(s.replace(".", "%2E") if s and set(s) == {"."} else s for s in segments)


# the whole IRI must be free of these (Turtle/N-Triples IRIREF and RFC 3987)
_IRI_FORBIDDEN = re.compile('[\x00-\x20<>"{}|^`\\\\\x7f-\x9f\ud800-\udfff]')
_ABSOLUTE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^#]*[/#]$")


def check_base_iri(base: str) -> str:
    """Return ``base`` if it is an absolute IRI ending in ``/`` or ``#``."""
    if not isinstance(base, str) or not _ABSOLUTE.match(base) or _IRI_FORBIDDEN.search(base):
        raise KGError(Errors.E080.format(base=base))
    if base.endswith("#") and "#" in base[:-1]:
        raise KGError(Errors.E080.format(base=base))
    return base


def get_base_iri() -> str:
    """The base IRI in effect (context setting or the default)."""
    return _BASE.get()


@contextlib.contextmanager
def using_base_iri(base: str | None) -> Iterator[str]:
    """Mint IRIs under ``base`` inside the ``with`` block (None: keep current)."""
    if base is None:
        yield _BASE.get()
        return
    token = _BASE.set(check_base_iri(base))
    try:
        yield base
    finally:
        _BASE.reset(token)


def key_path(kind: str, key: str) -> str:
    """The unescaped path of an entity: ``key`` with the kind prefix ensured."""
    try:
        prefix = KIND_PREFIX[kind]
    except KeyError:
        raise KGError(Errors.E081.format(kind=kind, choices=", ".join(sorted(KIND_PREFIX)))) from None
    if key.startswith(prefix + "/"):
        return key
    return f"{prefix}/{key}"


def mint_iri(kind: str, key: str, base: str | None = None) -> URIRef:
    """The IRI of the entity of ``kind`` with ``key`` (see module docstring)."""
    return _mint(kind, key, get_base_iri() if base is None else base)


@lru_cache(maxsize=1 << 17)
def _mint(kind: str, key: str, base: str) -> URIRef:
    return URIRef(check_base_iri(base) + iri_escape(key_path(kind, key)))


def kind_of_key(key: str) -> str | None:
    """The entity kind a key's prefix names (``"region/3213"`` → ``"Region"``)."""
    head, sep, _ = key.partition("/")
    return PREFIX_KIND.get(head) if sep else None


def safe_iri(iri: str) -> URIRef | None:
    """An external IRI (e.g. an article URL) made safe for output, or None.

    Characters that may not appear in an IRI are percent-encoded (``%`` is
    kept, as the URL may already be encoded); None if ``iri`` is not absolute.
    """
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S", iri or ""):
        return None
    out = []
    for ch in iri:
        cp = ord(ch)
        if ch == "%" or ch == "#" or ch == "?" or ch == "'":
            out.append(ch)
        elif cp < 0x80:
            out.append(ch if ch in _ASCII_SAFE else _encode_char(ch))
        else:
            out.append(ch if _ucs_ok(cp) else _encode_char(ch))
    return URIRef("".join(out))


def is_safe_iri(iri: str) -> bool:
    """True if ``iri`` can be written between ``<`` ``>`` in Turtle/N-Triples."""
    return bool(iri) and not _IRI_FORBIDDEN.search(iri)
