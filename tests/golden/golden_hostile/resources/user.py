"""Routes of the 'user' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from .._runtime import AsyncResource, RawResponse, RequestSpec, Resource, Timeout, UNSET, Unset
from .._schemas import User

_CURRENT = RequestSpec("GET", "/api/user/current", ())


class UserResource(Resource):
    """Routes of the 'user' namespace (1 endpoints)."""

    def current(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> User:
        """GET /api/user/current

        The current user.

        Also reachable as get_current(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.98/api-documentation#get-apiusercurrent
        """
        _result: User = self._call(
            _CURRENT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    # The naming rule's names of methods the override table renames (docs/naming.md).
    get_current = current


class AsyncUserResource(AsyncResource):
    """Routes of the 'user' namespace, awaited (AsyncClient's)."""

    async def current(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> User:
        """GET /api/user/current

        The current user.

        Also reachable as get_current(), the name the naming rule gives.

        Metabase docs: https://www.metabase.com/docs/v0.98/api-documentation#get-apiusercurrent
        """
        _result: User = await self._call(
            _CURRENT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    # The naming rule's names of methods the override table renames (docs/naming.md).
    get_current = current


if TYPE_CHECKING:

    class RawUserResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def current(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[User]: ...

        # The naming rule's names of methods the override table renames (docs/naming.md).
        get_current = current

    class AsyncRawUserResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def current(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[User]: ...

        # The naming rule's names of methods the override table renames (docs/naming.md).
        get_current = current
