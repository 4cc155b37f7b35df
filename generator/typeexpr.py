"""A tiny algebra of Python types, rendered as annotation strings.

Parsers build these from schema prose or JSON Schema; the model stores the rendered string.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class T:
    """A type: ``kind`` is one of prim, list, dict, literal, union."""

    kind: str
    name: str = ""  # prim: int, str, bool, float, Any, None
    args: tuple[T, ...] = ()
    values: tuple[str, ...] = ()  # literal values (strings)

    def render(self) -> str:
        if self.kind == "prim":
            return self.name
        if self.kind == "list":
            return f"list[{self.args[0].render()}]"
        if self.kind == "dict":
            return f"dict[{self.args[0].render()}, {self.args[1].render()}]"
        if self.kind == "literal":
            return "Literal[" + ", ".join(repr(v) for v in self.values) + "]"
        return " | ".join(a.render() for a in self.args)


ANY = T("prim", "Any")
INT = T("prim", "int")
STR = T("prim", "str")
BOOL = T("prim", "bool")
FLOAT = T("prim", "float")
NONE = T("prim", "None")
DICT = T("dict", args=(STR, ANY))


def list_of(item: T) -> T:
    return T("list", args=(item,))


def dict_of(value: T) -> T:
    return T("dict", args=(STR, value))


def literal(values: list[str] | tuple[str, ...]) -> T:
    seen: list[str] = []
    for v in values:
        if v not in seen:
            seen.append(v)
    return T("literal", values=tuple(seen))


def union(items: list[T] | tuple[T, ...]) -> T:
    flat: list[T] = []
    for item in items:
        for part in item.args if item.kind == "union" else (item,):
            if part not in flat:
                flat.append(part)
    if ANY in flat:
        return ANY
    # Merge literals into one Literal[...] so the annotation stays readable.
    lits = [p for p in flat if p.kind == "literal"]
    if len(lits) > 1:
        merged = literal([v for lit in lits for v in lit.values])
        first = flat.index(lits[0])
        flat = [p for p in flat if p.kind != "literal"]
        flat.insert(first, merged)
    # None goes last.
    if NONE in flat:
        flat = [p for p in flat if p != NONE] + [NONE]
    if len(flat) == 1:
        return flat[0]
    return T("union", args=tuple(flat))


def nullable(t: T) -> T:
    return ANY if t == ANY else union([t, NONE])


def strip_none(t: T) -> T:
    if t.kind != "union":
        return t
    rest = [a for a in t.args if a != NONE]
    return rest[0] if len(rest) == 1 else T("union", args=tuple(rest))


def enum_values(t: T) -> tuple[str, ...]:
    """The literal values a type admits at its top level (for the model's ``enum``)."""
    if t.kind == "literal":
        return t.values
    if t.kind == "union":
        lits = [a for a in t.args if a.kind == "literal"]
        if lits and all(a.kind == "literal" or a == NONE for a in t.args):
            return lits[0].values
    return ()
