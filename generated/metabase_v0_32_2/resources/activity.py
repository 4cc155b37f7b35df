"""Routes of the 'activity' namespace (2 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class ActivityResource(Resource):
    """Routes of the 'activity' namespace (2 endpoints)."""

    def get_recent_views(self) -> Any:
        """GET /api/activity/recent_views

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiactivityrecent_views
        """
        return self._call(
            "GET",
            "/api/activity/recent_views",
            (),
        )

    def list(self) -> Any:
        """GET /api/activity/

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apiactivity
        """
        return self._call(
            "GET",
            "/api/activity/",
            (),
        )
