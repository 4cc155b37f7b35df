"""The malli descriptions of 2023-2024 Markdown docs, read into the type tree.

Metabase printed its malli schemas with a describer whose output has a small grammar; this
module reads the map and union parts of it. What sits inside ``<...>`` (a key's value) is
any schema prose, handed back to the prose reader (``leaf``), which calls this module again
for a nested map.

    map      := "map where {" entry (", " entry)* "}" [" with no other keys"]
                [", and " one-of]
    entry    := ":" key [" (optional)"] " -> <" prose ">"
    one-of   := "one of <" alt (" | " alt)* "> dispatched by " (":" key | words)
    alt      := ":" tag " = " prose

A map becomes an object schema (a TypedDict: keys marked ``(optional)`` are NotRequired;
``with no other keys`` allows no others, else any key may be added). A ``one of`` is the
union of its alternatives; an alternative that is a map gets its dispatch key typed as the
tag (``Literal['ttl']``), so the union is tagged. The grammar, with examples, is in
docs/type-inference.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextvars import ContextVar

from generator.core import types as tx
from generator.core.model import ObjectSchema, SchemaField
from generator.core.types import T

Leaf = Callable[[str], "T | None"]
_ENTRY = re.compile(r"^:(?P<key>[^\s>]+)(?P<optional> \(optional\))? -> <(?P<value>.*)>$", re.S)
_ALT = re.compile(r"^:(?P<tag>[^\s=]+) = (?P<value>.*)$", re.S)
_CLOSED = " with no other keys"
# Nested maps deeper than this are typed ``dict[str, Any]``.
_MAX_DEPTH = 8
_DEPTH: ContextVar[int] = ContextVar("malli_depth", default=0)


def split_top(text: str, sep: str) -> list[str]:
    """Split on ``sep`` outside (), [], {} and <> (an arrow's ``->`` is no bracket)."""
    parts: list[str] = []
    depth, start, i = 0, 0, 0
    while i < len(text):
        ch = text[i]
        if _comparison(text, i):
            pass
        elif ch in "([{<":
            depth += 1
        elif ch in ")]}>" and depth > 0:
            depth -= 1
        elif depth == 0 and text.startswith(sep, i):
            parts.append(text[start:i])
            i += len(sep)
            start = i
            continue
        i += 1
    parts.append(text[start:])
    return parts


def _comparison(text: str, i: int) -> bool:
    """An angle bracket that is no bracket: the arrow of ``:k -> <v>``, ``>=``, ``<=``."""
    if text[i] not in "<>":
        return False
    return text[i - 1 : i] == "-" or text[i + 1 : i + 2] == "=" or text[i - 1 : i + 2] == " > "


def _closing(text: str, start: int, open_ch: str, close_ch: str) -> int:
    """The index of the bracket closing the one at ``start``, or -1."""
    depth = 0
    for i in range(start, len(text)):
        ch = text[i]
        if _comparison(text, i):
            continue
        if ch in "([{<":
            depth += 1
        elif ch in ")]}>":
            depth -= 1
            if depth == 0:
                return i if ch == close_ch and text[start] == open_ch else -1
    return -1


class Reader:
    """Reads map and union descriptions; object schemas go to ``schemas`` (by name)."""

    def __init__(self, leaf: Leaf, schemas: dict[str, ObjectSchema]) -> None:
        self.leaf, self.schemas = leaf, schemas

    def read(self, text: str) -> T | None:
        """A ``map where {...}`` or ``one of <...>`` description; None for any other."""
        text = text.strip().rstrip(".").strip()
        if text.startswith("one of <"):
            return self.one_of(text)
        if not text.startswith("map where {"):
            return None
        end = _closing(text, len("map where "), "{", "}")
        if end < 0:
            return None
        rest = text[end + 1 :]
        closed = rest.startswith(_CLOSED)
        if closed:
            rest = rest[len(_CLOSED) :]
        if rest.startswith(", and one of <"):
            return self.one_of(rest[len(", and ") :])
        if rest.strip():
            return None
        return self.map_of(text[len("map where {") : end], closed)

    def map_of(self, body: str, closed: bool, tag: tuple[str, str] | None = None) -> T | None:
        depth = _DEPTH.get()
        if depth >= _MAX_DEPTH:
            return tx.DICT
        fields: list[SchemaField] = []
        token = _DEPTH.set(depth + 1)
        try:
            for raw in split_top(body, ", ") if body.strip() else []:
                m = _ENTRY.match(raw.strip())
                if not m:
                    return None
                t = self.leaf(m.group("value"))
                fields.append(SchemaField(m.group("key"), t or tx.ANY, not m.group("optional")))
        finally:
            _DEPTH.reset(token)
        if tag is not None:
            fields = _tagged(fields, *tag)
        return tx.ref(self.add(tuple(fields), closed, _camel([tag[1]]) if tag else ""))

    def one_of(self, text: str) -> T | None:
        end = _closing(text, len("one of "), "<", ">")
        if end < 0 or not text[end + 1 :].startswith(" dispatched by "):
            return None
        by = text[end + 1 + len(" dispatched by ") :].strip()
        key = by[1:] if re.fullmatch(r":[\w\-]+", by) else None
        members: list[T] = []
        for raw in split_top(text[len("one of <") : end], " | "):
            m = _ALT.match(raw.strip())
            if not m:
                return None
            members.append(self.alternative(m.group("tag"), m.group("value"), key))
        return tx.union(members) if members else None

    def alternative(self, tag: str, value: str, key: str | None) -> T:
        value = value.strip()
        if key is not None and value.startswith("map where {"):
            end = _closing(value, len("map where "), "{", "}")
            if end > 0 and value[end + 1 :].strip() in ("", _CLOSED.strip()):
                body = value[len("map where {") : end]
                t = self.map_of(body, value[end + 1 :].strip() != "", (key, tag))
                if t is not None:
                    return t
        t = self.leaf(value)
        return t if t is not None else tx.ANY

    def add(self, fields: tuple[SchemaField, ...], closed: bool, tag: str = "") -> str:
        """The schema's name: an alternative's tag, ``Map`` and its first three keys
        CamelCased (``And<N>`` for N keys more: ``TtlMapTypeMultiplierMinDurationMs``),
        ``_2``, ``_3``... for another schema of the same name."""
        keys = [f.key for f in fields]
        base = tag + "Map" + _camel(keys[:3]) + (f"And{len(keys) - 3}" if len(keys) > 3 else "")
        schema = ObjectSchema(base, "prose: malli map", fields, None if closed else tx.ANY)
        name, i = base, 2
        while name in self.schemas and self.schemas[name] != _named(schema, name):
            name, i = f"{base}_{i}", i + 1
        self.schemas[name] = _named(schema, name)
        return name


def _camel(words: list[str]) -> str:
    return "".join(w[:1].upper() + w[1:] for k in words for w in re.findall(r"[A-Za-z0-9]+", k))


def _named(schema: ObjectSchema, name: str) -> ObjectSchema:
    return ObjectSchema(name, schema.source, schema.fields, schema.additional)


def _tagged(fields: list[SchemaField], key: str, tag: str) -> list[SchemaField]:
    """The alternative's dispatch key as its tag: required, ``Literal[tag]``."""
    lit = tx.literal([tag])
    out = [SchemaField(f.key, lit, True) if f.key == key else f for f in fields]
    if not any(f.key == key for f in fields):
        out.insert(0, SchemaField(key, lit, True))
    return out
