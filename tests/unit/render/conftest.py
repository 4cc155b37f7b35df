"""Fixtures of the runtime tests: a package generated from a made-up API (our own text) with
the routes they need (``rpkg``), and a loopback server that records requests (``rec``)."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from support.packages import generate_into, import_package
from werkzeug import Request, Response

PACKAGE = "metabase_v0_97_5"
PASSWORD = "pa55-w0rd-SECRET"
TOKEN = "tok-3f9a-SESSION"
API_KEY = "mb_KEY-SECRET-1"

DOCS = """# API Documentation for Metabase v0.97.5

## `GET /api/user/`

Lists people.

##### PARAMS:

*  **`status`** value may be nil, or if non-nil, value must be one of: `active`, `all`, `gone`.

## `GET /api/collection/:id/items`

What a collection holds.

##### PARAMS:

*  **`id`** value must be an integer greater than zero.

*  **`models`** value may be nil, or if non-nil, value must be an array.

## `GET /api/card/:id`

One card.

##### PARAMS:

*  **`id`** value must be an integer greater than zero.

*  **`ignore_view`** value may be nil, or if non-nil, value must be a boolean.

## `POST /api/card/`

Makes a card.

##### PARAMS:

*  **`name`** value must be a non-blank string.

*  **`folder_id`** value may be nil, or if non-nil, value must be an integer greater than zero.

## `PUT /api/card/:id`

Changes a card.

##### PARAMS:

*  **`id`** value must be an integer greater than zero.

*  **`name`** value may be nil, or if non-nil, value must be a string.

## `DELETE /api/card/:id`

Removes a card. (DEPRECATED -- archive it.)

##### PARAMS:

*  **`id`** value must be an integer greater than zero.

## `POST /api/card/:card-id/query/:export-format`

Runs a card and answers a file.

##### PARAMS:

*  **`card-id`** value must be an integer greater than zero.

*  **`export-format`** value must be one of: `csv`, `json`, `xlsx`.

## `GET /api/public/card/:uuid/query/:export-format`

A public card as a file.

##### PARAMS:

*  **`uuid`** value must be a non-blank string.

*  **`export-format`** value must be one of: `csv`, `json`, `xlsx`.

## `POST /api/card/:id/refresh`

Refreshes a card; its own parameter is called like a per-call option.

##### PARAMS:

*  **`id`** value must be an integer greater than zero.

*  **`timeout`** value may be nil, or if non-nil, value must be an integer greater than zero.

## `POST /api/session/`

Logs in.

##### PARAMS:

*  **`username`** value must be a non-blank string.

*  **`password`** value must be a non-blank string.

## `DELETE /api/session/`

Logs out.
"""


def build(out: Path) -> ModuleType:
    (out / "docs").mkdir(parents=True, exist_ok=True)
    (out / "docs" / "api-documentation.md").write_text(DOCS, encoding="utf-8")
    generate_into(out / "docs", out / "gen")
    return import_package(out / "gen", PACKAGE)


Handler = Callable[[Request], Response]


def json_response(data: object, status: int = 200, **headers: str) -> Response:
    return Response(json.dumps(data), status, content_type="application/json", headers=headers)


class Recorder:
    """Answers login/logout like Metabase, records every other request, and answers each
    path from a queue of scripted responses (then 200 with the path) by default."""

    PASSWORD = PASSWORD
    TOKEN = TOKEN
    API_KEY = API_KEY

    def __init__(self, httpserver: HTTPServer) -> None:
        self.http = httpserver
        self.requests: list[dict[str, Any]] = []
        self.logins = 0
        self.logouts: list[str | None] = []
        self.script: dict[str, list[Handler | Response]] = {}
        self.lock = threading.Lock()
        self.tokens = {TOKEN}
        httpserver.expect_request("/api/session", method="POST").respond_with_handler(self.login)
        httpserver.expect_request("/api/session", method="DELETE").respond_with_handler(self.logout)
        httpserver.expect_request(re.compile(".*")).respond_with_handler(self.any)

    @property
    def url(self) -> str:
        return self.http.url_for("/").rstrip("/")

    def login(self, request: Request) -> Response:
        with self.lock:
            self.logins += 1
        if request.get_json() != {"username": "me@example.com", "password": PASSWORD}:
            return json_response({"errors": {"password": "did not match stored password"}}, 401)
        return json_response({"id": TOKEN})

    def logout(self, request: Request) -> Response:
        with self.lock:
            self.logouts.append(request.headers.get("X-Metabase-Session"))
        return Response(b"", 204)

    def any(self, request: Request) -> Response:
        rec = {
            "method": request.method,
            "path": request.path,
            "query": list(request.args.items(multi=True)),
            "body": request.get_data(),
            "ctype": request.headers.get("Content-Type"),
            "headers": dict(request.headers),
            "session": request.headers.get("X-Metabase-Session"),
        }
        with self.lock:
            self.requests.append(rec)
            queue = self.script.get(request.path)
            step = queue.pop(0) if queue else None
        if callable(step) and not isinstance(step, Response):
            return step(request)
        if step is not None:
            return step
        if request.headers.get("X-API-Key") is None and rec["session"] not in self.tokens:
            return Response("Unauthenticated", 401, content_type="text/plain")
        return json_response({"ok": True, "path": request.path})

    def on(self, path: str, *steps: Handler | Response) -> None:
        self.script.setdefault(path, []).extend(steps)

    def login_client(self, pkg: ModuleType, **kw: Any) -> Any:
        return pkg.Client(self.url, username="me@example.com", password=PASSWORD, **kw)


@pytest.fixture(scope="session")
def rpkg(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return build(tmp_path_factory.mktemp("runtime_pkg"))


@pytest.fixture
def rec(httpserver: HTTPServer) -> Iterator[Recorder]:
    yield Recorder(httpserver)
