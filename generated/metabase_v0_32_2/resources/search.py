"""Routes of the 'search' namespace (1 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class SearchResource(Resource):
    """Routes of the 'search' namespace (1 endpoints)."""

    def list(
        self,
        *,
        q: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
    ) -> Any:
        """GET /api/search/

        Args:
            q: str | None; query string; optional; may be None.
            archived: bool | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.32/api-documentation#get-apisearch
        """
        return self._call(
            "GET",
            "/api/search/",
            (),
            query={
                "q": q,
                "archived": archived,
            },
        )
