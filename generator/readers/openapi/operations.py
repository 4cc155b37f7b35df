"""Read an OpenAPI 3.x document (Metabase's ``api.json``, or the one embedded in ``api.html``)
into model endpoints.

Parameters keep the location the spec gives them; request-body properties become ``body``
parameters with ``required`` from the schema; a body that is not an object with properties
(an array, a free-form map) becomes one ``body`` parameter marked ``whole_body``.
"""

from __future__ import annotations

from typing import Any

from generator.core import flags, naming
from generator.core.diagnostics import Diagnostics, Location
from generator.core.model import METHODS, Endpoint, Param, SourceRef
from generator.readers.openapi.document import line_index, pointer
from generator.readers.openapi.params import body_params, param
from generator.readers.openapi.schema_types import Resolver
from generator.readers.params import with_unique_names


def at(file: str, *parts: str) -> Location:
    return Location(file, pointer=pointer(*parts))


def parse(
    doc: dict[str, Any], text: str, file: str, diags: Diagnostics, line_offset: int = 0
) -> tuple[Endpoint, ...]:
    resolver = Resolver(doc)
    lines = line_index(text, line_offset)
    endpoints: list[Endpoint] = []
    for path, item in doc["paths"].items():
        if not isinstance(item, dict):
            diags.error("bad-path", "path item is not an object", at(file, "paths", path))
            continue
        shared: list[Any] = item["parameters"] if isinstance(item.get("parameters"), list) else []
        for method_key, op in item.items():
            method = method_key.upper()
            if method_key in (
                "parameters",
                "summary",
                "description",
                "servers",
            ) or method_key.startswith("x-"):
                continue
            where = at(file, "paths", path, method_key)
            resolver.context = where.pointer
            if method not in METHODS:
                if method in ("HEAD", "OPTIONS", "TRACE"):
                    continue
                diags.error("unknown-method", f"unknown HTTP method {method_key!r}", where)
                continue
            if not isinstance(op, dict):
                diags.error("bad-operation", "operation is not an object", where)
                continue
            line = lines.get((path, method_key), line_offset + 1)
            endpoints.append(
                _endpoint(method, path, op, shared, resolver, file, line, where, diags)
            )
    for ptr, msg in sorted(set(resolver.unreadable)):
        diags.warning("unresolvable-ref", msg, Location(file, pointer=ptr))
    return tuple(endpoints)


def _endpoint(
    method: str,
    path: str,
    op: dict[str, Any],
    shared: list[Any],
    resolver: Resolver,
    file: str,
    line: int,
    where: Location,
    diags: Diagnostics,
) -> Endpoint:
    params: list[Param] = []
    declared: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*shared, *(op.get("parameters") or [])]:
        p, _ = resolver.deref(raw)
        if (
            isinstance(p, dict)
            and isinstance(p.get("name"), str)
            and p.get("in") in ("path", "query", "header", "cookie")
        ):
            declared[(p["in"], p["name"])] = p  # operation-level overrides path-level
        else:
            diags.warning("bad-param", "parameter without name/in", where)
    in_path = naming.path_params(path)
    for name in dict.fromkeys(in_path):
        spec = declared.pop(("path", name), {"name": name, "in": "path", "required": True})
        params.append(
            param(
                name,
                "path",
                True,
                spec.get("schema"),
                spec.get("description"),
                resolver,
                where,
                diags,
            )
        )
    for (loc, name), spec in declared.items():
        if loc != "query":
            if loc == "path":
                diags.warning("stray-path-param", f"path parameter {name!r} not in the path", where)
            continue  # header and cookie parameters are the runtime's business
        params.append(
            param(
                name,
                "query",
                bool(spec.get("required")),
                spec.get("schema"),
                spec.get("description"),
                resolver,
                where,
                diags,
            )
        )
    from_body, body_format = body_params(op.get("requestBody"), resolver, where, diags)
    params += from_body
    description = op.get("description") if isinstance(op.get("description"), str) else ""
    tags = [t for t in op.get("tags") or [] if isinstance(t, str)]
    return Endpoint(
        method=method,
        path=path,
        namespace=naming.namespace(path),
        description=description or "",
        superuser=flags.superuser(description or "") or op.get("x-metabase-superuser") is True,
        deprecated=bool(op.get("deprecated")) or flags.deprecated(description or ""),
        enterprise=flags.enterprise_route(path)
        or any(flags.enterprise_route(t + "/") for t in tags)
        or op.get("x-metabase-paid-plan") is True,
        enterprise_override=op.get("x-metabase-enterprise-override") is True,
        body_format=body_format,
        sources=(SourceRef(file, line),),
        params=with_unique_names(tuple(params)),
    )
