"""Made-up answers built from a generated package's declared types (resolved annotations):
every key of a TypedDict (optional ones too, down to a depth), the ``pick``-th member of each
union, the first value of each Literal."""

from __future__ import annotations

import types
import typing
from typing import Any

from typing_extensions import is_typeddict

OPTIONAL_DEPTH = 4  # below this, NotRequired keys are left out (recursive types end)
LIST_DEPTH = 7  # below this, lists are empty


def made_up(tp: Any, pick: int = 0, depth: int = 0) -> Any:  # noqa: C901 - one dispatch
    """A JSON value of type ``tp``."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if tp is Any:
        return {"anything": [1, "x", None]}
    if tp is None or tp is type(None):
        return None
    if tp is bool:
        return True
    if tp is int:
        return 7 + depth
    if tp is float:
        return 1.5
    if tp is str:
        return f"x{depth}"
    if origin is typing.Literal:
        return args[pick % len(args)]
    if origin is typing.Union or origin is types.UnionType:
        real = [a for a in args if a is not type(None)]
        return made_up(real[pick % len(real)], pick, depth + 1)
    if origin is list:
        return [] if depth >= LIST_DEPTH else [made_up(args[0], pick, depth + 1)]
    if origin is dict:
        return {"k": made_up(args[1], pick, depth + 1)}
    if is_typeddict(tp):
        hints = typing.get_type_hints(tp)
        required = tp.__required_keys__
        return {
            k: made_up(t, pick, depth + 1)
            for k, t in hints.items()
            if k in required or depth < OPTIONAL_DEPTH
        }
    raise TypeError(f"not a JSON type: {tp!r}")


def union_width(tp: Any, depth: int = 0) -> int:
    """The most members of a union anywhere in ``tp`` (how many picks reach them all)."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if depth > 6:
        return 1
    own = (
        len([a for a in args if a is not type(None)])
        if origin in (typing.Union, types.UnionType)
        else 1
    )
    inner = [union_width(a, depth + 1) for a in args]
    if is_typeddict(tp):
        inner = [union_width(t, depth + 1) for t in typing.get_type_hints(tp).values()]
    return max([own, *inner])
