"""Routes of the 'ee-transforms' namespace (3 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    DiscoveryResponse,
    Lens,
    PostEeTransformsByIdInspectByLensIdQueryQuery,
    QueryResult,
)


class EeTransformsResource(Resource):
    """Routes of the 'ee-transforms' namespace (3 endpoints)."""

    def get_inspect(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> DiscoveryResponse:
        """GET /api/ee/transforms/{id}/inspect

        Args:
            id: int; path; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieetransformsidinspect
        """
        _result: DiscoveryResponse = self._call(
            "GET",
            "/api/ee/transforms/{}/inspect",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_inspect_by_lens_id(
        self,
        id: int,
        lens_id: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Lens:
        """GET /api/ee/transforms/{id}/inspect/{lens-id}

        Args:
            id: int; path; required.
            lens_id: str; path; required; sent as 'lens-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieetransformsidinspectlens-id
        """
        _result: Lens = self._call(
            "GET",
            "/api/ee/transforms/{}/inspect/{}",
            (id, lens_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_inspect_query(
        self,
        id: int,
        lens_id: str,
        *,
        query: PostEeTransformsByIdInspectByLensIdQueryQuery,
        lens_params: dict[str, Any] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> QueryResult:
        """POST /api/ee/transforms/{id}/inspect/{lens-id}/query

        Args:
            id: int; path; required.
            lens_id: str; path; required; sent as 'lens-id'.
            lens_params: dict[str, Any] | None; JSON body; optional; None sends null.
            query: PostEeTransformsByIdInspectByLensIdQueryQuery; JSON body; required.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieetransformsidinspectlens-idquery
        """
        _result: QueryResult = self._call(
            "POST",
            "/api/ee/transforms/{}/inspect/{}/query",
            (id, lens_id),
            body={
                "lens_params": lens_params,
                "query": query,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
