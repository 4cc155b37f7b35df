"""The model's JSON form (docs/model.md): written by ``mbgen model -o`` and stored as the
``model.json`` of every generated package; versioned by ``MODEL_FORMAT``."""

from __future__ import annotations

import json
from typing import Any

from generator.core import naming
from generator.core import types as typeexpr
from generator.core.model import LOCATIONS, METHODS, ApiModel, Endpoint, Param, SourceRef

MODEL_FORMAT = 1


def _param_to_json(p: Param) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": p.name,
        "python_name": p.python_name,
        "location": p.location,
        "required": p.required,
        "nullable": p.nullable,
        "type": p.type.render(),
        "type_origin": p.type_origin,
    }
    if p.enum:
        out["enum"] = list(p.enum)
    out["schema"] = p.schema
    if p.description is not None:
        out["description"] = p.description
    if p.whole_body:
        out["whole_body"] = True
    if p.default is not None:
        out["default"] = p.default
    return out


def endpoint_to_json(e: Endpoint) -> dict[str, Any]:
    return {
        "method": e.method,
        "path": e.path,
        "namespace": e.namespace,
        "description": e.description,
        "superuser": e.superuser,
        "deprecated": e.deprecated,
        "enterprise": e.enterprise,
        "enterprise_override": e.enterprise_override,
        "source": str(e.sources[0]),
        "sources": [str(s) for s in e.sources],
        "params": [_param_to_json(p) for p in e.params],
        **({"body_format": e.body_format} if e.body_format != "json" else {}),
    }


def to_json_dict(model: ApiModel) -> dict[str, Any]:
    return {
        "model_format": MODEL_FORMAT,
        "metabase_version": model.metabase_version,
        "source_format": model.source_format,
        "endpoints": [endpoint_to_json(e) for e in model.sorted().endpoints],
    }


def dumps(model: ApiModel) -> str:
    return json.dumps(to_json_dict(model), indent=1, ensure_ascii=False, sort_keys=False) + "\n"


class ModelFormatError(ValueError):
    """A model JSON document does not have the documented shape; ``pointer`` says where."""

    def __init__(self, pointer: str, message: str) -> None:
        super().__init__(f"{pointer or '/'}: {message}")
        self.pointer = pointer or "/"
        self.message = message


def _get(obj: Any, key: str, kind: type | tuple[type, ...], ptr: str, default: Any = ...) -> Any:
    if not isinstance(obj, dict):
        raise ModelFormatError(ptr, "expected an object")
    if key not in obj:
        if default is not ...:
            return default
        raise ModelFormatError(f"{ptr}/{key}", "missing")
    value = obj[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
        raise ModelFormatError(f"{ptr}/{key}", f"expected {names}")
    return value


def _source_from_str(text: str, ptr: str) -> SourceRef:
    file, sep, line = text.rpartition(":")
    if not sep or not line.isdigit():
        raise ModelFormatError(ptr, f"expected FILE:LINE, got {text!r}")
    return SourceRef(file, int(line))


def _param_from_json(obj: Any, ptr: str) -> Param:
    location = _get(obj, "location", str, ptr)
    if location not in LOCATIONS:
        raise ModelFormatError(f"{ptr}/location", f"must be one of {', '.join(LOCATIONS)}")
    for i, v in enumerate(_get(obj, "enum", list, ptr, [])):
        if not isinstance(v, str):
            raise ModelFormatError(f"{ptr}/enum/{i}", "expected str")
    python_name = _get(obj, "python_name", str, ptr)
    if not python_name.isidentifier() or python_name in naming.KEYWORDS:
        raise ModelFormatError(f"{ptr}/python_name", f"{python_name!r} is not an identifier")
    try:
        annotation = typeexpr.parse(_get(obj, "type", str, ptr))
    except ValueError as exc:
        raise ModelFormatError(f"{ptr}/type", str(exc)) from None
    if _get(obj, "nullable", bool, ptr) and not annotation.nullable and location != "path":
        annotation = typeexpr.nullable(annotation)  # written before the type said it
    return Param(
        name=_get(obj, "name", str, ptr),
        python_name=python_name,
        location=location,
        required=_get(obj, "required", bool, ptr),
        type=annotation,
        schema=_get(obj, "schema", (str, type(None)), ptr, None),
        description=_get(obj, "description", (str, type(None)), ptr, None),
        type_origin=_get(obj, "type_origin", str, ptr, "none"),
        whole_body=_get(obj, "whole_body", bool, ptr, False),
        default=_default(obj, ptr),
    )


def _body_format(obj: Any, ptr: str) -> str:
    value = _get(obj, "body_format", str, ptr, "json")
    if value not in ("json", "multipart"):
        raise ModelFormatError(f"{ptr}/body_format", "must be json or multipart")
    return str(value)


def _default(obj: Any, ptr: str) -> str | None:
    text = _get(obj, "default", (str, type(None)), ptr, None)
    if text is not None:
        try:
            json.loads(text)
        except json.JSONDecodeError:
            raise ModelFormatError(f"{ptr}/default", "not JSON text") from None
    return text  # type: ignore[no-any-return]


def _endpoint_from_json(obj: Any, ptr: str) -> Endpoint:
    method = _get(obj, "method", str, ptr)
    if method not in METHODS:
        raise ModelFormatError(f"{ptr}/method", f"unknown HTTP method {method!r}")
    path = _get(obj, "path", str, ptr)
    if not path.startswith("/"):
        raise ModelFormatError(f"{ptr}/path", "must start with '/'")
    sources_raw = _get(obj, "sources", list, ptr, None)
    if sources_raw is None:
        sources_raw = [_get(obj, "source", str, ptr)]
    sources = tuple(
        _source_from_str(s, f"{ptr}/sources/{i}") if isinstance(s, str) else _bad(ptr, i)
        for i, s in enumerate(sources_raw)
    )
    if not sources:
        raise ModelFormatError(f"{ptr}/sources", "must not be empty")
    params = tuple(
        _param_from_json(p, f"{ptr}/params/{i}")
        for i, p in enumerate(_get(obj, "params", list, ptr))
    )
    return Endpoint(
        method=method,
        path=path,
        namespace=_get(obj, "namespace", str, ptr),
        description=_get(obj, "description", str, ptr),
        superuser=_get(obj, "superuser", bool, ptr),
        deprecated=_get(obj, "deprecated", bool, ptr),
        enterprise=_get(obj, "enterprise", bool, ptr),
        enterprise_override=_get(obj, "enterprise_override", bool, ptr, False),
        body_format=_body_format(obj, ptr),
        sources=sources,
        params=params,
    )


def _bad(ptr: str, i: int) -> SourceRef:
    raise ModelFormatError(f"{ptr}/sources/{i}", "expected str")


def from_json_dict(obj: Any) -> ApiModel:
    fmt = _get(obj, "model_format", int, "", MODEL_FORMAT)
    if fmt != MODEL_FORMAT:
        raise ModelFormatError("/model_format", f"unsupported model format {fmt}")
    endpoints = tuple(
        _endpoint_from_json(e, f"/endpoints/{i}")
        for i, e in enumerate(_get(obj, "endpoints", list, ""))
    )
    return ApiModel(
        metabase_version=_get(obj, "metabase_version", str, ""),
        source_format=_get(obj, "source_format", str, ""),
        endpoints=endpoints,
    ).sorted()


def loads(text: str) -> ApiModel:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ModelFormatError("", f"not JSON (line {exc.lineno}: {exc.msg})") from None
    return from_json_dict(obj)
