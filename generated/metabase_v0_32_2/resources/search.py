"""Routes of the 'search' namespace (1 endpoints)."""

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
from .._schemas import SearchResponse

_LIST = RequestSpec(
    "GET",
    "/api/search/",
    (
        Place("form", ("q",)),
        Place("form", ("archived",)),
        Place("query", ("limit",)),
        Place("query", ("offset",)),
    ),
)


class SearchResource(Resource):
    """Routes of the 'search' namespace (1 endpoints)."""

    def list(
        self,
        *,
        q: str | None = None,
        archived: bool | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> SearchResponse:
        """GET /api/search/

        Args:
            q: form field or query string; optional; must not be blank.
            archived: form field or query string; optional.
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apisearch
        """
        _result: SearchResponse = self._call(
            _LIST,
            (q, archived, limit, offset),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncSearchResource(AsyncResource):
    """Routes of the 'search' namespace, awaited (AsyncClient's)."""

    async def list(
        self,
        *,
        q: str | None = None,
        archived: bool | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> SearchResponse:
        """GET /api/search/

        Args:
            q: form field or query string; optional; must not be blank.
            archived: form field or query string; optional.
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apisearch
        """
        _result: SearchResponse = await self._call(
            _LIST,
            (q, archived, limit, offset),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawSearchResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def list(
            self,
            *,
            q: str | None = None,
            archived: bool | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[SearchResponse]: ...

    class AsyncRawSearchResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def list(
            self,
            *,
            q: str | None = None,
            archived: bool | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[SearchResponse]: ...
