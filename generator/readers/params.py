"""Typing one documented parameter, shared by every reader: its prose first, then its
location, then its name (docs/type-inference.md)."""

from __future__ import annotations

from dataclasses import replace

from generator.core import naming
from generator.core import types as tx
from generator.core.diagnostics import Diagnostics
from generator.core.diagnostics import Location as Where
from generator.core.model import NO_CONSTRAINTS, PATH, Location, Param, TypeOrigin
from generator.readers import constraints, inference, prose


def non_path_location(method: str) -> Location:
    return "query" if method in ("GET", "DELETE") else "body"


def typed_param(
    name: str, location: Location, text: str, file: str | Where, line: int, diags: Diagnostics
) -> Param:
    """Type one parameter from its prose, else its location, else its name."""
    t: tx.T | None = None
    nullable = False
    origin: TypeOrigin = "none"
    if text:
        read = prose.read(text)
        nullable = read.nullable
        if read.type is not None:
            t, origin = read.type, "prose"
        else:
            diags.warning(
                "unreadable-prose",
                f"cannot type {name!r} from {' '.join(text.split())!r}",
                file,
                line,
            )
    if t is None and location == PATH:
        t, origin = inference.from_path(name), "location"
    if t is None:
        guess = inference.from_name(name)
        if guess is not None:
            t, origin = guess, "name"
    if t is None:
        t = tx.ANY
    required = location == PATH or (bool(text) and not nullable)
    shown = tx.nullable(t) if nullable and location != PATH else t
    return Param(
        name=name,
        python_name=naming.identifier(name),
        location=location,
        required=required,
        type=shown,
        schema=text or None,
        type_origin=origin,
        constraints=constraints.from_prose(text, shown) if text else NO_CONSTRAINTS,
    )


def with_unique_names(params: tuple[Param, ...]) -> tuple[Param, ...]:
    names = naming.unique([p.python_name for p in params])
    return tuple(
        p if p.python_name == n else replace(p, python_name=n)
        for p, n in zip(params, names, strict=True)
    )
