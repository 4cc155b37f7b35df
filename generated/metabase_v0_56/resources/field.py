"""Routes of the 'field' namespace (12 endpoints)."""

from __future__ import annotations

from typing import Any, List, Literal

from .._runtime import UNSET, Resource, Unset


class FieldResource(Resource):
    """Routes of the 'field' namespace (12 endpoints)."""

    def delete_dimension(
        self,
        id: int,
    ) -> Any:
        """DELETE /api/field/{id}/dimension

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#delete-apifieldiddimension
        """
        return self._call(
            "DELETE",
            "/api/field/{}/dimension",
            (id,),
        )

    def get(
        self,
        id: int,
        *,
        include_editable_data_model: bool = False,
    ) -> Any:
        """GET /api/field/{id}

        Args:
            id: int; path; required.
            include_editable_data_model: bool; query string; optional; default false.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apifieldid
        """
        return self._call(
            "GET",
            "/api/field/{}",
            (id,),
            query={
                "include_editable_data_model": include_editable_data_model,
            },
        )

    def get_related(
        self,
        id: int,
    ) -> Any:
        """GET /api/field/{id}/related

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apifieldidrelated
        """
        return self._call(
            "GET",
            "/api/field/{}/related",
            (id,),
        )

    def get_remapping_by_remapped_id(
        self,
        id: int,
        remapped_id: int,
        *,
        value: str,
    ) -> Any:
        """GET /api/field/{id}/remapping/{remapped-id}

        Args:
            id: int; path; required.
            remapped_id: int; path; required; sent as 'remapped-id'.
            value: str; query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apifieldidremappingremapped-id
        """
        return self._call(
            "GET",
            "/api/field/{}/remapping/{}",
            (id, remapped_id),
            query={
                "value": value,
            },
        )

    def get_search_by_search_id(
        self,
        id: int,
        search_id: int,
        *,
        value: str | Unset = UNSET,
    ) -> Any:
        """GET /api/field/{id}/search/{search-id}

        Args:
            id: int; path; required.
            search_id: int; path; required; sent as 'search-id'.
            value: str; query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apifieldidsearchsearch-id
        """
        return self._call(
            "GET",
            "/api/field/{}/search/{}",
            (id, search_id),
            query={
                "value": value,
            },
        )

    def get_summary(
        self,
        id: int,
    ) -> Any:
        """GET /api/field/{id}/summary

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apifieldidsummary
        """
        return self._call(
            "GET",
            "/api/field/{}/summary",
            (id,),
        )

    def get_values(
        self,
        id: int,
    ) -> Any:
        """GET /api/field/{id}/values

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apifieldidvalues
        """
        return self._call(
            "GET",
            "/api/field/{}/values",
            (id,),
        )

    def post_dimension(
        self,
        id: int,
        *,
        name: str,
        type: Literal["internal", "external"],
        human_readable_field_id: int | Unset = UNSET,
    ) -> Any:
        """POST /api/field/{id}/dimension

        Args:
            id: int; path; required.
            human_readable_field_id: int; JSON body; optional.
            name: str; JSON body; required.
            type: Literal['internal', 'external']; JSON body; required; one of 'internal', 'external'.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apifieldiddimension
        """
        return self._call(
            "POST",
            "/api/field/{}/dimension",
            (id,),
            body={
                "human_readable_field_id": human_readable_field_id,
                "name": name,
                "type": type,
            },
        )

    def post_discard_values(
        self,
        id: int,
    ) -> Any:
        """POST /api/field/{id}/discard_values

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apifieldiddiscard_values
        """
        return self._call(
            "POST",
            "/api/field/{}/discard_values",
            (id,),
        )

    def post_rescan_values(
        self,
        id: int,
    ) -> Any:
        """POST /api/field/{id}/rescan_values

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apifieldidrescan_values
        """
        return self._call(
            "POST",
            "/api/field/{}/rescan_values",
            (id,),
        )

    def post_values(
        self,
        id: int,
        *,
        values: List[List[Any]],
    ) -> Any:
        """POST /api/field/{id}/values

        Args:
            id: int; path; required.
            values: list[list[Any]]; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apifieldidvalues
        """
        return self._call(
            "POST",
            "/api/field/{}/values",
            (id,),
            body={
                "values": values,
            },
        )

    def update(
        self,
        id: int,
        *,
        points_of_interest: str | Unset = UNSET,
        settings: dict[str, Any] | Unset = UNSET,
        visibility_type: (
            Literal["retired", "sensitive", "normal", "hidden", "details-only"] | Unset
        ) = UNSET,
        coercion_strategy: str | Unset = UNSET,
        json_unfolding: bool | Unset = UNSET,
        semantic_type: str | Unset = UNSET,
        has_field_values: Literal["auto-list", "list", "none", "search"] | Unset = UNSET,
        display_name: str | Unset = UNSET,
        nfc_path: List[str] | Unset = UNSET,
        caveats: str | Unset = UNSET,
        description: str | Unset = UNSET,
        fk_target_field_id: int | Unset = UNSET,
    ) -> Any:
        """PUT /api/field/{id}

        Args:
            id: int; path; required.
            points_of_interest: str; JSON body; optional.
            settings: dict[str, Any]; JSON body; optional.
            visibility_type: Literal['retired', 'sensitive', 'normal', 'hidden', 'details-only']; JSON body; optional; one of 'retired', 'sensitive', 'normal', 'hidden', 'details-only'.
            coercion_strategy: str; JSON body; optional.
            json_unfolding: bool; JSON body; optional.
            semantic_type: str; JSON body; optional.
            has_field_values: Literal['auto-list', 'list', 'none', 'search']; JSON body; optional; one of 'auto-list', 'list', 'none', 'search'.
            display_name: str; JSON body; optional.
            nfc_path: list[str]; JSON body; optional.
            caveats: str; JSON body; optional.
            description: str; JSON body; optional.
            fk_target_field_id: int; JSON body; optional.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#put-apifieldid
        """
        return self._call(
            "PUT",
            "/api/field/{}",
            (id,),
            body={
                "points_of_interest": points_of_interest,
                "settings": settings,
                "visibility_type": visibility_type,
                "coercion_strategy": coercion_strategy,
                "json_unfolding": json_unfolding,
                "semantic_type": semantic_type,
                "has_field_values": has_field_values,
                "display_name": display_name,
                "nfc_path": nfc_path,
                "caveats": caveats,
                "description": description,
                "fk_target_field_id": fk_target_field_id,
            },
        )
