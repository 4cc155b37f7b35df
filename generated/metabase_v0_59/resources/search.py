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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/search/weights

        Args:
            context: str; query string; optional; default "default".

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apisearchweights
        """
        return self._call(
            "GET",
            "/api/search/weights",
            (),
            query={
                "context": context,
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
        q: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
        archived: bool | None = False,
        collection: int | None | Unset = UNSET,
        table_db_id: int | None | Unset = UNSET,
        models: (
            List[
                Literal[
                    "dashboard",
                    "table",
                    "dataset",
                    "segment",
                    "collection",
                    "measure",
                    "transform",
                    "document",
                    "database",
                    "action",
                    "indexed-entity",
                    "metric",
                    "card",
                ]
            ]
            | None
            | Unset
        ) = UNSET,
        filter_items_in_personal_collection: (
            Literal["all", "only", "only-mine", "exclude", "exclude-others"] | None | Unset
        ) = UNSET,
        created_at: str | None | Unset = UNSET,
        created_by: List[int] | None | Unset = UNSET,
        display_type: List[str] | None | Unset = UNSET,
        last_edited_at: str | None | Unset = UNSET,
        last_edited_by: List[int] | None | Unset = UNSET,
        model_ancestors: bool | None = False,
        search_engine: str | None | Unset = UNSET,
        search_native_query: bool | None | Unset = UNSET,
        verified: bool | None | Unset = UNSET,
        ids: List[int] | None | Unset = UNSET,
        calculate_available_models: bool | None | Unset = UNSET,
        include_dashboard_questions: bool | None = False,
        include_metadata: bool | None = False,
        non_temporal_dim_ids: str | None | Unset = UNSET,
        has_temporal_dim: bool | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/search

        Args:
            q: str | None; query string; optional; may be None.
            context: str | None; query string; optional; may be None.
            archived: bool | None; query string; optional; default false; may be None.
            collection: int | None; query string; optional; may be None.
            table_db_id: int | None; query string; optional; may be None.
            models: list[Literal['dashboard', 'table', 'dataset', 'segment', 'collection', 'measure', 'transform', 'document', 'database', 'action', 'indexed-entity', 'metric', 'card']] | None; query string; optional; may be None.
            filter_items_in_personal_collection: Literal['all', 'only', 'only-mine', 'exclude', 'exclude-others'] | None; query string; optional; may be None; one of 'all', 'only', 'only-mine', 'exclude', 'exclude-others'.
            created_at: str | None; query string; optional; may be None.
            created_by: list[int] | None; query string; optional; may be None.
            display_type: list[str] | None; query string; optional; may be None.
            last_edited_at: str | None; query string; optional; may be None.
            last_edited_by: list[int] | None; query string; optional; may be None.
            model_ancestors: bool | None; query string; optional; default false; may be None.
            search_engine: str | None; query string; optional; may be None.
            search_native_query: bool | None; query string; optional; may be None.
            verified: bool | None; query string; optional; may be None.
            ids: list[int] | None; query string; optional; may be None.
            calculate_available_models: bool | None; query string; optional; may be None.
            include_dashboard_questions: bool | None; query string; optional; default false; may be None.
            include_metadata: bool | None; query string; optional; default false; may be None.
            non_temporal_dim_ids: str | None; query string; optional; may be None.
            has_temporal_dim: bool | None; query string; optional; may be None.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.59/api#get-apisearch
        """
        return self._call(
            "GET",
            "/api/search",
            (),
            query={
                "q": q,
                "context": context,
                "archived": archived,
                "collection": collection,
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

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apisearchforce-reindex
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

        Metabase docs: https://www.metabase.com/docs/v0.59/api#post-apisearchre-init
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

        Metabase docs: https://www.metabase.com/docs/v0.59/api#put-apisearchweights
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
