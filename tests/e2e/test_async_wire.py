"""Every endpoint of every shipped package: the request ``AsyncClient`` sends is the request
``Client`` sends for the same call, byte for byte (method, path, query string, body, content
type). No server: requests' prepared requests are caught by an adapter, httpx's by a
MockTransport. Each method is called with a value for every parameter, so that every
placement of the route (path, query, form, JSON keys, whole bodies, multipart) is on the
wire; multipart bodies differ only by their random boundary, which is replaced before
comparing."""

from __future__ import annotations

import asyncio
import inspect
import re
import warnings
from typing import Any

import httpx
import pytest
import requests
from support.packages import import_package
from support.shipped import GENERATED, shipped

Wire = tuple[str, bytes, bytes | None, str | None]  # method, path?query, body, content type


def _value(name: str, annotation: str) -> object:
    """A value for a parameter, from its annotation text: every type the generator writes."""
    literal = re.search(r"Literal\[(\"[^\"]*\"|'[^']*'|-?\d+|True|False)", annotation)
    if literal:
        return eval(literal.group(1))  # a literal the generator printed
    head = annotation.split("|")[0].strip()
    if "IO[bytes]" in annotation:
        return ("rows one.csv", b"a,b\n1,2\n")
    if head.startswith(("int",)):
        return 7
    if head.startswith("float"):
        return 1.5
    if head.startswith("bool"):
        return True
    if head.startswith("str"):
        return f"{name} v/1 & ..?"  # encodings: space, slash, ampersand, dots, question mark
    if head.startswith(("List", "list", "Sequence")):
        return [1, "two"]
    if head.startswith(("dict", "Mapping")):
        return {"k": [1, None], "s": "x y"}
    return {"k": "v"}  # a TypedDict or other mapping


def _arguments(method: Any) -> tuple[list[object], dict[str, object]]:
    args: list[object] = []
    kwargs: dict[str, object] = {}
    for p in inspect.signature(method).parameters.values():
        if p.name in ("timeout", "extra_query", "extra_body", "extra_headers", "max_retries"):
            continue
        if p.name == "to_file":
            continue
        value = _value(p.name, str(p.annotation))
        if p.kind is p.POSITIONAL_OR_KEYWORD:
            args.append(value)
        else:
            kwargs[p.name] = value
    return args, kwargs


def _normal(body: bytes | None, ctype: str | None) -> bytes | None:
    if body is None or not ctype or "boundary=" not in ctype:
        return body
    boundary = ctype.split("boundary=", 1)[1].encode()
    return body.replace(boundary, b"BOUNDARY")


def _unbound(ctype: str | None) -> str | None:
    return ctype.split("boundary=", 1)[0] if ctype else ctype


class Capture(requests.adapters.BaseAdapter):
    """A requests adapter that answers ``{}`` and keeps what it was sent."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[Wire] = []

    def send(self, request: requests.PreparedRequest, **_: Any) -> requests.Response:
        body = request.body
        if isinstance(body, str):
            body = body.encode("utf-8")
        ctype = request.headers.get("Content-Type")
        self.sent.append(
            (
                str(request.method),
                request.path_url.encode(),
                _normal(body or None, ctype),
                _unbound(ctype),
            )
        )
        answer = requests.Response()
        answer.status_code = 200
        answer._content = b"{}"
        answer.headers["Content-Type"] = "application/json"
        answer.request = request
        return answer

    def close(self) -> None:
        pass


def _sync_wire(pkg: Any, calls: list[tuple[str, str]]) -> list[Wire | str]:
    adapter = Capture()
    session = requests.Session()
    session.mount("http://", adapter)
    mb = pkg.Client("http://mb.test", api_key="k", http=session)
    out: list[Wire | str] = []
    for ns, name in calls:
        method = getattr(getattr(mb, ns), name)
        args, kwargs = _arguments(method)
        before = len(adapter.sent)
        try:
            method(*args, **kwargs)
        except TypeError as exc:  # refused before sending: must be refused alike
            out.append(f"TypeError: {exc}")
            continue
        assert len(adapter.sent) == before + 1, (ns, name)
        out.append(adapter.sent[-1])
    return out


async def _async_wire(pkg: Any, calls: list[tuple[str, str]]) -> list[Wire | str]:
    sent: list[Wire] = []

    def handler(request: httpx.Request) -> httpx.Response:
        ctype = request.headers.get("Content-Type")
        body = request.content or None
        sent.append((request.method, request.url.raw_path, _normal(body, ctype), _unbound(ctype)))
        return httpx.Response(200, json={})

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    out: list[Wire | str] = []
    async with pkg.AsyncClient("http://mb.test", api_key="k", http=http) as mb:
        for ns, name in calls:
            method = getattr(getattr(mb, ns), name)
            args, kwargs = _arguments(method)
            before = len(sent)
            try:
                await method(*args, **kwargs)
            except TypeError as exc:
                out.append(f"TypeError: {exc}")
                continue
            assert len(sent) == before + 1, (ns, name)
            out.append(sent[-1])
    await http.aclose()
    return out


@pytest.mark.parametrize("package", shipped())
def test_async_client_sends_what_the_sync_client_sends(package: str) -> None:
    pkg = import_package(GENERATED, package)
    calls = [tuple(e.attr.split(".", 1)) for e in pkg.ENDPOINTS]
    assert calls and all(len(c) == 2 for c in calls)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        sync = _sync_wire(pkg, calls)  # type: ignore[arg-type]
        asynchronous = asyncio.run(_async_wire(pkg, calls))  # type: ignore[arg-type]
    assert len(sync) == len(asynchronous) == len(pkg.ENDPOINTS)
    for call, s, a in zip(calls, sync, asynchronous, strict=True):
        assert s == a, call
    sent = [s for s in sync if not isinstance(s, str)]
    # The calls reach every kind of body (not all refused, not all bodiless).
    assert len(sent) > 0.9 * len(sync)
    kinds = {_kind(s[3]) for s in sent}
    assert {"none", "json"} <= kinds
    for e, s in zip(pkg.ENDPOINTS, sync, strict=True):
        if not isinstance(s, str):
            assert s[0] == e.method


def _kind(ctype: str | None) -> str:
    if ctype is None:
        return "none"
    return ctype.split(";")[0].split("/")[-1]
