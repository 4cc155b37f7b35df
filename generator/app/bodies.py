"""Whole bodies the docs describe key by key become typed keyword arguments.

Mid-2024 docs document a route that reads its whole JSON body (the route facts say so) as
one parameter whose prose is a malli map, ``dash-updates map where {:name (optional) ->
<...>, ...}``. The reader types it as an object schema (readers/malli.py); here its keys
become the endpoint's body parameters, as the OpenAPI era documents them, so that
``dashboard.update(1, name="Revenue")`` works and a diff against a release that listed the
keys one by one finds no key removed. Every key the route facts say the route reads from
the body is kept, typed ``Any`` when the map does not name it: a key the server reads is
never advised away (docs/facts.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from generator import facts
from generator.core import naming
from generator.core import types as tx
from generator.core.model import BODY, Endpoint, ObjectSchema, Param, SchemaField


def typed_keys(
    params: list[Param], schemas: dict[str, ObjectSchema], ef: facts.EndpointFacts | None
) -> list[Param]:
    """``params`` with a whole-body parameter typed as an object schema replaced by the
    schema's keys (and the body keys the facts name that it lacks)."""
    out: list[Param] = []
    for p in params:
        schema = _schema_of(p, schemas)
        if schema is None:
            out.append(p)
            continue
        taken = {q.name for q in params if q is not p and q.location == BODY}
        keys = [_key(f) for f in schema.fields if f.key not in taken]
        named = taken | {k.name for k in keys}
        keys += [_read_key(name) for name in _fact_keys(ef) if name not in named]
        keys.sort(key=lambda q: q.name)
        out += keys
    return out


def _schema_of(p: Param, schemas: dict[str, ObjectSchema]) -> ObjectSchema | None:
    if not (p.whole_body and p.location == BODY):
        return None
    t = tx.strip_none(p.type)
    if t.kind is not tx.Kind.REF:
        return None
    schema = schemas.get(t.name)
    return schema if schema is not None and schema.fields else None


def _key(f: SchemaField) -> Param:
    return Param(
        name=f.key,
        python_name=naming.identifier(f.key),
        location="body",
        required=f.required,
        type=f.type,
        description=f.description,
        type_origin="prose",
    )


def _read_key(name: str) -> Param:
    """A body key the route reads that the docs' map does not name."""
    return Param(name, naming.identifier(name), "body", False, tx.ANY, type_origin="none")


def _fact_keys(ef: facts.EndpointFacts | None) -> Iterable[str]:
    for f in ef.params if ef is not None else ():
        if f.location == BODY and len(f.key_path or (f.wire_name,)) == 1:
            yield f.wire_name


def without_facts(
    endpoints: Iterable[Endpoint], schemas: dict[str, ObjectSchema]
) -> list[Endpoint]:
    """Every endpoint's whole body typed as keys, where no route facts apply."""
    out = []
    for e in endpoints:
        params = typed_keys(list(e.params), schemas, None)
        out.append(replace(e, params=tuple(params)) if len(params) != len(e.params) else e)
    return out
