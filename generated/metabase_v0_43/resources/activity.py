"""Routes of the 'activity' namespace (3 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class ActivityResource(Resource):
    """Routes of the 'activity' namespace (3 endpoints)."""

    def get_popular_items(self) -> Any:
        """GET /api/activity/popular_items

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiactivitypopular_items
        """
        return self._call(
            "GET",
            "/api/activity/popular_items",
            (),
        )

    def get_recent_views(self) -> Any:
        """GET /api/activity/recent_views

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiactivityrecent_views
        """
        return self._call(
            "GET",
            "/api/activity/recent_views",
            (),
        )

    def list(self) -> Any:
        """GET /api/activity/

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apiactivity
        """
        return self._call(
            "GET",
            "/api/activity/",
            (),
        )
