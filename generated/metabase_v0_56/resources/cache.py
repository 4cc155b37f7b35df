"""Routes of the 'cache' namespace (4 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import CacheStrategyEe, CacheStrategyOss


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
    ) -> Any:
        """DELETE /api/cache/

        Args:
            model: Literal['root', 'database', 'dashboard', 'question']; JSON body; required; one of 'root', 'database', 'dashboard', 'question'.
            model_id: list[int]; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apicache
        """
        return self._call(
            "DELETE",
            "/api/cache/",
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

    def list(
        self,
        *,
        model: List[Literal["root", "database", "dashboard", "question"]],
        collection: int | Unset = UNSET,
        id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/cache/

        Args:
            model: list[Literal['root', 'database', 'dashboard', 'question']]; query string; required.
            collection: int; query string; optional.
            id: int; query string; optional.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apicache
        """
        return self._call(
            "GET",
            "/api/cache/",
            (),
            query={
                "model": model,
                "collection": collection,
                "id": id,
                "limit": limit,
                "offset": offset,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_invalidate(
        self,
        *,
        include: Literal["overrides"] | Unset = UNSET,
        database: List[int] | Unset = UNSET,
        dashboard: List[int] | Unset = UNSET,
        question: List[int] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/cache/invalidate

        Args:
            include: Literal['overrides']; query string; optional; one of 'overrides'.
            database: list[int]; query string; optional.
            dashboard: list[int]; query string; optional.
            question: list[int]; query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apicacheinvalidate
        """
        return self._call(
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
    ) -> Any:
        """PUT /api/cache/

        Args:
            model: Literal['root', 'database', 'dashboard', 'question']; JSON body; required; one of 'root', 'database', 'dashboard', 'question'.
            model_id: int; JSON body; required.
            strategy: CacheStrategyEe | CacheStrategyOss; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apicache
        """
        return self._call(
            "PUT",
            "/api/cache/",
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
