"""The async client (``AsyncClient``): the sync client's authentication, calls and paging on
httpx, awaited. Importing this module loads neither httpx nor asyncio; constructing a
client does (and says what to install when httpx is missing)."""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from .base import UNSET, FileTarget, Timeout, Unset, log
from .client import RawView
from .config import ClientConfig, Pager, _escape_request
from .errors import ApiError, AuthenticationError, MetabaseError
from .policy import decode, session_id
from .raw import RawResponse
from .spec import RequestSpec, build_request, check_headers

if TYPE_CHECKING:
    import httpx  # type: ignore[import-not-found, unused-ignore]

    from .async_transport import AsyncTransport

_AsyncClientT = TypeVar("_AsyncClientT", bound="AsyncBaseClient")


def _async_transport() -> type[AsyncTransport]:
    try:
        from .async_transport import AsyncTransport
    except ImportError as exc:
        if exc.name not in ("httpx", "httpcore", "anyio", "h11", "sniffio"):
            raise
        dist = (__package__ or "").rsplit(".", 1)[0].replace("_", "-") or "httpx"
        raise ImportError(
            f"AsyncClient needs httpx: pip install '{dist}[async]' (or pip install httpx)",
            name=exc.name,
        ) from exc
    return AsyncTransport


class AsyncBaseClient(ClientConfig):
    """``BaseClient``'s behaviour for asyncio: one login shared by every task (an
    ``asyncio.Lock``), one re-login on 401, retries with backoff, ``async with``."""

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
        http: httpx.AsyncClient | None = None,
    ) -> None:
        transport = _async_transport()  # ImportError naming the extra, before anything else
        super().__init__(
            base_url,
            username=username,
            password=password,
            api_key=api_key,
            session_token=session_token,
            timeout=timeout,
            max_retries=max_retries,
        )
        import asyncio

        self._lock = asyncio.Lock()
        self._own_http = http is None
        self._transport = transport(self, http)
        # Test hook: how the client waits between retries (awaited).
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    @property
    def with_raw_response(self) -> Any:
        """The client's resources, whose methods return a ``RawResponse`` (awaited)."""
        return RawView(self)

    # --- authentication -----------------------------------------------------------------

    async def login(self) -> None:
        """Log in with the username and password now (otherwise done on first use)."""
        async with self._lock:
            await self._login_locked()

    async def _login_locked(self) -> None:
        body = self._login_body()
        url = self._transport.shown_url("/api/session")
        if body is None:
            raise AuthenticationError(401, "POST", url, "no username and password to log in with")
        response = await self._transport.attempts(
            "POST",
            "/api/session",
            (),
            [],
            body,
            auth=_no_auth,
            retries=self._max_retries,
            relogin=False,
        )
        token = session_id(response)
        if token is None:
            raise ApiError(response.status_code, "POST", url, "login answered without a session id")
        self._token = token
        self._own_session = True

    async def logout(self) -> None:
        """End the session (``DELETE /api/session``) if this client logged in itself; a
        session token given to the client is left alone."""
        async with self._lock:
            if not self._own_session:
                return
            token, self._token, self._own_session = self._token, None, False
        if token is None:
            return

        async def session() -> tuple[dict[str, str], str | None]:
            return {"X-Metabase-Session": token}, None

        try:
            await self._transport.attempts(
                "DELETE", "/api/session", (), [], None, auth=session, retries=0, relogin=False
            )
        except MetabaseError as exc:
            log.debug("logout failed: %s", type(exc).__name__)

    async def aclose(self) -> None:
        """Log out a session this client logged in itself, then close the connection pool
        (if the client made it). Only the first call does anything."""
        if self._closed:
            return
        self._closed = True
        try:
            await self.logout()
        finally:
            if self._own_http:
                await self._transport.aclose()

    async def __aenter__(self: _AsyncClientT) -> _AsyncClientT:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def _auth_headers(self) -> tuple[dict[str, str], str | None]:
        if self._api_key is not None:
            return {"X-API-Key": self._api_key}, None
        if self._token is None and self._username is not None:
            async with self._lock:
                if self._token is None:
                    await self._login_locked()
        token = self._token
        return ({"X-Metabase-Session": token} if token is not None else {}), token

    async def _relogin(self, stale: str | None) -> bool:
        """Log in again unless another task already did; False when there is no login."""
        if self._username is None:
            return False
        async with self._lock:
            if self._token == stale:
                self._token = None
                await self._login_locked()
        return True

    async def _call(
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
        """One call of a route, as ``BaseClient._call`` makes it."""
        request = build_request(spec, args, extra_query=extra_query, extra_body=extra_body)
        check_headers(extra_headers)
        response = await self._transport.attempts(
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
            await self._transport.save(response, to_file, request.method, request.path)
            return RawResponse[Any](response, streamed=True) if raw else None
        return RawResponse[Any](response) if raw else decode(response)

    async def request(self, method: str, path: str, **params: object) -> Any:
        """Call any route, documented or not: ``await client.request("GET", "/api/user/current")``.

        Parameters go to the query string for GET, HEAD and DELETE, to the JSON body otherwise.
        """
        return await self._call(_escape_request(method, path, params), tuple(params.values()))

    async def paginate(
        self, method: Callable[..., Awaitable[Any]], /, *args: Any, **params: Any
    ) -> AsyncIterator[Any]:
        """Every item of every page of a paged route, as ``Client.paginate`` pages:
        ``async for u in mb.paginate(mb.user.list)``."""
        pager = Pager(method, params)
        while pager.more:
            page = await method(*args, limit=pager.limit, offset=pager.offset, **params)
            for item in pager.items(page):
                yield item


async def _no_auth() -> tuple[dict[str, str], str | None]:
    return {}, None


class AsyncResource:
    """The base of every async resource: its methods are awaited through the client."""

    def __init__(self, client: AsyncBaseClient, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    async def _call(
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
        """A call of ``spec``'s route through the client (``AsyncBaseClient._call``)."""
        if spec.deprecated is not None:
            warnings.warn(spec.deprecated, DeprecationWarning, stacklevel=3)
        return await self._client._call(
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
