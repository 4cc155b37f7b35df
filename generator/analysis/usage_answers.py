"""What a user's code reads from the answers of generated methods, for ``--usage``.

``card = mb.card.get(1)`` makes ``card`` an answer of ``card.get``; ``card["dataset_query"]``,
``card.get("dataset_query")``, and the same on what ``for`` or an index takes out of it, read
a key path (``result_metadata.name``: lists are passed through, as in the diff's paths). A
read is hit by a ``response-key-removed``, ``-optional`` or ``-retyped`` change of the same
endpoint at the same key path. The scanner's values for answers are ``("ans", attr, key,
paged)``: ``paged`` is ``"paged"`` for the items ``mb.paginate`` yields (their keys may sit
under the page's ``data``).
"""

from __future__ import annotations

import ast
from collections.abc import Iterable

from generator.analysis.changes import Change
from generator.analysis.kinds import ChangeKind as K
from generator.analysis.usage_calls import (
    NOT_LITERAL,
    Read,
    Source,
    Value,
    column,
    literal,
    text_of,
)

ANSWER = "ans"
_GET = "ansget"
READ_KINDS = frozenset({K.RESPONSE_KEY_REMOVED, K.RESPONSE_KEY_OPTIONAL, K.RESPONSE_KEY_RETYPED})


def answer(attr: str, paged: bool = False) -> Value:
    """The value of a call of ``attr`` (``card.get``), or of ``mb.paginate`` over it."""
    return (ANSWER, attr, "", "paged" if paged else "")


def is_answer(v: Value) -> bool:
    return v[:1] == (ANSWER,)


def element(v: Value) -> Value:
    """An item of an answer (a list's element, an index): the same key path."""
    return v if is_answer(v) else ()


def method(v: Value, attr: str) -> Value:
    """``answer.get``: a reader of one key; any other attribute is not followed."""
    return (_GET, *v[1:]) if is_answer(v) and attr == "get" else ()


def is_getter(v: Value) -> bool:
    return v[:1] == (_GET,)


def read(
    file: str, src: Source, node: ast.expr, base: Value, key_node: ast.AST | None, safe: bool
) -> tuple[Value, Read | None]:
    """``base[key]`` (or ``base.get(key)``, ``safe``; ``node`` the whole expression): the
    value it gives and the read it makes; a computed key is not followed, an index keeps
    the path."""
    if key_node is None:
        return (), None
    if isinstance(key_node, ast.Slice):
        return (ANSWER, *base[1:]), None
    key = literal(key_node)
    if isinstance(key, int) and not isinstance(key, bool):
        return (ANSWER, *base[1:]), None
    if key is NOT_LITERAL or not isinstance(key, str):
        return (), None
    _, attr, prefix, paged = base
    path = f"{prefix}.{key}" if prefix else key
    where = (file, node.lineno, column(src, node), text_of(src, node))
    found = Read(*where, attr, path, paged=bool(paged), safe=safe)
    return (ANSWER, attr, path, paged), found


def paths(r: Read) -> tuple[str, ...]:
    """The key paths of the answer's schema a read may be: an item of a page may sit under
    its ``data``."""
    return (r.key, f"data.{r.key}") if r.paged else (r.key,)


def changes_read(r: Read, changes: Iterable[Change]) -> list[Change]:
    """The changes of the read's endpoint (``changes``) that take away the key it reads; a
    key made optional does not reach a read with ``.get()``."""
    wanted = set(paths(r))
    kinds = READ_KINDS - {K.RESPONSE_KEY_OPTIONAL} if r.safe else READ_KINDS
    return [c for c in changes if c.kind in kinds and c.old in wanted]


def advice(r: Read, c: Change) -> str | None:
    last = r.key.rsplit(".", 1)[-1]
    if c.kind is K.RESPONSE_KEY_OPTIONAL:
        return f"read it with .get({last!r}) and handle its absence"
    return None
