"""Routes of the 'ee-embedding-hub' namespace (1 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from .._runtime import AsyncResource, RawResponse, RequestSpec, Resource, Timeout, UNSET, Unset
from .._schemas import EmbeddingHubChecklist

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
    ) -> EmbeddingHubChecklist:
        """GET /api/ee/embedding-hub/checklist

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeembedding-hubchecklist
        """
        _result: EmbeddingHubChecklist = self._call(
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
    ) -> EmbeddingHubChecklist:
        """GET /api/ee/embedding-hub/checklist

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apieeembedding-hubchecklist
        """
        _result: EmbeddingHubChecklist = await self._call(
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
        ) -> RawResponse[EmbeddingHubChecklist]: ...

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
        ) -> RawResponse[EmbeddingHubChecklist]: ...
