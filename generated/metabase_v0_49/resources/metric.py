"""Routes of the 'metric' namespace (9 endpoints)."""

from __future__ import annotations

from typing import Any, List

from .._runtime import UNSET, Resource, Unset


class MetricResource(Resource):
    """Routes of the 'metric' namespace (9 endpoints)."""

    def create(
        self,
        *,
        name: str,
        table_id: int,
        definition: dict[str, Any],
        description: str | None | Unset = UNSET,
    ) -> Any:
        """POST /api/metric/

        Args:
            name: str; JSON body; required.
            description: str | None; JSON body; optional; None sends null.
            table_id: int; JSON body; required.
            definition: dict[str, Any]; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#post-apimetric
        """
        return self._call(
            "POST",
            "/api/metric/",
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
        """DELETE /api/metric/:id

        Args:
            id: int; path; required.
            revision_message: str; query string; required.

        Deprecated by Metabase.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#delete-apimetricid
        """
        return self._call(
            "DELETE",
            "/api/metric/{}",
            (id,),
            query={
                "revision_message": revision_message,
            },
            deprecated="DELETE /api/metric/:id is deprecated by Metabase",
        )

    def get(
        self,
        id: int,
    ) -> Any:
        """GET /api/metric/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#get-apimetricid
        """
        return self._call(
            "GET",
            "/api/metric/{}",
            (id,),
        )

    def get_related(
        self,
        id: int,
    ) -> Any:
        """GET /api/metric/:id/related

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#get-apimetricidrelated
        """
        return self._call(
            "GET",
            "/api/metric/{}/related",
            (id,),
        )

    def get_revisions(
        self,
        id: int,
    ) -> Any:
        """GET /api/metric/:id/revisions

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#get-apimetricidrevisions
        """
        return self._call(
            "GET",
            "/api/metric/{}/revisions",
            (id,),
        )

    def list(self) -> Any:
        """GET /api/metric/

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#get-apimetric
        """
        return self._call(
            "GET",
            "/api/metric/",
            (),
        )

    def post_revert(
        self,
        id: int,
        *,
        revision_id: int,
    ) -> Any:
        """POST /api/metric/:id/revert

        Args:
            id: int; path; required.
            revision_id: int; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#post-apimetricidrevert
        """
        return self._call(
            "POST",
            "/api/metric/{}/revert",
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
        how_is_this_calculated: str | None | Unset = UNSET,
    ) -> Any:
        """PUT /api/metric/:id

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
            how_is_this_calculated: str | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#put-apimetricid
        """
        return self._call(
            "PUT",
            "/api/metric/{}",
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
                "how_is_this_calculated": how_is_this_calculated,
            },
        )

    def update_important_fields(
        self,
        id: int,
        *,
        important_field_ids: List[int],
    ) -> Any:
        """PUT /api/metric/:id/important_fields

        Args:
            id: int; path; required.
            important_field_ids: list[int]; JSON body; required.

        Requires a superuser.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/metric#put-apimetricidimportant_fields
        """
        return self._call(
            "PUT",
            "/api/metric/{}/important_fields",
            (id,),
            body={
                "important_field_ids": important_field_ids,
            },
        )
