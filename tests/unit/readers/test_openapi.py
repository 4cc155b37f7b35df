"""Reading OpenAPI-era docs: our fixtures (api.json beside a shell api.html, and a spec
embedded in api.html)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from support.cli import assert_one_line_error as one_line_error
from support.cli import run

from generator.app import load as sources
from generator.core.model import ApiModel, Endpoint, Param


def ep(model: ApiModel, method: str, path: str) -> Endpoint:
    (found,) = [e for e in model.endpoints if (e.method, e.path) == (method, path)]
    return found


def prm(e: Endpoint, name: str) -> Param:
    (found,) = [p for p in e.params if p.name == name]
    return found


@pytest.fixture(params=["openapi-json", "openapi-embedded"])
def model(request: pytest.FixtureRequest, fixtures: Path) -> ApiModel:
    return sources.load(fixtures / request.param, "1.0").model


def test_formats_detected(fixtures: Path) -> None:
    assert sources.load(fixtures / "openapi-json").model.source_format == "openapi-html-json"
    assert sources.load(fixtures / "openapi-json" / "api.html").model.source_format == (
        "openapi-html-json"
    )
    embedded = sources.load(fixtures / "openapi-embedded")
    assert embedded.model.source_format == "openapi-html-embedded"
    assert embedded.model.metabase_version == "unknown"
    assert any(d.code == "no-version" for d in embedded.diagnostics.warnings)


def test_json_alone(tmp_path: Path, fixtures: Path) -> None:
    shutil.copy(fixtures / "openapi-json" / "api.json", tmp_path / "api.json")
    loaded = sources.load(tmp_path, "2.0")
    assert loaded.model.source_format == "openapi-json"
    assert len(loaded.model.endpoints) == 6


def test_same_endpoints_either_way(fixtures: Path) -> None:
    a = sources.load(fixtures / "openapi-json", "1").model
    b = sources.load(fixtures / "openapi-embedded", "1").model
    strip = [(e.method, e.path, e.params) for e in a.endpoints]
    assert strip == [(e.method, e.path, e.params) for e in b.endpoints]


def test_parameters_keep_their_locations(model: ApiModel) -> None:
    listing = ep(model, "GET", "/api/gizmo/")
    assert [(p.name, p.location) for p in listing.params] == [
        ("archived", "query"),
        ("ids", "query"),
        ("sort", "query"),
    ]  # header left to runtime
    assert prm(listing, "archived").type.render() == "bool | None"
    assert prm(listing, "ids").type.render() == "list[int]"
    assert prm(listing, "sort").enum == ("name", "age")
    create = ep(model, "POST", "/api/gizmo/")
    assert [(p.name, p.location, p.required) for p in create.params] == [
        ("dry_run", "query", False),
        ("name", "body", True),
        ("color", "body", False),
        ("tree", "body", False),
    ]
    assert prm(create, "color").type.render() == "Literal['red', 'green']"  # through $ref
    assert prm(create, "tree").type.render() == "Node"  # a cyclic $ref: a named schema


def test_body_types(model: ApiModel) -> None:
    put = ep(model, "PUT", "/api/gizmo/{id}")
    assert put.superuser and not put.deprecated
    got = {p.name: (p.type.render(), p.required, p.type_origin) for p in put.params}
    assert got == {
        "id": ("int", True, "schema"),
        "name": ("str | None", False, "schema"),
        "mode": ("Literal['fast']", True, "schema"),
        "weight": ("float", False, "schema"),
        "meta": ("dict[str, int]", False, "schema"),
        "hint": ("str", False, "prose"),  # no JSON Schema type: its prose decides
    }
    order = ep(model, "PUT", "/api/gizmo/{id}/order")
    whole = prm(order, "body")
    assert whole.whole_body and whole.type.render() == "list[int]" and whole.required


def test_flags_and_sources(model: ApiModel, fixtures: Path) -> None:
    delete = ep(model, "DELETE", "/api/gizmo/{id}")
    assert delete.deprecated
    upload = ep(model, "POST", "/api/ee/gizmo-audit/{gizmo-key}/upload")
    assert upload.enterprise and upload.namespace == "ee-gizmo-audit"
    key = prm(upload, "gizmo-key")  # in the path, not declared: still a required path param
    assert (key.location, key.required, key.type.render()) == ("path", True, "str")
    assert upload.body_format == "multipart" and prm(upload, "file").type.render() == "bytes"
    lines = (fixtures / "openapi-json" / "api.json").read_text().splitlines()
    src = ep(sources.load(fixtures / "openapi-json", "1").model, "PUT", "/api/gizmo/{id}").source
    assert src.file == "api.json" and lines[src.line - 1].strip().startswith('"put"')


def test_bad_json(tmp_path: Path) -> None:
    (tmp_path / "api.json").write_text('{"openapi": "3.1.0",\n "paths": {\n  "/x": [}\n}\n')
    one_line_error(run("model", tmp_path), "api.json:3", "invalid JSON")


def test_truncated_embedded(tmp_path: Path, fixtures: Path) -> None:
    text = (fixtures / "openapi-embedded" / "api.html").read_text()
    (tmp_path / "api.html").write_text(text[: len(text) // 2])
    one_line_error(run("model", tmp_path), "api.html:", "truncated")


def test_shell_without_its_json(tmp_path: Path, fixtures: Path) -> None:
    shutil.copy(fixtures / "openapi-json" / "api.html", tmp_path / "api.html")
    one_line_error(run("model", tmp_path / "api.html"), "api.html:1", "api.json")


def test_not_openapi(tmp_path: Path) -> None:
    (tmp_path / "api.json").write_text(json.dumps({"openapi": "3.1.0", "paths": {}}))
    one_line_error(run("model", tmp_path), "api.json", "no operations")
    (tmp_path / "api.html").write_text("<html><body>hello</body></html>")
    one_line_error(run("model", tmp_path / "api.html"), "api.html:1", "no OpenAPI")


def test_unknown_method_in_spec(tmp_path: Path, fixtures: Path) -> None:
    doc = json.loads((fixtures / "openapi-json" / "api.json").read_text())
    doc["paths"]["/api/gizmo/"]["fetch"] = {"responses": {}}
    (tmp_path / "api.json").write_text(json.dumps(doc, indent=2))
    proc = run("model", tmp_path, "--version", "1")
    assert proc.returncode == 2
    assert "#/paths/~1api~1gizmo~1/fetch" in proc.stderr and "fetch" in proc.stderr
