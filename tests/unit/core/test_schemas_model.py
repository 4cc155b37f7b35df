"""Object schemas and return types in the model and its JSON form (docs/model.md)."""

from __future__ import annotations

import json

import pytest

from generator.core import jsonform
from generator.core import types as tx
from generator.core.model import ApiModel, Endpoint, ObjectSchema, Param, SchemaField, SourceRef


def _model() -> ApiModel:
    node = ObjectSchema(
        "Node",
        "example.node",
        (
            SchemaField("label", tx.STR, True, "what it says"),
            SchemaField("lib/type", tx.literal(["node"]), False),
            SchemaField("children", tx.nullable(tx.list_of(tx.ref("Node"))), False),
        ),
        additional=tx.ANY,
        description="a tree",
    )
    ep = Endpoint(
        "POST",
        "/api/tree",
        "tree",
        "makes a tree",
        False,
        False,
        False,
        (SourceRef("api.json", 3),),
        (Param("root", "root", "body", True, tx.ref("Node")),),
        returns=tx.list_of(tx.ref("Node")),
    )
    gone = Endpoint("DELETE", "/api/tree", "tree", "", False, False, False, (SourceRef("a", 1),))
    return ApiModel("0.59", "openapi-json", (ep, gone), schemas=(node,)).sorted()


def test_reserved_and_invalid_names_are_not_schema_names() -> None:
    for name in ("Client", "Any", "Literal", "List", "IO", "NotRequired", "TypedDict", "UNSET"):
        assert not tx.is_schema_name(name)
        with pytest.raises(ValueError):
            tx.ref(name)
    assert not tx.is_schema_name("CardResource")
    assert not tx.is_schema_name("card")
    assert tx.is_schema_name("ActionForUpdate")
    with pytest.raises(ValueError):
        tx.parse("Client")
    assert tx.parse("list[Node] | None") == tx.nullable(tx.list_of(tx.ref("Node")))


def test_refs_and_renaming() -> None:
    t = tx.union([tx.ref("A"), tx.list_of(tx.dict_of(tx.ref("B"))), tx.NONE])
    assert tx.refs(t) == {"A", "B"}
    renamed = tx.map_refs(t, lambda n: n + "X")
    assert renamed.render() == "AX | list[dict[str, BX]] | None"
    assert tx.map_refs(tx.INT, str.upper) is tx.INT


def test_json_form_round_trips_schemas_and_returns() -> None:
    model = _model()
    text = jsonform.dumps(model)
    doc = json.loads(text)
    assert doc["schemas"][0] == {
        "name": "Node",
        "source": "example.node",
        "description": "a tree",
        "fields": [
            {"key": "label", "type": "str", "required": True, "description": "what it says"},
            {"key": "lib/type", "type": "Literal['node']", "required": False},
            {"key": "children", "type": "list[Node] | None", "required": False},
        ],
        "additional": "Any",
    }
    post = next(e for e in doc["endpoints"] if e["method"] == "POST")
    assert post["returns"] == "list[Node]" and "returns_kind" not in post
    assert "returns" not in next(e for e in doc["endpoints"] if e["method"] == "DELETE")
    assert jsonform.loads(text) == model


def test_older_files_read_without_schemas_or_returns() -> None:
    doc = json.loads(jsonform.dumps(_model()))
    del doc["schemas"]
    for e in doc["endpoints"]:
        e.pop("returns", None)
        e["params"] = []
    model = jsonform.from_json_dict(doc)
    assert model.schemas == ()
    assert all(e.returns == tx.ANY and e.returns_kind == "json" for e in model.endpoints)


@pytest.mark.parametrize(
    "change, pointer",
    [
        (lambda d: d["schemas"][0].update(name="Client"), "/schemas/0/name"),
        (lambda d: d["schemas"].append(dict(d["schemas"][0])), "/schemas/1/name"),
        (lambda d: d["schemas"][0]["fields"][2].update(type="Leaf"), "/schemas/0"),
        (lambda d: d["endpoints"][1].update(returns="list[Leaf]"), "/endpoints/1"),
        (lambda d: d["endpoints"][1].update(returns="__import__('os')"), "/endpoints/1/returns"),
        (lambda d: d["endpoints"][1].update(returns_kind="xml"), "/endpoints/1/returns_kind"),
        (lambda d: d["schemas"][0]["fields"].append({"key": "label"}), "/schemas/0/fields/3/key"),
    ],
)
def test_bad_schemas_are_refused_with_a_pointer(change: object, pointer: str) -> None:
    doc = json.loads(jsonform.dumps(_model()))
    assert callable(change)
    change(doc)
    with pytest.raises(jsonform.ModelFormatError) as err:
        jsonform.from_json_dict(doc)
    assert err.value.pointer == pointer


def test_without_prose_drops_schema_descriptions() -> None:
    bare = _model().without_prose()
    assert bare.schemas[0].description is None
    assert all(f.description is None for f in bare.schemas[0].fields)
    assert bare.schemas[0].fields[0].key == "label"
