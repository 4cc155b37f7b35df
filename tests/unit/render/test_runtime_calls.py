"""Per-call options, errors, downloads, paging, lifecycle and logging of the generated clients,
against a loopback server (pytest-httpserver) that asserts the exact requests."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import requests
from pytest_httpserver import HTTPServer
from support.packages import import_package
from support.shipped import shipped
from werkzeug import Request, Response

Recorder = Any  # tests/unit/render/conftest.py: the recording server fixture ``rec``
REPO = Path(__file__).resolve().parents[3]
GENERATED = REPO / "generated"


def json_response(data: object, status: int = 200, **headers: str) -> Response:
    return Response(json.dumps(data), status, content_type="application/json", headers=headers)


def keyed(pkg: ModuleType, rec: Recorder, **kw: Any) -> Any:
    return pkg.Client(rec.url, api_key=rec.API_KEY, **kw)


# --- extras --------------------------------------------------------------------------------


def test_extras_arrive_where_they_should(rpkg: ModuleType, rec: Recorder) -> None:
    mb = keyed(rpkg, rec)
    mb.card.create(
        name="Revenue",
        extra_query={"dry": True, "tag": ["a", "b"]},
        extra_body={"display": "table", "collection_position": None},
        extra_headers={"X-Trace": "t-1", "Accept-Language": "fr"},
    )
    (r,) = rec.requests
    assert (r["method"], r["path"]) == ("POST", "/api/card/")
    assert r["query"] == [("dry", "true"), ("tag", "a"), ("tag", "b")]
    assert r["ctype"] == "application/json"
    assert json.loads(r["body"]) == {
        "name": "Revenue",
        "display": "table",
        "collection_position": None,
    }
    assert r["headers"]["X-Trace"] == "t-1" and r["headers"]["Accept-Language"] == "fr"
    assert r["headers"]["X-Api-Key"] == rec.API_KEY


def test_extra_body_on_a_get_is_its_json_body(rpkg: ModuleType, rec: Recorder) -> None:
    mb = keyed(rpkg, rec)
    mb.card.get(3, ignore_view=True, extra_body={"k": 1}, extra_query={"x": 2})
    (r,) = rec.requests
    assert (r["method"], r["path"]) == ("GET", "/api/card/3")
    assert r["query"] == [("ignore_view", "true"), ("x", "2")]
    assert json.loads(r["body"]) == {"k": 1} and r["ctype"] == "application/json"


@pytest.mark.parametrize(
    "call",
    [
        lambda mb: mb.card.create(name="a", extra_body={"name": "b"}),
        lambda mb: mb.card.create(name="a", extra_body={"folder_id": 2}),  # unset, still typed
        lambda mb: mb.card.get(1, extra_query={"ignore_view": "true"}),
        lambda mb: mb.user.list(extra_query={"limit": 5}),
        lambda mb: mb.card.get(1, extra_headers={"x-api-key": "other"}),
        lambda mb: mb.card.get(1, extra_headers={"X-Metabase-Session": "other"}),
    ],
)
def test_an_extra_never_replaces_a_typed_parameter(
    rpkg: ModuleType, rec: Recorder, call: Any
) -> None:
    with pytest.raises(TypeError, match="extra_"):
        call(keyed(rpkg, rec))
    assert rec.requests == []


def test_a_route_parameter_named_like_an_option_gets_a_trailing_underscore(
    rpkg: ModuleType, rec: Recorder
) -> None:
    keyed(rpkg, rec).card.post_refresh(2, timeout_=30, timeout=5)
    (r,) = rec.requests
    assert (r["method"], r["path"], json.loads(r["body"])) == (
        "POST",
        "/api/card/2/refresh",
        {"timeout": 30},
    )


# --- errors --------------------------------------------------------------------------------


def test_400_with_field_errors(rpkg: ModuleType, rec: Recorder) -> None:
    body = {
        "errors": {"name": "value must be a non-blank string."},
        "specific-errors": {"name": ["should be at least 1 characters"]},
    }
    rec.on("/api/card/", json_response(body, 400))
    with pytest.raises(rpkg.BadRequest) as info:
        keyed(rpkg, rec).card.create(name=" ")
    err = info.value
    assert isinstance(err, rpkg.ApiError) and isinstance(err, rpkg.MetabaseError)
    assert err.status_code == err.status == 400 and err.method == "POST"
    assert err.errors == {"name": "value must be a non-blank string."}
    assert err.body == body
    assert "name: value must be a non-blank string." in str(err)


def test_body_is_kept_whole_and_url_has_no_query_or_credentials(
    rpkg: ModuleType, rec: Recorder
) -> None:
    long = "x" * 5000
    rec.on("/api/card/7", Response(long, 500, content_type="text/plain"))
    base = rec.url.replace("http://", "http://someone:pw-SECRET@")
    with pytest.raises(rpkg.ServerError) as info:
        rpkg.Client(base, session_token=rec.TOKEN).card.get(7, ignore_view=True, max_retries=0)
    err = info.value
    assert err.body == long and err.message == long and err.errors is None
    assert err.url == rec.url + "/api/card/7"
    for text in (str(err), repr(err), err.url):
        assert "pw-SECRET" not in text and rec.TOKEN not in text and "?" not in text


def test_no_secret_in_errors_even_when_the_server_echoes_it(
    rpkg: ModuleType, httpserver: HTTPServer
) -> None:
    password = "echo-PASS-123"
    httpserver.expect_request("/api/session", method="POST").respond_with_json(
        {"message": f"wrong password {password}", "errors": {"password": password}}, status=401
    )
    mb = rpkg.Client(httpserver.url_for("/"), username="u@x", password=password)
    with pytest.raises(rpkg.AuthenticationError) as info:
        mb.card.get(1)
    err = info.value
    for text in (str(err), repr(err), json.dumps(err.body), repr(err.errors), repr(mb)):
        assert password not in text


def test_connection_failed_and_timeout_chain_their_cause(
    rpkg: ModuleType, httpserver: HTTPServer
) -> None:
    def slow(_: Request) -> Response:
        time.sleep(0.6)
        return json_response({})

    httpserver.expect_request("/api/card/1").respond_with_handler(slow)
    mb = rpkg.Client(httpserver.url_for("/"), api_key="k")
    with pytest.raises(rpkg.RequestTimeout) as info:
        mb.card.get(1, timeout=0.1)
    assert isinstance(info.value.__cause__, requests.Timeout)


# --- timeouts ------------------------------------------------------------------------------


@pytest.mark.parametrize("timeout", [0.3, (1.0, 0.3)])
def test_per_call_timeout_fires_on_time_and_is_not_retried(
    rpkg: ModuleType, httpserver: HTTPServer, timeout: Any
) -> None:
    hits: list[int] = []

    def slow(_: Request) -> Response:
        hits.append(1)
        time.sleep(0.7)  # longer than the timeout, shorter than the bound below
        return json_response({})

    httpserver.expect_request("/api/card/1").respond_with_handler(slow)
    mb = rpkg.Client(httpserver.url_for("/"), api_key="k", timeout=30)
    started = time.perf_counter()
    with pytest.raises(rpkg.RequestTimeout, match="no answer within"):
        mb.card.get(1, timeout=timeout)
    took = time.perf_counter() - started
    assert 0.3 <= took < 0.9
    deadline = time.monotonic() + 5  # the server may still be busy with an earlier request
    while not hits and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    assert hits == [1]
    assert mb.timeout == 30


# --- downloads -----------------------------------------------------------------------------


def test_export_without_to_file_is_bytes(rpkg: ModuleType, rec: Recorder) -> None:
    rec.on("/api/card/5/query/csv", Response(b"a,b\n1,2\n", 200, content_type="text/csv"))
    assert keyed(rpkg, rec).card.post_query_by_export_format(5, "csv") == b"a,b\n1,2\n"


def test_export_to_a_path_and_to_a_file_object(
    rpkg: ModuleType, rec: Recorder, tmp_path: Path
) -> None:
    data = os.urandom(300_000)
    rec.on("/api/card/5/query/xlsx", Response(data, 200, content_type="application/octet-stream"))
    rec.on("/api/public/card/u-1/query/csv", Response(data, 200, content_type="text/csv"))
    mb = keyed(rpkg, rec)
    target = tmp_path / "out.xlsx"
    assert mb.card.post_query_by_export_format(5, "xlsx", to_file=target) is None
    assert target.read_bytes() == data
    buf = io.BytesIO()
    mb.public.get_card_query_by_export_format("u-1", "csv", to_file=buf)
    assert buf.getvalue() == data
    r0, r1 = rec.requests
    assert (r0["method"], r0["path"], r1["method"], r1["path"]) == (
        "POST",
        "/api/card/5/query/xlsx",
        "GET",
        "/api/public/card/u-1/query/csv",
    )


def test_export_error_is_raised_not_written(
    rpkg: ModuleType, rec: Recorder, tmp_path: Path
) -> None:
    rec.on("/api/card/5/query/csv", json_response({"message": "no such card"}, 404))
    with pytest.raises(rpkg.NotFound, match="no such card"):
        keyed(rpkg, rec).card.post_query_by_export_format(5, "csv", to_file=tmp_path / "x")
    assert not (tmp_path / "x").exists()


STREAM_MB = 300

STREAM_SCRIPT = """
import resource, sys, time, tracemalloc
sys.path.insert(0, sys.argv[1])
import {package} as pkg
mb = pkg.Client(sys.argv[2], api_key="k")
mb.card.get(1)  # warm: connection pool, imports
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
tracemalloc.start()
started = time.perf_counter()
with open(sys.argv[3], "wb") as fh:
    mb.public.get_card_query_by_export_format("u", "csv", to_file=fh)
took = time.perf_counter() - started
peak = tracemalloc.get_traced_memory()[1]
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(after - before, peak, took)
"""


def test_a_300_mb_export_streams_with_flat_memory(
    rpkg: ModuleType, httpserver: HTTPServer, tmp_path: Path
) -> None:
    chunk = b"0123456789abcdef" * 65536  # 1 MiB

    def export(_: Request) -> Response:
        return Response(
            (chunk for _ in range(STREAM_MB)),
            200,
            content_type="text/csv",
            headers={"Content-Length": str(len(chunk) * STREAM_MB)},
        )

    httpserver.expect_request("/api/public/card/u/query/csv").respond_with_handler(export)
    httpserver.expect_request("/api/card/1").respond_with_json({})
    out = tmp_path / "big.csv"
    pkg_dir = Path(rpkg.__file__).parents[1]
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            STREAM_SCRIPT.format(package=rpkg.__name__),
            str(pkg_dir),
            httpserver.url_for("/"),
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    rss_kib, traced, took = proc.stdout.split()
    try:
        assert out.stat().st_size == len(chunk) * STREAM_MB
    finally:
        out.unlink()
    print(
        f"300 MB export: peak RSS +{int(rss_kib) / 1024:.1f} MiB, traced {int(traced)} B, {took} s"
    )
    assert int(rss_kib) < 50 * 1024  # ru_maxrss is in KiB on Linux
    assert int(traced) < 50 * 2**20


# --- paging --------------------------------------------------------------------------------


def test_paged_routes_take_limit_and_offset(rpkg: ModuleType, rec: Recorder) -> None:
    mb = keyed(rpkg, rec)
    mb.user.list(limit=50, offset=0)
    mb.collection.get_items(3, models=["card"], limit=10, offset=20)
    q = [(r["path"], r["query"]) for r in rec.requests]
    assert q == [
        ("/api/user/", [("limit", "50"), ("offset", "0")]),
        ("/api/collection/3/items", [("models", "card"), ("limit", "10"), ("offset", "20")]),
    ]
    import inspect

    assert "limit" not in inspect.signature(mb.card.get).parameters


def test_paginate_walks_every_page(rpkg: ModuleType, rec: Recorder) -> None:
    people = [{"id": i} for i in range(7)]

    def page(request: Request) -> Response:
        limit, offset = int(request.args["limit"]), int(request.args["offset"])
        return json_response(
            {"data": people[offset : offset + limit], "total": 7, "limit": limit, "offset": offset}
        )

    rec.on("/api/user/", page, page, page, page)
    mb = keyed(rpkg, rec)
    assert list(mb.paginate(mb.user.list, limit=3, status="all")) == people
    assert [r["query"] for r in rec.requests] == [
        [("status", "all"), ("limit", "3"), ("offset", str(o))] for o in (0, 3, 6)
    ]


def test_paginate_stops_when_the_server_does_not_page(rpkg: ModuleType, rec: Recorder) -> None:
    rec.on("/api/user/", json_response({"data": [1, 2, 3], "total": 3, "limit": None}))
    rec.on("/api/collection/1/items", json_response([1, 2]))
    mb = keyed(rpkg, rec)
    assert list(mb.paginate(mb.user.list, limit=3)) == [1, 2, 3]
    assert list(mb.paginate(mb.collection.get_items, 1)) == [1, 2]
    assert len(rec.requests) == 2
    rec.on("/api/collection/2/items", json_response([1, 2]), json_response([1, 2]))
    assert list(mb.paginate(mb.collection.get_items, 2, limit=2)) == [1, 2]  # offset ignored
    assert len(rec.requests) == 4


# --- lifecycle -----------------------------------------------------------------------------


def test_with_logs_out_exactly_once(rpkg: ModuleType, rec: Recorder) -> None:
    with rec.login_client(rpkg) as mb:
        assert type(mb).__name__ == "Client"
        assert mb.session_token is None
        mb.card.get(1)
        assert mb.session_token == rec.TOKEN
    assert rec.logouts == [rec.TOKEN]
    mb.close()
    mb.close()
    assert rec.logouts == [rec.TOKEN]
    assert mb.session_token is None


def test_sessions_not_made_by_the_client_are_not_logged_out(
    rpkg: ModuleType, rec: Recorder
) -> None:
    with rpkg.Client(rec.url, session_token=rec.TOKEN) as mb:
        mb.card.get(1)
        assert mb.session_token == rec.TOKEN
    with keyed(rpkg, rec) as mb2:
        mb2.card.get(1)
        assert mb2.session_token is None
    with rec.login_client(rpkg):
        pass  # never logged in
    assert rec.logouts == []


# --- logging and deprecation ---------------------------------------------------------------


def test_debug_log_lines_without_secrets_or_query_values(
    rpkg: ModuleType, rec: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=f"{rpkg.__name__}._runtime")
    with rec.login_client(rpkg) as mb:
        mb._sleep = lambda _: None
        rec.on("/api/card/1", json_response({}, 503))
        mb.card.get(1, ignore_view=True, extra_query={"q": "query-VALUE"})
        mb.public.get_card_query_by_export_format("public-UUID", "csv")
    lines = [r.getMessage() for r in caplog.records if r.name.endswith("_runtime")]
    assert "POST /api/session -> 200" in lines[0]
    assert any(line.startswith("GET /api/card/1 -> 503 in ") for line in lines)
    assert any("GET /api/card/1 -> 200" in line and "(retry 1)" in line for line in lines)
    assert any(line.startswith("GET /api/public/card/***/query/*** -> 200") for line in lines)
    assert any(line.startswith("DELETE /api/session -> 204") for line in lines)
    text = "\n".join(lines)
    for secret in (rec.PASSWORD, rec.TOKEN, "query-VALUE", "public-UUID", "true"):
        assert secret not in text


def test_deprecated_methods_are_marked_for_type_checkers(rpkg: ModuleType) -> None:
    from importlib import import_module

    card = import_module(f"{rpkg.__name__}.resources.card").CardResource
    assert card.delete.__deprecated__ == "DELETE /api/card/:id is deprecated by Metabase"
    assert not hasattr(card.get, "__deprecated__")


# --- the committed clients of several releases --------------------------------------------


# A paged list endpoint of each release: GET /api/user/ pages from 0.43 on (0.32.2: tasks)
PAGED = {"metabase_v0_32_2": "task.list"}


@pytest.mark.parametrize("package", shipped())
def test_committed_clients_have_the_options(rec: Recorder, package: str, tmp_path: Path) -> None:
    pkg = import_package(GENERATED, package)
    mb = pkg.Client(rec.url, api_key=rec.API_KEY)
    ns, name = PAGED.get(package, "user.list").split(".")
    getattr(getattr(mb, ns), name)(limit=50, offset=0, extra_query={"x": 1}, timeout=5)
    assert rec.requests[-1]["query"][-3:] == [("limit", "50"), ("offset", "0"), ("x", "1")]
    rec.on("/api/card/1/query/csv", Response(b"a\n1\n", 200, content_type="text/csv"))
    mb.card.post_query_by_export_format(1, "csv", to_file=tmp_path / "o.csv")
    assert (tmp_path / "o.csv").read_bytes() == b"a\n1\n"


# --- cost ----------------------------------------------------------------------------------
