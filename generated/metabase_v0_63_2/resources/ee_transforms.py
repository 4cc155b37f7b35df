"""Routes of the 'ee-transforms' namespace (3 endpoints)."""

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
from .._schemas import DiscoveryResponse, Lens, PostEeQueryQuery, QueryResult

_GET_INSPECT = RequestSpec("GET", "/api/ee/transforms/{}/inspect", (Place("path"),))
_GET_INSPECT_BY_LENS_ID = RequestSpec(
    "GET",
    "/api/ee/transforms/{}/inspect/{}",
    (
        Place("path"),
        Place("path"),
    ),
)
_POST_INSPECT_QUERY = RequestSpec(
    "POST",
    "/api/ee/transforms/{}/inspect/{}/query",
    (
        Place("path"),
        Place("path"),
        Place("body", ("query",)),
        Place("body", ("lens_params",)),
    ),
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
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieetransformsidinspect
        """
        _result: DiscoveryResponse = self._call(
            _GET_INSPECT,
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
            id: path; required; must be >= 1.
            lens_id: path; required; at least 1 character; sent as 'lens-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieetransformsidinspectlens-id
        """
        _result: Lens = self._call(
            _GET_INSPECT_BY_LENS_ID,
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
        query: PostEeQueryQuery,
        lens_params: dict[str, Any] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> QueryResult:
        """POST /api/ee/transforms/{id}/inspect/{lens-id}/query

        Args:
            id: path; required; must be >= 1.
            lens_id: path; required; at least 1 character; sent as 'lens-id'.
            query: JSON body; required.
            lens_params: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieetransformsidinspectlens-idquery
        """
        _result: QueryResult = self._call(
            _POST_INSPECT_QUERY,
            (id, lens_id, query, lens_params),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncEeTransformsResource(AsyncResource):
    """Routes of the 'ee-transforms' namespace, awaited (AsyncClient's)."""

    async def get_inspect(
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
            id: path; required; must be >= 1.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieetransformsidinspect
        """
        _result: DiscoveryResponse = await self._call(
            _GET_INSPECT,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_inspect_by_lens_id(
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
            id: path; required; must be >= 1.
            lens_id: path; required; at least 1 character; sent as 'lens-id'.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apieetransformsidinspectlens-id
        """
        _result: Lens = await self._call(
            _GET_INSPECT_BY_LENS_ID,
            (id, lens_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_inspect_query(
        self,
        id: int,
        lens_id: str,
        *,
        query: PostEeQueryQuery,
        lens_params: dict[str, Any] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> QueryResult:
        """POST /api/ee/transforms/{id}/inspect/{lens-id}/query

        Args:
            id: path; required; must be >= 1.
            lens_id: path; required; at least 1 character; sent as 'lens-id'.
            query: JSON body; required.
            lens_params: JSON body; optional; None sends null.

        Part of Metabase's paid-plan features.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apieetransformsidinspectlens-idquery
        """
        _result: QueryResult = await self._call(
            _POST_INSPECT_QUERY,
            (id, lens_id, query, lens_params),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawEeTransformsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_inspect(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DiscoveryResponse]: ...

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
        ) -> RawResponse[Lens]: ...

        def post_inspect_query(
            self,
            id: int,
            lens_id: str,
            *,
            query: PostEeQueryQuery,
            lens_params: dict[str, Any] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[QueryResult]: ...

    class AsyncRawEeTransformsResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_inspect(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[DiscoveryResponse]: ...

        async def get_inspect_by_lens_id(
            self,
            id: int,
            lens_id: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Lens]: ...

        async def post_inspect_query(
            self,
            id: int,
            lens_id: str,
            *,
            query: PostEeQueryQuery,
            lens_params: dict[str, Any] | None | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[QueryResult]: ...
