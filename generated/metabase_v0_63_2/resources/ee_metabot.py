"""Routes of the 'ee-metabot' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from .._runtime import AsyncResource, RawResponse, RequestSpec, Resource, Timeout, UNSET, Unset
from .._schemas import GetEeMetabotUsageResponse

_GET_USAGE = RequestSpec("GET", "/api/ee/metabot/usage", ())


class EeMetabotResource(Resource):
    """Routes of the 'ee-metabot' namespace (1 endpoints)."""

    def get_usage(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeMetabotUsageResponse:
        """GET /api/ee/metabot/usage

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieemetabotusage
        """
        _result: GetEeMetabotUsageResponse = self._call(
            _GET_USAGE,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncEeMetabotResource(AsyncResource):
    """Routes of the 'ee-metabot' namespace, awaited (AsyncClient's)."""

    async def get_usage(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeMetabotUsageResponse:
        """GET /api/ee/metabot/usage

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieemetabotusage
        """
        _result: GetEeMetabotUsageResponse = await self._call(
            _GET_USAGE,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawEeMetabotResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_usage(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeMetabotUsageResponse]: ...

    class AsyncRawEeMetabotResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_usage(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeMetabotUsageResponse]: ...
