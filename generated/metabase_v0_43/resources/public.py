"""Routes of the 'public' namespace (16 endpoints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TYPE_CHECKING
from .._runtime import (
    AsyncResource,
    FileTarget,
    Place,
    RawResponse,
    RequestSpec,
    Resource,
    Timeout,
    UNSET,
    Unset,
)
from .._schemas import Card, Dashboard, Dataset

_GET_CARD_BY_UUID = RequestSpec("GET", "/api/public/card/{}", (Place("path"),))
_GET_CARD_FIELD_REMAPPING_BY_REMAPPED_ID = RequestSpec(
    "GET",
    "/api/public/card/{}/field/{}/remapping/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("form", ("value",)),
    ),
)
_GET_CARD_FIELD_SEARCH_BY_SEARCH_FIELD_ID = RequestSpec(
    "GET",
    "/api/public/card/{}/field/{}/search/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("form", ("value",)),
        Place("form", ("limit",)),
    ),
)
_GET_CARD_FIELD_VALUES = RequestSpec(
    "GET",
    "/api/public/card/{}/field/{}/values",
    (
        Place("path"),
        Place("path"),
    ),
)
_GET_CARD_QUERY = RequestSpec(
    "GET",
    "/api/public/card/{}/query",
    (
        Place("path"),
        Place("form", ("parameters",)),
    ),
)
_GET_CARD_QUERY_BY_EXPORT_FORMAT = RequestSpec(
    "GET",
    "/api/public/card/{}/query/{}",
    (
        Place("path"),
        Place("path"),
        Place("form", ("parameters",)),
    ),
)
_GET_DASHBOARD_BY_UUID = RequestSpec("GET", "/api/public/dashboard/{}", (Place("path"),))
_GET_DASHBOARD_DASHCARD_CARD_BY_CARD_ID = RequestSpec(
    "GET",
    "/api/public/dashboard/{}/dashcard/{}/card/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("form", ("parameters",)),
    ),
)
_GET_DASHBOARD_FIELD_REMAPPING_BY_REMAPPED_ID = RequestSpec(
    "GET",
    "/api/public/dashboard/{}/field/{}/remapping/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("form", ("value",)),
    ),
)
_GET_DASHBOARD_FIELD_SEARCH_BY_SEARCH_FIELD_ID = RequestSpec(
    "GET",
    "/api/public/dashboard/{}/field/{}/search/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("form", ("value",)),
        Place("form", ("limit",)),
    ),
)
_GET_DASHBOARD_FIELD_VALUES = RequestSpec(
    "GET",
    "/api/public/dashboard/{}/field/{}/values",
    (
        Place("path"),
        Place("path"),
    ),
)
_GET_DASHBOARD_PARAMS_SEARCH_BY_QUERY = RequestSpec(
    "GET",
    "/api/public/dashboard/{}/params/{}/search/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("query", whole=True),
    ),
)
_GET_DASHBOARD_PARAMS_VALUES = RequestSpec(
    "GET",
    "/api/public/dashboard/{}/params/{}/values",
    (
        Place("path"),
        Place("path"),
        Place("query", whole=True),
    ),
)
_GET_OEMBED = RequestSpec(
    "GET",
    "/api/public/oembed",
    (
        Place("form", ("url",)),
        Place("form", ("format",)),
        Place("form", ("maxheight",)),
        Place("form", ("maxwidth",)),
    ),
)
_GET_PIVOT_CARD_QUERY = RequestSpec(
    "GET",
    "/api/public/pivot/card/{}/query",
    (
        Place("path"),
        Place("form", ("parameters",)),
    ),
)
_GET_PIVOT_DASHBOARD_DASHCARD_CARD_BY_CARD_ID = RequestSpec(
    "GET",
    "/api/public/pivot/dashboard/{}/dashcard/{}/card/{}",
    (
        Place("path"),
        Place("path"),
        Place("path"),
        Place("form", ("parameters",)),
    ),
)


class PublicResource(Resource):
    """Routes of the 'public' namespace (16 endpoints)."""

    def get_card_by_uuid(
        self,
        uuid: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Card:
        """GET /api/public/card/:uuid

        Args:
            uuid: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipubliccarduuid
        """
        _result: Card = self._call(
            _GET_CARD_BY_UUID,
            (uuid,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_card_field_remapping_by_remapped_id(
        self,
        uuid: str,
        field_id: int,
        remapped_id: int,
        *,
        value: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/card/:uuid/field/:field-id/remapping/:remapped-id

        Args:
            uuid: path; required.
            field_id: path; required; sent as 'field-id'.
            remapped_id: path; required; sent as 'remapped-id'.
            value: form field or query string; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipubliccarduuidfieldfield-idremappingremapped-id
        """
        return self._call(
            _GET_CARD_FIELD_REMAPPING_BY_REMAPPED_ID,
            (uuid, field_id, remapped_id, value),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_field_search_by_search_field_id(
        self,
        uuid: str,
        field_id: int,
        search_field_id: int,
        *,
        value: str,
        limit: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/card/:uuid/field/:field-id/search/:search-field-id

        Args:
            uuid: path; required.
            field_id: path; required; sent as 'field-id'.
            search_field_id: path; required; sent as 'search-field-id'.
            value: form field or query string; required; must not be blank.
            limit: form field or query string; optional; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipubliccarduuidfieldfield-idsearchsearch-field-id
        """
        return self._call(
            _GET_CARD_FIELD_SEARCH_BY_SEARCH_FIELD_ID,
            (uuid, field_id, search_field_id, value, limit),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_field_values(
        self,
        uuid: str,
        field_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/card/:uuid/field/:field-id/values

        Args:
            uuid: path; required.
            field_id: path; required; sent as 'field-id'.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipubliccarduuidfieldfield-idvalues
        """
        return self._call(
            _GET_CARD_FIELD_VALUES,
            (uuid, field_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_card_query(
        self,
        uuid: str,
        *,
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dataset:
        """GET /api/public/card/:uuid/query

        Args:
            uuid: path; required.
            parameters: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipubliccarduuidquery
        """
        _result: Dataset = self._call(
            _GET_CARD_QUERY,
            (uuid, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_card_query_by_export_format(
        self,
        uuid: str,
        export_format: Literal["api", "csv", "json", "xlsx"],
        *,
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/public/card/:uuid/query/:export-format

        Args:
            uuid: path; required.
            export_format: path; required; sent as 'export-format'.
            parameters: form field or query string; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipubliccarduuidqueryexport-format
        """
        return self._call(
            _GET_CARD_QUERY_BY_EXPORT_FORMAT,
            (uuid, export_format, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    def get_dashboard_by_uuid(
        self,
        uuid: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dashboard:
        """GET /api/public/dashboard/:uuid

        Args:
            uuid: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipublicdashboarduuid
        """
        _result: Dashboard = self._call(
            _GET_DASHBOARD_BY_UUID,
            (uuid,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_dashboard_dashcard_card_by_card_id(
        self,
        uuid: str,
        dashcard_id: int,
        card_id: int,
        *,
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dataset:
        """GET /api/public/dashboard/:uuid/dashcard/:dashcard-id/card/:card-id

        Args:
            uuid: path; required.
            dashcard_id: path; required; sent as 'dashcard-id'.
            card_id: path; required; sent as 'card-id'.
            parameters: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipublicdashboarduuiddashcarddashcard-idcardcard-id
        """
        _result: Dataset = self._call(
            _GET_DASHBOARD_DASHCARD_CARD_BY_CARD_ID,
            (uuid, dashcard_id, card_id, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    def get_dashboard_field_remapping_by_remapped_id(
        self,
        uuid: str,
        field_id: int,
        remapped_id: int,
        *,
        value: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/dashboard/:uuid/field/:field-id/remapping/:remapped-id

        Args:
            uuid: path; required.
            field_id: path; required; sent as 'field-id'.
            remapped_id: path; required; sent as 'remapped-id'.
            value: form field or query string; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipublicdashboarduuidfieldfield-idremappingremapped-id
        """
        return self._call(
            _GET_DASHBOARD_FIELD_REMAPPING_BY_REMAPPED_ID,
            (uuid, field_id, remapped_id, value),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_field_search_by_search_field_id(
        self,
        uuid: str,
        field_id: int,
        search_field_id: int,
        *,
        value: str,
        limit: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/dashboard/:uuid/field/:field-id/search/:search-field-id

        Args:
            uuid: path; required.
            field_id: path; required; sent as 'field-id'.
            search_field_id: path; required; sent as 'search-field-id'.
            value: form field or query string; required; must not be blank.
            limit: form field or query string; optional; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipublicdashboarduuidfieldfield-idsearchsearch-field-id
        """
        return self._call(
            _GET_DASHBOARD_FIELD_SEARCH_BY_SEARCH_FIELD_ID,
            (uuid, field_id, search_field_id, value, limit),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_field_values(
        self,
        uuid: str,
        field_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/dashboard/:uuid/field/:field-id/values

        Args:
            uuid: path; required.
            field_id: path; required; sent as 'field-id'.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipublicdashboarduuidfieldfield-idvalues
        """
        return self._call(
            _GET_DASHBOARD_FIELD_VALUES,
            (uuid, field_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_params_search_by_query(
        self,
        uuid: str,
        param_key: str,
        query: str,
        *,
        query_params: dict[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/dashboard/:uuid/params/:param-key/search/:query

        Args:
            uuid: path; required.
            param_key: path; required; sent as 'param-key'.
            query: path; required.
            query_params: a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipublicdashboarduuidparamsparam-keysearchquery
        """
        return self._call(
            _GET_DASHBOARD_PARAMS_SEARCH_BY_QUERY,
            (uuid, param_key, query, query_params),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_dashboard_params_values(
        self,
        uuid: str,
        param_key: str,
        *,
        query_params: dict[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/dashboard/:uuid/params/:param-key/values

        Args:
            uuid: path; required.
            param_key: path; required; sent as 'param-key'.
            query_params: a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipublicdashboarduuidparamsparam-keyvalues
        """
        return self._call(
            _GET_DASHBOARD_PARAMS_VALUES,
            (uuid, param_key, query_params),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_oembed(
        self,
        *,
        url: str,
        format: Literal["json"] | None = None,
        maxheight: int | None = None,
        maxwidth: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/oembed

        Args:
            url: form field or query string; required; must not be blank.
            format: form field or query string; optional.
            maxheight: form field or query string; optional.
            maxwidth: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipublicoembed
        """
        return self._call(
            _GET_OEMBED,
            (url, format, maxheight, maxwidth),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_pivot_card_query(
        self,
        uuid: str,
        *,
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/pivot/card/:uuid/query

        Args:
            uuid: path; required.
            parameters: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipublicpivotcarduuidquery
        """
        return self._call(
            _GET_PIVOT_CARD_QUERY,
            (uuid, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    def get_pivot_dashboard_dashcard_card_by_card_id(
        self,
        uuid: str,
        dashcard_id: int,
        card_id: int,
        *,
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/pivot/dashboard/:uuid/dashcard/:dashcard-id/card/:card-id

        Args:
            uuid: path; required.
            dashcard_id: path; required; sent as 'dashcard-id'.
            card_id: path; required; sent as 'card-id'.
            parameters: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipublicpivotdashboarduuiddashcarddashcard-idcardcard-id
        """
        return self._call(
            _GET_PIVOT_DASHBOARD_DASHCARD_CARD_BY_CARD_ID,
            (uuid, dashcard_id, card_id, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class AsyncPublicResource(AsyncResource):
    """Routes of the 'public' namespace, awaited (AsyncClient's)."""

    async def get_card_by_uuid(
        self,
        uuid: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Card:
        """GET /api/public/card/:uuid

        Args:
            uuid: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipubliccarduuid
        """
        _result: Card = await self._call(
            _GET_CARD_BY_UUID,
            (uuid,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_card_field_remapping_by_remapped_id(
        self,
        uuid: str,
        field_id: int,
        remapped_id: int,
        *,
        value: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/card/:uuid/field/:field-id/remapping/:remapped-id

        Args:
            uuid: path; required.
            field_id: path; required; sent as 'field-id'.
            remapped_id: path; required; sent as 'remapped-id'.
            value: form field or query string; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipubliccarduuidfieldfield-idremappingremapped-id
        """
        return await self._call(
            _GET_CARD_FIELD_REMAPPING_BY_REMAPPED_ID,
            (uuid, field_id, remapped_id, value),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_card_field_search_by_search_field_id(
        self,
        uuid: str,
        field_id: int,
        search_field_id: int,
        *,
        value: str,
        limit: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/card/:uuid/field/:field-id/search/:search-field-id

        Args:
            uuid: path; required.
            field_id: path; required; sent as 'field-id'.
            search_field_id: path; required; sent as 'search-field-id'.
            value: form field or query string; required; must not be blank.
            limit: form field or query string; optional; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipubliccarduuidfieldfield-idsearchsearch-field-id
        """
        return await self._call(
            _GET_CARD_FIELD_SEARCH_BY_SEARCH_FIELD_ID,
            (uuid, field_id, search_field_id, value, limit),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_card_field_values(
        self,
        uuid: str,
        field_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/card/:uuid/field/:field-id/values

        Args:
            uuid: path; required.
            field_id: path; required; sent as 'field-id'.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipubliccarduuidfieldfield-idvalues
        """
        return await self._call(
            _GET_CARD_FIELD_VALUES,
            (uuid, field_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_card_query(
        self,
        uuid: str,
        *,
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dataset:
        """GET /api/public/card/:uuid/query

        Args:
            uuid: path; required.
            parameters: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipubliccarduuidquery
        """
        _result: Dataset = await self._call(
            _GET_CARD_QUERY,
            (uuid, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_card_query_by_export_format(
        self,
        uuid: str,
        export_format: Literal["api", "csv", "json", "xlsx"],
        *,
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        to_file: FileTarget | None = None,
    ) -> Any:
        """GET /api/public/card/:uuid/query/:export-format

        Args:
            uuid: path; required.
            export_format: path; required; sent as 'export-format'.
            parameters: form field or query string; optional.

        May answer a file: to_file= (a path or a binary file) streams it there.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipubliccarduuidqueryexport-format
        """
        return await self._call(
            _GET_CARD_QUERY_BY_EXPORT_FORMAT,
            (uuid, export_format, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
            to_file=to_file,
        )

    async def get_dashboard_by_uuid(
        self,
        uuid: str,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dashboard:
        """GET /api/public/dashboard/:uuid

        Args:
            uuid: path; required.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipublicdashboarduuid
        """
        _result: Dashboard = await self._call(
            _GET_DASHBOARD_BY_UUID,
            (uuid,),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_dashboard_dashcard_card_by_card_id(
        self,
        uuid: str,
        dashcard_id: int,
        card_id: int,
        *,
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Dataset:
        """GET /api/public/dashboard/:uuid/dashcard/:dashcard-id/card/:card-id

        Args:
            uuid: path; required.
            dashcard_id: path; required; sent as 'dashcard-id'.
            card_id: path; required; sent as 'card-id'.
            parameters: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipublicdashboarduuiddashcarddashcard-idcardcard-id
        """
        _result: Dataset = await self._call(
            _GET_DASHBOARD_DASHCARD_CARD_BY_CARD_ID,
            (uuid, dashcard_id, card_id, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _result

    async def get_dashboard_field_remapping_by_remapped_id(
        self,
        uuid: str,
        field_id: int,
        remapped_id: int,
        *,
        value: str,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/dashboard/:uuid/field/:field-id/remapping/:remapped-id

        Args:
            uuid: path; required.
            field_id: path; required; sent as 'field-id'.
            remapped_id: path; required; sent as 'remapped-id'.
            value: form field or query string; required; must not be blank.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipublicdashboarduuidfieldfield-idremappingremapped-id
        """
        return await self._call(
            _GET_DASHBOARD_FIELD_REMAPPING_BY_REMAPPED_ID,
            (uuid, field_id, remapped_id, value),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_dashboard_field_search_by_search_field_id(
        self,
        uuid: str,
        field_id: int,
        search_field_id: int,
        *,
        value: str,
        limit: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/dashboard/:uuid/field/:field-id/search/:search-field-id

        Args:
            uuid: path; required.
            field_id: path; required; sent as 'field-id'.
            search_field_id: path; required; sent as 'search-field-id'.
            value: form field or query string; required; must not be blank.
            limit: form field or query string; optional; must be > 0.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipublicdashboarduuidfieldfield-idsearchsearch-field-id
        """
        return await self._call(
            _GET_DASHBOARD_FIELD_SEARCH_BY_SEARCH_FIELD_ID,
            (uuid, field_id, search_field_id, value, limit),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_dashboard_field_values(
        self,
        uuid: str,
        field_id: int,
        *,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/dashboard/:uuid/field/:field-id/values

        Args:
            uuid: path; required.
            field_id: path; required; sent as 'field-id'.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipublicdashboarduuidfieldfield-idvalues
        """
        return await self._call(
            _GET_DASHBOARD_FIELD_VALUES,
            (uuid, field_id),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_dashboard_params_search_by_query(
        self,
        uuid: str,
        param_key: str,
        query: str,
        *,
        query_params: dict[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/dashboard/:uuid/params/:param-key/search/:query

        Args:
            uuid: path; required.
            param_key: path; required; sent as 'param-key'.
            query: path; required.
            query_params: a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipublicdashboarduuidparamsparam-keysearchquery
        """
        return await self._call(
            _GET_DASHBOARD_PARAMS_SEARCH_BY_QUERY,
            (uuid, param_key, query, query_params),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_dashboard_params_values(
        self,
        uuid: str,
        param_key: str,
        *,
        query_params: dict[str, Any] | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/dashboard/:uuid/params/:param-key/values

        Args:
            uuid: path; required.
            param_key: path; required; sent as 'param-key'.
            query_params: a map of query parameters; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipublicdashboarduuidparamsparam-keyvalues
        """
        return await self._call(
            _GET_DASHBOARD_PARAMS_VALUES,
            (uuid, param_key, query_params),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_oembed(
        self,
        *,
        url: str,
        format: Literal["json"] | None = None,
        maxheight: int | None = None,
        maxwidth: int | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/oembed

        Args:
            url: form field or query string; required; must not be blank.
            format: form field or query string; optional.
            maxheight: form field or query string; optional.
            maxwidth: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipublicoembed
        """
        return await self._call(
            _GET_OEMBED,
            (url, format, maxheight, maxwidth),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_pivot_card_query(
        self,
        uuid: str,
        *,
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/pivot/card/:uuid/query

        Args:
            uuid: path; required.
            parameters: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipublicpivotcarduuidquery
        """
        return await self._call(
            _GET_PIVOT_CARD_QUERY,
            (uuid, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_pivot_dashboard_dashcard_card_by_card_id(
        self,
        uuid: str,
        dashcard_id: int,
        card_id: int,
        *,
        parameters: str | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """GET /api/public/pivot/dashboard/:uuid/dashcard/:dashcard-id/card/:card-id

        Args:
            uuid: path; required.
            dashcard_id: path; required; sent as 'dashcard-id'.
            card_id: path; required; sent as 'card-id'.
            parameters: form field or query string; optional.

        Metabase docs: https://www.metabase.com/docs/v0.43/api-documentation#get-apipublicpivotdashboarduuiddashcarddashcard-idcardcard-id
        """
        return await self._call(
            _GET_PIVOT_DASHBOARD_DASHCARD_CARD_BY_CARD_ID,
            (uuid, dashcard_id, card_id, parameters),
            timeout=timeout,
            extra_query=extra_query,
            extra_body=extra_body,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


if TYPE_CHECKING:

    class RawPublicResource:
        """with_raw_response's view: each method returns the RawResponse."""

        def get_card_by_uuid(
            self,
            uuid: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Card]: ...

        def get_card_field_remapping_by_remapped_id(
            self,
            uuid: str,
            field_id: int,
            remapped_id: int,
            *,
            value: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_card_field_search_by_search_field_id(
            self,
            uuid: str,
            field_id: int,
            search_field_id: int,
            *,
            value: str,
            limit: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_card_field_values(
            self,
            uuid: str,
            field_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_card_query(
            self,
            uuid: str,
            *,
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dataset]: ...

        def get_card_query_by_export_format(
            self,
            uuid: str,
            export_format: Literal["api", "csv", "json", "xlsx"],
            *,
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        def get_dashboard_by_uuid(
            self,
            uuid: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dashboard]: ...

        def get_dashboard_dashcard_card_by_card_id(
            self,
            uuid: str,
            dashcard_id: int,
            card_id: int,
            *,
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dataset]: ...

        def get_dashboard_field_remapping_by_remapped_id(
            self,
            uuid: str,
            field_id: int,
            remapped_id: int,
            *,
            value: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_dashboard_field_search_by_search_field_id(
            self,
            uuid: str,
            field_id: int,
            search_field_id: int,
            *,
            value: str,
            limit: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_dashboard_field_values(
            self,
            uuid: str,
            field_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_dashboard_params_search_by_query(
            self,
            uuid: str,
            param_key: str,
            query: str,
            *,
            query_params: dict[str, Any] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_dashboard_params_values(
            self,
            uuid: str,
            param_key: str,
            *,
            query_params: dict[str, Any] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_oembed(
            self,
            *,
            url: str,
            format: Literal["json"] | None = None,
            maxheight: int | None = None,
            maxwidth: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_pivot_card_query(
            self,
            uuid: str,
            *,
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        def get_pivot_dashboard_dashcard_card_by_card_id(
            self,
            uuid: str,
            dashcard_id: int,
            card_id: int,
            *,
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

    class AsyncRawPublicResource:
        """with_raw_response's view: each method returns the RawResponse."""

        async def get_card_by_uuid(
            self,
            uuid: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Card]: ...

        async def get_card_field_remapping_by_remapped_id(
            self,
            uuid: str,
            field_id: int,
            remapped_id: int,
            *,
            value: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_card_field_search_by_search_field_id(
            self,
            uuid: str,
            field_id: int,
            search_field_id: int,
            *,
            value: str,
            limit: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_card_field_values(
            self,
            uuid: str,
            field_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_card_query(
            self,
            uuid: str,
            *,
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dataset]: ...

        async def get_card_query_by_export_format(
            self,
            uuid: str,
            export_format: Literal["api", "csv", "json", "xlsx"],
            *,
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
            to_file: FileTarget | None = None,
        ) -> RawResponse[Any]: ...

        async def get_dashboard_by_uuid(
            self,
            uuid: str,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dashboard]: ...

        async def get_dashboard_dashcard_card_by_card_id(
            self,
            uuid: str,
            dashcard_id: int,
            card_id: int,
            *,
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Dataset]: ...

        async def get_dashboard_field_remapping_by_remapped_id(
            self,
            uuid: str,
            field_id: int,
            remapped_id: int,
            *,
            value: str,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_dashboard_field_search_by_search_field_id(
            self,
            uuid: str,
            field_id: int,
            search_field_id: int,
            *,
            value: str,
            limit: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_dashboard_field_values(
            self,
            uuid: str,
            field_id: int,
            *,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_dashboard_params_search_by_query(
            self,
            uuid: str,
            param_key: str,
            query: str,
            *,
            query_params: dict[str, Any] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_dashboard_params_values(
            self,
            uuid: str,
            param_key: str,
            *,
            query_params: dict[str, Any] | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_oembed(
            self,
            *,
            url: str,
            format: Literal["json"] | None = None,
            maxheight: int | None = None,
            maxwidth: int | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_pivot_card_query(
            self,
            uuid: str,
            *,
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...

        async def get_pivot_dashboard_dashcard_card_by_card_id(
            self,
            uuid: str,
            dashcard_id: int,
            card_id: int,
            *,
            parameters: str | None = None,
            timeout: Timeout | Unset = UNSET,
            extra_query: Mapping[str, object] | None = None,
            extra_body: Mapping[str, object] | None = None,
            extra_headers: Mapping[str, str] | None = None,
            max_retries: int | None = None,
        ) -> RawResponse[Any]: ...
