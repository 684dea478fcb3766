"""Bodies and regions of titles and organisations (part of ``kg_relations``).

``post_body`` for every POST (``泗洪县委书记`` → 泗洪县委, 321324), ``org_region``
and ``sub_org`` for every ORG. The region is the one written in the title;
else the one written right before it (``金凤区原区委副书记``); else the title
before it in a stack (``区委常委、组织部部长`` → 区委组织部); else the level word
(``市委``, ``区委``, ``省委``) read against the article's main region — then the
link is ``inferred``. Township-level bodies are never guessed.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import Warnings
from ..types import Relation
from .article_context import GOV_BODY, body_rest, canonical_body, full_body_name, region_for_level
from .relations import Ent, Text, _prev_ent, post_stacks, rel

log = logging.getLogger("kg")


# --------------------------------------------------------------------------
# post → body → region; org → region; org ⊂ parent org
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class BodyRef:
    """Where a title or organisation sits: full body name and its region."""

    body: str | None  # full body name, e.g. 泗洪县委; None when unresolved
    region: str | None  # region code
    rest: str  # body after the region (``委``, ``委组织部``, ``政府``)
    inferred: bool
    via: str  # written / stack / context / source / unresolved


def _region_of_written(t: Text, name: str, context: Sequence[str] = ()) -> str | None:
    div = t.div
    if div is None or not name:
        return None
    ctx = list(context) + ([t.main] if t.main else [])
    code, cands = div.resolve(name, ctx)
    if code is None and len(cands) > 1:
        log.warning(Warnings.W002.format(name=name, candidates=", ".join(cands[:6])))
    return code


def _rest_of(kg: Mapping[str, Any], text: str, region_name: str | None, label: str = "POST") -> str:
    body = kg.get("body") or (text if label == "ORG" else None)
    if body:
        return body_rest(body, kg.get("region"), kg.get("level_hint"), region_name)
    bt = kg.get("body_type") or "政府"
    return GOV_BODY.get(bt, bt)


def resolve_body(t: Text, e: Ent, sibling: BodyRef | None = None) -> BodyRef:
    """Body and region of a POST or ORG entity.

    Order: the region written in the title; else the title before it in a
    stack (``区委常委、组织部部长`` → 区委组织部; ``县委副书记、县长`` → same
    county); else the level word (``市委``) read against the article's main
    region (inferred). Township-level bodies are never guessed."""
    kg = clean_post_attrs(e.kg or {}) if e.label == "POST" else (e.kg or {})
    div = t.div
    written_region = kg.get("region")
    hint = kg.get("level_hint")
    if e.label == "ORG" and (hint == "国" or kg.get("body_type") == "中央"):
        return BodyRef(canonical_body(e.text), None, "", False, "national")
    if e.label == "POST" and kg.get("body") and not written_region and (organ := _national_organ(str(kg["body"]))):
        # 农业农村部原党组书记 → 农业农村部党组
        return BodyRef(canonical_body(str(kg["body"])), None, str(kg["body"])[len(organ):], False, "national")
    if hint == "国" or kg.get("body_type") == "中央":
        body, _role = national_body(e.text)
        return BodyRef(body, None, "", False, "written") if body else BodyRef(None, None, "", False, "unresolved")
    if kg.get("body_type") == "media":
        # a reporter of the article's publisher (inferred: the byline does not name it)
        src = t.meta.get("source")
        return BodyRef(src, None, "", True, "source") if src else BodyRef(None, None, "", False, "unresolved")
    if written_region and div is not None:
        code = _region_of_written(t, written_region, [sibling.region] if sibling and sibling.region else [])
        if code:
            rname = div.name(code)
            rest = _rest_of(kg, e.text, rname, e.label)
            return BodyRef(full_body_name(rname, rest), code, rest, False, "written")
        return BodyRef(None, None, "", False, "unresolved")
    if sibling is not None and sibling.body and not sibling.region and hint is None and kg.get("body"):
        # a body of a national organ: 农业农村部党组
        return BodyRef(sibling.body + canonical_body(kg["body"]), None, canonical_body(kg["body"]),
                       sibling.inferred, "stack")
    if sibling is not None and sibling.body and hint is None and not kg.get("body") and not written_region:
        # a bare role after a titled one: 浙江省委委员、常委、书记 → all of 浙江省委;
        # an office after a party-group title: 农业农村部党组书记、部长 → 农业农村部
        cell = _PARTY_CELL.search(sibling.body)
        if cell and kg.get("role") not in _PARTY_ROLES and len(sibling.body) > len(cell.group()):
            body = sibling.body[: cell.start()]
            return BodyRef(body, sibling.region, sibling.rest[: -len(cell.group())] if sibling.rest.endswith(
                cell.group()) else sibling.rest, sibling.inferred, "stack")
        return BodyRef(sibling.body, sibling.region, sibling.rest, sibling.inferred, "stack")
    if sibling is not None and sibling.region and div is not None:
        same_level = hint is not None and (d := div.get(sibling.region)) is not None and _hint_of(d.name) == hint
        if hint is None and kg.get("body") and sibling.rest:
            # a department after a committee title: 市委常委、政法委书记 → 市委政法委
            parent_rest = re.sub(r"^(.*?委).*$", r"\1", sibling.rest) if "委" in sibling.rest else sibling.rest
            rest = parent_rest + canonical_body(kg["body"])
            return BodyRef(full_body_name(div.name(sibling.region), rest), sibling.region, rest,
                           sibling.inferred, "stack")
        if same_level:
            rest = _rest_of(kg, e.text, None, e.label)
            return BodyRef(full_body_name(div.name(sibling.region), rest), sibling.region, rest,
                           sibling.inferred, "stack")
    if div is not None and hint:
        code = region_for_level(div, hint, t.main)
        if code:
            rest = _rest_of(kg, e.text, None, e.label)
            return BodyRef(full_body_name(div.name(code), rest), code, rest, True, "context")
    return BodyRef(None, None, "", False, "unresolved")


#: national bodies a national title starts with (longest first), canonical name
_NATIONAL = (
    ("中共中央政治局", "中共中央政治局"), ("中央政治局", "中共中央政治局"), ("中共中央", "中共中央"),
    ("中央军委", "中央军委"), ("中央书记处", "中央书记处"), ("中央纪委", "中央纪委"), ("国家监委", "国家监委"),
    ("全国人大常委会", "全国人大常委会"), ("全国政协", "全国政协"), ("国务院", "国务院"),
    ("最高人民法院", "最高人民法院"), ("最高人民检察院", "最高人民检察院"), ("国家", "国家"),
)
_NATIONAL_BARE_PREFIX = (("中央", "中共中央"),)
_NATIONAL_BARE = {"总书记": "中共中央", "总理": "国务院", "副总理": "国务院", "国务委员": "国务院"}


def national_body(title: str) -> tuple[str | None, str]:
    """``国务院副总理`` → (国务院, 副总理); ``总书记`` → (中共中央, 总书记)."""
    for prefix, body in _NATIONAL:
        if title.startswith(prefix) and len(title) > len(prefix):
            return body, title[len(prefix):]
    if title in _NATIONAL_BARE:
        return _NATIONAL_BARE[title], title
    for prefix, body in _NATIONAL_BARE_PREFIX:  # 中央委员, 中央候补委员: of the Central Committee
        if title.startswith(prefix) and len(title) > len(prefix):
            return body, title[len(prefix):]
    return None, title


@lru_cache(maxsize=1)
def _national_organs() -> re.Pattern[str] | None:
    try:
        from .patterns import org_patterns
    except ImportError:  # pragma: no cover - the recogniser's patterns ship with kg
        return None
    return re.compile(f"^(?:{org_patterns()['national']})")


def _national_organ(body: str) -> str | None:
    """The national organ a written body starts with (``农业农村部党组`` → 农业农村部)."""
    rx = _national_organs()
    m = rx.match(body) if rx is not None else None
    return m.group() if m else None


_BEFORE_GAP = re.compile(r"^(?:原|前|现)?$")


def written_before(t: Text, post: Ent) -> BodyRef | None:
    """A region or body written right before a title that has none of its own:
    ``金凤区原区委副书记`` (→ 金凤区委), ``邯郸市政府原党组成员`` (→ 邯郸市政府党组)."""
    prev = _prev_ent(t, post)
    if prev is None or t.sent_of[prev.i] != t.sent_of[post.i] or not _BEFORE_GAP.match(t.between(prev, post)):
        return None
    if post.get("region") or t.div is None:
        return None
    if prev.label == "REGION":
        code = prev.get("code")
        if not code:
            code = _region_of_written(t, prev.get("name") or prev.text)
        return BodyRef(None, code, "", False, "written_before") if code else None
    if prev.label == "ORG":
        ref = resolve_body(t, prev)
        if ref.body and (ref.region or ref.via == "national"):
            return BodyRef(ref.body, ref.region, ref.rest, ref.inferred, "written_before")
    return None


_PARTY_CELL = re.compile(r"(?:党组|党委|党工委|党支部|党总支)$")
_PARTY_ROLES = frozenset({"书记", "副书记", "成员", "委员", "常委", "党组成员", "第一书记"})
#: 原/前 marking a former title: at the start of a role, or between a region and its body
#: (金凤区原区委) — never inside a place name (太原市委, 原平市委, 前郭县委)
_FORMER_ROLE = re.compile(r"^(?:原|前)(?=.)")
FORMER_IN_BODY = re.compile(r"(?<=[区县市省旗州盟镇乡])(?:原|前)(?=[区县市省旗州盟镇乡]?(?:委|政府|人大|政协|党组))"
                            r"|(?<=[\u4e00-\u9fff])原(?=党组|党委|党支部|党总支|党工委)")


def clean_post_attrs(kg: Mapping[str, Any]) -> dict[str, Any]:
    """Recogniser attributes of a title, normalised: 原/前 dropped from role
    and body (``金凤区原区委`` → ``金凤区区委``), a party cell in the role moved
    to the body (``邯郸市政府`` + ``原党组成员`` → ``邯郸市政府党组`` + ``成员``),
    and a bare party cell as the body of an office dropped (``部长`` of ``党组``)."""
    out = dict(kg)
    role = str(out.get("role") or "")
    body = out.get("body")
    role = _FORMER_ROLE.sub("", role)
    if body:
        body = FORMER_IN_BODY.sub("", str(body))
    m = re.match(r"^(党组|党委|党工委|党支部|党总支)(?=.)", role)
    if m and body and not _PARTY_CELL.search(body):
        body, role = body + m.group(1), role[m.end():]
    if body and _PARTY_CELL.fullmatch(body) and role and role not in _PARTY_ROLES:
        body = None
    out["role"], out["body"] = role or out.get("role"), body
    return out


def _hint_of(region_name: str) -> str | None:
    for h in ("自治区", "省", "市", "县", "区", "旗", "州", "盟", "镇", "乡", "街道"):
        if region_name.endswith(h):
            return h
    return None


def body_relations(t: Text) -> list[Relation]:
    """``post_body`` for every POST, ``org_region`` and ``sub_org`` for every ORG."""
    out: list[Relation] = []
    div = t.div
    for stack in post_stacks(t):
        sibling: BodyRef | None = written_before(t, stack[0])
        for p in stack:
            ref = resolve_body(t, p, sibling)
            if ref.body is not None:
                role = national_body(p.text)[1] if p.get("level_hint") == "国" else clean_post_attrs(p.kg)["role"]
                out.append(rel(
                    "post_body", p, value=ref.body, inferred=ref.inferred, evidence=t.sent_span(p),
                    region_code=ref.region, region_name=div.name(ref.region) if (div and ref.region) else None,
                    body_type=p.get("body_type"), role=role, via=ref.via,
                ))
                sibling = ref
            elif p.get("level_hint") is None and p.get("region") is None and sibling is not None:
                pass  # keep the last resolved sibling for the next title
            else:
                sibling = None
    for o in t.ents:
        if o.label != "ORG":
            continue
        ref = resolve_body(t, o)
        if ref.body is None or ref.region is None:
            continue  # unresolved, or a national organ (resolution keys it by name)
        out.append(rel("org_region", o, value=ref.region, inferred=ref.inferred, evidence=t.sent_span(o),
                       region_name=div.name(ref.region) if (div and ref.region) else None,
                       body_name=ref.body, body_type=o.get("body_type"), via=ref.via))
        parent = o.get("parent")
        if parent and ref.region and div is not None:
            prest = body_rest(parent, o.get("region"), o.get("level_hint"), div.name(ref.region))
            out.append(rel("sub_org", o, value=full_body_name(div.name(ref.region), prest), inferred=ref.inferred,
                           evidence=t.sent_span(o)))
        elif ref.rest and re.match(r"^(委|党委|党工委)(?=.)", ref.rest) and ref.region and div is not None:
            # 市委组织部 ⊂ 市委 even when the recogniser gave no parent
            head = re.match(r"^(委|党委|党工委)", ref.rest).group(1)  # type: ignore[union-attr]
            out.append(rel("sub_org", o, value=full_body_name(div.name(ref.region), head), inferred=ref.inferred,
                           evidence=t.sent_span(o)))
    return out
