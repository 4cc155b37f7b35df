"""The client itself: authentication, the session's life, one call of a route, paging; and
``Resource``, the base of every namespace's class."""

from __future__ import annotations

import random
import threading
import time
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

import requests

from .base import IDEMPOTENT_METHODS, UNSET, FileTarget, Timeout, Unset, log
from .encoding import _server_url, _without_userinfo
from .errors import ApiError, AuthenticationError, MetabaseError
from .spec import Place, RequestSpec, Where, build_request, check_headers
from .transport import Transport

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
        self._base_url = _server_url(base_url)  # ValueError naming the fix
        self._shown_base = _without_userinfo(self._base_url)  # for reprs
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
        self._transport = Transport(self, self._http)
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

    def _secrets(self) -> list[str]:
        """What no error body or log may show."""
        return [s for s in (self._password, self._api_key, self._token) if s]

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
                self._transport.shown_url("/api/session"),
                "no username and password to log in with",
            )
        response = self._transport.attempts(
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
                self._transport.shown_url("/api/session"),
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
            self._transport.attempts(
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

    def _call(
        self,
        spec: RequestSpec,
        args: Sequence[object] = (),
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """One call of a route: ``args`` go where ``spec`` places them (spec.py); the
        ``extra_*`` mappings are merged in (never over a documented parameter)."""
        request = build_request(spec, args, extra_query=extra_query, extra_body=extra_body)
        check_headers(extra_headers)
        if max_retries is None:
            retries = self._max_retries if spec.method in IDEMPOTENT_METHODS else 0
        else:
            retries = max_retries
        response = self._transport.attempts(
            request.method,
            request.path,
            request.path_args,
            request.query,
            request.payload,
            extra_headers=extra_headers,
            multipart=request.multipart,
            timeout=timeout,
            retries=retries,
            stream=to_file is not None,
            template=spec.template,
        )
        if to_file is not None:
            self._transport.save(response, to_file, request.method, request.path)
            return None
        return _decode(response)

    def request(self, method: str, path: str, **params: object) -> Any:
        """Call any route, documented or not: ``client.request("GET", "/api/user/current")``.

        Parameters go to the query string for GET, HEAD and DELETE, to the JSON body otherwise.
        """
        method = method.upper()
        if not path.startswith("/"):
            path = "/" + path
        escaped = path.replace("{", "{{").replace("}", "}}")
        where: Where = "query" if method in ("GET", "HEAD", "DELETE") else "body"
        places = tuple(Place(where, (key,)) for key in params)
        return self._call(RequestSpec(method, escaped, places), tuple(params.values()))

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
        spec: RequestSpec,
        args: Sequence[object] = (),
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """A call of ``spec``'s route through the client (``BaseClient._call``)."""
        if spec.deprecated is not None:
            warnings.warn(spec.deprecated, DeprecationWarning, stacklevel=3)
        return self._client._call(
            spec,
            args,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )


# What a resource attribute of the generated client must not be called (mbgen reads it).
CLIENT_MEMBERS = frozenset(name for name in dir(BaseClient) if not name.startswith("_"))
