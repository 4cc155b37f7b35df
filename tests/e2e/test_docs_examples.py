"""Every Python example of README.md and docs/*.md runs against each shipped package it names
(tests/support/examples.py says how an example names them), talking to a loopback server
that answers as Metabase would and records each request. The requests must be the ones
listed here for the example, in order: method, path, query, body and its content type.

A request carries exactly what the example sets: a server default the example leaves out
is not sent (docs/client.md), and any other key is a failure.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from support.examples import GENERATED, Example, examples
from werkzeug import Request, Response

NOTHING: Any = object()  # no body at all (or only documented defaults)
Q = {"database": 1, "type": "native", "native": {"query": "select 1"}}
DATA = b"region,total\nnorth,12\n"
TOKEN = "eyJ0eXAi.embed.tok"
SESSION = {"X-Metabase-Session": "session-1"}
EXAMPLE_HOSTS = ("https://metabase.example.com", "https://mb.example.com")


@dataclass(frozen=True)
class Answer:
    status: int = 200
    json: Any = field(default_factory=lambda: {"id": 1})
    content: bytes | None = None  # a file answer instead of JSON
    headers: tuple[tuple[str, str], ...] = ()


CSV = Answer(content=DATA)


@dataclass(frozen=True)
class Req:
    method: str
    path: str
    query: dict[str, list[str]] = field(default_factory=dict)
    json: Any = NOTHING
    form: dict[str, str] | None = None  # url-encoded, or the fields of a multipart body
    files: dict[str, tuple[str, bytes]] | None = None  # multipart file parts
    headers: dict[str, str] = field(default_factory=dict)
    answer: Answer = Answer()


LOGIN = Req(
    "POST",
    "/api/session",
    json={"username": "me@example.com", "password": "..."},
    answer=Answer(json={"id": "session-1"}),
)

# The first code line of each example -> the requests it makes, in order.
EXPECTED: dict[str, list[Req]] = {
    "from metabase_v0_49 import Client, PermissionDenied, UNSET": [
        LOGIN,
        Req("GET", "/api/card/1", headers=SESSION, answer=Answer(json={"id": 1, "name": "Old"})),
        Req("PUT", "/api/card/1", json={"name": "Revenue", "collection_id": None}, headers=SESSION),
        Req("GET", "/api/user/current", headers=SESSION),
    ],
    "mb.dataset.run_query(query=q)": [
        Req("POST", "/api/dataset", json=Q),
        Req(
            "POST",
            "/api/dataset/csv",
            form={"query": json.dumps(Q), "visualization_settings": "{}"},
            answer=CSV,
        ),
        Req("PUT", "/api/setting", json={"site-name": "Acme"}, answer=Answer(204, None)),
        Req(
            "POST",
            "/api/card/from-csv",
            form={"collection_id": "7"},
            files={"file": ("sales.csv", DATA)},
        ),
        Req("GET", f"/api/embed/card/{TOKEN}/query", query={"category": ["Widget"]}),
    ],
    "mb.dataset.run_query(database=1, type=": [
        Req("POST", "/api/dataset", json=Q),
        Req(
            "POST", "/api/dataset/csv", json={"query": Q, "visualization_settings": {}}, answer=CSV
        ),
        Req("PUT", "/api/setting", json={"site-name": "Acme"}, answer=Answer(204, None)),
        Req("GET", f"/api/embed/card/{TOKEN}/query", query={"category": ["Widget"]}),
    ],
    "mb.card.get(1, timeout=5)": [
        Req("GET", "/api/card/1"),
        Req("POST", "/api/dashboard", json={"name": "Sales", "width": "full"}),
        Req(
            "GET",
            "/api/user",
            query={"sort_column": ["name"]},
            headers={"X-Trace": "t-1"},
            answer=Answer(json={"data": [], "total": 0}),
        ),
    ],
    'mb = Client(url, api_key="mb_...", max_retries=2)': [
        Req(
            "GET",
            "/api/card/1",
            headers={"X-API-Key": "mb_..."},
            answer=Answer(503, {"message": "busy"}, headers=(("Retry-After", "0"),)),
        ),
        Req("GET", "/api/card/1", headers={"X-API-Key": "mb_..."}),
        Req("POST", "/api/dashboard", json={"name": "Sales"}),
        Req("POST", "/api/dashboard", json={"name": "Sales"}),
        Req("GET", "/api/card/1"),
    ],
    "try:": [
        Req(
            "POST",
            "/api/dashboard",
            json={"name": ""},
            answer=Answer(400, {"errors": {"name": "value must be a non-blank string."}}),
        ),
    ],
    'mb.card.export(1, "csv", to_file="revenue.csv")': [
        Req("POST", "/api/card/1/query/csv", answer=CSV),
        Req("POST", "/api/card/1/query/xlsx", answer=Answer(content=b"PK\x03\x04xlsx")),
        Req("POST", "/api/card/1/query/csv", answer=CSV),
    ],
    "page = mb.user.list(limit=50, offset=0)": [
        Req(
            "GET",
            "/api/user",
            query={"limit": ["50"], "offset": ["0"]},
            answer=Answer(json={"data": [{"id": 1}, {"id": 2}], "total": 2}),
        ),
        Req(
            "GET",
            "/api/user",
            query={"status": ["all"], "limit": ["50"], "offset": ["0"]},
            answer=Answer(json={"data": [{"id": 1}], "total": 1, "limit": 50, "offset": 0}),
        ),
        Req(
            "GET",
            "/api/collection/3/items",
            query={"models": ["card"], "limit": ["100"], "offset": ["0"]},
            answer=Answer(json={"data": [], "total": 0, "limit": 100, "offset": 0}),
        ),
    ],
    "import asyncio": [
        LOGIN,
        Req("GET", "/api/card/1", headers=SESSION),
        Req(
            "GET",
            "/api/user",
            query={"limit": ["50"], "offset": ["0"]},
            headers=SESSION,
            answer=Answer(json={"data": [{"id": 1}], "total": 1}),
        ),
        Req("GET", "/api/card/1", headers=SESSION),
        Req("DELETE", "/api/session", headers=SESSION, answer=Answer(204, None)),
    ],
    'with Client(url, username="me@example.com", password="...") as mb:': [
        LOGIN,
        Req("GET", "/api/user/current", headers=SESSION),
        Req("DELETE", "/api/session", headers=SESSION, answer=Answer(204, None)),
    ],
}

ALL = examples()
RUN = [e for e in ALL if not e.not_run]
CASES = [(e, pkg) for e in RUN for pkg in e.packages]


def expected_for(example: Example) -> list[Req] | None:
    first = example.code.strip().splitlines()[0].strip()
    for start, reqs in EXPECTED.items():
        if first.startswith(start):
            return reqs
    return None


# --- only what the example set goes on the wire ------------------------------------------


def only_what_was_set(sent: dict[str, Any], wanted: dict[str, Any], where: str) -> None:
    """The request carries exactly the keys the example set: no server default is sent."""
    extra = sorted(set(sent) - set(wanted))
    assert not extra, f"{where}: {extra} were sent but the example did not set them"
    for key in wanted:
        assert key in sent and sent[key] == wanted[key], (where, key, sent.get(key))


# --- the loopback server ------------------------------------------------------------------


class Recorder:
    """Answers each request with the next scripted answer and keeps what it was sent."""

    def __init__(self, script: list[Req]) -> None:
        self.script = list(script)
        self.seen: list[dict[str, Any]] = []

    def __call__(self, request: Request) -> Response:
        raw = request.get_data(cache=True)
        ctype = request.mimetype
        got: dict[str, Any] = {
            "method": request.method,
            "path": request.path,
            "query": {k: request.args.getlist(k) for k in request.args},
            "headers": {k.lower(): v for k, v in request.headers.items()},
            "ctype": ctype,
            "json": json.loads(raw) if raw and ctype == "application/json" else NOTHING,
            "form": dict(request.form) if ctype.endswith(("form-data", "urlencoded")) else {},
            "files": {k: (f.filename, f.read()) for k, f in request.files.items()},
            "raw": raw,
        }
        self.seen.append(got)
        if len(self.seen) > len(self.script):
            return Response("more requests than the example should make", 599)
        answer = self.script[len(self.seen) - 1].answer
        if answer.content is not None:
            body, ctype_out = answer.content, "text/csv"
        elif answer.json is None:
            body, ctype_out = b"", "application/json"
        else:
            body, ctype_out = json.dumps(answer.json).encode(), "application/json"
        return Response(body, answer.status, headers=dict(answer.headers), content_type=ctype_out)


def check(package: str, want: Req, got: dict[str, Any], where: str) -> None:
    assert (got["method"], got["path"].rstrip("/")) == (want.method, want.path.rstrip("/")), where
    only_what_was_set(got["query"], want.query, f"{where} query")
    for name, value in want.headers.items():
        assert got["headers"].get(name.lower()) == value, (where, name, got["headers"])
    if want.files is not None or (want.form is not None and got["ctype"].endswith("form-data")):
        assert got["ctype"] == "multipart/form-data", where
        assert got["files"] == (want.files or {}), where
        only_what_was_set(got["form"], want.form or {}, f"{where} parts")
    elif want.form is not None:
        assert got["ctype"] == "application/x-www-form-urlencoded", where
        only_what_was_set(got["form"], want.form, f"{where} form")
    elif want.json is not NOTHING:
        assert got["ctype"] == "application/json", (where, got["ctype"])
        if isinstance(want.json, dict):
            only_what_was_set(got["json"], want.json, f"{where} body")
        else:
            assert got["json"] == want.json, where
    elif got["raw"]:  # no body expected: only documented defaults may be there
        sent = got["json"] if got["json"] is not NOTHING else got["form"]
        assert isinstance(sent, dict), (where, got["raw"][:200])
        only_what_was_set(sent, {}, f"{where} body")


# --- the tests ----------------------------------------------------------------------------


def test_examples_are_found_and_each_names_a_shipped_package() -> None:
    assert len(RUN) >= 9, [e.id for e in RUN]
    shipped = {p.name for p in GENERATED.iterdir() if (p / "MBGEN_GENERATED").is_file()}
    for e in RUN:
        assert e.packages and set(e.packages) <= shipped, (e.id, e.packages)


def test_every_example_has_its_requests_listed() -> None:
    assert [e.id for e in RUN if expected_for(e) is None] == []
    assert all(e.not_run.strip() for e in ALL if not e.packages), "a reason for each non-example"


@pytest.fixture
def namespace(httpserver: HTTPServer) -> dict[str, Any]:
    return {"url": httpserver.url_for("/").rstrip("/"), "json": json, "q": Q, "data": DATA}


@pytest.mark.parametrize(("example", "package"), CASES, ids=[f"{e.id}[{p}]" for e, p in CASES])
def test_example_runs_and_sends_what_it_says(
    example: Example,
    package: str,
    httpserver: HTTPServer,
    namespace: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    script = expected_for(example)
    assert script is not None
    recorder = Recorder(script)
    httpserver.expect_request(re.compile(".*")).respond_with_handler(recorder)
    monkeypatch.syspath_prepend(str(GENERATED))
    monkeypatch.chdir(tmp_path)  # downloads land here
    pkg = __import__(package)
    code = example.code
    for host in EXAMPLE_HOSTS:
        code = code.replace(host, namespace["url"])
    names = {n: getattr(pkg, n) for n in pkg.__all__}
    names |= namespace | {"token": TOKEN, "__name__": "__example__"}
    names["mb"] = pkg.Client(namespace["url"], api_key="mb_example")
    exec(compile(code, f"{example.file}:{example.line}", "exec"), names)  # noqa: S102
    where = f"{example.id} on {package}"
    assert len(recorder.seen) == len(script), (where, [r["path"] for r in recorder.seen])
    for i, (want, got) in enumerate(zip(script, recorder.seen, strict=True)):
        check(package, want, got, f"{where}, request {i + 1}")
