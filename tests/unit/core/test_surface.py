"""The client surface: one place for names, the same names everywhere."""

from __future__ import annotations

import json
import subprocess
import sys

from support.corpus import REPO

from generator.core import route, route_tables, surface
from generator.core.jsonform import loads
from generator.runtime import CLIENT_MEMBERS

GENERATED = REPO / "generated"


def test_reserved_names_are_the_runtime_clients_members() -> None:
    assert surface.CLIENT_MEMBERS == CLIENT_MEMBERS


def test_naming_a_method_loads_no_http_library() -> None:
    code = (
        "import sys, generator.core.surface, generator.analysis.diff; "
        "print([m for m in ('requests', 'httpx', 'urllib3') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert out.stdout.strip() == "[]", out.stderr


def test_every_shipped_endpoint_table_lists_the_surface_names() -> None:
    """``_endpoints.py`` of each shipped package names what its surface computes: the names
    diff and --usage print are the package's."""
    for package in sorted(json.loads((GENERATED / "sources.json").read_text())):
        model = loads((GENERATED / package / "model.json").read_text())
        names = surface.surface_of(model).qualnames()
        text = (GENERATED / package / "_endpoints.py").read_text()
        for (method, path), qualname in names.items():
            assert f'"{method}",\n        "{path}",\n        "{qualname}",' in text, (
                package,
                method,
                path,
            )


def test_overrides_apply_where_the_route_is_and_keep_the_rule_name_as_alias() -> None:
    model = loads((GENERATED / "metabase_v0_49" / "model.json").read_text())
    s = surface.surface_of(model)
    run = s.method("POST", "/api/dataset/")
    assert (run.qualname, run.alias) == ("dataset.run_query", "create")
    assert s.resolve("dataset.create") is run and s.resolve("dataset.run_query") is run
    logout = s.method("DELETE", "/api/session/")
    assert (logout.name, logout.alias) == ("logout", "delete_all")
    present = {(e.method, route.route_shape(e.path)) for e in model.endpoints}
    overridden = {
        (m.endpoint.method, route.route_shape(m.endpoint.path)): m.name
        for m in s.by_route.values()
        if m.alias
    }
    wanted = {k: v for k, v in route_tables.NAME_OVERRIDES.items() if k in present}
    assert overridden == wanted and len(wanted) >= 8


def test_the_names_alone_are_the_surfaces_names_in_its_order() -> None:
    """``qualnames_of`` (what diff uses) names every route as the built surface does:
    overrides, collisions and reserved attributes (``request`` -> ``request_api``) alike."""
    from generator.core.model import ApiModel, Endpoint, SourceRef

    def ep(method: str, path: str, ns: str) -> Endpoint:
        return Endpoint(method, path, ns, "", False, False, False, (SourceRef("x.md", 1),))

    made = ApiModel(
        "1",
        "markdown-single",
        (
            ep("GET", "/api/request/:id", "request"),
            ep("POST", "/api/dataset/", "dataset"),
            ep("GET", "/api/card/:id", "card"),
            ep("GET", "/api/card/:card-id", "card"),
        ),
    )
    twin = ApiModel(made.metabase_version, made.source_format, made.endpoints)
    names = surface.qualnames_of(made)
    assert list(names.items()) == list(surface.surface_of(twin).qualnames().items())
    assert names[("GET", "/api/request/:id")] == "request_api.get"
    assert names[("POST", "/api/dataset/")] == "dataset.run_query"
    assert len(set(names.values())) == 4
    for package in sorted(json.loads((GENERATED / "sources.json").read_text())):
        text = (GENERATED / package / "model.json").read_text()
        built = surface.surface_of(loads(text)).qualnames()
        assert list(surface.qualnames_of(loads(text)).items()) == list(built.items()), package


def test_a_surface_is_built_once_per_model() -> None:
    model = loads((GENERATED / "metabase_v0_49" / "model.json").read_text())
    assert surface.surface_of(model) is surface.surface_of(model)
    twin = loads((GENERATED / "metabase_v0_49" / "model.json").read_text())
    assert surface.surface_of(twin).qualnames() == surface.surface_of(model).qualnames()


def test_an_override_never_takes_a_name_the_resource_has() -> None:
    for package in sorted(json.loads((GENERATED / "sources.json").read_text())):
        model = loads((GENERATED / package / "model.json").read_text())
        for r in surface.surface_of(model).resources:
            names = [m.name for m in r.methods] + [m.alias for m in r.methods if m.alias]
            assert len(names) == len(set(names)), (package, r.attr)


def test_class_names_never_take_a_runtime_class_or_a_twin() -> None:
    """The ``async`` namespace (Metabase 0.27) would be ``AsyncResource``, the runtime's own
    base class; ``async-card`` would be the async twin of ``card``'s class."""
    from generator.core.model import ApiModel, Endpoint, SourceRef

    def ep(path: str, ns: str) -> Endpoint:
        return Endpoint("GET", path, ns, "", False, False, False, (SourceRef("x.md", 1),))

    eps = (
        ep("/api/async/x", "async"),
        ep("/api/card/", "card"),
        ep("/api/async-card/", "async-card"),
    )
    classes = [r.cls for r in surface.surface_of(ApiModel("1", "markdown-single", eps)).resources]
    twins = [p + c for c in classes for p in surface.TWIN_PREFIXES]
    assert "AsyncResource" not in twins and "Resource" not in twins
    assert len(twins) == len(set(twins)) and classes[0] == "AsyncApiResource"
