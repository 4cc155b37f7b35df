"""Routes of the 'analytics-proxy' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TYPE_CHECKING
from .._runtime import AsyncResource, RawResponse, RequestSpec, Resource, Timeout, UNSET, Unset

_CREATE = RequestSpec("POST", "/api/analytics-proxy", ())


class AnalyticsProxyResource(Resource):
    """Routes of the 'analytics-proxy' namespace (1 endpoints)."""

    def create(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/analytics-proxy

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apianalytics-proxy
        """
        return self._call(
            _CREATE,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncAnalyticsProxyResource(AsyncResource):
    """Routes of the 'analytics-proxy' namespace, awaited (AsyncClient's)."""

    async def create(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/analytics-proxy

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apianalytics-proxy
        """
        return await self._call(
            _CREATE,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawAnalyticsProxyResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def create(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawAnalyticsProxyResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def create(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
