"""Routes of the 'analytics' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TYPE_CHECKING
from .._runtime import AsyncResource, RawResponse, RequestSpec, Resource, Timeout, UNSET, Unset

_GET_ANONYMOUS_STATS = RequestSpec("GET", "/api/analytics/anonymous-stats", ())


class AnalyticsResource(Resource):
    """Routes of the 'analytics' namespace (1 endpoints)."""

    def get_anonymous_stats(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/analytics/anonymous-stats

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apianalyticsanonymous-stats
        """
        return self._call(
            _GET_ANONYMOUS_STATS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncAnalyticsResource(AsyncResource):
    """Routes of the 'analytics' namespace, awaited (AsyncClient's)."""

    async def get_anonymous_stats(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/analytics/anonymous-stats

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apianalyticsanonymous-stats
        """
        return await self._call(
            _GET_ANONYMOUS_STATS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawAnalyticsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_anonymous_stats(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawAnalyticsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_anonymous_stats(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
