"""Routes of the 'ee-advanced-config' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class EeAdvancedConfigResource(Resource):
    """Routes of the 'ee-advanced-config' namespace (1 endpoints)."""

    def get_logs_query_execution_by_yyyy_mm(
        self,
        yyyy_mm: str,
    ) -> Any:
        """GET /api/ee/advanced-config/logs/query_execution/:yyyy-mm

        Args:
            yyyy_mm: str; path; required; sent as 'yyyy-mm'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/advanced-config-logs#get-apieeadvanced-configlogsquery_executionyyyy-mm
        """
        return self._call(
            "GET",
            "/api/ee/advanced-config/logs/query_execution/{}",
            (yyyy_mm,),
        )
