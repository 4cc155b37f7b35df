"""Routes of the 'activity' namespace (3 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TYPE_CHECKING
from .._runtime import AsyncResource, RawResponse, RequestSpec, Resource, Timeout, UNSET, Unset
from .._schemas import Dashboard, PopularItemsResponse

_GET_MOST_RECENTLY_VIEWED_DASHBOARD = RequestSpec(
    "GET", "/api/activity/most_recently_viewed_dashboard", ()
)
_GET_POPULAR_ITEMS = RequestSpec("GET", "/api/activity/popular_items", ())
_GET_RECENT_VIEWS = RequestSpec("GET", "/api/activity/recent_views", ())


class ActivityResource(Resource):
    """Routes of the 'activity' namespace (3 endpoints)."""

    def get_most_recently_viewed_dashboard(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dashboard | None:
        """GET /api/activity/most_recently_viewed_dashboard

        Metabase docs: https://www.metabase.com/docs/v0.49/api/activity#get-apiactivitymost_recently_viewed_dashboard
        """
        _result: Dashboard | None = self._call(
            _GET_MOST_RECENTLY_VIEWED_DASHBOARD,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_popular_items(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PopularItemsResponse:
        """GET /api/activity/popular_items

        Metabase docs: https://www.metabase.com/docs/v0.49/api/activity#get-apiactivitypopular_items
        """
        _result: PopularItemsResponse = self._call(
            _GET_POPULAR_ITEMS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_recent_views(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/activity/recent_views

        Metabase docs: https://www.metabase.com/docs/v0.49/api/activity#get-apiactivityrecent_views
        """
        return self._call(
            _GET_RECENT_VIEWS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncActivityResource(AsyncResource):
    """Routes of the 'activity' namespace, awaited (AsyncClient's)."""

    async def get_most_recently_viewed_dashboard(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dashboard | None:
        """GET /api/activity/most_recently_viewed_dashboard

        Metabase docs: https://www.metabase.com/docs/v0.49/api/activity#get-apiactivitymost_recently_viewed_dashboard
        """
        _result: Dashboard | None = await self._call(
            _GET_MOST_RECENTLY_VIEWED_DASHBOARD,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_popular_items(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PopularItemsResponse:
        """GET /api/activity/popular_items

        Metabase docs: https://www.metabase.com/docs/v0.49/api/activity#get-apiactivitypopular_items
        """
        _result: PopularItemsResponse = await self._call(
            _GET_POPULAR_ITEMS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_recent_views(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/activity/recent_views

        Metabase docs: https://www.metabase.com/docs/v0.49/api/activity#get-apiactivityrecent_views
        """
        return await self._call(
            _GET_RECENT_VIEWS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawActivityResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_most_recently_viewed_dashboard(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dashboard | None]: ...

        def get_popular_items(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PopularItemsResponse]: ...

        def get_recent_views(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawActivityResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_most_recently_viewed_dashboard(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dashboard | None]: ...

        async def get_popular_items(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PopularItemsResponse]: ...

        async def get_recent_views(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
