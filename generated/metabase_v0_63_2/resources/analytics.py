"""Routes of the 'analytics' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING
from .._runtime import (
    AsyncResource,
    Place,
    RawResponse,
    RequestSpec,
    Resource,
    Timeout,
    UNSET,
    Unset,
)
from .._schemas import PostAnalyticsInternalEventsItem

_GET_ANONYMOUS_STATS = RequestSpec("GET", "/api/analytics/anonymous-stats", ())
_POST_INTERNAL = RequestSpec("POST", "/api/analytics/internal", (Place("body", ("events",)),))


class AnalyticsResource(Resource):
    """Routes of the 'analytics' namespace (2 endpoints)."""

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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apianalyticsanonymous-stats
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

    def post_internal(
        self,
        *,
        events: List[PostAnalyticsInternalEventsItem],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """POST /api/analytics/internal

        Args:
            events: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apianalyticsinternal
        """
        _result: None = self._call(
            _POST_INTERNAL,
            (events,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apianalyticsanonymous-stats
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

    async def post_internal(
        self,
        *,
        events: List[PostAnalyticsInternalEventsItem],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """POST /api/analytics/internal

        Args:
            events: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apianalyticsinternal
        """
        _result: None = await self._call(
            _POST_INTERNAL,
            (events,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


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

        def post_internal(
            self,
            *,
            events: List[PostAnalyticsInternalEventsItem],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

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

        async def post_internal(
            self,
            *,
            events: List[PostAnalyticsInternalEventsItem],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...
