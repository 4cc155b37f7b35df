"""Routes of the 'segment' namespace (8 endpoints)."""

from __future__ import annotations

from typing import Any

from .._runtime import UNSET, Resource, Unset


class SegmentResource(Resource):
    """Routes of the 'segment' namespace (8 endpoints)."""

    def create(
        self,
        *,
        name: str,
        table_id: int,
        definition: dict[str, Any],
        description: str | None | Unset = UNSET,
    ) -> Any:
        """POST /api/segment/

        Args:
            name: str; JSON body; required.
            description: str | None; JSON body; optional; None sends null.
            table_id: int; JSON body; required.
            definition: dict[str, Any]; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apisegment
        """
        return self._call(
            "POST",
            "/api/segment/",
            (),
            body={
                "name": name,
                "description": description,
                "table_id": table_id,
                "definition": definition,
            },
        )

    def delete(
        self,
        id: int,
        *,
        revision_message: str,
    ) -> Any:
        """DELETE /api/segment/:id

        Args:
            id: int; path; required.
            revision_message: str; query string; required.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#delete-apisegmentid
        """
        return self._call(
            "DELETE",
            "/api/segment/{}",
            (id,),
            query={
                "revision_message": revision_message,
            },
            deprecated="DELETE /api/segment/:id is deprecated by Metabase",
        )

    def get(
        self,
        id: int,
    ) -> Any:
        """GET /api/segment/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisegmentid
        """
        return self._call(
            "GET",
            "/api/segment/{}",
            (id,),
        )

    def get_related(
        self,
        id: int,
    ) -> Any:
        """GET /api/segment/:id/related

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisegmentidrelated
        """
        return self._call(
            "GET",
            "/api/segment/{}/related",
            (id,),
        )

    def get_revisions(
        self,
        id: int,
    ) -> Any:
        """GET /api/segment/:id/revisions

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisegmentidrevisions
        """
        return self._call(
            "GET",
            "/api/segment/{}/revisions",
            (id,),
        )

    def list(self) -> Any:
        """GET /api/segment/

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apisegment
        """
        return self._call(
            "GET",
            "/api/segment/",
            (),
        )

    def post_revert(
        self,
        id: int,
        *,
        revision_id: int,
    ) -> Any:
        """POST /api/segment/:id/revert

        Args:
            id: int; path; required.
            revision_id: int; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apisegmentidrevert
        """
        return self._call(
            "POST",
            "/api/segment/{}/revert",
            (id,),
            body={
                "revision_id": revision_id,
            },
        )

    def update(
        self,
        id: int,
        *,
        revision_message: str,
        points_of_interest: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        definition: dict[str, Any] | None | Unset = UNSET,
        show_in_getting_started: bool | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
    ) -> Any:
        """PUT /api/segment/:id

        Args:
            id: int; path; required.
            points_of_interest: str | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            archived: bool | None; JSON body; optional; None sends null.
            definition: dict[str, Any] | None; JSON body; optional; None sends null.
            revision_message: str; JSON body; required.
            show_in_getting_started: bool | None; JSON body; optional; None sends null.
            name: str | None; JSON body; optional; None sends null.
            caveats: str | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apisegmentid
        """
        return self._call(
            "PUT",
            "/api/segment/{}",
            (id,),
            body={
                "points_of_interest": points_of_interest,
                "description": description,
                "archived": archived,
                "definition": definition,
                "revision_message": revision_message,
                "show_in_getting_started": show_in_getting_started,
                "name": name,
                "caveats": caveats,
            },
        )
