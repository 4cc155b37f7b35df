"""Malli descriptions (2023-2024 docs) read into type trees and object schemas."""

from __future__ import annotations

import pytest

from generator.core import types as tx
from generator.core.model import ObjectSchema
from generator.readers import prose


def read(text: str) -> tuple[str | None, bool, dict[str, ObjectSchema]]:
    with prose.collecting() as found:
        r = prose.read(text)
    return (r.type.render() if r.type else None), r.nullable, found


def fields(s: ObjectSchema) -> list[tuple[str, str, bool]]:
    return [(f.key, f.type.render(), f.required) for f in s.fields]


def test_a_map_with_optional_keys_is_a_typeddict() -> None:
    t, nullable, found = read(
        "map where {:name (optional) -> <nullable value must be a non-blank string.>, "
        ":width -> <enum of fixed, full>, :n (optional) -> <value must be an integer greater "
        "than zero.>}."
    )
    assert (t, nullable) == ("MapNameWidthN", False)
    schema = found["MapNameWidthN"]
    assert fields(schema) == [
        ("name", "str | None", False),
        ("width", "Literal['fixed', 'full']", True),
        ("n", "int", False),
    ]
    assert schema.additional == tx.ANY  # other keys may be sent


def test_nested_maps_sequences_and_closed_maps() -> None:
    t, nullable, found = read(
        "nullable sequence of map where {:id -> <integer>, :series (optional) -> <nullable "
        "sequence of map where {:id -> <integer>, :url -> <string with length >= 1>} with no "
        "other keys>}"
    )
    assert (t, nullable) == ("list[MapIdSeries]", True)
    assert fields(found["MapIdSeries"]) == [
        ("id", "int", True),
        ("series", "list[MapIdUrl] | None", False),
    ]
    assert fields(found["MapIdUrl"]) == [("id", "int", True), ("url", "str", True)]
    assert found["MapIdUrl"].additional is None  # "with no other keys"


def test_one_of_dispatched_by_a_key_is_a_tagged_union() -> None:
    t, _, found = read(
        "map where {:type -> <enum of :nocache, :ttl>}, and one of <:nocache = map where "
        "{:type -> <keyword>} | :ttl = map where {:type -> <must equal :ttl>, :multiplier -> "
        "<value must be an integer greater than zero.>} with no other keys> dispatched by :type."
    )
    assert t == "NocacheMapType | TtlMapTypeMultiplier"
    assert fields(found["NocacheMapType"]) == [("type", "Literal['nocache']", True)]
    assert fields(found["TtlMapTypeMultiplier"]) == [
        ("type", "Literal['ttl']", True),
        ("multiplier", "int", True),
    ]
    # the tag is added where an alternative does not name its dispatch key
    t, _, found = read(
        "one of <:a = map where {:x -> <integer>} | :b = string> dispatched by :kind"
    )
    assert t == "AMapKindX | str"
    assert fields(found["AMapKindX"]) == [("kind", "Literal['a']", True), ("x", "int", True)]


def test_two_maps_of_the_same_keys_get_two_names() -> None:
    t, _, found = read(
        "map where {:a -> <map where {:x -> <integer>}>, :b -> <map where {:x -> <string>}>}"
    )
    assert fields(found["MapAB"]) == [("a", "MapX", True), ("b", "MapX_2", True)]
    assert fields(found["MapX_2"]) == [("x", "str", True)]


@pytest.mark.parametrize(
    "text",
    [
        "map where {:a -> <integer>",  # never closed
        "map where {a -> <integer>}",  # no keyword
        "map where {:a -> <integer>} and then some",
        "one of <:a = integer | b> dispatched by :type",
    ],
)
def test_what_is_not_the_grammar_is_not_guessed(text: str) -> None:
    t, _, found = read(text)
    assert t in (None, "dict[str, Any]") and found == {}


def test_outside_a_reader_a_map_is_a_dict_and_deep_nesting_stops() -> None:
    assert prose.read("map where {:a -> <integer>}").type == tx.DICT
    deep = "map where {:a -> <" * 20 + "integer" + ">}" * 20
    t, _, found = read(deep)
    assert t is not None and len(found) <= 8
