"""Our types as JSON Schema (2020-12, as OpenAPI 3.1 uses it)."""

from __future__ import annotations

from typing import Any

from generator.core.types import Kind, T


def to_schema(t: T) -> dict[str, Any]:
    """Our type as JSON Schema (2020-12, as OpenAPI 3.1 uses it)."""
    if t.kind is Kind.ANY:
        return {}
    if t.kind is Kind.NONE:
        return {"type": "null"}
    if t.kind is Kind.NAMED:
        return {
            "int": {"type": "integer"},
            "float": {"type": "number"},
            "str": {"type": "string"},
            "bool": {"type": "boolean"},
            "bytes": {"type": "string", "format": "binary"},
        }[t.name]
    if t.kind is Kind.REF:
        return {"$ref": f"#/components/schemas/{t.name}"}
    if t.kind is Kind.LIST:
        return {"type": "array", "items": to_schema(t.args[0])}
    if t.kind is Kind.DICT:
        value = to_schema(t.args[1])
        return {"type": "object", "additionalProperties": value if value else True}
    if t.kind is Kind.LITERAL:
        return {"type": "string", "enum": list(t.values)}
    return {"oneOf": [to_schema(a) for a in t.args]}
