"""Type expressions: the small frozen tree the model stores for every parameter.

Readers build them from prose or JSON Schema; renderers, diffs and exporters walk them. The
model's JSON form writes a tree as an annotation string (``render``) and reads it back with
``parse``, which accepts only the forms ``render`` writes.
"""

from __future__ import annotations

import ast
import enum
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache


class Kind(str, enum.Enum):
    NAMED = "named"  # int, str, bool, float, bytes
    ANY = "any"
    NONE = "none"
    LITERAL = "literal"  # string values
    LIST = "list"
    DICT = "dict"
    UNION = "union"
    REF = "ref"  # a named object schema of the model


NAMES = ("int", "str", "bool", "float", "bytes")


@dataclass(frozen=True)
class T:
    """A type. ``name`` for NAMED and REF, ``args`` for LIST (item), DICT (key, value) and
    UNION (members), ``values`` for LITERAL."""

    kind: Kind
    name: str = ""
    args: tuple[T, ...] = ()
    values: tuple[str, ...] = ()

    def render(self) -> str:
        """The annotation string of the model's JSON form: ``list[int] | None``."""
        if self.kind is Kind.NAMED or self.kind is Kind.REF:
            return self.name
        if self.kind is Kind.ANY:
            return "Any"
        if self.kind is Kind.NONE:
            return "None"
        if self.kind is Kind.LIST:
            return f"list[{self.args[0].render()}]"
        if self.kind is Kind.DICT:
            return f"dict[{self.args[0].render()}, {self.args[1].render()}]"
        if self.kind is Kind.LITERAL:
            return "Literal[" + ", ".join(repr(v) for v in self.values) + "]"
        return " | ".join(a.render() for a in self.args)

    def walk(self) -> Iterator[T]:
        """This node and every node below it, depth first."""
        yield self
        for a in self.args:
            yield from a.walk()

    @property
    def nullable(self) -> bool:
        """Whether None is one of the values (``X | None``, or ``None`` itself)."""
        return self.kind is Kind.NONE or (self.kind is Kind.UNION and NONE in self.args)


def named(name: str) -> T:
    if name not in NAMES:
        raise ValueError(f"not a named type: {name!r}")
    return T(Kind.NAMED, name)


ANY = T(Kind.ANY)
NONE = T(Kind.NONE)
INT = named("int")
STR = named("str")
BOOL = named("bool")
FLOAT = named("float")
BYTES = named("bytes")  # a file part of a multipart body
DICT = T(Kind.DICT, args=(STR, ANY))
_REF_NAME = re.compile(r"^[A-Z][A-Za-z0-9_]*$")
# Names a generated package already uses in the modules that import its schemas (typing,
# the runtime, the package's own exports): never a schema's name (docs/typeddicts.md).
RESERVED_NAMES = frozenset(
    {
        "Any", "None", "True", "False", "Literal", "List", "IO", "NotRequired", "Required",
        "TypedDict", "Mapping", "Iterable", "Iterator", "Sequence", "Optional", "Union",
        "Dict", "Tuple", "Type", "Callable", "TYPE_CHECKING", "Client", "BaseClient",
        "Resource", "UNSET", "Unset", "Timeout", "FileTarget", "ENDPOINTS", "EndpointInfo",
        "METABASE_VERSION", "MetabaseError", "ApiError", "AuthenticationError", "BadRequest",
        "ConnectionFailed", "NotFound", "PermissionDenied", "RateLimited", "RequestTimeout",
        "ServerError",
    }
)  # fmt: skip


def is_schema_name(name: str) -> bool:
    """Whether ``name`` can name a schema: CamelCase-ish, not reserved, not ``...Resource``
    (the resource classes)."""
    return (
        bool(_REF_NAME.match(name)) and name not in RESERVED_NAMES and not name.endswith("Resource")
    )


def ref(name: str) -> T:
    """A reference to a named object schema (a TypedDict of the generated package)."""
    if not is_schema_name(name):
        raise ValueError(f"not a schema name: {name!r}")
    return T(Kind.REF, name)


def refs(t: T) -> set[str]:
    """The names of the schemas ``t`` refers to."""
    return {n.name for n in t.walk() if n.kind is Kind.REF}


def map_refs(t: T, rename: Callable[[str], str]) -> T:
    """``t`` with every schema reference renamed."""
    if t.kind is Kind.REF:
        return ref(rename(t.name))
    if not t.args:
        return t
    return T(t.kind, t.name, tuple(map_refs(a, rename) for a in t.args), t.values)


def list_of(item: T) -> T:
    return T(Kind.LIST, args=(item,))


def dict_of(value: T) -> T:
    return T(Kind.DICT, args=(STR, value))


def literal(values: list[str] | tuple[str, ...]) -> T:
    seen: list[str] = []
    for v in values:
        if v not in seen:
            seen.append(v)
    return T(Kind.LITERAL, values=tuple(seen))


def union(items: list[T] | tuple[T, ...]) -> T:
    """The union of ``items``, flattened; Any absorbs every member but None; literals merge
    into one ``Literal[...]``; None goes last."""
    flat: list[T] = []
    for item in items:
        for part in item.args if item.kind is Kind.UNION else (item,):
            if part not in flat:
                flat.append(part)
    if ANY in flat:
        flat = [ANY, NONE] if NONE in flat else [ANY]
    lits = [p for p in flat if p.kind is Kind.LITERAL]
    if len(lits) > 1:
        merged = literal([v for lit in lits for v in lit.values])
        first = flat.index(lits[0])
        flat = [p for p in flat if p.kind is not Kind.LITERAL]
        flat.insert(first, merged)
    if NONE in flat:
        flat = [p for p in flat if p != NONE] + [NONE]
    if len(flat) == 1:
        return flat[0]
    return T(Kind.UNION, args=tuple(flat))


def nullable(t: T) -> T:
    return union([t, NONE])


def strip_none(t: T) -> T:
    if t.kind is not Kind.UNION:
        return t
    rest = [a for a in t.args if a != NONE]
    return rest[0] if len(rest) == 1 else T(Kind.UNION, args=tuple(rest))


def enum_values(t: T) -> tuple[str, ...]:
    """The literal values a type admits at its top level (for the model's ``enum``)."""
    if t.kind is Kind.LITERAL:
        return t.values
    if t.kind is Kind.UNION:
        lits = [a for a in t.args if a.kind is Kind.LITERAL]
        if lits and all(a.kind is Kind.LITERAL or a == NONE for a in t.args):
            return lits[0].values
    return ()


def is_untyped(t: T) -> bool:
    """``Any`` or ``Any | None``: nothing known of the value."""
    return t == ANY or strip_none(t) == ANY


_PRIMS = {"int": INT, "str": STR, "bool": BOOL, "float": FLOAT, "bytes": BYTES, "Any": ANY}
_MAX_DEPTH = 64


@cache
def parse(text: str) -> T:
    """Parse an annotation string back into a type; only the forms ``render`` writes are
    accepted, so a model JSON cannot smuggle code into generated clients."""
    if text.count("[") > _MAX_DEPTH:
        raise ValueError(f"type nests deeper than {_MAX_DEPTH} levels")
    try:
        node = ast.parse(text, mode="eval").body
    except (SyntaxError, RecursionError, MemoryError):
        raise ValueError(f"not a type annotation: {text!r}") from None
    return _from_ast(node, text)


def _from_ast(node: object, text: str) -> T:
    if isinstance(node, ast.Name) and node.id in _PRIMS:
        return _PRIMS[node.id]
    if isinstance(node, ast.Name) and is_schema_name(node.id):
        return ref(node.id)
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
            return T(Kind.DICT, args=(_from_ast(args[0], text), _from_ast(args[1], text)))
        if head == "Literal" and all(
            isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args
        ):
            return literal([str(a.value) for a in args if isinstance(a, ast.Constant)])
    raise ValueError(f"unsupported type annotation: {text!r}")


def accepts(wide: T, narrow: T) -> bool:
    """Whether every value of ``narrow`` is a value of ``wide`` (JSON view: int is a float)."""
    if wide in (ANY, narrow):
        return True
    if narrow.kind is Kind.UNION:
        return all(accepts(wide, a) for a in narrow.args)
    if wide.kind is Kind.UNION:
        return any(accepts(a, narrow) for a in wide.args)
    if narrow == ANY:
        return False
    if wide == FLOAT and narrow == INT:
        return True
    if wide == STR and narrow.kind is Kind.LITERAL:
        return True
    if wide.kind is Kind.LITERAL and narrow.kind is Kind.LITERAL:
        return set(narrow.values) <= set(wide.values)
    if wide.kind == narrow.kind and wide.kind in (Kind.LIST, Kind.DICT):
        return all(accepts(w, n) for w, n in zip(wide.args, narrow.args, strict=True))
    return False
