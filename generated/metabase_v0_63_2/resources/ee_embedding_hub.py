"""Routes of the 'ee-embedding-hub' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from .._runtime import AsyncResource, RawResponse, RequestSpec, Resource, Timeout, UNSET, Unset
from .._schemas import GetEeChecklistResponse

_GET_CHECKLIST = RequestSpec("GET", "/api/ee/embedding-hub/checklist", ())


class EeEmbeddingHubResource(Resource):
    """Routes of the 'ee-embedding-hub' namespace (1 endpoints)."""

    def get_checklist(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeChecklistResponse:
        """GET /api/ee/embedding-hub/checklist

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeembedding-hubchecklist
        """
        _result: GetEeChecklistResponse = self._call(
            _GET_CHECKLIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncEeEmbeddingHubResource(AsyncResource):
    """Routes of the 'ee-embedding-hub' namespace, awaited (AsyncClient's)."""

    async def get_checklist(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetEeChecklistResponse:
        """GET /api/ee/embedding-hub/checklist

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieeembedding-hubchecklist
        """
        _result: GetEeChecklistResponse = await self._call(
            _GET_CHECKLIST,
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawEeEmbeddingHubResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_checklist(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeChecklistResponse]: ...

    class AsyncRawEeEmbeddingHubResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_checklist(
            self,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetEeChecklistResponse]: ...
