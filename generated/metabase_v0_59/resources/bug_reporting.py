"""Routes of the 'bug-reporting' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TYPE_CHECKING
from .._runtime import AsyncResource, RawResponse, RequestSpec, Resource, Timeout, UNSET, Unset

_GET_CONNECTION_POOL_DETAILS = RequestSpec("GET", "/api/bug-reporting/connection-pool-details", ())
_GET_DETAILS = RequestSpec("GET", "/api/bug-reporting/details", ())


class BugReportingResource(Resource):
    """Routes of the 'bug-reporting' namespace (2 endpoints)."""

    def get_connection_pool_details(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/bug-reporting/connection-pool-details

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apibug-reportingconnection-pool-details
        """
        return self._call(
            _GET_CONNECTION_POOL_DETAILS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_details(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/bug-reporting/details

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apibug-reportingdetails
        """
        return self._call(
            _GET_DETAILS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncBugReportingResource(AsyncResource):
    """Routes of the 'bug-reporting' namespace, awaited (AsyncClient's)."""

    async def get_connection_pool_details(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/bug-reporting/connection-pool-details

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apibug-reportingconnection-pool-details
        """
        return await self._call(
            _GET_CONNECTION_POOL_DETAILS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_details(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/bug-reporting/details

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apibug-reportingdetails
        """
        return await self._call(
            _GET_DETAILS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawBugReportingResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_connection_pool_details(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_details(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawBugReportingResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_connection_pool_details(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_details(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
