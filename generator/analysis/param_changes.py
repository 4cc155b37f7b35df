"""Changes of one parameter between two releases: where it goes, whether it is required or
nullable, its type and values; and how a whole body or map of one release meets the typed
keys of the other."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Protocol

from generator.analysis.changes import CLIENT, SERVER, ChangeValue
from generator.analysis.kinds import ChangeKind, Who
from generator.analysis.kinds import ChangeKind as K
from generator.core import types as tx
from generator.core.model import BODY, BODY_LOCATIONS, PATH, QUERY_LOCATIONS, Endpoint, Param


class Collector(Protocol):
    """Where changes go (diff._Collector)."""

    same_family: bool

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
    ) -> None: ...


def param_key(p: Param) -> str:
    """What pairs a parameter across releases: where it goes on the wire (its key path;
    ``value-pairs`` read as ``values`` pairs with ``values``), or the whole body or map."""
    if p.whole_body:
        return "<whole body>" if p.location in BODY_LOCATIONS else "<whole query map>"
    return ".".join(p.wire_path)


def typed_instead(
    p: Param, new: Iterable[Param], same_family: bool
) -> tuple[ChangeKind, tuple[Who, ...], str, str] | None:
    """A whole body or map of the old release that the new one types key by key, or no
    longer names at all: (kind, breaks, message, the keyword for other keys:
    ``extra_body`` or ``extra_query``); None for any other parameter."""
    if not p.whole_body:
        return None
    body = p.location in BODY_LOCATIONS
    places = BODY_LOCATIONS if body else QUERY_LOCATIONS
    what = "the whole body" if body else "the map of query parameters"
    keyword = "extra_body" if body else "extra_query"
    extra = keyword + "="
    if any(q.location in places and not q.whole_body for q in new):
        kind = K.PARAM_WHOLE_BODY_TYPED if body else K.PARAM_WHOLE_MAP_TYPED
        return (
            kind,
            (CLIENT,),
            (
                f"{what} ({p.python_name}=) is now typed keyword arguments; "
                f"other keys go in {extra}"
            ),
            keyword,
        )
    # Docs of another format may just not describe it: only the keyword is surely gone.
    breaks = (SERVER, CLIENT) if same_family else (CLIENT,)
    return (
        K.PARAM_WHOLE_DROPPED,
        breaks,
        (f"{what} ({p.python_name}=) is no longer a keyword argument; send it with {extra}"),
        keyword,
    )


_INFORMED = ("prose", "schema")


def param_changes(ep: Endpoint, p: Param, q: Param, out: Collector) -> None:
    """Changes of one parameter. Required-ness, nullability and type are compared only where
    both sides were documented (``type_origin`` prose or schema): a type mbgen guessed from
    a name, or could not know, is no evidence of a change."""
    name = q.name
    informed = p.type_origin in _INFORMED and q.type_origin in _INFORMED
    if p.location != q.location and (out.same_family or PATH in (p.location, q.location)):
        out.add(
            ep,
            K.PARAM_MOVED,
            (SERVER,),
            f"parameter {name!r} moved from {p.location} to {q.location}",
            param=name,
            kws=(p, q),
            old=p.location,
            new=q.location,
        )
    if p.python_name != q.python_name and (p.name == q.name or p.location != PATH):
        out.add(
            ep,
            K.PARAM_RENAMED,
            (CLIENT,),
            f"keyword {p.python_name!r} is now {q.python_name!r}",
            param=name,
            kws=(p, q),
            old=p.python_name,
            new=q.python_name,
        )
    if not informed:
        return
    if p.needed != q.needed and q.location != PATH:
        out.add(
            ep,
            K.PARAM_REQUIRED_CHANGED,
            (SERVER, CLIENT) if q.needed else (),
            f"parameter {name!r} is now {'required' if q.needed else 'optional'}",
            param=name,
            kws=(p, q),
            old=p.needed,
            new=q.needed,
        )
    # Only JSON has null: a query string, a path, a form or a multipart part cannot carry
    # one, so nullability there is not a change on the wire.
    wire = p.location == q.location == BODY
    if wire and p.nullable != q.nullable and (out.same_family or (p.required and q.required)):
        out.add(
            ep,
            K.PARAM_NULLABILITY_CHANGED,
            () if q.nullable else (SERVER,),
            f"parameter {name!r} {'may now be null' if q.nullable else 'may no longer be null'}",
            param=name,
            kws=(p, q),
            old=p.nullable,
            new=q.nullable,
        )
    _type_changes(ep, p, q, out)


def _type_changes(ep: Endpoint, p: Param, q: Param, out: Collector) -> None:
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
                K.PARAM_ENUM_VALUES_REMOVED,
                (SERVER,),
                f"parameter {name!r} no longer accepts {', '.join(map(repr, gone))}",
                param=name,
                kws=(p, q),
                old=tuple(gone),
            )
        if new:
            out.add(
                ep,
                K.PARAM_ENUM_VALUES_ADDED,
                (),
                f"parameter {name!r} now also accepts {', '.join(map(repr, new))}",
                param=name,
                kws=(p, q),
                new=tuple(new),
            )
        return
    breaks: tuple[Who, ...]
    if tx.accepts(tnew, told):
        kind, breaks, how = K.PARAM_TYPE_WIDENED, (), "widened"
    elif tx.accepts(told, tnew):
        kind, breaks, how = K.PARAM_TYPE_NARROWED, (SERVER,), "narrowed"
    else:
        kind, breaks, how = K.PARAM_TYPE_CHANGED, (SERVER,), "changed"
    out.add(
        ep,
        kind,
        breaks,
        f"parameter {name!r} type {how}: {p.type.render()} -> {q.type.render()}",
        param=name,
        kws=(p, q),
        old=p.type,
        new=q.type,
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
