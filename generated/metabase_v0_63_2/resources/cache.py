"""Routes of the 'cache' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import (
    CacheConfigListResponse,
    CacheConfigStoreResponse,
    CacheInvalidateResponse,
    CacheStrategyEe,
    CacheStrategyOss,
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
            model: Literal['root', 'database', 'dashboard', 'question']; JSON body; required; one of 'root', 'database', 'dashboard', 'question'.
            model_id: list[int]; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apicache
        """
        _result: None = self._call(
            "DELETE",
            "/api/cache",
            (),
            body={
                "model": model,
                "model_id": model_id,
            },
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
        model: List[Literal["root", "database", "dashboard", "question"]] | Unset = UNSET,
        collection: int | None | Unset = UNSET,
        id: int | None | Unset = UNSET,
        sort_column: Literal["name", "policy", "collection"] = "name",
        sort_direction: Literal["asc", "desc"] = "asc",
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CacheConfigListResponse:
        """GET /api/cache

        Args:
            model: list[Literal['root', 'database', 'dashboard', 'question']]; query string; optional.
            collection: int | None; query string; optional; may be None.
            id: int | None; query string; optional; may be None.
            sort_column: Literal['name', 'policy', 'collection']; query string; optional; default "name"; one of 'name', 'policy', 'collection'.
            sort_direction: Literal['asc', 'desc']; query string; optional; default "asc"; one of 'asc', 'desc'.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apicache
        """
        _result: CacheConfigListResponse = self._call(
            "GET",
            "/api/cache",
            (),
            query={
                "model": model,
                "collection": collection,
                "id": id,
                "sort_column": sort_column,
                "sort_direction": sort_direction,
                "limit": limit,
                "offset": offset,
            },
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
        include: Literal["overrides"] | None | Unset = UNSET,
        database: List[int] | None | Unset = UNSET,
        dashboard: List[int] | None | Unset = UNSET,
        question: List[int] | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CacheInvalidateResponse:
        """POST /api/cache/invalidate

        Args:
            include: Literal['overrides'] | None; query string; optional; may be None; one of 'overrides'.
            database: list[int] | None; query string; optional; may be None.
            dashboard: list[int] | None; query string; optional; may be None.
            question: list[int] | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apicacheinvalidate
        """
        _result: CacheInvalidateResponse = self._call(
            "POST",
            "/api/cache/invalidate",
            (),
            query={
                "include": include,
                "database": database,
                "dashboard": dashboard,
                "question": question,
            },
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
            model: Literal['root', 'database', 'dashboard', 'question']; JSON body; required; one of 'root', 'database', 'dashboard', 'question'.
            model_id: int; JSON body; required.
            strategy: CacheStrategyEe | CacheStrategyOss; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apicache
        """
        _result: CacheConfigStoreResponse = self._call(
            "PUT",
            "/api/cache",
            (),
            body={
                "model": model,
                "model_id": model_id,
                "strategy": strategy,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result
