"""Python source text for values: string literals, docstrings, annotations, path templates.
Every string that ends up in generated code is escaped here."""

from __future__ import annotations

from collections.abc import Callable

from generator.core import types as tx
from generator.core.model import QUERY_LOCATIONS, Param


def py_literal(text: str) -> str:
    """A double-quoted Python string literal for any text."""
    out = ['"']
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch.isprintable():
            out.append(ch)
        else:
            out.append(ch.encode("unicode_escape").decode("ascii"))
    out.append('"')
    return "".join(out)


def docstring(text: str, indent: str = "") -> str:
    """A triple-quoted docstring literal; quotes, backslashes and control characters in
    ``text`` are escaped so that no documentation can end or break the literal. Lines after
    the first are indented by ``indent``, as black would lay them out."""
    body = []
    for ch in text.strip("\n"):
        if ch == "\\":
            body.append("\\\\")
        elif ch in "\n\t" or ch.isprintable():
            body.append(ch)
        else:
            body.append(ch.encode("unicode_escape").decode("ascii"))
    escaped = "".join(body).replace('"""', '\\"\\"\\"')
    lines = [line.rstrip() for line in escaped.split("\n")]
    if lines[-1].endswith('"'):
        lines[-1] = lines[-1][:-1] + '\\"'
    if len(lines) == 1:
        return f'"""{lines[0]}"""'
    rest = [indent + line if line else "" for line in lines[1:]]
    return '"""' + "\n".join([lines[0], *rest]) + "\n" + indent + '"""'


def annotation(param: Param) -> str:
    """The signature annotation: the model's type written as black writes it, with ``List``
    for ``list`` (a resource may have a method named ``list``); an optional query parameter
    also takes None, an optional body key ``UNSET`` (None there sends null)."""
    text = type_code(param.type)
    if param.needed:
        return text
    if default_code(param) == "None":
        return text if param.type.nullable else f"{text} | None"
    return text + " | Unset"


def default_code(param: Param) -> str:
    """The Python default of an optional parameter: nothing is sent unless the caller gives
    a value (the server's own default then applies; the docstring says it), so ``None`` for
    query parameters and ``UNSET`` for body keys."""
    if param.location in QUERY_LOCATIONS:  # None and "not given" both: not sent
        return "None"
    return "UNSET"


def type_code(t: tx.T, *, file_parts: bool = True, lit: Callable[[str], str] = py_literal) -> str:
    """The annotation text of ``t``: ``List`` for ``list`` (a resource may have a method
    named ``list``), Literal values written by ``lit``, schemas by their class name; with
    ``file_parts``, ``bytes`` is a file part a caller may give as bytes, a file or a pair."""
    if t == tx.BYTES and file_parts:
        return "bytes | IO[bytes] | tuple[str, bytes | IO[bytes]]"

    def code(x: tx.T) -> str:
        return type_code(x, file_parts=file_parts, lit=lit)

    if t.kind is tx.Kind.LIST:
        return f"List[{code(t.args[0])}]"
    if t.kind is tx.Kind.DICT:
        return f"dict[{code(t.args[0])}, {code(t.args[1])}]"
    if t.kind is tx.Kind.LITERAL:
        return "Literal[" + ", ".join(lit(v) for v in t.values) + "]"
    if t.kind is tx.Kind.UNION:
        return " | ".join(code(a) for a in t.args)
    return t.render()  # int, str, bool, float, bytes, Any, None, and schema names


# The typing names a type needs imported, by the kind of node that uses them.
_TYPING_NAMES = {tx.Kind.LITERAL: "Literal", tx.Kind.LIST: "List", tx.Kind.ANY: "Any"}


def typing_names(t: tx.T, *, file_parts: bool = True) -> set[str]:
    """The names of ``typing`` that ``type_code(t, file_parts=...)`` uses."""
    names = {_TYPING_NAMES[n.kind] for n in t.walk() if n.kind in _TYPING_NAMES}
    if file_parts and tx.BYTES in t.walk():
        names.add("IO")
    return names
