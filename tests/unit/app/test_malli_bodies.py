"""A whole body documented as a malli map (mid-2024 docs) becomes typed keyword arguments:
made-up docs (tests/fixtures/malli), a generated client on a loopback server, and the
route facts' body keys kept."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pytest_httpserver import HTTPServer
from support.packages import generate_into, import_package, model_of
from support.typecheck import cache_args
from werkzeug import Request, Response

from generator import facts
from generator.analysis import diff as diff_mod
from generator.app import bodies
from generator.core import types as tx
from generator.core.diagnostics import Diagnostics
from generator.core.model import ObjectSchema, Param, SchemaField
from generator.readers import prose as prose_reader
from generator.readers.markdown import assemble
from generator.readers.markdown.page import RawEndpoint, RawParam

ROOT = Path(__file__).resolve().parents[3]
MALLI = ROOT / "tests" / "fixtures" / "malli"


def params(version: str, method: str, path: str) -> dict[str, tuple[str, bool]]:
    model = model_of(MALLI / version.replace(".", "").replace("0", "v0", 1), version)
    [e] = [e for e in model.endpoints if (e.method, e.path) == (method, path)]
    return {p.name: (p.type.render(), p.required) for p in e.params if p.location != "path"}


def test_the_dash_updates_map_is_the_keys_of_the_body() -> None:
    assert params("0.50", "PUT", "/api/dashboard/:id") == {
        "archived": ("bool | None", False),
        "collection_id": ("int | None", False),
        "dashcards": ("list[MapIdSizeXSeries] | None", False),
        "description": ("str | None", False),
        "name": ("str | None", False),
        "width": ("Literal['fixed', 'full'] | None", False),
    }
    assert params("0.50", "PUT", "/api/cache/")["strategy"] == (
        "NocacheMapType | TtlMapTypeMultiplierMinDurationMs",
        True,
    )


def test_route_facts_keep_every_body_key_the_route_reads() -> None:
    schema = ObjectSchema(
        "MapIdName",
        "prose: malli map",
        (SchemaField("id", tx.INT, True), SchemaField("name", tx.STR, False)),
    )
    whole = Param(
        "dash-updates", "dash_updates", "body", True, tx.ref("MapIdName"), whole_body=True
    )
    ef = facts.EndpointFacts(
        "PUT",
        "/api/x/:id",
        "metabase.api.x",
        (
            facts.ParamFact("caveats", "body"),
            facts.ParamFact("name", "body"),  # already a key of the map
            facts.ParamFact("inner", "body", key_path=("outer", "inner")),  # nested: not a key
            facts.ParamFact("dash-updates", "whole_body"),
        ),
        whole_body="dash-updates",
    )
    got = bodies.typed_keys([whole], {"MapIdName": schema}, ef)
    assert [(p.name, p.type.render(), p.required, p.type_origin, p.whole_body) for p in got] == [
        ("caveats", "Any", False, "none", False),
        ("id", "int", True, "prose", False),
        ("name", "str", False, "prose", False),
    ]
    # without facts: the map's keys only
    assert [p.name for p in bodies.typed_keys([whole], {"MapIdName": schema}, None)] == [
        "id",
        "name",
    ]


def test_the_diff_from_a_release_listing_the_keys_removes_none_the_map_names() -> None:
    d = diff_mod.diff(model_of(MALLI / "v047", "0.47"), model_of(MALLI / "v050", "0.50"))
    dash = [c for c in d.changes if c.path == "/api/dashboard/:id"]
    removed = sorted(c.param or "" for c in dash if c.kind == "param-removed")
    # without route facts (these docs are too small to match any) nothing says the server
    # still reads the keys the map leaves out; every key it names is kept
    assert removed == ["footnote", "highlights"]
    assert not any(c.kind.startswith("param-whole") for c in dash)


def test_generated_client_takes_the_keys_as_keywords(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    seen: list[tuple[str, str, object]] = []

    def record(request: Request) -> Response:
        seen.append((request.method, request.path, json.loads(request.get_data() or b"null")))
        return Response("{}", content_type="application/json")

    httpserver.expect_request("").respond_with_handler(record)
    generate_into(MALLI / "v050", tmp_path, version="0.50")
    mb = import_package(tmp_path, "metabase_v0_50").Client(httpserver.url_for("/"), api_key="k")
    mb.dashboard.update(1, name="Revenue")
    mb.dashboard.update(2, dashcards=[{"id": 7, "size_x": 4}], archived=None)
    ttl = {"type": "ttl", "multiplier": 2, "min_duration_ms": 10}
    mb.cache.update_all(model="root", model_id=1, strategy=ttl)
    assert seen == [
        ("PUT", "/api/dashboard/1", {"name": "Revenue"}),
        ("PUT", "/api/dashboard/2", {"dashcards": [{"id": 7, "size_x": 4}], "archived": None}),
        ("PUT", "/api/cache/", {"model": "root", "model_id": 1, "strategy": ttl}),
    ]
    (tmp_path / "use.py").write_text(
        "from metabase_v0_50 import Client\n"
        "mb = Client('http://x', api_key='k')\n"
        "mb.dashboard.update(1, name='Revenue', width='full')\n"
        "mb.cache.update_all(model='root', model_id=1, strategy={'type': 'nocache'})\n"
    )
    (tmp_path / "bad.py").write_text(
        "from metabase_v0_50 import Client\n"
        "mb = Client('http://x', api_key='k')\n"
        "mb.dashboard.update(1, width='wide')\n"
        "mb.cache.update_all(model='root', model_id=1, strategy={'type': 'ttl'})\n"
    )
    mypy = [sys.executable, "-m", "mypy", "--strict", *cache_args("strict")]
    ok = subprocess.run([*mypy, "use.py"], cwd=tmp_path, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout
    bad = subprocess.run([*mypy, "bad.py"], cwd=tmp_path, capture_output=True, text=True)
    assert bad.returncode == 1
    assert "bad.py:3:" in bad.stdout and "bad.py:4:" in bad.stdout, bad.stdout


def test_which_whole_body_bindings_are_read_as_their_keys() -> None:
    m = "map where {:name -> <string>}"

    def built(method: str, name: str, prose: str) -> list[tuple[str, bool]]:
        raw = RawEndpoint(method, "/api/x", "x.md", 1, "", False, [RawParam(name, prose, 2)])
        with prose_reader.collecting():
            e = assemble.build_endpoint(raw, Diagnostics())
        return [(p.name, p.whole_body) for p in e.params]

    assert built("POST", "_body", m) == [("_body", True)]  # rule B, described: the body
    assert built("PUT", "card-updates", m) == [("card-updates", True)]
    assert built("PUT", "card-updates", "") == []  # no prose: an artefact, dropped
    assert built("GET", "query-params", m) == []  # a query map: not read as body keys
    assert built("POST", "request", m) == []  # rule C: part of the Ring request
