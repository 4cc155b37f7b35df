"""Routes of the 'search' namespace (2 endpoints)."""

from __future__ import annotations

from typing import Any, List, Literal

from .._runtime import UNSET, Resource, Unset


class SearchResource(Resource):
    """Routes of the 'search' namespace (2 endpoints)."""

    def get_models(
        self,
        *,
        filter_items_in_personal_collection: Any | Unset = UNSET,
        created_by: int | List[int] | None | Unset = UNSET,
        verified: bool | None | Unset = UNSET,
        created_at: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        q: str | Unset = UNSET,
        search_native_query: bool | None | Unset = UNSET,
        last_edited_by: int | List[int] | None | Unset = UNSET,
        last_edited_at: int | None | Unset = UNSET,
        table_db_id: int | None | Unset = UNSET,
    ) -> Any:
        """GET /api/search/models

        Args:
            filter_items_in_personal_collection: Any; query string; optional.
            created_by: int | list[int] | None; query string; optional; may be None.
            verified: bool | None; query string; optional; may be None.
            created_at: str | None; query string; optional; may be None.
            archived: bool | None; query string; optional; may be None.
            q: str; query string; optional.
            search_native_query: bool | None; query string; optional; may be None.
            last_edited_by: int | list[int] | None; query string; optional; may be None.
            last_edited_at: int | None; query string; optional; may be None.
            table_db_id: int | None; query string; optional; may be None; sent as 'table-db-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/search#get-apisearchmodels
        """
        return self._call(
            "GET",
            "/api/search/models",
            (),
            query={
                "filter_items_in_personal_collection": filter_items_in_personal_collection,
                "created_by": created_by,
                "verified": verified,
                "created_at": created_at,
                "archived": archived,
                "q": q,
                "search_native_query": search_native_query,
                "last_edited_by": last_edited_by,
                "last_edited_at": last_edited_at,
                "table-db-id": table_db_id,
            },
        )

    def list(
        self,
        *,
        filter_items_in_personal_collection: Literal["only", "exclude"] | None | Unset = UNSET,
        table_db_id: int | None | Unset = UNSET,
        created_by: int | List[int] | None | Unset = UNSET,
        verified: bool | None | Unset = UNSET,
        created_at: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        q: str | None | Unset = UNSET,
        search_native_query: bool | None | Unset = UNSET,
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
            | Unset
        ) = UNSET,
        last_edited_by: int | List[int] | None | Unset = UNSET,
        last_edited_at: str | None | Unset = UNSET,
        context: Literal["search-bar", "search-app"] | None | Unset = UNSET,
    ) -> Any:
        """GET /api/search/

        Args:
            filter_items_in_personal_collection: Literal['only', 'exclude'] | None; query string; optional; may be None; one of 'only', 'exclude'.
            table_db_id: int | None; query string; optional; may be None.
            created_by: int | list[int] | None; query string; optional; may be None.
            verified: bool | None; query string; optional; may be None.
            created_at: str | None; query string; optional; may be None.
            archived: bool | None; query string; optional; may be None.
            q: str | None; query string; optional; may be None.
            search_native_query: bool | None; query string; optional; may be None.
            models: Literal['dashboard', 'table', 'dataset', 'segment', 'collection', 'database', 'action', 'indexed-entity', 'metric', 'card'] | list[Literal['dashboard', 'table', 'dataset', 'segment', 'collection', 'database', 'action', 'indexed-entity', 'metric', 'card']] | None; query string; optional; may be None.
            last_edited_by: int | list[int] | None; query string; optional; may be None.
            last_edited_at: str | None; query string; optional; may be None.
            context: Literal['search-bar', 'search-app'] | None; query string; optional; may be None; one of 'search-bar', 'search-app'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/search#get-apisearch
        """
        return self._call(
            "GET",
            "/api/search/",
            (),
            query={
                "filter_items_in_personal_collection": filter_items_in_personal_collection,
                "table_db_id": table_db_id,
                "created_by": created_by,
                "verified": verified,
                "created_at": created_at,
                "archived": archived,
                "q": q,
                "search_native_query": search_native_query,
                "models": models,
                "last_edited_by": last_edited_by,
                "last_edited_at": last_edited_at,
                "context": context,
            },
        )
