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
from .._schemas import Field, FieldDimension, GetFieldValuesResponse

_DELETE_DIMENSION = RequestSpec("DELETE", "/api/field/{}/dimension", (Place("path"),))
_GET = RequestSpec(
    "GET",
    "/api/field/{}",
    (
        Place("path"),
        Place("form", ("include_editable_data_model",)),
    ),
)
_GET_FIELD_VALUES = RequestSpec(
    "GET",
    "/api/field/field%2C{}%2C{}/values",
    (
        Place("path"),
        Place("path"),
    ),
)
_GET_RELATED = RequestSpec("GET", "/api/field/{}/related", (Place("path"),))
_GET_REMAPPING_BY_REMAPPED_ID = RequestSpec(
    "GET",
    "/api/field/{}/remapping/{}",
    (
        Place("path"),
        Place("path"),
        Place("form", ("value",)),
    ),
)
_GET_SEARCH_BY_SEARCH_ID = RequestSpec(
    "GET",
    "/api/field/{}/search/{}",
    (
        Place("path"),
        Place("path"),
        Place("form", ("value",)),
    ),
)
_GET_SUMMARY = RequestSpec("GET", "/api/field/{}/summary", (Place("path"),))
_GET_VALUES = RequestSpec("GET", "/api/field/{}/values", (Place("path"),))
_POST_DIMENSION = RequestSpec(
    "POST",
    "/api/field/{}/dimension",
    (
        Place("path"),
        Place("body", ("type",)),
        Place("body", ("name",)),
        Place("body", ("human_readable_field_id",)),
    ),
)
_POST_DISCARD_VALUES = RequestSpec("POST", "/api/field/{}/discard_values", (Place("path"),))
_POST_RESCAN_VALUES = RequestSpec("POST", "/api/field/{}/rescan_values", (Place("path"),))
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
        Place("body", ("visibility_type",)),
        Place("body", ("display_name",)),
        Place("body", ("points_of_interest",)),
        Place("body", ("description",)),
        Place("body", ("semantic_type",)),
        Place("body", ("coercion_strategy",)),
        Place("body", ("has_field_values",)),
        Place("body", ("settings",)),
        Place("body", ("caveats",)),
        Place("body", ("fk_target_field_id",)),
        Place("body", ("nfc_path",)),
        Place("body", ("json_unfolding",)),
        Place("body", whole=True),
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
        """DELETE /api/field/:id/dimension

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#delete-apifieldiddimension
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
        include_editable_data_model: bool,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Field:
        """GET /api/field/:id

        Args:
            id: path; required; must be > 0.
            include_editable_data_model: form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#get-apifieldid
        """
        _result: Field = self._call(
            _GET,
            (id, include_editable_data_model),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

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
            field_name: path; required; sent as 'field-name'.
            options: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#get-apifieldfield2cfield-name2coptionsvalues
        """
        return self._call(
            _GET_FIELD_VALUES,
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
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#get-apifieldidrelated
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
        """GET /api/field/:id/remapping/:remapped-id

        Args:
            id: path; required; must be > 0.
            remapped_id: path; required; must be > 0; sent as 'remapped-id'.
            value: form field or query string; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#get-apifieldidremappingremapped-id
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
        value: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[List[Any]]:
        """GET /api/field/:id/search/:search-id

        Args:
            id: path; required; must be > 0.
            search_id: path; required; must be > 0; sent as 'search-id'.
            value: form field or query string; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#get-apifieldidsearchsearch-id
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
        """GET /api/field/:id/summary

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#get-apifieldidsummary
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
        """GET /api/field/:id/values

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#get-apifieldidvalues
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
        dimension_type: Literal["internal", "external"],
        dimension_name: str,
        human_readable_field_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> FieldDimension:
        """POST /api/field/:id/dimension

        Args:
            id: path; required; must be > 0.
            dimension_type: JSON body; required; sent as 'type'.
            dimension_name: JSON body; required; must not be blank; sent as 'name'.
            human_readable_field_id: JSON body; optional; None sends null; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#post-apifieldiddimension
        """
        _result: FieldDimension = self._call(
            _POST_DIMENSION,
            (id, dimension_type, dimension_name, human_readable_field_id),
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
        """POST /api/field/:id/discard_values

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#post-apifieldiddiscard_values
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
        """POST /api/field/:id/rescan_values

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#post-apifieldidrescan_values
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

    def post_values(
        self,
        id: int,
        *,
        value_pairs: List[List[Any]] | List[Any],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/field/:id/values

        Args:
            id: path; required; must be > 0.
            value_pairs: JSON body; required; must not be blank; sent as 'values'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#post-apifieldidvalues
        """
        return self._call(
            _POST_VALUES,
            (id, value_pairs),
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
            Literal["retired", "sensitive", "normal", "hidden", "details-only"] | None | Unset
        ) = UNSET,
        display_name: str | None | Unset = UNSET,
        points_of_interest: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        semantic_type: str | None | Unset = UNSET,
        coercion_strategy: str | None | Unset = UNSET,
        has_field_values: Any | None | Unset = UNSET,
        settings: dict[str, Any] | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        fk_target_field_id: int | None | Unset = UNSET,
        nfc_path: List[str] | None | Unset = UNSET,
        json_unfolding: bool | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Field:
        """PUT /api/field/:id

        Args:
            id: path; required; must be > 0.
            visibility_type: JSON body; optional; None sends null.
            display_name: JSON body; optional; None sends null; must not be blank.
            points_of_interest: JSON body; optional; None sends null; must not be blank.
            description: JSON body; optional; None sends null; must not be blank.
            semantic_type: JSON body; optional; None sends null.
            coercion_strategy: JSON body; optional; None sends null.
            has_field_values: JSON body; optional; None sends null.
            settings: JSON body; optional; None sends null.
            caveats: JSON body; optional; None sends null; must not be blank.
            fk_target_field_id: JSON body; optional; None sends null; must be > 0.
            nfc_path: JSON body; optional; None sends null.
            json_unfolding: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#put-apifieldid
        """
        _result: Field = self._call(
            _UPDATE,
            (
                id,
                visibility_type,
                display_name,
                points_of_interest,
                description,
                semantic_type,
                coercion_strategy,
                has_field_values,
                settings,
                caveats,
                fk_target_field_id,
                nfc_path,
                json_unfolding,
                body,
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
        """DELETE /api/field/:id/dimension

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#delete-apifieldiddimension
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
        include_editable_data_model: bool,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Field:
        """GET /api/field/:id

        Args:
            id: path; required; must be > 0.
            include_editable_data_model: form field or query string; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#get-apifieldid
        """
        _result: Field = await self._call(
            _GET,
            (id, include_editable_data_model),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_field_values(
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
            field_name: path; required; sent as 'field-name'.
            options: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#get-apifieldfield2cfield-name2coptionsvalues
        """
        return await self._call(
            _GET_FIELD_VALUES,
            (field_name, options),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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
        """GET /api/field/:id/related

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#get-apifieldidrelated
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
        """GET /api/field/:id/remapping/:remapped-id

        Args:
            id: path; required; must be > 0.
            remapped_id: path; required; must be > 0; sent as 'remapped-id'.
            value: form field or query string; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#get-apifieldidremappingremapped-id
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
        value: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> List[List[Any]]:
        """GET /api/field/:id/search/:search-id

        Args:
            id: path; required; must be > 0.
            search_id: path; required; must be > 0; sent as 'search-id'.
            value: form field or query string; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#get-apifieldidsearchsearch-id
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
        """GET /api/field/:id/summary

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#get-apifieldidsummary
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
        """GET /api/field/:id/values

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#get-apifieldidvalues
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
        dimension_type: Literal["internal", "external"],
        dimension_name: str,
        human_readable_field_id: int | None | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> FieldDimension:
        """POST /api/field/:id/dimension

        Args:
            id: path; required; must be > 0.
            dimension_type: JSON body; required; sent as 'type'.
            dimension_name: JSON body; required; must not be blank; sent as 'name'.
            human_readable_field_id: JSON body; optional; None sends null; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#post-apifieldiddimension
        """
        _result: FieldDimension = await self._call(
            _POST_DIMENSION,
            (id, dimension_type, dimension_name, human_readable_field_id),
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
        """POST /api/field/:id/discard_values

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#post-apifieldiddiscard_values
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
        """POST /api/field/:id/rescan_values

        Args:
            id: path; required; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#post-apifieldidrescan_values
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

    async def post_values(
        self,
        id: int,
        *,
        value_pairs: List[List[Any]] | List[Any],
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """POST /api/field/:id/values

        Args:
            id: path; required; must be > 0.
            value_pairs: JSON body; required; must not be blank; sent as 'values'.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#post-apifieldidvalues
        """
        return await self._call(
            _POST_VALUES,
            (id, value_pairs),
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
        visibility_type: (
            Literal["retired", "sensitive", "normal", "hidden", "details-only"] | None | Unset
        ) = UNSET,
        display_name: str | None | Unset = UNSET,
        points_of_interest: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        semantic_type: str | None | Unset = UNSET,
        coercion_strategy: str | None | Unset = UNSET,
        has_field_values: Any | None | Unset = UNSET,
        settings: dict[str, Any] | None | Unset = UNSET,
        caveats: str | None | Unset = UNSET,
        fk_target_field_id: int | None | Unset = UNSET,
        nfc_path: List[str] | None | Unset = UNSET,
        json_unfolding: bool | None | Unset = UNSET,
        body: dict[str, Any] | Unset = UNSET,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Field:
        """PUT /api/field/:id

        Args:
            id: path; required; must be > 0.
            visibility_type: JSON body; optional; None sends null.
            display_name: JSON body; optional; None sends null; must not be blank.
            points_of_interest: JSON body; optional; None sends null; must not be blank.
            description: JSON body; optional; None sends null; must not be blank.
            semantic_type: JSON body; optional; None sends null.
            coercion_strategy: JSON body; optional; None sends null.
            has_field_values: JSON body; optional; None sends null.
            settings: JSON body; optional; None sends null.
            caveats: JSON body; optional; None sends null; must not be blank.
            fk_target_field_id: JSON body; optional; None sends null; must be > 0.
            nfc_path: JSON body; optional; None sends null.
            json_unfolding: JSON body; optional; None sends null.
            body: the whole JSON body, for keys beyond the keyword arguments (which win); optional.

        Metabase docs: https://www.metabase.com/docs/v0.49/api/field#put-apifieldid
        """
        _result: Field = await self._call(
            _UPDATE,
            (
                id,
                visibility_type,
                display_name,
                points_of_interest,
                description,
                semantic_type,
                coercion_strategy,
                has_field_values,
                settings,
                caveats,
                fk_target_field_id,
                nfc_path,
                json_unfolding,
                body,
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
            include_editable_data_model: bool,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Field]: ...

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
        ) -> RawResponse[Any]: ...

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
            value: str,
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
            dimension_type: Literal["internal", "external"],
            dimension_name: str,
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

        def post_values(
            self,
            id: int,
            *,
            value_pairs: List[List[Any]] | List[Any],
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
            visibility_type: (
                Literal["retired", "sensitive", "normal", "hidden", "details-only"] | None | Unset
            ) = UNSET,
            display_name: str | None | Unset = UNSET,
            points_of_interest: str | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            semantic_type: str | None | Unset = UNSET,
            coercion_strategy: str | None | Unset = UNSET,
            has_field_values: Any | None | Unset = UNSET,
            settings: dict[str, Any] | None | Unset = UNSET,
            caveats: str | None | Unset = UNSET,
            fk_target_field_id: int | None | Unset = UNSET,
            nfc_path: List[str] | None | Unset = UNSET,
            json_unfolding: bool | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Field]: ...

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
            include_editable_data_model: bool,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Field]: ...

        async def get_field_values(
            self,
            field_name: str,
            options: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

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
            value: str,
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
            dimension_type: Literal["internal", "external"],
            dimension_name: str,
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

        async def post_values(
            self,
            id: int,
            *,
            value_pairs: List[List[Any]] | List[Any],
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
            visibility_type: (
                Literal["retired", "sensitive", "normal", "hidden", "details-only"] | None | Unset
            ) = UNSET,
            display_name: str | None | Unset = UNSET,
            points_of_interest: str | None | Unset = UNSET,
            description: str | None | Unset = UNSET,
            semantic_type: str | None | Unset = UNSET,
            coercion_strategy: str | None | Unset = UNSET,
            has_field_values: Any | None | Unset = UNSET,
            settings: dict[str, Any] | None | Unset = UNSET,
            caveats: str | None | Unset = UNSET,
            fk_target_field_id: int | None | Unset = UNSET,
            nfc_path: List[str] | None | Unset = UNSET,
            json_unfolding: bool | None | Unset = UNSET,
            body: dict[str, Any] | Unset = UNSET,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Field]: ...
