"""Routes of the 'field' namespace (13 endpoints)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, List, Literal
from .._runtime import Resource, Timeout, UNSET, Unset


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
        """DELETE /api/field/:id/dimension

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#delete-apifieldiddimension
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
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/field/:id

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apifieldid
        """
        return self._call(
            "GET",
            "/api/field/{}",
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_field_values(
        self,
        field_name: str,
        options: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/field/field%2C:field-name%2C:options/values

        Args:
            field_name: str; path; required; sent as 'field-name'.
            options: str; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apifieldfield2cfield-name2coptionsvalues
        """
        return self._call(
            "GET",
            "/api/field/field%2C{}%2C{}/values",
            (field_name, options),
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
        """GET /api/field/:id/related

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apifieldidrelated
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
        value: Any | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/field/:id/remapping/:remapped-id

        Args:
            id: int; path; required.
            remapped_id: int; path; required; sent as 'remapped-id'.
            value: Any; form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apifieldidremappingremapped-id
        """
        return self._call(
            "GET",
            "/api/field/{}/remapping/{}",
            (id, remapped_id),
            form={
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
        value: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/field/:id/search/:search-id

        Args:
            id: int; path; required.
            search_id: int; path; required; sent as 'search-id'.
            value: str; form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apifieldidsearchsearch-id
        """
        return self._call(
            "GET",
            "/api/field/{}/search/{}",
            (id, search_id),
            form={
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
        """GET /api/field/:id/summary

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apifieldidsummary
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
        """GET /api/field/:id/values

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apifieldidvalues
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
        type: Literal["external", "internal"],
        name: str,
        human_readable_field_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/field/:id/dimension

        Args:
            id: int; path; required.
            type: Literal['external', 'internal']; JSON body; required; one of 'external', 'internal'.
            name: str; JSON body; required.
            human_readable_field_id: int | None; JSON body; optional; None sends null.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apifieldiddimension
        """
        return self._call(
            "POST",
            "/api/field/{}/dimension",
            (id,),
            body={
                "type": type,
                "name": name,
                "human_readable_field_id": human_readable_field_id,
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
        """POST /api/field/:id/discard_values

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apifieldiddiscard_values
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
        """POST /api/field/:id/rescan_values

        Args:
            id: int; path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apifieldidrescan_values
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
        value_pairs: List[List[Any]],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/field/:id/values

        Args:
            id: int; path; required.
            value_pairs: list[list[Any]]; JSON body; required; sent as 'values'.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#post-apifieldidvalues
        """
        return self._call(
            "POST",
            "/api/field/{}/values",
            (id,),
            body={
                "values": value_pairs,
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
        visibility_type: (
            Literal["details-only", "hidden", "normal", "retired", "sensitive"] | None | Unset
        ) = UNSET,
        display_name: str | None | Unset = UNSET,
        points_of_interest: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        semantic_type: str | None | Unset = UNSET,
        coercion_strategy: str | None | Unset = UNSET,
        has_field_values: Literal["auto-list", "list", "none", "search"] | None | Unset = UNSET,
        settings: dict[str, Any] | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        fk_target_field_id: int | None | Unset = UNSET,
        nfc_path: List[str] | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """PUT /api/field/:id

        Args:
            id: int; path; required.
            visibility_type: Literal['details-only', 'hidden', 'normal', 'retired', 'sensitive'] | None; JSON body; optional; None sends null; one of 'details-only', 'hidden', 'normal', 'retired', 'sensitive'.
            display_name: str | None; JSON body; optional; None sends null.
            points_of_interest: str | None; JSON body; optional; None sends null.
            description: str | None; JSON body; optional; None sends null.
            semantic_type: str | None; JSON body; optional; None sends null.
            coercion_strategy: str | None; JSON body; optional; None sends null.
            has_field_values: Literal['auto-list', 'list', 'none', 'search'] | None; JSON body; optional; None sends null; one of 'auto-list', 'list', 'none', 'search'.
            settings: dict[str, Any] | None; JSON body; optional; None sends null.
            caveats: str | None; JSON body; optional; None sends null.
            fk_target_field_id: int | None; JSON body; optional; None sends null.
            nfc_path: list[str] | None; JSON body; optional; None sends null.
            body: dict[str, Any]; the whole JSON body (keyword arguments are merged into it); optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#put-apifieldid
        """
        return self._call(
            "PUT",
            "/api/field/{}",
            (id,),
            body={
                "visibility_type": visibility_type,
                "display_name": display_name,
                "points_of_interest": points_of_interest,
                "description": description,
                "semantic_type": semantic_type,
                "coercion_strategy": coercion_strategy,
                "has_field_values": has_field_values,
                "settings": settings,
                "caveats": caveats,
                "fk_target_field_id": fk_target_field_id,
                "nfc_path": nfc_path,
            },
            raw_body=body,
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
