"""Routes of the 'activity' namespace (5 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from typing_extensions import deprecated
from .._runtime import Resource, Timeout, UNSET, Unset


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
    ) -> Any:
        """GET /api/activity/most_recently_viewed_dashboard

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiactivitymost_recently_viewed_dashboard
        """
        return self._call(
            "GET",
            "/api/activity/most_recently_viewed_dashboard",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_popular_items(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/activity/popular_items

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiactivitypopular_items
        """
        return self._call(
            "GET",
            "/api/activity/popular_items",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiactivityrecent_views
        """
        return self._call(
            "GET",
            "/api/activity/recent_views",
            (),
            deprecated="GET /api/activity/recent_views is deprecated by Metabase",
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
        include_metadata: bool | None = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/activity/recents

        Args:
            context: list[Literal['selections', 'views']]; query string; required.
            include_metadata: bool | None; query string; optional; default false; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apiactivityrecents
        """
        return self._call(
            "GET",
            "/api/activity/recents",
            (),
            query={
                "context": context,
                "include_metadata": include_metadata,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
            context: Literal['selection']; JSON body; required; one of 'selection'.
            model: Literal['card', 'dataset', 'metric', 'dashboard', 'table', 'collection', 'document']; JSON body; required; one of 'card', 'dataset', 'metric', 'dashboard', 'table', 'collection', 'document'.
            model_id: int; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apiactivityrecents
        """
        return self._call(
            "POST",
            "/api/activity/recents",
            (),
            body={
                "context": context,
                "model": model,
                "model_id": model_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
