"""Routes of the 'search' namespace (2 endpoints)."""

from __future__ import annotations

from typing import Any, List

from .._runtime import UNSET, Resource, Unset


class SearchResource(Resource):
    """Routes of the 'search' namespace (2 endpoints)."""

    def get_models(
        self,
        *,
        q: str | Unset = UNSET,
        archived_string: Any | Unset = UNSET,
        table_db_id: int | Unset = UNSET,
    ) -> Any:
        """GET /api/search/models

        Args:
            q: str; query string; optional.
            archived_string: Any; query string; optional; sent as 'archived-string'.
            table_db_id: int; query string; optional; sent as 'table-db-id'.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisearchmodels
        """
        return self._call(
            "GET",
            "/api/search/models",
            (),
            query={
                "q": q,
                "archived-string": archived_string,
                "table-db-id": table_db_id,
            },
        )

    def list(
        self,
        *,
        q: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        table_db_id: int | None | Unset = UNSET,
        models: List[str] | str | None | Unset = UNSET,
    ) -> Any:
        """GET /api/search/

        Args:
            q: str | None; query string; optional; may be None.
            archived: bool | None; query string; optional; may be None.
            table_db_id: int | None; query string; optional; may be None.
            models: list[str] | str | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisearch
        """
        return self._call(
            "GET",
            "/api/search/",
            (),
            query={
                "q": q,
                "archived": archived,
                "table_db_id": table_db_id,
                "models": models,
            },
        )
