"""AsyncClient against the misbehaving loopback server of the sync runtime tests (conftest.py's
``rec``), on a Markdown-era package (the made-up API of conftest.py) and an OpenAPI-era one
(the shipped metabase_v0_56): retries, Retry-After, POST, 401 bounds, timeouts, extras,
errors, downloads, paging, logout, secrets, deprecations. Each test drives its coroutine
with ``asyncio.run``."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import re
import socket
import time
import warnings
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from support.packages import import_package
from werkzeug import Request, Response

Recorder = Any  # conftest.py: the recording server fixture ``rec``
GENERATED = Path(__file__).resolve().parents[3] / "generated"


def json_response(data: object, status: int = 200, **headers: str) -> Response:
    return Response(json.dumps(data), status, content_type="application/json", headers=headers)


@dataclass(frozen=True)
class Era:
    """The calls of one package that the tests make, and where they go."""

    pkg: ModuleType
    post: Callable[..., Awaitable[Any]]  # a POST with a JSON body
    post_path: str
    post_body: dict[str, Any]
    deprecated: Callable[[Any], Awaitable[Any]]
    deprecated_path: str
    deprecated_name: str  # Resource class, method


def _markdown(pkg: ModuleType) -> Era:
    return Era(
        pkg,
        lambda mb, **kw: mb.card.create(name="x", **kw),
        "/api/card/",
        {"name": "x"},
        lambda mb: mb.card.delete(4),
        "/api/card/4",
        "delete",
    )


def _openapi(pkg: ModuleType) -> Era:
    body = {"name": "x", "display": "table", "dataset_query": {}, "visualization_settings": {}}
    return Era(
        pkg,
        lambda mb, **kw: mb.card.create(**body, **kw),
        "/api/card/",
        body,
        lambda mb: mb.segment.delete(4, revision_message="r"),
        "/api/segment/4",
        "delete",
    )


@pytest.fixture(params=["markdown", "openapi"])
def era(request: pytest.FixtureRequest, rpkg: ModuleType) -> Era:
    if request.param == "markdown":
        return _markdown(rpkg)
    return _openapi(import_package(GENERATED, "metabase_v0_56"))


def keyed(era: Era, rec: Recorder, **kw: Any) -> tuple[Any, list[float]]:
    mb = era.pkg.AsyncClient(rec.url, api_key=rec.API_KEY, **kw)
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    mb._sleep = sleep
    mb._random = lambda: 0.0  # no jitter: backoff is exactly 0.5, 1, 2 ...
    return mb, waits


def run(coro: Awaitable[Any]) -> Any:
    async def main() -> Any:
        return await coro

    return asyncio.run(main())


# --- retries -------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_get_retried_twice_then_succeeds(era: Era, rec: Recorder, status: int) -> None:
    mb, waits = keyed(era, rec)
    rec.on("/api/card/1", json_response({}, status), json_response({}, status))
    assert run(mb.card.get(1)) == {"ok": True, "path": "/api/card/1"}
    assert [(r["method"], r["path"]) for r in rec.requests] == [("GET", "/api/card/1")] * 3
    assert waits == [0.5, 1.0]


def test_gives_up_after_max_retries_with_the_last_error(era: Era, rec: Recorder) -> None:
    mb, waits = keyed(era, rec)
    rec.on("/api/card/1", *[json_response({"message": "restarting"}, 503)] * 5)
    with pytest.raises(era.pkg.ServerError) as info:
        run(mb.card.get(1))
    assert info.value.status_code == 503 and info.value.message == "restarting"
    assert len(rec.requests) == 3 and len(waits) == 2


@pytest.mark.parametrize(
    "headers,expected",
    [
        ({"Retry-After": "2"}, 2.0),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"Retry-After": "3600"}, 60.0),
    ],
)
def test_retry_after_is_honoured_and_capped(
    era: Era, rec: Recorder, headers: dict[str, str], expected: float
) -> None:
    mb, waits = keyed(era, rec)
    rec.on("/api/card/1", json_response({}, 429, **headers))
    run(mb.card.get(1))
    assert waits == [expected]


def test_real_sleep_waits_what_retry_after_asks(era: Era, rec: Recorder) -> None:
    mb = era.pkg.AsyncClient(rec.url, api_key=rec.API_KEY)
    rec.on("/api/card/1", json_response({}, 503, **{"Retry-After": "0.3"}))
    started = time.perf_counter()
    run(mb.card.get(1))
    assert 0.3 <= time.perf_counter() - started < 2.0
    assert len(rec.requests) == 2


def test_post_is_not_retried_unless_the_call_asks(era: Era, rec: Recorder) -> None:
    mb, waits = keyed(era, rec)
    rec.on(era.post_path, json_response({}, 503))
    rec.on(era.post_path, json_response({}, 503), json_response({}, 502))

    async def calls() -> Any:
        with pytest.raises(era.pkg.ServerError):
            await era.post(mb)
        assert len(rec.requests) == 1 and waits == []
        return await era.post(mb, max_retries=2)

    assert run(calls())["ok"]
    bodies = [json.loads(r["body"]) for r in rec.requests]
    assert bodies == [era.post_body] * 4 and len(waits) == 2


def test_put_is_retried(era: Era, rec: Recorder) -> None:
    mb, waits = keyed(era, rec)
    rec.on("/api/card/4", json_response({}, 503))
    run(mb.card.update(4, name="y"))
    assert [(r["method"], json.loads(r["body"])) for r in rec.requests] == [
        ("PUT", {"name": "y"})
    ] * 2
    assert len(waits) == 1


def test_connection_errors_are_retried_then_chained(era: Era) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    mb = era.pkg.AsyncClient(f"http://127.0.0.1:{port}", api_key="mb_SECRET", timeout=2)
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    mb._sleep = sleep
    with pytest.raises(era.pkg.ConnectionFailed, match="cannot connect") as info:
        run(mb.card.get(1))
    assert len(waits) == 2
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert "mb_SECRET" not in str(info.value) and "mb_SECRET" not in repr(info.value)
    waits.clear()
    with pytest.raises(era.pkg.ConnectionFailed):
        run(era.post(mb))  # POST: not retried
    assert waits == []


# --- 401 -----------------------------------------------------------------------------------


def login_client(era: Era, rec: Recorder, **kw: Any) -> Any:
    mb = era.pkg.AsyncClient(rec.url, username="me@example.com", password=rec.PASSWORD, **kw)

    async def sleep(_: float) -> None:
        return None

    mb._sleep = sleep
    return mb


def test_one_relogin_on_401_then_the_retry(era: Era, rec: Recorder) -> None:
    mb = login_client(era, rec, session_token="stale")
    assert run(mb.card.get(1))["ok"]
    assert [r["session"] for r in rec.requests] == ["stale", rec.TOKEN]
    assert rec.logins == 1 and mb.session_token == rec.TOKEN


def test_relogin_and_retries_do_not_multiply(era: Era, rec: Recorder) -> None:
    mb = login_client(era, rec)
    unauth = Response("Unauthenticated", 401)
    rec.on("/api/card/1", json_response({}, 503), unauth, json_response({}, 503), unauth, unauth)
    with pytest.raises(era.pkg.AuthenticationError):
        run(mb.card.get(1))
    assert len(rec.requests) == 4  # 503 (retry 1), 401 (new login), 503 (retry 2), 401
    assert rec.logins == 2


def test_concurrent_tasks_share_one_login(era: Era, rec: Recorder) -> None:
    mb = login_client(era, rec)

    async def many() -> list[Any]:
        return await asyncio.gather(*(mb.card.get(i) for i in range(20)))

    assert len(run(many())) == 20
    assert rec.logins == 1
    assert {r["session"] for r in rec.requests} == {rec.TOKEN}


def test_bad_password_raises_without_it(era: Era, httpserver: HTTPServer) -> None:
    password = "echo-PASS-123"
    httpserver.expect_request("/api/session", method="POST").respond_with_json(
        {"message": f"wrong password {password}", "errors": {"password": password}}, status=401
    )
    mb = era.pkg.AsyncClient(httpserver.url_for("/"), username="u@x", password=password)
    with pytest.raises(era.pkg.AuthenticationError) as info:
        run(mb.card.get(1))
    err = info.value
    for text in (str(err), repr(err), json.dumps(err.body), repr(err.errors), repr(mb)):
        assert password not in text
    assert len(httpserver.log) == 1  # the login, not retried, and no call without a session


# --- options, errors ----------------------------------------------------------------------


def test_extras_arrive_where_they_should(era: Era, rec: Recorder) -> None:
    mb, _ = keyed(era, rec)
    run(
        era.post(
            mb,
            extra_query={"dry": True, "tag": ["a", "b"]},
            extra_body={"extra_key": "table", "extra_null": None},
            extra_headers={"X-Trace": "t-1"},
        )
    )
    (r,) = rec.requests
    assert (r["method"], r["path"], r["ctype"]) == ("POST", era.post_path, "application/json")
    assert r["query"] == [("dry", "true"), ("tag", "a"), ("tag", "b")]
    assert json.loads(r["body"]) == {**era.post_body, "extra_key": "table", "extra_null": None}
    assert r["headers"]["X-Trace"] == "t-1" and r["headers"]["X-Api-Key"] == rec.API_KEY


def test_an_extra_never_replaces_a_typed_parameter(era: Era, rec: Recorder) -> None:
    mb, _ = keyed(era, rec)
    with pytest.raises(TypeError, match="extra_body repeats"):
        run(era.post(mb, extra_body={"name": "b"}))
    with pytest.raises(TypeError, match="extra_headers may not set"):
        run(mb.card.get(1, extra_headers={"x-api-key": "other"}))
    assert rec.requests == []


def test_400_with_field_errors(era: Era, rec: Recorder) -> None:
    body = {"errors": {"name": "value must be a non-blank string."}}
    rec.on(era.post_path, json_response(body, 400))
    mb, _ = keyed(era, rec)
    with pytest.raises(era.pkg.BadRequest) as info:
        run(era.post(mb))
    err = info.value
    assert isinstance(err, era.pkg.ApiError) and err.status_code == 400 and err.method == "POST"
    assert err.errors == body["errors"] and err.body == body
    assert err.url == rec.url + era.post_path
    assert "name: value must be a non-blank string." in str(err)


@pytest.mark.parametrize(
    "status,exc", [(403, "PermissionDenied"), (404, "NotFound"), (500, "ServerError")]
)
def test_error_classes(era: Era, rec: Recorder, status: int, exc: str) -> None:
    rec.on("/api/card/9", Response("plain words", status, content_type="text/plain"))
    mb, _ = keyed(era, rec)
    with pytest.raises(getattr(era.pkg, exc)) as info:
        run(mb.card.get(9))
    assert info.value.body == "plain words" and len(rec.requests) == 1


@pytest.mark.parametrize("timeout", [0.3, (1.0, 0.3)])
def test_per_call_timeout_fires_on_time_and_is_not_retried(
    era: Era, httpserver: HTTPServer, timeout: Any
) -> None:
    hits: list[int] = []

    def slow(_: Request) -> Response:
        hits.append(1)
        time.sleep(0.7)  # longer than the timeout, shorter than the bound below
        return json_response({})

    httpserver.expect_request("/api/card/1").respond_with_handler(slow)
    mb = era.pkg.AsyncClient(httpserver.url_for("/"), api_key="k", timeout=30)
    started = time.perf_counter()
    with pytest.raises(era.pkg.RequestTimeout, match="no answer within") as info:
        run(mb.card.get(1, timeout=timeout))
    assert 0.3 <= time.perf_counter() - started < 0.9
    assert isinstance(info.value.__cause__, httpx.TimeoutException)
    time.sleep(0.5)  # let the server finish: a retry would show as a second hit
    assert hits == [1] and mb.timeout == 30


# --- downloads, paging, lifecycle ---------------------------------------------------------


def test_export_to_a_path_and_a_file_object(era: Era, rec: Recorder, tmp_path: Path) -> None:
    data = bytes(range(256)) * 1000
    rec.on("/api/card/5/query/xlsx", Response(data, 200, content_type="application/octet-stream"))
    rec.on("/api/card/5/query/csv", Response(data, 200, content_type="text/csv"))
    rec.on("/api/card/5/query/csv", Response(b"a,b\n", 200, content_type="text/csv"))
    mb, _ = keyed(era, rec)
    buf = io.BytesIO()

    async def calls() -> Any:
        assert await mb.card.export(5, "xlsx", to_file=tmp_path / "o.xlsx") is None
        await mb.card.export(5, "csv", to_file=buf)
        return await mb.card.export(5, "csv")

    assert run(calls()) == b"a,b\n"
    assert (tmp_path / "o.xlsx").read_bytes() == data and buf.getvalue() == data
    assert [(r["method"], r["path"]) for r in rec.requests] == [
        ("POST", "/api/card/5/query/xlsx"),
        ("POST", "/api/card/5/query/csv"),
        ("POST", "/api/card/5/query/csv"),
    ]


def test_export_error_is_raised_not_written(era: Era, rec: Recorder, tmp_path: Path) -> None:
    rec.on("/api/card/5/query/csv", json_response({"message": "no such card"}, 404))
    mb, _ = keyed(era, rec)
    with pytest.raises(era.pkg.NotFound, match="no such card"):
        run(mb.card.export(5, "csv", to_file=tmp_path / "x"))
    assert not (tmp_path / "x").exists()


def test_paginate_is_an_async_iterator_over_every_page(era: Era, rec: Recorder) -> None:
    people = [{"id": i} for i in range(7)]

    def page(request: Request) -> Response:
        limit, offset = int(request.args["limit"]), int(request.args["offset"])
        return json_response({"data": people[offset : offset + limit], "total": 7})

    rec.on("/api/user/", page, page, page)
    rec.on("/api/user", page, page, page)
    mb, _ = keyed(era, rec)

    async def walk() -> list[Any]:
        return [u async for u in mb.paginate(mb.user.list, limit=3, status="all")]

    assert run(walk()) == people
    assert [r["query"] for r in rec.requests] == [
        [("status", "all"), ("limit", "3"), ("offset", str(o))] for o in (0, 3, 6)
    ]


def test_async_with_logs_out_exactly_once(era: Era, rec: Recorder) -> None:
    async def session() -> Any:
        async with login_client(era, rec) as mb:
            assert type(mb).__name__ == "AsyncClient" and mb.session_token is None
            await mb.card.get(1)
            assert mb.session_token == rec.TOKEN
        await mb.aclose()
        return mb

    mb = run(session())
    assert rec.logouts == [rec.TOKEN] and mb.session_token is None

    async def not_ours() -> None:
        async with era.pkg.AsyncClient(rec.url, session_token=rec.TOKEN) as given:
            await given.card.get(1)
        async with keyed(era, rec)[0] as key:
            await key.card.get(1)

    run(not_ours())
    assert rec.logouts == [rec.TOKEN]


def test_deprecated_calls_warn_at_the_callers_line(era: Era, rec: Recorder) -> None:
    mb, _ = keyed(era, rec)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run(era.deprecated(mb))
    (w,) = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert "is deprecated by Metabase" in str(w.message)
    assert w.filename == __file__
    assert rec.requests[-1]["method"] == "DELETE"
    assert rec.requests[-1]["path"] == era.deprecated_path


def test_debug_log_lines_without_secrets(
    era: Era, rec: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=f"{era.pkg.__name__}._runtime")

    async def calls() -> None:
        async with login_client(era, rec) as mb:
            rec.on("/api/card/1", json_response({}, 503))
            await mb.card.get(1, extra_query={"q": "query-VALUE"})

    run(calls())
    lines = [r.getMessage() for r in caplog.records if r.name.endswith("_runtime")]
    assert "POST /api/session -> 200" in lines[0]
    assert any(line.startswith("GET /api/card/1 -> 503 in ") for line in lines)
    assert any("GET /api/card/1 -> 200" in line and "(retry 1)" in line for line in lines)
    assert any(line.startswith("DELETE /api/session -> 204") for line in lines)
    text = "\n".join(lines)
    for secret in (rec.PASSWORD, rec.TOKEN, "query-VALUE"):
        assert secret not in text


# --- the raw answer -----------------------------------------------------------------------


def test_with_raw_response_sync_and_async(era: Era, rec: Recorder) -> None:
    rec.on("/api/card/1", json_response({"id": 1}, 200, **{"X-Seen": "yes"}))
    rec.on("/api/card/2", json_response({"id": 2}, 202))
    sync = era.pkg.Client(rec.url, api_key=rec.API_KEY)
    raw = sync.with_raw_response.card.get(1)
    assert (raw.status_code, raw.headers["x-seen"], raw.json(), raw.parse()) == (
        200,
        "yes",
        {"id": 1},
        {"id": 1},
    )
    assert raw.content == b'{"id": 1}' and raw.text == '{"id": 1}'
    mb, _ = keyed(era, rec)
    rec.on("/api/card/3", json_response({"message": "gone"}, 404))

    async def calls() -> Any:
        araw = await mb.with_raw_response.card.get(2)
        with pytest.raises(era.pkg.NotFound, match="gone"):
            await mb.with_raw_response.card.get(3)
        return araw

    araw = run(calls())
    assert (araw.status_code, araw.parse(), araw.headers["Content-Type"]) == (
        202,
        {"id": 2},
        "application/json",
    )
    assert isinstance(araw, era.pkg.RawResponse)
    with pytest.raises(AttributeError):
        _ = mb.with_raw_response.no_such_resource
    assert [r["path"] for r in rec.requests] == ["/api/card/1", "/api/card/2", "/api/card/3"]


# --- multipart -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def upload_pkg(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    from support.packages import generate_into

    out = tmp_path_factory.mktemp("gen_upload_async")
    fixtures = Path(__file__).resolve().parents[2] / "fixtures"
    generate_into(fixtures / "openapi-json", out, version="0.97")
    return import_package(out, "metabase_v0_97")


def test_multipart_upload_is_resent_whole_after_a_401(
    upload_pkg: ModuleType, httpserver: HTTPServer, tmp_path: Path
) -> None:
    got: list[dict[str, Any]] = []
    statuses = [401, 200]  # the first try is refused, so the retry must resend the file

    def handler(request: Request) -> Response:
        got.append(
            {
                "ctype": request.headers.get("Content-Type", ""),
                "files": {k: (f.filename, f.read()) for k, f in request.files.items()},
                "form": dict(request.form.items()),
            }
        )
        if statuses.pop(0) == 401:
            return Response("Unauthenticated", 401)
        return Response("{}", 200, content_type="application/json")

    httpserver.expect_request("/api/session", method="POST").respond_with_json({"id": "t"})
    httpserver.expect_request(re.compile("/api/ee/gizmo-audit/.*")).respond_with_handler(handler)
    data = tmp_path / "rows.csv"
    data.write_bytes(b"a,b\n1,2\n")
    mb = upload_pkg.AsyncClient(
        httpserver.url_for("/"), username="u", password="p", session_token="old"
    )

    async def calls() -> None:
        with data.open("rb") as fh:
            await mb.ee_gizmo_audit.post_upload("k 1", file=fh)
        statuses[:] = [200]
        await mb.ee_gizmo_audit.post_upload("k", file=b"y", extra_body={"collection_id": 5})

    run(calls())
    assert len(got) == 3
    for g in got[:2]:
        assert g["ctype"].startswith("multipart/form-data")
        assert g["files"] == {"file": ("rows.csv", b"a,b\n1,2\n")}
    assert got[2]["files"] == {"file": ("file", b"y")} and got[2]["form"] == {"collection_id": "5"}
