"""Routes of the 'search' namespace (5 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


class SearchResource(Resource):
    """Routes of the 'search' namespace (5 endpoints)."""

    def get_weights(
        self,
        *,
        context: str = "default",
        search_engine: Any | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/search/weights

        Args:
            context: str; query string; optional; default "default".
            search_engine: Any; query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apisearchweights
        """
        return self._call(
            "GET",
            "/api/search/weights",
            (),
            query={
                "context": context,
                "search_engine": search_engine,
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
        q: str | Unset = UNSET,
        context: str | Unset = UNSET,
        archived: bool = False,
        table_db_id: int | Unset = UNSET,
        models: (
            List[
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
            | Unset
        ) = UNSET,
        filter_items_in_personal_collection: (
            Literal["all", "only", "only-mine", "exclude", "exclude-others"] | Unset
        ) = UNSET,
        created_at: str | Unset = UNSET,
        created_by: List[int] | Unset = UNSET,
        display_type: List[str] | Unset = UNSET,
        last_edited_at: str | Unset = UNSET,
        last_edited_by: List[int] | Unset = UNSET,
        model_ancestors: bool = False,
        search_engine: str | Unset = UNSET,
        search_native_query: bool | Unset = UNSET,
        verified: bool | Unset = UNSET,
        ids: List[int] | Unset = UNSET,
        calculate_available_models: bool | Unset = UNSET,
        include_dashboard_questions: bool = False,
        include_metadata: bool = False,
        non_temporal_dim_ids: str | Unset = UNSET,
        has_temporal_dim: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/search/

        Args:
            q: str; query string; optional.
            context: str; query string; optional.
            archived: bool; query string; optional; default false.
            table_db_id: int; query string; optional.
            models: list[Literal['dashboard', 'table', 'dataset', 'segment', 'collection', 'database', 'action', 'indexed-entity', 'metric', 'card']]; query string; optional.
            filter_items_in_personal_collection: Literal['all', 'only', 'only-mine', 'exclude', 'exclude-others']; query string; optional; one of 'all', 'only', 'only-mine', 'exclude', 'exclude-others'.
            created_at: str; query string; optional.
            created_by: list[int]; query string; optional.
            display_type: list[str]; query string; optional.
            last_edited_at: str; query string; optional.
            last_edited_by: list[int]; query string; optional.
            model_ancestors: bool; query string; optional; default false.
            search_engine: str; query string; optional.
            search_native_query: bool; query string; optional.
            verified: bool; query string; optional.
            ids: list[int]; query string; optional.
            calculate_available_models: bool; query string; optional.
            include_dashboard_questions: bool; query string; optional; default false.
            include_metadata: bool; query string; optional; default false.
            non_temporal_dim_ids: str; query string; optional.
            has_temporal_dim: bool; query string; optional.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apisearch
        """
        return self._call(
            "GET",
            "/api/search/",
            (),
            query={
                "q": q,
                "context": context,
                "archived": archived,
                "table_db_id": table_db_id,
                "models": models,
                "filter_items_in_personal_collection": filter_items_in_personal_collection,
                "created_at": created_at,
                "created_by": created_by,
                "display_type": display_type,
                "last_edited_at": last_edited_at,
                "last_edited_by": last_edited_by,
                "model_ancestors": model_ancestors,
                "search_engine": search_engine,
                "search_native_query": search_native_query,
                "verified": verified,
                "ids": ids,
                "calculate_available_models": calculate_available_models,
                "include_dashboard_questions": include_dashboard_questions,
                "include_metadata": include_metadata,
                "non_temporal_dim_ids": non_temporal_dim_ids,
                "has_temporal_dim": has_temporal_dim,
                "limit": limit,
                "offset": offset,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_force_reindex(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/search/force-reindex

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apisearchforce-reindex
        """
        return self._call(
            "POST",
            "/api/search/force-reindex",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_re_init(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/search/re-init

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apisearchre-init
        """
        return self._call(
            "POST",
            "/api/search/re-init",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_weights(
        self,
        *,
        context: str = "default",
        search_engine: Any | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/search/weights

        Args:
            context: str; query string; optional; default "default".
            search_engine: Any; query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apisearchweights
        """
        return self._call(
            "PUT",
            "/api/search/weights",
            (),
            query={
                "context": context,
                "search_engine": search_engine,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
