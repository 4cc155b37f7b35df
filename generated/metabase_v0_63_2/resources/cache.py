"""Routes of the 'cache' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import List, Literal, TYPE_CHECKING
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
from .._schemas import (
    CacheConfigListResponse,
    CacheConfigStoreResponse,
    CacheInvalidateResponse,
    CacheStrategyEe,
    CacheStrategyOss,
)

_DELETE_ALL = RequestSpec(
    "DELETE",
    "/api/cache",
    (
        Place("body", ("model",)),
        Place("body", ("model_id",)),
    ),
)
_LIST = RequestSpec(
    "GET",
    "/api/cache",
    (
        Place("query", ("model",)),
        Place("query", ("collection",)),
        Place("query", ("id",)),
        Place("query", ("sort_column",)),
        Place("query", ("sort_direction",)),
        Place("query", ("limit",)),
        Place("query", ("offset",)),
    ),
)
_POST_INVALIDATE = RequestSpec(
    "POST",
    "/api/cache/invalidate",
    (
        Place("query", ("include",)),
        Place("query", ("database",)),
        Place("query", ("dashboard",)),
        Place("query", ("question",)),
    ),
)
_UPDATE_ALL = RequestSpec(
    "PUT",
    "/api/cache",
    (
        Place("body", ("model",)),
        Place("body", ("model_id",)),
        Place("body", ("strategy",)),
    ),
)


class CacheResource(Resource):
    """Routes of the 'cache' namespace (4 endpoints)."""

    def delete_all(
        self,
        *,
        model: Literal["root", "database", "dashboard", "question"],
        model_id: List[int],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """DELETE /api/cache

        Args:
            model: JSON body; required.
            model_id: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apicache
        """
        _result: None = self._call(
            _DELETE_ALL,
            (model, model_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def list(
        self,
        *,
        model: List[Literal["root", "database", "dashboard", "question"]] | None = None,
        collection: int | None = None,
        id: int | None = None,
        sort_column: Literal["name", "policy", "collection"] | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CacheConfigListResponse:
        """GET /api/cache

        Args:
            model: query string; optional.
            collection: query string; optional; must be >= 1.
            id: query string; optional; must be >= 1.
            sort_column: query string; optional; not sent by default (the server assumes "name").
            sort_direction: query string; optional; not sent by default (the server assumes "asc").
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicache
        """
        _result: CacheConfigListResponse = self._call(
            _LIST,
            (model, collection, id, sort_column, sort_direction, limit, offset),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def post_invalidate(
        self,
        *,
        include: Literal["overrides"] | None = None,
        database: List[int] | None = None,
        dashboard: List[int] | None = None,
        question: List[int] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CacheInvalidateResponse:
        """POST /api/cache/invalidate

        Args:
            include: query string; optional.
            database: query string; optional.
            dashboard: query string; optional.
            question: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicacheinvalidate
        """
        _result: CacheInvalidateResponse = self._call(
            _POST_INVALIDATE,
            (include, database, dashboard, question),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def update_all(
        self,
        *,
        model: Literal["root", "database", "dashboard", "question"],
        model_id: int,
        strategy: CacheStrategyEe | CacheStrategyOss,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CacheConfigStoreResponse:
        """PUT /api/cache

        Args:
            model: JSON body; required.
            model_id: JSON body; required; must be >= 0.
            strategy: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apicache
        """
        _result: CacheConfigStoreResponse = self._call(
            _UPDATE_ALL,
            (model, model_id, strategy),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncCacheResource(AsyncResource):
    """Routes of the 'cache' namespace, awaited (AsyncClient's)."""

    async def delete_all(
        self,
        *,
        model: Literal["root", "database", "dashboard", "question"],
        model_id: List[int],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """DELETE /api/cache

        Args:
            model: JSON body; required.
            model_id: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apicache
        """
        _result: None = await self._call(
            _DELETE_ALL,
            (model, model_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def list(
        self,
        *,
        model: List[Literal["root", "database", "dashboard", "question"]] | None = None,
        collection: int | None = None,
        id: int | None = None,
        sort_column: Literal["name", "policy", "collection"] | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CacheConfigListResponse:
        """GET /api/cache

        Args:
            model: query string; optional.
            collection: query string; optional; must be >= 1.
            id: query string; optional; must be >= 1.
            sort_column: query string; optional; not sent by default (the server assumes "name").
            sort_direction: query string; optional; not sent by default (the server assumes "asc").
            limit: query string; optional.
            offset: query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicache
        """
        _result: CacheConfigListResponse = await self._call(
            _LIST,
            (model, collection, id, sort_column, sort_direction, limit, offset),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_invalidate(
        self,
        *,
        include: Literal["overrides"] | None = None,
        database: List[int] | None = None,
        dashboard: List[int] | None = None,
        question: List[int] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CacheInvalidateResponse:
        """POST /api/cache/invalidate

        Args:
            include: query string; optional.
            database: query string; optional.
            dashboard: query string; optional.
            question: query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicacheinvalidate
        """
        _result: CacheInvalidateResponse = await self._call(
            _POST_INVALIDATE,
            (include, database, dashboard, question),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def update_all(
        self,
        *,
        model: Literal["root", "database", "dashboard", "question"],
        model_id: int,
        strategy: CacheStrategyEe | CacheStrategyOss,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CacheConfigStoreResponse:
        """PUT /api/cache

        Args:
            model: JSON body; required.
            model_id: JSON body; required; must be >= 0.
            strategy: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apicache
        """
        _result: CacheConfigStoreResponse = await self._call(
            _UPDATE_ALL,
            (model, model_id, strategy),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawCacheResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def delete_all(
            self,
            *,
            model: Literal["root", "database", "dashboard", "question"],
            model_id: List[int],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

        def list(
            self,
            *,
            model: List[Literal["root", "database", "dashboard", "question"]] | None = None,
            collection: int | None = None,
            id: int | None = None,
            sort_column: Literal["name", "policy", "collection"] | None = None,
            sort_direction: Literal["asc", "desc"] | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CacheConfigListResponse]: ...

        def post_invalidate(
            self,
            *,
            include: Literal["overrides"] | None = None,
            database: List[int] | None = None,
            dashboard: List[int] | None = None,
            question: List[int] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CacheInvalidateResponse]: ...

        def update_all(
            self,
            *,
            model: Literal["root", "database", "dashboard", "question"],
            model_id: int,
            strategy: CacheStrategyEe | CacheStrategyOss,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CacheConfigStoreResponse]: ...

    class AsyncRawCacheResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def delete_all(
            self,
            *,
            model: Literal["root", "database", "dashboard", "question"],
            model_id: List[int],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[None]: ...

        async def list(
            self,
            *,
            model: List[Literal["root", "database", "dashboard", "question"]] | None = None,
            collection: int | None = None,
            id: int | None = None,
            sort_column: Literal["name", "policy", "collection"] | None = None,
            sort_direction: Literal["asc", "desc"] | None = None,
            limit: int | None = None,
            offset: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CacheConfigListResponse]: ...

        async def post_invalidate(
            self,
            *,
            include: Literal["overrides"] | None = None,
            database: List[int] | None = None,
            dashboard: List[int] | None = None,
            question: List[int] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CacheInvalidateResponse]: ...

        async def update_all(
            self,
            *,
            model: Literal["root", "database", "dashboard", "question"],
            model_id: int,
            strategy: CacheStrategyEe | CacheStrategyOss,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[CacheConfigStoreResponse]: ...
