"""Routes of the 'field' namespace (13 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, Literal, TYPE_CHECKING
from .._runtime import (
    AsyncResource,
    Place,
    RawResponse,
    RequestSpec,
    Resource,
    Timeout,
    UNSET,
    Unset,
)
from .._schemas import (
    FieldAnswer,
    FieldDimension,
    GetFieldValuesResponse,
    PostFieldTableIdsResponse,
)

_DELETE_DIMENSION = RequestSpec("DELETE", "/api/field/{}/dimension", (Place("path"),))
_GET = RequestSpec(
    "GET",
    "/api/field/{}",
    (
        Place("path"),
        Place("query", ("include_editable_data_model",)),
    ),
)
_GET_RELATED = RequestSpec("GET", "/api/field/{}/related", (Place("path"),))
_GET_REMAPPING_BY_REMAPPED_ID = RequestSpec(
    "GET",
    "/api/field/{}/remapping/{}",
    (
        Place("path"),
        Place("path"),
        Place("query", ("value",)),
    ),
)
_GET_SEARCH_BY_SEARCH_ID = RequestSpec(
    "GET",
    "/api/field/{}/search/{}",
    (
        Place("path"),
        Place("path"),
        Place("query", ("value",)),
    ),
)
_GET_SUMMARY = RequestSpec("GET", "/api/field/{}/summary", (Place("path"),))
_GET_VALUES = RequestSpec("GET", "/api/field/{}/values", (Place("path"),))
_POST_DIMENSION = RequestSpec(
    "POST",
    "/api/field/{}/dimension",
    (
        Place("path"),
        Place("body", ("name",)),
        Place("body", ("type",)),
        Place("body", ("human_readable_field_id",)),
    ),
)
_POST_DISCARD_VALUES = RequestSpec("POST", "/api/field/{}/discard_values", (Place("path"),))
_POST_RESCAN_VALUES = RequestSpec("POST", "/api/field/{}/rescan_values", (Place("path"),))
_POST_TABLE_IDS = RequestSpec("POST", "/api/field/table-ids", (Place("body", ("field_ids",)),))
_POST_VALUES = RequestSpec(
    "POST",
    "/api/field/{}/values",
    (
        Place("path"),
        Place("body", ("values",)),
    ),
)
_UPDATE = RequestSpec(
    "PUT",
    "/api/field/{}",
    (
        Place("path"),
        Place("body", ("points_of_interest",)),
        Place("body", ("settings",)),
        Place("body", ("visibility_type",)),
        Place("body", ("coercion_strategy",)),
        Place("body", ("json_unfolding",)),
        Place("body", ("semantic_type",)),
        Place("body", ("has_field_values",)),
        Place("body", ("display_name",)),
        Place("body", ("nfc_path",)),
        Place("body", ("caveats",)),
        Place("body", ("description",)),
        Place("body", ("fk_target_field_id",)),
    ),
)


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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apifieldiddimension
        """
        return self._call(
            _DELETE_DIMENSION,
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
        include_editable_data_model: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> FieldAnswer:
        """GET /api/field/{id}

        Args:
            id: path; required; must be >= 1.
            include_editable_data_model: query string; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apifieldid
        """
        _result: FieldAnswer = self._call(
            _GET,
            (id, include_editable_data_model),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apifieldidrelated
        """
        return self._call(
            _GET_RELATED,
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
            id: path; required; must be >= 1.
            remapped_id: path; required; must be >= 1; sent as 'remapped-id'.
            value: query string; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apifieldidremappingremapped-id
        """
        return self._call(
            _GET_REMAPPING_BY_REMAPPED_ID,
            (id, remapped_id, value),
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
        value: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[List[Any]]:
        """GET /api/field/{id}/search/{search-id}

        Args:
            id: path; required; must be >= 1.
            search_id: path; required; must be >= 1; sent as 'search-id'.
            value: query string; optional; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apifieldidsearchsearch-id
        """
        _result: List[List[Any]] = self._call(
            _GET_SEARCH_BY_SEARCH_ID,
            (id, search_id, value),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apifieldidsummary
        """
        return self._call(
            _GET_SUMMARY,
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
    ) -> GetFieldValuesResponse:
        """GET /api/field/{id}/values

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apifieldidvalues
        """
        _result: GetFieldValuesResponse = self._call(
            _GET_VALUES,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
    ) -> FieldDimension:
        """POST /api/field/{id}/dimension

        Args:
            id: path; required; must be >= 1.
            name: JSON body; required; at least 1 character.
            type: JSON body; required.
            human_readable_field_id: JSON body; optional; None sends null; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apifieldiddimension
        """
        _result: FieldDimension = self._call(
            _POST_DIMENSION,
            (id, name, type, human_readable_field_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apifieldiddiscard_values
        """
        return self._call(
            _POST_DISCARD_VALUES,
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apifieldidrescan_values
        """
        return self._call(
            _POST_RESCAN_VALUES,
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
            field_ids: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apifieldtable-ids
        """
        _result: PostFieldTableIdsResponse = self._call(
            _POST_TABLE_IDS,
            (field_ids,),
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
            id: path; required; must be >= 1.
            values: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apifieldidvalues
        """
        return self._call(
            _POST_VALUES,
            (id, values),
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
    ) -> FieldAnswer:
        """PUT /api/field/{id}

        Args:
            id: path; required; must be >= 1.
            points_of_interest: JSON body; optional; None sends null; at least 1 character.
            settings: JSON body; optional; None sends null.
            visibility_type: JSON body; optional; None sends null.
            coercion_strategy: JSON body; optional; None sends null.
            json_unfolding: JSON body; optional; None sends null.
            semantic_type: JSON body; optional; None sends null.
            has_field_values: JSON body; optional; None sends null.
            display_name: JSON body; optional; None sends null; at least 1 character.
            nfc_path: JSON body; optional; None sends null.
            caveats: JSON body; optional; None sends null; at least 1 character.
            description: JSON body; optional; None sends null; at least 1 character.
            fk_target_field_id: JSON body; optional; None sends null; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apifieldid
        """
        _result: FieldAnswer = self._call(
            _UPDATE,
            (
                id,
                points_of_interest,
                settings,
                visibility_type,
                coercion_strategy,
                json_unfolding,
                semantic_type,
                has_field_values,
                display_name,
                nfc_path,
                caveats,
                description,
                fk_target_field_id,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


class AsyncFieldResource(AsyncResource):
    """Routes of the 'field' namespace, awaited (AsyncClient's)."""

    async def delete_dimension(
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#delete-apifieldiddimension
        """
        return await self._call(
            _DELETE_DIMENSION,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get(
        self,
        id: int,
        *,
        include_editable_data_model: bool | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> FieldAnswer:
        """GET /api/field/{id}

        Args:
            id: path; required; must be >= 1.
            include_editable_data_model: query string; optional; not sent by default (the server assumes false).

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apifieldid
        """
        _result: FieldAnswer = await self._call(
            _GET,
            (id, include_editable_data_model),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_related(
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apifieldidrelated
        """
        return await self._call(
            _GET_RELATED,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_remapping_by_remapped_id(
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
            id: path; required; must be >= 1.
            remapped_id: path; required; must be >= 1; sent as 'remapped-id'.
            value: query string; required; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apifieldidremappingremapped-id
        """
        return await self._call(
            _GET_REMAPPING_BY_REMAPPED_ID,
            (id, remapped_id, value),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_search_by_search_id(
        self,
        id: int,
        search_id: int,
        *,
        value: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[List[Any]]:
        """GET /api/field/{id}/search/{search-id}

        Args:
            id: path; required; must be >= 1.
            search_id: path; required; must be >= 1; sent as 'search-id'.
            value: query string; optional; at least 1 character.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apifieldidsearchsearch-id
        """
        _result: List[List[Any]] = await self._call(
            _GET_SEARCH_BY_SEARCH_ID,
            (id, search_id, value),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_summary(
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apifieldidsummary
        """
        return await self._call(
            _GET_SUMMARY,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_values(
        self,
        id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetFieldValuesResponse:
        """GET /api/field/{id}/values

        Args:
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#get-apifieldidvalues
        """
        _result: GetFieldValuesResponse = await self._call(
            _GET_VALUES,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_dimension(
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
    ) -> FieldDimension:
        """POST /api/field/{id}/dimension

        Args:
            id: path; required; must be >= 1.
            name: JSON body; required; at least 1 character.
            type: JSON body; required.
            human_readable_field_id: JSON body; optional; None sends null; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apifieldiddimension
        """
        _result: FieldDimension = await self._call(
            _POST_DIMENSION,
            (id, name, type, human_readable_field_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_discard_values(
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apifieldiddiscard_values
        """
        return await self._call(
            _POST_DISCARD_VALUES,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_rescan_values(
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
            id: path; required; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apifieldidrescan_values
        """
        return await self._call(
            _POST_RESCAN_VALUES,
            (id,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def post_table_ids(
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
            field_ids: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apifieldtable-ids
        """
        _result: PostFieldTableIdsResponse = await self._call(
            _POST_TABLE_IDS,
            (field_ids,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def post_values(
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
            id: path; required; must be >= 1.
            values: JSON body; required.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#post-apifieldidvalues
        """
        return await self._call(
            _POST_VALUES,
            (id, values),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update(
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
    ) -> FieldAnswer:
        """PUT /api/field/{id}

        Args:
            id: path; required; must be >= 1.
            points_of_interest: JSON body; optional; None sends null; at least 1 character.
            settings: JSON body; optional; None sends null.
            visibility_type: JSON body; optional; None sends null.
            coercion_strategy: JSON body; optional; None sends null.
            json_unfolding: JSON body; optional; None sends null.
            semantic_type: JSON body; optional; None sends null.
            has_field_values: JSON body; optional; None sends null.
            display_name: JSON body; optional; None sends null; at least 1 character.
            nfc_path: JSON body; optional; None sends null.
            caveats: JSON body; optional; None sends null; at least 1 character.
            description: JSON body; optional; None sends null; at least 1 character.
            fk_target_field_id: JSON body; optional; None sends null; must be >= 1.

        Metabase docs: https://www.metabase.com/docs/v0.63/api#put-apifieldid
        """
        _result: FieldAnswer = await self._call(
            _UPDATE,
            (
                id,
                points_of_interest,
                settings,
                visibility_type,
                coercion_strategy,
                json_unfolding,
                semantic_type,
                has_field_values,
                display_name,
                nfc_path,
                caveats,
                description,
                fk_target_field_id,
            ),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result


if TYPE_CHECKING:

    class RawFieldResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def delete_dimension(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get(
            self,
            id: int,
            *,
            include_editable_data_model: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[FieldAnswer]: ...

        def get_related(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[Any]: ...

        def get_search_by_search_id(
            self,
            id: int,
            search_id: int,
            *,
            value: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[List[Any]]]: ...

        def get_summary(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_values(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetFieldValuesResponse]: ...

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
        ) -> RawResponse[FieldDimension]: ...

        def post_discard_values(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_rescan_values(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def post_table_ids(
            self,
            *,
            field_ids: List[int],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostFieldTableIdsResponse]: ...

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
        ) -> RawResponse[Any]: ...

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
        ) -> RawResponse[FieldAnswer]: ...

    class AsyncRawFieldResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def delete_dimension(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get(
            self,
            id: int,
            *,
            include_editable_data_model: bool | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[FieldAnswer]: ...

        async def get_related(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_remapping_by_remapped_id(
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
        ) -> RawResponse[Any]: ...

        async def get_search_by_search_id(
            self,
            id: int,
            search_id: int,
            *,
            value: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[List[List[Any]]]: ...

        async def get_summary(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_values(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[GetFieldValuesResponse]: ...

        async def post_dimension(
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
        ) -> RawResponse[FieldDimension]: ...

        async def post_discard_values(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_rescan_values(
            self,
            id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def post_table_ids(
            self,
            *,
            field_ids: List[int],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[PostFieldTableIdsResponse]: ...

        async def post_values(
            self,
            id: int,
            *,
            values: List[List[Any]],
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def update(
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
        ) -> RawResponse[FieldAnswer]: ...
