"""Routes of the 'ee-logs' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TYPE_CHECKING
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

_GET_QUERY_EXECUTION_BY_YYYY_MM = RequestSpec(
    "GET", "/api/ee/logs/query_execution/{}", (Place("path"),)
)


class EeLogsResource(Resource):
    """Routes of the 'ee-logs' namespace (1 endpoints)."""

    def get_query_execution_by_yyyy_mm(
        self,
        yyyy_mm: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/logs/query_execution/:yyyy-mm

        Args:
            yyyy_mm: path; required; sent as 'yyyy-mm'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/advanced-config-logs#get-apieelogsquery_executionyyyy-mm
        """
        return self._call(
            _GET_QUERY_EXECUTION_BY_YYYY_MM,
            (yyyy_mm,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEeLogsResource(AsyncResource):
    """Routes of the 'ee-logs' namespace, awaited (AsyncClient's)."""

    async def get_query_execution_by_yyyy_mm(
        self,
        yyyy_mm: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/logs/query_execution/:yyyy-mm

        Args:
            yyyy_mm: path; required; sent as 'yyyy-mm'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/ee/advanced-config-logs#get-apieelogsquery_executionyyyy-mm
        """
        return await self._call(
            _GET_QUERY_EXECUTION_BY_YYYY_MM,
            (yyyy_mm,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEeLogsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_query_execution_by_yyyy_mm(
            self,
            yyyy_mm: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
    class AsyncRawEeLogsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_query_execution_by_yyyy_mm(
            self,
            yyyy_mm: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
