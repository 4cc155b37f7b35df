"""Routes of the 'table' namespace (13 endpoints)."""

from __future__ import annotations

from typing import Any, List, Literal

from .._runtime import UNSET, Resource, Unset


class TableResource(Resource):
    """Routes of the 'table' namespace (13 endpoints)."""

    def get(
        self,
        id: int,
        *,
        include_editable_data_model: bool | None | Unset = UNSET,
    ) -> Any:
        """GET /api/table/:id

        Args:
            id: int; path; required.
            include_editable_data_model: bool | None; query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/table#get-apitableid
        """
        return self._call(
            "GET",
            "/api/table/{}",
            (id,),
            query={
                "include_editable_data_model": include_editable_data_model,
            },
        )

    def get_card_fks(
        self,
        id: int,
    ) -> Any:
        """GET /api/table/card__:id/fks

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/table#get-apitablecard__idfks
        """
        return self._call(
            "GET",
            "/api/table/card__{}/fks",
            (id,),
        )

    def get_card_query_metadata(
        self,
        id: int,
    ) -> Any:
        """GET /api/table/card__:id/query_metadata

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/table#get-apitablecard__idquery_metadata
        """
        return self._call(
            "GET",
            "/api/table/card__{}/query_metadata",
            (id,),
        )

    def get_fks(
        self,
        id: int,
    ) -> Any:
        """GET /api/table/:id/fks

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/table#get-apitableidfks
        """
        return self._call(
            "GET",
            "/api/table/{}/fks",
            (id,),
        )

    def get_query_metadata(
        self,
        id: int,
        *,
        include_sensitive_fields: bool | None | Unset = UNSET,
        include_hidden_fields: bool | None | Unset = UNSET,
        include_editable_data_model: bool | None | Unset = UNSET,
    ) -> Any:
        """GET /api/table/:id/query_metadata

        Args:
            id: int; path; required.
            include_sensitive_fields: bool | None; query string; optional; may be None.
            include_hidden_fields: bool | None; query string; optional; may be None.
            include_editable_data_model: bool | None; query string; optional; may be None.

        Paid plans replace this route with their own version.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/table#get-apitableidquery_metadata
        """
        return self._call(
            "GET",
            "/api/table/{}/query_metadata",
            (id,),
            query={
                "include_sensitive_fields": include_sensitive_fields,
                "include_hidden_fields": include_hidden_fields,
                "include_editable_data_model": include_editable_data_model,
            },
        )

    def get_related(
        self,
        id: int,
    ) -> Any:
        """GET /api/table/:id/related

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/table#get-apitableidrelated
        """
        return self._call(
            "GET",
            "/api/table/{}/related",
            (id,),
        )

    def list(self) -> Any:
        """GET /api/table/

        Metabase docs: https://www.metabase.com/docs/v0.49/api/table#get-apitable
        """
        return self._call(
            "GET",
            "/api/table/",
            (),
        )

    def post_append_csv(
        self,
        id: int,
    ) -> Any:
        """POST /api/table/:id/append-csv

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/table#post-apitableidappend-csv
        """
        return self._call(
            "POST",
            "/api/table/{}/append-csv",
            (id,),
        )

    def post_discard_values(
        self,
        id: int,
    ) -> Any:
        """POST /api/table/:id/discard_values

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/table#post-apitableiddiscard_values
        """
        return self._call(
            "POST",
            "/api/table/{}/discard_values",
            (id,),
        )

    def post_rescan_values(
        self,
        id: int,
    ) -> Any:
        """POST /api/table/:id/rescan_values

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/table#post-apitableidrescan_values
        """
        return self._call(
            "POST",
            "/api/table/{}/rescan_values",
            (id,),
        )

    def update(
        self,
        id: int,
        *,
        visibility_type: Literal["technical", "hidden", "cruft"] | None | Unset = UNSET,
        field_order: Literal["alphabetical", "custom", "database", "smart"] | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        points_of_interest: str | None | Unset = UNSET,
        entity_type: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        show_in_getting_started: bool | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
    ) -> Any:
        """PUT /api/table/:id

        Args:
            id: int; path; required.
            visibility_type: Literal['technical', 'hidden', 'cruft'] | None; JSON body; optional; None sends null; one of 'technical', 'hidden', 'cruft'.
            field_order: Literal['alphabetical', 'custom', 'database', 'smart'] | None; JSON body; optional; None sends null; one of 'alphabetical', 'custom', 'database', 'smart'.
            display_name: str | None; JSON body; optional; None sends null.
            points_of_interest: str | None; JSON body; optional; None sends null.
            entity_type: str | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            show_in_getting_started: bool | None; JSON body; optional; None sends null.
            caveats: str | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/table#put-apitableid
        """
        return self._call(
            "PUT",
            "/api/table/{}",
            (id,),
            body={
                "visibility_type": visibility_type,
                "field_order": field_order,
                "display_name": display_name,
                "points_of_interest": points_of_interest,
                "entity_type": entity_type,
                "description": description,
                "show_in_getting_started": show_in_getting_started,
                "caveats": caveats,
            },
        )

    def update_all(
        self,
        *,
        ids: List[int],
        display_name: str | None | Unset = UNSET,
        entity_type: str | None | Unset = UNSET,
        visibility_type: Literal["technical", "hidden", "cruft"] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        points_of_interest: str | None | Unset = UNSET,
        show_in_getting_started: bool | None | Unset = UNSET,
    ) -> Any:
        """PUT /api/table/

        Args:
            ids: list[int]; JSON body; required.
            display_name: str | None; JSON body; optional; None sends null.
            entity_type: str | None; JSON body; optional; None sends null.
            visibility_type: Literal['technical', 'hidden', 'cruft'] | None; JSON body; optional; None sends null; one of 'technical', 'hidden', 'cruft'.
            description: str | None; JSON body; optional; None sends null.
            caveats: str | None; JSON body; optional; None sends null.
            points_of_interest: str | None; JSON body; optional; None sends null.
            show_in_getting_started: bool | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/table#put-apitable
        """
        return self._call(
            "PUT",
            "/api/table/",
            (),
            body={
                "ids": ids,
                "display_name": display_name,
                "entity_type": entity_type,
                "visibility_type": visibility_type,
                "description": description,
                "caveats": caveats,
                "points_of_interest": points_of_interest,
                "show_in_getting_started": show_in_getting_started,
            },
        )

    def update_fields_order(
        self,
        id: int,
        *,
        field_order: List[int],
    ) -> Any:
        """PUT /api/table/:id/fields/order

        Args:
            id: int; path; required.
            field_order: list[int]; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/table#put-apitableidfieldsorder
        """
        return self._call(
            "PUT",
            "/api/table/{}/fields/order",
            (id,),
            body={
                "field_order": field_order,
            },
        )
