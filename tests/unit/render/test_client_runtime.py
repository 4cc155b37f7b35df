"""A generated client against a real HTTP server on loopback (pytest-httpserver)."""

from __future__ import annotations

import json
import re
import socket
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from support.corpus import FIXTURES
from support.packages import generate_into, import_package
from werkzeug import Request, Response

TOKEN = "5f2c-session"
PASSWORD = "s3cret-pa55"


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory, fixtures_dir: Path) -> ModuleType:
    out = tmp_path_factory.mktemp("gen")
    generate_into(fixtures_dir / "hostile", out)
    return import_package(out, "metabase_v0_98_0")


@pytest.fixture(scope="module")
def fixtures_dir() -> Path:
    return FIXTURES


class Server:
    """Records requests; answers login and a few routes like Metabase would."""

    def __init__(self, httpserver: HTTPServer) -> None:
        self.http = httpserver
        self.requests: list[dict[str, Any]] = []
        self.logins = 0
        self.valid_tokens = {TOKEN}
        self.status: dict[str, list[int]] = {}
        self.lock = threading.Lock()
        httpserver.expect_request("/api/session", method="POST").respond_with_handler(self.login)
        httpserver.expect_request(re.compile(".*")).respond_with_handler(self.any)

    def login(self, request: Request) -> Response:
        with self.lock:
            self.logins += 1
        body = request.get_json()
        if body != {"username": "me@example.com", "password": PASSWORD}:
            return Response(
                json.dumps({"errors": {"password": "did not match"}}),
                401,
                content_type="application/json",
            )
        return Response(json.dumps({"id": TOKEN}), 200, content_type="application/json")

    def any(self, request: Request) -> Response:
        rec = {
            "method": request.method,
            "path": request.path,
            "raw_path": request.environ.get("RAW_URI") or request.environ.get("REQUEST_URI"),
            "query": list(request.args.items(multi=True)),
            "json": request.get_json(silent=True),
            "session": request.headers.get("X-Metabase-Session"),
            "api_key": request.headers.get("X-API-Key"),
        }
        with self.lock:
            self.requests.append(rec)
            queue = self.status.get(request.path)
            status = queue.pop(0) if queue else None
        if status is not None:
            return Response(
                json.dumps({"message": f"status {status}"}), status, content_type="application/json"
            )
        if rec["api_key"] is None and rec["session"] not in self.valid_tokens:
            return Response("Unauthenticated", 401, content_type="text/plain")
        if request.path == "/api/thing/export":
            return Response(b"a,b\n1,2\n", 200, content_type="text/csv")
        return Response(
            json.dumps({"ok": True, "path": request.path}), 200, content_type="application/json"
        )


@pytest.fixture
def server(httpserver: HTTPServer) -> Iterator[Server]:
    yield Server(httpserver)


def login_client(pkg: ModuleType, server: Server, **kw: Any) -> Any:
    return pkg.Client(server.http.url_for("/"), username="me@example.com", password=PASSWORD, **kw)


def test_lazy_login_then_token_reuse(pkg: ModuleType, server: Server) -> None:
    mb = login_client(pkg, server)
    assert server.logins == 0
    assert mb.thing.get("1") == {"ok": True, "path": "/api/thing/1"}
    mb.user.get_current()
    assert server.logins == 1
    assert [r["session"] for r in server.requests] == [TOKEN, TOKEN]


def test_one_relogin_and_retry_on_401(pkg: ModuleType, server: Server) -> None:
    mb = pkg.Client(
        server.http.url_for("/"),
        username="me@example.com",
        password=PASSWORD,
        session_token="expired",
    )
    assert mb.thing.get("7")["ok"]
    assert server.logins == 1
    assert [r["session"] for r in server.requests] == ["expired", TOKEN]


def test_no_loop_when_retry_also_fails(pkg: ModuleType, server: Server) -> None:
    mb = login_client(pkg, server)
    server.status["/api/thing/7"] = [401, 401, 401]
    with pytest.raises(pkg.AuthenticationError) as info:
        mb.thing.get("7")
    assert info.value.status == 401
    assert server.logins == 2  # the first login, then exactly one re-login
    assert len(server.requests) == 2


def test_bad_password_is_an_authentication_error_without_the_password(
    pkg: ModuleType, server: Server
) -> None:
    mb = pkg.Client(server.http.url_for("/"), username="me@example.com", password="wrong-pw")
    with pytest.raises(pkg.AuthenticationError) as info:
        mb.thing.get("1")
    assert "wrong-pw" not in str(info.value)
    assert "did not match" in str(info.value)
    assert server.logins == 1


def test_api_key(pkg: ModuleType, server: Server) -> None:
    mb = pkg.Client(server.http.url_for("/"), api_key="mb_KEY123")
    mb.user.get_current()
    assert server.logins == 0
    assert server.requests[0]["api_key"] == "mb_KEY123"
    assert server.requests[0]["session"] is None


def test_session_token_without_password_does_not_log_in(pkg: ModuleType, server: Server) -> None:
    mb = pkg.Client(server.http.url_for("/"), session_token="nope")
    with pytest.raises(pkg.AuthenticationError):
        mb.user.get_current()
    assert server.logins == 0 and len(server.requests) == 1


@pytest.mark.parametrize(
    "status,exc",
    [
        (400, "BadRequest"),
        (401, "AuthenticationError"),
        (403, "PermissionDenied"),
        (404, "NotFound"),
        (409, "ApiError"),
        (429, "RateLimited"),
        (500, "ServerError"),
        (503, "ServerError"),
    ],
)
def test_error_mapping(pkg: ModuleType, server: Server, status: int, exc: str) -> None:
    mb = pkg.Client(server.http.url_for("/"), api_key="k", max_retries=0)
    server.status["/api/thing/9"] = [status]
    with pytest.raises(getattr(pkg, exc)) as info:
        mb.thing.get("9")
    err = info.value
    assert type(err).__name__ == exc
    assert (err.status_code, err.status, err.method) == (status, status, "GET")
    assert err.body == {"message": f"status {status}"}
    assert err.url.endswith("/api/thing/9")
    assert err.message == f"status {status}"
    assert isinstance(err, pkg.MetabaseError)


def test_query_encoding_and_unset(pkg: ModuleType, server: Server) -> None:
    mb = pkg.Client(server.http.url_for("/"), api_key="k")
    mb.thing.get("1", in_=True, tags=["a", "b c"], ids=[1, 2])
    mb.thing.get("1", in_=False, tags=None)
    mb.thing.get("1")
    q = [r["query"] for r in server.requests]
    assert q[0] == [("in", "true"), ("tags", "a"), ("tags", "b c"), ("ids", "1"), ("ids", "2")]
    assert q[1] == [("in", "false")]
    assert q[2] == []


def test_body_unset_versus_none(pkg: ModuleType, server: Server) -> None:
    mb = pkg.Client(server.http.url_for("/"), api_key="k")
    mb.thing.update(1, label="Revenue", folder_id=None)
    mb.thing.update(2)
    mb.thing.create(import_="x", not_an_identifier={"k": 1}, self_="me")
    bodies = [r["json"] for r in server.requests]
    assert bodies[0] == {"label": "Revenue", "folder_id": None}
    assert bodies[1] == {}
    assert bodies[2] == {"import": "x", "not-an identifier!": {"k": 1}, "self": "me"}
    assert [r["method"] for r in server.requests] == ["PUT", "PUT", "POST"]


@pytest.mark.parametrize(
    "value,raw",
    [
        ("../x", "/api/thing/..%2Fx"),
        ("..", "/api/thing/%2E%2E"),
        ("a b?c#d", "/api/thing/a%20b%3Fc%23d"),
    ],
)
def test_path_values_are_percent_encoded(
    pkg: ModuleType, server: Server, value: str, raw: str
) -> None:
    mb = pkg.Client(server.http.url_for("/"), api_key="k")
    mb.thing.get(value)
    (rec,) = server.requests
    assert rec["raw_path"].split("?")[0] == raw
    assert rec["path"].startswith("/api/thing/")


def test_hostile_docstrings_survive(pkg: ModuleType) -> None:
    doc = pkg.Client.__init__ and pkg.Client("http://x", api_key="k").thing.get.__doc__
    assert '"""' in doc and "a backslash \\ there" in doc and "a \\n that" in doc
    export_doc = pkg.Client("http://x", api_key="k").thing.get_export.__doc__
    assert export_doc.rstrip().endswith(
        "Metabase docs: https://www.metabase.com/docs/v0.98/api-documentation#get-apithingexport"
    )
    assert 'quote"' in export_doc


def test_literal_enum_with_quotes(pkg: ModuleType) -> None:
    import ast
    import inspect

    sig = inspect.signature(pkg.Client("http://x", api_key="k").thing.update)
    text = str(sig.parameters["kind"].annotation)
    literal = ast.parse(text, mode="eval").body.left.left  # Literal[...] | None | Unset
    values = [ast.literal_eval(e) for e in literal.slice.elts]
    assert values == ["a'b", "c\\d", '"""']


def test_bytes_for_non_json(pkg: ModuleType, server: Server) -> None:
    mb = pkg.Client(server.http.url_for("/"), api_key="k")
    assert mb.thing.get_export() == b"a,b\n1,2\n"


def test_deprecation_warning(pkg: ModuleType, server: Server) -> None:
    mb = pkg.Client(server.http.url_for("/"), api_key="k")
    with pytest.warns(DeprecationWarning, match="DELETE /api/thing/:id") as caught:
        mb.thing.delete(3, warnings=True)  # a parameter named like a module stays as it is
    assert caught[0].filename == __file__  # the warning points at the caller's line
    assert server.requests[-1]["query"] == [("warnings", "true")]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        mb.thing.get("3")


def test_escape_hatch(pkg: ModuleType, server: Server) -> None:
    mb = login_client(pkg, server)
    assert mb.request("GET", "/api/undocumented/{x}", flag=True)["ok"]
    mb.request("post", "api/other", a=None)
    r0, r1 = server.requests
    assert (r0["method"], r0["path"], r0["query"]) == (
        "GET",
        "/api/undocumented/{x}",
        [("flag", "true")],
    )
    assert (r1["method"], r1["path"], r1["json"]) == ("POST", "/api/other", {"a": None})


def test_secrets_never_shown(pkg: ModuleType, server: Server) -> None:
    for mb in (
        login_client(pkg, server),
        pkg.Client("http://h", api_key="mb_SECRETKEY"),
        pkg.Client("http://h", session_token="tok-SECRET"),
    ):
        text = repr(mb)
        for secret in (PASSWORD, "mb_SECRETKEY", "tok-SECRET"):
            assert secret not in text
    mb = login_client(pkg, server)
    server.status["/api/thing/5"] = [500]
    with pytest.raises(pkg.ApiError) as info:
        mb.thing.get("5")
    assert PASSWORD not in str(info.value) and TOKEN not in str(info.value)


def test_concurrent_threads_share_one_login(pkg: ModuleType, server: Server) -> None:
    mb = login_client(pkg, server)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(3):
                mb.user.get_current()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert not errors
    assert server.logins == 1
    assert len(server.requests) == 24


def test_connection_failure_is_clear(pkg: ModuleType) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    mb = pkg.Client(f"http://127.0.0.1:{port}", api_key="k", timeout=2)
    with pytest.raises(pkg.ConnectionFailed, match="cannot connect"):
        mb.user.get_current()


def test_timeout_is_clear(pkg: ModuleType, httpserver: HTTPServer) -> None:
    def slow(_: Request) -> Response:
        time.sleep(0.5)
        return Response("{}", 200, content_type="application/json")

    httpserver.expect_request("/api/user/current").respond_with_handler(slow)
    mb = pkg.Client(httpserver.url_for("/"), api_key="k", timeout=0.2)
    with pytest.raises(pkg.RequestTimeout, match="no answer within 0.2 s"):
        mb.user.get_current()


def test_constructor_rejects_half_credentials(pkg: ModuleType) -> None:
    with pytest.raises(ValueError):
        pkg.Client("http://x", username="u")
    with pytest.raises(ValueError):
        pkg.Client("http://x", api_key="k", username="u", password="p")


@pytest.mark.parametrize(
    "url, fix",
    [
        ("127.0.0.1:3000", "'http://127.0.0.1:3000'"),
        ("localhost:3000", "'http://localhost:3000'"),
        ("ftp://mb.example.com", "'https://mb.example.com'"),
        ("https://", "has no host"),
        ("http://mb:port", "port is not a number"),
        ("https://u:pw@mb.example.com/?x=1", "without '?'"),
    ],
)
def test_an_address_that_is_no_server_url_fails_at_construction(
    pkg: ModuleType, url: str, fix: str
) -> None:
    started = time.monotonic()
    with pytest.raises(ValueError, match="base_url") as exc:
        pkg.Client(url, api_key="k")
    assert fix in str(exc.value) and "pw" not in str(exc.value)
    assert time.monotonic() - started < 0.1  # refused, not retried


def test_an_address_ending_in_api_is_the_server(pkg: ModuleType, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/user/current", method="GET").respond_with_json({"id": 1})
    mb = pkg.Client(httpserver.url_for("/api/"), api_key="k")
    assert mb.base_url == httpserver.url_for("/").rstrip("/")
    assert mb.user.get_current() == {"id": 1}
    assert httpserver.log[-1][0].path == "/api/user/current"  # not /api/api/user/current
    assert not [r for r, _ in httpserver.log if r.path.startswith("/api/api")]
    assert pkg.Client("https://mb.example.com/bi/api", api_key="k").base_url == (
        "https://mb.example.com/bi"
    )


@pytest.fixture(scope="module")
def upload_pkg(tmp_path_factory: pytest.TempPathFactory, fixtures_dir: Path) -> ModuleType:
    out = tmp_path_factory.mktemp("gen_upload")
    generate_into(fixtures_dir / "openapi-json", out, version="0.97")
    return import_package(out, "metabase_v0_97")


def test_multipart_upload_sends_file_parts(
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
        status = statuses.pop(0)
        if status == 401:
            return Response("Unauthenticated", 401)
        return Response("{}", 200, content_type="application/json")

    httpserver.expect_request("/api/session", method="POST").respond_with_json({"id": "t"})
    httpserver.expect_request(re.compile("/api/ee/gizmo-audit/.*")).respond_with_handler(handler)
    data = tmp_path / "rows.csv"
    data.write_bytes(b"a,b\n1,2\n")
    mb = upload_pkg.Client(httpserver.url_for("/"), username="u", password="p", session_token="old")
    with data.open("rb") as fh:
        mb.ee_gizmo_audit.post_upload("k 1", file=fh)
    assert len(got) == 2
    for g in got:
        assert g["ctype"].startswith("multipart/form-data")
        assert g["files"] == {"file": ("rows.csv", b"a,b\n1,2\n")}
    statuses[:] = [200]
    mb.ee_gizmo_audit.post_upload("k", file=("named.csv", b"x"))
    assert got[-1]["files"] == {"file": ("named.csv", b"x")}
    statuses[:] = [200]
    mb.ee_gizmo_audit.post_upload("k", file=b"y", extra_body={"collection_id": 5, "ok": True})
    assert got[-1]["files"] == {"file": ("file", b"y")}
    assert got[-1]["form"] == {"collection_id": "5", "ok": "true"}
