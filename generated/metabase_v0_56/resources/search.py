"""Routes of the 'search' namespace (5 endpoints)."""

from __future__ import annotations

from typing import Any, List, Literal

from .._runtime import UNSET, Resource, Unset


class SearchResource(Resource):
    """Routes of the 'search' namespace (5 endpoints)."""

    def get_weights(
        self,
        *,
        context: str = "default",
        search_engine: Any | Unset = UNSET,
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
            },
        )

    def post_force_reindex(self) -> Any:
        """POST /api/search/force-reindex

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apisearchforce-reindex
        """
        return self._call(
            "POST",
            "/api/search/force-reindex",
            (),
        )

    def post_re_init(self) -> Any:
        """POST /api/search/re-init

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apisearchre-init
        """
        return self._call(
            "POST",
            "/api/search/re-init",
            (),
        )

    def update_weights(
        self,
        *,
        context: str = "default",
        search_engine: Any | Unset = UNSET,
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
        )
