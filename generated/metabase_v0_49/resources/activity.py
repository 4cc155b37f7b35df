"""Routes of the 'activity' namespace (3 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class ActivityResource(Resource):
    """Routes of the 'activity' namespace (3 endpoints)."""

    def get_most_recently_viewed_dashboard(self) -> Any:
        """GET /api/activity/most_recently_viewed_dashboard

        Metabase docs: https://www.metabase.com/docs/v0.49/api/activity#get-apiactivitymost_recently_viewed_dashboard
        """
        return self._call(
            "GET",
            "/api/activity/most_recently_viewed_dashboard",
            (),
        )

    def get_popular_items(self) -> Any:
        """GET /api/activity/popular_items

        Metabase docs: https://www.metabase.com/docs/v0.49/api/activity#get-apiactivitypopular_items
        """
        return self._call(
            "GET",
            "/api/activity/popular_items",
            (),
        )

    def get_recent_views(self) -> Any:
        """GET /api/activity/recent_views

        Metabase docs: https://www.metabase.com/docs/v0.49/api/activity#get-apiactivityrecent_views
        """
        return self._call(
            "GET",
            "/api/activity/recent_views",
            (),
        )
