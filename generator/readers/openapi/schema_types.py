"""JSON Schema (as Metabase's OpenAPI documents write it) to our types, and back.

``$ref`` is resolved against the document, cycles included (a schema met again while it is
being read is typed ``dict[str, Any]`` for objects, else ``Any``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.core import types as tx
from generator.core.types import T

_PRIMS = {
    "integer": tx.INT,
    "number": tx.FLOAT,
    "string": tx.STR,
    "boolean": tx.BOOL,
    "null": tx.NONE,
}


@dataclass
class Resolver:
    """Resolves ``#/...`` references in one document; collects what it could not type."""

    document: dict[str, Any]
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (pointer, message)
    context: str = ""  # the JSON pointer of the operation being read

    def resolve(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise KeyError(ref)
        node: Any = self.document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            node = node[part] if isinstance(node, dict) else node[int(part)]
        return node

    def deref(self, schema: Any, seen: tuple[str, ...] = ()) -> tuple[Any, tuple[str, ...]]:
        """Follow ``$ref`` chains; returns the schema and the refs followed."""
        while isinstance(schema, dict) and "$ref" in schema:
            ref = str(schema["$ref"])
            if ref in seen:
                return {"$cycle": ref}, seen
            seen = (*seen, ref)
            try:
                schema = self.resolve(ref)
            except (KeyError, IndexError, ValueError, TypeError):
                self.unreadable.append((self.context, f"unresolvable $ref {ref}"))
                return {}, seen
        return schema, seen

    def type_of(self, schema: Any, seen: tuple[str, ...] = ()) -> T:
        schema, seen = self.deref(schema, seen)
        if not isinstance(schema, dict):
            return tx.ANY
        if "$cycle" in schema:
            return tx.DICT
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list) and schema[key]:
                return tx.union([self.type_of(s, seen) for s in schema[key]])
        if isinstance(schema.get("allOf"), list) and schema["allOf"]:
            parts = [self.type_of(s, seen) for s in schema["allOf"]]
            known = [p for p in parts if p != tx.ANY]
            return known[0] if known else tx.ANY
        if "const" in schema:
            return _literal([schema["const"]])
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return _literal(schema["enum"])
        kind = schema.get("type")
        if isinstance(kind, list):
            return tx.union([self.type_of({**schema, "type": k}, seen) for k in kind])
        if kind == "string" and schema.get("format") == "binary":
            return tx.BYTES
        if kind in _PRIMS:
            return _PRIMS[kind]
        if kind == "array" or "items" in schema:
            items = schema.get("items")
            return tx.list_of(self.type_of(items, seen) if items not in (None, {}) else tx.ANY)
        if kind == "object" or "properties" in schema or "additionalProperties" in schema:
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra and not schema.get("properties"):
                return tx.dict_of(self.type_of(extra, seen))
            return tx.DICT
        return tx.ANY

    def object_properties(
        self, schema: Any, seen: tuple[str, ...] = ()
    ) -> tuple[dict[str, Any], set[str], bool] | None:
        """(properties, required names, nullable) of an object schema, through ``$ref``,
        ``allOf`` and ``oneOf [object, null]``; None when the schema is not such an object."""
        schema, seen = self.deref(schema, seen)
        if not isinstance(schema, dict):
            return None
        for key in ("oneOf", "anyOf"):
            options = schema.get(key)
            if isinstance(options, list):
                objects = [o for o in options if self.deref(o, seen)[0] != {"type": "null"}]
                nullable = len(objects) < len(options)
                if len(objects) == 1:
                    inner = self.object_properties(objects[0], seen)
                    if inner is not None:
                        return inner[0], inner[1], inner[2] or nullable
                return None
        if isinstance(schema.get("allOf"), list):
            props: dict[str, Any] = {}
            required: set[str] = set()
            found = False
            for part in schema["allOf"]:
                inner = self.object_properties(part, seen)
                if inner is not None:
                    found = True
                    props.update(inner[0])
                    required |= inner[1]
            return (props, required, False) if found else None
        if schema.get("type") == "object" or "properties" in schema:
            own = schema.get("properties")
            if not isinstance(own, dict) or (not own and schema.get("additionalProperties")):
                return None
            req = schema.get("required")
            return dict(own), {str(r) for r in req} if isinstance(req, list) else set(), False
        return None


def _literal(values: list[Any]) -> T:
    strings = [v for v in values if isinstance(v, str)]
    others: list[T] = []
    for v in values:
        if isinstance(v, bool):
            others.append(tx.BOOL)
        elif isinstance(v, int):
            others.append(tx.INT)
        elif isinstance(v, float):
            others.append(tx.FLOAT)
        elif v is None:
            others.append(tx.NONE)
    parts = ([tx.literal(strings)] if strings else []) + others
    return tx.union(parts) if parts else tx.ANY
