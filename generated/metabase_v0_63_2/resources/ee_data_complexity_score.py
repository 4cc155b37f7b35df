"""Routes of the 'ee-data-complexity-score' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
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
from .._schemas import GetEeComplexityResponse

_GET_COMPLEXITY = RequestSpec(
    "GET", "/api/ee/data-complexity-score/complexity", (Place("query", ("force-recalculation",)),)
)


class EeDataComplexityScoreResource(Resource):
    """Routes of the 'ee-data-complexity-score' namespace (1 endpoints)."""

    def get_complexity(
        self,
        *,
        force_recalculation: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeComplexityResponse:
        """GET /api/ee/data-complexity-score/complexity

        Args:
            force_recalculation: query string; optional; not sent by default (the server assumes false); sent as 'force-recalculation'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieedata-complexity-scorecomplexity
        """
        _result: GetEeComplexityResponse = self._call(
            _GET_COMPLEXITY,
            (force_recalculation,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncEeDataComplexityScoreResource(AsyncResource):
    """Routes of the 'ee-data-complexity-score' namespace, awaited (AsyncClient's)."""

    async def get_complexity(
        self,
        *,
        force_recalculation: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeComplexityResponse:
        """GET /api/ee/data-complexity-score/complexity

        Args:
            force_recalculation: query string; optional; not sent by default (the server assumes false); sent as 'force-recalculation'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieedata-complexity-scorecomplexity
        """
        _result: GetEeComplexityResponse = await self._call(
            _GET_COMPLEXITY,
            (force_recalculation,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawEeDataComplexityScoreResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_complexity(
            self,
            *,
            force_recalculation: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeComplexityResponse]: ...

    class AsyncRawEeDataComplexityScoreResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_complexity(
            self,
            *,
            force_recalculation: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeComplexityResponse]: ...
