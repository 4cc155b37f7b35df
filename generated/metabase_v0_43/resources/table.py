"""Routes of the 'table' namespace (12 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


class TableResource(Resource):
    """Routes of the 'table' namespace (12 endpoints)."""

    def get(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/table/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitableid
        """
        return self._call(
            "GET",
            "/api/table/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_fks(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/table/card__:id/fks

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitablecard__idfks
        """
        return self._call(
            "GET",
            "/api/table/card__{}/fks",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_query_metadata(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/table/card__:id/query_metadata

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitablecard__idquery_metadata
        """
        return self._call(
            "GET",
            "/api/table/card__{}/query_metadata",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_fks(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/table/:id/fks

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitableidfks
        """
        return self._call(
            "GET",
            "/api/table/{}/fks",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_query_metadata(
        self,
        id: int,
        *,
        include_sensitive_fields: bool | None | Unset = UNSET,
        include_hidden_fields: bool | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/table/:id/query_metadata

        Args:
            id: int; path; required.
            include_sensitive_fields: bool | None; form field or query string; optional; may be None.
            include_hidden_fields: bool | None; form field or query string; optional; may be None.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitableidquery_metadata
        """
        return self._call(
            "GET",
            "/api/table/{}/query_metadata",
            (id,),
            form={
                "include_sensitive_fields": include_sensitive_fields,
                "include_hidden_fields": include_hidden_fields,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_related(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/table/:id/related

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitableidrelated
        """
        return self._call(
            "GET",
            "/api/table/{}/related",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/table/

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apitable
        """
        return self._call(
            "GET",
            "/api/table/",
            (),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_discard_values(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/table/:id/discard_values

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apitableiddiscard_values
        """
        return self._call(
            "POST",
            "/api/table/{}/discard_values",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_rescan_values(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/table/:id/rescan_values

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apitableidrescan_values
        """
        return self._call(
            "POST",
            "/api/table/{}/rescan_values",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update(
        self,
        id: int,
        *,
        visibility_type: Literal["cruft", "hidden", "technical"] | None | Unset = UNSET,
        field_order: Literal["alphabetical", "custom", "database", "smart"] | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        points_of_interest: str | None | Unset = UNSET,
        entity_type: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        show_in_getting_started: bool | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/table/:id

        Args:
            id: int; path; required.
            visibility_type: Literal['cruft', 'hidden', 'technical'] | None; JSON body; optional; None sends null; one of 'cruft', 'hidden', 'technical'.
            field_order: Literal['alphabetical', 'custom', 'database', 'smart'] | None; JSON body; optional; None sends null; one of 'alphabetical', 'custom', 'database', 'smart'.
            display_name: str | None; JSON body; optional; None sends null.
            points_of_interest: str | None; JSON body; optional; None sends null.
            entity_type: str | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            show_in_getting_started: bool | None; JSON body; optional; None sends null.
            caveats: str | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apitableid
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
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_all(
        self,
        *,
        ids: List[int] | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        entity_type: str | None | Unset = UNSET,
        visibility_type: Literal["cruft", "hidden", "technical"] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        points_of_interest: str | None | Unset = UNSET,
        show_in_getting_started: bool | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/table/

        Args:
            ids: list[int]; JSON body; optional.
            display_name: str | None; JSON body; optional; None sends null.
            entity_type: str | None; JSON body; optional; None sends null.
            visibility_type: Literal['cruft', 'hidden', 'technical'] | None; JSON body; optional; None sends null; one of 'cruft', 'hidden', 'technical'.
            description: str | None; JSON body; optional; None sends null.
            caveats: str | None; JSON body; optional; None sends null.
            points_of_interest: str | None; JSON body; optional; None sends null.
            show_in_getting_started: bool | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apitable
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
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def update_fields_order(
        self,
        id: int,
        *,
        field_order: List[int],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/table/:id/fields/order

        Args:
            id: int; path; required.
            field_order: list[int]; the whole JSON body (keyword arguments are merged into it); required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apitableidfieldsorder
        """
        return self._call(
            "PUT",
            "/api/table/{}/fields/order",
            (id,),
            raw_body=field_order,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
