"""``mbgen openapi`` writes the model's object schemas as components with $refs, and its
return types as responses; reading the document back gives them again."""

from __future__ import annotations

import json

from openapi_spec_validator import validate

from generator.core import types as tx
from generator.core.diagnostics import Diagnostics
from generator.core.model import ApiModel, Endpoint, ObjectSchema, Param, SchemaField, SourceRef
from generator.export import openapi
from generator.readers.openapi import operations


def _ep(method: str, path: str, **kw: object) -> Endpoint:
    return Endpoint(method, path, "tree", "", False, False, False, (SourceRef("a", 1),), **kw)  # type: ignore[arg-type]


def _model() -> ApiModel:
    node = ObjectSchema(
        "Node",
        "example.node",
        (
            SchemaField("label", tx.STR, True, "its label"),
            SchemaField("lib/type", tx.literal(["node"]), False),
            SchemaField("children", tx.nullable(tx.list_of(tx.ref("Node"))), False),
            SchemaField("extra", tx.dict_of(tx.INT), False),
        ),
        additional=tx.ANY,
    )
    return ApiModel(
        "0.99",
        "openapi-json",
        (
            _ep(
                "POST",
                "/api/tree",
                params=(Param("root", "root", "body", True, tx.ref("Node"), type_origin="schema"),),
                returns=tx.list_of(tx.ref("Node")),
            ),
            _ep("GET", "/api/tree/csv", returns=tx.BYTES, returns_kind="bytes"),
            _ep("DELETE", "/api/tree", returns=tx.NONE, returns_kind="none"),
            _ep("GET", "/api/tree"),
        ),
        schemas=(node,),
    ).sorted()


def test_components_and_responses() -> None:
    doc = openapi.export(_model())
    validate(doc)
    node = doc["components"]["schemas"]["Node"]
    assert node["required"] == ["label"]
    assert node["additionalProperties"] is True
    assert node["properties"]["label"] == {"type": "string", "description": "its label"}
    assert node["properties"]["children"] == {
        "oneOf": [
            {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
            {"type": "null"},
        ]
    }
    post = doc["paths"]["/api/tree"]["post"]
    assert post["responses"]["200"]["content"]["application/json"]["schema"] == {
        "type": "array",
        "items": {"$ref": "#/components/schemas/Node"},
    }
    assert "204" in doc["paths"]["/api/tree"]["delete"]["responses"]
    assert "default" in doc["paths"]["/api/tree"]["get"]["responses"]
    csv = doc["paths"]["/api/tree/csv"]["get"]["responses"]["200"]["content"]
    assert list(csv) == ["application/octet-stream"]


def test_reading_the_export_back_gives_the_same_schemas_and_returns() -> None:
    model = _model()
    doc = openapi.export(model)
    eps, schemas = operations.parse_with_schemas(doc, json.dumps(doc), "api.json", Diagnostics())
    again = ApiModel("0.99", "openapi-json", eps, schemas=schemas).sorted()
    assert [(s.name, s.fields, s.additional) for s in again.schemas] == [
        (s.name, s.fields, s.additional) for s in model.schemas
    ]
    assert [(e.key, e.returns, e.returns_kind) for e in again.endpoints] == [
        (e.key, e.returns, e.returns_kind) for e in model.endpoints
    ]
    root = next(p for e in again.endpoints for p in e.params if p.name == "root")
    assert root.type == tx.ref("Node")


def test_no_schemas_no_components_schemas() -> None:
    model = ApiModel("0.99", "markdown-split", (_ep("GET", "/api/tree"),))
    assert "schemas" not in openapi.export(model)["components"]
