"""What a parameter's value must satisfy beyond its type, read from the docs: the words of
Markdown-era prose and the keywords of an OpenAPI schema, into one structured value."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from generator.core import types as tx
from generator.core.model import NO_CONSTRAINTS, Constraints


@lru_cache(maxsize=8192)
def from_prose(text: str, t: tx.T) -> Constraints:
    """``value must be an integer greater than zero.`` -> minimum 0, exclusive. The words of
    a list's prose (``an array of integers greater than zero``) speak of its items, which
    the model does not constrain."""
    if tx.strip_none(t).kind is tx.Kind.LIST:
        return NO_CONSTRAINTS
    words = " ".join(text.lower().split())
    values: dict[str, Any] = {}
    if "greater than or equal to zero" in words:
        values.update(minimum=0)
    elif "greater than zero" in words or "positive integer" in words:
        values.update(minimum=0, exclusive_minimum=True)
    if "non-blank" in words:
        values.update(non_blank=True)
    if "cannot be empty" in words or "non-empty" in words:
        values.update(min_length=1) if "string" in words else values.update(min_items=1)
    return Constraints(**values) if values else NO_CONSTRAINTS


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value


def _count(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def from_schema(schema: object) -> Constraints:
    """JSON Schema keywords (2020-12: ``exclusiveMinimum`` is a number; the older boolean
    form is read too) of the schema itself or of the one non-null member of its anyOf."""
    if not isinstance(schema, dict):
        return NO_CONSTRAINTS
    for key in ("anyOf", "oneOf"):
        members = schema.get(key)
        if isinstance(members, list):
            real = [m for m in members if not (isinstance(m, dict) and m.get("type") == "null")]
            if len(real) == 1:
                return from_schema(real[0])
    values: dict[str, Any] = {}
    for word, field in (("minimum", "minimum"), ("maximum", "maximum")):
        number = _number(schema.get(word))
        if number is not None:
            values[field] = number
    for word, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        raw = schema.get(word)
        number = _number(raw)
        if number is not None:
            values[bound] = number
            values[f"exclusive_{bound}"] = True
        elif raw is True and bound in values:
            values[f"exclusive_{bound}"] = True
    for word, field in (("minLength", "min_length"), ("maxLength", "max_length")):
        count = _count(schema.get(word))
        if count is not None:
            values[field] = count
    min_items = _count(schema.get("minItems"))
    if min_items:
        values["min_items"] = min_items
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and pattern:
        values["pattern"] = pattern
    return Constraints(**values) if values else NO_CONSTRAINTS
