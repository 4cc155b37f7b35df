"""Routes of the 'bug-reporting' namespace (2 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, BaseClient, Unset


class BugReportingResource:
    """Routes of the 'bug-reporting' namespace (2 endpoints)."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def get_connection_pool_details(self) -> Any:
        """GET /api/bug-reporting/connection-pool-details

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apibug-reportingconnection-pool-details
        """
        return self._client._call(
            "GET",
            "/api/bug-reporting/connection-pool-details",
            (),
        )

    def get_details(self) -> Any:
        """GET /api/bug-reporting/details

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apibug-reportingdetails
        """
        return self._client._call(
            "GET",
            "/api/bug-reporting/details",
            (),
        )
