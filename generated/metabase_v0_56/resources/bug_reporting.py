"""Routes of the 'bug-reporting' namespace (2 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class BugReportingResource(Resource):
    """Routes of the 'bug-reporting' namespace (2 endpoints)."""

    def get_connection_pool_details(self) -> Any:
        """GET /api/bug-reporting/connection-pool-details

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apibug-reportingconnection-pool-details
        """
        return self._call(
            "GET",
            "/api/bug-reporting/connection-pool-details",
            (),
        )

    def get_details(self) -> Any:
        """GET /api/bug-reporting/details

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apibug-reportingdetails
        """
        return self._call(
            "GET",
            "/api/bug-reporting/details",
            (),
        )
