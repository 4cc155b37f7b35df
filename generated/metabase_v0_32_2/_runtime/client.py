"""The client itself: authentication, the session's life, one call of a route, paging; and
``Resource``, the base of every namespace's class."""

from __future__ import annotations

import threading
import time
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

import requests

from .base import UNSET, FileTarget, Timeout, Unset, log
from .config import ClientConfig, Pager, _escape_request
from .errors import ApiError, AuthenticationError, MetabaseError
from .policy import decode, session_id
from .raw import RawResponse
from .spec import RequestSpec, build_request, check_headers
from .transport import Transport

_ClientT = TypeVar("_ClientT", bound="BaseClient")


class BaseClient(ClientConfig):
    """Connection, authentication, retries and error handling shared by every resource."""

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
        super().__init__(
            base_url,
            username=username,
            password=password,
            api_key=api_key,
            session_token=session_token,
            timeout=timeout,
            max_retries=max_retries,
        )
        self._lock = threading.Lock()
        self._own_http = http is None
        self._http = http if http is not None else requests.Session()
        self._transport = Transport(self, self._http)
        # Test hook: how the client waits between retries.
        self._sleep: Callable[[float], None] = time.sleep

    @property
    def with_raw_response(self) -> Any:
        """The client's resources, whose methods return a ``RawResponse`` (status, headers,
        bytes; ``parse()`` gives what the plain call returns)."""
        return RawView(self)

    # --- authentication -----------------------------------------------------------------

    def login(self) -> None:
        """Log in with the username and password now (otherwise done on first use)."""
        with self._lock:
            self._login_locked()

    def _login_locked(self) -> None:
        body = self._login_body()
        if body is None:
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
            body,
            auth=lambda: ({}, None),
            retries=self._max_retries,
            relogin=False,
        )
        token = session_id(response)
        if token is None:
            raise ApiError(
                response.status_code,
                "POST",
                self._transport.shown_url("/api/session"),
                "login answered without a session id",
            )
        self._token = token
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
        raw: bool = False,
    ) -> Any:
        """One call of a route: ``args`` go where ``spec`` places them (spec.py); the
        ``extra_*`` mappings are merged in (never over a documented parameter)."""
        request = build_request(spec, args, extra_query=extra_query, extra_body=extra_body)
        check_headers(extra_headers)
        response = self._transport.attempts(
            request.method,
            request.path,
            request.path_args,
            request.query,
            request.payload,
            extra_headers=extra_headers,
            multipart=request.multipart,
            timeout=timeout,
            retries=self._retries(spec, max_retries),
            stream=to_file is not None,
            template=spec.template,
        )
        if to_file is not None:
            self._transport.save(response, to_file, request.method, request.path)
            return RawResponse[Any](response, streamed=True) if raw else None
        return RawResponse[Any](response) if raw else decode(response)

    def request(self, method: str, path: str, **params: object) -> Any:
        """Call any route, documented or not: ``client.request("GET", "/api/user/current")``.

        Parameters go to the query string for GET, HEAD and DELETE, to the JSON body otherwise.
        """
        return self._call(_escape_request(method, path, params), tuple(params.values()))

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
        pager = Pager(method, params)
        while pager.more:
            yield from pager.items(method(*args, limit=pager.limit, offset=pager.offset, **params))


class Resource:
    """The base of every resource (one per namespace): its methods call through the client
    (``raw``: they return the ``RawResponse``, for ``client.with_raw_response``)."""

    def __init__(self, client: BaseClient, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

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
            raw=self._raw,
        )


class RawView:
    """``client.with_raw_response``: each resource of the client, its methods returning
    the ``RawResponse`` (sync and async clients alike)."""

    def __init__(self, client: object) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Any:
        resource = getattr(self._client, name)
        if name.startswith("_") or not hasattr(resource, "_raw"):
            raise AttributeError(f"with_raw_response has no resource {name!r}")
        view = type(resource)(self._client, raw=True)
        setattr(self, name, view)
        return view

    def __repr__(self) -> str:
        return f"{self._client!r}.with_raw_response"
