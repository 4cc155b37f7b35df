"""Routes of the 'activity' namespace (5 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, Literal, TYPE_CHECKING
from typing_extensions import deprecated
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
from .._schemas import Dashboard, PopularItemsResponse, RecentsResponse

_GET_MOST_RECENTLY_VIEWED_DASHBOARD = RequestSpec(
    "GET", "/api/activity/most_recently_viewed_dashboard", ()
)
_GET_POPULAR_ITEMS = RequestSpec("GET", "/api/activity/popular_items", ())
_GET_RECENT_VIEWS = RequestSpec(
    "GET",
    "/api/activity/recent_views",
    (),
    deprecated="GET /api/activity/recent_views is deprecated by Metabase",
)
_GET_RECENTS = RequestSpec(
    "GET",
    "/api/activity/recents",
    (
        Place("query", ("context",)),
        Place("query", ("include_metadata",)),
    ),
)
_POST_RECENTS = RequestSpec(
    "POST",
    "/api/activity/recents",
    (
        Place("body", ("context",)),
        Place("body", ("model",)),
        Place("body", ("model_id",)),
    ),
)


class ActivityResource(Resource):
    """Routes of the 'activity' namespace (5 endpoints)."""

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

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiactivitymost_recently_viewed_dashboard
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

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiactivitypopular_items
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

    @deprecated("GET /api/activity/recent_views is deprecated by Metabase", category=None)
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

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiactivityrecent_views
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

    def get_recents(
        self,
        *,
        context: List[Literal["selections", "views"]],
        include_metadata: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RecentsResponse:
        """GET /api/activity/recents

        Args:
            context: query string; required.
            include_metadata: query string; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiactivityrecents
        """
        _result: RecentsResponse = self._call(
            _GET_RECENTS,
            (context, include_metadata),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_recents(
        self,
        *,
        context: Literal["selection"],
        model: Literal["card", "dataset", "metric", "dashboard", "table", "collection", "document"],
        model_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/activity/recents

        Args:
            context: JSON body; required.
            model: JSON body; required.
            model_id: JSON body; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apiactivityrecents
        """
        return self._call(
            _POST_RECENTS,
            (context, model, model_id),
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

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiactivitymost_recently_viewed_dashboard
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

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiactivitypopular_items
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

    @deprecated("GET /api/activity/recent_views is deprecated by Metabase", category=None)
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

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiactivityrecent_views
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

    async def get_recents(
        self,
        *,
        context: List[Literal["selections", "views"]],
        include_metadata: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RecentsResponse:
        """GET /api/activity/recents

        Args:
            context: query string; required.
            include_metadata: query string; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apiactivityrecents
        """
        _result: RecentsResponse = await self._call(
            _GET_RECENTS,
            (context, include_metadata),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_recents(
        self,
        *,
        context: Literal["selection"],
        model: Literal["card", "dataset", "metric", "dashboard", "table", "collection", "document"],
        model_id: int,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/activity/recents

        Args:
            context: JSON body; required.
            model: JSON body; required.
            model_id: JSON body; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apiactivityrecents
        """
        return await self._call(
            _POST_RECENTS,
            (context, model, model_id),
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

        @deprecated("GET /api/activity/recent_views is deprecated by Metabase", category=None)
        def get_recent_views(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_recents(
            self,
            *,
            context: List[Literal["selections", "views"]],
            include_metadata: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[RecentsResponse]: ...

        def post_recents(
            self,
            *,
            context: Literal["selection"],
            model: Literal[
                "card", "dataset", "metric", "dashboard", "table", "collection", "document"
            ],
            model_id: int,
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

        @deprecated("GET /api/activity/recent_views is deprecated by Metabase", category=None)
        async def get_recent_views(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_recents(
            self,
            *,
            context: List[Literal["selections", "views"]],
            include_metadata: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[RecentsResponse]: ...

        async def post_recents(
            self,
            *,
            context: Literal["selection"],
            model: Literal[
                "card", "dataset", "metric", "dashboard", "table", "collection", "document"
            ],
            model_id: int,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
