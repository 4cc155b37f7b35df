"""Retries of the generated clients' runtime against a loopback server that misbehaves.

Waits go through the client's ``_sleep`` hook, so these tests assert them without waiting.
"""

from __future__ import annotations

import email.utils
import json
import socket
import time
from types import ModuleType
from typing import Any

import pytest
from werkzeug import Response

Recorder = Any  # tests/unit/render/conftest.py: the recording server fixture ``rec``


def json_response(data: object, status: int = 200, **headers: str) -> Response:
    return Response(json.dumps(data), status, content_type="application/json", headers=headers)


def client(pkg: ModuleType, rec: Recorder, **kw: Any) -> tuple[Any, list[float]]:
    mb = pkg.Client(rec.url, api_key=rec.API_KEY, **kw)
    waits: list[float] = []
    mb._sleep = waits.append
    mb._random = lambda: 0.0  # no jitter: backoff is exactly 0.5, 1, 2 ...
    return mb, waits


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_get_retried_twice_by_default_then_succeeds(
    rpkg: ModuleType, rec: Recorder, status: int
) -> None:
    mb, waits = client(rpkg, rec)
    rec.on("/api/card/1", json_response({}, status), json_response({}, status))
    assert mb.card.get(1) == {"ok": True, "path": "/api/card/1"}
    assert len(rec.requests) == 3
    assert waits == [0.5, 1.0]


def test_gives_up_after_max_retries_with_the_last_error(rpkg: ModuleType, rec: Recorder) -> None:
    mb, waits = client(rpkg, rec)
    rec.on("/api/card/1", *[json_response({"message": "restarting"}, 503)] * 5)
    with pytest.raises(rpkg.ServerError) as info:
        mb.card.get(1)
    assert info.value.status_code == 503 and info.value.message == "restarting"
    assert len(rec.requests) == 3  # one try and two retries
    assert len(waits) == 2


def test_jitter_shortens_backoff_by_at_most_a_quarter(rpkg: ModuleType, rec: Recorder) -> None:
    mb, waits = client(rpkg, rec, max_retries=4)
    mb._random = lambda: 1.0
    rec.on("/api/card/1", *[json_response({}, 502)] * 4)
    mb.card.get(1)
    assert waits == [0.375, 0.75, 1.5, 3.0]
    import random

    mb2, waits2 = client(rpkg, rec, max_retries=3)
    mb2._random = random.random
    rec.on("/api/card/1", *[json_response({}, 502)] * 3)
    mb2.card.get(1)
    for i, w in enumerate(waits2):
        assert 0.5 * 2**i * 0.75 <= w <= 0.5 * 2**i


@pytest.mark.parametrize(
    "headers,expected",
    [
        ({"Retry-After": "2"}, 2.0),
        ({"Retry-After": "0.25"}, 0.25),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"Retry-After": "3600"}, 60.0),  # capped
        ({"Retry-After": "soon"}, 0.5),  # unreadable: backoff
    ],
)
def test_retry_after_is_honoured_and_capped(
    rpkg: ModuleType, rec: Recorder, headers: dict[str, str], expected: float
) -> None:
    mb, waits = client(rpkg, rec)
    rec.on("/api/card/1", json_response({}, 429, **headers))
    mb.card.get(1)
    assert waits == [expected]


def test_retry_after_as_http_date(rpkg: ModuleType, rec: Recorder) -> None:
    mb, waits = client(rpkg, rec)
    when = email.utils.formatdate(time.time() + 5, usegmt=True)
    rec.on("/api/card/1", json_response({}, 503, **{"Retry-After": when}))
    mb.card.get(1)
    assert len(waits) == 1 and 3.0 <= waits[0] <= 5.0


def test_real_sleep_waits_what_retry_after_asks(rpkg: ModuleType, rec: Recorder) -> None:
    mb = rpkg.Client(rec.url, api_key=rec.API_KEY)
    rec.on("/api/card/1", json_response({}, 503, **{"Retry-After": "0.3"}))
    started = time.perf_counter()
    mb.card.get(1)
    assert 0.3 <= time.perf_counter() - started < 2.0


@pytest.mark.parametrize("method", ["PUT", "DELETE"])
def test_put_and_delete_are_retried(rpkg: ModuleType, rec: Recorder, method: str) -> None:
    mb, waits = client(rpkg, rec)
    rec.on("/api/card/4", json_response({}, 503))
    if method == "PUT":
        mb.card.update(4, name="x")
    else:
        with pytest.warns(DeprecationWarning):
            mb.card.delete(4)
    assert [r["method"] for r in rec.requests] == [method, method]
    assert len(waits) == 1


def test_post_is_never_retried_by_default(rpkg: ModuleType, rec: Recorder) -> None:
    mb, waits = client(rpkg, rec)
    rec.on("/api/card/", json_response({}, 503))
    with pytest.raises(rpkg.ServerError):
        mb.card.create(name="x")
    assert len(rec.requests) == 1 and waits == []


def test_post_retried_when_the_call_opts_in(rpkg: ModuleType, rec: Recorder) -> None:
    mb, waits = client(rpkg, rec)
    rec.on("/api/card/", json_response({}, 503), json_response({}, 502))
    assert mb.card.create(name="x", max_retries=2)["ok"]
    assert [r["body"] for r in rec.requests] == [b'{"name": "x"}'] * 3
    assert len(waits) == 2


def test_per_call_max_retries_zero_and_client_zero(rpkg: ModuleType, rec: Recorder) -> None:
    mb, waits = client(rpkg, rec)
    rec.on("/api/card/1", json_response({}, 503))
    with pytest.raises(rpkg.ServerError):
        mb.card.get(1, max_retries=0)
    mb0, waits0 = client(rpkg, rec, max_retries=0)
    rec.on("/api/card/2", json_response({}, 503))
    with pytest.raises(rpkg.ServerError):
        mb0.card.get(2)
    assert len(rec.requests) == 2 and waits == waits0 == []


@pytest.mark.parametrize("status", [400, 404, 500, 501])
def test_other_errors_are_not_retried(rpkg: ModuleType, rec: Recorder, status: int) -> None:
    mb, waits = client(rpkg, rec)
    rec.on("/api/card/1", json_response({}, status))
    with pytest.raises(rpkg.ApiError):
        mb.card.get(1)
    assert len(rec.requests) == 1 and waits == []


def test_connection_errors_are_retried_then_chained(rpkg: ModuleType) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    mb = rpkg.Client(f"http://127.0.0.1:{port}", api_key="mb_SECRET", timeout=2)
    waits: list[float] = []
    mb._sleep = waits.append
    with pytest.raises(rpkg.ConnectionFailed, match="cannot connect") as info:
        mb.card.get(1)
    assert len(waits) == 2
    assert info.value.__cause__ is not None
    assert "mb_SECRET" not in str(info.value) and "mb_SECRET" not in repr(info.value)
    waits.clear()
    with pytest.raises(rpkg.ConnectionFailed):
        mb.card.create(name="x")  # POST: not retried
    assert waits == []


def test_relogin_and_retries_do_not_multiply(rpkg: ModuleType, rec: Recorder) -> None:
    mb = rec.login_client(rpkg)
    waits: list[float] = []
    mb._sleep = waits.append
    unauth = Response("Unauthenticated", 401)
    rec.on("/api/card/1", json_response({}, 503), unauth, json_response({}, 503), unauth, unauth)
    with pytest.raises(rpkg.AuthenticationError):
        mb.card.get(1)
    # 503 (retry 1), 401 (one new login), 503 (retry 2), 401: given up
    assert len(rec.requests) == 4
    assert rec.logins == 2 and len(waits) == 2


def test_401_after_retries_still_gets_its_one_relogin(rpkg: ModuleType, rec: Recorder) -> None:
    mb = rec.login_client(rpkg, session_token="stale")
    mb._sleep = lambda _: None
    rec.on("/api/card/1", json_response({}, 502), json_response({}, 502))
    assert mb.card.get(1)["ok"]
    assert [r["session"] for r in rec.requests] == ["stale", "stale", "stale", rec.TOKEN]
    assert rec.logins == 1


def test_login_itself_is_retried_on_503(rpkg: ModuleType, rec: Recorder) -> None:
    rec.http.clear()
    calls: list[int] = []

    def login(_: Any) -> Response:
        calls.append(1)
        return json_response({}, 503) if len(calls) == 1 else json_response({"id": rec.TOKEN})

    rec.http.expect_request("/api/session", method="POST").respond_with_handler(login)
    rec.http.expect_request("/api/card/1").respond_with_json({"ok": True})
    mb = rec.login_client(rpkg)
    mb._sleep = lambda _: None
    assert mb.card.get(1) == {"ok": True}
    assert len(calls) == 2
