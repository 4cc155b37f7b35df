"""HTTP runtime of this generated Metabase client, built on requests.

Authentication: ``username``/``password`` log in lazily with ``POST /api/session`` and send
``X-Metabase-Session``; ``api_key`` sends ``X-API-Key``; ``session_token`` reuses a session.
A 401 with a password login logs in again once and retries the request once. Connection
errors and 429/502/503/504 answers are retried with exponential backoff (``max_retries``),
for GET, HEAD, PUT and DELETE only unless a call asks for retries itself. Leaving a ``with``
block (or ``close()``) logs out a session the client logged in itself.
"""

from __future__ import annotations

import email.utils
import enum
import json
import logging
import mimetypes
import os
import random
import threading
import time
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import IO, Any, TypeAlias, TypeVar
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

import requests

__all__ = [
    "UNSET",
    "ApiError",
    "AuthenticationError",
    "BadRequest",
    "BaseClient",
    "ConnectionFailed",
    "FileTarget",
    "MetabaseError",
    "NotFound",
    "PermissionDenied",
    "RateLimited",
    "RequestTimeout",
    "Resource",
    "ServerError",
    "Timeout",
    "Unset",
]

log = logging.getLogger(__name__)

# Seconds: one number for connect and read, a (connect, read) pair, or None to wait forever.
Timeout: TypeAlias = float | tuple[float, float] | None
# Where ``to_file=`` writes a download: a path, or a binary file object open for writing.
FileTarget: TypeAlias = str | os.PathLike[str] | IO[bytes]

RETRY_STATUSES = frozenset({429, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE"})
_AUTH_HEADERS = frozenset({"x-metabase-session", "x-api-key"})
_CHUNK = 1 << 16  # bytes read at a time when streaming a download to a file


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
    """The server could not be reached (the cause is chained as ``__cause__``)."""


class RequestTimeout(MetabaseError):
    """The server did not answer within the timeout (the cause is chained as ``__cause__``)."""


class ApiError(MetabaseError):
    """The server answered with an error status.

    ``status_code`` (``status`` is an alias), ``method``, ``url`` (no credentials, no query
    string), ``body`` (the whole answer: parsed JSON, else text), ``errors`` (Metabase's
    field-error map ``{"field": "what is wrong"}`` when the answer has one, else None) and
    ``message`` (the server's message, or a summary of the field errors).
    """

    def __init__(
        self,
        status_code: int,
        method: str,
        url: str,
        message: str | None = None,
        *,
        body: object = None,
    ) -> None:
        self.status_code = status_code
        self.method = method
        self.url = url
        self.body = body
        self.errors = _field_errors(body)
        self.message = message if message is not None else _message_of(body, self.errors)
        summary = self.message if len(self.message) <= 1000 else self.message[:1000] + "..."
        super().__init__(f"{method} {url} failed with HTTP {status_code}: {summary}")

    @property
    def status(self) -> int:
        """Alias of ``status_code``."""
        return self.status_code


class BadRequest(ApiError):
    """400: the request was refused as invalid; ``errors`` holds the field errors."""


class AuthenticationError(ApiError):
    """401: not logged in, or the credentials were refused."""


class PermissionDenied(ApiError):
    """403: the user may not do this."""


class NotFound(ApiError):
    """404: no such object or route."""


class RateLimited(ApiError):
    """429: too many requests (raised once the retries are used up)."""


class ServerError(ApiError):
    """5xx: the server failed (502, 503 and 504 are raised once the retries are used up)."""


_ERROR_CLASSES: dict[int, type[ApiError]] = {
    400: BadRequest,
    401: AuthenticationError,
    403: PermissionDenied,
    404: NotFound,
    429: RateLimited,
}


def _error_class(status: int) -> type[ApiError]:
    if status >= 500:
        return ServerError
    return _ERROR_CLASSES.get(status, ApiError)


def _field_errors(body: object) -> dict[str, Any] | None:
    if isinstance(body, dict):
        errors = body.get("errors")
        if isinstance(errors, dict) and errors:
            return errors
    return None


def _message_of(body: object, errors: dict[str, Any] | None) -> str:
    if isinstance(body, dict):
        for key in ("message", "error"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
        if errors:
            return "; ".join(
                f"{k}: {v if isinstance(v, str) else json.dumps(v)}" for k, v in errors.items()
            )
        if body.get("errors"):
            return json.dumps(body["errors"])
    if isinstance(body, str):
        return body.strip()
    if body is None:
        return ""
    return json.dumps(body)


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


def _parsed_body(response: requests.Response) -> object:
    """The whole answer: parsed JSON when it is JSON, else its text (None when empty)."""
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return response.text


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


_ClientT = TypeVar("_ClientT", bound="BaseClient")


class BaseClient:
    """Connection, authentication, retries and error handling shared by every resource."""

    #: Seconds before the first retry; doubled for each further one, up to ``max_backoff``,
    #: and shortened by up to a quarter at random (jitter).
    initial_backoff = 0.5
    max_backoff = 8.0
    #: The longest wait a ``Retry-After`` header can ask for (longer asks wait this long).
    max_retry_after = 60.0

    def __init__(
        self,
        base_url: str,
        *,
        username: str | None = None,
        password: str | None = None,
        api_key: str | None = None,
        session_token: str | None = None,
        timeout: Timeout = 60.0,
        max_retries: int = 2,
        http: requests.Session | None = None,
    ) -> None:
        if (username is None) != (password is None):
            raise ValueError("give both username and password, or neither")
        if api_key is not None and (username is not None or session_token is not None):
            raise ValueError("api_key cannot be combined with a login or a session token")
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self._base_url = base_url.rstrip("/")
        self._shown_base = _without_userinfo(self._base_url)
        self._timeout = timeout
        self._max_retries = max_retries
        self._username = username
        self._password = password
        self._api_key = api_key
        self._token = session_token
        self._own_session = False  # the token came from this client's own login
        self._closed = False
        self._lock = threading.Lock()
        self._own_http = http is None
        self._http = http if http is not None else requests.Session()
        # Test hooks: how the client waits between retries, and its jitter source.
        self._sleep: Callable[[float], None] = time.sleep
        self._random: Callable[[], float] = random.random

    @property
    def base_url(self) -> str:
        """The server's address, without a trailing slash."""
        return self._base_url

    @property
    def timeout(self) -> Timeout:
        """The default timeout of each request, in seconds (a call's ``timeout=`` wins)."""
        return self._timeout

    @property
    def max_retries(self) -> int:
        """How many times GET, HEAD, PUT and DELETE are retried (a call's ``max_retries=``
        wins, and is the only way to retry POST and PATCH)."""
        return self._max_retries

    @property
    def session_token(self) -> str | None:
        """The session token in use: the one given, or the one the login got (None before
        the first login, after logout, and with an API key)."""
        return self._token

    def __repr__(self) -> str:
        if self._api_key is not None:
            auth = "api_key=***"
        elif self._username is not None:
            auth = f"username={self._username!r}"
        elif self._token is not None:
            auth = "session_token=***"
        else:
            auth = "anonymous"
        return f"{type(self).__name__}({self._shown_base!r}, {auth})"

    # --- authentication -----------------------------------------------------------------

    def login(self) -> None:
        """Log in with the username and password now (otherwise done on first use)."""
        with self._lock:
            self._login_locked()

    def _login_locked(self) -> None:
        if self._username is None or self._password is None:
            raise AuthenticationError(
                401,
                "POST",
                self._shown_url("/api/session"),
                "no username and password to log in with",
            )
        response = self._attempts(
            "POST",
            "/api/session",
            (),
            [],
            {"username": self._username, "password": self._password},
            auth=lambda: ({}, None),
            retries=self._max_retries,
            relogin=False,
        )
        try:
            token = response.json()["id"]
        except (ValueError, KeyError, TypeError):
            raise ApiError(
                response.status_code,
                "POST",
                self._shown_url("/api/session"),
                "login answered without a session id",
            ) from None
        self._token = str(token)
        self._own_session = True

    def logout(self) -> None:
        """End the session (``DELETE /api/session``) if this client logged in itself; a
        session token given to the client is left alone."""
        with self._lock:
            if not self._own_session:
                return
            token, self._token, self._own_session = self._token, None, False
        if token is None:
            return
        try:
            self._attempts(
                "DELETE",
                "/api/session",
                (),
                [],
                None,
                auth=lambda: ({"X-Metabase-Session": token}, None),
                retries=0,
                relogin=False,
            )
        except MetabaseError as exc:
            log.debug("logout failed: %s", type(exc).__name__)

    def close(self) -> None:
        """Log out a session this client logged in itself, then close the connection pool
        (if the client made it). Only the first call does anything."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        try:
            self.logout()
        finally:
            if self._own_http:
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

    def _redact(self, value: object) -> object:
        """``value`` with the password, key and token replaced by ``***`` (error bodies)."""
        secrets = [s for s in (self._password, self._api_key, self._token) if s]
        if not secrets:
            return value
        if isinstance(value, str):
            for secret in secrets:
                value = value.replace(secret, "***")
            return value
        if isinstance(value, dict):
            return {k: self._redact(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self._redact(v) for v in value]
        return value

    # --- requests -----------------------------------------------------------------------

    def _url(self, path: str) -> str:
        return self.base_url + path

    def _shown_url(self, path: str) -> str:
        """The URL for errors: no user or password of the base URL, no query string."""
        return self._shown_base + path

    def _send(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        body: object,
        *,
        headers: dict[str, str],
        multipart: bool = False,
        timeout: Timeout | Unset = UNSET,
        stream: bool = False,
    ) -> requests.Response:
        # Prepared by hand so that requests does not unquote %2E in path values: ".." must
        # stay one encoded segment, never a dot segment that climbs the path.
        url = self._url(path) + ("?" + urlencode(query) if query else "")
        if multipart and isinstance(body, Mapping):
            request = requests.Request(method, url, headers=headers, files=_parts(body))
        elif isinstance(body, _Form):
            request = requests.Request(method, url, headers=headers, data=_query(body))
        else:
            payload: Any = body  # any JSON value
            request = requests.Request(method, url, headers=headers, json=payload)
        prepared = self._http.prepare_request(request)
        prepared.url = url
        settings = self._http.merge_environment_settings(url, {}, stream, None, None)
        wait = self._timeout if timeout is UNSET else timeout
        try:
            return self._http.send(prepared, timeout=wait, **settings)
        except requests.Timeout as exc:
            raise RequestTimeout(
                f"{method} {self._shown_url(path)}: no answer within {wait} s"
            ) from exc
        except requests.RequestException as exc:
            reason = type(exc).__name__
            raise ConnectionFailed(
                f"{method} {self._shown_url(path)}: cannot connect ({reason})"
            ) from exc

    def _backoff(self, retry: int, response: requests.Response | None) -> float:
        """Seconds to wait before retry number ``retry`` (0-based)."""
        if response is not None:
            asked = _retry_after(response.headers)
            if asked is not None:
                return min(asked, self.max_retry_after)
        delay = min(self.initial_backoff * 2.0**retry, self.max_backoff)
        return delay * (1.0 - 0.25 * self._random())

    def _attempts(
        self,
        method: str,
        path: str,
        path_args: tuple[object, ...],
        query: list[tuple[str, str]],
        payload: object,
        *,
        auth: Callable[[], tuple[dict[str, str], str | None]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        multipart: bool = False,
        timeout: Timeout | Unset = UNSET,
        retries: int = 0,
        relogin: bool = True,
        stream: bool = False,
        template: str | None = None,
    ) -> requests.Response:
        """Send until an answer is final: at most ``retries`` retries of connection errors and
        429/502/503/504, plus at most one new login after a 401; raise for 4xx/5xx."""
        get_auth = auth if auth is not None else self._auth_headers
        retry = 0
        relogged = False
        while True:
            headers, token = get_auth()
            if extra_headers:
                headers = {**extra_headers, **headers}
            if retry or relogged:
                _rewind(payload)
            started = time.perf_counter()
            try:
                response = self._send(
                    method,
                    path,
                    query,
                    payload,
                    headers=headers,
                    multipart=multipart,
                    timeout=timeout,
                    stream=stream,
                )
            except ConnectionFailed:
                self._log(method, path, template, path_args, "connection failed", started, retry)
                if retry >= retries:
                    raise
                self._sleep(self._backoff(retry, None))
                retry += 1
                continue
            except RequestTimeout:
                self._log(method, path, template, path_args, "timeout", started, retry)
                raise
            status = response.status_code
            self._log(method, path, template, path_args, status, started, retry)
            if status == 401 and relogin and not relogged and self._relogin(token):
                response.close()
                relogged = True
                continue
            if status in RETRY_STATUSES and retry < retries:
                wait = self._backoff(retry, response)
                response.close()
                self._sleep(wait)
                retry += 1
                continue
            if status >= 400:
                self._raise(response, method, path)
            return response

    def _log(
        self,
        method: str,
        path: str,
        template: str | None,
        path_args: tuple[object, ...],
        outcome: object,
        started: float,
        retry: int,
    ) -> None:
        if log.isEnabledFor(logging.DEBUG):
            shown = _shown_path(template, path_args) if template and path_args else path
            took = (time.perf_counter() - started) * 1000
            log.debug("%s %s -> %s in %.1f ms (retry %d)", method, shown, outcome, took, retry)

    def _raise(self, response: requests.Response, method: str, path: str) -> None:
        status = response.status_code
        try:
            body = self._redact(_parsed_body(response))
        finally:
            response.close()
        message = (response.reason or "") if body is None else None
        raise _error_class(status)(status, method, self._shown_url(path), message, body=body)

    def _call(
        self,
        method: str,
        template: str,
        path_args: tuple[object, ...] = (),
        *,
        query: Mapping[str, object] | None = None,
        body: Mapping[str, object] | None = None,
        raw_body: object = UNSET,
        multipart: bool = False,
        nested: Sequence[tuple[tuple[str, ...], object]] = (),
        form: Mapping[str, object] | None = None,
        form_body: bool = False,
        query_map: object = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """One call of a route. ``query``/``body`` hold the typed parameters by their wire
        names; the ``extra_*`` mappings are merged in (never over a typed parameter).

        Where Metabase's route reads them (docs/client.md): ``nested`` places body values
        under nested keys; ``form`` holds ring ``:params`` reads, sent as a form body when
        ``form_body`` (POST/PUT/PATCH without a JSON body), else in the query string;
        ``query_map`` is a whole map of query parameters; ``raw_body`` is the whole body (a
        mapping is merged with the typed keys, which win)."""
        path = template.format(*(_segment(v) for v in path_args))
        params: Mapping[str, object] = query or {}
        if isinstance(query_map, Mapping):
            params = {**query_map, **_body(params)}
        if form and not form_body:
            params = {**params, **form}
        if extra_query:
            params = _merge("extra_query", params, extra_query)
        pairs = _query(params)
        payload: object = _body(body) if body is not None else None
        if nested:
            payload = _place(payload if isinstance(payload, dict) else {}, nested)
        if raw_body is not UNSET:  # the parameter is the whole body
            if isinstance(raw_body, Mapping) and isinstance(payload, dict) and payload:
                payload = _place(dict(raw_body), [((k,), v) for k, v in payload.items()])
            elif isinstance(raw_body, Mapping) or not payload:
                payload = dict(raw_body) if isinstance(raw_body, Mapping) else raw_body
            else:
                raise TypeError("this whole body is not a JSON object: keyword keys can't join it")
        if form and form_body:
            payload = _Form(_body(form))
        if extra_body:
            if payload is None:
                payload = dict(extra_body)
            elif isinstance(payload, Mapping):
                _merge("extra_body", body or {}, extra_body)  # unset typed keys clash too
                payload = _merge("extra_body", payload, extra_body)
            else:
                raise TypeError("extra_body needs a JSON object body; this body is not one")
        if extra_headers:
            clash = sorted(k for k in extra_headers if k.lower() in _AUTH_HEADERS)
            if clash:
                raise TypeError(
                    f"extra_headers may not set {', '.join(clash)}: authentication is the "
                    "client's (api_key=, session_token=, username= and password=)"
                )
        if max_retries is None:
            retries = self._max_retries if method in IDEMPOTENT_METHODS else 0
        else:
            retries = max_retries
        response = self._attempts(
            method,
            path,
            path_args,
            pairs,
            payload,
            extra_headers=extra_headers,
            multipart=multipart,
            timeout=timeout,
            retries=retries,
            stream=to_file is not None,
            template=template,
        )
        if to_file is not None:
            self._save(response, to_file, method, path)
            return None
        return _decode(response)

    def _save(
        self, response: requests.Response, target: FileTarget, method: str, path: str
    ) -> None:
        """Stream the answer into ``target`` chunk by chunk: memory stays flat."""
        try:
            if isinstance(target, (str, os.PathLike)):
                with open(target, "wb") as fh:
                    for chunk in response.iter_content(_CHUNK):
                        fh.write(chunk)
            else:
                for chunk in response.iter_content(_CHUNK):
                    target.write(chunk)
        except requests.RequestException as exc:
            raise ConnectionFailed(
                f"{method} {self._shown_url(path)}: the download broke off ({type(exc).__name__})"
            ) from exc
        finally:
            response.close()

    def request(self, method: str, path: str, **params: object) -> Any:
        """Call any route, documented or not: ``client.request("GET", "/api/user/current")``.

        Parameters go to the query string for GET, HEAD and DELETE, to the JSON body otherwise.
        """
        method = method.upper()
        if not path.startswith("/"):
            path = "/" + path
        escaped = path.replace("{", "{{").replace("}", "}}")
        if method in ("GET", "HEAD", "DELETE"):
            return self._call(method, escaped, (), query=params)
        return self._call(method, escaped, (), body=params)

    def paginate(self, method: Callable[..., Any], /, *args: Any, **params: Any) -> Iterator[Any]:
        """Every item of every page of a paged route: ``for u in mb.paginate(mb.user.list)``,
        ``mb.paginate(mb.collection.get_items, 3, models=["card"])``.

        ``limit`` (default 50) is the page size and ``offset`` (default 0) where to start;
        other arguments go to ``method`` unchanged. A page is the answer's ``data`` list (or
        the answer itself when it is a list); iteration stops after the last page: once
        ``offset`` reaches ``total``, or a page is shorter than ``limit``, or the server
        shows that it did not page (``"limit": null``, more items than asked for, or the
        same page again).
        """
        limit = params.pop("limit", 50)
        offset = params.pop("offset", 0)
        if not isinstance(limit, int) or limit <= 0:
            raise ValueError("limit must be a positive integer")
        previous: list[Any] | None = None
        while True:
            page = method(*args, limit=limit, offset=offset, **params)
            total = None
            unpaged = False
            if isinstance(page, dict):
                items = page.get("data")
                total = page.get("total")
                unpaged = "limit" in page and page["limit"] is None
            else:
                items = page
            if not isinstance(items, list):
                raise TypeError(f"{getattr(method, '__name__', method)} does not answer pages")
            if items and items == previous:
                return  # a server that ignores offset answers the same page again
            previous = items
            yield from items
            offset += len(items)
            if unpaged or not items or len(items) != limit:
                return
            if isinstance(total, int) and offset >= total:
                return


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
        *,
        deprecated: str | None = None,
        **options: Any,
    ) -> Any:
        """``options`` are ``BaseClient._call``'s keywords (query, body, timeout, ...)."""
        if deprecated is not None:
            warnings.warn(deprecated, DeprecationWarning, stacklevel=3)
        return self._client._call(method, template, path_args, **options)


# What a resource attribute of the generated client must not be called (mbgen reads it).
CLIENT_MEMBERS = frozenset(name for name in dir(BaseClient) if not name.startswith("_"))
