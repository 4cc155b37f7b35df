"""Routes of the 'search' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING
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

_GET_MODELS = RequestSpec(
    "GET",
    "/api/search/models",
    (
        Place("form", ("q",)),
        Place("form", ("archived-string",)),
        Place("form", ("table-db-id",)),
    ),
)
_LIST = RequestSpec(
    "GET",
    "/api/search/",
    (
        Place("form", ("q",)),
        Place("form", ("archived",)),
        Place("form", ("table_db_id",)),
        Place("form", ("models",)),
        Place("query", ("limit",)),
        Place("query", ("offset",)),
    ),
)


class SearchResource(Resource):
    """Routes of the 'search' namespace (2 endpoints)."""

    def get_models(
        self,
        *,
        q: str | None = None,
        archived_string: Any | None = None,
        table_db_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/search/models

        Args:
            q: form field or query string; optional.
            archived_string: form field or query string; optional; sent as 'archived-string'.
            table_db_id: form field or query string; optional; sent as 'table-db-id'.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisearchmodels
        """
        return self._call(
            _GET_MODELS,
            (q, archived_string, table_db_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        q: str | None = None,
        archived: bool | None = None,
        table_db_id: int | None = None,
        models: List[str] | str | None = None,
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
            table_db_id: form field or query string; optional; must be > 0.
            models: form field or query string; optional; must not be blank.
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisearch
        """
        _result: SearchResponse = self._call(
            _LIST,
            (q, archived, table_db_id, models, limit, offset),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncSearchResource(AsyncResource):
    """Routes of the 'search' namespace, awaited (AsyncClient's)."""

    async def get_models(
        self,
        *,
        q: str | None = None,
        archived_string: Any | None = None,
        table_db_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/search/models

        Args:
            q: form field or query string; optional.
            archived_string: form field or query string; optional; sent as 'archived-string'.
            table_db_id: form field or query string; optional; sent as 'table-db-id'.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisearchmodels
        """
        return await self._call(
            _GET_MODELS,
            (q, archived_string, table_db_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def list(
        self,
        *,
        q: str | None = None,
        archived: bool | None = None,
        table_db_id: int | None = None,
        models: List[str] | str | None = None,
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
            table_db_id: form field or query string; optional; must be > 0.
            models: form field or query string; optional; must not be blank.
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisearch
        """
        _result: SearchResponse = await self._call(
            _LIST,
            (q, archived, table_db_id, models, limit, offset),
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

        def get_models(
            self,
            *,
            q: str | None = None,
            archived_string: Any | None = None,
            table_db_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def list(
            self,
            *,
            q: str | None = None,
            archived: bool | None = None,
            table_db_id: int | None = None,
            models: List[str] | str | None = None,
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

        async def get_models(
            self,
            *,
            q: str | None = None,
            archived_string: Any | None = None,
            table_db_id: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def list(
            self,
            *,
            q: str | None = None,
            archived: bool | None = None,
            table_db_id: int | None = None,
            models: List[str] | str | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[SearchResponse]: ...
