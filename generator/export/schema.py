"""Our types as JSON Schema (2020-12, as OpenAPI 3.1 uses it)."""

from __future__ import annotations

from typing import Any

from generator.core.types import T


def to_schema(t: T) -> dict[str, Any]:
    """Our type as JSON Schema (2020-12, as OpenAPI 3.1 uses it)."""
    if t.kind == "prim":
        if t.name == "Any":
            return {}
        return {
            "int": {"type": "integer"},
            "float": {"type": "number"},
            "str": {"type": "string"},
            "bool": {"type": "boolean"},
            "bytes": {"type": "string", "format": "binary"},
            "None": {"type": "null"},
        }[t.name]
    if t.kind == "list":
        return {"type": "array", "items": to_schema(t.args[0])}
    if t.kind == "dict":
        value = to_schema(t.args[1])
        return {"type": "object", "additionalProperties": value if value else True}
    if t.kind == "literal":
        return {"type": "string", "enum": list(t.values)}
    return {"oneOf": [to_schema(a) for a in t.args]}
