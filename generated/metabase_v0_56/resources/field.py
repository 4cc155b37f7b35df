"""Routes of the 'field' namespace (12 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


class FieldResource(Resource):
    """Routes of the 'field' namespace (12 endpoints)."""

    def delete_dimension(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get(
        self,
        id: int,
        *,
        include_editable_data_model: bool = False,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
        """GET /api/field/{id}/related

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#get-apifieldidrelated
        """
        return self._call(
            "GET",
            "/api/field/{}/related",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_remapping_by_remapped_id(
        self,
        id: int,
        remapped_id: int,
        *,
        value: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_search_by_search_id(
        self,
        id: int,
        search_id: int,
        *,
        value: str | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_summary(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_values(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_dimension(
        self,
        id: int,
        *,
        name: str,
        type: Literal["internal", "external"],
        human_readable_field_id: int | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
        """POST /api/field/{id}/discard_values

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apifieldiddiscard_values
        """
        return self._call(
            "POST",
            "/api/field/{}/discard_values",
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
        """POST /api/field/{id}/rescan_values

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.56/api#post-apifieldidrescan_values
        """
        return self._call(
            "POST",
            "/api/field/{}/rescan_values",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def post_values(
        self,
        id: int,
        *,
        values: List[List[Any]],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
