"""Routes of the 'login-history' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import List, TYPE_CHECKING
from .._runtime import AsyncResource, RawResponse, RequestSpec, Resource, Timeout, UNSET, Unset
from .._schemas import UserLoginHistoryItem

_GET_CURRENT = RequestSpec("GET", "/api/login-history/current", ())


class LoginHistoryResource(Resource):
    """Routes of the 'login-history' namespace (1 endpoints)."""

    def get_current(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[UserLoginHistoryItem]:
        """GET /api/login-history/current

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apilogin-historycurrent
        """
        _result: List[UserLoginHistoryItem] = self._call(
            _GET_CURRENT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncLoginHistoryResource(AsyncResource):
    """Routes of the 'login-history' namespace, awaited (AsyncClient's)."""

    async def get_current(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[UserLoginHistoryItem]:
        """GET /api/login-history/current

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apilogin-historycurrent
        """
        _result: List[UserLoginHistoryItem] = await self._call(
            _GET_CURRENT,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawLoginHistoryResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_current(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[UserLoginHistoryItem]]: ...

    class AsyncRawLoginHistoryResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_current(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[UserLoginHistoryItem]]: ...
