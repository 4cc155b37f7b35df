"""``mbgen openapi``: an OpenAPI 3.1 document for any model, Markdown-era releases included.

Our types become JSON Schema, namespaces become tags, and Metabase's superuser, paid-plan
and override notes become ``x-metabase-*`` extensions (docs/openapi.md).
"""

from __future__ import annotations

import json
from typing import Any

from generator.core import naming
from generator.core import types as tx
from generator.core.model import (
    BODY,
    FORM,
    MULTIPART,
    PATH,
    QUERY,
    ApiModel,
    Constraints,
    Endpoint,
    ObjectSchema,
    Param,
)
from generator.core.route import openapi_path
from generator.export.schema import to_schema


def _schema(p: Param) -> dict[str, Any]:
    schema = to_schema(p.type)
    if p.default is not None:
        schema["default"] = json.loads(p.default)
    limits = constraint_keywords(p.constraints)
    if limits:
        members = schema.get("oneOf")
        real = [m for m in members if m != {"type": "null"}] if isinstance(members, list) else []
        (real[0] if len(real) == 1 else schema).update(limits)
    return schema


def constraint_keywords(c: Constraints) -> dict[str, Any]:
    """A parameter's constraints as JSON Schema 2020-12 keywords."""
    out: dict[str, Any] = {}
    if c.minimum is not None:
        out["exclusiveMinimum" if c.exclusive_minimum else "minimum"] = c.minimum
    if c.maximum is not None:
        out["exclusiveMaximum" if c.exclusive_maximum else "maximum"] = c.maximum
    min_length = max(c.min_length or 0, 1 if c.non_blank else 0)
    if min_length:
        out["minLength"] = min_length
    if c.non_blank and c.pattern is None:
        out["pattern"] = r"\S"
    if c.max_length is not None:
        out["maxLength"] = c.max_length
    if c.min_items is not None:
        out["minItems"] = c.min_items
    if c.pattern is not None:
        out["pattern"] = c.pattern
    return out


def _parameter(p: Param, where: str) -> dict[str, Any]:
    item: dict[str, Any] = {
        "name": p.wire_path[-1],
        "in": where,
        "required": where == "path" or p.needed,
        "schema": _schema(p),
    }
    if p.whole_body:  # a whole query map: any keys, each its own query parameter
        item.update(name=p.name, style="form", explode=True)
        item["schema"] = {"type": "object", "additionalProperties": True}
    if p.description:
        item["description"] = p.description
    return item


def _object(params: list[Param]) -> dict[str, Any]:
    """The JSON Schema of a body built from keys, nested where a key path says so."""
    schema: dict[str, Any] = {"type": "object", "properties": {}}
    for p in params:
        node = schema
        *parents, key = p.wire_path
        for parent in parents:
            node = node["properties"].setdefault(parent, {"type": "object", "properties": {}})
        node["properties"][key] = _schema(p)
        if p.needed:
            node.setdefault("required", []).append(key)
    return schema


_MEDIA = {"json": "application/json", "form": "application/x-www-form-urlencoded"}


def _request_body(e: Endpoint) -> dict[str, Any] | None:
    if e.body_format == "multipart":
        parts = [p for p in e.params if p.location == MULTIPART]
        schema = _object([p for p in parts if not p.whole_body])
        if any(p.whole_body for p in parts):
            schema["additionalProperties"] = True
        return {"content": {"multipart/form-data": {"schema": schema}}}
    if e.body_format == "form":
        form = [p for p in e.params if p.location == FORM]
        return {"content": {_MEDIA["form"]: {"schema": _object(form)}}}
    body = [p for p in e.params if p.location == BODY]
    whole = [p for p in body if p.whole_body]
    keys = [p for p in body if not p.whole_body]
    if not body:
        return None
    if whole and not keys:
        return {
            "required": whole[0].needed,
            "content": {_MEDIA["json"]: {"schema": _schema(whole[0])}},
        }
    schema = _object(keys)
    if whole:
        schema["additionalProperties"] = True  # the route reads the whole body too
    return {"content": {_MEDIA["json"]: {"schema": schema}}}


def _operation(e: Endpoint, op_id: str) -> dict[str, Any]:
    op: dict[str, Any] = {
        "operationId": op_id,
        "summary": f"{e.method} {e.path}",
        "tags": [e.namespace],
    }
    if e.description.strip():
        op["description"] = e.description.strip()
    in_query = [p for p in e.params if p.location == QUERY]
    if e.method in ("GET", "DELETE", "HEAD") or e.body_format != "form":
        in_query += [p for p in e.params if p.location == FORM]  # ring :params: query string
    params = [_parameter(p, "path") for p in e.params if p.location == PATH]
    params += [_parameter(p, "query") for p in in_query]
    if params:
        op["parameters"] = params
    body = _request_body(e)
    if body is not None:
        op["requestBody"] = body
    op["responses"] = _responses(e)
    if e.deprecated:
        op["deprecated"] = True
    op["x-metabase-superuser"] = e.superuser
    op["x-metabase-paid-plan"] = e.enterprise
    if e.enterprise_override:
        op["x-metabase-enterprise-override"] = True
    op["x-metabase-source"] = [str(s) for s in e.sources]
    return op


def _responses(e: Endpoint) -> dict[str, Any]:
    """The successful answer as the model has it: a JSON schema, a file, or no content."""
    if e.returns_kind == "none":
        return {"204": {"description": "No content."}}
    if e.returns_kind == "bytes":
        schema = {"type": "string", "format": "binary"}
        media = "application/octet-stream"
        return {"200": {"description": "A file.", "content": {media: {"schema": schema}}}}
    if e.returns == tx.ANY:
        return {"default": {"description": "The server's answer (not documented)."}}
    content = {_MEDIA["json"]: {"schema": to_schema(e.returns)}}
    return {"200": {"description": "Successful response.", "content": content}}


def component(s: ObjectSchema) -> dict[str, Any]:
    """An object schema as a JSON Schema object (``components/schemas/<name>``)."""
    props: dict[str, Any] = {}
    for f in s.fields:
        prop = to_schema(f.type)
        if f.description:
            prop = {**prop, "description": f.description}
        props[f.key] = prop
    out: dict[str, Any] = {"type": "object", "properties": props}
    required = [f.key for f in s.fields if f.required]
    if required:
        out["required"] = required
    if s.additional is not None:
        out["additionalProperties"] = to_schema(s.additional) or True
    if s.description:
        out["description"] = s.description
    out["x-metabase-source"] = s.source
    return out


def export(model: ApiModel) -> dict[str, Any]:
    paths: dict[str, dict[str, Any]] = {}
    used: set[str] = set()
    for e in model.sorted().endpoints:
        base = naming.identifier(f"{e.method.lower()}_{e.path}")
        op_id, i = base, 2
        while op_id in used:
            op_id, i = f"{base}_{i}", i + 1
        used.add(op_id)
        key = openapi_path(e.path)
        paths.setdefault(key, {})[e.method.lower()] = _operation(e, op_id)
    tags = sorted({e.namespace for e in model.endpoints})
    return {
        "openapi": "3.1.0",
        "info": {
            "title": f"Metabase {model.metabase_version} API",
            "version": model.metabase_version,
            "description": f"Exported by mbgen from Metabase's {model.source_format} docs.",
        },
        "servers": [{"url": "http://localhost:3000"}],
        "components": {
            **(
                {"schemas": {s.name: component(s) for s in model.sorted().schemas}}
                if model.schemas
                else {}
            ),
            "securitySchemes": {
                "session": {"type": "apiKey", "in": "header", "name": "X-Metabase-Session"},
                "apiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
            },
        },
        "security": [{"session": []}, {"apiKey": []}],
        "tags": [{"name": t} for t in tags],
        "paths": paths,
    }


def dumps(model: ApiModel) -> str:
    return json.dumps(export(model), indent=1, ensure_ascii=False) + "\n"
