"""Object schemas and return types read from OpenAPI documents (docs/typeddicts.md)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from support.corpus import CORPUS, corpus_labels

from generator.app import load as sources
from generator.core import jsonform
from generator.core import types as tx
from generator.core.diagnostics import Diagnostics
from generator.core.model import ApiModel, Endpoint, ObjectSchema
from generator.readers.openapi import operations
from generator.readers.openapi.schema_names import camel, component_names

JSON = "application/json"


def _json(schema: Any) -> dict[str, Any]:
    return {"content": {JSON: {"schema": schema}}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


# A made-up API: widgets that nest, with Metabase-style schema names.
DOC: dict[str, Any] = {
    "openapi": "3.1.0",
    "components": {
        "schemas": {
            "acme.widgets.schema..widget.for-update": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "kind": {"enum": ["round", "square"]},
                    "lib/type": {"const": "widget"},
                    "parent": {"oneOf": [_ref("acme.widgets.schema.widget"), {"type": "null"}]},
                },
                "required": ["name"],
            },
            "acme.widgets.schema.widget": {
                "type": "object",
                "properties": {
                    "id": {"type": "integer"},
                    "children": {"type": "array", "items": _ref("acme.widgets.schema.widget")},
                    "tags": {"type": "object", "additionalProperties": {"type": "boolean"}},
                    "size": {"anyOf": [{"type": "integer"}, {"type": "string"}]},
                    "meta": {
                        "type": "object",
                        "properties": {"owner": {"type": "string"}},
                        "additionalProperties": {},
                    },
                },
                "required": ["id", "children"],
            },
            "acme.gadgets.schema.widget": {
                "type": "object",
                "properties": {"serial": {"type": "string"}},
            },
            "acme.things.client": {"type": "object", "properties": {"x": {"type": "integer"}}},
            "acme.things.id": {"type": "integer", "minimum": 1},
            "acme.loop.a": {
                "oneOf": [{"type": "string"}, {"type": "array", "items": _ref("acme.loop.a")}]
            },
        }
    },
    "paths": {
        "/api/widget/{id}": {
            "get": {
                "parameters": [
                    {"in": "path", "name": "id", "schema": _ref("acme.things.id")},
                    {"in": "query", "name": "loop", "schema": _ref("acme.loop.a")},
                ],
                "responses": {
                    "2XX": {"description": "ok", **_json(_ref("acme.widgets.schema.widget"))}
                },
            },
            "put": {
                "requestBody": _json(_ref("acme.widgets.schema..widget.for-update")),
                "responses": {"204": {"description": "nothing"}},
            },
            "delete": {"responses": {"2XX": {"description": "Successful response"}}},
        },
        "/api/widget/{id}/csv": {
            "get": {"responses": {"200": {"description": "a file", "content": {"text/csv": {}}}}},
        },
        "/api/gadget": {
            "post": {
                "requestBody": _json(
                    {
                        "type": "object",
                        "properties": {
                            "spec": {
                                "type": "object",
                                "properties": {
                                    "parts": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "properties": {"n": {"type": "number"}},
                                        },
                                    }
                                },
                            },
                            "widget": _ref("acme.gadgets.schema.widget"),
                            "client": _ref("acme.things.client"),
                        },
                    }
                ),
                "responses": {
                    "2XX": {
                        "description": "ok",
                        **_json(
                            {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {"ok": {"type": "boolean"}},
                                },
                            }
                        ),
                    }
                },
            }
        },
    },
}


def _read(doc: dict[str, Any]) -> ApiModel:
    eps, schemas = operations.parse_with_schemas(doc, json.dumps(doc), "api.json", Diagnostics())
    return ApiModel("0.99", "openapi-json", eps, schemas=schemas).sorted()


def _ep(model: ApiModel, method: str, path: str) -> Endpoint:
    return next(e for e in model.endpoints if (e.method, e.path) == (method, path))


def _schema(model: ApiModel, name: str) -> ObjectSchema:
    return model.schema(name)


def test_component_objects_become_named_schemas() -> None:
    model = _read(DOC)
    get = _ep(model, "GET", "/api/widget/{id}")
    assert get.returns == tx.ref("WidgetsWidget") and get.returns_kind == "json"
    widget = _schema(model, "WidgetsWidget")
    assert widget.source == "acme.widgets.schema.widget"
    assert [(f.key, f.type.render(), f.required) for f in widget.fields] == [
        ("id", "int", True),
        ("children", "list[WidgetsWidget]", True),  # recursion by name
        ("tags", "dict[str, bool]", False),
        ("size", "int | str", False),
        ("meta", "WidgetsWidgetMeta", False),  # inline, named from its place
    ]
    assert _schema(model, "WidgetsWidgetMeta").additional == tx.ANY
    put = _ep(model, "PUT", "/api/widget/{id}")  # an object body: its keys are parameters
    assert [(p.name, p.type.render(), p.required) for p in put.params] == [
        ("id", "int", True),
        ("name", "str", True),
        ("kind", "Literal['round', 'square']", False),
        ("lib/type", "Literal['widget']", False),
        ("parent", "WidgetsWidget | None", False),
    ]


def test_parameters_and_bodies_use_schemas() -> None:
    model = _read(DOC)
    get = _ep(model, "GET", "/api/widget/{id}")
    assert [p.type.render() for p in get.params] == ["int", "str | list[Any]"]  # a cycle: Any
    post = _ep(model, "POST", "/api/gadget")
    types = {p.name: p.type.render() for p in post.params}
    assert types == {"spec": "PostGadgetSpec", "widget": "GadgetsWidget", "client": "ClientSchema"}
    assert (
        _schema(model, "PostGadgetSpec").fields[0].type.render() == "list[PostGadgetSpecPartsItem]"
    )
    assert post.returns.render() == "list[PostGadgetResponseItem]"


def test_return_kinds() -> None:
    model = _read(DOC)
    assert (
        _ep(model, "PUT", "/api/widget/{id}").returns,
        _ep(model, "PUT", "/api/widget/{id}").returns_kind,
    ) == (tx.NONE, "none")
    csv = _ep(model, "GET", "/api/widget/{id}/csv")
    assert (csv.returns, csv.returns_kind) == (tx.BYTES, "bytes")
    bare = _ep(model, "DELETE", "/api/widget/{id}")
    assert (bare.returns, bare.returns_kind) == (tx.ANY, "json")  # the spec says nothing


def test_only_used_schemas_are_kept_and_the_model_round_trips() -> None:
    model = _read(DOC)
    names = {s.name for s in model.schemas}
    assert names == {
        "ClientSchema",
        "GadgetsWidget",
        "PostGadgetResponseItem",
        "PostGadgetSpec",
        "PostGadgetSpecPartsItem",
        "WidgetsWidget",
        "WidgetsWidgetMeta",
    }
    assert jsonform.loads(jsonform.dumps(model)) == model


def test_naming_rule() -> None:
    assert camel(["_BANG__EQ_"]) == "BangEq"
    assert camel(["for-update", "lib/type"]) == "ForUpdateLibType"
    names = component_names(
        [
            "metabase.queries.schema.card",
            "metabase.inspector.schema.card",
            "metabase.actions.schema..action.for-update",
            "metabase.cache.api..cache-strategy.ee",
            "x.None",
            "x.2fa",
        ]
    )
    assert names == {
        "metabase.queries.schema.card": "QueriesCard",
        "metabase.inspector.schema.card": "InspectorCard",
        "metabase.actions.schema..action.for-update": "ForUpdate",
        "metabase.cache.api..cache-strategy.ee": "CacheStrategyEe",
        "x.None": "NoneSchema",
        "x.2fa": "Schema2fa",
    }
    assert all(tx.is_schema_name(n) for n in names.values())


def test_same_document_same_names() -> None:
    assert _read(DOC) == _read(json.loads(json.dumps(DOC)))


@pytest.mark.corpus
@pytest.mark.parametrize("entry", corpus_labels("openapi"))
def test_corpus_returns_are_typed(entry: dict[str, Any]) -> None:
    """Of the operations whose 2XX response declares a JSON schema, at least 98% return
    something other than Any; every schema name is valid and every ref resolves."""
    folder = CORPUS / entry["label"]
    model = sources.load(folder, entry["label"].lstrip("v")).model
    spec_file = folder / "api.json"
    if spec_file.is_file():
        doc = json.loads(spec_file.read_text(encoding="utf-8"))
    else:
        from generator.readers.openapi.document import embedded_spec

        found = embedded_spec((folder / "api.html").read_text(encoding="utf-8"), "api.html")
        assert found is not None
        doc = json.loads(found[0])
    declared = set()
    for path, item in doc["paths"].items():
        for method, op in item.items():
            for code, resp in (op.get("responses") or {}).items():
                media = (resp.get("content") or {}).get(JSON) or {}
                if str(code).startswith("2") and media.get("schema"):
                    declared.add((method.upper(), path))
    typed = [e for e in model.endpoints if e.key[::-1] in declared and not tx.is_untyped(e.returns)]
    assert declared and len(typed) >= 0.98 * len(declared)
    assert len({s.name for s in model.schemas}) == len(model.schemas)
    assert jsonform.loads(jsonform.dumps(model)) == model
