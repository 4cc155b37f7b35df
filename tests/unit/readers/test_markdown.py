"""Parsing our own fixtures in each Markdown format, quirks included."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.app import load as sources
from generator.core.model import ApiModel, Endpoint, Param


def ep(model: ApiModel, method: str, path: str) -> Endpoint:
    found = [e for e in model.endpoints if e.method == method and e.path == path]
    assert len(found) == 1, f"{method} {path}: {len(found)} found"
    return found[0]


def param(e: Endpoint, name: str) -> Param:
    found = [p for p in e.params if p.name == name]
    assert len(found) == 1, f"{name}: {[p.name for p in e.params]}"
    return found[0]


def test_single_format(fixtures: Path) -> None:
    loaded = sources.load(fixtures / "single")
    m = loaded.model
    assert m.metabase_version == "0.99.1"
    assert m.source_format == "markdown-single"
    assert len(m.endpoints) == 7
    assert [(e.path, e.method) for e in m.endpoints] == sorted(
        [(e.path, e.method) for e in m.endpoints],
        key=lambda k: (k[0], ["GET", "POST", "PUT", "DELETE", "PATCH"].index(k[1])),
    )
    listing = ep(m, "GET", "/api/widget/")
    assert [p.name for p in listing.params] == ["f", "page_size", "hidden"]  # query-params dropped
    assert all(p.location == "query" for p in listing.params)
    f = param(listing, "f")
    assert f.type.render() == "Literal['all', 'mine', 'shared'] | None"
    assert f.enum == ("all", "mine", "shared") and f.nullable and not f.required
    assert param(listing, "hidden").type.render() == "bool | None"
    assert "    ;; an indented code block" in listing.description
    assert "* that is not a parameter list" in listing.description
    assert listing.source.line == 12


def test_body_params_artefacts_and_keywords(fixtures: Path) -> None:
    m = sources.load(fixtures / "single").model
    create = ep(m, "POST", "/api/widget/")
    assert create.superuser and not create.deprecated
    names = [p.name for p in create.params]
    assert names == ["name", "tags", "settings", "class", "dataset_query", "from"]
    assert all(p.location == "body" for p in create.params)
    assert param(create, "tags").type.render() == "list[str]"
    assert param(create, "settings").type.render() == "dict[str, Any] | None"
    assert param(create, "class").python_name == "class_"
    assert param(create, "from").python_name == "from_"
    dq = param(create, "dataset_query")
    # the reader types it by its name (a map); the app layer then gives it the query types
    assert dq.type.render() == (
        "Mbql5DatasetQuery | MbqlNativeDatasetQuery | MbqlStructuredDatasetQuery"
    )
    assert dq.type_origin == "schema" and not dq.required
    assert param(create, "name").required
    update = ep(m, "PUT", "/api/widget/:id")
    assert [p.name for p in update.params] == ["id", "title", "mode"]
    assert param(update, "mode").type.render() == "bool"


def test_path_params_always_kept(fixtures: Path) -> None:
    m = sources.load(fixtures / "single").model
    delete = ep(m, "DELETE", "/api/widget/:id")
    assert delete.deprecated
    (pid,) = delete.params
    assert (pid.location, pid.required, pid.type.render(), pid.type_origin) == (
        "path",
        True,
        "int",
        "location",
    )
    virtual = ep(m, "GET", "/api/widget/card__:id/parts")
    assert [(p.name, p.location) for p in virtual.params] == [("id", "path")]
    other = ep(m, "GET", "/api/widget/:virtual-id/parts")
    assert other.params[0].name == "virtual-id" and other.params[0].python_name == "virtual_id"


def test_toc_format(fixtures: Path) -> None:
    loaded = sources.load(fixtures / "toc" / "api-documentation.md", version="0.98")
    m = loaded.model
    assert m.source_format == "markdown-single-toc"
    assert m.metabase_version == "0.98"
    assert {e.namespace for e in m.endpoints} == {"gadget", "sprocket"}
    spin = ep(m, "POST", "/api/gadget/:id/spin")
    assert [p.name for p in spin.params] == ["id", "speed"]
    assert spin.description == "Spin a gadget."
    full = param(ep(m, "GET", "/api/sprocket/:sprocket-id"), "full?")
    assert full.python_name == "full" and full.type.render() == "bool | None"


def test_split_format_with_enterprise_override(fixtures: Path) -> None:
    loaded = sources.load(fixtures / "split")
    m = loaded.model
    assert m.source_format == "markdown-split"
    assert m.metabase_version == "unknown"
    assert any(d.code == "no-version" for d in loaded.diagnostics.warnings)
    assert len(m.endpoints) == 5
    meta = ep(m, "GET", "/api/gizmo/:id/metadata")
    assert meta.enterprise and meta.enterprise_override
    assert [str(s) for s in meta.sources] == ["api/gizmo.md:25", "api/ee/gizmo-audit.md:12"]
    assert [p.name for p in meta.params] == ["id", "sandboxed"]
    log = ep(m, "GET", "/api/ee/gizmo-audit/log")
    assert log.enterprise and log.superuser and log.namespace == "ee-gizmo-audit"
    assert not ep(m, "GET", "/api/gizmo/:id").enterprise
    update = ep(m, "PUT", "/api/gizmo/:id")
    assert update.description == "Update a gizmo."  # the footer is not part of it
    assert param(update, "owner_ids").type.render() == "list[int] | None"
    assert param(update, "options").type.render() == "dict[str, Any] | None"
    assert [p.name for p in update.params] == ["id", "name", "owner_ids", "options"]


def test_hostile_names_and_unreadable_prose(fixtures: Path) -> None:
    loaded = sources.load(fixtures / "split")
    thing = ep(loaded.model, "POST", "/api/thing/")
    assert [p.python_name for p in thing.params] == ["kind", "weight", "quoted_name", "secret"]
    assert param(thing, "weight").type.render() == "int | list[int] | None"
    secret = param(thing, "secret")
    assert secret.type.render() == "Any" and secret.schema == "Invalid secret given"
    (warn,) = [d for d in loaded.diagnostics.warnings if d.code == "unreadable-prose"]
    assert (warn.file, warn.line) == (str(fixtures / "split" / "api" / "thing.md"), 20)
    assert thing.source.file == "api/thing.md"  # the model's own locations stay relative


@pytest.mark.parametrize("layout", ["single", "toc", "split"])
def test_docs_found_from_a_parent_folder(tmp_path: Path, fixtures: Path, layout: str) -> None:
    import shutil

    shutil.copytree(fixtures / layout, tmp_path / "x" / "docs")
    direct = sources.load(fixtures / layout).model
    found = sources.load(tmp_path).model
    assert found.endpoints == direct.endpoints


def test_namespace_headings_no_facts_know_are_guessed_with_a_warning(tmp_path: Path) -> None:
    """Mid-2024 docs print some Enterprise routes with the namespace, not the route prefix;
    a namespace no route facts mount gets the route its name suggests, with a warning."""
    (tmp_path / "api" / "ee").mkdir(parents=True)
    (tmp_path / "api-documentation.md").write_text(
        "# API Documentation for Metabase v0.50.1\n\n- [Gizmo audit*](api/ee/gizmo-audit.md)\n"
    )
    (tmp_path / "api" / "ee" / "gizmo-audit.md").write_text(
        "---\ntitle: Gizmo audit\n---\n\n# Gizmo audit\n\n`/api/ee/gizmo-audit/` routes.\n\n"
        "## `GET metabase-enterprise.gizmo-audit.api/log`\n\nReads the log.\n\n"
        "## `POST metabase-enterprise.gizmo-audit.api`\n\nAdds.\n\n"
        "## GET the old way\n\nNot an endpoint heading.\n"
    )
    loaded = sources.load(tmp_path)
    assert sorted((e.method, e.path) for e in loaded.model.endpoints) == [
        ("GET", "/api/ee/gizmo-audit/log"),
        ("POST", "/api/ee/gizmo-audit/"),
    ]
    codes = sorted((d.line, d.code) for d in loaded.diagnostics.warnings if "heading" in d.code)
    assert codes == [(9, "namespace-heading"), (13, "namespace-heading"), (17, "dropped-heading")]


def test_namespace_prefix_without_a_page_prefix() -> None:
    from generator.readers.markdown.page import namespace_prefix

    assert namespace_prefix("metabase-enterprise.scim.api") == "/api/ee/scim"
    assert namespace_prefix("metabase.api.card") == "/api/card"
