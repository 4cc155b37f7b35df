"""The schema-prose grammar, on phrases in each style Metabase has used."""

from __future__ import annotations

import pytest

from generator.readers import prose

CASES = [
    ("value must be an integer greater than zero.", "int", False),
    ("value may be nil, or if non-nil, value must be a non-blank string.", "str", True),
    ("value must be a valid boolean string ('true' or 'false').", "bool", False),
    ("value must be a boolean.", "bool", False),
    ("value must be one of: `csv`, `json`.", "Literal['csv', 'json']", False),
    ("value must be a map with the keys `a`, `b`, and `c`.", "dict[str, Any]", False),
    (
        "value must be an array. Each value must be an integer greater than zero.",
        "list[int]",
        False,
    ),
    (
        "value may be nil, or if non-nil, value must be an array. Each value may be nil, or if "
        "non-nil, value must be a map.",
        "list[dict[str, Any] | None]",
        True,
    ),
    (
        "value must satisfy one of the following requirements: 1) value must be a valid integer "
        "greater than zero. 2) value must be an array. Each value must be a valid integer greater "
        "than zero. The array cannot be empty.",
        "int | list[int]",
        False,
    ),
    ("nullable boolean", "bool", True),
    ("nullable enum of b, a", "Literal['b', 'a']", True),
    ("enum of card, :card.", "Literal['card']", False),
    ("sequence of value must be an integer greater than zero.", "list[int]", False),
    ("nullable map from <keyword> to <anything>", "dict[str, Any]", True),
    ("nullable must equal all, or natural integer", "Literal['all'] | int", True),
    ("one or more map", "dict[str, Any] | list[dict[str, Any]]", False),
    ("string, and must be a valid json-query, like '.a.b'", "str", False),
    (
        "map where {:a -> <integer>, :b (optional) -> <nullable string>} with no other keys",
        "dict[str, Any]",
        False,
    ),
    ("nullable nullable enum of x.", "Literal['x']", True),
    (
        "value must be a map with schema: (\n  a : value must be an integer.\n)",
        "dict[str, Any]",
        False,
    ),
    (
        "value may be nil, or if non-nil, String must be a valid two-letter code e.g. en.",
        "str",
        True,
    ),
    ("nullable :some.schema.id/card", "int", True),
    ("integer greater than or equal to 0", "int", False),
    ("number", "float", False),
    ("anything", "Any", False),
    # mid-2024: descriptions where the schema prose used to be, and schema names.
    ("A gadget id.", "int", False),
    ("Gizmo id to filter results.", "int", False),
    ("nullable The IDs of the gadgets to move.", "list[int]", True),
    ("nullable :metabase.api.gadget/gadget-type.", "str", True),
    (":metabase.api.gadget/owner-id", "int", False),
    # A made-up future phrase built from known parts: still read.
    ("nullable vector of enum of up, down", "list[Literal['up', 'down']]", True),
]


@pytest.mark.parametrize("text,expected,nullable", CASES)
def test_reads_grammar(text: str, expected: str, nullable: bool) -> None:
    got = prose.read(text)
    assert got.type is not None, text
    assert got.type.render() == expected
    assert got.nullable is nullable


@pytest.mark.parametrize(
    "text",
    [
        "Invalid widget type",
        "password is too common.",
        "nullable function",
        "Only X is supported",
        "Identifier of the gadget",
        "invalid id value.",
    ],
)
def test_error_messages_are_not_types(text: str) -> None:
    assert prose.read(text).type is None
