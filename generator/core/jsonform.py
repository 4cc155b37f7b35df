"""The model's JSON form (docs/model.md): written by ``mbgen model -o`` and stored as the
``model.json`` of every generated package; versioned by ``MODEL_FORMAT``."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import fields as dataclass_fields
from typing import Any, TypeVar

from generator.core import naming
from generator.core import types as typeexpr
from generator.core.model import (
    METHODS,
    PATH,
    ApiModel,
    BodyFormat,
    Constraints,
    Endpoint,
    ObjectSchema,
    Param,
    ReturnKind,
    SchemaField,
    SourceRef,
    as_body_format,
    as_location,
    as_return_kind,
    as_type_origin,
)

MODEL_FORMAT = 2
READABLE_FORMATS = (1, 2)  # 2 added form/multipart locations, key_path and wire_facts


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
    if p.key_path:
        out["key_path"] = list(p.key_path)
    if p.default is not None:
        out["default"] = p.default
    if p.constraints:
        out["constraints"] = constraints_to_json(p.constraints)
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
        **({"returns": e.returns.render()} if e.returns != typeexpr.ANY else {}),
        **({"returns_kind": e.returns_kind} if e.returns_kind != "json" else {}),
    }


def schema_to_json(s: ObjectSchema) -> dict[str, Any]:
    out: dict[str, Any] = {"name": s.name, "source": s.source}
    if s.description is not None:
        out["description"] = s.description
    out["fields"] = [
        {
            "key": f.key,
            "type": f.type.render(),
            "required": f.required,
            **({"description": f.description} if f.description is not None else {}),
        }
        for f in s.fields
    ]
    if s.additional is not None:
        out["additional"] = s.additional.render()
    return out


def to_json_dict(model: ApiModel) -> dict[str, Any]:
    return {
        "model_format": MODEL_FORMAT,
        "metabase_version": model.metabase_version,
        "source_format": model.source_format,
        **({"wire_facts": model.wire_facts} if model.wire_facts else {}),
        "endpoints": [endpoint_to_json(e) for e in model.sorted().endpoints],
        **(
            {"schemas": [schema_to_json(s) for s in model.sorted().schemas]}
            if model.schemas
            else {}
        ),
    }


def dumps(model: ApiModel) -> str:
    return indented(to_json_dict(model)) + "\n"


_WORDS = {True: "true", False: "false", None: "null"}


def indented(obj: Any) -> str:
    """``json.dumps(obj, indent=1, ensure_ascii=False)``, the same text in a third less time
    (json's indenting encoder is its slow, pure-Python one): dicts and lists laid out here,
    strings escaped by json's C escaper, other values written by json itself."""
    parts: list[str] = []
    put = parts.append
    escape = json.encoder.encode_basestring
    scalar = json.dumps

    def write(o: Any, pad: str) -> None:
        kind = type(o)
        if kind is str:
            put(escape(o))
        elif kind is dict:
            if not o:
                put("{}")
                return
            inner = pad + " "
            sep = "{\n" + inner
            for k, v in o.items():
                put(sep + escape(k) + ": ")
                sep = ",\n" + inner
                write(v, inner)
            put("\n" + pad + "}")
        elif kind is list or kind is tuple:
            if not o:
                put("[]")
                return
            inner = pad + " "
            sep = "[\n" + inner
            for v in o:
                put(sep)
                sep = ",\n" + inner
                write(v, inner)
            put("\n" + pad + "]")
        elif o is True or o is False or o is None:
            put(_WORDS[o])
        elif kind is int:
            put(int.__repr__(o))
        else:
            put(scalar(o, ensure_ascii=False))

    write(obj, "")
    return "".join(parts)


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
    location = _choice(obj, "location", ptr, None, as_location)
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
    if _get(obj, "nullable", bool, ptr) and not annotation.nullable and location != PATH:
        annotation = typeexpr.nullable(annotation)  # written before the type said it
    return Param(
        name=_get(obj, "name", str, ptr),
        python_name=python_name,
        location=location,
        required=_get(obj, "required", bool, ptr),
        type=annotation,
        schema=_get(obj, "schema", (str, type(None)), ptr, None),
        description=_get(obj, "description", (str, type(None)), ptr, None),
        type_origin=_choice(obj, "type_origin", ptr, "none", as_type_origin),
        whole_body=_get(obj, "whole_body", bool, ptr, False),
        key_path=_key_path(obj, ptr),
        default=_default(obj, ptr),
        constraints=_constraints(obj, ptr),
    )


_Choice = TypeVar("_Choice")


def _choice(
    obj: Any, key: str, ptr: str, default: str | None, convert: Callable[[str], _Choice]
) -> _Choice:
    """A value of a closed set of words (a Literal of the model)."""
    text = _get(obj, key, str, ptr) if default is None else _get(obj, key, str, ptr, default)
    try:
        return convert(text)
    except ValueError as exc:
        raise ModelFormatError(f"{ptr}/{key}", str(exc)) from None


_NUMBER_KEYS = ("minimum", "maximum")
_INT_KEYS = ("min_length", "max_length", "min_items")
_BOOL_KEYS = ("exclusive_minimum", "exclusive_maximum", "non_blank")


def constraints_to_json(c: Constraints) -> dict[str, Any]:
    """The constraints that are set, by field name."""
    values = ((f.name, getattr(c, f.name)) for f in dataclass_fields(c))
    return {k: v for k, v in values if v is not None and v is not False}


def _constraints(obj: Any, ptr: str) -> Constraints:
    raw = _get(obj, "constraints", dict, ptr, {})
    here = f"{ptr}/constraints"
    values: dict[str, Any] = {}
    for key in raw:
        if key in _NUMBER_KEYS:
            v = _get(raw, key, (int, float), here)
        elif key in _INT_KEYS:
            v = _get(raw, key, int, here)
        elif key in _BOOL_KEYS:
            v = _get(raw, key, bool, here)
        elif key == "pattern":
            v = _get(raw, key, str, here)
        else:
            raise ModelFormatError(f"{here}/{key}", "is not a constraint mbgen knows")
        values[key] = v
    return Constraints(**values)


def _key_path(obj: Any, ptr: str) -> tuple[str, ...]:
    keys = _get(obj, "key_path", list, ptr, [])
    for i, k in enumerate(keys):
        if not isinstance(k, str) or not k:
            raise ModelFormatError(f"{ptr}/key_path/{i}", "expected a non-empty str")
    return tuple(keys)


def _body_format(obj: Any, ptr: str) -> BodyFormat:
    return _choice(obj, "body_format", ptr, "json", as_body_format)


def _default(obj: Any, ptr: str) -> str | None:
    text = _get(obj, "default", (str, type(None)), ptr, None)
    if text is not None:
        try:
            json.loads(text)
        except json.JSONDecodeError:
            raise ModelFormatError(f"{ptr}/default", "not JSON text") from None
    return text  # type: ignore[no-any-return]


def _type(obj: Any, key: str, ptr: str, default: str | None = None) -> typeexpr.T:
    text = _get(obj, key, str, ptr, default) if default is not None else _get(obj, key, str, ptr)
    try:
        return typeexpr.parse(text)
    except ValueError as exc:
        raise ModelFormatError(f"{ptr}/{key}", str(exc)) from None


def _returns_kind(obj: Any, ptr: str) -> ReturnKind:
    return _choice(obj, "returns_kind", ptr, "json", as_return_kind)


def _schema_from_json(obj: Any, ptr: str) -> ObjectSchema:
    name = _get(obj, "name", str, ptr)
    if not typeexpr.is_schema_name(name):
        raise ModelFormatError(f"{ptr}/name", f"{name!r} cannot name a schema")
    fields = []
    keys: set[str] = set()
    for i, f in enumerate(_get(obj, "fields", list, ptr)):
        fptr = f"{ptr}/fields/{i}"
        key = _get(f, "key", str, fptr)
        if key in keys:
            raise ModelFormatError(f"{fptr}/key", f"duplicate key {key!r}")
        keys.add(key)
        fields.append(
            SchemaField(
                key=key,
                type=_type(f, "type", fptr),
                required=_get(f, "required", bool, fptr),
                description=_get(f, "description", (str, type(None)), fptr, None),
            )
        )
    extra = _get(obj, "additional", (str, type(None)), ptr, None)
    return ObjectSchema(
        name=name,
        source=_get(obj, "source", str, ptr),
        fields=tuple(fields),
        additional=None if extra is None else _type(obj, "additional", ptr),
        description=_get(obj, "description", (str, type(None)), ptr, None),
    )


def _check_refs(model: ApiModel) -> None:
    """Every schema name a type uses names a schema of the model, and names are unique."""
    names: dict[str, int] = {}
    for i, s in enumerate(model.schemas):
        if s.name in names:
            raise ModelFormatError(f"/schemas/{i}/name", f"duplicate schema {s.name!r}")
        names[s.name] = i
    for i, s in enumerate(model.schemas):
        for f in s.fields:
            for name in typeexpr.refs(f.type) - names.keys():
                raise ModelFormatError(f"/schemas/{i}", f"unknown schema {name!r}")
        if s.additional is not None:
            for name in typeexpr.refs(s.additional) - names.keys():
                raise ModelFormatError(f"/schemas/{i}/additional", f"unknown schema {name!r}")
    for i, e in enumerate(model.endpoints):
        used = typeexpr.refs(e.returns)
        for p in e.params:
            used |= typeexpr.refs(p.type)
        for name in sorted(used - names.keys()):
            raise ModelFormatError(f"/endpoints/{i}", f"unknown schema {name!r}")


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
        returns=_type(obj, "returns", ptr, "Any"),
        returns_kind=_returns_kind(obj, ptr),
    )


def _bad(ptr: str, i: int) -> SourceRef:
    raise ModelFormatError(f"{ptr}/sources/{i}", "expected str")


def from_json_dict(obj: Any) -> ApiModel:
    fmt = _get(obj, "model_format", int, "", MODEL_FORMAT)
    if fmt not in READABLE_FORMATS:
        raise ModelFormatError("/model_format", f"unsupported model format {fmt}")
    endpoints = tuple(
        _endpoint_from_json(e, f"/endpoints/{i}")
        for i, e in enumerate(_get(obj, "endpoints", list, ""))
    )
    version = _get(obj, "metabase_version", str, "")
    if version != "unknown" and naming.normalise_version(version) != version:
        raise ModelFormatError("/metabase_version", f"{version!r} is not a version")
    schemas = tuple(
        _schema_from_json(s, f"/schemas/{i}")
        for i, s in enumerate(_get(obj, "schemas", list, "", []))
    )
    model = ApiModel(
        metabase_version=version,
        source_format=_get(obj, "source_format", str, ""),
        endpoints=endpoints,
        wire_facts=_get(obj, "wire_facts", str, "", ""),
        schemas=schemas,
    )
    _check_refs(model)
    return model.sorted()


def loads(text: str) -> ApiModel:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ModelFormatError("", f"not JSON (line {exc.lineno}: {exc.msg})") from None
    return from_json_dict(obj)
