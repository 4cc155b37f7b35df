"""Read an OpenAPI 3.x document (Metabase's ``api.json``, or the one embedded in ``api.html``)
into model endpoints.

Parameters keep the location the spec gives them; request-body properties become ``body``
parameters with ``required`` from the schema; a body that is not an object with properties
(an array, a free-form map) becomes one ``body`` parameter marked ``whole_body``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from generator.core import flags, naming, route
from generator.core import types as tx
from generator.core.diagnostics import Diagnostics, Location
from generator.core.model import METHODS, PATH, QUERY, Endpoint, ObjectSchema, Param, SourceRef
from generator.core.pointer import pointer_parts
from generator.readers.openapi.document import line_index, pointer
from generator.readers.openapi.params import body_params, param
from generator.readers.openapi.responses import returns
from generator.readers.openapi.schema_names import assign
from generator.readers.openapi.schema_types import Resolver
from generator.readers.params import with_unique_names


def at(file: str, *parts: str) -> Location:
    return Location(file, pointer=pointer(*parts))


def parse(
    doc: dict[str, Any], text: str, file: str, diags: Diagnostics, line_offset: int = 0
) -> tuple[Endpoint, ...]:
    """The document's endpoints (their types may refer to object schemas: use
    ``parse_with_schemas`` to have them too)."""
    return parse_with_schemas(doc, text, file, diags, line_offset)[0]


def parse_with_schemas(
    doc: dict[str, Any], text: str, file: str, diags: Diagnostics, line_offset: int = 0
) -> tuple[tuple[Endpoint, ...], tuple[ObjectSchema, ...]]:
    """The document's endpoints and the object schemas their types refer to, named."""
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
                _endpoint(method, path, op, shared, resolver, file, line, where, diags, method_key)
            )
    resolver.drain()
    for ptr, code, msg in sorted(set(resolver.unreadable)):
        diags.warning(code, msg, Location(file, pointer=ptr))
    return _named(resolver, endpoints)


def _named(
    resolver: Resolver, endpoints: list[Endpoint]
) -> tuple[tuple[Endpoint, ...], tuple[ObjectSchema, ...]]:
    """Final names for the object schemas the endpoints' types refer to (directly or through
    other schemas), in every type that refers to them. A schema met while reading but then
    absorbed (``X | Any`` is Any) is left out, and takes no name."""
    built = {o.placeholder: o for o in resolver.objects.values() if o.built is not None}
    todo = [
        n for e in endpoints for t in (e.returns, *(p.type for p in e.params)) for n in tx.refs(t)
    ]
    kept: dict[str, None] = {}
    while todo:
        name = todo.pop()
        if name not in kept:
            kept[name] = None
            todo += built[name].built.refs()  # type: ignore[union-attr]
    objects = [built[n] for n in kept]
    names = assign([(o.pointer, o.words) for o in objects])
    by_placeholder = {o.placeholder: names[o.pointer] for o in objects}

    def rename(t: tx.T) -> tx.T:
        return tx.map_refs(t, by_placeholder.__getitem__) if tx.refs(t) else t

    schemas = []
    for o in objects:
        assert o.built is not None
        schemas.append(
            replace(
                o.built,
                name=by_placeholder[o.placeholder],
                fields=tuple(replace(f, type=rename(f.type)) for f in o.built.fields),
                additional=None if o.built.additional is None else rename(o.built.additional),
            )
        )
    named = tuple(
        replace(
            e,
            params=tuple(replace(p, type=rename(p.type)) for p in e.params),
            returns=rename(e.returns),
        )
        for e in endpoints
    )
    return named, tuple(sorted(schemas, key=lambda s: s.name))


def _declared(
    raws: list[tuple[tuple[str, ...], Any]], resolver: Resolver, where: Location, diags: Diagnostics
) -> tuple[dict[tuple[str, str], dict[str, Any]], dict[tuple[str, str], tuple[str, ...]]]:
    """The declared parameters by (in, name), operation-level over path-level, and the
    JSON pointer parts of each one's schema."""
    declared: dict[tuple[str, str], dict[str, Any]] = {}
    places: dict[tuple[str, str], tuple[str, ...]] = {}
    for place, raw in raws:
        if isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
            place = pointer_parts(raw["$ref"])
        p, _ = resolver.deref(raw)
        if (
            isinstance(p, dict)
            and isinstance(p.get("name"), str)
            and p.get("in") in ("path", "query", "header", "cookie")
        ):
            declared[(p["in"], p["name"])] = p  # operation-level overrides path-level
            places[(p["in"], p["name"])] = (*place, "schema")
        else:
            diags.warning("bad-param", "parameter without name/in", where)
    return declared, places


def _url_params(
    path: str,
    declared: dict[tuple[str, str], dict[str, Any]],
    places: dict[tuple[str, str], tuple[str, ...]],
    words: tuple[str, ...],
    resolver: Resolver,
    where: Location,
    diags: Diagnostics,
) -> list[Param]:
    """The path's placeholders (declared or not), then the declared query parameters;
    header and cookie parameters are the runtime's business."""
    params: list[Param] = []
    for name in dict.fromkeys(route.placeholders(path)):
        spec = declared.pop(("path", name), {"name": name, "in": "path", "required": True})
        at = (places.get(("path", name), ()), (*words, name))
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
                at=at,
            )
        )
    for (loc, name), spec in declared.items():
        if loc == PATH:
            diags.warning("stray-path-param", f"path parameter {name!r} not in the path", where)
        if loc != QUERY:
            continue
        at = (places[(loc, name)], (*words, name))
        required = bool(spec.get("required"))
        schema, desc = spec.get("schema"), spec.get("description")
        params.append(param(name, "query", required, schema, desc, resolver, where, diags, at=at))
    return params


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
    method_key: str = "",
) -> Endpoint:
    op_parts = ("paths", path, method_key or method.lower())
    words = ("op", f"{method} {path}")
    raws: list[tuple[tuple[str, ...], Any]] = [
        (("paths", path, "parameters", str(i)), r) for i, r in enumerate(shared)
    ]
    raws += [
        ((*op_parts, "parameters", str(i)), r) for i, r in enumerate(op.get("parameters") or [])
    ]
    declared, places = _declared(raws, resolver, where, diags)
    params = _url_params(path, declared, places, words, resolver, where, diags)
    from_body, body_format = body_params(
        op.get("requestBody"), resolver, where, diags, (op_parts, words)
    )
    returned, returns_kind = returns(op.get("responses"), resolver, (op_parts, words))
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
        returns=returned,
        returns_kind=returns_kind,
    )
