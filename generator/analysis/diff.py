"""``mbgen diff``: what changed in the API between two models, and how much it breaks.

Endpoints are matched on method and a normalised path: ``:id`` and ``{id}`` are one
placeholder, a trailing slash does not count, and a renamed placeholder is the same route
with a renamed parameter. Exact documented paths pair first, then shapes. The severity rules
are in docs/diff.md.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.analysis import moves, shapes
from generator.analysis.changes import (
    BREAKING,
    CLIENT,
    NON_BREAKING,
    SERVER,
    Change,
    ChangeValue,
    Diff,
)
from generator.analysis.kinds import ChangeKind, Who, checked_breaks, severity
from generator.analysis.kinds import ChangeKind as K
from generator.analysis.param_changes import param_changes, param_key, typed_instead
from generator.core.model import PATH, ApiModel, Endpoint, Param
from generator.core.route import colon_path, exact_key, shape_key
from generator.core.surface import qualnames_of

__all__ = [
    "BREAKING",
    "CLIENT",
    "NON_BREAKING",
    "SERVER",
    "Change",
    "Diff",
    "colon_path",
    "diff",
    "exact_key",
    "shape_key",
]


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
    """``(method, path)`` -> ``card.get``: the generated client's names (its surface)."""
    return qualnames_of(model)


def family(source_format: str) -> str:
    """``markdown`` or ``openapi``: documentation formats that say the same things."""
    return source_format.split("-", 1)[0]


class _Collector:
    def __init__(self, old: ApiModel, new: ApiModel) -> None:
        self.changes: list[Change] = []
        self.old_names, self.new_names = method_names(old), method_names(new)
        self.pair: tuple[Endpoint | None, Endpoint | None] = (None, None)
        same_family = family(old.source_format) == family(new.source_format)
        # Across the Markdown/OpenAPI boundary some facts are not comparable: Markdown docs
        # give no locations (mbgen assigns query/body by method), state superuser checks in
        # prose that OpenAPI descriptions drop, and OpenAPI documents of some releases drop
        # the nullability of optional parameters.
        self.same_family = same_family
        self.shapes = shapes.Shapes(old, new)

    def add(
        self,
        ep: Endpoint,
        kind: ChangeKind,
        breaks: tuple[Who, ...],
        message: str,
        param: str | None = None,
        old: ChangeValue | None = None,
        new: ChangeValue | None = None,
        kws: tuple[Param | None, Param | None] = (None, None),
    ) -> None:
        a, b = self.pair
        self.changes.append(
            Change(
                kind=kind,
                severity=severity(checked_breaks(kind, breaks)),
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
    moved, removed, added = moves.find_moves(removed, added, shape_key)
    out = _Collector(old, new)
    # OpenAPI-era documents cover /api only: a route outside it that NEW documents nothing
    # of is not covered by the new docs, which says nothing of the server.
    new_covers_outside = any(_outside_api(e.path) for e in new.endpoints)
    for e in removed:
        out.pair = (e, None)
        if _outside_api(e.path) and not new_covers_outside:
            out.add(e, K.ENDPOINT_NOT_COVERED, (), "not covered by the new docs")
        else:
            out.add(e, K.ENDPOINT_REMOVED, (SERVER, CLIENT), "endpoint removed")
    for e in added:
        out.pair = (None, e)
        out.add(e, K.ENDPOINT_ADDED, (), "endpoint added")
    for a, b in moved:
        out.pair = (a, b)
        old_route, new_route = colon_path(a.path), colon_path(b.path)
        msg = f"moved to {b.method} {new_route}"  # the python label names the new method
        out.add(b, K.ENDPOINT_MOVED, (SERVER, CLIENT), msg, old=old_route, new=new_route)
        _pair_changes(a, b, out)
    for a, b in pairs:
        out.pair = (a, b)
        _pair_changes(a, b, out)
        was, now = out.old_names[(a.method, a.path)], out.new_names[(b.method, b.path)]
        if was != now:
            out.add(
                b,
                K.METHOD_RENAMED,
                (CLIENT,),
                f"client method {was} is now {now}",
                old=was,
                new=now,
            )
    changes = sorted(
        out.changes, key=lambda c: (c.namespace, c.path, c.method, c.kind, c.param or "")
    )
    return Diff(old, new, changes)


def _pair_changes(a: Endpoint, b: Endpoint, out: _Collector) -> None:
    """What changed between two endpoints that are one operation (paired, or moved)."""
    _endpoint_changes(a, b, out)
    for kind, breaks, message, key in out.shapes.changes(a.returns, b.returns):
        out.add(b, kind, breaks, message, old=key if breaks else None, new=None if breaks else key)


def _flag(
    a: Endpoint,
    b: Endpoint,
    out: _Collector,
    attr: str,
    kind: ChangeKind,
    on_breaks: tuple[Who, ...],
    words: str,
) -> None:
    was, now = getattr(a, attr), getattr(b, attr)
    if was != now:
        out.add(
            b,
            kind,
            on_breaks if now else (),
            f"{b.method} {colon_path(b.path)} {'now' if now else 'no longer'} {words}",
            old=bool(was),
            new=bool(now),
        )


def _endpoint_changes(a: Endpoint, b: Endpoint, out: _Collector) -> None:
    if out.same_family:
        _flag(a, b, out, "superuser", K.SUPERUSER_CHANGED, (SERVER,), "requires a superuser")
    _flag(a, b, out, "deprecated", K.DEPRECATED_CHANGED, (), "is deprecated")
    _flag(a, b, out, "enterprise", K.ENTERPRISE_CHANGED, (SERVER,), "belongs to paid-plan features")
    if a.params == b.params:  # most routes of two releases: nothing below can differ
        return
    old_path = [p for p in a.params if p.location == PATH]
    new_path = [p for p in b.params if p.location == PATH]
    matched: list[tuple[Param, Param]] = []
    for p, q in zip(old_path, new_path, strict=False):
        matched.append((p, q))
        if p.name != q.name:
            breaks: tuple[Who, ...] = (CLIENT,) if p.python_name != q.python_name else ()
            out.add(
                b,
                K.PARAM_RENAMED,
                breaks,
                f"path parameter {p.name!r} is now {q.name!r}",
                param=q.name,
                kws=(p, q),
                old=p.name,
                new=q.name,
            )
    old_rest = {param_key(p): p for p in a.params if p.location != PATH}
    new_rest = {param_key(p): p for p in b.params if p.location != PATH}
    for p in old_path[len(new_path) :]:
        old_rest.setdefault(p.name, p)
    for q in new_path[len(old_path) :]:
        new_rest.setdefault(q.name, q)
    for name in sorted(old_rest.keys() & new_rest.keys()):
        matched.append((old_rest[name], new_rest[name]))
    nested = [k for k in map(param_key, a.params) if "." in k]  # most routes have none
    containers = {k for k in new_rest if any(n.startswith(k + ".") for n in nested)}
    _gone_and_added(b, old_rest, new_rest, containers, out)
    for p, q in matched:
        param_changes(b, p, q, out)


def _gone_and_added(
    b: Endpoint,
    old_rest: dict[str, Param],
    new_rest: dict[str, Param],
    containers: set[str],
    out: _Collector,
) -> None:
    """The parameters only one side has (path parameters aside): typed instead, nested,
    removed, or added."""
    for key in sorted(old_rest.keys() - new_rest.keys()):
        p = old_rest[key]
        typed = typed_instead(p, new_rest.values(), out.same_family)
        if typed is not None:
            kind, breaks_, msg, extra = typed
            out.add(b, kind, breaks_, msg, param=p.name, kws=(p, None), new=extra)
            continue
        if len(p.wire_path) > 1 and p.wire_path[0] in containers:
            box = new_rest[p.wire_path[0]].python_name
            msg = f"{p.python_name}= now goes inside {box}= (as its {p.wire_path[-1]!r} key)"
            out.add(b, K.PARAM_NESTED_TYPED, (CLIENT,), msg, param=p.name, kws=(p, None), new=box)
            continue
        out.add(
            b,
            K.PARAM_REMOVED,
            (SERVER, CLIENT),
            f"{p.location} parameter {p.name!r} removed",
            param=p.name,
            kws=(p, None),
        )
    for key in sorted(new_rest.keys() - old_rest.keys()):
        q = new_rest[key]
        added_breaks: tuple[Who, ...] = (SERVER, CLIENT) if q.needed else ()
        if q.needed and key in containers:
            added_breaks = (CLIENT,)  # the object was sent before, built from its keys
        req = "required" if q.needed else "optional"
        out.add(
            b,
            K.PARAM_ADDED,
            added_breaks,
            f"{req} {q.location} parameter {q.name!r} added",
            param=q.name,
            kws=(None, q),
            new=q.type,
        )
