"""Route facts applied to a Markdown-era model: each parameter where the route reads it.

A made-up facts dataset about our own fixture's endpoints (the `single` fixture, /api/widget),
so that every placement class is checked on input we wrote.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import facts
from generator.app import load as sources
from generator.app import wire
from generator.core.model import Endpoint, Param
from generator.facts import EndpointFacts, ParamFact, Snapshot


def P(name: str, location: str, **kw: object) -> ParamFact:
    return ParamFact(name, location, documented=True, **kw)  # type: ignore[arg-type]


WIDGETS = [
    EndpointFacts(
        "GET",
        "/api/widget/",
        "metabase.api.widget",
        (P("f", "form"), P("page_size", "query", wire="page-size"), P("hidden", "unbound")),
        whole_query="raw-params",
    ),
    EndpointFacts(
        "POST",
        "/api/widget/",
        "metabase.api.widget",
        (
            P("name", "body"),
            P("tags", "body", key_path=("meta", "tags")),
            P("settings", "whole_body"),
            P("class", "body", wire="kind", key_path=("kind",)),
            P("dataset_query", "body"),
            P("from", "request"),
        ),
    ),
    EndpointFacts("GET", "/api/widget/:id", "metabase.api.widget", (P("id", "path"),)),
    EndpointFacts(
        "PUT",
        "/api/widget/:id",
        "metabase.api.widget",
        (P("id", "path"), P("title", "form"), P("mode", "form")),
        whole_body="body",
    ),
    EndpointFacts("DELETE", "/api/widget/:id", "metabase.api.widget", (P("id", "path"),)),
    EndpointFacts(
        "GET", "/api/widget/:virtual-id/parts", "metabase.api.widget", (P("virtual-id", "path"),)
    ),
]


@pytest.fixture
def made_up(monkeypatch: pytest.MonkeyPatch) -> facts.Dataset:
    snap = Snapshot("example/metabase", "ab" * 20, "2030-01-01", "0.99.1", "release", "v0.99.1")
    old = Snapshot("example/metabase", "cd" * 20, "2029-01-01", "0.98.0", "release", "v0.98.0")
    ds = facts.Dataset.from_snapshots([(snap, WIDGETS), (old, WIDGETS[2:3])])
    monkeypatch.setattr(wire, "dataset", lambda: ds)
    return ds


def endpoint(fixtures: Path, method: str, path: str) -> tuple[Endpoint, list[str]]:
    loaded = sources.load(fixtures / "single")
    codes = [
        f"{d.code}@{d.line}" for d in loaded.diagnostics.warnings if d.code.startswith("facts")
    ]
    (ep,) = [e for e in loaded.model.endpoints if (e.method, e.path) == (method, path)]
    assert loaded.model.wire_facts == "v0.99.1 example/metabase@" + "ab" * 5
    return ep, codes


def placed(ep: Endpoint) -> list[tuple[str, str, bool, tuple[str, ...]]]:
    return [(p.name, p.location, p.whole_body, p.key_path) for p in ep.params]


def test_query_form_renames_and_whole_maps(fixtures: Path, made_up: facts.Dataset) -> None:
    ep, codes = endpoint(fixtures, "GET", "/api/widget/")
    assert placed(ep) == [
        ("f", "form", False, ()),
        ("page_size", "query", False, ("page-size",)),
        ("hidden", "query", False, ()),  # the route binds nothing: the docs' rule stands
        ("raw-params", "query", True, ()),
    ]
    assert "facts-disagree@12" in codes
    assert ep.body_format == "json"


def test_body_keys_nested_renamed_whole_and_request_parts(
    fixtures: Path, made_up: facts.Dataset
) -> None:
    ep, _ = endpoint(fixtures, "POST", "/api/widget/")
    assert placed(ep) == [
        ("name", "body", False, ()),
        ("tags", "body", False, ("meta", "tags")),
        ("settings", "body", True, ()),
        ("class", "body", False, ("kind",)),
        ("dataset_query", "body", False, ()),
    ]  # `from` is part of the request (a header, the request map): not a client parameter


def test_form_on_put_sends_a_form_body_and_keeps_a_whole_body(
    fixtures: Path, made_up: facts.Dataset
) -> None:
    ep, _ = endpoint(fixtures, "PUT", "/api/widget/:id")
    assert placed(ep) == [
        ("id", "path", False, ()),
        ("title", "form", False, ()),
        ("mode", "form", False, ()),
        ("body", "body", True, ()),
    ]
    assert ep.body_format == "json"  # a JSON body too: the form fields go in the query string


def test_endpoints_the_facts_lack_keep_the_docs_rules(
    fixtures: Path, made_up: facts.Dataset
) -> None:
    ep, codes = endpoint(fixtures, "GET", "/api/widget/card__:id/parts")
    assert placed(ep) == [("id", "path", False, ())]
    assert any(c.startswith("facts-missing@") for c in codes)


def test_docs_no_release_fits_are_left_as_they_are(fixtures: Path, made_up: facts.Dataset) -> None:
    loaded = sources.load(fixtures / "toc", "0.41")  # gadgets and sprockets: nothing fits
    assert loaded.model.wire_facts == ""
    assert [d.code for d in loaded.diagnostics.warnings if d.code.startswith("facts")] == [
        "facts-none"
    ]
    assert all(
        p.location in ("path", "query", "body") for e in loaded.model.endpoints for p in e.params
    )


def test_openapi_docs_get_no_facts(fixtures: Path, made_up: facts.Dataset) -> None:
    loaded = sources.load(fixtures / "openapi-json", "9.2")
    assert loaded.model.wire_facts == ""


def test_the_committed_dataset_loads_and_matches_by_version() -> None:
    ds = facts.load_dataset()
    assert len(ds.snapshots) > 100
    m = facts.match_docs(ds, "0.45.0", {("GET", "/api/card/"): ["f"]})
    assert m.by_version and m.snapshot.version.startswith("0.45")


def test_a_model_json_keeps_its_placements(
    tmp_path: Path, fixtures: Path, made_up: facts.Dataset
) -> None:
    from generator.core.jsonform import dumps, loads

    model = sources.load(fixtures / "single").model
    again = loads(dumps(model))
    assert again == model
    assert isinstance(again.endpoints[0].params[0], Param)


SUMMARIZE_DOCS = (
    "---\ntitle: Gizmo\n---\n\n# Gizmo\n\n"
    "## `POST metabase-enterprise.llm.api/card/summarize`\n\nSummarizes.\n\n"
    "### PARAMS:\n\n*  **`card`**\n\n"
    "## `GET metabase-enterprise.sprocket.api/spin`\n\nSpins.\n\n"
    "## `GET metabase-enterprise.llm.api/models`\n\nNew in these docs.\n\n"
    "## `GET metabase-enterprise.gear.api/teeth`\n\nKnown to an older snapshot.\n"
)


def test_a_namespace_heading_takes_the_route_its_namespace_is_mounted_at(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The facts say metabase-enterprise.llm.api is mounted at /api/ee/autodescribe: the
    heading is read at that route, not at /api/ee/llm (the guess by name). An endpoint the
    facts lack takes its namespace's mount (in the matched snapshot, else in another one);
    only a namespace no snapshot mounts is guessed from its name, with a warning at its line."""
    snap = Snapshot("example/metabase", "03" * 20, "2030-01-01", "0.99.0", "release", "v0.99.0")
    ns = "metabase-enterprise.llm.api"
    fact = EndpointFacts(
        "POST",
        f"{ns}/card/summarize",
        ns,
        (P("card", "body"),),
        route="/api/ee/autodescribe/card/summarize",
    )
    old = Snapshot("example/metabase", "05" * 20, "2029-01-01", "0.98.0", "release", "v0.98.0")
    gear = EndpointFacts("GET", "/api/ee/gear/x", "metabase-enterprise.gear.api", ())
    ds = facts.Dataset.from_snapshots(
        [(old, [gear]), (snap, [fact])],
        {
            old.commit: {"metabase-enterprise.gear.api": "/api/ee/cogs"},
            snap.commit: {ns: "/api/ee/autodescribe"},
        },
    )
    monkeypatch.setattr(wire, "dataset", lambda: ds)
    (tmp_path / "api-documentation.md").write_text(SUMMARIZE_DOCS)
    loaded = sources.load(tmp_path)
    got = {(e.method, e.path): e for e in loaded.model.endpoints}
    assert sorted(got) == [
        ("GET", "/api/ee/autodescribe/models"),
        ("GET", "/api/ee/cogs/teeth"),
        ("GET", "/api/ee/sprocket/spin"),
        ("POST", "/api/ee/autodescribe/card/summarize"),
    ]
    summarize = got[("POST", "/api/ee/autodescribe/card/summarize")]
    assert summarize.namespace == "ee-autodescribe"
    assert [(p.name, p.location) for p in summarize.params] == [("card", "body")]
    guessed = [
        (d.code, d.line) for d in loaded.diagnostics.warnings if d.code == "namespace-heading"
    ]
    assert guessed == [("namespace-heading", 15)]


def test_an_endpoint_the_docs_print_at_another_path_goes_to_its_route(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The docs print /api/gadget-embed/:token; the route table mounts the namespace at
    /api/gadget_embed: the client calls the route the server serves. An Enterprise override
    the docs list at its own path is served at the route it overrides: one endpoint, marked
    as overridden, with both sources."""
    snap = Snapshot("example/metabase", "04" * 20, "2030-01-01", "0.99.0", "release", "v0.99.0")
    embed = EndpointFacts(
        "GET",
        "/api/gadget-embed/:token",
        "metabase.api.gadget-embed",
        (),
        route="/api/gadget_embed/:token",
    )
    oss = EndpointFacts("GET", "/api/table/:id", "metabase.api.table", (), route="/api/table/:id")
    override = EndpointFacts(
        "GET", "/api/ee/sandbox/table/:id", "x.sandbox.api.table", (), route="/api/table/:id"
    )
    ds = facts.Dataset.from_snapshots([(snap, [embed, oss, override])])
    monkeypatch.setattr(wire, "dataset", lambda: ds)
    (tmp_path / "api-documentation.md").write_text(
        "# API\n\n## `GET /api/gadget-embed/:token`\n\nEmbeds.\n\n"
        "## `GET /api/table/:id`\n\nA table.\n\n"
        "## `GET /api/ee/sandbox/table/:id`\n\nA sandboxed table.\n"
    )
    loaded = sources.load(tmp_path)
    got = {(e.method, e.path): e for e in loaded.model.endpoints}
    assert sorted((m, p, e.namespace) for (m, p), e in got.items()) == [
        ("GET", "/api/gadget_embed/:token", "gadget_embed"),
        ("GET", "/api/table/:id", "table"),
    ]
    table = got[("GET", "/api/table/:id")]
    assert table.enterprise_override and table.enterprise
    assert [s.line for s in table.sources] == [7, 11]
    assert not [d for d in loaded.diagnostics.warnings if d.code == "duplicate-endpoint"]
