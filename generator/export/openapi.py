"""``mbgen openapi``: an OpenAPI 3.1 document for any model, Markdown-era releases included.

Our types become JSON Schema, namespaces become tags, and Metabase's superuser, paid-plan
and override notes become ``x-metabase-*`` extensions (docs/openapi.md).
"""

from __future__ import annotations

import json
import re
from typing import Any

from generator.core import naming
from generator.core.model import ApiModel, Endpoint, Param
from generator.export.schema import to_schema


def openapi_path(path: str) -> str:
    """``/api/card/:id`` -> ``/api/card/{id}``; ``card__:id`` -> ``card__{id}``."""
    return re.sub(r":([A-Za-z0-9_\-?]+)", r"{\1}", path)


def _schema(p: Param) -> dict[str, Any]:
    schema = to_schema(p.type)
    if p.default is not None:
        schema["default"] = json.loads(p.default)
    return schema


def _operation(e: Endpoint, op_id: str) -> dict[str, Any]:
    op: dict[str, Any] = {
        "operationId": op_id,
        "summary": f"{e.method} {e.path}",
        "tags": [e.namespace],
    }
    if e.description.strip():
        op["description"] = e.description.strip()
    params = []
    for p in e.params:
        if p.location not in ("path", "query"):
            continue
        item: dict[str, Any] = {
            "name": p.name,
            "in": p.location,
            "required": p.location == "path" or p.needed,
            "schema": _schema(p),
        }
        if p.description:
            item["description"] = p.description
        params.append(item)
    if params:
        op["parameters"] = params
    body = [p for p in e.params if p.location == "body"]
    whole = [p for p in body if p.whole_body]
    if whole:
        op["requestBody"] = {
            "required": whole[0].needed,
            "content": {"application/json": {"schema": _schema(whole[0])}},
        }
    elif body:
        schema: dict[str, Any] = {
            "type": "object",
            "properties": {p.name: _schema(p) for p in body},
        }
        required = [p.name for p in body if p.needed]
        if required:
            schema["required"] = required
        media = "multipart/form-data" if e.body_format == "multipart" else "application/json"
        op["requestBody"] = {"content": {media: {"schema": schema}}}
    op["responses"] = {"default": {"description": "The server's answer (not documented)."}}
    if e.deprecated:
        op["deprecated"] = True
    op["x-metabase-superuser"] = e.superuser
    op["x-metabase-paid-plan"] = e.enterprise
    if e.enterprise_override:
        op["x-metabase-enterprise-override"] = True
    op["x-metabase-source"] = [str(s) for s in e.sources]
    return op


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
            "securitySchemes": {
                "session": {"type": "apiKey", "in": "header", "name": "X-Metabase-Session"},
                "apiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
            }
        },
        "security": [{"session": []}, {"apiKey": []}],
        "tags": [{"name": t} for t in tags],
        "paths": paths,
    }


def dumps(model: ApiModel) -> str:
    return json.dumps(export(model), indent=1, ensure_ascii=False) + "\n"
