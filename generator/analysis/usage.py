"""``mbgen diff --usage``: hold the calls a user's code makes (usage_scan) against a diff.

A call is affected by a breaking change of its endpoint when the change reaches it: a
removed endpoint or method reaches every call; a removed or renamed keyword, the calls that
pass it; a parameter now required, the calls that do not pass it; a type, enum value or
nullability no longer accepted, the calls that pass such a literal. The rules are in
docs/diff.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import unquote

from generator.analysis import usage_answers, usage_read
from generator.analysis.changes import BREAKING, CLIENT, Change, Diff
from generator.analysis.diff import method_names
from generator.analysis.kinds import NOT_FOR_CALLS, TYPE_CHANGES, WHOLE
from generator.analysis.kinds import ChangeKind as K
from generator.analysis.usage_calls import (
    DYN,
    NOT_LITERAL,
    Call,
    Scan,
    Surface,
    Unresolved,
)
from generator.analysis.usage_packages import NotChecked, OldSide
from generator.core import naming
from generator.core import types as tx
from generator.core.model import PATH, ApiModel, Endpoint, Param
from generator.core.route import colon_path, exact_key


@dataclass(frozen=True)
class Hit:
    call: Call
    change: Change
    suggestion: str | None


@dataclass
class Usage:
    files: int
    calls: list[Call]
    hits: list[Hit] = field(default_factory=list)
    unresolved: list[Unresolved] = field(default_factory=list)
    undocumented: list[Call] = field(default_factory=list)  # routes OLD does not document
    errors: list[Unresolved] = field(default_factory=list)
    not_checked: list[NotChecked] = field(default_factory=list)  # clients not tied to OLD

    @property
    def blind(self) -> bool:
        """The scan could not see every client: a gate must not pass."""
        return bool(self.not_checked)

    def hit_changes(self) -> set[Change]:
        return {h.change for h in self.hits}


def client_names(model: ApiModel) -> dict[tuple[str, str], str]:
    """``(method, path)`` -> ``card.get``: the one place usage learns the client's names."""
    return method_names(model)


def known_version(model: ApiModel) -> str | None:
    v = model.metabase_version
    return None if v in ("", "unknown") else v


def surface(model: ApiModel, packages: Iterable[str] = ()) -> Surface:
    res: dict[str, dict[str, tuple[str, str]]] = {}
    for route, attr in client_names(model).items():
        ns, name = attr.split(".", 1)
        res.setdefault(ns, {})[name] = route
    version = known_version(model)
    pkgs = {naming.package_name(version), *packages} if version else set(packages)
    return Surface(frozenset(pkgs), res)


def _route_key(method: str, path: str) -> tuple[str, str]:
    return method, exact_key(path)


def analyse(
    paths: Iterable[str | Path],
    d: Diff,
    packages: Iterable[str] = (),
    search: Iterable[Path] = (),
) -> Usage:
    """Scan ``paths`` for calls of OLD's client and hold them against ``d``'s changes.

    ``packages`` are names known to be OLD's client; ``search``, folders where generated
    packages the code imports may be found (``generated/``), to tie them to OLD."""
    s = surface(d.old, packages)
    routes = frozenset((e.method, e.path) for e in d.old.endpoints)
    new_routes = frozenset((e.method, e.path) for e in d.new.endpoints)
    old = OldSide(known_version(d.old), s.packages, routes, tuple(search), new_routes)
    found: Scan = usage_read.scan(paths, s, old, _route_key)
    return match(found, d)


@cache
def _segments(path: str) -> tuple[str, ...]:
    return tuple(s for s in exact_key(colon_path(path)).split("/") if s)


def _seg_score(ep_seg: str, seg: str) -> int | None:
    """How well a call's path segment fits a documented one: 2 literal = literal, 1 a
    computed part in a placeholder, None when they cannot be the same."""
    placeholder = ep_seg.startswith(":")
    if placeholder:
        return 1 if DYN in seg else 0
    if ":" in ep_seg:  # card__:id
        prefix = ep_seg.split(":", 1)[0]
        return 1 if seg.startswith(prefix) else None
    if DYN in seg:
        return 0 if seg == DYN else None
    return 2 if unquote(seg) == unquote(ep_seg) else None


def route(model: ApiModel, method: str, url: str) -> list[Endpoint]:
    """The OLD endpoints a call's method and path may reach, best fits first; more than
    one when the fit ties (a computed segment where two routes differ)."""
    segs = _segments(url.split("#")[0])
    best: list[Endpoint] = []
    top = -1
    for e in model.endpoints:
        if e.method != method:
            continue
        eps = _segments(e.path)
        if len(eps) != len(segs):
            continue
        scores = [_seg_score(a, b) for a, b in zip(eps, segs, strict=True)]
        if any(s is None for s in scores):
            continue
        total = sum(s for s in scores if s is not None)
        if total > top:
            best, top = [e], total
        elif total == top:
            best.append(e)
    return best


def _value_fits(v: object, t: tx.T) -> bool:
    k = t.kind
    if k is tx.Kind.ANY:
        return True
    if k is tx.Kind.UNION:
        return any(_value_fits(v, a) for a in t.args)
    if v is None:
        return k is tx.Kind.NONE
    if k is tx.Kind.LITERAL:
        return isinstance(v, str) and v in t.values
    if k is tx.Kind.LIST:
        return isinstance(v, (list, tuple)) and all(_value_fits(x, t.args[0]) for x in v)
    if k is tx.Kind.DICT:
        return isinstance(v, dict) and all(_value_fits(x, t.args[1]) for x in v.values())
    if k is tx.Kind.REF:
        return isinstance(v, dict)
    if isinstance(v, bool):
        return t.name == "bool"
    if isinstance(v, int):
        return t.name in ("int", "float")
    return type(v).__name__ == t.name


def match(found: Scan, d: Diff) -> Usage:
    out = Usage(found.files, found.calls, unresolved=list(found.unresolved))
    out.errors = found.errors
    out.not_checked = found.not_checked
    by_route: dict[tuple[str, str], list[Change]] = {}
    for c in d.changes:
        if c.old_path is not None:
            by_route.setdefault((c.method, exact_key(c.old_path)), []).append(c)
    names = {attr: route for route, attr in client_names(d.old).items()}
    eps = {(e.method, e.path): e for e in d.old.endpoints}
    new_eps = {(e.method, colon_path(e.path)): e for e in d.new.endpoints}
    routes: dict[tuple[str, str], list[Endpoint]] = {}
    for call in found.calls:
        if call.via == "client":
            ep = eps[names[call.attr or ""]]
        else:
            key = (call.http_method or "", call.url or "")
            if key not in routes:
                routes[key] = route(d.old, *key)
            cands = routes[key]
            if not cands:
                out.undocumented.append(call)
                continue
            if len(cands) > 1:
                why = "the path fits " + ", ".join(colon_path(e.path) for e in cands)
                out.unresolved.append(_unres(call, why))
                continue
            ep = cands[0]
        changes = by_route.get((ep.method, exact_key(ep.path)), [])
        hits, undecided = _hits(call, ep, changes, new_eps)
        out.hits += hits
        if call.spread and not hits:
            out.unresolved.append(_unres(call, undecided or _SPREAD))
    for r in found.reads:
        ep = eps[names[r.attr]]
        site = Call(r.file, r.line, r.col, r.text, "answer", attr=r.attr)
        for c in usage_answers.changes_read(r, by_route.get((ep.method, exact_key(ep.path)), [])):
            out.hits.append(Hit(site, c, usage_answers.advice(r, c)))
    out.hits.sort(key=lambda h: (h.call.file, h.call.line, h.call.col, h.change.kind))
    out.unresolved.sort(key=lambda u: (u.file, u.line, u.col))
    return out


def _unres(call: Call, why: str) -> Unresolved:
    return Unresolved(call.file, call.line, call.col, call.text, why)


_SPREAD = "arguments spread with * or **, or a body or params that is not a dict literal"


def _passed(call: Call, ep: Endpoint, c: Change) -> tuple[bool, object]:
    """Whether the call gives the changed parameter, and the value (NOT_LITERAL if not
    a literal). Generated methods take keywords (python_name) and path parameters by
    position; request() and requests/httpx take the documented name."""
    old = _old_param(ep, c)
    if call.via == "client":
        kw = c.kw_old or c.kw_new or ""
        if kw in call.keywords:
            return True, call.keywords[kw]
        path = [p for p in ep.params if p.location == PATH]
        if old is not None and old in path:
            i = path.index(old)
            if i < len(call.positional):
                return True, call.positional[i]
        return False, None
    name = old.name if old is not None else c.param or ""
    if name in call.keywords:
        return True, call.keywords[name]
    if old is not None and old.location == PATH:
        segs = _segments(ep.path)
        given = _segments(call.url or "")
        i = segs.index(":" + old.name) if ":" + old.name in segs else -1
        if 0 <= i < len(given):
            return True, given[i] if DYN not in given[i] else NOT_LITERAL
    return False, None


def _old_param(ep: Endpoint, c: Change) -> Param | None:
    for p in ep.params:
        if c.kw_old is not None and p.python_name == c.kw_old:
            return p
    return None


def _hits(
    call: Call, ep: Endpoint, changes: list[Change], new_eps: dict[tuple[str, str], Endpoint]
) -> tuple[list[Hit], str]:
    """The breaking changes the call runs into, and why it cannot be decided (or "")."""
    hits: list[Hit] = []
    undecided = ""
    client = call.via == "client"
    for c in changes:
        if c.kind is K.ENDPOINT_NOT_COVERED and client:
            sugg = f'request("{ep.method}", "{colon_path(ep.path)}", ...)'
            hits.append(Hit(call, c, f"mb.{sugg} (the route is not in the new client)"))
            continue
        if c.severity != BREAKING:
            continue
        if c.kind in NOT_FOR_CALLS:  # who may call depends on the caller, not the code
            continue
        if c.kind is K.ENDPOINT_REMOVED:
            hits.append(Hit(call, c, None))
            continue
        if c.kind is K.ENDPOINT_MOVED:
            hits.append(Hit(call, c, _moved_to(call, c)))
            continue
        if c.kind is K.METHOD_RENAMED:
            if client:
                hits.append(Hit(call, c, f"call {c.py_new}()"))
            continue
        if client and c.kind is K.PARAM_MOVED:
            continue  # the new client sends it where it now goes
        if not client and c.breaks == (CLIENT,):
            continue  # only the generated client's keyword names changed
        if client and c.kind is K.PARAM_RENAMED and c.kw_old not in call.keywords:
            if call.spread:
                undecided = _SPREAD
            continue  # given by position, or not at all: the new name does not matter
        given, value = _passed(call, ep, c)
        kind = c.kind
        needs = kind is K.PARAM_ADDED or (kind is K.PARAM_REQUIRED_CHANGED and c.new is True)
        if needs:
            if not given and call.spread:
                undecided = _SPREAD
            elif not given:
                kw = c.kw_new if client else c.param
                hits.append(Hit(call, c, f"pass {kw}=..." if client else f"send {kw!r}"))
            continue
        if not given:
            if call.spread:
                undecided = _SPREAD
            continue
        advice = _suggestion(call, c, value)
        if c.kind is K.PARAM_ENUM_VALUES_REMOVED and isinstance(advice, str):
            new_ep = new_eps.get((c.method, c.path))
            q = next((q for q in new_ep.params if q.name == c.param), None) if new_ep else None
            advice = f"use one of: {', '.join(q.enum)}" if q is not None and q.enum else advice
        if advice is not False:
            hits.append(Hit(call, c, advice if isinstance(advice, str) else None))
    return hits, undecided


def _moved_to(call: Call, c: Change) -> str:
    """``use mb.document.get(3)``: the call as written, on the new method; for request()
    and HTTP calls, the new route."""
    if call.via != "client" or not c.py_new:
        return f"send it to {c.method} {c.path}"
    written = f".{call.attr}("
    if call.attr and written in call.text:
        return "use " + call.text.replace(written, f".{c.py_new}(", 1)
    return f"call {c.py_new}()"


def _suggestion(call: Call, c: Change, value: object) -> str | None | bool:
    """What to write instead; False when the change does not reach this call after all."""
    client = call.via == "client"
    kw = c.kw_old if client else c.param
    if c.kind is K.PARAM_REMOVED:
        return f"drop {kw}=" if client else f"stop sending {kw!r}"
    if c.kind is K.PARAM_RENAMED:
        return f"write {c.kw_new}= instead of {c.kw_old}="
    if c.kind in WHOLE:
        extra = c.new if isinstance(c.new, str) else "extra_body"
        if not client:
            return False  # the server reads what it did: only the keyword is gone
        return f"pass the keys as keyword arguments, or {extra}={kw}"
    if c.kind is K.PARAM_NESTED_TYPED:
        if not client:
            return False
        box = c.new if isinstance(c.new, str) else ""
        return f"pass {box}={{...}} holding it instead of {kw}="
    if c.kind is K.PARAM_MOVED:
        if call.where.get(c.param or "") == c.new:
            return False
        return f"send {c.param!r} in the {c.new}"
    if value is NOT_LITERAL:
        return False  # only literal arguments are checked
    if c.kind in TYPE_CHANGES and isinstance(c.new, tx.T):
        return False if _value_fits(value, c.new) else f"give a {c.new.render()}"
    if c.kind is K.PARAM_ENUM_VALUES_REMOVED:
        gone = set(c.old) if isinstance(c.old, tuple) else set()
        vals = value if isinstance(value, (list, tuple)) else [value]
        if not any(isinstance(v, str) and v in gone for v in vals):
            return False
        return f"no longer accepted: {', '.join(sorted(gone))}"
    if c.kind is K.PARAM_NULLABILITY_CHANGED:
        if value is not None:
            return False
        return f"leave {kw}= out instead of None" if client else f"do not send {kw!r} as null"
    return False
