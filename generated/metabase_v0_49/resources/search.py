"""Routes of the 'search' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/search/models

        Args:
            filter_items_in_personal_collection: Any; form field or query string; optional.
            created_by: int | list[int] | None; form field or query string; optional; may be None.
            verified: bool | None; form field or query string; optional; may be None.
            created_at: str | None; form field or query string; optional; may be None.
            archived: bool | None; form field or query string; optional; may be None.
            q: str; form field or query string; optional.
            search_native_query: bool | None; form field or query string; optional; may be None.
            last_edited_by: int | list[int] | None; form field or query string; optional; may be None.
            last_edited_at: int | None; form field or query string; optional; may be None.
            table_db_id: int | None; form field or query string; optional; may be None; sent as 'table-db-id'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/search#get-apisearchmodels
        """
        return self._call(
            "GET",
            "/api/search/models",
            (),
            form={
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
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
            filter_items_in_personal_collection: Literal['only', 'exclude'] | None; form field or query string; optional; may be None; one of 'only', 'exclude'.
            table_db_id: int | None; form field or query string; optional; may be None.
            created_by: int | list[int] | None; form field or query string; optional; may be None.
            verified: bool | None; form field or query string; optional; may be None.
            created_at: str | None; form field or query string; optional; may be None.
            archived: bool | None; form field or query string; optional; may be None.
            q: str | None; form field or query string; optional; may be None.
            search_native_query: bool | None; form field or query string; optional; may be None.
            models: Literal['dashboard', 'table', 'dataset', 'segment', 'collection', 'database', 'action', 'indexed-entity', 'metric', 'card'] | list[Literal['dashboard', 'table', 'dataset', 'segment', 'collection', 'database', 'action', 'indexed-entity', 'metric', 'card']] | None; form field or query string; optional; may be None.
            last_edited_by: int | list[int] | None; form field or query string; optional; may be None.
            last_edited_at: str | None; form field or query string; optional; may be None.
            context: Literal['search-bar', 'search-app'] | None; form field or query string; optional; may be None; one of 'search-bar', 'search-app'.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/search#get-apisearch
        """
        return self._call(
            "GET",
            "/api/search/",
            (),
            query={
                "limit": limit,
                "offset": offset,
            },
            form={
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
