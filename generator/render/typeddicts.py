"""The model's object schemas as TypedDicts: the package's ``_schemas.py``, and the annotation
text of any type, for signatures and return types (docs/typeddicts.md).

Every schema is written in the functional form, ``Name = TypedDict("Name", {...})``, because
Metabase's keys are often not identifiers (``lib/type``, ``display-name``). Each value is a
string annotation (resolved later, so schemas may refer to each other in any order and to
themselves), wrapped in ``NotRequired[...]`` when the key is optional: the wrapper is
evaluated at import, so ``__required_keys__`` is right at runtime, and
``typing.get_type_hints`` resolves every string against the module. Values stay plain JSON at
runtime: a TypedDict is a dict.

For views.py and the templates:

- ``annotation(t)``: the annotation of a type, schemas by class name, ``List`` for lists.
- ``return_annotation(endpoint)``: ``None``, ``bytes`` or the annotation of ``returns``.
- ``typing_names(types)``: what ``from typing import ...`` those annotations need.
- ``schema_imports(types)``: ``["from .._schemas import A, B"]`` for a resource module.
- ``render_schemas(model)``: the text of ``_schemas.py`` (None when the model has no schemas).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

import jinja2

from generator.core import types as tx
from generator.core.model import ApiModel, Endpoint, ObjectSchema
from generator.render import literals
from generator.render.jinja_env import environment
from generator.render.literals import type_code

MODULE = "_schemas"
LINE_LENGTH = 100  # black's, as the package is formatted


def literal(text: str) -> str:
    """A Python string literal of ``text``, ASCII only, every control character escaped,
    quoted as black leaves it: double quotes unless that needs more escapes than single."""
    double = json.dumps(text, ensure_ascii=True)
    if text.count('"') <= text.count("'"):
        return double
    return "'" + double[1:-1].replace('\\"', '"').replace("'", "\\'") + "'"


def annotation(t: tx.T) -> str:
    """The annotation text of ``t``: schemas by their class name, ``List[...]`` for lists
    (a resource may have a method named ``list``), ``Literal["a", "b"]``, ``X | None``."""
    return type_code(t, file_parts=False, lit=literal)


def return_annotation(endpoint: Endpoint) -> str:
    """What the generated method returns: ``None`` (no content), ``bytes`` (a file or other
    non-JSON content) or the annotation of the JSON value (``Any`` when undocumented)."""
    if endpoint.returns_kind == "none":
        return "None"
    if endpoint.returns_kind == "bytes":
        return "bytes"
    return annotation(endpoint.returns)


def typing_names(types: Iterable[tx.T]) -> set[str]:
    """The names of ``typing`` that ``annotation`` uses for these types."""
    return set().union(*(literals.typing_names(t, file_parts=False) for t in types))


def schema_names(types: Iterable[tx.T]) -> set[str]:
    """The schema class names these types refer to."""
    out: set[str] = set()
    for t in types:
        out |= tx.refs(t)
    return out


def schema_imports(types: Iterable[tx.T], prefix: str = "..") -> list[str]:
    """The import lines a module of the package needs for the schemas ``types`` name:
    ``["from .._schemas import Action, Card"]`` from a module under ``resources/`` (use
    ``prefix="."`` from the package's top level); ``[]`` when they name none."""
    names = sorted(schema_names(types))
    if not names:
        return []
    line = f"from {prefix}{MODULE} import {', '.join(names)}"
    if len(line) <= LINE_LENGTH:
        return [line]
    # as black lays it out, so that black has nothing to change (a changed file costs it a
    # second pass)
    return [f"from {prefix}{MODULE} import (\n" + "".join(f"    {n},\n" for n in names) + ")"]


def endpoint_types(endpoint: Endpoint) -> list[tx.T]:
    """Every type an endpoint's method mentions: its parameters' and its return type."""
    return [p.type for p in endpoint.params] + [endpoint.returns]


@dataclass(frozen=True)
class FieldView:
    key: str  # literal
    value: str  # the dict value expression: "ann" or NotRequired["ann"]


@dataclass(frozen=True)
class SchemaView:
    name: str
    name_literal: str
    comment: str  # one line, without "#"
    fields: tuple[FieldView, ...]


@dataclass(frozen=True)
class SchemasView:
    docstring: str
    typing_imports: str  # "from typing import ..." or ""
    schemas: tuple[SchemaView, ...]
    names: tuple[str, ...]  # literals, for __all__


def _one_line(text: str) -> str:
    """Text safe for a comment or a docstring line: one line, ASCII, no control characters."""
    flat = " ".join(text.split())
    shown = "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in flat)
    return shown.encode("ascii", "backslashreplace").decode("ascii")


LINE_LENGTH = 100  # black's, as the package is formatted
_FIELD_INDENT = " " * 8


def _string_annotation(text: str) -> str:
    """A string annotation, quoted as black leaves it."""
    return literal(text)


def _field_value(key: str, t: tx.T, required: bool, defined: frozenset[str] | set[str]) -> str:
    """A field's value as black lays it out: evaluated when it names only schemas defined
    above, else (or when too long for one line) a string annotation; ``NotRequired[...]``
    around it, split over three lines when still too long."""
    text = annotation(t)
    value = text if tx.refs(t) <= defined else _string_annotation(text)
    line = f"{_FIELD_INDENT}{key}: {value if required else f'NotRequired[{value}]'},"
    if len(line) > LINE_LENGTH and value == text:
        value = _string_annotation(text)
    if required:
        return value
    wrapped = f"NotRequired[{value}]"
    if len(f"{_FIELD_INDENT}{key}: {wrapped},") <= LINE_LENGTH:
        return wrapped
    return f"NotRequired[\n{_FIELD_INDENT}    {value}\n{_FIELD_INDENT}]"


def schema_view(s: ObjectSchema, defined: frozenset[str] | set[str] = frozenset()) -> SchemaView:
    """The view of one schema; a field naming a schema not ``defined`` above it (a cycle)
    is a string annotation, resolved later; the others are evaluated at import (cheaper
    than compiling a string, and the same to get_type_hints and pydantic)."""
    fields = []
    for f in s.fields:
        key = literal(f.key)
        fields.append(FieldView(key, _field_value(key, f.type, f.required, defined)))
    comment = _one_line(f"{s.source}" + (" (more keys allowed)" if s.additional else ""))
    return SchemaView(s.name, literal(s.name), comment, tuple(fields))


def dependency_order(schemas: Iterable[ObjectSchema]) -> list[ObjectSchema]:
    """Schemas after the schemas they refer to (by name otherwise), cycles broken by name."""
    by_name = {s.name: s for s in schemas}
    out: list[ObjectSchema] = []
    state: dict[str, int] = {}  # 1 visiting, 2 done
    for root in sorted(by_name):
        stack = [(root, iter(sorted(by_name[root].refs())))]
        state[root] = state.get(root) or 1
        if state[root] == 2:
            continue
        while stack:
            name, deps = stack[-1]
            nxt = next((d for d in deps if d in by_name and d not in state), None)
            if nxt is not None:
                state[nxt] = 1
                stack.append((nxt, iter(sorted(by_name[nxt].refs()))))
                continue
            stack.pop()
            state[name] = 2
            out.append(by_name[name])
    return out


def schemas_view(model: ApiModel) -> SchemasView:
    schemas = dependency_order(model.schemas)
    types = [f.type for s in schemas for f in s.fields]
    names = sorted(typing_names(types))
    return SchemasView(
        docstring='"""'
        + _one_line(f"Object schemas of the Metabase {model.metabase_version} API as TypedDicts.")
        .replace("\\", "\\\\")
        .replace('"', '\\"')
        + "\n\nGenerated by mbgen; do not edit. Values are plain JSON at runtime.\n"
        + '"""',
        typing_imports=f"from typing import {', '.join(names)}" if names else "",
        schemas=tuple(_views(schemas)),
        names=tuple(literal(n) for n in sorted(s.name for s in schemas)),
    )


def _views(schemas: list[ObjectSchema]) -> list[SchemaView]:
    defined: set[str] = set()
    out = []
    for s in schemas:
        out.append(schema_view(s, defined))
        defined.add(s.name)
    return out


def render_schemas(model: ApiModel, env: jinja2.Environment | None = None) -> str | None:
    """The source of the package's ``_schemas.py`` (before black), or None without schemas."""
    if not model.schemas:
        return None
    env = env or environment()
    return env.get_template("schemas.py.j2").render(s=schemas_view(model))
