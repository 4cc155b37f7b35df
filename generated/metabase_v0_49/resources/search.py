"""Routes of the 'search' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, Literal, TYPE_CHECKING
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
        Place("form", ("filter_items_in_personal_collection",)),
        Place("form", ("created_by",)),
        Place("form", ("verified",)),
        Place("form", ("created_at",)),
        Place("form", ("archived",)),
        Place("form", ("q",)),
        Place("form", ("search_native_query",)),
        Place("form", ("last_edited_by",)),
        Place("form", ("last_edited_at",)),
        Place("form", ("table-db-id",)),
    ),
)
_LIST = RequestSpec(
    "GET",
    "/api/search/",
    (
        Place("form", ("filter_items_in_personal_collection",)),
        Place("form", ("table_db_id",)),
        Place("form", ("created_by",)),
        Place("form", ("verified",)),
        Place("form", ("created_at",)),
        Place("form", ("archived",)),
        Place("form", ("q",)),
        Place("form", ("search_native_query",)),
        Place("form", ("models",)),
        Place("form", ("last_edited_by",)),
        Place("form", ("last_edited_at",)),
        Place("form", ("context",)),
        Place("query", ("limit",)),
        Place("query", ("offset",)),
    ),
)


class SearchResource(Resource):
    """Routes of the 'search' namespace (2 endpoints)."""

    def get_models(
        self,
        *,
        filter_items_in_personal_collection: Any | None = None,
        created_by: int | List[int] | None = None,
        verified: bool | None = None,
        created_at: str | None = None,
        archived: bool | None = None,
        q: str | None = None,
        search_native_query: bool | None = None,
        last_edited_by: int | List[int] | None = None,
        last_edited_at: int | None = None,
        table_db_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/search/models

        Args:
            filter_items_in_personal_collection: form field or query string; optional.
            created_by: form field or query string; optional; must be > 0.
            verified: form field or query string; optional.
            created_at: form field or query string; optional; must not be blank.
            archived: form field or query string; optional.
            q: form field or query string; optional.
            search_native_query: form field or query string; optional.
            last_edited_by: form field or query string; optional; must be > 0.
            last_edited_at: form field or query string; optional; must be > 0.
            table_db_id: form field or query string; optional; must be > 0; sent as 'table-db-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/search#get-apisearchmodels
        """
        return self._call(
            _GET_MODELS,
            (
                filter_items_in_personal_collection,
                created_by,
                verified,
                created_at,
                archived,
                q,
                search_native_query,
                last_edited_by,
                last_edited_at,
                table_db_id,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        filter_items_in_personal_collection: Literal["only", "exclude"] | None = None,
        table_db_id: int | None = None,
        created_by: int | List[int] | None = None,
        verified: bool | None = None,
        created_at: str | None = None,
        archived: bool | None = None,
        q: str | None = None,
        search_native_query: bool | None = None,
        models: (
            Literal[
                "dashboard",
                "table",
                "dataset",
                "segment",
                "collection",
                "database",
                "action",
                "indexed-entity",
                "metric",
                "card",
            ]
            | List[
                Literal[
                    "dashboard",
                    "table",
                    "dataset",
                    "segment",
                    "collection",
                    "database",
                    "action",
                    "indexed-entity",
                    "metric",
                    "card",
                ]
            ]
            | None
        ) = None,
        last_edited_by: int | List[int] | None = None,
        last_edited_at: str | None = None,
        context: Literal["search-bar", "search-app"] | None = None,
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
            filter_items_in_personal_collection: form field or query string; optional.
            table_db_id: form field or query string; optional; must be > 0.
            created_by: form field or query string; optional; must be > 0.
            verified: form field or query string; optional.
            created_at: form field or query string; optional; must not be blank.
            archived: form field or query string; optional.
            q: form field or query string; optional; must not be blank.
            search_native_query: form field or query string; optional.
            models: form field or query string; optional.
            last_edited_by: form field or query string; optional; must be > 0.
            last_edited_at: form field or query string; optional; must not be blank.
            context: form field or query string; optional.
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/search#get-apisearch
        """
        _result: SearchResponse = self._call(
            _LIST,
            (
                filter_items_in_personal_collection,
                table_db_id,
                created_by,
                verified,
                created_at,
                archived,
                q,
                search_native_query,
                models,
                last_edited_by,
                last_edited_at,
                context,
                limit,
                offset,
            ),
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
        filter_items_in_personal_collection: Any | None = None,
        created_by: int | List[int] | None = None,
        verified: bool | None = None,
        created_at: str | None = None,
        archived: bool | None = None,
        q: str | None = None,
        search_native_query: bool | None = None,
        last_edited_by: int | List[int] | None = None,
        last_edited_at: int | None = None,
        table_db_id: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/search/models

        Args:
            filter_items_in_personal_collection: form field or query string; optional.
            created_by: form field or query string; optional; must be > 0.
            verified: form field or query string; optional.
            created_at: form field or query string; optional; must not be blank.
            archived: form field or query string; optional.
            q: form field or query string; optional.
            search_native_query: form field or query string; optional.
            last_edited_by: form field or query string; optional; must be > 0.
            last_edited_at: form field or query string; optional; must be > 0.
            table_db_id: form field or query string; optional; must be > 0; sent as 'table-db-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/search#get-apisearchmodels
        """
        return await self._call(
            _GET_MODELS,
            (
                filter_items_in_personal_collection,
                created_by,
                verified,
                created_at,
                archived,
                q,
                search_native_query,
                last_edited_by,
                last_edited_at,
                table_db_id,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def list(
        self,
        *,
        filter_items_in_personal_collection: Literal["only", "exclude"] | None = None,
        table_db_id: int | None = None,
        created_by: int | List[int] | None = None,
        verified: bool | None = None,
        created_at: str | None = None,
        archived: bool | None = None,
        q: str | None = None,
        search_native_query: bool | None = None,
        models: (
            Literal[
                "dashboard",
                "table",
                "dataset",
                "segment",
                "collection",
                "database",
                "action",
                "indexed-entity",
                "metric",
                "card",
            ]
            | List[
                Literal[
                    "dashboard",
                    "table",
                    "dataset",
                    "segment",
                    "collection",
                    "database",
                    "action",
                    "indexed-entity",
                    "metric",
                    "card",
                ]
            ]
            | None
        ) = None,
        last_edited_by: int | List[int] | None = None,
        last_edited_at: str | None = None,
        context: Literal["search-bar", "search-app"] | None = None,
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
            filter_items_in_personal_collection: form field or query string; optional.
            table_db_id: form field or query string; optional; must be > 0.
            created_by: form field or query string; optional; must be > 0.
            verified: form field or query string; optional.
            created_at: form field or query string; optional; must not be blank.
            archived: form field or query string; optional.
            q: form field or query string; optional; must not be blank.
            search_native_query: form field or query string; optional.
            models: form field or query string; optional.
            last_edited_by: form field or query string; optional; must be > 0.
            last_edited_at: form field or query string; optional; must not be blank.
            context: form field or query string; optional.
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/search#get-apisearch
        """
        _result: SearchResponse = await self._call(
            _LIST,
            (
                filter_items_in_personal_collection,
                table_db_id,
                created_by,
                verified,
                created_at,
                archived,
                q,
                search_native_query,
                models,
                last_edited_by,
                last_edited_at,
                context,
                limit,
                offset,
            ),
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
            filter_items_in_personal_collection: Any | None = None,
            created_by: int | List[int] | None = None,
            verified: bool | None = None,
            created_at: str | None = None,
            archived: bool | None = None,
            q: str | None = None,
            search_native_query: bool | None = None,
            last_edited_by: int | List[int] | None = None,
            last_edited_at: int | None = None,
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
            filter_items_in_personal_collection: Literal["only", "exclude"] | None = None,
            table_db_id: int | None = None,
            created_by: int | List[int] | None = None,
            verified: bool | None = None,
            created_at: str | None = None,
            archived: bool | None = None,
            q: str | None = None,
            search_native_query: bool | None = None,
            models: (
                Literal[
                    "dashboard",
                    "table",
                    "dataset",
                    "segment",
                    "collection",
                    "database",
                    "action",
                    "indexed-entity",
                    "metric",
                    "card",
                ]
                | List[
                    Literal[
                        "dashboard",
                        "table",
                        "dataset",
                        "segment",
                        "collection",
                        "database",
                        "action",
                        "indexed-entity",
                        "metric",
                        "card",
                    ]
                ]
                | None
            ) = None,
            last_edited_by: int | List[int] | None = None,
            last_edited_at: str | None = None,
            context: Literal["search-bar", "search-app"] | None = None,
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
            filter_items_in_personal_collection: Any | None = None,
            created_by: int | List[int] | None = None,
            verified: bool | None = None,
            created_at: str | None = None,
            archived: bool | None = None,
            q: str | None = None,
            search_native_query: bool | None = None,
            last_edited_by: int | List[int] | None = None,
            last_edited_at: int | None = None,
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
            filter_items_in_personal_collection: Literal["only", "exclude"] | None = None,
            table_db_id: int | None = None,
            created_by: int | List[int] | None = None,
            verified: bool | None = None,
            created_at: str | None = None,
            archived: bool | None = None,
            q: str | None = None,
            search_native_query: bool | None = None,
            models: (
                Literal[
                    "dashboard",
                    "table",
                    "dataset",
                    "segment",
                    "collection",
                    "database",
                    "action",
                    "indexed-entity",
                    "metric",
                    "card",
                ]
                | List[
                    Literal[
                        "dashboard",
                        "table",
                        "dataset",
                        "segment",
                        "collection",
                        "database",
                        "action",
                        "indexed-entity",
                        "metric",
                        "card",
                    ]
                ]
                | None
            ) = None,
            last_edited_by: int | List[int] | None = None,
            last_edited_at: str | None = None,
            context: Literal["search-bar", "search-app"] | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[SearchResponse]: ...
