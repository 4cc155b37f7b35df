"""Routes of the 'search' namespace (2 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List
from .._runtime import Resource, Timeout, UNSET, Unset


class SearchResource(Resource):
    """Routes of the 'search' namespace (2 endpoints)."""

    def get_models(
        self,
        *,
        q: str | Unset = UNSET,
        archived_string: Any | Unset = UNSET,
        table_db_id: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/search/models

        Args:
            q: str; form field or query string; optional.
            archived_string: Any; form field or query string; optional; sent as 'archived-string'.
            table_db_id: int; form field or query string; optional; sent as 'table-db-id'.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisearchmodels
        """
        return self._call(
            "GET",
            "/api/search/models",
            (),
            form={
                "q": q,
                "archived-string": archived_string,
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
        q: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        table_db_id: int | None | Unset = UNSET,
        models: List[str] | str | None | Unset = UNSET,
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
            q: str | None; form field or query string; optional; may be None.
            archived: bool | None; form field or query string; optional; may be None.
            table_db_id: int | None; form field or query string; optional; may be None.
            models: list[str] | str | None; form field or query string; optional; may be None.
            limit: int; query string; optional.
            offset: int; query string; optional.

        Paged with limit and offset: client.paginate(method) iterates every item.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisearch
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
                "q": q,
                "archived": archived,
                "table_db_id": table_db_id,
                "models": models,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
