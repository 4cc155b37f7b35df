"""Read an OpenAPI 3.x document (Metabase's ``api.json``, or the one embedded in ``api.html``)
into model endpoints.

Parameters keep the location the spec gives them; request-body properties become ``body``
parameters with ``required`` from the schema; a body that is not an object with properties
(an array, a free-form map) becomes one ``body`` parameter marked ``whole_body``.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any

from generator import flags, naming
from generator import typeexpr as tx
from generator.assemble import typed_param, with_unique_names
from generator.diagnostics import Diagnostics, InputError
from generator.jsonschema_types import Resolver
from generator.model import METHODS, Endpoint, Param, SourceRef

_EMBEDDED = re.compile(r'<script[^>]*\bid="api-reference"[^>]*type="application/json"[^>]*>', re.S)
_EMBEDDED_ALT = re.compile(
    r'<script[^>]*\btype="application/json"[^>]*\bid="api-reference"'
    r"[^>]*>",
    re.S,
)
_DATA_URL = re.compile(r'<script[^>]*\bid="api-reference"[^>]*\bdata-url="([^"]+)"', re.S)


def pointer(*parts: str) -> str:
    return "#/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def embedded_spec(html: str, file: str) -> tuple[str, int] | None:
    """The JSON text inside ``<script id="api-reference" type="application/json">`` and the
    line it starts on, or None when the page has no embedded spec."""
    m = _EMBEDDED.search(html) or _EMBEDDED_ALT.search(html)
    if not m:
        return None
    end = html.find("</script>", m.end())
    if end < 0:
        line = html.count("\n", 0, m.end()) + 1
        raise InputError(
            file, line, "embedded OpenAPI document is never closed (truncated?)", "truncated"
        )
    return html[m.end() : end], html.count("\n", 0, m.end())


def data_url(html: str) -> str | None:
    m = _DATA_URL.search(html)
    return m.group(1) if m else None


def load_json(text: str, file: str, line_offset: int = 0) -> dict[str, Any]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            file, exc.lineno + line_offset, f"invalid JSON: {exc.msg}", "json"
        ) from None
    if not isinstance(doc, dict) or "openapi" not in doc or not isinstance(doc.get("paths"), dict):
        raise InputError(
            file, line_offset + 1, "not an OpenAPI document (no openapi/paths)", "not-openapi"
        )
    return doc


def _line_index(text: str, line_offset: int) -> dict[tuple[str, str], int]:
    """Line numbers of every ``"path" : { ... "method" :`` in a pretty-printed document."""
    out: dict[tuple[str, str], int] = {}
    start = text.find('"paths"')
    if start < 0:
        return out
    current: str | None = None
    line = text.count("\n", 0, start) + 1 + line_offset
    pos = start
    for m in re.finditer(r'^\s*"([^"\n]+)"\s*:', text[start:], re.M):
        here = start + m.start()
        line += text.count("\n", pos, here)  # counted once, piece by piece
        pos = here
        key = m.group(1)
        if key.startswith("/"):
            current = key
        elif current is not None and key.upper() in METHODS and (current, key) not in out:
            out[(current, key)] = line + m.group(0)[: m.group(0).index('"')].count("\n")
    return out


def parse(
    doc: dict[str, Any], text: str, file: str, diags: Diagnostics, line_offset: int = 0
) -> tuple[Endpoint, ...]:
    resolver = Resolver(doc)
    lines = _line_index(text, line_offset)
    endpoints: list[Endpoint] = []
    for path, item in doc["paths"].items():
        if not isinstance(item, dict):
            diags.error("bad-path", "path item is not an object", f"{file}{pointer('paths', path)}")
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
            where = f"{file}{pointer('paths', path, method_key)}"
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
    for msg in sorted(set(resolver.unreadable)):
        diags.warning("unresolvable-ref", msg, file)
    return tuple(endpoints)


def _endpoint(
    method: str,
    path: str,
    op: dict[str, Any],
    shared: list[Any],
    resolver: Resolver,
    file: str,
    line: int,
    where: str,
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
            _param(
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
            _param(
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
    body_params, body_format = _body_params(op.get("requestBody"), resolver, where, diags)
    params += body_params
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


def _param(
    name: str,
    location: str,
    required: bool,
    schema: Any,
    description: Any,
    resolver: Resolver,
    where: str,
    diags: Diagnostics,
    whole_body: bool = False,
) -> Param:
    t = tx.ANY if schema is None else resolver.type_of(schema)
    nullable = (t.kind == "union" and tx.NONE in t.args) or t == tx.NONE
    base = tx.strip_none(t) if t != tx.NONE else tx.ANY
    desc = description if isinstance(description, str) and description.strip() else None
    if desc is None and isinstance(schema, dict) and isinstance(schema.get("description"), str):
        desc = schema["description"]
    default = None
    if isinstance(schema, dict) and isinstance(schema.get("default"), (str, int, float, bool)):
        value = schema["default"]
        if tx.accepts(tx.strip_none(t), _value_type(value)):
            default = json.dumps(value)
        else:
            diags.warning(
                "bad-default", f"default {value!r} of {name!r} is not a {base.render()}", where
            )
    raw_schema = (
        json.dumps(schema, sort_keys=True, ensure_ascii=False) if schema is not None else None
    )
    if base == tx.ANY and not whole_body:
        # No usable JSON Schema: the prose the spec still carries, then the location, then
        # the name decide, as for the Markdown era.
        guess = typed_param(name, location, desc or "", where, 0, diags)
        return replace(
            guess,
            required=required or location == "path",
            nullable=guess.nullable or (nullable and location != "path"),
            type=guess.type
            if not nullable or guess.type.endswith("| None") or guess.type == "Any"
            else tx.nullable(tx.parse(guess.type)).render(),
            schema=raw_schema,
            description=desc,
            default=default,
        )
    shown = tx.nullable(base) if nullable and location != "path" else base
    return Param(
        name=name,
        python_name=naming.identifier(name),
        location=location,
        required=required or location == "path",
        nullable=nullable and location != "path",
        type=shown.render(),
        enum=tx.enum_values(base),
        schema=raw_schema,
        description=desc,
        type_origin="schema" if base != tx.ANY else "none",
        whole_body=whole_body,
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


def _body_params(
    body: Any, resolver: Resolver, where: str, diags: Diagnostics
) -> tuple[list[Param], str]:
    """The body's parameters and how they are sent (``json`` or ``multipart``)."""
    body, _ = resolver.deref(body)
    if not isinstance(body, dict):
        return [], "json"
    content: dict[str, Any] = body["content"] if isinstance(body.get("content"), dict) else {}
    media = "application/json" if "application/json" in content else next(iter(content), None)
    if media is None:
        return [], "json"
    body_format = "multipart" if media == "multipart/form-data" else "json"
    if media not in ("application/json", "multipart/form-data"):
        diags.warning("non-json-body", f"request body is {media}; the client sends JSON", where)
    schema = content[media].get("schema") if isinstance(content[media], dict) else None
    if schema is None:
        return [], body_format
    obj = resolver.object_properties(schema)
    if obj is None:
        return [
            _param(
                "body",
                "body",
                bool(body.get("required")),
                schema,
                None,
                resolver,
                where,
                diags,
                whole_body=True,
            )
        ], body_format
    props, required, _ = obj
    params = []
    for name, prop in props.items():
        if body_format == "multipart" and _is_file(prop, resolver):
            prop = {"type": "string", "format": "binary"}
        params.append(_param(name, "body", name in required, prop, None, resolver, where, diags))
    return params, body_format
