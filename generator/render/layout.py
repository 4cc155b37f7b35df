"""Long statements laid out as black lays them out (line length 100), so that black finds
nothing to change in a generated module: a module black changes costs it a second pass
(tests/unit/render/test_layout.py holds this layout to black's on every shipped package).

Expressions are small trees: an atom (text that is never split), a bracketed group of
items (a call's arguments, a tuple), a keyword argument. A group that does not fit on its
line puts its items on one indented line when they fit there, else one item a line, each
with a trailing comma, laid out again in turn.
"""

from __future__ import annotations

from dataclasses import dataclass

LINE_LENGTH = 100
_INDENT = "    "


@dataclass(frozen=True)
class Group:
    """``opening`` + items + ``closing``: ``RequestSpec(`` ... ``)``, ``(`` ... ``)``. A
    group of one item that is a tuple writes the tuple's own comma (``(x,)``)."""

    opening: str
    items: tuple[Node, ...]
    closing: str = ")"
    one_tuple: bool = False


@dataclass(frozen=True)
class Keyword:
    name: str
    value: Node


Node = str | Group | Keyword


def flat(node: Node) -> str:
    """The node on one line."""
    if isinstance(node, str):
        return node
    if isinstance(node, Keyword):
        return f"{node.name}={flat(node.value)}"
    inner = ", ".join(flat(i) for i in node.items)
    comma = "," if node.one_tuple and len(node.items) == 1 else ""
    return f"{node.opening}{inner}{comma}{node.closing}"


def _lines(node: Node, depth: int, lead: str, trail: str) -> list[str]:
    """``node`` at indent ``depth``, after ``lead`` and before ``trail`` on its line."""
    pad = _INDENT * depth
    one = f"{pad}{lead}{flat(node)}{trail}"
    if len(one) <= LINE_LENGTH:
        return [one]
    if isinstance(node, Keyword):
        return _lines(node.value, depth, f"{lead}{node.name}=", trail)
    if isinstance(node, str) or not node.items:
        return [one]
    head = f"{pad}{lead}{node.opening}"
    tail = f"{pad}{node.closing}{trail}"
    body = _INDENT * (depth + 1) + ", ".join(flat(i) for i in node.items)
    if node.one_tuple and len(node.items) == 1:
        body += ","
    if len(body) <= LINE_LENGTH:
        return [head, body, tail]
    out = [head]
    for item in node.items:
        out += _lines(item, depth + 1, "", ",")
    return [*out, tail]


def nested(node: Node, depth: int, trail: str) -> str:
    """``node`` as the start of a line already indented ``depth`` levels (the template
    writes the first line's indent), followed by ``trail``."""
    lines = _lines(node, depth, "", trail)
    return "\n".join([lines[0][len(_INDENT) * depth :], *lines[1:]])


def statement(lead: str, node: Node) -> str:
    """``lead`` (``NAME = ``) and ``node`` at the module's top level, as black writes them."""
    return "\n".join(_lines(node, 0, lead, ""))


def import_from(module: str, names: list[str]) -> str:
    """``from module import a, b``, or one name a line with a trailing comma when too long
    (black adds the comma to a split import)."""
    line = f"from {module} import {', '.join(names)}"
    if len(line) <= LINE_LENGTH:
        return line
    return f"from {module} import (\n" + "".join(f"{_INDENT}{n},\n" for n in names) + ")"
