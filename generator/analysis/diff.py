"""``mbgen diff``: what changed in the API between two models, and how much it breaks.

Endpoints are matched on method and a normalised path: ``:id`` and ``{id}`` are one
placeholder, a trailing slash does not count, and a renamed placeholder is the same route
with a renamed parameter. Exact documented paths pair first, then shapes. The severity rules
are in docs/diff.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from generator.analysis import shapes
from generator.analysis.changes import BREAKING, CLIENT, NON_BREAKING, SERVER, Change, Diff
from generator.core import naming
from generator.core import types as tx
from generator.core.model import ApiModel, Endpoint, Param
from generator.runtime import CLIENT_MEMBERS

__all__ = ["BREAKING", "CLIENT", "NON_BREAKING", "SERVER", "Change", "Diff", "diff"]


@cache
def colon_path(path: str) -> str:
    """The documented path with ``{x}`` written ``:x``: the one style reports print."""
    return re.sub(r"\{([^}]+)\}", r":\1", path)


@cache
def exact_key(path: str) -> str:
    """The documented path with ``{x}`` written ``:x`` and no trailing slash."""
    return colon_path(path).rstrip("/") or "/"


@cache
def shape_key(path: str) -> str:
    """The path with every placeholder the same and no trailing slash."""
    return re.sub(r":[A-Za-z0-9_\-?]+", ":_", exact_key(path))


def _buckets(
    endpoints: list[Endpoint], key: Callable[[str], str]
) -> dict[tuple[str, str], list[Endpoint]]:
    out: dict[tuple[str, str], list[Endpoint]] = {}
    for e in endpoints:
        out.setdefault((e.method, key(e.path)), []).append(e)
    return out


def _take(
    olds: list[Endpoint],
    news: dict[tuple[str, str], list[Endpoint]],
    key: Callable[[str], str],
    pairs: list[tuple[Endpoint, Endpoint]],
) -> list[Endpoint]:
    """Pair each old endpoint with the first new one of its key; the old ones left over."""
    rest = []
    for e in olds:
        bucket = news.get((e.method, key(e.path)))
        if bucket:
            pairs.append((e, bucket.pop(0)))
        else:
            rest.append(e)
    return rest


def pair_endpoints(
    old: ApiModel, new: ApiModel
) -> tuple[list[tuple[Endpoint, Endpoint]], list[Endpoint], list[Endpoint]]:
    """(matched pairs, removed, added)."""
    olds = sorted(old.endpoints, key=lambda e: (e.path, e.method))
    news = sorted(new.endpoints, key=lambda e: (e.path, e.method))
    pairs: list[tuple[Endpoint, Endpoint]] = []
    left_new = _buckets(news, exact_key)
    rest_old = _take(olds, left_new, exact_key, pairs)
    by_shape = _buckets([e for b in left_new.values() for e in b], shape_key)
    removed = _take(rest_old, by_shape, shape_key, pairs)
    added = sorted((e for b in by_shape.values() for e in b), key=lambda e: (e.path, e.method))
    return pairs, removed, added


def method_names(model: ApiModel) -> dict[tuple[str, str], str]:
    """``(method, path)`` -> ``card.get``: the generated client's names, as it makes them."""
    return _method_names(model)


def _method_names(model: ApiModel) -> dict[tuple[str, str], str]:
    by_ns: dict[str, list[tuple[str, str]]] = {}
    for e in model.endpoints:
        by_ns.setdefault(e.namespace, []).append((e.method, e.path))
    out: dict[tuple[str, str], str] = {}
    for ns, routes in by_ns.items():
        for route, name in naming.method_names(routes).items():
            out[route] = f"{naming.resource_attr(ns, CLIENT_MEMBERS)}.{name}"
    return out


def family(source_format: str) -> str:
    """``markdown`` or ``openapi``: documentation formats that say the same things."""
    return source_format.split("-", 1)[0]


class _Collector:
    def __init__(self, old: ApiModel, new: ApiModel) -> None:
        self.changes: list[Change] = []
        self.old_names, self.new_names = _method_names(old), _method_names(new)
        self.pair: tuple[Endpoint | None, Endpoint | None] = (None, None)
        same_family = family(old.source_format) == family(new.source_format)
        # Across the Markdown/OpenAPI boundary some facts are not comparable: Markdown docs
        # give no locations (mbgen assigns query/body by method), state superuser checks in
        # prose that OpenAPI descriptions drop, and OpenAPI documents of some releases drop
        # the nullability of optional parameters.
        self.same_family = same_family

    def add(
        self,
        ep: Endpoint,
        kind: str,
        breaks: tuple[str, ...],
        message: str,
        param: str | None = None,
        old: str | None = None,
        new: str | None = None,
        kws: tuple[Param | None, Param | None] = (None, None),
    ) -> None:
        a, b = self.pair
        self.changes.append(
            Change(
                kind=kind,
                severity=BREAKING if breaks else NON_BREAKING,
                breaks=breaks,
                method=ep.method,
                path=colon_path(ep.path),
                namespace=ep.namespace,
                message=message,
                param=param,
                old=old,
                new=new,
                old_path=colon_path(a.path) if a else None,
                py_old=self.old_names[(a.method, a.path)] if a else None,
                py_new=self.new_names[(b.method, b.path)] if b else None,
                kw_old=kws[0].python_name if kws[0] else None,
                kw_new=kws[1].python_name if kws[1] else None,
            )
        )


def _outside_api(path: str) -> bool:
    return not (path == "/api" or path.startswith("/api/"))


def diff(old: ApiModel, new: ApiModel) -> Diff:
    pairs, removed, added = pair_endpoints(old, new)
    out = _Collector(old, new)
    # OpenAPI-era documents cover /api only: a route outside it that NEW documents nothing
    # of is not covered by the new docs, which says nothing of the server.
    new_covers_outside = any(_outside_api(e.path) for e in new.endpoints)
    for e in removed:
        out.pair = (e, None)
        if _outside_api(e.path) and not new_covers_outside:
            out.add(e, "endpoint-not-covered", (), "not covered by the new docs")
        else:
            out.add(e, "endpoint-removed", (SERVER, CLIENT), "endpoint removed")
    for e in added:
        out.pair = (None, e)
        out.add(e, "endpoint-added", (), "endpoint added")
    for a, b in pairs:
        out.pair = (a, b)
        _endpoint_changes(a, b, out)
        for kind, breaks, message, key in shapes.response_changes(a.returns, old, b.returns, new):
            out.add(
                b, kind, breaks, message, old=key if breaks else None, new=None if breaks else key
            )
        was, now = out.old_names[(a.method, a.path)], out.new_names[(b.method, b.path)]
        if was != now:
            out.add(
                b,
                "method-renamed",
                (CLIENT,),
                f"client method {was} is now {now}",
                old=was,
                new=now,
            )
    changes = sorted(
        out.changes, key=lambda c: (c.namespace, c.path, c.method, c.kind, c.param or "")
    )
    return Diff(old, new, changes)


def _flag(
    a: Endpoint,
    b: Endpoint,
    out: _Collector,
    attr: str,
    kind: str,
    on_breaks: tuple[str, ...],
    words: str,
) -> None:
    was, now = getattr(a, attr), getattr(b, attr)
    if was != now:
        out.add(
            b,
            kind,
            on_breaks if now else (),
            f"{b.method} {colon_path(b.path)} {'now' if now else 'no longer'} {words}",
            old=str(was).lower(),
            new=str(now).lower(),
        )


def _endpoint_changes(a: Endpoint, b: Endpoint, out: _Collector) -> None:
    if out.same_family:
        _flag(a, b, out, "superuser", "superuser-changed", (SERVER,), "requires a superuser")
    _flag(a, b, out, "deprecated", "deprecated-changed", (), "is deprecated")
    _flag(a, b, out, "enterprise", "enterprise-changed", (SERVER,), "belongs to paid-plan features")
    old_path = [p for p in a.params if p.location == "path"]
    new_path = [p for p in b.params if p.location == "path"]
    matched: list[tuple[Param, Param]] = []
    for p, q in zip(old_path, new_path, strict=False):
        matched.append((p, q))
        if p.name != q.name:
            breaks: tuple[str, ...] = (CLIENT,) if p.python_name != q.python_name else ()
            out.add(
                b,
                "param-renamed",
                breaks,
                f"path parameter {p.name!r} is now {q.name!r}",
                param=q.name,
                kws=(p, q),
                old=p.name,
                new=q.name,
            )
    old_rest = {_key(p): p for p in a.params if p.location != "path"}
    new_rest = {_key(p): p for p in b.params if p.location != "path"}
    for p in old_path[len(new_path) :]:
        old_rest.setdefault(p.name, p)
    for q in new_path[len(old_path) :]:
        new_rest.setdefault(q.name, q)
    for name in sorted(old_rest.keys() & new_rest.keys()):
        matched.append((old_rest[name], new_rest[name]))
    containers = {k for k in new_rest if any(_key(p).startswith(k + ".") for p in a.params)}
    for key in sorted(old_rest.keys() - new_rest.keys()):
        p = old_rest[key]
        typed = _typed_instead(p, new_rest.values(), out.same_family)
        if typed is not None:
            out.add(b, typed[0], typed[1], typed[2], param=p.name, kws=(p, None))
            continue
        if len(p.wire_path) > 1 and p.wire_path[0] in containers:
            box = new_rest[p.wire_path[0]].python_name
            msg = f"{p.python_name}= now goes inside {box}= (as its {p.wire_path[-1]!r} key)"
            out.add(b, "param-nested-typed", (CLIENT,), msg, param=p.name, kws=(p, None))
            continue
        out.add(
            b,
            "param-removed",
            (SERVER, CLIENT),
            f"{p.location} parameter {p.name!r} removed",
            param=p.name,
            kws=(p, None),
        )
    for key in sorted(new_rest.keys() - old_rest.keys()):
        q = new_rest[key]
        added_breaks: tuple[str, ...] = (SERVER, CLIENT) if q.needed else ()
        if q.needed and key in containers:
            added_breaks = (CLIENT,)  # the object was sent before, built from its keys
        req = "required" if q.needed else "optional"
        out.add(
            b,
            "param-added",
            added_breaks,
            f"{req} {q.location} parameter {q.name!r} added",
            param=q.name,
            kws=(None, q),
            new=q.type.render(),
        )
    for p, q in matched:
        _param_changes(b, p, q, out)


def _key(p: Param) -> str:
    """What pairs a parameter across releases: where it goes on the wire (its key path;
    ``value-pairs`` read as ``values`` pairs with ``values``), or the whole body or map."""
    if p.whole_body:
        return "<whole body>" if p.location in ("body", "multipart") else "<whole query map>"
    return ".".join(p.wire_path)


def _typed_instead(
    p: Param, new: Iterable[Param], same_family: bool
) -> tuple[str, tuple[str, ...], str] | None:
    """A whole body or map of the old release that the new one types key by key, or no
    longer names at all: (kind, breaks, message); None for any other parameter."""
    if not p.whole_body:
        return None
    body = p.location in ("body", "multipart")
    places = ("body", "multipart") if body else ("query", "form")
    what = "the whole body" if body else "the map of query parameters"
    extra = "extra_body=" if body else "extra_query="
    if any(q.location in places and not q.whole_body for q in new):
        kind = "param-whole-body-typed" if body else "param-whole-map-typed"
        return (
            kind,
            (CLIENT,),
            (
                f"{what} ({p.python_name}=) is now typed keyword arguments; "
                f"other keys go in {extra}"
            ),
        )
    # Docs of another format may just not describe it: only the keyword is surely gone.
    breaks = (SERVER, CLIENT) if same_family else (CLIENT,)
    return (
        "param-whole-dropped",
        breaks,
        (f"{what} ({p.python_name}=) is no longer a keyword argument; send it with {extra}"),
    )


_INFORMED = ("prose", "schema")


def _param_changes(ep: Endpoint, p: Param, q: Param, out: _Collector) -> None:
    """Changes of one parameter. Required-ness, nullability and type are compared only where
    both sides were documented (``type_origin`` prose or schema): a type mbgen guessed from
    a name, or could not know, is no evidence of a change."""
    name = q.name
    informed = p.type_origin in _INFORMED and q.type_origin in _INFORMED
    if p.location != q.location and (out.same_family or "path" in (p.location, q.location)):
        out.add(
            ep,
            "param-moved",
            (SERVER,),
            f"parameter {name!r} moved from {p.location} to {q.location}",
            param=name,
            kws=(p, q),
            old=p.location,
            new=q.location,
        )
    if p.python_name != q.python_name and (p.name == q.name or p.location != "path"):
        out.add(
            ep,
            "param-renamed",
            (CLIENT,),
            f"keyword {p.python_name!r} is now {q.python_name!r}",
            param=name,
            kws=(p, q),
            old=p.python_name,
            new=q.python_name,
        )
    if not informed:
        return
    if p.needed != q.needed and q.location != "path":
        out.add(
            ep,
            "param-required-changed",
            (SERVER, CLIENT) if q.needed else (),
            f"parameter {name!r} is now {'required' if q.needed else 'optional'}",
            param=name,
            kws=(p, q),
            old=str(p.needed).lower(),
            new=str(q.needed).lower(),
        )
    # Only JSON has null: a query string, a path, a form or a multipart part cannot carry
    # one, so nullability there is not a change on the wire.
    wire = p.location == q.location == "body"
    if wire and p.nullable != q.nullable and (out.same_family or (p.required and q.required)):
        out.add(
            ep,
            "param-nullability-changed",
            () if q.nullable else (SERVER,),
            f"parameter {name!r} {'may now be null' if q.nullable else 'may no longer be null'}",
            param=name,
            kws=(p, q),
            old=str(p.nullable).lower(),
            new=str(q.nullable).lower(),
        )
    _type_changes(ep, p, q, out)


def _type_changes(ep: Endpoint, p: Param, q: Param, out: _Collector) -> None:
    told = canonical(tx.strip_none(p.type))
    tnew = canonical(tx.strip_none(q.type))
    if told == tnew or tx.ANY in (told, tnew):
        return
    name = q.name
    if p.enum and q.enum and told.kind == tnew.kind:
        gone = [v for v in p.enum if v not in q.enum]
        new = [v for v in q.enum if v not in p.enum]
        if gone:
            out.add(
                ep,
                "param-enum-values-removed",
                (SERVER,),
                f"parameter {name!r} no longer accepts {', '.join(map(repr, gone))}",
                param=name,
                kws=(p, q),
                old=", ".join(gone),
            )
        if new:
            out.add(
                ep,
                "param-enum-values-added",
                (),
                f"parameter {name!r} now also accepts {', '.join(map(repr, new))}",
                param=name,
                kws=(p, q),
                new=", ".join(new),
            )
        return
    breaks: tuple[str, ...]
    if tx.accepts(tnew, told):
        kind, breaks, how = "param-type-widened", (), "widened"
    elif tx.accepts(told, tnew):
        kind, breaks, how = "param-type-narrowed", (SERVER,), "narrowed"
    else:
        kind, breaks, how = "param-type-changed", (SERVER,), "changed"
    out.add(
        ep,
        kind,
        breaks,
        f"parameter {name!r} type {how}: {p.type.render()} -> {q.type.render()}",
        param=name,
        kws=(p, q),
        old=p.type.render(),
        new=q.type.render(),
    )


@cache
def canonical(t: tx.T) -> tx.T:
    """The type with literal values and union members in one order: values that only
    changed order are the same type. A named object schema is compared as the JSON object
    it is (``dict[str, Any]``): its name is mbgen's, and a renamed schema is no change."""
    if t.kind is tx.Kind.REF:
        return tx.DICT
    if t.kind is tx.Kind.LITERAL:
        return tx.T(t.kind, values=tuple(sorted(t.values)))
    args = tuple(canonical(a) for a in t.args)
    if t.kind is tx.Kind.UNION:
        args = tuple(sorted(args, key=lambda a: a.render()))
    return tx.T(t.kind, t.name, args, t.values)
