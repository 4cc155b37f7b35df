"""The shipped Markdown-era clients send what Metabase's route reads (issue: wire-true
clients), checked on a loopback server for the exact request: method, path, query string,
content type and body."""

from __future__ import annotations

import json
from collections.abc import Iterator
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl

import pytest
from pytest_httpserver import HTTPServer
from support.corpus import REPO
from support.packages import import_package
from werkzeug import Request, Response

Seen = dict[str, Any]


@pytest.fixture
def seen(httpserver: HTTPServer) -> Iterator[list[Seen]]:
    got: list[Seen] = []

    def record(request: Request) -> Response:
        got.append(
            {
                "method": request.method,
                "path": request.path,
                "query": parse_qsl(request.query_string.decode(), keep_blank_values=True),
                "type": request.headers.get("Content-Type", ""),
                "data": request.get_data(),
                "form": sorted(request.form.items(multi=True)),
                "files": {k: (f.filename, f.read()) for k, f in request.files.items()},
            }
        )
        return Response('{"ok": true}', content_type="application/json")

    httpserver.expect_request("").respond_with_handler(record)
    yield got


def client(pkg: str, server: HTTPServer) -> Any:
    module: ModuleType = import_package(REPO / "generated", pkg)
    return module.Client(server.url_for("/").rstrip("/"), api_key="mb_k")


def body(s: Seen) -> Any:
    assert s["type"] == "application/json"
    return json.loads(s["data"])


def test_dataset_query_is_the_whole_body(httpserver: HTTPServer, seen: list[Seen]) -> None:
    mb = client("metabase_v0_49", httpserver)
    native = {"database": 1, "type": "native", "native": {"query": "select 1"}}
    mb.dataset.create(query=native)
    assert (seen[0]["method"], seen[0]["path"], seen[0]["query"]) == ("POST", "/api/dataset/", [])
    assert body(seen[0]) == native
    mb.dataset.create(query={"type": "query", "query": {"source-table": 2}}, database=1)
    assert body(seen[1]) == {"type": "query", "query": {"source-table": 2}, "database": 1}


def test_csv_export_sends_a_form(httpserver: HTTPServer, seen: list[Seen]) -> None:
    mb = client("metabase_v0_49", httpserver)
    query = json.dumps({"database": 1, "type": "native", "native": {"query": "select 1"}})
    mb.dataset.post("csv", query=query, visualization_settings="{}")
    s = seen[0]
    assert (s["method"], s["path"], s["query"]) == ("POST", "/api/dataset/csv", [])
    assert s["type"] == "application/x-www-form-urlencoded"
    assert s["form"] == [("query", query), ("visualization_settings", "{}")]


def test_settings_are_the_whole_body(httpserver: HTTPServer, seen: list[Seen]) -> None:
    mb = client("metabase_v0_49", httpserver)
    mb.setting.update_all(settings={"site-name": "Acme", "enable-embedding": True})
    assert (seen[0]["method"], seen[0]["path"]) == ("PUT", "/api/setting/")
    assert body(seen[0]) == {"site-name": "Acme", "enable-embedding": True}


def test_permissions_graph_body_and_params(httpserver: HTTPServer, seen: list[Seen]) -> None:
    mb = client("metabase_v0_49", httpserver)
    graph = {"revision": 3, "groups": {"1": {"2": {"data": {"schemas": "all"}}}}}
    mb.permissions.update_graph(body=graph, skip_graph=True)
    s = seen[0]
    assert (s["method"], s["path"]) == ("PUT", "/api/permissions/graph")
    assert s["query"] == [("skip-graph", "true")]  # ring :params: the query string here
    assert body(s) == graph


def test_csv_upload_is_multipart(httpserver: HTTPServer, seen: list[Seen]) -> None:
    mb = client("metabase_v0_49", httpserver)
    mb.card.post_from_csv(raw_params={"file": ("sales.csv", b"a,b\n1,2\n"), "collection_id": 7})
    s = seen[0]
    assert (s["method"], s["path"]) == ("POST", "/api/card/from-csv")
    assert s["type"].startswith("multipart/form-data; boundary=")
    assert s["files"] == {"file": ("sales.csv", b"a,b\n1,2\n")}
    assert s["form"] == [("collection_id", "7")]


def test_setup_builds_its_nested_objects(httpserver: HTTPServer, seen: list[Seen]) -> None:
    mb = client("metabase_v0_49", httpserver)
    mb.setup.create(
        token="t-1",
        email="a@example.com",
        password="pw",
        site_name="Acme",
        first_name="Ada",
        invited_email="b@example.com",
        engine="h2",
        details={"db": "file:/x"},
        allow_tracking=False,
    )
    assert body(seen[0]) == {
        "token": "t-1",
        "user": {"email": "a@example.com", "password": "pw", "first_name": "Ada"},
        "invite": {"email": "b@example.com"},
        "prefs": {"site_name": "Acme", "allow_tracking": False},
        "database": {"engine": "h2", "details": {"db": "file:/x"}},
    }


def test_renamed_keys_go_by_their_wire_name(httpserver: HTTPServer, seen: list[Seen]) -> None:
    mb = client("metabase_v0_49", httpserver)
    mb.field.post_values(5, value_pairs=[[1, "one"]])
    assert (seen[0]["path"], body(seen[0])) == ("/api/field/5/values", {"values": [[1, "one"]]})


def test_embed_filters_are_a_map_of_query_parameters(
    httpserver: HTTPServer, seen: list[Seen]
) -> None:
    mb = client("metabase_v0_49", httpserver)
    mb.embed.get_card_query("tok", query_params={"category": "Widget", "id": [1, 2]})
    s = seen[0]
    assert s["path"] == "/api/embed/card/tok/query"
    assert s["query"] == [("category", "Widget"), ("id", "1"), ("id", "2")]


def test_older_release_places_by_its_own_facts(httpserver: HTTPServer, seen: list[Seen]) -> None:
    mb = client("metabase_v0_32_2", httpserver)
    # the documented key stays a required keyword; the whole body carries the rest
    mb.dataset.run_query(database=1, query={"type": "native", "native": {"query": "select 1"}})
    assert body(seen[0]) == {"database": 1, "type": "native", "native": {"query": "select 1"}}


SHIPPED = sorted(json.loads((REPO / "generated" / "sources.json").read_text()))


@pytest.mark.parametrize("pkg", SHIPPED)
def test_only_what_the_caller_set_goes_on_the_wire(
    pkg: str, httpserver: HTTPServer, seen: list[Seen]
) -> None:
    """Server defaults (``f=all``, ``legacy-mbql=false``, search's flags) are the server's:
    a call that leaves a keyword out sends nothing for it."""
    mb = client(pkg, httpserver)
    mb.card.list()
    mb.card.get(1)
    mb.search.list(q="revenue")
    got = [(s["method"], s["path"].rstrip("/"), s["query"]) for s in seen]
    assert got == [
        ("GET", "/api/card", []),
        ("GET", "/api/card/1", []),
        ("GET", "/api/search", [("q", "revenue")]),
    ]
    assert all(s["data"] == b"" for s in seen)
