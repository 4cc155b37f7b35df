"""HTTP runtime of this generated Metabase client, built on requests.

Authentication: ``username``/``password`` log in lazily with ``POST /api/session`` and send
``X-Metabase-Session``; ``api_key`` sends ``X-API-Key``; ``session_token`` reuses a session.
A 401 with a password login logs in again once and retries the request once.
"""

from __future__ import annotations

import enum
import json
import logging
import mimetypes
import threading
import warnings
from collections.abc import Mapping
from typing import Any, TypeVar
from urllib.parse import quote, urlencode

import requests

__all__ = [
    "UNSET",
    "ApiError",
    "AuthenticationError",
    "BaseClient",
    "ConnectionFailed",
    "MetabaseError",
    "NotFound",
    "PermissionDenied",
    "RequestTimeout",
    "Resource",
    "Unset",
]

log = logging.getLogger(__name__)


class Unset(enum.Enum):
    """The type of ``UNSET``: the default of optional parameters, which are then not sent."""

    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False


UNSET = Unset.UNSET


class MetabaseError(Exception):
    """Base class of every error this client raises."""


class ConnectionFailed(MetabaseError):
    """The server could not be reached."""


class RequestTimeout(MetabaseError):
    """The server did not answer within the client's timeout."""


class ApiError(MetabaseError):
    """The server answered with an error status."""

    def __init__(self, status: int, method: str, url: str, message: str) -> None:
        self.status = status
        self.method = method
        self.url = url
        self.message = message
        super().__init__(f"{method} {url} failed with HTTP {status}: {message}")


class AuthenticationError(ApiError):
    """401: not logged in, or the credentials were refused."""


class PermissionDenied(ApiError):
    """403: the user may not do this."""


class NotFound(ApiError):
    """404: no such object or route."""


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


def _server_message(response: requests.Response) -> str:
    try:
        data = response.json()
    except ValueError:
        return (response.text or response.reason or "").strip()[:500]
    if isinstance(data, dict):
        for key in ("message", "error", "errors"):
            if data.get(key):
                value = data[key]
                return value if isinstance(value, str) else json.dumps(value)[:500]
    return json.dumps(data)[:500]


_ClientT = TypeVar("_ClientT", bound="BaseClient")


class BaseClient:
    """Connection, authentication and error handling shared by every resource."""

    def __init__(
        self,
        base_url: str,
        *,
        username: str | None = None,
        password: str | None = None,
        api_key: str | None = None,
        session_token: str | None = None,
        timeout: float = 60.0,
        http: requests.Session | None = None,
    ) -> None:
        if (username is None) != (password is None):
            raise ValueError("give both username and password, or neither")
        if api_key is not None and (username is not None or session_token is not None):
            raise ValueError("api_key cannot be combined with a login or a session token")
        self._base_url = base_url.rstrip("/")
        self._timeout = timeout
        self._username = username
        self._password = password
        self._api_key = api_key
        self._token = session_token
        self._lock = threading.Lock()
        self._http = http if http is not None else requests.Session()

    @property
    def base_url(self) -> str:
        """The server's address, without a trailing slash."""
        return self._base_url

    @property
    def timeout(self) -> float:
        """Seconds to wait for an answer to each request."""
        return self._timeout

    def __repr__(self) -> str:
        if self._api_key is not None:
            auth = "api_key=***"
        elif self._username is not None:
            auth = f"username={self._username!r}"
        elif self._token is not None:
            auth = "session_token=***"
        else:
            auth = "anonymous"
        return f"{type(self).__name__}({self.base_url!r}, {auth})"

    # --- authentication -----------------------------------------------------------------

    def login(self) -> None:
        """Log in with the username and password now (otherwise done on first use)."""
        with self._lock:
            self._login_locked()

    def _login_locked(self) -> None:
        if self._username is None or self._password is None:
            raise AuthenticationError(
                401, "POST", self._url("/api/session"), "no username and password to log in with"
            )
        response = self._send(
            "POST",
            "/api/session",
            [],
            {"username": self._username, "password": self._password},
            headers={},
        )
        if response.status_code >= 400:
            self._raise(response, "POST", "/api/session")
        try:
            token = response.json()["id"]
        except (ValueError, KeyError, TypeError):
            raise ApiError(
                response.status_code,
                "POST",
                self._url("/api/session"),
                "login answered without a session id",
            ) from None
        self._token = str(token)

    def logout(self) -> None:
        """End the session (``DELETE /api/session``) if this client logged in."""
        with self._lock:
            token, self._token = self._token, None
        if token is not None and self._username is not None:
            self._send("DELETE", "/api/session", [], None, headers={"X-Metabase-Session": token})

    def close(self) -> None:
        self._http.close()

    def __enter__(self: _ClientT) -> _ClientT:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _auth_headers(self) -> tuple[dict[str, str], str | None]:
        if self._api_key is not None:
            return {"X-API-Key": self._api_key}, None
        with self._lock:
            if self._token is None and self._username is not None:
                self._login_locked()
            token = self._token
        return ({"X-Metabase-Session": token} if token is not None else {}), token

    def _relogin(self, stale: str | None) -> bool:
        """Log in again unless another thread already did; False when there is no login."""
        if self._username is None:
            return False
        with self._lock:
            if self._token == stale:
                self._token = None
                self._login_locked()
        return True

    # --- requests -----------------------------------------------------------------------

    def _url(self, path: str) -> str:
        return self.base_url + path

    def _send(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        body: object,
        *,
        headers: dict[str, str],
        multipart: bool = False,
    ) -> requests.Response:
        # Prepared by hand so that requests does not unquote %2E in path values: ".." must
        # stay one encoded segment, never a dot segment that climbs the path.
        url = self._url(path) + ("?" + urlencode(query) if query else "")
        if multipart and isinstance(body, Mapping):
            request = requests.Request(method, url, headers=headers, files=_parts(body))
        else:
            payload: Any = body  # any JSON value
            request = requests.Request(method, url, headers=headers, json=payload)
        prepared = self._http.prepare_request(request)
        prepared.url = url
        settings = self._http.merge_environment_settings(url, {}, None, None, None)
        try:
            response = self._http.send(prepared, timeout=self.timeout, **settings)
        except requests.Timeout:
            raise RequestTimeout(
                f"{method} {self._url(path)}: no answer within {self.timeout} s"
            ) from None
        except requests.ConnectionError as exc:
            reason = type(exc).__name__
            raise ConnectionFailed(
                f"{method} {self._url(path)}: cannot connect ({reason})"
            ) from None
        log.debug("%s %s -> %s", method, path, response.status_code)
        return response

    def _raise(self, response: requests.Response, method: str, path: str) -> None:
        status = response.status_code
        cls = {401: AuthenticationError, 403: PermissionDenied, 404: NotFound}.get(status, ApiError)
        raise cls(status, method, self._url(path), _server_message(response))

    def _call(
        self,
        method: str,
        template: str,
        path_args: tuple[object, ...],
        query: Mapping[str, object] | None = None,
        body: Mapping[str, object] | None = None,
        raw_body: object = UNSET,
        multipart: bool = False,
    ) -> Any:
        path = template.format(*(_segment(v) for v in path_args))
        pairs = _query(query or {})
        payload: object = _body(body) if body is not None else None
        if raw_body is not UNSET:
            payload = raw_body  # the parameter is the whole JSON body
        headers, token = self._auth_headers()
        response = self._send(method, path, pairs, payload, headers=headers, multipart=multipart)
        if response.status_code == 401 and self._relogin(token):
            headers, _ = self._auth_headers()
            _rewind(payload)
            response = self._send(
                method, path, pairs, payload, headers=headers, multipart=multipart
            )
        if response.status_code >= 400:
            self._raise(response, method, path)
        return _decode(response)

    def request(self, method: str, path: str, **params: object) -> Any:
        """Call any route, documented or not: ``client.request("GET", "/api/user/current")``.

        Parameters go to the query string for GET and DELETE, to the JSON body otherwise.
        """
        method = method.upper()
        if not path.startswith("/"):
            path = "/" + path
        escaped = path.replace("{", "{{").replace("}", "}}")
        if method in ("GET", "DELETE"):
            return self._call(method, escaped, (), query=params)
        return self._call(method, escaped, (), body=params)


def _decode(response: requests.Response) -> Any:
    if response.status_code == 204 or not response.content:
        return None
    ctype = response.headers.get("Content-Type", "")
    if "json" in ctype:
        try:
            return response.json()
        except ValueError:
            return response.content
    return response.content


class Resource:
    """The base of every resource (one per namespace): its methods call through the client."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def _call(
        self,
        method: str,
        template: str,
        path_args: tuple[object, ...] = (),
        query: Mapping[str, object] | None = None,
        body: Mapping[str, object] | None = None,
        raw_body: object = UNSET,
        multipart: bool = False,
        deprecated: str | None = None,
    ) -> Any:
        if deprecated is not None:
            warnings.warn(deprecated, DeprecationWarning, stacklevel=3)
        return self._client._call(
            method,
            template,
            path_args,
            query=query,
            body=body,
            raw_body=raw_body,
            multipart=multipart,
        )


# What a resource attribute of the generated client must not be called (mbgen reads it).
CLIENT_MEMBERS = frozenset(name for name in dir(BaseClient) if not name.startswith("_"))
