"""Routes of the 'health-inspector' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import List, TYPE_CHECKING
from .._runtime import AsyncResource, RawResponse, RequestSpec, Resource, Timeout, UNSET, Unset
from .._schemas import Result

_LIST = RequestSpec("GET", "/api/health-inspector", ())


class HealthInspectorResource(Resource):
    """Routes of the 'health-inspector' namespace (1 endpoints)."""

    def list(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Result]:
        """GET /api/health-inspector

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apihealth-inspector
        """
        _result: List[Result] = self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncHealthInspectorResource(AsyncResource):
    """Routes of the 'health-inspector' namespace, awaited (AsyncClient's)."""

    async def list(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[Result]:
        """GET /api/health-inspector

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apihealth-inspector
        """
        _result: List[Result] = await self._call(
            _LIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawHealthInspectorResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Result]]: ...

    class AsyncRawHealthInspectorResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def list(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[Result]]: ...
