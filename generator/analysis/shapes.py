"""Changes inside the JSON a route answers (issue: typed all the way down): the keys of the
object schemas its 2XX response is, compared old against new.

A key the old answer had and the new one lacks is breaking for the client (code reading it
gets nothing, and no longer type-checks); a key that is no longer always there likewise, and
a key whose values the old type does not all accept (``str`` -> ``int``, ``str`` -> ``str |
None``; objects count as ``dict[str, Any]`` here, compared key by key below); a new key is
not breaking, nor a narrower type. Object schemas are compared by their fields, never by their names
(names are mbgen's), down nested objects, each pair of schemas once.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.analysis.kinds import ChangeKind, Who
from generator.analysis.kinds import ChangeKind as K
from generator.core import types as tx
from generator.core.model import ApiModel, ObjectSchema

CLIENT = Who.CLIENT


_BY_NAME: dict[int, tuple[tuple[ObjectSchema, ...], dict[str, ObjectSchema]]] = {}


def _by_name(model: ApiModel) -> dict[str, ObjectSchema]:
    """The model's schemas by name, made once per model (a release has hundreds)."""
    hit = _BY_NAME.get(id(model.schemas))
    if hit is None or hit[0] is not model.schemas:
        if len(_BY_NAME) > 16:
            _BY_NAME.clear()
        hit = _BY_NAME[id(model.schemas)] = (model.schemas, {s.name: s for s in model.schemas})
    return hit[1]


def _objects(t: tx.T, model: ApiModel) -> list[ObjectSchema]:
    """The object schemas a type is, through lists, unions and None."""
    schemas = _by_name(model)
    return [schemas[n.name] for n in t.walk() if n.kind is tx.Kind.REF and n.name in schemas]


def _first_object(t: tx.T, model: ApiModel) -> ObjectSchema | None:
    """The object a response mostly is: the first schema at the top (or in its list)."""
    top = tx.strip_none(t) if t.kind is tx.Kind.UNION else t
    if top.kind is tx.Kind.LIST:
        top = top.args[0]
    return _by_name(model).get(top.name) if top.kind is tx.Kind.REF else None


def response_changes(
    old_t: tx.T, old: ApiModel, new_t: tx.T, new: ApiModel
) -> Iterator[tuple[ChangeKind, tuple[Who, ...], str, str]]:
    """(kind, breaks, message, key path) for every key added, removed or made optional
    between the old and the new answer."""
    a, b = _first_object(old_t, old), _first_object(new_t, new)
    if a is None or b is None:
        return
    yield from _compare(a, old, b, new, "", set())


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


def _compare(
    a: ObjectSchema,
    old: ApiModel,
    b: ObjectSchema,
    new: ApiModel,
    prefix: str,
    seen: set[tuple[str, str]],
) -> Iterator[tuple[ChangeKind, tuple[Who, ...], str, str]]:
    if (a.name, b.name) in seen or len(seen) > 200:
        return
    seen.add((a.name, b.name))
    olds = {f.key: f for f in a.fields}
    news = {f.key: f for f in b.fields}
    for key in sorted(olds.keys() - news.keys()):
        if b.additional is None:
            path = prefix + key
            yield K.RESPONSE_KEY_REMOVED, (CLIENT,), f"the answer no longer has {path!r}", path
    for key in sorted(news.keys() - olds.keys()):
        path = prefix + key
        yield K.RESPONSE_KEY_ADDED, (), f"the answer now has {path!r}", path
    for key in sorted(olds.keys() & news.keys()):
        f, g = olds[key], news[key]
        path = prefix + key
        if f.required and not g.required:
            yield K.RESPONSE_KEY_OPTIONAL, (CLIENT,), f"{path!r} may now be missing", path
        if _retyped(f.type, g.type):
            was, now = f.type.render(), g.type.render()
            yield K.RESPONSE_KEY_RETYPED, (CLIENT,), f"{path!r} is now {now} (was {was})", path
        sub_a, sub_b = _first_object(f.type, old), _first_object(g.type, new)
        if sub_a is not None and sub_b is not None:
            yield from _compare(sub_a, old, sub_b, new, path + ".", seen)
