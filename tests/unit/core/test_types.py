"""The type tree: what readers build, the JSON form writes, and renderers walk."""

from __future__ import annotations

import keyword

import pytest

from generator.core import naming
from generator.core import types as tx
from generator.core.jsonform import dumps, loads
from generator.core.model import ApiModel, Endpoint, Param, SourceRef


def test_render_and_parse_round_trip() -> None:
    for text in (
        "int",
        "Any",
        "Any | None",
        "list[dict[str, Any]] | None",
        "Literal['a', 'b'] | None",
        "int | list[int] | None",
        "dict[str, Card] | None",
    ):
        assert tx.parse(text).render() == text


def test_unions_flatten_merge_literals_and_put_none_last() -> None:
    t = tx.union([tx.NONE, tx.literal(["a"]), tx.INT, tx.literal(["b", "a"])])
    assert t.render() == "Literal['a', 'b'] | int | None"
    assert tx.union([tx.ANY, tx.INT]) == tx.ANY
    assert tx.nullable(tx.ANY).render() == "Any | None"


def test_nullable_and_enum_are_derived_from_the_type() -> None:
    p = Param("f", "f", "query", False, tx.parse("Literal['x', 'y'] | None"))
    assert p.nullable and p.enum == ("x", "y")
    q = Param("g", "g", "body", True, tx.parse("list[Literal['x']]"))
    assert not q.nullable and q.enum == ()


def test_walk_reaches_every_node() -> None:
    t = tx.parse("dict[str, list[Literal['a']]] | None")
    kinds = [n.kind for n in t.walk()]
    assert kinds.count(tx.Kind.LITERAL) == 1 and tx.Kind.NONE in kinds


@pytest.mark.parametrize("bad", ["os.system('x')", "__import__('os')", "lower", "list[int, int]"])
def test_parse_refuses_what_render_never_writes(bad: str) -> None:
    with pytest.raises(ValueError):
        tx.parse(bad)


def test_parse_refuses_deep_nesting_with_a_message() -> None:
    with pytest.raises(ValueError, match="deeper"):
        tx.parse("list[" * 200 + "int" + "]" * 200)


def test_json_form_keeps_the_string_and_reads_old_nullable_any() -> None:
    p = Param("x", "x", "body", False, tx.nullable(tx.INT))
    ep = Endpoint("POST", "/api/x", "x", "", False, False, False, (SourceRef("a.md", 1),), (p,))
    text = dumps(ApiModel("1", "markdown-split", (ep,)))
    assert '"type": "int | None"' in text and '"nullable": true' in text
    old = text.replace('"type": "int | None"', '"type": "Any"')
    assert loads(old).endpoints[0].params[0].type.render() == "Any | None"


def test_names_do_not_depend_on_the_interpreter(monkeypatch: pytest.MonkeyPatch) -> None:
    """Python 3.12 made ``type`` a soft keyword; names must come out the same anyway."""
    naming.identifier.cache_clear()
    monkeypatch.setattr(keyword, "softkwlist", [*keyword.softkwlist, "type"])
    monkeypatch.setattr(keyword, "issoftkeyword", lambda s: s in keyword.softkwlist)
    assert keyword.issoftkeyword("type")
    try:
        assert [naming.identifier(n) for n in ("type", "match", "case", "_", "class", "self")] == [
            "type",
            "match",
            "case",
            "param",
            "class_",
            "self_",
        ]
    finally:
        naming.identifier.cache_clear()
