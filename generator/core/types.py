"""A tiny algebra of Python types, rendered as annotation strings.

Parsers build these from schema prose or JSON Schema; the model stores the rendered string.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache


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
BYTES = T("prim", "bytes")  # a file part of a multipart body
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


_PRIMS = {
    "int": INT,
    "str": STR,
    "bool": BOOL,
    "float": FLOAT,
    "bytes": BYTES,
    "Any": ANY,
    "None": NONE,
}


@cache
def parse(text: str) -> T:
    """Parse an annotation string back into a type; only the forms ``render`` writes are
    accepted, so a model JSON cannot smuggle code into generated clients."""
    import ast

    try:
        node = ast.parse(text, mode="eval").body
    except SyntaxError:
        raise ValueError(f"not a type annotation: {text!r}") from None
    return _from_ast(node, text)


def _from_ast(node: object, text: str) -> T:
    import ast

    if isinstance(node, ast.Name) and node.id in _PRIMS:
        return _PRIMS[node.id]
    if isinstance(node, ast.Constant) and node.value is None:
        return NONE
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return union([_from_ast(node.left, text), _from_ast(node.right, text)])
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        args = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        head = node.value.id
        if head == "list" and len(args) == 1:
            return list_of(_from_ast(args[0], text))
        if head == "dict" and len(args) == 2:
            return T("dict", args=(_from_ast(args[0], text), _from_ast(args[1], text)))
        if head == "Literal" and all(
            isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args
        ):
            return literal([str(a.value) for a in args if isinstance(a, ast.Constant)])
    raise ValueError(f"unsupported type annotation: {text!r}")


def accepts(wide: T, narrow: T) -> bool:
    """Whether every value of ``narrow`` is a value of ``wide`` (JSON view: int is a float)."""
    if wide in (ANY, narrow):
        return True
    if narrow.kind == "union":
        return all(accepts(wide, a) for a in narrow.args)
    if wide.kind == "union":
        return any(accepts(a, narrow) for a in wide.args)
    if narrow == ANY:
        return False
    if wide == FLOAT and narrow == INT:
        return True
    if wide == STR and narrow.kind == "literal":
        return True
    if wide.kind == "literal" and narrow.kind == "literal":
        return set(narrow.values) <= set(wide.values)
    if wide.kind == narrow.kind and wide.kind in ("list", "dict"):
        return all(accepts(w, n) for w, n in zip(wide.args, narrow.args, strict=True))
    return False
