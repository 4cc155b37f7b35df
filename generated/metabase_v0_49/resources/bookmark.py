"""Routes of the 'bookmark' namespace (4 endpoints)."""

from __future__ import annotations

from typing import Any, List, Literal

from .._runtime import UNSET, Resource, Unset


class BookmarkResource(Resource):
    """Routes of the 'bookmark' namespace (4 endpoints)."""

    def delete(
        self,
        model: Literal["card", "dashboard", "collection"],
        id: int,
    ) -> Any:
        """DELETE /api/bookmark/:model/:id

        Args:
            model: Literal['card', 'dashboard', 'collection']; path; required; one of 'card', 'dashboard', 'collection'.
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/bookmark#delete-apibookmarkmodelid
        """
        return self._call(
            "DELETE",
            "/api/bookmark/{}/{}",
            (model, id),
        )

    def list(self) -> Any:
        """GET /api/bookmark/

        Metabase docs: https://www.metabase.com/docs/v0.49/api/bookmark#get-apibookmark
        """
        return self._call(
            "GET",
            "/api/bookmark/",
            (),
        )

    def post(
        self,
        model: Literal["card", "dashboard", "collection"],
        id: int,
    ) -> Any:
        """POST /api/bookmark/:model/:id

        Args:
            model: Literal['card', 'dashboard', 'collection']; path; required; one of 'card', 'dashboard', 'collection'.
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/bookmark#post-apibookmarkmodelid
        """
        return self._call(
            "POST",
            "/api/bookmark/{}/{}",
            (model, id),
        )

    def update_ordering(
        self,
        *,
        orderings: List[dict[str, Any]],
    ) -> Any:
        """PUT /api/bookmark/ordering

        Args:
            orderings: list[dict[str, Any]]; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/bookmark#put-apibookmarkordering
        """
        return self._call(
            "PUT",
            "/api/bookmark/ordering",
            (),
            body={
                "orderings": orderings,
            },
        )
