"""JSON Schema (as Metabase's OpenAPI documents write it) to our types.

``$ref`` is resolved against the document. Every object schema with properties becomes a
named object schema of the model (``tx.ref``), so recursion goes by name; a cycle through
schemas that are not objects is cut with ``Any``. Objects are registered when first met and
their fields read afterwards (``drain``), so deep schemas never recurse deeply here.
Names are given at the end (``schema_names``): until then a reference carries a placeholder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.core import types as tx
from generator.core.model import ObjectSchema, SchemaField
from generator.core.pointer import pointer_parts
from generator.core.types import T
from generator.readers.openapi.document import pointer

_PRIMS = {
    "integer": tx.INT,
    "number": tx.FLOAT,
    "string": tx.STR,
    "boolean": tx.BOOL,
    "null": tx.NONE,
}

# Deeper schemas become Any (with a warning): annotations stay readable, and the model's
# JSON form (which parses at most 64 levels) can always be read back.
MAX_DEPTH = 32
# References followed inside one another (through schemas that are not objects) before the
# next is typed Any: Metabase's go 6 deep; hostile documents stay far from the stack's limit.
MAX_REFS = 64
# A union bigger than this (in nodes) keeps its members' shapes only: list[Any], dict[...].
MAX_UNION_NODES = 48

Where = tuple[tuple[str, ...], tuple[str, ...]]  # (JSON pointer parts, naming words)


@dataclass
class PendingObject:
    """An object schema met while reading: its fields are read by ``Resolver.drain``."""

    placeholder: str
    pointer: str
    words: tuple[str, ...]  # ("component", name, *path) or ("op", method, path, *path)
    schema: dict[str, Any]
    parts: tuple[str, ...]
    built: ObjectSchema | None = None


@dataclass
class Resolver:
    """Resolves ``#/...`` references in one document; collects what it could not type."""

    document: dict[str, Any]
    unreadable: list[tuple[str, str, str]] = field(default_factory=list)  # (pointer, code, msg)
    context: str = ""  # the JSON pointer of the operation being read
    objects: dict[str, PendingObject] = field(default_factory=dict)  # by JSON pointer
    _queue: list[PendingObject] = field(default_factory=list)
    _memo: dict[str, T] = field(default_factory=dict)
    _busy: set[str] = field(default_factory=set)

    def resolve(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise KeyError(ref)
        node: Any = self.document
        for part in pointer_parts(ref):
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
                msg = f"unresolvable $ref {ref}"
                self.unreadable.append((self.context, "unresolvable-ref", msg))
                return {}, seen
        return schema, seen

    def type_of(self, schema: Any, at: Where | None = None, depth: int = 0) -> T:
        """The type of ``schema``, found at ``at`` (its pointer parts and naming words;
        by default somewhere in the current operation)."""
        parts, words = at if at is not None else ((), ("op", self.context))
        if depth > MAX_DEPTH:
            msg = f"schema nests deeper than {MAX_DEPTH} levels: typed Any"
            self.unreadable.append((self.context, "deep-schema", msg))
            return tx.ANY
        if isinstance(schema, dict) and "$ref" in schema:
            return self._ref(str(schema["$ref"]), depth)
        if not isinstance(schema, dict):
            return tx.ANY
        for key in ("oneOf", "anyOf"):
            options = schema.get(key)
            if isinstance(options, list) and options:
                real = [o for o in options if o != {"type": "null"}]
                members = [
                    self.type_of(
                        o,
                        (
                            (*parts, key, str(i)),
                            words if len(real) < 2 else (*words, f"option{i + 1}"),
                        ),
                        depth + 1,
                    )
                    for i, o in enumerate(options)
                ]
                return _bounded(tx.union(members))
        if isinstance(schema.get("allOf"), list) and schema["allOf"]:
            if self.fields_of(schema, parts):
                return self._object(schema, parts, words)
            typed = [
                self.type_of(s, ((*parts, "allOf", str(i)), words), depth + 1)
                for i, s in enumerate(schema["allOf"])
            ]
            known = [p for p in typed if p != tx.ANY]
            return known[0] if known else tx.ANY
        if "const" in schema:
            return _literal([schema["const"]])
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return _literal(schema["enum"])
        kind = schema.get("type")
        if isinstance(kind, list):
            return tx.union([self.type_of({**schema, "type": k}, at, depth + 1) for k in kind])
        if kind == "string" and schema.get("format") == "binary":
            return tx.BYTES
        if kind in _PRIMS:
            return _PRIMS[kind]
        if kind == "array" or "items" in schema or "prefixItems" in schema:
            return self._array(schema, parts, words, depth)
        if kind == "object" or "properties" in schema or "additionalProperties" in schema:
            props = schema.get("properties")
            if isinstance(props, dict) and props:
                return self._object(schema, parts, words)
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                where = ((*parts, "additionalProperties"), (*words, "value"))
                return tx.dict_of(self.type_of(extra, where, depth + 1))
            return tx.DICT
        return tx.ANY

    def _ref(self, ref: str, depth: int) -> T:
        if ref in self._memo:
            return self._memo[ref]
        if ref in self._busy or len(self._busy) > MAX_REFS:
            return tx.ANY  # a cycle through schemas that are not objects
        try:
            target = self.resolve(ref)
        except (KeyError, IndexError, ValueError, TypeError):
            self.unreadable.append((self.context, "unresolvable-ref", f"unresolvable $ref {ref}"))
            return tx.ANY
        parts = pointer_parts(ref)
        if parts[:2] == ("components", "schemas") and len(parts) == 3:
            words: tuple[str, ...] = ("component", parts[2])
        else:
            words = ("pointer", ref)
        self._busy.add(ref)
        try:
            t = self.type_of(target, (parts, words), 0)
        finally:
            self._busy.discard(ref)
        self._memo[ref] = t
        return t

    def _array(
        self, schema: dict[str, Any], parts: tuple[str, ...], words: tuple[str, ...], depth: int
    ) -> T:
        items = schema.get("items")
        members: list[T] = []
        prefix = schema.get("prefixItems")
        if isinstance(prefix, list):  # a tuple: a list of any of its members
            for i, s in enumerate(prefix):
                where = ((*parts, "prefixItems", str(i)), (*words, f"item{i + 1}"))
                members.append(self.type_of(s, where, depth + 1))
            if items is False:
                items = None
            elif items is None:
                members.append(tx.ANY)
        if isinstance(items, dict) and items:
            members.append(self.type_of(items, ((*parts, "items"), (*words, "item")), depth + 1))
        elif not members:
            members.append(tx.ANY)
        return tx.list_of(_bounded(tx.union(members)))

    def _object(self, schema: dict[str, Any], parts: tuple[str, ...], words: tuple[str, ...]) -> T:
        ptr = pointer(*parts) if parts else f"{self.context}#{'/'.join(words)}"
        found = self.objects.get(ptr)
        if found is None:
            found = PendingObject(f"Pending{len(self.objects)}_", ptr, words, schema, parts)
            self.objects[ptr] = found
            self._queue.append(found)
        return tx.ref(found.placeholder)

    def fields_of(
        self, schema: Any, parts: tuple[str, ...], seen: tuple[str, ...] = ()
    ) -> list[tuple[str, Any, tuple[str, ...], bool]]:
        """(key, schema, pointer parts, required) of an object schema's properties, through
        ``$ref`` and ``allOf``; empty when it is not an object with properties."""
        if isinstance(schema, dict) and "$ref" in schema:
            ref = str(schema["$ref"])
            if ref in seen:
                return []
            target, _ = self.deref(schema, seen)
            inner = pointer_parts(ref)
            return self.fields_of(target, inner, (*seen, ref))
        if not isinstance(schema, dict):
            return []
        out: list[tuple[str, Any, tuple[str, ...], bool]] = []
        if isinstance(schema.get("allOf"), list):
            for i, part in enumerate(schema["allOf"]):
                out += self.fields_of(part, (*parts, "allOf", str(i)), seen)
        props = schema.get("properties")
        if isinstance(props, dict):
            req = schema.get("required")
            required = {str(r) for r in req} if isinstance(req, list) else set()
            for key, prop in props.items():
                out.append((str(key), prop, (*parts, "properties", str(key)), key in required))
        merged: dict[str, tuple[str, Any, tuple[str, ...], bool]] = {}
        for key, prop, where, req_ in out:
            if key in merged:  # allOf repeats a key: required if any part requires it
                req_ = req_ or merged[key][3]
            merged[key] = (key, prop, where, req_)
        return list(merged.values())

    def drain(self) -> None:
        """Read the fields of every object schema met so far (and of those they meet)."""
        while self._queue:
            obj = self._queue.pop(0)
            fields = []
            for key, prop, where, required in self.fields_of(obj.schema, obj.parts):
                t = self.type_of(prop, (where, (*obj.words, key)))
                described, _ = self.deref(prop)
                desc = described.get("description") if isinstance(described, dict) else None
                fields.append(
                    SchemaField(key, t, required, desc if isinstance(desc, str) else None)
                )
            extra = obj.schema.get("additionalProperties")
            additional = None
            if extra is True or extra == {}:
                additional = tx.ANY
            elif isinstance(extra, dict):
                extra_at = ((*obj.parts, "additionalProperties"), (*obj.words, "value"))
                additional = self.type_of(extra, extra_at)
            desc = obj.schema.get("description")
            obj.built = ObjectSchema(
                name=obj.placeholder,
                source=_source(obj),
                fields=tuple(fields),
                additional=additional,
                description=desc if isinstance(desc, str) else None,
            )

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


def _source(obj: PendingObject) -> str:
    if obj.words[0] == "component" and len(obj.words) == 2:
        return obj.words[1]
    return "#" + obj.pointer


def _size(t: T) -> int:
    return sum(1 for _ in t.walk())


def _bounded(t: T) -> T:
    """A union too big to read keeps the shape of its members: lists and maps of Any."""
    if t.kind is not tx.Kind.UNION or _size(t) <= MAX_UNION_NODES:
        return t
    return tx.union(
        [
            (
                tx.list_of(tx.ANY)
                if a.kind is tx.Kind.LIST
                else tx.DICT if a.kind is tx.Kind.DICT else a
            )
            for a in t.args
        ]
    )


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
