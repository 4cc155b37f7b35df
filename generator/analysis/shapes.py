"""Changes inside the JSON a route answers (issue: typed all the way down): the keys of the
object schemas its 2XX response is, compared old against new.

A key the old answer had and the new one lacks is breaking for the client (code reading it
gets nothing, and no longer type-checks); a key that is no longer always there likewise, and
a key whose values the old type does not all accept (``str`` -> ``int``, ``str`` -> ``str |
None``; objects count as ``dict[str, Any]`` here, compared key by key below); a new key is
not breaking, nor a narrower type. Object schemas are compared by their fields, never by their names
(names are mbgen's), down nested objects, each pair of schemas once per answer.

A diff compares the same schemas for many routes (a release's answers share them), so a
``Shapes`` works out each pair of schemas' own keys once, and each pair of answers once.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from generator.analysis.kinds import ChangeKind, Who
from generator.analysis.kinds import ChangeKind as K
from generator.core import types as tx
from generator.core.model import ApiModel, ObjectSchema, SchemaField

CLIENT = Who.CLIENT

# (kind, breaks, message, key path)
ResponseChange = tuple[ChangeKind, tuple[Who, ...], str, str]


def _first_object(t: tx.T, schemas: dict[str, ObjectSchema]) -> ObjectSchema | None:
    """The object a response mostly is: the first schema at the top (or in its list), of
    ``schemas`` (a model's, by name)."""
    top = t
    if top.kind is tx.Kind.UNION:  # tx.strip_none, without building what it drops
        rest = [a for a in top.args if a.kind is not tx.Kind.NONE or a != tx.NONE]
        if len(rest) != 1:
            return None
        top = rest[0]
    if top.kind is tx.Kind.LIST:
        top = top.args[0]
    return schemas.get(top.name) if top.kind is tx.Kind.REF else None


_OBJECT = tx.dict_of(tx.ANY)


def _retyped(old: tx.T, new: tx.T) -> bool:
    """Whether the new type has values the old one does not accept (both typed)."""
    if old == new or tx.is_untyped(old) or tx.is_untyped(new):
        return False
    a, b = _as_objects(old), _as_objects(new)
    return a != b and not tx.accepts(a, b)


def _as_objects(t: tx.T) -> tx.T:
    """``t`` with every object schema as ``dict[str, Any]`` (their keys are compared apart)."""
    if t.kind is tx.Kind.REF:
        return _OBJECT
    if not t.args:
        return t
    args = [_as_objects(a) for a in t.args]
    return tx.union(args) if t.kind is tx.Kind.UNION else tx.T(t.kind, t.name, tuple(args))


# A schema's fields by key, each with the object schema it holds (None when it holds none).
_Fields = dict[str, tuple[SchemaField, ObjectSchema | None]]


class _Common(NamedTuple):
    """A key both schemas have: whether it became optional, its types as written when the
    new one has values the old refuses, and the pair of objects it holds (None when either
    side is not an object)."""

    key: str
    optional: bool
    retyped: tuple[str, str] | None
    subs: tuple[ObjectSchema, ObjectSchema] | None


class _Keys(NamedTuple):
    """One pair of schemas' own keys: removed (when the new one takes no others), added,
    and the keys both have."""

    removed: tuple[str, ...]
    added: tuple[str, ...]
    common: tuple[_Common, ...]


class Shapes:
    """The response changes between two models, each pair of schemas worked out once."""

    def __init__(self, old: ApiModel, new: ApiModel) -> None:
        # each model's schemas by name, held only as long as the diff (a release has hundreds)
        self._schemas = ({s.name: s for s in old.schemas}, {s.name: s for s in new.schemas})
        self._keys: dict[tuple[str, str], _Keys] = {}
        self._fields: tuple[dict[str, _Fields], dict[str, _Fields]] = ({}, {})
        self._answers: dict[tuple[str, str], list[ResponseChange]] = {}

    def changes(self, old_t: tx.T, new_t: tx.T) -> list[ResponseChange]:
        """(kind, breaks, message, key path) for every key added, removed, made optional or
        retyped between the old and the new answer."""
        a, b = _first_object(old_t, self._schemas[0]), _first_object(new_t, self._schemas[1])
        if a is None or b is None:
            return []
        hit = self._answers.get((a.name, b.name))
        if hit is None:
            hit = self._answers[(a.name, b.name)] = []
            self._compare(a, b, "", set(), hit)
        return hit

    def _of(self, s: ObjectSchema, side: int) -> _Fields:
        """A schema's fields by key, each with the object it holds (once per schema)."""
        hit = self._fields[side].get(s.name)
        if hit is None:
            schemas = self._schemas[side]
            hit = {f.key: (f, _first_object(f.type, schemas)) for f in s.fields}
            self._fields[side][s.name] = hit
        return hit

    def _pair(self, a: ObjectSchema, b: ObjectSchema) -> _Keys:
        hit = self._keys.get((a.name, b.name))
        if hit is not None:
            return hit
        olds, news = self._of(a, 0), self._of(b, 1)
        common = []
        for key in sorted(olds.keys() & news.keys()):
            (f, sub_a), (g, sub_b) = olds[key], news[key]
            retyped = (f.type.render(), g.type.render()) if _retyped(f.type, g.type) else None
            subs = (sub_a, sub_b) if sub_a is not None and sub_b is not None else None
            common.append(_Common(key, f.required and not g.required, retyped, subs))
        removed = sorted(olds.keys() - news.keys()) if b.additional is None else []
        hit = _Keys(tuple(removed), tuple(sorted(news.keys() - olds.keys())), tuple(common))
        self._keys[(a.name, b.name)] = hit
        return hit

    def _compare(
        self,
        a: ObjectSchema,
        b: ObjectSchema,
        prefix: str,
        seen: set[tuple[str, str]],
        out: list[ResponseChange],
    ) -> None:
        if (a.name, b.name) in seen or len(seen) > 200:
            return
        seen.add((a.name, b.name))
        keys = self._pair(a, b)
        for key in keys.removed:
            path = prefix + key
            out.append(
                (K.RESPONSE_KEY_REMOVED, (CLIENT,), f"the answer no longer has {path!r}", path)
            )
        for key in keys.added:
            path = prefix + key
            out.append((K.RESPONSE_KEY_ADDED, (), f"the answer now has {path!r}", path))
        for c in keys.common:
            path = prefix + c.key
            if c.optional:
                out.append(
                    (K.RESPONSE_KEY_OPTIONAL, (CLIENT,), f"{path!r} may now be missing", path)
                )
            if c.retyped is not None:
                was, now = c.retyped
                message = f"{path!r} is now {now} (was {was})"
                out.append((K.RESPONSE_KEY_RETYPED, (CLIENT,), message, path))
            if c.subs is not None:
                self._compare(c.subs[0], c.subs[1], path + ".", seen, out)


def response_changes(
    old_t: tx.T, old: ApiModel, new_t: tx.T, new: ApiModel
) -> Iterator[ResponseChange]:
    """``Shapes(old, new).changes``, for one pair of answers (``Shapes`` for many)."""
    yield from Shapes(old, new).changes(old_t, new_t)
