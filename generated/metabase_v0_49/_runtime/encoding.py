"""How values go on the wire: path segments, query strings, JSON, form and multipart bodies,
and how answers and URLs are shown back (no secrets, no query values)."""

from __future__ import annotations

import email.utils
import json
import mimetypes
import time
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

import requests

from .base import UNSET, Answer


def _segment(value: object) -> str:
    """A path parameter value as one percent-encoded segment (``../x`` stays one segment)."""
    text = quote(str(value), safe="")
    if text in (".", ".."):
        text = text.replace(".", "%2E")
    return text


def _query_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def _query(params: Mapping[str, object]) -> list[tuple[str, str]]:
    """Query pairs: UNSET and None are left out, booleans are true/false, lists repeat keys."""
    pairs: list[tuple[str, str]] = []
    for key, value in params.items():
        if value is UNSET or value is None:
            continue
        if isinstance(value, (list, tuple)):
            pairs.extend((key, _query_value(v)) for v in value if v is not None)
        else:
            pairs.append((key, _query_value(value)))
    return pairs


def _body(params: Mapping[str, object]) -> dict[str, object]:
    """The JSON body: UNSET is left out, None is sent as null."""
    return {k: v for k, v in params.items() if v is not UNSET}


class _Form(dict[str, object]):
    """A body sent url-encoded (ring's ``:params`` of a POST), not as JSON."""


def _place(
    body: dict[str, object], fields: Sequence[tuple[tuple[str, ...], object]]
) -> dict[str, object]:
    """``body`` with each value set at its key path (nested objects made as needed, and a
    mapping merged into one already there); UNSET values are left out."""
    for keys, value in sorted(fields, key=lambda f: len(f[0])):
        if value is UNSET:
            continue
        node = body
        for key in keys[:-1]:
            inner = node.get(key)
            node[key] = inner = dict(inner) if isinstance(inner, Mapping) else {}
            node = inner
        old = node.get(keys[-1])
        if isinstance(old, dict) and isinstance(value, Mapping):
            node[keys[-1]] = {**old, **value}  # merged into the whole map's object there
        else:
            node[keys[-1]] = value
    return body


def _merge(
    what: str, typed: Mapping[str, object], extra: Mapping[str, object]
) -> dict[str, object]:
    """``typed`` plus the caller's extras; an extra never replaces a documented parameter."""
    clash = sorted(k for k in extra if k in typed)
    if clash:
        raise TypeError(
            f"{what} repeats the documented parameter(s) {', '.join(map(repr, clash))}: "
            "pass them as keyword arguments instead"
        )
    return {**typed, **extra}


def _parts(body: Mapping[str, object]) -> list[tuple[str, tuple[Any, ...]]]:
    """Multipart parts: bytes, file objects and (filename, content) pairs are file parts,
    with a content type guessed from the file name; anything else is a form field
    (booleans true/false, lists and maps as JSON)."""
    parts: list[tuple[str, tuple[Any, ...]]] = []
    for key, value in body.items():
        if value is None:
            continue
        if isinstance(value, tuple) and len(value) == 2:
            filename, content = str(value[0]), value[1]
        elif isinstance(value, (bytes, bytearray)) or hasattr(value, "read"):
            name = getattr(value, "name", None)
            filename = name.rsplit("/", 1)[-1] if isinstance(name, str) else key
            content = value
        else:
            parts.append((key, (None, _query_value(value))))
            continue
        ctype = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        parts.append((key, (filename, content, ctype)))
    return parts


def _rewind(payload: object) -> None:
    """Before a retry, put file objects of a multipart body back at their start."""
    if isinstance(payload, Mapping):
        for value in payload.values():
            target = value[1] if isinstance(value, tuple) and len(value) == 2 else value
            seek = getattr(target, "seek", None)
            if callable(seek):
                seek(0)


def _parsed_body(response: Answer) -> object:
    """The whole answer: parsed JSON when it is JSON, else its text (None when empty)."""
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return response.text


def wire_url(url: str, query: list[tuple[str, str]]) -> str:
    """The URL sent, its query string encoded here: both transports send it as it is
    (requests would unquote ``%2E`` in path values: ".." must stay one encoded segment)."""
    return url + ("?" + urlencode(query) if query else "")


def wire_request(
    method: str,
    url: str,
    body: object,
    *,
    headers: Mapping[str, str],
    multipart: bool,
) -> requests.Request:
    """The request as it goes on the wire, for both transports: the body as requests
    encodes JSON, form and multipart bodies. The sync transport sends it through its
    session; the async one sends its bytes (``wire_body``)."""
    sent = dict(headers)
    if multipart and isinstance(body, Mapping):
        return requests.Request(method, url, headers=sent, files=_parts(body))
    if isinstance(body, _Form):
        return requests.Request(method, url, headers=sent, data=_query(body))
    payload: Any = body  # any JSON value
    return requests.Request(method, url, headers=sent, json=payload)


def wire_body(request: requests.Request) -> tuple[bytes | None, str | None]:
    """The body bytes and content type requests sends for ``request`` (None: no body)."""
    if request.json is None and not request.data and not request.files:
        return None, None  # requests sends no body and no content type: skip preparing
    prepared = request.prepare()
    body = prepared.body
    ctype = prepared.headers.get("Content-Type")
    if isinstance(body, str):
        body = body.encode("utf-8")
    if not isinstance(body, bytes) or not body:
        return None, ctype if isinstance(ctype, str) else None
    return body, ctype if isinstance(ctype, str) else None


def _retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds the server asks to wait: ``retry-after-ms``, ``Retry-After`` in seconds or as
    an HTTP date; None when absent or unreadable."""
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    value = headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _shown_path(template: str, path_args: tuple[object, ...]) -> str:
    """The path for a log line: integer path values as they are, others as ``***`` (public
    and embedding tokens are path values)."""
    shown = (str(v) if isinstance(v, int) and not isinstance(v, bool) else "***" for v in path_args)
    return template.format(*shown)


def _without_userinfo(url: str) -> str:
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def _server_url(base_url: str) -> str:
    """The server's address as routes are appended to it: ``http(s)://host[:port][/prefix]``
    without a trailing slash, and without a trailing ``/api`` (the API's own prefix, which
    every route path already carries). Anything that cannot be a server's address is a
    ``ValueError`` saying how to write it."""
    text = base_url.strip()
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or "://" not in text:
        host = text.split("://", 1)[-1].rsplit("@", 1)[-1].strip("/") or "metabase.example.com"
        given = text.split("://", 1)[0] + "://" + host if "://" in text else host
        raise ValueError(
            f"base_url {given!r} is not an http(s) URL: write it as "
            f"'http://{host}' or 'https://{host}'"
        )
    shown = _without_userinfo(text)  # no password in a message
    try:
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError:
        raise ValueError(f"base_url {shown!r}: the port is not a number") from None
    if not parts.hostname:
        raise ValueError(f"base_url {shown!r} has no host: e.g. 'https://metabase.example.com'")
    if parts.query or parts.fragment:
        raise ValueError(f"base_url {shown!r}: give the server's address without '?' or '#'")
    url = text.rstrip("/")
    if parts.path.rstrip("/").lower().endswith("/api"):
        url = url[: len(url) - 4].rstrip("/")
    return url
