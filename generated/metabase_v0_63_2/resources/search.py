"""Routes of the 'search' namespace (6 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


class SearchResource(Resource):
    """Routes of the 'search' namespace (6 endpoints)."""

    def get_debug(
        self,
        *,
        expected_result_type: Literal[
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
        ],
        expected_result_id: int,
        q: str | None | Unset = UNSET,
        context: Literal[
            "basic-actions",
            "browse",
            "command-palette",
            "data-picker",
            "dependencies",
            "document",
            "embedding-setup",
            "entity-picker",
            "library",
            "model-migration",
            "search-app",
            "search-bar",
            "type-filter",
            "api",
            "metabot",
        ] = "api",
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
        vector_search_strategy: (
            Literal["hnsw", "brute-force", "hnsw-iterative-relaxed", "hnsw-iterative-strict"]
            | None
            | Unset
        ) = UNSET,
        vector_search_ef_search: int | None | Unset = UNSET,
        vector_search_max_scan_tuples: int | None | Unset = UNSET,
        vector_search_explain: bool | None | Unset = UNSET,
        search_native_query: bool | None | Unset = UNSET,
        verified: bool | None | Unset = UNSET,
        ids: List[int] | None | Unset = UNSET,
        calculate_available_models: bool | None | Unset = UNSET,
        include_dashboard_questions: bool | None = False,
        include_metadata: bool | None = False,
        for_user_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/search/debug

        Args:
            q: str | None; query string; optional; may be None.
            context: Literal['basic-actions', 'browse', 'command-palette', 'data-picker', 'dependencies', 'document', 'embedding-setup', 'entity-picker', 'library', 'model-migration', 'search-app', 'search-bar', 'type-filter', 'api', 'metabot']; query string; optional; default "api"; one of 'basic-actions', 'browse', 'command-palette', 'data-picker', 'dependencies', 'document', 'embedding-setup', 'entity-picker', 'library', 'model-migration', 'search-app', 'search-bar', 'type-filter', 'api', 'metabot'.
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
            vector_search_strategy: Literal['hnsw', 'brute-force', 'hnsw-iterative-relaxed', 'hnsw-iterative-strict'] | None; query string; optional; may be None; one of 'hnsw', 'brute-force', 'hnsw-iterative-relaxed', 'hnsw-iterative-strict'.
            vector_search_ef_search: int | None; query string; optional; may be None.
            vector_search_max_scan_tuples: int | None; query string; optional; may be None.
            vector_search_explain: bool | None; query string; optional; may be None.
            search_native_query: bool | None; query string; optional; may be None.
            verified: bool | None; query string; optional; may be None.
            ids: list[int] | None; query string; optional; may be None.
            calculate_available_models: bool | None; query string; optional; may be None.
            include_dashboard_questions: bool | None; query string; optional; default false; may be None.
            include_metadata: bool | None; query string; optional; default false; may be None.
            expected_result_type: Literal['dashboard', 'table', 'dataset', 'segment', 'collection', 'measure', 'transform', 'document', 'database', 'action', 'indexed-entity', 'metric', 'card']; query string; required; one of 'dashboard', 'table', 'dataset', 'segment', 'collection', 'measure', 'transform', 'document', 'database', 'action', 'indexed-entity', 'metric', 'card'.
            expected_result_id: int; query string; required.
            for_user_id: int | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apisearchdebug
        """
        return self._call(
            "GET",
            "/api/search/debug",
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
                "vector_search_strategy": vector_search_strategy,
                "vector_search_ef_search": vector_search_ef_search,
                "vector_search_max_scan_tuples": vector_search_max_scan_tuples,
                "vector_search_explain": vector_search_explain,
                "search_native_query": search_native_query,
                "verified": verified,
                "ids": ids,
                "calculate_available_models": calculate_available_models,
                "include_dashboard_questions": include_dashboard_questions,
                "include_metadata": include_metadata,
                "expected_result_type": expected_result_type,
                "expected_result_id": expected_result_id,
                "for_user_id": for_user_id,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apisearchweights
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
        context: Literal[
            "basic-actions",
            "browse",
            "command-palette",
            "data-picker",
            "dependencies",
            "document",
            "embedding-setup",
            "entity-picker",
            "library",
            "model-migration",
            "search-app",
            "search-bar",
            "type-filter",
            "api",
            "metabot",
        ] = "api",
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
        vector_search_strategy: (
            Literal["hnsw", "brute-force", "hnsw-iterative-relaxed", "hnsw-iterative-strict"]
            | None
            | Unset
        ) = UNSET,
        vector_search_ef_search: int | None | Unset = UNSET,
        vector_search_max_scan_tuples: int | None | Unset = UNSET,
        vector_search_explain: bool | None | Unset = UNSET,
        search_native_query: bool | None | Unset = UNSET,
        verified: bool | None | Unset = UNSET,
        ids: List[int] | None | Unset = UNSET,
        calculate_available_models: bool | None | Unset = UNSET,
        include_dashboard_questions: bool | None = False,
        include_metadata: bool | None = False,
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
            context: Literal['basic-actions', 'browse', 'command-palette', 'data-picker', 'dependencies', 'document', 'embedding-setup', 'entity-picker', 'library', 'model-migration', 'search-app', 'search-bar', 'type-filter', 'api', 'metabot']; query string; optional; default "api"; one of 'basic-actions', 'browse', 'command-palette', 'data-picker', 'dependencies', 'document', 'embedding-setup', 'entity-picker', 'library', 'model-migration', 'search-app', 'search-bar', 'type-filter', 'api', 'metabot'.
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
            vector_search_strategy: Literal['hnsw', 'brute-force', 'hnsw-iterative-relaxed', 'hnsw-iterative-strict'] | None; query string; optional; may be None; one of 'hnsw', 'brute-force', 'hnsw-iterative-relaxed', 'hnsw-iterative-strict'.
            vector_search_ef_search: int | None; query string; optional; may be None.
            vector_search_max_scan_tuples: int | None; query string; optional; may be None.
            vector_search_explain: bool | None; query string; optional; may be None.
            search_native_query: bool | None; query string; optional; may be None.
            verified: bool | None; query string; optional; may be None.
            ids: list[int] | None; query string; optional; may be None.
            calculate_available_models: bool | None; query string; optional; may be None.
            include_dashboard_questions: bool | None; query string; optional; default false; may be None.
            include_metadata: bool | None; query string; optional; default false; may be None.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apisearch
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
                "vector_search_strategy": vector_search_strategy,
                "vector_search_ef_search": vector_search_ef_search,
                "vector_search_max_scan_tuples": vector_search_max_scan_tuples,
                "vector_search_explain": vector_search_explain,
                "search_native_query": search_native_query,
                "verified": verified,
                "ids": ids,
                "calculate_available_models": calculate_available_models,
                "include_dashboard_questions": include_dashboard_questions,
                "include_metadata": include_metadata,
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apisearchforce-reindex
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apisearchre-init
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apisearchweights
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
