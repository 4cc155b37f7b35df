"""The client classes: one attribute per namespace of the Metabase 0.98.0 API,
on requests (``Client``) and awaited on httpx (``AsyncClient``, with the ``async`` extra).

Resource modules are imported on first use of their attribute, and httpx on the first
``AsyncClient``, so that importing the package stays fast whatever the size of the API.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

import requests

from ._runtime import AsyncBaseClient, BaseClient, Timeout

if TYPE_CHECKING:
    import httpx  # type: ignore[import-not-found, unused-ignore]

    from .resources.session import (
        AsyncSessionResource,
        AsyncRawSessionResource,
        SessionResource,
        RawSessionResource,
    )
    from .resources.thing import (
        AsyncThingResource,
        AsyncRawThingResource,
        ThingResource,
        RawThingResource,
    )
    from .resources.user import (
        AsyncUserResource,
        AsyncRawUserResource,
        UserResource,
        RawUserResource,
    )


class Client(BaseClient):
    """Metabase 0.98.0 API client.

    ``Client(url, username=..., password=...)``, ``Client(url, api_key=...)`` or
    ``Client(url, session_token=...)``; ``timeout`` (seconds, or a (connect, read) pair) and
    ``max_retries`` (of GET, HEAD, PUT and DELETE) are defaults each call can override.
    ``with Client(...) as mb:`` logs out a password session and closes the pool on exit.
    ``mb.with_raw_response.card.get(1)`` answers a RawResponse (status, headers, bytes).
    """

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
            http=http,
        )

    if TYPE_CHECKING:

        @property
        def with_raw_response(self) -> RawClient: ...

    @cached_property
    def session(self) -> SessionResource:
        """Routes of the 'session' namespace (1 endpoints)."""
        from .resources.session import SessionResource

        return SessionResource(self)

    @cached_property
    def thing(self) -> ThingResource:
        """Routes of the 'thing' namespace (5 endpoints)."""
        from .resources.thing import ThingResource

        return ThingResource(self)

    @cached_property
    def user(self) -> UserResource:
        """Routes of the 'user' namespace (1 endpoints)."""
        from .resources.user import UserResource

        return UserResource(self)


if TYPE_CHECKING:

    class RawClient:
        """Client.with_raw_response: the resources, their methods returning RawResponse."""

        @property
        def session(self) -> RawSessionResource: ...

        @property
        def thing(self) -> RawThingResource: ...

        @property
        def user(self) -> RawUserResource: ...


class AsyncClient(AsyncBaseClient):
    """Metabase 0.98.0 API client for asyncio, on httpx (``pip install 'golden-hostile[async]'``).

    The same resources, methods, arguments and answers as ``Client``, awaited:
    ``async with AsyncClient(url, api_key=...) as mb: card = await mb.card.get(1)``. One login
    is shared by every task; ``async for item in mb.paginate(mb.user.list)`` pages.
    """

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
        super().__init__(
            base_url,
            username=username,
            password=password,
            api_key=api_key,
            session_token=session_token,
            timeout=timeout,
            max_retries=max_retries,
            http=http,
        )

    if TYPE_CHECKING:

        @property
        def with_raw_response(self) -> AsyncRawClient: ...

    @cached_property
    def session(self) -> AsyncSessionResource:
        """Routes of the 'session' namespace (1 endpoints)."""
        from .resources.session import AsyncSessionResource

        return AsyncSessionResource(self)

    @cached_property
    def thing(self) -> AsyncThingResource:
        """Routes of the 'thing' namespace (5 endpoints)."""
        from .resources.thing import AsyncThingResource

        return AsyncThingResource(self)

    @cached_property
    def user(self) -> AsyncUserResource:
        """Routes of the 'user' namespace (1 endpoints)."""
        from .resources.user import AsyncUserResource

        return AsyncUserResource(self)


if TYPE_CHECKING:

    class AsyncRawClient:
        """AsyncClient.with_raw_response: the resources, their methods returning RawResponse."""

        @property
        def session(self) -> AsyncRawSessionResource: ...

        @property
        def thing(self) -> AsyncRawThingResource: ...

        @property
        def user(self) -> AsyncRawUserResource: ...
