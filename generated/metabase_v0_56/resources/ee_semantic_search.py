"""Routes of the 'ee-semantic-search' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TYPE_CHECKING
from .._runtime import AsyncResource, RawResponse, RequestSpec, Resource, Timeout, UNSET, Unset

_GET_STATUS = RequestSpec("GET", "/api/ee/semantic-search/status", ())


class EeSemanticSearchResource(Resource):
    """Routes of the 'ee-semantic-search' namespace (1 endpoints)."""

    def get_status(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/semantic-search/status

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieesemantic-searchstatus
        """
        return self._call(
            _GET_STATUS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncEeSemanticSearchResource(AsyncResource):
    """Routes of the 'ee-semantic-search' namespace, awaited (AsyncClient's)."""

    async def get_status(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/ee/semantic-search/status

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apieesemantic-searchstatus
        """
        return await self._call(
            _GET_STATUS,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawEeSemanticSearchResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_status(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawEeSemanticSearchResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_status(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
