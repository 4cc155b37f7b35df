"""One OpenAPI parameter or request body into model parameters, typed from its schema."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from generator.core import naming
from generator.core import types as tx
from generator.core.diagnostics import Diagnostics, Location
from generator.core.model import PATH, BodyFormat, Param
from generator.core.model import Location as Place
from generator.core.pointer import pointer_parts
from generator.readers import constraints
from generator.readers.openapi.schema_types import Resolver, Where
from generator.readers.params import typed_param

# Request body media types and how the client sends them (their parameters' location).
_BODY_FORMATS: dict[str, BodyFormat] = {
    "application/json": "json",
    "multipart/form-data": "multipart",
    "application/x-www-form-urlencoded": "form",
}


def _default(name: str, schema: Any, t: tx.T, where: Location, diags: Diagnostics) -> str | None:
    """The schema's scalar default as JSON text, when it is a value of the type."""
    if not isinstance(schema, dict) or not isinstance(
        schema.get("default"), (str, int, float, bool)
    ):
        return None
    value = schema["default"]
    if tx.accepts(tx.strip_none(t), _value_type(value)):
        return json.dumps(value)
    base = tx.strip_none(t) if t != tx.NONE else tx.ANY
    diags.warning("bad-default", f"default {value!r} of {name!r} is not a {base.render()}", where)
    return None


def param(
    name: str,
    location: Place,
    required: bool,
    schema: Any,
    description: Any,
    resolver: Resolver,
    where: Location,
    diags: Diagnostics,
    whole_body: bool = False,
    at: Where | None = None,
) -> Param:
    t = tx.ANY if schema is None else resolver.type_of(schema, at)
    nullable = t.nullable
    base = tx.strip_none(t) if t != tx.NONE else tx.ANY
    desc = description if isinstance(description, str) and description.strip() else None
    if desc is None and isinstance(schema, dict) and isinstance(schema.get("description"), str):
        desc = schema["description"]
    default = _default(name, schema, t, where, diags)
    raw_schema = (
        json.dumps(schema, sort_keys=True, ensure_ascii=False) if schema is not None else None
    )
    limits = constraints.from_schema(resolver.deref(schema)[0] if schema is not None else None)
    if base == tx.ANY and not whole_body:
        # No usable JSON Schema: the prose the spec still carries, then the location, then
        # the name decide, as for the Markdown era.
        guess = typed_param(name, location, desc or "", where, 0, diags)
        shown = guess.type
        if nullable and location != PATH:
            shown = tx.nullable(shown)
        return replace(
            guess,
            required=required or location == PATH,
            type=shown,
            schema=raw_schema,
            description=desc,
            default=default,
            constraints=limits,
        )
    shown = tx.nullable(base) if nullable and location != PATH else base
    return Param(
        name=name,
        python_name=naming.identifier(name),
        location=location,
        required=required or location == PATH,
        type=shown,
        schema=raw_schema,
        description=desc,
        type_origin="schema" if base != tx.ANY else "none",
        whole_body=whole_body,
        constraints=limits,
        default=default,
    )


def _value_type(value: object) -> tx.T:
    if isinstance(value, bool):
        return tx.BOOL
    if isinstance(value, int):
        return tx.INT
    if isinstance(value, float):
        return tx.FLOAT
    return tx.literal([str(value)])


def _is_file(schema: Any, resolver: Resolver) -> bool:
    """A multipart file part: ``format: binary``, or Ring's upload map (filename, tempfile)."""
    schema, _ = resolver.deref(schema)
    if not isinstance(schema, dict):
        return False
    props = schema.get("properties")
    return schema.get("format") == "binary" or (
        isinstance(props, dict) and {"filename", "tempfile"} <= set(props)
    )


def body_params(
    body: Any, resolver: Resolver, where: Location, diags: Diagnostics, op: Where | None = None
) -> tuple[list[Param], BodyFormat]:
    """The body's parameters and how they are sent (``json``, ``form`` or ``multipart``).
    ``op`` is the operation's place (pointer parts and naming words), for naming objects."""
    parts, words = op if op is not None else ((), ("op", resolver.context))
    parts = (*parts, "requestBody")
    if isinstance(body, dict) and "$ref" in body:
        ref = str(body["$ref"])
        parts = pointer_parts(ref)
    body, _ = resolver.deref(body)
    if not isinstance(body, dict):
        return [], "json"
    content: dict[str, Any] = body["content"] if isinstance(body.get("content"), dict) else {}
    media = "application/json" if "application/json" in content else next(iter(content), None)
    if media is None:
        return [], "json"
    body_format = _BODY_FORMATS.get(media, "json")
    if media not in _BODY_FORMATS:
        diags.warning("non-json-body", f"request body is {media}; the client sends JSON", where)
    schema = content[media].get("schema") if isinstance(content[media], dict) else None
    if schema is None:
        return [], body_format
    parts = (*parts, "content", media, "schema")
    obj = resolver.object_properties(schema)
    if obj is None:
        return [
            param(
                "body",
                "body",
                bool(body.get("required")),
                schema,
                None,
                resolver,
                where,
                diags,
                whole_body=True,
                at=(parts, (*words, "body")),
            )
        ], body_format
    props, required, _ = obj
    places = {key: p for key, _, p, _ in resolver.fields_of(schema, parts)}
    params = []
    for name, prop in props.items():
        if body_format == "multipart" and _is_file(prop, resolver):
            prop = {"type": "string", "format": "binary"}
        location: Place = "body" if body_format == "json" else body_format
        at = (places.get(name, (*parts, "properties", name)), (*words, name))
        params.append(
            param(name, location, name in required, prop, None, resolver, where, diags, at=at)
        )
    return params, body_format
