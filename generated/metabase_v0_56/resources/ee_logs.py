"""Routes of the 'ee-logs' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class EeLogsResource(Resource):
    """Routes of the 'ee-logs' namespace (1 endpoints)."""

    def get_query_execution_by_yyyy_mm(
        self,
        yyyy_mm: str,
    ) -> Any:
        """GET /api/ee/logs/query_execution/{yyyy-mm}

        Args:
            yyyy_mm: str; path; required; sent as 'yyyy-mm'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieelogsquery_executionyyyy-mm
        """
        return self._call(
            "GET",
            "/api/ee/logs/query_execution/{}",
            (yyyy_mm,),
        )
