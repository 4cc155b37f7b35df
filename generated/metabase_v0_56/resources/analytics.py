"""Routes of the 'analytics' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class AnalyticsResource(Resource):
    """Routes of the 'analytics' namespace (1 endpoints)."""

    def get_anonymous_stats(self) -> Any:
        """GET /api/analytics/anonymous-stats

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apianalyticsanonymous-stats
        """
        return self._call(
            "GET",
            "/api/analytics/anonymous-stats",
            (),
        )
