"""Routes of the 'field' namespace (13 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset
from .._schemas import PostFieldTableIdsResponse


class FieldResource(Resource):
    """Routes of the 'field' namespace (13 endpoints)."""

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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apifieldiddimension
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apifieldid
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apifieldidrelated
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apifieldidremappingremapped-id
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apifieldidsearchsearch-id
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apifieldidsummary
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apifieldidvalues
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
        human_readable_field_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/field/{id}/dimension

        Args:
            id: int; path; required.
            human_readable_field_id: int | None; JSON body; optional; None sends null.
            name: str; JSON body; required.
            type: Literal['internal', 'external']; JSON body; required; one of 'internal', 'external'.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apifieldiddimension
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apifieldiddiscard_values
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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apifieldidrescan_values
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

    def post_table_ids(
        self,
        *,
        field_ids: List[int],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PostFieldTableIdsResponse:
        """POST /api/field/table-ids

        Args:
            field_ids: list[int]; JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apifieldtable-ids
        """
        _result: PostFieldTableIdsResponse = self._call(
            "POST",
            "/api/field/table-ids",
            (),
            body={
                "field_ids": field_ids,
            },
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apifieldidvalues
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
        points_of_interest: str | None | Unset = UNSET,
        settings: dict[str, Any] | None | Unset = UNSET,
        visibility_type: (
            Literal["retired", "sensitive", "normal", "hidden", "details-only"] | None | Unset
        ) = UNSET,
        coercion_strategy: Any | None | Unset = UNSET,
        json_unfolding: bool | None | Unset = UNSET,
        semantic_type: Any | None | Unset = UNSET,
        has_field_values: Literal["auto-list", "list", "none", "search"] | None | Unset = UNSET,
        display_name: str | None | Unset = UNSET,
        nfc_path: List[str] | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        fk_target_field_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/field/{id}

        Args:
            id: int; path; required.
            points_of_interest: str | None; JSON body; optional; None sends null.
            settings: dict[str, Any] | None; JSON body; optional; None sends null.
            visibility_type: Literal['retired', 'sensitive', 'normal', 'hidden', 'details-only'] | None; JSON body; optional; None sends null; one of 'retired', 'sensitive', 'normal', 'hidden', 'details-only'.
            coercion_strategy: Any | None; JSON body; optional; None sends null.
            json_unfolding: bool | None; JSON body; optional; None sends null.
            semantic_type: Any | None; JSON body; optional; None sends null.
            has_field_values: Literal['auto-list', 'list', 'none', 'search'] | None; JSON body; optional; None sends null; one of 'auto-list', 'list', 'none', 'search'.
            display_name: str | None; JSON body; optional; None sends null.
            nfc_path: list[str] | None; JSON body; optional; None sends null.
            caveats: str | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            fk_target_field_id: int | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apifieldid
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
